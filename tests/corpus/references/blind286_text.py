"""The blind286 pool's prose (HELD OUT): marketers at language schools, English-language and study-abroad providers,
exam boards, edtech apps, homestay and student-accommodation firms and destination bodies in the UK, Ireland, Malta,
Spain, Canada and Australia writing CIM Level 6 and 7 reports and MBA assignments in English, many of them non-native
speakers from Spain, Italy, Brazil, Japan, Korea, Türkiye and Saudi Arabia, on student recruitment, agent channels,
app marketing, pricing and digital channels.

Placeholders are text.py's ({N}, {P}, {Q}, {C}, {C2}, {O}, {B}, {A}, {R}, {T}, {Y}, {n}, {q}, {d}, {M}) and the
values below. The decoys are what these reports are full of: courses with their lengths, prices and years, exams and
their versions, CEFR levels, app versions and launch years, schools and campuses with towns and years, visa routes
and rule changes, student weeks and enrolments, agents' commissions and fairs, accreditations, awards, tickers,
homestay prices, slogans and figures. None of them is a citation. Written without reading the checker, its tests
or any other pool.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["EF Education First", "Kaplan International", "Berlitz", "International House", "IH Dublin", "Bell English",
          "Embassy English", "St Giles International", "Kings Education", "ELC Brighton", "EC English", "Babbel",
          "Duolingo", "Busuu", "italki", "Cambridge University Press & Assessment", "Pearson PTE",
          "Trinity College London", "Atlas Language School", "ATC Language Schools", "Malta University Language School",
          "Dublin's Horner School", "Alpha College", "Don Quijote"]  # fmt: skip

_TOWNS = ["Dublin", "Cork", "Galway", "Limerick", "Brighton", "Bournemouth", "Oxford", "Cambridge", "London",
          "Manchester", "Edinburgh", "St Julian's", "Sliema", "Gozo", "Valletta", "Valencia", "Málaga", "Barcelona",
          "Toronto", "Vancouver", "Montréal", "Sydney", "Brisbane", "Melbourne", "Perth", "Gold Coast"]  # fmt: skip
_COURSES = ["General English", "Intensive English", "Business English", "IELTS Preparation", "Cambridge Exam Preparation",
            "English for Academic Purposes", "Junior Summer", "English Plus Work Experience", "Academic Year Programme",
            "One-to-One English", "English 30+", "Teacher Development"]  # fmt: skip
_MARKETS = ["Brazil", "Italy", "Spain", "Japan", "Korea", "Türkiye", "Saudi Arabia", "Colombia", "Mexico", "France",
            "Germany", "Switzerland", "China", "Kazakhstan", "Chile", "Argentina"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    year = rng.randint(2012, 2025)
    return {
        "yr": str(year), "yr2": str(year + rng.randint(1, 3)), "ay": f"{year}/{str(year + 1)[2:]}",
        "price": str(rng.randint(185, 520)), "hs": str(rng.randint(150, 340)), "wk": str(rng.randint(2, 48)),
        "town": rng.choice(_TOWNS), "course": rng.choice(_COURSES), "mkt": rng.choice(_MARKETS),
        "mkt2": rng.choice(_MARKETS), "pct": str(rng.randint(3, 46)), "k": str(rng.randint(12, 480)),
        "cefr": rng.choice(["A2", "B1", "B1+", "B2", "C1", "C2"]), "sw": f"{rng.randint(40, 990)},{rng.randint(100, 999)}",
        "comm": str(rng.choice([15, 18, 20, 22, 25, 30])), "band": rng.choice(["5.5", "6.0", "6.5", "7.0", "7.5"]),
        "ver": f"{rng.randint(2, 6)}.{rng.randint(0, 40)}", "dau": f"{rng.randint(8, 48)}.{rng.randint(1, 9)}",
        "fee": f"{rng.randint(9, 26)},{rng.randint(0, 9)}00", "rank": rng.choice(["1st", "2nd", "3rd", "4th", "5th", "7th", "10th"]), "det": str(rng.randint(95, 140)),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, especially among {A}.", "{N} affirms that {C}.",
    "{N} explained that {C}, which is very relevant for {B}.", "{N} demonstrated that {C}.",
    "{N} points out that {C}; this is also true for schools in {town}.", "{N} highlighted that {C}.",
    "{N} suggested that {C}, although the study was made before the pandemic.", "{N} considers that {C}.",
    "{N} concluded that {C} and that {C2}.", "{N} identified that {C} in the ELT sector.",
    "{N} remarks that {C}, a point that {B} should take in account.", "{N} observed that {C}.",
    "{N} also found that {C}.", "{N} recommended that language schools check if {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "As mentioned by {N}, {C}.", "{O}, {N} argued that {C}.",
    "In the opinion of {N}, {C}.", "This is in line with {N}, who found that {C}.",
    "{C}, as {N} explained.", "For {B}, the main lesson from {N} is that {C}.",
    "Following {N}, this report assumes that {C}.", "{O}, research by {N} shows that {C}.",
    "{C}; {N} arrived to a similar conclusion.", "As it is described by {N}, {C}.",
    "A similar point is made by {N}, who notes that {C}.", "On the other hand, {N} warned that {C}.",
    "Based on {N}, it can be said that {C}.", "Like {N} pointed out, {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study found that {C}.", "{O}, {N} model explains why {C}.", "{N} research shows that {C}.",
    "{N} framework suggests that {C}.", "Applying {N} push-pull model, {C}.", "{N} findings confirm that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "It is widely accepted that {C} {P}.", "Several studies show that {C} {P}.",
    "{C}, especially for schools in {town} {P}.", "Research in the sector suggests that {C} {P}.",
    "This is important because {C} {P}.", "It is well known in the ELT industry that {C} {P}.",
    "{O}, evidence shows that {C} {P}.", "For {B}, {C} {P}.", "Agents often say that {C} {P}.",
    "In the study-abroad market, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, while {C2}.", "{C} {P}; however, {C2}.", "{C} {P}, and for this reason {C2}.",
    "{C} {P}, although {C2}.", "{O}, {C} {P}, so {C2}.", "{C} {P}, but in Malta and Ireland {C2}.",
    "Although {C} {P}, {C2}.", "{C} {P}, which means that {C2}.",
]  # fmt: skip
CLAIMS = [
    "education agents still bring most students to language schools", "{T} lowers the cost of reaching {A}",
    "students from {mkt} choose a destination mainly on price and visa conditions",
    "word of mouth from former students is the most trusted source for study-abroad decisions",
    "freemium apps convert only a small share of users into paying subscribers",
    "gamification keeps learners active but does not always improve their level",
    "short courses are more sensitive to exchange rates than academic-year programmes",
    "junior summer programmes depend on parents' trust more than on price",
    "homestay quality is one of the main reasons for complaints and for recommendations",
    "{B} depends on agents more than its rivals do", "{A} reward {T} with {R}",
    "destination image is built before the student contacts any school",
    "visa changes move demand from one destination to another very quickly",
    "agents prefer schools that pay commission on time and answer quickly",
    "online learning apps and language schools compete for the same beginner",
    "social media content made by students is more credible than paid advertising",
    "exam preparation courses attract students who need a certificate for university or work",
    "price is used as a signal of quality in the language-travel market",
    "schools that publish clear prices online receive more direct bookings",
    "Malta and Ireland compete with the UK for European students",
    "many learners stop using a language app after the first month",
    "accreditation matters more to agents and parents than to adult students",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "Moreover", "At the same time", "In the case of {B}",
           "On the other hand", "After the pandemic", "In addition", "For schools in {town}", "Nowadays"]  # fmt: skip
PLAIN = [
    "{B} sells its courses through agents, its own website and the app stores.",
    "The school has three campuses and around {n} beds in residences and homestays.",
    "Most of the students come from {mkt} and {mkt2}, and they book between March and June.",
    "The marketing team is small: one manager, two agent-relations executives and a freelance designer.",
    "{O}, {C}.", "The sales season for junior groups starts in January and finishes in May.",
    "{B} offers courses from two weeks to one academic year.",
    "Most agents are paid by commission and receive a price list every autumn.",
    "The app is free to download and earns money from subscriptions and advertising.",
    "This section analyses the external environment of the school.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one textbook puts it, {Q} {P}.", "{N} states that {Q}.", "{O}, {Q} {P}.",
    "This idea is summarised as {Q} {P}.", "In the words of {N}, {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["‘study abroad experience’", "‘edutainment’", "‘glocal’", "‘English plus’", "‘learn anywhere’",
                "“agent-ready”", "“language travel”", "'streak'", '"home away from home"']  # fmt: skip
SCARE_FRAMES = [
    "Schools now sell the {Q} rather than a course {P}.", "{B} describes its homestays as {Q} {P}.",
    "The idea of {Q} is used in most brochures {P}.", "Apps use the {Q} to keep learners active {P}.",
    "{N} calls this trend {Q}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your summer in {town} starts here’", "“Last places for July: book now”",
                 "‘Your streak is about to end!’", "“Early-bird prices for {yr2} are live”",
                 "‘Hola! Ready for your next lesson?’", "'Agents: new commission grid inside'",
                 "“Meet your host family”", "‘10% off Intensive English until Friday’"]  # fmt: skip
SUBJECT_FRAMES = [
    "The email with the subject {Q} had the best open rate {P}.", "{B} sent {Q} to lapsed learners {P}.",
    "A push notification like {Q} creates urgency {P}.", "Testing {Q} against a plain version showed a clear winner {P}.",
    "{N} gives {Q} as a typical example.",
]  # fmt: skip

# Text that looks like a citation and is none: the tutor expects none of it in the reference list.
NOT_CITATIONS: dict[str, list[str]] = {
    "course-year": ["Most of the growth came from one product (General English, {yr}).",
                    "Adult bookings were led by the intensive course ({course}, {yr}).",
                    "The best-selling product was the exam course (IELTS Preparation, {yr})."],
    "course-length": ["The core product is a standard course (General English, 20 lessons per week).",
                      "Agents mostly sell long stays ({course}, {wk} weeks).",
                      "The exam course is short (Cambridge Exam Preparation, 8 weeks)."],
    "price-per-week": ["The standard course costs £{price} per week ({yr}).",
                       "In {town} the price is €{price} per week ({yr} price list).",
                       "Intensive English costs £{price} per week ({yr}), before the agent discount."],
    "price-per-year": ["The Academic Year Programme costs £{fee} per year ({ay}).",
                       "The fee for a full academic year rose to €{fee} ({yr})."],
    "exam-version": ["Most learners take IELTS Academic ({yr}) before applying to university.",
                     "Teachers still call it the revised FCE (2015) in class.",
                     "The school prepares students for IELTS General Training ({yr} format)."],
    "exam-name": ["Students aim for Cambridge B2 First or C1 Advanced (CAE) at the end of the course.",
                  "Universities in {town} accept PTE Academic (minimum 58) and TOEFL iBT.",
                  "The Trinity ISE II exam (B2) is popular with Italian schools."],
    "exam-score": ["Most universities ask for IELTS {band} (no band below 5.5).",
                   "Applicants need a Duolingo English Test score of {det} (DET {det}).",
                   "The pathway requires PTE Academic 59 (or IELTS {band})."],
    "cefr-level": ["Students must arrive with at least a {cefr} level (CEFR).",
                   "Classes run from elementary to advanced (A2–C1).",
                   "The average learner moves one level in twelve weeks (B1 to B2)."],
    "app-version": ["Duolingo Max ({yr}) added AI role-play to the subscription.",
                    "The relaunch as Busuu 2.0 changed the whole onboarding.",
                    "The Android app (version {ver}) fixed the streak bug."],
    "app-launch": ["Babbel Live (2021) added online classes with teachers.",
                   "italki launched group classes ({yr}) to compete with schools.",
                   "The Duolingo English Test (launched 2016) is now accepted by many universities."],
    "school-town-year": ["The group opened its second school in Ireland (Dublin, 2019).",
                         "{B} later added a junior centre ({town}, {yr}).",
                         "The first franchise opened abroad (Valencia, {yr})."],
    "campus-year": ["Most adults study at its St Julian's campus (2017).",
                    "The new {town} campus ({yr}) has twenty classrooms and a student lounge.",
                    "Juniors are taught at the Gozo centre (opened {yr})."],
    "visa-route": ["Many students stay after their degree on the Graduate Route (2021).",
                   "Non-EU learners in Ireland study on a Stamp 2 permission (25 weeks).",
                   "Short courses use the Short-term Study visa (up to 11 months)."],
    "visa-change": ["Demand fell after the dependants rule change (January 2024).",
                    "Canada's cap on study permits ({yr}) moved students to Malta and Ireland.",
                    "Schools lost students when the English-language concession ended (September {yr})."],
    "student-weeks": ["Malta recorded {sw} student weeks ({yr}).",
                      "The sector sold fewer weeks than before the pandemic ({yr} student weeks).",
                      "Brazil was the largest market by volume ({sw} student weeks in {yr})."],
    "enrolment-figures": ["Enrolments grew by {pct}% ({yr} enrolments).",
                          "The school welcomed {k} juniors ({yr} figures).",
                          "Korean learners were {pct}% of the total (2022 enrolments)."],
    "agent-commission": ["Agents receive a standard commission (25%, {yr}).",
                         "Top agents earn more (commission: {comm}% plus bonus).",
                         "The school pays {comm}% on tuition only ({yr} agent contract)."],
    "agent-fair": ["The sales team met {n} agents at ICEF Berlin {yr}.",
                   "The director attended the ALPHE workshop (London, {yr}).",
                   "Most new partners were found at ICEF Miami ({yr}) and WYSE."],
    "accreditation": ["The school has been Accredited by the British Council (2022) since its inspection.",
                      "It is a member of Eaquals (since 2014) and of English UK.",
                      "Its courses are ACELS-recognised (Ireland, {yr})."],
    "award": ["The school won at the Star Awards {yr} in the agents' vote.",
              "Its teacher app was shortlisted for the ELTons (2019).",
              "The {town} school was named Language School of the Year (Study Travel Star Awards {yr})."],
    "stock-ticker": ["Duolingo is listed in New York (NASDAQ: DUOL).",
                     "Pearson is quoted in London (LSE: PSON) and New York.",
                     "IDP is listed in Australia (ASX: IEL)."],
    "homestay-price": ["A single room in homestay costs £{hs} per week (half board).",
                       "Homestay in {town} is €{hs} a week ({yr}), plus a placement fee.",
                       "Families receive a fixed payment (£{hs} per student per week)."],
    "slogan": ["EF's slogan, ‘Learn a language. Live the world.’, still appears on the brochures.",
               "Duolingo's promise, “Free. Fun. Effective.”, is on the home page.",
               "The campaign line was 'Your English, your way'."],
    "course-strapline": ["The junior brochure is titled “English, sun and friends”.",
                         "The course strapline, ‘Study in the morning, explore in the afternoon’, is used in every market.",
                         "Its business course is sold as 'English for the boardroom'."],
    "year-figures": ["Bookings from {mkt} returned to normal ({yr} levels).",
                     "Revenue per student was lower ({yr} revenue: £{k}m).",
                     "The number of agents also grew ({yr} partners: {n})."],
    "percent-year": ["Online bookings increased (+{pct}% on {yr}).",
                     "Japanese enrolments fell sharply (−{pct}%, {yr})."],
    "fiscal-year": ["Subscription revenue grew strongly (FY{yr}).",
                    "The company reported its best year (financial year {ay}).",
                    "Adjusted operating profit rose (H1 {yr})."],
    "daily-users": ["The app has a very large audience ({dau}m DAUs, Q{q} {yr}).",
                    "Paid subscribers reached a record ({dau}m, {yr})."],
    "survey-sample": ["Most students were satisfied (end-of-course survey, n = {n}, {yr}).",
                      "Agents preferred fast replies (agent survey {yr}, n = {n})."],
    "term-dates": ["The main season is short (Summer {yr}: 1 July – 23 August).",
                   "Courses start every Monday (except 25 December – 1 January)."],
    "junior-age": ["The junior centres accept younger students (Junior Summer, ages 12–17).",
                   "Adult courses are open to all (aged 16+)."],
    "lesson-format": ["The standard week is intensive (20 × 45-minute lessons).",
                      "Classes are small (max. 12 students per class).",
                      "The timetable is fixed (09:00–12:30, Monday to Friday)."],
    "accommodation-rate": ["Residence rooms are the most expensive option (en-suite, {yr} rates).",
                           "Students can book the new residence (Liberty Dublin, {yr} intake).",
                           "Shared apartments cost less (twin room, self-catering)."],
    "nationality-mix": ["The nationality mix is balanced (Brazil 18%, Italy 12%, Spain 9%).",
                        "Summer classes are mostly European (Italy, Spain, France).",
                        "The largest source markets were Latin American ({mkt}, {mkt2})."],
    "source-market-year": ["The biggest single market was South American (Brazil, {yr}).",
                           "Growth came from a new market ({mkt}, {yr})."],
    "exchange-rate": ["Prices in sterling look high for Europeans (€1 = £0.86, {yr}).",
                      "The weak real made the UK expensive (BRL 6.2 per GBP, {yr})."],
    "ranking": ["The city is popular with students (ranked {rank}, QS Best Student Cities {yr}).",
                "The school is well rated by agents (ranked {rank} in the agent survey)."],
    "scholarship": ["Some students come with government funding (Chevening, {yr}).",
                    "Saudi learners are often sponsored (KASP scholarship, {yr} cohort)."],
    "programme-period": ["EU mobility funding continues under Erasmus+ (2021–2027).",
                         "Irish schools benefited from the ILEP list ({yr} review)."],
    "founding-year": ["The school has a long history (founded 1965).",
                      "{B} is a family business (est. {yr}).",
                      "It is one of the oldest schools in {town} (since 1974)."],
    "social-followers": ["The Instagram account grows fast ({k}k followers, {yr}).",
                         "The TikTok channel reached a young audience ({k}k views in {wk} weeks)."],
    "hashtag-campaign": ["The destination campaign #StudyInIreland ({yr}) used student creators.",
                         "Visit Malta's #MoreToExplore ({yr}) was shared by many schools."],
    "store-rating": ["The app is well reviewed (4.7 stars, App Store, {yr}).",
                     "Ratings dropped after the update (3.9 on Google Play, {yr})."],
    "intake": ["Most pathway students start in autumn (September {yr} intake).",
               "The CAS deadline is early (31 July {yr})."],
    "class-schedule-price": ["Evening classes are cheaper (Tuesday and Thursday, £{price} per term).",
                             "One-to-one lessons are sold in packs (10 hours, €{price})."],
    "placement-test": ["Every learner takes a test on arrival (Oxford Placement Test, {yr} version).",
                       "The online test places students by level (Linguaskill, {cefr})."],
    "quarter-bookings": ["Bookings are seasonal (Q{q} {yr}: {pct}% of the year).",
                         "Agent bookings peaked early (Q1 {yr})."],
    "teacher-qualification": ["All teachers hold a recognised qualification (CELTA or Trinity CertTESOL).",
                              "Senior teachers are DELTA-qualified (Module 1, {yr})."],
}  # fmt: skip
