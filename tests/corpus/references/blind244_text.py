"""The prose of the "blind244" pool: marketers at UK and Irish law firms, accountancy and audit firms, tax advisers
and professional-services networks writing CIM Level 6 and 7 reports and MBA assignments on B2B, business-development
and thought-leadership marketing. Written without reading the checker or any other pool.

``{N}`` is a narrative citation, ``{P}`` a parenthetical one, ``{C}``/``{C2}`` a claim, ``{B}`` a firm, ``{O}`` an
opener, ``{Q}`` a quotation; the other placeholders are filled from ``values``.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Allen & Overy", "A&O Shearman", "Clifford Chance", "Linklaters", "Slaughter and May", "DLA Piper",
          "Irwin Mitchell", "Slater and Gordon", "Shoosmiths", "Arthur Cox", "A&L Goodbody", "McCann FitzGerald",
          "Deloitte", "PwC", "EY", "KPMG", "Grant Thornton", "BDO", "RSM UK", "Azets", "Moore Kingston Smith",
          "Mishcon de Reya", "Pinsent Masons", "Browne Jacobson", "Mazars", "Crowe UK"]  # fmt: skip

NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although most of the firms studied were in London.",
    "{N} concluded that {C}.", "{N} suggests that {C}, which is directly relevant to {B}.",
    "{N} makes the point that {C}.", "{N} observed that {C} in both law and accountancy firms.",
    "{N} identified that {C}, particularly among {cl}.", "{N} warns that {C}.",
    "{N} went further, arguing that {C} and that {C2}.", "{N} questioned whether {C}.",
    "{N} describes how {C}.", "{N} interviewed {n} partners and found that {C}.",
    "{N} highlight that {C} – something {B}'s BD team has yet to act on.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "{O}, {N} found that {C}.", "As {N} explains, {C}.", "This supports {N}, who argue that {C}.",
    "{C}, as {N} point out.", "{C}; {N} reached a similar conclusion.", "For {B}, the lesson from {N} is that {C}.",
    "Research by {N} shows that {C}.", "{O}, work by {N} suggests that {C}.",
    "In a study of Irish practices, {N} found that {C}.", "Drawing on {N}, this report argues that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of mid-tier firms found that {C}.", "{O}, {N} framework explains why {C}.",
    "{N} research suggests that {C}.", "{N} model of client value shows that {C}.",
    "{N} findings imply that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "There is good evidence that {C} {P}.", "It is widely accepted that {C} {P}.",
    "{C} {P:see}.", "Several studies report that {C} {P:e.g.}.", "{C}, particularly for {cl} {P}.",
    "In professional services, {C} {P}.", "Partners rarely accept this, yet {C} {P}.",
    "Clients now expect more than technical advice {P}.", "{C} {P:see also}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, although {C2}.", "{C} {P}; even so, {C2}.", "{C} {P}, while {C2}.",
    "Because {C} {P}, {B} should make sure that {C2}.", "{C} {P}: this means that {C2}.",
    "Some writers {P:e.g.} argue that {C}.", "Studies {P} agree that {C}.",
]  # fmt: skip
CLAIMS = [
    "clients value responsiveness more than technical excellence", "thought leadership builds trust before a pitch",
    "partners are reluctant to share client relationships", "cross-selling depends on trust between practice groups",
    "{B} relies on {T} more than its rivals do", "client listening programmes raise retention among {cl}",
    "fixed fees appeal to {cl}", "directory rankings influence in-house counsel when they shortlist firms",
    "audit failures damage the brand of the whole network", "business development works best when partners own it",
    "LinkedIn content from named partners outperforms corporate posts", "{A} reward {T} with {R}",
    "key account management lifts fee income from the largest clients", "brand mergers confuse clients for a time",
    "price transparency helps smaller firms win private clients", "relationship partners shape the client experience",
    "younger lawyers choose firms on purpose and culture as much as pay", "marketing is still seen as a support function",
    "webinars generate leads but rarely convert them", "trust in accountants falls after a high-profile scandal",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "Similarly", "By contrast", "In the legal market", "More recently",
           "Even so", "In the case of {B}", "Among the Big Four", "In Ireland", "At the same time"]  # fmt: skip
PLAIN = [
    "{B} is organised into practice groups, each with its own business development manager.",
    "The firm's client listening programme covers its top {n} clients.",
    "Most new instructions still come through referrals from existing clients.",
    "The marketing team sits within the firm's central business services function.",
    "{B} publishes insights, webinars and a podcast for {cl}.",
    "Partners are measured on fee income, not on marketing activity.",
    "{O}, {C}.",
    "The pitch team prepares credentials, case studies and fee proposals.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one textbook puts it, {Q} {P}.", "One author puts it plainly: {Q} {P}.", "{O}, {Q} {P}.",
    "Put simply, {Q} {P}.", "The point is that {Q} {P}, and {B} has not yet acted on it.",
]  # fmt: skip
SCARE_QUOTES = ["‘the trusted adviser’", "‘the T-shaped lawyer’", "‘one firm’ working", "‘client-centricity’",
                "‘the Big Four’", "‘rainmakers’", "‘thought leadership’", "‘seamless service’", "‘the magic circle’",
                "‘more for less’"]  # fmt: skip
SCARE_FRAMES = [
    "Firms now talk constantly about {Q} {P}.", "The language of {Q} is now common in legal marketing {P}.",
    "{B} describes its approach in terms of {Q} {P}.", "Partners still talk of {Q} {P}, but clients rarely do.",
]  # fmt: skip
SUBJECT_LINES = ["‘Budget {yr}: what it means for your business’", "“Your invitation: ESG breakfast briefing”",
                 "‘Five things to know before 31 January’", "‘Employment law update: {m} {yr}’",
                 "“Are you ready for the new audit regime?”", "‘Webinar replay: AI and the future of legal services’"]  # fmt: skip
SUBJECT_FRAMES = [
    "An email headed {Q} had the highest open rate of the year {P}.",
    "{B}'s client alert, {Q}, was opened by almost half of its list {P}.",
    "Subject lines such as {Q} work because they are timely {P}.",
    "Testing {Q} against a plainer version showed the value of relevance {P}.",
]  # fmt: skip

# Text with brackets, years, numbers or quotation marks that a tutor would not expect in the reference list.
NOT_CITATIONS = {
    "partner-rate": ["Partner rates in the City passed £{rate} an hour in {yr}.", "Its partners charge £{rate} an hour ({yr} rates)."],
    "fixed-fee": ["{B} offers fixed fees from £{fee} for simple wills.", "Its conveyancing fee was £1,200 in {yr}, including VAT."],
    "nq-salary": ["Magic circle firms pay NQ salaries of £150,000 (2023).", "NQ pay at US firms in London reached £{sal},000 in {yr}."],
    "merger-year": ["The merger of Allen & Overy and Shearman & Sterling (May 2024) created A&O Shearman.",
                    "{B} merged with a regional firm in {yr} (its third deal in five years)."],
    "rebrand-year": ["Ernst & Young's rebrand to EY (2013) shortened the name clients already used.",
                     "Several mid-tier firms joined Azets (2019) after its private-equity backed rebrand."],
    "regulator-fine": ["The FRC's £21 million fine (2023) was the largest audit sanction in its history.",
                       "An SRA fine of £25,000 (2022) followed the firm's breach of anti-money laundering rules."],
    "legal-act": ["The Legal Services Act 2007 allowed alternative business structures.",
                  "Solicitors remain regulated under the Solicitors Act 1974.",
                  "Ireland's Legal Services Regulation Act 2015 created the LSRA."],
    "conduct-rules": ["Price transparency rules sit in the SRA Standards and Regulations (November 2019).",
                      "The SRA Transparency Rules (December 2018) made firms publish prices for some services."],
    "economic-crime-act": ["The Economic Crime (Transparency and Enforcement) Act 2022 added new duties for advisers.",
                           "Since the Economic Crime and Corporate Transparency Act 2023, firms must check more clients."],
    "tax-programme": ["Making Tax Digital (April 2019) changed how small firms file VAT returns.",
                      "Making Tax Digital for Income Tax starts in April 2026 for the self-employed."],
    "bill-year": ["The Audit Reform and Corporate Governance Bill (2024) has still not been introduced.",
                  "Reform was promised in the King's Speech (July 2024)."],
    "league-table": ["{B} is ranked Tier 1 (2024) for corporate and M&A.", "It climbed to 14th in the UK200 ({yr}) on revenue."],
    "directory-band": ["Its employment team holds Chambers Band 1 in three regions.", "Five partners are ranked Band 2 for banking and finance."],
    "top-50": ["{B} came 9th in the Top 50+50 2024 by fee income.", "The firm entered the Top 50+50 for the first time in {yr}."],
    "office-opening": ["{B} opened a Belfast office (2011) to serve clients in both jurisdictions.",
                       "Its {city} office opened in {yr} with {n} staff."],
    "headcount": ["The firm had 22,000 UK staff in 2024, up from {st},000 five years earlier.", "{B} recruits about 1,200 trainees a year."],
    "tax-deadline": ["Self-assessment returns are due by 31 January each year.", "Clients must pay the balance by 31 January and file by the same date."],
    "budget-day": ["Budget day (30 October 2024) brought a rise in employer NICs.", "The firm held a webinar on the day of the Spring Statement (26 March 2025)."],
    "tax-year": ["The tax year ends on 5 April, so campaigns peak in March.", "Pension contributions must be made before the end of the tax year (5 April)."],
    "sra-number": ["{B} is authorised and regulated by the Solicitors Regulation Authority (SRA ID {sra}).",
                   "The footer gives the firm's SRA number ({sra}) and registered office."],
    "firm-number": ["Its audit registration is held with ICAEW (firm number C00{firmno}).", "The practice's ICAEW firm number is C00{firmno}."],
    "company-number": ["The LLP is registered in England and Wales (OC{oc}).", "Its registered number (OC{oc}) appears on every letterhead."],
    "award": ["{B} won Law Firm of the Year at The Lawyer Awards 2024.", "The campaign was shortlisted at the Legal Business Awards 2023."],
    "award-accountancy": ["It was named Mid-Tier Firm of the Year at the British Accountancy Awards 2022.",
                          "The BD team won Best Use of Content at the PM Forum Awards 2024."],
    "job-title": ["Interviews were held with the Senior Partner, the Managing Partner and the Head of BD.",
                  "The Chief Marketing Officer (CMO) reports to the Managing Partner."],
    "honours": ["Its chair, Dame {sur} DBE, is a former regulator.", "The barrister, now a KC, advised on the case.",
                "The Senior Partner, {sur} OBE, leads the firm's client listening."],
    "ceo": ["EY's UK CEO (since 2024) set out a new growth plan.", "The firm's CEO, appointed in {yr}, leads a board of {n}."],
    "financial-year": ["Fee income rose by {pct}% in FY2023/24.", "Revenue for FY{yr} reached £{rev} million."],
    "partnership-year": ["Profit per equity partner rose in the year to 30 April 2024.", "The LLP's results for the year to 31 May {yr} were published in August."],
    "quarter": ["Enquiries fell in Q3 2023 as deal activity slowed.", "The firm launched its new website in Q{q} {yr}."],
    "peep": ["Profit per equity partner reached £{peep} million ({yr}).", "PEP (profit per equity partner) rose to £{peep}m in {yr}."],
    "revenue-growth": ["Global revenue grew {pct}% ({yr} on {yr0}).", "UK fee income rose to £{rev} million in {yr}, up {pct}%."],
    "founding": ["The firm traces its roots to 1762 and still uses its founders' names.", "{B}, founded in {found}, has kept its name through three mergers."],
    "survey-sample": ["Partners were surveyed online (n = {n}).", "The client survey ran for three weeks (n = {n}, response rate {pct}%)."],
    "interviews": ["Eight semi-structured interviews were held (Appendix {q}).", "Interviewees are coded P1 to P{pn} (see Table {q})."],
    "cross-ref": ["The client journey is mapped in Figure {q}.", "The segmentation is summarised below (Table {q})."],
    "model-acronyms": ["The analysis uses PESTLE, SWOT and the 7Ps (Appendix 2).", "Client value was mapped with the SOSTAC model (see Section {q})."],
    "audit-market": ["The Big Four audit {pct}% of the FTSE 350.", "Audit fees for FTSE 100 clients rose in {yr} (up {pct}%)."],
    "euro-fee": ["Irish firms quote fixed fees from €{fee} for probate.", "Arthur Cox's rates start at €{rate} an hour for associates."],
    "percentage-year": ["Some {pct}% of in-house lawyers used a directory in {yr}.", "Women made up {pct}% of new partners in {yr}."],
    "handle": ["The firm posts as @{handle} on X and LinkedIn.", "Follow the #{tag} hashtag for updates."],
    "event-date": ["The ESG breakfast briefing was held on {d} {m} {yr} in {city}.", "Its annual client conference ({m} {yr}) drew {n} delegates."],
    "trainee-intake": ["The {yr} trainee intake was {n}, with {pct}% from state schools.", "Applications for training contracts rose to {tc},000 ({yr})."],
    "sqe": ["The SQE (September 2021) replaced the LPC as the route to qualification.", "Candidates now sit SQE1 and SQE2 before admission."],
    "ftse-client": ["The firm advises {ftse} FTSE 100 companies.", "It audits a quarter of the FTSE 250 (by market value)."],
    "network-members": ["The network has member firms in {nc} countries.", "The network spans {nc} countries and about 64,000 people."],
    "pi-insurance": ["Professional indemnity cover starts at £2 million per claim for solicitors in England and Wales.",
                     "The firm holds PII of £{peep}0 million (any one claim)."],
    "lsb-levy": ["The practising certificate fee was £{fee} for {yr}/{yr1}.", "Firms pay the SRA an annual fee based on turnover (£{rev}m in {yr})."],
    "interest-rate": ["Base rate stood at 5.25% (August 2023).", "Higher rates (5.25% from August 2023) slowed deal activity."],
    "vat-rate": ["Legal fees carry VAT at 20%.", "In Ireland, legal fees carry VAT at 23%."],
    "postcode-address": ["The firm moved to 1 Bishops Square, London E1 6AD in 2010.", "Its Dublin office is at 10 Earlsfort Terrace (D02 T380)."],
}  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use."""
    year = rng.randint(2015, 2025)
    return {
        "yr": str(year), "yr0": str(year - 1), "yr1": str(year + 1 - 2000).zfill(2),
        "rate": f"{rng.choice([1, 1, 1, 2])},{rng.choice(['000', '050', '150', '200', '250'])}" if rng.random() < 0.5 else str(rng.randint(250, 950)),
        "fee": rng.choice(["750", "950", "1,200", "1,450", "395", "2,500"]), "sal": str(rng.randint(60, 180)),
        "city": rng.choice(["Manchester", "Leeds", "Birmingham", "Bristol", "Belfast", "Cork", "Galway", "Edinburgh", "Cardiff", "Glasgow"]),
        "sra": str(rng.randint(100000, 699999)), "firmno": str(rng.randint(10000000, 99999999)),
        "oc": str(rng.randint(300000, 429999)), "pct": str(rng.randint(3, 48)), "rev": f"{rng.randint(40, 3900):,}",
        "peep": str(rng.randint(1, 3)) + "." + str(rng.randint(0, 9)), "found": str(rng.randint(1760, 1990)),
        "m": rng.choice(["January", "March", "May", "June", "September", "October", "November"]),
        "sur": rng.choice(["Hartley-Brown", "Ní Riain", "Mistry", "Okafor", "Ho", "Ó Murchú", "Carew"]),
        "handle": rng.choice(["ClaireAtLaw", "TaxTeamUK", "BDinsights", "IrishLawFirm", "AuditNews"]),
        "tag": rng.choice(["Budget2024", "ESG", "LegalTech", "MTD", "WomenInLaw"]),
        "nc": str(rng.randint(40, 150)), "ftse": str(rng.randint(4, 45)), "pn": str(rng.randint(8, 16)),
        "tc": str(rng.randint(18, 35)), "st": str(rng.randint(14, 20)),
        "cl": rng.choice(["in-house counsel", "general counsel", "finance directors", "owner-managed businesses",
                          "private clients", "FTSE 250 boards", "scale-ups"]),
    }  # fmt: skip
