"""The blind347 pool's prose: marketers at estate and letting agents, property portals, online and hybrid agents,
new-homes developers, mortgage brokers and conveyancers in the UK, Ireland, Spain, Portugal, Australia and South
Africa, writing CIM Level 6 and 7 reports and MBA assignments in English on portal fees and listings, hybrid and
online agents, virtual viewings, first-time buyers and mortgage rates, new-build marketing, trust and reviews and
digital channels.

Written without reading the checker, its tests or any other pool. Its frames may use every fill value and these of
its own: {price} a UK asking price, {eur} a euro price, {rand} a rand price, {aud} an Australian dollar price, {pct}
a percentage's number, {rate} a mortgage rate, {fee} a portal fee, {city} a city, {portal} a portal, {agent} an
agent, {dev} a developer, {ch} a channel, {Y3} a recent year, {k} thousands.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Rightmove", "Zoopla", "OnTheMarket", "Foxtons", "Savills", "Knight Frank", "Purplebricks", "Strike",
          "Connells", "Countrywide", "Hamptons", "Barratt Developments", "Persimmon", "Taylor Wimpey", "Habito",
          "Trussle", "Daft.ie", "MyHome.ie", "Sherry FitzGerald", "DNG", "Idealista", "Fotocasa", "Engel & Völkers",
          "ERA Portugal", "Imovirtual", "Domain", "REA Group", "Ray White", "LJ Hooker", "Property24",
          "Private Property", "Pam Golding", "Seeff"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the common ones."""
    return {
        "price": f"{rng.randint(180, 520)},{rng.choice(['000', '500', '950'])}",
        "eur": f"{rng.randint(150, 690)}.{rng.choice(['000', '500'])}",
        "rand": f"{rng.randint(1, 6)},{rng.randint(1, 9)}{rng.randint(0, 9)}",
        "aud": f"{rng.randint(1, 2)},{rng.randint(100, 699)},000",
        "pct": str(rng.randint(4, 78)), "rate": f"{rng.randint(3, 6)}.{rng.randint(1, 99):02d}",
        "fee": str(rng.randint(900, 2400)), "k": str(rng.randint(12, 480)), "Y3": str(rng.randint(2019, 2025)),
        "city": rng.choice(["Manchester", "Leeds", "Bristol", "Dublin", "Cork", "Madrid", "Valencia", "Lisbon", "Porto",
                            "Sydney", "Melbourne", "Brisbane", "Cape Town", "Johannesburg", "Durban", "Birmingham"]),
        "portal": rng.choice(["Rightmove", "Zoopla", "OnTheMarket", "Daft.ie", "MyHome.ie", "Idealista", "Fotocasa",
                              "Imovirtual", "Domain", "realestate.com.au", "Property24", "Private Property"]),
        "agent": rng.choice(["Foxtons", "Savills", "Knight Frank", "Connells", "Hamptons", "Sherry FitzGerald", "DNG",
                             "Engel & Völkers", "ERA Portugal", "Ray White", "LJ Hooker", "Pam Golding", "Seeff"]),
        "dev": rng.choice(["Barratt", "Persimmon", "Taylor Wimpey", "Berkeley", "Bellway", "Glenveagh", "Cairn Homes",
                           "Neinor Homes", "Aedas Homes", "Mirvac", "Stockland", "Balwin Properties"]),
        "ch": rng.choice(["Rightmove", "Instagram", "Facebook Marketplace", "TikTok", "email", "paid search", "WhatsApp",
                          "the portal feed", "YouTube property tours", "LinkedIn", "SEO"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although the sample was drawn only from {city}.",
    "{N} concluded that {C}; this matters for {B}.", "{N} suggests that {C}.",
    "{N} showed that {C}, which helps to explain why {B} spends so much on {ch}.",
    "{N} observed that {C} in the lettings market as well as in sales.", "{N} highlight that {C}.",
    "{N} reported that {C} during the {Y3} market slowdown.", "{N} questioned whether {C}.",
    "{N} makes the case that {C}, particularly for {A}.", "{N} noted that {C}, a point {B} has been slow to act on.",
    "{N} went further and claimed that {C} and that {C2}.", "{N} found little evidence that {C}.",
    "{N} modelled listing data and concluded that {C}.", "{N} warned that {C} when rates rise above {rate}%.",
    "{N} interviewed {k} vendors and found that {C}.", "{N} describes how {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In their study of UK portals, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is consistent with {N}, who showed that {C}.", "{C}, as {N} point out.", "{C} – a view shared by {N}.",
    "According to {N}, {C}.", "Research by {N} suggests that {C}.", "As {N} explain, {C}.",
    "A survey by {N} found that {C}.", "Data published by {N} show that {C}.",
    "{B} appears to have followed {N}: {C}.", "{C}, which supports the findings of {N}.",
    "Evidence from {N} indicates that, for {A}, {C}.", "Writing about the Irish market, {N} argued that {C}.",
    "In South Africa, {N} found that {C}.", "Looking at Spanish and Portuguese portals, {N} concluded that {C}.",
    "{C}; however, {N} found the opposite among {A}.", "It could be argued, following {N}, that {C}.",
    "As highlighted by {N}, {C}.", "{C}, according to {N}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {city} found that {C}.", "Using {N} framework, it is clear that {C}.",
    "{O}, {N} report concluded that {C}.", "{B} could apply {N} model, since {C}.",
    "According to {N} survey, {C}.", "{N} findings matter here because {C}.",
    "This reflects {N} argument that {C}.", "{N} analysis of listing data suggests {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For {A}, {C} {P}.", "This matters because {C} {P}.",
    "{B} is no exception, since {C} {P}.", "It is often claimed that {C} {P:see}.",
    "Several studies report that {C} {P:e.g.}.", "{C}, especially in {city} {P}.", "In short, {C} {P}.",
    "{C} (as Figure {q} shows) {P}.", "A key point for {B} is that {C} {P}.", "{C}. {P}",
    "Portal fees, instruction volumes and reviews all play a part {P}.", "{C} {P:see also}.",
    "{C}, as studies in several markets show {P:for example,}.", "Recent data confirm this – {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{B} has found that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "Some sources {P:e.g.} argue that {C}.", "{C} {P}: this means that {C2}.", "Studies {P} agree that {C}.",
    "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "portal fees have risen faster than agents' revenue", "{A} start their search on a portal rather than an agent's own site",
    "hybrid agents win instructions on price but lose them on trust", "virtual viewings shorten the time from listing to offer",
    "first-time buyers are more sensitive to mortgage rates than to asking prices",
    "online reviews now shape which agent a vendor invites to value", "{B}'s reliance on {ch} leaves it exposed if costs rise",
    "new-build buyers respond more to incentives than to show homes", "{T} improves {R} among {A}",
    "listings with floor plans and video receive more enquiries", "agents who answer enquiries within an hour win more viewings",
    "trust in estate agents remains lower than in most professions", "mortgage brokers increasingly reach {A} through {ch}",
    "conveyancing delays are the main cause of fall-throughs", "{A} expect an instant online valuation",
    "fixed fees appeal to vendors in cheaper markets more than in prime ones",
    "the portal duopoly gives agents little power to negotiate", "brand awareness matters less than local market share",
    "developers who publish prices online generate better-qualified leads",
    "rising rates have pushed {A} towards smaller homes and longer terms",
    "social media builds an agent's profile but rarely produces instructions directly",
    "material information in listings reduces late-stage withdrawals",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In the UK", "In Ireland", "In Australia",
    "For {B}'s marketing team", "Since the pandemic", "In the context of {B}", "From a vendor's perspective",
    "From a buyer's perspective", "Nevertheless", "Consequently", "As a result", "Overall", "In the lettings market",
    "In the new-homes sector", "Interestingly",
]  # fmt: skip
PLAIN = [
    "{B} lists every instruction on {portal} and on its own website.",
    "This section analyses {B}'s current digital channels and makes recommendations.",
    "The table below summarises the key performance indicators for each channel.",
    "{B}'s Instagram account has {k}k followers, but few enquiries come from it.",
    "The recommendations are costed and phased over twelve months.", "{O}, {C}.",
    "A PESTLE analysis of the {city} market is included in the appendix.",
    "The main competitors are {agent} and two independent agents in the same postcode.",
    "Task 2 builds on this by proposing a content plan for valuations and instructions.",
    "Vendors can book a valuation online, by phone or in a branch.",
    "Most enquiries arrive through the portals, and most instructions through referrals.",
    "{dev}'s sales centre is open at weekends and by appointment.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one services-marketing text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{B} appears to accept that {Q} {P}.", "The point is made directly that {Q} {P}, which {B} should note.",
    "{N} put it plainly: {Q}.", "One review of the sector concluded that {Q} {P}.",
    "Agents are told that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘hybrid’", "‘gazumping’", "‘gazundering’", "‘chain-free’", "‘fixed fee’", "‘no sale, no fee’",
                "‘stamp duty holiday’", "‘generation rent’", "'bank of mum and dad'", "“must-see”",
                "‘deceptively spacious’", "‘Instagrammable’", "'property ladder'", "‘cash buyer’",
                "‘soft launch’", "‘off-plan’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} markets its service as {Q} {P}.", "Many vendors are wary of {Q} pricing {P}.",
    "So-called {Q} listings attract more clicks {P}.", "The phrase {Q} is used loosely by agents {P}.",
    "Critics describe this as {Q}, and {B} is not immune {P}.", "{A} are often described as {Q} {P}.",
    "{N} traces the rise of what the trade calls {Q}.",
]  # fmt: skip
SUBJECT_LINES = ["‘New instruction in {city}: be the first to view’", "‘Your home is worth more than you think’",
                 "“Price reduced – book a viewing this weekend”", "‘Your free valuation is ready’",
                 "‘Just listed: 3 bed semi, chain-free’", "‘Rates are falling – is it time to remortgage?’",
                 "“Your mortgage in principle is approved”", "‘Open house this Saturday (10am–1pm)’",
                 "‘Homes like yours sold for £{price}’", "‘Last plots remaining at {dev}’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} can lift open rates {P}.", "{B} used {Q} in its vendor nurture emails {P}.",
    "Short, urgent copy ({Q}, for example) works well with {A} {P}.",
    "Messages like {Q} work because they create urgency {P}.",
    "The email {Q} was opened by more landlords than any other {P}.",
    "{N} tested {Q} against a plainer version.",
]  # fmt: skip

# Text that looks like a citation and is not one: a tutor would not expect any of it in the reference list.
NOT_CITATIONS = {
    "portal-founding": [
        "{B} competes with the market leader (Rightmove, 2000) for agents' advertising budgets.",
        "Ireland's main portal (Daft.ie, 1997) began as a student flat-share site.",
        "The Australian market is split between two portals (realestate.com.au, 1995; Domain, 1999).",
        "Spain's largest portal (Idealista, 2000) later expanded into Portugal and Italy.",
        "The newest of the UK portals (OnTheMarket, 2015) was set up by agents themselves.",
    ],
    "agency-founding": [
        "Its oldest rival (Savills, 1855) still trades on heritage.",
        "The brand's first branch (first Foxtons, 1981) opened in Notting Hill.",
        "Connells (founded 1936) is now the UK's largest estate agency group.",
        "Knight Frank (est. 1896) positions itself in the prime market.",
        "South Africa's best-known agency (Pam Golding, 1976) began as a one-woman business.",
    ],
    "development-year": [
        "The developer borrowed ideas from the Duchy's model town (Poundbury, 1993).",
        "Office-to-residential conversions now dominate the area (Canary Wharf, 1991).",
        "Buyers often compare the scheme with an earlier landmark (Adamstown, 2006).",
        "The regeneration of the waterfront (Parque das Nações, 1998) lifted prices across east Lisbon.",
    ],
    "founder-year": [
        "The founder (Jon Hunt, 1981) built the brand around its green Minis.",
        "The online model was pioneered by its founders (Michael and Kenny Bruce, 2012).",
        "Michael Bruce (2012) set up Purplebricks with his brother Kenny.",
        "The portal's co-founder (Alex Chesterman, 2007) later launched Cazoo.",
    ],
    "presenter-year": [
        "Television made property a national hobby (Kirstie Allsopp, 2000).",
        "Viewers still quote its presenters (Phil Spencer, 2000) on location.",
        "Kevin McCloud (1999) made self-build aspirational for a generation of viewers.",
        "The glamour of the Los Angeles agents (Christine Quinn, 2019) changed expectations of agents' social media.",
    ],
    "politician-year": [
        "Home ownership became a political project (Margaret Thatcher, 1980).",
        "The mini-budget (Kwasi Kwarteng, 2022) pushed mortgage rates up within days.",
        "The stamp duty cut was announced by the Chancellor (Rishi Sunak, 2020).",
        "George Osborne (2013) presented Help to Buy as a way to restart the market.",
    ],
    "scheme-year": [
        "Council tenants were given the chance to buy their homes (Right to Buy, 1980).",
        "{dev} relied heavily on the equity loan (Help to Buy, 2013) until it closed.",
        "Irish first-time buyers can use a shared-equity scheme (First Home, 2022).",
        "Many buyers used the government scheme (Lifetime ISA, 2017) for their deposit.",
        "Australian buyers can purchase with a 5% deposit (Home Guarantee Scheme, 2020).",
    ],
    "law-year": [
        "Letting agents lost a major income stream (Tenant Fees Act, 2019).",
        "All agents must now belong to a redress scheme (Consumers, Estate Agents and Redress Act, 2007).",
        "South African agents must hold a fidelity fund certificate (Property Practitioners Act, 2019).",
        "The Estate Agents Act 1979 still governs how agents handle offers.",
        "Spain's rent caps (Ley de Vivienda, 2023) changed how portals present rental listings.",
    ],
    "tax-year": [
        "Sales surged before the deadline (stamp duty holiday, 2020).",
        "Landlords faced higher costs after the surcharge (3% stamp duty surcharge, 2016).",
        "First-time buyer relief (SDLT relief, 2017) was raised again in the mini-budget.",
        "Demand from investors fell after the change (Section 24, 2017).",
    ],
    "visa-year": [
        "Portuguese agents marketed heavily to overseas buyers (Golden Visa, 2012).",
        "Spain closed its residence-by-investment route (Golden Visa, 2024) after pressure from housing campaigners.",
        "Portugal's tax regime for newcomers (NHR, 2009) drew buyers to Lisbon and the Algarve.",
    ],
    "crash-year": [
        "Many agencies closed in the downturn (2008 crash, 2008).",
        "Rates rose sharply after the fiscal event (Truss mini-budget, 2022).",
        "Irish prices fell by half in four years (Celtic Tiger collapse, 2008).",
        "Lending froze almost overnight (Northern Rock, 2007).",
        "Spanish building stopped almost entirely (burbuja inmobiliaria, 2008).",
    ],
    "tragedy-year": [
        "Cladding remains a barrier to sales in many blocks (Grenfell, 2017).",
        "Buyers became wary of high-rise flats after the fire (Grenfell Tower, 2017).",
        "Mortgage lenders now ask for an EWS1 form (introduced 2019) on many flats.",
    ],
    "pandemic-year": [
        "Viewings were banned for seven weeks (first lockdown, 2020).",
        "The race for space changed buyers' priorities (pandemic, 2020–2021).",
        "Cape Town agents moved online during the hard lockdown (alert level 5, 2020).",
    ],
    "award-year": [
        "{B} has used its trophy in every campaign since (Estate Agency of the Year, 2022).",
        "The branch's success was recognised by the industry (Property Week Awards, 2019).",
        "{agent} won a national title (British Property Awards, 2023) for customer service.",
        "The development was shortlisted for a design prize (Stirling Prize, 2019).",
        "The firm's lettings team has been rated highly (allAgents Awards, 2024).",
    ],
    "event-year": [
        "Open days draw thousands of visitors into landmark buildings (Open House London, 1992).",
        "Agents prepare for the busiest weekend of the year (Boxing Day, {Y3}).",
        "New-homes sales teams use the annual show (MIPIM, 1990) to meet overseas investors.",
        "Developers time launches around the big trade show (Ideal Home Show, 1908).",
    ],
    "merger-year": [
        "Ownership of the portal changed hands (Zoopla and Silver Lake, 2018).",
        "The agency market consolidated further (Connells and Countrywide, 2021).",
        "The housebuilders combined to form the UK's largest (Barratt and Redrow, 2024).",
        "Shareholders rejected a takeover approach (Rightmove and REA, 2024).",
        "The Spanish portal was sold to a private equity firm (Idealista and Cinven, 2024).",
    ],
    "product-launch": [
        "Agents now use video tours routinely (virtual viewing, 2020).",
        "The portal introduced a paid subscription tier (Rightmove Plus, 2016).",
        "Leads increased after the website added a calculator (instant valuation tool, 2018).",
        "{portal} added a new filter for buyers (chain-free search, {Y3}).",
        "The lender launched a digital-only product ({Y3} app mortgage) for first-time buyers.",
    ],
    "tv-series": [
        "Reality television shaped buyers' expectations (Location, Location, Location, 2000).",
        "Luxury listings became entertainment (Selling Sunset, 2019).",
        "Rural moves have their own programme (Escape to the Country, 2002).",
        "Self-builders cite one programme above all (Grand Designs, 1999).",
        "Auctions became mainstream viewing (Homes Under the Hammer, 2003).",
        "Australian viewers follow renovation contests (The Block, 2003).",
    ],
    "price-figure": [
        "£{price} an average home ({Y3}) is still out of reach for many {A}.",
        "Prices in {city} averaged £{price} (Q{q} {Y3}).",
        "The average Irish home cost €{eur} ({Y3} figures).",
        "A two-bedroom flat in Lisbon now lists at €{eur} (asking price, {Y3}).",
        "Sectional-title units in Cape Town sell for around R{rand} million (median, {Y3}).",
        "The median Sydney house price passed A${aud} ({Y3} data).",
    ],
    "count-figure": [
        "The market recorded 1.1 million sales (2023).",
        "Housebuilders completed {k},000 homes ({Y3} completions).",
        "The portal now carries {k},000 listings (March {Y3}).",
        "Around {pct}% of vendors chose an online agent ({Y3} survey of {n} homeowners).",
        "Mortgage approvals fell to {k},000 (December {Y3}).",
    ],
    "rate-figure": [
        "Two-year fixed rates peaked above six per cent (summer 2023).",
        "The base rate rose to 5.25% (August 2023).",
        "The average five-year fix was {rate}% ({Y3} average).",
        "The Reserve Bank's cash rate reached 4.35% (November 2023).",
        "The repo rate stood at 8.25% (from May 2023).",
    ],
    "fee-figure": [
        "Agents pay around £{fee} a month per branch ({Y3} average revenue per advertiser).",
        "Hybrid agents charge a fixed fee (from £{fee}, payable upfront).",
        "High-street agents typically charge a percentage (1–1.5% plus VAT).",
        "Irish agents usually charge less (1% plus VAT, {Y3}).",
    ],
    "year-completions": [
        "The developer met its target (2022 completions).",
        "{dev}'s forward order book is strong ({Y3} reservations).",
        "Sales rates per outlet recovered slowly (2023 weekly rate: 0.{q}).",
        "Reservations fell sharply (2023 half-year results).",
    ],
    "financial-year": [
        "Revenue per advertiser rose again (FY{Y3}).",
        "The portal's operating margin stayed above 70% (2023 results).",
        "{B} returned to profit (H1 {Y3}).",
        "The Australian group's listings revenue grew (FY24).",
    ],
    "slogan": [
        "The old estate agents' mantra, ‘Location, location, location’, still shapes listing copy.",
        "Property is sold to older buyers as ‘Safe as houses’ even when rates are rising.",
        "Zoopla's campaign line ‘Find your happy’ moved the brand towards emotion.",
        "{B}'s tagline, ‘Move with us’, appears on every board.",
        "Purplebricks' ‘Commission Free’ adverts (2016) were challenged by rivals.",
        "The line 'Where the UK moves' sums up Rightmove's positioning.",
    ],
    "saying": [
        "Agents repeat the saying that ‘you make your money when you buy’ to investors.",
        "As the trade puts it, ‘a house well bought is half sold’.",
        "Vendors are reminded that ‘the first offer is often the best offer’.",
        "South African agents say ‘koop in die winter’ (buy in winter) when advising buyers.",
    ],
    "ticker": [
        "The portal is listed on the London Stock Exchange (LSE: RMV).",
        "Foxtons' parent group is listed in London (LSE: FOXT).",
        "Its Australian rival is listed on the ASX (ASX: REA).",
        "The housebuilder joined the FTSE 100 (LSE: PSN) in 2012.",
    ],
    "company-number": [
        "The agency is registered in England and Wales (company no. {n}{k}{q}).",
        "{B} holds a licence from the Irish regulator (PSRA licence no. 00{k}{q}).",
        "The firm's practitioners are registered (FFC no. 2024{n}{q}).",
        "The broker is authorised by the regulator (FRN {k}{n}).",
    ],
    "abbreviation": [
        "The Royal Institution of Chartered Surveyors (RICS) publishes a monthly survey of agents.",
        "Energy Performance Certificates (EPCs) must be shown on every listing.",
        "The Property Practitioners Regulatory Authority (PPRA) replaced the EAAB.",
        "Stamp Duty Land Tax (SDLT) is paid by the buyer.",
        "A Mortgage in Principle (MIP) helps buyers show that they are serious.",
        "Cost per lead (CPL) and cost per instruction (CPI) are the key metrics.",
    ],
    "material-information": [
        "Listings must now show material information (Part A, May 2022; Parts B and C, November 2023).",
        "Agents now disclose more up front (flood risk, cladding and restrictive covenants).",
        "The council tax band (Band {q}) is now shown on every listing.",
    ],
    "epc-rating": [
        "Landlords may need to upgrade their homes (EPC band C, 2028).",
        "Most of the properties on the portfolio are rated poorly (EPC band E or below).",
        "Spanish listings must show an energy rating (certificado energético, 2013).",
    ],
    "property-spec": [
        "The flat is small but well laid out (2 bed, 1 bath, 58 sq m).",
        "Buyers pay a premium for outdoor space (garden: 30 ft, south-facing).",
        "The house comes with a long lease (999 years from 2005).",
        "The Lisbon apartment is typical of the market (T2, 85 m², {Y3} renovation).",
    ],
    "listing-status": [
        "Half of the street's homes are under offer (sold STC, {Y3}).",
        "The property was relisted after a fall-through (back on the market, {d} March).",
        "The development is almost sold out (phase {q}, {Y3}).",
    ],
    "postcode-area": [
        "The campaign targets commuters in the south-east (SE{q}, SE1{q} and BR{q}).",
        "Demand is strongest in Dublin's suburbs (D{q}, D1{q}).",
        "Sydney's eastern suburbs (postcode 20{q}{q}) remain the most expensive.",
    ],
    "review-rating": [
        "{B} has a strong online reputation (Trustpilot: 4.{q}, {k},000 reviews).",
        "Its Google rating is high (4.{q} stars, {n} reviews).",
        "The agency tops the local ranking (1st of {n} agents on allAgents).",
    ],
    "cross-reference": [
        "This is discussed further in Task 2 (b).", "The channel plan (see Appendix 2) shows weekly activity.",
        "The vendor persona (Appendix 1, Figure {q}) is based on five interviews.",
        "Refer to Table {q} (page {q}) for the full costs.", "See section 3.{q} (below) for the budget.",
    ],
    "sample": [
        "Most landlords surveyed preferred email updates (n = {n}).",
        "The questionnaire was sent to recent buyers (n={n}, {Y3}).",
        "Interviews were held with branch managers (n = {q}{q}).",
    ],
    "handle-or-address": [
        "{B} answers questions on Instagram (@movewithus_uk) within the hour.",
        "Buyers can register online (www.example-homes.co.uk) or call the branch.",
        "The hashtag (#MovingDay{Y3}) trended for a weekend.",
        "Landlords can email the team (lettings@example-homes.co.uk) for a free appraisal.",
    ],
    "opening-hours": [
        "Branches now open later (Mon–Fri 9am–7pm, Sat 9am–4pm).",
        "The show home is open at weekends (Sat–Sun, 10am–5pm).",
        "Valuation slots are released daily (8am, online only).",
    ],
    "season-period": [
        "Spring is the busiest time to list (March–May {Y3}).",
        "Instructions fall before Christmas (December {Y3}).",
        "The summer lull (July–August) is a good time for brand campaigns.",
    ],
    "quarter-year": [
        "Listings rose in the spring (Q2 {Y3}).",
        "Demand cooled in the autumn (Q{q}, {Y3}).",
        "Sales agreed fell year on year ({Y3} vs {Y2}).",
    ],
    "job-title": [
        "The campaign was led by the marketing director (Head of Brand, {Y3}).",
        "The branch manager (MNAEA) signs off every valuation.",
        "The firm's valuer is chartered (MRICS, since {Y}).",
    ],
    "qualification-level": [
        "Staff are trained to a recognised standard (Level 3 Award in Residential Sales).",
        "This report is written for the CIM qualification (Level 6 Diploma in Professional Marketing).",
        "Agents in South Africa must pass an exam (NQF Level 4).",
    ],
    "former-name": [
        "Strike (formerly Housesimple) offers selling for free.",
        "The group traded under another name (Rightmove Group, 2000–2004).",
        "Domain (previously part of Fairfax Media) was listed separately in 2017.",
        "Habito's mortgages were later branded as its own lender (Habito One, 2021).",
    ],
    "campaign-year": [
        "The portal's brand campaign (‘Find your happy’, 2019) was built around research into home and happiness.",
        "Rightmove's TV advert (Christmas {Y3}) featured a family moving home.",
        "The agency's billboard push (autumn {Y3}) ran across {city}.",
        "Its first national campaign (Move Your Way, {Y3}) targeted younger vendors.",
    ],
    "brand-rename": [
        "The Irish agency rebranded its offices ({Y3} rebrand) to look more modern.",
        "The lender's logo was redrawn (new identity, {Y3}).",
        "The developer retired a sub-brand ({dev} Living, {Y}) after poor sales.",
    ],
    "euro-price": [
        "Idealista shows asking prices per square metre (€{n}/m², {city}).",
        "Portuguese agents charge a commission (5% + IVA).",
        "The average Spanish mortgage was about €{eur} ({Y3}).",
    ],
    "rand-price": [
        "Entry-level homes in Gauteng start below R1 million ({Y3}).",
        "Transfer duty applies above a threshold (R1,1 million, {Y3}).",
        "Bond repayments rose sharply (prime rate: 11.75%, 2023).",
    ],
    "australian-term": [
        "Sydney clearance rates fell below 60% (Saturday auctions, {Y3}).",
        "Buyers' agents are more common in Australia (Real Estate Buyers Agents Association, est. {Y}).",
        "The spring selling season (September–November) drives most listings.",
    ],
    "irish-term": [
        "The Central Bank's lending rules cap borrowing (4 times income, since 2023).",
        "Buyers must qualify for the grant (Help to Buy, Ireland, 2016).",
        "The property register shows every sale price (Residential Property Price Register, since 2010).",
    ],
    "gazumping-term": [
        "Gazumping is still legal in England (unlike in Scotland).",
        "Sealed bids are used when demand is high (best and final offers, Friday noon).",
        "Scottish sales follow a different process (home report, 2008).",
    ],
    "date-deadline": [
        "The lender's offer expires after six months (deadline {d} June {Y3}).",
        "Completion was booked for the end of the month ({d} September).",
        "Exchange happened on a Friday ({d} July {Y3}).",
    ],
    "index-name": [
        "Prices rose again last month (Nationwide HPI, {q}.{q}%).",
        "Halifax's index shows a small monthly fall (−0.{q}% in {Y3}).",
        "CoreLogic's index recorded a new record high (Home Value Index, {Y3}).",
    ],
    "glossed-word": [
        "Portuguese buyers look for ‘T2’ flats (two-bedroom apartments).",
        "Spanish listings often say ‘a reformar’ (needs renovation).",
        "Afrikaans adverts promise a ‘lekker stoep’ (a pleasant veranda).",
        "Irish agents still talk of ‘gaffs’ (homes) in their social posts.",
    ],
}  # fmt: skip
