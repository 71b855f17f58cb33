"""The blind163 pool (HELD OUT): the prose of marketers in Estonia, Latvia, Lithuania and their diaspora.

Written without reading the checker, its tests or any other pool, as candidates at Baltic banks and fintechs
(Swedbank, SEB, Luminor, LHV, Citadele, Šiaulių bankas, Revolut, Bolt, Wise), telecoms (Telia, Elisa, Tele2, Bite,
LMT), retailers (Rimi, Maxima, Prisma, Selver, Pigu.lt, Varle.lt), food and drink makers (Kalev, Laima, Rūta,
Aldaris, Švyturys, Saku, Amber Beverage), airBaltic and the media (ERR, Postimees, Delfi, LSM, LRT, 15min.lt) write
CIM Level 6 and 7 reports and MBA assignments in English, in Tallinn, Tartu, Pärnu, Narva, Riga, Daugavpils,
Liepāja, Jūrmala, Vilnius, Kaunas and Klaipėda and in Helsinki, Stockholm, Dublin, London, Oslo and Chicago. Its
decoys are what such reports hold that looks like a citation and is not: laws with their numbers and years
("Isikuandmete kaitse seadus", "Law No. XIII-1426"), Riigi Teataja and Latvijas Vēstnesis references, euros with
decimal commas and spaces for thousands, dates written 24.02.2023, registry codes, IBANs, postcodes and phones,
Jāņi, Jaanipäev and Joninės, the Song and Dance Festival and the three Independence Days, people with their roles,
firms with AS, OÜ, SIA, UAB and AB and their founding years, awards, campaigns, products, events, places,
universities and courses, the Soviet years and the euro changeover, and Estonian, Latvian and Lithuanian words.

HELD OUT: nobody tunes the checker on it until its first tables have been read.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} argue that {C}, which is especially true in {city}.",
    "{N} showed that {C}.",
    "{N} notes that {C}.",
    "{N} observed that {C} among Russian-speaking customers in {ru_city}.",
    "{N} concluded that {C}.",
    "{N} reports that {C}, a finding {B} has not yet acted on.",
    "{N} suggested that {C}.",
    "{N} point out that {C} in all three Baltic markets.",
    "{N} claims that {C}; this matches what we see at {B}.",
    "{N} makes the case that {C}.",
    "{N} have argued that {C}.",
]
NARRATIVE_MID = [
    "According to {N}, {C}.",
    "As {N} explains, {C}.",
    "{O}, {N} found that {C}.",
    "This is in line with {N}, who found that {C}.",
    "{C}, as {N} point out.",
    "For {B}, the lesson from {N} is that {C}.",
    "In a study of {city} shoppers, {N} found that {C}.",
    "A similar point is made by {N}: {C}.",
    "Building on {N}, it can be argued that {C}.",
    "{C}, a view shared by {N}.",
    "Writing about {country}, {N} noted that {C}.",
    "Unlike {N}, who argued that {C}, the evidence from {B} is mixed.",
]
POSSESSIVE = [
    "{N} study found that {C}.",
    "{O}, {N} model suggests that {C}.",
    "{N} framework helps to explain why {C}.",
    "Applying {N} findings to {B}, {C}.",
    "{N} survey of {n} respondents in {city} showed that {C}.",
]
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "It is widely accepted that {C} {P}.",
    "Research in the Baltics shows that {C} {P}.",
    "{C}, particularly in {city} {P}.",
    "There is evidence that {C} {P:see}.",
    "{C} {P:e.g.}.",
    "{B} is a good example: {C} {P}.",
    "Studies of Estonian, Latvian and Lithuanian consumers agree that {C} {P}.",
]
PARENTHETICAL_MID = [
    "{C} {P}, while {C2}.",
    "{C} {P}; however, {C2}.",
    "{C} {P}, although {C2}.",
    "{O}, {C} {P} and {C2}.",
    "Although {C} {P}, {C2}.",
    "{C} {P}, which means {C2}.",
]
CLAIMS = [
    "{T} raises {R} among {A}",
    "{A} in {city} expect to pay by phone",
    "Baltic consumers trust banks more than fintechs",
    "Russian-speaking consumers respond better to bilingual campaigns",
    "{B} relies on {T} more than its Nordic rivals do",
    "loyalty cards drive most of the basket size in Baltic grocery",
    "price is still the first reason to switch mobile operator",
    "local brands such as {food} carry strong nostalgia for older customers",
    "{T} works best when it is tied to {R}",
    "consumers in {country} are quick to adopt digital services",
    "trust in public service media is higher than trust in social media",
    "small firms in {country} spend little on market research",
    "e-commerce in the Baltics grew faster than the EU average after {Y}",
    "{A} reward {T} with {R}",
    "festival sponsorship builds brand affection around {holiday}",
    "consumers switch banks rarely, even when fees rise",
    "English-language campaigns alienate older customers",
    "{B} could use {T} to win {A}",
    "the return on {T} falls as budgets grow",
    "parcel lockers have changed how {A} shop online",
    "customers of {bank} expect the app to do everything the branch once did",
    "domestic brands gain share when prices rise",
]
OPENERS = [
    "However",
    "In practice",
    "For {B}",
    "In the Baltic context",
    "In Estonia",
    "In Latvia",
    "In Lithuania",
    "At the same time",
    "By contrast",
    "More recently",
    "In the case of {B}",
    "After the euro changeover",
    "Since the pandemic",
    "For the diaspora in {abroad}",
]
PLAIN = [
    "{B} sells through its app, its website and its stores in {city}, {city2} and {city3}.",
    "The campaign ran for six weeks in Estonian, Latvian, Lithuanian and Russian.",
    "{B} has around {n} employees across the three Baltic states.",
    "{O}, {C}.",
    "The brief asks for a marketing plan for the next 12 months.",
    "{B} is headquartered in {city} and has a shared service centre in {city2}.",
    "Most of the team works in English, but customer communication is local.",
    "Table {q} summarises the PESTLE factors for the Baltic market.",
    "The analysis below uses the 7Ps and Porter's Five Forces.",
    "This section recommends three objectives, set out in SMART form.",
]
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one author puts it, {Q} {P}.",
    "{N} put it plainly: {Q}.",
    "It has been argued that {Q} {P}.",
    "{N} writes that {Q}.",
    "In the words of {N}, {Q}.",
    "Marketing in the region is, in short, {Q} {P}.",
    "{N} warns that {Q}, and this is true for {B}.",
]
SCARE_QUOTES = [
    "‘e-Estonia’",
    "“digital nomad”",
    "‘Nordic-style’",
    "“the Baltic tiger”",
    "‘super-app’",
    "“post-Soviet”",
    "'buy local'",
    '"made in Latvia"',
    "‘unicorn factory’",
    "“phygital”",
    "‘Lithuanian quality’",
    "“cashless by default”",
]
SCARE_FRAMES = [
    "Brands now talk of {Q} marketing {P}.",
    "{B} positions itself as {Q} {P}.",
    "The idea of a {Q} brand is now common {P}.",
    "{N} calls this the {Q} effect.",
    "Older shoppers do not describe themselves as {Q} {P}.",
]
SUBJECT_LINES = [
    "“Jāņi ir klāt! −20% visam grilam”",
    "‘Jaanipäeva pakkumised on siin’",
    "“Joninių savaitgalis: nemokamas pristatymas”",
    "‘Your {M} order is ready at the parcel locker’",
    "“Last chance: Black Friday ends at midnight”",
    "‘Happy Independence Day! 18% off everything’",
    "“Sveiki, your new card is on its way”",
    "'Tere! Your Selver order is on its way'",
    "“Only today: free delivery across Lithuania”",
    "‘Ваш заказ готов / Your order is ready’",
]
SUBJECT_FRAMES = [
    "One push notification, {Q}, doubled app opens {P}.",
    "An email headed {Q} performed best {P}.",
    "The subject line {Q} was sent to lapsed customers {P}.",
    "{B} tested the message {Q} in all three countries {P}.",
    "{N} cites the subject line {Q} as a good example.",
]
BRANDS = ["Swedbank", "SEB", "Luminor", "LHV", "Citadele", "Šiaulių bankas", "Revolut", "Bolt", "Wise", "Telia",
          "Elisa", "Tele2", "Bite", "LMT", "Rimi", "Maxima", "Prisma", "Selver", "Pigu.lt", "Varle.lt", "Kalev",
          "Laima", "Rūta", "Aldaris", "Švyturys", "Saku", "Amber Beverage Group", "airBaltic", "ERR", "Postimees",
          "Delfi", "LSM", "LRT", "15min.lt", "Vinted", "Printful", "Pipedrive", "Tallink", "Linas Agro", "Balsam"]  # fmt: skip

_CITIES = ["Tallinn", "Tartu", "Pärnu", "Narva", "Riga", "Daugavpils", "Liepāja", "Jūrmala", "Vilnius", "Kaunas",
           "Klaipėda", "Parnu", "Liepaja", "Klaipeda", "Šiauliai", "Panevėžys", "Ventspils", "Viljandi"]  # fmt: skip
_ABROAD = ["Helsinki", "Stockholm", "Dublin", "London", "Oslo", "Chicago", "Toronto", "Berlin", "Cork", "Reykjavík"]
_EE_PEOPLE = ["Kristjan Tamm", "Mari Saar", "Priit Sepp", "Kadri Kask", "Jüri Mägi", "Triin Rebane", "Märt Kukk",
              "Ülle Pärn", "Tõnu Jürgenson", "Kaarel Lõhmus"]  # fmt: skip
_LV_PEOPLE = ["Jānis Bērziņš", "Ilze Bērziņa", "Andris Kalniņš", "Līga Kalniņa", "Mārtiņš Ozols", "Dace Ozola",
              "Ģirts Liepiņš", "Kristīne Jansone", "Raimonds Zariņš"]  # fmt: skip
_LT_PEOPLE = ["Tomas Kazlauskas", "Rūta Kazlauskienė", "Eglė Petrauskaitė", "Mindaugas Jankauskas",
              "Gintarė Žukauskienė", "Žilvinas Urbonas", "Austėja Butkutė", "Jarosław Narkiewicz", "Sergejus Ivanovas"]  # fmt: skip
_ROLES = ["CEO", "CMO", "head of marketing", "brand manager", "head of digital", "chair of the board",
          "country manager", "founder", "head of customer experience", "PR lead"]  # fmt: skip
_HOLIDAYS = ["Jāņi", "Jaanipäev", "Joninės", "Midsummer", "Christmas", "Black Friday", "Easter", "Mother's Day",
             "Valentine's Day", "Līgo", "Užgavėnės", "Vastlapäev"]  # fmt: skip
_FOOD = ["Kalev", "Laima", "Rūta", "Aldaris", "Švyturys", "Saku", "Riga Black Balsam", "Vana Tallinn", "Selga",
         "Karums", "Tere", "Pieno žvaigždės", "Tartu Mill"]  # fmt: skip
_BANKS = ["Swedbank", "SEB", "Luminor", "LHV", "Citadele", "Šiaulių bankas", "Revolut", "Wise", "Inbank", "Coop Pank"]
_UNIS = ["the University of Tartu", "TalTech", "SSE Riga", "the Stockholm School of Economics in Riga",
         "the University of Latvia", "Vilnius University", "ISM", "KTU", "EBS", "RISEBA", "Riga Technical University"]  # fmt: skip
_COUNTRIES = ["Estonia", "Latvia", "Lithuania", "the Baltics", "the Baltic states"]
_RU_CITIES = ["Narva", "Daugavpils", "Ida-Virumaa", "Visaginas", "Riga", "Tallinn's Lasnamäe district"]
_LEGAL = ["AS", "OÜ", "SIA", "UAB", "AB", "MTÜ", "VšĮ"]


def _eur(rng: random.Random) -> str:
    whole = rng.randint(1, 950)
    thousands = rng.randint(1, 99)
    return rng.choice([f"€{whole},{rng.randint(1, 9)} million", f"EUR {thousands} {rng.randint(100, 999)}",
                       f"{thousands} {rng.randint(100, 999)} €", f"€{whole} million", f"{whole},{rng.randint(10, 99)} EUR",
                       f"EUR {whole}.{rng.randint(1, 9)}m", f"{whole} mln. eurų", f"{whole} milj. eurot"])  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Values only this pool's frames use ({city}, {law_ee}, {eur}...), drawn in a fixed order."""
    year = rng.randint(2004, 2024)
    recent = rng.randint(2012, 2024)  # {Y} and {Y2}: the years these reports talk about, not the base 1995 on
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    city, city2, city3 = rng.sample(_CITIES, 3)
    return {
        "city": city, "city2": city2, "city3": city3, "abroad": rng.choice(_ABROAD), "ru_city": rng.choice(_RU_CITIES),
        "country": rng.choice(_COUNTRIES), "holiday": rng.choice(_HOLIDAYS), "food": rng.choice(_FOOD),
        "bank": rng.choice(_BANKS), "uni": rng.choice(_UNIS), "role": rng.choice(_ROLES),
        "ee_person": rng.choice(_EE_PEOPLE), "lv_person": rng.choice(_LV_PEOPLE), "lt_person": rng.choice(_LT_PEOPLE),
        "legal": rng.choice(_LEGAL), "eur": _eur(rng), "eur2": _eur(rng),
        "pct": rng.choice([f"{rng.randint(1, 80)},{rng.randint(1, 9)}%", f"{rng.randint(1, 80)}.{rng.randint(1, 9)}%",
                           f"{rng.randint(1, 80)} %", f"{rng.randint(1, 80)}%"]),
        "dot_date": f"{day:02d}.{month:02d}.{year}", "iso_date": f"{year}-{month:02d}-{day:02d}",
        "regcode": str(rng.randint(10000000, 16999999)), "lv_reg": f"400030{rng.randint(10000, 99999)}",
        "lt_code": str(rng.randint(110000000, 305999999)),
        "iban": rng.choice(["EE", "LV", "LT"]) + f"{rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
        "phone": rng.choice([f"+372 5{rng.randint(100, 999)} {rng.randint(1000, 9999)}", f"+371 2{rng.randint(1000000, 9999999)}",
                             f"+370 6{rng.randint(10, 99)} {rng.randint(10000, 99999)}"]),
        "postcode": rng.choice([f"LV-{rng.randint(1001, 5799)}", f"LT-{rng.randint(10000, 99999)}", f"{rng.randint(10111, 15199)} Tallinn"]),
        "rt_day": f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{year}", "rt_n": str(rng.randint(1, 60)),
        "lt_no": f"XIII-{rng.randint(100, 3200)}", "lt_no2": f"XIV-{rng.randint(100, 2900)}",
        "lv_issue": f"{rng.randint(1, 250)} ({rng.randint(5000, 7900)})",
        "age": str(rng.randint(18, 35)), "age2": str(rng.randint(36, 74)),
        "Y": str(recent), "Y2": str(recent + rng.randint(1, 2)),
    }  # fmt: skip


