"""Prose for the sixty-first held-out pool, "blind61": travel, airline and hospitality marketers in Türkiye, the Gulf,
Egypt and Jordan.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a sixty-first hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how commercial, loyalty,
destination, revenue and communications marketers at airlines, airports, tourism boards, hotel groups, tour
operators, online travel agencies and agencies in Istanbul, Antalya, Dubai, Abu Dhabi, Doha, Riyadh, Jeddah, Cairo
and Amman write: CIM Level 6 and 7 assignments and MBA projects in English, full of flight numbers and IATA codes,
routes, fare classes and loyalty tiers, lira, dirham, riyal, dinar and pound figures, Hijri and Gregorian dates,
Hajj, Umrah, Ramadan and Eid seasons, Expo 2020 Dubai and Riyadh Season, Vision 2030, law and decree-law numbers,
GCAA and GACA circulars, IATA resolutions, TÜİK, GASTAT, CAPMAS and DET releases, hotel star ratings and awards,
handles, hashtags and promo codes, and Turkish and Arabic words in brackets.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Turkish Airlines", "Pegasus", "Emirates", "Etihad", "Qatar Airways", "Saudia", "flynas", "EgyptAir",
          "Royal Jordanian", "flydubai", "Air Arabia", "Riyadh Air", "Jumeirah", "Rotana", "Rixos", "Almosafer", "Wego",
          "Jolly Tur", "Anex Tour", "dnata Travel", "Visit Dubai", "Red Sea Global", "İGA İstanbul Airport",
          "Hamad International Airport", "Emaar Hospitality", "Kerzner", "Jordan Tourism Board", "Seera"]  # fmt: skip

_CITIES = ["Istanbul", "Antalya", "Dubai", "Abu Dhabi", "Doha", "Riyadh", "Jeddah", "Cairo", "Amman", "Bodrum",
           "AlUla", "Aqaba", "Sharm El Sheikh", "Hurghada", "Muscat", "Manama", "İzmir", "Dalaman"]  # fmt: skip
_ROUTES = ["IST–LHR", "DXB–MAN", "DOH–BKK", "RUH–JED", "CAI–JED", "AMM–IST", "SAW–AYT", "AUH–BOM", "JED–KUL",
           "DXB–LGW", "IST–JFK", "AMM–AQJ", "CAI–HRG", "DOH–CDG", "SAW–DXB", "RUH–AUH"]  # fmt: skip
_FLIGHTS = ["TK1979", "TK 1", "EK 7", "EK202", "QR 1", "QR817", "SV 1023", "XY 345", "MS 777", "RJ 111", "PC 2104",
            "EY 19", "FZ 1641", "G9 503", "PC1011"]  # fmt: skip
_TIERS = ["Miles&Smiles Elite", "Skywards Gold", "Privilege Club Platinum", "Etihad Guest Silver", "AlFursan Gold",
          "BolBol", "Royal Club Jade", "EgyptAir Plus Elite", "Jumeirah One Sapphire", "Rotana Rewards Gold",
          "Pegasus BolPuan", "nasmiles"]  # fmt: skip
_HOTELS = ["Burj Al Arab", "Atlantis The Royal", "Çırağan Palace Kempinski", "Rixos Premium Belek", "Marsa Malaz",
           "Mandarin Oriental Bosphorus", "Kempinski Hotel Ishtar Dead Sea", "Marriott Mena House", "Rotana Amman",
           "Six Senses Southern Dunes", "Habitas AlUla", "Jumeirah Beach Hotel", "Titanic Mardan Palace"]  # fmt: skip
_SEASONS = ["Ramadan", "Eid al-Fitr", "Eid al-Adha", "the Hajj season", "the Umrah season", "Riyadh Season",
            "the summer peak", "Kurban Bayramı", "Ramazan Bayramı", "the Dubai Shopping Festival", "the winter season in AlUla"]  # fmt: skip
_HANDLES = ["@TurkishAirlines", "@emirates", "@qatarairways", "@flynas", "@VisitDubai", "@visitjordan", "@egyptair",
            "@pegasusairlines", "@Saudia", "@jumeirah", "@RotanaHotels", "@visitsaudi", "@istairport"]  # fmt: skip
_TAGS = ["#VisitSaudi", "#MyDubai", "#RamadanKareem", "#GoTürkiye", "#WidenYourWorld", "#FlyEmirates", "#VisitQatar",
         "#JordanPass", "#ExperienceEgypt", "#RiyadhSeason", "#EidMubarak", "#PegasusFlyer", "#AlUlaMoments"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    return {
        "city": rng.choice(_CITIES), "city2": rng.choice(_CITIES), "route": rng.choice(_ROUTES),
        "flight": rng.choice(_FLIGHTS), "tier": rng.choice(_TIERS), "hotel": rng.choice(_HOTELS),
        "season": rng.choice(_SEASONS), "handle": rng.choice(_HANDLES), "tag": rng.choice(_TAGS),
        "lira": f"₺{rng.randint(1, 99)},{rng.randint(100, 999)}", "aed": f"AED {rng.randint(199, 9999):,}",
        "sar": f"SAR {rng.randint(99, 4999):,}", "egp": f"EGP {rng.randint(500, 90000):,}",
        "jod": f"JOD {rng.randint(10, 900)}", "qar": f"QAR {rng.randint(300, 12000):,}",
        "pct": str(rng.randint(3, 68)), "pct2": f"{rng.randint(1, 19)}.{rng.randint(1, 9)}",
        "mil": f"{rng.randint(2, 90)}.{rng.randint(1, 9)}", "hijri": str(rng.randint(1440, 1447)),
        "code": rng.choice(["EID25", "RAMADAN30", "FLYSUMMER", "UMRAH24", "YAZ2025", "HELLO10", "BAYRAM15"]),
        "gate": f"{rng.choice('ABCDF')}{rng.randint(1, 40)}", "stars": str(rng.randint(3, 5)),
        "nps": str(rng.randint(12, 78)), "rev": f"{rng.randint(1, 9)},{rng.randint(100, 999)}",
        "k": str(rng.randint(2, 950)), "yr": str(rng.randint(2016, 2025)), "yr2": str(rng.randint(2025, 2027)),
    }  # fmt: skip


CLAIMS = [
    "stopover packages turn transit passengers into short-stay visitors",
    "loyalty members who reach a higher tier book more direct and fly less with rivals",
    "Gulf travellers trust reviews in Arabic more than reviews in English",
    "halal-friendly services raise revisit intention among Muslim families",
    "price transparency on Arabic-language booking pages lifts conversion",
    "low-cost carriers in Türkiye grow the market rather than take share from the flag carrier",
    "Ramadan campaigns work best when they speak of family and generosity rather than discounts",
    "mega-events give a destination a short bump in arrivals unless the image work continues afterwards",
    "influencers from the region are seen as more credible than Western travel bloggers",
    "airport retail spend rises when dwell time is spent airside rather than at the gate",
    "all-inclusive resorts in Antalya compete on price more than on experience",
    "destination image is shaped as much by TikTok as by official campaigns",
    "service recovery after a delay matters more to loyalty than the delay itself",
    "Umrah travellers plan through agents and family networks rather than online travel agencies",
    "dynamic pricing is accepted when it is explained in plain language",
    "hotel guests in the GCC expect personalisation in both Arabic and English",
    "co-branded credit cards bring {tier} members back to the airline more often",
    "sustainability messages rarely change how Gulf travellers choose an airline",
    "Egypt's image abroad recovers slowly after each security scare",
    "Jordan's heritage sites are sold better as part of a multi-country itinerary",
    "Saudi Arabia's giga-projects attract curiosity before they attract bookings",
    "{B}'s customers value punctuality above the inflight product",
    "frequent flyers in Dubai are more price-sensitive on short-haul than on long-haul routes",
    "the hub-and-spoke model depends on tight connections at the home airport",
    "user-generated content in Turkish and Arabic outperforms studio photography on Instagram",
    "guests who book through the brand's own app spend more on ancillaries",
    "cultural events such as {season} change when and how residents travel",
    "country-of-origin effects still shape how travellers rate a national airline",
    "women travelling alone to the region look for safety cues before price",
    "push notifications sent in the evening during Ramadan are opened more than those sent in the day",
]  # fmt: skip

OPENERS = [
    "In the Gulf,", "For an airline of {B}'s size,", "Across MENA,", "In Türkiye's resort market,", "Since the pandemic,",
    "During {season},", "For inbound markets,", "From a loyalty perspective,", "In the luxury segment,",
    "For a hub carrier,", "In Egypt and Jordan,", "Among Generation Z travellers,",
]  # fmt: skip

NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} argue that {C}, which fits what we see on the {route} route.",
    "{N} showed that {C}.",
    "{N} reports that {C}.",
    "{N} concluded that {C}, a point {B}'s commercial team has made for years.",
    "{N} suggests that {C}, although the sample was small.",
    "{N} observed that {C} in {city}.",
    "{N} makes the case that {C}.",
]  # fmt: skip

NARRATIVE_MID = [
    "As {N} notes, {C}.",
    "{O} {N} found that {C}.",
    "This supports {N}, who argue that {C}.",
    "A survey of {k} travellers by {N} shows that {C}.",
    "Building on {N}, this plan assumes that {C}.",
    "For {B}, the lesson from {N} is that {C}.",
    "Our campaign for {season} follows {N} in assuming that {C}.",
    "Unlike in Europe, where {C2}, in {city} {N} found that {C}.",
]  # fmt: skip

POSSESSIVE = [
    "{N} study of {city} hotels shows that {C}.",
    "{N} model explains why {C}.",
    "{N} findings suggest that {C}.",
    "According to {N} research, {C}.",
    "{N} survey of {k} passengers found that {C}.",
]  # fmt: skip

PARENTHETICAL_END = [
    "{C} {P}.",
    "{O} {C} {P}.",
    "Research in the region shows that {C} {P}.",
    "It is widely accepted that {C} {P}.",
    "For {B}, this matters because {C} {P}.",
    "Evidence from {city} suggests that {C} {P}.",
    "There is also a view that {C} {P:see}.",
    "Several studies agree that {C} {P}.",
]  # fmt: skip

PARENTHETICAL_MID = [
    "Because {C} {P}, the campaign for {B} leads with the offer in Arabic.",
    "If {C} {P}, the {tier} tier should be the focus of the plan.",
    "The idea that {C} {P} shaped the brief for {season}.",
    "Since {C} {P}, {B} will test the message in {city} first.",
    "{O} {C} {P}, and so the plan keeps the budget on social.",
    "The finding that {C} {P} is the starting point for the segmentation.",
]  # fmt: skip

PLAIN = [
    "This section applies the theory to {B}'s position in {city}.",
    "The budget is split between paid social, search and the loyalty programme.",
    "Our team ran a short survey of {k} passengers at the gate in {city}.",
    "The recommendations below are phased over twelve months.",
    "The campaign will run in Arabic, Turkish and English.",
    "Each objective is measured monthly against the baseline.",
    "The table below compares the main competitors on the {route} route.",
    "Stakeholders were interviewed in {city} and {city2}.",
    "The plan must work within the brand guidelines of the parent group.",
    "The results are discussed in the next part.",
    "Fares on the route start at {aed} in economy.",
    "The revenue team agreed to hold the fare during {season}.",
]  # fmt: skip

QUOTE_FRAMES = [
    "As {N} put it, {Q}.",
    "One study warns that {Q} {P}.",
    "{N} is blunt: {Q}.",
    "The point is made clearly: {Q} {P}.",
    "In the words of {N}, {Q}.",
    "Hotel managers were told that {Q} {P}.",
]  # fmt: skip

SCARE_QUOTES = [
    "“bleisure”", "“stopover tourism”", "“halal-friendly”", "‘giga-projects’", "“revenge travel”", "“Instagrammable”",
    "'workation'", "“quiet luxury”", "“experience economy”", "‘Umrah Plus’", '"sky-shopping"', "“staycation”",
    "“premium economy”", "‘sun and sea’", "“touchless journey”", "“Muslim-friendly”",
]  # fmt: skip

SCARE_FRAMES = [
    "So-called {Q} trips now make up a larger share of bookings {P}.",
    "The term {Q} is used loosely in the region {P}.",
    "What the industry calls {Q} is really a pricing tactic {P}.",
    "{N} describes {Q} as the next growth area.",
    "Hotels in {city} market themselves as {Q} {P}.",
]  # fmt: skip

SUBJECT_LINES = [
    "“Your Eid getaway is waiting ✈️”", "“Ramadan Kareem: 30% off family fares”", "“Double miles to {city} this weekend”",
    "“Bayramda tatil sizi bekliyor”", "“Upgrade to Business for {aed}”", "'Last seats to {city} for {season}'",
    "“{hotel}: your suite is ready”", '"Check in now for {flight}"', "“Umrah packages from {sar}”",
    "‘Summer in Antalya starts at {lira}’",
]  # fmt: skip

SUBJECT_FRAMES = [
    "The subject line {Q} had the best open rate in the test {P}.",
    "A push notification reading {Q} was sent to {tier} members {P}.",
    "The email {Q} follows the advice on urgency {P}.",
    "{N} would call a headline such as {Q} a loss-framed message.",
    "The banner {Q} ran on the app home screen {P}.",
]  # fmt: skip

NOT_CITATIONS: dict[str, list[str]] = {
    "flight-number": [
        "The test ran on {flight} ({route}) for six weeks.",
        "Passengers on flight {flight} (departing {city} at 02:15) were surveyed at the gate.",
        "The new A350 flies as {flight} (daily, except Fridays).",
    ],
    "route-codes": [
        "Capacity on {route} (and the return sector) rose by {pct}% year on year.",
        "The airline reopened {route} in {yr} after a gap of four years.",
    ],
    "vision-2030": [
        "The plan supports Vision 2030 (Saudi Vision 2030) and its target of 150 million visits.",
        "Under Vision 2030, tourism's share of GDP is meant to reach 10%.",
        "The Tourism Strategy 2030 (Türkiye) sets a similar target for revenue.",
    ],
    "expo-dates": [
        "Expo 2020 Dubai (held from October 2021 to March 2022) brought 24 million visits.",
        "Bookings peaked during Expo 2020 Dubai, even though it opened in 2021.",
    ],
    "law-number": [
        "All consent forms must comply with KVKK Law No. 6698 (2016) before launch.",
        "Under Law No. 151 of 2020 (Egypt), data may not leave the country without a licence.",
        "Federal Decree-Law No. 45 of 2021 applies to every booking made in the UAE.",
        "The PDPL (Royal Decree M/19) came fully into force in September 2024.",
    ],
    "regulator-circular": [
        "GCAA Circular No. 03/{yr} sets the rules for refunds on cancelled flights.",
        "The GACA passenger rights regulation (Article 7) requires compensation within seven days.",
        "A DET circular (Ref. DTCM/{k}/{yr}) changed how hotels display the Tourism Dirham.",
    ],
    "iata-resolution": [
        "Baggage tracking follows IATA Resolution 753 (in force since June 2018).",
        "Fare rules are filed under IATA Resolution 787 (NDC) for direct connect.",
    ],
    "currency-figures": [
        "A family package costs {aed} (about {sar}) for four nights.",
        "Room rates in Antalya start at {lira} per night (all-inclusive, two adults).",
        "A Nile cruise costs {egp} (roughly USD {k}) per cabin.",
        "Entry with the Jordan Pass is {jod} (including Petra).",
    ],
    "hijri-dates": [
        "The Hajj of {hijri} AH (summer {yr}) saw record numbers from abroad.",
        "Ramadan {hijri} (March–April) is the campaign window.",
    ],
    "seasons-events": [
        "Riyadh Season {yr} (October to March) is the main event in the plan.",
        "The Dubai Shopping Festival (DSF) runs from mid-December to late January.",
        "Bookings for Kurban Bayramı (Eid al-Adha) open eight weeks ahead.",
    ],
    "statistics-release": [
        "TÜİK's border statistics for Q{q} {yr} show {mil} million foreign arrivals.",
        "GASTAT figures for {yr} put inbound trips at {mil} million.",
        "CAPMAS data show a rise in hotel nights in Q{q} against the same quarter of {yr}.",
        "DET's year-end report counted {mil} million international overnight visitors.",
    ],
    "market-shares": [
        "The top three OTAs in the GCC (Almosafer, Booking.com and Wego) hold most of the market.",
        "{B} holds about {pct}% of seats on the {route} route (summer schedule).",
    ],
    "hotel-stars": [
        "The {hotel} is a {stars}-star property (DTCM classification).",
        "All shortlisted hotels are rated 5 stars (Forbes Travel Guide 2024).",
    ],
    "awards": [
        "{B} was named Airline of the Year (Skytrax World Airline Awards 2024).",
        "The hotel won Leading Resort at the World Travel Awards (Middle East, 2023).",
        "The airport was ranked Best in the Middle East (ACI ASQ Awards {yr}).",
    ],
    "loyalty-tiers": [
        "Members at {tier} level (the second-highest tier) get lounge access.",
        "The programme has four tiers (Blue, Silver, Gold and Platinum).",
    ],
    "fare-classes": [
        "Only fares in classes Y, B and M (flexible economy) earn full miles.",
        "Upgrades from Economy Flex (class B) cost {aed} on the {route} route.",
    ],
    "promo-codes": [
        "The code {code} (valid until 31 March) gave {pct}% off.",
        "Using the promo code {code} at checkout unlocks free seat selection.",
    ],
    "handles-hashtags": [
        "Posts tagged {tag} and {handle} were collected for the analysis.",
        "The brand account ({handle}) gained {k}k followers during {season}.",
    ],
    "turkish-terms": [
        "The Turkish term for the holiday (bayram) covers both Eids.",
        "Guests at “her şey dahil” (all-inclusive) resorts rarely leave the hotel.",
        "The staff call this “misafirperverlik” (hospitality) in training.",
    ],
    "arabic-terms": [
        "Hospitality (diyafa) is central to the brand's Arabic copy.",
        "The campaign used the phrase “Ahlan wa Sahlan” (welcome) in every market.",
        "Families plan the ‘Eidiya’ (Eid gift money) into their travel budgets.",
    ],
    "company-suffixes": [
        "The agency is registered as Al Noor Travel L.L.C. (Dubai) with a branch in Sharjah.",
        "Pegasus Hava Taşımacılığı A.Ş. (Pegasus Airlines) is listed on Borsa Istanbul.",
        "The hotel is owned by a W.L.L. in Doha (Qatar) and managed under contract.",
        "Air Arabia P.J.S.C. (Sharjah) reported record profit.",
    ],
    "stock-tickers": [
        "Shares of THYAO (Borsa Istanbul) rose after the results.",
        "PGSUS and THYAO both trade on the BIST 30 index.",
        "Seera Group (Tadawul: 1810) owns Almosafer.",
    ],
    "financial-quarters": [
        "Results for Q{q} {yr} showed a {pct}% rise in ancillary revenue.",
        "In FY{yr} (year ending 31 March), passenger revenue grew by {pct}%.",
        "H1 {yr} load factor was {pct2} points above the year before.",
    ],
    "terminal-gate": [
        "Boarding moved to Gate {gate} (Terminal 3, Concourse B).",
        "The lounge sits airside in Terminal 1 (Concourse D).",
    ],
    "aircraft-types": [
        "The Boeing 777-300ER (three-class) is being retrofitted.",
        "The A321neo (180 seats, all economy) suits the {route} route.",
        "The Dreamliner (787-9) now flies to {city}.",
    ],
    "covid-period": [
        "During the pandemic (2020–2021), most routes were suspended.",
        "Traffic only passed 2019 levels in late {yr}.",
    ],
    "survey-sample": [
        "The online survey (n = {k}) ran in Arabic and English.",
        "Respondents (aged 18–34) were recruited through the app.",
        "Net Promoter Score rose to {nps} (n = {rev}).",
    ],
    "review-ratings": [
        "The resort scores 4.6 on Tripadvisor (from {rev} reviews).",
        "Google reviews (4.2 stars, {rev} reviews) mention the pool most.",
    ],
    "tables-figures": [
        "Table {q} (see Appendix B) sets out the segments.",
        "Figure {q} maps the customer journey from inspiration to return.",
        "The SWOT (Appendix A) draws on the team workshop.",
    ],
    "frameworks": [
        "The 7Ps (product, price, place, promotion, people, process and physical evidence) frame the mix.",
        "The SOSTAC model (Situation, Objectives, Strategy, Tactics, Action, Control) structures the plan.",
        "PESTLE (political, economic, social, technological, legal and environmental) factors are reviewed first.",
    ],
    "smart-objectives": [
        "Objective 2: grow direct bookings by {pct}% by December {yr2}.",
        "Target: {k},000 new {tier} members by Q{q} {yr2}.",
    ],
    "course-units": [
        "This report answers Task 1 of the CIM Level 7 module (Marketing and Digital Strategy).",
        "The assignment brief (June {yr} series) asks for a twelve-month plan.",
        "Word count: 3,000 (excluding tables and appendices).",
    ],
    "job-titles": [
        "The Head of Loyalty (Middle East & Africa) approved the test.",
        "Interviews were held with the VP Commercial (GCC) and two revenue managers.",
    ],
    "places-dual": [
        "Istanbul (İstanbul) now has two hubs, IST and SAW.",
        "The resort sits near Aqaba (al-ʿAqaba) on the Red Sea.",
        "AlUla (also spelt Al-Ula) is three hours from Medina.",
    ],
    "time-zones": [
        "Emails go out at 21:00 GST (UTC+4) after iftar.",
        "Departures cluster between 01:00 and 04:00 (local time) at the hub.",
    ],
    "distances-times": [
        "Over 80% of the world's population lives within an eight-hour flight of Doha.",
        "The new terminal handles {mil} million passengers a year (phase one).",
    ],
    "brand-slogans": [
        "The slogan “Widen Your World” has been used for more than a decade.",
        "“Fly Better” remains Emirates' tagline in every market.",
        "The campaign line ‘Go Türkiye’ replaced ‘Turkey Home’ in 2022.",
    ],
    "app-versions": [
        "Version 4.2 of the app (released in {yr}) added Apple Pay.",
        "The chatbot (beta, Arabic only) handles rebooking requests.",
    ],
    "kpi-metrics": [
        "RevPAR rose to {aed} (up {pct}% on {yr}).",
        "ADR (average daily rate) and occupancy (OCC) are tracked weekly.",
        "Load factor reached {pct}% (against a target of 85%).",
    ],
    "partner-lists": [
        "Partners include Careem, Talabat and Noon (all UAE-based apps).",
        "The airline has been in Star Alliance (since 2008) and code-shares with two oneworld carriers.",
    ],
    "visa-rules": [
        "The GCC unified tourist visa (expected in {yr2}) would let visitors cross borders on one permit.",
        "Visitors from 60 countries qualify for an eVisa (valid for 90 days).",
    ],
    "email-url": [
        "Feedback can be sent to guestrelations@example-hotel.ae (Arabic or English).",
        "Bookings go through www.example-travel.com.tr/kampanya until the end of {season}.",
    ],
    "phone-numbers": [
        "The call centre (+971 600 555 555) is open around the clock.",
        "Customers in Türkiye call 444 0 849 (24/7).",
    ],
    "prices-vat": [
        "All prices include VAT (5%) and the Tourism Dirham fee.",
        "Saudi VAT (15%) applies to domestic fares only.",
    ],
    "capitalised-headings": [
        "Recommendation 3 (Short Term): Launch The Eid Family Bundle.",
        "Part Two - Digital Customer Experience (DCX) At {B}.",
    ],
    "ordinal-editions": [
        "This is the 3rd edition of the Arabian Travel Market Sustainability Summit (ATMSS).",
        "The 12th Hajj and Umrah Expo (Jeddah) drew 400 exhibitors.",
    ],
}  # fmt: skip
