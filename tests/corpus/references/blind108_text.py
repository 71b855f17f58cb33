"""The "blind108" pool's prose: marketers in Ethiopia, Eritrea and their diaspora write CIM reports (HELD OUT).

A hundred-and-eighth independent pool, written without reading the checker, its tests or any other pool: the
sentence frames, claims, brands and decoys of brand, CRM, digital, export and communications marketers at banks and
microfinance institutions, telecoms and mobile money, Ethiopian Airlines, coffee and leather exporters, breweries,
FMCG makers, hotels and agencies in Addis Ababa, Adama, Hawassa, Bahir Dar, Mekelle and Asmara, and in the diaspora
of Washington DC, London and Dubai, on CIM Level 6 and 7 courses and MBAs. Their English has its own habits ("As
per", "tried to show", "in his study on"), and their reports are full of things in brackets that are no citation:
Ethiopian-calendar years beside Gregorian ones ("2016 E.C. (2023/24 G.C.)"), Meskerem dates, Meskel, Timket and
Fasika, birr and nakfa figures, proclamation and directive numbers, licence and registration numbers, Ethiopian
Standards, HS codes, coffee grades, flight numbers, emperors and athletes with their years, honorifics (Ato, W/ro,
W/t) before colleagues who are not authors, Sub-City and Woreda addresses and USSD codes.

HELD OUT: nobody tunes the checker on this pool until its first tables have been read; report its tables, never
its misses.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} argued that {C}.",
    "{N} found that {C}.",
    "{N} pointed out that {C}.",
    "{N} tried to show that {C}.",
    "{N} stated that {C}, which is relevant for {B}.",
    "{N} revealed that {C} in the Ethiopian context.",
    "{N}, in a study of private banks in Addis Ababa, found that {C}.",
    "{N} concluded that {C}; this is also true for {B}.",
    "{N} recommended that managers recognise that {C}.",
    "{N} noted that {C} even outside Addis Ababa.",
    "{N} showed that {C}.",
    "{N} confirmed that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.",
    "As per {N}, {C}.",
    "{O}, {N} found that {C}.",
    "As {N} explained, {C}.",
    "This agrees with {N}, who observed that {C}.",
    "{C}, as {N} pointed out.",
    "A similar finding was reported by {N} for Hawassa, where {C}.",
    "In line with {N}, this report accepts that {C}.",
    "{B} could learn from {N}, who showed that {C}.",
    "The survey supports the view of {N} that {C}.",
    "In the Ethiopian banking sector, {N} found that {C}.",
    "Unlike the Kenyan case, {N} argued that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study revealed that {C}.",
    "{O}, {N} findings suggest that {C}.",
    "{N} model was tested in Addis Ababa, and it showed that {C}.",
    "Applying {N} framework to {B} shows that {C}.",
    "{N} survey of Ethiopian consumers indicated that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "Evidence from Ethiopia suggests that {C} {P}.",
    "It has been found that {C} {P}.",
    "Several Ethiopian studies agree that {C} {P:see}.",
    "For {B}, {C} {P}.",
    "{C}, especially in Addis Ababa and the regional cities {P}.",
    "Research on the diaspora market shows that {C} {P:e.g.}.",
    "The literature is clear that {C} {P:see also}.",
    "In Eritrea too, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{C} {P}; however, {C2}.",
    "{C} {P}, whereas {C2}.",
    "{O}, {C} {P}, although {C2}.",
    "While {C} {P}, {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} respond better to {T} when it is in Amharic or Afaan Oromo",
    "{T} raises {R} among {A}",
    "agent networks matter more than advertising for mobile money uptake",
    "{A} trust banks that keep their promises at the branch",
    "service quality drives {R} in Ethiopian private banks",
    "{B} gains more from {T} during the fasting seasons",
    "diaspora customers answer remittance offers timed around Meskel and Fasika",
    "{T} lowers the cost of reaching {A}",
    "interest-free products widen the customer base of Ethiopian banks",
    "the ban on alcohol advertising pushes brewers towards sponsorship and {T}",
    "{A} judge coffee brands by their origin more than by their price",
    "country-of-origin image helps Ethiopian leather abroad but not at home",
    "{B} relies on {T} more than its rivals do",
    "the float of the birr has made imported inputs dearer for {B}",
    "word of mouth among {A} outweighs paid media",
    "{A} reward {T} with {R}",
    "telecom liberalisation has made {A} less loyal to one network",
]  # fmt: skip
OPENERS = [
    "In the Ethiopian context",
    "However",
    "For {B}",
    "Outside Addis Ababa",
    "Since the birr was floated",
    "In Eritrea, by contrast",
    "Among young professionals in Addis Ababa",
    "In the diaspora market",
    "Similarly",
    "Before the telecom sector was opened",
    "In practice",
]  # fmt: skip
PLAIN = [
    "{B} has branches in Adama, Hawassa, Bahir Dar and Mekelle.",
    "The questionnaire was prepared in English and translated into Amharic and Afaan Oromo.",
    "A total of {n} usable questionnaires were returned from customers in Addis Ababa.",
    "{B} sells mainly through its branches, agents and its mobile app.",
    "The rest of this section applies the 7Ps to {B}.",
    "{O}, {C}.",
    "Data were analysed with SPSS version 26 and AMOS.",
    "Table {q} summarises the demographic profile of the respondents.",
    "Convenience sampling was used because the banks would not share customer lists.",
    "The case company, {B}, was chosen because the author works in its marketing department.",
    "{B} advertises on EBS, Fana and Sheger FM and on billboards along Bole Road.",
    "Interviews were held with four marketing managers in Addis Ababa and one in Asmara.",
    "Most respondents were between 25 and 34 years old and held a first degree.",
    "The next section sets out the segmentation, targeting and positioning for {B}.",
    "{B} has no marketing department of its own; sales and public relations share the work.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As {N} put it, {Q}.",
    "{N} stated that {Q}.",
    "It is stated that {Q} {P}.",
    "In the words of {N}, {Q}.",
    "One Ethiopian study concluded: {Q} {P}.",
    "{Q} {P}, which explains the strategy of {B}.",
]  # fmt: skip
SCARE_QUOTES = [
    "‘Made in Ethiopia’",
    "“thirteen months of sunshine”",
    "'Land of Origins'",
    "“buna tetu”",
    "‘gursha’",
    "\"digital Ethiopia\"",
    "‘Habesha’",
    "«ye-habesha»",
    "“bank the unbanked”",
    "'Ethiopian time'",
]  # fmt: skip
SCARE_FRAMES = [
    "Local agencies call this {Q} marketing {P}.",
    "{B} builds its campaigns around the idea of {Q} {P}.",
    "The so-called {Q} positioning is common among exporters {P}.",
    "{N} wrote about the appeal of {Q} to diaspora customers.",
    "Brands now use {Q} as a selling point {P}.",
]  # fmt: skip
SUBJECT_LINES = [
    "“Melkam Addis Amet! Enjoy 20% bonus on every airtime top-up”",
    "‘Send money home for free this Meskel’",
    "“Your telebirr wallet has received ETB {n}.00”",
    "'Fly home for Timket from USD {n}'",
    "“Dear customer, your {M} is ready for collection”",
    "‘Melkam Fasika from all of us at {B}’",
    "\"Dial *127# and win a bajaj\"",
]  # fmt: skip
SUBJECT_FRAMES = [
    "The SMS {Q} reached millions of subscribers {P}.",
    "{B} sent the message {Q} to its diaspora customers {P}.",
    "A push notification reading {Q} raised transactions that week {P}.",
    "{N} reported that the message {Q} doubled responses.",
]  # fmt: skip

NOT_CITATIONS = {
    "ec-beside-gc": ["Sales grew sharply in {ec} E.C. ({gc} G.C.).",
                     "The bank's strategy covers the fiscal years {ec} to {ec2} E.C. (July {ecg} to July {ecg2}).",
                     "Deposits reached Br {bn} billion at the end of {ec} E.F.Y."],
    "ethiopian-month-date": ["The promotion ran from {emonth} 1 to {emonth} 30, {ec} E.C.",
                             "The survey was carried out in {emonth} {ec} (E.C.).",
                             "Fieldwork ended on {emonth} {d}, {ec} E.C. (in {ecg2} G.C.)."],
    "festival-date": ["Demand for sheep, butter and St. George beer peaks before {fest} ({festdate}).",
                      "Ethio telecom's {fest} bundle ({festdate}) doubled data sales.",
                      "Most hotels in Bahir Dar and Gondar are full at {fest} ({festdate})."],
    "enkutatash-new-year": ["Enkutatash (Meskerem 1, 11 September) opens the Ethiopian year and the banks' campaign season.",
                            "The Ethiopian new year {ec} began on 11 September {Y} (12 September in a leap year)."],
    "pagume": ["Pagume, the thirteenth month (five or six days), is when many firms close their books.",
               "The 'thirteen months of sunshine' slogan rests on Pagume (5 days; 6 in a leap year)."],
    "fasting-season": ["Meat sales fall during Hudade (55 days before Fasika) and Tsome Filseta (16 days in August).",
                       "About half of the population fasts on Wednesdays and Fridays (the weekly fast)."],
    "ramadan-eid": ["Zamzam Bank's Ramadan campaign ran for thirty days (Ramadan {hy} AH).",
                    "Eid al-Fitr (Id al-Fitr, {d} {gmonth} {Y}) is a public holiday in Ethiopia."],
    "proclamation-number": ["Advertising of alcohol is restricted by the Food and Medicine Administration Proclamation (No. 1112/2019).",
                            "The Advertisement Proclamation (No. 759/2012) bans comparative claims that mislead.",
                            "Capital markets are governed by Proclamation No. 1248/2021 and the ECMA's directives."],
    "directive-number": ["The NBE's directive (SBB/{sbb}/{Y}) capped loan growth at {pct} per cent.",
                         "Agent banking became possible under Directive No. FIS/01/2019.",
                         "Mobile money licences are issued under Directive ONPS/01/2020 (amended {Y})."],
    "eritrean-proclamation": ["Eritrean trade licences are issued under Legal Notice No. {ln}/{Y}.",
                              "The Eritrean Commercial Code (2015) replaced the 1960 code inherited from Ethiopia."],
    "birr-figure": ["{B} reported a net profit of Br {bn} billion ({gc}).",
                    "The campaign cost ETB {n},000 (about USD {usd}).",
                    "A cup of macchiato costs {n} birr (Br {n}.00) in Bole."],
    "nakfa-figure": ["A bottle of Asmara beer cost about {n} nakfa (ERN {n}) in {Y}.",
                     "The official rate has been ERN 15 to the dollar (since 2005)."],
    "exchange-rate": ["The birr traded at {fx} to the dollar (June {Y}).",
                      "After the float (29 July 2024) the rate moved from 57 to over 100 birr per dollar."],
    "share-company": ["Awash Bank S.C. (est. 1994) was the first private bank after the Derg.",
                      "Zemen Bank S.C. (paid-up capital: Br {bn} billion) plans to list on the exchange."],
    "founding-year": ["Ethiopian Airlines (founded 1945) flies to more than 130 international destinations.",
                      "St. George Beer (since 1922) is the country's oldest beer brand.",
                      "Commercial Bank of Ethiopia (established 1942) has over {n} branches."],
    "esx-listing": ["Wegagen Bank was the first listing on the Ethiopian Securities Exchange (ESX: WGBX, {Y}).",
                    "The ESX opened for trading in January 2025 (ten years after it was first proposed)."],
    "licence-number": ["The agency's trade licence (No. AA/BL/{n}/{ec}) was renewed in Hamle.",
                       "Commercial registration number MT/AA/{n}/{ec} appears on every invoice."],
    "tin-swift": ["Payments go to CBE account 1000{n}{n} (SWIFT: CBETETAA).",
                  "The supplier's TIN is 00{n}{n}{q} (VAT reg. no. {n}{q})."],
    "ussd-code": ["Customers dial *127# for telebirr and *733# for M-PESA (free of charge).",
                  "The toll-free line (8994) answers in Amharic, Afaan Oromo and Tigrinya."],
    "address": ["The head office is at Bole Sub-City, Woreda 03, House No. {n} (near Edna Mall).",
                "The Asmara office is on Harnet Avenue (P.O. Box {n})."],
    "flight-number": ["Flight ET500 (Addis Ababa to Washington Dulles) carries most diaspora visitors.",
                      "The Dubai route (ET 600/601, daily since {Y}) fills up before Genna."],
    "airport-code": ["Passengers transit through Bole (ADD) to {dcity} (code share since {Y}).",
                     "Asmara International (ASM) handles a few flights a week."],
    "aircraft": ["The fleet includes the Airbus A350-1000 (ET-BAW) and the Boeing 787-9.",
                 "Ethiopian took its first Boeing 777-8F order ({Y}) at the Dubai Airshow."],
    "coffee-grade": ["Yirgacheffe Grade 1 (G1, washed, {Y} harvest) fetched the best prices.",
                     "Sidamo Grade 2 (ECX contract WSD2) was the main export lot.",
                     "Guji natural (Grade 1, 86+ points) sells to roasters in {dcity}."],
    "cup-of-excellence": ["A Sidama lot won the Ethiopia Cup of Excellence ({Y}, score 91.05).",
                          "Prices at the Cup of Excellence auction ({Y}) reached USD {n} per pound."],
    "coffee-trademark": ["The Harar, Sidamo and Yirgacheffe trademarks (registered 2006-2008) remain the best-known case.",
                         "The Ethiopian Fine Coffee Trademarking and Licensing Initiative (2004) was led by EIPO."],
    "hs-code": ["Green coffee is exported under HS 0901.11 (not roasted, not decaffeinated).",
                "Finished leather (HS 4107) earned less than footwear (HS 6403) in {Y}."],
    "ethiopian-standard": ["Bottled water must meet ES 261:2001 (Drinking water specification).",
                           "The packaging follows Ethiopian Standard ES ISO 9001:2015."],
    "iso-standard": ["The brewery is certified to ISO 22000:2018 and FSSC 22000 (version 5.1).",
                     "The bank's card centre holds PCI DSS (v4.0) certification."],
    "emperor-years": ["Emperor Menelik II (1844-1913) founded Addis Ababa in 1886.",
                      "Haile Selassie I (r. 1930-1974) granted the country's first bank charter.",
                      "Emperor Tewodros II (1818-1868) is still used in patriotic advertising."],
    "athlete-years": ["Haile Gebrselassie (born 1973) has endorsed banks, hotels and cars.",
                      "Abebe Bikila (Rome 1960, Tokyo 1964) remains a powerful brand symbol.",
                      "Tirunesh Dibaba (Beijing 2008) appears in Ethio telecom adverts."],
    "honorific-colleague": ["Ato {ato}, the bank's marketing director since {Y}, approved the budget.",
                            "W/ro {wro} (branch manager, Hawassa) shared the complaint logs.",
                            "According to W/t {wro} in customer service, most complaints concern ATMs."],
    "interviewee-code": ["One respondent (R{q}, a coffee exporter in Addis Ababa) said prices are set by buyers.",
                         "Interviewee 7 (female, 34, Bole) preferred telebirr to cash."],
    "student-id": ["Student ID: GSR/{n}/{ecshort} (MBA, Marketing Management).",
                   "Submitted by: {ato} (ID No. ECSU/{n}/{ecshort})."],
    "supervisor-advisor": ["Advisor: Dr. {ato} (Associate Professor, {Y}).",
                           "I thank my advisor, Dr. {wro}, and Ato {ato} of the marketing department."],
    "course-module": ["This assignment answers Task 2 of the CIM Level 7 module (Marketing and Digital Strategy, {gmonth} {Y}).",
                      "The MBA course MGMT 621 (Marketing Management, {ec} E.C.) uses this case."],
    "development-plan": ["The Growth and Transformation Plan II (2015/16-2019/20) targeted light manufacturing.",
                         "The Ten Years Development Plan (2021-2030) names tourism a priority sector.",
                         "Digital Ethiopia 2025 (launched 2020) set the target of a cashless economy."],
    "reform-event": ["The Home-Grown Economic Reform (2019) opened telecoms to foreign investors.",
                     "Safaricom's licence (May 2021, USD 850 million) ended Ethio telecom's monopoly."],
    "census-survey": ["The last national census (2007, 73.8 million people) is now badly out of date.",
                      "The Labour Force Survey ({Y}) covered {n},000 households."],
    "trade-fair": ["{B} launched the product at the Addis Chamber International Trade Fair (ACITF {Y}).",
                   "Ethiopia Coffee Week ({Y}) attracted buyers from Japan, Korea and Saudi Arabia."],
    "sponsorship-event": ["Habesha Beer sponsored the Great Ethiopian Run ({Y}, 45,000 runners).",
                          "The bank sponsored Balageru Idol (EBS, season {q})."],
    "award": ["Ethiopian Airlines won the Skytrax award for Best Airline in Africa ({Y}).",
              "Kuriftu was named Best Resort in East Africa (World Travel Awards {Y})."],
    "media-frequency": ["The jingle ran on Sheger FM 102.1 and Fana FM 98.1 (morning slots).",
                        "Adverts on EBS TV (channel 12) cost Br {n},000 per spot."],
    "telegram-handle": ["The bank answers queries on Telegram (@{handle}) within an hour.",
                        "Follow the campaign on TikTok (@{handle}) and Facebook ({B} Official)."],
    "savings-institution": ["Many customers still save through equb (iqub) and edir (idir) groups.",
                            "An equb of 20 members (Br {n} a week) pays out once a month."],
    "diaspora-place": ["Little Ethiopia (U Street and 9th Street, Washington DC) is full of Ethiopian restaurants.",
                       "Most Eritreans in London live in Lambeth and Islington (about {n},000 people)."],
    "diaspora-scheme": ["The Ethiopian Diaspora Trust Fund (launched 2018, 'a dollar a day') raised millions.",
                        "Diaspora accounts (USD, GBP and EUR) pay a premium rate set by the NBE."],
    "banknote": ["The new 200-birr note (September 2020) replaced the old series.",
                 "The 5-birr coin (introduced 2020) was unpopular with traders."],
    "ethiopian-time": ["Shops open at 2 o'clock Ethiopian time (8 a.m. EAT).",
                       "The launch was at 4:00 in the afternoon local time (10:00 Ethiopian time)."],
    "survey-statistics": ["Most respondents agreed (n = {n}, Cronbach's α = 0.8{q}).",
                          "Service quality predicted loyalty (β = 0.{n}, p < 0.05).",
                          "The model fitted well (CFI = 0.9{q}, RMSEA = 0.05)."],
    "likert-scale": ["Items were measured on a five-point Likert scale (1 = strongly disagree, 5 = strongly agree).",
                     "The SERVQUAL instrument (22 items, 5 dimensions) was adapted for Ethiopian banks."],
    "region-zone": ["The sample came from Sidama Region (Hawassa city and Yirgalem) and Oromia (Adama).",
                    "Kebele 05 (Hawassa Tabor sub-city) hosts the industrial park."],
    "historical-battle": ["Adwa Victory Day (2 March; Yekatit 23) is used in patriotic advertising.",
                          "Eritrean Independence Day (24 May 1991) is the biggest day of the year in Asmara."],
    "ethiopian-millennium": ["The Ethiopian Millennium (September 2007 G.C.) was the first big sponsorship event for Ethiopian brands.",
                             "Brands still recall the Millennium celebrations (Meskerem 2000 E.C.)."],
    "product-model": ["Ethio telecom launched 5G (Addis Ababa, May {Y}) before Safaricom.",
                      "The phone of choice was the Tecno Spark 10 (Br {n},000).",
                      "telebirr SuperApp (version 4.{q}) added merchant payments."],
    "quarter-figure": ["Transactions rose in the fourth quarter (Q4 {gc}).",
                       "Mobile money users grew by {pct} per cent (Hamle {ec} to Sene {ec2})."],
    "percentage-year": ["Account ownership rose from 22 per cent to 46 per cent (2014 to {Y}).",
                        "Internet penetration was about {pct} per cent ({Y} estimate)."],
    "religious-verse": ["Bank adverts often quote Psalm 68:31 (\"Ethiopia shall soon stretch out her hands\").",
                        "The Kebra Nagast (fourteenth century) gives Sheba Leather its name and story."],
}  # fmt: skip

BRANDS = ["Ethio telecom", "telebirr", "Safaricom Ethiopia", "M-PESA", "Ethiopian Airlines", "Commercial Bank of Ethiopia",
          "CBE", "Awash Bank", "Dashen Bank", "Bank of Abyssinia", "Coopbank", "Hibret Bank", "Zemen Bank", "Enat Bank",
          "ZamZam Bank", "Wegagen Bank", "ACSI", "Tomoca", "Kaldi's Coffee", "Garden of Coffee", "St. George Beer",
          "Habesha Beer", "Walia", "Bedele", "Meta Beer", "Dashen Beer", "Asmara Beer", "Highland Water",
          "Abyssinia Springs", "Sheba Leather", "ZAAF", "soleRebels", "Kuriftu Resort", "Haile Resort",
          "Skylight Hotel", "Moha Pepsi", "RIDE", "Feres", "Chapa", "Kacha", "Shoa Supermarket", "Faffa",
          "Anbessa Shoe", "EriTel", "Eritrean Airlines"]  # fmt: skip

_AUDIENCES = ["young professionals in Addis Ababa", "university students", "diaspora customers", "smallholder farmers",
              "merchants in Merkato", "civil servants", "women entrepreneurs", "first-time account holders",
              "customers in regional towns", "Muslim customers", "Gen Z consumers in Bole", "Eritreans abroad",
              "tourists", "small traders"]  # fmt: skip
_TOPICS = ["mobile money", "SMS marketing", "a Telegram channel", "agent banking", "celebrity endorsement",
           "TikTok content", "a loyalty points scheme", "football sponsorship", "interest-free banking", "USSD banking",
           "influencer marketing", "radio advertising", "outdoor advertising on Bole Road", "cashback",
           "seasonal promotion", "WhatsApp customer service"]  # fmt: skip
_RESULTS = ["customer loyalty", "deposit mobilisation", "repeat purchase", "brand trust", "word of mouth",
            "transaction volumes", "customer satisfaction", "market share", "app downloads"]  # fmt: skip
_ETH_MONTHS = ["Meskerem", "Tikimt", "Tikemt", "Hidar", "Hedar", "Tahsas", "Tir", "Yekatit", "Yekatit", "Megabit",
               "Miyazya", "Miazia", "Ginbot", "Genbot", "Sene", "Hamle", "Nehase", "Nehasie"]  # fmt: skip
_FESTIVALS = [("Meskel", "27 September"), ("Meskel", "Meskerem 17"), ("Timket", "19 January"),
              ("Timkat", "Tir 11"), ("Genna", "7 January"), ("Fasika", "Easter Sunday"), ("Enkutatash", "11 September"),
              ("Irreecha", "early October"), ("Ashenda", "Nehase 16"), ("Buhe", "Nehase 13"),
              ("Hidar Tsion", "30 November"), ("Kulubi Gabriel", "28 December")]  # fmt: skip
_ATO = ["Dawit Mekonnen", "Girma Tadesse", "Yonas Alemu", "Henok Bekele", "Solomon G/Medhin", "Tewodros W/Mariam",
        "Mesfin Haile", "Kidane Tesfay", "Yohannes Berhe", "Abdulkadir Seid"]  # fmt: skip
_WRO = ["Tigist Haile", "Almaz Kebede", "Hiwot Tesfaye", "Selam Desta", "Meseret Alemu", "Hanna G/Selassie",
        "Senait Kidane", "Mahlet Worku", "Fatuma Mohammed", "Luwam Tekle"]  # fmt: skip
_DCITIES = ["Washington DC", "Silver Spring", "London", "Dubai", "Toronto", "Minneapolis", "Seattle", "Frankfurt"]  # fmt: skip
_HANDLES = ["ethiotelecom", "CBE_Official", "awashbank", "SafaricomET", "flyethiopian", "dashenbank", "tomocacoffee",
            "habeshabeer", "telebirr_et", "bankofabyssinia"]  # fmt: skip
_PRODUCTS = ["Mastercard debit card", "chequebook", "SIM card", "ShebaMiles card", "passbook", "loan decision"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values this pool's frames use, drawn in a fixed order so a seed always writes the same report."""
    ec = rng.randint(2008, 2017)
    fest, festdate = rng.choice(_FESTIVALS)
    year = rng.randint(2010, 2025)
    return {
        "A": rng.choice(_AUDIENCES), "T": rng.choice(_TOPICS), "R": rng.choice(_RESULTS), "M": rng.choice(_PRODUCTS),
        "Y": str(year), "Y2": str(year + rng.randint(1, 3)),
        "ec": str(ec), "ec2": str(ec + 1), "ecshort": str(ec)[2:], "gc": f"{ec + 7}/{str(ec + 8)[2:]}",
        "ecg": str(ec + 7), "ecg2": str(ec + 8), "emonth": rng.choice(_ETH_MONTHS), "gmonth": rng.choice(
            ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]),
        "fest": fest, "festdate": festdate, "hy": str(rng.randint(1440, 1446)),
        "bn": f"{rng.randint(1, 48)}.{rng.randint(1, 9)}", "usd": f"{rng.randint(2, 90)},{rng.randint(100, 999)}",
        "fx": f"{rng.randint(27, 125)}.{rng.randint(10, 99)}", "pct": str(rng.randint(8, 60)),
        "sbb": str(rng.randint(40, 95)), "ln": str(rng.randint(10, 140)),
        "ato": rng.choice(_ATO), "wro": rng.choice(_WRO), "dcity": rng.choice(_DCITIES), "handle": rng.choice(_HANDLES),
    }  # fmt: skip
