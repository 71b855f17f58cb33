"""Frames, claims, brands and decoys of the hundred-and-thirty-third independent pool, "blind133" (HELD OUT).

Written without reading the checker, its tests or any other pool, from how marketers in Zambia, Zimbabwe and Malawi
and their diaspora (Lusaka, Ndola, Kitwe, Livingstone, Harare, Bulawayo, Mutare, Lilongwe, Blantyre, Mzuzu;
Johannesburg, London, Leicester, Dallas) write CIM Level 6 and 7 reports and MBA assignments: banks and microfinance,
mobile money (Airtel Money, MTN MoMo, EcoCash, OneMoney, TNM Mpamba), breweries and bottlers, maize, tobacco, tea,
sugar and copper, supermarkets (Shoprite, OK Zimbabwe, Chipiku), insurers, airlines, media houses and agencies.
Its decoys are what such reports hold that looks like a citation and is not: Statutory Instruments and Acts by
number and chapter, central-bank circulars and directives, kwacha, ZiG, RTGS and US dollar figures, USSD codes,
tickers on the LuSE, ZSE, VFEX and MSE, Independence and Heroes Days, Kuomboka, Ncwala, Umhlangano and Chilembwe
Day, totems, founders, chiefs and footballers with their years, interview participants, awards, streets and stands.

HELD OUT: nobody tunes the checker on it until its first tables have been read.
"""

from __future__ import annotations

import random

BRANDS = ["Airtel Money", "MTN MoMo", "EcoCash", "OneMoney", "TNM Mpamba", "Zanaco", "Stanbic Bank Zambia", "CBZ",
          "FBC Bank", "Steward Bank", "National Bank of Malawi", "FDH Bank", "NMB", "Zambian Breweries", "Mosi Lager",
          "Chibuku", "Castle Lager", "Delta Beverages", "Southern Bottlers", "Castel Malawi", "Zambeef",
          "Zambia Sugar", "Illovo Malawi", "Seed Co", "National Milling", "OK Zimbabwe", "Shoprite",
          "Pick n Pay Zimbabwe", "Chipiku Plus", "TM Supermarkets", "Proflight Zambia", "Air Zimbabwe",
          "Malawian Airlines", "Madison Insurance", "Old Mutual Zimbabwe", "NICO", "Zimnat", "Econet", "NetOne",
          "Zamtel", "TNM", "Airtel Malawi", "Innscor", "Simbisa Brands", "Hungry Lion", "Mukuba Mall", "Dairibord",
          "Mazoe", "Lobels Bread", "Trade Kings", "Nando's Lusaka", "Sanachi", "Yumbo"]  # fmt: skip

