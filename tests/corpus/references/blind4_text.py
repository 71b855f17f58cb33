"""Prose for the fourth independent pool, "blind4": sentence frames, claims and non-citation decoys.

Written by a fourth hand from how UK students write CIM marketing reports (situation analyses, campaign plans,
customer-journey tasks), without reading the checker, its tests or the other pools' frames and decoys.
Placeholders: ``{N}`` narrative citation, ``{P}`` parenthetical citation (``{P:see}`` puts a word inside its
bracket), ``{Q}`` a quotation, ``{C}`` a claim, ``{O}`` an opener, ``{B}`` a brand, and the values of
``values()`` below. Held out until its first tables were read (stop 21); its misses were read and fixed since:
development data now.
"""

from __future__ import annotations

import random

BRANDS = [
    "Greggs",
    "Lidl GB",
    "Aldi UK",
    "Co-op",
    "Waitrose",
    "Iceland",
    "Boots",
    "Superdrug",
    "JD Sports",
    "Primark",
    "Next",
    "River Island",
    "Wagamama",
    "Costa Coffee",
    "Caffè Nero",
    "Pizza Express",
    "Nationwide",
    "Monzo",
    "Octopus Energy",
    "Virgin Media O2",
    "Sky",
    "Tony's Chocolonely",
    "Cadbury",
    "Walkers",
    "Müller",
    "Brewdog",
    "Liberty London",
    "Selfridges",
    "Halfords",
    "Wickes",
    "B&Q",
    "Dunelm",
    "The Works",
    "Hotel Chocolat",
    "Jet2holidays",
    "easyJet",
    "Specsavers",
    "McDonald's UK",
    "Leon",
    "Joe & the Juice",
    "Depop",
    "Vinted",
]

CLAIMS = [
    "customers who join a loyalty app spend more per visit than those who do not",
    "price promotions can weaken brand equity if they run for too long",
    "younger consumers expect brands to take a clear position on social issues",
    "trust is built slowly but lost quickly after a data breach",
    "emotional advertising outperforms rational messages over the long term",
    "micro-influencers often generate higher engagement than celebrities",
    "service recovery done well can leave customers more loyal than before the failure",
    "own-label ranges have closed the quality gap with branded goods",
    "shoppers rarely read sustainability claims in full before buying",
    "the customer journey is no longer linear",
    "segmentation by lifestyle predicts behaviour better than demographics alone",
    "internal marketing shapes how front-line staff deliver the brand promise",
    "a clear value proposition reduces the need for discounting",
    "consumers switch brands more readily during a cost-of-living squeeze",
    "user-generated reviews are trusted more than brand-created content",
    "first-party data has become more valuable since third-party cookies were phased out",
    "small firms tend to rely on word of mouth rather than formal planning",
    "the 7Ps remain a useful checklist for a service business",
    "purpose-led brands can be accused of woke-washing if actions do not match words",
    "mobile ordering changes how often customers visit",
]

OPENERS = [
    "In the UK grocery sector,",
    "For a challenger brand,",
    "Within the context of {B},",
    "In practice,",
    "From a customer perspective,",
    "Looking at the wider macro environment,",
    "Post-pandemic,",
    "For {B} specifically,",
    "In service businesses,",
    "When budgets are tight,",
]

NARRATIVE_START = [
    "{N} argues that {C}.",
    "{N} found that {C}.",
    "{N} suggests that {C}, which is relevant to {B}.",
    "{N} makes the point that {C}.",
    "{N} reported that {C}, particularly among {A}.",
    "{N} note that {C}; this supports my recommendation.",
    "{N} highlights that {C}.",
    "{N} defines relationship marketing as building long-term value with customers, and {C}.",
    "{N} observed that {C}.",
]

NARRATIVE_MID = [
    "According to {N}, {C}.",
    "As {N} explains, {C}.",
    "{O} {N} argues that {C}.",
    "This links to the work of {N}, who found that {C}.",
    "It is worth noting, as {N} does, that {C}.",
    "Research by {N} shows that {C}.",
    "A study by {N} into {T} concluded that {C}.",
    "{B} could learn from {N}, who claims that {C}.",
    "However, {N} disagrees, stating that {C}.",
    "Building on this, {N} adds that {C}.",
    "The evidence from {N} indicates that {C} and this affects {R}.",
    "In contrast, {N} warns that {C}.",
]

