"""Prose for the thirty-fourth held-out pool, "blind34": sentence frames, claims, decoys and brands.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a thirty-fourth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, CRM and
e-commerce marketers at luxury houses, fashion retailers and beauty brands in Paris, Milan, London, Seoul, Tokyo,
Shanghai, Hong Kong and Dubai write on CIM and postgraduate courses in English: seasons and collections (SS24, AW23,
Resort 2025), fashion weeks and couture shows with their years, collaborations and capsules, K-beauty and J-beauty
launches, fragrance and skincare product names with their sizes, prices in euros, won, yen, yuan, dirhams and Hong
Kong dollars, Tmall, Xiaohongshu and Douyin campaigns, resale and rental, founding dates, tickers, financial years,
regulation numbers, exhibitions, films and dramas with their years, ambassadors and creative directors' tenures.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} argue that {C}.",
    "{N} found that {C}, which is exactly the tension {B} faces in {city}.",
    "{N} showed that {C}, although their sample was drawn only from shoppers in {city}.",
    "{N} describe how {C}.",
    "{N} warn that {C}, and this is a real risk for the {season} launch.",
    "{N} observed that {C} among high-net-worth clients.",
    "{N} make the case that {C}.",
    "{N} concluded that {C}; I saw the same pattern in our boutique in {city}.",
    "{N} reported that {C} across {n} clienteling conversations.",
    "{N} question whether {C}.",
    "{N} suggest that {C}, particularly for {A}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} explain, {C}.",
    "According to {N}, {C}.",
    "{C}, as {N} point out.",
    "This is consistent with {N}, who found that {C}.",
    "In the context of {city}, {N} note that {C}.",
    "For a maison like {B}, the lesson from {N} is that {C}.",
    "{C}, a finding that {N} also report for the Chinese market.",
    "Building on {N}, I would argue that {C}.",
    "Our CRM team in {city} has taken on board the advice of {N} that {C}.",
    "Unlike the mass market, where {C2}, luxury behaves differently: {N} show that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of clients in {city} found that {C}.",
    "{N} framework helps explain why {C}.",
    "Applying {N} model to {B}, {C}.",
    "{N} research on {A} suggests that {C}.",
    "{N} work is useful here, because {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "Research suggests that {C} {P}.",
    "It is well established that {C} {P}.",
    "In beauty especially, {C} {P}.",
    "For houses selling in {city}, {C} {P}.",
    "{C}, and this holds in both Europe and Asia {P}.",
    "Evidence from the Chinese market points the same way: {C} {P}.",
    "{C} {P:see}.",
    "{C} {P:see also}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, although {C2}.",
    "{C} {P}, while {C2}.",
    "{C} {P}; at the same time, {C2}.",
    "Even if {C} {P}, it is also true that {C2}.",
    "{C} {P} and, in our experience at {B}, {C2}.",
]  # fmt: skip
CLAIMS = [
    "scarcity increases desirability more than discounting ever could",
    "heritage storytelling justifies price increases in the eyes of {A}",
    "clienteling through WeChat and KakaoTalk lifts repeat purchase among top clients",
    "{A} increasingly buy their first luxury item through resale platforms",
    "K-beauty brands win trial through texture, packaging and price rather than heritage",
    "fragrance acts as an entry point into the luxury universe for {A}",
    "quiet luxury rewards craftsmanship over visible logos",
    "collaborations create short-term buzz but can dilute a house's codes",
    "Xiaohongshu reviews now shape purchase decisions before {A} ever visit a boutique",
    "luxury houses that discount online damage their brand equity",
    "sustainability claims in fashion are met with growing scepticism by {A}",
    "the top two per cent of clients generate around a third of a maison's sales",
    "rental and resale extend a garment's life without cannibalising full-price sales",
    "ambassadors from K-pop deliver unusually high earned media value for beauty launches",
    "travel retail in Hainan and Dubai has become a key channel for prestige skincare",
    "{T} strengthens {R} among {A}",
    "Gen Z shoppers expect a brand's values to match their own",
    "a consistent boutique experience across {city} and Paris is central to perceived value",
    "price increases have so far had little effect on demand for iconic handbags",
    "J-beauty is positioned around ritual, efficacy and understatement rather than trends",
    "dupes on TikTok undermine the exclusivity that prestige beauty depends on",
    "live-stream selling on Douyin works better for masstige than for true luxury",
    "personalised CRM journeys raise the lifetime value of {A}",
    "a strong digital flagship on Tmall signals legitimacy to Chinese consumers",
    "experiential retail, from cafés to exhibitions, keeps {A} returning to stores",
]  # fmt: skip
OPENERS = [
    "However",
    "In luxury",
    "For {B}",
    "In practice",
    "More recently",
    "In the Middle East",
    "In mainland China",
    "By contrast",
    "Since the pandemic",
    "Within prestige beauty",
    "At the same time",
]  # fmt: skip
PLAIN = [
    "{B} sells through its own boutiques, selected department stores and its Tmall flagship.",
    "This report focuses on the CRM programme for top clients in {city}.",
    "I work as a CRM executive for a beauty brand and drew on my own experience where relevant.",
    "The client base is split into four tiers according to annual spend.",
    "The recommendations below are costed for the next financial year.",
    "{O}, {C}.",
    "Appendix C sets out the full campaign calendar for the season.",
    "The brand currently has no presence on Xiaohongshu, which is a significant gap.",
    "Store teams in {city} were interviewed informally during a visit last month.",
    "Each recommendation is linked to a measurable objective in the next section.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one author puts it, {Q} {P}.",
    "{N} put it plainly: {Q}.",
    "The point is captured well in the claim that {Q} {P}.",
    "{O}, {Q} {P}.",
    "{N} argue that {Q}, a view that fits {B} closely.",
    "Luxury, in other words, is about meaning as much as product: {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = [
    "quiet luxury",
    "dupe",
    "glass skin",
    "clean girl",
    "masstige",
    "stealth wealth",
    "newness",
    "Instagrammable",
    "mob wife",
    "skinimalism",
    "old money",
    "drop",
]  # fmt: skip
SCARE_FRAMES = [
    "The so-called “{Q}” aesthetic has been discussed widely {P}.",
    "The term '{Q}' is used loosely in the trade press {P}.",
    "{N} treat ‘{Q}’ as a consumer trend rather than a strategy.",
    "What TikTok calls \"{Q}\" is arguably nothing new {P}.",
    "Brands have rushed to label products as ‘{Q}’ {P}.",
]  # fmt: skip
SUBJECT_LINES = [
    "Your private appointment awaits",
    "An invitation to preview the {season} collection",
    "Discover the new {prod}",
    "Exclusively for you: early access",
    "The gift of {prod}",
    "Last chance: complimentary engraving",
    "Meet the artisans",
    "Your skin ritual, refined",
]  # fmt: skip
SUBJECT_FRAMES = [
    "The email subject line “{Q}” follows the personalised tone recommended for top clients {P}.",
    "A subject line such as '{Q}' reflects the exclusivity cues {N} describe.",
    "Our push notification read \"{Q}\", in line with advice on luxury tone of voice {P}.",
    "The WeChat message headline ‘{Q}’ was tested against a plainer version {P}.",
]  # fmt: skip

NOT_CITATIONS: dict[str, list[str]] = {
    "season-code": [
        "The {season} collection was presented to buyers in a closed showroom.",
        "Sell-through on the {season} outerwear drop reached {pct}% in the first four weeks (internal data).",
        "Pre-orders for {season} (capsule, 14 pieces) opened to VICs before the public launch.",
    ],
    "fashion-week": [
        "The show at {fw} (February {yr}) was live-streamed on Weibo and YouTube.",
        "{B} returned to {fw} in {yr} after a two-season absence.",
        "Front-row seating at {fw} {yr} was allocated largely to Korean and Thai ambassadors.",
    ],
    "couture-week": [
        "The Haute Couture Spring-Summer {yr} show took place at the Musée Rodin.",
        "Couture Week (Paris, July {yr}) remains the house's most important image moment.",
    ],
    "price-euro": [
        "The bag retails at €{eur} (around £{gbp}) in France.",
        "Entry price points start at €{small} for a lipstick refill (3.5 g).",
    ],
    "price-won": [
        "The serum launched at ₩{won} (50 ml) on Olive Young and Coupang.",
        "A cushion compact refill costs ₩{wonsmall} (15 g), far below the Western equivalent.",
    ],
    "price-yen": [
        "In Japan the lotion sells for ¥{yen} (tax incl.) at Isetan Shinjuku.",
        "The limited Sakura edition was priced at ¥{yen} (150 ml) and sold out within days.",
    ],
    "price-yuan": [
        "On Tmall the gift set was listed at ¥{yuan} (RMB), with a free sample for members.",
        "The 11.11 bundle (RMB {yuan}) included three travel sizes and a pouch.",
    ],
    "price-gulf-hk": [
        "In The Dubai Mall the fragrance is sold at AED {aed} (100 ml EDP).",
        "Hong Kong prices (HK$ {hkd}) remain lower than in mainland China.",
    ],
    "product-size": [
        "{prod} (50 ml) is the brand's best-selling SKU in the region.",
        "The new {prod} Eau de Parfum (100 ml, 18% concentration) launched in {month}.",
    ],
    "collab": [
        "The {collab} capsule ({yr}) sold out online in under an hour.",
        "Resale prices for {collab} pieces reached three times retail on StockX.",
    ],
    "founding-year": [
        "{house} (founded {founded}) still presents itself as a family-run maison.",
        "Established in {founded}, {house} now operates more than 400 boutiques worldwide.",
        "{house} (est. {founded}) celebrates its anniversary with a travelling exhibition.",
    ],
    "ticker": [
        "{listed} shares fell {pct}% on the day of the half-year results.",
        "Investors compared {listed} with its peers after the profit warning.",
    ],
    "financial-year": [
        "Group revenue for FY{yr} was €{bn}bn, up {pct}% on a like-for-like basis.",
        "In H1 {yr} the Fashion & Leather Goods division grew {pct}% organically.",
        "Fiscal {yr} (year to 31 March) was a record year for the Japanese business.",
    ],
    "quarter": [
        "Sales in Asia Pacific fell {pct}% in Q{q} {yr} (reported basis).",
        "Q{q} {yr} trading was held back by weaker demand in Greater China.",
    ],
    "shopping-festival": [
        "Singles' Day (11.11) {yr} was quieter for luxury than in previous years.",
        "The 618 festival ({yr}) is now as important for beauty as 11.11 on Tmall.",
        "White Day (14 March) and Pepero Day (11 November) drive gifting in Korea.",
    ],
    "platform-campaign": [
        "The Tmall Super Brand Day ({month} {yr}) generated the brand's highest daily GMV.",
        "The Xiaohongshu (RED) seeding campaign involved {n} KOCs over six weeks.",
        "Douyin live-streams (Sundays, 20:00 CST) now generate a fifth of online sales.",
    ],
    "handle": [
        "The brand's Instagram account (@{handle}) has {k}k followers.",
        "Content from @{handle} was reposted by the house's global account.",
    ],
    "hashtag": [
        "The #{tag} challenge reached {n} million views on TikTok in a fortnight.",
        "User content tagged #{tag} was curated into the product pages.",
    ],
    "ambassador": [
        "The house signed a K-pop idol as global ambassador (since {yr}).",
        "Its Middle East ambassador (appointed {month} {yr}) has 12 million followers.",
    ],
    "creative-director": [
        "Under its previous creative director ({yr}–{yr2}) the brand leaned heavily on logos.",
        "The appointment of a new Creative Director (announced {month} {yr}) reset the brand's codes.",
    ],
    "exhibition": [
        "The exhibition Christian Dior: Designer of Dreams (V&A, 2019) drew record visitor numbers.",
        "Chanel's Gabrielle Chanel: Fashion Manifesto (V&A, 2023–24) was a cultural event in London.",
        "Louis Vuitton's Volez, Voguez, Voyagez (Tokyo, 2016) toured several Asian cities.",
    ],
    "film-series": [
        "Product placement in Emily in Paris (Netflix, 2020–) boosted searches for several brands.",
        "The drama Crash Landing on You (2019–20) made a number of Korean cosmetics famous overseas.",
        "After Barbie (2023), pink became the colour of the season.",
    ],
    "generation": [
        "Gen Z (born 1997–2012) now accounts for a growing share of luxury spending.",
        "Millennials (born 1981–1996) remain the core clientele for leather goods.",
    ],
    "survey-sample": [
        "Our client survey (n = {n}, {month} {yr}) showed strong interest in repairs.",
        "Responses were collected through WeChat and email (n={n}).",
    ],
    "interviewee": [
        "One boutique manager (Interviewee 3, {city}) described top clients as friends of the house.",
        "A CRM specialist (Participant B, e-commerce team) said that segmentation was still manual.",
    ],
    "figure-table": [
        "The client pyramid is shown in Figure {q} (see Appendix B).",
        "Table {q} summarises the channel mix by region (2022–{yr}).",
    ],
    "spf-rating": [
        "The sun cream is rated SPF 50+ PA++++ for the Korean and Japanese markets.",
        "The tinted fluid (SPF 30) was reformulated for the European market.",
    ],
    "ingredient": [
        "The serum combines niacinamide (5%) with a ginseng extract.",
        "Retinal (0.1%) replaced retinol in the reformulated night cream.",
    ],
    "eu-regulation": [
        "Labelling follows Regulation (EC) No 1223/2009 and its annexes on fragrance allergens.",
        "The brand is preparing for the EU's Ecodesign for Sustainable Products Regulation (ESPR) and its ban on destroying unsold textiles.",
    ],
    "korean-rule": [
        "Functional cosmetics in Korea require approval from the MFDS (Ministry of Food and Drug Safety).",
        "Under Korean rules, a whitening claim must be registered as a functional product (Article 4).",
    ],
    "asa-code": [
        "Influencer posts must be labelled #ad under the CAP Code (Rule 2.1).",
        "The ad was found to breach the CAP Code (Edition 12) on misleading claims.",
    ],
    "legal-case": [
        "Trade mark disputes such as Louboutin v Van Haren (C-163/16) shaped how brands protect colour.",
        "The case Hermès v eBay (Paris, 2008) is still discussed in counterfeiting debates.",
    ],
    "trademark": [
        "The monogram is registered as an EU trade mark (EUTM No. {tm}).",
        "The name was registered in China (Class 3) well before the brand entered the market.",
    ],
    "ranking": [
        "{house} ranked {rank} in Interbrand's Best Global Brands {yr}.",
        "The brand topped the Lyst Index (Q{q} {yr}) for the first time.",
    ],
    "award": [
        "The scent won at the Fragrance Foundation Awards {yr} (UK).",
        "The launch was named Best Skincare Innovation at the Cosmoprof Asia {yr} awards.",
    ],
    "store-opening": [
        "The flagship on Avenue Montaigne reopened in {month} {yr} after renovation.",
        "A new boutique in Dubai Hills Mall (opened {yr}) targets residents rather than tourists.",
        "The Seongsu-dong pop-up (Seoul, six weeks) attracted queues every weekend.",
    ],
    "time-zone": [
        "The drop went live at 10:00 KST (02:00 GMT) to suit the Korean fan base.",
        "Live-streams start at 20:00 CST (13:00 CET), which suits the Paris team.",
    ],
    "currency-rate": [
        "Prices are converted at the rates on 30 June {yr} (€1 = £0.85).",
        "All figures are in euros unless stated (rates as at {month} {yr}).",
    ],
    "pantone": [
        "Pantone's Colour of the Year {yr} appeared across the spring visuals.",
        "The packaging uses Pantone 13-1023 (Peach Fuzz) for the limited edition.",
    ],
    "sizing": [
        "The loafers run small, so customers are advised to size up (EU 38 / UK 5).",
        "The ready-to-wear size range was extended to IT 50 (UK 18) in {yr}.",
    ],
    "acronym-expansion": [
        "Very Important Clients (VICs) receive a dedicated client advisor.",
        "Key Opinion Leaders (KOLs) and Key Opinion Consumers (KOCs) play different roles in the funnel.",
        "Direct-to-Consumer (DTC) sales now exceed wholesale for the group.",
    ],
    "course-unit": [
        "This report responds to the CIM Level 7 module Marketing and Digital Strategy (Assignment 2).",
        "Word count: {wc} (excluding tables and appendices).",
    ],
    "role-dates": [
        "My role as CRM Executive at a department store (2021–present) informs this analysis.",
        "Before joining {B} I worked in e-commerce at a beauty retailer (2018–2021).",
    ],
    "order-number": [
        "The test order (#{order}) was delivered in a branded box with a handwritten card.",
        "The return was logged as RMA {order} and refunded within five days.",
    ],
    "tagline": [
        "The slogan “Because You're Worth It” has been in use since 1971.",
        "The campaign line 'Impossible Is Nothing' is often misattributed to luxury brands.",
    ],
    "resale-platform": [
        "Vestiaire Collective (Paris, founded 2009) authenticates items before shipping.",
        "The RealReal (NASDAQ: REAL) reported weaker demand for entry-level bags.",
    ],
    "vintage-year": [
        "The 2012 vintage (Cuvée Prestige) was released as a limited edition for clients.",
        "A 1990s archive piece (the saddle bag) was reissued in {yr}.",
    ],
    "event-date": [
        "The Met Gala ({month} {yr}) generated the season's highest media impact value.",
        "The launch dinner (Shanghai, {d} {month}) was attended by {n} guests.",
    ],
}  # fmt: skip

BRANDS = ["Chanel", "Dior", "Louis Vuitton", "Hermès", "Gucci", "Prada", "Bottega Veneta", "Saint Laurent",
          "Burberry", "Mulberry", "Loewe", "Miu Miu", "Valentino", "Moncler", "Jacquemus", "Sulwhasoo",
          "Laneige", "Innisfree", "Shiseido", "Clé de Peau Beauté", "SK-II", "Tatcha", "Guerlain", "Lancôme",
          "La Mer", "Charlotte Tilbury", "Huda Beauty", "Net-a-Porter", "Farfetch", "Selfridges", "Harrods",
          "Galeries Lafayette", "Lane Crawford", "Level Shoes", "Ounass", "Vestiaire Collective", "Olive Young",
          "Diptyque", "Le Labo", "Jo Malone London", "Acqua di Parma", "Amouage", "Gentle Monster", "Ader Error",
          "Sandro", "Maje", "COS", "Max Mara", "Tod's", "Issey Miyake"]  # fmt: skip

_CITIES = ["Paris", "Milan", "London", "Seoul", "Tokyo", "Shanghai", "Hong Kong", "Dubai", "Beijing", "Osaka",
           "Riyadh", "Doha", "Busan", "Chengdu", "Macau"]  # fmt: skip
_SEASONS = ["SS24", "AW23", "FW24", "Resort 2025", "Cruise 2024", "Pre-Fall 2024", "SS25", "AW24", "Holiday 2023",
            "Spring/Summer 2025", "Autumn/Winter 2024-25", "Pre-Spring 2025"]  # fmt: skip
_WEEKS = ["Paris Fashion Week", "Milan Fashion Week", "London Fashion Week", "Seoul Fashion Week",
          "Shanghai Fashion Week", "Tokyo Fashion Week", "Arab Fashion Week"]  # fmt: skip
_PRODUCTS = ["Advanced Night Repair", "Génifique", "First Care Activating Serum", "Water Sleeping Mask",
             "Ultimune", "Facial Treatment Essence", "Crème de la Mer", "Magic Cream", "Abeille Royale", "Rouge Dior",
             "Black Opium", "Baccarat Rouge 540", "Miss Dior", "Libre", "Bleu de Chanel", "N°5", "Coco Mademoiselle",
             "Cica Sleeping Mask", "Concentrated Ginseng Renewing Serum", "Lip Sleeping Mask"]  # fmt: skip
_COLLABS = ["Louis Vuitton x Yayoi Kusama", "Gucci x adidas", "Fendi x Skims", "Moncler x Palm Angels",
            "Prada x adidas", "Dior x Sacai", "Loewe x Studio Ghibli", "Jacquemus x Nike", "Tiffany & Co. x Supreme",
            "Balenciaga x Gucci", "Ader Error x Maison Kitsuné", "Gentle Monster x Jennie"]  # fmt: skip
_HOUSES = [("Hermès", "1837"), ("Louis Vuitton", "1854"), ("Chanel", "1910"), ("Prada", "1913"), ("Gucci", "1921"),
           ("Dior", "1946"), ("Shiseido", "1872"), ("Amorepacific", "1945"), ("Burberry", "1856"),
           ("Guerlain", "1828"), ("Mulberry", "1971"), ("Bottega Veneta", "1966"), ("Loewe", "1846"),
           ("Sulwhasoo", "1966"), ("Kosé", "1946"), ("Cartier", "1847"), ("Bulgari", "1884")]  # fmt: skip
_LISTED = ["LVMH (EPA: MC)", "Kering (KER.PA)", "Hermès (RMS)", "Prada (1913.HK)", "Burberry (LSE: BRBY)",
           "Shiseido (TYO: 4911)", "Amorepacific (KRX: 090430)", "Richemont (SIX: CFR)", "Moncler (BIT: MONC)",
           "L'Oréal (EPA: OR)", "Brunello Cucinelli (BC.MI)", "Tapestry (NYSE: TPR)"]  # fmt: skip
_HANDLES = ["sulwhasoo.official", "diorbeauty", "laneige_kr", "chanel.beauty", "jacquemus", "tatcha",
            "hudabeauty", "oliveyoung_global", "harrods", "ounass", "gentlemonster", "leelabo"]  # fmt: skip
_TAGS = ["QuietLuxury", "GlassSkin", "DiorLipGlowChallenge", "KBeautyRoutine", "GRWM", "PerfumeTok",
         "SkinCycling", "OldMoney", "LuxuryHaul", "RepurposedLuxury"]  # fmt: skip
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "September", "October", "November",
           "December"]  # fmt: skip
_RANKS = ["1st", "3rd", "7th", "12th", "19th", "24th", "38th", "No. 4", "No. 16"]


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the builder's common ones."""
    house, founded = rng.choice(_HOUSES)
    yr = rng.randint(2015, 2025)
    eur = rng.randint(9, 68) * 100 + rng.choice([0, 50])
    return {
        "city": rng.choice(_CITIES), "season": rng.choice(_SEASONS), "fw": rng.choice(_WEEKS),
        "yr": str(yr), "yr2": str(yr + rng.randint(2, 8)), "month": rng.choice(_MONTHS),
        "eur": f"{eur:,}", "gbp": f"{int(eur * 0.86):,}", "small": str(rng.randint(28, 65)),
        "won": f"{rng.randint(28, 420) * 1000:,}", "wonsmall": f"{rng.randint(18, 48) * 1000:,}",
        "yen": f"{rng.randint(33, 880) * 100:,}", "yuan": f"{rng.randint(49, 5800):,}",
        "aed": f"{rng.randint(28, 190) * 10:,}", "hkd": f"{rng.randint(45, 3200) * 10:,}",
        "prod": rng.choice(_PRODUCTS), "collab": rng.choice(_COLLABS), "house": house, "founded": founded,
        "listed": rng.choice(_LISTED), "pct": str(rng.randint(2, 38)), "bn": f"{rng.randint(15, 870) / 10:.1f}",
        "handle": rng.choice(_HANDLES), "tag": rng.choice(_TAGS), "k": str(rng.randint(12, 980)),
        "rank": rng.choice(_RANKS), "tm": str(rng.randint(10**7, 10**8 - 1)), "wc": f"{rng.randint(2800, 4400):,}",
        "order": f"{rng.choice(['LV', 'DR', 'HR', 'SF'])}{rng.randint(10**6, 10**7 - 1)}",
    }  # fmt: skip
