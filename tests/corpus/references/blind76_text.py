"""Prose for the seventy-sixth held-out pool, "blind76": frames, claims, brands and decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a seventy-sixth
hand, without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, trade,
growth, CRM, employer-branding and communications marketers at retailers and e-commerce platforms, IT-outsourcing
and software firms, banks and fintechs, telecoms, wineries, breweries and FMCG makers, hotel groups, tourism boards
and agencies in Bucharest, Cluj-Napoca, Iași, Chișinău, Sofia, Plovdiv, Belgrade, Novi Sad, Zagreb, Split,
Ljubljana, Kyiv and Lviv write CIM Level 6 and 7 reports and MBA assignments in English: laws and regulators'
decisions with their numbers and years, official gazettes, statistics offices' series, lei, leva, dinars, euro,
hryvnia and Moldovan lei figures, exchange rates, trade-register and tax numbers, S.R.L., S.A., EOOD, d.o.o. and
d.d. firms, stock tickers, Orthodox Easter, Christmas on 7 January, Mărțișor, Baba Marta, Slava, Black Friday,
back-to-school and summer-coast campaigns, wine vintages and appellations, beer strengths, tariffs, ISO and CMMI
certificates, awards and festivals by edition, survey samples, hashtags, handles and promo codes, words in
Romanian, Bulgarian, Serbian, Croatian, Slovenian and Ukrainian glossed in brackets.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} argued that {C}, a point that fits {B} well.",
    "{N} showed that {C}.",
    "{N} reported that {C}, which matches what the Bucharest team sees.",
    "{N} observed that {C}.",
    "{N} made the case that {C}.",
    "{N} concluded that {C}, although the sample was small.",
    "{N} noted that {C}.",
    "{N} suggested that {C}, especially among {A}.",
    "{N} demonstrated that {C}.",
]  # fmt: skip

NARRATIVE_MID = [
    "In a study of {city} shoppers, {N} found that {C}.",
    "For the Adriatic coast, {N} argued that {C}.",
    "As {N} pointed out, {C}.",
    "Looking at Ukrainian e-commerce during the war, {N} showed that {C}.",
    "Similarly, {N} found that {C}.",
    "This is in line with {N}, who reported that {C}.",
    "On the other hand, {N} claimed that {C}.",
    "For Moldovan wineries, {N} argued that {C}.",
    "In banking, {N} observed that {C}, which supports the plan for {B}.",
    "Building on this, {N} added that {C}.",
    "Among IT-outsourcing firms in Cluj-Napoca and Lviv, {N} found that {C}.",
]  # fmt: skip

POSSESSIVE = [
    "{N} survey of Romanian consumers suggests that {C}.",
    "{N} model explains why {C}.",
    "According to {N} analysis, {C}.",
    "{N} findings show that {C}.",
    "{N} framework helps {B} see that {C}.",
    "{N} work on Balkan retail suggests that {C}.",
]  # fmt: skip

PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "Research in the region confirms that {C} {P}.",
    "It is widely accepted that {C} {P}.",
    "For {B}, this matters because {C} {P}.",
    "{O}, it appears that {C} {P}.",
    "There is evidence that {C} {P}.",
    "In Serbia and Croatia too, {C} {P}.",
    "Several authors agree that {C} {P}.",
]  # fmt: skip

PARENTHETICAL_MID = [
    "{C} {P}, which is why {B} should act now.",
    "Because {C} {P}, the plan starts with {T}.",
    "{O}, {C} {P}, so the budget moves to {T}.",
    "The literature shows that {C} {P}; {C2}.",
    "While {C} {P}, the Sofia office is less convinced.",
    "Given that {C} {P}, the recommendation is to test {T} first.",
]  # fmt: skip

CLAIMS = [
    "loyalty cards raise visit frequency more than price cuts do",
    "younger shoppers in Romania trust marketplace reviews more than brand websites",
    "mobile banking adoption accelerated sharply after 2020",
    "employer branding matters more than salary for senior developers",
    "private-label ranges gain share when inflation bites",
    "wine tourism lifts cellar-door sales and brand recall",
    "consumer ethnocentrism shapes food choices in the Balkans",
    "parcel lockers cut the cost of last-mile delivery",
    "influencers are trusted more when they disclose paid partnerships",
    "customer experience drives churn in telecoms more than tariffs",
    "seasonal campaigns around Orthodox Easter lift grocery baskets",
    "country-of-origin cues help local FMCG brands against multinationals",
    "trust is the main barrier to buying online in Moldova",
    "sustainability claims are met with scepticism unless they are specific",
    "cashback and instant payments attract {A} to fintech apps",
    "IT-outsourcing firms compete on reputation as much as on rates",
    "destination image influences the intention to revisit",
    "CRM data is underused by banks in the region",
    "short-form video reaches {A} at a lower cost than television",
    "brand heritage matters to beer drinkers in Romania and Serbia",
    "word of mouth still beats paid social in smaller markets",
    "personalised offers improve {R} for grocery retailers",
    "price promotions train shoppers to wait for Black Friday",
    "domestic tourists respond to value-for-money messages more than to luxury",
    "the war changed how Ukrainian consumers see brands that stayed",
]  # fmt: skip

OPENERS = [
    "In Romania", "Across South-East Europe", "In the Bulgarian market", "For Croatian tourism", "In Slovenia",
    "In Ukraine since 2022", "In the Moldovan wine sector", "For retailers in Serbia", "In the banking sector",
    "Among Gen Z shoppers", "For IT-outsourcing firms", "In FMCG", "On the Adriatic coast", "In Cluj-Napoca",
]  # fmt: skip

PLAIN = [
    "This section looks at the market before turning to the campaign itself.",
    "The recommendations below are ranked by cost and by how quickly they can be delivered.",
    "The marketing team in Bucharest has four people and an agency on retainer.",
    "The findings were shared with the regional manager before this report was written.",
    "Budget figures are shown in euro to allow comparison across the markets.",
    "This part of the report explains the choice of channels.",
    "The next task applies the same thinking to the customer journey.",
    "Most of the team work remotely, with one office in Zagreb and one in Novi Sad.",
    "The client asked for options that can be tested within one quarter.",
    "The table summarises the strengths and weaknesses found in the audit.",
    "The proposal was discussed with the sales director and adjusted after her feedback.",
    "The wider context is covered first, then the competitors.",
]  # fmt: skip

QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one author puts it, {Q} {P}.",
    "{N} put it plainly: {Q}.",
    "The point is captured well: {Q} {P}.",
    "{N} wrote that {Q}, and {B} is a good example.",
    "This is why {Q} {P}.",
    "In the words of {N}, {Q}.",
]  # fmt: skip

SCARE_QUOTES = [
    "„premium”", "“affordable luxury”", '"local hero"', "‘value for money’", "“Made in Romania”", "„domaći”",
    '"super-app"', "«reliable»", "“digital first”", "‘Balkan hospitality’", "„naše”", '"nearshoring"',
    "“quiet luxury”", "‘people first’",
]  # fmt: skip

SCARE_FRAMES = [
    "{B} markets itself as {Q} {P}.",
    "Many shoppers now see discounters as {Q} {P}.",
    "The idea of being {Q} is central to the brand {P}.",
    "{N} questioned whether {Q} still means anything to {A}.",
    "Positioning as {Q} has become common in the sector {P}.",
]  # fmt: skip

SUBJECT_LINES = [
    "“Your Genius delivery is on its way”", "„Coletul tău a ajuns în easybox”", '"Black Friday starts now: up to 70% off"',
    "‘Hristos a înviat! Gifts for the whole family’", "“Your March bonus from Monobank”", "«Посилка вже у відділенні»",
    '"Mărțișor for her, delivered tomorrow"', "“Summer on the Adriatic from €49 a night”", "„Srećna Slava!”",
    "‘Back to school with 20% off laptops’",
]  # fmt: skip

SUBJECT_FRAMES = [
    "The push notification {Q} had the best open rate of the quarter {P}.",
    "A subject line such as {Q} works because it is specific {P}.",
    "{N} would see {Q} as an example of a timely trigger message.",
    "The email {Q} was tested against a plain version {P}.",
]  # fmt: skip

NOT_CITATIONS = {
    "romanian-law": [
        "Under Law no. 190/2018, {B} had to appoint a data protection officer.",
        "Law 506/2004 on electronic communications still governs cookie consent in Romania.",
        "The campaign form was checked against Law no. 363/2007 on unfair commercial practices.",
    ],
    "eu-regulation": [
        "Regulation (EU) 2016/679 applies to every market in this plan, Ukraine aside.",
        "The Digital Services Act, Regulation (EU) 2022/2065, changes how marketplaces handle reviews.",
        "Directive (EU) 2019/2161, the Omnibus Directive, sets rules for showing the prior price in promotions.",
    ],
    "official-gazette": [
        "Serbia's Law on Personal Data Protection (Official Gazette RS, no. 87/2018) mirrors the GDPR closely.",
        "The amendment was published in the Official Gazette RS, no. 44/2021, and took effect eight days later.",
    ],
    "narodne-novine": [
        "The Croatian Consumer Protection Act (NN 19/22) requires the lowest price of the last 30 days to be shown.",
        "Loyalty points in Croatia are covered by NN 19/22 and by the older rules in NN 41/14.",
    ],
    "ukrainian-law": [
        "Ukraine's Law No. 2297-VI on personal data protection dates from 2010 and is due to be replaced.",
        "Under Law No. 2297-VI, {B} must get explicit consent before sending offers by SMS.",
    ],
    "moldovan-law": [
        "Moldovan Law 133/2011 on personal data protection applies to the Chișinău call centre.",
        "The loyalty programme had to be registered under Law 133/2011 before launch.",
    ],
    "bulgarian-act": [
        "The Bulgarian Personal Data Protection Act was amended in 2019 to align with the GDPR.",
        "Slovenia's ZVOP-2 came into force in January 2023, five years after the GDPR.",
    ],
    "regulator-decision": [
        "ANSPDCP Decision no. 174/2018 lists the processing operations that need an impact assessment.",
        "The CPC fined the retailer BGN {n},000 in case No. {n}/{Y} for misleading discounts.",
        "AKOS Decision No. 38110-{q}/{Y2} set new rules for mobile roaming offers.",
    ],
    "stats-series": [
        "The INS retail trade index (2021=100) rose to 108.4 in the last quarter.",
        "SURS figures for tourist arrivals (seasonally adjusted, 2015=100) show a clear recovery.",
        "The DZS household survey (HBS {Y}) is the latest available for Croatia.",
    ],
    "currency-figure": [
        "A basket of twelve products cost RON 249 (about €50) at the launch.",
        "Prices start at BGN 49.90 (€25.51) for the basic tier.",
        "The hotel's half-board rate is RSD {n},000 per night in July.",
        "A Monobank Black card costs ₴0 to open, and the Platinum card ₴{n} a year.",
        "The average ticket in Chișinău was MDL 415 (around €21) in {Y2}.",
    ],
    "exchange-rate": [
        "All figures use the NBR reference rate of 2 January {Y2} (1 EUR = 4.97 RON).",
        "Hryvnia amounts are converted at the NBU rate (EUR 1 = UAH 44.9) of the end of the quarter.",
    ],
    "orthodox-calendar": [
        "Orthodox Easter fell on 5 May in 2024, five weeks after the Catholic one.",
        "In Serbia and Ukraine Christmas is on 7 January, so the promotion runs until the 8th.",
        "Sales peak in the week before Easter (Paște, Великден, Uskrs) in every market.",
    ],
    "martisor": [
        "The Mărțișor (1 March) gift range sells out in the last week of February.",
        "In Bulgaria the same day is Baba Marta, when people exchange martenitsi (red and white threads).",
    ],
    "slava": [
        "Serbian families celebrate Slava (the family patron saint's day), which drives catering orders.",
        "The most common Slava is Saint Nicholas (Sveti Nikola, 19 December).",
    ],
    "shopping-event": [
        "eMAG's Black Friday ({d} November) is the biggest day of the Romanian online year.",
        "Back-to-school (late August to mid-September) is the second peak for {B}.",
        "The summer-coast campaign (June to August) targets families heading to Mamaia and Sunny Beach.",
    ],
    "trade-register": [
        "The company is registered as Dante International S.A. (J40/372/2002, CUI 14399840).",
        "The agency trades as a sole-owner firm (EOOD, UIC 2054{n}17) based in Plovdiv.",
    ],
    "company-suffix": [
        "The client is Kaufland România SCS, a limited partnership, not an S.R.L.",
        "Krka, d.d., Novo mesto and Atlantic Grupa d.d. are both listed companies.",
        "In Ukraine the operator is a private joint-stock company (PrJSC) and the reseller a TOV (LLC).",
    ],
    "stock-ticker": [
        "Banca Transilvania (BVB: TLV) is the most traded share in Bucharest.",
        "Podravka (ZSE: PODR-R-A) and Krka (LJSE: KRKG) both reported higher margins.",
    ],
    "financial-period": [
        "Revenue grew 14% in H1 {Y2} compared with H1 {Y}.",
        "The FY{Y2} results (year ending 31 December) were published in April.",
        "Q{q} {Y2} was the weakest quarter in five years.",
    ],
    "year-on-year": [
        "Online grocery sales rose by 23% ({Y2} vs {Y}) in the capital.",
        "Card payments increased to {n} million transactions (+18% year on year).",
    ],
    "wine-vintage": [
        "The Fetească Neagră 2021 won a gold medal, and the 2022 vintage is already sold out.",
        "Jidvei's Owner's Choice range (vintages 2017 to 2020) is aimed at restaurants.",
    ],
    "appellation": [
        "The winery sits in the Dealu Mare appellation (DOC-CMD Dealu Mare) north of Ploiești.",
        "Its entry wine carries the IGP Viile Timișului label, the reserve the DOC Recaș one.",
    ],
    "beer-strength": [
        "Ursus Premium (5% ABV) is positioned against Timișoreana (4.8% ABV).",
        "The alcohol-free line (0.0%) grew faster than any other segment.",
    ],
    "tariff-name": [
        "Kyivstar's 'Smart Family' tariff (₴250 per month) bundles four SIM cards.",
        "Telenor's prepaid 'Hit' package (RSD 1,099) targets students.",
    ],
    "glossed-word": [
        "The café chain borrowed the idea of the kafana (a traditional tavern) for its new format.",
        "Staff use the word „pazar” (market day) for the weekly promotion.",
        "The brand's voice is built around hygge-like 'tihovanje' (quiet time) for Slovenian audiences.",
    ],
    "transliteration": [
        "The courier is written Нова пошта in Ukrainian (Nova Poshta, literally 'new post').",
        "Lidl's Bulgarian company is Лидл България ЕООД & Ко. КД (Lidl Bulgaria EOOD & Co. KD).",
    ],
    "iso-standard": [
        "The Cluj-Napoca delivery centre is certified to ISO/IEC 27001:2022 and ISO 9001:2015.",
        "Hotels in the group follow ISO 14001:2015 for their green-key claims.",
    ],
    "cmmi": [
        "The Lviv team was appraised at CMMI Level 5 (V2.0) last spring.",
        "Clients in Germany expect SOC 2 Type II and TISAX (AL3) from nearshore suppliers.",
    ],
    "award-edition": [
        "The campaign won Gold at the Effie Awards Romania {Y2} in the FMCG category.",
        "{B} took a Golden Drum (Portorož, {Y2}) for its outdoor work.",
        "The ad was shortlisted at Cannes Lions {Y2} (Film Craft).",
    ],
    "employer-award": [
        "The firm was named a Top Employer Romania 2024 and is certified as a Great Place to Work.",
        "Bitdefender appears in the Employer Brand Index (edition 2023) for the third time.",
    ],
    "event-edition": [
        "Wine Vision by Open Balkan (Belgrade, November 2023) drew buyers from fourteen countries.",
        "The team presented at Webstock 2024 and at the 12th edition of How to Web.",
        "Vinistra (Poreč, May) and VinoFest Chișinău (October) are the key trade dates.",
    ],
    "course-reference": [
        "This answer covers Task 1 (b) of the CIM Level 6 Diploma brief.",
        "The word count for Part 2 (excluding tables and appendices) is 2,500 words.",
    ],
    "survey-sample": [
        "The online survey (n = {n}, CAWI, March {Y2}) was run by the agency's panel.",
        "Interviews (N = 14, 45-60 minutes each) were held in Sofia and Plovdiv.",
    ],
    "app-rating": [
        "The app holds a 4.8 rating (over {n},000 reviews) on Google Play.",
        "After the update the rating fell to 3.9 (App Store, Romania).",
    ],
    "hashtag-handle": [
        "The TikTok challenge ran under #MartisorCuEmag and the handle @emag.ro.",
        "User posts were collected with #SlavaSaUkusom and #LjetoNaJadranu.",
    ],
    "promo-code": [
        "Shoppers entered the code BF{Y2} at checkout for free delivery.",
        "The code VARA25 gave 25% off sunscreen (valid 1-15 July).",
    ],
    "war-dates": [
        "Since 24 February 2022 the company has run its Kyiv office from Lviv for much of the year.",
        "Power cuts in the winter of 2022/23 forced retailers to install generators.",
    ],
    "caen-code": [
        "The retailer is classified under CAEN code 4711 (retail sale in non-specialised stores).",
        "Eurostat groups the sector under NACE Rev. 2, division G47.",
    ],
    "vat-rate": [
        "Food carries a reduced VAT rate (9% in Romania, 20% in Bulgaria) that affects pricing.",
        "Hotel stays in Croatia are taxed at 13% VAT, compared with 25% for most goods.",
    ],
    "store-count": [
        "Kaufland operates {n} stores (Kaufland România, end of year) against Lidl's 350.",
        "Dedeman now has 57 stores (all in Romania) and no plans to expand abroad.",
    ],
    "campaign-title": [
        "The „Bucuria e în tine” platform (first aired {Y}) is still used for Christmas.",
        "Podravka's 'Vegeta Twist' line (launched in {Y}) targets younger cooks.",
    ],
    "product-launch": [
        "Genius, eMAG's subscription service (launched in 2019), now includes food delivery.",
        "Monobank's first card (issued in November 2017) was only available on iPhone.",
    ],
    "date-format": [
        "The promotion runs from 14.02.{Y2} to 08.03.{Y2} in all stores.",
        "Deliveries were suspended between 31.12 and 02.01 for stock-taking.",
    ],
    "media-ranking": [
        "The bank ranked third in the Forbes România top of most valuable brands (2024 edition).",
        "Ziarul Financiar's list of the top 100 companies (ZF Top 100) includes both retailers.",
    ],
    "season-label": [
        "The hotel is open in the main season (15 June to 15 September) and at New Year.",
        "Ski packages in Bansko (December to March) make up a fifth of bookings.",
    ],
    "phone-code": [
        "Customers can call the toll-free line (0800 800 {n}) or use the chatbot.",
        "The SMS short code 1234 (free of charge) was used for the prize draw.",
    ],
}  # fmt: skip

BRANDS = [
    "eMAG", "Dedeman", "Banca Transilvania", "UiPath", "Bitdefender", "Dacia", "Ursus", "Jidvei", "Kaufland România",
    "Telerik", "Lidl Bulgaria", "Telenor Srbija", "NIS", "Delta Holding", "Podravka", "Konzum", "Atlantic Grupa",
    "Krka", "Gorenje", "Rozetka", "Nova Poshta", "Monobank", "Kyivstar", "Purcari", "Cricova", "Valamar",
    "Fan Courier", "Orange Moldova", "Mercator", "Tus", "Farmacia Tei", "Altex", "Kozel", "Argeta",
]  # fmt: skip

_CITIES = ["Bucharest", "Cluj-Napoca", "Iași", "Sofia", "Plovdiv", "Belgrade", "Novi Sad", "Zagreb", "Split",
           "Ljubljana", "Kyiv", "Lviv", "Chișinău", "Timișoara", "Varna"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use."""
    return {"city": rng.choice(_CITIES)}
