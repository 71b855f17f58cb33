"""The blind297 pool's prose: marketers at Louisiana and Gulf Coast restaurants, hot-sauce and seafood brands,
festivals, casinos, tourism bodies and music venues in the United States, the UK and France, writing CIM Level 6 and 7
reports and MBA assignments in English on food tourism, festival, heritage, hospitality and digital-channel marketing.

Written without reading the checker, its tests or any other pool. ``NOT_CITATIONS`` holds what this region's writing
puts in brackets beside years without citing anything: parishes and neighbourhoods, hurricanes, festivals, parades
and krewes, restaurants' and venues' opening years, awards, dishes and prices, Scoville ratings and product lines,
occupancy and visitor numbers, Super Bowls and Sugar Bowls, casino licences and gaming revenue, ZIP codes,
interstates, slogans and figures. Fill values of its own come from ``values``.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Tabasco", "Café Du Monde", "Commander's Palace", "Brennan's", "Popeyes", "Zapp's", "Community Coffee",
          "Abita Brewing", "Zatarain's", "Louisiana Fish Fry", "Harrah's New Orleans", "New Orleans & Company",
          "the Louisiana Office of Tourism", "Visit Baton Rouge", "Lafayette Travel", "Jazz Fest", "Essence Festival",
          "Preservation Hall", "Tipitina's", "Camellia Brand", "Leidenheimer Baking", "Acme Oyster House",
          "Mother's Restaurant", "Pat O'Brien's"]  # fmt: skip

_PARISHES = ["Jefferson Parish", "Orleans Parish", "St. Bernard Parish", "Lafayette Parish", "St. Tammany Parish",
             "Plaquemines Parish", "Terrebonne Parish", "East Baton Rouge Parish", "Calcasieu Parish",
             "St. Martin Parish", "Iberia Parish"]  # fmt: skip
_HOODS = ["the French Quarter", "Tremé", "the Marigny", "the Bywater", "the Garden District", "Mid-City",
          "the Seventh Ward", "Uptown", "the Lower Ninth Ward", "the Warehouse District", "Frenchmen Street",
          "New Orleans East", "the CBD", "Bayou St. John"]  # fmt: skip
_STORMS = [("Hurricane Katrina", "Katrina", "2005"), ("Hurricane Rita", "Rita", "2005"), ("Hurricane Gustav", "Gustav", "2008"),
           ("Hurricane Isaac", "Isaac", "2012"), ("Hurricane Laura", "Laura", "2020"), ("Hurricane Zeta", "Zeta", "2020"),
           ("Hurricane Ida", "Ida", "2021"), ("Hurricane Francine", "Francine", "2024")]  # fmt: skip
_FESTIVALS = ["Jazz Fest", "French Quarter Festival", "Essence Festival", "Satchmo SummerFest", "Festival International de Louisiane",
              "Voodoo Music + Arts Experience", "the Oak Street Po-Boy Festival", "the Breaux Bridge Crawfish Festival",
              "Tales of the Cocktail", "the New Orleans Wine & Food Experience", "Southern Decadence", "Bayou Boogaloo"]  # fmt: skip
_KREWES = ["Krewe of Muses", "Krewe of Endymion", "Krewe of Bacchus", "Krewe du Vieux", "Krewe of Nyx",
           "Krewe of Orpheus", "Krewe of Rex", "Zulu Social Aid & Pleasure Club", "Krewe of Iris", "Krewe d'Etat"]  # fmt: skip
_RESTAURANTS = [("Commander's Palace", "1893"), ("Dooky Chase's", "1941"), ("Antoine's", "1840"), ("Galatoire's", "1905"),
                ("Arnaud's", "1918"), ("Brennan's", "1946"), ("Café Du Monde", "1862"), ("Willie Mae's Scotch House", "1957"),
                ("Parkway Bakery & Tavern", "1911"), ("Dong Phuong", "1982"), ("Casamento's", "1919"), ("Mandina's", "1932"),
                ("Napoleon House", "1914"), ("Pat O'Brien's", "1933"), ("Tujague's", "1856"), ("Mosca's", "1946")]  # fmt: skip
_VENUES = [("the Maple Leaf Bar", "1974"), ("Snug Harbor", "1983"), ("the Spotted Cat", "2000"), ("d.b.a.", "2000"),
           ("the Blue Nile", "1999"), ("the Howlin' Wolf", "1988"), ("the Saenger Theatre", "1927"), ("Rock 'n' Bowl", "1988"),
           ("the Candlelight Lounge", "1985")]  # fmt: skip
_DISHES = [("a shrimp po'boy", "14"), ("a roast beef po'boy", "13"), ("a cup of gumbo", "9"), ("jambalaya", "16"),
           ("three beignets", "4.50"), ("a muffuletta", "22"), ("crawfish étouffée", "24"), ("bananas Foster", "12"),
           ("turtle soup", "11"), ("red beans and rice", "12"), ("a bánh mì", "8"), ("a dozen chargrilled oysters", "26"),
           ("a café au lait", "3.85"), ("a Sazerac", "15"), ("a Hurricane cocktail", "14")]  # fmt: skip
_LINES = [("Tabasco Scorpion", "2019"), ("Tabasco Sriracha", "2015"), ("Tabasco Sweet & Spicy", "2011"),
          ("Tabasco Buffalo Style", "2010"), ("Tabasco Chipotle", "2000"), ("Tabasco Habanero", "2007"),
          ("Zapp's Voodoo chips", "1994"), ("Community Coffee Café Special", "2016"), ("Abita Purple Haze", "1995"),
          ("Popeyes' chicken sandwich", "2019"), ("Zatarain's Crab Boil", "2018")]  # fmt: skip
_SCOVILLE = ["2,500–5,000 SHU", "23,000–33,000 SHU", "1,200 SHU", "7,000–8,000 SHU", "450 SHU", "1,000–2,500 SHU"]
_BOWLS = [("Super Bowl XXXI", "1997"), ("Super Bowl XXXVI", "2002"), ("Super Bowl XLIV", "2010"), ("Super Bowl XLVII", "2013"),
          ("Super Bowl LIX", "2025")]  # fmt: skip
_ZIPS = ["70116", "70130", "70112", "70117", "70119", "70501", "70802", "70113"]
_HIGHWAYS = ["I-10", "I-12", "I-49", "I-610", "I-55", "US 90", "LA 1"]
_SLOGANS = ["“Laissez les bons temps rouler”", "‘Laissez les bons temps rouler’", "“Where y’at?”", "“Who Dat”",
            "“Geaux Tigers”", "“Be a tourist in your own town”", "‘Feed your soul’", "“Pick Louisiana”",
            "\"Laissez les bons temps rouler\"", "“Come as you are. Leave different.”"]  # fmt: skip
_AUDIENCES = ["food tourists", "festival-goers", "first-time visitors", "convention delegates", "British travellers",
              "French visitors", "locals", "millennial travellers", "cruise passengers", "Gen Z diners",
              "drive-market visitors from Texas", "casino players"]  # fmt: skip
_CHANNELS = ["Instagram", "TikTok", "Google Business Profile", "OpenTable", "email", "the festival app", "Yelp",
             "Facebook events", "YouTube", "paid search", "Tripadvisor", "influencer trips"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use, drawn after the common ones."""
    storm, short, storm_year = rng.choice(_STORMS)
    restaurant, opened = rng.choice(_RESTAURANTS)
    venue, venue_year = rng.choice(_VENUES)
    dish, price = rng.choice(_DISHES)
    line, line_year = rng.choice(_LINES)
    bowl, bowl_year = rng.choice(_BOWLS)
    return {
        "par": rng.choice(_PARISHES), "hood": rng.choice(_HOODS), "storm": storm, "short": short, "sy": storm_year,
        "fest": rng.choice(_FESTIVALS), "krewe": rng.choice(_KREWES), "resto": restaurant, "ry": opened,
        "venue": venue, "vy": venue_year, "dish": dish, "usd": price, "line": line, "ly": line_year,
        "shu": rng.choice(_SCOVILLE), "bowl": bowl, "by": bowl_year, "zip": rng.choice(_ZIPS),
        "hwy": rng.choice(_HIGHWAYS), "slogan": rng.choice(_SLOGANS), "yr": str(rng.randint(2015, 2024)),
        "mil": rng.choice(["19.75", "17.74", "13.2", "10.5", "18.5", "7.2"]), "occ": str(rng.randint(54, 91)),
        "pc": str(rng.randint(3, 48)), "aud": rng.choice(_AUDIENCES), "ch": rng.choice(_CHANNELS),
        "rooms": f"{rng.randint(18, 28)},{rng.randint(100, 999)}", "bn": f"{rng.randint(1, 9)}.{rng.randint(1, 9)}",
        "day": str(rng.randint(1, 28)), "mon": rng.choice(["January", "February", "March", "April", "May", "June",
                                                          "July", "October", "November", "December"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argue that {C}.", "{N} found that {C}, although their sample was drawn only from {aud}.",
    "{N} showed that {C}, which matters for {B}.", "{N} concluded that {C}.",
    "{N} describe food as the main reason {aud} give for visiting Louisiana, and show that {C}.",
    "{N} makes the point that {C}; {B} appears to have taken this on board.", "{N} noted that, after {storm}, {C}.",
    "{N} questioned whether {C}.", "{N} identify three drivers of repeat visits – food, music and authenticity – and argue that {C}.",
    "{N} reported that {C} in {hood}.", "{N} warned that {C} unless the city's infrastructure keeps pace.",
    "{N} suggests that {C}, a finding that {B} should not ignore.", "{N} were among the first to show that {C}.",
    "{N} studied {aud} at {fest} and found that {C}.", "{N} recommended that destination marketers accept that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "{O}, {N} found that {C}.", "This is consistent with {N}, who argued that {C}.",
    "{C}, as {N} point out.", "{C} – a view shared by {N}.", "As {N} explain, {C}.",
    "{B} is a clear example of this: {N} showed that {C}.", "Research by {N} suggests that {C}.",
    "A survey carried out by {N} found that {C}.", "In their study of New Orleans restaurants, {N} found that {C}.",
    "{C}, which supports the findings of {N}.", "Applying the work of {N} to {B}, it seems that {C}.",
    "Data from {N} show that {C}.", "{C}; however, {N} found the opposite among {aud}.",
    "When {B} rebuilt its {ch} presence it appeared to follow {N}, on the basis that {C}.",
    "For a heritage brand such as {B}, the lesson from {N} is that {C}.", "Not everyone agrees: {N}, for instance, argued that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {aud} found that {C}.", "Using {N} framework, it is clear that {C}.",
    "{O}, {N} report concluded that {C}.", "{B} could apply {N} model, since {C}.",
    "This reflects {N} argument that {C}.", "{N} findings are useful here because {C}.",
    "According to {N} analysis, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "For {aud}, {C} {P}.", "This matters because {C} {P}.", "It is often claimed that {C} {P:see}.",
    "Several studies report that {C} {P:e.g.}.", "{C}, especially on {ch} {P}.", "{C}, which is why {B} invests in {ch} {P}.",
    "Food is now the main reason many visitors give for choosing Louisiana {P}.",
    "The city's recovery since {storm} has depended heavily on tourism {P}.", "In short, {C} {P}.",
    "{C} {P:see also}.", "A key point for {B} is that {C} {P}.", "{C}. {P}",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{C} {P:see}, whereas {C2}.",
    "Because {C} {P}, {B} should make sure that {C2}.", "Some sources {P:e.g.} argue that {C}.",
    "Studies {P} agree that {C}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{aud} are more likely to trust user reviews than a brand's own posts", "food is the main reason {aud} visit New Orleans",
    "heritage restaurants such as {B} trade on authenticity more than on price", "festival visitors spend more per day than leisure visitors",
    "{T} improves {R} among {aud}", "{B}'s reliance on {ch} leaves it exposed if the platform changes its rules",
    "storytelling about Creole and Cajun roots lifts brand trust", "small venues depend on word of mouth far more than on paid media",
    "hotel rates rise sharply on festival weekends and deter repeat visitors", "destination marketers now measure success by spend rather than by arrivals",
    "casino resorts increasingly market food and music rather than gaming", "{aud} want experiences they can share on {ch}",
    "a hot-sauce brand's heritage story travels well in the UK and France", "seafood brands gain trust when they name the waters their catch comes from",
    "second-line parades are now part of how the city sells itself", "the cost of insurance after each storm squeezes small restaurants",
    "{ch} drives more bookings than print for {aud}", "short-term rentals have changed where {aud} stay and eat",
    "quick-service chains borrow Louisiana flavours to stand out", "festival sponsorship works best when the brand adds to the experience",
    "{aud} respond better to local voices than to celebrity chefs", "authentic music venues lose their appeal if they feel staged",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In New Orleans", "For {B}'s marketing team",
    "Since the pandemic", "In the context of {B}", "From a visitor's perspective", "Nevertheless", "As a result",
    "Across the Gulf Coast", "In the UK and French markets", "Looking at {B}'s competitors", "Overall", "In Acadiana",
    "After each hurricane season",
]  # fmt: skip
PLAIN = [
    "{B} is one of the best-known names in Louisiana food and drink.",
    "This report analyses {B}'s current digital channels and makes recommendations.",
    "The table below summarises the key performance indicators for each channel.",
    "{B}'s Instagram account has over {n}k followers, but engagement is low.", "{O}, {C}.",
    "The recommendations are costed and phased over twelve months.",
    "A SWOT analysis of {B} is included in the appendix.",
    "Most visitors arrive by air or drive in from Texas and Mississippi.",
    "The brand sells through its own website, grocery chains and its flagship store in {hood}.",
    "Task 2 builds on this by proposing a festival-season content plan.",
    "The main competitors are {B} and two smaller local operators.",
    "Visitors can book tables through OpenTable, Resy or the restaurant's own site.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one hospitality text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{B} appears to accept that {Q} {P}.", "One study of festival visitors concluded that {Q} {P}.",
    "Destination marketers are told that {Q} {P}.", "As {N} put it, {Q}.",
]  # fmt: skip
SCARE_QUOTES = [
    "“authentic”", "“experiential”", "‘lagniappe’", "“NOLA-style”", "“the real New Orleans”", "‘Cajun-inspired’",
    "\"bleisure\"", "“farm-to-table”", "‘food-first’", "“locals’ favourite”",
]  # fmt: skip
SCARE_FRAMES = [
    "Many menus now promise {Q} dishes {P}.", "{B} calls its approach {Q} {P}.",
    "Marketers describe this as {Q} tourism {P}.", "The idea of {Q} travel is now common {P}.",
    "Calling a product {Q} is easy; proving it is harder {P}.",
]  # fmt: skip
SUBJECT_LINES = [
    "“Crawfish season is here: book your table”", "“Your Jazz Fest weekend starts now”",
    "‘Two nights in the Quarter, breakfast on us’", "“Last call for Mardi Gras rooms”",
    "“A little lagniappe for you: 15% off the boil”", "‘Hot sauce gift sets ship free today’",
    "\"We saved you a seat at the second line\"",
]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} can lift open rates {P}.", "{B} used {Q} in its winter email campaign {P}.",
    "Short, seasonal copy ({Q}, for example) performs well with {aud} {P}.",
    "Messages like {Q} work because they create urgency {P}.",
]  # fmt: skip

