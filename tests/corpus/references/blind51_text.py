"""Prose for the fifty-first held-out pool, "blind51": West African telecoms, fintech, FMCG and media marketers.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a fifty-first hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, growth, trade
and communications marketers at telecoms operators, fintechs and mobile-money firms, banks, FMCG and beverage firms,
Nollywood studios, music labels and agencies in Nigeria, Ghana, Senegal and Côte d'Ivoire write on CIM Level 6 and 7
courses and MBAs in Lagos, Abuja, Accra and London: CBN circulars and their reference numbers, NCC directives, the NDPR
2019 and the Nigeria Data Protection Act 2023 with their sections, Bank of Ghana notices, APCON and ARCON vetting codes,
BCEAO instructions, naira, cedi and CFA franc prices with the redenomination, float and devaluation dates, USSD codes,
Detty December, Sallah and AFCON, Afrobeats albums and Nollywood films with their years, tickers on the NGX and GSE,
tariff and bundle names, fiscal years and quarters, NBS and GSS releases, GeoPoll and NOI Polls fieldwork with sample
sizes, interview codes, hashtags and handles, slogans in quotation marks, chiefs, Alhajis, doctors and professors
with their titles and honours, Pidgin and Yoruba words in quotation marks, CIM assessment criteria.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} argue that {C}, which explains why {B} keeps investing in agents rather than adverts.",
    "{N} reports that {C}.",
    "{N} makes the point that {C}, a lesson {B} learnt the hard way.",
    "{N} shows that {C}, particularly among {A}.",
    "{N} observes that {C}; this is visible in {city} today.",
    "{N} suggests that {C}.",
    "{N} concludes that {C}, although the sample was drawn before the naira float.",
    "{N} notes that {C}, and the same pattern shows up in our own {M} campaign data.",
    "{N} estimate that {C}.",
    "{N} warns that {C}.",
    "{N} is useful here because it shows that {C}.",
    "{N} noted that {C}, which is why {R} is the metric I would track first.",
]  # fmt: skip

NARRATIVE_MID = [
    "{O} {N} found that {C}.",
    "{O} {N} argues that {C}.",
    "As {N} explains, {C}.",
    "This matches what {N} describes: {C}.",
    "{O} the work of {N} shows that {C}.",
    "Building on {N}, it can be argued that {C}.",
    "For {B}, the finding by {N} that {C} is the most relevant one.",
    "{O} evidence from {N} indicates that {C}.",
    "Unlike earlier studies, {N} found that {C}.",
    "The team used {N} to justify the budget, since it shows that {C}.",
    "In the {city} market, {N} found that {C}.",
    "Although {B} disputes it, {N} maintains that {C}.",
]  # fmt: skip

POSSESSIVE = [
    "{N} study shows that {C}.",
    "{N} survey of {A} found that {C}.",
    "{O} {N} framework helps explain why {C}.",
    "According to {N} analysis, {C}.",
    "{N} findings suggest that {C}, which supports the proposed {M} push.",
    "{N} model was tested in {city}, where {C}.",
    "This recommendation draws on {N} argument that {C}.",
]  # fmt: skip

PARENTHETICAL_END = [
    "{C} {P}.",
    "{O} {C} {P}.",
    "In practice, {C} {P}.",
    "For {B}, this matters because {C} {P}.",
    "Several studies agree that {C} {P}.",
    "It is widely accepted in the industry that {C} {P}.",
    "The evidence from {city} suggests that {C} {P}.",
    "Among {A}, {C} {P}.",
    "This is important because {C} {P}.",
    "There is also evidence that {C} {P}.",
    "Research in West Africa shows that {C} {P}.",
]  # fmt: skip

PARENTHETICAL_MID = [
    "{C} {P}, so {B} should rethink its approach to {T}.",
    "{O} {C} {P}, which has direct implications for {R}.",
    "Because {C} {P}, the plan leans on {T} rather than television.",
    "Given that {C} {P}, the {M} budget is weighted towards {city}.",
    "While {C} {P}, {C2}.",
    "{C} {P}; however, this may not hold for {A}.",
    "If {C} {P}, then {B} has a clear opening in {city}.",
    "The literature is clear that {C} {P}, and yet few operators act on it.",
]  # fmt: skip

CLAIMS = [
    "trust in mobile money grows fastest where agents are known personally to their customers",
    "price is still the main reason subscribers switch networks",
    "multiple SIM ownership makes loyalty in telecoms a fragile idea",
    "Nigerian consumers trade down to smaller pack sizes when inflation rises",
    "celebrity endorsement lifts awareness but rarely changes purchase intention on its own",
    "USSD remains the most inclusive channel for banking in rural areas",
    "data privacy concerns are growing among urban fintech users",
    "the informal open market still carries most FMCG volume in West Africa",
    "word of mouth in WhatsApp groups shapes brand choice more than paid media",
    "Afrobeats partnerships give brands cultural credibility with younger consumers",
    "Nollywood product placement works best when the brand is part of the story",
    "cash still dominates small transactions despite the cashless policy",
    "failed transactions damage trust in digital banks more than fees do",
    "regulatory uncertainty slows the launch of new fintech products",
    "sachet and single-serve formats make premium brands affordable to low-income households",
    "brand heritage matters more for beer and stout than for soft drinks",
    "customer service on social media is judged by how fast the brand replies",
    "mobile money interoperability increases transaction values",
    "diaspora audiences amplify local campaigns during the festive season",
    "distributors' margins decide which FMCG brands are visible on the shelf",
    "consumers in Ghana and Nigeria read promotions through a lens of scepticism",
    "influencers with smaller followings produce higher engagement rates than celebrities",
    "bundled data and voice offers reduce churn among prepaid subscribers",
    "women-owned micro-businesses adopt digital payments when agents are women too",
    "currency depreciation pushes multinationals to localise sourcing and packaging",
    "loyalty schemes in banking rarely reward the behaviours that matter to the bank",
    "radio still reaches more households than any digital channel outside the big cities",
    "buy now, pay later products attract younger urban consumers with thin credit files",
    "{B} benefits from being seen as a local brand rather than a foreign one",
    "campaigns in Pidgin perform better than those in formal English on social media",
]  # fmt: skip

OPENERS = [
    "In the Nigerian context,",
    "In Ghana,",
    "Across West Africa,",
    "For a fintech like {B},",
    "In the telecoms sector,",
    "In FMCG,",
    "From a brand perspective,",
    "Similarly,",
    "However,",
    "In addition,",
    "More recently,",
    "In the francophone markets,",
    "Looking at the banking sector,",
    "For the purposes of this report,",
    "In my own organisation,",
]  # fmt: skip

PLAIN = [
    "This section evaluates the options open to {B} in {city}.",
    "The recommendations below are prioritised by cost and speed of delivery.",
    "The budget assumes the current exchange rate holds for the next two quarters.",
    "I work in the brand team at {B}, so some of the examples come from my own experience.",
    "The table below summarises the main findings.",
    "A phased approach is recommended, starting with {city} and then the northern states.",
    "These insights shape the segmentation in the next task.",
    "Each option is assessed against the objectives set out earlier.",
    "The next part of the report turns to measurement and control.",
    "The campaign would run for six weeks across radio, social media and point of sale.",
    "Internal data has been anonymised at the request of my line manager.",
    "This matters because {A} make up a growing share of the customer base.",
]  # fmt: skip

QUOTE_FRAMES = [
    "As one study puts it, {Q} {P}.",
    "{N} put it plainly: {Q}.",
    "{Q} {P}.",
    "The point is well made that {Q} {P}.",
    "{N} warns that {Q}.",
    "In the words of {N}, {Q}.",
    "This is echoed in the claim that {Q} {P}.",
    "{N} goes further, arguing that {Q}.",
]  # fmt: skip

SCARE_QUOTES = [
    "‘customer-obsessed’",
    "‘the bank for everyone’",
    "“Africa’s leading”",
    "'digital-first'",
    "“life-changing”",
    "‘japa’",
    "\"premium\"",
    "‘affordable luxury’",
    "“seamless”",
    "‘street credibility’",
    "'soft life'",
    "“no wahala”",
]  # fmt: skip

SCARE_FRAMES = [
    "{B} describes its service as {Q}, but complaint data tell another story {P}.",
    "Calling a product {Q} means little when the network drops calls {P}.",
    "Many fintechs market themselves as {Q}, yet {N} shows that switching costs remain high.",
    "The so-called {Q} segment is smaller than the agencies suggest {P}.",
    "{N} questions whether {Q} positioning survives a devaluation.",
    "Consumers have learnt to distrust anything labelled {Q} {P}.",
]  # fmt: skip

SUBJECT_LINES = [
    "“Dial {ussd} and win big this {M}!”",
    "‘Your account has been credited with {naira}’",
    "\"Your data is about to expire. Renew now!\"",
    "“Oya, grab your {B} deal before midnight”",
    "‘Enjoy more, pay less’",
    "'Congrats! You have won {naira} airtime'",
    "“Send money home for free this {M}”",
    "‘Na you get am’",
    "“The taste of {city}”",
    "'Flex your data with {B}'",
]  # fmt: skip

SUBJECT_FRAMES = [
    "The push notification read {Q}, a tone that matches the brand voice {P}.",
    "An SMS such as {Q} is easily mistaken for a scam {P}.",
    "{N} would classify a line like {Q} as a transactional rather than a promotional message.",
    "The billboard copy {Q} was tested with two focus groups {P}.",
    "A tagline like {Q} works because it speaks the language of the street {P}.",
    "{N} uses the example of {Q} to show how Pidgin builds intimacy.",
]  # fmt: skip

BRANDS = ["MTN", "Glo", "Airtel", "9mobile", "Telecel", "Orange", "OPay", "Moniepoint", "PalmPay", "Kuda",
          "Paystack", "Flutterwave", "Wave", "Chipper Cash", "Jumia", "Konga", "GTBank", "Access Bank",
          "Zenith Bank", "Ecobank", "Indomie", "Peak Milk", "Milo", "Maggi", "Knorr", "Dano", "Golden Penny",
          "Guinness", "Malta Guinness", "Star Lager", "Hero Lager", "Trophy", "Club Beer", "Chivita", "Hollandia",
          "Fan Milk", "Kasapreko", "Dangote Sugar", "Nestlé", "Cadbury Bournvita", "DStv", "Showmax", "Boomplay",
          "Chicken Republic", "Shoprite", "Chowdeck", "Bolt", "FairMoney", "Carbon", "Piggyvest", "Cowrywise",
          "Mavin Records", "Chocolate City"]  # fmt: skip

_CITIES = ["Lagos", "Abuja", "Accra", "Kumasi", "Ibadan", "Port Harcourt", "Kano", "Enugu", "Dakar", "Abidjan",
           "Tamale", "Takoradi", "Benin City", "Onitsha", "Aba", "Kaduna", "Cape Coast", "Lekki", "Yaba", "Ikeja"]  # fmt: skip
_TELCOS = ["MTN", "Glo", "Airtel", "9mobile", "Telecel", "AT", "Orange", "Free Senegal", "Moov Africa", "Expresso"]
_FINTECHS = ["OPay", "Moniepoint", "PalmPay", "Kuda", "Paystack", "Flutterwave", "Wave", "Chipper Cash", "Carbon",
             "FairMoney", "Piggyvest", "Cowrywise", "Zeepay", "Hubtel", "Paga", "Interswitch"]  # fmt: skip
_FMCG = ["Indomie", "Peak Milk", "Milo", "Maggi", "Golden Penny", "Dano", "Malta Guinness", "Star Lager", "Hero Lager",
         "Trophy Lager", "Chivita", "Hollandia", "Fan Milk", "Kasapreko Alomo Bitters", "Pepsodent", "Close-Up",
         "Gala", "Nutri-C", "Bigi Cola", "Coca-Cola", "Amstel Malta", "Cowbell", "Dangote Spaghetti"]  # fmt: skip
_RELEASES = [("Burna Boy", "African Giant", "2019"), ("Burna Boy", "Twice as Tall", "2020"),
             ("Burna Boy", "Love, Damini", "2022"), ("Wizkid", "Made in Lagos", "2020"), ("Wizkid", "Ayo", "2014"),
             ("Davido", "Timeless", "2023"), ("Davido", "A Good Time", "2019"), ("Tems", "Born in the Wild", "2024"),
             ("Rema", "Rave & Roses", "2022"), ("Asake", "Mr. Money with the Vibe", "2022"),
             ("Asake", "Work of Art", "2023"), ("Ayra Starr", "19 & Dangerous", "2021"),
             ("Black Sherif", "The Villain I Never Was", "2022"), ("Sarkodie", "No Pressure", "2021"),
             ("Stonebwoy", "Anloga Junction", "2020"), ("Tiwa Savage", "Celia", "2020"),
             ("Olamide", "Carpe Diem", "2020"), ("Fireboy DML", "Apollo", "2020"), ("Kizz Daniel", "Buga", "2022"),
             ("Shatta Wale", "Reign", "2018"), ("Youssou N'Dour", "Seven Seconds", "1994"),
             ("King Sunny Adé", "Juju Music", "1982"), ("Fela Kuti", "Zombie", "1976"), ("2Baba", "African Queen", "2004"),
             ("P-Square", "Do Me", "2007"), ("D'banj", "Oliver Twist", "2012")]  # fmt: skip
_FILMS = [("The Wedding Party", "2016"), ("King of Boys", "2018"), ("A Tribe Called Judah", "2023"),
          ("Battle on Buka Street", "2022"), ("Omo Ghetto: The Saga", "2020"), ("Living in Bondage", "1992"),
          ("Living in Bondage: Breaking Free", "2019"), ("Anikulapo", "2022"), ("Lionheart", "2018"),
          ("The Black Book", "2023"), ("Gangs of Lagos", "2023"), ("Chief Daddy", "2018"), ("Osuofia in London", "2003"),
          ("Citation", "2020"), ("Jagun Jagun", "2023"), ("Everybody Loves Jenifa", "2024")]  # fmt: skip
_AUDIENCES = ["market women in Balogun", "Gen Z students in Yaba", "okada and keke riders", "NYSC corps members",
              "diaspora senders in the UK", "SME owners in Kumasi", "first-time smartphone users",
              "salary earners in Abuja", "traders at Makola Market", "university students in Legon",
              "young professionals in Lekki", "rural farmers in the north", "mothers of young children",
              "unbanked adults", "Afrobeats fans", "church and mosque communities"]  # fmt: skip
_RESULTS = ["wallet activations", "data revenue per user", "repeat purchase", "share of wallet", "agent retention",
            "net promoter score", "brand consideration", "churn", "monthly active users", "shelf visibility",
            "trial among new users", "top-of-mind awareness"]  # fmt: skip
_TOPICS = ["USSD campaigns", "WhatsApp broadcast lists", "radio jingles", "influencer partnerships", "agent networks",
           "point-of-sale branding", "cashback offers", "referral bonuses", "Afrobeats sponsorships",
           "Nollywood product placement", "Twitter Spaces", "market storms", "road shows", "TikTok challenges",
           "SMS marketing", "branded content on YouTube"]  # fmt: skip
_SEASONS = ["Detty December", "Sallah", "Christmas", "Easter", "back-to-school", "Ramadan", "Homowo", "AFCON",
            "Black Friday", "Valentine's", "Independence Day", "Eid", "Tabaski"]  # fmt: skip
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]  # fmt: skip
_PEOPLE = ["Chief Adeyemi-Bero", "Alhaji Garba Danladi", "Dr Chiamaka Eze", "Prof. Kwame Owusu-Ansah",
           "Mrs Folake Ogunleye", "Nana Ama Agyeman", "Alhaja Silifat Balogun", "Engr. Tunde Akinwumi",
           "Dr (Mrs) Ngozi Anyanwu", "Hajia Halima Sani", "Mr Kofi Boateng", "Madame Aïcha Koné",
           "Chief (Dr) Emeka Okafor", "Oba Adewale Akinwande", "Prof. Cheikh Ndiaye", "Barr. Ifeoma Nwosu"]  # fmt: skip


def _money(rng: random.Random, low: int, high: int, step: int) -> str:
    return f"{rng.randrange(low, high, step):,}"


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use (and its own audiences, results, topics and seasons)."""
    release = rng.choice(_RELEASES)
    film = rng.choice(_FILMS)
    year = rng.randint(2016, 2025)
    return {
        "A": rng.choice(_AUDIENCES), "R": rng.choice(_RESULTS), "T": rng.choice(_TOPICS), "M": rng.choice(_SEASONS),
        "city": rng.choice(_CITIES), "city2": rng.choice(_CITIES), "telco": rng.choice(_TELCOS),
        "fintech": rng.choice(_FINTECHS), "fmcg": rng.choice(_FMCG), "person": rng.choice(_PEOPLE),
        "naira": f"₦{_money(rng, 50, 25000, 50)}", "naira2": f"N{_money(rng, 100, 5000, 100)}",
        "bn": str(rng.randint(2, 950)), "cedi": f"GH₵{rng.randint(1, 400)}", "cedi2": f"GHS {rng.randint(12, 60)}.00",
        "cfa": f"{_money(rng, 100, 50000, 100)} FCFA", "usd": f"${rng.randint(1, 4)}", "small": f"{rng.randrange(350, 3500, 50):,}", "four": str(rng.randint(1000, 9999)),
        "rate": f"₦{rng.randint(380, 1650):,}", "ussd": rng.choice(["*737#", "*894#", "*901#", "*919#", "*170#",
                                                                   "*955#", "*322#", "*966#", "*5120#", "*310#", "*312#", "*131#"]),
        "yr": str(year), "yrnext": str(year + 1), "yr2": str(min(year + rng.randint(1, 3), 2026)), "yrold": str(rng.randint(1999, 2014)),
        "day": str(rng.randint(1, 28)), "mon": rng.choice(_MONTHS), "mon2": rng.choice(_MONTHS),
        "pct": str(rng.randint(3, 87)), "pct2": f"{rng.randint(1, 30)}.{rng.randint(0, 9)}",
        "num": f"{rng.randint(120, 4800):,}", "big": f"{rng.randint(12, 220)}.{rng.randint(1, 9)}",
        "three": f"{rng.randint(0, 999):03d}", "two": f"{rng.randint(1, 40):02d}",
        "artist": release[0], "album": release[1], "ayear": release[2], "film": film[0], "fyear": film[1],
        "ngtelco": rng.choice(["MTN", "Airtel", "Glo", "9mobile"]), "powder": rng.choice(["Peak Milk", "Cowbell", "Dano", "Milo", "Cadbury Bournvita", "Three Crowns"]),
        "span": f"{(first := rng.randint(1, 14))}–{first + rng.randint(5, 14)} {rng.choice(_MONTHS)}",
        "tag": rng.choice(["DettyDecember", "SallahWithUs", "JapaOrStay", "NaijaToTheWorld", "AFCON2023", "YearOfReturn"]),
        "pno": f"P{rng.randint(1, 24)}", "fig": str(rng.randint(1, 9)), "ac": f"{rng.randint(1, 4)}.{rng.randint(1, 4)}",
    }  # fmt: skip


