"""Prose for the thirteenth held-out pool, "blind13": sentence frames, claims and non-citation decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses.

Written by a thirteenth hand, without reading the checker, its tests or the other pools' frames, decoys and works,
from how these people write marketing reports: small-business owners doing the CIM Certificate ("in my own
business"), agency account executives writing about a client, in-house marketers in multinationals writing about
the global brand team, and students writing group reports ("our group", "we"). Their sectors are digital and
creative agencies, influencer and creator marketing, charities and fundraising, publishing, news media and
streaming, property and estate agents, fitness and wellness, luxury and fashion resale, toys and family brands, and
B2B SaaS in Europe. Citations open and close sentences, sit after "as", "according to", "following", "unlike",
"building on", inside table and figure notes ("Source: adapted from"), carry "see", "e.g.", "cf.", "adapted from"
or "data from" inside the bracket, and are possessive. The decoys are text with a capitalised name, a year, a
bracket, a page or quotation marks that is not a citation; their kinds are the keys of NOT_CITATIONS below.

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
    "{N} found that {C}.",
    "{N} suggests that {C}, which matches what we see with our clients.",
    "{N} makes the point that {C}.",
    "{N} reported that {C} across the UK market.",
    "{N} notes that {C}; for a small business like mine this matters a great deal.",
    "{N} goes further, claiming that {C}.",
    "{N} describe {T} as one of the few tactics where {C}.",
    "{N} shows that {C}, although the sample was small and mostly London-based.",
    "{N} identifies three reasons why {C}.",
    "{N} observed that {C} during and after the pandemic.",
    "{N} is clear that {C}.",
    "{N} warns charities that {C}.",
    "{N} recommends that {B} should test {T} first, because {C}.",
    "{N} points out that {C}, and our client data tells the same story.",
]

NARRATIVE_MID = [
    "As {N} points out, {C}.",
    "According to {N}, {C}.",
    "Our group agreed with {N}, who argues that {C}.",
    "This is supported by {N}, who found that {C}.",
    "It is worth noting, as {N} does, that {C}.",
    "Research by {N} shows that {C}.",
    "A study by {N} into {T} found that {C}.",
    "For {B}, the work of {N} is relevant because {C}.",
    "Source: adapted from {N}.",
    "Figure {q} adapts the customer journey model from {N} to {B}'s audience.",
    "Table {q} compares the three options using criteria taken from {N}.",
    "Building on {N}, we recommend that {B} puts more budget into {T}.",
    "{O}, {N} warns that {C}.",
    "Unlike {N}, we found that {C}.",
    "In contrast, {N} argued that {C}.",
    "Both the client and {N} agree that {C}.",
    "The framework proposed by {N} was used to structure this section.",
    "Following {N}, the segments are ranked by size, reach and fit with the brand.",
    "In my own business I have seen what {N} describes: {C}.",
    "Our account director often shares {N} with new clients, since {C}.",
    "When we pitched to {B}, we leaned on {N} to show that {C}.",
]

POSSESSIVE = [
    "{N} study of {A} found that {C}.",
    "{N} model is used here because {C}.",
    "Using {N} framework, we mapped the touchpoints for {B}.",
    "{N} research into {T} suggests that {C}.",
    "According to {N} survey, {C}.",
    "{N} definition is the one our group adopted.",
    "{N} findings support the view that {C}.",
    "We applied {N} checklist to the client's last three campaigns.",
]

PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "It has been argued that {C} {P}.",
    "Evidence suggests that {C} {P}.",
    "For small firms, {C} {P}.",
    "{C}, which is why {B} has invested heavily in {T} {P}.",
    "{C} {P:see}.",
    "{C} {P:e.g.}.",
    "{C} {P:cf.}.",
    "{C} {P:see also}.",
    "Note: figures for {B} are estimates based on {T} benchmarks {P:adapted from}.",
    "Source: the group's own analysis, using market data {P:from}.",
    "Three trends stand out: {T}, {tactic2} and {tactic3} {P}.",
    "Younger donors prefer one-off gifts online, while older donors still give by direct debit {P}.",
    "Engagement rates are higher for creators with fewer followers {P}.",
    "This matters for {B} because {C} {P}.",
    "In B2B SaaS, {C} {P}.",
    "Trust is the deciding factor when vendors choose an estate agent {P}.",
]

PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "Research {P} shows that {C}.",
    "{C} {P}; however, {C2}.",
    "Some authors {P} argue that {C}.",
    "This view {P} is shared by many practitioners, who believe that {C}.",
    "The marketing mix {P:see} is still useful for a small business, but {C}.",
    "{B}'s approach {P:e.g.} shows that {C}.",
    "Although {C} {P}, {C2}.",
    "Recent figures {P} suggest that {C}, so {B} cannot ignore it.",
    "Creators {P} are now treated as media owners, and {C}.",
    "As a result {P}, {C}.",
]

CLAIMS = [
    "micro-influencers earn more trust than celebrities among {A}",
    "undisclosed paid partnerships damage trust in both the creator and the brand",
    "regular givers are worth far more over their lifetime than one-off donors",
    "donors who receive a thank-you call within a week are more likely to give again",
    "BookTok has changed which titles publishers choose to promote",
    "audiobook listening has grown faster than print sales",
    "subscription fatigue is pushing viewers towards ad-supported tiers",
    "local news brands struggle to turn loyal readers into paying subscribers",
    "most vendors still choose an estate agent on recommendation rather than on fees",
    "online estate agents have failed to win over sellers of higher-value homes",
    "gym members who attend a class in their first month are less likely to cancel",
    "wellness apps lose most of their users within ninety days",
    "buyers of pre-loved luxury care as much about authentication as about price",
    "resale platforms let luxury houses reach {A} without discounting",
    "adults buying toys for themselves now account for a large share of sales",
    "parents research toys online but still buy many of them in store",
    "B2B buyers are well into their journey before they speak to a salesperson",
    "brand advertising drives B2B growth as well as lead generation does",
    "free trials convert better when users reach value in the first session",
    "account-based marketing works best when sales and marketing share targets",
    "{T} improves {R} when it is personalised to the customer's stage",
    "brand building and activation need to run together rather than in turns",
    "agencies that measure effectiveness win and keep clients for longer",
    "creative quality is the biggest single driver of advertising profit",
    "consumers notice when a brand's purpose is not matched by its actions",
    "{A} are more likely to act on a recommendation from a creator they follow",
    "small businesses rarely have a written marketing plan",
    "first-party data has become more valuable since third-party cookies were restricted",
    "{B} can grow by reaching more light buyers rather than by deepening loyalty",
    "LinkedIn is the channel B2B decision-makers trust most for professional content",
]

OPENERS = [
    "In my own business",
    "At the agency",
    "For our client",
    "Within the global brand team",
    "As a group",
    "In the charity sector",
    "For estate agents",
    "In B2B SaaS",
    "In practice",
    "For {B}",
    "Looking at the data",
    "From the client's point of view",
    "Since the pandemic",
    "For a family brand",
    "On the resale side",
]

PLAIN = [
    "Our group met every week on Teams and shared the drafts in one folder.",
    "The client has agreed to share its CRM data for the next stage of the project.",
    "This section looks at the external environment before turning to the audience.",
    "We chose three segments, set out below, because they are the largest and easiest to reach.",
    "As a small business owner, I have limited time and an even smaller budget.",
    "The recommendations are costed in the appendix.",
    "The objectives below follow the SMART format the CIM asks for.",
    "Our account team is small, so every recommendation has to be realistic to deliver.",
    "The next part of the report turns to the marketing mix.",
    "We tested two versions of the landing page over four weeks.",
    "Each member of the group took one part of the analysis and we then edited it together.",
    "The global brand team sets the guidelines, but each market writes its own plan.",
]

QUOTE_FRAMES = [  # a direct quotation; {P} or {N} carries a page locator unless the problem is planted
    "{N} describes the goal as {Q}.",
    "{Q} {P}.",
    "As one author puts it, {Q} {P}.",
    "{N} warns that {Q}.",
    "In the words of {N}, {Q}.",
    "Marketing has been defined as {Q} {P}.",
    "{N} put it bluntly: {Q}.",
    "Our client's brief echoed the view that {Q} {P}.",
    "According to {N}, {Q}.",
    "A useful summary for a small business is that {Q} {P}.",
]

SCARE_QUOTES = ["‘authentic’", "‘pre-loved’", "‘luxury for less’", "‘family-friendly’", "‘organic reach’", "‘viral’", "‘always on’",
                "‘pester power’", "“quiet luxury”", "“wellness”", "'kidult'", "'free' trial", "‘bijou’", "‘deep clean’ of the CRM",
                "“thought leadership”", "‘sustainable’", "‘exclusive’ drop", "'no-fee' selling"]  # fmt: skip

SCARE_FRAMES = [
    "{B} positions its range as {Q} {P}.",
    "Many creators describe their content as {Q}, a label audiences increasingly question {P}.",
    "The term {Q} is now used so widely that it has lost much of its meaning {P}.",
    "{N} is sceptical of brands that call themselves {Q}.",
    "Estate agents still use {Q} in listings to describe small flats {P}.",
    "So-called {Q} marketing has a poor reputation with {A} {P}.",
]

SUBJECT_LINES = ["‘Your basket misses you’", "‘Last chance: 20% off ends tonight’", "‘£5 a month could change a life’",
                 "“cheap gym near me”", "“second hand designer bags”", "‘Your free trial ends in 3 days’",
                 "‘New in: pre-loved Mulberry’", "“estate agents near me”", "‘Meet the team behind your next hire’",
                 "'Grab your early bird ticket'", "\"book recommendations for teens\"", "‘Your valuation is ready’",
                 "‘We miss you – here’s a free class’", "‘Only 12 left in stock’"]  # fmt: skip

SUBJECT_FRAMES = [
    "Our test email with the subject line {Q} had the best open rate, in line with sector benchmarks {P}.",
    "Search terms such as {Q} have grown sharply over the last two years {P}.",
    "The charity's appeal, {Q}, follows the advice to make the ask concrete {P}.",
    "{N} recommends short, specific subject lines such as {Q}.",
    "A push notification reading {Q} lifted app opens for {B} {P}.",
    "Ads built around the phrase {Q} performed best with {A} {P}.",
]

# Text that is not a citation: names of things with years, brackets that credit or explain, pages that point
# inside the report, figures and periods. No frame holds a citation slot.
NOT_CITATIONS: dict[str, list[str]] = {
    "product-launched-bracket": [
        "The Peloton Tread (launched 2018) was recalled in the US, which hurt trust in the whole brand.",
        "{B}'s loyalty app (relaunched {Y}) now has {n},000 active users.",
        "The Kindle Paperwhite (first released 2012) is still how many of our readers buy e-books.",
    ],
    "campaign-name-year": [
        "Macmillan's World's Biggest Coffee Morning {Y} raised more than the year before.",
        "Our client's Christmas {Y} campaign ran on TikTok and in store at the same time.",
        "This Girl Can, launched by Sport England in 2015, changed how gyms show women in their advertising.",
    ],
    "tv-series-channel": [
        "Love Island (ITV2, 2015 to date) made creator-led fashion deals mainstream.",
        "Selling Sunset (Netflix, from 2019) has shaped how younger buyers imagine estate agents.",
        "Series {q} of {show} drew the biggest audience the channel had in {Y}.",
    ],
    "film-year": [
        "Barbie (2023) lifted Mattel's sales across the whole doll category.",
        "The Lego Movie (2014) showed how a toy brand can become entertainment in its own right.",
        "The Devil Wears Prada (2006) still shapes how students imagine a career in fashion marketing.",
    ],
    "song-credit": [
        "The advert used ‘Running Up That Hill’ (Kate Bush, 1985) after Stranger Things made it popular again.",
        "Our gym's spin playlist opens with ‘Dancing Queen’ (ABBA, 1976), which members vote for every year.",
        "The charity's TikTok reused the sound ‘Murder on the Dancefloor’ (Sophie Ellis-Bextor, 2001).",
    ],
    "award-year": [
        "The campaign won Gold at the IPA Effectiveness Awards {Y}.",
        "{B} was named Brand of the Year at the {award} {Y}.",
        "Our agency was shortlisted for Small Agency of the Year at the Campaign Awards {Y}.",
    ],
    "trade-event": [
        "We met the client at the London Book Fair {Y} at Olympia.",
        "Our stand at Spring Fair {Y} in Birmingham cost £{n} a day.",
        "The team went to SaaStock Europe {Y} in Dublin to test the new messaging.",
        "Toy Fair {Y} at ExCeL London was where the range was first shown to buyers.",
    ],
    "act-mentioned": [
        "Under the Estate Agents Act 1979, agents must tell buyers about any personal interest in a sale.",
        "The Online Safety Act 2023 puts new duties on the platforms that host creators' content.",
        "Section 5 of the Charities Act 2016 tightened the rules on fundraising agencies.",
    ],
    "standard-code": [
        "Our panel provider works to ISO 20252 and the MRS Code of Conduct (2023 edition).",
        "Carbon-neutral claims are expected to meet PAS 2060 or a similar standard.",
        "The CAP Code (rule 2.1) says that ads must be obviously identifiable as ads.",
    ],
    "place-year": [
        "The agency moved to Salford Quays in 2019 to be close to MediaCityUK.",
        "Footfall at Westfield Stratford City rose in {Y} as office workers returned.",
        "The charity opened its first shop in {city} in {Y}.",
    ],
    "interviewee-dated": [
        "The owner of a Bristol estate agency, interviewed on {d} March {Y}, said most vendors still want a board outside.",
        "Our interview with {person}, the client's head of CRM (March {Y}), confirmed the churn problem.",
        "A franchise owner we spoke to at the {city} branch ({d} April {Y}) described the same issue.",
    ],
    "job-title-since": [
        "{person}, Head of Brand at {B} since {Y}, signed off the new tone of voice.",
        "The CMO (appointed {Y}) wants one global brand book for every market.",
        "I have been Marketing Manager at my own firm since {Y}, so I wrote this from the inside.",
    ],
    "financial-year": [
        "Revenue for {fy} was £{n}m, up from the year before.",
        "In Q{q} {Y} the agency billed more than in the whole of H1.",
        "The year to 31 March {Y} was the charity's best for legacy income.",
        "The marketing budget is £{n}k ({fy2}).",
    ],
    "abbreviation-year": [
        "GDPR (2018) changed how we collect newsletter sign-ups at events.",
        "Since PECR 2003 began to be enforced more strictly, we no longer buy email lists.",
        "The DMCC Act 2024 gives the CMA new powers over fake reviews.",
    ],
    "figure-in-bracket": [
        "Vinted (2024 revenue: €{n}m) now sells more second-hand clothing than many high-street chains sell new.",
        "{B} (2023 turnover £{n}m) employs about {q}00 people.",
        "The charity (income {Y}: £{n}m) relies on shops for a third of its funds.",
    ],
    "founded-year": [
        "Gymshark (founded 2012 in Solihull) grew almost entirely through YouTube creators.",
        "Jellycat (est. 1999) now sells to adults as much as to children.",
        "My own business, set up in {Y}, has never had a marketing budget of more than £{n}k.",
    ],
    "lifespan-bracket": [
        "Roald Dahl (1916–1990) is still one of Penguin's best-selling children's authors.",
        "Enid Blyton (1897–1968) remains a steady seller in the toy and book gift market.",
        "Mary Quant (1930–2023) is often cited by our client as an inspiration for the brand.",
    ],
    "book-title-year": [
        "Harry Potter and the Philosopher's Stone (1997) is still Bloomsbury's strongest backlist title.",
        "Fourth Wing (2023) was driven almost entirely by BookTok in its first months.",
        "The Very Hungry Caterpillar (1969) has become a brand with its own toys and clothing.",
    ],
    "social-handle": [
        "Follow @{handle} on Instagram for new drops every Friday.",
        "The creator @{handle} posted the unboxing on {d} May and it reached {n},000 views.",
        "Our client's TikTok account, @{handle}, grew by {n}% in {Y}.",
    ],
    "hashtag-year": [
        "The #GivingTuesday {Y} push brought in {n} new regular donors.",
        "#BookTok has more than {n} million posts.",
        "The #{hashtag} challenge ran for six weeks in spring {Y}.",
    ],
    "software-version": [
        "We moved the client to HubSpot Marketing Hub Professional in 2022 and to GA4 in 2023.",
        "Apple's iOS 14.5 update (April 2021) cut much of the tracking data our Meta ads relied on.",
        "The CRM was upgraded to Salesforce Spring '{yy} release in March.",
    ],
    "percentages-years": [
        "Open rates fell from 24% in {Y} to 19% in {Y2}.",
        "Only {n}% of our donors were under 35 in {Y}.",
        "Membership churn was {q}% a month in {Y2}, compared with {d}% the year before.",
    ],
    "calendar-date": [
        "The sale ends on 31 January {Y}.",
        "Black Friday (29 November {Y}) brought in a third of the quarter's online sales.",
        "The new website went live on {d} September {Y}.",
    ],
    "assessment-period": [
        "Our group met every Tuesday during the spring term of {Y}.",
        "The CIM assessment window (June {Y}) limited how much primary research we could do.",
        "This report was written between January and March {Y}.",
    ],
    "sport-season": [
        "The gym chain sponsored the local rugby club for the {fy2} season.",
        "The club's 2023/24 season ticket holders are a key audience for the brand.",
        "Sales of kit peaked during Euro 2024, as they did in the 2022 World Cup.",
    ],
    "generation-born": [
        "Gen Z (born 1997–2012) is the main audience for resale apps.",
        "Millennials (1981–1996) are now most first-time buyers in the property market.",
        "Generation Alpha (born from 2013) is the first group to grow up with YouTube Kids.",
    ],
    "console-model": [
        "The Nintendo Switch 2 (2025) is expected to be the biggest toy gift of the year.",
        "Demand for the PlayStation 5 (the 2023 Slim model) kept the category growing.",
        "The Peloton Bike+ (2020 model) costs more than most members spend on a gym in a year.",
    ],
    "ranking-list": [
        "Interbrand's Best Global Brands {Y} ranked LEGO {rank} in its list.",
        "{B} came {rank} in the YouGov BrandIndex Best Brands {Y} rankings.",
        "The agency entered the Campaign School Reports {Y} for the first time.",
    ],
    "own-survey-figures": [
        "Our own survey (n = {n}, April {Y}) found that price was the main reason for leaving.",
        "The group's poll of {n} students (March {Y}) suggests the same pattern.",
        "A client survey (sent {d} June {Y}, {q}00 replies) shows awareness is highest in the North West.",
    ],
    "internal-page-pointer": [
        "See Appendix {q} (p. {n}) for the full survey questions.",
        "Section 2.1 (above) sets out the objectives, and Section 4 (p. {d}) the budget.",
        "The full calculation is in Appendix B, pp. {d}–{n}.",
    ],
    "stock-ticker": [
        "Future plc (LSE: FUTR) lost much of its value in {Y}.",
        "Peloton (NASDAQ: PTON) shares fell sharply after the recall.",
        "Rightmove (LON: RMV) remains the most profitable portal in Europe.",
    ],
    "currency-conversion": [
        "The seed round raised €{n}m (about £{q}0m at {Y} exchange rates).",
        "The licence costs €{d} per seat a month (roughly £{d} at {Y} rates, give or take a pound).",
    ],
    "asa-ruling-dated": [
        "The ASA upheld complaints against the post in a ruling dated {d} June {Y}.",
        "In March {Y} the ASA ruled that the creator's post was not clearly labelled as an ad.",
    ],
    "tv-slot": [
        "The advert ran on Channel 4 at 8pm during Gogglebox series {q}.",
        "Our client bought sponsorship of the Saturday night film on ITV1 for the whole of {Y}.",
    ],
    "own-podcast-episode": [
        "Episode {n} of the client's own podcast, ‘Homes Uncovered’, went out in May {Y}.",
        "Our founder recorded an episode of ‘Small Shop, Big Ideas’ (series {q}) about the relaunch.",
    ],
    "brand-with-number": [
        "Boots No7 ran its skincare campaign alongside the gym partnership.",
        "Forever 21's UK stores closed in {Y}, leaving space for resale pop-ups.",
        "The 7-Eleven model of small-format stores has never quite worked in the UK.",
    ],
    "tracker-wave": [
        "Wave {q} of the client's brand tracker (autumn {Y}) showed awareness flat.",
        "The Q{q} {Y} tracker showed consideration up four points among {A}.",
    ],
    "average-price-place": [
        "The average asking price in {city} was £{n},000 in May {Y}.",
        "A monthly gym membership in {city} cost about £{d} in {Y}.",
    ],
    "quoted-review-dated": [
        "One Trustpilot review (five stars, March {Y}) reads ‘fast, friendly and no hidden fees’.",
        "A Google review from {month} {Y} simply says ‘best gym in {city}’.",
    ],
    "quoted-headline": [
        "A recent headline in the trade press, ‘Romantasy boom shows no sign of slowing’, sums up the mood.",
        "The local paper ran the story under ‘Agents report busiest spring for years’.",
    ],
    "client-tagline": [
        "Our client's tagline, ‘Home is where the Wi-Fi is’, tested well with renters.",
        "{B}'s strapline ‘Play more, worry less’ is printed on every box.",
        "The charity's line ‘Every £1 counts’ appears on every donation page.",
    ],
    "meeting-notes-dated": [
        "Client meeting notes ({d}/03/{Y}) are in Appendix {q}.",
        "The minutes of the steering group ({d} {month} {Y}) record the decision to drop print.",
    ],
    "screenshot-caption": [
        "Figure {q}: {B} home page, screenshot taken {d} March {Y}.",
        "Image: © {B} {Y}, used with the client's permission.",
        "Figure {q}: the client's Instagram grid as it looked in {month} {Y}.",
    ],
    "acronym-expansion": [
        "We used the RACE framework (Plan, Reach, Act, Convert, Engage) to organise the plan.",
        "SOSTAC (Situation, Objectives, Strategy, Tactics, Action, Control) gives this report its structure.",
        "The PESTLE factors (Political, Economic, Social, Technological, Legal, Environmental) are in Appendix {q}.",
    ],
    "career-years-bracket": [
        "Before this role, I ran the agency's Leeds office (2016–2019).",
        "{person} led the charity's digital team (2018 to 2022) before joining the client.",
    ],
    "charity-number": [
        "Barnardo's (registered charity 216250) is one of the client's partners.",
        "The Trussell Trust (charity no. 1110522) runs the food bank network we work with.",
    ],
    "company-number-ltd": [
        "My firm trades as {city} Home Fitness Ltd (company no. {n}4521).",
        "The agency became a limited company, Bright Ideas Creative Ltd, in {Y}.",
    ],
}

BRANDS = ["Gymshark", "Vinted", "Depop", "Hamleys", "LEGO", "Rightmove", "Foxtons", "Purplebricks", "Waterstones", "Audible",
          "Channel 4", "ITVX", "Macmillan Cancer Support", "Shelter", "Barnardo's", "PureGym", "Peloton", "Strava",
          "Vestiaire Collective", "Hardly Ever Worn It", "Mulberry", "Pipedrive", "Personio", "Typeform", "Mumsnet", "Jellycat",
          "Mamas & Papas", "Knight Frank", "Future plc", "Bloomsbury", "The Body Coach", "Zoopla", "Smyths Toys", "Oxfam",
          "Reach plc", "Savills", "Hobbycraft", "Les Mills", "Selfridges", "VCCP"]  # fmt: skip

CITIES = ["Leeds", "Bristol", "Manchester", "Glasgow", "Cardiff", "Norwich", "Brighton", "Belfast", "Nottingham", "Sheffield", "Leicester", "York"]  # fmt: skip
PEOPLE = ["Priya", "Tom", "Aoife", "Kwame", "Sophie Hart", "Jamie", "Ewa Nowak", "Marcus", "Lena", "Dev Patel", "Hannah Cole", "Sean"]  # fmt: skip
HANDLES = ["thebookishbee", "sweatwithsal", "preloved.edit", "leedshomes_", "toytalesuk", "saas.growthnotes", "charityshopchic", "minimalmove"]  # fmt: skip
HASHTAGS = ["PreLovedPledge", "ReadMore2025", "MoveForMind", "HomeTruths", "PlayDay", "TryItFree"]  # fmt: skip
AWARDS = ["Marketing Week Masters", "Third Sector Awards", "British Book Awards", "Drum Awards", "Property Awards", "Toy of the Year Awards"]  # fmt: skip
SHOWS = ["Gogglebox", "Bluey", "The Apprentice", "Married at First Sight UK", "Race Across the World", "Taskmaster"]  # fmt: skip
RANKS = ["3rd", "7th", "12th", "14th", "21st", "33rd"]  # fmt: skip
MONTHS = ["January", "February", "April", "May", "July", "August", "October", "November"]  # fmt: skip
TACTICS = ["creator partnerships", "regular-giving journeys", "BookTok seeding", "free-trial nurture emails", "vendor reviews",
           "member referral schemes", "authentication guarantees", "unboxing videos", "LinkedIn thought leadership", "ad-supported tiers"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Values only this pool's frames use, drawn in a fixed order so a seed always writes the same text."""
    year = rng.randint(2016, 2024)  # the writers' own recent past, not the builder's wider range
    tactics = rng.sample(TACTICS, 2)
    return {
        "Y": str(year), "Y2": str(min(year + rng.randint(1, 2), 2025)),
        "city": rng.choice(CITIES), "person": rng.choice(PEOPLE), "handle": rng.choice(HANDLES), "hashtag": rng.choice(HASHTAGS),
        "award": rng.choice(AWARDS), "show": rng.choice(SHOWS), "rank": rng.choice(RANKS), "month": rng.choice(MONTHS),
        "fy": f"FY{year % 100:02d}", "fy2": f"{year}/{(year + 1) % 100:02d}", "yy": f"{(year + 1) % 100:02d}",
        "tactic2": tactics[0], "tactic3": tactics[1],
    }  # fmt: skip
