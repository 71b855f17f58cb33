"""The blind171 pool (HELD OUT): prose, brands and decoys of marketers in Egypt, Jordan and their diaspora.

A hundred-and-seventy-first independent pool, written without reading the checker, its tests or any other pool:
the sentences that marketers at Egyptian and Jordanian banks and fintechs (National Bank of Egypt, Banque Misr, CIB,
QNB Alahli, Fawry, valU, Paymob, InstaPay; Arab Bank, the Housing Bank, Zain Cash, CliQ), telecoms (Vodafone Egypt,
Orange Egypt, e& Egypt, WE; Zain Jordan, Umniah, Orange Jordan), food and FMCG makers (Juhayna, Edita, Domty,
Chipsy, Beyti, Obour Land, Al Ahram Beverages, Hikma), retailers and malls, developers (Talaat Moustafa, Palm Hills,
SODIC, Emaar Misr), EgyptAir, Royal Jordanian, the media and agencies write in CIM Level 6 and 7 reports and MBA
assignments in English, in Cairo, Giza, Alexandria, New Cairo, Amman, Irbid, Aqaba, Dubai, Riyadh, Kuwait City,
London and New Jersey. Its decoys are what such reports hold that looks like a citation and is not: laws with their
numbers and years ("Law No. 151 of 2020", "Consumer Protection Law No. 181 of 2018", "Personal Data Protection Law
No. 24 of 2023"), CBE and CBJ decisions, the float of the pound, pounds as EGP, LE and E£ with "bn" and "mn",
piastres, dinars as JOD and JD with fils, Hijri and Coptic dates, Ramadan, the Eids, Sham El-Nessim, Coptic
Christmas, the October 6 anniversary, Jordan's Independence Day, the Cairo International Film Festival and the
Jerash Festival, executives with honorifics, actors and footballers in adverts, founders, former names, tickers,
commercial registers, hotlines and USSD codes, addresses, flights, bundles, product models, awards, samples and
statistics, course and university codes, Arabic glosses, hashtags and slogans.

HELD OUT: never tune the checker on it; report its tables, never its misses.
"""

# ruff: noqa: E501  (frames read best one to a line; Arabic script and curly quotation marks are the point)
from __future__ import annotations

import random

BRANDS = ["Vodafone Egypt", "Orange Egypt", "e& Egypt", "WE", "Telecom Egypt", "Zain Jordan", "Umniah", "Orange Jordan",
          "National Bank of Egypt", "Banque Misr", "CIB", "QNB Alahli", "Fawry", "valU", "Paymob", "InstaPay",
          "Arab Bank", "the Housing Bank", "Zain Cash", "CliQ", "Juhayna", "Edita", "Domty", "Chipsy", "Beyti",
          "Obour Land", "Al Ahram Beverages", "Hikma", "Al Kasih", "Carrefour Egypt", "Seoudi", "Kheir Zaman", "Cozmo",
          "Talaat Moustafa Group", "Palm Hills", "SODIC", "Emaar Misr", "EgyptAir", "Royal Jordanian", "Talabat",
          "Breadfast", "Rabbit", "Swvl", "Careem", "Aramex", "Mall of Arabia", "Taj Mall", "Cilantro", "Abu Auf"]  # fmt: skip

_CITIES = ["Cairo", "Giza", "Alexandria", "New Cairo", "the New Administrative Capital", "Sharm El Sheikh", "Hurghada",
           "Mansoura", "Tanta", "Assiut", "Sheikh Zayed", "6th of October City", "Amman", "Irbid", "Zarqa", "Aqaba",
           "Madaba", "Dubai", "Riyadh", "Kuwait City", "Doha", "London", "Jersey City"]  # fmt: skip
_STARS = ["Amr Diab", "Mohamed Salah", "Ahmed Helmy", "Mohamed Henedy", "Yousra", "Tamer Hosny", "Mohamed Ramadan",
          "Hend Sabry", "Mona Zaki", "Ahmed Ezz", "Menna Shalaby", "Omar Al-Abdallat", "Diana Karazon", "Sherine",
          "Karim Abdel Aziz", "Aser Yassin", "Nancy Ajram", "Hamaki", "Wegz", "Marwan Pablo"]  # fmt: skip
