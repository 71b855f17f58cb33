"""The blind145 pool's prose (HELD OUT): marketers in Myanmar and its diaspora writing CIM and MBA reports.

The hundred-and-forty-fifth independent pool, written without reading the checker, its tests or any other pool,
and HELD OUT: nobody tunes the checker on it until its first tables have been read. Its writers are marketers at
banks (KBZ, AYA, CB Bank, Yoma), mobile money (Wave Money, KBZPay), telecoms (MPT, Ooredoo/U9, ATOM, Mytel),
breweries and drinks makers, tea-leaf and rice traders, supermarkets (City Mart, Ocean), jade and gems dealers,
airlines, media houses, NGOs and agencies in Yangon, Mandalay, Naypyitaw, Taunggyi, Mawlamyine and Bago, and in the
diaspora in Bangkok, Mae Sot, Singapore, Kuala Lumpur, Fort Wayne and Sydney. They write kyat as MMK or K with lakhs
and crores, Myanmar Era years (ME 1385) beside Gregorian ones, Thingyan, Thadingyut and Tazaungdaing, laws as
"Pyidaungsu Hluttaw Law No. 29/2017" and notifications as "Notification No. 10/2020", honorifics (U, Daw, Ko, Ma,
Saw, Naw, Sai, Nang) on names with no family name, and romanised Burmese glossed in brackets. The decoys are the
brackets, years, numbers, codes and names such reports carry that are no citation.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} argued that {C}, especially in Yangon and Mandalay.",
    "{N} concluded that {C}.",
    "{N} surveyed {n} respondents in {city} and showed that {C}.",
    "{N} points out that {C}, which is very relevant for {B}.",
    "{N} suggested that {C}; however, the data were collected before 2021.",
    "{N} stated that {C}.",
    "{N} observed that {C} among {A}.",
    "{N} explained that {C} and that {C2}.",
    "{N} highlighted that {C} in Myanmar's cash-based economy.",
    "{N} noted that {C}, although the sample came only from {township} Township.",
    "{N} claims that {C}.",
    "{N} also found that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.",
    "As {N} mentioned, {C}.",
    "{O}, {N} found that {C}.",
    "In the Myanmar context, {N} showed that {C}.",
    "{C}, as {N} pointed out.",
    "This is in line with {N}, who found that {C}.",
    "For {B}, the lesson from {N} is that {C}.",
    "A similar result was reported by {N} in {city}: {C}.",
    "Based on the study of {N}, {C}.",
    "{C}; {N} reached the same conclusion for the diaspora in {diaspora}.",
    "The findings of {N} show that {C}.",
    "Like {N}, the writer believes that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {city} shoppers found that {C}.",
    "{O}, {N} model shows that {C}.",
    "{N} survey of mobile money agents found that {C}.",
    "{N} findings suggest that {C}.",
    "Using {N} framework, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "It is generally accepted that {C} {P}.",
    "In Myanmar, {C} {P}.",
    "Research in {city} shows that {C} {P}.",
    "{C}, especially for {A} {P}.",
    "Previous studies found that {C} {P}.",
    "{C} (for example, at {B}) {P}.",
    "Since the 2021 crisis, {C} {P}.",
    "{C} {P:see}.",
    "{C} {P:e.g.}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{C} {P}, but {C2}.",
    "{C} {P}; at the same time, {C2}.",
    "While {C} {P}, {C2}.",
    "{C} {P}, whereas in the diaspora {C2}.",
]  # fmt: skip
CLAIMS = [
    "{B} could grow its customer base by adding more agents in {city}",
    "mobile money has replaced cash for many remittances from {diaspora}",
    "Facebook is still the main channel for reaching {A} in Myanmar",
    "trust in banks fell sharply after the 2021 cash shortages",
    "using {T} raises {R} among {A}",
    "Myanmar consumers prefer local brands when prices rise",
    "Thingyan is the biggest sales period of the year for beverage makers",
    "price is more important than service quality for prepaid mobile users",
    "{B} depends on word of mouth more than on paid media",
    "tea-leaf brands compete on packaging and region of origin",
    "supermarket loyalty cards increase basket size among {A}",
    "QR payments grew fastest in Yangon and Mandalay",
    "jade buyers care about certification more than about brand",
    "airlines in Myanmar compete mainly on punctuality and price",
    "{A} in the diaspora follow Myanmar brands on social media",
    "celebrity endorsement works well for beer and energy drinks",
    "rice traders rarely invest in branding",
    "Burmese-language content performs better than English content",
    "{B} should localise its messages for Shan, Kachin and Mon audiences",
    "customer service in Burmese increases satisfaction with telecom operators",
    "NGOs use Viber and Facebook Messenger groups to reach donors",
    "the kyat's depreciation changed how {A} shop",
]  # fmt: skip
OPENERS = [
    "However",
    "In addition",
    "For {B}",
    "In the case of {B}",
    "Moreover",
    "On the other hand",
    "Nowadays",
    "After the pandemic",
    "In Myanmar",
    "In {city}",
    "Similarly",
    "Therefore",
]  # fmt: skip
PLAIN = [
    "{B} sells through its own app, its Facebook page and more than {n} agents.",
    "The writer works in the marketing department of {B} in {city}.",
    "Most customers of {B} pay by KBZPay or Wave Pay, and some still pay cash on delivery.",
    "The campaign ran for three weeks before Thingyan on Facebook, TikTok and Viber.",
    "Internet shutdowns in some regions made digital campaigns difficult.",
    "{B} has offices in Yangon, Mandalay and Naypyitaw.",
    "{O}, {C}.",
    "The questionnaire was translated into Burmese and checked by two lecturers.",
    "Many customers of {B} live outside Yangon and use prepaid SIM cards.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one author states, {Q} {P}.",
    "{N} stated that {Q}.",
    "{O}, {Q} {P}.",
    "In the words of {N}, {Q}.",
    "This is clearly explained: {Q} {P}.",
    "{Q} {P}, which {B} should consider.",
]  # fmt: skip
SCARE_QUOTES = [
    "“Facebook is the internet”",
    "‘cash is king’",
    "\"phone-first\"",
    "“Myanmar-made”",
    "‘a-na-de’",
    "“trusted brand”",
    "'kyat-saving'",
    "“Thingyan spirit”",
    "‘quality Shan tea’",
]  # fmt: skip
SCARE_FRAMES = [
    "Many marketers in Yangon still say {Q} {P}.",
    "{B} calls its approach {Q} {P}.",
    "The idea of {Q} is common among older customers {P}.",
    "Consumers often describe this feeling as {Q}, a kind of social politeness {P}.",
    "So-called {Q} marketing is growing {P}.",
]  # fmt: skip
SUBJECT_LINES = [
    "“Thingyan bonus: 5% cashback with KBZPay”",
    "‘Top up K 3,000, get 1 GB free’",
    "\"Mingalarbar! Your Mytel bonus is here\"",
    "“Send money home free this Thadingyut”",
    "‘City Mart members: double points this weekend’",
    "“Your Wave Money PIN will expire soon”",
    "'Fly Yangon-Bangkok from K 2 lakh'",
]  # fmt: skip
SUBJECT_FRAMES = [
    "The SMS {Q} had the highest response rate {P}.",
    "A Viber message headed {Q} was sent to {n} customers {P}.",
    "{B} used the push notification {Q} {P}.",
    "The Facebook post {Q} got thousands of shares {P}.",
]  # fmt: skip

# Text with brackets, years, numbers or names that is no citation and must raise no problem.
NOT_CITATIONS = {
    "myanmar-era-year": ["Sales peaked in the week before the new year of ME {ME} ({MY}).",
                         "The shop's sign gives its founding year as ME {ME}, not {MY}."],
    "thingyan-year": ["During Thingyan {MY} (13–16 April), {B} closed all its branches.",
                      "The water festival (Thingyan {MY}) is when most families buy new clothes."],
    "thadingyut-tazaungdaing": ["Lights and gifts sell best at Thadingyut ({MY}) and Tazaungdaing a month later.",
                                "The Taunggyi balloon festival (Tazaungdaing, November {MY}) draws visitors from all over the country."],
    "full-moon-day": ["Branches were closed on the Full Moon Day of Waso ({MY}).",
                      "The promotion started on the Full Moon Day of Tabaung, ME {ME}."],
    "law-number": ["Companies must re-register under the Myanmar Companies Law (Pyidaungsu Hluttaw Law No. 29/2017).",
                   "Advertising rules are set out in Pyidaungsu Hluttaw Law No. {lawno}/{MY}, which the company follows."],
    "notification-number": ["The mobile wallet limit was raised by CBM Notification No. {notino}/{MY}.",
                            "Under Notification No. 10/2020, agents could open accounts with a phone number only."],
    "kyat-lakh": ["A basic smartphone costs about K {lakh} lakh ({n} USD).",
                  "The average basket at City Mart is K {n},000 (about {q} lakh a month for a family)."],
    "kyat-crore": ["{B} spent MMK {crore} crore on advertising in FY {MY}-{MY2s}.",
                   "Total sales reached K {crore} crore ({MY} figures)."],
    "exchange-rate": ["The official rate was fixed at MMK 2,100 per USD (August 2022).",
                      "Imported beer became expensive (USD 1 = K {fx} on the market in {MY})."],
    "fiscal-year": ["The financial year changed to October–September (FY {MY}-{MY2s}).",
                    "Profits rose in the 2018–19 mini-budget period (April–September 2018)."],
    "company-registration": ["{B} is registered with DICA (Company Registration No. {regno}).",
                             "The agency's MyCO number ({regno}) appears on every invoice."],
    "ysx-ticker": ["First Myanmar Investment (YSX: 00001) was the first listed company.",
                   "Shares of the bank (YSX code 00005) rose after the announcement in {MY}."],
    "ussd-code": ["Customers can check their balance by dialling *{ussd}# (free of charge).",
                  "The old menu (*997#) still works on basic phones."],
    "sim-price": ["A SIM card cost K 1,500 in 2014, compared with about USD 1,500 (around 2000).",
                  "The SIM price war (K 1,500 to K {n}) changed the market."],
    "honorific-person": ["Daw Suu's visit to {city} ({MY}) was covered by every channel.",
                         "U {bname} (chairman since {MY}) opened the new showroom."],
    "same-person-two-names": ["Aung San Suu Kyi (often called Daw Suu or Amay Suu) appeared in the campaign.",
                              "Posters of Daw Aung San Suu Kyi (State Counsellor, 2016–2021) were removed from shops."],
    "founder-year": ["The brewery was founded by U {bname} in {MY} in Mandalay.",
                     "{B} (founded 1994 in Taunggyi) started as a small trading house."],
    "brand-launch": ["The wallet (launched {MY}) now has more users than the bank itself.",
                     "KBZPay (launched 2018) and Wave Money (launched 2016) dominate the market."],
    "organisation-founded": ["The supermarket chain (City Mart Holding, est. 1996) now has more than {n} stores.",
                             "The operator (Ooredoo Myanmar, licensed 2014) later rebranded as U9."],
    "product-model": ["The bank gave away Redmi Note {q} phones ({MY} promotion).",
                      "Mytel's 4G+ plan (Data Pack {n}) was the best seller."],
    "telecom-spectrum": ["Licences were awarded in June 2013 (900 MHz and 2.1 GHz).",
                         "The fourth operator started with 4G on 700 MHz ({MY})."],
    "award": ["{B} won Best Mobile Money Provider (Asian Banking & Finance Awards {MY}).",
              "The campaign was shortlisted for the Myanmar Marketing Excellence Award {MY}."],
    "trade-fair": ["The Myanmar Gems Emporium ({MY}) sold {n} lots of jade.",
                   "We had a booth at the Myanmar Food & Beverage Expo {MY} in Yangon."],
    "sports-event": ["Beer advertising peaked around the SEA Games (Naypyitaw, 2013).",
                     "{B} sponsored Yangon United (MNL champions {MY})."],
    "election-date": ["Campaigns were paused around the general election (8 November 2020).",
                      "Spending fell after 1 February 2021 and did not recover in {MY}."],
    "covid-order": ["Yangon was under a stay-at-home order (from {d} September 2020).",
                    "Delivery orders doubled during the third wave (July {MY})."],
    "postal-address": ["The head office is at No. {n}, Pyay Road, Kamaryut Township, Yangon 11041.",
                       "Our Mandalay branch (78th Street, between 32nd and 33rd, Chanayethazan) opened in {MY}."],
    "township": ["The pilot ran in {township} Township (Yangon Region) for six weeks.",
                 "Most respondents lived in North Okkalapa, Hlaing Tharyar or {township} (Yangon)."],
    "flight-number": ["Flight 8M 335 (Yangon–Bangkok) carried most of the migrant workers.",
                      "Air KBZ flight K7 {n} to Heho is the shortest route to Taunggyi."],
    "viss-units": ["Tea leaf sells for K {n},000 per viss (1 viss = 1.63 kg).",
                   "Farmers receive about K {lakh} lakh per 100 baskets of paddy ({MY})."],
    "gem-carat": ["A {q}{q}-carat ruby from Mogok sold for USD {n},000 ({MY} auction).",
                  "Lot No. {n} (jadeite, {MY} emporium) had a reserve price of EUR {q} million."],
    "percentage-change": ["Data usage grew strongly (+{n}% y/y).",
                          "Market share fell to {q}{q}% ({MY}–{MY2})."],
    "sample-size": ["Most respondents were aged 18–35 (n = {n}).",
                    "Table {q} shows the results for Yangon (n = {n}) and Mandalay (n = {q}{q})."],
    "figure-table": ["The results are shown in Figure {q} (Appendix {q}).",
                     "See Table {q}.{q} for the full list of brands."],
    "questionnaire-item": ["Question {q} (\"How often do you use mobile money?\") had the most missing answers.",
                           "Item Q{q} (trust in banks) was reverse-coded."],
    "student-batch": ["This report was written for the EMBA programme (Batch {q}, {MY}).",
                      "As a student of the 2{q}th MBA batch (Yangon University of Economics), the writer chose {B}."],
    "roll-number": ["Roll No. EMBA-{n} ({MY}–{MY2}).", "Candidate number: MM{regno} ({MY} June session)."],
    "hashtag": ["The hashtag #Thingyan{MY} trended for three days.",
                "Users shared #MyanmarBeer{MY} and #MadeInMyanmar on TikTok."],
    "burmese-gloss": ["Laphet (လက်ဖက်, pickled tea leaf) is eaten at every ceremony.",
                      "Mohinga (fish noodle soup) is sold for about K 1,500 a bowl ({MY})."],
    "burmese-digits": ["The price tag said ၂၀၀၀ ကျပ် (K 2,000).",
                       "The poster gave the date in Burmese digits (၂၀၂၃ ခုနှစ်, that is {MY})."],
    "historical-period": ["Many family firms date from the socialist period (1962–1988).",
                          "The Konbaung dynasty (1752–1885) made Mandalay the royal capital."],
    "person-lifespan": ["General Aung San (1915–1947) is on many older banknotes.",
                        "The singer Sai Htee Saing (1950–2008) is still used in nostalgic advertising."],
    "banknote": ["The K 10,000 note (issued 2012) is the most common in supermarkets.",
                 "The 1987 demonetisation (25-, 35- and 75-kyat notes) made people distrust banks."],
    "time-zone": ["The live sale started at 8 p.m. (MMT, UTC+6:30).",
                  "Webinars were held at 7:30 p.m. Yangon time (9 p.m. in Singapore)."],
    "ethnic-state": ["Sales grew fastest in Shan State (Taunggyi and Lashio) in {MY}.",
                     "The NGO worked in Kachin State (Myitkyina, Bhamo) and Chin State (Hakha)."],
    "diaspora-place": ["Many Karen families settled in Fort Wayne (Indiana) after 2007.",
                       "Migrant workers in Mae Sot (Tak Province) use Wave Money to send money home."],
    "licence-code": ["Each agent displays its CBM licence (MFS-{q}{n}) at the counter.",
                     "The import licence (No. {regno}/{MY}) covered {n} tonnes of malt."],
    "iso-standard": ["The brewery is certified to ISO 22000:2018 and FSSC 22000.",
                     "The bank's data centre meets ISO/IEC 27001:2013."],
    "version-app": ["KBZPay {q}.{q} added a QR scanner.", "The new app (version {q}.0, released {MY}) crashed on Android 8."],
    "weather": ["Sales of cold drinks rose when Mandalay reached 43°C (April {MY}).",
                "Cyclone Mocha (May 2023) closed shops in Sittwe for weeks."],
}  # fmt: skip

BRANDS = ["KBZ Bank", "AYA Bank", "CB Bank", "Yoma Bank", "Wave Money", "KBZPay", "AYA Pay", "CB Pay", "MPT", "Ooredoo",
          "U9", "ATOM", "Mytel", "Myanmar Beer", "Dagon Beer", "Andaman Gold", "Grand Royal", "City Mart", "Ocean",
          "Capital Hypermarket", "Ah Yee Taung", "Shwe Pa Zun", "Myanmar Airways International", "Air KBZ",
          "Myanmar National Airlines", "Alpine", "Royal-D", "Premier Coffee", "Shop.com.mm", "Grab Myanmar",
          "Yoma Land", "Daw Khin's Laphet", "Pyay Pyay's Mohinga", "Shwe Taung", "Htoo Jade & Gems"]  # fmt: skip

_TOWNSHIPS = ["Bahan", "Kamaryut", "Sanchaung", "Hlaing", "Mayangone", "Tamwe", "Dagon", "Thingangyun", "Insein",
              "Mingalar Taung Nyunt", "Chanayethazan", "Aungmyethazan", "Pyigyidagun"]  # fmt: skip
_CITIES = ["Yangon", "Mandalay", "Naypyitaw", "Taunggyi", "Mawlamyine", "Bago", "Pathein", "Monywa", "Myitkyina"]
_DIASPORA = ["Bangkok", "Mae Sot", "Singapore", "Kuala Lumpur", "Fort Wayne", "Sydney", "Penang", "Tokyo"]
_BNAMES = ["Hla Myint", "Aung Kyaw Moe", "Thein Win", "Kyaw Soe", "Myint Swe", "Tun Tun", "Zaw Min Htet", "Ba Kyi"]


def values(rng: random.Random) -> dict[str, str]:
    """Values only this pool's frames use: Gregorian and Myanmar Era years, kyat, codes and places."""
    year = rng.randint(2012, 2024)
    return {
        "MY": str(year), "ME": str(year - 638), "MY2": str(year + 1), "MY2s": f"{(year + 1) % 100:02d}",
        "lawno": str(rng.randint(1, 45)), "notino": str(rng.randint(1, 30)), "lakh": str(rng.randint(2, 9)),
        "crore": f"{rng.randint(1, 95)}", "fx": f"{rng.randint(1300, 4500):,}", "regno": str(rng.randint(100000000, 199999999)),
        "ussd": str(rng.choice([997, 111, 124, 777, 123])), "township": rng.choice(_TOWNSHIPS), "city": rng.choice(_CITIES),
        "diaspora": rng.choice(_DIASPORA), "bname": rng.choice(_BNAMES),
    }  # fmt: skip
