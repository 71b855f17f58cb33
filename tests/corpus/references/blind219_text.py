"""The blind219 pool's prose: marketers at construction firms, architecture practices, engineering consultancies,
building-materials and HVAC manufacturers, proptech start-ups and builders' merchants in the UK, Ireland, the
Nordics and the Gulf writing CIM Level 6 and 7 reports and MBA assignments in English.

Written without reading the checker, its tests or any other pool. Placeholders as in text.py: {N} a narrative
citation, {P} a parenthetical one, {Q} a quotation, {C} and {C2} claims, {B} a brand, {O} an opener; the rest are
filled by ``values``. NOT_CITATIONS holds text a tutor would not expect in the reference list: standards with years
and parts, regulations and approved documents, Plan of Work stages, contract forms, ratings, projects and their
completion years, contract sums, U-values and fire classes, product codes, addresses, awards, post-nominals,
financial years and quarters.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Balfour Beatty", "Kier", "Arup", "Mott MacDonald", "Kingspan", "Travis Perkins", "Velux", "Skanska",
          "Saint-Gobain", "Aldar", "Taylor Wimpey", "Persimmon", "Wickes", "Screwfix", "Toolstation", "Grafton",
          "Sisk", "Laing O'Rourke", "Mace", "Willmott Dixon", "Morgan Sindall", "Ibstock", "Marshalls", "Rockwool",
          "Daikin", "Ideal Heating", "Vaillant", "Emaar", "Nakheel", "NCC", "Peab", "Veidekke", "YIT", "Jewson",
          "Selco", "Chadwicks", "Bouygues UK", "Sweco", "Ramboll", "WSP", "AECOM", "Buro Happold", "Foster + Partners",
          "Zaha Hadid Architects", "Scott Brownrigg", "Topcon", "Procore", "Built ID"]  # fmt: skip

NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although the sample was drawn only from tier-one contractors.",
    "{N} concluded that {C}.", "{N} showed that {C}, which is directly relevant to {B}.",
    "{N} observed that {C}; {B}'s own bid data points the same way.", "{N} highlighted that {C}.",
    "{N} note that {C}, particularly among {A}.", "{N} stresses that {C}.", "{N} contends that {C}.",
    "{N} went further, arguing that {C} and that {C2}.", "{N} explains that {C} (for example, through {T}).",
    "{N} questioned whether {C}.", "{N} reported that {C} across the Nordic markets.",
    "{N} found little evidence that {C}.", "{N} recommends that manufacturers test whether {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} explain, {C}.", "{O}, {N} found that {C}.", "This supports the view of {N} that {C}.",
    "{C}, as {N} point out.", "{B} could learn from {N}, who showed that {C}.", "According to {N}, {C}.",
    "{C}; {N} reached a similar conclusion for the Gulf.", "Work by {N} suggests that {C}.",
    "For {B}, the lesson from {N} is that {C}.", "In a study of UK builders' merchants, {N} found that {C}.",
    "Writing about the Irish market, {N} argued that {C}.", "{O}, research by {N} indicates that {C}.",
    "A similar point is made by {N}, who add that {C}.", "Following {N}, this report assumes that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of specifiers found that {C}.", "{O}, {N} framework explains why {C}.",
    "{N} analysis of tender data suggests that {C}.", "{N} survey of {A} showed that {C}.",
    "Applying {N} model to {B}, it appears that {C}.", "{N} findings imply that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "There is good evidence that {C} {P}.", "It is widely accepted that {C} {P}.",
    "{B} is no exception: {C} {P}.", "{C}, especially for {A} {P}.", "In the Gulf, {C} {P}.",
    "Across the Nordic markets, {C} {P}.", "{C} {P:see}.", "{C} {P:e.g.}.",
    "This matters because {C} {P}.", "{O}, {C} {P}, which {B} has acknowledged in its strategy.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, although {C2}.", "{C} {P}; even so, {C2}.", "{C} {P}, while {C2}.",
    "{O}, {C} {P}, yet {C2}.", "Because {C} {P}, {B} should note that {C2}.",
]  # fmt: skip
CLAIMS = [
    "{B} could use {T} to win more work with {A}", "investment in {T} raises {R} among {A}", "{A} expect suppliers to offer {T}",
    "spending on {T} works best when it is tied to {R}", "smaller manufacturers gain more from {T} than the majors do",
    "{A} rarely switch brands once a product is specified", "using {T} lowers the cost of reaching {A}",
    "{B} relies on {T} more than its competitors do", "{A} reward {T} with {R}",
    "the return on {T} falls once a framework is won", "price is rarely the deciding factor for {A}",
    "most specification decisions are made before a contractor is appointed", "{A} trust suppliers that invest in {T}",
    "relationships matter more than advertising in business-to-business construction markets",
    "trade customers are loyal to the branch rather than the brand", "{A} look for evidence of {R} before they buy",
    "substitution at the value-engineering stage undermines {R}", "too few building product firms invest in {T}",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "Similarly", "At the same time", "By contrast", "More recently",
           "Even so", "In the UK market", "In the case of {B}", "Since the Grenfell fire", "In Ireland",
           "In the Nordic markets", "In the UAE"]  # fmt: skip
PLAIN = [
    "{B} sells through builders' merchants, direct to large contractors and through its own trade app.",
    "The campaign targeted architects, M&E consultants and main contractors over twelve weeks.",
    "{B}'s marketing team has six people and shares an agency with the group.",
    "Most leads come from CPD seminars, trade shows and the specifier website.", "{O}, {C}.",
    "The brief from the board was to grow share of specification in the education and healthcare sectors.",
    "Interviews were held with four architects, three quantity surveyors and two site managers.",
    "Appendix 2 sets out the full stakeholder map for the project.",
    "The rest of this section applies the framework to {B}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one textbook puts it, {Q} {P}.", "Put simply, {Q} {P}.", "{O}, {Q} {P}.",
    "The point is summed up well: {Q} {P}.", "{Q} {P}, and {B} has not yet acted on this.",
    "{N} puts it bluntly: {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["‘fabric first’", "‘golden thread’", "‘race to the bottom’", "‘design and build’", "‘spec break’",
                "‘value engineering’", "‘trusted adviser’", "‘build back better’", "“net zero ready”",
                "“one-stop shop”", "‘single source of truth’", "‘or equivalent’"]  # fmt: skip
SCARE_FRAMES = [
    "Contractors often describe this as {Q} {P}.", "{B} calls its approach {Q} {P}.",
    "The idea of a {Q} is now common in tender documents {P}.", "Manufacturers worry about {Q} at tender stage {P}.",
    "So-called {Q} thinking dominates briefings with clients {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your free CPD: fire safety of façades’", "‘New BIM objects now live for {B} roof windows’",
                 "“Trade prices frozen until March”", "‘Specifier update: Part L changes explained’",
                 "“Join us at Futurebuild”", "‘Your branch, your way: click and collect in 1 hour’"]  # fmt: skip
SUBJECT_FRAMES = [
    "An email headed {Q} had the best open rate of the year {P}.", "The subject line {Q} doubled click-throughs {P}.",
    "{B} sent {Q} to its list of specifiers {P}.", "Subject lines such as {Q} perform well with trade audiences {P}.",
]  # fmt: skip

AUDIENCES = ["architects", "specifiers", "main contractors", "quantity surveyors", "facilities managers",
             "self-builders", "trade customers", "M&E consultants", "housebuilders", "installers",
             "public-sector clients", "developers"]  # fmt: skip
TACTICS = ["CPD seminars", "BIM content", "account-based marketing", "thought leadership", "trade-counter promotions",
           "case studies", "LinkedIn advertising", "specification support", "EPDs", "loyalty schemes", "webinars",
           "site visits", "sample boxes", "digital product passports"]  # fmt: skip
RESULTS = ["specification rates", "trust", "repeat orders", "framework places", "share of wallet", "brand preference",
           "lead quality", "tender win rates", "advocacy", "retention"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use (and its own audiences, tactics and results)."""
    year = rng.randint(2015, 2025)
    return {
        "A": rng.choice(AUDIENCES), "T": rng.choice(TACTICS), "R": rng.choice(RESULTS),
        "bn": f"{rng.randint(1, 9)}.{rng.randint(1, 9)}", "m": str(rng.randint(12, 950)),
        "U": rng.choice(["0.18", "0.15", "0.13", "0.26", "0.11", "1.4", "0.8"]),
        "mm": rng.choice(["100", "120", "150", "80", "50", "200"]),
        "sku": f"{rng.choice(['TP', 'KS', 'VX', 'SG', 'RW', 'BM'])}-{rng.randint(10000, 99999)}",
        "pc": rng.choice(["EC2M 7PY", "M1 3BB", "LS1 4DY", "B5 4BU", "D02 X285", "BT1 5GS", "NN4 7PA", "G2 1DY"]),
        "FY": f"{year - 1}/{str(year)[2:]}", "FYs": str(year)[2:], "Yr": str(year),
        "pct": f"{rng.randint(2, 38)}.{rng.randint(0, 9)}", "st": str(rng.randint(0, 7)),
        "ver": rng.choice(["v4", "v4.1", "v5"]), "epc": rng.choice(["A", "B", "C"]),
        "ph": rng.choice(["1", "2a", "2b"]), "lot": str(rng.randint(1, 9)),
    }  # fmt: skip


