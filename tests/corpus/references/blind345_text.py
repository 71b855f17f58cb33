"""Prose for the "blind345" pool (HELD OUT): marketers at home-heating and energy firms, boiler and heat-pump makers,
installers, smart-thermostat and insulation brands and energy suppliers in the UK, Germany, the Netherlands,
Denmark, Japan and Canada, writing CIM Level 6 and 7 reports and MBA assignments in English.

Written without reading the checker, its tests or any other pool. ``{N}`` is a narrative citation, ``{P}`` a
parenthetical one (``{P:see}`` puts a word inside its bracket), ``{Q}`` a quotation, ``{C}`` a claim, ``{B}`` a
brand and ``{O}`` an opener; the other placeholders are fill values from ``values``. NOT_CITATIONS holds brackets,
years, names and quotation marks a tutor would never look for in the reference list: products and launches,
inventors, founders and famous faces, laws and schemes, campaigns and awards, mergers, firsts, crises, films,
prices, slogans and figures.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["British Gas", "Centrica", "Octopus Energy", "OVO", "E.ON", "EDF", "Worcester Bosch", "Vaillant", "Baxi",
          "Ideal Heating", "Viessmann", "Carrier", "Daikin", "Mitsubishi Electric", "Panasonic", "Danfoss", "Grundfos",
          "NIBE", "tado°", "Hive", "Google Nest", "Ecobee", "Kingspan", "Rockwool", "Eneco", "Vattenfall", "Ørsted",
          "Tokyo Gas", "Enbridge", "Hydro-Québec", "Aira"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use (and themed audiences, tactics and results), drawn after the others."""
    return {
        "T": rng.choice(["heat pump open days", "installer referral schemes", "smart tariff bundles", "paid search",
                         "YouTube explainer videos", "case-study content", "email nurture journeys", "price comparison sites",
                         "bill-saving calculators", "show homes", "trade counter promotions", "influencer home tours",
                         "finance offers", "extended warranties", "app-based energy insights"]),
        "A": rng.choice(["homeowners", "landlords", "older homeowners", "young families", "rural households off the gas grid",
                         "installers", "housing associations", "first-time buyers", "renters", "heating engineers",
                         "early adopters", "bill payers on prepayment meters"]),
        "R": rng.choice(["trust", "enquiries", "conversion", "installer loyalty", "customer satisfaction", "switching",
                         "app engagement", "quote requests", "retention", "net promoter scores"]),
        "M": rng.choice(["heat pump", "boiler", "smart thermostat", "loft insulation", "solar and battery", "hot water cylinder"]),
        "hp": rng.choice(["Vaillant aroTHERM plus", "Daikin Altherma 3", "Mitsubishi Ecodan", "NIBE F2040", "Viessmann Vitocal 150-A",
                          "Samsung EHS Mono", "Worcester Bosch Greenstar 8000", "Baxi Assure", "Ideal Logic Max", "Panasonic Aquarea"]),
        "sup": rng.choice(["British Gas", "Octopus", "OVO", "E.ON Next", "EDF", "Eneco", "Vattenfall", "Tokyo Gas", "Hydro-Québec"]),
        "ctry": rng.choice(["the UK", "Germany", "the Netherlands", "Denmark", "Japan", "Canada", "Quebec", "Scotland"]),
        "ch": rng.choice(["paid social", "Google Ads", "the app", "email", "TikTok", "YouTube", "installer word of mouth",
                          "comparison sites", "LinkedIn", "direct mail"]),
        "pc": str(rng.randint(4, 68)),
        "gr": rng.choice(["5,000", "6,000", "7,500", "10,000"]),
        "kw": str(rng.randint(4, 16)),
        "Y3": str(rng.randint(2016, 2025)),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although their sample was drawn from {ctry} alone.",
    "{N} concluded that {C}.", "{N} suggest that {C}, which is directly relevant to {B}.",
    "{N} showed that {C} among {A}.", "{N} identified that {C}; {B} has not yet acted on this.",
    "{N} make the point that {C}.", "{N} reported that {C} in a survey of {n} households.",
    "{N} warned that {C} unless installers are brought on board.", "{N} highlights that {C}.",
    "{N} observed that, since the price cap was introduced, {C}.", "{N} questioned whether {C}.",
    "{N} went further and argued that {C} and that {C2}.", "{N} note that {C} (for example, through {T}).",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} argue, {C}.", "{O}, {N} found that {C}.", "This is consistent with {N}, who found that {C}.",
    "{C}, as {N} point out.", "According to {N}, {C}.", "Research by {N} suggests that {C}.",
    "{B} is a good example: {N} showed that {C}.", "Data from {N} show that {C}.",
    "In their study of {A} in {ctry}, {N} found that {C}.", "{C} – a view shared by {N}.",
    "Evidence from {N} suggests that, for {A}, {C}.", "{C}; however, {N} found the opposite for {A}.",
    "When {B} launched its heat pump bundle it seemed to follow {N}: {C}.", "{C}, according to {N}.",
    "Applying the diffusion curve described by {N}, {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "{O}, {N} framework helps to explain why {C}.",
    "{N} report concluded that {C}.", "{B} could apply {N} segmentation, since {C}.",
    "{N} findings matter here because {C}.", "This reflects {N} argument that {C}.",
    "According to {N} survey, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For {A}, {C} {P}.", "This matters because {C} {P}.",
    "{B} is no exception, since {C} {P}.", "It is often argued that {C} {P:see}.",
    "Several studies report that {C} {P:e.g.}.", "{C}, especially off the gas grid {P}.", "In short, {C} {P}.",
    "{C}, which is why {B} invests in {T} {P}.", "The evidence from {ctry} points the same way: {C} {P}.",
    "{C} {P:see also}.", "Put simply, {C} {P}.", "Heat pumps are now cheaper to run than oil boilers in most homes {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{C} {P:see}, whereas {C2}.",
    "Because {C} {P}, {B} should make sure that {C2}.", "Some sources {P:e.g.} argue that {C}.",
    "{O}, {C} {P}, so {C2}.", "Studies {P} agree that {C}.",
]  # fmt: skip
CLAIMS = [
    "{A} trust installers more than energy suppliers", "upfront cost remains the main barrier to heat pump adoption",
    "{T} raised {R} among {A}", "grants only work when homeowners believe the savings are real",
    "{A} see smart thermostats as a way to control bills rather than to cut carbon",
    "the boiler ban has been poorly understood by {A}", "{B}'s reliance on {T} leaves it exposed if the grant changes",
    "installer shortages slow adoption more than consumer demand does", "green claims that cannot be backed up damage {R}",
    "{A} respond better to comfort messages than to carbon messages", "price-cap changes make switching less attractive",
    "peer recommendations drive most heat pump enquiries", "{T} works best when it is tied to a named installer",
    "time-of-use tariffs appeal mainly to early adopters", "myths about noise and cold radiators still hold back sales",
    "around {q} in 10 {A} would consider a {M} if it paid back within ten years",
    "firms like {B} need to {bs} to keep {A}", "spending on {T} has grown every year since {Y}",
    "digital channels such as {ch} now generate most quote requests", "trust in energy suppliers fell after the crisis",
    "bundling the {M} with a smart tariff improves {R}", "{A} in {ctry} are more sceptical of heat pumps than policy assumes",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "However", "For example", "In the UK", "For {B}'s marketing team", "In {ctry}",
    "Since the energy crisis", "In the context of {B}", "From the homeowner's point of view", "Nevertheless",
    "As a result", "Looking at {B}'s competitors", "Overall", "In terms of digital channels", "Interestingly",
    "For installers",
]  # fmt: skip
PLAIN = [
    "{B} sells its {M} through installers, its website and a small number of merchants.",
    "This report analyses {B}'s marketing of low-carbon heating and makes recommendations.",
    "The table below summarises the main KPIs for each channel.", "{O}, {C}.",
    "{B}'s Instagram account has {n}k followers, but engagement is low.",
    "A PESTLE and SWOT analysis of {B} is included in the appendix.",
    "The recommendations are costed and phased over eighteen months.",
    "{B} offers a {M} with finance over ten years and a seven-year warranty.",
    "The main competitors are {B} and two regional installers.",
    "Section 3 builds on this by proposing an installer-led content plan.",
    "The {hp} is {B}'s best-selling model in {ctry}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one study puts it, {Q} {P}.", "Put another way, {Q} {P}.", "{O}, {Q} {P}.",
    "The point is summed up well: {Q} {P}.", "{Q} {P}, and {B} has yet to act on this.",
    "As {N} put it, {Q}.", "{N} argue that {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["‘heat pump ready’", "‘future-proof’", "‘green gas’", "‘net zero ready’", "‘smart’ heating",
                "‘fabric first’", "‘low flow temperature’", "“comfort as a service”", "'boiler ban'"]  # fmt: skip