NOT_CITATIONS = {
    "estonian-act-rt": [
        "Consent for newsletters is governed by the Isikuandmete kaitse seadus (RT I, 04.01.2019, 11).",
        "The Reklaamiseadus (RT I, {rt_day}, {rt_n}) bans alcohol adverts on outdoor media before 7 a.m.",
        "{B} had to change its loyalty terms after the Tarbijakaitseseadus was amended (RT I, {rt_day}, {rt_n}).",
    ],
    "latvian-law-gazette": [
        "In Latvia the Fizisko personu datu apstrādes likums (Latvijas Vēstnesis, 132 (6218)) applies alongside the GDPR.",
        "The Reklāmas likums was last amended in {Y} (Latvijas Vēstnesis, {lv_issue}).",
    ],
    "lithuanian-law-number": [
        "Lithuania implemented the GDPR through Law No. XIII-1426 of the Seimas.",
        "The Law on Advertising (No. VIII-1871) limits comparative adverts.",
        "The amendment (No. {lt_no}) came into force on 1 January {Y2}.",
        "A new rule (Law No. {lt_no2}, {Y}) restricts alcohol sales on Sundays.",
    ],
    "eu-regulation-number": [
        "All three countries apply Regulation (EU) 2016/679 directly.",
        "Directive (EU) 2019/2161 tightened the rules on price reductions (from 28 May 2022).",
        "The Digital Services Act (Regulation (EU) 2022/2065) changes how {B} moderates reviews.",
    ],
    "regulator-acronym-year": [
        "The Data Protection Inspectorate (AKI) fined an e-shop for cold e-mails in {Y}.",
        "Latvia's DVI received {n} complaints about direct marketing ({Y}).",
        "The VDAI ({Y} annual review) lists cookie banners as the main problem.",
        "The PTAC (Consumer Rights Protection Centre) warned influencers in {Y} about hidden adverts.",
    ],
    "statistics-office-figures": [
        "Statistics Estonia puts the population at 1,37 million ({Y} figures).",
        "According to the CSB's figures ({Y}), {pct} of Latvian households shop online.",
        "Statistics Lithuania (Q{q} {Y}) reports retail turnover up {pct}.",
    ],
    "euro-decimal-comma": [
        "{B}'s revenue reached {eur} in {Y} ({eur2} a year earlier).",
        "The average basket at {B} was {eur} (Q{q} {Y}).",
        "Media spend in {country} was {eur} ({Y}, all channels).",
    ],
    "percent-comma": [
        "{B}'s market share grew to {pct} ({Y}).",
        "Unaided awareness rose from {pct} to {pct} ({Y}–{Y2}).",
    ],
    "dotted-date": [
        "The campaign launched on {dot_date} and ran for four weeks.",
        "The law entered into force on 25.05.2018 (the GDPR's first day).",
        "The new app went live ({dot_date}) with Estonian, Latvian, Lithuanian, Russian and English versions.",
    ],
    "iso-date": [
        "Data were exported from Google Analytics on {iso_date}.",
        "The survey closed ({iso_date}) with {n} complete answers.",
    ],
    "independence-day": [
        "Sales peak around Estonia's Independence Day (24 February) and Christmas.",
        "Lithuania's Independence Day (16 February) and the Restoration of Independence (11 March) both get campaigns.",
        "Latvian brands launch red-white-red packaging before Proclamation Day (18 November).",
    ],
    "midsummer-holiday": [
        "Beer sales double in the week of Jāņi (23–24 June).",
        "Jaanipäev (24 June) is the peak week for grill and beer promotions.",
        "Joninės (Rasos, 24 June) is a public holiday in Lithuania.",
        "{B} ran a Līgo campaign in {Y} with caraway cheese and beer.",
    ],
    "song-festival": [
        "The Song and Dance Festival ({Y}) drew more than 30 000 singers.",
        "Laulupidu (2019) and the Latvian Song and Dance Festival (2023) both had corporate sponsors.",
        "The XXVII Latvian Song and XVII Dance Festival (2023) was sponsored by banks and telecoms.",
    ],
    "historical-event": [
        "The Baltic Way (23 August 1989) is still used in brand storytelling.",
        "The Singing Revolution (1987–1991) shapes how older consumers see national brands.",
        "Since EU accession (2004) and the euro changeover (Estonia 2011, Latvia 2014, Lithuania 2015), prices have converged.",
        "After the 1992 currency reform, the kroon was pegged to the Deutsche Mark.",
    ],
    "euro-changeover": [
        "Prices were shown in both litas and euros (1 EUR = 3,4528 LTL) for six months in 2015.",
        "Latvia replaced the lats with the euro on 1 January 2014 (1 EUR = 0,702804 LVL).",
        "Estonia adopted the euro in 2011 (15,6466 EEK to the euro).",
    ],
    "person-role-year": [
        "{ee_person}, {role} of {B} since {Y}, led the rebrand.",
        "{lv_person} ({role}, {B}) presented the results in {city} in {Y}.",
        "The interview with {lt_person}, {B}'s {role}, took place on {dot_date}.",
    ],
    "interviewee-code": [
        "One manager (Interviewee 3, {city}) said the loyalty app had changed everything.",
        "Respondent R{q} ({age}, female, {city}) preferred to shop in Russian.",
        "A store manager (P{q}, {Y}) described the Sunday trading rules.",
    ],
    "legal-form-company": [
        "The trademark is owned by {B} {legal}, registered in {city}.",
        "Kalev AS and Laima SIA are both part of Orkla (since {Y}).",
        "Maxima Grupė, UAB and Rimi Lietuva, UAB compete for the same shoppers.",
        "The agency is a small OÜ with {n} clients in three countries.",
    ],
    "registry-code": [
        "{B} {legal} (registry code {regcode}) is the data controller.",
        "The distributor is SIA {food} Latvija (reģ. Nr. {lv_reg}).",
        "UAB {B} (įmonės kodas {lt_code}) ran the prize draw.",
    ],
    "iban-account": [
        "Donations were collected to {iban} during the campaign.",
        "The prize draw entry fee was paid to account {iban}.",
    ],
    "phone-number": [
        "The hotline ({phone}) took {n} calls on the first day.",
        "Customers could text the code to {phone} to enter.",
    ],
    "postcode-address": [
        "The flagship store is at Vabaduse väljak 10, 10146 Tallinn.",
        "The pop-up ran at Brīvības iela 40, Rīga, LV-1050 ({dot_date}).",
        "Returns go to Gedimino pr. 9, LT-01103 Vilnius.",
    ],
    "founding-year": [
        "Kalev (founded 1806) is the oldest confectioner in Estonia.",
        "Laima (1870) and Rūta (1913) both trade on heritage.",
        "Švyturys has brewed in Klaipėda since 1784.",
        "Aldaris (est. 1865) still uses its original brewery in Riga.",
    ],
    "soviet-era-brand": [
        "Many shoppers still remember Kalev sweets from the Soviet years (1940–1991).",
        "Riga Black Balsam (since 1752) survived nationalisation in 1940.",
        "The Latvija minibus (RAF, 1949–1998) is a popular nostalgic image.",
    ],
    "award-year": [
        "The campaign won a Golden Hammer ({Y}) in the digital category.",
        "{B} was named Most Trusted Brand ({Y}) in the Reader's Digest survey.",
        "The ad took Grand Prix at the Baltic Advertising Awards ({Y}).",
        "{B} won the Effie Lithuania (Gold, {Y}).",
    ],
    "event-year": [
        "Latitude59 ({Y}) brought investors to Tallinn.",
        "{B} had a stand at sTARTUp Day ({Y}) and at Login ({Y2}) in Vilnius.",
        "Positivus ({Y}) and Granatos Live ({Y2}) are the main summer festivals for sponsors.",
        "Riga Food ({Y}) is where most FMCG launches are shown.",
    ],
    "sport-event": [
        "Sponsorship of EuroBasket 2025 (Riga) lifted awareness.",
        "The Tallinn Marathon ({Y}) had {n} runners in {B} shirts.",
        "Basketball is a national passion: Žalgiris (Kaunas) sells out every game.",
    ],
    "product-model": [
        "The LHV card (Mastercard Gold) was relaunched in {Y}.",
        "{B} Premium 2.0 costs {eur} a month.",
        "Bolt Drive (car-sharing) and Bolt Food (delivery) sit in one app.",
        "The iPhone 15 (2023) was the best-selling phone at Telia.",
    ],
    "app-version": [
        "Version 4.2 of the {B} app ({Y}) added Smart-ID login.",
        "Mobile-ID and Smart-ID (since 2017) are used for most logins.",
    ],
    "tariff-plan": [
        "The Unlimited 5G plan (Elisa, {eur} per month) targets students.",
        "Tele2's Premium (2 years) contract includes a free phone.",
    ],
    "campaign-name-year": [
        "The Estonian \"Eesti asi\" campaign ({Y}) pushed local produce.",
        "\"Latvijā ražots\" ({Y}) was the most remembered slogan in the survey.",
        "The \"Pirk lietuvišką\" (Buy Lithuanian) drive ran in {Y}.",
        "{B}'s \"Tere, {city}!\" campaign ({Y}) used local dialect.",
    ],
    "slogan-translation": [
        "Its slogan, \"Kõik on võimalik\" (\"Everything is possible\"), ran on buses.",
        "The tagline 'Garšo kā mājās' ('Tastes like home') came from a customer.",
        "“Mes – tai Lietuva” (“We are Lithuania”) appeared on every pack.",
    ],
    "local-words": [
        "Estonians call the budget shop mentality \"odav\" (cheap) but not \"kehv\" (poor).",
        "Latvian shoppers use the word \"atlaide\" (discount) far more often than \"akcija\" (promotion).",
        "The Lithuanian word \"nuolaida\" (discount) dominates search terms in November.",
    ],
    "university-course": [
        "The module (MKT{n}, {uni}) covers consumer behaviour.",
        "I completed the Executive MBA at {uni} in {Y}.",
        "The CIM Level 7 Postgraduate Diploma was studied in {abroad} ({Y}–{Y2}).",
    ],
    "thesis-supervisor": [
        "My supervisor, Dr. {ee_person} ({uni}), suggested this approach.",
        "Prof. {lt_person} reviewed the questionnaire in {Y}.",
    ],
    "sample-size": [
        "The online panel covered all three countries (n = {n}).",
        "Respondents were aged {age}–{age2} (N = {n}, {Y}).",
        "Two focus groups were held in {city} ({q} × 8 participants).",
    ],
    "figure-table": [
        "The results are shown in Figure {q} (Appendix 2).",
        "See Table {q} (2022–2024 figures) for the price comparison.",
        "The SWOT analysis (Appendix {q}) summarises the findings.",
    ],
    "quarter-year": [
        "Sales fell sharply in Q{q} {Y}.",
        "The relaunch was moved to H2 {Y2}.",
        "{B} reported record results for FY{Y}.",
    ],
    "population-figures": [
        "Lithuania has about 2,8 million inhabitants ({Y}), Latvia 1,9 million and Estonia 1,37 million.",
        "About a quarter of Latvia's population speaks Russian at home (2021 census).",
    ],
    "diaspora-numbers": [
        "More than {n} 000 Lithuanians live in Ireland and the UK ({Y} estimates).",
        "The Estonian community in {abroad} is small but loyal to home brands.",
        "Chicago's Lithuanian diaspora (since the 1890s) still buys Lithuanian bread.",
    ],
    "place-brackets": [
        "The new store in Ülemiste (Tallinn) opened in {Y}.",
        "Akropolis (Vilnius) and Alfa (Riga) are the busiest malls.",
        "Nordic shoppers come by ferry from Helsinki (2 hours) for alcohol.",
    ],
    "ferry-flight-code": [
        "The route (BT{n}, Riga–Oslo) was launched in {Y}.",
        "The Tallinn–Helsinki ferry (Tallink Megastar) carries {n} 000 passengers a year.",
    ],
    "media-outlet-year": [
        "ERR (Eesti Rahvusringhääling) has broadcast in Russian since {Y} on ETV+.",
        "Delfi (founded 1999) is the largest news portal in the region.",
        "LSM (Latvijas Sabiedriskais medijs) launched in {Y}.",
    ],
    "language-version": [
        "The website exists in Estonian, Russian and English (EST/RUS/ENG).",
        "The label was printed in three languages (LV/LT/EE).",
    ],
    "currency-exchange": [
        "In {abroad}, prices were shown in SEK and NOK ({Y} rates).",
        "Wise's fee for EUR to GBP was 0,41% ({Y}).",
    ],
    "org-founded-bracket": [
        "Bolt (Taxify until 2019) is now valued at several billion euros.",
        "Luminor (formed in 2017 from DNB and Nordea's Baltic arms) then rebranded.",
        "Revolut (licensed by the Bank of Lithuania in 2018) serves customers across the EU.",
    ],
    "standard-certificate": [
        "The dairy is certified under ISO 22000 (2018).",
        "Products carry the Estonian \"Tunnustatud Eesti Maitse\" label (since 2002).",
        "The store meets the EU Ecolabel (2010/66/EC) criteria.",
    ],
    "tv-show-season": [
        "{B} sponsored \"Eesti otsib superstaari\" (season {q}).",
        "\"Lietuvos balsas\" (The Voice of Lithuania, {Y}) had {n} 000 viewers.",
    ],
    "name-day-calendar": [
        "Latvian brands send greetings on name days (vārda dienas), for example Jānis on 24 June.",
        "The card is sent on Lithuanian name days (vardadieniai) as well as birthdays.",
    ],
    "diacritics-dropped-name": [
        "Customers often type \"Siauliu bankas\" or \"Svyturys\" without the diacritics.",
        "Search data show \"Parnu\" is searched more than \"Pärnu\" by tourists.",
    ],
    "hashtag-handle": [
        "The hashtag #LoveEstonia ({Y}) trended on Instagram.",
        "@swedbanklatvija posted the offer in Latvian and Russian ({dot_date}).",
    ],
    "national-domain-brand": [
        "Pigu.lt and Varle.lt (both Lithuanian) compete with Amazon.de.",
        "The shop moved from .ee to .eu in {Y}.",
    ],
}  # fmt: skip
