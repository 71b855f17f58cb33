"""The blind319 pool's prose: marketers at surf brands, surf schools and camps, board and wetsuit makers, beach
resorts, surf-tourism operators, wave pools and coastal tourism boards in Hawaii, California, Cornwall and Devon,
Portugal, the Basque coast, Morocco, Bali and Australia writing CIM Level 6 and 7 reports and MBA assignments in English.

Written without reading the checker, its tests or any other pool. ``{N}`` is a narrative citation, ``{P}`` a
parenthetical one, ``{C}`` a claim, ``{B}`` a brand, ``{O}`` an opener, ``{Q}`` a quotation; the other placeholders are
filled by ``values``. NOT_CITATIONS holds text with brackets, years and quotation marks that cites nothing: breaks
and spots, contests, surfers, films, disasters, laws, brand launches, prices, visitor figures, greetings and slang.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Hawaii Tourism Authority", "Quiksilver", "Billabong", "Rip Curl", "O'Neill", "Finisterre", "Patagonia",
          "Firewire", "Wavegarden", "Surf Snowdonia", "The Wave Bristol", "Kelly Slater Wave Co.", "the WSL",
          "World Surf League", "Surfing England", "Visit Cornwall", "Turismo de Portugal", "Tourism Australia",
          "Outrigger Resorts", "Aqua-Aston", "Roxy", "Vissla", "Channel Islands", "Lost Surfboards", "Xcel",
          "Boardmasters", "Watergate Bay Hotel", "Lapoint", "Rapture Camps", "URBNSURF", "Surf Lakes",
          "Hurley", "Volcom", "Sharp Eye Surfboards", "Fistral Beach Hotel", "Ericeira Surf & Skate"]  # fmt: skip

_SPOTS = ["Pipeline", "Sunset Beach", "Waimea Bay", "Jaws", "Mavericks", "Trestles", "Malibu", "Fistral",
          "Watergate Bay", "Croyde", "Supertubos", "Nazaré", "Ribeira d'Ilhas", "Mundaka", "Zarautz", "Anchor Point",
          "Uluwatu", "Bells Beach", "Snapper Rocks", "Teahupoʻo"]  # fmt: skip
_TOPICS = ["surf-school bookings", "athlete sponsorship", "wave-pool memberships", "Instagram reels",
           "eco-wetsuits", "surf-camp packages", "event hospitality", "resident sentiment", "regenerative travel",
           "user-generated content", "brand ambassadors", "loyalty clubs", "early-booking offers", "TikTok content"]  # fmt: skip
_AUDIENCES = ["beginner surfers", "visiting families", "Gen Z travellers", "lapsed surfers", "local residents",
              "female surfers", "digital nomads", "stag and hen groups", "day-trippers", "repeat visitors"]  # fmt: skip
_PLACES = ["Hawaiʻi", "Hawaii", "Oʻahu", "Maui", "Cornwall", "North Devon", "Ericeira", "Peniche", "Nazaré",
           "the Basque coast", "Taghazout", "Bali", "the Gold Coast", "Byron Bay", "Newquay", "Santa Cruz"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    return {
        "SP": rng.choice(_SPOTS), "TP": rng.choice(_TOPICS), "AU": rng.choice(_AUDIENCES), "PL": rng.choice(_PLACES),
        "PC": str(rng.randint(3, 78)), "K": str(rng.randint(2, 19)), "YR": str(rng.randint(2016, 2024)),
    }  # fmt: skip


CLAIMS = [
    "{B} sells a lifestyle rather than a wetsuit", "surf brands lose credibility when they chase the mass market",
    "{AU} book surf lessons on their phones, often the night before", "investment in {TP} lifts bookings among {AU}",
    "authenticity in surf marketing rests on being seen in the water, not on the catwalk",
    "sponsoring a champion surfer pays back only when the athlete's values fit the brand",
    "overtourism in {PL} has turned residents against visitor campaigns",
    "wave pools make surfing predictable enough to sell by the hour",
    "sustainability claims in surfwear are judged harshly by core surfers",
    "destination marketers in {PL} now ask visitors to behave as well as to come",
    "events such as contests bring media value that outlasts the week itself",
    "{B} depends on {TP} more than on paid advertising",
    "surf tourism spreads income along the coast but concentrates crowding at the best breaks",
    "core surfers resent brands that sell the sport to outsiders",
    "social media has made once-secret spots crowded within a season",
    "{AU} value safety and good coaching over the view from the beach",
    "the price of a night's stay in {PL} rose faster than local wages",
    "a lifestyle brand needs a community as well as a logo",
    "investment in {TP} pays off best when local surfers appear in the content",
    "eco-labels only persuade when a third party checks them",
    "marketing that respects local culture earns more trust than marketing that borrows it",
]  # fmt: skip
OPENERS = ["However", "In the case of {B}", "For a surf school in {PL}", "By contrast", "In practice",
           "More recently", "On the North Shore", "Since the pandemic", "Even so", "For {B}", "In Cornwall",
           "For destination marketers", "At the same time"]  # fmt: skip
NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although their sample came from a single surf town.",
    "{N} showed that {C}.", "{N} concluded that {C}, which matters for {B}.", "{N} suggests that {C}.",
    "{N} observed that {C} in {PL}.", "{N} makes the point that {C}.", "{N} warns that {C}.",
    "{N} reported that {C}, especially among {AU}.", "{N} contend that {C}.",
    "{N} were among the first to show that {C}.", "{N} notes that, since {YR}, {C}.",
    "{N} describes how {C}.", "{N} highlight that {C} – a lesson for {B}.",
]  # fmt: skip
NARRATIVE_MID = [
    "{O}, {N} found that {C}.", "As {N} argue, {C}.", "This echoes {N}, who found that {C}.",
    "{C}, as {N} points out.", "{C}; {N} found much the same in {PL}.", "According to {N}, {C}.",
    "Research by {N} suggests that {C}.", "{B} illustrates this well: {N} showed that {C}.",
    "A study of surf tourists by {N} found that {C}.", "{C}, a finding shared by {N}.",
    "Data from {N} indicate that {C}.", "It can be argued, following {N}, that {C}.",
    "In their work on {PL}, {N} found that {C}.", "{C} – a point made by {N} about {TP}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {PL} shows that {C}.", "Applying {N} framework, {C}.", "{O}, {N} findings suggest that {C}.",
    "{N} report makes clear that {C}.", "{B} could use {N} model, because {C}.", "{N} survey found that {C}.",
    "{N} data confirm that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "There is evidence that {C} {P}.", "It is widely argued that {C} {P}.",
    "{C}, particularly in {PL} {P}.", "{B}'s experience suggests that {C} {P}.", "{C} {P:see}.",
    "{C} {P:e.g.}.", "{O}, it appears that {C} {P}.", "Some authors go further, arguing that {C} {P}.",
    "{C} – especially for {AU} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}; however, {C2}.", "{C} {P}, although {C2}.", "{C} {P}, while {C2}.",
    "{O}, {C} {P}, which means {C2}.",
]  # fmt: skip
PLAIN = [
    "{B} promotes surf lessons twice a day from April to October.", "The brand sells through its own site, surf shops and Zalando.",
    "{O}, {C}.", "Most bookings come through the website and Instagram direct messages.",
    "The campaign ran for eight weeks on Instagram, TikTok and YouTube.",
    "{B}'s partner surf schools employ {K} coaches in the summer and three in the winter.",
    "Visitors to {PL} come mainly in the school holidays.", "A SWOT analysis of {B} is set out below.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one author puts it, {Q} {P}.", "{N} puts it bluntly: {Q}.", "{O}, {Q} {P}.",
    "Put simply, {Q} {P}.", "{N} writes that {Q}.", "This is captured well: {Q} {P}.",
    "For {B}, the point is that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘surf lifestyle’", "‘soul surfing’", "‘core’", "‘stoke’", "‘localism’", "‘kook’",
                "‘greenwashing’", "‘the surf dollar’", "‘wave of the day’", "‘blue health’",
                "‘authentic’", "‘voluntourism’", "‘leave no trace’", "‘surf bum’"]  # fmt: skip
SCARE_FRAMES = [
    "Surf brands trade on {Q} imagery {P}.", "{B} presents itself as {Q} {P}.",
    "What counts as {Q} is contested {P}.", "Marketers borrow the idea of {Q} from surf culture {P}.",
    "{N} questions the idea of {Q} in surf marketing.", "Locals describe the problem as {Q} {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Swell alert: book your lesson this weekend’", "“Your wetsuit is ready for winter”",
                 "‘Last few spaces at surf camp this {YR} season’", "“Aloha! Your stay at {B} starts soon”",
                 "‘Early-bird tickets for the contest are live’", "“The waves are back – are you?”",
                 "‘20% off wave-pool sessions this half-term’"]  # fmt: skip
SUBJECT_FRAMES = [
    "The email headed {Q} had the best open rate of the year {P}.", "{B} tested {Q} against a plainer subject line {P}.",
    "Subject lines such as {Q} create urgency {P}.", "A message like {Q} reminds lapsed customers of the sea {P}.",
    "{N} cites {Q} as a subject line that works because it is timely.",
]  # fmt: skip

# Text that looks like a citation and is not one: nothing a tutor would expect in the reference list.
NOT_CITATIONS = {
    "break-year": ["Surf tourism on the North Shore began with a single break (Pipeline, 1961).",
                   "{B} still uses photographs of the first ride at Mavericks (Mavericks, 1990).",
                   "The camp's brochure leads with Europe's best left (Mundaka, 2005)."],
    "big-wave-year": ["Tow surfing changed what counted as rideable (Jaws, 1994).",
                      "The town's fortunes changed with one swell (Nazaré, 2011).",
                      "Cornwall's surf scene grew up around one beach (Fistral, 1960)."],
    "contest-year": ["The event's prestige comes from its history (Eddie Aikau, 1985).",
                     "The North Shore's oldest contest still draws the biggest crowds (Pipe Masters, 1971).",
                     "Australia's oldest professional event is held each Easter (Rip Curl Pro Bells Beach, 1962)."],
    "olympic-year": ["Surfing's first Games raised its profile with non-surfers (Olympic surfing, 2021).",
                     "The Paris Games' surfing was held in Tahiti (Teahupoʻo, 2024).",
                     "Brands timed campaigns around the debut (Tokyo 2020, 2021)."],
    "festival-year": ["The festival has grown into a music event with a surf contest attached (Boardmasters, 1981).",
                      "Newquay's calendar peaks in August (Boardmasters, {YR})."],
    "surfer-bracket-year": ["Surfing's modern story is usually traced to one swimmer (Duke Kahanamoku, 1912).",
                            "Women's surfing gained a star in Australia (Layne Beachley, 1998).",
                            "Hawaii's first Olympic champion became the face of the sport (Carissa Moore, 2021)."],
    "surfer-narrative-year": ["The ride by Garrett McNamara (2011) put Praia do Norte on the map.",
                              "A wave ridden by Rodrigo Koxa (2017) held the record for three years.",
                              "Maya Gabeira (2020) then set the women's record at the same break."],
    "world-title": ["No surfer has matched his record of eleven titles (Kelly Slater, 2011).",
                    "Her fourth title came at Trestles (Stephanie Gilmore, 2014).",
                    "Brazil's first world champion changed the market there (Gabriel Medina, 2014)."],
    "film-year": ["The surf-travel dream began on film (The Endless Summer, 1966).",
                  "Hollywood made surfers into outlaws (Point Break, 1991).",
                  "Surf camps for women boomed after one film (Blue Crush, 2002).",
                  "Malibu's image was fixed early on (Gidget, 1959)."],
    "series-year": ["Streaming brought Nazaré to a global audience (100 Foot Wave, 2021).",
                    "The WSL's own series followed the tour (Make or Break, 2023)."],
    "wildfire-disaster": ["West Maui's visitor numbers collapsed (Lahaina wildfire, 2023).",
                          "Campaigns were paused for months after the fire (Lahaina, August 2023)."],
    "eruption": ["Big Island bookings fell sharply (Kīlauea eruption, 2018).",
                 "Lava tourism has its own ethical questions (Kīlauea, 2018)."],
    "tsunami": ["Hilo's waterfront was rebuilt further inland (1946 tsunami, 1946).",
                "Warning sirens are tested monthly across the islands (tsunami of 1960)."],
    "lockdown": ["Surf schools closed for three months (lockdown, 2020).",
                 "Staycations filled Cornwall's campsites (post-lockdown summer, 2021)."],
    "statehood-history": ["Mass tourism to the islands followed the jet age (statehood, 1959).",
                          "Many Native Hawaiians date their grievance to one event (Overthrow, 1893).",
                          "The monarchy unified the islands (Kingdom of Hawaiʻi, 1810)."],
    "law-year": ["Inter-island shipping costs remain high (Jones Act, 1920).",
                 "Hawaii now charges visitors a climate levy (Green Fee, 2025).",
                 "Coastal development is limited by state law (Act 16, 2024)."],
    "reserve-status": ["The Ericeira coast is protected (World Surfing Reserve, 2011).",
                       "The beach flies its award flag again (Blue Flag, 2022).",
                       "The area is also protected landscape (AONB, 1959)."],
    "brand-launch": ["Boardshorts became a fashion item (Quiksilver, 1969).",
                     "The Gold Coast brand started in a kitchen (Billabong, 1973).",
                     "Bells Beach gave its name to a brand (Rip Curl, 1969)."],
    "product-invention": ["Cold-water surfing became possible (O'Neill wetsuit, 1952).",
                          "Bodyboarding opened the waves to beginners (Boogie board, 1971).",
                          "The leash changed who could surf (surf leash, 1971)."],
    "wave-pool-opening": ["Wales opened the first commercial inland surf lake (Surf Snowdonia, 2015).",
                          "A perfect artificial wave went viral (Surf Ranch, 2015).",
                          "Australia's first surf park opened in Melbourne (URBNSURF, 2019)."],
    "price-night": ["A beachfront room in Waikīkī costs US$450 a night (2023).",
                    "Rooms at the hotel start at €180 a night ({YR})."],
    "visitor-figures": ["Hawaii welcomed 10.4 million visitors (2019).",
                        "Cornwall receives about 4.5 million staying visitors (2019 estimate).",
                        "Portugal counted 30 million guests (2023 provisional figure)."],
    "session-price": ["A wave-pool session costs £55 a session (2023).",
                      "A private lesson is €65 an hour (summer {YR} price list)."],
    "arrivals-figure": ["Arrivals from Japan have not recovered (2023 arrivals).",
                        "US West visitors spent the most per trip (2022 spending)."],
    "greeting-quote": ["Staff greet guests with ‘Aloha’ at check-in.",
                       "Every receipt ends with ‘Mahalo’ and a shaka emoji.",
                       "The Portuguese staff answer with ‘Obrigado’ and a smile."],
    "slogan-quote": ["Billabong's old line ‘Only a surfer knows the feeling’ still sells T-shirts.",
                     "Finisterre's promise, ‘Products for the love of the sea’, sits on every swing tag.",
                     "The campaign was built around ‘Malama Hawaii’, asking visitors to care for the islands."],
    "surf-slang": ["Instructors promise that every beginner will be ‘stoked’ by the end of the week.",
                   "Locals call tourists who drop in ‘kooks’ (and worse).",
                   "A ‘party wave’ is one everyone rides together."],
    "hawaiian-term": ["Campaigns now stress aloha ʻāina (love of the land).",
                      "Visitors are asked to accept their kuleana (responsibility).",
                      "The resort's guides explain the idea of mālama (to care for)."],
    "board-model": ["The school's soft-tops are 8ft (2024 models).",
                    "The shortboard comes in a 5'10\" (2023 shape)."],
    "wetsuit-spec": ["A winter suit in Cornwall needs to be thicker (5/4mm, {YR} range).",
                     "The summer suit is a 3/2 (2024 model)."],
    "swell-data": ["The contest ran in a long-period swell (15 ft at 17 s, 2023).",
                   "Buoy readings peaked overnight (buoy 51201, 2023)."],
    "season-dates": ["The big-wave window is open for half the year (October–March).",
                     "Hawaii's winter surf season is the busiest for the North Shore (winter 2023–24)."],
    "tour-stop": ["Portugal hosts an early tour stop (2024 Championship Tour).",
                  "The event was moved from Margaret River (CT stop 5, 2023)."],
    "heat-score": ["She won the final with a near-perfect ride (9.73, 2023).",
                   "The judges awarded the heat by a small margin (17.60 to 17.43)."],
    "award-year": ["The photo of the wave won a prize (Big Wave Awards, 2020).",
                   "The wave was measured and confirmed (Guinness World Record, 2017)."],
    "ticker-year": ["The company left the stock market after years of losses (NYSE: ZQK, 2015).",
                    "Billabong was once an Australian listed company (ASX: BBG, 2000)."],
    "deal-year": ["The surf group was sold again (Authentic Brands deal, 2023).",
                  "Two rivals were merged into one group (Boardriders takeover of Billabong, 2018)."],
    "storm-year": ["Kauaʻi's resorts were closed for a year (Hurricane Iniki, 1992).",
                   "The harbour wall was damaged in the autumn (Storm Ciarán, 2023)."],
    "water-quality": ["Swimmers were warned off the beach for two days (sewage alert, 2022).",
                      "The company discharged untreated sewage many times that summer (CSO spills, 2023)."],
    "exchange-rate": ["Prices were converted at the year's average rate (€1 = US$1.08, 2024).",
                      "Australian visitors were hit by a weak currency (A$1 = US$0.66, 2023)."],
    "tax-rate": ["Hotel rooms carry a state tax (TAT 10.25%, 2024).",
                 "Portugal's tourist tax is charged per night (€2, Lisbon)."],
    "air-route": ["New flights brought visitors from the West Coast (LAX–OGG, 2023).",
                  "The budget route opened up the Algarve (London–Faro, 1990s)."],
    "handle-hashtag": ["The campaign ran under a single hashtag (#LetsGoSurfing, 2023).",
                       "The league posts every heat on its main account (@wsl, 2024)."],
    "survey-sample": ["Most guests rated the coaching highly (n = {K}0, {YR} survey).",
                      "Half the respondents were first-time surfers (n = 212)."],
    "explorer-year": ["The first written account of surfing comes from a ship's log (Captain Cook, 1778).",
                      "The hollow board made surfboards lighter (Tom Blake, 1926)."],
    "fiscal-quarter": ["Wetsuit sales fell sharply (Q3 {YR}).", "The group reported a loss (FY2023)."],
    "water-temperature": ["The sea is coldest in early spring (14°C, March).",
                          "The water stays warm all year in Bali (28°C, {YR})."],
    "wave-height": ["The record wave was measured in Portugal (26.2 m, 2020).",
                    "The wave pool produces waves up to head height (2 m, 2024 settings)."],
    "map-grid": ["The break sits beside the harbour (grid ref. SW 806 622).",
                 "Parking is limited at the beach (postcode TR7 1HY)."],
    "tide-state": ["The reef only works on a rising tide (mid to high, spring tides).",
                   "The beach break is best two hours after low (neap tide, {YR} guide)."],
}  # fmt: skip
