"""The blind370 pool's prose: how marketers at insurers, brokers, price-comparison sites, credit unions, building
societies, fintech lenders, buy-now-pay-later firms and pension providers in the UK, Nigeria, the Philippines,
Germany, Chile and Canada write CIM Level 6 and 7 reports and MBA assignments in English.

Written without reading the checker, its tests or any other pool. Citations at the start, middle and end of
sentences, after "as", "following", "according to", "echoing" and "building on", in brackets with "see", "e.g." and
"cf."; and text that looks like a citation and is not: rates, premiums and fees with years, products and policy types
with launch years, licences and authorisations, acquisitions and mergers (of firms the reference list may hold),
funding rounds and valuations, founders and chief executives with years, founding years, ratings and awards, index
values and percentages, acts and rules named in passing, currencies, local terms with their glosses, own surveys and
cross-references. Frames may use every fill value and these of this pool's own (see ``values``).
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Aviva", "Admiral", "Direct Line", "Legal & General", "Nationwide", "Compare the Market", "MoneySuperMarket",
          "Go.Compare", "Zopa", "Klarna", "Clearpay", "Monzo", "Hargreaves Lansdown", "LV=", "Royal London",
          "Leadway Assurance", "AIICO", "AXA Mansard", "FairMoney", "Carbon", "Moniepoint", "Cowrywise", "PiggyVest",
          "Sun Life Philippines", "Pru Life UK", "GCash", "Maya", "BPI AIA", "Allianz", "HUK-COBURG", "CHECK24", "N26",
          "Scalable Capital", "BancoEstado", "AFP Habitat", "Fintual", "Tenpo", "Manulife", "Desjardins", "Intact",
          "Wealthsimple", "KOHO", "Sun Life"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """This pool's own fill values: {pct} a rate, {gbp} {ngn} {php} {eur} {clp} {cad} amounts, {pc} a percentage,
    {Y3} a recent year, {yy} the next year's two digits, {Y4} an older year, {mo} a month, {firm} and {firm2} firms and
    bodies, {fin} a fintech, {ch} a channel, {aud} an audience, {prod} a product, {k} a number, {ser} a funding round."""
    year = rng.randint(2016, 2025)
    firms = ["Aviva", "Admiral", "Direct Line", "Legal & General", "Nationwide", "Zopa", "Klarna", "Leadway Assurance",
             "AIICO", "AXA Mansard", "Sun Life", "Manulife", "Allianz", "HUK-COBURG", "BancoEstado", "AFP Habitat",
             "Desjardins", "Intact", "Munich Re", "Phoenix Group", "Lloyd's", "Pru Life UK", "Moniepoint", "N26"]  # fmt: skip
    first, second = rng.sample(firms, 2)
    return {
        "pct": f"{rng.randint(1, 34)}.{rng.choice(['0', '25', '5', '75', '9', '49'])}", "pc": str(rng.randint(3, 88)),
        "gbp": f"{rng.randint(95, 1450):,}", "ngn": f"{rng.randint(2, 950)},{rng.randint(0, 999):03d}",
        "php": f"{rng.randint(150, 9999):,}", "eur": f"{rng.randint(9, 2400):,}", "clp": f"{rng.randint(5, 990)}.{rng.randint(0, 999):03d}",
        "cad": f"{rng.randint(20, 3500):,}", "Y3": str(year), "yy": str(year + 1)[2:], "Y4": str(rng.randint(1696, 1995)),
        "mo": rng.choice(["January", "February", "March", "April", "May", "June", "July", "September", "October", "November", "December"]),
        "firm": first, "firm2": second,
        "fin": rng.choice(["Zopa", "Klarna", "Clearpay", "FairMoney", "Carbon", "PiggyVest", "Cowrywise", "Maya", "GCash",
                           "N26", "Scalable Capital", "Fintual", "Tenpo", "Wealthsimple", "KOHO", "Moniepoint"]),
        "ch": rng.choice(["price-comparison sites", "the app", "brokers", "bancassurance", "agents", "paid search",
                          "TikTok", "WhatsApp", "email", "the branch network", "affiliates", "embedded checkout"]),
        "aud": rng.choice(["renters", "first-time buyers", "gig workers", "retirees", "young drivers", "OFWs",
                           "market traders", "students", "the self-employed", "newcomers to Canada", "older savers",
                           "customers in vulnerable circumstances", "the unbanked", "Mittelstand owners"]),
        "prod": rng.choice(["pet insurance", "car insurance", "term life cover", "income protection", "a cash ISA",
                            "a workplace pension", "Pay in 3", "a credit-builder card", "microinsurance", "a TFSA",
                            "travel cover", "a fixed-rate bond", "Riester-Rente plans", "an APV plan"]),
        "k": str(rng.randint(2, 95)), "ser": rng.choice(["A", "B", "C", "D"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} found that {C}.", "{N} argued that {C}, which matters for {B}.", "{N} concluded that {C}.",
    "{N} showed that {C}, at least among {aud}.", "{N} warned that {C}.", "{N} reported that {C} in {Y3}.",
    "{N} observed that {C}; {B}'s own complaints data point the same way.", "{N} pointed out that {C}.",
    "{N} identified three drivers of trust (competence, integrity and benevolence) and showed that {C}.",
    "{N} suggested that {C}, although the sample was drawn from {aud} only.", "{N} makes the case that {C}.",
    "{N} measured financial literacy with the 'Big Three' questions and found that {C}.",
    "{N} went further, claiming that {C} and that {C2}.", "{N} questioned whether {C}.",
    "{N} noted that {C}, a point {B} has been slow to act on.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "{C}, as {N} showed.", "{C}, as argued by {N}.", "Following {N}, this report assumes that {C}.",
    "Echoing {N}, {C}.", "Building on {N}, it can be argued that {C}.", "{O}, {N} found that {C}.",
    "This is consistent with {N}, who found that {C}.", "{C} – a point also made by {N}.",
    "{C}; this was the conclusion of {N}.", "Research by {N} suggests that {C}.", "For {B}, the lesson of {N} is that {C}.",
    "In their study of {ch}, {N} found that {C}.", "As {N} put it, {C}.", "Data from {N} indicate that {C}.",
    "{C}, which supports the view of {N}.", "{B} appears to have followed {N}: {C}.",
    "Not everyone agrees; {N}, for instance, argued that {C}.", "A similar point is made by {N}, who noted that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {aud} found that {C}.", "Using {N} framework, it appears that {C}.", "{O}, {N} survey showed that {C}.",
    "{N} findings matter here because {C}.", "This reflects {N} argument that {C}.", "{N} report concluded that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For {aud}, {C} {P}.", "{C}, especially through {ch} {P}.",
    "This matters for {B} because {C} {P}.", "It is often argued that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.",
    "{C} {P:see also}.", "It has also been suggested that {C} {P:cf.}.", "{C}. {P}",
    "Trust in financial services is built slowly and lost quickly {P}.",
    "Comparison sites have made motor and home insurance a price-led market {P}.",
    "Customers in vulnerable circumstances need more than a clear product summary {P}.",
    "{C}, a finding repeated across several markets {P:for example,}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}; however, {C2}.", "Although {C} {P}, {C2}.", "{C} {P}, whereas {C2}.",
    "Because {C} {P}, {B} should make sure that {C2}.", "Studies {P} agree that {C}.", "{C} {P:see}, so {C2}.",
    "Three barriers stand out – low financial literacy {P}, distrust of providers and the cost of data – and {C}.",
    "{O}, {C} {P}, which means that {C2}.",
]  # fmt: skip
CLAIMS = [
    "{aud} trust insurers less than they trust banks", "financial literacy predicts who shops around at renewal",
    "comparison sites train customers to choose on price alone", "{aud} rarely read the terms of {prod}",
    "buy-now-pay-later users underestimate how much they owe", "trust in a fintech rests on the regulator's badge",
    "{B} wins customers on price but loses them at the first claim", "clear communication reduces complaints",
    "mobile money widens access to insurance for {aud}", "loyalty penalties erode trust once customers notice them",
    "a human adviser still matters for complex products such as {prod}", "{ch} bring customers who switch again a year later",
    "vulnerability is a state that anyone can move into, not a fixed group", "auto-enrolment raised pension saving but not engagement",
    "social proof on {ch} lifts conversion for {prod}", "{aud} choose providers their family already uses",
    "fintech adoption depends on perceived ease of use more than on price", "credit unions are trusted but little known among {aud}",
    "the Consumer Duty shifts the burden from disclosure to outcomes", "embedded insurance sells well but is seldom understood",
    "building societies trade on mutual ownership as a signal of trust", "{B} could {bs} to reach {aud}",
]  # fmt: skip
OPENERS = ["However", "In the UK market", "For {B}", "In Nigeria", "In the Philippines", "In Germany", "In Chile",
           "In Canada", "Since the Consumer Duty", "From a customer's point of view", "Nevertheless", "At renewal",
           "In contrast", "More recently", "Turning to {ch}", "In practice", "For {aud}"]  # fmt: skip
PLAIN = [
    "{B} sells mainly through {ch}, with a small direct channel.", "This section applies the 7Ps to {B}'s proposition for {aud}.",
    "Table 2 compares the four options on cost, reach and fit with the brand.", "The recommendations are phased over eighteen months.",
    "{O}, {C}.", "A PESTLE analysis is included in the appendix.", "{B} has around {k} million customers across three markets.",
    "The main competitors are {B} and two digital-only insurers.", "Task 2 builds on this with a customer journey map for {aud}.",
    "The brand's Trustpilot reviews mention claims handling more than price.", "Budget and KPIs are set out in the implementation plan.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one textbook puts it, {Q} {P}.", "{N} put it bluntly: {Q}.", "This is summed up well: {Q} {P}.",
    "{B} would do well to remember that {Q} {P}.", "{N} concluded that {Q}, which {B} should note.",
]  # fmt: skip
SCARE_QUOTES = ["‘price walking’", "‘loyalty penalty’", "‘sludge’", "‘embedded finance’", "'buy now, regret later'",
                "“financial wellness”", "‘phygital’", "‘protection gap’", "'fair value'", "‘digital-first’",
                "‘soft search’", "‘credit invisible’"]  # fmt: skip
SCARE_FRAMES = [
    "Regulators have taken aim at {Q} {P}.", "{B} markets itself against the {Q} of its rivals {P}.",
    "So-called {Q} hits {aud} hardest {P}.", "The industry now talks of {Q} as if it were new {P}.",
    "Critics call this {Q}, and {B} is not immune {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your renewal is ready – and the price hasn't gone up’", "‘{mo}: your pension statement is here’",
                 "“Split it into 3. No interest. No fees.”", "‘Still thinking about {prod}?’",
                 "‘Your quote expires at midnight’", "'We've found you a cheaper deal'", "‘Salamat! Your policy is active’",
                 "“Your credit score went up this month”"]  # fmt: skip
SUBJECT_FRAMES = [
    "An email headed {Q} had the best open rate of the quarter {P}.", "{B} tested {Q} against a plainer line {P}.",
    "Messages such as {Q} play on loss aversion {P}.", "A push notification reading {Q} lifted app log-ins {P}.",
]  # fmt: skip

NOT_CITATIONS = {
    "interest-rate": [
        "{B}'s easy-access saver now pays {pct}% AER (variable, from {mo} {Y3}).",
        "The fixed-rate bond was withdrawn after rates fell ({pct}% gross, {Y3} issue).",
        "Savers at the credit union earned a dividend of {pct}% (paid {mo} {Y3}).",
    ],
    "apr": [
        "The credit-builder card carries a high rate (representative {pct}% APR variable).",
        "Personal loans from {fin} start lower than the banks' (from {pct}% APR, {Y3}).",
        "Late payers were moved onto the standard rate ({pct}% p.a. from {mo} {Y3}).",
    ],
    "base-rate": [
        "Bank Rate stayed at 5.25% for a year (August 2023 to August 2024).",
        "The CBN raised its policy rate again (MPR {pct}% in {mo} {Y3}).",
        "The Bank of Canada cut its policy rate twice ({mo} {Y3}).",
        "The BSP's benchmark rate reached a peak (6.5%, October 2023).",
    ],
    "premium": [
        "Average motor premiums rose sharply (£{gbp} in Q{q} {Y3}, up {pc}%).",
        "Young drivers pay far more than the average (£{gbp} a year, {Y3} quotes).",
        "Home insurance premiums held steady ({Y3} average: £{gbp}).",
    ],
    "fee": [
        "{fin} charges a flat late fee (£{q} per missed instalment since {Y3}).",
        "Pension charges are capped for default funds (0.75% a year, since April 2015).",
        "The broker adds an arrangement fee (£{k}, non-refundable).",
    ],
    "naira": [
        "Its entry-level plan costs little (₦{ngn} a year, {Y3} tariff).",
        "Claims paid out rose sharply (₦{k}.{q}bn in {Y3}).",
        "Third-party motor cover became dearer (₦15,000 from {Y3}).",
    ],
    "peso": [
        "Microinsurance in the Philippines is sold in sachets (₱{php} a year).",
        "GCash users can buy cover from the app (₱{q}0 a month, {Y3}).",
        "OFW remittances passed a record ({Y3}: US${k}.{q}bn).",
    ],
    "euro": [
        "The Riester bonus is modest (€175 a year per adult).",
        "HUK-COBURG's basic motor policy undercut its rivals (€{eur} a year, {Y3}).",
        "N26 Metal costs more than its rivals' premium accounts (€{q}.90 a month).",
    ],
    "chilean-peso-uf": [
        "The APV tax benefit is capped (UF 600 a year).",
        "Fintual's minimum investment is low (CLP {clp}).",
        "Premiums in Chile are priced in UF (UF {q},{k} a month, {Y3}).",
    ],
    "canadian-dollar": [
        "The TFSA limit rose again (C$7,000 for 2024).",
        "Average auto premiums in Ontario are among Canada's highest (C${cad} a year, {Y3}).",
        "Wealthsimple removed its minimum balance (C$0 since {Y3}).",
    ],
    "product-launch": [
        "{B} launched {prod} for {aud} (pilot in {mo} {Y3}).",
        "Klarna's ‘Pay in 30 days’ reached UK shoppers early (launched 2016).",
        "{fin}'s savings pots were added to the app (version 5, {Y3}).",
        "The insurer's usage-based policy went national (telematics cover, {Y3}).",
    ],
    "policy-type": [
        "Most young drivers choose the cheapest cover (third party, fire and theft, TPFT).",
        "The policy is sold as level term assurance (25-year term, {Y3} wording).",
        "German customers often hold two liability covers (Privathaftpflicht and Kfz-Haftpflicht).",
        "Chilean workers can top up their AFP savings voluntarily (APV, régimen A or B).",
    ],
    "licence": [
        "{fin} was granted a full banking licence ({mo} {Y3}).",
        "The CBN gave the lender a national microfinance licence ({Y3}).",
        "Maya became a digital bank after the BSP's approval (licence granted in 2021).",
        "Its German unit is supervised locally (BaFin licence since {Y3}).",
    ],
    "authorisation": [
        "BNPL firms will need authorisation under the new regime (expected from 2026).",
        "The broker is authorised and regulated in the UK (FRN {k}{n}).",
        "Klarna's UK arm gained full authorisation ({mo} {Y3}).",
    ],
    "registration-number": [
        "The co-operative is registered in Nigeria (RC {k}{n}).",
        "{B}'s insurance arm is a separate company (Company No. 0{k}{n}{q}).",
        "The credit union is regulated as a mutual (Register No. {n}C).",
    ],
    "acquisition": [
        "Aviva's takeover of Direct Line changed the price-comparison market (completed July 2025).",
        "Nationwide's purchase of Virgin Money made it the second-largest mortgage lender (October 2024).",
        "Intact and Tryg split RSA between them (completed June 2021).",
        "{firm} bought a stake in a Nigerian insurtech ({pc}%, {mo} {Y3}).",
        "Phoenix became the UK's largest long-term savings firm after buying Standard Life Assurance (2018).",
    ],
    "merger": [
        "The two building societies merged to gain scale (effective {mo} {Y3}).",
        "{firm} and {firm2} combined their Canadian operations ({Y3} merger).",
        "Seven credit unions in Ontario became one ({Y3} amalgamation).",
    ],
    "funding-round": [
        "{fin} raised new capital from US investors (Series {ser}, ${k}m, {Y3}).",
        "Moniepoint's latest round made it a unicorn (October 2024).",
        "{fin} closed a seed round before launching ({mo} {Y3}, £{q}m).",
    ],
    "valuation": [
        "Klarna's valuation fell sharply (from $45.6bn in 2021 to $6.7bn in 2022).",
        "{fin} was valued at far less than its peers ({Y3}: ${q}.{k}bn).",
        "N26's valuation has not been tested since its last round (US$9bn, 2021).",
    ],
    "founder": [
        "Klarna was started by three Stockholm School of Economics students (Sebastian Siemiatkowski, Niklas Adalberth and Victor Jacobsson, in 2005).",
        "N26 was co-founded by Valentin Stalf and Maximilian Tayenthal (Berlin, 2013).",
        "Admiral was set up in Cardiff by Henry Engelhardt and David Stevens (launched 1993).",
        "Fintual was founded in Santiago by four engineers (2016).",
    ],
    "chief-executive": [
        "Amanda Blanc has led Aviva's turnaround (chief executive since 2020).",
        "The new chief executive joined from a rival bank ({mo} {Y3}).",
        "{B} appointed its first chief marketing officer ({Y3}–present).",
    ],
    "founding-year": [
        "{firm} is one of the oldest names in the market (founded {Y4}).",
        "The FCA took over conduct regulation from the FSA (established April 2013).",
        "NAICOM has supervised Nigerian insurers for decades (est. 1997).",
        "BaFin brought banking, insurance and securities supervision together (founded 2002).",
        "Lloyd's began in a London coffee house (1688).",
        "Chile's private pension system was the first of its kind (AFPs created in 1981).",
    ],
    "rating": [
        "Its home cover carries the top product rating (Defaqto 5 Star, {Y3}).",
        "{firm} keeps a strong financial-strength rating (AA- from S&P, affirmed {Y3}).",
        "The insurer's credit rating was upgraded ({mo} {Y3}: A+ stable).",
    ],
    "award": [
        "{B} won a national industry prize (British Insurance Awards {Y3}).",
        "The broker's app was shortlisted for a fintech award (Finovate {Y3}).",
        "{B} was named a Which? Recommended Provider for the third year (2022–{Y3}).",
        "The campaign took gold at an advertising festival (Cannes Lions {Y3}).",
    ],
    "app-rating": [
        "Customers rate the app highly (4.{q} stars on the App Store, {mo} {Y3}).",
        "Reviews of {B} are mixed (Trustpilot {q}.{q}/5, {Y3}).",
        "{fin}'s Google Play rating slipped after the update (3.{q}, {Y3}).",
    ],
    "index-value": [
        "Nigerian equities rallied strongly (NGX All-Share Index: 100,000 points in {Y3}).",
        "Insurers' shares lagged the market (FTSE 350 Life Insurance index −{pc}% in {Y3}).",
        "The DAX hit a record while German insurers lagged (18,000 points, {mo} {Y3}).",
        "Santiago's benchmark recovered in the spring (IPSA up {pc}%, {Y3}).",
    ],
    "percentage-year": [
        "Financial inclusion has grown quickly ({pc}% of adults in {Y3}).",
        "Only a minority of renters insure their contents ({pc}%, {Y3}).",
        "Pension participation among eligible employees rose steeply (from 55% in 2012 to 88% in 2019).",
        "Use of BNPL among {aud} doubled in two years ({pc}% in {Y3}).",
    ],
    "inflation": [
        "Premiums rose faster than prices in general (CPI 11.1% at its peak, October 2022).",
        "Nigerian inflation eroded savings quickly ({pc}.{q}% year on year, {mo} {Y3}).",
        "German inflation returned towards target ({q}.{q}% in {Y3}).",
    ],
    "market-share": [
        "{B} leads the direct channel (market share {pc}%, {Y3}).",
        "The top five insurers dominate motor cover ({pc}% of gross written premium, {Y3}).",
        "Comparison sites account for most new motor policies ({pc}% of sales, {Y3}).",
    ],
    "customer-numbers": [
        "{B} now serves a large base ({k} million customers, {Y3}).",
        "Nationwide remains the largest building society (over 16 million members).",
        "Membership of credit unions keeps growing ({k}0,000 new members in {Y3}).",
    ],
    "insurer-ratios": [
        "The motor book is now profitable again (combined ratio 9{q}.{q}%, {Y3}).",
        "Claims costs eased in the second half (loss ratio {pc}%, H2 {Y3}).",
        "Capital remains strong (Solvency II cover ratio 2{pc}%, year-end {Y3}).",
    ],
    "financial-year": [
        "Gross written premium grew strongly (FY{Y3}/{yy}: £{k}.{q}bn).",
        "Operating profit fell back ({Y3}/{yy} results, down {pc}%).",
        "The society's results are reported to early April (year to 4 April {Y3}).",
    ],
    "quarter": [
        "Complaints about BNPL peaked over the winter (Q{q} {Y3}).",
        "New policies written online outpaced the branch network (H1 {Y3}).",
        "Switching spiked after the January renewals (Q1 {Y3}, week 2).",
    ],
    "act-named": [
        "BNPL agreements have long been exempt under Article 60F of the Regulated Activities Order 2001.",
        "Nigerian insurers still work to the capital rules of the Insurance Act 2003.",
        "The amended Insurance Code (Republic Act No. 10607) raised Filipino insurers' capital requirements.",
        "Québec's Law 25 tightened how Canadian insurers use customer data in the province.",
        "The Versicherungsaufsichtsgesetz (VAG) sets out how German insurers are supervised.",
    ],
    "rule-named": [
        "Since the price-walking ban (ICOBS 6B, in force from January 2022), renewal quotes may not exceed new-business prices.",
        "Firms had to meet the Consumer Duty for open products first (31 July 2023).",
        "IFRS 17 changed how insurers report profits (effective 1 January 2023).",
        "Solvency II sets the capital insurers must hold (in force since January 2016).",
        "Chile's ‘SERNAC Financiero’ law gave borrowers new rights over credit contracts (Ley 20.555, December 2011).",
    ],
    "deposit-protection": [
        "Savers are protected if the society fails (FSCS cover up to £85,000 per person).",
        "Canadian deposits are insured by the CDIC (up to C$100,000 per category).",
        "German deposits are protected by the statutory scheme (€100,000 per customer).",
    ],
    "pension-rule": [
        "Minimum contributions under auto-enrolment rose in stages (8% in total since April 2019).",
        "Nigerian employers must pay into an RSA (10% of monthly emoluments, Pension Reform Act 2014).",
        "The state pension age will rise again (to 67 between 2026 and 2028).",
    ],
    "allowance": [
        "The ISA allowance has been frozen for years (£20,000 since 2017/18).",
        "Lifetime ISA savers get a government bonus (25%, up to £1,000 a year).",
        "RRSP room is tied to earned income (18%, {Y3} limit C${cad}).",
    ],
    "currency-conversion": [
        "The premium is small in sterling terms (₦{ngn}, about £{q}{k} at {Y3} rates).",
        "The sachet policy costs less than a coffee (₱{php}, roughly €{k}).",
        "Chilean prices are given here in sterling (CLP {clp} ≈ £{q}{k}, {mo} {Y3}).",
    ],
    "own-research": [
        "Most members had never compared providers (own survey, n = {n}, {mo} {Y3}).",
        "Branch staff said older customers prefer paper statements (interview with a branch manager, {mo} {Y3}).",
        "The focus group struggled with the term ‘excess’ (six participants, {Y3}).",
    ],
    "cross-reference": [
        "The customer journey map is in the appendix (see Appendix {q}).",
        "Costs are set out in the budget (Table {q}, Section 3.{q}).",
        "The persona for {aud} is discussed in Task 1 (b) above.",
    ],
    "abbreviation": [
        "Buy now, pay later (BNPL) is treated here as unregulated credit.",
        "The annual percentage rate (APR) must be shown with equal prominence.",
        "The Financial Conduct Authority (FCA) regulates UK insurers' conduct.",
        "Gross written premium (GWP) and net promoter score (NPS) are the main KPIs.",
    ],
    "local-term": [
        "Many Filipino households save through a paluwagan (an informal rotating savings group).",
        "In Nigeria, ajo or esusu (rotating savings clubs) still compete with banks.",
        "Chilean savers watch their fondos (A to E, by risk).",
        "Germans value the Bausparvertrag (a building-savings contract) for its certainty.",
        "Québec members call their credit union a caisse (caisse populaire).",
    ],
    "handle-or-web": [
        "Customers are signposted to free guidance (www.moneyhelper.org.uk).",
        "{B} answers complaints on X (@AskOurTeamUK) within the hour.",
        "The claims line is open all day (0800 {n} {k}{n}, 24/7).",
    ],
    "slogan": [
        "Compare the Market's meerkats still carry the brand (‘Simples’, since 2009).",
        "{B}'s tagline (‘Insurance that's actually simple’) runs on every channel.",
        "The ‘Smoooth payments’ campaign made Klarna a household name (2021).",
    ],
    "nps-and-satisfaction": [
        "Customers who claimed were the most satisfied (NPS +{pc}, {Y3}).",
        "Satisfaction with claims handling fell (CSAT {pc}%, Q{q} {Y3}).",
        "Complaint uphold rates improved ({pc}% upheld, H1 {Y3}).",
    ],
    "age-band": [
        "The target segment is young renters (aged 18–34).",
        "Pension engagement is lowest among younger workers (22–29, auto-enrolled).",
        "Take-up of life cover peaks in one group (35–44 years old, {Y3}).",
    ],
    "event-date": [
        "Payment holidays were offered during the pandemic (April to October 2020).",
        "Demand for cover jumped after the floods (winter {Y3}).",
        "The Budget changed pension tax relief (Autumn Budget, October 2024).",
        "Renewal quotes rose after the January price reset ({mo} {Y3}).",
    ],
    "model-and-grade": [
        "The robo-adviser puts clients into one of five portfolios (risk grade 1–5).",
        "Applicants are scored against the credit bureau's scale (0–999).",
        "The fund sits in the middle of the risk scale (SRI 4 of 7).",
    ],
}  # fmt: skip
