"""The blind236 pool's prose: marketers in UK and Irish property, estate agency and housebuilding (HELD OUT).

Marketers at estate agents, property portals, housebuilders, build-to-rent and student-housing operators, mortgage
brokers, lenders and proptech start-ups in the UK and Ireland (Rightmove, Zoopla, OnTheMarket, Daft.ie, MyHome.ie,
Foxtons, Savills, Knight Frank, Purplebricks, Barratt Developments, Persimmon, Taylor Wimpey, Berkeley Group, Bellway,
Cairn Homes, Glenveagh, Unite Students, Grainger, Habito, L&C Mortgages) writing CIM Level 6 and 7 reports and MBA
assignments in English on consumer, B2B and developer marketing. Their decoys are the figures, periods, schemes, Acts,
developments, postcodes, events, tickers, awards and titles such reports are full of, none of them citations.
Written without reading the checker, its tests or any other pool. Fill values of its own (``values``):
{price} a UK price, {eur} a euro price, {rent} a monthly rent in pounds, {erent} one in euros, {pc} a percentage,
{pcd} a small percentage with a decimal, {rate} a mortgage rate, {Y3} a recent year, {mo} a month, {town} a UK
town, {ietown} an Irish town, {homes} a completions figure, {plots} a land bank, {beds} student beds, {units} homes in
a scheme, {fy} a financial year, {ay} an academic year, {pcode} a UK postcode, {eir} an Eircode, {h} a handle,
{dom} a domain.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Rightmove", "Zoopla", "OnTheMarket", "Daft.ie", "MyHome.ie", "Foxtons", "Savills", "Knight Frank",
          "Purplebricks", "Barratt Homes", "Persimmon Homes", "Taylor Wimpey", "Berkeley Group", "Bellway", "Cairn Homes",
          "Glenveagh", "Unite Students", "Grainger", "Habito", "L&C Mortgages", "Countrywide", "Hamptons",
          "Strutt & Parker", "Sherry FitzGerald", "DNG", "Nationwide", "Halifax", "Moneysupermarket", "Vistry",
          "Redrow", "Crest Nicholson", "Quintain Living", "Get Living", "iQ Student Accommodation", "Yopa",
          "Strike", "Home Made", "Goodlord", "Landbay", "Bidwells"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use, drawn after the common ones."""
    y3 = rng.randint(2019, 2025)
    return {
        "price": f"{rng.randint(180, 520)},{rng.choice(['000', '500', '250', '750'])}",
        "eur": f"{rng.randint(290, 610)},{rng.choice(['000', '500'])}",
        "rent": f"{rng.randint(8, 24)}{rng.choice(['00', '50', '25', '75'])}".lstrip("0"),
        "erent": f"{rng.randint(1, 2)},{rng.randint(100, 999)}",
        "pc": str(rng.randint(3, 89)), "pcd": f"{rng.randint(0, 4)}.{rng.randint(1, 9)}",
        "rate": f"{rng.randint(3, 6)}.{rng.randint(10, 99)}", "Y3": str(y3),
        "mo": rng.choice(["January", "February", "March", "April", "May", "June", "July", "September", "October", "November"]),
        "town": rng.choice(["Milton Keynes", "Leeds", "Bristol", "Manchester", "Northampton", "Reading", "Cardiff", "Glasgow", "Belfast", "Stockport"]),
        "ietown": rng.choice(["Dublin", "Cork", "Galway", "Limerick", "Naas", "Drogheda", "Swords", "Maynooth"]),
        "homes": f"{rng.randint(3, 17)},{rng.randint(100, 999)}", "plots": f"{rng.randint(20, 95)},{rng.choice(['000', '500', '200'])}",
        "beds": f"{rng.randint(1, 3)},{rng.randint(100, 900)}", "units": str(rng.randint(120, 980)),
        "fy": f"FY{y3 - 1}/{str(y3)[2:]}", "ay": f"{y3}/{str(y3 + 1)[2:]}",
        "pcode": rng.choice(["SW1A 1AA", "E14 5AB", "M1 4BT", "LS1 4DY", "BS1 6QH", "SE10 0ER", "NW1 2DB"]),
        "eir": rng.choice(["D02 X285", "D04 K7P2", "T12 YX32", "H91 E2K3", "W91 R6T4"]),
        "h": rng.choice(["@homeswithheart_uk", "@LetsTalkLettings", "@newbuildnora", "@D4Rentals", "@firsthome_hub"]),
        "dom": rng.choice(["brightmoveestates.co.uk", "harbourlets.ie", "newbuildhub.co.uk", "keysafe-lettings.com"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although the sample was drawn only from {town}.",
    "{N} concluded that {C}, which is directly relevant to {B}.", "{N} showed that {C}.",
    "{N} suggested that {C}; {B}'s own enquiry data point the same way.", "{N} noted that {C}.",
    "{N} identified that {C}, particularly for {A}.", "{N} claims that {C}.", "{N} observed that {C} in the Irish market.",
    "{N} warned that {C} unless agents change how they price.", "{N} contends that {C}.",
    "{N} reported that {C}, a point {B} has not yet acted on.", "{N} went further, arguing that {C} and that {C2}.",
    "{N} explain that {C}.", "{N} questioned whether {C}.", "{N} emphasise that {C}.",
    "{N} describe the home-buying journey as long and emotional, and show that {C}.",
    "{N} measured enquiry levels across {units} listings and found that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} pointed out, {C}.", "{O}, {N} found that {C}.", "This is consistent with {N}, who found that {C}.",
    "{C}, which supports the findings of {N}.", "{C} – a view shared by {N}.", "According to {N}, {C}.",
    "Research by {N} suggests that {C}.", "A study of first-time buyers in {ietown} by {N} found that {C}.",
    "{B} is a good example: {N} showed that {C}.", "{C}, as {N} noted in their review of the lettings sector.",
    "It could be argued, following {N}, that {C}.", "{C}; however, {N} found the opposite for {A}.",
    "Evidence from {N} suggests that, for {A}, {C}.", "Data published by {N} show that {C}.",
    "For a housebuilder such as {B}, the lesson from {N} is that {C}.", "{C}, according to {N}.",
    "Applying the service-quality lens of {N} to {B}, it appears that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Using {N} framework, it is clear that {C}.", "{O}, {N} report concluded that {C}.",
    "{B} could apply {N} model, since {C}.", "According to {N} survey, {C}.", "{N} findings matter here because {C}.",
    "This reflects {N} argument that {C}.", "{N} analysis of asking prices suggests that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "For {A}, {C} {P}.", "This matters because {C} {P}.", "{C}, especially in the private rented sector {P}.",
    "It is often argued that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.",
    "{C} (as shown in Figure {q}) {P}.", "In short, {C} {P}.", "{C}, which is why {B} invests in {T} {P}.",
    "A key point for {B} is that {C} {P}.", "{C}. {P}", "{C} {P:see also}.",
    "Portals earn most of their revenue from agents' subscriptions rather than from buyers {P}.",
    "New-build homes usually sell at a premium over comparable resale homes {P}.",
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
    "{A} trust reviews from other vendors more than an agent's own marketing",
    "the portals hold more market power than the agents who pay for them",
    "online-only agents won share quickly but struggled to keep it",
    "{A} now start their property search on a phone rather than in a branch",
    "housebuilders sell a lifestyle and a place, not only a house",
    "a strong local brand still wins instructions in most towns",
    "higher mortgage rates have made {A} more cautious about moving",
    "virtual viewings cut wasted visits but rarely replace a physical one",
    "{B} relies heavily on {T} to generate valuation leads",
    "renters value responsive repairs more than premium amenities",
    "build-to-rent operators compete on service as much as on rent",
    "students choose accommodation on location, price and social life",
    "energy efficiency is becoming a selling point as EPC rules tighten",
    "mortgage brokers win clients through referrals from agents and developers",
    "clear fees and honest valuations build trust in estate agency",
    "customer satisfaction scores now shape how housebuilders market new developments",
    "{T} improves {R} among {A} when it is tied to a clear offer",
    "the cost-of-living crisis has pushed {A} towards smaller homes",
    "listing photographs and floor plans drive more enquiries than the written description",
    "leasehold scandals have damaged trust in new-build brands",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In the UK", "In Ireland", "For {B}",
    "Since the pandemic", "In the context of {B}", "From a buyer's perspective", "Nevertheless", "Consequently",
    "Within the lettings market", "As a result", "Looking at {B}'s competitors", "Overall", "In the new-homes sector",
    "Since interest rates began to rise",
]  # fmt: skip
PLAIN = [
    "{B} operates from offices across the UK and sells through its website, app and the main portals.",
    "This section analyses {B}'s current marketing mix and makes recommendations.",
    "The table below summarises the key performance indicators for each channel.",
    "{B}'s Instagram account has over {n}k followers, but engagement is low.",
    "The recommendations are costed and phased over eighteen months.", "{O}, {C}.",
    "A PESTLE analysis of the UK housing market is included in the appendix.",
    "Buyers can book viewings online, and offers are handled by a dedicated progression team.",
    "The main competitors are {B} and two independent agents in {town}.",
    "Task 2 builds on this by proposing a launch plan for a new development in {ietown}.",
    "{B} markets its homes through show homes, the portals and its own website.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one property marketing text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{B} appears to accept that {Q} {P}.", "{N} put it bluntly: {Q}.", "One review of the sector concluded that {Q} {P}.",
    "Agents are told that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘generation rent’", "‘accidental landlords’", "‘phygital’", "‘kerb appeal’", "‘hybrid agency’",
                "‘race for space’", "‘mortgage prisoners’", "‘fifteen-minute city’", "'placemaking'",
                "“starter homes”", "‘amenity-rich’", "'flexible living'", "‘tenure blind’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} has been accused of selling {Q} rather than homes {P}.", "Much of the debate is about so-called {Q} {P}.",
    "The term {Q} is used loosely across the sector {P}.", "This trend, often called {Q}, affects {A} most {P}.",
    "Developers now market their schemes as {Q} {P}.", "Critics describe this as {Q}, and {B} is not immune {P}.",
    "{N} treat {Q} as a marketing idea rather than a planning one.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your dream home just hit the market’", "‘New homes in {town}: register your interest’",
                 "“Price reduced on a home you saved”", "‘Your free valuation is ready’",
                 "‘Only three plots left at our {town} development’", "‘Thinking of moving this spring?’",
                 "“Your mortgage rate ends soon – let's talk”", "‘Rooms for {ay} are going fast’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} can lift open rates {P}.", "{B} used {Q} in its saved-search alerts {P}.",
    "Short, urgent copy ({Q}, for example) performs well with {A} {P}.",
    "Messages like {Q} work because they create urgency {P}.", "The email {Q} was opened by more {A} than any other {P}.",
]  # fmt: skip

# Text that looks like a citation and is not one: what property marketers write about prices, rates, schemes,
# laws, homes, places, events, firms and people.
NOT_CITATIONS = {
    "house-price": [
        "The average UK house price was £{price} in {Y3}.",
        "Average prices in {town} reached £{price} (December {Y3}).",
        "A typical semi-detached home now costs around £{price} (all buyers, {mo} {Y3}).",
        "The average price paid by first-time buyers fell to £{price} in the year to {mo} {Y3}.",
    ],
    "irish-price": [
        "The median price paid in {ietown} was €{eur} ({Y3}).",
        "New homes in the Dublin commuter belt sell for about €{eur} (three-bed semi, {Y3}).",
        "Prices nationally rose {pcd}% in the year to {mo} {Y3}.",
    ],
    "rent-period": [
        "Average rents in {ietown} reached €{erent} a month (Q{q} {Y3}).",
        "A two-bed flat in {town} now lets for £{rent} pcm ({mo} {Y3}).",
        "Rents for new lets rose {pcd}% in the year to {mo} {Y3}.",
        "Dublin rents averaged €1,800 a month in Q2 2024.",
    ],
    "asking-price": [
        "Asking prices were up 1.1% in March 2024.",
        "New sellers' asking prices rose {pcd}% (month on month, {mo} {Y3}).",
        "The average asking price hit a record £{price} ({mo} {Y3}).",
    ],
    "mortgage-rate": [
        "The average two-year fixed rate was 5.5% in July 2023.",
        "Five-year fixes fell below {rate}% ({mo} {Y3}).",
        "Lenders priced a two-year tracker at {rate}% (60% LTV, £999 fee).",
    ],
    "ltv-product": [
        "95% LTV mortgages returned to the market (April 2021).",
        "Most of {B}'s buyers borrow at 90% LTV or above.",
        "A 95% LTV product at {rate}% was the cheapest on offer ({mo} {Y3}).",
    ],
    "fiscal-event": [
        "Lenders pulled hundreds of products after the mini-budget (23 September 2022).",
        "Swap rates spiked in the weeks after the mini-budget (September 2022).",
        "Stamp duty thresholds changed again at the Autumn Budget (October 2024).",
        "Ireland's Budget 2024 (October 2023) extended Help to Buy.",
    ],
    "bank-rate": [
        "Bank Rate peaked at 5.25% (August 2023) before its first cut.",
        "The base rate stood at 0.1% (March 2020 to December 2021).",
        "The ECB raised its deposit rate to 4% (September 2023).",
    ],
    "scheme-years": [
        "Help to Buy (2013–2023) supported more than 380,000 purchases.",
        "Many of {B}'s buyers used the equity loan (Help to Buy, 2021–2023 version).",
        "Shared Ownership (since 1980) lets buyers purchase a share of a home.",
        "The Mortgage Guarantee Scheme (April 2021) brought back high-LTV lending.",
    ],
    "irish-scheme": [
        "The First Home Scheme (2022) is a shared-equity scheme for Irish buyers.",
        "Buyers combined Help to Buy (Ireland, 2017) with the First Home Scheme.",
        "Rent Pressure Zones (introduced 2016) cap rent rises in {ietown}.",
    ],
    "bill-year": [
        "The Renters (Reform) Bill (2023) would have ended section 21 evictions.",
        "Landlords watched the Renters' Rights Bill (2024) closely.",
        "The Leasehold Reform (Ground Rent) Act 2022 set ground rents on new leases to a peppercorn.",
    ],
    "act-year": [
        "The Leasehold and Freehold Reform Act 2024 changes how leases are extended.",
        "Since the Tenant Fees Act 2019, letting agents cannot charge tenants most fees.",
        "The Building Safety Act 2022 gave buyers of new homes longer to claim for defects.",
        "The Estate Agents Act 1979 still governs how agents handle offers.",
        "Agents must follow the Consumer Protection from Unfair Trading Regulations 2008 when they describe a home.",
    ],
    "tax-holiday": [
        "The stamp duty holiday (July 2020) pulled sales forward.",
        "Transactions peaked as the stamp duty holiday ended (June 2021).",
        "The nil-rate band fell back to £125,000 (April 2025).",
        "First-time buyer relief applies up to £425,000 (from September 2022).",
    ],
    "completions": [
        "Barratt completed 17,206 homes in FY2023.",
        "The group completed {homes} homes ({fy}).",
        "Completions fell by a fifth ({homes} homes in {Y3}, down from the year before).",
        "The group expects to complete about {homes} homes a year over the next three years.",
    ],
    "land-bank": [
        "The company holds a land bank of 75,000 plots.",
        "Its owned and controlled land bank stood at {plots} plots (30 June {Y3}).",
        "A strategic land bank of {plots} plots gives the housebuilder years of supply.",
    ],
    "epc": [
        "Landlords may have to reach EPC C by 2030.",
        "Every home on the development is rated EPC B (SAP 84).",
        "Around half of England's homes are below EPC band C.",
        "Buyers pay more for homes rated EPC A or B ({pc}% premium in one study area).",
    ],
    "development": [
        "Battersea Power Station (2022) reopened as shops, offices and flats.",
        "The Shard (2012) changed how London Bridge is marketed.",
        "Kidbrooke Village was rebuilt on the site of the Ferrier Estate.",
        "Nine Elms (phase one, 2017) was sold heavily to overseas buyers.",
        "Adamstown (Co. Dublin) was planned as a new town from 2003.",
    ],
    "scheme-size": [
        "The build-to-rent block has {units} homes (completed {Y3}).",
        "The student scheme offers {beds} beds for {ay}.",
        "Phase two adds {units} homes, a third of them affordable.",
    ],
    "postcode": [
        "The show home is in {town} ({pcode}).",
        "The scheme sits on the edge of the city centre (Eircode {eir}).",
        "The address finder on the landing page was tested with SW1A 1AA and E14 5AB.",
        "The new office is at Grand Canal Dock (D02 X285).",
    ],
    "index-name": [
        "Rightmove's 2024 Happy at Home index ranked Hexham the happiest place to live.",
        "Hexham topped the Happy at Home index again (2024 edition).",
        "Its annual Best Places to Live list (2023) named York the winner.",
    ],
    "property-event": [
        "{B} launched its new brand at MIPIM 2024.",
        "The team met investors at UKREiiF (Leeds, May 2023).",
        "The agency exhibited at the Ideal Home Show (March {Y3}).",
        "The scheme was showcased at the Irish Property Investment Conference {Y3}.",
    ],
    "portal-traffic": [
        "Visitors spent 2.2 billion minutes on the portal in 2023.",
        "Traffic reached a record on Boxing Day ({n} million visits).",
        "The portal's share of time on site is around 85% (minutes, {Y3}).",
        "Leads per branch rose {pc}% ({mo} {Y3} against a year earlier).",
    ],
    "founding-year": [
        "Long before the portals, Savills (1855) and Knight Frank (1896) built their brands on country houses.",
        "Foxtons (1981) made its name with green and yellow Minis.",
        "Strutt & Parker (founded 1885) is now part of BNP Paribas.",
        "Sherry FitzGerald (est. 1982) is Ireland's best-known agency brand.",
    ],
    "ticker": [
        "Rightmove is listed on the London Stock Exchange (LON: RMV).",
        "Barratt's shares (LON: BDEV) fell after the results.",
        "Cairn Homes (ISE: C5H) is listed in Dublin and London.",
        "Investors track Persimmon (LON: PSN) and Taylor Wimpey (LON: TW.) together.",
    ],
    "award": [
        "{B} won at the British Property Awards 2023.",
        "The branch was a finalist in the ESTAS 2024.",
        "The development was named Best Family Home (What House? Awards 2022).",
        "The builder has been rated five-star for {q} years running (star rating, {Y3}).",
        "The lettings team won gold (Negotiator Awards, {Y3}).",
    ],
    "post-nominal": [
        "The survey was designed with a senior valuer (MRICS).",
        "Interviews were held with two partners (FRICS) and a branch manager (MNAEA).",
        "The head of lettings, Sarah Kelly MARLA, agreed to be interviewed.",
        "One respondent (FRICS, 25 years in practice) thought portals had become too expensive.",
    ],
    "job-title": [
        "The plan was presented to the board (CEO, CFO and Marketing Director).",
        "Interview 2 (Sales Director, {mo} {Y3}) covered pricing.",
        "The marketing manager (Head of Brand, since {Y3}) approved the budget.",
        "Feedback came from a regional director (Midlands) and two site managers.",
    ],
    "financial-year": [
        "Revenue grew in {fy} despite fewer completions.",
        "Marketing spend was cut for FY2023/24.",
        "The forecast covers two financial years (FY2024/25 and FY2025/26).",
    ],
    "half-year": [
        "Reservations per outlet fell in H1 2024.",
        "Average revenue per advertiser rose again (H1 {Y3}).",
        "The half-year results (H2 2023) showed a recovery in sales rates.",
    ],
    "quarter": [
        "Agreed sales picked up in Q2 2024.",
        "Enquiries fell sharply (Q{q} {Y3}) as rates rose.",
        "Rents rose {pcd}% quarter on quarter in Q{q} {Y3}.",
    ],
    "academic-year": [
        "Most rooms were let for {ay} by Easter.",
        "Rents for {ay} rose {pcd}% on the year before.",
        "Nominations agreements cover {beds} beds (academic year {ay}).",
    ],
    "sample": [
        "Most respondents had bought within the last five years (n = {n}).",
        "Renters were split on pets ({pc}% for, n = {n}).",
        "The focus group had eight first-time buyers (aged 25–34).",
    ],
    "figure-table": [
        "Enquiry volumes are shown below (Figure {q}).",
        "Costs for each channel are set out in the budget (Table {q}).",
        "The customer journey map (Figure {q}.{q}) starts at the portal search.",
    ],
    "cross-reference": [
        "The competitor analysis is in Appendix {q} (p. {n}).",
        "See Task 1 (b) for the segmentation.",
        "The Gantt chart (Section 4.{q}) shows the launch in week {q}.",
    ],
    "handle-or-address": [
        "The agency answers questions on Instagram ({h}).",
        "Buyers can register interest at www.{dom} or by email.",
        "Complaints go to lettings@{dom} and are answered within 48 hours.",
        "The hashtag #FirstHome{Y3} trended during the launch.",
    ],
    "percentage": [
        "Most viewings now follow a portal search ({pc}%).",
        "Around {pc}% of the firm's leads come from valuation requests.",
        "Fall-throughs ran at a high rate ({pc}% of agreed sales in {Y3}).",
    ],
    "fee-and-price": [
        "The online agent charged a fixed fee (£999, 2016 launch price).",
        "High-street agents typically charge 1.2% plus VAT (sole agency).",
        "Lettings fees average {pc}% of the rent (fully managed).",
    ],
    "planning-ref": [
        "Outline consent was granted for {units} homes (ref. 23/01234/OUT).",
        "The planning application (ref. 2024/0876/FUL) drew {n} objections.",
        "An Bord Pleanála approved the strategic housing scheme (ABP-31{n}-22).",
    ],
    "building-safety": [
        "Sales stalled after the Grenfell Tower fire (June 2017).",
        "Many flats could not be mortgaged without an EWS1 form (introduced December 2019).",
        "Remediation of cladding (post-2017 buildings included) is still under way.",
    ],
    "council-tax": [
        "Most homes on the estate are in council tax Band D ({ay} charges).",
        "Local Property Tax is based on a valuation date (1 November 2021).",
        "The typical Band C bill is about £{n} more than last year.",
    ],
    "floor-area": [
        "The three-bed semi offers 1,100 sq ft (102 m²).",
        "Prime central London values reached £1,500 per sq ft ({Y3}).",
        "The studios are small (about 18 m² each).",
    ],
    "survey-wave": [
        "The first wave of the buyer survey (March {Y3}) was sent to {n} registered applicants.",
        "The second wave (autumn {Y3}) asked the same panel about mortgage rates.",
        "The wave four results ({mo} {Y3}) were collected online.",
    ],
    "tenure-stats": [
        "The private rented sector houses about 4.6 million households in England.",
        "Owner-occupation in Ireland fell to about 66% (2022 figure).",
        "One in five households rents privately ({Y3} estimate).",
    ],
    "campaign-slogan": [
        "The ‘Find your happy’ campaign (launched 2017) moved the portal away from listings.",
        "Its slogan ‘Homes that cost less to run’ ran through {Y3}.",
        "The ‘Nothing to lose’ fixed-fee message (2016 TV campaign) raised awareness quickly.",
    ],
    "mortgage-product": [
        "The lender's five-year fix (4.39%, £999 fee) was the most popular product.",
        "Buyers could borrow up to 5.5 times income (professional mortgage, {Y3}).",
        "The Deposit Unlock product (95% LTV, new-build only) launched with several lenders.",
    ],
    "date-period": [
        "The spring campaign ran from {d} {mo} to the end of the month ({Y3}).",
        "The sales launch weekend (Saturday {d} {mo}) drew {n} visitors.",
        "Data were exported on {d}/{q}/{Y3}.",
    ],
    "age-band": [
        "The target segment is young professionals (aged 25–34).",
        "Downsizers (aged 55 and over) are the second segment.",
        "Students (18–21) want bills included.",
    ],
}  # fmt: skip
