"""The blind232 pool's prose: marketers at insurers, Lloyd's syndicates, brokers, price-comparison sites, pension
providers, platforms and wealth managers in the UK, Ireland, Germany, France, Switzerland and Bermuda writing CIM
Level 6 and 7 reports and MBA assignments in English on consumer, B2B and adviser marketing.

Written without reading the checker, its tests or any other pool. ``{N}`` is a narrative citation, ``{P}`` a
parenthetical one (``{P:see}`` puts a word inside its bracket), ``{Q}`` a quotation, ``{C}`` a claim, ``{B}`` a brand,
``{O}`` an opener; the other placeholders are the fill values, and those ``values`` below adds. NOT_CITATIONS holds
what these writers put in brackets, beside years and in quotation marks that is no citation: premiums, limits and
excesses in pounds, euros and francs, combined and loss ratios, storms and catastrophes, founding years, schemes and
reforms, handbook rules and policy statements, FRNs and policy numbers, star ratings, pension ages and tax years,
allowances, product launches, tickers, awards, post-nominals, financial years, quarters and half years, and more.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Aviva", "Legal & General", "Prudential", "Phoenix Group", "Direct Line", "Admiral", "Hiscox", "Beazley",
          "Zurich", "Allianz", "AXA", "Swiss Re", "Hargreaves Lansdown", "St. James's Place", "AJ Bell", "Nest",
          "compare the market", "MoneySuperMarket", "Churchill", "esure", "Royal London", "Scottish Widows",
          "Standard Life", "Vitality", "Go.Compare", "Confused.com", "Irish Life", "Zurich Ireland", "Allianz Partners",
          "AXA XL", "Munich Re", "Chubb", "RSA", "Ageas", "Saga", "Interactive Investor", "Vanguard UK", "Quilter",
          "Hastings Direct", "Markerstudy", "Howden", "Gallagher", "Marsh", "Arch", "Canopius"]  # fmt: skip

_INSURERS = ["Aviva", "Admiral", "Direct Line", "Hiscox", "Beazley", "Zurich", "Allianz", "AXA", "Ageas", "Hastings", "esure", "RSA"]  # fmt: skip
_FIRMS = ["Defaqto", "Consumer Intelligence", "NMG Consulting", "Boring Money", "Mintel", "J.D. Power", "Moneyfacts",
          "the ABI", "the FCA", "Which?"]  # fmt: skip
_TICKERS = ["LON: AV.", "LON: LGEN", "LON: PRU", "LON: PHNX", "LON: DLG", "LON: ADM", "LON: HSX", "LON: BEZ",
            "SIX: ZURN", "ETR: ALV", "EPA: CS", "SIX: SREN", "LON: HL.", "LON: STJ", "LON: AJB", "LON: MONY"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the common ones."""
    year = rng.randint(2018, 2025)
    return {
        "Y3": str(year), "Y4": str(year + 1)[2:], "pc": str(rng.randint(4, 88)), "prem": str(rng.randint(280, 990)),
        "mo": rng.choice(["January", "March", "April", "June", "July", "September", "October", "November"]),
        "cr": str(rng.randint(86, 104)), "ins": rng.choice(_INSURERS), "K": rng.choice(_FIRMS),
        "tick": rng.choice(_TICKERS), "frn": str(rng.randint(100000, 999999)), "star": str(rng.randint(3, 5)),
        "syn": str(rng.choice([33, 510, 1084, 1183, 2010, 2121, 2623, 2987, 4444, 5000])),
        "age": str(rng.randint(55, 68)), "ann": f"{rng.randint(5, 8)}.{rng.randint(0, 9)}",
        "ocf": f"0.{rng.randint(10, 75)}", "sr": str(rng.randint(140, 260)), "pot": str(rng.randint(20, 480)),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although the sample was drawn only from advised clients.",
    "{N} concluded that {C}.", "{N} makes the point that {C}, which is directly relevant to {B}.",
    "{N} showed that {C} in the UK motor market.", "{N} identified that {C}, particularly among {A}.",
    "{N} suggests that {C}.", "{N} observed that {C} once the pricing remedies took effect.",
    "{N} went further, arguing that {C} and that {C2}.", "{N} warned that {C}.",
    "{N} stresses that {C}; this is a risk for {B}.", "{N} reported that {C} across European insurers.",
    "{N} questioned whether {C}.", "{N} found little evidence that {C}.",
    "{N} described how {C} in workplace pensions.", "{N} noted that, for life and pensions firms, {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "{O}, {N} argued that {C}.", "This is consistent with {N}, who found that {C}.",
    "{C}, which supports the findings of {N}.", "As highlighted by {N}, {C}.",
    "{B} illustrates the point: {N} showed that {C}.", "Research by {N} suggests {C}.",
    "According to {N}, {C}.", "{C} – a view shared by {N}.", "A survey of brokers by {N} found that {C}.",
    "{C}; however, {N} found the opposite for {A}.", "It could be argued, following {N}, that {C}.",
    "Evidence from {N} suggests that, for {A}, {C}.", "In their study of Irish and UK insurers, {N} found that {C}.",
    "{C}, according to {N}.", "Unlike {B}, the providers studied by {N} found that {C}.",
    "For a Lloyd's syndicate the picture differs, and {N} showed that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Using {N} framework, it is clear that {C}.",
    "{O}, {N} report concluded that {C}.", "{B} could apply {N} model, since {C}.",
    "According to {N} survey, {C}.", "{N} findings matter here because {C}.",
    "This reflects {N} argument that {C}.", "{N} segmentation of retirement savers suggests that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "For {A}, {C} {P}.", "This matters because {C} {P}.", "{C}, especially after the pricing reforms {P}.",
    "It is often claimed that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.",
    "{B}’s results suggest {C} {P}.", "In short, {C} {P}.", "{C}, which is why {B} invests in {T} {P}.",
    "A key point for {B} is that {C} {P}.", "{C}. {P}", "{C} {P:see also}.",
    "Trust remains the main barrier to buying protection {P}.", "Price is still the main reason motorists switch {P}.",
    "{C}, as several UK and Irish studies show {P:for example,}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{B} has found that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "Some sources {P:e.g.} argue that {C}.", "{C} {P}: this means that {C2}.", "Studies {P} agree that {C}.",
    "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} trust a brand they know more than the cheapest quote", "price-comparison sites have made motor insurance a commodity",
    "the ban on price walking shifted competition towards service", "{B} relies on {T} more than its rivals do",
    "brokers remain the main route to market for commercial lines", "few savers read their annual pension statement",
    "auto-enrolment has brought millions of low earners into saving", "advisers value platform service more than price",
    "protection is sold rather than bought", "claims handling is the moment of truth for an insurer's brand",
    "{A} are more likely to switch after a poor claims experience", "{T} improves {R} among {A}",
    "the Consumer Duty has pushed firms to test customer understanding", "plain-English documents reduce complaints",
    "a strong brand lets an insurer charge a premium without losing volume", "mutual ownership still carries trust",
    "{A} underestimate how long their retirement will last", "cyber cover remains hard to explain to small firms",
    "the advice gap leaves many savers without help at retirement", "{B} needs to {bs} to stay competitive",
    "embedded insurance could reshape distribution", "retention now depends on service rather than discounts",
    "the meerkat campaign built recall that rivals struggled to match", "ESG claims must be backed by evidence",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In the UK", "For {B}'s marketing team",
    "Since the pricing reforms", "In the context of {B}", "From a policyholder's perspective", "Nevertheless",
    "Consequently", "Within the London market", "As a result", "Looking at {B}'s competitors", "Overall",
    "In the Irish market", "For intermediated business", "In terms of digital distribution",
]  # fmt: skip
PLAIN = [
    "{B} sells direct, through brokers and on the price-comparison sites.",
    "This section analyses {B}'s current proposition and makes recommendations.",
    "The table below summarises the key performance indicators for each channel.",
    "The recommendations are costed and phased over eighteen months.", "{O}, {C}.",
    "A PESTLE analysis of the UK protection market is included in the appendix.",
    "The main competitors are {B} and two smaller direct insurers.",
    "Task 2 builds on this by proposing an adviser engagement plan.",
    "Interviews were held with four brokers and two underwriters.",
    "{B}'s customers can manage their policy in the app or by phone.",
]  # fmt: skip

