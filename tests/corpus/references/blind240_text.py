"""The blind240 pool's prose: marketers at parcel carriers, couriers, freight forwarders, logistics and warehousing
firms, ports and shipping lines in the UK and Ireland writing CIM Level 6 and 7 reports and MBA assignments.

Written without reading the checker, its tests or any other pool. Frames use the common placeholders and these of
this pool's own: {car} a carrier, {lsp} a logistics or port business, {seg} a B2B or consumer segment, {ch} a channel,
{pc} a percentage's number, {Y3} a recent year, {kpi} a measure. NOT_CITATIONS holds text with brackets, years,
prices, volumes, tickers, postcodes and names that is no citation.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Royal Mail", "Parcelforce Worldwide", "Evri", "DPD UK", "DHL Parcel UK", "UPS", "FedEx", "Yodel", "An Post",
          "Fastway", "GXO", "Wincanton", "Clipper Logistics", "XPO Logistics", "Maersk", "Stena Line Freight",
          "Associated British Ports", "the Port of Felixstowe", "Dublin Port", "Peel Ports", "InPost",
          "Amazon Logistics", "DX", "Nightline", "Fastway Couriers Ireland"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    return {
        "car": rng.choice(["Royal Mail", "Evri", "DPD", "DHL", "UPS", "Yodel", "An Post", "InPost", "Amazon Logistics"]),
        "lsp": rng.choice(["GXO", "Wincanton", "Clipper Logistics", "XPO", "Maersk", "Peel Ports", "ABP", "Dublin Port"]),
        "seg": rng.choice(["SME shippers", "online retailers", "marketplace sellers", "B2B key accounts",
                           "busy parents", "rural customers", "Gen Z online shoppers", "procurement managers",
                           "new HGV drivers", "warehouse recruits"]),
        "ch": rng.choice(["LinkedIn", "email", "the tracking app", "SMS delivery notifications", "paid search",
                          "TikTok", "trade shows such as Multimodal", "account managers", "the careers site"]),
        "pc": str(rng.randint(4, 87)), "Y3": str(rng.randint(2019, 2024)),
        "kpi": rng.choice(["first-time delivery rate", "Net Promoter Score", "cost per hire", "tender win rate",
                           "share of wallet", "Trustpilot score", "driver retention", "on-time delivery"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.",
    "{N} found that {C}, although their sample was drawn only from {seg}.",
    "{N} concluded that {C}; this is directly relevant to {B}.",
    "{N} showed that {C}.",
    "{N} identified delivery choice as the main driver of satisfaction and found that {C}.",
    "{N} suggested that {C}, which {B}'s commercial team would recognise.",
    "{N} warned that {C} unless carriers invest in capacity before peak.",
    "{N} described logistics as a service that is noticed only when it fails, and argued that {C}.",
    "{N} reported that {C} across the UK parcels market.",
    "{N} noted that {C}, particularly for {seg}.",
    "{N} questioned whether {C}.",
    "{N} makes the point that {C}.",
    "{N} observed that {C}, a finding {B} has yet to act on.",
    "{N} measured {kpi} at {n} depots and reported that {C}.",
    "{N} went further, claiming that {C} and that {C2}.",
    "{N} emphasised that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} pointed out, {C}.",
    "{O}, {N} found that {C}.",
    "This is consistent with {N}, who showed that {C}.",
    "{C}, which supports the findings of {N}.",
    "{C} – a view shared by {N}.",
    "According to {N}, {C}.",
    "For {B}, the lesson from {N} is that {C}.",
    "Research by {N} suggests that {C}.",
    "Data published by {N} show that {C}.",
    "{C}, as {N} noted in their study of {seg}.",
    "Following {N}, this report treats {ch} as part of the customer journey, because {C}.",
    "The evidence is mixed: {N} found that {C}, whereas other studies disagree.",
    "A similar argument is made by {N}, who claimed that {C}.",
    "In the port sector, {N} found that {C}.",
    "When {B} relaunched its business account in {Y3}, it followed {N}, on the basis that {C}.",
    "Not everyone agrees; {N}, for instance, maintained that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {seg} found that {C}.",
    "{O}, {N} framework suggests that {C}.",
    "Using {N} model of service quality, it is clear that {C}.",
    "{N} survey of {n} shippers found that {C}.",
    "The weakness of {N} argument is that it assumes {C}.",
    "{C}, which supports {N} conclusion about {kpi}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "Most commentators now agree that {C} {P}.",
    "{C}, especially among {seg} {P}.",
    "This matters because {C} {P:see}.",
    "Several studies make the same point {P:e.g.}.",
    "The last mile can account for around half of the total cost of delivering a parcel {P}.",
    "Out-of-home delivery through lockers and parcel shops has grown quickly in the UK {P}.",
    "{B} should therefore prioritise {ch}, given that {C} {P}.",
    "In B2B markets, buyers weigh reliability above price when they choose a carrier {P}.",
    "{C}, which has implications for how {B} segments its accounts {P}.",
    "It is also worth noting that {C} {P:see also}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, but in practice {C2}.",
    "{C} {P}; however, {C2}.",
    "Although {C} {P}, {C2}.",
    "{O}, {C} {P} and {C2}.",
    "{C} {P}, whereas {C2}.",
    "Three factors stand out – price, tracking {P} and delivery options – and {C}.",
    "Given that {C} {P:see}, it follows that {C2}.",
]  # fmt: skip
CLAIMS = [
    "{seg} switch carriers after a single failed delivery",
    "tracking updates reduce calls to customer service",
    "{car} competes on price more than on service",
    "delivery choice at checkout lifts conversion for {seg}",
    "B2B buyers value account management more than brand advertising",
    "employer branding helps hauliers recruit and keep drivers",
    "parcel lockers cut the cost of the last mile",
    "{kpi} is the measure that shippers watch most closely",
    "ports compete for cargo through service as much as through location",
    "sustainability claims now feature in most logistics tenders",
    "{lsp} wins contracts through long relationships rather than campaigns",
    "{ch} works best as part of an integrated plan",
    "consumers blame the retailer, not the carrier, when a parcel is late",
    "the driver is the only face of the brand most customers ever see",
    "{B} relies too heavily on a few large retail accounts",
    "free returns have changed what shoppers expect from carriers",
    "brand trust in parcel carriers fell after the pandemic peak",
]  # fmt: skip
OPENERS = ["However", "Furthermore", "In {B}'s case", "For the purposes of this report", "Taken together",
           "In the parcels market", "Since Brexit", "From a B2B perspective", "For {seg}", "In contrast",
           "Looking at the last mile", "Crucially", "Within contract logistics", "Across the ports sector",
           "In the Irish market"]  # fmt: skip
PLAIN = [
    "{B} delivers to every address in the UK and Ireland, six days a week.",
    "This report analyses {B}'s B2B marketing and makes recommendations for the next financial year.",
    "The table below summarises {B}'s main competitors by price, speed and coverage.",
    "A PESTLE analysis of the UK parcels market is included in the appendix.",
    "{B}'s LinkedIn page has around {n}k followers, most of them in logistics roles.",
    "{O}, {C}.",
    "The recommendations are costed and phased over twelve months.",
    "Most of {B}'s revenue comes from a small number of large retail accounts.",
    "Task 2 builds on this by proposing an employer-brand campaign for drivers.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one logistics text puts it, {Q} {P}.",
    "This is summed up well: {Q} {P}.",
    "{N} put it plainly: {Q}.",
    "{B} appears to accept that {Q} {P}.",
    "In the words of {N}, {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["‘last mile’", "‘Amazon effect’", "‘out-of-home’", "‘white glove’", "‘dark stores’",
                "‘green logistics’", "'gig economy'", "‘first-time right’", "“peak”", "‘nearshoring’",
                "‘click and collect’", "‘delivered to neighbour’"]  # fmt: skip
SCARE_FRAMES = [
    "Carriers now talk of {Q} as a battleground {P}.",
    "The so-called {Q} is a growing concern for {B} {P}.",
    "{N} described {Q} as a marketing problem as much as an operational one.",
    "The term {Q} is used loosely in the industry {P}.",
    "Critics describe this as {Q}, and {B} is not immune {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your parcel is on its way’", "‘Good news: your parcel has been delivered’",
                 "‘Choose a new delivery day’", "“Sorry we missed you”", "‘Your parcel is at your local ParcelShop’",
                 "‘Track your parcel in real time’", "‘Your driver is 3 stops away’",
                 "‘Your customs charge is ready to pay’"]  # fmt: skip
SUBJECT_FRAMES = [
    "Notifications such as {Q} reduce failed deliveries {P}.",
    "{B}'s message {Q} was opened by most recipients {P}.",
    "A push notification like {Q} reassures {seg} {P}.",
    "{N} found that messages like {Q} cut calls to the contact centre.",
    "Testing {Q} against a plainer version showed a clear winner {P}.",
]  # fmt: skip

# Text with brackets, years, prices, volumes and names that is no citation.
NOT_CITATIONS = {
    "stamp-price": [
        "A first-class stamp rose to £1.35 in April 2024, up from £1.25.",
        "A second-class stamp (85p from April 2024) is still the cheapest way to send a letter.",
        "Stamp prices went up twice in one year (April and October 2023).",
    ],
    "surcharge": [
        "Carriers added fuel surcharges of 7.5% in Q3 2022 to cover diesel costs.",
        "{car} applied a peak surcharge (£0.30 per parcel, November to December 2023).",
        "Some couriers charge extra for the Scottish Highlands (postcodes IV, KW and HS).",
    ],
    "parcel-volume": [
        "Royal Mail handled about 1.2 billion parcels in 2023/24.",
        "Peak week 2023 saw record volumes across the network.",
        "Volumes passed 5 billion parcels a year for the first time (2021; see Table {q}).",
        "An Post delivered over 100 million packets and parcels (2023), a record for the company.",
    ],
    "delivery-launch": [
        "Royal Mail's Sunday delivery (2022) was aimed at online sellers.",
        "Royal Mail's barcoded stamps (2023) link each stamp to a video message.",
        "DPD's Predict one-hour window (2011) set the standard that rivals followed.",
        "Evri's ParcelShop network (2015) now has thousands of sites.",
    ],
    "strike": [
        "The CWU strikes of 2022–2023 hit Christmas deliveries.",
        "Postal workers took 18 days of strikes (August 2022 to December 2022).",
        "The dispute ended with a ballot (April 2023) that accepted the pay deal.",
    ],
    "postal-law": [
        "The Postal Services Act 2011 set out the universal service.",
        "Royal Mail must meet the Universal Service Obligation (2011) six days a week for letters.",
        "Ofcom regulates the postal market under the Postal Services Act 2011, Part 3.",
    ],
    "customs-rule": [
        "Brexit customs rules (1 January 2021) added declarations to every parcel sent to the EU.",
        "The Windsor Framework (2023) created a green lane for goods staying in Northern Ireland.",
        "Full border checks on EU imports began in stages (January and April 2024).",
    ],
    "retained-law": [
        "The Retained EU Law Act 2023 changed how EU-derived rules apply in the UK.",
        "Drivers' hours follow the assimilated rules (Regulation (EC) No 561/2006).",
    ],
    "hub-opening": [
        "The Midlands Super Hub (2023) can sort over a million parcels a day.",
        "{car}'s new automated hub opened near Daventry (NN11) in {Y3}.",
        "The Heathrow Worldwide Distribution Centre (1997) was Royal Mail's first international hub.",
    ],
    "port-berth": [
        "Felixstowe's Berth 8 and 9 (2011) can take the largest container ships.",
        "DP World London Gateway (2013) gave the Thames a deep-sea port.",
        "Dublin Port's Alexandra Basin Redevelopment (phase one completed in 2021) added deep-water berths.",
    ],
    "ship-teu": [
        "Maersk's 24,000 TEU ships are too large for many European ports.",
        "The Ever Given (March 2021) blocked the Suez Canal for six days.",
        "The Triple E class (18,000 TEU, 2013) changed the economics of Asia–Europe trade.",
    ],
    "tracking-number": [
        "A tracked parcel carries a reference such as RM 123456789GB.",
        "Customers type their tracking number (e.g. H00AB12345678901) into the app.",
        "The sample label shows an international reference (LX 987654321 GB).",
    ],
    "postcode": [
        "The depot is on Brackmills Industrial Estate (NN4 7YE).",
        "Deliveries to Dublin 15 (D15) and the Eircode area (D15 X2Y3) run daily.",
        "The returns centre moved to Wellingborough (NN8 6UX) in {Y3}.",
    ],
    "fleet-ev": [
        "{car} plans to run 5,000 electric vans by 2025.",
        "An Post became the first postal operator to deliver by electric vehicle in every city (2022).",
        "The fleet now includes {n} e-cargo bikes (2024 figures).",
    ],
    "league-table": [
        "Evri came bottom of the Citizens Advice parcel league table 2023.",
        "{car} received a one-star rating on Trustpilot (2024) after peak.",
        "DPD topped the parcel league table for the third year running (2022, 2023 and 2024).",
    ],
    "ticker": [
        "International Distribution Services trades on the London Stock Exchange (LON: IDS).",
        "UPS is listed in New York (NYSE: UPS), as is FedEx (NYSE: FDX).",
        "Maersk's B shares (CPH: MAERSK B) fell after the results.",
        "GXO (NYSE: GXO) completed its purchase of Wincanton in 2024.",
    ],
    "award": [
        "{car} won at the Motor Transport Awards 2023.",
        "The locker network was shortlisted at the Parcel and Postal Technology International Awards 2022.",
        "The team collected two trophies at the Logistics Manager Awards (May 2024).",
    ],
    "job-title": [
        "The campaign was signed off by the Managing Director, UK and Ireland.",
        "The Chief Commercial Officer (CCO) owns the key-account plan.",
        "The company's founder was made a CBE (2020 New Year Honours).",
        "The interview was with the CEO, Europe, on the firm's growth plans.",
    ],
    "financial-year": [
        "Revenue grew in FY2023/24 despite the strikes.",
        "{B} reported an adjusted operating loss (FY2022/23: £{n}m).",
        "Parcel revenue fell in the year to March 2024 (FY24).",
    ],
    "quarter": [
        "Volumes recovered in Q3 2023 as retailers restocked.",
        "The tender was issued in Q1 {Y3} and awarded in Q2.",
        "Freight rates peaked (Q4 2021) before falling sharply in 2022.",
    ],
    "peak-season": [
        "Peak 2023 was the first without strike action since 2021.",
        "Black Friday week (24 November 2023) brought the busiest day of the year.",
        "Temporary staff are hired from October for peak (late November to Christmas Eve).",
    ],
    "founding": [
        "Parcelforce began life as Datapost (1970) before it was rebranded.",
        "Hermes entered the UK market in 2000 and rebranded as Evri in 2022.",
        "Wincanton (founded 1925) began as a dairy haulier in Somerset.",
    ],
    "privatisation": [
        "Royal Mail was floated on the London Stock Exchange (October 2013).",
        "The government sold its last shares in Royal Mail (2015).",
        "Royal Mail Group was bought by EP Group in 2024 after a long takeover process.",
    ],
    "rebrand": [
        "Hermes became Evri (March 2022) in a move to reset the brand.",
        "Royal Mail plc changed its name to International Distribution Services (2022).",
        "Deutsche Post DHL Group renamed itself DHL Group (July 2023).",
    ],
    "driver-shortage": [
        "The driver shortage peaked at around 100,000 HGV drivers (2021).",
        "HGV test slots were increased by 50,000 a year (from September 2021).",
        "The average age of an HGV driver is over 50 (2023 figures).",
    ],
    "licence-category": [
        "New drivers need a Category C+E licence (Class 1) to drive an articulated lorry.",
        "Van drivers can drive up to 3.5 tonnes (Category B) without extra tests.",
        "Electric vans up to 4.25 tonnes can be driven on a car licence (since 2018).",
    ],
    "vehicle-size": [
        "The longer semi-trailer (up to 18.55 metres) was approved for general use in 2023.",
        "A standard 13.6 m trailer holds 26 pallets (UK size).",
        "The vans have a 6 m³ load space and a 1,000 kg payload.",
    ],
    "emissions-target": [
        "{lsp} has committed to net zero by 2040.",
        "The fleet targets a 30% cut in emissions (2019 baseline).",
        "Maersk aims for net-zero greenhouse gas emissions across its business by 2040.",
    ],
    "green-corridor": [
        "The Clydebank Declaration (COP26, 2021) launched green shipping corridors.",
        "The IMO strategy (July 2023) sets a goal of net zero from shipping by or around 2050.",
        "Shipping joined the EU Emissions Trading System (January 2024).",
    ],
    "tonnage": [
        "The port handled 42 million tonnes of cargo (2023).",
        "Dublin Port moved about 1.5 million unitised loads (2023), down on the year before.",
        "Felixstowe handles around 4 million TEU a year (a third of UK container traffic).",
    ],
    "route": [
        "Stena Line's Holyhead–Dublin route (3 hours 15 minutes) carries most of the freight.",
        "Freight on the Rosslare–Cherbourg route grew after Brexit (2021).",
        "The Liverpool–Belfast service runs twice a day (one sailing overnight).",
    ],
    "incoterm": [
        "Most shipments were sold on DAP terms (Incoterms 2020).",
        "The contract moved from EXW to DDP (Incoterms® 2020) to simplify customs.",
    ],
    "warehouse-size": [
        "The new fulfilment centre covers 1 million sq ft (about 93,000 m²).",
        "{lsp} operates around {n} sites (UK and Ireland, 2024).",
        "The shed was let on a 15-year lease (from 2022).",
    ],
    "service-name": [
        "Special Delivery Guaranteed (by 1pm) is the premium service.",
        "Parcelforce's express48 (next-but-one working day) suits larger items.",
        "DPD Pickup (over 8,000 shops) is the out-of-home option.",
        "Tracked 24 (next day) and Tracked 48 (two days) replaced older products.",
    ],
    "opening-hours": [
        "The contact centre is open 8am–6pm (Monday to Friday).",
        "Collections from the depot are possible until 8pm (weekdays) and 1pm (Saturdays).",
    ],
    "helpline": [
        "Customers can call the claims line (03457 740 740) for lost items.",
        "Complaints that are not resolved go to the Postal Redress Service (POSTRS).",
    ],
    "consumer-law": [
        "The Consumer Rights Act 2015 makes the retailer responsible until the parcel is delivered.",
        "Under the Consumer Contracts Regulations 2013, shoppers have 14 days to cancel.",
        "The Digital Markets, Competition and Consumers Act 2024 bans fake reviews.",
    ],
    "asa-ruling": [
        "The advert was banned after an ASA ruling on a ‘next-day’ claim (2023).",
        "A complaint about ‘carbon neutral’ delivery was upheld (ruling of 12 July 2023).",
    ],
    "campaign-name": [
        "Royal Mail's ‘Keep Your Letter Boxes Open’ message ran during the pandemic (2020).",
        "Evri's ‘Delivering the Evri-day’ launch campaign (2022) used TV and outdoor.",
        "The ‘Thank a driver’ social campaign ({Y3}) won a lot of engagement.",
    ],
    "survey-sample": [
        "Most shippers wanted more delivery options (n = {n}).",
        "The survey of account managers (n = 48, March 2024) is summarised in Appendix 2.",
        "Satisfaction was lower among rural customers (n = {n}; 62% vs 71%).",
    ],
    "cross-reference": [
        "The segmentation is shown in Figure {q} (Section 2.{q}).",
        "See Appendix 3 for the full competitor analysis.",
        "The budget is set out in Table {q} (page {q}).",
    ],
    "handle-address": [
        "Customers often complain to the carrier on X (@RoyalMailHelp) rather than by email.",
        "Tracking is available online (www.evri.com/track-a-parcel) and in the app.",
        "Press enquiries go to the media team (press@example-logistics.co.uk).",
    ],
    "abbreviation": [
        "Logistics service providers (LSPs) compete for multi-year contracts.",
        "The first-time delivery rate (FTDR) is the main operational KPI.",
        "Third-party logistics (3PL) firms hold most e-commerce stock.",
        "The Communication Workers Union (CWU) represents postal staff.",
    ],
    "currency-rate": [
        "Prices for Irish customers are quoted in euro (€1 = £0.85, June 2024).",
        "An Post's national stamp (€1.65 from March 2024) covers a standard letter.",
    ],
    "weight-band": [
        "Small parcels (up to 2 kg, 45 x 35 x 16 cm) are the fastest-growing band.",
        "Medium parcels (up to 20 kg) are charged at a higher rate.",
    ],
    "year-range": [
        "Parcel volumes doubled during the pandemic (2020–2021) before falling back.",
        "The five-year plan (2024–2029) focuses on growth in parcels.",
    ],
    "percentage-change": [
        "Letter volumes have fallen steadily (down {pc}% since {Y3}).",
        "Revenue per parcel rose slightly (+3.2% year on year).",
    ],
}  # fmt: skip
