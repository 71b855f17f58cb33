"""The blind234 pool's prose: marketers in Georgia and Armenia and their diaspora writing CIM and MBA reports.

Written without reading the checker, its tests or any other pool, from how marketers at banks and fintechs, telecoms,
wineries and brandy houses, mineral-water makers, tourism boards, airlines, hotels, retailers and NGOs in Tbilisi,
Batumi, Kutaisi, Rustavi, Yerevan, Gyumri, Vanadzor and Dilijan (and in Moscow, Glendale, Los Angeles, Paris,
Marseille, Athens and Tel Aviv) write CIM Level 6 and 7 reports and MBA assignments in English: careful, formal
British English learnt at university, reporting verbs in the past tense, citations at the start, middle and end of
sentences and the region's brands beside them. Its decoys are what such reports are full of and tutors never expect
in a reference list: prices in lari and drams, exchange rates with dates, wine exports and vintages, qvevri and
UNESCO, mineral-water springs, national days, revolutions and wars, feasts, Christmas on 6 and 7 January, tourist
arrivals, ski seasons, flight routes, phone numbers, company IDs, tickers, awards, titles (batono, kalbatono, paron,
tikin), financial years and quarters, and more. Placeholders: {N} a narrative citation, {P} a parenthetical one,
{Q} a quotation, {C} a claim, {B} a brand, {O} an opener, and the fill values of values() below.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["TBC Bank", "Bank of Georgia", "Liberty Bank", "Ameriabank", "Ardshinbank", "Inecobank", "Evocabank",
          "Idram", "Magti", "Silknet", "Cellfie", "Team Telecom Armenia", "Ucom", "Viva", "Tbilvino",
          "Teliani Valley", "Shumi", "Yerevan Brandy Company", "Ararat", "Borjomi", "Nabeglavi", "Jermuk", "Nikora",
          "Carrefour Georgia", "SAS", "Yerevan City", "Georgian Airways", "Wizz Air", "Stamba Hotel", "Fly One Armenia",
          "Space Bank", "Grand Candy", "Kindzmarauli Marani", "Tumo Center"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use."""
    return {
        "gel": str(rng.choice([3, 5, 8, 12, 15, 20, 25, 30, 45, 60, 99, 150, 250])),
        "tet": f"{rng.randint(1, 9)}.{rng.choice(['50', '20', '80', '95', '00'])}",
        "amd": rng.choice(["500", "1,200", "2,000", "3,500", "5,000", "9,900", "15,000", "25,000"]),
        "usd": rng.choice(["2.65", "2.69", "2.71", "2.74", "2.80"]), "amdusd": str(rng.randint(385, 405)),
        "yr": str(rng.randint(2019, 2025)), "pc": str(rng.randint(4, 78)),
        "mil": f"{rng.randint(1, 9)}.{rng.randint(1, 9)}",
        "city": rng.choice(["Tbilisi", "Batumi", "Kutaisi", "Rustavi", "Yerevan", "Gyumri", "Vanadzor", "Dilijan"]),
        "dias": rng.choice(["Moscow", "Glendale", "Los Angeles", "Paris", "Marseille", "Athens", "Tel Aviv"]),
        "mo": rng.choice(["January", "March", "April", "May", "June", "September", "October", "November"]),
        "dy": str(rng.randint(1, 28)), "qq": str(rng.randint(1, 4)),
        "idn": f"{rng.randint(2, 4)}0{rng.randint(1000000, 9999999)}",
        "ph": f"{rng.randint(200, 599)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
        "ch": rng.choice(["Instagram", "Facebook", "TikTok", "the mobile app", "SMS", "email", "YouTube", "Telegram"]),
        "res": rng.choice(["Gudauri", "Bakuriani", "Tsaghkadzor", "Goderdzi", "Mestia"]),
        "seg": rng.choice(["young professionals in Tbilisi", "diaspora visitors", "Russian-speaking customers",
                           "small wineries", "students in Yerevan", "families in Batumi", "IT workers who relocated in 2022"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.",
    "{N} found that {C}, although the sample was drawn only from {city}.",
    "{N} concluded that {C}; this is very relevant for {B}.",
    "{N} showed that {C}, especially among {seg}.",
    "{N} noted that {C}, which helps to explain {B}'s results on {ch}.",
    "{N} identified that {C}.",
    "{N} stated that {C}.",
    "{N} suggested that {C}, although the study was carried out before the 2022 inflow of migrants.",
    "{N} warned that {C} if trust in banks falls again.",
    "{N} observed that {C} in both Georgia and Armenia.",
    "{N} emphasised that {C} and that {C2}.",
    "{N} explained that {C} (for example, through {T}).",
    "{N} reported that {C}, a finding that {B} should take seriously.",
    "{N} measured {R} among {seg} and found that {C}.",
    "{N} questioned whether {C}.",
    "{N} discussed how {C} in post-Soviet markets.",
    "{N} also pointed out that {C}.",
    "{N} compared Georgian and Armenian consumers and found that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.",
    "{O}, {N} found that {C}.",
    "This is in line with {N}, who argued that {C}.",
    "{C}, which supports the findings of {N}.",
    "{C}, as {N} pointed out.",
    "As noted by {N}, {C}.",
    "In the case of {B}, {N} showed that {C}.",
    "Research by {N} suggests that {C}.",
    "A survey conducted by {N} found that {C}.",
    "{C} – a view that {N} also shared.",
    "In their study of the South Caucasus, {N} found that {C}.",
    "Following {N}, it can be argued that {C}.",
    "For {seg}, the work of {N} shows that {C}.",
    "Data from {N} show that {C}.",
    "{C}; however, {N} found the opposite for {seg}.",
    "{O}, the evidence from {N} is that {C}.",
    "Both {B} and its rivals use {T}, and {N} found that {C}.",
    "Unlike {B}, the firms studied by {N} showed that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study showed that {C}.",
    "Using {N} framework, it is clear that {C}.",
    "{O}, {N} report concluded that {C}.",
    "{B} could apply {N} model, because {C}.",
    "{N} findings are relevant here because {C}.",
    "This reflects {N} argument that {C}.",
    "According to {N} survey, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "Research shows that {C} {P}.",
    "For {seg}, {C} {P}.",
    "{B} is a good example, since {C} {P}.",
    "This is important because {C} {P}.",
    "It is often argued that {C} {P:see}.",
    "Several studies report that {C} {P:e.g.}.",
    "{C}, especially on {ch} {P}.",
    "In short, {C} {P}.",
    "{C}, which is why {B} invests in {T} {P}.",
    "Evidence from the region confirms this – {C} {P}.",
    "The key point for {B} is that {C} {P}.",
    "{C}. {P}",
    "{C} {P:see also}.",
    "In Georgia and Armenia alike, {C} {P:for example,}.",
    "The main advantages are lower cost, wider reach and better data {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{C} {P}, but {C2}.",
    "{C} {P}; {C2}.",
    "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.",
    "{C} {P:see}, whereas {C2}.",
    "Because {C} {P}, {B} should make sure that {C2}.",
    "Some authors {P:e.g.} argue that {C}.",
    "{C} {P}: this means that {C2}.",
    "Studies in the region {P} agree that {C}.",
]  # fmt: skip
CLAIMS = [
    "trust in local banks has grown faster among {seg} than among older customers",
    "{B} depends heavily on {ch} to reach {seg}",
    "diaspora visitors spend more per trip than other tourists",
    "country of origin is the strongest cue when buyers abroad choose Georgian wine",
    "{T} improves {R} when it is adapted to the local language",
    "mobile banking apps have replaced branch visits for most customers in {city}",
    "price remains the main reason customers switch mobile operators",
    "wine tourism brings money to villages that had few other sources of income",
    "{B} could {bs} to win {seg}",
    "customers in the region trust recommendations from friends more than advertising",
    "loyalty schemes work only when the rewards are easy to understand",
    "brand heritage matters more for brandy and mineral water than for most products",
    "small wineries find it hard to afford export marketing",
    "{seg} expect brands to answer messages on {ch} within hours",
    "Russian-language content still reaches a large share of older customers",
    "{T} raises {R} among {seg}",
    "the return on paid social falls once budgets grow beyond a certain level",
    "nation branding helps exporters only when the product lives up to the promise",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "Similarly", "At the same time", "In the Georgian market",
           "In Armenia", "By contrast", "More recently", "In this context", "For a bank like {B}",
           "Since the pandemic", "From a diaspora perspective", "In {city}", "Taken together",
           "Turning to {ch}", "Overall"]  # fmt: skip
PLAIN = [
    "{B} sells through its own website, its app and the main supermarket chains.",
    "The campaign ran for six weeks on {ch} and outdoor advertising in {city}.",
    "{O}, {C}.",
    "This section applies the PESTLE framework to {B}.",
    "The recommendations below are costed in lari and phased over twelve months.",
    "Most of {B}'s customers live in the capital.",
    "The report is written for the marketing director of {B}.",
    "A SWOT analysis of {B} is included in the appendices.",
    "Table 2 compares the three options on cost, reach and fit with the brand.",
    "{B} has a strong presence on {ch} but a weak website.",
    "The next section looks at the main competitors.",
    "{B}'s customers in {dias} are reached mainly through Facebook groups.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one author put it, {Q} {P}.",
    "This is summed up well: {Q} {P}.",
    "{B} seems to accept that {Q} {P}.",
    "One study concluded that {Q} {P}.",
    "The point is made directly: {Q} {P}, which {B} should note.",
    "{O}, {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘supra’", "‘Georgian hospitality’", "‘made in Armenia’", "‘qvevri’", "‘the new Georgian wine’",
                "‘digital nomads’", "‘relokanty’", "‘homeland tourism’", "'premium'", "“authentic”",
                "‘cradle of wine’", "‘super app’", "‘Tbilisi cool’", "‘hayrenik’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} markets itself around {Q} {P}.",
    "So-called {Q} has become a selling point for {B} {P}.",
    "Tourists often come for {Q}, not only for the mountains {P}.",
    "The idea of {Q} is used loosely in advertising {P}.",
    "Critics say that {Q} has become a cliché {P}.",
    "What the industry calls {Q} is often just a higher price {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your card is ready – collect it today’", "‘Gaumarjos! 20% off this weekend’",
                 "‘Shnorhavor! A gift for your birthday’", "“Your summer in Batumi starts here”",
                 "‘Only 48 hours left’", "‘We miss you – here is 15% off’", "‘Free delivery in {city} today’",
                 "“New vintage just arrived”", "‘Your {M} offer expires at midnight’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} can lift open rates {P}.",
    "{B} used {Q} in its welcome email {P}.",
    "Short, friendly copy ({Q}, for example) works well with {seg} {P}.",
    "The message {Q} was opened by more customers than any other {P}.",
    "Testing {Q} against a plainer version showed a clear winner {P}.",
]  # fmt: skip

# Text that looks like a citation (brackets, names, years, numbers) and is none: no tutor expects it in the list.
NOT_CITATIONS = {
    "price-lari": [
        "A bottle of Saperavi costs around GEL {gel} in a Tbilisi supermarket.",
        "A metro ride in Tbilisi costs ₾ 1 (paid with a bank card).",
        "{B} charges GEL {gel} a month for its premium plan (₾ {tet} for each extra gigabyte).",
        "A khachapuri costs about ₾ {tet} in a Batumi bakery (GEL 15 or more in a tourist restaurant).",
    ],
    "price-dram": [
        "A coffee in Yerevan costs about AMD {amd} (around ֏ 1,000 outside the centre).",
        "{B}'s basic tariff is AMD {amd} a month (֏ 2,000 for students).",
        "A bottle of Ararat five-star brandy sells for ֏ {amd} in duty free.",
    ],
    "exchange-rate": [
        "The lari was worth about {usd} to the US dollar (1 March {yr}).",
        "Prices are converted at AMD {amdusd} to USD 1 (rate on {dy} {mo} {yr}).",
        "All figures are shown in lari (GEL 1 = USD 0.37, 31 December {yr}).",
    ],
    "wine-exports": [
        "Georgia exported about 117 million bottles of wine in 2023 (a record).",
        "Wine exports reached about 111 million bottles (2022), most of them to Russia, Ukraine and Poland.",
        "Armenian brandy exports fell sharply as the rouble collapsed (2014–2015).",
    ],
    "vintage": [
        "Georgia's 2023 vintage was one of the largest on record.",
        "Georgia's rtveli (the grape harvest, September–October {yr}) attracts many wine tourists.",
        "The winery's first Saperavi (vintage 2016) won a silver medal abroad.",
    ],
    "qvevri-unesco": [
        "Qvevri winemaking was added to UNESCO's list of intangible heritage (2013).",
        "The ancient qvevri method (inscribed by UNESCO in 2013) is central to Georgia's wine story.",
        "Armenian lavash was also recognised by UNESCO (2014) as intangible heritage.",
    ],
    "mineral-water": [
        "Borjomi (1850) and Jermuk (1951) are both named after the towns where their springs rise.",
        "{B} competes with Nabeglavi (a spring in Guria) and Sairme (Imereti).",
        "The Likani spring (Borjomi Park, opened 1850) is still a tourist attraction.",
    ],
    "independence-day": [
        "Georgia's Independence Day (26 May 1918) is marked by a parade on Rustaveli Avenue.",
        "Armenia's Independence Day (21 September 1991) is a popular date for patriotic campaigns.",
        "{B} launched its limited-edition bottle for 26 May (Independence Day).",
    ],
    "revolution": [
        "Banking reforms accelerated after the Rose Revolution (2003).",
        "Armenia's Velvet Revolution (2018) changed the mood of many consumers.",
        "After the Rose Revolution (November 2003) foreign investment grew quickly.",
    ],
    "war": [
        "Tourism fell sharply after the 2008 war (7–12 August 2008).",
        "The 2020 war (27 September – 10 November) hit Armenian consumer confidence.",
        "Many Armenians in {dias} donated after the events of September 2023 (Nagorno-Karabakh).",
    ],
    "festival": [
        "Tbilisoba (the last weekend of October) is the best time for street promotions in the capital.",
        "Vardavar (usually in July) is the water festival when young people soak each other.",
        "{B} ran a special offer during Tbilisoba ({yr}) with stands in the Old Town.",
        "Sales of water pistols peak before Vardavar (14 weeks after Easter).",
    ],
    "christmas": [
        "Armenian Christmas (6 January) comes a day before Georgian Christmas (7 January).",
        "Gift campaigns run from New Year to Georgian Christmas (7 January) and Old New Year (14 January).",
        "{B}'s Christmas advert ran in Yerevan from 31 December to 6 January (Armenian Christmas).",
    ],
    "tourist-arrivals": [
        "Georgia received 7.1 million international visitors in 2023 (up about a third on 2022).",
        "Armenia had about 2.3 million tourist arrivals (2023), many of them from the diaspora.",
        "International arrivals in Batumi grew quickly ({yr} season).",
    ],
    "ski-season": [
        "Gudauri and Bakuriani both sold out at New Year (season 2023/24).",
        "Tsaghkadzor is Armenia's main ski resort (season December–March).",
        "{res} opened new lifts for the winter (bookings for 2024/25 were strong).",
    ],
    "flight-route": [
        "Wizz Air's Kutaisi base (2016) made the city a low-cost gateway.",
        "Flights from Kutaisi to London (launched {mo} {yr}) sold out quickly.",
        "{B} added a direct route to Paris (twice weekly from {mo} {yr}).",
    ],
    "phone": [
        "Customers can call the hotline on +995 32 2 {ph}.",
        "The Yerevan office can be reached on +374 10 {ph} (9:00–18:00, Monday to Friday).",
        "Diaspora customers in Glendale call the US line (+1 818 {ph}).",
    ],
    "company-id": [
        "{B} is registered in Georgia (ID 204854595).",
        "The supplier's identification code (ID {idn}) is printed on every invoice.",
        "The winery is registered as a limited company (tax code {idn}).",
    ],
    "ticker": [
        "TBC Bank Group is listed in London (LON: TBCG).",
        "Bank of Georgia's parent company trades under the ticker LON: BGEO.",
        "Investors can follow the share price (LSE: CGEO) on the group's website.",
    ],
    "award": [
        "{B} won the Golden Brand awards 2023 in its category.",
        "The campaign was shortlisted at the Armenian Business Awards 2022.",
        "{B} was named best digital bank (Euromoney Awards for Excellence {yr}).",
    ],
    "title": [
        "Interviews were held with batono Gia, the shop owner, and kalbatono Nestan (his partner).",
        "Paron Vardan (head of sales) and tikin Anush (CEO) agreed to be interviewed.",
        "The founder, Dr Tsomaia (CEO since {yr}), still approves every label.",
    ],
    "financial-year": [
        "Net profit grew strongly in FY2023 (GEL 1.1 billion).",
        "Marketing spend was cut in the last financial year (FY{yr}).",
        "{B}'s digital sales doubled (FY2022 to FY2024).",
    ],
    "quarter": [
        "Deposits grew by {pc}% in Q3 2023.",
        "Mobile data traffic peaked in the summer (Q{qq} {yr}).",
        "Sales of brandy gift sets are highest in the final quarter (Q4, {yr}).",
    ],
    "market-share": [
        "{B} holds a large share of the mobile market ({pc}% of subscribers, {mo} {yr}).",
        "The two largest banks hold most retail deposits (about {pc}% between them).",
        "Supermarkets account for a growing share of wine sales ({pc}% in {yr}).",
    ],
    "macro": [
        "Inflation fell below target (0.4% in December 2023, year on year).",
        "GDP grew by 7.5% in 2023 (preliminary estimate).",
        "The refinancing rate was cut to 8% (May 2024).",
        "Remittances to Armenia rose strongly (2022) as money came from Russia.",
    ],
    "currency": [
        "The lari (introduced in 1995) replaced the coupon.",
        "The dram has been Armenia's currency since 22 November 1993.",
        "Prices are quoted in tetri and lari (100 tetri = GEL 1).",
    ],
    "holiday": [
        "Shops in Yerevan close early on 24 April (Genocide Remembrance Day).",
        "Mother's Day in Georgia (3 March) is a key gifting date for {B}.",
        "Demand for flowers peaks before 8 March (International Women's Day).",
    ],
    "heritage-site": [
        "Etchmiadzin Cathedral (built 301–303) is on most tour itineraries.",
        "Svetitskhoveli Cathedral in Mtskheta (11th century) attracts coach groups all year.",
        "Geghard Monastery (a World Heritage Site since 2000) is a short drive from Yerevan.",
    ],
    "historical-figure": [
        "Many Georgian brands borrow from Shota Rustaveli (12th century) and his poem.",
        "Niko Pirosmani (1862–1918) appears on labels, cafés and even a bank card.",
        "The Armenian alphabet, created by Mesrop Mashtots (c. 405 AD), is used in many logos.",
        "Aram Khachaturian (1903–1978) gave his name to a concert hall in Yerevan.",
    ],
    "religion-date": [
        "Armenia adopted Christianity as its state religion (301 AD).",
        "Georgia adopted Christianity in the fourth century (around 337).",
        "Easter (Aghdgoma in Georgian) is a major date for food retailers.",
    ],
    "census": [
        "Georgia's population is about 3.7 million (2023 estimate).",
        "Armenia held a census in 2022 (the first since 2011).",
        "About a third of Armenians live in Yerevan (2022 census).",
    ],
    "diaspora-size": [
        "Glendale has one of the largest Armenian communities outside Armenia (around 80,000 people).",
        "The diaspora in {dias} is a key target for {B}'s money-transfer service.",
        "Around 7 million Armenians live abroad (compared with 3 million in Armenia).",
    ],
    "transport": [
        "The Tbilisi Metro (opened 1966) carries most commuters.",
        "The Yerevan Metro (1981) has a single line.",
        "The Tbilisi–Batumi train (about five hours) is popular with summer tourists.",
    ],
    "broadcaster": [
        "{B} advertises heavily on Rustavi 2 and Imedi (prime time, 20:00–23:00).",
        "Rustavi 2 (founded 1994) is still one of the most watched channels.",
        "Shant TV (since 1994) and Armenia TV carry most of {B}'s adverts.",
    ],
    "telecom-launch": [
        "{B} launched 4G in the regions ({yr}) after a long delay.",
        "Fibre broadband now reaches most homes in {city} (launched 2014).",
        "5G auctions were held in Georgia (2022) after several delays.",
    ],
    "euro-2024": [
        "Georgia's football team reached its first European Championship (Euro 2024).",
        "Brands raced to sponsor the national team after Euro 2024 (June–July 2024).",
        "Viewing figures hit a record during the match against Portugal (26 June 2024).",
    ],
    "eu-status": [
        "Georgia was granted EU candidate status (14 December 2023).",
        "Visa-free travel to the Schengen area (since 28 March 2017) helped Georgian students.",
        "Armenia's Comprehensive and Enhanced Partnership Agreement with the EU (signed 2017) covers trade.",
    ],
    "world-book-capital": [
        "Tbilisi was UNESCO World Book Capital (2021).",
        "Yerevan was World Book Capital (2012), and bookshops still mention it.",
    ],
    "geography": [
        "Mount Kazbek (5,054 m) appears in many tourism adverts.",
        "Lake Sevan (about 1,900 m above sea level) is Armenia's main summer resort.",
        "Gudauri lies on the Georgian Military Road (about 120 km from Tbilisi).",
    ],
    "distance": [
        "Tbilisi to Yerevan takes about five hours by road (280 km).",
        "Batumi is a short flight from Istanbul (1 hour 40 minutes).",
        "Dilijan is 100 km from Yerevan (under two hours by car).",
    ],
    "brandy-age": [
        "Ararat Nairi (20 years old) is the brand's flagship.",
        "The three-star brandy (aged 3 years) is the best seller in supermarkets.",
        "{B}'s Akhtamar (10 years) is sold mainly in duty-free shops.",
    ],
    "grape": [
        "Saperavi (red) and Rkatsiteli (white) are the best-known Georgian grapes.",
        "Areni (a red grape from Vayots Dzor) is Armenia's signature variety.",
        "The winery grows Kisi and Mtsvane (both white) in Kakheti.",
    ],
    "appellation": [
        "Kindzmarauli (a protected appellation of origin) is popular with Russian buyers.",
        "Khvanchkara (Racha-Lechkhumi) is sold at a premium.",
        "Mukuzani (a dry red from Kakheti) is a common gift.",
    ],
    "hotel-opening": [
        "The Stamba Hotel (opened 2018) is in a former Soviet printing house.",
        "The Radisson Blu Iveria (reopened 2009) targets business travellers.",
        "Dilijan's hotels filled quickly after the new road opened (summer {yr}).",
    ],
    "election": [
        "Advertising slowed before the parliamentary elections (26 October 2024).",
        "Armenia held snap elections (20 June 2021) after the war.",
        "Political advertising rules tighten before each election (60 days before polling day).",
    ],
    "sample": [
        "Most respondents used mobile banking every week (n = {amdusd}, {city} and Batumi, {mo} {yr}).",
        "The questionnaire was answered by 212 customers (response rate {pc}%).",
        "Focus groups were held in Gyumri and Vanadzor (two groups of eight).",
    ],
    "cross-reference": [
        "The full media plan is in Appendix 3 (Table A2).",
        "The persona (see Figure {qq}) is based on interviews in {city}.",
        "This is discussed further in Task 2 (b).",
    ],
    "address-handle": [
        "The head office is on Rustaveli Avenue (No. 12, Tbilisi 0108).",
        "Customers can message the brand on Instagram (@visit.georgia.now) or visit www.georgia.travel.",
        "The tourism board's campaign site (armenia.travel) was relaunched in {mo} {yr}.",
    ],
    "slogan": [
        "{B}'s slogan, ‘Made with Georgian hospitality’, appears on every pack.",
        "The line ‘Taste the mountains’ ran on billboards in {city} ({mo} {yr}).",
        "Armenia's campaign ‘Discover the unexpected’ was aimed at diaspora youth.",
    ],
    "working-hours": [
        "The branch in {city} is open late on Fridays (10:00–20:00).",
        "Customer service replies within two hours (GMT+4, every day).",
    ],
    "percentage": [
        "Card payments now make up most retail transactions ({pc}% in {yr}).",
        "Around {pc}% of respondents had bought Georgian wine online (n = 300).",
        "{B}'s app rating rose to 4.{qq} (out of 5).",
    ],
}  # fmt: skip
