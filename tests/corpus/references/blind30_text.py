"""Prose for the thirtieth held-out pool, "blind30": financial-services marketers on CIM Level 6 and Level 7 courses.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a thirtieth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how marketers in banks,
building societies, insurers, pension providers, credit unions and fintechs in the UK, Nigeria, Ghana, Kenya and
South Africa write: product names with tax years, interest rates and APRs, rate changes with their dates,
regulators and their policy statements, Acts with their numbers and sections, mobile-money and agency-banking
figures in naira, shillings, cedis and rand, central-bank statistics, campaign names, SMS and USSD codes, pension
and insurance jargon, podcasts and LinkedIn posts. Some type curly marks in Word, some straight ones on laptops and
phones, some write en dashes and spaced hyphens.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

# ---------------------------------------------------------------------- citing sentences
NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} argue that {C}, which is why {B} has reworked its onboarding journey.",
    "{N} shows that {C}.",
    "{N} reports that {C} – a point that matters for {B}.",
    "{N} suggests {C}, although the evidence from {place} is thinner.",
    "{N} observed that {C} among {seg}.",
    "{N} makes the case that {C}.",
    "{N} notes that {C}; for a {firm} this is not optional under the Consumer Duty.",
    "{N} concluded that {C}.",
    "{N} is clear that {C}.",
    "{N} points out that {C}, so the plan below leans on {ch}.",
    "{N} - writing about {place} - found that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "{O}, {N} found that {C}.",
    "For {B}, the most useful evidence comes from {N}, who found that {C}.",
    "As {N} explains, {C}.",
    "This matches what {N} reported in {place}, where {C}.",
    "Research by {N} indicates that {C}.",
    "{O}, the work of {N} suggests {C}.",
    "In the {place} market, {N} found that {C}.",
    "The marketing team at {B} has relied on {N}, who argue that {C}.",
    "A study of {seg} by {N} found that {C}.",
    "According to {N}, {C}.",
    "{O} – and this is where {N} is useful – {C}.",
    "Looking at {ch}, {N} concluded that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {seg} found that {C}.",
    "{N} framework helps explain why {C}.",
    "{O}, {N} survey suggests {C}.",
    "Applying {N} model to {B} shows that {C}.",
    "{N} review of the {place} market concludes that {C}.",
    "{N} findings support the view that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "In {place}, {C} {P}.",
    "{C}, particularly among {seg} {P}.",
    "For a {firm} like {B}, {C} {P}.",
    "There is good evidence that {C} {P}.",
    "{C} – something {B} cannot ignore {P}.",
    "It is widely accepted that {C} {P}.",
    "{O}, it appears that {C} {P}.",
    "{C}; this is as true of {ch} as of branches {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {B} should act on this before the next rate change.",
    "Because {C} {P}, the campaign targets {seg} first.",
    "{O}, {C} {P}, which supports a move into {ch}.",
    "While {C} {P}, {C2}.",
    "{C} {P}; even so, {B}'s {A} remain loyal.",
    "Evidence that {C} {P} shapes the recommendations in Task 2.",
    "Since {C} {P}, the KPIs in the plan focus on {R}.",
    "Given that {C} {P}, the team will test {ch} in {place}.",
]  # fmt: skip
CLAIMS = [
    "trust is the main barrier to switching banks",
    "agents are the face of the bank for most rural customers",
    "mobile money has drawn millions of unbanked adults into the formal system",
    "customers rarely read the terms of a credit product before they accept them",
    "fair value assessments change how products are priced",
    "vulnerable customers need more than a leaflet",
    "small-ticket insurance only works if claims are paid quickly",
    "women are less likely to hold an account in their own name",
    "digital lenders win on speed but lose on trust",
    "savers respond to headline rates more than to the small print",
    "younger customers expect to open an account in minutes",
    "branch closures push older customers towards cash",
    "referral schemes drive most new current accounts at challenger banks",
    "pension savers engage more when projections are personalised",
    "USSD remains the channel of choice where smartphones are scarce",
    "informal savings groups compete directly with banks for deposits",
    "price is only one part of perceived value in insurance",
    "agent liquidity shapes the customer experience more than the app does",
    "members of mutuals report higher satisfaction than customers of banks",
    "clear communications reduce complaints about overdrafts",
    "financial literacy programmes have modest effects on behaviour",
    "fraud fears hold back adoption of instant payments",
    "customers judge a bank by how it handles its mistakes",
    "credit unions are trusted but poorly understood by younger adults",
    "brand heritage counts for less once customers move to an app",
    "remittance customers choose providers on fees and speed",
]  # fmt: skip
OPENERS = ["In practice", "For this reason", "Even so", "Put simply", "At the same time", "That said", "On balance",
           "From a marketing point of view", "Looking at {B} specifically", "Within the {place} market",
           "Under the Consumer Duty", "In the context of financial inclusion"]  # fmt: skip
PLAIN = [
    "This section looks at the customer journey for a new {prod} at {B}.",
    "The recommendations below are costed for the {ty} financial year.",
    "I work in the marketing team at a {firm}, so some of what follows draws on my own experience.",
    "The segments were built from our CRM data and tested with the product team.",
    "Every recommendation has to be signed off by compliance before it goes live.",
    "The budget for the campaign is fixed, so the channel mix matters.",
    "The table below compares the three options against cost, reach and risk.",
    "Agents in the pilot region were briefed in person before launch.",
    "The second part of this task turns to measurement.",
    "Customers told us the same thing in every focus group: they want fewer surprises.",
    "The next section sets out the plan month by month.",
    "Our brand tracker is run every quarter with around {n} respondents.",
]  # fmt: skip
QUOTE_FRAMES = [
    "The regulator is blunt: {Q} {P}.",
    "{N} puts it well: {Q}.",
    "As {N} warns, {Q}.",
    "One line stayed with me: {Q} {P}.",
    "{Q} {P}, which is exactly the gap {B} could fill.",
    "In the words of {N}, {Q}.",
    "Financial inclusion has been described as {Q} {P}.",
    "{N} writes that {Q}, and the point applies to {B}.",
]  # fmt: skip
SCARE_QUOTES = ["‘unbanked’", "‘underbanked’", "‘sludge’", "‘foreseeable harm’", "‘fair value’", "'good outcomes'",
                "“last-mile”", "\"digital first\"", "‘loyalty penalty’", "'thin-file'", "“financially excluded”",
                "‘price walking’", "\"sticky\"", "‘teaser rate’", "‘mobile-first’"]  # fmt: skip
SCARE_FRAMES = [
    "Many {seg} are still {Q} {P}.",
    "{N} warns against {Q} in product journeys.",
    "The so-called {Q} is a real problem for {B} {P}.",
    "What the industry calls {Q} customers are often simply poorly served {P}.",
    "{N} describes these customers as {Q}, which is a fair summary.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your {prod} rate is changing on {d} {mon}’", "'Get {pc}% cashback when you switch'",
                 "“Dial {ussd} to check your balance”", "\"Your loan is approved - tap to accept\"",
                 "‘Earn {pc}% interest, paid monthly’", "'Cover from {cur}{small} a month'",
                 "“Don’t miss your ISA allowance – {ty} ends soon”", "‘Send money home for less’",
                 "'Your pension, your future'", "“Bank like a human”"]  # fmt: skip
SUBJECT_FRAMES = [
    "The SMS read {Q}, which tested well with {seg} {P}.",
    "A push notification such as {Q} is short enough to work, according to {N}.",
    "We trialled the line {Q}, following the advice of {N}.",
    "The subject line {Q} got the highest open rate, consistent with research on urgency {P}.",
    "Headlines like {Q} are common in the sector {P}.",
]  # fmt: skip

# ---------------------------------------------------------------------- text that cites nothing
NOT_CITATIONS = {
    "tax-year": [
        "The {prod} is being relaunched for the {ty} tax year.",
        "Contributions for {ty} are capped at the annual allowance.",
        "Our ISA season campaign runs from February to 5 April ({ty}).",
    ],
    "tax-year-dash": [
        "Sales in tax year {ty2} were behind plan.",
        "The allowance for {ty2} stays at £20,000.",
    ],
    "rate-bracket": [
        "The easy-access saver pays {rate}% AER (variable).",
        "Bank Rate ({rate}%) has been held for a third meeting.",
        "The Monetary Policy Rate (MPR) now stands at {mpr}%.",
    ],
    "apr": [
        "Representative {apr}% APR (variable), based on a credit limit of £1,200.",
        "The loan is advertised at {apr}% APR representative.",
    ],
    "rate-decision-date": [
        "Following the MPC decision on {d} {mon} {yr}, the bank repriced its fixed-rate bonds.",
        "Rates on new mortgages changed on {d} {mon} {yr} (with 48 hours' notice to brokers).",
    ],
    "policy-statement": [
        "The Consumer Duty (PS22/9) came into force for open products on 31 July 2023.",
        "Firms had to complete their first board report under PRIN 2A by July 2024.",
        "The guidance in FG21/1 on vulnerable customers still shapes our scripts.",
    ],
    "act-with-year": [
        "The Consumer Credit Act 1974 still governs how we present the APR.",
        "Obligations under the National Credit Act 34 of 2005 shape every loan advert in South Africa.",
        "Kenya's Data Protection Act 2019 changed how we collect phone numbers at agent points.",
    ],
    "act-section": [
        "Under section 75 of the Consumer Credit Act, card purchases over £100 are protected.",
        "Section 21 of the Financial Services and Markets Act 2000 restricts financial promotions.",
    ],
    "act-number": [
        "Ghana's Payment Systems and Services Act, 2019 (Act 987) created a new licence for fintechs.",
        "The Banks and Specialised Deposit-Taking Institutions Act, 2016 (Act 930) applies to savings and loans companies too.",
    ],
    "statutory-instrument": [
        "The Payment Services Regulations 2017 (SI 2017/752) set the rules for open banking access.",
        "Electronic money is covered by the Electronic Money Regulations 2011 (SI 2011/99).",
    ],
    "circular": [
        "CBN circular BSD/DIR/GEN/LAB/14/027 raised the agent banking limits.",
        "The circular dated {d} {mon} {yr} (ref. FPR/DIR/GEN/CIR/07/{n}) tightened KYC for tier 1 accounts.",
    ],
    "regulator-abbreviation": [
        "We are authorised by the Prudential Regulation Authority (PRA) and regulated by the FCA and the PRA.",
        "In South Africa the Financial Sector Conduct Authority (FSCA) oversees market conduct.",
        "The Central Bank of Kenya (CBK) licenses digital credit providers.",
    ],
    "firm-reference-number": [
        "Registered in England and Wales (No. {compno}). Firm Reference Number {frn}.",
        "{B} is an authorised financial services provider (FSP {fsp}).",
    ],
    "product-name-year": [
        "The {B} Fixed Rate Bond {yr} Issue {q} closed within a week.",
        "Sales of the {prod} (Issue {n}) exceeded target.",
    ],
    "currency-amount": [
        "Transfers above ₦{naira} attract a stamp duty of ₦50.",
        "Agents earn KSh {ksh} per transaction on average.",
        "The funeral plan costs R{rand} a month (about £{small}).",
        "Mobile money balances passed GH₵{cedi} billion.",
    ],
    "percentage-bracket": [
        "Digital channels now carry most transactions ({pc}% by volume).",
        "Account ownership rose sharply (from {pc}% to {pc2}% of adults).",
    ],
    "statistics-period": [
        "Mobile money transactions grew in Q{q} {yr} compared with Q{q} {yr0}.",
        "In H1 {yr}, deposits grew faster than loans.",
        "Full-year {yr} figures are not yet published.",
    ],
    "fiscal-year": [
        "Safaricom's FY{fy} results showed M-Pesa revenue still growing.",
        "Budget lines are set for FY{yr}/{fy} and reviewed quarterly.",
    ],
    "ussd-code": [
        "Customers dial {ussd} to open an account without data.",
        "The short code (*{short}#) works on any handset.",
    ],
    "sms-shortcode": [
        "Customers can text STOP to {sms} to opt out.",
        "Reply YES to {sms} (standard rates apply).",
    ],
    "campaign-name": [
        "The #{tag}{yr} campaign ran across X and Instagram.",
        "Our 'Save Small, Win Big' promotion ran from {mon} to December.",
    ],
    "hashtag-handle": [
        "Replies from {h} were slow during the outage.",
        "Follow {h} for updates on the app migration.",
    ],
    "web-address": [
        "Rates are published on {dom}/rates and updated daily.",
        "Customers can check their pension at www.{dom} (log-in required).",
    ],
    "phone-number": [
        "Call 0800 {phone} (free from UK landlines and mobiles).",
        "The contact centre (+254 {kphone}) is open seven days a week.",
    ],
    "version": [
        "The app was relaunched as version {v} in {mon}.",
        "Release {v} (Android and iOS) added biometric log-in.",
    ],
    "model-framework": [
        "The SOSTAC model structures Task 2.",
        "I apply the 7Ps (Booms and Bitner's extended mix) to the bank's branch network.",
        "A PESTLE analysis for {place} follows in Appendix {q}.",
    ],
    "appendix-figure": [
        "The full segmentation is in Appendix {q} (Table {n2}).",
        "See Figure {n2} for the customer journey map.",
    ],
    "word-count": [
        "(Word count: {wc})",
        "Task 1 total: {wc} words (excluding tables).",
    ],
    "course-code": [
        "This report is submitted for the CIM Level 7 Postgraduate Diploma in Professional Marketing, module 2.",
        "CIM Level 6 Diploma in Professional Marketing – Innovation in Marketing (assessment {mon} {yr}).",
    ],
    "index-series": [
        "The FTSE 100 closed higher on the day of the rate cut.",
        "Bank shares on the JSE Top 40 fell after the announcement.",
        "The NSE 20 share index recovered by the end of the quarter.",
    ],
    "ratings": [
        "The bank holds a long-term rating of AA- (stable outlook).",
        "Its Trustpilot score is 4.{q} (from {big} reviews).",
    ],
    "survey-sample": [
        "Our customer survey (n = {n}) was run in {mon} {yr}.",
        "The focus groups (three in Lagos, two in Abuja) ran over a week.",
    ],
    "interest-period": [
        "The 95% mortgage is fixed for 5 years (to 30 June {fy2}).",
        "Interest is fixed until 31 March {fy2}, then moves to the standard variable rate.",
    ],
    "scheme-name": [
        "The Financial Services Compensation Scheme (FSCS) protects eligible deposits up to £85,000.",
        "Deposits are insured by the NDIC up to ₦5 million per depositor.",
    ],
    "pension-terms": [
        "Auto-enrolment minimums (8% of qualifying earnings) apply to all staff.",
        "The Retirement Savings Account (RSA) is portable between Pension Fund Administrators (PFAs).",
    ],
    "insurance-terms": [
        "The policy has a 30-day cooling-off period and a £{small} excess.",
        "Cover starts after a waiting period of six months (accidental death excepted).",
    ],
    "quoted-product": [
        "We branded the account 'Smart Saver' for the pilot.",
        "The new tier is called “{B} Plus” internally.",
    ],
    "awards": [
        "{B} won Best Mobile Money Provider at the {yr} awards.",
        "The app was shortlisted for Fintech of the Year {yr} (Africa region).",
    ],
    "event-year": [
        "We presented the results at Africa Fintech Summit {yr} in Cape Town.",
        "The team attended Money20/20 Europe {yr}.",
    ],
    "title-with-colon": [
        "The working title of the campaign is Bank Better: {place} Edition.",
        "Our internal report, Project Baobab: Phase {q}, is confidential.",
    ],
    "dates-range": [
        "The pilot ran from {d} {mon} to 30 November {yr} – eight weeks in all.",
        "Trading hours are 08:00–17:00 (Monday to Friday).",
    ],
    "exchange-rate": [
        "At the time of writing £1 buys about ₦{fx} (parallel market rates differ).",
        "The rand weakened to R{zar} against the dollar.",
    ],
    "regulatory-deadline": [
        "Closed products came under the Duty on 31 July 2024 (a year after open products).",
        "The deadline for recapitalisation is 31 March 2026 (for banks with international licences).",
    ],
    "company-suffix": [
        "{B} is a trading name of a company registered in England (company number {compno}).",
        "Our parent, a JSE-listed group (Ltd), owns 100% of the insurer.",
    ],
    "internal-document": [
        "The brand guidelines (v{v}, {mon} {yr}) set the tone of voice.",
        "The minutes of the marketing committee ({d} {mon}) record the decision.",
    ],
}

BRANDS = ["M-Pesa", "Monzo", "Nationwide", "Capitec", "GTBank", "OPay", "Equity Bank", "Old Mutual", "Discovery Bank",
          "Kuda", "MTN MoMo", "Aviva", "Starling", "Lloyds", "Absa", "Ecobank", "TymeBank", "Moniepoint", "Sanlam",
          "Legal & General", "Leeds Building Society", "PalmPay", "Fidelity Bank Ghana", "Zenith Bank", "Access Bank",
          "Co-op Bank Kenya", "Fuliza", "Vodafone Cash", "Chase UK", "Halifax", "Sainsbury's Bank", "Direct Line",
          "Admiral", "Hastings Direct", "NatWest", "First Direct", "Stanbic IBTC", "Standard Bank", "Nedbank",
          "KCB", "Tala", "Branch", "Carbon", "Yorkshire Building Society", "Scottish Widows"]  # fmt: skip

_PRODUCTS = ["cash ISA", "easy-access saver", "fixed-rate bond", "Lifetime ISA", "credit card", "personal loan",
             "current account", "funeral plan", "micro-pension", "motor policy", "tier 1 account", "digital loan",
             "savings pocket", "Junior ISA", "regular saver", "home insurance policy"]  # fmt: skip
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn from the builder's random source."""
    year = rng.randint(2016, 2025)
    start = rng.randint(2019, 2026)
    return {
        "place": rng.choice(["Nigeria", "Kenya", "Ghana", "South Africa", "the UK", "Lagos", "Nairobi", "Accra",
                             "Gauteng", "the Eastern Cape", "Kano", "Kisumu", "Kumasi", "Scotland", "the North East"]),
        "seg": rng.choice(["market traders", "first-time savers", "boda boda riders", "smallholder farmers", "students",
                           "older customers", "self-employed borrowers", "gig workers", "diaspora customers",
                           "young professionals", "women-led SMEs", "first-time buyers", "pensioners"]),
        "firm": rng.choice(["building society", "credit union", "tier 2 bank", "microfinance bank", "fintech",
                            "life insurer", "pension provider", "mutual insurer", "SACCO", "challenger bank"]),
        "ch": rng.choice(["agent networks", "WhatsApp banking", "USSD", "the app", "branches", "brokers", "SMS",
                          "LinkedIn", "TikTok", "radio", "comparison sites", "email"]),
        "prod": rng.choice(_PRODUCTS), "mon": rng.choice(_MONTHS),
        "ty": f"{start}/{str(start + 1)[2:]}", "ty2": f"{start}-{str(start + 1)[2:]}",
        "yr": str(year), "yr0": str(year - 1), "fy": str(year + 1)[2:], "fy2": str(year + rng.randint(2, 5)),
        "rate": f"{rng.randint(1, 5)}.{rng.choice(['0', '1', '25', '5', '75', '85'])}",
        "mpr": f"{rng.randint(10, 27)}.{rng.choice(['5', '75', '0', '25'])}",
        "apr": f"{rng.randint(6, 39)}.{rng.randint(0, 9)}", "pc": str(rng.randint(3, 60)), "pc2": str(rng.randint(61, 94)),
        "naira": f"{rng.choice([10, 50, 100, 500])},000", "ksh": str(rng.randint(10, 95)), "rand": str(rng.randint(49, 399)),
        "cedi": str(rng.randint(20, 400)), "small": str(rng.randint(2, 30)), "cur": rng.choice(["£", "R", "₦", "KSh "]),
        "ussd": rng.choice(["*737#", "*894#", "*901#", "*334#", "*120*3279#", "*170#", "*182#"]),
        "short": str(rng.randint(100, 999)), "sms": str(rng.randint(60000, 89999)),
        "tag": rng.choice(["SaveWithUs", "BankLocal", "MoMoDay", "NoHiddenFees", "ISASeason", "AgentOfTheMonth"]),
        "h": rng.choice(["@AskNationwide", "@GTBank_Help", "@SafaricomPLC", "@CapitecBankSA", "@MonzoSupport",
                         "@EquityBankGroup", "@MTNMoMoGH"]),
        "dom": rng.choice(["example-bank.co.uk", "mysavings.co.ke", "banklocal.ng", "momo.example.com.gh", "funeralcover.co.za"]),
        "phone": f"{rng.randint(100, 999)} {rng.randint(1000, 9999)}", "kphone": f"{rng.randint(700, 799)} {rng.randint(100000, 999999)}",
        "v": f"{rng.randint(2, 9)}.{rng.randint(0, 12)}", "n2": str(rng.randint(1, 9)), "wc": f"{rng.randint(2, 4)},{rng.randint(100, 999)}",
        "big": f"{rng.randint(2, 90)},{rng.randint(100, 999)}", "compno": str(rng.randint(1000000, 9999999)).zfill(8),
        "frn": str(rng.randint(100000, 999999)), "fsp": str(rng.randint(1000, 49999)),
        "fx": f"{rng.randint(1500, 2100):,}", "zar": f"{rng.randint(16, 19)}.{rng.randint(10, 99)}",
    }  # fmt: skip
