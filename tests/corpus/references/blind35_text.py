"""Prose for the thirty-fifth held-out pool, "blind35": reports by business-development and marketing managers in
professional services firms on CIM Level 6 and Professional Services Marketing Group courses.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a thirty-fifth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how BD and marketing
managers at law firms, accountancy practices, consultancies, architects, recruiters and wealth managers in the UK,
Ireland, Singapore and Australia write: court cases with neutral citations and party names, statutes and sections,
SRA, ICAEW, ACCA, RICS and FCA rules, Legal 500 and Chambers rankings with their years, awards, client panels,
tenders and pitches, fee structures, partner promotions, thought-leadership reports, LinkedIn posts and podcasts,
firms' annual reviews with last year's figures in brackets, LLP names, post-nominals and job titles in brackets.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} argues that {C}.",
    "{N} found that {C}.",
    "{N} makes the point that {C}, which matches what our partners told us in interview.",
    "{N} suggests {C}.",
    "{N} observed that {C}; the same was true of our {sector} competitors.",
    "{N} is clear that {C}.",
    "Writing about {sector}, {N} notes that {C}.",
    "{N} concluded that {C}, although the sample was drawn mostly from {sector}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} points out, {C}.",
    "For the firm's {practice} team, the lesson from {N} is that {C}.",
    "This is consistent with {N}, who found that {C}.",
    "Our pitch debriefs bear out the view of {N} that {C}.",
    "The client listening interviews supported {N}: {C}.",
    "Following {N}, I would argue that {C}.",
    "{O} the work of {N} shows that {C}.",
    "A similar pattern is reported by {N} for {sector}, where {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} model of the trusted adviser explains why {C}.",
    "{N} research on {sector} shows that {C}.",
    "Applying {N} framework to the {practice} team suggests that {C}.",
    "{N} survey of general counsel found that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "In {sector}, {C} {P}.",
    "{O} {C} {P}.",
    "There is good evidence that {C} {P}.",
    "Clients increasingly expect that {C} {P}.",
    "It is widely accepted in the professional services literature that {C} {P}.",
    "For a mid-tier practice such as {firm}, {C} {P}.",
    "{C}, at least in the UK and Irish markets {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, so the BD team should prioritise the top twenty clients.",
    "Because {C} {P}, the partners agreed to fund a client listening programme.",
    "The literature suggests that {C} {P:see}, and our panel reviews say the same.",
    "{C} {P}; however, few partners at {firm} would accept this.",
    "Research on {sector} {P} shows that {C}.",
    "Given that {C} {P}, the pitch process needs a named relationship partner.",
    "{O} {C} {P}, which is why the annual review now leads with client stories.",
]  # fmt: skip
CLAIMS = [
    "clients buy the partner before they buy the firm",
    "cross-selling rarely happens without a formal key account plan",
    "general counsel value commercial understanding above technical excellence",
    "thought leadership only wins work when it answers a question clients are already asking",
    "most professional firms under-invest in listening to their existing clients",
    "partners see business development as something done after the billable work",
    "fixed fees shift the pricing risk from the client to the firm",
    "directory rankings matter more to lateral recruits than to buyers",
    "a firm's brand is built one client relationship at a time",
    "clients rarely switch advisers because of price alone",
    "a structured client feedback programme improves retention",
    "LinkedIn is now the main channel through which partners build a profile",
    "the credence nature of professional services makes quality hard for clients to judge",
    "tender panels reward a clear understanding of the client's sector",
    "associates who are given business development targets early become better rainmakers",
    "sector teams win more cross-border instructions than practice-led teams",
    "podcasts reach a smaller but more senior audience than webinars",
    "marketing is still seen as a support function in many partnerships",
    "client satisfaction scores rise when a firm explains its bills",
    "the pitch is often lost before the presentation begins",
    "award wins have little direct effect on instructions",
    "clients expect their advisers to understand ESG reporting",
    "referrals from other professionals remain the largest source of new work for small practices",
    "women partners are less likely to be credited with client origination",
    "alternative fee arrangements are more often discussed than agreed",
    "the partnership model slows decisions on marketing technology",
    "a CRM system only works when partners trust the data in it",
    "personal relationships explain most of the variance in client loyalty",
]  # fmt: skip
OPENERS = [
    "In the firm's experience,",
    "In practice,",
    "For {firm},",
    "Within the {practice} team,",
    "On the evidence of last year's pitches,",
    "From a BD perspective,",
    "Looking at the Irish market,",
    "In Singapore as in London,",
]  # fmt: skip
PLAIN = [
    "This section looks at how the firm wins and keeps its clients.",
    "The recommendations below were discussed with the managing partner and the head of BD.",
    "The firm has around {n} fee earners across four offices.",
    "Partners were interviewed in person or on Teams during the autumn.",
    "The next section turns to pricing and the client experience.",
    "None of the interviewees wished to be named.",
    "The marketing team consists of four people, two of them part-time.",
    "Client names have been removed for confidentiality.",
    "The proposed plan runs for three years and is reviewed each spring.",
    "Table 2 summarises the options and their costs.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{N} puts it plainly: {Q}.",
    "One definition of client focus is {Q} {P}.",
    "As {N} writes, {Q}.",
    "The key point is that {Q} {P}.",
    "{Q} {P}, a view several partners shared in interview.",
    "According to {N}, {Q}.",
]  # fmt: skip
SCARE_QUOTES = [
    "‘trusted adviser’", "‘rainmaker’", "“value pricing”", "'sticky' clients", "‘beauty parade’", "\"client care\"",
    "‘one firm’", "“thought leadership”", "'matter management'", "‘cradle to grave’ service", "“panel fatigue”",
    "‘grinders, minders and finders’", "‘T-shaped’ lawyers", "\"full service\"", "‘white-glove’ service",
]  # fmt: skip
SCARE_FRAMES = [
    "The so-called {Q} role is still poorly defined {P}.",
    "{N} is sceptical of {Q} as a label.",
    "Many firms now market a {Q} approach {P}.",
    "The idea of {Q} dominates the pitch literature {P}.",
    "What {N} calls {Q} is common in {sector}.",
]  # fmt: skip
SUBJECT_LINES = [
    "‘Five things the Autumn Budget means for owner-managed businesses’",
    "“Employment law update: what changes in {month}”",
    "'Are you ready for the Consumer Duty?'",
    "‘Your {yr2} year-end checklist’",
    "“Invitation: breakfast briefing on {d} {month}”",
    "'{firm} advises on £{money}m refinancing'",
    "‘Meet the team: our new partners’",
    "“Private client insights, Issue {n}”",
]  # fmt: skip
SUBJECT_FRAMES = [
    "The campaign email {Q} had an open rate well above the sector average {P}.",
    "Posts such as {Q} earn most of their engagement from existing clients {P}.",
    "A headline like {Q} follows the advice of {N} on specific, useful content.",
    "The newsletter led with {Q}, the kind of practical content clients say they value {P}.",
]  # fmt: skip

NOT_CITATIONS: dict[str, list[str]] = {
    "neutral-citation": [
        "The team acted for the respondent in {party1} v {party2} [{yr}] EWCA Civ {n}, which is now the lead case study on our website.",
        "Our most-read briefing last year explained {party1} v {party2} [{yr}] UKSC {q} in plain English.",
        "The Court of Appeal's decision in {party1} Ltd v {party2} [{yr}] EWCA Civ {n} prompted a client alert within two hours.",
    ],
    "case-name-year-bracket": [
        "The employment team's webinar on {party1} v {party2} ({yr}) drew {n} registrations.",
        "Clients asked about {party1} v {party2} ({yr}) more than any other case that year.",
    ],
    "irish-scottish-case": [
        "The firm's Dublin office covered {party1} v {party2} [{yr}] IEHC {n} in its March briefing.",
        "In Scotland, the Outer House decision in {party1} v {party2} [{yr}] CSOH {n} was the subject of a LinkedIn series.",
    ],
    "singapore-australia-case": [
        "The Singapore team summarised {party1} v {party2} [{yr}] SGHC {n} for clients in the construction sector.",
        "Our Sydney colleagues wrote up {party1} Pty Ltd v {party2} [{yr}] HCA {q} for the insurance panel.",
    ],
    "statute-section": [
        "Under section {n} of the Legal Services Act 2007, only authorised persons may carry on reserved legal activities.",
        "The client alert explained s.{q} of the Bribery Act 2010 and the defence of adequate procedures.",
        "Section 172 of the Companies Act 2006 now features in every board pack the corporate team produces.",
    ],
    "act-year-bracket": [
        "The Economic Crime and Corporate Transparency Act (2023) created a new failure-to-prevent-fraud offence that clients want explained.",
        "Irish clients still ask about the Legal Services Regulation Act (2015) and its impact on fees.",
    ],
    "regulator-rule": [
        "Rule 7.1 of the SRA Code of Conduct for Firms requires the firm to keep records of complaints.",
        "Paragraph 8.7 of the SRA Code of Conduct for Solicitors, RELs and RFLs covers how costs are explained to clients.",
        "The ICAEW Code of Ethics (section R310) governs how conflicts of interest are handled before a pitch.",
    ],
    "transparency-rules": [
        "Since the SRA Transparency Rules came into force in December 2018, the firm has published prices for conveyancing and probate.",
        "The website now shows fixed fees from £{money},000 (plus VAT) under the SRA's price transparency requirements.",
    ],
    "fca-reference": [
        "As an FCA-authorised firm (FRN {big}), the wealth team must follow the Consumer Duty (PRIN 2A) in all client communications.",
        "Financial promotions are signed off under COBS 4 before they go on LinkedIn.",
    ],
    "ranking-tier": [
        "The {practice} team is ranked Band {q} in Chambers UK {yr} and Tier {q} in The Legal 500 UK {yr2}.",
        "The firm moved up to Tier 1 for {practice} in the Legal 500 {yr} edition.",
        "Two partners were named Leading Individuals (Legal 500 UK {yr2}) and one a Next Generation Partner.",
    ],
    "directory-testimonial": [
        "Clients interviewed for the directories describe the team as ‘commercial, responsive and easy to deal with’.",
        'One client quoted in the {yr} directory write-up said the partner was "always one step ahead".',
    ],
    "award": [
        "{firm} was shortlisted for Law Firm of the Year at The Lawyer Awards {yr}.",
        "The tax team won Mid-Tier Firm of the Year at the Accountancy Age Awards {yr2}.",
        "The marketing team's campaign was Highly Commended at the PSMG Awards {yr}.",
    ],
    "panel-appointment": [
        "The firm was appointed to the Crown Commercial Service Legal Services Panel (RM6240) in {yr}.",
        "{firm} secured a place on the NHS Resolution panel for a further four years from 1 April {yr}.",
    ],
    "tender-reference": [
        "The invitation to tender (ref. {tref}/{yr}/{n}) asked for a four-page response on social value.",
        "Question 3.2 (weighting 20%) of the PQQ covered diversity and inclusion.",
    ],
    "fee-structure": [
        "The proposal offered a capped fee of £{money},000 (excluding VAT and disbursements).",
        "Blended hourly rates fell from £{money}0 to £{money2}5 after the panel review.",
        "Fixed fees (Stage 1: £{money},500; Stage 2: £{money},750) were accepted by the client.",
    ],
    "partner-promotion": [
        "{firm} promoted {q} associates to partner with effect from 1 May {yr}.",
        "The {yr} partner promotions round (six new partners, three of them women) was announced on LinkedIn.",
    ],
    "person-post-nominals": [
        "{person} FCA CTA, head of private client tax, led the webinar.",
        "The guide was written by {person} MRICS and {person2} FRICS.",
        "{person} (ACCA, CIM Dip) now leads marketing for the audit practice.",
    ],
    "person-title-bracket": [
        "{person} (Partner, {practice}) presented the pitch with {person2} (Senior Associate).",
        "Interviews were held with {person} (Head of BD) and {person2} (Managing Partner).",
    ],
    "firm-llp-definition": [
        "{firm} (the Firm) is a limited liability partnership registered in England and Wales.",
        'In this report, {firm} ("the practice") refers to all four offices.',
    ],
    "registration-number": [
        "The firm is authorised and regulated by the Solicitors Regulation Authority (SRA number {big}).",
        "{firm} is registered in England and Wales (OC{big}) with its registered office in {city}.",
    ],
    "abbreviation-definition": [
        "The firm uses client relationship management (CRM) data to plan key account meetings.",
        "Key account management (KAM) was introduced for the top twenty clients in {yr}.",
        "The Professional Services Marketing Group (PSMG) runs the course the author attended.",
    ],
    "revenue-comparative": [
        "Fee income rose to £{money}.{q}m ({yr}: £{money2}.{d}m), driven by the corporate team.",
        "Profit per equity partner was £{money}0k (prior year: £{money2}0k), according to the members' report.",
    ],
    "financial-year": [
        "In FY{yy}/{yy2}, marketing spend was {pct}% of fee income.",
        "For the year ended 30 April {yr}, the firm reported {pct}% growth in advisory work.",
    ],
    "percentage-change": [
        "Website enquiries were up {pct}% in {yr2} ({yr}: {pct2}%).",
        "Client retention stood at {pct}% (target: 90%) at the end of Q{q}.",
    ],
    "survey-sample": [
        "The client survey (n = {n}) had a response rate of {pct}%.",
        "Of the {n} clients surveyed in {month} {yr}, {pct}% said they would recommend the firm.",
    ],
    "nps-score": [
        "The firm's Net Promoter Score (NPS) was +{pct} in the latest client listening round.",
        "NPS rose from +{q}2 to +{pct} between {yr} and {yr2}.",
    ],
    "linkedin-post": [
        "Our LinkedIn post ‘Five lessons from the {yr} Budget’ reached {n} impressions in a week.",
        "The managing partner's LinkedIn article (posted {d} {month}) had {n} reactions and {q}0 comments.",
    ],
    "podcast-episode": [
        "Episode {n} of the firm's podcast, The Deal Room (Series {q}), featured two general counsel.",
        "The Private Client Podcast (S{q}, E{d}) was downloaded {n} times in its first month.",
    ],
    "event-date": [
        "The breakfast seminar on {d} {month} {yr} was held at the firm's {city} office.",
        "A webinar on pensions reform (Thursday {d} {month}, 8.30am) attracted {n} sign-ups.",
    ],
    "conference-name": [
        "The author attended PSMG Conference {yr} in London and the Legal Marketing Association's event in Dublin.",
        "Two partners spoke at Legal Geek {yr} on generative AI in client service.",
    ],
    "course-module": [
        "This assignment is submitted for the CIM Level 6 Diploma in Professional Marketing (Module 2: Innovation in Marketing).",
        "The PSMG Certificate (Cohort {q}, {yr}) covered pricing, pitching and key accounts.",
    ],
    "standard-certification": [
        "The firm holds Lexcel accreditation and ISO 27001:{yr} certification.",
        "Cyber Essentials Plus (renewed {month} {yr}) is now a mandatory tender requirement.",
    ],
    "office-address": [
        "The new {city} office (3rd Floor, {n} King Street) opened in {month}.",
        "Client events are held at the London office (EC2V 7HH) or at the client's premises.",
    ],
    "hashtag-handle": [
        "The campaign used the hashtag #PSMG{yr} and tagged @{handle} in each post.",
        "Posts from @{handle} on X and LinkedIn were scheduled through Hootsuite.",
    ],
    "big-four-names": [
        "Unlike the Big Four and the Magic Circle, a firm of {n} people cannot sponsor a Premier League club.",
        "The Silver Circle firms compete with US firms for the same trainees.",
    ],
    "report-title-quoted": [
        "The firm's own report, ‘The Future of Family Business {yr2}’, was downloaded {n} times.",
        "The ‘Women in Leadership’ campaign ran from {month} to December.",
    ],
    "project-codename": [
        "Project Kestrel (the {yr} merger talks) was kept out of all marketing materials.",
        "The pitch, codenamed Project Heron, was lost on price in {month} {yr}.",
    ],
    "plan-period": [
        "The firm's strategic plan (2024–2027) sets a target of {pct}% of income from sector teams.",
        "Over the plan period ({yr}–{yr2}), the firm expects to add two offices.",
    ],
    "statutory-instrument": [
        "The Money Laundering Regulations 2017 (SI 2017/692) shape the firm's client onboarding.",
        "The Companies (Miscellaneous Reporting) Regulations 2018 added new reporting duties for large private companies.",
    ],
    "singapore-regulation": [
        "The Legal Profession (Publicity) Rules 2015 restrict how Singapore law practices advertise.",
        "MAS Notice SFA04-N02 shapes how the wealth desk handles new clients in Singapore.",
    ],
    "australia-regulation": [
        "Under the Legal Profession Uniform Law (NSW), costs disclosure is required above $750.",
        "The Corporations Act 2001 (Cth) limits what the wealth team can say in a social post.",
    ],
    "software-version": [
        "The firm moved its client data to InterAction (version {q}.{d}) in {yr}.",
        "Salesforce (Spring '24 release) replaced the old spreadsheets for pipeline tracking.",
    ],
    "tax-year": [
        "Clients asked most about the changes to capital gains tax in {yr}/{yy2}.",
        "The 2025/26 tax year brought changes to inheritance tax on pensions.",
    ],
    "court-name": [
        "The firm's advocates appear in the High Court (Chancery Division) and the Court of Session.",
        "Most of the team's work is heard in the Employment Tribunal (England and Wales).",
    ],
    "staff-numbers": [
        "The practice has {n} staff (including {q}0 partners) across {city} and Dublin.",
        "Headcount grew from {n} to {n2} (FTE) over the year.",
    ],
    "client-sector-list": [
        "Key clients include three FTSE 250 companies, two NHS trusts and a Premier League football club.",
        "The top twenty clients (by fees billed in {yr}) account for {pct}% of income.",
    ],
}

BRANDS = ["Clifford Chance", "Allen & Overy", "Pinsent Masons", "Mishcon de Reya", "Slaughter and May", "Arthur Cox",
          "A&L Goodbody", "Rajah & Tann", "Herbert Smith Freehills", "MinterEllison", "Grant Thornton", "BDO", "KPMG",
          "Deloitte", "PwC", "EY", "RSM", "Hays", "Robert Walters", "St. James's Place", "Rathbones", "Foster + Partners",
          "Burges Salmon", "Brodies", "Addleshaw Goddard", "Irwin Mitchell", "Moore Kingston Smith", "Azets"]  # fmt: skip

_PARTIES = ["Harcourt", "Dunmore", "Kilbride", "Ong", "Pillai", "Tremayne", "Ashcombe", "Brennan", "Lim", "Rahman",
            "Whitlock", "Carbery", "MacAskill", "Llewellyn", "Norvale Holdings", "Fenmore Developments", "Castlegate Homes",
            "Pacific Trust", "Greystones", "Ravenscroft"]  # fmt: skip
_FIRMS = ["Harcourt O'Neill LLP", "Carrick & Mather LLP", "Tan Ramasamy LLC", "Brennan McAuley", "Whitcombe & Ong",
          "Kellaway Partners LLP", "Byrne O'Dwyer & Co", "Ashdown Wealth Ltd", "Penrose Lloyd-Evans", "Glenmoray Associates"]  # fmt: skip
_PEOPLE = ["Aoife Brennan", "Ciarán Ó Súilleabháin", "Eilidh MacKenzie", "Rhys ap Iorwerth", "Tan Wei Ling", "Nurul Ain binti Ismail",
           "Kavitha Subramaniam", "Lachlan Moore", "Sinéad Fitzgerald", "Hamish Urquhart", "Priya Ramasamy", "Gareth Lloyd-Evans",
           "Lim Boon Keng", "Siti Aishah Abdul Rahman", "Bronwyn Whitlam", "Oliver Ashworth"]  # fmt: skip
_PRACTICES = ["private client", "employment", "real estate", "corporate", "commercial disputes", "audit", "tax",
              "restructuring", "family", "construction", "banking", "wealth planning", "executive search"]  # fmt: skip
_SECTORS = ["law firms", "accountancy practices", "consultancies", "architecture practices", "recruitment agencies",
            "wealth managers", "mid-tier firms", "Irish practices", "Singapore law practices", "Australian firms"]  # fmt: skip
_CITIES = ["Manchester", "Leeds", "Edinburgh", "Glasgow", "Cardiff", "Belfast", "Dublin", "Cork", "Bristol", "Birmingham",
           "Singapore", "Sydney", "Melbourne", "Brisbane"]  # fmt: skip
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "September", "October", "November"]


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    party1, party2 = rng.sample(_PARTIES, 2)
    person, person2 = rng.sample(_PEOPLE, 2)
    firm = rng.choice(_FIRMS)
    year = rng.randint(2018, 2025)
    return {
        "party1": party1, "party2": party2, "person": person, "person2": person2, "firm": firm,
        "practice": rng.choice(_PRACTICES), "sector": rng.choice(_SECTORS), "city": rng.choice(_CITIES),
        "month": rng.choice(_MONTHS), "money": str(rng.randint(2, 95)), "pct": str(rng.randint(11, 89)),
        "big": str(rng.randint(100000, 999999)), "yy": str(year)[2:], "yy2": str(year + 1)[2:],
        "yr": str(year), "yr2": str(year + 1), "money2": str(rng.randint(2, 95)), "pct2": str(rng.randint(11, 89)),
        "n2": str(rng.randint(40, 900)),
        "tref": rng.choice(["CCS", "NHSR", "LGA", "TfL", "OGP", "DfE", "ESPO"]),
        "handle": rng.choice(["HarcourtONeill", "CarrickMather", "TanRamasamyLaw", "KellawayLLP", "ByrneODwyer"]),
    }  # fmt: skip
