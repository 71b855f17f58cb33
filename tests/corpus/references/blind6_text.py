"""Prose for the sixth independent pool, "blind6": sentence frames, claims and non-citation decoys.

Held out until its first tables were read (stop 21); its misses were read and fixed since:
development data now.

Written by a sixth hand, without reading the checker, its tests or the other pools' frames, decoys and works,
from how UK students write CIM Level 4-6 reports (situation analyses, campaign and channel plans, customer
experience, sustainability and stakeholder tasks, reflective pieces): citations opening, inside and closing a
sentence, after a colon or a dash, in table and figure notes ("Source:", "adapted from"), with "see", "e.g.",
"cf.", "see also" and "as cited by" style words inside the bracket, possessives ("Porter's (1985) model"),
quotations introduced by the author or followed by the bracket; and a great deal of text with a name and a
year, a bracket or quotation marks that is not a citation: awards and their grades, events and tournaments,
festivals, TV programmes with their channels, films, songs in adverts, campaigns, products and models, laws and
codes, court cases, financial years and results, figures against years, section and appendix pointers, survey
respondents and interviewees, job titles and tenures, founders' lifespans, "est." dates, company numbers and
tickers, ratings, generations' birth years, hashtags and handles, app names, standards, slogans, email subject
lines, review quotes and scare quotes.

Placeholders: ``{N}`` narrative citation, ``{P}`` parenthetical citation (``{P:see}`` writes a word inside its
bracket), ``{Q}`` a quotation or quoted words, ``{C}``/``{C2}`` a claim, ``{O}`` an opener, ``{B}`` a brand,
``{A}`` an audience, ``{R}`` a result, ``{T}`` a tactic, ``{M}`` a product category, ``{MKT}`` a market, ``{Y}``/``{Y2}`` years,
``{n}``/``{q}``/``{d}`` numbers, and the keys of ``values()`` below. Decoy frames hold no citation slot. Claims
are clauses in lower case with no full stop; openers are phrases written before a comma.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random
import re

# Real UK brands and a few global ones that UK reports analyse: "&", apostrophes, lower case, "The", "at".
BRANDS = ["Greggs", "Marks & Spencer", "Sainsbury's", "Aldi", "Lidl GB", "innocent", "easyJet", "Pets at Home", "Holland & Barrett",
          "Nando's", "Ben & Jerry's", "The Body Shop", "Lush", "Gymshark", "Boots", "Pret", "Costa Coffee", "Jet2", "JD Sports",
          "Wagamama", "Octopus Energy", "Monzo", "Hotel Chocolat", "BrewDog", "giffgaff", "Dunelm", "Primark", "Iceland",
          "Charlotte Tilbury", "Oddbox", "Tony's Chocolonely", "Bettys", "The Entertainer", "Screwfix", "Toolstation",
          "Currys", "Waterstones", "Cotswold Outdoor", "Richer Sounds", "Deliciously Ella", "Oatly", "Joe & the Juice",
          "McDonald's", "Leon", "Itsu", "Wilko", "Tesco", "Co-op", "Timpson", "Bloom & Wild", "Gail's", "Tangle Teezer"]  # fmt: skip

AWARDS = ["Gold at the Cannes Lions", "a Grand Prix at the Cannes Lions", "Gold at the DMA Awards", "Silver at the IPA Effectiveness Awards",
          "Retailer of the Year at the Grocer Gold Awards", "Best Use of Social at the Drum Awards", "a Which? Recommended Provider badge",
          "Highly Commended at the Marketing Week Masters", "a Queen's Award for Enterprise", "a King's Award for Sustainable Development",
          "Brand of the Year at the Campaign Big Awards", "Bronze at the CIM Marketing Excellence Awards"]  # fmt: skip
EVENTS = ["Black Friday", "Cyber Monday", "Veganuary", "Earth Hour", "Pride Month", "the King's Coronation", "COP26 in Glasgow",
          "Stoptober", "Movember", "Mental Health Awareness Week", "Fairtrade Fortnight", "Small Business Saturday", "Singles' Day"]  # fmt: skip
SPORT = ["the Women's Euros", "the Rugby World Cup", "Wimbledon", "the Commonwealth Games", "the Ashes", "the FA Cup final",
         "the Six Nations", "the Ryder Cup", "the London Marathon", "the Paris Olympics"]  # fmt: skip
FESTIVALS = ["Glastonbury", "the Edinburgh Fringe", "Download Festival", "Notting Hill Carnival", "the Hay Festival", "TRNSMT",
             "Boardmasters", "Creamfields", "BST Hyde Park", "Latitude"]  # fmt: skip
SCREEN = ["The Great British Bake Off (Channel 4, series {q})", "Dragons' Den (BBC One)", "Love Island (ITV2, {Y})",
          "The Apprentice (BBC One, {Y})", "Gogglebox (Channel 4)", "Barbie (2023)", "Paddington 2 (2017)", "Wallace & Gromit (Aardman)",
          "Strictly Come Dancing ({Y} series)", "Saltburn (2023)", "The Traitors (BBC One, {Y})", "Clarkson's Farm (Prime Video)"]  # fmt: skip
CAMPAIGNS = ["‘This Girl Can’ (launched 2015)", "‘Man on the Moon’ ({Y})", "#LikeAGirl (2014)", "‘Share a Coke’ (2013 UK launch)",
             "‘Dream Crazy’ (2018)", "‘Real Beauty’ (2004-present)", "‘Every Little Helps’ (since 1993)", "‘Not Just Any Food’ (2004)",
             "‘The Boy and the Piano’ (2018)", "‘Fearless Girl’ (2017)", "‘Aldi Price Match’ ({Y})", "‘Should’ve Gone to Specsavers’ (2003)"]  # fmt: skip
PRODUCTS = ["the vegan sausage roll (2019)", "the iPhone 15 (2023)", "the Dyson V15 Detect (2021)", "the Nintendo Switch (2017)",
            "the Galaxy S24 (launched January 2024)", "the PlayStation 5 (2020)", "Colin the Caterpillar (1990)", "the Meal Deal (2024 relaunch)",
            "the Nectar app (relaunched {Y})", "the Clubcard (1995)", "the Kindle (2007)", "the Model Y (2020)", "Oreo Thins (2019)",
            "the Tesla Cybertruck (2023 deliveries)", "Prime Hydration (2022)"]  # fmt: skip
LAWS = ["the Consumer Rights Act 2015", "the Data Protection Act (2018)", "UK GDPR (2021)", "PECR (2003)", "the Equality Act 2010",
        "the Digital Markets, Competition and Consumers Act (2024)", "the Online Safety Act 2023", "the Environment Act (2021)",
        "the Modern Slavery Act 2015 (section 54)", "the CAP Code (12th edition)", "the Bribery Act (2010)", "the Companies Act 2006 (s.172)",
        "the Less Healthy Food regulations (October {Y2})", "the Consumer Protection from Unfair Trading Regulations 2008"]  # fmt: skip
CASES = ["Cadbury v Nestlé (2013)", "Interflora v Marks & Spencer [2013]", "L'Oréal v eBay (2011)", "Marks & Spencer v Aldi [2023]",
         "Donoghue v Stevenson (1932)", "Carlill v Carbolic Smoke Ball Co (1893)", "Red Bull v Sun Mark (2012)", "Specsavers v Asda [2012]"]  # fmt: skip
SONGS = ["‘Your Song’ (1970)", "‘Don't Stop Me Now’ (1979)", "‘Where Is My Mind?’ (1988)", "‘Heroes’ (1977)",
         "‘Somewhere Only We Know’ (2004)", "‘Fix You’ (2005)", "‘Power of Love’ (1984)"]  # fmt: skip
PEOPLE_LIVES = ["Anita Roddick (1942-2007)", "Jesse Boot (1850-1931)", "Mary Quant (1930-2023)", "Steve Jobs (1955-2011)",
                "John Spedan Lewis (1885-1963)", "Terence Conran (1931-2020)", "Michael Marks (1859-1907)", "Coco Chanel (1883-1971)"]  # fmt: skip
ROLES = ["Alan Jope (Unilever CEO, 2019-2023)", "Sharon White (Chair, 2020-2024)", "Roisin Currie (CEO since 2022)",
         "the Head of Brand (appointed {Y})", "our Marketing Director (in post since {Y})", "Ben Francis (founder, 2012)",
         "Steven Bartlett (Dragons' Den investor)", "Dame Sharon White (Chairman)", "the Chief Customer Officer (2021-present)"]  # fmt: skip
RESPONDENTS = ["Respondent 14 (female, 25-34)", "Participant B (aged 19, Leeds)", "R7 (male, 45-54)", "Interviewee 3 (store manager, 12 years)",
               "Customer A (regular, weekly)", "Focus group 2 (students, n = 6)", "P11 (part-time, {Y} graduate)", "Respondent 22 (Glasgow, 18-24)"]  # fmt: skip
CITIES = ["Leeds (West Yorkshire)", "Bangor (Gwynedd)", "Derry~Londonderry", "Milton Keynes (Buckinghamshire)", "Newcastle upon Tyne",
          "Truro (Cornwall)", "Inverness (Highlands)", "Salford (Greater Manchester)", "Bath (Somerset)", "Belfast (Northern Ireland)"]  # fmt: skip
HASHTAGS = [
    "#ShareACoke",
    "#GreggsBakeryRave",
    "#TescoAdvent",
    "#MeetTheMakers",
    "#CostaCupGate",
    "#SupportSmallBusiness",
    "#DeinfluencingTok",
    "#GirlMath",
]
HANDLES = ["@GreggsOfficial", "@innocent", "@Tesco", "@asda", "@NandosUK", "@aldiuk", "@jet2tweets", "@ScrewfixUK"]
TICKERS = ["(LSE: GRG)", "(LON: TSCO)", "(FTSE 250: PETS)", "(NYSE: NKE)", "(LSE: MKS)", "(AIM: HOTC)", "(LSE: SBRY)"]
REGISTRATIONS = ["Company No. 00502851", "registered in England and Wales, no. {n}{d}7{q}", "VAT reg. GB 236 {n} 1{q}",
                 "Registered charity no. 1{n}{d}", "FCA FRN {n}{q}{d}"]  # fmt: skip
SLOGANS = ["‘Every little helps’", "‘Because you're worth it’", "‘Just do it’", "‘Never knowingly undersold’", "‘Red Bull gives you wings’",
           "'Think different'", "‘Vorsprung durch Technik’", "'It does exactly what it says on the tin'", "‘Spend a little, live a lot’",
           "'Better together'", "‘Tastes like home’", "“Go compare!”"]  # fmt: skip
GENERATIONS = ["Gen Z (born 1997-2012)", "millennials (born 1981-96)", "Generation Alpha (2010 onwards)", "baby boomers (1946-1964)",
               "Gen X (born 1965-1980)", "‘Zillennials’ (born 1993-1998)"]  # fmt: skip
PLANS = ["Plan A (2007)", "the Sustainable Living Plan (2010-2020)", "Save to Invest (2020)", "Project Renewal (2019)",
         "the ‘Better Together’ strategy ({Y}-{Y2})", "Vision 2030", "the Future Fit plan ({Y})", "the Net Zero 2040 roadmap"]  # fmt: skip
STANDARDS = ["ISO 14001:2015", "ISO 20121 (2012)", "B Corp (certified {Y})", "PAS 2060 (2014)", "the Living Wage (accredited {Y})",
             "Cyber Essentials Plus ({Y})", "BS 8001:2017", "ISO 9001:2015", "Investors in People (Gold, {Y})"]  # fmt: skip
APPS = ["the Greggs app (2019)", "Lidl Plus (2020)", "My M&S (relaunched 2022)", "the Boots Advantage Card app", "Too Good To Go (2016)",
        "Olio (2015)", "Vinted (UK launch 2020)", "Depop (2011)", "Deliveroo (2013)", "Just Eat (2001)"]  # fmt: skip
MODELS = [
    "AIDA (1898)",
    "the 7Ps",
    "PESTLE",
    "SOSTAC®",
    "the Ansoff matrix",
    "the Boston Matrix (1970)",
    "RACE",
    "the 4Cs",
    "SWOT",
    "STP",
]
MARKETS = ["grocery", "coffee shop", "fast fashion", "pet food", "beauty", "budget hotel", "sportswear", "soft drinks", "home furnishings",
           "meal kit", "plant-based milk", "DIY", "toy", "confectionery", "energy supply", "mobile phone"]  # fmt: skip
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
    """Fill values only blind6's frames use, drawn after the shared ones so no other half changes."""
    year = rng.randint(2015, 2024)
    drawn = {
        "AWARD": rng.choice(AWARDS), "EVENT": rng.choice(EVENTS), "SPORT": rng.choice(SPORT), "FEST": rng.choice(FESTIVALS),
        "SCREEN": rng.choice(SCREEN), "CAMPAIGN": rng.choice(CAMPAIGNS), "PRODUCT": rng.choice(PRODUCTS), "LAW": rng.choice(LAWS),
        "CASE": rng.choice(CASES), "SONG": rng.choice(SONGS), "LIFE": rng.choice(PEOPLE_LIVES), "ROLE": rng.choice(ROLES),
        "RESP": rng.choice(RESPONDENTS), "CITY": rng.choice(CITIES), "TAG": rng.choice(HASHTAGS), "HANDLE": rng.choice(HANDLES),
        "TICKER": rng.choice(TICKERS), "REG": rng.choice(REGISTRATIONS), "SLOGAN": rng.choice(SLOGANS), "GEN": rng.choice(GENERATIONS),
        "PLAN": rng.choice(PLANS), "STD": rng.choice(STANDARDS), "APP": rng.choice(APPS), "MODEL": rng.choice(MODELS),
        "MONTH": rng.choice(MONTHS), "YR": str(year), "YR2": str(year + 1)[2:], "PCT": str(rng.randint(3, 87)),
        "PCT2": str(rng.randint(3, 87)), "GBP": f"£{rng.randint(1, 950)}{rng.choice(['m', 'bn', 'k', 'm'])}",
        "PRICE": f"£{rng.randint(1, 49)}.{rng.choice(['99', '49', '50', '00', '95'])}", "STAR": f"{rng.randint(2, 4)}.{rng.randint(0, 9)}",
        "NPS": f"{rng.choice(['+', '-', '+'])}{rng.randint(3, 71)}", "EST": str(rng.randint(1849, 2015)),
        "SEC": f"{rng.randint(1, 4)}.{rng.randint(1, 6)}", "APPX": str(rng.randint(1, 9)), "FIG": str(rng.randint(1, 12)),
        "YRN": str(year + 1), "MKT": rng.choice(MARKETS),
    }  # fmt: skip
    # the tables' own placeholders are filled here: the builder fills a frame once
    own = {"Y": str(year), "Y2": str(year + rng.randint(1, 3)), "n": str(rng.randint(12, 999)), "d": str(rng.randint(1, 9)),
           "q": str(rng.randint(1, 4))}  # fmt: skip
    return {key: re.sub(r"\{(\w+)\}", lambda m: own.get(m.group(1), m.group(0)), text) for key, text in drawn.items()}


