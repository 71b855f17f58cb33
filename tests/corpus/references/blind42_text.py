"""Prose for the forty-second held-out pool, "blind42": frames, claims, brands and decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a forty-second hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, digital and
trade marketers at FMCG firms, telecom operators, fintechs, edtechs, D2C start-ups and agencies in India, Pakistan,
Bangladesh and Sri Lanka write on CIM Level 4 to Level 7 courses (some with Indian MBA habits): festive campaigns
(Diwali, Eid, Durga Puja, Pongal, Sinhala and Tamil New Year) with their years, IPL and PSL seasons and their
sponsors, crore and lakh figures, rupee and taka amounts, UPI, Paytm, bKash and JazzCash, Jio and Airtel tariff
launches, ASCI, TRAI, SEBI, RBI, PTA and BTRC rulings with their numbers and dates, the DPDP Act 2023, Tier 2 and
Tier 3 cities, tickers, fiscal years and quarters, awards, slogans, agencies, influencers and their handles.

``{N}`` is a narrative citation, ``{P}`` a parenthetical one, ``{Q}`` a quotation, ``{C}`` a claim, ``{O}`` an
opener, ``{B}`` a brand; the other names are filled by ``values``. Decoys (NOT_CITATIONS) cite nothing.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} argues that {C}.",
    "{N} found that {C}, especially outside the metros.",
    "{N} shows that {C}.",
    "{N} suggests that {C}, which is relevant for {B}.",
    "{N} observed that {C} in Tier 2 and Tier 3 towns.",
    "{N} explain that {C}.",
    "{N} makes the point that {C}.",
    "{N} has noted that {C}; {B} is a good example of this.",
    "{N} concluded that {C}.",
    "{N} report that {C} during the festive quarter.",
    "{N} highlights that {C}.",
    "{N} is of the view that {C}.",
    "{N} clearly mentions that {C}.",
    "{N} also argued that {C}, although the sample was mostly urban.",
]
NARRATIVE_MID = [
    "{O}, {N} argues that {C}.",
    "According to {N}, {C}.",
    "As per {N}, {C}.",
    "As noted by {N}, {C}.",
    "This is in line with {N}, who found that {C}.",
    "{O}, and as {N} points out, {C}.",
    "For {B}, the finding of {N} that {C} is important.",
    "In the Pakistani market too, {N} observed that {C}.",
    "A similar view is taken by {N}, who state that {C}.",
    "The team at {B} relied on {N} to justify the claim that {C}.",
    "Drawing on {N}, it can be said that {C}.",
    "Here, {N} is helpful because it shows that {C}.",
    "It was {N} who first showed that {C}.",
]
POSSESSIVE = [
    "{N} study shows that {C}.",
    "{N} framework explains why {C}.",
    "Using {N} model, it is clear that {C}.",
    "{N} survey of urban and rural households found that {C}.",
    "According to {N} findings, {C}.",
    "{N} work on emerging markets suggests that {C}.",
    "This supports {N} argument that {C}.",
]
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "It is widely accepted that {C} {P}.",
    "For {B}, {C} {P}.",
    "Research in South Asia shows that {C} {P}.",
    "In Bangladesh and Pakistan as well, {C} {P}.",
    "Evidence from the last festive season suggests that {C} {P}.",
    "Therefore {C} {P}.",
    "Studies also show that {C} {P}.",
    "{C}, particularly among first-time internet users {P}.",
    "In Sri Lanka, {C} {P}.",
    "It is also true that {C} {P}.",
]
PARENTHETICAL_MID = [
    "{C} {P}, and this is why {B} invests in regional-language content.",
    "{O}, {C} {P}; however, {C2}.",
    "Since {C} {P}, {B} should rethink its media mix.",
    "While {C} {P}, the picture in Tier 3 towns is less clear.",
    "{C} {P}, which means {C2}.",
    "Because {C} {P}, the plan puts more money behind vernacular creatives.",
    "Although {C} {P}, many brands still treat digital as an add-on.",
    "{C} {P} and so {B} needs to act quickly.",
    "It is argued that {C} {P}, but {C2}.",
]
CLAIMS = [
    "festive-season advertising drives a large share of annual sales for consumer durables",
    "price-sensitive consumers in smaller towns switch brands when a cheaper sachet is available",
    "UPI has changed how small merchants accept payments",
    "trust in a brand matters more than price for first-time digital payment users",
    "regional-language content gets higher engagement than English content",
    "cricket sponsorship builds awareness quickly but does little for preference",
    "influencer posts are trusted more by Gen Z than brand posts",
    "customers churn when tariffs rise unless the network quality is clearly better",
    "edtech firms have struggled to convert free users into paying subscribers",
    "kirana stores remain the main route to market for most FMCG categories",
    "women in rural households increasingly influence purchase decisions",
    "cash on delivery is still preferred by many online shoppers outside the metros",
    "loyalty programmes work better when rewards can be redeemed instantly",
    "the festive quarter is when most brands launch new variants",
    "mobile financial services have widened access to savings for the unbanked",
    "short-video platforms have become the main discovery channel for D2C brands",
    "celebrity endorsement lifts recall but can damage trust if the celebrity is seen as inauthentic",
    "consumers expect brands to respect their data after the new privacy law",
    "value packs and small price points help brands reach the bottom of the pyramid",
    "emotional storytelling in festival films creates stronger brand recall than product-led ads",
    "quick commerce is changing impulse buying in large cities",
    "parents see online coaching as an investment rather than an expense",
    "word of mouth within family WhatsApp groups shapes brand choice",
    "bundled data and OTT offers reduce churn among young prepaid users",
    "digital lending apps need to build trust before they can grow",
    "green claims are often not believed unless they are specific",
    "brand purpose campaigns work when they match what the brand actually does",
    "small-town consumers aspire to the same brands as metro consumers",
]
OPENERS = [
    "In the Indian context",
    "For a brand like {B}",
    "In simple terms",
    "From a CIM point of view",
    "Looking at the South Asian market",
    "During the festive season",
    "In the case of Pakistan",
    "In today's competitive scenario",
    "From the customer's side",
    "In Tier 2 and Tier 3 cities",
    "In Bangladesh",
    "Post-pandemic",
    "As per my experience at {B}",
]
PLAIN = [
    "This section now looks at the external environment.",
    "The recommendations below are linked to the objectives set in Task 1.",
    "{B} has to decide where to spend its limited budget this year.",
    "The marketing team is small, with four people covering brand, trade and digital.",
    "These points are summarised in the table below.",
    "The next part of the report focuses on the customer journey.",
    "Overall, the brand is in a strong position but must act now.",
    "Our distributors in the north have raised this issue many times.",
    "I have worked on this brand for three years, first in trade marketing and now in digital.",
    "The company is listed and reports to the board every quarter.",
    "A detailed budget is attached as an appendix.",
    "The objectives follow the SMART format.",
    "Both options were discussed with the regional sales heads.",
    "The main risk is that competitors copy the offer within weeks.",
    "Thus, a phased approach is suggested.",
]
QUOTE_FRAMES = [
    "{N} states that {Q}.",
    "As {N} puts it, {Q}.",
    "{Q} {P}.",
    "It has been said that {Q} {P}.",
    "In the words of {N}, {Q}.",
    "{N} writes that {Q}, which fits the situation of {B}.",
    "One author puts it well: {Q} {P}.",
    "The point is that {Q} {P}.",
    "{N} describes the market as follows: {Q}.",
]
SCARE_QUOTES = [
    "‘Bharat’", "“value for money”", "'paisa vasool'", "‘next billion users’", "\"glocal\"", "“desi”",
    "‘premium’", "'festive'", "“hyperlocal”", "‘aspirational’", "\"jugaad\"", "‘digital-first’",
    "“Gen Z”", "'sachet economy'", "‘phygital’", "“vocal for local”",
]  # fmt: skip
SCARE_FRAMES = [
    "Many marketers talk about {Q} consumers without defining them {P}.",
    "The so-called {Q} segment is growing fastest in smaller towns {P}.",
    "{N} questions what {Q} really means for a brand in South Asia.",
    "Brands now call almost everything {Q} {P}.",
    "The idea of {Q} is central to how {B} positions itself {P}.",
    "{N} shows that {Q} is understood differently in each region.",
]
SUBJECT_LINES = [
    "‘Your Diwali offer is waiting 🎁’", "“Eid Mubarak! 20% off for you”", "'Last chance: Puja sale ends tonight'",
    "‘Recharge now and get 2GB extra’", "“Your EMI is due tomorrow”", "'Your free class starts in 1 hour'",
    "‘Pongal specials are here’", "“Shubho Noboborsho from all of us”", "'Avurudu deals just for you'",
    "\"Cashback credited to your wallet\"",
]  # fmt: skip
SUBJECT_FRAMES = [
    "{B} tested the push notification {Q}, following the advice on urgency {P}.",
    "The email subject line {Q} had the highest open rate, which supports earlier findings {P}.",
    "A message such as {Q} is short and personal, as {N} recommends.",
    "The WhatsApp template {Q} was approved by the team {P}.",
    "The SMS {Q} follows the festive tone suggested by {N}.",
]

# Text that looks like a citation (capitals, years, brackets, quotation marks) but cites nothing.
NOT_CITATIONS: dict[str, list[str]] = {
    "festive-campaign-year": [
        "{B}'s {fest} {Y3} campaign was planned from July, with the film released three weeks before the festival.",
        "For {fest} {Y3} the brand ran a 30-second film on YouTube and regional TV channels.",
        "The {fest} {Y3} gift packs sold out in Tier 2 cities before the metros.",
    ],
    "festival-date": [
        "The campaign went live before {fest} ({fdate}) and ran for two weeks after it.",
        "Sales peak around Pohela Boishakh (14 April) and again before Eid.",
        "In Sri Lanka the Avurudu season (13-14 April) is when most households buy new clothes and appliances.",
    ],
    "cricket-season": [
        "{B} spent heavily on IPL {Y3} (March to May), mostly on connected TV.",
        "During PSL {psl} ({Y3}) the brand ran in-stadium branding in Lahore and Karachi.",
        "The ICC Men's Cricket World Cup 2023 (India) gave FMCG brands a second festive season.",
    ],
    "title-sponsor": [
        "Title sponsorship of the {league} passed to {sponsor} for the {Y3} season.",
        "{sponsor} became the official partner of the {league} in {Y3} in a deal reportedly worth ₹{cr} crore.",
    ],
    "crore-lakh": [
        "{B} had a marketing budget of ₹{cr} crore in FY{fy}, of which about 40% went to digital.",
        "The brand sold {lakh} lakh units in the first month, mainly through general trade.",
        "Revenue grew to Rs {cr} crore (about US$ {usd} million) last year.",
    ],
    "taka-rupee-amount": [
        "A bKash cash-out of Tk {tk} costs the customer around Tk {tkfee}.",
        "The basic bundle costs PKR {pkr} a month, while the premium plan is PKR {pkr2}.",
        "In Sri Lanka the same pack is priced at LKR {lkr} after the last price revision.",
    ],
    "fiscal-year": [
        "FY{fy} (April {Y3} to March {Y4}) was the first year of profit for the company.",
        "Results for Q{q} FY{fy} showed volume growth of {pc}% in rural markets.",
        "The Union Budget {Y3}-{yy} raised the customs duty on some electronics.",
    ],
    "tariff-plan": [
        "Jio's ₹{price} plan (28 days, 2GB/day) became the most popular prepaid pack.",
        "Airtel's new ₹{price} pack includes unlimited 5G data and a Disney+ Hotstar (Mobile) subscription.",
        "Jazz launched its {gb}GB monthly bundle (Rs. {pkr}) in {mo} {Y3}.",
    ],
    "regulator-circular": [
        "RBI circular RBI/{Y3}-{yy}/{n} tightened the rules on digital lending apps.",
        "SEBI circular SEBI/HO/MIRSD/MIRSD-PoD-1/P/CIR/{Y3}/{n} deals with finfluencers.",
        "The TRAI direction of {d} {mo} {Y3} asks operators to filter unregistered headers.",
    ],
    "telecom-ruling": [
        "PTA's decision of {d} {mo} {Y3} allowed operators to increase the tax-inclusive price of bundles.",
        "The BTRC directive issued in {mo} {Y3} set a floor price for mobile data packages.",
        "TRCSL approved the tariff revision on {d} {mo} {Y3}.",
    ],
    "dpdp-act": [
        "Under the DPDP Act 2023, consent has to be free, specific and informed.",
        "The Digital Personal Data Protection Act, 2023 (India) will change how {B} uses its CRM data.",
        "Section 6 of the DPDP Act 2023 covers consent, while Section 9 deals with children's data.",
    ],
    "other-legislation": [
        "The Consumer Protection Act 2019 (India) created the CCPA to act against misleading ads.",
        "In Pakistan the Prevention of Electronic Crimes Act 2016 (PECA) also affects online campaigns.",
        "Sri Lanka's Personal Data Protection Act, No. 9 of 2022 follows the GDPR closely.",
    ],
    "asci-guideline": [
        "The ASCI Code (Chapter II) says ads must not mislead by ambiguity or exaggeration.",
        "Under ASCI's influencer guidelines, released in May 2021, posts must carry a label such as #ad.",
        "The ASCI complaint against the brand was upheld in {mo} {Y3}.",
    ],
    "upi-stats": [
        "UPI crossed {n} crore transactions a month in {mo} {Y3}.",
        "In {mo} {Y3} UPI processed more than {bn} billion transactions worth ₹{lakh} lakh crore.",
    ],
    "wallet-founding": [
        "bKash (launched 2011) is now the largest mobile financial service in Bangladesh.",
        "JazzCash (2012) and Easypaisa (2009) together dominate mobile wallets in Pakistan.",
        "Paytm (founded 2010) began as a prepaid recharge website.",
    ],
    "company-founding": [
        "{B} (est. {Y}) started as a family business in {city}.",
        "Haldiram's, founded in Bikaner in 1937, now sells in more than 80 countries.",
        "Tata Tea (1983) was renamed Tata Global Beverages and later Tata Consumer Products.",
    ],
    "stock-ticker": [
        "Hindustan Unilever (NSE: HINDUNILVR) is the market leader in most home and personal care categories.",
        "Engro Corporation (PSX: ENGRO) reported higher profits this year.",
        "Dialog Axiata (CSE: DIAL) is the largest mobile operator in Sri Lanka.",
    ],
    "brand-owner": [
        "Surf Excel (Hindustan Unilever) and Tide (P&G) compete mainly on stain removal.",
        "Tapal Danedar (Tapal Tea) leads the loose tea market in Pakistan.",
        "Lifebuoy (Unilever) has run handwashing programmes in rural schools for years.",
    ],
    "tier-cities": [
        "Tier 2 cities (e.g. Indore, Lucknow, Coimbatore) now contribute most of the new online shoppers.",
        "The pilot ran in three Tier 3 towns (Hosur, Bathinda and Siliguri) before national roll-out.",
        "Outside Karachi, Lahore and Islamabad (the so-called big three), reach is mostly through TV.",
    ],
    "framework-name": [
        "Porter's Five Forces and the Ansoff Matrix are used below to analyse the options.",
        "The 4As of rural marketing (Affordability, Availability, Acceptability, Awareness) suit this brand better than the 4Ps.",
        "Maslow's hierarchy of needs and the AIDA model are both applied in Task 2.",
    ],
    "course-reference": [
        "This report answers Task 2 (AC 2.1 and 2.2) of the CIM Level 6 Diploma.",
        "The learning outcomes of Unit 3 (Level 7) are covered in section 4.",
        "As discussed in our MBA (Marketing) class at IIM in {Y3}, this option is risky.",
    ],
    "figure-table": [
        "The results are shown in Figure 3 (Appendix 2).",
        "Table 4.1 (below) compares the three telcos on price, coverage and service.",
        "See Exhibit 5 for the full media plan (Q{q} to Q4).",
    ],
    "source-line": [
        "Source: primary survey of {n} respondents, {mo} {Y3}.",
        "Source: company data (internal, not published).",
        "Source: author's own analysis based on the brand's sales data for FY{fy}.",
    ],
    "survey-sample": [
        "A small survey (n = {n}) was run among students in Dhaka and Chattogram.",
        "Of the respondents (N = {n}), {pc}% said they use UPI daily.",
        "The focus groups (two in Colombo, one in Kandy) were held in {mo} {Y3}.",
    ],
    "interview-note": [
        "In an interview with the regional sales manager ({d} {mo} {Y3}), he confirmed the trade schemes.",
        "A conversation with the brand head in Karachi (March {Y3}) gave more detail on the pricing.",
    ],
    "award": [
        "The film won Gold at the Effie Awards India {Y3} and a Silver Lion at Cannes.",
        "{B} picked up three Abbys at Goafest {Y3} for its festive campaign.",
        "The campaign was shortlisted at the Spikes Asia {Y3} awards (Film category).",
    ],
    "slogan-year": [
        "The line “Thanda Matlab Coca-Cola” (2003) is still remembered by older consumers.",
        "Cadbury's “Kuch Meetha Ho Jaaye” (2004) linked chocolate to Indian celebrations.",
        "Fevicol's ‘Jodne ka kaam karta hai’ line has been used since the 1990s.",
    ],
    "campaign-hashtag": [
        "Ariel's #ShareTheLoad (2015 onwards) is a good example of purpose-led advertising.",
        "The #{tag} campaign reached {n} million views in its first week.",
        "Brooke Bond Red Label's 'Swad Apnepan Ka' films have run for many years.",
    ],
    "agency-credit": [
        "The film was created by Ogilvy India in 2021 and directed by a Mumbai production house.",
        "{B}'s creative duties moved to {agency} in {Y3} after a pitch.",
        "The agency on record is {agency} (creative only), with media handled by a separate agency.",
    ],
    "person-tenure": [
        "Sanjiv Mehta (CEO and MD, 2013-2023) led the company through the pandemic.",
        "The current CMO (appointed {mo} {Y3}) has moved most of the budget to performance marketing.",
        "Piyush Pandey (Ogilvy India) is known for making ads in everyday Hindi.",
    ],
    "influencer-handle": [
        "The creator @{handle} ({n}K followers) posted two reels for the launch.",
        "Comedians such as Bhuvan Bam (BB Ki Vines) are used because they reach small-town youth.",
        "The brand worked with {n} nano-influencers (under 10K followers each) in Kerala.",
    ],
    "tv-show-season": [
        "Kaun Banega Crorepati (Season 15) had several fintech sponsors.",
        "Coke Studio Pakistan (Season 14, 2022) became a major success on YouTube.",
        "Shark Tank India (Season 3) helped many D2C brands become known nationally.",
    ],
    "app-version": [
        "The Paytm app (version 10.{ver}) now shows a separate tab for UPI Lite.",
        "Version 4.{ver} of the app (Android only) added Bengali and Tamil.",
        "The update in {mo} {Y3} (v{ver}.2) reduced the number of steps at checkout.",
    ],
    "ussd-shortcode": [
        "Customers can dial *247# to use bKash without a smartphone.",
        "To stop promotional calls, users send START 0 to 1909 (the DND service).",
        "JazzCash can be used offline by dialling *786#.",
    ],
    "exchange-rate": [
        "At the time of writing, 1 USD = {pkr3} PKR, which has raised the cost of imported packaging.",
        "All amounts are in Indian rupees (₹1 = about £0.0095 in {mo} {Y3}).",
        "The taka fell sharply against the dollar in {Y3} (Bangladesh), raising input costs.",
    ],
    "pack-size": [
        "The ₹10 pack (20 g) is the brand's bestseller in rural India.",
        "A 2-rupee shampoo sachet (6 ml) still outsells the 180 ml bottle in villages.",
        "The new SKU (Rs. {price}, 250 ml) is aimed at students.",
    ],
    "gst-tax": [
        "GST (18%) on online gaming was raised to 28% in 2023.",
        "The GST Council's {ord} meeting in {mo} {Y3} changed the rate for several packaged foods.",
        "A 19.5% sales tax (Punjab) applies to telecom services in Pakistan.",
    ],
    "census-figure": [
        "Census 2011 data still guide many rural distribution plans.",
        "The Pakistan Census {Y3} counted more than 240 million people.",
        "According to the last census in Sri Lanka, Colombo District has around 2.4 million people.",
    ],
    "university-year": [
        "IIM Ahmedabad (est. 1961) runs one of the best-known case-writing programmes.",
        "I completed my BBA at the University of Dhaka ({Y}-{Y2}) before joining the agency.",
        "LUMS (Lahore) has a strong marketing faculty.",
    ],
    "edtech-course-name": [
        "BYJU'S Class 10 (CBSE) course was bundled with a tablet.",
        "Unacademy Plus (launched for UPSC aspirants) moved to a subscription model.",
        "The JEE Main {Y3} crash course was priced at ₹{price}.",
    ],
    "word-count": [
        "Word count: {wc} (excluding tables and appendices).",
        "This section is within the limit (1,500 words) set in the brief.",
    ],
    "rating-score": [
        "The app is rated 4.{ver} (Google Play, {mo} {Y3}) with more than one crore downloads.",
        "The brand's NPS rose from {n2} to {n3} (internal tracker, Q{q}).",
    ],
    "5g-spectrum": [
        "Jio and Airtel bought spectrum in the 3300 MHz (n78) band in the {Y3} auction.",
        "The 700 MHz band (n28) gives better indoor coverage in Tier 3 towns.",
    ],
    "store-count": [
        "{B} now has {n} stores (as of {mo} {Y3}) and plans to double in two years.",
        "The distributor network covers {lakh} lakh outlets (direct and indirect).",
    ],
    "event-expo": [
        "The brand launched the product at India Mobile Congress {Y3} (New Delhi).",
        "At the Global Fintech Fest {Y3} (Mumbai) several banks showed UPI credit features.",
    ],
    "ramadan-timing": [
        "Most Ramadan ads ran after Iftar (roughly 6:30 pm to 9 pm) when viewing is highest.",
        "The Eid ul-Fitr ({Y3}) campaign started on the first of Ramadan.",
    ],
}

BRANDS = ["Hindustan Unilever", "HUL", "Tata Consumer Products", "Tata Tea", "Dabur", "Marico", "Parle Agro", "Amul",
          "Britannia", "ITC", "Nestlé India", "Haldiram's", "Jio", "Airtel", "Vi", "Jazz", "Zong", "Telenor Pakistan",
          "Grameenphone", "Robi", "Dialog", "Paytm", "PhonePe", "Google Pay", "bKash", "Nagad", "JazzCash",
          "Easypaisa", "CRED", "Razorpay", "BYJU'S", "Unacademy", "upGrad", "PhysicsWallah", "Mamaearth", "boAt",
          "Lenskart", "Nykaa", "Sugar Cosmetics", "Zomato", "Swiggy", "Blinkit", "Daraz", "Foodpanda", "Engro Foods",
          "Olpers", "Shan Foods", "National Foods", "PRAN", "Square Toiletries", "Keells", "Elephant House",
          "Munchee", "Asian Paints", "Titan", "Tanishq", "Fevicol", "Cadbury Dairy Milk", "Surf Excel", "Lifebuoy",
          "Tapal", "Khaadi", "Sapphire"]  # fmt: skip

_FESTIVALS = ["Diwali", "Eid", "Eid ul-Fitr", "Eid ul-Adha", "Durga Puja", "Pongal", "Onam", "Raksha Bandhan",
              "Holi", "Navratri", "Avurudu", "Pohela Boishakh", "Ramadan", "Dussehra", "Christmas", "Ganesh Chaturthi"]  # fmt: skip
_FESTIVAL_DATES = ["12 November", "31 October", "10 April", "24 October", "14 January", "15 January", "13 April",
                   "14 April", "29 August", "1 November", "17 June", "19 September"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn from the builder's random source after the common ones."""
    year = rng.randint(2016, 2025)
    return {
        "fest": rng.choice(_FESTIVALS), "fdate": rng.choice(_FESTIVAL_DATES), "Y3": str(year), "Y4": str(year + 1),
        "yy": str(year + 1)[2:], "fy": rng.choice(["22", "23", "24", "25", "2023-24", "2024-25", "21"]),
        "psl": str(rng.randint(4, 10)), "league": rng.choice(["IPL", "PSL", "Women's Premier League", "BPL", "Pro Kabaddi League", "LPL"]),
        "sponsor": rng.choice(["Tata", "Dream11", "My11Circle", "HBL", "Jazz", "Walton", "Aramco", "Vivo", "CRED", "Angel One"]),
        "cr": rng.choice(["120", "450", "1,200", "2,340", "85", "12.5", "3,000"]),
        "lakh": rng.choice(["2", "5", "12", "18.5", "40", "9"]), "usd": rng.choice(["15", "54", "140", "280"]),
        "tk": rng.choice(["1,000", "5,000", "500", "2,500"]), "tkfee": rng.choice(["18.50", "92.50", "9.25"]),
        "pkr": rng.choice(["1,499", "599", "2,000", "850", "349"]), "pkr2": rng.choice(["3,499", "4,200", "2,999"]),
        "pkr3": rng.choice(["278", "281", "285", "301"]), "lkr": rng.choice(["1,250", "490", "3,200"]),
        "price": rng.choice(["149", "199", "239", "299", "349", "449", "666", "999"]),
        "gb": rng.choice(["10", "25", "40", "100"]), "mo": rng.choice(["January", "March", "April", "July", "August", "September", "October", "November", "December"]),
        "n2": str(rng.randint(12, 30)), "n3": str(rng.randint(31, 60)), "pc": str(rng.randint(8, 72)),
        "bn": rng.choice(["10", "13", "16", "18"]), "city": rng.choice(["Kolkata", "Ahmedabad", "Lahore", "Chattogram", "Kandy", "Kochi", "Indore", "Faisalabad"]),
        "tag": rng.choice(["DilSeDiwali", "EidWithFamily", "PujoPorichoy", "RechargeKaro", "PayWithBkash", "PadhaiPakki"]),
        "agency": rng.choice(["Ogilvy India", "Leo Burnett", "FCB India", "Lowe Lintas", "Spirit Media", "Grey Group Bangladesh", "Talented", "Dentsu Creative"]),
        "handle": rng.choice(["techwithtanvi", "karachi.eats", "dhakafoodie", "thecolombodiaries", "financewithfaisal", "bengalurubites"]),
        "ver": str(rng.randint(1, 9)), "ord": rng.choice(["47th", "49th", "50th", "53rd", "55th"]),
        "wc": rng.choice(["2,987", "3,412", "2,496", "4,015"]),
    }  # fmt: skip
