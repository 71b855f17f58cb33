"""The blind356 pool's prose (HELD OUT): leisure venues.

Marketers at escape rooms, bowling alleys, indoor karting tracks, trampoline and adventure parks, family
entertainment centres and competitive-socialising bars in the UK, Ireland, the Netherlands, Hungary, the
Philippines and the United States, writing CIM Level 6 and 7 reports and MBA assignments in English. Written
without reading the checker, its tests or any other pool. Besides the common fill values, frames use {VEN} a
venue or game brand, {GAME} a room, game or attraction, {CITY} a town, {CUR} a price in local money, {mo} a
month, {pc} a percentage's number, {FY} a recent year, {FOUNDER} a person in the industry's history, {SHOW} a
trade show and {h} a social handle. The decoys never name a listed author beside a year it could have published in:
the firms and bodies of blind356_works.py appear with years long before their works' (founding, old takeovers).
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Lane7", "Boom Battle Bar", "Swingers", "Junkyard Golf Club", "Oxygen Freejumping", "Clue HQ",
          "Namco Funscape", "Roxy Ball Room", "Bounce", "Electric Shuffle", "All Star Lanes", "Superbowl UK",
          "Clip 'n Climb", "Jump In", "Pinstack", "Funtasia", "Zero Latency", "Kartcentrum Lelystad",
          "Claustrophilia", "TRAP Budapest", "Mystique Room", "Escape Manila", "Breakout Philippines",
          "Quantum Arcade", "Star City", "Main Event", "Chuck E. Cheese", "Punch Bowl Social", "Cosmic Bowling Tilburg",
          "Jumpsquare", "Bowling Center Zuid", "Wonderdome", "Lasertag Arena"]  # fmt: skip
_VENUES = ["the Riverside lanes", "the Galway centre", "the Utrecht park", "the Makati branch", "the Kecskemét rooms",
           "the Leeds bar", "the Houston site", "the Cork track"]  # fmt: skip
_GAMES = ["The Heist", "Pharaoh's Tomb", "Sherlock's Study", "Prison Break", "Lost in Manila", "The Vault",
          "Jungle Drop", "Sky Walk", "Turbo 500", "Ninja Warrior Course", "Crazy Golf Carnival", "Duckpin Alley",
          "Laser Maze", "Zombie Lab", "The Submarine", "Dodgeball Dome"]  # fmt: skip
_CITIES = ["Manchester", "Leeds", "Glasgow", "Dublin", "Limerick", "Rotterdam", "Eindhoven", "Budapest", "Debrecen",
           "Quezon City", "Cebu", "Austin", "Orlando", "Birmingham", "Belfast", "Utrecht", "Szeged", "Pasig"]  # fmt: skip
_FOUNDERS = ["Nolan Bushnell", "Jeff Platt", "Attila Gyurkovics", "Takao Kato", "Steve Jolliffe", "Dave Corriveau",
             "Buster Corley", "Ralph Lauren Sy", "Fred Schmidt", "Kennedy Mulcahy"]  # fmt: skip
_SHOWS = ["EAG International Expo", "Amusement Expo International", "the Bowl Expo", "Leisure Industry Week",
          "the Attractions Expo Asia", "the Escape Room Industry Conference"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values this pool's frames use, and leisure ones in place of the common topics and audiences."""
    local = rng.choice([f"£{rng.randint(8, 40)}.{rng.choice(['00', '50', '95', '99'])}", f"€{rng.randint(10, 45)}",
                        f"HUF {rng.randint(9, 24)},{rng.choice(['000', '500', '990'])}", f"₱{rng.randint(3, 12)}{rng.choice(['00', '50', '99'])}",
                        f"${rng.randint(12, 60)}.{rng.choice(['00', '99'])}"])  # fmt: skip
    return {
        "T": rng.choice(["group booking discounts", "dynamic pricing", "birthday party packages", "online booking",
                         "a loyalty app", "short-form video", "Google reviews", "corporate team-building packages",
                         "food and drink bundles", "off-peak offers", "influencer visits", "gamified leaderboards"]),
        "A": rng.choice(["families with young children", "office groups", "students", "hen and stag parties",
                         "teenagers", "couples on date nights", "tourists", "school groups", "Gen Z adults"]),
        "R": rng.choice(["repeat visits", "dwell time", "spend per head", "advance bookings", "review scores",
                         "secondary spend", "occupancy", "word of mouth"]),
        "M": rng.choice(["half-term", "Christmas party", "summer holiday", "Halloween", "birthday"]),
        "VEN": rng.choice(_VENUES), "GAME": rng.choice(_GAMES), "CITY": rng.choice(_CITIES), "CUR": local,
        "mo": rng.choice(["January", "March", "April", "June", "July", "September", "October", "November", "December"]),
        "pc": str(rng.randint(4, 78)), "FY": str(rng.randint(2019, 2024)), "FOUNDER": rng.choice(_FOUNDERS),
        "SHOW": rng.choice(_SHOWS), "h": rng.choice(["@bowl_and_bite", "@escape.dublin", "@jumpzone_ph", "@karting_nl", "@playbar_bp"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argue that {C}.", "{N} found that {C}, although their sample was drawn only from {A}.",
    "{N} concluded that {C}; this is directly relevant to {B}.", "{N} suggest that {C}.",
    "{N} describe leisure as a staged experience and show that {C}.", "{N} identified that {C}, particularly for {A}.",
    "{N} observed that {C} at venues across {CITY}.", "{N} warned that {C} when prices rise faster than wages.",
    "{N} reported that {C} in the Philippine leisure market.", "{N} makes the point that {C}.",
    "{N} measured {R} at {n} venues and found that {C}.", "{N} questioned whether {C}.",
    "{N} went further, claiming that {C} and that {C2}.", "{N} state that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "{O}, {N} found that {C}.", "This is consistent with {N}, who showed that {C}.", "According to {N}, {C}.",
    "{C}, as {N} point out.", "Research by {N} suggests that {C}.", "{B} is a good example: {N} showed that {C}.",
    "{C} – a view shared by {N}.", "Data from {N} show that {C}.", "A survey carried out by {N} found that {C}.",
    "In their study of Hungarian escape rooms, {N} found that {C}.", "It could be argued, following {N}, that {C}.",
    "{C}; however, {N} found the opposite for {A}.", "Evidence from {N} suggests that, for {A}, {C}.",
    "{C}, according to {N}.", "Unlike {B}, which relies on {T}, the operators studied by {N} found that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Using {N} framework, it is clear that {C}.", "{O}, {N} report concluded that {C}.",
    "{B} could apply {N} model, since {C}.", "According to {N} survey, {C}.", "{N} findings matter here because {C}.",
    "This reflects {N} argument that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "For {A}, {C} {P}.", "This matters because {C} {P}.", "It is often claimed that {C} {P:see}.",
    "Several studies report that {C} {P:e.g.}.", "{C}, especially at weekends {P}.", "In short, {C} {P}.",
    "{C}, which is why {B} invests in {T} {P}.", "Recent data confirm this – {C} {P}.",
    "A key point for {B} is that {C} {P}.", "{C} {P:see also}.", "{C} (as shown in Figure {q}) {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{C} {P:see}, whereas {C2}.",
    "Because {C} {P}, {B} should make sure that {C2}.", "Studies {P} agree that {C}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} increasingly buy experiences rather than things", "{T} lifts {R} among {A}",
    "{B}'s reliance on {T} leaves it exposed if footfall falls", "memorable experiences drive {R}",
    "competitive socialising appeals to adults who want to play without drinking heavily",
    "group bookings fill off-peak slots that would otherwise be empty", "dynamic pricing can feel unfair to families",
    "safety messages reassure parents without putting teenagers off", "online reviews shape where {A} spend their leisure time",
    "food and drink now earns as much as the games at many venues", "escape rooms depend on word of mouth more than advertising",
    "the cost-of-living crisis has made {A} more price-sensitive", "{T} works best when it is tied to a clear offer",
    "venues that refresh their games every year keep {A} coming back", "a sense of flow makes a visit feel shorter",
    "around {q} in 10 visits are booked less than a day ahead", "spending on days out has grown every year since {Y}",
    "{A} value staff who join in the fun", "a clear brand story helps venues such as {B} stand out",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In the UK", "In Ireland", "In Budapest",
    "In the Philippines", "For {B}'s marketing team", "Since the pandemic", "In the context of {B}", "Nevertheless",
    "From a customer perspective", "Consequently", "Looking at {B}'s competitors", "Overall", "In the US market",
]  # fmt: skip
PLAIN = [
    "{B} runs {q}2 venues and employs around {n} staff.", "This section analyses {B}'s current marketing mix.",
    "The table below sets out prices, opening hours and capacity for each site.", "{O}, {C}.",
    "A SWOT analysis of {B} is included in the appendix.", "Most bookings are made on mobile, and a third are for groups.",
    "The main competitors are {B} and two independent operators in {CITY}.",
    "Task 2 builds on this by proposing a twelve-month communications plan.",
    "The recommendations are costed and phased over three quarters.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one leisure text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{B} appears to accept that {Q} {P}.", "One review concluded that {Q} {P}.", "Marketers are told that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘eatertainment’", "‘competitive socialising’", "‘Instagrammable’", "‘experience economy’",
                "'drinktainment'", "‘edutainment’", "“immersive”", "‘FOMO’", "‘third place’", "'gamification'",
                "‘play for grown-ups’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} describes itself as {Q} {P}.", "So-called {Q} is a growing segment {P}.",
    "The term {Q} is used loosely across the industry {P}.", "This trend, often called {Q}, affects {A} most {P}.",
    "Critics see {Q} as a passing fad {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Strike! 2-for-1 games this week’", "‘Your {M} party is booked – here’s what to expect’",
                 "“Can you escape in 60 minutes?”", "‘Lights out: glow bowling is back’", "‘Bring the team – {M} packages now live’",
                 "'Last lanes left for Saturday'", "‘Jump into half-term’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} can lift bookings {P}.", "{B} used {Q} in its abandoned-booking email {P}.",
    "Short, urgent copy ({Q}, for example) works well with {A} {P}.", "The email {Q} was opened by more {A} than any other {P}.",
]  # fmt: skip

NOT_CITATIONS = {
    "venue-opening": ["{B} opened its {CITY} site in a former cinema (March {Y}).", "The {CITY} venue (opened {Y}) has {q}2 lanes."],
    "venue-relaunch": ["The {CITY} centre reopened after a £{n}k refit (relaunched {Y}).", "{B} relaunched {VEN} as a bar-led venue (autumn {Y})."],
    "game-name-year": ["The {GAME} room (launched {Y}) is still the best-seller.", "Players rate {GAME} (2nd edition, {Y}) above the original."],
    "attraction-name-year": ["The {GAME} ride (installed {Y}) is aimed at under-tens.", "{B}'s new attraction, {GAME} ({Y}), doubled weekday visits."],
    "takeover-listed": ["Bowlero's purchase of AMF's US centres (2013) made it the market leader.", "Ten Entertainment Group grew out of Essenden's bowling estate (renamed 2015)."],
    "merger": ["{B} merged with a smaller rival in {CITY} (deal closed {mo} {Y}).", "The two karting chains combined under one brand ({Y} merger)."],
    "takeover-unlisted": ["{B} was bought by a private-equity fund ({Y}, undisclosed sum).", "The sale of {B} to its managers ({Y}) kept the founders on the board."],
    "founder-year": ["{FOUNDER}, who opened the first site ({Y}), still chairs the board.", "The idea came from {FOUNDER} (then a student, {Y}) after a trip to Japan."],
    "founder-historic": ["Nolan Bushnell opened the first Chuck E. Cheese (1977) in San Jose.", "Parapark, often called Europe's first escape room, was opened in Budapest by Attila Gyurkovics (2011)."],
    "founding-listed": ["IAAPA (founded 1918) is the industry's largest trade body.", "BALPPA (est. 1936) represents parks, piers and attractions in the UK."],
    "founding-listed-2": ["The British Tenpin Bowling Association (formed 1961) governs the sport in England.", "Fáilte Ireland (set up in 2003) promotes domestic holidays."],
    "award": ["{B} won Best Family Entertainment Centre (UK Leisure Awards {Y}).", "The team was shortlisted for an industry award ({Y} finalist)."],
    "ranking": ["{B} was ranked #{q} of {n} things to do in {CITY} (Tripadvisor, {mo} {Y}).", "It appears in the city's top ten attractions ({Y} Travellers' Choice)."],
    "trade-show": ["{B} showed its new VR game at {SHOW} ({Y}).", "Suppliers launched several new lane systems (Amusement Expo, Las Vegas, {Y})."],
    "tournament": ["The venue hosted a national bowling final (PBA Regional, {Y}).", "{B} sponsors a junior karting series ({Y}–{Y2} season)."],
    "event": ["The {CITY} Escape Room Festival ({Y}) drew {n} teams.", "Its Halloween late nights (October {Y}) sold out in a week."],
    "safety-standard": ["All trampoline beds meet the European standard (EN 17229:2019).", "The climbing walls follow the playground standard (BS EN 1176-1:2017)."],
    "safety-standard-us": ["Parks are built to the ASTM trampoline standard (F2970-22).", "US operators follow the ride standard (ASTM F24 committee)."],
    "licence": ["The bar needs a premises licence (Licensing Act 2003) to serve after 11pm.", "Prize machines require a permit (Gambling Act 2005, section 7)."],
    "inspection-scheme": ["Every ride is inspected each year (ADIPS scheme).", "The karts passed their annual safety check (RoSPA inspection, {mo} {Y})."],
    "legislation-named": ["The Occupiers' Liability Act 1957 places a duty of care on every venue.", "The Dutch attractions decree (Warenwetbesluit attractie- en speeltoestellen) requires an annual inspection."],
    "price": ["A game costs {CUR} per person (off-peak).", "Lanes are charged by the hour ({CUR} per lane, shoes included)."],
    "offer": ["Weekday groups get a discount (2-for-1 before 5pm).", "The student deal ({CUR}, Monday to Thursday) fills quiet slots."],
    "party-package": ["The birthday package ({CUR} per child, minimum 10) includes food.", "Corporate packages start at a set price ({CUR} per head, 20+ guests)."],
    "currency-conversion": ["A room in Budapest costs about the same as in Dublin (HUF 15,990, roughly €40).", "Prices in Manila are far lower (₱650, about £9)."],
    "date": ["The venue reopened after flooding (Saturday {d} {mo} {Y}).", "Bookings peaked on one day ({d} December {Y})."],
    "covid-closure": ["Indoor venues stayed shut for months (March 2020 to May 2021 in England).", "Philippine arcades reopened late (community quarantine, 2020–2021)."],
    "survey-wave": ["Visitor satisfaction rose between waves (Wave {q}, {Y}).", "The panel was asked again a year later (wave {q}, n = {n})."],
    "product-launch": ["{B} added duckpin bowling to {VEN} (launched {mo} {Y}).", "The new app (version {q}.0, {Y}) lets groups split the bill."],
    "percentage-year": ["Weekday bookings rose sharply ({pc}% up on {Y}).", "Secondary spend is now a big share of revenue ({pc}% in FY{FY})."],
    "figures": ["Most respondents preferred to book online (n = {n}).", "Dwell time averaged just over two hours (Table {q})."],
    "financial-year": ["Revenue grew strongly (FY{FY}: £{n}m).", "Like-for-like sales recovered ({FY}/{Y2} trading year)."],
    "quarter": ["Trading was strongest over the holidays (Q{q} {Y}).", "Corporate bookings fell early in the year (Q1 {FY})."],
    "rating": ["Reviews are mostly positive (4.{q}/5 on Google, {n} reviews).", "The {CITY} site scores well online (Tripadvisor 4.{q}, {n}+ reviews)."],
    "opening-hours": ["The venue is open late at weekends (10am–1am, Fri–Sat).", "Under-18s must leave early (last entry 7pm)."],
    "age-height-rule": ["Karts have a height limit (minimum 1.{q}0m).", "Toddler sessions are for the very young (ages 1–5, with an adult)."],
    "group-size": ["Each room takes a small team (2–6 players).", "Larger groups are split across lanes (up to {q}6 bowlers)."],
    "capacity": ["The park limits numbers for safety ({n} jumpers per session).", "The bar holds a large crowd (capacity {n}, licensed)."],
    "record": ["The fastest team escaped quickly (record: 38 min {q}s, {Y}).", "A local driver set the lap record (31.{q}2s, {mo} {Y})."],
    "perfect-game": ["A league player rolled a perfect game (300, {mo} {Y}).", "The venue's high score still stands (289, set in {Y})."],
    "visitor-numbers": ["The park is busy all year ({n},000 visitors in {Y}).", "Attendance recovered after reopening ({n}k admissions, FY{FY})."],
    "handle-or-address": ["Customers message the team on Instagram ({h}).", "Most bookings come through the website (www.bowlandbite.co.uk)."],
    "postcode": ["The new site sits on a retail park (Unit {q}, M{q} 5AB).", "It is easy to reach by tram (Stop {q}, Zone 1)."],
    "promo-code": ["Email subscribers get 15% off (code STRIKE{q}0).", "The {M} offer ran on social media (code JUMP{q}{q})."],
    "vat": ["Ticket prices include tax (VAT at 20%).", "Irish venues benefited from the lower rate (9% VAT, until 2023)."],
    "campaign-name": ["The ‘Strike Season’ campaign (summer {Y}) targeted students.", "Its ‘Play Local’ push ({mo}–{mo} {Y}) ran on TikTok."],
    "franchise-deal": ["{B} signed a franchise partner in {CITY} (deal signed {Y}).", "The brand expanded through master franchises (three countries, {Y}–{Y2})."],
    "sponsorship": ["The bar sponsors the local darts league ({Y}–{Y2} season).", "{B} became the official partner of a football club (three-year deal, {Y})."],
    "abbreviation": ["Family entertainment centres (FECs) combine several activities under one roof.", "Food and beverage (F&B) margins matter more than game income.",
                     "The Health and Safety Executive (HSE) publishes guidance on inflatables."],
    "membership": ["Regulars can buy a monthly pass (Bowl Pass, {CUR}/month).", "The annual membership (unlimited jumps, {Y} pricing) sold well."],
    "cross-reference": ["This is discussed further in Task 2 (b).", "The customer persona (Appendix {q}) draws on five interviews."],
    "ip-licence": ["The room is themed on a film franchise (licensed {Y}).", "{B}'s arcade adds a cartoon tie-in (two-year licence, {Y}–{Y2})."],
}  # fmt: skip
