"""Prose for the ninety-sixth held-out pool, "blind96": its sentence frames, claims, brands and decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a ninety-sixth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, trade, CRM,
digital, destination and communications marketers in Kazakhstan, Uzbekistan, Kyrgyzstan and Mongolia write: at
Kaspi.kz, Halyk, Freedom, Kcell, Beeline, Kazakhtelecom, Magnum, Air Astana, Uzum, Ucell, Kapitalbank, Artel,
Korzinka, Mbank, Megacom, Khan Bank, Golomt, Unitel, MIAT, APU, Nomin and Gobi, in mining companies' community teams,
hotel groups, tourism boards and agencies in Almaty, Astana, Shymkent, Tashkent, Samarkand, Bukhara, Bishkek, Osh and
Ulaanbaatar, on CIM Level 6 and 7 courses and MBAs taught in English. Their text is full of laws and decrees with
their numbers and dates, tenge, som and tögrög figures with conversions in brackets, legal forms in brackets after a
brand, stock tickers, Kazakh, Uzbek, Kyrgyz, Mongolian and Russian words glossed in English, campaign names and
slogans in quotation marks, festival dates (Nauryz, Naadam, Tsagaan Sar, Ramadan, 1 September, Novy God, 11.11),
survey waves and sample sizes, store and branch counts, tariffs, promo codes, hashtags and Telegram channels,
appendix and figure references, and colleagues named with their years in post: capitals, years, brackets and
quotation marks that cite nothing.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

# ---------------------------------------------------------------------------------------------- citing frames
NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} argued that {C}.",
    "{N} showed that {C}, which {B} should take seriously.",
    "{N} reported that {C}.",
    "{N} observed that in {city} {C}.",
    "{N} concluded that {C}, at least for {A}.",
    "{N} made a similar point: {C}.",
    "{N} found, in a survey of {n} respondents, that {C}.",
    "{N} suggested that {C}; this matters for the {festival} campaign.",
    "{N} noted that {C}, although the evidence from {country} is thinner.",
]  # fmt: skip
NARRATIVE_MID = [
    "{O} {N} found that {C}.",
    "{O} {N} argued that {C}.",
    "For {B}, the key finding of {N} is that {C}.",
    "This is consistent with the findings of {N}: {C}.",
    "Building on {N}, this report assumes that {C}.",
    "In {country}, as {N} showed, {C}.",
    "A useful lens here is {N}, which suggests that {C}.",
    "Our team in {city} took the view, following {N}, that {C}.",
    "{O} the evidence in {N} suggests that {C}.",
    "The brand audit draws on {N} to argue that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {A} in {city} suggests that {C}.",
    "{N} model explains why {C}.",
    "{O} {N} findings imply that {C}.",
    "According to {N} framework, {C}.",
    "{N} survey of {country} households shows that {C}.",
    "{N} analysis of the {festival} season suggests that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O} {C} {P}.",
    "In {country}, {C} {P}.",
    "It is widely accepted that {C} {P}.",
    "Evidence from {city} suggests that {C} {P}.",
    "For {B}, {C} {P}.",
    "Research on {A} shows that {C} {P}.",
    "Since the {festival} campaign, {C} {P}.",
    "As the brand team in {city} found, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{O} {C} {P}, so {B} must respond.",
    "Because {C} {P}, the plan for {country} starts with {A}.",
    "Although {C} {P}, {C2}.",
    "{C} {P}; in {city}, {C2}.",
    "The fact that {C} {P} explains the {pct} uplift {B} saw.",
    "Given that {C} {P}, the {festival} budget of {tenge} is reallocated.",
]  # fmt: skip
CLAIMS = [
    "customers in Central Asia trust super-apps more than standalone bank apps",
    "instalment offers drive basket size more than price cuts",
    "bazaar shoppers switch to supermarkets when card payments are easy",
    "younger consumers in {city} expect to pay by QR code",
    "Kazakh-language advertising builds more trust outside Almaty and Astana",
    "trilingual packaging signals quality to urban shoppers",
    "loyalty cashback changes where families do their weekly shop",
    "mobile data bundles are bought on price but kept for coverage",
    "{B} gains more from word of mouth than from paid media",
    "festival campaigns lift awareness but rarely lift long-term preference",
    "destination image is shaped by social media before a visitor books",
    "Silk Road heritage is a stronger draw for European tourists than for domestic ones",
    "mining companies earn a social licence through local hiring rather than advertising",
    "community trust in a mining town falls quickly after an environmental incident",
    "halal certification matters to most shoppers in Uzbekistan and Kyrgyzstan",
    "country of origin still shapes how dairy brands are judged",
    "Russian-language media remain the main channel for reaching older consumers",
    "Telegram channels reach more decision-makers than Facebook in Uzbekistan",
    "price perception dominates brand choice when inflation is high",
    "remittance users adopt digital wallets faster than other customers",
    "airline loyalty members are less price sensitive than occasional flyers",
    "cashmere buyers pay a premium for traceable origin",
    "service quality in hotels drives repeat visits more than room rates",
    "consumer ethnocentrism favours local dairy and beverage brands",
    "influencers on Instagram are trusted more than celebrities by {A}",
    "personalised push notifications lift repeat purchase",
    "small businesses adopt marketplace selling once delivery is reliable",
    "customer experience in branches still shapes how a digital bank is judged",
    "how quickly complaints are answered shapes the {R} of {A}",
    "{T} works best when it is written in the customer's first language",
    "brand heritage from the Soviet period still carries weight with older buyers",
    "women entrepreneurs respond strongly to microcredit offers framed around family",
]  # fmt: skip
OPENERS = [
    "In the Kazakh retail banking market,",
    "For a fintech super-app,",
    "In Uzbekistan's fast-growing e-commerce sector,",
    "Among dairy and beverage brands,",
    "In mining regions such as the South Gobi,",
    "For destination marketers in Samarkand and Bukhara,",
    "In Kyrgyzstan's telecoms market,",
    "Since the pandemic,",
    "From a CRM perspective,",
    "In Mongolia's consumer market,",
    "For {B},",
    "Turning to the wider literature,",
    "In emerging markets generally,",
]  # fmt: skip
PLAIN = [
    "This section applies the theory to {B}'s position in {country}.",
    "The recommendations below are costed in tenge and phased over eighteen months.",
    "Table 2 summarises the segmentation used in the rest of the report.",
    "The next part turns from analysis to recommendations.",
    "Our own store data cannot be shared, so the figures below are rounded.",
    "The campaign has three phases: awareness, trial and retention.",
    "Both options were discussed with the regional sales team in {city}.",
    "The brand team meets weekly to review these measures.",
    "This matters because {B} is entering a crowded market.",
    "The options are compared against cost, risk and fit with the brand.",
    "A pilot in two regions is proposed before a national roll-out.",
    "The findings are summarised in the SWOT analysis that follows.",
    "Budget approval is needed from the management board before the end of the quarter.",
    "The approach is tested first with {A} in {city}.",
    "Each recommendation is linked to a KPI in the measurement plan.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{N} put it plainly: {Q}.",
    "As one study of Central Asian banks concludes, {Q} {P}.",
    "The point is made directly: {Q} {P}.",
    "{N} went further, arguing that {Q}.",
    "One author describes the market this way: {Q} {P}.",
    "{Q} {P}; this is exactly what {B} faces in {city}.",
    "The warning is clear, {Q} {P}, and it applies to {B}.",
]  # fmt: skip
SCARE_QUOTES = [
    "super-app", "red button", "cashless society", "New Uzbekistan", "Kaspi effect", "Digital Kazakhstan",
    "bazaar mentality", "social licence", "Nomad brand", "Silk Road", "instalment economy", "local hero",
    "Open Mongolia", "smart tourism", "premium for the people",
]  # fmt: skip
SCARE_FRAMES = [
    "The so-called “{Q}” model is well documented {P}.",
    "What managers call the \"{Q}\" is really a bundle of services {P}.",
    "{N} treated the “{Q}” idea with some caution.",
    "Talk of a ‘{Q}’ should be read carefully {P}.",
    "The \"{Q}\" label, as {N} noted, hides large regional differences.",
]  # fmt: skip
SUBJECT_LINES = [
    "Nauryz qutty bolsyn! 0-0-12 on everything", "Your Kaspi Red limit has grown", "Naadam fares from ₮390,000",
    "Tsagaan Sar gift sets: order today", "Back to school with 0% instalments", "11.11: your cart is waiting",
    "Ramazon muborak! Special offers inside", "Novy God is coming: gifts for the whole family",
    "Black Friday starts now", "Your bonus points expire on 31 December", "Fly to Samarkand this weekend",
    "Double cashback at Magnum this Friday",
]  # fmt: skip
SUBJECT_FRAMES = [
    "A push notification reading “{Q}” lifted opens in the test, as {N} would predict.",
    "The subject line \"{Q}\" beat the control, which fits the evidence on urgency {P}.",
    "Our Telegram post “{Q}” drew the most replies, in line with {N}.",
    "The SMS \"{Q}\" was sent to {n} thousand customers, echoing the approach described {P}.",
]  # fmt: skip

# ---------------------------------------------------------------------------------------------- decoys
# Text that has capitals, years, brackets or quotation marks but cites nothing.
NOT_CITATIONS: dict[str, list[str]] = {
    "personal-data-law": [
        "Consent is collected under Law No. 94-V on Personal Data and its Protection (21 May 2013), so every form carries a tick box.",
        "Uzbekistan's Law No. ZRU-547 on Personal Data (2019) requires the database of Uzbek citizens to be stored in the country.",
        "Kyrgyz Law No. 58 on Personal Information (2008) and Mongolia's Law on Protection of Personal Information (2021) both apply to the regional CRM.",
    ],
    "advertising-law": [
        "The Law on Advertising of 19 December 2003 No. 508 limits how credit offers are shown on outdoor boards.",
        "Article 21 of the Law on Advertising (as amended in {yr0}) requires the full annual effective rate in the same font size.",
        "Under the new Law on Advertising (ZRU-1035, 2024), all outdoor copy must include Uzbek text.",
    ],
    "presidential-decree": [
        "Decree UP-60 (28 January 2022) set the targets of the New Uzbekistan Development Strategy for 2022-2026.",
        "The President's Decree No. {n} of {d} March {yr0} opened the market to foreign payment providers.",
        "Presidential Decree PF-6079 (October 2020) launched the Digital Uzbekistan 2030 programme.",
    ],
    "ministry-order": [
        "Order No. {n} of the Minister of Trade and Integration ({d} April {yr0}) sets the rules for loyalty-card discounts.",
        "The Ministry of Culture and Sports approved the brand book (Order No. 312, {yr0}) before it went to print.",
    ],
    "regulator-resolution": [
        "ARDFM Resolution No. 156 (2021) governs how banks advertise consumer loans.",
        "The Central Bank of the Republic of Uzbekistan's regulation on instalment payments (Reg. No. 3291, {yr0}) changed how BNPL is marketed.",
    ],
    "tenge-figures": [
        "The Nauryz budget is {tenge} (about {usd}), split across TV, outdoor and Instagram.",
        "Average basket value rose from ₸8,450 to ₸9,120 (Q{q} {yrp} to Q{q} {yr}).",
        "A Kaspi Gold card costs nothing to open, and the monthly fee is ₸0 (as of {month} {yr}).",
    ],
    "som-figures": [
        "Korzinka's loyalty members spend UZS {n},000 per visit on average (about {usd}).",
        "The Kyrgyz tariff starts at KGS 390 a month (roughly {usd} at {yr} rates).",
        "Uzum Market's average order value reached {som} in {month} {yr}.",
    ],
    "togrog-figures": [
        "A Naadam package from MIAT costs ₮1,290,000 (around {usd}) including two nights in Ulaanbaatar.",
        "Khan Bank's youth account pays a welcome bonus of MNT {n},000 (about {usd}).",
        "Gobi's flagship store sells a cashmere coat for {tog} (about {usd}).",
    ],
    "exchange-rate": [
        "All figures use the official rate of the National Bank of Kazakhstan on {d} {month} {yr} (USD/KZT {n2}).",
        "Conversions are at 1 USD = 12,{n} UZS (Central Bank rate, {month} {yr}).",
    ],
    "festival-dates": [
        "The campaign peaks at Nauryz (21 to 23 March) and pauses for Ramadan.",
        "Naadam (11 to 13 July) is the busiest week of the year for MIAT and the hotels in Ulaanbaatar.",
        "Tsagaan Sar (the Lunar New Year, {month} {yr}) is when gift sets sell best.",
        "Back-to-school (1 September) and Novy God (31 December) are the two biggest retail moments.",
    ],
    "national-holidays": [
        "Independence Day (16 December in Kazakhstan, 1 September in Uzbekistan, 31 August in Kyrgyzstan) shapes each market's calendar.",
        "Republic Day (25 October) returned to the Kazakh calendar in 2022, and brands now run patriotic creative around it.",
    ],
    "campaign-name": [
        "The “Kaspi Juma {yr}” sale ran for three days in {month}.",
        "Halyk's \"Birge\" (\"Together\") campaign launched on {d} {month} {yr}.",
        "The “Taste of Home” campaign (Food Master's spring {yr} push) used only Kazakh-language copy.",
    ],
    "slogan-gloss": [
        "The tagline «Biz birgemiz» (“We are together”) was tested against an English one.",
        "The Uzbek slogan “Har kuni yangi” (“Something new every day”) scored highest in the focus groups.",
        "On the billboards in Ulaanbaatar the line “Mongol ulsaa dagaya” (“Follow Mongolia”) ran in Cyrillic and Latin script.",
    ],
    "word-gloss": [
        "The offer was framed around dastarkhan (the family table) rather than discounts.",
        "Many customers still prefer the bazaar (Green Bazaar, Chorsu or Osh Bazaar) for meat and fruit.",
        "Shoppers describe the queue-free checkout as qolaylı (Kazakh: \"convenient\").",
    ],
    "stock-ticker": [
        "Kaspi.kz (NASDAQ: KSPI) reports in tenge and US dollars.",
        "Halyk Bank is listed in Astana and London (KASE: HSBK; LSE: HSBK).",
        "Freedom Holding Corp. (NASDAQ: FRHC) owns the broker, the bank and the Freedom SuperApp.",
    ],
    "legal-form-brackets": [
        "Beeline Kazakhstan (KaR-Tel LLP) and Kcell (Kcell JSC) compete on price in the regions.",
        "Korzinka (Anglesey Food LLC) and Makro (Makro Retail LLC) lead Tashkent's supermarket market.",
        "Ucell (Coscom LLC) is owned by the state, while Beeline Uzbekistan (Unitel LLC) is not.",
    ],
    "market-share": [
        "Kcell's share of mobile subscribers was {pct} in Q{q} {yr}, ahead of Tele2/Altel.",
        "Magnum holds about {pct} of modern grocery retail in Almaty (company estimate, {yr}).",
    ],
    "survey-sample": [
        "Our survey (n = {n}; fieldwork {month} {yr}; Almaty, Astana and Shymkent) used Kazakh and Russian questionnaires.",
        "The online panel (n = 1,{n}, aged 18 to 45, {month} {yr}) was recruited through Telegram.",
    ],
    "primary-interview": [
        "An interview with a Magnum category manager (Almaty, {d} {month} {yr}) confirmed the shelf-space figures.",
        "Two focus groups were run in Osh (Group A, women 25-40; Group B, men 25-40) in {month} {yr}.",
    ],
    "app-rating": [
        "The Kaspi.kz app is rated 4.9 on the App Store ({month} {yr}, {n} thousand reviews).",
        "Uzum's app fell to 4.3 on Google Play after the update (version 3.{q}.{d}, {month} {yr}).",
    ],
    "tariff-plan": [
        "The “Kcell Ultra” plan (₸5,990 a month, 60 GB) is aimed at heavy streamers.",
        "Megacom's \"Bait\" tariff (KGS 299, launched {yr}) is sold only through the app.",
    ],
    "store-count": [
        "Magnum ran {n} stores in {yr} (Magnum Super, Magnum Daily and Magnum Cash & Carry formats).",
        "Korzinka opened its 100th store in Tashkent in {month} {yr}.",
    ],
    "flight-route": [
        "Air Astana's route KC 941 (Astana to London Heathrow) returned in {yr}.",
        "MIAT flies OM 301 (Ulaanbaatar to Tokyo Narita) three times a week in summer.",
    ],
    "unesco-heritage": [
        "Samarkand (UNESCO World Heritage site, 2001) and Bukhara (1993) anchor the Silk Road offer.",
        "The Orkhon Valley (inscribed 2004) features in Mongolia's destination video.",
    ],
    "visa-policy": [
        "Citizens of {n2} countries can enter Uzbekistan visa-free for 30 days (since February 2019).",
        "Kazakhstan's visa-free regime for UK citizens (30 days, made permanent in {yr}) is a selling point for tour operators.",
    ],
    "hashtag": [
        "User posts tagged #Nauryz{yr} and #KaspiJuma reached {n} thousand accounts.",
        "The brand asked visitors to post with #VisitUzbekistan and #Samarkand{yr}.",
    ],
    "telegram-channel": [
        "Offers are pushed first on the Telegram channel @korzinka_uz ({n} thousand subscribers).",
        "Gazeta.uz's Telegram channel (t.me/gazetauz) and Kun.uz's are where most readers in Tashkent see the news.",
    ],
    "promo-code": [
        "The promo code NAURYZ{yr} gives 15% off the first order.",
        "Customers entering NAADAM{d} at checkout received free delivery in Ulaanbaatar.",
    ],
    "loyalty-tier": [
        "Halyk Club (launched {yr0}) has three tiers: Silver, Gold and Platinum.",
        "Nomads Club, Air Astana's programme (formerly Nomad Club), rewards Gold members with lounge access.",
    ],
    "credit-rating": [
        "Kazakhstan holds a BBB rating from Fitch (stable outlook, {month} {yr}).",
        "Moody's rates Halyk Bank Baa1 (positive outlook, {month} {yr}), one notch above the sovereign.",
    ],
    "certification": [
        "All Shoro products carry a halal certificate (Halal Damu, renewed {yr}).",
        "The plant in Tashkent is certified to ISO 22000:2018 and FSSC 22000 (version 6).",
    ],
    "population-figure": [
        "Almaty has about 2.2 million residents (1 January {yr}), Shymkent about 1.2 million.",
        "Ulaanbaatar is home to roughly half of Mongolia's 3.5 million people ({yr} estimate).",
    ],
    "product-model": [
        "The Artel Smart TV (UA55H3502) was the best-selling television in the 11.11 sale.",
        "The Samsung Galaxy A{d} (128 GB) was bundled with a Ucell SIM.",
    ],
    "instalment-terms": [
        "The 0-0-12 offer (0% interest, 0% deposit, 12 months) is the core of Kaspi Red.",
        "Uzum Nasiya (instalments of 3, 6 or 12 months) is shown on every product page.",
    ],
    "hotline": [
        "Complaints are handled by the call centre (short number 7111) and in the app.",
        "Customers can call 1414 (Kazakhtelecom) or write to the WhatsApp bot.",
    ],
    "colleague-years": [
        "Our former Head of Brand, Dilnoza Karimova (2019-2023), built the first CRM programme.",
        "The regional director in Osh, Talant Asanbek uulu (since {yr}), approved the pilot.",
    ],
    "course-reference": [
        "This assignment answers Task 2 (b) of the CIM Level 7 Postgraduate Diploma (Marketing and Digital Strategy, {yr} syllabus).",
        "As required by the module brief (Section 3.2), the word count excludes appendices.",
    ],
    "appendix-figure": [
        "The full results are in Appendix C (Table 4 and Figure 6).",
        "See Figure {q} (Customer Journey Map, {B}) for the touchpoints.",
    ],
    "sponsorship": [
        "Astana Motorsport (Grand Tour, {yr} season) carries the Kazakhtelecom logo.",
        "Golomt Bank sponsored the Naadam archery final (Ulaanbaatar, 12 July {yr}).",
    ],
    "forum-event": [
        "The Astana International Forum (AIF {yr}) gave Kazakh Tourism a platform for its new brand.",
        "The Tashkent International Investment Forum (TIIF, {month} {yr}) announced three new retail malls.",
    ],
    "trade-fair": [
        "WorldFood Kazakhstan (Atakent Expo, Almaty, November {yr}) is where FMCG buyers meet distributors.",
        "Samples were shown at ITB Berlin ({month} {yr}, Hall 26) on the Uzbekistan stand.",
    ],
    "award": [
        "The campaign won Silver at the Effie Awards Kazakhstan {yr} (Financial Services category).",
        "Khan Bank was named Best Bank in Mongolia (Euromoney Awards for Excellence, {yr}).",
    ],
    "mining-community": [
        "Oyu Tolgoi's Khanbogd soum (South Gobi, population about 6,000) hosts most of the community programmes.",
        "The Underground Project (sustainable production since March 2023) changed the company's local hiring plan.",
        "The Community Cooperation Agreement (signed 2015) commits OT to fund water projects in Khanbogd.",
    ],
    "region-rename": [
        "Turkistan Region (formerly South Kazakhstan, renamed 2018) is served from Shymkent.",
        "Astana (renamed Nur-Sultan in 2019 and Astana again in 2022) appears under both names in the data.",
    ],
    "quarter-period": [
        "In Q1 {yr} (January to March) online sales grew faster than in-store sales.",
        "The H1 {yr} results (six months to 30 June) were published in {month}.",
    ],
    "app-version": [
        "The redesign (Kaspi.kz app, version 5.{n}) moved Payments to the first screen.",
        "Freedom SuperApp 2.0 (released {month} {yr}) added travel booking.",
    ],
    "brand-portfolio": [
        "APU JSC makes Chinggis Khaan vodka, APU milk and Khuchit Shonkhor beer (and imports Coca-Cola's range).",
        "Food Master's brands (Food Master, Emil and Moloko) cover most of the dairy aisle.",
    ],
}  # fmt: skip

BRANDS = [
    "Kaspi.kz", "Halyk Bank", "Freedom Bank", "Kcell", "Beeline Kazakhstan", "Kazakhtelecom", "Magnum", "Air Astana",
    "KazMunayGas", "Uzum", "Ucell", "Uzbekistan Airways", "Kapitalbank", "Artel", "Korzinka", "Mbank", "Megacom",
    "Oyu Tolgoi", "Khan Bank", "Golomt Bank", "Unitel", "MIAT", "APU", "Nomin", "Gobi Cashmere", "Shoro", "Food Master",
    "Rakhat", "Jusan Bank", "Small", "Chocofamily", "Arbuz.kz", "Yandex Go", "Hyatt Regency Tashkent",
]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    return {
        "city": rng.choice(["Almaty", "Astana", "Shymkent", "Karaganda", "Tashkent", "Samarkand", "Bukhara", "Bishkek",
                            "Osh", "Ulaanbaatar", "Erdenet", "Aktobe"]),
        "country": rng.choice(["Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Mongolia", "Central Asia"]),
        "festival": rng.choice(["Nauryz", "Naadam", "Tsagaan Sar", "Ramadan", "Eid", "back-to-school", "New Year",
                                "11.11", "Black Friday", "Independence Day"]),
        "tenge": f"₸{rng.randint(12, 980)} million",
        "som": f"UZS {rng.randint(110, 990)},000",
        "tog": f"₮{rng.randint(2, 9)},{rng.randint(100, 990)},000",
        "usd": f"${rng.randint(20, 900)}",
        "pct": f"{rng.randint(3, 62)}%",
        "n2": str(rng.randint(86, 520)),
        "yr": str(year := rng.randint(2019, 2025)),
        "yrp": str(year - 1),
        "yr0": str(rng.randint(2012, 2018)),
        "month": rng.choice(["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"]),
    }  # fmt: skip
