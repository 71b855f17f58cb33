"""Prose for the forty-eighth held-out pool, "blind48": how higher-education and student-recruitment marketers write.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a forty-eighth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how marketing, recruitment,
admissions and communications staff at universities, colleges, pathway providers and student-recruitment agents in
the UK, Australia, Malaysia, Singapore and Hong Kong write on CIM Level 6 and 7 and MA Higher Education Marketing
courses: league tables with their years and places, the NSS and its question numbers, UCAS cycles, deadlines and
course codes, Clearing, HESA and OfS data with their releases and academic years, TEF and REF results, open days with
their times, the Graduate Route, CAS and the dependants ban, Australian, Malaysian, Singaporean and Hong Kong rules and
codes, fees in four currencies, ICEF, NAFSA and EAIE dates, agents' commission, campaign names and taglines, focus
groups and interviews, CIM criteria, figures, tables and appendices.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

# ---------------------------------------------------------------------------------------------- citing sentences
NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} argue that {C}, which matches what our {mkt} agents tell us.",
    "{N} surveyed {n2} {aud} and concluded that {C}.",
    "{N} showed that {C}; for {B} this matters most in the {intake} intake.",
    "{N} suggests that {C}, although the sample was drawn from a single UK university.",
    "{N} reported that {C}, a pattern {B} also sees in its own CRM data.",
    "{N} makes the case that {C}.",
    "{N} warned that {C}.",
    "{N} compared recruitment in {mkt} and Malaysia and found that {C}.",
    "{N} remains the most cited study on this point: {C}.",
    "{N} interviewed admissions officers in three countries and noted that {C}.",
    "{N} is clear that {C}.",
    "{N} tracked {met} over four cycles and concluded that {C}.",
    "{N} go further, claiming that {C} for {aud}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} notes, {C}.",
    "This echoes {N}, who found that {C}.",
    "For {aud}, {N} suggests that {C}.",
    "Recent work by {N} on {mkt} shows that {C}.",
    "A similar picture emerges from {N}: {C}.",
    "{O}, {N} argues that {C}.",
    "The brand audit draws on {N}, who argue that {C}.",
    "However, {N} cautions that {C}.",
    "This is consistent with the findings of {N} that {C}.",
    "It is worth noting that {N} reached the opposite view for {aud}.",
    "{B}'s marketing team relies on {N} when planning {chan} activity, since {C}.",
    "Unlike earlier studies, {N} concludes that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {aud} in {mkt} found that {C}.",
    "{N} framework is useful here because {C}.",
    "{N} survey of {n2} applicants showed that {C}.",
    "{N} model of university choice assumes that {C}.",
    "{N} findings suggest that {C}.",
    "Applying {N} typology to {B} shows that {C}.",
    "{N} analysis of the {yr} cycle suggests that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{C}, especially among {aud} {P}.",
    "In {mkt}, {C} {P}.",
    "{O}, {C} {P}.",
    "Evidence suggests that {C} {P}.",
    "{C} {P:see}.",
    "It is widely accepted that {C} {P:e.g.}.",
    "Research on {chan} recruitment points the same way: {C} {P}.",
    "For {B}, the risk is that {C} {P}.",
    "Studies of {aud} agree that {C} {P}.",
    "{C}, and this has implications for {met} {P}.",
    "There is growing evidence that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, so {B} should test this before the {intake} intake.",
    "Because {C} {P}, the plan moves budget towards {chan}.",
    "The claim that {C} {P} is only partly supported by {B}'s own data.",
    "{O}, {C} {P}, which helps explain the fall in {met}.",
    "Given that {C} {P}, agents in {mkt} need better training materials.",
    "{C} {P}; this is why our {intake} campaign used {chan}.",
    "If {C} {P}, then {B} must rethink its offer-holder journey.",
    "Although {C} {P}, many recruitment teams still plan around print.",
]  # fmt: skip
CLAIMS = [
    "prospective students trust current students more than they trust the prospectus",
    "league-table position matters more to international applicants than to home applicants",
    "parents remain the main influence on undergraduate choice in {mkt}",
    "agents shape the shortlist long before a student visits a university website",
    "a small rise in ranking rarely changes application volumes",
    "virtual open days widen reach but convert at a lower rate than campus visits",
    "post-study work rights weigh heavily in postgraduate decisions",
    "fast replies to enquiries raise {met}",
    "scholarships framed as discounts weaken perceived quality",
    "student ambassadors on {chan} are seen as more credible than staff",
    "NSS scores influence choice less than universities assume",
    "brand consistency across campuses is hard to keep in transnational education",
    "Clearing is no longer seen as a last resort by many applicants",
    "the cost of living now ranks alongside course content in student decisions",
    "agent commission can reward volume at the expense of fit",
    "the dependants ban cut demand for one-year master's courses from {mkt}",
    "personalised offer-holder communication improves {met}",
    "university brands in Asia lean heavily on rankings as proof of quality",
    "high fees signal quality to some families, so discounting can backfire",
    "employability is the most common message in university advertising",
    "most prospectuses look alike, which weakens differentiation",
    "word of mouth from alumni drives applications from {mkt}",
    "{aud} rely on search and short video more than on printed material",
    "students behave more like customers when fees are high",
    "a pathway provider's brand can overshadow that of its partner university",
    "recruitment targets set by faculties often conflict with central marketing plans",
    "changes to ranking methodology can move a university dozens of places without any real change",
    "TEF ratings are poorly understood by applicants outside the UK",
    "in-country events still matter to families in {mkt}",
    "nurture campaigns in the CRM reduce summer melt",
    "the gap between offer and enrolment is widest among {aud}",
    "peer reviews on comparison platforms affect which courses reach a shortlist",
    "families in mainland China value partnerships with well-known universities",
    "clear information about the total cost of study builds trust",
    "most applicants make their final decision only after their offers arrive",
    "visa refusals in one market quickly damage a university's reputation there",
    "open-day attendance is a strong predictor of firm acceptance",
    "campus safety is a deciding factor for {aud}",
    "an agent's advice counts for more than the university's own website in {mkt}",
    "branch campuses in Malaysia compete on price as much as on brand",
]  # fmt: skip
OPENERS = [
    "In the {mkt} market",
    "For {B}",
    "Put simply",
    "In practice",
    "Within UK higher education",
    "Across South-East Asia",
    "For postgraduate recruitment",
    "Since the {yr} cycle",
    "Taken together",
    "From an admissions point of view",
    "By contrast",
    "Similarly",
    "More recently",
    "For {aud}",
]  # fmt: skip
PLAIN = [
    "This section applies the 7Ps to {B}'s international recruitment.",
    "The recommendations below are costed and phased over two recruitment cycles.",
    "The next part of the report turns to the offer-holder journey.",
    "Our team is small, so every channel has to earn its place.",
    "Three options were considered before the preferred approach was chosen.",
    "The marketing plan follows the SOSTAC structure.",
    "Budget is the main constraint, followed by staff time in the admissions office.",
    "The focus here is on postgraduate taught recruitment from {mkt}.",
    "Key stakeholders include academic schools, the international office, agents and alumni.",
    "The analysis below uses a PESTLE framework before turning to the competitors.",
    "Faculty deans were consulted on the draft plan.",
    "The student voice is central to this recommendation.",
    "This matters because {B} recruits most of its international students through agents.",
    "The following table summarises the main competitors in {city}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "{N} puts it bluntly: {Q}.",
    "As {N} observes, {Q}.",
    "{O}, {Q} {P}.",
    "One study of {aud} concluded that {Q} {P}.",
    "{N} warns that {Q}, a point our {mkt} team recognises.",
    "The point is made clearly in the literature: {Q} {P}.",
    "In the words of {N}, {Q}.",
]  # fmt: skip
SCARE_QUOTES = [
    "‘world-class’", "‘student experience’", "‘value for money’", "“global citizens”", "'career-ready'",
    "‘student as consumer’", "‘hot markets’", "“genuine students”", "‘brand promise’", "'low-value courses'",
    "‘recruitment fatigue’", "“Russell Group-style”", "‘pile them high’", "‘stealth discounting’",
]  # fmt: skip
SCARE_FRAMES = [
    "Terms such as {Q} appear in almost every prospectus {P}.",
    "{N} criticises the use of {Q} in university advertising.",
    "The sector's talk of {Q} {P} hides wide differences between providers.",
    "Policy makers have increasingly targeted so-called {Q} {P}.",
    "{B} now avoids the phrase {Q} in its {mkt} campaigns, following {N}.",
    "Critics describe the approach as {Q} {P}.",
]  # fmt: skip
SUBJECT_LINES = [
    "‘Your offer from {B} – next steps’", "“Clearing places still available for {ay}”", "'Meet us in {city} this {intake}'",
    "‘Don’t miss your CAS deadline’", "“Congratulations, {sn}! You’re in”", "'Last chance: {intake} {yr} intake'",
    "‘Virtual open day: Saturday at 10am’", "“Your room is waiting”", "‘Scholarships worth up to {fee}’",
    "'Find your place at {B}'", "“Still deciding? Talk to a student”",
]  # fmt: skip
SUBJECT_FRAMES = [
    "Offer-holder emails such as {Q} lift conversion {P}.",
    "{B}'s agent newsletter headed {Q} had a {pc}% open rate {P}.",
    "{N} tested subject lines like {Q} against plainer versions.",
    "The Clearing campaign ran {Q} on TikTok, a tactic {N} recommends.",
    "A headline such as {Q} creates urgency {P}, but students tire of it quickly.",
    "Push notifications like {Q} worked best in the evening {P}.",
]  # fmt: skip

# ---------------------------------------------------------------------------------------------- decoys
# Text with capitals, years, brackets or quotation marks that cites nothing, as these writers put it in reports.
NOT_CITATIONS = {
    "league-table-place": [
        "{B} rose to {rk}th in the QS World University Rankings {yr}, its best position to date.",
        "In the Guardian University Guide {yr} the marketing subject table placed us 14th (up from 22nd).",
        "THE World University Rankings {yr} put {B} in the 301–350 band.",
        "The Complete University Guide {yr} ranks business and management at {B} {rk}th, down from 9th.",
    ],
    "ranking-label": [
        "The homepage banner reads Top 10 for Student Satisfaction (Complete University Guide {yr}).",
        "Our prospectus cover carries the line No. 1 in Malaysia for graduate employability (QS Graduate Employability Rankings {yr}).",
        "Every agent slide now shows Top 2% worldwide (QS World University Rankings {yr}).",
    ],
    "nss-question": [
        "In NSS {yr}, question {nq} scored {pc}% positivity against a sector benchmark of 78.4%.",
        "The weakest NSS item was Q{nq} on assessment and feedback ({pc}% positive).",
        "Results for the organisation and management theme (Q15 to Q17) fell for the second year.",
    ],
    "ucas-deadline": [
        "The equal consideration deadline for the {yr} cycle was 29 January at 18:00 (UK time).",
        "Applications for Oxford, Cambridge and most medicine courses close on 15 October.",
        "The final deadline to apply through UCAS before Clearing is 30 June.",
    ],
    "ucas-course-code": [
        "BA (Hons) Marketing (UCAS code N500) is the largest course in the school.",
        "BSc Business Management with Foundation Year (N201) attracts mostly mature applicants.",
        "Applicants choose between N100 (Business Studies) and N5N1 (Marketing and Management).",
    ],
    "clearing-dates": [
        "Clearing opens on 5 July and A level results day falls on Thursday {d} August.",
        "Our Clearing hotline (0800 123 4567) ran from 07:00 to 20:00 on results day.",
        "In Clearing {yr} we filled {n} places in the first 48 hours.",
    ],
    "academic-year": [
        "International enrolments fell from 2022/23 to 2023/24 (–{pc}%).",
        "Figures are for the {ay} academic year, the latest available at the time of writing.",
        "Home undergraduate intake has been flat since AY 2021–22.",
    ],
    "data-release": [
        "The HESA student record for {ay} was released in March, a month later than usual.",
        "The next OfS financial sustainability update is due in May {yr}.",
        "UCAS end of cycle data (published December) will confirm the final figures.",
    ],
    "ofs-condition": [
        "Condition B3 sets a continuation threshold of 80% for full-time first-degree students.",
        "The new condition E6 on harassment and sexual misconduct took effect on 1 August 2025.",
        "Franchised provision is under review following concerns raised under condition B4 (assessment).",
    ],
    "tef-rating": [
        "{B} holds TEF {tef} (Student Experience: {tef}; Student Outcomes: Silver).",
        "Under TEF 2023 the overall rating is {tef}, valid until 2027.",
        "Our TEF {tef} award appears on every open-day slide.",
    ],
    "ref-result": [
        "In REF 2021, {pc}% of research submitted to Unit of Assessment 17 was rated 4* or 3*.",
        "The school's REF 2021 impact case study on SME export support scored 4*.",
    ],
    "open-day": [
        "Open Day: Saturday {d} June {yr}, 10:00–15:00 (BST), with campus tours every half hour.",
        "The next virtual open day is on Wednesday at 13:00 GMT (21:00 in Kuala Lumpur).",
        "Book your place at www.example.ac.uk/opendays or call +44 (0)115 848 4200.",
    ],
    "graduate-route": [
        "The Graduate Route gives two years of post-study work (three for PhD graduates).",
        "Since 1 January 2024 most taught postgraduates can no longer bring dependants.",
        "A rapid review in May 2024 recommended keeping the Graduate Route, to the sector's relief.",
    ],
    "cas-and-compliance": [
        "A CAS (Confirmation of Acceptance for Studies) can be issued no more than six months before the course starts.",
        "Our Basic Compliance Assessment refusal rate must stay below 5% (the threshold from September {yr}).",
        "Students waiting for a CAS were sent a pre-arrival pack in {mon}.",
    ],
    "fee-band": [
        "International fees for {ay} entry are {fee} per year; Home fees are £9,535.",
        "Band C courses (£17,000–£19,999) make up most of the postgraduate portfolio.",
        "A £2,000 early-payment discount applies if fees are paid before 1 August.",
    ],
    "asian-currency": [
        "The twinning programme costs about {rm} in total (approx. £{n},000).",
        "Tuition at the Singapore campus is {sgd} a year before GST.",
        "A self-financed master's degree in Hong Kong now costs around {hkd}.",
    ],
    "conference-dates": [
        "Our team will be at ICEF Berlin (3–5 November) and NAFSA {yr} in San Diego.",
        "EAIE {yr} in Gothenburg (9–12 September) is the priority event for partnerships.",
        "At Going Global {yr} (Melbourne) the talk of the week was Australia's enrolment caps.",
    ],
    "agent-commission": [
        "Agents receive 15% of first-year tuition (20% for the January intake, capped at £3,000).",
        "Commission for the {intake} {yr} intake is paid only after the student's census date.",
        "Sub-agent payments are not allowed under our agent agreement (clause 7.2).",
    ],
    "intake-label": [
        "Deposits for the {intake} {yr} intake are {pc}% ahead of last year.",
        "The January start (Jan {yr}) is now our second-largest intake.",
    ],
    "course-title": [
        "MSc International Marketing (full-time, 12 months) is recruiting below target.",
        "The MA Higher Education Marketing (online, part-time) launched in {yr}.",
        "BBA (Hons) Digital Marketing (3+0) is taught entirely in Kuala Lumpur.",
    ],
    "campaign-name": [
        "Our ‘Find Your Future’ campaign ({yr}) ran on TikTok, Instagram and Spotify.",
        "The 'Be More' brand platform (launched {yr}) replaced a tagline nobody remembered.",
        "“Made in {city}” was the working title of the alumni film.",
    ],
    "hashtag-handle": [
        "Clearing questions were answered live under #ClearingChat and on @{hd}.",
        "Student takeovers on @{hd} used #StudentLife and #OpenDay{yr}.",
    ],
    "acronym-expansion": [
        "The Universities and Colleges Admissions Service (UCAS) manages undergraduate applications.",
        "The Office for Students (OfS) regulates higher education in England.",
        "Education Malaysia Global Services (EMGS) processes student pass applications.",
    ],
    "institution-abbreviation": [
        "Competitors include University College London (UCL), the London School of Economics (LSE) and King's College London (KCL).",
        "In Hong Kong the main rivals are the University of Hong Kong (HKU) and the Chinese University of Hong Kong (CUHK).",
        "Nottingham Trent University (NTU) should not be confused with Nanyang Technological University (NTU) in Singapore.",
    ],
    "cim-criteria": [
        "This section addresses learning outcome 2 (LO2) and assessment criteria AC 2.1 and AC 2.2.",
        "Task 2 (b)(ii) asks for a justified recommendation.",
        "This part of the report meets criterion 3.1 of the CIM Level 6 unit.",
    ],
    "word-count": [
        "(Word count: {wc}, excluding tables and appendices.)",
        "Word count: {wc} (Task 1: 1,480; Task 2: 1,510).",
    ],
    "figure-caption": [
        "Figure {q}: Applications by domicile, {yr} (n = {n2}).",
        "Table 2: Conversion from offer to enrolment, {intake} {yr} intake.",
        "Figure 5: The offer-holder journey (adapted by the author).",
    ],
    "appendix-reference": [
        "The full survey instrument is in Appendix {q}.",
        "Costings are set out in Appendix B (Table B1).",
        "See Section 2.3 for the competitor analysis.",
    ],
    "survey-sample": [
        "The offer-holder survey ran from 3 to 17 March {yr} (n = {n2}; response rate {pc}%).",
        "A short poll of {n2} visitors at the {city} education fair used a five-point Likert scale.",
    ],
    "language-requirement": [
        "Entry requires IELTS 6.5 overall (no band below 6.0) or PTE Academic 58.",
        "Applicants with SPM English at grade B or above are exempt from IELTS.",
        "A Duolingo English Test score of 110 is accepted for the {intake} intake.",
    ],
    "entry-tariff": [
        "The typical offer is ABB at A level (or 120 UCAS tariff points).",
        "Malaysian applicants need STPM with a CGPA of 3.00 or a UEC with five Bs.",
        "HKDSE applicants need 4,4,4 in core subjects plus an elective at level 4.",
    ],
    "focus-group-quote": [
        "“I chose it because my cousin studied there,” said {sn}, {age}, a first-year BBA student.",
        "'The fees page was confusing,' one participant (Focus Group 2, postgraduates) told us.",
        "‘My agent told me which three to apply for,’ explained {sn} from {city}.",
    ],
    "interview-code": [
        "One agent (Interviewee C, {city}) said families ask about rankings first.",
        "The admissions manager (Participant 7, interview on {d} {mon}) described the CAS backlog.",
        "Agents in {city} (A3, A5 and A9) all mentioned the dependants ban.",
    ],
    "australian-rules": [
        "The Genuine Student requirement replaced the GTE on 23 March 2024.",
        "Our CRICOS Provider Code is 00098G and the course code is 083751K.",
        "Ministerial Direction 111 now governs the processing of student (subclass 500) visas.",
    ],
    "malaysian-codes": [
        "The programme is accredited by the MQA (R2/345/6/0577, valid until 05/28).",
        "Students apply for their student pass through EMGS before arrival in KLIA.",
        "The foundation programme (MQA/FA 4521) runs in {intake} and May.",
    ],
    "singapore-hk-codes": [
        "The college holds EduTrust certification (four years, to {yr}).",
        "The JUPAS code for the BBA is JS1001.",
        "Non-local students in Hong Kong may stay under the IANG scheme for 24 months.",
    ],
    "act-in-prose": [
        "The Higher Education (Freedom of Speech) Act 2023 added new duties for student unions.",
        "Under the Consumer Rights Act 2015 course information must be accurate at the point of offer.",
        "Australia's ESOS framework protects students who have paid fees upfront.",
    ],
    "statement-of-changes": [
        "The rule change was laid before Parliament in HC 246 on 4 December 2023.",
        "Statement of Changes HC 1333 (March {yr}) tightened the student maintenance requirement.",
    ],
    "year-on-year": [
        "Enquiries from {mkt} rose sharply ({yr}: {n2}; previous year: 1,120).",
        "Conversion held steady (2023: 31%; 2024: 30%).",
        "Deposit numbers are up {pc}% on the same point last year (week 32).",
    ],
    "financial-year": [
        "International fee income was £{n}m in FY2024/25 (Q3 forecast).",
        "The marketing budget for {ay} is £{n},000, down 8% on last year.",
    ],
    "job-title": [
        "The plan was agreed with the Head of International Recruitment (South-East Asia).",
        "Our Regional Manager (Nigeria and Ghana) is based in Lagos.",
        "The Director of Marketing and Communications (interim) chairs the brand board.",
    ],
    "video-series": [
        "The TikTok series ‘A Day in the Life’ (Series 3, Episode {q}) reached {n},000 views.",
        "Episode {q} of our ‘Ask a Student’ YouTube playlist covered accommodation.",
    ],
    "email-contact": [
        "Queries should go to admissions@example.ac.uk or WhatsApp +60 12-345 6789.",
        "Agents can reach the team at partners@example.ac.uk (replies within 48 hours).",
    ],
    "time-zones": [
        "The webinar starts at 14:00 (GMT+8) and will be recorded for India (11:30 IST).",
        "Live chat runs 09:00–17:00 UK time, Monday to Friday.",
    ],
    "scholarship-name": [
        "The Vice-Chancellor's International Scholarship (£3,000 off the first year) is automatic for offer holders.",
        "GREAT Scholarships {ay} are offered with the British Council in {mkt}.",
        "The Chevening and Commonwealth scholarships (FCDO-funded) attract top applicants.",
    ],
    "student-profile": [
        "{sn} ({age}, MSc Marketing, {yr} graduate) now works in Singapore.",
        "Case study: {sn}, {age}, from {city}, BSc Accounting and Finance (Year 2).",
    ],
    "visa-statistics": [
        "Sponsored study visa grants fell to 393,125 in the year ending June 2024 (–13%).",
        "Dependant visas granted to students dropped by {pc}% after the January 2024 change.",
    ],
    "quarter-and-week": [
        "Applications peaked in week 6 of the cycle (mid-February).",
        "Q{q} {yr} saw the highest number of agent enquiries.",
    ],
}  # fmt: skip

BRANDS = [
    "UCL", "LSE", "NTU", "UNSW Sydney", "NUS", "HKU", "Monash University Malaysia", "Taylor's University",
    "Sunway University", "INTO", "Navitas", "Kaplan International Pathways", "Study Group", "Coventry University",
    "the University of Nottingham Malaysia", "Heriot-Watt University Malaysia", "De Montfort University",
    "King's College London", "Queen Mary University of London", "PolyU", "CityU", "SIM Global Education",
    "Northumbria University", "Ulster University", "Middlesex University Dubai", "Asia Pacific University",
]  # fmt: skip

_AUDIENCES = ["international applicants", "postgraduate taught applicants", "offer holders", "mature learners",
              "parents", "first-generation students", "Year 12 students", "TNE students", "Chinese applicants",
              "Nigerian postgraduates", "Indian applicants", "Vietnamese families", "Malaysian school leavers",
              "Hong Kong DSE candidates"]  # fmt: skip
_METRICS = ["offer-to-enrolment conversion", "open-day attendance", "application volumes", "deposit payments",
            "cost per enquiry", "firm acceptances", "retention", "click-through rates on offer-holder emails",
            "CAS issuance", "enquiry-to-application conversion"]  # fmt: skip
_CHANNELS = ["TikTok", "WeChat", "Instagram", "agent webinars", "virtual open days", "student ambassador chats",
             "paid search", "YouTube", "Xiaohongshu", "WhatsApp groups", "in-country fairs", "LinkedIn"]  # fmt: skip
_MARKETS = ["India", "Nigeria", "China", "Vietnam", "Malaysia", "Hong Kong", "Pakistan", "Indonesia", "Kenya",
            "Sri Lanka", "Bangladesh", "Ghana"]  # fmt: skip
_CITIES = ["Kuala Lumpur", "Lagos", "Ho Chi Minh City", "Hyderabad", "Shenzhen", "Penang", "Abuja", "Hanoi", "Chennai",
           "Jakarta", "Kowloon", "Johor Bahru", "Dhaka", "Nairobi"]  # fmt: skip
_STUDENTS = ["Aisyah", "Wei Jie", "Chinonso", "Thảo", "Priya", "Ka-Wai", "Harriet", "Kumaran", "Farhan", "Jia Hui",
             "Ngozi", "Minh Anh", "Siti", "Tolu", "Rahul"]  # fmt: skip
_HANDLES = ["StudyAtNTU", "UniLifeKL", "TaylorsUni_Intl", "ClearingHelp", "StudentAmbassadorsUK", "SunwayOfficial"]


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn from the builder's random source after the common ones."""
    year = rng.randint(2019, 2026)
    return {
        "aud": rng.choice(_AUDIENCES), "met": rng.choice(_METRICS), "chan": rng.choice(_CHANNELS),
        "mkt": rng.choice(_MARKETS), "city": rng.choice(_CITIES), "sn": rng.choice(_STUDENTS),
        "hd": rng.choice(_HANDLES), "yr": str(year), "ay": f"{year}/{str(year + 1)[2:]}",
        "pc": str(rng.randint(3, 89)), "rk": str(rng.randint(11, 250)), "nq": str(rng.randint(1, 28)),
        "tef": rng.choice(["Gold", "Gold", "Silver", "Silver", "Bronze"]),
        "fee": f"£{rng.randint(15, 32)},{rng.choice(['000', '250', '450', '500', '750', '950'])}",
        "rm": f"RM {rng.randint(28, 120)},000", "sgd": f"S${rng.randint(18, 55)},{rng.choice(['000', '500'])}",
        "hkd": f"HK${rng.randint(120, 420)},000", "intake": rng.choice(["September", "September", "January", "May"]),
        "mon": rng.choice(["January", "March", "April", "June", "July", "August", "October", "November"]),
        "n2": str(rng.randint(48, 2400)), "age": str(rng.randint(17, 34)),
        "wc": f"{rng.randint(2, 3)},{rng.randint(100, 999)}",
    }  # fmt: skip
