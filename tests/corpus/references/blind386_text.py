"""Prose for the blind386 pool: communications officers at councils, NHS trusts, police and fire services,
universities' recruitment teams, government behaviour-change campaign units and public libraries in the UK,
Ireland, Canada, Australia and New Zealand writing CIM Level 4 to 6 reports in English.

Written without reading the checker, its tests or any other pool. Besides the placeholders every pool has, these
frames use {aud} an audience of a public service, {ch} a channel, {camp} a public campaign's name, {pc} a
percentage's number, {Y3} a recent year, {fy} a financial year ("2023/24"), {k} a sum in thousands, {merged} a body
with the year it was formed by merger, {ward} a ward or constituency, {line} a helpline and its number, {fw} a
behaviour-change framework, {who} a minister or chief executive with their years, {code} a programme or reference
code and {yy} a two-digit year.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

# Public bodies the candidates work for; none of them is an author in blind386_works.py.
BRANDS = ["Sheffield City Council", "Bristol City Council", "NHS Blood and Transplant", "Transport for London",
          "Galway City Council", "Nottinghamshire Fire and Rescue Service", "South Wales Police", "Edinburgh Libraries",
          "Hamilton City Council", "Brimbank City Council", "Halifax Public Libraries", "University of Galway",
          "Cardiff Metropolitan University", "Calgary Police Service", "Lancashire Teaching Hospitals", "Tusla",
          "Sport England", "Hampshire County Council", "Canterbury Christ Church University", "Dunedin Public Libraries",
          "Queensland Fire Department", "Leicestershire Police", "Fingal County Council", "Ottawa Public Health"]  # fmt: skip

_AUDIENCES = ["residents aged 16 to 24", "older residents", "people who smoke", "first-time voters", "parents of young children",
              "prospective students", "mature students", "commuters", "tenants in social housing", "carers",
              "people in routine and manual jobs", "rural households", "library non-users", "new arrivals to the city",
              "men over fifty", "young drivers", "international students", "Māori and Pacific whānau"]  # fmt: skip
_CHANNELS = ["the council's Facebook page", "bus-stop posters", "local radio", "text-message reminders", "GP surgery screens",
             "the residents' e-newsletter", "TikTok", "community champions", "door-knocking", "Instagram Reels",
             "the NHS App", "letters with the council tax bill", "open days", "WhatsApp community groups"]  # fmt: skip
_CAMPAIGNS = ["Stoptober", "Change4Life", "Every Mind Matters", "Act FAST", "Better Health", "THINK!", "Be Clear on Cancer",
              "Fire Kills", "Dry January", "Know Your Numbers", "Quit for Good", "Like Minds, Like Mine", "Slip, Slop, Slap",
              "ParticipACTION", "Ask for Ani", "Healthy Ireland", "Make Every Contact Count", "Walk to School Week"]  # fmt: skip
_MERGED = ["Buckinghamshire Council (formed in 2020)", "North Yorkshire Council (created April 2023)",
           "Dorset Council (since 2019)", "BCP Council (formed 2019)", "Somerset Council (est. 2023)",
           "University Hospitals Dorset NHS Foundation Trust (merged 2020)", "Mid and South Essex NHS Foundation Trust (formed 2020)",
           "the City of Ottawa (amalgamated 2001)", "Limerick City and County Council (merged 2014)",
           "Tipperary County Council (2014 merger)", "the Auckland super city (2010)", "Dyfed-Powys Police (formed 1974)"]  # fmt: skip
_WARDS = ["Moss Side ward", "Harehills ward", "Byker ward", "Tower Hamlets' Bow East ward", "Ballymun-Finglas",
          "Leeds Central and Headingley", "Glasgow South West", "Cardiff South and Penarth", "Dublin Bay North",
          "Otara-Papatoetoe", "Footscray", "Scarborough-Guildwood", "Dublin North-West", "Ōtautahi Christchurch Central"]  # fmt: skip
_LINES = ["the NHS Smokefree National Helpline (0300 123 1044)", "Samaritans (116 123)", "Healthline (0800 611 116)",
          "HSE Quit (1800 201 203)", "Lifeline (13 11 14)", "Crimestoppers (0800 555 111)", "the police non-emergency line (101)",
          "NHS 111 (option 2 for mental health)", "Quitline (0800 778 778)", "the National Domestic Abuse Helpline (0808 2000 247)",
          "Talk Suicide Canada (1-833-456-4566)", "ALONE (0818 222 024)"]  # fmt: skip
_FRAMEWORKS = ["COM-B", "EAST", "MINDSPACE", "the 4Es", "OASIS", "the Behaviour Change Wheel", "TTM", "the RESIST 2 toolkit",
               "the GCS Evaluation Framework 2.0", "MCOM 3.0", "BASIC", "the APEASE criteria"]  # fmt: skip
_WHO = ["Jacinda Ardern (Prime Minister, 2017–2023)", "Stephen Donnelly (Minister for Health, 2020–2025)",
        "Amanda Pritchard (NHS England chief executive, 2021–2025)", "Bernard Gloster (HSE CEO since March 2023)",
        "Jean-Yves Duclos (Minister of Health, 2021–2023)", "Mark Butler (Minister for Health, since 2022)",
        "Simon Case (Cabinet Secretary, 2020–2024)", "Alex Aiken (Executive Director of Government Communications, 2012–2022)",
        "Ayesha Verrall (Minister of Health, 2023)", "Sir Mark Rowley (Commissioner since September 2022)",
        "Drew Harris (Garda Commissioner, 2018–2025)", "Dame Cressida Dick (Commissioner, 2017–2022)"]  # fmt: skip
_CODES = ["PH-2019-044", "CO/GCS/0817", "DN612345", "RM6125", "PR-23-117", "LIB-ENG-04", "WP3.2", "CAM-2024-09",
          "NUR-INT-22", "T-0193-A", "SR-7781", "UKRI-ESRC-ES/X0021"]  # fmt: skip

NARRATIVE_START = [
    "{N} define social marketing as the use of marketing to change behaviour for the good of society, and argue that {C}.",
    "{N} found that {C}.",
    "{N} argue that {C}, which matters for a council with shrinking budgets.",
    "{N} showed that {C}, although the study only looked at {aud}.",
    "{N} makes the case that {C}.",
    "{N} points out that {C}; {B} has not yet acted on this.",
    "{N} evaluated a campaign aimed at {aud} and concluded that {C}.",
    "{N} warns that {C} unless the message comes from a trusted local voice.",
    "{N} suggest that {C}.",
    "{N} reported that {C} in every trust they looked at.",
    "{N} describes citizens as co-producers of services rather than customers, and notes that {C}.",
    "{N} identified three barriers for {aud} – cost, time and trust – and showed that {C}.",
    "{N} tested letters, texts and posters with {aud} and found that {C}.",
    "{N} stresses that {C}.",
    "{N} noted that {C}, a point the communications team accepted in its last review.",
    "{N} went further, arguing that {C} and that {C2}.",
    "{N} is widely cited on this, having shown that {C}.",
    "{N} questioned whether {C}.",
    "{N} set out the public value case for marketing and argued that {C}.",
    "{N} explains that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} explain, {C}.",
    "According to {N}, {C}.",
    "As set out in {N}, {C}.",
    "Following {N}, this report treats {aud} as a separate segment, because {C}.",
    "{O}, {N} found that {C}.",
    "{C}, as {N} point out.",
    "{C}; {N} reached the same conclusion for {aud}.",
    "This is in line with {N}, who found that {C}.",
    "The guidance in {N} is clear that {C}.",
    "For {B}, the lesson from {N} is that {C}.",
    "{C} – a point that {N} also makes.",
    "It is worth comparing this with {N}, where {C}.",
    "{O}, and as {N} showed, {C}.",
    "Using the approach recommended by {N}, {B} could test whether {C}.",
    "A similar argument is made by {N}, who claim that {C}.",
    "{C}, so it is no surprise that {N} called for more local evaluation.",
    "The evidence is mixed: {N} found that {C}, whereas other studies disagree.",
    "For a fuller account, see {N}, who shows that {C}.",
    "When {B} refreshed its campaign, it drew on {N}, on the basis that {C}.",
    "Not everyone agrees; {N}, for instance, argues that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} model of public service marketing implies that {C}.",
    "{O}, {N} review of {ch} showed that {C}.",
    "{N} evaluation found that {C}.",
    "Using {N} segmentation, {B}'s residents fall into five groups.",
    "The weakness of {N} framework is that it assumes {C}.",
    "{N} guidance recommends that {C}.",
    "{C}, which supports {N} conclusion.",
    "{N} survey of {aud} found that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, it seems that {C} {P}.",
    "Most practitioners now accept that {C} {P}.",
    "{C}, especially among {aud} {P}.",
    "This matters because {C} {P:see}.",
    "Several evaluations make the same point, namely that {C} {P:see, for example,}.",
    "{B} should therefore focus on {ch}, given that {C} {P:e.g.}.",
    "Public trust in local government has fallen over the last decade {P}.",
    "A campaign should be evaluated against outcomes, not outputs {P:see also}.",
    "Behaviour is shaped by capability, opportunity and motivation {P}.",
    "It is also worth noting that {C} {P:cf.}.",
    "{C}, which has implications for how {B} targets {aud} {P}.",
    "Defaults, reminders and social norms are the cheapest tools a council has {P}.",
    "Recruitment campaigns for the police and the NHS increasingly use serving staff as their faces {P}.",
    "Libraries are now positioned as community hubs rather than places to borrow books {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, but in practice {C2}.",
    "{C} {P}; however, {C2}.",
    "Although {C} {P}, {C2}.",
    "{O}, {C} {P} and {C2}.",
    "Three tools stand out – reminders {P}, social norms and simpler forms – and {C}.",
    "{C} {P}, whereas {C2}.",
    "Given that {C} {P:see}, it follows that {C2}.",
    "{C} {P}, which is why {C2}.",
]  # fmt: skip
CLAIMS = [
    "text-message reminders raise attendance among {aud}",
    "{aud} trust messages from their GP more than those from government",
    "a social norms message works better than a warning",
    "{B} relies too heavily on {ch} to reach {aud}",
    "campaigns that co-produce their messages with residents last longer",
    "fear appeals backfire with {aud}",
    "making the healthy choice the easy choice matters more than information",
    "{ch} reaches {aud} at a fraction of the cost of print",
    "public service brands are trusted more than the government behind them",
    "recruitment adverts featuring real officers attract more applicants from {aud}",
    "most behaviour change campaigns are never properly evaluated",
    "{aud} respond to local stories more than to national statistics",
    "library users see the service as part of their council's identity",
    "a single clear call to action lifts response rates",
    "simplifying the form does more than any advert",
    "citizens expect the same digital service from a council as from a bank",
    "{B} could reach {aud} more cheaply through {ch}",
    "trust in the messenger decides whether {aud} act on the message",
    "prospective students compare universities mainly on social media",
    "the effect of a nudge fades once the campaign ends",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "In the public sector", "Even so", "In {B}'s case", "At a local level",
           "Since the pandemic", "For {aud}", "By contrast", "Taken together", "With budgets under pressure",
           "From a social marketing perspective", "On the evidence available"]  # fmt: skip
PLAIN = [
    "{B}'s communications team has four officers and one apprentice.",
    "The campaign ran for six weeks on {ch} and in the local papers.",
    "{B} surveys its residents twice a year.",
    "The rest of this section applies the COM-B model to {B}'s campaign.",
    "{O}, {C}.",
    "Most of {B}'s budget goes on statutory notices, not campaigns.",
    "{B} has no dedicated marketing budget; campaigns are funded from service budgets.",
    "The recommendations below are costed and phased over eighteen months.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one textbook puts it, {Q} {P}.",
    "{N} put it plainly: {Q}.",
    "The point is made directly that {Q} {P}.",
    "{B} appears to accept that {Q} {P}.",
    "Social marketing has been summed up as follows: {Q} {P}.",
    "{N} concluded that {Q}.",
    "The guidance is blunt: {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘hard to reach’", "‘seldom heard’", "‘digital by default’", "‘nanny state’", "‘nudge’",
                "‘channel shift’", "‘one council’", "‘test and learn’", "‘place-based’", "‘whole system’",
                "‘levelling up’", "‘warm spaces’"]  # fmt: skip
SCARE_FRAMES = [
    "Some residents are labelled {Q} when services simply fail to reach them {P}.",
    "Critics call this kind of campaign {Q} {P}.",
    "The move to {Q} services left some older residents behind {P}.",
    "The idea of {Q} is used loosely in local government {P}.",
    "{B} now describes its approach as {Q} {P}.",
    "{N} criticised the {Q} label itself.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your bin day is changing’", "‘Your flu jab is ready to book’", "‘Quit this October – we’ll help’",
                 "‘Your library card has missed you’", "‘Is your smoke alarm working?’", "‘Register to vote by Friday’",
                 "‘Open day: book your place’", "“Could you be a police officer?”", "“Your council tax, explained”"]  # fmt: skip
SUBJECT_FRAMES = [
    "The text message {Q} doubled bookings {P}.",
    "{B} sent the email {Q} to {aud} {P}.",
    "A reminder worded {Q} outperformed the standard letter {P}.",
    "Messages like {Q} work because they are personal and timely {P}.",
    "Testing {Q} against a plainer version showed a clear winner, as {N} would predict.",
]  # fmt: skip

# Text with brackets, years, numbers or names that is no citation: a tutor would not look for any of it in the list.
NOT_CITATIONS = {
    "campaign-year": [
        "The {camp} campaign ({Y3}) ran for eight weeks across radio, bus stops and Facebook.",
        "Change4Life (2009) is still the campaign most parents in the area can name unprompted.",
        "Stoptober 2023 drew fewer sign-ups locally than the regional average.",
        "{B} joined {camp} {Y3} with its own local creative.",
    ],
    "campaign-launch": [
        "Every Mind Matters (launched October 2019) is promoted on every staff payslip.",
        "{B} has taken part in Dry January (running since 2013) for three years.",
        "The Grim Reaper advertisement (April 1987) is still remembered by older Australians.",
    ],
    "act-named": [
        "The Health and Care Act 2022 created integrated care boards, which now commission the service.",
        "Duties under the Equality Act 2010 shape how {B} words its recruitment adverts.",
        "Since the Public Health (Alcohol) Act 2018, alcohol products in Ireland carry health warnings.",
        "New Zealand's Smokefree Environments and Regulated Products Amendment Act 2022 was repealed in 2024.",
    ],
    "act-section": [
        "Councils must publish a pay policy statement (Localism Act 2011, s. 38).",
        "Every fire authority must promote fire safety (Fire and Rescue Services Act 2004, section 6).",
        "The duty to provide a library service is a statutory one (Public Libraries and Museums Act 1964, s. 7).",
    ],
    "bill": [
        "The Tobacco and Vapes Bill (introduced November 2024) would raise the age of sale every year.",
        "If the Bill passes (second reading, {Y3}), {B} will need a new campaign.",
        "Canada's Bill C-11 (2022) changed how streaming platforms are regulated.",
    ],
    "white-paper": [
        "The Levelling Up white paper (February 2022) set twelve missions for 2030.",
        "The Public Service Reform white paper set the direction for {B}'s digital services.",
        "The green paper (consultation closed June {Y3}) proposed a ban on junk-food advertising.",
    ],
    "financial-year": [
        "The marketing budget for {fy} was £{k}k, down by a fifth.",
        "{B}'s communications spend fell again (FY{Y3}: £{k}k).",
        "Savings of £{k}k are required in {fy} and again in the following year.",
    ],
    "budget-year": [
        "Funding for stop smoking services rose after the Spring Budget (March 2024).",
        "Budget {Y3} froze the public health grant in cash terms.",
        "The Irish government's Budget 2025 (1 October 2024) funded a new vaping campaign.",
    ],
    "merger-year": [
        "{merged} now runs one communications team where there used to be several.",
        "Residents still confuse the old district councils with {merged}.",
        "Since the merger ({Y3}), the two trusts have kept separate social media accounts.",
    ],
    "election-year": [
        "Turnout in the May {Y3} local elections was only {pc}%.",
        "Purdah before the {Y3} general election paused all campaign activity for six weeks.",
        "Voter registration rose in the run-up to the 2024 election (deadline 18 June).",
    ],
    "referendum-year": [
        "The 2016 EU referendum showed how poorly official messages reached some communities.",
        "Turnout in the 2018 referendum on the Eighth Amendment was {pc}%.",
        "The 2023 Voice referendum in Australia was preceded by a civics information campaign.",
        "New Zealand's 2020 cannabis referendum was supported by a neutral information website.",
    ],
    "ward-constituency": [
        "Uptake was lowest in {ward}, where a third of residents were born abroad.",
        "The pilot covered two areas ({ward} and {ward}).",
        "Door-knocking in {ward} reached {n} households in a fortnight.",
    ],
    "helpline": [
        "Every advert ends with {line}.",
        "Callers are directed to {line} outside office hours.",
        "The poster gives a single number: {line}.",
    ],
    "text-shortcode": [
        "Residents can text QUIT to 60090 for support.",
        "Donors can text BLOOD to 81212 to find a session.",
        "Drivers were asked to text SAFE to 88020 to get reminders.",
    ],
    "grant-year": [
        "{B} won a £{k}k grant ({Y3} round) from the National Lottery Community Fund.",
        "The library service received £{k}k from the Libraries Improvement Fund (round 2, {Y3}).",
        "A €{k}k grant from Healthy Ireland funding (round {q}) paid for the pilot.",
    ],
    "percentage-year": [
        "Uptake of the flu vaccine among {aud} fell to {pc}% ({Y3}/{yy}).",
        "Library membership stood at {pc}% of residents (March {Y3}).",
        "Resident satisfaction dropped to {pc}% (autumn {Y3} survey).",
    ],
    "framework-name": [
        "The plan is built around {fw}, with one objective for each element.",
        "{B} uses {fw} to check every campaign before sign-off.",
        "The evaluation follows {fw}, with one measure for each objective.",
    ],
    "framework-expansion": [
        "The team plans every campaign with OASIS (Objectives, Audience insight, Strategy, Implementation, Scoring).",
        "EAST (Easy, Attractive, Social, Timely) was used to redesign the reminder letter.",
        "Each option was tested with COM-B (capability, opportunity, motivation – behaviour).",
        "MINDSPACE (messenger, incentives, norms, defaults, salience, priming, affect, commitments, ego) works as a checklist.",
    ],
    "minister-years": [
        "The campaign was launched by {who}.",
        "Funding was announced by {who} at a press conference.",
        "Interviews with {who} were used in the launch video.",
    ],
    "chief-executive": [
        "{B}'s chief executive (in post since {Y3}) chairs the campaign board.",
        "The director of public health (appointed {Y3}) fronted the radio adverts.",
        "The Chief Fire Officer (in post until {Y3}) championed the home safety visits.",
    ],
    "programme-code": [
        "The work is funded under programme {code}.",
        "All creative was approved under reference {code} before it went live.",
        "The tender ({code}, closing {d} May {Y3}) attracted four bids.",
    ],
    "foi-reference": [
        "The figures were released under the Freedom of Information Act (FOI ref. {Y3}/{n}).",
        "An FOI request (ref. FOI-{n}) showed how little was spent on evaluation.",
    ],
    "charity-number": [
        "{B}'s partner charity (registered charity no. 1089464) runs the helpline.",
        "The friends' group (charity number SC0{n}) funds the library's summer reading challenge.",
        "Its Irish partner (RCN 20{n}) delivers the programme in Cork.",
    ],
    "organisation-code": [
        "Each trust is identified by its ODS code (RW3, RR8 and RJ1) in the dataset.",
        "Practices were grouped by their PCN code (U{n}).",
        "Schools were sampled by their DfE number (URN 1{n}).",
    ],
    "postcode-address": [
        "The new hub (Central Library, LS1 3AB) opened in spring.",
        "Drop-in sessions are held at the Civic Centre (1 Market Street, BS1 5TR).",
        "The pop-up clinic (Eir code D01 F5P2) ran for three Saturdays.",
    ],
    "opening-hours": [
        "The contact centre is open at set times (Mon–Fri, 8am–6pm).",
        "Libraries now open later on Thursdays (until 8pm from {Y3}).",
        "Walk-in vaccinations are offered twice a week (Tue and Sat, 9am–1pm).",
    ],
    "pilot-period": [
        "The pilot ran in three libraries (September {Y3} to the following March).",
        "The trial ran for twelve weeks ({d} January to early April {Y3}).",
        "Reminders were sent in two waves (wave 1: May; wave 2: July {Y3}).",
    ],
    "survey-sample": [
        "Most respondents said they trust the council (n = {n}).",
        "The resident survey was answered by {n} people (response rate {pc}%).",
        "Two focus groups were held with {aud} (n = 14).",
    ],
    "survey-wave": [
        "Trust in local services rose slightly (tracker wave {q}, spring {Y3}).",
        "Awareness of the campaign was measured before and after (waves 1 and 2).",
    ],
    "cross-reference": [
        "The full segmentation is in the appendix (Appendix 3, Table {q}).",
        "The Gantt chart (Figure {q}) shows the launch in week 6.",
        "See Section 2.{q} for the budget breakdown.",
        "The costs are set out in Task 2 (b) above.",
    ],
    "own-data-source": [
        "Attendance doubled during the trial (source: {B}'s booking system).",
        "Clicks rose by a third (Meta Ads Manager, campaign dashboard).",
        "Footfall fell after the closures (library counters, {fy}).",
    ],
    "strategy-period": [
        "The Council Plan {Y3}–{Y4} sets four priorities, one of them a healthy population.",
        "{B}'s digital strategy runs to {Y4} and commits to a single resident account.",
        "The library service is in year two of its five-year plan ({Y3}–{Y4}).",
    ],
    "social-handle": [
        "The campaign was run from the council's own account (@{hd}).",
        "Posts carried the hashtag #{camptag} and a link to the booking page.",
        "Complaints are answered on X (@{hd}) within a working day.",
    ],
    "web-address": [
        "The landing page (www.{dom}/quit) received {n},000 visits.",
        "All bookings go through the website (www.{dom}).",
    ],
    "awareness-day": [
        "The campaign was timed for World No Tobacco Day (31 May).",
        "Libraries Week (2–8 October {Y3}) gave the service its biggest social reach.",
        "Organ Donation Week (September) is the team's busiest time.",
    ],
    "award": [
        "The campaign won Campaign of the Year at the LGC Awards {Y3}.",
        "{B} was shortlisted for its recruitment films (PRCA Awards {Y3}, public sector category).",
        "The library won a Libraries Change Lives award in {Y3} (highly commended).",
    ],
    "inspection-rating": [
        "The trust was rated good at its last inspection (CQC rating, inspected {Y3}).",
        "The force was graded adequate for engaging with the public (PEEL {fy}).",
        "The service was rated outstanding (graded at its {Y3} inspection).",
    ],
    "league-table": [
        "{B} rose in this year's league tables (now in the top {pc} in the UK).",
        "Student satisfaction is high (NSS {Y3}: {pc}%).",
        "The university holds a Gold rating (TEF 2023).",
    ],
    "admissions-cycle": [
        "Applications fell in the {Y3} cycle (30 June deadline).",
        "Clearing {Y3} brought in {n} extra students.",
        "Most offers are made before the equal consideration date (29 January).",
    ],
    "pay-band": [
        "The campaign officer role is graded at Band 5 (Agenda for Change {fy}).",
        "The post is a Grade 7 (up to £{k},000).",
        "Starting salaries for constables were raised (£{k},000 from September {Y3}).",
    ],
    "staff-numbers": [
        "{B} employs {n} communications staff (FTE, March {Y3}).",
        "The service has {n} firefighters on call (on-call and wholetime).",
    ],
    "fee-price": [
        "Tuition fees are capped in England (£9,250 a year in {fy}).",
        "Band D council tax rose again (£2,171 in {fy}).",
        "A replacement library card costs £{q}.50 (free for under-16s).",
    ],
    "bilingual-name": [
        "{B} works alongside Comhairle Cathrach Bhaile Átha Cliath (Dublin City Council) on the campaign.",
        "Posters were printed in Welsh for Cyngor Sir Ceredigion (Ceredigion County Council).",
        "The team consulted Te Rūnanga o Ngāi Tahu (the iwi authority) on the wording.",
    ],
    "acronym-expansion": [
        "Commissioning passed to the integrated care boards (ICBs) in July 2022.",
        "The district health boards (DHBs) were abolished and replaced by one national body.",
        "Stop smoking services are run by local authorities (LAs) and paid for from the public health grant (PHG).",
    ],
    "age-band": [
        "The target audience is young people (aged 16–24).",
        "Uptake was lowest among men (aged 50–74) in routine jobs.",
        "Invitations go to everyone eligible (ages 25 to 64).",
    ],
    "lockdown-dates": [
        "Library visits collapsed during the first lockdown (23 March 2020).",
        "The vaccination centre opened during the third wave (winter 2021–22).",
        "Volunteers were recruited in the first weeks of the pandemic (March–May 2020).",
    ],
    "trial-registration": [
        "The trial was registered before it started (ISRCTN{n}4521).",
        "The evaluation protocol was published in advance (registration no. ACTRN126{n}).",
    ],
    "ethics-reference": [
        "The survey was approved by the university (ethics ref. FREC-{Y3}-{n}).",
        "Interviews were covered by the trust's approval (IRAS {n}312).",
    ],
    "slogan-date": [
        "‘Stay Home, Protect the NHS, Save Lives’ (March 2020) is the best-known slogan of the period.",
        "‘Hands. Face. Space.’ (September 2020) replaced it six months later.",
        "The new strapline (‘Your city, your say’, {Y3}) tested well with {aud}.",
    ],
    "brand-guidelines": [
        "All materials follow the corporate identity (brand guidelines v{q}.2, {Y3}).",
        "The logo lock-up was updated (visual identity refresh, spring {Y3}).",
    ],
    "quarter": [
        "Calls to the helpline peaked in the winter (Q{q} {fy}).",
        "Website visits were highest in the first quarter (Q1 {Y3}).",
    ],
}  # fmt: skip

_HANDLES = ["SheffCouncil", "BristolCouncil", "NHSBlood", "TfL", "GalwayCityCo", "NottsFire", "SWPolice", "EdinLibraries",
            "HamiltonCC", "CalgaryPolice", "GalwayUni", "OttawaHealth"]  # fmt: skip
_TAGS = ["Stoptober", "GetVaxxed", "LoveYourLibrary", "JoinTheMet", "TestYourSmokeAlarm", "ThinkBeforeYouDrive",
         "YourVoiceCounts", "QuitForGood", "BeClearOnCancer", "ClearingStartsNow"]  # fmt: skip
_DOMS = ["sheffield.gov.uk", "bristol.gov.uk", "blood.co.uk", "galwaycity.ie", "notts-fire.gov.uk", "hamilton.govt.nz",
         "brimbank.vic.gov.au", "ottawapublichealth.ca", "edinburgh.gov.uk", "fingal.ie"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn from the builder's random source after the common ones."""
    year = rng.randint(2016, 2025)
    return {
        "aud": rng.choice(_AUDIENCES), "ch": rng.choice(_CHANNELS), "camp": rng.choice(_CAMPAIGNS),
        "pc": str(rng.randint(8, 91)), "Y3": str(year), "fy": f"{year - 1}/{str(year)[2:]}",
        "k": str(rng.randint(12, 480)), "merged": rng.choice(_MERGED), "ward": rng.choice(_WARDS),
        "line": rng.choice(_LINES), "fw": rng.choice(_FRAMEWORKS), "who": rng.choice(_WHO), "code": rng.choice(_CODES),
        "yy": str(year + 1)[2:], "Y4": str(year + 4), "hd": rng.choice(_HANDLES), "camptag": rng.choice(_TAGS), "dom": rng.choice(_DOMS),
    }  # fmt: skip
