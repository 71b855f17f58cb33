"""Prose for the blind354 pool (HELD OUT): marketers in car retail (franchised dealer groups, used-car supermarkets,
online car marketplaces, leasing and car-subscription firms and vehicle finance brands) in the UK, Ireland, Germany,
Japan, South Africa and Mexico, writing CIM Level 6 and 7 reports and MBA assignments in English. Written without
reading the checker, its tests or any other pool.

Placeholders as in text.py ({N}, {P}, {Q}, {C}, {C2}, {O}, {B}, {A}, {R}, {T}, {Y}, {Y2}, {n}, {q}, {d}, {M}) and
these of its own, from values(): {mk} a car model, {plate} a UK plate identifier, {pc} a percentage's number,
{Y3} a recent year, {mo} a month, {apr} an APR, {pm} a monthly payment, {grp} a dealer group or marketplace,
{fin} a finance brand, {ch} a channel, {cty} a country of the six.
"""

from __future__ import annotations

import random

BRANDS = ["Arnold Clark", "Evans Halshaw", "Lookers", "Sytner", "Vertu Motors", "Motorpoint", "Cazoo", "cinch",
          "Carwow", "Auto Trader", "Carzone", "DoneDeal", "AutoScout24", "mobile.de", "Sixt", "FINN", "IDOM",
          "NEXTAGE", "KINTO", "WeBuyCars", "Motus", "CMH", "Kavak", "Zenith", "Onto", "Black Horse", "MotoNovo",
          "WesBank", "Hendy", "Marshall Motor Group", "Emil Frey", "Bristol Street Motors", "Big Motoring World",
          "Cox Motor Group", "Gulliver", "Seminuevos.com"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use."""
    return {
        "mk": rng.choice(["Ford Fiesta", "VW Golf", "Toyota Corolla", "Nissan Qashqai", "BMW 3 Series", "Kia Sportage",
                          "Tesla Model 3", "VW Polo Vivo", "Nissan Versa", "Toyota Prius", "Honda N-Box", "MG4",
                          "Hyundai Tucson", "Suzuki Swift", "Toyota Hilux", "Vauxhall Corsa", "BYD Atto 3"]),
        "plate": rng.choice(["19", "69", "20", "70", "21", "71", "22", "72", "23", "73", "24", "74", "25"]),
        "pc": str(rng.randint(3, 88)), "Y3": str(rng.randint(2019, 2025)),
        "mo": rng.choice(["January", "March", "April", "June", "September", "October", "November", "December"]),
        "apr": rng.choice(["0", "4.9", "6.9", "7.9", "9.9", "12.9", "14.9"]),
        "pm": rng.choice(["£199", "£249", "£299", "£349", "£399", "€289", "€349"]),
        "grp": rng.choice(["Lookers", "Pendragon", "Vertu", "Sytner", "Arnold Clark", "Motorpoint", "Cazoo", "cinch",
                           "Carwow", "Auto Trader", "Inchcape", "Emil Frey", "IDOM", "Motus", "WeBuyCars", "Kavak"]),
        "fin": rng.choice(["Black Horse", "MotoNovo", "Close Brothers Motor Finance", "Santander Consumer Finance",
                           "VW Financial Services", "BMW Financial Services", "WesBank", "Toyota Financial Services"]),
        "ch": rng.choice(["Auto Trader listings", "paid search", "Instagram", "TikTok", "the dealer website", "YouTube",
                          "email", "WhatsApp", "LINE", "Facebook Marketplace", "the showroom"]),
        "cty": rng.choice(["the UK", "Ireland", "Germany", "Japan", "South Africa", "Mexico"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}, and {B} is a case in point.",
    "{N} found that {C}, although their sample was drawn only from {cty}.",
    "{N} showed that {C}.",
    "{N} concluded that {C}; this matters for {B}'s used-car operation.",
    "{N} reported that {C}, particularly among {A}.",
    "{N} suggested that {C}, which is why dealers are moving budget into {ch}.",
    "{N} noted that around {pc}% of car buyers visit only one or two forecourts before buying, and that {C}.",
    "{N} warned that {C} unless finance commissions are explained clearly.",
    "{N} identified price, trust and convenience as the three drivers of online car buying, and showed that {C}.",
    "{N} questioned whether {C}, pointing to weak evidence outside {cty}.",
    "{N} made the point that {C}.",
    "{N} were among the first to argue that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} pointed out, {C}.",
    "{O}, {N} found that {C}.",
    "In line with {N}, {C}.",
    "{C}, which is consistent with the findings of {N}.",
    "{C}, as {N} observed in their study of dealers in {cty}.",
    "For a dealer group such as {B}, the work of {N} is useful because {C}.",
    "This mirrors what {N} found when looking at {A}: {C}.",
    "The evidence is mixed: {N} found that {C}, whereas later studies disagree.",
    "{O}, research published by {N} showed that {C}.",
    "Not everyone agrees; {N}, for instance, maintained that {C}.",
    "Following {N}, this report treats the test drive as one touchpoint among many, because {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {A} found that {C}.",
    "{O}, {N} findings imply that {C}.",
    "{N} model of the car-buying journey suggests that {C}.",
    "The weakness of {N} framework is that it assumes {C}.",
    "According to {N} analysis, {C}.",
    "{N} data show that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, it seems that {C} {P}.",
    "Most commentators now agree that {C} {P}.",
    "{C}, especially among {A} {P}.",
    "This is important because {C} {P:see}.",
    "Several studies make the same point, namely that {C} {P:see, for example,}.",
    "{B} should therefore invest in {ch}, given that {C} {P:e.g.}.",
    "Most used-car buyers now start their search online, often months before they visit a dealer {P}.",
    "Personal contract purchase has become the most common way to fund a new car in {cty} {P}.",
    "Car buyers trust independent reviews more than a dealer's own claims {P}.",
    "{C}, which has implications for how {B} prices its stock {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, but in practice {C2}.",
    "{C} {P}; however, {C2}.",
    "Although {C} {P}, {C2}.",
    "{O}, {C} {P} and {C2}.",
    "{C} {P}, whereas {C2}.",
    "Three things shape the decision – price {P}, the part-exchange offer and the finance quote – and {C}.",
    "Given that {C} {P:see}, it follows that {C2}.",
]  # fmt: skip
CLAIMS = [
    "car buyers compare monthly payments rather than cash prices",
    "price transparency raises trust in used-car retailers",
    "{A} expect to reserve a car online before they visit",
    "dealers that answer enquiries within an hour sell more cars",
    "online reviews shape which dealer {A} choose to visit",
    "{B} depends too heavily on {ch} to reach {A}",
    "subscription appeals to drivers who want flexibility over ownership",
    "finance commission arrangements are poorly understood by customers",
    "the test drive is still the moment most sales are won or lost",
    "electric-car buyers need more reassurance about battery health than petrol buyers",
    "aftersales loyalty depends on the experience at handover",
    "{T} works best when the salesperson follows it up the same day",
    "a fixed, no-haggle price reduces anxiety for {A}",
    "used-car supermarkets compete on choice rather than service",
    "customers who finance a car return to the same dealer more often",
    "leasing shifts the buyer's attention from the car to the monthly cost",
    "agency models leave dealers with less control over price",
    "part-exchange valuations drive a large share of complaints",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "Similarly", "At the same time", "In the case of {B}",
           "More recently", "Even so", "In the used-car market", "From a dealer's perspective", "In {cty}",
           "Taken together", "Since the pandemic", "Put simply", "For the purposes of this report"]  # fmt: skip
PLAIN = [
    "{B} sells around {n},000 used cars a year through its sites and its website.",
    "The rest of this section applies the 7Ps to {B}'s used-car offer.",
    "Table 2 compares the options on cost, reach and fit with the brand.",
    "{B}'s enquiries come mainly through {ch}.",
    "The recommendations below are costed and phased over eighteen months.",
    "A SWOT analysis is included in the appendices.",
    "{O}, {C}.",
    "The customer journey was mapped from first search to the first service.",
    "Finance, part-exchange and delivery are considered in turn.",
]  # fmt: skip

# Text with brackets, years or quotation marks that is no citation and must raise no problem.
NOT_CITATIONS = {
    "model-year": [
        "The best-selling car on the forecourt was the {mk} ({Y3} model year).",
        "Demand for the facelifted {mk} (MY{Y3}) was strong in the first quarter.",
        "Older stock such as the {mk} ({Y}–{Y2}) is cleared through auctions.",
    ],
    "model-launch": [
        "The original Toyota Prius (1997) made hybrids familiar to Japanese buyers.",
        "The VW Polo Vivo (2010) is still the country's best-selling passenger car.",
        "The Nissan Tsuru (1984–2017) was a fixture of Mexican taxi ranks.",
        "The first Ford Fiesta (1976) set the template for the small family car.",
    ],
    "plate-year": [
        "Stock of {plate}-plate cars (registered in {mo} 20{plate}) built up over the summer.",
        "Buyers wait for the new plate (the '{plate}' plate, March) before changing cars.",
        "Irish buyers favour the January registration (the 241 plate, 2024).",
    ],
    "plate-change": [
        "The plate change (1 March and 1 September) creates two peaks in new-car sales.",
        "Dealers in Ireland split the year since the two-part registration began (131 and 132 plates, 2013).",
    ],
    "takeover": [
        "A smaller rival of {grp} was later taken over by a larger group (completed in {Y3}).",
        "Lookers was bought by Global Auto Holdings (Alpha Auto, 2024).",
        "Constellation Automotive bought cinch's parent (WeBuyAnyCar, 2019).",
        "Cazoo absorbed several subscription firms (Drover and Cluno, 2021).",
        "Pendragon's UK dealerships were sold to Lithia (2024 deal).",
    ],
    "merger": [
        "Two of the country's largest dealer groups merged (Motus and a regional rival, {Y3}).",
        "The merger of PSA and FCA (Stellantis, 2021) changed dealer contracts across Europe.",
        "Arval and LeasePlan came together under a new name (Ayvens, launched May 2023).",
    ],
    "founder": [
        "The business was built by its founder (Sir Arnold Clark, 1954).",
        "Cazoo was set up by a serial founder (Alex Chesterman, 2018).",
        "Kavak's founder (Carlos García Ottati, 2016) wanted to end haggling.",
        "Sixt began as a car rental firm (Martin Sixt, 1912).",
    ],
    "executive": [
        "The group's chief executive (appointed {mo} {Y3}) set out a digital-first plan.",
        "The chair (since {Y3}) has pushed for more used-car sites.",
        "Robert Forrester (CEO of Vertu since 2006) argues for fewer, larger sites.",
    ],
    "founding-year": [
        "The SMMT (founded 1902) speaks for manufacturers and importers.",
        "Arnold Clark (est. 1954) remains family-owned.",
        "Auto Trader began as a printed magazine (first issue 1977) before moving online.",
        "naamsa (formed in 1935) publishes monthly sales figures.",
        "The VDA (established 1901) represents Germany's car makers.",
    ],
    "award": [
        "{B} won a national award for its used-car offer (Dealer of the Year, {Y3}).",
        "The group was named in the top ten (AM100, {Y3}) for the first time.",
        "{B}'s team picked up a customer-service prize ({Y3} awards).",
        "The site was rated highly by buyers (Auto Trader Retailer Awards {Y3}).",
    ],
    "ranking": [
        "{B} climbed the league table (ranked {q}th in {Y3}).",
        "The brand topped a reliability survey ({Y3} ranking, {n} owners).",
        "Japan's dealers led the world on satisfaction (ranked first for aftersales in {Y3}).",
    ],
    "car-of-the-year": [
        "The {mk} was named car of the year in its home market ({Y3}).",
        "Sales of the winning model rose after the award (European Car of the Year {Y3}).",
    ],
    "motor-show": [
        "The new model was revealed at a motor show (IAA Mobility, Munich, {Y3}).",
        "Crowds returned after the pandemic (Japan Mobility Show, 2023).",
        "The brand skipped the show that year (Johannesburg International Motor Show, {Y3}).",
        "Visitors could book a test drive at the event (London EV Show, {mo} {Y3}).",
    ],
    "sales-event": [
        "The group ran a weekend sale (Black Friday, {d} November).",
        "Leads doubled during the promotion (Hot Sale, Mexico, {mo} {Y3}).",
        "Showrooms stayed open late for the event (Buen Fin, November {Y3}).",
        "Year-end offers cleared stock (the March fiscal year-end in Japan).",
    ],
    "regulation": [
        "Commission arrangements changed after the ban (discretionary commission, banned 2021).",
        "Advertisers must show a representative APR (Consumer Credit Act 1974).",
        "Dealers must treat customers fairly under the rules (Consumer Duty, July 2023).",
        "Low-emission zones now shape demand in cities (ULEZ expansion, August 2023).",
    ],
    "scheme": [
        "Demand for electric cars fell after the grant ended (Plug-in Car Grant, 2011–2022).",
        "Germany's subsidy was withdrawn without warning (Umweltbonus, December 2023).",
        "Buyers traded in older cars under the programme (scrappage scheme, 2009).",
        "Irish buyers can claim a grant (SEAI grant, up to €{n}).",
    ],
    "ruling": [
        "Lenders face a wave of claims after the Court of Appeal's decision (October 2024).",
        "The Supreme Court's judgment (August 2025) narrowed the claims.",
        "The regulator paused complaint deadlines (motor finance review, January 2024).",
    ],
    "legislation": [
        "Used cars must be of satisfactory quality under the Consumer Rights Act 2015.",
        "The Consumer Protection from Unfair Trading Regulations 2008 apply to forecourt pricing claims.",
        "Mexico's consumer law (Ley Federal de Protección al Consumidor) covers car sales.",
        "The Consumer Protection Act 68 of 2008 gives South African buyers a right to return faulty cars.",
    ],
    "standard": [
        "Emissions figures are quoted on the newer test (WLTP, 2017) rather than the old one.",
        "The car meets the latest emissions rules (Euro 6d, {Y3}).",
        "Every car is checked before sale (a {n}-point inspection).",
    ],
    "price-bracket": [
        "The entry-level {mk} is keenly priced (from £{n},995).",
        "Used prices have fallen from their peak (£{n},000 average, {Y3}).",
        "The group's best seller is affordable (R{n} 000 on the road).",
        "Kavak's stock is mostly mid-priced (MXN {n},000 and up).",
    ],
    "finance-offer": [
        "The {mk} was advertised on PCP ({pm} a month, {apr}% APR representative).",
        "A deposit contribution was included (£{n} towards finance).",
        "The headline lease deal drew many enquiries ({pm} per month, 6+47, 8,000 miles).",
        "{fin} offered low-rate finance on electric cars ({apr}% APR, 48 months).",
    ],
    "subscription-price": [
        "Subscription starts at a flat monthly fee (from {pm}, insurance included).",
        "FINN's cheapest plan covers everything but fuel (€{n} a month, 6 months).",
    ],
    "date": [
        "The survey was sent to recent buyers on {d} {mo} {Y3} and closed a week later.",
        "Stock data were exported from the dealer system on {d}/{q}/{Y3}.",
        "Results for the period (1 January – 31 March {Y3}) are shown below.",
        "The next review of the plan is due (by {mo} {Y3}).",
    ],
    "quarter": [
        "Registrations rose in the third quarter (Q{q} {Y3}).",
        "Used-car margins fell through the year (H{q} {Y3} against H{q} {Y}).",
        "The Japanese fiscal year (April {Y3} – March {Y2}) is used for the comparison.",
    ],
    "survey-wave": [
        "The customer panel was asked again (wave {q}, {mo} {Y3}).",
        "Satisfaction scores improved in the latest round (NPS survey, wave {q}).",
        "Buyers were interviewed after handover (n = {n}, {Y3}).",
    ],
    "own-research": [
        "Most buyers interviewed at the showroom wanted an online reservation (primary research, {Y3}).",
        "Staff agreed that finance was the hardest part to explain (internal focus group, {mo} {Y3}).",
        "Mystery shops found slow replies to web leads (author's mystery shop, {Y3}).",
    ],
    "platform-launch": [
        "{B} launched its buy-online service during lockdown ({mo} 2020).",
        "The part-exchange tool went live on the website (version {q}.0, {Y3}).",
        "Customers can now reserve a car online (Click & Reserve, launched {Y3}).",
        "The subscription brand opened to customers in Tokyo (KINTO ONE, 2019).",
    ],
    "app-launch": [
        "The aftersales app was downloaded {n},000 times ({Y3} total).",
        "Service bookings moved into the app (launched {mo} {Y3}).",
    ],
    "percentage": [
        "Around {pc}% of enquiries arrived outside opening hours.",
        "Online reservations made up a small share of sales ({pc}%).",
        "The conversion rate from test drive to sale was high ({pc}% in {Y3}).",
        "{pc}% of customers (n = {n}) said they would buy from {B} again.",
    ],
    "figure-year": [
        "Used-car transactions reached {n}0,000 that year ({Y3} total).",
        "The group sold record volumes ({Y3}: {n},000 units).",
        "New registrations fell sharply ({Y} figures against {Y2}).",
    ],
    "revenue-year": [
        "{B}'s revenue grew again (FY{Y3}: £{n}m).",
        "Profit margins stayed thin ({Y3} results: {q}.{q}% return on sales).",
    ],
    "market-share": [
        "Electric cars took a growing share of new sales ({pc}% in {Y3}).",
        "{B} holds a small share of its market (about {pc}%, {Y3}).",
    ],
    "period": [
        "Prices of used cars rose steeply during the chip shortage ({Y}–{Y2}).",
        "Showrooms were shut for much of the pandemic ({mo} 2020 – April 2021).",
        "Supply recovered after the shortage (late {Y3}).",
    ],
    "event-year": [
        "Consumer confidence fell after the energy crisis ({Y3}).",
        "Load-shedding disrupted dealer opening hours (Stage 6, {Y3}).",
        "The peso's fall raised import prices (the 1994 crisis).",
    ],
    "campaign": [
        "{B}'s TV campaign ran over the summer (‘Drive it home’, {Y3}).",
        "The ads ran across {ch} for six weeks (from {mo} {Y3}).",
        "Cazoo's football sponsorship raised awareness (Everton shirt deal, 2021).",
    ],
    "slogan": [
        "Arnold Clark's line (‘Scotland's favourite car dealer’) is used in every advert.",
        "The marketplace's strapline, ‘Find your perfect car’, runs on every page.",
        "{B}'s promise (“Love it or return it”) is backed by a 14-day guarantee.",
    ],
    "warranty": [
        "Every car comes with cover (12 months' warranty, {n},000 miles).",
        "Buyers can return the car (14-day money-back guarantee).",
        "Used electric cars carry battery cover (8 years or 160,000 km).",
    ],
    "mileage": [
        "Most cars on the site are young (under 3 years, fewer than {n},000 miles).",
        "The average car sold had covered a fair distance ({n},000 km, {Y3}).",
    ],
    "emissions": [
        "The {mk} qualifies for the lowest tax band (0 g/km CO2).",
        "Fleet buyers favour low-emission cars (under 75 g/km, BiK {pc}%).",
    ],
    "abbreviation": [
        "Personal contract purchase (PCP) dominates new-car finance.",
        "Hire purchase (HP) is more common on older used cars.",
        "The Financial Conduct Authority (FCA) regulates motor finance in the UK.",
        "Benefit-in-kind (BiK) tax shapes company-car choices.",
        "Zero-emission vehicle (ZEV) targets apply to manufacturers, not dealers.",
    ],
    "acronym-year": [
        "The dealer's systems were updated for the new rules (ZEV mandate {Y3}).",
        "Sales staff were retrained on the new rules (CPD {Y3} programme).",
    ],
    "cross-reference": [
        "This is discussed further in Section {q}.2 (below).",
        "The full costings are in Appendix {q} (p. {n}).",
        "As Figure {q} (above) shows, most leads come from marketplaces.",
        "Refer to the Gantt chart (Appendix {q}) for timings.",
    ],
    "handle-or-address": [
        "Customers can message the dealer on Instagram (@drive_{n}_motors).",
        "The landing page (www.example-motors.co.uk/offers) converted best.",
        "Replies went to the shared inbox (sales@example-motors.co.uk, staffed 9–6).",
        "The hashtag #NewPlate{Y3} trended on plate-change day.",
    ],
    "vehicle-spec": [
        "The entry model is modest (1.0 TSI, 95 PS).",
        "The long-range version is popular with fleets (77 kWh, {n} km range).",
    ],
    "currency": [
        "Prices are converted at the year's average rate (£1 = R{q}3).",
        "Figures for Japan are in yen (¥1 = £0.005, {Y3}).",
    ],
    "time-span": [
        "The average lease runs for three to four years (36–48 months).",
        "Buyers spend weeks researching online (around {q} months on average).",
    ],
    "dealer-count": [
        "The group runs a large network ({n} sites, {q} brands).",
        "{B} now has a national footprint ({n} rooftops in {cty}).",
    ],
    "product-version": [
        "Leads are managed in the CRM (Salesforce Automotive Cloud, {Y3} release).",
        "The dealer management system was replaced (Keyloop, {mo} {Y3}).",
    ],
    "location": [
        "The group's largest site is on a retail park (Leeds, {n} cars in stock).",
        "A new hub opened near the airport (Midrand, {Y3}).",
    ],
    "model-framework": [
        "The plan follows the 7Ps (the extended marketing mix) rather than the 4Ps.",
        "The journey map follows the five stages (awareness, consideration, test drive, purchase and ownership).",
        "SMART objectives (specific, measurable, achievable, relevant and time-bound) are set out below.",
    ],
}  # fmt: skip
SCARE_QUOTES = ["‘phygital’", "‘click to buy’", "‘no haggle’", "‘agency model’", "‘the showroom of the future’",
                "‘forecourt theatre’", "‘digital retailing’", "“transparent pricing”", "‘car as a service’",
                "‘sticky’", "“omnichannel”", "‘bricks and clicks’"]  # fmt: skip
SCARE_FRAMES = [
    "Dealer groups now talk of {Q} retailing {P}.",
    "{B} calls its approach {Q} {P}.",
    "What the trade calls {Q} is often just a booking form {P}.",
    "The shift towards {Q} has been rapid in {cty} {P}.",
    "So-called {Q} selling can damage trust {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your {mk} is ready for its first service’", "‘New plate, new car: {pm} a month’",
                 "‘Still thinking about the {mk}?’", "“Your part-exchange valuation is ready”",
                 "‘0% APR ends this weekend’", "‘Your lease ends in three months – what next?’"]  # fmt: skip
SUBJECT_FRAMES = [
    "The subject line {Q} doubled opens among lapsed customers {P}.",
    "{B} sent the message {Q} to drivers nearing the end of their agreements {P}.",
    "An email headed {Q} produced the most test-drive bookings {P}.",
    "A subject line like {Q} creates urgency {P}, but overuse leads to fatigue.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one textbook puts it, {Q} {P}.",
    "Put another way, {Q} {P}.",
    "This is summed up neatly: {Q} {P}.",
    "{N} put it plainly: {Q}.",
    "{Q} {P}; this report agrees.",
]  # fmt: skip
