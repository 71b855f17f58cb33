"""Prose for the fifty-ninth held-out pool, "blind59": frames, claims, brands and decoys of its own.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a fifty-ninth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how growth, brand, CRM,
community and trade marketers at marketplaces, super-apps, e-wallets, banks, FMCG firms, telecoms and agencies in
Jakarta, Surabaya, Bandung, Manila, Cebu and Davao write their CIM Level 6 and 7 reports and MBA assignments in
English: regulations by number and year (POJK, PP, UU PDP, Republic Acts, BSP circulars), BPS and PSA releases,
Harbolnas 12.12, 9.9 and pay-day sales, Ramadan, Lebaran and a Christmas that starts in September, rupiah and peso
figures with both decimal habits, tickers on the IDX and PSE, PT ... Tbk and Inc. firms, survey fieldwork and sample
sizes, campaign hashtags, app versions, Taglish and Indonesian words in brackets, awards and agency briefs.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} argued that {C}.",
    "{N} reported that {C}, which fits what we see at {B}.",
    "{N} showed that {C}.",
    "{N} observed that {C}, especially among {A}.",
    "{N} concluded that {C}.",
    "{N} made the point that {C}.",
    "{N} noted that {C}, although the sample was small.",
]  # fmt: skip

NARRATIVE_MID = [
    "As {N} explained, {C}.",
    "{O} {N} found that {C}.",
    "Building on this, {N} suggested that {C}.",
    "For {B}, the most useful finding is from {N}, who showed that {C}.",
    "In the Philippine context, {N} found that {C}.",
    "A study in Jakarta by {N} confirmed that {C}.",
    "This is consistent with {N}, who argued that {C}.",
    "However, {N} warned that {C}.",
    "Similarly, {N} pointed out that {C}.",
]  # fmt: skip

POSSESSIVE = [
    "{N} study of {A} shows that {C}.",
    "{N} framework helps explain why {C}.",
    "According to {N} survey, {C}.",
    "{N} model was used to map the customer journey for {B}.",
    "Applying {N} findings, {C}.",
]  # fmt: skip

PARENTHETICAL_END = [
    "{C} {P}.",
    "{O} {C} {P}.",
    "Research in Indonesia shows that {C} {P}.",
    "In the Philippines, {C} {P}.",
    "This matters for {B} because {C} {P}.",
    "Evidence from Southeast Asia suggests {C} {P}.",
    "It is widely accepted that {C} {P}.",
]  # fmt: skip

PARENTHETICAL_MID = [
    "{C} {P}, so {B} should act before the next Harbolnas.",
    "Studies {P} show that {C}.",
    "{O} {C} {P}, which supports the plan in section 2.",
    "Since {C} {P}, the team at {B} has shifted budget to {T}.",
    "The literature {P} agrees that {C}, although most samples are from Java and Metro Manila.",
    "{C} {P}; this is why the brief focuses on {A}.",
]  # fmt: skip

CLAIMS = [
    "free-shipping vouchers drive more first orders than discounts",
    "{A} compare prices across Shopee, Lazada and TikTok Shop before checking out",
    "trust in e-wallets depends on how quickly failed top-ups are refunded",
    "cash-on-delivery remains important outside the big cities",
    "live selling increases basket size for beauty and fashion sellers",
    "loyalty points only change behaviour when they can be used for pulsa or food",
    "{T} improves {R} among {A}",
    "perceived ease of use predicts intention to use QR payments",
    "Ramadan campaigns that start before the fasting month build more {R}",
    "{A} respond better to local-language content than to English copy",
    "paylater products raise conversion but also complaint volumes",
    "brand ambassadors from K-pop groups lift awareness but not always {R}",
    "sachet packs make premium brands affordable for daily-wage households",
    "super-apps keep users through frequent low-value transactions",
    "micro-influencers in Cebu and Davao are trusted more than Manila celebrities",
    "halal certification is a hygiene factor rather than a differentiator for food brands",
    "customer service in Taglish feels more personal to {A}",
    "referral codes bring cheaper customers but they churn faster",
    "data privacy concerns reduce willingness to link bank accounts to apps",
    "{B} could grow {R} by focusing on {T}",
    "small sellers depend on platform vouchers to stay visible",
    "the Christmas shopping season starts in September for many Filipino families",
    "mudik travel shifts spending from cities to home towns before Lebaran",
    "remittances from overseas Filipino workers shape when families buy durables",
    "gamification in e-wallet apps increases daily active users",
]  # fmt: skip

OPENERS = [
    "In the Indonesian market,",
    "For Filipino consumers,",
    "During Harbolnas,",
    "Across Southeast Asia,",
    "In practice,",
    "For {B},",
    "Among {A},",
    "Before Lebaran,",
    "Outside Metro Manila,",
    "In tier-2 cities such as Surabaya and Cebu,",
]  # fmt: skip

PLAIN = [
    "The campaign will run for eight weeks and is reviewed every Monday by the growth team.",
    "This section sets out the situation analysis for {B}.",
    "The recommendations below are prioritised by cost and speed.",
    "I work in the CRM team, so the examples come mostly from push and in-app messaging.",
    "Stakeholders include the regional head, the finance partner and two agency leads.",
    "The budget has been split between always-on activity and tentpole moments.",
    "The next part looks at the competitive position of {B} in more detail.",
    "Customer interviews were carried out in English, Bahasa Indonesia and Tagalog.",
    "This is a practical plan rather than a theoretical one.",
    "Most of our sellers are small family businesses with one or two staff.",
    "The team will measure results weekly and adjust spending where needed.",
]  # fmt: skip

QUOTE_FRAMES = [
    "{Q} {P}.",
    "As {N} puts it, {Q}.",
    "One definition is useful here: {Q} {P}.",
    "{N} stated that {Q}.",
    "The key idea is that {Q} {P}, which {B} has not yet applied.",
    "In their words, {Q} {P}.",
]  # fmt: skip

SCARE_QUOTES = [
    "“value for money”",
    "‘murah meriah’",
    "\"sulit\"",
    "“cuan”",
    "‘hype’",
    "\"FOMO\"",
    "“kaya-kaya”",
    "‘halal lifestyle’",
    "“gaslighting”",
    "\"flexing\"",
    "“tipid”",
    "‘seamless’",
]  # fmt: skip

SCARE_FRAMES = [
    "Many {A} now shop for {Q} rather than for brand names {P}.",
    "The so-called {Q} effect is visible in online reviews {P}.",
    "{N} linked the idea of {Q} to repeat purchase.",
    "Sellers often describe their pricing as {Q} {P}.",
    "What customers call {Q} is really about convenience {P}.",
]  # fmt: skip

SUBJECT_LINES = [
    "“Gajian tiba! Diskon s.d. 50% hanya hari ini”",
    "“Your 12.12 vouchers expire at midnight”",
    "‘Libre delivery this payday weekend!’",
    "\"Mudik aman, saldo aman\"",
    "“Ka-Jollibee, your Chickenjoy is waiting”",
    "‘Cashback 20% pakai QRIS’",
    "\"Padala na, Ma! Send money home for free\"",
    "“Don’t miss the 9.9 Super Shopping Day”",
]  # fmt: skip

SUBJECT_FRAMES = [
    "The push notification {Q} had the highest open rate of the quarter {P}.",
    "A subject line such as {Q} creates urgency {P}.",
    "{N} tested headlines like {Q} with {A}.",
    "Copy like {Q} works because it speaks the customer's language {P}.",
]  # fmt: skip

NOT_CITATIONS = {
    "regulation-number": [
        "Under POJK No. 6/POJK.07/2022, lenders must disclose fees before a customer agrees.",
        "Peraturan Pemerintah No. 80 Tahun 2019 sets the rules for selling through electronic systems.",
        "BSP Circular No. 1140, Series of 2022 changed how banks manage technology risk.",
    ],
    "republic-act": [
        "The Data Privacy Act of 2012 (Republic Act No. 10173) applies to every CRM list we hold.",
        "Republic Act No. 11967, the Internet Transactions Act, makes platforms share liability with sellers.",
        "Any SMS blast must follow RA 10173 and the NPC's circulars on consent.",
    ],
    "uu-pdp": [
        "With UU PDP (Law No. 27 of 2022) now in force, consent banners must be rewritten.",
        "The UU PDP grace period ended in October {Y2}, so the data audit cannot wait.",
    ],
    "ticker": [
        "PT Unilever Indonesia Tbk (IDX: UNVR) lost share to local brands.",
        "Jollibee Foods Corporation (PSE: JFC) reported strong same-store sales.",
        "GoTo (IDX: GOTO) and Bukalapak (IDX: BUKA) both listed on the Jakarta exchange.",
    ],
    "tbk-company": [
        "PT Indofood CBP Sukses Makmur Tbk makes Indomie, the brand in this report.",
        "The distributor, PT Sumber Alfaria Trijaya Tbk (Alfamart), has over {n} stores in East Java.",
    ],
    "inc-corp": [
        "Globe Telecom, Inc. and Smart Communications, Inc. compete hard on prepaid promos.",
        "Universal Robina Corp. (URC) owns several snack brands sold in sari-sari stores.",
    ],
    "rupiah-figure": [
        "The average basket during the sale was Rp{n}.000, up from last year.",
        "Total media spend is capped at Rp 2,5 miliar (about USD 160,000).",
        "A voucher of IDR {n}K is enough to move first-time buyers.",
    ],
    "peso-figure": [
        "The campaign budget is PHP {n},000 for the quarter (roughly ₱{d}M for the full year, VAT-inclusive).",
        "Average order value in Cebu rose to ₱{n} in Q{q}.",
    ],
    "harbolnas-date": [
        "Harbolnas 12.12 remains the biggest night of the year for the marketplace.",
        "Sales on 11.11 and 12.12 together made up almost a fifth of Q4 GMV.",
    ],
    "double-date-sale": [
        "The 9.9, 10.10 and 11.11 mega sales each get their own landing page.",
        "We plan a smaller push on the 15.15 pay-day sale, after the salary credit.",
    ],
    "ramadan-lebaran": [
        "Ramadan {Y} started in March, so the Lebaran peak fell in early April.",
        "Traffic drops at buka puasa time (around 18:00 WIB) and peaks after tarawih.",
    ],
    "christmas-ber-months": [
        "The \"-ber months\" begin in September, when the first Christmas songs play in malls.",
        "Our Paskong Pinoy campaign runs from 1 September to 6 January (Three Kings).",
    ],
    "time-zone": [
        "Live sessions start at 20:00 WIB, which is 21:00 PHT in Manila.",
        "The flash sale opens at 00:00 WITA for Bali and Makassar customers.",
    ],
    "quarter-fiscal": [
        "Results for Q{q} FY{Y} were below target in Mindanao.",
        "In H1 {Y}, GMV grew {d}% year on year.",
    ],
    "sample-size": [
        "Our own survey of {A} (n = {n}) ran through Google Forms.",
        "Respondents (N={n}) were recruited through the loyalty app.",
    ],
    "fieldwork-dates": [
        "Fieldwork for the Jakpat panel ran from 4 to 1{q} March, with quotas by island.",
        "The Populix questionnaire was in the field during week {q} of Ramadan.",
    ],
    "survey-question": [
        "Question 7 asked: \"How often do you use an e-wallet in a week?\"",
        "The last item (Q12) asked whether respondents had ever used paylater.",
    ],
    "statistics-agency": [
        "BPS data show Indonesia's population passed 278 million.",
        "PSA's 2020 Census of Population and Housing counted 109 million Filipinos.",
        "The latest Susenas round covers internet use by province.",
    ],
    "report-name-year": [
        "The e-Conomy SEA {Y} report put the region's digital economy above USD 200 billion.",
        "Kantar's Brand Footprint ranking puts Indomie at the top of Indonesian homes again.",
    ],
    "news-outlet-mention": [
        "The story was picked up by Kompas, Tempo and The Jakarta Post within a day.",
        "Rappler and the Philippine Daily Inquirer both covered the data breach.",
        "A DailySocial interview with the founder is in Appendix B.",
    ],
    "hashtag": [
        "The hashtag #BelanjaDiRumahAja trended during the first lockdown.",
        "User posts tagged #JollibeeKwentoNgPasko reached {n} thousand views.",
    ],
    "handle": [
        "Followers of @tokopedia and @shopee_id often compare vouchers in the comments.",
        "The brand replied from @GCashOfficial within an hour.",
    ],
    "app-version": [
        "Version {q}.{d}.0 of the app added QRIS scanning to the home screen.",
        "After the iOS 17 update, push opt-in rates fell.",
    ],
    "promo-code": [
        "The code PAYDAY{d} gave 15% off for new users.",
        "Customers entered GAJIAN{n} at checkout to unlock free shipping.",
    ],
    "product-variant": [
        "Indomie Goreng (Original) outsells every other flavour in East Java.",
        "The Chickenjoy Bucket (6 pcs) is the most ordered item on GrabFood.",
    ],
    "local-term-bracketed": [
        "Neighbourhood shops (warung) still handle most daily purchases.",
        "Small neighbourhood stores (sari-sari stores) sell single sachets.",
        "The homecoming trip (mudik) changes where people spend.",
    ],
    "acronym-expansion": [
        "Micro, small and medium enterprises (MSMEs) make up most of our sellers.",
        "Gross merchandise value (GMV) is the main KPI for the category team.",
        "Buy now, pay later (BNPL) is known locally as paylater.",
    ],
    "award": [
        "The campaign won Gold at the Kidlat Awards {Y} and a Bronze at Spikes Asia.",
        "{B} was named Top Brand Award winner for the third year running.",
    ],
    "event-conference": [
        "I presented these results at Digital Marketing Week Jakarta {Y}.",
        "The Tatler Asia panel (Manila, 14 November) discussed fintech trust.",
    ],
    "section-reference": [
        "See Section 3.2 for the full segmentation.",
        "The budget is broken down in Table 4 (Appendix C).",
        "Figure 2 (below) shows the funnel by channel.",
    ],
    "course-unit": [
        "This report is submitted for the CIM Level 7 Postgraduate Diploma, Unit 2 (Mastering Metrics).",
        "As required by the CIM Level 6 assessment brief (Task {q}), the plan covers twelve months.",
    ],
    "job-title-dates": [
        "I joined the CRM team as Senior Associate (2021–present).",
        "My role (Brand Manager, Personal Care, since {Y}) covers three brands.",
    ],
    "version-history": [
        "Draft 3 (revised after tutor feedback on {d} March) is attached.",
        "Version 2.1 of the brand guidelines replaced the {Y} edition.",
    ],
    "exchange-rate": [
        "All figures are converted at USD 1 = IDR 15,600 and USD 1 = PHP 56.",
        "At an exchange rate of around Rp16.000 per dollar, imported inputs became costly.",
    ],
    "percentage-change": [
        "Monthly active users rose {d}% (from {n}k to a new high).",
        "Churn fell by {q} percentage points after the onboarding change.",
    ],
    "store-count": [
        "Alfamart and Indomaret together run over {n} thousand outlets.",
        "Jollibee has more than 1,200 stores nationwide (including {n} in Mindanao).",
    ],
    "brand-slogan": [
        "The tagline \"Satu Selera\" has been used for decades.",
        "The slogan 'Bida ang saya' still tests well with families.",
    ],
    "campaign-name": [
        "The \"Mudik Bareng\" programme carried {n} passengers home for free.",
        "Our 'Kwento ng Pasko' series drove the highest engagement of the year.",
    ],
    "tv-programme": [
        "We sponsored segments during \"It's Showtime\" and \"Eat Bulaga!\".",
        "The ad ran during sinetron prime time on RCTI.",
    ],
    "platform-feature": [
        "Shopee Live and TikTok Shop LIVE both show a viewer count in real time.",
        "GCash's GSave (with CIMB) and GInvest are cross-sold after each top-up.",
    ],
    "bank-product": [
        "BCA mobile (m-BCA) and livin' by Mandiri dominate mobile banking.",
        "Maya Savings offered up to 15% p.a. on boosted balances.",
    ],
    "interview-code": [
        "One seller (Respondent 4, Surabaya) said fees were eating her margin.",
        "Interviewee P7 (female, 27, Quezon City) only uses cash for jeepney fares.",
    ],
    "address-location": [
        "Our flagship store is at Grand Indonesia, Jl. M.H. Thamrin No. 1, Jakarta.",
        "The Cebu hub is in IT Park, Lahug (near the Ayala Center).",
    ],
    "phone-number": [
        "Customers can reach the hotline at 1500-{n} or via WhatsApp.",
        "The helpline (02) 8888-{n} is open 24/7 during the sale.",
    ],
    "religious-calendar": [
        "Idul Adha {Y2} fell on a Monday, so many offices closed for a long weekend.",
        "Simbang Gabi (16–24 December) drives late-night food orders.",
    ],
    "holiday-name": [
        "National Heroes Day (last Monday of August) is a quiet sales day.",
        "HUT RI on 17 August brings red-and-white themed promos.",
    ],
    "rating-score": [
        "The app is rated 4.{d} on Google Play ({n}K reviews).",
        "Net Promoter Score was +{d} in Q{q}, down from the launch level.",
    ],
    "time-period-range": [
        "Between {Y} and {Y2}, digital payments overtook cash for online orders.",
        "From 2019 to 2023, smartphone ownership in rural Mindanao doubled.",
    ],
    "model-name": [
        "I use the AIDA model and Sharp's ideas on mental availability (see Appendix A).",
        "The 7Ps (product, price, place, promotion, people, process, physical evidence) structure this section.",
    ],
}  # fmt: skip

BRANDS = ["Tokopedia", "Shopee", "Lazada", "GoTo", "Gojek", "Grab", "GCash", "Maya", "OVO", "DANA", "Jollibee", "Indomie",
          "Unilever Indonesia", "Bukalapak", "Blibli", "Traveloka", "Kopi Kenangan", "Wardah", "Globe Telecom", "Smart",
          "Telkomsel", "BCA", "Bank Mandiri", "BPI", "BDO Unibank", "SM Supermalls", "Mang Inasal", "Chowking",
          "Alfamart", "Indomaret", "Puregold", "Sido Muncul", "Kapal Api", "Bench", "Penshoppe", "Zalora"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use (none at present beyond the shared ones)."""
    return {"city": rng.choice(["Jakarta", "Surabaya", "Bandung", "Manila", "Cebu", "Davao"])}
