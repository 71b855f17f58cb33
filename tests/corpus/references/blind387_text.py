"""The blind387 pool's prose: how marketers at craft breweries, gin and whisky distilleries, English and Welsh
vineyards, cider makers, coffee roasters and tea merchants in the UK, Ireland, Belgium, Scotland, the United States
and New Zealand write CIM Level 4 to 6 reports in English.

Written without reading the checker, its tests or any other pool. Citations stand at the start, middle and end of
sentences, after "as", "following", "according to" and "see also", in lists of works; the decoys are what these
candidates put in brackets and beside years that is not a source: vintages, batches, ages and strengths, awards,
founding years, acquisitions, duty rates, prices, festivals, certifications, casks, harvests and pack formats.
Fill values of its own (see ``values``): {vin} a vintage, {batch} a batch number, {age} a whisky's age, {abv} a
strength, {Y3} a recent year, {medal} a medal, {aw} a competition, {fest} a festival, {firm} and {fy} a drinks firm
and the year it was founded, {target}, {buyer} and {acqY} an acquisition, {rate} a duty rate, {price} a price,
{cert} a certification, {beer} a beer's name, {hop} a hop, {origin} a coffee's origin, {mo} a month, {pct} a
percentage, {apple} a cider apple, {ibu} bitterness units.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["BrewDog", "Adnams", "Camden Town Brewery", "Beavertown", "Thornbridge", "Tiny Rebel", "Cloudwater",
          "Siren Craft Brew", "Sipsmith", "Silent Pool", "Hendrick's", "The Botanist", "Penderyn", "Teeling",
          "Dingle Distillery", "Chapel Down", "Nyetimber", "Ridgeview", "Gusbourne", "Llanerch Vineyard",
          "White Castle Vineyard", "Thatchers", "Westons", "Aspall", "Orchard Pig", "Union Hand-Roasted",
          "Square Mile", "Pact Coffee", "Origin Coffee", "Allpress", "Clipper", "Pukka", "Teapigs", "Bewley's",
          "Barry's Tea", "Duvel", "Brasserie Cantillon", "De Halve Maan", "Garage Project", "Yeastie Boys",
          "Tuatara", "Sierra Nevada", "Dogfish Head", "Blue Bottle Coffee", "Sharp's", "Fuller's", "Harviestoun",
          "Lagavulin", "Arbikie", "Ballykeefe Distillery"]  # fmt: skip

_FIRMS = [("Adnams", "1872"), ("BrewDog", "2007"), ("Camden Town Brewery", "2010"), ("Thatchers", "1904"),
          ("Westons", "1880"), ("Sharp's", "1994"), ("Sipsmith", "2009"), ("Chapel Down", "2001"),
          ("Tiny Rebel", "2012"), ("Garage Project", "2011"), ("Sierra Nevada", "1980"), ("Duvel Moortgat", "1871"),
          ("Taylors of Harrogate", "1886"), ("Union Hand-Roasted", "2001"), ("Clipper", "1984"), ("Fuller's", "1845"),
          ("Marston's", "1834"), ("William Grant & Sons", "1887"), ("Penderyn", "2000"), ("Teeling", "2015"),
          ("Cloudwater", "2014"), ("Nyetimber", "1988"), ("Bewley's", "1840"), ("Harviestoun", "1983")]  # fmt: skip
_DEALS = [("Camden Town Brewery", "AB InBev", "2015"), ("Beavertown", "Heineken", "2023"),
          ("Sharp's", "Molson Coors", "2011"), ("Fuller's beer business", "Asahi", "2019"),
          ("Sipsmith", "Beam Suntory", "2016"), ("Meantime", "SABMiller", "2015"), ("Aspall", "Molson Coors", "2018"),
          ("Tuatara", "DB Breweries", "2019"), ("Chase Distillery", "Diageo", "2020"),
          ("Blue Bottle Coffee", "Nestlé", "2017"), ("Pukka Herbs", "Unilever", "2017"),
          ("Firestone Walker", "Duvel Moortgat", "2015"), ("Harviestoun", "Caledonia Best", "2006"),
          ("Fourpure", "Lion", "2018")]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the common ones."""
    firm, founded = rng.choice(_FIRMS)
    target, buyer, year = rng.choice(_DEALS)
    return {
        "vin": str(rng.randint(2009, 2023)), "batch": str(rng.randint(2, 48)),
        "age": rng.choice(["10", "12", "12", "14", "15", "16", "18", "21", "25"]),
        "abv": rng.choice(["4.2", "4.8", "5.6", "6.5", "8.4", "37.5", "40", "41.5", "43", "46", "57.1"]),
        "Y3": str(rng.randint(2016, 2025)), "medal": rng.choice(["Gold", "Silver", "Bronze", "Double Gold", "Best in Class", "Trophy"]),
        "aw": rng.choice(["IWSC", "ISC", "World Gin Awards", "San Francisco World Spirits Competition",
                          "Decanter World Wine Awards", "Great Taste Awards", "World Beer Awards",
                          "SIBA Independent Beer Awards", "Irish Whiskey Awards", "New Zealand Beer Awards",
                          "Brussels Beer Challenge", "WineGB Awards", "International Cider Challenge"]),
        "fest": rng.choice(["the Great British Beer Festival", "Craft Beer Rising", "Fèis Ìle", "the Spirit of Speyside Whisky Festival",
                            "Hop City", "Zythos Bierfestival", "Beervana", "the Great American Beer Festival",
                            "Whisky Live London", "the Royal Welsh Show", "English Wine Week", "the London Coffee Festival",
                            "Toer de Geuze"]),
        "firm": firm, "fy": founded, "target": target, "buyer": buyer, "acqY": year,
        "rate": rng.choice(["21.01", "9.27", "19.08", "28.50", "31.64", "24.77", "8.42"]),
        "price": rng.choice(["34.95", "42", "29.99", "6.50", "5.80", "65", "120", "12.99", "9.50"]),
        "cert": rng.choice(["B Corp", "Soil Association organic", "Fairtrade", "Rainforest Alliance", "Vegan Society",
                            "Living Wage Employer", "Cask Marque", "Sustainable Wines of Great Britain",
                            "Sustainable Winegrowing New Zealand", "Carbon Trust"]),
        "beer": rng.choice(["Ghost Ship", "Gamma Ray", "Hells Lager", "Punk IPA", "Cwtch", "London Pride", "Doom Bar",
                            "Jaipur", "Schiehallion", "Pale Ale", "Duvel Tripel Hop", "Death From Above",
                            "Hāpi Daze", "60 Minute IPA", "Bitter & Twisted", "Neck Oil"]),
        "hop": rng.choice(["Citra", "Mosaic", "Nelson Sauvin", "Motueka", "Fuggles", "East Kent Goldings", "Simcoe"]),
        "origin": rng.choice(["Ethiopia Yirgacheffe", "Colombia Huila", "Rwanda Nyamasheke", "Guatemala Huehuetenango",
                              "Kenya Nyeri", "Brazil Cerrado"]),
        "mo": rng.choice(["January", "March", "April", "May", "June", "August", "September", "October", "December"]),
        "pct": str(rng.randint(3, 71)), "apple": rng.choice(["Dabinett", "Kingston Black", "Yarlington Mill", "Michelin",
                                                             "Bramley", "Foxwhelp"]),
        "ibu": str(rng.randint(12, 95)),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although the sample was drawn from {A} in one region.",
    "{N} concluded that {C}.", "{N} showed that {C}, which is directly relevant to {B}.",
    "{N} suggested that {C}; {B}'s taproom sales appear to bear this out.",
    "{N} identified provenance, process and people as the three cues of craft, and found that {C}.",
    "{N} observed that {C} among drinkers who visit breweries.", "{N} described {T} as underused in drinks, noting that {C}.",
    "{N} reported that {C} across the UK and Irish markets.", "{N} warned that {C} once a brand is bought by a multinational.",
    "{N} made the point that {C}.", "{N} went further, arguing that {C} and that {C2}.",
    "{N} questioned whether {C}.", "{N} defined craft as small, independent and traditional, and argued that {C}.",
    "{N} measured {R} at {n} cellar doors and found that {C}.", "{N} recommended that small producers tell their founding story, since {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} argued, {C}.", "As noted by {N}, {C}.", "{O}, {N} found that {C}.",
    "According to {N}, {C}.", "Following {N}, this report treats the taproom as a brand touchpoint, because {C}.",
    "This is consistent with {N}, who found that {C}.", "{C}, as {N} pointed out.", "{C}, according to {N}.",
    "{C} – a point also made by {N}.", "{C}; {N} reached the same conclusion for {A}.",
    "{B} is a good example: {N} showed that {C}.", "Research by {N} suggests that {C}.",
    "Data published by {N} show that {C}.", "For a small producer such as {B}, the work of {N} matters because {C}.",
    "Applying the experience economy model, as {N} did for wineries, it appears that {C}.",
    "The evidence is mixed: {N} found that {C}, whereas others disagree.", "{C}, which supports the findings of {N}.",
    "A similar argument is made by {N}, who claimed that {C}.", "{O}, and as {N} showed, {C}.",
    "Not everyone agrees; {N}, for instance, maintained that {C}.", "{C}. This view is shared by {N}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of taprooms found that {C}.", "{O}, {N} framework of craft authenticity suggests that {C}.",
    "Using {N} model, it is clear that {C}.", "{N} findings are relevant here because {C}.",
    "According to {N} report, {C}.", "This reflects {N} argument that {C}.",
    "{B} could apply {N} typology of drinks tourists, since {C}.", "{N} survey of {n} independent brewers found that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "For {A}, {C} {P}.", "This matters because {C} {P}.", "It is often claimed that {C} {P:see}.",
    "Several studies report that {C} {P:e.g.}.", "{C} {P:see also}.", "{C}, especially in the on-trade {P}.",
    "{C}. {P}", "Provenance, heritage and a visible maker are the usual cues of craft {P}.",
    "Taprooms turn a product into an experience {P:see, for example,}.",
    "Since the duty reform of August 2023, draught beer has been taxed at a lower rate than packaged beer {P}.",
    "{C}, which is why {B} invests in {T} {P}.", "In short, {C} {P}.", "{C} {P:cf.}.",
    "Consumers increasingly drink less but better {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; however, {C2}.", "Although {C} {P}, {C2}.",
    "{O}, {C} {P}, so {C2}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "Given that {C} {P:see}, it follows that {C2}.", "Some studies {P:e.g.} argue that {C}.",
    "Studies of craft drinks {P} agree that {C}.", "{C} {P}, whereas {C2}.",
    "The literature lists several benefits of a taproom: margin {P}, data and loyalty.",
]  # fmt: skip
CLAIMS = [
    "drinkers pay more for a beer when they know who brewed it", "provenance cues raise willingness to pay among {A}",
    "{A} see independence as a sign of quality", "a taproom visit deepens loyalty more than any advertising",
    "craft credentials weaken once a brewery is sold to a global group", "{B}'s founding story is its strongest asset",
    "limited releases create urgency among {A}", "distillery visitor centres turn tourists into long-term customers",
    "sustainability claims on drinks labels are often vague", "the low- and no-alcohol category is growing faster than beer",
    "{T} works well for small producers with little media budget", "cellar door sales give wineries better margins than retail",
    "specialty coffee drinkers value traceability over price", "{A} are drinking less but trading up",
    "local identity matters more to craft drinkers than style", "the cost-of-living crisis has hit premium spirits",
    "festival sampling converts to {R} only when it is followed up", "cider suffers from a dated image among {A}",
    "brand heritage can be invented as well as inherited", "packaging design signals craft as strongly as the liquid does",
    "{B} relies on {T} more than its larger rivals", "English sparkling wine now competes with Champagne on quality",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "However", "For {B}", "In the craft beer sector", "From a UK perspective",
    "In Ireland", "In the New Zealand market", "Since the pandemic", "For a small distillery", "On the other hand",
    "Within the wine trade", "Overall", "In terms of the on-trade", "Interestingly", "For {B}'s marketing team",
]  # fmt: skip
PLAIN = [
    "{B} sells through its taproom, its website and independent bottle shops.",
    "This report analyses {B}'s marketing environment and recommends a twelve-month plan.",
    "The table below summarises the key performance indicators for each channel.",
    "{B}'s Instagram account has over {n}k followers, but engagement is falling.",
    "A PESTLE analysis of {B} is included in the appendix.", "{O}, {C}.",
    "The main competitors are {B} and two other independent producers in the region.",
    "Task 2 builds on this by proposing a content plan for the taproom and the online shop.",
    "Visitors can book a tour and tasting online, and most book at the weekend.",
    "The recommendations are costed and phased over four quarters.",
]  # fmt: skip

