"""Prose for the twenty-eighth held-out pool, "blind28": sentence frames, claims and non-citation decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses.

Written by a twenty-eighth hand, without reading the checker, its tests or the other pools' frames, decoys and works,
from how hospitality, travel and tourism marketing students and managers in Spain, Italy, Greece, Portugal, Turkey,
Cyprus and Malta write CIM assignments in English: seasons, occupancy, overtourism, destination brands, cruise calls,
festivals and heritage sites, for hotel chains, boutique hotels, cruise lines, low-cost airlines, tour operators, wine
estates, beach clubs, museums and regional tourism boards. Citations open and sit inside sentences, follow "as
noted by", "according to" and "following", stand in table and figure notes and carry "see" and "cf." inside the
bracket. The decoys are text with a capitalised name, a year, a bracket or quotation marks that is not a
citation; their kinds are the keys of NOT_CITATIONS below.

Placeholders: ``{N}`` narrative citation, ``{P}`` parenthetical citation (``{P:see}`` writes a word inside its
bracket), ``{Q}`` a quotation or quoted words, ``{C}``/``{C2}`` a claim, ``{O}`` an opener, ``{B}`` a brand,
``{A}`` an audience, ``{R}`` a result, ``{T}`` a tactic, ``{Y}``/``{Y2}`` years, ``{n}``/``{q}``/``{d}`` numbers, and the
keys of ``values()`` below. Decoy frames hold no citation slot. Claims are clauses in lower case with no full
stop; openers are phrases written before a comma.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} shows that {C}.",
    "{N} argues that {C}, which matters for {B}.",
    "{N} found that {C}.",
    "{N} points out that {C}, especially in the shoulder season.",
    "{N} suggests that {C}; for {dest} this is clearly the case.",
    "{N} makes a similar point: {C}.",
    "{N} reports that {C}, although the data stop before the pandemic.",
    "{N} warns that {C}.",
    "{N} describes how {C}.",
]  # fmt: skip

NARRATIVE_MID = [
    "As noted by {N}, {C}.",
    "According to {N}, {C}.",
    "{O}, {N} observes that {C}.",
    "For {dest}, {N} notes that {C}.",
    "This agrees with {N}, who found that {C}.",
    "Following {N}, this report assumes that {C}.",
    "In the case of {B}, {N} is useful because {C}.",
    "Here the work of {N} helps: {C}.",
    "Table {q} is adapted from {N} and shows that {C}.",
    "Source: adapted from {N}.",
    "It is also true, as {N} explains, that {C}.",
]  # fmt: skip

POSSESSIVE = [
    "{N} study of {dest} shows that {C}.",
    "Using {N} model, {C}.",
    "{O}, {N} findings suggest that {C}.",
    "{N} framework is applied here because {C}.",
    "This report draws on {N} work on {dest}, where {C}.",
]  # fmt: skip

PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "In {dest}, {C} {P}.",
    "{C}, and {C2} {P}.",
    "For {B}, {C} {P:see}.",
    "{C} {P:cf.}.",
    "Figure {q}: arrivals by month at {dest} {P}.",
    "Table {q}: occupancy and ADR for {B}, {Y} {P}.",
    "{C}, particularly in July and August {P}.",
]  # fmt: skip

PARENTHETICAL_MID = [
    "{C} {P}, so {C2}.",
    "Recent studies {P} agree that {C}.",
    "Overtourism {P} is now a real risk for {dest}, and {C}.",
    "The destination life cycle {P} suggests that {C}.",
    "{O}, the evidence {P} shows that {C}.",
    "{C} {P:see}, which is why {B} changed its approach.",
    "Visitors to {dest} {P} now stay {q} nights on average, and {C}.",
]  # fmt: skip

CLAIMS = [
    "occupancy in the shoulder months has risen faster than in the peak",
    "cruise passengers spend far less per head than overnight visitors",
    "residents' support for tourism falls as crowding rises",
    "boutique hotels compete on experience rather than on price",
    "low-cost airlines have opened new markets for small islands",
    "online reviews shape where first-time visitors book",
    "festivals can spread demand across the year",
    "wine tourism lengthens the average stay in rural regions",
    "destination brands work best when residents recognise themselves in them",
    "heritage sites need timed tickets to manage peaks",
    "Gen Z travellers look for authentic local experiences",
    "direct bookings protect a hotel's margin from OTA commission",
    "short-term rentals push up housing costs in historic centres",
    "tourist taxes rarely reduce visitor numbers on their own",
    "repeat visitors are the most profitable segment for beach resorts",
    "Instagram has turned quiet villages into crowded viewpoints",
    "seasonality remains the main weakness of Mediterranean destinations",
    "revenue management depends on accurate demand forecasts",
    "museums reach younger visitors through short-form video",
    "loyalty programmes matter less to leisure guests than to business guests",
]  # fmt: skip

OPENERS = [
    "In the Mediterranean", "After the pandemic", "For a small island", "In peak season", "From a marketing point of view",
    "For the hotel I work in", "At destination level", "In the short term", "For cruise ports", "In southern Europe",
    "On the other hand", "For tour operators",
]  # fmt: skip

PLAIN = [
    "This section looks at the external environment of {B}.",
    "The next part applies these ideas to {dest}.",
    "Our property has {n} rooms and is open from April to October.",
    "The recommendations are set out in Section {q}.",
    "Most of our guests come from the UK, Germany and Scandinavia.",
    "Appendix {q} gives the full interview notes.",
    "The team meets every Monday to review the pick-up report.",
    "This is a real problem for a seasonal business.",
]  # fmt: skip

QUOTE_FRAMES = [
    "{N} writes that {Q}.",
    "As {N} puts it, {Q}.",
    "Tourism is described as {Q} {P}.",
    "{Q} {P}.",
    "One author warns that {Q} {P}.",
    "{N} concludes: {Q}.",
    "The key point is that {Q} {P}, which {B} should take seriously.",
]  # fmt: skip

SCARE_QUOTES = ["‘authentic’", "‘hidden gem’", "‘sustainable’", "‘all-inclusive’", "‘luxury’", "‘undiscovered’",
                "‘off the beaten track’", "‘quality tourism’", "‘eco’ resort", "‘Instagrammable’"]  # fmt: skip
SCARE_FRAMES = [
    "Many hotels now call themselves {Q} {P}.",
    "{N} doubts that a {Q} label means much to guests.",
    "Words such as {Q} are used so often that they lose meaning {P}.",
    "The brochure promises something {Q}, yet {N} shows guests expect more.",
]  # fmt: skip

SUBJECT_LINES = ["‘Your summer in {dest} starts here’", "‘Last rooms for August: book direct and save 15%’",
                 "‘cheap flights to {dest}’", "‘Early-bird offer ends Friday’", "‘{dest} wine tour’",
                 "“Welcome back – your room upgrade is waiting”"]  # fmt: skip
SUBJECT_FRAMES = [
    "An email with the subject line {Q} had the best open rate, in line with {N}.",
    "The search term {Q} brings most traffic, as {P} would predict.",
    "We tested {Q} against a plainer version {P}.",
    "Guests searched for {Q}, which supports {N}.",
]  # fmt: skip

NOT_CITATIONS: dict[str, list[str]] = {
    "festival-with-year": ["The Feria de Abril {Y} filled every hotel in Seville for a week.", "We sponsored the Malta Jazz Festival {Y} stage."],
    "event-edition": ["The {Y} Venice Biennale brought a younger audience to the city.", "Sales doubled during Carnevale di Venezia {Y}."],
    "campaign-name": ["The ‘Visit Portugal – Can’t Skip {Y}’ campaign targeted city breakers.", "Our Summer Escape {Y} campaign ran on Meta and Google."],
    "award-with-year": ["The hotel won World Travel Awards Europe’s Leading Boutique Hotel {Y}.", "{B} was named Best Beach Club, Greek Tourism Awards {Y}."],
    "product-with-year": ["The Costa Smeralda {Y} itinerary added a call in Valletta.", "We launched the Wine Lovers Package {Y} in March."],
    "ship-name": ["MSC World Europa (launched {Y}) now calls at Piraeus every week.", "The Celebrity Apex called at {dest} {n} times in {Y}."],
    "tv-series": ["Bookings rose after the Netflix series The White Lotus (season {q}) was set in Sicily.", "Mamma Mia! (2008) still brings visitors to Skopelos."],
    "song-title": ["The advert used Domenico Modugno’s ‘Volare’ from 1958 as its soundtrack.", "The video featured ‘Despacito’ ({Y} remix) and reached {n}k views."],
    "law-name": ["The Ley de Costas 1988 limits building on the beach front.", "The Greek Law 4582/2018 set new rules for thematic tourism."],
    "eu-regulation": ["Since Regulation (EU) 2024/1028 took effect, hosts must register.", "The Package Travel Directive 2015 changed our booking terms."],
    "standard-code": ["The hotel holds ISO 14001:2015 and Green Key certification.", "Our spa follows ISO 21101:2014 for adventure activities."],
    "financial-period": ["Revenue in FY{Y} was €{n} million.", "In Q{q} {Y} RevPAR rose {d}% on the year."],
    "figure-bracket": ["Arrivals reached {n},000 ({Y} figures).", "Average daily rate was €{n} ({Y} revenue basis)."],
    "season-year": ["Summer {Y} was the busiest season on record.", "Winter {Y}/{Y2} saw {d} weekly flights to {dest}."],
    "job-title": ["Maria Costa (Revenue Manager, {Y}) approved the new rates.", "I spoke to Nikos, Head of Sales since {Y}, about group bookings."],
    "interviewee": ["Interview with the general manager of {hotel}, {d} March {Y}.", "Giorgos (front office, interviewed {Y}) said guests ask for late check-out."],
    "place-with-year": ["Matera, European Capital of Culture 2019, is now a case study.", "Valletta 2018 showed what a culture year can do for a small city."],
    "heritage-inscription": ["The Alhambra, on the UNESCO list since 1984, sells out weeks ahead.", "Hal Saflieni Hypogeum (inscribed 1980) limits entry to {n} people a day."],
    "abbreviation-year": ["The COVID-19 crisis hit Mediterranean tourism hardest in 2020.", "The SDG 8.9 target asks for sustainable tourism by 2030."],
    "route-launch": ["Ryanair’s Bari–Malta route (from {Y}) sells well.", "Pegasus started Istanbul–Lisbon flights in {Y}."],
    "hotel-opening": ["{hotel} (opened {Y}) has {n} rooms.", "The rooftop bar, open since {Y}, is the hotel’s best review driver."],
    "brand-founded": ["Iberostar (founded 1956) is still family owned.", "{B}, founded in {Y}, has {n} properties."],
    "price-bracket": ["A double room costs €{n} (breakfast included).", "The tourist tax is €{q} per night (children free)."],
    "date-range": ["The season runs from {d} April to {d} October.", "Our survey ran from 1 to {d} June {Y}."],
    "map-reference": ["See Map {q} (Appendix {q}) for the new cruise terminal.", "Figure {q} (p. {n} of the appendix) shows the guest journey."],
    "section-reference": ["Section {q}.{q} (above) covers pricing.", "As discussed in Chapter {q}, the brand needs a refresh."],
    "hashtag": ["The #VisitMalta{Y} hashtag reached {n}k posts.", "Guests used #SantoriniSunset and #{dest}{Y} most."],
    "handle": ["We partnered with @greekislandhopper (2.1m followers).", "The post by @lisbonfoodie reached {n}k people."],
    "rating-score": ["The hotel scores 9.2 (Booking.com, {n} reviews).", "Our TripAdvisor rating is 4.5/5 ({n} reviews)."],
    "percent-change": ["Cruise calls fell {d}% (2019 vs 2023).", "Overnight stays grew {d}% ({Y}–{Y2})."],
    "survey-sample": ["Our guest survey (n = {n}) was run in {Y}.", "A sample of {n} residents (aged 18+) answered."],
    "model-name": ["The Tourism Area Life Cycle (TALC) model has six stages.", "The 7Ps of services marketing frame Section {q}."],
    "ordinal-year": ["This was the {q}th edition of the fair since {Y}.", "{B} marks its 25th anniversary in {Y}."],
    "vintage": ["The estate’s {Y} Assyrtiko won a gold medal.", "Guests tasted the Douro {Y} vintage on the tour."],
    "anniversary": ["{dest} celebrates {n} years of tourism in {Y}.", "The museum’s centenary (1925–2025) brought new sponsors."],
    "capitalised-phrase": ["Sun, Sea and Sand is no longer enough for Gen Z.", "The Grand Tour shaped how Italy sells itself."],
    "trade-fair": ["We met tour operators at FITUR {Y} in Madrid.", "The team attended WTM London {Y} and ITB Berlin {Y2}."],
    "currency-year": ["Prices are in {Y} euros (€).", "Spend per visitor was €{n} (constant {Y} prices)."],
    "occupancy-figure": ["Occupancy reached {d}% in August ({n} rooms sold).", "RevPAR was €{n} (up {d}%)."],
    "question-bracket": ["Why do guests book late (and what can we do)?", "Which channel works best (email or Instagram)?"],
    "name-and-age": ["One guest (Ana, {age}) said the beach was too crowded.", "Kemal ({age}), a taxi driver, welcomed the cruise ships."],
    "mission-statement": ["Our mission is ‘Malta, more to explore’ since {Y}.", "The board’s tagline is ‘Cyprus in your heart’."],
    "slogan-quoted": ["The slogan ‘Andalucía, live it’ appears on every poster.", "Turkey rebranded as ‘Türkiye’ in {Y}."],
    "flight-number": ["Flight FR{n} from Stansted lands at {time}.", "Route A3 {n} (Athens–Heraklion) runs daily."],
    "strategy-plan": ["The Tourism Strategy 2030 for Greece aims at year-round demand.", "Malta’s Tourism Policy 2021-2030 focuses on quality."],
}  # fmt: skip

BRANDS = ["Meliá", "Iberostar", "Pestana", "Corinthia", "MSC Cruises", "Costa Crociere", "Aegean Airlines", "Pegasus",
          "Vueling", "Volotea", "Jet2holidays", "TUI", "Ikos Resorts", "Grecotel", "Barceló", "Louis Hotels",
          "Nikki Beach", "Quinta da Aveleda", "Uffizi Galleries", "Visit Algarve", "Kerzner", "Minoan Lines"]  # fmt: skip

DESTINATIONS = ["Mallorca", "Santorini", "Dubrovnik", "Valletta", "Gozo", "Paphos", "Cappadocia", "Bodrum", "Porto",
                "Madeira", "Sicily", "Cinque Terre", "Rhodes", "Ibiza", "Seville", "Lisbon", "Naxos", "Antalya"]  # fmt: skip
HOTELS = ["Hotel Miramare", "Casa do Rio", "Villa Ariadne", "Palazzo Lo Bianco", "Corinthia St George's", "Ayia Napa Beach Hotel",
          "Hotel Doña María", "Kalimera Suites"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """This pool's own fill values, drawn after the builder's."""
    return {
        "dest": rng.choice(DESTINATIONS),
        "hotel": rng.choice(HOTELS),
        "age": str(rng.randint(19, 74)),
        "time": f"{rng.randint(6, 23):02d}:{rng.choice(['05', '20', '35', '50'])}",
    }