POSSESSIVE = [
    "{N} model shows that {C}.",
    "Applying {N} framework to {B}, {C}.",
    "Using {N} findings, it can be argued that {C}.",
    "{N} research into {T} suggests that {C}.",
    "{O} {N} argument is that {C}.",
    "This is consistent with {N} view that {C}.",
]

PARENTHETICAL_END = [
    "{C} {P}.",
    "{O} {C} {P}.",
    "It has been found that {C} {P}.",
    "Evidence suggests {C} {P}.",
    "{B} should note that {C} {P}.",
    "There is a growing view that {C} {P:see}.",
    "Some writers argue that {C} {P:e.g.}.",
    "This matters for {B} because {C} {P}.",
    "{C}, especially for {A} {P}.",
    "Therefore, {C} {P}.",
]

PARENTHETICAL_MID = [
    "{C} {P}, which means {B} must act quickly.",
    "It is widely accepted {P} that {C}.",
    "Studies {P} show that {C}.",
    "{O} {C} {P}, so the plan focuses on {R}.",
    "Loyalty is driven by more than price {P:see}, and {C}.",
    "While {C} {P}, this may not apply to {A}.",
    "Recent data {P} suggests that {C}, although the picture is mixed.",
    "The literature {P:cf.} is divided, but {C}.",
]

QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one author puts it, {Q} {P}.",
    "{N} states that {Q}.",
    "It has been argued that {Q} {P}.",
    "This is summed up well: {Q} {P}.",
    "{N} claims that {Q}, which {B} should consider.",
    "Marketers are reminded that {Q} {P}.",
]

PLAIN = [
    "The next section applies these ideas to {B}.",
    "This recommendation is costed in the budget below.",
    "The target audience for the campaign is {A}.",
    "Success will be measured through {R} and monthly dashboards.",
    "{B} currently has no formal customer feedback process.",
    "A PESTLE analysis was used to scan the macro environment.",
    "The following paragraphs justify the chosen approach.",
    "This section evaluates the options before making a recommendation.",
    "Overall, the findings point to a need for a clearer brand position.",
    "The plan will be reviewed at the end of each quarter.",
    "In summary, {B} must balance short-term sales with long-term brand building.",
]

SCARE_QUOTES = [
    "‘phygital’",
    "‘value for money’",
    "'greenwashing'",
    "“frictionless”",
    "‘always on’",
    "'cheap and cheerful'",
    "“premium”",
    "‘quiet quitting’",
    "'doom spending'",
    "‘brand love’",
]

SCARE_FRAMES = [
    "Many shoppers now expect a {Q} experience {P}.",
    "{B} is seen as {Q} by many customers {P}.",
    "The so-called {Q} trend is growing {P}.",
    "{N} describes this as {Q}.",
    "So-called {Q} brands face more scrutiny {P}.",
]

SUBJECT_LINES = [
    "‘Your basket misses you’",
    "“Last chance: 20% off ends tonight”",
    "'You're in! Welcome to the club'",
    "‘We’ve saved you a seat’",
    "“Don’t miss out, {B} fans”",
    "'Your summer edit is here'",
]

SUBJECT_FRAMES = [
    "A subject line such as {Q} can lift open rates {P}.",
    "Emails titled {Q} performed well in tests {P}.",
    "{N} tested messages like {Q} and found personal wording works best.",
    "{B} could trial a push notification reading {Q} {P}.",
]

