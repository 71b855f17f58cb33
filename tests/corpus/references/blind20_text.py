"""Prose for the twentieth held-out pool, "blind20": sentence frames, claims and non-citation decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses.

Written by a twentieth hand, without reading the checker, its tests or the other pools' frames, decoys and works,
from how lecturers write model answers and literature reviews and how MSc and PhD students write theirs: dense
paragraphs, several works in one bracket, "see", "see also", "e.g." and "cf." inside the bracket, page ranges, "cited
in", classics named with their first year, handbooks, conference papers, working papers and theses, on B2B
professional services, nonprofit and public sector marketing, luxury, tourism and place branding and higher
education. The decoys are text with a capitalised name, a year, a bracket or quotation marks that is not a
citation: rankings and research exercises, financial years, interviewees and their roles, life dates, cases,
exhibitions, software versions, strategies named by a year and more; their kinds are the keys of NOT_CITATIONS.

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
    "{N} contends that {C}, a position that has since been contested.",
    "{N} were among the first to show that {C}.",
    "{N} offers the most cited account of why {C}.",
    "{N} found, in a sample of {n} {sector} organisations, that {C}.",
    "{N} develops this further, proposing that {C}.",
    "{N} reframes the debate: {C}.",
    "{N} is often read as claiming that {C}, though the original argument is narrower.",
    "{N} reports that {C}; the effect was strongest among {A}.",
    "{N} conceptualise this as a process in which {C}.",
    "{N} challenges the assumption that {C}.",
]  # fmt: skip

NARRATIVE_MID = [
    "As {N} observes, {C}.",
    "In the {sector} literature, {N} suggests that {C}.",
    "Building on this, {N} argues that {C}.",
    "This is consistent with {N}, who found that {C}.",
    "Drawing on service-dominant logic, {N} proposes that {C}.",
    "A more critical reading is offered by {N}, for whom {C}.",
    "Within {sector}, {N} maintains that {C}, whereas {C2}.",
    "The seminal contribution here is {N}, which established that {C}.",
    "Writing on {sector}, {N} concludes that {C}.",
    "{O}, {N} shows that {C}.",
    "Contrary to {N}, this review finds that {C}.",
    "In a later paper, {N} qualifies this, noting that {C}.",
]  # fmt: skip

POSSESSIVE = [
    "{N} typology remains the starting point for most studies of {sector}.",
    "{N} framework implies that {C}.",
    "{N} critique of the marketing mix still applies: {C}.",
    "Applying {N} model to {B}, it is clear that {C}.",
    "{N} findings suggest that {C}.",
    "Much of the later work extends {N} argument that {C}.",
]  # fmt: skip

PARENTHETICAL_END = [
    "{C} {P}.",
    "It is now widely accepted that {C} {P}.",
    "Several studies have shown that {C} {P:see}.",
    "Similar effects are reported in {sector} {P:e.g.}.",
    "The opposite view is taken in the nonprofit literature {P:cf.}.",
    "For a fuller review of this debate, the reader is referred elsewhere {P:see also}.",
    "{O}, {C} {P}.",
    "This matters because {C} {P}.",
    "Evidence from {sector} points the same way, since {C} {P}.",
    "Table {q} summarises the studies reviewed {P:adapted from}.",
    "Figure {q} note: {B}'s positioning against rivals {P:source:}.",
    "In short, {C} {P}.",
]  # fmt: skip

PARENTHETICAL_MID = [
    "{C} {P}, yet {C2}.",
    "Although {C} {P}, the evidence from {sector} is mixed.",
    "Scholars {P} have long argued that {C}.",
    "The claim that {C} {P:e.g.} rests largely on {sector} samples.",
    "Studies of {sector} {P:see} tend to conclude that {C}.",
    "{O}, the literature {P} suggests that {C}.",
    "This finding {P:cf.} sits uneasily with the view that {C}.",
    "While {C} {P}, few studies have tested this in {sector}.",
]  # fmt: skip

CLAIMS = [
    "relationship quality predicts renewal in professional services more strongly than price",
    "donors who feel thanked are far more likely to give a second time",
    "trust in public service brands is built slowly and lost quickly",
    "luxury brands must restrict availability to preserve desirability",
    "heritage is a resource that luxury houses actively curate rather than simply inherit",
    "destination image is co-created by residents, visitors and intermediaries",
    "place brands fail when they are imposed on residents from above",
    "overtourism has turned some destinations towards demarketing",
    "league-table position shapes applicant choice more than teaching quality",
    "students increasingly behave as consumers of higher education",
    "value is always co-created and determined by the beneficiary",
    "key account management programmes raise margins only when senior staff are involved",
    "thought leadership content shortens B2B sales cycles",
    "buying centres in professional services rarely act as a single rational unit",
    "social marketing succeeds when it offers an exchange the audience values",
    "charity brands with a clear personality attract younger donors",
    "the marketing mix is a poor fit for services",
    "the customer, not the firm, defines what a business is",
    "co-production of public services changes citizens' expectations",
    "rarity in luxury is increasingly a virtual rather than a physical quality",
    "university brands converge on the same handful of claims",
    "satisfaction surveys capture only part of the student experience",
    "{B} competes on reputation rather than price among {A}",
    "a stronger brand lets {B} recruit {A} at a lower cost",
    "engagement is a multidimensional state with cognitive, emotional and behavioural parts",
    "marketing capabilities explain a large share of the variance in firm performance",
]  # fmt: skip

OPENERS = [
    "Taken together", "In the B2B literature", "For nonprofits in particular", "Seen from a place-branding perspective",
    "Put simply", "In the context of higher education", "Historically", "More recently", "By contrast",
    "In luxury markets", "From a public-value standpoint", "As the review above suggests",
]  # fmt: skip

PLAIN = [
    "This section reviews the literature on {sector} before turning to the case of {B}.",
    "The review is organised thematically rather than chronologically.",
    "Three gaps in the literature follow from this discussion.",
    "The implications for {B} are set out in the next section.",
    "Table {q} maps the main constructs onto the research questions.",
    "Much of this work is conceptual, and empirical tests remain scarce.",
    "The case of {B} illustrates the tension well.",
    "These are contested questions, and the answer depends on the sector.",
    "A stronger answer would link each theory to the organisation's objectives.",
    "Marks were awarded for critical evaluation rather than description.",
]  # fmt: skip

QUOTE_FRAMES = [  # a direct quotation; {P} or {N} carries a page locator unless the problem is planted
    "{N} put it bluntly: {Q}.",
    "As {N} writes, {Q}.",
    "{N} cautions that {Q}.",
    "The point is well made in the literature: {Q} {P}.",
    "{Q} {P}; this is the premise of the present review.",
    "One review concludes that {Q} {P}.",
    "In the words of {N}, {Q}.",
    "It has been argued that {Q} {P}, which {B} would do well to note.",
]  # fmt: skip

SCARE_QUOTES = ["‘quiet luxury’", "‘student as customer’", "‘thought leadership’", "‘authentic’", "‘world-class’",
                "‘value for money’", "‘impact’", "‘heritage’", "‘trusted adviser’", "‘destination of choice’",
                "‘employability’", "‘co-creation’"]  # fmt: skip

SCARE_FRAMES = [
    "The language of {Q} has become ubiquitous in {sector} {P}.",
    "Claims of {Q} are now made by almost every competitor {P}.",
    "{N} is sceptical of the term {Q}, which she sees as rhetoric.",
    "What counts as {Q} is rarely defined {P}.",
    "{N} traces how {Q} entered the sector's vocabulary.",
]  # fmt: skip

SUBJECT_LINES = ["‘Your offer-holder day is nearly here’", "‘Last chance to join our alumni mentoring scheme’",
                 "‘A thank you from everyone at the hospice’", "‘Your private viewing invitation’",
                 "‘Insights: five trends reshaping professional services’", "‘Plan your autumn escape to the Highlands’",
                 "‘£{n} could fund a week of care’"]  # fmt: skip

SUBJECT_FRAMES = [
    "An email headed {Q} performed best in the test, in line with earlier findings {P}.",
    "Subject lines such as {Q} rely on urgency, which {N} warns can erode trust.",
    "The campaign's opening message, {Q}, follows advice on personalisation {P}.",
    "{N} would classify a line like {Q} as relational rather than transactional.",
]  # fmt: skip

# ------------------------------------------------------------------------------------------------- decoys
# Text that is not a citation and must raise nothing: each kind is a sentence a student or lecturer writes.
NOT_CITATIONS: dict[str, list[str]] = {
    "research-exercise": ["In REF 2021, {uni} had {n}% of its business and management outputs rated 4*.",
                          "The Research Excellence Framework (REF 2029) will give more weight to impact."],
    "teaching-rating": ["{uni} was awarded TEF Gold in 2023, which now leads its recruitment messages.",
                        "A TEF 2023 Silver rating (Teaching Excellence Framework) is treated as a weakness by rivals."],
    "league-table-edition": ["{uni} rose to {rank} in the Complete University Guide 2025.",
                             "In the QS World University Rankings 2026, {uni} placed {rank} for marketing."],
    "financial-year": ["Income for FY2023/24 was £{n}m, up on the previous year.",
                       "The charity's 2022/23 accounts show fundraising costs of £{n}k.",
                       "In the year to 31 March 2024 (FY24), new instructions fell by {d}%."],
    "figure-with-year": ["Visitor spend reached £{n}m (2019 figure) before the pandemic.",
                         "Turnover was £{n}bn (2023 prices), a real-terms fall."],
    "interviewee-role": ["Interviewee {q} (Head of Marketing, law firm, 2024) described pitches as ‘beauty parades’.",
                         "Participant P{d} (Director of Fundraising, hospice) stressed the role of legacy gifts."],
    "job-title-tenure": ["{person}, Chief Marketing Officer (2019-2023), led the rebrand.",
                         "The then Vice-Chancellor, {person} (2015-2022), championed the new identity."],
    "life-dates": ["Coco Chanel (1883-1971) built the house on a deliberate scarcity of access.",
                   "Thomas Cook (1808-1892) is credited with the first package tour."],
    "founded-year": ["{brand20} (founded {est}) trades heavily on its heritage.",
                     "Established in {est}, {brand20} now sells in {n} markets."],
    "product-with-year": ["The Lady Dior bag (1995) shows how a single product can carry a house.",
                          "Chanel No. 5 (1921) is still the brand's best-known product."],
    "place-campaign": ["VisitScotland's Scotland is Now campaign (2018) replaced earlier slogans.",
                       "The I amsterdam campaign (2004-2015) is a standard case in place branding."],
    "charity-campaign": ["Cancer Research UK's Race for Life (1994 onwards) remains its biggest event.",
                         "Macmillan's Coffee Morning in 2023 raised over £{n}m."],
    "event-with-year": ["The London 2012 Olympics are still used to sell the city to conference organisers.",
                        "{city} hosted UK City of Culture 2021, lifting visitor numbers by {d}%.",
                        "Expo 2020 Dubai was delayed until October 2021."],
    "culture-award": ["{city} has bid for UK City of Culture 2029.",
                      "Galway's year as European Capital of Culture (2020) was cut short by lockdown."],
    "marketing-award": ["The campaign won Gold at the Marketing Society Awards 2024.",
                        "{brand20} was shortlisted in the B2B Marketing Awards (2023) for content."],
    "film-or-series": ["The Devil Wears Prada (2006) is often shown in luxury branding seminars.",
                       "BBC Two's The Apprentice (2005-present) shaped many students' image of marketing."],
    "exhibition": ["The V&A's Dior: Designer of Dreams exhibition (2019) sold out within weeks.",
                   "Tate Modern's 2023 Yayoi Kusama show relied on timed tickets."],
    "legal-case": ["The Kit Kat shape dispute (Société des Produits Nestlé SA v Cadbury UK Ltd [2017] EWCA Civ 358) is a warning for brand owners.",
                   "In L'Oréal SA v Bellure NV [2010] EWCA Civ 535 the court took a narrow view of lookalikes."],
    "act-in-passing": ["The Equality Act 2010 applies to recruitment marketing as much as to admissions.",
                       "Under the Modern Slavery Act 2015, large firms publish annual statements."],
    "standard": ["The firm is certified to ISO 20671:2019 on brand evaluation.",
                 "Its environmental claims follow ISO 14021:2016 and BS 8001:2017."],
    "strategy-name": ["The university's Strategy 2030 promises ‘global reach, local roots’.",
                      "Saudi Arabia's Vision 2030 has made tourism a national priority.",
                      "Its Plan for Growth 2025-2028 sets out three priorities."],
    "census-or-survey-wave": ["Census 2021 data show the city's student population at {n},000.",
                              "Wave {q} (2022) of the panel found a drop in regular giving."],
    "grant-reference": ["The project was funded by ESRC grant ES/V0{n}/1 (2021-2024).",
                        "Fieldwork was supported by a British Academy Small Grant (SRG{d}/{n}, 2023)."],
    "module-code": ["This essay was written for MKT7{n} (2024/25, semester {q}).",
                    "The brief for BUS{n} Strategic Marketing (Level 7) asks for a literature review."],
    "intake-cohort": ["Applications for September 2025 entry fell by {d}% among international students.",
                      "The 2024 intake was the largest in the school's history."],
    "software-version": ["Interviews were coded in NVivo 14 (2023 release).",
                         "The model was estimated in SmartPLS 4 (version 4.1) with {n} bootstraps."],
    "sample-size": ["Responses were collected from professional-services buyers (n = {n}).",
                    "The final sample (N = {n}; 2023) was weighted by region."],
    "internal-cross-reference": ["The coding frame is in Appendix {q} (see Section 3.{d}).",
                                 "As noted above (Section 2.{q}, p. {d} of this review), the gaps are methodological."],
    "period-range": ["Between 2015 and 2020, charity income from legacies rose steadily.",
                     "The 2008-09 recession hit discretionary luxury spending hardest in Europe."],
    "abbreviation-year": ["COP26 (2021) pushed destinations to publish net-zero plans.",
                          "The G7 Summit in Cornwall (2021) was used to promote the county abroad."],
    "anniversary": ["The house marked its 150th anniversary in {est150} with a touring exhibition.",
                    "For its centenary (1919-2019), the charity relaunched its logo."],
    "season-collection": ["The Autumn/Winter 2024 collection was shown in Paris.",
                          "Spring/Summer 2025 saw the label return to London Fashion Week."],
    "dataset-code": ["ONS series KAB9 (Q2 2023) tracks overseas visitor spending.",
                     "HESA table DT051 (2022/23) gives entrants by domicile."],
    "conference-mention": ["An early version of this review was presented at EMAC 2024 in Bucharest.",
                           "The panel at the Academy of Marketing Conference 2023 debated the same question."],
    "handle-or-hashtag": ["The #LoveGreatBritain push (2016) relied on user content.",
                          "Posts from @{handle} drew more engagement than paid ads."],
    "scare-quote-plain": ["So-called ‘quiet luxury’ has become a marketing category in its own right.",
                          "Universities market ‘the student experience’ as if it were a product."],
    "slogan-quoted": ["Wales's tourism line ‘Find your epic’ was dropped in 2021.",
                      "The slogan ‘Glasgow: People Make Glasgow’ (2014) has outlived three councils."],
    "search-term": ["Searches for ‘MSc marketing UK’ peaked in {month}.",
                    "The keyword ‘luxury weekend break’ cost £{d}.{q}0 a click."],
    "page-count": ["The final report runs to {n} pages, with {d} tables.",
                   "Chapter {q} (pp. {d}-{n} of the thesis) reports the pilot."],
    "percent-change-year": ["Donations fell {d}% year on year (2023 vs 2022).",
                            "Bookings recovered to {n}% of 2019 levels by 2023."],
    "person-name-only": ["The partner, {person}, was interviewed in {month}.",
                         "Our lecturer, Dr {person}, suggested starting with the classics."],
    "ordinal-edition-of-event": ["The {rank} edition of the fair took place in {month} {year20}.",
                                 "This was the {rank} annual Luxury Briefing summit."],
    "quoted-question": ["Respondents were asked: ‘How likely are you to recommend this firm to a colleague?’",
                        "The survey item read ‘I feel proud to study here’ (1 = strongly disagree)."],
}  # fmt: skip

BRANDS = ["Burberry", "Mulberry", "Harrods", "Savills", "Linklaters", "Deloitte", "Macmillan Cancer Support",
          "Cancer Research UK", "the National Trust", "VisitScotland", "Visit Wales", "the University of Bath",
          "Aston University", "Oxfam", "St John's Hospice", "Sotheby's", "Liberty London", "Bain & Company"]  # fmt: skip

UNIS = ["Aston University", "the University of Bath", "Lancaster University", "Ulster University", "Cranfield",
        "the University of Strathclyde", "Bournemouth University", "King's College London"]  # fmt: skip
CITIES = ["Coventry", "Bradford", "Hull", "Derry~Londonderry", "Dundee", "Swansea", "Southampton", "Wrexham"]
BRANDS20 = ["Liberty London", "Fortnum & Mason", "Mulberry", "Smythson", "Ettinger", "Church's", "Purdey", "Barbour"]
PEOPLE = ["Sarah Okafor", "James O'Donnell", "Priya Menon", "Tomasz Wiśniewski", "Gráinne Ní Mhurchú", "Hugh McAllister",
          "Adaeze Nwosu", "Lars Østby"]  # fmt: skip
HANDLES = ["visitbritain", "uniofbath", "cruk", "nationaltrust", "mulberryengland"]
MONTHS = ["January", "March", "April", "June", "September", "October", "November"]
RANKS = ["3rd", "12th", "21st", "34th", "47th", "52nd", "101st"]


def values(rng: random.Random) -> dict[str, str]:
    """Values only this pool's frames use, drawn after the builder's own."""
    est = rng.choice([1744, 1826, 1849, 1856, 1875, 1894, 1907, 1971])
    return {
        "sector": rng.choice(["B2B professional services", "nonprofit marketing", "public sector marketing", "luxury",
                              "tourism", "place branding", "higher education"]),
        "uni": rng.choice(UNIS), "city": rng.choice(CITIES), "brand20": rng.choice(BRANDS20), "person": rng.choice(PEOPLE),
        "handle": rng.choice(HANDLES), "month": rng.choice(MONTHS), "rank": rng.choice(RANKS), "est": str(est),
        "est150": str(rng.choice([1999, 2006, 2015, 2021])), "year20": str(rng.randint(2016, 2025)),
    }  # fmt: skip