# ---------------------------------------------------------------- claims, openers and plain sentences
CLAIMS = [
    "customers who feel recognised by a brand tend to spend more per visit",
    "price is rarely the only reason {A} switch supermarket",
    "{T} builds {R} faster when the message is consistent across channels",
    "loyalty schemes collect data that most retailers never fully use",
    "{A} trust reviews from other customers more than brand advertising",
    "a clear brand purpose can protect margins during a downturn",
    "emotional advertising outperforms rational messages over the long term",
    "small brands grow mainly by reaching more light buyers",
    "service failures handled well can increase satisfaction above its original level",
    "sustainability claims that cannot be evidenced damage trust",
    "{B} competes on convenience as much as on price",
    "the cost-of-living crisis has pushed {A} towards own-label products",
    "employees are the most visible part of a service brand",
    "short-form video now shapes how {A} discover new products",
    "personalised offers lift {R} only when customers understand why they receive them",
    "segmentation by lifestyle predicts purchase better than segmentation by age alone",
    "a complaint is often the last contact before a customer leaves",
    "co-created products feel more authentic to their buyers",
    "distinctive brand assets make advertising easier to attribute",
    "B2B buyers complete most of their research before speaking to a salesperson",
    "the physical store still matters for {MKT} even when most sales move online",
    "influencers with smaller followings achieve higher engagement rates",
    "consumers punish brands that raise prices while shrinking pack sizes",
    "internal communication shapes how front-line staff deliver the brand promise",
    "the marketing mix must be adapted when a brand enters a new market",
    "stakeholder power and interest change over the life of a project",
    "data protection rules limit how {B} can use customer records for targeting",
    "customers expect the same service whether they call, chat or visit a store",
    "promotions bring forward purchases rather than creating new demand",
    "brand awareness is necessary but not sufficient for growth",
    "gamified apps increase how often {A} open them but not always what they spend",
    "ethical sourcing is a hygiene factor for {A} rather than a reason to buy",
    "word of mouth is more persuasive when it comes from a close friend",
    "marketing plans fail most often at the implementation stage",
    "measuring only short-term sales undervalues brand building",
    "a premium price can itself signal quality",
    "people remember how an experience ended more than how it began",
    "retail media networks give grocers a new source of revenue",
    "{A} are more sceptical of green claims than older shoppers",
    "second-hand platforms have made resale part of the fashion customer journey",
]
OPENERS = ["For {B}", "In the UK grocery market", "Within the {MKT} sector", "Since the pandemic", "For a challenger brand",
           "In a cost-of-living crisis", "At the growth stage of the product life cycle", "From a relationship marketing perspective",
           "In B2B markets", "For a charity with a small budget", "When entering a new market", "Across most service sectors",
           "For digitally native brands", "In the context of this report", "Looking at {A}", "On social platforms",
           "In terms of the extended marketing mix", "For a franchise business", "In mature markets", "Over the last decade"]  # fmt: skip
