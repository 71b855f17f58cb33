"""Prose for the eighty-ninth held-out pool, "blind89": frames, claims, brands and decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by an eighty-ninth
hand, without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, trade,
CRM, digital, sponsorship and communications marketers at banks, building societies, insurers and mobile-money
providers, telecoms, breweries and bottlers, supermarket and wholesale chains, agribusiness, sugar, tobacco and
fertiliser firms, mining-supply firms, safari and hotel groups and tourism boards in Lusaka, Kitwe, Ndola, Harare,
Bulawayo, Gaborone, Francistown, Windhoek, Walvis Bay, Lilongwe and Blantyre write: CIM Level 6 and 7 reports and
MBA assignments in English, full of Acts with their numbers and chapters, Statutory Instruments, regulators'
acronyms, kwacha, ZiG, US$, pula and N$ figures, USSD short codes, stock-exchange tickers, Independence, Heroes'
Day, Kuomboka, Oktoberfest, trade-fair, month-end and harvest-season campaigns, quoted slogans in English and in
Bemba, Nyanja, Shona, Ndebele, Setswana, Oshiwambo and Chichewa, and the names of brands with brackets in them.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} argues that {C}, which matters for {B}.",
    "{N} showed that {C} in the Copperbelt and Lusaka alike.",
    "{N} reports that {C}.",
    "{N} notes that {C}, although the sample was urban.",
    "{N} observes that {C} across the region.",
    "{N} makes the case that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In the case of {B}, {N} found that {C}.",
    "As {N} points out, {C}.",
    "This agrees with {N}, who found that {C}.",
    "For {A} in {town}, {N} suggests that {C}.",
    "Writing about the region, {N} concludes that {C}.",
    "A similar point is made by {N}: {C}.",
    "{O} {N} argues that {C}.",
    "The team at {B} could build on {N}, who shows that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {T} shows that {C}.",
    "{N} survey of {A} found that {C}.",
    "Using {N} framework, it is clear that {C}.",
    "{N} findings suggest that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O} {C} {P}.",
    "It is widely accepted that {C} {P}.",
    "Evidence from the region suggests that {C} {P}.",
    "For {B}, this matters because {C} {P}.",
    "Research in {town} shows that {C} {P}.",
    "{C}, especially among {A} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {B} should act on this before the next month-end.",
    "Because {C} {P}, the plan puts {T} first.",
    "{O} {C} {P}, which supports the recommendation in Task 2.",
    "Studies {P} agree that {C}.",
    "While {C} {P}, {B} has been slow to respond.",
]  # fmt: skip
CLAIMS = [
    "mobile-money users in rural areas trust agents more than bank branches",
    "{T} raises {R} among {A}",
    "price remains the main driver of brand choice in mining towns",
    "sponsorship of local football clubs builds {R} faster than billboards",
    "WhatsApp groups spread word of mouth faster than paid media",
    "month-end promotions shift volume but erode margins",
    "{A} respond better to radio in local languages than to English-language press",
    "loyalty cards work only when rewards can be redeemed for airtime or groceries",
    "trust in banks falls when fees on small transfers rise",
    "tourists choose lodges on reviews before they look at price",
    "returnable bottles keep beer affordable for low-income drinkers",
    "smallholder farmers buy fertiliser through co-operatives when credit is tied to the harvest",
    "data bundle pricing shapes how {A} use social media",
    "currency instability pushes retailers to price in US dollars",
    "brand heritage matters more to older customers than to {A}",
    "cross-border shoppers compare prices in pula, rand and kwacha",
    "{T} works best when it is linked to a cause customers already care about",
    "service quality at the counter predicts {R} more than advertising spend",
]  # fmt: skip
OPENERS = [
    "In Zambia,",
    "On the Copperbelt,",
    "Across southern Africa,",
    "In Harare and Bulawayo,",
    "In Botswana's retail sector,",
    "For Namibian tourism,",
    "In Malawi,",
    "Since dollarisation,",
    "In mobile money,",
    "After the pandemic,",
]  # fmt: skip
PLAIN = [
    "The following section applies this to {B}.",
    "Table 2 summarises the options against cost and reach.",
    "This section is based on interviews with store managers in {town}.",
    "The recommendations are costed in local currency and in US dollars.",
    "Each option is scored out of five below.",
    "Customer feedback was collected at branches over two weekends.",
    "The campaign calendar in Appendix B shows the timing.",
    "The analysis below uses the 7Ps.",
]  # fmt: skip
QUOTE_FRAMES = [
    "As one study puts it, {Q} {P}.",
    "{N} puts it plainly: {Q}.",
    "{Q} {P}.",
    "The point is well made: {Q} {P}.",
    "{N} writes that {Q}, which describes {B} well.",
    "According to the literature, {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = [
    "“Mukwai”", "'chibuku culture'", "“tuck-shop economy”", "‘month-end madness’", "“kachasu”", "'Zim dollar mindset'",
    "“borrowed pride”", "‘ka-bundle’", "“ndalama ya foni”", "'shebeen loyalty'", "“ZiG pricing”", "‘kombi marketing’",
]  # fmt: skip
SCARE_FRAMES = [
    "Many customers still think in terms of {Q} {P}.",
    "What some managers call {Q} is real {P}.",
    "{N} describes a {Q} among {A}.",
    "So-called {Q} shapes how people buy {P}.",
]  # fmt: skip
SUBJECT_LINES = [
    "“Your month-end treat is here”", "'Dial *115# and win'", "“Kuomboka weekend: 20% off”",
    "‘Tiyeni tonse!’", "“Pula pula, save more”", "'Back to school with {B}'", "“Heroes' Day bundle: 5GB for K50”",
    "‘Prost! Oktoberfest tickets now live’", "“Mwapoleni mukwai – your statement is ready”",
]  # fmt: skip
SUBJECT_FRAMES = [
    "An SMS such as {Q} fits what the literature recommends {P}.",
    "The subject line {Q} follows the advice on urgency {P}.",
    "{N} would support a message like {Q}.",
    "A WhatsApp broadcast reading {Q} uses the same idea {P}.",
]  # fmt: skip

NOT_CITATIONS = {
    "act-number": [
        "The Data Protection Act No. 3 of 2021 now governs how {B} stores customer phone numbers.",
        "Under the Competition and Consumer Protection Act No. 24 of 2010, promotional prices must be honoured at the till.",
        "Botswana's Data Protection Act, 2018 (Act No. 32 of 2018) took effect in stages.",
    ],
    "chapter-act": [
        "The Cyber and Data Protection Act [Chapter 12:07] requires a licensed data controller.",
        "Sections 14 and 15 of the Consumer Protection Act [Chapter 14:44] cover misleading adverts.",
    ],
    "statutory-instrument": [
        "SI 54 of 2023 changed the rules on bulk SMS sender IDs.",
        "Statutory Instrument {n} of {Y} set new labelling rules for imported spirits.",
        "The ZICTA guidelines (SI {n} of {Y}) were gazetted in March.",
    ],
    "regulator-acronym": [
        "Any short code campaign needs approval from ZICTA (Zambia Information and Communications Technology Authority).",
        "POTRAZ (Postal and Telecommunications Regulatory Authority of Zimbabwe) publishes subscriber figures every quarter.",
        "BOCRA (Botswana Communications Regulatory Authority) and CRAN (Namibia) both regulate tariffs.",
        "MACRA (Malawi Communications Regulatory Authority) fined two operators for unsolicited messages.",
    ],
    "company-suffix": [
        "Shoprite Checkers (Pty) Ltd and Choppies Enterprises Limited compete for the same shoppers in Francistown.",
        "Debswana Diamond Company (Pty) Ltd buys uniforms and boots from local suppliers.",
        "Illovo Sugar (Malawi) plc sells Kabula brown sugar in 1kg and 2kg packs.",
        "Econet Wireless Zimbabwe Limited and its subsidiary Cassava Smartech (Private) Limited run EcoCash.",
    ],
    "stock-ticker": [
        "Zambian Breweries Plc is listed on the Lusaka Securities Exchange (LuSE: ZMBF).",
        "Delta Corporation Limited trades on the Victoria Falls Stock Exchange (VFEX: DLTA.vx).",
        "National Bank of Malawi plc (MSE: NBM) reported a rise in digital transactions.",
    ],
    "ussd-code": [
        "Customers dial *115# (Airtel Money) or *303# (Zanaco Xpress) to check balances.",
        "The campaign asks users to dial *151# and reply YES.",
    ],
    "currency-kwacha": [
        "A crate of Mosi costs about K{n} (ZMW {n}) in Kitwe.",
        "The bundle sells at MWK {n},500 (about US$ 2) in Lilongwe.",
    ],
    "currency-zig": [
        "Prices at OK Mart are shown in ZiG and US$ (US${n} or ZiG {n}0).",
        "Since April {Y} shelf labels have shown both currencies (ZiG and USD).",
    ],
    "currency-pula": [
        "Choppies priced its Christmas hamper at P{n} (BWP {n}.00).",
        "Average spend per visit in Gaborone was P{n} in Q{q} {Y}.",
    ],
    "currency-nd": [
        "A Windhoek Lager six-pack costs N${n} (about R{n}) in Walvis Bay.",
        "Bank Windhoek charges N${d}.50 per cash-out at an agent (2024 tariff).",
    ],
    "independence-day": [
        "Zambia celebrates Independence Day on 24 October ({n} years since 1964).",
        "Namibia's Independence Day (21 March) is the biggest retail weekend of the first quarter.",
        "Malawi's Independence Day (6 July) falls in the cold season.",
    ],
    "heroes-day": [
        "Heroes' Day (second Monday of August) and Unity Day (the Tuesday after) make a long weekend in Zambia.",
        "In Zimbabwe, Heroes' Day and Defence Forces Day (11 and 12 August) close most offices.",
    ],
    "ceremony": [
        "Kuomboka (usually March or April) draws visitors to Mongu and Limulunga.",
        "The Umhlanga (Reed Dance) and the Ncwala ceremony are marketed to regional tourists.",
        "N'cwala (February) in Mutenguleni is sponsored by a telecoms firm every year.",
    ],
    "festival": [
        "Windhoek Oktoberfest (October {Y}) sold out its early-bird tickets in two days.",
        "Lake of Stars (Mangochi, September) is Malawi's best-known music festival.",
        "The Harare International Festival of the Arts (HIFA) returned after a break.",
    ],
    "trade-fair": [
        "The Zambia International Trade Fair (ZITF) in Ndola runs from late June to early July.",
        "{B} took a stand at the Zimbabwe International Trade Fair (Bulawayo, April {Y}).",
        "The Global Expo Botswana (GEB) and the Ongwediva Annual Trade Fair (OATF) are in the plan.",
    ],
    "season-campaign": [
        "The Back-to-School (January) and Easter (March/April) campaigns carry most of the budget.",
        "Harvest season (May to July) is when farmers have cash for inputs and groceries.",
        "Month-end (the 25th to the 2nd) accounts for about {n} transactions per store per hour.",
    ],
    "stats-office": [
        "ZamStats (Zambia Statistics Agency) puts Lusaka's population above three million.",
        "ZimStat's Labour Force Survey (Q{q} {Y}) is used for the sizing in Table 1.",
        "The NSO (National Statistical Office) of Malawi released census tables in {Y}.",
        "The NSA (Namibia Statistics Agency) and Statistics Botswana both publish CPI monthly.",
    ],
    "survey-name": [
        "The FinScope Consumer Survey Zambia {Y} was used for the financial inclusion figures.",
        "Afrobarometer Round 9 (fieldwork {Y}) asked about trust in mobile money.",
        "The Geopoll panel (n = {n}) was weighted by province.",
    ],
    "newspaper-name": [
        "Adverts ran in the Zambia Daily Mail and the Times of Zambia for six weeks.",
        "The Herald and NewsDay (Zimbabwe) both carried the launch.",
        "The campaign used Mmegi, The Botswana Gazette and The Namibian for print.",
        "A full-page advert in The Nation (Malawi) cost MK{n},000.",
    ],
    "radio-station": [
        "Spots ran on Radio Phoenix (89.5 FM) and Hot FM (87.7) in Lusaka.",
        "Star FM (Harare) and Skyz Metro FM (Bulawayo) carried the jingle in Shona and Ndebele.",
    ],
    "brand-with-bracket": [
        "Mosi Lager (375ml returnable) and Castle Lite (330ml can) are the top sellers.",
        "Chibuku Super (2 litre) outsells bottled beer in high-density areas.",
        "Maheu (Super Maheu) is stocked in every Shoprite in Zambia.",
    ],
    "product-size": [
        "The 25kg bag of D Compound (basal dressing) sells at co-operative depots.",
        "Mazoe Orange Crush (2L) is the best-known cordial in Zimbabwe.",
        "Tanganda Tea (100 bags) and Tea Pot (250g) compete on shelf.",
    ],
    "vernacular-slogan": [
        "The Bemba tagline “Ni pa Zanaco” [It's at Zanaco] tested well with older customers.",
        "The Shona slogan 'Tiri pamwe' [We are together] appeared on every billboard.",
        "The Setswana line “Re a go rata” [We love you] was printed on the bags.",
        "The Chichewa jingle ‘Tiyeni tonse’ [Let's go together] ran on radio.",
    ],
    "gloss-bracket": [
        "Many shoppers use kantemba (small shops) rather than supermarkets.",
        "The kombi (minibus) rank outside the mall is the best place for flyers.",
        "Customers buy through a katundu (goods) trader when they cannot reach town.",
    ],
    "year-range": [
        "Mobile-money accounts grew fast over the period ({Y}-{Y2}).",
        "The brand was relaunched twice ({Y} and {Y2}).",
        "The Seventh National Development Plan (2017-2021) put tourism at its centre.",
    ],
    "vision-plan": [
        "Vision 2030 (Zambia) and Vision 2036 (Botswana) both name tourism as a growth sector.",
        "Namibia's Harambee Prosperity Plan II (HPP2) sets targets for SMEs.",
        "Malawi 2063 (MW2063) calls for agricultural commercialisation.",
    ],
    "quarter-figure": [
        "Subscriptions rose by {n} thousand in Q{q} {Y}.",
        "Volumes were down in H1 {Y} (January to June) on the back of power cuts.",
    ],
    "percentage-bracket": [
        "Airtel holds the larger market share ({d}%) in the province.",
        "Repeat purchase rose (from {d}% to {n}%) after the loyalty app launched.",
    ],
    "sponsorship": [
        "The MTN Super League and the Castle Lager Premier Soccer League carry shirt sponsors.",
        "FNB Botswana sponsors the Gaborone Marathon (May {Y}).",
        "The Airtel Money Cup (2nd edition) drew large crowds in Blantyre.",
    ],
    "football-score": [
        "Zanaco FC beat Power Dynamos 2-1 in front of a sponsor's banner.",
        "The Chipolopolo (Zambia) and the Warriors (Zimbabwe) drew 1-1 in the COSAFA Cup.",
    ],
    "course-unit": [
        "This report answers Task 1 (a) and Task 2 (b) of the CIM Level 6 brief.",
        "The module (Level 7, Unit 2) asks for a costed plan.",
        "Word count (excluding appendices): {n}.",
    ],
    "appendix-figure": [
        "The customer journey map is in Appendix C (Figure 4).",
        "See Table 3 (Appendix A) for the full scoring.",
    ],
    "job-title": [
        "The Head of Brand (Zambian Breweries) approved the concept.",
        "Interviews were held with a Branch Manager (Kitwe) and a Trade Marketing Officer (Ndola).",
    ],
    "hotel-lodge": [
        "The Royal Livingstone (Anantara) and The David Livingstone Safari Lodge compete for the same guests.",
        "Chobe Game Lodge (Kasane) markets electric safari boats to European visitors.",
        "Mvuu Lodge (Liwonde National Park) is run by Central African Wilderness Safaris.",
    ],
    "social-handle": [
        "Follow @ZanacoBank and @AirtelZM for the latest offers.",
        "The hashtag #ProudlyZambian trended on X for two days.",
        "The TikTok account @ecocash_zw posted daily during the campaign.",
    ],
    "phone-number": [
        "Customers call the toll-free line (5050) or WhatsApp +260 97 {n} 000.",
        "The call centre (+267 39{d} 1234) is open until 20:00.",
    ],
    "website-address": [
        "Bookings are taken at www.zambiatourism.com and at the lodge.",
        "The promotion's terms are at www.mascom.bw/promotions.",
    ],
    "time-date": [
        "The draw takes place on {d} December at 18:00 (CAT).",
        "Stores open at 07:00 on Saturdays (07:30 on Sundays).",
    ],
    "temperature-weather": [
        "Sales of cold drinks peak in October (the hot season) when it reaches 38°C.",
        "The rainy season (November to March) cuts roads to rural depots.",
    ],
    "copper-price": [
        "When copper prices rose (to US$ {n} a tonne), spending in Kitwe and Chingola followed.",
        "KCM and Mopani (Copperbelt) employ thousands of contract workers.",
    ],
    "tariff-code": [
        "Imported beer falls under HS 2203 (beer made from malt).",
        "The SADC Protocol on Trade (1996) lowers duty on regional goods.",
    ],
    "award-name": [
        "{B} won Bank of the Year (Zambia) at the {Y} Banker Awards.",
        "The campaign was shortlisted for a Loerie (Best African Campaign).",
    ],
    "loyalty-scheme": [
        "Shoprite's Xtra Savings (launched in Zambia in {Y}) works with a phone number.",
        "Choppies' Valued Customer Card (VCC) offers points on every purchase.",
    ],
}

BRANDS = ["Zanaco", "Airtel Zambia", "MTN Zambia", "Zambian Breweries", "Shoprite", "Econet", "EcoCash",
          "Delta Beverages", "CBZ Bank", "OK Zimbabwe", "Innscor", "Simbisa Brands", "Chicken Inn", "Debswana",
          "Mascom", "FNB Botswana", "Choppies", "Sefalana", "MTC Namibia", "Namibia Breweries", "Bank Windhoek",
          "Airtel Malawi", "TNM", "National Bank of Malawi", "Illovo Sugar", "Press Corporation", "Pick n Pay",
          "Hungry Lion", "Orange Botswana", "Standard Chartered Zambia", "Old Mutual Zimbabwe", "Mukuba Mall"]  # fmt: skip

_TOWNS = ["Lusaka", "Kitwe", "Ndola", "Chingola", "Solwezi", "Livingstone", "Harare", "Bulawayo", "Mutare", "Gweru",
          "Gaborone", "Francistown", "Maun", "Windhoek", "Walvis Bay", "Oshakati", "Lilongwe", "Blantyre", "Mzuzu"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    return {"town": rng.choice(_TOWNS)}