NOT_CITATIONS = {
    "premium-pounds": [
        "The average comprehensive motor premium reached £{prem} a year in {mo} {Y3}.",
        "{B} quoted £{prem} a year (fully comprehensive, 25-year-old driver, {Y3}).",
        "Buildings and contents cover costs around £{prem} a year (London postcode, no claims).",
    ],
    "cover-limit": [
        "Hiscox's small-business policy offers £1m of public liability cover (£2m on request).",
        "The travel policy covers medical costs up to £10m (Europe and worldwide).",
        "Professional indemnity limits start at £250,000 (any one claim).",
    ],
    "euro-excess": [
        "Irish motor policies typically carry a €250 excess (€500 for young drivers).",
        "AXA's French home policy has a €150 excess (franchise) on most claims.",
        "Allianz's German contents cover (Hausratversicherung) costs from €{prem} a year at {Y3} prices.",
    ],
    "swiss-francs": [
        "Zurich's Swiss health top-up comes with a CHF 2,000 deductible (Franchise).",
        "Premiums in Zurich start at CHF {prem} a year (canton of Zurich, {Y3}).",
        "The Pillar 3a limit was CHF 7,056 ({Y3}) for employees with a pension fund.",
    ],
    "combined-ratio": [
        "{ins} reported a combined ratio of {cr}% (FY{Y3}).",
        "Lloyd's returned to underwriting profit with a 91.9% combined ratio (2022).",
        "A combined ratio below 100% (the industry's break-even point) means an underwriting profit.",
    ],
    "loss-ratio": [
        "The motor loss ratio rose sharply ({Y3}: {cr}%).",
        "Pet insurers run loss ratios near 80% (vet fees up 60% since 2015).",
    ],
    "claims-storm": [
        "Insurers paid around £1.2bn of claims after Storm Arwen (2021).",
        "Storm Eunice (February 2022) led to more than 177,000 claims.",
        "The Boxing Day floods (2015) cost insurers about £1.3bn.",
    ],
    "catastrophe-year": [
        "Hurricane Ian (2022) was among the costliest events for the Bermuda reinsurers.",
        "The market changed for good after 9/11 and Hurricane Katrina (2005).",
        "Older brokers still talk about the great storm of 1987 (the October storm).",
        "The 2021 floods in Germany (Ahrtal, July 2021) raised the debate on compulsory cover.",
    ],
    "founding-year": [
        "Lloyd's (1688) began in Edward Lloyd's coffee house.",
        "Legal & General (1836) started as a society of six lawyers.",
        "The Pru (1848) once sold penny policies door to door.",
        "Swiss Re (founded 1863) is one of the oldest reinsurers.",
    ],
    "scheme-year": [
        "Auto-enrolment (2012) transformed workplace pension coverage.",
        "The pension freedoms (April 2015) ended the need to buy an annuity.",
        "Flood Re (2016) keeps home cover affordable in flood-risk areas.",
        "The Motor Insurers' Bureau (1946) compensates victims of uninsured drivers.",
        "The triple lock (2010) raises the state pension each April.",
    ],
    "ogden-rate": [
        "Motor insurers took a hit when the Ogden rate was cut to -0.75% (2017).",
        "The Ogden discount rate moved to +0.5% in England and Wales (January 2025).",
    ],
    "handbook-rule": [
        "Financial promotions must be clear, fair and not misleading (COBS 4.2).",
        "Renewal pricing for home and motor is covered by ICOBS 6B (price walking).",
        "Conflicts of interest are managed under SYSC 10 and the firm's own policy.",
        "Product governance rules for insurers sit in PROD 4 of the Handbook.",
        "Demands and needs statements are required under ICOBS 5.2.",
    ],
    "policy-statement": [
        "The FCA's final rules on the Consumer Duty (PS22/9) applied from July 2023.",
        "The pricing remedies (PS21/5) took effect on 1 January 2022.",
        "The FCA consulted on targeted support in late 2024 (CP24/27).",
    ],
    "frn": [
        "{B} is authorised and regulated by the Financial Conduct Authority (FRN {frn}).",
        "The broker's details can be checked on the Financial Services Register (FRN {frn}).",
    ],
    "policy-number": [
        "One customer's complaint quoted her policy number (HH-{frn}-{q}) in full.",
        "The renewal letter showed the reference (MTR/{Y3}/{frn}) at the top.",
    ],
    "star-rating": [
        "{B}'s home policy holds a Defaqto 5 Star rating ({Y3}).",
        "The income protection plan is rated {star} Star by Defaqto ({Y3} ratings).",
        "Its pension was rated Gold (Defaqto Gold Rated, {Y3}).",
    ],
    "pension-age": [
        "The state pension age will rise to 67 by 2028 (and to 68 later).",
        "The minimum pension age rises from 55 to 57 (April 2028).",
        "In Ireland the state pension is paid from age 66 (with deferral to 70 possible).",
    ],
    "tax-year": [
        "Contributions were made in the 2023/24 tax year (ending 5 April 2024).",
        "The ISA allowance stays at £20,000 for {Y3}/{Y4}.",
        "Tax relief at source (20%) is added within eleven weeks.",
    ],
    "allowance": [
        "The annual allowance rose to £60,000 (April 2023).",
        "The lifetime allowance (£1,073,100) was abolished in April 2024.",
        "The tapered annual allowance can fall to £10,000 (adjusted income over £360,000).",
    ],
    "product-launch": [
        "The Lifetime ISA (April 2017) offers a 25% government bonus.",
        "Direct Line's red phone (1985) became one of the best-known brand assets in insurance.",
        "Nest's Sidecar savings pilot (2023) tested a jar next to the pension.",
        "{B} relaunched its app (version {q}.0) in {mo} {Y3}.",
    ],
    "ticker": [
        "Aviva (LON: AV.) is a constituent of the FTSE 100.",
        "Legal & General (LON: LGEN) is often bought for its dividend yield.",
        "The shares ({tick}) rose after the results.",
        "Zurich (SIX: ZURN) and Swiss Re (SIX: SREN) both trade in Zurich.",
    ],
    "award": [
        "{B} won at the British Insurance Awards 2023 (Claims Initiative of the Year).",
        "The platform was named best for service at the Money Marketing Awards 2022.",
        "{B} took two titles at the Moneyfacts Awards 2024 (Best Life Insurance Provider).",
        "The campaign was shortlisted at the Insurance Times Awards {Y3}.",
    ],
    "post-nominal": [
        "The sales director, Claire Wood FCII, leads the broker team.",
        "Every adviser at the firm is a Chartered Financial Planner (APFS).",
        "The pricing team is led by an actuary (FIA) with twenty years in motor.",
        "The interview was with the firm's chief executive (CEO) and its marketing director (CMO).",
    ],
    "financial-year": [
        "Operating profit grew to £{n}m (FY{Y3}).",
        "{B}'s solvency ratio held steady across FY{Y3} and FY{Y4}.",
    ],
    "quarter": [
        "New business volumes fell in Q{q} {Y3} as prices rose.",
        "Motor premiums peaked in Q3 2023 (up 58% year on year).",
    ],
    "half-year": [
        "Gross written premiums rose in H1 {Y3} (up {pc}% on H1 {Y}).",
        "{B}'s interim results (H1 2024) showed a fall in policy count.",
    ],
    "legislation": [
        "Every firm must be authorised under the Financial Services and Markets Act 2000.",
        "The Pension Schemes Act 2021 created a new offence for reckless scheme management.",
        "Solvency II (in force since January 2016) sets capital rules for European insurers.",
        "The Consumer Duty (July 2023) raised the bar for customer communications.",
        "The Insurance Distribution Directive (2018) applies to brokers across the EU.",
        "The Consumer Insurance (Disclosure and Representations) Act 2012 changed the duty of disclosure.",
    ],
    "abbreviation": [
        "The Association of British Insurers (ABI) represents most UK insurers.",
        "The Financial Conduct Authority (FCA) regulates conduct; the Prudential Regulation Authority (PRA) regulates capital.",
        "Self-invested personal pensions (SIPPs) appeal to confident investors.",
        "The Money and Pensions Service (MaPS) runs the MoneyHelper brand.",
        "Key performance indicators (KPIs) include net promoter score (NPS) and policy retention.",
        "The Financial Ombudsman Service (FOS) upheld {pc}% of complaints about the product.",
    ],
    "solvency-ratio": [
        "{ins}'s Solvency II cover ratio was {sr}% at the year end (31 December {Y3}).",
        "The group's shareholder surplus rose (Solvency II ratio: 1{q}0%).",
    ],
    "market-share": [
        "{B} holds a large share of the UK motor market (around {pc}% of policies).",
        "The top five platforms hold most of the assets (about {pc}% of the market).",
    ],
    "interest-rate": [
        "Annuity rates jumped after Bank Rate rose (5.25% from August 2023).",
        "Savers earned little while rates were at a record low (0.1% in March 2020).",
    ],
    "inflation": [
        "Claims costs followed inflation up (CPI peaked at 11.1% in October 2022).",
        "Repair costs rose faster than general prices (parts inflation of {pc}%).",
    ],
    "annuity-rate": [
        "A healthy 65-year-old could get an annuity rate of {ann}% ({mo} {Y3}, level, single life).",
        "Enhanced annuities pay more to smokers (up to 20% higher income).",
    ],
    "fund-charge": [
        "The default fund is cheap (OCF {ocf}%).",
        "The platform charges 0.45% a year (capped at £45 for shares held in a SIPP).",
        "Nest charges a 1.8% contribution charge (being phased out) plus 0.3% a year.",
    ],
    "pension-pot": [
        "The average pot at retirement is modest (£{pot}k for men, less for women).",
        "Most savers with pots under £30,000 take them as cash (small pots rule).",
    ],
    "syndicate": [
        "Beazley writes cyber through its own syndicate (Syndicate 2623).",
        "Hiscox underwrites at Lloyd's through Syndicate 33.",
        "The client placed the risk with Syndicate {syn} (managed by a Lloyd's managing agent).",
    ],
    "credit-rating": [
        "The insurer is rated AA- (S&P, stable outlook).",
        "Bermuda reinsurers need strong ratings (A+ from AM Best or better).",
    ],
    "renewal-date": [
        "Reinsurance prices rose at the 1/1 renewals (January {Y3}).",
        "The Florida book renews at 1 June (the mid-year renewal).",
    ],
    "phone-number": [
        "Customers can call the claims line (0345 030 3{n}) at any time.",
        "The helpline (0800 138 7777) is run by MoneyHelper.",
    ],
    "deadline": [
        "Firms had until 31 July 2023 (open products) and 31 July 2024 (closed products) to comply.",
        "Pension schemes must connect to the dashboards by their staging date (October 2026 at the latest).",
    ],
    "returns": [
        "The fund returned {pc}% over five years (to 31 March {Y3}).",
        "Past performance is no guide to the future (5-year return: {pc}%).",
    ],
    "rebrand-year": [
        "Norwich Union became Aviva (2009), one of the biggest UK rebrands.",
        "Standard Life Aberdeen was renamed abrdn (2021) and dropped vowels from its name.",
        "MoneySuperMarket's owner became MONY Group ({mo} 2024).",
    ],
    "deal-year": [
        "Phoenix's purchase of Standard Life Assurance (2018) made it the UK's largest long-term savings firm.",
        "Aviva's takeover of Direct Line (2025) brought the red phone into the group.",
        "Phoenix completed its acquisition of ReAssure (July 2020).",
    ],
    "slogan": [
        "Compare the market's ‘Simples’ (2009) entered everyday speech.",
        "Churchill's nodding dog still says ‘Oh yes’.",
        "Go.Compare's opera singer ran from 2009 to 2021.",
        "Admiral's tagline ‘Together we’re better’ was aimed at multi-car households.",
    ],
    "event": [
        "The BIBA Conference (Manchester, May {Y3}) is the broker market's biggest event.",
        "Nest spoke at an industry event in Liverpool (October {Y3}) about member engagement.",
    ],
    "figures": [
        "Most respondents preferred to buy online (n = {n}).", "Retention improved (see Figure {q}).",
        "The costs are set out in the budget (Appendix {q}).", "The target segment is savers aged 45–60 (Table {q}).",
        "Quote-to-buy conversion rose from 1.{q}% to 2.{q}% (Q{q} {Y3}).",
    ],
    "cross-reference": [
        "This is discussed further in Task 2 (b).", "The broker journey (see Appendix 2) shows each touchpoint.",
        "The persona (Appendix 1, Figure {q}) is based on six interviews.", "See Section 3.{q} (page {q}) for the costs.",
    ],
    "handle-or-address": [
        "Aviva answers questions on X (@AvivaUK) within the hour.", "Most quotes start on the website (www.comparethemarket.com).",
        "Complaints can be emailed to the firm (complaints@example-insurer.co.uk).",
        "The campaign hashtag (#PensionAwarenessWeek) trended in {mo}.",
    ],
    "noun-year": [
        "{B}'s Christmas advert ({Y3}) was its most viewed video.", "Claims spiked during the big freeze (December 2022).",
        "Customers still mention the renewal price rise (January {Y3}) in reviews.",
        "The brand's first TV campaign (spring {Y3}) targeted first-time buyers.",
    ],
}  # fmt: skip

