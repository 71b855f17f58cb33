"""The blind161 pool's prose (HELD OUT): marketers in Tanzania, Uganda and their diaspora.

A hundred-and-sixty-first independent pool, written without reading the checker, its tests or any other pool, and
HELD OUT: nobody tunes the checker on it until its first tables have been read, and its misses are never reported.
Candidates at banks and microfinance (CRDB, NMB, NBC, Stanbic, Centenary, dfcu, Equity Uganda), telecoms and mobile
money (Vodacom M-Pesa, Airtel Money, Mixx by Yas, Halotel, MTN MoMo), FMCG and drink makers (Azam/Bakhresa, TBL,
Serengeti, Nile Breweries, Mukwano, Uganda Breweries), retailers, airlines, tourism boards, media and agencies in
Dar es Salaam, Dodoma, Arusha, Mwanza, Zanzibar, Mbeya, Kampala, Entebbe, Jinja, Gulu and Mbarara, and in London,
Nairobi, Dubai, Johannesburg and Boston, write their CIM Level 6 and 7 reports and MBA assignments in English with
the habits of East African English ("as per", "the said", "in a nutshell", "it is worth noting"). The decoys are
what such reports hold that is not a citation: Acts with their numbers and Cap. numbers, statutory instruments and
government notices, shillings written TSh, TZS, USh and UGX, fiscal years, Saba Saba, Nane Nane, Eid, Martyrs' Day
and Heroes' Day, the Hijri calendar, honorifics ("Hon.", "Dr.", "Eng.", "Mzee"), lifespans, USSD and paybill
codes, plates, flights, radio frequencies, tickers, standards, films, festivals, awards, football clubs and more.
"""

