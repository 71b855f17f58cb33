"""The blind156 pool (HELD OUT): the prose of marketers in the Philippines, its diaspora and overseas Filipino workers.

A hundred-and-fifty-sixth independent pool, written without reading the checker, its tests or any other pool, from
how candidates at Philippine banks and fintechs (BDO, BPI, Metrobank, Landbank, UnionBank, Security Bank, GCash,
Maya, GoTyme), telcos (PLDT, Smart, Globe, DITO), conglomerates and retailers (SM, Ayala, JG Summit, San Miguel,
Robinsons, Puregold, 7-Eleven), food and drink makers (Jollibee, Universal Robina, Monde Nissin, Ginebra San Miguel,
Del Monte), airlines (Philippine Airlines, Cebu Pacific, AirAsia), media (ABS-CBN, GMA, TV5, Inquirer, Rappler,
Philstar) and BPO firms, in Manila, Makati, BGC, Quezon City, Pasig, Cebu, Davao, Iloilo, Baguio and Cagayan de Oro,
and OFWs in Dubai, Riyadh, Singapore, Hong Kong, Los Angeles, Toronto and London, write CIM Level 6 and 7 reports
and MBA assignments in English: mostly American spelling, Philippine English ("avail of", "the said brand",
"as of the moment"), Taglish words, pesos as ₱, PHP and P with millions and billions, laws as "Republic Act No.
10173" and "RA 11967", executive orders, BSP and NPC circulars, the -ber months, Simbang Gabi, Holy Week, 11.11
and 12.12, Sinulog and Kadayawan. Its decoys are text that looks like a citation and is not: names with life dates
and tenures, laws, circulars and proclamations with their years and series, festivals and their dates, typhoons,
tickers, SEC and FDA numbers, flights, aircraft, products and their prices, awards, hashtags, TV shows, places,
interviewees, survey sizes and codes.

HELD OUT: nobody tunes the checker on it until its first tables have been read; report its tables, never its misses.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Jollibee", "GCash", "Maya", "BDO", "BPI", "Metrobank", "UnionBank", "Security Bank", "Landbank",
          "GoTyme Bank", "Smart", "Globe", "PLDT", "DITO", "SM Supermalls", "Ayala Malls", "Robinsons Supermarket",
          "Puregold", "7-Eleven", "Mang Inasal", "Chowking", "Greenwich", "Red Ribbon", "Max's Restaurant",
          "Universal Robina", "Jack 'n Jill", "C2", "Lucky Me!", "SkyFlakes", "Ginebra San Miguel", "San Miguel Beer",
          "Del Monte Philippines", "Philippine Airlines", "Cebu Pacific", "AirAsia Philippines", "Bench", "Penshoppe",
          "Mercury Drug", "Shopee", "Lazada", "Grab", "foodpanda", "Angkas", "Potato Corner", "Goldilocks",
          "Bo's Coffee", "Coins.ph", "Cebuana Lhuillier", "Palawan Pawnshop", "LBC Express", "ABS-CBN", "GMA Network",
          "Rappler", "Concentrix", "Monde Nissin"]  # fmt: skip

_PEOPLE = ["Ma. Angelica Tan-Reyes", "Jose Ramon \u201cJR\u201d Villanueva", "Atty. Rowena Dizon-Macaraeg",
           "Engr. Paolo Santos III", "Dr. Lourdes Bautista", "Hon. Teodoro Lapid Jr.", "Kristine Joy Ocampo",
           "Ramon \u201cMon\u201d de Guzman", "Ms. Cherry Ann delos Reyes", "Fr. Jericho Sta. Maria, SJ",
           "Mark Anthony Uy", "Maria Victoria \u201cBing\u201d Gokongwei-Lim", "Juan Miguel Peñaflor",
           "Sir Dindo Añonuevo", "Ma'am Marivic Cojuangco-Tiu", "Dr. Emmanuel Sy Sr.", "Rhea Mae Dela Paz"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn from the builder's random source after the common ones."""
    amount = rng.randint(2, 950)
    return {
        "ph": rng.choice(_PEOPLE),
        "ct": rng.choice(["Manila", "Makati", "BGC", "Quezon City", "Pasig", "Cebu City", "Davao City", "Iloilo City",
                          "Baguio", "Cagayan de Oro", "Taguig", "Mandaluyong", "Bacolod", "General Santos"]),
        "ab": rng.choice(["Dubai", "Riyadh", "Singapore", "Hong Kong", "Los Angeles", "Toronto", "London", "Doha",
                          "Jeddah", "Abu Dhabi", "Milan", "Sydney"]),
        "pz": rng.choice([f"₱{amount} million", f"PHP {amount} million", f"P{amount}M", f"₱{amount / 100:.1f} billion",
                          f"PHP {amount / 10:.1f}B", f"P{amount},000", f"₱{amount}k", f"Php {amount}.00"]),
        "fz": rng.choice(["Sinulog", "Kadayawan", "Dinagyang", "Panagbenga", "MassKara", "Pahiyas", "Ati-Atihan",
                          "Pintados-Kasadyaan", "Higantes"]),
        "tk": rng.choice(["JFC", "GLO", "TEL", "URC", "SM", "AC", "ALI", "JGS", "SMC", "RRHI", "PGOLD", "MONDE",
                          "BDO", "BPI", "MBT", "CEB", "PAL", "SEVN", "GSMI", "DITO"]),
        "fl": rng.choice(["PR 102", "PR 658", "5J 560", "5J 241", "Z2 782", "PR 300", "5J 13", "PR 2814"]),
        "yr": str(rng.randint(2016, 2025)),
        "mo": rng.choice(["September", "October", "November", "December", "January", "March", "April", "June", "August"]),
        "hs": rng.choice(["#PaskoNaSaJollibee", "#BidaAngSaya", "#GCashPadala", "#LoveThePhilippines", "#SulitSaSmart",
                          "#1212PayDaySale", "#SinulogSaSugbo", "#AtinAngPasko", "#GoGlobe", "#MayaMoYan"]),
        "bk": rng.choice(["GCash", "Maya", "BDO", "BPI", "Landbank", "UnionBank", "GoTyme", "Metrobank", "ShopeePay"]),
        "tc": rng.choice(["Smart", "Globe", "DITO", "TNT", "TM", "PLDT Home"]),
        "ml": rng.choice(["SM Megamall", "SM Mall of Asia", "Glorietta", "Greenbelt", "Ayala Center Cebu",
                          "Robinsons Galleria", "SM Lanang Premier", "Abreeza", "Uptown Mall", "SM City Iloilo"]),
        "un": rng.choice(["UP Diliman", "Ateneo de Manila", "De La Salle University", "UST", "the AIM", "UP Cebu",
                          "Ateneo de Davao", "Silliman", "Mapúa", "PUP"]),
        "it": rng.choice(["Chickenjoy", "Pancit Canton", "C2 Green Tea", "SkyFlakes", "Yumburger", "Ginebra Gin Bilog",
                          "Red Horse", "Ensaymada", "Spaghetti", "Halo-Halo", "Chippy", "Piattos"]),
        "pc": str(rng.randint(3, 89)),
        "dd": str(rng.randint(1, 28)),
        "k": str(rng.randint(2, 9)),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, especially among {A} in {ct}.",
    "{N} posits that {C}, which is very relevant for {B}.", "{N} emphasized that {C}.",
    "{N} concluded that {C}; the said study covered {n} respondents in Metro Manila.",
    "{N} noted that {C}, although most respondents were from NCR.", "{N} observed that {C} during the -ber months.",
    "{N} reported that {C} among OFW households in {ab}.", "{N} claims that {C}.",
    "{N} explained that {C} and that {C2}.", "{N} also mentioned that {C}.", "{N} pointed out that {C}.",
    "{N} stressed that {C}, a point {B} should take note of.", "{N} found that, as of {yr}, {C}.",
    "{N} discussed how {C}.", "{N} recommends that brands like {B} make sure that {C}.",
    "{N} challenged the view that {C}.", "{N} highlighted that {C} in the Visayas and Mindanao as well.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "{O}, {N} found that {C}.", "In the Philippine setting, {N} showed that {C}.",
    "This is supported by {N}, who found that {C}.", "{C}, as pointed out by {N}.", "{C} – a view shared by {N}.",
    "Based on the study of {N}, {C}.", "As discussed by {N}, {C}.", "A survey by {N} revealed that {C}.",
    "For {B}, the findings of {N} mean that {C}.", "{C}; however, {N} found the opposite among {A}.",
    "In a study of sari-sari stores in {ct}, {N} found that {C}.", "Data from {N} show that {C}.",
    "Similar to {B}, the firms studied by {N} saw that {C}.", "It can be argued, following {N}, that {C}.",
    "As {N} put it, {C}.", "{C}, according to {N}.", "In their research on OFWs in {ab}, {N} noted that {C}.",
    "This echoes {N}, where it was found that {C}.", "{B}'s experience is in line with {N}: {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study revealed that {C}.", "Using {N} framework, it can be seen that {C}.",
    "{O}, {N} findings suggest that {C}.", "{B} could adopt {N} model since {C}.",
    "Based on {N} survey, {C}.", "{N} research is useful here because {C}.",
    "This reflects {N} argument that {C}.", "{N} report on the -ber months showed that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Studies show that {C} {P}.", "For {A}, {C} {P}.",
    "This matters for {B} because {C} {P}.", "In the Philippines, {C} {P}.", "{C}, especially outside Metro Manila {P}.",
    "It is often said that {C} {P:see}.", "Several local studies report that {C} {P:e.g.}.",
    "{C} (see Figure {q}) {P}.", "{B}'s numbers suggest that {C} {P}.", "To sum up, {C} {P}.",
    "{C}, which is why {B} spends heavily during the -ber months {P}.", "Simply put, {C} {P}.",
    "Among OFW families, {C} {P}.", "{C}. {P}", "{C} {P:cf.}.", "{C}, as seen in {ct} and in the provinces {P}.",
    "The key takeaway for {B} is that {C} {P}.", "The main drivers are price, convenience and trust {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{B} has seen that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.", "Since {C} {P}, {B} should ensure that {C2}.", "Some authors {P:e.g.} argue that {C}.",
    "{C} {P}: this means that {C2}.", "Local studies {P} agree that {C}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} in the provinces still prefer cash-on-delivery to e-wallets", "e-wallets like {bk} have overtaken cards for small payments",
    "the -ber months account for most of the year's retail sales", "Filipino consumers are highly brand loyal once trust is earned",
    "Taglish copy performs better than pure English among {A}", "influencer endorsements drive purchase intent among Gen Z Filipinos",
    "OFW remittances fund a large share of household spending", "sachet packaging makes premium brands affordable to the masses",
    "{T} raises {R} among {A}", "prepaid loads remain the norm for most mobile subscribers",
    "the sari-sari store is still the main route to market for FMCG brands", "{B} relies on {T} more than its rivals do",
    "trust in banks rises when they are present in malls and barangays", "live selling on Facebook drives impulse buying",
    "Filipinos spend more time on social media than almost any other nation", "{A} respond better to humour and hugot than to hard selling",
    "data privacy concerns have grown since the SIM registration law", "free shipping matters more than discounts during 11.11 and 12.12",
    "family-oriented storytelling builds emotional attachment to brands like {B}", "brands that ignore the regions lose share to local players",
    "the cost of delivery outside Luzon limits e-commerce growth", "loyalty points schemes work best when they can be used in malls",
    "{B} could {bs} to reach {A}", "around {pc}% of {A} have used buy now, pay later at least once",
    "spending on {T} has risen every year since {Y}", "nostalgia is a powerful driver for the diaspora in {ab}",
]  # fmt: skip
OPENERS = [
    "Moreover", "Furthermore", "In addition", "On the other hand", "For instance", "In the Philippines",
    "As of the moment", "For {B}'s marketing team", "Since the pandemic", "In the case of {B}", "Meanwhile",
    "Nevertheless", "Consequently", "Outside Metro Manila", "Among OFWs", "During the -ber months", "Overall",
    "In terms of digital channels", "Interestingly", "Given this",
]  # fmt: skip
PLAIN = [
    "{B} was founded in the Philippines and now operates in {k} countries.",
    "This section analyzes the current digital marketing mix of {B} and gives recommendations.",
    "The table below summarizes the key performance indicators for each channel.",
    "{B}'s Facebook page has over {n}k followers, but engagement is low outside NCR.",
    "The recommendations are costed in Philippine pesos and phased over twelve months.", "{O}, {C}.",
    "Customers can pay via {bk}, credit card or cash on delivery, and returns are free within seven days.",
    "A SWOT analysis of {B} can be found in the appendix.",
    "The main competitors are {B} and two smaller homegrown players.",
    "Task 2 builds on this by proposing a content calendar for the -ber months.",
    "The writer has worked in the marketing department of a bank in {ct} for six years.",
    "For this assignment, the said company will be referred to as {B}.",
    "Primary research was done through an online survey and three focus group discussions.",
    "Most of the team works on a hybrid set-up, with two days a week in the office in {ct}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one marketing textbook puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{N} wrote that {Q}.", "{B} seems to agree that {Q} {P}.", "One local study concluded that {Q} {P}.",
    "According to {N}, {Q}.", "Marketers are reminded that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["\u201csulit\u201d", "\u2018suki\u2019", "\u201ckilig\u201d", '"hugot"', "\u201cbayanihan\u201d",
                "\u2018tingi\u2019", "\u201cpadala\u201d", '"pasalubong"', "\u201cPinoy pride\u201d", "\u2018lodi\u2019",
                "\u201cutang na loob\u201d", '"balikbayan"', "\u201csari-sari\u201d", "'walang forever'",
                "\u201cbudol\u201d", "\u201cpabebe\u201d"]  # fmt: skip