PLAIN = [
    "This section applies the extended marketing mix to {B}.",
    "The recommendations below are costed in Appendix {APPX}.",
    "Table {FIG} summarises the main stakeholders and their level of interest.",
    "The analysis now turns to the micro environment.",
    "Each option is assessed against its cost, its risk and its fit with the brand.",
    "The evidence points in one direction.",
    "{B} should therefore prioritise retention over acquisition in the next twelve months.",
    "A phased approach is recommended, starting with a pilot in three stores.",
    "These findings have three implications for the marketing plan.",
    "The next part of the report evaluates the current customer journey.",
    "KPIs will be reviewed monthly by the marketing team.",
    "In summary, the brand has strong awareness but weak consideration among {A}.",
    "The budget for this activity is {GBP} over two quarters.",
    "Figure {FIG} maps the customer journey from awareness to advocacy.",
    "Both options carry some reputational risk.",
    "I chose this organisation because I have worked there for two years.",
    "On reflection, the team underestimated how long approvals would take.",
    "The following points summarise the situation analysis:",
    "Word count excludes tables, headings and the reference list.",
    "This would need sign-off from the finance director before launch.",
]

# ---------------------------------------------------------------- frames with citations
NARRATIVE_START = [
    "{N} argues that {C}.",
    "{N} found that {C}.",
    "{N} suggest that {C}.",
    "{N} notes that {C}, which is relevant to {B}.",
    "{N} claims that {C}; this seems to apply to {B} as well.",
    "{N} makes the point that {C}.",
    "{N} describes how {C}.",
    "{N} identifies that {C}, although the sample was small.",
    "{N} reported that {C}.",
    "{N} challenges the view that {C}.",
    "{N} observed that {C} in the {MKT} market.",
    "{N} shows that {C}: a lesson {B} has been slow to learn.",
    "{N} define segmentation as dividing a market into groups with similar needs.",
    "{N} explains why {C}.",
    "{N} went further, stating that {C}.",
    "{N} highlights three reasons why {C}.",
    "{N} warns that {C}.",
    "{N}, for example, found that {C}.",
    "{N} also supports this, stating that {C}.",
    "{N} offers a more critical view: {C}.",
    "{N} recommends that brands test before they scale.",
    "{N} concluded that {C} and that {C2}.",
    "{N} is often quoted on this point.",
    "{N} similarly found that {C}.",
    "{N} remain the most cited source on this topic, and their argument is that {C}.",
]
NARRATIVE_MID = [
    "{O}, {N} argues that {C}.",
    "As {N} points out, {C}.",
    "According to {N}, {C}.",
    "This is supported by {N}, who found that {C}.",
    "However, {N} argues that {C}.",
    "Research by {N} shows that {C}.",
    "A study by {N} found that {C}.",
    "Data from {N} suggests that {C}.",
    "This contrasts with {N}, who found that {C}.",
    "{B} could apply the model set out by {N}.",
    "Following {N}, the segments were defined by behaviour rather than demographics.",
    "It has been argued (for instance by {N}) that {C}.",
    "Source: {N}.",
    "Figure {FIG} is adapted from {N}.",
    "{O}, as {N} noted, {C}.",
    "Like {N}, I found that {C}.",
    "Writers such as {N} argue that {C}.",
    "{C}, as {N} points out.",
    "{C}, which reflects the findings of {N}.",
    "The framework used here comes from {N}.",
    "Evidence from {N} supports this.",
    "One explanation, offered by {N}, is that {C}.",
    "Similar results were reported by {N} for the {MKT} sector.",
    "Recent work by {N} has questioned whether {C}.",
    "{B} fits the pattern described by {N}: {C}.",
]
POSSESSIVE = [
    "{N} model shows that {C}.",
    "Applying {N} framework to {B} shows that {C}.",
    "Using {N} stakeholder map, the local council has high power but low interest.",
    "{N} research found that {C}.",
    "{N} findings suggest that {C}.",
    "According to {N} data, {C}.",
    "{N} definition of relationship marketing is used in this report.",
    "This report follows {N} approach to segmentation.",
    "{N} survey shows that {C}.",
    "{O}, {N} argument that {C} is persuasive.",
    "{N} analysis of the {MKT} market shows that {C}.",
    "{N} study supports this view.",
]
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "{C} {P:see}.",
    "{C} {P:e.g.}.",
    "{C} {P:cf.}.",
    "{C} {P:see also}.",
    "{C}, and {C2} {P}.",
    "It is widely accepted that {C} {P}.",
    "Evidence suggests that {C} {P}.",
    "{B} is no exception, since {C} {P}.",
    "There is some evidence that {C} {P:for example,}.",
    "{C} – a point {B} seems to have missed {P}.",
    "Table {FIG}: {MKT} market share by value, {YR} {P:Source:}.",
    "Figure {FIG}: the customer journey for {A} {P:adapted from}.",
    "{C} {P:see, for example,}.",
    "Some authors disagree, arguing that {C} {P}.",
    "This matters because {C} {P}.",
    "{C}; however, this has been disputed {P}.",
    "{O}, it is clear that {C} {P}.",
    "Many writers agree that {C} {P}.",
    "{C} {P:as discussed in}.",
    "{C} (this is also the view of {B}'s own research team) {P}.",
    "The same is true of {MKT}: {C} {P}.",
    "{C}, particularly among {A} {P}.",
    "{C}, though the evidence is mixed {P}.",
]
PARENTHETICAL_MID = [
    "{C} {P}, which suggests that {B} should act quickly.",
    "Research {P} suggests that {C}.",
    "{O}, {C} {P}, so the plan focuses on retention.",
    "The Ansoff matrix {P} helps to compare the growth options open to {B}.",
    "Porter's generic strategies {P} suggest that {B} follows a focus strategy.",
    "Recent studies {P:e.g.} show that {C}.",
    "{C} {P}, but {C2}.",
    "The service gap model {P} explains why complaints rose.",
    "Using the PESTLE framework {P:see}, the main external factors are listed below.",
    "A mixed-methods approach {P} was used to gather primary data.",
    "Customer lifetime value {P} is a better measure of success than single sales.",
    "Relationship marketing {P} moves the focus from single sales to the whole relationship.",
    "Mendelow's matrix {P} was used to map the stakeholders.",
    "Several studies {P:see} have linked {T} to {R}.",
    "{C} {P} and {B} is no exception.",
    "Brand equity {P:cf.} is built over many years but can be lost quickly.",
    "The 7Ps {P} provide the structure for this section.",
    "The TALC model {P} suggests the market is approaching maturity.",
    "Sustainable marketing {P:see e.g.} requires changes to the product itself, not just its message.",
    "The gap between what {A} say and what they do {P} is known as the attitude-behaviour gap.",
]
QUOTE_FRAMES = [
    "{N} argues that {Q}.",
    "As {N} puts it, {Q}.",
    "{Q} {P}.",
    "{N} describes this as {Q}.",
    "{O}, {Q} {P}.",
    "According to {N}, {Q}.",
    "{B} seems to accept that {Q} {P}.",
    "One definition is that {Q} {P}.",
    "{N} concludes: {Q}.",
    "It has been said that {Q} {P}.",
    "{N} warned that {Q}.",
    "This echoes the claim that {Q} {P}.",
]
SCARE_QUOTES = ["‘premium’", "‘affordable luxury’", "‘greenhushing’", "'clean beauty'", "‘shrinkflation’", "“phygital”", "‘doom spending’",
                "'quiet luxury'", "‘treatonomics’", "‘eco-friendly’", "“authentic”", "‘lipstick effect’", "'dupes'", "‘value’",
                "‘community’", "“omnichannel”", "‘loud budgeting’", "'brand love'", "‘the Amazon effect’", "‘natural’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} positions itself as {Q} rather than cheap {P}.",
    "So-called {Q} is becoming more common {P}.",
    "{N} calls this trend {Q}.",
    "The word {Q} means little to {A} unless it is explained {P}.",
    "What brands call {Q} is often just a higher price {P}.",
    "{N} is sceptical of labels such as {Q}.",
    "{O}, the idea of {Q} has moved into the mainstream {P}.",
    "Terms like {Q} are now regulated more closely {P}.",
]
SUBJECT_LINES = ["‘Your basket misses you’", "'Last chance: 20% off ends tonight'", "‘We've got something for you, {B} fan’",
                 "“Don't open this email”", "‘Your {YR} in review’", "'Free delivery this weekend only'", "‘Oops – wrong link!’",
                 "‘Still thinking about it?’", "'You're invited: early access'", "“A little thank you from us”", "‘Back in stock: {MKT}’",
                 "‘Happy birthday! Here's a treat’"]  # fmt: skip
