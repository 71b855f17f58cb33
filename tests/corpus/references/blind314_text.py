"""The blind314 pool's prose: how marketers at tequila and mezcal brands, agave growers, Mexican beer and food brands,
taquerías and restaurant chains, hotels and tour operators, banks and fintechs, and retailers in Mexico and the
United States' Mexican-American markets write CIM Level 6 and 7 reports and MBA assignments in English.

Written without reading the checker, its tests or any other pool. ``{N}``, ``{P}``, ``{Q}``, ``{C}``, ``{B}`` and
``{O}`` mean what they mean in text.py; ``values`` gives this pool's own fill values. NOT_CITATIONS holds text with
brackets, years and quotation marks that is no citation: fiestas, fairs and festivals, NOMs and declarations, trade
agreements, hurricanes and crises, brands and bottles with launch years, deals, films, songs, founders, artists and
athletes, towns and parks, sport, prices and litres, toasts, sayings and slogans, tickers, taxes and figures.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["José Cuervo", "Sauza", "Patrón", "Casamigos", "Don Julio", "Herradura", "Del Maguey", "Montelobos",
          "Grupo Modelo", "Heineken México", "Bimbo", "FEMSA", "OXXO", "Walmart de México", "Liverpool",
          "Mercado Libre", "BBVA México", "Banorte", "Nu México", "Aeroméxico", "Grupo Xcaret", "Clase Azul",
          "El Jimador", "1800 Tequila", "Espolòn", "400 Conejos", "Ilegal Mezcal", "Corona", "Tecate", "Modelo Especial",
          "Taquería Orinoco", "El Pollo Loco", "Chipotle", "Vips", "Sanborns", "Coppel", "Elektra", "Rappi México"]  # fmt: skip

NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although their sample came only from {city}.",
    "{N} concluded that {C}; this is directly relevant to {B}.", "{N} showed that {C}, particularly among {A}.",
    "{N} suggested that {C}, which {B}'s export team should take seriously.", "{N} reported that {C} in {city}.",
    "{N} identified that {C}.", "{N} points out that {C} – a lesson for {B}.", "{N} note that {C}.",
    "{N} estimated that {C}, and that the effect was strongest in {state}.", "{N} warned that {C} if the agave price keeps falling.",
    "{N} describes how {C}.", "{N} went further, arguing that {C} and that {C2}.", "{N} questioned whether {C}.",
    "{N} were among the first to show that {C}.", "{N} interviewed {n} jimadores and distillers and found that {C}.",
    "{N} compared mezcal drinkers in Oaxaca and Los Angeles and found that {C}.", "{N} makes the case that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} argued, {C}.", "{O}, {N} found that {C}.", "This is consistent with {N}, who showed that {C}.",
    "{C}, which supports the findings of {N}.", "{C} – a view shared by {N}.", "According to {N}, {C}.",
    "In their study of {ind}, {N} found that {C}.", "Research by {N} suggests that {C}.",
    "A survey by {N} found that {C}.", "{B} is a good example: {N} showed that {C}.",
    "{C}, as {N} noted in their review of {T}.", "Following {N}, this report assumes that {C}.",
    "{C}; however, {N} found the opposite for {A}.", "Evidence from {N} suggests that, for {A}, {C}.",
    "Data published by {N} show that {C}.", "For a brand such as {B}, the work of {N} matters because {C}.",
    "{C}, according to {N}.", "In the US Hispanic market, {N} found that {C}.",
    "When {B} entered {city}, it appeared to follow {N}: {C}.", "Applying {fr} to {B}, and drawing on {N}, {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Using {N} framework, it is clear that {C}.", "{O}, {N} report concluded that {C}.",
    "{B} could apply {N} model, since {C}.", "According to {N} survey, {C}.", "{N} findings are useful here because {C}.",
    "This reflects {N} argument that {C}.", "{N} data show that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "For {A}, {C} {P}.", "This matters because {C} {P}.", "{C}, especially in {city} {P}.",
    "It is often claimed that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.",
    "{C} (as shown in Figure {q}) {P}.", "In short, {C} {P}.", "{C}, which is why {B} invests in {T} {P}.",
    "Put simply: {C} {P}.", "Mexican data confirm this – {C} {P}.", "A key point for {B} is that {C} {P}.",
    "{C}. {P}", "{C} {P:see also}.", "{C}, as several studies of the agave industry show {P:for example,}.",
    "The main drivers are price, heritage and availability {P}.", "In the case of {B}, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{B} has found that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "Some authors {P:e.g.} argue that {C}.", "{C} {P}: this means that {C2}.", "Studies {P} agree that {C}.",
    "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} will pay a premium for a tequila that is 100% agave", "the denomination of origin protects the brand as much as the product",
    "{A} associate mezcal with craft and authenticity rather than with price", "celebrity tequila brands grow faster than heritage ones",
    "premiumisation has moved tequila from the shot glass to the sipping glass", "{T} raises {R} among {A}",
    "{B}'s reliance on {T} leaves it exposed if the peso strengthens", "Mexican-American consumers respond better to bicultural advertising than to Spanish-only messages",
    "the agave price cycle squeezes small producers hardest", "{A} in the US now drink more tequila than vodka in some cities",
    "tourism to Tequila and Oaxaca turns visitors into brand ambassadors", "digital banking has grown fastest among {A}",
    "OXXO's reach makes it the main route to market for many food and drink brands", "authenticity claims backfire when the production story cannot be checked",
    "spending on {T} in Mexico has grown every year since {Y}", "{A} trust peer reviews more than brand claims",
    "country-of-origin cues raise the perceived quality of Mexican spirits abroad", "inflation has made {A} more price-sensitive",
    "e-commerce in Mexico still depends on cash payment at convenience stores", "{T} only drives {R} when the offer is relevant to {A}",
    "sustainability credentials matter more to export buyers than to domestic ones", "brands like {B} need to tell their origin story in English and Spanish",
    "mezcal's growth depends on keeping wild agave supply sustainable", "all-inclusive resorts in Quintana Roo capture most of the tourist's spending",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In Mexico", "In the United States",
    "For {B}'s marketing team", "Since the pandemic", "In the context of {B}", "From a consumer perspective",
    "Nevertheless", "Consequently", "Within the spirits sector", "As a result", "Looking at {B}'s competitors",
    "Overall", "In terms of digital channels", "In Jalisco", "Among Mexican-American shoppers",
]  # fmt: skip
PLAIN = [
    "{B} was founded in {state} and now sells in {q}0 countries.",
    "This section analyses {B}'s current position in the US market and makes recommendations.",
    "The table below summarises the key performance indicators for each channel.",
    "{B}'s Instagram account has over {n}k followers, but engagement is low.",
    "The recommendations are costed in pesos and dollars and phased over eighteen months.", "{O}, {C}.",
    "{B} sells through OXXO, Walmart de México, Mercado Libre and its own website.",
    "A PESTLE analysis of the tequila category is included in the appendix.",
    "The main competitors are {B} and two smaller family-owned distilleries in {state}.",
    "Task 2 builds on this by proposing a launch plan for {city}.",
    "Visitors can tour the distillery, see the ovens and taste the range before buying.",
    "Most of {B}'s sales still come from Mexico, with the US second.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one marketing text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{B} appears to accept that {Q} {P}.", "The point is made directly that {Q} {P}, which {B} should note.",
    "One study of the agave industry concluded that {Q} {P}.", "{N} put it plainly: {Q}.",
    "Marketers are told that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘premiumisation’", "‘authentic’", "‘craft’", "‘artesanal’", "‘the agave boom’", "‘100% de agave’",
                "‘sipping tequila’", "‘Hispanic market’", "‘bicultural’", "‘terroir’", "‘ancestral’"]  # fmt: skip
SCARE_FRAMES = [
    "Brands now talk of {Q} mezcal {P}.", "{B} calls its approach {Q} {P}.", "Marketers describe this as {Q} {P}.",
    "The label {Q} is used loosely {P}.", "Many producers now call themselves {Q} {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your Día de Muertos bottle is waiting’", "“Last chance: 20% off añejo this weekend”",
                 "‘Meet the maestro mezcalero behind our espadín’", "“Your table in Tulum is confirmed”",
                 "‘¡Feliz Cinco de Mayo! Free shipping today’", "“El Buen Fin starts now: up to 30% off”",
                 "‘Your {M} order has shipped’"]  # fmt: skip
SUBJECT_FRAMES = [
    "One brand's subject line, {Q}, lifted open rates {P}.", "An email headed {Q} performed best {P}.",
    "The subject line {Q} doubled opens {P}.", "{B} sent the message {Q} to lapsed customers {P}.",
]  # fmt: skip

NOT_CITATIONS = {
    "festival-year": [
        "{B}'s limited bottle sold out in a week (Día de Muertos, 2023).",
        "Tourist numbers in Oaxaca peak in July (Guelaguetza, 2019).",
        "US sales of Mexican beer spike every spring (Cinco de Mayo, 2022).",
    ],
    "fair-year": [
        "{B} ran a tasting stand at the fair (Feria Nacional del Tequila, 2018).",
        "Small palenques now sell directly to visitors (Feria Internacional del Mezcal, 2019).",
    ],
    "music-festival": [
        "The brand sponsored the main stage (Vive Latino, 2024).",
        "{B} handed out free samples to {n} festival-goers (Corona Capital, 2019).",
    ],
    "nom-standard": [
        "Labels must state the agave content (NOM-006-SCFI, 2012).",
        "Mezcal labelling is governed by its own standard (NOM-070-SCFI, 2016).",
        "Front-of-pack warning labels changed food packaging (NOM-051-SCFI/SSA1-2010, amended 2020).",
    ],
    "declaration-origin": [
        "Tequila has been protected for decades (DOT, 1974).",
        "Mezcal gained the same protection twenty years later (denomination of origin, 1994).",
        "Only certain municipalities may use the name (DOM, 1994).",
    ],
    "trade-agreement": [
        "Export paperwork became simpler for {B} (T-MEC, 2020).",
        "Tariffs on spirits fell to zero (NAFTA, 1994).",
        "Rules of origin were tightened under the new deal (USMCA, 2020).",
    ],
    "hurricane": [
        "Several Jalisco coast hotels closed for repairs (Hurricane Patricia, 2015).",
        "Acapulco's hotel occupancy collapsed (Hurricane Otis, 2023).",
    ],
    "earthquake": [
        "Restaurants in Mexico City lost weeks of trade (Puebla earthquake, 2017).",
        "Many older distilleries were rebuilt after the quake (1985 earthquake).",
    ],
    "economic-crisis": [
        "Imported spirits became unaffordable overnight (tequila crisis, 1994).",
        "Mexican exporters gained from the weak currency (peso crisis, 1994–1995).",
    ],
    "agave-cycle": [
        "Bottle prices rose across the category (agave shortage, 2018).",
        "Farmers left plants unharvested in the fields (agave glut, 2023).",
    ],
    "sargassum": [
        "Hotel bookings in Tulum fell sharply (sargassum, 2019).",
        "{B} now promotes its Pacific-coast resorts in summer (sargassum season, 2022).",
    ],
    "brand-launch": [
        "Celebrity-owned tequila took off with one brand (Casamigos, 2013).",
        "Hand-painted ceramic bottles set a new price point (Clase Azul, 1997).",
        "The brand's name comes from the year tequila was first aged in oak (Tequila 1800, 1975).",
    ],
    "bottle-launch": [
        "The bee-stoppered bottle became an icon of premium tequila (Patrón Silver, 1989).",
        "The first cristalino changed how añejo is sold (Maestro Dobel Diamante, 2008).",
    ],
    "beer-launch": [
        "Corona Extra (1925) is still the group's best-selling export.",
        "The brand's oldest beer is still brewed today: Victoria (1865).",
        "The clear bottle and the lime are part of the ritual (Corona Extra, 1925).",
    ],
    "deal-year": [
        "Celebrity brands became acquisition targets (Diageo deal, 2017).",
        "Global groups bought into premium tequila (Bacardi purchase, 2018).",
        "Mezcal attracted multinational money too (Ilegal Mezcal stake, 2017).",
    ],
    "deal-value": [
        "The sale set a record for a young spirits brand (US$1 billion, 2017).",
        "Patrón's valuation shocked the industry (US$5.1 billion, 2018).",
    ],
    "film-year": [
        "Día de Muertos imagery reached a global audience (Coco, 2017).",
        "Interest in Mexico City's neighbourhoods grew after the film (Roma, 2018).",
        "Road-trip tourism along the Pacific coast had already been romanticised (Y tu mamá también, 2001).",
    ],
    "series-year": [
        "Streaming series shaped how younger Americans see Jalisco (Narcos: Mexico, 2018).",
        "The Netflix comedy gave football-club marketing a new image (Club de Cuervos, 2015).",
    ],
    "song-year": [
        "Bars still play the same song at closing time (Tequila, 1958).",
        "The ad ends with a mariachi chorus of ‘Cielito Lindo’ (1882).",
    ],
    "founder-year": [
        "The family's first distillery dates back a long way (Cenobio Sauza, 1873).",
        "The brand's founding story is central to its marketing (Don Julio González, 1942).",
    ],
    "artist-year": [
        "The label borrows its palette from Frida Kahlo (1939).",
        "The campaign's murals echo Diego Rivera (1933) and his Detroit Industry frescoes.",
    ],
    "athlete-year": [
        "Sponsorship of motorsport raised the bank's profile (Checo Pérez, 2023).",
        "Boxing nights are a key occasion for beer brands (Canelo Álvarez, 2019).",
    ],
    "town-year": [
        "Visitors flock to the distilleries around the plaza (Tequila town, 2006).",
        "The town received its tourism badge early (Pueblo Mágico, 2003).",
        "Small towns gained a national tourism brand (Pueblo Mágico, 2001).",
    ],
    "park-year": [
        "Eco-archaeological parks became a model for the Riviera Maya (Xcaret, 1990).",
        "Snorkelling parks extended the visitor's stay (Xel-Há, 1994).",
    ],
    "world-heritage": [
        "The agave fields became a tourist destination in their own right (UNESCO agave landscape, 2006).",
        "Oaxaca's historic centre draws cultural tourists (World Heritage Site, 1987).",
    ],
    "football": [
        "Beer sales rose during every match (El Tri, 2022).",
        "Shirt sponsorship remains expensive (Liga MX, 2021).",
        "Brands are already planning for the tournament (World Cup 2026).",
    ],
    "motorsport": [
        "Hospitality packages sold out in hours (Mexican Grand Prix, 2015).",
        "{B} hosted clients trackside (Mexico City Grand Prix, 2023).",
    ],
    "bottle-price": [
        "An extra añejo now sells for MX$1,200 a bottle (2023).",
        "The reposado is priced at US$45 in California (2022).",
        "Premium expressions retail above MX${n}0 (2024 price list).",
    ],
    "volume": [
        "Tequila production reached 651 million litres (2022).",
        "Exports passed 400 million litres for the first time (2021).",
        "Mezcal certification covered some {n} thousand litres ({Y} figures).",
    ],
    "toast": [
        "Every tasting at the distillery ends with the same toast: ‘¡Salud!’",
        "Staff are trained to lead the toast “¡Arriba, abajo, al centro y pa’ dentro!” at group tours.",
    ],
    "saying": [
        "The brand's social posts lean on the old saying ‘Para todo mal, mezcal, y para todo bien, también’.",
        "Bartenders repeat “Para todo mal, mezcal” to first-time tasters.",
    ],
    "slogan": [
        "The beach-and-lime imagery has been consistent for years (Find Your Beach, 2016).",
        "Dos Equis built a cult following with its campaign (The Most Interesting Man in the World, 2006).",
        "{B}'s tagline ‘Hecho en México’ appears on every pack.",
    ],
    "year-figures": [
        "The US took most of Mexico's tequila (2022 exports).",
        "{B}'s margins narrowed ({Y} figures).",
        "Like-for-like sales rose {pc}% ({Y} results).",
    ],
    "quarter": [
        "Net sales grew {pc}% (Q3 2023).",
        "The group reported a weaker quarter (2T24).",
        "Volumes fell in the US (1Q {Y}).",
    ],
    "exchange-rate": [
        "Imported bottles became cheaper (MXN 17.1 per US$, 2024).",
        "The strong peso hurt exporters' margins (“super peso”, 2023).",
    ],
    "policy-rate": [
        "Consumer credit became more expensive (policy rate 11.25%, 2023).",
        "Inflation peaked before easing (8.7%, September 2022).",
    ],
    "tequila-category": [
        "A new category was added for spirits aged three years or more (extra añejo, 2006).",
        "The regulations list five classes (blanco, joven, reposado, añejo and extra añejo).",
    ],
    "species": [
        "Only one species may be used for tequila (Agave tequilana Weber var. azul).",
        "Most mezcal is made from espadín (Agave angustifolia Haw.).",
    ],
    "nom-number": [
        "Every bottle carries the distillery's registration (NOM 1104).",
        "Several brands are made at the same distillery (NOM 1123).",
    ],
    "shopping-event": [
        "Online traffic doubles over the long weekend (El Buen Fin, 2011).",
        "Mercado Libre's biggest week is in late spring (Hot Sale, 2014).",
    ],
    "heritage-month": [
        "US retailers run Mexican food promotions every autumn (Hispanic Heritage Month, 2023).",
        "Campaigns run for a month (Hispanic Heritage Month, 15 September–15 October).",
    ],
    "awards": [
        "The añejo won a medal in San Francisco (Double Gold, 2021).",
        "The mezcal was recognised internationally (San Francisco World Spirits Competition, 2019).",
    ],
    "restaurant-ranking": [
        "Fine dining in Mexico City gained global attention (World's 50 Best Restaurants, 2023).",
        "The taquería became famous overnight (Michelin star, 2024).",
    ],
    "store-count": [
        "No retailer can match its reach (OXXO, 21,000 stores, 2023).",
        "The chain opened its first store in Monterrey and now has {q}00 branches (founded 1978).",
    ],
    "ticker": [
        "The company listed its shares in Mexico (BMV: CUERVO).",
        "Investors track the brewer closely (NYSE: STZ).",
        "FEMSA trades on two exchanges (BMV: FEMSAUBD; NYSE: FMX).",
    ],
    "company-founding": [
        "The house still uses its original hacienda (Herradura, 1870).",
        "José Cuervo claims to be the oldest tequila maker (founded 1795).",
        "The bakery grew from one shop in Mexico City (est. 1945).",
    ],
    "excise-tax": [
        "Spirits above 20% alcohol pay the highest rate (IEPS, 53%).",
        "Sugary drinks now carry a levy (soda tax, 2014).",
    ],
    "abv": [
        "Most tequila is bottled at the legal minimum (38% Alc. Vol.).",
        "Mezcal is usually stronger (45–55% ABV).",
    ],
    "pandemic": [
        "Bars and cantinas closed for months (COVID-19, 2020).",
        "Home delivery of alcohol became legal in several states (lockdown, April 2020).",
    ],
    "president-year": [
        "Tourism policy changed under the new government (AMLO, 2018).",
        "The new administration promised continuity (Sheinbaum, 2024).",
    ],
    "national-day": [
        "US bars promote margaritas every July (National Tequila Day, 24 July).",
        "The holiday is a key sales weekend (Independence Day, 16 September).",
    ],
    "sample": [
        "Most respondents preferred reposado (n = {n}).",
        "The survey covered shoppers in three cities (n = {n}, Guadalajara, Monterrey and Houston).",
    ],
    "cross-reference": [
        "The full competitor map is shown later (see Appendix {q}).",
        "Channel costs are compared in the table (Table {q}).",
    ],
    "spanish-term": [
        "The agave hearts are roasted in earth pits (horno de tierra) and crushed by a stone wheel (tahona).",
        "Harvesters (jimadores) cut the leaves by hand with a flat blade (coa).",
    ],
    "hashtag-handle": [
        "The campaign ran under {h} on Instagram and TikTok.",
        "User posts tagged #DíaDelTequila doubled in one week.",
    ],
    "route": [
        "The airline added a direct route for wine and spirits tourists (GDL–LAX, 2019).",
        "Cancún's busiest route is still to the US (CUN–DFW, {Y}).",
    ],
}  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use (and its own audiences, results, tactics and products)."""
    return {
        "A": rng.choice(["millennial drinkers", "Mexican-American shoppers", "Gen Z consumers", "US bartenders",
                         "high-income consumers in Mexico City", "first-time tourists", "Hispanic households",
                         "spirits enthusiasts", "young professionals in Monterrey", "bilingual consumers"]),
        "R": rng.choice(["brand trust", "willingness to pay", "repeat purchase", "advocacy", "conversion",
                         "share of wallet", "visit intention", "perceived quality"]),
        "T": rng.choice(["influencer content", "distillery tourism", "Spanish-language social media", "loyalty apps",
                         "bartender advocacy", "cocktail content on TikTok", "WhatsApp ordering", "paid search",
                         "bicultural advertising", "origin storytelling"]),
        "M": rng.choice(["reposado", "mezcal", "gift set", "six-pack", "pan dulce"]),
        "city": rng.choice(["Guadalajara", "Monterrey", "Mexico City", "Cancún", "Oaxaca", "Los Angeles", "Chicago",
                            "Houston", "San Antonio", "Phoenix"]),
        "state": rng.choice(["Jalisco", "Oaxaca", "Nuevo León", "Guanajuato", "Quintana Roo", "Michoacán"]),
        "ind": rng.choice(["tequila distilleries", "mezcal palenques", "Mexican craft breweries", "taquerías in Texas",
                           "all-inclusive resorts", "Mexican fintechs", "convenience stores"]),
        "fr": rng.choice(["SOSTAC", "the 7Ps", "Porter's five forces", "PESTLE", "the Ansoff matrix", "RACE"]),
        "pc": str(rng.randint(3, 48)),
        "h": rng.choice(["@casamigos", "@tequiladonjulio", "@mezcalmontelobos", "@oxxo_tiendas", "@nu_mexico"]),
    }  # fmt: skip
