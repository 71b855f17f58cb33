"""Prose for the fiftieth held-out pool, "blind50": platform, social-commerce and gaming marketers in Greater China,
Japan and Korea writing CIM Level 6 and 7 assignments and MSc International Marketing reports in English.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a fiftieth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, platform, KOL
and growth marketers at consumer brands, game studios, agencies and cross-border sellers in Shanghai, Shenzhen,
Hangzhou, Hong Kong, Taipei, Tokyo, Osaka and Seoul write: platforms and their features, shopping festivals and their
dates (11.11, 618, Double 12, Golden Week, Chuseok), KOLs, KOCs and livestreamers with their real names in brackets,
GMV and prices in RMB, yen, won and Hong Kong dollars with conversions, fiscal years and quarters, tickers, game
titles, K-dramas and songs with their years, versions, patches and ratings (CERO, GRAC), the PIPL, the APPI and
national standards with their numbers, Japanese era years, Chinese policy document numbers, romanised terms with
their characters, hashtags and handles, awards, trade shows, five-year plans, generations, CIM assessment criteria,
appendices, interviewees and survey waves: capitals, years, brackets and quotation marks that cite nothing.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} argues that {C}, which matters for {B} in {city}.",
    "{N} showed that {C} among {plat} users.",
    "{N} reports that {C}.",
    "{N} observed that {C}, particularly during {fest}.",
    "{N} suggests that {C}; this fits what {B} saw on {plat}.",
    "{N} makes the point that {C}.",
    "{N} identified that {C} in lower-tier cities too.",
    "{N} notes that {C}, although the sample was drawn only from {city}.",
    "{N} claims that {C}, but the evidence from {plat} is mixed.",
    "{N} concluded that {C}.",
    "{N} also found that {C}, which is relevant to the {mkt} launch.",
]  # fmt: skip

NARRATIVE_MID = [
    "{O}, {N} found that {C}.",
    "As {N} explains, {C}.",
    "{O}, research by {N} suggests that {C}.",
    "This is supported by {N}, who found that {C}.",
    "For {B}, the work of {N} is useful because {C}.",
    "According to {N}, {C}.",
    "In the case of {plat}, {N} showed that {C}.",
    "However, {N} warns that {C}.",
    "A similar pattern is described by {N} for {plat} sellers in {city}.",
    "Building on this, {N} argued that {C}.",
    "The survey by {N} of {n} {plat} users found that {C}.",
    "My line manager in {city} shares the view of {N} that {C}.",
]  # fmt: skip

POSSESSIVE = [
    "{N} study of {plat} livestreams found that {C}.",
    "{N} framework is used here to explain why {C}.",
    "{N} findings suggest that {C}.",
    "Following {N} model, {B} could test whether {C}.",
    "{N} analysis of {fest} shows that {C}.",
    "{O}, {N} work on KOCs shows that {C}.",
]  # fmt: skip

PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "On {plat}, {C} {P}.",
    "{C}, especially around {fest} {P}.",
    "For {B}, this matters because {C} {P}.",
    "{C} in {city} as much as in lower-tier cities {P}.",
    "Evidence from Japan and Korea points the same way: {C} {P}.",
    "It is widely accepted that {C} {P}.",
    "The {mkt} team should note that {C} {P}.",
]  # fmt: skip

PARENTHETICAL_MID = [
    "{C} {P}, so {B} should plan its {plat} budget around it.",
    "Research {P} shows that {C}.",
    "{O}, studies of {plat} {P} suggest that {C}.",
    "{C} {P}, although this may differ in {city}.",
    "Because {C} {P}, the brand needs a KOC programme before {fest}.",
    "Recent work {P} indicates that {C}, which supports the recommendation below.",
    "Several authors {P:see} agree that {C}.",
]  # fmt: skip

CLAIMS = [
    "live-streaming converts browsers into buyers faster than static product pages",
    "consumers trust KOCs more than celebrity KOLs when the product is low-involvement",
    "mini-programs keep customers inside WeChat and lower the cost of a repeat purchase",
    "heavy discounting during {fest} trains shoppers to wait for the next sale",
    "Gen Z shoppers in China search Xiaohongshu before they search Baidu",
    "guochao brands win on cultural pride as much as on price",
    "gacha mechanics raise spending among a small share of players",
    "Japanese consumers read reviews carefully and punish exaggerated claims",
    "Korean shoppers now expect next-day delivery as standard",
    "LINE official accounts get higher open rates than email in Japan",
    "KakaoTalk gifting turns social obligations into sales",
    "privacy concerns reduce the willingness to share data once consent is asked for explicitly",
    "parasocial relationships with streamers increase impulse buying",
    "localised creative outperforms global assets in East Asian markets",
    "{B} could grow faster on {plat} by working with mid-tier creators",
    "return rates rise sharply after livestream sales",
    "virtual idols give brands control over the message but feel less authentic",
    "collaborations with anime and game IP lift awareness among younger fans",
    "private traffic lowers acquisition costs once a community is built",
    "brand trust is built through consistent content rather than one-off campaigns",
    "country of origin still shapes how Chinese consumers judge imported beauty products",
    "user-generated notes influence beauty purchases more than paid ads",
    "esports sponsorship builds awareness but rarely drives direct sales",
    "paid membership programmes raise average order value",
    "cross-border sellers underestimate the cost of localising customer service",
    "short-video ads work best when the first three seconds show the product",
    "players spend more when cosmetic items are tied to limited-time events",
    "{A} respond better to creators they already follow than to brand accounts",
]  # fmt: skip

OPENERS = [
    "In the Chinese market",
    "For cross-border sellers",
    "In Japan",
    "In South Korea",
    "On the other hand",
    "In the context of {plat}",
    "From a CIM perspective",
    "For a mid-sized brand like {B}",
    "Looking at Hong Kong and Taiwan",
    "In mobile gaming",
    "At the same time",
]  # fmt: skip

PLAIN = [
    "This section looks at {B}'s position in the market.",
    "The next part applies these findings to {B}.",
    "The team tested three creative routes over six weeks.",
    "Budget is the main constraint for the first year.",
    "Each option is assessed against cost, reach and fit with the brand.",
    "The recommendation below draws these points together.",
    "Customer service in Mandarin, Japanese and Korean will need extra staff.",
    "The brand has little awareness outside its home market.",
    "Most current sales come from repeat customers.",
    "I work in the growth team, so this part draws on what I see every week.",
    "Livestream hosts need clear guidance on what they can and cannot say.",
    "The creative will be adapted for each market rather than translated.",
]  # fmt: skip

QUOTE_FRAMES = [
    "{N} describes live commerce as {Q}.",
    "As {N} puts it, {Q}.",
    "One study concluded that {Q} {P}.",
    "{Q} {P}.",
    "KOC content has been described as {Q} {P}.",
    "{N} argues that {Q}, a point that applies to {B}.",
    "In the words of {N}, {Q}.",
    "The authors warn that {Q} {P}, which is a risk for {B}.",
]  # fmt: skip

SCARE_QUOTES = ["seeding grass", "lipstick king", "involution", "national tide", "good stuff sharing", "emotional value",
                "lying flat", "revenge spending", "oshi", "kawaii", "value for money", "MZ generation", "K-wave", "whale",
                "pay-to-win", "live commerce 2.0", "authentic", "viral", "face", "super-app"]  # fmt: skip

SCARE_FRAMES = [
    "Brands now talk about ‘{Q}’ when they mean product seeding {P}.",
    'The so-called "{Q}" effect is often mentioned {P}.',
    "{N} uses the term ‘{Q}’ loosely.",
    "What marketers call “{Q}” is often just word of mouth {P}.",
    "Players resent anything that looks '{Q}' {P}.",
    "For {B}, being seen as “{Q}” is risky {P}.",
]  # fmt: skip

SUBJECT_LINES = ["3, 2, 1, link!", "Only {n} left at this price", "Your 618 coupon expires tonight",
                 "Buy two, get the third free", "New drop: {B} x {game} collab", "Limited to 11.11 only",
                 "Thank you for being a member", "Free shipping on orders over RMB {n}", "Your daily login bonus is ready",
                 "Pre-register now and get 10 free pulls", "Last chance: Golden Week sale ends at midnight"]  # fmt: skip

SUBJECT_FRAMES = [
    "A push notification reading “{Q}” lifted click-through {P}.",
    "Hosts repeat lines such as ‘{Q}’ to create urgency {P}.",
    '{N} found that headlines like "{Q}" performed best.',
    "The WeChat article titled “{Q}” was shared widely {P}.",
    "A LINE message saying '{Q}' is typical of the genre {P}.",
]  # fmt: skip

NOT_CITATIONS = {
    "festival-date": [
        "Singles' Day (11 November) is still the biggest trading day of the year for {B}.",
        "The 618 festival (named after JD.com's founding date, 18 June) now runs for almost three weeks.",
        "Double 12 (12 December) is smaller but cheaper for advertisers.",
    ],
    "festival-gmv": [
        "Combined GMV for the {yr} 11.11 period was reported at RMB {big} billion (about US${usd} billion).",
        "During 618 {yr}, the brand's Tmall flagship store sold {n} units in the first hour.",
    ],
    "fiscal-year": [
        "In {fy} (April to March) overseas sales grew by {pc}%.",
        "The Japanese subsidiary reports on a fiscal year ending 31 March, so FY2024 ran from April 2024 to March 2025.",
        "Results for Q{q} {fy} were flat in Korea but up in Taiwan.",
    ],
    "ticker": [
        "{tick} shares fell {pc}% after the results call.",
        "Competitors include {tick} and several smaller studios.",
    ],
    "currency": [
        "The set retails at ¥{yen} (tax incl.) in Japan and ₩{won} in Korea.",
        "A monthly pass costs HK${n} (about £{pc}), which is cheap for the market.",
        "Prices were converted at US$1 = RMB 7.1 (the {yr} average rate).",
    ],
    "percent-change": [
        "Weekly active users rose to {n} thousand (+{pc}% YoY).",
        "Conversion on the mini-program was {pc}.{q}% (up {q}.{d} pp on the previous quarter).",
    ],
    "livestreamer-name": [
        "Top streamer Viya (Huang Wei) was fined in December 2021 and disappeared from Taobao Live.",
        "Li Jiaqi (Austin Li) sold out the lipstick range in minutes.",
        "Dong Yuhui (of East Buy) made long-form storytelling part of the sales pitch.",
    ],
    "romanised-term": [
        "Users call this zhongcao (种草, literally ‘planting grass’), recommending a product until others want it.",
        "Younger fans describe their spending as oshikatsu (推し活, supporting a favourite member).",
        "The guochao (国潮, ‘national tide’) trend has helped local brands.",
        "Korean marketers talk about the MZ generation (MZ세대) as one segment.",
    ],
    "game-title-year": [
        "{gamey} showed that a free-to-play title could succeed in Japan and the West at once.",
        "The team benchmarked the launch against {gamey} and {gamey2}.",
    ],
    "drama-year": [
        "Product placement in {drama} pushed overseas searches for the featured snacks.",
        "Tourism campaigns still use locations from {drama}.",
    ],
    "song-year": [
        "The campaign borrowed the mood of {song} for its short-video edits.",
        "Fan challenges built around {song} reached millions of views on Douyin.",
    ],
    "game-rating": [
        "The Japanese release is rated CERO D (ages 17 and over), which rules out some TV slots.",
        "GRAC gave the title a 15+ rating, so the Korean campaign cannot target younger teens.",
        "With a {rating} rating, the game can be advertised on most platforms.",
    ],
    "game-version": [
        "Version {ver} (released in {mo}) added a limited-time banner and login rewards.",
        "Patch {ver} fixed the gacha rates after complaints on Bilibili.",
    ],
    "law-article": [
        "Under Article 13 of the PIPL, consent is only one of several lawful bases.",
        "APPI Article 27(1) restricts giving personal data to third parties without consent.",
        "Article 38 of the E-Commerce Law makes platforms jointly liable in some cases.",
    ],
    "law-in-force": [
        "China's Personal Information Protection Law came into force on 1 November 2021.",
        "Japan's APPI (amended in 2020, in force since April 2022) now covers pseudonymised data.",
        "Korea's PIPA was amended again in March 2023.",
    ],
    "standard-number": [
        "The privacy notice follows GB/T 35273-2020, the national standard on personal information security.",
        "The agency holds ISO/IEC 27001:2022 and Japan's PrivacyMark (JIS Q 15001:2017).",
        "Korean partners asked for ISMS-P certification before sharing data.",
    ],
    "policy-document": [
        "The State Council circular (Guo Ban Fa [2021] No. 24) encourages new retail models.",
        "Local subsidies were announced under Shang Liu Tong Han [2023] No. 7.",
    ],
    "five-year-plan": [
        "The 14th Five-Year Plan (2021–2025) names the digital economy as a priority.",
        "Digital New Deal 2.0 (2021–2025) funds content and platform projects in Korea.",
    ],
    "japanese-era": [
        "The ministry's survey for Reiwa {rei} ({reiy}) shows a rise in online spending by older households.",
        "Sales records from Heisei 30 (2018) are kept in the old system.",
    ],
    "chinese-date": [
        "The post went live on 2024年6月18日 at 20:00 Beijing time.",
        "The brand's Lunar New Year campaign ran from 腊月二十三 to the Lantern Festival.",
    ],
    "time-zone": [
        "The livestream starts at 20:00 (CST), which is 21:00 (JST) in Tokyo.",
        "Drops go live at 10 a.m. KST on Fridays.",
    ],
    "hashtag": [
        "The hashtag {tag} reached {n} million views in a week.",
        "Creators were briefed to add {tag} and tag the brand account.",
    ],
    "handle": [
        "The Japanese account ({handle}) posts twice a day.",
        "Questions go to the LINE official account {handle} rather than to email.",
    ],
    "award": [
        "The campaign won Gold at Spikes Asia {yr} and a Bronze Lion at Cannes.",
        "It was shortlisted for the Effie Awards Greater China {yr} in the e-commerce category.",
        "The agency was named Japan Agency of the Year at Campaign's Agency of the Year Awards {yr}.",
    ],
    "trade-show": [
        "The studio will show a demo at {event} {yr}.",
        "{event} {yr} drew more visitors than the previous edition.",
    ],
    "ranking": [
        "Samsung ranked fifth in Interbrand's Best Global Brands {yr}.",
        "Tencent sits near the top of the Kantar BrandZ Most Valuable Chinese Brands {yr} list.",
    ],
    "abbreviation-defined": [
        "Key Opinion Consumers (KOCs) are ordinary users with small but loyal followings.",
        "Gross Merchandise Value (GMV) counts orders placed, not revenue received.",
        "Daily Active Users (DAU) fell after the update.",
        "Customer acquisition cost (CAC) on Douyin has roughly doubled.",
    ],
    "company-legal-name": [
        "The Japanese entity is Kabushiki Kaisha Pokémon (The Pokémon Company).",
        "Contracts are signed with Beijing ByteDance Technology Co., Ltd. rather than with TikTok.",
        "The Korean partner, CJ ENM Co., Ltd., handles distribution.",
    ],
    "platform-feature": [
        "Douyin Mall (抖音商城) now accounts for a growing share of shelf-based sales.",
        "WeChat Channels (Shipinhao, 视频号) lets brands stream to followers of their Official Account.",
        "Naver Shopping Live (formerly Naver Live Commerce) is the main channel in Korea.",
    ],
    "device-model": [
        "The campaign was shot on a Galaxy S24 Ultra to support the Samsung partnership.",
        "Sales of the Nintendo Switch (OLED model) peaked before the holidays.",
        "The app must run on older devices such as the iPhone SE (2nd generation).",
    ],
    "app-store-rank": [
        "The game reached No. 1 on the App Store (Japan) within 48 hours.",
        "It stayed in the Google Play top 10 (Korea, grossing) for {n} days.",
    ],
    "cim-criteria": [
        "This section addresses AC {ac} of the unit.",
        "Task 2(b) asks for a justified recommendation.",
        "(Word count: {wc})",
    ],
    "appendix-figure": [
        "The full customer journey map is in Appendix {app}.",
        "Figure {q} (see below) compares the platforms by reach and cost.",
        "Table {q} summarises the KOL shortlist.",
    ],
    "interviewee": [
        "Interviewee {q} (brand manager, {city}) said the agency fees were too high.",
        "Respondent P{n} (female, 24, Shenzhen) only buys during livestreams.",
    ],
    "survey-detail": [
        "The survey (n = {n}, fieldwork {mo} {yr}) was run through WJX.",
        "Wave {q} ({season} {yr}) added questions on privacy.",
    ],
    "generation-cohort": [
        "The post-00s generation (born 2000–2009) is the core audience.",
        "Gen Z (born 1997–2012) makes up most of the brand's Bilibili followers.",
        "Post-90s parents (90后) are now the main buyers of premium baby care.",
    ],
    "exchange-rate-note": [
        "All figures are in RMB unless stated (US$1 ≈ RMB 7.2 at the time of writing).",
        "Yen figures were converted at ¥150 = US$1 (average for {yr}).",
    ],
    "translation-note": [
        "The quotation from the Weibo comment is my own translation from Chinese.",
        "Staff feedback (translated from Japanese by the author) was mostly positive.",
        "The Korean slogan translates roughly as ‘your daily glow’ [sic].",
    ],
    "course-name": [
        "This report is submitted for the CIM Level 7 Postgraduate Diploma in Professional Marketing (Strategic Marketing module).",
        "As part of the MSc International Marketing ({cohort} cohort), I chose {B} as my case company.",
    ],
    "url-domain": [
        "Orders can also be placed at {dom} or through the mini-program.",
        "The Japanese site (www.{dom}) has its own membership scheme.",
    ],
    "promo-mechanic": [
        "The mechanic was ‘满300减50’ (RMB 50 off every RMB 300 spent).",
        "Members got 11% off on 11.11 and double points on 12.12.",
        "The coupon code GW{yr} gave 15% off during Golden Week.",
    ],
    "character-ip": [
        "Sanrio's Hello Kitty turned 50 in 2024, and collaborations are booked years ahead.",
        "LINE Friends characters (Brown, Cony and Sally) appear on the packaging.",
        "The Pikachu-themed cafe opened in Tokyo in {mo}.",
    ],
    "kpop-group": [
        "Samsung signed BLACKPINK as global ambassadors for the Galaxy launch.",
        "The brand used NewJeans (ADOR, a HYBE label) for its summer campaign.",
        "SEVENTEEN's fan club (CARAT) organised the birthday cafe events.",
    ],
    "regulator-fine": [
        "SAMR fined Alibaba RMB 18.2 billion in April 2021 for abusing its market position.",
        "The KFTC imposed a ₩{n} million penalty on the publisher over loot box odds.",
    ],
    "copyright-line": [
        "Screenshots are © {yr} Nintendo / Creatures Inc. / GAME FREAK inc.",
        "All character art (C) miHoYo is used here for illustration only.",
    ],
    "weibo-trending": [
        "#{kw}# topped Weibo Hot Search for three days.",
        "The topic reached the Douyin trending list (热榜) within hours.",
    ],
    "quarter-range": [
        "Between Q{q} {yr} and Q4 {yr2} the average order value stayed flat.",
        "From H1 {yr} to H2 {yr}, ad costs rose steadily.",
    ],
    "season-launch": [
        "The {season} {yr} collection was launched first on Tmall.",
        "The game's Season {q} (Lunar New Year event) brought players back.",
    ],
    "olympics-expo": [
        "Expo 2025 Osaka, Kansai gave Japanese brands a reason to target inbound tourists.",
        "The Hangzhou Asian Games (held in 2023 after a one-year delay) boosted esports interest.",
    ],
    "store-opening": [
        "The flagship in Myeongdong (opened {mo} {yr}) doubles as a content studio.",
        "The first Hong Kong pop-up store (Causeway Bay, {yr}) ran for six weeks.",
    ],
    "price-tier": [
        "The premium tier (Tier 3, RMB 198 per month) is aimed at heavy users.",
        "The battle pass costs ₩{won} (Premium) or more for the bundle.",
    ],
    "email-subject-line": [
        "Our own test compared “Last chance!” with ‘Only {n} left’ as subject lines.",
        'The LINE broadcast titled "Golden Week Special" had the highest open rate.',
    ],
    "nickname-brand": [
        "Locally the brand is known as 小红书 (Little Red Book), or RED.",
        "Chinese fans call Nintendo 任天堂 (Rentiantang) and the Switch ‘NS’.",
    ],
    "model-framework": [
        "The AISAS model (Attention, Interest, Search, Action, Share), developed at Dentsu, suits this journey.",
        "Alibaba's AIPL model (Awareness, Interest, Purchase, Loyalty) is used in the brand's Databank reports.",
        "Tencent's 5A model is close to the classic funnel.",
    ],
}

BRANDS = ["Perfect Diary", "Florasis", "Li-Ning", "Anta", "Pop Mart", "Luckin Coffee", "HeyTea", "Mixue", "Xiaomi",
          "Uniqlo", "Shiseido", "Muji", "Sanrio", "Kao", "Suntory", "Asahi", "Pocky", "Innisfree", "Sulwhasoo",
          "Gentle Monster", "Olive Young", "Musinsa", "Baemin", "Amorepacific", "Nongshim", "Genki Forest",
          "Chagee", "Watsons", "Giordano", "Bossini", "HoYoverse", "NetEase Games", "Nexon", "Krafton", "Sega",
          "Capcom", "Bandai Namco", "Square Enix", "Nintendo", "L'Oréal China", "Estée Lauder China", "Nike China",
          "Burberry", "Coach Japan", "Lotte", "Shinsegae", "Marks & Spencer Hong Kong", "Don Don Donki",
          "Pinduoduo", "Temu"]  # fmt: skip

_PLATFORMS = ["WeChat", "Douyin", "Xiaohongshu", "Tmall", "JD.com", "Bilibili", "Kuaishou", "Weibo", "Taobao",
              "Pinduoduo", "LINE", "KakaoTalk", "Naver", "Coupang", "Rakuten", "Instagram", "TikTok", "YouTube"]  # fmt: skip
_FESTIVALS = ["Singles' Day", "11.11", "618", "Double 12", "Chinese New Year", "Golden Week", "Chuseok",
              "White Day", "Qixi", "Women's Day (3.8)", "the 520 festival"]  # fmt: skip
_CITIES = ["Shanghai", "Beijing", "Shenzhen", "Chengdu", "Hangzhou", "Guangzhou", "Hong Kong", "Taipei", "Tokyo",
           "Osaka", "Seoul", "Busan", "Wuhan", "Fukuoka", "Kaohsiung"]  # fmt: skip
_GAMES = [("Genshin Impact", 2020), ("Honkai: Star Rail", 2023), ("Monster Hunter: World", 2018),
          ("Pokémon GO", 2016), ("Uma Musume Pretty Derby", 2021), ("Honor of Kings", 2015), ("PUBG: Battlegrounds", 2017),
          ("Lost Ark", 2019), ("Final Fantasy XIV: Endwalker", 2021), ("Black Myth: Wukong", 2024),
          ("Blue Archive", 2021), ("Animal Crossing: New Horizons", 2020), ("MapleStory", 2003),
          ("Wuthering Waves", 2024), ("Zenless Zone Zero", 2024), ("Persona 5 Royal", 2019)]  # fmt: skip
_DRAMAS = ["Squid Game (2021)", "Crash Landing on You (2019–2020)", "Reply 1988 (2015–2016)", "The Glory (2022–2023)",
           "Alice in Borderland (2020)", "Our Beloved Summer (2021–2022)", "Extraordinary Attorney Woo (2022)",
           "The Untamed (2019)", "Nothing But Thirty (2020)", "Midnight Diner (2009)"]  # fmt: skip
_SONGS = ["BTS's ‘Dynamite’ (2020)", "NewJeans' ‘Ditto’ (2022)", "YOASOBI's ‘Idol’ (2023)",
          "BLACKPINK's ‘Pink Venom’ (2022)", "Creepy Nuts' ‘Bling-Bang-Bang-Born’ (2024)",
          "PSY's ‘Gangnam Style’ (2012)", "aespa's ‘Supernova’ (2024)"]  # fmt: skip
_TICKERS = ["Tencent (HKG: 0700)", "Sony (TYO: 6758)", "Samsung Electronics (KRX: 005930)", "Alibaba (NYSE: BABA)",
            "Nintendo (TYO: 7974)", "Bilibili (NASDAQ: BILI)", "Coupang (NYSE: CPNG)", "NAVER (KRX: 035420)",
            "JD.com (HKEX: 9618)", "Kakao (KRX: 035720)", "NetEase (NASDAQ: NTES)", "Capcom (TSE: 9697)"]  # fmt: skip
_TAGS = ["#双十一", "#618好物", "#OOTD", "#KBeauty", "#推し活", "#国潮", "#소확행", "#种草", "#GRWM", "#新品"]
_HANDLES = ["@UNIQLO_JP", "@innisfree_official", "@lineshopping", "@Nintendo_cs", "@oliveyoung_official",
            "@popmart_global", "@shiseido_japan", "@heytea_official"]  # fmt: skip
_EVENTS = ["Tokyo Game Show", "ChinaJoy", "G-Star", "BitSummit", "Gamescom Asia", "Taipei Game Show",
           "AnimeJapan", "Comiket", "Anime Expo", "Hong Kong Book Fair"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use; drawn after the builder's own, so other halves are unchanged."""
    games = rng.sample(_GAMES, 2)
    yr = rng.randint(2019, 2025)
    rei = rng.randint(1, 6)
    return {
        "plat": rng.choice(_PLATFORMS), "fest": rng.choice(_FESTIVALS), "city": rng.choice(_CITIES),
        "game": games[0][0], "gamey": f"{games[0][0]} ({games[0][1]})", "gamey2": f"{games[1][0]} ({games[1][1]})",
        "drama": rng.choice(_DRAMAS), "song": rng.choice(_SONGS), "tick": rng.choice(_TICKERS),
        "yr": str(yr), "yr2": str(yr + rng.randint(1, 2)), "fy": rng.choice(["FY2023", "FY24/25", "FY2024", "FY23", "FY2025"]),
        "pc": str(rng.randint(3, 89)), "big": str(rng.randint(120, 980)), "usd": str(rng.randint(17, 140)),
        "yen": f"{rng.randint(1, 29)},{rng.choice(['800', '980', '500', '000'])}", "won": f"{rng.randint(9, 99)},{rng.choice(['900', '000', '500'])}",
        "rating": rng.choice(["CERO B", "CERO C", "GRAC 12", "GRAC 15", "PEGI 12", "ESRB T"]),
        "ver": f"{rng.randint(1, 5)}.{rng.randint(0, 8)}", "mo": rng.choice(["January", "March", "May", "July", "September", "November"]),
        "rei": str(rei), "reiy": str(2018 + rei), "tag": rng.choice(_TAGS), "handle": rng.choice(_HANDLES),
        "event": rng.choice(_EVENTS), "ac": f"{rng.randint(1, 4)}.{rng.randint(1, 4)}", "wc": f"{rng.randint(2, 4)},{rng.randint(100, 999)}",
        "app": rng.choice(["A", "B", "C", "D"]), "season": rng.choice(["Spring", "Summer", "Autumn", "Winter"]),
        "cohort": rng.choice(["2023/24", "2024/25", "2025/26"]), "dom": rng.choice(["popmart.com", "uniqlo.com/jp", "oliveyoung.co.kr", "heytea.com", "innisfree.com"]),
        "kw": rng.choice(["李佳琦", "双十一预售", "原神", "东方甄选"]), "mkt": rng.choice(["Japan", "Korea", "Hong Kong", "Taiwan", "mainland China", "Greater Bay Area"]),
    }  # fmt: skip