_EXECUTIVES = ["Eng. Hany Abdel Aziz", "Dr. Rania El-Sayed", "Mr. Omar Haddad", "Ms. Lina Al-Khalidi",
               "Eng. Tarek Moustafa", "Dr. Mina Girgis", "Mrs. Nadia Boutros", "Dr. Sawsan Khasawneh",
               "Mr. Ahmed Mohamed Abdel Rahman", "Eng. Hussein Al-Majali", "Ms. Mariam Shenouda", "Dr. Khaled Abou Zeid",
               "Mr. Yazan Qaddoumi", "Ustaz Mahmoud Attia", "Mr. Rakan Shapsough"]  # fmt: skip
_EGP_BIG = ["EGP 4.2bn", "EGP 350mn", "LE 18.5bn", "E£1.2bn", "E£ 75mn", "EGP 12.9bn", "LE 3.5 million",
            "EGP 2.3 billion", "LE 640mn", "EGP 27.4bn"]  # fmt: skip
_EGP_PRICE = [
    "EGP 42.50",
    "LE 250",
    "EGP 1,250",
    "EGP 49.99",
    "EGP 6,999",
    "LE 35",
    "E£ 18.75",
    "EGP 12,499",
    "LE 9.50",
]
_JOD_BIG = ["JOD 1.5mn", "JOD 45mn", "JOD 2.1 billion", "JOD 320,000", "JD 12.4 million", "JOD 880,000"]
_JOD_PRICE = ["JD 12.500", "JD 3 and 250 fils", "JD 899", "JD 10", "JD 0.750", "JOD 24.99", "JD 7"]  # fmt: skip
_HIJRI = ["Ramadan 1445 AH", "Ramadan 1444 AH", "Ramadan 1446", "Ramadan 1443 AH", "Ramadan 1445"]
_MALLS = ["Mall of Arabia", "Mall of Egypt", "City Stars", "Cairo Festival City", "Taj Mall", "City Mall Amman",
          "Abdali Mall", "Mecca Mall", "San Stefano Grand Plaza", "Point 90"]  # fmt: skip
