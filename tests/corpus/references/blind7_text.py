"""Prose for the seventh independent pool, "blind7": sentence frames, claims and non-citation decoys.

Held out until its first tables were read (stop 21); its misses were read and fixed since (stop 22):
development data now.

Written by a seventh hand, without reading the checker, its tests or the other pools' frames, decoys and works,
from how UK students write CIM Level 4-6 reports (market and situation analyses, campaign plans, customer
experience audits, stakeholder and sustainability tasks): citations opening, inside and closing a sentence, as
the object of a verb or a preposition ("data from X (2020) show", "as shown in X (2019)"), in table and figure
notes, with "see", "e.g.", "cf.", "see also" and "adapted from" inside the bracket, possessives, quotations
introduced by the author or followed by the bracket; and text with a name, a year, a bracket or quotation marks
that is not a citation: awards and grades, events, sport, festivals and religious holidays, TV programmes,
films, songs credited to their artist, novels named as artefacts, campaigns and adverts, products and model
names, apps and platform updates, laws and regulations, court cases, named reviews and reports, standards,
financial years and figures against years, trends, company plans and strategies, founders' lifespans, job
titles with tenures, interviewees and survey respondents, places, company details, ratings, generations,
qualifications, section and appendix pointers with "see" and "cf.", dates, prices, slogans, email subject lines
and scare quotes.

Placeholders: ``{N}`` narrative citation, ``{P}`` parenthetical citation (``{P:see}`` writes a word inside its
bracket), ``{Q}`` a quotation or quoted words, ``{C}``/``{C2}`` a claim, ``{O}`` an opener, ``{B}`` a brand,
``{A}`` an audience, ``{R}`` a result, ``{T}`` a tactic, ``{Y}``/``{Y2}`` years, ``{n}``/``{q}``/``{d}`` numbers, and the
keys of ``values()`` below. Decoy frames hold no citation slot. Claims are clauses in lower case with no full
stop; openers are phrases written before a comma.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} argues that {C}.",
    "{N} found that {C}, particularly among {A}.",
    "{N} suggest that {C}.",
    "{N} observes that {C}; this is directly relevant to {B}.",
    "{N} describes {T} as a route to stronger {R}.",
    "{N} identified that {C}.",
    "{N} makes the point that {C}.",
    "{N} showed that {C}, a finding that applies to {B}.",
    "{N} highlights how {C}.",
    "{N} recommends that brands such as {B} review their use of {T}.",
    "{N} defines {T} as any activity designed to improve {R}.",
    "{N} contends that {C}, although the sample was small.",
    "{N} reported that {n}% of {A} had tried {T} at least once.",
    "Source: {N}.",
    "{N} go further, claiming that {C}.",
    "{N} is useful here because it shows that {C}.",
]

NARRATIVE_MID = [
    "{O}, {N} argues that {C}.",
    "As {N} points out, {C}.",
    "According to {N}, {C}.",
    "This view is supported by {N}, who found that {C}.",
    "Data from {N} show that {C}.",
    "As shown in {N}, {C}.",
    "{B} could follow the approach set out by {N}.",
    "Building on the work of {N}, this report argues that {C}.",
    "The framework proposed by {N} is applied below to {B}.",
    "Evidence from {N} indicates that {C}.",
    "However, {N} warns that {C}.",
    "Similarly, {N} notes that {C}.",
    "Research by {N} into {T} found that {C}.",
    "This is in line with {N}.",
    "A useful definition of {T} is offered by {N}.",
    "Figure {q} is adapted from {N}.",
    "It is worth noting, as {N} does, that {C}.",
    "{C}, as {N} observed.",
    "In contrast to {N}, this report finds that {C}.",
    "Table {q} draws on figures published by {N}.",
    "The customer journey map in Appendix {q} follows the stages described by {N}.",
    "When {B} launched its loyalty app, {A} responded in the way {N} predicted.",
]

POSSESSIVE = [
    "{N} model is used to analyse the position of {B}.",
    "{N} framework suggests that {C}.",
    "Applying {N} typology, {A} can be grouped into three segments.",
    "{N} findings indicate that {C}.",
    "This report adopts {N} view that {C}.",
    "{O}, {N} study shows that {C}.",
    "{N} research into {A} found that {C}.",
    "According to {N} survey, {C}.",
    "The recommendations draw on {N} work on {T}.",
]

PARENTHETICAL_END = [
    "{C} {P}.",
    "{C}, especially for {A} {P}.",
    "{C} {P:see}.",
    "{C} {P:e.g.}.",
    "{C} {P:cf.}.",
    "Many {A} now expect {T} {P}.",
    "{B} should therefore invest in {T} {P}.",
    "{O}, {C} {P}.",
    "This matters because {C} {P}.",
    "Table {q}: estimated market share by segment {P:adapted from}.",
    "{C}; however, {C2} {P}.",
    "{T} has been linked to higher {R} {P:see for example}.",
    "There is some evidence that {C} {P:see also}.",
    "{C}, at least in the short term {P}.",
    "Figure {q}: the marketing mix for {B} {P:based on}.",
    "The UK market was worth £{n}m last year {P}.",
]

PARENTHETICAL_MID = [
    "{C} {P}, which suggests that {B} should act quickly.",
    "{C} {P}; {C2}.",
    "Research {P} shows that {C}.",
    "Several studies {P:e.g.} report that {C}.",
    "{T} {P} is now widely used to reach {A}.",
    "{O}, recent work {P} suggests that {C}.",
    "Market data {P} put the value of the sector at £{n}m.",
    "{C} {P}, so {B} needs to respond.",
    "{C} {P:see}, and this is explored further in Section {q}.",
    "It is generally accepted {P} that {C}.",
    "A mixed picture emerges {P:cf.}: {C2}.",
]

CLAIMS = [
    "loyalty schemes reward habit more than they build attachment",
    "{A} are more likely to switch brands when prices rise",
    "{T} works best when it feels useful rather than intrusive",
    "trust in advertising has fallen over the last decade",
    "smaller brands can compete on {R} rather than on price",
    "customer reviews shape purchase decisions more than paid advertising does",
    "a clear brand purpose can support {R}",
    "green claims that cannot be backed up damage trust",
    "frontline staff have a strong effect on perceived service quality",
    "{A} respond better to content that feels authentic",
    "price promotions can erode brand equity over time",
    "personalised offers increase {R} when customers have opted in",
    "retailers that join up online and in-store data see higher {R}",
    "{B} relies heavily on word of mouth among {A}",
    "influencers with smaller followings often achieve higher engagement",
    "emotional advertising tends to outperform rational messages over the long term",
    "digital channels make it easier to measure {R}",
    "many {A} say they want sustainable options but few will pay more for them",
    "a consistent tone of voice makes a brand easier to recognise",
    "{T} can raise {R} but only if the offer is relevant",
    "complaints handled well can leave customers more loyal than before",
    "brands that cut advertising in a downturn take years to recover share",
    "{A} increasingly research online before buying in store",
    "a weak employer brand makes it harder to deliver a consistent service",
]

OPENERS = [
    "In the case of {B}",
    "For a brand like {B}",
    "Looking at {A}",
    "From a stakeholder perspective",
    "In the short term",
    "On the other hand",
    "Within the UK market",
    "Taken together",
    "For the purposes of this report",
    "Put simply",
    "At a strategic level",
    "Turning to the external environment",
]

PLAIN = [
    "The next section applies this thinking to {B}.",
    "Table {q} summarises the main findings.",
    "This section considers the internal environment.",
    "A SWOT analysis is provided in the appendices.",
    "The recommendations are costed in the final section.",
    "Each option is assessed against the SMART objectives set out above.",
    "The report closes with a reflection on the limits of the secondary data.",
    "Three options are considered, and one is recommended.",
    "The budget assumes no increase in headcount.",
]

QUOTE_FRAMES = [  # a direct quotation; {P} or {N} carries a page locator unless the problem is planted
    "{N} states that {Q}.",
    "{N} puts it simply: {Q}.",
    "{Q} {P}.",
    "As one study put it, {Q} {P}.",
    "According to {N}, {Q}.",
    "{N} warns that {Q}, which is a real risk for {B}.",
    "It has been argued that {Q} {P}.",
    "{B} appears to accept that {Q} {P}.",
    "{Q}, as {N} concludes.",
]

SCARE_QUOTES = ["‘woke’", "‘authentic’", "‘Instagrammable’", "‘cheap and cheerful’", "‘premium’", "‘Gen Z-friendly’",
                "'eco-friendly'", "“luxury for less”", "‘community’", "\"value\"", "‘purpose-led’", "‘dupes’"]  # fmt: skip

SCARE_FRAMES = [
    "{B} is often described as {Q}, yet its customers value {R} more {P}.",
    "The word {Q} is used loosely across the sector, as {N} notes.",
    "Some {A} see {T} as little more than {Q} marketing {P}.",
    "{N} questions whether {Q} brands really deliver {R}.",
    "Labels such as {Q} mean little to {A} {P}.",
]

SUBJECT_LINES = ["‘Your basket misses you 🛒’", "‘Last chance: 20% off ends tonight’", "‘Re: your order #{n}’",
                 "‘{FIRST}, we’ve saved you a seat’", "‘Summer Sale (up to 50% off)’", "‘New in: the {Y} collection’",
                 "\"Don't open this email\"", "‘Thanks for being with us since {Y}’", "“Psst… it’s back”"]  # fmt: skip

SUBJECT_FRAMES = [
    "A subject line such as {Q} can lift open rates {P}.",
    "{B} sent {A} an email headed {Q}, the kind of urgency tactic described by {N}.",
    "Subject lines like {Q} work because they feel personal {P}.",
    "The A/B test compared {Q} with a plain version, following {N}.",
]

NOT_CITATIONS: dict[str, list[str]] = {
    "award": [
        "{B} won {GRADE} at the {AWARD} ({Y}) for its loyalty campaign.",
        "The campaign was shortlisted for the {AWARD} ({Y}, Best Use of Social).",
        "{B} holds a {AWARD} ({Y}) and displays it on its packaging.",
    ],
    "event": [
        "Sales peaked around {EVENT} ({Y}), when traffic to the site doubled.",
        "{B} used {EVENT} ({d} November) to test a new bundle.",
        "Footfall fell during {EVENT} {Y} because of the weather.",
    ],
    "sport": [
        "{B} sponsored {SPORT} ({Y}) and ran a limited-edition range alongside it.",
        "Interest in women's football rose sharply after {SPORT} {Y}.",
        "The brand's ambassador appeared throughout {SPORT} ({Y}, ITV).",
    ],
    "festival": [
        "{B} ran pop-up stands at {FEST} ({Y}) to sample the new range.",
        "Demand for party food rises before {HOLIDAY} ({MONTH} {Y}).",
        "The team trialled an app-only offer at {FEST} {Y}.",
    ],
    "screen": [
        "{B} appeared on {SHOW} ({CHANNEL}, {Y}), which boosted searches for the brand.",
        "Product placement in {SHOW} (series {q}) reached a large audience of {A}.",
        "The founder pitched the idea on {SHOW} ({CHANNEL}) before the brand launched.",
    ],
    "film": [
        "The pink packaging was timed to ride the success of {FILM}.",
        "Films such as {FILM} shape how {A} see brands on screen.",
        "{B} placed a tie-in advert before screenings of {FILM}.",
    ],
    "song": [
        "The television advert was set to {SONG}, which made it instantly recognisable.",
        "{B} licensed {SONG} for its Christmas campaign.",
        "Using {SONG} gave the advert a nostalgic feel for older viewers.",
    ],
    "novel": [
        "The limited edition range was themed around {NOVEL}.",
        "Its Christmas window display recreated scenes from {NOVEL}.",
    ],
    "campaign": [
        "The ‘{CAMP}’ campaign ({Y}) is still remembered by {A}.",
        "{B} launched its ‘{CAMP}’ activity in {MONTH} {Y} across TV and TikTok.",
        "Campaigns such as ‘{CAMP}’ ({Y}) show the power of a simple idea.",
        "The {B} Christmas advert ({Y}) was viewed {n}m times in its first week.",
    ],
    "product": [
        "The launch of {PROD} ({Y}) brought in new customers.",
        "{B} withdrew {PROD} (launched {Y}) after poor reviews.",
        "{PROD} ({Y} reformulation) now carries less sugar.",
    ],
    "app-platform": [
        "{B} opened a shop on {APP} ({Y}) to reach {A}.",
        "Since {UPDATE}, tracking {A} across apps has been much harder.",
        "Engagement fell after {UPDATE}, so the team moved budget to email.",
        "{APP} (launched in the UK in {Y}) is now a key channel for {B}.",
    ],
    "law": [
        "Marketing to {A} must comply with the {LAW}.",
        "Under the {LAWB}, brands must be able to prove their claims.",
        "The {LAWB} changed how {B} can promote its products.",
        "Consent for email marketing is governed by GDPR (2018) and PECR (2003).",
    ],
    "court-case": [
        "The dispute recalls {CASE}, where the look of a product was at stake.",
        "In {CASE} the court considered whether shoppers were misled.",
        "Lookalike packaging remains a risk after {CASE}.",
    ],
    "named-review": [
        "The high street problems identified in the {REVIEW} are still visible in many towns.",
        "Sustainability targets now echo the {REVIEW}.",
        "Like the {REVIEW}, this section focuses on town centres.",
    ],
    "standard": [
        "{B} is certified to {STD} for environmental management.",
        "The events team works to {STD}, which sets out requirements for sustainable events.",
        "Suppliers must hold {STD} before they are approved.",
    ],
    "financial-year": [
        "Revenue rose to £{n}m in {FY}.",
        "In {FY} the marketing budget was cut by {q}0%.",
        "Like-for-like sales grew {d}% in the year ended 31 March {Y}.",
        "{B} reported a loss for FY{YY} but expects to return to profit.",
    ],
    "figures": [
        "{B} made £{n}m ({Y} revenue) from {q} main channels.",
        "Online sales grew from {d}% ({Y}) to {n}% ({Y2}).",
        "Market share stood at {d}.{q}% (Q{q} {Y}).",
        "Prices rose by {d}% ({MONTH} {Y}) before falling back.",
        "The average basket was worth £{d}.{q}0 ({Y}: £{n}).",
    ],
    "trend": [
        "The rise of {TREND} ({Y}) has changed how {A} talk about {B}.",
        "{B} responded quickly to the {TREND} trend on TikTok.",
        "{TREND} ({Y}–{Y2}) favoured brands with a clear point of view.",
    ],
    "plan-strategy": [
        "{B} set out its ‘{PLAN}’ strategy in {Y}.",
        "Under ‘{PLAN}’ ({Y}), {B} aims to halve its emissions.",
        "The {PLAN} plan ({Y}–{Y2}) prioritises digital growth.",
    ],
    "lifespan": [
        "The business was founded by {FOUNDER}.",
        "Its heritage story centres on {FOUNDER}, whose values are still quoted in staff training.",
    ],
    "job-title": [
        "{FIRST} {LAST} (Chief Marketing Officer, {Y}–{Y2}) led the rebrand.",
        "The strategy was set by {FIRST} {LAST}, {ROLE} since {Y}.",
        "{FIRST} {LAST} ({ROLE}) explained the change in a trade interview.",
    ],
    "interview": [
        "In an interview with the store manager ({d} {MONTH} {Y}), staffing was raised as the main issue.",
        "Interviewee {q} ({ROLE}, {d} years in post) felt that {A} were under-served.",
        "My interview with {FIRST} ({ROLE}) suggested that training was inconsistent.",
    ],
    "respondent": [
        "Respondent {n} (female, 25–34) said she only buys on promotion.",
        "One participant (P{q}, aged {d}) described the app as confusing.",
        "Most respondents (n = {n}) preferred collection in store.",
        "R{q} (student, {CITY}) said the brand felt ‘too expensive for what it is’.",
    ],
    "place": [
        "The first store opened in {CITY} ({PLACEAREA}) and the second followed a year later.",
        "{B} is trialling a new format in {CITY} (population about {n},000).",
        "The flagship in {CITY} (opened {Y}) acts as a showroom.",
    ],
    "company-details": [
        "{B} (est. {Y}) employs around {n} people.",
        "The firm trades as {B} (company no. {COMPANYNO}).",
        "{B} (founded {Y}, {CITY}) is privately owned.",
        "The parent company is listed on the London Stock Exchange ({TICKER}).",
    ],
    "rating": [
        "{B} is rated {q}.{d}/5 on Trustpilot ({n} reviews).",
        "Its Food Hygiene Rating (5, {MONTH} {Y}) is shown in every window.",
        "The app scores {q}.{q} stars (App Store, {Y}).",
    ],
    "generation": [
        "{GEN} are the primary target audience.",
        "Compared with {GEN}, older customers prefer to phone.",
    ],
    "qualification": [
        "This report is submitted for the {QUAL} ({Y} syllabus).",
        "The {QUAL} (Unit {q}, Task 1b) asks for a reflective statement.",
    ],
    "section-pointer": [
        "A full competitor analysis is given later (see Appendix {q}).",
        "The segments are profiled below (see Figure {q}).",
        "These figures differ from the earlier estimate (cf. Table {q}).",
        "Further detail on pricing is provided (e.g. Section {q}.{d}).",
    ],
    "model-name": [
        "The {MODEL} ({Y}) was promoted through creator partnerships.",
        "{B} used the {MODEL} ({Y} model) in its product photography.",
        "Demand for the {MODEL} ({Y} edition) outstripped supply.",
    ],
    "slogan": [
        "The slogan {SLOGAN} has been used for decades.",
        "A line like {SLOGAN} shows how a promise can become part of everyday speech.",
        "{B} considered a strapline similar to {SLOGAN}.",
    ],
    "acronym-year": [
        "After {SUMMIT}, {B} published new climate targets.",
        "The team visited {SHOW_EXPO} to meet suppliers.",
        "The Plastic Packaging Tax (April 2022) raised costs for {B}.",
    ],
    "ampersand-brand": [
        "{AMPBRAND} (part of a larger group) has a similar offer.",
        "Competitors include {AMPBRAND} and {B}.",
        "{AMPBRAND} ({Y} revenue: £{n}m) is the closest rival.",
    ],
    "social-handle": [
        "The brand's TikTok account ({HANDLE}) has {n}k followers.",
        "{HANDLE} ({n}k followers, {MONTH} {Y}) posts daily.",
        "The hashtag {HASHTAG} ({Y}) trended for two days.",
    ],
    "date-price": [
        "The offer ran for one week (w/c {d} {MONTH}).",
        "A meal deal cost £{q}.{d}0 ({MONTH} {Y}).",
        "The pop-up opened on Saturday ({d} {MONTH}) and closed on Sunday.",
        "Delivery is free over £{n} (UK mainland only).",
    ],
    "era": [
        "Shopping habits changed during the pandemic (2020–21) and have not fully returned.",
        "Energy costs peaked during the cost-of-living crisis ({Y}–{Y2}).",
        "The brand dates from the Victorian era (1837–1901).",
    ],
}

BRANDS = ["Greggs", "Gymshark", "Pret A Manger", "Lush", "BrewDog", "Monzo", "Oatly", "Charlotte Tilbury", "Wagamama",
          "Holland & Barrett", "Dunelm", "Superdry", "Tony's Chocolonely", "itsu", "Pip & Nut", "Bloom & Wild", "Huel",
          "Gail's", "Costa Coffee", "JD Sports", "Deliveroo", "Cotswold Outdoor", "Ella's Kitchen", "Rapha", "Dishoom",
          "Finisterre", "Wilko", "Hotel Chocolat", "Rituals", "The White Company", "Joe & The Juice", "Leon"]  # fmt: skip

AWARDS = ["Effie Awards", "Cannes Lions", "Campaign Big Awards", "Drum Roses", "Retail Week Awards", "Grocer Gold Awards",
          "King's Award for Enterprise", "Marketing Society Awards", "Brand Film Festival", "UK Social Media Awards"]  # fmt: skip
GRADES = ["Gold", "Silver", "Bronze", "the Grand Prix", "a Highly Commended", "Best in Show"]
EVENTS = ["Black Friday", "Prime Day", "Singles' Day", "London Fashion Week", "the Ideal Home Show", "Cyber Monday",
          "Small Business Saturday", "the Chelsea Flower Show", "Web Summit"]  # fmt: skip
SPORTS = ["the Women's Euros", "the Rugby World Cup", "Wimbledon", "the Ashes", "the Commonwealth Games", "the Grand National",
          "the FA Cup final", "the Six Nations"]  # fmt: skip
FESTIVALS = ["Glastonbury", "Notting Hill Carnival", "the Edinburgh Fringe", "Download Festival", "Creamfields",
             "the Hay Festival", "the Great British Beer Festival", "Boomtown"]  # fmt: skip
HOLIDAYS = ["Diwali", "Eid al-Fitr", "Lunar New Year", "Hanukkah", "Burns Night", "St Patrick's Day", "Bonfire Night"]
SHOWS = ["Dragons' Den", "The Apprentice", "Gogglebox", "Love Island", "The Great British Bake Off", "Strictly Come Dancing",
         "Made in Chelsea", "Saturday Kitchen", "Clarkson's Farm"]  # fmt: skip
CHANNELS = ["BBC One", "ITV2", "Channel 4", "Netflix", "Prime Video", "Sky One", "BBC Two"]
FILMS = ["Barbie (2023)", "The Social Dilemma (Netflix, 2020)", "Wonka (2023)", "The Lego Movie (2014)", "Air (2023)",
         "Super Size Me (2004)", "The Devil Wears Prada (2006)", "Paddington 2 (2017)"]  # fmt: skip
SONGS = ["‘Running Up That Hill’ (Kate Bush, 1985)", "‘Don’t Stop Me Now’ (Queen, 1978)", "‘Sweet Caroline’ (Neil Diamond, 1969)",
         "‘Murder on the Dancefloor’ (Sophie Ellis-Bextor, 2001)", "‘Three Little Birds’ (Bob Marley & The Wailers, 1977)",
         "‘Wake Me Up’ (Avicii, 2013)", "'Dancing Queen' (ABBA, 1976)", "“Mr Blue Sky” (Electric Light Orchestra, 1977)"]  # fmt: skip
NOVELS = ["Nineteen Eighty-Four (first published 1949)", "Charlie and the Chocolate Factory (1964)", "Pride and Prejudice (1813)",
          "The Very Hungry Caterpillar (first published in 1969)", "A Christmas Carol (1843)", "The Gruffalo (1999)"]  # fmt: skip
CAMPAIGNS = ["This Girl Can", "Share a Coke", "Real Beauty Sketches", "Like a Girl", "Dream Crazy", "Shot on iPhone",
             "The Man Your Man Could Smell Like", "Fearless Girl", "Make It Count", "Love Island x Boots"]  # fmt: skip
PRODUCTS = ["the Vegan Sausage Roll", "the Oat Barista Edition", "the Meal Deal app", "the refillable deodorant",
            "the Protein+ range", "the Festive Bake", "the Colour Wow palette", "the Zero Sugar variant"]  # fmt: skip
APPS = [
    "TikTok Shop",
    "Threads",
    "BeReal",
    "Vinted",
    "Too Good To Go",
    "Depop",
    "Strava",
    "Instagram Reels",
    "Snapchat",
]
UPDATES = ["iOS 14.5 (April 2021)", "Google's Helpful Content Update (September 2023)", "the end of third-party cookies in Chrome (2024)",
           "Instagram's algorithm change (July 2022)", "Meta's Advantage+ roll-out (2023)"]  # fmt: skip
LAWS = ["Online Safety Act 2023", "Sale of Goods Act 1979", "Bribery Act 2010", "Environment Act 2021", "Trade Marks Act 1994",
        "Food Information Regulations 2014", "Competition Act 1998"]  # fmt: skip
LAWS_BRACKETED = ["Online Safety Act (2023)", "Digital Services Act (2022)", "HFSS advertising rules (October 2025)",
                  "Soft Drinks Industry Levy (2018)", "Extended Producer Responsibility scheme (2025)", "Green Claims Code (2021)",
                  "CAP Code (12th edition)"]  # fmt: skip
CASES = ["Donoghue v Stevenson [1932]", "Carlill v Carbolic Smoke Ball Co [1893]", "Specsavers v Asda [2012]",
         "Jack Wills Ltd v House of Fraser [2016]", "Cadbury UK Ltd v Comptroller General of Patents [2013]",
         "Glaxo Wellcome UK Ltd v Sandoz Ltd (2019)", "Moroccanoil Israel Ltd v Aldi Stores Ltd (2014)"]  # fmt: skip
REVIEWS = ["Portas Review (2011)", "Grimsey Review (2013)", "Stern Review (2006)", "Brundtland Report (1987)",
           "Taylor Review (2017)", "Dasgupta Review (2021)", "Cadbury Report (1992)"]  # fmt: skip
STANDARDS = ["ISO 14001:2015", "ISO 9001:2015", "ISO 20121:2012", "BS 8001:2017", "PAS 2060:2014", "ISO/IEC 27001:2022"]
TRENDS = ["quiet luxury", "girl dinner", "de-influencing", "shrinkflation", "cottagecore", "loud budgeting", "Barbiecore",
          "Dry January", "the 'clean girl' aesthetic"]  # fmt: skip
PLANS = ["Plan A", "Vision 2030", "Project Renew", "Fit for the Future", "Better Together", "Net Zero by 2040",
         "Save to Invest", "Project Everest", "Growth 25"]  # fmt: skip
FOUNDERS = ["Anita Roddick (1942–2007)", "Mary Quant (1930–2023)", "Jesse Boot (1850–1931)", "Thomas Lipton (1848–1931)",
            "Michael Marks (1859–1907)", "Sir Terence Conran (1931–2020)", "John Cadbury (1801–1889)"]  # fmt: skip
FIRSTS = ["Sam", "Aisha", "Gareth", "Chloe", "Deepak", "Morag", "Kemi", "Tomasz", "Freya", "Luis"]
LASTS = ["Okoro", "Brennan", "Harcourt", "Lindqvist", "Mahmood", "Fenwick", "Tanaka", "Castellano", "Pryce", "Oduya"]
ROLES = ["Head of Brand", "Customer Experience Manager", "Marketing Director", "store manager", "Digital Lead",
         "Head of CRM", "regional sales manager", "Social Media Executive"]  # fmt: skip
CITIES = [
    "Leeds",
    "Cardiff",
    "Belfast",
    "Milton Keynes",
    "Norwich",
    "Aberdeen",
    "Brighton",
    "Sheffield",
    "Swansea",
    "Derby",
]
AREAS = [
    "city centre",
    "Westfield",
    "retail park",
    "High Street",
    "Kings Cross",
    "Trinity Leeds",
    "St David's",
    "Victoria Square",
]
TICKERS = ["LSE: GRG", "FTSE 250", "LSE: DNLM", "AIM: HOTC", "NASDAQ: OTLY"]
GENERATIONS = ["Gen Z (born 1997–2012)", "Millennials (born 1981–1996)", "Generation Alpha (born from 2010)",
               "Baby Boomers (1946–1964)", "Gen X (1965–1980)"]  # fmt: skip
QUALS = ["CIM Level 4 Certificate in Professional Marketing", "CIM Level 6 Diploma in Professional Marketing",
         "CIM Level 5 Diploma in Professional Digital Marketing", "CIM Level 6 Postgraduate Diploma"]  # fmt: skip
MODELS = ["iPhone 15 Pro", "Galaxy S24", "Ford Puma", "Nissan Qashqai", "Dyson V15", "PlayStation 5", "Kindle Paperwhite",
          "Vauxhall Corsa", "MINI Cooper SE", "Pixel 8"]  # fmt: skip
SLOGANS = ["‘Every little helps’", "‘Because you’re worth it’", "‘Never knowingly undersold’", "‘Should’ve gone to Specsavers’",
           "‘Just do it’", "‘Taste the rainbow’", "‘Have a break, have a KitKat’", "‘Vorsprung durch Technik’",
           "\"Think different\"", "“The best a man can get”"]  # fmt: skip
SUMMITS = ["COP26 (Glasgow, 2021)", "COP28 (2023)", "the G7 summit (2021)", "London 2012", "Expo 2020 (Dubai)"]
EXPOS = ["NRF 2024", "the Retail Technology Show (2024)", "IFE (London, 2025)", "Cannes Lions 2023", "CES 2024"]
AMPBRANDS = ["Marks & Spencer", "Ben & Jerry's", "Bloom & Wild", "Holland & Barrett", "Abercrombie & Fitch", "Pip & Nut",
             "Mitchells & Butlers", "H&M", "Dolce & Gabbana"]  # fmt: skip
HANDLES = ["@gymshark", "@greggsofficial", "@monzo", "@lushcosmetics", "@dunelmuk", "@hotelchocolat"]
HASHTAGS = ["#ThisGirlCan", "#ShareACoke", "#EveryoneWelcome", "#BlackFriday", "#ShopLocal"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only blind7's frames use, drawn after the shared ones so no other half changes."""
    year = rng.randint(2015, 2024)
    return {
        "AWARD": rng.choice(AWARDS), "GRADE": rng.choice(GRADES), "EVENT": rng.choice(EVENTS), "SPORT": rng.choice(SPORTS),
        "FEST": rng.choice(FESTIVALS), "HOLIDAY": rng.choice(HOLIDAYS), "SHOW": rng.choice(SHOWS), "CHANNEL": rng.choice(CHANNELS),
        "FILM": rng.choice(FILMS), "SONG": rng.choice(SONGS), "NOVEL": rng.choice(NOVELS), "CAMP": rng.choice(CAMPAIGNS),
        "PROD": rng.choice(PRODUCTS), "APP": rng.choice(APPS), "UPDATE": rng.choice(UPDATES), "LAW": rng.choice(LAWS),
        "LAWB": rng.choice(LAWS_BRACKETED), "CASE": rng.choice(CASES), "REVIEW": rng.choice(REVIEWS), "STD": rng.choice(STANDARDS),
        "FY": rng.choice([f"{year}/{(year + 1) % 100:02d}", f"FY{year % 100:02d}", f"{year}–{(year + 1) % 100:02d}", f"the {year}/{year + 1} financial year"]),
        "YY": f"{year % 100:02d}", "TREND": rng.choice(TRENDS), "PLAN": rng.choice(PLANS), "FOUNDER": rng.choice(FOUNDERS),
        "FIRST": rng.choice(FIRSTS), "LAST": rng.choice(LASTS), "ROLE": rng.choice(ROLES), "CITY": rng.choice(CITIES),
        "PLACEAREA": rng.choice(AREAS), "COMPANYNO": f"{rng.randint(1000000, 13999999):08d}", "TICKER": rng.choice(TICKERS),
        "GEN": rng.choice(GENERATIONS), "QUAL": rng.choice(QUALS), "MODEL": rng.choice(MODELS), "SLOGAN": rng.choice(SLOGANS),
        "SUMMIT": rng.choice(SUMMITS), "SHOW_EXPO": rng.choice(EXPOS), "AMPBRAND": rng.choice(AMPBRANDS),
        "HANDLE": rng.choice(HANDLES), "HASHTAG": rng.choice(HASHTAGS), "MONTH": rng.choice(MONTHS),
    }  # fmt: skip
