"""The blind326 pool's prose: how marketers at cheesemakers, dairies and creameries, dairy co-operatives, cheesemongers,
milk and butter brands and dairy-promotion boards in France, Switzerland, the Netherlands, Italy, the UK, Ireland,
Wisconsin and Vermont write CIM Level 6 and 7 reports and MBA assignments in English on provenance and protected
names, farmhouse and artisan positioning, exports, plant-based competition, retail and digital-channel marketing.

Written without reading the checker, its tests or any other pool. ``{N}`` is a narrative citation, ``{P}`` a
parenthetical one (``{P:see}`` puts a word inside its bracket), ``{Q}`` a quotation, ``{C}`` a claim, ``{B}`` a
brand, ``{O}`` an opener; ``values()`` fills the rest. NOT_CITATIONS holds text with brackets, years, names and
quotation marks that cites nothing: protected names, cheeses, makers and dairies with their years, mergers, quotas
and crises, launches, shows, customs, films and books, prices and volumes, sayings and figures.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Lactalis", "Président", "Savencia", "FrieslandCampina", "Arla", "Lurpak", "Castello", "Emmi", "Kerrygold",
          "Ornua", "Tillamook", "Cabot Creamery", "Jasper Hill Farm", "Sartori", "Neal's Yard Dairy",
          "Paxton & Whitfield", "Colston Bassett", "Cropwell Bishop", "Montgomery's", "Cathedral City", "Davidstow",
          "Wyke Farms", "Parmigiano Reggiano", "Grana Padano", "Le Gruyère AOP", "Comté", "Beemster", "Old Amsterdam",
          "Babybel", "Boursin", "Philadelphia", "Yeo Valley", "Müller", "Cravendale", "Anchor", "Dairylea",
          "Switzerland Cheese Marketing", "Wisconsin Cheese", "Dairy Farmers of America", "Quicke's", "Barber's",
          "Violife", "Oatly"]  # fmt: skip

_AUDIENCES = ["younger shoppers", "cheese lovers", "flexitarians", "foodservice buyers", "export buyers in Asia",
              "Gen Z shoppers", "affluent over-55s", "food tourists", "deli owners", "health-conscious parents",
              "premium shoppers", "US consumers"]  # fmt: skip
_TACTICS = ["protected-name labels", "farm-to-table storytelling", "in-store sampling", "recipe content on Instagram",
            "the cheese counter", "cheese subscription boxes", "retail media", "influencer partnerships",
            "origin labelling", "grass-fed claims", "trade shows", "cheese-and-wine pairings", "click-and-collect",
            "TikTok recipe videos", "loyalty apps", "award stickers on pack"]  # fmt: skip
_RESULTS = ["willingness to pay", "repeat purchase", "brand trust", "price premiums", "export sales",
            "share of the cheese fixture", "penetration", "rate of sale", "basket value", "brand recall"]  # fmt: skip
_CHEESES = ["Comté", "farmhouse Cheddar", "Stilton", "Gruyère", "Parmigiano Reggiano", "Gouda", "Kerrygold butter",
            "Vermont cheddar", "Emmentaler", "Brie de Meaux", "Roquefort", "Grana Padano", "Camembert", "Gorgonzola",
            "Wensleydale", "Red Leicester", "Raclette", "Appenzeller"]  # fmt: skip
_BODIES = ["AHDB", "Defra", "Bord Bia", "FranceAgriMer", "the INAO", "the USDA", "Dairy UK", "Kantar", "Mintel",
           "Circana", "NielsenIQ", "Rabobank", "the European Commission", "Wageningen Economic Research"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """This pool's fill values: its own audiences, tactics, results and cheeses, and a few figures."""
    return {
        "A": rng.choice(_AUDIENCES), "T": rng.choice(_TACTICS), "R": rng.choice(_RESULTS), "M": rng.choice(_CHEESES),
        "K": rng.choice(_BODIES), "pc": str(rng.randint(4, 78)), "kg": str(rng.randint(9, 48)),
        "mo": rng.choice(["January", "March", "May", "June", "September", "October", "November", "December"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although the study covered only {A}.", "{N} concluded that {C}.",
    "{N} showed that {C}, which matters for {B}.", "{N} suggest that {C}.", "{N} highlighted that {C}.",
    "{N} reported that {C} in the {M} category.", "{N} identified that {C}, particularly among {A}.",
    "{N} observes that {C}.", "{N} makes the point that {C}; {B} has yet to act on it.",
    "{N} found that {C} and that {C2}.", "{N} warned that {C} unless the price gap narrows.",
    "{N} noted that, since the end of milk quotas, {C}.", "{N} describes {T} as the cheapest route to {A} and shows that {C}.",
    "{N} questioned whether {C}.", "{N} estimated that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "{O}, {N} found that {C}.", "As {N} explain, {C}.", "This is consistent with {N}, who found that {C}.",
    "{C}, as {N} point out.", "According to {N}, {C}.", "In their study of {M} buyers, {N} showed that {C}.",
    "{C} – a view shared by {N}.", "Research by {N} suggests that {C}.", "A survey carried out by {N} found that {C}.",
    "Data from {N} show that {C}.", "{B} is a good example: {N} found that {C}.", "{C}, according to {N}.",
    "Evidence from {N} suggests that, for {A}, {C}.", "{C}; however, {N} found the opposite for {A}.",
    "It could be argued, following {N}, that {C}.", "Writing about {M}, {N} argued that {C}.",
    "Unlike {B}, which relies on {T}, the makers studied by {N} found that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study found that {C}.", "{N} findings suggest that {C}.", "Using {N} framework, it is clear that {C}.",
    "{O}, {N} report concluded that {C}.", "{B} could apply {N} model, since {C}.", "This reflects {N} argument that {C}.",
    "According to {N} survey, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For {A}, {C} {P}.", "This matters because {C} {P}.",
    "{B} is no exception, since {C} {P}.", "It is often claimed that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.",
    "{C}, especially in the {M} category {P}.", "In short, {C} {P}.", "{C}, which is why {B} invests in {T} {P}.",
    "Put simply, {C} {P}.", "A key point for {B} is that {C} {P}.", "{C}. {P}", "{C} {P:see also}.",
    "Recent data from the UK and Ireland confirm this: {C} {P}.", "Provenance, price and convenience drive the choice {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "Some sources {P:e.g.} argue that {C}.", "{O}, {C} {P}, so {C2}.", "Studies {P} agree that {C}.",
]  # fmt: skip
CLAIMS = [
    "{A} will pay more for {M} when the label names the farm", "{T} can lift {R} for artisan cheeses more than for block Cheddar",
    "protected names give small makers a price premium that private label cannot copy",
    "{B}'s reliance on {T} leaves it exposed if retailers cut the fixture",
    "plant-based cheese has not matched the growth of oat drinks", "{A} read provenance as a sign of quality",
    "co-operatives find it harder than family firms to build a premium brand",
    "the end of milk quotas shifted power from farmers to processors", "campaigns built on {T} pay off only when the maker's story is true",
    "export growth for {M} depends on keeping the protected name abroad", "{A} trust a cheesemonger more than a supermarket label",
    "grass-fed claims raise {R} only when they are certified", "retail media now takes a large share of dairy brands' budgets",
    "raw-milk cheese is a niche that {A} seek out", "{B} could use {T} to reach {A}",
    "price promotions train shoppers to wait for the next deal", "terroir is easier to sell in France than in the US",
    "butter has recovered its image among {A}", "digital channels let small creameries sell direct to {A}",
    "awards on pack raise trial but not {R}", "{A} are cutting back on premium cheese as food prices rise",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "However", "For example", "In the UK", "In France", "In Switzerland", "In Wisconsin",
    "For {B}", "In the case of {B}", "Since the end of milk quotas", "At the cheese counter", "On the other hand",
    "Nevertheless", "As a result", "For farmhouse makers", "Overall", "In export markets", "Online",
]  # fmt: skip
PLAIN = [
    "{B} sells through supermarkets, delis, its own website and food-service wholesalers.",
    "This section analyses {B}'s position in the {M} market and makes recommendations.",
    "The table below summarises the key performance indicators for each channel.",
    "{B}'s Instagram account has around {n}k followers, but engagement is low.", "{O}, {C}.",
    "A PESTLE and a SWOT analysis of {B} are included in the appendix.",
    "The recommendations are costed and phased over eighteen months.",
    "The main competitors are {B}, a supermarket own label and two farmhouse makers.",
    "Each wheel is turned and brushed by hand in the maturing rooms.",
    "Task 2 builds on this by proposing a launch plan for the US market.",
    "{B} sources milk from around {n} farms within a short drive of the dairy.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one marketing text puts it, {Q} {P}.", "{N} put it plainly: {Q}.", "This is summed up well: {Q} {P}.",
    "{B} appears to accept that {Q} {P}.", "One review of the dairy sector concluded that {Q} {P}.",
    "{N} wrote that {Q}, a point {B} should note.",
]  # fmt: skip
SCARE_QUOTES = ["‘farmhouse’", "‘artisan’", "‘real cheese’", "‘grass-fed’", "‘terroir’", "‘plant-based cheese’",
                "'mild'", "“authentic”", "‘craft’", "‘cheesy’", "‘heritage’", "'vegan cheese'", "‘clean label’"]  # fmt: skip
SCARE_FRAMES = [
    "Many brands use the word {Q} loosely {P}.", "{B} calls its range {Q}, a claim that is hard to police {P}.",
    "So-called {Q} products are growing fastest among {A} {P}.", "The term {Q} has no legal definition in the UK {P}.",
    "Critics say {Q} has become a marketing word rather than a method {P}.", "{N} questioned what {Q} means to {A}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your {M} is waiting – 15% off this weekend’", "‘Meet the makers behind our Christmas cheeseboard’",
                 "“Last orders for Christmas delivery”", "‘New in: {M} aged for 24 months’",
                 "‘The cheese club box for {mo} is here’", "“You left something in your basket”",
                 "‘Free delivery on cheese hampers (no code needed)’", "'Taste the Alps at home'"]  # fmt: skip
SUBJECT_FRAMES = [
    "An email headed {Q} had the highest open rate of the season {P}.", "{B} used {Q} in its abandoned-basket email {P}.",
    "Subject lines such as {Q} work because they name the product {P}.", "Testing {Q} against a plainer line showed a clear winner {P}.",
    "The subject line {Q} was opened by more {A} than any other {P}.",
]  # fmt: skip

# Text with brackets, years, names and quotation marks that cites nothing: no tutor would look for it in the list.
NOT_CITATIONS = {
    "protected-name-year": [
        "{B}'s blue is made under the protected name (Stilton PDO, 1996), so only three counties may produce it.",
        "The oldest French protection dates from a law passed for one cheese (Roquefort AOC, 1925).",
        "Italian export packs show the protected name and its date (Parmigiano Reggiano DOP, 1996).",
        "Swiss producers fought for years for their label (Gruyère AOP, 2001).",
        "Only cheese made in four counties may carry the name (West Country Farmhouse Cheddar PDO, 1996).",
    ],
    "cheese-year": [
        "Comté was among the first cheeses given an appellation (Comté, 1958).",
        "Alpine makers point to their early protection (Beaufort, 1968) in every trade presentation.",
        "{B}'s range includes two appellation cheeses (Reblochon, 1958; Comté, 1958).",
    ],
    "ruling": [
        "Greek makers won the right to the name in the end (Feta ruling, 2005).",
        "German ‘Parmesan’ was ruled an evocation of the protected name (Parmesan ruling, 2008).",
        "In the US, the word was found to be generic (the Gruyère ruling, 2022), which hurt Swiss exports.",
    ],
    "founder-year": [
        "Normandy legend credits one farmer's wife with the first Camembert (Marie Harel, 1791).",
        "The modern British farmhouse revival is often traced to one shop (Randolph Hodgson, 1979).",
        "The Vermont cellars were founded by two brothers (Mateo Kehler, 2003), who bought a run-down farm.",
        "The processed-cheese business began with one trader in the Jura (Jules Bel, 1865).",
        "America's first cheese factory opened in New York State (Jesse Williams, 1851).",
    ],
    "maker-narrative": [
        "The farm's key dates are Sir John Quicke's first herd, Mary Quicke (1985) taking over and the first clothbound export.",
        "Joe Schneider (1997 onwards) is credited with reviving raw-milk Stilton at Stichelton.",
        "Jamie Montgomery (since 1988) still makes the cheese from unpasteurised milk.",
    ],
    "family-year": [
        "Three family dates anchor the brand story: the farm bought (Montgomery, 1911), the herd rebuilt and the first cheddar award.",
        "The label carries the family name and the founding date (Keen's, 1899) in gold.",
        "Wyke Farms' packs still mention where it all began (Clothier family, 1861).",
    ],
    "dairy-founded": [
        "The Nottinghamshire co-operative still uses its founding date on every pack (Colston Bassett Dairy, 1913).",
        "Oregon farmers formed a co-operative early in the century (Tillamook, 1909).",
        "The creamery's website leads with its heritage (Cropwell Bishop, 1847).",
        "Vermont farmers bought the creamery together after a hard season (Cabot, 1919).",
    ],
    "farm-founded": [
        "The Greensboro farm began making cheese soon after it was bought (Jasper Hill, 2003).",
        "Its underground vaults now age cheese for other makers too (Cellars at Jasper Hill, 2008).",
        "Sartori's story starts with an immigrant from Valdastico (Plymouth, Wisconsin, 1939).",
    ],
    "caves-year": [
        "Only cheese ripened in the natural caves may use the name (Roquefort caves, 1411).",
        "Emmi's cave-aged Gruyère matures in sandstone (Kaltbach caves, 1953).",
        "Visitors can see the old maturing rooms (Cheddar Gorge caves, 1870s).",
    ],
    "merger": [
        "The Dutch giant was formed by two co-operatives joining (Friesland and Campina, 2008).",
        "Arla's UK milk pool grew sharply after a merger (Arla and Milk Link, 2012).",
        "The French group bought control of an Italian rival (Lactalis and Parmalat, 2011).",
        "The Danish and Swedish co-operatives merged across the border (Arla and MD Foods, 2000).",
    ],
    "quota": [
        "European production was capped for three decades (milk quotas, 1984).",
        "Irish output rose by about {pc}% after the cap was lifted (end of quotas, 2015).",
        "Many farmers still talk about the years under the cap (quota era, 1984–2015).",
    ],
    "crisis": [
        "Chinese confidence in domestic milk collapsed (melamine scandal, 2008), which opened the market to imports.",
        "Farm-gate prices fell below the cost of production (milk price crisis, 2016).",
        "French and Dutch exporters lost a large market overnight (Russian embargo, 2014).",
        "Protests outside processors made national news (milk price protests, 2015).",
    ],
    "brand-launch": [
        "The red wax became the brand's signature (Babybel, 1952).", "The laughing cow first appeared on the box (La vache qui rit, 1921).",
        "The processed-cheese brand was launched for the British market (Dairylea, 1950).",
        "The Irish butter brand was created for export (Kerrygold, 1962).",
        "The cream cheese was first sold in New York (Philadelphia, 1872).",
        "The vegan cheese brand began in a Greek factory (Violife, 1991).",
    ],
    "show-award": [
        "{B}'s blue won gold at an international competition (World Cheese Awards, 2023).",
        "The Comté took a medal in Paris (Concours Général Agricole, 2019).",
        "The cheddar was placed first in its class (Nantwich Show, 2022).",
        "Its Alpine cheese was placed first in Madison (World Championship Cheese Contest, 2024).",
    ],
    "champion": [
        "The farm's clothbound cheddar was named the best cheese overall (Supreme Champion, 2021).",
        "Its washed-rind cheese took the top prize (Best in Show, 2019).",
        "The award logo now appears on every wedge (Champion of Champions, 2018).",
    ],
    "festival": [
        "The brand sponsored the race down Cooper's Hill (Cheese Rolling, 2023).",
        "Swiss tourism films show the cows coming down from the pastures (Alpabzug, 2022).",
        "Makers and visitors meet each summer in the Jura (Fête du Comté, 2019).",
        "The brand ran a pop-up stall at the festival (Frome Cheese Show, 2023).",
    ],
    "film-book": [
        "Management trainees still know the parable (Who Moved My Cheese?, 1998).",
        "Wensleydale's sales were revived by a claymation inventor (Wallace & Gromit, 1989).",
        "The brand's ad borrowed from a famous comedy scene (Cheese Shop sketch, 1972).",
        "The campaign nodded to a cult film (Grand Day Out, 1989).",
    ],
    "price-year": [
        "A wheel of aged Parmigiano now sells for about €40 a kilo (2023).",
        "Farmhouse Cheddar is priced at around £{kg} a kilo (2024) at the counter.",
        "Swiss Gruyère retails at about CHF 30 a kilo (2022) in Switzerland.",
    ],
    "volume-year": [
        "The consortium reported output of about 4 million wheels (2023).",
        "Production reached 1.2 million wheels (2022), a record for the appellation.",
        "Exports grew to {n},000 tonnes (2023) despite the strong franc.",
    ],
    "saying": [
        "Photographers still ask us to ‘say cheese’, and {B}'s campaign played on it.",
        "The old joke that ‘the moon is made of green cheese’ inspired the launch video.",
        "The brand's tagline, “Cheese makes everything better”, runs across every channel.",
        "The French saying 'un repas sans fromage est une belle à qui il manque un œil' opens the presentation.",
    ],
    "year-figure": [
        "Margins were squeezed by the cost of milk (2022 milk price).",
        "Sales fell back once the promotion ended (2023 volumes).", "Export revenue was the highest on record (2024 figures).",
    ],
    "milk-price": [
        "Farm-gate prices peaked at about 50p a litre (November 2022).",
        "Arla's on-account price rose again ({mo} 2023: 41.{q}p per litre).",
        "The average price in Wisconsin was well above the federal order (Class III, $22 per cwt).",
    ],
    "ageing": [
        "The reserve range is matured for longer (aged 24 months).", "The export line is older and drier (36-month Parmigiano).",
        "Comté is sold by age (Extra, 18 months or more).",
    ],
    "fat-content": [
        "The label gives the legal fat content (45% fat in dry matter).", "Reduced-fat lines sell poorly (30% less fat than standard Cheddar).",
        "French labels show the fat as a share of dry matter (MG/ES 50%).",
    ],
    "sample": [
        "Most shoppers said provenance mattered (n = {n}).", "Interviews were held with cheesemongers (n={q}0, {mo} 2024).",
        "Half of the panel preferred the farmhouse sample (n = {n}, blind tasting).",
    ],
    "cross-reference": [
        "The competitor map is shown in the appendix (Appendix 3).", "The costs are set out in full (see Table {q}).",
        "The customer personas (Appendix 2, Figure {q}) are based on interviews.", "This is discussed further in Task 2 (b).",
    ],
    "handle-or-hashtag": [
        "The shop answers questions on Instagram (@nealsyarddairy).", "The campaign hashtag (#BritishCheeseWeekend) trended for a day.",
        "Customers tag their cheeseboards (#cheeselover) and the brand reposts them.",
    ],
    "abbreviation": [
        "A Protected Designation of Origin (PDO) ties the cheese to its area.",
        "French cheeses carry the Appellation d'Origine Protégée (AOP) logo.",
        "Key performance indicators (KPIs) for {B} include rate of sale (ROS) and penetration.",
        "The Center for Dairy Research (CDR) in Madison runs the short courses for Wisconsin makers.",
    ],
    "alpine-season": [
        "Alpine cheese is made only while the cows are on the high pastures (May–October).",
        "The summer cheese is labelled separately (Alpage, June to September).",
        "The herds go up to the alp early in the season (Alpaufzug, June).",
    ],
    "wheel-size": [
        "Each wheel is large and heavy (about 40 kg).", "Smaller formats sell better online (250 g wedges).",
        "The truckle is the traditional size (1.8 kg truckle).",
    ],
    "financial-year": [
        "Revenue grew strongly in the last year (FY2023/24).", "The co-operative paid a bonus (2023/24 milk year).",
        "Profit fell in the first half (H1 2024).",
    ],
    "currency": [
        "The group's turnover is large by any standard (€30bn, 2023).", "Swiss exports are worth a great deal (CHF 700m a year).",
        "Irish dairy exports reached a record (€6.8bn in 2022).",
    ],
    "trade-policy": [
        "American duties hit Italian hard cheese (US tariffs, 2019).", "UK exporters faced new paperwork (Brexit, 2021).",
        "Swiss and EU cheese trade was fully opened (Swiss–EU cheese free trade, 2007).",
        "Irish cheddar gained access to new markets (EU–Japan agreement, 2019).",
    ],
    "royal-warrant": [
        "The cheesemonger has supplied the royal household for generations (Royal Warrant, 1850).",
        "The warrant is shown on every bag (By Appointment to His Majesty The King).",
    ],
    "dairy-slogan": [
        "The American campaign became a cultural reference (Got Milk?, 1993).",
        "The British milk campaign is still quoted ('Milk's Gotta Lotta Bottle', 1982).",
        "Lurpak's long-running line (‘Good food deserves Lurpak’) frames its advertising.",
    ],
    "certification": [
        "The dairy has been certified for several years (B Corp, 2021).", "All milk comes from assured farms (Red Tractor, 2000 scheme).",
        "The farm converted its herd to organic (Soil Association certified, 2005).",
    ],
    "market-share": [
        "Cheddar dominates the UK fixture (Cheddar: about half of volume).",
        "Own label leads the category ({pc}% of value sales).", "Plant-based cheese is still tiny (under 2% of the cheese market).",
    ],
    "stock-listing": [
        "The Swiss group's shares trade in Zurich (SIX: EMMN).", "Savencia is listed in Paris (Euronext: SAVE).",
        "Bel's minority shareholders were bought out (Euronext delisting, 2022).",
    ],
    "season-year": [
        "Milk volumes rise every spring (spring flush, 2024).", "Sales peak before Christmas (Christmas 2023: {pc}% of annual sales).",
        "Stocks built up after a wet summer (autumn 2023).",
    ],
    "batch-code": [
        "Each wheel carries a casein mark (batch 23/117).", "Recalled packs were identified by their code (lot 4512, best before 14/03).",
        "Parmigiano wheels show a dairy number and a date (dairy 2287, made in 2021).",
    ],
    "ripening": [
        "The rinds are washed and turned regularly (ripened at 12 °C).", "The cheese is matured by the affineur (affinage: 90 days).",
        "The blues are pierced to let in air (after six weeks).",
    ],
    "takeover": [
        "The Canadian buyer changed the UK business (Saputo takeover, 2019).", "The oat drink brand floated in New York (Oatly IPO, 2021).",
        "A US private-equity firm bought the spreads business (Upfield sale, 2018).",
    ],
    "tasting-score": [
        "The cheese scored very highly with the judges (96 points).", "Judges gave the sample a high mark (18/20).",
        "Its Stilton received the highest score in the class (score 98.5, 2024).",
    ],
    "ad-campaign": [
        "The TV advert was shown across the UK (Cathedral City advert, 2019).",
        "The butter brand ran its first US campaign (Kerrygold ad, 2021).", "The campaign ran on Channel 4 and YouTube (Christmas 2022).",
    ],
    "master-cheesemaker": [
        "Only Wisconsin offers the title (Master Cheesemaker, 1994 programme).",
        "The head cheesemaker holds two certifications (Master Cheesemaker, 2012 and 2018).",
    ],
    "breed": [
        "Comté may only be made from two breeds (Montbéliarde and French Simmental).",
        "The farm keeps a pedigree herd (Brown Swiss, {n} cows).", "Most British milk comes from one breed (Holstein-Friesian, about 90%).",
    ],
    "event-year": [
        "The British cheese calendar now has a national weekend (British Cheese Weekend, 2021).",
        "Cheesemongers saw sales collapse when restaurants closed (lockdown, 2020).",
        "The town's cheese market dates back centuries (Alkmaar cheese market, 1365).",
    ],
    "visitor-centre": [
        "Coach tours stop at the show dairy in the village (Maison du Gruyère, 1969).",
        "The creamery's visitor centre is one of the state's busiest attractions (Tillamook Creamery, 2018 rebuild).",
        "Tourists can watch the cheese being made (Emmentaler Schaukäserei, 1985).",
    ],
    "place-origin": [
        "The cheese takes its name from a Somerset village (Cheddar, 12th century).",
        "Gorgonzola is named after a town near Milan (Gorgonzola, 9th century).",
        "The style began in one Dutch market town (Gouda, 1184).",
    ],
    "recall": [
        "Sales dropped after a product was withdrawn (Listeria recall, 2022).",
        "The brand's social team handled the complaints (E. coli alert, 2016).",
        "Supermarkets cleared the shelves in a day (precautionary recall, {mo} 2023).",
    ],
    "altitude-herd": [
        "The milk comes from high summer pastures (above 1,500 m).",
        "Each farm is small by US standards (about {n} cows, 60 hectares).",
        "The herd grazes outside for most of the year (over 200 days a year).",
    ],
}  # fmt: skip
