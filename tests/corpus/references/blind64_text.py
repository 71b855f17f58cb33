"""Prose for the sixty-fourth held-out pool, "blind64": reports by marketers in Japan's consumer, retail, beverage,
convenience-store and character-licensing trades on CIM Level 6 and 7 courses and MBAs taught in English.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a sixty-fourth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, trade, CRM,
digital and communications marketers at convenience-store chains, department stores, beverage, cosmetics and food
makers, railways, character and anime licensors, game and toy firms, ad agencies and research firms in Tokyo, Osaka,
Nagoya, Fukuoka and Sapporo write: fiscal years ending in March, Japanese era years, yen figures, gift seasons and
campaign calendars, K.K. and Co., Ltd. names, Acts by number, JARO and Consumer Affairs Agency rulings, store
counts, JAN codes, LINE and X handles, hashtags, promo codes, panel and interview codes, Japanese words glossed in
brackets and product names in quotation marks.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} argues that {C}.",
    "{N} shows that {C}, which matters for {B} in the run-up to {season}.",
    "{N} found that {C} across {n} stores in {city}.",
    "{N} reports that {C}.",
    "{N} makes the case that {C}, a point our category team in {city} accepts.",
    "{N} observes that {C}, although the evidence comes mostly from Tokyo.",
    "{N} concludes that {C}.",
    "{N} suggests that {C}; for {B} this is the central question for {fy}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} notes, {C}.",
    "For {chain}, as {N} points out, {C}.",
    "In the Japanese context, {N} found that {C}.",
    "This is consistent with {N}, who argues that {C}.",
    "Following {N}, we assume that {C}.",
    "Our interviews in {city} agree with {N}: {C}.",
    "The brand team at {B} read {N} as evidence that {C}.",
    "Unlike {N}, the {fy} panel data suggest that {C} only for {A}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} survey of {A} shows that {C}.",
    "{N} framework explains why {C}.",
    "Building on {N} model, this plan assumes that {C}.",
    "{N} study of {chain} found that {C}.",
    "According to {N} analysis, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{O} {C} {P}.",
    "{C} {P}.",
    "In {city} and beyond, {C} {P}.",
    "{O} evidence from the Kantō region suggests that {C} {P}.",
    "For {B}, the lesson is that {C} {P}.",
    "Since {season} drives much of the year's sales, {C} {P}.",
    "{O} {C}, especially among {A} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, so {B} should plan for {season} early.",
    "Research on Japanese shoppers {P} shows that {C}.",
    "{C} {P}, which supports a trial in {city} in {fy}.",
    "Studies of {chain} {P} suggest that {C}.",
    "The usual view {P} is that {C}, but the {era} data are mixed.",
    "{C} {P}; the same holds for {char} merchandise.",
]  # fmt: skip
CLAIMS = [
    "seasonal limited editions lift convenience-store footfall for about two weeks",
    "Japanese consumers reward brands that apologise quickly and in person",
    "character collaborations raise trial among shoppers who do not usually buy the category",
    "point-card data let retailers personalise offers without breaking trust",
    "gift-season sales depend more on the department store's name than on the product",
    "LINE official accounts outperform email for repeat purchase",
    "ready-to-drink tea competes on freshness cues rather than on price",
    "ageing shoppers in regional cities value delivery over choice",
    "Gen Z consumers in Tokyo follow creators more than they follow brands",
    "private-label ranges in convenience stores have closed the quality gap with national brands",
    "fukubukuro campaigns clear stock while recruiting new members",
    "stealth marketing rules have made influencer disclosure routine",
    "inbound tourists spend more when duty-free and mobile payment sit together at the till",
    "kawaii design signals approachability rather than childishness",
    "trust in television advertising has fallen more slowly than its reach",
    "oshikatsu fans buy repeatedly when goods are released in small numbered lots",
    "omotenashi raises expectations that digital channels struggle to meet",
    "cashless incentives changed payment habits faster than any campaign",
    "station-front stores win on convenience but lose on basket size",
    "cosmetics shoppers check reviews on @cosme before visiting a counter",
    "beer brands shift spend to highballs and non-alcoholic lines as younger adults drink less",
    "retail media turns store traffic into an advertising channel",
    "consumers treat limited flavours as small events worth sharing on social media",
    "food-loss campaigns work when they are framed as thrift rather than virtue",
]  # fmt: skip
OPENERS = [
    "In Japan's convenience-store sector,",
    "Across the Japanese beverage market,",
    "For department stores in Tokyo and Osaka,",
    "In character licensing,",
    "Among cosmetics brands,",
    "For a railway retailer,",
    "In the post-pandemic market,",
    "Since the 2023 stealth-marketing rules,",
    "Looking at {fy},",
    "For {B},",
]  # fmt: skip
PLAIN = [
    "The rest of this section sets out the campaign plan for {B} in {fy}.",
    "Figures are in yen and exclude consumption tax unless stated otherwise.",
    "The team in {city} will pilot the plan in {n} stores before a national rollout.",
    "This matters because the fiscal year ends in March and budgets are fixed early.",
    "Each objective below is written to be specific, measurable and time-bound.",
    "The recommendations follow the order of the customer journey.",
    "Store managers were interviewed on site during {season}.",
    "Our budget for the campaign is {yen} million, split across owned, earned and paid media.",
    "The options are compared in the table below.",
    "Head office will review the results at the end of Q{q}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{N} puts it plainly: {Q}.",
    "As one study notes, {Q} {P}.",
    "{N} writes that {Q}.",
    "The point is made directly: {Q} {P}.",
    "In the words of {N}, {Q}.",
    "One review of Japanese retail concludes that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = [
    "“omotenashi”", "“kawaii”", "‘oshikatsu’", "\"konbini\"", "“ikigai”", "‘premium’", "“Japan quality”",
    "“limited”", "‘cool Japan’", "\"sutema\"", "“depachika”", "“fan service”",
]  # fmt: skip
SCARE_FRAMES = [
    "So-called {Q} branding can backfire when overused {P}.",
    "{N} warns that {Q} has become a label more than a promise.",
    "Marketers lean on {Q} as a shorthand for value {P}.",
    "The word {Q} is doing a lot of work in these campaigns {P}.",
    "{N} treats {Q} as a cultural code rather than a slogan.",
]  # fmt: skip
SUBJECT_LINES = [
    "“Ochūgen gifts from ¥3,000 – order by 15 July”",
    "“Your points expire this month”",
    "“New: Sakura Latte, spring only”",
    "\"Fukubukuro reservations open 1 December\"",
    "“White Day sweets for your team”",
    "‘Golden Week deals at your nearest store’",
    "\"Halloween limited: pumpkin pudding\"",
    "“Thank you for being a member”",
]  # fmt: skip
SUBJECT_FRAMES = [
    "The LINE message read {Q}, and open rates rose {P}.",
    "A push notification such as {Q} works best when timed to payday {P}.",
    "{N} tested subject lines like {Q} against plain ones.",
    "Headlines such as {Q} follow a familiar pattern {P}.",
    "{N} found that a message like {Q} lifted visits among lapsed members.",
]  # fmt: skip

NOT_CITATIONS: dict[str, list[str]] = {
    "fiscal-year-ending-march": [
        "Net sales for FY{fy_n} (the year ended 31 March {fy_n}) rose {pct}% to ¥{yen} billion.",
        "Results for the fiscal year ending March {Y2} will be announced in May.",
        "Operating profit in 1H FY{fy_n} (April to September) beat the plan.",
    ],
    "era-year": [
        "The survey was fielded in Reiwa {era_n} ({era_y}) across all 47 prefectures.",
        "Stores opened in the Heisei era (1989–2019) make up most of the estate.",
        "Sales peaked in Heisei 9 (1997) and have not recovered.",
    ],
    "yen-figure": [
        "The promotion offers ¥{yen} off a ¥3,000 basket (tax included).",
        "Average spend per customer (kyakutanka) is about ¥{yen} in urban stores.",
        "The limited bento sells at ¥598 (¥645.84 incl. tax).",
    ],
    "company-form": [
        "The licence is held by Sanrio Company, Ltd. (TSE: 8136) for all Asian markets.",
        "The agency, Hakuhodo DY Media Partners Inc. (Tokyo), buys the TV spots.",
        "Distribution is handled by {chain} K.K. under a 2022 agreement.",
    ],
    "ticker-code": [
        "Shares of Seven & i Holdings (3382) rose after the bid was announced.",
        "Kao (TSE Prime: 4452) and Shiseido (4911) both cut guidance in Q{q}.",
    ],
    "act-number": [
        "Any premium must respect the limits set under the Premiums and Representations Act (Act No. 134 of 1962).",
        "Customer data are handled under the APPI (Act No. 57 of 2003), as amended in 2020.",
        "The Food Labeling Act (Act No. 70 of 2013) governs what the pack may say.",
    ],
    "stealth-marketing-rule": [
        "Since 1 October 2023, posts must carry a clear disclosure such as #PR or #ad (koukoku).",
        "Every creator brief now includes the #PR label required since October 2023.",
    ],
    "jaro-case": [
        "JARO received {n} complaints about cosmetics advertising in {Y}.",
        "After a complaint to JARO in {Y}, the claim “No. 1 in customer satisfaction” was withdrawn.",
    ],
    "gift-season": [
        "Ochūgen (summer gift) orders open in early June and close in mid-July.",
        "Oseibo (year-end gift) catalogues go out in October.",
        "The Ochūgen {Y} catalogue has {n} pages and a QR code on each one.",
    ],
    "seasonal-campaign": [
        "Golden Week (29 April to 5 May) is our busiest week for travel retail.",
        "The White Day (14 March) range launches on 1 February.",
        "Obon (13–16 August) sales are planned with the regional teams.",
    ],
    "fukubukuro": [
        "The New Year Fukubukuro {Y2} bags (¥5,000 and ¥10,000) sold out online in {n} minutes.",
        "Fukubukuro reservations open on 1 November via the app.",
    ],
    "halloween-event": [
        "The Halloween {Y} range (pumpkin, purple sweet potato and black cocoa) ran from 1 to 31 October.",
        "Shibuya Halloween (31 October) crowds are no longer part of the plan.",
    ],
    "product-name-in-quotes": [
        "The spring drink “Sakura Matcha Latte” returns in February.",
        "Sales of ‘Premium Roll Cake’ doubled after the relaunch.",
        "The team nicknamed the new can \"Kyoto Yuzu Highball\" before legal approved the name.",
    ],
    "character-copyright": [
        "Hello Kitty © 1976, {Y} SANRIO CO., LTD. APPROVAL NO. L{n}.",
        "©Nintendo / Creatures Inc. / GAME FREAK inc. appears on every pack.",
        "Character artwork © {Y} Bandai Namco Entertainment Inc. is used under licence.",
    ],
    "trademark-symbol": [
        "Suica® and Pasmo® cards account for most tap payments at station kiosks.",
        "LINE™ and PayPay® were the two apps most used in the panel.",
    ],
    "jan-code": [
        "The limited can (JAN 49{n}0123) ships to stores on 6 March.",
        "Each SKU (e.g. JAN 4901777-{n}) needs a new shelf label.",
    ],
    "store-count": [
        "{chain} had {stores} stores in Japan at the end of February {Y2}.",
        "The chain operates {stores} stores (as of 31 March) across 47 prefectures.",
    ],
    "handle": [
        "Follow @{handle} on X and LINE for store news.",
        "The campaign ran on Instagram (@{handle}) and TikTok.",
    ],
    "hashtag": [
        "Entries used the hashtag #{tag}{Y2} and a photo of the product.",
        "Posts tagged #{tag} reached {n} thousand views in a week.",
    ],
    "promo-code": [
        "Enter code SPRING{Y2} at checkout for 10% off (until 31 March).",
        "The code GW{n} gives double points during Golden Week.",
    ],
    "romaji-gloss": [
        "Staff are trained in sekkyaku (customer service) and omotenashi (hospitality).",
        "The ekinaka (inside-the-station) format suits commuters in a hurry.",
        "Shoppers look for gentei (limited) labels on the shelf.",
    ],
    "kanji-gloss": [
        "The pack now reads 季節限定 (seasonal limited) in larger type.",
        "A 新発売 (new release) sticker lifts trial in the first week.",
    ],
    "station-and-line": [
        "The pop-up ran at Tokyo Station (JR Yamanote Line) from 1 to 14 July.",
        "Umeda (Hankyu, Hanshin and Osaka Metro) is the busiest site in the Kansai plan.",
    ],
    "tv-ratings-figure": [
        "The spot reached a household rating of {pct}% (Kantō area, Video Research).",
        "Prime-time GRPs were capped at 1,200 for the launch month.",
    ],
    "survey-fieldwork": [
        "Fieldwork: online panel, n = {n}, aged 15–69, 12–18 May {Y2}.",
        "The questionnaire (Q1–Q{q}0) was piloted with {n} members in {city}.",
    ],
    "interview-code": [
        "One franchise owner (Interviewee F3, Fukuoka) said the same.",
        "Store managers (SM-{q}, SM-{q}2) both asked for earlier stock dates.",
    ],
    "figure-table-ref": [
        "Table {q} (Appendix B) compares the three options.",
        "Figure {q}.{q}: Share of sales by gift season, FY{fy_n}.",
    ],
    "course-unit": [
        "This report answers Task 2 of the CIM Level 7 module (Marketing and Digital Strategy).",
        "Word count: 3,450 (excluding tables and appendices).",
    ],
    "exchange-rate": [
        "At ¥150 = US$1 (average for {Y2}), the budget is about US${n},000.",
        "Converted at ¥190 to £1, the budget is about £{n},000.",
    ],
    "percent-change": [
        "Like-for-like sales rose {pct}% year on year (YoY) in Q{q}.",
        "Existing-store sales (kizonten) were up {pct}% against a 2.0% target.",
    ],
    "price-tax": [
        "Prices shown include 8% consumption tax (10% for eat-in).",
        "The reduced rate (8%) applies to take-away food since October 2019.",
    ],
    "award-name": [
        "The campaign won a Gold at the ACC TOKYO CREATIVITY AWARDS {Y}.",
        "The pack won a Good Design Award ({Y}) for its easy-open lid.",
    ],
    "event-dated": [
        "Expo 2025 Osaka, Kansai (13 April to 13 October 2025) will bring extra visitors.",
        "The 2020 Tokyo Olympics (held in 2021) shifted the calendar of campaigns.",
    ],
    "anniversary-name": [
        "The brand celebrates its 50th anniversary (1974–2024) with a retro pack.",
        "Kitty's 50th Anniversary (2024) campaign ran in stores and online.",
    ],
    "version-number": [
        "The app update (version {q}.{n}) added a digital stamp card.",
        "The POS system moves to Release {Y2}.1 before the campaign.",
    ],
    "model-framework-name": [
        "The analysis uses AISAS (Attention, Interest, Search, Action, Share), the model Dentsu popularised.",
        "The brief follows SMART objectives and a PESTLE scan.",
    ],
    "time-and-date": [
        "The online sale starts at 10:00 (JST) on {d} November.",
        "Deliveries arrive at 05:30 and 14:00 each day.",
    ],
    "quoted-slogan": [
        "The tagline “Open mind, open store” tested well with {A}.",
        "The slogan ‘Good morning, Japan’ was retired after ten years.",
    ],
    "quoted-staff-words": [
        "Staff greet every customer with “Irasshaimase” (welcome).",
        "The till script ends with \"Arigatō gozaimashita\" and a bow.",
    ],
    "bracketed-abbreviation": [
        "The Consumer Affairs Agency (CAA) issued new guidance on premiums.",
        "The Japan Franchise Association (JFA) publishes monthly sales figures.",
        "Customer lifetime value (CLV) is our main CRM measure.",
    ],
    "media-plan-line": [
        "Media: TVCM 15s (Kantō, Kansai), OOH (Shibuya, Umeda), LINE ads, X (Twitter) promoted posts.",
        "Flight 1 (March) is digital only; flight 2 (April) adds TV.",
    ],
    "age-band": [
        "The core target is women aged 20–34 (F1) in the Tokyo area.",
        "Men aged 50 and over (M3) buy most of the canned coffee.",
    ],
    "region-names": [
        "The rollout covers Kantō, Kansai and Chūbu first, then Kyūshū and Hokkaidō.",
        "Sapporo (Hokkaido) and Naha (Okinawa) get different flavours.",
    ],
    "capacity-size": [
        "The bottle comes in 525 ml and 2 L sizes.",
        "The can is 350 ml (5% ABV), priced at ¥{yen}.",
    ],
    "index-level": [
        "The Nikkei 225 passed 40,000 for the first time on 4 March 2024.",
        "The TOPIX retail index (TOPIX-17 Retail Trade) fell {pct}% in Q{q}.",
    ],
    "standard-number": [
        "Packs follow JIS Z 0150:2001 for the easy-open mark.",
        "The factory is certified to ISO 22000:2018 and FSSC 22000 (Version 6).",
    ],
    "anime-title-year": [
        "The tie-in with Demon Slayer: Kimetsu no Yaiba (2019–2024) sold out in three days.",
        "Fans of Spy × Family (2022) queued at the pop-up café in Ikebukuro.",
        "The Solitary Gourmet (Kodoku no Gurume, 2012–) made a hit of a simple set meal.",
    ],
}  # fmt: skip

BRANDS = ["Seven-Eleven Japan", "FamilyMart", "Lawson", "AEON", "Isetan Mitsukoshi", "Uniqlo", "Suntory", "Asahi",
          "Kirin", "Shiseido", "Kao", "Ajinomoto", "JR East", "Sanrio", "Bandai Namco", "The Pokémon Company",
          "Ito En", "Calbee", "Muji", "Don Quijote", "Takashimaya", "Lotte Japan", "Meiji", "Kewpie", "Tully's Coffee"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The pool's own fill values, drawn after the builder's."""
    fy = rng.randint(2019, 2025)
    return {
        "season": rng.choice(
            [
                "Golden Week",
                "Obon",
                "ochūgen",
                "oseibo",
                "White Day",
                "Halloween",
                "New Year",
                "the cherry-blossom season",
                "Valentine's Day",
                "the year-end sales",
            ]
        ),
        "city": rng.choice(["Tokyo", "Osaka", "Nagoya", "Fukuoka", "Sapporo", "Yokohama", "Kobe", "Sendai"]),
        "chain": rng.choice(
            [
                "Seven-Eleven",
                "FamilyMart",
                "Lawson",
                "Ministop",
                "AEON",
                "Daimaru",
                "Hankyu",
                "Matsumoto Kiyoshi",
                "Don Quijote",
                "Seijo Ishii",
            ]
        ),
        "char": rng.choice(
            ["Hello Kitty", "Pokémon", "Sumikko Gurashi", "Chiikawa", "Rilakkuma", "Gudetama", "Doraemon", "Kumamon"]
        ),
        "fy": f"FY{fy}",
        "fy_n": str(fy),
        "era": f"Reiwa {fy - 2018}",
        "era_n": str(era := rng.randint(1, 6)),
        "era_y": str(2018 + era),
        "yen": f"{rng.randint(1, 99) * 10:,}",
        "pct": f"{rng.randint(1, 29)}.{rng.randint(0, 9)}",
        "stores": f"{rng.randint(2000, 21500):,}",
        "handle": rng.choice(
            [
                "famima_now",
                "lawson_official",
                "7eleven_jp",
                "suntory_drinks",
                "sanrio_jp",
                "kirin_brewery",
                "uniqlo_jp",
                "aeon_retail",
            ]
        ),
        "tag": rng.choice(["KonbiniSweets", "SakuraSeason", "GWdeals", "HalloweenLimited", "Oshikatsu", "WhiteDay"]),
    }