NOT_CITATIONS: dict[str, list[str]] = {
    "cbn-circular": [
        "The CBN circular referenced BPS/DIR/GEN/CIR/{two}/{three} capped weekly cash withdrawals at ₦500,000 for individuals.",
        "Under the Central Bank of Nigeria's Revised Guidelines for Mobile Money Services (issued {mon} {yr}), wallets are tiered by KYC level.",
        "The CBN directive of 6 December 2022 (later relaxed in January 2023) changed how our agents handled cash overnight.",
    ],
    "ncc-directive": [
        "Following the NCC directive on NIN-SIM linkage (deadline 28 February 2024), {telco} barred millions of lines.",
        "The Nigerian Communications Commission's Consumer Code of Practice Regulations 2007 still govern how tariffs are advertised.",
        "Since the NCC's Do-Not-Disturb (DND) service on short code 2442, opt-outs have become a KPI in their own right.",
    ],
    "data-protection-law": [
        "Consent for the WhatsApp list was collected under the NDPR 2019 and later reviewed against Section 25 of the NDPA 2023.",
        "The Nigeria Data Protection Act 2023 (NDPA) replaced the NDPR as the main law, and the GAID 2025 added the detail.",
        "Ghana's Data Protection Act, 2012 (Act 843) requires registration with the Data Protection Commission before any CRM launch.",
    ],
    "bank-of-ghana": [
        "Under the Payment Systems and Services Act, 2019 (Act 987), the Bank of Ghana's licensing regime split EMIs from PSPs.",
        "Bank of Ghana Notice No. BG/GOV/SEC/{yr}/{two} set the new wallet limits at {cedi} a day for minimum KYC accounts.",
    ],
    "arcon-vetting": [
        "Every outdoor execution needed an ARCON approval number (for example ARCON/VET/{yr}/{num}) before going up in {city}.",
        "The APCON vetting certificate (Form AV/{two}) was attached to the agency's invoice in {yrold}.",
        "Under the ARCON Act 2022, online adverts also need approval, which added two weeks to the {M} timeline.",
    ],
    "bceao-instruction": [
        "In the WAEMU zone, BCEAO Instruction n°008-05-2015 governs electronic money issuers such as Wave and Orange Money.",
        "The BCEAO's 2024 interoperability rules (Instruction n°001-01-2024) will change how {fintech} prices transfers in Dakar.",
    ],
    "naira-price": [
        "A sachet of {fmcg} rose from ₦50 to ₦100 (a 100% increase) between {mon} {yr} and the following year.",
        "The weekly data bundle now costs ₦{small} (about {usd} at the parallel-market rate).",
        "Our hero SKU retails at {naira2} in open markets but {naira} in modern trade (Shoprite, Spar).",
    ],
    "cedi-redenomination": [
        "Older consumers still quote prices in old cedis, ten years after the redenomination of 1 July 2007 (¢10,000 = GH₵1).",
        "At {cedi2} (roughly {usd}), the Kumasi price point sits above what most students spend on data in a month.",
    ],
    "devaluation-date": [
        "After the unification of exchange-rate windows on 14 June 2023, the naira lost about 40% of its value in a day.",
        "Import costs jumped again in February 2024, when the rate crossed {rate} to the dollar (NAFEM closing rate).",
        "The CFA franc devaluation of January 1994 (50% against the French franc) is still remembered by older retailers in Abidjan.",
    ],
    "ussd-code": [
        "Customers can check their balance by dialling {ussd} on any network, even without data.",
        "The {M} promo code was a USSD string ({ussd}, then option 4) rather than a QR code.",
        "GTBank's *737# (launched in 2014) showed the whole market what USSD banking could do.",
    ],
    "detty-december": [
        "Detty December {yr} brought an estimated {num} diaspora visitors into Lagos between 15 December and 5 January.",
        "Ghana's Year of Return (2019) and Beyond the Return (2020–2030) campaigns turned December into a national tourism season.",
        "During Detty December, Afro Nation Ghana (Laboma Beach, {yr}) and Flytime Fest (Eko Convention Centre) set the calendar for brands.",
    ],
    "afrobeats-release": [
        "{artist}'s {album} ({ayear}) is still the reference point when our creative team briefs a music partner.",
        "The campaign soundtrack borrowed the energy of {album} ({ayear}) without licensing the song itself.",
        "Burna Boy's Twice as Tall (2020) won the Grammy for Best Global Music Album in March 2021.",
    ],
    "nollywood-film": [
        "{film} ({fyear}) remains one of the best examples of in-story brand placement in Nollywood.",
        "The product placement in {film} ({fyear}, now on Netflix) was discussed in every focus group.",
        "Box-office figures for A Tribe Called Judah (2023) passed ₦1 billion within weeks of release in December.",
    ],
    "campaign-name": [
        "{B}'s 'Everywhere You Go' platform (first used in {yrold}) is still the core of its brand book.",
        "The Glo 'Rule Your World' campaign (2008–2012) set the tone for telecom sponsorships of football.",
        "The 2023 “Naija No Dey Carry Last” activation ran in six cities over eight weeks.",
    ],
    "stock-ticker": [
        "MTN Nigeria (NGX: MTNNIGERIA) and Airtel Africa (LSE: AAF; NGX: AIRTELAFRI) report in different currencies.",
        "Guinness Nigeria Plc (NGX: GUINNESS) has a June year-end, so its FY{yr} results cover July to June.",
        "On the Ghana Stock Exchange (GSE: MTNGH), the share price ended {yr} at {cedi} per share.",
    ],
    "fiscal-year": [
        "Revenue grew {pct}% in H1 {yr} (six months to 30 June), mostly from data.",
        "The FY{yr} results (year ended 31 December {yr}) show a net loss after foreign exchange charges.",
        "In Q{q} {yr}, net subscriber additions slowed to {big} million (see the KPI dashboard in Appendix D).",
    ],
    "survey-fieldwork": [
        "Our own survey (n = {num}; fieldwork {span} {yr}) was run through WhatsApp and Google Forms.",
        "The GeoPoll panel was weighted by region (North Central, North East, North West, South East, South South, South West).",
        "Respondents were recruited in {city} and {city2} (n = {num}), with quotas for age and gender.",
    ],
    "sample-size": [
        "Most respondents were aged 18–34 (n = {num}, {pct}%).",
        "The sample (N = {num}) skews towards smartphone owners in urban areas.",
    ],
    "figure-table": [
        "Figure {fig} (below) maps each stakeholder against power and interest.",
        "Table {fig} in Appendix B compares the three options on cost, reach and risk.",
        "See Appendix C (Figure C.{fig}) for the full customer journey map.",
    ],
    "assessment-criteria": [
        "This section addresses AC {ac} and AC 3.{fig} of the unit brief.",
        "Task 2 (b) asks for a critical evaluation, so the options are scored in Table {fig}.",
        "As required by Learning Outcome 2 (LO2), the plan includes contingency measures.",
    ],
    "tariff-bundle": [
        "{telco}'s night plan (12 a.m. to 5 a.m., {naira} for 2GB) is popular with students.",
        "The MTN XtraValue and Airtel SmartTRYBE bundles (both relaunched in {yr}) target the same youth segment.",
        "In January 2025, the NCC approved a tariff increase of up to 50%, the first in more than a decade.",
    ],
    "exchange-rate": [
        "All figures are converted at $1 = {rate} (CBN official rate, {day} {mon} {yr}).",
        "The budget of {naira} is equivalent to about £{num} at the rate on the day of writing.",
        "For comparison, €1 = 655.957 FCFA under the fixed parity in place since 1999.",
    ],
    "social-handle": [
        "Complaints spike on X whenever @{ngtelco}NG posts about network upgrades.",
        "The #{tag} hashtag reached {big}k posts on Instagram and TikTok in the first week.",
        "The brand replies from @Ask{fintech} within an hour on weekdays (8 a.m. to 6 p.m. WAT).",
    ],
    "sports-event": [
        "AFCON 2023 (played in Côte d'Ivoire in January and February 2024) was the biggest media moment of the year for beer brands.",
        "The Super Eagles' run to the final in Abidjan (11 February 2024) drove record viewing in viewing centres.",
        "Ghana's Black Stars at the 2022 World Cup (Qatar) gave Telecel and MTN a shared moment to compete over.",
    ],
    "awards": [
        "The campaign won Gold at the LAIF Awards {yr} (Lagos Advertising and Ideas Festival).",
        "Our agency was shortlisted at Cannes Lions {yr} and the Loeries (Africa and the Middle East) the same year.",
        "The Headies {yr} (Next Rated and Best Afrobeats Album) were streamed live on YouTube for the first time.",
    ],
    "honorifics": [
        "The launch was chaired by {person}, who has led the distributors' association since {yrold}.",
        "Alhaji Aliko Dangote (GCFR) remains the most recognised business name in the northern markets.",
        "{person} (MD/CEO) signed off the brief in {mon} {yr}.",
    ],
    "job-title": [
        "I interviewed the Head of Brand (West Africa) and the Trade Marketing Manager (Lagos Region).",
        "The Chief Marketing Officer (CMO) reports to the Group MD, not the Board.",
        "As Senior Brand Manager (Beverages), I own the P&L for two SKUs.",
    ],
    "pack-size": [
        "The 70g super pack of Indomie (launched {yr}) sits next to the 120g hungry man size on the shelf.",
        "{powder} (400g refill pack) is the best-selling SKU in open markets, ahead of the 900g tin.",
        "The 33cl can (₦{num}) and the 60cl returnable bottle compete for the same evening occasion.",
    ],
    "census-statistics": [
        "Nigeria's population is estimated at 223.8 million (NBS projection, 2023), but no census has been held since 2006.",
        "The 2021 Population and Housing Census (PHC 2021) counted 30.8 million people in Ghana.",
        "Headline inflation reached {pct2}% in {mon} {yr} (year on year), according to the monthly CPI release.",
    ],
    "policy-milestone": [
        "The cashless policy (first piloted in Lagos in January 2012) set the scene for agent banking.",
        "The eNaira (launched 25 October 2021) never reached the adoption the CBN hoped for.",
        "The naira redesign (new ₦200, ₦500 and ₦1,000 notes, December 2022) caused a cash crunch that pushed millions to transfers.",
    ],
    "tax-levy": [
        "Ghana's E-Levy (1.5% from May 2022, cut to 1% in January 2023, abolished in 2025) hit mobile money volumes.",
        "The Cybersecurity Levy (0.5% of electronic transfers, announced in May 2024) was suspended within weeks.",
        "VAT rose from 5% to 7.5% (Finance Act 2019), and most FMCG firms passed it straight on.",
    ],
    "course-programme": [
        "This assignment is submitted for the CIM Level 7 Postgraduate Diploma in Professional Marketing ({yr} syllabus).",
        "I am on the Executive MBA (EMBA {yr}) at Lagos Business School, Class {num}.",
        "The module (MKT7{three}: Brand Strategy) is delivered in Accra and London.",
    ],
    "interview-code": [
        "One respondent ({pno}, Trade Marketing Manager, {city}) said distributors now demand payment upfront.",
        "Interviewee {pno} (female, 34, POS agent) explained that customers trust her more than the app.",
        "Participants {pno} and P{fig} (both Gen Z, {city}) rejected the idea of paying for a premium account.",
    ],
    "growth-figures": [
        "Transaction volume rose by {pct}% year on year ({big} million transfers in {mon} {yr}).",
        "Mobile money accounts in Ghana reached {big} million (active: {pct}%) by the end of {yr}.",
        "Data usage per subscriber doubled (from 4GB to 8GB a month) between 2019 and 2024.",
    ],
    "date-range": [
        "The campaign will run from 1 December {yr} to 7 January {yrnext} (five weeks, including Boxing Day).",
        "Phase 2 (March–May {yr2}) extends the test to the northern states.",
    ],
    "app-version": [
        "The {fintech} app (version 5.{fig}, Android) added biometric login in {mon} {yr}.",
        "Since iOS 17 and Android 14, push notification permissions have cut our opt-in rate to {pct}%.",
    ],
    "standards": [
        "All card payments on the platform are PCI DSS v4.0 compliant, and the data centre is ISO 27001:2022 certified.",
        "The product meets NIS 554:2015 (Standards Organisation of Nigeria) and carries the MANCAP mark.",
        "NAFDAC registration numbers (for example A1-{four}) must appear on every pack we sell.",
    ],
    "broadcast-station": [
        "The jingle ran on Cool FM (96.9) and Wazobia FM (95.1) in Lagos, and on Joy FM (99.7) in Accra.",
        "Channels TV (DStv channel 418) and Arise News carried the press conference live.",
        "The Sunday slot on Africa Magic Showcase (DStv 151) costs more than a month of radio.",
    ],
    "slogan": [
        "MTN's long-running line “Everywhere you go” still tests well with older customers.",
        "Guinness built its recent work around ‘Black Shines Brightest’ and earlier around ‘Made of More’.",
        "The slogan \"Unlimited possibilities\" was dropped after the rebrand in {yr}.",
    ],
    "pidgin-phrase": [
        "The radio spot closes with 'E choke!', which tested well with {A}.",
        "Customers said the app “no dey hold body”, meaning it is easy to use.",
        "Our agents are trained to answer ‘How far?’ in Pidgin, Yoruba or Hausa.",
    ],
    "religious-calendar": [
        "Sales peak before Eid al-Fitr (Sallah) and Eid al-Adha (Tabaski in Senegal), not only at Christmas.",
        "The Ramadan 2024 campaign (1445 AH) ran Iftar-time adverts on Arewa radio stations.",
    ],
    "frameworks": [
        "The plan follows SOSTAC® (Situation, Objectives, Strategy, Tactics, Action, Control).",
        "The PESTLE and Porter's Five Forces analyses (Appendix A) point to the same threat.",
        "An Ansoff matrix (market development) and the 7Ps structure the recommendations.",
    ],
    "cfa-price": [
        "In Dakar, a Wave transfer costs 1% (for example 500 FCFA on 50,000 FCFA), against much higher fees before 2021.",
        "The recharge card sells at {cfa} in Abidjan, and at the same price in Ouagadougou.",
    ],
    "licence-category": [
        "{fintech} holds a Payment Service Bank licence (PSB), not a full commercial banking licence.",
        "Moniepoint Microfinance Bank (MFB) and Kuda MFB operate under national licences.",
        "The firm moved from a Tier 2 EMI licence to a Dedicated EMI licence (Bank of Ghana, {yr}).",
    ],
    "spectrum": [
        "The 5G spectrum auction (3.5 GHz band, December 2021) went to MTN and Mafab Communications.",
        "Network downtime after the fibre cuts of 14 March 2024 (WACS, MainOne, SAT-3 and ACE) affected every bank app.",
    ],
    "address-location": [
        "The experience centre is at Plot {fig}, Adeola Odeku Street, Victoria Island (Lagos).",
        "Focus groups took place at the Accra Mall (Spintex Road) and at Ikeja City Mall (Alausa).",
    ],
    "complaint-figures": [
        "The NCC recorded {num} complaints in Q{q} {yr} (billing: {pct}%, data depletion: the rest).",
        "According to our CRM (Salesforce, export of {day} {mon} {yr}), {pct}% of tickets were about failed transfers.",
    ],
    "court-regulatory-fine": [
        "The FCCPC's US$220 million penalty against Meta (July 2024) was upheld by the tribunal in April 2025.",
        "MTN's ₦330 billion settlement with the NCC (agreed in 2016) followed a fine for unregistered SIMs.",
    ],
    "market-share": [
        "{ngtelco} holds about {pct}% of mobile subscriptions (NCC data, {mon} {yr}), ahead of its nearest rival.",
        "In the stout category, Guinness Foreign Extra Stout (FES) still leads by value and by volume.",
    ],
    "diaspora-remittance": [
        "Remittances into Nigeria reached about US$20 billion in 2023, and December is the busiest month for transfers.",
        "The UK corridor (GBP to NGN) accounts for {pct}% of transfers on the app.",
    ],
}  # fmt: skip
