"""The blind381 pool's prose: how marketers at estate and letting agents, property portals, build-to-rent and
student-housing operators, house builders, mortgage brokers and proptech start-ups in the UK, Ireland, the United
Arab Emirates, Kenya, Malaysia and Australia write CIM Level 6 and 7 reports and MBA assignments in English.

Written without reading the checker, its tests or any other pool. ``{N}`` is a narrative citation, ``{P}`` a
parenthetical one, ``{Q}`` a quotation, ``{C}`` a claim, ``{B}`` a brand, ``{O}`` an opener; the fill values of
``values()`` are this pool's own: {dev} a development or scheme, {city} a city, {agency} an estate or letting agency,
{portal} a property portal, {op} an operator or builder, {pc} a percentage, {price} a price, {rent} a monthly rent,
{Y3} a recent year, {mo} a month, {ver} an app version, {m} millions, {ceo} a chief executive's name.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Rightmove", "Zoopla", "OnTheMarket", "Purplebricks", "Foxtons", "Savills", "Knight Frank", "Hamptons",
          "Connells", "Barratt Homes", "Persimmon", "Taylor Wimpey", "Berkeley Group", "Grainger", "Get Living",
          "Quintain Living", "Unite Students", "Scape", "iQ Student Accommodation", "Daft.ie", "MyHome.ie",
          "Sherry FitzGerald", "DNG", "Emaar", "Aldar", "DAMAC", "Property Finder", "Bayut", "dubizzle",
          "Allsopp & Allsopp", "haus & haus", "Betterhomes", "HassConsult", "BuyRentKenya", "Property24 Kenya",
          "PropertyGuru", "iProperty", "EdgeProp", "Sime Darby Property", "SP Setia", "realestate.com.au", "Domain",
          "Ray White", "LJ Hooker", "McGrath", "Mortgage Choice", "Habito", "Mojo Mortgages", "Goodlord", "OpenRent",
          "Homeppl", "Nested", "Strike", "Sotheby's International Realty", "Cluttons", "Chestertons"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """This pool's own fill values, drawn after the common ones."""
    return {
        "dev": rng.choice(["Battersea Power Station", "Wembley Park", "Elephant Park", "Kidbrooke Village", "Dubai Creek Harbour",
                           "Dubai Hills Estate", "Saadiyat Lagoons", "Yas Acres", "Tatu City", "Two Rivers", "Garden City Nairobi",
                           "Tropicana Gardens", "Bukit Bintang City Centre", "KL Eco City", "Green Square", "Barangaroo",
                           "Adamstown", "Cherrywood", "Capital Dock", "Clonburris", "Mayfield", "Royal Wharf"]),
        "city": rng.choice(["Manchester", "Leeds", "Birmingham", "Dublin", "Cork", "Galway", "Dubai", "Abu Dhabi", "Sharjah",
                            "Nairobi", "Mombasa", "Kisumu", "Kuala Lumpur", "Penang", "Johor Bahru", "Sydney", "Melbourne",
                            "Brisbane", "Perth", "Bristol", "Glasgow", "Edinburgh"]),
        "agency": rng.choice(["Foxtons", "Hamptons", "Sherry FitzGerald", "Allsopp & Allsopp", "haus & haus", "Betterhomes",
                              "HassConsult", "Ray White", "McGrath", "Chestertons", "Winkworth", "Cluttons", "Savills"]),
        "portal": rng.choice(["Rightmove", "Zoopla", "OnTheMarket", "Daft.ie", "MyHome.ie", "Property Finder", "Bayut",
                              "dubizzle", "BuyRentKenya", "PropertyGuru", "iProperty", "realestate.com.au", "Domain"]),
        "op": rng.choice(["Grainger", "Get Living", "Quintain Living", "Unite Students", "Scape", "Barratt", "Persimmon",
                          "Emaar", "Aldar", "Sime Darby Property", "Mirvac", "Greystar", "Kennedy Wilson"]),
        "pc": str(rng.randint(3, 89)), "Y3": str(rng.randint(2018, 2025)),
        "price": rng.choice(["£285,000", "£1.2m", "€395,000", "AED 1.8m", "AED 3.25m", "KES 14.5m", "RM 680,000",
                             "A$1.1m", "£450,000", "€620,000"]),
        "rent": rng.choice(["£1,450", "£2,100", "€1,950", "AED 9,500", "KES 65,000", "RM 2,400", "A$780 a week", "£950"]),
        "mo": rng.choice(["January", "February", "March", "April", "May", "June", "July", "September", "October", "November"]),
        "ver": f"{rng.randint(2, 9)}.{rng.randint(0, 9)}", "m": str(rng.randint(2, 480)),
        "ceo": rng.choice(["Johan Svanstrom", "Charlie Bryant", "Peter Brooks-Johnson", "Nick Budden", "Mohamed Alabbar",
                           "Talal Al Dhiyebi", "Ronak Chugh", "Hari Krishnan", "Owen Wilson", "Jason Pellegrino",
                           "Michael Hamilton", "Lisa Thompson"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argue that {C}.",
    "{N} found that {C}, although their sample was drawn only from renters in {city}.",
    "{N} showed that {C}, which is directly relevant to {B}.",
    "{N} observed that {C} in markets such as {city}.",
    "{N} concluded that {C}; {B} has not yet acted on this.",
    "{N} surveyed {n} buyers and reported that {C}.",
    "{N} suggest that {C}.",
    "{N} warned that {C} unless agents are transparent about fees.",
    "{N} defined service quality in lettings as the gap between what tenants expect and what they get, and found that {C}.",
    "{N} compared three portals and found that {C}.",
    "{N} went further, claiming that {C}.",
    "{N} were among the first to show that {C}.",
    "{N} questioned whether {C}, pointing to weak evidence from {city}.",
    "{N} noted that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.",
    "As {N} explain, {C}.",
    "Following {N}, this report treats the viewing as a service encounter, because {C}.",
    "Echoing {N}, {C}.",
    "Building on {N}, it can be argued that {C}.",
    "{O}, {N} found that {C}.",
    "{C}, as {N} point out.",
    "{C}, which is consistent with {N}.",
    "For {B}, the lesson from {N} is that {C}.",
    "This mirrors what {N} found in {city}: {C}.",
    "The evidence is mixed: {N} found that {C}, whereas agents interviewed for this report disagreed.",
    "A similar point is made by {N}, who argued that {C}.",
    "When {B} redesigned its app in {Y3}, it drew on {N}, on the basis that {C}.",
    "Not everyone agrees; {N}, for instance, maintained that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {city} renters found that {C}.",
    "{O}, {N} model of trust explains why {C}.",
    "{N} framework is useful here because {C}.",
    "{N} findings imply that {C}.",
    "Applying {N} service-quality model to {B} shows that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "There is growing evidence that {C} {P}.",
    "It is widely accepted that {C} {P}.",
    "In {city}, {C} {P}.",
    "Research on portals suggests that {C} {P}.",
    "{B} is no exception: {C} {P}.",
    "Agents are slow to change, partly because {C} {P:see}.",
    "Several studies show that {C} {P:e.g.}.",
    "Buyers now expect more from agents, and {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{C} {P}, although {C2}.",
    "{C} {P}; even so, {C2}.",
    "{C} {P}, while {C2}.",
    "In {city}, {C} {P}, yet {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} trust agents who publish their fees up front",
    "virtual viewings shorten the time a property spends on the market",
    "portal listings with floor plans attract more enquiries",
    "tenants judge a build-to-rent scheme by how quickly repairs are done",
    "{B} relies on portal leads more than its rivals do",
    "online reviews matter more to renters than to buyers",
    "a strong place brand lets developers charge a premium",
    "first-time buyers lean on mortgage brokers for reassurance as much as for advice",
    "students choose accommodation on social proof rather than price",
    "proptech start-ups win instructions by making the process visible",
    "trust in estate agents remains low in most markets",
    "resident events raise renewal rates in build-to-rent",
    "expatriate renters rely heavily on portals and WhatsApp",
    "hybrid agents compete on price but struggle on service",
    "{A} respond to {T} with {R}",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "Similarly", "By contrast", "In the case of {B}", "More recently",
           "In this market", "Even so", "In {city}"]  # fmt: skip
PLAIN = [
    "{B} lists most of its stock on {portal} and its own website.",
    "The lettings team handles around {n} enquiries a month.",
    "Most viewings are now booked through the app rather than by phone.",
    "{B} has offices in {city} and two other cities.",
    "The brand's social channels are run by a team of two.",
    "{O}, {C}.",
    "Residents can report repairs, book the gym and pay rent in one place.",
    "The company's valuation tool generates most of its vendor leads.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one textbook puts it, {Q} {P}.",
    "{N} put it plainly: {Q}.",
    "{O}, {Q} {P}.",
    "The point is that {Q} {P}, and {B} has not yet acted on it.",
    "In the words of {N}, {Q}.",
    "{Q} {P}; this report agrees.",
]  # fmt: skip
SCARE_QUOTES = ["‘living as a service’", "‘hassle-free’", "‘move-in ready’", "‘digital-first’", "‘amenity-rich’",
                "‘community’", "‘tenant journey’", "‘phygital’", "‘beds’", "‘off-plan’", "‘zero-deposit’",
                "“lifestyle”", "“smart home”", "‘hybrid agency’"]  # fmt: skip
SCARE_FRAMES = [
    "Operators now sell {Q} rather than flats {P}.",
    "{B} markets its homes as {Q}, yet the service behind them is often thin {P}.",
    "What the sector calls {Q} is often a gym and a roof terrace {P}.",
    "The shift towards {Q} lettings has been rapid {P}.",
    "So-called {Q} models can damage trust when fees appear later {P}.",
    "The idea of {Q} is now common in investor presentations {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Chain-free, move-in ready, no onward purchase’", "‘Just reduced: {price}’",
                 "‘New to market in {city}’", "‘Your dream home is waiting’", "“Book your virtual viewing today”",
                 "‘Studios from {rent}, bills included’", "‘Under offer – but not for long?’",
                 "‘Zero deposit. Pets welcome.’", "“Live where you love”"]  # fmt: skip
SUBJECT_FRAMES = [
    "Listing headlines such as {Q} draw more clicks on portals {P}.",
    "{B}'s campaign line, {Q}, targeted first-time buyers {P}.",
    "An email headed {Q} had the highest open rate of the quarter {P}.",
    "A headline like {Q} creates urgency {P}, but overuse erodes trust.",
    "{Q} is a typical portal headline for this segment {P}.",
]  # fmt: skip

# Text with brackets, years, prices or names that is no citation.
NOT_CITATIONS = {
    "development-phase-year": [
        "Sales launched on the {dev} phase 2 ({Y3}) within a fortnight.",
        "The {dev} scheme (completed {Y3}) set the benchmark for amenities.",
        "Footfall in {dev} rose after the second phase opened ({mo} {Y3}).",
    ],
    "office-opening-year": [
        "{agency} opened a branch in {city} ({Y3}) to serve relocating families.",
        "The {city} office (opened in {mo} {Y3}) now handles most lettings.",
        "A flagship showroom followed in {city} in {Y3} (its third).",
    ],
    "listing-price-year": [
        "A three-bedroom semi in {city} was listed at {price} ({mo} {Y3}).",
        "The penthouse sold for {price} (a record for the building in {Y3}).",
        "Asking prices fell on the flagship listing ({price}, reduced in {mo} {Y3}).",
    ],
    "rent-year": [
        "Average rents in {city} reached {rent} a month ({Y3}).",
        "Studios in the scheme let at {rent} (bills included, {Y3} prices).",
        "Rents rose {pc}% year on year ({mo} {Y3}).",
    ],
    "yield-year": [
        "Gross yields in {city} averaged {q}.{d}% ({Y3}).",
        "Investors were promised a net yield of {q}% (2024–25 forecast).",
    ],
    "portal-feature-year": [
        "{portal} added virtual tours to every listing (launched {mo} {Y3}).",
        "Buyers can now see sold prices and EPC ratings on {portal} (since {Y3}).",
        "The ‘Verified Listing’ badge (a {portal} feature since {Y3}) reduced fake adverts.",
    ],
    "app-version-year": [
        "The resident app (version {ver}, {Y3}) added rent payment by card.",
        "Version {ver} of the {B} app was released in {mo} {Y3}.",
        "Push notifications arrived with the iOS update (v{ver}, {Y3}).",
    ],
    "acquisition-year": [
        "Connells bought Countrywide (2021) for about £{m}m.",
        "Zoopla's owner bought Hometrack (2017), adding valuation data to the portal.",
        "Property Finder acquired a Saudi portal (deal completed in {Y3}).",
        "{agency} was absorbed into a larger group (acquired {Y3}).",
    ],
    "merger-year": [
        "The two agencies merged (completed {mo} {Y3}) under one brand.",
        "Dubizzle and Bayut were combined in a single group (Dubizzle Group, formed 2020).",
    ],
    "funding-round-year": [
        "{B} raised £{m}m in a Series B round ({Y3}).",
        "The start-up closed a seed round (US${q}m, {mo} {Y3}).",
        "Its last funding round (Series C, {Y3}) valued it at over £{m}m.",
    ],
    "stock-listing-year": [
        "PropertyGuru listed on the New York Stock Exchange (March 2022).",
        "Purplebricks floated on AIM (December 2015) and moved to the Main Market later.",
        "{op} has been listed since its flotation ({Y}).",
    ],
    "delisting-year": [
        "The portal was taken private (delisted {Y3}) by a US investor.",
        "Purplebricks was sold to Strike (2023) for a nominal sum.",
    ],
    "founder-year": [
        "{B} was started by two former agents (founded {Y3}).",
        "Its founder ({ceo}) set up the business from a flat in {city}.",
        "The founders (Michael and Kenny Bruce, 2012) wanted to cut agents' fees.",
    ],
    "ceo-year": [
        "{ceo} (chief executive since {Y3}) set out a new growth plan.",
        "The strategy changed when {ceo} took over (CEO from {mo} {Y3}).",
        "Chief executive {ceo} (appointed {Y3}) leads the digital push.",
    ],
    "founding-year-of-listed-body": [
        "Propertymark (founded in 1962 as the NAEA) runs the main agents' qualifications.",
        "The Property Ombudsman (set up in 1990) handles most complaints about agents.",
        "The RICS (founded 1868, Royal Charter 1881) regulates chartered surveyors.",
        "Rightmove (launched in 2000 by four agencies) is still the UK's largest portal.",
    ],
    "founding-year-of-firm": [
        "{agency} (established {Y}) still trades from its first office.",
        "{op} (founded {Y}) has built homes in {city} for decades.",
        "A family firm (est. {Y}), it now manages {n} homes.",
    ],
    "planning-decision-year": [
        "Planning permission was granted for {n} homes (approved {mo} {Y3}).",
        "The council refused the tower (decision notice, {Y3}) on height grounds.",
        "The appeal was allowed (Planning Inspectorate, {mo} {Y3}).",
    ],
    "award-year": [
        "{agency} won Lettings Agency of the Year (gold, {Y3}).",
        "{op} was named Developer of the Year (Cityscape Awards {Y3}).",
        "The scheme was shortlisted for a national award (Property Week Resi Awards {Y3}).",
    ],
    "stamp-duty-change-year": [
        "Stamp duty relief for first-time buyers changed (from 1 April 2025).",
        "The nil-rate band was raised to £250,000 (September 2022).",
        "Buyers rushed to complete before the holiday ended (30 June 2021).",
    ],
    "rate-change-year": [
        "The Bank of England raised Bank Rate to 5.25% (August 2023).",
        "Mortgage rates fell back below {q}% ({mo} {Y3}).",
        "The Central Bank of Kenya cut its rate (to {q}.{d}%, {mo} {Y3}).",
    ],
    "regulation-change-year": [
        "The tenant fees ban took effect in England (1 June 2019).",
        "Ejari registration became mandatory for all tenancies in Dubai (since {Y}).",
        "Rent pressure zones were extended across Ireland (December {Y3}).",
    ],
    "act-named": [
        "Letting agents must follow the Tenant Fees Act 2019 when advertising.",
        "The Renters' Rights Act 2025 ends fixed-term assured tenancies.",
        "Malaysia's Housing Development (Control and Licensing) Act 1966 protects buyers of off-plan homes.",
        "The Consumer Protection from Unfair Trading Regulations 2008 require material information in listings.",
    ],
    "regulation-clause": [
        "Listings must show the EPC rating (Regulation {q}, Energy Performance Regulations).",
        "The agency's terms follow the Code (section {q}.{d}) on referral fees.",
    ],
    "licence-number": [
        "{agency} is licensed by RERA (ORN {n}{q}).",
        "All agents hold a PSRA licence (licence no. {n}{d}).",
        "The broker is registered with the FCA (FRN {n}{n}).",
    ],
    "epc-rating": [
        "The new homes are rated EPC B (SAP {n}).",
        "Older stock in {city} is mostly EPC D or below ({pc}% of listings).",
    ],
    "price-index-figure": [
        "Prices in {city} rose {pc}% (house price index, {mo} {Y3}).",
        "Average asking prices hit a new high ({price}, {mo} {Y3}).",
    ],
    "transactions-figure": [
        "Dubai recorded {n} off-plan sales in a single month ({mo} {Y3}).",
        "Completions fell by {pc}% (Q{q} {Y3} against Q{q} {Y}).",
    ],
    "mortgage-product": [
        "The broker placed most clients on five-year fixes (4.{d}%, 75% LTV).",
        "A 95% mortgage (Mortgage Guarantee Scheme, {Y3}) helped first-time buyers.",
        "The Help to Buy equity loan (2013–2023) shaped new-build marketing for a decade.",
    ],
    "government-scheme-year": [
        "Sales were supported by Help to Buy (ended March 2023).",
        "Ireland's First Home scheme (launched July 2022) shares equity with buyers.",
        "Kenya's Affordable Housing Programme (Boma Yangu, {Y3}) drew thousands of applicants.",
    ],
    "census-figure": [
        "Around {pc}% of households in {city} rent privately (Census {Y3} figures).",
        "The 2021 Census counted {m},000 private renters in the area.",
    ],
    "survey-sample": [
        "Most respondents had moved home in the last five years (n = {n}).",
        "The survey ran online ({d} {mo} – {d} {mo} {Y3}, n = {n}).",
        "Half of tenants interviewed (12 of 24) used WhatsApp to contact the agent.",
    ],
    "figure-table-ref": [
        "Portal traffic by month is shown below (Figure {q}).",
        "The competitor fees are compared in the appendix (Table {q}.{d}).",
        "The segmentation is summarised in the appendix (Appendix {q}).",
    ],
    "campaign-year": [
        "The ‘Move in, not up’ campaign ({Y3}) targeted renters in {city}.",
        "{B}'s TV campaign (spring {Y3}) pushed its free valuation.",
    ],
    "show-home-event": [
        "The show home opened for a weekend launch ({d} {mo}).",
        "A launch event at Cityscape ({Y3}) brought in {n} leads.",
        "Viewings were held on Saturdays (10am–4pm) throughout {mo}.",
    ],
    "expo-year": [
        "The developer took a large stand at MIPIM (Cannes, March {Y3}).",
        "{op} launched the tower at Cityscape Global ({Y3}).",
    ],
    "headline-number": [
        "{portal} reported {m}m visits in a single month ({mo} {Y3}).",
        "The app has been downloaded over {m},000 times (Google Play, {Y3}).",
    ],
    "beds-units": [
        "The scheme has {n} beds (purpose-built student accommodation, opened {Y3}).",
        "{op} runs {n} homes across {city} (build-to-rent, {Y3} figures).",
    ],
    "occupancy-figure": [
        "Occupancy stayed high ({pc}% for the {Y3}/{Y2} academic year).",
        "Renewals improved after the resident app launched (up {pc}% in {Y3}).",
    ],
    "company-number": [
        "{B} Ltd is registered in England (company no. {n}{n}).",
        "The agency trades as a limited company (Companies House, {n}{d}{q}).",
    ],
    "ticker-share-price": [
        "Shares in the portal fell after the results (LSE: RMV, -{q}%).",
        "The builder's share price recovered in {Y3} (FTSE 100: {pc}0p).",
    ],
    "guide-price": [
        "The house went to sealed bids (guide price {price}).",
        "Offers were invited (in excess of {price}) after a busy open day.",
    ],
    "service-charge": [
        "Buyers pay a service charge (about £{n} a year) on top of ground rent.",
        "Service charges in the tower are high (AED {q}{d} per sq ft, {Y3}).",
    ],
    "fee-structure": [
        "The hybrid agent charges a fixed fee (£{n}{q}9 inc. VAT).",
        "Traditional agents charge a percentage (1–1.5% plus VAT).",
        "Letting fees are typically one month's rent (plus 5% VAT) in Dubai.",
    ],
    "handle-or-domain": [
        "Listings are also posted on Instagram (@homesbyhassconsult) every Friday.",
        "Tenants book viewings on the website (www.citylets-direct.co.uk) or by WhatsApp.",
    ],
    "certification-year": [
        "The building achieved BREEAM Excellent ({Y3}).",
        "{op} is a certified B Corp (since {Y3}).",
        "The scheme holds a five-star rating (HBF customer satisfaction survey, {Y3}).",
    ],
    "review-score": [
        "{agency} holds a high rating on Trustpilot (4.{d} out of 5, {n} reviews).",
        "Google reviews for the branch are strong (4.{q} stars, {Y3}).",
    ],
    "lockdown-period": [
        "Viewings stopped altogether during the first lockdown (March–May 2020).",
        "The market reopened quickly (13 May 2020) in England.",
    ],
    "cohort-intake": [
        "Bookings for the September intake ({Y3}/{Y2}) opened in {mo}.",
        "International students arrived late (January {Y3} cohort).",
    ],
    "court-tribunal-case": [
        "The landlord lost at the First-tier Tribunal (case ref. LON/{n}/{Y3}).",
        "A rent dispute went to the Rental Disputes Centre (Dubai, {Y3}).",
    ],
}  # fmt: skip