from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} argue that {C}.",
    "{N} found that {C}.",
    "{N} is of the view that {C}.",
    "{N} observed that {C}, which is true of {B} as well.",
    "{N} established that {C} in both Tanzania and Uganda.",
    "{N} contends that {C}.",
    "{N} noted that {C}, especially in upcountry regions.",
    "{N} posits that {C}.",
    "{N} found, in a study of {smes} SMEs in {city}, that {C}.",
    "{N} asserts that {C}.",
    "{N} concluded that {C}.",
    "{N} opine that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.",
    "As per {N}, {C}.",
    "{O}, {N} argues that {C}.",
    "This is in line with {N}, who found that {C}.",
    "It is worth noting that, as {N} explains, {C}.",
    "{C}, as observed by {N}.",
    "The same point is made by {N}: {C}.",
    "A study by {N} in {city} revealed that {C}.",
    "For {B}, the lesson from {N} is that {C}.",
    "{O}, the findings of {N} suggest that {C}.",
    "In a nutshell, {N} shows that {C}.",
    "Writing about mobile money, {N} notes that {C}.",
    "This agrees with {N}, who argued that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {city} traders shows that {C}.",
    "{O}, {N} model suggests that {C}.",
    "{N} findings imply that {C}.",
    "Using {N} framework, it is clear that {C}.",
    "{N} survey of {smes} customers found that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "It is widely accepted that {C} {P}.",
    "Evidence from East Africa shows that {C} {P}.",
    "In the case of {B}, {C} {P}.",
    "Studies in {city} have shown that {C} {P}.",
    "It has been observed that {C} {P}.",
    "The literature agrees that {C} {P}.",
    "Research on mobile money shows that {C} {P}.",
    "{O}, it can be argued that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{C} {P}; however, {C2}.",
    "{C} {P}, although {C2}.",
    "{C} {P}, while {C2}.",
    "{O}, {C} {P}, which means that {C2}.",
    "{C} {P}, hence {C2}.",
]  # fmt: skip
CLAIMS = [
    "mobile money agents remain the main point of contact for rural customers",
    "{B} relies on {T} more than its competitors do",
    "trust in the agent matters more than trust in the network",
    "{A} in {city} respond better to Swahili copy than to English",
    "price is the first reason customers switch SIM cards",
    "women-owned SMEs use WhatsApp Business more than websites",
    "{T} raises {R} among {A}",
    "radio still reaches more households than social media outside the big towns",
    "customers judge a bank by the queue at the branch",
    "brands that sponsor Simba or Yanga gain visibility across the country",
    "loyalty programmes in East Africa are often copied from South African retailers",
    "{A} reward {T} with {R}",
    "the cost of data bundles limits video advertising in rural areas",
    "influencers from Kampala are trusted more than foreign celebrities",
    "Islamic banking windows attract customers who avoided banks before",
    "airline customers in the region care most about punctuality and baggage",
    "domestic tourists respond to resident rates more than to advertising",
    "beer drinkers switch brands when the price rises by even TSh 200",
    "SMS marketing without consent damages brand trust",
    "{B} could win {A} by lowering transaction charges",
    "the mobile money levy pushed some customers back to cash",
    "micro-lenders advertise on boda bodas because that is where their customers are",
    "festive season promotions drive a large share of annual sales",
    "packaging in smaller sizes helps brands reach low-income households",
    "word of mouth in churches and mosques spreads faster than any paid campaign",
]  # fmt: skip
OPENERS = [
    "However",
    "In Tanzania",
    "In Uganda",
    "For {B}",
    "Similarly",
    "Moreover",
    "In the East African context",
    "On the other hand",
    "Furthermore",
    "In this regard",
    "More recently",
    "In the case of {B}",
    "Additionally",
    "That said",
]  # fmt: skip
PLAIN = [
    "{B} sells through its branches, a network of agents in {city} and its mobile app.",
    "The campaign ran for six weeks on radio, Instagram and billboards along Bagamoyo Road.",
    "This report was prepared for the marketing manager of {B}.",
    "{O}, {C}.",
    "The survey was carried out in {city} and {city2} using a structured questionnaire.",
    "Table 2 summarises the marketing mix of {B} against two of its competitors.",
    "The recommendations below are set out in order of priority.",
    "{B} has more than {agents} agents across the country.",
    "A SWOT analysis of {B} is attached as Appendix 1.",
    "The brand manager agreed that the budget should be revised.",
    "Data were collected in English and Swahili, then translated.",
    "The target market is young professionals aged 25 to 35.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one textbook puts it, {Q} {P}.",
    "{N} put it clearly: {Q}.",
    "In the words of {N}, {Q}.",
    "This is summed up well: {Q} {P}.",
    "{O}, {Q} {P}.",
    "The point is made directly that {Q} {P}, which {B} should note.",
    "{N} remarks that {Q}.",
    "It has been argued that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = [
    "‘wakala’", "‘lipa kwa simu’", "‘kuwa na Vodacom’", "‘mtumba’", "‘Bongo’", "‘boda boda’", "‘kavuyo’",
    "‘Kampala hustle’", "“side hustle”", "‘kadogo economy’", "'sachet marketing'", "‘chama’", "“SACCO”",
    "‘Pearl of Africa’", "‘Hapa Kazi Tu’", "‘Tuko Pamoja’",
]  # fmt: skip
SCARE_FRAMES = [
    "{B} built its entire campaign around the idea of the {Q} {P}.",
    "Many customers still prefer what they call {Q} {P}.",
    "The so-called {Q} is now part of everyday trading in {city} {P}.",
    "Marketers describe this as {Q}, and {B} has benefited from it {P}.",
    "The slogan {Q} resonated with {A} {P}.",
    "{Q} has become a marketing term in its own right {P}.",
]  # fmt: skip
SUBJECT_LINES = [
    "‘Tuma pesa bure wikendi hii!’", "‘Jishindie TSh 1,000,000 na M-Pesa’", "“Your MoMo statement is ready”",
    "‘Eid Mubarak: 20% off data bundles’", "‘Saba Saba deals end tonight’", "“Webale! Your loan has been approved”",
    "‘Nane Nane offers on {M}’", "‘Christmas bundle: UGX 10,000 for 10GB’", "‘Karibu tena, we miss you’",
]  # fmt: skip
SUBJECT_FRAMES = [
    "An SMS headed {Q} doubled redemptions {P}.",
    "{B} sent the message {Q} to dormant customers {P}.",
    "Short messages such as {Q} work well with {A} {P}.",
    "The push notification {Q} had the highest open rate {P}.",
    "A Swahili subject line like {Q} performs better upcountry {P}.",
]  # fmt: skip

