"""Prose for the "blind231" pool: marketers in Iraq, the Kurdistan Region and the Iraqi diaspora.

Written without reading the checker, its tests or any other pool. The writers work at banks and fintechs (Rafidain,
Rasheed, Trade Bank of Iraq, Cihan Bank, Kurdistan International Bank, Zain Cash, FIB, Qi Card), telecoms (Asiacell,
Zain Iraq, Korek), airlines (Iraqi Airways, Fly Erbil), malls and retailers (Family Mall, Baghdad Mall, Carrefour
Iraq), FMCG and drinks makers, developers and NGOs, in Baghdad, Basra, Mosul, Erbil, Sulaymaniyah, Duhok, Najaf,
Karbala and Kirkuk or in London, Manchester, Malmö, Stockholm, Berlin, Dearborn and San Diego, and write CIM Level 6
and 7 reports and MBA assignments in English, often as a second or third language after Arabic or Kurdish. Their
reports are full of brackets, numbers and years that are no citations: prices in dinars and dollars, exchange rates
with dates, oil exports, census years, Ramadan, Eid, Nowruz and Arbaeen, elections and the referendum, licences,
openings, phone numbers, tickers, orders, awards, titles, financial, Hijri and Kurdish years and quarters.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Asiacell", "Zain Iraq", "Korek Telecom", "Iraqi Airways", "Fly Erbil", "Family Mall", "Baghdad Mall",
          "Carrefour Iraq", "Rafidain Bank", "Rasheed Bank", "Trade Bank of Iraq", "Cihan Bank",
          "Kurdistan International Bank", "Zain Cash", "FIB", "Qi Card", "Lezzoo", "Toters", "Pepsi Iraq",
          "Lulu Hypermarket", "Majidi Mall", "Royal Mall", "Shaswar Sweets", "Ster Group", "Dilan Water",
          "Al-Mansour Mall", "Kurdsat", "Newroz Telecom", "Erbil Citadel tours", "Baghdad Soft Drinks Co."]  # fmt: skip

_CITIES = ["Baghdad", "Basra", "Mosul", "Erbil", "Sulaymaniyah", "Duhok", "Najaf", "Karbala", "Kirkuk", "Hewlêr",
           "Slêmanî", "Zakho", "Halabja", "Nasiriyah"]  # fmt: skip
_DIASPORA = ["London", "Manchester", "Malmö", "Stockholm", "Berlin", "Dearborn", "San Diego", "Södertälje", "Cologne"]
_TICKERS = ["TASC", "BBOB", "BGUC", "IMOS", "BNOI", "SKTA", "IBSD", "HBAG", "BMNS", "ITLI"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values this pool's frames use, drawn after the common ones."""
    return {
        "iqd": rng.choice(["250,000", "1,500", "10,000", "25,000", "5,000", "750,000", "3,000", "40,000", "1,250,000"]),
        "usd": str(rng.choice([1, 5, 10, 15, 20, 49, 99, 250])),
        "rate": rng.choice(["1,310", "1,450", "1,182", "1,470", "1,320", "1,190", "1,530"]),
        "mon": rng.choice(_MONTHS), "yr": str(rng.randint(2014, 2024)), "day": str(rng.randint(1, 28)),
        "bpd": rng.choice(["3.3 million", "3.4 million", "4.1 million", "450,000", "3.2 million"]),
        "city": rng.choice(_CITIES), "dcity": rng.choice(_DIASPORA),
        "ph": rng.choice(["750", "770", "751", "780", "790", "772"]) + f" {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
        "pob": str(rng.randint(100, 9999)), "tick": rng.choice(_TICKERS), "pct": str(rng.randint(8, 86)),
        "fy": str(rng.randint(2018, 2024)), "qq": str(rng.randint(1, 4)), "hij": str(rng.randint(1438, 1446)),
        "kyr": str(rng.randint(2718, 2724)), "mil": rng.choice(["1.2", "2.5", "4", "6.8", "11", "17.3", "21"]),
        "ord": str(rng.choice([1, 2, 17, 39, 40, 81, 94])), "gb": str(rng.choice([5, 10, 20, 40, 100])),
        "km": str(rng.randint(40, 420)), "short": str(rng.choice([4455, 2121, 1500, 911, 5050])),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although the sample was drawn only from {city}.",
    "{N} concluded that {C}.", "{N} showed that {C}, which is highly relevant for {B}.",
    "{N} explained that {C}; this matches what {B} sees in {city}.", "{N} highlighted that {C}.",
    "{N} mentioned that {C}, especially among {A}.", "{N} stated that {C}.", "{N} believed that {C}.",
    "{N} discussed how {C}.", "{N} also found that {C}.", "{N} recommended that banks in the Kurdistan Region check whether {C}.",
    "{N} went further and argued that {C} and that {C2}.", "{N} pointed out that {C} – a lesson for {B}.",
    "{N} surveyed customers in {city} and reported that {C}.", "{N} questioned whether {C}.",
    "{N} confirmed that {C} in the Iraqi market.", "{N} agreed that {C}, e.g. in banking and telecoms.",
]  # fmt: skip
NARRATIVE_MID = [
    "In their study of Iraqi banks, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is in line with {N}, who found that {C}.", "{C}, which supports the findings of {N}.",
    "{C} – a view shared by {N}.", "As highlighted by {N}, {C}.", "{B} is a clear example: {N} showed that {C}.",
    "Research by {N} suggests that {C}.", "According to {N}, {C}.", "A survey conducted by {N} found that {C}.",
    "{C}, as {N} noted in their review of {T}.", "It can be argued, following {N}, that {C}.",
    "Both {B} and its competitors use {T}, and {N} found that {C}.", "{C}; however, {N} found the opposite in {city}.",
    "Evidence from {N} suggests that, for {A}, {C}.", "Data from {N} show that {C}.", "As {N} put it, {C}.",
    "{C}, according to {N}.", "In the Kurdistan Region, {N} observed that {C}.",
    "Unlike {B}, which relies on {T}, the firms studied by {N} found that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Using {N} framework, it is clear that {C}.", "{O}, {N} report concluded that {C}.",
    "{B} could apply {N} model, since {C}.", "According to {N} survey, {C}.", "{N} findings are useful here because {C}.",
    "This reflects {N} argument that {C}.", "{N} study in {city} shows how {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "For {A}, {C} {P}.", "This matters because {C} {P}.", "In Iraq, {C} {P}.", "{C}, especially on mobile {P}.",
    "It is often claimed that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.", "{C} (as shown in Figure {q}) {P}.",
    "{B}'s results suggest {C} {P}.", "In short, {C} {P}.", "{C}, which is why {B} invests in {T} {P}.",
    "A key point for {B} is that {C} {P}.", "{C}. {P}", "In the Kurdistan Region, {C} {P}.", "{C} {P:see also}.",
    "{C}, as several studies in the region show {P:for example,}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{B} has found that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {B} should make sure that {C2}.", "Some sources {P:e.g.} argue that {C}.",
    "{C} {P}: this means that {C2}.", "Studies {P} agree that {C}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "Iraqi consumers still prefer cash on delivery to card payments", "{A} trust family recommendations more than adverts",
    "{T} works well because most Iraqis are active on Facebook and Instagram",
    "religious occasions shape the timing of most campaigns in Iraq", "mobile wallets grow fastest where bank branches are few",
    "{B} could {bs} to win {A}", "trust in private banks has been low since the dinar devaluation",
    "Kurdish-language content gets higher engagement in Erbil and Duhok than Arabic content",
    "young people in {city} follow local influencers more than international celebrities",
    "service quality is the main driver of {R} in Iraqi banking", "{A} in the diaspora send money home through digital apps",
    "price is still the main reason Iraqi customers switch mobile operators", "{T} improved {R} for several Iraqi brands",
    "brands that support local causes are seen as more trustworthy", "halal certification matters to Muslim consumers abroad",
    "electricity cuts make evening shopping in malls attractive", "word of mouth spreads quickly through WhatsApp and Viber groups",
    "{A} respond better to short videos than to long posts", "Islamic banking products attract customers who avoid interest",
    "tourism campaigns for the Kurdistan Region target visitors from southern Iraq", "{B} relies heavily on {T}",
    "loyalty schemes are still rare among Iraqi retailers", "{A} expect brands to reply quickly on social media",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In Iraq", "In the Kurdistan Region",
    "For {B}'s marketing team", "Since the pandemic", "In the context of {B}", "From the customer's point of view",
    "Moreover", "Consequently", "In the banking sector", "As a result", "Looking at {B}'s competitors", "Overall",
    "In terms of digital channels", "Among diaspora customers", "In {city}",
]  # fmt: skip
PLAIN = [
    "{B} operates across all eighteen governorates and has a call centre in {city}.",
    "This section analyses {B}'s current digital channels and gives recommendations.",
    "The table below summarises the main KPIs for each channel.",
    "{B}'s Facebook page has more than {n}k followers, but engagement is low.",
    "The recommendations are costed and phased over twelve months.", "{O}, {C}.",
    "{B} advertises on Facebook, Instagram, TikTok and Snapchat, and on billboards along the main roads.",
    "Customers can pay in cash, by card or through a mobile wallet.", "A SWOT analysis of {B} is given in the appendix.",
    "The main competitors are {B} and two smaller local firms.", "Task 2 builds on this with a twelve-month content plan.",
    "Most customers contact the brand through WhatsApp rather than email.",
    "The brand's campaigns are produced in Arabic, Kurdish (Sorani and Badini) and English.",
]  # fmt: skip
SCARE_QUOTES = [
    "‘cash is king’", "‘wasta’", "‘made in Kurdistan’", "‘the new Iraq’", "“digital Iraq”", "‘Iraqi product’",
    "'family first'", "‘Dubai of Iraq’", "“trust first”", "‘cashless salary’",
]  # fmt: skip
SCARE_FRAMES = [
    "Many managers still talk about {Q} {P}.", "{B} presents itself as {Q} {P}.",
    "Local marketers often speak of {Q} {P}.", "The idea of {Q} is common in Iraqi business culture {P}.",
    "{N} described this as {Q}.",
]  # fmt: skip
SUBJECT_LINES = [
    "‘Recharge now and get {gb} GB free’", "“Eid Mubarak: double points this week only”",
    "‘Your salary has arrived – pay bills in one tap’", "'Ramadan Kareem from all of us'",
    "‘Nowruz Piroz! Free delivery across {city}’", "“Open your wallet in two minutes”",
]  # fmt: skip
SUBJECT_FRAMES = [
    "An SMS headed {Q} increased top-ups {P}.", "The push message {Q} worked best with {A} {P}.",
    "{B} sent the message {Q} to inactive customers {P}.", "One campaign used the slogan {Q} {P}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one author puts it, {Q} {P}.", "{N} argued that {Q}.", "It has been argued that {Q} {P}.",
    "{N} wrote that {Q}, which describes {B} well.", "This is summarised clearly: {Q} {P}.",
]  # fmt: skip

