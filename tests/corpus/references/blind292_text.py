"""The blind292 pool's prose: marketers at car-wash chains, hand car washes, valeting and mobile detailing firms,
car-care brands, wash-equipment makers and forecourt operators in the UK, Ireland, the US, Germany, Spain and
Australia, writing CIM Level 6 and 7 reports and MBA assignments in English on subscription, loyalty, local,
franchising and digital-channel marketing.

Written without reading the checker, its tests or any other pool. Frames use the common fill values and these of
this pool's own (see ``values``): {Y3} a recent year, {pc} a percentage, {pr} a monthly price, {town} a UK town,
{county} an Irish county, {usc} a US city, {state} a US state, {land} a German Land, {esp} a Spanish city or region,
{aus} an Australian city or state, {pkg} a wash package, {sys} a wash system, {prod} a car-care product, {lt} litres,
{ch} a channel, {aud} an audience, {tt} a marketing topic, {k} a count in thousands, {mo} a month.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["IMO Car Wash", "Waves", "Mister Car Wash", "Zips Car Wash", "Tommy's Express", "Quick Quack", "Autoglym",
          "Meguiar's", "Turtle Wax", "Chemical Guys", "Kärcher", "WashTec", "Christ Wash Systems", "Istobal", "Tesco",
          "Shell", "BP", "Applegreen", "Halfords", "Carwash Technologies", "Splash Car Wash", "Wilcomatic"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the common ones."""
    return {
        "Y3": str(rng.randint(2015, 2024)), "pc": str(rng.randint(4, 78)),
        "pr": rng.choice(["19.99", "24.99", "29.99", "14.99", "34.99", "39.99", "9.99", "22"]),
        "town": rng.choice(["Swindon", "Reading", "Milton Keynes", "Northampton", "Doncaster", "Leicester", "Bristol",
                            "Stockport", "Wakefield", "Telford", "Chelmsford", "Cardiff", "Falkirk", "Lisburn"]),
        "county": rng.choice(["Co. Kildare", "Co. Meath", "Co. Cork", "Co. Galway", "Co. Wexford", "Co. Louth",
                              "Co. Limerick", "Co. Donegal"]),
        "usc": rng.choice(["Phoenix", "Tucson", "Dallas", "Houston", "Atlanta", "Denver", "Orlando", "Nashville",
                           "Salt Lake City", "Charlotte"]),
        "state": rng.choice(["Texas", "Arizona", "Florida", "Georgia", "Colorado", "Utah", "Tennessee", "Ohio",
                             "North Carolina", "California"]),
        "land": rng.choice(["Bavaria", "Hesse", "North Rhine-Westphalia", "Baden-Württemberg", "Lower Saxony",
                            "Saxony", "Rhineland-Palatinate"]),
        "esp": rng.choice(["Valencia", "Madrid", "Seville", "Málaga", "Zaragoza", "Murcia", "Andalusia", "Catalonia",
                           "the Basque Country"]),
        "aus": rng.choice(["Queensland", "Victoria", "New South Wales", "Western Australia", "Brisbane", "Perth",
                           "Geelong", "the Gold Coast"]),
        "pkg": rng.choice(["Ultimate Shine", "Works", "Platinum", "Hot Lava", "Ceramic Shield", "Diamond", "Lava Bath",
                           "Gold Plus", "Triple Foam", "Express Exterior"]),
        "sys": rng.choice(["WashTec SoftCare Pro", "Christ Alpha", "Istobal M'NEX 32", "Kärcher CB 1", "WashTec SoftCare Juno",
                           "Christ Multi Jet", "Istobal Flex5", "Sonny's SoftWash"]),
        "prod": rng.choice(["Autoglym Polar Series", "Meguiar's Ultimate Compound", "Turtle Wax Hybrid Solutions",
                            "Chemical Guys Mr. Pink", "Autoglym Lifeshine", "Turtle Wax Ice", "Meguiar's Gold Class"]),
        "lt": str(rng.randint(25, 190)), "k": str(rng.randint(12, 480)),
        "ch": rng.choice(["the app", "Google Business Profile", "Facebook", "Instagram", "TikTok", "SMS", "email",
                          "paid search", "local radio", "on-site signage", "Waze ads"]),
        "aud": rng.choice(["members", "commuters", "fleet managers", "families with two cars", "first-time visitors",
                           "lapsed members", "drivers of new EVs", "sole traders with vans", "older drivers"]),
        "tt": rng.choice(["unlimited wash clubs", "loyalty apps", "Google reviews", "local SEO", "franchising",
                          "referral offers", "licence-plate recognition", "dynamic pricing", "fleet accounts",
                          "eco-friendly messaging", "SMS reminders", "gift cards"]),
        "mo": rng.choice(["January", "March", "April", "May", "June", "September", "October", "November"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although their sample was drawn from {state} only.",
    "{N} concluded that {C}; this is directly relevant to {B}.", "{N} showed that {C}.",
    "{N} suggest that {C}, which matters for a chain expanding as fast as {B}.", "{N} point out that {C}.",
    "{N} observed that {C} among {aud}.", "{N} warned that {C}.", "{N} makes the case that {C}.",
    "{N} reported that {C} across {n} wash sites.", "{N} identified {tt} as a driver of retention and found that {C}.",
    "{N} question whether {C}.", "{N} noted that, for {aud}, {C}.", "{N} defines a subscription as a recurring payment for access rather than ownership, and argues that {C}.",
    "{N} went further, claiming that {C} and that {C2}.", "{N} compared express tunnels with hand car washes and found that {C}.",
    "{N} highlighted that {C}, especially in the German market.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "{O}, {N} found that {C}.", "This is consistent with {N}, who showed that {C}.",
    "{C}, as {N} point out.", "{C} – a view shared by {N}.", "As {N} explain, {C}.",
    "For {B}, the lesson from {N} is that {C}.", "Research by {N} suggests that {C}.",
    "A survey carried out by {N} found that {C}.", "{C}; however, {N} found the opposite among {aud}.",
    "In their study of US express washes, {N} found that {C}.", "Evidence from {N} suggests that {C}.",
    "It could be argued, following {N}, that {C}.", "Data published by {N} show that {C}.",
    "{C}, according to {N}.", "When {B} launched its wash club it appeared to follow {N}: {C}.",
    "Applying the framework of {N} to {B}, it seems that {C}.", "Not everyone agrees; {N}, for instance, maintained that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Using {N} model, it is clear that {C}.", "{O}, {N} report concluded that {C}.",
    "{B} could apply {N} framework, since {C}.", "According to {N} survey, {C}.", "{N} findings matter here because {C}.",
    "This reflects {N} argument that {C}.", "{N} service-profit chain suggests that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "For {aud}, {C} {P}.", "This matters because {C} {P}.", "It is often claimed that {C} {P:see}.",
    "Several studies report that {C} {P:e.g.}.", "In short, {C} {P}.", "{C}, which is why {B} invests in {tt} {P}.",
    "Put simply, {C} {P}.", "{C}, especially in the US {P}.", "The evidence from UK forecourts is similar: {C} {P}.",
    "Subscription revenue is recurring, predictable and easier to value {P}.",
    "Hand car washes are a cash-based, low-barrier business {P:see, for example,}.",
    "A key point for {B} is that {C} {P}.", "{C} {P:see also}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{B} has found that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "Some sources {P:e.g.} argue that {C}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{aud} are more loyal once they join an unlimited wash club", "{tt} lifts visit frequency among {aud}",
    "most members cancel within the first three months", "price is less important than convenience for {aud}",
    "a wash club turns an occasional purchase into a habit", "{B}'s reliance on {tt} leaves it exposed if costs rise",
    "online reviews shape which car wash a driver chooses more than advertising does",
    "licence-plate recognition removes friction at the pay station", "{aud} respond better to a free first wash than to a discount",
    "franchisees value a strong brand more than a low fee", "eco-friendly claims only work when they are specific",
    "hand car washes compete on price rather than on quality", "local search drives most first visits to a wash site",
    "a clean, well-lit site signals quality before the wash begins", "{ch} works best for reminding members to visit",
    "membership revenue makes a wash chain more attractive to investors", "bad weather hurts pay-per-wash sales far more than membership sales",
    "staff behaviour shapes satisfaction even in an automated wash", "water recycling is now a reason to choose one wash over another",
    "detailing customers expect to book and pay online", "service failures handled well can raise loyalty",
    "fleet accounts give a site steady weekday volume", "forecourt operators see the car wash as a reason to visit the shop",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In the UK", "For {B}'s marketing team",
    "Since the pandemic", "In the context of {B}", "From a member's perspective", "Nevertheless", "In the US market",
    "Looking at {B}'s competitors", "Overall", "In terms of digital channels", "For a franchised network",
    "On the forecourt", "In Germany and Spain",
]  # fmt: skip
PLAIN = [
    "{B} operates more than {n} sites and sells monthly wash plans through its app.",
    "This section analyses {B}'s current use of {ch} and makes recommendations.",
    "The table below summarises the key performance indicators for each channel.",
    "The recommendations are costed and phased over twelve months.", "{O}, {C}.",
    "Members pay by card each month and can cancel in the app at any time.",
    "A SWOT analysis of {B} is included in the appendix.",
    "The main competitors are a national express chain and several hand car washes on the same road.",
    "Task 2 builds on this by proposing a loyalty plan for the next year.",
    "Valeting is sold by the hour, while the tunnel wash is sold by the package.",
    "Most sites sit on retail parks or next to supermarkets, where footfall is high.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one services-marketing text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{N} put it plainly: {Q}.", "{B} appears to accept that {Q} {P}.", "One review concluded that {Q} {P}.",
    "{O}, {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘wash club’", "‘unlimited’", "‘express exterior’", "‘touchless’", "‘eco-wash’", "‘drive-thru detailing’",
                "‘roll-up’", "'forecourt of the future'", "‘membership-first’", "“flex”", "‘shiny car feeling’",
                "‘hand wash’", "'greenwashing'", "‘frictionless’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} markets its membership as a {Q} {P}.", "Many drivers are sceptical of the word {Q} {P}.",
    "So-called {Q} sites are spreading across the sector {P}.", "The term {Q} is used loosely in the industry {P}.",
    "Critics describe this as {Q}, and {B} is not immune {P}.", "What operators call {Q} is often a shorter tunnel {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your car misses us – first wash free’", "‘Rain’s gone. Time for a wash?’", "“Your {pkg} plan renews tomorrow”",
                 "‘Pollen season is here: wash unlimited for £{pr}’", "‘We miss you – come back for half price’",
                 "“Salt on the roads? We’ve got you covered”", "‘Upgrade to {pkg} and save’", "‘Your receipt from {B}’",
                 "'Happy birthday – your wash is on us'", "‘Last chance: £1 first month’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} can lift open rates {P}.", "{B} used {Q} in its win-back email {P}.",
    "Weather-triggered messages like {Q} work because they are timely {P}.",
    "The email {Q} was opened by more {aud} than any other {P}.",
    "Testing {Q} against a plainer version showed a clear winner {P}.",
    "A push notification reading {Q} went to lapsed members {P}.",
]  # fmt: skip

# Text with brackets, years, numbers and quotation marks that is no citation and must raise no problem.
NOT_CITATIONS = {
    "wash-package-year": [
        "Members on the {pkg} package ({Y3}) get tyre shine and a ceramic sealant.",
        "The Works wash (2019) was the first package sold as a monthly plan.",
        "Uptake of the Ultimate Shine package (2021) was highest on Saturdays.",
    ],
    "wash-system-model": [
        "The site runs a {sys} (installed {Y3}) in a 40-metre tunnel.",
        "Older rollovers such as the Christ Alpha (2015) are being replaced.",
        "The Istobal M'NEX 32 ({Y3} generation) cut wash times by a minute.",
    ],
    "product-launch-year": [
        "The {prod} range ({Y3}) is sold through Halfords and online.",
        "Snow foam from the Autoglym Polar Series (2020) is now sold in 5-litre tubs.",
        "The Turtle Wax Hybrid Solutions line (launched 2018) targets drivers who wash at home.",
    ],
    "subscription-price": [
        "The entry plan costs £{pr} a month ({Y3}) and covers one car.",
        "Prices rose to £19.99 a month (2023) for the top plan.",
        "The US plan is cheaper ($29.99 a month, {Y3}) but excludes interior cleaning.",
    ],
    "uk-town-year": [
        "The first drive-thru site opened on a retail park ({town}, {Y3}).",
        "The chain's newest tunnel is next to a supermarket (Swindon, 2022).",
        "A second hand car wash was converted to a valeting centre ({town}, {Y3}).",
    ],
    "irish-county-year": [
        "The first forecourt wash opened on the motorway network ({county}, {Y3}).",
        "A new express tunnel followed in commuter country (Co. Kildare, 2021).",
        "The valeting bay was added at a service station ({county}, {Y3}).",
    ],
    "us-city-year": [
        "The brand's first express tunnel was built on a busy arterial road (Phoenix, 2019).",
        "A flagship site opened with a free-wash week ({usc}, {Y3}).",
        "The franchisee's third location opened near a new housing estate ({usc}, {Y3}).",
    ],
    "us-state-year": [
        "Most of the chain's growth came from one state (Texas, 2020).",
        "The company entered a new market through an acquisition ({state}, {Y3}).",
        "Drought rules limited car washing at home ({state}, {Y3}).",
    ],
    "german-land-year": [
        "Self-service wash parks are common in the south (Bavaria, 2018).",
        "The operator opened its tenth Waschpark ({land}, {Y3}).",
        "A municipal ban on washing cars in driveways was tightened ({land}, {Y3}).",
    ],
    "spanish-region-year": [
        "Self-service lavaderos spread quickly along the coast ({esp}, {Y3}).",
        "The franchise's first Spanish site opened in a petrol station (Valencia, 2021).",
        "Water restrictions closed some jet-wash bays ({esp}, {Y3}).",
    ],
    "australian-state-year": [
        "The chain expanded into a second state ({aus}, {Y3}).",
        "Water restrictions boosted demand for recycled-water washes (Queensland, 2019).",
        "A hand car wash chain in shopping-centre car parks grew fast ({aus}, {Y3}).",
    ],
    "water-per-wash": [
        "A tunnel with reclaim uses far less water ({lt} litres per wash, {Y3}).",
        "Washing at home uses much more water (up to 400 litres per wash).",
        "The site's fresh-water use fell after the upgrade ({lt} l per car in {Y3}).",
    ],
    "modern-slavery-act": [
        "Operators must take account of the Modern Slavery Act (2015) when they use labour agencies.",
        "Large firms publish a statement under section 54 of the Modern Slavery Act 2015.",
        "Hand car washes have been a focus of enforcement since the Modern Slavery Act (2015) came in.",
    ],
    "responsible-scheme": [
        "The Responsible Car Wash Scheme (2018) accredits hand car washes that meet legal standards.",
        "Only a few hundred sites had joined the Responsible Car Wash Scheme (RCWS) by {Y3}.",
        "{B} asked its franchisees to join the scheme (RCWS, launched 2018).",
    ],
    "trade-show-year": [
        "The new tunnel controller was shown at The Car Wash Show (2024) in Coventry.",
        "WashTec's stand at Automechanika 2022 focused on water recycling.",
        "Operators met suppliers at the ICA Carwash Show 2023 in Las Vegas.",
    ],
    "award-year": [
        "The site won a regional prize (Car Wash of the Year, {Y3}).",
        "{B} was shortlisted for a customer-service award (Forecourt Awards {Y3}).",
        "The valeting team won its category at the national awards (Best Detailer, {Y3}).",
    ],
    "stock-ticker": [
        "The company has been listed since its flotation (NYSE: MCW).",
        "WashTec's shares trade in Frankfurt (ETR: WSU).",
        "Halfords is listed on the London Stock Exchange (LSE: HFD).",
    ],
    "app-version": [
        "The Everwash 2.0 app lets members use partner washes.",
        "Members were moved to the new app (version {q}.0, {mo} {Y3}).",
        "Bookings for mobile valets run through the updated platform (release 3.{q}).",
    ],
    "slogan": [
        "Quick Quack's line ‘Don't drive dirty’ appears on every tunnel.",
        "The campaign slogan, ‘Wash, dry, go’, was chosen in a staff vote.",
        "Mister Car Wash's promise “Always clean” is printed on the membership card.",
    ],
    "wash-count-figure": [
        "The {town} site set a record on its busiest Saturday (2023 washes).",
        "The launch weekend was the busiest in the chain's history (2019 cars washed).",
        "Volume at the new tunnel passed its target in week one ({k},000 washes).",
    ],
    "member-count": [
        "The club passed a milestone last year ({k},000 members).",
        "Membership grew strongly after the app launch ({k},000 members at {mo} {Y3}).",
        "Members now account for most of the revenue ({pc}% of wash sales).",
    ],
    "ipo-year": [
        "The chain floated on the stock market (IPO, June 2021).",
        "Private equity ownership has shaped its strategy (bought out in {Y3}).",
        "The roll-up was backed by an investment firm (deal closed {mo} {Y3}).",
    ],
    "acquisition": [
        "The group bought a regional rival ({n} sites, {Y3}).",
        "Its network grew through acquisitions ({q}2 deals in {Y3}).",
        "The forecourt operator acquired a car-wash chain (completed {Y3}).",
    ],
    "site-count": [
        "The network is large by UK standards ({n} sites in {Y3}).",
        "The chain has grown quickly (from a handful of sites in 2015 to {n} by 2024).",
        "Most sites are on forecourts ({pc}% of the estate).",
    ],
    "franchise-fee": [
        "The franchise is affordable by sector standards (initial fee £{k},000).",
        "Franchisees pay a royalty on sales ({q}% of turnover, {Y3}).",
        "A mobile valeting franchise costs much less to start (van and kit included, £{q}5,000).",
    ],
    "eu-regulation": [
        "Detergents must meet EU rules on biodegradability (Regulation (EC) No 648/2004).",
        "Labels follow the chemicals rules (CLP Regulation, EC No 1272/2008).",
        "Waste-water discharge is controlled under the permit (trade effluent consent, {Y3}).",
    ],
    "iso-standard": [
        "The site is certified to the environmental standard (ISO 14001:2015).",
        "The equipment maker's factories are certified (ISO 9001:2015).",
        "{B} reports its carbon footprint against the standard (ISO 14064-1:2018).",
    ],
    "google-rating": [
        "The site is well reviewed (4.{q} stars, {n} Google reviews).",
        "Ratings dropped after a damaged-mirror complaint went viral (3.{q}/5 in {mo} {Y3}).",
        "The hand car wash on the same road has a lower score (3.{q} stars).",
    ],
    "nps-score": [
        "Member satisfaction is high (NPS +{pc}, {Y3}).",
        "Satisfaction fell during the winter (CSAT {pc}%, Q{q} {Y3}).",
        "Net promoter scores vary widely by site (from -{q} to +{pc}).",
    ],
    "weather-days": [
        "Sales fell sharply in a wet month (rain on 2{q} days in {mo} {Y3}).",
        "The first dry weekend after the salt season is the busiest (March {Y3}).",
        "Pollen and dust drive visits in spring (April–May {Y3}).",
    ],
    "opening-hours": [
        "The tunnel is open long hours (7am–8pm, Mon–Sat).",
        "Mobile valets are booked in two-hour slots (8–10am, 10am–12pm).",
        "The self-service bays run around the clock (24/7, card only).",
    ],
    "cross-reference": [
        "The membership funnel is shown in the appendix (see Appendix {q}).",
        "The costs are set out in full (Table {q}, p. {n}).",
        "See Task 1 (b) for the competitor map.",
    ],
    "survey-figures": [
        "Most members surveyed wash weekly (n = {n}).",
        "Half of respondents had tried a hand car wash ({pc}%, n = {n}).",
        "Visits per member were higher than expected (mean 3.{q} a month, n = {n}, {Y3}).",
    ],
    "percentage-change": [
        "Wash revenue grew again (+{pc}% on {Y3}).",
        "Churn fell after the cancellation flow was changed (down {pc}% year on year).",
        "Same-store sales dipped in the rainy summer (-{q}.{q}% in Q3 {Y3}).",
    ],
    "fiscal-year": [
        "Membership made up most of revenue (FY{Y3}).",
        "Marketing spend is planned for the next year (fiscal {Y3} budget).",
        "The results were reported in the spring (financial year 2023/24).",
    ],
    "currency-conversion": [
        "The Spanish plan is cheaper (€{q}9 a month, about £{q}5).",
        "US prices look low in sterling ($29.99, roughly £24 at {Y3} rates).",
        "A valet in Munich costs more (€45, about £38).",
    ],
    "vehicle-model-year": [
        "Demo videos were filmed on a new car (a 2022 Tesla Model 3).",
        "The mobile valet works from a van (Ford Transit Custom, {Y3}).",
        "The brand tested its ceramic coating on a classic car (a 1967 Ford Mustang).",
    ],
    "number-plate": [
        "Sales of new cars peak twice a year (the new 73 plate, September 2023).",
        "Dealers order valets for every new registration (the 24 plate, March 2024).",
        "Owners of nearly new cars (21-plate and newer) are the core market.",
    ],
    "chemical-ph": [
        "Pre-wash products are strongly alkaline (pH 12.{q}).",
        "The foam is safe on ceramic coatings (pH neutral, 7.0).",
        "Wheel cleaners are often acidic (pH 2–3) and need careful handling.",
    ],
    "social-handle": [
        "The brand answers complaints on X (@IMOCarWashUK) within the hour.",
        "Members are told about closures on Instagram (@wavescarwash).",
        "The detailer's TikTok account (@shine_by_sam) has {k},000 followers.",
    ],
    "web-address": [
        "Members manage their plan online (www.example-wash.co.uk/account).",
        "The franchise pack is on the website (www.valetfranchise.co.uk/{Y3}).",
        "Bookings go through a simple form (book.example-valet.ie).",
    ],
    "hashtag": [
        "The user-generated campaign used a hashtag (#CleanCarChallenge{Y3}).",
        "Photos were shared under a branded tag (#ShineOnSwindon).",
        "The spring push used a seasonal hashtag (#PollenSeason{Y3}).",
    ],
    "wage-rate": [
        "Valeters are paid at least the legal minimum (National Living Wage, £11.44 from April 2024).",
        "US wash attendants earn more in some states ($15 an hour, {Y3}).",
        "Inspectors found workers paid far below the minimum (about £{q} an hour).",
    ],
    "carbon-figure": [
        "The tunnel's footprint is small (1.{q} kg CO2e per wash, {Y3}).",
        "Solar panels on the roof cut grid use ({pc}% in {Y3}).",
        "Reclaim tanks hold enough for a day's trade ({n},000 litres).",
    ],
    "abbreviation": [
        "Hand car washes (HCWs) make up most of the UK market.",
        "Licence-plate recognition (LPR) lets members drive straight in.",
        "Customer relationship management (CRM) links the app, the tunnel and the till.",
    ],
    "dated-promotion": [
        "The £1 first-month offer ran for a fortnight (1–14 July {Y3}).",
        "Black Friday memberships sold out (24–27 November {Y3}).",
        "The spring offer ran until the clocks changed (to 31 March {Y3}).",
    ],
    "company-form": [
        "The Spanish business trades as a limited company (S.L., founded {Y}).",
        "The German arm is a separate entity (GmbH, registered {Y}).",
        "The valeting firm was set up as a sole trader before incorporating (Ltd since {Y3}).",
    ],
    "companies-house-number": [
        "The franchisor's accounts are public (company no. 0{n}{n}).",
        "The operator is registered in Ireland (CRO no. {n}{q}{q}).",
        "VAT is charged on all plans (VAT reg. GB {n} {n} {q}{q}).",
    ],
    "season-year": [
        "Bookings for detailing peak before summer holidays (June–July {Y3}).",
        "Winter brings salt and grime to the roads (December–February).",
        "The busiest period was the spring after lockdown (spring 2021).",
    ],
    "quarter": [
        "Wash volumes were strongest in the second quarter (Q2 {Y3}).",
        "Membership sign-ups slowed in the third quarter (Q3, {Y3}).",
        "The new app went live at the end of the year (Q4 {Y3}).",
    ],
    "emissions-zone": [
        "Diesel vans now pay to enter the zone (ULEZ, expanded August 2023).",
        "Some sites sit inside a clean air zone (Birmingham CAZ, {Y3}).",
        "German cities require a green sticker (Umweltzone, since {Y}).",
    ],
}  # fmt: skip