SCARE_FRAMES = [
    "Makers now market boilers as {Q} {P}.", "{B} calls its approach {Q} {P}.",
    "Installers describe this as {Q} {P}.", "The idea of {Q} homes is now widespread {P}.",
    "{N} are sceptical of {Q} claims.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your heat pump quote is ready’", "‘Bills going up? Here's how to beat the cap’",
                 "“Get £{gr} off a heat pump this winter”", "‘Is your boiler ready for winter?’",
                 "'Your smart meter reading is due'", "“Warm home, lower bills: book your free survey”"]  # fmt: skip
SUBJECT_FRAMES = [
    "The subject line {Q} had the best open rate of the campaign {P}.", "{B} sent {Q} to customers on variable tariffs {P}.",
    "An email headed {Q} doubled survey bookings {P}.", "Subject lines such as {Q} create urgency {P}.",
]  # fmt: skip

# Text that looks like a citation and is not one: brackets with years, names with years and quoted words.
NOT_CITATIONS = {
    "product-launch-year": [
        "The boiler that made the brand a household name was the first condensing model (Worcester Greenstar, 1996).",
        "Hive's first product was a thermostat controlled from a phone (Hive Active Heating, 2013).",
        "The thermostat that started the category learned a household's routine (Nest Learning Thermostat, 2011).",
        "{B} still points to its first air-to-water unit (Daikin Altherma, 2006) as the start of its heat pump range.",
        "Few homes had a boiler that heated water on demand before it caught on (combi boiler, 1970).",
    ],
    "product-model-year": [
        "The {hp} ({Y3} model) is the unit most installers in the survey recommended.",
        "{B} relaunched its flagship unit as the {hp} in {Y3}, with a quieter fan.",
        "Tado's smart radiator valves (V3+ starter kit, 2019) were sold as an add-on.",
    ],
    "inventor-year": [
        "The heat pump itself is far older than most homeowners think: Peter Ritter von Rittinger (1856) built one to dry salt.",
        "The principle was set out by a Scottish physicist long before it was used in homes (Lord Kelvin, 1852).",
        "The first domestic ground-source system is credited to an American inventor (Robert C. Webber, 1940s).",
    ],
    "founder-year": [
        "The company still trades on its founder's name (Robert Bosch, 1886).",
        "Vaillant's brand heritage goes back to a plumber in Remscheid (Johann Vaillant, 1874).",
        "Octopus was set up by a former consultant (Greg Jackson, 2015) with backing from an investment firm.",
        "Viessmann remains family-run more than a century after it was founded (Johann Viessmann, 1917).",
        "Danfoss began in a farmhouse in Nordborg (Mads Clausen, 1933).",
    ],
    "famous-face-year": [
        "The designer behind the iPod went on to reinvent the thermostat (Tony Fadell, 2010).",
        "The energy market has changed a great deal since the privatisation advert's famous line (Tell Sid, 1986).",
        "A celebrity endorsement from a TV presenter (Kirstie Allsopp, 2022) raised the campaign's profile.",
    ],
    "scheme-year": [
        "Take-up improved after the grant was raised to £{gr} (Boiler Upgrade Scheme, 2022).",
        "The previous flagship scheme was widely seen as a failure (Green Deal, 2013).",
        "{B} also supplies homes under the insulation obligation (ECO4, 2022).",
        "Low-income customers get a rebate on their bill each winter (Warm Home Discount, 2011).",
        "Canadian homeowners could claim up to $5,000 (Canada Greener Homes Grant, 2021).",
    ],
    "law-year": [
        "In Germany the debate was fierce (Gebäudeenergiegesetz, 2024), and sales of heat pumps fell.",
        "The UK's legal target is net zero by 2050 (net zero law, 2019).",
        "New homes in England will not be fitted with gas boilers (Future Homes Standard, 2025).",
        "Danish towns were told to plan district heating decades ago (Heat Supply Act, 1979).",
    ],
    "price-cap-year": [
        "Suppliers' prices have been limited by Ofgem since the cap was introduced (energy price cap, 2019).",
        "The government's support held typical bills at £2,500 (Energy Price Guarantee, 2022).",
        "The cap rose to £{n} for a typical household ({q} October {Y3}), as the table shows.",
    ],
    "campaign-year": [
        "Citizens Advice runs an annual push on energy tips (Big Energy Saving Week, 2011).",
        "The trade body's open-door event showed heat pumps in real homes (Heat Pump Week, 2023).",
        "The government's own campaign was little remembered by respondents (Boiler Upgrade Scheme adverts, 2023).",
        "{B}'s winter campaign (Warm Homes, {Y3}) ran on TV, radio and {ch}.",
    ],
    "award-year": [
        "Its best-selling unit was named a Which? Best Buy (Which? Best Buy, 2022).",
        "{B} won a national export award for its controls (Queen's Award, 2018).",
        "The installer network was shortlisted for an industry prize (Installer Awards, {Y3}).",
        "The boiler has held its top rating every year since it won it (Which? Best Buy, since {Y3}).",
    ],
    "merger-year": [
        "The deal created a US-German heating giant (Carrier and Viessmann, 2024).",
        "Octopus took over the failed supplier's 1.5 million customers (Octopus and Bulb, 2022).",
        "The brand structure dates from the demerger of the gas business (Centrica and British Gas, 1997).",
        "Daikin bought the US filter maker to widen its range (Daikin and AAF, 2016).",
        "The German group took over npower's customers (the innogy deal, 2019).",
    ],
    "first-opening-year": [
        "Europe's first heat pump heated a public building (first heat pump in Zurich, 1938).",
        "The switch from town gas to natural gas changed British homes for good (North Sea gas, 1967).",
        "Octopus's first tracker tariff tested dynamic pricing (first Octopus tariff, 2016).",
        "{B}'s first training academy for installers opened in {Y3} in Birmingham.",
    ],
    "crisis-event-year": [
        "Bills doubled in a matter of months (energy crisis, 2022).",
        "Many boilers failed in the cold snap (Beast from the East, 2018).",
        "The collapse of the seventh-largest supplier cost bill payers billions (Bulb collapse, 2021).",
        "Gas prices spiked after the pipeline was damaged (Nord Stream, 2022).",
        "Japan's households were asked to save power after the earthquake (Fukushima, 2011).",
    ],
    "film-series-year": [
        "Climate disaster films shaped a generation's fears (The Day After Tomorrow, 2004).",
        "The advert borrowed its wintry look from a Disney hit (Frozen, 2013).",
        "Self-builders fitting heat pumps are a staple of the programme (Grand Designs, 1999).",
        "The drama's cosy Danish interiors sparked a trend (Borgen, 2010).",
    ],
    "price-with-year": [
        "Households can claim £{gr} a grant (2024) towards an air source heat pump.",
        "A typical install still costs about £{kw},000 after the grant ({Y3} prices).",
        "The unit rate was {pc}p per kWh (April {Y3}), well above the European average.",
    ],
    "target-number-year": [
        "The government's target is 600,000 heat pumps a year (2028).",
        "Germany aimed for 500,000 new heat pumps a year (from 2024).",
        "The Netherlands wants hybrid heat pumps in most homes (2026 onwards).",
    ],
    "slogan": [
        "Its long-running slogan, “Look after your world”, sits awkwardly with gas boiler sales.",
        "Many installers still tell customers that 'Heat pumps don't work in old houses'.",
        "{B}'s tagline “Heat pumps, sorted” appears on every van.",
        "The advert's line “Fancy a cuppa?” made the smart kettle campaign memorable.",
        "The brand promise ‘Warmth you can trust’ is repeated on every page of the site.",
    ],
    "saying": [
        "Older customers often repeat the old line, “If it ain't broke, don't fix it”, about their boilers.",
        "Danish marketers lean on ‘hygge’ to sell warm, comfortable homes.",
        "The German word ‘Heizungshammer’ was coined by the tabloid press for the heating law.",
        "Engineers say ‘low and slow’ when they explain how a heat pump runs.",
    ],
    "installs-figure": [
        "Installations rose by a third (2022 installs) and again the following year.",
        "MCS data show a record month ({n}0 installs, {Y3}).",
        "{B} fitted more units than ever ({Y3} installs: {n}0).",
    ],
    "financial-year": [
        "Revenue from services grew strongly (FY{Y3}: £{n}m).",
        "{B}'s heating arm returned to profit (H1 {Y3}).",
        "Profit margins were thin (2023/24 results) because of hedging costs.",
    ],
    "quarter-year": [
        "Enquiries peaked in the autumn (Q{q} {Y3}).",
        "Heat pump sales fell in Germany (Q1 2024) after the law was changed.",
    ],
    "figure-table-ref": [
        "Running costs are compared in the appendix (Table {q}, {Y3} prices).",
        "The customer journey is mapped below (Figure {q}).",
        "The full survey is in the appendix (Appendix {q}, n = {n}).",
    ],
    "sample-size": [
        "Most installers agreed that demand had grown (n = {n}).",
        "Homeowners in the focus groups were mostly over 55 (n = {q}{q}, {Y3}).",
    ],
    "efficiency-rating": [
        "The unit has a seasonal efficiency far above a boiler's (SCOP 4.{q}).",
        "Only the best boilers reach the top rating (ErP A, 2015 label).",
        "The house was rated poorly for energy use (EPC band D, {Y3}).",
    ],
    "standard-year": [
        "All installers must follow the design standard (MCS 031, 2023).",
        "Every gas engineer must be on the register (Gas Safe, since 2009).",
        "Controls must meet the building regulations (Part L, 2021).",
        "Boilers are tested to the European standard (EN 15502, {Y3} edition).",
    ],
    "power-rating": [
        "A {kw}kW unit suits most three-bedroom homes (flow temperature 45°C).",
        "{B}'s smallest model (5kW, {Y3}) is aimed at flats.",
    ],
    "temperature-date": [
        "The trial homes stayed warm even in the coldest week (−{q}°C, January {Y3}).",
        "Demand peaked on the coldest evening of the winter ({d} January {Y3}).",
    ],
    "tariff-name-year": [
        "Heat pump owners could choose a cheaper overnight rate (Cosy Octopus, 2023).",
        "{sup}'s heat pump tariff (launched {Y3}) gives six cheap hours a day.",
        "The older time-of-use idea was popular in Scotland (Economy 7, 1978).",
    ],
    "ticker": [
        "Its shares fell after the results (LSE: CNA) and recovered within a week.",
        "Investors have backed the company (Nasdaq Copenhagen: ORSTED) and its peers (TSE: 6367).",
        "The group trades in Frankfurt (XETRA: EOAN) and reports in euros.",
    ],
    "former-name": [
        "The firm has changed its name more than once (formerly Scottish Power Energy Retail).",
        "Vaillant's UK arm once sold boilers under another name (Glow-worm, 1934).",
        "The brand was known by its old name in Denmark (formerly DONG Energy, until 2017).",
    ],
    "glossed-word": [
        "The German heat pump subsidy (Bundesförderung für effiziente Gebäude, BEG) covers up to 70% of costs.",
        "Dutch homes are moving off gas (aardgasvrij, 'natural-gas free') street by street.",
        "Japanese makers sell the heat pump water heater as EcoCute (エコキュート).",
        "Danish district heating (fjernvarme) serves most homes in Copenhagen.",
    ],
    "abbreviation-gloss": [
        "Most of the grant is paid through the installer (BUS, the Boiler Upgrade Scheme).",
        "The supplier's obligation (ECO, the Energy Company Obligation) funds insulation for poorer homes.",
        "Sales are counted by the installers' trade body (MCS, the certification scheme) rather than by makers.",
    ],
    "app-version": [
        "{B}'s app added a heating schedule in a later release (version {q}.{d}, {Y3}).",
        "The Hive app's energy view arrived later (Hive 3.0, 2019).",
    ],
    "warranty-term": [
        "{B} offers a long guarantee on its boilers (up to 12 years, {Y3} offer).",
        "The heat pump is covered for parts and labour (7 years, registered installers only).",
    ],
    "store-opening-year": [
        "Its first heat pump showroom opened on the high street ({Y3}, Leeds).",
        "{B} opened a training centre for installers (Warwick, {Y3}).",
    ],
    "employee-count": [
        "The installer arm has grown quickly ({n}0 engineers, {Y3}).",
        "{B} is a large employer in its home town (about {n}0 staff).",
    ],
    "customer-count": [
        "Octopus now supplies more homes than any rival (7.7 million customers, 2024).",
        "{B}'s app has a large base (over {n},000 users, {Y3}).",
    ],
    "rank-position": [
        "The brand came top in the satisfaction table (1st of {q}0 suppliers, {Y3}).",
        "{B} ranked third in the Trustpilot league ({Y3} rankings).",
    ],
    "trustpilot-rating": [
        "Its reviews are strong (Trustpilot 4.{q}, {n}0 reviews).",
        "The installer network is rated highly by customers (4.{q} stars, Google reviews).",
    ],
    "event-trade-show": [
        "Most launches happen at the Frankfurt fair (ISH, 2023).",
        "The new range was shown to installers at the trade show (InstallerSHOW, {Y3}).",
        "The Danish group showed its controls in Tokyo (HVAC&R Japan, 2024).",
    ],
    "season-weather-year": [
        "Boiler breakdowns rise sharply in a cold spell (winter {Y3}).",
        "The heatwave shifted the debate to cooling (summer 2022).",
    ],
    "job-title-name": [
        "The chief executive (Chris O'Shea, Centrica) told investors the firm would keep selling boilers.",
        "A product manager at {B} (head of heat pumps, since {Y3}) explained the pricing.",
    ],
    "hashtag-handle": [
        "The campaign ran under a hashtag (#HeatPumpReady, {Y3}) on Instagram and TikTok.",
        "Installers share photos of their jobs and tag a training community (@heatgeek, 2022).",
    ],
    "percentage-year": [
        "Only a small share of homes use a heat pump ({pc}% in {Y3}).",
        "Gas still heats most British homes (about 85%, 2023).",
    ],
    "cross-reference": [
        "This is discussed further below (see Section {q}.2).",
        "The costs are set out earlier (see Table {q} above).",
    ],
    "grant-amount-country": [
        "In Quebec, homeowners can add a provincial rebate (LogisVert, 2023).",
        "Dutch homeowners get a subsidy for hybrid heat pumps (ISDE, 2016).",
        "Denmark pays households to leave gas (Fjernvarmepuljen, 2022).",
    ],
    "quoted-review": [
        "One customer review read, “Engineer was brilliant, house is toasty”, and was used in the campaign.",
        "A typical complaint on forums was 'the radiators never get hot'.",
    ],
    "old-ad-year": [
        "Older viewers still remember the animated flame in the gas adverts (the ‘Flame’ ads, 1990s).",
        "The brand's first TV advert featured a cat by the fire (Baxi Bermuda advert, 1985).",
    ],
    "house-age": [
        "The trial homes were typical of the stock (built before 1919).",
        "Most homes in the sample were semi-detached (1930s, cavity wall).",
    ],
    "meeting-conference-year": [
        "Countries agreed to move away from fossil fuels (COP28, 2023).",
        "The Paris goals still frame the debate (COP21, 2015).",
    ],
}  # fmt: skip
