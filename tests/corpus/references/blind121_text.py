"""The "blind121" pool (HELD OUT): frames, claims, brands and decoys of CIM Level 6 and 7 reports and MBA
assignments in English by marketers in Belarus and its diaspora.

Brand, trade, CRM, digital and communications marketers at banks, telecoms (A1, MTS, life:)), IT-outsourcing and
software firms (EPAM, Wargaming, Flo), dairy and meat processors, potash, tractor and truck makers (BelAZ, MTZ),
retailers, hotels and agencies in Minsk, Brest, Grodno, Gomel, Vitebsk and Mogilev and in Vilnius, Warsaw, Riga,
Tbilisi and Berlin. Their decoys: laws and edicts numbered "Law No. 99-Z" and "Edict No. 8", National Bank
resolutions, Belstat and MART figures, BYN and BYR amounts, the 2016 redenomination, Kupalle, Dziady, Independence
Day on 3 July, Orthodox and Catholic Easter and Christmas, OAO, OJSC, CJSC, JLLC and UE forms, UNP numbers, USSD and
short codes, tariff and tractor model names, Hi-Tech Park residency, festivals, awards, people with dates who are no
authors, and Russian or Belarusian words in brackets. Written without reading the checker, its tests or the other
pools. HELD OUT: nobody tunes the checker on it until its first tables have been read.
"""

# ruff: noqa: E501  (frames read best one to a line; Cyrillic letters and typographic marks are meant)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} argued that {C}.",
    "{N} found that {C}.",
    "{N} showed that {C}, which is exactly the situation {B} faces in Minsk.",
    "{N} noted that {C}.",
    "{N} pointed out that {C}, even in the regions.",
    "{N} demonstrated on Belarusian data that {C}.",
    "{N} concluded that {C}.",
    "{N} emphasised that {C}.",
    "{N} observed that {C}, especially after 2020.",
    "{N} insisted that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As shown by {N}, {C}.",
    "{O}, {N} found that {C}.",
    "According to {N}, {C}.",
    "This is in line with {N}, who claimed that {C}.",
    "{C}, as {N} rightly noted.",
    "For {B}, the lesson from {N} is that {C}.",
    "In the Belarusian context, {N} showed that {C}.",
    "A similar conclusion was made by {N}: {C}.",
    "{O}, research by {N} confirms that {C}.",
    "Following {N}, it can be said that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of Minsk shoppers shows that {C}.",
    "{O}, {N} model explains why {C}.",
    "{N} survey found that {C}.",
    "{N} framework suggests that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "It is well known that {C} {P}.",
    "In Belarus, {C} {P}.",
    "Research confirms that {C} {P}.",
    "{O}, {C} {P:see}.",
    "Among diaspora consumers in Vilnius and Warsaw, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, but {C2}.",
    "{C} {P}; at the same time, {C2}.",
    "{C} {P}, while {C2}.",
    "{C} {P}, therefore {C2}.",
]  # fmt: skip
CLAIMS = [
    "{B} should move its loyalty programme into the mobile app",
    "Belarusian consumers trust domestic dairy brands more than imported ones",
    "{T} raises {R} among {A}",
    "prices in BYN make promotions harder to compare after devaluation",
    "Telegram channels reach more young people than television",
    "{B} could use {T} to win {A}",
    "IT specialists who relocated to Vilnius and Warsaw still buy Belarusian products",
    "state-owned enterprises invest little in brand building",
    "{A} expect a bank to answer in the messenger within minutes",
    "export markets in the EAEU reward price more than brand",
    "regional customers in Gomel and Mogilev respond better to {T} than to outdoor advertising",
    "the brand of a dairy cooperative is built on tradition and quality",
    "{B} relies on {T} more than its competitors do",
    "employer branding matters in IT because specialists can relocate easily",
    "cashback on cards is the main reason young people choose a bank",
    "Polish and Lithuanian shoppers cross the border for Belarusian food because of price",
    "a hotel in Grodno can attract visa-free tourists with packages that include excursions",
    "local agencies depend on a few large clients such as banks and telecoms",
    "{A} compare prices on Onliner before they go to a shop",
    "the brand message must be neutral because of the political situation",
]  # fmt: skip
OPENERS = [
    "However",
    "In practice",
    "For {B}",
    "At the same time",
    "Moreover",
    "In the case of Belarus",
    "Besides",
    "Nevertheless",
    "For the Minsk market",
    "Since 2020",
]  # fmt: skip
PLAIN = [
    "{B} sells through its own shops, its app and the marketplaces Wildberries and Ozon.",
    "The campaign ran for six weeks in Minsk, Brest and Grodno.",
    "{O}, {C}.",
    "The author works in the marketing department of {B} in Minsk.",
    "The analysis below follows the structure of the CIM brief.",
    "Most of the budget goes to digital channels, with some outdoor in the regional centres.",
    "Customers can pay by card, by ERIP or in cash on delivery.",
]  # fmt: skip

