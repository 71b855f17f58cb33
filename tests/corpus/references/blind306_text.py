"""The blind306 pool's prose: marketers at Alaskan and Yukon cruise lines, wild-salmon and seafood brands, bush
airlines, aurora and wilderness lodges, gold-rush heritage sites, outdoor-gear makers and the tourism bodies of
Alaska, the Yukon and British Columbia, writing CIM Level 6 and 7 reports and MBA assignments in English on
destination marketing, seasonality, sustainability, seafood branding and digital-channel marketing.

Written without reading the checker, its tests or any other pool. ``{N}``, ``{P}``, ``{Q}``, ``{C}``, ``{B}`` and
``{O}`` mean what they mean in text.py; the frames may also use the common fill values and those of ``values``:
{port} a cruise port, {town} a Yukon town, {sp} a fish, {run} a salmon run, {gl} a glacier, {ship} a ship,
{lodge} a lodge, {pr} a price, {pax} a passenger count, {Yr} a recent year, {mo} a month, {pct} a percentage,
{ch} a channel.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Holland America", "Princess Cruises", "Lindblad Expeditions", "Alaska Airlines", "Ravn Alaska",
          "Wright Air Service", "Trident Seafoods", "Copper River Seafoods", "Silver Bay Seafoods",
          "the Alaska Seafood Marketing Institute", "Northern Lights Resort", "Chena Hot Springs", "Sheldon Chalet",
          "Xtratuf", "Filson", "Travel Yukon", "Travel Alaska", "Air North", "UnCruise Adventures",
          "Alaska Railroad", "Icy Strait Point", "Pike's Waterfront Lodge", "Ocean Beauty", "Alaska Wildland Adventures",
          "Klondike Spirit", "Destination BC", "Rocky Mountaineer", "Yukon Brewing"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use."""
    return {
        "port": rng.choice(["Skagway", "Ketchikan", "Juneau", "Sitka", "Seward", "Whittier", "Haines", "Icy Strait Point"]),
        "town": rng.choice(["Dawson City", "Whitehorse", "Carcross", "Haines Junction", "Mayo", "Watson Lake"]),
        "sp": rng.choice(["sockeye", "coho", "king salmon", "pink salmon", "keta", "halibut", "snow crab", "pollock"]),
        "run": rng.choice(["Copper River", "Bristol Bay", "Kenai", "Kuskokwim", "Chignik", "Yukon River"]),
        "gl": rng.choice(["Mendenhall", "Hubbard Glacier", "Margerie Glacier", "Exit Glacier", "Sawyer Glacier", "Matanuska Glacier"]),
        "ship": rng.choice(["Ruby Princess", "Koningsdam", "National Geographic Venture", "Eurodam", "Discovery Princess", "Norwegian Bliss"]),
        "lodge": rng.choice(["Sheldon Chalet", "Chena Hot Springs", "Northern Lights Resort", "Tordrillo Mountain Lodge", "Kantishna Roadhouse"]),
        "pr": f"{rng.randint(1, 9)}.{rng.randint(10, 95)}",
        "pax": f"1.{rng.randint(1, 7)} million",
        "Yr": str(rng.randint(2015, 2025)),
        "mo": rng.choice(["May", "June", "July", "August", "September", "October", "January", "March"]),
        "pct": str(rng.randint(4, 78)),
        "ch": rng.choice(["Instagram", "TikTok", "email", "paid search", "YouTube", "the booking app", "Facebook groups", "trade shows"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argue that {C}.", "{N} found that {C}, although their sample was drawn from a single port.",
    "{N} concluded that {C}.", "{N} showed that {C}, which matters for {B}.", "{N} note that {C} in {port}.",
    "{N} suggested that {C}; {B}'s booking data point the same way.", "{N} warns that {C}.",
    "{N} observed that {C}, particularly among {A}.", "{N} makes the case that {C}.",
    "{N} reported that {C} during the {Yr} season.", "{N} questioned whether {C}.",
    "{N} found that {C} and that {C2}.", "{N} explains that {C}, for example through {ch}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "{O}, {N} found that {C}.", "This is consistent with {N}, who showed that {C}.",
    "{C}, as {N} point out.", "In their study of Southeast Alaska, {N} found that {C}.",
    "{C} – a view shared by {N}.", "Research by {N} suggests that {C}.", "As {N} put it, {C}.",
    "For {B}, the lesson from {N} is that {C}.", "{C}; {N} reached a similar conclusion for the Yukon.",
    "Data from {N} show that {C}.", "{B} appears to follow {N}, who argued that {C}.",
    "{C}, according to {N}.", "Evidence from {N} suggests that, for {A}, {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study found that {C}.", "{O}, {N} findings imply that {C}.", "{N} framework explains why {C}.",
    "Using {N} model, it is clear that {C}.", "{B} could apply {N} argument, since {C}.",
    "{N} survey of cruise passengers showed that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For {A}, {C} {P}.",
    "This matters because {C} {P}.", "{B} is no exception, since {C} {P}.", "{C}, especially in the shoulder season {P}.",
    "It is often claimed that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.", "{C} {P:see also}.",
    "In short, {C} {P}.", "{C}, which is why {B} invests in {ch} {P}.", "Put simply: {C} {P}.",
    "A key point for {B} is that {C} {P}.", "{C}. {P}", "Visitor numbers to {port} bear this out: {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{C} {P:see}, whereas {C2}.",
    "Because {C} {P}, {B} should make sure that {C2}.", "Some sources {P:e.g.} argue that {C}.",
    "{C} {P}: this means that {C2}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "cruise passengers spend most of their money in the first hour ashore",
    "{A} are willing to pay more for wild {sp} when its origin is named",
    "the short summer season makes cash flow the main risk for small operators",
    "aurora tourism has turned winter into a second season for Fairbanks lodges",
    "{ch} content drives more bookings than print brochures for {A}",
    "Indigenous-led tours give visitors a deeper and more authentic experience",
    "last-chance tourism grows as glaciers retreat", "seafood buyers in Japan value consistency over price",
    "{B}'s reliance on cruise passengers leaves it exposed when a ship skips a port",
    "sustainability labels matter more to European buyers than to American ones",
    "crowding in {port} on five-ship days lowers visitor satisfaction",
    "a strong origin story helps {B} to {bs}", "{T} works best when it is tied to the fishing season",
    "German visitors book the Yukon earlier and stay longer than other markets",
    "small bush airlines depend on community contracts as much as on tourists",
    "heritage sites in the Klondike attract older visitors more than younger ones",
    "outdoor-gear brands borrow credibility from commercial fishing culture",
    "price promotions weaken the premium image of wild Alaska seafood",
    "destination marketing organisations struggle to measure return on spend",
    "{A} now plan whole trips around a single wildlife experience",
]  # fmt: skip
OPENERS = [
    "However", "In addition", "For example", "In Alaska", "In the Yukon", "For {B}", "Since the pandemic",
    "In the context of {B}", "From a visitor perspective", "Nevertheless", "As a result", "In practice",
    "Looking at {B}'s competitors", "Overall", "In terms of digital channels", "Outside the summer season",
]  # fmt: skip
PLAIN = [
    "{B} sells mainly through travel agents in the US, Canada, the UK, Germany and Japan.",
    "This report analyses {B}'s marketing mix and recommends changes for the {Yr} season.",
    "The table below summarises the key performance indicators for each channel.",
    "{B}'s Instagram account has around {n}k followers, but engagement is falling.", "{O}, {C}.",
    "A PESTLE analysis of the Alaskan cruise market is included in the appendix.",
    "The recommendations are costed and phased over eighteen months.",
    "{B} competes with lodges in Iceland, Finland and northern Norway for aurora visitors.",
    "Most of the fleet is laid up in Seattle and Vancouver between October and April.",
    "Task 2 builds on this with a content plan for the shoulder season.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one tourism text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{B} appears to accept that {Q} {P}.", "One study of the Inside Passage concluded that {Q} {P}.",
    "{N} put it bluntly: {Q}.", "{O}, {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘last-chance tourism’", "‘overtourism’", "‘wild-caught’", "‘sustainably sourced’", "“bucket list”",
                "‘Alaska Grown’", "'glamping'", "‘authentic’", "‘cruise-shore divide’", "“off the beaten path”",
                "‘sourdough’", "‘cheechako’", "'greenhushing'"]  # fmt: skip
SCARE_FRAMES = [
    "Lodges now sell {Q} experiences to {A} {P}.", "{B} has been accused of {Q} marketing {P}.",
    "So-called {Q} is a growing concern for Southeast Alaska {P}.", "The term {Q} is used loosely by the industry {P}.",
    "Critics describe this as {Q}, and {B} is not immune {P}.", "{Q} is now part of every brochure {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your Alaska adventure starts here’", "‘Last call: {sp} season is open’", "“The aurora is waiting for you”",
                 "‘Fresh off the boat: Copper River {sp}’", "‘48 hours left to save on Inside Passage sailings’",
                 "“Your Yukon road trip, planned for you”", "‘Hi Sam, the lights are out tonight’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} lifted open rates {P}.", "{B} used {Q} in its first email of the season {P}.",
    "Short, urgent copy ({Q}, for example) works well with {A} {P}.",
    "The email {Q} was opened by more {A} than any other {P}.",
    "Testing {Q} against a plainer version showed a clear winner {P}.",
]  # fmt: skip

# Text with brackets, years, figures and quotation marks that is no citation: what these reports hold.
NOT_CITATIONS = {
    "glacier-year": [
        "Cruise passengers still ask to see the ice face (Mendenhall, 2019), although it has retreated from the lake.",
        "The calving front moved further in the record summer (Hubbard Glacier, 2022).",
        "Tours to the glacier ({gl}, {Yr}) sold out by early June.",
    ],
    "park-year": [
        "Visitors come mainly for the mountain and its name (Denali, 2015).",
        "The park was enlarged under federal law (Glacier Bay, 1980) and now limits ship entries.",
        "Yukon's largest park (Kluane, 1972) has only one visitor centre on the highway.",
    ],
    "fjord-year": [
        "Day boats to the fjord (Tracy Arm, 2023) were cancelled twice because of ice.",
        "Whale-watching in the fjords (Kenai Fjords, 1980) is the most booked excursion from Seward.",
        "The monument's floatplane tours (Misty Fjords, 1978) are sold from the Ketchikan dock.",
    ],
    "port-calls": [
        "Five ships docked on the same day (Skagway, 2023), and shops ran out of stock.",
        "The town had its busiest season before the pandemic (Ketchikan, 2019).",
        "Port calls rose again after the restart ({port}, {Yr}: {n} calls).",
    ],
    "yukon-town-year": [
        "Most visitors to the Klondike stay two nights (Dawson City, 2018).",
        "Air North added a direct route to the capital (Whitehorse, {Yr}) from Ottawa.",
        "Summer traffic through the village grew strongly ({town}, {Yr}).",
    ],
    "town-bare-year": [
        "The Juneau 2024 season brought {pax} cruise passengers to a town of 32,000.",
        "Skagway 2023 was the first season with a daily cap on passengers.",
        "Locals still talk about Ketchikan 2019 as the summer the boardwalk was full every day.",
    ],
    "salmon-run-year": [
        "The first fish of the season fetched a record price (Copper River, 2021).",
        "Dipnetters crowded the river mouth in July (Kenai, 2022).",
        "{B} built its spring campaign around the first run ({run}, {Yr}).",
    ],
    "species-year": [
        "Prices for the red fish collapsed after a record harvest (sockeye, 2022).",
        "The silver run was late and small ({sp}, {Yr}).",
        "Restaurants in Seattle switched menus when supply dipped (coho, 2020).",
    ],
    "region-paren-year": [
        "Bristol Bay (2023) saw the lowest base price in decades despite a large run.",
        "{run} ({Yr}) was closed to commercial fishing for most of June.",
        "Prince William Sound (2021) had one of its largest pink salmon returns.",
    ],
    "river-closure": [
        "Subsistence families were hit hardest by the closure (Yukon chinook, 2021).",
        "Fishing for chum was shut for the season (Kuskokwim chum, 2022).",
        "Canada and the US agreed a seven-year pause (Yukon River chinook, 2024–2031).",
    ],
    "goldrush-year": [
        "The town's whole story begins with one find (Klondike, 1896).",
        "Hikers still retrace the stampeders' route (Chilkoot Trail, 1898).",
        "Dawson's theatre (Palace Grand, 1899) stages a vaudeville show each summer.",
    ],
    "serum-run": [
        "The race commemorates the diphtheria relay to Nome (Iditarod, 1925).",
        "Balto's statue in Central Park recalls the relay (serum run, 1925).",
        "Every musher knows the story of Togo and the relay (Nome, 1925).",
    ],
    "race-year": [
        "The ceremonial start drew large crowds in Anchorage (Iditarod, 2024).",
        "The race was shortened because of the pandemic (Yukon Quest, 2020).",
        "Seward's Fourth of July race filled every hotel in town (Mount Marathon, {Yr}).",
    ],
    "festival-year": [
        "Anchorage's winter festival drew record visitors (Fur Rendezvous, 2019).",
        "Dawson City's August weekend sold out its campgrounds (Discovery Days, {Yr}).",
        "Whitehorse's winter festival added a trade show (Sourdough Rendezvous, 2023).",
    ],
    "quake-year": [
        "Anchorage's downtown was rebuilt after the great earthquake (Good Friday, 1964).",
        "Some roads were closed for weeks after the shaking (Anchorage earthquake, 2018).",
        "The tsunami destroyed the old town of Valdez (magnitude 9.2, 1964).",
    ],
    "spill-year": [
        "Seafood brands from the Sound still face questions about the spill (Exxon Valdez, 1989).",
        "The wreck off Unalaska led to new shipping rules (Selendang Ayu, 2004).",
        "Tourists were told the beaches had recovered (oil spill, 1989), but the herring never returned.",
    ],
    "storm-year": [
        "Western Alaska villages lost boats and fish camps (Typhoon Merbok, 2022).",
        "The storm flooded the Nome seawall (Merbok, September 2022).",
        "Several salmon fisheries were declared disasters (storm season, 2022).",
    ],
    "ship-launch": [
        "The ship has sailed in Alaska almost every summer since she was built (Ruby Princess, 2008).",
        "Lindblad's newer vessel carries only 100 guests (National Geographic Venture, 2018).",
        "{B}'s flagship ({ship}, {Yr}) now sails seven-night Inside Passage itineraries.",
    ],
    "lodge-opened": [
        "The chalet sits on a nunatak inside the park (Sheldon Chalet, 2018).",
        "The resort's ice museum is its main draw in winter (Chena Hot Springs, 1905).",
        "Guests book a year ahead for the aurora season ({lodge}, {Yr}).",
    ],
    "exvessel-price": [
        "Fishermen were paid well below the long-run average, at US$4.10 a pound (2022).",
        "The base price fell sharply (ex-vessel, 2021) as Russian fish flooded the market.",
        "Prices at the dock recovered to US${pr} a pound ({Yr}).",
    ],
    "quota-year": [
        "The guideline harvest level was cut again (GHL, 2022).",
        "Managers set a lower catch limit for the Gulf (TAC, {Yr}).",
        "The snow crab fishery stayed closed (Bering Sea, 2022–23).",
    ],
    "dividend-year": [
        "Every resident received a payment that autumn (PFD, 2022).",
        "Spending in Anchorage rose after the dividend was paid ($3,284, 2022).",
        "The dividend plus energy relief boosted local tourism (PFD and energy relief, 2022).",
    ],
    "law-year": [
        "Foreign-flagged ships must call at a Canadian port (PVSA, 1886).",
        "Coastwise shipping between US ports is restricted (Jones Act, 1920).",
        "Native regional corporations such as Sealaska were created by statute (ANCSA, 1971).",
        "The law set aside over 100 million acres as parks and refuges (ANILCA, 1980).",
    ],
    "yupik-word": [
        "The lodge greets guests with ‘Quyana’ (thank you) in Yup'ik.",
        "The campaign drew on yuuyaraq (the Yup'ik way of being) to talk about respect for fish.",
        "Elders describe the value of ‘ella’ (awareness, weather, the world) in their teaching.",
    ],
    "tlingit-word": [
        "Visitors at Icy Strait Point are welcomed in Tlingit (‘Gunalchéesh’, thank you).",
        "Sealaska uses the name Lingít Aaní (Tlingit land) in its heritage messages.",
        "The clan house (Hít) at the centre of the village was rebuilt by local carvers.",
    ],
    "inupiaq-word": [
        "The Utqiaġvik tour ends with the Iñupiaq word ‘Quyanaqpak’ (thank you very much).",
        "Whaling captains' wives (umialgich) host visitors at Nalukataq, the summer festival.",
        "The word ‘Iñupiat’ (the real people) is used in the museum's welcome panel.",
    ],
    "slogan": [
        "Travel Yukon's ‘Larger than Life’ line still runs on its website.",
        "ASMI's ‘Wild, Natural & Sustainable’ message appears on every pack.",
        "The old song ‘North to Alaska’ (1960) still shapes how Americans picture the state.",
        "{B}'s tagline ‘Born on the water’ is printed on every box.",
    ],
    "passenger-figure": [
        "Southeast Alaska welcomed record numbers (2023 passengers: {pax}).",
        "Juneau's cap applies to ships, not to people (2026 limit: five ships a day).",
        "The state passed a milestone in cruise visits ({pax}, {Yr}).",
    ],
    "aurora-season": [
        "Lodges near Fairbanks had their best winter in years (aurora season, 2023–24).",
        "Operators hope the sun's cycle will keep demand high (solar maximum, 2025).",
        "Japanese tour groups peak in February and March (aurora season, {Yr}).",
    ],
    "flight-route": [
        "The ‘milk run’ (Flight 65) stops in Ketchikan, Wrangell, Petersburg, Juneau, Yakutat and Cordova.",
        "Seasonal service to the Arctic returned in spring (ANC–OTZ, {Yr}).",
        "Travellers to Bethel now pay more for the same route (ANC–BET, {Yr}: US${n}).",
    ],
    "daylight-temperature": [
        "Fairbanks has almost no darkness in midsummer (21 hours of daylight, June).",
        "Winter tours go ahead even in deep cold (−40 °C, January {Yr}).",
        "The town sees the sun for under four hours on the solstice (21 December).",
    ],
    "population": [
        "Skagway is tiny compared with its summer crowds (pop. 1,240, 2020).",
        "Juneau is the only US capital with no road in (2020 census: 32,255).",
        "Dawson City's year-round population is small (about 1,600, {Yr}).",
    ],
    "elevation": [
        "North America's highest peak dominates the park (6,190 m, 2015 survey).",
        "Mount Logan is the highest point in Canada (5,959 m).",
        "The White Pass summit is the hardest part of the railway (873 m, 1898).",
    ],
    "area-size": [
        "The park covers a huge area (3.3 million acres, 1980).",
        "Tongass National Forest is the largest in the US (16.7 million acres).",
        "Wrangell–St. Elias is bigger than Switzerland (13.2 million acres, 1980).",
    ],
    "season-dates": [
        "Most ships sail the Inside Passage in a short window (May–September {Yr}).",
        "The railway runs only in summer (mid-May to late September).",
        "Lodges close between seasons (April–May and October–November).",
    ],
    "visitor-count": [
        "The park's bus road carries most visitors (594,000 visitors, 2019).",
        "Visits to the Klondike sites fell sharply (2020: {n} visitors).",
        "The heritage centre counted more guests than ever ({Yr} visitors: {n},000).",
    ],
    "hashtag-year": [
        "User photos are collected under one tag (#TravelAlaska, {Yr}).",
        "The tourism board's tag (#ExploreYukon) has more than 200,000 posts.",
        "Anglers share catches under the brand's tag (#WildAlaskaSalmon, {Yr}).",
    ],
    "history-year": [
        "The territory was bought from Russia for $7.2 million (Alaska Purchase, 1867).",
        "Alaska became the 49th state after a long campaign (statehood, 1959).",
        "The Yukon was made a separate territory during the rush (Yukon Territory, 1898).",
    ],
    "highway-rail-year": [
        "The road was built as a wartime supply line (Alaska Highway, 1942).",
        "The haul road to Prudhoe Bay opened to the public later (Dalton Highway, 1994).",
        "The railway climbs from Skagway to the summit (White Pass & Yukon Route, 1900).",
    ],
    "certification": [
        "Alaska salmon was among the first fisheries certified (recertified 2019).",
        "The pollock fishery holds two eco-labels (RFM since 2010; the blue label since 2005).",
        "Buyers in Germany ask for the blue label on every order (certified since 2000).",
    ],
    "award-year": [
        "The lodge won a national prize (World Travel Awards, 2022).",
        "{B}'s smoked {sp} took a top prize in Barcelona (Seafood Excellence Global, {Yr}).",
        "The itinerary was named best in its class (Readers' Choice Awards, {Yr}).",
    ],
    "permits-count": [
        "The drift fleet is capped (1,863 permits, 2023).",
        "Permits have been limited since the 1970s (limited entry, 1973).",
        "A Bristol Bay drift permit now sells for far less (US${n},000, {Yr}).",
    ],
    "exchange-rate": [
        "American visitors find the Yukon cheap (C$1.35 to US$1, 2024).",
        "The weak yen has cut Japanese bookings (¥150 to the dollar, {Yr}).",
        "European guests benefit from the rate (€1 = US$1.08, {Yr}).",
    ],
    "percentage-share": [
        "Cruise passengers dominate summer visits to the state (62%, 2023).",
        "Most of the catch is exported (about {pct}% by value, {Yr}).",
        "Japan is still the main buyer of salmon roe ({pct}%, {Yr}).",
    ],
    "tax-levy": [
        "Each passenger pays a state fee (CPV excise tax, 2006).",
        "Juneau raised its charge per passenger ($5 head tax, 2019).",
        "The borough's seasonal bed tax funds marketing ({pct}% in {Yr}).",
    ],
    "volcano-year": [
        "The Valley of Ten Thousand Smokes was formed by the eruption (Novarupta, 1912).",
        "Flights out of Anchorage were grounded by ash (Mount Redoubt, 2009).",
        "Katmai's bear-viewing platforms sit near the 1912 ash flow (Brooks Falls, {Yr}).",
    ],
    "heritage-site-year": [
        "The copper mine now houses a visitor centre (Kennecott, 1938).",
        "The tribal house was rebuilt on its island (Shakes Island, 1940).",
        "The cannery is now a museum (est. 1889).",
    ],
    "pandemic-season": [
        "Operators lost a whole year of revenue (no-sail order, 2020).",
        "Canada's ban on cruise ships left Alaska with almost no visitors (zero cruise season, 2020).",
        "The restart was slow and uneven (2021 season: {n} calls).",
    ],
    "record-catch": [
        "The Kenai is still known for the world-record king (97 lb 4 oz, 1985).",
        "The lodge's biggest halibut is pictured on its homepage (312 lb, {Yr}).",
        "Guests are promised limits of silvers in August (six a day, {Yr}).",
    ],
    "product-year": [
        "Filson still sells its best-known coat (Mackinaw Cruiser, 1914).",
        "Xtratuf's boots were made for deck crews ({mo} {Yr} relaunch).",
        "The brand's waxed bag (Original Briefcase, 1970s design) sells well in Japan.",
    ],
    "excursion-price": [
        "The most popular excursion is a floatplane trip (US${n}, {Yr}).",
        "Helicopter glacier landings cost far more (US$599 per person, 2024).",
        "A railway day trip is a cheaper option (from US${n}, {mo} {Yr}).",
    ],
}  # fmt: skip
