"""Prose for the twenty-third held-out pool, "blind23": sentence frames, claims and non-citation decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses.

Written by a twenty-third hand, without reading the checker, its tests or the other pools' frames, decoys and works,
from how CIM Level 4 and NCFE Level 3 learners write practical, reflective reports about the organisation they work
or volunteer for: hospices, food banks, animal rescues, museums and galleries, theatres, leisure centres, rugby and
cricket clubs, heritage sites, stop-smoking and vaccination campaigns, community energy and housing charities. They
write in the first person, about their own surveys, interviews, board papers, handbooks, funding bids and visitor
figures, and cite the sector's bodies, textbooks and press. Citations open and close sentences, follow "as",
"according to", "like", "as set out by" and "building on", stand in table and figure notes and in lists, carry
"see", "e.g." and "adapted from" inside the bracket and are possessive. The decoys are text with a capitalised name,
a year, a bracket or quotation marks that is not a citation; their kinds are the keys of NOT_CITATIONS below.

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
    "{N} found that {C}.",
    "{N} argues that {C}, and this matched what I saw at {org}.",
    "{N} points out that {C}.",
    "{N} explains that {C}, which is why our {role} wanted to test it.",
    "{N} suggests that {C}; my own survey backed this up.",
    "{N} reported that {C} in {yr}, and nothing I found says otherwise.",
    "{N} recommends that small organisations accept that {C}.",
    "{N} is clear that {C}.",
    "{N} showed that {C}, although their sample was much bigger than ours.",
    "{N} makes the point that {C}, which I had not thought about before this unit.",
    "{N} states that {C}.",
    "{N} describes how {C}.",
    "{N} warns that {C} and that trustees need to plan for it.",
]  # fmt: skip

NARRATIVE_MID = [
    "As {N} says, {C}.",
    "According to {N}, {C}.",
    "In my experience at {org}, and as {N} also found, {C}.",
    "This links to the idea from {N} that {C}.",
    "Building on {N}, I would say that {C}.",
    "When I read {N} I realised that {C}.",
    "Our {role} agreed with {N} that {C}.",
    "Source: adapted from {N}.",
    "Table {q} uses the categories set out by {N}, who found that {C}.",
    "The model used here comes from {N}, and it shows that {C}.",
    "Like {N}, I found that {C}.",
    "Following the advice of {N}, we decided that {C}.",
    "It is worth noting, as {N} does, that {C}.",
    "For {org}, the key lesson from {N} is that {C}.",
]  # fmt: skip

POSSESSIVE = [
    "{N} research shows that {C}.",
    "{N} report was useful because it showed that {C}.",
    "Using {N} framework, I could see that {C}.",
    "{N} guidance says that {C}.",
    "According to {N} findings, {C}.",
    "I used {N} model in Figure {q} to show that {C}.",
    "{N} study of {A} found that {C}.",
]  # fmt: skip

PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "It is widely accepted that {C} {P}.",
    "{C}, and {C2} {P}.",
    "Figure {q}: the supporter journey at {org} {P:adapted from}.",
    "Table {q}: visitor segments for {org} {P:adapted from}.",
    "Many small charities now accept that {C} {P:see}.",
    "This matters because {C} {P:e.g.}.",
    "At {org} we have seen that {C} {P}.",
    "The research is clear that {C} {P}.",
    "{C}, especially for {A} {P}.",
    "Some writers go further and argue that {C} {P:see}.",
    "I think this is right, because {C} {P}.",
]  # fmt: skip

PARENTHETICAL_MID = [
    "{C} {P}, so {org} needs to act on it.",
    "{O}, {C} {P}, and this shaped my recommendations.",
    "Research {P} shows that {C}.",
    "Because {C} {P}, we changed our approach in {month}.",
    "{C} {P}; however, {C2}.",
    "Recent figures {P} suggest that {C}.",
    "Studies of {s} {P:e.g.} show that {C}.",
    "Sector guidance {P} says that {C}, which I have applied below.",
    "The evidence {P:see} is that {C}.",
    "{C} {P}, which our own survey supports.",
]  # fmt: skip

CLAIMS = [
    "donors who hear back within a week are far more likely to give again",
    "volunteers stay longer when they feel part of the team",
    "legacy gifts make up a large share of hospice income",
    "people trust local charities more than national ones",
    "many visitors decide where to go on the day, using their phones",
    "the cost of living crisis has hit regular giving",
    "younger audiences respond better to stories than to statistics",
    "free entry does not on its own widen who visits a museum",
    "smokers are more likely to quit with support than on their own",
    "vaccine uptake is lowest where trust in services is lowest",
    "community ownership makes local people more positive about renewable energy",
    "grassroots clubs depend on a small number of very committed volunteers",
    "food bank users often feel stigma when asking for help",
    "{B} has built strong brand recognition through its shops",
    "theatre audiences book later than they did before the pandemic",
    "Gift Aid is still not claimed on many eligible donations",
    "social media works best for small charities when it shows real people",
    "a clear case for support makes funding bids more successful",
    "{T} can raise {R} among {A}",
    "membership schemes give heritage sites a reliable income",
    "segmentation helps even very small organisations use their budget well",
    "people are more likely to adopt a rescue animal after seeing it on video",
    "participation in sport falls sharply among teenage girls",
    "the marketing mix needs extra Ps for services such as people, process and physical evidence",
    "trust in charities dropped after fundraising scandals but has since recovered",
    "local press coverage still drives attendance at community events",
    "housing charities must balance campaigning with delivering services",
    "repeat visitors are worth more than first-time visitors over time",
    "email newsletters remain one of the cheapest ways to keep supporters informed",
    "behaviour change campaigns work better when they make the healthy choice the easy one",
]  # fmt: skip

OPENERS = [
    "In the third sector",
    "For a small charity like ours",
    "Looking at my own organisation",
    "From what I have seen as a volunteer",
    "In heritage marketing",
    "In public health",
    "Since the pandemic",
    "In community sport",
    "When budgets are tight",
    "On reflection",
    "For local tourism",
    "In the arts",
]  # fmt: skip

PLAIN = [
    "I work part-time at {org} and this report is based on my own role.",
    "I chose this topic because it is a real problem for us.",
    "My manager agreed that I could use our internal data for this assignment.",
    "The results of my survey are summarised in the appendix.",
    "This section reflects on what I learned and what I would do differently.",
    "We are a small team with no dedicated marketing budget.",
    "I shared a draft of these recommendations with our {role}.",
    "Overall, the campaign went better than I expected.",
    "Below I set out three recommendations for next year.",
    "I found this part of the unit the hardest to apply to my workplace.",
    "Our supporters are mostly local and over fifty.",
    "This is only a small organisation, so the findings may not apply everywhere.",
]  # fmt: skip

QUOTE_FRAMES = [  # a direct quotation; {P} or {N} carries a page locator unless the problem is planted
    "{N} puts it well: {Q}.",
    "As {N} says, {Q}.",
    "{N} writes that {Q}, and this sums up our problem.",
    "One definition I found useful is that {Q} {P}.",
    "{Q} {P}.",
    "Marketing in the sector is described as {Q} {P}.",
    "I agree with {N} that {Q}.",
    "The key point for {org} is that {Q} {P}.",
    "In the words of {N}, {Q}.",
]  # fmt: skip

SCARE_QUOTES = ["‘hard to reach’", "‘chugging’", "‘beneficiaries’", "‘poverty porn’", "‘donor fatigue’", "'day trippers'",
                "‘sadvertising’", "'real' fans", "‘quick wins’", "“the usual suspects”", "‘culture vultures’", "'hidden gem'"]  # fmt: skip

SCARE_FRAMES = [
    "Charities still talk about {Q} groups, which can put people off {P}.",
    "Some of our trustees worry about {Q} {P}.",
    "{N} criticises the idea of {Q} audiences.",
    "We try not to use terms like {Q} in our leaflets {P}.",
    "The phrase {Q} comes up a lot in sector press {P}.",
    "{N} warns against what the press calls {Q}.",
]  # fmt: skip

SUBJECT_LINES = ["‘Your gift kept the lights on this winter’", "‘Meet Biscuit: he's ready for a home’", "‘Last chance for panto tickets!’",
                 "‘A thank you from all of us’", "‘Stoptober: day 1 of 28’", "'Your flu jab is due'", "'Free family fun day this Saturday'",
                 "“We’re turning 50 – and you’re invited”", "‘Could you give three hours a month?’"]  # fmt: skip

SUBJECT_FRAMES = [
    "Our email with the subject line {Q} had the best open rate, which fits the advice on personal subject lines {P}.",
    "I tested the subject line {Q} against a plain one, as {N} suggests.",
    "The subject line {Q} used a named animal, which is known to work {P}.",
    "Our Facebook post {Q} did well, in line with {N}.",
    "We used {Q} on posters because short messages are easier to remember {P}.",
]  # fmt: skip

# Text that is not a citation: names of things with years, brackets that hold no author and year, quoted words.
NOT_CITATIONS: dict[str, list[str]] = {
    "event-with-year": [
        "We ran a stall at {event} {yr} and signed up {n} new supporters.",
        "Planning for {event} {yr} started in {month}.",
        "Footfall on the day of {event} {yr} was our highest of the year.",
    ],
    "appeal-name": [
        "Our {appeal} {yr} appeal raised £{n},000, a little below target.",
        "The {appeal} appeal ({month} {yr}) was the first I helped to plan.",
    ],
    "award-year": [
        "We were shortlisted for the {award} {yr}, which we used in our press release.",
        "Winning {award} {yr} gave the team a real boost.",
        "Our {role} was highly commended at the {award} ({yr}).",
    ],
    "tv-programme": [
        "Visitor numbers jumped after the site appeared in {tv} ({yr}).",
        "Several volunteers said they first heard of us on {tv} in {yr}.",
    ],
    "song-title": [
        "The video used {song} as its soundtrack, which our older supporters loved.",
        "We closed the fun day with a singalong to {song}.",
    ],
    "legislation-mention": [
        "As a registered charity we have to follow the {act} when we fundraise.",
        "Our trustees had training on the {act} last year.",
        "The {act} changed how we could run our raffle.",
    ],
    "standard-code": [
        "The café is working towards {standard} certification.",
        "We follow {standard} for our events, as our insurer asked us to.",
    ],
    "founded-bracket": [
        "{org} (founded {Y}) is one of the oldest organisations of its kind in the area.",
        "The club (est. {Y}) plays at the same ground it always has.",
        "Our shop (opened {month} {yr}) now covers its own costs.",
    ],
    "interviewee": [
        "I interviewed {person}, our {role}, in {month} {yr} about the campaign.",
        "{person} ({role}) told me the biggest barrier was time.",
        "In my interview with {person} on {d} {month}, she said that the website was out of date.",
    ],
    "job-title-year": [
        "I became {role} in {yr} after two years as a volunteer.",
        "{person} was named Volunteer of the Year {yr} for her work in the shop.",
    ],
    "financial-year": [
        "In {fy} our income from events was £{n},000.",
        "Shop sales in the {fy} financial year were up on the year before.",
        "The {fy} budget for marketing was cut by a third.",
    ],
    "income-bracket": [
        "Trading brought in £{n}k ({yr} income), about a quarter of the total.",
        "Membership fees of £{n},000 ({fy} figures) cover our core costs.",
        "Ticket revenue was £{n}k ({yr} revenue), down on the season before.",
    ],
    "visitor-figures-bracket": [
        "Visits rose from {n},000 ({yr}) to {n2},000 ({yr2}).",
        "We welcomed {n},400 visitors ({yr}), compared with {n2},100 the year before.",
        "Attendance at home games averaged {n} ({fy} season).",
    ],
    "own-survey-sample": [
        "My own survey (n = {n}, {month} {yr}) found that most respondents heard about us by word of mouth.",
        "I surveyed {n} visitors in {month} {yr} using a paper form at the till.",
        "The supporter survey (sent to {n} people, {pct}% response) is in Appendix {q}.",
    ],
    "meeting-date": [
        "This was agreed at the trustees' meeting on {d} {month} {yr}.",
        "At the marketing sub-committee in {month} {yr} we decided to drop the printed newsletter.",
    ],
    "sport-season": [
        "In the {season} season the club ran {q} junior teams.",
        "Membership fell during the {season} season but has since recovered.",
        "Our first team finished {rank} in the league in {season}.",
    ],
    "match-result": [
        "The home game against {opp} ({month} {yr}) drew our biggest crowd.",
        "After the {score} win over {opp}, social media mentions doubled.",
    ],
    "exhibition-dates": [
        "The exhibition {exhibit} ({yr}-{yr2}) brought in a much younger audience.",
        "We promoted {exhibit} (until {month} {yr}) mainly through Instagram.",
    ],
    "production-year": [
        "Our panto, {show} ({yr}), sold out in three weeks.",
        "The {yr} production of {show} was the first we sold mainly online.",
        "Reviews of {show} (autumn {yr}) were shared widely on Facebook.",
    ],
    "listed-building": [
        "The hall is a Grade II* listed building (c. {old}), which limits the signage we can use.",
        "Parts of the chapel date from {old}, which we use in our heritage story.",
    ],
    "abbreviation-year": [
        "Since COVID-19 our volunteer numbers have not fully recovered.",
        "The move from UA to GA4 in {month} 2023 meant we lost some of our old data.",
        "The MMR catch-up campaign targeted families with children under 5.",
        "Our board is working towards the SDG 7 target for clean energy by 2030.",
    ],
    "flu-season": [
        "During the {fy} flu season uptake among over-65s was {pct}%.",
        "We ran the winter {yr} vaccination pop-ups in two supermarket car parks.",
    ],
    "hashtag": [
        "Our posts with {tag} got twice the engagement of our usual posts.",
        "We joined in with {tag} for the first time this year.",
    ],
    "social-handle": [
        "Our Instagram account, {handle}, has {n} followers.",
        "I tagged {handle} in every post during the week of the appeal.",
    ],
    "charity-number": [
        "{org} (Registered Charity No. {regno}) has {q} paid staff.",
        "Every leaflet has to show our charity number ({regno}).",
    ],
    "percent-change-year": [
        "Online donations grew by {pct}% (up from {yr}).",
        "Gift Aid claims were {pct}% higher than in {yr}.",
    ],
    "date-range-bracket": [
        "The campaign ran for six weeks ({d} {month} - {d2} {month2} {yr}).",
        "The pilot period (April {yr} to March {yr2}) gave us a full year of data.",
    ],
    "grant-award": [
        "In {yr} we received £{n},000 from {grant} for the new learning space.",
        "Our bid to {grant} was turned down in {yr}, so we tried again with a clearer budget.",
    ],
    "review-rating": [
        "We have a rating of 4.{q} stars on Google (from {n} reviews).",
        "On Tripadvisor we are ranked {rank} of {n2} things to do in {town}.",
    ],
    "opening-times": [
        "The site is open daily from 10am to 4pm (1 April to 31 October).",
        "The food bank opens on Tuesdays and Fridays (9.30-12.00).",
    ],
    "cross-reference": [
        "The full results are in the appendix (see Appendix {q}).",
        "This is shown in the chart below (Figure {q}).",
        "The segments are described in Section {q}.{d} (Table {q}).",
    ],
    "survey-question": [
        "Question {q} asked: 'How did you first hear about us?'",
        "One question, ‘Would you recommend us to a friend?’, was answered by almost everyone.",
    ],
    "search-term": [
        "Most visitors found us by searching for {search}.",
        "Google Search Console shows {search} is our top search term.",
    ],
    "slogan": [
        "Our strapline, {slogan}, was chosen by a vote of staff and volunteers.",
        "The posters used the slogan {slogan} in big letters.",
    ],
    "anniversary": [
        "{yr} is our {nth} anniversary, so we are planning a year of events.",
        "We celebrated {nth} years of the club in {yr} with a dinner.",
    ],
    "tenure-bracket": [
        "The founder, {founder} ({life}), is still a big part of our story.",
        "Our longest-serving chair, {person} ({yr}-{yr2}), set up the friends' scheme.",
    ],
    "ticket-price-year": [
        "An adult ticket costs £{price} ({yr} prices) and children go free.",
        "Membership is £{price} a year (from {month} {yr}).",
    ],
    "software-tool": [
        "We moved our donor records to {tool} in {yr}.",
        "I made the posters in {tool}, which is free for charities.",
    ],
    "strategy-name": [
        "This fits with our {strategy}, which the board signed off last year.",
        "Growing our digital audience is one of the three goals in {strategy}.",
    ],
    "handbook-section": [
        "Section {q}.{d} of our staff handbook ({yr} edition) says all posts must be approved by the manager.",
        "Our volunteer handbook (page {q}) explains how to handle complaints.",
    ],
    "census-year": [
        "The 2021 Census showed that a quarter of people in {town} are over 65.",
        "Census 2021 figures for {town} helped me build our personas.",
    ],
    "visitor-comment": [
        "One visitor wrote in our comments book: ‘best day out we have had all year’.",
        "A volunteer told me, 'I come here for the company as much as anything'.",
        "One parent wrote on Facebook, “my kids talked about it for weeks”.",
    ],
    "qualification": [
        "I am studying for the CIM Level 4 Certificate in Professional Marketing alongside my job.",
        "Two of our staff have the NCFE Level 3 Certificate in Marketing ({yr} specification).",
    ],
    "honours": [
        "Our patron, {person} MBE ({yr} New Year Honours), opened the new wing.",
        "{person} received the British Empire Medal in {yr} for services to the community.",
    ],
    "address-postcode": [
        "The food bank moved to Unit {q}, Mill Lane, {town} {postcode} in {yr}.",
        "Leaflets went to every house in the {postcode} area.",
    ],
    "storm-event": [
        "{storm} ({month} {yr}) closed the site for a week and we lost most of our half-term income.",
        "After {storm} in {yr} we launched an emergency appeal.",
    ],
    "age-band": [
        "Most of our Instagram followers are aged 25-34 (68%).",
        "The campaign was aimed at women aged 50-70 who had never been screened.",
    ],
    "heritage-object": [
        "The star of the collection is a {old} locomotive, No. {regno}, restored by volunteers.",
        "Our oldest object is a quilt made in {old} by a local family.",
    ],
    "quarter-period": [
        "In Q{q} {yr} website visits were up {pct}% on the quarter before.",
        "The Q{q} board paper showed a gap of £{n}k against budget.",
    ],
}  # fmt: skip

# fmt: off
BRANDS = ["Macmillan Cancer Support", "Marie Curie", "Sue Ryder", "The Trussell Trust", "FareShare", "Battersea", "Dogs Trust",
          "RSPCA", "Cats Protection", "National Trust", "English Heritage", "Beamish Museum", "Eden Project", "Shelter", "Crisis",
          "Centrepoint", "Age UK", "Mind", "Samaritans", "Everyone Active", "Better", "parkrun", "Bath Rugby", "Yorkshire CCC",
          "Ripple Energy", "Tate Modern", "Royal Exchange Theatre", "Leeds Playhouse", "St Christopher's", "Barnardo's"]  # fmt: skip

ORGS = ["Eden Valley Hospice", "Kirkby Community Food Bank", "Harbourside Theatre", "Pennine Animal Rescue", "Ravensworth Hall",
        "St Bride's Hospice", "Calderdale Cricket Club", "the Vikings rugby club", "Wyre Forest Leisure Centre", "Saltmarsh Community Energy",
        "Haven Housing Trust", "the Museum of the Moorlands", "the Lantern Arts Centre", "our stop-smoking service", "the vaccination team"]  # fmt: skip
FIRSTS = [
    "Sarah",
    "Dev",
    "Margaret",
    "Kofi",
    "Bethan",
    "Aoife",
    "Tomasz",
    "Nadia",
    "Graham",
    "Precious",
    "Hamish",
    "Layla",
]
LASTS = [
    "Whitworth",
    "Adeyemi",
    "Kowalski",
    "O'Rourke",
    "Bhatt",
    "MacLeod",
    "Hughes",
    "Ferreira",
    "Nolan",
    "Begum",
    "Trevithick",
]
ROLES = ["fundraising manager", "volunteer coordinator", "chief executive", "box office manager", "learning officer", "club secretary",
         "shop manager", "head of visitor experience", "community engagement lead", "digital officer", "chair of trustees"]  # fmt: skip
TOWNS = [
    "Kendal",
    "Halifax",
    "Whitby",
    "Barnstaple",
    "Wrexham",
    "Falkirk",
    "Ulverston",
    "Hexham",
    "Truro",
    "Scunthorpe",
    "Bangor",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "September",
    "October",
    "November",
    "December",
]
EVENTS = ["Hospice Care Week", "Heritage Open Days", "Museums at Night", "Volunteers' Week", "Small Charity Week", "Giving Tuesday",
          "Stoptober", "Dry January", "Community Energy Fortnight", "the Great North Run", "Pride in {town}", "Light Up a Life"]  # fmt: skip
APPEALS = [
    "Christmas Tree of Light",
    "Winter Warmth",
    "Forever Home",
    "Save Our Stage",
    "Fill a Trolley",
    "Roof Repair",
    "Paws for Thought",
]
AWARDS = ["Charity Times Awards", "Museums + Heritage Awards", "Third Sector Excellence Awards", "Visit England Awards for Excellence",
          "Sport England Club of the Year", "Community Energy Awards", "{town} Business Awards"]  # fmt: skip
TV = [
    "Countryfile",
    "Antiques Roadshow",
    "BBC Breakfast",
    "DIY SOS: The Big Build",
    "The Repair Shop",
    "Look North",
    "Escape to the Country",
]
SONGS = [
    "‘Lean on Me’",
    "‘Here Comes the Sun’",
    "‘Three Little Birds’",
    "'Sweet Caroline'",
    "‘Don’t Stop Me Now’",
    "'You'll Never Walk Alone'",
]
ACTS = [
    "Charities Act 2011",
    "Charities Act 2022",
    "Data Protection Act 2018",
    "Equality Act 2010",
    "Gambling Act 2005",
    "Licensing Act 2003",
]
STANDARDS = [
    "ISO 20121",
    "ISO 14001:2015",
    "BS 8555",
    "PAS 2060",
    "Investors in Volunteers",
    "VisitEngland Quality Assured",
]
SHOWS = [
    "Cinderella",
    "Jack and the Beanstalk",
    "Blood Brothers",
    "A Christmas Carol",
    "The 39 Steps",
    "Our Town",
    "Aladdin",
]
EXHIBITS = ["‘Threads of the Valley’", "‘Wild Moors’", "'Made in {town}'", "‘Votes for Women’", "‘Rails and Rivers’"]
CLUBS = [
    "Kendal RUFC",
    "Halifax Town",
    "Wrexham Lager CC",
    "Hexham Rugby",
    "Truro City",
    "Old Trafford Vikings",
    "Bangor CC",
]
TAGS = [
    "#GivingTuesday",
    "#HospiceCareWeek",
    "#AdoptDontShop",
    "#Stoptober",
    "#MuseumWeek",
    "#SmallCharityWeek",
    "#VolunteersWeek",
]
SLOGANS = ["‘Every meal matters’", "‘Here for every moment’", "'Give them a second chance'", "‘Your heritage, your story’",
           "“Quit for good”", "‘Power to the people of {town}’"]  # fmt: skip
SEARCHES = [
    "‘food bank near me’",
    "'things to do in {town}'",
    "‘adopt a dog {town}’",
    "'free flu jab'",
    "‘hospice jobs’",
    "'panto tickets'",
]
GRANTS = ["the National Lottery Heritage Fund", "the National Lottery Community Fund", "Arts Council England", "Children in Need",
          "the Garfield Weston Foundation", "Sport England's Small Grants fund", "our county council's community fund"]  # fmt: skip
TOOLS = ["Canva", "Beacon CRM", "Mailchimp", "Donorfy", "Salesforce Nonprofit Cloud", "Eventbrite", "Google Ad Grants"]
STRATEGIES = [
    "Strategy 2025-2030",
    "Vision 2030",
    "our Five-Year Plan 2024-29",
    "the Ten Year Plan",
    "our Growth Plan 2023/26",
]
FOUNDERS = [("Octavia Hill", "1838-1912"), ("Dame Cicely Saunders", "1918-2005"), ("Mary Tealby", "1801-1865"),
            ("Sir Robert Hunter", "1844-1913"), ("Lilian Baylis", "1874-1937")]  # fmt: skip
STORMS = ["Storm Arwen", "Storm Desmond", "Storm Babet", "Storm Ciara", "Storm Eunice"]
POSTCODES = ["LA9 4QA", "HX1 2RS", "YO21 3PU", "TR1 2LL", "LL11 1AY", "NE46 3NH"]
RANKS = ["2nd", "3rd", "5th", "7th", "11th", "14th"]
NTHS = ["25th", "40th", "50th", "60th", "75th", "100th", "150th"]
SETTINGS = ["rural museums", "hospices", "rugby clubs", "food banks", "community energy groups", "animal rescues"]

# fmt: on


def values(rng: random.Random) -> dict[str, str]:
    """The pool's own placeholders, drawn for every sentence in a fixed order so a seed always writes the same text."""
    town = rng.choice(TOWNS)
    year = rng.randint(2014, 2024)
    founder, life = rng.choice(FOUNDERS)
    drawn = {
        "org": rng.choice(ORGS), "role": rng.choice(ROLES), "town": town, "month": rng.choice(MONTHS), "month2": rng.choice(MONTHS),
        "yr": str(year), "yr2": str(year + rng.randint(1, 2)), "fy": f"{year}/{str(year + 1)[2:]}", "season": f"{year}/{str(year + 1)[2:]}",
        "person": f"{rng.choice(FIRSTS)} {rng.choice(LASTS)}", "event": rng.choice(EVENTS), "appeal": rng.choice(APPEALS),
        "award": rng.choice(AWARDS), "tv": rng.choice(TV), "song": rng.choice(SONGS), "act": rng.choice(ACTS),
        "standard": rng.choice(STANDARDS), "show": rng.choice(SHOWS), "exhibit": rng.choice(EXHIBITS), "opp": rng.choice(CLUBS),
        "score": f"{rng.randint(10, 40)}-{rng.randint(3, 30)}", "tag": rng.choice(TAGS), "slogan": rng.choice(SLOGANS),
        "search": rng.choice(SEARCHES), "grant": rng.choice(GRANTS), "tool": rng.choice(TOOLS), "strategy": rng.choice(STRATEGIES),
        "founder": founder, "life": life, "storm": rng.choice(STORMS), "postcode": rng.choice(POSTCODES), "rank": rng.choice(RANKS),
        "nth": rng.choice(NTHS), "n2": str(rng.randint(12, 900)), "d2": str(rng.randint(1, 28)), "pct": str(rng.randint(3, 64)),
        "regno": str(rng.randint(200000, 1199999)), "price": f"{rng.randint(4, 60)}.{rng.choice(['00', '50', '95'])}",
        "old": str(rng.randint(1180, 1899)), "s": rng.choice(SETTINGS),
        "handle": "@" + rng.choice(["EdenValleyHospice", "KirkbyFoodBank", "HarboursideTheatre", "PennineRescue", "MoorlandsMuseum", "SaltmarshEnergy"]),
    }  # fmt: skip
    for key in ("event", "award", "exhibit", "slogan", "search"):  # names that carry the town
        drawn[key] = drawn[key].replace("{town}", town)
    return drawn