# Text with brackets, years and numbers that these candidates write and that is no source.
NOT_CITATIONS = {
    "vintage": ["The {vin} vintage was the estate's largest to date.", "{B}'s Classic Cuvée (vintage {vin}) sold out at the cellar door.",
                "Frost cut yields badly in the {vin} vintage, so prices rose."],
    "batch-year": ["The gin is made in small runs (Batch {batch}, {Y3}).", "{B} released Batch {batch} ({Y3}) through its online club.",
                   "Each bottle is numbered by hand (batch {batch} of {n})."],
    "whisky-age": ["The flagship is a {age}-year-old single malt.", "Its core range runs from a {age}-year-old to a cask-strength release ({age} years old).",
                   "The {age} Year Old is the distillery's best seller."],
    "abv-strength": ["The gin is bottled at {abv}% ABV.", "{B}'s session pale ale (4.2% ABV) is its taproom best seller.",
                     "The cask-strength release (57.1% ABV) is sold only at the distillery."],
    "age-strength": ["The limited release ({age} years, {abv}% ABV) was priced at £{price}.", "A single cask ({age} yo, {abv}%) sold out in a day."],
    "award-year": ["The distillery's London Dry won {medal} at the {aw} ({Y3}).", "The beer took {medal}, {aw} {Y3}, in its first year.",
                   "Labels now carry the medal (Gold, IWSC {Y3})."],
    "award-list": ["Recent awards ({medal}, {aw} {Y3}; Silver, Great Taste {Y3}) feature on the website.",
                   "The range has won {n} medals since launch (most recently {aw}, {Y3})."],
    "product-year": ["{B} launched {beer} ({Y3}) as a year-round beer.", "The canned version of {beer} (launched {mo} {Y3}) is sold in Tesco and Waitrose."],
    "beer-name-year": ["The {beer} recipe ({Y3} version) uses more {hop}.", "Fans still prefer the original {beer} ({Y} recipe)."],
    "special-bottling": ["The Fèis Ìle {Y3} bottling sold out online in minutes.", "The distillery's {Y3} festival release ({n} bottles) was balloted."],
    "founding-year": ["{firm} (est. {fy}) still stresses its family ownership.", "{firm} (founded {fy}) remains the best-known name in the region.",
                      "Founded in {fy}, {firm} now exports to {n} countries."],
    "brewing-since": ["Its labels read ‘Brewing since {fy}’.", "The family has made cider on the farm since {fy} (five generations)."],
    "acquisition": ["{target} (acquired by {buyer} in {acqY}) kept its own branding.",
                    "Many drinkers lost trust in {target} after the sale to {buyer} (completed in {acqY}).",
                    "{buyer}'s purchase of {target} in {acqY} divided fans."],
    "acquisition-list": ["Several craft brands have been bought by global brewers (Meantime, 2015; Beavertown, 2023).",
                         "The deals of the last decade (Sipsmith to Beam Suntory, 2016; Aspall to Molson Coors, 2018) changed the market."],
    "duty-rate": ["Beer between 3.5% and 8.4% ABV now pays £{rate} per litre of alcohol (from 1 August 2023).",
                  "Spirits duty rose to £{rate} per litre of pure alcohol ({mo} {Y3})."],
    "duty-band": ["Draught relief applies to containers of 20 litres or more (under 8.5% ABV).",
                  "Small Producer Relief is tapered (below 4,500 hectolitres of beer a year)."],
    "minimum-price": ["Scotland raised its minimum unit price for alcohol (65p per unit, September 2024).",
                      "A bottle of whisky cannot be sold below the floor (£{price} for 70cl at 40%)."],
    "price-year": ["The bottle sells for £{price} ({Y3} price).", "A pint in the taproom costs £6.50 (up from £5.20 in 2021)."],
    "pack-format": ["The core range comes in cans (4 x 440ml) and kegs (30L).", "It is sold in half bottles (35cl, {abv}%) for gifting."],
    "festival-year": ["The team poured at {fest} ({Y3}) for the first time.", "Sampling at {fest} {Y3} brought {n} new newsletter sign-ups."],
    "event-date": ["The taproom reopened with a launch party ({d} {mo} {Y3}).", "Tickets for the open day ({d} {mo}) sold out in a week."],
    "certification-year": ["{B} became a certified B Corp ({Y3}).", "The vineyard holds {cert} status (since {Y3}).",
                           "Its cans carry the {cert} mark (certified {Y3})."],
    "certification-body": ["All barley is grown organically (Soil Association).", "The coffee is bought at a premium above the Fairtrade minimum (Fairtrade).",
                           "Pubs stocking the cask ale are audited (Cask Marque)."],
    "geographical-indication": ["Only whisky distilled and matured in Scotland may be called Scotch (a protected GI).",
                                "Welsh sparkling wine can carry the protected name (PDO Welsh Wine)."],
    "cask-finish": ["The release was finished in sherry butts (first-fill oloroso, {Y3}).", "Cask No. {n} (distilled {Y}, bottled {Y2}) was sold to one buyer."],
    "distilled-bottled": ["The label gives both dates (distilled {Y}, bottled {Y2}).", "The bottling (dist. {Y}, bott. {Y2}) is the oldest the distillery has released."],
    "hop-variety": ["The IPA is hopped with New Zealand varieties ({hop} and Nelson Sauvin).", "The recipe changed in {Y3} ({hop} replaced Cascade)."],
    "bitterness": ["The double IPA is heavily hopped ({ibu} IBU, {abv}% ABV).", "Its lager is deliberately gentle ({ibu} IBU)."],
    "apple-variety": ["The single-variety cider uses one apple ({apple}).", "Most of the orchard is bittersweet fruit ({apple} and Dabinett)."],
    "coffee-origin": ["The espresso blend changed this spring ({origin}, washed, {Y3} harvest).", "Its single origin of the month ({origin}) sold out in three days."],
    "tea-flush": ["The Darjeeling (second flush, {Y3}) is the merchant's most expensive tea.", "The first flush ({mo} {Y3}) is sold in 50g tins."],
    "harvest": ["Harvest {vin} was small (about {n} tonnes of grapes).", "The {vin} harvest ended early (late September)."],
    "volume": ["The brewery produced about {n},000 hectolitres ({Y3}).", "Output has grown every year ({n},000 cases in {Y3})."],
    "visitor-numbers": ["The visitor centre welcomed {n},000 people ({Y3}).", "Tours now make up {pct}% of revenue (FY{Y3})."],
    "financial-year": ["Revenue grew by {pct}% (year to 31 March {Y3}).", "Losses narrowed in the last financial year (FY{Y3})."],
    "stock-ticker": ["Chapel Down's shares trade on AIM (AIM: CDGP).", "Diageo (LSE: DGE) owns several of the brands in this category."],
    "crowdfunding": ["{B} raised £{n}k from drinkers on Crowdcube ({mo} {Y3}).", "Its equity crowdfunding round (the fifth since {Y}) was oversubscribed."],
    "untappd-rating": ["The beer is rated highly by drinkers (4.1 on Untappd, {n} check-ins).", "Reviews on the app are strong (average 3.9/5)."],
    "own-survey": ["Most taproom visitors live within ten miles (own survey, n = {n}).", "Half of the club members buy monthly (member survey, {mo} {Y3})."],
    "market-figure": ["Independent brewers hold a small share of the on-trade ({pct}% by volume).", "English wine production reached a record ({n} million bottles)."],
    "social-handle": ["The brewery's Instagram (@tinyrebelbrewco) is run by the social team.", "Customers tag the taproom (#CraftBeerHour) in their photos.",
                      "The roastery replies to questions on X (@squaremilecoffee) within a day."],
    "campaign-year": ["The ‘Drink Less, Drink Better’ campaign ({Y3}) ran on Instagram.", "Its ‘Grain to Glass’ film ({mo} {Y3}) won a regional award."],
    "collab-beer": ["The collaboration with Garage Project ({beer} x Hāpi Daze, {Y3}) sold out.", "A collab brew (with Cloudwater, {mo} {Y3}) reached new drinkers."],
    "anniversary": ["The tenth-anniversary edition ({Y3}) came in a numbered tin.", "{firm} marked its anniversary ({fy}–2024) with a heritage label."],
    "gift-pack": ["The Christmas gift pack ({Y3}) included a branded glass.", "Advent calendars (24 x 5cl) were launched in {Y3}."],
    "serve": ["The gin is served with tonic and pink grapefruit (the ‘perfect serve’).", "The beer should be poured cold (4–6°C)."],
    "cross-reference": ["The taproom layout is shown in the appendix (Appendix 3).", "The customer personas (see Figure {q}) draw on the survey.",
                        "Costs are set out in the budget (Table {q})."],
    "qualification": ["This report was written for the CIM Level 6 Diploma (Module 2).", "The brief asks for a marketing plan (CIM Level 4, Unit 1)."],
    "website-address": ["Orders are placed through the web shop (www.example-brewery.co.uk/shop).", "Bookings are taken online (tours.example-distillery.com)."],
    "licensing-hours": ["The taproom is licensed until late at weekends (Fri–Sat, 12–11pm).", "Off-sales stop early on Sundays (until 6pm)."],
    "scale-rating": ["Tasters rated the new gin highly (8.{q}/10).", "Sweetness was rated on a five-point scale (1 = dry, 5 = sweet)."],
}  # fmt: skip

