"""Prose for the seventy-ninth held-out pool, "blind79": frames, claims, brands and decoys from Gulf marketers.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a seventy-ninth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, trade, CRM,
digital, loyalty and communications marketers at grocery and fashion retailers, malls, banks and Islamic banks,
insurers, telecoms, FMCG, dairy and date companies, real-estate developers and giga-projects, entertainment
authorities and agencies in Riyadh, Jeddah, Dammam, Kuwait City, Doha, Manama and Muscat write on CIM Level 6 and 7
courses and MBAs taught in English: laws by royal decree and number with Hijri dates, regulators' circulars,
statistics offices' figures, Ramadan, Eid, National Day, Founding Day, Riyadh Season and White Friday campaigns,
riyal and dinar figures, company legal forms, hashtags, short codes, promo codes and Arabic words glossed in brackets.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} argues that {C}, which is exactly what {B} saw during Ramadan {Y}.",
    "{N} found that {C}, although the sample was drawn only from {A} in {city}.",
    "{N} shows that {C}; for {B} this matters most in the weeks before Eid.",
    "{N} reports that {C}.",
    "{N} makes the case that {C}, and the {city} market is no exception.",
    "{N} observed that {C}, a point the marketing team at {B} accepted only after the {season} results.",
    "{N} suggests that {C} when the offer is framed in {cur} rather than as a percentage.",
    "{N} concluded that {C}, even among expatriate shoppers.",
    "{N} noted that {C}, which fits the footfall data from {mall}.",
    "{N} questions whether {C}, especially for Islamic banks.",
]  # fmt: skip
NARRATIVE_MID = [
    "In the Gulf context, {N} argues that {C}.",
    "Applied to {B}, the work of {N} suggests that {C}.",
    "For a {city} retailer, the evidence from {N} is that {C}.",
    "As {N} points out, {C}, and the {season} calendar makes this sharper.",
    "Looking at {A}, {N} found that {C}.",
    "This report follows {N}, who showed that {C}.",
    "During the {season} campaign the team relied on {N}, who argues that {C}.",
    "A second view comes from {N}: {C}.",
    "Both the agency and {N} agree that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {A} in {city} found that {C}.",
    "{N} model helps explain why {C}.",
    "Following {N} framework, {B} could argue that {C}.",
    "{N} survey of Gulf shoppers shows that {C}.",
    "{N} work on Islamic banking suggests that {C}.",
    "According to {N} findings, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "In {city}, {C} {P}.",
    "{O} {C} {P}.",
    "Research in the GCC shows that {C} {P}.",
    "For {B}, the lesson is that {C} {P}.",
    "It is widely accepted that {C} {P}.",
    "During Ramadan and Eid in particular, {C} {P}.",
    "Evidence from Saudi Arabia and Kuwait suggests that {C} {P}.",
    "{C}, especially among {A} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, which is why {B} moved budget into Snapchat before {season}.",
    "Because {C} {P}, the loyalty team at {B} rewrote its tiers.",
    "{C} {P}; {B} has not yet acted on this.",
    "Although {C} {P}, many Gulf brands still buy reach rather than relevance.",
    "{C} {P}, and the same is true of {C2}.",
    "Since {C} {P}, the {city} stores now open until 2 a.m. in Ramadan.",
    "{C} {P}, so the brief to the agency changed.",
]  # fmt: skip
CLAIMS = [
    "Ramadan spending shifts towards the evening and the app",
    "shoppers in the Gulf compare prices across three or more channels before buying",
    "loyalty points are valued more when they can be redeemed for fuel or groceries",
    "Islamic banks win trust through transparency rather than rate",
    "young Saudi consumers follow influencers but trust their families more",
    "Snapchat reaches more Saudi teenagers than any other platform",
    "mall visits remain a family leisure activity rather than a shopping trip",
    "expatriate households respond more strongly to price promotions",
    "customer experience drives switching between telecom operators more than tariffs do",
    "Arabic-language creative outperforms English creative in recall",
    "buy now pay later raises basket size but also returns",
    "brand heritage matters to buyers of dates and dairy",
    "giga-project branding depends on credibility as much as on spectacle",
    "women have become a distinct and fast-growing segment for car and finance brands",
    "personalised offers work only when consent is explicit",
    "word of mouth in majlis and diwaniya settings still shapes high-value purchases",
    "national pride campaigns lift engagement but rarely lift sales on their own",
    "delivery speed matters more than price for grocery apps in Riyadh",
    "sharia compliance is a hygiene factor rather than a differentiator",
    "service recovery affects loyalty more than the original failure",
    "private labels gain share when inflation squeezes household budgets",
    "event tourism creates brand awareness that fades quickly without follow-up",
    "digital wallets are replacing cash faster in the Gulf than in Europe",
    "trust in a bank's app is built by its first three transactions",
]  # fmt: skip
OPENERS = [
    "In the Saudi grocery market,",
    "For Kuwaiti banks,",
    "Across the GCC,",
    "In Doha's crowded mall sector,",
    "Since Vision 2030 was launched,",
    "For telecom operators in Bahrain and Oman,",
    "In the run-up to Eid,",
    "Among Gen Z customers,",
]  # fmt: skip
PLAIN = [
    "{B} runs its biggest campaign of the year in the four weeks before Ramadan.",
    "The loyalty programme has {n} thousand active members in {city}.",
    "Footfall at {mall} rose after the new cinema opened.",
    "The team reports weekly to the chief marketing officer.",
    "This section evaluates the current customer journey from awareness to repeat purchase.",
    "Most customers first meet the brand through Snapchat or TikTok.",
    "The campaign budget is split between digital, out-of-home and in-store activation.",
    "Customers can redeem points at any branch or in the app.",
    "Recommendations follow in Section 4.",
    "The brand's tone of voice is warm, family-centred and proudly local.",
    "Sales in {city} grew by {pct}% year on year in Q{q}.",
    "Delivery partners include Jahez, HungerStation, Talabat and Snoonu.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{N} puts it plainly: {Q}.",
    "As one study of Gulf shoppers concludes, {Q} {P}.",
    "{Q} {P}.",
    "{N} writes that {Q}.",
    "The point is summed up well: {Q} {P}, and {B} should take note.",
    "For Islamic banks the message is clear: {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = [
    "“value for money”", "\"Saudi-first\"", "“premium”", "'authentic'", "“Khaleeji”", "\"halal-friendly\"",
    "‘family-friendly’", "“giga”", "\"experience economy\"", "“tier-one”", "'barakah'", "“wasta”",
]  # fmt: skip
SCARE_FRAMES = [
    "Many shoppers describe the brand as {Q}, a label that research treats with caution {P}.",
    "The idea of {Q} is used loosely in Gulf marketing {P}.",
    "{N} questions what {Q} really means to Gulf shoppers.",
    "Developers sell a {Q} lifestyle, yet buyers look at payment plans first {P}.",
]  # fmt: skip
SUBJECT_LINES = [
    "“Ramadan Kareem: your Iftar basket is ready”", "\"Eid Mubarak! 25% off everything\"",
    "“White Friday starts now”", "'Your points expire in 3 days'", "“Celebrate National Day with 94 riyals off”",
    "\"Back to school, back to Jarir\"", "“Founding Day: proud since 1727”", "‘Double data all summer’",
    "“Tap, pay and win with Mada”", "\"Riyadh Season is here: book now\"",
]  # fmt: skip
SUBJECT_FRAMES = [
    "{B} tested the subject line {Q}, which lifted opens in line with earlier findings {P}.",
    "A push notification such as {Q} works best when it arrives after Iftar {P}.",
    "{N} would see a message like {Q} as a cue rather than an offer.",
    "The Eid email led with {Q} and drove most of the week's traffic {P}.",
]  # fmt: skip

NOT_CITATIONS: dict[str, list[str]] = {
    "royal-decree": [
        "Under the Personal Data Protection Law (Royal Decree M/19 of 9/2/1443H), consent must be recorded before any SMS campaign.",
        "The E-Commerce Law (Royal Decree M/126) requires {B} to show its commercial registration number on every page.",
        "Royal Decree 6/2022 changed how Omantel S.A.O.G. may use subscriber data in campaigns.",
    ],
    "numbered-law": [
        "Kuwait Law No. 39 of 2014 gives shoppers the right to a clear price in dinars.",
        "Qatar Law No. 13 of 2016 applies to every loyalty database held in Doha.",
        "In Bahrain, Law No. 30 of 2018 governs how the CRM team stores customer records.",
    ],
    "regulator-circular": [
        "SAMA Circular No. {circ} limits the fees a bank may charge on instalment plans.",
        "The CST (formerly CITC) decision {circ}/{hy} sets rules for unsolicited marketing SMS.",
        "GAMR now requires a Mawthooq licence for every paid influencer post.",
    ],
    "hijri-year": [
        "The campaign ran from 1 Ramadan to 30 Ramadan {hy}H ({Y2}).",
        "The brand plan for 1446H / 2025 keeps the same three pillars.",
        "Sales for fiscal {hy}H were SAR {n} million.",
    ],
    "currency-figure": [
        "The average Iftar basket cost {cur} last year.",
        "Each new credit card customer costs around KWD {d} to acquire.",
        "Monthly bundles start at QAR {n} (about USD {d}0).",
        "The entry price for the villa phase is OMR {n},000.",
    ],
    "company-legal-form": [
        "Kuwait Finance House (a K.S.C.P. listed on Boursa Kuwait) reports results every quarter.",
        "Al Meera Consumer Goods Company Q.P.S.C. runs more than {n} stores across Qatar.",
        "Beyon B.S.C. (formerly Batelco) rebranded its group in {Y}.",
        "The distributor is a W.L.L. owned by a Manama family group.",
    ],
    "statistics-office": [
        "GASTAT puts Saudi Arabia's population at 35.3 million (Census 2022).",
        "CSB (Kuwait) data show {pct}% of residents are non-Kuwaiti.",
        "PSA (Qatar) recorded {n} thousand visitors in Q{q}.",
        "According to NCSI figures for {Y2}, Muscat has the highest retail density in Oman.",
    ],
    "vision-programme": [
        "Vision 2030 (launched in 2016) sets a target of 150 million visits a year.",
        "Qatar National Vision 2030 (QNV) puts human development first.",
        "Oman Vision 2040 and Kuwait Vision 2035 ('New Kuwait') both aim to cut reliance on oil.",
    ],
    "season-campaign": [
        "Riyadh Season (2023/24) drew more visitors than any previous edition.",
        "The White Friday (November) sale is now bigger than the Eid sale for electronics.",
        "Our Saudi National Day (23 September) campaign used green packaging across all SKUs.",
        "Founding Day (22 February) became a public holiday in 2022.",
    ],
    "eid-dates": [
        "Eid al-Fitr fell on 10 April in 2024, so the campaign started in late March.",
        "Stores close early on the Day of Arafah and reopen for Eid al-Adha (10 Dhu al-Hijjah).",
    ],
    "hashtag": [
        "The #RamadanKareem hashtag campaign by {B} trended in Riyadh for two days.",
        "We asked followers to post with #SaudiNationalDay{nd} and tag the store.",
        "#WhiteFriday and #يوم_التأسيس were the two most used tags in Q{q}.",
    ],
    "promo-code": [
        "Customers typed the code EID{d} at checkout for free delivery.",
        "The RAMADAN{pct} code was redeemed {n} times in the first week.",
        "Use the code BTS{Y2} (back to school) for 15% off stationery.",
    ],
    "short-code": [
        "Subscribers text JOIN to {sc} to enter the draw.",
        "Customers dial *{d}{q}# to check their data balance.",
        "The bank's call centre number is 8001 {n} 000 (toll free).",
    ],
    "handle": [
        "Our Snapchat account (@{handle}) has more followers than our Instagram page.",
        "Customers complain on X to @{handle} rather than calling the hotline.",
    ],
    "arabic-gloss": [
        "The campaign was built around karam (generosity) and family.",
        "Many customers still prefer a jam'iya (rotating savings circle) to a savings account.",
        "The brand positioned itself around the majlis (sitting room) as a place of sharing.",
        "Diwaniya (evening gatherings) remain the main channel for car recommendations in Kuwait.",
    ],
    "product-model": [
        "The iPhone 15 Pro (256GB) was the top seller at Jarir in Q{q}.",
        "We bundled the Galaxy S24 (5G) with a 12-month Shahid VIP plan.",
        "Almarai Full Fat Milk (2L) remains the basket's anchor product.",
    ],
    "store-address": [
        "The flagship store is on King Fahd Road (Olaya), Riyadh.",
        "The pop-up opened at The Avenues (Phase IV), Kuwait City.",
        "The new branch sits in City Centre Seef (Level 2), Manama.",
    ],
    "development-phase": [
        "THE LINE (NEOM) and Sindalah are both promoted to international investors.",
        "Phase 2 of the project (Q{q} {Y2}) adds {n} waterfront villas.",
        "Off-plan sales for Tower B (2 and 3 bedrooms) opened in {Y2}.",
    ],
    "event-edition": [
        "Cityscape Global ({Y2}) was the main lead source for the sales team.",
        "The brand sponsored Formula 1 STC Saudi Arabian Grand Prix {Y2} in Jeddah.",
        "Web Summit Qatar (February) and LEAP (Riyadh) both host marketing stages.",
    ],
    "fiscal-quarter": [
        "Revenue rose {pct}% in Q{q} {Y2} compared with Q{q} {Y}.",
        "Results for H1 {Y2} (unaudited) will be published in August.",
        "The FY{Y} plan assumed flat footfall.",
    ],
    "percentage-brackets": [
        "Digital now takes most of the budget ({pct}%), with outdoor second.",
        "Repeat purchase rose sharply (from {d}% to {pct}%) after the app relaunch.",
        "Most respondents ({n} of 1,000) had used a delivery app in the last week.",
    ],
    "own-survey": [
        "Our own survey of {n} customers (n = {n}) was run in {city} in {month} {Y2}.",
        "A focus group (six women, aged 25-34) was held in Jeddah.",
    ],
    "figure-table": [
        "Table 3 (below) compares the three loyalty tiers.",
        "Figure 2 shows the customer journey for a first-time Takaful buyer.",
        "See Appendix B (page {d}) for the full media plan.",
    ],
    "model-acronym": [
        "The SOSTAC (Situation, Objectives, Strategy, Tactics, Action, Control) plan follows.",
        "A PESTLE analysis (Appendix A) shows that regulation is the main risk.",
        "The RACE framework (Reach, Act, Convert, Engage) structures Section 3.",
    ],
    "net-promoter": [
        "The bank's NPS rose from +{d} to +{pct} in {Y2}.",
        "Customer Satisfaction (CSAT) in the app stands at 4.{q} out of 5.",
    ],
    "award": [
        "The campaign won Gold at the Dubai Lynx Awards {Y2}.",
        "{B} was named Best Islamic Bank in Kuwait ({Y}) by a regional magazine.",
        "The team was shortlisted for the MENA Effie Awards {Y2} (Ramadan category).",
    ],
    "job-title": [
        "The Head of Trade Marketing (KSA) approved the plan in {month}.",
        "I work as CRM Manager, Retail Banking, at {B}.",
        "The CMO (appointed {Y}) wants one brand voice across Arabic and English.",
    ],
    "course-module": [
        "This assignment answers Task 2 of the CIM Level 7 Postgraduate Diploma.",
        "In Module 3 (Digital Strategy) of the MBA, we applied the same model.",
        "Word count: {n}0 (excluding tables and appendices).",
    ],
    "email-subject-quote": [
        "Our Eid email carried the subject line \"Eid Mubarak from all of us\" and opened at {pct}%.",
        "The push message read 'Iftar is on us tonight' and went out at 6:15 p.m.",
    ],
    "slogan-quote": [
        "The new tagline, “Closer to you”, will run across all stores from {month}.",
        "Staff were briefed to greet customers with \"Ahlan wa sahlan\" at the door.",
        "The campaign line 'Made in Saudi' appears on every pack.",
    ],
    "customer-quote": [
        "One customer in Dammam told us, “I only open the app when there is an offer.”",
        "A respondent said the branch felt 'like a government office'.",
    ],
    "scare-quote-plain": [
        "The so-called “Saudi-made” premium is harder to prove in dairy.",
        "Some staff call weekend shoppers the 'Thursday crowd'.",
    ],
    "media-outlet": [
        "The launch was covered by Arab News, Argaam and Campaign Middle East.",
        "We placed the story in Gulf Times and The Peninsula on the same day.",
        "Kuwait Times and Arab Times both ran the half-page advertisement.",
    ],
    "research-firm-plain": [
        "The agency uses YouGov BrandIndex and Kantar panels to track awareness.",
        "The bank subscribes to Euromonitor Passport but rarely uses it.",
        "Ipsos ran the brand-health tracker until {Y2}.",
    ],
    "platform-feature": [
        "Snapchat's Dynamic Ads and TikTok Shop (launched in Saudi Arabia) are both being tested.",
        "The app supports Apple Pay, STC Pay and mada.",
    ],
    "university-name": [
        "Interns come from King Saud University and KFUPM each summer.",
        "The bank sponsors a prize at Sultan Qaboos University (College of Economics).",
    ],
    "licence-number": [
        "The developer's licence number (FAL {n}{d}) appears on every advert.",
        "The ad carried Commercial Registration (CR) No. 1010{n}{d}.",
    ],
    "time-range": [
        "Stores open from 9 a.m. to 1 a.m. during Ramadan (Sunday to Thursday).",
        "The sale ran for 72 hours (Thursday 8 p.m. to Sunday 8 p.m.).",
    ],
    "flight-route": [
        "Saudia (SV {n}) and flynas both added seats to AlUla for the festival.",
        "The Qatar Airways QR {n} route was used in the co-branded card promotion.",
    ],
    "tariff-plan": [
        "The Sawa {d}0 prepaid plan (28 days) is aimed at students.",
        "The Shahry 150 (postpaid) bundle includes unlimited social data.",
    ],
    "version-date": [
        "This plan (version 3, {d} {month}) replaces the draft sent in {Y}.",
        "Brand guidelines (edition {q}, {Y2}) apply to every market.",
    ],
    "population-age": [
        "Around 63% of Saudis are under 30 (a figure the team repeats often).",
        "The target audience is women aged 25-44 in Riyadh, Jeddah and Dammam.",
    ],
    "exchange-rate": [
        "At the pegged rate (SAR 3.75 = USD 1), the budget is about USD {n},000.",
        "One Kuwaiti dinar (KWD 1) buys roughly 3.25 US dollars.",
    ],
    "store-count": [
        "Panda operates more than {n} stores (hypermarkets and supermarkets).",
        "Lulu now has {n} stores; the newest (Muscat) opened in {Y2}.",
    ],
    "holiday-year": [
        "Qatar National Day (18 December) falls in the peak winter season.",
        "Bahrain's National Day (16 and 17 December) is the biggest sale weekend of the year.",
        "Kuwait's National and Liberation Days (25 and 26 February) drive travel bookings.",
    ],
}  # fmt: skip

BRANDS = ["Almarai", "Savola", "Panda", "Jarir", "Al Rajhi Bank", "SNB", "stc", "Mobily", "Zain KSA", "NEOM",
          "Red Sea Global", "Alshaya", "Kuwait Finance House", "Ooredoo", "QNB", "Al Meera", "Batelco", "Omantel",
          "Lulu Hypermarket", "Nadec", "Tamimi Markets", "Boubyan Bank", "Bank Muscat", "Al Baik", "Extra",
          "Nahdi", "Danube", "Kudu", "Herfy", "Tamr Dates"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the common ones."""
    return {
        "city": rng.choice(["Riyadh", "Jeddah", "Dammam", "Kuwait City", "Doha", "Manama", "Muscat", "Al Khobar"]),
        "cur": rng.choice(["SAR 250", "QAR 180", "KWD 15", "BHD 20", "OMR 18", "SR 99", "AED 200"]),
        "season": rng.choice(["Ramadan", "Eid al-Fitr", "Eid al-Adha", "National Day", "Founding Day", "Riyadh Season",
                              "White Friday", "back-to-school", "summer"]),
        "mall": rng.choice(["Riyadh Park", "Red Sea Mall", "The Avenues", "Place Vendôme", "City Centre Seef",
                            "Muscat Grand Mall", "Mall of Qatar", "Kingdom Centre"]),
        "pct": str(rng.randint(3, 89)),
        "hy": str(rng.randint(1440, 1446)),
        "circ": str(rng.randint(100000, 999999)),
        "sc": rng.choice(["900", "1100", "5050", "700", "88"]),
        "nd": str(rng.randint(90, 95)),
        "handle": rng.choice(["stc_ksa", "AlRajhiBank", "OoredooQatar", "PandaKSA", "JarirBookstore", "KFHGroup"]),
        "month": rng.choice(["January", "February", "March", "April", "May", "June", "September", "October",
                             "November", "December"]),
    }  # fmt: skip
