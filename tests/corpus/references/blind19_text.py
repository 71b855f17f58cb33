"""Prose for the nineteenth held-out pool, "blind19": sentence frames, claims and non-citation decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses.

Written by a nineteenth hand, without reading the checker, its tests or the other pools' frames, decoys and works,
from how 16-19-year-olds on NCFE and BTEC Level 3 business and marketing courses in England, and first-year
undergraduates, write: short plain sentences, "says", "said" and "according to", a website cited by its name
("Wikipedia (2023) says", "according to BBC Bitesize (no date)"), the source in brackets at the end of a paragraph,
sources in table and figure notes, and quotations with and without a page. Their businesses are local gyms,
hairdressers and barbers, takeaways, bubble tea shops, esports teams, trainer resale, car washes, phone repair shops,
youth football clubs and festivals. The decoys are text with a capitalised name, a year, a bracket or quotation marks
that is not a citation; their kinds are the keys of NOT_CITATIONS below.

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
    "{N} says that {C}.",
    "{N} said {C}.",
    "{N} says {C}, which I agree with.",
    "{N} explains that {C}.",
    "{N} found that {C}.",
    "{N} states that {C}.",
    "{N} shows that {C} and this links to {B}.",
    "{N} thinks {C}.",
    "{N} suggests that {C}, so {B} should think about this.",
    "{N} believes that {C}.",
]

NARRATIVE_MID = [
    "According to {N}, {C}.",
    "As {N} says, {C}.",
    "This is backed up by {N}, who says {C}.",
    "{O}, {N} says that {C}.",
    "I found out from {N} that {C}.",
    "On the other hand, {N} argues that {C}.",
    "A good example is {N}, which shows that {C}.",
    "This is because, as {N} points out, {C}.",
    "For {B}, this matters because {N} says {C}.",
    "Another source, {N}, says {C}.",
    "In the research by {N} it says that {C}.",
]

POSSESSIVE = [
    "{N} article says {C}.",
    "{N} research shows that {C}.",
    "According to {N} page on this, {C}.",
    "{N} video explains that {C}.",
    "{N} data shows {C}.",
    "In {N} book it says that {C}.",
]

PARENTHETICAL_END = [
    "{C} {P}.",
    "{C}, which is why {B} needs to act {P}.",
    "{O}, {C} {P}.",
    "Research shows that {C} {P}.",
    "{C} and {C2} {P}.",
    "It is known that {C} {P}.",
    "This means {C} {P}.",
    "Figure {q} shows the results of my survey and {C} {P:Source:}.",
    "Table {q} compares prices at three {sector} in {town}, and {C} {P:Source:}.",
    "{C} {P:see also}.",
    "One study says {C} {P:e.g.}.",
]

PARENTHETICAL_MID = [
    "{C} {P}, so {C2}.",
    "{O}, {C} {P} and this affects {B}.",
    "Some people say {C} {P}, but I think {C2}.",
    "{C} {P}; this is a threat for {B}.",
    "Because {C} {P}, {B} could lose customers.",
    "{C} {P}, which links to the marketing mix.",
]

CLAIMS = [
    "young people choose a gym mostly on price",
    "most people find a barber through word of mouth",
    "bubble tea became popular in the UK through TikTok and Instagram",
    "takeaways rely on delivery apps like Just Eat and Deliveroo",
    "esports teams make most of their money from sponsors",
    "trainer resale is popular with Gen Z because limited drops sell out fast",
    "car washes compete on price and speed",
    "people keep their phones for longer now so repair shops get more customers",
    "youth football clubs need local sponsors to keep fees low",
    "festival tickets have gone up a lot since the pandemic",
    "customers trust online reviews as much as a friend's advice",
    "the marketing mix has four Ps: product, price, place and promotion",
    "primary research is collected first hand, for example a questionnaire",
    "secondary research is cheaper but it can be out of date",
    "a SWOT analysis looks at strengths, weaknesses, opportunities and threats",
    "good customer service makes people come back",
    "small businesses use Instagram because it is free",
    "{A} are more likely to try a new brand if an influencer recommends it",
    "loyalty cards help {sector} keep regular customers",
    "prices in {sector} have risen because of energy costs",
    "{T} can increase {R}",
    "the cost of living crisis means people cut back on treats like bubble tea",
    "January is the busiest month for gyms",
    "most barbers now take bookings online",
    "Gen Z spend a lot of time on TikTok and YouTube",
    "niche marketing means aiming at one small group of customers",
    "segmentation splits the market into groups by age, gender, income or lifestyle",
    "bad reviews on Trustpilot can put new customers off",
    "promotions like student discount bring in {A}",
    "a USP is what makes a business different from its competitors",
]

OPENERS = [
    "For example", "In my opinion", "On the other hand", "However", "Also", "Overall", "Firstly", "Secondly",
    "In conclusion", "For {B}", "In {town}", "Because of this", "To be honest", "As a result", "In the UK",
]  # fmt: skip

PLAIN = [
    "This is a good thing for {B}.",
    "I think this is the most important point.",
    "{B} should use this in its marketing.",
    "This links to the 4Ps.",
    "I will now look at the competitors.",
    "This is a threat because it could mean fewer customers.",
    "Below is my SWOT analysis for {B}.",
    "My recommendation is to post more on TikTok.",
    "This shows why market research is important.",
    "The next section is about pricing.",
]

QUOTE_FRAMES = [  # a direct quotation; {P} or {N} carries a page locator unless the problem is planted
    "{N} says {Q}.",
    "{N} said that {Q}.",
    "One quote I found says {Q} {P}.",
    "{Q} {P}.",
    "Marketing is described as {Q} {P}.",
    "According to {N}, {Q}.",
    "I agree with {N} when they say {Q}.",
    "The textbook says {Q} {P}, which fits {B}.",
]

SCARE_QUOTES = ["‘cheap’", "‘premium’", "‘no contract’", "‘fresh’", "‘authentic’", "‘vibes’", "‘legit’", "‘hype’",
                "‘limited edition’", "‘unlimited’", "‘family run’", "‘best in town’", "‘all you can eat’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} calls itself {Q} but some customers disagree {P}.",
    "A lot of {sector} say they are {Q} {P}.",
    "{N} says the word {Q} is used too much in adverts.",
    "The shop's menu says {Q}, which is a selling point {P}.",
    "Trainers sold as {Q} often sell out in minutes {P}.",
]

SUBJECT_LINES = ["‘Your free day pass is waiting 💪’", "‘Last chance: 20% off bubble tea this weekend’", "‘We miss you! Come back for £1’",
                 "‘bubble tea near me’", "‘cheap gym {town}’", "‘phone screen repair near me’", "‘Get your tickets before they’re gone’",
                 "‘Fresh cuts, no appointment needed’", "‘Tryouts this Saturday – U9 to U16’"]  # fmt: skip
SUBJECT_FRAMES = [
    "{B} sent an email with the subject {Q} {P}.",
    "People search for things like {Q} on Google {P}.",
    "The banner on the website said {Q}, which is a call to action {P}.",
    "{N} says that a message like {Q} gets more clicks.",
    "The search term {Q} has gone up a lot {P}.",
]

NOT_CITATIONS: dict[str, list[str]] = {
    "product-with-year": [
        "The iPhone 15 (2023) has a tougher screen so {phoneshop} might get fewer repairs.",
        "The Samsung Galaxy S24 (2024) is one of the most repaired phones at {phoneshop}.",
        "The PlayStation 5 (2020) made gaming more popular with my age group.",
    ],
    "trainer-model-year": [
        "The Nike Dunk Low ‘Panda’ (2021) was the most resold trainer that year.",
        "Air Jordan 1 (1985) is still the trainer most people want.",
        "The Adidas Samba (1950) came back into fashion in {Y}.",
    ],
    "campaign-name-year": [
        "The This Girl Can campaign (2015) got more women into gyms.",
        "The Eat Out to Help Out scheme (2020) helped takeaways and cafés for a month.",
        "Nike's Dream Crazy advert (2018) got a lot of people talking.",
    ],
    "event-with-year": [
        "Leeds Festival 2023 sold out in under a day.",
        "{fest} {Y} had over {n},000 people there.",
        "The club ran a fun day at {town} Carnival {Y}.",
    ],
    "award-with-year": [
        "{barber} won Barbershop of the Year (Yorkshire) {Y} at the local business awards.",
        "{tea} was shortlisted for Best Independent Business {Y}.",
        "The club got the FA Charter Standard award in {Y}.",
    ],
    "tv-series": [
        "Love Island (ITV, 2015 to now) made gyms and fake tan more popular.",
        "Gogglebox (Channel 4) shows families eating takeaways every week.",
        "The Apprentice (BBC One) had a task about opening a barbers.",
    ],
    "song-or-film": [
        "The gym plays songs like Mr Brightside (The Killers, 2004) in classes.",
        "The film The Social Network (2010) shows how Facebook started.",
        "The club sings Sweet Caroline (Neil Diamond, 1969) after every win.",
    ],
    "game-title": [
        "{team} mainly play League of Legends (2009) and Valorant (2020).",
        "EA Sports FC 24 came out in {month} 2023 and lots of youth players play it.",
        "Fortnite Chapter {q} brought lots of new players to the team's stream.",
    ],
    "law-named": [
        "Under the National Minimum Wage Act 1998, car wash staff must be paid at least the minimum wage.",
        "The smoking ban (2007) changed how pubs and takeaways used outdoor space.",
        "The Tobacco and Vapes Bill would stop shops selling vapes to young people.",
    ],
    "standard-named": [
        "{carwash} has ISO 14001 certification because it recycles water.",
        "The food hygiene rating at {tea} is 5 (Very Good).",
        "Phone repair shops should follow the PAS 141 standard when refurbishing phones.",
    ],
    "place-with-code": [
        "The gym is on Kirkstall Road (LS4) near the university.",
        "{barber} is in {town} city centre (near the bus station).",
        "There are {q} bubble tea shops on the same street (Briggate).",
    ],
    "interviewee-age": [
        "Ella (17) said she only goes to the gym with her friends.",
        "One customer, Josh (19), told me he buys trainers on Depop.",
        "Aaliyah (16) said bubble tea is her weekend treat.",
    ],
    "interview-appendix": [
        "I interviewed the owner of {barber} in {month} {Y2} (see Appendix 2).",
        "The manager at {gym} told me they have about {n} members (interview, Appendix 1).",
        "My notes from the interview with the club secretary are in Appendix 3.",
    ],
    "job-title-dates": [
        "The owner was Head Coach at {club} (2016–2021) before opening the gym.",
        "She worked as Marketing Assistant (2019–2022) at a festival company.",
        "My uncle was Manager (2010–2018) of a car wash in {town}.",
    ],
    "financial-period": [
        "{B}'s profit went up in FY2023.",
        "In Q3 {Y}, sales at {tea} were the highest they have been.",
        "Revenue for 2022/23 was £{n}k, which is more than the year before.",
    ],
    "figure-note-year": [
        "Sales were about £1.2m (2019 revenue) before the pandemic.",
        "{gym} had {n} members (2023 figures) and wants to reach 1,000.",
        "The club's income was £{n},000 (2022–23 season accounts).",
    ],
    "season-years": [
        "In the 2023/24 season the under-12s won the league.",
        "{club} had its best season (2022–23) since it started.",
        "Next season (2025/26) the club wants a girls' team.",
    ],
    "abbreviation-year": [
        "Because of GDPR 2018 the gym has to ask before sending marketing emails.",
        "COVID-19 closed all gyms and barbers in March 2020.",
        "The BTEC Level 3 (2016 specification) asks us to do a marketing campaign.",
    ],
    "founded-year": [
        "{tea} (founded 2019) is a family business.",
        "PureGym (est. 2009) is the biggest gym chain in the UK.",
        "Chatime was started in Taiwan in 2005 and came to the UK later.",
    ],
    "copyright-line": [
        "At the bottom of the website it says © {B} {Y}.",
        "The logo on the flyer says ‘Est. {Y}’ under the name.",
    ],
    "hashtag": [
        "The hashtag #GymTok has billions of views.",
        "{tea} uses #bubbletea{town} on all its posts.",
        "People post their fades with #barberlife{Y}.",
    ],
    "social-handle": [
        "The shop's Instagram is @{handle} and it has {n} followers.",
        "I messaged @{handle} to ask about prices.",
    ],
    "search-term-quoted": [
        "People in {town} search ‘gym near me’ more in January.",
        "If you Google ‘cheap phone repair’ the big chains come up first.",
    ],
    "slogan": [
        "{barber}'s slogan is ‘Look sharp, feel sharp’.",
        "Nike's slogan ‘Just Do It’ is famous all over the world.",
        "{tea} uses the line ‘Sip happens’ on its cups.",
    ],
    "name-no-year": [
        "I looked on Wikipedia first to get some background.",
        "Most of the reviews on Trustpilot are five stars.",
        "I found the prices on the company's About Us page.",
    ],
    "appendix-figure-ref": [
        "The results are shown in Figure {q} (below).",
        "See Table {q} (Appendix B) for the full price list.",
        "My questionnaire (Appendix 1) had {n} replies.",
    ],
    "own-survey-date": [
        "My survey (March 2024, {n} people) showed that most people go to the gym after college.",
        "In my questionnaire ({month} 2024) most people said price mattered most.",
    ],
    "price-with-date": [
        "A haircut at {barber} costs £{price} (January 2024).",
        "Membership at {gym} is £{price} a month (price in {month} {Y2}).",
        "Weekend tickets for {fest} were £295 (2024) plus a booking fee.",
    ],
    "tournament-name": [
        "{team} came {rank} in the UK Esports League Spring Split 2024.",
        "The LEC Winter Split {Y2} was streamed on Twitch and YouTube.",
        "Worlds 2023 was watched by millions of people online.",
    ],
    "league-or-cup": [
        "The U14s play in the {town} Junior Football League (Division 2).",
        "{club} reached the final of the County Cup (Under-11s) last year.",
    ],
    "platform-launch": [
        "Instagram Reels (launched 2020) is where the barber posts most videos.",
        "TikTok Shop came to the UK in 2021 and lots of resellers use it.",
    ],
    "lockdown-period": [
        "During lockdown (2020–2021) the gym ran online classes.",
        "The first lockdown (March 2020) closed every barber in England.",
    ],
    "generation-years": [
        "Gen Z (born 1997–2012) is the main target market for bubble tea.",
        "Millennials (born 1981–1996) are more likely to go to a gym chain.",
    ],
    "percent-change-years": [
        "Searches for bubble tea went up 40% (2019 to 2023) on Google.",
        "Membership grew by {n}% between 2021 and 2023.",
    ],
    "business-name-with-number": [
        "Barbershop 1986 is a local barber on the high street.",
        "Gym 24/7 and Studio 54 Fitness are both in {town}.",
        "Phones 4u used to be a big phone shop chain.",
    ],
    "course-unit": [
        "This report is for Unit 2 (Developing a Marketing Campaign).",
        "For criterion P4 I need to explain the marketing mix.",
        "This links to what we learned in Unit 14 (Investigating Customer Service).",
    ],
    "radio-or-channel": [
        "The festival was advertised on Capital FM (Yorkshire).",
        "The team streams on Twitch (UK) every Friday night.",
    ],
    "sale-event": [
        "On Black Friday 2023 the trainer shop sold out of most sizes.",
        "Boxing Day (26 December) is a busy day for the gym.",
        "Prime Day {Y2} had deals on phone cases and screen protectors.",
    ],
    "time-bracket": [
        "The car wash is open every day (8am–6pm).",
        "Happy hour at {tea} is Monday to Thursday (3pm–5pm).",
    ],
    "ticket-tier": [
        "An Early Bird ticket (2025) for {fest} costs less than a Tier 2 ticket.",
        "VIP Weekend (Tier 3) tickets sold out first.",
    ],
    "weather-year": [
        "The heatwave in summer 2022 was good for the car wash and ice cream shops.",
        "Storm Arwen (November 2021) cancelled the club's matches for two weeks.",
    ],
    "brand-possessive-year": [
        "{B}'s 2023 advert was all about young people.",
        "Greggs' vegan sausage roll launch in 2019 got loads of attention.",
    ],
    "data-period": [
        "Over the last five years (2019–2024) interest in trainer resale has gone up and down.",
        "The graph covers {Y} to {Y2} and shows sales going up.",
    ],
    "person-mentioned": [
        "Steven Bartlett started his first business at university.",
        "Marcus Rashford's campaign in 2020 was about free school meals.",
        "Gordon Ramsay has lots of takeaway-style restaurants now.",
    ],
}

BRANDS = ["PureGym", "The Gym Group", "Toni&Guy", "Chatime", "Fnatic", "StockX", "Depop", "iSmash", "IMO Car Wash",
          "Greggs", "Just Eat", "Domino's", "JD Sports", "Creams", "Mr Lee's Noodles", "Gail's", "Reading Festival",
          "Boost Juice", "Snap Fitness", "Mowgli"]  # fmt: skip

TOWNS = [
    "Leeds",
    "Bradford",
    "Sheffield",
    "Hull",
    "Coventry",
    "Stoke",
    "Bristol",
    "Wakefield",
    "Derby",
    "Luton",
    "Preston",
]
GYMS = ["FitZone {town}", "Iron House Gym", "Pulse Fitness", "The Lift Club", "Anytime Fitness {town}"]
BARBERS = ["Fadez by Kemi", "Sharp Lines Barbers", "The Barber Room", "Kutz & Co", "Blade Runners {town}"]
TEA = ["Bubble Bros", "Boba Loco", "Tea Tree {town}", "Pop Tea", "Sip & Chill"]
TEAMS = ["Team Nexus", "Northern Wolves Esports", "{town} Raptors Gaming", "Velocity GG"]
CLUBS = ["{town} Juniors FC", "Meadow Rovers JFC", "St Mary's Youth FC", "Phoenix Colts"]
FESTS = ["Parklife", "Leeds Festival", "Tramlines", "Boardmasters", "Slam Dunk"]
CARWASH = ["Sparkle Hand Car Wash", "Suds City", "Shine Time Valeting"]
PHONESHOP = ["Fix My Phone {town}", "Cracked It", "Phone Doctor", "Mobile Medics"]
HANDLES = ["bubblebros_uk", "fadezbykemi", "pulsefitness", "nexus_gg", "meadowrovers", "crackedit_repairs"]
MONTHS = ["January", "February", "March", "April", "May", "June", "September", "October", "November"]
RANKS = ["1st", "2nd", "3rd", "4th", "6th", "9th"]
SECTORS = ["gyms", "barbers", "bubble tea shops", "takeaways", "car washes", "phone repair shops", "hairdressers"]


def values(rng: random.Random) -> dict[str, str]:
    """The pool's own placeholders, drawn after the builder's so no other half's draws change."""
    town = rng.choice(TOWNS)
    picked = {
        "town": town, "gym": rng.choice(GYMS), "barber": rng.choice(BARBERS), "tea": rng.choice(TEA),
        "team": rng.choice(TEAMS), "club": rng.choice(CLUBS), "fest": rng.choice(FESTS), "carwash": rng.choice(CARWASH),
        "phoneshop": rng.choice(PHONESHOP), "handle": rng.choice(HANDLES), "month": rng.choice(MONTHS),
        "rank": rng.choice(RANKS), "sector": rng.choice(SECTORS), "price": f"{rng.randint(8, 45)}.{rng.choice(['00', '50', '99'])}",
    }  # fmt: skip
    return {key: value.replace("{town}", town) for key, value in picked.items()}
