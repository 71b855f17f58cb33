"""Prose for the twenty-seventh held-out pool, "blind27": sentence frames, claims and non-citation decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses.

Written by a twenty-seventh hand, without reading the checker, its tests or the other pools' frames, decoys and works,
from how public relations and corporate communications students and practitioners on CIM and CIPR courses write:
press releases and embargoes, media coverage and share of voice, crisis communications, spokespeople and journalists
named with their outlets, broadcast programmes and interviews, press agencies and statements quoted, in public affairs,
fashion and beauty PR, tech PR, NGOs and campaigning charities, sport governing bodies, food recalls and airlines in a
crisis. Citations open, sit inside and close sentences, follow "as", "according to", "in line with" and "following",
carry "see" and "e.g." inside the bracket, stand in table and figure notes and are possessive. The decoys are text
with a capitalised name, a year, a bracket or quotation marks that is not a citation; their kinds are the keys of
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
    "{N} found that {C}.",
    "{N} notes that {C}, which matters for {B}.",
    "{N} makes the point that {C}.",
    "{N} warns that {C}, especially when {C2}.",
    "{N} suggests that {C}; this is what happened at {B}.",
    "{N} reported that {C}.",
    "{N} goes further, claiming that {C}.",
    "{N} describes how {C}.",
    "{N} is clear that {C}.",
]
NARRATIVE_MID = [
    "As {N} argues, {C}.",
    "According to {N}, {C}.",
    "{O}, {N} shows that {C}.",
    "This is in line with {N}, who found that {C}.",
    "Following {N}, the press office at {B} accepted that {C}.",
    "Writing about {T}, {N} observes that {C}.",
    "It could be argued, as {N} does, that {C}.",
    "The evidence from {N} suggests that {C}, although {C2}.",
    "In the coverage I analysed, and as {N} predicts, {C}.",
    "Table {q} compares the two campaigns using the measures set out by {N}.",
    "Figure {q}: share of voice for {B} and its rivals, adapted from {N}.",
    "Both the CIPR and {N} stress that {C}.",
]
POSSESSIVE = [
    "{N} model of crisis response suggests that {C}.",
    "Applying {N} framework to {B}, {C}.",
    "{N} research shows that {C}.",
    "{O}, {N} argument that {C} still holds.",
    "Using {N} four models, the {B} campaign looks like two-way asymmetric communication.",
    "{N} findings on {T} suggest that {C}.",
]
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "{C}, and {C2} {P}.",
    "{C} {P:see}.",
    "{C} {P:e.g.}.",
    "{O}, it is widely accepted that {C} {P}.",
    "Journalists increasingly expect that {C} {P}.",
    "Source: {P}.",
    "Table {q} note: figures for {B} are estimates {P}.",
    "For {B}, this meant that {C} {P}.",
]
PARENTHETICAL_MID = [
    "Research on {T} {P} suggests that {C}.",
    "{O}, the literature {P} shows that {C}.",
    "The situational approach {P} would say that {C}.",
    "Trust in organisations {P} is falling, so {C}.",
    "Crisis theory {P:see} assumes that {C}, yet {C2}.",
    "Measurement frameworks {P} agree that {C}.",
]
CLAIMS = [
    "the first hour of a crisis decides how the story is framed",
    "a holding statement buys time but cannot replace a full apology",
    "journalists trust a named spokesperson more than an anonymous statement",
    "share of voice says little about whether coverage was positive",
    "advertising value equivalents are no longer accepted as a measure of PR",
    "the press release is still the most used tool in media relations",
    "embargoes are broken more often when a story is exclusive to one outlet",
    "fashion brands depend on a small number of editors and stylists",
    "tech PR relies heavily on product reviews and launch events",
    "campaigning charities gain coverage by reacting quickly to the news agenda",
    "sport governing bodies are judged on how they handle scandal",
    "a product recall handled openly can strengthen trust in the brand",
    "airlines lose goodwill when they blame passengers or the weather",
    "employees are the most credible spokespeople during a crisis",
    "public affairs work is about relationships with MPs and officials",
    "{A} are more sceptical of corporate statements than older groups",
    "{B} saw its negative coverage fall within a fortnight",
    "the CEO's visibility affects how the media report a crisis",
    "local newspapers are still important for community relations",
    "social media has shortened the time an organisation has to respond",
    "influencer relations now sit inside many PR teams",
    "regulators' rulings are widely reported and damage reputation",
    "an apology should accept responsibility without admitting legal liability",
    "evaluation should link outputs to outcomes and organisational goals",
    "{T} works best when it supports earned media rather than replacing it",
    "the news agencies set the agenda for the rest of the media",
    "purpose-led campaigns attract criticism when the company's actions do not match",
]
OPENERS = [
    "In PR practice",
    "During the first day of the crisis",
    "For a campaigning charity",
    "From a public affairs point of view",
    "In the fashion and beauty sector",
    "In my own press office",
    "Looking at the media coverage",
    "In contrast",
    "For {B}",
    "However",
    "Similarly",
    "More recently",
    "In the tech sector",
    "When an airline cancels flights",
]
PLAIN = [
    "This section looks at the media coverage of {B} over the last six months.",
    "I work in the communications team of a national charity, so this report draws on my own experience.",
    "The next part of the report considers how the message was delivered to journalists.",
    "The campaign was evaluated with outputs, outtakes and outcomes.",
    "Overall, the response was quick but the tone was wrong.",
    "Appendix {q} contains the full media list and the coverage log.",
    "The recommendations below are costed in Table {q}.",
    "Each channel is discussed in turn.",
]
QUOTE_FRAMES = [  # a direct quotation; {P} or {N} carries a page locator unless the problem is planted
    "Crisis communication is described as {Q} {P}.",
    "{N} puts it plainly: {Q}.",
    "As {N} writes, {Q}.",
    "One textbook definition is that PR is {Q} {P}.",
    "{O}, the advice is that {Q} {P}.",
    "{N} reminds practitioners that {Q}.",
    "The press office's role is {Q} {P}.",
]
SCARE_QUOTES = ["‘no comment’", "‘fake news’", "‘spin’", "‘greenwashing’", "‘cancel culture’", "‘thought leadership’",
                "‘authentic’", "‘purpose’", "‘off the record’", "‘on background’", "‘lessons will be learned’", "‘newsjacking’"]  # fmt: skip
SCARE_FRAMES = [
    "The so-called {Q} response is still common {P}.",
    "{N} calls this kind of statement {Q}.",
    "Many journalists see corporate {Q} as a warning sign {P}.",
    "What counts as {Q} is contested {P}.",
]
SUBJECT_LINES = ["‘EMBARGOED UNTIL 00:01 {d} {MON}’", "‘Statement from {B} regarding today’s disruption’", "‘Because you’re worth it’",
                 "‘PR agency near me’", "‘Story idea: {B} launches in the UK’", "‘#{HASH}’", "‘Every little helps’",
                 "‘Safety is our number one priority’", "‘For immediate release’", "‘{B} crisis’"]  # fmt: skip
SUBJECT_FRAMES = [
    "The pitch email went out with the subject line {Q}, which follows good practice {P}.",
    "Searches for {Q} rose sharply after the story broke {P}.",
    "{N} found that lines such as {Q} get fewer replies from journalists.",
    "The release was headed {Q} {P}.",
]

NOT_CITATIONS: dict[str, list[str]] = {
    "journalist-with-outlet": [
        "{J}, {BEAT} editor at {OUT}, wrote the first story on {MON} {d}.",
        "The story was broken by {J} ({OUT}) on a Sunday evening.",
        "I pitched the story to {J} of {OUT}, who had covered the {Y} launch.",
    ],
    "spokesperson-named": [
        "The airline put forward its chief executive, {SP}, rather than a press officer.",
        "{SP} (Director of Communications) gave every broadcast interview that day.",
        "A spokesperson for {B} said the company was ‘looking into’ the complaints.",
    ],
    "broadcast-programme": [
        "The chief executive was interviewed on the Today programme on {MON} {d}.",
        "The story led BBC Newsnight and was picked up by Channel 4 News at 7pm.",
        "A segment on Sky News Breakfast ({MON} {Y}) reached around {n},000 viewers.",
    ],
    "interview-date": [
        "The interview with the head of press at {B} took place on {d} {MON} {Y} over Teams.",
        "My interview with {SP} ({d}/{MM}/{Y}) is in Appendix {q}.",
    ],
    "embargo-time": [
        "The release was under embargo until 00:01 on {d} {MON} {Y}.",
        "Results were sent to journalists under embargo (00:01 BST, {MON} {d}).",
    ],
    "press-release-dateline": [
        "LONDON, {d} {MON} {Y} – {B} today announced a new head of corporate affairs.",
        "The release opened with the dateline ‘Manchester, {MON} {Y}’ and a quote from the founder.",
    ],
    "press-agency": [
        "The story ran on the PA Media wire within minutes and was taken by {n} regional titles.",
        "Reuters and AP both carried the statement, so it reached international desks the same day.",
    ],
    "award-with-year": [
        "The campaign won Best Crisis Communications at the PRWeek UK Awards {Y}.",
        "{B} was shortlisted for a CIPR Excellence Award in {Y}.",
        "The team collected a Gold SABRE (EMEA {Y}) for the recall campaign.",
    ],
    "campaign-name-year": [
        "The ‘Wear it Pink {Y}’ campaign doubled its media coverage.",
        "{B}'s This Girl Can ({Y} relaunch) is a well-known example of purpose-led PR.",
        "The #{HASH} campaign of {Y} was run with almost no paid media.",
    ],
    "survey-title-year": [
        "The Edelman Trust Barometer {Y} is widely reported each January at Davos.",
        "The CIPR State of the Profession {Y} survey had over {n} respondents.",
    ],
    "ruling-reference": [
        "The complaint was not upheld under Clause 1 (Accuracy) of the Editors' Code.",
        "Ofcom found the programme in breach of Rule 5.1 of the Broadcasting Code.",
        "The ASA ruling (A{Y2}-{n}{q}) was reported widely in the trade press.",
    ],
    "hansard-debate": [
        "The issue was raised at Prime Minister's Questions on {d} {MON} {Y}.",
        "MPs debated the recall in Westminster Hall in {MON} {Y}.",
    ],
    "select-committee-session": [
        "The chief executive appeared before the Transport Select Committee in {MON} {Y}.",
        "At the DCMS Committee hearing ({MON} {Y}) the FA's chair apologised twice.",
    ],
    "law-with-year": [
        "The Lobbying Act 2014 created a statutory register of consultant lobbyists.",
        "Any apology has to be written with the Defamation Act 2013 in mind.",
        "Natasha's Law (October 2021) changed how pre-packed food is labelled.",
    ],
    "standard-or-code": [
        "The agency is accredited under the PRCA CMS (Communications Management Standard).",
        "The team follows ISO 22301:2019 for business continuity planning.",
    ],
    "financial-period": [
        "Revenue fell by {n}% in FY{YY} after the recall.",
        "In H1 {Y} the airline handled {n},000 complaints.",
        "Results for Q{q} {Y} were published alongside the apology.",
    ],
    "figure-in-brackets": [
        "Coverage rose sharply ({Y} total: {n} articles).",
        "{B} had the largest share of voice ({n}% in {Y}).",
        "Negative sentiment peaked at launch ({Y} figure) and then fell.",
    ],
    "product-with-year": [
        "The {B} Air {Y} launch was covered by every major tech title.",
        "The Pixel {q} event in {MON} {Y} was live-streamed to journalists.",
    ],
    "event-with-year": [
        "London Fashion Week ({MON} {Y}) is the busiest week of the year for fashion PRs.",
        "The launch was timed for CES {Y} in Las Vegas.",
        "The charity's stunt at Glastonbury {Y} was filmed by three broadcasters.",
    ],
    "sport-tournament": [
        "The governing body's handling of the Women's Euro {Y} ticketing was criticised.",
        "Media accreditation for the Rugby World Cup {Y} closed {n} days before kick-off.",
    ],
    "tv-series-or-documentary": [
        "The Netflix documentary Drive to Survive (series {q}) changed how F1 handles the media.",
        "A Channel 4 Dispatches programme broadcast in {MON} {Y} investigated the charity's fundraising.",
    ],
    "song-or-advert": [
        "The TV advert used ‘Don't Stop Me Now’, a Queen single from 1978.",
        "The Christmas advert of {Y} was watched {n},000 times in its first hour.",
    ],
    "place-with-number": [
        "The press conference was held at {n} Victoria Street, London.",
        "The newsroom moved to Media City (Salford) in {Y}.",
    ],
    "job-title-since": [
        "{SP} has been Head of Media Relations since {Y}.",
        "She joined the FA as Director of Communications in {MON} {Y}.",
    ],
    "handle-or-hashtag": [
        "The statement was posted on X by {HANDLE} and reposted {n} times.",
        "The hashtag #{HASH} trended for two days.",
    ],
    "abbreviation-with-year": [
        "The CIPR's CPD {Y}/{YY2} cycle asks members to log 60 points.",
        "The GE{Y} campaign saw a record number of lobbying meetings.",
        "COP{q}{q} brought NGOs and brands into the same press centre.",
    ],
    "version-or-model": [
        "The team now uses Cision Next and Meltwater Radar for monitoring.",
        "The PESO model (Dietrich's framework) organises the channels in this plan.",
    ],
    "edition-of-award-or-event": [
        "This was the {RANK} year of the PRWeek Power Book.",
        "The {RANK} annual Crisis Communications Summit took place in {MON} {Y}.",
    ],
    "recall-notice": [
        "The Food Standards Agency issued recall notice FSA-PRIN-{n}-{Y} on a Friday evening.",
        "Batch codes L{n}{q} and L{n}{d} were named in the recall.",
    ],
    "flight-number": [
        "Flight BA{n} was cancelled twice in one week, which became the headline.",
        "Passengers on EZY{n} ({d} {MON}) posted videos from the runway.",
    ],
    "coverage-count": [
        "The launch generated {n} pieces of coverage (print, online and broadcast).",
        "Coverage in tier 1 media ({n} articles) was mostly neutral.",
    ],
    "time-of-day": [
        "The first statement went out at 07:{d} and the second at 13:{d}.",
        "By 9pm the story had been updated (version {q}) on the BBC website.",
    ],
    "organisation-with-year-founded": [
        "The CIPR (founded 1948) received its Royal Charter in 2005.",
        "The agency (est. {Y}) employs {n} people in London and Dublin.",
    ],
    "page-of-own-report": [
        "The media list is on page {q} of this report.",
        "See section {q}.{d} for the evaluation plan.",
    ],
    "appendix-or-exhibit": [
        "A copy of the holding statement is given in Appendix {q} (Exhibit {d}).",
        "The coverage log (Appendix {q}, {Y}) lists every article.",
    ],
    "quoted-headline": [
        "The Sun's front page read ‘{B} SHAME’ the next morning.",
        "The headline ‘Chaos at the gate’ appeared in three national papers.",
    ],
    "quoted-message": [
        "The key message was simply ‘we are sorry and we are fixing it’.",
        "Staff were told to say ‘I’ll get someone from the press office to call you back’.",
    ],
    "anonymised-participant": [
        "Participant {q} (a journalist, {Y}) said press releases were mostly deleted unread.",
        "Respondent B ({BEAT} editor) preferred a phone call to an email.",
    ],
    "person-with-lifespan": [
        "Edward Bernays (1891-1995) is often called the father of public relations.",
        "Ivy Lee's Declaration of Principles, sent to newspapers in 1906, is still taught on CIPR courses.",
    ],
    "royal-or-political-event": [
        "The coverage was lost when the budget was announced on {d} {MON}.",
        "Purdah before the {Y} general election delayed the announcement.",
    ],
    "percent-in-year": [
        "Trust in business was {n}% in {Y} and {n}% a year later.",
        "Only {q}0% of the releases sent in {Y} were opened.",
    ],
    "course-or-module": [
        "This report is for the CIPR Professional PR Diploma (Unit {q}, {Y} cohort).",
        "In Module {q} of the CIM Level {q} course we covered stakeholder mapping.",
    ],
    "bracketed-acronym": [
        "The Government Communication Service (GCS) publishes its own evaluation framework.",
        "The Public Relations and Communications Association (PRCA) runs the PR Census.",
    ],
    "media-list-tier": [
        "Tier 1 (nationals and broadcast) and tier 2 (trade and regional) were pitched separately.",
        "The target list had {n} contacts (fashion, beauty and lifestyle desks).",
    ],
    "case-number-or-reference": [
        "The Charity Commission opened a statutory inquiry (case {n}{q}) in {Y}.",
        "The tribunal reference was {Y}/{n} and it was widely reported.",
    ],
}
BRANDS = ["British Airways", "Ryanair", "Pret A Manger", "Boohoo", "Charlotte Tilbury", "Oxfam", "Greenpeace", "Monzo",
          "the FA", "Huel", "Cancer Research UK", "Deliveroo", "Lush", "Shein", "Wimbledon", "Nothing", "Innocent", "Virgin Atlantic",
          "Brewdog", "Gymshark", "Samaritans", "England Cricket"]  # fmt: skip
JOURNALISTS = ["Laura Kuenssberg", "Faisal Islam", "Amol Rajan", "Beth Rigby", "Simon Jack", "Jessica Elgot", "Zoe Wood", "Alex Hern",
               "Hannah Fry", "Kamal Ahmed", "Chris Mason", "Sarah Vizard"]  # fmt: skip
OUTLETS = ["BBC News", "Sky News", "the Guardian", "the Financial Times", "The Times", "ITV News", "PA Media", "Reuters",
           "PRWeek", "Press Gazette", "Vogue", "WWD", "TechCrunch"]  # fmt: skip
BEATS = ["business", "political", "technology", "fashion", "consumer", "transport", "sport", "health"]
SPOKESPEOPLE = ["Ngozi Adeyemi", "Rory O'Hanlon", "Sofía Márquez", "Dan McKenna", "Priya Raman", "Tom Whitlock", "Aisling Kelly",
                "Hamid Qureshi", "Eleanor van Wyk", "Jack Lloyd-Evans"]  # fmt: skip
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
HASHES = [
    "StopTheShame",
    "FlyRight",
    "WearItPink",
    "NoMoreSilence",
    "TrustTheProcess",
    "RecallReady",
    "KeepItOn",
    "FairFares",
]
X_HANDLES = ["@BAPress", "@easyJet", "@PretNews", "@OxfamGB", "@England", "@FSAUK", "@CIPR_UK", "@PRCA_UK"]
RANKS = ["2nd", "3rd", "5th", "10th", "12th", "21st", "25th"]


def values(rng: random.Random) -> dict[str, str]:
    """This pool's own placeholders, drawn after the builder's so no other half changes."""
    year = rng.randint(2015, 2025)
    return {
        "J": rng.choice(JOURNALISTS), "OUT": rng.choice(OUTLETS), "BEAT": rng.choice(BEATS), "SP": rng.choice(SPOKESPEOPLE),
        "MON": rng.choice(MONTHS), "MM": f"{rng.randint(1, 12):02d}", "HASH": rng.choice(HASHES), "HANDLE": rng.choice(X_HANDLES),
        "YY": str(year)[2:], "YY2": str(year + 1)[2:], "RANK": rng.choice(RANKS),
    }  # fmt: skip