SCARE_QUOTES = ["‘craft’", "‘small batch’", "‘hand-crafted’", "‘crafty’", "‘grain to glass’", "‘terroir’",
                "‘premiumisation’", "‘sober curious’", "‘third wave’", "'drink less, drink better'", "‘localness’",
                "“craft washing”", "‘authentic’", "'independent'"]  # fmt: skip
SCARE_FRAMES = [
    "Global brewers have been accused of {Q} {P}.", "So-called {Q} brands are often owned by multinationals {P}.",
    "The word {Q} is used loosely on drinks labels {P}.", "{B} describes itself as {Q}, a claim drinkers test {P}.",
    "Younger drinkers are increasingly {Q} {P}.", "The idea of {Q} runs through {B}'s packaging {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Fresh hops are here: {beer} drops Friday’", "‘Your taproom table is booked’",
                 "“Members’ release: Batch {batch} is live”", "‘Last chance for Christmas delivery’",
                 "‘Meet the maker: a night with our head distiller’", "'The {vin} vintage is ready to order'",
                 "‘Free delivery on mixed cases this weekend’", "“Your coffee subscription ships tomorrow”"]  # fmt: skip
SUBJECT_FRAMES = [
    "An email headed {Q} had the highest open rate of the year {P}.", "{B} sent {Q} to its club members {P}.",
    "Subject lines such as {Q} create urgency {P}.", "Testing {Q} against a plainer line showed a clear winner {P}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one marketing text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{N} put it simply: {Q}.", "As {N} wrote, {Q}.", "{B} appears to accept that {Q} {P}.",
    "One study of craft producers concluded that {Q} {P}.",
]  # fmt: skip