_TZ_CITIES = ["Dar es Salaam", "Dodoma", "Arusha", "Mwanza", "Zanzibar", "Mbeya", "Moshi", "Morogoro", "Tanga"]
_UG_CITIES = ["Kampala", "Entebbe", "Jinja", "Gulu", "Mbarara", "Mbale", "Fort Portal", "Lira", "Masaka"]
_DIASPORA = ["London", "Nairobi", "Dubai", "Johannesburg", "Boston", "Leicester", "Muscat"]

NOT_CITATIONS: dict[str, list[str]] = {
    "tz-act-numbered": [
        "Under the Personal Data Protection Act, 2022 (Act No. 11 of 2022), {B} must register as a data controller.",
        "The National Payment Systems Act, 2015 (Act No. 4 of 2015) governs how {B} handles e-money.",
        "The Microfinance Act, 2018 (Act No. 10 of 2018) brought tier 2 lenders under the BoT.",
    ],
    "cap-number": [
        "The Electronic and Postal Communications Act (Cap. 306 R.E. 2022) applies to bulk SMS.",
        "Consumer complaints fall under the Fair Competition Act (Cap. 285) and are heard by the FCT.",
        "The Companies Act (Cap. 212) requires {B} to file annual returns with BRELA.",
    ],
    "ug-act": [
        "Uganda's Data Protection and Privacy Act, 2019 took effect in May 2019.",
        "The National Payment Systems Act, 2020 requires MTN MoMo to hold a BoU licence.",
        "The Computer Misuse (Amendment) Act, 2022 worried many influencers in Kampala.",
    ],
    "statutory-instrument": [
        "The Data Protection and Privacy Regulations, 2021 (S.I. No. 21 of 2021) set out how consent must be recorded.",
        "Bulk SMS senders must register under S.I. No. 54 of 2019, according to the UCC.",
        "The Online Content Regulations (G.N. No. 538 of 2020) require bloggers to hold a licence.",
    ],
    "tax-measure": [
        "The mobile money levy introduced in July 2021 was reduced after public complaints.",
        "Uganda's OTT tax (UGX 200 a day, 2018) cut social media use sharply.",
        "VAT is charged at 18% in both countries, and excise duty on beer rose in FY 2023/24.",
    ],
    "shillings-tz": [
        "A crate of Safari Lager cost about TSh 48,000 (December 2023).",
        "{B} spent TZS 1.2 billion on advertising in 2022, mainly on radio.",
        "The agent commission is TSh 500 for a withdrawal of TSh 50,000.",
    ],
    "shillings-ug": [
        "A 500ml bottle of Nile Special sells for UGX 4,000 (2024 prices) in most Kampala bars.",
        "MTN Uganda reported revenue of USh 2.9 trillion for 2023.",
        "The loan limit was raised from UGX 500,000 to UGX 2m in 2021.",
    ],
    "exchange-rate": [
        "At the time of writing, USD 1 = TZS 2,520 (June 2024).",
        "All figures are converted at UGX 3,750 to the dollar (BoU mid-rate, 2024).",
    ],
    "fiscal-year": [
        "The budget for FY 2024/25 was read in Parliament in June.",
        "Sales grew by 14% in 2022/23 compared with 2021/22.",
        "The plan covers the period 2021/22 to 2025/26.",
    ],
    "national-vision": [
        "The campaign supports Tanzania Development Vision 2025 and its successor, Vision 2050.",
        "Uganda Vision 2040 places tourism at the centre of growth.",
        "The third Five Year Development Plan (FYDP III, 2021/22–2025/26) targets digital payments.",
    ],
    "public-holiday": [
        "Sales peak around Saba Saba (7 July) and again at Nane Nane (8 August).",
        "Heroes' Day falls on 25 July in Tanzania and on 9 June in Uganda.",
        "Union Day (26 April) and Karume Day (7 April) are public holidays in Tanzania.",
    ],
    "martyrs-day": [
        "Martyrs' Day (3 June, Namugongo) draws more than two million pilgrims each year.",
        "Brands set up stalls along the road to Namugongo before 3 June 2023.",
    ],
    "religious-festival": [
        "Eid al-Fitr (10 April 2024) is the busiest week for {B}.",
        "Christmas and Easter 2024 both saw record bus ticket sales.",
        "Ramadan 2023 ran from 23 March to 21 April, and iftar promotions were common.",
    ],
    "hijri-date": [
        "The promotion ran until 1 Shawwal 1445 AH (10 April 2024).",
        "Zanzibar's hotels plan around Ramadan, which in 1446 AH began on 1 March 2025.",
    ],
    "independence-date": [
        "Tanganyika became independent on 9 December 1961, and Uganda on 9 October 1962.",
        "Since the Union of 26 April 1964, Tanzania has marketed itself as one destination.",
    ],
    "historical-event": [
        "The 1972 expulsion of Ugandan Asians (Idi Amin's 90-day order) still shapes the diaspora in Leicester.",
        "The Zanzibar Revolution (January 1964) changed land ownership in Stone Town.",
        "The Arusha Declaration (1967) nationalised the banks that became NBC.",
    ],
    "lifespan": [
        "Mwalimu Julius Nyerere (1922–1999) is still used in patriotic advertising.",
        "Said Salim Bakhresa (born 1949) started Azam as a small restaurant in Dar es Salaam.",
        "Muljibhai Madhvani (1894–1958) founded the sugar business at Kakira.",
    ],
    "honorific-person": [
        "Hon. Nape Nnauye, then Minister for Information, launched the campaign in 2022.",
        "Mzee Kikwete spoke at the 2015 Nane Nane show in Dodoma.",
        "Eng. Hamza Johari, a former TCRA director general, addressed the 2019 forum.",
        "Dr. Nakato Babirye (CEO, 2021–2024) led the rebrand.",
    ],
    "person-role-bracket": [
        "The campaign was fronted by Diamond Platnumz (Wasafi Records, 2019).",
        "Sheebah Karungi (brand ambassador, 2023) appeared in every advert.",
        "The shop manager in Mwanza (interviewed 14 March 2024) confirmed the figures.",
    ],
    "interviewee": [
        "One respondent, a mama lishe in Kariakoo (Respondent 7, 2024), said she only uses M-Pesa.",
        "A boda boda rider in Gulu (Interview 12, May 2024) described the loan app as a lifeline.",
    ],
    "company-legal-form": [
        "Vodacom Tanzania PLC (listed on the DSE in 2017) is the market leader.",
        "Mukwano Industries (U) Ltd was founded in Kampala in 1980.",
        "Bakhresa Food Products (T) Ltd runs the Azam brand.",
    ],
    "organisation-bracket-year": [
        "Serengeti Breweries (a Diageo subsidiary since 2010) competes with TBL.",
        "Uganda Breweries Limited (part of EABL since 2002) brews Bell Lager.",
        "Capital Shoppers (family owned, Kampala, 1995) has eight branches.",
    ],
    "stock-ticker": [
        "CRDB (DSE: CRDB) and NMB (DSE: NMB) are the most traded bank shares.",
        "MTN Uganda (USE: MTNU) listed in December 2021.",
    ],
    "ussd-code": [
        "Customers dial *150*00# to reach M-Pesa and *165# for MTN MoMo.",
        "Airtel Money is on *150*60# in Tanzania and *185# in Uganda.",
    ],
    "paybill-number": [
        "Payments go to Lipa Namba 5584123 or to the paybill 400200.",
        "The merchant code (MoMoPay 123456) is printed on every receipt.",
    ],
    "phone-number": [
        "Customers can call +255 754 100 100 or +256 772 123 456.",
        "The customer care line is 0800 110 110 (toll free, 24 hours).",
    ],
    "tin-and-registration": [
        "{B} is registered with TIN 100-123-456 and BRELA number 142345.",
        "The URA TIN 1000123456 appears on every invoice.",
    ],
    "po-box": [
        "Letters go to P.O. Box 9111, Dar es Salaam, or P.O. Box 7062, Kampala.",
        "The head office is on Plot 1, Nakasero Road, Kampala (P.O. Box 4554).",
    ],
    "number-plate": [
        "The branded vans carry plates from T 123 DXY to T 150 DXY.",
        "Each boda boda (plates UEB 123X to UEB 200X) carried the logo.",
    ],
    "flight-number": [
        "Air Tanzania flight TC 100 leaves Dar es Salaam at 07:00 for Dodoma.",
        "Uganda Airlines UR 440 (Entebbe–London Gatwick) started in 2024.",
        "Precision Air PW 425 links Mwanza and Bukoba.",
    ],
    "radio-frequency": [
        "Clouds FM (88.4 MHz) and CBS FM (89.2) carried the jingle.",
        "The spot ran on Capital FM 91.3 and Radio Simba (97.3) every morning.",
    ],
    "tv-show": [
        "The brand sponsored Bongo Star Search (2019 season) on ITV.",
        "NTV Uganda's The Beat (since 2012) reaches young viewers.",
    ],
    "film-title": [
        "The Royal Tour (2022) raised tourist arrivals according to the ministry.",
        "Queen of Katwe (2016) put Kampala on international screens.",
    ],
    "music-festival": [
        "Sauti za Busara 2024 in Stone Town drew visitors from Europe.",
        "Nyege Nyege (Jinja, 2023) was sponsored by a beer brand.",
        "Kampala City Festival 2019 attracted over a million people.",
    ],
    "trade-fair": [
        "The stand at the 47th DITF (Saba Saba grounds, 2023) drew long queues.",
        "Karibu-Kilifair 2023 in Arusha is the main tourism fair.",
        "The UMA Trade Show (Lugogo, October 2022) is where {B} launched the product.",
    ],
    "award": [
        "{B} won Superbrands East Africa 2022/23.",
        "The campaign took gold at the Consumer Choice Awards Africa 2023.",
        "It was named Best Bank in Tanzania (Euromoney Awards for Excellence 2021).",
    ],
    "sports-club": [
        "Sponsoring Simba SC (2023/24 season) cost more than sponsoring Young Africans.",
        "The Uganda Cranes (AFCON 2019) and the Taifa Stars (AFCON 2023) both had telecom sponsors.",
        "KCCA FC (founded 1963) wears the sponsor's logo.",
    ],
    "sport-event": [
        "The Kilimanjaro Marathon 2024 had over 10,000 runners.",
        "AFCON 2027, hosted by Kenya, Tanzania and Uganda (Pamoja bid), will be a marketing opportunity.",
        "The MTN Kampala Marathon (November 2023) raised funds for a hospital.",
    ],
    "beauty-pageant": [
        "Miss Tanzania 2018 was the face of the campaign.",
        "Miss Uganda 2019/20 promoted domestic tourism.",
    ],
    "product-model": [
        "Most respondents owned a Tecno Spark 20 (2024) or an itel A70.",
        "The Samsung Galaxy A15 (2023 model) is the most sold smartphone.",
    ],
    "beer-spec": [
        "Nile Special (5.6% ABV) and Bell Lager (4%) lead the market.",
        "Kilimanjaro Premium Lager (500ml, 4.5%) is the best-selling beer.",
    ],
    "product-brand-year": [
        "Azam Cola (relaunched 2021) is cheaper than Coca-Cola.",
        "Rwenzori water (since 1997) leads the bottled water market in Uganda.",
        "Serengeti Lite (2019) targeted health-conscious drinkers.",
    ],
    "slogan": [
        "Vodacom's line 'Ni Vodacom Tu' is known to every Tanzanian.",
        "MTN's 'Everywhere you go' (2005) has been replaced.",
        "TANAPA's 'Tanzania Unforgettable' runs on every brochure.",
    ],
    "brand-rename": [
        "Tigo Pesa became Mixx by Yas in 2024 after Tigo Tanzania rebranded.",
        "Airtel replaced Zain (2010) across East Africa.",
        "Honora Tanzania PLC (formerly MIC Tanzania) owns the Yas brand.",
    ],
    "circular-number": [
        "BoT Circular No. 4 of 2022 capped digital lending charges.",
        "UCC Press Release No. 12/2023 warned against unsolicited messages.",
        "TCRA/DLS/CC/2023/07 was the case number of the complaint.",
    ],
    "standard-code": [
        "Bottled water must meet TZS 574:2017 and US EAS 12:2014.",
        "The factory is certified to ISO 9001:2015 and ISO 22000:2018.",
    ],
    "census-survey-wave": [
        "The 2022 Population and Housing Census (Sensa 2022) counted 61.7 million people.",
        "Uganda's National Population and Housing Census 2024 counted about 45.9 million.",
    ],
    "election": [
        "Advertising spend fell during the 2020 general election in Tanzania.",
        "The January 2021 elections in Uganda led to an internet shutdown of five days.",
    ],
    "school-exam": [
        "Most agents have completed Form Four (CSEE 2015 or later).",
        "Graduates of S6 (UACE 2022) are the app's main users.",
    ],
    "university-founded": [
        "Makerere University (founded 1922) is the oldest university in the region.",
        "The University of Dar es Salaam (1961) and Mzumbe (2001) run marketing degrees.",
    ],
    "course-code": [
        "The assignment is for module BMK 7103 (Semester II, 2023/24).",
        "MBA 8201 Strategic Marketing (2024 cohort) uses this case.",
    ],
    "sample-statistic": [
        "The sample size (n = 384) was calculated at a 95% confidence level.",
        "Cronbach's alpha was 0.87 (2024 pilot, 30 respondents).",
    ],
    "software-version": [
        "Data were analysed in SPSS (v. 26) and SmartPLS 4.",
        "Responses were collected with KoboToolbox (2023 release).",
    ],
    "cohort": [
        "Gen Z (born 1997–2012) now makes up most of the urban market.",
        "Millennials (born 1981–1996) hold most of the bank accounts.",
    ],
    "population-figure": [
        "Dar es Salaam (5.4 million, 2022) is the largest market in the country.",
        "Kampala (1.8 million by night) swells to four million by day.",
    ],
    "place-name": [
        "Kariakoo (Dar es Salaam) is where most wholesalers sit.",
        "Owino (St. Balikuddembe Market) is the largest market in Kampala.",
        "Mlimani City (opened 2006) was the first mall of its kind.",
    ],
    "national-park": [
        "Serengeti National Park (established 1951) is TANAPA's flagship.",
        "Bwindi Impenetrable Forest (a World Heritage Site since 1994) is home to mountain gorillas.",
    ],
    "swahili-phrase": [
        "The tagline 'Pamoja Tunaweza' (Together we can) was tested in Dodoma.",
        "'Karibu sana' (You are very welcome) opens every TV spot.",
    ],
    "luganda-phrase": [
        "The jingle ends with 'Webale nnyo' (Thank you very much).",
        "'Tugende' (Let's go) became the name of a boda boda lender.",
    ],
    "percentage-year": [
        "Smartphone penetration reached 32% (2023) in Tanzania.",
        "Mobile money accounts grew to 53.5 million (March 2024).",
    ],
    "time-zone": [
        "The live stream started at 8 p.m. EAT (UTC+3).",
        "Calls were scheduled for 10:00 EAT to suit staff in Dubai (UTC+4).",
    ],
    "diaspora-place": [
        "The Tanzanian diaspora in {diaspora} sends money home through Wise and M-Pesa.",
        "Ugandans in Boston (about 10,000 in 2020) use WorldRemit.",
    ],
    "social-handle": [
        "Follow us on Instagram at @vodacomtanzania and on X at @MTNUganda.",
        "The hashtag #SabaSaba2023 trended for two days.",
    ],
    "vehicle-model": [
        "The delivery fleet uses Bajaj RE (2022) tricycles.",
        "The sales team drives Toyota Probox (2015 model) cars.",
    ],
}  # fmt: skip

