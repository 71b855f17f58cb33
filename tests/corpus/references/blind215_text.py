"""The blind215 pool's prose: marketers in Romania, Bulgaria, Moldova and Ukraine and their diaspora writing in English.

Written without reading the checker, its tests or any other pool. The writers work at banks and fintechs, telecoms,
retailers, FMCG firms and wine makers, IT outsourcing firms, logistics firms and agencies in Bucharest, Cluj-Napoca,
Iași, Timișoara, Sofia, Plovdiv, Varna, Chișinău, Kyiv, Lviv, Odesa and Dnipro, or in London, Madrid, Turin and
Toronto, and write CIM Level 6 and 7 reports and MBA assignments in English, a second or third language for most:
present-perfect and present-tense reporting verbs, "according to" and "in the opinion of", the region's
quotation marks („ ” and « »), and the laws, decrees, prices, vintages, festivals, founding years, tickers, awards,
titles and academic years of the region, none of which is a citation. Placeholders are those of text.py plus the
ones values() fills.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Banca Transilvania", "eMAG", "Dedeman", "Bitdefender", "UiPath", "Nova Poshta", "Monobank", "Rozetka",
          "Kaufland Bulgaria", "Orange Moldova", "Kyivstar", "A1 Bulgaria", "FAN Courier", "Cramele Recaș",
          "Purcari", "Endava", "Farmec", "Mega Image", "Ursus", "Dorna", "Altex", "Fashion Days", "Glovo România",
          "Bolt", "Revolut", "Silpo", "ATB", "Econt", "Speedy", "Fantastico", "Borjomi", "Covalact", "Telerik",
          "Digi", "Vodafone Ukraine", "maib", "Moldcell", "Jidvei", "Napolact", "Libris"]  # fmt: skip

NARRATIVE_START = [
    "{N} consider that {C}.", "{N} have demonstrated that {C}.", "{N} underline that {C}, which is very relevant for {B}.",
    "{N} state that {C}.", "{N} mention that {C}, especially in the Romanian market.", "{N} have shown that {C}.",
    "{N} emphasise that {C}; this is also the experience of {B}.", "{N} argues that {C}.",
    "{N} found that {C}, although the sample came only from {city}.", "{N} affirm that {C}.",
    "{N} observed that {C} after the start of the war in Ukraine.", "{N} concluded that {C}.",
    "{N} highlight that {C} and that {C2}.", "{N} proposes that {C}.", "{N} points out that {C} in Bulgaria as well.",
    "{N} demonstrated, on a sample of {n} respondents, that {C}.", "{N} also underlines that {C}.",
    "{N} are of the opinion that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "In the opinion of {N}, {C}.", "{O}, {N} have shown that {C}.",
    "As it was demonstrated by {N}, {C}.", "{C}, as {N} underline.", "This is in line with {N}, who found that {C}.",
    "For the case of {B}, {N} has shown that {C}.", "A study made by {N} in {city} found that {C}.",
    "{C}; the same was observed by {N} for {A}.", "Data published by {N} show that {C}.",
    "In a recent article, {N} explain that {C}.", "{C}, a conclusion also reached by {N}.",
    "As mentioned by {N}, {C}.", "{O}, according to {N}, {C}.", "Similar results were obtained by {N}, namely that {C}.",
    "The report of {N} confirms that {C}.", "{C}, which was also noticed by {N} in the Ukrainian market.",
    "If we follow {N}, {C}.", "Like {B}, the companies analysed by {N} found that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study shows that {C}.", "{N} research confirms that {C}.", "{O}, {N} model explains why {C}.",
    "Based on {N} framework, {B} should accept that {C}.", "{N} survey indicates that {C}.",
    "{N} findings are important for {B} because {C}.", "In {N} view, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Studies show that {C} {P}.", "{B} is not an exception, because {C} {P}.",
    "For {A}, {C} {P}.", "It is considered that {C} {P}.", "{C}, mainly in urban areas {P}.",
    "It was demonstrated that {C} {P:see}.", "Several authors agree that {C} {P:e.g.}.", "{C} {P:cf.}.",
    "In Romania and Bulgaria, {C} {P}.", "In the case of {B}, {C} {P}.", "{C}, especially after 2022 {P}.",
    "This is important because {C} {P}.", "{C}. {P}", "{C} {P:see also}.", "{C}, which explains the strategy of {B} {P}.",
    "As a consequence, {C} {P}.", "The literature agrees that {C} {P:for example}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; moreover, {C2}.", "Although {C} {P}, {C2}.",
    "While {C} {P}, in {city} {C2}.", "{B} knows that {C} {P}, so {C2}.", "{C} {P:see}, while {C2}.",
    "Some authors {P:e.g.} consider that {C}.", "Recent studies {P} show that {C}.", "{O}, {C} {P}, therefore {C2}.",
    "{C} {P} – in other words, {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} in Romania still prefer cash on delivery for online orders", "{T} increases {R} among {A}",
    "{B} depends on {T} more than its local competitors", "trust in banks is lower in Eastern Europe than in the West",
    "mobile banking apps have become the main channel for {A}", "{A} in Ukraine reward brands that support the army and volunteers",
    "parcel lockers have changed last-mile delivery in the region", "private labels gain market share when inflation is high",
    "{T} is cheaper than TV advertising but more difficult to measure", "consumer ethnocentrism favours local brands like {B}",
    "the diaspora is an important market for local wine and food brands", "{A} compare prices online before buying in store",
    "influencers on Instagram and TikTok are more credible for {A} than celebrities",
    "IT outsourcing firms need a strong employer brand to attract developers", "{T} only works if the offer is relevant",
    "loyalty cards give retailers valuable first-party data", "the war has made {A} more price-sensitive",
    "{B} could use {T} to reach {A} in the diaspora", "fintechs like Revolut have forced traditional banks to innovate",
    "customer experience is now a key differentiator in telecoms", "country-of-origin labels influence {A} in the supermarket",
    "about {pc}% of {A} buy online at least once a month", "green claims are often not believed by {A}",
]  # fmt: skip
OPENERS = ["Moreover", "Furthermore", "On the other hand", "In the Romanian market", "For {B}", "In Bulgaria",
           "In the case of Ukraine", "After the pandemic", "Nevertheless", "In this context", "As a result",
           "From the perspective of {A}", "In the Republic of Moldova", "Also", "Besides this", "In my organisation",
           "Compared to Western Europe"]  # fmt: skip
PLAIN = [
    "{B} is one of the most known brands in {country} and has over {n} stores or points of sale.",
    "This report analyses the digital marketing strategy of {B} and proposes improvements.",
    "The table below presents the main KPIs of the campaign.", "{O}, {C}.",
    "{B} has around {n} thousand followers on Instagram, but the engagement is small.",
    "The company works with an agency from {city} for all its social media content.",
    "The SWOT analysis of {B} is presented in Appendix 2.", "I work in the marketing department of {B} in {city}.",
    "The recommendations are presented in Task 2 together with a budget and a Gantt chart.",
    "Customers can order online, by phone or in the app, and can pay by card or cash.",
    "The main competitors of {B} are two local companies and one international group.",
    "The campaign will run in Romanian, Bulgarian and English for the diaspora.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one author says, {Q} {P}.", "{N} wrote that {Q}.", "In other words, {Q} {P}.",
    "The definition used in this report is that {Q} {P}.", "{B} seems to agree that {Q} {P}.",
    "According to {N}, {Q}.", "One of the most cited ideas is that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["„made in Romania”", "‘buy local’", "“phygital”", "'cashback'", "„Fabricat în România”",
                "‘wartime marketing’", "«Made in Ukraine»", "‘brave brands’", "“shrinkflation”", "‘greenwashing’",
                "'super-app'", "„Bulgarian quality”", "‘quiet quitting’", "“nearshoring”"]  # fmt: skip
SCARE_FRAMES = [
    "Many local brands now use the {Q} message {P}.", "{B} also builds its ads on the {Q} argument {P}.",
    "The so-called {Q} trend is growing in the region {P}.", "{A} respond well to {Q} campaigns {P}.",
    "Agencies in Kyiv speak about {Q} {P}.", "The term {Q} is used very often in the industry {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Reducerile de Black Friday au început!’", "„Comanda ta a fost livrată”", "“Your parcel is waiting in the locker”",
                 "‘Only today: −30% for {M}’", "'Don't miss our summer offers'", "„Ultima șansă: livrare gratuită”",
                 "“Thank you for being with us”", "‘Your cashback has arrived’", "'New in the app: pay with your phone'"]  # fmt: skip
SUBJECT_FRAMES = [
    "An email with the subject {Q} had the best open rate {P}.", "{B} sends messages like {Q} to inactive clients {P}.",
    "A push notification such as {Q} creates urgency {P}.", "Subject lines like {Q} work well for {A} {P}.",
    "{B} tested {Q} against a longer version {P}.",
]  # fmt: skip

NOT_CITATIONS = {
    "law-number": [
        "In Romania, e-commerce is regulated by Law no. 365/2002, which {B} must respect.",
        "Consumer credit advertising must follow Law no. 288/2010 in Romania.",
        "Online sellers in Ukraine follow Law No. 675-VIII on Electronic Commerce of 2015.",
        "The Bulgarian Law on Electronic Commerce of 2006 applies to the online shop as well.",
    ],
    "government-decision": [
        "Prices for some basic foods were capped by HG 857/2011 and later decisions.",
        "The rules for the energy labels are in HG nr. 1.391/2006, as amended.",
        "The Government Decision no. 1332/2022 introduced the capped mark-ups for food retailers.",
    ],
    "decree": [
        "Since Decree No. 64/2022, martial law has affected how brands communicate in Ukraine.",
        "Presidential Decree No. 133/2022 extended martial law, so outdoor advertising was reduced.",
        "The Cabinet of Ministers Resolution No. 1236 of 2021 changed the rules for public events.",
    ],
    "emergency-ordinance": [
        "Distance contracts are covered by OUG 34/2014, so {B} offers 14 days for returns.",
        "The emergency ordinance (OUG nr. 27/2022) capped energy prices for households.",
        "GEO no. 195/2002 and its amendments regulate road traffic, which matters for couriers.",
    ],
    "eu-regulation": [
        "All personal data is processed according to Regulation (EU) 2016/679.",
        "The Omnibus Directive (EU) 2019/2161 now requires shops to show the lowest price of the last 30 days.",
        "The Digital Services Act (Regulation (EU) 2022/2065) applies to marketplaces like {B}.",
    ],
    "price-lei": [
        "The basic subscription costs RON {ron} per month.", "A bottle of the premium range sells for {ron} lei in Mega Image.",
        "The delivery is free for orders above 149 lei (about €30).", "The new card has no fee for the first year (normally RON 9.90/month).",
    ],
    "price-leva": [
        "In Sofia the same product costs BGN {bgn}.", "The monthly plan is 19.99 leva (about €10).",
        "The average basket in Kaufland stores was 42 leva in the survey period.",
    ],
    "price-hryvnia": [
        "Delivery to a branch costs from 25 UAH for small parcels.", "The premium card costs {uah} UAH per year.",
        "Coffee in Lviv costs about ₴60 (less than €1.50).",
    ],
    "price-euro": [
        "The product is sold in Spain and Italy for €{eur}.", "The campaign budget is €{n},000 for six months.",
        "The price in the diaspora shops in Madrid is EUR 6.99 (2024 price list).",
    ],
    "price-mdl": [
        "In Chișinău the tariff is MDL {mdl} per month.", "A bottle of local wine costs around 150 MDL (about €8).",
    ],
    "founding-year": [
        "Dedeman (1992) started as a small shop in Bacău and is now the biggest DIY retailer in Romania.",
        "Banca Transilvania (founded 1993 in Cluj-Napoca) is now the largest bank in Romania.",
        "eMAG (2001) was first a small online shop for office products.",
        "Nova Poshta (2001) began in Poltava with one truck.", "Bitdefender was created in 2001 in Bucharest.",
        "UiPath (2005) began as a small outsourcing firm in Bucharest.",
    ],
    "postal-code": [
        "The head office is in 010011 Bucharest, Sector 1.", "The new store is at 1000 Sofia, near the NDK.",
        "Parcels are sorted in the hub at 01001 Kyiv before delivery.", "The office address is MD-2001 Chișinău.",
    ],
    "street-address": [
        "The flagship store is on Strada Lipscani 5 in the old centre.", "The agency is located on bul. Vitosha 89, Sofia.",
        "The concept store opened on vul. Khreshchatyk 22 in Kyiv.", "Customers can visit the showroom on Bd. Ștefan cel Mare 134.",
    ],
    "car-model": [
        "The Dacia Duster 2024 was promoted with a humorous campaign.", "Dacia Logan (2004) changed the image of Romanian cars.",
        "The courier fleet uses the Dacia Spring (2021) in {city}.", "Sales of the new Dacia Bigster 2025 started in Romania first.",
    ],
    "wine-vintage": [
        "The Cotnari 2019 Grasă won a medal in London.", "Castel Mimi Rară Neagră 2020 is sold in the diaspora shops.",
        "The Jidvei Extra Dry 2022 is a typical Christmas gift.", "Shabo Reserve 2018 is the most expensive wine in the range.",
    ],
    "wine-appellation": [
        "Most of the red wines come from DOC Dealu Mare.", "The winery uses grapes from DOC-CMD Murfatlar.",
        "The Moldovan wines carry the IGP Codru or IGP Ștefan Vodă label.", "Bulgarian Mavrud is produced in the Thracian Lowlands PGI.",
    ],
    "festival": [
        "The brand was a sponsor at Untold 2023 in Cluj-Napoca.", "Electric Castle 2024 had over 200,000 visitors.",
        "Before the war, Atlas Weekend 2021 was the biggest festival in Kyiv.", "The activation at Neversea (2022) was very successful.",
    ],
    "holiday-date": [
        "Mărțișor on 1 March is an important moment for small gifts and flowers.",
        "In Bulgaria, Baba Marta (1 March) is celebrated with martenitsi.",
        "The Romanian National Day (1 December) is used in many patriotic campaigns.",
        "Independence Day (24 August) is a key date for Ukrainian brands.",
        "Easter in {Y} was on a different date than the Catholic one, which changed the campaign calendar.",
    ],
    "shopping-event": [
        "Black Friday, which eMAG brought to Romania in 2011, is now the biggest sales day of the year.",
        "During Black Friday 2012 by eMAG the website crashed because of traffic.",
        "The 11.11 sales day (Singles' Day) is becoming popular with {A}.",
    ],
    "eu-accession": [
        "Romania and Bulgaria joined the European Union in 2007.", "After EU accession (2007), many retailers entered the market.",
        "Moldova received EU candidate status in June 2022, together with Ukraine.",
    ],
    "schengen-euro": [
        "Since Schengen 2025, there are no more border checks for trucks to Hungary.",
        "Romania joined Schengen by air and sea (31 March 2024) and fully from 1 January 2025.",
        "Bulgaria adopted the euro on 1 January 2026, so prices were shown in both currencies.",
        "Prices had to be displayed in leva and euro (dual display from August 2025).",
    ],
    "telecom-launch": [
        "In Romania 5G launched in 2019, first in Bucharest.", "Digi launched its 5G service (2019) before the other operators.",
        "4G (2012) changed mobile internet use in Moldova.", "Starlink terminals (2022) kept many businesses online in Ukraine.",
    ],
    "telecom-tariff": [
        "The prepaid plan offers 50 GB for €5/month.", "Unlimited national minutes are included in the RON 35 subscription.",
        "The roaming package costs 99 UAH for 7 days.",
    ],
    "stock-ticker": [
        "Banca Transilvania is listed on the Bucharest Stock Exchange (BVB: TLV).", "UiPath is listed in New York (NYSE: PATH).",
        "Purcari Wineries is listed in Bucharest under the symbol WINE (BVB: WINE).",
        "Digi Communications (BVB: DIGI) is also known as RCS & RDS.", "Endava (NYSE: DAVA) has delivery centres in Iași and Chișinău.",
    ],
    "brand-ranking": [
        "The brand entered the Top 100 brands 2022 in Romania.", "It was ranked 3rd in the Brand Finance Romania 50 (2023 edition).",
        "{B} appears in the Top 300 companies 2023 list.", "The bank was voted a Superbrand in Bulgaria (2021 edition).",
    ],
    "award": [
        "The campaign won a silver at Effie Romania 2023.", "The agency received a Golden Drum (2019) for the integrated campaign.",
        "The app won Best Banking App at the Gala Bankingului 2022.", "The ad was shortlisted at Cannes Lions 2022.",
    ],
    "person-title": [
        "The interview was made with the CEO of {B} and with Prof. univ. dr. Horia Tudose.",
        "My supervisor, conf. dr. Ilinca Vâlcu, recommended the research method.",
        "Dr Viktor Hrabovskyi, head of digital, approved the budget.", "The course was taught by Prof. Dr. Stanimir Kolev at the faculty.",
        "The marketing director, ec. Daniela Mureșanu, explained the targets in the interview.",
    ],
    "academic-year": [
        "The survey was applied to students in the academic year 2023-2024.", "Data was collected in anul universitar {ay}.",
        "The MBA cohort of {ay} had 40 participants from four countries.",
    ],
    "quarter-period": [
        "Online sales grew by {pc}% in Q3 2023.", "The results for H1 2024 were better than expected.",
        "The campaign ran in Q4 ({Y}) with the biggest budget of the year.",
    ],
    "inflation-rate": [
        "Inflation in Romania peaked at 16.8% (November 2022).", "In Ukraine, inflation reached 26.6% (October 2022).",
        "Bulgaria's inflation was 18.7% (September 2022), which hit the FMCG market.",
    ],
    "exchange-rate": [
        "The exchange rate was about 4.97 lei for one euro (2024 average).", "After the devaluation (July 2022), the hryvnia was fixed at 36.57 UAH per dollar.",
        "The lev was fixed to the euro at 1.95583 (since 1999).",
    ],
    "trade-register": [
        "The company is registered at the Trade Register with no. J12/4155/1993.", "The seller is registered as J40/2775/2001 in Bucharest.",
        "The Bulgarian entity has EIK 175074752 and is VAT registered.", "Its fiscal code is RO 5022670.",
    ],
    "phone-number": [
        "Customers can call the call centre (0800 800 900) for free.", "The Ukrainian hotline is 0 800 500 609.",
        "For Moldova the support number is +373 22 {n} 100.",
    ],
    "handle-hashtag": [
        "The campaign hashtag #Untold2023 had many mentions.", "{B} answers complaints on Facebook (@{handle}) within two hours.",
        "More information is on the website ({web}).",
    ],
    "wartime-date": [
        "Since 24 February 2022 many Ukrainian brands changed their tone of voice.",
        "The blackouts (winter 2022–2023) forced retailers to buy generators.",
        "After the full-scale invasion (February 2022), Nova Poshta opened branches in Poland.",
    ],
    "app-version": [
        "The Bitdefender Total Security 2024 edition was launched with a new interface.", "The George app (2018) was the first of its kind in Romania.",
        "Version 5.2 of the app (March {Y}) added payments by QR code.",
    ],
    "mall-opening": [
        "AFI Cotroceni (2009) is still the largest mall in Bucharest.", "The Mall of Sofia (2006) was one of the first in Bulgaria.",
        "Lavina Mall (2016) in Kyiv reopened after the shelling.", "Iulius Town Timișoara (2019) changed the shopping habits in the city.",
    ],
    "football-club": [
        "The bank sponsors CFR Cluj (founded 1907).", "Dynamo Kyiv (1927) is one of the strongest brands in Ukrainian sport.",
        "The beer brand sponsors Levski Sofia (1914) and other clubs.",
    ],
    "tv-show": [
        "The product placement in Românii au talent (2011–present) was very visible.", "The brand sponsored Vocea României (season {q}).",
        "The commercial ran during Survivor Bulgaria (2023) in prime time.",
    ],
    "film": [
        "The campaign referred to the film Sieranevada (2016) by Cristi Puiu.", "The ad used music from the film Mavka: The Forest Song (2023).",
        "The story reminds of the film 4 months, 3 weeks and 2 days (2007).",
    ],
    "loyalty-launch": [
        "The Lidl Plus app (2020) has millions of users in Romania.", "Carrefour relaunched its ACTIV card (2019) with digital coupons.",
        "The BILLA Card (2017) gives discounts in Bulgaria.",
    ],
    "iso-standard": [
        "The warehouse is certified ISO 9001:2015.", "The company is certified ISO/IEC 27001:2013 for information security.",
        "The factory also has ISO 22000:2018 for food safety.",
    ],
    "census": [
        "At the Census 2021, Romania had 19.05 million inhabitants.", "The 2021 census in Bulgaria (6.52 million people) shows a fall in population.",
        "Moldova's population (2024 census) is around 2.4 million.",
    ],
    "vat-rate": [
        "VAT in Romania increased to 21% (from 1 August 2025).", "The VAT rate for restaurants in Bulgaria was 9% (2020–2024).",
        "Ukraine has a standard VAT of 20% (since 2014).",
    ],
    "minimum-wage": [
        "The minimum wage in Romania is RON 4,050 gross (January 2025).", "In Bulgaria the minimum wage was 933 leva (2024).",
        "The minimum salary in Ukraine is 8,000 UAH (2025).",
    ],
    "survey-sample": [
        "A questionnaire was applied to {n} customers (n = {n}).", "The focus group had 8 participants (aged 25–40).",
        "The results are significant (p < 0.05, N = {n}).",
    ],
    "cross-reference": [
        "The customer journey map is presented in Appendix 3 (Figure {q}).", "See Task 1 (b) for the PESTLE analysis.",
        "The budget (Table {q}) is detailed in Section 2.{q}.",
    ],
    "course-code": [
        "This assignment is for the CIM Level 7 module Marketing and Digital Strategy (2024 syllabus).",
        "The MBA module MKT7015 (semester 2) asks for a marketing plan.", "The report follows the CIM Level 6 brief (June {Y} assessment window).",
    ],
    "distance-route": [
        "The new route Bucharest–Sofia (about 390 km) is covered in one day.", "The Odesa–Chișinău route (180 km) is used for many exports.",
        "Deliveries on the A1 motorway (Bucharest–Pitești) are faster now.",
    ],
    "store-count": [
        "The retailer has 60 stores (end of {Y}) in all counties.", "The number of parcel lockers reached 5,000 (December 2024).",
        "The discounter has 64 hypermarkets in Bulgaria (2025 data).",
    ],
}  # fmt: skip

_CITIES = ["Bucharest", "Cluj-Napoca", "Iași", "Timișoara", "Sofia", "Plovdiv", "Varna", "Chișinău", "Kyiv", "Lviv",
           "Odesa", "Dnipro", "London", "Madrid", "Turin", "Toronto"]  # fmt: skip
_COUNTRIES = ["Romania", "Bulgaria", "Ukraine", "Moldova", "the region"]


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the common ones."""
    start = rng.randint(2019, 2024)
    return {
        "city": rng.choice(_CITIES), "country": rng.choice(_COUNTRIES),
        "ron": f"{rng.randint(9, 499)}.99", "bgn": f"{rng.randint(2, 199)}.{rng.choice(['49', '90', '99'])}",
        "uah": str(rng.randint(49, 4999)), "eur": f"{rng.randint(2, 199)}.{rng.choice(['00', '49', '99'])}",
        "mdl": str(rng.randint(20, 2500)), "pc": str(rng.randint(3, 89)),
        "ay": rng.choice([f"{start}-{start + 1}", f"{start}/{start + 1}"]),
        "handle": rng.choice(["emag.ro", "bancatransilvania", "novaposhta.official", "kaufland.bulgaria", "orange.md"]),
        "web": rng.choice(["www.emag.ro", "www.dedeman.ro", "novaposhta.ua", "www.kaufland.bg", "www.orange.md"]),
    }  # fmt: skip
