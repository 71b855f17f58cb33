"""The blind254 pool's prose: marketers at recruitment agencies, staffing firms, job boards, executive-search firms,
HR-software vendors and employer-branding consultancies in the UK, Ireland and Australia, writing CIM Level 6 and 7
reports and MBA assignments on B2B, candidate and employer-brand marketing.

Written without reading the checker or any other pool. The decoys are what these reports are full of: fees and pay
rates with their periods, laws and rules with years, vacancy and unemployment figures, the Report on Jobs and its
indices, awards, office openings, stock tickers, job titles and post-nominals, financial years, halves and quarters.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Hays", "Reed", "PageGroup", "Michael Page", "Robert Walters", "SThree", "Adecco", "Randstad", "Manpower",
          "Hudson", "Harvey Nash", "Cpl", "Sigmar Recruitment", "Morgan McKinley", "Indeed", "LinkedIn Talent Solutions",
          "Totaljobs", "Seek", "Irishjobs.ie", "Workday", "Personio", "Hibob", "Sage HR", "Employer Brand Partners"]  # fmt: skip

NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although the sample was mostly London agencies.",
    "{N} concluded that {C}.", "{N} suggests that {C}, which matters for a firm like {B}.",
    "{N} showed that {C} in the Irish market as well.", "{N} notes that {C}.",
    "{N} highlight that {C}, particularly for {A}.", "{N} reported that {C}; {B}'s own data backs this up.",
    "{N} questioned whether {C}.", "{N} makes the case that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} explain, {C}.", "{O}, {N} found that {C}.", "This is in line with {N}, who argue that {C}.",
    "{C}, as {N} point out.", "{B} could learn from {N}, who showed that {C}.", "According to {N}, {C}.",
    "Research by {N} suggests that {C}.", "In the Australian context, {N} observed that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study found that {C}.", "{O}, {N} model of the employee value proposition implies that {C}.",
    "{N} survey of agency recruiters showed that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "There is good evidence that {C} {P}.", "It is widely accepted that {C} {P}.",
    "For {B}, {C} {P}.", "{C} (see also {P:see}).", "Recent work shows that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, although {C2}.", "{C} {P}; even so, {C2}.", "{C} {P}, while {C2}.",
]  # fmt: skip
CLAIMS = [
    "candidates trust peer reviews on Glassdoor more than careers-site copy",
    "a clear employee value proposition cuts cost per hire", "{A} respond better to salary transparency than to perks",
    "agency brands are built by consultants' personal LinkedIn activity", "{T} raises {R} among {A}",
    "temporary staffing demand moves with business confidence", "{B} relies on {T} more than its rivals do",
    "employer branding works best when it is tied to real employee stories",
    "hiring managers judge agencies on speed and shortlist quality",
    "job boards lose share when employers build their own talent pools",
    "HR-software buyers shortlist vendors long before they speak to sales",
    "skills shortages push clients towards retained search", "candidate experience shapes referrals and re-applications",
    "graduates compare employers on flexibility and purpose as much as on pay",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "Similarly", "At the same time", "By contrast", "In the Irish market",
           "In Australia", "More recently", "For a mid-sized agency"]  # fmt: skip
PLAIN = [
    "{B} places candidates through its own job board, LinkedIn and a talent pool of past applicants.",
    "The campaign ran for eight weeks across LinkedIn, Seek and email.",
    "The agency's consultants post on LinkedIn three times a week.", "{O}, {C}.",
    "Client acquisition depends on account managers more than on paid media.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one study puts it, {Q} {P}.", "The point is made plainly: {Q} {P}.",
    "Employer branding has been described as follows: {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘quiet quitting’", "‘the war for talent’", "‘candidate-led market’", "‘ghosting’", "‘boomerang hires’",
                "‘always-on sourcing’", "‘talent community’"]  # fmt: skip
SCARE_FRAMES = [
    "Recruiters now speak of {Q} as a market condition {P}.", "{B} calls its approach a {Q} {P}.",
    "Commentators describe this as {Q} {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘5 new {ROLE} roles near you’", "‘Your salary guide for {FY} is here’",
                 "“Still looking? Jobs matched to your CV”", "‘Hiring in {CITY}? Talk to our team’"]  # fmt: skip
SUBJECT_FRAMES = [
    "The subject line {Q} had the highest open rate {P}.", "{B} sent {Q} to lapsed candidates {P}.",
    "An InMail headed {Q} doubled replies {P}.",
]  # fmt: skip

# Text that looks like a citation (a name or a capitalised phrase beside a year in brackets) and is not one.
NOT_CITATIONS = {
    "placement-fee": ["Most agencies charged a 20% placement fee in {Y} for permanent roles.",
                      "{B} cut its standard fee (18% of first-year salary, 2023) to win volume."],
    "minimum-wage-uk": ["The National Living Wage rose to £11.44 an hour from April 2024.",
                        "Temp rates were set just above the legal floor (£10.42, April 2023)."],
    "minimum-wage-ie": ["Ireland's minimum wage reaches €13.50 (2025) for adult workers.",
                        "Warehouse pay in Dublin sat above the minimum (€12.70, January 2024)."],
    "minimum-wage-au": ["The national minimum wage was AUD 23.23 an hour from July 2023.",
                        "Award rates rose again (Fair Work annual wage review, June 2024)."],
    "median-salary": ["Marketing managers earned a £42,000 median salary (2023).",
                      "Senior consultants in Sydney averaged AUD 110,000 (FY2024)."],
    "agency-regulations": ["Terms must follow the Conduct of Employment Agencies and Employment Businesses Regulations 2003.",
                           "Every temp booking is checked against the Conduct Regulations (2003) before it starts."],
    "agency-workers": ["Temps gain equal pay after 12 weeks under the Agency Workers Regulations 2010.",
                       "The twelve-week rule (Agency Workers Regulations, 2010) shapes how clients book temps."],
    "ir35": ["Contractor demand fell after IR35 (April 2021) reached the private sector.",
             "Many contractors moved onto PAYE once the off-payroll rules applied (IR35, 2021)."],
    "employment-rights-act": ["Unfair dismissal claims rest on the Employment Rights Act 1996.",
                              "Written statements are required (Employment Rights Act 1996, s.1)."],
    "equality-act": ["Job adverts must not discriminate under the Equality Act 2010.",
                     "Positive action is allowed in recruitment (Equality Act 2010, s.159)."],
    "gdpr": ["Candidate data must be deleted on request under GDPR (May 2018).",
             "The agency rewrote its privacy notice when the GDPR came into force (2018)."],
    "employment-permits": ["Non-EEA hiring in Ireland now falls under the Employment Permits Act 2024.",
                           "The new seasonal permit (Employment Permits Act 2024) helps agri-food clients."],
    "secure-jobs": ["Fixed-term contracts were limited by the Fair Work Legislation Amendment (Secure Jobs, Better Pay) Act 2022.",
                    "Pay secrecy clauses were banned (Secure Jobs, Better Pay, December 2022)."],
    "vacancies": ["The UK had 931,000 vacancies in 2023 according to official estimates.",
                  "Vacancies fell for the eighth quarter in a row (Q2 2024)."],
    "unemployment": ["Unemployment of 4.2% (Q2 2024) still meant a tight market for skilled roles.",
                     "Irish unemployment stayed near 4.3% (May 2024)."],
    "temp-numbers": ["There were 1.2 million temps in 2023 across the UK.", "Daily temp bookings peaked in December (2023)."],
    "placements-drop": ["Agencies saw a 38% drop in permanent placements (H1 2024).",
                        "Permanent billings fell sharply at {B} (H2 2023)."],
    "report-on-jobs": ["Starting salaries rose more slowly in the Report on Jobs (March 2024).",
                       "The Report on Jobs (January 2025) showed candidate supply rising for a year."],
    "kpmg-index": ["KPMG's permanent placements index (2023) stayed below 50 for most of the year.",
                   "The index fell to 42.5 (November 2023), its lowest since 2020."],
    "net-fee-income": ["{B}'s Net Fee Income (FY2024) fell 12% like for like.",
                       "Net fee income per consultant (H1 2024) is the board's key metric."],
    "great-resignation": ["Staff turnover soared during the Great Resignation (2021).",
                          "The agency grew its temp desk during the Great Resignation (2021–2022)."],
    "recruitment-week": ["The team launched its podcast during Recruitment Week 2023.",
                         "Clients were invited to a breakfast briefing (Recruitment Week, 2024)."],
    "apprenticeship-week": ["{B} ran school talks in National Apprenticeship Week 2024.",
                            "Applications peaked after National Apprenticeship Week (February 2023)."],
    "furlough": ["Temp demand collapsed under the furlough scheme (March 2020 to September 2021).",
                 "Many candidates returned to work after furlough ended (September 2021)."],
    "four-day-week": ["Sixty-one firms joined the four-day week pilot (June 2022).",
                      "The agency trialled a shorter week after the UK pilot (2022) ended."],
    "recruiter-awards": ["{B} won Best Use of Social Media at the Recruiter Awards 2023.",
                         "The team was shortlisted at the Recruiter Awards (2024) for its graduate campaign."],
    "investors-in-people": ["The firm holds the Investors in People Gold accreditation (2019).",
                            "{B} renewed its Investors in People Platinum status in 2024."],
    "glassdoor-award": ["{B} appeared in Glassdoor's Best Places to Work 2024.",
                        "The agency's Glassdoor rating rose to 4.4 stars (December 2024)."],
    "best-companies": ["It was listed in the Sunday Times Best Companies (2022).",
                       "The firm ranked 14th among mid-sized employers (Best Companies, 2021)."],
    "employer-brand-awards": ["The campaign took gold at the Employer Brand Management Awards 2023.",
                              "Its careers site was highly commended (Employer Brand Management Awards, 2024)."],
    "office-opening": ["Hays's Leeds office (2018) now hosts the technology desk.",
                       "{B} opened a new Dublin hub (2024) for its EMEA sales team."],
    "australian-expansion": ["{B} entered the Australian market through its Melbourne office (2016).",
                             "The Brisbane branch (opened 2022) serves mining and construction clients."],
    "ticker-lon": ["Shares in Hays (LON: HAS) fell on the trading update.", "PageGroup (LON: PAGE) and Robert Walters (LON: RWA) both warned on profits."],
    "ticker-other": ["SThree (LON: STEM) focuses on STEM contractors.", "Seek (ASX: SEK) and ManpowerGroup (NYSE: MAN) both cited weak hiring."],
    "job-title": ["The brief came from the Head of Talent Acquisition at a FTSE 250 client.",
                  "Interviews were held with a Chief People Officer and a Managing Director (Recruitment)."],
    "senior-consultant": ["Each Senior Consultant (Finance) manages about 30 live roles.",
                          "A Principal Consultant (Technology) handles retained searches only."],
    "post-nominals": ["The speaker, Jane Harwood MREC FCIPD, chairs the regional forum.",
                      "Its founder, Sir Peter Aldridge OBE, still sits on the board."],
    "ceo-quote": ["The CEO (since 2019) has made candidate experience a board metric.",
                  "Our Managing Director (2020–2024) set up the Irish business."],
    "financial-year": ["Marketing spend was cut by a third in FY2024.", "The budget for FY2025 moves spend from job boards to LinkedIn."],
    "half-year": ["Temp fees held up better than permanent fees in H1 2024.", "The interim results (H1 FY2024) showed a 9% fall in gross profit."],
    "quarter": ["Candidate registrations rose 15% in Q3 2023.", "The rebrand launched in Q1 2025 after a delay."],
    "survey-sample": ["Most candidates said salary mattered most (n = {n}, 2024).",
                      "A poll of {n} hiring managers (October 2023) asked about agency use."],
    "cost-per-hire": ["Cost per hire fell to £{n} (2023) after the careers site relaunch.",
                      "Time to hire averaged 41 days (Q4 2023) across client roles."],
    "cipd-qualification": ["Two of the team hold the CIPD Level 7 Advanced Diploma (2022).",
                           "The author completed the CIM Level 6 Diploma (2023) while working at {B}."],
    "rec-membership": ["{B} has been a corporate member of the REC since 2011.", "The agency passed its REC Audit (2024) with no actions."],
    "apsco-compliance": ["It holds APSCo Compliance+ accreditation (2023).", "The firm joined APSCo Australia (2022) as a founding member."],
    "salary-band": ["The role was advertised at £35,000–£40,000 (2024) plus bonus.", "Day rates for SAP contractors reached £650 (2023)."],
    "contract-term": ["The PSL agreement (2022–2025) covers all permanent hiring.", "The MSP contract was renewed for three years (April 2024)."],
    "tender": ["{B} won a place on the public sector framework (RM6277, 2023).", "The bid for the NHS framework (2024) needed a social value plan."],
    "webinar-date": ["The webinar (14 March 2024) drew 320 HR directors.", "Our LinkedIn Live session (June 2023) reached 12,000 people."],
    "budget-figure": ["The employer-brand budget was £{n}k (2024).", "Paid social took 40% of spend (FY2023)."],
    "figure-table": ["Applications by channel are shown below (Figure {q}).", "The competitor audit is summarised in the appendix (Table {q})."],
    "headcount": ["{B} employed about 4,000 consultants (June 2024).", "The Dublin office grew from 40 to 95 staff (2021–2024)."],
}  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    return {
        "ROLE": rng.choice(["marketing", "finance", "software engineer", "nursing", "HR"]),
        "FY": rng.choice(["2024", "2025", "FY2025"]),
        "CITY": rng.choice(["Manchester", "Dublin", "Cork", "Sydney", "Melbourne", "Leeds", "Brisbane"]),
    }
