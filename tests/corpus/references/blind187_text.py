"""The "blind187" pool's prose: marketers in Iran and its diaspora writing CIM reports and MBA assignments.

A hundred-and-eighty-seventh independent pool, HELD OUT: written without reading the checker, its tests or any other
pool, and never to be tuned on until its first tables have been read. The candidates work in Tehran, Mashhad,
Isfahan, Shiraz, Tabriz, Karaj, Qom, Ahvaz and on Kish Island, or in the diaspora in Los Angeles ('Tehrangeles'),
Toronto's North York, Vancouver, London, Hamburg, Stockholm, Dubai and Istanbul, at banks and fintechs, telecoms,
platforms, food makers, carmakers, media and agencies. They write prices in rials, tomans and "million tomans",
dates in the Solar Hijri calendar beside Gregorian ones, name laws with their years, quote Persian words in
transliteration or Perso-Arabic script, and mention festivals (Nowruz, Yalda Night, Chaharshanbe Suri, Sizdah Bedar),
sanctions, filtering and inflation as every Iranian marketer does. The decoys are what such reports hold that looks
like a citation but is not one.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} showed that {C}, which is exactly the problem {B} faces in {city}.",
    "{N} argued that {C}.",
    "{N} reported that, among Iranian consumers, {C}.",
    "{N} noted that {C}, especially since the rial's fall.",
    "{N} concluded that {C}.",
    "{N} observed that {C} in {city}, though not in the diaspora.",
    "{N} suggests that {C}.",
    "{N} emphasised that {C}.",
    "{N} claimed that {C}; {B}'s experience in {shyear} supports this.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.",
    "{O}, {N} found that {C}.",
    "As {N} explained, {C}.",
    "This is in line with {N}, who found that {C}.",
    "{C}, as {N} pointed out.",
    "In a study of {city} shoppers, {N} found that {C}.",
    "Similarly, {N} stated that {C}.",
    "{B} could learn from {N}, who showed that {C}.",
    "In the Iranian context, {N} confirmed that {C}.",
    "{C}; {N} reached the same result for {diaspora}.",
    "The findings of {N} show that {C}.",
    "Based on the model of {N}, {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {city} consumers found that {C}.",
    "{O}, {N} model explains why {C}.",
    "{N} survey of {n} bank customers shows that {C}.",
    "{N} framework suggests that {C}.",
    "{N} findings imply that {C} for {B}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "It has been shown that {C} {P}.",
    "Research in Iran confirms that {C} {P}.",
    "Several authors agree that {C} {P}.",
    "{C}, particularly in {city} {P}.",
    "Studies on Iranian banks show that {C} {P}.",
    "Under sanctions, {C} {P}.",
    "For {B}, {C} {P}.",
    "It is generally accepted that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{C} {P}, while {C2}.",
    "{C} {P}; however, {C2}.",
    "{C} {P}, although in {diaspora} {C2}.",
    "Although {C} {P}, {C2}.",
    "{C} {P}, which means that {C2}.",
]  # fmt: skip
CLAIMS = [
    "{T} increases {R} among {A}",
    "Iranian customers trust a brand more when it is recommended on Instagram",
    "high inflation makes shoppers compare prices on Torob before every purchase",
    "loyalty to domestic dairy brands such as Kalleh and Pegah is strong",
    "mobile banking apps must be simple because many users are older",
    "Nowruz is the most important sales season for FMCG brands in Iran",
    "Yalda Night has become a second peak for online grocery orders",
    "internet filtering pushes marketers towards Telegram channels and VPN-based ads",
    "{B} can use {T} to reach {A} in {city}",
    "diaspora consumers buy Iranian brands for nostalgia as much as for taste",
    "Persian-language content performs better than English content for {A}",
    "trust in e-commerce depends on the Enamad trust mark more than on reviews",
    "prices quoted in tomans are easier for customers to understand than rials",
    "sanctions force Iranian brands to build their own technology",
    "word of mouth is more powerful in Iran than paid advertising",
    "super-apps like Snapp reduce the cost of acquiring new customers",
    "service quality has a significant effect on customer satisfaction in Iranian banks",
    "perceived risk reduces the intention to buy online",
    "country of origin still matters when Iranians choose a car",
    "buy now, pay later services grew quickly because salaries lag behind inflation",
    "second-hand platforms like Divar change how young people furnish their homes",
    "{A} respond better to offers framed as gifts during Nowruz",
    "brand image mediates the effect of advertising on purchase intention",
    "Iranian consumers are price sensitive but will pay more for known brands",
    "SMS marketing still reaches more customers than email in Iran",
]  # fmt: skip
OPENERS = ["However", "In addition", "Moreover", "On the other hand", "In Iran", "In {city}", "For {B}",
           "After the currency crisis", "Since the sanctions returned", "In the diaspora", "Therefore",
           "As a result", "In this regard", "Before Nowruz {shyear}", "Furthermore"]  # fmt: skip
PLAIN = [
    "This section applies the theory to {B}.",
    "The next part looks at the customer journey of a typical {city} shopper.",
    "{B} operates in a market shaped by inflation, sanctions and a young, online population.",
    "Table 2 summarises the segmentation of {B}'s customers in Tehran and the provinces.",
    "The recommendations below are costed in million tomans.",
    "A SWOT analysis of {B} follows.",
    "The author works in the marketing team of {B} in {city}.",
    "The Iranian market differs from Western markets in several ways.",
    "This is discussed further in section 3.",
    "Figure 1 shows the marketing mix of {B}.",
    "The campaign would run from Esfand to Farvardin, around Nowruz.",
    "Most of {B}'s sales now come through its app.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one Iranian study puts it, {Q} {P}.",
    "{N} put it this way: {Q}.",
    "{O}, {Q} {P}.",
    "In the words of {N}, {Q}.",
    "This is summarised well: {Q} {P}.",
    "{Q} {P}, which is true of {B} as well.",
    "One author warns that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘tarof’", "“tarof”", "'taarof'", "‘Tehrangeles’", "“Tehranto”", "‘digital nomads’", "“jeans generation”",
                "‘aghazadeh’", "‘dollar price’", "“free market rate”", "‘VPN economy’", "“Made in Iran”", "‘Iranian Amazon’",
                "“super-app”", "‘nostalgia marketing’", "'Jome-ye Siah'", "‘haraj’", "“goodwill”", "‘resistance economy’"]  # fmt: skip
SCARE_FRAMES = [
    "Iranian customers expect a degree of {Q} in service encounters {P}.",
    "{B} is often called the {Q} {P}.",
    "The {Q} effect is well documented {P}.",
    "{N} described a culture of {Q} among Iranian shoppers.",
    "What Iranians call {Q} shapes how prices are negotiated {P}.",
    "Marketers must understand {Q} before they enter the market {P}.",
]  # fmt: skip
SUBJECT_LINES = ["“Nowruz mobarak! 20% off until 13 Farvardin”", "‘Your Yalda basket is waiting’", "\"Jome-ye Siah: up to 70% off\"",
                 "“Pay in 4 instalments with Snapp! Pay”", "‘Your {B} points expire on 29 Esfand’", "“Free delivery in Tehran tonight”",
                 "‘Happy Sizdah Bedar - picnic offers inside’", "“Your cashback of 50,000 tomans is ready”",
                 "‘Chaharshanbe Suri: stay safe, order in’", "“Eid Fitr mubarak from {B}”"]  # fmt: skip
SUBJECT_FRAMES = [
    "An SMS such as {Q} had the highest click rate in the campaign {P}.",
    "{B}'s push notification {Q} was sent to all app users {P}.",
    "Messages like {Q} create urgency {P}.",
    "The email {Q} was tested against a plainer version {P}.",
    "{N} found that a message such as {Q} increased orders.",
]  # fmt: skip

NOT_CITATIONS = {
    "e-commerce-law-year": [
        "Online shops must follow the Electronic Commerce Law (2003) and show the Enamad trust mark.",
        "Article 33 of the Electronic Commerce Law (2003) gives buyers seven days to cancel.",
        "The Electronic Commerce Law of 2003 was written before social commerce existed.",
    ],
    "computer-crimes-law": [
        "Influencers who sell without a licence risk prosecution under the Computer Crimes Law (2009).",
        "Data leaks are treated under the Computer Crimes Law of 2009 rather than a data protection act.",
    ],
    "consumer-rights-act": [
        "Under the Consumer Rights Protection Act (2009), sellers must give a receipt and a warranty.",
        "Returns policies in Iran rest on the Consumer Rights Protection Act (1388), which is weakly enforced.",
    ],
    "draft-data-law": [
        "The Law on Protection of Personal Data (draft) has been debated in the Majlis since 1397.",
        "If the Personal Data Protection Bill (draft, 2023) passes, {B} will need explicit consent for SMS marketing.",
    ],
    "solar-hijri-year": [
        "Sales in 1402 (2023/24) grew by 48% in rial terms.",
        "The fiscal year 1403 (21 March 2024 to 20 March 2025) was the company's best.",
        "In 1401 SH the app passed {n} thousand downloads.",
    ],
    "farvardin-date": [
        "The campaign launched on 1 Farvardin 1403 (20 March 2024).",
        "Orders peaked on 28 Esfand 1402, the last working day before Nowruz.",
        "The offer ended on 13 Farvardin (Sizdah Bedar).",
    ],
    "nowruz-dates": [
        "Nowruz (20–21 March) is the Iranian new year and the biggest gifting season.",
        "During the Nowruz holidays (1–13 Farvardin) most offices close.",
    ],
    "yalda-night": [
        "Yalda Night (30 Azar, 20 or 21 December) drives sales of pomegranates, watermelon and nuts.",
        "{B}'s Yalda 1402 campaign sold {n} thousand gift boxes.",
    ],
    "chaharshanbe-suri": [
        "Chaharshanbe Suri (the last Tuesday evening of the year) is a bad night for deliveries.",
        "Snapp raised fares on Chaharshanbe Suri 1402 because of demand.",
    ],
    "lunar-hijri": [
        "Ramadan 1445 AH (March–April 2024) overlapped with Nowruz.",
        "Advertising is toned down during Muharram (Tasua and Ashura, 9–10 Muharram).",
        "Eid al-Fitr (1 Shawwal 1445) fell on 10 April 2024.",
    ],
    "black-friday-local": [
        "Digikala renamed Black Friday 'Jome-ye Siah' and then 'Digikala's Friday' (2020).",
        "Iranian retailers run Black Friday in late Azar, not in November.",
    ],
    "rial-figures": [
        "A kilogram of rice costs IRR 1,650,000 (165,000 tomans).",
        "The basket rose from IRR 8.4m to IRR 12.1m in one year (44%).",
        "Average order value was 850,000 tomans (8.5 million rials).",
    ],
    "million-tomans-budget": [
        "The proposed budget is 850 million tomans (about US$ 14,000 at the free market rate).",
        "Each influencer post cost between 20 and 60 million tomans in 1402.",
    ],
    "exchange-rate": [
        "The dollar rose from 4,200 tomans (2018) to over 60,000 tomans (2024) on the open market.",
        "The official NIMA rate (28,500 tomans per dollar) is far below the market rate.",
    ],
    "redenomination": [
        "The Majlis approved dropping four zeros from the rial (1 new toman = 10,000 rials) in 2020.",
        "Customers still say 'toman' although the official unit is the rial (IRR).",
    ],
    "founded-year": [
        "Digikala (founded 2006 in Tehran) is the largest online retailer in the Middle East.",
        "Kalleh (est. 1991, Amol) exports to more than 30 countries.",
        "Snapp (2014) began as a ride-hailing app and is now a super-app.",
    ],
    "founders-names": [
        "Digikala was started by the brothers Hamid and Saeed Mohammadi in 2006.",
        "Our agency was founded by Haj Ghasem Ahmadi's grandsons in Shiraz in 1398.",
        "The brand was created by Maryam Kazemi, a Sharif graduate, in her parents' garage in Karaj in 2017.",
    ],
    "ceo-tenure": [
        "Under chief executive Hamid Mohammadi (2006–2021), Digikala focused on trust and delivery.",
        "Our former chief executive, Ms Zahra Shafiee (2019–2023), led the rebrand.",
    ],
    "tse-ticker": [
        "Bank Mellat (TSE: Vabmellat) and Iran Khodro (Khodro) are among the most traded shares.",
        "SAIPA (Khsapa) fell 12% after the price controls were announced.",
    ],
    "tedpix-index": [
        "The TEDPIX index passed 2 million points in 1399 (August 2020).",
        "The Tehran Stock Exchange (TSE) index lost a third of its value in 1399–1400.",
    ],
    "legal-form": [
        "Bank Pasargad PJS (Public Joint Stock) is listed in Tehran.",
        "The agency is a Private Joint Stock Company (Sherkat-e Sahami-ye Khas) registered in Tehran.",
        "{B} trades as Sherkat-e Tejarat-e Electronic Parsian (PJS).",
    ],
    "registration-number": [
        "The company is registered in Tehran under number 40{n}12 (national ID 1010{n}77).",
        "Its Enamad code (ID {n}48) appears on every page.",
    ],
    "ussd-codes": [
        "Irancell customers can buy bundles by dialling *555# (USSD), and MCI users *100#.",
        "Asan Pardakht's *733# service lets customers pay bills without a smartphone.",
    ],
    "mobile-prefixes": [
        "Numbers starting 0912 (MCI) are seen as more prestigious than 0935 (Irancell).",
        "A 0912 number with repeating digits can sell for over 100 million tomans.",
    ],
    "sheba-iban": [
        "Transfers use the Sheba number (IR + 24 digits), for example IR06 0170 0000 0012 3456 7890 01.",
        "Payments over 100 million rials go through Satna (RTGS) rather than Paya (ACH).",
    ],
    "card-shaparak": [
        "Every card payment passes through the Shaparak switch (16-digit Shetab cards).",
        "Card-to-card transfers were limited to 10 million tomans per day in 1402.",
    ],
    "car-models": [
        "Iran Khodro's Dena Plus (2016) and SAIPA's Shahin (2020) are the main domestic sedans.",
        "The Peugeot Pars (1999) is still the most common taxi in Tehran.",
        "The Samand LX (EF7 engine) was marketed as the 'national car'.",
    ],
    "car-prices": [
        "A Pride 131 cost 31 million tomans at the factory but 60 million on the market (Dey 1399).",
        "The factory price of the Tara (manual) was set at 605 million tomans in 1402.",
    ],
    "product-sizes": [
        "Kalleh's doogh (1.5 L) and Pegah's low-fat milk (1 L) compete on price.",
        "Zar's Tiny Tak biscuits (75 g) are aimed at school children.",
        "Golestan's Earl Grey (500 g tin) is a popular Nowruz gift.",
    ],
    "telecom-plans": [
        "Irancell's 30-day 50 GB bundle (IRR 1,850,000) is the best seller.",
        "Hamrah-e Avval's 'Hamrah-e Man' app (version 6.2) has over 12 million users.",
    ],
    "app-versions": [
        "Snapp v12.4 (Android) added a Snapp! Pay button at checkout.",
        "The Mellat Bank app 'Beh Pardakht' (v4.1.3) was redesigned in Mehr 1402.",
    ],
    "events-expo": [
        "{B} exhibited at Iran Expo 2023 (29 April–2 May, Tehran International Permanent Fairground).",
        "The Tehran International Book Fair (Ordibehesht 1403) attracted over five million visitors.",
        "Elecomp 2023 (Tehran) is the main fair for IT and e-commerce firms.",
    ],
    "awards": [
        "{B} won a 'Top Brand' award (1401) at the Iranian brands festival.",
        "{B} won the public vote at the Iran Web & Mobile Festival (2019).",
    ],
    "tv-shows": [
        "IRIB's 'Khandevaneh' (2017–2021) was sponsored by several food brands.",
        "Manoto's 'Googoosh Music Academy' (2012) was watched by millions inside Iran via satellite.",
    ],
    "films": [
        "Asghar Farhadi's A Separation (2011) won the Oscar for Best Foreign Language Film.",
        "The film The Salesman (Forushande, 2016) was set in Tehran.",
    ],
    "poets-classics": [
        "Ferdowsi's Shahnameh (completed around 1010 CE) gives many brands their names, such as Rostam and Simorgh.",
        "Hafez's divan is read on Yalda Night, and {B} printed verses on its packaging.",
        "Saadi's line 'Bani Adam a'zaye yek peykarand' is written at the UN in New York.",
    ],
    "sanctions-jcpoa": [
        "After the JCPOA (July 2015) foreign brands returned briefly, but US sanctions were reimposed in 2018.",
        "UN Security Council Resolution 2231 (2015) endorsed the nuclear deal.",
    ],
    "shutdown-events": [
        "The internet shutdown of Aban 1398 (November 2019) cost online sellers dearly.",
        "Instagram has been filtered since Mehr 1401 (September 2022).",
        "Telegram (blocked since April 2018) is still used via VPNs.",
    ],
    "university-rankings": [
        "Sharif University of Technology (QS 2024: 350th) is the main source of tech founders.",
        "The University of Tehran (est. 1934) is the oldest modern university in Iran.",
    ],
    "thesis-supervisor": [
        "The author's MBA supervisor, Dr Mohammadi at Allameh Tabataba'i, suggested this framework.",
        "Professor Hosseini of the Faculty of Management kindly commented on an earlier draft in Azar 1402.",
    ],
    "sample-statistics": [
        "Using Cochran's formula, a sample of 384 customers was surveyed (α = 0.87).",
        "The path coefficient was significant (β = 0.41, t = 5.62, p < 0.01).",
        "A five-point Likert scale (1 = strongly disagree, 5 = strongly agree) was used.",
    ],
    "percentages-bracketed": [
        "Most respondents (62%) bought groceries online at least once a month.",
        "Internet penetration in Iran is high (about 79% in 1402).",
    ],
    "inflation-figures": [
        "Point-to-point inflation reached 52.3% in Ordibehesht 1402.",
        "Food inflation (over 70% in 1401) hit low-income households hardest.",
    ],
    "diaspora-places": [
        "Westwood Boulevard in Los Angeles ('Tehrangeles') has more than {n} Persian businesses.",
        "North York in Toronto (Yonge Street) is known as 'Tehranto'.",
        "Hamburg's carpet warehouse district (Speicherstadt) has traded Persian rugs since the 1950s.",
    ],
    "metro-and-streets": [
        "Valiasr Street (17.9 km) is the longest street in the Middle East.",
        "Tehran Metro Line 7 (opened 2017) changed commuting patterns in the west of the city.",
    ],
    "free-zones": [
        "Kish Free Zone (established 1989) is a tax-free shopping destination.",
        "Retailers in the Aras Free Zone (Jolfa) sell imported brands at lower prices.",
    ],
    "persian-script-words": [
        "The word «حراج» (haraj, 'sale') appears on most shop windows before Nowruz.",
        "Many brands use «ایرانی بخریم» ('Let's buy Iranian') in their campaigns.",
    ],
    "vat-tax": [
        "VAT in Iran is 10% (9% in 1401), charged on most goods.",
        "The tax on online sellers (Article 169 of the Direct Taxes Act) was enforced from 1402.",
    ],
    "models-and-matrices": [
        "The Ansoff matrix (four strategies) and Porter's Five Forces are applied below.",
        "SERVQUAL (five dimensions) was adapted for Iranian banks.",
        "The 7Ps (product, price, place, promotion, people, process, physical evidence) structure this section.",
    ],
    "sports-clubs": [
        "The Persepolis–Esteghlal derby (Azadi Stadium, 78,000 seats) is the biggest sponsorship event.",
        "Irancell sponsored Team Melli at the 2022 World Cup (Qatar).",
    ],
    "ministers-officials": [
        "Minister of Industry, Mine and Trade Reza Fatemi Amin (2021–2023) promised to control car prices.",
        "The Governor of the Central Bank, Mohammad Reza Farzin (appointed 1401), tightened card-to-card limits.",
    ],
    "survey-waves": [
        "Our customer survey (wave 3, Esfand 1401, n = {n}) showed lower satisfaction.",
        "The internal NPS tracker (Q{q} 1402) gave {B} a score of 34.",
    ],
    "historical-events": [
        "After the Iranian Revolution (1979), the local Pepsi bottler became Zamzam.",
        "The Constitutional Revolution (1905–1911) created the first Majlis.",
    ],
    "social-handles": [
        "Digikala's Instagram page (@digikalacom) has more followers than any other Iranian retailer.",
        "Follow @snappfood_official (Instagram) and t.me/snappfood (Telegram) for the Yalda offers.",
    ],
    "hashtags": [
        "The hashtag #ایرانی_بخریم (#IraniBekharim, 'buy Iranian') trended before Nowruz 1402.",
        "User posts tagged #YaldaNight2023 reached {n} thousand accounts.",
    ],
    "phone-numbers": [
        "Customer service is on 021-6195 (Tehran) or 1568 from any landline.",
        "The diaspora store in North York answers on +1 (416) 555-0199.",
    ],
    "tehran-districts": [
        "Most of the respondents lived in District 1 (Shemiran) or District 3 (Zafaraniyeh) of Tehran.",
        "Stores in the south of the city (Districts 15–20) sell more own-label products.",
    ],
    "hs-codes": [
        "Tea imports (HS code 0902) fell after the currency allocation scandal.",
        "Pistachios (HS 0802.51) are Iran's best-known food export.",
    ],
}  # fmt: skip

BRANDS = ["Digikala", "Snapp", "Snapp Food", "Divar", "Torob", "Tapsi", "Alibaba.ir", "Okala", "Refah", "Hyperstar",
          "Ofogh Kourosh", "Bank Mellat", "Bank Melli", "Bank Saderat", "Bank Pasargad", "Saman Bank", "Ayandeh Bank",
          "Asan Pardakht", "Snapp! Pay", "Digipay", "MCI", "Hamrah-e Avval", "Irancell", "RighTel", "Kalleh", "Pegah",
          "Zar Macaron", "Minoo", "Shirin Asal", "Khoshgovar", "Golestan", "Delester", "Zamzam", "Iran Khodro",
          "SAIPA", "Manoto", "Iran International", "Tehran Times"]  # fmt: skip

_CITIES = [
    "Tehran",
    "Mashhad",
    "Isfahan",
    "Shiraz",
    "Tabriz",
    "Karaj",
    "Qom",
    "Ahvaz",
    "Kish Island",
    "Rasht",
    "Kerman",
]
_DIASPORA = ["Los Angeles", "Toronto", "Vancouver", "London", "Hamburg", "Stockholm", "Dubai", "Istanbul", "North York"]


def values(rng: random.Random) -> dict[str, str]:
    """The values only this pool's frames use."""
    return {
        "city": rng.choice(_CITIES),
        "diaspora": rng.choice(_DIASPORA),
        "shyear": str(rng.randint(1398, 1403)),
    }
