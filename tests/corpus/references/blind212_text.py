"""The blind212 pool's prose: marketers in UK universities' and colleges' international student recruitment (London,
Manchester, Birmingham, Nottingham, Sheffield) and their agents and partners (Lagos, Delhi, Hyderabad, Shanghai,
Ho Chi Minh City, Karachi) writing CIM Level 6 and 7 reports and MBA assignments in English.

Citations at the start, middle and end of sentences, after commas and colons, with "see" and "e.g." inside the
bracket; universities, pathway providers and agents named beside them; and the brackets, years and figures this sector
writes that are no citations: rankings and league tables with years, TEF and NSS results, visa routes and rules,
UCAS deadlines, points and course codes, fees, scholarships, intakes, IELTS scores, agents' commission, campuses,
awards, people's titles and tenures, academic years. Written without reading the checker or the other pools.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["the University of Nottingham", "Nottingham Trent University", "NTU", "Sheffield Hallam University",
          "the University of Sheffield", "Manchester Met", "the University of Manchester", "Aston University",
          "Birmingham City University", "BCU", "the University of Birmingham", "Coventry University", "Queen Mary",
          "King's College London", "UAL", "Middlesex University", "the University of Greenwich", "De Montfort University",
          "Kaplan International Pathways", "INTO Manchester", "Study Group", "ONCAMPUS", "IDP", "Studyportals",
          "ApplyBoard", "SI-UK", "AECC", "Leverage Edu", "the University of Law", "Arden University",
          "Birmingham Metropolitan College", "Nottingham College", "The Sheffield College", "Ulster University London"]  # fmt: skip

_UNIS = ["Nottingham", "Sheffield", "Manchester", "Birmingham", "Aston", "Coventry", "Sheffield Hallam",
         "Nottingham Trent", "Queen Mary", "Greenwich", "Middlesex", "De Montfort", "Leicester", "Loughborough"]  # fmt: skip
_CITIES = ["Lagos", "Abuja", "Delhi", "Hyderabad", "Mumbai", "Shanghai", "Beijing", "Ho Chi Minh City", "Hanoi",
           "Karachi", "Lahore", "Islamabad", "Chennai", "Accra", "Dhaka"]  # fmt: skip
_COUNTRIES = ["Nigeria", "India", "Pakistan", "China", "Vietnam", "Ghana", "Bangladesh", "Sri Lanka", "Nepal"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "September", "October", "November"]
_PEOPLE = ["Okafor", "Adeyemi", "Sharma", "Reddy", "Zhang", "Nguyen", "Qureshi", "Hussain", "Taylor", "Brennan",
           "Walsh", "Patel", "Chen", "Bello", "Khan"]  # fmt: skip
_FIRST = ["Amaka", "Tunde", "Priya", "Srinivas", "Wei", "Lan", "Imran", "Sana", "Helen", "David", "Rachel", "Mark"]
_COURSES = [("Marketing", "N500"), ("Business Management", "N100"), ("Accounting and Finance", "NN34"),
            ("International Business", "N120"), ("Computer Science", "G400"), ("Economics", "L100"),
            ("Digital Marketing", "N590"), ("Fashion Marketing", "W2N5")]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the common ones."""
    year = rng.randint(2018, 2025)
    course, code = rng.choice(_COURSES)
    return {
        "uni": rng.choice(_UNIS), "city": rng.choice(_CITIES), "ctry": rng.choice(_COUNTRIES),
        "yr": str(year), "yr1": str(year + 1), "ay": f"{year}/{str(year + 1)[2:]}", "ay2": f"{year}-{str(year + 1)[2:]}",
        "mon": rng.choice(_MONTHS), "day": str(rng.randint(1, 28)),
        "fee": f"{rng.randint(14, 32)},{rng.choice(['000', '500', '950', '250', '750'])}",
        "sch": f"{rng.choice(['2,000', '2,500', '3,000', '4,000', '5,000', '6,000', '10,000'])}",
        "pts": str(rng.choice([96, 104, 112, 120, 128, 136, 144])), "ielts": rng.choice(["6.0", "6.5", "7.0", "5.5"]),
        "band": rng.choice(["5.5", "6.0", "5.0"]), "pc": str(rng.randint(62, 94)), "low": str(rng.randint(3, 25)),
        "rank": str(rng.randint(2, 40)), "wrank": str(rng.randint(95, 650)), "cnt": f"{rng.randint(1, 48)},{rng.randint(100, 999)}",
        "cnt2": str(rng.randint(120, 980)), "com": str(rng.choice([10, 12, 15, 18, 20, 25])),
        "course": course, "code": code, "fy": str(rng.randint(1831, 1992)), "open": str(rng.randint(1999, 2022)),
        "who": rng.choice(_PEOPLE), "first": rng.choice(_FIRST), "naira": f"{rng.randint(1200, 2100):,}",
        "rupee": str(rng.randint(18, 45)), "mod": f"{rng.choice(['MKT', 'BUS', 'MAN'])}{rng.randint(4, 7)}0{rng.randint(10, 99)}",
        "m": str(rng.randint(2, 90)), "yy": str(year)[2:],
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argue that {C}.", "{N} found that {C}, although their sample was drawn from only three universities.",
    "{N} concluded that {C}.", "{N} suggests that {C}, which is directly relevant to {B}.",
    "{N} highlights that {C}, particularly for applicants from {ctry}.", "{N} note that {C}.",
    "{N} identified that {C} across the {ay} recruitment cycle.", "{N} explains that {C}.",
    "{N} observed that {C}; this matches what our agents in {city} report.", "{N} warns that {C}.",
    "{N} went further and argued that {C} and that {C2}.", "{N} reported that {C} in the UK market.",
    "{N} described agents as intermediaries rather than partners, and showed that {C}.",
    "{N} makes a similar point: {C}.", "{N} questioned whether {C}.", "{N} emphasise that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In their study of postgraduate applicants, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is consistent with {N}, who found that {C}.", "{C}, which supports the findings of {N}.",
    "{C} – a view shared by {N}.", "As highlighted by {N}, {C}.", "Research by {N} suggests that {C}.",
    "According to {N}, {C}.", "A survey by {N} found that {C}.", "{C}, as {N} noted.",
    "{B} is a useful example: {N} showed that {C}.", "Evidence from {N} indicates that, for students from {ctry}, {C}.",
    "Data published by {N} show that {C}.", "{C}; however, {N} found the opposite in {city}.",
    "Drawing on {N}, it can be argued that {C}.", "{C}, according to {N}.",
    "Unlike {B}, the institutions studied by {N} found that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Using {N} framework, it is clear that {C}.", "{O}, {N} report concluded that {C}.",
    "{B} could apply {N} model of student choice, since {C}.", "{N} findings matter here because {C}.",
    "This reflects {N} argument that {C}.", "According to {N} survey, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For applicants from {ctry}, {C} {P}.",
    "This matters because {C} {P}.", "{C}, especially in South Asian markets {P}.", "It is often argued that {C} {P:see}.",
    "Several studies report that {C} {P:e.g.}.", "{C} (see Figure {q}) {P}.", "In short, {C} {P}.",
    "A key point for {B} is that {C} {P}.", "{C}. {P}", "{C} {P:see also}.", "Put simply, {C} {P}.",
    "{B}'s experience suggests {C} {P}.", "Recruitment teams increasingly accept that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{C} {P:see}, whereas {C2}.",
    "Because {C} {P}, {B} should make sure that {C2}.", "Some authors {P:e.g.} argue that {C}.",
    "{C} {P}: this means that {C2}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "agents still influence most applications from {ctry}", "league table position matters more to parents than to students",
    "the Graduate Route made the UK more attractive to Indian postgraduates",
    "the ban on dependants reduced demand for one-year master's courses",
    "WhatsApp groups shape offer-holders' decisions more than university emails",
    "students from {ctry} compare the cost of living as closely as tuition fees",
    "word of mouth from alumni is more trusted than advertising", "conversion from offer to enrolment is falling",
    "universities over-rely on a small number of source markets", "scholarships work best when they are simple to understand",
    "{B} depends on agents for most of its postgraduate intake", "virtual open days cannot replace a campus visit",
    "employability claims are the strongest message for self-funded students",
    "visa refusal rates damage a university's reputation with agents",
    "students treat rankings as a shortcut for quality", "{T} improves conversion among offer-holders",
    "brand awareness in {city} lags behind Australian and Canadian universities",
    "commission-based agents can mis-sell courses", "the student experience is co-created rather than delivered",
    "pathway programmes reduce the risk of recruiting students with weak English",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "However", "For example", "In the UK", "For {B}", "Since the pandemic",
    "In the context of international recruitment", "From an applicant's perspective", "Nevertheless", "Consequently",
    "In markets such as {ctry}", "As a result", "Overall", "Within the sector", "Interestingly", "In {city}",
]  # fmt: skip
PLAIN = [
    "{B} recruits students from over {m}0 countries, mainly through agents.", "{O}, {C}.",
    "This report analyses {B}'s international marketing mix and makes recommendations.",
    "The table below compares {B} with three competitor universities.",
    "Appendix 2 contains the agent performance dashboard.", "The recommendations are phased over the next two recruitment cycles.",
    "{B} runs in-country offices in {city} and two other cities.", "A PESTLE analysis of the Nigerian market is included in Appendix 1.",
    "Most applications arrive through the online portal rather than through UCAS.",
    "Task 2 builds on this by proposing a conversion plan for offer-holders.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one study puts it, {Q} {P}.", "{O}, {Q} {P}.", "This is summed up neatly: {Q} {P}.",
    "{N} put it bluntly: {Q}.", "The point is that {Q} {P}, and {B} has not yet acted on it.",
    "{Q} {P}; the evidence from {city} agrees.",
]  # fmt: skip
SCARE_QUOTES = ["‘customer’", "‘student as consumer’", "‘study destination’", "“recruitment funnel”", "‘pipeline’",
                "‘yield’", "‘melt’", "“agent-led”", "‘global Britain’", "‘right fit’"]  # fmt: skip
