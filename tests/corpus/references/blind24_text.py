"""Prose for the twenty-fourth held-out pool, "blind24": sentence frames, claims and non-citation decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses.

Written by a twenty-fourth hand, without reading the checker, its tests or the other pools' frames, decoys and
works, from how in-house brand and category managers at consumer-goods, food and drink and household-products
firms in the UK, Ireland and the Netherlands write on the CIM Diploma in Professional Marketing (Level 6) about
sustainability, ESG and purpose marketing, greenwashing, packaging, certification and pricing. They write about
their own ranges and pack sizes, retailers and trading periods, certification marks with years, targets ("net zero
by 2040"), promotions and consumer panels; they cite regulators' codes and rulings, trade press and panel data as
readily as textbooks. Citations open, sit inside and close sentences, follow "as", "according to", "in line with"
and "as set out by", stand in table and figure notes ("Source:", "Adapted from"), carry "see", "e.g." and "cf."
inside the bracket and are possessive. The decoys are text with a capitalised name, a year, a bracket or quotation
marks that is not a citation; their kinds are the keys of NOT_CITATIONS below.

Placeholders: ``{N}`` narrative citation, ``{P}`` parenthetical citation (``{P:see}`` writes a word inside its
bracket), ``{Q}`` a quotation or quoted words, ``{C}``/``{C2}`` a claim, ``{O}`` an opener, ``{B}`` a brand,
``{A}`` an audience, ``{R}`` a result, ``{T}`` a tactic, ``{Y}``/``{Y2}`` years, ``{n}``/``{q}``/``{d}`` numbers, and the
keys of ``values()`` below. Decoy frames hold no citation slot. Claims are clauses in lower case with no full
stop; openers are phrases written before a comma.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

# ---------------------------------------------------------------------------------------------- citations
NARRATIVE_START = [
    "{N} argues that {C}.",
    "{N} found that {C}, which matches what our own panel data shows for {B}.",
    "{N} makes the case that {C}.",
    "{N} suggests that {C}, although the evidence from {retailer} is mixed.",
    "{N} warns that {C}.",
    "{N} reports that {C}; for a {sector} brand this matters more than price.",
    "{N} defines greenwashing broadly, and on that reading {C}.",
    "{N} notes that {C}, a point the {B} team has had to take on board.",
    "{N} is clear that {C}.",
    "{N} shows that {C}, and the {pack} format is a good example.",
    "{N} points out that {C}.",
    "{N} concluded that {C}, but the study predates the {code}.",
    "{N} observed that {C} in {country} as well as in the UK.",
    "{N} goes further, claiming that {C}.",
]  # fmt: skip

NARRATIVE_MID = [
    "As {N} argues, {C}.",
    "According to {N}, {C}.",
    "In line with {N}, {C}.",
    "This is consistent with {N}, who found that {C}.",
    "As set out by {N}, {C}.",
    "Drawing on {N}, the brand team accepted that {C}.",
    "{O}, {N} argues that {C}.",
    "For {B}, the most useful framework is that of {N}, since {C}.",
    "Source: {N}.",
    "Table {q} is adapted from {N} and shows that {C}.",
    "Figure {q} (adapted from {N}) sets out why {C}.",
    "The category review borrows from {N}, who stresses that {C}.",
    "Both the board and {N} agree that {C}.",
    "Our agency quoted {N} when it told us that {C}.",
    "Here the work of {N} is helpful: {C}.",
    "When {B} relaunched its {pack}, the team leaned on {N} to show that {C}.",
]  # fmt: skip

POSSESSIVE = [
    "{N} study of {sector} shoppers shows that {C}.",
    "{N} framework helps explain why {C}.",
    "Using {N} model, it is clear that {C}.",
    "{N} findings suggest that {C}.",
    "According to {N} analysis, {C}.",
    "{N} checklist was used to audit the claims on our {pack} range.",
    "This report applies {N} typology of green claims to {B}.",
]  # fmt: skip

PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "It is widely accepted that {C} {P}.",
    "{C}, especially in {sector} {P}.",
    "{C} {P:see}.",
    "{C} {P:e.g.}.",
    "{C} {P:cf.}.",
    "{C}; this is why {B} rewrote its on-pack copy {P}.",
    "Evidence from the UK and the Netherlands shows that {C} {P}.",
    "Source: adapted from {P}.",
    "Note: figures for the 52 weeks to {month} {Y} {P}.",
    "{C} {P:see also}.",
    "Shoppers say one thing and buy another, and {C} {P}.",
]  # fmt: skip

PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "Research {P} shows that {C}.",
    "The Green Claims Code {P} states plainly that {C}.",
    "{C} {P}, although {C2}.",
    "Recent panel data {P} suggests that {C}.",
    "Several studies {P} conclude that {C}.",
    "{B}, like most {sector} brands {P}, has found that {C}.",
    "A price premium of around {pct} {P} is what {A} will accept before {C}.",
    "Regulators {P:e.g.} now expect that {C}.",
    "Category data {P:see} shows that {C}, while {C2}.",
]  # fmt: skip

CLAIMS = [
    "vague words such as ‘eco’ and ‘natural’ erode trust in the whole category",
    "shoppers overstate how much they will pay for sustainable packaging",
    "refill formats struggle to scale beyond a loyal core of buyers",
    "own-label ranges now match branded products on recycled content",
    "certification marks work best when shoppers already recognise them",
    "a claim must be substantiated across the product's whole life cycle",
    "purpose-led brands grew faster than their categories until the cost-of-living squeeze",
    "price remains the main barrier to buying plant-based alternatives",
    "consumers trust independent labels more than claims a brand makes about itself",
    "carbon labels have little effect unless they are simple and comparable",
    "recyclability claims are misleading when local collection is patchy",
    "B Corp certification signals values to staff as much as to shoppers",
    "greenhushing is becoming as common as greenwashing",
    "lighter packs reduce transport emissions but can be harder to recycle",
    "the attitude-behaviour gap is widest in household cleaning",
    "promotions on multipacks undermine messages about reducing waste",
    "retailers now ask suppliers for scope 3 emissions data",
    "younger shoppers expect brands to take a stand on climate",
    "price-per-wash is how most shoppers compare concentrated detergents",
    "comparative green claims need a clear and fair basis",
    "deposit return schemes change how shoppers see single-use bottles",
    "brand trust recovers slowly after a ruling on misleading claims",
    "low- and no-alcohol lines recruit new shoppers rather than cannibalising core beer",
    "pet owners are willing to trade up for sustainably sourced protein",
    "parents of young children read ingredient lists more than sustainability claims",
    "ESG reporting is often written for investors rather than for customers",
]  # fmt: skip

OPENERS = [
    "For a mid-sized food brand",
    "In the current cost-of-living climate",
    "From a category management point of view",
    "Since the CMA began its review of consumer goods",
    "Looking at the plant-based category",
    "In the Irish market",
    "For household cleaning in particular",
    "Across the Benelux",
    "Seen from the retailer's side",
    "Put simply",
    "On the evidence available",
    "In grocery",
]  # fmt: skip

PLAIN = [
    "This section looks at how {B} communicates its sustainability credentials.",
    "The next part reviews pricing and pack architecture.",
    "Each recommendation is costed in Appendix {q}.",
    "The brand team agreed these priorities at the quarterly review.",
    "The analysis below uses the SOSTAC framework.",
    "Table {q} summarises the options for the {pack} range.",
    "The focus is on the UK and Ireland, with the Netherlands as a comparison.",
    "These issues are considered in turn.",
    "Implementation is phased over three trading periods.",
    "The recommendations follow from the situation analysis.",
    "Budgets are shown at net cost to the business.",
    "This matters for the whole portfolio, not one brand.",
    "The next section turns to pricing.",
    "Retailer feedback was gathered in joint business planning meetings.",
    "The risks of each option are set out below.",
]  # fmt: skip

QUOTE_FRAMES = [  # a direct quotation; {P} or {N} carries a page locator unless the problem is planted
    "{N} puts it bluntly: {Q}.",
    "As {N} writes, {Q}.",
    "The guidance is explicit that {Q} {P}.",
    "One line sums up the risk: {Q} {P}.",
    "{Q} {P}, which is exactly the trap {B} fell into.",
    "{N} observes that {Q}.",
    "In the words of {N}, {Q}.",
    "The code warns that {Q} {P}.",
    "{Q} {P}.",
]  # fmt: skip

SCARE_QUOTES = ["‘eco’", "‘natural’", "‘green’", "‘planet-friendly’", "‘carbon neutral’", "‘100% recyclable’",
                "‘sustainable’", "‘plastic-free’", "'clean'", "'guilt-free'", '"kind to the planet"', "‘better for you’",
                "‘conscious’", "“responsibly sourced”", "‘plant-powered’"]  # fmt: skip
SCARE_FRAMES = [
    "Words such as {Q} are now treated with suspicion {P}.",
    "{N} shows that claims like {Q} mean little to shoppers.",
    "Calling a product {Q} without evidence is risky {P}.",
    "The term {Q} appears on {pct} of our competitors' packs, which {N} would call vague.",
    "Labels reading {Q} were singled out {P}.",
]  # fmt: skip

SUBJECT_LINES = ["‘Refill, reuse, repeat: your starter kit is here’", "‘20% off every refill this week’",
                 "‘Meet our new 100% recycled bottle’", "‘Your Clubcard price on {B} ends Sunday’",
                 '"We\'re now a B Corp!"', "'Last chance: 3 for £10 on plant-based favourites'",
                 "“Small changes, big impact”", "‘{B} x {retailer}: new look, same great taste’"]  # fmt: skip
SUBJECT_FRAMES = [
    "Our email with the subject line {Q} had the best open rate of the quarter, as {N} would predict.",
    "Subject lines like {Q} outperform generic ones {P}.",
    "A push notification reading {Q} was tested against a control {P}.",
    "The in-store barker {Q} mirrored the online copy, a tactic {N} recommends.",
]  # fmt: skip

# ---------------------------------------------------------------------------------------------- decoys
# Text with a name, a year, a bracket or quotation marks that is not a citation, as brand managers write it.
NOT_CITATIONS: dict[str, list[str]] = {
    "certification-with-year": [
        "{B} gained B Corp certification in {Y} and recertified in {Y2}.",
        "The range carries the Fairtrade Mark (since {Y}) and the Rainforest Alliance seal.",
        "Our factory has held ISO 14001 since {Y}, but that says nothing about the product.",
    ],
    "target-with-year": [
        "{B} has committed to net zero by {target} and to halve virgin plastic by {Y2}.",
        "The group target ('100% reusable, recyclable or compostable by 2025') was missed.",
        "Our Science Based Targets (approved {Y}) cover scopes 1, 2 and 3.",
    ],
    "trading-period": [
        "Sales rose {pct} in the 12 weeks to {d} {month} {Y} (Kantar Worldpanel data bought by the team).",
        "In Q{q} {Y} (our peak trading period) the refill range sold {n} cases.",
        "Like-for-like sales in FY{fy} (52 weeks) were flat.",
    ],
    "financial-period": [
        "Revenue for {fy_long} was £{n}m (2022/23: £{n2}m).",
        "Marketing spend fell in H{half} {Y} (Jan-Jun) as the budget moved to price.",
        "The {Y} results (published March {Y2}) show margin pressure across {sector}.",
    ],
    "figure-with-year-bracket": [
        "Our market share ({Y} figure) was {pct}, below the category leader.",
        "Brand awareness ({Y} tracker, n={n}) stood at {pct}.",
        "Household penetration ({Y} revenue basis) is {pct} for {B}.",
    ],
    "pack-size": [
        "The {pack} is sold in 500 ml, 1 L and 5 L (refill) sizes.",
        "We moved from a 1.5 L bottle to a {n} ml concentrate (2x dosing).",
        "Multipacks (4 x 330 ml cans) account for half of volume.",
    ],
    "product-with-year": [
        "The {B} {product} ({Y} recipe) has less sugar than the original.",
        "{B} Original (launched {Y}) is still the best seller.",
        "The {product} (2021 reformulation) passed the HFSS test.",
    ],
    "campaign-with-year": [
        "The ‘{campaign}’ campaign ({Y}) won a Grocer Gold award.",
        "Our {campaign} ({Y}) activation ran in {retailer} stores.",
        "{B}'s Christmas {Y} advert was pulled after complaints.",
    ],
    "retailer-promotion": [
        "The Clubcard Price (£{price}, was £{price2}) ran for three weeks in {retailer}.",
        "A 3 for £10 deal (Nectar Prices, {month} {Y}) lifted volume but not penetration.",
        "{retailer}'s Aldi Price Match ({Y}) forced a response from us.",
    ],
    "award-with-year": [
        "{B} won Best Sustainable Brand at the Grocer Gold Awards {Y}.",
        "The pack was shortlisted for the Marketing Week Masters ({Y}).",
        "Our team was named Category Team of the Year ({Y}) by {retailer}.",
    ],
    "event-with-year": [
        "We launched the refill trial at IFE {Y} (International Food & Drink Event).",
        "{B} exhibited at Natural & Organic Products Europe {Y} in London.",
        "The Dutch launch coincided with Week van de Duurzaamheid {Y}.",
    ],
    "law-with-year": [
        "The Digital Markets, Competition and Consumers Act 2024 gives the CMA power to fine directly.",
        "Under the Environment Act 2021, extended producer responsibility will change packaging costs.",
        "The Plastic Packaging Tax (April 2022) applies to packs with under 30% recycled plastic.",
    ],
    "directive-with-number": [
        "Directive (EU) 2024/825 bans generic claims like ‘eco-friendly’ from {Y2}.",
        "The Single-Use Plastics Directive 2019/904 covers our cups in Ireland.",
        "The proposed Green Claims Directive (COM(2023) 166) would require pre-approval.",
    ],
    "standard-with-year": [
        "Our carbon neutral claim relied on PAS 2060:2014, which has since been replaced by ISO 14068-1:2023.",
        "Recycled content is measured to ISO 14021:2016 clause 7.8.",
        "The supplier is certified to BRCGS Packaging Materials Issue 6.",
    ],
    "code-with-year": [
        "The CAP Code (Edition 12) rule 11.1 covers environmental claims.",
        "The {code} sets six principles for green claims.",
        "The ASA's 2023 guidance on ‘carbon neutral’ and ‘net zero’ claims changed our copy.",
    ],
    "regulator-ruling-reference": [
        "The ASA ruling on {B} Ltd (complaint ref. A{Y}-{n}) was upheld.",
        "The CMA's consumer goods review (opened July 2022) named three of our competitors.",
        "The ACM fined two Dutch firms in {Y} for vague sustainability claims.",
    ],
    "interviewee": [
        "An interview with our Head of Sustainability ({interviewee}, {month} {Y}) confirmed the gap.",
        "{interviewee} (buyer, {retailer}) said the range needed a stronger price story.",
        "I spoke to {interviewee} ({job}) on {d} {month}.",
    ],
    "job-title-with-tenure": [
        "As {job} (since {Y}), I lead the {sector} portfolio.",
        "The {job} ({Y}-{Y2}) built the first sustainability scorecard.",
        "{interviewee}, our {job} from {Y}, set the refill target.",
    ],
    "person-lifespan-or-founding": [
        "{B} was founded in {Y} by two friends from Cork.",
        "The family firm (est. 1886) still owns the original brewery.",
        "Founder Jan van Beek (1931-2019) started the business in Utrecht.",
    ],
    "place-with-year": [
        "The Rotterdam plant (opened {Y}) runs on renewable power.",
        "Our Dublin 8 warehouse (2022 extension) is now BREEAM rated.",
        "The Leeds trial (spring {Y}) used refill stations in six stores.",
    ],
    "tv-show-or-documentary": [
        "Sales of reusable bottles jumped after Blue Planet II ({Y}) aired.",
        "Our brand featured in the BBC's Inside the Factory (series {q}).",
        "The Channel 4 documentary Dispatches: The Truth About Recycling ({Y}) hurt trust.",
    ],
    "song-in-advert": [
        "The advert used ‘Here Comes the Sun’ (1969) under licence.",
        "Our TikTok used a sped-up version of ‘Dreams’ (Fleetwood Mac, 1977).",
        "The soundtrack (‘Lovely Day’, Bill Withers, 1977) tested well with {A}.",
    ],
    "consumer-panel": [
        "Our own consumer panel (n = {n}, {month} {Y}) was run through Attest.",
        "The Kantar Worldpanel (household panel of 30,000 homes) tracks take-home purchasing.",
        "A Circana Total Store Read (52 w/e {d}/{mm}/{Y}) was shared by {retailer}.",
    ],
    "survey-question": [
        "The survey asked ‘How likely are you to buy refills in the next 3 months?’ (Q{q}).",
        "Respondents rated ‘trust in {B}’ on a 1-7 scale (question {q}).",
        "Only {pct} agreed with ‘I check for the recycling label’ ({Y} wave).",
    ],
    "search-term": [
        "Searches for ‘eco washing up liquid’ rose {pct} year on year ({Y}).",
        "Google Trends shows ‘plastic free shampoo’ peaking in January {Y}.",
        "We bid on the term ‘refillable cleaning spray’ in {month}.",
    ],
    "slogan": [
        "Our end line ‘{slogan}’ has been used since {Y}.",
        "The pack now reads ‘{slogan}’ on the front.",
        "Competitors use lines like ‘{slogan}’ without substantiation.",
    ],
    "on-pack-claim": [
        "The front of pack said ‘100% recycled bottle (excluding cap and label)’.",
        "The claim ‘{pct} less plastic*’ carried a footnote (*vs 2019 pack).",
        "We removed ‘carbon neutral’ from the {pack} in {Y}.",
    ],
    "abbreviation-with-year": [
        "The UK ETS (2021) does not yet cover our sites.",
        "Our CSRD (2024) reporting starts with the FY{fy} accounts.",
        "EPR (2025) fees are modelled in Appendix {q}.",
    ],
    "hashtag-or-handle": [
        "The #RefillRevolution{Y} hashtag reached {n}k views on TikTok.",
        "Tagging @{handle} in posts drove most of the earned reach.",
        "User content under #{tag} peaked during Plastic Free July.",
    ],
    "awareness-day": [
        "We timed the launch for Earth Day ({d} April {Y}).",
        "Veganuary {Y} brought a spike in trial of {B}.",
        "Recycle Week {Y} (WRAP's annual campaign) was our main PR hook.",
    ],
    "price-point": [
        "The 750 ml bottle sells at £{price} (RRP) against £{price2} for own label.",
        "At €{price} (Albert Heijn, {Y}) the pack is priced above the market.",
        "Price per wash fell from {n}p to {n2}p after the relaunch.",
    ],
    "percentage-change-bracket": [
        "Volume grew {pct} (value +{pct2}) in the period.",
        "Penetration rose to {pct} (+2.1 pts vs {Y}).",
        "Own label now holds {pct} of the category (up from {pct2} in {Y}).",
    ],
    "version-or-model": [
        "The refill station (v{q}.0, {Y} model) is made by a Dutch start-up.",
        "We use Salesforce Marketing Cloud (Winter '{yy} release).",
        "The life-cycle assessment used SimaPro 9.5 (2023).",
    ],
    "range-name-with-brackets": [
        "The {B} Eco range (four SKUs) replaces the old concentrate.",
        "The Zero (0.0%) variant is now in {retailer}.",
        "Our Kids (3+) pouches use a mono-material film.",
    ],
    "month-year-date": [
        "The new packs hit shelves in {month} {Y}.",
        "On {d} {month} {Y} the board approved the refill business case.",
        "From 1 October {Y} the deposit return scheme applied in Ireland.",
    ],
    "company-legal-name": [
        "{B} is a brand of {legal}, registered in England and Wales.",
        "Distribution in Ireland is handled by Musgrave (Ireland) Ltd.",
        "The licence is held by {legal} (company no. {n}{n2}).",
    ],
    "section-or-appendix-pointer": [
        "See Section {q}.{q} for the pricing model.",
        "The full claims audit is in Appendix {q} (Table A{q}).",
        "(see Figure {q} above)",
    ],
    "acronym-expansion": [
        "The Deposit Return Scheme (DRS) was delayed in England.",
        "Environmental, social and governance (ESG) goals are set by the group.",
        "High fat, sugar or salt (HFSS) rules limit where we can promote.",
    ],
    "quoted-shopper-comment": [
        "One shopper in our focus group said ‘I don't believe any of the green stuff on packs’.",
        "A review on {retailer}'s site read ‘smells great but the refill leaked’ ({d}/{mm}/{Y}).",
        "A panel member wrote ‘too expensive for what it is’.",
    ],
    "internal-document": [
        "The Brand Plan {Y} (internal, version {q}) sets the targets.",
        "Our Sustainability Steering Group minutes (March {Y}) record the decision.",
        "The {Y}/{yy2} Category Vision deck was shared with {retailer}.",
    ],
    "retailer-scheme-with-year": [
        "{retailer}'s Sustainable Supplier Programme ({Y}) asks for carbon data.",
        "The Tesco and WWF Sustainable Basket Metric (2021) guides our reporting.",
        "Sainsbury's Plan for Better ({Y} update) includes refill trials.",
    ],
    "rating-or-score": [
        "Our EcoVadis rating (Gold, {Y}) is shown to retailers.",
        "The product scored Eco-Score B (France, {Y}).",
        "Nutri-Score A (since {Y}) is printed on the Dutch pack.",
    ],
    "sport-sponsorship-season": [
        "We sponsor the {Y}/{yy2} season of the Women's Super League.",
        "The partnership with the GAA (2023 championship) ran in Ireland.",
        "Our pitch-side boards at the Six Nations {Y} used the new logo.",
    ],
    "weather-or-seasonal": [
        "The hot summer of {Y} lifted soft drinks volumes.",
        "Storm Ciarán (November 2023) disrupted deliveries.",
        "Dry January {Y} helped our 0.0% lines.",
    ],
}  # fmt: skip

BRANDS = ["Ecover", "Oatly", "Alpro", "innocent", "Tony's Chocolonely", "Fairy", "Persil", "Method", "Smol", "Lily's Kitchen",
          "Ella's Kitchen", "Heinz", "Guinness", "Heineken", "Lucozade", "Dove", "Ben & Jerry's", "Quorn", "Tenzing",
          "Graze", "BrewDog", "Yorkshire Tea", "Pukka", "Faith in Nature", "Bio-D", "Fever-Tree", "Tyrrells",
          "Tayto", "Kerrygold", "Dr. Oetker", "Verstegen", "Jacob's", "M&S Food"]  # fmt: skip

RETAILERS = ["Tesco", "Sainsbury's", "Asda", "Morrisons", "Waitrose", "Aldi", "Lidl", "Co-op", "Ocado", "Boots",
             "Superdrug", "Dunnes Stores", "SuperValu", "Albert Heijn", "Jumbo", "Holland & Barrett", "Iceland"]  # fmt: skip
SECTORS_TEXT = ["plant-based", "soft drinks", "beer", "spirits", "household cleaning", "beauty", "pet food",
                "baby food", "own-label grocery", "laundry", "dairy alternatives", "snacks"]  # fmt: skip
PACKS = ["refill pouch", "500 ml trigger spray", "concentrate", "multipack", "1 kg bag", "aluminium can",
         "glass bottle", "paper bottle", "shampoo bar", "tablet", "bag-in-box", "6 x 330 ml pack"]  # fmt: skip
PRODUCTS = ["Oat Barista", "Zero Sugar", "0.0", "Plant Protein", "Sensitive Skin", "Lemon Fresh", "Grain Free",
            "Toddler Oat Bar", "Nordic Pilsner", "Deep Clean", "Bio Liquid", "Organic Pouch"]  # fmt: skip
CAMPAIGNS = ["Refill Not Landfill", "Small Changes", "Good Stuff, Good Planet", "Naked Pack", "Every Pouch Counts",
             "Wash Cooler", "Green Is Normal", "Keep It Simple", "Back to the Bottle"]  # fmt: skip
SLOGANS = ["Good for you, better for the planet", "Clean home, clean conscience", "Made to be refilled",
           "Nothing artificial, nothing wasted", "Proper tasty, properly sourced", "Less plastic, same clean"]  # fmt: skip
JOBS = ["Brand Manager", "Senior Category Manager", "Head of Sustainability", "Marketing Director",
        "Customer Insight Manager", "Trade Marketing Lead", "Innovation Manager", "ESG Lead"]  # fmt: skip
PEOPLE = ["Siobhán Kelly", "Joost de Wit", "Priya Mehta", "Tom Hargreaves", "Aoife Brennan", "Femke van Rijn",
          "Kwame Boateng", "Ruth O'Connor", "Marek Zieliński", "Emma Clarke"]  # fmt: skip
LEGAL = ["Ecover UK Ltd", "Alpro (UK) Ltd", "Fresh Trading Ltd", "Quorn Foods Ltd", "Tayto Snacks Ltd",
         "Lily's Kitchen Ltd", "Yorkshire Tea (Bettys & Taylors Group Ltd)", "Heineken UK Ltd"]  # fmt: skip
CODES = ["Green Claims Code", "CAP Code", "BCAP Code", "Green Claims Code (2021)", "ASA's climate guidance"]
HANDLES = ["ecoverUK", "oatly", "wrap_uk", "TheGrocer", "refillcoalition", "smol_uk", "bcorpuk"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]  # fmt: skip
TAGS = ["RefillNotLandfill", "PlasticFreeJuly", "BCorpMonth", "Veganuary", "NetZero2040", "ZeroWasteWeek"]


def values(rng: random.Random) -> dict[str, str]:
    """The pool's own placeholder values, drawn after the builder's."""
    # Brand managers write about recent years: the builder's years (from 1995) are redrawn for this pool.
    year = rng.randint(2016, 2025)
    low = rng.randint(1, 8)
    return {
        "Y": str(year),
        "Y2": str(year + rng.randint(1, 4)),
        "retailer": rng.choice(RETAILERS),
        "sector": rng.choice(SECTORS_TEXT),
        "pack": rng.choice(PACKS),
        "product": rng.choice(PRODUCTS),
        "campaign": rng.choice(CAMPAIGNS),
        "slogan": rng.choice(SLOGANS),
        "job": rng.choice(JOBS),
        "interviewee": rng.choice(PEOPLE),
        "legal": rng.choice(LEGAL),
        "code": rng.choice(CODES),
        "handle": rng.choice(HANDLES),
        "tag": rng.choice(TAGS),
        "country": rng.choice(["the Netherlands", "Ireland", "Belgium", "Germany"]),
        "month": rng.choice(MONTHS),
        "mm": f"{rng.randint(1, 12):02d}",
        "target": str(rng.choice([2030, 2035, 2040, 2045, 2050])),
        "fy": f"{year % 100:02d}",
        "fy_long": f"{year}/{(year + 1) % 100:02d}",
        "yy": f"{year % 100:02d}",
        "yy2": f"{(year + 1) % 100:02d}",
        "half": str(rng.randint(1, 2)),
        "pct": f"{rng.randint(2, 68)}%",
        "pct2": f"{rng.randint(1, 40)}.{rng.randint(0, 9)}%",
        "price": f"{low}.{rng.choice(['00', '25', '50', '75', '99'])}",
        "price2": f"{low + rng.randint(1, 3)}.{rng.choice(['15', '49', '85'])}",  # the higher "was" price
        "n2": str(rng.randint(10, 99)),
    }
