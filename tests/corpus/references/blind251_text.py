"""The blind251 pool's prose: marketers at independent schools, school groups, tutoring companies, edtech firms,
early-years nurseries and exam boards in the UK, Ireland and the Gulf writing CIM Level 6 and 7 reports and MBA
assignments in English on admissions, parent and B2B marketing.

Written without reading the checker, its tests or any other pool. Frames use the common fill values and these of
this pool's own (``values``): {fee} a termly fee, {eur} a euro fee, {aed} a dirham fee, {Y3} a recent year, {yy} the
next year's last two digits, {mo} a month, {day} a day, {sch} a school, {grp} a school group or nursery chain,
{town} a town, {pc} a percentage, {k} thousands, {tk} a ticker, {job} a job title, {h} a social handle; {A}, {T},
{R} and {M} are drawn from this sector's audiences, tactics, results and seasons.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Eton College", "Harrow", "GEMS Education", "Cognita", "Nord Anglia", "Dulwich College International",
          "Bright Horizons", "Busy Bees", "Kumon", "Explore Learning", "Tutor Doctor", "Atom Learning", "Century Tech",
          "Seneca", "Pearson Edexcel", "AQA", "OCR", "Cambridge International", "the Institute of Education Dublin",
          "Inspired Education", "Taaleem", "Brighton College", "Wellington College", "King's College School",
          "St Mary's Ascot", "Gresham's", "Repton Dubai", "Little Angels Nursery", "Bright Minds Tutoring"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """This pool's own fill values, drawn after the common ones."""
    year = rng.randint(2019, 2025)
    return {
        "A": rng.choice(["prospective parents", "international families", "working parents", "expat families in Dubai",
                         "parents of Year 6 pupils", "grandparents who pay fees", "heads of department", "school business managers",
                         "sixth-form students", "first-time nursery parents", "Leaving Cert students", "alumni"]),
        "T": rng.choice(["open days", "taster days", "parent testimonials", "Instagram reels", "paid search",
                         "bursary messaging", "the school website", "email nurture sequences", "word of mouth",
                         "webinars for parents", "LinkedIn thought leadership", "free trial lessons", "school tours"]),
        "R": rng.choice(["enquiries", "enrolments", "registrations", "visit bookings", "retention", "parent satisfaction",
                         "trial-to-paid conversion", "occupancy", "school-wide adoption", "reputation"]),
        "M": rng.choice(["Reception", "Year 7", "sixth form", "boarding", "summer school", "11+ prep", "GCSE revision"]),
        "fee": f"{rng.randint(6, 19)},{rng.choice(['000', '250', '500', '750', '950'])}",
        "eur": f"{rng.randint(5, 9)},{rng.choice(['000', '500', '950'])}",
        "aed": f"{rng.randint(35, 120)},000", "Y3": str(year), "yy": str(year + 1)[2:],
        "mo": rng.choice(["January", "February", "March", "May", "June", "September", "October", "November"]),
        "day": str(rng.randint(1, 28)), "pc": str(rng.randint(4, 87)), "k": str(rng.randint(2, 60)),
        "sch": rng.choice(["Eton", "Harrow", "Wellington College", "Brighton College", "St Paul's Girls' School",
                           "Clongowes Wood College", "Gresham's", "Dulwich College", "Repton Dubai", "King's School Al Barsha"]),
        "grp": rng.choice(["GEMS Education", "Cognita", "Nord Anglia", "Busy Bees", "Bright Horizons", "Inspired",
                           "Kumon", "Explore Learning", "Taaleem", "Dulwich College International"]),
        "town": rng.choice(["Leeds", "Manchester", "Bristol", "Reading", "Cork", "Galway", "Sharjah", "Abu Dhabi", "Guildford"]),
        "tk": rng.choice(["NYSE: NORD", "NYSE: BFAM", "LON: PSON", "LON: RM."]),
        "job": rng.choice(["Director of Admissions", "Head of Marketing", "Bursar", "Headmaster", "Registrar",
                           "Director of External Relations", "Head of Early Years", "CEO", "Principal"]),
        "h": rng.choice(["@EtonCollege", "@HarrowSchool", "@BusyBeesUK", "@ExploreLearning", "@GEMSEducation"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although the study was limited to {A}.",
    "{N} concluded that {C}; this is directly relevant to {B}.", "{N} suggested that {C}.",
    "{N} noted that {C}, particularly among {A}.", "{N} warned that {C} once VAT is added to fees.",
    "{N} identified trust, outcomes and pastoral care as the main drivers of choice and showed that {C}.",
    "{N} questioned whether {C}.", "{N} reported that {C} in the Gulf market.",
    "{N} made the point that {C}, which {B} has been slow to act on.", "{N} describe how {C}.",
    "{N} went further, claiming that {C}.", "{N} observed that {C}, so {B} moved budget into {T}.",
    "{N} had already shown, well before the pandemic, that {C}.", "{N} state that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In their study of fee-paying schools, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is consistent with {N}, who found that {C}.", "{C}, which supports the findings of {N}.",
    "{C} – a point also made by {N}.", "As highlighted by {N}, {C}.", "Research by {N} suggests that {C}.",
    "According to {N}, {C}.", "A survey carried out by {N} found that {C}.", "Following {N}, it could be argued that {C}.",
    "For a group such as {B}, the work of {N} is useful because {C}.", "{C}, according to {N}.",
    "The evidence is mixed: {N} found that {C}, whereas other studies disagree.",
    "{O}, data published by {N} show that {C}.", "Not everyone agrees; {N}, for instance, maintained that {C}.",
    "When {B} reviewed its admissions funnel, it drew on {N}, who showed that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Using {N} framework, it is clear that {C}.", "{O}, {N} report concluded that {C}.",
    "{B} could apply {N} model of parental choice, since {C}.", "According to {N} survey, {C}.",
    "{N} findings are relevant here because {C}.", "This reflects {N} argument that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For {A}, {C} {P}.", "This matters because {C} {P}.",
    "It is often claimed that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.",
    "Parents weigh results, pastoral care, location and fees {P}.", "{C}, especially in the Gulf {P}.",
    "{B} is no exception, since {C} {P}.", "In short, {C} {P}.", "{C}, which is why {B} invests in {T} {P}.",
    "The admissions funnel runs from enquiry to visit, application, offer and acceptance {P}.",
    "Schools are increasingly run as brands {P:see, for example,}.", "{C} {P:see also}.", "{C}. {P}",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; however, {C2}.", "Although {C} {P}, {C2}.",
    "While {C} {P}, {C2}.", "{O}, {C} {P}, so {C2}.", "Given that {C} {P:see}, it follows that {C2}.",
    "Some studies {P} suggest that {C}.", "{C} {P}: in other words, {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} rely more on word of mouth than on advertising", "{T} lifts {R} when it is followed up within a day",
    "{B} depends on {T} more than its rivals do", "fee-paying parents expect a personal response to every enquiry",
    "the open day remains the most important moment in the admissions funnel",
    "{A} compare schools online long before they book a visit", "inspection grades still shape parents' shortlists",
    "{T} is cheaper than print but harder to measure", "schools that publish fees clearly receive fewer but better enquiries",
    "international families value British curricula as a route to UK universities",
    "teachers adopt edtech when it saves marking time", "nursery parents choose mainly on location and staff warmth",
    "private tutoring has grown fastest among middle-income families", "{A} respond better to pupils' stories than to league tables",
    "bursaries help schools defend their charitable status", "exam boards compete on support for teachers rather than on price",
    "school groups centralise marketing to cut costs but lose local voice", "{T} only drives {R} when the offer is relevant",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In the UK", "In Ireland", "In Dubai",
    "For {B}'s admissions team", "Since the pandemic", "In the context of {B}", "From a parent's perspective",
    "Nevertheless", "Consequently", "In the independent sector", "As a result", "Overall", "In B2B terms",
]  # fmt: skip
PLAIN = [
    "{B} is analysed in this report using the 7Ps and a SWOT analysis.",
    "This section reviews {B}'s admissions funnel and makes recommendations.", "{O}, {C}.",
    "{B}'s Instagram account has over {k}k followers, but engagement is low.",
    "The table below summarises enquiries, visits and enrolments by source.",
    "The recommendations are costed and phased over one academic year.",
    "A full competitor analysis is included in the appendix.",
    "Task 2 builds on this by proposing a parent communications plan.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one textbook puts it, {Q} {P}.", "{N} put it plainly: {Q}.", "Put another way, {Q} {P}.",
    "{O}, {Q} {P}.", "The point is made directly that {Q} {P}, and {B} should note it.", "{N} warned that {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["‘parent voice’", "‘school of choice’", "‘value added’", "‘the squeezed middle’", "‘edtech fatigue’",
                "‘global citizens’", "‘the whole child’"]  # fmt: skip
SCARE_FRAMES = [
    "Schools now talk of {Q} in their prospectuses {P}.", "{B} calls its approach {Q} {P}.",
    "The idea of {Q} has become common in admissions copy {P}.", "{N} was critical of {Q} as a selling point.",
]  # fmt: skip
SUBJECT_LINES = ["‘Book your place at our Open Morning’", "‘Your child’s {M} journey starts here’",
                 "“Places still available for September”", "‘Meet the Head: virtual Q&A tonight’",
                 "‘Last chance: 11+ mock exams this weekend’", "“Your free trial lesson is waiting”"]  # fmt: skip
SUBJECT_FRAMES = [
    "An email headed {Q} had the highest open rate of the term {P}.", "{B} sent {Q} to families who had enquired {P}.",
    "Subject lines such as {Q} create urgency {P}.", "{N} tested {Q} against a plainer version.",
]  # fmt: skip

# Text with brackets, years, figures or quotation marks that is no citation: nothing a tutor expects in the list.
NOT_CITATIONS = {
    "fee-term": ["Day fees at {sch} reached £{fee} a term in {Y3}.", "{B} charges £{fee} per term ({Y3}/{yy}), before VAT.",
                 "Boarding fees rose to £{fee} a term (from September {Y3})."],
    "vat-fees": ["VAT on school fees from January 2025 changed the conversation with parents.",
                 "Fees rose by a fifth after the change (20% VAT from 1 January 2025).",
                 "{B} absorbed part of the increase (VAT at 20%, January 2025)."],
    "euro-fees": ["Grind-school fees of €{eur} a year (2023) put some families off.", "Fees at the grind school are €{eur} ({Y3}/{yy})."],
    "aed-fees": ["Premium schools in Dubai charge up to AED {aed} a year (2023).", "{B}'s fees start at AED {aed} ({Y3}/{yy} academic year)."],
    "childcare-rate": ["Nursery places cost around £8 an hour from September 2025.", "The funded rate is low (£{day}.{pc} an hour, {Y3}/{yy})."],
    "education-act": ["Schools must follow the Education Act 1996 on attendance.", "Charitable status dates back long before the Education Act 1996."],
    "children-families-act": ["SEND support changed under the Children and Families Act 2014.", "The reforms (Children and Families Act 2014) affected nurseries."],
    "childcare-act": ["Early years providers register under the Childcare Act 2006.", "The duty to secure sufficient childcare (Childcare Act 2006, s.6) sits with councils."],
    "irish-admissions-act": ["In Ireland, the Education (Admission to Schools) Act 2018 ended most waiting lists.",
                             "Fee-charging schools in Ireland were also affected (Admission to Schools Act 2018)."],
    "schools-bill": ["The Schools Bill (2022) was later dropped.", "Academy trusts lobbied against the Schools Bill (2022)."],
    "khda-framework": ["Fee rises in Dubai are capped by the KHDA fee framework (2024).",
                       "Schools rated highly may raise fees further under the KHDA fee framework ({Y3}/{yy} academic year)."],
    "results-day": ["A-level results day (15 August 2024) is the busiest day for the sixth-form team.",
                    "{B} posted its results on social media within an hour (results day, August {Y3})."],
    "leaving-cert": ["Grind schools advertise heavily before the Leaving Cert 2023.", "Points inflation (Leaving Cert 2021) changed how schools market results."],
    "gcse-year": ["Grades returned to pre-pandemic levels after GCSE 2022.", "{sch} had {pc}% of grades at 9–7 (GCSE {Y3})."],
    "eleven-plus": ["Tutoring demand peaks before the 11-plus (September 2023).", "{B} runs mock exams ahead of the 11+ (September {Y3})."],
    "sats": ["Parents of Year 6 pupils worry about Key Stage 2 SATs (May 2024).", "Tutoring bookings spike before the SATs (May {Y3})."],
    "ofsted-grade": ["The nursery's Ofsted ‘Outstanding’ (2019) still appears on every banner.",
                     "{B}'s Reading setting kept its ‘Good’ grade at its last inspection ({mo} {Y3})."],
    "isi-grade": ["{sch} promotes its ISI ‘Excellent’ (2023) in every advert.", "The school achieved ‘Excellent’ in both areas (inspected {mo} {Y3})."],
    "khda-rating": ["The school moved up to KHDA ‘Very Good’ (2022).", "{B}'s flagship campus was rated ‘Outstanding’ in the KHDA inspections ({Y3}–{yy})."],
    "one-word-end": ["Schools lost a marketing message with the end of one-word judgements (September 2024).",
                     "Report cards replaced headline grades (from November 2025)."],
    "overseas-campus": ["Harrow Hong Kong (2012) was one of the first overseas campuses.", "Dulwich College Singapore (2014) followed the same model.",
                        "{sch} opened a campus in the Gulf (Abu Dhabi, {Y3})."],
    "nursery-opening": ["A new Busy Bees nursery in Leeds (2023) filled within months.", "{grp} opened its hundredth setting (in {town}, {Y3})."],
    "pupil-numbers": ["The sector taught 554,000 pupils in 2024.", "Numbers fell slightly ({k},000 fewer pupils, {Y3}/{yy})."],
    "school-count": ["There are 1,400 ISC schools across the UK.", "{grp} runs more than {k}0 schools ({Y3} figures)."],
    "applications": ["{sch} received 8,000 applications (2023) for {k}0 places.", "Applications rose by {pc}% ({Y3} entry)."],
    "open-day": ["The Open Day (12 October 2024) drew {k}00 families.", "Bookings for the Open Morning ({day} {mo} {Y3}) closed early."],
    "speech-day": ["Speech Day 2023 was streamed for overseas parents.", "The Head's address (Speech Day, {Y3}) went viral on LinkedIn."],
    "bett-show": ["Century Tech launched its new dashboard at BETT 2024.", "{B} took a larger stand at the show (BETT in January {Y3})."],
    "world-book-day": ["The nursery's costume parade (World Book Day, 7 March) is its most shared post.",
                       "Explore Learning ran a reading challenge for World Book Day (7 March {Y3})."],
    "school-awards": ["{sch} won at the Independent Schools of the Year Awards 2023.", "The campaign was shortlisted (Independent Schools of the Year Awards, {Y3})."],
    "nursery-awards": ["{B} was a finalist in the Nursery World Awards 2024.", "The setting's outdoor area won a prize (Nursery World Awards {Y3})."],
    "bett-awards": ["The app won at the BETT Awards 2022.", "{B} lists its prizes on its homepage (BETT Awards {Y3}; shortlisted again in 20{yy})."],
    "tes-awards": ["The school was named Independent School of the Year at the Tes Schools Awards 2023.",
                   "The marketing team was shortlisted (Tes Schools Awards {Y3})."],
    "ticker": ["Nord Anglia (NYSE: NORD) was taken private in 2017.", "Bright Horizons (NYSE: BFAM) reports occupancy each quarter.",
               "Investors follow the listed groups closely ({tk})."],
    "job-title": ["The Director of Admissions (since {Y3}) reports to the Bursar.", "Interviews were held with the Head of Marketing and the Registrar ({mo} {Y3})."],
    "honours": ["The founder, Sir Peter Lampl OBE, set up the charity in 1997.", "The Headmaster (appointed CBE in {Y3}) is a familiar voice in the press."],
    "ceo": ["The CEO (appointed {Y3}) set a target of {k}0 new schools.", "{grp}'s new CEO joined in {mo} {Y3}."],
    "academic-year": ["Enquiries fell in 2023/24 but recovered in 2024/25.", "Retention was {pc}% ({Y3}/{yy})."],
    "term": ["Visits peaked in Michaelmas 2023.", "The campaign ran through the spring term 2024.", "Bursary enquiries doubled (Lent term {Y3})."],
    "quarter": ["Occupancy reached {pc}% in Q3 2023.", "New tutoring sign-ups rose (Q{q} {Y3})."],
    "financial-year": ["Revenue grew by {pc}% in FY2023.", "Group EBITDA was £{k}m (FY{Y3}/{yy})."],
    "founding": ["Eton (founded 1440) trades heavily on heritage.", "{grp} has grown quickly (est. {Y})."],
    "funded-hours": ["Demand rose with 30 funded hours for working parents (from September 2025).",
                     "The expansion of funded childcare (15 hours for two-year-olds, April 2024) filled rooms."],
    "exam-series": ["Entries for the summer series (June 2024) rose again.", "Resits fell after the November series ({Y3})."],
    "grading": ["Parents still struggle with grades 9 to 1 (introduced 2017).", "The new scale (9–1, first awarded {Y3}) confused international families."],
    "lockdown": ["Tutoring moved online during the first lockdown (March 2020).", "Remote learning (2020–21) changed what parents expect from schools."],
    "cross-ref": ["The full funnel is shown in the appendix (Appendix {q}).", "Enquiry sources are compared below (Table {q}, {Y3} intake)."],
    "sample": ["Most parents surveyed agreed (n = {n}, {Y3}).", "The focus group was small (n = {q}{q}, {mo} {Y3})."],
    "followers": ["{B}'s Instagram grew quickly ({k}k followers, {mo} {Y3}).", "Its TikTok account ({h}, launched {Y3}) is run by sixth-formers."],
    "conversion": ["The enquiry-to-enrolment rate is low ({pc}%, {Y3} entry).", "Trial-to-paid conversion improved (from {q}0% to {pc}%, {Y3})."],
    "acquisition": ["Cognita's purchase of a school group in Spain (2023) widened its reach.", "{grp} was bought by a private equity firm ({Y3})."],
    "curriculum": ["The IB Diploma (first taught here in {Y}) sets the school apart.", "T Levels (first taught 2020) are rarely offered by independent schools."],
    "bursary": ["{sch} offers means-tested bursaries (up to 100%, since {Y3}).", "Around {pc}% of pupils receive help with fees ({Y3}/{yy})."],
    "ratio": ["Class sizes are small (ratio 1:{q}, {Y3}).", "The nursery keeps to the 1:3 ratio for under-twos (kept after the {Y3} reforms)."],
    "intake": ["The Reception intake (September 2024) was full by March.", "The school added a third form of entry (Year 7, {Y3})."],
    "kumon-price": ["Kumon charges about £{k} a month per subject ({Y3}).", "Explore Learning membership costs £{k}0 a month (from {mo} {Y3})."],
}  # fmt: skip