SCARE_FRAMES = [
    "Admissions teams now speak of {Q} {P}.", "{B} calls this stage {Q} {P}.", "The idea of the {Q} is contested {P}.",
    "Recruiters worry about summer {Q} among offer-holders {P}.", "{N} is critical of the term {Q}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your offer from {B} is waiting’", "“Last chance: pay your deposit for September {yr}”",
                 "‘Meet us in {city} this weekend’", "‘Your CAS: next steps’", "“{first}, your scholarship decision”",
                 "‘Welcome to {B}: January {yr} arrivals’"]  # fmt: skip
SUBJECT_FRAMES = [
    "An email headed {Q} had the highest open rate of the cycle {P}.", "The subject line {Q} doubled clicks {P}.",
    "{B} sent {Q} to offer-holders in {ctry} {P}.", "Messages such as {Q} create urgency {P}.",
]  # fmt: skip

# Text with brackets, years, names and figures that is no citation: none of it belongs in a reference list.
NOT_CITATIONS = {
    "qs-ranking-year": ["{B} rose to {wrank}th place in the QS World University Rankings {yr}.",
                        "Applicants in {city} often ask about position (QS World University Rankings {yr}: {wrank}th)."],
    "league-table-place": ["{B} was {rank}th in the Guardian University Guide {yr}.",
                           "The university climbed to {rank}th in the Complete University Guide {yr1} and used it in every advert."],
    "the-ranking-year": ["{B} entered the top {rank}0 for business in the THE World University Rankings {yr1}.",
                         "Agents in {city} quote the university's place in the THE rankings ({wrank}th in {yr}) in almost every counselling session."],
    "subject-ranking": ["{course} at {B} was ranked {rank}th in the UK in the Complete University Guide {yr}.",
                        "The business school's position ({rank}th for {course}, {yr}) appears on every agent flyer."],
    "tef-rating": ["{B} holds TEF Gold ({yr}) and puts it on every brochure.", "The college was rated TEF Silver (2023), which agents rarely mention."],
    "nss-score": ["Overall satisfaction was {pc}% (NSS {yr}).", "{B}'s NSS {yr} results ({pc}% for teaching) were used in the Lagos campaign."],
    "ref-result": ["{pc}% of research was rated world-leading or internationally excellent (REF 2021).",
                   "{B} leads on research quality (REF2021: {pc}% 4* or 3*)."],
    "graduate-route": ["The Graduate Route (2021) lets students stay for two years after graduation.",
                       "Demand from {ctry} rose once the Graduate Route opened (July 2021)."],
    "tier-4": ["Under the old Tier 4 (General) route, sponsors carried more of the risk.",
               "Many agents still call it Tier 4 (2009–2020) rather than the Student route."],
    "dependants-rule": ["The ban on dependants for taught master's students (January 2024) hit Nigerian demand hardest.",
                        "Applications fell after the dependants rule change (1 January 2024)."],
    "psw-history": ["The old post-study work visa (2008–2012) was closed by the Home Office.",
                    "Older agents remember the Tier 1 (Post-Study Work) route (2008-2012)."],
    "ucas-deadline": ["Home applicants must apply by the equal consideration deadline ({day} January {yr}).",
                      "International applicants may apply until the final UCAS deadline (30 June {yr})."],
    "ucas-points": ["Entry requires {pts} UCAS points (BBC or equivalent).", "The foundation year accepts lower grades ({pts} UCAS tariff points)."],
    "ucas-code": ["BA (Hons) {course} (UCAS code {code}) is the largest undergraduate course.", "Applicants choose {course} ({code}) on the UCAS form."],
    "tuition-fee": ["International tuition is £{fee} a year ({ay}).", "{B} raised its fee for the MSc (£{fee}, {yr} entry)."],
    "scholarship": ["Every eligible student receives the Vice-Chancellor's International Scholarship (£{sch}, {yr} entry).",
                    "The GREAT Scholarships ({yr}) offer £10,000 towards tuition."],
    "chevening": ["Two of our alumni won Chevening Scholarships ({ay}).", "Fully funded places (Commonwealth Scholarships, {yr} cohort) are few."],
    "intake": ["The January {yr} intake grew faster than September.", "Most offer-holders chose a September start ({yr})."],
    "academic-year": ["Enrolments were down in {ay}.", "The strategy covers three cycles ({ay2} onwards)."],
    "application-count": ["Applications from {ctry} reached {cnt} ({yr} cycle).", "{B} received {cnt} postgraduate applications (up {low}% on {Y})."],
    "enrolment-count": ["New international enrolments totalled {cnt} ({ay}).", "Enrolments from {ctry} fell to {cnt2} (September {yr})."],
    "conversion-rate": ["Offer-to-enrolment conversion was {low}% (January {yr} intake).", "Deposit payers converted well ({pc}%, {yr})."],
    "offer-holder-day": ["The Offer Holder Day ({day} {mon} {yr}) attracted {cnt2} families.",
                         "{B} streamed its offer-holder event from {city} (Saturday {day} {mon})."],
    "open-day": ["The next virtual open day (Wednesday {day} {mon}, 10:00 BST) is for India and Pakistan.", "Open Day: Saturday {day} June {yr}, 10am–3pm."],
    "ielts": ["Entry requires IELTS {ielts} overall, with no band below {band}.", "Students with lower scores (IELTS {band}) join the pre-sessional."],
    "ukvi-ielts": ["Pathway students need IELTS for UKVI ({band} overall).", "Some agents still advise the old test (IELTS UKVI, {yr})."],
    "agent-commission": ["Agents earn {com}% of first-year tuition (capped at £3,000).", "The new contract cut commission to {com}% ({ay} onwards)."],
    "agent-bonus": ["Agents recruiting twenty students receive a bonus (£{sch}, {yr} cycle).", "Top agents reached the platinum tier ({cnt2} students, {yr})."],
    "campus-opening": ["{B} opened its London campus ({open}).", "The Ningbo campus (opened 2004) became a model for transnational education."],
    "founding-year": ["{B} traces its roots to a mechanics' institute (founded {fy}).", "The university received its Royal Charter ({fy}) and still uses it in its story."],
    "the-awards": ["{B} was shortlisted at the Times Higher Education Awards {yr}.",
                   "The campaign won International Strategy of the Year (THE Awards {yr})."],
    "pie-awards": ["{B}'s agent team won at the PIEoneer Awards {yr}.", "The recruitment campaign was highly commended (PIEoneer Awards, {yr})."],
    "vice-chancellor": ["The Vice-Chancellor, Professor {first} {who}, launched the strategy in {city}.",
                        "Professor {who} (Vice-Chancellor since {yr}) chairs the recruitment board."],
    "pro-vice-chancellor": ["The Pro-Vice-Chancellor (International), Professor {who}, visited {city} in {mon}.",
                            "Dr {who} (Pro-Vice-Chancellor, Global Engagement, {yr}–present) leads on agents."],
    "tenure": ["{first} {who} (Head of International Recruitment, 2019–2023) built the agent network.",
               "Our in-country manager, {first} {who} (2021 to date), covers West Africa."],
    "cas-deadline": ["Students must pay a deposit before their CAS is issued ({day} July {yr}).", "CAS requests for January close early (CAS deadline: {day} November {yr})."],
    "visa-fee": ["The student visa costs £490 (from April {yr}).", "Applicants also pay the immigration health surcharge (IHS: £776 a year)."],
    "maintenance-funds": ["Students must show maintenance funds (£1,483 a month in London, £1,136 elsewhere).",
                          "The financial requirement rose in January 2025 (nine months' funds)."],
    "refusal-rate": ["The university's visa refusal rate was {low}% (year to September {yr}).", "The Basic Compliance Assessment allows few refusals (BCA: under 10%)."],
    "exchange-rate": ["The naira fell sharply (₦{naira} to the pound, {mon} {yr}).", "Fees look very different in India (₹{rupee} lakh a year)."],
    "study-fair": ["{B} exhibited at the British Council Study UK fair in {city} ({day}–{day} {mon} {yr}).",
                   "The team flew to the Education UK exhibition in {city} ({mon} {yr})."],
    "roadshow": ["The {city} roadshow ({mon} {yr}) produced {cnt2} applications.", "{B} ran agent training in {city} and {ctry} (Spring {yr})."],
    "module-code": ["The dissertation module ({mod}, 60 credits) is assessed in September.", "Students take Global Marketing ({mod}) in semester two."],
    "cim-level": ["The qualification sits at CIM Level 7 (Postgraduate Diploma in Professional Marketing).",
                  "The report follows the {yr} syllabus (CIM Level 6 Diploma, Unit 2)."],
    "hashtag": ["The campaign ran under #StudyUK{yr} on Instagram and Weibo.", "Agents shared the hashtag (#ChooseNottingham, {yr})."],
    "financial-year": ["International fees made up {low}0% of income (FY{yr}).", "The university reported a deficit (£{m}m, {ay})."],
    "student-body": ["The university has about {cnt} students (c. {low}% international).", "{B} (around {cnt} students) is smaller than its rivals."],
    "classification": ["Applicants need a good honours degree (2:1 or above).", "Students from Nigeria need a 2:2 (or a CGPA of 3.0/5.0)."],
    "brexit-date": ["EU students lost home fee status after Brexit (August 2021).", "Recruitment from the EU has fallen since the UK left the EU (31 January 2020)."],
    "address": ["Visitors should come to the Welcome Centre (Jubilee Campus, Wollaton Road, NG8 1BB).",
                "The London office (Level {low}, 1 Canada Square) hosts agent training."],
    "phone-number": ["The {city} office answers WhatsApp queries (+234 {pts} 555 {cnt2}).", "Call the enquiries team (+44 (0)114 225 {cnt2}) for advice."],
    "crm-release": ["{B} moved to Salesforce Education Cloud (Spring '{yy} release).", "The applicant portal was rebuilt on Dynamics 365 ({yr} upgrade)."],
    "athena-swan": ["The business school holds an Athena Swan Silver award ({yr}).", "{B} was renewed at Bronze (Athena SWAN, {yr})."],
    "clearing-year": ["Clearing (July–August {yr}) filled the last {cnt2} places.", "{B} advertised Clearing places in {ctry} (Clearing {yr})."],
}  # fmt: skip
