"""The blind371 pool's prose: how marketers at edtech platforms, tutoring agencies, language schools, private
universities and colleges, test-preparation firms and school-software vendors in the UK, India, Vietnam, the United
Arab Emirates, Spain and Kenya write CIM Level 6 and 7 reports and MBA assignments in English.

Written without reading the checker, its tests or any other pool. Citations come at the start, middle and end of
sentences, after "as", "following", "according to", "echoing" and "building on", in groups, with "see", "e.g." and
"cf." inside the bracket. The decoys are what these candidates put in brackets and beside years that is no source:
exam sessions and results, course and product names with years, rankings and league-table places, accreditations
and inspection grades, acquisitions, mergers and funding rounds (of firms the list may hold), founders, principals
and founding years, fees in five currencies and enrolments, academic years and intakes, acts and curricula named in
passing, visa rules, awards and fairs, own surveys, cross-references, Vietnamese, Spanish, Hindi and Swahili terms
with their glosses, and more.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Byju's", "upGrad", "Unacademy", "PhysicsWallah", "Vedantu", "ALLEN Career Institute", "Aakash", "Duolingo",
          "MyTutor", "Tutorful", "Explore Learning", "Kumon", "Atom Learning", "Third Space Learning", "Seneca",
          "Arbor", "ParentPay", "GEMS Education", "Taaleem", "ELSA Speak", "Topica Native", "Apollo English",
          "ILA Vietnam", "FPT Education", "Eneza Education", "Zeraki", "M-Shule", "Kings Education", "EF",
          "Kaplan", "BPP", "The University of Law", "IE University", "UNIR", "Universidad Europea",
          "Strathmore University", "Middlesex University Dubai", "RMIT Vietnam", "British University Vietnam",
          "Amity University Dubai"]  # fmt: skip

NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although the sample was drawn from a single city.",
    "{N} concluded that {C}; this is directly relevant to {B}.", "{N} showed that {C} among {A}.",
    "{N} identify price, reputation and peer advice as the main drivers, and add that {C}.",
    "{N} suggested that {C}, which {B} has yet to act on.", "{N} reported that {C} in the post-pandemic market.",
    "{N} observe that {C}.", "{N} warns that {C} unless parents can see results.",
    "{N} make a similar point: {C}.", "{N} went further and claimed that {C}.",
    "{N} highlighted that {C}, particularly in tier-2 and tier-3 cities.", "{N} is clear that {C}.",
    "{N} measured {R} across {n} learners and found that {C}.",
    "{N} applied the technology acceptance model and showed that {C}.",
    "{N} questioned whether {C}.", "{N} notes that, for {A}, {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} argued, {C}.", "Following {N}, this report assumes that {C}.", "According to {N}, {C}.",
    "Echoing {N}, {C}.", "Building on {N}, it can be argued that {C}.", "{O}, {N} found that {C}.",
    "This is consistent with {N}, who found that {C}.", "{C}, as {N} point out.", "{C} – a view shared by {N}.",
    "{C}, according to {N}.", "Research by {N} suggests that {C}.", "A survey carried out by {N} found that {C}.",
    "{B} is a good example: {N} showed that {C}.", "Data from {N} show that {C}.",
    "In their study of private colleges, {N} found that {C}.", "{C}; however, {N} found the opposite for {A}.",
    "It could be argued, following {N}, that {C}.", "As noted by {N}, {C}.",
    "For {B}, the lesson from {N} is that {C}.", "{C}, which supports the findings of {N}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study shows that {C}.", "Using {N} framework, it is clear that {C}.", "{O}, {N} report concluded that {C}.",
    "{B} could apply {N} model, since {C}.", "{N} findings matter here because {C}.",
    "This reflects {N} argument that {C}.", "According to {N} survey, {C}.", "{N} data suggest that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "For {A}, {C} {P}.", "This matters because {C} {P}.", "It is often claimed that {C} {P:see}.",
    "Several studies report that {C} {P:e.g.}.", "{C}, especially on mobile {P}.", "In short, {C} {P}.",
    "{C}, which is why {B} invests in {T} {P}.", "Put simply: {C} {P}.", "{C} {P:cf.}.",
    "Evidence from India and Vietnam suggests that {C} {P}.", "{B}’s own figures point the same way: {C} {P}.",
    "There is broad agreement that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, although {C2}.", "{C} {P}; even so, {C2}.", "{C} {P}, while {C2}.",
    "{O}, {C} {P}, but {C2}.", "Because {C} {P}, {C2}.",
]  # fmt: skip
CLAIMS = [
    "parents choose a tutor on the advice of other parents more than on price",
    "{A} trust a platform more when teachers, not algorithms, appear in its advertising",
    "free trials convert best when a human adviser follows them up within a day",
    "{T} raises {R} among {A}", "rankings matter more to international applicants than to home students",
    "refund guarantees reduce the perceived risk of paying for a course in advance",
    "aggressive sales calls damage trust in edtech brands", "{B} relies on {T} more than its rivals do",
    "completion rates on self-paced courses stay low without live support",
    "students treat a university's brand as a signal of graduate employability",
    "{A} reward {T} with {R}", "gamified streaks keep learners returning but do not prove learning",
    "parents in the Gulf expect regular progress reports from tutoring centres",
    "price is a weaker driver of choice than inspection ratings for fee-paying schools",
    "word of mouth in WhatsApp groups shapes which tutoring centre parents pick",
    "the student is a co-creator of the service rather than its customer",
    "school leaders buy software on colleagues' recommendations rather than on advertising",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "By contrast", "In the Indian market", "In Vietnam", "In Dubai",
           "More recently", "At the same time", "For a tutoring agency", "In Kenya", "In Spain"]  # fmt: skip
PLAIN = [
    "{B} sells through its app, its website and a network of franchised centres.",
    "The campaign ran for eight weeks across Instagram, YouTube and WhatsApp.",
    "Most enquiries arrive in the evening, after parents finish work.",
    "{B} offers a free diagnostic test before any paid session.",
    "The admissions team follows up every lead within 24 hours.",
    "Parents are the buyers, but students are the users.",
    "{O}, {C}.",
    "The recommendations below are set out in order of cost.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one education-marketing text puts it, {Q} {P}.", "{N} put it plainly: {Q}.",
    "The point is made directly: {Q} {P}.", "{B} seems to accept that {Q} {P}.",
    "One review of the sector concluded that {Q} {P}.", "{N} wrote that {Q}, which {B} should note.",
]  # fmt: skip
SCARE_QUOTES = ["‘edtech winter’", "‘shadow education’", "‘coaching factories’", "‘learn and earn’", "‘ed-fluencers’",
                "“hybrid-first”", "‘Kota factory’", "'outstanding'", "‘học thêm’", "‘student experience’",
                "“future-proof”", "'cramming'"]  # fmt: skip
SCARE_FRAMES = [
    "{B} has been accused of selling {Q} to anxious parents {P}.", "The industry now talks of {Q} {P}.",
    "So-called {Q} is a growing concern for regulators {P}.", "Critics describe this as {Q} {P}.",
    "The term {Q} is used loosely in prospectuses {P}.", "{N} use the term {Q} for this.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your child’s free assessment is booked’", "‘Last few places for September – apply now’",
                 "“Results day is coming: are you ready?”", "‘50% off your first month of tutoring’",
                 "'Your IELTS mock score is in'", "‘Open day this Saturday – reserve a place’",
                 "“We miss you – your streak is waiting”", "‘Scholarships closing Friday’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} can lift open rates {P}.", "{B} used {Q} in its re-engagement email {P}.",
    "Short, urgent copy ({Q}, for example) works well with {A} {P}.",
    "The email {Q} was opened by more parents than any other {P}.",
    "Testing {Q} against a plainer version showed a clear winner {P}.",
]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use."""
    year = rng.randint(2012, 2025)
    start = rng.randint(2018, 2025)
    return {
        "yr": str(year), "yy": str(year)[2:], "yr2": str(year + 1), "yy2": str(year + 1)[2:], "n2": str(rng.randint(25, 95)), "fee2": f"{rng.randint(40, 95)},000", "ay": f"{start}/{str(start + 1)[2:]}", "ay2": f"{start}-{str(start + 1)[2:]}",
        "pc": str(rng.randint(3, 91)), "pc2": str(rng.randint(3, 91)), "fee": f"{rng.randint(6, 38)},{rng.choice(['000', '250', '500', '950'])}",
        "rank": rng.choice(["1st", "3rd", "7th", "12th", "21st", "34th", "48th", "62nd", "101st", "201-250"]),
        "mo": rng.choice(["January", "March", "April", "June", "July", "August", "September", "October", "November"]),
        "exam": rng.choice(["A-level", "GCSE", "IELTS Academic", "JEE Main", "NEET-UG", "KCSE", "CBSE Class 12", "IB Diploma", "PAU", "SAT"]),
        "firm": rng.choice(["Byju's", "upGrad", "Unacademy", "PhysicsWallah", "Duolingo", "ELSA", "Topica", "Eneza", "Zeraki", "MyTutor", "Atom Learning"]),
        "uni": rng.choice(["Strathmore University", "IE University", "RMIT University Vietnam", "Middlesex University Dubai", "Ashoka University", "BPP University", "The Open University", "Universidad Europea"]),
        "city": rng.choice(["Kota", "Hanoi", "Ho Chi Minh City", "Dubai", "Abu Dhabi", "Madrid", "Valencia", "Nairobi", "Mombasa", "Manchester", "Leicester", "Bengaluru"]),
    }  # fmt: skip


