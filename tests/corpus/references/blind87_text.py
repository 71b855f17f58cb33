"""Prose for the eighty-seventh held-out pool, "blind87": UK insurance, pensions, building-society, savings and
wealth-management marketers writing CIM Level 6 and 7 reports and MBA assignments.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by an eighty-seventh
hand, without reading the checker, its tests or the other pools' frames, decoys and works, from how brand,
proposition, CRM, digital, adviser-channel, member-engagement and communications marketers at insurers, life and
pensions providers, building societies, mutuals, friendly societies, price-comparison sites, wealth managers,
investment platforms, brokers and agencies in London, Edinburgh, Leeds, Bristol, Norwich, Swindon, Cardiff,
Glasgow, Halifax and Northampton write: regulation with its numbers and years (FSMA 2000, PS22/9, COBS, ICOBS,
PROD, FG21/1, SI numbers, DISP, CAP Code rules), FOS decision references, firm reference numbers, tax years and
ISA season, Pension Awareness Week and Talk Money Week, renewal and auto-enrolment campaigns, pound figures, AERs
and APRs, star ratings and awards with their years, risk warnings, survey bases and fieldwork dates, tickers,
results periods, founding years of mutuals, campaign lines in quotation marks, hashtags and handles.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} argue that {C}, which matters for {B}'s next renewal season.",
    "{N} shows that {C}.",
    "{N} reported that {C}, a point the proposition team at {B} has yet to absorb.",
    "{N} concluded that {C}.",
    "{N} observed that {C}, especially among {A}.",
    "{N} makes the case that {C}.",
    "{N} suggests that {C}; for a mutual this is a membership question as much as a marketing one.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} points out, {C}.",
    "Work by {N} indicates that {C}.",
    "In the pensions literature, {N} notes that {C}.",
    "For {B}, the lesson from {N} is that {C}.",
    "{O}, and {N} adds that {C}.",
    "This is consistent with {N}, who found that {C}.",
    "Building on {N}, it can be argued that {C}.",
    "A similar pattern appears in {N}: {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {A} found that {C}.",
    "{N} framework is useful here because {C}.",
    "Using {N} segmentation, {C}.",
    "{N} findings suggest that {C}.",
    "{N} work on trust explains why {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "It is widely accepted that {C} {P}.",
    "For building societies in particular, {C} {P}.",
    "Evidence from the protection market suggests that {C} {P}.",
    "{C}, at least for {A} {P}.",
    "In the adviser channel, {C} {P}.",
    "Recent research confirms that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, which is why {B} should review its onboarding journey.",
    "Since {C} {P}, the campaign must work harder than price alone.",
    "{C} {P}, so the brief focuses on {A}.",
    "Although {C} {P}, {B} still leads on brand consideration.",
    "Because {C} {P}, the CRM programme will be staged across the tax year.",
    "{C} {P:see}, and this shapes the recommendations below.",
    "{C} {P}; however, the evidence from mutuals is thinner.",
]  # fmt: skip
CLAIMS = [
    "trust in insurers falls sharply after a poorly handled claim",
    "most savers leave money in easy-access accounts paying below-inflation rates",
    "auto-enrolment has raised participation but not contribution levels",
    "members value a building society's local branch more than its app",
    "price-comparison sites have trained customers to shop on price alone",
    "engagement with pension statements rises when the projected income is personalised",
    "younger investors are more likely to trust social media than a regulated adviser",
    "loyalty in motor insurance is weaker than in home insurance",
    "mutual ownership gives a credible story about putting members first",
    "vulnerable customers are less likely to complain even when they have cause",
    "plain-language communications reduce calls to the contact centre",
    "the advice gap is widest among households with modest savings",
    "brand heritage matters less to customers under 35 than digital convenience",
    "nudges at the point of renewal change switching behaviour",
    "financial wellbeing programmes improve how employees view their employer",
    "customers struggle to compare the fair value of add-on insurance products",
    "women hold more of their savings in cash than men",
    "default funds shape the retirement outcomes of most workplace savers",
    "face-to-face guidance still builds more confidence than online tools",
    "people underestimate how long their retirement will last",
    "a simple star rating is read as a quality signal even by experienced buyers",
    "trust in the wider financial services industry has not recovered since the financial crisis",
    "members respond better to stories than to product features",
    "comparison of drawdown charges is beyond most non-advised customers",
    "{T} works best when it is tied to a life event rather than a product push",
    "{A} are the segment most at risk of under-insurance",
    "the cost-of-living squeeze has pushed protection down household priority lists",
    "adviser recommendations still drive most platform switching",
]  # fmt: skip
OPENERS = [
    "In the UK savings market",
    "Across the life and pensions sector",
    "For a mutual such as {B}",
    "Since the Consumer Duty came into force",
    "In renewal season",
    "Among {A}",
    "For the adviser channel",
    "In the run-up to the end of the tax year",
    "In general insurance",
]  # fmt: skip
PLAIN = [
    "This section evaluates the current customer journey for {B} and proposes changes for the next financial year.",
    "The recommendations are prioritised by cost, speed and regulatory risk.",
    "Appendix 3 sets out the full stakeholder map.",
    "The budget assumes a modest uplift in paid social during ISA season.",
    "A test-and-learn approach is proposed for the first two quarters.",
    "The compliance team will need to sign off every financial promotion before launch.",
    "Member panels will be used to check the tone of the new letters.",
    "The key measures are retention, net promoter score and complaints per thousand policies.",
    "Each option is scored against the organisation's stated purpose.",
    "The adviser channel is considered separately in section 4.",
    "The following analysis uses the 7Ps to structure the discussion.",
    "Costs are shown excluding VAT and agency fees.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{N} puts it plainly: {Q}.",
    "As {N} warns, {Q}.",
    "The challenge is summed up well: {Q} {P}.",
    "Providers are reminded that {Q} {P}.",
    "{Q} {P}, and this is exactly the gap {B} can fill.",
    "{N} is blunt about the sector: {Q}.",
    "One review concludes that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = [
    "“peace of mind”", "'peace of mind'", "“good outcomes”", "“sludge”", "'sludge'", "“orphan” customers",
    "“loyalty penalty”", "'loyalty penalty'", "“silent” customers", "“set and forget”", "“small pots”",
    "“member value”", "'nudge'", "“hassle factor”", "“mutual dividend”", "“pension poverty”",
]  # fmt: skip
SCARE_FRAMES = [
    "The so-called {Q} is central to how the sector talks about value {P}.",
    "What the industry calls {Q} is, for many members, simply inertia {P}.",
    "{N} questions whether {Q} is a meaningful promise at all.",
    "Brand trackers still show {Q} as the top reason for choosing a provider {P}.",
    "Regulators have become wary of {Q} in financial promotions {P}.",
]  # fmt: skip
SUBJECT_LINES = [
    "“Your pension, your future: 3 things to check this week”", "“Your renewal is ready – but is it the best price?”",
    "“Don't lose your ISA allowance”", "'Your annual statement is here'", "“Meet your new member rewards”",
    "“Have you found all your old pensions?”", "“Last chance: {aer} AER on our Regular Saver”",
    "'Protect what matters for less than a coffee a week'", "“{B}: your year in review”",
    "“Time to think about your retirement?”",
]  # fmt: skip
SUBJECT_FRAMES = [
    "An email with the subject line {Q} achieved the best open rate in the test, consistent with {P}.",
    "Subject lines such as {Q} lean on loss aversion {P}.",
    "{N} would classify {Q} as a prompt rather than a promotion.",
    "The CRM team proposes {Q} for the reactivation journey {P}.",
    "A push notification reading {Q} outperformed the control {P}.",
]  # fmt: skip

# Text with capitals, years, brackets or quotation marks that cites nothing.
NOT_CITATIONS = {
    "firm-reference-number": [
        "{B} is authorised and regulated by the Financial Conduct Authority (Firm Reference Number {frn}).",
        "Every promotion must carry the FRN ({frn}) and the registered office address.",
        "The footer reads: authorised by the Prudential Regulation Authority and regulated by the FCA and the PRA (FRN {frn}).",
    ],
    "ombudsman-decision": [
        "In decision {drn} the ombudsman upheld the complaint and told the insurer to pay £{small} for distress and inconvenience.",
        "The Financial Ombudsman Service case {drn} turned on whether the renewal letter was clear, fair and not misleading.",
        "Two decisions ({drn} and {drn2}) show how the ombudsman treats late claim notifications.",
    ],
    "policy-statement": [
        "The Consumer Duty (PS22/9) came into force for open products on 31 July 2023 and for closed books on 31 July 2024.",
        "General insurance pricing practices (PS21/5) ended price walking at renewal from 1 January 2022.",
        "FG21/1 sets out the FCA's expectations for the fair treatment of vulnerable customers.",
        "The FCA's consultation CP{yy}/{small_n} asked firms how they would evidence fair value.",
    ],
    "handbook-rule": [
        "COBS 4.2.1R requires a financial promotion to be fair, clear and not misleading.",
        "Under ICOBS 6.1.5R the firm must give the customer appropriate information about a policy in good time.",
        "PROD 4 requires the product governance team to define a target market for each policy.",
        "Complaints must be handled within eight weeks under DISP 1.6.2R before the customer can go to the ombudsman.",
        "SYSC 10 and PRIN 2A together frame how conflicts and outcomes are governed.",
    ],
    "statutory-instrument": [
        "The Pensions Dashboards Regulations 2022 (SI 2022/1220) set staging dates by scheme size.",
        "The Occupational and Personal Pension Schemes (Disclosure of Information) Regulations 2013 (SI 2013/2734) govern what a statement must say.",
        "The connection deadline of 31 October 2026 is set out in the amending regulations (SI 2023/{si}).",
    ],
    "named-act": [
        "The Financial Services and Markets Act 2000 remains the backbone of UK financial regulation.",
        "The Pension Schemes Act 2021 introduced new powers for the Pensions Regulator and the legal basis for dashboards.",
        "The Consumer Rights Act 2015 and the Insurance Act 2015 both shape how policy wording should be written.",
        "Section 21 of FSMA 2000 is the financial promotion restriction every campaign must respect.",
    ],
    "tax-year-dates": [
        "The {tax_year} tax year ends on 5 April, and the ISA allowance does not roll over.",
        "Contributions must clear by 5 April {Y2} to count against the {tax_year} annual allowance.",
        "The campaign runs from 6 January to 5 April, the traditional ISA season.",
    ],
    "isa-allowance": [
        "The annual ISA allowance is £20,000, of which up to £4,000 can go into a Lifetime ISA.",
        "A Junior ISA allowance of £9,000 applies for the {tax_year} tax year.",
        "Transfers of previous years' ISA savings do not count towards the £20,000 limit.",
    ],
    "savings-rate": [
        "The one-year fixed rate bond pays {aer} AER (fixed) on balances from £1,000.",
        "Our Regular Saver pays {aer} AER/gross p.a. (variable) for 12 months.",
        "At {aer} AER, the easy-access account sits just above the Bank of England base rate of {base}%.",
    ],
    "credit-apr": [
        "Paying monthly for home insurance is a form of credit at {apr} APR representative.",
        "The example uses a loan of £{small},000 over five years at {apr} APR (fixed).",
        "Monthly instalments carry an interest rate of {apr} APR, which the renewal letter must show clearly.",
    ],
    "pound-figures": [
        "Gross written premiums rose to £{bn}bn, with motor accounting for £{bn2}bn.",
        "The average pension pot at retirement is around £{pot}, well short of what most people expect.",
        "The campaign budget of £{budget} covers paid media, creative and a member research wave.",
    ],
    "percentages": [
        "Retention rose from {pct}% to {pct2}% in the trial cohort.",
        "Only {pct}% of members opened their annual statement in the first month.",
        "Conversion on the quote-and-buy journey fell by {small_n}% after the price change.",
    ],
    "awareness-weeks": [
        "Pension Awareness Week (15 to 19 September) is the natural anchor for the member campaign.",
        "Talk Money Week in November, led by the Money and Pensions Service, gives the workplace programme a hook.",
        "The CRM calendar includes Pension Awareness Week, Talk Money Week and Financial Planning Week.",
    ],
    "seasonal-campaigns": [
        "Black Friday is not a natural fit for a mutual, but the app-only offer ran from 24 to 27 November.",
        "Renewal season for motor peaks in January and September with the new registration plates.",
        "The 'New Year, New Savings Habit' push runs in the first three weeks of January.",
    ],
    "auto-enrolment": [
        "Under auto-enrolment, the minimum total contribution is 8% of qualifying earnings, at least 3% from the employer.",
        "Re-enrolment happens every three years, and the next re-enrolment date for the scheme is 1 October {Y2}.",
        "The earnings trigger of £10,000 and the lower limit of £6,240 have been frozen for several years.",
    ],
    "state-pension": [
        "The full new State Pension is £{spa} a week for the {tax_year} tax year under the triple lock.",
        "State Pension age is due to rise from 66 to 67 between 2026 and 2028.",
        "A National Insurance record of 35 qualifying years is needed for the full amount.",
    ],
    "mutual-founding": [
        "{society} was founded in {founded} by a group of local tradesmen who wanted a safe place to save.",
        "As a mutual since {founded}, the society has no shareholders and is owned by its members.",
        "The society celebrates {anniv} years of mutuality in {Y2} with a members' fund for local causes.",
    ],
    "society-register": [
        "{society} is a member of the Building Societies Association and is registered under the Building Societies Act 1986.",
        "Registered in England and Wales, company number {company_no}, registered office in {city}.",
        "The friendly society is registered under the Friendly Societies Act 1992 (registration number {reg_no}).",
    ],
    "fscs-protection": [
        "Eligible deposits are protected by the Financial Services Compensation Scheme (FSCS) up to £85,000 per person.",
        "The FSCS limit of £85,000 applies per person, per authorised institution.",
        "Long-term insurance is protected in full by the FSCS, unlike most general insurance (90%).",
    ],
    "risk-warnings": [
        "Capital at risk: the value of investments can go down as well as up, and you may get back less than you invest.",
        "Past performance is not a reliable indicator of future results.",
        "Tax treatment depends on individual circumstances and may change in the future.",
        "This is not personal advice; if in doubt, speak to a regulated financial adviser.",
    ],
    "star-ratings": [
        "The policy holds a Defaqto 5 Star rating for {Y2}, which is shown on every quote page.",
        "Its Moneyfacts rating was five stars in {Y} and {Y2}, and the badge sits on the product page.",
        "The home product's Defaqto Expert Rated badge dates from {Y2}.",
    ],
    "industry-awards": [
        "The society won Best Regular Saver Provider at the Moneyfacts Consumer Awards {Y2}.",
        "{B} was named Pension Provider of the Year at the Professional Adviser Awards {Y2}.",
        "Being a Which? Recommended Provider (Home Insurance, {Y2}) is a strong claim in the market.",
    ],
    "stock-ticker": [
        "Aviva plc (LSE: AV.) and Legal & General Group Plc (LSE: LGEN) are both FTSE 100 constituents.",
        "Admiral Group plc (LSE: ADM) reported its results for H1 {Y2} in August.",
        "Shares in Hargreaves Lansdown (HL.) and AJ Bell (AJB) moved sharply on the platform-fee news.",
    ],
    "results-periods": [
        "In FY{yy}, operating profit was £{bn}bn, up {pct}% on the prior year.",
        "Q{q} {Y2} new business volumes were the strongest since the pandemic.",
        "H2 {Y} saw net outflows of £{bn}bn from the platform.",
    ],
    "bracketed-abbreviations": [
        "The Money and Pensions Service (MaPS) runs MoneyHelper and Pension Wise.",
        "The Association of British Insurers (ABI) and the Building Societies Association (BSA) both responded to the consultation.",
        "The Pensions Regulator (TPR) and the Financial Conduct Authority (FCA) share oversight of workplace pensions.",
        "LV= (Liverpool Victoria) and Royal London are both mutuals.",
    ],
    "year-ranges": [
        "During the cost-of-living crisis (2022–2023), many households cut protection cover first.",
        "Price walking was common in home and motor insurance (2015–2021) until the pricing rules took effect.",
        "The society's strategy for {Y}–{Y2} puts member engagement at its core.",
    ],
    "survey-base": [
        "Base: {sample} UK adults aged 18+, fieldwork {d} to {d2} March {Y2}, weighted to be nationally representative.",
        "The member survey (n = {sample}) was run online in {month} {Y2}.",
        "The sample of {sample} policyholders was drawn from the renewal file for Q{q}.",
    ],
    "campaign-slogans": [
        "The 'Here for the long run' platform replaced 'Making it simple' in {Y2}.",
        "The society's new line, “Saving together since {founded}”, tested well with existing members.",
        "“Good with money, good with people” is the employer brand line used on LinkedIn.",
    ],
    "product-names": [
        "The Loyalty Six Access ISA (Issue {issue}) is open only to existing members.",
        "The Lifetime Mortgage (Flexible) and the Retirement Income Plan (Version {small_n}) are sold through advisers.",
        "The 2-Year Fixed Rate Bond (Issue {issue}) was withdrawn after three days.",
    ],
    "hashtags-handles": [
        "The campaign ran under #PensionAwarenessWeek and #TalkMoney, with posts from {handle}.",
        "The social team replied to every complaint tagged {handle} within two hours.",
        "Posts using #ISAseason peak in the last fortnight of March.",
    ],
    "phone-and-hours": [
        "The helpline (0800 {phone}) is open 8am to 8pm, Monday to Friday, and 9am to 1pm on Saturday.",
        "Calls to 0345 {phone} may be recorded for training and monitoring purposes.",
        "The bereavement line is open 9am to 5pm (Monday to Friday) and is free from mobiles.",
    ],
    "figures-and-appendices": [
        "Figure {small_n} (below) shows the renewal funnel by channel.",
        "The full customer journey map is in Appendix {small_n} (see page {n}).",
        "Table {small_n} summarises the segments (A to E) used in the CRM plan.",
    ],
    "course-details": [
        "This report is submitted for the CIM Level 7 Postgraduate Diploma in Professional Marketing, Marketing Leadership and Planning (Unit 1).",
        "Word count: {words} (excluding tables, appendices and the reference list).",
        "Submitted for the MBA module Strategic Marketing (MKM7042) at the end of the {Y2} spring term.",
    ],
    "cap-code-rules": [
        "CAP Code rule 3.1 says marketing communications must not materially mislead or be likely to do so.",
        "Rules 3.7 and 3.9 of the CAP Code cover substantiation and qualifications.",
        "Section 14 of the CAP Code covers financial products and refers advertisers to the FCA's rules.",
    ],
    "asa-complaints": [
        "The ASA investigated the comparison claim under complaint reference A{yy}-{asa}.",
        "An ASA ruling on a price-comparison ad found the “cheapest” claim misleading, and the ad was withdrawn.",
        "The ruling, published on a Wednesday as ASA rulings are, was not upheld.",
    ],
    "tax-codes-and-forms": [
        "Members who take a first flexible withdrawal are often put on an emergency tax code (1257L W1/M1).",
        "Overpaid tax can be reclaimed on form P55, P50Z or P53Z depending on the circumstances.",
        "Higher-rate taxpayers claim extra relief through Self Assessment (SA100).",
    ],
    "money-limits": [
        "The Money Purchase Annual Allowance is £10,000 once flexible access has begun.",
        "Tax-free cash is capped at £268,275 under the Lump Sum Allowance.",
        "The annual allowance is £60,000, tapering to £10,000 for the highest earners.",
    ],
    "office-locations": [
        "The society's head office is in {city}, with {small_n} branches across the region.",
        "Teams in Edinburgh, Leeds and Swindon (the old head office) share one brand function.",
        "The contact centre moved from Northampton to Halifax in {Y}.",
    ],
    "timelines": [
        "Phase 1 (January to March) covers research, Phase 2 (April to June) covers the pilot and Phase 3 (July to December) the roll-out.",
        "The dashboard connection window runs from April {Y2} to October 2026.",
        "Key dates: launch on {d} May, first read-out on {d} June and full review in Q{q}.",
    ],
    "regulatory-bodies-roles": [
        "The PRA supervises the society's capital; the FCA supervises its conduct.",
        "Pension Wise appointments are free for anyone aged 50 or over with a defined contribution pot.",
        "The FOS can award up to £{fos_limit} for complaints referred after 1 April {Y2}.",
    ],
    "price-examples": [
        "Cover starts from £{pounds}.{pence} a month for a non-smoker aged 30 (representative example).",
        "The average annual home insurance premium was £{premium} in Q{q} {Y2}, according to the insurer's own price index.",
        "A £{pounds} excess applies to every claim, rising to £{premium} for escape of water.",
    ],
    "market-share": [
        "Nationwide, the largest building society, holds around {pct}% of the UK mortgage market.",
        "The top five motor insurers write roughly {pct}% of private car premiums.",
        "{B} ranks {rank} by gross lending among building societies.",
    ],
    "trade-marks": [
        "LV=® and Compare the Market® are registered trade marks.",
        "Simples!™ has been the meerkat's line since the campaign launched.",
        "The Nest™ brand and the MoneyHelper™ name are used under licence in the materials.",
    ],
    "data-protection": [
        "Under UK GDPR (Article 6(1)(f)), legitimate interests can support some member communications.",
        "The Privacy and Electronic Communications Regulations 2003 (PECR) govern marketing emails and texts.",
        "A data protection impact assessment (DPIA) was completed before the CRM data was matched.",
    ],
    "agency-credits": [
        "Creative agency: adam&eveDDB; media agency: MediaCom (Manchester office).",
        "The 'Meerkat' ads by VCCP have run since 2009.",
        "Brand tracking is run by the in-house insight team (Leeds) with quarterly waves.",
    ],
    "age-bands": [
        "The target segment is adults aged 55–74 (the “pre-retirees” and “early retirees”).",
        "Under-35s (aged 18–34) make up only {pct}% of the society's savers.",
        "Over-50s life cover (ages 50 to 85) is sold without medical questions.",
    ],
}  # fmt: skip

BRANDS = ["Aviva", "Legal & General", "Phoenix Group", "Standard Life", "Admiral", "Direct Line", "Hastings Direct",
          "Royal London", "LV=", "Nationwide Building Society", "Coventry Building Society", "Yorkshire Building Society",
          "Skipton Building Society", "St. James's Place", "Hargreaves Lansdown", "AJ Bell", "Nutmeg",
          "MoneySuperMarket", "Compare the Market", "Confused.com", "Leeds Building Society", "Principality",
          "Scottish Widows", "Zurich UK", "Vitality", "Shepherds Friendly", "Wesleyan", "Quilter", "Nest", "Churchill"]  # fmt: skip

_SOCIETIES = ["Nationwide Building Society", "Coventry Building Society", "Yorkshire Building Society", "Skipton Building Society",
              "Leeds Building Society", "Principality Building Society", "Newcastle Building Society", "Cumberland Building Society",
              "Ecology Building Society", "Furness Building Society"]  # fmt: skip
_CITIES = [
    "London",
    "Edinburgh",
    "Leeds",
    "Bristol",
    "Norwich",
    "Swindon",
    "Cardiff",
    "Glasgow",
    "Halifax",
    "Northampton",
]
_HANDLES = ["@MoneyHelperUK", "@TPRgovuk", "@NationwideBS", "@AvivaUK", "@YBS", "@AJBell", "@HLInvest", "@RoyalLondon"]


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use: regulatory numbers, rates, pounds, dates and names."""
    year = rng.randint(2019, 2025)
    pct = rng.randint(4, 68)
    small = rng.randint(2, 9)
    return {
        "frn": str(rng.randint(100000, 999999)),
        "drn": f"DRN-{rng.randint(1000000, 5999999)}",
        "drn2": f"DRN-{rng.randint(1000000, 5999999)}",
        "small": str(small * 50) if rng.random() < 0.5 else str(small),
        "small_n": str(rng.randint(2, 9)),
        "yy": str(rng.randint(19, 25)),
        "si": str(rng.randint(100, 1400)),
        "tax_year": f"{year}/{str(year + 1)[2:]}",
        "aer": f"{rng.randint(2, 6)}.{rng.choice(['0', '1', '25', '5', '75', '85'])}%",
        "apr": f"{rng.randint(9, 29)}.{rng.randint(0, 9)}%",
        "base": rng.choice(["4.25", "4.5", "4.75", "5", "5.25", "3.75"]),
        "bn": f"{rng.randint(1, 19)}.{rng.randint(1, 9)}",
        "bn2": f"{rng.randint(1, 9)}.{rng.randint(1, 9)}",
        "pot": f"{rng.randint(18, 140)},{rng.randint(100, 999)}",
        "budget": f"{rng.randint(120, 950)},000",
        "pct": str(pct),
        "pct2": str(min(pct + rng.randint(2, 20), 97)),
        "spa": rng.choice(["203.85", "221.20", "230.25", "185.15"]),
        "society": rng.choice(_SOCIETIES),
        "founded": str(rng.randint(1845, 1905)),
        "anniv": str(rng.choice([150, 160, 170, 175, 125])),
        "company_no": f"{rng.randint(1000000, 9999999):08d}",
        "reg_no": f"{rng.randint(100, 999)}F",
        "city": rng.choice(_CITIES),
        "sample": f"{rng.randint(1, 4)},{rng.randint(0, 999):03d}",
        "d2": str(rng.randint(12, 28)),
        "month": rng.choice(["January", "February", "April", "June", "September", "October"]),
        "issue": str(rng.randint(80, 640)),
        "handle": rng.choice(_HANDLES),
        "phone": f"{rng.randint(100, 999)} {rng.randint(1000, 9999)}",
        "words": f"{rng.randint(2, 4)},{rng.randint(0, 999):03d}",
        "asa": f"{rng.randint(100000, 999999)}",
        "fos_limit": rng.choice(["430,000", "445,000", "415,000"]),
        "pounds": str(rng.randint(5, 250)),
        "pence": f"{rng.randint(0, 99):02d}",
        "premium": str(rng.randint(250, 900)),
        "rank": rng.choice(["second", "third", "fourth", "fifth", "seventh"]),
    }
