"""Prose for the thirty-sixth held-out pool, "blind36": farm, food and drink, and rural-tourism marketing reports.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a thirty-sixth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how owners and marketers
of farms, farm shops, dairies, distilleries, breweries, vineyards, food producers and rural tourism businesses in
Wales, Scotland, Cornwall, Northern Ireland, Yorkshire and the Marches write: on CIM Level 4 and Level 6 courses and
funded rural business programmes, about PDO and PGI names, Red Tractor and other marks, awards with their years,
shows and markets, harvests and vintages, herd and flock numbers, grant schemes and rounds, diversification and
direct-to-consumer boxes, citing DEFRA, AHDB, the NFU, the FSA, the devolved governments, Kantar, Mintel, IGD and the
farming press.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} argues that {C}, which matches what we see at the farm gate.",
    "{N} reports that {C}.",
    "{N} suggests that {C}, especially among {A}.",
    "{N} showed that {C}; for {B} this matters at every show.",
    "{N} notes that {C}, and our own till data from {Y} backs this up.",
    "{N} makes the point that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} explains, {C}.",
    "For a small producer like {B}, the lesson from {N} is that {C}.",
    "This is in line with {N}, who found that {C}.",
    "Research by {N} indicates that {C}.",
    "Looking at the evidence from {N}, {C}.",
    "According to {N}, {C}, so the shop needs to be more than a till.",
    "Work on rural food brands by {N} concludes that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research on upland farms shows that {C}.",
    "Using {N} framework, {B} can see that {C}.",
    "{N} study of farm shops found that {C}.",
    "I have drawn on {N} model to show that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "Visitors to the distillery say the same: {C} {P}.",
    "For {B}, {C} {P}.",
    "{C}, particularly for {A} {P}.",
    "It is widely accepted that {C} {P}.",
    "In the Welsh market, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, which is why {B} started the box scheme.",
    "Because {C} {P}, the tasting room now opens at weekends.",
    "{C} {P} and {C2}.",
    "Evidence that {C} {P} supports moving the budget to Instagram.",
    "Although {C} {P}, few farms in the valley have acted on it.",
]  # fmt: skip
CLAIMS = [
    "shoppers will pay more for meat they can trace to a named farm",
    "provenance is the strongest driver of premium pricing in dairy",
    "farm shop customers visit less often but spend more per visit",
    "PGI status adds recognition abroad more than at home",
    "the Red Tractor logo reassures shoppers but rarely changes what they buy",
    "direct-to-consumer boxes lose customers fastest after the third delivery",
    "food tourism brings visitors outside the summer season",
    "awards like Great Taste help small producers win listings with independent retailers",
    "younger consumers look for sustainability claims on spirits",
    "rural businesses under-use email compared with social media",
    "visitor centres at distilleries turn tourists into long-term online customers",
    "price is still the deciding factor for most lamb purchases",
    "farmers' markets build trust faster than any advertising",
    "diversification income now matters more than farm subsidies to many family farms",
    "storytelling about the land and the family gives a brand its authenticity",
    "shoppers in Wales are more loyal to Welsh-labelled products than shoppers elsewhere",
    "milk buyers rarely notice the farm's name on the bottle",
    "agri-tourism works best when it sits close to a main road",
    "seasonality can be marketed as a strength rather than a shortage",
    "local sourcing claims are trusted more when a retailer names the farm",
    "consumers confuse organic and free-range claims",
    "vineyard tours are often the main source of profit for small English and Welsh wineries",
]  # fmt: skip
OPENERS = ["In practice", "On the farm", "For rural businesses", "At the farm gate", "In the craft drinks sector",
           "Across the four nations", "For a family dairy", "Since the pandemic"]  # fmt: skip
PLAIN = [
    "The farm shop opened in a converted byre and now employs eleven people.",
    "We milk our own herd and bottle on site, so the story is easy to tell.",
    "Most of our customers live within twenty miles of the farm.",
    "The marketing budget is small and is mostly spent in spring and before Christmas.",
    "This section looks at the customer first and the channels second.",
    "Our tasting room takes bookings online and on the phone.",
    "Staff at the counter are the best source of customer insight we have.",
    "The plan below is costed and can be phased over two years.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one rural marketing text puts it, {Q} {P}.",
    "{N} puts it plainly: {Q}.",
    "{O}, {Q} {P}.",
    "This rings true for {B}: {Q} {P}.",
    "{N} warns that {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["‘field to fork’", "“farm fresh”", "'local'", "‘artisan’", "“heritage breed”", "‘hand-crafted’",
                "\"small batch\"", "‘grass-fed’", "“from our family to yours”"]  # fmt: skip
SCARE_FRAMES = [
    "Words like {Q} are now used so widely that they mean little to shoppers {P}.",
    "{B} describes its range as {Q}, a claim that needs evidence behind it {P}.",
    "{N} questions whether labels such as {Q} can be trusted.",
    "Calling a product {Q} is not enough on its own {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your Christmas box is ready to order’", "“The lambing diary: week {n}”", "'Last call for the {Y} vintage'",
                 "‘New season asparagus is here’", "“Meet the herd”", "‘20% off hampers this weekend only’",
                 "\"Our gin won gold - thank you!\""]  # fmt: skip
SUBJECT_FRAMES = [
    "An email headed {Q} had the best open rate of the year {P}.",
    "{B}'s Facebook post {Q} reached far more people than paid adverts {P}.",
    "Posts such as {Q} show the farm behind the brand {P}.",
    "{N} recommends subject lines like {Q} for seasonal producers.",
]  # fmt: skip

NOT_CITATIONS = {
    "great-taste-stars": [
        "Our smoked cheddar won 3 stars at Great Taste {Y}, which we print on every label.",
        "The chutney (Great Taste {Y}, 2 stars) is now our best seller at {SHOW}.",
    ],
    "show-with-year": [
        "We took a stand at {SHOW} {Y} and collected over {n} email addresses.",
        "Footfall at the Royal Welsh Show ({Y}) was the highest the society had recorded.",
    ],
    "vintage": [
        "The {Y} vintage sold out at the cellar door before Christmas.",
        "Our sparkling rosé (vintage {Y}) was released in {Y2} after three years on the lees.",
    ],
    "harvest-year": [
        "Harvest {Y} was late and wet, so the cider was pressed in November.",
        "The barley from the {Y} harvest went into our first single malt.",
    ],
    "herd-numbers": [
        "The herd (around {n} pedigree Welsh Black cattle) grazes the hill all year.",
        "We run {n} ewes and lamb in March, which sets the timing of the box scheme.",
    ],
    "pgi-pdo": [
        "Welsh Lamb has held PGI status since 2003, and we use the mark on every box.",
        "Cornish Clotted Cream (PDO) must be made from Cornish milk, which is our main selling point.",
    ],
    "red-tractor": [
        "All our beef is Red Tractor assured (scheme standard version {q}.{d}), which the butchers ask to see.",
        "The farm passed its Red Tractor audit in {Y} with no non-conformances.",
    ],
    "grant-round": [
        "We applied to the Farming Investment Fund (Round {q}) in {Y} for the new dairy parlour.",
        "The Rural Business Investment Scheme, Round {q}, paid half the cost of the tasting room.",
    ],
    "scheme-name": [
        "The Sustainable Farming Incentive (SFI) pays us for hedgerow management on {n} hectares.",
        "Under Glastir, the farm fenced off the river banks in {Y}.",
    ],
    "act-mentioned-no-year": [
        "The Agriculture Act changes how farms like ours are paid, so diversification is urgent.",
        "Food labelling rules under the Food Information Regulations shape what we can say on the pack.",
    ],
    "defra-mention": [
        "DEFRA inspectors visited in {Y} to check the cattle passports.",
        "We are registered with the FSA and our local authority gave us a food hygiene rating of 5 in {Y}.",
    ],
    "hygiene-rating": [
        "The café holds a 5 (Very Good) food hygiene rating.",
        "A food hygiene rating of 4 (Good) in {Y} prompted us to refit the kitchen.",
    ],
    "company-number": [
        "{B} Ltd (company number SC{n}{d}{q}) trades as the farm shop.",
        "The business is a partnership (VAT reg. GB {n} {d}{q}) between my parents and me.",
    ],
    "price-in-brackets": [
        "Our mixed beef box (£{n}, serves four) is delivered on Thursdays.",
        "A tour and tasting (£{d}.50 per adult) is booked through the website.",
    ],
    "opening-times": [
        "The shop is open Tuesday to Sunday (9am to 5pm) and closed in January.",
        "Tastings run at 11am and 3pm (April to October).",
    ],
    "abv": [
        "Our flagship gin (41.{q}% ABV) is distilled with gorse flowers picked on the farm.",
        "The session ale (3.{d}% ABV) was launched at the {Y} beer festival.",
    ],
    "stock-breed": [
        "We keep Shetland (native breed) and Zwartbles sheep for the fleece market.",
        "The Beef Shorthorn (Shorthorn Cattle Society registered) herd started in {Y}.",
    ],
    "welsh-name": [
        "The brand name, Llaeth y Fferm (‘milk of the farm’), was chosen by the children.",
        "Our café is called Y Beudy (The Cowshed), after the building it sits in.",
    ],
    "gaelic-name": [
        "The distillery's name, Tobar an Fhìona (Well of the Wine), comes from the spring behind the still house.",
        "Our first whisky, Ceud Mìle Fàilte, was bottled in {Y}.",
    ],
    "quoted-review": [
        "One TripAdvisor reviewer wrote that it was “the best cream tea in Cornwall” in {Y}.",
        "A Google review from {Y} called the shop ‘a proper farm shop, not a garden centre’.",
    ],
    "quoted-customer": [
        "A regular customer told us, “I come for the eggs and leave with a full basket.”",
        "When asked why she buys from us, one customer said 'because I know the cows'.",
    ],
    "hashtag-campaign": [
        "Our #FarmToFork week in {Y} brought in {n} new followers.",
        "We joined the NFU's #BackBritishFarming Day in September {Y}.",
    ],
    "instagram-handle": [
        "Follow us on Instagram (@{FARM_HANDLE}) for daily lambing updates.",
        "The Facebook page (Farm Shop {B}) has more reach than the website.",
    ],
    "podcast-episode": [
        "I spoke about the shop on episode {n} of a farming podcast in {Y}.",
        "Our milk round featured on BBC Countryfile (series {d}) in {Y}.",
    ],
    "tv-programme": [
        "Sales doubled after the farm appeared on Clarkson's Farm (Series {q}).",
        "The Great British Menu (BBC Two, {Y}) used our lamb in the Welsh heat.",
    ],
    "press-headline": [
        "The local paper ran the story under the headline ‘Farm shop wins national award’ in {Y}.",
        "A piece in the Western Mail (“Dairy farm bottles its future”) brought in new customers.",
    ],
    "award-name": [
        "We were named Farm Shop of the Year (Wales) at the {Y} Farm Retail Awards.",
        "The brewery won Champion Beer of Scotland in {Y} for its oat stout.",
    ],
    "census-data": [
        "The county's population grew by {d}% between the 2011 and 2021 censuses.",
        "Around {n} people live within ten miles (2021 Census figures from the council's website).",
    ],
    "financial-year": [
        "Turnover for the year to March {Y} was £{n},000, up on the year before.",
        "In FY{Y}/{Y2} the box scheme made up a third of sales.",
    ],
    "model-name": [
        "Using the 7Ps, the place element is the farm itself.",
        "The SWOT below (Table {q}) summarises where the business stands.",
    ],
    "table-figure": [
        "Figure {q} shows weekly sales for {Y}.",
        "Table {d} (Appendix {q}) lists the costs of each channel.",
    ],
    "appendix": [
        "The full customer survey is in Appendix {q} (n = {n}).",
        "See Appendix {q} for the social media calendar for {Y}.",
    ],
    "survey-sample": [
        "Our own survey of customers (n = {n}, summer {Y}) found most heard about us by word of mouth.",
        "Of the {n} visitors we asked in {Y}, most came from over fifty miles away.",
    ],
    "course-unit": [
        "This report is for Unit {q} (Marketing and Digital Strategy) of the CIM Level 6 Diploma.",
        "As required by the CIM Level 4 brief (Task {q}), the plan covers twelve months.",
    ],
    "programme-name": [
        "The business joined Farming Connect's Agrisgôp group in {Y}.",
        "Through the Rural Leadership Programme (Cohort {d}) I met other diversifying farmers.",
    ],
    "date-of-event": [
        "The open farm Sunday on {d} June {Y} attracted about {n} visitors.",
        "Lambing Live weekend (April {Y}) is now the busiest weekend of the year.",
    ],
    "market-day": [
        "We trade at Ludlow Food Festival (September) and at Abergavenny market every Tuesday.",
        "The stall at Borough Market (since {Y}) is where London chefs first found us.",
    ],
    "product-code": [
        "Our best seller, the Rib-eye box (code RB{n}), ships in a wool-lined box.",
        "The 70cl bottle (barcode 50{n}{d}{q}) is listed by two regional wholesalers.",
    ],
    "weather-year": [
        "The drought of {Y} cut our silage by a third.",
        "After the storms in winter {Y}, the holiday cottages lost a month of bookings.",
    ],
    "cask-number": [
        "Cask No. {n} (first-fill bourbon, filled {Y}) was bottled for the visitor centre only.",
        "The single cask release (Cask {n}/{Y}) sold out to club members in a day.",
    ],
    "retailer-listing": [
        "Since {Y} the yoghurt has been listed in {n} Co-op stores in Wales.",
        "The gin went into Booths (Yorkshire and the North West) in spring {Y}.",
    ],
    "conversion-units": [
        "The farm covers {n} acres ({d}0 hectares) of mixed grassland.",
        "Each cow gives about {d},000 litres (roughly {n} gallons) a year.",
    ],
}  # fmt: skip

BRANDS = ["Penderyn", "Rachel's Organic", "Trewithen Dairy", "Rodda's", "Yeo Valley", "Tregothnan", "Halen Môn",
          "Hafod Cheese", "Dale Farm", "Glenarm Estate", "Harviestoun Brewery", "Isle of Harris Distillers", "Tyrrells",
          "Castle Howard Farm Shop", "Ludlow Farmshop", "Llaeth y Llan", "Cornish Orchards", "Camel Valley",
          "Ballylisk of Armagh", "Black Sheep Brewery", "Yorkshire Dales Ice Cream", "Daylesford Organic",
          "Calon Wen", "Abergavenny Fine Foods", "Mossgiel Organic Farm", "Tom Parker Creamery"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    return {
        "SHOW": rng.choice(["the Royal Welsh Show", "the Royal Highland Show", "the Great Yorkshire Show",
                            "the Royal Cornwall Show", "Balmoral Show", "the Royal Welsh Winter Fair", "the Three Counties Show"]),
        "FARM_HANDLE": rng.choice(["hafodfarmshop", "tregenzadairy", "glen_cider", "ffermy_llan", "moorside_beef"]),
    }  # fmt: skip
