"""Prose for the blind303 pool: marketers at Florida theme parks, cruise lines, golf and retirement communities,
citrus brands, hotels and destination-marketing bodies in the US, the UK, Canada and Brazil, writing CIM Level 6
and 7 reports and MBA assignments in English on experience, loyalty, family travel, seniors and digital channels.

Placeholders are the corpus's own ({N}, {P}, {Q}, {C}, {C2}, {O}, {B}, {A}, {T}, {R}, {Y}, {n}, {q}, {d}, {M})
and these from ``values``: {park} and {park_y} a park and its opening year, {land}/{land_y}, {ride}/{ride_y},
{ship}/{ship_y}, {cls}/{cls_y} a ship class and its first ship's year, {port}, {storm}/{storm_y}, {county},
{town}, {fest}, {launch}/{launch_y}, {tier}, {film}/{film_y}, {hotel}/{hotel_y}, {usd} a dollar price, {mil} a
figure in millions, {pc} a percentage's number, {Y3} a recent year, {ch} a channel.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Walt Disney World", "Universal Orlando", "SeaWorld Orlando", "Busch Gardens Tampa Bay", "LEGOLAND Florida",
          "Royal Caribbean", "Carnival", "Norwegian Cruise Line", "The Villages", "Tropicana", "Florida's Natural",
          "Publix", "Visit Florida", "Visit Orlando", "Greater Miami Convention & Visitors Bureau",
          "Visit St. Pete/Clearwater", "Kennedy Space Center Visitor Complex", "Disney Cruise Line", "Gaylord Palms",
          "Discovery Cove", "Margaritaville Resort Orlando", "TPC Sawgrass"]  # fmt: skip

_PARKS = [("Magic Kingdom", "1971"), ("EPCOT", "1982"), ("Disney's Hollywood Studios", "1989"), ("Disney's Animal Kingdom", "1998"),
          ("Universal Studios Florida", "1990"), ("Islands of Adventure", "1999"), ("Epic Universe", "2025"),
          ("SeaWorld Orlando", "1973"), ("Busch Gardens Tampa", "1959"), ("LEGOLAND Florida", "2011"), ("Volcano Bay", "2017")]  # fmt: skip
_LANDS = [("Galaxy's Edge", "2019"), ("Pandora – The World of Avatar", "2017"), ("Diagon Alley", "2014"),
          ("Toy Story Land", "2018"), ("Hogsmeade", "2010"), ("Sesame Street Land", "2019"), ("Super Nintendo World", "2025")]  # fmt: skip
_RIDES = [("VelociCoaster", "2021"), ("Guardians of the Galaxy: Cosmic Rewind", "2022"), ("TRON Lightcycle / Run", "2023"),
          ("Iron Gwazi", "2022"), ("Pipeline: The Surf Coaster", "2023"), ("Mako", "2016"), ("Hagrid's Magical Creatures Motorbike Adventure", "2019"),
          ("Tiana's Bayou Adventure", "2024"), ("Space Mountain", "1975")]  # fmt: skip
_SHIPS = [("Icon of the Seas", "2024"), ("Utopia of the Seas", "2024"), ("Carnival Celebration", "2022"), ("Mardi Gras", "2021"),
          ("Norwegian Prima", "2022"), ("Disney Wish", "2022"), ("Wonder of the Seas", "2022"), ("Star of the Seas", "2025")]  # fmt: skip
_CLASSES = [
    ("Oasis class", "2009"),
    ("Icon class", "2024"),
    ("Excel class", "2020"),
    ("Prima class", "2022"),
    ("Quantum class", "2014"),
    ("Breakaway class", "2013"),
]
_PORTS = [
    "PortMiami",
    "Port Canaveral",
    "Port Tampa Bay",
    "Port Everglades",
    "Port of Jacksonville",
    "Port of Southampton",
]
_STORMS = [
    ("Ian", "2022"),
    ("Irma", "2017"),
    ("Milton", "2024"),
    ("Andrew", "1992"),
    ("Michael", "2018"),
    ("Helene", "2024"),
    ("Charley", "2004"),
]
_COUNTIES = [
    "Osceola County",
    "Orange County",
    "Sumter County",
    "Pinellas County",
    "Brevard County",
    "Polk County",
    "Miami-Dade County",
    "Lake County",
]
_TOWNS = [
    ("Kissimmee", "1883"),
    ("Celebration", "1996"),
    ("The Villages", "1983"),
    ("Winter Garden", "1908"),
    ("Lake Buena Vista", "1967"),
    ("Cocoa Beach", "1925"),
]
_FESTS = ["EPCOT International Food & Wine Festival", "EPCOT International Flower & Garden Festival", "Mardi Gras at Universal",
          "Howl-O-Scream", "Art Basel Miami Beach", "Gasparilla Pirate Festival", "Calle Ocho Music Festival", "Mickey's Not-So-Scary Halloween Party"]  # fmt: skip
_LAUNCHES = [
    ("Artemis I", "2022"),
    ("Crew-1", "2020"),
    ("Falcon Heavy", "2018"),
    ("Apollo 11", "1969"),
    ("Inspiration4", "2021"),
    ("STS-135", "2011"),
]
_TIERS = ["Pinnacle Club", "Diamond Plus", "Platinum", "Latitudes Gold", "Emerald", "Crown & Anchor Diamond"]
_FILMS = [
    ("Frozen", "2013"),
    ("Jurassic World", "2015"),
    ("Avatar", "2009"),
    ("The Super Mario Bros. Movie", "2023"),
    ("Moana", "2016"),
    ("Harry Potter and the Philosopher's Stone", "2001"),
]
_HOTELS = [("Gaylord Palms", "2002"), ("Loews Sapphire Falls", "2016"), ("Four Seasons Orlando", "2014"), ("Disney's Grand Floridian", "1988"),
           ("The Don CeSar", "1928"), ("Fontainebleau Miami Beach", "1954")]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use."""
    park, park_y = rng.choice(_PARKS)
    land, land_y = rng.choice(_LANDS)
    ride, ride_y = rng.choice(_RIDES)
    ship, ship_y = rng.choice(_SHIPS)
    cls, cls_y = rng.choice(_CLASSES)
    storm, storm_y = rng.choice(_STORMS)
    town, town_y = rng.choice(_TOWNS)
    launch, launch_y = rng.choice(_LAUNCHES)
    film, film_y = rng.choice(_FILMS)
    hotel, hotel_y = rng.choice(_HOTELS)
    return {
        "park": park, "park_y": park_y, "land": land, "land_y": land_y, "ride": ride, "ride_y": ride_y,
        "ship": ship, "ship_y": ship_y, "cls": cls, "cls_y": cls_y, "port": rng.choice(_PORTS), "storm": storm,
        "storm_y": storm_y, "county": rng.choice(_COUNTIES), "town": town, "town_y": town_y, "fest": rng.choice(_FESTS),
        "launch": launch, "launch_y": launch_y, "tier": rng.choice(_TIERS), "film": film, "film_y": film_y,
        "hotel": hotel, "hotel_y": hotel_y, "usd": str(rng.randint(59, 219)), "mil": f"{rng.randint(2, 140)}.{rng.randint(1, 9)}",
        "pc": str(rng.randint(4, 78)), "Y3": str(rng.randint(2019, 2025)),
        "ch": rng.choice(["Instagram", "TikTok", "the mobile app", "email", "YouTube", "Facebook groups", "paid search", "WhatsApp"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although their sample was drawn from a single park.",
    "{N} concluded that {C}, which is directly relevant to {B}.", "{N} showed that {C} among {A}.",
    "{N} suggest that {C}; {B}'s own guest data points the same way.", "{N} noted that {C}.",
    "{N} identified that {C}, particularly for families with young children.", "{N} state that {C}.",
    "{N} reported that {C} in the Orlando market.", "{N} observed that, since {Y3}, {C}.",
    "{N} went further, claiming that {C} and that {C2}.", "{N} explains that {C} (for example, through {T}).",
    "{N} warn that {C} once a hurricane season disrupts bookings.",
]  # fmt: skip
NARRATIVE_MID = [
    "In their study of Florida attractions, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is consistent with {N}, who found that {C}.", "{C}, which supports the findings of {N}.",
    "{C} – a view shared by {N}.", "As highlighted by {N}, {C}.", "Research by {N} suggests that {C}.",
    "According to {N}, {C}.", "A survey carried out by {N} found that {C}.",
    "{B} illustrates the point well: {N} showed that {C}.", "Evidence from {N} suggests that, for {A}, {C}.",
    "Data from {N} show that {C}.", "{C}, according to {N}.", "Following {N}, it could be argued that {C}.",
    "For a cruise line such as {B}, the lesson from {N} is that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Using {N} framework, it is clear that {C}.", "{O}, {N} report concluded that {C}.",
    "{B} could apply {N} model, since {C}.", "{N} findings matter here because {C}.", "This reflects {N} argument that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For {A}, {C} {P}.", "This matters because {C} {P}.",
    "It is often claimed that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.",
    "{C}, especially on {ch} {P}.", "{B}'s results suggest {C} {P}.", "In short, {C} {P}.",
    "{C}, which is why {B} invests in {T} {P}.", "Recent US data confirm this – {C} {P}.", "{C} {P:see also}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "Some sources {P:e.g.} argue that {C}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "repeat visitors to {B} spend more per day than first-time guests", "{A} book further ahead when prices are dynamic",
    "{T} raises {R} among {A}", "families choose Orlando for the parks but remember the hotel", "{A} trust reviews on {ch} more than brand claims",
    "a tiered loyalty programme keeps cruise guests sailing with one line", "seniors value safety and accessibility above novelty",
    "British visitors stay longer in Florida than domestic ones", "Brazilian shoppers combine park visits with outlet shopping",
    "Canadian snowbirds respond to exchange rates more than to advertising", "hurricane coverage in the news depresses bookings for weeks",
    "{B} relies on {T} more than its rivals do", "immersive lands lift {R} more than single rides do",
    "the wait for a ride shapes the whole day's satisfaction", "memorable experiences drive revisit intention",
    "destination marketing works best when hotels and attractions share data", "citrus brands trade on Florida's sunshine image",
    "retirement communities sell a lifestyle rather than a house", "golf packages attract higher-spending visitors",
    "mobile apps reduce perceived waiting time", "price rises have pushed some {A} towards shorter stays",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "Similarly", "At the same time", "In Florida", "Since the pandemic",
           "For cruise lines", "From a guest's perspective", "Nevertheless", "In the case of {B}", "More recently",
           "Looking at {B}'s competitors", "For the UK market"]  # fmt: skip
PLAIN = [
    "{B} sells through its own app, its website and tour operators in the UK and Brazil.",
    "This report analyses {B}'s digital channels and makes costed recommendations.",
    "{B}'s Instagram account has over {n}k followers, but engagement is falling.",
    "The recommendations are phased over twelve months.", "{O}, {C}.",
    "A SWOT analysis of {B} is included in the appendix.", "The main competitors are {B} and two regional attractions.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one services text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{N} put it plainly: {Q}.", "The point is made directly that {Q} {P}, which {B} should note.",
    "Marketers are reminded that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘pixie dust’", "“revenge travel”", "‘bleisure’", "“the Disney difference”", "‘snowbirds’", "“wow moments”",
                "‘shrinkflation’", "“skip the line”", "‘cruise virgins’", "“edutainment”"]  # fmt: skip
SCARE_FRAMES = [
    "Parks now speak of {Q} as a selling point {P}.", "{B} calls this {Q} {P}.", "So-called {Q} has reshaped pricing {P}.",
    "The term {Q} is used loosely in the industry {P}.", "{N} describe this as {Q}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your Florida summer starts here’", "“Kids sail free: book by Friday”", "‘Last chance: {M} savings end tonight’",
                 "“Your cabin is waiting”", "‘Members save 20% on tickets this week’", "“Sunshine State, no jacket needed”"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} lifted open rates {P}.", "{B} used {Q} in its abandoned-booking email {P}.",
    "Messages like {Q} work because they create urgency {P}.", "The email {Q} was opened by more {A} than any other {P}.",
]  # fmt: skip

# Text with brackets, years, figures and quotation marks that is no citation.
NOT_CITATIONS = {
    "park-opening": ["{B} still trades on the original gate ({park}, {park_y}).", "The first park ({park}, {park_y}) set the template for the resort.",
                     "Families still rank the classic park first ({park}, opened {park_y})."],
    "land-opening": ["The newest land ({land}, {land_y}) was marketed as a story world.", "Bookings jumped when the land opened ({land}, {land_y}).",
                     "Themed lands ({land}, {land_y}) now anchor most campaigns."],
    "ride-opening": ["The headline coaster ({ride}, {ride_y}) drove a spike in annual-pass sales.", "Queues for the new ride ({ride}, {ride_y}) topped three hours.",
                     "The park's signature attraction ({ride}, {ride_y}) features in every advert."],
    "ship-maiden": ["The newest ship ({ship}, {ship_y}) sailed full from its first voyage.", "Launch content for the ship ({ship}, {ship_y}) ran on {ch}.",
                    "Demand for the flagship ({ship}, {ship_y}) outstripped supply."],
    "ship-class": ["Larger ships ({cls}, {cls_y}) changed what a family cruise looks like.", "The line kept investing in one design ({cls}, {cls_y}).",
                   "Cabins on the newer vessels ({cls}, {cls_y}) sell at a premium."],
    "port-year": ["Sailings from the busiest port ({port}, {Y3}) set a record.", "New berths opened at the home port ({port}, {Y3}).",
                  "Passenger numbers rose at the main embarkation point ({port}, {Y3})."],
    "terminal": ["The line opened its own building (Terminal A, 2018) at PortMiami.", "Embarkation moved to a new hall (Terminal 3, 2020).",
                 "A new cruise terminal (CT{q}, {Y3}) cut check-in times."],
    "hurricane-named": ["Bookings fell sharply after the storm (Hurricane {storm}, {storm_y}).", "Several parks closed for two days (Hurricane {storm}, {storm_y}).",
                        "Insurance costs rose along the Gulf coast (Hurricane {storm}, {storm_y})."],
    "storm-short": ["The resort reopened within a week of the storm ({storm}, {storm_y}).", "Cancellations spiked after the last major landfall ({storm}, {storm_y}).",
                    "Guests remembered the evacuation ({storm}, {storm_y}) for years."],
    "county-year": ["Tourist tax receipts hit a record ({county}, {Y3}).", "Hotel occupancy was strongest in the parks' home county ({county}, {Y3}).",
                    "Population growth is fastest among over-65s ({county}, {Y3})."],
    "town-year": ["The planned town ({town}, {town_y}) is part of the brand story.", "Short-term rentals expanded quickly ({town}, {Y3}).",
                  "Golf-cart traffic is part of daily life there ({town}, {Y3})."],
    "attendance-year": ["{park} welcomed {mil} million visits ({Y3}).", "Attendance reached {mil} million guests ({Y3}), a new high.",
                        "The resort drew {mil} million visitors ({Y3})."],
    "quarter": ["Revenue per guest rose again (Q{q} {Y3}).", "Cruise bookings hit a record in the wave season (Q1 {Y3}).",
                "Occupancy dipped in the slowest months (Q{q} FY{Y3})."],
    "ticket-price": ["A one-day ticket now costs ${usd} a day ({Y3}).", "Peak-date tickets reached ${usd} ({Y3} prices).",
                     "Parking alone is $30 a day ({Y3})."],
    "annual-pass": ["Sales of the top pass ({tier} level, {Y3}) were paused.", "The resort relaunched its passes (Incredi-Pass, {Y3}).",
                    "Florida residents were offered a cheaper pass (Pixie Dust Pass, {Y3})."],
    "citrus-season": ["The crop was the smallest in a century (2022–23 season).", "Growers blamed greening for the fall ({Y}–{Y2} season).",
                      "Juice prices rose sharply after a poor harvest ({Y}–{Y2} forecast)."],
    "box-count": ["Florida produced only 18 million boxes of oranges ({Y3}).", "The final forecast was {n} million boxes ({Y3}).",
                  "Output fell to {q}{q}.{q} million boxes (2022–23)."],
    "festival": ["The food festival ({fest}, {Y3}) drew repeat local visitors.", "Sponsors paid a premium for the event ({fest}, {Y3}).",
                 "{B} ran its biggest campaign around the festival ({fest}, {Y3})."],
    "hhn": ["The Halloween event (Halloween Horror Nights 33, {Y3}) sold out on weekends.", "Halloween Horror Nights 3{q} ({Y3}) was marketed heavily on {ch}.",
            "Night events (Halloween Horror Nights, since 1991) lift autumn revenue."],
    "art-basel": ["Hotels in Miami Beach raised rates for the fair (Art Basel Miami Beach, {Y3}).", "Luxury brands used the fair (Art Basel Miami Beach, 2022) to launch products.",
                  "Rates peaked during the December fair (Art Basel, {Y3})."],
    "launch": ["Visitor numbers rose around the launch ({launch}, {launch_y}).", "The complex ran viewing packages for the mission ({launch}, {launch_y}).",
               "A historic flight ({launch}, {launch_y}) features in the visitor complex's story."],
    "retirement-phase": ["New homes sold out quickly (Phase 3, 2015).", "The developer opened its southern villages (Phase {q}, {Y3}).",
                         "Amenity centres were added in the latest stage (Phase {q}, {Y})."],
    "village-opening": ["The newest villages (Village of Fenney, 2016) target younger retirees.", "Sales in the southern villages (Village of Eastport, {Y3}) were strong.",
                        "A new town square (Brownwood Paddock Square, 2014) extended the brand."],
    "loyalty-tier": ["Only the most loyal cruisers reach the top tier ({tier}, {Y3}).", "The line added benefits for high-tier members ({tier}, {Y3}).",
                     "Members at the second level (Diamond, {Y3} rules) earn free drinks."],
    "slogan": ["The campaign slogan, ‘The Most Magical Place on Earth’ (since 1971), still appears in ads.", "Its line “Vacation Like You Mean It” ({Y3}) runs on every channel.",
               "The orange juice tagline ‘Florida Sunshine in Every Glass’ ({Y}) tested well."],
    "guests-figure": ["Guest satisfaction stayed above 90% ({Y3} guests).", "Spending per head rose again ({Y3} guests, {pc}% repeat).",
                      "Most respondents were first-time visitors ({Y3} guests)."],
    "fiscal-year": ["Parks revenue rose {pc}% (FY{Y3}).", "The company reported record results (fiscal {Y3}).",
                    "Capital spending doubled over two years (FY{Y}–FY{Y2})."],
    "passengers": ["Ocean cruising carried {mil} million passengers ({Y3}).", "The line carried {mil} million guests ({Y3}), most from North America.",
                   "Passengers from Brazil reached a record (2.{q} million, {Y3})."],
    "hotel-opening": ["The convention hotel ({hotel}, {hotel_y}) changed the area's mix.", "Guests still ask for the historic property ({hotel}, {hotel_y}).",
                      "A new tower ({hotel}, {Y3}) added {n} rooms."],
    "golf": ["The island green (TPC Sawgrass, 1980) is the most photographed hole in golf.", "Hotel rates peak during the tournament (The Players Championship, {Y3}).",
             "The course hosts a PGA Tour event (Arnold Palmer Invitational, {Y3})."],
    "district": ["The resort's special district (Reedy Creek Improvement District, 1967) ran its own services.", "A new board (Central Florida Tourism Oversight District, 2023) took over.",
                 "Taxes go to the local development authority (District {q}, {Y3})."],
    "closure": ["The parks shut for months (closed 16 March 2020).", "The resort reopened with limited capacity (11 July 2020).",
                "Cruising stopped completely (March 2020 to June 2021)."],
    "sailing-order": ["Sailings resumed under federal rules (Conditional Sailing Order, 2020).", "The industry paused all departures (No Sail Order, March 2020).",
                      "Test cruises were required before restart (Phase 2A, 2021)."],
    "anniversary": ["The resort marked a milestone (50th anniversary, 2021).", "The campaign ran for eighteen months (The World's Most Magical Celebration, 2021–23).",
                    "Merchandise sold out during the celebration ({q}5th anniversary, {Y3})."],
    "occupancy": ["Hotels ran close to capacity ({pc}% occupancy, {Y3}).", "Room revenue recovered strongly (RevPAR ${usd}, {Y3}).",
                  "Average daily rate rose again (ADR ${usd}, {Y3})."],
    "state-visitors": ["Florida welcomed {mil} million visitors ({Y3}).", "Overseas arrivals recovered more slowly (UK visitors: 1.{q} million, {Y3}).",
                       "Canadian visits fell by {pc}% ({Y3})."],
    "route-launch": ["A new direct route (Gatwick–Orlando, {Y3}) opened the market.", "Brazilian demand rose with more flights (São Paulo–Orlando, {Y3}).",
                     "The airline added winter flights (Toronto–Tampa, {Y3})."],
    "season": ["Bookings peaked in the busiest week (spring break {Y3}).", "Prices rise in the winter months (snowbird season, {Y}–{Y2}).",
               "UK families travel in the school holidays (October half-term, {Y3})."],
    "exchange-rate": ["The weak real hit Brazilian demand (US$1 = R$5.{q}0, {Y3}).", "British visitors felt the exchange rate (£1 = $1.2{q}, {Y3}).",
                      "Canadians cut back when their dollar fell (C$1 = US$0.7{q}, {Y3})."],
    "sample": ["Most respondents had visited before (n = {n}).", "The sample was drawn from three parks (n = {n} families).",
               "Over-65s were well represented (n = {n}, aged 65+)."],
    "figure-ref": ["Revenue by channel is shown below (Figure {q}).", "Costs are set out in full (Appendix {q}).",
                   "The segment profiles are compared (see Table {q})."],
    "handle": ["The resort answers questions on X (@WDWToday).", "User content is gathered under one hashtag (#VisitOrlando).",
               "The cruise line's TikTok (@RoyalCaribbean) posts daily."],
    "award": ["The hotel kept its top rating (Forbes Five-Star, {Y3}).", "Reviews remained strong (Travellers' Choice, {Y3}).",
              "The resort was rated highly (AAA Four Diamond, {Y3})."],
    "film": ["The land is based on a hit film ({film}, {film_y}).", "Merchandise sales tracked the franchise ({film}, {film_y}).",
             "The attraction was themed to a blockbuster ({film}, {film_y})."],
    "product-launch": ["Paid queue skipping was introduced (Lightning Lane, 2021).", "The resort moved to wearables (MagicBand, 2013).",
                       "Planning moved into one app (My Disney Experience, 2013)."],
    "age-range": ["The core segment is active retirees (aged 55+).", "The park targets young families (children aged 2–12).",
                  "Golf memberships skew older (ages 60–74)."],
    "ticker": ["The cruise line's shares recovered strongly (NYSE: RCL).", "Investors reacted badly to the results (NYSE: CCL).",
               "The parks operator trades on the main board (NYSE: PRKS)."],
    "decade": ["Package holidays to Florida boomed among British families (the 1990s).", "Theme parks expanded rapidly (1970s–1990s).",
               "Citrus acreage has fallen every decade (since the 1970s)."],
    "percent-change": ["Bookings rose year on year (up {pc}%, {Y3}).", "Spending by seniors fell (down {pc}% on {Y}).",
                       "Direct bookings grew (+{pc}% in {Y3})."],
}  # fmt: skip
