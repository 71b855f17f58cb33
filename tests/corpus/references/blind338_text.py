"""The blind338 pool's prose: marketers at ferry and shipping lines, coach operators, ports, booking platforms, island
tourism boards and freight forwarders in the UK, Ireland, France, Norway, Greece, Croatia and Canada writing CIM Level
6 and 7 reports and MBA assignments on fares and dynamic pricing, booking platforms, island tourism, sustainability
and new fuels, crew and service crises and digital channels. Written without reading the checker, its tests or any
other pool.

Fill values of its own: {ship} a vessel, {route} a crossing, {port} a port, {isl} an island or coast, {pc} a
percentage's number, {fare} a fare's number, {Y3} a recent year, {K} a research firm, {ch} a channel.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["P&O Ferries", "Stena Line", "Brittany Ferries", "DFDS", "Irish Ferries", "CalMac", "Red Funnel",
          "Wightlink", "Isle of Man Steam Packet", "Hurtigruten", "Fjord Line", "Color Line", "Blue Star Ferries",
          "Minoan Lines", "Jadrolinija", "BC Ferries", "Marine Atlantic", "National Express", "Megabus", "FlixBus",
          "Bus Éireann", "Citylink", "Ferryhopper", "Direct Ferries", "Port of Dover", "Holyhead Port"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the common ones."""
    return {
        "ship": rng.choice(["Stena Estrid", "Pont-Aven", "Galicia", "Spirit of Britain", "Côte d'Opale", "Isle of Inisheer",
                            "Glen Sannox", "Manxman", "Richard With", "Stavangerfjord", "Blue Star Delos", "Dubrovnik"]),
        "route": rng.choice(["Dover–Calais", "Holyhead–Dublin", "Portsmouth–Caen", "Cairnryan–Larne", "Oban–Craignure",
                             "Bergen–Kirkenes", "Piraeus–Heraklion", "Split–Supetar", "Tsawwassen–Swartz Bay",
                             "Rosslare–Cherbourg", "Southampton–Cowes", "Heysham–Douglas"]),
        "port": rng.choice(["Dover", "Holyhead", "Rosslare", "Roscoff", "Ullapool", "Piraeus", "Split", "Bergen",
                            "Larvik", "Horseshoe Bay", "North Sydney", "Cairnryan"]),
        "isl": rng.choice(["Mull", "Arran", "the Isle of Wight", "the Isle of Man", "Crete", "Hvar", "Vancouver Island",
                           "Newfoundland", "the Lofoten Islands", "Islay", "the Aran Islands", "Naxos"]),
        "pc": str(rng.randint(4, 68)), "fare": str(rng.randint(19, 189)), "Y3": str(rng.randint(2019, 2025)),
        "K": rng.choice(["Mintel", "Statista", "Kantar", "YouGov", "Transport Focus", "Euromonitor"]),
        "ch": rng.choice(["the app", "email", "paid search", "Instagram", "TikTok", "Google Hotel Ads", "meta-search",
                          "Facebook", "the loyalty club", "SMS"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, at least on short-sea routes.", "{N} concluded that {C}.",
    "{N} showed that {C}, which matters for {B}.", "{N} suggested that {C} on routes such as {route}.",
    "{N} observed that {C}; {B} has yet to act on this.", "{N} noted that, since {Y}, {C}.",
    "{N} warned that {C} when crossings are cancelled at short notice.", "{N} identified that {C} for {A}.",
    "{N} reported that {C} across Norwegian and Scottish ferry markets.", "{N} stress that {C}.",
    "{N} questioned whether {C}.", "{N} claim that {C}, particularly in the shoulder season.",
]  # fmt: skip
NARRATIVE_MID = [
    "In their study of island ferry users, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is consistent with {N}, who found that {C}.", "{C}, which supports the findings of {N}.",
    "As highlighted by {N}, {C}.", "{B} is a good example: {N} showed that {C}.", "Research by {N} suggests {C}.",
    "According to {N}, {C}.", "{C} – a view shared by {N}.", "Evidence from {N} suggests that, for {A}, {C}.",
    "On the {route} crossing, as {N} explain, {C}.", "{C}, according to {N}.",
    "Data published by {N} show that {C}.", "It could be argued, following {N}, that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Using {N} framework, it is clear that {C}.", "{O}, {N} report concluded that {C}.",
    "{B} could apply {N} model, since {C}.", "{N} findings are useful here because {C}.",
    "This reflects {N} argument that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For {A}, {C} {P}.", "This matters because {C} {P}.",
    "{C}, especially on routes to {isl} {P}.", "It is often claimed that {C} {P:see}.",
    "Several studies report that {C} {P:e.g.}.", "{B}'s results suggest {C} {P}.", "In short, {C} {P}.",
    "A key point for {B} is that {C} {P}.", "{C} {P:see also}.", "Island operators face the same issue: {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{C} {P:see}, whereas {C2}.",
    "Because {C} {P}, {B} should make sure that {C2}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "dynamic pricing raises yield but angers regular island passengers",
    "{A} book ferry crossings later than they did before the pandemic",
    "booking platforms such as Ferryhopper take share from operators' own websites",
    "a cancelled sailing does more damage to trust than a late one",
    "coach passengers are more price-sensitive than rail passengers",
    "new fuels such as LNG and batteries are a weak selling point unless fares stay level",
    "{T} works for ferry brands only when timetables are reliable",
    "lifeline ferry services are judged on reliability before comfort",
    "island tourism boards depend on operators' marketing more than they admit",
    "crew welfare has become part of the brand for passengers since {Y}",
    "freight customers value capacity and punctuality over price",
    "on-board spending rises when passengers book a cabin or lounge in advance",
    "price transparency on meta-search sites pushes fares down on competing routes",
    "{A} respond to {T} with stronger {R}", "loyalty schemes keep frequent travellers on one route",
    "service crises spread faster on social media than operators can answer them",
    "seasonal demand forces operators to discount heavily in winter",
    "sustainability claims must be backed by data to avoid accusations of greenwashing",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "For {B}", "Since the pandemic",
    "On the {route} route", "For island communities", "In the Norwegian market", "Nevertheless", "Consequently",
    "From a passenger perspective", "In the coach market", "As a result",
]  # fmt: skip
PLAIN = [
    "{B} operates {q}0 sailings a day in the summer season.",
    "This report analyses {B}'s digital channels and makes recommendations for the {Y3} season.",
    "The table below summarises fares, load factors and satisfaction for each route.",
    "{B}'s Instagram account has {n}k followers, but engagement has fallen.", "{O}, {C}.",
    "Passengers can book online, through the app, by phone or at the port.",
    "A PESTLE analysis of the ferry market is included in the appendix.",
    "The recommendations are costed and phased over the next two seasons.",
    "The main competitors on the {route} route are {B} and a low-cost rival.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one text on services marketing puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{B} appears to accept that {Q} {P}.", "One review of ferry pricing concluded that {Q} {P}.",
    "The point is made directly that {Q} {P}, which {B} should note.",
]  # fmt: skip
SCARE_QUOTES = ["‘lifeline service’", "‘flight shame’", "‘slow travel’", "‘fire and rehire’", "‘surge pricing’",
                "‘greenwashing’", "‘staycation’", "‘overtourism’", "'booking window'", "“sail and rail”",
                "‘drip pricing’", "‘sea-cation’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} has been accused of {Q} {P}.", "So-called {Q} is a growing concern for island operators {P}.",
    "This trend, often called {Q}, affects {A} most {P}.", "The term {Q} is used loosely across the industry {P}.",
    "Critics describe this as {Q}, and {B} is not immune {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your crossing to {isl} is confirmed’", "‘Sail for less: winter fares from £{fare}’",
                 "“Last cabins left for the summer”", "‘Bring the car for free this October’",
                 "‘Your booking has changed: please read’", "‘{isl} is calling – 20% off early bookings’",
                 "“Check in online and skip the queue”"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} can lift open rates {P}.", "{B} used {Q} in its early-booking email {P}.",
    "Messages like {Q} work because they create urgency {P}.", "The email {Q} was opened by more {A} than any other {P}.",
    "Testing {Q} against a plainer version showed a clear winner {P}.",
]  # fmt: skip

# Text with brackets, years, names or quotation marks that cites nothing a tutor would look for in the list.
NOT_CITATIONS = {
    "ship-year": [
        "The first ship on the route was the Pride of Dover (Pride of Dover, 1987), now long scrapped.",
        "CalMac's largest ferry entered service in {Y3} (MV Loch Seaforth, 2015 build) on the Ullapool run.",
        "Brittany Ferries' flagship (Pont-Aven, 2004) still carries most Plymouth–Santander passengers.",
        "The hybrid vessel ({ship}, delivered {Y3}) is the centrepiece of the campaign.",
    ],
    "route-year": [
        "The oldest crossing in the fleet (Holyhead–Dublin route, 1848) still carries mail.",
        "{B} relaunched its winter service (Portsmouth–Caen, 1986 onwards) with lower fares.",
        "Traffic on the {route} crossing (opened {Y}) has grown every year since.",
    ],
    "tunnel-bridge": [
        "Ferry demand on the short straits fell after the fixed link opened (Channel Tunnel, 1994).",
        "The bridge to the island (Skye Bridge, 1995) ended the Kyle ferry overnight.",
        "Danish and Swedish ferries lost traffic to the fixed link (Øresund Bridge, 2000).",
    ],
    "founder-year": [
        "The coastal express began as a single steamer run by its founder and captain (Richard With, 1893).",
        "Norway's independence leader was also a shipowner (Christian Michelsen, 1905), which candidates often forget.",
        "The farmers' cooperative that became Brittany Ferries was led by Alexis Gourvennec (founded 1972).",
    ],
    "engineer-year": [
        "The largest ship of its age was launched on the Thames (Isambard Kingdom Brunel, 1858).",
        "Holyhead's breakwater (engineer James Meadows Rendel, 1845–1873) is still the longest in the UK.",
    ],
    "narrative-founder": [
        "Brittany Ferries grew out of the vegetable growers who followed Alexis Gourvennec (1972) across the Channel.",
        "Hurtigruten still names a ship after its founder, the captain Richard With (1893 voyage), on its Bergen sailings.",
    ],
    "disaster-year": [
        "Roll-on roll-off safety rules changed after the capsize at Zeebrugge (Herald of Free Enterprise, 1987).",
        "Baltic ferry bookings fell for a decade after the sinking (Estonia, 1994).",
        "Greek ferry regulation was reformed after the Paros wreck (Express Samina, 2000).",
    ],
    "sinking-year": [
        "The shipping press still compares every safety debate to the liner lost in the Atlantic (Titanic, 1912).",
        "Belfast's tourism board builds its waterfront offer on one famous ship (Titanic, 1912).",
    ],
    "crisis-year": [
        "No other event damaged trust in the sector as much (P&O sackings, 2022).",
        "{B} used the crisis at its rival (P&O sackings, 2022) to recruit crew and customers.",
        "Bookings on the Isle of Man route fell during the breakdowns (winter disruption, {Y3}).",
    ],
    "storm-year": [
        "Every Irish Sea sailing was cancelled for two days (Storm Ciarán, 2023).",
        "Winter storms hit the Hebrides timetable hard (Storm Arwen, 2021).",
    ],
    "strike-year": [
        "Coach bookings rose during the rail walkouts (RMT strike, 2022).",
        "Greek seamen's unions stopped every ferry for a day (PNO strike, {Y3}).",
    ],
    "act-year": [
        "Operators must now pay crew at least the national minimum wage (Seafarers' Wages Act, 2023).",
        "Long-distance coach travel was opened to competition (Transport Act, 1985).",
        "The Irish market changed after deregulation (Road Transport Act, 1932 amended).",
    ],
    "convention-year": [
        "Every ferry must meet the international safety rules (SOLAS, 1974).",
        "Sulphur limits come from the pollution convention (MARPOL Annex VI, 1997).",
        "Crew hours are governed by the labour convention (MLC, 2006).",
    ],
    "policy-year": [
        "On-board shop sales collapsed when tax-free sales ended (duty-free abolition, 1999).",
        "Freight traffic shifted to direct Ireland–France routes (Brexit, 2021).",
        "Shipping was brought into emissions trading (EU ETS, 2024).",
    ],
    "regulation-number": [
        "Passengers are entitled to compensation for delays (Regulation (EU) No 1177/2010).",
        "Bus and coach passengers have similar rights (Regulation (EU) No 181/2011).",
    ],
    "port-year": [
        "The harbour has a long history (Port of Dover, 1606 charter).",
        "The port's royal charter (Port of Dover, 1606) is used in its heritage marketing.",
        "{B} moved its sailings to the new berth at {port} (opened {Y}).",
    ],
    "terminal-year": [
        "The ferry terminal was rebuilt after the war (Eastern Docks, 1953).",
        "London's main coach hub has barely changed (Victoria Coach Station, 1932).",
        "Stena moved its Scottish sailings to a new terminal (Cairnryan, 2011).",
    ],
    "merger-year": [
        "The ports business changed hands (P&O and DP World, 2006).",
        "The Swedish line bought the British state ferries (Stena and Sealink, 1990).",
        "Two Greek operators were combined under one group (Attica and Hellenic Seaways, 2018).",
    ],
    "takeover-year": [
        "FlixBus entered the US market through an acquisition (Greyhound takeover, 2021).",
        "The Spanish route network was bought by {B} (acquisition completed {Y3}).",
    ],
    "loyalty-tier": [
        "Frequent travellers are offered priority boarding (Brittany Ferries Gold, 2019 relaunch).",
        "The top tier of the club (Gold level, {Y3}) gives lounge access.",
    ],
    "award-year": [
        "{B} has won several industry prizes (Best Ferry Operator, 2023).",
        "The coach firm was recognised for its drivers (Coach Operator of the Year, {Y3}).",
        "The port's website was shortlisted (Travel Marketing Awards, {Y3}).",
    ],
    "campaign-year": [
        "The operator's brand campaign (Every Journey Counts, 2021) ran on TV and YouTube.",
        "{B}'s winter push (Sail Away Sale, January {Y3}) drove record bookings.",
    ],
    "film-year": [
        "Many passengers still think of one film when they board a ship (Titanic, 1997).",
        "The pirate-radio comedy was shot partly at sea (The Boat That Rocked, 2009).",
        "Island tourism rose after the Irish film was released (The Banshees of Inisherin, 2022).",
    ],
    "tv-series": [
        "A fly-on-the-wall series followed the crews (Ferry Wars, 2018).",
        "The Hebridean ferries were filmed for television (The Island Crossing, series 2, {Y3}).",
        "Hurtigruten's slow-TV broadcast drew millions of viewers (Minute by Minute, 2011).",
    ],
    "fare-year": [
        "Day returns were advertised at £39 a crossing (2023).",
        "The cheapest coach fare to London was £{fare} each way ({Y3}).",
        "A car and two adults cost €{fare} in the low season ({Y3} tariff).",
    ],
    "currency-fare": [
        "A deck place on the coastal route costs far more in summer (NOK 1,290, {Y3}).",
        "Island hopping is cheap for locals (€{fare} return, {Y3} fare).",
        "The crossing to the island costs less than a taxi (HRK 60 before the euro).",
    ],
    "passenger-count": [
        "The route carried 2.1 million passengers (2022).",
        "{B} carried {n},000 cars across the {route} route ({Y3} total).",
        "Coach passenger numbers recovered to {pc}% of the pre-pandemic level (2023).",
    ],
    "carryings": [
        "Freight volumes recovered strongly (2022 carryings).",
        "The operator lost market share to its rival ({Y3} carryings: {n},000 units).",
    ],
    "fleet-stat": [
        "The company runs a large fleet ({q}2 vessels, {Y3}).",
        "The new ships are much bigger (41,700 GT, 1,{n} lane metres).",
    ],
    "imo-number": [
        "The chartered vessel (IMO 9{n}224) had previously sailed in the Baltic.",
        "Passengers can track the ship online ({ship}, IMO 9807293).",
    ],
    "fuel-year": [
        "The first LNG ship on the route entered service in {Y3} (LNG-powered, {Y3}).",
        "Battery ferries now serve most Norwegian fjord crossings (electric since 2015).",
    ],
    "emissions": [
        "The ferry's carbon footprint per passenger is lower than a car's (CO₂: {q}9 g per passenger-km).",
        "Sulphur emissions fell after scrubbers were fitted (0.1% sulphur limit, 2015).",
    ],
    "percentage-year": [
        "Online bookings rose sharply (up {pc}% on {Y}).",
        "Load factors were low outside the peak ({pc}% in winter {Y3}).",
    ],
    "season-timetable": [
        "Extra sailings were added to {isl} (summer {Y3} timetable).",
        "{B} cut its winter service (October {Y}–March {Y2}).",
    ],
    "departure-time": [
        "The overnight sailing is the most popular (dep. 22:30, arr. 06:45).",
        "The early coach sells out first ({port} 05:15 departure).",
    ],
    "quarter-year": [
        "Bookings peaked early (Q{q} {Y3}).",
        "Freight revenue grew in the spring (Q{q}, {Y3}).",
    ],
    "survey-n": [
        "Most respondents had booked through an app (n = {n}).",
        "The island survey had a good response (n={n}, {Y3}).",
    ],
    "cross-reference": [
        "The competitor map is shown later (Figure {q}).",
        "Full costs are in the budget (Appendix {q}).",
        "See the channel plan (Table {q}) for weekly activity.",
    ],
    "promo-code": [
        "The spring offer was tracked with a code (SAIL{pc}).",
        "Students get a discount on coaches (code UNI{pc} at checkout).",
    ],
    "handle-hashtag": [
        "Complaints are answered on X (@POferriesHelp) within the hour.",
        "The island board's campaign hashtag (#Visit{q}Isles) trended for a week.",
        "Passengers shared photos of the crossing (#FerryFriday).",
    ],
    "web-address": [
        "Most bookings come through the website (www.directferries.co.uk).",
        "Timetables are published online (calmac.co.uk/timetables).",
    ],
    "ticker": [
        "The group's shares are listed in Dublin and London (Euronext Dublin: IR5B).",
        "The coach group's shares fell after the profit warning (LSE: MCG).",
    ],
    "former-name": [
        "The company has changed its name (formerly National Express Group, until 2023).",
        "The Channel business was privatised and rebranded (formerly Sealink, until 1996).",
    ],
    "abbreviation-gloss": [
        "Highlands and Islands Enterprise (HIE) part-funds the marketing.",
        "The Northern Lighthouse Board (NLB) maintains the lights along the route.",
        "Ferries are tendered by Caledonian Maritime Assets Limited (CMAL).",
    ],
    "foreign-word": [
        "The coastal route's name explains itself (hurtigruten, 'the fast route').",
        "Croatian passengers simply call it the ferry (trajekt).",
        "Greek islanders speak of coastal shipping (aktoploia) as a public service.",
    ],
    "festival-year": [
        "Island bookings peak for the whisky festival (Fèis Ìle, {Y3}).",
        "The ports hosted the sail training fleet (Tall Ships Races, 2023).",
    ],
    "anniversary": [
        "{B} marked a long history in its advertising (150 years, 1873–2023).",
        "The Steam Packet's anniversary campaign (founded 1830) leaned on heritage.",
    ],
    "heritage-year": [
        "Cruise calls at the walled city are capped (UNESCO-listed, 1979).",
        "The fjords drew more visitors after their listing (World Heritage status, 2005).",
    ],
    "ship-naming": [
        "The new vessel was launched with a royal ceremony (named by the Princess Royal, 2018).",
        "The ship's name was chosen by the public (naming competition, {Y3}).",
    ],
    "rating": [
        "Reviews of the crossing are mostly positive (Trustpilot {q}.{q}/5).",
        "The app is rated well by users (App Store 4.{q}, {n} reviews).",
    ],
    "saying": [
        "The old sailors' saying ‘Any port in a storm’ no longer describes how {A} choose a route.",
        "‘The journey is the destination’ has become the line every coastal cruise uses.",
        "Marketers on the islands repeat ‘Time and tide wait for no man’ when timetables slip.",
    ],
    "brand-slogan": [
        "Its tagline, ‘Sail the difference’, appears on every channel.",
        "{B}'s line ‘Holidays begin on board’ is used on the app and the ships.",
    ],
    "route-number": [
        "The cross-border coach (route 900) links the two cities every hour.",
        "Citylink's island connection (service 915/916) meets every ferry at Uig.",
    ],
}  # fmt: skip
