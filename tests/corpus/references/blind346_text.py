"""The prose of the blind346 pool (HELD OUT): marketers at pubs, pub groups, bars and cocktail chains, brewers and
their tied estates, pub-booking and bar-tab apps and hospitality trade bodies in the UK, Ireland, Belgium, the Czech
Republic, Australia and Kenya, writing CIM Level 6 and 7 reports and MBA assignments in English on pub closures and
community pubs, low and no alcohol, app ordering, sports screening, tied leases, the cost of living and digital
channels. Written without reading the checker, its tests or any other pool.

Placeholders as in text.py: {N} a narrative citation, {P} a parenthetical one ({P:see} with a word inside its
bracket), {Q} a quotation, {C} and {C2} claims, {B} a brand, {O} an opener; the fill values of values() besides.
NOT_CITATIONS holds text with brackets, years and quotation marks that cites nothing: pubs and their first years,
beers and their launches, founders and famous drinkers, laws and rulings, campaigns and awards, takeovers, crises,
films and series, prices, counts, slogans and sayings.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["JD Wetherspoon", "Wetherspoons", "Greene King", "Mitchells & Butlers", "Stonegate", "Young's", "Fuller's",
          "Marston's", "Admiral Taverns", "BrewDog", "Diageo", "Guinness", "Heineken", "AB InBev", "Carlsberg Britvic",
          "Molson Coors", "Asahi", "Pilsner Urquell", "Duvel Moortgat", "Kenya Breweries", "East African Breweries",
          "Endeavour Group", "ALH Hotels", "Australian Venue Co.", "Dirty Martini", "Be At One", "Slug and Lettuce",
          "DesignMyNight", "OpenTable", "Toby Carvery", "Harvester", "All Bar One", "O'Neill's", "Nicholson's",
          "Star Pubs & Bars", "Punch Pubs", "Tusker", "Stella Artois"]  # fmt: skip

_AUDIENCES = ["regulars", "younger drinkers", "Gen Z customers", "sports fans", "families", "after-work drinkers",
              "tourists", "students", "mindful drinkers", "locals in rural villages", "office workers in the city"]  # fmt: skip
_RESULTS = ["footfall", "dwell time", "spend per head", "repeat visits", "app downloads", "table bookings",
            "wet-led sales", "brand preference", "loyalty", "average transaction value"]  # fmt: skip
_TACTICS = ["order-and-pay apps", "live sport screening", "quiz nights", "loyalty apps", "0.0% draught lines",
            "happy-hour offers", "Instagram content", "email newsletters", "local community events", "beer festivals",
            "cocktail masterclasses", "pre-booking through DesignMyNight", "tap takeovers", "bottomless brunches"]  # fmt: skip
_PUBS = ["The Eagle and Child", "Sean's Bar", "Ye Olde Trip to Jerusalem", "The Lamb and Flag", "The Brazen Head",
         "U Fleků", "Café Vlissinghe", "The Fortune of War", "The Lord Nelson", "Kuumba Lounge", "The Spaniard's Inn",
         "The Old Bell", "Kehoe's", "The Crown and Anchor"]  # fmt: skip
_BEERS = ["Guinness Draught", "Pilsner Urquell", "Tusker", "Punk IPA", "Guinness 0.0", "Duvel", "Stella Artois",
          "Old Speckled Hen", "Carling", "Victoria Bitter", "Budvar", "White Cap", "Camden Hells", "Beavertown Neck Oil",
          "Heineken 0.0", "Hobgoblin", "Doom Bar"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use: audiences, results, tactics, pubs, beers, prices and counts."""
    return {
        "A": rng.choice(_AUDIENCES),
        "R": rng.choice(_RESULTS),
        "T": rng.choice(_TACTICS),
        "PUB": rng.choice(_PUBS),
        "BEER": rng.choice(_BEERS),
        "PINT": f"{rng.randint(3, 7)}.{rng.choice(['15', '25', '49', '65', '79', '95'])}",
        "EUR": f"{rng.randint(5, 8)}.{rng.choice(['10', '50', '70', '90'])}",
        "KES": str(rng.choice([250, 300, 350, 400, 450])),
        "PUBS": f"{rng.randint(38, 47)},{rng.randint(100, 999)}",
        "PCT": str(rng.randint(3, 38)),
        "WK": str(rng.randint(1, 52)),
    }


NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} argue that {C}, which is exactly the challenge {B} faces.",
    "{N} concluded that {C}.",
    "{N} highlight that {C}, especially among {A}.",
    "{N} makes the case that {C}.",
    "{N} reported that {C}; this matches what managers at {B} told me.",
    "{N} suggests that {C}, although the sample was drawn from city-centre venues only.",
    "{N} warn that {C} unless operators invest in {T}.",
    "{N} observed that {C}.",
    "{N} showed that {C} and that {C2}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} point out, {C}.",
    "According to {N}, {C}.",
    "{O}, {N} found that {C}.",
    "This is supported by {N}, who note that {C}.",
    "{C}, as {N} explains.",
    "For {B}, the lesson from {N} is that {C}.",
    "Research by {N} suggests that {C}.",
    "In the Irish market, {N} found that {C}.",
    "{C}; {N} came to a similar conclusion for Belgian cafés.",
    "A study of Nairobi bars by {N} found that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of tenanted pubs found that {C}.",
    "{O}, {N} findings suggest that {C}.",
    "{N} survey of {A} shows that {C}.",
    "{N} report makes clear that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "There is good evidence that {C} {P}.",
    "It is widely recognised in the trade that {C} {P}.",
    "{B} knows that {C} {P}.",
    "This matters because {C} {P:see}.",
    "{C}, particularly in rural areas {P}.",
    "Operators are learning that {C} {P:e.g.}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{C} {P}, although {C2}.",
    "{C} {P}; even so, {C2}.",
    "{C} {P}, while {C2}.",
    "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "investment in {T} raises {R} among {A}",
    "{A} are drinking less but spending more per visit",
    "community pubs survive where they become the hub of village life",
    "low and no alcohol options keep designated drivers in the round",
    "app ordering lifts spend per head but can make a pub feel less sociable",
    "screening live sport fills wet-led pubs on weekday evenings",
    "tied tenants feel the squeeze of rising beer prices before managed pubs do",
    "the cost-of-living crisis has pushed {A} towards drinking at home",
    "{B} relies on {T} more than its rivals do",
    "spending on {T} works best when it is tied to {R}",
    "heritage and provenance still sell premium lagers",
    "younger drinkers choose venues they have seen on Instagram or TikTok",
    "pubs that serve food recovered faster after the pandemic than wet-led ones",
    "loyalty schemes matter less in pubs than in coffee shops",
    "{A} reward {T} with {R}",
    "price promotions on spirits bring in {A} but not their loyalty",
    "a good beer garden is worth more than a bigger advertising budget",
    "Kenyan drinkers are trading up from spirits to premium beer",
    "Czech drinkers remain loyal to tank beer and their local hospoda",
    "Belgian cafés use their beer lists as a brand in themselves",
    "Australian pub groups make much of their profit from gaming rooms",
    "Irish rural pubs have lost trade since drink-driving limits were tightened",
    "firms that invest in {T} see stronger {R}",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "Similarly", "At the same time", "By contrast", "More recently",
           "In the case of {B}", "Even so", "Outside London", "In Ireland", "In Australia", "In Kenya",
           "For a tenanted pub", "In the managed estate"]  # fmt: skip
PLAIN = [
    "{B} runs its estate through managed, tenanted and leased pubs.",
    "The campaign ran for six weeks across Instagram, TikTok and email.",
    "The pub reopened after a refurbishment that added a beer garden and two screens.",
    "{B} now takes most of its table bookings through its own app.",
    "Interviews were held with four general managers and two area managers.",
    "The recommendations below are costed for the next financial year.",
    "{O}, {C}.",
    "Table 3 summarises the competitor analysis for the five nearest venues.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one study of publicans puts it, {Q} {P}.",
    "{N} put it bluntly: {Q}.",
    "The point is made well: {Q} {P}.",
    "{O}, {Q} {P}.",
    "{Q} {P}, which is true of {B} too.",
]  # fmt: skip
SCARE_QUOTES = ["‘wet-led’", "‘the local’", "‘sober curious’", "‘premiumisation’", "‘drinktainment’",
                "‘experiential leisure’", "‘competitive socialising’", "‘the third place’", "‘mindful drinking’",
                "‘tied house’"]  # fmt: skip
SCARE_FRAMES = [
    "Operators now talk of {Q} venues {P}.",
    "{B} calls its approach {Q} {P}.",
    "The trade describes these pubs as {Q} {P}.",
    "{N} describe this as {Q}.",
    "So-called {Q} formats are growing fastest {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your first pint is on us this Friday’", "“The match is on: book your table now”",
                 "‘Dry January? We’ve got you covered’", "‘Quiz night is back at {PUB}’",
                 "“Happy hour just got longer”", "‘Two cocktails for £{PINT}? Yes please’",
                 "‘We’ve missed you: 20% off your next round’"]  # fmt: skip
