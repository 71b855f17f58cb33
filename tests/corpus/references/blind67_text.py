"""Prose for the sixty-seventh held-out pool, "blind67": frames, claims, brands and text that looks like a citation.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a sixty-seventh hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, CRM,
performance, content and communications marketers at K-beauty houses, entertainment and webtoon firms, department
stores and convenience chains, platforms, food and beverage makers, carmakers' marketing teams and agencies in Seoul,
Busan, Incheon and Pangyo write CIM Level 6 and 7 reports and MBA assignments in English: won figures and exchange
rates, Acts by number and year, KFTC and MFDS rules, KOSTAT, KOCCA, KTO and KCA figures, Chuseok, Seollal, Pepero Day,
Black Friday and Korea Sale FESTA campaigns, Co., Ltd., Corp. and Inc. names, tickers on the KOSPI and KOSDAQ, store
counts, idol groups and their albums, webtoon titles, product names with years and shades, hashtags, handles and
promo codes, Korean words glossed in brackets, survey and interview codes, and course and module codes.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} argues that {C}, which fits what {B} saw during Chuseok.",
    "{N} reports that {C}.",
    "{N} points out that {C} in the Korean market.",
    "{N} shows that {C}, especially among shoppers in their twenties.",
    "{N} suggests that {C}.",
    "{N} observed that {C}, although the sample was mostly in Seoul.",
    "{N} make a similar case: {C}.",
]  # fmt: skip

NARRATIVE_MID = [
    "As {N} explains, {C}.",
    "In the case of {B}, {N} found that {C}.",
    "For K-beauty brands, {N} notes that {C}.",
    "This is consistent with {N}, who argue that {C}.",
    "According to {N}, {C}.",
    "{O} {N} concluded that {C}.",
    "Looking at convenience stores, {N} report that {C}.",
    "Similar to what {N} describes, {C}, and {B} is no exception.",
]  # fmt: skip

POSSESSIVE = [
    "{N} survey of Olive Young members showed that {C}.",
    "{N} study confirms that {C}.",
    "{N} framework suggests that {C}, which is useful for {B}.",
    "Following {N} analysis, {C}.",
    "{N} interviews with brand managers in Pangyo found that {C}.",
]  # fmt: skip

PARENTHETICAL_END = [
    "{C} {P}.",
    "{O} {C} {P}.",
    "In Korea, {C} {P}.",
    "{C}, particularly after the pandemic {P}.",
    "For {B}, this matters because {C} {P}.",
    "Research also shows {C} {P}.",
    "It is widely accepted that {C} {P}.",
]  # fmt: skip

PARENTHETICAL_MID = [
    "{C} {P}, so {B} should review its CRM plan.",
    "Because {C} {P}, the campaign budget moves to short-form video.",
    "{C} {P}, which explains the shift to app-only offers.",
    "Some authors claim {C} {P}, but the evidence for Busan is weaker.",
    "{C} {P}; therefore the team recommends a pilot in Seongsu-dong.",
    "Although {C} {P}, {B} still spends most of its budget on TV.",
]  # fmt: skip

CLAIMS = [
    "Korean consumers compare prices across Coupang, Naver and offline stores before buying",
    "repeat purchase of skincare is driven by reviews more than by advertising",
    "fandom-driven buying makes album sales less sensitive to price",
    "convenience stores have become testing grounds for new food products",
    "private-label products at GS25 and CU now compete directly with national brands",
    "the MZ generation values experiences and limited editions over ownership",
    "membership programmes increase basket size but not always loyalty",
    "idol endorsements raise awareness quickly but the effect fades after the contract ends",
    "live commerce converts better than traditional online banners",
    "webtoon adaptations give studios a tested audience before production starts",
    "trust in influencer reviews falls when sponsorship is not clearly disclosed",
    "gift sets dominate food and beverage sales in the weeks before Chuseok and Seollal",
    "rapid delivery has changed what shoppers expect from every retailer",
    "consumers in Korea are more willing than most to share data for personalised offers",
    "department stores are turning floor space into experiences rather than selling space",
    "pop-up stores generate social content that outlasts the store itself",
    "K-food exports benefit from the popularity of Korean dramas abroad",
    "clean-beauty claims are increasingly checked by consumers using ingredient apps",
    "short-form video is now the main discovery channel for new cosmetics",
    "price promotions during Korea Sale FESTA shift demand rather than create it",
    "carmakers use cultural sponsorship to build brand image among younger drivers",
    "brand communities on Kakao and Naver cafés can act as an early warning system",
    "consent fatigue reduces the quality of first-party data",
    "overseas fans account for a growing share of entertainment company revenue",
]  # fmt: skip

OPENERS = [
    "In the Korean context,",
    "For the Olive Young channel,",
    "Since the pandemic,",
    "In 2023,",
    "At the same time,",
    "Looking at the beauty category,",
    "From a CRM perspective,",
    "Outside Seoul,",
]  # fmt: skip

PLAIN = [
    "This section looks at the internal and external environment of {B}.",
    "The recommendations below are prioritised by cost and speed of delivery.",
    "Our team in Pangyo tested three variants of the landing page.",
    "The results were shared with the brand manager before the final campaign plan.",
    "Budget figures are shown in Korean won unless stated otherwise.",
    "The analysis focuses on customers in their twenties and thirties.",
    "{B} has not yet published a clear position on this issue.",
    "I work in the CRM team, so some of the data is internal and has been anonymised.",
    "The next part of the report applies the 7Ps to the flagship store in Myeongdong.",
    "Competitors have moved faster on app-only promotions.",
]  # fmt: skip

QUOTE_FRAMES = [
    "As one study puts it, {Q} {P}.",
    "{N} describes the market as {Q}.",
    "The point is made clearly: {Q} {P}.",
    "{N} concludes that {Q}, which {B} should take seriously.",
    "{Q} {P}, and this applies to the Korean beauty sector.",
    "One author writes that {Q} {P}.",
]  # fmt: skip

SCARE_QUOTES = [
    "“glass skin”",
    "“K-culture”",
    "'value for money'",
    "“small luxury”",
    "‘fandom economy’",
    "\"gap-bi\" (value for money)",
    "“healthy pleasure”",
    "'omakase' retail",
    "“the Olive Young effect”",
    "“rocket” speed",
]  # fmt: skip

SCARE_FRAMES = [
    "Younger consumers talk about {Q} when they choose a brand {P}.",
    "The idea of {Q} is now used by almost every cosmetics brand {P}.",
    "{N} calls this {Q}, and the term is now common in marketing meetings.",
    "So-called {Q} is shaping how {B} designs its packaging {P}.",
    "{N} linked the growth of {Q} to social media.",
]  # fmt: skip

SUBJECT_LINES = [
    "“[Ad] Your Chuseok gift set is waiting 🎁”",
    "“Only 24 hours left: up to 70% off at Korea Sale FESTA”",
    "'Pepero Day special: buy 1 get 1 at {B}'",
    "“[광고] New shade drop — be the first to try”",
    "\"Your VIP coupon expires tonight\"",
    "“Seollal delivery cut-off: order by Friday”",
]  # fmt: skip

SUBJECT_FRAMES = [
    "Push notifications such as {Q} increase app opens {P}.",
    "A subject line like {Q} follows the advice given by {N}.",
    "The team tested {Q} against a plain version, following the approach in the literature {P}.",
    "Messages like {Q} must carry the [Ad] label under Korean law {P}.",
]  # fmt: skip

# Text that has capitals, years, brackets or quotation marks but cites nothing.
NOT_CITATIONS = {
    "won-figure": [
        "The Chuseok budget was KRW {won} million (about £{gbp},000).",
        "Average order value rose to ₩{wonk},000 in Q{q} {Y}.",
        "We set aside {won} million won (approx. US${usd},000) for paid social.",
    ],
    "exchange-rate": [
        "All figures use an exchange rate of 1 GBP = {fx} KRW (December {Y}).",
        "At {fx} won to the pound (the {Y} average) the budget is modest.",
    ],
    "act-number": [
        "The Personal Information Protection Act (Act No. 10465, 2011, amended 2023) requires separate consent for marketing messages.",
        "Under the Act on Fair Labeling and Advertising (Act No. 5814), comparative claims must be provable.",
        "The Information and Communications Network Act (Article 50) covers unsolicited advertising messages.",
    ],
    "regulator-rule": [
        "The KFTC guidelines on endorsements (revised {Y}) ask influencers to show “#광고” at the start of a post.",
        "MFDS rules on functional cosmetics (whitening, anti-wrinkle, UV) require approval before launch.",
        "Since the KFTC ruling in {Y}, “paid partnership” tags must appear in the first line.",
    ],
    "statistics-figure": [
        "KOSTAT's online shopping trend for {month} {Y} showed mobile at {pct}% of transactions.",
        "Statistics Korea (KOSTAT) puts single-person households at {pct}% in {Y}.",
    ],
    "agency-figure": [
        "KOCCA's Content Industry Survey ({Y}) lists webtoon revenue in the hundreds of billions of won.",
        "KTO recorded over {n},000 visitors from Japan in Q{q} {Y}.",
        "The KCA broadcasting ad expenditure figure for {Y} (KRW {won} billion) includes IPTV.",
    ],
    "holiday-campaign": [
        "The Chuseok {Y} campaign ran from 1 to {d} September.",
        "Seollal (Lunar New Year) sets went on sale in January {Y}.",
        "Pepero Day (11 November) is our biggest single day for snacks.",
    ],
    "shopping-festival": [
        "Korea Sale FESTA {Y} ran alongside Black Friday, so we merged the two campaigns.",
        "During the 11.11 event on Coupang and 11st, traffic doubled.",
        "For Black Friday {Y} the team tested two bundles (A: serum + toner, B: cushion + refill).",
    ],
    "company-suffix": [
        "CJ Olive Young Corporation (Olive Young) operates over 1,300 stores.",
        "HYBE Co., Ltd. and its labels (BIGHIT MUSIC, ADOR, Pledis) report separately.",
        "Coupang, Inc. is listed in New York, not in Seoul.",
    ],
    "ticker": [
        "Amorepacific (KRX: 090430) shares fell after the results.",
        "LG H&H (051900.KS) and Amorepacific (090430.KS) are the two benchmarks.",
        "Coupang (NYSE: CPNG) reported its first profitable year in 2023.",
    ],
    "chaebol-group": [
        "The Lotte Group (Lotte Shopping, Lotte Wellfood, Lotte Duty Free) shares one loyalty programme, L.POINT.",
        "CJ Group (CJ ENM, CJ CheilJedang, CJ Olive Young) is a useful case of cross-promotion.",
        "Shinsegae Group's SSG.COM and Emart compete with Coupang on groceries.",
    ],
    "store-count": [
        "GS25 opened {n} stores in {Y} alone, mostly franchises.",
        "CU (BGF Retail) now runs more than 17,000 stores nationwide.",
    ],
    "idol-album": [
        "The comeback album (released {d} March {Y}) sold over a million copies in its first week.",
        "SEVENTEEN's 'FML' (2023) and NewJeans' 'Get Up' (2023) both used pop-ups in Seongsu.",
        "The BTS 'Proof' (2022) anthology shows the power of physical albums.",
    ],
    "webtoon-title": [
        "Naver Webtoon's 'True Beauty' (2018 to 2021) later became a K-drama.",
        "Webtoons such as 'Solo Leveling' (2018) and 'Tower of God' (2010) have global audiences.",
    ],
    "drama-title": [
        "Product placement in 'Crash Landing on You' (tvN, 2019) boosted chicken sales.",
        "The Netflix series 'Squid Game' (2021) made dalgona candy a global trend.",
    ],
    "product-name": [
        "The Sulwhasoo First Care Activating Serum (6th generation) is the brand's hero product.",
        "Shin Ramyun Black (2011) was repositioned as a premium noodle.",
        "Laneige Lip Sleeping Mask (Berry, 20 g) remains the top seller.",
    ],
    "shade-code": [
        "Shade 21N (Vanilla) and 23N (Sand) together make up most cushion sales.",
        "The Rom&nd Juicy Lasting Tint (No. 06 Figfig) sold out in two days.",
    ],
    "model-year": [
        "The Hyundai IONIQ 5 (2021) and IONIQ 6 (2022) launches used different agencies.",
        "Kia's EV9 (2023) campaign targeted families rather than early adopters.",
    ],
    "hashtag": [
        "The hashtag #OOTD and #올리브영추천 were tracked for four weeks.",
        "UGC was collected with #GlassSkinChallenge{Y} on TikTok and Instagram.",
    ],
    "handle": [
        "The brand account (@{handle}) gained {n}k followers in {month}.",
        "Reels were cross-posted from @{handle} to YouTube Shorts.",
    ],
    "promo-code": [
        "The code OLIVE{Y} gave 15% off for first-time app users.",
        "Influencers used personal codes (e.g. MINJI10, SEOUL20) to track sales.",
    ],
    "korean-gloss": [
        "Many shoppers buy 'gap-bi' (가성비, value for money) products first.",
        "The idea of jeong (정, affection and loyalty) explains why customers stay.",
        "Nunchi (눈치) in service means staff read what customers need.",
    ],
    "romanised-term": [
        "The shift to 'honbap' (eating alone) changed how convenience stores package meals.",
        "Sikhye and yakgwa (traditional snacks) are back in fashion with the 'halmeoni-neur' (grandma-nial) trend.",
    ],
    "survey-code": [
        "Respondent R{n} (female, 27, Seoul) said she trusts Olive Young reviews more than ads.",
        "Question Q{q}b asked about intention to repurchase (1 = very unlikely, 7 = very likely).",
    ],
    "interview-code": [
        "Interviewee B{d} (brand manager, Amorepacific) described the approval process.",
        "In interview INT-0{q} (CRM lead, Musinsa), loyalty tiers were discussed.",
    ],
    "course-code": [
        "This assignment is for CIM Level 7 module 7MDM (Marketing and Digital Strategy), submitted {month} {Y}.",
        "Word count (excluding references and appendices): {n}0.",
        "Student ID: {sid} | Centre: Seoul (KR{q}02)",
    ],
    "appendix-ref": [
        "See Appendix {q} (customer persona, Ji-woo, 28).",
        "The full journey map is in Figure {q} (Appendix B).",
        "Table {q} (below) summarises the TOWS analysis.",
    ],
    "model-name": [
        "The PESTEL, Five Forces and Ansoff tools were used (see Appendix C).",
        "Using the SOSTAC planning model, objectives follow SMART criteria (Specific, Measurable, Achievable, Relevant, Time-bound).",
        "The AIDA model (Attention, Interest, Desire, Action) structures the funnel.",
    ],
    "award": [
        "The campaign won Gold at the Korea Advertising Awards {Y}.",
        "Cheil Worldwide was named Agency of the Year (Cannes Lions, {Y}).",
    ],
    "event-name": [
        "We exhibited at CPhI Korea and K-Beauty Expo {Y} (Kintex, Goyang).",
        "At MAMA {Y} (Mnet Asian Music Awards) the brand sponsored the red carpet.",
    ],
    "time-range": [
        "Fieldwork took place between {d} June and 30 June {Y}.",
        "Data cover {Y} to {Y2} (five quarters), before the price rise.",
    ],
    "percentage-bracket": [
        "Repurchase rate improved (from {pct}% to {pct2}%) after the app update.",
        "Open rates for Kakao Friend Talk messages were high ({pct}%, vs. {pct2}% for email).",
    ],
    "platform-feature": [
        "Kakao Talk Gift (선물하기) is a major channel for small gifts.",
        "Naver Smart Store (스마트스토어) and Coupang Rocket Growth were both tested.",
        "Coupang's WOW membership (KRW 7,890 per month) includes free returns.",
    ],
    "place-name": [
        "The pop-up was in Seongsu-dong (Seoul) for two weeks.",
        "Stores in Haeundae (Busan) and Songdo (Incheon) trade differently.",
        "Our office is in Pangyo Techno Valley (Seongnam, Gyeonggi-do).",
    ],
    "price-point": [
        "The set retails at ₩{wonk},900 (RRP) online.",
        "Triple-pack kimbap is priced at KRW 3,500 in CU stores.",
    ],
    "ingredient": [
        "The new toner uses centella asiatica (cica) and niacinamide (5%).",
        "Hero ingredients (snail mucin 92%, ginseng, rice water) are listed on the front.",
    ],
    "certification": [
        "The product has Vegan Society approval and EWG Verified (2022) status.",
        "All packs carry the HACCP mark and the K-Food label.",
    ],
    "media-platform": [
        "We used YouTube (Shorts), Instagram (Reels) and TikTok (Spark Ads).",
        "Naver (search ads), Kakao (Biz Board) and Toss (ads) were compared.",
    ],
    "version-number": [
        "The app (version {q}.{d}.0) added a skin-tone quiz.",
        "We moved from GA4 and Braze (2.0) to a new CDP in {Y}.",
    ],
    "brand-year": [
        "Since {Y}, Musinsa Standard has opened stores in Hongdae and Gangnam.",
        "Founded in 1965, Nongshim is still family-run.",
        "Jinro (1924) is often described as the world's best-selling spirit.",
    ],
    "kpi-label": [
        "KPI 3 (ROAS) target: 400% by Q{q}.",
        "CTR (click-through rate) and CVR (conversion rate) are reported weekly.",
    ],
    "quarter-label": [
        "Q{q} {Y} results will be shared at the next QBR.",
        "FY{Y} (January to December) targets were set in November.",
    ],
}  # fmt: skip

BRANDS = ["Amorepacific", "Sulwhasoo", "Laneige", "Innisfree", "LG H&H", "The Whoo", "Olive Young", "HYBE",
          "SM Entertainment", "JYP Entertainment", "Naver Webtoon", "Kakao", "Coupang", "Musinsa", "Lotte Shopping",
          "Shinsegae", "GS25", "CU", "Nongshim", "Orion", "Hite Jinro", "CJ CheilJedang", "Bibigo", "Hyundai Motor",
          "Samsung Electronics", "Baemin", "Kurly", "Emart", "Paris Baguette", "Rom&nd", "COSRX", "Dr.Jart+"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    pct = rng.randint(12, 68)
    return {
        "won": str(rng.randint(15, 950)),
        "wonk": str(rng.randint(12, 89)),
        "gbp": str(rng.randint(9, 550)),
        "usd": str(rng.randint(11, 700)),
        "fx": f"1,{rng.randint(580, 790)}",
        "pct": str(pct),
        "pct2": str(pct + rng.randint(2, 20)),
        "month": rng.choice(["March", "June", "September", "November", "December"]),
        "handle": rng.choice(["oliveyoung_global", "laneige_kr", "musinsa.official", "gs25_official", "nongshim_usa"]),
        "sid": f"KR{rng.randint(100000, 999999)}",
    }
