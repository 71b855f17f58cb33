"""Prose for the thirty-ninth held-out pool, "blind39": property, housing and construction marketers' reports.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a thirty-ninth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how marketing, sales and
communications staff at housebuilders, estate and letting agents, housing associations, build-to-rent operators,
proptech start-ups, builders' merchants and construction-product makers in the UK and Ireland write on CIM Level 4
to Level 7 courses: launch plans for developments and their phases, show homes, plots and house types, planning
references, Help to Buy, stamp duty and price indices with their months, EPC and BER ratings, Part L and the Future
Homes Standard, the Building Safety Act 2022, cladding and Grenfell, RICS surveys and NHBC stars, the Renters'
Rights Bill, rents and mortgage rates, awards and trade shows, taglines and email subject lines, hashtags,
web addresses, tickers and company numbers, reservation rates and financial years, own surveys and appendices.
``{N}`` is a narrative citation, ``{P}`` a parenthetical one, ``{Q}`` a quotation, ``{C}`` a claim, ``{B}`` a
brand, ``{O}`` a sentence opener; the other placeholders are filled by ``values``.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} argued that {C}, which is worth remembering at {dev}.",
    "{N} reported that {C}; the sales team at {B} sees the same pattern on phase {ph}.",
    "{N} showed that {C}, although the sample was drawn only from {town}.",
    "{N} noted that {C}.",
    "{N} made the point that {C}, and this shaped the brief for the {dev} launch.",
    "{N} suggested that {C}; for {B} this means rethinking the reservation journey.",
    "{N} observed that {C}, particularly among first-time buyers.",
    "{N} concluded that {C}.",
    "{N} put it bluntly: {C}.",
    "{N} identified that {C}, a finding that still holds in the {town} market.",
    "{N} explained that {C}, which is why the show-home team now tracks dwell time.",
    "{N} recommended that developers accept that {C}.",
    "{N} left little doubt that {C}.",
]  # fmt: skip

NARRATIVE_MID = [
    "As {N} pointed out, {C}.",
    "According to {N}, {C}.",
    "This is supported by {N}, who found that {C}.",
    "In the build-to-rent sector, {N} reported that {C}.",
    "Research by {N} indicates that {C}.",
    "Building on {N}, it can be argued that {C}.",
    "For {B}, the work of {N} is relevant because {C}.",
    "Evidence from {N} suggests that {C}, so the campaign should lead with the EPC rating rather than the price.",
    "Similarly, {N} found that {C}.",
    "A survey of renters in {town} by {N} showed that {C}.",
    "The marketing team relied on {N} when deciding that {C}.",
    "When planning the launch of {dev}, the team drew on {N}, whose work shows that {C}.",
    "However, {N} warned that {C}.",
    "It is widely accepted, following {N}, that {C}.",
    "Looking at the lettings side, {N} argued that {C}.",
]  # fmt: skip

POSSESSIVE = [
    "{N} study of buyers in {town} found that {C}.",
    "{N} research shows that {C}.",
    "{N} model of the homebuying journey suggests that {C}.",
    "Using {N} framework, it is clear that {C}.",
    "{N} survey of housing association tenants found that {C}.",
    "{N} analysis of portal data indicates that {C}.",
    "According to {N} report, {C}.",
    "{N} findings suggest that {C}, which matters for {B}.",
]  # fmt: skip

PARENTHETICAL_END = [
    "{C} {P}.",
    "{O} {C} {P}.",
    "In practice, {C} {P}.",
    "{C}, especially for buyers who relied on Help to Buy {P}.",
    "This matters for {B} because {C} {P}.",
    "{C}, as the sales team at {dev} has also seen {P}.",
    "It has been argued that {C} {P}.",
    "Across the UK and Ireland, {C} {P}.",
    "{C}, and {C2} {P}.",
    "For housing associations, {C} {P}.",
    "Evidence suggests that {C} {P:see}.",
    "{C} {P:e.g.}.",
    "Among renters in {town}, {C} {P}.",
]  # fmt: skip

PARENTHETICAL_MID = [
    "{C} {P}, so the campaign should lead with trust.",
    "{C} {P}, which is why {B} invests so heavily in its show homes.",
    "Research in {town} {P} suggests that {C}.",
    "Although {C} {P}, the reservation data at {dev} tell a different story.",
    "{C} {P}; however, this varies by region.",
    "Studies of first-time buyers {P} show that {C}.",
    "{C} {P}, and the same is true for trade customers at builders' merchants.",
    "Because {C} {P}, the brief asked for a stronger sustainability message.",
    "{O} {C} {P}, which supports the recommendation in Task 2.",
    "Recent work {P:see} suggests that {C}.",
    "{C} {P:cf.}, although few developers act on this.",
]  # fmt: skip

CLAIMS = [
    "first-time buyers compare at least three developments online before booking a viewing",
    "trust in the housebuilder matters more to buyers than the specification of the kitchen",
    "energy efficiency now features in most property searches",
    "an EPC rating of B or above adds a measurable premium to asking prices",
    "buyers rarely read the reservation agreement before paying the fee",
    "the show home remains the most persuasive touchpoint in the new-build journey",
    "renters value responsive repairs more highly than a lower rent",
    "letting agents with strong online reviews fill vacancies faster",
    "incentives such as paid stamp duty mostly bring purchases forward rather than create new demand",
    "the end of Help to Buy hit first-time buyer completions hardest in the North and the Midlands",
    "leaseholders remain suspicious of new-build marketing after the cladding crisis",
    "virtual tours shorten the time from first enquiry to reservation",
    "social housing tenants judge their landlord on communication as much as on repairs",
    "builders' merchants win trade loyalty through credit terms and reliable delivery rather than price",
    "construction-product brands struggle to reach homeowners directly",
    "sustainability claims in property marketing are often vague and hard to verify",
    "buyers over 55 respond better to community and security than to floor area",
    "portal listings with floor plans receive more enquiries than those without",
    "housing association brands are weaker than those of private developers",
    "mortgage rates shape buyer sentiment more than house prices do",
    "customer satisfaction scores predict referrals in housebuilding",
    "snagging problems after completion do lasting damage to word of mouth",
    "build-to-rent residents stay longer when amenities are included in the rent",
    "place branding can raise land values around a regeneration scheme",
    "estate agents overstate the importance of price in vendors' decisions",
    "younger renters use TikTok and Instagram to judge a neighbourhood before a viewing",
    "{A} respond to the show home more than to the brochure",
    "homebuyers trust an independent RICS survey far more than the developer's own assurances",
    "a five-star builder rating reassures buyers but is rarely decisive",
    "a tight rental market in Ireland changes how agents market their lettings",
    "modern methods of construction still carry a perception of poor quality",
    "sales advisers who follow up within an hour convert more enquiries into reservations",
    "part-exchange offers matter most to downsizers with a home to sell",
    "shared ownership is poorly understood by the buyers it is meant to help",
]  # fmt: skip

OPENERS = [
    "For a housebuilder such as {B},",
    "In the build-to-rent sector,",
    "At the reservation stage,",
    "Since the end of Help to Buy,",
    "In the Irish market,",
    "For the launch of {dev},",
    "Looking at the {town} market,",
    "From a tenant's point of view,",
    "For builders' merchants,",
    "In the lettings business,",
    "Compared with the resale market,",
    "On the evidence available,",
]  # fmt: skip

PLAIN = [
    "The rest of this section applies these ideas to the {dev} development.",
    "The sales team at {B} was interviewed informally for this report.",
    "This creates a clear opportunity for the marketing team.",
    "Table 1 summarises the main buyer segments identified.",
    "The recommendations below are prioritised by cost and speed.",
    "A full customer journey map is included in the appendix.",
    "Each option has been assessed against the objectives set out in Task 1.",
    "Budget figures are indicative and exclude VAT.",
    "The launch plan assumes that planning conditions are discharged on time.",
    "Reservation data were taken from the CRM system with the sales director's permission.",
    "These points shape the recommendations in the next section.",
    "The next part of the report considers the digital channels.",
    "Marketing and sales sit in separate teams at {B}, which slows decisions down.",
]  # fmt: skip

QUOTE_FRAMES = [
    "{N} described the new-build sales process in these terms: {Q}.",
    "As {N} puts it, {Q}.",
    "{Q} {P}.",
    "One housing researcher put it plainly: {Q} {P}.",
    "{N} wrote that {Q}.",
    "The point is made directly in the literature: {Q} {P}.",
    "According to {N}, {Q}.",
    "{Q} {P}, a view the sales team at {dev} would share.",
]  # fmt: skip

SCARE_QUOTES = ["forever home", "kerb appeal", "lock up and leave", "generation rent", "zero-bills", "luxury",
                "affordable", "turnkey", "beds in sheds", "cladding scandal", "no fault", "gazumping", "placemaking",
                "premium specification", "ready to move in", "starter home", "walkable neighbourhood", "sustainable"]  # fmt: skip

SCARE_FRAMES = [
    "Many developers still sell a ‘{Q}’ rather than a home {P}.",
    "The word “{Q}” appears in most new-build brochures, yet buyers distrust it {P}.",
    "{N} questioned whether the '{Q}' label means anything to buyers.",
    'So-called "{Q}" homes are marketed heavily to downsizers {P}.',
    "Portal listings that promise ‘{Q}’ get more clicks but fewer viewings {P}.",
    "{N} criticised the “{Q}” language used by letting agents.",
]  # fmt: skip

SUBJECT_LINES = ["Your forever home at {dev} starts here", "Only {few} homes left on phase {ph}",
                 "We’ll pay your stamp duty*", "Move in before Christmas", "Open house this Saturday at {dev}",
                 "Priced from {price}", "New release: the {hb}", "Your EPC {epc} home is waiting",
                 "Part exchange made easy", "Last chance to reserve on phase {ph}", "Rent now, move in {mo}",
                 "Book your show-home tour today"]  # fmt: skip

SUBJECT_FRAMES = [
    "The subject line ‘{Q}’ had the highest open rate, which fits the evidence on urgency {P}.",
    "{N} showed that headlines such as “{Q}” work best when the offer is specific.",
    "A portal advert reading '{Q}' doubled enquiries, consistent with {N}.",
    "Urgency copy (“{Q}”) can backfire if buyers feel pressured {P}.",
    'The Facebook headline "{Q}" was tested against a price-led version {P}.',
]  # fmt: skip

# Text with capitals, years, brackets or quotation marks that cites nothing: one list of frames per kind.
NOT_CITATIONS: dict[str, list[str]] = {
    "planning-reference": [
        "Outline planning permission (ref. {plan}) was granted in {mo} {Y3} for up to 320 homes.",
        "The reserved matters application {plan} is still awaiting a decision from the council.",
        "The site in {town} came forward under application {plan}, with a Section 106 agreement signed in {Y3}.",
    ],
    "development-phase": [
        "Phase {ph} of {dev} ({Y3}–{Y4}) will add 140 homes, including 35% affordable.",
        "{dev} (Phase {ph}, Plots {plot}–{plot2}) is due for release in spring {Y4}.",
        "The scheme is being delivered in four phases between {Y3} and {Y4}.",
    ],
    "show-home-launch": [
        "The show home at {dev} opens on Saturday {d} {mo} (10am–5pm), with coffee from a local van.",
        "The launch weekend ({dd}–{d2} {mo} {Y3}) brought more than {n} visitors to the marketing suite.",
        "The {hb} show home (Plot {plot}) was dressed by an interior designer in {mo} {Y3}.",
    ],
    "help-to-buy": [
        "Help to Buy: Equity Loan (2013–2023) supported more than 375,000 purchases in England.",
        "The 2021–2023 version of Help to Buy was limited to first-time buyers and regional price caps.",
        "In Ireland, the Help to Buy (HTB) incentive lets first-time buyers reclaim up to €30,000 of income tax.",
    ],
    "stamp-duty": [
        "Stamp Duty Land Tax (SDLT) thresholds fell back on 1 April 2025, ending the nil-rate band above £125,000.",
        "The stamp duty holiday (8 July 2020 to 30 September 2021) pulled many purchases forward.",
        "First-time buyers' relief (up to £300,000 from April 2025) is explained on every reservation form.",
    ],
    "price-figure": [
        "The average asking price in {town} reached {price} in {mo} {Y3}, up {pc}% on the year.",
        "Average rents in Dublin passed {eur} a month in Q{q} {Y3}.",
        "House prices in {town} were {pc}% higher in {mo} {Y3} than a year earlier (seasonally adjusted).",
    ],
    "epc-rating": [
        "Every home at {dev} is EPC {epc}-rated (SAP {sap}) and has an air source heat pump.",
        "The older stock in {town} averages EPC band D (SAP 60), against B for new builds.",
        "Rented homes may need to reach EPC C by 2030 under the current proposals.",
    ],
    "building-regulations": [
        "All plots are built to Part L (2021 edition) and Part F of the Building Regulations.",
        "Approved Document B (2019 edition incorporating 2020 and 2022 amendments) now requires sprinklers in blocks over 11 metres.",
        "The Future Homes Standard (expected {Y4}) will end gas boilers in new homes.",
    ],
    "act-in-prose": [
        "Under the Building Safety Act 2022 (BSA), developers can be liable for historic defects for up to 30 years.",
        "The Leasehold and Freehold Reform Act 2024 bans the sale of new leasehold houses in England.",
        "Section 21 of the Housing Act 1988 allows 'no fault' evictions, which the reforms will abolish.",
        "The Tenant Fees Act 2019 (in force from 1 June 2019) capped holding deposits at one week's rent.",
    ],
    "bill-stage": [
        "The Renters' Rights Bill completed its Commons stages in January 2025 and went to the Lords.",
        "The Renters (Reform) Bill 2022–23 fell when Parliament was dissolved in May 2024.",
        "Clause 4 of the Planning and Infrastructure Bill (as introduced) deals with nationally significant schemes.",
    ],
    "builder-star-rating": [
        "{B} has been rated a five-star housebuilder by its customers for {yrs} years in a row.",
        "The NHBC Pride in the Job Quality Award {Y3} went to the site manager at {dev}.",
        "A 5-star rating means that at least 90% of buyers would recommend the builder to a friend.",
    ],
    "rics-survey-level": [
        "Buyers of older homes are advised to commission a RICS Home Survey – Level 3 (formerly the Building Survey).",
        "A RICS Level 2 survey (without valuation) costs between £400 and £900 in {town}.",
        "Valuations follow the RICS Red Book (Global Standards, effective 31 January 2025).",
    ],
    "portal-product": [
        "Rightmove's Featured Property and Premium Listing products cost agents extra each month.",
        "Zoopla's 'Sold prices' tool and OnTheMarket's 'Only With Us' badge are used as hooks in vendor pitches.",
        "Daft.ie's 'Featured' ads sit at the top of every Dublin search.",
    ],
    "grenfell-date": [
        "The Grenfell Tower fire (14 June 2017) changed how buyers think about high-rise living.",
        "The Phase 2 report of the Grenfell Tower Inquiry came out on 4 September 2024, more than seven years after the fire.",
        "Since June 2017, every block over 18 metres in the portfolio has had an external wall review.",
    ],
    "cladding-process": [
        "Lenders still ask for an EWS1 form (introduced in December 2019) on many flats above 11 metres.",
        "Assessments now follow PAS 9980:2022 rather than the EWS1 process alone.",
        "The Building Safety Fund (opened in {Y3}) pays for cladding removal on blocks over 18 metres.",
    ],
    "product-standard": [
        "The bricks are tested to BS EN 771-1:2011+A1:2015 and carry the UKCA mark.",
        "The insulation system has been tested to BS 8414-2:2015+A1:2017 for external walls.",
        "The factory is certified to ISO 14001:2015 and ISO 9001:2015.",
    ],
    "house-type": [
        "The {hb} ({beds}-bed detached, {sqft} sq ft) is the best seller on phase {ph}.",
        "Prices start from {price} for the {hb} (Plot {plot}).",
        "The {hb} (Type B2, {beds} bedrooms) has been redesigned for {Y4}.",
    ],
    "room-dimensions": [
        "Kitchen/diner: 5.92m x 3.41m (19'5\" x 11'2\").",
        "Bedroom 1 measures 4.10m x 3.25m (13'5\" x 10'8\") with fitted wardrobes.",
        "Living room 5.2m x 3.9m (17'1\" x 12'10\"), with French doors to the garden.",
    ],
    "postcode-eircode": [
        "The marketing suite is at {postcode}, just off the main road into {town}.",
        "The Eircode for the site office is {eircode}, and viewings are by appointment.",
        "Visitors should use the postcode {postcode} for sat-nav, as the new roads are not yet mapped.",
    ],
    "company-number": [
        "{B} is registered in England and Wales (Company No. {compno}).",
        "Registered office: Unit 4, Riverside Park, {town} (company number {compno}).",
    ],
    "financial-year": [
        "In FY{Y3} (year to 30 June {Y3}) completions rose by {pc}%.",
        "Half-year results (six months to 31 December {Y3}) showed a fall in average selling price.",
        "Guidance for FY{Y4} is 10,500 to 11,000 completions.",
    ],
    "sales-rate": [
        "The sales rate on phase {ph} averaged 0.{wk} net reservations per outlet per week in Q{q} {Y3}.",
        "Cancellation rates fell to {pc}% in {mo} {Y3}, the lowest since the mini-budget (23 September 2022).",
    ],
    "stock-ticker": [
        "Persimmon (LSE: PSN) and Taylor Wimpey (LSE: TW.) both traded below book value in {Y3}.",
        "Cairn Homes (Euronext Dublin: C5H) reported record completions.",
        "Shares in Berkeley (LSE: BKG) rose {pc}% on the day.",
    ],
    "industry-event": [
        "The team attended MIPIM {Y3} in Cannes (11–14 March) and UKREiiF in Leeds.",
        "The Ideal Home Show {Y3} at Olympia ran for eighteen days.",
        "The stand at the Homebuilding & Renovating Show (NEC, {mo} {Y3}) generated {n} leads.",
    ],
    "award": [
        "{dev} won Gold for Best Marketing Campaign (WhatHouse? Awards {Y3}).",
        "The scheme was shortlisted for Best Build to Rent Development (Property Week Resi Awards {Y3}).",
        "The lettings team was named Large Agency of the Year (ESTAS {Y3}).",
    ],
    "course-module": [
        "This report answers Task 2 of the CIM Level 6 Diploma in Professional Marketing (Marketing & Digital Strategy).",
        "Assessment criteria AC 2.1 and AC 2.3 are addressed in Section 3.",
        "The Level 4 Certificate unit (Customer Communications, {Y3} syllabus) asks for a reflective element.",
    ],
    "word-count": [
        "(Word count: 2,986 excluding tables, references and appendices.)",
        "Word count: 3,412 (excluding the reference list and appendices).",
    ],
    "appendix-figure": [
        "The full customer journey map is in Appendix 3 (Figure 2).",
        "Reservation data by phase are set out in Table 4 (see Appendix B).",
        "Figure 5 (below) compares enquiries by channel for {Y3} and {Y4}.",
    ],
    "own-survey": [
        "Our own post-completion survey (n = {n}, {mo} {Y3}) found that the handover pack was rarely read.",
        "A poll of 58 residents at {dev} (conducted in {mo} {Y3}) rated the concierge highly.",
        "Exit interviews with tenants (Q{q} {Y3}, n = 41) point to repairs as the main reason for leaving.",
    ],
    "percentage-change": [
        "Enquiries rose by {pc}% year on year (+4.2% on the previous quarter).",
        "Viewings per listing fell (-{pc}% m/m) after the rate rise in {mo} {Y3}.",
    ],
    "mortgage-rate": [
        "A five-year fix at {rate}% (75% LTV, £999 fee) is now typical for first-time buyers.",
        "Bank Rate rose to 5.25% in August 2023, its highest level since 2008.",
        "Deposits of 5% (95% LTV) came back under the mortgage guarantee scheme in April 2021.",
    ],
    "date-range": [
        "Between 2019 and 2023, completions at {B} fell in every region except London.",
        "The period {Y3}–{Y4} will be critical for the brand.",
    ],
    "handle-hashtag": [
        "Follow the build on Instagram at {handle} and #{tag}.",
        "The campaign hashtag #{tag} was used over {n} times in launch week.",
    ],
    "web-address": [
        "Full details are on {site}, including downloadable floor plans.",
        "Register your interest at {site}/register before the launch.",
    ],
    "tagline": [
        "The new brand line, “Built around you”, replaced the older “Homes for life” in {Y3}.",
        "The campaign line 'Your next chapter starts here' was tested with downsizers.",
        "“More than a home” appears on every hoarding at {dev}.",
    ],
    "abbreviation": [
        "Build to Rent (BTR) and Purpose-Built Student Accommodation (PBSA) are now separate asset classes.",
        "Modern Methods of Construction (MMC), especially Category 1 volumetric, remain a niche.",
        "The Community Infrastructure Levy (CIL) and Section 106 (S106) both fund local infrastructure.",
    ],
    "irish-scheme": [
        "The First Home shared equity scheme (launched July 2022) is available on most of the Dublin plots.",
        "The Croí Cónaithe (Towns) Fund offers up to €70,000 for vacant properties.",
        "Rent Pressure Zones (RPZs) cap increases at 2% a year.",
    ],
    "ber-rating": [
        "All homes are rated BER A2 (nZEB compliant), which buyers now expect.",
        "The older three-bed semis nearby are typically BER D1 or worse.",
    ],
    "tenancy-terms": [
        "Most tenancies are assured shorthold tenancies (ASTs) of 12 months with a 6-month break clause.",
        "Section 8 and Section 21 notices are handled by the lettings team, not marketing.",
    ],
    "proptech-company": [
        "The proptech start-up raised £{mm}m in a Series A round in {mo} {Y3}.",
        "Goodlord (founded 2014) now processes most lettings paperwork for the agency.",
        "Nested (2016–2023) tried to guarantee sellers a price before it closed.",
    ],
    "opening-hours": [
        "The sales centre is open Thursday to Monday (10am–5pm).",
        "Viewings run 11:00–16:00 on Saturdays and Sundays.",
    ],
    "energy-units": [
        "Walls achieve a U-value of 0.18 W/m²K and air tightness of 3 m³/(h·m²) at 50 Pa.",
        "Solar PV (3.2 kWp) is fitted as standard on south-facing roofs.",
    ],
    "tv-programme": [
        "Grand Designs (Channel 4, since 1999) still inspires self-builders.",
        "Location, Location, Location (Channel 4) shaped a generation's idea of how to buy a home.",
        "Homes Under the Hammer (BBC One) has made property auctions look easy.",
    ],
    "staff-role": [
        "Sarah Whitfield (Sales Director, {B}) agreed to be interviewed for this report.",
        "Kofi Asamoah (Head of Marketing) signed off the revised budget in {mo} {Y3}.",
        "Niamh Brady (Lettings Manager, Dublin 8) shared anonymised enquiry data.",
    ],
    "rent-figure": [
        "Two-bed apartments let at £1,450 pcm (£17,400 a year) including bills.",
        "Average rent at {dev} is {eur} per month (Q{q} {Y3}).",
    ],
    "launch-heading": [
        "Spring {Y4} launch: 48 new homes at {dev}.",
        "Q{q} {Y3} results will be reported to the board in {mo}.",
    ],
    "plot-numbers": [
        "Plots 14–22 (Phase {ph}) are reserved for shared ownership.",
        "Plot {plot} (the {hb}) was the first to complete.",
    ],
    "census-figure": [
        "Census 2021 data show that one in five households in England rents privately.",
        "The 2022 Census in Ireland counted 166,752 vacant dwellings.",
    ],
    "offer-small-print": [
        "*Offer ends {d} {mo} {Y3}. Selected plots only; terms and conditions apply.",
        "*Incentive worth up to £10,000 (selected plots, subject to status and contract).",
    ],
}  # fmt: skip

BRANDS = ["Barratt Homes", "David Wilson Homes", "Persimmon Homes", "Taylor Wimpey", "Bellway", "Berkeley Group",
          "Redrow", "Vistry", "Bloor Homes", "Miller Homes", "Cairn Homes", "Glenveagh", "Rightmove", "Zoopla",
          "OnTheMarket", "Daft.ie", "MyHome.ie", "Foxtons", "Purplebricks", "Savills", "Knight Frank",
          "Strutt & Parker", "Sherry FitzGerald", "Hamptons", "Connells", "Grainger", "Get Living", "Quintain Living",
          "L&Q", "Clarion", "Peabody", "Places for People", "Clúid Housing", "Travis Perkins", "Jewson", "Wickes",
          "Selco", "Kingspan", "Marshalls", "Ibstock", "Howdens", "Goodlord", "OpenRent", "Habito", "Yopa"]  # fmt: skip

_DEVELOPMENTS = ["Fernbrook Meadows", "Kingsmead Quarter", "The Maltings", "Harbour Point", "Ashford Green",
                 "Clonburris Gate", "Weavers Yard", "Oakfield Park", "Castle Wharf", "Riverside Gardens",
                 "Hollins Brook", "St Anne's Quarter", "Millbrook Village", "Cherry Tree Rise"]  # fmt: skip
_TOWNS = ["Milton Keynes", "Swindon", "Leeds", "Salford", "Cork", "Galway", "Basingstoke", "Bristol", "Nottingham",
          "Glasgow", "Cardiff", "Drogheda", "Northampton", "Peterborough", "Belfast", "Limerick", "Wakefield"]  # fmt: skip
_HOUSE_TYPES = ["Alderney", "Kennford", "Hadley", "Moresby", "Ashton", "Chester", "Lavenham", "Hazelwood", "Kingsley"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "September", "October", "November"]


def _plan(rng: random.Random) -> str:
    year = rng.randint(19, 25)
    return rng.choice([f"{year}/{rng.randint(100, 9999):05d}/FUL", f"{year}/{rng.randint(100, 9999):05d}/OUT",
                       f"P/20{year}/{rng.randint(1, 999):04d}", f"{year}/{rng.randint(100, 9999):04d}/REM",
                       f"ABP-{rng.randint(310000, 321999)}-{year}", f"LRD{rng.randint(6000, 6999)}/{year}"])  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn from the builder's random source."""
    year = rng.randint(2019, 2025)
    plot = rng.randint(1, 220)
    day = rng.randint(1, 26)
    development = rng.choice(_DEVELOPMENTS)
    return {
        "dev": development, "town": rng.choice(_TOWNS), "ph": str(rng.randint(2, 5)), "few": str(rng.randint(2, 9)),
        "pc": str(rng.randint(3, 48)), "price": f"£{rng.randint(180, 690) * 1000:,}", "eur": f"€{rng.randint(14, 29) * 100:,}",
        "plan": _plan(rng), "Y3": str(year), "Y4": str(year + rng.randint(1, 3)), "mo": rng.choice(_MONTHS),
        "epc": rng.choice(["A", "B", "B", "C"]), "sap": str(rng.randint(81, 96)), "plot": str(plot),
        "plot2": str(plot + rng.randint(6, 40)), "hb": rng.choice(_HOUSE_TYPES), "beds": str(rng.randint(2, 5)),
        "sqft": f"{rng.randint(650, 1900):,}", "rate": f"{rng.randint(375, 599) / 100:.2f}", "dd": str(day), "d2": str(day + 1),
        "postcode": rng.choice(["MK10 7HQ", "SN25 2AB", "LS15 8GT", "M50 3SQ", "BS16 1QY", "NG15 6PX", "CF3 2EE"]),
        "eircode": rng.choice(["D15 X2Y3", "T12 K8F4", "H91 R2C6", "A92 F6W0", "V94 E2N7"]),
        "compno": f"0{rng.randint(1000000, 9999999)}", "yrs": str(rng.randint(3, 16)), "wk": str(rng.randint(42, 79)),
        "handle": rng.choice(["@fernbrookmeadows", "@TheMaltingsHomes", "@weaversyard_living", "@harbourpoint.ie"]),
        "tag": rng.choice(["NewHomeNewYou", "ShowHomeSaturday", "FirstHomeFeeling", "BuiltForLiving", "RentersWelcome"]),
        "site": f"www.{development.lower().replace(' ', '').replace(chr(39), '')}.co.uk", "mm": str(rng.randint(2, 18)),
    }  # fmt: skip