SCARE_FRAMES = [
    "{B} has built its whole promise around being {Q} {P}.", "Many younger shoppers admit to being {Q} during payday sales {P}.",
    "The so-called {Q} culture is a concern for {B} {P}.", "This trend, often called {Q}, affects {A} the most {P}.",
    "The word {Q} is used loosely by brands {P}.", "{N} describes this as {Q}, and {B} is no exception.",
    "Critics call this {Q} marketing, and {B} is not immune {P}.",
]  # fmt: skip
SUBJECT_LINES = ["\u201cSulit deals this 12.12!\u201d", "\u2018Pasko na, Suki! Enjoy \u20b1200 off\u2019",
                 '"Your padala has arrived"', "\u201cLibreng shipping ngayong 9.9\u201d",
                 "\u201cHi Ma'am/Sir, your {tc} bill is ready\u201d", '"Last na \'to! 11.11 ends tonight"',
                 "\u201cReady na ang Noche Buena mo?\u201d", "\u2018Your {bk} cash-in was successful\u2019",
                 '"Payday na! Treat yourself with {it}"', "\u201cWe miss you, ka-{B}!\u201d"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line like {Q} can lift open rates {P}.", "{B} sent {Q} to lapsed users {P}.",
    "Short Taglish copy ({Q}, for example) works well with {A} {P}.", "Push notifications like {Q} create urgency {P}.",
    "The SMS {Q} had the highest click-through of the quarter {P}.", "{N} tested {Q} against a plain English version.",
]  # fmt: skip

