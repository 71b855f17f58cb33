"""Prose for the thirty-eighth held-out pool, "blind38": reports by customer, brand and campaigns marketers at
energy suppliers, water companies, broadband and telecoms providers, train operating companies, bus groups and
airports in the UK and Ireland, on CIM Level 4 to Level 7 courses.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a thirty-eighth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how these writers write:
price caps and tariff names with their dates, regulators' decisions and reference numbers, regulatory periods,
smart meter and fibre roll-outs, timetable changes, franchises and contracts with their years, fares and railcards,
strikes and disruption dates, vulnerability registers, net zero targets, survey waves, awards, licence conditions,
customer verbatims, campaign names and subject lines, with curly marks from Word and straight ones from CRM tools.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["British Gas", "Octopus Energy", "E.ON Next", "EDF", "OVO", "Scottish Power", "So Energy", "Good Energy",
          "Severn Trent", "Thames Water", "Yorkshire Water", "Anglian Water", "Dŵr Cymru", "Scottish Water", "Uisce Éireann",
          "BT", "EE", "Virgin Media O2", "Sky", "TalkTalk", "Hyperoptic", "Community Fibre", "Vodafone", "eir",
          "Avanti West Coast", "LNER", "Northern", "TransPennine Express", "Southeastern", "ScotRail", "Transport for Wales",
          "Great Western Railway", "Greater Anglia", "Iarnród Éireann", "Stagecoach", "First Bus", "Arriva", "Go-Ahead",
          "Translink", "Bus Éireann", "Heathrow", "Gatwick", "Manchester Airport", "Dublin Airport", "Bristol Airport",
          "Electric Ireland", "SSE Airtricity", "Bord Gáis Energy"]  # fmt: skip

NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} reports that {C}.",
    "{N} argues that {C}.",
    "{N} shows that {C}, which matters for {B}.",
    "{N} notes that {C}.",
    "{N} concluded that {C}.",
    "{N} observed that {C}, especially after the {yr} price rises.",
    "{N} suggests that {C}.",
    "{N} makes the case that {C}.",
    "{N} estimate that {C}.",
    "{N} warned that {C}.",
    "{N} points out that {C}, a point {B} has been slow to act on.",
    "{N} is clear that {C}.",
    "{N} found, in a study of {sector}, that {C}.",
]  # fmt: skip

NARRATIVE_MID = [
    "For {B}, as {N} explains, {C}.",
    "In the water sector, {N} found that {C}.",
    "On the railways, {N} reports that {C}.",
    "Looking at {sector}, {N} argues that {C}.",
    "This is where, according to {N}, {C}.",
    "It is worth noting that {N} found that {C}.",
    "Put simply, {N} shows that {C}.",
    "More recently, {N} argued that {C}.",
    "At {B}, the team has taken on board the view of {N} that {C}.",
    "Against that, {N} cautions that {C}.",
    "When prices rose, {N} observed that {C}.",
    "In Ireland, {N} suggests that {C}.",
]  # fmt: skip

POSSESSIVE = [
    "{N} review of {sector} found that {C}.",
    "{N} survey of bill payers shows that {C}.",
    "{N} analysis suggests that {C}.",
    "{N} framework helps explain why {C}.",
    "{N} findings back this up: {C}.",
    "According to {N} research, {C}.",
    "{N} work on {topic} shows that {C}.",
    "{N} model is useful here, because {C}.",
]  # fmt: skip

PARENTHETICAL_END = [
    "{C} {P}.",
    "Research suggests that {C} {P}.",
    "There is evidence that {C} {P}.",
    "In {sector}, {C} {P}.",
    "For {B}, this matters because {C} {P}.",
    "It has been shown that {C} {P}.",
    "Since the energy crisis, {C} {P}.",
    "{O} {C} {P}.",
    "Across the UK and Ireland, {C} {P}.",
    "Customers notice when {C} {P}.",
    "Evidence from regulators is that {C} {P}.",
    "The wider point is that {C} {P}.",
]  # fmt: skip

PARENTHETICAL_MID = [
    "{C} {P}, so {B} should act on it.",
    "Because {C} {P}, the campaign leads with reassurance.",
    "{C} {P}, and {C2}.",
    "If {C} {P}, then {B} needs a different message.",
    "Given that {C} {P}, the plan below puts vulnerable customers first.",
    "While {C} {P}, {C2}.",
    "As {C} {P}, the brand has to earn back trust.",
    "{O} {C} {P}, which shapes the objectives in Task 2.",
    "Since {C} {P}, the channel mix leans on email and SMS.",
    "Although {C} {P}, {B} still treats it as a cost.",
]  # fmt: skip

CLAIMS = [
    "customers on prepayment meters feel price rises first and hardest",
    "trust in energy suppliers fell sharply during the price crisis",
    "most households do not know which tariff they are on",
    "switching rates collapse when wholesale prices are volatile",
    "clear bills reduce calls to the contact centre",
    "smart meter take-up stalls once early adopters are reached",
    "customers blame the supplier rather than the regulator for higher bills",
    "vulnerable customers are under-registered on priority services registers",
    "water bill payers rarely think about their supplier until something goes wrong",
    "sewage spills have damaged the reputation of the whole water sector",
    "social tariffs are poorly publicised and under-claimed",
    "mid-contract price rises are one of the main drivers of broadband complaints",
    "full-fibre availability does not translate into take-up without marketing",
    "broadband customers value reliability above headline speed",
    "passengers judge a train company on how it handles disruption",
    "real-time information during delays matters more than compensation",
    "railcards bring in leisure travellers who would otherwise drive",
    "strike days push commuters towards hybrid working for good",
    "fares simplification is welcomed but misunderstood",
    "bus passengers are more price-sensitive than rail passengers",
    "capped bus fares increase patronage among younger people",
    "airport queues shape the whole holiday memory",
    "net zero claims are met with scepticism unless they are specific",
    "green tariffs are often seen as a premium product for the well-off",
    "time-of-use tariffs appeal to households with electric vehicles",
    "older customers prefer the phone to apps and web chat",
    "complaint handling does more for loyalty than the original service",
    "customers in debt avoid contact with their supplier",
    "utility brands are rarely loved but can be respected",
    "regulated companies underinvest in brand building",
    "customer satisfaction scores in utilities lag behind retail",
    "price is the main reason customers give for switching provider",
    "personalised energy-saving advice cuts consumption measurably",
    "gamified demand-flexibility events engage customers who ignore ordinary emails",
    "Direct Debit reviews are a key moment of truth for energy brands",
    "Irish consumers switch supplier more readily than British ones",
    "{A} respond best to messages that show savings in pounds, not percentages",
    "{B} has room to improve its {T}",
    "clarity about compensation builds trust with {A}",
    "leakage campaigns only work when the company is seen to fix its own pipes",
]  # fmt: skip

OPENERS = [
    "In the current climate,",
    "For a regulated brand,",
    "After the {yr} winter,",
    "In a market shaped by the price cap,",
    "Since privatisation,",
    "From a customer's point of view,",
    "In the run-up to {reg},",
    "For {B} in particular,",
    "Looking at the railways,",
    "In broadband,",
    "On the bus side of the business,",
    "For airports,",
]  # fmt: skip

PLAIN = [
    "This section applies the theory to {B}.",
    "The recommendations are costed in the appendix.",
    "The campaign would run over twelve months.",
    "Each objective is SMART and linked to the brand's purpose.",
    "The target audience is split into three segments.",
    "Customer insight comes first, then the creative.",
    "Channels are chosen for reach and cost.",
    "Measurement uses customer satisfaction, complaints and switching data.",
    "The plan below sets out what {B} should do first.",
    "Stakeholders include customers, regulators, staff and investors.",
    "The contact centre is a channel, not just a cost.",
    "The brand needs a single voice across bills, apps and letters.",
    "A pilot in one region would reduce the risk.",
    "Internal marketing has to come before the external launch.",
    "Budget is the main constraint on this plan.",
    "The next section looks at the competitive environment.",
    "Two options were considered and one is recommended.",
    "Frontline staff will need briefing before the campaign goes live.",
    "The evaluation would be reviewed quarterly by the marketing team.",
    "Customers in rural areas need a different approach.",
]  # fmt: skip

QUOTE_FRAMES = [
    "{N} puts it plainly: {Q}.",
    "As {N} writes, {Q}.",
    "One regulator's view is that {Q} {P}.",
    "The point is made well in the literature: {Q} {P}.",
    "{N} warns that {Q}.",
    "In the words of one review, {Q} {P}.",
    "For {B} this rings true: {Q} {P}.",
    "{N} concludes: {Q}.",
]  # fmt: skip

SCARE_QUOTES = ["fair", "value for money", "green", "unlimited", "up to", "smart", "seamless", "customer-first",
                "reliable", "no nasty surprises", "simple", "renewable", "always on", "best network"]  # fmt: skip

SCARE_FRAMES = [
    "The word ‘{Q}’ is used so often in energy marketing that it has lost its meaning {P}.",
    "Claims to be \"{Q}\" need evidence behind them {P}.",
    "{N} questions what ‘{Q}’ means to a customer on a variable tariff.",
    "Customers are wary of promises that are “{Q}” {P}.",
    "Many providers call themselves '{Q}' without saying how {P}.",
    "{N} shows how ‘{Q}’ became a standard line in broadband advertising.",
]  # fmt: skip

SUBJECT_LINES = ["Your new Direct Debit amount", "Your bill is ready", "Important: changes to your tariff",
                 "Your train is delayed – here is what to do", "We are sorry about your journey",
                 "Book your smart meter installation", "Full fibre is now available at your address",
                 "Saving Session tonight: earn points", "Your price is changing from 1 April",
                 "Claim your Delay Repay", "Your water meter reading", "Are you on our Priority Services Register?"]  # fmt: skip

SUBJECT_FRAMES = [
    "An email headed ‘{Q}’ gets opened more than a generic newsletter {P}.",
    "Subject lines such as \"{Q}\" work because they are specific {P}.",
    "{N} tested messages like “{Q}” with customers in arrears.",
    "The SMS '{Q}' is a good example of a timely message {P}.",
    "{B} sends ‘{Q}’ at the right moment, which helps {P}.",
    "{N} found that a plain line like \"{Q}\" beats a clever one.",
]  # fmt: skip

NOT_CITATIONS = {
    "price-cap-period": [
        "The cap for {mon} to {mon2} {yr} put a typical dual-fuel bill at £{price} a year.",
        "From 1 {mon} {yr} the default tariff cap rose by {pct}%, to £{price} for a typical household.",
        "Under the cap ({mon}–{mon2} {yr}), the standing charge for electricity was {n}p a day.",
    ],
    "tariff-name-version": [
        "{B} moved customers from its Fixed {tm}M v{n} tariff to a variable one.",
        "The 'Flexible Octopus {mon} {yr} v{n}' tariff is what most of these customers were on.",
        "Customers on Intelligent Octopus Go pay about {n}p per kWh overnight.",
    ],
    "regulator-decision-ref": [
        "Ofgem's decision letter, ref. {n}/{yr}, set out the new rules on prepayment installations.",
        "The determination was numbered CRU/{yr}/{n} and came into force on {d} {mon}.",
        "ORR case {n}/{yr} concerned the sale of advance tickets.",
    ],
    "regulatory-period": [
        "PR24 covers 2025 to 2030, so {B} has to show progress before PR29.",
        "RIIO-ED2 runs from April 2023 to March 2028, with RIIO-3 to follow for gas and transmission.",
        "Control Period 7 (CP7) runs from 2024 to 2029 for Network Rail.",
    ],
    "franchise-contract-years": [
        "The franchise was let in {yr} and replaced by a National Rail Contract in {yr2}.",
        "{B} holds the contract until {yr2}, with a two-year extension option.",
        "Manchester's Bee Network took over the first franchised buses in September 2023.",
    ],
    "timetable-change": [
        "The December {yr} timetable change added {n} trains a day on the route.",
        "Services were cut back in the May {yr} timetable and restored in December.",
        "The {hh}:{mm} from {town} to London now runs every day except Sundays.",
    ],
    "strike-dates": [
        "Drivers walked out on {d} {mon} {yr} and again on {d2} {mon2}.",
        "The RMT and ASLEF disputes ran from June 2022 into 2024.",
        "An overtime ban from {d} to {d2} {mon} led to short-notice cancellations.",
    ],
    "railcard-names": [
        "The 16-25 Railcard, the 26-30 Railcard and the Two Together Railcard each give a third off most fares.",
        "{B} promoted the Family & Friends Railcard over the summer holidays.",
        "A Network Railcard costs £{price2} and works across the South East.",
    ],
    "fares-rise-date": [
        "Regulated fares rose by {pct}% on {d} March {yr}.",
        "The £2 bus fare cap became £3 from 1 January 2025.",
        "Fares in Ireland were cut by 20% in 2022 under the Budget measures.",
    ],
    "smart-meter-stats": [
        "By the end of {yr}, {pct}% of meters in Great Britain were smart or advanced.",
        "SMETS1 meters were migrated to the DCC network so that they could keep working after a switch.",
        "{B} fitted {n},000 SMETS2 meters in Q{q} {yr}.",
    ],
    "fibre-rollout": [
        "Openreach passed {n} million premises with FTTP by {mon} {yr}.",
        "Project Gigabit aims at 85% gigabit coverage by 2025 and near-universal coverage by 2030.",
        "{B} switched off copper in {town} in {yr} as part of the PSTN switch-off.",
    ],
    "net-zero-target": [
        "{B} says it will reach net zero by 2040, ten years ahead of the UK's 2050 target.",
        "Scotland's target is 2045, and Ireland aims for a 51% cut in emissions by 2030.",
        "The airport has committed to Scope 1 and 2 net zero by {yr2}.",
    ],
    "financial-year": [
        "In FY{yy}, revenue was £{n}m and adjusted operating profit £{n2}m.",
        "The year to 31 March {yr} saw bad debt provisions double.",
        "H1 {yr}/{yy2} results showed a rise in customer accounts.",
    ],
    "company-number": [
        "{B} is registered in England and Wales (Company No. 0{n}{n2}).",
        "The supplier's registered office is in {town}, VAT No. GB {n} {n2} {d}.",
    ],
    "ticker": [
        "Centrica (LSE: CNA) and Severn Trent (LSE: SVT) are both FTSE 100 companies.",
        "BT Group (BT.A) shares fell after the {yr} interim results.",
        "FirstGroup trades on the London Stock Exchange as FGP.",
    ],
    "phone-and-helpline": [
        "Customers can call 0800 {n} {n2} or text 105 in a power cut.",
        "The Priority Services helpline is open 8am to 8pm, Monday to Saturday.",
        "Dial 999 if you smell gas, or 0800 111 999 for the National Gas Emergency Service.",
    ],
    "award-with-year": [
        "{B} won Supplier of the Year at the Utility Week Awards {yr}.",
        "The app was shortlisted in the UK Customer Experience Awards {yr} (Utilities category).",
        "{B} was a Which? Recommended Provider in {yr} and {yr2}.",
    ],
    "campaign-name-with-year": [
        "The ‘Switch Off, Save More’ campaign launched in autumn {yr}.",
        '{B}\'s "Every Drop Counts" push (summer {yr}) focused on garden hoses.',
        "The 'Get Set for Winter' campaign ran from October {yr} to March {yr2}.",
    ],
    "figure-table-caption": [
        "Figure {n}: Complaints per 100,000 customers, {yr} to {yr2}.",
        "Table {q} (below) compares the three tariffs on cost and flexibility.",
        "Source: author's own analysis of {B} survey data.",
    ],
    "prices-basis": [
        "Totex is £{n}bn over the period (2022-23 prices).",
        "Average bills rise by £{n2} a year in real terms (CPIH-deflated, {yr} prices).",
    ],
    "year-on-year-change": [
        "Complaints were down {pct}% on {yr} (from {n} to {n2}).",
        "Punctuality improved to {pct}% (up {q} points year on year).",
    ],
    "rating-as-at-date": [
        "{B} is rated 4.{q} out of 5 on Trustpilot as at {mon} {yr}.",
        "The app holds 4.{q} stars in the App Store, from over {n},000 reviews.",
    ],
    "survey-wave": [
        "Wave {n} of the tracker was in the field from {d} to {d2} {mon} {yr}.",
        "The survey (n = {n}) was run with bill payers aged 18 and over.",
        "Fieldwork closed in {mon} {yr}, with {n2} responses from customers on the PSR.",
    ],
    "consultation-close": [
        "The consultation closed on {d} {mon} {yr} and the decision is due later in the year.",
        "Responses were invited by 5pm on {d} {mon}, by email to the policy team.",
    ],
    "licence-condition": [
        "Standard Licence Condition 0 (SLC 0) sets out the Standards of Conduct.",
        "SLC 26 governs the Priority Services Register and SLC 28B covers prepayment meters.",
        "Under Condition B{q} of the Instrument of Appointment, the company must publish a charges scheme.",
    ],
    "acronym-expansions": [
        "The Priority Services Register (PSR) and the Warm Home Discount (WHD) are the two main support schemes.",
        "The Energy Company Obligation (ECO4) and the Great British Insulation Scheme (GBIS) fund insulation.",
        "Delay Repay (DR15) pays out for delays of fifteen minutes or more.",
    ],
    "quoted-tariff-name": [
        "Its ‘Agile’ and ‘Tracker’ tariffs follow wholesale prices.",
        'The "Essential Broadband" social tariff costs £{price2} a month.',
        "EE's 'Full Works' plan is aimed at heavy users.",
    ],
    "customer-verbatim": [
        'One customer told us: "I just want to know what I\'ll pay next month."',
        "Interviewee {q} (a commuter from {town}) said ‘the app told me nothing’.",
        "A focus group participant (female, 60+, prepayment) described the letter as ‘frightening’.",
    ],
    "interviewee-role": [
        "Interviewee {q} (Head of Customer Experience, {B}) was candid about the backlog.",
        "Respondent {n} (Retail Director) asked not to be named.",
    ],
    "bus-fare-cap": [
        "The £2 cap was extended to December 2024 before rising to £3.",
        "A single journey in {town} costs £{price2}, and a day ticket £{n} or less.",
    ],
    "passenger-numbers": [
        "{B} handled {n} million passengers in {yr}, still below its 2019 peak.",
        "Journeys on the line recovered to {pct}% of pre-pandemic levels by Q{q} {yr}.",
    ],
    "terminal-and-gate": [
        "Flights to Dublin leave from Terminal 2 (T2), gates {n} to {n2}.",
        "Security at T5 was reorganised for summer {yr}, with new CT scanners.",
    ],
    "report-section-numbering": [
        "Section 2.{q} (Recommendations) sets out the three options.",
        "See Appendix B (Budget) and Appendix C (Gantt chart) for the detail.",
        "Task 1 (a) answered the first question; Task 1 (b) applies it to {B}.",
    ],
    "hashtag-handle": [
        "The campaign ran on Instagram as #SaveWaterSummer{yr} and on X via @{handle}.",
        "Posts tagged #NetZero and #PowerUp reached {n},000 people in a week.",
    ],
    "job-title-brackets": [
        "The campaign was signed off by the Brand Director (Retail) and the Chief Customer Officer.",
        "I work as a Campaign Manager (B2C) in {B}'s {town} office.",
    ],
    "irish-levy-year": [
        "The PSO levy for {yr}/{yy2} was set at €{n2} a year for households.",
        "Electricity credits of €{n} were paid in {mon} {yr} and January {yr2}.",
    ],
    "hosepipe-ban": [
        "A Temporary Use Ban (hosepipe ban) applied from {d} July {yr} in the {region} region.",
        "{B} lifted its hosepipe ban on {d} {mon} {yr} after a wet autumn.",
    ],
    "flexibility-event": [
        "Saving Sessions ran over winter {yr}/{yy2}, paying customers to cut use at peak times.",
        "The Demand Flexibility Service held {n} events between November and March.",
    ],
    "storm-and-outage": [
        "Storm Arwen (November 2021) left thousands of homes without power for days.",
        "After Storm {storm} in {mon} {yr}, {B} paid automatic compensation to {n},000 customers.",
    ],
    "legal-entity-trading-as": [
        "British Gas is a trading name of British Gas Trading Ltd, part of Centrica plc.",
        "The trains are run by {op} Ltd (trading as {B}).",
    ],
    "train-class-built": [
        "The Class {cls} units (built {byr}) are due to be replaced by {yr2}.",
        "Refurbished Class {cls}s entered service in {mon} {yr} with USB sockets and Wi-Fi.",
    ],
    "ofcom-complaints-quarter": [
        "In Q{q} {yr}, {B} generated {n2} complaints per 100,000 customers.",
        "The complaints league table for the quarter to {mon} {yr} placed {B} bottom for broadband.",
    ],
    "water-performance-commitments": [
        "The leakage target is a {pct}% cut from the 2019-20 baseline by 2025.",
        "Per capita consumption was {n} litres a day in {yr}-{yy2}, against a target of 110 by 2050.",
    ],
    "pounds-and-percent-brackets": [
        "Arrears rose to £{n}m ({pct}% of revenue) across the sector.",
        "About {n2},000 households ({pct}%) are on a social tariff.",
    ],
    "version-and-release": [
        "Version {q}.{n} of the app, released in {mon} {yr}, added half-hourly usage charts.",
        "The CRM upgrade (Release {yr}.{q}) went live in {mon}.",
    ],
}

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]  # fmt: skip
_TOWNS = ["Leeds", "Crewe", "Swindon", "Peterborough", "Cardiff", "Derby", "Limerick", "Cork", "Newcastle",
          "Preston", "Stoke-on-Trent", "Belfast", "Galway", "Inverness", "Norwich"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    yr = rng.randint(2018, 2025)
    first = rng.randrange(12)
    return {
        "yr": str(yr), "yr2": str(yr + rng.randint(1, 3)), "yy": str(yr)[2:], "yy2": str(yr + 1)[2:],
        "mon": _MONTHS[first], "mon2": _MONTHS[(first + 2) % 12], "d2": str(rng.randint(1, 28)),
        "price": f"{rng.randint(1500, 4300):,}", "price2": str(rng.choice([10, 12, 15, 20, 30])),
        "pct": str(rng.randint(2, 40)), "n2": str(rng.randint(10, 999)), "tm": str(rng.choice([12, 18, 24])),
        "hh": f"{rng.randint(5, 22):02d}", "mm": f"{rng.choice([2, 14, 17, 23, 31, 45, 58]):02d}",
        "town": rng.choice(_TOWNS), "sector": rng.choice(["energy retail", "the water sector", "broadband",
                                                          "passenger rail", "bus services", "aviation"]),
        "topic": rng.choice(["vulnerable customers", "smart meters", "disruption messaging", "social tariffs",
                             "switching", "complaints"]),
        "reg": rng.choice(["PR24", "RIIO-3", "Control Period 7", "the next price review"]),
        "op": rng.choice(["First Trenitalia West Coast Rail", "London North Eastern Railway", "Arriva Rail North",
                          "Govia Thameslink Railway"]),
        "handle": rng.choice(["StWater", "ThamesWater", "OctopusEnergy", "LNER", "TPExpressTrains", "BTCare"]),
        "region": rng.choice(["South East", "Yorkshire", "East Anglia", "Severn", "Thames Valley"]),
        "storm": rng.choice(["Babet", "Ciarán", "Isha", "Éowyn", "Darragh", "Otto"]),
        "cls": str(rng.choice([150, 156, 158, 195, 323, 331, 387, 390, 800, 802])), "byr": str(rng.randint(1984, 2019)),
    }  # fmt: skip
