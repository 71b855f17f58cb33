"""The blind378 pool's prose: marketers at shared-mobility and transport-app firms writing CIM Level 6 and 7 reports
and MBA assignments in English.

Car-sharing clubs, e-scooter and bike-share operators, ride-hailing and taxi apps, parking and EV-charging apps, rail
and coach ticketing platforms and electric-car start-ups in the UK, the Netherlands, Portugal, Ghana, India and
Colombia. Citations at the start, middle and end of sentences, after "as", "following", "according to", "echoing"
and "building on", in lists of works, with "see", "e.g." and "cf." inside the bracket; and the brackets, years,
figures, fares, fleets, trials, licences, deals and laws these candidates write that cite nothing. Written without
reading the checker or any other pool.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Uber", "Bolt", "Lime", "Voi", "Dott", "Zipcar", "Enterprise Car Club", "Co Wheels", "Trainline", "FlixBus",
          "National Express", "Addison Lee", "FREENOW", "RingGo", "JustPark", "Pod Point", "Zapmap", "Santander Cycles",
          "Swapfiets", "Felyx", "Greenwheels", "MyWheels", "Check", "NS", "OV-fiets", "Lightyear", "Gira", "Carris",
          "Via Verde", "Yango", "Metro Mass Transit", "Ola", "Ola Electric", "Rapido", "Yulu", "Ather", "Tata Motors",
          "redBus", "IRCTC", "BluSmart", "Cabify", "DiDi", "Tembici", "Picap", "inDrive", "TransMilenio", "Encicla"]  # fmt: skip

_CITIES = ["Milton Keynes", "Bristol", "Nottingham", "Salford", "Liverpool", "Oxford", "Amsterdam", "Rotterdam",
           "Utrecht", "The Hague", "Lisbon", "Porto", "Braga", "Accra", "Kumasi", "Tamale", "Bengaluru", "Delhi",
           "Mumbai", "Pune", "Hyderabad", "Bogotá", "Medellín", "Cali", "Barranquilla"]  # fmt: skip
_OPERATORS = ["Uber", "Bolt", "Lime", "Voi", "Dott", "Tier", "Zipcar", "Felyx", "Check", "Cabify", "DiDi", "Ola",
              "Rapido", "Yango", "BluSmart", "Bounce", "Beat", "Picap", "Free Now", "Gett", "Careem", "Drivy",
              "Getaround", "Mobike", "Ofo", "Hiya Car", "E-Car Club", "Bird", "Spin", "Nextbike"]  # fmt: skip
_VEHICLES = ["Tesla Model 3", "Nissan Leaf", "Kia e-Niro", "MG4", "Renault Zoe", "Tata Nexon EV", "Ola S1 Pro",
             "Ather 450X", "Bajaj RE auto-rickshaw", "Toyota Prius", "Niu MQi+", "Segway-Ninebot Max G30",
             "Lightyear 0", "Volkswagen ID.3", "BYD Atto 3", "Mahindra Treo", "Hyundai Ioniq 5", "Vanmoof S3"]  # fmt: skip
_PASSES = ["Bolt Plus", "Uber One", "Lime Prime", "Voi Pass", "Rapido Power Pass", "Zipcar Flex", "Railcard",
           "16-25 Railcard", "Zapmap Premium", "Ola Select", "Swapfiets Deluxe 7", "Navegante Metropolitano",
           "TuLlave card", "Cívica card"]  # fmt: skip
_FEATURES = ["women-only ride option", "in-app SOS button", "group ride", "parking photo check", "beginner mode",
             "split fare", "carbon counter", "live train tracking", "Delay Repay claim button", "UPI payment",
             "cash-payment option", "trip-sharing link", "helmet selfie", "price lock", "rapid-charger filter"]  # fmt: skip
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]  # fmt: skip
_PEOPLE = ["Dara Khosrowshahi", "Markus Villig", "Bhavish Aggarwal", "Aravind Sanka", "Amit Gupta", "Wayne Ting",
           "Fredrik Hjelm", "Henri Moissinac", "Jo Bertram", "Martijn Lefeber", "Juan de Antonio"]  # fmt: skip
_STRIKES = ["RMT", "ASLEF", "App Drivers and Couriers Union", "Kumasi trotro drivers'", "Delhi auto-rickshaw",
            "Bogotá taxi drivers'", "Lisbon TVDE drivers'", "NS train crew"]  # fmt: skip
_ZONES = ["ULEZ", "Clean Air Zone", "milieuzone", "Zona de Emissões Reduzidas", "pico y placa restriction",
          "odd-even scheme"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use, and its own audiences, topics, results and years (the years of
    apps, fleets and deals: this sector's, not the 1990s)."""
    year = rng.randint(2012, 2025)
    return {
        "Y": str(year), "Y2": str(year + rng.randint(1, 3)),
        "A": rng.choice(["commuters", "students", "Gen Z riders", "gig drivers", "first-time users", "tourists",
                         "women travelling at night", "older passengers", "EV owners", "car-free households",
                         "occasional drivers", "daily metro users"]),
        "T": rng.choice(["surge pricing", "subscription passes", "in-app rewards", "push notifications",
                         "referral codes", "driver ratings", "dynamic pricing", "geofenced parking",
                         "multimodal journey planning", "carbon-saving dashboards", "first-ride discounts",
                         "WhatsApp booking"]),
        "R": rng.choice(["retention", "trip frequency", "app store ratings", "trust", "willingness to pay",
                         "word of mouth", "continuance intention", "brand preference", "perceived value"]),
        "M": rng.choice(["scooter", "car club", "train", "parking", "charging", "coach"]),
        "CITY": rng.choice(_CITIES), "CITY2": rng.choice(_CITIES), "OP": rng.choice(_OPERATORS),
        "OP2": rng.choice(_OPERATORS), "VEH": rng.choice(_VEHICLES), "PASS": rng.choice(_PASSES),
        "FEAT": rng.choice(_FEATURES), "MON": rng.choice(_MONTHS), "PERSON": rng.choice(_PEOPLE),
        "STRIKE": rng.choice(_STRIKES), "ZONE": rng.choice(_ZONES), "SERIES": rng.choice(["A", "B", "C", "D", "E"]),
        "k": str(rng.randint(2, 95)), "p": str(rng.randint(10, 99)), "v": f"{rng.randint(2, 14)}.{rng.randint(0, 40)}",
        "YY": str(rng.randint(15, 25)),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argue that {C}.", "{N} found that {C}, although their sample was drawn from a single city.",
    "{N} concluded that {C}.", "{N} suggests that {C}, which is directly relevant to {B}.",
    "{N} highlight that {C}.", "{N} identified that {C}, particularly among {A}.", "{N} states that {C}.",
    "{N} reported that {C} in {CITY}.", "{N} showed that {C} and that {C2}.",
    "{N} describe {T} as a double-edged sword and show that {C}.", "{N} observed that, since {Y}, {C}.",
    "{N} extends the model to micromobility and finds that {C}.", "{N} warn that {C}.",
    "{N} used survey data from {CITY} to show that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} argue, {C}.", "Following {N}, this report assumes that {C}.", "According to {N}, {C}.",
    "Echoing {N}, {C}.", "Building on {N}, it can be argued that {C}.", "{O}, {N} found that {C}.",
    "This is consistent with {N}, who found that {C}.", "{C}, as {N} point out.", "{C}, according to {N}.",
    "{C}, which echoes {N}.", "{C} – a conclusion also reached by {N}.", "Research by {N} in {CITY} suggests that {C}.",
    "A survey by {N} found that {C}.", "In the case of {B}, the evidence from {N} suggests that {C}.",
    "{C}; however, {N} found the opposite for {A}.", "Data from {N} show that {C}.",
    "Unlike {B}, which relies on {T}, the operators studied by {N} found that {C}.",
    "As noted by {N}, {C}.", "The framework proposed by {N} helps to explain why {C}.",
    "{B}'s marketing team could draw on {N}, who show that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of shared e-scooter users shows that {C}.", "Using {N} framework, it is clear that {C}.",
    "{O}, {N} report concluded that {C}.", "{B} could apply {N} model, since {C}.",
    "According to {N} survey, {C}.", "{N} findings matter for {B} because {C}.",
    "This reflects {N} argument that {C}.", "{N} segmentation of {A} suggests that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For {A}, {C} {P}.", "This matters because {C} {P}.",
    "In {CITY}, {C} {P}.", "{B} is no exception, since {C} {P}.", "It is often claimed that {C} {P:see}.",
    "Several studies report that {C} {P:e.g.}.", "{C} {P:see also}.", "{C} {P:cf.}.",
    "{C} (as shown in Figure {q}) {P}.", "A key point for {B} is that {C} {P}.", "{C}. {P}",
    "The main barriers are cost, safety and the fact that {C} {P}.", "Put simply, {C} {P}.",
    "{C}, which is why {B} invests in {T} {P}.", "Evidence from the UK and India suggests that {C} {P:for example,}.",
    "Shared mobility is often described as a 'service', not a product {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{B} has found that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "Some authors {P:e.g.} argue that {C}.", "Studies {P} agree that {C}.", "{O}, {C} {P}, so {C2}.",
    "{C} {P}: in other words, {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} are more likely to try {T} when a friend has used it first", "{T} raised {R} by around {q}0% in one trial",
    "{B}'s reliance on {T} leaves it exposed if regulators intervene", "perceived safety shapes {R} more than price",
    "trust in the platform matters more than trust in the individual driver",
    "{A} treat car-sharing as a complement to public transport, not a substitute",
    "surge pricing is seen as unfair when it is not explained in the app", "range anxiety still holds back EV adoption",
    "e-scooters mostly replace walking and bus trips rather than car journeys",
    "ease of use and perceived usefulness predict continued use of mobility apps",
    "{A} respond better to app ratings than to brand advertising",
    "free first rides drive downloads but not long-term {R}", "cash payment is still essential for {A} in Accra",
    "bundling rail, bus and bike hire in one app can reduce car use",
    "poorly parked scooters damage the operator's brand with non-users",
    "subscription models lock in {A} and smooth demand", "environmental concern rarely turns into behaviour on its own",
    "the cost-of-living crisis has made {A} more price-sensitive",
    "drivers' working conditions now affect how customers see ride-hailing brands",
    "firms such as {B} must localise payment, language and safety features",
    "{T} only drives {R} when the offer is relevant to the trip",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In the UK", "For {B}", "Since the pandemic",
    "In the context of {B}", "From a customer perspective", "Nevertheless", "In India", "In Colombia", "In Ghana",
    "In the Netherlands", "In Portugal", "As a result", "Looking at {B}'s competitors", "Overall", "In urban markets",
    "Interestingly",
]  # fmt: skip
PLAIN = [
    "{B} operates in {k} cities and reports most of its trips on weekdays.",
    "This section analyses {B}'s current marketing mix and makes recommendations for the next twelve months.",
    "The table below summarises the key performance indicators for each channel.",
    "{B}'s app has been downloaded more than a million times, but monthly active users are much lower.",
    "A PESTLE analysis of the market is included in Appendix {q}.",
    "The main competitors are {B} and two smaller local operators.", "{O}, {C}.",
    "Customers book through the app, pay by card, wallet or cash and rate each trip.",
    "The recommendations are costed and phased over three quarters.",
    "Task 2 builds on this by proposing a customer retention plan.",
    "Interviews were held with four members of the marketing team.",
    "The brand's tone of voice is friendly, local and safety-first.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one textbook puts it, {Q} {P}.", "Put another way, {Q} {P}.", "{O}, {Q} {P}.",
    "{N} put it plainly: {Q}.", "The point is that {Q} {P}, and {B} has not yet acted on it.",
    "{Q} {P}; this report agrees.", "In the words of {N}, {Q}.",
]  # fmt: skip
SCARE_QUOTES = [
    "‘last mile’", "‘Uberisation’", "‘mobility as a service’", "‘range anxiety’", "‘access over ownership’",
    "‘jugaad’", "‘trotro culture’", "‘15-minute city’", "‘street clutter’", "‘frictionless’",
]  # fmt: skip
SCARE_FRAMES = [
    "Operators now market their apps around the idea of the {Q} {P}.", "{B} calls its approach {Q} {P}.",
    "Critics describe the sector's growth as {Q} {P}.", "The notion of {Q} has become common in the trade press {P}.",
    "So-called {Q} is often blamed for slow adoption {P}.", "The term {Q} is used by {N}.",
]  # fmt: skip
SUBJECT_LINES = [
    "‘Your driver is 2 minutes away’", "‘Ride for £1 this weekend’", "“Your {M} pass renews tomorrow”",
    "‘We miss you: 50% off your next 3 rides’", "“Your train is delayed: claim Delay Repay”",
    "‘Charge for less this winter’", "“Scan, ride, park – it's that simple”",
]  # fmt: skip
SUBJECT_FRAMES = [
    "A push notification reading {Q} lifted weekend trips {P}.", "{B} sent the message {Q} to lapsed riders {P}.",
    "Notifications such as {Q} create urgency {P}, but overuse leads to opt-outs.",
    "The email headed {Q} had the highest click rate of the quarter {P}.", "{N} tested {Q} against a plainer version.",
]  # fmt: skip

