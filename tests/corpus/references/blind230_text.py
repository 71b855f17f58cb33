"""The blind230 pool's prose: marketers in chemicals, plastics, coatings and packaging writing CIM and MBA reports.

Written without reading the checker, its tests or any other pool. The writers work at (or for distributors of)
BASF, INEOS, Dow, Covestro, Evonik, Solvay, Syensqo, Croda, Johnson Matthey, AkzoNobel, Sika, Clariant, DS Smith,
Mondi, Amcor, Smurfit Westrock, Tetra Pak and Reliance Industries, in the UK, Germany, Belgium, the Netherlands,
Switzerland, India and the United States, on B2B, sustainability and trade marketing. Their reports are full of
brackets and years that are no citation: chemicals and CAS numbers, regulations with numbers and years, recycled
content and rates, plants and capacities, accidents, standards, resin codes and grades, trade names with launch
years, prices and indices, Responsible Care, trade shows, tickers, awards, titles, financial years and quarters.
Placeholders: {N} narrative citation, {P} parenthetical, {Q} quotation, {C}/{C2} claims, {B} brand, {O} opener, and
the fill values of the builder and of values() below.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["BASF", "INEOS", "Dow", "Covestro", "Evonik", "Solvay", "Syensqo", "Croda", "Johnson Matthey", "AkzoNobel",
          "Sika", "Clariant", "DS Smith", "Mondi", "Amcor", "Smurfit Westrock", "Tetra Pak", "Reliance Industries",
          "Dulux", "Brenntag", "Azelis", "IMCD"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the builder's own."""
    return {
        "pc": str(rng.randint(5, 65)),
        "kt": str(rng.choice([50, 80, 100, 150, 250, 400, 600])),
        "Y3": str(rng.randint(2019, 2025)),
        "seg": rng.choice(["converters", "brand owners", "distributors", "formulators", "procurement teams",
                           "coatings customers", "packaging buyers", "key accounts", "OEMs", "contractors"]),
        "prod": rng.choice(["recycled PET", "bio-based polyols", "low-VOC coatings", "mono-material pouches",
                            "corrugated trays", "specialty surfactants", "catalysts", "paper-based barriers",
                            "mass-balance polymers", "waterproofing membranes"]),
        "site": rng.choice(["Ludwigshafen", "Antwerp", "Grangemouth", "Rotterdam", "Jamnagar", "Marl", "Terneuzen",
                            "Teesside", "Leverkusen", "Dahej", "Runcorn", "Freeport"]),
        "fr": rng.choice(["the Kraljic matrix", "the IMP interaction model", "Porter's five forces", "the DMU",
                          "the buy-grid model", "PESTLE", "the value chain", "Ansoff's matrix", "the 7Ps"]),
        "sh": rng.choice(["K 2025", "Interpack 2026", "Chemspec Europe 2025", "ECS 2025", "in-cosmetics 2024"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although the sample was limited to European {seg}.",
    "{N} concluded that {C}; this is directly relevant to {B}.", "{N} showed that {C} among {seg}.",
    "{N} suggested that {C}, a view that {B}'s sales team shares.", "{N} identified that {C}.",
    "{N} explains that {C}, particularly for {prod}.", "{N} note that {C}.", "{N} warn that {C}.",
    "{N} applied {fr} to the chemical sector and concluded that {C}.", "{N} questioned whether {C}.",
    "{N} reported that {C} in the Indian market.", "{N} went further, arguing that {C} and that {C2}.",
    "{N} describe the buying centre in process industries and show that {C}.",
    "{N} observed that {C}, which is why {B} moved its trade budget into digital channels.",
    "{N} were among the first to argue that {C}.", "{N} makes the case that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "{O}, {N} argued that {C}.", "As {N} point out, {C}.", "This is consistent with {N}, who found that {C}.",
    "{C}, which supports the findings of {N}.", "{C} – a point also made by {N}.", "According to {N}, {C}.",
    "Research by {N} suggests that {C}.", "A survey of {n} {seg} by {N} found that {C}.",
    "{B} is a good example: {N} showed that {C}.", "Drawing on {N}, it appears that {C}.",
    "{C}; however, {N} found the opposite for {seg}.", "In line with {N}, {C}.",
    "For a distributor such as {B}, the work of {N} matters because {C}.",
    "Applying {fr} to {B}, and following {N}, {C}.", "Data from {N} show that {C}.",
    "{C}, as {N} noted in their review of {prod}.", "Not everyone agrees: {N}, for instance, maintained that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {seg} found that {C}.", "{O}, {N} framework explains why {C}.",
    "Using {N} model, it is clear that {C}.", "{N} report concluded that {C}.", "{N} findings suggest that {C}.",
    "This reflects {N} argument that {C}.", "{B} could apply {N} segmentation, since {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Most commentators now agree that {C} {P}.", "For {seg}, {C} {P}.",
    "This matters for {B} because {C} {P}.", "{C}, especially in {prod} {P}.", "It is often claimed that {C} {P:see}.",
    "Several studies make the point that {C} {P:e.g.}.", "{C} {P:see also}.", "In short, {C} {P}.",
    "B2B buying decisions in chemicals involve procurement, R&D, EHS and production staff {P}.",
    "Recycled content commands a premium that many {seg} are reluctant to pay {P}.",
    "{C}, which is why {B} invests in technical service {P}.", "Put simply: {C} {P}.",
    "{C}, as several European studies show {P:for example,}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, but {C2}.", "{C} {P}; however, {C2}.", "Although {C} {P}, {C2}.", "{C} {P}, whereas {C2}.",
    "{O}, {C} {P}, so {C2}.", "Because {C} {P}, {B} should make sure that {C2}.", "{C} {P:see}, while {C2}.",
    "Studies {P} agree that {C}.", "{C} {P}: this means that {C2}.",
]  # fmt: skip
CLAIMS = [
    "{seg} value technical support more than price", "sustainability claims must be backed by verified data",
    "buyers of {prod} want proof of lower carbon footprints", "the buying centre in chemicals is large and slow to change",
    "{B}'s distributors need better digital tools to reach small {seg}",
    "price increases are easier to pass on when the value has been documented",
    "trust between supplier and customer lowers the cost of switching to new grades",
    "brand owners are pushing {seg} to use more recycled content",
    "key account management works best when R&D is involved", "trade marketing budgets in chemicals remain small",
    "LinkedIn is now the main digital channel for B2B chemical marketers",
    "circular packaging needs collaboration across the value chain",
    "{seg} rarely switch supplier once a product is specified", "greenwashing risks are rising for packaging brands",
    "mass balance certification is poorly understood by end consumers", "{prod} still cost more than virgin alternatives",
    "webinars and technical content generate more qualified leads than trade advertising",
    "Indian {seg} are more price-sensitive than European ones",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "However", "For example", "In the European market", "For {B}'s commercial team",
    "Since the energy crisis", "In the context of {B}", "From a buyer's perspective", "Nevertheless", "Consequently",
    "Within the packaging sector", "As a result", "In India", "Overall", "In the specialty chemicals segment",
]  # fmt: skip
PLAIN = [
    "{B} sells to {seg} in more than {q}0 countries through direct accounts and distributors.",
    "This report analyses {B}'s go-to-market model for {prod} and makes recommendations.",
    "The table below sets out the decision-making unit at a typical account among {seg}.", "{O}, {C}.",
    "The recommendations are costed and phased over eighteen months.",
    "A PESTLE and a SWOT analysis of {B} are included in the appendices.",
    "{B}'s LinkedIn page has around {n}k followers, mostly engineers and buyers.",
    "The main competitors are {B} and two Asian producers.",
    "Task 2 builds on this by proposing a value proposition for {seg}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one B2B text puts it, {Q} {P}.", "The point is made directly: {Q} {P}.",
    "{O}, {Q} {P}.", "One industry review concluded that {Q} {P}.", "{B} appears to accept that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘green premium’", "‘wishcycling’", "‘drop-in’", "‘forever chemicals’", "‘greenhushing’",
                "‘value selling’", "'recyclable'", "“plastic-free”", "‘compostable’", "'carbon neutral'"]  # fmt: skip
SCARE_FRAMES = [
    "{B} has been criticised for using the word {Q} too freely {P}.", "So-called {Q} is a growing concern for {seg} {P}.",
    "Regulators are looking closely at claims such as {Q} {P}.", "The term {Q} is used loosely across the industry {P}.",
    "Many buyers are now sceptical of {Q} labels {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your {prod} price update for Q{q}’", "‘Meet us at {sh}’", "“New grade available: samples ready”",
                 "‘Webinar: recycled content without compromise’", "‘Your safety data sheets have been updated’",
                 "“Last call: book your technical consultation”"]  # fmt: skip
SUBJECT_FRAMES = [
    "An email headed {Q} produced the highest open rate among {seg} {P}.",
    "{B} sent {Q} to its distributor network {P}.", "Subject lines such as {Q} work because they are specific {P}.",
    "Testing {Q} against a plainer version showed a clear winner {P}.",
]  # fmt: skip

NOT_CITATIONS = {
    "cas-number": [
        "Water (CAS 7732-18-5) is listed on every safety data sheet.",
        "Ethylene glycol (CAS 107-21-1) is one of the two monomers of PET.",
        "The customer asked for a substitute for toluene (CAS 108-88-3).",
    ],
    "chemical-formula": [
        "Ethylene (C2H4) is the building block for most of {B}'s polymers.",
        "Titanium dioxide (TiO2) gives white paint its opacity.",
        "Green hydrogen (H2) could decarbonise ammonia (NH3) production.",
    ],
    "polymer-abbreviation": [
        "Bottles are made from polyethylene terephthalate (PET) and caps from high-density polyethylene (HDPE).",
        "Window frames are still mostly rigid PVC (polyvinyl chloride).",
        "Flexible films combine LDPE (low-density polyethylene) with a thin EVOH barrier.",
    ],
    "regulation-year": [
        "Every substance sold in the EU above one tonne a year must be registered under REACH (2007).",
        "Labels follow the CLP Regulation (EC) No 1272/2008.",
        "{B} must prepare for the Packaging and Packaging Waste Regulation (2025).",
        "REACH (Regulation (EC) No 1907/2006) shapes how {B} launches new grades.",
    ],
    "tax-date": [
        "The Plastic Packaging Tax (April 2022) applies below 30% recycled content.",
        "The tax rose to £217.85 per tonne (April 2024).",
        "UK extended producer responsibility (2025) moves the cost of collection onto brand owners.",
    ],
    "recycled-threshold": [
        "Packaging with less than 30% recycled content is taxed.",
        "Only firms handling more than 50 tonnes of packaging a year (and a turnover above £2m) must report.",
        "The EU target is 65% recycled content in PET bottles by 2040 (on average).",
    ],
    "recycling-rate": [
        "The UK recycling rate for plastic packaging was about 44% (2022 figures).",
        "Collection rates for PET bottles in Germany exceed 95% (deposit scheme).",
    ],
    "plant-opening": [
        "{B}'s site at {site} (opened {Y}) is one of its largest.",
        "BASF's Ludwigshafen site (1865) is the world's largest integrated chemical complex.",
        "The new line in {site} (commissioned {Y3}) doubled capacity.",
    ],
    "plant-capacity": [
        "INEOS plans a 250,000-tonne cracker (2026) in Antwerp.",
        "The recycling plant (capacity {kt},000 tonnes a year) opens next spring.",
        "{B} added {kt} kt/yr of capacity at {site} ({Y3} start-up).",
    ],
    "site-name": [
        "The Grangemouth refinery (Scotland) is due to become an import terminal.",
        "Most volume ships from the Port of Antwerp-Bruges (Belgium).",
        "Reliance's Jamnagar complex (Gujarat) is the largest refinery in the world.",
    ],
    "accident-year": [
        "Safety culture in the industry still looks back to Bhopal (1984).",
        "The Flixborough disaster (1974) led to the UK's major hazards rules.",
        "Buncefield (2005) changed how fuel depots are regulated.",
    ],
    "standard-year": [
        "{B}'s plants are certified to ISO 14001:2015.",
        "Compostable packaging must meet EN 13432:2000.",
        "The quality system follows ISO 9001:2015 and energy management ISO 50001:2018.",
    ],
    "certification-scheme": [
        "The mass-balance material is certified under ISCC PLUS.",
        "Recycled content is verified by RecyClass (since {Y3}).",
        "Paper is sourced under FSC (Forest Stewardship Council) certification.",
    ],
    "resin-code": [
        "Bottles carry resin identification code 1 (PET).",
        "Milk bottles are code 2 (HDPE) and easy to recycle.",
        "Code 7 (other) is a problem for most sorting plants.",
    ],
    "product-grade": [
        "The film uses LLDPE grade 1018 for its toughness.",
        "Customers asked for the grade with an MFI of 2 (190 °C/2.16 kg).",
        "The bottle resin (grade RT {n}) is sold to converters across Europe.",
    ],
    "trade-name-launch": [
        "Gore-Tex (1969) began as a PTFE membrane.", "The Tetra Brik (1963) made long-life milk possible.",
        "Kevlar (1965) is still DuPont's best-known brand.", "Teflon (1938) was discovered by accident.",
    ],
    "price-period": [
        "Polypropylene traded at €1,450 per tonne in Q3 2023.", "Contract ethylene settled higher (€1,200/t, March {Y3}).",
        "Recycled PET flake cost more than virgin resin (summer {Y3}).",
    ],
    "price-index": [
        "Prices are linked to the ICIS PET index.", "The contract follows the Platts benchmark (monthly average).",
        "Energy costs are passed on through a surcharge (TTF gas, day-ahead).",
    ],
    "responsible-care": [
        "{B} signed up to Responsible Care (1985) and its Global Charter.",
        "Responsible Care (launched in Canada in 1985) now covers most large chemical firms.",
        "The Responsible Care pledges (2021 update) include Scope 3 reporting.",
    ],
    "trade-show": [
        "{B} launched the grade at K 2022 in Düsseldorf.", "The team met {n} prospects at Interpack 2023.",
        "Chemspec Europe 2024 (Basel) is the main event for fine chemicals.", "{B} will exhibit at {sh} (stand {q}{q}).",
    ],
    "stock-ticker": [
        "BASF is listed in Frankfurt (ETR: BAS).", "Croda (LON: CRDA) is a member of the FTSE 100.",
        "Reliance Industries (NSE: RELIANCE) is India's most valuable company.", "Dow trades in New York (NYSE: DOW).",
    ],
    "award": [
        "The pouch won at the Packaging Awards 2023.", "The team was shortlisted for the RSC Prizes 2022.",
        "{B} won a Chemical Industries Association Award (2024).", "The recyclable tray took gold at the Starpack Awards {Y3}.",
    ],
    "post-nominal": [
        "The technical lead, Dr Priya Nair CChem FRSC, presented the results.",
        "Interviews were held with the CEO and the Head of Sustainability.",
        "The author is a Chartered Marketer (CIM) and a member of the IChemE.",
    ],
    "job-title": [
        "The VP Marketing (EMEA) signed off the budget.", "Most leads go to the KAM (key account manager) for {seg}.",
        "The CCO (Chief Commercial Officer) chairs the pricing committee.",
    ],
    "financial-year": [
        "Revenue fell in FY2023/24 as volumes weakened.", "{B}'s EBITDA margin improved (FY{Y3}: {pc}%).",
        "Targets are set for FY2025/26 and FY2026/27.",
    ],
    "quarter": [
        "Volumes recovered in Q2 2024.", "Destocking continued into the first half (H1 {Y3}).",
        "Order intake rose {pc}% (Q{q} {Y3} vs Q{q} {Y}).",
    ],
    "results-figures": [
        "{B}'s sales fell ({Y3} results: €{n}m).", "Group sales were €68.9bn (2023 annual results).",
        "Operating profit rose {pc}% year on year ({Y3} figures).",
    ],
    "emissions-scope": [
        "Most of {B}'s footprint sits in Scope 3 (purchased goods).",
        "Scope 1 and 2 emissions (market-based) fell by {pc}%.",
        "The target (net zero by 2050) has been validated by the SBTi.",
    ],
    "carbon-footprint": [
        "The bio-based grade has a lower product carbon footprint (1.{q} kg CO2e/kg).",
        "Each tonne of recycled PET saves around 1.5 tonnes of CO2e (cradle-to-gate).",
    ],
    "ghs-code": [
        "The label carries hazard statement H225 (highly flammable liquid and vapour).",
        "Under GHS the product is classed as Skin Irrit. 2 (H315).",
        "The drum must show pictogram GHS02 (flame).",
    ],
    "un-number": [
        "Acetone ships as UN 1090 (packing group II).", "The tanker was placarded UN 1203 (petrol).",
    ],
    "ph-temperature": [
        "The coating cures at room temperature (20 °C, 50% RH).", "The formulation is stable at pH 7 (±0.5).",
        "The resin melts at about 260 °C (PET).",
    ],
    "dimensions": [
        "The tray is 30% lighter (18 g instead of 26 g).", "Film thickness was cut to 20 µm (from 25 µm).",
        "A standard pallet (1,200 × 800 mm) holds {n} cases.",
    ],
    "incoterms": [
        "Prices are quoted DAP (Incoterms 2020).", "Most exports to India are sold CIF Nhava Sheva.",
        "Distributors buy FCA {site} and arrange their own freight.",
    ],
    "hs-code": [
        "PET in primary forms falls under HS code 3907.61.", "Customs classed the additive under CN 3812 (2024 tariff).",
    ],
    "directive-number": [
        "The Single-Use Plastics Directive (EU) 2019/904 bans some items outright.",
        "Waste is defined by the Waste Framework Directive (2008/98/EC).",
        "Seveso III (Directive 2012/18/EU) covers the site at {site}.",
    ],
    "uk-regulation": [
        "The site is a top-tier COMAH establishment (Control of Major Accident Hazards Regulations 2015).",
        "UK REACH (since January 2021) requires its own registrations.",
        "The Packaging Waste Regulations 2024 set the EPR fees.",
    ],
    "indian-standard": [
        "Food-contact plastics in India must meet IS 10146 (polyethylene).",
        "Packaging is covered by India's Plastic Waste Management Rules (2016, amended 2022).",
        "The product holds a BIS licence (IS 2508:2016).",
    ],
    "us-regulation": [
        "New substances in the US are notified under TSCA (Section 5).",
        "The Inflation Reduction Act (2022) favours US-made low-carbon chemicals.",
        "California's SB 54 (2022) sets targets for single-use packaging.",
    ],
    "acronym-expansion": [
        "Life cycle assessment (LCA) is now expected in most tenders.",
        "The decision-making unit (DMU) includes procurement, R&D and EHS.",
        "Extended producer responsibility (EPR) shifts costs to brand owners.",
        "Environmental, social and governance (ESG) ratings influence procurement.",
    ],
    "joint-venture": [
        "The joint venture (50:50 with Sinopec) runs the cracker.",
        "{B} bought the business in {Y} (deal value €{n}m).", "Solvay split into two companies (December 2023).",
    ],
    "company-founding": [
        "BASF (founded 1865) began as a dye maker.", "Johnson Matthey was founded in London (1817).",
        "{B} was established in {Y} and listed in {Y2}.",
    ],
    "deposit-scheme": [
        "Germany's Pfand (since 2003) charges €0.25 on single-use bottles.",
        "Scotland's deposit return scheme (delayed to October 2027) covers cans and bottles.",
    ],
    "percent-share": [
        "Packaging takes the largest share of plastics demand (about 40%).",
        "Distributors handle a large part of specialty sales ({pc}% by value).",
        "The top five customers account for most revenue ({pc}% in {Y3}).",
    ],
    "survey-sample": [
        "Most buyers ranked reliability first (n = {n}).", "Interviews were held with twelve customers (Appendix {q}).",
        "Responses were coded in NVivo (version 14).",
    ],
    "cross-reference": [
        "The DMU is mapped in the appendix (Figure {q}).", "See Section 3.{q} for the pricing analysis.",
        "Costs are set out in Table {q} (page {q}).",
    ],
    "handle-or-address": [
        "The campaign hashtag (#ChemistryForGood) trended on LinkedIn.",
        "Technical enquiries go to the team (techsupport@example-chem.com).",
        "The product finder (www.example-chem.com/grades) gets most traffic.",
    ],
    "sdg": [
        "The strategy is mapped against SDG 12 (responsible consumption and production).",
        "{B} reports against SDGs 6, 12 and 13 (climate action).",
    ],
    "event-period": [
        "Gas prices peaked after the invasion of Ukraine (February 2022).", "Demand collapsed during the pandemic (2020–21).",
        "The Suez Canal blockage (March 2021) delayed shipments by weeks.",
    ],
    "slogan": [
        "BASF's old line ‘We don't make a lot of the products you buy. We make a lot of the products you buy better.’ is still quoted.",
        "Dulux's ‘Let's Colour’ campaign (2010) ran in many countries.",
        "Tetra Pak's ‘Protects what's good’ sums up its positioning.",
    ],
}  # fmt: skip
