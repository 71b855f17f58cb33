"""Prose for the blind235 pool (HELD OUT): marketers at UK and Irish restaurant groups, pub companies, coffee and
bakery chains, quick-service brands, food-delivery platforms and hospitality suppliers (Greggs, Nando's, Pret A
Manger, JD Wetherspoon, Mitchells & Butlers, Greene King, Fuller's, Costa Coffee, Caffè Nero, Wagamama, Dishoom, Leon,
Itsu, Deliveroo, Just Eat, Uber Eats, Brakes, Bidfood, Supermac's, Bewley's) writing CIM Level 6 and 7 reports and MBA
assignments in English on consumer, loyalty, franchise and trade marketing.

The decoys are what these reports are full of and no tutor expects in a reference list: menu prices and deals with
their periods, sites, openings and closures with years, like-for-like sales, hygiene ratings, calorie-labelling,
allergen and licensing laws, VAT and energy rates, loyalty apps and menu launches, fixtures and calendar moments,
pint prices and beer duty, tickers, awards, titles, financial years and periods. Written without reading the
checker, its tests or any other pool.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Greggs", "Nando's", "Pret A Manger", "JD Wetherspoon", "Mitchells & Butlers", "Greene King", "Fuller's",
          "Costa Coffee", "Caffè Nero", "Wagamama", "Dishoom", "Leon", "Itsu", "Deliveroo", "Just Eat", "Uber Eats",
          "Brakes", "Bidfood", "Supermac's", "Bewley's", "Franco Manca", "Gail's", "Wahaca", "Harvester", "Toby Carvery",
          "All Bar One", "Pizza Express", "Tim Hortons UK", "Frankie & Benny's", "Five Guys UK"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values this pool's frames use, beside the builder's own."""
    return {
        "T": rng.choice(["the loyalty app", "table ordering", "menu calorie labels", "limited-time offers", "meal deals",
                         "click-and-collect", "third-party delivery", "Instagram content", "TikTok creators",
                         "sports screenings", "subscription coffee", "franchising", "email CRM", "happy-hour pricing"]),
        "A": rng.choice(["Gen Z diners", "families", "students", "commuters", "office workers", "regulars",
                         "lapsed customers", "franchisees", "casual drinkers", "delivery users", "older diners"]),
        "R": rng.choice(["visit frequency", "average spend per head", "repeat visits", "app sign-ups",
                         "like-for-like sales", "basket size", "dwell time", "Net Promoter Score", "order frequency"]),
        "M": rng.choice(["breakfast", "Christmas", "summer", "pizza", "coffee", "burger", "brunch", "vegan"]),
        "Y3": str(rng.randint(2019, 2025)),
        "mo": rng.choice(["January", "February", "March", "April", "June", "July", "September", "October", "November"]),
        "pc": str(rng.randint(3, 68)),
        "p": f"{rng.randint(1, 9)}.{rng.randint(10, 95)}",
        "k": str(rng.randint(2, 95)),
        "dish": rng.choice(["sausage roll", "flat white", "chicken katsu curry", "bacon naan roll", "steak bake",
                            "halloumi wrap", "Sunday roast", "pint of lager", "meatball marinara", "peri-peri wrap"]),
        "tk": rng.choice(["LON: GRG", "LON: JDW", "LON: MAB", "LON: FSTA", "LON: WTB", "LON: DOM", "LON: ROO",
                          "AMS: TKWY", "LON: RTN"]),
        "site": rng.choice(["Manchester Piccadilly", "Belfast city centre", "Dublin's Grafton Street", "Leeds Trinity",
                            "Bristol Cabot Circus", "Cardiff Queen Street", "Glasgow Buchanan Street", "King's Cross",
                            "Galway's Eyre Square", "Newcastle Grainger Town"]),
        "role": rng.choice(["Head Chef", "General Manager", "Area Manager", "Franchise Partner", "Operations Director",
                            "Marketing Director", "Brand Manager", "Assistant Manager"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.",
    "{N} found that {C}, although the sample was drawn mainly from {A}.",
    "{N} concluded that {C}; this is directly relevant to {B}.",
    "{N} suggested that {C}, which fits {B}'s experience with {T}.",
    "{N} observed that {C} in managed pub estates as well as in branded restaurants.",
    "{N} identified {R} as the measure that matters most and showed that {C}.",
    "{N} warned that {C} once price rises are passed on to {A}.",
    "{N} makes the point that {C}.",
    "{N} highlighted that {C}, particularly outside London.",
    "{N} went further, claiming that {C} and that {C2}.",
    "{N} reported that {C} across a sample of UK and Irish operators.",
    "{N} questioned whether {C}, at least in the Irish market.",
    "{N} noted that {C}, a finding {B}'s marketing team should not ignore.",
    "{N} describe how {C}.",
    "{N} recommend that operators test {T} before rolling it out, since {C}.",
    "{N} was one of the first to argue that {C}.",
    "{N} found, in a study of {A}, that {C}.",
    "{N} points out that {C} – something {B} learnt the hard way.",
]  # fmt: skip
NARRATIVE_MID = [
    "{O}, {N} argued that {C}.",
    "This is consistent with {N}, who found that {C}.",
    "{C}, which supports the findings of {N}.",
    "As {N} point out, {C}.",
    "{B} is a good example: {N} showed that {C}.",
    "Research by {N} suggests that {C}.",
    "According to {N}, {C}.",
    "{C} – a view shared by {N}.",
    "In a study of UK coffee chains, {N} found that {C}.",
    "Evidence from {N} shows that, for {A}, {C}.",
    "Applying the service-quality lens of {N} to {B}, it appears that {C}.",
    "{C}; however, {N} found the opposite for {A}.",
    "Following {N}, this report treats {T} as part of the guest journey, because {C}.",
    "{O}, the work of {N} is useful because {C}.",
    "Data published by {N} indicate that {C}.",
    "{C}, as {N} noted in relation to the pub sector.",
    "For a franchised brand such as {B}, the argument of {N} is that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.",
    "{O}, {N} findings suggest that {C}.",
    "Using {N} framework, it is clear that {C}.",
    "{B} could apply {N} model, since {C}.",
    "{N} survey of {A} found that {C}.",
    "This reflects {N} argument that {C}.",
    "{N} analysis of the eating-out market shows that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "Research shows that {C} {P}.",
    "For {A}, {C} {P}.",
    "This matters because {C} {P}.",
    "{B} is no exception, since {C} {P}.",
    "It is often argued that {C} {P:see}.",
    "Several studies report that {C} {P:e.g.}.",
    "{C}, especially in the food-to-go market {P}.",
    "Put simply, {C} {P}.",
    "A key point for {B} is that {C} {P}.",
    "The UK eating-out market was worth far more before the pandemic than after it {P}.",
    "{C}, which is why {B} invests in {T} {P}.",
    "{C} {P:see also}.",
    "Loyalty schemes in hospitality reward frequency rather than spend {P}.",
    "{C}, as trade data for the UK and Ireland confirm {P:for example,}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{C} {P}; even so, {C2}.",
    "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.",
    "{B} has found that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.",
    "Because {C} {P}, {B} should make sure that {C2}.",
    "Some sources {P:e.g.} argue that {C}.",
    "{O}, {C} {P}, so {C2}.",
    "Three levers stand out – price, convenience {P} and menu innovation – and {C}.",
]  # fmt: skip
CLAIMS = [
    "{A} visit more often when {T} is easy to use",
    "{T} raises {R} among {A}",
    "calorie labels on menus shift a minority of orders towards lower-calorie dishes",
    "delivery commissions squeeze the margins of independent restaurants",
    "{B}'s value positioning protects it when {A} trade down",
    "loyalty apps give operators first-party data they cannot buy elsewhere",
    "pubs that show live sport see higher weekday trade",
    "{A} trust online reviews more than a brand's own advertising",
    "franchisees resist national promotions that cut their margins",
    "limited-time offers create urgency but can cheapen a brand",
    "the cost-of-living crisis has made {A} more price-sensitive",
    "{T} works best when it is backed by consistent service in the restaurant",
    "sustainable sourcing matters more to {A} than to older diners",
    "staff turnover damages the guest experience more than price rises do",
    "brands like {B} need to {bs} to stay relevant",
    "value-led chains gained share while casual dining lost it",
    "{A} respond to personalised offers more than to blanket discounts",
    "a clear brand story lets premium coffee chains charge more per cup",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "However", "For example", "In the UK", "In Ireland", "For {B}", "Since the pandemic",
    "In the context of {B}", "From a guest perspective", "Nevertheless", "Consequently", "Within the pub sector",
    "In the quick-service market", "Looking at {B}'s competitors", "Overall", "Crucially", "For {B}'s franchisees",
]  # fmt: skip
PLAIN = [
    "{B} trades from high streets, travel hubs, retail parks and drive-thrus.",
    "This section analyses {B}'s loyalty proposition and makes recommendations.",
    "Table {q} compares {B} with its main competitors on price, menu and convenience.",
    "{B}'s Instagram account has a large following, but engagement per post has fallen.",
    "The recommendations are costed and phased over twelve months.",
    "{O}, {C}.",
    "A PESTLE and SWOT analysis of {B} are included in the appendices.",
    "Customers can order at the counter, through the app or through delivery partners.",
    "The franchise model lets {B} grow without owning every site.",
    "Task 2 builds on this by proposing a trade marketing plan for the next financial year.",
    "The main competitors are {B} and two regional chains.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one hospitality text puts it, {Q} {P}.",
    "This is summed up neatly: {Q} {P}.",
    "{O}, {Q} {P}.",
    "{N} put it plainly: {Q}.",
    "The point for {B} is that {Q} {P}.",
    "One study of UK pubs concluded that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘premiumisation’", "‘experiential dining’", "‘food to go’", "‘dark kitchens’", "‘wet-led’",
                "‘grab and go’", "‘Instagrammable’", "'treat culture'", "“affordable luxury”", "‘vertical drinking’",
                "‘destination dining’", "‘the lipstick effect’", "‘third place’", "“value for money”", "'drip pricing'"]  # fmt: skip
SCARE_FRAMES = [
    "{B} calls its new format {Q} {P}.",
    "The trade press is full of talk about {Q} {P}.",
    "So-called {Q} has changed how chains design their sites {P}.",
    "Operators describe this as {Q}, and {B} is no exception {P}.",
    "The term {Q} is used loosely across the sector {P}.",
    "Critics see {Q} as a way to justify higher prices {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your free {M} treat is waiting’", "‘Double stamps this week only’", "“Your table is calling”",
                 "‘2 for £10 on mains – tonight only’", "‘We’ve missed you – here’s a free coffee’",
                 "'Happy birthday! Your gift is inside'", "“Match day? Book your table now”",
                 "‘New on the menu: {dish}’", "‘Last chance: 25% off your next order’"]  # fmt: skip
SUBJECT_FRAMES = [
    "An app notification headed {Q} lifted redemptions {P}.",
    "{B} sent {Q} to lapsed members of its scheme {P}.",
    "Subject lines like {Q} create urgency {P}, but overuse leads to fatigue.",
    "The email {Q} was opened by more {A} than any other that quarter {P}.",
    "Testing {Q} against a plainer version showed the value of personalisation {P}.",
]  # fmt: skip

# Text with brackets, years, figures or quotation marks that is no citation and must raise no problem.
NOT_CITATIONS = {
    "menu-price": [
        "Greggs' sausage roll rose to £1.15 (2024), still well below a supermarket meal deal.",
        "A {dish} now costs £{p} at {B} (menu checked {mo} {Y3}).",
        "Wetherspoon's curry club (Thursdays, from £7.99) keeps midweek trade busy.",
    ],
    "meal-deal": [
        "The £5 meal deal (sandwich, snack and drink) is the chain's best seller.",
        "{B} answered the supermarkets with a 2 for £10 deal (Monday to Thursday, {Y3}).",
        "The breakfast deal (any hot drink and a bacon roll for £3.50) runs until 11am.",
    ],
    "eat-out-scheme": [
        "Eat Out to Help Out (August 2020) lifted covers by half on Mondays to Wednesdays.",
        "Many diners first tried {B} during Eat Out to Help Out (3 to 31 August 2020).",
    ],
    "site-count": [
        "Greggs had 2,473 shops at the end of 2023 and plans around 3,000 in time.",
        "{B} now trades from {k}0 sites (as at {mo} {Y3}).",
        "The estate grew to over 1,700 pubs (FY2023), mostly in England.",
    ],
    "opening-year": [
        "Greggs' first shop (1951) was in Gosforth, Newcastle upon Tyne.",
        "Dishoom Covent Garden (2010) still has queues outside at lunchtime.",
        "The first Nando's in the UK (Ealing, 1992) set the template for the chain.",
        "Supermac's opened its first restaurant in Ballinasloe (1978).",
    ],
    "closures-disposals": [
        "Around 500 pubs were sold in 2023 as owners shrank their estates.",
        "{B} closed {k} underperforming sites (H2 {Y3}) to protect margins.",
        "The company disposed of its tenanted estate (sold in 2019) to focus on managed houses.",
    ],
    "like-for-like": [
        "Managed pubs grew like-for-like sales strongly (LFL +7.9% in H1 2024).",
        "Like-for-like sales fell in the third quarter (Q3 2023, -2.1%).",
        "{B} reported LFL growth of {pc}% (52 weeks to 30 December 2023).",
    ],
    "hygiene-rating": [
        "Every {B} site in the region displays an FHRS 5 sticker in its window.",
        "The {site} branch kept its 5-star rating (2023) after an unannounced inspection.",
        "In Scotland the scheme is a pass or improvement required (FHIS), not a number.",
    ],
    "calorie-law": [
        "The Calorie Labelling (Out of Home Sector) (England) Regulations 2021 apply to businesses with 250 or more staff.",
        "Menus must show calories per portion (in force from 6 April 2022) in England.",
        "Ireland's calorie-posting rules (proposed in 2019) have not yet been made law.",
    ],
    "licensing-law": [
        "Opening hours are set under the Licensing Act 2003 rather than by the chain.",
        "In Scotland the Licensing (Scotland) Act 2005 requires a premises licence for every bar.",
        "Pubs in Northern Ireland still close earlier (Licensing and Registration of Clubs (Amendment) Act (Northern Ireland) 2021).",
    ],
    "allergen-law": [
        "Natasha's Law (October 2021) requires full ingredient labels on prepacked for direct sale food.",
        "All fourteen allergens must be declared (Food Information Regulations 2014).",
        "Staff training was redesigned after Natasha's Law came into force (1 October 2021).",
    ],
    "smoking-ban": [
        "Pubs lost some regulars after the smoking ban (2007) but gained diners.",
        "Ireland's workplace smoking ban (March 2004) came three years before England's (July 2007).",
    ],
    "vat-rate": [
        "Hospitality VAT went back up to 12.5% from October 2021, then to the 20% rate from April 2022.",
        "The reduced rate (5% from July 2020) was a lifeline for cafés.",
        "Irish restaurants lost the 9% rate (reverted to 13.5% in November 2023).",
    ],
    "energy-costs": [
        "Energy bills at some pubs tripled (winter 2022/23) as fixed contracts ended.",
        "The Energy Bill Relief Scheme (October 2022 to March 2023) capped unit prices for businesses.",
    ],
    "loyalty-launch": [
        "The Greggs app (2022) replaced the old stamp card.",
        "Costa Club (2015) moved from a plastic card into the app.",
        "Club Pret (launched September 2020) offered up to five drinks a day for a monthly fee.",
        "{B}'s rewards scheme ({Y3} relaunch) now has personalised offers.",
    ],
    "menu-launch": [
        "The vegan sausage roll (2019) became a national news story overnight.",
        "Nando's PERi-PERi sauces are also sold in supermarkets.",
        "The {dish} (autumn {Y3} menu) sold out in a fortnight.",
        "Veggie Pret (2016) began as a pop-up in Soho.",
    ],
    "football": [
        "Pubs showing Euro 2024 in England's group games saw sales jump.",
        "The World Cup (Qatar, November–December 2022) was the first played in winter.",
        "Bookings rose ahead of the final (14 July 2024).",
    ],
    "rugby": [
        "The Six Nations 2023 drove Saturday trade in Irish bars.",
        "Pubs near the Aviva Stadium open early on match days (Six Nations, February {Y3}).",
    ],
    "calendar-moment": [
        "Christmas 2023 was the busiest December since the pandemic for {B}.",
        "{B} ran a set menu for Valentine's Day (14 February {Y3}).",
        "Low-and-no sales peak during Dry January ({Y3}).",
        "Mother's Day (Sunday 10 March 2024) was the biggest lunch of the year.",
    ],
    "pint-price": [
        "The average pint cost £4.82 in 2024, and far more in London.",
        "A pint of lager at Wetherspoon (£2.99 in many pubs, 2024) undercuts most rivals.",
    ],
    "beer-duty": [
        "Beer duty was reformed (1 August 2023) to favour draught products.",
        "Draught relief (9.2% lower duty from August 2023) helps pubs more than supermarkets.",
    ],
    "ticker": [
        "Greggs is listed on the London Stock Exchange (LON: GRG).",
        "Shares in {B}'s parent ({tk}) fell after the trading update.",
        "Wetherspoon (LON: JDW) is one of the few pub chains still listed.",
    ],
    "award": [
        "The head chef won at the Cateys 2023.",
        "{B} was shortlisted at the Publican Awards 2024.",
        "Dishoom's cookbook was named at the Observer Food Monthly Awards 2022.",
        "The campaign won gold ({Y3} Marketing Week Masters).",
    ],
    "job-title": [
        "The {role} at the Leeds site (interviewed {mo} {Y3}) agreed to trial the new menu.",
        "Interviews were held with a General Manager, a Head Chef and an Area Manager (n = 3).",
        "The founder was made an MBE (2020 New Year Honours) for services to hospitality.",
        "The CEO (appointed {Y3}) announced a new loyalty strategy.",
    ],
    "financial-year": [
        "Revenue grew to £1.8bn (FY2023/24) on the back of new openings.",
        "Marketing spend was held flat (FY{Y3} budget).",
        "Results are for the 52 weeks to 30 December 2023.",
    ],
    "half-year": [
        "Sales rose strongly in the first half (H1 2024).",
        "Profits dipped (H2 {Y3}) as wage costs rose.",
    ],
    "living-wage": [
        "The National Living Wage rose to £11.44 (April 2024), adding to costs.",
        "Ireland's minimum wage (€12.70 from January 2024) hit smaller cafés hard.",
    ],
    "tips-law": [
        "Tips must now go to staff in full (Employment (Allocation of Tips) Act 2023).",
        "{B} updated its tronc policy before the tips law took effect (1 October 2024).",
    ],
    "franchise-terms": [
        "Franchisees pay an initial fee (£25,000, ten-year term) and a royalty on sales.",
        "The franchise agreement ({Y3} version) requires two local marketing campaigns a year.",
    ],
    "delivery-commission": [
        "Aggregators typically take a large commission (up to 30% per order).",
        "Delivery made up {pc}% of sales (Q{q} {Y3}), up from almost nothing before 2020.",
    ],
    "app-rating": [
        "The app is rated highly (4.8 stars, App Store, {mo} {Y3}).",
        "Reviews on Google average 4.{q} out of 5 (n = {n}).",
    ],
    "survey-sample": [
        "Most respondents visit a coffee shop weekly (n = {n}).",
        "Two-thirds preferred ordering at the table ({pc}%, n = {n}).",
        "The focus groups (three groups of six, {mo} {Y3}) were held in Dublin and Belfast.",
    ],
    "cross-reference": [
        "The full competitor map is in the appendices (Appendix {q}).",
        "See Table {q} (above) for the menu price comparison.",
        "The perceptual map (Figure {q}) places {B} between value and premium.",
        "Costings are set out in Section {q}.2 (below).",
    ],
    "handle-or-tag": [
        "Customers can follow the brand on Instagram (@greggs_official).",
        "The hashtag (#VeganSausageRoll) trended for two days.",
        "Complaints are answered on X (@NandosUK) within the hour.",
    ],
    "sugar-levy": [
        "Soft drinks were reformulated before the Soft Drinks Industry Levy (April 2018).",
        "The sugar tax (2018) pushed chains towards diet options on their fountains.",
    ],
    "hfss-rules": [
        "HFSS promotion rules (October 2022) stop volume deals on some products in larger stores.",
        "The 9pm watershed for HFSS advertising (delayed to 2025) will affect quick-service brands.",
    ],
    "lockdown-dates": [
        "Every site closed in the first lockdown (23 March 2020).",
        "Pubs in England reopened on ‘Super Saturday’ (4 July 2020).",
        "Indoor dining in Ireland stayed shut for months (reopened 26 July 2021).",
    ],
    "deal-year": [
        "Greene King was bought by CK Asset Holdings (2019) for £4.6bn.",
        "JAB Holding took Pret private (2018) before the pandemic.",
        "Whitbread sold Costa to Coca-Cola (completed January 2019, £3.9bn).",
    ],
    "ipo": [
        "Deliveroo's IPO (March 2021) was one of the weakest London debuts in years.",
        "The shares were priced at 390p (31 March 2021) and fell on the first day.",
    ],
    "guide-rating": [
        "The flagship kept its Michelin star (2023 guide).",
        "The hotel restaurant holds two AA Rosettes ({Y3}).",
    ],
    "reusable-cup": [
        "Pret doubled its reusable-cup discount (50p from 2018).",
        "{B} charges extra for a paper cup (a 25p levy since {Y3}).",
    ],
    "legislation": [
        "The Equality Act 2010 applies to how staff treat customers as well as colleagues.",
        "Food businesses must register under the Food Safety Act 1990.",
        "The Digital Markets, Competition and Consumers Act 2024 bans fake reviews.",
    ],
    "certification": [
        "All beef is sourced from Red Tractor farms (assured since 2000).",
        "The coffee is Rainforest Alliance Certified (since {Y3}).",
        "The group reached B Corp status ({mo} {Y3}).",
    ],
    "deposit-return": [
        "Scotland's deposit return scheme (delayed from 2023) would have covered glass bottles.",
        "Ireland's Re-turn scheme (February 2024) adds a deposit to cans and bottles.",
    ],
    "abbreviation": [
        "Quick-service restaurants (QSR) compete on speed, price and convenience.",
        "Average spend per head (ASPH) is the key measure for pubs.",
        "The Food Standards Agency (FSA) runs the hygiene rating scheme in England, Wales and Northern Ireland.",
        "Like-for-like (LFL) sales strip out the effect of new openings.",
    ],
    "percentage-share": [
        "{B} holds a large share of the food-to-go market (about {pc}%).",
        "Breakfast now accounts for a growing share of sales ({pc}% in {Y3}).",
    ],
    "company-number": [
        "The franchisee trades as a limited company (Company No. 0{k}84{q}1{q}).",
        "The licence is held by the pub company (premises licence PL/{Y3}/0{k}).",
    ],
    "covers-trading": [
        "Covers were up {pc}% (week ending 14 July 2024) during the tournament.",
        "Footfall at the {site} site peaked at lunchtime (12–2pm, Fridays).",
    ],
}  # fmt: skip