SUBJECT_FRAMES = [
    "An email with the subject line {Q} achieved a higher open rate than the control {P}.",
    "Subject lines such as {Q} create curiosity {P}.",
    "{N} tested the subject line {Q} against a plain version.",
    "Abandoned-basket emails headed {Q} recover a share of lost sales {P}.",
    "The push notification {Q} was sent to {n} app users, following the advice of {N}.",
    "Personal subject lines like {Q} can feel intrusive {P}.",
]

# ---------------------------------------------------------------- text that is not a citation, by kind
NOT_CITATIONS: dict[str, list[str]] = {
    "award": [
        "{B} won {AWARD} ({YR}) for its Christmas campaign.",
        "The campaign took {AWARD} in {YR}.",
        "Having won {AWARD} ({YR}, {YRN}), the agency was retained for another three years.",
        "{B} was shortlisted for {AWARD} ({YR}) but did not win.",
        "The store team received {AWARD} (Gold, {YR}).",
    ],
    "event": [
        "Sales spiked around {EVENT} ({YR}) and fell back the following week.",
        "{B} ran a limited range for {EVENT} ({MONTH} {YR}).",
        "Footfall during {EVENT} (w/c {d} {MONTH}) was {PCT}% above the weekly average.",
        "The brand ignored {EVENT} ({YR}) entirely, which customers noticed.",
    ],
    "sport": [
        "{B} sponsored {SPORT} ({YR}), reaching a large family audience.",
        "Advertising slots during {SPORT} ({YR}) sold out early.",
        "Interest in women's football grew after {SPORT} (2022).",
        "The timing clashed with {SPORT} ({MONTH} {YR}), which reduced TV reach.",
    ],
    "festival": [
        "{B} had a pop-up bar at {FEST} ({YR}).",
        "Sampling at {FEST} ({MONTH} {YR}) reached around {n},000 people.",
        "The brand partnered with {FEST} ({YR} and {YRN}).",
    ],
    "screen": [
        "Product placement in {SCREEN} drove a spike in searches.",
        "{B} sponsored {SCREEN} to reach families at home.",
        "Many {A} first saw the brand on {SCREEN}.",
        "The advert parodied {SCREEN}, which made it widely shared.",
    ],
    "campaign": [
        "Campaigns like {CAMPAIGN} show how purpose can drive sales.",
        "{B}'s {CAMPAIGN} campaign is still remembered today.",
        "The brief asked for something as memorable as {CAMPAIGN}.",
        "Compared with {CAMPAIGN}, the new campaign had a much smaller media budget.",
    ],
    "product": [
        "The success of {PRODUCT} shows the value of a bold launch.",
        "{B} could learn from {PRODUCT}, which was launched with a teaser campaign.",
        "Demand for {PRODUCT} outstripped supply in the first month.",
        "The launch of {PRODUCT} was covered widely in the press.",
    ],
    "law": [
        "Under {LAW}, customers are entitled to a refund or repair.",
        "{B} must comply with {LAW} when collecting email addresses.",
        "The campaign was checked against {LAW} before launch.",
        "{LAW} affects how the brand can promote its products.",
        "Any change must respect {LAW} and PECR (2003).",
    ],
    "court-case": [
        "The colour purple was the subject of {CASE}.",
        "Lookalike packaging has been tested in court, for example {CASE}.",
        "{CASE} shows how far a brand will go to protect its trade mark.",
        "After {CASE}, keyword bidding on rivals' brand names became more cautious.",
    ],
    "song": [
        "The advert was set to {SONG}, which older viewers recognised at once.",
        "{B} licensed {SONG} for its Christmas advert.",
        "Elton John's ‘Your Song’ (1970) was re-recorded for the advert.",
        "A cover of {SONG} became a chart hit after the campaign aired.",
    ],
    "lifespan": [
        "The brand still trades on the values of its founder, {LIFE}.",
        "{LIFE} built the business on ethical principles.",
        "The heritage of {LIFE} is central to the brand story.",
    ],
    "established": [
        "{B} (est. {EST}) has a strong heritage story.",
        "Founded in {EST}, {B} now trades from over {n} stores.",
        "{B} (founded {EST}; relaunched {YR}) has changed its positioning twice.",
        "As a family business (since {EST}), {B} values long-term relationships.",
    ],
    "job-title": [
        "The strategy was led by {ROLE}.",
        "{ROLE} announced the new direction to staff.",
        "I interviewed {ROLE} about the rebrand.",
        "Approval sits with {ROLE} and the finance team.",
    ],
    "respondent": [
        "{RESP} said the app was ‘confusing’ and ‘too slow’.",
        "As {RESP} put it, ‘I just go where it's cheapest’.",
        "{RESP} did not recognise the logo at all.",
        "Most participants agreed, although {RESP} disagreed strongly.",
        "{RESP}: ‘I'd pay more if I knew where it came from.’",
    ],
    "interview": [
        "The store manager (interviewed {d} {MONTH} {YR}) confirmed that footfall has fallen.",
        "In an interview with the author ({MONTH} {YR}), the owner described the brand as ‘family first’.",
        "Primary research (survey, n = {n}, {MONTH} {YR}) supports this.",
        "Two staff interviews (conducted in {MONTH} {YR}) raised the same concern.",
    ],
    "place": [
        "The pilot will run in {CITY} before a national roll-out.",
        "{B} opened its first drive-thru in {CITY}.",
        "Stores in {CITY} and Cardiff (South Wales) outperform the average.",
        "The warehouse is in Daventry (Northamptonshire), close to the M1.",
        "Web Summit (Lisbon, {YR}) attracted many of the brand's competitors.",
    ],
    "financial-year": [
        "Revenue rose by {PCT}% in FY{YR}/{YR2}.",
        "Like-for-like sales were flat (H1 {YR}) but recovered in the second half.",
        "Profit before tax fell in the 52 weeks to {d} {MONTH} {YR} (FY{YR2}).",
        "Marketing spend (Q{q} {YR}) was cut by a third.",
        "In {YR}/{YR2}, online sales overtook store sales for the first time.",
    ],
    "figures": [
        "{B} made {GBP} (2019 revenue) from {n} stores.",
        "Market share rose (2022: {PCT}%; 2023: {PCT2}%).",
        "Sales were {GBP} in {YR} (up {PCT}% on {YRN}).",
        "The average basket is {PRICE} (UK, {YR}).",
        "Awareness is high ({PCT}%, n = {n}) but consideration is low.",
        "The result was significant (p < 0.05, n = {n}).",
    ],
    "section-pointer": [
        "The segments are described in detail later (see Section {SEC}).",
        "The full survey is in the appendices (Appendix {APPX}).",
        "Costs are broken down below (Table {FIG}).",
        "This is shown in the journey map (Figure {FIG}, above).",
        "The risks (see Appendix {APPX}, p. {n}) are manageable.",
        "As discussed earlier (Section {SEC}), the brand lacks differentiation.",
    ],
    "company-details": [
        "{B} Ltd ({REG}) is a private limited company.",
        "The parent company {TICKER} reported lower margins.",
        "{B} is listed on the London Stock Exchange {TICKER}.",
        "The group ({REG}) owns three brands.",
        "{B} is a member of the FTSE 100 (since {YR}).",
    ],
    "rating": [
        "{B} scores {STAR}/5 on Trustpilot ({n} reviews).",
        "Its Net Promoter Score is {NPS} (Q{q} {YR}).",
        "The app is rated {STAR} stars (App Store, {MONTH} {YR}).",
        "Food hygiene ratings (5, {YR}) are displayed in every store.",
    ],
    "generation": [
        "The main target is {GEN}, who shop mostly on mobile.",
        "{GEN} are more likely to buy second-hand.",
        "Unlike {GEN}, older customers still prefer printed coupons.",
    ],
    "hashtag-handle": [
        "The {TAG} hashtag was used over {n},000 times.",
        "Customers tagged {HANDLE} in their posts.",
        "{HANDLE} replies to complaints within an hour.",
        "The brand account ({HANDLE}) has {n}k followers.",
        "{TAG} trended on TikTok for two days.",
    ],
    "app": [
        "{APP} changed how customers redeem offers.",
        "{B} could partner with {APP} to cut food waste.",
        "Sign-ups to {APP} grew quickly in the first year.",
    ],
    "standard": [
        "{B} holds {STD} accreditation.",
        "Achieving {STD} would support the sustainability message.",
        "The supplier is certified to {STD}.",
    ],
    "plan": [
        "{PLAN} set targets for packaging and waste.",
        "{B}'s own strategy, {PLAN}, focuses on cost cutting.",
        "Progress against {PLAN} is reported every year.",
    ],
    "model-name": [
        "This report uses {MODEL} to structure the analysis.",
        "{MODEL} is applied to {B} in Table {FIG}.",
        "Models such as AIDA (1898) are still taught on CIM courses.",
    ],
    "slogan": [
        "The slogan {SLOGAN} is still recognised by most customers.",
        "{B} could adopt a line like {SLOGAN}.",
        "The tagline changed from {SLOGAN} in {YR}.",
        "Few slogans are as well known as {SLOGAN}.",
    ],
    "email-subject": [
        "The test email was sent with the subject line ‘Your {YR} favourites are back’.",
        "The subject line 'Something sweet for {MONTH}' performed best.",
        "Our welcome email (subject: ‘Welcome to the family’) has a {PCT}% open rate.",
        "Emails headed “Last chance” were opened by {PCT}% of recipients.",
    ],
    "review-quote": [
        "One Google review simply says ‘never again’.",
        "A typical Trustpilot comment reads: ‘Great product, awful delivery.’",
        "A customer on Reddit called the new recipe 'a crime against pastry'.",
        "Comments such as ‘worth every penny’ appear in many reviews.",
    ],
    "scare-quote-alone": [
        "The brand's ‘eco’ range is not very different from its standard range.",
        "So-called ‘dupes’ are now a major threat to premium beauty brands.",
        "Competitors have also gone ‘plastic free’, at least on the front of the pack.",
        "The ‘premium’ range costs only {PRICE} more.",
    ],
    "ampersand-brand": [
        "Marks & Spencer (M&S) has repositioned its clothing range.",
        "Procter & Gamble (P&G) owns several of the leading brands.",
        "Holland & Barrett (H&B) is the market leader in health food retail.",
        "Ben & Jerry's (owned by Unilever since 2000) is known for activism.",
        "Bloom & Wild (B&W) grew through letterbox flowers.",
    ],
    "acronym-year": [
        "The targets are aligned with SDG 12 (2015).",
        "COP28 (2023) increased pressure on airlines.",
        "The firm joined the UN Global Compact (UNGC) in {YR}.",
        "Following GDPR (May 2018), the mailing list shrank by a third.",
        "The EPR scheme (from {YRN}) will raise packaging costs.",
    ],
    "trend": [
        "The ‘girl dinner’ trend (TikTok, 2023) boosted sales of snack plates.",
        "‘Quiet quitting’ (2022) became a talking point for employer brands.",
        "The ‘Stanley cup’ craze (2024) shows how fast a product can go viral.",
        "‘Barbiecore’ (summer 2023) was picked up by many fashion retailers.",
    ],
    "date": [
        "The campaign will launch on Monday {d} {MONTH} and run for six weeks.",
        "Results were reviewed at the board meeting ({d} {MONTH} {YR}).",
        "The price increase took effect on 1 April ({YR}).",
        "Deadline: {d} {MONTH} {YR} (end of Q{q}).",
    ],
}