QUOTE_FRAMES = [
    "{Q} {P}.", "As one insurance marketing text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{B} appears to accept that {Q} {P}.", "The point is made directly that {Q} {P}, which {B} should note.",
    "One review of the protection market concluded that {Q} {P}.", "Advisers are told that {Q} {P}.",
    "{N} put it plainly: {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["‘price walking’", "‘loyalty penalty’", "‘sludge’", "‘advice gap’", "‘protection gap’",
                "‘fair value’", "‘hard market’", "‘nudge’", "'sticky' customers", "‘greenhushing’", "“dark patterns”",
                "‘set and forget’", "'pension freedom'", "‘de-risking’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} has been accused of {Q} {P}.", "Many renewing customers are tired of {Q} {P}.",
    "So-called {Q} is a growing concern for the regulator {P}.", "This problem, often called {Q}, affects {A} most {P}.",
    "The term {Q} is used loosely in the industry {P}.", "Critics describe this as {Q}, and {B} is not immune {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your renewal is ready – and the price hasn’t gone up’", "‘Is your pension on track?’",
                 "“Storm warning: how to protect your home tonight”", "‘Find your lost pensions in minutes’",
                 "‘Your annual statement is here’", "‘Don’t let your cover lapse’", "“Your quote is saved for 30 days”",
                 "‘Your {M} travel cover, sorted’", "‘Three things to check before you retire’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} can lift open rates {P}.", "{B} used {Q} in its renewal email {P}.",
    "Short, reassuring copy ({Q}, for example) performs well with {A} {P}.",
    "Messages like {Q} work because they reduce anxiety {P}.",
    "The email {Q} was opened by more {A} than any other {P}.",
    "Testing {Q} against a plainer version showed a clear winner {P}.",
]  # fmt: skip