SUBJECT_FRAMES = [
    "The email headed {Q} had the best open rate of the quarter {P}.",
    "{B}'s push notification {Q} was sent to lapsed app users {P}.",
    "A subject line such as {Q} creates urgency {P}.",
    "{N} show that messages like {Q} lift bookings.",
]  # fmt: skip

# Text that looks like a citation and is not one (never in the reference list).
NOT_CITATIONS = {
    "pub-founded": ["Heritage matters to visitors in Oxford (The Eagle and Child, 1650).", "Tourists still queue at what is said to be Ireland's oldest pub (Sean's Bar, 900).",
                    "The chain's Nottingham site is famous (Ye Olde Trip to Jerusalem, 1189)."],
    "first-site": ["The group grew from one London pub (first Wetherspoon, 1979).", "The brand's first bar opened in Fulham (Slug and Lettuce, 1985).",
                   "Cocktail bars came later (first Be At One, 2000)."],
    "beer-launch": ["Nitrogenated stout changed the pint (Guinness Draught, 1959).", "The first golden lager was brewed in Plzeň (Pilsner Urquell, 1842).",
                    "Kenya's best-known beer is nearly a century old (Tusker, 1923)."],
    "craft-launch": ["Craft beer went mainstream with one brand (Punk IPA, 2007).", "Alcohol-free stout reached the UK soon after (Guinness 0.0, 2020)."],
    "founder": ["The brand's story begins with a lease of 9,000 years (Arthur Guinness, 1759).", "The chain was founded by a barrister turned publican (Tim Martin, 1979)."],
    "brewer-person": ["The recipe was the work of a Bavarian brewer, Josef Groll (1842).", "Belgian monks set the standard for abbey beers (Westmalle, 1836)."],
    "famous-drinker": ["Pubs have long traded on famous customers (Winston Churchill, 1940).", "Australians remember a record yard of ale (Bob Hawke, 1954)."],
    "law": ["The tied estates were broken up by law (Beer Orders, 1989).", "Opening hours were relaxed (Licensing Act, 2003)."],
    "code": ["Tied tenants gained new rights (Pubs Code, 2016).", "Tenants can now ask for a free-of-tie rent (market-rent-only option, 2016)."],
    "ban": ["Trade fell in many locals (smoking ban, 2007).", "Ireland went first (workplace smoking ban, 2004)."],
    "pricing-law": ["Scotland set a floor price per unit (minimum unit pricing, 2018).", "Ireland followed with its own floor (minimum unit pricing, 2022)."],
    "kenya-law": ["Bar hours in Kenya are tightly controlled (Mututho laws, 2010).", "Counties now license bars themselves (Alcoholic Drinks Control Act, 2010)."],
    "campaign": ["Sales dip every year in the new year (Dry January, 2013).", "The charity's idea caught on quickly (Dry January, 2013), and brewers followed."],
    "day": ["{B} ran offers on the day (International Beer Day, 2007).", "The day is now in every marketing calendar (St Patrick's Day, {Y})."],
    "award": ["The pub's success was recognised (Pub of the Year, 2019).", "The bar won a national title (Cocktail Bar of the Year, {Y})."],
    "brand-day": ["Diageo's event was later dropped (Arthur's Day, 2009).", "The brewer's festival was relaunched (Tusker Oktobafest, {Y})."],
    "takeover": ["Heineken's tied estate grew overnight (Heineken and Star Pubs, 2017).", "The brewer was sold to a Hong Kong group (Greene King and CKA, 2019)."],
    "merger": ["The brewing joint venture changed the market (Carlsberg and Marston's, 2020).", "The biggest brewing deal closed after approval (AB InBev and SABMiller, 2016)."],
    "scheme": ["Restaurants filled on weekday evenings (Eat Out to Help Out, 2020).", "Wet-led pubs gained little from the scheme (Eat Out to Help Out, August 2020)."],
    "closures": ["Trade collapsed overnight (lockdown closures, 2020).", "Kenyan bars suffered too (curfew, 2020)."],
    "duty": ["Operators welcomed the budget (beer duty freeze, 2023).", "Draught relief helped cask ale (Draught Relief, 2023)."],
    "sport-event": ["Pubs had their busiest night of the year (Euro 2020 final, 2021).", "Screens were booked months ahead (World Cup, 2022)."],
    "sport-fixture": ["Irish pubs fill for the rugby (Six Nations, {Y}).", "Australian pubs rely on one day in September (AFL Grand Final, {Y})."],
    "sitcom": ["The idea of the friendly local is everywhere on screen (Cheers, 1982).", "Everyone knows the Queen Vic (EastEnders, 1985)."],
    "film": ["The pub crawl became a film plot (The World's End, 2013).", "Irish rural pubs reached a global audience (The Banshees of Inisherin, 2022)."],
    "series": ["Flat caps and whiskey became fashionable (Peaky Blinders, 2013).", "Young drinkers recognise the set (Derry Girls, 2018)."],
    "pint-price": ["A pint in London now costs £{PINT} a pint (2024).", "Prices vary widely, from £3.25 in Wetherspoons to £{PINT} in Mayfair (2024)."],
    "euro-price": ["In Dublin a pint of stout costs €{EUR} (2024).", "Belgian cafés charge around €{EUR} for a Duvel (2023)."],
    "ksh-price": ["A Tusker costs about KSh {KES} in a Nairobi bar (2024).", "Premium lagers cost KSh {KES} or more (2023 prices)."],
    "pub-count": ["Britain now has fewer than {PUBS} pubs (2023).", "Closures continued: 45,000 pubs (2023)."],
    "percentage": ["Low and no alcohol sales rose sharply ({PCT}% in 2023).", "Most guests now order through the app ({PCT}% of orders, 2024)."],
    "covers": ["The site served record numbers (2022 covers).", "Food trade recovered strongly (2023 covers: 1,{PCT}00 a week)."],
    "financial-year": ["{B} reported a return to profit (FY2024).", "Like-for-like sales grew ({PCT}%, FY23/24)."],
    "week": ["Trade peaked in week {WK} (2024).", "The promotion ran from week {WK} (FY2025)."],
    "slogan": ["The old advertising line is now banned: \"Guinness is good for you\".", "The slogan \"Probably the best lager in the world\" still works for Carlsberg."],
    "saying": ["Every publican knows the call of \"Last orders, please\".", "The message \"Don't drink and drive\" appears on every beer mat."],
    "tagline": ["Heineken's line \"When you drive, never drink\" runs alongside its F1 sponsorship.", "Tusker's tagline \"Bia yangu, nchi yangu\" (my beer, my country) is patriotic."],
    "opening-hours": ["The pub opens from 11am to 11pm (Monday to Saturday).", "Late licences allow trading until 2am (Friday and Saturday)."],
    "abv": ["The lager is brewed at a lower strength (4.0% ABV).", "Alcohol-free means very little alcohol (0.0%, below 0.05% ABV)."],
    "units": ["Drinkers are advised to stay within fourteen units a week (about six pints).", "One pint of strong lager holds almost three units (5.2% ABV)."],
    "stock-ticker": ["Shares fell after the update (LSE: JDW).", "Investors watched the brewer closely (Euronext: HEIA)."],
    "former-name": ["The group was once a brewer (formerly Wolverhampton & Dudley Breweries).", "The bar brand was renamed (formerly Rat and Parrot)."],
    "translation": ["Czechs talk of the local pub as a second home (hospoda).", "Most Nairobi drinkers use the small bar on their estate (pub ya mtaa)."],
    "glossed-term": ["Many pubs in the estate are wet-led (drink sales above 70% of turnover).", "Belgian cafés offer a house beer (huisbier)."],
    "app-version": ["Orders rose after the app update (version {WK}.2).", "The new app launched in March (iOS 17)."],
    "rating": ["The pub holds a strong rating (4.6 stars, {PCT}0 reviews).", "The venue is well rated (TripAdvisor Travellers' Choice, 2023)."],
    "licence-term": ["Tenants sign long agreements (25-year lease).", "The tie covers beer and cider (wet-rent tie, 2024)."],
    "figure-ref": ["Spend per head is shown below (Figure {q}).", "The survey results are summarised (Table {q}, Appendix 2)."],
    "sample": ["Most respondents visited weekly (n = {n}).", "The survey ran across three pubs (n = {n}, 2024)."],
    "quarter": ["Sales grew in the run-up to Christmas (Q4 2023).", "Trade was flat (Q{q} {Y})."],
}  # fmt: skip
