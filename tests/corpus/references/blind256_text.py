"""The blind256 pool's prose: marketers at cybersecurity vendors, identity and fraud-prevention firms, managed security
service providers and security consultancies in the UK, Ireland, Israel and the US writing CIM Level 6 and 7 reports
and MBA assignments in English on B2B, channel and account-based marketing.

Placeholders are text.py's; this pool's own fill values (see ``values``) are {Y3} a recent year, {pc} a percentage's
number, {mo} a month, {K} an analyst firm or public body named in passing, {ch} a B2B channel, {fr} a planning model,
{seg} a buying role and {m} a small number. Decoys are brackets, years, prices, incidents, laws, standards, CVEs,
deals, awards, events, tickers, titles and periods that no tutor would expect in the reference list.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Darktrace", "Sophos", "NCC Group", "BAE Systems Digital Intelligence", "Check Point", "CyberArk", "Wiz",
          "SentinelOne", "CrowdStrike", "Palo Alto Networks", "Okta", "Yubico", "Onfido", "Featurespace", "Mimecast",
          "Smarttech247", "Integrity360", "BlackBerry Cylance"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use."""
    return {
        "Y3": str(rng.randint(2019, 2025)), "pc": str(rng.randint(3, 89)), "m": str(rng.randint(2, 9)),
        "mo": rng.choice(["January", "March", "April", "June", "September", "October", "November"]),
        "K": rng.choice(["Gartner", "Forrester", "IDC", "the NCSC", "CISA", "ENISA", "the ICO", "Omdia"]),
        "ch": rng.choice(["LinkedIn", "the partner portal", "analyst relations", "webinars", "intent data", "field events",
                          "SDR outreach", "paid search", "MSP resellers", "the distributor channel", "review sites"]),
        "fr": rng.choice(["the ABM pyramid", "the 7Ps", "SOSTAC", "the B2B buying centre", "Ansoff's matrix",
                          "the demand waterfall", "PESTLE", "the jobs-to-be-done lens", "the RACE framework"]),
        "seg": rng.choice(["CISOs", "SOC managers", "IT directors", "procurement teams", "CFOs", "heads of fraud",
                           "channel partners", "MSSPs", "compliance officers", "mid-market IT managers"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.",
    "{N} found that {C}, although their sample was mostly {seg} at large firms.",
    "{N} concluded that {C}; this bears directly on {B}'s plans for {ch}.",
    "{N} showed that {C}, which is why fear-led messaging is losing ground.",
    "{N} made the case that {C}.",
    "{N} warned that {C} unless sales and marketing agree on what counts as a qualified account.",
    "{N} described {fr} as a starting point rather than a plan, and argued that {C}.",
    "{N} surveyed {n} {seg} and reported that {C}.",
    "{N} observe that {C}, a point {B} has been slow to act on.",
    "{N} questioned whether {C}.",
    "{N} suggests that {C}, especially in regulated sectors such as finance and health.",
    "{N} noted that around {pc}% of {seg} shortlist vendors before speaking to sales, and that {C}.",
    "{N} went further, claiming that {C} and that {C2}.",
    "{N} identified trust as the main driver of vendor choice and showed that {C}.",
    "{N} is widely cited on this point, having found that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} pointed out, {C}.",
    "{O}, {N} found that {C}.",
    "In line with {N}, {C}.",
    "{C}, which is consistent with {N}.",
    "{C} – a point also made by {N}.",
    "For a vendor such as {B}, the lesson from {N} is that {C}.",
    "Applying {fr} to {B} and drawing on {N}, it appears that {C}.",
    "This mirrors what {N} found among {seg}: {C}.",
    "The evidence is mixed: {N} found that {C}, whereas others disagree.",
    "{O}, research by {N} suggests that {C}.",
    "Not everyone agrees; {N}, for example, maintained that {C}.",
    "When {B} rebuilt its partner programme in {Y3}, it seemed to follow {N}, on the basis that {C}.",
    "{C}, according to {N}.",
    "Data published by {N} show that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} model of the buying committee implies that {C}.",
    "{O}, {N} study of {seg} showed that {C}.",
    "{N} argument rests on the idea that {C}.",
    "The weakness of {N} framework is that it assumes {C}.",
    "{C}, which supports {N} conclusion.",
    "According to {N} analysis, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, it seems that {C} {P}.",
    "Most commentators now accept that {C} {P}.",
    "{C}, particularly among {seg} {P}.",
    "This matters because {C} {P:see}.",
    "Several studies make the same point, namely that {C} {P:see, for example,}.",
    "{B} should therefore invest in {ch}, given that {C} {P:e.g.}.",
    "Security buyers now complete most of their research before contacting a vendor {P}.",
    "Account-based marketing aligns sales and marketing around a short list of named accounts {P}.",
    "{C}, which has implications for how {B} scores its target accounts {P}.",
    "Channel partners such as MSSPs and value-added resellers now influence most mid-market deals {P}.",
    "The skills shortage means many firms buy security as a managed service {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, but in practice {C2}.",
    "{C} {P}; however, {C2}.",
    "Although {C} {P}, {C2}.",
    "{O}, {C} {P} and {C2}.",
    "{C} {P}, whereas {C2}.",
    "Three tactics stand out – intent data, tailored content {P} and executive round tables – and {C}.",
    "Given that {C} {P:see}, it follows that {C2}.",
]  # fmt: skip
CLAIMS = [
    "fear, uncertainty and doubt no longer persuade experienced {seg}",
    "{seg} trust peer reviews more than vendor content",
    "account-based marketing shortens the sales cycle for enterprise security deals",
    "{B} depends heavily on {ch} to reach {seg}",
    "buying committees for security platforms now include six to ten people",
    "thought leadership builds trust only when it is backed by original research",
    "channel partners shape which vendors reach the shortlist",
    "vendor consolidation is pushing buyers towards platforms rather than point products",
    "analyst reports carry more weight with the board than vendor case studies",
    "free trials and proof-of-concept projects reduce the perceived risk of switching",
    "identity is replacing the network perimeter as the focus of security spending",
    "marketing qualified leads are a poor predictor of pipeline in cybersecurity",
    "{seg} ignore cold outreach that is not tied to a live threat",
    "a breach at a competitor raises demand for {T} across the sector",
    "brand matters more in security than in most B2B markets",
    "fraud-prevention vendors must sell to both risk teams and product teams",
    "webinars still generate most of the pipeline for mid-sized security firms",
    "firms that {bs} see better win rates in competitive deals",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "Similarly", "By contrast", "In {B}'s case", "Put simply",
           "From a channel perspective", "In an ABM context", "Turning to {ch}", "Since the pandemic", "Crucially",
           "For {seg}", "Taken together", "In the UK and Irish market", "Even so"]  # fmt: skip
PLAIN = [
    "{B} sells mainly through distributors, resellers and MSSPs.",
    "The rest of this section applies {fr} to {B}'s target accounts.",
    "Table 3 compares the three options on cost, reach and fit with the brand.",
    "{B} currently runs {m} ABM programmes, each aimed at a small list of named accounts.",
    "The recommendations are costed and phased over eighteen months.",
    "{O}, {C}.",
    "Appendix B holds the buyer personas agreed with the sales team.",
    "The firm has no single view of its partners' pipeline at present.",
    "Interviews with {m} account executives informed this section.",
    "{B} reported a {pc}% rise in inbound demo requests last year.",
]  # fmt: skip

QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one textbook puts it, {Q} {P}.",
    "Put another way, {Q} {P}.",
    "{O}, {Q} {P}.",
    "{N} put it bluntly: {Q}.",
    "The point is that {Q} {P}, and {B} has yet to act on it.",
]  # fmt: skip
SCARE_QUOTES = ["‘zero trust’", "‘shift left’", "‘assume breach’", "‘human firewall’", "‘land and expand’",
                "‘single pane of glass’", "‘platformisation’", "‘alert fatigue’", "‘trusted advisor’"]  # fmt: skip
SCARE_FRAMES = [
    "Vendors now talk of {Q} as if it were a product {P}.",
    "{B} describes its approach as {Q} {P}.",
    "The idea of {Q} has become a marketing slogan {P}.",
    "{N} is sceptical of the term {Q}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Is your SOC drowning in alerts?’", "‘Your board will ask about NIS2. Are you ready?’",
                 "“Ransomware readiness: a 10-minute checklist”", "‘Invitation: CISO round table, London’",
                 "‘{m} ways attackers get past MFA’", "“Your free pen test summary is ready”"]  # fmt: skip
SUBJECT_FRAMES = [
    "The email headed {Q} had the highest open rate of the campaign {P}.",
    "{B} tested {Q} against a plainer subject line {P}.",
    "Subject lines such as {Q} rely on fear {P}.",
    "{N} gives {Q} as a typical example of a threat-led subject line.",
]  # fmt: skip

# Brackets, years, figures and names that no tutor would expect in the reference list.
NOT_CITATIONS = {
    "price-per-user": ["The entry tier costs about £12 a user a month (2024 list price).", "{B} charged £{n} a seat a year (list price, {Y3})."],
    "breach-cost": ["The average breach now costs $4.45 million (2023 figure).", "Breach costs rose again (average: $4.88 million in 2024)."],
    "pen-test-fee": ["A basic test cost a small firm about £2,500 (2022).", "Day rates for CREST testers ranged from £800 to £1,200 (2023 prices)."],
    "takeover-price": ["{B} was bought for $1.4 billion (2024).", "The deal valued the firm at £{n} million (announced {mo} {Y3})."],
    "wannacry": ["WannaCry (May 2017) hit NHS trusts hardest.", "After WannaCry (2017), the NHS rebuilt its patching process."],
    "notpetya": ["NotPetya (June 2017) cost Maersk and Merck hundreds of millions.", "Insurers disputed NotPetya claims for years (June 2017 onwards)."],
    "solarwinds": ["The SolarWinds compromise (December 2020) made supply-chain risk a board topic.", "Since SolarWinds (2020), buyers ask vendors for a software bill of materials."],
    "moveit": ["The MOVEit breach (June 2023) exposed payroll data at the BBC and British Airways.", "Clop exploited MOVEit Transfer (May–June 2023)."],
    "british-library": ["The British Library attack (October 2023) took its catalogue offline for months.", "Rhysida claimed the British Library attack (October 2023)."],
    "crowdstrike-outage": ["The CrowdStrike outage (19 July 2024) grounded flights worldwide.", "After the faulty update (19 July 2024), rivals avoided gloating in their ads."],
    "log4shell": ["Log4Shell (December 2021) kept security teams busy over Christmas.", "Most firms patched Log4j within weeks (December 2021)."],
    "hse-attack": ["The HSE ransomware attack (May 2021) disrupted Irish hospitals for weeks.", "Ireland's health service was hit by Conti (May 2021)."],
    "uk-act": ["Unauthorised access is an offence (Computer Misuse Act 1990).", "Campaigners want the Computer Misuse Act (1990) reformed to protect researchers."],
    "nis-regulations": ["Operators of essential services fall under the NIS Regulations (2018).", "Fines can reach £17 million (NIS Regulations 2018)."],
    "nis2": ["NIS2 (October 2024) widens the number of firms in scope.", "Member states had to transpose NIS2 by 17 October 2024 (Directive (EU) 2022/2555)."],
    "dora": ["Banks must test their resilience under DORA (January 2025).", "The Digital Operational Resilience Act (in force January 2025) covers ICT suppliers too."],
    "psti": ["Default passwords are banned (Product Security and Telecommunications Infrastructure Act 2022).", "The PSTI regime (April 2024) applies to smart devices sold in the UK."],
    "cra": ["Manufacturers face new duties (Cyber Resilience Act, 2024).", "The Cyber Resilience Act (2024) requires security updates for a product's life."],
    "gdpr": ["Breaches must be reported within 72 hours (GDPR, May 2018).", "Fines can reach 4% of turnover (UK GDPR 2018)."],
    "iso-27001": ["{B} is certified to ISO/IEC 27001:2022.", "Buyers often ask for proof of certification (ISO 27001, renewed {Y3})."],
    "cyber-essentials": ["Government suppliers need Cyber Essentials (2014).", "{B} holds Cyber Essentials Plus (renewed {mo} {Y3})."],
    "soc2": ["The platform has a SOC 2 Type II report (2023).", "US buyers expect a current attestation (SOC 2 Type II, {Y3})."],
    "pci-dss": ["Merchants must meet PCI DSS v4.0 (March 2024).", "The new requirements became mandatory (PCI DSS 4.0, 31 March 2025)."],
    "nist-csf": ["The NIST CSF 2.0 (February 2024) adds a Govern function.", "Many firms map their controls to the framework (CSF 2.0, 2024)."],
    "cve": ["The flaw was tracked as CVE-2021-44228 (CVSS 10.0).", "Attackers exploited CVE-{Y3}-{n}{n} within days of disclosure."],
    "windows-eol": ["Many SMEs still run Windows 10 (end of support October 2025).", "Support for Windows Server 2012 ended (October 2023)."],
    "protocol-version": ["Older clients cannot use TLS 1.3 (2018).", "The portal still accepted TLS 1.0 (1999) until last year."],
    "ipo": ["Darktrace's IPO (April 2021) valued it at £1.7 billion.", "{B} floated on the London Stock Exchange (IPO, {mo} {Y3})."],
    "take-private": ["Thoma Bravo's takeover (2024) took Darktrace private.", "Sophos's delisting (2020) followed its sale to Thoma Bravo."],
    "wiz-deal": ["Google agreed to buy Wiz for $32 billion (March 2025).", "Wiz's $32 billion deal (March 2025) was Google's largest."],
    "award": ["{B} won at the SC Awards Europe 2023.", "The team was shortlisted (Computing Security Awards 2024)."],
    "award-year": ["{B}'s campaign won Best Marketing Team (Cyber Security Awards 2022).", "{B} has been a Gartner Magic Quadrant Leader (2023) for endpoint protection."],
    "conference-date": ["{B} launched its platform at Infosecurity Europe (June 2024).", "The NCSC's flagship event moved to Manchester (CyberUK 2023)."],
    "blackhat": ["The research was presented at Black Hat USA (August 2023).", "{B} hosted a customer party in Las Vegas (Black Hat, {Y3})."],
    "awareness-month": ["Most vendors publish content during Cybersecurity Awareness Month (October).", "The campaign ran through October (Cybersecurity Awareness Month {Y3})."],
    "ticker": ["Darktrace traded on the LSE (LON: DARK) until 2024.", "NCC Group's shares (LON: NCC) fell after the profit warning."],
    "nasdaq-ticker": ["Check Point (NASDAQ: CHKP) is based in Tel Aviv.", "CyberArk (NASDAQ: CYBR) and CrowdStrike (NASDAQ: CRWD) both report in dollars."],
    "job-title": ["The buyer is usually the CISO (or the CIO in smaller firms).", "The campaign targeted two roles (CISO and Head of IT)."],
    "marketing-title": ["Interviews included the Chief Marketing Officer (CMO) and the Head of Demand Generation.", "{B}'s VP of Product Marketing (appointed {Y3}) owns the analyst relationships."],
    "honour": ["Poppy Gustafsson OBE (CEO of Darktrace until 2024) became a government minister.", "The founders' story (Cambridge, 2013) features in every pitch deck."],
    "financial-year": ["Revenue grew by {pc}% (FY2024).", "{B} expects slower growth in the new year (FY{Y3} guidance)."],
    "half-year": ["Bookings slowed in the first half (H1 2024).", "The firm's interim results (H1 {Y3}) showed higher churn."],
    "quarter": ["Pipeline fell in Q3 2023.", "{B} missed its target (Q{q} {Y3})."],
    "arr": ["Annual recurring revenue passed $1 billion (ARR, {Y3}).", "Net retention stayed above 110% (NRR, FY{Y3})."],
    "headcount": ["The team grew to {n} people ({Y3} headcount).", "{B} employs about 2,200 staff (as of {mo} {Y3})."],
    "survey-sample": ["Most respondents were in large firms (n = {n}).", "The survey of {seg} ran for a month ({mo} {Y3}, n = {n})."],
    "figure-ref": ["The funnel is shown below (Figure {q}).", "Costs are set out in the appendix (Table {q}, Appendix C)."],
    "ransom-amount": ["The gang demanded $20 million (paid in bitcoin, {Y3}).", "Average ransom payments fell ({Y3}: about ${n},000)."],
    "mitre": ["The attack followed a familiar pattern (MITRE ATT&CK T1566).", "Phishing remains the main entry point (T1566, ATT&CK v14)."],
}  # fmt: skip
