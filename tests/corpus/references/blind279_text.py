"""The blind279 pool's prose: marketers at tour operators, lodges, estancias, wineries, outdoor brands, airlines,
park concessions and tourism boards in Patagonia and the southern Andes, writing CIM Level 6 and 7 reports and MBA
assignments in English (some of them Spanish speakers) on destination, adventure-travel, sustainability and
digital-channel marketing.

Placeholders are those of text.py; this pool's own fill values come from ``values``: {park} a national park, {gl} a
glacier, {peak} a peak, {trek} a trek, {town} a gateway town, {lodge} a lodge, {wine} a grape, {gear} a gear
model, {air} an airline, {route} a flight route, {ars} pesos, {usd} dollars, {clp} Chilean pesos, {pc} a percentage,
{ssn} a season ("2023/24"), {Yr} a recent year, {mo} a month, {ch} a channel, {mk} a source market, {fr} a model.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Explora", "Awasi", "Tierra Patagonia", "EcoCamp Patagonia", "Estancia Cristina", "Hielo y Aventura",
          "Cruceros Australis", "Navimag", "LATAM Airlines", "Aerolíneas Argentinas", "JetSMART",
          "Bodega Catena Zapata", "Viña Montes", "Patagonia Inc.", "The North Face", "Lippi", "Doite",
          "Cerro Catedral", "Parque Nacional Torres del Paine", "SERNATUR", "INPROTUR", "Las Torres Patagonia",
          "Concha y Toro", "Swoop Patagonia", "Vertice Patagonia", "Chile Travel", "Visit Argentina",
          "Llao Llao Hotel & Resort", "Eolo Patagonia's Spirit", "Kayak en Patagonia"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use."""
    year = rng.randint(2016, 2024)
    return {
        "park": rng.choice(["Torres del Paine", "Los Glaciares", "Nahuel Huapi", "Tierra del Fuego", "Lanín",
                            "Bernardo O'Higgins", "Patagonia National Park", "Vicente Pérez Rosales", "Queulat"]),
        "gl": rng.choice(["Perito Moreno", "Grey Glacier", "Upsala", "Viedma", "Serrano", "Pío XI", "San Rafael"]),
        "peak": rng.choice(["Cerro Fitz Roy", "Cerro Torre", "Aconcagua", "Volcán Osorno", "Cerro Tronador", "Volcán Villarrica"]),
        "trek": rng.choice(["the W Trek", "the O Circuit", "the Laguna de los Tres trail", "the Dientes de Navarino circuit", "the Huemul Circuit"]),
        "town": rng.choice(["El Calafate", "El Chaltén", "Puerto Natales", "Bariloche", "Ushuaia", "Puerto Varas", "Coyhaique", "Punta Arenas"]),
        "lodge": rng.choice(["Explora Patagonia", "Awasi Patagonia", "Tierra Patagonia", "EcoCamp", "Eolo", "Singular Patagonia", "Hotel Las Torres"]),
        "wine": rng.choice(["Malbec", "Carménère", "Pinot Noir", "Torrontés", "Cabernet Sauvignon", "Syrah"]),
        "gear": rng.choice(["Torrentshell 3L", "Nano Puff", "Better Sweater", "Thermoball Eco", "Summit Series", "Lippi Andes Jacket"]),
        "air": rng.choice(["LATAM", "JetSMART", "Aerolíneas Argentinas", "Sky Airline", "Flybondi"]),
        "route": rng.choice(["Santiago–Puerto Natales", "Buenos Aires–El Calafate", "Santiago–Punta Arenas", "Córdoba–Bariloche", "Lima–Santiago", "São Paulo–Bariloche"]),
        "ars": f"{rng.randint(2, 95)}.{rng.randint(100, 999)}",
        "usd": str(rng.randint(35, 2400)),
        "clp": f"{rng.randint(10, 99)}.{rng.choice(['000', '500', '900'])}",
        "pc": str(rng.randint(4, 78)),
        "ssn": f"{year}/{str(year + 1)[2:]}",
        "Yr": str(year),
        "mo": rng.choice(["January", "February", "March", "October", "November", "December"]),
        "ch": rng.choice(["Instagram", "TikTok", "Google Ads", "the booking engine", "email", "YouTube", "WhatsApp Business", "Expedia", "Booking.com"]),
        "mk": rng.choice(["the US", "the UK", "Brazil", "Germany", "Australia", "Israel", "France"]),
        "fr": rng.choice(["the 7Ps", "SOSTAC", "RACE", "the STP model", "PESTLE", "Porter's five forces", "the servicescape", "Butler's life-cycle model"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argue that {C}.", "{N} found that {C}, which is directly relevant to {B}.", "{N} concluded that {C}.",
    "{N} showed that {C} among visitors to {park}.", "{N} point out that {C}, although their sample was small.",
    "{N} suggests that {C}; this applies to {town} as much as anywhere.", "{N} highlights that {C}.",
    "{N} warned that {C} unless visitor numbers are managed.", "{N} identified that {C} for {mk} travellers.",
    "{N} observed that {C}, a point {B} has not yet acted on.", "{N} describe how {C}.",
    "{N} questioned whether {C}.", "{N} defines destination image as a set of beliefs and shows that {C}.",
    "{N} measured satisfaction on {trek} and reported that {C}.", "{N} also notes that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "{O}, {N} found that {C}.", "As {N} explain, {C}.", "According to {N}, {C}.",
    "This agrees with {N}, who showed that {C}.", "{C}, as {N} noted in their study of {park}.",
    "In the case of {B}, {N} argue that {C}.", "Research by {N} shows that {C}.",
    "{C}; {N} reached a similar conclusion in {town}.", "A study by {N} found that {C}.",
    "{C}, according to {N}.", "Data from {N} confirm that {C}.",
    "Applying {fr}, and following {N}, it seems that {C}.", "Like the lodges studied by {N}, {B} finds that {C}.",
    "{C} – a view shared by {N}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {park} shows that {C}.", "Using {N} framework, it is clear that {C}.",
    "{O}, {N} findings suggest that {C}.", "{N} model helps explain why {C}.", "{B} could apply {N} segmentation, since {C}.",
    "{N} report on {town} concluded that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For {B}, {C} {P}.", "This matters because {C} {P}.",
    "{C}, especially for {mk} visitors {P}.", "It is often argued that {C} {P:see}.", "Several studies agree that {C} {P:e.g.}.",
    "{C} (see Figure {q}) {P}.", "In Patagonia, {C} {P}.", "{C}, which is why {B} invests in {ch} {P}.",
    "A key point for {B} is that {C} {P}.", "The evidence is clear: {C} {P}.", "{C} {P:see also}.",
    "{C}, as studies of the southern Andes show {P:for example,}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{C} {P:see}, whereas {C2}.",
    "Because {C} {P}, {B} should make sure that {C2}.", "Some authors {P:e.g.} argue that {C}.",
    "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} are willing to pay more for lodges with credible conservation work",
    "adventure travellers plan their trips on {ch} months before they book",
    "destination image in Patagonia is built on wilderness, remoteness and glaciers",
    "tourism in the far south is highly seasonal, with most visits between November and March",
    "overcrowding on {trek} damages both the trail and the visitor experience",
    "direct bookings give lodges like {B} better margins than online travel agents",
    "{A} trust user-generated content more than destination advertising",
    "low-cost airlines have widened the market for domestic trips to Patagonia",
    "wine tourism strengthens the brand of the winery as well as the region",
    "sustainability claims must be backed by certification to be believed",
    "exchange-rate swings change which source markets are most profitable",
    "{T} raises {R} among {A}", "{B} depends heavily on international visitors from {mk}",
    "last-chance tourism motivates many visitors to glaciers",
    "small operators struggle to compete with international tour companies on search",
    "purpose-led brands such as Patagonia Inc. earn stronger loyalty",
    "park authorities and private concessions must coordinate their marketing",
    "Instagram has concentrated visits on a few photogenic viewpoints",
    "community involvement improves how locals see tourism",
    "storytelling about pioneers and estancias adds value to rural tourism",
]  # fmt: skip
OPENERS = [
    "However", "In addition", "For {B}", "In Chilean Patagonia", "In the Argentine market", "Since the pandemic",
    "For example", "On the other hand", "As a result", "In the context of {town}", "Nevertheless",
    "From a marketing perspective", "In terms of digital channels", "For lodges in {park}", "Overall",
]  # fmt: skip
PLAIN = [
    "{B} sells mainly through its own website, specialist tour operators and {ch}.",
    "This report analyses {B}'s marketing environment and makes recommendations for the next two seasons.",
    "A PESTLE analysis of the destination is included in the appendix.",
    "Most guests arrive through {town} and stay between three and seven nights.", "{O}, {C}.",
    "The table below summarises the proposed KPIs for each channel.",
    "{B}'s Instagram account has about {n}k followers, most of them outside Chile and Argentina.",
    "Task 2 proposes a content plan for the shoulder season.",
    "The main competitors are other all-inclusive lodges and the larger cruise operators.",
    "The recommendations are costed in US dollars because most sales are international.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one tourism text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "The point is made clearly that {Q} {P}, which {B} should note.", "{O}, {Q} {P}.",
    "Marketers are reminded that {Q} {P}.", "One study of Patagonian lodges concluded that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘fin del mundo’", "“last-chance tourism”", "‘the end of the world’", "‘glamping’", "“greenwashing”",
                "'bucket list'", "‘overtourism’", "“Instagrammable”", "‘slow travel’", "‘regenerative’",
                "‘turismo aventura’", "‘off the beaten track’", "“wild”", "'leave no trace'"]  # fmt: skip
SCARE_FRAMES = [
    "{B} markets Patagonia as {Q} {P}.", "Many lodges now call themselves {Q} {P}.",
    "So-called {Q} is a growing concern in {park} {P}.", "The idea of {Q} appeals strongly to {A} {P}.",
    "Critics describe this as {Q}, and {B} is not immune {P}.", "The term {Q} is used loosely by tour operators {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your Patagonia adventure starts here’", "“Last rooms for the {ssn} season”",
                 "‘Early-bird offer: 15% off {trek}’", "‘Hola, adventurer – the glaciers are waiting’",
                 "“Your trip to {town} is 30 days away”", "‘Book now, pay in three instalments’",
                 "‘New: direct flights to {town}’", "“We saved you a seat by the fire”"]  # fmt: skip
SUBJECT_FRAMES = [
    "An email headed {Q} performed best with past guests {P}.", "{B} used {Q} in its abandoned-booking email {P}.",
    "Short lines like {Q} create urgency {P}.", "Testing {Q} against a plainer version showed a clear winner {P}.",
    "The message {Q} was opened by more {A} than any other {P}.",
]  # fmt: skip

# Text with brackets, years, quotation marks and numbers that is no citation.
NOT_CITATIONS = {
    "glacier-survey": [
        "{gl} (surveyed in {Y}) is one of the few glaciers that is not retreating.",
        "Boat trips run to the face of {gl} (last ruptured in {Yr}) from {town}.",
        "The Perito Moreno Glacier (named in 1877) draws most visitors to El Calafate.",
    ],
    "peak-first-ascent": [
        "Cerro Fitz Roy (1952) and Cerro Torre (first undisputed ascent 1974) dominate El Chaltén's imagery.",
        "{peak} (first ascent {Y}) appears on most of {B}'s brochures.",
        "Guided climbs of Aconcagua (6,961 m) are sold mainly to {mk} clients.",
    ],
    "trek-distance": [
        "{trek} (around 80 km, 4–5 days) is the lodge's main selling point.",
        "Most hikers complete the W Trek (2023/24: {n},000 walkers) in four nights.",
        "The O Circuit (opened to campers in 1976) now requires booked campsites.",
    ],
    "road-year": [
        "The Carretera Austral (1976) opened Aysén to road travellers.",
        "Ruta 40 (paved to El Chaltén in {Y}) made self-drive trips easier.",
        "The road to Caleta Tortel (completed 2003) brought the first independent travellers.",
    ],
    "park-founding": [
        "Torres del Paine (1959) is the most visited park in Chilean Patagonia.",
        "Nahuel Huapi (1934) was Argentina's first national park.",
        "The lodge operates inside {park} (created in {Y}) under a concession.",
        "Los Glaciares National Park (UNESCO World Heritage, 1981) covers more than 7,000 km².",
    ],
    "lodge-opening": [
        "{lodge} (opened {Y}, {n} rooms) competes on service rather than price.",
        "The hotel has 25 rooms (opened 2011) and a spa.",
        "EcoCamp's domes (first built in 2001) are now copied across the region.",
    ],
    "room-count": [
        "The lodge added six suites ({Yr} expansion) to meet demand from {mk}.",
        "Capacity is limited (49 rooms, 98 beds) so yield management matters.",
    ],
    "cruise-route": [
        "Navimag's ferry (Puerto Montt–Puerto Natales, 4 days) appeals to backpackers.",
        "Cruceros Australis sails between Punta Arenas and Ushuaia (4 nights, since 1990).",
        "The ferry route through the fjords (relaunched {Yr}) sold out in weeks.",
    ],
    "wine-vintage": [
        "The winery's flagship {wine} (2018) scored 96 points.",
        "A {Y} {wine} from Mendoza was served at the launch dinner.",
        "Guests taste the Montes Alpha M (2019 vintage) on the terrace.",
    ],
    "grape-variety-year": [
        "Carménère (rediscovered in Chile in 1994) is central to the country's wine story.",
        "World Malbec Day (17 April, since 2011) is Argentina's biggest wine campaign.",
    ],
    "peso-price": [
        "A night in a refugio cost ARS {ars} ({Yr} price) at the official rate.",
        "Entry to the park rose sharply (ARS {ars} for foreigners, {Yr}).",
        "The menu of the day in {town} costs CLP {clp} ({Yr}).",
    ],
    "dollar-price": [
        "All-inclusive programmes start at US${usd} per person per night ({ssn} rates).",
        "The Big Ice excursion costs about USD {usd} ({Yr} season).",
        "Four-night packages sell for $ {usd} (low season, {Yr}).",
    ],
    "entry-fee": [
        "Foreign visitors pay CLP {clp} to enter {park} (high season, October–April).",
        "The park's entry fee (low season: CLP 21.000) is charged online only since {Yr}.",
        "Argentine residents pay a reduced fee (ARS {ars}, {ssn}).",
    ],
    "visitor-season": [
        "Visits to {park} reached a record ({ssn} season: {n},000).",
        "Foreign arrivals recovered strongly ({ssn} season, +{pc}%).",
        "The park counted {n},000 visitors (2023/24 season) against a capacity of 330,000.",
    ],
    "arrivals-figure": [
        "Brazilians were the largest group ({Yr} arrivals: {pc}% of the total).",
        "International tourism has not yet returned to its peak (2019 arrivals).",
        "Chile welcomed 5.{q} million foreign tourists (2022 arrivals, excluding cruise passengers).",
    ],
    "flight-route": [
        "{air} now flies {route} (three weekly frequencies from {mo} {Yr}).",
        "The new route {route} (launched {mo} {Yr}) cut travel time by a day.",
        "JetSMART's Puerto Natales service (seasonal, December–March) fills most flights.",
    ],
    "flight-number": [
        "Most guests arrive on the morning flight (LA 97, Santiago–Punta Arenas).",
        "Aerolíneas Argentinas added a direct service (AR 1872, {route}).",
    ],
    "gear-model": [
        "The {gear} ({Y}) is the jacket most often seen on the trail.",
        "Patagonia's Nano Puff (2011) and the Torrentshell 3L were worn by every guide.",
        "The North Face relaunched its Summit Series (2024 edition) in Santiago.",
    ],
    "b-corp": [
        "{B} became a certified B Corporation (B Corp, {Yr}) with a score of {n}.",
        "Patagonia, Inc. has been a B Corp since 2011 (score 151.4).",
        "Tierra Hotels was certified as a B Corp (recertified {Yr}).",
    ],
    "leave-no-trace": [
        "All guides hold Leave No Trace training (Master Educator, {Yr}).",
        "The lodge follows the seven Leave No Trace principles (adopted {Y}).",
    ],
    "sustainability-seal": [
        "{B} holds the Sello S for sustainable tourism (renewed {Yr}).",
        "The hotel has a Green Globe certificate (since {Y}) and a carbon-neutral seal.",
        "The winery is certified under the Sustainable Wine of Chile code (2016 version).",
    ],
    "chilean-law": [
        "Ley 20.423 (2010) set up Chile's institutional framework for tourism.",
        "Tourism services must be registered under Chilean law (Ley 20.423, article 33).",
        "The concession was granted under Ley 21.600 (2023), which created the SBAP.",
    ],
    "decree": [
        "Camping in the park is regulated by decree (Decreto 50/2019).",
        "Adventure-tourism operators follow the safety rules of Decreto Supremo N° 222 (2010).",
        "The fee increase was approved by Resolución Exenta N° {n}/{Yr}.",
    ],
    "argentine-law": [
        "Ley Nacional de Turismo N° 25.997 (2005) governs tourism in Argentina.",
        "National parks are protected under Ley 22.351 (1980), which limits new building.",
        "The PreViaje scheme (Ley 27.563, 2020) refunded half of domestic travel spending.",
    ],
    "unesco-listing": [
        "Torres del Paine became a UNESCO Biosphere Reserve (1978) well before it was famous.",
        "The Andino Norpatagónica Biosphere Reserve (UNESCO, 2007) spans both countries.",
        "The Valdés Peninsula (World Heritage, 1999) is marketed for its whales.",
    ],
    "award-year": [
        "{lodge} won South America's Leading Adventure Lodge (World Travel Awards {Yr}).",
        "{park} was named a top adventure destination (Travelers' Choice, {Yr}).",
        "Torres del Paine was voted the eighth wonder of the world in an online poll (over 5 million votes, 2013).",
    ],
    "rankings": [
        "{B} entered the World's 50 Best Vineyards list (No. {q}{q}, {Yr}).",
        "The lodge is ranked first in its category on Tripadvisor (#1 of {n}, {mo} {Yr}).",
    ],
    "slogan": [
        "Chile's ‘Chile, naturaleza que conmueve’ slogan was used in the early 2010s.",
        "Argentina's tagline “Argentina, beats for you” ran from {Y}.",
        "Patagonia's ‘Don't buy this jacket’ advert (2011) is a textbook example of demarketing.",
        "The North Face's line ‘Never Stop Exploring’ appears on every store window.",
    ],
    "campaign-name": [
        "The ‘Chile, Always Surprising’ campaign ({Yr}) targeted {mk}.",
        "INPROTUR's #ArgentinaTeEspera push ({Yr}) ran on {ch}.",
        "SERNATUR's ‘Chile es tuyo’ domestic campaign (winter {Yr}) aimed at families.",
    ],
    "hashtag-handle": [
        "Guests are asked to tag the lodge (@{M}patagonia) and use #TorresDelPaine.",
        "The winery's account (@bodegaaltoandes) replies to reviews within a day.",
        "Bookings can also be made by WhatsApp (+56 9 {n}{n} {n}).",
    ],
    "web-address": [
        "All park bookings are now made online (www.pasesparques.cl).",
        "Visitors must register before arrival (www.parquetorresdelpaine.cl) to enter.",
    ],
    "exchange-rate": [
        "The peso fell sharply against the dollar (ARS {ars} per USD, {mo} {Yr}).",
        "The blue dollar rate (dólar blue) made Argentina cheap for visitors in {Yr}.",
        "Prices are quoted in dollars (1 USD ≈ CLP 9{q}0, {Yr}).",
    ],
    "inflation-figure": [
        "Inflation made price planning hard ({Yr} annual rate: {n}%).",
        "Hotel rates rose in line with inflation (CPI, {mo} {Yr}).",
    ],
    "tax-rule": [
        "Foreign guests are exempt from VAT on lodging (IVA 19%, if paid in dollars).",
        "Argentina's tourist tax on card spending (impuesto PAIS, 30%) was lifted in {Yr}.",
    ],
    "temperature-weather": [
        "Winds in the park often exceed 100 km/h (summer, December–February).",
        "Summer days are long (up to 17 hours of light in December).",
    ],
    "altitude-distance": [
        "The base of the towers (Base Torres, 880 m) is a 9 km walk from the hotel.",
        "El Chaltén is 220 km from El Calafate (about three hours by road).",
    ],
    "company-founding": [
        "{B} (founded {Y}) started as a small family business in {town}.",
        "Viña Montes (est. 1987) pioneered premium Chilean wine.",
        "Lippi (founded in Santiago, 1985) is Chile's best-known outdoor brand.",
    ],
    "legal-entity": [
        "The operator trades as a limited company (Ltda.) and its parent as an SpA.",
        "LATAM's shares trade in Santiago (LTM) and ADRs were listed in New York until 2020.",
        "Concha y Toro is listed on the Santiago exchange (CONCHATORO).",
    ],
    "ticker-financial": [
        "Revenue reached US$ {n} million (FY{Yr}, up {pc}%).",
        "LATAM returned to profit (net income {Yr}: US$ 582 million).",
    ],
    "ski-season": [
        "Cerro Catedral opened early (winter {Yr}, 15 June) thanks to heavy snow.",
        "Lift passes rose to ARS {ars} per day ({Yr} high season).",
    ],
    "event-year": [
        "The Adventure Travel World Summit (Puerto Varas, 2023) put the south of Chile on buyers' maps.",
        "The Patagonian Expedition Race ({Y} edition) was broadcast in {mk}.",
        "The Fiesta Nacional del Lago (Bariloche, {mo} {Yr}) drew regional visitors.",
    ],
    "fire-or-closure": [
        "The park closed after a major fire (2011–12) started by a tourist.",
        "Trails were closed during the pandemic (March {Yr}–October {Yr}).",
        "The 2022 eruption warning (alerta amarilla) kept climbers off the volcano.",
    ],
    "historic-figure": [
        "The estancia still shows the house built by its Welsh founders (1890s).",
        "Charles Darwin sailed the Beagle Channel (1833) and gave the lodge its theme.",
        "The Fitz Roy massif is named after the Beagle's captain (Robert FitzRoy, 1805–1865).",
    ],
    "survey-sample": [
        "Most guests agreed that the price was fair (n = {n}).",
        "The interviews with guides (n = {q}{q}, {mo} {Yr}) are summarised in Appendix {q}.",
        "Satisfaction scores were high ({q}.{q}/5, {n} reviews).",
    ],
    "cross-reference": [
        "The full competitor analysis is in Appendix {q} (Table {q}).",
        "See Task 1 (b) for the segmentation.", "The content calendar (Figure {q}) runs from October to April.",
    ],
    "spanish-abbreviation": [
        "The regional tourism board (Corporación Regional de Turismo, CRT) funds fam trips.",
        "Small and medium firms (pymes) make up most of the sector in Magallanes.",
        "The Mapuche community works with the park through a co-management board (mesa de co-manejo).",
    ],
    "species-name": [
        "Guests come to see the puma (Puma concolor) and the huemul (Hippocamelus bisulcus).",
        "The Andean condor (Vultur gryphus) appears in the lodge's logo.",
    ],
    "quota-capacity": [
        "Campsites on the W are limited (booking compulsory since {Yr}).",
        "Boat landings are capped (maximum {n} passengers per day).",
    ],
    "season-dates": [
        "The lodge opens for the high season (1 October–30 April).",
        "Whale watching runs in the shoulder months (June–December).",
    ],
}  # fmt: skip
