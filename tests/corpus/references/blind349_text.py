"""The blind349 pool's prose: marketers at nursery and childcare groups, childminding agencies, after-school clubs, baby
and toddler classes, parenting apps and childcare-voucher and benefit providers in the UK, Ireland, Sweden, Australia,
Singapore and the United States writing CIM Level 6 and 7 reports and MBA assignments in English on funded hours and
the fees gap, staff recruitment and pay, parent reviews and trust, apps and daily updates, sustainability, employer
childcare and digital-channel marketing.

Written without reading the checker, its tests or any other pool. Frames use the common fill values and these of its
own: {A} a parent audience, {T} a tactic, {R} a result, {M} a subject-line word, {fee} a yearly fee, {hrs} funded
hours, {app} a parent app, {city} a city, {Y3} a recent year, {mo} a month, {pc} a percentage.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Bright Horizons", "Busy Bees", "Kido", "Storal", "N Family Club", "Little Pioneers", "Tops Day Nurseries",
          "Monkey Puzzle", "Koala Kids", "Giraffe Childcare", "Academies Australasia", "Goodstart Early Learning",
          "G8 Education", "Guardian Childcare", "Edge Early Learning", "MindChamps", "Maple Bear", "KinderCare",
          "Primrose Schools", "The Learning Experience", "Tiny Tots", "Famly", "Storypark", "Tapestry", "Edenred",
          "Sodexo Engage", "Tusk and Tinies"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use, drawn after the common ones."""
    return {
        "A": rng.choice(["working parents", "first-time parents", "dual-income families", "single parents",
                         "parents of under-twos", "fathers", "grandparents who do the nursery run", "HR directors",
                         "expat families", "parents on Universal Credit", "nursery practitioners", "room leaders"]),
        "T": rng.choice(["the parent app", "Google reviews", "open days", "Instagram Reels", "referral schemes",
                         "funded-hours messaging", "daily photo updates", "employer partnerships", "Facebook groups",
                         "local SEO", "parent newsletters", "a graduate training scheme"]),
        "R": rng.choice(["occupancy", "parent trust", "enquiries", "show-round bookings", "staff retention",
                         "fee income", "referrals", "review scores", "waiting-list sign-ups"]),
        "M": rng.choice(["nursery", "holiday club", "baby class", "open day", "settling-in"]),
        "fee": rng.choice(["14,836", "15,700", "13,400", "17,200", "12,950"]),
        "hrs": rng.choice(["15", "30"]),
        "app": rng.choice(["Famly", "Tapestry", "Storypark", "Blossom", "Kinderly", "Xplor", "Brightwheel", "Little Lives"]),
        "city": rng.choice(["Manchester", "Leeds", "Dublin", "Cork", "Stockholm", "Gothenburg", "Sydney", "Melbourne",
                            "Singapore", "Boston", "Bristol", "Brisbane"]),
        "Y3": str(rng.randint(2019, 2025)),
        "mo": rng.choice(["January", "April", "June", "September", "October", "November"]),
        "pc": str(rng.randint(4, 78)),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} found that {C}.", "{N} argued that {C}, which matters for {B}.", "{N} concluded that {C}.",
    "{N} reported that {C}, although their sample was drawn from {city} only.", "{N} showed that {C}.",
    "{N} suggests that {C}; {B}'s own enquiry data point the same way.", "{N} warned that {C}.",
    "{N} observed that {C} among {A}.", "{N} noted that, since the funded-hours expansion, {C}.",
    "{N} makes the case that {C}.", "{N} identified that {C}, particularly for {A}.",
    "{N} interviewed {n} parents and found that {C}.", "{N} go further, arguing that {C} and that {C2}.",
]  # fmt: skip
NARRATIVE_MID = [
    "{O}, {N} found that {C}.", "As {N} point out, {C}.", "This is consistent with {N}, who found that {C}.",
    "{C}, as {N} observed.", "{C} – a point made by {N}.", "Research by {N} suggests that {C}.",
    "According to {N}, {C}.", "A survey by {N} found that {C}.", "{B} is a case in point: {N} showed that {C}.",
    "In their study of nurseries in {city}, {N} found that {C}.", "{C}; {N} reached a similar conclusion.",
    "Data from {N} show that {C}.", "It could be argued, following {N}, that {C}.",
    "For {A}, the evidence from {N} is that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study found that {C}.", "{O}, {N} report shows that {C}.", "{N} findings matter here because {C}.",
    "Using {N} framework, it is clear that {C}.", "This reflects {N} argument that {C}.",
    "According to {N} survey, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For {A}, {C} {P}.",
    "This matters because {C} {P}.", "{B} is no exception, since {C} {P}.", "It is often claimed that {C} {P:see}.",
    "Several studies report that {C} {P:e.g.}.", "In short, {C} {P}.", "{C}, especially in {city} {P}.",
    "A key point for {B} is that {C} {P}.", "{C} {P:see also}.", "{C}. {P}",
    "{C} (as Figure {q} shows) {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{C} {P:see}, whereas {C2}.",
    "Because {C} {P}, {B} should make sure that {C2}.", "Some sources {P:e.g.} argue that {C}.",
    "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} rank staff warmth above price when choosing a nursery", "funded hours do not cover the real cost of a place",
    "the fees gap is passed on to parents of under-twos", "{T} raises {R} more than paid search does",
    "practitioners leave the sector for better-paid retail jobs", "low pay makes recruitment the main constraint on growth",
    "parents read online reviews before they book a show-round", "an Outstanding grade is used as a proxy for trust",
    "daily updates through {app} reassure {A} but add to staff workload",
    "{A} expect photos and nappy logs in real time", "sustainability claims matter more to younger parents",
    "employer-supported childcare improves staff retention for the employer", "{B} relies on {T} for most new enquiries",
    "word of mouth remains the strongest source of new families", "salary-sacrifice schemes are poorly understood by parents",
    "occupancy, not fees, drives a nursery's margin", "childminders compete on flexibility rather than price",
    "{A} respond to {T} with higher {R}", "parents switch providers after a single safeguarding concern",
    "private equity owners push nursery groups towards premium pricing",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "However", "For {B}", "In the UK", "In Ireland", "In Sweden", "In Australia",
    "In Singapore", "Since the pandemic", "From a parent's perspective", "For {B}'s marketing team", "Nevertheless",
    "As a result", "In terms of digital channels", "Within the childcare sector", "Overall", "By contrast",
]  # fmt: skip
PLAIN = [
    "{B} runs nurseries in {city} and three other cities.", "This report analyses {B}'s marketing and makes recommendations.",
    "The table below sets out occupancy by site and age room.", "{B}'s Instagram account has about {n}k followers.",
    "Parents book show-rounds online or by phone, and most visit twice before enrolling.",
    "Appendix {q} holds the parent survey and the interview guide.", "{O}, {C}.",
    "The recommendations are costed and phased over eighteen months.", "{B}'s main competitors are small independent nurseries.",
    "Task 2 proposes a recruitment campaign for the next academic year.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one services text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{B} appears to accept that {Q} {P}.", "One study concluded that {Q} {P}.", "Marketers are reminded that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘childcare deserts’", "‘wraparound care’", "‘settling-in’", "‘free’ hours", "‘mumfluencers’",
                "‘school readiness’", "‘parent partnership’", "'eco-nursery'", "“premium” nurseries", "‘family-friendly’",
                "‘hidden fees’", "'top-up charges'"]  # fmt: skip
