"""Prose for the thirty-second held-out pool, "blind32": sentence frames, claims, brands and decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a thirty-second
hand, without reading the checker, its tests or the other pools' frames, decoys and works, from how marketing
apprentices write: CIM Level 4, NCFE Level 3 and degree apprentices working in university recruitment,
admissions and student-marketing teams, further-education colleges and training providers, writing work-based
reports on open days, clearing, UCAS cycles and deadlines, league tables, REF, TEF and NSS results, OfS conditions,
international recruitment agents, student personas and journeys, CRM and email nurture, prospectus copy and social
media for Gen Z. They write: cycle years ("2025/26"), deadlines with dates and times, rankings with their year and
position in brackets, tariff points and grades, course and module codes, apprenticeship standard codes, persona
names with ages, hashtags and handles, survey quotes from applicants, their own tables, figures and appendices.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} argued that {C}.",
    "{N} found that {C}.",
    "{N} suggests that {C}, which is something our team has seen first-hand during clearing.",
    "{N} explained that {C}.",
    "{N} points out that {C}, and this fits what {B} sees in its enquiry data.",
    "{N} showed that {C}.",
    "{N} identified that {C}.",
    "{N} claims that {C}, although this may be less true for further education colleges.",
    "{N} reported that {C}.",
    "{N} highlighted that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} explains, {C}.",
    "According to {N}, {C}.",
    "In my workplace this matches what {N} describes: {C}.",
    "{O}, {N} argues that {C}.",
    "Research by {N} found that {C}.",
    "For {B}, the key point from {N} is that {C}.",
    "This links to the work of {N}, who found that {C}.",
    "A similar point is made by {N}, who notes that {C}.",
    "Applying the model from {N}, {C}.",
    "When planning the {CYC} campaign we used {N}, which shows that {C}.",
    "Building on this, {N} adds that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research into student choice found that {C}.",
    "{N} model of the applicant journey suggests that {C}.",
    "Using {N} framework, {C}.",
    "{N} study of {AUD} shows that {C}.",
    "{N} findings suggest that {C}.",
    "According to {N} analysis, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "It is widely accepted that {C} {P}.",
    "Evidence suggests that {C} {P}.",
    "For {B}, this is important because {C} {P}.",
    "In the {CYC} cycle {C} {P}.",
    "Sector data shows that {C} {P}.",
    "This is supported by research showing that {C} {P}.",
    "Our enquiry data points the same way: {C} {P}.",
    "One reason is that {C} {P}.",
    "As a result, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, so {B} should review its nurture emails before the next cycle.",
    "{C} {P}, which is why our open day follow-up changed this year.",
    "Some writers argue that {C} {P}, but others are less sure.",
    "{O}, {C} {P}, and this is reflected in {B}'s recruitment plan.",
    "{C} {P}; however, this may not apply to {AUD}.",
    "Because {C} {P}, the team decided to test a new approach.",
    "{C} {P}, and I saw this during the {CYC} clearing period.",
    "While {C} {P}, it is also true that {C2}.",
]  # fmt: skip
CLAIMS = [
    "most applicants shortlist universities long before they attend an open day",
    "league table positions matter more to international applicants than to home students",
    "parents and carers remain a major influence on course choice",
    "Gen Z applicants trust current students more than official university channels",
    "short-form video is now the main way prospective students discover universities",
    "the NSS results are read more closely by staff than by applicants",
    "personalised email nurture improves conversion from offer to enrolment",
    "clearing has become a planned route rather than a last resort for many applicants",
    "education agents shape where many international students apply",
    "student personas help teams write content that speaks to real needs",
    "prospectus copy often sounds the same across different universities",
    "a TEF Gold rating is rarely mentioned by applicants when they explain their choice",
    "degree apprenticeships appeal to learners who want to avoid student debt",
    "employers need to be marketed to as much as apprentices do",
    "further education colleges compete with sixth forms as much as with each other",
    "the cost of living now shapes where students choose to study",
    "virtual open days widen access but convert less well than campus visits",
    "student ambassadors are the most trusted voice in the recruitment journey",
    "university brands are built more on reputation than on advertising",
    "applicants expect a reply to an enquiry within one working day",
    "CRM data is only useful when teams agree what each field means",
    "first-generation students need more reassurance about cost and belonging",
    "international recruitment depends heavily on visa policy",
    "rankings create a halo effect that spreads to every course at a university",
    "marketing in higher education has become more like consumer marketing",
    "social proof from peers outweighs institutional messages for younger audiences",
    "the applicant journey is no longer linear",
    "offer-holder events reduce the number of applicants who decline their offer",
    "the choice of course usually comes before the choice of university",
    "WhatsApp and Discord groups now carry much of the conversation between offer holders",
    "students see themselves as customers when fees are high",
    "mature learners respond better to messages about flexibility than to campus life",
    "regulation by the OfS has pushed universities to be more careful with marketing claims",
    "employer brand and course brand need to work together in apprenticeship marketing",
    "email open rates fall sharply after the UCAS equal consideration deadline",
]  # fmt: skip
OPENERS = [
    "In higher education marketing",
    "For student recruitment teams",
    "In the further education sector",
    "Across the UK sector",
    "For a university like {B}",
    "During the {CYC} recruitment cycle",
    "From an apprenticeship point of view",
    "Looking at international recruitment",
    "In my role in the admissions team",
    "In practice",
]  # fmt: skip
PLAIN = [
    "This section looks at how {B} can improve conversion from enquiry to application.",
    "I work in the student recruitment team, so many of the examples come from my own role.",
    "The recommendations are set out below.",
    "This has implications for the way the team plans the next cycle.",
    "The next part of this report looks at the competitors.",
    "I discussed these findings with my line manager before writing this section.",
    "The target audience for this campaign is school and college leavers in the region.",
    "Each touchpoint in the journey is described in turn.",
    "Budgets in the team are tight, so any change must be low cost.",
    "This is a real challenge for smaller providers.",
    "The persona below was built from our own enquiry data and conversations with applicants.",
    "The objectives follow the SMART format.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one author puts it, {Q} {P}.",
    "{N} states that {Q}.",
    "{O}, {Q} {P}.",
    "This is summed up well: {Q} {P}.",
    "{N} puts it simply: {Q}.",
    "The point is made clearly in the literature: {Q} {P}.",
    "{Q} {P}, which is a useful reminder for {B}.",
]  # fmt: skip
SCARE_QUOTES = [
    "‘student experience’", "‘customers’", "“world-class”", "‘value for money’", "\"stealth applicants\"",
    "‘belonging’", "“the Russell Group effect”", "'ghosting'", "‘earn while you learn’", "“digital natives”",
    "‘insurance choice’", "\"vibe check\"", "‘golden ticket’", "‘low-value courses’", "“inclusive”",
]  # fmt: skip
SCARE_FRAMES = [
    "Applicants talk about {Q} in very different ways {P}.",
    "The idea of {Q} has become central to university marketing {P}.",
    "{N} questions whether {Q} is a helpful term for students at all.",
    "Many universities claim to be {Q}, which makes the claim less useful {P}.",
    "So-called {Q} are a growing group in each UCAS cycle {P}.",
    "Treating students as {Q} changes the relationship {P}.",
]  # fmt: skip
SUBJECT_LINES = [
    "‘Your offer from {B} is waiting’", "“Clearing is open: call us now”", "'Open Day: book your place'",
    "‘{NAME}, have you seen our halls yet?’", "“Results day? We've got you”", "\"Last chance to apply for {CYC}\"",
    "‘Meet your future coursemates’", "“Your apprenticeship starts here”", "'Still deciding? Chat to a student'",
    "‘5 things to do before you start uni’",
]  # fmt: skip
SUBJECT_FRAMES = [
    "An email with the subject line {Q} had the highest open rate in the sequence {P}.",
    "Subject lines such as {Q} create urgency {P}.",
    "{B}'s message headed {Q} was sent to every offer holder {P}.",
    "We tested {Q} against a plainer version, following the advice of {N}.",
    "A push notification reading {Q} is a typical example of nurture content {P}.",
    "The TikTok caption {Q} got more comments than any other post this term {P}.",
]  # fmt: skip

# Decoys: text with capitals, years, brackets or quotation marks that cites nothing.
NOT_CITATIONS: dict[str, list[str]] = {
    "ucas-deadline": [
        "The UCAS equal consideration deadline for the {CYC} cycle is 6pm (UK time) on 28 January.",
        "Applications for Medicine, Dentistry and Oxbridge close on 15 October {YR}, so our content for those courses starts in the summer.",
        "We remind applicants about the 30 June deadline (after which they go straight into Clearing).",
    ],
    "clearing-dates": [
        "Clearing 2025 opened on 5 July and our phone lines were busiest on A-level results day (Thursday 14 August).",
        "Clearing Plus (launched by UCAS in 2020) now matches applicants to courses automatically.",
        "Our Clearing hotline (0800 number) was open from 8am to 8pm on results day.",
    ],
    "league-table-position": [
        "{B} rose to {RANK} in the Guardian University Guide {YR} (up from {RANK2}).",
        "In the Complete University Guide {YR}, Marketing at {B} ranked {RANK} out of 104.",
        "The university is now in the top 50 of the Times and Sunday Times Good University Guide {YR}.",
    ],
    "world-ranking": [
        "{B} appears in the QS World University Rankings {YR} for the first time (in the 801-850 band).",
        "International agents in Lagos and Delhi asked for our THE World University Rankings {YR} position before anything else.",
        "Some Vietnamese applicants only consider universities in the QS top 300 (World University Rankings {YR}).",
    ],
    "tef-rating": [
        "{B} was awarded {TIER} in TEF {TEFY}, with {TIER} for student experience as well.",
        "The TEF {TEFY} outcome (Gold overall) is now on every page of the undergraduate prospectus.",
        "Competitors with a Bronze rating (TEF {TEFY}) rarely mention it in their marketing.",
    ],
    "nss-score": [
        "In the NSS {YR}, overall positivity for Marketing was {PCT}% (sector average {PCT2}%).",
        "Our course scored {PCT}% for 'Teaching on my course' in the National Student Survey {YR}.",
        "The NSS (National Student Survey) results are published each July, and the team plans social posts around them.",
    ],
    "ref-result": [
        "In REF 2021, {PCT}% of the Business and Management submission was rated 4* or 3*.",
        "The Research Excellence Framework (REF 2021) results are used on postgraduate pages but not undergraduate ones.",
    ],
    "ofs-condition": [
        "Under OfS condition B3 (student outcomes), continuation must be at least 80% for full-time first degrees.",
        "The new E6 condition (harassment and sexual misconduct) came into force on 1 August 2025.",
        "Condition C1 (consumer protection law) means our course pages must be accurate and up to date.",
    ],
    "tariff-points": [
        "The typical offer for BA (Hons) Marketing is {PTS} UCAS Tariff points (e.g. {GRD} at A level).",
        "Foundation year entry asks for 48 UCAS points (equivalent to DD at A level or MPP in a BTEC).",
        "Applicants from Nigeria need WAEC results with five credits (including English and Maths).",
    ],
    "course-code": [
        "The UCAS course code for BSc (Hons) Marketing Management is N500 and the institution code is {INST}.",
        "Our new top-up degree (UCAS code N5N1) launched in September {YR}.",
    ],
    "module-code": [
        "In module {MOD} (Digital Marketing Practice) I learned how to build a customer journey map.",
        "This assignment is for {MOD}, Unit 2 (Customer Communications), submitted in Semester 1.",
    ],
    "apprenticeship-standard-code": [
        "I am on the Multi-channel Marketer apprenticeship (ST0122, Level 3), which finishes with an End-Point Assessment.",
        "The Marketing Executive standard ({CODE}, Level 4) includes a duty to plan and run campaigns.",
        "Degree apprentices on the Digital Marketer standard (Level 6) spend at least 20% of their time on off-the-job training.",
    ],
    "qualification-number": [
        "The NCFE Level 3 Diploma in Digital Marketing has the qualification number 603/{QN}/X on the Ofqual register.",
        "This report is for the CIM Level 4 Certificate in Professional Marketing (Unit: Customer Insight, {YR}).",
    ],
    "academic-year": [
        "Enrolments for {CYC} were {PCT}% higher than the year before for September starters.",
        "From {CYC}, the tuition fee cap in England rises to £9,535 (up from £9,250).",
        "Our January intake ({YR}) is mostly international postgraduates.",
    ],
    "open-day-event": [
        "The next Open Day is on {d} June (10am to 3pm), with campus tours every half hour.",
        "We ran an Applicant Day on Wednesday 12 March for offer holders (around {n} attended).",
        "The UCAS Discovery Exhibition (London, {YR}) was our biggest event of the spring.",
    ],
    "persona": [
        "Persona 1: {NAME} ({AGE}), a first-generation applicant from {CITY} who uses TikTok every day.",
        "Our second persona, {NAME} (aged {AGE}, international postgraduate from {CTRY}), relies on an agent for advice.",
        "{NAME} ({AGE}) works full-time in Leeds and wants a part-time MBA (online, January start).",
    ],
    "survey-quote": [
        "One applicant wrote in our survey that \"the campus tour sold it for me\" (Year 13, {CITY}).",
        "A parent told us, 'We just want to know they'll be safe', at the Open Day in {MONTH}.",
        "In the focus group (n = {n}), one student said the prospectus was “too glossy to trust”.",
    ],
    "colleague-quote": [
        "My line manager (Head of Student Recruitment) said the team should \"own the applicant journey\".",
        "At our team meeting in {MONTH} {YR}, the Director of Marketing asked for a 'mobile-first' plan.",
    ],
    "hashtag-handle": [
        "We used #Clearing{YR} and #ResultsDay on TikTok and Instagram, tagging @ucas_online.",
        "The student takeover account (@{HANDLE}) posted {n} Stories during Freshers' Week.",
        "Our campaign hashtag #FindYourPlace{YR} trended locally on results day.",
    ],
    "platform-metric": [
        "The open day reel reached {n}k views (TikTok, September) with a {PCT}% completion rate.",
        "Instagram engagement fell to {PCT}% in Q{q} after the algorithm change.",
        "Our YouTube Shorts (Student Life series) averaged {n} views each in {MONTH}.",
    ],
    "crm-tool": [
        "Enquiries are captured in Salesforce Education Cloud and emails are sent from Marketing Cloud (Journey Builder).",
        "The college moved from Dynamics 365 to HubSpot (Marketing Hub Professional) in {YR}.",
        "We use Slate for postgraduate applicants and Unibuddy for student chat.",
    ],
    "email-kpi": [
        "The offer-holder nurture sequence (7 emails, October to June) had an average open rate of {PCT}%.",
        "Click-through on the Clearing email was {PCT2}% (A/B test, variant B).",
    ],
    "conversion-funnel": [
        "Of {n}0 enquiries in {CYC}, {PCT}% applied and about a third of those enrolled (see Figure 2).",
        "The funnel runs Enquiry > Application > Offer > Firm > Enrolment (Table 3).",
    ],
    "figure-table-ref": [
        "Figure 4 (below) shows the applicant journey for {NAME}.",
        "Table 2 compares the fees of the five competitors (2025/26 entry).",
        "The full survey results are in Appendix C (pages 18 to 21).",
    ],
    "report-structure": [
        "Section 3 (Recommendations) follows the 7Ps, and Section 4 covers the budget.",
        "Task 1 (AC 1.1, 1.2 and 2.1) is answered in Part A of this report.",
        "Word count: {WC} (excluding references and appendices).",
    ],
    "fees-money": [
        "International fees for Marketing rise to £{FEE} per year from September {YR}.",
        "The Open Day travel bursary (up to £50) is paid to applicants from POLAR4 Quintile 1 areas.",
        "Our Clearing budget was £{n},000 ({CYC}), mostly spent on Meta and Snapchat ads.",
    ],
    "visa-policy": [
        "The Graduate Route (introduced in July 2021) lets students stay for two years after they finish.",
        "Since January 2024 most international postgraduates can no longer bring dependants (Home Office rule change).",
        "Applicants need a CAS (Confirmation of Acceptance for Studies) before they can apply for a Student visa.",
    ],
    "agent-network": [
        "We work with {AG} agents in {CTRY} and our Regional Manager (South Asia) visits twice a year.",
        "Agents earn commission of 15% of first-year fees (contract renewed in {YR}).",
    ],
    "ofsted-grade": [
        "The college was rated Good by Ofsted in {YR}, and Outstanding for adult learning programmes.",
        "Since November 2025 Ofsted report cards use a new grading scale, so the old one-word judgement has gone.",
    ],
    "exam-results-day": [
        "A-level results day is Thursday 14 August 2025 and GCSE results follow on Thursday 21 August.",
        "Scottish Highers results (SQA) came out on 5 August, which is earlier than in England.",
    ],
    "bracketed-acronym": [
        "Widening Participation (WP) and Access and Participation Plans (APPs) shape who we target.",
        "The Student Loans Company (SLC) and Student Finance England (SFE) both appear in our FAQ pages.",
        "Higher Technical Qualifications (HTQs) are new Level 4 and 5 courses backed by the DfE.",
    ],
    "campaign-name": [
        "The {YR} campaign, 'Be Who You Want To Be', ran on buses across {CITY}.",
        "Our clearing campaign \"Still Time\" (July to September) used outdoor and paid social.",
        "The college's brand line ‘Learn. Grow. Belong.’ was launched at the start of {CYC}.",
    ],
    "prospectus-copy": [
        "The front cover of the {CYC} prospectus says “Your future starts here”.",
        "Our course page headline reads 'Study Marketing in the heart of {CITY}'.",
    ],
    "awards": [
        "The team was shortlisted for the CIM Marketing Excellence Awards {YR} (Education category).",
        "{B} won Best Use of Social at the HEIST Awards {YR}.",
    ],
    "percentages-stats": [
        "Around {PCT}% of our applicants (n = {n}) said they first heard of us on social media.",
        "Year-on-year, applications from China fell by {PCT}% (September {YR} intake).",
        "Almost half (48%) of respondents were aged 17 or 18.",
    ],
    "time-period": [
        "The research was carried out between March and May {YR} (eight weeks).",
        "During the period 2019 to {YR} the number of mature applicants fell.",
    ],
    "legislation-mention": [
        "Our forms follow UK GDPR and the Data Protection Act 2018, so consent is asked for at each step.",
        "Under the Equality Act 2010 our open day venues must be accessible.",
        "The Skills and Post-16 Education Act 2022 introduced the Lifelong Learning Entitlement.",
    ],
    "sector-initiative": [
        "The Lifelong Learning Entitlement (LLE) is due to start in January 2027.",
        "Uni Connect (formerly NCOP) funds outreach in schools with low participation.",
    ],
    "job-title-brackets": [
        "I am a Marketing Apprentice (Level 4) in the Student Recruitment and Admissions team.",
        "The campaign was signed off by the PVC (Education) and the Director of Marketing & Communications.",
    ],
    "software-version": [
        "The landing pages were built in TerminalFour (v8.3) and tracked with Google Analytics 4 (GA4).",
        "We designed the social assets in Canva Pro and scheduled them in Hootsuite (Enterprise plan).",
    ],
    "podcast-episode": [
        "We launched a student podcast, \"Uni Unfiltered\", in {MONTH} (Episode 1: Moving Away).",
        "The most downloaded episode (Ep. 7, 'Clearing Stories') had {n} listens on Spotify.",
    ],
    "tiktok-trend": [
        "The \"POV: it's results day\" trend on TikTok ({YR}) was used by many universities.",
        "Students replied to our 'Rate My Halls' video with the Get Ready With Me (GRWM) format.",
    ],
    "grades-entry": [
        "Typical offers range from {GRD} to AAB, or DMM to DDM in a BTEC Extended Diploma.",
        "Applicants with an Access to HE Diploma need 45 credits (30 at Distinction or Merit).",
    ],
    "competitor-list": [
        "The main competitors are (1) {UNI}, (2) {UNI2} and (3) local further education colleges.",
        "A SWOT analysis of {UNI} (Appendix A) shows its strengths in placements and sport.",
    ],
    "smart-objective": [
        "Objective 2: increase open day bookings from {CITY} by {PCT}% by 31 March {YR}.",
        "By the end of the {CYC} cycle, raise offer-to-enrolment conversion from 22% to 25% (SMART).",
    ],
    "model-name": [
        "The AIDA model and the 7Ps are used in Section 2, with a PESTLE in Appendix B.",
        "The RACE framework (Reach, Act, Convert, Engage) structures the digital plan.",
        "Maslow's hierarchy of needs helps explain why accommodation is such a big worry for applicants.",
    ],
    "date-stamp": [
        "Last updated: {d} {MONTH} {YR} (Admissions team).",
        "Submitted {d} {MONTH} {YR}, Cohort 12 (Leeds).",
    ],
}  # fmt: skip

BRANDS = ["Coventry University", "De Montfort University", "Leeds Beckett University", "Ulster University",
          "the University of Hertfordshire", "Nottingham Trent University", "Bath Spa University",
          "Birmingham City University", "Edinburgh Napier University", "the University of Salford",
          "Oxford Brookes University", "Loughborough College", "Leeds City College", "NCG", "Multiverse",
          "Arden University", "the University of Derby", "Solent University", "Cardiff Met", "York St John University",
          "St Mary's University, Twickenham", "Queen's University Belfast", "Bournemouth & Poole College",
          "LSBU", "UWE Bristol", "Escape Studios", "Babington", "Kaplan International Pathways",
          "INTO Manchester", "Bradford College"]  # fmt: skip

_NAMES = ["Priya", "Tunde", "Minh", "Aisha", "Lucas", "Chloe", "Hamza", "Mei", "Olamide", "Zara", "Callum",
          "Ananya", "Thiago", "Layla", "Jack", "Nurul", "Ifeoma", "Rhys", "Yusuf", "Hoa"]  # fmt: skip
_CITIES = ["Leicester", "Bradford", "Sunderland", "Cardiff", "Glasgow", "Luton", "Stoke-on-Trent", "Belfast",
           "Swansea", "Birmingham", "Hull", "Plymouth", "Manchester", "Wolverhampton"]  # fmt: skip
_COUNTRIES = ["Nigeria", "India", "Pakistan", "Vietnam", "Malaysia", "China", "Brazil", "Saudi Arabia", "the UAE",
              "Bangladesh", "Ghana", "Kuwait"]  # fmt: skip
_UNIS = ["the University of Lincoln", "Sheffield Hallam University", "Staffordshire University", "Teesside University",
         "the University of Huddersfield", "Anglia Ruskin University", "Middlesex University", "Keele University",
         "the University of Portsmouth", "Northumbria University"]  # fmt: skip
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]  # fmt: skip
_AUDIENCES = ["mature applicants", "international postgraduates", "first-generation students", "college leavers",
              "commuter students", "Gen Z applicants", "apprentices", "parents", "offer holders"]  # fmt: skip


def _ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use."""
    year = rng.randint(2019, 2025)
    rank = rng.randint(12, 120)
    unis = rng.sample(_UNIS, 2)
    pct = rng.randint(8, 92)
    return {
        "YR": str(year), "CYC": f"{year}/{str(year + 1)[2:]}", "RANK": _ordinal(rank), "RANK2": _ordinal(rank + rng.randint(3, 30)), "AG": str(rng.randint(4, 60)),
        "TIER": rng.choice(["Gold", "Silver", "Bronze"]), "TEFY": "2023", "PCT": str(pct),
        "PCT2": str(rng.randint(2, 30)), "PTS": str(rng.choice([96, 104, 112, 120, 128, 136])),
        "GRD": rng.choice(["BBC", "BCC", "CCC", "ABB", "BBB"]), "INST": rng.choice(["C85", "D26", "L27", "H36", "S82"]),
        "MOD": f"{rng.choice(['MKT', 'BUS', 'MK', 'DM'])}{rng.randint(4, 6)}{rng.randint(0, 9)}{rng.randint(0, 9)}{rng.randint(1, 9)}",
        "CODE": rng.choice(["ST0980", "ST0122", "ST0123", "ST0981"]), "QN": str(rng.randint(1000, 8999)),
        "NAME": rng.choice(_NAMES), "AGE": str(rng.choice([16, 17, 18, 18, 19, 23, 27, 34, 41])),
        "CITY": rng.choice(_CITIES), "CTRY": rng.choice(_COUNTRIES), "MONTH": rng.choice(_MONTHS),
        "HANDLE": rng.choice(["studentlife_uk", "takeover.tuesday", "uni_ambassadors", "collegelife"]),
        "WC": f"{rng.randint(2, 4)},{rng.randint(100, 999)}", "FEE": f"{rng.randint(14, 21)},{rng.choice(['000', '500', '950'])}",
        "UNI": unis[0], "UNI2": unis[1], "AUD": rng.choice(_AUDIENCES),
    }  # fmt: skip
