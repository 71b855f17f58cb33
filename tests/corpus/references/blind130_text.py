"""The blind130 pool's prose (HELD OUT: never tune on it; report its tables, never its misses).

A hundred-and-thirtieth independent pool, written without reading the checker, its tests or any other pool, from how
marketers in Kazakhstan, Uzbekistan and Kyrgyzstan and their diaspora (Almaty, Astana, Shymkent, Karaganda, Tashkent,
Samarkand, Bukhara, Bishkek, Osh; Moscow, Istanbul, Seoul, Dubai) write CIM Level 6 and 7 reports and MBA assignments
in English: at banks and fintechs (Kaspi.kz, Halyk Bank, Freedom Finance, Uzum, Click, Payme), telecoms (Beeline,
Kcell, Ucell, MegaCom), airlines (Air Astana, Uzbekistan Airways), bazaars and supermarket chains, cotton, textile,
dried-fruit, wine, cement and mining firms, marketplaces, media houses and agencies. Their sentences lean on "According
to", "As noted by", "In the opinion of" and "It should be noted that"; their brackets hold tenge (KZT, ₸), som (UZS,
so'm) and som (KGS), laws and decrees with their numbers ("Law No. 94-V", "Decree No. UP-60"), Nauryz, Navruz, Kurban
Ait and Independence Day, Silk Road cities and their centuries, tickers and listings, tariffs, flights, aircraft, HS
codes, GOST standards, BINs, people with patronymics and -uly, -kyzy, -ogli and -qizi who are not authors, and
transliteration notes (Nursultan/Nursoltan, Yusupov/Iusupov).

Fill values of its own (see values): {city} a city, {kzt}/{uzs}/{kgs} amounts, {fest} a festival, {fin} a bank or
fintech, {telco} a telecom, {pc} a percentage's number, {yr} a recent year, {mo} a month, {prod} a product, {mkt} a
market, {uni} a university.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Kaspi.kz", "Halyk Bank", "Freedom Finance", "Uzum", "Uzum Market", "Click", "Payme", "Beeline", "Kcell",
          "Ucell", "MegaCom", "Air Astana", "Uzbekistan Airways", "Korzinka", "Magnum", "Small", "Makro", "Globus",
          "Dordoi Bazaar", "Chorsu Bazaar", "Artel", "Arba Wine", "Rakhat", "Steppe Cement", "Kolesa.kz", "Chocofood",
          "Wildberries", "Jusan Bank", "Kapitalbank", "Hamkorbank", "Optima Bank", "MBANK", "O!", "Kazakhtelecom",
          "Shoro", "FlyArystan", "Humo", "Yandex Go", "Tele2 Kazakhstan", "Bukhara Cotton Textile"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the builder's common ones."""
    return {
        "city": rng.choice(["Almaty", "Astana", "Shymkent", "Karaganda", "Tashkent", "Samarkand", "Bukhara", "Bishkek",
                            "Osh", "Aktobe", "Namangan", "Andijan", "Fergana", "Pavlodar", "Karakol"]),
        "kzt": rng.choice([f"₸{rng.randint(2, 990)} bn", f"KZT {rng.randint(2, 990)} billion", f"{rng.randint(1, 99)} 990 ₸",
                           f"KZT {rng.randint(100, 950)} 000", f"{rng.randint(2, 70)}.{rng.randint(1, 9)} trillion tenge"]),
        "uzs": rng.choice([f"UZS {rng.randint(2, 900)} bn", f"{rng.randint(10, 990)} 000 so'm", f"{rng.randint(1, 30)} trln so'm",
                           f"UZS {rng.randint(1, 99)} million", f"{rng.randint(10, 500)} ming so‘m"]),
        "kgs": rng.choice([f"KGS {rng.randint(2, 900)} m", f"{rng.randint(100, 9000)} som", f"{rng.randint(1, 50)} bn som"]),
        "fest": rng.choice(["Nauryz", "Navruz", "Kurban Ait", "Oraza Ait", "Independence Day", "New Year", "Ramadan",
                            "Teachers' Day", "Kaspi Juma", "Black Friday", "11.11"]),
        "fin": rng.choice(["Kaspi.kz", "Halyk Bank", "Freedom Finance", "Uzum Bank", "Click", "Payme", "Jusan", "MBANK",
                           "Kapitalbank", "TBC Uzbekistan"]),
        "telco": rng.choice(["Beeline", "Kcell", "Tele2", "Ucell", "Mobiuz", "MegaCom", "O!", "Activ"]),
        "pc": str(rng.randint(3, 89)),
        "yr": str(rng.randint(2018, 2025)),
        "mo": rng.choice(["January", "March", "April", "June", "September", "October", "November", "December"]),
        "prod": rng.choice(["Kaspi Gold", "Kaspi Red", "Halyk Homebank", "Uzum Nasiya", "Click Evolution", "Payme Go",
                            "Freedom SuperApp", "Beeline TV", "Air Astana Nomad Club", "Humo card", "Kcell Kazakhtelecom bundle"]),
        "mkt": rng.choice(["mobile banking", "grocery retail", "e-commerce", "mobile data", "dried apricots", "raisins",
                           "cotton yarn", "cement", "air travel", "consumer credit", "wine", "denim"]),
        "uni": rng.choice(["KIMEP", "Nazarbayev University", "Al-Farabi KazNU", "TSUE", "WIUT", "AUCA", "Narxoz", "AlmaU"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} stated that {C}, which is especially true for {city}.", "{N} found that {C}.",
    "{N} noted that {C}, and {B} is a clear example of this.", "{N} emphasised that {C}.",
    "{N} showed that {C} in the markets of Central Asia.", "{N} pointed out that {C}; this is also seen at {fin}.",
    "{N} concluded that {C}, although the sample was taken only in {city}.", "{N} underlined that {C}.",
    "{N} observed that, since the tenge was floated in 2015, {C}.", "{N} believed that {C}.",
    "{N} defined brand equity as the value a name adds and showed that {C}.", "{N} also mentioned that {C}.",
    "{N} suggested that {C}, especially during {fest}.", "{N} made a survey in {city} and found that {C}.",
    "{N} wrote that {C} – this is relevant for {B}.", "{N} analysed {mkt} and concluded that {C}.",
    "{N} claimed that {C}, but this needs more evidence from Uzbekistan.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "As noted by {N}, {C}.", "In the opinion of {N}, {C}.", "{O}, {N} found that {C}.",
    "It should be noted that, as {N} argue, {C}.", "{C}, as {N} confirmed.", "{C} – this was also shown by {N}.",
    "This is in line with {N}, who state that {C}.", "For {B}, the main lesson from {N} is that {C}.",
    "In the case of {city}, {N} showed that {C}.", "Research carried out by {N} shows that {C}.",
    "{C}; however, {N} found the opposite among {A}.", "Following {N}, it can be said that {C}.",
    "A study by {N} in {city} and other cities found that {C}.", "As {N} explained, {C}.",
    "Similar results were obtained by {N}: {C}.", "{B} seems to follow the advice of {N} that {C}.",
    "Based on the data of {N}, {C}.", "{C}, which is confirmed by {N}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study shows that {C}.", "Using {N} model, {B} can see that {C}.", "{O}, {N} research suggests that {C}.",
    "{N} findings from {city} show that {C}.", "According to {N} survey, {C}.", "{N} framework explains why {C}.",
    "This supports {N} argument that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "It should be noted that {C} {P}.", "In Kazakhstan, {C} {P}.",
    "In Uzbekistan and Kyrgyzstan, {C} {P}.", "This is important because {C} {P}.", "{C}, especially in {city} {P}.",
    "During {fest}, {C} {P}.", "{B} is a good example, because {C} {P}.", "Many authors agree that {C} {P:see}.",
    "{C} {P:e.g.}.", "As a result, {C} {P}.", "{C}. {P}", "For {A}, {C} {P}.",
    "Since the pandemic, {C} {P}.", "{C} {P:see, for example,}.", "Today {C} {P}.",
    "The market of {mkt} grew by {pc}% and {C} {P}.", "Moreover, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, while {C2}.", "{C} {P}; at the same time, {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, {C2}.", "{C} {P} – therefore {C2}.", "Some authors {P} say that {C}, but {C2}.",
    "{C} {P:see}, whereas in {city} {C2}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "{C} {P}, so for {B} {C2}.",
]  # fmt: skip
CLAIMS = [
    "{fin} grew mainly through its super-app rather than through branches",
    "instalment payments of 0-0-12 increase average basket size", "{A} trust a bank more when its app is in Kazakh",
    "customers in {city} still compare prices at the bazaar before buying online",
    "{telco} loses subscribers when it raises tariffs without explanation",
    "Telegram channels are more effective than Facebook for reaching {A} in Uzbekistan",
    "campaigns based on {T} work better for {B} during {fest} than in other months",
    "a QR payment is now the normal way to pay even at small shops", "loyalty programmes reduce churn in mobile telecoms",
    "state ownership still shapes how {A} see a brand", "Russian-language advertising reaches more people but builds less trust",
    "country-of-origin labels help Uzbek dried fruit in Korean and Turkish markets",
    "{B} must adapt its message for Kazakh, Russian and Uzbek speakers", "{A} reward brands that support local producers",
    "marketplaces lower entry costs for small sellers in the regions", "price is still the main driver for {A}",
    "Silk Road heritage is an under-used asset in tourism marketing", "the use of {T} raises {R} among {A}",
    "cashback is more attractive than discounts for {A}", "word of mouth remains stronger than paid media in Osh and Bishkek",
    "B2B buyers of cement choose suppliers on reliability more than on price", "{B} can use {T} to win {A}",
    "remittances from Russia and Korea shape spending in the Fergana Valley",
    "sustainable cotton claims need independent certification to be believed",
    "airline brands compete on service more than on fares on routes to Seoul and Istanbul",
]  # fmt: skip
OPENERS = ["However", "Moreover", "Furthermore", "In addition", "Nevertheless", "In the case of {B}", "For {B}",
           "In practice", "In {city}", "At the same time", "Thus", "On the other hand", "Firstly", "Secondly",
           "During {fest}", "In recent years"]  # fmt: skip
PLAIN = [
    "{B} sells through its own app, Instagram, Telegram and two marketplaces.",
    "The campaign ran for {fest} across TV, billboards in {city} and Telegram channels.",
    "{B} has more than {n} points of sale across the region.",
    "Most customers in the survey paid with a QR code rather than a card.",
    "The brand communicates in Kazakh, Russian and English on all channels.",
    "The author worked in the marketing department of {fin} in {city} for three years.", "{O}, {C}.",
    "Prices are shown in tenge for Kazakhstan and in so'm for Uzbekistan.",
]  # fmt: skip

# ---------------------------------------------------------------------------------------------------- decoys
# Text that looks like a citation but is not: nobody expects it in the reference list.
NOT_CITATIONS: dict[str, list[str]] = {
    "law-number-date": ["Advertising is regulated by the Law on Advertising (No. 508-II of 19 December 2003).",
                        "Data is protected under Law No. 94-V (21 May 2013), which {B} must follow.",
                        "Since the e-commerce law (No. O'RQ-578, {yr}) sellers must show prices in so'm."],
    "decree-number": ["Presidential Decree No. UP-60 (28 January 2022) sets the goals for new Uzbekistan.",
                      "The Digital Uzbekistan 2030 strategy (Decree UP-6079, 5 October 2020) supports fintech."],
    "government-resolution": ["The state programme was approved by Government Resolution No. 827 (12 December 2017).",
                              "Cabinet of Ministers Resolution No. {n} ({d} {mo} {yr}) changed the rules for outdoor advertising."],
    "strategy-period": ["The Development Strategy of New Uzbekistan (2022–2026) targets a bigger private sector.",
                        "The Kazakhstan 2050 Strategy (announced 2012) still appears in bank advertising."],
    "tenge-amount": ["{B}'s net income reached a record ({kzt} in {Y}).", "Advertising spend was high ({kzt}, {yr})."],
    "som-amount": ["Online sales in Uzbekistan grew quickly ({uzs} in {yr}).", "The average cheque was small ({uzs}, {Y})."],
    "kgs-amount": ["The MegaCom tender was large (KGS {n} m, {yr}).", "A monthly bundle costs little ({kgs} in {yr})."],
    "exchange-rate": ["The tenge fell sharply (1 USD = {n} KZT, {mo} {yr}).", "All amounts were converted (USD 1 = 12 {n} UZS)."],
    "nauryz-date": ["Sales peak during Nauryz (21–23 March).", "{B} launched its campaign before Navruz (21 March {yr})."],
    "religious-holiday": ["Donations rise during Kurban Ait ({d} June {yr}).", "Ramadan (1445 AH) changed evening viewing."],
    "independence-day": ["{B} ran patriotic adverts for Independence Day (16 December).",
                         "In Uzbekistan the holiday is on 1 September (Mustaqillik kuni, since 1991)."],
    "city-history": ["Almaty (founded 1854 as Verny) is still the commercial capital.",
                     "The capital was renamed twice (Nur-Sultan 2019–2022, Astana since {mo} 2022)."],
    "company-founded": ["{B} is one of the oldest brands (founded 1923).", "Halyk Bank (established 1923) has the biggest branch network."],
    "stock-listing": ["Kaspi.kz (LSE: KSPI, listed 2020) moved to Nasdaq in January 2024.",
                      "Freedom Holding (NASDAQ: FRHC) reported growth in {yr}."],
    "exchange-ticker": ["Halyk shares trade on KASE (HSBK) and the AIX (HSBK).", "Kazatomprom (AIX: KAP, IPO {yr}) attracted foreign investors."],
    "product-launch": ["{prod} (launched {yr}) became the main product.", "The {prod} service ({yr} version) added instalments."],
    "tariff-plan": ["The {telco} tariff 'Bolshe' ({n} GB, {yr}) was the most popular.", "The family tariff (from {mo} {yr}) costs {kgs}."],
    "aircraft-model": ["Air Astana uses the Airbus A321LR (delivered {yr}) on long routes.",
                       "Uzbekistan Airways flies the Boeing 787-8 (since 2016) to London and Seoul."],
    "flight-number": ["The new flight HY 201 (Tashkent–London, {yr}) sold out.", "KC 941 (Astana–Frankfurt) runs three times a week."],
    "forum-event": ["The campaign was presented at the Astana International Forum ({yr}).",
                    "EXPO-2017 (Astana, June–September 2017) boosted domestic tourism.", "The Tashkent International Investment Forum ({yr}) focused on digital."],
    "award-year": ["The spot won a Red Jolbors award ({yr}).", "{B} received the Effie Kazakhstan Grand Prix ({yr})."],
    "survey-sample": ["The survey covered {n} respondents (Almaty and Astana, {yr}).", "A small pilot was run first (n = {n}, {mo} {yr})."],
    "historic-person": ["The brand uses the words of Abai Kunanbayuly (1845–1904).", "Alisher Navoi (1441–1501) appears on the packaging.",
                        "The advert quotes Chingiz Aitmatov (1928–2008)."],
    "head-of-state": ["President Tokayev (in office since 2019) announced the digital tenge.",
                      "Shavkat Mirziyoyev (President since 2016) opened the currency market."],
    "business-leader": ["Mikheil Lomtadze (Kaspi.kz co-founder and CEO) explained the super-app idea.",
                        "Timur Turlov (Freedom Holding, born 1987) spoke about {mkt}."],
    "patronymic-person": ["The marketing director, Sherzod Rustam o'g'li (since {yr}), changed the slogan.",
                          "Interviews were held with Aizhan Serikkyzy (brand manager, {fin}) and Dilnoza Anvar qizi (SMM)."],
    "organisation-founded": ["Atameken (established 2013) represents entrepreneurs.", "The AIFC (launched 2018) uses English common law."],
    "regulator-created": ["The ARDFM (created 2019) supervises banks.", "AFSA rules ({yr} edition) allow a regulatory sandbox."],
    "tax-code": ["VAT is 12% in Kazakhstan (Tax Code, {yr}).", "The turnover tax rate fell (4% from {yr})."],
    "hs-code": ["Dried apricots are exported under HS 0813 ({yr} data).", "Cotton yarn (HS 5205) is the main textile export."],
    "gost-standard": ["The product meets GOST 31711-2012.", "Cement is tested under ST RK EN 197-1-{yr}."],
    "bin-number": ["The company is registered (BIN 050740004819).", "Payments go to the agency (TIN 3{n}11)."],
    "short-number": ["Customers can call 9999 (free from any mobile).", "The USSD code (*{n}#) activates the bundle."],
    "address": ["The flagship store opened in {city} (Abay Ave 10, 050000).", "The office moved to Tashkent City (Islam Karimov St 49)."],
    "quarter-year": ["Revenue rose in the third quarter (Q{q} {yr}).", "Results improved (H1 {yr} vs H1 {Y})."],
    "fiscal-year": ["The bank met its targets (FY{yr}).", "Operating profit grew ({pc}% in 9M {yr})."],
    "percentage": ["Cashless payments rose sharply (up {pc}% in {yr}).", "Brand awareness was high ({pc}%, {mo} {yr})."],
    "table-figure": ["The results are shown below (Table {q}).", "See the perceptual map (Figure {q}, {yr} data)."],
    "silk-road-history": ["The Great Silk Road (2nd century BC – 15th century) is central to the tourism brand.",
                          "The Registan (15th–17th centuries) is on every campaign poster."],
    "unesco-listing": ["Samarkand (UNESCO World Heritage, 2001) attracts most tourists.", "Bukhara (inscribed 1993) is the second destination."],
    "soviet-period": ["Many brands were created after independence (1991).", "The factory dates from the Soviet period (1930s–1991)."],
    "currency-introduction": ["The tenge (introduced 15 November 1993) is shown as ₸.", "The Kyrgyz som (May 1993) was the first new currency in the region."],
    "census": ["Kazakhstan's population was 19.2 million (2021 census).", "Uzbekistan passed 36 million people ({yr} estimate)."],
    "sales-event": ["Kaspi Juma ({mo} {yr}) broke the record for orders.", "The 11.11 sale (Uzum, {yr}) doubled traffic."],
    "social-handle": ["The Telegram channel @uzum_market (1.{q}m subscribers) posts daily.", "Followers of @kaspi.kz grew ({n}k new in {yr})."],
    "web-domain": ["All offers are on kaspi.kz (since 2014).", "Orders are placed on uzum.uz or in the app."],
    "bazaar-mall": ["Chorsu Bazaar (since the 16th century) is still a tourist attraction.",
                    "Mega Silk Way (opened {yr}) is the largest mall in Astana.", "Dordoi Bazaar (about {n} hectares) supplies the region."],
    "transliteration-note": ["The city is spelled differently (Kazakh: Shymkent; Russian: Chimkent).",
                             "The name has several spellings (Yusupov, Iusupov, Yusufov)."],
    "alphabet-reform": ["Kazakh is moving to the Latin alphabet (Decree No. 569, 26 October 2017).",
                        "Uzbek Latin (adopted 1993) is used on most packaging."],
    "licence-number": ["The bank holds licence No. 1.2.245/61 ({yr}).", "The e-money issuer has a licence (No. 03-{n}, {mo} {yr})."],
    "credit-rating": ["The bank's rating was raised (BBB-, {yr}).", "The sovereign rating stayed stable (Baa2, {mo} {yr})."],
    "brand-heritage": ["Rakhat chocolate (since 1942) is a national symbol.", "Shoro drinks (since 1994) use traditional recipes."],
    "unit-price": ["Raisins cost about {n} ₸/kg at the bazaar ({yr}).", "Cement prices were stable (USD {n}/t, {yr})."],
    "course-module": ["This report is for the CIM Level 7 module (Marketing and Digital Strategy, {yr}).",
                      "The assignment follows the CIM 2206 brief (Task 1, {mo} {yr})."],
    "diaspora-place": ["Many Kazakh customers live abroad (Moscow, Istanbul and Seoul, {yr}).",
                       "Koryo-saram (since the 1937 deportation) form a large community in Uzbekistan."],
}  # fmt: skip

SCARE_QUOTES = ["‘super-app’", "“cashless society”", "‘0-0-12’", "'bazaar mentality'", "‘Made in Kazakhstan’",
                "“digital nomads”", "‘new Uzbekistan’", "‘halal-friendly’", "'hype'", "“Qazaq brand”"]  # fmt: skip
SCARE_FRAMES = ["{B} calls its strategy {Q} {P}.", "Local marketers speak about the {Q} effect {P}.",
                "The {Q} label is now common in Central Asia {P}.", "{N} described this as {Q}.",
                "Banks promote a {Q} image {P}."]  # fmt: skip
SUBJECT_LINES = ["‘Kaspi Juma: 0-0-12 on everything today’", "“Наурыз құтты болсын! -{pc}% on all flights”",
                 "'Navruz muborak! Cashback {pc}% with {prod}'", "‘Your bundle ends tomorrow – renew now’",
                 "“Uzum Nasiya: pay in 12 months without overpayment”", "‘Kurban Ait: free delivery all week’"]  # fmt: skip
SUBJECT_FRAMES = ["The push notification {Q} had the highest open rate {P}.", "{B} sent the SMS {Q} to inactive customers {P}.",
                  "An email with the subject {Q} doubled clicks {P}.", "The banner {Q} ran on all screens in {city} {P}."]  # fmt: skip
QUOTE_FRAMES = ["{Q} {P}.", "As one author says, {Q} {P}.", "{N} wrote that {Q}.", "It is stated that {Q} {P}.",
                "According to {N}, {Q}.", "The main idea is clear: {Q} {P}.", "{B} should remember that {Q} {P}."]  # fmt: skip
