"""The blind366 pool's prose: marketers at recruitment agencies, job boards, employer-branding consultancies,
graduate schemes, HR-technology platforms and staffing firms in the UK, Ireland, the Netherlands, South Africa, India
and New Zealand writing CIM Level 6 and 7 reports and MBA assignments in English.

Written without reading the checker or any other pool. Frames use the common fill values ({B}, {Y}, {n}, {q}...)
and these of this pool's own (see ``values``): {aud} an audience of jobseekers, {res} a recruitment result, {tac} a
tactic, {pl} a job board or platform, {rf} a recruitment firm, {city} a city, {sal} and {sal2} a salary band in
thousands, {pc} and {pc2} percentages, {Y3} a recent year, {yy} the two digits of the year after it, {mo} a month,
{lakh} a salary in lakh, {rand} a South African salary in thousands, {hrs} two digits, {Y0} a year some years before
{Y3}, {hh} a social handle.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Hays", "PageGroup", "Michael Page", "Robert Walters", "Reed", "Randstad", "Adecco", "Cpl", "Sigmar",
          "Morgan McKinley", "Tempo-Team", "Adcorp", "TeamLease", "Quess", "Naukri", "Indeed", "LinkedIn", "Totaljobs",
          "IrishJobs.ie", "PNet", "CareerJunction", "SEEK", "Trade Me Jobs", "Bright Network", "Milkround",
          "Gradcracker", "Workday", "SmartRecruiters", "Teamtailor", "HireVue", "Harvey Nash", "Tiro", "Hudson NZ",
          "Deloitte", "KPMG", "Unilever", "Aldi UK", "Lidl Ireland", "Standard Bank", "Infosys", "Air New Zealand",
          "Fonterra", "Heineken", "ING", "Bank of Ireland", "Woolworths SA", "McDonald's UK"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """This pool's own fill values, drawn after the common ones."""
    year = rng.randint(2019, 2025)
    low = rng.randint(21, 58)
    return {
        "aud": rng.choice(["graduates", "passive candidates", "Gen Z jobseekers", "career changers", "returners",
                           "contractors", "school leavers", "experienced hires", "international students",
                           "frontline workers", "neurodivergent applicants", "software engineers"]),
        "res": rng.choice(["application rates", "quality of hire", "offer acceptance", "time to hire", "cost per hire",
                           "candidate satisfaction", "first-year retention", "referral rates", "apply-to-interview ratios",
                           "employer awareness"]),
        "tac": rng.choice(["employee advocacy", "programmatic job advertising", "video job adverts", "LinkedIn InMail",
                           "careers-site content", "referral schemes", "campus ambassadors", "salary ranges in adverts",
                           "chatbot screening", "TikTok recruitment content", "virtual assessment centres",
                           "talent communities", "employee stories on Instagram"]),
        "pl": rng.choice(["LinkedIn", "Indeed", "Glassdoor", "Totaljobs", "Reed.co.uk", "IrishJobs.ie", "Jobs.ie",
                          "Naukri", "foundit", "PNet", "CareerJunction", "SEEK", "Trade Me Jobs", "Nationale Vacaturebank",
                          "Bright Network", "Handshake", "Milkround"]),
        "rf": rng.choice(["Hays", "PageGroup", "Robert Walters", "Reed", "Randstad", "Adecco", "Cpl", "Sigmar",
                          "Morgan McKinley", "TeamLease", "Quess", "Adcorp", "Tempo-Team", "Robert Half"]),
        "city": rng.choice(["London", "Manchester", "Leeds", "Dublin", "Cork", "Galway", "Amsterdam", "Rotterdam",
                            "Utrecht", "Johannesburg", "Cape Town", "Durban", "Bengaluru", "Mumbai", "Pune",
                            "Hyderabad", "Auckland", "Wellington", "Christchurch"]),
        "sal": str(low), "sal2": str(low + rng.randint(4, 18)),
        "pc": str(rng.randint(4, 78)), "pc2": str(rng.randint(4, 78)),
        "Y3": str(year), "yy": f"{(year + 1) % 100:02d}", "Y0": str(year - rng.randint(3, 12)),
        "hh": rng.choice(["LifeAtWork_UK", "CareersIE", "GradsZA", "earlycareers_nz", "TalentTeamNL", "JoinUsIndia"]),
        "mo": rng.choice(["January", "February", "March", "April", "May", "June", "July", "September", "October",
                          "November"]),
        "lakh": str(rng.randint(3, 28)), "rand": str(rng.randint(180, 950)), "hrs": str(rng.randint(10, 99)),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argue that {C}.", "{N} found that {C}, although their sample was drawn from {aud} in {city}.",
    "{N} concluded that {C}.", "{N} suggests that {C}, which matters for {B}'s graduate scheme.",
    "{N} showed that {C} and that {C2}.", "{N} identified three EVP attributes that shape {res} and found that {C}.",
    "{N} makes the point that {C}.", "{N} reported that {C} across {n} job adverts.",
    "{N} warn that {C}, especially in tight labour markets.", "{N} observed that {C}; {B} appears to have taken note.",
    "{N} describe the employer brand as a promise and argue that {C}.", "{N} noted that, since {Y3}, {C}.",
    "{N} recommends that recruiters test {tac} because {C}.", "{N} questioned whether {C}.",
    "{N} highlight that {C} for {aud}.", "{N} states that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In a study of {aud}, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is consistent with {N}, who found that {C}.", "{C}, which supports {N}.", "{C} – a view shared by {N}.",
    "As {N} point out, {C}.", "According to {N}, {C}.", "Research by {N} suggests that {C}.",
    "{B} is a good example: {N} showed that {C}.", "A survey carried out by {N} found that {C}.",
    "{C}; however, {N} found the opposite for {aud}.", "Data published by {N} show that {C}.",
    "Evidence from {N} suggests that, for {aud}, {C}.", "{C}, according to {N}.",
    "It could be argued, following {N}, that {C}.", "In the South African context, {N} found that {C}.",
    "Writing about Indian IT services firms, {N} noted that {C}.", "For Irish employers, {N} suggest that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Using {N} framework, it is clear that {C}.", "{O}, {N} survey found that {C}.",
    "{B} could apply {N} model of employer attractiveness, since {C}.", "{N} findings are relevant here because {C}.",
    "This reflects {N} argument that {C}.", "{N} report concluded that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For {aud}, {C} {P}.", "This matters because {C} {P}.",
    "{B} is no exception, since {C} {P}.", "{C}, particularly on mobile {P}.", "It is often claimed that {C} {P:see}.",
    "Several studies report that {C} {P:e.g.}.", "{C} (as Figure {q} shows) {P}.", "In short, {C} {P}.",
    "A key point for {B} is that {C} {P}.", "{C}. {P}", "{C} {P:see also}.",
    "Three factors drive this: pay, flexibility and the fact that {C} {P}.", "Labour-market data confirm this: {C} {P}.",
    "{C}, which is why {B} invests in {tac} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{C} {P:see}, whereas {C2}.",
    "Because {C} {P}, {B} should make sure that {C2}.", "Some authors {P:e.g.} argue that {C}.",
    "{C} {P}: this means that {C2}.", "Studies {P} agree that {C}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{aud} research an employer on {pl} before they apply", "{tac} improves {res} more than paid advertising does",
    "a clear employee value proposition lowers the cost of hiring", "salary ranges in job adverts raise {res}",
    "long application forms push {aud} to drop out", "{aud} trust current employees more than recruiters",
    "employer review sites shape how {aud} see a firm", "the candidate experience affects consumer purchase intentions",
    "staffing firms compete on speed rather than on price", "{B} relies on {pl} more than its rivals do",
    "AI screening can reproduce bias if it is trained on past hires", "a weak employer brand raises the salary premium needed to hire",
    "{aud} expect flexible working as standard", "rejected candidates who are treated well still recommend the firm",
    "graduate schemes compete on development rather than pay", "job adverts written in gender-neutral language attract more women",
    "recruitment agencies add most value in skills-short markets", "{tac} only works when it reflects the lived experience of staff",
    "the staffing market follows the economic cycle closely", "employer branding is a shared task for marketing and HR",
    "ghosting by employers damages {res}", "{aud} in {city} are more mobile than they were before the pandemic",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In the UK", "In Ireland", "In South Africa",
    "In India", "In the Netherlands", "In New Zealand", "For {B}", "Since the pandemic", "In the context of {B}",
    "From the candidate's perspective", "Nevertheless", "As a result", "In the staffing sector", "Overall",
    "Looking at {B}'s competitors", "For graduate recruiters",
]  # fmt: skip
PLAIN = [
    "{B} recruits around {n} graduates a year across its offices.", "This section evaluates {B}'s employer brand and careers site.",
    "The table below summarises {B}'s recruitment channels and their cost per hire.", "{O}, {C}.",
    "{B}'s careers page has a video, a salary calculator and a live chat.", "The recommendations are phased over eighteen months.",
    "A PESTLE analysis of the recruitment market is included in the appendix.",
    "Task 2 builds on this by proposing a candidate journey map.", "The main competitors are {rf} and two smaller specialist agencies.",
    "{B} advertises most roles on {pl} and its own careers site.", "Interviews were held with four hiring managers and two recruiters.",
    "The brief asks for an employer-branding plan for {B}'s early-careers team.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one HR text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.", "{N} put it simply: {Q}.",
    "{B} seems to accept that {Q} {P}.", "Recruiters are reminded that {Q} {P}.", "{Q} {P}; this report agrees.",
    "In the words of {N}, {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["‘quiet quitting’", "‘the Great Resignation’", "‘ghosting’", "‘boomerang hires’", "‘job hugging’",
                "‘quiet hiring’", "'Open to Work'", "“rockstar”", "‘culture fit’", "‘bare minimum Mondays’",
                "'talent war'", "‘employer of choice’", "“ninja”", "‘hustle culture’", "‘rage applying’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} has been accused of {Q} {P}.", "Recruiters now talk about {Q} {P}.", "So-called {Q} worries employers {P}.",
    "Adverts that use words like {Q} put off {aud} {P}.", "The term {Q} is used loosely in the sector {P}.",
    "Many {aud} see {Q} as a warning sign {P}.", "Commentators link {Q} to falling engagement {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your application to {B}: next steps’", "‘We’re hiring: Graduate Recruitment Consultant’",
                 "“Quick question about your next move”", "‘Hi Priya, a role that matches your profile’",
                 "‘Your assessment centre invitation’", "‘Still looking? 12 new jobs in {city}’",
                 "“Thanks for applying – here’s what happens next”", "'Join our talent community'",
                 "‘Your video interview link expires tomorrow’", "‘Be part of the {Y3} intake’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A message headed {Q} lifted reply rates {P}.", "{B} sends {Q} to every applicant {P}.",
    "Short, personal copy such as {Q} performs well with {aud} {P}.", "An InMail titled {Q} was opened by most recipients {P}.",
    "Testing {Q} against a plainer subject line showed a clear winner {P}.", "Job alerts like {Q} drive repeat visits {P}.",
]  # fmt: skip

