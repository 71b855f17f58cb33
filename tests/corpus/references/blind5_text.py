"""Prose for the fifth independent pool, "blind5": sentence frames, claims and non-citation decoys.

Held out until its first tables were read (stop 21); its misses were read and fixed since:
development data now.

Written by a fifth hand, without reading the checker, its tests or the other pools' frames and decoys, from how
UK students write CIM Level 4-6 reports (marketing audits, campaign plans, customer-experience and
sustainability tasks): citations at the start, middle and end of sentences, "see"/"e.g."/"cf." inside the
bracket, quotations introduced by the author or followed by the bracket, and a great deal of text that has a
name and a year, a bracket or quotation marks without being a citation (awards, events, films and TV series,
campaigns, laws, financial years, products, lifespans, interviews, slogans, subject lines, figures, tickers...).

Placeholders: ``{N}`` narrative citation, ``{P}`` parenthetical citation (``{P:see}`` writes a word inside its
bracket), ``{Q}`` a quotation or quoted words, ``{C}``/``{C2}`` a claim, ``{O}`` an opener, ``{B}`` a brand,
``{A}`` an audience, ``{R}`` a result, ``{T}`` a tactic, ``{M}`` a product category, ``{Y}``/``{Y2}`` years,
``{n}``/``{q}``/``{d}`` numbers, and the keys of ``values()`` below. Decoy frames hold no citation slot.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

# ---------------------------------------------------------------------------------------------- citations
NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} argued that {C}, which matters for {B}.",
    "{N} suggested that {C}, especially among {A}.",
    "{N} reported that {C}.",
    "{N} noted that {C}; {B} has been slow to act on this.",
    "{N} showed that {C} when brands invest in {T}.",
    "{N} warned that {C} unless the offer is clear.",
    "{N} makes the point that {C}.",
    "{N} defines customer experience as every contact a customer has with a brand, and that definition is used here.",
    "{N} offer a useful way of segmenting {A} by need rather than by age.",
    "{N} identified three reasons why {C}.",
    "{N} concluded that {C}, a view this report shares.",
    "{N} observed that {C} in the {M} category.",
    "{N} also highlighted that {C}.",
    "{N} described {T} as the fastest-growing channel in the sector.",
    "{N} states that {C}.",
    "{N} puts forward the idea that {C}.",
    "{N} gave evidence that {C}, although the sample was small.",
    "{N} explored how {A} respond to {T} and found that {C}.",
    "{N}, on the other hand, found that {C}.",
    "{N} goes further, suggesting that {C}.",
    "{N} agreed, adding that {C}.",
    "{N} questioned whether {C}.",
    "{N} recommends that firms like {B} measure {R} every quarter.",
    "{N} claim that {C}, but their study only looked at one country.",
    "{N} is clear that {C}.",
    "{N} looked at {n} UK retailers and concluded that {C}.",
    "{N} explains that {C} and this is why {B} should review its pricing.",
]  # fmt: skip

NARRATIVE_MID = [
    "According to {N}, {C}.",
    "As {N} explained, {C}.",
    "{O} {N} found that {C}.",
    "This is supported by {N}, who found that {C}.",
    "However, {N} challenged this, arguing that {C}.",
    "In contrast, {N} suggested that {C}.",
    "Research by {N} shows that {C}.",
    "A study by {N} of {n} {A} found that {C}.",
    "Work by {N} on {T} suggests that {C}.",
    "Similarly, {N} reported that {C}.",
    "{B} could follow the advice of {N}, who recommends focusing on {R}.",
    "Drawing on {N}, this section argues that {C}.",
    "It is worth noting, as {N} did, that {C}.",
    "The findings of {N} indicate that {C}.",
    "Building on the work of {N}, it can be argued that {C}.",
    "The marketing mix for {B} has been built using {N} as a guide.",
    "For {A}, {N} found that {C}.",
    "Following {N}, the segmentation below uses lifestyle rather than age.",
    "{O} research by {N} suggests {C}.",
    "Data published by {N} shows that {C}.",
    "Figures from {N} suggest that {C}.",
    "This report adopts the definition given by {N}.",
    "Even so, {N} points out that {C}.",
    "Critics such as {N} argue that {C}.",
    "As noted by {N}, {C}.",
    "Recent guidance from {N} states that {C}.",
    "It could be argued, in line with {N}, that {C}.",
    "The team at {B} may not agree with {N}, who found that {C}.",
    "When asked why {C}, {N} pointed to {T}.",
    "This links back to {N} and the idea that {C}.",
    "Both the survey results and {N} suggest that {C}.",
]  # fmt: skip

POSSESSIVE = [
    "{N} study found that {C}.",
    "{N} framework is useful for {B} because it links {T} to {R}.",
    "{N} research into {A} suggests that {C}.",
    "Using {N} model, each touchpoint of the customer journey was mapped.",
    "{N} findings suggest that {C}.",
    "According to {N} report, {C}.",
    "{N} view is that {C}.",
    "This supports {N} argument that {C}.",
    "Applying {N} criteria, the segments chosen for {B} are measurable and accessible.",
    "{N} survey of {n} shoppers found that {C}.",
    "{N} work on {T} is relevant here, as {C}.",
    "Following {N} advice, {B} should test {T} before a national launch.",
    "{O} {N} guidance makes clear that {C}.",
]  # fmt: skip

PARENTHETICAL_END = [
    "{C} {P}.",
    "{O} {C} {P}.",
    "It has been argued that {C} {P}.",
    "{C}, particularly for {A} {P}.",
    "There is evidence that {C} {P}.",
    "{C}, which is why {B} invests in {T} {P}.",
    "Many studies agree that {C} {P}.",
    "{C} {P:see}.",
    "{C} {P:e.g.}.",
    "{C} {P:see, for example,}.",
    "{C} {P:cf.}.",
    "Some authors go further and claim that {C} {P}.",
    "{B} should note that {C} {P}.",
    "Overall, {C} {P}.",
    "This matters because {C} {P}.",
    "In the UK alone, {C} {P}.",
    "{C}; however, this varies by sector {P}.",
    "The literature suggests {C} {P}.",
    "Put simply, {C} {P}.",
    "{C}, as the table above shows {P}.",
    "It is often said that {C} {P}.",
    "{C}, at least in the short term {P}.",
    "Evidence from the {M} market shows that {C} {P}.",
    "This is a common finding: {C} {P}.",
    "{O} it is clear that {C} {P}.",
]  # fmt: skip

PARENTHETICAL_MID = [
    "{C} {P}, so {B} should invest in {T}.",
    "{C} {P}, although {C2}.",
    "Although {C} {P}, {B} has not changed its approach.",
    "Studies {P} show that {C}.",
    "Recent research {P} suggests that {C}.",
    "{O} {C} {P}, which supports the recommendation below.",
    "Several authors {P} argue that {C}.",
    "{C} {P}; this is especially true for {A}.",
    "{C} {P} and this has implications for {B}.",
    "While {C} {P}, the picture for {A} is less clear.",
    "It is widely accepted {P} that {C}.",
    "{T} {P} is one of the main levers of {R}.",
    "{C} {P:see}, yet {C2}.",
    "{C} {P:e.g.} - a trend {B} cannot ignore.",
    "Given that {C} {P}, the plan prioritises {T}.",
    "{B}'s strategy {P} relies heavily on {T}.",
    "The evidence {P:see} is mixed, but on balance {C}.",
    "Because {C} {P}, the budget for {T} has been increased.",
    "{C} {P}, a point the board at {B} accepted in {Y}.",
    "Customer-centric firms {P:e.g.} tend to outperform on {R}.",
    "{C} {P}, which means {C2}.",
]  # fmt: skip

QUOTE_FRAMES = [  # a direct quotation; the citation carries a page unless the problem is planted
    "{N} argued that {Q}.",
    "As {N} put it, {Q}.",
    "{Q} {P}.",
    "It has been said that {Q} {P}.",
    "{N} warns that {Q}, which is relevant to {B}.",
    "{O} {Q} {P}.",
    "In the words of {N}, {Q}.",
    "{N} stated: {Q}.",
    "One author describes it this way: {Q} {P}.",
    "{Q}, according to {N}.",
    "{B} seems to accept that {Q} {P}.",
    "This is summed up by {N}: {Q}.",
    "{N} wrote that {Q}.",
    "The key point is that {Q} {P}, and this shapes the recommendations.",
    "{Q} {P}; {B} should take note.",
    "A useful reminder is that {Q} {P}.",
]  # fmt: skip

# Quoted words that are not a quotation from the source cited beside them: the quotation marks belong to the item.
SCARE_QUOTES = ["‘game-changer’", "“authentic”", "'cool'", "‘phygital’", "“greenwashing”", "‘Instagrammable’",
                "‘cheap and cheerful’", "‘always on’", "‘treat culture’", "‘brand love’", "'sludge'", "‘shrinkflation’",
                "‘de-influencing’", "‘quiet luxury’", "‘lipstick effect’", "‘dupes’", "“clean”", "‘premium’", "‘omnichannel’",
                "‘digital natives’", "‘sticky’", "‘frictionless’", "‘Amazon effect’", "“woke-washing”", "‘FOMO’",
                "'value'", "‘hero product’", "“Gen Z”", "‘purpose-washing’", "‘surprise and delight’", "‘little treat’",
                "‘healthy’", "\"local\"", "\"natural\""]  # fmt: skip
SCARE_FRAMES = [
    "Brands are keen to look {Q}, yet {C} {P}.",
    "The so-called {Q} trend has spread across the {M} market {P}.",
    "{N} discusses why the label {Q} appeals to {A}.",
    "Being seen as {Q} is overused as a goal, but {C} {P}.",
    "Many {A} describe {B} as {Q} {P}.",
    "What marketers call {Q} is really about {R} {P}.",
    "{B}'s {Q} image helps it reach {A} {P}.",
    "{N} found that claims such as {Q} are rarely checked by {A}.",
    "Words like {Q} appear in most {M} adverts {P}.",
    "{C}, even if the term {Q} is unhelpful {P}.",
    "A {Q} positioning only works if the product delivers {P}.",
    "The idea of {Q} comes up often in {B}'s social posts, and {N} links it to {R}.",
]  # fmt: skip

# Examples of copy (email subject lines, push notifications, ad lines) quoted beside a citation.
SUBJECT_LINES = ["‘Your basket misses you’", "“Last chance: 20% off ends tonight”", "‘We saved you a seat’", "'Psst... your code expires at midnight'",
                 "‘{M} is back - shop the drop’", "“Thanks for being one of our best customers”", "‘Free delivery this weekend only’",
                 "‘Did you forget something?’", "‘How did we do? Rate your order’", "‘It’s your birthday month!’", "‘New in: {M} picks for you’",
                 "“Hi [First Name], your order is on its way”", "'Still thinking it over?'", "‘Only {d} left in your size’",
                 "‘Your {Y2} year in review’", "“Members get early access from 8am”", "‘Back in stock: the one you wanted’",
                 "‘Don’t miss out - sale ends Sunday’", "'We miss you - here's 15% off'", "‘Your weekly deals are here’"]  # fmt: skip
SUBJECT_FRAMES = [
    "Subject lines such as {Q} tend to lift open rates {P}.",
    "A basket-abandonment email titled {Q} is a typical example {P}.",
    "{N} found that messages like {Q} work best with {A}.",
    "Push notifications such as {Q} can feel intrusive {P}.",
    "Testing {Q} against a plainer subject line is recommended {P}.",
    "{B} could send {Q} on a Friday evening, when open rates peak {P}.",
    "An app message reading {Q} is a good example of urgency {P:see}.",
    "Copy like {Q} uses scarcity, which {N} links to {R}.",
]  # fmt: skip

# ---------------------------------------------------------------------------------------------- prose
CLAIMS = [
    "loyalty schemes increase {R} among {A}",
    "{T} works best when it feels personal rather than automated",
    "price is rarely the only reason {A} switch brands",
    "trust in online reviews has fallen since the pandemic",
    "brands that explain their sustainability claims clearly are trusted more",
    "customers expect the same service in store, online and in the app",
    "small businesses often lack the budget for paid social",
    "emotional advertising builds long-term growth better than rational messages",
    "the cost-of-living crisis has pushed {A} towards own-label products",
    "short video is now the main way {A} discover new brands",
    "mobile accounts for most online orders in the UK",
    "personalised offers raise {R}",
    "complaints handled quickly can increase loyalty",
    "staff behaviour shapes how customers feel about a brand",
    "influencers with smaller followings often achieve higher engagement",
    "B2B buyers complete much of their research before contacting a supplier",
    "many purchase decisions are made before the shopper enters the store",
    "segmentation based on needs is more useful than demographics alone",
    "a clear brand purpose can attract employees as well as customers",
    "greenwashing damages trust in the whole category",
    "free delivery thresholds change basket size",
    "reviews and ratings are among the strongest drivers of {R}",
    "app users spend more per year than other customers",
    "consistent brand assets make advertising easier to recognise",
    "the first few seconds of a video decide whether it is watched",
    "subscriptions can lock in {R} but frustrate customers who want to cancel",
    "{B} faces stronger competition from the discounters than it did five years ago",
    "price promotions may train customers to wait for deals",
    "word of mouth is still more persuasive than paid advertising",
    "customer journey mapping helps firms find pain points",
    "service quality depends on reliability more than anything else",
    "ethical concerns matter more to {A} than to older customers",
    "privacy worries make some customers reluctant to share their details",
    "cause-related marketing works only when the cause fits the brand",
    "brand extensions fail when they stretch too far from the core",
    "market orientation is linked to better business performance",
    "internal marketing improves how staff deliver the brand promise",
    "co-creation with customers can increase commitment",
    "a good CRM system helps firms spot customers who are likely to leave",
    "shoppers increasingly compare prices on their phones while in store",
    "experiential events create content that customers share",
    "a slow checkout is one of the main reasons for abandoned baskets",
    "sponsorship raises awareness but rarely drives sales on its own",
    "UK consumers are more sceptical of advertising than they were a decade ago",
    "{T} can support {R} if it is measured properly",
    "keeping existing customers costs less than constantly winning new ones",
    "packaging is often the last chance to influence the buyer",
    "click-and-collect has changed the role of the physical store",
    "customer lifetime value is a better guide to spending than single sales",
    "chatbots save money but frustrate customers with complex problems",
    "{A} are more likely to try a brand recommended by friends",
    "premium brands can hold their prices if they keep investing in advertising",
    "a single view of the customer is hard to achieve for older retailers",
    "local sourcing is valued by customers but they will not always pay more for it",
    "most UK adults now use at least one social media platform every day",
]  # fmt: skip

OPENERS = ["In the UK,", "For {B},", "Within the {M} market,", "Since the pandemic,", "At a strategic level,", "In practice,",
           "For a small business,", "From a B2B perspective,", "Across Europe,", "Since Brexit,", "In the current economic climate,",
           "Looking at the micro environment,", "In terms of the extended marketing mix,", "When it comes to pricing,", "On social media,",
           "In retail generally,", "For charities,", "Among {A},", "In the short term,", "Over the next two years,",
           "As part of the situation analysis,", "With costs rising,", "In the hospitality sector,", "For {B}'s target market,",
           "Taking a long-term view,", "From the customer's point of view,"]  # fmt: skip

PLAIN = [
    "This section analyses {B}'s current position in the market.",
    "Table 1 summarises the main findings of the audit.",
    "The recommendations are costed in the appendix.",
    "The next section turns to the external environment.",
    "Three segments have been chosen for the campaign.",
    "Each objective has been written to be SMART.",
    "The budget is split between paid, owned and earned media.",
    "A Gantt chart shows the timing of each activity.",
    "{B} has around {n} stores across the UK and Ireland.",
    "Primary research was carried out with a small sample of customers.",
    "The survey was shared through the author's LinkedIn network and a student WhatsApp group.",
    "These findings should be treated with caution because the sample was small.",
    "Overall, the brand is in a strong position but faces real threats.",
    "The tone of voice should stay friendly and informal.",
    "Metrics will be reviewed monthly by the marketing manager.",
    "This is explored further in Task 2.",
    "The competitor analysis focuses on the three closest rivals.",
    "Customer feedback was grouped into themes.",
    "A pilot in two regions would reduce the risk.",
    "Further research is needed before a national launch.",
    "The following recommendations are made.",
    "Ethical issues have been considered throughout.",
    "The word count excludes the reference list and appendices.",
    "Stakeholders were mapped by power and interest.",
    "{B}'s mission statement is displayed on its website and in every store.",
    "The persona below represents the primary target audience.",
    "Social listening was used to gather views from {A}.",
    "The campaign would run for {q} quarters before it is reviewed.",
    "Success will be judged against the KPIs set out above.",
    "The author works part-time in one of {B}'s branches, which helped with access to staff.",
    "It is recommended that {B} prioritises retention over acquisition.",
    "The contingency budget is ten per cent of the total.",
    "A SWOT analysis brings these points together.",
    "The findings are discussed below.",
]  # fmt: skip

BRANDS = ["Greggs", "Gymshark", "Lush", "innocent", "Pret A Manger", "JD Sports", "Boots", "Holland & Barrett", "Ben & Jerry's",
          "Wagamama", "Monzo", "Gail's", "Hotel Chocolat", "Oddbox", "Tony's Chocolonely", "Charlotte Tilbury", "Joe & the Juice",
          "Leon", "Dishoom", "Wetherspoons", "Primark", "Sainsbury's", "Waitrose", "Aldi", "Lidl", "Currys", "Screwfix", "B&Q",
          "Halfords", "Depop", "Vinted", "Deliveroo", "Just Eat", "BrewDog", "Moonpig", "Huel", "Bloom & Wild", "PizzaExpress",
          "Five Guys", "Costa Coffee", "Caffè Nero", "Dr. Martens", "Superdry", "Cath Kidston", "M&S", "Toby Carvery", "Oatly",
          "Specsavers", "Itsu", "Timpson", "Trainline", "Octopus Energy"]  # fmt: skip

# ---------------------------------------------------------------------------------------------- values for the decoys
CITIES = ["Leeds", "Manchester", "Bristol", "Glasgow", "Cardiff", "Belfast", "Norwich", "Newcastle", "Brighton", "Nottingham",
          "Sheffield", "Edinburgh", "Leicester", "Swansea", "Aberdeen", "Milton Keynes", "Derry", "Plymouth", "York", "Dundee"]  # fmt: skip
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]  # fmt: skip
PRODUCTS = ["iPhone 15", "PlayStation 5", "Galaxy S24", "Dyson Airwrap", "Nintendo Switch", "Kindle Paperwhite", "Fitbit Charge 6",
            "Ninja air fryer", "Tesla Model Y", "Apple Vision Pro", "Meta Quest 3", "Stanley Quencher", "Oral-B iO", "Google Pixel 8"]  # fmt: skip
EVENTS = ["the Coronation (2023)", "the London Olympics (2012)", "Wimbledon (2024)", "the Commonwealth Games (2022)",
          "the Women's World Cup (2023)", "Eurovision in Liverpool (2023)", "the Euros (2021)", "the Queen's Platinum Jubilee (2022)",
          "the Rugby World Cup (2023)", "the Paris Olympics (2024)", "the first lockdown (March 2020)", "Black Friday (24 November 2023)"]  # fmt: skip
AWARDS = ["Retailer of the Year (2023)", "Brand of the Year at the Marketing Week Masters (2022)", "a Drum Award for Social Purpose (2024)",
          "a Queen's Award for Enterprise (2021)", "Best Employer in the Sunday Times list (2019)", "Campaign of the Year (2023)",
          "a Gold Lion at Cannes (2022)", "an IPA Effectiveness Award (2020)", "a Which? Recommended Provider badge (2024)",
          "Grocer of the Year (2018)", "a King's Award for Sustainable Development (2024)"]  # fmt: skip
SCREEN = ["Barbie (2023)", "Oppenheimer (2023)", "Wonka (2023)", "Paddington 2 (2017)", "Love Island (2015-present)",
          "The Traitors (series 2)", "Dragons' Den (2005-present)", "Gogglebox (2013-)", "The Great British Bake Off (2010)",
          "Squid Game (2021)", "Stranger Things (season 4)", "Bridgerton (2020)", "Top Gear (2002-2022)", "The Apprentice (2024 series)"]  # fmt: skip
PEOPLE = ["Aisha Rahman", "Tom Hughes", "Mei Lin", "Kwame Mensah", "Daniel O'Neill", "Zainab Hussain", "Ellie Mackenzie",
          "Rhys Morgan", "Olivia Brennan", "Sanjay Gupta", "Grace Adebayo", "Jack Whitmore"]  # fmt: skip
ROLES = ["store manager", "head of marketing", "franchise owner", "customer service team leader", "social media executive",
         "brand manager", "area manager", "shift supervisor", "café owner", "digital marketing assistant"]  # fmt: skip
FINANCIAL = ["FY2023/24", "2022/23", "FY24", "the year to March 2024", "the 52 weeks to 24 February 2024", "H1 2024", "Q3 FY23",
             "2021-22", "the half year to 30 September 2023", "FY2025"]  # fmt: skip
AGES = ["18-24", "25-34", "35-44", "45-54", "55+", "16-19", "18–34", "under 25"]
HANDLES = ["@gymshark", "@lushcosmetics", "@greggsofficial", "@innocent", "@monzo", "@duolingo", "@aldiuk", "@deliveroo_uk",
           "@jdofficial", "@specsavers", "@nandosuk", "@marksandspencer"]  # fmt: skip
HASHTAGS = ["#ThisGirlCan", "#ShareACoke", "#ad", "#GRWM", "#TikTokMadeMeBuyIt", "#BookTok", "#SecondHandSeptember", "#Veganuary",
            "#PlasticFreeJuly", "#BlackFriday", "#SmallBusinessSaturday", "#OOTD"]  # fmt: skip
SLOGANS = ["‘Every little helps’", "‘Should’ve gone to Specsavers’", "“Never knowingly undersold”", "‘Because you’re worth it’",
           "‘Vorsprung durch Technik’", "‘Have a break, have a KitKat’", "'Red Bull gives you wings'", "“Think different”",
           "‘I’m lovin’ it’", "‘Just do it’", "‘The best a man can get’", "‘Taste the feeling’", "‘Eat fresh’",
           "‘Worth every penny’", "\"Shop like you give a damn\"", "‘Probably the best lager in the world’"]  # fmt: skip
FOUNDERS = ["Anita Roddick (1942-2007)", "Sir Terence Conran (1931–2020)", "Mary Quant (1930-2023)", "Dame Vivienne Westwood (1941-2022)",
            "Jesse Boot (1850–1931)", "Thomas Lipton (1848-1931)", "Michael Marks (1859–1907)", "John Spedan Lewis (1885-1963)",
            "William Lever (1851–1925)", "Coco Chanel (1883-1971)"]  # fmt: skip
TICKERS = ["LSE: TSCO", "LSE: GRG", "NYSE: NKE", "LSE: MKS", "LON: JD.", "LSE: SBRY", "NASDAQ: AAPL", "LSE: ULVR", "LSE: DOCS", "LSE: BRBY"]  # fmt: skip
FESTIVALS = ["Glastonbury (2024)", "Reading and Leeds (2023)", "the Edinburgh Fringe (August 2023)", "Notting Hill Carnival (2022)",
             "BST Hyde Park (2024)", "Download Festival (2019)", "Latitude (2023)", "Creamfields (2022)"]  # fmt: skip
STANDARDS = ["ISO 14001:2015", "ISO 9001 (2015 version)", "PAS 2060", "ISO 20252:2019", "BS 8001:2017", "Cyber Essentials (renewed 2024)"]  # fmt: skip
APPS = ["TikTok", "Instagram", "Snapchat", "YouTube Shorts", "Threads", "BeReal", "Pinterest", "LinkedIn", "WhatsApp Channels"]  # fmt: skip
CAMPAIGNS = ["‘This Girl Can’ (launched 2015)", "‘Share a Coke’ (UK, 2014)", "the John Lewis Christmas advert (2023)",
             "‘Dream Crazy’ (2018)", "‘The Man Your Man Could Smell Like’ (2010)", "‘Real Beauty’ (2004 onwards)",
             "Aldi's Kevin the Carrot ads (since 2016)", "‘Fearless Girl’ (2017)", "the ‘#LikeAGirl’ campaign (2014)",
             "Greggs' vegan sausage roll launch (January 2019)", "Burger King's ‘Moldy Whopper’ (2020)", "‘Shot on iPhone’ (2015)"]  # fmt: skip
LAWS = ["the Consumer Rights Act 2015", "the UK GDPR", "the Equality Act 2010", "the Online Safety Act 2023",
        "the Digital Markets, Competition and Consumers Act 2024", "the Data Protection Act 2018", "the CAP Code",
        "PECR", "the Consumer Duty", "the Sale of Goods Act 1979"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only blind5's frames use, drawn after the shared ones so no other half changes."""
    return {
        "city": rng.choice(CITIES), "month": rng.choice(MONTHS), "product": rng.choice(PRODUCTS), "event": rng.choice(EVENTS),
        "award": rng.choice(AWARDS), "screen": rng.choice(SCREEN), "person": rng.choice(PEOPLE), "role": rng.choice(ROLES),
        "pct": f"{rng.randint(3, 89)}%", "money": f"£{rng.randint(1, 99)}.{rng.randint(0, 9)}{rng.choice(['m', 'bn', 'm', 'k'])}",
        "fin": rng.choice(FINANCIAL), "age": rng.choice(AGES), "handle": rng.choice(HANDLES), "tag": rng.choice(HASHTAGS),
        "slogan": rng.choice(SLOGANS), "founder": rng.choice(FOUNDERS), "ticker": rng.choice(TICKERS),
        "festival": rng.choice(FESTIVALS), "standard": rng.choice(STANDARDS), "app": rng.choice(APPS),
        "campaign": rng.choice(CAMPAIGNS), "law": rng.choice(LAWS), "price": f"£{rng.randint(1, 49)}.{rng.choice(['00', '49', '50', '95', '99'])}",
        "stars": f"{rng.randint(2, 4)}.{rng.randint(0, 9)}", "size": str(rng.randint(48, 1200)),
    }  # fmt: skip


