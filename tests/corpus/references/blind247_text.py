"""Prose for the blind247 pool: marketers at UK and Irish high-street banks, building societies, credit unions,
consumer lenders, card and payments firms and challenger banks writing CIM Level 6 and 7 reports and MBA assignments
on retail banking, lending and payments marketing.

Written without reading the checker, its tests or any other pool. Placeholders are text.py's ({N}, {P}, {Q}, {C},
{C2}, {O}, {B}, {A}, {R}, {T}, {Y}, {n}, {q}, {d}, {M}) and these of its own from values(): {bank} a bank or
building society, {soc} a building society, {cu} a credit union, {town} a town, {yr} a recent year, {fy} a
financial year, {hy} a half year, {qt} a quarter, {pct} a percentage's number, {mn} millions, {role} a job title.
NOT_CITATIONS holds rates, prices, products, laws, closures, fines, campaigns, awards, customer numbers, tickers,
titles and periods that are not citations.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Barclays", "Lloyds Bank", "Halifax", "NatWest", "Santander UK", "HSBC UK", "Nationwide",
          "Coventry Building Society", "Yorkshire Building Society", "Monzo", "Starling Bank", "Revolut", "Chase UK",
          "AIB", "Bank of Ireland", "PTSB", "Klarna", "Zopa", "Capital One UK", "Visa", "Mastercard", "first direct",
          "TSB", "Virgin Money", "the Co-operative Bank", "Skipton Building Society", "Metro Bank", "Tandem"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use, drawn after the common ones."""
    recent = rng.randint(2015, 2024)
    return {
        "yr": str(recent), "yrn": str(recent + 1),
        "bank": rng.choice(["Barclays", "Lloyds", "NatWest", "Santander", "HSBC UK", "TSB", "Halifax", "AIB",
                            "Bank of Ireland", "PTSB", "Virgin Money", "Metro Bank"]),
        "soc": rng.choice(["Nationwide", "Coventry Building Society", "Yorkshire Building Society", "Skipton",
                           "Leeds Building Society", "Principality", "Newcastle Building Society"]),
        "cu": rng.choice(["Capital Credit Union", "Glasgow Credit Union", "Plane Saver", "Pillar Credit Union",
                          "Core Credit Union", "Progressive Credit Union", "Clockwise Credit Union"]),
        "town": rng.choice(["Cambuslang", "Rochford", "Brixham", "Kirkwall", "Carmarthen", "Ballybofey", "Castlebar",
                            "Morley", "Tenby", "Dereham", "Lowestoft", "Keswick"]),
        "fy": f"FY{rng.randint(2019, 2024)}",
        "hy": f"H{rng.randint(1, 2)} {rng.randint(2020, 2024)}", "qt": f"Q{rng.randint(1, 4)} {rng.randint(2019, 2024)}",
        "pct": f"{rng.randint(2, 7)}.{rng.randint(0, 9)}", "mn": str(rng.randint(2, 16)),
        "mon": rng.choice(["January", "March", "May", "July", "September", "November"]),
        "npsn": str(rng.randint(8, 70)),
        "handle": rng.choice(["AskBankHelp", "MoneyHelpUK", "SocietyAnswers", "CUsupport_IE", "HelpfulBanking"]),
        "role": rng.choice(["Chief Marketing Officer", "Head of Brand", "Branch Manager", "Head of Customer Insight",
                            "Director of Marketing", "Head of Savings", "Community Banker"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although the study was limited to {A}.",
    "{N} concluded that {C}; this is directly relevant to {B}.", "{N} suggest that {C}.",
    "{N} showed that {C}, which helps explain why {B} kept its branch network.",
    "{N} identified trust, convenience and price as the main drivers of switching, and showed that {C}.",
    "{N} warn that {C} unless firms evidence good outcomes under the Consumer Duty.",
    "{N} makes the point that {C}.", "{N} reported that {C} across UK and Irish banks.",
    "{N} questioned whether {C}.", "{N} note that {C}, particularly among {A}.",
    "{N} went further, arguing that {C} and that {C2}.", "{N} observed that {C} in the mutual sector.",
    "{N} recommend that banks test whether {C}.", "{N} explains that {C} (for example, through {T}).",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} argue, {C}.", "{O}, {N} found that {C}.", "This is consistent with {N}, who found that {C}.",
    "{C}, as {N} point out.", "According to {N}, {C}.", "{C} – a view shared by {N}.",
    "Research by {N} suggests that {C}.", "Data from {N} show that {C}.", "A survey by {N} found that {C}.",
    "{B} is a good example: {N} showed that {C}.", "{C}; however, {N} found the opposite for {A}.",
    "In their study of Irish credit unions, {N} found that {C}.", "It could be argued, following {N}, that {C}.",
    "{C}, according to {N}.", "Evidence from {N} suggests that, for {A}, {C}.",
    "Unlike {B}, the challenger banks studied by {N} found that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Using {N} framework, it is clear that {C}.",
    "{O}, {N} report concluded that {C}.", "{B} could apply {N} model, since {C}.",
    "According to {N} survey, {C}.", "{N} findings matter here because {C}.",
    "This reflects {N} argument that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "For {A}, {C} {P}.", "This matters because {C} {P}.", "{C}, especially in the app {P}.",
    "It is often claimed that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.",
    "In short, {C} {P}.", "{C}, which is why {B} invests in {T} {P}.", "Recent UK data confirm this – {C} {P}.",
    "A key point for {B} is that {C} {P}.", "{C} {P:see also}.", "Put simply, {C} {P}.",
    "{C}, as several Irish studies show {P:for example,}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{B} has found that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "Some sources {P:e.g.} argue that {C}.", "{C} {P}: this means that {C2}.", "Studies {P} agree that {C}.",
]  # fmt: skip
CLAIMS = [
    "{A} trust a bank's app more than its advertising", "switching incentives win accounts but not loyalty",
    "branch closures hit older and rural customers hardest", "challenger banks win younger customers through app design",
    "trust in banks has still not recovered from the financial crisis", "{T} lifts {R} among {A}",
    "building societies score higher than banks on customer satisfaction",
    "customers rarely switch their main current account even when rates are better elsewhere",
    "credit unions are seen as a fairer alternative to high-cost lenders", "{B} relies on {T} more than its rivals do",
    "fraud fears are now the main barrier to mobile banking adoption among {A}",
    "buy now, pay later has normalised short-term credit for {A}", "savers reward banks that pass on rate rises quickly",
    "mutual ownership is a real point of difference for {soc}", "vulnerable customers need more than a digital channel",
    "open banking has been slow to change how customers choose a bank", "a clear brand purpose helps firms like {B} win {R}",
    "the cost-of-living crisis has made {A} more anxious about debt", "simple, plain-English product information builds trust",
    "{A} expect instant notifications and spending insights as standard",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "However", "For example", "In the UK", "In Ireland", "For {B}'s marketing team",
    "Since the pandemic", "In the context of {B}", "From a customer perspective", "Nevertheless", "As a result",
    "Within the mutual sector", "Looking at {B}'s competitors", "Overall", "Under the Consumer Duty",
    "In retail banking",
]  # fmt: skip
PLAIN = [
    "{B} serves personal and business customers through branches, its app and telephone banking.",
    "This section analyses {B}'s current marketing mix and makes recommendations.",
    "The table below summarises the key performance indicators for each channel.",
    "A PESTLE analysis of the UK retail banking market is included in the appendix.",
    "The recommendations are costed and phased over eighteen months.", "{O}, {C}.",
    "{B}'s main competitors are the big four high-street banks and two digital challengers.",
    "Task 2 builds on this by proposing a customer acquisition plan for younger savers.",
    "The report uses secondary data and three interviews with branch staff.",
    "Customers can open an account in the app in about ten minutes.",
    "The segmentation in Figure 2 is based on life stage and digital confidence.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one banking text puts it, {Q} {P}.", "{N} put it plainly: {Q}.", "This is summed up well: {Q} {P}.",
    "{B} appears to accept that {Q} {P}.", "{N} concluded that {Q}.", "Marketers in financial services are told that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘banking deserts’", "‘loyalty penalty’", "‘sludge’", "‘poverty premium’", "‘financial wellbeing’",
                "‘digital by default’", "‘safe account’", "'neobank'", "“fintech”", "‘super app’", "'money mules'",
                "‘frictionless’", "‘treating customers fairly’", "‘branch of the future’"]  # fmt: skip
SCARE_FRAMES = [
    "Campaigners warn of {Q} in rural towns {P}.", "The so-called {Q} means existing customers pay more {P}.",
    "{B} has been accused of adding {Q} to its cancellation journey {P}.", "The term {Q} is used loosely in the industry {P}.",
    "{N} described this as {Q}.", "So-called {Q} remains a concern for {B} {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your new rate starts today’", "‘Get £175 when you switch to us’", "“Your statement is ready”",
                 "‘Important changes to your account’", "‘Your ISA allowance resets on 6 April’",
                 "‘We’ll never ask you to move your money’", "“Your savings rate is going up”",
                 "‘Round up your spare change this {M}’", "‘A thank you from your society’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} lifted open rates {P}.", "{B} used {Q} in its switching campaign {P}.",
    "Messages like {Q} work because they are short and personal {P}.", "The email {Q} was opened by more {A} than any other {P}.",
    "{N} tested {Q} against a plainer version.", "Service messages such as {Q} are trusted more than offers {P}.",
]  # fmt: skip

# Text with brackets, years, figures or quotation marks that is no citation: a tutor would not look for any of it in
# the reference list.
NOT_CITATIONS = {
    "base-rate": [
        "Bank Rate peaked at 5.25% in August 2023 and stayed there for a year.",
        "When Bank Rate reached 5.25% (August 2023), {B} raised its easy-access rate twice.",
        "The base rate cut (August 2024) was passed on to mortgage customers within days.",
    ],
    "savings-rate": [
        "{B} launched a 6.2% easy-access saver in 2024 for app customers only.",
        "Its regular saver (7% AER, launched {yr}) sold out within a week.",
        "The fixed-rate bond ({pct}% AER, one year) was the best buy in {mon} {yr}.",
    ],
    "switching-incentive": [
        "{bank} offered £200 switching incentives in 2023 to new current account customers.",
        "The switching offer (£175, spring {yr}) brought in more accounts than any campaign before it.",
        "Switching bonuses returned in 2023 (£150 to £250), led by {bank} and First Direct.",
    ],
    "balance-transfer": [
        "Its credit card offers 0% balance transfers for 30 months (3.45% fee).",
        "The 0% purchase card (up to 20 months, {yr}) was aimed at {A}.",
    ],
    "account-fee": [
        "The packaged account costs £4.99 a month (£59.88 a year).",
        "{B}'s premium account (£{q}5 a month) includes travel insurance.",
        "The premium account fee rose to £17 a month in {yr}.",
    ],
    "mortgage-rate": [
        "Average two-year fixes rose above 6% (July 2023).",
        "{soc} cut its five-year fixed rate to 4.39% (95% LTV) in {yr}.",
    ],
    "product-launch": [
        "Monzo Plus (2020) added custom categories and virtual cards.",
        "Nationwide FlexDirect (2013) paid 5% interest for the first year.",
        "{B} relaunched its student account (2019) with a free railcard.",
        "Chase UK (launched September 2021) reached a million customers in under a year.",
    ],
    "isa-launch": [
        "The Lifetime ISA (2017) offers a 25% government bonus on savings of up to £4,000 a year.",
        "Help to Buy ISAs (2015 to 2019) were replaced by the Lifetime ISA.",
    ],
    "open-banking": [
        "Open Banking (January 2018) lets customers share data with authorised apps.",
        "Since Open Banking went live (13 January 2018), {n} providers have joined the ecosystem.",
    ],
    "wallet-launch": [
        "Apple Pay UK (2015) was launched with most of the big banks on day one.",
        "Google Pay (2018 in the UK) and Apple Pay now account for much of contactless spending.",
    ],
    "contactless": [
        "Contactless (2007) took a decade to become the normal way to pay.",
        "The contactless limit rose to £100 (October 2021) after the pandemic.",
    ],
    "consumer-duty": [
        "The Consumer Duty (31 July 2023) requires firms to deliver good outcomes for retail customers.",
        "Closed products came under the Consumer Duty a year later (31 July 2024).",
    ],
    "payment-regulations": [
        "The Payment Services Regulations 2017 set the rules for payment initiation.",
        "Under the Payment Services Regulations 2017 (regulation 77), a customer is liable for only £35 of unauthorised payments.",
    ],
    "psd2": [
        "PSD2 (2018) required strong customer authentication for online payments.",
        "Strong customer authentication (SCA, March 2022 in the UK) caused checkout drop-outs at first.",
    ],
    "consumer-credit-act": [
        "Section 75 of the Consumer Credit Act 1974 protects card purchases between £100 and £30,000.",
        "The Consumer Credit Act 1974 still governs much of unsecured lending.",
    ],
    "switch-service": [
        "The Current Account Switch Service (2013) moves an account in seven working days.",
        "Switches through CASS (September 2013) have averaged around a million a year.",
    ],
    "app-fraud-reimbursement": [
        "APP fraud reimbursement (7 October 2024) became mandatory up to £85,000 per claim.",
        "The Contingent Reimbursement Model Code (May 2019) was voluntary.",
    ],
    "building-societies-act": [
        "The Building Societies Act 1986 allowed societies to offer current accounts.",
        "Under the Building Societies Act 1986, at least 75% of lending must be secured on residential property.",
    ],
    "branch-closures": [
        "More than 6,000 branches have closed since 2015 across the UK.",
        "{bank} announced another {n} branch closures ({yr}), mostly in market towns.",
        "The big banks closed 445 branches in 2023 alone.",
    ],
    "banking-hub": [
        "A shared Banking Hub opened in Cambuslang (2022).",
        "A Banking Hub is due to open in {town} ({mon} 2025) after the last bank left.",
    ],
    "branch-opening": [
        "{soc} opened a new branch in {town} (2023) while rivals were closing theirs.",
        "Nationwide promised to keep every branch open until at least 2028.",
    ],
    "ppi": [
        "The PPI deadline (August 2019) ended a decade of claims costing the industry £38 billion.",
        "PPI complaints (2011 to 2019) dominated the Financial Ombudsman Service's caseload.",
    ],
    "regulator-fine": [
        "A £107.8 million FCA fine (2023) made headlines across the sector.",
        "{bank} was fined £{n} million in {yr} for weaknesses in its anti-money-laundering controls.",
    ],
    "redress": [
        "The bank paid £{n} million in redress ({fy}) for overdraft charges.",
        "Customers received an average of £{n} each in compensation (2022 to 2023).",
    ],
    "ad-campaign": [
        "Lloyds' black horse ads (1985) still shape how people picture the brand.",
        "Nationwide's 'Voices' (2016) used spoken-word poetry rather than actors.",
        "Halifax's cartoon-themed adverts (2016 to 2019) were built around the 'extra' idea.",
        "Barclays' 'Digital Eagles' (2013) helped customers learn online banking.",
    ],
    "sponsorship": [
        "Barclays' Premier League deal (2001) ran for more than twenty years.",
        "{B} sponsored the Women's Super League ({yr}–{yrn}) to reach younger fans.",
        "AIB's GAA club championship sponsorship (since 1991) links the brand with local clubs.",
    ],
    "which-recommended": [
        "{soc} was named a Which? Recommended Provider 2024 for current accounts.",
        "The Which? Recommended Provider award (2023) appears on every savings page.",
    ],
    "bank-awards": [
        "{B} won Best Banking App at the British Bank Awards 2023.",
        "The society's mortgage team won at the Moneyfacts Awards 2022.",
        "Monzo topped the customer vote at the British Bank Awards 2024.",
    ],
    "app-rating": [
        "The app has a 4.9 App Store rating (2024) from over {n},000 reviews.",
        "Its Google Play score fell to 3.{q} (March {yr}) after the redesign.",
    ],
    "customer-numbers": [
        "Monzo reached 10 million customers in 2024.",
        "{B} now has {mn} million customers ({yr}), a third of them under 30.",
        "Revolut passed 50 million customers worldwide (2024).",
    ],
    "membership-numbers": [
        "Nationwide has more than 16 million members.",
        "Irish credit unions serve around 3.6 million members (2023).",
        "{cu} grew to {n},000 members ({yr}) after a local radio campaign.",
    ],
    "stock-ticker": [
        "Barclays (LON: BARC) and Lloyds (LON: LLOY) are both FTSE 100 members.",
        "NatWest Group (LON: NWG) returned to full private ownership in 2025.",
        "AIB (ISE: A5G) was partly returned to private hands in 2017.",
    ],
    "job-title": [
        "The Chief Marketing Officer (CMO) reports directly to the Chief Executive.",
        "{B}'s Head of Brand (appointed {yr}) leads the rebrand.",
        "The {role} (a new post in {yr}) now owns the whole acquisition budget.",
        "The Branch Manager in {town} (in post since {yr}) described how footfall had fallen.",
    ],
    "honours": [
        "The society's former chief executive (OBE, 2019) now chairs an inclusion charity.",
        "Its founder was appointed OBE in the {yr} New Year Honours for services to financial inclusion.",
    ],
    "ceo": [
        "The CEO (appointed {yr}) set out a plan to make the app the main channel.",
        "{bank}'s new CEO (2024) promised fewer products and simpler pricing.",
    ],
    "financial-year": [
        "Net interest income rose sharply ({fy}) as rates increased.",
        "Marketing spend was cut by {q}0% in FY2023 to protect margins.",
    ],
    "half-year": [
        "Deposits grew by £{n} million in H1 2024.",
        "Customer complaints fell in the half year ({hy}).",
    ],
    "quarter": [
        "App logins rose {q}0% in Q3 2023.",
        "Mortgage approvals fell ({qt}) as rates rose.",
    ],
    "net-interest-margin": [
        "Its net interest margin reached 3.{q}% ({fy}).",
        "The bank's cost-to-income ratio improved to 5{q}% (H1 2024).",
    ],
    "capital-ratio": [
        "The group's CET1 ratio stood at 14.{q}% (December {yr}).",
        "A CET1 ratio of 13.5% (H1 2024) leaves room for buy-backs.",
    ],
    "deposit-protection": [
        "Savings are protected up to £85,000 per person by the FSCS (since 2017).",
        "Irish deposits are covered up to €100,000 (Deposit Guarantee Scheme).",
    ],
    "apr-example": [
        "Representative example: 29.9% APR (variable) on a £1,200 credit limit.",
        "The personal loan rate (6.{q}% APR representative, £7,500 to £25,000) was the lowest on the market.",
    ],
    "trustpilot": [
        "Customers rate the lender highly on Trustpilot (4.{q} out of 5, {n},000 reviews).",
        "The bank's Trustpilot score (2.{q}/5, {yr}) is the lowest in its peer group.",
    ],
    "nps": [
        "Its Net Promoter Score reached +{npsn} ({qt}).",
        "Relationship NPS fell to +12 (2023) after the branch closures.",
    ],
    "service-hours": [
        "Telephone banking is open every day (8am–8pm).",
        "The branch now opens three days a week (Tuesday, Thursday and Saturday, 9am–1pm).",
    ],
    "market-share": [
        "The big four still hold about 70% of personal current accounts (2023).",
        "{soc}'s share of gross mortgage lending rose to {pct}% ({yr}).",
    ],
    "interest-rates-history": [
        "Rates were at a record low of 0.1% (March 2020 to December 2021).",
        "The emergency cut (March 2020) took Bank Rate to 0.1%.",
    ],
    "merger": [
        "Coventry Building Society bought the Co-operative Bank (completed January 2025).",
        "Nationwide's purchase of Virgin Money (2024) made it the second-largest mortgage lender.",
        "Ulster Bank's exit from Ireland (announced February 2021) moved over a million accounts.",
    ],
    "founding-year": [
        "Coventry Building Society (est. 1884) still describes itself as a local society.",
        "Monzo (founded 2015) began life as a prepaid card.",
        "The Irish League of Credit Unions was set up in 1960.",
    ],
    "abbreviation": [
        "Authorised push payment (APP) fraud now makes up almost half of fraud losses.",
        "Buy now, pay later (BNPL) products are not yet regulated as credit in the UK.",
        "Annual equivalent rate (AER) and annual percentage rate (APR) are often confused.",
        "The Financial Services Compensation Scheme (FSCS) protects eligible deposits.",
    ],
    "cross-reference": [
        "The customer journey map (see Appendix 3) shows seven steps to open an account.",
        "Costs are set out in the budget (Table {q}, page {q}).", "See Task 1 (b) above for the PESTLE analysis.",
    ],
    "handle": [
        "{B} answers complaints on X (@{handle}) within an hour.",
        "The hashtag (#SwitchToMutual) trended for a day in {yr}.",
    ],
    "sample-size": [
        "Most respondents preferred app notifications to emails (n = {n}).",
        "The survey of members ran for three weeks (n = {n}, March {yr}).",
    ],
    "euro-prices": [
        "AIB charges €4.50 a quarter (from {yr}) on its standard current account.",
        "Switching in Ireland takes ten working days (under the Code of Conduct on switching).",
    ],
    "slogan": [
        "HSBC's ‘The world's local bank’ line (2002) was dropped in 2011.",
        "Lloyds Bank's 'By your side' (2015) brought the black horse back to the centre of its advertising.",
        "TSB's ‘Local banking for Britain’ campaign (2013) launched the brand after its split from Lloyds.",
    ],
    "cost-of-living": [
        "Inflation peaked at 11.1% (October 2022), the highest for over forty years.",
        "The Mortgage Charter (June 2023) let borrowers switch to interest-only for six months.",
    ],
}  # fmt: skip