NOT_CITATIONS: dict[str, list[str]] = {
    "republic-act": [
        "Republic Act No. 10173 (the Data Privacy Act of 2012) requires {B} to get consent before sending promos.",
        "Under Republic Act No. 7394 (the Consumer Act of the Philippines, 1992), misleading sales promotions are prohibited.",
        "The Internet Transactions Act of 2023 (Republic Act No. 11967) now covers online sellers like {B}.",
    ],
    "ra-short": [
        "Compliance with RA 10173 (2012) is handled by the DPO of {B}.",
        "Since RA 11934 (2022), every {tc} SIM must be registered.",
        "RA 11765 (2022) protects users of {bk} and other financial products.",
    ],
    "executive-order": [
        "Executive Order No. 26 (s. 2017) bans smoking in public places, which limits where tobacco brands can activate.",
        "Vape brands must follow Executive Order No. 106, series of 2020.",
        "EO 2 (2016) on freedom of information does not apply to private firms like {B}.",
    ],
    "bsp-circular": [
        "BSP Circular No. 1048 (Series of 2019) sets the rules on financial consumer protection.",
        "Digital banks such as GoTyme were licensed under BSP Circular No. 1105, s. 2020.",
        "The BSP's cap on credit card interest (Circular No. 1098, 2020) affected {bk}'s promos.",
    ],
    "npc-circular": [
        "Breaches must be reported within 72 hours under NPC Circular No. 16-03.",
        "{B} updated its privacy notice after NPC Advisory No. 2020-04 was released.",
        "The NPC issued Circular 2023-06 on security of personal data in {yr}.",
    ],
    "proclamation-holiday": [
        "The government declared a special non-working day (Proclamation No. {n}, s. {yr}), so malls were packed.",
        "Black Saturday is a special non-working holiday under Proclamation No. 90, s. 2022.",
        "Sales spiked on Ninoy Aquino Day (21 August), a special non-working day.",
    ],
    "regulator-founded": [
        "The Bangko Sentral ng Pilipinas (established 1993) regulates banks and e-money issuers.",
        "The National Privacy Commission (NPC, created in 2016) enforces the Data Privacy Act.",
        "The Ad Standards Council (ASC, since 2008) screens all TV and radio ads before airing.",
    ],
    "agency-acronyms": [
        "Permits came from the DTI, the SEC and the BIR before the promo could run.",
        "All promos need a DTI permit number (DTI Fair Trade Permit No. FTEB-{n} Series of {yr}).",
        "The FDA, DICT and NTC all have a say in how telcos like {tc} advertise.",
    ],
    "peso-figures": [
        "{B}'s marketing budget was {pz} ({yr}).", "Net income reached {pz} in {yr}, up {pc}% year on year.",
        "Average basket size during the payday sale was {pz} (vs. P{n} on normal days).",
    ],
    "exchange-rate": [
        "All figures were converted at the {yr} average rate (₱5{q}.{q}0 = US$1).",
        "A domestic helper in Hong Kong earns the minimum allowable wage (HK$4,990 a month from September 2024).",
        "The pricing plan assumes PHP 56 to the dollar (BSP reference rate, {dd} {mo} {yr}).",
    ],
    "remittances": [
        "Cash remittances reached a record US$3{q}.{q} billion ({yr}).",
        "OFW remittances are equal to around {k}% of GDP (full-year {yr}).",
        "December is the peak month for padala (up {pc}% vs. November).",
    ],
    "ber-months": [
        "Christmas campaigns start in September, the first of the -ber months.",
        "{B}'s Christmas ad dropped on 1 September ({yr}), as is the custom.",
        "Jose Mari Chan memes flood social media every September 1.",
    ],
    "simbang-gabi": [
        "Simbang Gabi (16–24 December) brings huge foot traffic to stores near churches.",
        "Bibingka and puto bumbong stalls outside churches peak during Simbang Gabi (nine dawn Masses).",
        "{B} opened early for the Misa de Gallo crowd (4:00 a.m., {dd} December).",
    ],
    "holy-week": [
        "Holy Week (Palm Sunday to Easter Sunday, {yr}) is a slow period for most brands but a peak for airlines.",
        "TV networks go off air on Good Friday and Black Saturday (Holy Week).",
        "Visita Iglesia (seven churches on Maundy Thursday) is a tradition {B} tapped into.",
    ],
    "double-date-sales": [
        "The 11.11 and 12.12 sales on Shopee and Lazada are now bigger than Black Friday in the Philippines.",
        "{B} joined the 9.9 Super Shopping Day ({yr}) with free shipping.",
        "Sales on payday (15th and 30th) are always higher than mid-month.",
    ],
    "festival-dates": [
        "The {fz} Festival (every {mo}) draws tourists to {ct}.",
        "Sinulog (third Sunday of January) is Cebu's biggest event for brands.",
        "Kadayawan (August, Davao City) celebrates the harvest, and {B} sponsors the floats.",
    ],
    "typhoon": [
        "Typhoon Odette (international name Rai, December 2021) disrupted deliveries across the Visayas.",
        "After Super Typhoon Yolanda (Haiyan, 2013), many brands shifted to relief messaging.",
        "Stores in {ct} closed when Typhoon Carina (July 2024) hit Luzon.",
    ],
    "quarantine": [
        "During the enhanced community quarantine (ECQ, March–May 2020), only essential stores were open.",
        "{B}'s sales dropped under GCQ and MECQ in {ct} (2020–2021).",
        "Alert Level 1 (March 2022) meant malls could open at full capacity.",
    ],
    "life-dates": [
        "Henry Sy Sr. (1924–2019) opened the first ShoeMart in 1958.",
        "John Gokongwei Jr. (1926–2019) founded Universal Robina in 1954.",
        "The brand still uses the image of its founder, Don {ph} (1931–2010).",
    ],
    "founder-founded": [
        "Jollibee (founded 1978 by Tony Tan Caktiong) now has stores in {ab}.",
        "{B} began as a small ice cream parlor in Cubao (1975).",
        "Cebu Pacific (first flight 1996) pioneered low fares in the country.",
    ],
    "exec-tenure": [
        "{B}'s CMO, {ph} (since {yr}), pushed the brand to TikTok.",
        "{ph} (President and CEO, {Y}–{yr}) led the rebrand.",
        "The current head of marketing, {ph}, joined from {B} in {yr}.",
    ],
    "nickname-person": [
        "The campaign starred Jose Ramon \u201cJR\u201d Villanueva, a former PBA player.",
        "Ramon \u201cMon\u201d de Guzman, the store owner in {ct}, shared his experience in an interview.",
        "Maria Victoria \u201cBing\u201d Gokongwei-Lim is the brand's long-time supplier.",
    ],
    "titled-person": [
        "Atty. Rowena Dizon-Macaraeg, the company's Data Protection Officer, approved the plan.",
        "Engr. Paolo Santos III (IT head) explained the app's new features.",
        "Hon. Teodoro Lapid Jr. attended the store launch in {ct} ({dd} {mo} {yr}).",
    ],
    "endorser": [
        "{B} signed Kapuso actress Bea Manansala as endorser ({yr}).", "Comedian Ate Jing Soriano's ad for {B} (aired {mo} {yr}) went viral.",
        "The brand ambassador, Kapamilya star Gino Alcaraz, appears in all key visuals (2023–2024).",
    ],
    "pse-ticker": [
        "{B} is listed on the Philippine Stock Exchange (PSE: {tk}).",
        "Shares of Jollibee Foods Corp. (PSE: JFC) rose {pc}% after the announcement.",
        "{B}'s parent (PSE: {tk}) reported strong results for FY{yr}.",
    ],
    "sec-registration": [
        "The company is registered with the SEC (Reg. No. CS{yr}{n}).",
        "{B}'s TIN (000-{n}-{k}{q}{k}-000) appears on every official receipt.",
        "Online lenders must show their SEC Certificate of Authority (CA No. {k}{n}).",
    ],
    "fda-registration": [
        "The product's FDA registration (CPR No. FR-{n}) is printed on the pack.",
        "{it} (FDA Reg. No. FR-{k}{n}) was relaunched with less sodium.",
        "Unregistered products were flagged in FDA Advisory No. {yr}-{n}.",
    ],
    "asc-reference": [
        "The ad was cleared by the Ad Standards Council (ASC Ref. No. {yr}-{n}).",
        "The TVC carried its ASC approval code (ASC T{n}N{yr}) in the last frame.",
        "A complaint against the billboard (ASC Case No. {k}-{yr}) was upheld.",
    ],
    "flight-code": [
        "The {ab} route ({fl}) is popular with OFWs going home for Christmas.",
        "Flight {fl} (Manila–{ab}) was used in the \u201cUwian na\u201d campaign.",
        "Cebu Pacific's Manila–Cebu route (5J 560) runs hourly during Sinulog.",
    ],
    "aircraft": [
        "The airline took delivery of its first Airbus A321neo ({yr}).",
        "Philippine Airlines flies the Airbus A350-900 (PR 102) to Los Angeles.",
        "The A330-900neo (459 seats) is used on peak Holy Week routes.",
    ],
    "product-price": [
        "A 1-piece {it} meal costs ₱{n} ({ct}, {yr}).", "{it} (60g) sells for P{k}.50 at sari-sari stores.",
        "The Bucket Treat (8 pcs, ₱{n}) is the best-seller during the -ber months.",
    ],
    "sachet-pack": [
        "Shampoo sachets (10 mL, ₱{k}) are the top seller in sari-sari stores.",
        "The 3-in-1 coffee twin pack (2 × 20g) was made for tingi buyers.",
        "{B} launched a ₱{k} sachet in {yr} to reach C and D households.",
    ],
    "promo-code": [
        "New users get ₱100 off with code BIDABER{yr}.", "The code PASKO{k}00 was redeemed {n} times.",
        "Use promo code 1212SULIT (valid until 12 December {yr}) for free delivery.",
    ],
    "ussd-hotline": [
        "Subscribers can dial *143# on {tc} to check their promos.", "The customer hotline ((02) 8{n}-{n}) runs 24/7.",
        "Text BER{k} to 8080 for the promo (₱{k}0, valid 3 days).",
    ],
    "postal-address": [
        "{B}'s head office is on Ayala Avenue, Makati City 1226.",
        "The flagship store opened at 26th Street, BGC, Taguig 1634 ({yr}).",
        "The new hub is in Barangay Lahug, Cebu City 6000.",
    ],
    "barangay-place": [
        "Fieldwork was done in Barangay San Antonio (Pasig) and Barangay Poblacion (Makati).",
        "Brgy. {n}, Zone {k} in Tondo has more than {n} sari-sari stores.",
        "Most respondents live in District {k} of Quezon City (Commonwealth area).",
    ],
    "diaspora-place": [
        "Jollibee's branch in Woodside, Queens (Little Manila) always has a queue.",
        "OFWs gather at Lucky Plaza (Orchard Road, Singapore) on Sundays.",
        "Domestic workers meet in Statue Square (Central, Hong Kong) on their day off.",
        "Seafood City in Historic Filipinotown (Los Angeles) stocks {it}.",
    ],
    "mall-opened": [
        "{ml} (opened {Y}) is one of the country's biggest malls.",
        "SM Megamall (1991) and SM Mall of Asia (2006) anchor the brand's Metro Manila presence.",
        "The pop-up store in {ml} ({mo} {yr}) sold out on day one.",
    ],
    "store-count": [
        "7-Eleven has over 3,{n} stores nationwide (as of {yr}).",
        "{B} operates {n} branches (NCR: {k}0%, Visayas: {k}%, Mindanao: {k}%).",
        "Puregold opened its {n}th store in {ct} ({mo} {yr}).",
    ],
    "survey-sample": [
        "The online survey had {n} respondents (n = {n}; NCR, Cebu and Davao).",
        "Focus group discussions (FGD 1–{k}) were done in Taglish.",
        "The sample was mostly female (F = {pc}%) and aged 25–34.",
    ],
    "interviewee": [
        "Interviewee {k} (\u201cAte Lorna\u201d, sari-sari store owner, 52) still prefers cash.",
        "Respondent {k} (OFW in {ab}, 38) sends money home through {bk} every payday.",
        "One branch manager (Participant {k}, {ct}) said promos work best on payday.",
    ],
    "socioeconomic-class": [
        "The target market is class C (broad middle) and D households.",
        "ABC households (the top {k}%) account for most credit card holders.",
        "The campaign targets the masa (classes D and E) through sachets and free TV.",
    ],
    "generation-age": [
        "Gen Z (born 1997–2012) make up most of {B}'s TikTok audience.",
        "Millennials (aged 28–43 in {yr}) are the main buyers of condominiums in BGC.",
        "Boomers (born 1946–1964) still trust TV and radio more than social media.",
    ],
    "award": [
        "The campaign won a Gold Anvil ({yr}) from the PRSP.",
        "{B}'s Christmas ad won at the Kidlat Awards ({yr}) and Spikes Asia ({yr}).",
        "The brand received a Tambuli Award ({yr}) for purpose-driven marketing.",
        "The film won a Bronze Lion at Cannes Lions ({yr}).",
    ],
    "campaign-hashtag": [
        "The hashtag {hs} trended for two days in {mo} {yr}.",
        "User content tagged {hs} reached {n}k views ({mo} {yr}).",
        "{B}'s TikTok challenge ({hs}) had over {n} entries.",
    ],
    "slogan": [
        "Jollibee's \u201cBida ang saya\u201d (Joy is the star) has been used for decades.",
        "The DOT's \u201cLove the Philippines\u201d (2023) replaced \u201cIt's More Fun in the Philippines\u201d (2012).",
        "{B}'s tagline \u2018Sulit sa bawat sentimo\u2019 (Worth every centavo) appears on all packs.",
    ],
    "tv-show": [
        "{B} placed products in FPJ's Batang Quiapo (2023–present).",
        "Eat Bulaga! (since 1979) is still a key noontime slot for FMCG brands.",
        "It's Showtime (12:00 nn, weekdays) reaches a mass audience.",
    ],
    "franchise-lapse": [
        "ABS-CBN went off free TV after its franchise lapsed (5 May 2020).",
        "GMA's franchise was renewed in 2017 for another 25 years.",
        "TV5 (Channel 5) partnered with ABS-CBN in 2022 for primetime shows.",
    ],
    "election": [
        "Ad rates rose during the campaign period for the May {yr} elections.",
        "Brands paused sensitive ads before the 2022 national elections (9 May 2022).",
        "The barangay and SK elections (October 2023) affected outdoor ad availability.",
    ],
    "sports": [
        "Ginebra's \u201cNever Say Die\u201d spirit (PBA) is central to the gin brand's identity.",
        "{B} sponsored Gilas Pilipinas at the FIBA World Cup (2023).",
        "The PBA Governors' Cup ({yr}) was sponsored by {B}.",
    ],
    "app-rating": [
        "The {bk} app has a rating of 4.{k} stars (Google Play, {mo} {yr}).",
        "{B}'s app dropped to 3.{k} stars (App Store) after the update.",
        "Downloads reached {n}k (Android: {pc}%, iOS: the rest).",
    ],
    "feature-names": [
        "GCash features such as GScore, GCredit and GSave (launched 2020–2021) keep users in the app.",
        "Maya's Maya Savings (up to {k}% p.a.) was a big draw in {yr}.",
        "The QR Ph standard (2019) allows payments across banks and e-wallets.",
    ],
    "ofw-documents": [
        "OFWs need an OEC (Overseas Employment Certificate) before they fly.",
        "The OFW Pass (DMW, 2023) replaced the paper OEC.",
        "The iDOLE card (launched 2017) was meant to give OFWs a single ID.",
    ],
    "school-year": [
        "Back-to-school promos now run in July because SY {yr}–{Y2} opened on 29 July.",
        "{B} targets college students (AY {yr}–{Y2}) with free data.",
        "The writer took BSBA Major in Marketing at {un} (Class of {Y}).",
    ],
    "course-code": [
        "This framework was first taught in MKT 121 (Principles of Marketing) at {un}.",
        "The module (MGT 2{k}0) was delivered online during the pandemic.",
        "CIM's Level 6 unit (Marketing and Digital Strategy) guides this report.",
    ],
    "standards": [
        "The factory in Laguna is certified to ISO 22000:2018 and PNS/BAFS {k}:{yr}.",
        "The product meets Philippine National Standard PNS {n}:{Y}.",
        "{B}'s stores are LEED Gold (2021) certified.",
    ],
    "time-zone": [
        "Posts go live at 8:00 p.m. (PHT, UTC+8), when engagement peaks.",
        "The flash sale starts at 12:00 m.n. on the 12th (Philippine Standard Time).",
        "OFWs in {ab} watch live selling at night (Manila time minus {k} hours).",
    ],
    "figure-table": [
        "Results are shown in the chart (Figure {q}).", "See Appendix {k} (Table {q}) for the full budget.",
        "The customer journey map (Section 3.{q}) shows the touchpoints.",
    ],
    "jeepney-route": [
        "Ads were placed on jeepneys plying the Cubao–Divisoria route.",
        "The P2P bus (BGC–Alabang, every 15 mins) carries {B}'s ads.",
        "The EDSA Carousel (Route E) passes {ml}.",
    ],
    "covid-aid": [
        "The SAP (Social Amelioration Program, 2020) gave cash aid through e-wallets.",
        "Many first-time e-wallet users signed up for the Bayanihan 1 (RA 11469) cash aid.",
        "4Ps (Pantawid Pamilyang Pilipino Program, since 2008) beneficiaries are a growing market for banks.",
    ],
}  # fmt: skip
