"""Prose for the eighty-third held-out pool, "blind83": frames, claims, brands and decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by an eighty-third hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, trade, CRM,
digital, loyalty and communications marketers at banks and Islamic banks, takaful operators, telecoms, retailers,
property developers, halal food and beverage makers, palm-oil groups, airlines, hotel groups, tourism boards and
agencies in Kuala Lumpur, Petaling Jaya, Penang, Johor Bahru, Kota Kinabalu, Kuching, Singapore and Bandar Seri
Begawan write their CIM Level 6 and 7 reports and MBA assignments in English: Acts with their numbers and years,
regulators' guidelines, halal standards, ringgit, Singapore dollar and Brunei dollar figures, Bursa and SGX
tickers, Sdn. Bhd., Berhad and Pte. Ltd. names, festive campaign calendars (Hari Raya, Chinese New Year, Deepavali,
Gawai, Kaamatan, Merdeka, National Day, 11.11, 12.12), flight numbers, loyalty tiers, hashtags and promo codes,
Malay and Chinese words glossed in brackets, honorifics, survey samples and interview codes.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} found that {C}, which matches what {B}'s CRM team sees every Ramadan.",
    "{N} argues that {C}.",
    "{N} showed that {C} among {A} in the Klang Valley.",
    "{N} reported that {C}, although the sample was drawn only from Penang and Johor Bahru.",
    "{N} suggests that {C}; for {B} this matters most during the festive quarter.",
    "{N} concluded that {C} for Muslim consumers in particular.",
    "{N} observed that {C}, a point that the {city} branch managers repeated in interviews.",
    "{N} notes that {C}, and the same pattern appears in Singapore.",
    "{N} estimated that {C}, with {R} rising by {pct} per cent.",
    "{N} makes the case that {C}.",
    "{N} cautions that {C} unless consent is captured properly.",
    "{N} identified that {C}, especially for {A}.",
    "{N} proposed that {C}, which supports {B}'s move towards {T}.",
]  # fmt: skip
NARRATIVE_MID = [
    "For {B}, the most useful finding is that of {N}, who showed that {C}.",
    "This is consistent with {N}, who found that {C}.",
    "In the Bruneian context, {N} argued that {C}.",
    "As {N} explains, {C}.",
    "Looking at {A}, {N} found that {C}.",
    "A different view comes from {N}, who argued that {C}.",
    "The halal literature agrees: {N} found that {C}.",
    "On the banking side, {N} showed that {C}.",
    "Interestingly, {N} observed that {C}, which {B} has yet to test.",
    "When {B} launched its {fest} campaign, the team leaned on {N}, who had found that {C}.",
    "Closer to home, {N} reported that {C}.",
    "Among Malaysian millennials, {N} noted that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} survey of {A} found that {C}.",
    "{N} study of Islamic banks in Malaysia showed that {C}.",
    "{N} framework helps explain why {C}.",
    "According to {N} findings, {C}.",
    "{N} work on halal branding suggests that {C}.",
    "Following {N} model, this report assumes that {C}.",
    "{N} data from Singapore indicate that {C}.",
    "{N} analysis of {fest} spending shows that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "Research in Malaysia suggests that {C} {P}.",
    "It is widely accepted that {C} {P}.",
    "For takaful operators, {C} {P}.",
    "In Singapore, {C} {P}.",
    "Across the region, {C} {P}.",
    "This matters for {B} because {C} {P}.",
    "Evidence from Brunei points the same way: {C} {P}.",
    "During {fest}, {C} {P}.",
    "Among {A}, {C} {P}.",
    "Several studies agree that {C} {P}.",
    "Put simply, {C} {P}.",
    "{B} should note that {C} {P}.",
    "The wider point is that {C} {P:see}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "Because {C} {P}, {B} should rethink its {T} budget.",
    "The idea that {C} {P} has shaped how banks market to {A}.",
    "Although {C} {P}, most local brands still spend heavily on print.",
    "Given that {C} {P}, the festive calendar is where {B} can win.",
    "If {C} {P}, then {B}'s loyalty programme needs a new tier.",
    "While {C} {P}, the Bruneian market behaves differently.",
    "Since {C} {P}, the team recommends a pilot in {city} first.",
    "Even though {C} {P}, {B} has not updated its app since {Y}.",
    "The claim that {C} {P} is tested in Section 3.",
    "Evidence that {C} {P} is strongest for {A}.",
]  # fmt: skip
CLAIMS = [
    "halal certification raises trust more than price promotions do",
    "Muslim consumers read the halal logo before the brand name",
    "Islamic banking customers value Shariah compliance and service quality equally",
    "takaful purchase intention depends on perceived fairness",
    "e-wallet users switch quickly when cashback ends",
    "festive advertising builds {R} when it tells a family story",
    "Gen Z shoppers in Malaysia discover brands on TikTok before Google",
    "loyalty points work best when they can be redeemed in small amounts",
    "influencer disclosure lowers click-through rates only slightly",
    "mobile banking trust grows with every successful transaction",
    "property buyers in Johor Bahru are more sensitive to financing than to price",
    "green claims on palm-oil products are met with scepticism",
    "local brands gain when consumers boycott foreign chains",
    "telco churn is driven by network quality more than by price",
    "prepaid users respond to data bundles more than to voice minutes",
    "hotel guests book direct when the rate is matched and points are added",
    "Muslim-friendly tourism depends on prayer facilities and halal dining",
    "Chinese New Year campaigns reward brands that avoid cultural mistakes",
    "Deepavali promotions reach beyond the Indian community",
    "shoppers in Singapore compare prices across platforms before every 11.11 sale",
    "live-stream selling turns impulse buying into a social event",
    "supermarket private labels win on value during periods of inflation",
    "trust in a bank's app shapes trust in the bank itself",
    "QR payments have made cash rare at hawker centres",
    "consumers in Sabah and Sarawak respond to regional pride in advertising",
    "back-to-school spending is planned months in advance by B40 households",
    "data privacy concerns reduce willingness to join loyalty schemes",
    "brand authenticity matters more to {A} than celebrity endorsement",
    "{T} improves {R} for both conventional and Islamic banks",
    "budget airlines keep loyalty through the app rather than the seat",
    "Ramadan bazaar spending has moved partly online",
    "word of mouth in WhatsApp groups outweighs paid social for older shoppers",
]  # fmt: skip
OPENERS = [
    "In the Malaysian context",
    "For a Singapore audience",
    "From a Bruneian perspective",
    "Within Islamic finance",
    "In the halal food sector",
    "For telecoms operators",
    "In property marketing",
    "Across the ASEAN market",
    "For {B} in particular",
    "During the festive season",
]  # fmt: skip
PLAIN = [
    "This section applies the theory to {B}.",
    "{O}, the picture is more complicated.",
    "The next part looks at the customer journey from awareness to repeat purchase.",
    "{B} has around {n} outlets across Peninsular Malaysia, Sabah and Sarawak.",
    "The marketing team in Petaling Jaya has six people and an agency on retainer.",
    "The recommendations below are costed and phased over two years.",
    "Interviews were held in English and Bahasa Melayu, and translated where needed.",
    "{B}'s current campaign is built around {T}.",
    "Budget is the main constraint, as the finance director made clear.",
    "Each option is scored against cost, fit and speed.",
    "The team also looked at what competitors did last Raya.",
    "Customer complaints rose after the app update in {mo}.",
    "Two risks stand out: regulatory change and reputational damage.",
    "{O}, {B} is seen as a safe but old-fashioned choice.",
    "The appendix holds the full survey instrument.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{N} put it plainly: {Q}.",
    "As one study of Malaysian banks concluded, {Q} {P}.",
    "{N} writes that {Q}.",
    "The key line for {B} is that {Q} {P}.",
    "It has been argued that {Q} {P}.",
    "{N} puts the point this way: {Q}.",
    "In the words of one halal marketing scholar, {Q} {P}.",
    "Put another way, {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = [
    "Malaysian Boleh",
    "kopitiam culture",
    "value for money",
    "premium halal",
    "family first",
    "Raya mood",
    "lepak",
    "shiok",
    "one-stop shop",
    "balik kampung",
    "kiasu",
    "authentic taste",
]  # fmt: skip
SCARE_FRAMES = [
    "Many brands now sell a \u201c{Q}\u201d feeling rather than a product {P}.",
    "The so-called '{Q}' mindset shapes how {A} shop {P}.",
    "{N} describes this as a '{Q}' effect.",
    "What customers call \u201c{Q}\u201d is, in practice, a price signal {P}.",
    "{B}'s focus on \u2018{Q}\u2019 fits the wider trend {P}.",
    "The idea of \"{Q}\" recurs in {N}.",
]  # fmt: skip
SUBJECT_LINES = [
    "Selamat Hari Raya from {B}",
    "Your Raya duit raya envelopes are here",
    "Last call: 11.11 deals end tonight",
    "Gong Xi Fa Cai - double points this week",
    "Happy Deepavali! Enjoy {pct}% off",
    "Merdeka Day: RM{amt} off for you",
    "Your Treats Points are about to expire",
    "Majulah! National Day rewards inside",
    "Balik kampung? Book now and save",
    "Back to school with {B}",
]  # fmt: skip
SUBJECT_FRAMES = [
    "The email titled \u201c{Q}\u201d had the highest open rate of the quarter {P}.",
    "A push notification reading '{Q}' was sent to all app users, following the advice of {N}.",
    "Subject lines such as \"{Q}\" perform well when they feel personal {P}.",
    "The SMS '{Q}' went to {n},000 customers in {mo} {P}.",
    "{N} tested lines like \u2018{Q}\u2019 against plain ones.",
]  # fmt: skip

# Decoys: text with capitals, years, brackets or quotation marks that cites nothing.
NOT_CITATIONS: dict[str, list[str]] = {
    "act-with-number": [
        "All consent wording was checked against the Personal Data Protection Act 2010 (Act 709) before launch.",
        "Pricing claims must comply with the Trade Descriptions Act 2011 (Act 730).",
        "Under the Communications and Multimedia Act 1998 (Act 588), the telco must keep complaint records.",
    ],
    "singapore-statute": [
        "The Singapore Personal Data Protection Act 2012 (No. 26 of 2012) governs the loyalty database.",
        "Refund rules follow the Consumer Protection (Fair Trading) Act 2003 (Cap. 52A).",
    ],
    "brunei-order": [
        "In Brunei, the Halal Certificate and Halal Label Order, 2005 applies to every imported product line.",
        "The Consumer Protection (Fair Trading) Order, 2011 covers the Brunei online store as well.",
    ],
    "halal-standard": [
        "The new kitchen in {city} is being certified to MS 1500:2019 (Halal Food - General Requirements).",
        "Suppliers must hold a valid JAKIM logo or a MUIS certificate (MUIS-HC-S001) before onboarding.",
        "The plant was audited under MS 2400-1:2019 (Halalan-Toyyiban Assurance Pipeline) in {Y}.",
    ],
    "regulator-reference": [
        "Advertising for the new account follows BNM/RH/PD 028-3 on product transparency.",
        "MAS Notice 626 (Prevention of Money Laundering) affects how fast new customers can be onboarded.",
        "The MCMC Content Code (Revised 2022) sets the limits for the TikTok creative.",
    ],
    "currency-conversion": [
        "The campaign budget is RM{amt},000 (about S${sgd},000) for the full year.",
        "Average basket size rose to RM{small} (S${sgd}) during the promotion.",
        "A return flight to Kota Kinabalu costs around B${small} (RM{amt}) in the school holidays.",
    ],
    "company-suffix": [
        "The snack range is made by Mamee-Double Decker (M) Sdn. Bhd. in Melaka.",
        "Distribution in Singapore is handled by a local partner, {B} Pte. Ltd., since {Y}.",
        "Mr D.I.Y. Group (M) Berhad opened its {n}th store in {yr}.",
    ],
    "festival-date": [
        "The brand film runs from Merdeka (31 August) to Malaysia Day (16 September).",
        "Sales peak before National Day (9 August) and again before Deepavali.",
        "Kaamatan (30 and 31 May) and Gawai (1 and 2 June) are treated as one Borneo campaign.",
    ],
    "hijri-date": [
        "Hari Raya Aidilfitri fell on 1 Syawal 1445H (10 April 2024), so the campaign started in mid-March.",
        "The Ramadan bazaar ran until 29 Ramadan 1446H (29 March 2025).",
    ],
    "mega-sale-date": [
        "The 11.11 and 12.12 sales together made up {pct}% of online revenue in {Y}.",
        "The team plans a 9.9 warm-up, then 11.11, then 12.12 before Chinese New Year.",
    ],
    "stock-ticker": [
        "Maybank (Bursa: 1155) and Public Bank (Bursa: 1295) both reported higher fee income.",
        "DBS (SGX: D05) and OCBC (SGX: O39) both launched green deposit products.",
        "The group's shares (KLSE: MRDIY) fell {pct}% after the results.",
    ],
    "flight-number": [
        "The launch route, AK 6112 (KUL-BKI), sold out within two days.",
        "Royal Brunei's BI 1 (BWN-LHR) remains the flagship service.",
        "MH 2510 (KUL-KCH) was used for the Gawai media trip.",
    ],
    "malay-gloss": [
        "Customers asked for more duit raya (festive money) envelopes at the counters.",
        "Many families still buy kuih raya (festive cookies) from home bakers rather than supermarkets.",
        "The campaign uses the phrase 'Jom Balik' (let's go home) across all channels.",
    ],
    "chinese-gloss": [
        "The bank's ang pow (red packet) design changes every Chinese New Year.",
        "Staff greet customers with 'Gong Xi Fa Cai' (wishing you prosperity) throughout the season.",
        "Yee sang (prosperity toss) sets were sold out by the seventh day.",
    ],
    "honorific": [
        "The launch was officiated by Tan Sri Dato' Sri {ceo}, the group chairman.",
        "Dato' {ceo} (Group CEO) presented the strategy to staff in {mo}.",
        "Pengiran Anak Puteri attended the Bandar Seri Begawan opening, according to the press office.",
    ],
    "survey-sample": [
        "The survey reached {n} respondents (n = {n}, response rate {pct}%).",
        "A convenience sample (N = {n}) was drawn from three malls in {city}.",
    ],
    "interview-code": [
        "One branch manager (Interviewee 4, Penang) said that Raya is 'the busiest month by far'.",
        "A regular customer (Respondent 12, female, 34) preferred the app to the branch.",
    ],
    "quarter-year": [
        "Revenue grew in Q{q} FY{yr} (ending 31 December) after the price change.",
        "The new tier launched in 2Q{yr}, a quarter later than planned.",
    ],
    "hashtag": [
        "The campaign hashtag #RayaBersama{B1} trended for two days.",
        "User posts tagged #SGDiscovers and #VisitMalaysia2026 were reposted by the brand.",
        "#BuyMalaysian and #SokongBarangan{B1} appeared together in many posts.",
    ],
    "promo-code": [
        "Customers used the code {code} at checkout for an extra RM{small} off.",
        "The voucher code {code} was valid until 31 December {yr}.",
    ],
    "ussd-short-code": [
        "Prepaid users can check their balance by dialling *{n}# at no charge.",
        "The bank's fraud hotline (1-300-88-{n}) is printed on every card.",
    ],
    "address": [
        "The flagship branch is at Jalan Sultan Ismail, 50250 Kuala Lumpur.",
        "The new sales gallery opened at Persiaran Jubli Perak, Seksyen 22, Shah Alam in {mo}.",
        "The pop-up store ran at 2 Orchard Turn (ION Orchard), Singapore 238801.",
    ],
    "award": [
        "The campaign won Gold at the Putra Brand Awards in {yr} (Banking category).",
        "{B} was named one of the Top 10 employers (Retail) at the {yr} HR Asia Awards.",
        "The film took a Silver at the Kancil Awards ({yr}, Film Craft).",
    ],
    "rating-reviews": [
        "The app scores 4.7 stars (about {n},000 reviews) on Google Play.",
        "The hotel's Tripadvisor rating fell to 3.9 (out of 5) after the renovation.",
    ],
    "exchange-rate": [
        "Figures use an exchange rate of RM1 = S$0.29 (average, {yr}).",
        "The Brunei dollar is pegged to the Singapore dollar (B$1 = S$1) under the Currency Interchangeability Agreement.",
    ],
    "project-phase": [
        "Phase 2 (2026 to 2028) adds a further {n} units to the township.",
        "The development is leasehold (99 years) and launched in Phase 1A ({yr}).",
    ],
    "property-listing": [
        "Units at the new tower start at RM{amt},000 (built-up 850 sq ft, freehold).",
        "The condominium has {n} units (Tenure: Leasehold, Completion: Q4 2027).",
    ],
    "retirement-fund": [
        "Buyers may use EPF (KWSP) Account 2 savings for the down payment.",
        "First-time buyers in Singapore can draw on their CPF (Ordinary Account) for the loan.",
    ],
    "government-programme": [
        "The Rahmah Sales programme (Program Jualan Rahmah) helped {B} reach B40 households.",
        "The Budget {yr} cash aid (Sumbangan Tunai Rahmah) lifted spending in the first quarter.",
        "CDC Vouchers (S$300 per household) were redeemable at heartland shops and hawker stalls.",
    ],
    "income-group": [
        "The target segment is M40 (middle 40 per cent) families in Selangor and Johor.",
        "B40 (bottom 40 per cent) households are most sensitive to the price of cooking oil.",
    ],
    "loyalty-tier": [
        "Members move from Silver to Gold (5,000 points) and then to Platinum (20,000 points).",
        "The airline's Enrich (Platinum) members get lounge access on domestic routes.",
        "The FairPrice LinkPoints scheme (now Linkpoints+) is the market leader.",
    ],
    "app-version": [
        "The MAE app (version 3.2) added a Raya money-packet feature.",
        "Customers on older phones (Android 8 and below) could not update the app in {yr}.",
    ],
    "tax-rate": [
        "Prices include SST (8%) from March {yr}.",
        "In Singapore, GST rose to 9% (from 8%) on 1 January 2024.",
    ],
    "campaign-title": [
        "The Petronas festive film 'Sepi' ran for six weeks before Raya.",
        "The bank's 'Raya Bersama Keluarga' campaign was its most watched to date.",
        "The Great Singapore Sale ({yr} edition) ran for eight weeks across the island.",
    ],
    "tagline": [
        "AirAsia kept its line \u201cNow Everyone Can Fly\u201d for over two decades.",
        "The old slogan 'Malaysia, Truly Asia' still tests well with overseas visitors.",
        "Singapore's 'Made in Singapore' tourism line replaced 'Passion Made Possible' in 2025.",
    ],
    "course-module": [
        "This report is submitted for the CIM Level 7 Postgraduate Diploma (Module 1: Marketing and Digital Strategy).",
        "The brief (Task 2, Part B) asks for a twelve-month plan.",
    ],
    "figure-table": [
        "The segment sizes are shown in Table 3 (Appendix B).",
        "Figure 2 (below) maps the customer journey for first-time buyers.",
        "The scoring matrix (Table 5) ranks the three options.",
    ],
    "word-count": [
        "This section is approximately 1,200 words (excluding tables and references).",
        "Word count: 3,480 (excluding appendices).",
    ],
    "place-with-state": [
        "Footfall was highest in Kota Kinabalu (Sabah) and lowest in Kuala Terengganu (Terengganu).",
        "The second distribution centre is in Senai (Johor), close to the Causeway.",
        "Pop-up kiosks ran in Kuching (Sarawak) and Miri (Sarawak) during Gawai.",
    ],
    "transit-line": [
        "The new mall sits on the MRT Putrajaya Line (Stage 2), two stops from Sentul.",
        "Billboards were booked along the Thomson-East Coast Line (TEL) in Singapore.",
    ],
    "mall-opening": [
        "The Exchange TRX (opened November 2023) is the brand's newest location.",
        "Jewel Changi Airport (opened April 2019) remains a key tourism asset.",
    ],
    "certification": [
        "The factory holds ISO 22000:2018 and MeSTI certification.",
        "All palm oil is certified under MSPO (Malaysian Sustainable Palm Oil) and RSPO standards.",
        "The hotel earned a Green Building Index (GBI) Gold rating in {yr}.",
    ],
    "percentage-change": [
        "Online sales rose {pct}% (year on year) in the Raya quarter.",
        "Active users fell to {n},000 (-{pct}% YoY) after the price rise.",
    ],
    "hotel-facts": [
        "The resort has {n} keys (5-star, opened {yr}) on the Langkawi coast.",
        "Occupancy reached {pct}% (average daily rate RM{small}) during school holidays.",
    ],
    "time-zone": [
        "The live stream starts at 8.00 pm (GMT+8) on both Shopee and Lazada.",
        "Flash deals drop every day at 12.00 pm (Malaysia time) until 12.12.",
    ],
    "acronym-expansion": [
        "Small firms (SMEs, under RM50 million turnover) make up most of the bank's new accounts.",
        "The Bumiputera (indigenous) vendor programme gives local suppliers shelf space.",
        "The KPI is NPS (Net Promoter Score), tracked monthly.",
    ],
    "public-holiday": [
        "Malaysia Day (16 September) is a public holiday across all states since 2010.",
        "Thaipusam (a Tamil Hindu festival) is a holiday in Penang, Selangor and Johor.",
    ],
    "product-name": [
        "The new Maggi (Perisa Kari Letup) flavour sold out in {mo}.",
        "Milo (Kurang Manis) was launched for health-conscious parents.",
        "The Mamee Monster (Cheesy Corn) pack was relaunched for back-to-school.",
    ],
    "channel-handle": [
        "The Instagram account (@{handle}) grew to {n},000 followers.",
        "Customers can also message the brand on WhatsApp (+60 3-{n}0 8{n}) for order updates.",
    ],
    "year-range": [
        "The five-year plan (2025 to 2030) assumes steady growth in tourist arrivals.",
        "Visit Malaysia Year 2026 (VM2026) is the anchor for the tourism board's campaign.",
    ],
}

BRANDS = ["Maybank", "CIMB", "Public Bank", "Bank Islam", "Maxis", "CelcomDigi", "U Mobile", "Petronas", "Mydin",
          "AirAsia", "Malaysia Airlines", "Grab", "Shopee", "Lazada", "FairPrice", "DBS", "OCBC", "Singtel", "StarHub",
          "Royal Brunei Airlines", "Baiduri Bank", "Mamee", "Ramly", "Marrybrown", "Old Chang Kee", "Ya Kun", "Secret Recipe",
          "Sunway", "IOI Properties", "Takaful Malaysia", "Etiqa", "Touch 'n Go", "99 Speedmart", "Aeon", "Watsons",
          "Mr D.I.Y.", "Tealive", "ZUS Coffee", "Genting", "Capitaland", "DST", "imagine"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn from the builder's random source after the common ones."""
    return {
        "city": rng.choice(["Kuala Lumpur", "Petaling Jaya", "Penang", "Johor Bahru", "Kota Kinabalu", "Kuching", "Ipoh",
                            "Melaka", "Shah Alam", "Singapore", "Bandar Seri Begawan", "Miri", "Seremban"]),
        "fest": rng.choice(["Hari Raya", "Chinese New Year", "Deepavali", "Merdeka", "National Day", "Gawai", "Kaamatan",
                            "11.11", "12.12", "Ramadan", "back-to-school", "Great Singapore Sale"]),
        "pct": str(rng.randint(3, 64)), "amt": str(rng.randint(12, 950)), "small": str(rng.randint(8, 480)),
        "sgd": str(rng.randint(4, 280)), "mo": rng.choice(["January", "February", "March", "April", "May", "June", "July",
                                                          "August", "September", "October", "November", "December"]),
        "code": rng.choice(["RAYA25", "CNY88", "MERDEKA67", "GSS2024", "DEEPA10", "SALE1111", "BDAY12", "JOMRAYA"]),
        "handle": rng.choice(["mydin.my", "ramly.official", "sgeats", "bruneibites", "klfoodie", "penangkini"]),
        "ceo": rng.choice(["Ahmad Zaki", "Lim Chee Wah", "Nurul Ain Hashim", "Ravi Chandran", "Azman Hashim"]),
        "yr": str(rng.randint(2018, 2025)),
        "B1": rng.choice(["Mydin", "Maybank", "Ramly", "Mamee", "Aeon"]),
    }  # fmt: skip