# Quotations: {Q} is filled by the builder with a quotation in the pool's marks; {P} or {N} cites it.
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one textbook puts it, {Q} {P}.",
    "{O}, {Q} {P}.",
    "In the words of {N}, {Q}.",
    "This is well formulated by {N}: {Q}.",
    "In other words, {Q} {P}.",
    "The key idea is that {Q} {P}, and {B} has not yet used it.",
]  # fmt: skip
SCARE_QUOTES = [
    "«our product»",
    "“made in Belarus”",
    "‘import substitution’",
    "\"tuneyadstvo\"",
    "«svoi» brands",
    "„relokanty“",
    "“the Silicon Valley of Eastern Europe”",
    "‘Belarusian quality’",
]  # fmt: skip
SCARE_FRAMES = [
    "Domestic producers push the idea of {Q} {P}.",
    "{B} positions its range as {Q} {P}.",
    "Marketers in Minsk speak about {Q} {P}.",
    "The so-called {Q} effect is visible in the dairy category {P}.",
    "The term {Q} is used by {N}.",
]  # fmt: skip
SUBJECT_LINES = [
    "«Только до воскресенья: −20% на всё» [Only until Sunday: 20% off everything]",
    "“Your cashback for {M} is waiting”",
    "‘Kupalle night: free delivery until 7 July’",
    "\"New tariff for students: 19.90 BYN a month\"",
    "«З Днём Незалежнасці!» [Happy Independence Day!]",
    "“Your card expires soon: order a new one online”",
]  # fmt: skip
SUBJECT_FRAMES = [
    "The push notification {Q} had the highest open rate of the quarter {P}.",
    "{B} sent the message {Q} to inactive customers {P}.",
    "A subject line like {Q} creates urgency {P}.",
    "{Q} is a typical example of a seasonal message {P}.",
    "Testing {Q} against a plainer version showed the value of personalisation {P}.",
]  # fmt: skip