NARRATIVE_START = [
    "{N} argue that {C}.",
    "{N} found that {C}, especially among {A} in {city}.",
    "{N} observed that {C}.",
    "{N} posits that {C}.",
    "{N} contends that {C}, which is very relevant to {B}.",
    "{N} established that {C}.",
    "{N} asserts that {C}; this is true of {B} as well.",
    "{N} concluded that {C} in the Zambian context.",
    "{N} notes that {C}.",
    "{N} alluded to the fact that {C}.",
    "{N} further states that {C}.",
    "{N} is of the view that {C}.",
    "{N} brings out the point that {C}.",
    "{N} reported that {C} in both Harare and Bulawayo.",
    "{N} observes that, in a dollarised economy, {C}.",
    "{N} agree that {C}, although their sample was drawn from {city} only.",
    "{N} in their study of Malawian banks found that {C}.",
]
NARRATIVE_MID = [
    "According to {N}, {C}.",
    "{O}, {N} found that {C}.",
    "This is in line with {N}, who found that {C}.",
    "{C}, as observed by {N}.",
    "In the words of {N}, {C}.",
    "As alluded to by {N}, {C}.",
    "{C}; this was also echoed by {N}.",
    "A study by {N} in {city} revealed that {C}.",
    "Research conducted by {N} shows that {C}.",
    "It is worth noting, as {N} did, that {C}.",
    "{B} can learn from {N}, who established that {C}.",
    "In support of this, {N} noted that {C}.",
    "{C}, a view supported by {N}.",
    "Writing on the Copperbelt, {N} showed that {C}.",
    "The findings of {N} reveal that {C}.",
    "Contrary to {N}, who argued that {C}, {B} has seen the opposite.",
    "In Malawi, {N} noted that {C}.",
    "For {A}, {N} observed that {C}.",
]
POSSESSIVE = [
    "{N} study revealed that {C}.",
    "{O}, {N} findings suggest that {C}.",
    "Applying {N} model to {B}, it is clear that {C}.",
    "{N} survey of {n} traders in {city} showed that {C}.",
    "{N} argument is that {C}.",
    "This confirms {N} view that {C}.",
    "{N} report on the sector notes that {C}.",
    "Using {N} framework, {B} can see that {C}.",
]
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "Studies have shown that {C} {P}.",
    "{C}, particularly in peri-urban areas such as Chilenje and Kanyama {P}.",
    "It has been argued that {C} {P}.",
    "{B} is no exception since {C} {P}.",
    "In Zimbabwe's multi-currency environment, {C} {P}.",
    "This is critical because {C} {P}.",
    "{C} {P:see}.",
    "Literature suggests that {C} {P:cf.}.",
    "{C}, for example among {A} {P:e.g.}.",
    "Mobile money has become the default way to pay school fees, ZESA tokens and groceries {P}.",
    "{C} (see Table {q}) {P}.",
    "In short, {C} {P}.",
    "Evidence from the region indicates that {C} {P}.",
    "{C}, as the {sector} sector has shown {P}.",
    "For {A}, {C} {P}.",
    "The key point for {B} is that {C} {P}.",
    "{C}. {P}",
    "{C} {P:see also}.",
]
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{C} {P}; however, {C2}.",
    "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.",
    "{C} {P} whereas {C2}.",
    "{O}, {C} {P}, hence {C2}.",
    "Because {C} {P}, {B} must ensure that {C2}.",
    "Several scholars {P} agree that {C}.",
    "The benefits include convenience, lower costs {P} and the fact that {C}.",
    "{C} {P:see}, meaning that {C2}.",
]
CLAIMS = [
    "mobile money has overtaken bank accounts as the main financial service for {A}",
    "{A} switch networks quickly when data bundles become expensive",
    "trust in local currency falls every time the exchange rate moves",
    "{B} relies heavily on WhatsApp to reach {A}",
    "price is the main driver of brand choice in the maize-meal market",
    "customers in rural areas prefer agents they know personally",
    "loyalty programmes work poorly where customers hold several SIM cards",
    "radio in local languages still reaches more people than social media",
    "{T} improves {R} when it is delivered in the customer's own language",
    "supermarket chains compete mainly on availability rather than price",
    "diaspora customers expect to pay for groceries and bills back home online",
    "brands that support local ceremonies earn goodwill in their communities",
    "informal traders adopt digital payments when agents are close by",
    "frequent changes in tariffs confuse customers and damage trust",
    "corporate social responsibility shapes how mining firms are seen on the Copperbelt",
    "insurance uptake remains low because many people see it as a cost with no return",
    "service quality at the branch still matters to older customers",
    "{A} are more likely to buy returnable bottles when the deposit is low",
    "local brands such as {B} gain when imported goods become expensive",
    "customer complaints rise whenever a mobile network has outages",
    "word of mouth remains the most trusted source of information for {A}",
    "{B} must adapt its pricing to the currency that customers actually hold",
]
OPENERS = ["Furthermore", "Moreover", "In addition", "However", "In the Zambian context", "In Zimbabwe",
           "In the Malawian market", "On the other hand", "Similarly", "Notably", "For {B}",
           "Since the introduction of the ZiG", "Since dollarisation", "In light of this", "Be that as it may",
           "With regards to {sector}", "Among {A}", "In {city}"]  # fmt: skip
