"""Prose for the "blind327" pool: marketers at bicycle and e-bike makers, bike shops and chains, cycle-hire and
bike-share schemes, cycling clothing and component brands, cycling-tourism bodies and race organisers in the
Netherlands, Belgium, Denmark, Italy, Spain, the UK and Taiwan, writing CIM Level 6 and 7 reports and MBA assignments
in English on commuting and leisure markets, e-bike growth, subscriptions and leasing, sponsorship, cycling tourism
and digital-channel marketing.

Written without reading the checker or any other pool. The decoys are what this trade's writing is full of: races
and editions with years, riders with the years of their wins, bikes and components with launch years, schemes and
rules, doping affairs, bankruptcies and takeovers, climbs, bridges and cycle routes, films and books, prices and
volumes, slogans in Dutch, Danish, Italian and Spanish, figures, financial years and model years, none of them
citations.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Gazelle", "VanMoof", "Cortina", "Accell Group", "Ridley", "Eddy Merckx Cycles", "Christiania Bikes",
          "Pinarello", "Bianchi", "Colnago", "Campagnolo", "Orbea", "BH Bikes", "Brompton", "Raleigh", "Halfords",
          "Evans Cycles", "Rapha", "Giant", "Merida", "Santander Cycles", "OV-fiets", "Donkey Republic",
          "Fietsersbond", "British Cycling", "Flanders Classics", "RCS Sport", "Visit Flanders", "Swapfiets",
          "Lease a Bike", "Batavus", "Sparta", "Urban Arrow", "Santos Bikes", "Castelli", "Santini", "Decathlon"]  # fmt: skip

NARRATIVE_START = [
    "{N} found that {C}.", "{N} argue that {C}, which matters for a brand like {B}.", "{N} showed that {C}.",
    "{N} concluded that {C}, although their sample was drawn from {PLACE} only.", "{N} suggest that {C}.",
    "{N} reported that {C} among {A}.", "{N} points out that {C}.", "{N} observed that {C} – a lesson for {B}.",
    "{N} warned that {C} once the subsidy ends.", "{N} state that {C}.", "{N} identified that {C}, especially in {PLACE}.",
    "{N} noted that {C}; {B} has not yet acted on this.", "{N} claim that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "{O}, {N} found that {C}.", "This is consistent with {N}, who argued that {C}.",
    "{C}, as {N} point out.", "{B} could learn from {N}, who showed that {C}.", "As {N} explains, {C}.",
    "A similar point is made by {N}: {C}.", "{O}, work by {N} suggests that {C}.",
    "In {PLACE}, {N} found that {C}.", "For {B}, the lesson from {N} is that {C}.",
    "{C}; {N} reached the same conclusion for {A}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study found that {C}.", "{O}, {N} model suggests that {C}.", "{N} survey of {A} showed that {C}.",
    "{N} framework helps explain why {C}.", "Applying {N} matrix to {B}, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "There is evidence that {C} {P}.", "It is widely accepted that {C} {P}.",
    "In {PLACE}, {C} {P}.", "{B} is no exception: {C} {P}.", "Research on {A} shows that {C} {P}.",
    "{C}, particularly in the commuter market {P}.", "Evidence from {PLACE} suggests that {C} {P}.",
    "{C} {P:see}.", "{C} {P:e.g.}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, although {C2}.", "{C} {P}; even so, {C2}.", "{C} {P}, while {C2}.",
    "{O}, {C} {P}, which suggests that {C2}.", "{C} {P} – yet {C2}.",
]  # fmt: skip
CLAIMS = [
    "{B} could use {T} to reach {A}", "{T} raises {R} among {A}", "{A} expect a test ride before they buy an e-bike",
    "e-bike buyers compare prices online but still buy in a shop", "subscription models lower the barrier for {A}",
    "leasing through an employer makes premium e-bikes affordable to {A}", "{T} works best when it is tied to {R}",
    "sponsorship of a team lifts awareness more than it lifts sales", "cycling tourists spend more per day than other visitors",
    "bike-share users are younger and more urban than bike owners", "dealers remain the main channel for {M}",
    "direct-to-consumer brands struggle with after-sales service", "{A} reward {T} with {R}",
    "safe infrastructure matters more to {A} than price", "the pandemic boom pulled forward several years of demand",
    "{B} relies on {T} more than its rivals do", "heritage is a powerful cue in premium road bikes",
    "discounting to clear stock damages brand equity", "women are under-served by most cycling brands",
    "event sponsorship works when the brand fits the race", "the return on {T} falls as budgets grow",
    "small makers gain more from community events than from paid media",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "Similarly", "At the same time", "By contrast", "In the case of {B}",
           "More recently", "Even so", "In this market", "In the Dutch market", "In Flanders", "In Taiwan",
           "After the 2020–21 boom"]  # fmt: skip
PLAIN = [
    "{B} sells through independent dealers, its own stores and its website.",
    "The brand's owned channels matter more than its paid ones.",
    "{B} runs demo days at sportives across the season.",
    "Most of {B}'s customers buy in spring, before the Easter holidays.",
    "The survey of dealers was carried out in two weeks in March.",
    "Figure 2 sets out the customer journey from search to the first service.",
    "{B} has around {k} followers on Instagram and a small but active Strava club.",
    "{O}, {C}.",
    "The rest of this section applies the PESTLE framework to {B}.",
    "Table 1 compares the subscription, lease and purchase options.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "It has been argued that {Q} {P}.", "One author puts it plainly: {Q} {P}.",
    "{N} put it this way: {Q}.", "As {N} observe, {Q}.", "This is summed up neatly: {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘bike boom’", "‘last mile’", "‘fietscultuur’", "‘hygge’ rides", "‘gravel’", "‘micromobility’",
                "‘15-minute city’", "‘bike-first’", "‘Rapha effect’", "‘la dolce vita’ on two wheels"]  # fmt: skip
SCARE_FRAMES = [
    "Brands now talk of a {Q} {P}.", "{B} calls its approach {Q} {P}.", "Marketers describe this as the {Q} {P}.",
    "{N} call it the {Q}.", "The {Q} is now a cliché in trade reports {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your ride is ready: book a test ride this weekend’", "‘Spring service: 20% off this week’",
                 "“Ride more, pay less: the {M} sale starts now”", "‘Your {M} is waiting in the basket’",
                 "‘Last chance: free lock with every e-bike’", "“Join the club: members ride free in {PLACE}”"]  # fmt: skip
SUBJECT_FRAMES = [
    "The subject line {Q} doubled opens {P}.", "An email headed {Q} performed best {P}.",
    "{B} sent the message {Q} to lapsed subscribers {P}.", "As {N} found, the line {Q} lifted clicks.",
]  # fmt: skip

NOT_CITATIONS = {
    "race-founded": ["Flanders' oldest Monument (Tour of Flanders, 1913) is older than most of the brands that sponsor it.",
                     "{B} times its spring campaign to the Giro (Giro d'Italia, 1909) and its long Italian heritage.",
                     "The cobbles of the north (Paris–Roubaix, 1896) still sell more road bikes than any advert."],
    "race-edition": ["Spain's grand tour (Vuelta, 1935) moved to late summer in 1995, which changed its audience.",
                     "Copenhagen's turn to host (Grand Départ, 2022) brought record crowds to the city.",
                     "Utrecht's Grand Départ (2015) drew more than 800,000 spectators."],
    "rider-year": ["Belgian fans still talk of his first Tour win (Merckx, 1969) as the start of modern cycling marketing.",
                   "Italian brands trade on a golden age (Coppi, 1949) that few of their customers remember.",
                   "Spanish demand for road bikes rose in the 1990s (Induráin, 1991) and never quite fell back."],
    "rider-narrative-year": ["Marianne Vos (2012) won Olympic gold in London, and Dutch women's racing grew after it.",
                             "Tadej Pogačar (2020) won his first Tour at 21, and his sponsors' sales followed.",
                             "Jonas Vingegaard (2022) gave Danish brands a home hero to build on."],
    "rider-bracket-year": ["A young winner (Pogačar, 2020) changed how sponsors think about age.",
                           "Danish interest in road racing peaked twice (Riis, 1996; Vingegaard, 2022).",
                           "British interest in the Tour rose with its first home winner (Wiggins, 2012)."],
    "bike-launch": ["The folding design (Brompton, 1976) has barely changed, which is itself a brand asset.",
                    "The classic Dutch tourer (Gazelle Tour Populair, 1988) is still on sale.",
                    "The cargo trike (Christiania bike, 1984) was first built in the free town it is named after."],
    "component-launch": ["Component brands built prestige at the top end (Campagnolo Record, 1963).",
                         "Electronic shifting (Shimano Di2, 2009) changed what enthusiasts expect to pay.",
                         "Tubeless tyres reached the road market late (Road Tubeless, 2006)."],
    "bike-share-launch": ["Paris showed that city bikes could work at scale (Vélib', 2007).",
                          "London's scheme (Boris bikes, 2010) is now branded Santander Cycles.",
                          "The Dutch railways' rental bike (OV-fiets, 2003) is used at almost every station.",
                          "Barcelona's residents-only scheme (Bicing, 2007) shaped Spanish attitudes to bike-share."],
    "scheme-year": ["Employers can offer bikes tax-free in the UK (Cycle to Work scheme, 1999).",
                    "The Dutch lease-bike rule (fietsregeling, 2020) let employers add a bike to the pay package.",
                    "Taiwan's public bike (YouBike, 2009) now covers most of Taipei."],
    "rule-year": ["Speed pedelecs need a plate and a helmet in Belgium (e-bike speed limit, 2019).",
                  "Racing bikes may not weigh less than 6.8 kg (UCI weight rule, 2000).",
                  "Disc brakes were finally allowed in the peloton (UCI disc rule, 2018)."],
    "standard-number": ["Every e-bike {B} sells meets the European standard (EN 15194:2017).",
                        "The frames are tested to the safety standard (ISO 4210-2:2023) before shipping."],
    "doping-affair": ["Sponsors fled the sport after one scandal (Festina affair, 1998).",
                      "Spanish racing lost sponsors after the blood-doping case (Operación Puerto, 2006).",
                      "Brands still fear the fallout of a positive test (Armstrong confession, 2013)."],
    "bankruptcy": ["Subscribers were left without repairs (VanMoof bankruptcy, 2023).",
                   "The online retailer's collapse (Wiggle administration, 2023) hit British brands hard.",
                   "Dealers lost stock in the failure of a direct seller (Stella bankruptcy, 2023)."],
    "takeover": ["The American brand now belongs to a Dutch family firm (Pon takeover, 2022).",
                 "Accell left the stock exchange after a private-equity bid (KKR takeover, 2022).",
                 "Gazelle returned to Dutch ownership (sale to Pon, 2011)."],
    "infrastructure-year": ["The orange bridge (Cykelslangen, 2014) is now on every Copenhagen postcard.",
                            "Eindhoven's floating roundabout (Hovenring, 2012) is a photo stop for cycling tourists.",
                            "London's first segregated route (CS3, 2016) cut through the City."],
    "climb-year": ["The Flèche finishes on the steep wall (Mur de Huy, 1983).",
                   "The cobbled climb (Koppenberg, 1976) was dropped for years after riders had to walk it.",
                   "The Giro's highest pass (Stelvio, 1953) is now a stop on guided tours."],
    "film-year": ["Cycling films shaped the American view of Italian bikes (Breaking Away, 1979).",
                  "Danish film-makers turned Paris–Roubaix into art (A Sunday in Hell, 1976).",
                  "Italian neorealism gave the bicycle its most famous role (Bicycle Thieves, 1948)."],
    "novel-year": ["Many riders in the shop's club have read the Dutch classic (The Rider, 1978).",
                   "Krabbé's novel (De Renner, 1978) is still a staple of Dutch bookshops' sport shelves."],
    "price-year": ["A good commuter model costs about €3,000 an e-bike (2023).",
                   "Prices peaked at the height of the boom: £{k} for an entry-level road bike (2021).",
                   "The average Dutch e-bike sold for €{E} (2023), almost double the price in 2015."],
    "volume-year": ["Europe bought 23 million bikes (2022), a fall from the year before.",
                    "Dutch households own about 23 million bikes (2022) – more bikes than people.",
                    "Taiwan exported {k} thousand complete bikes ({Y})."],
    "slogan-quoted": ["{B}'s posters simply say ‘Ride like a pro’.", "The health campaign's line was ‘Fietsen is gezond’.",
                      "Its Danish slogan, ‘Cyklen er for alle’, appears on every station rack.",
                      "The Italian tagline ‘Pedala con noi’ became a hashtag."],
    "slogan-straight": ["Its slogan \"Ride like a pro\" was dropped after complaints from commuters.",
                        "The shop window read \"Nu ook op afbetaling\" all summer."],
    "year-noun": ["Sales fell sharply after the boom (2023 sales).", "{B} cut its marketing budget ({Y} budget: €{k}k).",
                  "Margins recovered a little (2024 results)."],
    "financial-year": ["Revenue fell by a fifth (FY2023).", "Halfords' cycling revenue fell in the year to March (FY24).",
                       "Stock levels stayed high (2022/23)."],
    "quarter-year": ["Orders recovered (Q{q} {Y}).", "Dealer stock was highest at the end of the second quarter (Q2 2023)."],
    "model-year": ["The 2024 models arrived late (MY2024).", "The new frame (model year 2025) drops the external battery."],
    "spec-figures": ["The motor is limited by law (25 km/h, 250 W).", "The range claim is optimistic (500 Wh, 80 km)."],
    "sample-size": ["Most dealers agreed (n = {n}).", "Half of the subscribers replied (n = {n}, {Y})."],
    "figure-table": ["The journey is mapped below (see Figure {q}).", "The options are compared in the appendix (Table {q})."],
    "team-years": ["The bank's name was on Dutch jerseys for years (Rabobank, 1996–2012).",
                   "The Danish team (CSC, 2001–2008) made the country care about road racing.",
                   "British success followed the team's launch (Team Sky, 2010)."],
    "founded-year": ["{B} is one of the oldest names in the trade (founded 1892).",
                     "The family firm (est. 1885) still builds frames in Italy.",
                     "Giant began as a contract maker in Taichung (1972)."],
    "maker-year": ["The Milan maker (Bianchi, 1885) is older than the Giro itself.",
                   "Basque bike-making began with a gun maker (Orbea, 1840).",
                   "Taiwan's second-largest maker (Merida, 1972) supplies frames to European brands."],
    "trade-show": ["The new range was launched at the trade fair (Eurobike, 2023).",
                   "Most Asian makers show their frames in spring (Taipei Cycle Show, 2024)."],
    "award-year": ["The cargo bike won a design prize (Red Dot, 2020).", "{B}'s helmet won an award (Eurobike Award, 2022)."],
    "olympics": ["Track cycling sold bikes in Britain after the home games (London 2012).",
                 "Medals at the delayed games (Tokyo 2020) lifted interest in BMX."],
    "world-championships": ["Interest in the sport rose after the road worlds came to Yorkshire (Harrogate, 2019).",
                            "Flanders hosted the road race a century after its first (Worlds, 2021)."],
    "edition-number": ["The race celebrated a milestone (105th edition, 2021).", "The sportive has grown every year (10th edition)."],
    "stage-year": ["The mountain stage (stage 17, 2011) was the most-watched hour of Italian television that year.",
                   "The team time trial (stage 2, 2019) started in Brussels."],
    "tax-rate": ["Dutch lease bikes are taxed lightly (7% bijtelling, 2020).", "Danish buyers pay a high sales tax (25% moms)."],
    "currency-amount": ["The Taiwanese government pays a subsidy (NT$3,000).", "The deal was worth a great deal (€1.2bn, 2021)."],
    "place-year": ["The first factory opened in the Veluwe (Dieren, 1902).", "The company moved to the Basque coast (Mallabia, 1997)."],
    "decade": ["Dutch cities rebuilt their streets for bikes (1970s).", "Frame-building moved to Taiwan (1980s) and never came back."],
    "date-event": ["The firm filed for bankruptcy on a Monday (17 July 2023).", "Riders staged a protest ride (12 May 2024)."],
    "age-range": ["The biggest growth came from older riders (aged 55–74).", "Subscribers are mostly students (18–24)."],
    "distance-year": ["The route is long (260 km, 2023 edition).", "The cycle highway was extended (F35, 2021)."],
    "handle-hashtag": ["The campaign ran on Instagram (@{HANDLE}).", "User posts were gathered under one tag (#{TAG})."],
    "acronym-gloss": ["The sport's governing body (UCI) sets the rules for racing bikes.",
                      "The Dutch cyclists' union (Fietsersbond) lobbies for safer junctions."],
    "ranking-score": ["Copenhagen tops the index (1st of 90).", "The shop's reviews are strong (4.7 out of 5)."],
    "monument-years": ["Milan's velodrome (Vigorelli, 1935) hosted hour records for decades.",
                       "The Ghent track (Kuipke, 1927) sells out for the six-day race."],
    "season": ["Sales are seasonal (spring Classics, 2024).", "Rental demand peaks in the holidays (summer 2023)."],
}  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values the pool's frames use, drawn in a fixed order from the builder's random source."""
    return {
        "PLACE": rng.choice(["the Netherlands", "Flanders", "Copenhagen", "London", "Milan", "the Basque Country",
                             "Taipei", "Utrecht", "Girona", "Ghent"]),
        "k": str(rng.randint(2, 900)),
        "E": f"{rng.randint(2, 3)},{rng.randint(100, 999)}",
        "HANDLE": rng.choice(["gazellebikes", "vanmoof", "bromptonbicycle", "rapha", "orbea", "ridleybikes"]),
        "TAG": rng.choice(["fietsen", "cykelliv", "BikeToWorkDay", "RondeVanVlaanderen", "GiroDItalia", "ridelondon"]),
        "T": rng.choice(["test-ride events", "Strava clubs", "influencer content", "dealer promotions", "subscription offers",
                         "lease-through-employer schemes", "race sponsorship", "paid social", "email marketing",
                         "user-generated content"]),
        "A": rng.choice(["commuters", "students", "older riders", "families with young children", "leisure cyclists",
                         "club riders", "cycling tourists", "first-time e-bike buyers", "urban renters"]),
        "R": rng.choice(["repeat purchase", "brand trust", "test-ride bookings", "dealer footfall", "retention",
                         "conversion", "subscriber loyalty", "share of voice"]),
        "M": rng.choice(["e-bike", "cargo bike", "commuter bike", "gravel bike", "road bike", "kit"]),
    }  # fmt: skip