NOT_CITATIONS: dict[str, list[str]] = {
    "eurocode": ["Loads were taken from BS EN 1991-1-1:2002 and its UK National Annex.",
                 "The frame was designed to Eurocode 3 (BS EN 1993-1-1:2005) by the engineer."],
    "iso-standard": ["{B} has held ISO 9001:2015 certification since {Yr}.",
                     "The site works under an ISO 14001:2015 environmental management system (certified {Yr})."],
    "iso-19650": ["Information was managed to ISO 19650-2:2018 from Stage 2 onwards.",
                  "Clients increasingly ask for BIM to the UK BIM Framework (ISO 19650-1:2018)."],
    "pas-standard": ["Retrofit installers must now work to PAS 2035:2019 and PAS 2030:2019.",
                     "{B}'s installers are certified under PAS 2035 (2023 update) through TrustMark."],
    "bs-8414": ["The system passed a full-scale BS 8414-2 test in {Yr}.",
                "Cladding has to meet BR 135 when tested to BS 8414 (see Table 2)."],
    "approved-document": ["Approved Document B (2019 edition, incorporating 2020 and 2022 amendments) now bans combustible cladding above 18 m.",
                          "The guidance in Approved Document L (2021 edition) raised the bar for new homes."],
    "part-l": ["The Part L 2021 uplift cut carbon emissions from new homes by around 31%.",
               "Part L (2021) and Part F (2021) came into force in June 2022."],
    "act-year": ["The Building Safety Act 2022 created a new regime for higher-risk buildings.",
                 "Since the Construction (Design and Management) Regulations 2015 (CDM 2015), clients carry more duties."],
    "british-standard": ["Condensation risk was assessed to BS 5250:2021 (Annex D).",
                         "Windows were installed to BS 8213-4:2016 by accredited fitters."],
    "riba-stage": ["Manufacturers should be in the conversation by RIBA Stage {st} (Plan of Work 2020).",
                   "Most products are specified at Stage 4 (Technical Design) of the RIBA Plan of Work 2020."],
    "nec-contract": ["The framework uses NEC4 (2017) Option C target-cost contracts.",
                     "{B} prefers the NEC4 Engineering and Construction Contract (June 2017, amended January 2023)."],
    "jct-contract": ["Smaller jobs were let on JCT 2016 Design and Build terms.",
                     "The subcontract was a JCT Intermediate Building Contract 2016 (IC 2016)."],
    "fidic-contract": ["In the UAE, most large jobs still use the FIDIC Red Book (1999).",
                       "Aldar's contracts follow FIDIC 2017 (the second edition Yellow Book) with particular conditions."],
    "breeam": ["The building achieved BREEAM Outstanding (2018 New Construction) at post-construction stage.",
               "The client asked for BREEAM UK New Construction 2018 rated Excellent."],
    "leed": ["The tower targets LEED {ver} Platinum.", "Gulf clients often ask for LEED (v4.1) Gold and Estidama 3 Pearl."],
    "epc-rating": ["Rented homes may need an EPC rating of C by 2030 (currently E).",
                   "The retrofit moved the house from EPC band E to band {epc}."],
    "bim-level": ["The practice has worked at BIM Level 2 since 2016.", "{B} claims full BIM Level 2 (now ISO 19650) compliance."],
    "project-year": ["The Shard (2012) remains the best-known Mace project in London.",
                     "Burj Khalifa (2010) changed how the world saw Dubai's builders."],
    "crossrail": ["Crossrail, now the Elizabeth line (2022), opened three and a half years late.",
                  "The Elizabeth line opened in May 2022 at a cost of around £19bn."],
    "hs2-phase": ["HS2 Phase 1 (London to Birmingham) is now due between 2029 and 2033.",
                  "Phase 2a of HS2 was cancelled in October 2023."],
    "gulf-project": ["Yas Island (2009) and Saadiyat Island are Aldar's flagship developments.",
                     "NEOM (announced 2017) has reshaped demand for consultants across the Gulf."],
    "nordic-project": ["Sara Kulturhus in Skellefteå (2021) is one of the world's tallest timber buildings.",
                       "Mjøstårnet (2019) in Brumunddal showed what glulam can do at height."],
    "contract-sum": ["{B} won the £{bn}bn framework in {Yr}.", "The main contract was valued at £{m}m (excluding VAT)."],
    "aed-value": ["The master plan is worth AED {bn} billion over ten years.",
                  "Aldar awarded contracts worth AED {m} million in Q{q} {Yr}."],
    "sek-eur-value": ["Skanska's order backlog stood at SEK {m} billion at year end.",
                      "The Irish scheme is worth €{m}m (ex. VAT) over four years."],
    "u-value": ["The wall achieves a U-value of {U} W/m²K with {mm} mm PIR board.",
                "Roof windows now reach Uw = {U} W/m²K (triple glazed)."],
    "fire-class": ["Only products classed A2-s1,d0 or better may be used on relevant buildings.",
                   "The board is Euroclass B-s1,d0 to BS EN 13501-1:2018."],
    "product-spec": ["The system uses {mm} mm PIR (lambda 0.022 W/mK) with a 25 mm service void.",
                     "Heat pumps rated SCOP 4.2 (at 35°C flow) are now standard in new homes."],
    "product-code": ["The best-selling line is code {sku} (pack of 10).", "Branches ran out of SKU {sku} in {Yr}."],
    "postcode-address": ["The new branch at Unit 4, Riverside Park, {pc} opened in spring.",
                         "The showroom (22 Bishopsgate, London EC2N 4BQ) hosts monthly CPD."],
    "stirling-prize": ["The practice was shortlisted for the Stirling Prize 2023.",
                       "Winners of the RIBA Stirling Prize 2024 were announced in October."],
    "cn-awards": ["{B} won Contractor of the Year at the Construction News Awards 2024.",
                  "The team was highly commended at the Building Awards 2023 (Housebuilder of the Year)."],
    "post-nominals": ["Interviews included Sarah Ahmed CEng MICE and Tom Price MRICS.",
                      "The practice is led by Eoin Walsh FRIBA, RIBA Chartered Architect."],
    "eur-ing": ["Its technical director, Eur Ing Lars Nilsson (CEng, FIStructE), signed off the design.",
                "Dr Aisha Rahman CEng MCIBSE leads the HVAC team."],
    "financial-year": ["Revenue grew {pct}% in FY{FY}.", "The group's FY{FYs} results (to 31 March) showed margins recovering."],
    "quarter": ["Construction output fell in Q{q} {Yr}.", "New orders recovered in Q{q} ({Yr}) after a weak start."],
    "half-year": ["In H1 {Yr}, merchant volumes fell {pct}%.", "Trading in H2 ({Yr}) was better than expected."],
    "pmi": ["The construction PMI stood at 4{q}.{st} in March {Yr}.", "Housing activity (index 42.1, June {Yr}) was weakest."],
    "figure-table": ["The stakeholder map is shown in Figure {q} (Appendix 3).",
                     "Table {q} compares the four options (scores out of 10)."],
    "sample-size": ["Most architects surveyed agreed (n = {m}).", "The survey of merchants (n = {m}, {Yr}) was run online."],
    "founded": ["Founded in Kingscourt in 1965, the firm now sells in more than 80 countries.",
                "The company began as a family timber yard in 1797."],
    "date-range": ["The group grew through acquisitions ({Y}–{Y2}).", "Housing completions rose every year from 2013 to 2019."],
    "percent-year": ["Around {pct}% of merchant sales were online in {Yr}.", "Cement prices rose 20% (2022) and eased in 2023."],
    "net-zero-target": ["{B} has committed to net zero by 2040 (SBTi validated).",
                        "The Future Homes Standard (2025) will end gas boilers in new homes."],
    "course-code": ["This report answers Task 2 of the CIM Level 7 module (7MMSA).",
                    "The brief follows the CIM Level 6 Diploma unit ‘Digital Strategy’ (2023 syllabus)."],
    "hashtag-handle": ["The campaign ran as #BuildingTheFuture{Yr} on LinkedIn.", "Posts from @SpecifyBetterUK reached 40,000 followers in {Yr}."],
    "cpd-points": ["Each seminar carries one hour of RIBA CPD (core curriculum 2024).",
                   "Members need 20 hours of CPD a year (RICS Rules of Conduct)."],
    "version-software": ["Design teams moved to Revit 2024 and Navisworks in {Yr}.",
                         "The app was rebuilt (version 3.2, {Yr}) for site managers."],
    "ukca-ce": ["Products need UKCA marking (since 1 January 2025 in Great Britain).",
                "Declarations of performance (DoP No. {sku}) must be published for CE-marked goods."],
    "framework-lot": ["The firm holds a place on Lot {lot} of the Crown Commercial Service framework.",
               "The CCS Construction Works framework (RM6267) has six lots."],
}  # fmt: skip
