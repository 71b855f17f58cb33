"""Prose for the twenty-second held-out pool, "blind22": sentence frames, claims and non-citation decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses.

Written by a twenty-second hand, without reading the checker, its tests or the other pools' frames, decoys and
works, from how CIM candidates at study centres in the Gulf, Hong Kong, Singapore, Malaysia, mainland China,
Vietnam and the Caribbean write: fluent, with local habits ("as per", "based on", "refer to", "opined", "KOLs",
"revenge travel"), British and American spelling side by side, agencies and ministries by their initials, about
property developers, luxury malls, airlines and airports, Islamic banks, tourism boards, hotel groups, F&B chains,
super-apps and marketplaces, telecoms and universities recruiting overseas. Citations open, sit inside and close
sentences, stand in table and figure notes and lists, carry "see", "e.g.", "refer to", "adapted from" and "source:"
inside the bracket, and are possessive. The decoys are text with a capitalised name, a year, a bracket or quotation
marks that is not a citation; their kinds are the keys of NOT_CITATIONS below.

Placeholders: ``{N}`` narrative citation, ``{P}`` parenthetical citation (``{P:see}`` writes a word inside its
bracket), ``{Q}`` a quotation or quoted words, ``{C}``/``{C2}`` a claim, ``{O}`` an opener, ``{B}`` a brand,
``{A}`` an audience, ``{R}`` a result, ``{T}`` a tactic, ``{Y}``/``{Y2}`` years, ``{n}``/``{q}``/``{d}`` numbers, and the
keys of ``values()`` below. Decoy frames hold no citation slot. Claims are clauses in lower case with no full
stop; openers are phrases written before a comma.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} argues that {C}.",
    "{N} found that {C}, especially in {city}.",
    "{N} states that {C}.",
    "{N} mentioned that {C}.",
    "{N} has highlighted that {C}.",
    "{N} opined that {C}, which is relevant for {B}.",
    "{N} explains that {C}; this is clearly seen at {B}.",
    "{N} identifies three reasons why {C}.",
    "{N} reports that {C} in the GCC.",
    "{N} suggested that {C} and that {C2}.",
    "{N} points out that {C}, although the evidence from {country} is mixed.",
    "{N} emphasised that {C}.",
    "{N} emphasized that {C}.",
    "{N} noted that {C}, a point {B} seems to have missed.",
    "{N} also shows that {C}.",
]
NARRATIVE_MID = [
    "According to {N}, {C}.",
    "As per {N}, {C}.",
    "Based on {N}, {C}.",
    "Referring to {N}, {C}.",
    "In the words of {N}, {C}.",
    "{O}, {N} argues that {C}.",
    "{O}, {N} found that {C}.",
    "As highlighted by {N}, {C}.",
    "This is supported by {N}, who found that {C}.",
    "Research by {N} shows that {C}.",
    "A study by {N} in {country} found that {C}.",
    "The framework of {N} helps explain why {C}.",
    "Similarly, {N} observed that {C}.",
    "However, {N} cautions that {C}.",
    "For {B}, the work of {N} is useful because {C}.",
    "Table 2 source: {N}.",
    "Figure {q} is adapted from {N}.",
    "The data in Table {q} are taken from {N}.",
    "Both Kotler's 4Ps and the model by {N} suggest that {C}.",
    "Moreover, as {N} mentioned, {C}.",
    "{B}'s marketing team, as described by {N}, believes that {C}.",
]
POSSESSIVE = [
    "{N} study of {A} in {city} found that {C}.",
    "{N} framework is applied here because {C}.",
    "{N} findings suggest that {C}.",
    "Using {N} model, it can be seen that {C}.",
    "{N} report shows that {C}.",
    "{O}, {N} analysis indicates that {C}.",
    "{N} research on {T} shows that {C}.",
    "This agrees with {N} view that {C}.",
]
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "It is widely accepted that {C} {P}.",
    "{C}, and {C2} {P}.",
    "In {country}, {C} {P}.",
    "{C} {P:see}.",
    "{C} {P:e.g.}.",
    "{C} {P:refer to}.",
    "{C} {P:see also}.",
    "Source: {P:adapted from}.",
    "Source: {P}.",
    "Table {q}: {T} spending by {A}, {city} {P:source:}.",
    "Figure {q}: the customer journey for {B} {P:adapted from}.",
    "Studies in {city} confirm this {P}.",
    "{B} is a good example, since {C} {P}.",
    "Three factors matter most: price, trust and convenience {P}.",
    "This is the case for {B} too; {C} {P}.",
]
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "Recent data {P} show that {C}.",
    "The {country} market {P} is growing fast, so {C}.",
    "{O}, {C} {P}, which explains {B}'s strategy.",
    "Although {C} {P}, {C2}.",
    "Visitor numbers to {city} {P} suggest that {C}.",
    "Some authors {P:e.g.} argue that {C}.",
    "Many scholars {P:see} agree that {C}, while others disagree.",
    "Research on {T} {P} indicates that {C}.",
    "The halal economy {P} is worth watching because {C}.",
    "{B}'s recent results {P} confirm that {C}.",
    "Post-pandemic recovery {P} has meant that {C}.",
]
CLAIMS = [
    "luxury malls in {city} now rely on experiential tenants to keep footfall up",
    "Islamic banking customers value Shariah compliance as much as price",
    "{B} uses its loyalty programme to lock in frequent travellers",
    "airport retail is a major revenue stream for hub carriers",
    "students from {country} compare universities mainly on ranking and graduate employability",
    "super-apps bundle ride-hailing, payments and food delivery to raise switching costs",
    "hotel groups in the Gulf are shifting their marketing towards domestic and GCC guests",
    "F&B chains localise their menus for Ramadan and Chinese New Year",
    "reviews on Xiaohongshu shape the travel choices of mainland Chinese visitors",
    "off-plan buyers respond to payment plans more than to price discounts",
    "telecom operators are repositioning themselves as digital lifestyle brands",
    "tourism boards increasingly work with KOLs rather than traditional advertising",
    "customer centricity is the cornerstone of a successful marketing strategy",
    "brand equity is built through a consistent experience across every touchpoint",
    "color and packaging cues signal luxury to first-time buyers",
    "organizations that personalize their communication see higher loyalty",
    "{A} are more price sensitive than marketers often assume",
    "trust is the main barrier to adopting digital banking in {country}",
    "{T} raises {R} when the message is culturally relevant",
    "service quality is judged differently by high-context cultures",
    "the halal label works as a quality signal for non-Muslim consumers too",
    "revenge travel after the pandemic boosted premium cabin demand",
    "property developers use lifestyle branding to justify price premiums",
    "livestream selling converts better than static product pages",
    "WeChat mini-programs allow brands to own the whole customer journey",
    "the expatriate segment behaves differently from local customers",
    "word of mouth remains the most trusted source for {A}",
    "face and status motives drive gifting of luxury goods",
    "service recovery matters more than the original failure",
    "loyalty members spend up to {q}0 per cent more than non-members",
]
OPENERS = [
    "In the context of {city}",
    "For a premium brand such as {B}",
    "From a marketing perspective",
    "In the GCC market",
    "Post-pandemic",
    "For this reason",
    "In terms of the extended marketing mix",
    "Nowadays",
    "On the other hand",
    "In Malaysia especially",
    "Looking at the Hong Kong market",
    "For {B}",
    "In the Caribbean",
    "With regards to {T}",
    "Generally speaking",
]
PLAIN = [
    "This section applies the 7Ps to {B}.",
    "The recommendations below are costed in the appendix.",
    "{B} should therefore review its segmentation before the next campaign.",
    "A PESTLE analysis of the {country} market is given below.",
    "The SWOT analysis shows more strengths than weaknesses.",
    "These findings have clear implications for {B}.",
    "This report is written for the marketing director of {B}.",
    "The next part looks at the customer journey in more detail.",
    "Overall, the competitive position of {B} is strong but under pressure.",
    "KPIs will be tracked monthly using the brand's own dashboard.",
]
QUOTE_FRAMES = [  # a direct quotation; {P} or {N} carries a page locator unless the problem is planted
    "{N} states that {Q}.",
    "As {N} puts it, {Q}.",
    "{N} argued: {Q}.",
    "{Q} {P}.",
    "It has been argued that {Q} {P}.",
    "{O}, {Q} {P}.",
    "According to {N}, {Q}.",
    "In the words of {N}, {Q}.",
    "Marketing is described as {Q} {P}.",
    "{N} defines it as {Q}.",
]
SCARE_QUOTES = ["‘affordable luxury’", "‘halal-friendly’", "‘phygital’", "‘revenge travel’", "‘lying flat’", "‘staycation’", "'guochao'",
                "‘world-class’", '"premium"', "‘Shariah-compliant’", "'best value'", "“lifestyle destination”", "‘glocal’"]  # fmt: skip
SCARE_FRAMES = [
    "Many hotels now market themselves as {Q} {P}.",
    "{N} calls this trend {Q}.",
    "The idea of {Q} is popular with {A} {P}.",
    "So-called {Q} spending rose sharply {P}.",
    "{B} describes its new concept as {Q}, which {N} would question.",
]
SUBJECT_LINES = ["‘Your Skywards Miles are expiring soon’", "‘11.11 is here: up to 70% off’", "‘Ramadan Kareem: iftar offers inside’",
                 "'Your KrisFlyer statement for {month}'", "“Book now, pay later with 0% interest”", "‘Last chance: Chinese New Year hampers’",
                 "'Welcome to the family!'", "‘Your e-ticket receipt’"]  # fmt: skip
SUBJECT_FRAMES = [
    "Subject lines such as {Q} achieved higher open rates {P}.",
    "{N} notes that push messages like {Q} work best when personalised.",
    "A test of the line {Q} showed a better click-through rate {P}.",
    "Messages like {Q} create urgency {P}.",
]

# Text that is not a citation, by kind. Frames hold no citation slot.
NOT_CITATIONS: dict[str, list[str]] = {
    "event-with-year": [
        "{B} was a sponsor of {expo}.",
        "Footfall peaked during {expo}, when hotel occupancy reached {q}0 per cent.",
        "Many brands used {expo} to launch new products.",
    ],
    "national-vision": [
        "The campaign supports {vision} and its tourism targets.",
        "Under {vision}, the government wants more private investment.",
        "{B}'s plan is aligned with {vision}.",
    ],
    "festival-with-year": [
        "Sales during {fest} {Y} were disappointing.",
        "{B} ran a limited menu for {fest} {Y}.",
        "The {fest} {Y} campaign reached {n} thousand people.",
    ],
    "financial-period": [
        "Revenue grew in {fy} compared with the prior year.",
        "Results for {fy} show a recovery in passenger yields.",
        "In {fy}, marketing spend was cut by {q}0 per cent.",
    ],
    "figure-with-year-bracket": [
        "{B}'s revenue was {money} ({Y} revenue).",
        "The market is worth {money} ({Y} figures).",
        "Visitor spending reached {money} ({Y} est.).",
    ],
    "money-and-year": ["{B} invested {money} in {Y} on its app.", "The new terminal cost {money} and opened in {Y}."],
    "product-model": [
        "{B} is using the {product} in its new campaign.",
        "The launch of the {product} was covered widely on social media.",
    ],
    "aircraft-with-delivery": [
        "The airline's first A380 (delivered {Y}) is still flying.",
        "Its Boeing 777-300ER fleet (introduced {Y}) will be retired by the end of the decade.",
    ],
    "award-with-year": ["{B} won {award}.", "After winning {award}, the brand featured the title in its ads."],
    "ranking-with-year": [
        "The university was ranked {rank} in the QS Asia University Rankings {Y}.",
        "{B} came {rank} in the Kantar BrandZ ranking for {Y}.",
    ],
    "film-or-series": [
        "The film {film} boosted interest in {city}.",
        "After {film}, luxury brands used more Asian ambassadors.",
    ],
    "song-with-year": [
        "The ad used the song {song} to appeal to younger viewers.",
        "A cover of {song} went viral on TikTok.",
    ],
    "law-by-name": [
        "All email campaigns must comply with the {law}.",
        "Under the {law}, consent must be recorded.",
        "The {law} limits what data {B} can collect.",
    ],
    "standard-code": [
        "The kitchen is certified to {standard}.",
        "Halal status follows {standard}, which buyers in the GCC recognise.",
    ],
    "interviewee": [
        "{person} ({role}, interviewed on {d} {month} {Y}) confirmed that budgets are tight.",
        "In an interview, {person}, {role}, said the loyalty app is the priority.",
    ],
    "tenure-in-brackets": ["Under {leader}, the brand expanded into {d} cities.", "The strategy was set by {leader}."],
    "lifespan": ["The group was founded by {founder}.", "The founder, {founder}, started with a single shop."],
    "generation-range": [
        "Gen Z (born 1997-2012) now make up a third of visitors.",
        "Millennials (born 1981-1996) remain the core buyers of off-plan units.",
    ],
    "established-year": ["{B} (est. {Y}) has over {n} outlets.", "Founded in {Y}, {B} now operates across {country}."],
    "stock-ticker": [
        "{B} is listed on the stock exchange ({ticker}).",
        "Shares ({ticker}) rose {q}0 per cent after the results.",
    ],
    "abbreviation-with-year": [
        "The {abbr} sets out the regulator's priorities.",
        "Banks must meet the {abbr} targets.",
    ],
    "hashtag": ["The hashtag {tag} trended for {q} days.", "User posts tagged {tag} reached {n} thousand views."],
    "social-handle": [
        "The brand account {handle} has {n}k followers.",
        "Customers complained to {handle} about delays.",
    ],
    "quoted-slogan": [
        "The tagline {slogan} is used across all markets.",
        "Its slogan, {slogan}, is well known in the region.",
    ],
    "quoted-search-term": [
        "Searches for {term} rose sharply last year.",
        "The keyword {term} has low competition on Google.",
    ],
    "translated-name-in-brackets": ["{cn} is popular with younger travellers.", "{B} opened a flagship store on {cn}."],
    "place-with-opening-year": ["{place} attracts many transit passengers.", "Footfall at {place} is still growing."],
    "percentage-between-years": [
        "Arrivals grew by {q}{d} per cent between {Y} and {Y2}.",
        "Online sales rose from {q}% in {Y} to {d}% in {Y2}.",
    ],
    "full-date": ["The store opened on {d} {month} {Y}.", "The price change took effect from 1 January {Y2}."],
    "quarter-and-year": [
        "Occupancy fell in Q{q} {Y} but recovered later.",
        "Bookings for Q{q} {Y2} are ahead of target.",
    ],
    "season-or-intake": [
        "The {intake} intake was smaller than planned.",
        "Recruitment for the {intake} intake starts in {month}.",
    ],
    "section-pointer": [
        "The full survey is in Appendix {q} (see Table A{q}).",
        "This is explained further in Section {q}.{d}.",
        "See Figure {q} (below) for the journey map.",
    ],
    "own-survey": [
        "Source: Author's own survey ({now}).",
        "Data in this table come from my own survey of {n} customers (March {now}).",
    ],
    "sample-size-note": [
        "The questionnaire had {n} responses (n = {n}, {month} {now}).",
        "A focus group (six participants, {month} {now}) was also held.",
    ],
    "exchange-rate": [
        "All figures are in US dollars (US$1 = AED 3.67).",
        "Prices were converted at HK$7.8 to US$1 ({Y} rate).",
    ],
    "covid-period": [
        "During COVID-19 (2020-2022) the mall closed for {q} months.",
        "Traffic has recovered to pre-COVID-19 (2019) levels.",
    ],
    "software-version": [
        "The campaign was built in WeChat {q}.0 mini-programs.",
        "The app was rebuilt for iOS 17 and Android 14.",
    ],
    "flight-number": [
        "The route is served by flight {flight} daily.",
        "Passengers on {flight} can pre-order duty-free items.",
    ],
    "trade-fair": ["{B} exhibited at {fair}.", "The team met {n} agents at {fair}."],
    "loyalty-tier": ["Members move from Blue to Silver after {n},000 miles.", "{tier} members get lounge access."],
    "hijri-date": [
        "The campaign ran during Ramadan {hijri}.",
        "Sales peaked in the last ten nights of Ramadan {hijri}.",
    ],
    "census-name": [
        "The {census} counted more expatriates than locals in {city}.",
        "Data from the {census} show an ageing population.",
    ],
    "guide-with-year": ["The restaurant appears in {guide}.", "Two of {B}'s outlets were listed in {guide}."],
    "course-and-syllabus": [
        "This assignment follows the CIM Level {lvl} syllabus ({now} edition).",
        "As required by the CIM Marketing and Digital Strategy unit, Task 2 is a plan.",
    ],
    "building-with-measure": [
        "The Burj Khalifa (828 m) is the backdrop for most of the ads.",
        "The mall (1.1 million sq ft) has {n} stores.",
    ],
    "price-list": [
        "A room costs AED {n} per night (weekend rate, {Y}).",
        "The set menu is priced at S${n} (excluding GST).",
    ],
    "company-suffix-name": [
        "{B} Sdn Bhd is the local distributor.",
        "The hotel is owned by {B} Holdings Ltd (Hong Kong).",
    ],
    "capitalised-aside": [
        "The results (Table {q}) support the plan.",
        "Prices (Dubai only, {Y} prices) are the highest in the region.",
    ],
    "chinese-new-year-animal": [
        "The Year of the {animal} ({Y}) packaging sold out.",
        "Limited editions for the Year of the {animal} are now a tradition.",
    ],
    "licence-number": ["The agency holds Licence No. {d}{q}/{Y}.", "The fund is approved under MAS licence CMS{n}{d}."],
}

BRANDS = ["Emirates", "Etihad Airways", "Cathay Pacific", "Singapore Airlines", "AirAsia", "Vietnam Airlines", "Emaar", "Aldar", "Dubai Mall",
          "Harbour City", "ION Orchard", "Pavilion Kuala Lumpur", "Grab", "Shopee", "Lazada", "Talabat", "Careem", "Jollibee", "Highlands Coffee",
          "Ya Kun Kaya Toast", "Maybank Islamic", "Dubai Islamic Bank", "Shangri-La", "Marina Bay Sands", "Sandals", "Digicel", "du", "Singtel",
          "Viettel", "Meituan", "Chow Tai Fook", "Jumeirah", "Maxim's", "Al Rajhi Bank", "Majid Al Futtaim", "Changi Airport", "Tim Hortons"]  # fmt: skip

CITIES = ["Dubai", "Abu Dhabi", "Doha", "Riyadh", "Hong Kong", "Shenzhen", "Shanghai", "Singapore", "Kuala Lumpur", "Penang", "Ho Chi Minh City",
          "Hanoi", "Da Nang", "Port of Spain", "Kingston", "Bridgetown", "Sharjah", "Macau"]  # fmt: skip
COUNTRIES = [
    "the UAE",
    "Saudi Arabia",
    "Qatar",
    "Hong Kong",
    "Singapore",
    "Malaysia",
    "China",
    "Vietnam",
    "Trinidad and Tobago",
    "Jamaica",
    "Barbados",
]
EXPOS = ["Expo 2020 Dubai", "the FIFA World Cup Qatar 2022", "the Hangzhou Asian Games 2023", "the 2023 Formula 1 Singapore Grand Prix",
         "the 2019 Cricket World Cup", "Dubai Shopping Festival 2024", "the 2026 FIFA World Cup"]  # fmt: skip
VISIONS = ["Saudi Vision 2030", "the Dubai Economic Agenda D33", "UAE Centennial 2071", "the Singapore Green Plan 2030", "Malaysia's Shared Prosperity Vision 2030",
           "We The UAE 2031", "Qatar National Vision 2030", "Vision 2030"]  # fmt: skip
FESTIVALS = ["Singles' Day", "Chinese New Year", "Ramadan", "Hari Raya", "Tết", "Crop Over", "Carnival", "Diwali", "Mid-Autumn Festival",
             "the Great Singapore Sale", "White Friday", "Eid al-Adha"]  # fmt: skip
PERIODS = [
    "FY2023",
    "FY23/24",
    "1H 2024",
    "the year ended 31 December 2022",
    "financial year 2022/23",
    "fiscal 2021",
    "2H FY2022",
    "FY 2024",
]
MONEY = ["AED 1.2 billion", "HK$4.8bn", "S$2.1 million", "RM350 million", "VND 12 trillion", "TT$40 million", "US$1.1bn", "SAR 900 million",
         "RMB 3.5 billion", "JMD 2 billion"]  # fmt: skip
PRODUCTS = ["iPhone 15 Pro", "Galaxy S24 Ultra", "Huawei Mate 60", "BYD Atto 3", "VinFast VF 8", "Airbus A350-1000", "Boeing 777-9", "Tesla Model Y",
            "Xiaomi SU7", "PlayStation 5"]  # fmt: skip
AWARDS = ["Skytrax World's Best Airline 2023", "the Effie Awards Greater China 2022 (Gold)", "Agency of the Year 2021 at the Marketing-Interactive awards",
          "World's Leading Airport 2024 at the World Travel Awards", "a Cannes Lions Bronze in 2023", "Best Islamic Bank 2022 (Asiamoney)"]  # fmt: skip
RANKS = ["1st", "3rd", "5th", "12th", "21st", "48th"]
FILMS = ["Crazy Rich Asians (2018)", "Squid Game (2021)", "Dubai Bling (2022)", "Everything Everywhere All at Once (2022)", "In the Mood for Love (2000)",
         "Mission: Impossible - Ghost Protocol (2011)", "Bling Empire (2021)"]  # fmt: skip
SONGS = ["Gangnam Style (2012)", "Despacito (2017)", "Waka Waka (2010)", "Hayya Hayya (2022)", "Dynamite (2020)"]
LAWS = ["PDPA 2012", "Personal Data Protection Act 2010", "Federal Decree-Law No. 45 of 2021", "PIPL of 2021", "Personal Data (Privacy) Ordinance (Cap. 486)",
        "Consumer Protection Law 2023", "E-Commerce Law of 2019", "UAE Federal Law No. 15 of 2020"]  # fmt: skip
STANDARDS = [
    "MS 1500:2019",
    "GSO 2055-1:2015",
    "ISO 22000:2018",
    "ISO 9001:2015",
    "HACCP (Codex 2020)",
    "ISO 14001:2015",
]
PEOPLE = ["Mr Tan Wei Ming", "Ms Nurul Huda binti Yusof", "Mr Ahmed Al-Suwaidi", "Ms Nguyễn Thu Hằng", "Mrs Sharon Persaud-Ali", "Dr Lee Ji-eun",
          "Mr Rajesh Menon", "Ms Fatima El-Zein", "Mr Wong Chi Hang"]  # fmt: skip
ROLES = ["Head of CRM", "Marketing Executive", "Director of Sales", "Brand Manager", "Chief Commercial Officer", "Guest Relations Manager",
         "Regional Marketing Lead (APAC)"]  # fmt: skip
LEADERS = ["CEO Tim Clark (2003-2024)", "Chairman Mohamed Alabbar (since 1997)", "former CEO Tony Fernandes (2001-2023)", "Goh Choon Phong (CEO from 2011)",
           "Managing Director Dato' Sri Lim (2015-2021)", "its founder-CEO Anthony Tan (2012-present)"]  # fmt: skip
FOUNDERS = ["Sheikh Rashid bin Saeed Al Maktoum (1912-1990)", "Tan Kah Kee (1874-1961)", "Run Run Shaw (1907-2014)", "Robert Kuok (born 1923)",
            "Tony Tan Caktiong (b. 1953)", "Sir Kenneth Fung Ping-fan (1911-2002)"]  # fmt: skip
TICKERS = [
    "HKEX: 0293",
    "SGX: C6L",
    "DFM: EMAAR",
    "Bursa: 1155",
    "HOSE: VHM",
    "ADX: ALDAR",
    "NASDAQ: GRAB",
    "Tadawul: 1120",
]
ABBREVIATIONS = ["FSBP 2022-2026", "MSC 2.0 plan", "MyDIGITAL blueprint (launched 2021)", "RMK-12 (2021-2025)", "14th Five-Year Plan (2021-2025)",
                 "GBA Outline Development Plan (2019)", "VBI framework (2018)"]  # fmt: skip
TAGS = [
    "#MyDubai",
    "#VisitSingapore",
    "#HKStaycation",
    "#SinglesDay2023",
    "#MalaysiaTrulyAsia",
    "#ThisIsAbuDhabi",
    "#DoubleEleven",
    "#Tet2024",
]
HANDLES = ["@EmiratesSupport", "@visitdubai", "@STB_sg", "@CathayPacific", "@Grab_SG", "@MaybankCares", "@digicel_ja"]
SLOGANS = ["‘Fly Better’", "‘Hello Tomorrow’", "‘Malaysia, Truly Asia’", "“Passion Made Possible”", "'Asia's World City'", "‘Live the Unexpected’",
           "“Everyday Low Prices”", "‘Hari Raya, Hari Kita’"]  # fmt: skip
TERMS = ["‘halal hotel Dubai’", "'best mooncake 2023'", "“study in Malaysia scholarship”", "‘iftar buffet near me’", "'Tết gift ideas'",
         "‘cheap flights KL to Bali’"]  # fmt: skip
CHINESE_NAMES = ["Xiaohongshu (小红书, Little Red Book)", "Tmall (天猫)", "Douyin (抖音, the Chinese TikTok)", "Meituan (美团)", "Pinduoduo (PDD)",
                 "Dianping (Dazhong Dianping)", "Fliggy (Alibaba's travel app)"]  # fmt: skip
PLACES = ["Jewel Changi Airport (opened 2019)", "The Dubai Mall (opened 2008)", "K11 Musea (2019)", "Hong Kong-Zhuhai-Macao Bridge (2018)",
          "Terminal 3 at Dubai International (opened 2008)", "Museum of the Future (2022)", "Pavilion Bukit Jalil (opened 2021)"]  # fmt: skip
INTAKES = ["September 2025", "January 2026", "2024/25", "Semester 2 2025", "Fall 2025"]
FLIGHTS = ["EK 384", "SQ 322", "CX 251", "AK 6110", "VN 54", "BW 600"]
FAIRS = [
    "Arabian Travel Market 2024",
    "ITB Asia 2023",
    "GITEX Global 2023",
    "Cityscape Global 2022",
    "Canton Fair 2024",
    "WTM London 2023",
]
TIERS = ["Skywards Gold", "KrisFlyer PPS Club", "Marco Polo Club Diamond", "Etihad Guest Platinum", "BIG Platinum"]
HIJRI = ["1444 AH", "1445 AH", "1446 AH"]
CENSUSES = [
    "2020 Population and Housing Census",
    "Population Census 2021",
    "2019 Viet Nam Population and Housing Census",
    "2011 Census of Jamaica",
]
GUIDES = [
    "the Michelin Guide Hong Kong Macau 2024",
    "the MICHELIN Guide Singapore 2023",
    "the Forbes Travel Guide 2024 Star Awards",
    "Asia's 50 Best Restaurants 2023",
]
MONTHS = ["January", "February", "March", "May", "July", "September", "October", "December"]
ANIMALS = ["Dragon", "Rabbit", "Tiger", "Snake", "Horse"]


def values(rng: random.Random) -> dict[str, str]:
    """Values only this pool's frames use; the builder's own ({B}, {Y}, {n}...) are filled beside them."""
    return {
        "city": rng.choice(CITIES), "country": rng.choice(COUNTRIES), "expo": rng.choice(EXPOS), "vision": rng.choice(VISIONS),
        "fest": rng.choice(FESTIVALS), "fy": rng.choice(PERIODS), "money": rng.choice(MONEY), "product": rng.choice(PRODUCTS),
        "award": rng.choice(AWARDS), "rank": rng.choice(RANKS), "film": rng.choice(FILMS), "song": rng.choice(SONGS), "law": rng.choice(LAWS),
        "standard": rng.choice(STANDARDS), "person": rng.choice(PEOPLE), "role": rng.choice(ROLES), "leader": rng.choice(LEADERS),
        "founder": rng.choice(FOUNDERS), "ticker": rng.choice(TICKERS), "abbr": rng.choice(ABBREVIATIONS), "tag": rng.choice(TAGS),
        "handle": rng.choice(HANDLES), "slogan": rng.choice(SLOGANS), "term": rng.choice(TERMS), "cn": rng.choice(CHINESE_NAMES),
        "place": rng.choice(PLACES), "intake": rng.choice(INTAKES), "flight": rng.choice(FLIGHTS), "fair": rng.choice(FAIRS),
        "tier": rng.choice(TIERS), "hijri": rng.choice(HIJRI), "census": rng.choice(CENSUSES), "guide": rng.choice(GUIDES),
        "animal": rng.choice(ANIMALS), "now": rng.choice(["2024", "2025"]), "lvl": rng.choice(["4", "6", "7"]), "month": rng.choice(MONTHS),
    }  # fmt: skip