# Text with brackets, years, figures or names that cites nothing: a tutor would not expect any of it in the list.
NOT_CITATIONS: dict[str, list[str]] = {
    "city-trial-year": [
        "The {CITY} e-scooter trial ({Y}) was extended twice.",
        "{B} took part in the {CITY} shared e-bike pilot ({MON} {Y}).",
        "Results from the Milton Keynes e-scooter trial (2020) were mixed, with high use but frequent complaints.",
    ],
    "launch-year": [
        "{B} launched its app in {CITY} (in {MON} {Y}) with a free first ride.",
        "The service went live in {CITY2} ({Y} launch) and reached profit two years later.",
    ],
    "fleet-year": [
        "The operator grew its fleet quickly ({n}0 e-bikes by {Y}).",
        "{B} now runs {k}0 cars in {CITY} (fleet size at the end of {Y}).",
    ],
    "vehicle-model-year": [
        "Most of the car club's fleet is the {VEH} ({Y} model).",
        "Drivers were offered the {VEH} (launched {Y}) on a weekly lease.",
    ],
    "fare-year": [
        "Unlock fees were cut to £1 ({Y} prices) and per-minute rates to {p}p.",
        "A typical 5 km trip cost ₹{n} ({Y} fare) on a bike taxi.",
        "Fares in Bogotá rose (COP {n}0 increase, {Y}) after the fuel subsidy ended.",
    ],
    "pass-price-year": [
        "The {PASS} (£{k}.99 a month from {Y}) bundles unlimited unlocks.",
        "{B} relaunched the {PASS} ({MON} {Y}) at a lower price.",
    ],
    "price-change-year": [
        "Regulated rail fares rose again (+{q}.{d}% in March {Y}).",
        "Operators passed on the higher energy costs (a {q}{d}% rise in {Y}).",
    ],
    "app-version-year": [
        "The redesigned app (version {v}, {MON} {Y}) moved payment to the first screen.",
        "{B} fixed the booking bug in an update (v{v}, released {d} {MON} {Y}).",
    ],
    "app-feature-year": [
        "The {FEAT} (added in {Y}) was the most requested feature in reviews.",
        "{B} rolled out a {FEAT} ({MON} {Y}) after a spate of complaints.",
    ],
    "licence-year": [
        "TfL refused to renew Uber's London licence (September 2017), citing public safety.",
        "{OP} lost its operating licence in {CITY} ({MON} {Y}) and appealed.",
        "The council granted {OP} a two-year permit ({Y}–{Y2}).",
    ],
    "permit-tender-year": [
        "{OP} and {OP2} won the {CITY} micromobility tender ({Y}), each with a capped fleet.",
        "Only three operators received permits (tender round {q}, {Y}).",
    ],
    "merger-year": [
        "The merger of {OP} and {OP2} (completed in {MON} {Y}) created a larger rival to {B}.",
        "Tier and Dott merged (announced January 2024) to cut costs.",
        "FREE NOW was sold to Lyft (July 2025), ending the BMW and Mercedes-Benz joint venture.",
    ],
    "acquisition-year": [
        "{OP} bought {OP2} ({Y}, for an undisclosed sum) to enter {CITY}.",
        "Uber acquired Careem (2020) for US$3.1bn.",
        "{B} was taken over by a private equity firm (deal closed {MON} {Y}).",
    ],
    "funding-round-year": [
        "{B} raised US${k}m in a Series {SERIES} round ({Y}).",
        "The start-up closed a seed round ({MON} {Y}, €{k}m) led by local investors.",
    ],
    "valuation-year": [
        "{OP} was valued at US${q}.{d}bn (Series {SERIES}, {Y}) before the downturn.",
        "The listing valued Ola Electric at about ₹33,500 crore (August 2024).",
    ],
    "founder-year": [
        "Uber was founded by Garrett Camp and Travis Kalanick in 2009.",
        "Bolt (founded in 2013 by Markus Villig as Taxify) now operates in Accra and Kumasi.",
        "{PERSON} (chief executive since {Y}) has promised profitability.",
    ],
    "ceo-year": [
        "The firm appointed a new chief executive ({MON} {Y}) after heavy losses.",
        "{PERSON}, who took over as CEO in {Y}, cut the workforce by {q}0%.",
    ],
    "founding-year": [
        "Transport for London (established in 2000) regulates taxis and private hire in the capital.",
        "The Office of Rail and Road (renamed from the Office of Rail Regulation in 2015) publishes passenger data.",
        "NITI Aayog (set up in 2015) has pushed for electric two- and three-wheelers.",
        "TransMilenio (opened in December 2000) carries millions of passengers a day.",
        "Swapfiets (founded in Delft in 2014) now operates in several countries.",
        "DANE (created in 1953) runs Colombia's household surveys.",
    ],
    "accident-year": [
        "Safety fears grew after a fatal collision in {CITY} ({MON} {Y}).",
        "The battery fire on a train ({d} {MON} {Y}) led to a ban on e-scooters on several networks.",
    ],
    "ban-year": [
        "TfL banned e-scooters on its network (December 2021) after several fires.",
        "{CITY} suspended shared scooters (from {MON} {Y}) pending a review.",
        "Paris voted to remove rental e-scooters (April 2023), which {B} watched closely.",
        "Commercial motorbike taxis remain illegal under Ghanaian regulations (L.I. 2180 of 2012), though widely used.",
    ],
    "strike-year": [
        "The {STRIKE} strike ({d} {MON} {Y}) pushed commuters towards ride-hailing.",
        "Drivers switched off their apps in protest (a 24-hour strike, {MON} {Y}).",
    ],
    "ridership-year": [
        "Santander Cycles recorded its busiest month yet ({MON} {Y}), helped by a tube strike.",
        "{B} passed {n} million trips ({Y} total) across all cities.",
        "Daily metro ridership recovered to {p}% of pre-pandemic levels ({MON} {Y}).",
    ],
    "act-named": [
        "Self-driving taxis cannot carry paying passengers until the Automated Vehicles Act 2024 is brought fully into force.",
        "The Motor Vehicles (Amendment) Act, 2019 brought aggregators under licensing for the first time.",
        "Portugal's ride-hailing law, Lei n.º 45/2018, caps the platform's commission at 25%.",
        "Colombia's Ley 1811 de 2016 gives public employees a half day off for every 30 trips to work by bicycle.",
    ],
    "regulation-named": [
        "Trial e-scooters were allowed on UK roads from July 2020 under temporary regulations, but private ones are not.",
        "Chargepoint operators must now show prices per kWh and reach 99% reliability on rapid chargers (the 2023 regulations).",
        "Under India's Motor Vehicle Aggregator Guidelines, 2020, surge fares are capped at 1.5 times the base fare.",
    ],
    "emission-zone-year": [
        "Demand for car clubs rose when the {ZONE} was extended ({MON} {Y}).",
        "The ULEZ expansion (29 August 2023) pushed some Londoners to give up older cars.",
        "{CITY} introduced a {ZONE} ({Y}) that exempts shared electric vehicles.",
    ],
    "charger-count-year": [
        "The UK had about {k},000 public charge points (end of {Y}).",
        "{B} installed {n} rapid chargers in {CITY} ({Y} roll-out).",
    ],
    "vehicle-spec": [
        "The car's official range is {n} km (WLTP) and it charges to 80% in {p} minutes.",
        "Shared scooters are limited to 15.5 mph (25 km/h) in the trial areas.",
        "The e-rickshaw carries four passengers (payload {n} kg, {q}.{d} kWh battery).",
    ],
    "currency-conversion": [
        "A short trip in Accra costs about GH₵{k} (roughly £{q}.{d}).",
        "The monthly pass costs COP {n},000 (about US${k}).",
        "Drivers earn around ₹{n} a day after commission (about £{k}).",
    ],
    "percentage-year": [
        "Car-sharing members made {p}% fewer car trips ({Y} survey wave).",
        "Women made only {k}% of ride-hailing trips in {CITY} ({Y}).",
    ],
    "own-survey": [
        "Most respondents had used a shared scooter at least once (n = {n}, own survey, {MON} {Y}).",
        "Two thirds of the students asked said price was the main reason they chose {B} (primary research, n = {n}).",
    ],
    "app-rating": [
        "{B}'s app is rated highly on Google Play (4.{d} stars, {n}k reviews).",
        "Ratings fell after the redesign (from 4.{q} to 3.{d} in {MON} {Y}).",
    ],
    "ticker": [
        "Trainline (LSE: TRN) publishes its results twice a year.",
        "Ola Electric (NSE: OLAELEC) listed in August 2024.",
        "Uber (NYSE: UBER) reported its first full-year operating profit in 2023.",
    ],
    "financial-year": [
        "Net ticket sales grew strongly (FY{YY} results), led by the consumer business.",
        "The company made a loss of ₹{n} crore in FY20{YY}.",
        "Revenue rose in the first half ({MON}–September {Y}).",
    ],
    "quarter-year": [
        "Gross bookings rose {p}% year on year (Q{q} {Y}).",
        "Trips fell sharply in the second quarter (Q2 2020) before recovering.",
    ],
    "route-line": [
        "The bike taxi is mostly used to reach metro stations (Purple Line, Bengaluru).",
        "The new bus route (route {n}, {CITY}) links the station with the business park.",
        "The tram network (line 15E in Lisbon) is popular with tourists.",
    ],
    "station-count": [
        "The scheme has grown to {n} docking stations (Encicla, Medellín).",
        "There are {k}0 OV-fiets locations (mostly at NS stations).",
    ],
    "award-year": [
        "{B} was named Car Club of the Year ({Y} awards).",
        "The app won a design prize (Webby Awards, {Y}) for its journey planner.",
    ],
    "local-term-gloss": [
        "Many commuters in Accra still rely on the tro-tro (shared minibus) and the okada (motorbike taxi).",
        "In Bengaluru, the auto (auto-rickshaw) remains the main rival to bike taxis.",
        "The Dutch call shared scooters deelscooters (sharing scooters) and shared cars deelauto's.",
        "Portuguese ride-hailing drivers work under the TVDE (transporte individual e remunerado de passageiros) regime.",
        "Bogotá's pico y placa (peak-hour number-plate restriction) changes every year.",
    ],
    "abbreviation-gloss": [
        "Mobility as a Service (MaaS) combines several modes in one app.",
        "Battery electric vehicles (BEVs) made up {k}% of new registrations in {Y}.",
        "Customer lifetime value (CLV) is the key metric for {B}'s subscription plan.",
    ],
    "cross-reference": [
        "The customer journey is mapped in full (see Appendix {q}).",
        "{B}'s positioning is compared with its rivals' (Figure {q}.{d}).",
        "The costs of each option are set out below (Table {q}).",
    ],
    "web-handle": [
        "Updates are posted on the operator's social channels (@{OP} on X and Instagram).",
        "Prices are published on the company's website (www.zipcar.co.uk/pricing).",
    ],
    "promo-code": [
        "New riders were given a discount (code RIDE{k}, valid until {d} {MON}).",
        "The referral scheme (£{k} credit for both friends) ran until the end of {Y}.",
    ],
    "event-year": [
        "{B} presented its MaaS plans at a trade fair (Micromobility Europe, Amsterdam, {Y}).",
        "The marketing team attended a conference (Intelligent Transport Systems World Congress, {Y}).",
    ],
    "sponsorship-year": [
        "Santander has sponsored London's hire bikes (since 2015), replacing Barclays.",
        "{B} became the official mobility partner of the festival ({Y} edition).",
    ],
    "course-reference": [
        "This report responds to the brief for the unit (CIM Level 7, Marketing and Digital Strategy).",
        "The analysis follows the assessment criteria (AC {q}.{d}) set for this task.",
    ],
    "fine-year": [
        "The regulator fined the operator (£{n},000, {MON} {Y}) for misleading price claims.",
        "Riders caught on pavements face a fixed penalty (£{k}0 in {Y}).",
    ],
    "recall-year": [
        "The manufacturer recalled {n}0 e-bikes ({MON} {Y}) over a battery fault.",
        "A software recall (affecting {k},000 cars, {Y}) damaged the start-up's reputation.",
    ],
    "outage-year": [
        "The app went down for several hours (outage on {d} {MON} {Y}), stranding riders.",
        "A payment-system failure ({MON} {Y}) stopped ticket sales for an afternoon.",
    ],
    "emission-standard-year": [
        "All new cars had to meet the new emission standard (Bharat Stage VI, April 2020).",
        "The older taxis do not meet the emission standard (Euro {q}, {Y}).",
    ],
    "energy-price": [
        "Rapid charging now costs up to 79p per kWh (about £{k} for a full charge).",
        "Home charging on an EV tariff is much cheaper ({q}p per kWh overnight).",
    ],
    "date-range": [
        "The campaign ran in two waves (1 April {Y} to 31 March {Y2}).",
        "Fieldwork took place over six weeks (from {d} {MON} {Y}).",
    ],
    "surge-multiplier": [
        "Prices peaked on New Year's Eve (surge of 2.{q}x, {Y}), which angered customers.",
        "During the rail strike fares rose sharply (up to {q}.{d} times the normal price).",
    ],
    "speed-limit-time": [
        "Scooters slow down automatically in parks (geofenced zones, 8 km/h).",
        "Bookings are held for a short time (15 minutes free reservation).",
    ],
    "platform-stats-year": [
        "There are more than {k},000 drivers on the platform in {CITY} ({MON} {Y}).",
        "Monthly active users reached {k} million (peak of {Y}).",
    ],
}  # fmt: skip