# Text that is not a citation, by kind. None of these holds a citation; all are filled with values().
NOT_CITATIONS: dict[str, list[str]] = {
    "date-in-brackets": [
        "The campaign ran over the festive period (December {Y}).",
        "Sales fell sharply during the first lockdown (March to June 2020).",
        "The store refit was completed last year ({mon} {Y}).",
        "The brand relaunched its packaging in spring ({Y}/{yy}).",
    ],
    "money": [
        "The total budget is £{k},000 (roughly £{n} per day).",
        "The agency fee was quoted as £{n}k (excluding VAT).",
        "Average basket value rose to £{small}.{pence} ({pct}% up on {Y}).",
    ],
    "statistic": [
        "Of the {n} people surveyed (n = {n}), {pct}% said they would switch.",
        "Engagement reached {pct}% (compared with a sector average of {pct2}%).",
        "Market share stands at {pct}% (Q{q} {Y}).",
        "Footfall was down {pct}% year on year (YoY).",
    ],
    "place": [
        "The flagship store (Oxford Street, London) will host the launch.",
        "A pop-up is planned for {city} (near the train station).",
        "The brand began as a market stall in {city} ({region}).",
    ],
    "job-title": [
        "{person} ({role}, {B}) said the team wanted to be bolder.",
        "In an interview, {person} ({role}) admitted growth had stalled.",
        "The proposal was shared with {person}, {role} ({B}).",
    ],
    "lifespan": [
        "Founder {founder} (1942–2007) built the brand on ethical values.",
        "The business was started by {founder} (b. 1961) in a garage.",
    ],
    "founded": [
        "{B} (founded in {Y}) now trades from over {n} sites.",
        "{B} (est. {Y}) is a family-run business.",
    ],
    "product": [
        "The {prod} (launched {Y}) was its best-selling line.",
        "Its {prod} (RRP £{small}.99) targets {A}.",
        "The {prod} (limited edition, {Y}) sold out in a week.",
    ],
    "campaign": [
        "The #{tag} campaign ({mon} {Y}) reached {n}k people on TikTok.",
        "Its Christmas advert (‘{ad}’, {Y}) was widely shared.",
        "The ‘{ad}’ TV spot ran in {Y} (30 seconds, ITV).",
    ],
    "event": [
        "Black Friday ({d} November) is now a key trading date.",
        "Sales peaked around Glastonbury Festival (June {Y}).",
        "The Euros ({Y}) drove a spike in beer sales.",
        "Veganuary (January {Y}) prompted a new menu.",
    ],
    "law": [
        "The Consumer Rights Act 2015 (CRA) sets out what customers can expect.",
        "Marketing emails must follow PECR (Privacy and Electronic Communications Regulations 2003).",
        "Under the UK GDPR (Article 6), a lawful basis is needed to process data.",
        "The Digital Markets, Competition and Consumers Act (2024) gives the regulator new powers.",
    ],
    "standard": [
        "The company holds ISO 14001 (environmental management) certification.",
        "It reports against PAS 2060 (carbon neutrality) each year.",
        "Its packaging meets BS EN 13432 (compostable) requirements.",
    ],
    "abbreviation": [
        "Key performance indicators (KPIs) will be set for each channel.",
        "The firm has {n} employees, making it a small and medium-sized enterprise (SME).",
        "Customer lifetime value (CLV) is a better guide than single sales.",
        "Return on marketing investment (ROMI) will be tracked monthly.",
    ],
    "section-reference": [
        "The full budget is shown in the appendix (Appendix {q}).",
        "This links back to the SWOT analysis (see Section {q}.{d}).",
        "The results are summarised below (Table {q} and Figure {q}).",
        "Further detail is provided later (p. {n}).",
    ],
    "aside": [
        "Having worked in retail myself (for three years, part-time), I have seen this first hand.",
        "The app is popular (especially with students) but often crashes.",
        "Prices are higher than rivals (by about {pct}%) yet demand is steady.",
        "The loyalty card (which is free to join) has {n}k members.",
    ],
    "slogan": [
        "Its strapline ‘{slogan}’ (introduced in {Y}) is still used today.",
        'The tagline "{slogan}" appears on every pack.',
    ],
    "survey-answer": [
        "One respondent wrote: ‘I only buy it when it’s on offer’ (Respondent {d}, aged {age}).",
        'A participant said they "never noticed the adverts" (Interviewee {q}).',
        "Most answers were short (e.g. ‘fine’, ‘okay’, ‘good value’).",
    ],
    "social-handle": [
        "Its TikTok account (@{handle}) gained {n}k followers in {Y}.",
        "Customers complained on X (formerly Twitter) using #{tag}.",
        "The Instagram post (@{handle}, {d} {mon}) had {n} comments.",
    ],
    "financial-period": [
        "Revenue grew to £{n}m in FY{yy}/{yy2} (52 weeks).",
        "Like-for-like sales rose {pct}% in H1 {Y}.",
        "Profit before tax for {Y}/{yy} was below forecast (£{n}m).",
    ],
    "model-name": [
        "The Ansoff matrix (market penetration) is the safest option.",
        "The marketing mix (7Ps) is used to structure this section.",
        "A SOSTAC plan (situation, objectives, strategy, tactics, action, control) follows.",
        "AIDA (attention, interest, desire, action) frames the customer journey.",
    ],
    "ticker": [
        "{B} is listed on the London Stock Exchange (LSE: {ticker}).",
        "Shares (FTSE 250) fell {pct}% after the results.",
    ],
    "award": [
        "The store won Retailer of the Year ({Y}) at the Grocer Gold Awards.",
        "The advert won a Cannes Lion (Bronze, {Y}).",
    ],
    "age-range": [
        "The core segment is young professionals (aged 25–34).",
        "Gen Z (born 1997–2012) prefer short-form video.",
        "Millennials (born between 1981 and 1996) are the largest group of buyers.",
    ],
}