# Text with brackets, years, numbers and names that is no citation: none of it belongs in a reference list.
NOT_CITATIONS = {
    "price-iqd": [
        "A monthly {gb} GB bundle costs IQD {iqd} (prepaid, tax included).", "Entry to the play area is IQD {iqd} per child (weekends).",
        "The basic current account needs a deposit of IQD {iqd} (2024 tariff).",
    ],
    "price-id": [
        "Delivery inside {city} costs ID {iqd} (cash on delivery).", "A family meal is priced at ID {iqd} (tax included).",
    ],
    "price-usd": [
        "The premium package is ${usd} a month (paid in dollars).", "Tickets to {dcity} start at ${usd}0 (one way, economy).",
    ],
    "dual-price": [
        "A 1.5 litre bottle sells for IQD 750 (about $0.50) in {city}.", "The card costs IQD 15,000 (about $10) to issue.",
    ],
    "exchange-rate": [
        "The official rate was set at {rate} dinars per dollar (February 2023).",
        "The Central Bank devalued the dinar to 1,450 per dollar (December 2020).",
        "Imported goods became dearer when the rate moved to 1,470 (19 December 2020).",
    ],
    "parallel-rate": [
        "On the street the dollar fetched {rate} dinars ({day} {mon} {yr}).",
        "The gap between the official and market rates peaked at about 1,600 (January 2023).",
    ],
    "oil-exports": [
        "Iraq exported about {bpd} barrels per day (2023 average).",
        "Oil revenue makes up over 90% of the federal budget (2022 figures).",
        "Kurdistan's pipeline exports through Ceyhan stopped (March 2023).",
    ],
    "population-census": [
        "The last full census was held in 1997 (the Kurdistan Region excluded).",
        "Iraq's population reached 43.3 million (2023 estimate).",
        "A new national census was finally carried out (November 2024).",
    ],
    "governorate-population": [
        "{city} has a population of about {mil} million (2022 estimate).", "Almost 60% of Iraqis are under 25 (2021 figures).",
    ],
    "ramadan": [
        "Sales of dates, juice and sweets peak in Ramadan (March–April 2024).",
        "Viewing of TV drama series doubles during Ramadan {yr}.",
        "The campaign ran for the whole of Ramadan 1445 (March 2024).",
    ],
    "eid-al-fitr": [
        "{B} ran its biggest promotion before Eid al-Fitr (10 April 2024).",
        "Clothing sales in {city} rise in the week before Eid al-Fitr {yr}.",
    ],
    "eid-al-adha": [
        "Flight bookings peak around Eid al-Adha (June 2024).", "Livestock prices rose before Eid al-Adha {yr}.",
    ],
    "nowruz": [
        "Nowruz (21 March) is the busiest weekend for parks and malls in the Kurdistan Region.",
        "Picnic sales jump during the Nowruz holiday (20–23 March {yr}).",
    ],
    "arbaeen": [
        "Karbala received over 21 million visitors for Arbaeen (August 2023).",
        "Telecom traffic on the Najaf–Karbala road triples during Arbaeen {yr}.",
    ],
    "kurdish-calendar": [
        "Kurdish New Year {kyr} (the Kurdish calendar) was marked with a new advert.",
        "The poster wished customers a happy {kyr} (Kurdish year).",
    ],
    "hijri-year": [
        "The bank's Islamic calendar gift was printed for 1445 AH (2023–24).", "Zakat reminders were sent for {hij} AH.",
    ],
    "referendum": [
        "Tourism from the south fell after the independence referendum (25 September 2017).",
        "Flights to Erbil were suspended for months after the 2017 Kurdistan referendum.",
    ],
    "election": [
        "Advertising budgets were cut before the parliamentary election (10 October 2021).",
        "Billboard space in {city} sold out before the provincial elections (December 2023).",
        "Turnout in the Kurdistan parliamentary election was 72% (20 October 2024).",
    ],
    "gulf-cup": [
        "Basra hosted the 25th Arabian Gulf Cup (Basra 2023) and hotels were fully booked.",
        "Sponsorship of the Gulf Cup (January 2023) gave brands national exposure.",
    ],
    "licence-4g": [
        "The operators launched 4G in Iraq (2021) years after their neighbours.",
        "The 4G licences were signed in early 2021 (Baghdad and Basra first).",
        "5G trials began in the Kurdistan Region ({yr} pilot).",
    ],
    "mall-opening": [
        "Shopping habits changed after the opening of Family Mall Erbil (2010).",
        "Baghdad Mall (opened 2019) brought international brands to the capital.",
        "Majidi Mall in Erbil (2013) added a cinema and ice rink.",
    ],
    "hotel-opening": [
        "The Erbil Rotana (opened 2010) became the main venue for business events.",
        "Most trade fairs moved to the Rotana Erbil (2010) once it opened.",
        "International chains arrived with the Divan Erbil (2013) and the Babylon Rotana (2017).",
    ],
    "phone": [
        "Customers can call the hotline on +964 {ph} (24 hours).", "Bookings: +964 {ph} (WhatsApp only).",
        "The London office is on +44 20 7946 0018 (Monday to Friday).",
    ],
    "po-box": [
        "Written complaints go to the head office (PO Box {pob}, Baghdad).", "The firm's address is PO Box {pob}, Erbil, Kurdistan Region, Iraq.",
    ],
    "short-code": [
        "Customers text the word JOIN to {short} (free of charge).", "The USSD code *{short}# (balance check) is printed on every card.",
    ],
    "ticker": [
        "{B}'s main rival is listed in Baghdad (ISX: {tick}).", "Shares of the bank (ISX: BBOB) rose after the results.",
        "The operator's shares (ISX: TASC) are among the most traded in Baghdad.",
    ],
    "cpa-order": [
        "Foreign ownership rules were changed by the occupation authority (CPA Order 39).",
        "Import duties were suspended for a time (CPA Order 17 and Order No. {ord}).",
    ],
    "cabinet-decision": [
        "Salary payments moved to bank cards after a cabinet decision (Decision No. 281).",
        "The government cut the tariff on local drinks (Cabinet Decision No. 23 of 2023).",
    ],
    "awards": [
        "{B} won Best Digital Campaign at the Iraq Business Awards 2023.",
        "The brand sponsored the Erbil International Book Fair 2022 (14th edition).",
        "Its advert was shortlisted at the Dubai Lynx 2024 (Middle East category).",
    ],
    "titles-sheikh": [
        "The campaign was launched by Sheikh Jamal, head of the tribal council (Anbar).",
        "The shrine's custodian, Sayyid Hassan, opened the new visitor centre (Najaf).",
    ],
    "titles-kurdish": [
        "The founder, Kak Rebwar (CEO), presents most of the brand's videos.",
        "Older customers still refer to the late president as Mam Jalal (‘Uncle Jalal’).",
    ],
    "titles-professional": [
        "The campaign was presented to staff by Dr Shilan Jamal (Head of Marketing, {B}).",
        "The network upgrade was led by Eng. Ali Mutlak (CTO).",
    ],
    "financial-year": [
        "Net profit rose by {pct}% (FY{fy}).", "The marketing budget for FY2023 was IQD 4.5 billion (about $3.4 million).",
        "{B}'s revenue grew in FY{fy}/{yr} compared with the year before.",
    ],
    "quarter": [
        "Active wallet users rose by {pct}% (Q{qq} 2023).", "{B} added {mil} million subscribers in Q{qq} {yr}.",
    ],
    "subscribers": [
        "Iraq had about 44 million mobile subscriptions (end of 2023).", "Internet penetration reached {pct}% ({yr} figures).",
    ],
    "survey-n": [
        "Most respondents in {city} agreed (n = {n}).", "The questionnaire was answered by {n} customers (response rate {pct}%).",
    ],
    "figure-table": [
        "The results are summarised in the chart (Figure {q}).", "Demographic details are given in the appendix (Table {q}).",
        "The interview questions are listed in Appendix {q} (in Arabic and English).",
    ],
    "address-street": [
        "The flagship branch is on Gulan Street (near the Ministry of Interior roundabout, Erbil).",
        "The new store opened on Al-Sinaa Street (Karrada, Baghdad).",
    ],
    "distance": [
        "The resort is {km} km from Erbil (about two hours by car).", "Most customers live within 5 km of the mall (2023 survey).",
    ],
    "real-estate-project": [
        "Demand for villas rose in English Village (built 2006–2009).",
        "Bismayah New City (100,000 homes) was marketed to middle-income families.",
        "Dream City (phase 2) sold out within a month.",
    ],
    "conflict-period": [
        "Retail in Mosul recovered slowly after its liberation (July 2017).",
        "Many brands left Nineveh during the occupation (2014–2017).",
        "Public-sector salaries were delayed for years (2014–2018) in the Kurdistan Region.",
    ],
    "pandemic-curfew": [
        "Malls were closed during the curfew (March–May 2020).", "Online orders tripled during the lockdown ({mon} 2020).",
    ],
    "internet-shutdown": [
        "Internet access is cut during school exams (June {yr}).", "The shutdown (two hours a day) hurt online sellers.",
    ],
    "tax-rate": [
        "A sales tax was added to mobile top-ups (20% since 2015).", "Customs duty on cars was raised ({pct}% in {yr}).",
    ],
    "diaspora-community": [
        "Dearborn has one of the largest Iraqi communities in the US (over 30,000 people).",
        "Södertälje is home to many Assyrians and Chaldeans from Iraq (since the 1970s).",
        "About 140,000 Iraqi-born people live in Sweden (2022).",
    ],
    "festival-event": [
        "The Baghdad Shopping Festival (December {yr}) attracted thousands of visitors.",
        "Slêmanî's Galawezh Festival (September) draws writers from across the region.",
    ],
    "football-club": [
        "{B} sponsors Erbil SC (AFC Cup finalists 2012 and 2014).", "Al-Zawraa (Baghdad) has the largest fan base online.",
    ],
    "visa-entry": [
        "Visitors from many countries can get a visa on arrival (since March 2021).",
        "Foreign tourists need an entry stamp for the Kurdistan Region (30 days, free).",
    ],
    "growth-yoy": [
        "Card payments grew quickly (+{pct}% year on year).", "Footfall at the mall increased ({pct}% up on {yr}).",
    ],
    "academic-year": [
        "Students enrolled for the 2023–24 academic year (semester 1) received a free SIM.",
        "Graduates of the class of {yr} (business and economics) were targeted.",
    ],
    "flight-route": [
        "The airline flies to {dcity} three times a week (summer {yr} schedule).",
        "The Erbil–Düsseldorf route (twice weekly) is popular with Kurdish families in Germany.",
    ],
    "currency-note": [
        "The 50,000-dinar note (issued 2015) is the largest in circulation.", "The old 250-dinar note (withdrawn) is rarely seen now.",
    ],
    "hashtag-handle": [
        "The campaign trended on X under #IraqiProduct (over {n}k posts).",
        "Customers tag the brand on Instagram (@erbil_eats and @shopkurdistan).",
    ],
}  # fmt: skip
