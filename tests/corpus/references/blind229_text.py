"""Prose for the "blind229" pool (HELD OUT): marketers at farm-machinery makers and dealers, agritech start-ups,
seed, crop-protection and fertiliser firms, animal-feed makers, co-operatives and farm-data platforms in the UK,
Ireland, Germany, the Netherlands, Denmark, the United States and New Zealand writing CIM Level 6 and 7 reports and
MBA assignments in English on B2B and dealer marketing.

Written without reading the checker, its tests or any other pool. The decoys are what such reports are full of:
tractors and combines with model years and horsepower, machinery shows, prices and grants, yields and areas,
schemes and laws with years, approvals and actives, varieties and recommended lists, harvests, part codes, RTK
accuracy, awards, job titles, financial years and quarters, none of them citations.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["John Deere", "CLAAS", "AGCO", "Fendt", "Massey Ferguson", "Valtra", "New Holland", "Case IH", "Kubota",
          "JCB Agriculture", "Bayer Crop Science", "Syngenta", "Yara", "Corteva", "ForFarmers", "Agrii",
          "Frontier Agriculture", "Gallagher", "Ernest Doe", "Hutchinsons", "Origin Fertilisers", "Dairygold",
          "Arla Foods", "Trimble", "Small Robot Company", "Gatekeeper", "Amazone", "Lemken", "Väderstad"]  # fmt: skip

NARRATIVE_START = [
    "{N} found that {C}.", "{N} argue that {C}, which matters for a dealer group like {B}.", "{N} concluded that {C}.",
    "{N} showed that {C}, although their sample was mostly arable farms.", "{N} suggests that {C}.",
    "{N} reported that {C} across {q}00 farms.", "{N} note that {C}; {B} has yet to act on this.",
    "{N} identified that {C}, particularly for {A}.", "{N} make the point that {C}.",
    "{N} warned that {C} unless dealers invest in service.", "{N} explains how {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In a study of UK and Irish farmers, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is in line with {N}, who found that {C}.", "{C}, as {N} point out.", "According to {N}, {C}.",
    "Research by {N} suggests that {C}.", "As shown by {N}, {C}.", "{C}; {N} reached a similar conclusion for Danish farms.",
    "For {B}, the lesson from {N} is that {C}.", "Survey data from {N} show that {C}.",
    "{C}, a view supported by {N}.", "It can be argued, following {N}, that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} diffusion model suggests that {C}.", "{O}, {N} survey found that {C}.", "{B} could apply {N} framework, since {C}.",
    "{N} findings matter here because {C}.", "Using {N} typology of farmers, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Evidence from across Europe suggests that {C} {P}.", "For {A}, {C} {P}.",
    "This matters for {B} because {C} {P}.", "{C}, especially on larger arable units {P}.",
    "It is widely reported that {C} {P:see}.", "Several studies show that {C} {P:e.g.}.", "{C}. {P}",
    "In short, {C} {P}.", "{C}, which is why {B} invests in {T} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "While {C} {P}, {C2}.", "{C} {P}; even so, {C2}.",
    "Because {C} {P}, {B} should make sure that {C2}.", "Some authors {P:e.g.} argue that {C}.",
]  # fmt: skip
CLAIMS = [
    "farmers trust their local dealer more than the manufacturer's brand", "{A} rarely buy a tractor without a demonstration",
    "precision farming is adopted first on larger arable farms", "{T} lifts {R} among {A}",
    "uptime and parts availability decide most machinery purchases", "farm-data platforms struggle with farmers' fears over data ownership",
    "{A} rely on agronomists more than on advertising", "{B}'s dealer network is its strongest asset",
    "co-operatives keep members through price and trust rather than brand", "younger farmers use social media to compare machinery",
    "subscription pricing for farm software meets resistance from {A}", "autonomous machines still need a human in the field",
    "the cost of fertiliser changed how {A} plan nitrogen", "demonstration days convert more leads than trade-press adverts",
    "{T} works best when it is backed by a trusted adviser", "farm shows remain the main place where {A} meet brands",
    "variable-rate application saves input costs but is hard to prove", "{B} competes on service contracts as much as on price",
]  # fmt: skip
OPENERS = [
    "However", "In the UK", "For {B}", "In practice", "Furthermore", "On the other hand", "For dealers",
    "Since the end of the Basic Payment Scheme", "In Ireland", "Across the Netherlands and Denmark", "In contrast",
    "From a B2B perspective", "Nevertheless", "Looking at {B}'s competitors",
]  # fmt: skip
PLAIN = [
    "{B} sells through a network of independent dealers across the UK and Ireland.",
    "This report analyses {B}'s marketing to mixed and arable farms and makes recommendations.",
    "The table below shows the main competitors by market share.", "{O}, {C}.",
    "A PESTLE analysis is included in Appendix 2.", "The recommendations are phased over the next two seasons.",
    "{B}'s LinkedIn page has around {n}0 followers, most of them dealers and contractors.",
    "Section 3 looks at the buying centre on a typical farm.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one textbook puts it, {Q} {P}.", "{N} put it plainly: {Q}.", "{O}, {Q} {P}.",
    "The point is well made: {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘farmer first’", "‘right to repair’", "‘data is the new fertiliser’", "‘precision ag’",
                "‘smart farming’", "‘iron on the yard’", "‘regen ag’"]  # fmt: skip
SCARE_FRAMES = [
    "Dealers talk of {Q} marketing {P}.", "{B} calls its approach {Q} {P}.", "The idea of {Q} is now common in the trade press {P}.",
    "Farmers are wary of {Q} messaging {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Book your pre-season service now’", "“Your {M} quote is ready”", "‘0% finance on selected tractors ends Friday’",
                 "“See us at stand {n} at LAMMA”", "‘Harvest is coming: is your combine ready?’"]  # fmt: skip
SUBJECT_FRAMES = [
    "The dealer's email headed {Q} had the best open rate of the year {P}.", "{B} sent {Q} to lapsed customers {P}.",
    "A subject line such as {Q} creates urgency {P}.", "Testing {Q} against a plainer version showed little difference {P}.",
]  # fmt: skip

NOT_CITATIONS = {
    "tractor-model-year": ["The Fendt 1000 Vario ({Y}) set a new benchmark for high-horsepower tractors.",
                           "{B}'s demonstrator was a {MY} John Deere 6R 250 with under {n}0 hours on the clock.",
                           "The Massey Ferguson 8S (launched {SY}) won over many contractors."],
    "horsepower": ["The flagship tractor produces {HP} hp (rated), which suits large arable units.",
                   "Most livestock farms buy tractors of 120 to 180 hp (ECE R120), not the flagship models."],
    "combine-model": ["The CLAAS Lexion 8900 ({SY} model) has a 13.8 m header option.",
                      "Contractors upgraded to the New Holland CR11 (2023) for its capacity."],
    "machinery-show": ["{B} launched the range at Agritechnica {SHOWY} in Hanover.",
                       "Visitors to LAMMA {SHOWY} could book a demonstration on the stand.",
                       "The drill was shown at Cereals 2023 and the Royal Highland Show (2022)."],
    "price-gbp": ["The list price is {GBP} before dealer discount.", "A new self-propelled sprayer costs upwards of {GBP} (ex VAT)."],
    "grant-fund": ["Many customers applied to the Farming Equipment and Technology Fund (2022) for part of the cost.",
                   "Grants of up to {GBP} were available (FETF {SY}) for slurry equipment."],
    "price-euro": ["Land in the region sells for around €{n},000 per hectare (2023).", "The TAMS grant covers 40% of costs (up to €{n},000)."],
    "price-dollar": ["Large US farms spend over ${n},000 a year on parts (2022 survey).",
                     "The autonomy kit is priced at $500,000 (per machine, US list)."],
    "yield": ["Winter wheat averaged {TH} t/ha on the demonstration farm ({HARV}).", "Yields rose to 8.2 t/ha (harvest 2023) after variable-rate seeding."],
    "area": ["The average customer farms around {n}0 hectares (mixed arable and beef).", "The trial covered 150 hectares ({SY} season)."],
    "commodity-price": ["Feed wheat at £180/t in 2023 squeezed arable margins.", "Milk prices fell to {n} ppl (June {SY}) on some contracts."],
    "scheme-year": ["Many customers joined the Sustainable Farming Incentive (2022) in its first round.",
                    "Payments under the Basic Payment Scheme (BPS 2024) were cut again.",
                    "ELMs (from 2024) reward actions such as cover crops and hedgerows."],
    "law-year": ["The Agriculture Act 2020 ends direct payments in England.", "The farm must comply with the Control of Pesticides Regulations 1986."],
    "cap-period": ["The CAP 2023–27 ties more payments to eco-schemes.", "Direct payments under the new CAP (2023–2027) depend on conditionality."],
    "pesticide-approval": ["Glyphosate's renewal (2023) runs for another ten years in the EU.",
                           "Growers lost the neonicotinoid seed treatments (banned 2018) for oilseed rape."],
    "fertiliser-analysis": ["Most arable customers still buy 34.5% N ammonium nitrate (AN) for spring top dressing.",
                            "The compound (20-10-10 + 7SO3) is sold in 600 kg bags."],
    "seed-variety": ["KWS Extase (2019) became the most-grown milling wheat.", "Barley varieties such as LG Diablo (RL 2019) sell well in Scotland."],
    "recommended-list": ["Both varieties are on the AHDB Recommended List 2024/25.", "It entered the Recommended List (RL {SY}/{SY2}) as a feed wheat."],
    "harvest-period": ["Sales of grain trailers peak before harvest ({HARV}).", "Orders slowed during autumn drilling (October {SY})."],
    "part-code": ["The oil filter (RE504836) is one of the dealer's best-selling parts.", "Customers reorder the wear parts by code (part no. {PART})."],
    "rtk-accuracy": ["RTK correction gives pass-to-pass accuracy of 2.5 cm (with a base station).",
                     "Entry-level guidance works to about 15 cm (SF1 signal) only."],
    "isobus": ["The sprayer is ISOBUS AEF certified (2019) and works with any compliant terminal.",
               "Compatibility is guaranteed through the AEF database (ISO 11783)."],
    "award-show": ["The baler won a LAMMA Innovation Award ({SHOWY}).", "The tractor was named Machine of the Year 2023 at Agritechnica."],
    "award-press": ["The co-operative was shortlisted at the Farmers Weekly Awards 2022.",
                    "{B} was named Agricultural Dealer of the Year ({SY}) by the trade press."],
    "job-title": ["Interviews were held with a Dealer Principal, two sales managers and an Agronomist (BASIS-qualified).",
                  "The firm employs {q}0 FACTS-qualified advisers (on the 2024 FACTS register).",
                  "The Head of Marketing (UK & Ireland) signs off every campaign."],
    "ceo-quote-title": ["The company's CEO (since {SY}) has made dealer standards a priority.",
                        "Its new Managing Director (appointed {SY}) came from the feed trade."],
    "financial-year": ["Net sales grew by {q}% in FY2023/24.", "Operating profit fell (FY{SY}) as dealer stocks were reduced."],
    "quarter": ["Tractor registrations fell {q}% in Q2 2024.", "Order intake recovered (Q{q} {SY}) in the Netherlands."],
    "registrations": ["UK tractor registrations were {n}0 units in 2023 (over 50 hp).",
                      "Registrations of tractors over 50 hp fell to 10,{n} (over 50 hp, {SY} registrations)."],
    "emissions-stage": ["All new models meet Stage V emissions rules (from 2019).", "Older machines (Tier 4 Final, 2014) can still be sold second-hand."],
    "nvz-rules": ["Farms in a Nitrate Vulnerable Zone (NVZ) must keep to closed periods (1 September to 15 January).",
                  "Slurry spreading rules (the 2018 Farming Rules for Water) limit autumn applications."],
    "herd-size": ["The average Irish dairy herd is about {n} cows (2023).", "Customers milking 300 cows or more (robot units) are the main target."],
    "feed-spec": ["The dairy nut is 18% protein (DM basis) and sold in bulk.", "The calf starter (20% CP, 2024 recipe) was relaunched."],
    "animal-numbers": ["New Zealand has about {n} million dairy cows (2023 season).", "Stocking rates of 2.5 LU/ha (grassland farms) are common in Ireland."],
    "software-version": ["The dealer portal runs on version {q}.{n} (released {SY}).", "Operations Center (2024 update) added carbon reporting."],
    "connectivity": ["Rural 4G coverage is still patchy (about {n}% of fields).", "The telematics unit needs a 4G LTE (Cat-M1) signal."],
    "distance-speed": ["The sprayer works at up to 20 km/h (with boom levelling).", "Fields are within 10 miles (16 km) of the depot."],
    "machine-hours": ["Used tractors with 3,000 hours (2019 models) hold their value well.", "The warranty covers 5 years or 5,000 hours (whichever is first)."],
    "sample-size": ["The farmer survey had {n} responses (n = {n}).", "Twelve dealers were interviewed (June–July {SY})."],
    "cross-reference": ["Dealer margins are compared in the table (Appendix {q}).", "The segmentation is shown in Figure {q} (section 2.{q})."],
    "weather-season": ["The wet autumn (2019) cut drilling by a third.", "The drought of 2018 hit grass growth and feed sales."],
    "standard": ["The feed mill is certified to UFAS (2023 edition).", "Grain stores are audited against Red Tractor (Combinable Crops, version 6)."],
    "carbon-target": ["The NFU's net zero goal (by 2040) shapes much of the messaging.", "Yara aims to cut emissions by 30% (by 2030) at its plants."],
    "exchange-rate": ["Prices were converted at €1.17 to the pound (2023 average).", "A weaker pound (2022) pushed up the cost of imported machines."],
    "interest-finance": ["The dealer offered 0% finance over 36 months ({SY} promotion).", "Finance rates rose to {q}.9% APR (June 2023)."],
    "trial-plot": ["The tramline trials (plots 1–12) were run at a Lincolnshire demo farm.", "Results from the 2022 strip trial (split field) were shared with customers."],
    "company-ticker": ["Deere trades in New York (NYSE: DE).", "AGCO's shares (NYSE: AGCO) rose after the results."],
    "hashtag-campaign": ["The campaign ran under #Harvest{SY} on X and Instagram.", "Farm Safety Week (#FarmSafetyWeek, July {SY}) drew record engagement."],
}  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    year = rng.randint(2016, 2024)
    return {
        "MY": str(rng.randint(2015, 2024)), "SY": str(year), "SY2": str(year + 1)[2:],
        "HP": str(rng.choice([250, 300, 340, 400, 435, 517])), "SHOWY": str(rng.choice([2019, 2022, 2023, 2024, 2025])),
        "GBP": f"£{rng.randint(40, 420)},{rng.choice(['000', '500'])}", "TH": f"{rng.randint(6, 11)}.{rng.randint(0, 9)}",
        "HARV": f"harvest {year}", "PART": f"{rng.choice(['AL', 'RE', 'AH', 'DZ'])}{rng.randint(100000, 999999)}",
    }  # fmt: skip