# Text with brackets, years and figures that is no citation: nothing here is a work in the reference list.
NOT_CITATIONS = {
    "parish-year": ["New restaurant licences grew fastest in the suburbs ({par}, {yr}).",
                    "Visitor spending recovered first outside the city ({par}, {yr}).",
                    "{B} opened a second kitchen in {par} in {yr} ({par}, {yr})."],
    "neighbourhood-year": ["Short-term rental permits were capped in the old city ({hood}, {yr}).",
                           "The brand's first pop-up drew long queues ({hood}, {yr}).",
                           "Footfall on weekday evenings fell sharply ({hood}, {yr})."],
    "hurricane-year": ["Most restaurants in the city closed for months ({storm}, {sy}).",
                       "The festival was cancelled after the storm ({storm}, {sy}).",
                       "{B} lost its warehouse and a season's stock ({storm}, {sy})."],
    "storm-short-year": ["Power was out across the region for days ({short}, {sy}).",
                         "Bookings collapsed in the weeks after landfall ({short}, {sy})."],
    "festival-year": ["Hotel occupancy peaked during {fest} {yr}.", "{B} sponsored the main stage ({fest}, {yr}).",
                      "Attendance hit a record at {fest} ({yr})."],
    "mardi-gras-year": ["Parade crowds returned in full (Mardi Gras, {yr}).",
                        "{B}'s king cake sold out within hours (Mardi Gras {yr}).",
                        "Carnival was cancelled for the first time in decades (Mardi Gras, 2021)."],
    "krewe-year": ["The hand-decorated shoes were the most wanted throw ({krewe}, {yr}).",
                   "{krewe} ({yr}) chose a theme that mocked the city's potholes.",
                   "{B} paid for a float in the parade ({krewe}, {yr})."],
    "restaurant-opened": ["Some of the city's restaurants are older than most US brands ({resto}, {ry}).",
                          "Old-line dining rooms remain a draw for visitors ({resto}, {ry}).",
                          "The bar at {resto} ({ry}) still trades on its history."],
    "restaurant-est": ["{resto} (est. {ry}) is a fixture of the city's food tours.",
                       "Guides still start the tour at {resto} (founded {ry})."],
    "venue-year": ["Live music seven nights a week keeps the bar full ({venue}, {vy}).",
                   "{venue} ({vy}) books local brass bands every week.",
                   "The club is part of the city's music heritage (opened {vy})."],
    "james-beard": ["The restaurant's chef won the regional prize (James Beard Award, {yr}).",
                    "{B} mentions its award on every menu (James Beard Award, {yr}).",
                    "The dining room was named one of America's Classics (James Beard Foundation award {yr})."],
    "michelin": ["Two New Orleans kitchens were recognised when the guide arrived (Michelin star, 2025).",
                 "A Bib Gourmand listing (Michelin Bib Gourmand, 2025) lifted bookings at the neighbourhood bistro."],
    "dish-price": ["Menu prices have climbed steadily: {dish}, ${usd} ({yr}).",
                   "Even staples are not cheap ({dish}: ${usd}, {yr}).",
                   "{B} raised the price of {dish} to ${usd} ({mon} {yr})."],
    "menu-year": ["The tasting menu was redesigned for the new season ({yr} menu).",
                  "Dishes were named after parishes (Réveillon menu, December {yr}).",
                  "Plant-based options were added to the lunch list ({yr}/{yr} menu)."],
    "scoville": ["The original red sauce is relatively mild ({shu}).",
                 "Newer lines are far hotter ({shu}, {ly}).",
                 "Its heat level ({shu}) suits most British palates."],
    "product-line": ["Limited editions create talk on social media ({line}, {ly}).",
                     "{line} ({ly}) was launched with a TikTok challenge.",
                     "The brand's most successful launch was {line} ({ly})."],
    "occupancy-quarter": ["Hotel occupancy reached {occ}% (Q{q} {yr}).",
                          "Average daily rate rose faster than occupancy in the quarter (Q{q} {yr}).",
                          "Weekday occupancy lagged weekends ({occ}% in Q{q} {yr})."],
    "visitor-numbers": ["The city welcomed {mil} million visitors ({yr}).", "Visitor numbers fell to {mil} million ({sy}).",
                        "Louisiana's visitors spent a record amount ({mil} million trips, {yr})."],
    "super-bowl": ["The city hosted its eleventh big game ({bowl}, {by}).", "{bowl} ({by}) filled every hotel room in the city.",
                   "Sponsors paid premium rates for billboards on Poydras Street ({bowl}, {by})."],
    "sugar-bowl": ["College football fans arrive every New Year (Sugar Bowl, {yr}).",
                   "Bar takings on Bourbon Street doubled for the game (Allstate Sugar Bowl {yr})."],
    "casino-licence": ["The riverfront casino's operating contract was extended (licence renewed 2020).",
                       "The state approved the rebrand of the casino (licence transfer, {yr}).",
                       "Land-based gaming in the city is limited to one operator (one licence since 1999)."],
    "gaming-revenue": ["Gaming revenue in the state passed a new high (FY {yr}: ${bn} billion).",
                       "Casino revenue fell during the closures ({yr}: down {pc}%).",
                       "Riverboat casinos still earn most of the total (${bn}bn, fiscal {yr})."],
    "zip-code": ["The store sits in one of the city's busiest areas (ZIP {zip}).",
                 "Delivery was first offered to a handful of neighbourhoods (ZIP codes {zip} and 70115).",
                 "Its address (New Orleans, LA {zip}) appears on every jar."],
    "interstate": ["Most drive-in visitors arrive along the main corridor ({hwy}, {yr} traffic count).",
                   "Billboards on {hwy} ({yr}) pointed drivers to the outlet.",
                   "The company moved its warehouse closer to the highway (exit off {hwy})."],
    "slogan-quoted": ["The city's unofficial motto still frames its campaigns ({slogan}).",
                      "{B}'s festival campaign borrowed the phrase {slogan} ({yr}).",
                      "Visitors repeat the motto back on social media ({slogan}, {yr} campaign)."],
    "figures-noun": ["Repeat visits rose again ({yr} visitors).", "Festival spending per head grew ({yr} figures).",
                     "Room nights sold on festival weekends were up ({yr} data)."],
    "season-year": ["Prices were high because of a short harvest (crawfish season, {yr}).",
                    "{B} extended its opening hours (festival season {yr}).",
                    "Oyster supply was limited after the freshwater diversion (spring {yr})."],
    "dollar-year": ["Visitor spending reached ${bn} billion ({yr}).", "The festival's economic impact was estimated at ${bn}bn ({yr}).",
                    "Total hotel revenue topped ${bn} billion ({yr})."],
    "hotel-rooms": ["The city has more hotel rooms than ever ({rooms} rooms, {yr}).",
                    "Supply grew again after the new towers opened ({rooms} rooms in {yr})."],
    "fiscal-year": ["Marketing spend was cut by {pc}% (FY{yr}).", "The group's restaurant sales grew in the year (fiscal {yr}).",
                    "The budget for the campaign (FY {yr}/{Y2}) was approved in spring."],
    "tax-rate": ["Visitors pay a high combined tax on rooms (16.75%, {yr}).",
                 "Restaurants pass on the city's sales tax (9.45% in {yr})."],
    "year-range": ["The rebuilding period ({sy}–{yr}) changed the city's tourism offer.",
                   "Attendance grew every year in the decade after the storm (2006–2015)."],
    "percent-change": ["Online orders grew strongly (+{pc}% on {yr}).", "Room rates fell on weekdays (−{pc}%, {yr})."],
    "ticker": ["The casino operator is listed in the United States (NASDAQ: CZR).",
               "Popeyes' owner reports in US dollars (NYSE: QSR; TSX: QSR).",
               "The spice group behind the brand is listed too (NYSE: MKC)."],
    "handle": ["The tourism board answers questions on X (@VisitNewOrleans).", "{B}'s TikTok (@nolaeats) grew fastest.",
               "Fans tag the festival in their posts (#JazzFest{yr})."],
    "streetcar-line": ["Visitors ride the oldest line to the Garden District (St. Charles line, 1835).",
                       "The Canal Street line (reopened 2004) links the hotels to City Park."],
    "anniversary": ["The city marked its three-hundredth birthday (Tricentennial, 1718–2018).",
                    "Community Coffee marked its centenary with a limited-edition blend (1919–2019)."],
    "olympics-games": ["French demand for US trips dipped during the Games (Paris 2024).",
                       "British travel was diverted by the Games that summer (London 2012)."],
    "exchange-rate": ["The strong dollar hurt UK bookings ($1.{q}7 to the pound, {yr}).",
                      "French visitors found the city expensive (€1 = $1.08, {yr})."],
    "hotel-opening": ["Luxury supply grew with new openings (Four Seasons New Orleans, opened 2021).",
                      "The former department store became a hotel (The Jung, reopened 2017)."],
    "event-dates": ["The festival now runs over two weekends ({day} April – 5 May {yr}).",
                    "The season peaks on Fat Tuesday (13 February 2024)."],
    "second-line": ["Tourists now follow the Sunday parades ({hood}, second line, {mon} {yr}).",
                    "The social club's parade drew thousands (Sunday second line, {day} {mon} {yr})."],
    "seafood-price": ["Boiled crawfish were dear that spring ($5.{q}9/lb, {mon} {yr}).",
                      "Gulf shrimp prices dropped at the dock ($4.{q}9/lb, {yr})."],
    "tet-fest": ["New Orleans East hosts a large lunar new year festival (Tết Fest, {yr}).",
                 "Vietnamese bakeries sell out of king cakes in February ({hood}, {yr})."],
    "cruise-calls": ["Cruise passengers add to the city's visitor totals (1.{q} million passengers, {yr}).",
                     "More ships now sail from the river terminal ({n} calls in {yr})."],
    "airport": ["The new airport terminal opened to passengers (MSY, November 2019).",
                "Direct flights from London began in {yr} (British Airways, MSY–LHR)."],
    "census-population": ["The city's population is still below its pre-storm level (36{q},000 residents, {yr}).",
                          "Orleans Parish lost residents again ({pc}% down, {yr} estimate)."],
    "quoted-year": ["Fans still chant {slogan} at games ({by}).", "The chant became a trademark dispute (“Who Dat”, 2010)."],
    "sample-size": ["Most festival visitors surveyed were repeat attendees (n = {n}, {yr}).",
                    "The brand's own survey was small (n = {n})."],
    "award-travel": ["Readers named it the best US city for food (World's Best Awards {yr}).",
                     "The brand won a gold medal at the fair (Great American Beer Festival, {yr})."],
}  # fmt: skip
