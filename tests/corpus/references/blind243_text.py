"""The blind243 pool's prose: marketers at home-improvement, furniture, homewares and garden retailers and their
suppliers in the UK and Ireland writing CIM Level 6 and 7 reports and MBA assignments on retail, omnichannel and
trade marketing.

Frames, claims and openers as these candidates write them, and text that looks like a citation and is not: prices and
promotions with periods, store openings and closures with years, product ranges and launch years, laws with years,
delivery promises, like-for-like sales, seasons and weather, trade counters and loyalty schemes, ratings and awards,
tickers, job titles, financial years, half years and quarters. Written without reading the checker or any other pool.
``{P:see}`` writes "(see Author, 2020)". Its own fill values: {c} a chain, {pr} a price, {pc} a percentage, {k} a
count of stores, {yr} a recent year, {mo} a month, {hh} a half, {qq} a quarter, {ch} a channel, {rng} a range.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["B&Q", "Screwfix", "Wickes", "Homebase", "IKEA UK", "Dunelm", "DFS", "ScS", "Furniture Village",
          "Oak Furnitureland", "Made.com", "Wayfair UK", "Dobbies", "Blue Diamond", "Woodie's", "Harvey Norman Ireland",
          "Farrow & Ball", "Dulux", "Crown Paints", "Hillarys", "Toolstation", "The Range", "Wyevale", "Atkinsons Garden Centre"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use, drawn after the common ones."""
    return {
        "c": rng.choice(["B&Q", "Screwfix", "Wickes", "Homebase", "Dunelm", "DFS", "ScS", "Dobbies", "Woodie's", "IKEA"]),
        "pr": rng.choice(["499", "649", "799", "1,299", "1,999", "29", "45", "12.99"]),
        "pc": str(rng.choice([10, 15, 20, 25, 30, 40, 50])), "k": str(rng.randint(3, 40)),
        "yr": str(rng.randint(2019, 2025)),
        "mo": rng.choice(["January", "March", "April", "May", "August", "September", "November", "December"]),
        "hh": rng.choice(["H1", "H2"]), "qq": rng.choice(["Q1", "Q2", "Q3", "Q4"]),
        "ch": rng.choice(["the app", "TikTok", "Instagram", "paid search", "email", "Pinterest", "YouTube", "Facebook"]),
        "rng": rng.choice(["MALM", "BILLY", "KALLAX", "HEMNES", "POÄNG", "Dorma", "Hartleys"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although their sample was drawn from a single region.",
    "{N} concluded that {C}; this is directly relevant to {B}.", "{N} showed that {C}, particularly for {A}.",
    "{N} suggested that {C}, which {B}'s trade team would recognise.", "{N} observed that {C} in UK garden centres.",
    "{N} identified that {C}.", "{N} warned that {C} once the sales period ends.", "{N} reported that {C} across {k} stores.",
    "{N} makes the point that {C}.", "{N} found, in an Irish sample, that {C}.", "{N} noted that, since {yr}, {C}.",
    "{N} explains that {C} – a lesson for {c}.", "{N} questioned whether {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "{O}, {N} found that {C}.", "This is consistent with {N}, who found that {C}.", "{C}, as {N} pointed out.",
    "According to {N}, {C}.", "Research by {N} suggests that {C}.", "{C} – a view shared by {N}.",
    "In their study of UK DIY shoppers, {N} found that {C}.", "{B} illustrates this well: {N} showed that {C}.",
    "Evidence from {N} suggests that, for {A}, {C}.", "Data published by {N} show that {C}.",
    "{C}; however, {N} found the opposite for trade customers.", "As highlighted by {N}, {C}.",
    "It could be argued, following {N}, that {C}.", "{C}, according to {N}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of furniture buyers found that {C}.", "Using {N} framework, it appears that {C}.",
    "{O}, {N} findings suggest that {C}.", "{B} could apply {N} model, since {C}.", "{N} report shows that {C}.",
    "{N} argument that {C} is persuasive.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For {A}, {C} {P}.", "This matters because {C} {P}.",
    "{B} is no exception, since {C} {P}.", "It is widely reported that {C} {P:see}.", "Several studies find that {C} {P:e.g.}.",
    "{C}, especially for big-ticket items such as sofas and kitchens {P}.", "{C} {P:see also}.", "In short, {C} {P}.",
    "{C}. {P}", "A key point for {B} is that {C} {P}.", "The garden category is different: {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also the case that {C2}.", "{C} {P:see}, whereas {C2}.",
    "Some sources {P:e.g.} argue that {C}.", "Because {C} {P}, {B} should ensure that {C2}.",
    "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} research sofas online but still want to sit on them in store", "click and collect lifts add-on spending in store",
    "{B}'s trade customers are less price-sensitive than DIY shoppers", "interest-free credit brings big-ticket purchases forward",
    "garden centre sales depend heavily on the weather in spring", "{T} improves {R} among {A}",
    "the post-pandemic DIY boom has faded", "{A} trust paint colour samples more than on-screen swatches",
    "augmented reality tools reduce furniture returns", "loyalty schemes work best when they reward the project, not the product",
    "retailers with strong own-label ranges protect their margins", "the cost-of-living crisis has delayed kitchen and bathroom projects",
    "housing transactions drive demand for furniture and flooring", "{A} expect next-day delivery on small items",
    "peat-free compost has changed how garden centres market their own brands", "store closures push some customers online and others to rivals",
    "{B} relies on {T} more than its competitors do", "showrooms still close most furniture sales",
    "trade counters reward speed more than price", "homewares are bought on impulse more often than furniture",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "However", "For example", "In the UK", "In Ireland", "For {B}", "Since the pandemic",
    "From a customer perspective", "Within the DIY sector", "In the furniture market", "Nevertheless", "Consequently",
    "Looking at {B}'s competitors", "In terms of omnichannel retail", "On the other hand",
]  # fmt: skip
PLAIN = [
    "{B} trades from stores across the UK and Ireland and through its website and app.",
    "This report analyses {B}'s omnichannel proposition and makes recommendations for the next financial year.",
    "A PESTLE analysis of the home improvement market is included in Appendix 2.",
    "The table below compares the main competitors on price, range, delivery and service.",
    "{B}'s Instagram account has {k}k followers, but engagement has fallen.", "{O}, {C}.",
    "Customers can order online for delivery, collect in store or buy through the trade counter.",
    "The recommendations are costed and phased over twelve months.",
    "Task 2 builds on this analysis by proposing a trade marketing plan.",
    "The main competitors are {B} and two online pure plays.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one retailing text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{N} put it plainly: {Q}.", "{B} appears to accept that {Q} {P}.", "One study concluded that {Q} {P}.",
    "{O}, {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘DIY-SOS’", "‘phygital’", "‘shrinkflation’", "‘greenwashing’", "‘quiet luxury’", "‘cottagecore’",
                "'staycation'", "‘buy now, pay later’", "‘endless aisle’", "‘do it for me’", "'home nesting'", "“beige-core”"]  # fmt: skip
SCARE_FRAMES = [
    "Retailers have embraced the {Q} trend {P}.", "So-called {Q} has reshaped {B}'s range {P}.",
    "The {Q} customer is a growing segment {P}.", "Some critics call this {Q} {P}.",
    "This shift, often labelled {Q}, affects {A} most {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your garden, sorted: {pc}% off outdoor furniture’", "‘Last chance: sofa sale ends Sunday’",
                 "“Spring into colour with our new paint range”", "‘Your basket misses you’",
                 "'Free delivery on orders over £50 this weekend'", "‘Order by 8pm, collect tomorrow’",
                 "“Trade prices, now for everyone”", "‘Hello, sunshine – BBQ season is here’"]  # fmt: skip
SUBJECT_FRAMES = [
    "An email headed {Q} had the highest open rate of the season {P}.", "{B} sent {Q} to lapsed customers {P}.",
    "Subject lines such as {Q} create urgency {P}.", "Testing {Q} against a plainer version showed a clear winner {P}.",
]  # fmt: skip

# Text with brackets, years and figures that is no citation; none names a work in the list.
NOT_CITATIONS = {
    "sale-price": ["{B} advertised a £{pr} sofa in its January {yr} sale.", "The corner sofa was reduced to £{pr} (January {yr} sale).",
                   "Prices started at £{pr} in the {mo} {yr} clearance."],
    "promotion-period": ["Paint was {pc}% off in spring {yr} (selected lines only).", "{B} ran {pc}% off garden furniture (May {yr}).",
                         "The offer ({pc}% off, ends {mo} {yr}) was promoted in store."],
    "credit-offer": ["Customers could spread the cost with interest-free credit for 4 years (0% APR).",
                     "{B} offered 0% finance over 36 months (representative APR 0%).", "Buy now, pay later (12 months, 0% APR) drove sofa orders."],
    "black-friday": ["Traffic peaked on Black Friday {yr} (24 November).", "{B}'s Black Friday {yr} deals went live a week early.",
                     "Sales over Black Friday weekend ({yr}) were flat."],
    "store-opening": ["IKEA Oxford Street (2025) was the brand's first central London store.", "The store at IKEA Wembley (2005) had queues round the block.",
                      "{B} opened a new store in Cork ({yr}).", "IKEA Belfast (2007) serves customers from across the island."],
    "store-closure": ["{k} Homebase stores closed in 2024.", "{c} closed {k} stores ({yr}) after its lease review.",
                      "The closures ({k} stores, {yr}) hit the north of England hardest."],
    "store-milestone": ["Dunelm opened its 180th store (2023).", "{c} celebrated its 100th store ({yr}).",
                        "The new Dobbies store (its 70th, {yr}) includes a restaurant."],
    "paint-colour": ["Farrow & Ball's Elephant's Breath (No. 229) remains a best-seller.", "The living room was painted in Elephant's Breath (No. 229).",
                     "Customers asked for Hague Blue (No. 30) by name."],
    "colour-of-year": ["Dulux Colour of the Year 2024 (Sweet Embrace) featured in the campaign.", "{B} built displays around Dulux Colour of the Year {yr}.",
                       "The Colour of the Year ({yr}) shaped the spring window schemes."],
    "product-launch": ["The IKEA BILLY bookcase (1979) is still in the range.", "The {rng} range ({yr} refresh) was promoted on {ch}.",
                       "{B} relaunched its own-brand paint ({yr})."],
    "product-range": ["The MALM range (chest of drawers, bed frames) is sold flat-packed.", "The {rng} range (six finishes) was extended in {yr}.",
                      "Its garden range (rattan, teak and metal) was reduced by a third."],
    "fire-regulations": ["Every sofa must meet the Furniture and Furnishings (Fire) (Safety) Regulations 1988.",
                         "Labels show compliance (Furniture and Furnishings (Fire) (Safety) Regulations 1988)."],
    "consumer-law": ["Faulty goods can be returned under the Consumer Rights Act 2015 (within 30 days).",
                     "The returns policy goes beyond the law (Consumer Rights Act 2015)."],
    "trading-hours-law": ["Large stores in England may open for six hours on Sundays (Sunday Trading Act 1994).",
                          "Sunday opening is limited under the Sunday Trading Act 1994."],
    "dmcc-act": ["Drip pricing is banned under the Digital Markets, Competition and Consumers Act 2024.",
                 "Fake reviews became unlawful (Digital Markets, Competition and Consumers Act 2024)."],
    "peat-ban": ["Garden centres had to prepare for the peat ban (2024).", "The ban on peat in retail compost (England, 2024) changed the ranges.",
                 "Peat-free compost was pushed ahead of the ban ({yr})."],
    "delivery-promise": ["Orders placed by 8pm arrive next day (Monday to Saturday).", "{B} offers click and collect in one hour (selected stores).",
                         "Next-day delivery (£6.95) is available on small items."],
    "guarantee": ["ScS's 10-year guarantee (on frames and springs) is a key selling point.", "The sofa carries a 15-year frame guarantee (terms apply).",
                  "{B} offers a 5-year guarantee on its own-brand tools."],
    "lfl-sales": ["Like-for-like sales fell (LFL -3.2% in H1 2024).", "LFL sales rose 2.{q}% in {qq} {yr}.",
                  "{c} reported LFL growth of 1.8% (Q3 2023)."],
    "heatwave": ["Barbecue sales spiked during the 2022 heatwave.", "The hot spell (July 2022) emptied garden centres of paddling pools.",
                 "A wet spring ({yr}) hit bedding plant sales."],
    "flower-show": ["{B} showed a garden at Chelsea Flower Show 2024.", "The range was launched at RHS Chelsea ({yr}).",
                    "Visitors to Bloom (Dublin, {yr}) saw the new range."],
    "bank-holiday": ["Easter weekend 2023 was the busiest of the year.", "Footfall peaked over the May bank holiday ({yr}).",
                     "Sales over Easter ({mo} {yr}) beat forecasts."],
    "trade-scheme": ["B&Q's trade offer, TradePoint (2011), targets builders.", "TradePoint (launched 2011) now has its own app.",
                     "{B}'s trade account (free to join) offers credit terms."],
    "loyalty-scheme": ["IKEA Family (1984) has millions of members.", "Members of IKEA Family (free to join) get discounts.",
                       "{B} relaunched its loyalty scheme in {yr} (app-only)."],
    "rapid-delivery": ["Screwfix Sprint (2022) delivers in under an hour.", "Screwfix Sprint (launched 2022) covers most UK cities.",
                       "{c}'s rapid delivery service ({yr} trial) used e-cargo bikes."],
    "trustpilot": ["{B} has a 4.5-star Trustpilot rating (2024).", "Its Trustpilot score (4.2 out of 5, {yr}) is above the sector average.",
                   "Reviews ({k},000 on Trustpilot) mention delivery most."],
    "retail-award": ["{B} won at the Retail Week Awards 2023.", "The campaign was shortlisted (Retail Week Awards {yr}).",
                     "{c} was named Retailer of the Year ({yr})."],
    "garden-award": ["The store won at the Garden Retail Awards 2022.", "Its café was highly commended (Garden Retail Awards {yr}).",
                     "{B} took Garden Centre of the Year ({yr})."],
    "which-best-buy": ["The mower was named a Which? Best Buy 2024.", "Its own-brand paint earned Which? Best Buy status ({yr}).",
                       "The drill (a Which? Best Buy) sold out in a week."],
    "ticker": ["Kingfisher (LON: KGF) owns B&Q and Screwfix.", "Dunelm (LON: DNLM) has outperformed the FTSE 250.",
               "Wickes (LON: WIX) listed in 2021.", "Wayfair (NYSE: W) reported a loss."],
    "job-title": ["The Chief Customer Officer (CCO) leads the loyalty programme.", "{B}'s Head of Brand (since {yr}) led the rebrand.",
                  "The Store Manager (Cork) ran a local Instagram account."],
    "honour": ["The founder (CBE, {yr}) still chairs the board.", "Lord Harris of Peckham (Carpetright) built the business from one shop.",
               "Its founder was knighted (Birthday Honours {yr})."],
    "ceo-change": ["The new CEO ({yr}) came from the grocery sector.", "{c}'s CEO (appointed {mo} {yr}) set out a new strategy.",
                   "The chief executive (since {yr}) has cut costs."],
    "financial-year": ["Revenue grew in FY2023/24 despite weaker demand.", "The marketing budget (FY2024/25) was cut by {pc}%.",
                       "Profit fell in the last financial year (FY2022/23)."],
    "half-year": ["Online sales made up a third of revenue (H1 2024).", "Gross margin improved in {hh} {yr}.",
                  "Results for the half ({hh} {yr}) were ahead of expectations."],
    "quarter": ["Sales of garden furniture rose in Q2 2024.", "Trading in {qq} {yr} was hit by the weather.",
                "Footfall fell (Q{q} {yr}) across retail parks."],
    "euro-price": ["Woodie's priced its barbecues from €{pr} ({mo} {yr}).", "A tin of paint costs €{k}.99 (2.5 litres).",
                   "Delivery is free over €75 (Republic of Ireland only)."],
    "vat-rate": ["Prices include VAT (20%).", "Irish prices include VAT at 23% (standard rate).",
                 "The reduced rate (5% VAT) applies to some energy-saving installations."],
    "opening-hours": ["Most stores open 7am–8pm (Mon–Fri) for trade customers.", "The trade counter opens at 6.30am (weekdays).",
                      "Sunday hours (10am–4pm) limit sales in large stores."],
    "room-set": ["The showroom has {k} room sets (living, dining and bedroom).", "Customers walked the showroom (Market Hall, Bedroom, Kitchen) before buying."],
    "store-format": ["The smaller format (Screwfix City) opened in central London.", "{B} is testing compact stores (10,000 sq ft) in retail parks.",
                     "Its warehouse format (100,000 sq ft) suits bulky goods."],
    "acquisition": ["Hilco bought Homebase in 2018 for £1.", "Next bought the Made.com brand (2022) after its collapse.",
                    "Kingfisher bought Screwfix in 1999 (for £19m)."],
    "administration": ["Made.com went into administration (November 2022).", "Homebase entered administration in {mo} 2024.",
                       "Its collapse ({yr}) left customers without orders."],
    "founding": ["B&Q was founded in Southampton in 1969.", "Dunelm began as a market stall (1979).",
                 "{c} has traded since {yr} (founded as a family business)."],
    "sku-count": ["The website lists over {k},000 products (SKUs).", "{B} carries around 40,000 lines (in store and online)."],
    "sample-size": ["A survey of customers was carried out (n = {n}).", "Interviews were held with store staff (n = {q}2)."],
    "cross-reference": ["See Appendix 3 (customer journey map) for detail.", "The competitor analysis (Table {q}) shows the gaps.",
                        "Figure {q} (market share, {yr}) illustrates the point."],
    "handle-or-address": ["Customers complain to @BandQ on X (response within an hour).", "Orders come through the website (www.diy.com).",
                          "The hashtag (#DunelmHome) trended in {mo} {yr}."],
    "model-size": ["The 3-seater sofa (W 210cm) is the best-seller.", "The shed (8 x 6 ft) was the most searched product.",
                   "A 2.5L tin covers about 30 square metres (two coats)."],
    "campaign-name": ["The B&Q ‘You Can Do It’ campaign ran for years.", "{B}'s Christmas advert ({yr}) was shared widely.",
                      "The ‘Let's Do It’ line (relaunched {yr}) returned to TV."],
    "abbreviation": ["Average order value (AOV) rose in {yr}.", "The business tracks net promoter score (NPS) by store.",
                     "Buy online, pick up in store (BOPIS) now drives a third of orders."],
}  # fmt: skip