PEOPLE = ["Sarah Okafor", "James Whitcombe", "Priya Mehta", "Tom Hendry", "Aisha Rahman", "Gavin McCrae", "Lucy Tran"]
ROLES = ["Head of Digital", "Marketing Director", "CEO", "Brand Manager", "Store Manager", "Chief Customer Officer"]
FOUNDERS = ["Anita Roddick", "Julian Richer", "Mary Portas", "Tom Kerridge"]
CITIES = ["Manchester", "Leeds", "Bristol", "Glasgow", "Cardiff", "Belfast", "Newcastle", "Brighton", "Norwich"]
REGIONS = ["West Yorkshire", "the North East", "South Wales", "the Midlands", "East Anglia"]
PRODUCTS = ["Vegan Steak Bake", "Clubcard Plus", "Meal Deal", "Festive Bake", "Pro range", "Ultra Lite trainer"]
ADS = ["The Lost Present", "Home for the Holidays", "Little Wins", "Made Here", "Bring It Home"]
SLOGANS = [
    "Every little helps",
    "Good food, good times",
    "Because you're worth it",
    "Built for real life",
    "Taste the difference",
]
TAGS = ["BeKind", "ShopLocal", "NoFilter", "WorthTheWait", "GreenerTogether", "ReadyForSummer"]
HANDLES = ["shopsmart_uk", "the.real.brand", "ukfoodie", "cosyhome_co", "runclub.ldn"]
TICKERS = ["GRG", "TSCO", "MKS", "SBRY", "NXT", "BOO"]
MONTHS = ["January", "March", "April", "June", "September", "October", "November"]


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only blind4's frames use, drawn after the shared ones so no other half changes."""
    year = rng.randint(2012, 2024)
    return {
        "k": str(rng.randint(5, 250)),
        "small": str(rng.randint(2, 60)),
        "pence": f"{rng.randint(0, 99):02d}",
        "pct": str(rng.randint(3, 78)),
        "pct2": str(rng.randint(1, 40)),
        "city": rng.choice(CITIES),
        "region": rng.choice(REGIONS),
        "person": rng.choice(PEOPLE),
        "role": rng.choice(ROLES),
        "founder": rng.choice(FOUNDERS),
        "prod": rng.choice(PRODUCTS),
        "ad": rng.choice(ADS),
        "slogan": rng.choice(SLOGANS),
        "tag": rng.choice(TAGS),
        "handle": rng.choice(HANDLES),
        "ticker": rng.choice(TICKERS),
        "mon": rng.choice(MONTHS),
        "age": str(rng.randint(18, 64)),
        "yy": f"{year % 100:02d}",
        "yy2": f"{(year + 1) % 100:02d}",
    }
