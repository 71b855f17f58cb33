"""The blind271 pool's prose: marketers at insurers, brokers, price-comparison sites, insurtechs and Lloyd's market
firms in the UK, Ireland and Canada writing CIM Level 6 and 7 reports and MBA assignments on brand, direct,
broker-channel, embedded and B2B marketing.

Written without reading the checker, its tests or any other pool. ``{N}`` is a narrative citation, ``{P}`` a
parenthetical one ("{P:see}" puts a word inside its bracket), ``{Q}`` a quotation, ``{C}`` a claim, ``{B}`` a brand,
``{O}`` an opener; the other placeholders are the builder's fill values and this module's ``values``. NOT_CITATIONS
holds what insurance marketers put in brackets, quotation marks and beside years that is no citation: regulatory
rules and their dates, products and campaigns with years, storms and floods, ratios, premiums, policy numbers,
ratings, awards, tickers and straplines.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Aviva", "Direct Line", "Admiral", "Hastings Direct", "Zurich", "AXA", "Allianz", "LV=", "Legal & General",
          "Royal London", "Vitality", "Bupa", "Lemonade", "Cuvva", "By Miles", "Marshmallow", "Compare the Market",
          "MoneySupermarket", "GoCompare", "Confused.com", "FBD", "Laya Healthcare", "Intact", "Desjardins",
          "Churchill", "Howden", "Beazley", "Hiscox", "Tesco Bank", "Irish Life"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use."""
    year = rng.randint(2015, 2024)
    return {
        "prem": f"{rng.randint(2, 19)}{rng.choice(['15', '40', '62', '89', '05'])}".lstrip("0"),
        "eur": str(rng.randint(380, 1650)), "polno": f"{rng.choice(['PC', 'HH', 'MTR', 'PMI'])}{rng.randint(1000000, 9999999)}",
        "ref": f"{rng.choice(['CLM', 'REF', 'FOS-'])}{rng.randint(100000, 999999)}", "frn": str(rng.randint(300000, 999999)),
        "yy": f"{year % 100:02d}", "yy2": f"{(year + 1) % 100:02d}", "fy": str(year), "ver": f"{rng.randint(2, 9)}.{rng.randint(0, 12)}",
        "synd": str(rng.choice([33, 318, 386, 510, 609, 623, 1084, 1183, 2001, 2623, 2791, 4472])),
        "cr": f"{rng.randint(86, 104)}.{rng.randint(0, 9)}", "lr": str(rng.randint(55, 82)), "tp": f"4.{rng.randint(1, 8)}",
        "star": str(rng.choice([4, 5, 5])), "pct": str(rng.randint(4, 38)), "h": str(rng.randint(1, 2)),
        "mo": rng.choice(["January", "March", "April", "June", "September", "October", "November"]),
        "ch": rng.choice(["the broker channel", "price-comparison sites", "direct digital", "embedded partnerships",
                          "the app", "telematics", "affinity schemes", "paid social", "CRM email"]),
        "line": rng.choice(["motor", "home", "pet", "travel", "private medical", "life", "income protection", "van", "SME commercial"]),
        "K": rng.choice(["Consumer Intelligence", "Defaqto", "Mintel", "the ABI", "the FCA", "GlobalData"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although their sample was drawn only from {line} customers.",
    "{N} concluded that {C}; this matters for {B}'s renewal strategy.", "{N} showed that {C}.",
    "{N} suggests that {C}, which is relevant to how {B} markets through {ch}.", "{N} notes that {C}.",
    "{N} identified that {C}, particularly among {A}.", "{N} reported that {C} in the UK {line} market.",
    "{N} warned that {C} unless firms can show fair value.", "{N} set out the case that {C}.",
    "{N} make the point that {C}.", "{N} questioned whether {C}.", "{N} observed that {C}, and {C2}.",
    "{N} found that trust in insurers is low and that {C}.", "{N} describe the broker as a trusted adviser and argue that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "{O}, {N} found that {C}.", "This is consistent with {N}, who found that {C}.", "{C}, as {N} point out.",
    "According to {N}, {C}.", "As {N} explains, {C}.", "Research by {N} suggests that {C}.",
    "A survey carried out by {N} found that {C}.", "{C} – a view shared by {N}.",
    "For {B}, the lesson from {N} is that {C}.", "{C}; however, {N} found the opposite for {A}.",
    "In their study of Irish and UK insurers, {N} showed that {C}.", "Data published by {N} show that {C}.",
    "When {B} moved spend into {ch} it followed the logic of {N}: {C}.", "It could be argued, following {N}, that {C}.",
    "{C}, according to {N}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Using {N} framework, it is clear that {C}.", "{O}, {N} report concluded that {C}.",
    "{B} could apply {N} model, since {C}.", "{N} findings matter here because {C}.", "This reflects {N} argument that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For {A}, {C} {P}.", "This matters because {C} {P}.",
    "{B} is no exception, since {C} {P}.", "It is often claimed that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.",
    "{C}, especially in {line} insurance {P}.", "In short, {C} {P}.", "{C}, which is why {B} invests in {ch} {P}.",
    "A key point for {B} is that {C} {P}.", "{C} {P:see also}.", "In the broker channel, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "Some sources {P:e.g.} argue that {C}.", "{C} {P}: this means that {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} rarely read their policy documents before buying", "price is still the main reason customers switch insurer",
    "brand trust reduces the pull of price-comparison sites", "{T} improves {R} when it is tied to a claims promise",
    "brokers remain the main route to market for SME commercial cover", "customers judge an insurer by its claims service",
    "embedded cover at the point of sale lowers acquisition costs", "the ban on price walking has made retention harder to buy",
    "{B}'s reliance on {ch} leaves it exposed to rising cost per click", "telematics appeals most to young drivers",
    "financial services brands struggle to build emotional engagement", "{A} trust comparison sites more than insurers' own adverts",
    "clear product information reduces complaints", "loyalty schemes add little value in low-involvement categories",
    "insurtechs win on user experience rather than on price", "{A} respond better to reviews than to brand claims",
    "fair value is now a marketing issue as well as a compliance one", "B2B buyers of commercial cover want advice more than price",
    "awareness advertising pays back over years, not weeks", "vulnerable customers need simpler journeys",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "However", "For example", "In the UK", "In Ireland", "In the Canadian market",
    "For {B}'s marketing team", "Since the pricing reforms", "In the context of {B}", "From a customer perspective",
    "Nevertheless", "As a result", "In the broker market", "Overall", "Within general insurance",
]  # fmt: skip
PLAIN = [
    "{B} sells {line} cover direct, through brokers and on price-comparison sites.",
    "This report analyses {B}'s current marketing mix and makes recommendations.",
    "The table below summarises the main channels and their cost per acquisition.",
    "{B}'s app has over {n}k active users, but most customers still renew by phone.", "{O}, {C}.",
    "The recommendations are costed and phased over eighteen months.",
    "A PESTLE and SWOT analysis of {B} are included in the appendix.",
    "The main competitors are {B} and two smaller insurtechs.",
    "Task 3 builds on this by proposing a broker engagement plan.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one textbook puts it, {Q} {P}.", "Put simply, {Q} {P}.", "{O}, {Q} {P}.",
    "The point is that {Q} {P}, and {B} has not yet acted on it.", "{N} put it bluntly: {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["‘price walking’", "‘loyalty penalty’", "‘fair value’", "‘good outcomes’", "‘sludge’",
                "‘customer-centric’", "‘insurtech’", "‘embedded’", "‘digital first’"]  # fmt: skip
SCARE_FRAMES = [
    "Insurers now talk about {Q} as a design principle {P}.", "{B} describes its approach as {Q} {P}.",
    "The idea of {Q} pricing has become a regulatory concern {P}.", "Critics call this {Q} {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your renewal is ready: see your price’", "‘Save up to 20% on your {line} cover’",
                 "“Your quote is waiting for you”", "‘We’ve missed you – come back and compare’",
                 "‘Your no-claims bonus is worth protecting’"]  # fmt: skip
SUBJECT_FRAMES = [
    "The renewal email headed {Q} had the best open rate {P}.", "{B} sent {Q} to lapsed quoters {P}.",
    "A subject line like {Q} creates urgency {P}, but overuse leads to fatigue.",
]  # fmt: skip

# Text with brackets, years or quotation marks that no tutor would expect in the reference list.
NOT_CITATIONS = {
    "consumer-duty-date": ["{B} rewrote every renewal letter before the Consumer Duty came into force (31 July 2023).",
                           "Closed products followed a year later (31 July 2024), under the same Consumer Duty rules."],
    "pricing-rules-date": ["The FCA's pricing practices rules (January 2022) ended price walking on home and motor renewals.",
                           "Since the pricing rules took effect (1 January 2022), {B} has had to quote renewing customers no more than new ones."],
    "policy-statement": ["The remedies were set out in a policy statement (PS21/5) after a long market study.",
                         "{B} mapped its products against the rules in PS21/5 and PS22/9 before relaunching."],
    "gipp": ["The GIPP remedies (in force from January 2022) changed how {B} priced its renewals.",
             "Compliance teams still report on GIPP attestation (Q{q} {fy}) to the board."],
    "product-launch": ["Legal & General's Rightsize (2021) was aimed at people moving home later in life.",
                       "{B} relaunched its {line} product (version {ver}) with a simpler claims promise."],
    "rewards-programme": ["Vitality's Active Rewards (launched in the UK in 2015) ties discounts to steps and gym visits.",
                          "The programme (the {fy} version of Active Rewards) now includes sleep tracking."],
    "product-year": ["Admiral MultiCar (2006) was the first policy of its kind in the UK.",
                     "Admiral MultiCover (2013) extended the idea to home and car together."],
    "storm": ["Claims spiked after Storm Arwen (November 2021) hit the north of England and Scotland.",
              "Storm Ciarán (November 2023) led {B} to open a dedicated claims line."],
    "floods": ["The 2007 floods changed how insurers talked about flood risk.",
               "After the summer floods (June–July 2007) the industry paid out more than £3bn."],
    "meerkats": ["Compare the Market's meerkats (2009) turned a keyword problem into a brand.",
                 "Aleksandr Orlov (first aired January 2009) became one of the UK's best-known advertising characters."],
    "opera-singer": ["GoCompare's opera singer, Gio Compario (2009), was voted the most irritating advert of the year.",
                     "The opera singer campaign (2009–2017) kept GoCompare front of mind despite the complaints."],
    "solvency": ["Capital requirements tightened under Solvency II (2016).",
                 "The PRA's reforms to Solvency UK (2024) were meant to free up capital for investment."],
    "ifrs17": ["Reported profits looked different under IFRS 17 (2023).",
               "{B}'s {fy} results were the first prepared under IFRS 17 (effective 1 January 2023)."],
    "combined-ratio": ["Underwriting was profitable (combined ratio: {cr}% in {fy}).",
                       "{B} reported a combined ratio of {cr}% (FY{yy}), against a market average near 100%."],
    "loss-ratio": ["The pet book ran hot (loss ratio {lr}%, {fy}).", "Motor claims inflation pushed the loss ratio up ({lr}% in H{h} {fy})."],
    "premium-gbp": ["The average quote for a new driver was high (£{prem} a year).",
                    "A typical {line} policy costs around £{prem} per year ({fy} prices)."],
    "premium-eur": ["In Ireland the average private motor premium was lower (€{eur} per year).",
                    "FBD's quote for the same driver came to €{eur} (annual premium, {fy})."],
    "policy-number": ["The complaint concerned a single policy (policy no. {polno}).",
                      "Customers quote their policy number (e.g. {polno}) when they call the claims line."],
    "reference-code": ["The case was escalated to the ombudsman (ref. {ref}).", "Each claim gets a reference ({ref}) sent by SMS."],
    "frn": ["{B} is authorised and regulated by the Financial Conduct Authority (FRN {frn}).",
            "Footers must show the firm reference number (FRN {frn}) on every advert."],
    "defaqto-stars": ["{B}'s {line} policy carries a {star} Star Defaqto rating ({fy} ratings, {line} cover).",
                      "The product was rated {star} Star by Defaqto for {fy}, which {B} uses in its adverts."],
    "award": ["{B} picked up a trophy at the British Insurance Awards 2023 for its claims campaign.",
              "The campaign was shortlisted for a marketing award (British Insurance Awards {fy})."],
    "trustpilot": ["Customers rate the brand highly (Trustpilot: {tp}/5 from {n},000 reviews).",
                   "{B}'s TrustScore ({tp} out of 5, {mo} {fy}) is featured on every landing page."],
    "financial-year": ["Gross written premium grew strongly (FY{yy}).", "Marketing spend was cut in the last financial year (FY{fy}/{yy2})."],
    "quarter": ["New business volumes fell (Q{q} {fy}) as rates hardened.", "Results for the half year (H{h} {fy}) showed strong retention."],
    "ticker": ["Admiral Group is listed in London (LSE: ADM) and is a FTSE 100 company.",
               "Intact Financial (TSX: IFC) bought RSA in a joint deal with Tryg.", "FBD Holdings (Euronext Dublin: EG7) is Ireland's only listed farm insurer."],
    "strapline": ["Compare the Market's strapline, ‘Simples’, is known by almost every UK adult.",
                  "Direct Line's line ‘We solve problems’ (2014) came from its Winston Wolf adverts.",
                  "{B} replaced its old slogan with “Insurance that gets it” in {fy}."],
    "premiums-figure": ["The market grew (2023 premiums) faster than inflation.",
                        "{B}'s share of UK {line} was about {pct}% ({fy} gross written premiums)."],
    "market-share": ["Price-comparison sites now account for most new motor sales ({pct}% share, {fy}).",
                     "{B} holds the largest share of Irish farm insurance (about {pct}%)."],
    "nps": ["Claims customers are more loyal than before (NPS +{pct}, {fy}).", "{B}'s net promoter score rose after the app relaunch (+{pct} in Q{q} {fy})."],
    "claims-paid": ["The industry paid out record sums to motorists (£{n}m in Q{q} {fy}).", "{B} settled most claims within a week ({pct}% in {fy})."],
    "complaints-data": ["Complaints about {line} insurance rose (upheld rate {pct}%, H{h} {fy}).",
                        "{B}'s complaint numbers per 1,000 policies were below the market average (H{h} {fy})."],
    "lloyds-syndicate": ["The cover was placed with a Lloyd's syndicate (Syndicate {synd}).",
                         "Syndicate {synd} (managing agent since {Y}) writes most of the cyber business."],
    "year-of-account": ["Underwriters are still settling claims on the {Y} year of account.",
                        "Profit on that book was reported for the {fy} year of account (YOA {fy})."],
    "no-claims": ["Young drivers build a discount slowly (NCD: {q} years).", "Customers can protect their no-claims bonus (up to 9 years) for a small fee."],
    "excess": ["The policy has a high excess (£{n} compulsory, £250 voluntary).", "{B} cut the pet excess (£99 per condition) to win back customers."],
    "vehicle": ["The test quote used a typical first car (a 2019 Ford Fiesta, 1.0 litre).", "Premiums for electric cars (e.g. the 2021 Tesla Model 3) remain high."],
    "campaign-year": ["Direct Line's Winston Wolf adverts (2014) positioned the brand as a fixer.",
                      "Churchill the nodding dog (1996) is still the brand's mascot.", "Aviva's ‘Call me Aviva’ campaign (2014) used celebrities named Aviva."],
    "sponsorship": ["Aviva's Premiership Rugby sponsorship (2010–2022) was one of its largest brand investments.",
                    "{B}'s shirt sponsorship (three seasons from {fy}) targeted young male drivers."],
    "rebrand": ["Norwich Union became Aviva (renamed 2009) after a long transition.", "LV= dropped the ‘Liverpool Victoria’ name (2007) to appear more modern."],
    "acquisition": ["Intact and Tryg bought RSA (completed June 2021).", "Hastings was taken private (by Sampo and RMI, November 2020), ending its stock market listing."],
    "ipo": ["Hastings floated on the London Stock Exchange (IPO: October 2015).", "Direct Line Group listed separately from RBS (October 2012)."],
    "pandemic": ["Travel insurance sales collapsed during the first lockdown (March 2020).",
                 "Motor claims frequency fell sharply (April–June 2020) as roads emptied."],
    "iso-gdpr": ["Customer data is held to the security standard (ISO 27001:2022).", "Automated pricing decisions are covered by the law (Article 22, UK GDPR)."],
    "catastrophe": ["The Fort McMurray wildfire (May 2016) remains Canada's costliest insured disaster.",
                    "Desjardins paid out heavily after the Quebec floods (spring 2017 and 2019)."],
    "survey-fieldwork": ["The primary research was small (n = {n}, fieldwork {mo} {fy}).", "{B}'s own tracker (wave {q}, {mo} {fy}) showed rising consideration."],
    "ulez": ["Van drivers shopped around after the ULEZ expansion (29 August 2023).", "The scheme (Ultra Low Emission Zone, London, {fy}) changed which cars people insured."],
    "flood-re": ["Flood Re (launched April 2016) keeps home cover affordable in high-risk areas.",
                 "Homes built after 2009 are excluded from the scheme (Flood Re eligibility rules)."],
    "ipt": ["Premiums also carry tax (Insurance Premium Tax: 12% since June 2017).", "The tax rate on travel policies is higher (IPT 20%)."],
    "policy-wording": ["The exclusion sits in the small print (section {q}.{h} of the policy wording).",
                       "Cover for escape of water is limited (clause {q}{h}, {fy} wording)."],
    "app-version": ["The telematics app was rebuilt (version {ver}, {mo} {fy}).", "{B}'s black box product (launched {fy}) now runs on phones."],
    "age-band": ["Prices are highest for the youngest drivers (aged 17–24).", "{B} targets people planning retirement (aged 55–70) with its equity release range."],
}  # fmt: skip