SCARE_FRAMES = [
    "Parents complain about so-called {Q} {P}.", "{B} markets itself on {Q} {P}.", "The term {Q} is used loosely {P}.",
    "Critics describe this as {Q}, and {B} is not immune {P}.", "Many {A} are wary of {Q} {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your {M} place is waiting’", "‘Book your {M} today – spaces are limited’", "“Meet our new baby room”",
                 "‘Your 30 funded hours: what it means for you’", "‘Last few places for September’",
                 "“See what Lily did today 📸”", "‘Holiday club is back!’", "‘Refer a friend, get a week free’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} lifted open rates {P}.", "{B} sent {Q} to families on its waiting list {P}.",
    "Messages like {Q} work because they create urgency {P}.", "The email {Q} was opened by more {A} than any other {P}.",
]  # fmt: skip

# Text that looks like a citation and is none: schemes, laws, founders, firsts, campaigns, mergers, events, apps,
# series, prices, counts and slogans of this region's childcare writing.
NOT_CITATIONS = {
    "funding-scheme-year": ["Demand jumped after the offer for working parents (30 hours free childcare, 2017).",
                            "Few parents had heard of the top-up (Tax-Free Childcare, 2017) before they enrolled.",
                            "English nurseries mention the government offer (15 hours, 2010) on their landing pages."],
    "programme-year": ["The centres grew out of an earlier programme (Sure Start, 1998).",
                       "US providers still compete with the federal programme (Head Start, 1965)."],
    "law-year": ["Local authorities have a duty to secure enough places (Childcare Act, 2006).",
                 "Registration rules date from the law on children (Children Act, 1989).",
                 "Irish settings are regulated under the act (Child Care Act, 1991) and its later regulations."],
    "swedish-reform-year": ["Fees in Sweden are capped (maxtaxa, 2002), so {B} cannot compete on price there.",
                            "The curriculum for preschool (Lpfö 98, revised 2018) frames play as learning."],
    "australian-scheme-year": ["Families claim support through Services Australia (Child Care Subsidy, 2018).",
                               "Enrolments rose once the subsidy rate went up (Cheaper Child Care, 2023)."],
    "singapore-scheme-year": ["Singapore paid parents a cash gift on each birth (Baby Bonus, 2001).",
                              "Fee caps apply to large operators (Anchor Operator Scheme, 2009)."],
    "irish-scheme-year": ["Every child gets two free preschool years (ECCE, 2010).",
                          "Most Irish nurseries signed up to the new subsidy (National Childcare Scheme, 2019)."],
    "us-law-year": ["States draw on federal block grants (Child Care and Development Block Grant, 1990).",
                    "Relief money kept centres open (American Rescue Plan, 2021)."],
    "founder-year": ["Many nurseries still follow a famous method (Maria Montessori, 1907).",
                     "The word ‘kindergarten’ goes back to its German founder (Friedrich Fröbel, 1837).",
                     "Open-air nurseries began in Deptford (Margaret McMillan, 1914)."],
    "founder-narrative": ["Bright Horizons was co-founded in Boston by Linda Mason and Roger Brown (1986).",
                          "Busy Bees was started by Marg and John Woodward (1983) in Staffordshire."],
    "expert-year": ["Parents of the 1980s relied on a bestselling guide (Penelope Leach, 1977).",
                    "The naughty step became famous on television (Jo Frost, 2004)."],
    "first-nursery-year": ["{B} likes to recall its roots (first Busy Bees, 1983).",
                           "The idea is older than most parents think (first kindergarten, 1837).",
                           "Employer-site care began in the US (first Bright Horizons, 1986)."],
    "historic-nursery-year": ["The Deptford open-air nursery (Rachel McMillan Nursery, 1914) set the model.",
                              "Edinburgh's first free kindergarten (St Saviour's Child Garden, 1906) was a charity venture."],
    "campaign-year": ["Thousands of parents marched in London (March of the Mummies, 2023).",
                      "The sector lobbied hard before the budget (Save Our Nurseries, 2023)."],
    "awards-year": ["{B} was shortlisted for a sector prize (Nursery Awards, 2022).",
                    "The setting won its category (Nursery World Awards, 2023) and put the logo on its website."],
    "day-year": ["Singapore marks the day with school events (Children's Day, 1954).",
                 "Nurseries ran activities for a national week (Early Years Week, 2024)."],
    "inspection-grade-year": ["The Manchester site was graded highly (Outstanding rating, 2019).",
                              "Only one site was marked down (Requires Improvement, {Y3})."],
    "nqs-rating": ["The centre was rated above the standard (Exceeding NQS, 2023).",
                   "Two centres were rated below it (Working Towards NQS, {Y3})."],
    "merger-year": ["The Dutch deal made the group Europe's largest (Busy Bees and Partou, 2021).",
                    "Bright Horizons entered the UK market at scale (Bright Horizons and Kidsunlimited, 2012)."],
    "takeover-year": ["The two London groups combined (Kido and Storal, 2022) under one brand.",
                      "KinderCare bought a before- and after-school provider (KinderCare and Champions, 2013)."],
    "collapse-year": ["Australian parents remember the failure of the largest chain (ABC Learning collapse, 2008).",
                      "Trust in for-profit groups fell after the failure (ABC Learning, 2008)."],
    "closures-year": ["Many small settings shut for good (nursery closures, 2020).",
                      "Many childminders left the register (childminder closures, 2022–2023)."],
    "row-year": ["The government backed down after protests (staff ratio row, 2023).",
                 "Parents were angry about extra charges (consumables row, 2024)."],
    "lockdown-year": ["Nurseries stayed open for key workers (COVID-19 lockdown, 2020).",
                      "Enrolments fell sharply (first lockdown, March 2020)."],
    "app-launch-year": ["{B} switched to a new platform (Famly app, 2014) for daily updates.",
                        "Many childminders use a learning journal (Tapestry, 2012).",
                        "Australian centres often share stories through an app (Storypark, 2012)."],
    "kids-media-year": ["The song is played at every baby class (Baby Shark, 2016).",
                        "Role play often starts from a cartoon (Peppa Pig, 2004).",
                        "Parents quote a favourite show (Bluey, 2018) in reviews."],
    "classic-kids-tv-year": ["Many parents grew up with a famous programme (Teletubbies, 1997).",
                             "Toddlers in the baby room still love the series (In the Night Garden, 2007)."],
    "film-year": ["The comedy made a joke of starting a nursery (Daddy Day Care, 2003).",
                  "Parents recall the family film (Mary Poppins, 1964) in focus groups."],
    "reality-tv-year": ["Parenting advice became entertainment (Supernanny, 2004).",
                        "The documentary series followed a nursery for a year (The Secret Life of 4 Year Olds, 2015)."],
    "picture-book-year": ["Story time often starts with a classic (The Very Hungry Caterpillar, 1969).",
                          "{B}'s book corner is built around one title (The Gruffalo, 1999)."],
    "approach-year": ["The nursery follows an Italian approach (Reggio Emilia, 1945).",
                      "Outdoor learning came to the UK from Denmark (Forest School, 1993)."],
    "price-gbp-year": ["Full-time care for an under-two in London costs about £{fee} a year (2024).",
                       "A part-time place in Leeds costs £{n} a month ({Y3} prices)."],
    "price-other-year": ["Daycare in Boston averages $21,000 a year (2023).", "Full-day infant care in Singapore costs S$1,400 a month (2024).",
                         "A long day-care place in Sydney costs A$150 a day (2023)."],
    "places-count-year": ["England has about 1.5 million places (2023).", "The group runs {n} nurseries ({Y3} figures)."],
    "year-places": ["{B} added capacity across its sites (2022 places).", "Waiting lists grew again ({Y3} intake)."],
    "wage-year": ["Most practitioners earn close to the wage floor (£11.44 an hour, April 2024).",
                  "Starting pay for a room leader is £{n} a week ({Y3})."],
    "ratio": ["For two-year-olds the ratio changed (1:5, from September 2023).", "Baby rooms must keep a ratio (1:3 for under-twos)."],
    "age-range": ["The holiday club takes school-age children (aged 4–11).", "The target segment is families with toddlers (ages 1–3)."],
    "financial-year": ["Revenue rose strongly (FY{Y3}).", "The group's results improved (year to 31 August {Y3})."],
    "ticker": ["Bright Horizons is listed in New York (NYSE: BFAM).", "G8 Education trades on the Australian exchange (ASX: GEM)."],
    "former-name": ["Goodstart took over the failed chain's centres (formerly ABC Learning, 2009).",
                    "The nurseries were rebranded (formerly Kidsunlimited) after the deal."],
    "urn": ["The Leeds nursery is registered with Ofsted (URN EY{n}{q}{q}).", "Each setting has its own number (URN {n}{n})."],
    "review-score": ["The Bristol site is rated highly by parents (9.{q} on Daynurseries.co.uk).",
                     "{B} averages {q}.8 stars on Google ({n} reviews)."],
    "interviewee": ["One mother was blunt about fees (Parent {q}, focus group).", "A room leader described the pressure (Interviewee {q}, {mo} {Y3})."],
    "budget-year": ["The expansion was announced in the budget (Spring Budget, 2023).", "Funding rates rose after the statement (Autumn Statement, 2022)."],
    "percentage-year": ["Fees rose sharply ({pc}% in {Y3}).", "Only a minority use the app daily ({pc}%, {Y3} survey)."],
    "hashtag-handle": ["The group posts daily on Instagram (@busybeesnurseries).", "Parents shared their bills online (#ChildcareCrisis, {Y3})."],
    "slogan": ["The campaign's line, ‘It takes a village’, ran on buses in {city}.", "Campaigners argue that ‘Childcare is infrastructure’.",
               "{B}'s promise, ‘Every child deserves the best start’, is on every prospectus."],
    "qualification": ["All room leaders hold the qualification (Level 3, Early Years Educator).",
                      "Sweden requires a degree for preschool teachers (förskollärare, 210 credits)."],
    "abbreviation": ["The Early Years Foundation Stage (EYFS) sets the learning goals.",
                     "Children with special educational needs and disabilities (SEND) need extra support."],
    "cross-reference": ["The parent survey is summarised in the appendix (Appendix {q}).", "Costs are shown in the budget (Table {q})."],
    "survey-count": ["Most parents said reviews mattered (n = {n}).", "The staff survey had a good response ({n} replies, {mo} {Y3})."],
}  # fmt: skip
