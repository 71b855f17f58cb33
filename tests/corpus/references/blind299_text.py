"""The blind299 pool's prose: marketers in Sudan, South Sudan and the Horn of Africa, and their diaspora.

Written without reading the checker, its tests or any other pool, from how marketers at Sudanese and South Sudanese
telecoms, mobile-money, banking, gum-arabic, livestock-export and consumer-goods firms, NGOs and diaspora businesses
(Zain Sudan, MTN South Sudan, Sudani, DAL Group, CTC Group, Bankak, Faisal Islamic Bank, Kenana Sugar, Coca-Cola
Sudan, the Sudanese Red Crescent, UNHCR Sudan, Talabat, Careem, WFP) write CIM Level 6 and 7 reports and MBA
assignments in English: British spelling learnt in Khartoum's and Juba's universities and British Council classes,
now and then American (Gulf and US-trained candidates), reporting verbs in the past and present, citations at the
start, middle and end of sentences, with "see" and "e.g." inside the bracket. The text that is no citation is this
region's: cities, states and regions with years, the revolution, the peace agreements and the wars with their
dates, the pound's float and its exchange rates, mobile-money launches, subscribers and market shares by quarter,
Ramadan and Eid campaigns, gum-arabic, sesame and livestock exports by year, internet shutdowns, sanctions and the
delisting, dams and ports, Hijri years, fiscal years, licences, tickers, UN resolutions and missions, floods,
censuses, Gulf events and quoted slogans in Arabic and English.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Zain Sudan", "MTN South Sudan", "Sudani", "DAL Group", "CTC Group", "Bankak", "Faisal Islamic Bank",
          "Kenana Sugar", "Coca-Cola Sudan", "the Mo Ibrahim Foundation", "the Sudanese Red Crescent",
          "UNHCR Sudan", "Talabat", "Careem", "WFP", "Zain Cash", "m-Gurush", "Savannah Farms", "Sayga Flour",
          "Al Salam Bank", "Digitel", "Nile Petroleum", "Fawry", "Sudan Gum Arabic Company"]  # fmt: skip

NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although the sample was drawn only from Khartoum.",
    "{N} concluded that {C}.", "{N} showed that {C}, which is relevant to {B}.", "{N} observed that {C}.",
    "{N} stated that {C}.", "{N} highlighted that {C}, particularly among {A}.", "{N} claimed that {C}.",
    "{N} noted that, after the float of the pound, {C}.", "{N} reported that {C} in both Sudans.",
    "{N} pointed out that {C}; {B} has not yet acted on this.", "{N} suggested that {C}.",
    "{N} discussed how {C}.", "{N} warned that {C} unless agents are paid on time.",
    "{N} also found that {C}.", "{N} emphasised that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "{O}, {N} found that {C}.", "This is in line with {N}, who argued that {C}.",
    "{C}, as {N} observed.", "In their study of mobile money in East Africa, {N} showed that {C}.",
    "{C} – a point also made by {N}.", "As explained by {N}, {C}.", "Research by {N} indicates that {C}.",
    "{B} illustrates this well: {N} found that {C}.", "{C}; however, {N} found the opposite among {A}.",
    "Evidence from {N} suggests that, in Sudan, {C}.", "Following {N}, it can be argued that {C}.",
    "{C}, according to {N}.", "A survey conducted by {N} found that {C}.",
    "Unlike the Gulf markets studied by {N}, {C}.", "In the words of {N}, {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study found that {C}.", "Using {N} framework, it is clear that {C}.", "{O}, {N} report concluded that {C}.",
    "{B} could apply {N} model, since {C}.", "{N} findings matter here because {C}.",
    "This reflects {N} argument that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Studies show that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "For {A}, {C} {P}.", "This matters because {C} {P}.", "It is often argued that {C} {P:see}.",
    "Several studies report that {C} {P:e.g.}.", "{C}, especially outside Khartoum {P}.", "In short, {C} {P}.",
    "{C}, which is why {B} invests in {T} {P}.", "A key point for {B} is that {C} {P}.",
    "{C} {P:see also}.", "In the Sudanese market, {C} {P}.", "Put simply, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{C} {P:see}, whereas {C2}.",
    "Because {C} {P}, {B} should ensure that {C2}.", "Some authors {P:e.g.} argue that {C}.",
    "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "mobile money is trusted more than banks by {A} in Sudan", "agent networks matter more than app features",
    "{B} gains most from {T} during Ramadan", "price is the first driver of SIM choice among {A}",
    "brand trust collapsed when cash became scarce", "Islamic banking products appeal to {A} beyond religious reasons",
    "diaspora customers expect to pay family bills from abroad", "{T} works best when it is tied to {R}",
    "humanitarian agencies now prefer cash transfers to food parcels where markets still work",
    "network coverage outside the capital is still the main barrier", "{A} share offers mostly on WhatsApp",
    "firms like {B} must {bs} to survive high inflation", "gum arabic buyers pay more for traceable supply",
    "Sudanese consumers are loyal to local brands when prices are similar", "{T} raises {R} among {A}",
    "exporters rely on Gulf buyers for most of their livestock sales", "{B}'s customers switch networks when data prices rise",
    "word of mouth is more credible than advertising in Juba", "cause-related campaigns build trust among {A}",
    "young Sudanese in the Gulf follow home brands on social media", "rural customers want voice bundles more than data",
    "{B} relies on {T} more than its rivals do", "sanctions kept global brands out of Sudan for two decades",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "However", "For example", "In Sudan", "In South Sudan", "For {B}",
    "Since the war began", "In the context of {B}", "Nevertheless", "Consequently", "Among diaspora customers",
    "In the Gulf", "As a result", "From a marketing perspective", "Similarly", "Moreover",
]  # fmt: skip
PLAIN = [
    "{B} was founded in Khartoum and now trades in {q} countries.",
    "This section analyses {B}'s digital channels and makes recommendations.",
    "The table below summarises the key performance indicators for each channel.",
    "{B}'s Facebook page has over {n}k followers, but engagement is low.",
    "The recommendations are costed in US dollars because the pound is unstable.", "{O}, {C}.",
    "Most of {B}'s customers top up through street agents rather than the app.",
    "A PESTLE analysis of the Sudanese market is included in the appendix.",
    "The main competitors are {B} and two smaller regional firms.",
    "Task 2 builds on this by proposing a communications plan for the next year.",
    "Many staff now work remotely from Cairo, Riyadh and Dubai.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one author puts it, {Q} {P}.", "{N} put it simply: {Q}.", "{O}, {Q} {P}.",
    "This is summed up well: {Q} {P}.", "{N} wrote that {Q}, which fits {B}'s position.",
    "{Q} {P}; this report agrees.",
]  # fmt: skip
SCARE_QUOTES = ["‘mobile money first’", "‘the parallel market’", "“cash is king”", "‘brand Sudan’",
                "‘bottom of the pyramid’", "'digital humanitarianism'", "“halal by design”", "‘the new Sudan’",
                "‘phone credit as currency’", "“trust deficit”"]  # fmt: skip
SCARE_FRAMES = [
    "Some marketers now speak of {Q} {P}.", "{B} calls its approach {Q} {P}.", "The idea of {Q} is now common {P}.",
    "{N} described this as {Q}.", "So-called {Q} has reshaped the market {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Ramadan Kareem: double data all month’", "“Send money home in seconds”",
                 "‘Your Eid bundle is ready’", "'Top up now and get 50% bonus'", "‘Free transfers to Bankak this week’",
                 "“Pay school fees from your phone”", "‘Your family in {sscity} can now receive cash’"]  # fmt: skip
SUBJECT_FRAMES = [
    "An SMS headed {Q} had the best response {P}.", "{B} sent the push message {Q} to inactive users {P}.",
    "The message {Q} doubled sign-ups {P}.", "{N} found that a line such as {Q} builds urgency.",
]  # fmt: skip

_CITIES = ["Khartoum", "Omdurman", "Port Sudan", "Wad Madani", "El Obeid", "Kassala", "Atbara", "Nyala", "El Fasher",
           "Gedaref", "Kosti", "Dongola"]  # fmt: skip
_SS_CITIES = ["Juba", "Malakal", "Wau", "Bor", "Yei", "Rumbek", "Aweil", "Bentiu", "Torit"]  # fmt: skip
_STATES = ["Darfur", "Gezira State", "Blue Nile", "North Kordofan", "South Kordofan", "Red Sea State", "Kassala State",
           "River Nile State", "Upper Nile", "Jonglei", "Central Equatoria", "Sennar State"]  # fmt: skip
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]  # fmt: skip
_MOBILE_MONEY = ["Bankak", "m-Gurush", "Cashi", "Zain Cash", "MoMo", "Fawry", "O-Cash", "Syber Pay", "mBOK", "Nile Pay"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    return {
        "city": rng.choice(_CITIES), "sscity": rng.choice(_SS_CITIES), "state": rng.choice(_STATES),
        "mon": rng.choice(_MONTHS), "mm": rng.choice(_MOBILE_MONEY), "sdg": f"{rng.randint(50, 2400):,}",
        "ssp": f"{rng.randint(100, 3000):,}", "pct": str(rng.randint(3, 88)), "mil": f"{rng.randint(1, 19)}.{rng.randint(0, 9)}",
        "tonnes": f"{rng.randint(20, 120)},{rng.randint(100, 999)}", "hijri": str(rng.randint(1436, 1446)),
        "yr": str(rng.randint(2012, 2024)),
    }  # fmt: skip


NOT_CITATIONS = {
    "sudan-city-year": [
        "{B} opened its first flagship shop in the capital (Khartoum, 2019).",
        "The campaign was later moved to the coast (Port Sudan, 2023) when fighting reached the capital.",
        "Sales teams were relocated to a safer hub ({city}, 2023).",
        "Focus groups were held in two cities (Omdurman, {yr}; {city}, {yr}).",
    ],
    "south-sudan-city-year": [
        "MTN's first South Sudanese shop opened soon after independence (Juba, 2011).",
        "Agent numbers grew fastest in the regional towns ({sscity}, {yr}).",
        "The second distribution centre followed in the north ({sscity}, 2016).",
    ],
    "state-region-year": [
        "The crisis in the west (Darfur, 2004) shaped how NGOs communicate to this day.",
        "Flooding cut the supply route for weeks (Gezira State, 2021).",
        "Field interviews were run in the cotton belt ({state}, {yr}).",
    ],
    "revolution-year": [
        "Youth-led protests changed how brands speak to the public (December Revolution, 2018).",
        "Advertising went quiet during the sit-in months (the revolution, April 2019).",
        "Several firms paused campaigns after the uprising (December 2018 – April 2019).",
    ],
    "peace-agreement-year": [
        "Marketing in the south only became possible after the peace deal (CPA, 2005).",
        "Telecom licences in the new areas followed the agreement (Juba Peace Agreement, 2020).",
        "The revitalised peace deal (R-ARCSS, 2018) brought some traders back to Juba.",
    ],
    "war-month-year": [
        "Most offices in Khartoum closed when the war broke out (April 2023).",
        "Call centres moved abroad after the fighting began (15 April 2023).",
        "The South Sudanese civil war (December 2013) displaced many of MTN's agents.",
    ],
    "coup-date": [
        "The military takeover (25 October 2021) froze most donor funding.",
        "Banks closed for a week after the coup (October 2021).",
    ],
    "exchange-rate-year": [
        "The official rate was SDG 375 to the dollar (2021), far from the parallel rate.",
        "Import costs rose sharply (SDG 55 = US$1, 2019).",
        "A bundle priced at SDG {sdg} cost under a dollar at the time (2022 rate).",
    ],
    "float-date": [
        "The pound was unified with the parallel market (float, February 2021).",
        "Prices on shelf were repriced overnight after the devaluation (21 February 2021).",
        "The central bank let the rate move freely (managed float, {yr}).",
    ],
    "mobile-money-launch": [
        "The bank's own app, Bankak (2017), became the most used payment tool in the country.",
        "South Sudan's first mobile wallet, m-Gurush (2019), targeted traders in Juba.",
        "Cashi (2020) was launched by Zain Sudan for unbanked customers.",
        "The wallet {mm} ({yr}) now competes directly with {B}.",
    ],
    "subscriber-quarter": [
        "Zain held the largest share of mobile subscriptions (Q4 2022).",
        "Data revenue overtook voice for the first time (Q{q} {yr}).",
        "Active wallets fell sharply during the blackout (Q2 2023).",
    ],
    "subscriber-count-year": [
        "Zain Sudan had 14.5 million subscribers (2022).",
        "Mobile subscriptions reached {mil} million ({yr}) across the country.",
        "MTN South Sudan counts around {mil} million customers (end of {yr}).",
    ],
    "market-share-year": [
        "Sudani's share of the data market slipped to {pct}% ({yr}).",
        "Three networks share the market ({pct}% for the leader, {yr}).",
    ],
    "ramadan-campaign": [
        "The firm's biggest push of the year came during the holy month (Ramadan 2023).",
        "{B} ran its iftar giveaway on TV and WhatsApp (Ramadan {yr}).",
        "Sales of Coca-Cola rose by a third in the fasting month (Ramadan {hijri} AH).",
    ],
    "eid-campaign": [
        "Remittances from the Gulf peaked before the feast (Eid al-Adha 2022).",
        "Livestock prices in Omdurman doubled in the week before Eid (Eid al-Adha, {yr}).",
        "The bonus airtime offer was timed for the holiday (Eid al-Fitr {yr}).",
    ],
    "hijri-year": [
        "The bank's annual Zakat figures are published by Hijri year ({hijri} AH).",
        "Pilgrim packages were sold out early that season ({hijri} H).",
    ],
    "gum-arabic-tonnes": [
        "Sudan still supplies most of the world's gum arabic ({tonnes} tonnes, {yr}).",
        "Gum arabic exports reached a record high (88,000 tonnes in 2020).",
        "Hashab gum prices fell as exports rose ({tonnes} t exported, {yr}).",
    ],
    "sesame-tonnes": [
        "Sesame is now a larger export than gum (1.1 million tonnes, 2021).",
        "Chinese buyers took most of the crop ({tonnes} tonnes of sesame, {yr}).",
    ],
    "livestock-heads": [
        "Live sheep exports to Saudi Arabia peaked before the ban (4.7 million head, 2019).",
        "Camel exports to Egypt continued through the war ({n},000 head, {yr}).",
    ],
    "internet-shutdown-date": [
        "Mobile internet was cut for over a month after the sit-in was dispersed (June 2019).",
        "Networks went dark on the day of the coup (25 October 2021).",
        "Exam-season blackouts became routine (June {yr}).",
        "Starlink use grew after the nationwide outage (February 2024).",
    ],
    "sanctions-year": [
        "US trade sanctions were eased after two decades (OFAC, 2017).",
        "Many Western suppliers left after the embargo (US embargo, 1997).",
        "Card payments were unavailable for years (US sanctions, 1997–2017).",
    ],
    "sst-delisting": [
        "International banks only returned after the delisting (SST delisting, 2020).",
        "Sudan was removed from the US list of state sponsors of terrorism (December 2020).",
    ],
    "dam-year": [
        "Electricity supply improved after the dam opened (Merowe Dam, 2009).",
        "Ethiopia's dam remains a regional worry (GERD, 2020).",
        "The Roseires dam was raised to store more water (Roseires heightening, 2013).",
    ],
    "port-year": [
        "Most imports now enter through the Red Sea (Port Sudan, 2023).",
        "Livestock ships leave from the old port (Suakin, {yr}).",
        "Some South Sudanese traders now route goods through Djibouti (Doraleh, 2017).",
    ],
    "arabic-slogan": [
        "The protesters' chant «حرية سلام وعدالة» (2019) was borrowed by several brands.",
        "The slogan ‘Hurriya, Salam wa Adala’ (2019) appeared on billboards.",
        "The phrase “Tasgut bas” (2019) means ‘just fall, that’s all’.",
    ],
    "english-slogan": [
        "The headline ‘Freedom, Peace and Justice’ (2019) echoed the protests.",
        "MTN’s line “Everywhere you go” has been used for years (since 2005).",
        "{B}’s tagline ‘Closer to you’ (launched {yr}) tested well with {A}.",
    ],
    "figure-noun-year": [
        "{B} added more wallets than any rival ({yr} subscribers).",
        "Revenue in pounds rose while dollar revenue fell ({yr} results).",
        "Recruitment was frozen across the group (2022 headcount: {n}).",
    ],
    "independence-year": [
        "South Sudan became Africa's newest country (9 July 2011).",
        "Sudan's oldest brands date from just after independence (1956).",
        "Oil revenue was lost to the north after secession (independence, 2011).",
    ],
    "referendum-date": [
        "Almost all voters chose separation (referendum, January 2011).",
        "Campaign posters in Juba urged people to vote (9–15 January 2011).",
    ],
    "price-sdg-year": [
        "A 1 GB bundle cost SDG {sdg} in Khartoum (2023 price).",
        "Bread prices rose to SDG 50 a piece (December 2018).",
    ],
    "price-ssp-year": [
        "A bag of sugar in Juba cost SSP {ssp} ({mon} {yr}).",
        "Airtime vouchers were sold at SSP {ssp} (2023).",
    ],
    "inflation-year": [
        "Inflation peaked at 359% (July 2021), making price lists useless.",
        "Consumer prices rose faster in the south (CPI, {mon} {yr}).",
        "Annual inflation reached {pct}% in South Sudan (year to {mon} {yr}).",
    ],
    "fiscal-year": [
        "MTN South Sudan's budget is set by fiscal year (FY2022/23).",
        "The government's spending plan was delayed again (2021/22 budget).",
    ],
    "licence-year": [
        "Zain Sudan was the first to launch 4G in the capital (4G licence, 2019).",
        "A new operator licence was promised but never issued (third licence, {yr}).",
        "5G trials were announced for the Gulf diaspora market (5G, 2023).",
    ],
    "founding-year": [
        "The country's oldest bank still trades under its own name (founded 1913).",
        "Kenana Sugar started production after years of delay (est. 1980).",
        "DAL began as a small trading firm (founded 1951) and is now a conglomerate.",
    ],
    "rebrand-year": [
        "Sudan's first mobile network changed its name (Mobitel to Zain, 2007).",
        "The state operator's brand was relaunched (Sudani, 2006).",
    ],
    "ticker": [
        "Zain Group is listed in Kuwait (Boursa Kuwait: ZAIN).",
        "MTN's shares trade in Johannesburg (JSE: MTN).",
        "Sudatel is one of the few Sudanese firms listed abroad (ADX: SUDATEL).",
    ],
    "election-year": [
        "The last multi-party vote was widely boycotted (general election, 2010).",
        "Brands avoided political colours in the run-up to the vote (elections, April 2015).",
    ],
    "un-mission": [
        "Peacekeepers were a large customer for local suppliers (UNAMID, 2007–2020).",
        "The UN mission bought fresh food from local farms (UNMISS, 2011).",
        "The political mission closed early (UNITAMS, 2020–2024).",
    ],
    "flood-drought-year": [
        "Floods destroyed shops and warehouses along the Nile (September 2020).",
        "Crop failures raised grain prices in the east (drought, {yr}).",
    ],
    "census-year": [
        "The last full count of the population is now out of date (5th Census, 2008).",
        "Household figures come from the old census (census, 2008).",
    ],
    "protest-city-date": [
        "The bread protests began in a railway town (Atbara, 19 December 2018).",
        "The sit-in outside army headquarters lasted two months (6 April 2019).",
    ],
    "subsidy-removal-date": [
        "Fuel prices doubled overnight (fuel subsidy removal, June 2021).",
        "Transport costs rose after the reform (subsidies lifted, {mon} 2021).",
    ],
    "gulf-event-year": [
        "The diaspora pavilion was a hit with visitors (Expo 2020 Dubai).",
        "Sudanese restaurants in Riyadh saw record sales (Riyadh Season {yr}).",
        "Saudi reforms opened new retail space for migrants (Vision 2030).",
    ],
    "sports-event-year": [
        "The derby drew the biggest audience of the season (Al-Hilal v Al-Merrikh, {yr}).",
        "Sponsorship interest rose when the national team qualified (AFCON 2021).",
    ],
    "remittance-figure-year": [
        "Official remittances are small next to informal flows (US$2.9 billion, 2019).",
        "Gulf transfers rose by a quarter in one year ({pct}% growth, {yr}).",
    ],
    "penetration-year": [
        "Internet use is still low outside the cities ({pct}% penetration, {yr}).",
        "Only a minority of adults had a bank account (adults, {yr}: {pct}%).",
        "Smartphone ownership passed a half of urban adults ({yr}: {pct}%).",
    ],
    "bundle-name-year": [
        "The weekly social bundle, Sudani Shabab ({yr}), was aimed at students.",
        "{B}'s night-time data offer, Layali ({yr}), sold out in Omdurman.",
        "The prepaid plan Zain Kalam (2016) bundled calls to the Gulf.",
    ],
    "sim-registration-date": [
        "Unregistered SIM cards were cut off after the deadline (31 December {yr}).",
        "Customers queued for days to register (SIM registration, {mon} {yr}).",
    ],
    "survey-sample": [
        "Most respondents trusted wallets more than banks (n = {n}, Khartoum {yr}).",
        "The diaspora sample was recruited online (n = {n}; UK and Gulf).",
    ],
    "figure-table": [
        "Monthly top-ups by region are shown below (Figure {q}, {yr} data).",
        "The segments are compared in the appendix (Table {q}).",
    ],
}  # fmt: skip
