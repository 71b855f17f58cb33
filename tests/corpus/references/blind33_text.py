"""Prose for the thirty-third held-out pool, "blind33": automotive and mobility marketers on CIM courses.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a thirty-third hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how marketers at car
makers, dealer groups, leasing and subscription firms, EV charging networks, micromobility and ride-hailing
companies in the UK, Germany, France, Italy, Sweden, Japan, South Korea and India write on CIM Level 6 and Level 7
courses: model names with model years and trims, registration plates, WLTP ranges and CO2 figures, Euro NCAP stars
with their years, motor shows with their years, recall numbers, finance offers with APRs, the ZEV mandate, trade
bodies and regulators named with their abbreviations, fiscal years, prices in pounds, euros, rupees, yen and won.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} argues that {C}, which matters for {B}.",
    "{N} shows that {C}.",
    "{N} reported that {C}.",
    "{N} concludes that {C}, a point the dealer network has been slow to accept.",
    "{N} suggests that {C}.",
    "{N} notes that {C}; {B} has seen the same in its own handover surveys.",
    "{N} observed that {C}.",
    "{N} makes the case that {C}.",
    "{N} claims that {C}, although the evidence from {region} is thinner.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} points out, {C}.",
    "According to {N}, {C}.",
    "Writing about {region}, {N} found that {C}.",
    "For {B}, the lesson from {N} is that {C}.",
    "Building on {N}, it can be argued that {C}.",
    "This is consistent with {N}, who found that {C}.",
    "Unlike {N}, who focused on fleets, this report argues that {C}.",
    "The dealer survey agrees with {N} that {C}.",
    "Drawing on {N}, the team at {B} accepts that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} survey of {audience} found that {C}.",
    "{N} model of the customer journey suggests that {C}.",
    "Using {N} framework, {C}.",
    "{N} analysis of registrations shows that {C}.",
    "{N} work on premium brands is useful here: {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "Research into {audience} suggests that {C} {P}.",
    "In {region}, {C} {P}.",
    "It is widely reported that {C} {P}.",
    "For a brand like {B}, {C} {P}.",
    "There is evidence that {C} {P}.",
    "Dealer principals increasingly accept that {C} {P}.",
    "{C}, especially among {audience} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, so {B} needs to respond quickly.",
    "Because {C} {P}, the launch plan puts the test drive first.",
    "While {C} {P}, {C2}.",
    "{C} {P}; however, {C2}.",
    "Recent studies {P} agree that {C}.",
    "Several sources {P} suggest that {C}, which supports the recommendation below.",
    "{C} {P}, and this shapes the 12-month plan.",
]  # fmt: skip
CLAIMS = [
    "range anxiety falls sharply after a buyer's first month with an EV",
    "most buyers now shortlist a car online before they visit a showroom",
    "the agency model gives manufacturers more control over price but less over the handover",
    "monthly payment matters more to private buyers than the list price",
    "used EV prices fell faster than those of petrol cars",
    "salary sacrifice has become the main route into EVs for employees",
    "test drives remain the strongest predictor of purchase",
    "home charging access divides early adopters from the rest of the market",
    "Chinese brands are winning conquest sales on price and equipment",
    "trust in dealers is lower than trust in manufacturers",
    "subscription appeals most to urban drivers under 35",
    "brand heritage still carries a price premium in the premium segment",
    "reliability scores shape consideration more than design",
    "customers judge the charging network as part of the car brand",
    "e-scooter schemes attract commuters rather than tourists",
    "aftersales satisfaction drives repeat purchase more than the sales experience",
    "fleet managers choose on whole-life cost, not on brand",
    "influencer reviews on YouTube shape the shortlist of younger buyers",
    "PCP customers return to the same dealer when their agreement ends",
    "real-world range is the claim buyers trust least",
    "connected-car apps are used heavily in the first weeks and rarely after",
    "ride-hailing drivers switched to EVs faster than private owners",
    "a recall handled openly can strengthen loyalty",
    "the ZEV mandate has pushed manufacturers into heavy discounting",
    "two-wheeler buyers in India are highly price sensitive",
    "safety ratings matter most to parents buying a family car",
]  # fmt: skip
OPENERS = ["In practice,", "For the dealer group,", "Put simply,", "Across Europe,", "On the forecourt,",
           "In the UK market,", "Looking at the data,", "From a brand perspective,"]  # fmt: skip
PLAIN = [
    "This section looks at the market before the recommendations in Task 2.",
    "The figures below come from the group's own CRM and were checked with the finance team.",
    "The marketing team has six people and a budget agreed each quarter.",
    "I work in the retail marketing team, so this report draws on what I see every day.",
    "The recommendations are costed in the appendix.",
    "Each option is judged against cost, speed and fit with the brand.",
    "The next part sets out the customer journey from first search to handover.",
    "Dealers were asked for their views in an online workshop.",
    "The launch is planned for the spring, when registrations peak.",
    "Both options keep the existing dealer network.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{N} put it plainly: {Q}.",
    "As one study puts it, {Q} {P}.",
    "{Q} {P}.",
    "{N} describes the shift as follows: {Q}.",
    "The point is made clearly in the literature: {Q} {P}.",
    "For {B}, this rings true: {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["range anxiety", "EV-curious", "phygital", "car as a service", "showroom theatre", "agency model",
                "digital handover", "charging desert", "conquest sale", "forecourt-ready", "halo car", "skateboard"]  # fmt: skip
SCARE_FRAMES = [
    "So-called “{Q}” buyers are the target of the campaign {P}.",
    "The idea of '{Q}' is now common in the trade {P}.",
    "{N} uses the term ‘{Q}’ for this.",
    "What dealers call “{Q}” is really a pricing problem {P}.",
]  # fmt: skip
SUBJECT_LINES = ["Your new {model} is ready to book", "Last chance: {apr}% APR ends Sunday", "Charge for free this weekend",
                 "Your service is due", "Meet the all-new {model}", "The {plate}-plate is here"]  # fmt: skip
SUBJECT_FRAMES = [
    "An email with the subject line “{Q}” had the highest open rate, in line with earlier findings {P}.",
    "The push notification '{Q}' follows the advice of {N}.",
    "Subject lines such as ‘{Q}’ work best when they are short {P}.",
]  # fmt: skip

# Decoys: text with capitals, years, brackets or quotation marks that cites nothing.
NOT_CITATIONS = {
    "model-year-trim": [
        "The {my} {model} ({trim}) is the volume seller in the range.",
        "We will lead with the {my} {model} in {trim} trim, priced from £{price}.",
        "Stock of the outgoing {model} ({my} model year) must clear before the facelift arrives.",
    ],
    "registration-plate": [
        "September's {splate}-plate change is the second-busiest month of the year for the group.",
        "The {plate}-plate campaign starts six weeks before the plate change, with finance offers live from day one.",
        "Ex-demonstrators on {plate} plates are offered with free servicing.",
    ],
    "wltp-range": [
        "The {model} has a WLTP range of {miles} miles ({km} km) on a single charge.",
        "Official range (WLTP combined): up to {miles} miles, depending on wheels and trim.",
        "Real-world range in winter was closer to {miles2} miles than the official {miles}.",
    ],
    "co2-figure": [
        "The plug-in hybrid emits {gkm} g/km CO2 (WLTP), which puts it in a low Benefit-in-Kind band.",
        "Fleet average emissions fell to {gkm} g/km in {yr}, against a target of 93.6 g/km.",
    ],
    "euro-ncap-stars": [
        "The {model} was awarded {stars} stars by Euro NCAP in {yr}.",
        "Euro NCAP rating: {stars} stars (tested {yr}); adult occupant protection {aop}%.",
    ],
    "motor-show": [
        "The car was revealed at the {show} {yr} and went on sale the following spring.",
        "Our stand at the {show} ({yr}) cost more than the whole digital budget for Q{q}.",
    ],
    "recall-number": [
        "The recall (DVSA reference R/{yr}/{recall}) affected {n} cars in the UK.",
        "Owners were contacted by letter about recall R/{yr}/{recall} within ten days.",
    ],
    "finance-apr": [
        "Representative example: {apr}% APR representative, 48 months, £{deposit} deposit, optional final payment £{balloon}.",
        "The 0% APR offer (ends 30 June) was the most clicked banner on the site.",
        "PCP at {apr}% APR (representative) with a £{deposit} deposit contribution from the dealer.",
    ],
    "zev-mandate": [
        "Under the ZEV mandate, {zev}% of new cars sold in {zevyr} must be zero emission.",
        "The ZEV mandate target rises to 80% in 2030 and 100% in 2035.",
    ],
    "acronym-definition": [
        "The Office for Zero Emission Vehicles (OZEV) funds home charger grants for renters and flat owners.",
        "Figures from the Society of Motor Manufacturers and Traders (SMMT) are published on the fourth working day of each month.",
        "The European Automobile Manufacturers' Association (ACEA) represents the 15 major European car makers.",
        "The Driver and Vehicle Standards Agency (DVSA) handles safety recalls in Great Britain.",
    ],
    "fiscal-year": [
        "Group revenue rose in FY{fy} (year ended 31 March), driven by aftersales.",
        "The plan covers FY{fy} and FY{fy2}, with a review at the half year (H1).",
    ],
    "quarter-sales": [
        "Sales of the {model} were strongest in Q{q} {yr}, when the demonstrator fleet was sold.",
        "In Q{q} {yr} the brand's market share was {share}% (up from {small}.{q}%).",
    ],
    "price-otr": [
        "Prices start at £{price} OTR (on the road), after the manufacturer discount.",
        "The {model} costs £{price} (OTR, including VAT and first registration fee).",
    ],
    "rupee-price": [
        "In India, the {model} is priced at ₹{lakh} lakh (ex-showroom, Delhi).",
        "The two-wheeler sells for ₹{rupees} (ex-showroom) with a three-year warranty.",
    ],
    "yen-won-price": [
        "In Japan the kei version costs ¥{yen} including consumption tax.",
        "The Korean launch price was ₩{won} million before the subsidy.",
    ],
    "euro-price": [
        "In Germany the same car lists at €{euro} (UVP), before the Umweltbonus ended in December 2023.",
        "The French social leasing scheme offered the car at €{month} a month (sans apport).",
    ],
    "lease-deal": [
        "Personal lease from £{month} per month (6+35, 8,000 miles p.a.), subject to status.",
        "Business contract hire: £{month} + VAT per month (profile 3+47).",
    ],
    "charging-speed": [
        "It charges from 10-80% in {mins} minutes on a {kw} kW charger.",
        "The hub has twelve {kw} kW bays (CCS2) and two Type 2 posts.",
    ],
    "award": [
        "The {model} won {award} at the What Car? Car of the Year Awards {yr}.",
        "The dealership was named Retailer of the Year at the {yr} AM Awards.",
    ],
    "campaign-tagline": [
        "The campaign line, ‘{tagline}’, ran across TV, Spotify and the dealer forecourts.",
        "Our brief asked the agency to keep the \"{tagline}\" platform for another year.",
    ],
    "hashtag-handle": [
        "The launch was trailed on Instagram (@{handle}) with the hashtag #{tag}.",
        "Posts tagged #{tag} reached {n}k accounts in the first week.",
    ],
    "emission-standard": [
        "All diesel models meet Euro 6d (RDE2), so they are ULEZ-compliant.",
        "Euro 7 adds limits on brake and tyre particles for the first time.",
    ],
    "platform-code": [
        "The car sits on the {platform} platform shared with three sister models.",
        "Both models use the {platform} architecture with an 800V system.",
    ],
    "model-code": [
        "The {code} generation was the best-selling version of the model.",
        "Owners of the previous model ({code}) are the first target of the trade-in offer.",
    ],
    "percentage-change": [
        "New car registrations rose {small}.{d}% in {month_name} (up {n} units year on year).",
        "Battery electric share reached {pc}% (from {pc2}% a year earlier).",
    ],
    "survey-sample": [
        "The handover survey (n = {n}) was sent to every customer in the last quarter.",
        "Of the dealers who replied (n={dealers}), most wanted more demonstrators.",
    ],
    "appendix-reference": [
        "The full media plan is in Appendix {app} (Table {q}).",
        "See Figure {fig} for the customer journey map (Appendix {app}).",
    ],
    "section-reference": [
        "The options are compared in Section {q}.{d} (Task 2a).",
        "As set out in Task 1(b), the segment is fleet drivers.",
    ],
    "framework-name": [
        "The PESTLE analysis (Table {q}) shows the regulatory pressure most clearly.",
        "A SOSTAC plan (Situation, Objectives, Strategy, Tactics, Action, Control) structures Task 2.",
    ],
    "grant-scheme": [
        "The Plug-in Car Grant (£1,500 at the end) was withdrawn in June 2022.",
        "The Electric Vehicle Homecharge Scheme (EVHS) now covers renters and flat owners only.",
    ],
    "warranty-terms": [
        "Every {brand} comes with a seven-year warranty (up to 100,000 miles).",
        "The battery warranty covers eight years or 100,000 miles (70% state of health).",
    ],
    "insurance-group": [
        "Insurance groups range from {ig}E to {ig2}E, which worries younger drivers.",
        "It sits in insurance group {ig} (of 50), lower than its rivals.",
    ],
    "performance-figures": [
        "0-62 mph takes {secs} seconds and the top speed is {top} mph (limited).",
        "Power rises to {ps} PS ({kw} kW) in the Performance version.",
    ],
    "software-version": [
        "The over-the-air update (version {ver}) added Plug & Charge for every owner.",
        "App release {ver} (iOS and Android) fixed the login problem reported by owners.",
    ],
    "job-title": [
        "Interviews were held with the Head of Marketing (UK & Ireland) and two Brand Managers.",
        "The Aftersales Director (North region) approved the pilot.",
    ],
    "dealer-site": [
        "Arnold Clark (Hillington) and the Stirling site were the pilot dealers.",
        "The new studio at Westfield London (White City) replaced a traditional showroom.",
    ],
    "customer-review": [
        "One Trustpilot review reads: “Great car, shame about the app” (1 star).",
        "Google reviews average 4.{d} stars (from {n} reviews) for the Leeds site.",
    ],
    "race-series": [
        "The brand's Formula E team (Season {season}) is used for the performance message.",
        "Sponsorship of the Le Mans 24 Hours ({yr}) is under review.",
    ],
    "course-unit": [
        "This report answers Task 2 of the CIM Level 6 Diploma in Professional Marketing (Unit 3).",
        "Word count: {words} (excluding the reference list and appendices).",
    ],
    "time-span": [
        "Between {yr0} and {yr} the group sold its eleven smallest sites.",
        "The plan runs for three years ({yr}-{yr3}) with a mid-point review.",
    ],
    "event-date": [
        "The launch event (14 March {yr}) was streamed live on YouTube.",
        "The national test-drive weekend takes place on {wkend} May, with a prize draw for every booking.",
    ],
    "company-country": [
        "Stellantis (Netherlands-registered, Paris and Turin managed) owns fourteen brands.",
        "Geely (China) owns Volvo Cars and Polestar and part of Mercedes-Benz.",
    ],
    "charging-network-stats": [
        "There were {chargers} public charge points in the UK at the end of {month_name} {yr} (Zapmap count).",
        "Rapid and ultra-rapid devices (50 kW and above) make up about a fifth of the network.",
    ],
    "vehicle-category": [
        "The van is sold in both N1 and M1 versions, so it can be registered as a car.",
        "The quadricycle (L7e) cannot legally use motorways in some countries.",
    ],
    "clean-air-zone": [
        "Drivers entering the ULEZ (Ultra Low Emission Zone) in a non-compliant car pay £12.50 a day.",
        "Birmingham's Clean Air Zone (Class D) charges £8 a day for older cars.",
    ],
    "mileage-and-age": [
        "The average used car sold by the group is {age} years old with {mileage},000 miles.",
        "Approved used cars are under 8 years old and 80,000 miles (whichever comes first).",
    ],
}  # fmt: skip

BRANDS = ["Kia", "Hyundai", "Volkswagen", "BMW", "Mercedes-Benz", "Audi", "Škoda", "SEAT", "Cupra", "Renault",
          "Peugeot", "Citroën", "Fiat", "Alfa Romeo", "Volvo", "Polestar", "Toyota", "Lexus", "Nissan", "Honda",
          "Mazda", "Tata Motors", "Mahindra", "Maruti Suzuki", "MG", "BYD", "Jaguar Land Rover", "Mini",
          "Arnold Clark", "Lookers", "Vertu Motors", "Inchcape", "Sytner", "Motability", "Octopus EV", "Onto",
          "Ionity", "Pod Point", "Gridserve", "bp pulse", "Lime", "Voi", "Uber", "Bolt", "Ola Electric",
          "Ather Energy", "Cazoo", "Cinch", "Auto Trader", "carwow", "Zapmap"]  # fmt: skip

_MODELS = ["Kia EV3", "Kia Sportage", "Hyundai Ioniq 5", "Hyundai Tucson", "VW ID.3", "VW Golf", "BMW i4", "BMW X1",
           "Mercedes EQA", "Audi Q4 e-tron", "Škoda Enyaq", "Cupra Born", "Renault 5 E-Tech", "Renault Clio",
           "Peugeot e-208", "Citroën ë-C3", "Fiat 500e", "Volvo EX30", "Volvo XC60", "Polestar 2", "Toyota Yaris Cross",
           "Toyota C-HR", "Nissan Leaf", "Nissan Qashqai", "Honda Jazz", "Mazda MX-30", "Tata Nexon EV",
           "Mahindra XUV400", "Maruti Suzuki Swift", "MG4", "BYD Dolphin", "Mini Cooper SE", "Range Rover Evoque"]  # fmt: skip
_TRIMS = ["GT-Line S", "Air", "Ultimate", "M Sport", "AMG Line", "S line", "SE L", "Techno", "Iconic", "Plus",
          "Excel", "Icon", "Design", "Ultra", "Sport", "Premium", "Long Range", "Tekna+", "N Line", "Inscription"]  # fmt: skip
_SHOWS = ["Geneva Motor Show", "IAA Mobility", "Paris Motor Show", "Goodwood Festival of Speed", "Tokyo Motor Show",
          "Japan Mobility Show", "Auto Expo", "Seoul Mobility Show", "British Motor Show", "Turin Motor Show"]  # fmt: skip
_TAGLINES = ["Movement that inspires", "Drive the change", "Charge ahead", "Made for the everyday", "Go further, for less",
             "Electric, your way", "Built to be driven", "The future is here"]  # fmt: skip
_PLATFORMS = ["E-GMP", "MEB", "CMP", "SEA", "CMF-EV", "e-TNGA", "STLA Medium", "CLAR", "MQB Evo", "AmpR Small"]
_CODES = ["G20", "W206", "Mk7", "Mk8", "F56", "B9", "NX", "J1", "Mk4", "E46"]
_REGIONS = ["the UK", "Germany", "France", "Italy", "Sweden", "Japan", "South Korea", "India", "Europe", "Scandinavia"]
_AUDIENCES = ["fleet managers", "private buyers", "company-car drivers", "first-time buyers", "younger drivers",
              "families", "ride-hailing drivers", "urban commuters", "Motability customers", "premium buyers"]  # fmt: skip
_HANDLES = ["KiaUK", "HyundaiUK", "VolvoCarsUK", "arnoldclark", "octopusev", "gridserve_", "LimeUK", "tatamotorsev"]
_TAGS = ["ThinkElectric", "EVday", "ChargeAhead", "PlateChange", "TestDriveWeekend", "ZeroEmission", "NewEV"]


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the builder's own."""
    yr = rng.randint(2019, 2025)
    miles = rng.randint(180, 410)
    plate = rng.choice(["24", "74", "25", "75", "23", "73"])
    fy = rng.randint(22, 25)
    return {
        "model": rng.choice(_MODELS), "my": str(rng.randint(2022, 2026)), "trim": rng.choice(_TRIMS),
        "price": f"{rng.randint(16, 72)},{rng.choice(['995', '495', '250', '750', '000'])}", "plate": plate, "splate": rng.choice(["73", "74", "75"]),
        "miles": str(miles), "km": str(round(miles * 1.609)), "miles2": str(miles - rng.randint(40, 90)),
        "gkm": str(rng.randint(9, 160)), "stars": rng.choice(["five", "four", "three", "5", "4"]), "yr": str(yr),
        "yr0": str(yr - rng.randint(3, 8)), "yr3": str(yr + 3), "pc": str(rng.randint(11, 96)), "small": str(rng.randint(1, 9)), "share": str(rng.randint(10, 19)), "aop": str(rng.randint(78, 97)), "pc2": str(rng.randint(3, 30)),
        "show": rng.choice(_SHOWS), "recall": f"{rng.randint(1, 420):03d}", "apr": rng.choice(["0", "2.9", "4.9", "6.9", "8.9", "9.9", "10.9"]),
        "deposit": f"{rng.randint(1, 6)},{rng.choice(['000', '500', '250'])}", "balloon": f"{rng.randint(9, 24)},{rng.randint(100, 999)}",
        "zev": (zev := rng.choice([("22", "2024"), ("28", "2025"), ("33", "2026"), ("38", "2027")]))[0], "zevyr": zev[1], "fy": f"{fy}/{fy + 1}", "fy2": f"{fy + 1}/{fy + 2}",
        "lakh": f"{rng.randint(6, 24)}.{rng.randint(0, 99):02d}", "rupees": f"{rng.randint(75, 180)},{rng.randint(100, 999)}",
        "yen": f"{rng.randint(1, 3)},{rng.randint(100, 999)},{rng.randint(0, 9)}00", "won": str(rng.randint(35, 70)),
        "euro": f"{rng.randint(22, 68)}.{rng.randint(100, 999)}", "month": str(rng.randint(99, 549)),
        "mins": str(rng.randint(18, 45)), "kw": rng.choice(["50", "150", "175", "300", "350"]), "tagline": rng.choice(_TAGLINES),
        "handle": rng.choice(_HANDLES), "tag": rng.choice(_TAGS), "platform": rng.choice(_PLATFORMS), "code": rng.choice(_CODES),
        "month_name": rng.choice(["January", "March", "June", "September", "November", "December"]),
        "dealers": str(rng.randint(18, 140)), "app": rng.choice(["A", "B", "C", "1", "2", "3"]), "fig": str(rng.randint(1, 9)),
        "brand": rng.choice(["Kia", "MG", "Hyundai", "Toyota"]), "award": rng.choice(["Best Small Electric Car", "Best Family SUV", "Reader Award", "Best Estate Car", "Best Hybrid"]), "ig": str(rng.randint(12, 30)), "ig2": str(rng.randint(31, 48)),
        "secs": f"{rng.randint(3, 9)}.{rng.randint(0, 9)}", "top": str(rng.randint(93, 161)), "ps": str(rng.randint(110, 650)),
        "ver": f"{rng.randint(1, 5)}.{rng.randint(0, 12)}", "season": str(rng.randint(8, 11)),
        "words": f"{rng.randint(2, 4)},{rng.randint(100, 999)}", "wkend": f"{(day := rng.randint(1, 30))} and {day + 1}",
        "chargers": f"{rng.randint(55, 82)},{rng.randint(100, 999)}", "age": str(rng.randint(3, 7)),
        "mileage": str(rng.randint(24, 58)), "region": rng.choice(_REGIONS), "audience": rng.choice(_AUDIENCES),
    }  # fmt: skip
