"""The blind382 pool's prose: how marketers at hotel groups, boutique hotels, holiday-let agencies, glamping and
caravan parks, hostels, serviced apartments and online travel agents in the UK, Spain, Greece, Thailand, South Africa
and Mexico write CIM Level 6 and 7 reports and MBA assignments in English.

Frames may use every fill value and these of this pool's own: {hotel} a hotel or park (not an author of any work),
{city} a destination, {pc} a percentage's number, {adr} a room rate's number, {Y3} a recent year, {ota} an online
travel agent as a channel, {mo} a month, {cur} a currency sign. Decoys (NOT_CITATIONS) hold brackets, years and names
that are not sources: openings, refurbishments, ratings, awards, occupancy and rate figures, deals, people and rules.
Where a decoy names a firm that could author a listed work, its bracket holds words as well as a year
("founded 1969", "listed December 2020"), never the firm and a bare year.

Written without reading the checker, its tests or any other pool.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

# Brands the prose names: hotels, parks, hostels, apartment and holiday-let brands that are no author in the list.
BRANDS = ["The Hoxton", "citizenM", "Zetter", "Inhabit", "Generator", "Selina", "Sonder", "Native Places", "Hub by Premier",
          "Roomzzz", "SACO", "Cotswold Retreats", "Canopy & Stars", "Quality Unearthed", "Hideaway Glamping",
          "Away Resorts", "Park Holidays UK", "Pontins", "Iberostar", "Barceló", "Riu", "Hotel Arts Barcelona",
          "Grecotel", "Ikos Resorts", "Aldemar", "Domes Resorts", "Dusit", "Centara", "Onyx Hospitality", "Lub d",
          "Mad Monkey", "Sun International", "Protea Hotels", "Mantis", "Grupo Xcaret", "Palace Resorts",
          "Hotel Habita", "Fiesta Americana", "Casa Malca", "Cottages.com", "Holidu", "Vrbo", "Plum Guide",
          "Blueground", "Mallard Holiday Lets", "Olive Villas Crete", "Hostal Sol Granada", "Hermanus Cliff Cottages"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the common ones."""
    return {
        "hotel": rng.choice(["the Bloomsbury townhouse", "the Seminyak-style villa block", "Casa Azul Tulum",
                             "the Kamala Beach property", "the Oia cave suites", "the Franschhoek lodge",
                             "the Keswick lodge park", "the Ibiza beach club hotel", "the Chiang Mai hostel",
                             "the Manchester aparthotel"]),
        "city": rng.choice(["Barcelona", "Mallorca", "Crete", "Santorini", "Phuket", "Bangkok", "Cape Town",
                            "Durban", "Cancún", "Mexico City", "Edinburgh", "Cornwall", "the Lake District"]),
        "pc": str(rng.randint(4, 92)), "adr": str(rng.randint(58, 420)), "Y3": str(rng.randint(2019, 2025)),
        "ota": rng.choice(["Booking.com", "Expedia", "Agoda", "Airbnb", "Vrbo", "Hostelworld", "Trip.com", "Pitchup"]),
        "mo": rng.choice(["January", "March", "April", "May", "July", "August", "October", "December"]),
        "cur": rng.choice(["£", "€", "THB ", "R", "MXN "]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argue that {C}.", "{N} found that {C}, although their sample was drawn only from {city}.",
    "{N} showed that {C}, which is directly relevant to {B}.", "{N} point out that {C}.",
    "{N} concluded that {C}; {B}'s booking data suggest the same.", "{N} warn that {C} when {ota} controls the guest relationship.",
    "{N} identified that {C}, particularly for {A}.", "{N} define revenue management as selling the right room to the right guest at the right price, and add that {C}.",
    "{N} suggests that {C}.", "{N} go further and claim that {C}.", "{N} reported that {C} in {city}.",
    "{N} measured {R} across {n} properties and found that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "As {N} explain, {C}.", "Following {N}, it can be argued that {C}.",
    "Echoing {N}, {C}.", "Building on {N}, this report assumes that {C}.", "{C}, as {N} point out.",
    "{O}, {N} found that {C}.", "{C} – a view shared by {N}.", "This is consistent with {N}, who found that {C}.",
    "{B} could learn from {N}, who show that {C}.", "In their study of hotels in {city}, {N} found that {C}.",
    "{C}; however, {N} found the opposite for {A}.", "{C}, according to {N}.", "Research by {N} suggests that {C}.",
    "Data from {N} indicate that {C}.", "For {B}, the lesson from {N} is that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study found that {C}.", "{O}, {N} findings imply that {C}.", "Using {N} model, it is clear that {C}.",
    "{N} report shows that {C}.", "This reflects {N} argument that {C}.", "{B} could apply {N} framework, since {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For {A}, {C} {P}.", "This matters because {C} {P}.",
    "{C}, especially in {city} {P}.", "It is often claimed that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.",
    "{C} (as shown in Figure {q}) {P}.", "{B} is no exception, since {C} {P}.", "In short, {C} {P}.",
    "Recent data confirm this: {C} {P}.", "{C} {P:see also}.", "{C}. {P}",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, although {C2}.", "{C} {P}; even so, {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{C} {P:see}, whereas {C2}.",
    "Because {C} {P}, {B} should make sure that {C2}.", "Studies {P} agree that {C}.", "Some authors {P:e.g.} argue that {C}.",
]  # fmt: skip
CLAIMS = [
    "guests read at least six reviews before they book a room", "replying to negative reviews lifts later ratings",
    "{ota} commission of 1{q}% erodes the margin on a {cur}{adr} room", "direct bookings cost less to acquire than OTA bookings",
    "a price-match guarantee on the hotel's own website wins back {A}", "dynamic pricing raises RevPAR more than it raises occupancy",
    "destination image shapes the choice of hotel as much as the hotel's own brand", "{A} value flexible cancellation more than a lower rate",
    "{T} raises {R} among {A}", "glamping guests pay a premium for privacy and views", "hostels now compete with budget hotels for {A}",
    "short-term rentals push up housing costs in {city}", "loyalty members book direct more often than other guests",
    "a memorable guest experience leads to repeat stays and word of mouth", "photos posted by guests are trusted more than the hotel's own",
    "rate parity clauses limit what a small hotel can offer on its own website", "overtourism in {city} harms the resident's view of visitors",
    "{B} relies on {ota} for most of its bookings in the shoulder season", "the guest's first hour on site shapes the whole review",
    "serviced apartments win long stays from business travellers", "upselling at check-in adds more revenue than discounting",
    "{A} expect to check in on their phones", "tourist taxes have little effect on demand in {city}",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "However", "For example", "In the UK", "In {city}", "For {B}", "Since the pandemic",
    "From the guest's perspective", "In the shoulder season", "Nevertheless", "As a result", "Looking at {B}'s competitors",
    "Overall", "In terms of distribution", "At the same time", "For an independent hotel",
]  # fmt: skip
PLAIN = [
    "{B} operates {q}0 properties and takes most of its bookings through {ota}.",
    "This section analyses {B}'s distribution mix and makes recommendations for the next season.",
    "The table below sets out occupancy, ADR and RevPAR for each quarter.",
    "A PESTLE analysis of the short-stay market in {city} is included in the appendix.",
    "{B}'s Instagram account has {n}k followers, but few posts link to the booking engine.",
    "The recommendations are costed and phased over eighteen months.", "{O}, {C}.",
    "Guests can book through the website, the app, by phone or through {ota}.",
    "Task 2 builds on this by proposing a direct-booking campaign for {B}.",
    "The main competitors are {B} and two independent properties nearby.",
]  # fmt: skip

NOT_CITATIONS = {
    "hotel-opening": [
        "The Ned (2017) showed how a members' club can sit inside a hotel.",
        "The Hoxton Southwark (opened 2019) targets creative-industry guests.",
        "{B} opened {hotel} in {Y} and has since doubled its room count.",
        "Raffles London at The OWO (2023) set a new rate ceiling for the capital.",
    ],
    "park-opening": [
        "Center Parcs Longford Forest 2019 was the brand's first site in Ireland.",
        "The glamping field (opened Easter {Y3}) has twelve bell tents and two shepherd's huts.",
        "{B}'s new lodge park in the Lake District (2021) sold out its first summer.",
    ],
    "refurbishment": [
        "All 212 rooms were refurbished ({Y}–{Y2}) at a cost of {cur}{n}m.",
        "The lobby and rooftop bar were redesigned (refurbishment completed {Y3}).",
        "{hotel} closed for a soft refurbishment (January–March {Y3}).",
    ],
    "rebrand": [
        "{B} rebranded its holiday-let arm (formerly Coastal Cottages, renamed {Y3}).",
        "The hotel joined a soft brand (Autograph Collection, {Y3}) but kept its name.",
        "Hoseasons' new logo (unveiled in {mo} {Y3}) was meant to look less like a tour operator.",
    ],
    "star-rating": [
        "{hotel} is graded four stars (AA, {Y3}).", "The park holds a five-star grading (Quality Assessment scheme, {Y3}).",
        "It was upgraded to five stars (official star classification, {Y3}).",
        "The property is graded 4 stars (TGCSA, {Y3}) and sells mostly to domestic guests.",
    ],
    "award": [
        "{B} was named AA Hotel of the Year 2023 for England.", "The site won Holiday Park of the Year (Practical Caravan Awards {Y3}).",
        "{hotel} took gold (Awards for Excellence {Y3}, Gold).", "The hostel won a Hoscar (Best Hostel in Thailand, {Y3}).",
    ],
    "guide-listing": [
        "{hotel} appears in The Good Hotel Guide 2024.", "The restaurant kept its Michelin star (Guía Michelin España {Y3}).",
        "{B} was listed in the Condé Nast Traveller Gold List ({Y3}).", "It was ranked 7th in the Travellers' Choice Best of the Best (Travellers' Choice awards, {Y3}).",
    ],
    "review-score": [
        "Its review score is 8.{q} on {ota} ({n} reviews, {mo} {Y3}).", "The average rating fell to 3.{q}/5 (Google reviews, {Y3}).",
        "Guest satisfaction reached {pc}% (post-stay survey, {Y3}).",
    ],
    "occupancy": [
        "Occupancy averaged {pc}% (year to {mo} {Y3}).", "{hotel} ran at {pc}% occupancy (summer {Y3}) against a target of 85%.",
        "Weekday occupancy stayed low (Q{q} {Y3}: {pc}%).",
    ],
    "adr": [
        "ADR rose to {cur}{adr} ({Y3}) while occupancy was flat.", "The average daily rate ({Y3}: {cur}{adr}) is above the competitive set.",
        "August ADR peaked at {cur}{adr} (benchmark against a comp set of {q}).",
    ],
    "revpar": [
        "RevPAR grew {pc}% ({Y3} vs {Y}).", "London RevPAR recovered to its pre-pandemic level (2019 = 100).",
        "{B}'s RevPAR index (RGI {q}.{q}, {Y3}) shows it is losing share.",
    ],
    "booking-mix": [
        "Direct bookings made up {pc}% of room nights ({Y3}, PMS data).", "The OTA share fell (from {pc}% in {Y} to 41% in {Y3}).",
        "{ota} delivered most overseas guests ({Y3} channel report).",
    ],
    "commission-rate": [
        "{ota} charges a base commission (15–18%) on each stay.", "The Preferred Partner Programme raises commission (by about 3 points, {Y3}).",
        "Commission cost {cur}{n}k last year (about {pc}% of room revenue).",
    ],
    "loyalty-launch": [
        "IHG One Rewards (relaunched 2022) replaced IHG Rewards Club.", "{B} launched its loyalty scheme (Stay & Save, {Y3}) with two tiers.",
        "Meliá Rewards (formerly MeliáRewards, renamed {Y3}) gives members the best rate on the app.",
    ],
    "app-launch": [
        "{B}'s app (launched {mo} {Y3}) lets guests check in and open their room with a phone.",
        "The digital key (rolled out across the estate in {Y3}) cut queues at reception.",
        "Its WhatsApp concierge (pilot, summer {Y3}) answered {n} questions in a month.",
    ],
    "acquisition": [
        "Booking Holdings bought Kayak (2013, for about US$1.8bn) to add meta-search.", "Expedia Group acquired HomeAway (December 2015) and renamed it Vrbo.",
        "Sykes Holiday Cottages was bought by Vitruvian Partners (2021) before its sale to Awaze.",
        "Minor Hotels took over NH Hotel Group (majority stake, 2018) and now runs it as one group.",
    ],
    "merger": [
        "UKHospitality (formed in 2018 from the BHA and the ALMR) now speaks for the whole sector.",
        "Bourne Leisure's Haven and Butlin's (separated 2021) now report on their own.",
        "Two agencies merged (Cornish Cottage Holidays and Toad Hall, {Y3}) to share one booking engine.",
    ],
    "funding-round": [
        "The start-up raised seed funding (£{n}k, {Y3}) to expand into {city}.", "Sonder's Series E (US$170m, 2019) valued it at over US$1bn.",
        "Plum Guide closed a Series C (2021) led by Talis Capital.", "Selina raised money from investors (US$95m, {Y3}) before it listed.",
    ],
    "listing": [
        "Airbnb listed on Nasdaq (December 2020) at US$68 a share.", "Hostelworld Group plc floated on the London Stock Exchange (listed 2015).",
        "Selina went public through a SPAC (October 2022) and was delisted two years later.",
        "Trainline's IPO (London, 2019) showed that travel platforms could float in the UK.",
    ],
    "founder": [
        "Airbnb's founders (Brian Chesky, Joe Gebbia and Nathan Blecharczyk, 2008) started with air mattresses.",
        "Gabriel Escarrer Juliá founded the group in Palma (1956).", "The Hoxton's founder (Sharan Pasricha, 2006) wanted a hotel with no hidden charges.",
        "Center Parcs began in the Netherlands (Piet Derksen, 1967).",
    ],
    "chief-executive": [
        "Glenn Fogel (chief executive since 2017) leads Booking Holdings.", "Dominic Paul (chief executive of Whitbread since 2023) has cut costs.",
        "Ariane Gorin (Expedia Group CEO, 2024) took over from Peter Kern.", "Elie Maalouf (IHG CEO since July 2023) has added new brands.",
    ],
    "founding-year": [
        "VisitBritain (founded 1969 as the British Tourist Authority) markets Britain abroad.",
        "Tripadvisor (est. 2000) started as a site that collected guidebook reviews.", "Booking.com (founded in Amsterdam in 1996) began as Bookings.nl.",
        "The Competition and Markets Authority (set up in 2013, operating from 2014) enforces consumer law.",
        "Premier Inn (originally Travel Inn, launched 1987) is owned by Whitbread PLC.",
    ],
    "body-established": [
        "The Tourism Authority of Thailand (set up as the TOT in 1960) promotes Amazing Thailand.",
        "SECTUR (created in 1974) sets Mexico's tourism policy.", "South African Tourism (established under the Tourism Act of 1993) markets the country abroad.",
    ],
    "season": [
        "Bookings collapsed in the low season (November to February).", "The park is open for the season (1 March to 31 October).",
        "High season in Phuket (November–April) brings most European guests.", "The summer {Y3} season was the best on record for {B}.",
    ],
    "event": [
        "Hotel rates doubled during Edinburgh's Festival Fringe ({mo} {Y3}).", "The Mallorca 312 sportive (April {Y3}) fills every room in Playa de Muro.",
        "Demand spiked for the Cape Town Cycle Tour ({Y3}).", "Día de Muertos (1–2 November) is the busiest weekend in Oaxaca.",
        "Songkran (13–15 April) is the peak week for Bangkok hostels.",
    ],
    "sporting-event": [
        "The Euro 2020 final (played July 2021) filled London hotels.", "Rugby World Cup 2023 brought South African fans to France.",
        "Hotels in Mexico City expect a rush for the FIFA World Cup 2026.",
    ],
    "tourist-tax": [
        "Barcelona's tourist tax rose again (from April 2024) for cruise passengers.", "Wales will add a visitor levy (£1.30 per person per night, from 2027).",
        "Greece replaced its stay tax with a climate resilience fee (2024).", "Edinburgh's visitor levy (5%, from July 2026) will apply to all overnight stays.",
    ],
    "rule-change": [
        "Short-term lets in Scotland need a licence (since October 2023).", "Spain's new rental register (from July 2025) requires a number on every listing.",
        "Thailand's Hotel Act (B.E. 2547, 2004) limits daily rentals of condominiums.", "Furnished holiday lettings lost their tax regime (April 2025).",
        "Mexico City capped Airbnb stays (reform of October 2024) at 50% of the year.",
    ],
    "legislation": [
        "The Digital Markets, Competition and Consumers Act 2024 bans fake reviews.",
        "Under the Package Travel and Linked Travel Arrangements Regulations 2018, bundled breaks must be protected.",
        "The Consumer Protection from Unfair Trading Regulations 2008 cover drip pricing of resort fees.",
        "The Equality Act 2010 applies to the booking process as well as the room.", "The Tourism Act 2014 (South Africa) governs grading.",
    ],
    "regulator-action": [
        "The CMA's hotel booking sites case (undertakings, February 2019) ended pressure selling.",
        "Booking.com was fined by Spain's competition authority (€413m, 2024).", "The EU's Digital Markets Act (applies since 2024) names Booking as a gatekeeper.",
    ],
    "visa-rule": [
        "Thailand extended visa-free stays (60 days, from July 2024).", "The UK's Electronic Travel Authorisation (ETA, from {Y3}) adds a step for visitors.",
        "The EU's Entry/Exit System (delayed to 2025) will change border queues for British guests.",
    ],
    "grading-scheme": [
        "The park uses a grading scheme (Quality Assessment, five categories).",
        "Grading is voluntary (TGCSA, Tourism Grading Council of South Africa).", "The hotel keeps its eco-label (Green Key, {Y3}).",
    ],
    "certification": [
        "{B} holds a sustainability certificate (Green Tourism Gold, {Y3}).", "The resort was certified (EarthCheck, {Y3}) after an audit.",
        "The hostel is Travelife certified (since {Y}).",
    ],
    "price-point": [
        "A two-night break costs {cur}{adr} (Friday–Sunday, peak).", "Pitches start at £{q}9 a night (two adults, electric hook-up).",
        "Dorm beds sell for THB {n} (eight-bed, mixed).", "A lodge sleeps six (from £{adr} per night, minimum three nights).",
    ],
    "room-count": [
        "{hotel} has {n} keys (including {q}2 suites).", "The estate grew to {n} holiday homes (owners' portfolio, {Y3}).",
        "The aparthotel opened with 112 studios (phase 1) and will add 90 more.",
    ],
    "financial-results": [
        "{B}'s revenue reached {cur}{n}m (FY{Y3}) and EBITDA rose {pc}%.", "Pre-tax profit fell (FY{Y3}: £{n}m).",
        "Whitbread's results (FY2024/25) showed UK RevPAR slightly down.",
    ],
    "guest-survey": [
        "Most guests chose the park for its location (n = {n}).", "Guests rated the breakfast highly (4.{q}/5, n = {n}).",
        "The online survey ran for two weeks ({d} {mo} {Y3}; n = {n}).",
    ],
    "figures": [
        "Bookings are shown by channel (Figure {q}).", "Costs are set out in the budget (Appendix {q}).",
        "The target segment is couples without children (aged 25–44).", "Sales grew in the final quarter (Q{q}, {Y3}).",
    ],
    "cross-reference": [
        "This is discussed further in Task 2 (b).", "The guest persona (Appendix 1, Figure {q}) is based on interviews.",
        "See Section 3.{q} (p. {q}) for the channel plan.",
    ],
    "booking-window": [
        "The booking window shortened (from 42 days in 2019 to 19 days in {Y3}).", "Most British guests book late (within 14 days of arrival).",
        "Lead times for Christmas breaks are long (typically 120+ days).",
    ],
    "campaign-name": [
        "The ‘Escape the Everyday’ campaign (spring {Y3}) drove {n} direct bookings.", "Britain's ‘Starring GREAT Britain’ push (launched {Y3}) used film locations.",
        "Amazing Thailand (the TAT's long-running slogan) still anchors its campaigns.", "The #StayDirect push ({mo} {Y3}) offered a free late checkout.",
    ],
    "hashtag-handle": [
        "Guests tag the site (#GlampLife, @wildfieldsglamping) in most posts.", "Enquiries come through the website (www.example-cottages.co.uk).",
        "The reservations team replies on WhatsApp (+44 7700 900{n}) within an hour.",
    ],
    "currency-exchange": [
        "A weaker pound (£1 = €1.1{q}, {mo} {Y3}) made UK holidays cheaper for Europeans.", "The rand fell sharply (R{q}3 to the dollar, {Y3}).",
        "Prices are quoted in pesos (MXN) and dollars (USD) on the site.",
    ],
    "airline-route": [
        "A new route (Manchester–Chania, from May {Y3}) opened the west of Crete to northern guests.",
        "Jet2's Bristol base (opened 2023) brought new charter traffic to Mallorca.", "Direct flights (London–Cancún, {q} a week) keep the Riviera Maya full.",
    ],
    "pandemic-period": [
        "Hotels were closed (March–July 2020) and then reopened with new rules.", "The Eat Out to Help Out scheme (August 2020) lifted restaurant covers.",
        "The hospitality VAT cut (to 5%, July 2020 to September 2021) helped parks more than hotels.",
    ],
    "acronym-year": [
        "Guest data are processed under the regulation (GDPR 2018).", "The agency is a member of ABTA (membership no. {n}).",
        "Reviews must follow the guidance (DMCC {Y3} guidance on fake reviews).",
    ],
    "noun-year": [
        "The spa (added in {Y}) is now the hotel's main selling point.", "Bookings dipped during the strikes ({Y3}) but recovered quickly.",
        "The heatwave ({mo} {Y3}) led to cancellations in Rhodes.", "The wildfires (July 2023) hit summer demand in Rhodes.",
    ],
    "year-noun": [
        "{B}'s revenue grew ({Y3} accounts: {cur}{n}m).", "The loyalty scheme reached {n},000 members ({Y3} figures).",
        "Marketing spend was cut ({Y}/{Y2} budget).",
    ],
    "slogan": [
        "Premier Inn's promise (‘Everything's Premier but the price’) is a classic positioning line.",
        "The tagline ‘Stay somewhere that feels like home’ appears on every channel.",
        "The ‘Belong Anywhere’ rebrand (2014) gave Airbnb its Bélo logo.",
    ],
    "world-heritage": [
        "The old town of Chania is a draw (Venetian harbour, 14th century).", "Chichén Itzá (a New Seven Wonder since 2007) is a day trip from Cancún.",
        "Robben Island (UNESCO World Heritage Site, 1999) is one of Cape Town's most visited attractions.",
    ],
}  # fmt: skip

SCARE_QUOTES = ["‘staycation’", "‘bleisure’", "‘revenge travel’", "‘workation’", "‘overtourism’", "'billboard effect'",
                "‘book direct’", "“hidden gem”", "‘set-jetting’", "'digital nomad'", "‘glamping’", "‘quiet-cation’",
                "‘Instagrammable’", "‘drip pricing’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} has been accused of {Q} {P}.", "The so-called {Q} has helped small hotels listed on {ota} {P}.",
    "{Q} is now a selling point for {A} {P}.", "Critics describe this as {Q}, and {B} is not immune {P}.",
    "{N} describe the trend as {Q}.", "The term {Q} is used loosely across the sector {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your Cornish escape is waiting’", "‘Last-minute lodges from £{q}9 a night’", "“Book direct and save 10%”",
                 "‘Your stay in {city} starts here’", "‘We saved you a room’", "“Early check-in, on us”",
                 "‘Thank you for staying with us – how did we do?’", "‘Summer {Y3}: the dates are out’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} can lift open rates {P}.", "{B} used {Q} in its pre-arrival email {P}.",
    "Short, warm copy ({Q}, for example) performs well with {A} {P}.", "Messages like {Q} nudge guests to book direct {P}.",
    "{N} found that a line like {Q} doubled click-throughs.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one hospitality text puts it, {Q} {P}.", "{N} put it simply: {Q}.",
    "The point is made directly that {Q} {P}, which {B} should note.", "{B} appears to accept that {Q} {P}.",
    "In the words of {N}, {Q}.", "Hoteliers are told that {Q} {P}.",
]  # fmt: skip
