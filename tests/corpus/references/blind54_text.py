"""Prose for the fifty-fourth held-out pool, "blind54": sentence frames, claims, brands and decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a fifty-fourth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how marketing,
investor-relations, sustainability-communication and business-development staff at mining houses, mining-equipment
and services firms, agribusiness cooperatives, wine estates and energy-transition companies in South Africa
(Johannesburg, Cape Town, Stellenbosch, Durban) and Australia (Perth, Brisbane, Adelaide, Melbourne) write on CIM
Level 6 and 7 courses and MBAs (GIBS, UCT GSB, AGSM): JSE and ASX tickers and announcements, King IV, the Mining
Charter 2018, B-BBEE levels, the MPRDA and NEMA, JORC 2012 and SAMREC, ESG and TCFD reports, load shedding by stage,
rand and Australian-dollar figures, mines and projects with their years, Mining Indaba and Diggers & Dealers,
vintages, cultivars and export seasons, in English with Afrikaans, isiZulu and Australian turns of phrase.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} argues that {C}.",
    "{N} found that {C}, which matters for {B} as it courts procurement heads in the Pilbara.",
    "{N} shows that {C}.",
    "{N} makes the case that {C}, a point our Stellenbosch team has felt first-hand.",
    "{N} notes that {C}; for {B} this is the crux of the pitch.",
    "{N} reports that {C}.",
    "{N} contends that {C}, although the sample leaned heavily towards Gauteng.",
    "{N} observed that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "For {B}, the work of {N} suggests that {C}.",
    "As {N} explains, {C}.",
    "In the South African setting, {N} found that {C}.",
    "Writing about Australian miners, {N} concluded that {C}.",
    "This echoes {N}, who argue that {C}.",
    "The most useful lens here is {N}, which frames why {C}.",
    "Our sustainability lead pointed me to {N}, who show that {C}.",
    "A similar pattern appears in {N}: {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} framework is used to map the buying centre at {B}.",
    "{N} findings suggest that {C}.",
    "Applying {N} model, {C}.",
    "{N} survey of {A} is the closest match to our own customers.",
    "Using {N} typology, {B} sits between a commodity seller and a solutions partner.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "In practice, {C} {P}.",
    "For a JSE-listed supplier, {C} {P}.",
    "Across the Western Australian goldfields, {C} {P}.",
    "{C}, especially once load shedding bites {P}.",
    "The evidence is consistent: {C} {P}.",
    "Put simply, {C} {P}.",
    "This is why {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {B} cannot afford to ignore it.",
    "Industrial buyers {P} tend to reward suppliers who can prove that {C}.",
    "Because {C} {P}, the plan starts with the host communities.",
    "The literature {P} agrees that {C}, though little of it comes from the Karoo or the Kimberley.",
    "{C} {P}, which is why the campaign leads with safety data rather than price.",
    "Community consent {P} is now treated as a commercial asset, so {C}.",
]  # fmt: skip
CLAIMS = [
    "industrial buyers weigh a supplier's safety record above its price",
    "a strong ESG story lowers the cost of capital for mid-tier miners",
    "B-BBEE credentials open doors with state-owned buyers",
    "trust with host communities is built over years and lost in a week",
    "technical content outperforms glossy brochures with mine engineers",
    "the social licence to operate has become a marketing question as much as a legal one",
    "key account management drives most of the revenue in mining services",
    "investors read sustainability reports more closely than they admit",
    "greenwashing claims damage a brand faster than a production miss",
    "wine exporters depend on origin stories to hold their price in the UK",
    "agricultural cooperatives struggle to build brands beyond the farm gate",
    "trade shows remain the main lead source for equipment makers",
    "the energy transition reshapes which minerals buyers want to be seen with",
    "procurement teams shortlist suppliers long before they issue a tender",
    "LinkedIn content from engineers earns more trust than content from the brand page",
    "local procurement commitments carry weight in community engagement",
    "price is rarely the deciding factor once a supplier is on the approved vendor list",
    "renewable power purchase agreements now feature in mining company marketing",
    "after-sales service is where equipment brands win loyalty",
    "a clear purpose statement helps graduate recruitment in remote regions",
    "{A} respond better to case studies than to claims",
    "digital channels shorten the sales cycle for {T}",
]  # fmt: skip
OPENERS = [
    "Looking at the {B} account more closely",
    "From a marketing point of view",
    "In the context of the South African mining sector",
    "For an ASX-listed junior",
    "Turning to the customer side",
    "On the investor-relations front",
]  # fmt: skip
PLAIN = [
    "{O}, the team at {B} has three months to prepare the brief.",
    "The following section sets out the situation analysis for {B}.",
    "Sales at {B} rose by {n} units last quarter, mostly to contractors in Limpopo and the Northern Cape.",
    "The marketing budget is small and most of it is already spent on trade shows.",
    "{O}, the brand is well known among engineers but invisible to procurement.",
    "This plan was drafted with input from the regional sales managers in Perth and Rustenburg.",
    "Customer interviews took place over six weeks, mostly on site.",
    "Management has asked for a plan that can be measured quarter by quarter.",
]  # fmt: skip
QUOTE_FRAMES = [
    "As one study puts it, {Q} {P}.",
    "{N} warns that {Q}.",
    "The point is made sharply elsewhere: {Q} {P}.",
    "{N} is blunt: {Q}.",
    "One line stuck with our leadership team: {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = [
    "licence to operate", "green", "ESG-ready", "partner of choice", "zero harm", "responsibly sourced",
    "net zero", "world-class", "shared value", "future-fit", "low-carbon", "premium",
]  # fmt: skip
SCARE_FRAMES = [
    "Many suppliers now call themselves {Q}, yet few can show the data {P}.",
    "{N} questions what {Q} really means when a buyer checks the audit trail.",
    "The phrase {Q} has become so common that buyers discount it {P}.",
    "Claims of being {Q} are under scrutiny from investors {P}.",
]  # fmt: skip
SUBJECT_LINES = [
    "Your Stage 6 survival kit for the plant",
    "Meet us at Stand {n}",
    "Less downtime, more tonnes",
    "Harvest {Y2} is in the bottle",
    "Zero harm starts with the right boots",
    "Webinar: what the new JORC table means for you",
    "Our {Y2} sustainability report is live",
]  # fmt: skip
SUBJECT_FRAMES = [
    "An email with the subject line {Q} had the best open rate, which fits the view that {C} {P}.",
    "The LinkedIn post {Q} drew the most comments from engineers {P}.",
    "{N} would call a headline like {Q} a benefit-led message.",
    "We tested the banner {Q} against a price-led version {P}.",
]  # fmt: skip

NOT_CITATIONS: dict[str, list[str]] = {
    "jse-ticker": [
        "{B} (JSE: {TK}) released its interim results on {d} March.",
        "Shares in the group (JSE: {TK}) fell {pct}% on the day of the SENS announcement.",
        "The client listed on the JSE AltX (ticker {TK}) in {Y}.",
    ],
    "asx-ticker": [
        "{MINER} (ASX: {TKA}) told the market that first concentrate is due in Q{q} {Y2}.",
        "The junior (ASX:{TKA}) raised A${n} million in a placement.",
        "Dual-listed (ASX: {TKA}; JSE: {TK}), the group reports in two currencies.",
    ],
    "king-iv": [
        "Under King IV (Principle {kp}), the board must oversee stakeholder relationships.",
        "King IV (2016) asks boards to report on outcomes, not just on compliance.",
        "The Institute of Directors in Southern Africa published King IV in November 2016, replacing King III (2009).",
    ],
    "mining-charter": [
        "The Mining Charter 2018 sets a 30% target for black ownership of new mining rights.",
        "Under the Mining Charter (2018), 70% of mining goods must be procured from South African manufacturers.",
        "The Broad-Based Socio-Economic Empowerment Charter for the Mining and Minerals Industry, 2018 is still contested in court.",
    ],
    "bbbee-level": [
        "{B} is a Level {lvl} B-BBEE contributor (verified {Y2}).",
        "Our B-BBEE scorecard (Level {lvl}, {pct}% black-owned) is attached as Appendix {ap}.",
        "Buyers at Eskom ask for a B-BBEE certificate (Level 1 to 4) before any quote is opened.",
    ],
    "mprda": [
        "The MPRDA (Act 28 of 2002) vests mineral rights in the state as custodian.",
        "Section 23 of the MPRDA (2002) sets the conditions for a mining right.",
        "The Mineral and Petroleum Resources Development Act, 2002 (MPRDA) changed who owns what lies underground.",
    ],
    "nema": [
        "An environmental authorisation under NEMA (Act 107 of 1998) is needed before the plant is built.",
        "The NEMA (1998) financial provisioning regulations of 2015 still weigh on rehabilitation budgets.",
    ],
    "jorc-samrec": [
        "The resource is reported in accordance with the JORC Code (2012 Edition).",
        "Table 1 of JORC 2012 sets out what a Competent Person must disclose.",
        "The SAMREC Code (2016 Edition) is the JSE's equivalent of JORC.",
        "An Indicated Resource of {n} Mt at {grade} g/t Au (JORC 2012) underpins the study.",
    ],
    "load-shedding": [
        "During Stage {stage} load shedding ({Y2}), the smelter ran at {pct}% of capacity.",
        "Eskom moved to Stage {stage} on {d} February, the worst run since {Y}.",
        "Load shedding (Stages 2 to 6) cost the client about R{n} million in lost production.",
    ],
    "rand-amount": [
        "The campaign budget is R{n} 000 (excl. VAT), roughly {pct}% of last year's spend.",
        "Capex for the project is estimated at R{bn} billion (real {Y2} terms).",
        "Sales of R{n}m (FY{yy}) came mostly from the Bushveld operations.",
    ],
    "aud-amount": [
        "The offtake is worth A${bn} billion over {q} years (AUD, nominal).",
        "Revenue reached AU${n} million in FY{yy}, up {pct}% on the prior year.",
        "Royalties of A${n}m (WA, {Y2}) were paid to the state.",
    ],
    "mine-project": [
        "{MINE} (commissioned {Y}) supplies most of the group's ore.",
        "The {MINE} expansion (Phase {q}, {Y2}) will add {n} jobs.",
        "Production at {MINE} resumed in {Y2} after a {n}-day strike.",
    ],
    "mining-indaba": [
        "We will launch the campaign at Mining Indaba {Y2} in Cape Town.",
        "At Investing in African Mining Indaba ({Y2}), the stand drew {n} qualified leads.",
        "Mining Indaba {Y} was where the CEO first spoke of a just transition.",
    ],
    "diggers-dealers": [
        "Diggers & Dealers {Y2} in Kalgoorlie is the key event for the WA sales team.",
        "The CEO's presentation at Diggers and Dealers ({Y2}) was watched {n} times on YouTube.",
    ],
    "stats-agency": [
        "The Quarterly Labour Force Survey (Q{q} {Y2}) put unemployment at {pct}%.",
        "The ABS (cat. no. 8415.0) counts mining businesses by size.",
        "Stats SA (P2041) reports mining production each month.",
    ],
    "council-body": [
        "The Minerals Council South Africa (formerly the Chamber of Mines) represents {n} members.",
        "The Minerals Council of Australia (MCA) has run the campaign since {Y}.",
        "The national critical minerals list ({Y2} edition) includes {n} commodities.",
    ],
    "tcfd-esg": [
        "The TCFD recommendations (four pillars: governance, strategy, risk management, metrics and targets) structure the climate report.",
        "{B} reports Scope 1 and 2 emissions of {n} kt CO2e (FY{yy}).",
        "Its MSCI ESG rating moved from BBB to A (upgrade announced in Q{q}).",
    ],
    "press-masthead": [
        "The story ran on the front page of BusinessDay on {d} May {Y2}.",
        "Mining Weekly (print edition, {d} June) carried a full-page advert for the range.",
        "A feature in the Australian Financial Review (AFR Weekend) profiled the founder.",
        "Daily Maverick's Our Burning Planet desk covered the spill within hours.",
    ],
    "pwc-mine": [
        "PwC's Mine {Y2} report is titled as a question every year, and the client reads it closely.",
        "The Mine report (published every year since 2004) tracks the top 40 miners by market capitalisation.",
    ],
    "course-name": [
        "This report is submitted for the CIM Level 7 Postgraduate Diploma in Professional Marketing (Unit {q}).",
        "Module: Marketing and Digital Strategy (CIM Level 6), assessment window {Y2}.",
        "This assignment forms part of the GIBS MBA (Strategic Marketing, {Y2} cohort).",
    ],
    "business-school": [
        "The UCT Graduate School of Business (GSB) runs an elective on mining leadership.",
        "At AGSM (UNSW Business School) the case was taught in Term {q}.",
        "My GIBS syndicate group (Group {q}) chose the lithium case.",
    ],
    "section-ref": [
        "See Section {q}.{d} for the segmentation.",
        "As shown in Figure {q} (Appendix {ap}), the buying centre has six roles.",
        "Table {q}.{d} summarises the stakeholder map.",
    ],
    "model-name": [
        "Porter's Five Forces (adapted for commodity markets) frames the analysis.",
        "The PESTLE (Political, Economic, Social, Technological, Legal, Environmental) scan is in Appendix {ap}.",
        "A SOSTAC plan (Situation, Objectives, Strategy, Tactics, Action, Control) follows.",
        "Ansoff's matrix (market development quadrant) points to East Africa.",
    ],
    "brand-product": [
        "The {PRODUCT} range (launched {Y}) is our best-selling line.",
        "Version {q}.{d} of the {PRODUCT} app went live in {Y2}.",
        "The {PRODUCT}® system (patent pending) cuts dust by {pct}%.",
    ],
    "wine-vintage": [
        "The {WINE} {Y} won a gold medal at the Veritas Awards.",
        "Our Chenin Blanc (Swartland, {Y2} vintage) sells at R{n} a bottle.",
        "The estate (est. 1692) released its Cabernet Sauvignon {Y} in magnums.",
    ],
    "export-season": [
        "The {season} citrus export season shipped {n} million cartons.",
        "In the 2023/24 season, table grape exports (mainly to the EU) fell by {pct}%.",
    ],
    "coop-name": [
        "The cooperative (founded {Y}) has {n} member farmers in the Overberg.",
        "Senwes (formerly Sentraal-Wes Koöperasie) is one of the largest agribusinesses in the Free State.",
        "The co-op (Pty) Ltd structure dates from {Y} when it demutualised.",
    ],
    "aboriginal-place": [
        "The project sits on Yindjibarndi Country (Ngurra) in the Pilbara.",
        "We acknowledge the Whadjuk Noongar people, the Traditional Custodians of the land on which this report was written.",
        "Operations near Uluṟu (Ayers Rock) are out of scope.",
    ],
    "native-title": [
        "The Indigenous Land Use Agreement (ILUA) was registered in {Y2}.",
        "Native Title Act 1993 (Cth) negotiations took {q} years.",
        "After Juukan Gorge (May 2020), the industry's approach to heritage changed.",
    ],
    "legislation-short": [
        "The Employment Equity Act (Act 55 of 1998) shapes who we can hire.",
        "POPIA (the Protection of Personal Information Act, 2013) governs the email list.",
        "The Electricity Regulation Amendment Act 2024 opens the grid to private sellers.",
        "The Spam Act 2003 (Cth) applies to every email sent to Australian buyers.",
    ],
    "regulator-case": [
        "The ACCC (case no. {n}/{Y2}) fined the firm for misleading green claims.",
        "The ASA of South Africa ruling (ref. {n}) upheld the complaint.",
        "ASIC's report REP {n} looked at greenwashing in {Y2}.",
    ],
    "linkedin-post": [
        "Our LinkedIn post on the Stage {stage} outage ({n} reactions) did better than any product post.",
        "The CEO's LinkedIn newsletter (Issue {q}, {Y2}) has {n} subscribers.",
    ],
    "youtube-channel": [
        "The drone video on our YouTube channel ({n}k views) shows the pit at sunrise.",
        "A YouTube Short (0:45) of the haul truck test got {n} views in a week.",
    ],
    "date-written": [
        "The board approved the plan on {d} October {Y2}.",
        "Fieldwork ran from {d} August to {d} September {Y2}.",
        "Submission date: {d} November {Y2}.",
    ],
    "financial-year": [
        "FY{yy} (year ended 30 June) results were weaker than H1 suggested.",
        "In H2 FY{yy}, volumes recovered to {n} kt.",
        "The group's financial year runs from 1 March to 28 February (FY{yy}).",
    ],
    "percentage-bracket": [
        "Most respondents ({pct}%) said safety data mattered more than price.",
        "Only a minority ({few} of {n2}) had heard of the brand.",
        "Awareness rose sharply (from {pct}% to {pct2}%) after the campaign.",
    ],
    "survey-sample": [
        "The survey (n = {n}) ran in English and Afrikaans.",
        "Interviews (N={n2}) were held with procurement managers in Gauteng and WA.",
    ],
    "award-name": [
        "{B} won the Nedbank Green Mining Award in {Y}.",
        "The campaign was shortlisted for the Loeries {Y2} and the Effies.",
        "It was named Supplier of the Year (Mining Equipment) at the {Y2} awards dinner.",
    ],
    "standard-code": [
        "The plant is certified to ISO 14001:2015 and ISO 45001:2018.",
        "The mine applies the GISTM (Global Industry Standard on Tailings Management, 2020).",
        "Reporting follows GRI 14: Mining Sector 2024.",
    ],
    "afrikaans-phrase": [
        "The campaign line ‘Boer maak ’n plan’ tested well in the Free State.",
        "Farmers told us, in Afrikaans, that ‘n boer maak altyd ’n plan’ (a farmer always makes a plan).",
    ],
    "isizulu-phrase": [
        "The Durban activation used the line ‘Sikhula Nawe’ (We grow with you).",
        "‘Ubuntu’ (I am because we are) runs through the community programme.",
    ],
    "scheme-name": [
        "The Renewable Energy Independent Power Producer Procurement Programme (REIPPPP) Bid Window {q} closed in {Y2}.",
        "Under the Safeguard Mechanism (reformed July 2023), large emitters must cut emissions.",
        "The Critical Minerals Strategy {Y2}-2030 sets out Australia's priorities.",
    ],
    "job-title": [
        "Interviewee {q} (Head of Procurement, platinum producer) asked not to be named.",
        "Respondent {q} (General Manager, WA gold miner) preferred WhatsApp to email.",
    ],
    "hashtag-handle": [
        "The #MiningIndaba{Y2} hashtag trended for two days.",
        "Follow @{TKA}Ltd for updates (the official handle since {Y}).",
    ],
    "units-grade": [
        "The ore body grades {grade} g/t (4E PGM) over a {q} m reef width.",
        "Spodumene concentrate (SC6, 6% Li2O) sold at US${n} per tonne.",
    ],
}

BRANDS = ["Anglo American", "Sibanye-Stillwater", "Exxaro", "Harmony Gold", "Implats", "Sasol", "Multotec",
          "Bell Equipment", "Master Drilling", "Murray & Roberts", "BHP", "Fortescue", "Pilbara Minerals",
          "Northern Star", "Mineral Resources", "South32", "Orica", "Macmahon", "Perenti", "Distell", "KWV",
          "Spier", "Senwes", "Afrimat", "Hulamin", "Woodside", "Santos", "Zest WEG"]  # fmt: skip

_MINES = ["Mogalakwena", "Venetia", "Kathu", "Grootegeluk", "Mponeng", "Tropicana", "Greenbushes", "Pilgangoora",
          "Olympic Dam", "Cadia", "Kalgoorlie Super Pit", "Sishen", "Two Rivers", "Kolomela", "Boddington"]  # fmt: skip
_PRODUCTS = ["TerraGrip", "AquaSafe", "PitView", "HaulMax", "Sentinel", "VeldPro", "CoreTrack", "DustLok"]
_WINES = ["Kanonkop Paul Sauer", "Meerlust Rubicon", "Vergelegen V", "Mullineux Syrah", "Rustenberg John X Merriman"]
_TICKERS = ["AGL", "SSW", "EXX", "HAR", "IMP", "SOL", "MUR", "BEL", "AFT", "MDI", "GFI", "KIO"]
_ASX = ["BHP", "FMG", "PLS", "NST", "MIN", "S32", "LTR", "IGO", "EVN", "WDS", "ORI", "LYC"]


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    year = rng.randint(1998, 2024)
    return {
        "TK": rng.choice(_TICKERS), "TKA": rng.choice(_ASX), "MINER": rng.choice(BRANDS), "MINE": rng.choice(_MINES),
        "PRODUCT": rng.choice(_PRODUCTS), "WINE": rng.choice(_WINES), "pct": str(rng.randint(3, 78)),
        "pct2": str(rng.randint(40, 95)), "few": str(rng.randint(2, 19)), "n2": str(rng.randint(20, 400)), "bn": f"{rng.randint(1, 40)}.{rng.randint(1, 9)}",
        "yy": f"{rng.randint(19, 25)}", "season": f"{year}/{(year + 1) % 100:02d}", "stage": str(rng.randint(2, 8)),
        "lvl": str(rng.randint(1, 8)), "kp": str(rng.randint(1, 17)), "ap": rng.choice("ABCDE"),
        "grade": f"{rng.randint(1, 9)}.{rng.randint(0, 9)}",
    }  # fmt: skip