# ---------------------------------------------------------------------------------------------- decoys
# Whole sentences with no citation in them, each kind a way real reports put names, years, brackets or quotation
# marks in the text. None of them is "(Name, year)" or "Name (year)" for an author: a marker would not call them citations.
NOT_CITATIONS: dict[str, list[str]] = {
    "award-year": [
        "{B} won {award}, which it still mentions on its packaging.",
        "Winning {award} gave the brand a story for its PR team.",
        "The shortlist for {award} included two of {B}'s rivals.",
        "Since picking up {award}, {B} has doubled its spend on {T}.",
        "Staff were proud of {award} and it features in recruitment adverts.",
        "{award} was the company's third industry award in as many years.",
    ],
    "event-year": [
        "Sales of {M} spiked during {event}.",
        "{B} ran a limited edition range for {event}.",
        "Footfall in {city} was unusually high during {event}.",
        "Several brands tried to link themselves to {event} without paying for sponsorship.",
        "The team planned social content around {event} but it was cancelled at short notice.",
        "Ticket holders for {event} were targeted with geo-fenced adverts.",
        "Pledges made at COP26 (Glasgow, 2021) put pressure on retailers to cut packaging.",
    ],
    "festival": [
        "{B} had a pop-up bar at {festival}.",
        "Sampling at {festival} reached an audience of mainly {A}.",
        "The brand's tent at {festival} became a talking point on {app}.",
        "Wristband data from {festival} was not shared with sponsors.",
        "The partnership with {festival} was not renewed the following summer.",
    ],
    "screen-year": [
        "Product placement in {screen} was widely discussed online.",
        "The pink packaging was a nod to {screen}.",
        "{B} timed its launch to match {screen}.",
        "A brand collaboration with {screen} sold out in a day.",
        "Viewers of {screen} are a good match for the target audience.",
        "Memes based on {screen} are used in the brand's social posts.",
    ],
    "campaign-year": [
        "{campaign} is still quoted as an example of purpose-led advertising.",
        "The brief asked for something with the impact of {campaign}.",
        "Students on CIM courses often mention {campaign} when discussing emotional appeals.",
        "{campaign} showed how a simple idea can run for years.",
        "Comparisons with {campaign} were made in the trade press.",
        "The creative team admitted they were inspired by {campaign}.",
    ],
    "law-name": [
        "Any email campaign must comply with {law} and with PECR.",
        "Under {law}, customers can ask for a refund or repair.",
        "The privacy notice was rewritten to reflect {law}.",
        "{law} sets out what businesses may and may not do with customer data.",
        "The legal section of the PESTLE considers {law} in particular.",
        "Since {law} came in, pre-ticked consent boxes are no longer allowed.",
        "The ASA ruled against the advert under rule 3.1 of the CAP Code (misleading advertising).",
    ],
    "financial-period": [
        "Revenue reached {money} in {fin}.",
        "Like-for-like sales rose by {pct} ({fin}).",
        "{B} reported a pre-tax profit of {money} ({fin} results).",
        "Marketing spend was cut in {fin} but restored the following year.",
        "Online sales made up {pct} of the total ({Y} figures).",
        "The annual report for {fin} shows a fall in gross margin.",
        "Group turnover (2019 revenue) was higher than in any year since.",
    ],
    "money-statistic": [
        "The average basket is worth {price} (n = {n}).",
        "Just over half of respondents (52%) said price mattered most.",
        "The campaign reached {size}k people (organic reach only).",
        "Average order value rose from £24.10 to {price} (up {pct}).",
        "The target is a net promoter score of +{d} (currently +{q}).",
        "Only {pct} of the sample (n = {size}) had heard of the brand.",
        "The loyalty app has {n}k active users (as of {month} {Y}).",
    ],
    "date": [
        "The survey ran for two weeks (from {d} {month} {Y}).",
        "The store reopened after a refit ({month} {Y}).",
        "Prices were last changed in Q{q} {Y}.",
        "The rebrand was announced on {d} {month} {Y}.",
        "The campaign would run from w/c {d} {month} until the end of the financial year.",
        "A follow-up survey is planned (spring {Y2}).",
    ],
    "abbreviation-year": [
        "This report follows the CIM brief (2024/25 syllabus) for the Level 4 Certificate.",
        "{B}'s net zero target (2040) is ten years ahead of the UK's.",
        "The company has had SBTi-approved targets (since 2021) and reports against TCFD.",
        "Progress towards SDG 12 (responsible consumption) is reported annually.",
        "The NPS ({Y}: +{d}) is above the sector average.",
        "The KPI for {Y2} is a {pct} rise in repeat orders.",
        "COP26 (November 2021) pushed the big grocers to publish climate plans.",
    ],
    "brand-ampersand": [
        "Procter & Gamble (P&G) owns many of the brands in this category.",
        "Marks & Spencer (M&S) has repositioned its food halls.",
        "Ben & Jerry's (part of Unilever until the spin-off) is known for activism.",
        "Holland & Barrett (H&B) competes with supermarkets on vitamins.",
        "Johnson & Johnson (J&J) split off its consumer health brands.",
        "Marks & Spencer and Holland & Barrett both use loyalty apps.",
        "Dolce & Gabbana (D&G) faced a boycott in China.",
    ],
    "interviewee": [
        "In an interview for this report, {person}, a {role} at {B}, said that weekday afternoons are the quietest time.",
        "{person} ({role}, interviewed {d} {month} {Y}) described the loyalty app as 'clunky'.",
        "The {role} (interviewed by the author in {month}) confirmed that no budget had been set aside.",
        "According to the {role} interviewed for this task, customers rarely ask about sustainability.",
        "A conversation with {person}, the {role}, suggested staff are not trained on the new tills.",
        "Two members of staff were interviewed (a {role} and a part-time sales assistant).",
    ],
    "place": [
        "The new store opens in {city} (population around {n},000).",
        "{city} (2021 Census) has a younger population than the UK average.",
        "Trials took place in {city} and two nearby towns before the national roll-out.",
        "The flagship store on Oxford Street (London W1) is the busiest.",
        "Footfall at Trinity Leeds (opened 2013) has recovered since the pandemic.",
        "The head office moved from London to {city} in {Y}.",
    ],
    "product-model": [
        "The {product} ({Y}) made the category mainstream.",
        "Demand for the {product} was higher than forecast.",
        "The {product} ({price}) is priced above its nearest rival.",
        "Unboxing videos of the {product} are popular on {app}.",
        "The second version (Mk II, {Y}) fixed the battery problems.",
        "Pre-orders for the {product} opened at 8am on a Friday.",
    ],
    "founder-lifespan": [
        "The business was started by {founder}.",
        "{founder} built the brand around strong values.",
        "The firm's archive holds letters from {founder}.",
        "A biography of {founder} was turned into a TV drama.",
        "{B} was founded in {Y} and floated on the stock market later.",
        "The company (est. 1884) has kept its family ownership.",
    ],
    "section-figure": [
        "The results are shown in the chart below (Figure 2).",
        "The full survey is in the appendices (Appendix 3).",
        "Costs are broken down by quarter (Table 4).",
        "This links to the objectives set in Task 1 (section 1.3).",
        "The persona (see Appendix 1) is based on the survey results.",
        "The customer journey map (Figure 5, page {d}) shows the main touchpoints.",
    ],
    "model-name": [
        "The Ansoff Matrix is used to compare the growth options.",
        "SOSTAC provides the structure for this plan.",
        "The 7Ps framework is applied to {B} below.",
        "A PESTLE analysis was carried out first.",
        "The AIDA model helps explain the customer's path to purchase.",
        "The Boston Consulting Group matrix (BCG matrix) shows the product portfolio.",
        "Using the RACE framework (reach, act, convert, engage), the digital plan has four stages.",
    ],
    "handle-hashtag": [
        "{B}'s {app} account ({handle}) has {n}k followers.",
        "The hashtag {tag} trended for two days.",
        "Posts tagged {tag} must be clearly labelled as ads.",
        "The brand's replies on {app} ({handle}) are witty and informal.",
        "User posts with {tag} were reshared on the main account.",
        "Followers of {handle} grew by {pct} in six months.",
    ],
    "slogan": [
        "The strapline {slogan} is one of the best known in the UK.",
        "{slogan} has been used for decades with only small changes.",
        "Customers recognised the line {slogan} even without the logo.",
        "The tagline {slogan} appears at the end of every advert.",
        "A parody of {slogan} went viral on {app}.",
    ],
    "email-subject": [
        "The welcome email's subject line was ‘Welcome to the family’.",
        "An A/B test compared ‘20% off ends tonight’ with ‘Last chance for 20% off’.",
        "The push notification read “Your order is out for delivery”.",
        "One basket reminder simply said 'You left something behind'.",
        "The SMS read ‘Hi [First Name], your code is inside’ and had a high click rate.",
    ],
    "review-quote": [
        "One Trustpilot review ({stars} stars, {month} {Y}) said the delivery was ‘quicker than promised’.",
        "A customer on Google Reviews wrote that the staff were ‘really helpful’.",
        "Survey comments included ‘too expensive for what it is’ and ‘love the app’.",
        "The app has a rating of {stars} on the App Store ({n} reviews).",
        "Several respondents described the brand as “a treat”.",
    ],
    "age-range": [
        "The primary segment is women aged {age} living in cities.",
        "Gen Z (born 1997-2012) make up a growing share of shoppers.",
        "Millennials (born 1981–1996) are the main buyers of the premium range.",
        "Respondents ({age}) were recruited through social media.",
        "Baby boomers (aged 60+) are less likely to use the app.",
    ],
    "ticker-company-number": [
        "{B} is listed on the London Stock Exchange ({ticker}).",
        "The parent company ({ticker}) saw its share price fall after the results.",
        "Companies House lists the firm under company number {n}{n}.",
        "The shares ({ticker}) have outperformed the FTSE 250 this year.",
    ],
    "standard-version": [
        "The company holds {standard} certification.",
        "Suppliers must meet {standard} before they are approved.",
        "The research followed ISO 20252:2019 for market research.",
        "{B} became a certified B Corp (score 84.6) last year.",
        "Its carbon-neutral claim relies on {standard}.",
    ],
    "season-sport": [
        "{B} sponsored the club's kit for the 2023/24 season.",
        "Attendance (2022/23 season) was the highest on record.",
        "The shirt deal runs to the end of the 2026/27 season.",
        "The Hundred (2021 onwards) has brought cricket to a younger audience.",
    ],
    "version-release": [
        "The new app (version 4.2) added one-tap reordering.",
        "Since iOS 14.5 (April 2021), tracking across apps needs permission.",
        "Google's Consent Mode v2 (March 2024) changed how cookies are handled.",
        "The old website (pre-2022) was not mobile friendly.",
        "The loyalty scheme relaunched as version two in spring.",
    ],
}  # fmt: skip