# Text with brackets, years or quotation marks that is no citation: a tutor would expect none of it in the list.
NOT_CITATIONS: dict[str, list[str]] = {
    "exam-session": ["Demand for tutoring peaks before the {exam} {yr} session.", "Bookings doubled in the run-up to {exam} {yr}.",
                     "The crash course targets the {exam} exam ({mo} {yr} sitting)."],
    "exam-results": ["Top grades fell back after the pandemic (A-level {yr}: {pc}% at A or A*).",
                     "The school's candidates beat the national average (KCSE {yr}: mean grade B-).",
                     "The pass rate rose sharply (CBSE Class 10, {yr}: {pc}%)."],
    "results-day": ["Enquiries spike on results day ({d} August {yr}).", "The clearing campaign went live on A-level results day ({yr})."],
    "test-score": ["Most applicants need an overall band of 6.5 (IELTS Academic, no band below 6.0).",
                   "Learners improved by a full band on average (IELTS 5.5 to 6.5, {yr} cohort).",
                   "The guarantee applies to scores of 1400 or more (SAT, {yr})."],
    "course-year": ["The MBA (Global) {yr} cohort was the largest yet.", "{B} relaunched its Level 3 diploma (2016 specification) online.",
                    "Enrolments on the {yr}–{yy2} BTEC programme were lower than planned."],
    "product-year": ["{firm} Max (launched {yr}) added an AI tutor to the paid tier.",
                     "The parent app (version 4.{q}, released {mo} {yr}) added live progress reports.",
                     "Its flagship course, JEE Booster {yr}, sold out within a week."],
    "ranking": ["The business school climbed to {rank} place (QS World University Rankings {yr}).",
                "{uni} is now ranked {rank} in the region (THE Asia University Rankings {yr}).",
                "Rankings appear on every brochure ({rank}, QS {yr})."],
    "league-table": ["The course ranks {rank} for student satisfaction (Complete University Guide {yr}).",
                     "Marketing at the university rose twelve places (Guardian University Guide {yr}).",
                     "The institute entered the management list for the first time (NIRF {yr}: rank {n})."],
    "accreditation": ["The business school holds triple accreditation (AACSB, AMBA and EQUIS since {yr}).",
                      "{uni} is accredited locally (CUE charter, {yr}).", "The programme was validated in {yr} (AMBA accredited)."],
    "language-school-accreditation": ["The centre is inspected and accredited (Accredited by the British Council, {yr} inspection).",
                                      "Its Madrid school is a Cambridge exam centre (ES{n}, since {yr}).",
                                      "Every branch is an authorised IELTS test venue (IDP and British Council, from {yr})."],
    "inspection-grade": ["The school was judged good in every area (Ofsted grade 2, {mo} {yr}).",
                         "Fee-paying parents check the rating first (KHDA rating: Very Good, {ay}).",
                         "The academy kept its rating ('Outstanding' in all areas, {yr} inspection)."],
    "acquisition": ["Byju's bought Aakash Educational Services ({yr}) for close to US$1bn.",
                    "{firm} acquired a smaller rival ({mo} {yr}) to enter the test-preparation market.",
                    "Pearson sold its US K-12 courseware business (2019) to focus on online learning."],
    "merger": ["The two colleges merged (September {yr}) to form one group.",
               "Study Group and Navitas never merged (talks ended in {yr}).",
               "The language schools were combined under one brand after the merger ({yr})."],
    "funding-round": ["{firm} raised US${n}m in a Series C round ({mo} {yr}).", "The start-up closed its seed round (KES {n}m, {yr}).",
                      "Funding dried up after {yr} (Series B: US${n}m)."],
    "valuation": ["At its peak the company was valued at US$22bn (2022).", "{firm} planned a listing ({yr}) at a valuation of US${n}m."],
    "founder": ["The company was founded by Byju Raveendran, a former maths teacher (2011).",
                "Alakh Pandey began teaching physics on YouTube (from 2016) before founding the firm.",
                "The agency's founder (a former head of sixth form, retired {yr}) still interviews every tutor."],
    "principal": ["The new principal (appointed {mo} {yr}) rewrote the admissions policy.",
                  "Under its vice-chancellor (in post {yr}–{yy2}) the university opened a Dubai campus.",
                  "The chief executive (CEO since {yr}) came from a consumer-goods firm."],
    "founding-year": ["{uni} (founded {yr}) now recruits from over {n} countries.",
                      "The Open University (est. 1969) pioneered distance learning in the UK.",
                      "Ofsted (set up in 1992) inspects schools and many colleges in England.",
                      "The KHDA (established 2006) regulates Dubai's private schools."],
    "fees-gbp": ["Tuition is priced per hour (£{n} for GCSE, £{n2} for A-level).", "Fees for international students are high (£{fee} a year, {ay}).",
                 "The home fee cap rose for the first time in years (£9,535, {ay})."],
    "fees-local": ["Annual fees range widely (AED {fee} to AED {fee2}, {ay}).", "The coaching package costs about ₹{n},000 a year (Kota, {yr}).",
                   "A twelve-week course costs VND {n} million (about £{n2}).", "Boarding schools charge more (KES {fee} per term, {yr}).",
                   "The master's costs €{fee} (2024/25 intake)."],
    "enrolment": ["Registered learners passed {n} million ({yr}).", "The college enrolled {n},000 students ({ay}), up {pc}%.",
                  "International enrolments fell sharply (down {pc}% in {yr})."],
    "academic-year": ["Applications were lower this cycle ({ay}).", "The figures cover one academic year (September {yr} to July {yr2}).",
                      "The school calendar differs in the UAE ({ay2} academic year)."],
    "intake": ["Most students start in the main intake (September {yr}).", "A second intake was added (January {yr}) for the MBA.",
               "The foundation year has three intakes (January, May and September)."],
    "act-named": ["The Higher Education and Research Act 2017 created the Office for Students.",
                  "Providers must follow the Children and Families Act 2014 when they advertise SEN support.",
                  "Kenya's Basic Education Act 2013 limits holiday tuition in schools."],
    "curriculum": ["Kenya is moving to the Competency-Based Curriculum (CBC, rolled out from 2017).",
                   "Schools in Dubai offer many curricula (UK, IB, CBSE, US and French).",
                   "Spain's curriculum reform (LOMLOE, Ley Orgánica 3/2020) changed the bachillerato."],
    "policy-named": ["India's National Education Policy (NEP 2020) encourages multidisciplinary degrees.",
                     "The coaching guidelines (January 2024) bar centres from enrolling students under 16.",
                     "Vietnam's Circular 29 (2024) restricts paid extra classes in schools."],
    "data-law": ["Parents must give consent for children under 13 (UK GDPR, Article 8).",
                 "The firm updated its privacy notice for India (DPDP Act 2023).", "Apps aimed at children must meet the Children's Code (in force since September 2021)."],
    "visa-rule": ["The Graduate Route (introduced July 2021) lets students stay for two years.",
                  "Postgraduate taught students lost the right to bring dependants (January {yr}).",
                  "The UAE's Golden Visa for top students (from 2019) is used in recruitment."],
    "local-term-vietnamese": ["Many families pay for extra classes (học thêm) after school.",
                              "Exam cramming (luyện thi) begins in Grade 10.",
                              "The centre runs an English club (câu lạc bộ tiếng Anh) on Saturdays."],
    "local-term-spanish": ["Many graduates prepare for civil-service exams (oposiciones) with academies.",
                           "The university-entrance exam (selectividad, now the PAU) drives summer tutoring.",
                           "Private universities advertise their dual degrees (doble grado) heavily."],
    "local-term-hindi-swahili": ["Coaching centres promise a seat at an IIT (the ‘dream college’ for many families).",
                                 "Parents describe holiday tuition as essential (masomo ya ziada, ‘extra lessons’).",
                                 "Students stay in hostels near the coaching hubs (Kota's ‘PG’ rooms)."],
    "school-grade": ["The course is for Year 10 and Year 11 pupils (ages 14–16).", "Most learners are in Form Four (KCSE year).",
                     "The platform covers Grade 6 to Grade 12 (CBSE and ICSE)."],
    "pandemic-period": ["Online tutoring boomed during the lockdowns (March 2020 to July 2021).",
                        "Schools in Kenya closed for most of a year (March 2020 to January 2021).",
                        "Usage peaked in the second wave (April–June 2021)."],
    "own-survey": ["Parents rated price below trust (own survey, {mo} {yr}, n = {n}).",
                   "A short poll of current students supports this (n = {n}).",
                   "Most respondents first heard of the school from a friend ({pc}%, own survey)."],
    "cross-reference": ["The full segmentation is in the appendix (Appendix {q}).", "See Table {q} (page {q}) for the fee comparison.",
                        "The persona (Figure {q}) is based on six interviews with parents.", "This is discussed further in Task 2 (b)."],
    "percent-year": ["Online share of tutoring income grew fast ({pc}% in {yr}, up from {pc2}%).",
                     "Repeat bookings fell ({pc}% to {pc2}% between 2022 and {yr})."],
    "quarter": ["Sales were strongest in the admissions season (Q{q} {yr}).", "Revenue fell in the quarter (Q{q} FY{yy})."],
    "financial-year": ["Losses narrowed (FY{yy}: ₹{n} crore).", "The group returned to profit in the last financial year (FY2023-24).",
                       "Revenue guidance was cut (FY{yy} results, {mo} {yr})."],
    "currency-conversion": ["A term of tutoring costs KES 45,000 (about £275).", "The app costs ₹3,999 a year (approx. US$48).",
                            "Fees are quoted in dirhams (AED 60,000, roughly £12,800)."],
    "award": ["The app won a prize at the Bett Awards ({yr}).", "{B} was shortlisted in the EdTech Awards ({yr}, Best Tutoring Platform).",
              "The school's campaign won gold (Education Marketing Awards {yr})."],
    "event": ["The team exhibited at GESS Dubai ({mo} {yr}).", "The new product was launched at Bett ({yr}, ExCeL London).",
              "Most leads came from the British Council education fair (Hanoi, {mo} {yr})."],
    "campaign": ["The #StudyUK campaign ({yr}) targeted students in Vietnam and India.",
                 "Its ‘Learn like a champion’ campaign (launched {yr}) featured a cricketer.",
                 "The back-to-school push (August {yr}) used influencer parents."],
    "handle-or-address": ["Parents can follow updates on Instagram (@mytutor_uk).", "The booking form is online (www.example-tutors.co.uk/book).",
                          "Enquiries go to the admissions inbox (admissions@example-college.ae)."],
    "app-rating": ["Reviews are mostly positive (4.{q} stars on Google Play, {n},000 ratings).",
                   "The app's rating dropped after the price rise (3.{q} on the App Store, {mo} {yr})."],
    "price-plan": ["The premium tier costs more (Super: £1{q}.99 a month).", "A family plan was added (six accounts, {yr})."],
    "abbreviation-gloss": ["The KHDA (Knowledge and Human Development Authority) publishes school ratings every year.",
                           "In England the OfS (Office for Students) regulates universities.",
                           "The CUE (Commission for University Education) charters Kenya's private universities.",
                           "QAA (the Quality Assurance Agency) reviews UK provision overseas."],
    "ticker": ["Duolingo is listed in New York (NASDAQ: DUOL).", "Pearson's shares (LSE: PSON) rose after the results.",
               "The group's shares trade in Mumbai (NSE and BSE, listed {mo} {yr})."],
    "scholarship": ["Several students were funded (Chevening {ay}).", "The university offers partial bursaries (up to {pc}% of fees, {ay})."],
    "capacity": ["The new centre seats {n} learners (two floors, {q}0 classrooms).", "Each class is capped (maximum {q}0 students)."],
    "exam-board": ["The tutors follow the exam board's specification (AQA 8300, first teaching 2015).",
                   "Most pupils sit the international GCSE (Pearson Edexcel 4MA1).", "The course maps to the syllabus (Cambridge 0500, {yr}–{yy2})."],
    "age-band": ["The campaign targeted parents of younger children (ages 5–11).", "Learners are mostly adults (25–34, {pc}%)."],
    "lead-time": ["Parents start looking early (six to nine months before entry).", "The sales cycle for school software is long (12–18 months)."],
    "teaching-hours": ["The intensive course is demanding (25 hours a week, {q} weeks).", "Tutors are paid by the session (60 minutes, £{n2})."],
}  # fmt: skip