PLAIN = [
    "{B} has branches in Lusaka, Ndola, Kitwe and Livingstone.",
    "The organisation chosen for this report is {B}, a leading player in the {sector} sector.",
    "{B} sells through agents, its own outlets and a growing WhatsApp channel.",
    "The rest of this section applies the marketing mix to {B}.",
    "A PESTLE analysis of the Zimbabwean market is attached in the appendices.",
    "The recommendations below are costed in both local currency and US dollars.",
    "{O}, {C}.",
    "The author works in the marketing department of {B} in {city}.",
    "Customer feedback was collected through a short questionnaire shared on WhatsApp.",
    "Table {q} summarises the key competitors and their market shares.",
    "{B}'s head office is in {city}, with a regional office in {mcity}.",
    "The campaign will be run in English, Nyanja and Bemba.",
]
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one author puts it, {Q} {P}.",
    "{N} states that {Q}.",
    "In the words of {N}, {Q}.",
    "This is captured well in the statement that {Q} {P}.",
    "{O}, {Q} {P}.",
    "{N} put it plainly: {Q}.",
    "It has been said that {Q} {P}, which {B} would do well to remember.",
]
SCARE_QUOTES = ["“kaylo”", "‘ka-tuma’", "“bond notes”", "‘zunde’", "“kachasu”", "‘shebeen’", "“kombi”", "‘tuck shop’",
                "“Chibuku culture”", "‘hustle’", "“small house”", "‘diaspora money’", "“kantemba”", "‘munthu’",
                "“ubuntu”", "‘mukuru’"]  # fmt: skip
SCARE_FRAMES = [
    "Many traders still run {Q} businesses with no records at all {P}.",
    "{B} has tried to position itself as a {Q} brand {P}.",
    "What locals call {Q} is central to how products are sold in townships {P}.",
    "{N} described the rise of {Q} trading during the currency crisis.",
    "The so-called {Q} economy is difficult for formal brands to reach {P}.",
    "Advertising that draws on {Q} values resonates with older customers {P}.",
]
SUBJECT_LINES = ["“Happy Independence Day! Enjoy 20% off all bundles”", "‘Your EcoCash statement is ready’",
                 "“Send money home for free this Christmas”", "‘Heroes Day special: double data’",
                 "“Zikomo! Your Mpamba transaction was successful”", "‘Last chance: win a trip to Victoria Falls’",
                 "“Your loan of K{n} has been approved”", "‘Mwaiseni! Welcome to {B}’", "“Makorokoto! You have won”",
                 "‘Back to school: pay fees with mobile money’"]  # fmt: skip
SUBJECT_FRAMES = [
    "An SMS reading {Q} was sent to all subscribers {P}.",
    "{B}'s push notification, {Q}, had the highest response of the quarter {P}.",
    "Messages such as {Q} rely on the festive mood {P}.",
    "{N} cites the text message {Q} as an example of localised copy.",
    "The WhatsApp broadcast {Q} was shared widely in {city} {P}.",
]


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    return {
        "city": rng.choice(
            [
                "Lusaka",
                "Ndola",
                "Kitwe",
                "Livingstone",
                "Harare",
                "Bulawayo",
                "Mutare",
                "Lilongwe",
                "Blantyre",
                "Mzuzu",
                "Chingola",
                "Gweru",
                "Zomba",
                "Masvingo",
            ]
        ),
        "mcity": rng.choice(["Johannesburg", "London", "Leicester", "Dallas", "Luton", "Slough", "Cape Town"]),
        "sector": rng.choice(
            [
                "mobile money",
                "banking",
                "brewing",
                "telecommunications",
                "insurance",
                "retail",
                "FMCG",
                "tobacco",
                "tea",
                "sugar",
                "mining",
                "airline",
                "media",
            ]
        ),
        "Y3": str(rng.randint(2016, 2025)),
        "pc": str(rng.randint(3, 87)),
        "mo": rng.choice(["January", "March", "April", "June", "August", "October", "December"]),
        "amt": f"{rng.randint(2, 950)},{rng.randint(100, 999)}",
        "rate": f"{rng.randint(10, 30)}.{rng.randint(10, 99)}",
        "code": rng.choice(["*151#", "*115#", "*117#", "*211#", "*444#", "*303#", "*778#", "*150#"]),
        "h": rng.choice(
            [
                "@EcoCashZW",
                "@AirtelZM",
                "@MTNZambia",
                "@TNM_Malawi",
                "@ZanacoBank",
                "@OKZimbabwe",
                "@ProflightZambia",
                "@ZambianBreweries",
            ]
        ),
        "dom": rng.choice(["zanaco.co.zm", "econet.co.zw", "tnm.co.mw", "okzim.co.zw", "airtel.co.zm", "fdh.co.mw"]),
        "nth": rng.choice(["2nd", "3rd", "4th", "5th", "7th", "10th", "12th"]),
    }