# Text with brackets, years, numbers or names that is no citation: the kind's name is this pool's own.
NOT_CITATIONS = {
    "law-number-z": ["Advertising in Belarus is regulated by the Law on Advertising (No. 225-Z of 10 May 2007).",
                     "The consumer protection law (Law No. 90-Z, 2002) gives buyers fourteen days to return goods."],
    "edict-number": ["Hi-Tech Park residents work under a special regime (Edict No. 8, 2017).",
                     "The {yr} rules on online trade (Edict No. {ed}) changed how {B} sells."],
    "decree-number": ["Entrepreneurs got more freedom after Decree No. 7 (2017).",
                      "Sole traders lost some activities under Decree No. {ed} ({yr})."],
    "personal-data-law": ["Consent for email marketing is now required (Law No. 99-Z of 7 May 2021).",
                          "Since 15 November 2021, when the personal data law (99-Z) came into force, {B} keeps consent logs."],
    "nbrb-resolution": ["The refinancing rate was cut to 9.5% (from {d} June {yr}).",
                        "Card cashback is limited by the National Bank's rules (Resolution No. {ed}, {yr})."],
    "refinancing-rate": ["Credit became cheaper as the refinancing rate fell (from 12% in {yr} to 9.5% in {yr2}).",
                         "Deposits in BYN grew when the rate was high (11.5%, {yr})."],
    "byn-amount": ["The average salary reached 2,000 BYN ({yr}).",
                   "A family pack costs 12.49 BYN (about €3.50 at the {yr} rate)."],
    "byr-redenomination": ["After the redenomination (1 July 2016) 10,000 BYR became 1 BYN.",
                           "Older price tags showed both currencies (BYR and BYN, 2016)."],
    "devaluation-year": ["Trust in the rouble fell after each devaluation (2009, 2011, 2015).",
                         "Many families still remember the crisis (2011) when prices tripled."],
    "belstat-figure": ["Retail turnover rose by 4.2% in real terms (January-June {yr}, year on year).",
                       "Belarus has about 9.1 million inhabitants (census 2019)."],
    "census-year": ["Most Belarusians named Russian as their home language (2009 census).",
                    "Minsk has more than two million inhabitants (2019 census: 2,009,786)."],
    "kupalle-date": ["The summer campaign is timed for Kupalle (night of 6-7 July).",
                     "{B} sponsors Kupalle celebrations in Aleksandriya (July {yr})."],
    "dziady-date": ["Sales of candles and flowers rise before Dziady (2 November).",
                    "Autumn Dziady (early November) is a family occasion, not a shopping one."],
    "independence-day": ["Independence Day (3 July) is the main national holiday in summer.",
                         "The bank launched a patriotic card design for 3 July ({yr})."],
    "orthodox-calendar": ["Orthodox Christmas (7 January) extends the holiday season.",
                          "Radunitsa (the ninth day after Orthodox Easter) is a day off in Belarus."],
    "catholic-calendar": ["Catholic and Orthodox Easter fell on the same day (16 April 2017).",
                          "In Grodno region Catholic Christmas (25 December) matters as much as the New Year."],
    "old-style-date": ["The old New Year (13/14 January) is still celebrated in many families.",
                       "Old Style dates are thirteen days behind (25 December = 7 January)."],
    "legal-form-year": ["The dairy became an open joint-stock company (OAO, {yr}).",
                        "{B} was registered as a JLLC with Polish capital ({yr})."],
    "sole-trader-ue": ["The shop is run by a sole trader (UE \"Kovalenko A.A.\", UNP 19{n}01).",
                       "Small agencies often operate as UE or IP ({yr} data)."],
    "unp-code": ["The agency's taxpayer number is printed on every invoice (UNP 190{n}55).",
                 "Suppliers are checked by their registration code (UNP 800{n}12) before signing."],
    "ussd-code": ["Balance can be checked with a short code (*100#).",
                  "Customers top up by USSD (*{n}#) without the app."],
    "short-number": ["The MTS support line is the short number 0890 (free from mobile).",
                     "A1 customers can call 123 ({yr} tariff guide)."],
    "phone-code": ["All calls go through the Minsk call centre (+375 17 {n}-45-67).",
                   "Numbers with the code 29 (A1 and MTS) are the oldest mobile numbers."],
    "erip-code": ["Payment is possible through ERIP (branch 4561, code {n}).",
                  "Customers pay utility bills in ERIP (since {yr})."],
    "tariff-name": ["The youth tariff was renamed (Smart {q}, {yr}).",
                    "life:) introduced its unlimited plan (\"Bezlimit {n}\", {yr})."],
    "tractor-model": ["The best-selling tractor remains the Belarus 82.1 (designed at MTZ in 1974).",
                      "BelAZ showed its largest dump truck (BelAZ-75710, 450 tonnes)."],
    "truck-model": ["MAZ delivered new buses to Minsk (MAZ-203, {n} units).",
                    "The company ordered ten trucks (MAZ-5440, {yr})."],
    "potash-tonnes": ["Belaruskali produced about 12 million tonnes of potash ({yr} estimate).",
                      "Exports fell sharply after the sanctions (2021-2022)."],
    "sanctions-package": ["The EU restricted potash imports in its sanctions (fourth package, 2021).",
                          "Some Western brands left the market (2022) and local brands filled the shelves."],
    "hpt-residents": ["The Hi-Tech Park grew to more than 1,000 residents ({yr}).",
                      "Resident status gives a 9% income tax rate (HTP regime until 2049)."],
    "epam-founding": ["EPAM was founded in 1993 by Arkadiy Dobkin and Leo Lozner.",
                      "Wargaming's World of Tanks (2010) made Minsk famous among gamers."],
    "app-version": ["The bank's app was rebuilt in 2022 (version 4.0).",
                    "Flo reached millions of users (Flo app, iOS {q}.{n})."],
    "award-year": ["The campaign won a prize at the White Square festival ({yr}).",
                   "{B} was named Brand of the Year (Brand of the Year {yr})."],
    "festival-event": ["Slavianski Bazaar in Vitebsk (July {yr}) attracts many sponsors.",
                       "Viva Braslav ({yr}) is the biggest open-air festival in the country."],
    "sport-event": ["Minsk hosted the European Games (2019) and spent a lot on city branding.",
                    "Dinamo Minsk plays in the KHL (since 2008)."],
    "historical-person": ["The Łacinka alphabet was used by Kastuś Kalinoŭski (1838-1864).",
                          "Products named after Francysk Skaryna (c. 1490-1551) appeal to national pride."],
    "poet-anniversary": ["Many brands used Yanka Kupala's anniversary (1882-1942) in their communication.",
                         "The year of Yakub Kolas (born 1882) was celebrated in schools."],
    "cyrillic-term": ["The Russian term for sales promotion (стимулирование сбыта) is used in most textbooks.",
                      "Belarusian brands often use the word «родны» (native) on packaging."],
    "transliteration-note": ["Names are given in the official transliteration (Instruction of 2008).",
                             "Some authors write Hrodna and others Grodno (both spellings are used)."],
    "street-address": ["The flagship store is at Nezavisimosti Avenue (pr. Nezavisimosti, 95).",
                       "The agency moved to Kalvarijskaja street (No. {n}) in {yr}."],
    "city-region": ["The dairy has plants in two regions (Brest and Gomel oblasts).",
                    "Sales are strongest in the capital (Minsk, 48% of turnover)."],
    "gost-stb-standard": ["Milk is produced to the national standard (STB 1746-2017).",
                          "Packaging follows the interstate standard (GOST 32261-2013)."],
    "eaeu-regulation": ["Labels must meet the customs union rules (TR TS 021/2011).",
                        "Dairy products follow EAEU technical regulation (TR TS 033/2013)."],
    "iso-certificate": ["The plant is certified to international standards (ISO 22000:2018).",
                        "The bank holds a security certificate (PCI DSS, {yr})."],
    "survey-sample": ["The author surveyed customers of {B} (n = {n}, Minsk, {yr}).",
                      "Respondents were aged 18-35 (sample of {n}, online panel)."],
    "figure-table": ["The results are shown below (Table {q}).",
                     "The growth of e-commerce is shown in the chart (Figure {q}, {yr}-{yr2})."],
    "quarter-year": ["Mobile payments doubled (Q{q} {yr}).",
                     "The campaign ran in the high season (Q3 {yr})."],
    "visa-free-zone": ["Tourists can visit Grodno without a visa (visa-free zone since 2016).",
                       "The visa-free period was extended to 30 days ({yr})."],
    "diaspora-city": ["Many relocated specialists now live in Vilnius, Warsaw and Tbilisi (2020-2022).",
                      "The community in Warsaw (around 100,000 people, {yr}) is a target group for {B}."],
    "university-founding": ["BSU is the oldest university of the country (founded 1921).",
                            "EHU moved from Minsk to Vilnius (2005) and continued teaching in Belarusian and Russian."],
    "ticker-code": ["EPAM shares trade on the New York Stock Exchange (NYSE: EPAM).",
                    "Some bonds are listed on the Belarusian Currency and Stock Exchange (BCSE, {yr})."],
    "product-name-year": ["Savushkin launched a new yogurt line (Teos, {yr}).",
                          "The chocolate brand Kommunarka celebrated its anniversary (1905-{yr})."],
    "cim-module": ["This report answers the brief for Marketing and Digital Strategy (CIM 2206, {yr}).",
                   "The task was set for the June session (Level 6, {yr})."],
}  # fmt: skip

BRANDS = ["Belarusbank", "Priorbank", "Alfa-Bank Belarus", "A1", "MTS", "life:)", "EPAM", "Wargaming", "Flo",
          "Savushkin Product", "Santa Bremor", "Milkavita", "Kommunarka", "Spartak", "Euroopt", "Green", "Korona",
          "Belavia", "BelAZ", "MTZ", "MAZ", "Belaruskali", "Kufar", "Onliner", "21vek.by", "Lidskoe", "Krinitsa",
          "Bellakt", "Marko", "Milavitsa", "Hotel Minsk", "Beverly Hills Hotel Grodno", "Dana Mall"]  # fmt: skip

_CITIES = ["Minsk", "Brest", "Grodno", "Hrodna", "Gomel", "Homel", "Vitebsk", "Mogilev", "Vilnius", "Warsaw", "Riga",
           "Tbilisi", "Berlin", "Pinsk", "Lida", "Baranovichi"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    year = rng.randint(2016, 2024)
    return {
        "ed": str(rng.randint(1, 600)),
        "city": rng.choice(_CITIES),
        "yr": str(year),
        "yr2": str(min(year + rng.randint(1, 3), 2025)),
    }
