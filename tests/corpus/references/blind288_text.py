"""The blind288 pool's prose: marketers at driving schools and instructor franchises, motoring organisations,
car-insurance and telematics firms, learner apps, licensing bodies and used-car and car-subscription firms in the
UK, Ireland, Australia and New Zealand, writing CIM Level 6 and 7 reports and MBA assignments on learner-driver,
young-driver, insurance and digital-channel marketing.

Frames use ``{N}``, ``{P}``, ``{Q}``, ``{C}``, ``{O}``, ``{B}`` and the fill values, and these of its own (see
``values``): {ctr} a test centre, {car} a car model, {pr} a pass rate, {fee} a fee, {wk} weeks, {les} a lesson's
price, {prem} a premium, {ver} an app version, {fy} a financial year, {st} a state or county, {cpp} cars per 1,000
people. Decoys are brackets, years and figures of this trade that cite nothing. Written without reading the checker.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["the AA Driving School", "BSM", "RED Driving School", "Bill Plant Driving School", "PassMeFast", "Zutobi",
          "Driving Test Success", "the RAC", "Green Flag", "Admiral", "Marmalade", "Ingenie", "Direct Line",
          "Young Marmalade", "NRMA", "RACV", "the AA New Zealand", "Cazoo", "Cinch", "Motorpoint", "Onto"]  # fmt: skip

NARRATIVE_START = [
    "{N} found that {C}.", "{N} argue that {C}, which matters for {B}.", "{N} showed that {C}.",
    "{N} reported that {C} among learner drivers.", "{N} suggests that {C}.", "{N} concluded that {C}.",
    "{N} noted that {C}, particularly in rural areas.", "{N} warned that {C}.",
    "{N} points out that {C} – a finding {B} should not ignore.", "{N} observed that {C} in New Zealand as well.",
]  # fmt: skip
NARRATIVE_MID = [
    "{O}, {N} found that {C}.", "As {N} explain, {C}.", "This is consistent with {N}, who found that {C}.",
    "{C}, as {N} noted.", "According to {N}, {C}.", "In a study of Irish learners, {N} found that {C}.",
    "{B} could learn from {N}, who showed that {C}.", "Research by {N} suggests that {C}.",
    "{C}; {N} reached a similar conclusion for Australian drivers.", "Data from {N} show that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study found that {C}.", "{O}, {N} findings suggest that {C}.", "Using {N} framework, {C}.",
    "{N} report shows that {C}.", "{B} could apply {N} model, since {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For {B}, {C} {P}.", "{C}, especially for {A} {P}.",
    "It is widely accepted that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.", "In short, {C} {P}.",
    "This matters because {C} {P}.", "{C}. {P}",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; even so, {C2}.", "While {C} {P}, {C2}.",
    "Because {C} {P}, {B} should make sure that {C2}.", "Studies {P} agree that {C}.",
]  # fmt: skip
CLAIMS = [
    "young drivers are far more likely to crash in their first year on the road",
    "telematics policies lower premiums for careful drivers", "{A} compare quotes on price comparison sites first",
    "learners who practise with a parent take fewer lessons", "black-box insurance improves young drivers' behaviour",
    "{B} wins most of its pupils through word of mouth", "learner apps help pupils pass the theory test first time",
    "trust is the main driver of switching in motor insurance", "{T} builds {R} among {A}",
    "long waits for a driving test push learners to book crash courses", "{A} value flexible lesson booking",
    "instructor shortages hold back growth in the driving-school market", "car subscription appeals to urban drivers",
    "online used-car retailers struggled to make a profit", "fear-based road-safety advertising has limited effect",
    "graduated licensing reduces crashes among novice drivers", "parents influence which insurer a young driver picks",
]  # fmt: skip
OPENERS = ["However", "In the UK", "In Ireland", "In Australia", "For {B}", "In addition", "By contrast",
           "Since the pandemic", "For young drivers", "In the case of {B}", "Similarly", "In New Zealand"]  # fmt: skip
PLAIN = [
    "{B} offers lessons in manual and automatic cars across the country.", "{O}, {C}.",
    "The table below compares {B} with its three main competitors.", "A PESTLE analysis is included in the appendix.",
    "{B}'s app lets pupils book and pay for lessons and track their progress.",
    "The recommendations are costed and phased over twelve months.",
    "Most of {B}'s new customers are aged 17 to 24 and live in cities.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one marketing text puts it, {Q} {P}.", "It has been argued that {Q} {P}.",
    "{B} appears to accept that {Q} {P}.", "One review concluded that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘learner anxiety’", "‘test-ready’", "‘pay how you drive’", "‘crash course’", "‘loyalty penalty’",
                "'price walking'", "“phygital”", "‘safe driver’", "‘instructor churn’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} markets itself as the answer to {Q} {P}.", "So-called {Q} is a growing concern for insurers {P}.",
    "The term {Q} is used loosely in the driving-school sector {P}.", "Critics describe this as {Q} {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your theory test is in 3 days – are you ready?’", "‘Pass first time with 10% off your block booking’",
                 "“Your renewal quote is ready”", "‘Learner? Get covered in minutes’", "'New: mock tests in the app'",
                 "‘Your driving score this week’"]  # fmt: skip
SUBJECT_FRAMES = [
    "The email {Q} had the highest open rate {P}.", "{B} sent {Q} to lapsed learners {P}.",
    "Push notifications such as {Q} work because they create urgency {P}.",
]  # fmt: skip

NOT_CITATIONS = {
    "figures": ["Most pupils booked online (n = {n}).", "The pass rate fell ({pr}% in {fy}).", "Lesson bookings peaked in spring (Q{q} {Y})."],
    "noun-year": ["The theory test was brought in across Great Britain (1996).", "{B}'s first TV advert (autumn {Y}) featured a nervous learner."],
    "year-noun": ["Bookings rose sharply ({Y} figures).", "The firm made a loss ({fy} results: £{n}m)."],
    "pass-rate-centre": ["Pass rates vary widely by centre ({ctr}, {Y}).", "The lowest pass rate was at one London centre (Wood Green, 2023).",
                         "Rural centres pass more candidates ({ctr}: {pr}%)."],
    "pass-rate-year": ["The national practical pass rate stayed low ({pr}% in {fy}).", "Female candidates passed slightly more often ({pr}%, {Y})."],
    "waiting-time": ["Learners waited months for a test ({wk} weeks, {Y}).", "Waiting times in Ireland peaked ({wk} weeks in {Y})."],
    "test-fee": ["The practical test fee is fixed (£62, weekday).", "Booking fees were charged by resale sites (£{fee}, {Y})."],
    "lesson-price": ["Lesson prices rose with fuel costs (£{les} per hour, {Y}).", "{B} charges a premium for automatics (£{les}/hr in {Y})."],
    "licence-category": ["Most learners apply for a car licence (category B).", "Learners must display L plates (or D plates in Wales).",
                         "New drivers in Northern Ireland display R plates (for one year)."],
    "permit": ["Irish learners hold a permit (first learner permit, 2 years).", "NSW learners need 120 hours logged (including 20 at night)."],
    "rule-change": ["The rules changed for all road users (the Highway Code, 2022).", "Graduated licensing was tightened in New Zealand (2007)."],
    "hpt": ["The hazard perception test (2002) added a video element to the theory test.", "The theory test now uses CGI clips (since 2015)."],
    "car-model": ["Most instructors now drive a small hatchback (a {Y} Ford Fiesta).", "The school's fleet is mainly automatic (the Vauxhall Corsa, 2020)."],
    "car-year": ["Learners often buy an older car ({car}, {Y}).", "The most popular first car was a supermini ({car} {Y})."],
    "premium-age": ["Premiums are highest for the youngest drivers (age 17–24, 2023).", "Average quotes fell after the peak (£{prem}, aged 17–20)."],
    "premium-year": ["Motor premiums rose by a third (£{prem} in {Y}).", "Young drivers paid far more (£{prem} average, {fy})."],
    "app-version": ["The telematics app was rebuilt (the Marmalade app 3.1).", "{B} added trip scoring to its app (version {ver})."],
    "black-box": ["The first black boxes were fitted behind the dashboard (model {ver}).", "Policyholders can now use a plug-in device (Gen {q})."],
    "campaign-year": ["The government's road-safety brand is well known (THINK!, 2000).", "The seat-belt campaign is still remembered (“Clunk Click”, 1971)."],
    "campaign-strapline": ["The RSA's campaign used a blunt line (‘Slow Down’, {Y}).", "NZ's drink-driving advert went viral (‘Legend’, 2011)."],
    "slogan": ["{B}'s tagline, ‘Pass with confidence’, runs on every channel.", "The strapline ‘Drive safe, pay less’ sums up the telematics offer."],
    "instructor-grade": ["Most of {B}'s instructors are highly rated (ADI Grade A).", "Trainees must pass three tests first (ADI Part 3, {Y})."],
    "test-centre-town": ["Candidates often travel to quieter centres (Goodmayes, Essex).", "Many Dublin learners test elsewhere (Mullingar, Westmeath)."],
    "cars-per-people": ["Car ownership is high in New Zealand (869 per 1,000 people).", "Ireland has fewer cars than the UK ({cpp} per 1,000, {Y})."],
    "award": ["{B} won a trade award (the Driving Instructors Association Awards 2024).", "The app was shortlisted for an award (British Insurance Awards {Y})."],
    "ticker": ["Admiral is listed in London (LSE: ADM).", "Direct Line's shares fell after the profit warning (LSE: DLG).",
               "IAG trades in Sydney (ASX: IAG)."],
    "tests-taken": ["Demand has never been higher (1.9 million tests taken in {fy}).", "More learners sat the theory test (2023 tests taken)."],
    "quoted-slogan": ["Its radio advert ended with ‘Don't wait, book today’ ({Y}).", "Onto's launch slogan was ‘All-inclusive car subscription’."],
    "financial-year": ["Profits recovered ({fy}).", "The group's motor book shrank (FY{q}{q})."],
    "legislation": ["Learners must be supervised under the Road Traffic Act 1988.", "The Road Traffic Act 2010 lowered Ireland's drink-drive limit."],
    "regulation": ["Insurers must offer renewing customers fair prices (GIPP rules, 2022).", "Firms must act in customers' interests (the Consumer Duty, 2023)."],
    "abbreviation": ["The Approved Driving Instructor (ADI) register lists every instructor.", "Learners take the Essential Driver Training (EDT) course."],
    "cross-reference": ["The customer journey is mapped in the appendix (Appendix {q}).", "See the competitor table (Table {q}) for prices."],
    "handle-or-address": ["Pupils can follow the school on TikTok (@passfirsttime).", "Bookings are taken online (www.example-driving.co.uk)."],
    "speed-limit": ["Learners must keep to local limits (30 mph in towns).", "The default urban limit in Wales fell (20 mph, 2023)."],
    "age-limit": ["Learners can start driving younger in NZ (age 16).", "Young drivers can get a provisional licence early (from 15 years and 9 months)."],
    "state": ["Learner rules differ between states ({st}, {Y}).", "Test rules are set locally ({st}: 50 hours)."],
    "price-comparison": ["Most young drivers compare quotes first (4 in 5, {Y}).", "Comparison sites earn a fee per sale (£{fee} each)."],
    "claim-frequency": ["Young drivers claim more often (1 in {q}0).", "Claims costs rose after the pandemic (£{n}m in {Y})."],
    "fleet-size": ["{B} runs a large training fleet ({n} cars, {Y}).", "The franchise has grown fast ({n} instructors in {fy})."],
    "used-car-price": ["Used-car prices peaked after the chip shortage (£{n}00 average, {Y}).", "Cazoo sold cars at a loss (£{n}0 per car, {Y})."],
    "subscription-price": ["Car subscription is not cheap (£{n} per month).", "Onto's cheapest plan included insurance (£{n}/month, {Y})."],
    "breakdown-cover": ["The RAC offers roadside cover at a low price (from £{q}.99 a month).", "Green Flag's basic cover is cheaper ({Y} price)."],
    "survey-n": ["Learners were surveyed online (n={n}, aged 17–24).", "The panel was weighted by region (n = {n}, {Y})."],
    "nct": ["Every car over four years old needs a test (the NCT).", "Older cars need an MOT every year (from year 3)."],
    "theory-questions": ["The theory test has two parts (50 questions, pass mark 43).", "The Irish theory test has 40 questions (35 to pass)."],
    "crash-stats": ["Young drivers are over-represented in crashes (1 in {q}, {Y}).", "Road deaths rose in New Zealand ({n} in {Y})."],
    "time-window": ["Lessons are booked at peak times (4pm–7pm).", "Test slots are released early (6am, Mondays)."],
    "points-limit": ["New drivers lose their licence at six points (within 2 years).", "Learners face points for driving unaccompanied (penalty points, {Y})."],
}  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    year = rng.randint(2015, 2024)
    return {
        "ctr": rng.choice(["Wood Green", "Goodmayes", "Barnet", "Belvedere", "Finglas", "Tallaght", "Mullingar",
                           "Penrith", "Botany", "Manukau", "Lower Hutt", "Garston", "Gillingham"]),
        "car": rng.choice(["Ford Fiesta", "Vauxhall Corsa", "Toyota Yaris", "VW Polo", "Nissan Micra", "Mazda 2"]),
        "pr": f"{rng.randint(38, 62)}.{rng.randint(0, 9)}", "fee": str(rng.randint(15, 90)),
        "wk": str(rng.randint(8, 26)), "les": str(rng.randint(30, 55)), "prem": f"{rng.randint(1, 3)},{rng.randint(100, 999)}",
        "ver": f"{rng.randint(2, 6)}.{rng.randint(0, 9)}", "fy": f"{year}/{str(year + 1)[2:]}",
        "st": rng.choice(["NSW", "Victoria", "Queensland", "WA", "Tasmania"]), "cpp": str(rng.randint(440, 720)),
    }  # fmt: skip
