"""The blind385 pool's prose: marketers at B2B technology and professional-services firms (SaaS and cybersecurity
firms, IT consultancies, accountancy and law firms, marketing agencies and business-software resellers) in the UK, the
Netherlands, Poland, Israel, Singapore and South Africa writing CIM Level 6 and 7 reports and MBA assignments in
English.

Citations at the start, middle and end of sentences, after "as", "following", "according to", "echoing" and
"building on", in lists of works and with "see" and "e.g." inside the bracket; and the brackets, years and figures
these candidates write that are no citations: product releases and versions, certifications and standards held,
analyst placements, contract wins, acquisitions, funding rounds and listings, founders and chief executives, founding
years, events, prices, ARR and percentages, acts and regulations named in passing.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Darktrace", "Sage", "Softcat", "Computacenter", "Kainos", "Check Point", "CyberArk", "Wix", "monday.com",
          "Comarch", "Asseco", "LiveChat", "Booksy", "Exact", "Adyen", "Mollie", "Bird", "Dimension Data", "Datatec",
          "Grab for Business", "Singtel", "Sophos", "BDO", "Grant Thornton", "Bowmans", "Rajah & Tann",
          "Herzog Fox & Neeman", "Allen & Overy", "Moore Kingston Smith", "Xero", "Salesforce", "HubSpot"]  # fmt: skip

NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although the sample was drawn from large enterprises only.",
    "{N} showed that {C}, which matters for a reseller such as {B}.", "{N} concluded that {C}.",
    "{N} describes the buying centre as wider than most sellers assume and notes that {C}.",
    "{N} reported that {C} across the firms they surveyed.", "{N} suggests that {C}.",
    "{N} warned that {C} unless sales and marketing share one pipeline.", "{N} observed that {C} in regulated sectors.",
    "{N} makes a similar point: {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} argued, {C}.", "Following {N}, this report assumes that {C}.", "According to {N}, {C}.",
    "Echoing {N}, the client interviews suggested that {C}.", "Building on {N}, {B} could test whether {C}.",
    "{O}, {N} found that {C}.", "{C}, as {N} point out.", "This is consistent with {N}, who showed that {C}.",
    "{B}'s marketing team could learn from {N}, who found that {C}.", "{C} – a view shared by {N}.",
    "In the Dutch and Polish markets, {N} found that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} model of the buying centre suggests that {C}.", "{O}, {N} framework explains why {C}.",
    "{N} survey of IT decision-makers found that {C}.", "{N} findings imply that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "There is good evidence that {C} {P}.", "Several studies agree that {C} {P}.",
    "{C} {P:see}.", "{C} {P:e.g.}.",
    "For {B}, {C} {P}.", "{C}, especially among CFOs and procurement teams {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, although {C2}.", "{C} {P}; even so, {C2}.",
    "Buying groups now include six to ten people {P}, so {C}.", "{C} {P}, while {C2}.",
]  # fmt: skip
CLAIMS = [
    "{B} could use intent data to prioritise {A}", "thought leadership builds trust with {A} before a tender",
    "lead scoring works only when sales agree the definition of a qualified lead",
    "customer success teams drive more of the renewal than account managers do",
    "content marketing shortens the sales cycle for complex software", "{A} read vendor content before speaking to sales",
    "account-based marketing raises {R} among target accounts", "law firms underinvest in brand compared with SaaS firms",
    "partners and resellers shape the shortlist more than vendors admit", "{T} lifts {R} among {A}",
    "buyers trust peer reviews more than analyst reports", "cybersecurity buyers fear the risk of a wrong choice more than its cost",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "By contrast", "In the South African market", "More recently",
           "At the same time", "In Singapore", "Even so", "For a mid-sized accountancy firm"]  # fmt: skip
PLAIN = [
    "{B} sells mainly through resellers and managed-service partners.", "The marketing team has four people and one SDR.",
    "Most of {B}'s pipeline comes from existing clients and referrals.", "{O}, {C}.",
    "The firm's partners still see marketing as a support function.", "Webinars and LinkedIn drive most inbound leads.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one author puts it, {Q} {P}.", "{N} put it plainly: {Q}.", "B2B buying has been described as {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘trusted adviser’", "‘land and expand’", "‘dark funnel’", "‘zero trust’", "‘one firm’",
                "‘always-on ABM’", "‘shift left’"]  # fmt: skip
SCARE_FRAMES = ["Vendors now talk of {Q} selling {P}.", "{B} calls its approach {Q} {P}.",
                "Partners describe the model as {Q} {P}."]  # fmt: skip
SUBJECT_LINES = ["‘Your {PRODUCT} trial ends in 3 days’", "“Invitation: CFO roundtable on {ACT}”",
                 "‘Is your firm ready for {ACT}?’", "‘Webinar: five lessons from {EVENT}’"]  # fmt: skip
SUBJECT_FRAMES = ["The email headed {Q} had the best open rate {P}.", "{B} sent {Q} to dormant accounts {P}.",
                  "A nurture email, {Q}, lifted replies from target accounts {P}."]  # fmt: skip

NOT_CITATIONS = {
    "product-release": ["{B} added generative AI to its platform after Salesforce Einstein (2016) set the pattern.",
                                   "The sales team still compares every feature with Salesforce Einstein ({RELY})."],
    "software-version": ["Clients must move to Windows 11 24H2 before support for older builds ends.",
                                    "The reseller's migration offer covers Sage 200 ({VER}) and earlier releases."],
    "certification-iso": ["{B} gained ISO 27001:2022 certification last year, which now opens public-sector tenders.",
                                     "Tenders ask for ISO 9001:2015 and ISO 27001:2022 as standard."],
    "soc2": ["The firm completed its SOC 2 Type II (2023) audit ahead of US expansion.",
                        "Prospects now ask for a SOC 2 Type II report ({YR}) in the first call."],
    "cyber-essentials": ["Cyber Essentials Plus ({YR}) is required for most UK government contracts.",
                                    "{B} renewed Cyber Essentials Plus in {Y} after a failed first audit."],
    "magic-quadrant": ["{B} was named a Leader in the {YR} Magic Quadrant for Endpoint Protection Platforms.",
                                  "Its placement (Visionary, 2022 Magic Quadrant) is still on every slide."],
    "wave-placement": ["The sales deck leads with the firm's Strong Performer rating (Q{q} {YR}).",
                                  "{B} was a Leader in a {YR} Wave for managed security services, which the sales team quotes often."],
    "contract-win": ["{B} won a three-year contract with the NHS ({YR}) worth £{n}m.",
                                "The Crown Commercial Service framework award (G-Cloud 14, {YR}) opened the public sector."],
    "client-name": ["Client logos on the website include Vodafone, ING and Standard Bank (since {YR}).",
                               "Its largest client (Shoprite, {YR}–present) accounts for a fifth of revenue."],
    "acquisition-software": ["Cisco's acquisition of Splunk (2024) changed the competitive set.",
                                        "Thoma Bravo bought Darktrace in {ACQY} for about $5.3bn."],
    "acquisition-listed": ["Since Sage bought Brightpearl ({ACQY}), resellers have had a retail offer to sell.",
                                      "HubSpot's purchase of Clearbit (2023) gave it its own intent data."],
    "merger-firms": ["The merger of Moore Kingston Smith with another top-20 firm ({YR}) doubled its partners.",
                                "A&O Shearman was formed by merger in 2024."],
    "funding-round": ["{B} raised a Series B ($40m, {YR}) led by a US growth fund.",
                                 "The start-up's seed round (€{n}k, {YR}) paid for its first marketer."],
    "listing-ipo": ["Darktrace listed on the London Stock Exchange in April 2021 at 250p a share.",
                               "Wix floated on Nasdaq (2013) and CyberArk followed a year later."],
    "delisting": ["The firm left AIM ({YR}) after a private-equity buyout.",
                             "Since its delisting in {YR}, the company publishes no investor presentations."],
    "founder-ceo": ["Poppy Gustafsson (chief executive, 2016–2024) built the brand around AI.",
                               "The founder, Gil Shwed (CEO since 1993), still speaks at every launch."],
    "ceo-appointment": ["A new chief executive (appointed {YR}) moved marketing budget into partners.",
                                   "{B} hired its first CMO (from Microsoft, {YR})."],
    "founding-year": ["Gartner (founded 1979) began as a research house for IT buyers.",
                                 "The ICAEW (est. 1880) still awards the ACA qualification.", "Forrester (founded 1983) is based in Cambridge, Massachusetts."],
    "founding-body": ["The Information Regulator (established 2016) enforces POPIA in South Africa.",
                                 "The PDPC (set up in 2013) oversees personal data in Singapore."],
    "conference-event": ["{B} launched the product at {EVENT} to about {n} delegates.",
                                    "The team met three target accounts at Infosecurity Europe ({YR})."],
    "award": ["{B} won Best Use of Content at the B2B Marketing Awards ({YR}).",
                         "The campaign was shortlisted (Legal Business Awards, {YR}) but did not win."],
    "price": ["The entry plan costs £{PRICE} per user per month ({YR} price list).",
                         "Annual licences start at R{n} 000 (ex VAT, {YR})."],
    "arr": ["{B} reached ARR of $100m (FY{YR}) two years after launch.",
                       "Recurring revenue rose to £{n}m (ARR, {YR}), up {PCT}% year on year."],
    "nrr-churn": ["Net revenue retention was {NRR}% (FY{YR}), well above the SaaS median.",
                             "Logo churn fell to {q}.{q}% ({YR}) after the onboarding programme."],
    "percentage-year": ["Inbound leads made up {PCT}% of pipeline ({YR}).",
                                   "Win rates rose from {q}0% to {PCT}% ({Y}–{Y2})."],
    "fiscal-year": ["Marketing spend was cut by a tenth (FY{YR}/{YY}).",
                               "The plan covers the financial year 2025/26 (April to March)."],
    "quarter": ["Pipeline coverage dropped to 2.1x in the last quarter (Q{q} {YR}).",
                           "The campaign ran in H{H} {YR} across three regions."],
    "headcount": ["{B} employs about {n}0 people (2024) in four offices.",
                             "The firm has 48 partners (as at 31 March {YR})."],
    "act-named": ["Clients in scope of the Data (Use and Access) Act 2025 will need new consent flows.",
                             "The UK GDPR and the Data Protection Act 2018 shape every email campaign."],
    "regulation-eu": ["NIS2 (Directive (EU) 2022/2555) widens the number of firms that must report incidents.",
                                 "DORA (applicable from January 2025) created demand among Dutch banks."],
    "regulation-region": ["POPIA (in force since July 2021) changed direct marketing in South Africa.",
                                     "Israel's Amendment 13 to the Privacy Protection Law (2024) took effect in 2025."],
    "pdpa": ["Singapore's PDPA (2012) and its Do Not Call rules limit cold calling.",
                        "The firm's DNC checks follow the PDPA (amended 2020)."],
    "legal-case": ["The Schrems II ruling (July 2020) forced a review of US data transfers.",
                              "After Planet49 (2019), pre-ticked consent boxes disappeared."],
    "fine": ["The ICO's fine against a data broker (£{n}k, {YR}) was widely reported.",
                        "The Dutch regulator fined Clearview AI €30.5m (2024)."],
    "cve-incident": ["Demand rose after the MOVEit breach (CVE-2023-34362).",
                                "The Log4Shell flaw (December 2021) became the sales team's favourite example."],
    "breach-event": ["The attack on a Dutch university (2019) is still used in sales decks.",
                                "Ransomware at a South African port operator (July 2021) raised board interest."],
    "framework-version": ["The security team maps its controls to NIST CSF 2.0, released in 2024.",
                                     "Partners are trained on ITIL 4 (2019) and COBIT 2019."],
    "partner-tier": ["{B} became a Microsoft Solutions Partner (Security, {YR}).",
                                "The reseller holds Gold status (AWS Partner Network, {YR})."],
    "marketplace-listing": ["The product went live on the AWS Marketplace (March {YR}).",
                                       "{B} listed on G-Cloud 14 (Lot 2, {YR}) as a cloud software supplier."],
    "strategy-period": ["The firm's growth plan (2024–2027) puts partners first.",
                                   "Vision {YR2030} sets a target of {n} new logos."],
    "office-opening": ["{B} opened a Singapore office (2022) to serve APAC clients.",
                                  "The Kraków delivery centre (opened {YR}) now has {n} engineers."],
    "rebrand": ["The firm dropped its old name (rebranded {YR}) after the merger.",
                           "Facebook became Meta (October 2021), and B2B advertisers followed the change closely."],
    "exchange-rate": ["Prices are quoted in euros (€1 = £0.85, {YR} average).",
                                 "All figures were converted at R23.50 to the pound (June {YR})."],
    "tender-reference": ["The bid answered tender ITT-{n}-{YR} for managed detection and response.",
                                    "Framework RM6116 ({YR}) lists the approved suppliers."],
    "company-number": ["{B} Ltd (company no. 0{n}4512) is registered in England and Wales.",
                                  "The SRA number (SRA ID {n}921) must appear on every email footer."],
    "kvk-number": ["The Dutch entity is registered with the KvK (no. {n}20917).",
                              "The Polish subsidiary's KRS number (0000{n}55) appears on invoices."],
    "survey-sample": ["The client survey had a good response rate (n = {n}, {YR}).",
                                 "Interviews with twelve buyers (January–March {YR}) informed the personas."],
    "appendix-ref": ["The full lead-scoring model is in the appendix (Appendix {q}, Table {q}).",
                                "The persona grid (Figure {q}, p. 4 of this report) summarises the findings."],
    "pricing-tier": ["Most clients buy the Professional tier (£{PRICE}/user, billed annually).",
                                "The Enterprise edition (2025 pricing) adds single sign-on."],
    "ai-model": ["The chatbot runs on GPT-4o (May 2024) through Azure.",
                            "{B} built its assistant on Claude 3 (2024) and an internal knowledge base."],
    "hashtag-handle": ["The campaign ran on LinkedIn as #CyberSmartSMEs ({YR}).",
                                  "The company page (@{HANDLE}, since {YR}) now has {n}0 followers."],
}  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    year = rng.randint(2015, 2025)
    return {
        "RELY": str(rng.choice([2016, 2017, 2018])), "VER": rng.choice(["v2024 R1", "2023 R2", "version 12.1"]),
        "YR": str(year), "YY": str((year + 1) % 100).zfill(2), "ACQY": str(rng.choice([2022, 2024])),
        "PRICE": str(rng.choice([12, 18, 25, 39, 49, 79])), "PCT": str(rng.randint(11, 68)),
        "NRR": str(rng.randint(104, 128)), "H": str(rng.randint(1, 2)), "YR2030": str(rng.choice([2028, 2030])),
        "EVENT": rng.choice(["Infosecurity Europe 2024", "Cyber Week Tel Aviv 2023", "GITEX Asia 2025", "Web Summit 2022",
                             "B2B Marketing Ignite 2024", "AfricaCom 2023", "Perspektywy Digital 2024"]),
        "ACT": rng.choice(["the Data (Use and Access) Act 2025", "NIS2", "DORA", "POPIA", "the PDPA"]),
        "A": rng.choice(["IT directors", "CFOs", "procurement teams", "general counsel", "CISOs", "finance teams at SMEs",
                         "heads of operations", "managing partners", "channel partners"]),
        "R": rng.choice(["pipeline", "win rates", "renewals", "deal size", "shortlisting", "meetings booked", "trust"]),
        "T": rng.choice(["thought leadership", "ABM", "webinars", "case studies", "intent data", "peer reviews",
                         "partner co-marketing", "LinkedIn ads"]),
        "HANDLE": rng.choice(["darktrace", "softcat", "kainos", "bowmanslaw", "bdo_sa"]), "PRODUCT": rng.choice(["Sage Intacct", "Darktrace", "monday.com", "HubSpot Sales Hub"]),
    }  # fmt: skip
