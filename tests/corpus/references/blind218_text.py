"""The blind218 pool's prose: marketers at supermarkets, discounters, convenience chains, online grocers, food and
drink brands and their agencies in the UK, Ireland, Germany and Australia (Tesco, Sainsbury's, Asda, Aldi, Lidl,
Ocado, Co-op, Dunnes Stores, SuperValu, Rewe, Edeka, Woolworths, Coles), category, trade, loyalty and retail-media
teams writing CIM Level 6 and 7 reports and MBA assignments in English. Written without reading the checker, its
tests or any other pool.

Besides the common fill values, frames use {gr} a grocer, {pc} a share or rate with one decimal, {wk} a week number,
{mo} a month, {Y3} a recent year, {pp} a price in pounds, {eu} a price in euros, {aud} a price in Australian dollars,
{st} a store count, {ean} a barcode's digits, {role} a job title, {ol} an own-label range, {per} a grocery period.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Tesco", "Sainsbury's", "Asda", "Aldi", "Lidl", "Ocado", "Co-op", "Dunnes Stores", "SuperValu", "Rewe",
          "Edeka", "Woolworths", "Coles", "Morrisons", "Waitrose", "Iceland", "M&S Food", "Tesco Ireland", "Aldi Süd",
          "Kaufland", "Netto", "IGA", "Centra", "Spar", "Getir", "Gousto", "Warburtons", "Müller", "Kerrygold",
          "Tayto", "Ben & Jerry's", "Walkers", "Heinz", "Arnott's", "Vegemite", "Cadbury"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the common ones."""
    return {
        "gr": rng.choice(["Tesco", "Sainsbury's", "Asda", "Aldi", "Lidl", "Morrisons", "the Co-op", "Dunnes",
                          "SuperValu", "Woolworths", "Coles", "Rewe", "Edeka"]),
        "pc": f"{rng.randint(2, 29)}.{rng.randint(0, 9)}", "wk": str(rng.randint(1, 52)),
        "mo": rng.choice(["January", "March", "April", "June", "July", "September", "October", "November", "December"]),
        "Y3": str(rng.randint(2016, 2025)), "pp": f"{rng.randint(1, 12)}.{rng.choice(['00', '25', '50', '75', '99'])}",
        "eu": f"{rng.randint(1, 9)}.{rng.choice(['49', '79', '99'])}", "aud": f"{rng.randint(2, 15)}.{rng.choice(['00', '50', '90'])}",
        "st": f"{rng.randint(1, 2)},{rng.randint(0, 999):03d}", "ean": f"50{rng.randint(10000000000, 99999999999)}",
        "role": rng.choice(["CEO", "Category Director", "Chief Customer Officer", "Head of Loyalty", "Trading Director",
                            "Marketing Director", "Commercial Director"]),
        "ol": rng.choice(["Tesco Finest", "Taste the Difference", "Aldi Specially Selected", "Lidl Deluxe",
                          "Asda Extra Special", "Co-op Irresistible", "Dunnes Simply Better", "Woolworths Gold"]),
        "per": rng.choice(["P10", "P4", "P7", "P13", "week 52", "week 26", "Q3", "H1"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although the sample was drawn only from {A} in England.",
    "{N} concluded that {C}; this is directly relevant to {B}'s category plan.", "{N} showed that {C}.",
    "{N} suggested that {C}, which the loyalty team at {gr} would recognise.", "{N} observed that {C} in Irish grocery.",
    "{N} reported that {C} during the cost-of-living crisis.", "{N} maintain that {C}.",
    "{N} identified that {C}, particularly among {A}.", "{N} warned that {C} once the HFSS rules took effect.",
    "{N} makes the case that {C}.", "{N} noted that {C}, a pattern seen at {B} too.",
]  # fmt: skip
NARRATIVE_MID = [
    "In their study of UK supermarkets, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is consistent with {N}, who found that {C}.", "{C}, which supports the findings of {N}.",
    "As {N} point out, {C}.", "According to {N}, {C}.", "{C} – a view shared by {N}.",
    "For a category team at {B}, the lesson from {N} is that {C}.", "Data from {N} suggest that {C}.",
    "{C}; however, {N} found the opposite among {A}.", "Research by {N} indicates that {C}.",
    "Writing about the German discounters, {N} argued that {C}.", "{C}, as {N} noted.",
]  # fmt: skip
POSSESSIVE = [
    "{N} analysis of shopper data shows that {C}.", "Using {N} framework, it is clear that {C}.",
    "{O}, {N} report found that {C}.", "{B} could apply {N} model, since {C}.",
    "{N} findings matter here because {C}.", "This reflects {N} argument that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For {A}, {C} {P}.",
    "{B} is no exception, since {C} {P}.", "This matters for {gr} because {C} {P}.",
    "It is often claimed that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.",
    "{C}, especially in convenience stores {P}.", "In short, {C} {P}.", "{C} {P:see also}.",
    "Retail media is growing fast, and {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{C} {P:see}, whereas {C2}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} are switching more of their weekly shop to the discounters", "loyalty prices lift {R} among {A}",
    "{B}'s own-label ranges win share when budgets are squeezed", "retail media gives suppliers a closed loop between ads and sales",
    "price matching against Aldi protects the big four's value perception", "{T} drives {R} only when the offer is relevant",
    "shrinkflation damages trust in branded goods", "{A} expect the app and the store to show the same prices",
    "category managers now share more shopper data with suppliers", "premium own label grows even in a downturn",
    "convenience stores depend on top-up missions", "food waste messaging improves brand trust",
    "rapid delivery has proved hard to run at a profit", "the HFSS rules moved promotions away from the aisle ends",
    "{B} relies on {T} more than its rivals do", "Irish shoppers are more loyal to local brands than British ones",
    "German shoppers see the discounters as the quality benchmark", "Australian shoppers distrust supermarket specials",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "However", "For example", "In UK grocery", "For {B}'s category team",
    "Since the cost-of-living crisis", "In the Irish market", "Nevertheless", "As a result", "In Germany",
    "In Australia", "From the shopper's point of view", "Overall",
]  # fmt: skip
PLAIN = [
    "{B} sells through large stores, convenience stores, its app and a delivery partner.",
    "This report analyses {B}'s loyalty scheme and recommends changes for the next financial year.",
    "The table below compares the big four with the two discounters on price, range and service.",
    "A SWOT analysis of {B} is given in Appendix 2.", "{O}, {C}.",
    "The category review covered chilled desserts, ready meals and soft drinks.",
    "Task 3 builds on this by proposing a retail-media plan for a supplier.",
    "{B}'s app has over {n}k reviews, averaging 4.6 stars.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one retail textbook puts it, {Q} {P}.", "{O}, {Q} {P}.",
    "{N} put it plainly: {Q}.", "The point for {B} is that {Q} {P}.", "Put another way, {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘value perception’", "‘everyday low prices’", "‘top-up shop’", "‘shrinkflation’",
                "‘greedflation’", "‘dark stores’", "‘premiumisation’", "‘the middle aisle’"]  # fmt: skip
SCARE_FRAMES = [
    "Category teams speak of {Q} as the main battleground {P}.", "{B} calls this {Q} {P}.",
    "The press coined the term {Q} in the downturn {P}.", "Shoppers now talk about {Q} {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your Clubcard vouchers are here’", "‘Your Nectar Prices this week’",
                 "“Your basket is waiting – free delivery until midnight”", "‘Middle aisle alert: this Thursday’",
                 "‘Your weekly specials are live’", "“Fresh offers, picked for you”"]  # fmt: skip
SUBJECT_FRAMES = [
    "An email headed {Q} had the best open rate of the quarter {P}.", "{B} sent {Q} to lapsed app users {P}.",
    "Subject lines such as {Q} still work for grocers {P}.",
]  # fmt: skip

# Text with brackets, years, dates, prices and quotation marks that is no citation: what a tutor would never look
# for in the reference list.
NOT_CITATIONS = {
    "grocery-market-share-period": [
        "{gr} held {pc}% of the market in the 12 weeks to 23 April {Y3}.",
        "Aldi's share reached {pc}% (12 weeks to {d} {mo} {Y3}).",
    ],
    "grocery-till-share-figure": [
        "Lidl's share of the till rose to {pc}% ({Y3}), its highest yet.",
        "The big four together held {q}0% of sales (four weeks to {d} {mo} {Y3}).",
    ],
    "loyalty-scheme-launch-year": [
        "Clubcard (1995) was the first national supermarket loyalty card in the UK.",
        "Sainsbury's joined Nectar (2002) rather than run its own card.",
    ],
    "loyalty-price-scheme": [
        "Clubcard Prices (2020) now cover thousands of lines in every store.",
        "Nectar Prices (launched April 2022) copied Tesco's model.",
    ],
    "price-match-scheme": [
        "Tesco's Aldi Price Match (2020) covers hundreds of products.",
        "Sainsbury's Aldi Price Match (2021) was advertised on every shelf-edge label.",
    ],
    "multibuy-promotion": [
        "The chilled team ran a 3 for £10 deal on pizzas in {mo} {Y3}.",
        "{gr} cut its multibuys after the rules (October 2022) limited them.",
    ],
    "meal-deal-price": [
        "The Meal Deal (£3.99, or £3.60 with Clubcard) is a lunchtime staple.",
        "Boots and Tesco both raised the price of their meal deals ({Y3}: £{pp}).",
    ],
    "euro-price": [
        "A 2-litre carton of milk at {gr} cost €{eu} ({mo} {Y3}).",
        "Dunnes Stores' ‘Shop & Save’ offer (€10 off €50) ran over the bank holiday.",
    ],
    "aud-price": [
        "Woolworths priced the bundle at A${aud} (down from A$19.00).",
        "Coles' Down Down campaign (2011) cut the price of staples to A${aud}.",
    ],
    "store-count-milestone": [
        "Aldi's 1,000th store (2022) opened in Woolwich.",
        "Lidl GB now runs {st} stores ({mo} {Y3}).",
    ],
    "store-opening-plan": [
        "The discounter plans 100 new stores (by 2025) across Ireland and the UK.",
        "{gr} opened {q}0 new convenience stores in {Y3} (FY target: {n}).",
    ],
    "hfss-rules": [
        "Promotions of sugary cereals moved after the HFSS rules (October 2022).",
        "Multibuys on HFSS lines were delayed again (to October 2025).",
    ],
    "sugar-levy": [
        "Soft-drinks makers reformulated before the sugar levy (2018).",
        "The Soft Drinks Industry Levy (April 2018) cut sugar in Irn-Bru and Ribena.",
    ],
    "bag-charge": [
        "Sales of bags for life rose after the plastic bag charge (2015).",
        "England raised the carrier-bag charge to 10p (May 2021).",
    ],
    "supply-code": [
        "Suppliers complain under the Groceries Supply Code of Practice (2010).",
        "The code (GSCOP, 2010) governs how grocers treat direct suppliers.",
    ],
    "german-law-year": [
        "Edeka and Rewe must comply with the supply-chain law (LkSG, in force since January 2023).",
        "German unit-pricing rules (PAngV, amended May 2022) apply to every shelf label.",
    ],
    "product-recall-date": [
        "{gr} recalled its houmous ({d} {mo} {Y3}) over possible salmonella.",
        "The recall notice (issued {d}/{q}/{Y3}) covered four batch codes.",
    ],
    "own-label-launch-year": [
        "Tesco Finest (1998) is now a billion-pound brand.",
        "Sainsbury's Taste the Difference (launched 1999) set the premium benchmark.",
    ],
    "own-label-range-name": [
        "{ol} (premium tier) and Lidl Deluxe compete for the Christmas table.",
        "The budget tier (Stockwell & Co., launched 2022) replaced Tesco's Everyday Value.",
    ],
    "food-inflation-month": [
        "Food inflation peaked at 19.1% in March 2023.",
        "Grocery price inflation eased to {pc}% ({mo} {Y3}), the lowest in two years.",
    ],
    "inflation-bracket-figure": [
        "Prices of staples rose sharply (CPI food, {mo} {Y3}: {pc}%).",
        "Irish food prices rose (up {pc}% in {Y3}) faster than wages.",
    ],
    "christmas-advert-year": [
        "Aldi's Kevin the Carrot (2016) became a Christmas regular.",
        "The 2023 John Lewis advert starred a Venus flytrap called Snapper.",
    ],
    "christmas-advert-campaign": [
        "Sainsbury's ‘Christmas is for sharing’ (2014) was set in the trenches.",
        "M&S Food's ‘This is not just any food’ (2005) is still parodied.",
    ],
    "barcode": [
        "Each line carries a barcode (EAN {ean}) that links it to the category data.",
        "The promotion was keyed to one code (EAN 5000168001234) at the till.",
    ],
    "product-code-sku": [
        "The new pack (SKU {n}-{q}{q}) replaced the old one in week {wk}.",
        "Stores ranged the line under item code TPN {n}{n}.",
    ],
    "red-tractor-year": [
        "Red Tractor (2000) assures most British pork on the shelf.",
        "{gr} requires Red Tractor certification (since 2000) for its fresh meat.",
    ],
    "fairtrade-year": [
        "The Co-op sold the first Fairtrade bananas (2000) in the UK.",
        "Sainsbury's switched all its bananas to Fairtrade (2007).",
    ],
    "award-year": [
        "{B} won a Grocer Gold Award (The Grocer Gold Awards 2023).",
        "The range was named Own Label of the Year (Quality Food Awards {Y3}).",
    ],
    "which-award-year": [
        "Aldi was named Which? Supermarket of the Year 2024.",
        "Lidl was the cheapest supermarket for the {q}th month running ({mo} {Y3}).",
    ],
    "person-title": [
        "Ken Murphy (CEO, Tesco) spoke about Clubcard at the results.",
        "The team reports to Sarah Jones ({role}, {gr}).",
    ],
    "financial-year": [
        "Group sales grew {pc}% (FY2023/24) on a like-for-like basis.",
        "Retail profit rose in the year to February {Y3} (FY{Y3}).",
    ],
    "grocery-period-week": [
        "Like-for-like sales rose {pc}% in {per} ({Y3}).",
        "Sales of mince pies peak in week 52 (December {Y3}).",
    ],
    "quarter-results": [
        "Lidl's sales grew by a fifth in Q{q} {Y3}.",
        "Ocado Retail reported growth in its first half (H1 {Y3}).",
    ],
    "interim-results-date": [
        "The interim results ({d} October {Y3}) showed gains in online sales.",
        "The trading statement (Christmas {Y3}) was the strongest in a decade.",
    ],
    "founding-year": [
        "Dunnes Stores (founded 1944) is still owned by the Dunne family.",
        "Aldi first opened in Britain (1990) in Birmingham.",
    ],
    "merger-deal-year": [
        "The Sainsbury's–Asda merger (blocked in 2019) would have created the largest grocer.",
        "Asda's sale to the Issa brothers (completed February 2021) added to its debt.",
    ],
    "sample-size": [
        "Most shoppers said price mattered most (n = {n}).",
        "The survey of Irish shoppers (n = {n}, {mo} {Y3}) was run online.",
    ],
    "figure-table-ref": [
        "Share by retailer is shown in the chart (Figure {q}).",
        "The price gap narrowed each period (see Table {q}).",
    ],
    "appendix-ref": [
        "The full planogram is attached (Appendix {q}).",
        "Interview questions are listed (Appendix {q}, p. {n}).",
    ],
    "percent-change-bracket": [
        "Frozen sales grew strongly (+{pc}% year on year).",
        "Volume fell in the category (−{pc}% vs {Y3}).",
    ],
    "deposit-return-scheme": [
        "Scotland's deposit return scheme (20p a container) was delayed again.",
        "Ireland's Re-turn scheme (February 2024) adds 15c to a can.",
    ],
    "pfand-deposit": [
        "German shoppers return bottles for the Pfand (25 cents since 2003).",
        "The Einwegpfand (2003) changed how Lidl and Aldi stock drinks.",
    ],
    "sunday-trading-hours": [
        "Large English stores open for six hours on Sundays (10am to 4pm in most towns).",
        "Most German supermarkets close on Sundays (and by 10pm on weekdays).",
    ],
    "sustainability-target-year": [
        "{gr} aims to halve food waste (by 2030) across its operations.",
        "The grocer set a net zero target (2035) for its own operations.",
    ],
    "courtauld-commitment": [
        "Most big grocers signed the Courtauld Commitment 2030.",
        "The voluntary deal (Courtauld 2025) set targets for waste and water.",
    ],
    "app-version-date": [
        "The app's scan-as-you-shop feature (v{q}.{n}) was rolled out in {mo} {Y3}.",
        "Clubcard Pay+ (launched 2021) links a card to the loyalty account.",
    ],
    "media-network-launch": [
        "Tesco's retail media arm (run by dunnhumby since 2021) sells on-site ads.",
        "Sainsbury's Nectar360 (2021) grew its retail-media income.",
    ],
    "campaign-hashtag-year": [
        "The #AldiPriceMatch trend (2023) drew millions of views on TikTok.",
        "The ‘#FeedTheNation’ push ({mo} 2020) thanked store staff.",
    ],
    "postcode-address": [
        "The trial store (Kensington High Street, W8 {q}SA) opened in {Y3}.",
        "The new distribution centre (Mullingar, N91 X{n}) serves the midlands.",
    ],
    "covid-date": [
        "Stores brought in one-way aisles (March 2020).",
        "Online slots sold out within days of the first lockdown (23 March 2020).",
    ],
    "award-event-year": [
        "The campaign won gold (IPA Effectiveness Awards 2022).",
        "{B} was shortlisted (Retail Week Awards {Y3}) for its app.",
    ],
}  # fmt: skip
