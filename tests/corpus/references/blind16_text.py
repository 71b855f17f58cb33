"""Prose for the sixteenth held-out pool, "blind16": sentence frames, claims and non-citation decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses.

Written by a sixteenth hand, without reading the checker, its tests or the other pools' frames, decoys and works,
from how three kinds of writer put a marketing report together: hurried final-year undergraduates writing the night
before (loose commas, mixed citation habits, the odd typo a marker lets pass), CIM Level 4 learners in small firms in
Scotland, Wales and Ireland, and marketing assistants in manufacturing, about industrial B2B manufacturing, logistics
and couriers, outdoor and camping gear, coffee chains, supermarket own brands, mobile games, travel agencies, local
councils, weddings and events and charity shops. Citations open, sit inside and close sentences, follow "as",
"according to", "like" and "(see ...)", stand in table and figure notes and in lists, and are possessive. The decoys are
text with a capitalised name, a year, a bracket or quotation marks that is not a citation; their kinds are the keys of
NOT_CITATIONS below.

Placeholders: ``{N}`` narrative citation, ``{P}`` parenthetical citation (``{P:see}`` writes a word inside its
bracket), ``{Q}`` a quotation or quoted words, ``{C}``/``{C2}`` a claim, ``{O}`` an opener, ``{B}`` a brand,
``{A}`` an audience, ``{R}`` a result, ``{T}`` a tactic, ``{Y}``/``{Y2}`` years, ``{n}``/``{q}``/``{d}`` numbers, and the
keys of ``values()`` below. Decoy frames hold no citation slot. Claims are clauses in lower case with no full
stop; openers are phrases written before a comma.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} argues that {C}.",
    "{N} found that {C}, which is relevant to {B}.",
    "{N} suggests {C}.",
    "{N} points out that {C} and this is definately the case for {B}.",
    "{N} showed that {C}; however {C2}.",
    "{N} notes that {C}, especially among {A}.",
    "{N} claim that {C}.",
    "{N} makes the point that {C}, although {B} has been slow to act on it.",
    "{N} describes how {C}.",
    "{N} reported that {C} in {Y2}.",
    "{N} highlights that {C}.",
    "{N} explains that {C}, so {B} should focus on {R}.",
    "{N} is useful here as they show that {C}.",
    "{N} warns that {C}.",
    "{N} agrees, adding that {C}.",
    "{N} state that {C}.",
    "{N} recommend that firms like {B} accept that {C}.",
    "{N} also found that {C}.",
    "{N} goes further and says that {C}.",
    "{N} looked at {n} small firms in {city} and found that {C}.",
    "{N} gives the example of {B}, where {C}.",
    "{N} - {C}.",
]

NARRATIVE_MID = [
    "As {N} argues, {C}.",
    "According to {N}, {C}.",
    "According to {N} {C}.",
    "This matches what {N} found, that {C}.",
    "{O}, {N} notes that {C}.",
    "For {B}, the point made by {N} is that {C}.",
    "Research by {N} shows that {C}.",
    "A study by {N} of {n} businesses found that {C}.",
    "It is worth noting that {N} found {C}.",
    "In contrast, {N} argue that {C}.",
    "This is backed up by {N}, who found that {C}.",
    "Similarly {N} say that {C}.",
    "Using the model from {N}, it can be seen that {C}.",
    "The {Y} figures from {N} show that {C}.",
    "Building on this, {N} suggests that {C}.",
    "Writers like {N} believe that {C}.",
    "However, as pointed out by {N}, {C}.",
    "The marketing team at {B} could learn from {N}, who shows that {C}.",
    "Table {q} is adapted from {N} and shows that {C}.",
    "Source: adapted from {N}; it shows that {C}.",
    "Looking at the data from {N} it is clear that {C}.",
    "I would agree with {N} that {C}.",
    "On the other hand {N} found {C}.",
    "This is why {N} recommend that {C}.",
]

POSSESSIVE = [
    "{N} study found that {C}.",
    "Using {N} framework, {C}.",
    "{N} report shows that {C}.",
    "{N} research into {A} suggests that {C}.",
    "According to {N} figures, {C}.",
    "{N} model is useful for {B} because {C}.",
    "{N} view is that {C}.",
    "Applying {N} ideas to {B} shows that {C}.",
    "{N} data (Table {q}) shows that {C}.",
    "{N} findings suggest {C}.",
    "Based on {N} survey, {C}.",
]

PARENTHETICAL_END = [
    "{C} {P}.",
    "{C} {P}.",
    "{C}, particularly for {A} {P}.",
    "{O}, {C} {P}.",
    "{C} and {C2} {P}.",
    "It is widely accepted that {C} {P}.",
    "{B} should remember that {C} {P}.",
    "{C} {P:see}.",
    "{C} {P:e.g.}.",
    "{C} {P:see also}.",
    "{C} {P:cf.}.",
    "Research suggests that {C} {P}.",
    "This is important because {C} {P}.",
    "{C}, which is why {B} needs to think about {R} {P}.",
    "In {city}, {C} {P}.",
    "{C} - this is true across {A} as well {P}.",
    "Studies have found that {C} {P}.",
    "{C} {P}, and {B} is no exception.",
    "Figure {q}: the {T} funnel for {B} {P}.",
    "Table {q}: key figures for {B}, {Y}-{Y2} {P}.",
    "Source: {P}.",
    "{B} sells to {A}, and {C} {P}.",
    "There is evidence that {C} {P:for example,}.",
    "{C} (as discussed in section {q}) {P}.",
]

PARENTHETICAL_MID = [
    "{C} {P} and this means {B} must get better at {T}.",
    "Many authors {P} agree that {C}.",
    "The {T} approach {P} suggests that {C}.",
    "{B}'s main rivals {P} all show that {C}.",
    "{O}, the evidence {P} shows {C}.",
    "Key account management {P} is seen as important because {C}.",
    "The 7Ps {P} can be applied here as {C}.",
    "Ansoff's matrix {P} helps show that {C}.",
    "Recent reports {P} say {C}.",
    "Some writers {P:e.g.} argue that {C}.",
    "The figures for {city} {P} show that {C}.",
    "{B} {P} has found that {C}.",
    "Segmentation {P} is useful because {C}.",
    "As mentioned {P}, {C}.",
    "The customer journey {P:see} shows that {C}.",
]

CLAIMS = [
    "own-label ranges now compete on quality rather than just on price",
    "B2B buyers do most of their research before they ever speak to a sales rep",
    "trust in couriers drops sharply after a single missed delivery",
    "small firms rarely have a written marketing plan",
    "loyalty apps keep coffee drinkers coming back more than paper stamp cards",
    "customers of outdoor brands care about durability more than fashion",
    "most mobile game revenue comes from a very small share of players",
    "travel agents still matter to older customers booking package holidays",
    "councils struggle to reach residents under 35 through traditional channels",
    "couples now plan their wedding almost entirely on Instagram and Pinterest",
    "charity shops benefit when shoppers are trying to cut back",
    "trade shows remain the main source of leads for industrial manufacturers",
    "price rises hit brand trust harder when they are not explained",
    "delivery tracking updates reduce calls to customer service",
    "LinkedIn works better than other platforms for reaching engineering buyers",
    "sustainability claims are often met with scepticism by {A}",
    "word of mouth is still the strongest driver of new customers for small firms",
    "switching costs keep industrial customers with the same supplier for years",
    "seasonal demand makes cash flow hard for outdoor retailers",
    "coffee chains use limited-edition drinks to create a sense of urgency",
    "reviews on Google and Tripadvisor shape bookings more than advertising",
    "reshoring has given UK manufacturers a new marketing message",
    "in-app purchases work best when players feel they are not forced to pay",
    "local pride is a strong theme for Scottish and Welsh brands",
    "a clear value proposition makes the sales team's job easier",
    "customer service is a marketing tool as much as an operational one",
    "firms that segment their customers carefully waste less of their budget",
    "shoppers trade down to own brands when household budgets are squeezed",
    "volunteers are the public face of most charity shops",
    "personalised emails get higher open rates than generic ones",
    "most suppliers to {B} are chosen on reliability rather than price",
    "the marketing mix has to be adapted for services, which are intangible",
    "brand heritage can justify a price premium",
    "people are more likely to buy from a brand they see their friends using",
    "the cost of living crisis has changed how {A} spend",
    "first impressions of a website affect whether a buyer trusts a supplier",
    "short video content gets more engagment than static posts",
    "tender documents are often the first real contact with a public sector client",
    "events give small businesses a chance to meet customers face to face",
    "{B} relys heavily on a handful of large accounts",
    "buyers in manufacturing want technical detail, not slogans",
    "the pandemic sped up the move to online ordering",
]

OPENERS = [
    "In {city}",
    "For {B}",
    "In the B2B market",
    "On the other hand",
    "However",
    "In addition",
    "From a marketing point of view",
    "In terms of {T}",
    "For small firms in Wales",
    "When it comes to own brands",
    "Looking at the outdoor market",
    "In the courier sector",
    "Since the pandemic",
    "Over the last five years",
    "At {B}",
    "For a charity shop",
    "In practice",
    "To be honest",
    "Overall",
    "In Ireland",
]

PLAIN = [
    "This section looks at the current situation at {B}.",
    "The next part of the report will apply this to {B}.",
    "{B} has been trading in {city} for over {n} years.",
    "The table below sums up the main points.",
    "This links back to the objectives set in Task 1.",
    "There are strengths and weaknesses to this approach.",
    "Firstly, the external environment will be discussed.",
    "I work in the marketing team so I have seen this first hand.",
    "Three options are set out below.",
    "The recommendations are in order of priority.",
    "Budget is the biggest constraint for a firm of this size.",
    "This is discussed further in Task 2.",
    "The team is small, just two people plus an agency.",
    "These points are summarised in Figure {q}.",
    "Each option is rated on cost, time and fit with the brand.",
    "{B} does not currently measure customer satisfaction.",
]

QUOTE_FRAMES = [  # a direct quotation; {P} or {N} carries a page locator unless the problem is planted
    "{N} puts it simply: {Q}.",
    "As {N} says, {Q}.",
    "{Q} {P}.",
    "One definition is that {Q} {P}.",
    "In the words of {N}, {Q}.",
    "According to {N} {Q}.",
    "{N} wrote that {Q}, which sums up the problem for {B}.",
    "It has been argued that {Q} {P}, and this is true of {B}.",
    "{B} seems to ignore the warning that {Q} {P}.",
    "{N} describe it this way: {Q}.",
    "A good quote to sum this up is {Q} {P}.",
    "Marketing is about relationships and {Q} {P}.",
]

SCARE_QUOTES = ["‘premium’", "'artisan'", "“locally sourced”", "‘Scottish’", "‘next-day’", "‘carbon neutral’", "'free' returns",
                "‘ethical’", "‘handcrafted’", "“world-class”", "‘family-run’", "‘rugged’", "'pre-loved'", "‘bespoke’", "‘seamless’",
                "“quality”", "‘heritage’", "‘free-to-play’", "‘all-inclusive’", "‘vintage’"]  # fmt: skip

SCARE_FRAMES = [
    "{B} calls its range {Q}, though nothing on the pack explains why {P}.",
    "Many firms now promise {Q} service, which customers rarely believe {P}.",
    "{N} questions whether {Q} claims mean anything to trade buyers.",
    "The word {Q} appears on nearly every menu board in {city}.",
    "Calling a game {Q} when it pushes players to pay is risky {P}.",
    "Shoppers see {Q} as a reason to pay more {P}.",
    "What counts as {Q} is not defined anywhere in the sector.",
]

SUBJECT_LINES = ["‘Your parcel is arriving today between 10:15 and 11:15’", "'Flash sale: 20% off tents this weekend only'",
                 "“Last chance to book your summer {yr} holiday”", "‘Your free spin is waiting!’", "‘We've missed you - here's 10% off’",
                 "'New in: Specially Selected festive range'", "‘Can you spare an hour a week?’", "“Your order has been dispatched”",
                 "‘Meet us on stand B42 at {event}’", "'Save the date!'", "‘Double stamps all week’", "“Thank you for your donation”"]  # fmt: skip

SUBJECT_FRAMES = [
    "The push notification {Q} is a good example of keeping customers informed {P}.",
    "The email with the subject line {Q} had the best open rate in the trial.",
    "{N} found that subject lines like {Q} raise open rates.",
    "Messages such as {Q} build urgency {P}.",
    "Their last newsletter went out as {Q}, which got a {pct} open rate.",
    "A subject line like {Q} is short and clear {P}.",
]

# Text that is not a citation: a name, a year, a bracket or quotation marks, each as students write them.
NOT_CITATIONS: dict[str, list[str]] = {
    "product-with-year": [
        "The {gear} ({yr} version) is their best seller.",
        "{B} relaunched its {product} range in {yr} with new packaging.",
        "The {yr} model of the {gear} is lighter than the old one.",
        "Sales of the {gear} doubled after the {yr} update.",
    ],
    "campaign-name": [
        "The ‘Get Outside {yr}’ campaign ran on TikTok and YouTube.",
        "Their 'Summer of Savings {yr}' push was mostly email and in-store posters.",
        "{B} ran the “Home Grown” campaign in autumn {yr}.",
        "The Big Brew campaign ({yr}) raised money for local food banks.",
    ],
    "event-with-year": [
        "{B} exhibited at {event} {yr} for the first time.",
        "We had a stand at {event} ({yr}) which brought in {n} leads.",
        "The team is going to {event} {yr} in {city}.",
        "Footfall at {event} {yr} was down on the year before.",
    ],
    "award-with-year": [
        "{B} won Best Newcomer at the {award} {yr}.",
        "They were shortlisted for the {award} ({yr}).",
        "Winning at the {award} in {yr} gave the brand a boost.",
    ],
    "tv-series": [
        "The founder appeared on {show} (series {q}) and sales jumped.",
        "{show} ({yr}) made the town a tourist spot overnight.",
        "Product placement in {show} is one option, although costly.",
    ],
    "song-credit": [
        "The advert used ‘I'm Gonna Be (500 Miles)’ by The Proclaimers (1988).",
        "Their TikTok used the sound ‘Dancing Queen’ (ABBA, 1976).",
        "The jingle borrows from ‘Sweet Caroline’ by Neil Diamond (1969).",
    ],
    "game-title-year": [
        "Supercell released {game} in {yr}.",
        "{game} ({yr}) is the main competitor in this genre.",
        "Players who started on {game} in {yr} are now in their twenties.",
    ],
    "law-with-year": [
        "The {act} changed how firms handle complaints.",
        "Under the {act} the firm must be clear about its terms.",
        "The {act} came into force and {B} updated its website.",
        "Suppliers to the council now have to follow the {act}.",
    ],
    "standard-number": [
        "The plant is certified to {std}.",
        "All sleeping bags are rated to {std}.",
        "Getting {std} took {B} nearly two years.",
        "Buyers often ask for {std} before they will even quote.",
    ],
    "place-with-year": [
        "Glasgow 2014 left the city with new venues for events.",
        "The Cardiff of {yr} is very different to the city of ten years ago.",
        "{city} ({yr} population about {n},000) is the main market.",
    ],
    "interviewee": [
        "{person} ({role}, interviewed {month} {yr}) said the budget had been cut.",
        "I spoke to {person}, {role}, in {month} {yr} about this.",
        "The {role} ({person}) explained that most orders come by phone.",
    ],
    "job-title-tenure": [
        "She was {role} at {B} (2016-2021) before joining us.",
        "The current {role} has been in post since {yr}.",
        "{person}, {role} from {yr} to {yr2}, set up the first website.",
    ],
    "financial-period": [
        "Revenue grew {pct} in {fy}.",
        "Profits fell in {fy} because of fuel costs.",
        "The figures for {fy} are shown in Appendix {q}.",
        "The budget for {fy} is {money}.",
    ],
    "figure-with-year-bracket": [
        "Turnover was {money} (2019 revenue) and has grown since.",
        "The firm employs {n} staff ({yr} figure).",
        "Market share is about {pct} ({yr}).",
        "Online sales were {money} ({yr}) against {money2} the year before.",
    ],
    "abbreviation-with-year": [
        "Their NPS ({yr}) was +{n}.",
        "The PESTLE ({yr} update) is in Appendix {q}.",
        "The SWOT from {yr} is now out of date.",
        "The KPIs for {yr} are set out in Table {q}.",
    ],
    "founding-date": [
        "{B} was founded in {city} in 19{d2}.",
        "Tunnock's (est. 1890) still make everything in Uddingston.",
        "The business (established {yr}) started as a market stall.",
    ],
    "lifespan": [
        "The founder, Thomas Lipton (1848-1931), opened his first shop in Glasgow.",
        "Robert Owen (1771-1858) is seen as an early thinker on cooperation.",
        "The mill was built by David Dale (1739-1806).",
    ],
    "section-pointer": [
        "This is covered in more detail below (see Section {q}.{d}).",
        "The full results are in the appendix (see Appendix B, Table {q}).",
        "(See Figure {q} above.)",
        "As shown earlier (Section {q}), this is a weakness.",
    ],
    "figure-caption": [
        "Figure {q}: Market share of UK parcel carriers, {yr}.",
        "Table {q} - Comparison of {B} and its competitors ({yr} prices)",
        "Figure {q}. Customer journey map for a wedding booking (own work).",
    ],
    "brand-list-bracket": [
        "The big discounters (Aldi, Lidl) have pushed the others to improve own label.",
        "The main couriers (DPD, Evri, Royal Mail and Yodel) compete mostly on price.",
        "Competitors (Costa, Caffè Nero and Starbucks) all have loyalty apps.",
        "Rival outdoor shops (Tiso, Blacks, Go Outdoors) stock similar brands.",
    ],
    "eponymous-model": [
        "Porter's Five Forces is used to look at the industry.",
        "Maslow's hierarchy of needs helps explain why safety matters to parents.",
        "The Ansoff matrix shows four growth options.",
        "Kotler's 4Ps were extended to 7Ps for services.",
    ],
    "handle": [
        "Their account {handle} has {n}k followers.",
        "Customers often complain to {handle} on X.",
        "We tagged {handle} in the post and they shared it.",
    ],
    "hashtag": [
        "The hashtag {tag} had over {n},000 posts.",
        "Posts with {tag} got the most engagement.",
        "{tag} was trending in {month} {yr}.",
    ],
    "ticker": [
        "{B} is listed on the London Stock Exchange (LSE: WEIR).",
        "The share price (LON: RSW) fell {pct} on the news.",
        "International Distribution Services (IDS.L) owns Royal Mail.",
    ],
    "date-in-brackets": [
        "The new depot opened last year (14 March {yr}).",
        "The price rise (1 April {yr}) was not explained to customers.",
        "The email went out on a Friday ({d} {month} {yr}).",
    ],
    "age-range": [
        "The target segment is women aged {age} ({yr} data).",
        "Most players are {age}.",
        "Couples (aged {age}) book through apps.",
    ],
    "version-number": [
        "The app (version {q}.{d}, released {yr}) added Apple Pay.",
        "Since iOS 14.5 tracking has been much harder for game studios.",
        "The ordering portal moved to version {q}.0 in {yr}.",
    ],
    "council-plan": [
        "The Council Plan 2022-2027 sets out three priorities.",
        "{council} is consulting on its budget for {fy}.",
        "{council} declared a climate emergency in {yr}.",
    ],
    "season": [
        "Summer {yr} was one of the wettest on record, which hit tent sales.",
        "The {yr}/{yy} ski season was short.",
        "Wedding season {yr} is already fully booked.",
    ],
    "course-module": [
        "This report is for the CIM Level 4 Certificate ({yr} syllabus).",
        "We covered this in {module} in semester {q}.",
        "I am in year {q} of BA (Hons) Marketing ({yr} intake).",
    ],
    "own-survey": [
        "My own survey (n = {n}, {month} {yr}) found most customers buy online.",
        "A quick poll of staff ({n} responses) backed this up.",
        "Our customer survey ({month} {yr}) had a response rate of {pct}.",
    ],
    "vehicle-model": [
        "The fleet is moving to the {vehicle} ({yr} model).",
        "{B} bought {n} {vehicle} vans in {yr}.",
        "The {vehicle} has a range of about 150 miles.",
    ],
    "ranking": [
        "{game} was ranked {rank} in the App Store (June {yr}).",
        "{B} came {rank} in the Which? survey.",
        "The shop is {rank} out of {n} on Tripadvisor.",
    ],
    "sports-season": [
        "{B} sponsors a team in the {yr}/{yy} Scottish Premiership.",
        "Shirt sponsorship for the {yr}/{yy} season cost {money}.",
        "The Six Nations ({yr}) was a big week for pubs and cafes.",
    ],
    "charity-appeal": [
        "The {appeal} {yr} raised {money}.",
        "Shops took part in {appeal} ({yr}).",
        "The {appeal} is the busiest week of the year for donations.",
    ],
    "search-term": [
        "Searches for {search} go up every {month}.",
        "The keyword {search} has {n}0 searches a month.",
        "We rank on page one for {search}.",
    ],
    "slogan": [
        "{B}'s slogan is {slogan}.",
        "Everyone knows {slogan} from the TV adverts.",
        "A new strapline, {slogan}, was tested with {n} customers.",
    ],
    "referendum-election": [
        "After the Brexit referendum (2016) exports to the EU got harder.",
        "The Scottish independence referendum (2014) split opinion in the town.",
        "Since the {yr} election the council has changed its priorities.",
    ],
    "company-suffix-name": [
        "Orders are packed by J. Fraser & Sons Ltd (est. 1921).",
        "The supplier, McKinnon Engineering (Scotland) Ltd, makes the brackets.",
        "Our distributor is Ó Briain Bros. Ltd in Cork.",
    ],
    "postcode-address": [
        "The depot is at Unit {q}, {depot} Industrial Estate.",
        "The shop moved to 12 High Street (PH1 5TJ) in {yr}.",
        "Collections are from {depot} (open 7am-7pm).",
    ],
    "price-with-year": [
        "A flat white costs £3.45 ({yr} price).",
        "The average wedding cost £{n},000 in {yr}.",
        "Tents start at £{n}.99 (spring {yr} range).",
    ],
    "inflation-index": [
        "CPI ({month} {yr}: {pct}) is squeezing budgets.",
        "Fuel duty (frozen since 2011) keeps haulage costs down slightly.",
        "Food inflation peaked at 19.1% in March 2023.",
    ],
    "conference-name": [
        "Multimodal {yr} at the NEC is the main logistics show.",
        "We sent two people to Digital Marketing World Forum ({yr}).",
        "EGX {yr} attracted {n},000 visitors.",
    ],
    "lecturer-said": [
        "In the week {q} lecture we were told to use the SOSTAC model.",
        "Our tutor (Mr {surname}) said to use at least ten sources.",
        "My line manager, {person}, agreed with this in a meeting in {month}.",
    ],
    "quoted-customer": [
        "One customer said the delivery was 'late again'.",
        "A review on Trustpilot simply said “never again”.",
        "Staff describe the busy period as ‘mental’.",
        "Someone on Facebook wrote 'best coffee in {city}'.",
    ],
    "title-of-ad": [
        "The John Lewis advert ‘The Bear and the Hare’ (2013) is still talked about.",
        "Aldi's Christmas advert ‘Kevin the Carrot’ ({yr}) was shared widely.",
        "Irn-Bru's ‘Snowman’ advert ({yr} rerun) is a Scottish favourite.",
    ],
    "road-route": [
        "Most deliveries go up the A9 to Inverness.",
        "The M8 (Junction {q}) is only five minutes from the site.",
        "The ferry to Stornoway ({n} sailings a week) limits stock levels.",
    ],
    "percentage-bracket": [
        "Most sales ({pct}) come from repeat customers.",
        "A big share of stock ({pct}) is donated in January.",
        "Only a few buyers ({pct}) use the online portal.",
    ],
}

BRANDS = ["The Weir Group", "Howdens", "Tunnock's", "Costa Coffee", "Caffè Nero", "Black Sheep Coffee", "Aldi", "Lidl", "Tesco",
          "Co-op", "DPD", "Evri", "Royal Mail", "Pallet-Track", "Go Outdoors", "Tiso", "Alpkit", "Mountain Warehouse", "Supercell",
          "Hays Travel", "Jet2holidays", "TUI", "Oxfam", "Barnardo's", "British Heart Foundation", "Renishaw", "Wincanton",
          "Glasgow City Council", "Harris Tweed Hebrides", "Mackie's of Scotland", "Hitched", "Brewgooder"]  # fmt: skip
FIRSTS = [
    "Fiona",
    "Gareth",
    "Declan",
    "Ewan",
    "Mared",
    "Sinéad",
    "Karen",
    "Ross",
    "Aled",
    "Siobhan",
    "Marek",
    "Priya",
    "Craig",
    "Niamh",
]
LASTS = [
    "Grieve",
    "Pugh",
    "Murphy",
    "Sinclair",
    "Hughes",
    "Carey",
    "McBride",
    "Davies",
    "Kowalczyk",
    "Patel",
    "Boyle",
    "Ó Ceallaigh",
]
CITIES = ["Glasgow", "Edinburgh", "Aberdeen", "Dundee", "Inverness", "Cardiff", "Swansea", "Wrexham", "Belfast", "Derry", "Cork",
          "Galway", "Stirling", "Aberystwyth", "Fort William", "Oban", "Limerick", "Newport"]  # fmt: skip
COUNCILS = ["Fife Council", "Glasgow City Council", "Gwynedd Council", "Cardiff Council", "Cork County Council", "The Highland Council",
            "Dundee City Council", "Belfast City Council", "Aberdeenshire Council", "Conwy County Borough Council"]  # fmt: skip
GAMES = ["Clash of Clans", "Candy Crush Saga", "Monument Valley", "Hay Day", "Brawl Stars", "Royal Match", "Pokémon GO",
         "Subway Surfers", "Stumble Guys", "Football Manager Mobile"]  # fmt: skip
GEAR = ["Alpkit Soloist tent", "Rab Microlight Alpine jacket", "Vango Odyssey Air 500", "Berghaus Hillwalker boot", "Coleman Ridgeline 4",
        "Jetboil Flash stove", "Tiso Ben Nevis softshell", "Sprayway Hebrides jacket"]  # fmt: skip
PRODUCTS = ["Tesco Finest", "Specially Selected", "Taste the Difference", "Co-op Irresistible", "Lidl Deluxe", "M&S Collection",
            "Morrisons The Best", "Asda Extra Special"]  # fmt: skip
EVENTS = ["The Outdoor Show", "Royal Highland Show", "the National Wedding Show", "Logistics UK Summit", "the Scottish Wedding Show",
          "Hay Festival", "the Royal Welsh Show", "Engineering Expo", "ScotExpo", "the Ideal Home Show"]  # fmt: skip
AWARDS = ["Scottish Export Awards", "Made in Wales Awards", "Grocer Own Label Awards", "Motor Transport Awards", "Wedding Industry Awards",
          "Charity Retail Awards", "Scottish Thistle Awards", "Great Taste Awards", "Pocket Gamer Mobile Games Awards"]  # fmt: skip
SHOWS = ["Dragons' Den", "The Apprentice", "The Traitors", "Don't Tell the Bride", "Gavin & Stacey", "Still Game", "Derry Girls",
         "Outlander", "Shetland"]  # fmt: skip
ACTS = ["Consumer Rights Act 2015", "Procurement Act 2023", "Equality Act 2010", "Package Travel Regulations 2018",
        "Modern Slavery Act 2015", "Subsidy Control Act 2022", "Welsh Language (Wales) Measure 2011", "Charities Act 2022",
        "Deposit and Return Scheme for Scotland Regulations 2020"]  # fmt: skip
STANDARDS = ["ISO 9001:2015", "ISO 14001:2015", "BS EN ISO 20345:2022", "ISO 23537-1:2022", "ISO 45001:2018", "PAS 2060",
             "BS EN 13537", "AS9100D"]  # fmt: skip
ROLES = ["Operations Director", "Head of Marketing", "Own Brand Category Manager", "Depot Manager", "Shop Manager",
         "Wedding Coordinator", "Area Sales Manager", "Community Fundraiser", "Managing Director", "Export Manager"]  # fmt: skip
HANDLES = ["@DPD_UK", "@tisoofficial", "@BlackSheepCoffee", "@HaysTravel", "@GlasgowCC", "@alpkit", "@OxfamGB", "@evri",
           "@aldiuk", "@supercell"]  # fmt: skip
TAGS = ["#ShopLocal", "#VanLife", "#WildCampingScotland", "#OwnBrandChallenge", "#CharityShopFinds", "#ScottishWedding",
        "#MadeInWales", "#ThriftHaul", "#CoffeeTok", "#BuyBritish"]  # fmt: skip
SLOGANS = ["‘Every little helps’", "'Everyday Amazing'", "“Big on quality, Lidl on price”", "‘Made in Scotland from girders’",
           "'Your parcel, your way'", "‘Go further for less’", "“Pre-loved, re-loved”", "‘Built in Glasgow since 1871’"]  # fmt: skip
SEARCHES = ["‘tents for sale near me’", "'cheap holidays to Tenerife'", "‘same day courier Glasgow’", "“charity shops open Sunday”",
            "‘wedding venues Scotland’", "'best flat white Cardiff'", "‘industrial valves supplier UK’"]  # fmt: skip
MODULES = [
    "MKT301",
    "Marketing Principles",
    "Module 2 (Customer Communications)",
    "BMK5002",
    "Digital Marketing Strategy",
]
DEPOTS = ["Eurocentral", "Bellshill", "Magor", "Deeside", "Newbridge", "Dunfermline", "Bridgend", "Newhouse"]
APPEALS = [
    "Christmas Appeal",
    "Big Give",
    "Red Nose Day",
    "Children in Need",
    "Macmillan Coffee Morning",
    "Winter Coat Drive",
]
VEHICLES = ["Ford E-Transit", "Mercedes eSprinter", "Volvo FH Electric", "DAF XF", "Vauxhall Vivaro Electric"]
AGES = ["18-24", "25 to 34", "35-44", "over 55", "16-19", "25-40"]
RANKS = ["1st", "2nd", "3rd", "5th", "9th", "12th", "20th", "41st"]
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
MONEY = ["£1.2m", "€3.4 million", "£480k", "£27.5bn", "£65,000", "£2.3 million", "€900,000"]


def values(rng: random.Random) -> dict[str, str]:
    """Fill values the frames and decoys of this pool use, beside the builder's own."""
    year = rng.randint(2015, 2025)
    fiscal = rng.choice([f"FY{year}/{(year + 1) % 100:02d}", f"FY{year % 100:02d}", f"{year}/{(year + 1) % 100:02d}", f"H1 {year}",
                         f"Q{rng.randint(1, 4)} {year}", f"the year to March {year}", f"FY{year}-{(year + 1) % 100:02d}"])  # fmt: skip
    return {
        "yr": str(year), "yr2": str(year + rng.randint(1, 4)), "yy": f"{(year + 1) % 100:02d}", "d2": str(rng.randint(20, 99)),
        "city": rng.choice(CITIES), "council": rng.choice(COUNCILS), "game": rng.choice(GAMES), "gear": rng.choice(GEAR),
        "product": rng.choice(PRODUCTS), "event": rng.choice(EVENTS), "award": rng.choice(AWARDS), "show": rng.choice(SHOWS),
        "act": rng.choice(ACTS), "std": rng.choice(STANDARDS), "fy": fiscal, "role": rng.choice(ROLES),
        "person": f"{rng.choice(FIRSTS)} {rng.choice(LASTS)}", "surname": rng.choice(LASTS), "month": rng.choice(MONTHS),
        "pct": f"{rng.randint(3, 78)}%", "money": rng.choice(MONEY), "money2": rng.choice(MONEY), "handle": rng.choice(HANDLES), "tag": rng.choice(TAGS),
        "slogan": rng.choice(SLOGANS), "search": rng.choice(SEARCHES), "module": rng.choice(MODULES), "depot": rng.choice(DEPOTS),
        "appeal": rng.choice(APPEALS), "vehicle": rng.choice(VEHICLES), "age": rng.choice(AGES), "rank": rng.choice(RANKS),
    }  # fmt: skip