BRANDS = [
    "CRDB Bank", "NMB Bank", "NBC", "Stanbic Bank Uganda", "Centenary Bank", "dfcu Bank", "Equity Bank Uganda",
    "Vodacom Tanzania", "M-Pesa", "Airtel Money", "Mixx by Yas", "Halotel", "MTN MoMo", "Lyca Mobile",
    "Azam", "Bakhresa Group", "Tanzania Breweries", "Serengeti Breweries", "Nile Breweries", "Mukwano",
    "Uganda Breweries", "Jumia", "Shoprite", "Capital Shoppers", "Game", "Air Tanzania", "Precision Air",
    "Uganda Airlines", "TANAPA", "Uganda Tourism Board", "Mwananchi Communications", "Vision Group",
    "Clouds Media", "NTV Uganda", "Kilimanjaro Premium Lager", "Rwenzori", "Kasuku", "Bell Lager",
]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The pool's own placeholders: cities, sample sizes, agent numbers and the diaspora."""
    cities = _TZ_CITIES + _UG_CITIES
    first = rng.choice(cities)
    return {
        "city": first,
        "city2": rng.choice([c for c in cities if c != first]),
        "smes": str(rng.randint(80, 420)),
        "agents": f"{rng.randint(5, 120)},{rng.randint(0, 999):03d}",
        "diaspora": rng.choice(_DIASPORA),
    }