# Text with brackets, years, figures and names that is no citation: what these candidates write beside their sources.
NOT_CITATIONS = {
    "job-title-salary": [
        "{B} is hiring a Talent Acquisition Partner (£{sal}k–£{sal2}k, {Y3}) to lead its campus work.",
        "The Recruitment Consultant role (£{sal},000 basic + OTE, {mo} {Y3}) is advertised on {pl}.",
        "An Employer Brand Manager in {city} earns about €{sal2},000 (advertised {Y3}).",
    ],
    "salary-band": [
        "Graduate starting salaries rose again (£{sal}k median, {Y3}).", "Trainee consultants start on a low base (£{sal}k in {Y3}, plus commission).",
        "Pay for HR business partners varies widely (€{sal}k–€{sal2}k, {Y3}).",
    ],
    "top-employer": [
        "{B} was certified a Top Employer in the Netherlands (Top Employer {Y3}).", "The firm promotes its Top Employer {Y3} badge on every advert.",
        "{B} has held Top Employer status in South Africa since {Y0} (renewed {Y3}).",
    ],
    "award": [
        "{B}'s careers site won an award (RAD Awards {Y3}: Best Careers Website).",
        "The campaign was shortlisted twice (Recruiter Awards {Y3}; CIPD People Management Awards {Y3}).",
        "{B} made the best-places-to-work lists again (Best Places to Work {Y3}, UK).",
    ],
    "graduate-intake": [
        "{B} took on {n} graduates (September {Y3} intake).", "The {Y3} cohort (Class of {Y3}) started in two waves.",
        "Applications for the scheme opened early ({Y3}/{yy} intake).",
    ],
    "ranking-position": [
        "{B} rose to fourth place in the graduate employer rankings ({Y3}).", "The bank was ranked among the most attractive employers (No. {q}, {Y3}).",
        "{B} has stayed in the top ten ({Y0}–{Y3}) for business students.",
    ],
    "platform-feature": [
        "LinkedIn added the green ‘Open to Work’ frame (June 2020) for members looking for jobs.",
        "Recruiters can now message candidates in bulk (LinkedIn Recruiter, {Y3} release).",
        "{pl} lets employers screen applicants automatically (Smart Screening, launched {Y3}).",
    ],
    "product-version": [
        "The firm moved to a new applicant tracking system (Workday Recruiting, {Y3}R2).",
        "Its chatbot runs on a large language model (GPT-4o, May 2024).", "{B} rolled out a new careers site (version 3.{q}, {mo} {Y3}).",
    ],
    "acquisition": [
        "Microsoft bought LinkedIn (for $26.2bn, 2016) and kept the brand separate.",
        "Recruit Holdings owns both Indeed (acquired 2012) and Glassdoor (acquired 2018).",
        "StepStone took over Totaljobs (2012, from Reed Elsevier) and later rebranded it.",
        "Adecco bought AKKA Technologies (2022) and merged it with Modis to form Akkodis.",
    ],
    "merger-rebrand": [
        "Michael Page became part of a wider group (renamed PageGroup, 2012).",
        "Totaljobs Group now trades under its parent's name (renamed StepStone Group UK in 2022).",
        "The REC was formed by a merger of two trade bodies (2000).",
    ],
    "founder": [
        "Reed was started by a single entrepreneur (Sir Alec Reed, 1960) with one office in Hounslow.",
        "Randstad's founder (Frits Goldschmeding, 1960) began the business while still a student.",
        "Naukri.com began as a side project (founded by Sanjeev Bikhchandani in 1997).",
    ],
    "chief-executive": [
        "LinkedIn's chief executive (Ryan Roslansky, since 2020) leads the shift to skills-based hiring.",
        "The REC's chief executive (Neil Carberry, appointed 2017) speaks for the industry in the media.",
        "The CIPD is led by Peter Cheese (chief executive since 2012).",
        "{B} appointed a new chief people officer ({mo} {Y3}) to lead its EVP work.",
    ],
    "founding-year": [
        "Hays has a long history (founded 1867 as a wharf business in London).", "The CIPD traces its roots to 1913 (as the Welfare Workers' Association).",
        "SEEK started in Melbourne (1997) and entered New Zealand soon after.", "{B} has been in {city} for decades (est. {Y0}).",
    ],
    "survey-wave": [
        "Hiring intentions fell in the latest wave (Q{q} {Y3}).", "Our own pulse survey ran twice (wave {q}, {mo} {Y3}).",
        "Recruiter confidence recovered in the second half (H2 {Y3}).",
    ],
    "index-value": [
        "Demand for staff kept rising (vacancy index: {n}.{q}, {mo} {Y3}).", "Net hiring intentions were positive (+{pc}%, Q{q} {Y3}).",
        "Permanent placements fell for a second month (index 4{q}.{q} in {mo} {Y3}).",
    ],
    "percentage-year": [
        "Most {aud} now apply on a phone ({pc}% in {Y3}, up from {pc2}% in {Y0}).",
        "Agency workers make up a small share of employment ({q}.{q}%, {Y3}).",
        "Only a minority of adverts showed pay ({pc}% of UK postings, {mo} {Y3}).",
    ],
    "unemployment-rate": [
        "South Africa's unemployment rate remains very high (32.{q}%, Q{q} {Y3}).", "Youth unemployment in India stays stubborn ({pc}% among graduates, {Y3}).",
        "Ireland is close to full employment (4.{q}% in {mo} {Y3}).", "New Zealand's jobless rate edged up (4.{q}%, {mo} quarter {Y3}).",
    ],
    "sample-size": ["Most respondents preferred video adverts (n = {n}).", "The interviews covered four firms ({n} candidates, {mo} {Y3}).",
                    "Response rates were low (n={n}; {pc}% response)."],
    "uk-act": [
        "Adverts must not discriminate under the Equality Act 2010.", "The Worker Protection (Amendment of Equality Act 2010) Act 2023 adds a duty to prevent harassment.",
        "Job adverts are covered by the Equality Act 2010 (s. 39), so {B} avoids words like ‘young’ and ‘energetic’.",
    ],
    "uk-regulation": [
        "Agencies must follow the Conduct of Employment Agencies and Employment Businesses Regulations 2003.",
        "Temps gain equal treatment after twelve weeks under the Agency Workers Regulations 2010.",
        "Contractors were affected by the off-payroll rules (IR35, April 2021).",
    ],
    "irish-act": [
        "Irish employers must follow the Employment Equality Acts 1998–2015 when they recruit.",
        "Larger Irish firms now publish pay-gap data under the Gender Pay Gap Information Act 2021.",
        "Non-EEA hires need a permit under the Employment Permits Act 2024.",
    ],
    "south-african-act": [
        "Working hours for temps are capped by the BCEA (the Basic Conditions of Employment Act of 1997).",
        "{B} must handle CVs in line with POPIA (in force since July 2021).", "Its B-BBEE scorecard (Act 53 of 2003) affects which suppliers it uses.",
    ],
    "indian-code": [
        "India's labour codes (notified 2019–2020) are still being phased in by the states.",
        "Candidate data now falls under the DPDP Act 2023.", "Many staffing firms register under the Shops and Establishments Act in each state.",
    ],
    "dutch-law": [
        "Flexible contracts became more expensive under the WAB (Wet arbeidsmarkt in balans, in force since 1 January 2020).",
        "Self-employed contractors are assessed under the Wet DBA (in force since May 2016).", "Dutch adverts must respect the equal treatment law (the Algemene wet gelijke behandeling of 1994).",
    ],
    "new-zealand-act": [
        "Holiday pay rules are set by the Holidays Act 2003.", "Employers must pay the living wage if they hold accreditation (since {Y3}).",
        "Migrant hires now need an accredited employer (AEWV, July 2022).",
    ],
    "eu-law": [
        "Salary ranges will be required in adverts (EU Pay Transparency Directive 2023/970).",
        "Automated rejection raises issues under the GDPR (Art. 22).", "CV-screening tools are high-risk under the AI Act (Regulation (EU) 2024/1689).",
    ],
    "visa-route": [
        "International students can stay on to work (Graduate route, since July 2021).",
        "The salary threshold rose sharply (Skilled Worker visa: £38,700, April 2024).",
        "Irish tech firms rely on the Critical Skills Employment Permit (€{sal2},000 minimum, {Y3}).",
    ],
    "minimum-wage": [
        "Entry-level warehouse jobs pay close to the legal minimum (£11.44 an hour, April 2024).",
        "South African temps are paid at least the national minimum (R27.58 an hour, March 2024).",
        "New Zealand's minimum wage applies to all temps (NZ$23.15, April 2024).", "The Dutch minimum wage is now hourly (€13.27, January 2024).",
    ],
    "indian-salary": [
        "Freshers at IT services firms are offered modest packages (₹{lakh} LPA, {Y3} campus season).",
        "Campus offers rose at the top institutes (median CTC ₹{lakh} lakh, {Y3}–{yy}).",
    ],
    "south-african-salary": [
        "Graduate trainees in Johannesburg earn about R{rand},000 a year ({Y3}).", "Recruiters' commission is often a share of the package (R{rand}k CTC, {Y3}).",
    ],
    "agency-fee": [
        "Agencies usually charge a share of salary (15–20% of first-year base, {Y3}).",
        "{B}'s RPO contract is priced per hire (£{q},{hrs}0 per head, {Y3}/{yy}).",
    ],
    "ticker": [
        "Hays is listed in London (LSE: HAS) and reports in sterling.", "Randstad's shares trade in Amsterdam (Euronext: RAND).",
        "TeamLease is listed on two Indian exchanges (NSE: TEAMLEASE; BSE: 539658).", "Adcorp is one of few listed staffing firms in South Africa (JSE: ADR).",
    ],
    "financial-year": [
        "Net fees fell by a tenth (FY{yy}).", "{B}'s results improved in the second half (H2 FY{Y3}/{yy}).",
        "Indian staffing revenues grew strongly (FY {Y3}-{yy}).",
    ],
    "headcount": [
        "{B} now employs about {n}0 people in {city} ({Y3}).", "The agency grew tenfold (from {n} consultants in {Y0} to {n}0 in {Y3}).",
    ],
    "office-opening": [
        "{B} opened a hub in {city} (March {Y3}) to serve clients across the region.", "The firm closed two branches (Cork and Limerick, {Y3}).",
    ],
    "handle": [
        "{B} answers candidate questions on X (@{hh}) within a day.", "Employees post under a shared hashtag (#LifeAtWork{Y3}).",
        "The graduate team runs its own Instagram account (@{hh}).",
    ],
    "web-address": [
        "All vacancies are on the careers site (careers.example.co.za).", "Candidates apply through one portal (jobs.example.ie).",
        "The early-careers microsite (www.example-grads.co.uk) went live in {Y3}.",
    ],
    "cross-reference": ["The candidate journey map (Appendix {q}) shows six touchpoints.", "See Table {q} (p. {n}) for the cost of each channel.",
                        "This is discussed further in Task 2 (b).", "The persona (Figure {q}) is based on five interviews."],
    "hr-abbreviation": [
        "The employee value proposition (EVP) is built on five pillars.", "{B} moved to recruitment process outsourcing (RPO) in {Y3}.",
        "Every vacancy passes through the applicant tracking system (ATS) before a recruiter sees it.",
        "Time to hire (TTH) and cost per hire (CPH) are reported monthly.",
    ],
    "job-advert-copy": [
        "Many adverts still promise a ‘competitive salary’ (DOE) instead of a figure.", "The advert asks for a ‘self-starter’ (3–5 years' experience).",
        "Its adverts end with the same line (‘We welcome applications from all backgrounds’).",
    ],
    "tagline": [
        "Randstad's brand promise (‘Human Forward’) appears on every careers page.",
        "{B}'s recruitment line (‘Bring your whole self to work’) runs across all channels.",
        "Indeed's slogan (‘We help people get jobs’) is simple and memorable.",
    ],
    "event": [
        "The team exhibited at the CIPD Festival of Work (ExCeL London, June {Y3}).", "{B} hosts a virtual open day each term ({d} {mo} {Y3}).",
        "Graduate fairs peak in the autumn (October–November {Y3}).",
    ],
    "campaign": [
        "{B}'s employer-brand campaign (#WorkWithPurpose, {Y3}) reached {n}k people on LinkedIn.",
        "The ‘Meet our people’ series (launched {mo} {Y3}) features ten employees.",
    ],
    "age-band": ["The scheme targets young people not in work (aged 18–24).", "Most applicants were Gen Z (born 1997–2012).",
                 "Returners tend to be older (45+), and {B} now runs a returnship for them."],
    "application-window": [
        "Applications close early in the year (closing date: {d} {mo} {Y3}).", "The scheme recruits on a rolling basis (1 September–{d} November).",
    ],
    "job-reference": ["Each advert carries a reference (Ref: GRD-{n}-{Y3}).", "Candidates quote the requisition number (Req ID {n}{q}{q}) when they apply."],
    "working-pattern": [
        "Most roles are hybrid (three days in the office).", "Temps are often on short assignments (12-week contract, {Y3}).",
        "{B} now offers a four-day week (pilot from {mo} {Y3}).",
    ],
    "recruitment-metric": [
        "{B} fills roles faster than the sector (time to hire: {q}{q} days, {Y3}).", "Cost per hire fell after the new ATS (£{n}0 in {Y3}).",
        "The offer acceptance rate changed ({pc}% in {Y3} vs {pc2}% in {Y0}).",
    ],
    "employer-rating": [
        "Employees rate the firm well (4.{q}/5 from {n} reviews, {mo} {Y3}).", "Its CEO approval score is high ({pc}%, {Y3}).",
    ],
    "bbbee-level": [
        "{B} is a Level 1 B-BBEE contributor ({Y3} verification).", "Clients prefer suppliers with a strong scorecard (Level {q}, {Y3}).",
    ],
    "qualification": [
        "The author is studying for a CIM qualification (Level 7 Postgraduate Diploma, {Y3} cohort).",
        "Junior recruiters take an entry course (REC Level 3 Certificate in Recruitment Practice).", "HR graduates are at NQF level 7 (bachelor's degree).",
    ],
    "apprenticeship": [
        "{B} hires school leavers as apprentices (Level 3 Recruitment Resourcer, ST0{n}).",
        "The levy pays for most of the training (apprenticeship levy, 0.5% of paybill since 2017).",
    ],
    "standard": [
        "The firm reports people metrics to an international standard (ISO 30414:2018).",
        "{B}'s assessment centre follows a British Standard (BS 76005:2017).",
    ],
    "registration-number": [
        "The agency is licensed in Ireland (licence no. {n}{q}).", "{B}'s UK entity is a private company (company number 0{n}{n}).",
    ],
    "government-scheme": [
        "Placements were funded by Kickstart (2020–2022) for young people on Universal Credit.",
        "The Youth Employment Service (YES, launched 2018) places young South Africans in first jobs.",
        "Skill India (launched in 2015) aims to train millions of young people.", "New Zealand's Mana in Mahi scheme (2018) pays wage subsidies.",
    ],
    "hiring-season": [
        "Applications spike after the holidays (‘new year, new job’, January {Y3}).", "Temp demand peaks before Christmas (Black Friday to 24 December).",
        "Indian campus placements run in two phases (August and December).",
    ],
    "pay-gap": [
        "The firm's median gender pay gap narrowed ({pc}.{q}%, {Y3} snapshot).", "{B} reported its gap for the first time (April {Y3} figures).",
    ],
    "gloss": [
        "Dutch temps find work through an uitzendbureau (temping agency).", "Many Indian jobseekers still say naukri (a job, especially a secure one).",
        "The EVP draws on the Māori value of whanaungatanga (kinship and belonging).", "Township jobseekers often rely on word of mouth (‘skinder’, gossip).",
    ],
    "currency-conversion": [
        "The Irish rate is a little higher (€{sal},000, about £{sal2},000 at {Y3} rates).", "Packages in India look small in sterling (₹{lakh} lakh, roughly £{sal},000).",
    ],
}  # fmt: skip
