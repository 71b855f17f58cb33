"""Prose for the fourteenth held-out pool, "blind14": sentence frames, claims and non-citation decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses.

Written by a fourteenth hand, without reading the checker, its tests or the other pools' frames, decoys and works,
from how these writers put a marketing report together: sixth-form and NCFE Level 3 learners, mature students
returning to study, marketing managers in the public and third sectors, and students from South Asia, West Africa
and Eastern Europe, writing about private clinics, farm shops, tourism boards and attractions, banking apps,
furniture and DIY, pubs and breweries, airlines, universities, gaming studios and subscription boxes. Citations
open and close sentences, follow "according to", "as ... points out", "this agrees with" and "as per", stand in
table and figure notes and source lines, carry "see", "e.g.", "see also" and "cf." inside the bracket and are
possessive. The decoys are text with a capitalised name, a year, a bracket or quotation marks that is not a
citation; their kinds are the keys of NOT_CITATIONS below.

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
    "{N} suggests that {C}, which is relevant to {B}.",
    "{N} explains that {C}.",
    "{N} points out that {C}, although this was before the cost-of-living crisis.",
    "{N} shows that {C}; this is important for a business like {B}.",
    "{N} say that {C}.",
    "{N} reported that {C}.",
    "{N} defines {T} as a way of building {R}, and {C}.",
    "{N} is useful here because it shows that {C}.",
    "{N} warns that {C}, so {B} should be careful.",
    "{N} claims that {C}, but this was a small study.",
    "{N} also notes that {C}.",
    "{N} agree that {C}.",
    "{N} highlighted that {C}.",
    "{N} states clearly that {C}.",
]

NARRATIVE_MID = [
    "{O}, {N} argues that {C}.",
    "According to {N}, {C}.",
    "As {N} points out, {C}.",
    "This agrees with {N}, who found that {C}.",
    "Data from {N} show that {C}.",
    "Source: adapted from {N}.",
    "Figure {q} is adapted from {N} and shows how {C}.",
    "Note to Table {q}: figures taken from {N}.",
    "In the case of {B}, {N} would suggest that {C}.",
    "As per {N}, {C}.",
    "A study by {N} found that {C}.",
    "Research carried out by {N} shows that {C}.",
    "{O}, it is clear from {N} that {C}.",
    "Similarly, {N} found that {C}.",
    "However, {N} disagrees and says that {C}.",
    "This is supported by {N}, who notes that {C}.",
    "For the tourism board, the work of {N} matters because {C}.",
    "The findings of {N} suggest that {C}.",
    "My manager recommended {N}, which explains that {C}.",
    "When I read {N}, I realised that {C}.",
]

POSSESSIVE = [
    "{N} research shows that {C}.",
    "{N} model is useful for {B} because {C}.",
    "Using {N} framework, it can be seen that {C}.",
    "According to {N} report, {C}.",
    "{N} study of {A} found that {C}.",
    "{O}, {N} findings suggest that {C}.",
    "I have applied {N} ideas to {B}, because {C}.",
    "{N} view is that {C}.",
]

PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "It is widely agreed that {C} {P}.",
    "{C} {P:see}.",
    "{C} {P:e.g.}.",
    "{C} {P:see also}.",
    "{C}, especially among {A} {P}.",
    "Table {q}: key market figures for {B} {P}.",
    "Figure {q}: the customer journey for a first visit to {B} {P}.",
    "Source: {P}.",
    "This is important because {C} {P}.",
    "In the UK, {C} {P}.",
    "Some writers believe that {C} {P:cf.}.",
    "{C}, which is why {B} needs a clear plan {P}.",
    "For a small farm shop or a local pub, {C} {P}.",
    "As a result, {C} {P}.",
]

PARENTHETICAL_MID = [
    "{C} {P}, so {C2}.",
    "{C} {P} and this means {B} should act quickly.",
    "Research {P} shows that {C}.",
    "Several studies {P} suggest that {C}.",
    "{O}, {C} {P}, although {C2}.",
    "Recent figures {P} show that {C}.",
    "{C} {P}; however, {C2}.",
    "The literature {P:see} agrees that {C}.",
    "{C} {P}, which matches what I see at work.",
    "Other sources {P:e.g.} point out that {C}.",
]

CLAIMS = [
    "patients choosing a private clinic rely heavily on online reviews before booking",
    "self-pay patients compare prices more than they did before the pandemic",
    "farm shops win customers by telling the story of where the food comes from",
    "rural shoppers are willing to pay more for local produce when the quality is visible",
    "visitor attractions depend on repeat visits from families living within an hour's drive",
    "destination marketing works best when the local businesses share one message",
    "Gen Z account holders trust banking apps that explain fees in plain English",
    "app-only banks grow mostly through word of mouth and referral rewards",
    "furniture shoppers still want to touch and sit on a sofa before paying for it",
    "DIY retailers use how-to videos to build confidence among first-time homeowners",
    "pubs that host community events keep their regulars even when prices rise",
    "craft breweries rely on authenticity, so a takeover by a big brewer can damage the brand",
    "low-cost airlines compete on price but lose loyalty when service recovery is poor",
    "leisure travellers book earlier when an airline offers free seat selection",
    "international applicants choose a university partly on its ranking and partly on its city",
    "universities now spend more of their marketing budget on social media than on print",
    "mobile gamers discover new titles mainly through streamers and short videos",
    "player communities on Discord help a studio keep players after launch",
    "subscription boxes lose many customers after the first discounted box",
    "busy parents value flexibility to skip a delivery more than the lowest price",
    "charities keep regular givers by showing the impact of each donation",
    "public sector campaigns need simple messages because the audience is so wide",
    "a clear segmentation helps {B} to focus its limited budget on {A}",
    "{T} can improve {R} if it is used consistently",
    "price is not the only reason {A} switch brands",
    "trust is the main factor in whether customers recommend a service",
    "the cost-of-living crisis has made {A} more careful with spending",
    "small businesses often do marketing without a written plan",
    "positioning must be based on what customers actually value",
    "personalised emails get higher open rates than generic newsletters",
    "{B} could increase {R} by improving its online booking journey",
    "the marketing mix needs the extra three Ps when the product is a service",
    "sustainability claims must be backed up with evidence or they damage trust",
    "older customers are using apps much more since 2020",
    "staff are part of the brand in hospitality and healthcare",
    "loyalty schemes work when the reward feels achievable",
    "customer experience is now a bigger differentiator than product features",
    "brands that respond quickly to complaints on social media keep more customers",
]

OPENERS = [
    "In addition", "Furthermore", "On the other hand", "For example", "In my organisation", "From a PESTLE point of view",
    "In terms of the external environment", "Looking at the micro environment", "To conclude this section",
    "When thinking about {B}", "For the purposes of this report", "In the context of the NHS and private healthcare",
    "From my experience working in the sector", "Back home in Lagos, and here in the UK too", "Moreover",
]  # fmt: skip

PLAIN = [
    "This section looks at the external environment of {B}.",
    "The next part of the report applies the 7Ps to {B}.",
    "I work as a marketing assistant, so some of this is based on my own experience.",
    "The SWOT analysis below summarises the main points.",
    "{B} has around {n} staff and serves mainly {A}.",
    "The recommendations are set out in order of priority.",
    "Table {q} compares {B} with two main competitors.",
    "The budget for this plan is limited, so low-cost tactics are preferred.",
    "My reflection on this task is given at the end.",
    "The target market for the new service is {A}.",
    "Objectives have been written using the SMART format.",
    "Word count excludes tables, figures and the reference list.",
    "Appendix {q} contains the interview questions.",
    "The organisation's values are care, community and honesty.",
    "The main competitors are shown in the perceptual map.",
]

QUOTE_FRAMES = [  # a direct quotation; {P} or {N} carries a page locator unless the problem is planted
    "{N} states that {Q}.",
    "As {N} puts it, {Q}.",
    "{N} describes the problem as {Q}.",
    "{Q} {P}.",
    "It has been said that {Q} {P}.",
    "One definition is {Q} {P}, which fits {B} well.",
    "Marketing is {Q} {P}.",
    "In the words of {N}, {Q}.",
    "The textbook explains that {Q} {P}.",
    "A useful quote is {Q} {P}.",
]

SCARE_QUOTES = ["‘local’", "‘farm fresh’", "‘artisan’", "‘free’", "‘no hidden fees’", "‘craft’", "‘world-class’",
                "‘premium economy’", "‘hand-made’", "‘limited edition’", "‘authentic’", "‘clinically proven’",
                "‘student experience’", "‘value’", "‘community pub’"]  # fmt: skip

SCARE_FRAMES = [
    "{B} calls its products {Q}, but {C} {P}.",
    "Many shoppers no longer believe {Q} claims {P}.",
    "{N} questions whether {Q} labels mean anything to {A}.",
    "The word {Q} is overused in this sector {P}.",
    "What counts as {Q} is not clear to customers, and {N} argues that {C}.",
    "Customers are told the service is {Q}, yet {C} {P}.",
]

SUBJECT_LINES = ["‘Your table is booked – see you Friday!’", "‘Don’t miss out: 50% off your first box’",
                 "‘Your appointment reminder’", "‘farm shop near me’", "‘cheap flights to Krakow’",
                 "‘Fly. Stay. Save.’", "‘Open Day: book your place’", "‘Your monthly spending summary is ready’",
                 "‘best sofa for small living room’", "‘Come for the beer, stay for the people’",
                 "‘We miss you – here’s £10 off’", "‘Free UK delivery this weekend’"]  # fmt: skip

SUBJECT_FRAMES = [
    "{B} tested the wording {Q} in an email, and {C} {P}.",
    "Searches and messages such as {Q} show that {C} {P}.",
    "The phrase {Q} appeared across the campaign, and {N} found that {C}.",
    "A short line like {Q} is a good example of how {C} {P}.",
    "When customers see {Q}, competitors often appear first, so {C} {P}.",
    "{N} shows that simple lines like {Q} work because {C}.",
]

NOT_CITATIONS: dict[str, list[str]] = {
    "tv-series": [
        "Clarkson's Farm (Amazon Prime Video, 2021–present) has made farm shops fashionable again.",
        "After the BBC series Inside the Factory (series {q}, {YR}) featured a brewery, visits went up.",
        "The Channel 4 programme The Real Marigold Hotel ({YR}) shows older people travelling abroad.",
    ],
    "game-release": [
        "Team17's Overcooked! 2 (2018) is still one of its best-selling games.",
        "{GAME}, released in {YR}, had a strong community on Discord from day one.",
        "The studio's new title {GAME} ({YR}) was promoted mainly through Twitch streamers.",
    ],
    "film": [
        "Tourism to Northumberland rose after Harry Potter and the Philosopher's Stone (2001) was filmed at Alnwick Castle.",
        "The film Top Gun: Maverick (2022) led to a spike in searches for pilot training.",
        "Visitors to Dunluce still ask about Game of Thrones (2011–2019) locations.",
    ],
    "song-in-advert": [
        "The advert used the song ‘Mr Blue Sky’ (Electric Light Orchestra, 1977) to create a happy mood.",
        "{B}'s Christmas advert was set to ‘Your Song’ (Elton John, 1970), which appeals to older viewers.",
    ],
    "campaign-year": [
        "The NHS ‘Help Us Help You’ campaign ran again in winter {YR}.",
        "VisitScotland's Year of Stories 2022 encouraged people to visit smaller towns.",
        "{B}'s summer {YR} campaign focused on {A}.",
        "The This Girl Can campaign, first launched in 2015, is a good example of social marketing.",
    ],
    "event-year": [
        "The Great British Beer Festival 2023 attracted over {n},000 visitors to Olympia.",
        "The farm shop took a stall at the Royal Welsh Show {YR} to build awareness.",
        "Open Days in October {YR} were the main recruitment event for the university.",
        "{B} exhibited at EGX {YR} in Birmingham, meeting around {n} players.",
    ],
    "award-year": [
        "{B} won Best Independent Brewery at the SIBA Awards {YR}.",
        "The clinic was named Private Hospital of the Year at the LaingBuisson Awards {YR}.",
        "The app won Best British Bank at the British Bank Awards {YR}.",
        "The attraction received a VisitEngland Gold Award in {YR}.",
    ],
    "law-named": [
        "Under the Consumer Rights Act 2015 customers can return faulty goods within 30 days.",
        "Pubs must follow the Licensing Act 2003 when running promotions on alcohol.",
        "Email marketing must follow UK GDPR and PECR 2003.",
        "The Digital Markets, Competition and Consumers Act 2024 will change how fake reviews are treated.",
    ],
    "standard": [
        "The clinic holds ISO 9001:2015 certification, which is used in its marketing.",
        "The website was rebuilt to meet WCAG 2.2 AA accessibility guidelines.",
        "The brewery is certified to BS EN ISO 14001:2015 for environmental management.",
    ],
    "regulator-rating": [
        "The clinic was rated Good by the CQC in {YR}, which is shown on every leaflet.",
        "The university achieved TEF Gold in 2023 and uses this on its prospectus.",
        "The farm shop café has a five-star food hygiene rating from {YR}.",
    ],
    "abbreviation-year": [
        "The NSS 2024 results showed satisfaction with teaching had fallen.",
        "Results from REF 2021 are used by the university to promote its research.",
        "The COP26 (2021) summit in Glasgow raised interest in green travel.",
        "After Brexit (2020) the farm lost some of its seasonal workers.",
    ],
    "financial-period": [
        "Revenue grew by {PCT}% in FY{SPAN} compared with the previous year.",
        "In the year ending 31 March {YR} the charity raised £{n}k from events.",
        "Sales in Q{q} {YR} were lower than forecast because of the weather.",
        "H1 {YR} trading was strong for the airline, helped by Easter.",
    ],
    "figure-in-brackets": [
        "{B} is the market leader ({YR} revenue: £{n}m).",
        "Passenger numbers recovered to {n} million ({YR} figures).",
        "Membership grew to {n},000 (up {PCT}% on {YR}).",
        "The average box costs £{PRICE} ({YR} price).",
    ],
    "age-range": [
        "The main segment is women aged 25-34 living in towns.",
        "Most app users (aged 18–24) open the app every day.",
        "Visitors over 65 (about {PCT}% of the total) prefer printed guides.",
    ],
    "founded-year": [
        "{B} was founded in {YR} by two friends from university.",
        "The brewery (est. 1845) still uses its original well water.",
        "Since it opened in {YR}, the farm shop has doubled its floor space.",
    ],
    "founder-lifespan": [
        "The estate was built by Sir Titus Salt (1803–1876), which is part of the heritage story.",
        "The brewery's founder, Edwin Hartley (1791–1868), is still the star of the brewery tour.",
    ],
    "interviewee": [
        "I interviewed {PERSON}, the practice manager, in {MONTH} {YR}.",
        "{PERSON} (Head Brewer) explained that the new beer was brewed for {A}.",
        "In a conversation with the farm owner, {PERSON}, in {MONTH} {YR}, the owner said footfall had fallen.",
    ],
    "job-title-tenure": [
        "{PERSON}, Head of Marketing since {YR}, leads a team of {q}.",
        "The current Chief Executive ({PERSON}, appointed {YR}) wants the brand to be more digital.",
        "I have been Marketing Officer at the council since {YR}.",
    ],
    "own-work-period": [
        "During my placement year (2022–2023) I helped run the open day campaign.",
        "When I worked at the airport ({YR}–{YR2}) I saw how delays affect loyalty.",
        "I returned to study in {YR} after {q} years working in retail.",
    ],
    "primary-research": [
        "My own survey (n = {n}, {MONTH} {YR}) found that most customers heard about the shop from friends.",
        "A focus group of {q} regular customers was held in {MONTH} {YR}.",
        "Primary research for this report was carried out between {MONTH} and {MONTH2} {YR}.",
    ],
    "appendix-ref": [
        "The full survey results are in Appendix {q}.",
        "The customer persona (Appendix {q}) is based on real customers.",
        "See Figure {q} for the Ansoff matrix.",
        "The competitor analysis (Table {q}) shows where {B} is weaker.",
    ],
    "section-ref": [
        "This is discussed further in section {q}.{d}.",
        "As explained in Task 1 (section {q}.2), the budget is small.",
        "The risks (see section {q}) must be monitored monthly.",
    ],
    "date-full": [
        "The new menu was launched on {d} {MONTH} {YR}.",
        "The route was announced on {d} {MONTH} {YR} and tickets sold out in a week.",
        "The app was updated on {d} {MONTH} {YR} to add savings pots.",
    ],
    "money-with-year": [
        "The UK subscription box market was worth about £{n}m in {YR}.",
        "The council's tourism budget fell from £{n}k in {YR} to £{q}00k in {YR2}.",
        "Private healthcare spending reached £{n}bn in {YR}.",
    ],
    "percent-with-year": [
        "Footfall rose by {PCT}% between {YR} and {YR2}.",
        "Around {PCT}% of adults used a banking app in {YR}.",
        "Pub closures were {PCT}% higher in {YR} than the year before.",
    ],
    "product-with-year": [
        "The IKEA BILLY bookcase, launched in 1979, is still a best-seller.",
        "BrewDog's Punk IPA (5.4% ABV) is stocked in most supermarkets.",
        "The {B} Gold card, introduced in {YR}, charges no foreign transaction fees.",
        "The Boeing 737 MAX 8 entered the fleet in {YR}.",
    ],
    "app-version": [
        "Version {q}.{d} of the app (released {MONTH} {YR}) added Apple Pay.",
        "Since iOS 17 some email open rates can no longer be tracked.",
        "The website moved to Google Analytics 4 in {YR}.",
    ],
    "route-or-flight": [
        "The new Manchester–Lahore route (launched {YR}) is aimed at the South Asian diaspora.",
        "Flight LS{n} to Tenerife is one of the busiest in winter.",
        "Loganair's Westray to Papa Westray flight (1.7 miles) is a tourist attraction in itself.",
    ],
    "season": [
        "The 2024/25 ski season was the busiest for the tour operator.",
        "Sales peak over the summer {YR} holidays and the Christmas period.",
        "Lambing season (March–April) is when the farm runs open days.",
    ],
    "admissions-cycle": [
        "Applications for the 2025 entry cycle closed on 29 January.",
        "Clearing {YR} was more competitive than in previous years.",
        "The September {YR} intake included {n} international students.",
    ],
    "course-and-module": [
        "This report is for the CIM Level 4 Certificate in Professional Marketing (2023 syllabus).",
        "It was written for module MKT{n} Marketing Principles (2024/25).",
        "This assignment is part of the NCFE CACHE Level 3 Diploma in Business (603/{n}/5).",
    ],
    "heritage-listing": [
        "The pub is a Grade II listed building (listed 1985).",
        "The castle became a UNESCO World Heritage Site in 1986.",
        "The mill was restored in {YR} with help from the National Lottery Heritage Fund.",
    ],
    "anniversary": [
        "{B} celebrated its 50th anniversary in {YR} with a limited edition range.",
        "The zoo's centenary (1931–2031) will be a major marketing opportunity.",
    ],
    "hashtag-handle": [
        "The hashtag {TAG} was used by over {n} visitors.",
        "Customers often tag {HANDLE} when they post photos of their box.",
        "The tourism board runs the {TAG} campaign on Instagram.",
    ],
    "search-term": [
        "Typing ‘{SECTOR} near me’ into Google shows three competitors before {B}.",
        "The keyword ‘cheap sofa beds’ has around {n}00 searches a month.",
    ],
    "slogan-quoted": [
        "Ryanair's slogan ‘Low fares. Made simple.’ sums up its positioning.",
        "The brewery's tagline is ‘Brewed in Yorkshire since 1758’.",
        "The app uses the line ‘Banking made easy’ in its adverts.",
    ],
    "review-quoted": [
        "One Google review said ‘the staff made my mum feel so welcome’.",
        "A TripAdvisor review from {MONTH} {YR} called the attraction ‘a brilliant day out’.",
        "A Trustpilot reviewer wrote ‘delivery was late again’ in {YR}.",
    ],
    "survey-question": [
        "Question {q} asked ‘How likely are you to recommend us to a friend?’",
        "Respondents were asked ‘How did you hear about us?’ (question {q}).",
    ],
    "place-with-year": [
        "Coventry was UK City of Culture 2021, which brought new visitors.",
        "Liverpool (European Capital of Culture 2008) is still benefiting from the title.",
        "The shop is near Bradford, UK City of Culture 2025.",
    ],
    "company-registration": [
        "The company is registered in England and Wales (company no. 0{n}4321).",
        "The charity (registered charity no. 1{n}99) was set up in {YR}.",
    ],
    "price-and-plan": [
        "The basic plan costs £{PRICE} a month (2024 price) and can be paused.",
        "Premium accounts (£{q}7 per month) include travel insurance.",
    ],
    "policy-event": [
        "The Autumn Budget {YR} raised employer National Insurance, which hurts pubs.",
        "Since the lockdown of March 2020 many customers shop online.",
        "The energy price cap (October {YR}) increased costs for the brewery.",
    ],
    "ranking": [
        "The university is ranked {RANK} in the Complete University Guide {YR}.",
        "{B} came {RANK} in the Which? customer satisfaction survey in {YR}.",
        "The attraction is {RANK} on TripAdvisor's list of things to do in the city.",
    ],
    "tax-year": [
        "The 2024/25 tax year brought changes to business rates relief for pubs.",
        "Gift Aid claims in the {SPAN} tax year were higher than expected.",
    ],
    "opening-hours": [
        "The farm shop is open 9am–5pm, Tuesday to Sunday (closed Mondays).",
        "The helpline runs 8:00–20:00 (Monday to Friday).",
    ],
    "model-name-year": [
        "The Ansoff Matrix, first published in 1957, is still taught on the course.",
        "Maslow's hierarchy of needs is often used to explain why {A} buy.",
        "The 7Ps model, extended from McCarthy's 4Ps, suits services like {B}.",
    ],
}

BRANDS = ["Monzo", "Starling Bank", "Jet2", "easyJet", "Loganair", "BrewDog", "Greene King", "Thornbridge", "IKEA", "B&Q",
          "Wickes", "DFS", "Dunelm", "Spire Healthcare", "Bupa", "HelloFresh", "Bloom & Wild", "Graze", "Riverford",
          "Team17", "Frontier Developments", "Chester Zoo", "the Eden Project", "Daylesford Farm", "Fuller's",
          "Abel & Cole", "Revolut", "Ryanair", "Merlin Entertainments", "Moo Free"]  # fmt: skip

PEOPLE = ["Ama Mensah", "Joanne Pritchard", "Ravi Chandran", "Kasia Nowak", "Tunde Bakare", "Siobhan O'Neill",
          "Mihaela Popa", "Gareth Lewis", "Farzana Akhtar", "Dave Whitaker", "Olga Savchenko", "Ifeoma Nnadi"]  # fmt: skip
GAMES = ["Worms Rumble", "Planet Zoo", "Hell Let Loose", "Moving Out 2", "Sniper Elite 5", "Jurassic World Evolution 2",
         "Golf With Your Friends", "Overcooked! All You Can Eat"]  # fmt: skip
TAGS = ["#ShopLocal", "#VisitWales", "#PubIsTheHub", "#FarmShopFriday", "#OpenDay2025", "#ThisIsYorkshire", "#BoxDay",
        "#BritishBeer"]  # fmt: skip
HANDLES = ["@riverfordorganic", "@bloomandwild", "@chesterzoo", "@monzo", "@visitwales", "@jet2tweets", "@thornbridge"]
SECTOR_WORDS = ["farm shop", "private GP", "physio clinic", "dentist", "craft beer", "sofa shop", "escape room", "pub quiz"]  # fmt: skip
RANKS = ["3rd", "5th", "12th", "21st", "34th", "1st", "2nd", "48th", "63rd"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Values for this pool's own placeholders, drawn in a fixed order so a seed always writes the same text."""
    year = rng.randint(2015, 2024)
    recent = rng.randint(2016, 2025)  # the decoys' own years: what happened while these writers were studying
    first, second = rng.sample(MONTHS, 2)
    return {
        "PERSON": rng.choice(PEOPLE),
        "GAME": rng.choice(GAMES),
        "TAG": rng.choice(TAGS),
        "HANDLE": rng.choice(HANDLES),
        "SECTOR": rng.choice(SECTOR_WORDS),
        "RANK": rng.choice(RANKS),
        "MONTH": first,
        "MONTH2": second,
        "PCT": str(rng.randint(3, 68)),
        "PRICE": f"{rng.randint(9, 39)}.99",
        "YR": str(recent),
        "YR2": str(recent + rng.randint(1, 2)),
        "SPAN": f"{year}/{(year + 1) % 100:02d}",  # a financial or tax year: "2023/24"
    }