NOT_CITATIONS: dict[str, list[str]] = {
    "statutory-instrument": [
        "The RTGS dollar was introduced under Statutory Instrument 33 of 2019.",
        "{B} had to reprice its products after SI 142 of 2019 ended the multi-currency system.",
        "Prices were converted into ZiG under SI 60 of 2024 on 5 April.",
        "Import restrictions under SI 122 of 2017 helped local brands such as Dairibord and Mazoe.",
    ],
    "act-chapter": [
        "Banks in Zimbabwe are regulated under the Banking Act [Chapter 24:20].",
        "The Consumer Protection Act [Chapter 14:44] requires prices to be displayed in the shop.",
        "Personal data is protected by the Cyber and Data Protection Act [Chapter 12:07].",
        "Exchange control rules come from the Exchange Control Act (Chapter 22:05).",
    ],
    "act-number": [
        "In Zambia, the Data Protection Act No. 3 of 2021 applies to every customer database.",
        "The Competition and Consumer Protection Act No. 24 of 2010 prohibits misleading advertising.",
        "Malawi's Electronic Transactions and Cyber Security Act (No. 33 of 2016) covers online sales.",
        "Mobile money operators are licensed under the National Payment Systems Act, No. 1 of 2007.",
    ],
    "cap-number": [
        "The revenue authority operates under Cap. 321 of the Laws of Zambia.",
        "Malawi's Consumer Protection Act (Cap. 48:10) is enforced by the Competition and Fair Trading Commission.",
        "Trademarks in Zambia are still registered under Cap. 401 of the Laws of Zambia.",
    ],
    "central-bank-circular": [
        "Banks were told to stop charging for balance enquiries (BoZ Circular No. {q}/{Y3}).",
        "Exchange Control Directive RU28 of 2019 changed how exporters retained foreign currency.",
        "The Reserve Bank of Malawi (RBM) raised the policy rate to 26% in {mo} {Y3}.",
        "RBZ Monetary Policy Committee Resolution No. {q} of {Y3} kept the bank policy rate unchanged.",
    ],
    "kwacha-figures": [
        "A 25 kg bag of breakfast mealie-meal now costs about K{n} (ZMW, {mo} {Y3}).",
        "{B} spent ZMW {amt} on radio advertising last year.",
        "The product retails at MK{amt} in Lilongwe (MWK, {Y3} prices).",
        "Agent commissions start at K2.50 per transaction (ZMW {Y3} tariff).",
    ],
    "zig-and-usd": [
        "Shoppers in Harare pay in US dollars, ZiG or EcoCash (ZiG {rate} to US$1 in {mo} {Y3}).",
        "The bond note (2016) and the RTGS dollar (2019) both lost value quickly.",
        "The ZWL$ was replaced by the ZiG (Zimbabwe Gold) in April 2024.",
        "Prices are quoted in USD but change is given in ZiG (April {Y3}).",
    ],
    "exchange-rate": [
        "The kwacha traded at K{rate} to the dollar ({d} {mo} {Y3}).",
        "The Malawi kwacha was devalued by 44% (November 2023).",
        "Imported raw materials became dearer as the rate moved (K{rate}/US$, Q{q} {Y3}).",
    ],
    "ussd-code": [
        "Customers dial {code} to check their balance.",
        "The savings wallet can be opened by dialling {code} (free of charge).",
        "{B} moved its loan product onto a short code ({code}, launched {Y3}).",
    ],
    "ticker": [
        "{B} is listed on the Zimbabwe Stock Exchange (ZSE: DLTA) and reports in ZiG.",
        "Zambian Breweries (LuSE: ZABR) reported higher volumes in {Y3}.",
        "Seed Co is dual-listed (VFEX: SCIL; BSE: SCIL).",
        "TNM shares (MSE: TNM) fell sharply after the results.",
    ],
    "phone-number": [
        "Complaints can be made on the toll-free line (0800 {n} {n}).",
        "The agent helpline (+260 97 {n} {amt}) is open until 20:00.",
        "Customers in Malawi can call 3 4 6 (free from any TNM line).",
        "Orders are taken by WhatsApp on +263 77 {n} {n}.",
    ],
    "independence-day": [
        "Sales peak around Independence Day (24 October) in Zambia.",
        "Zimbabwe's Independence Day (18 April 1980) is marked with concerts and promotions.",
        "Malawi celebrates its independence on 6 July (1964).",
        "Zambia's 60th Independence anniversary (24 October 2024) campaign used the national colours.",
    ],
    "heroes-day": [
        "Retailers extend their hours over Heroes and Defence Forces Days (August).",
        "Zambia's Heroes Day (first Monday of July) is followed by Unity Day.",
        "Airtime sales rise before Heroes Day (11 August {Y3}).",
    ],
    "traditional-ceremony": [
        "Sponsorship of the Kuomboka ceremony (April {Y3}) gave {B} national coverage.",
        "Zambian Breweries supports the Ncwala ceremony of the Ngoni (February).",
        "The Umhlangano cultural festival (Mangwe, {Y3}) attracts thousands of visitors.",
        "Brands sponsor the Lwiindi ceremony of the Tonga (July) and the Mutomboko of the Lunda.",
    ],
    "chilembwe-day": [
        "Chilembwe Day (15 January) is a public holiday in Malawi.",
        "Mother's Day in Malawi (15 October) is a busy trading day for florists and supermarkets.",
        "The Kamuzu Day holiday (14 May) was restored in {Y3}.",
    ],
    "historical-person": [
        "Lusaka International Airport is named after Kenneth Kaunda (1924–2021).",
        "Joshua Nkomo (1917–1999) is remembered at the statue in Bulawayo.",
        "John Chilembwe (1871–1915) appears on Malawian banknotes.",
        "Dr Hastings Kamuzu Banda (1898–1997) founded the Press Corporation group.",
    ],
    "founder-year": [
        "Econet was founded by Strive Masiyiwa (licence granted 1998).",
        "Zambeef was founded by Carl Irwin and Francis Grogan (1994).",
        "Trade Kings was started by the Patel family in Lusaka (1995).",
    ],
    "totem": [
        "In Shona culture the Moyo (heart) totem is one of the most common.",
        "Customers responded to the Ncube (monkey) and Dube (zebra) totem-themed packaging.",
        "The Shumba (lion) totem appears in several brand names in Masvingo.",
    ],
    "interview-participant": [
        "One trader said she prefers agents she knows (Participant {q}, Kanyama, {Y3}).",
        "A bank manager explained the strategy in an interview (Interviewee B, Harare, {mo} {Y3}).",
        "Respondents in Mzuzu mentioned price first (Respondent {n}, female, 34).",
        "Stallholders at Chipata market said the same (field notes, {d} {mo} {Y3}).",
    ],
    "org-financial-year": [
        "{B} grew revenue by {pc}% (FY{Y3}).",
        "Profit after tax rose again (year ended 31 March {Y3}).",
        "Delta's lager volumes recovered strongly (FY2024: up {pc}%).",
        "Volumes fell in the half year (H1 {Y3}) before recovering.",
    ],
    "org-in-brackets": [
        "Zambia National Commercial Bank Plc (Zanaco) has the widest branch network.",
        "Telekom Networks Malawi plc (TNM) competes directly with Airtel Malawi.",
        "The Postal and Telecommunications Regulatory Authority of Zimbabwe (POTRAZ) licenses all operators.",
        "The Zambia Information and Communications Technology Authority (ZICTA) regulates tariffs.",
    ],
    "legal-form": [
        "The agency is registered as Chanda & Moyo Communications (Pvt) Ltd.",
        "NetOne Cellular (Private) Limited is fully owned by the state.",
        "{B} changed from a private company (Pvt) Ltd to a public limited company (PLC) in {Y3}.",
    ],
    "company-registration": [
        "The business is registered with PACRA (Registration No. 1201{n}{n}).",
        "The firm's tax number appears on every invoice (TPIN 100{n}{n}).",
        "The company was incorporated in Zimbabwe (Company No. {n}/{Y3}).",
    ],
    "award-year": [
        "{B} won Brand of the Year at the Zambia Institute of Marketing awards ({Y3}).",
        "Econet was named a Superbrand (Zimbabwe Superbrands {Y3}).",
        "The campaign won gold at the Marketers Association of Zimbabwe Awards (MAZ Awards {Y3}).",
        "{B} was voted best bank (Malawi Banking Awards, {Y3}).",
    ],
    "product-launch": [
        "Mosi Lager (first brewed 1968) remains the best-known Zambian beer.",
        "Castle Lager (since 1895) is brewed locally under licence.",
        "Chibuku Super (launched {Y3}) comes in a resealable bottle.",
        "EcoCash (launched 2011) changed how Zimbabweans pay.",
        "TNM Mpamba (2012) and Airtel Money (2012) entered the market together.",
    ],
    "model-year": [
        "The Ansoff matrix (market development quadrant) fits {B}'s plan for {Y3}.",
        "AIDA (attention, interest, desire, action) still shapes how the radio adverts are written.",
        "The 7Ps (the extended marketing mix) are applied to the {Y3} launch below.",
        "The plan follows the SOSTAC® structure ({Y3} version of the college template).",
        "The Boston Matrix (BCG, growth-share) places Mosi Lager as a cash cow.",
    ],
    "place-description": [
        "Victoria Falls (Mosi-oa-Tunya, 'the smoke that thunders') draws most tourists.",
        "Lusaka (capital since 1935) is home to most head offices.",
        "Mzuzu (Northern Region) is served by a single supermarket chain.",
        "Kitwe (Copperbelt Province) has the second-largest mall in the country.",
    ],
    "street-address": [
        "The flagship branch is on Cairo Road (Plot {n}, Lusaka).",
        "Customers visit the head office on Samora Machel Avenue (Harare CBD).",
        "The new store is at Game Complex, Area 13 (Lilongwe).",
        "Pop-up stands ran at Manda Hill and Levy Junction (Lusaka, {mo} {Y3}).",
    ],
    "stand-and-plot": [
        "The depot sits on Stand {n}, Willowvale (Harare).",
        "The factory moved to Plot {n}, Heavy Industrial Area (Ndola).",
        "Farmers deliver to the floors at Boka Tobacco Floors (Willowvale, {Y3} season).",
    ],
    "season": [
        "Demand for fertiliser peaks before the rainy season (November–March).",
        "The tobacco marketing season (March–August {Y3}) brings cash into rural areas.",
        "The lean season (December–February) hits household budgets.",
        "Sales of cold drinks rise in October (the hottest month).",
    ],
    "survey-sample": [
        "Most respondents used mobile money daily (n = {n}).",
        "Almost half of the sample preferred local brands ({pc}%, n = {n}).",
        "The questionnaire had a good response rate ({n} of 1,200 sent).",
    ],
    "percentage-share": [
        "Airtel Money holds most of the market (about {pc}% of subscribers).",
        "{B}'s share of the beer market is high ({pc}% by volume).",
        "Rural customers make up most of the base ({pc}% in {Y3}).",
    ],
    "quarter-year": [
        "Subscriber numbers grew strongly (Q{q} {Y3}).",
        "Mobile money values fell in the second quarter (Q2 {Y3}) after the new levy.",
        "Data revenue overtook voice (Q{q} of {Y3}).",
    ],
    "census-and-survey-event": [
        "Enumerators for the census (August 2022) were recruited locally.",
        "The Labour Force Survey ({Y3}) fieldwork took place during the rainy season.",
        "Census night (20 April {Y3}) was a public holiday in Zimbabwe.",
    ],
    "election-year": [
        "Advertising slowed before the general election (August 2021).",
        "The harmonised elections (23 August 2023) delayed many campaigns.",
        "The fresh presidential election (June 2020) brought a new government to Malawi.",
    ],
    "sport-year": [
        "The Chipolopolo (AFCON champions 2012) remain a powerful sponsorship asset.",
        "Castle Lager sponsors the Premier Soccer League (since {Y3}).",
        "The Flames (Malawi) qualified for AFCON in 2021.",
        "{B} sponsors the Copperbelt derby between Nkana and Power Dynamos ({Y3} season).",
    ],
    "radio-station": [
        "Adverts ran on Hot FM (87.7) and Radio Phoenix (89.5) in Lusaka.",
        "Radio Zimbabwe (Radio 2) reaches most rural listeners.",
        "Zodiak Broadcasting Station (ZBS, on air since 2005) has the widest reach in Malawi.",
        "Star FM (Zimbabwe's first commercial station, 2012) targets urban youth.",
    ],
    "vernacular-gloss": [
        "The campaign used the Bemba greeting ‘Mwapoleni’ (good morning) in its radio spots.",
        "The Chichewa word ‘Zikomo’ (thank you) appears on every receipt.",
        "The slogan draws on the Shona proverb ‘Chara chimwe hachitswanyi inda’ (one thumb cannot crush a louse).",
        "Ndebele speakers responded to ‘Siyabonga’ (we thank you) in the SMS copy.",
    ],
    "slogan": [
        "Econet's line ‘Inspired to change your world’ has run for years.",
        "{B} launched its tagline, “Together we grow”, in {Y3}.",
        "The strapline ‘Proudly Zambian’ appears on all packaging.",
        "The Buy Zimbabwe campaign (‘Buy local, build Zimbabwe’) supports local manufacturers.",
    ],
    "hashtag-handle": [
        "Customers shared their photos with #ZambiaAt60 and tagged {h}.",
        "The brand replies to complaints on X ({h}) within a day.",
        "The hashtag #MalawiFirst{Y3} trended for a week.",
        "Enquiries go to info@{dom} or the website (www.{dom}).",
    ],
    "flight-and-route": [
        "Proflight's morning flight (P0 302, Lusaka–Ndola) is popular with mining executives.",
        "Air Zimbabwe (UM 240) flies Harare–Bulawayo–Victoria Falls.",
        "Malawian Airlines uses a Dash 8-400 (Q400) on the Lilongwe–Blantyre route.",
    ],
    "tariff-and-bundle": [
        "The daily bundle costs K5 for 1GB (ZMW, valid 24 hours).",
        "EcoCash charges a levy on each transfer (2% IMTT since {Y3}).",
        "TNM's weekly bundle (MK{n} for 2GB) is aimed at students.",
    ],
    "grade-and-standard": [
        "Tea is sold by grade (BP1, PF1 and PD) at the Limbe auction floors.",
        "Tobacco bales are graded (L1O, L2O and X3L) before sale.",
        "The maize meal meets the local standard (ZS 221:{Y3}).",
        "All products carry the ZABS mark (ZS 190).",
    ],
    "qualification-cohort": [
        "The author is completing the CIM Diploma in Professional Marketing (Level 6, {Y3} cohort).",
        "This report was written for the MBA (Marketing) programme in {city} ({Y3} intake).",
        "Interviews were carried out during the CIM Level 7 module (Semester {q}, {Y3}).",
    ],
    "scripture": [
        "Zambia was declared a Christian nation (1991) and churches are important partners.",
        "The billboard quoted scripture (Jeremiah 29:11) beside the bank's logo.",
        "Many shops display ‘God is able’ (Ephesians 3:20) above the till.",
    ],
    "chief-and-title": [
        "Chief Mukuni (Livingstone) welcomed the new branch.",
        "The Litunga (king of the Lozi) leads the Kuomboka procession.",
        "Paramount Chief Mpezeni (Ngoni) presides over Ncwala.",
        "Inkosi Khumalo opened the agricultural show in Bulawayo ({Y3}).",
    ],
    "cross-reference": [
        "The competitor analysis is in Appendix {q} (p. {n}).",
        "See Section {q}.2 (below) for the costed plan.",
        "As Figure {q} (above) shows, most customers are under 35.",
        "The persona (Appendix 2, ‘Chanda’) is used throughout.",
    ],
    "diaspora-event": [
        "The Zimbabwe Diaspora Investment Conference (London, {Y3}) promoted remittance products.",
        "A Zambian Independence dinner in Leicester ({d} October {Y3}) was sponsored by a remittance firm.",
        "Mukuru and WorldRemit both ran promotions for Christmas ({Y3}) in the UK.",
        "The Malawi diaspora fair in Dallas ({mo} {Y3}) showcased local brands.",
    ],
    "show-and-expo": [
        "{B} exhibited at the Zambia International Trade Fair (Ndola, {Y3}).",
        "The Harare Agricultural Show ({nth} edition) drew record crowds.",
        "The Lilongwe Agricultural Trade Fair ({Y3}) was a chance to sample the new flavour.",
        "The Zimbabwe International Trade Fair (ZITF {Y3}) took place in Bulawayo.",
    ],
    "date-format": [
        "The promotion ran from 01/10/{Y3} to 31/10/{Y3}.",
        "Data was downloaded on {d}.{q}.{Y3} from the company portal.",
        "Entries closed on {d}-{mo}-{Y3} at midnight.",
    ],
    "currency-history": [
        "Zimbabwe's hyperinflation (2007–2008) destroyed savings in the local dollar.",
        "The rebased kwacha (2013) dropped three zeros.",
        "Dollarisation (2009–2019) let brands price in US dollars.",
    ],
}
