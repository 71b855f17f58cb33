"""The blind225 pool's prose: marketers in later-life services in the UK, Ireland, Australia and Canada (care-home
groups and home-care providers, retirement villages, funeral directors and funeral-plan firms, equity-release and
annuity providers, hearing-aid and mobility retailers and age charities) writing CIM Level 6 and 7 reports and MBA
assignments in English.

Written without reading the checker, its tests or any other pool. Frames use text.py's placeholders ({N}, {P},
{P:see}, {Q}, {C}, {C2}, {O}, {B}, {A}, {R}, {T}, {Y}, {Y2}, {n}, {q}, {d}, {M}) and these of its own, from values():
{fee} a weekly care fee, {cr} a direct cremation's price, {fc} an average funeral's cost, {Y3} a recent year, {mo} a
month, {beds} a home's beds, {homes} a group's homes, {pc} a percentage, {rate} an equity-release rate, {fy} a
financial year, {plan} a funeral plan's price, {stores} a store count, {units} a village's apartments, {stay} months,
{annual} a yearly fee, {age} an age, {dd} a day and {d2} a later one, {mgr} a person with a title, {ch} a channel. NOT_CITATIONS
holds brackets, years, prices, ratings and dates that are no citation: none of them names a work a tutor would
expect in the reference list.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Care UK", "HC-One", "Barchester", "Anchor", "McCarthy Stone", "Audley Villages", "Dignity",
          "Co-op Funeralcare", "Pure Cremation", "Just Group", "Legal & General", "Specsavers Audiology", "Amplifon",
          "Age UK", "Independent Age", "Hidden Hearing", "Golden Charter", "Stannah", "Bupa Aged Care", "Aveo",
          "Sienna Senior Living", "Sunrise Senior Living", "Inspired Villages", "Aviva Equity Release", "Farewill",
          "Hilton & Sons Funeral Directors", "Home Instead", "Helping Hands", "Lottie", "Motability"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the common ones."""
    day = rng.randint(1, 24)
    return {
        "fee": f"{rng.randint(1, 2)},{rng.randint(100, 950)}",
        "cr": rng.choice(["1,395", "1,495", "1,595", "1,195", "1,750", "1,299"]),
        "fc": rng.choice(["4,141", "4,056", "3,953", "4,285", "9,658", "4,794"]),
        "Y3": str(rng.randint(2019, 2025)), "dd": str(day), "d2": str(day + rng.randint(2, 6)), "age": rng.choice(["55", "60", "65", "75", "80"]),
        "mo": rng.choice(["January", "March", "April", "May", "June", "September", "October", "November"]),
        "beds": str(rng.choice([32, 40, 48, 60, 64, 66, 72, 80, 96, 120])), "homes": str(rng.choice([50, 120, 230, 280, 300])),
        "pc": str(rng.randint(3, 88)), "rate": rng.choice(["6.5", "5.99", "6.24", "7.1", "5.75", "6.85"]),
        "fy": rng.choice(["FY2023/24", "FY2022/23", "FY24", "FY2024/25", "2023/24"]),
        "plan": rng.choice(["1,495", "2,850", "3,995", "4,795", "4,450"]), "stores": str(rng.choice([600, 850, 980, 1000])),
        "units": str(rng.choice([48, 62, 90, 120, 148])), "stay": str(rng.randint(14, 30)),
        "annual": rng.choice(["62,400", "78,000", "55,120", "91,000"]),
        "mgr": rng.choice(["Sarah Quinn RGN, Registered Manager", "Tom Ellis, Funeral Director", "Aoife Byrne, Head of Marketing",
                           "Dame Esther Rantzen", "Priya Shah, CEO", "Gareth Morgan, Operations Director"]),
        "ch": rng.choice(["Facebook", "local press", "Google Ads", "direct mail", "the website", "radio", "YouTube"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argue that {C}.", "{N} found that {C}, although their sample was small.", "{N} concluded that {C}.",
    "{N} suggests that {C}, which is highly relevant to {B}.", "{N} reported that {C}.",
    "{N} showed that {C}, particularly among {A}.", "{N} notes that {C}.", "{N} makes the case that {C}.",
    "{N} warned that {C}.", "{N} identified that {C}; this matches what {B} hears from families.",
    "{N} observed that {C}, a point echoed in the sector press.", "{N} questions whether {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} explain, {C}.", "{O}, {N} found that {C}.", "According to {N}, {C}.", "{C}, as {N} point out.",
    "This is consistent with {N}, who found that {C}.", "{B} could learn from {N}, who show that {C}.",
    "{C}; {N} reached a similar conclusion.", "Research by {N} suggests that {C}.",
    "{O}, the work of {N} indicates that {C}.", "For {B}, the lesson from {N} is that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study found that {C}.", "{O}, {N} findings imply that {C}.", "{N} model helps to explain why {C}.",
    "{N} report shows that {C}.", "Applying {N} framework to {B}, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "There is evidence that {C} {P}.", "It is widely accepted that {C} {P}.",
    "{C}, especially for {A} {P}.", "{O}, {C} {P:see}.", "Families increasingly expect that {C} {P}.",
    "{C} {P:e.g.}.", "In later-life markets, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, although {C2}.", "{C} {P}; even so, {C2}.", "{C} {P}, while {C2}.",
    "{O}, {C} {P}, but {C2}.",
]  # fmt: skip
CLAIMS = [
    "adult children often choose the care home on their parents' behalf", "trust matters more than price when families choose a care home",
    "{B} could use {T} to reach {A}", "online reviews now shape the shortlist of care homes",
    "older consumers resent advertising that portrays them as frail", "{A} respond to {T} with greater {R}",
    "the decision to move into a care home is usually made in a crisis", "funeral plans are bought to spare the family decisions and cost",
    "direct cremation has grown because it is cheaper and simpler", "many families cannot compare funeral prices before they buy",
    "stigma still delays the purchase of hearing aids by years", "equity release is seen as a last resort by many homeowners",
    "financial advice reduces the regret felt after releasing equity", "retirement villages sell a lifestyle rather than a flat",
    "{B} relies on word of mouth more than its rivals do", "loneliness is a stronger motive for moving than health",
    "the grey pound is spread across very different segments", "digital exclusion limits how far {ch} can reach {A}",
    "carers value honesty about fees above glossy brochures", "brand trust in funerals is built locally, over generations",
    "older people want to be addressed as customers rather than patients", "the cost of care is widely misunderstood",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "Similarly", "At the same time", "In the care sector",
           "For funeral directors", "In later-life lending", "From a marketing perspective", "Since the pandemic",
           "By contrast", "Looking at the customer journey", "For self-funders", "In Ireland and the UK alike",
           "In the case of {B}", "Put simply", "Even so"]  # fmt: skip
PLAIN = [
    "{B} markets its homes through {ch}, open days and referrals from hospital discharge teams.",
    "The marketing team is small and shares a budget with recruitment.", "{O}, {C}.",
    "Most enquiries come by telephone from a son or daughter.", "{B} publishes its prices on its website.",
    "The home's brochure was redesigned to show residents rather than buildings.",
    "Families usually visit three homes before deciding.", "{O}, {C}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one textbook puts it, {Q} {P}.", "Put another way, {Q} {P}.", "{O}, {Q} {P}.",
    "{N} put it plainly: {Q}.", "The point is that {Q} {P}, and {B} has not yet acted on it.",
    "{N} observed that {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["‘the grey pound’", "‘silver surfers’", "‘ageing in place’", "‘a good death’", "‘home from home’",
                "‘sandwich generation’", "‘bed-blocking’", "'unlocking housing wealth'", "“person-centred”",
                "‘distress purchase’", "‘dementia-friendly’", "'golden years'", "“no frills”", "‘care cliff’"]  # fmt: skip
SCARE_FRAMES = [
    "Providers now talk of {Q} care {P}.", "{B} calls its approach {Q} {P}.", "Marketers still speak of {Q} {P}.",
    "The sector's idea of {Q} is contested {P}.", "{N} questioned the phrase {Q}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Join us for afternoon tea this Sunday’", "‘Your free guide to paying for care’",
                 "“Plan ahead, protect your family”", "‘Book your free hearing test today’",
                 "‘Open day: come and see our new suites’", "‘Is it time to talk about care?’",
                 "“Fixed price. No surprises.”", "‘Your personalised equity release illustration’",
                 "‘A simpler way to say goodbye’", "'Try our latest hearing aids free for 30 days'"]  # fmt: skip
SUBJECT_FRAMES = [
    "The mailer headed {Q} doubled enquiries {P}.", "An email with the subject line {Q} performed best {P}.",
    "{B} ran the headline {Q} in local papers {P}.", "{N} found that copy such as {Q} reassures families.",
]  # fmt: skip

NOT_CITATIONS = {
    "weekly-fee": ["Fees at the home start at £{fee} a week ({Y3} prices).", "A self-funder pays around £{fee} per week (nursing care, {Y3} rates)."],
    "cremation-price": ["{B} offers a direct cremation for £{cr} (price held until {mo} {Y3}).", "Direct cremation is advertised from £{cr} (unattended, no service)."],
    "funeral-cost": ["The average funeral cost £{fc} in {Y3} (up {pc}% on the year before).", "A basic funeral now costs £{fc} (national average, {Y3})."],
    "inspection-rating": ["The home was rated Good by the CQC ({Y3}).", "Its latest rating is Outstanding ({mo} {Y3}).", "Two of the homes were rated Requires Improvement (inspected {d} {mo} {Y3})."],
    "bed-count": ["{B} opened a {beds}-bed home in Surrey (completed {mo} {Y3}).", "The group runs {homes} homes (as at 31 March {Y3})."],
    "state-pension-age": ["The State Pension age rose to 66 (from October 2020) and will reach 67 (2026–2028).", "Most customers are over State Pension age (66 from 2020)."],
    "triple-lock": ["The triple lock (introduced 2010) raised the State Pension by {pc}% in April {Y3}.", "Pensioners' incomes are protected by the triple lock (since 2010)."],
    "pension-freedoms": ["Pension freedoms (April 2015) let savers draw cash instead of buying an annuity.", "Annuity sales fell sharply after the pension freedoms (6 April 2015)."],
    "care-cap": ["The cap on care costs (£86,000, announced September 2021) was delayed to October 2025.", "The cap was promised for 2016, delayed to 2020 and then to October 2023 (and later dropped)."],
    "dilnot": ["The Dilnot Commission (set up in 2010, reported July 2011) proposed a lifetime cap of £35,000.", "Since the Dilnot Commission (2010–11), successive governments have delayed reform."],
    "care-act": ["Under the Care Act 2014 (in force from April 2015), councils must assess carers' needs.", "Section 18 of the Care Act 2014 (duty to meet needs) applies once savings fall below the threshold."],
    "funeral-plan-rules": ["Funeral plans have been regulated since 29 July 2022 (previously self-regulated).", "Providers had to be authorised by 29 July 2022 (or stop selling plans)."],
    "equity-release-rate": ["{B}'s lifetime mortgages start at {rate}% fixed (MER, {mo} {Y3}).", "Rates averaged {rate}% (fixed for life) in {mo} {Y3}."],
    "minimum-age": ["Lifetime mortgages are open to homeowners aged 55 and over (55+).", "Retirement apartments are sold to buyers aged {age} and over (at least one buyer)."],
    "hearing-aid-model": ["The Phonak Lumity (2022) and the Oticon Intent (2024) both adapt to noisy rooms.", "Customers were offered the Signia Pure Charge&Go IX (launched 2023) at no extra cost."],
    "hearing-aid-generation": ["The fifth generation of its rechargeable aids (Gen 5, {Y3}) lasts a full day.", "The new range replaces the 2019 models (Platform 4.0)."],
    "awareness-week": ["Dementia Action Week ({dd}–{d2} May {Y3}) was the focus of the spring campaign.", "Carers Week {Y3} ({dd}–{d2} June) brought a spike in enquiries."],
    "remembrance": ["The home held a service on Remembrance Sunday ({d} November {Y3}).", "Dying Matters Awareness Week ({dd}–{d2} May {Y3}) is the sector's busiest week on social media."],
    "birthday": ["Staff marked a resident's 100th birthday (1923–2023) with a party.", "Mrs Doyle (aged 101) appeared in the home's Christmas video."],
    "open-day": ["The village holds an open day (Saturday {d} {mo}, 10am–4pm).", "Families were invited to a coffee morning (2pm, {d} {mo} {Y3})."],
    "award": ["The home was a regional finalist in the Great British Care Awards {Y3} (Care Home Manager category).", "The firm won Funeral Director of the Year at the Funeral Awards 2024 (independent category)."],
    "job-title": ["The campaign was fronted by {mgr} (appointed {Y3}).", "Quotes came from {mgr} (interviewed {mo} {Y3})."],
    "financial-year": ["Revenue reached £{n}m ({fy}).", "Marketing spend was cut in {fy} (to £{d}m)."],
    "quarter": ["Enquiries rose {pc}% in Q{q} {Y3} (year on year).", "Plan sales slowed (Q{q} {Y3}) before recovering."],
    "occupancy": ["Occupancy reached {pc}% (H1 {Y3}).", "Average occupancy across the estate was {pc}% (week ending {d} {mo} {Y3})."],
    "plan-price": ["The Simple plan costs £{plan} (paid in full) or twelve monthly payments.", "Its Direct Cremation plan is priced at £{cr} (from {mo} {Y3})."],
    "age-band": ["The survey covered adults aged 65+ (n = {n}).", "Over-75s (the fastest-growing age band) made up {pc}% of residents."],
    "life-expectancy": ["Life expectancy at 65 is about 21 years for women (2020–2022 figures).", "A man aged 65 can expect to live to 84 (period life tables, {Y3})."],
    "helpline": ["Callers can ring the advice line (0800 169 {n}, 8am–7pm, 365 days a year).", "The helpline (free, Monday to Friday) took {n} calls a week."],
    "self-funder-share": ["Around {pc}% of residents are self-funders ({Y3} figures).", "Self-funders pay more than council-funded residents (a gap of £{n} a week)."],
    "fee-rise": ["Fees rose by {pc}% (April {Y3}).", "The group raised its fees in line with the National Living Wage (April {Y3})."],
    "store-count": ["Specsavers offers hearing tests in more than {stores} stores (UK and Ireland).", "The retailer has {stores} branches (including {n} in Ireland)."],
    "village-opening": ["The village in Cobham (opened {Y3}) has {units} apartments.", "Phase two ({units} homes, due {Y3}) is already half sold."],
    "fscs-protection": ["Plans are protected by the Financial Services Compensation Scheme (up to £85,000).", "Lifetime mortgages carry a no-negative-equity guarantee (an Equity Release Council standard)."],
    "ticker": ["Just Group (LSE: JUST) sells annuities and lifetime mortgages.", "Legal & General (LSE: LGEN) is the largest provider of pension risk transfer."],
    "interest-rate": ["Bank Rate stood at 5.25% (from August 2023 to August 2024).", "Rates fell when Bank Rate was cut (to 4.75%, November 2024)."],
    "hashtag": ["The campaign used the hashtag #DyingMattersWeek ({mo} {Y3}).", "Posts tagged #CarersWeek reached {n},000 people (organic)."],
    "cross-reference": ["The customer journey is mapped in Appendix {q} (Figure {q}).", "Fees are compared in the table below (Table {q})."],
    "living-wage": ["Care wages follow the National Living Wage (£11.44 an hour from April 2024).", "Staff costs rose with the National Living Wage (£12.21 from April 2025)."],
    "benefit-rate": ["Attendance Allowance pays £108.55 a week (higher rate, 2024/25).", "The Winter Fuel Payment (£200 to £300) is now means-tested (from winter 2024)."],
    "continuing-healthcare": ["Residents assessed for NHS Continuing Healthcare (CHC) have their fees paid in full.", "Funded nursing care (FNC) adds £{n} a week to the home's income."],
    "campaign-name": ["The ‘Hear the Difference’ campaign ran in spring {Y3} (TV and radio).", "{B}'s ‘Welcome Home’ campaign ({mo} {Y3}) targeted adult children."],
    "anniversary": ["{B} celebrated 50 years of trading (1974–2024).", "The family firm has served the town since 1887 (five generations)."],
    "annual-fee": ["A year in residential care costs about £{annual} (South East, {Y3}).", "Nursing care can exceed £{annual} a year (with dementia care)."],
    "length-of-stay": ["Residents stay for {stay} months on average (median, {Y}–{Y2}).", "The typical stay is shorter in nursing homes (about {stay} months)."],
    "inheritance-tax": ["The nil-rate band (£325,000) has been frozen since 2009.", "Estates also get a residence nil-rate band (£175,000 from April 2020)."],
    "power-of-attorney": ["A Lasting Power of Attorney costs £82 to register (per LPA, from November 2023).", "The home asks for a copy of any LPA (health and welfare)."],
    "inspection-regulation": ["The report cited a breach of Regulation 12 (safe care and treatment).", "Inspectors looked at key lines of enquiry (KLOE S1 and E2)."],
    "head-office": ["The group's support centre is in Bristol (BS1 6HU).", "Enquiries are handled centrally (Leeds, LS11 5AG)."],
    "visiting-hours": ["Visiting is open all day (10am–8pm) with protected mealtimes (12–1pm).", "The chapel of rest is open by appointment (9am–5pm, Monday to Saturday)."],
}  # fmt: skip
