"""Prose for the fifty-fifth held-out pool, "blind55": frames, claims, brands and decoys of maritime marketers.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a fifty-fifth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how commercial, marketing
and communications staff at shipping lines, ship-owning families, port authorities, freight forwarders, logistics
start-ups, terminal operators and maritime insurers in Rotterdam, Antwerp, Piraeus, Athens, Singapore, Dubai (Jebel
Ali) and Hamburg write on CIM Level 6 and 7 courses and MSc Maritime Business programmes: IMO conventions and
resolutions with their numbers and years, the CII and EEXI, the EU ETS for shipping and FuelEU Maritime, Incoterms
2020, TEU figures and port rankings with their years, vessels and classes, the Suez Canal blockage of 2021 and the Red
Sea diversions of 2024, alliances, tickers and fiscal years, UN/LOCODEs, service loops and terminals, trade shows,
interviews and surveys, charter-party forms, freight indices, hashtags and taglines, Greek, Dutch and UAE laws named
in passing. The placeholders are those of documents.py's ``fill`` and ``write_sentence`` and of ``values`` below.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} argued that {C}.",
    "{N} found that {C}, a point the commercial team at {B} would recognise.",
    "{N} showed that {C}, at least for carriers calling at {port}.",
    "{N} claimed that {C}, although the sample was drawn before the Red Sea diversions.",
    "{N} concluded that {C}.",
    "{N} made the case that {C}, which is exactly the problem {B} faces in {city}.",
    "{N} observed that {C}; the same is true of the forwarders I work with in {city}.",
    "{N} reported that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} pointed out, {C}.",
    "For {B}, the lesson from {N} is that {C}.",
    "According to {N}, {C}.",
    "This is close to what {N} described: {C}.",
    "In the {port} case, {N} noted that {C}.",
    "Writing about liner shipping, {N} suggested that {C}.",
    "The evidence from {N} is that {C}, which supports the recommendation in Task 2.",
    "Unlike earlier studies, {N} found that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {port} shows that {C}.",
    "{N} analysis suggests that {C}.",
    "{N} work on shipper loyalty is useful here, because {C}.",
    "Building on {N} framework, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "In the container trades, {C} {P}.",
    "For a port authority such as {B}, {C} {P}.",
    "{O}, {C} {P}.",
    "Put simply, {C} {P}.",
    "Several interviewees said the same, and the literature agrees that {C} {P}.",
    "There is also evidence that {C} {P:see}.",
    "Since {evt}, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, which is why {B} should act before {yr2}.",
    "It is widely accepted that {C} {P}, even if shippers rarely say so.",
    "{O}, {C} {P}, and the {port} figures bear this out.",
    "The view that {C} {P} is shared by the chartering desk at {B}.",
    "Because {C} {P}, the campaign targets cargo owners rather than forwarders.",
    "Evidence that {C} {P} shapes the positioning proposed below.",
]  # fmt: skip
CLAIMS = [
    "shippers buy reliability before they buy price",
    "schedule reliability drives carrier choice more than advertised transit times",
    "port choice depends on hinterland connections as much as on terminal productivity",
    "green corridors only work when cargo owners share the extra fuel cost",
    "freight forwarders rarely invest in brand building until margins fall",
    "liner shipping has become a commodity market in which service bundles are the only differentiator",
    "customer experience in B2B logistics is shaped by the quality of the booking process",
    "carbon reporting is becoming a condition of tender for large cargo owners",
    "family-owned Greek shipping companies rely on relationships rather than formal marketing",
    "transhipment hubs compete on connectivity, not on tariffs",
    "digital platforms have lowered the cost of switching forwarders",
    "port authorities increasingly market themselves to cargo owners rather than to carriers",
    "the surcharges introduced for the EU ETS are poorly understood by smaller shippers",
    "terminal automation improves productivity but weakens the personal relationship with customers",
    "LinkedIn has become the main channel for B2B content in the maritime sector",
    "alliance restructuring makes it harder for carriers to differentiate on network",
    "the longer routes around the Cape of Good Hope absorbed much of the overcapacity in the container fleet",
    "trust between charterers and owners rests on the reputation of the owning family",
    "P&I clubs compete on service and claims handling rather than premiums",
    "sustainability claims in shipping are often vague and risk accusations of greenwashing",
    "small forwarders in {city} win business through responsiveness rather than scale",
    "marine fuel costs account for the largest share of voyage costs",
    "port community systems reduce dwell times and improve the experience of hauliers",
    "price transparency from freight indices has shifted power towards shippers",
]  # fmt: skip
OPENERS = [
    "For carriers on the Asia-North Europe trade",
    "In the Gulf",
    "For a ship-owning family in Piraeus",
    "At a hub such as {port}",
    "In freight forwarding",
    "For {B}",
    "Seen from the terminal gate",
    "In the tanker and dry bulk markets",
    "For marketers in maritime insurance",
    "Since the pandemic",
]  # fmt: skip
PLAIN = [
    "This section applies the framework to {B} and its customers in {city}.",
    "The recommendations below are costed in Appendix C.",
    "I work in the commercial team at {B}, so some of the examples come from my own experience.",
    "Table 3 sets out the main segments and their buying criteria.",
    "The next part turns from the market to the customer.",
    "Three options were considered and one is recommended.",
    "The chartering desk, the customer service team and the sales managers were all interviewed.",
    "The figures in this report are in US dollars unless stated otherwise.",
    "Names of customers have been removed at the company's request.",
    "This is where the marketing plan has to change.",
    "The campaign would run across LinkedIn, email and the trade press.",
    "A short pilot with two key accounts is proposed first.",
]  # fmt: skip
QUOTE_FRAMES = [
    "The wording in {N} is blunt: {Q}.",
    "One line sums up the problem: {Q} {P}.",
    "As {N} puts it, {Q}.",
    "The industry view is that {Q} {P}.",
    "{Q}, according to {N}.",
    "The point is made directly: {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = [
    "‘green’", "“carbon-neutral”", "'asset-light'", "‘end-to-end’", "“integrator”", "'just in time'",
    "‘customer-centric’", "“one-stop shop”", "'future-proof'", "‘zero-emission ready’", "“premium”",
    "'digital-first'",
]  # fmt: skip
SCARE_FRAMES = [
    "Many carriers now describe themselves as {Q} {P}.",
    "The word {Q} appears in almost every carrier's brochure {P}.",
    "{N} doubted that being {Q} means much to a shipper in {city}.",
    "Forwarders that call themselves {Q} are often small brokers {P}.",
]  # fmt: skip
SUBJECT_LINES = [
    "“Your {mo} rate card is ready”", "'Space available: {svc} sailing week {q}'", "‘Red Sea update for customers’",
    "“New weekly service to {port}”", "'Your ETS surcharge explained'", "‘Book now for Chinese New Year’",
    "“Meet us at Posidonia”", "'Cut your CO2 with our green product'",
]  # fmt: skip
SUBJECT_FRAMES = [
    "Emails with subject lines such as {Q} were opened most {P}.",
    "The best-performing LinkedIn post was headed {Q} {P}.",
    "{N} found that mailings like {Q} worked best with small shippers.",
    "A subject line such as {Q} is typical of the sector {P}.",
]  # fmt: skip

# Text that has capitals, years, brackets or quotation marks but cites nothing: a kind each, two or more frames.
NOT_CITATIONS = {
    "marpol-regulation": [
        "Under MARPOL Annex VI (Regulation 14), the global sulphur limit fell from 3.50% to 0.50% on 1 January 2020.",
        "Ships in the North Sea ECA (since 2015) already burn fuel with no more than 0.10% sulphur.",
        "The Mediterranean became an Emission Control Area (Med SOx ECA) on 1 May 2025.",
    ],
    "imo-resolution": [
        "The CII guidelines (MEPC.352(78)) grade ships from A to E every year.",
        "The 2023 IMO GHG Strategy (MEPC.377(80)) aims for net zero by or around 2050.",
    ],
    "imo-session": [
        "The technical rules were agreed at MEPC 76 (June 2021) and took effect at the start of 2023.",
        "Delegates at MEPC 83 (April 2025) approved the Net-Zero Framework, to be adopted in October.",
    ],
    "eu-law": [
        "FuelEU Maritime (Regulation (EU) 2023/1805) applies from 1 January 2025.",
        "Directive (EU) 2023/959 brought shipping into the EU ETS from 2024.",
        "Monitoring is done under the MRV Regulation (EU) 2015/757, in force since 2018.",
    ],
    "ets-phase-in": [
        "Carriers surrender allowances for 40% of 2024 emissions, 70% of 2025 emissions and 100% from 2026.",
        "{B} charged an ETS surcharge of EUR {n} per FEU on Asia-North Europe cargo from January 2024.",
    ],
    "incoterms": [
        "Most of {B}'s buyers in Athens still buy CIF Piraeus (Incoterms 2020) rather than FOB Ningbo.",
        "Under DAP {city} (Incoterms 2020) the seller carries the risk up to the named place.",
        "Moving customers from EXW to FCA, as Incoterms 2020 recommends, was part of the plan.",
    ],
    "teu-throughput": [
        "{port} handled {teu} million TEU in {yr}, its best year so far.",
        "Throughput at Jebel Ali reached 14.5 million TEU (2023), against 14.0 million TEU a year earlier.",
    ],
    "port-ranking": [
        "Rotterdam remains Europe's largest port (ranked first by throughput in {yr}), with Antwerp-Bruges second.",
        "Piraeus fell to fourth place in the Mediterranean in {yr} (after Valencia, Algeciras and Tanger Med).",
    ],
    "cppi-index": [
        "In the CPPI 2023, Yangshan ranked first and Salalah second, with Jebel Ali in the top ten.",
        "The Container Port Performance Index 2022 placed Singapore outside the top twenty.",
    ],
    "vessel-name": [
        "The MV Ever Given (20,124 TEU, built 2018) blocked the canal from 23 to 29 March 2021.",
        "The Laura Maersk (2,100 TEU) made the first methanol-powered container voyage in September 2023.",
        "{vessel} called at {port} on {d} {mo} for the first time.",
    ],
    "vessel-class": [
        "Maersk's Triple-E class (18,270 TEU, first delivered in 2013) changed how ports planned their berths.",
        "The MSC Irina class (24,346 TEU, 2023) is now the largest in service.",
    ],
    "suez-blockage": [
        "The Suez Canal was blocked for six days (23-29 March 2021), holding up some 400 ships.",
        "Rates on the Shanghai-Rotterdam lane doubled in the weeks after the Ever Given grounding (March 2021).",
    ],
    "red-sea": [
        "Since December 2023 most Asia-Europe loops have gone around the Cape of Good Hope, adding 10-14 days.",
        "Transits through the Bab el-Mandeb fell by more than half between November 2023 and February 2024.",
    ],
    "alliance": [
        "The Gemini Cooperation (Maersk and Hapag-Lloyd, from 1 February 2025) replaced the 2M alliance.",
        "THE Alliance (ONE, HMM and Yang Ming) became the Premier Alliance in 2025.",
    ],
    "ticker": [
        "Danaos (NYSE: DAC) and Costamare (NYSE: CMRE) are both Greek-controlled and listed in New York.",
        "A.P. Moller - Maersk A/S trades in Copenhagen (MAERSK B) and Hapag-Lloyd AG in Frankfurt (HLAG).",
    ],
    "financial-period": [
        "EBIT fell to USD 3.9bn in FY2023 (FY2022: USD 30.9bn).",
        "Revenue for H1 {yr2} was USD {n}m, down from the H1 {yr} figure.",
    ],
    "unlocode": [
        "The loop calls at Rotterdam (NLRTM), Hamburg (DEHAM) and Piraeus (GRPIR).",
        "Bookings from {code} to SGSIN rose sharply in Q{q}.",
    ],
    "service-loop": [
        "The {svc} service (weekly, 84-day round voyage) connects Ningbo with Rotterdam.",
        "{B} launched its {svc} loop in {mo} {yr} with six ships of 15,000 TEU.",
    ],
    "terminal": [
        "Maasvlakte II (opened 2013) hosts the automated RWG and APMT MV II terminals.",
        "Tuas Port (Phase 1, opened 2021) will replace the city terminals by the 2040s.",
        "{term} works around the clock, seven days a week.",
    ],
    "trade-show": [
        "We met most prospects at Posidonia 2024 (3-7 June, Athens).",
        "The stand at TOC Europe (Rotterdam, June {yr}) cost less than a single print campaign.",
        "Singapore Maritime Week (SMW {yr}) is the main event in the region.",
    ],
    "award": [
        "{B} won Port of the Year at the Seatrade Maritime Awards Middle East (Dubai, {yr}).",
        "The team was shortlisted for the Greek Shipping Awards 2023 (Dry Cargo Company of the Year).",
    ],
    "job-title": [
        "Captain Eleni Markou (Fleet Manager, 2016-2022) led the switch to the new ERP system.",
        "Sultan Ahmed bin Sulayem (Group Chairman and CEO) led DP World for many years.",
    ],
    "interviewee": [
        "Interviewee C (Commercial Director, Piraeus, March 2024) said price was only the third criterion.",
        "One customer-service manager (R4, Singapore) described the booking portal as “too slow for us”.",
        "Participant 7 (forwarder, Antwerp) admitted changing carrier twice in {yr}.",
    ],
    "survey": [
        "Our shipper survey (n = {n}, May 2024) put reliability first.",
        "In the customer panel (Wave 3, Q{q} {yr}) 62% said they read the monthly newsletter.",
    ],
    "freight-index": [
        "The SCFI (Shanghai Containerized Freight Index) reached 3,733 points on 5 July 2024.",
        "The WCI composite stood at USD {n}0 per FEU in week {q}0 of {yr}.",
        "The Baltic Dry Index (BDI) fell below 1,000 points in February {yr}.",
    ],
    "charter-form": [
        "The ship was fixed on an amended NYPE 2015 form for twelve months.",
        "Dry cargo voyage fixtures still use GENCON 1994 more than GENCON 2022.",
    ],
    "convention": [
        "SOLAS (1974), the MLC (2006) and the BWM Convention (2004, in force 2017) all add to owners' costs.",
        "The Hong Kong Convention (2009) on ship recycling finally entered into force on 26 June 2025.",
    ],
    "family-history": [
        "The firm was founded in Chios in 1887 and moved to Piraeus after the war (1946).",
        "The third generation (the founder's grandchildren) took over the fleet in 2011.",
    ],
    "hashtag": [
        "The campaign ran under #GreenCorridor{yr} and @PortofRotterdam, with posts in English and Greek.",
        "Posts tagged #PoweringTheFuture and #MaritimeDecarbonisation got the most reactions.",
    ],
    "tagline": [
        "Its tagline, “Connecting the world's trade”, appears on every brochure.",
        "The old slogan (‘Reliability Delivered’) was dropped in {yr}.",
    ],
    "campaign-name": [
        "The ‘Sail Green 2025’ campaign targeted cargo owners rather than forwarders.",
        "{B}'s “Open Port Day” (held every September since 2015) attracts local families.",
    ],
    "price": [
        "Spot rates from Shanghai to Rotterdam peaked at USD 8,000/FEU (July 2024).",
        "The bunker price in Singapore was USD {n} per tonne for VLSFO in {mo}.",
        "Berth fees at Khalifa Port are quoted in AED, not USD (AED 1 = USD 0.27).",
    ],
    "weekday-date": [
        "On Tuesday 23 March 2021 the Ever Given ran aground at 07:40 local time.",
        "The new schedule starts on Monday {d} {mo} {yr}.",
    ],
    "assessment-criteria": [
        "This answers AC 2.3 (Task 2, Part b) of the CIM Level 7 brief.",
        "As the brief asks (Task 1, 40 marks), the audit comes first.",
    ],
    "greek-law": [
        "Greek-flag ships are taxed on tonnage under Law 27/1975, not on profits.",
        "The Piraeus concession was extended by Law 4404/2016 when COSCO took its 51% stake.",
    ],
    "uae-decree": [
        "Federal Decree-Law No. 43 of 2023 replaced the UAE Maritime Law of 1981.",
        "Dubai's free zones operate under Law No. 9 of 1992, which set up JAFZA.",
    ],
    "ghg-targets": [
        "The targets are a 20-30% cut by 2030 and 70-80% by 2040 (against 2008).",
        "EEXI (Attained and Required) applied from the first survey after 1 January 2023.",
    ],
    "imo-number": [
        "Ship records list her as IMO 9811000 under the Panama flag.",
        "The sister ship (IMO 9893890) is registered in Singapore.",
    ],
    "dutch-place": [
        "The head office moved from 's-Gravenhage (The Hague) to Rotterdam in {yr}.",
        "Barges from 's-Hertogenbosch and Nijmegen carry boxes to the Maasvlakte in under a day.",
    ],
    "figure-reference": [
        "The segments are shown in Figure 4 (Appendix B).",
        "Table 2 (2019-2024) compares the three carriers' reliability.",
    ],
    "platform-version": [
        "The team uses CargoWise (2024.2 release) and Salesforce Sales Cloud.",
        "TradeLens (2018-2023) closed after carriers declined to join.",
    ],
    "standard": [
        "Emissions are calculated to ISO 14083:2023 and the GLEC Framework (v3.0).",
        "The company holds ISO 9001:2015 and ISO 14001:2015 certificates.",
    ],
    "currency-sgd": [
        "The Maritime and Port Authority set aside S${n} million for the Green Port Programme.",
        "Tuas Phase 1 cost about S$2.4 billion (SGD), according to the press release.",
    ],
    "acronym-list": [
        "Key terms used: TEU (twenty-foot equivalent unit), FEU (forty-foot), BAF (bunker adjustment factor).",
        "Abbreviations: ETA (estimated time of arrival), THC (terminal handling charge), D&D (demurrage and detention).",
    ],
    "crew-rank": [
        "Captain (Capt.) Stylianou and Chief Engineer Ng were both on board during the trial.",
        "The Master (Capt. K. Al Shamsi) reported no delays at the pilot station.",
    ],
}

BRANDS = ["Maersk", "MSC", "Hapag-Lloyd", "CMA CGM", "COSCO Shipping", "ONE", "Evergreen", "DP World", "PSA",
          "Port of Rotterdam", "Port of Antwerp-Bruges", "Piraeus Container Terminal", "Kuehne+Nagel", "DSV",
          "DHL Global Forwarding", "Flexport", "Danaos", "Star Bulk", "Euronav", "Capital Ship Management",
          "Gard", "AD Ports", "Pacific International Lines", "Eimskip", "Van Oord", "Boskalis"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn from the builder's random source."""
    year = rng.randint(2015, 2024)
    return {
        "port": rng.choice(["Rotterdam", "Antwerp-Bruges", "Piraeus", "Singapore", "Jebel Ali", "Hamburg", "Tuas", "Khalifa Port"]),
        "city": rng.choice(["Rotterdam", "Antwerp", "Athens", "Piraeus", "Singapore", "Dubai", "Hamburg", "Abu Dhabi"]),
        "vessel": rng.choice(["The MV Ever Ace", "The Maersk Mc-Kinney Møller", "The MSC Tessa", "The CMA CGM Jacques Saade", "The Ane Maersk", "The HMM Algeciras"]),
        "teu": rng.choice(["13.4", "14.5", "39.0", "37.3", "12.5", "8.3", "5.1", "7.7"]),
        "yr": str(year), "yr2": str(year + 1),
        "mo": rng.choice(["January", "March", "April", "June", "September", "October", "November"]),
        "code": rng.choice(["NLRTM", "BEANR", "GRPIR", "AEJEA", "DEHAM", "CNNGB"]),
        "svc": rng.choice(["AE7", "FAL1", "AE55", "MEX1", "Lion", "AEX", "Swan"]),
        "term": rng.choice(["ECT Delta", "Rotterdam World Gateway", "Pasir Panjang Terminal 6", "Terminal 4 at Jebel Ali", "CTA Altenwerder", "Piraeus Container Terminal (Pier II)"]),
        "evt": rng.choice(["IMO 2020", "the Ever Given grounding", "the Red Sea crisis", "the pandemic", "the start of the EU ETS"]),
    }  # fmt: skip
