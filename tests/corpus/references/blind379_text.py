"""The blind379 pool's prose: how marketers at burger, chicken and pizza chains, coffee-shop chains, food-delivery
apps, dark kitchens and virtual brands, meal-kit services and bakery franchises in the UK, India, Mexico, Egypt,
Thailand and the Netherlands write CIM Level 6 and 7 reports and MBA assignments in English.

Written without reading the checker, its tests or any other pool. Citations at the start, middle and end of
sentences, after "as", "following", "according to", "echoing" and "building on", in lists of works and with "see" and
"e.g." inside the bracket; and text with brackets, years and figures that is no citation: menu items and limited-time
offers, openings, franchise deals, delivery partnerships, acquisitions, funding rounds and listings, founders and chief
executives, founding years, hygiene ratings and recalls, prices, order volumes and percentages, acts named in passing.
Its own fill values: {pc} a percentage's number, {Y3} a recent year, {mo} a month, {city} a city of the six
countries, {app} a delivery app, {chain} a chain, {item} a menu item, {cur} a price in a local currency, {k} a
thousands figure, {fhr} a hygiene rating, {fy} a financial year, {ceo} a chief executive's name.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["McDonald's", "KFC", "Burger King", "Domino's", "Pizza Hut", "Papa John's", "Nando's", "Wingstop", "Greggs",
          "Pret A Manger", "Costa Coffee", "Starbucks", "Gail's", "Krispy Kreme", "Deliveroo", "Just Eat", "Uber Eats",
          "Zomato", "Swiggy", "Rebel Foods", "Faasos", "Behrouz Biryani", "Chaayos", "Haldiram's", "Rappi", "DiDi Food",
          "Oxxo", "Alsea", "El Portón", "Talabat", "Breadfast", "Cilantro", "Mo'men", "Kazyon", "Grab", "LINE MAN",
          "Café Amazon", "Foodpanda", "Thuisbezorgd.nl", "New York Pizza", "Picnic", "HelloFresh", "Gousto", "Taster",
          "Bakers & Roasters", "Tim Hortons", "Subway", "Wagamama", "Dishoom", "Leon"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use."""
    return {
        "pc": str(rng.randint(3, 89)), "Y3": str(rng.randint(2018, 2025)),
        "mo": rng.choice(["January", "March", "April", "June", "September", "October", "November", "December"]),
        "city": rng.choice(["Manchester", "Leeds", "Bengaluru", "Mumbai", "Gurugram", "Pune", "Monterrey", "Guadalajara",
                            "Mexico City", "Cairo", "Alexandria", "New Cairo", "Bangkok", "Chiang Mai", "Amsterdam",
                            "Rotterdam", "Utrecht", "Birmingham", "Glasgow"]),
        "app": rng.choice(["Deliveroo", "Just Eat", "Uber Eats", "Zomato", "Swiggy", "Rappi", "DiDi Food", "Talabat",
                           "Grab", "LINE MAN", "Foodpanda", "Thuisbezorgd.nl", "Elmenus", "Robinhood"]),
        "chain": rng.choice(["McDonald's", "KFC", "Burger King", "Domino's", "Pizza Hut", "Papa John's", "Greggs",
                             "Costa", "Starbucks", "Café Amazon", "Tim Hortons", "Wingstop", "Popeyes", "Subway",
                             "Krispy Kreme", "Chaayos", "Cilantro", "El Portón", "Vips", "New York Pizza"]),
        "item": rng.choice(["McPlant", "Zinger Tower", "Whopper", "Vegan Sausage Roll", "Pumpkin Spice Latte",
                            "McSpicy Paneer", "Stuffed Crust", "Big Tasty", "Chicken Mahaja Burger", "Veggie Strips",
                            "Iced Caramel Macchiato", "Pistachio Croissant", "Mexicana Burger", "Koshary Bowl",
                            "Tom Yum Pizza", "Kroket Burger"]),
        "cur": rng.choice([f"£{rng.randint(2, 14)}.{rng.choice(['49', '99', '29'])}", f"₹{rng.randint(49, 699)}",
                           f"Rs {rng.randint(49, 699)}", f"MXN {rng.randint(39, 289)}", f"${rng.randint(39, 289)} MXN",
                           f"EGP {rng.randint(45, 390)}", f"{rng.randint(45, 390)} EGP", f"฿{rng.randint(39, 399)}",
                           f"THB {rng.randint(39, 399)}", f"€{rng.randint(3, 24)},{rng.choice(['50', '95', '99'])}"]),
        "k": str(rng.randint(11, 980)),
        "fhr": rng.choice(["0", "1", "2", "3", "4", "5"]),
        "fy": rng.choice(["FY23", "FY24", "FY25", "FY2023-24", "2023/24", "FY22"]),
        "ceo": rng.choice(["Deepinder Goyal", "Sriharsha Majety", "Will Shu", "Jitse Groen", "Roisin Currie",
                           "Alejandro Lapiedra", "Tomer Mitelman", "Anthony Tan", "Yodpong Tangwattanapanich",
                           "Dara Khosrowshahi", "Pramod Jajoo", "Jaydeep Barman", "Ashraf Sabry"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although their sample was drawn from {city} only.",
    "{N} concluded that {C}; this is directly relevant to {B}.", "{N} showed that {C} among {A}.",
    "{N} suggested that {C}, which {B}'s own app data appears to confirm.", "{N} highlighted that {C}.",
    "{N} note that {C}.", "{N} point out that {C}, particularly in Tier 2 cities.",
    "{N} observed that {C} once delivery fees rose above {cur}.", "{N} warned that {C}.",
    "{N} reported that {C} in a survey of {n} app users.", "{N} explains that {C}.",
    "{N} went further, arguing that {C} and that {C2}.", "{N} identified that {C}, especially for franchisees.",
    "{N} questioned whether {C}.", "{N} recommended that chains test whether {C}.",
    "{N} make the point that {C} – a finding {B} should not ignore.",
]  # fmt: skip
NARRATIVE_MID = [
    "{O}, {N} found that {C}.", "This is consistent with {N}, who found that {C}.",
    "{C}, as {N} point out.", "{C}, which supports the findings of {N}.", "According to {N}, {C}.",
    "As noted by {N}, {C}.", "Following {N}, this report assumes that {C}.",
    "Echoing {N}, the marketing team at {B} believes that {C}.", "Building on {N}, it can be argued that {C}.",
    "{B} is a good example: {N} showed that {C}.", "Research by {N} suggests {C}.",
    "A study of {app} users in {city} by {N} found that {C}.", "Data from {N} show that {C}.",
    "{C}; however, {N} found the opposite for {A}.", "In the Indian context, {N} found that {C}.",
    "As {N} put it, {C}.", "{C}, according to {N}.", "It could be argued, following {N}, that {C}.",
    "When {B} redesigned its loyalty app it seemed to follow {N}: {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study shows that {C}.", "Using {N} framework, it is clear that {C}.",
    "{O}, {N} findings suggest that {C}.", "{B} could apply {N} model, since {C}.",
    "This reflects {N} argument that {C}.", "According to {N} survey, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For {A}, {C} {P}.",
    "{B} is no exception, since {C} {P}.", "This matters because {C} {P}.", "{C}, especially in {city} {P}.",
    "It is often claimed that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.", "{C} {P:see also}.",
    "{C} (as shown in Figure {q}) {P}.", "In short, {C} {P}.", "A key point for {B} is that {C} {P}.",
    "{C}. {P}", "The main drivers are price, speed and the app itself {P}.",
    "Commission rates of {pc}% or more squeeze franchisees' margins {P}.", "{C}, as several Indian studies show {P:for example,}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{C} {P:see}, whereas {C2}.",
    "Because {C} {P}, {B} should make sure that {C2}.", "Some authors {P:e.g.} argue that {C}.",
    "Studies {P} agree that {C}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "delivery apps have shifted power from restaurants to platforms", "{A} rarely check the menu's calorie labels",
    "loyalty apps raise order frequency but erode margins when discounts are generous",
    "commissions of up to 30% make delivery unprofitable for many independents",
    "dark kitchens cut rent costs but weaken the brand experience", "{T} builds {R} among {A}",
    "virtual brands confuse {A} who cannot find the restaurant behind them",
    "franchisees resist national promotions that cut their margins", "hygiene ratings shape choice more than reviews do",
    "limited-time offers create urgency and bring lapsed customers back",
    "{A} in Tier 2 Indian cities are more price-sensitive than those in metros",
    "brand experience in the store carries over to the app", "meal-kit subscribers churn once the introductory discount ends",
    "coffee-shop loyalty depends on habit more than on rewards", "delivery speed matters more than menu breadth",
    "franchising lets chains grow quickly in markets they do not know", "{B}'s reliance on {app} leaves it exposed to fee rises",
    "menu labelling nudges some customers towards lower-calorie choices",
    "platform ratings have become a second hygiene certificate", "cash on delivery still matters in Egypt and India",
    "{A} expect the same price in the app as at the counter", "rider welfare has become a reputational issue for apps",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "However", "On the other hand", "For example", "In the UK", "In India",
    "In Mexico", "In Egypt", "In Thailand", "In the Netherlands", "Since the pandemic", "For {B}",
    "In the context of {B}", "From a franchisee's perspective", "Nevertheless", "Consequently", "Overall",
    "In the quick-service sector", "Looking at {B}'s competitors",
]  # fmt: skip
PLAIN = [
    "{B} operates {n} restaurants, of which about {pc}% are franchised.",
    "This report analyses {B}'s digital channels and makes recommendations for the next {fy}.",
    "The table below summarises the key performance indicators for each channel.",
    "{B}'s app has been downloaded more than {k},000 times, but monthly active users are falling.",
    "The recommendations are costed and phased over twelve months.", "{O}, {C}.",
    "A SWOT and PESTLE analysis of {B} is included in the appendix.",
    "Orders arrive through the app, through {app} and at the counter.",
    "The main competitors are {chain} and two regional chains.",
    "Task 2 builds on this by proposing a loyalty programme for franchisees.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one hospitality text puts it, {Q} {P}.", "{N} put it plainly: {Q}.",
    "This is summed up well: {Q} {P}.", "{B} appears to accept that {Q} {P}.",
    "One review concluded that {Q} {P}, which {B} should note.", "{O}, {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘dark kitchens’", "‘cloud kitchens’", "‘ghost kitchens’", "‘virtual brands’", "‘quick commerce’",
                "‘10-minute delivery’", "'menu engineering'", "“phygital”", "‘shrinkflation’", "‘treatonomics’",
                "‘platform dependence’", "'Insta-worthy'", "‘hero product’", "“aggregator”"]  # fmt: skip
SCARE_FRAMES = [
    "{B} has been accused of {Q} {P}.", "So-called {Q} have grown fastest in big cities {P}.",
    "The term {Q} is used loosely in the industry {P}.", "Critics describe this as {Q}, and {B} is not immune {P}.",
    "{N} describe {Q} as a threat to independent restaurants.", "{Q} are now part of every chain's plan {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your {item} is back – for a limited time’", "‘Free delivery this weekend only’",
                 "“Hungry? Your basket is waiting”", "‘2 for {cur} on all pizzas today’",
                 "‘We miss you – here’s 20% off your next order’", "'Double points on every coffee this week'",
                 "“Order now, eat in 30 minutes”", "‘Ramadan Kareem: iftar deals inside’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A push notification such as {Q} can lift orders {P}.", "{B} used {Q} in its win-back email {P}.",
    "Messages like {Q} work because they create urgency {P}.",
    "The notification {Q} was opened by more {A} than any other {P}.",
    "Testing {Q} against a plainer version showed a clear winner {P}.",
]  # fmt: skip

# Text with brackets, years and figures that is no citation and must raise no problem.
NOT_CITATIONS = {
    "menu-item-year": [
        "The {item} ({Y3}) was the most ordered new item in its launch month.",
        "McDonald's UK launched the McPlant (2021) after a trial in Coventry.",
        "Greggs' Vegan Sausage Roll (2019) showed that a plant-based item can drive footfall.",
        "{chain} brought back the {item} ({mo} {Y3}) after customers asked for it on social media.",
    ],
    "limited-time-offer": [
        "The Pumpkin Spice Latte 2023 returned in August, earlier than ever.",
        "{chain}'s {item} (limited edition, {Y3}) sold out in {n} hours.",
        "The Ramadan iftar box (Ramadan {Y3}) was sold only after sunset.",
        "The Diwali combo ({Y3} edition) was priced at ₹{n}.",
    ],
    "store-opening": [
        "{chain} opened its first drive-thru in {city} (December {Y3}).",
        "The flagship store (opened {Y3}) seats {n} customers.",
        "Its first restaurant in Egypt opened in 1994 (Cairo), and it now has over {n}.",
    ],
    "kitchen-opening": [
        "Rebel Foods opened {q}0 new cloud kitchens in {city} ({fy}).",
        "{B}'s first dark kitchen (Amsterdam-Noord, {Y3}) serves only delivery orders.",
        "The delivery-only site in {city} (opened {mo} {Y3}) runs four virtual brands.",
    ],
    "franchise-deal": [
        "{chain} signed a development agreement for {n} stores in Thailand ({Y3}).",
        "The franchise agreement (signed {Y3}, ten years) covers the whole of Upper Egypt.",
        "Franchisees pay an initial fee (£{k},000 in {Y3}) and a royalty of {q}% of sales.",
    ],
    "master-franchisee": [
        "Jubilant FoodWorks has been Domino's master franchisee in India since 1995 (first store in Delhi, 1996).",
        "Alsea holds the Starbucks licence for Mexico (since 2002).",
        "Americana Restaurants runs KFC in Egypt as master franchisee (since the 1970s).",
        "CP ALL's master franchise for 7-Eleven in Thailand (since 1988) gives it over 14,000 stores.",
    ],
    "delivery-partnership": [
        "{chain} partnered with {app} ({mo} {Y3}) to cover more postcodes.",
        "The exclusive deal with {app} (2019–{Y3}) ended when the chain went multi-app.",
        "Orders through {app} (since {Y3}) now make up {pc}% of sales.",
    ],
    "acquisition": [
        "Zomato bought Uber Eats India (January 2020) in an all-stock deal.",
        "Just Eat Takeaway.com acquired Grubhub (2021) and sold it in 2024.",
        "Prosus agreed to buy Just Eat Takeaway.com (€4.1bn, 2025).",
        "Deliveroo agreed to be acquired by DoorDash (May 2025) for about £2.9bn.",
        "Zomato's purchase of Blinkit (2022) took it into quick commerce.",
    ],
    "merger": [
        "The merger of Takeaway.com and Just Eat (2020) created Europe's largest delivery group.",
        "Swiggy merged Dineout into its app (acquired 2022) to sell table bookings.",
        "After the Grab–Uber deal (2018), Uber left South-East Asia.",
    ],
    "funding-round": [
        "Breadfast raised $26m (Series A, 2021) to build dark stores in Cairo.",
        "Rebel Foods' Series F (2021) valued the company at $1.4bn.",
        "The meal-kit start-up closed a seed round ($ {q}m, {mo} {Y3}).",
        "LINE MAN Wongnai raised $265m (Series B, 2021).",
    ],
    "listing": [
        "Deliveroo floated on the London Stock Exchange (March 2021) at 390p a share.",
        "Zomato listed on the NSE and BSE (July 2021), and Swiggy followed (November 2024).",
        "Americana Restaurants listed in Abu Dhabi and Riyadh (December 2022).",
        "{B} plans an IPO ({fy}) to fund {n} new stores.",
    ],
    "founder-year": [
        "Zomato was started by Deepinder Goyal and Pankaj Chaddah (2008) as Foodiebay.",
        "Deliveroo's founder, Will Shu (CEO, 2013–2025), began by delivering orders himself.",
        "Swiggy was founded in Bengaluru (by Sriharsha Majety, Nandan Reddy and Rahul Jaimini, 2014).",
        "The brand was started by two friends in {city} (founded {Y3}).",
    ],
    "chief-executive": [
        "{ceo} (CEO since {Y3}) has made the loyalty app a priority.",
        "The chief executive, {ceo} ({Y3}–present), told investors that delivery would stay below {pc}% of sales.",
        "Roisin Currie (Greggs CEO since 2022) promised 150 new shops a year.",
    ],
    "founding-year": [
        "Greggs (founded 1939 in Newcastle) now has more than 2,500 shops.",
        "Nando's opened in Johannesburg (est. 1987) and came to the UK in 1992.",
        "The Food Standards Agency (set up in 2000) runs the hygiene rating scheme with local councils.",
        "The CMA (established in 2013) replaced the Office of Fair Trading.",
        "FSSAI (established in 2008) licenses every food business operator in India.",
        "{B} (est. {Y}) is still family-owned.",
    ],
    "hygiene-rating": [
        "The {city} branch has a food hygiene rating of {fhr} (inspected {mo} {Y3}).",
        "A rating of 5 ('very good', {Y3}) is displayed on the app listing.",
        "Two branches were rated 1 (under the FHRS in {Y3}) and lost trade as a result.",
        "The kitchen holds an FSSAI licence (No. 1{n}2{k}00{q}) and a 'Hygiene Rating' of A.",
    ],
    "food-recall": [
        "The chain recalled its chicken wraps (Listeria, {mo} {Y3}) in the North West.",
        "An allergen recall (undeclared sesame, {Y3}) hit the bakery's sandwiches.",
        "The E. coli outbreak (October 2024) linked to onions on Quarter Pounders hit US sales.",
    ],
    "price-year": [
        "A Big Mac cost {cur} ({Y3}), up from the year before.",
        "The meal deal rose to £{q}.{q}5 (from {mo} {Y3}).",
        "A medium pizza costs {cur} in {city} (menu price, {Y3}).",
        "The subscription is priced at {cur} a month (introductory offer, {Y3}).",
    ],
    "delivery-fee": [
        "{app} charges a service fee (up to {pc}%, {Y3}) on top of the delivery fee.",
        "Delivery is free above a minimum basket ({cur}, {Y3}).",
        "The platform fee rose to ₹{q} per order (April {Y3}).",
    ],
    "commission-rate": [
        "Restaurants pay {app} a commission of {pc}% ({Y3} contract).",
        "Commission on marketplace orders (30% plus VAT, {Y3}) is the biggest cost after food.",
        "{B} negotiated its commission down ({pc}% to {q}0%, {fy}).",
    ],
    "order-volume": [
        "{app} handled {n} million orders ({fy}), up {pc}% year on year.",
        "Orders peaked on New Year's Eve ({k},000 an hour, {Y3}).",
        "Gross order value reached ₹{k} billion (Q{q} {fy}).",
    ],
    "percentage-year": [
        "Delivery was {pc}% of {B}'s sales ({Y3}), against {q}% before the pandemic.",
        "App users spend {pc}% more per order ({Y3} data).",
        "Around {pc}% of adults in Thailand ordered food online ({Y3}).",
    ],
    "revenue-year": [
        "Revenue rose to £{n}m ({Y3}), with like-for-like sales up {q}.{q}%.",
        "{B}'s EBITDA margin improved ({fy}: {pc}%).",
        "Sales reached MXN {k} million ({Y3} results).",
    ],
    "store-count": [
        "{chain} now has {n} stores nationwide (March {Y3}).",
        "Thailand has more than {k}0 Café Amazon branches ({Y3}).",
        "The network grew to {n} restaurants ({fy}), {pc}% of them franchised.",
    ],
    "app-downloads": [
        "The loyalty app passed {q} million downloads ({mo} {Y3}).",
        "{B}'s app is rated {q}.{q} stars on the App Store ({mo} {Y3}).",
        "Monthly active users fell to {k},000 (Q{q} {Y3}).",
    ],
    "loyalty-scheme": [
        "My Greggs (launched 2019) gives a free hot drink after nine.",
        "Zomato Gold (relaunched {Y3}) and Swiggy One compete for the same customers.",
        "The Starbucks Rewards scheme (in Mexico since {Y3}) now has {k},000 members.",
        "Deliveroo Plus (£{q}.49 a month, {Y3}) offers free delivery on orders over £25.",
    ],
    "act-named": [
        "The Food Safety Act 1990 still sets the basic offences for food businesses in Great Britain.",
        "India's Consumer Protection Act, 2019 created the Central Consumer Protection Authority.",
        "Mexico's front-of-pack labelling rule (NOM-051, 2020) puts black warning octagons on snacks.",
        "The Natasha's Law changes (October 2021) require full ingredient labels on pre-packed food.",
        "HFSS advertising restrictions (from January 2026) ban paid online adverts for less healthy food.",
    ],
    "regulation-code": [
        "Egypt's Consumer Protection Law (Law No. 181 of 2018) covers delivery apps' pricing.",
        "The Dutch Warenwet (1935, amended many times) still frames food labelling.",
        "Thailand's Food Act (B.E. 2522) still governs food labelling.",
        "Under the CAP Code (section 15) HFSS adverts must not target under-16s.",
    ],
    "tax-rule": [
        "Hot takeaway food carries VAT at 20% (standard rate since 2011).",
        "Restaurant services carry 5% GST in India (without input tax credit, since 2017).",
        "Mexico's IEPS tax on high-calorie food (8%, 2014) raised snack prices.",
        "The Dutch low VAT rate (9%, since 2019) applies to takeaway food.",
    ],
    "financial-year": [
        "The results for {fy} (year to 31 March) show a loss before tax.",
        "The half-year (H1 {fy}) ended on {d} June.",
        "Comparable store sales fell (Q{q} {fy}) for the first time since 2020.",
    ],
    "ticker": [
        "Deliveroo (LSE: ROO) shares fell on the news.",
        "Zomato (NSE: ZOMATO) renamed its parent company Eternal in 2025.",
        "Jubilant FoodWorks (NSE: JUBLFOOD) and Devyani (NSE: DEVYANI) run most of India's pizza delivery.",
        "Alsea (BMV: ALSEA) reported stronger sales in Mexico.",
    ],
    "own-survey": [
        "Most respondents ordered at least once a week (n = {n}).",
        "A survey of {B}'s customers ({mo} {Y3}, n = {n}) found low awareness of the app.",
        "Interviews with franchisees (six, {mo} {Y3}) showed frustration with promotions.",
    ],
    "cross-reference": [
        "The customer persona (Appendix {q}) is based on five interviews.",
        "This is discussed further in Task 2 (b).", "Refer to Table {q} (page {q}) for the full costs.",
        "The Gantt chart (Section 3.{q}) shows the launch in week {q}.",
    ],
    "figure-table": [
        "Weekly orders by channel are shown below (Figure {q}).",
        "The budget is set out in full (Table {q}, Appendix {q}).",
        "Market shares are compared in the chart (Figure {q}.{q}).",
    ],
    "handle-or-address": [
        "The chain answers complaints on X (@{q}HelpUK) within an hour.",
        "Customers order through the website (www.example-pizza.co.uk) or the app.",
        "The campaign hashtag (#BackForGood) trended for two days.",
        "Franchise enquiries go to the team (franchise@example-burger.in).",
    ],
    "glossed-term": [
        "Many Cairo customers still order by phone (a 'hotline' number) rather than through an app.",
        "Street vendors (puestos) and fondas compete with chains on price in Mexico City.",
        "Thai customers use the term 'khao gaeng' (curry over rice) for cheap lunch shops.",
        "Dutch customers expect an 'afhaal' (collection) option at a lower price.",
        "Dabbawalas (lunchbox carriers) in Mumbai predate every delivery app.",
    ],
    "abbreviation": [
        "Quick-service restaurants (QSRs) depend on speed of service (SoS).",
        "Average order value (AOV) and customer lifetime value (CLV) are the main KPIs.",
        "High in fat, salt or sugar (HFSS) products face new rules.",
        "Cash on delivery (COD) is still used for {pc}% of orders in Egypt.",
        "The Food Hygiene Rating Scheme (FHRS) covers England, Wales and Northern Ireland.",
    ],
    "slogan": [
        "McDonald's slogan ‘I'm lovin' it’ has been used since 2003.",
        "KFC's ‘It's finger lickin' good’ line was paused (2020) during the pandemic.",
        "Swiggy's ‘Swiggy it!’ campaign ran on TV in {Y3}.",
        "{B}'s tagline, ‘Fresh, fast, yours’, appears on every bag.",
    ],
    "award": [
        "{B} was named Franchise of the Year (bfa HSBC Awards, {Y3}).",
        "The campaign won a Cannes Lion (Bronze, {Y3}).",
        "The app was voted best new service (Thailand Digital Awards {Y3}).",
    ],
    "campaign-year": [
        "The ‘Order Up’ campaign ({Y3}) was revived for delivery.",
        "{B}'s Christmas advert ({Y3}) was its most shared video.",
        "The World Cup campaign (Qatar 2022) drove record pizza orders.",
    ],
    "sponsorship": [
        "{chain} sponsors the Indian Premier League (IPL {Y3}) with in-app offers during matches.",
        "The chain was the official partner of Liga MX (Apertura {Y3}).",
        "{app} sponsored the Eredivisie club's shirt (the {Y3} season).",
    ],
    "event-date": [
        "Orders doubled during Ramadan (March–April {Y3}).",
        "Black Friday ({d} November {Y3}) brought the busiest night of the year.",
        "Songkran (13–15 April) is a quiet week for delivery in Bangkok.",
        "King's Day (27 April) is the busiest day for Dutch pizza chains.",
    ],
    "currency-conversion": [
        "The average order was EGP {n} (about £{q}.{q}0 at {Y3} rates).",
        "Rappi's basket averaged MXN {n} (roughly US$ {q}0, {Y3}).",
        "A Big Mac in Bangkok cost ฿{n} (about £{q}, {mo} {Y3}).",
    ],
    "inflation": [
        "Food inflation peaked in Egypt (over 70%, 2023) and forced chains to reprice.",
        "UK food inflation reached 19.2% (March 2023).",
        "Mexican inflation (4.{q}%, {Y3}) squeezed spending on eating out.",
    ],
    "strike-or-protest": [
        "Riders in {city} went on strike (Valentine's Day {Y3}) over pay per drop.",
        "Swiggy delivery partners protested in Chennai (August {Y3}).",
        "The boycott of some Western chains in Egypt (from October 2023) helped local brands.",
    ],
    "fine-or-ruling": [
        "The ASA banned the advert (ruling of {d} {mo} {Y3}) for targeting children.",
        "The CCI fined the platform ₹{n} crore ({Y3}) for unfair terms.",
        "PROFECO fined the chain ({mo} {Y3}) for misleading prices.",
    ],
    "opening-hours": [
        "The dark kitchen runs two shifts (11:00–15:00 and 17:00–02:00).",
        "Delivery is available late at night (until 3am, Thursday to Saturday).",
        "Breakfast is served early (06:00–10:30) in railway stations.",
    ],
    "delivery-time": [
        "Average delivery time fell to {q}8 minutes ({fy}).",
        "Blinkit promises delivery in ten minutes (launched {Y3}).",
        "The '30 minutes or free' promise (first offered in 1996) was later dropped.",
    ],
    "packaging-rule": [
        "Single-use plastic cutlery was banned in England (October 2023).",
        "India's plastic ban (1 July 2022) forced packaging changes.",
        "The Dutch charge on disposable cups (from January 2024) changed coffee chains' packaging.",
    ],
    "age-band": [
        "The main target segment is students (aged 18–24) in Tier 1 cities.",
        "Gen Z customers (born 1997–2012) order through TikTok links.",
        "Parents (aged 30–45) are the biggest buyers of meal kits.",
    ],
    "rank-year": [
        "{B} was the UK's fastest-growing brand (named in {mo} {Y3}).",
        "{chain} ranked second for customer satisfaction ({Y3} rankings).",
        "The app topped the Play Store's food charts (week {q}, {Y3}).",
    ],
}  # fmt: skip