_COURSES = ["MKT 501", "BADM 4201", "MGMT 6030", "MKTG 341", "7PD01", "BUS 305", "MBA 612", "MKT 3307"]


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use: cities, stars, executives, currencies, Hijri dates, malls, codes."""
    return {
        "city": rng.choice(_CITIES), "star": rng.choice(_STARS), "exec": rng.choice(_EXECUTIVES),
        "egp": rng.choice(_EGP_PRICE), "egpbn": rng.choice(_EGP_BIG), "egpold": rng.choice(_EGP_BIG), "jod": rng.choice(_JOD_PRICE),
        "jodmn": rng.choice(_JOD_BIG), "yr": str(rng.randint(2016, 2025)), "yr2": str(rng.randint(2026, 2028)),
        "founded": str(rng.randint(1952, 2012)), "hijri": rng.choice(_HIJRI), "mall": rng.choice(_MALLS),
        "course": rng.choice(_COURSES), "pct": f"{rng.randint(3, 78)}%", "mn": str(rng.randint(2, 95)),
        "hotline": rng.choice(["19777", "16888", "19623", "19700", "16677", "*9#", "*868#", "*131#", "#100#"]),
    }  # fmt: skip


# ---------------------------------------------------------------------------------------------------- citing frames
NARRATIVE_START = [
    "{N} found that {C}.", "{N} argued that {C}, which is highly relevant for {B}.", "{N} concluded that {C}.",
    "{N} highlighted that {C}, especially in {city}.", "{N} stated that {C}.", "{N} confirmed that {C} among {A}.",
    "{N} pointed out that {C}; this is clearly seen in {B}'s Ramadan campaign.", "{N} suggested that {C}.",
    "{N} revealed that {C}, even after the float of the pound.", "{N} emphasised that {C}.",
    "{N} noted that {C} and that {C2}.", "{N} explained how {C}.", "{N} indicated that {C} in both Egypt and Jordan.",
    "{N} asserted that {C}.", "{N} surveyed consumers in {city} and found that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "As stated by {N}, {C}.", "{O}, {N} observed that {C}.",
    "In the Egyptian context, {N} found that {C}.", "This is consistent with {N}, who reported that {C}.",
    "{C}, as {N} confirmed.", "For {B}, the study by {N} shows that {C}.", "In line with {N}, {C}.",
    "A similar result was reached by {N} in Jordan, where {C}.", "{O}, as {N} argued, {C}.",
    "Based on {N}, {C}.", "{B} can learn from {N}, who showed that {C}.",
    "It is worth mentioning that {N} also found that {C}.", "In contrast to the Gulf, {N} argued that {C}.",
    "Looking at {city}, {N} reported that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study in {city} showed that {C}.", "{O}, {N} model explains why {C}.", "{N} findings suggest that {C}.",
    "Applying {N} framework to {B}, {C}.", "{N} survey of {A} revealed that {C}.", "{N} work on Ramadan advertising shows that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "It is widely agreed that {C} {P}.", "{C}, especially in Upper Egypt {P}.",
    "Research in Jordan shows that {C} {P}.", "{C}, and {B} is no exception {P}.", "Studies confirm that {C} {P}.",
    "{C} during Ramadan {P}.", "In Egypt, {C} {P}.", "{C} among {A} {P}.", "{O}, it can be said that {C} {P}.",
    "{C}, which explains {B}'s strategy {P}.", "Evidence from the MENA region suggests that {C} {P}.",
    "{C} {P:see}.", "{C} {P:e.g.}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, while {C2}.", "{C} {P}; however, {C2}.", "{C} {P}, but {C2}.", "{C} {P}, whereas in Jordan {C2}.",
    "{O}, {C} {P}, and {C2}.", "{C} {P}; therefore, {C2}.", "{C} {P}, although {C2}.", "{C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{B} depends on Ramadan for most of its yearly advertising reach", "mobile wallets have grown fastest outside Cairo",
    "{A} trust a bank more when it is recommended by family", "price is the first thing Egyptian shoppers compare",
    "{T} works better in Arabic than in English", "celebrity adverts raise recall but not always purchase",
    "{B} must protect its margins as the pound weakens", "instant payments have reduced the use of cash for small bills",
    "WhatsApp is the main service channel for {A}", "{A} respond well to {T}",
    "brand boycotts have shifted share to local labels", "consumers switch to smaller packs when inflation rises",
    "loyalty programmes keep {A} despite price increases", "{B} can reach the diaspora through {T}",
    "young Jordanians expect brands to speak their dialect", "trust in fintech is still lower than trust in banks",
    "{T} improves {R} among {A}", "Gen Z shoppers in Egypt follow TikTok creators more than television stars",
    "remittances from the Gulf shape spending during the Eids", "the cost of living has made {A} more price-sensitive",
    "Egyptian households buy most of their groceries from the local supermarket", "{B} has gained share with {T}",
]  # fmt: skip
OPENERS = [
    "However", "Moreover", "Furthermore", "In addition", "On the other hand", "In the case of {B}", "Nowadays",
    "After the float", "During Ramadan", "In Jordan", "For this reason", "As a result", "In Egypt", "Besides",
]  # fmt: skip
PLAIN = [
    "{B} operates in {city} and sells through its app, agents and partner outlets.",
    "The campaign ran for the thirty days of Ramadan on television, Facebook and TikTok.",
    "This section applies the 7Ps to {B}.", "The company's head office is in {city}.",
    "Table 2 summarises the PESTLE factors for {B}.", "{O}, {C}.",
    "The analysis below uses the Ansoff matrix to assess {B}'s growth options.",
    "{B} targets {A} in Greater Cairo and Alexandria first.",
    "The recommendations are costed in Egyptian pounds and summarised in Appendix 3.",
    "Interviews were held in Arabic and translated by the author.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one study puts it, {Q} {P}.", "{N} was clear: {Q}.", "In the words of {N}, {Q}.",
    "{Q}, according to one author {P}.", "It has been argued that {Q} {P}.", "{N} stated that {Q}.",
    "This echoes the view that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["“cashless Egypt”", "‘Ramadan season’", "\"khaliha tesdy\"", "“the new Egypt”", "‘baraka’",
                "\"fakka\"", "“wasta”", "‘shabka’", "“the Gen Z of Amman”", "\"Egyptian-made\""]  # fmt: skip
SCARE_FRAMES = [
    "Many brands now claim to support {Q} {P}.", "Marketers now use the word {Q} in their briefs {P}.",
    "{B} positions its offer as {Q} {P}.", "Consumers speak of {Q} when they choose local brands {P}.",
    "{N} describes this as {Q}.",
]  # fmt: skip
SUBJECT_LINES = [
    "“Ramadan Kareem! Double your Flex units this week”", "‘Your InstaPay transfer was successful’",
    "\"Eid Mubarak: 20% off all orders today\"", "“Pay your electricity bill with Fawry in 2 minutes”",
    "‘Last chance: free delivery before iftar’", "\"كل سنة وانت طيب [Happy Eid] from {B}\"",
    "“Your valU limit has been increased”", "‘Happy Independence Day, Jordan: 25 JD cashback’",
]  # fmt: skip
SUBJECT_FRAMES = [
    "The SMS {Q} was sent to all prepaid users {P}.", "A push notification reading {Q} lifted opens {P}.",
    "{B}'s message {Q} received the most clicks {P}.", "Customers remembered the line {Q} {P}.",
    "As {N} notes, even a short text such as {Q} builds trust.",
]  # fmt: skip

# ---------------------------------------------------------------------------------------------------- decoys
NOT_CITATIONS = {
    "egypt-data-law": ["Under Law No. 151 of 2020 on the Protection of Personal Data, {B} needs explicit consent before sending marketing SMS.",
                       "Egypt's data law (Law No. 151 of 2020) only took full effect once its executive regulations were issued.",
                       "The Personal Data Protection Law, No. 151 of 2020, applies to every company that stores customers' phone numbers."],
    "consumer-protection-law": ["Misleading 'before and after' prices are banned by the Consumer Protection Law No. 181 of 2018.",
                                "{B}'s Black Friday (\"White Friday\") offers must respect Consumer Protection Law No. 181 of 2018, Article 24."],
    "jordan-data-law": ["Jordan's Personal Data Protection Law No. 24 of 2023 came into force in March 2024.",
                        "Since the Personal Data Protection Law (No. 24 of 2023) {B} has rewritten its privacy notice in Arabic and English."],
    "other-law-number": ["Cash payments above the limit are restricted by Law No. 18 of 2019 on non-cash payments.",
                         "The new Central Bank law (Law No. 194 of 2020) replaced the banking law of 2003.",
                         "Jordan's Electronic Transactions Law No. 15 of 2015 made e-signatures valid."],
    "central-bank-decision": ["On 3 November 2016 the CBE floated the pound, and prices of imported goods doubled within months.",
                              "The CBJ's instructions of 2023 raised the daily limit on CliQ transfers to {jod}.",
                              "The CBE's decision of 6 March 2024 moved the official rate to about EGP 50 to the dollar."],
    "egp-amounts": ["{B} raised the price of a one-litre pack to {egp} (from LE 18 before the float).",
                    "Revenue reached {egpbn} in FY2023, up {pct} (FY2022: {egpold}).",
                    "A Ramadan television slot now costs about LE {mn}0,000 per 30 seconds."],
    "jod-amounts": ["A monthly Umniah bundle costs {jod} (about USD 14).", "Average basket size in Amman is {jod}, against JD 9 in Irbid.",
                    "Arab Bank's marketing budget is estimated at {jodmn} (2024 plan)."],
    "piastres-fils": ["The smallest Chipsy pack went from 50 piastres to EGP 5 in ten years.",
                      "A bus ticket in Amman still costs 500 fils (JD 0.500).", "Fawry charges a fee of 75 piastres to EGP 2 per bill."],
    "hijri-dates": ["Ramadan 1445 AH began on 11 March 2024 in Egypt and Jordan, and Eid fell on 1 Shawwal 1445.", "Sales were tracked from 1 Ramadan to 30 Ramadan ({hijri}).",
                    "The campaign was planned for {hijri}, which falls in the spring."],
    "ramadan-season": ["Egyptian channels sell most of their airtime in the Ramadan drama season ({yr}).",
                       "Iftar and suhoor (the meal before dawn) are the two peaks for food delivery apps."],
    "eid-dates": ["Sales peak in the week before Eid al-Fitr (10 April 2024).", "Eid al-Adha (16–19 June 2024) is the peak season for meat and travel.",
                  "{B} gives its staff an Eid bonus of one month's salary."],
    "coptic-calendar": ["Coptic Christmas (7 January) is a public holiday in Egypt, and {B} runs a separate campaign for it.",
                        "The Coptic year 1740 began on 11 September 2023 (Nayrouz)."],
    "sham-el-nessim": ["On Sham El-Nessim (Monday 6 May 2024) families eat feseekh and coloured eggs in parks.",
                       "Sham El-Nessim, the spring festival that follows Coptic Easter, is a big day for {B}."],
    "october-6": ["The October 6 anniversary (6 October 1973) is marked by patriotic adverts every year.",
                  "{B}'s 50th-anniversary campaign for the October War (1973–2023) was widely shared."],
    "jordan-independence": ["Jordan's Independence Day (25 May) is a peak for flag-themed packaging.",
                            "For the 78th Independence Day (25 May 2024) {B} offered free data to all users."],
    "film-festival": ["{B} sponsored the 45th Cairo International Film Festival (CIFF, November 2023).",
                      "The El Gouna Film Festival (est. 2017) attracts regional stars and sponsors."],
    "jerash-festival": ["The Jerash Festival of Culture and Arts (July {yr}) draws visitors from across the Levant.",
                        "{B} was the main sponsor of the 37th Jerash Festival."],
    "star-in-advert": ["{star} starred in {B}'s Ramadan {yr} advert, which passed 40 million views.",
                       "The advert with {star} was the most watched on YouTube Egypt that month."],
    "ambassador-since": ["{star} (brand ambassador since {yr}) appears on every billboard in {city}.",
                         "{B} renewed its deal with {star} until {yr2}."],
    "executive-honorific": ["According to the CEO, {exec}, the app had {mn} million users by the end of {yr}.",
                            "{exec}, Chief Marketing Officer, said the campaign was \"a turning point\" for the brand.",
                            "The interview with {exec} (Head of Digital) was held in {city} in {yr}."],
    "founder-dates": ["{B} was founded in {city} in {founded} by two brothers from Mansoura.",
                      "Since its founding ({founded}) the company has remained family-owned."],
    "org-bracket-year": ["Talaat Moustafa Group (TMG, listed on the EGX in 2007) sells mainly in New Cairo.",
                         "Arab Bank (est. 1930 in Jerusalem) moved its head office to Amman in 1948.",
                         "Juhayna (founded 1983) is the market leader in packaged milk."],
    "former-names": ["Etisalat Misr (renamed e& Egypt in 2023) is the third mobile operator.",
                     "Mobinil was rebranded as Orange Egypt in 2016.", "Zain Jordan began life as Fastlink (1995)."],
    "stock-tickers": ["CIB (EGX: COMI) is the largest listed bank in Egypt.", "Hikma (LSE: HIK) reports in US dollars.",
                      "Arab Bank (ASE: ARBK) pays its dividends in JOD."],
    "commercial-register": ["Commercial Register No. {mn}4521 (Cairo) is printed on every invoice.",
                            "Tax Card No. 200-{mn}3-417 appears on all receipts issued by {B}."],
    "hotline-ussd": ["Customers can call {hotline} or dial *9# to check their balance.",
                     "The hotline ({hotline}) works 24/7 during Ramadan."],
    "phone-numbers": ["The Amman branch can be reached on +962 6 5600 600.", "For complaints, call +20 2 2345 6789 (Sunday to Thursday)."],
    "addresses": ["The new flagship opened at {mall}, 26th of July Corridor, Sheikh Zayed City (Giza).",
                  "Its head office is on Abdali Boulevard, Amman 11190.", "The store is in {mall} (Gate 5, ground floor)."],
    "sample-size": ["The questionnaire was answered by Egyptian bank customers (n = 384).",
                    "Responses were collected in Amman and Irbid (N = 412; 58% female)."],
    "statistics": ["Trust had a strong effect on intention (β = 0.41, p < 0.001).", "The scale was reliable (Cronbach's α = 0.87)."],
    "tables-figures": ["The results are summarised in the table (Table 3).", "The customer journey is mapped in Appendix B (Figure 2)."],
    "fiscal-quarters": ["Sales grew {pct} in Q{q} FY2023/24.", "Results for the fiscal year ending 30 June 2024 (FY24) were published in September."],
    "inflation-rates": ["Urban inflation in Egypt reached 38% (September 2023), a record.", "The overnight deposit rate was 27.25% (March 2024)."],
    "course-codes": ["This report was written for {course} (Spring {yr}).", "The assignment brief (CIM Level 7, 7PD01) asks for a marketing plan."],
    "university-cohort": ["The author studied marketing at the GUC (Faculty of Management Technology, class of {yr}).",
                          "The survey was piloted with MBA students at AUC (Fall {yr})."],
    "product-models": ["The Galaxy A15 was sold for {egp} in Egypt at launch.", "Chipsy Tomato and Chipsy Cheese are the best-selling flavours.",
                       "The iPhone 15 Pro cost {jod} in Amman."],
    "telecom-bundles": ["Vodafone Flex 70 and WE Space 140 GB are the most popular bundles.", "Umniah's Nashama 10 bundle targets students."],
    "flights": ["EgyptAir flight MS 777 (Cairo–London Heathrow) is the route most used by the diaspora.",
                "Royal Jordanian's RJ 111 (Amman–London) runs daily."],
    "museum-opening": ["The Grand Egyptian Museum opened officially on 1 November 2025.",
                       "Petra was named one of the New Seven Wonders of the World in 2007."],
    "hashtags": ["The campaign trended under #رمضان_كريم and #RamadanKareem.", "{B}'s hashtag #ShopLocal{yr} reached 2 million users."],
    "arabic-gloss": ["Many buyers still pay through a gam'eya (جمعية, a rotating savings group).",
                     "Sellers rely on 'baraka' (بركة, blessing) and family trust.", "Small shops give change as sweets when there is no fakka (small change)."],
    "slogans": ["The 2019 boycott of car dealers was called \"Khaliha tesdy\" (let it rust).",
                "Vodafone's slogan \"Power to you\" is used across the region."],
    "boycott-years": ["The 2023–2024 boycott of Western brands helped local colas such as Spiro Spathis.",
                      "The boycott (October 2023 onwards) changed shelf share in Cairo supermarkets."],
    "visions": ["Egypt Vision 2030 sets a target of a cashless government.",
                "Jordan's Economic Modernisation Vision (2023–2033) names tourism as a priority sector."],
    "new-capital": ["The New Administrative Capital (NAC), 45 km east of Cairo, will host the ministries.",
                    "Offices moved to the NAC in 2023."],
    "egyptian-dates": ["The campaign launched on 25/01/2024 and ended on 10-4-2024.", "The offer is valid from 1/3/2025 until 31/3/2025."],
    "year-ranges": ["Mobile wallet accounts grew sharply (2019–2024).", "Tourist arrivals recovered over the period 2021–2023."],
    "old-prizes": ["Naguib Mahfouz's 1988 Nobel Prize is still used in Egyptian tourism campaigns.",
                   "Mohamed Salah (Liverpool, since 2017) is the face of several Egyptian brands."],
    "awards": ["The campaign won an Effie MENA Gold (2023).", "{B} took a Dubai Lynx Grand Prix in {yr}.",
               "The film was shortlisted for Cannes Lions (2022)."],
    "exchange-rates": ["The budget assumes USD 1 = EGP 47.5 (June 2025).", "The dinar is pegged at USD 1 = JOD 0.709."],
    "handles-urls": ["Follow @VodafoneEgypt and @ZainJordan for offers.", "Registration is on instapay.eg or www.fawry.com."],
    "lockdown": ["During the 2020 lockdown (curfew from 7 p.m.) delivery orders tripled.",
                 "The pandemic (2020–2021) pushed many shops in {city} onto Instagram."],
    "trade-fairs": ["{B} exhibited at Cairo ICT (November {yr}).", "Cityscape Egypt {yr} drew many diaspora buyers."],
    "postcodes": ["Deliveries to Amman 11118 and Cairo 11511 take one day.", "The warehouse is in Zarqa 13110."],
}  # fmt: skip
