"""Prose for the blind227 pool: marketers at aerospace, defence and space firms and their suppliers.

Written without reading the checker, its tests or any other pool, from how CIM Level 6 and 7 candidates and MBA
students at BAE Systems, Airbus, Rolls-Royce, Leonardo, Thales, Saab, Babcock, QinetiQ, GKN Aerospace, Spirit
AeroSystems, Surrey Satellite Technology, OneWeb, Orbex, Reaction Engines, Boeing and Lockheed Martin write about
B2B, government and employer-brand marketing in the UK, France, Germany, Italy, Sweden and the United States.
Aircraft, engines, programmes, air shows, contracts, launches, orbits, standards, defence reviews, NATO summits,
part numbers, clearances, apprenticeships, tickers, awards, titles, financial years and quarters are no citations.
Fill values of its own: {bn} billions, {m} millions, {ac} aircraft, {pc} a percentage, {ry} a recent year,
{prog} a programme, {show} an air show or exhibition, {site} a site, {aud} a buyer or audience, {chan} a channel,
{role} a job title, {wk} a number of weeks, {km} an orbit's height, {app} apprentices.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["BAE Systems", "Airbus", "Rolls-Royce", "Leonardo", "Thales", "Saab", "Babcock", "QinetiQ", "GKN Aerospace",
          "Spirit AeroSystems", "Surrey Satellite Technology", "OneWeb", "Orbex", "Reaction Engines", "Boeing",
          "Lockheed Martin", "MBDA", "Safran", "Dassault Aviation", "Marshall", "Martin-Baker", "Cobham", "Collins Aerospace",
          "Meggitt", "Chemring", "Ultra Electronics", "Skyrora", "Open Cosmos", "Hensoldt", "MTU"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use."""
    return {
        "bn": f"{rng.randint(1, 9)}.{rng.randint(1, 9)}", "m": str(rng.choice([12, 45, 80, 120, 250, 400, 650])),
        "ac": str(rng.choice([12, 14, 24, 25, 36, 48, 60, 100, 150])), "pc": str(rng.randint(4, 62)),
        "ry": str(rng.randint(2019, 2025)), "wk": str(rng.randint(2, 12)), "km": str(rng.choice([500, 550, 600, 1200])),
        "app": rng.choice(["250", "600", "1,000", "1,200", "2,700"]),
        "prog": rng.choice(["GCAP", "Tempest", "the Type 26 frigate", "Skynet 6", "Eurofighter Typhoon", "the F-35 programme", "UltraFan", "Wedgetail", "the Challenger 3 upgrade", "the Dreadnought class"]),
        "show": rng.choice(["Farnborough", "the Paris Air Show", "DSEI", "RIAT", "ILA Berlin", "the Dubai Airshow", "Space-Comm Expo"]),
        "site": rng.choice(["Warton", "Samlesbury", "Derby", "Filton", "Broughton", "Barrow-in-Furness", "Linköping", "Toulouse", "Yeovil", "Guildford", "Rosyth"]),
        "aud": rng.choice(["procurement teams", "defence primes", "airline fleet planners", "graduate engineers", "Tier 1 suppliers", "MOD buyers", "satellite operators", "early-career candidates"]),
        "chan": rng.choice(["LinkedIn", "trade shows", "thought-leadership white papers", "account-based marketing", "webinars", "the careers site", "trade press advertising", "YouTube"]),
        "role": rng.choice(["Head of Marketing", "Bid Manager", "Capture Manager", "Employer Brand Lead", "Key Account Manager", "Head of Communications"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although the sample was limited to {aud}.",
    "{N} concluded that {C}; this is directly relevant to {B}.", "{N} showed that {C} in long-cycle B2B markets.",
    "{N} suggests that {C}, which matches what {B}'s {role} reported in interview.",
    "{N} identified that {C}, particularly for {aud}.", "{N} observed that {C}.",
    "{N} make the point that {C} when contracts run for decades.", "{N} warned that {C}.",
    "{N} went further, arguing that {C} and that {C2}.", "{N} noted that, on {prog}, {C}.",
    "{N} describe the buying centre in defence as wide and slow, and show that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "{O}, {N} argued that {C}.", "This is consistent with {N}, who found that {C}.",
    "{C}, which supports the findings of {N}.", "{C} – a view shared by {N}.", "As {N} explain, {C}.",
    "In their study of European suppliers, {N} found that {C}.", "Research by {N} suggests that {C}.",
    "According to {N}, {C}.", "{C}; however, {N} found the opposite for {aud}.",
    "For {B}, the lesson from {N} is that {C}.", "Evidence from {N} indicates that {C}.",
    "Data published by {N} show that {C}.", "{C}, according to {N}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {aud} found that {C}.", "Using {N} framework, it is clear that {C}.",
    "{O}, {N} report concluded that {C}.", "{B} could apply {N} model, since {C}.",
    "{N} findings matter here because {C}.", "This reflects {N} argument that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For {aud}, {C} {P}.",
    "This matters because {C} {P}.", "{C}, especially on {prog} {P}.", "It is often argued that {C} {P:see}.",
    "Several studies report that {C} {P:e.g.}.", "{C} (as shown in Figure {q}) {P}.", "In short, {C} {P}.",
    "A key point for {B} is that {C} {P}.", "{C}. {P}", "{C} {P:see also}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "Some sources {P:e.g.} argue that {C}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "defence buying decisions involve a dozen or more stakeholders", "{chan} reaches {aud} more cheaply than print",
    "trust built over decades matters more than price in defence markets", "{B} relies on {chan} more than its rivals do",
    "relationships with {aud} outlast any single contract", "employer branding helps engineering firms fill skills gaps",
    "STEM outreach builds a pipeline of apprentices for firms like {B}", "social value now carries weight in UK public tenders",
    "export campaigns depend on government-to-government relationships", "{aud} rarely respond to mass advertising",
    "aftermarket services earn more over a fleet's life than the original sale", "ESG concerns make some graduates wary of defence employers",
    "account-based marketing suits markets with few, large buyers", "content marketing shortens long B2B sales cycles",
    "the commercial space market rewards speed more than heritage", "sovereign capability is a powerful message to governments",
    "trade shows remain central to B2B marketing in aerospace", "{B}'s reputation rests on programme delivery",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "However", "For example", "In the UK", "For {B}", "In the defence sector",
    "Since the pandemic", "From a buyer's perspective", "Nevertheless", "As a result", "In the space sector",
    "Looking at {B}'s competitors", "Overall", "In B2B markets",
]  # fmt: skip
PLAIN = [
    "{B} employs thousands of people across the UK, with a major site at {site}.",
    "This report analyses {B}'s employer brand and recommends changes to its graduate campaign.",
    "The table below summarises the main stakeholders in the buying centre.",
    "{B}'s LinkedIn page has over {n}k followers, but engagement on its posts is low.",
    "The recommendations are costed and phased over eighteen months.", "{O}, {C}.",
    "A PESTLE analysis of the defence market is included in the appendix.",
    "The main competitors are {B} and two smaller specialist suppliers.",
    "Task 2 builds on this by proposing a stakeholder engagement plan for {show}.",
    "{B} sells to governments, prime contractors and airlines, so its marketing is almost entirely B2B.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one textbook puts it, {Q} {P}.", "The point is made plainly: {Q} {P}.",
    "{O}, {Q} {P}.", "One study concluded that {Q} {P}.", "{Q} {P}, which {B} would do well to note.",
    "{N} put it simply: {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["‘sovereign capability’", "‘prime contractor’", "‘NewSpace’", "‘digital thread’", "‘team of teams’",
                "‘licence to operate’", "‘through-life support’", "‘Team Tempest’", "‘social value’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} describes its offer as {Q} {P}.", "Governments now talk of {Q} in their industrial strategies {P}.",
    "The idea of {Q} runs through {B}'s bid documents {P}.", "{N} calls this {Q}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Be part of something bigger’", "“Engineer the future with us”", "‘Your invitation to our stand at {show}’",
                 "‘Meet the team behind {prog}’", "“Apprenticeships: applications now open”", "‘Join us in {site}’"]  # fmt: skip
SUBJECT_FRAMES = [
    "The recruitment campaign line {Q} tested well with {aud} {P}.", "An email headed {Q} had the best open rate of the year {P}.",
    "{B}'s LinkedIn advert, {Q}, drew strong applications {P}.", "Slogans such as {Q} are common in the sector {P}.",
]  # fmt: skip

# Text that looks like a citation but is not one: none of these names a work in the reference list.
NOT_CITATIONS = {
    "aircraft-service-entry": ["The A320neo (2016) has become the best-selling single-aisle aircraft in Europe.",
                               "Airlines that flew the A350-1000 (entered service 2018) praised its cabin.",
                               "The 737 MAX (2017) returned to service after a long grounding."],
    "engine-service-entry": ["The Trent XWB (2013) powers every A350.", "Fuel burn on the Trent 1000 TEN (2017) fell by several per cent."],
    "fighter-entry": ["The Eurofighter Typhoon (2003) remains the backbone of the RAF's fast-jet fleet.",
                      "The Gripen E (JAS 39E) is being offered to several air forces."],
    "variant-designation": ["The F-35B (STOVL variant) operates from the Queen Elizabeth-class carriers.",
                            "The F-35A (CTOL) and F-35C (CV) are sold to different services."],
    "first-flight": ["The aircraft made its maiden flight at {site} (first flight: 15 December 2006).",
                     "The demonstrator flew for the first time in {ry} (first flight from Warton)."],
    "programme-launch": ["GCAP/Tempest (2018) gave {B} a story to tell graduates.",
                         "Since AUKUS (2021), submarine skills have been a recruitment priority.",
                         "The launch of Tempest (July 2018) was staged at Farnborough."],
    "satellite-programme": ["Skynet 6A is due to join the constellation after {ry}.",
                            "Work on Skynet 6A (launch planned 2025) keeps the Stevenage team busy."],
    "air-show": ["Farnborough International Airshow 2024 drew record trade attendance.",
                 "{B} booked a larger chalet for Farnborough International Airshow 2024 than for 2022."],
    "paris-air-show": ["Orders announced at the Paris Air Show 2023 exceeded 1,000 aircraft.",
                       "The Paris Air Show 2023 (19-25 June) was the first full show since 2019."],
    "defence-exhibition": ["DSEI 2023 attracted over 1,500 exhibitors to ExCeL London.",
                           "{B} used DSEI 2023 (12-15 September) to launch its new brand campaign."],
    "contract-value": ["The support contract is worth £{bn}bn over its life.",
                       "{B} won the order (£{bn}bn) after a two-year competition.",
                       "The MOD placed a contract (worth £4.2bn) for the next phase of {prog}."],
    "aircraft-order": ["The airline's order (150 aircraft) was the largest of the show.",
                       "A follow-on order for {ac} aircraft was signed at {show}."],
    "support-deal": ["The deal (a 10-year support contract) secures jobs at {site}.",
                     "{B} agreed a 10-year support deal covering {ac} aircraft."],
    "satellite-launch": ["The satellite was launched 8 March 2023 from Vandenberg.",
                         "OneWeb's final batch (launched 9 March 2023) completed the first-generation constellation."],
    "orbit": ["The constellation operates in low Earth orbit (550 km LEO).",
              "Each spacecraft sits at around {km} km (LEO, polar orbit)."],
    "quality-standard": ["Every supplier must hold AS9100D (2016) certification.",
                         "The plant gained AS9100 Rev D (2016) approval last year."],
    "iso-standard": ["The site is certified to ISO 14001:2015 and ISO 45001:2018.",
                     "{B} holds ISO 9001:2015 across its UK operations."],
    "easa-approval": ["The repair station is approved under EASA Part 21 and Part 145.",
                      "Design changes need an EASA Part 21J approval (DOA) before they fly."],
    "defence-review": ["The Integrated Review Refresh 2023 put the Indo-Pacific tilt at its centre.",
                       "Suppliers are waiting for the Strategic Defence Review 2025 to settle priorities."],
    "gdp-target": ["The government has committed to spending 2.5% of GDP by 2027 on defence.",
                   "NATO's target (2% of GDP) is met by fewer than half of its members."],
    "defence-budget": ["The defence budget (2024/25: £54.2bn) is the largest in Europe.",
                       "Equipment spending rose to £{bn}bn in {ry} (cash terms)."],
    "nato-summit": ["At the NATO summit in Vilnius 2023, allies agreed new regional plans.",
                    "The Washington summit (July 2024) marked NATO's 75th anniversary."],
    "nsn": ["Spares are ordered by stock number (NSN 1560-99-123-4567).",
            "Each line item carries a NATO Stock Number (NSN 5330-99-876-5432)."],
    "part-number": ["The bracket (P/N 45-2210-03) is made at {site}.",
                    "Part number AS4321-07 (Rev C) replaced the older casting."],
    "clearance": ["Most roles need security clearance (SC), and some need developed vetting (DV).",
                  "The advert asked for candidates able to obtain SC (or DV for some posts)."],
    "apprentice-intake": ["The 2024 intake of 1,000 apprentices was {B}'s largest ever.",
                          "Applications for the {ry} intake ({app} apprentices) rose by {pc}%."],
    "ticker": ["BAE Systems shares (LON: BA.) rose after the results.",
               "Airbus (EPA: AIR) and Safran (EPA: SAF) both gained on the news.",
               "Lockheed Martin (NYSE: LMT) reported a record backlog."],
    "industry-award": ["The campaign won at the SBAC Awards 2023.",
                       "{B}'s apprentice scheme was highly commended (ADS Industry Awards 2024)."],
    "royal-award": ["The firm received the Queen's Award for Enterprise 2022 for international trade.",
                    "A King's Award for Enterprise (2024) followed two years later."],
    "military-rank": ["The keynote was given by Air Marshal Harv Smyth (retd).",
                      "Group Captain Claire Walker, RAF, opened the careers fair."],
    "post-nominals": ["The team is led by a Chartered Engineer (CEng, FRAeS).",
                      "Dr Alison Grey CEng MIMechE FRAeS chairs the panel."],
    "executive-title": ["Charles Woodburn (CEO) set out the growth plan to investors.",
                        "Guillaume Faury (CEO, Airbus SE) spoke at the opening."],
    "financial-year": ["Revenue grew in FY2023/24 to £{bn}bn.", "Order intake (FY2024) beat guidance."],
    "quarter-half": ["Deliveries slowed in H1 2024 because of engine shortages.",
                     "The backlog grew again in Q3 2023 (up {pc}%)."],
    "site-opening": ["The Factory of the Future at Samlesbury (opened 2021) is a showpiece for visitors.",
                     "The new hangar at {site} (opened {ry}) doubled capacity."],
    "founding-year": ["Martin-Baker (founded 1934) still makes ejection seats in Denham.",
                      "The company (established 1985 as a university spin-out) now builds small satellites."],
    "export-control": ["Sales to some markets need a licence under ITAR (22 CFR 120-130).",
                       "Goods on the UK Strategic Export Control Lists need a SIEL (standard individual export licence)."],
    "eu-regulation": ["Drones are covered by Regulation (EU) 2019/947.",
                      "The basic regulation (EU) 2018/1139 set up EASA's current powers."],
    "military-standard": ["Equipment is tested to MIL-STD-810H and DEF STAN 00-35.",
                          "Software safety follows DEF STAN 00-55 (Issue 4)."],
    "trl": ["The engine concept reached TRL 6 (demonstrated in a relevant environment).",
            "Few start-ups get past TRL 4 without government funding."],
    "market-share": ["Airbus holds around 60% of the single-aisle market (by backlog).",
                     "In small satellites the firm's share ({pc}%) is higher than in any other segment."],
    "deliveries": ["Airbus delivered 735 aircraft in 2023, ahead of target.",
                   "Deliveries reached {ac} units in {ry} (up {pc}% on the year before)."],
    "headcount": ["{B} employs around 37,000 people in the UK (2024 figures).",
                  "The site at {site} has {app} staff (including contractors)."],
    "salary": ["Graduate engineers start on £32,000 (plus a £2,000 joining bonus).",
               "The advertised salary (£45,000 to £60,000 for senior bid roles) is above average."],
    "net-zero": ["The sector has committed to net zero by 2050 (Destination 2050 roadmap).",
                 "Sustainable fuel must make up 10% of jet fuel by 2030 (the SAF mandate)."],
    "launch-mission": ["The Start Me Up mission (9 January 2023) failed to reach orbit.",
                       "Spaceport Cornwall hosted the UK's first orbital launch attempt (January 2023)."],
    "spaceport": ["SaxaVord Spaceport (licensed January 2024) is in Unst, Shetland.",
                  "The Sutherland spaceport (planning consent 2020) is Orbex's chosen site."],
    "squadron": ["The aircraft will equip No. 617 Squadron (the Dambusters).",
                 "IX(B) Squadron flies the Typhoon from RAF Lossiemouth."],
    "block-tranche": ["The Typhoon Tranche 3 aircraft (delivered from 2013) carry new radars.",
                      "The F-35 Block 4 upgrade (TR-3 hardware) has been delayed."],
    "eu-funding": ["The project is funded by Horizon Europe (2021-2027).",
                   "The European Defence Fund (2021-2027) has a budget of nearly €8bn."],
    "exchange-rate": ["Figures are converted at a fixed rate (€1 = £0.86).", "Boeing's results are reported in dollars ($1 = £0.79)."],
    "cross-reference": ["A full stakeholder map is given in the appendix (see Appendix 3).",
                        "The media plan is costed in Table {q} (Section 4.2)."],
    "sample": ["Fourteen buyers were interviewed (n = 14) for this report.", "The survey of early-career staff (n = {n}) ran for {wk} weeks."],
    "followers": ["{B}'s LinkedIn page (412k followers) outperforms its Instagram account.",
                  "The careers channel grew to 58k subscribers (up {pc}% in {ry})."],
    "cim-syllabus": ["This assignment follows the CIM Level 7 (2024 syllabus) brief.",
                     "The task is set by the CIM Level 6 Diploma (Unit 2) tutor."],
    "trade-show-dates": ["RIAT (19-21 July 2024) is the world's largest military air show.",
                         "Space-Comm Expo (4-5 June 2024) focused on the commercial space sector."],
}  # fmt: skip
