"""The prose of the blind374 pool's reports: energy and home utilities (HELD OUT).

Written without reading the checker, its tests or any other pool, as marketers at energy suppliers, solar-panel and
heat-pump installers, EV-charging networks, water companies, broadband providers and smart-home device brands in the
UK, Germany, South Africa, India, Chile and Canada write CIM Level 6 and 7 reports and MBA assignments in English:
citations at the start, middle and end of sentences, after "as", "following", "according to", "echoing" and
"building on", in lists of works, and the brackets, years and figures of this trade that are no citations (tariffs and
price caps, plant and hub openings, capacities and kWh, models of heat pumps, meters and devices, takeovers and supplier
failures, founders and chief executives, founding years, campaigns, prices and percentages, acts and schemes named in
passing, load-shedding stages, tickers, financial years, grants, ratings and awards). Beside the common fill values
the frames use their own (see ``values``).
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Octopus Energy", "British Gas", "E.ON Next", "EDF", "OVO", "ScottishPower", "Good Energy", "Thames Water",
          "Severn Trent", "Anglian Water", "Hive", "BT", "Hyperoptic", "Pod Point", "Gridserve", "Aira", "RWE",
          "LichtBlick", "Tibber", "Enpal", "1KOMMA5°", "tado°", "Viessmann", "Vaillant", "Eskom", "City Power",
          "Rand Water", "Vumatel", "Telkom", "SolarAfrica", "Tata Power", "Adani Electricity", "BSES Rajdhani",
          "Ather Energy", "Jio", "Airtel", "Havells", "Enel Chile", "CGE", "Aguas Andinas", "Copec Voltex", "Entel",
          "Hydro-Québec", "BC Hydro", "Toronto Hydro", "Enbridge Gas", "ecobee", "FLO", "Rogers", "Telus"]  # fmt: skip

_SUPPLIERS = ["Octopus Energy", "British Gas", "E.ON", "EDF", "OVO", "ScottishPower", "Good Energy", "RWE", "EnBW",
              "LichtBlick", "Eskom", "Tata Power", "Adani Electricity", "Enel Chile", "Hydro-Québec", "BC Hydro",
              "Centrica", "SSE", "Thames Water", "Severn Trent"]  # fmt: skip
_NETWORKS = ["Gridserve", "Ionity", "Pod Point", "InstaVolt", "BP Pulse", "Tata Power EZ Charge", "Statiq", "FLO",
             "Electrify Canada", "Copec Voltex", "EnBW", "GridCars", "ChargeZone"]  # fmt: skip
_WATER = ["Thames Water", "Severn Trent", "Anglian Water", "Yorkshire Water", "Southern Water", "Rand Water",
          "Aguas Andinas", "Berliner Wasserbetriebe"]  # fmt: skip
_ISPS = ["BT", "Virgin Media O2", "Hyperoptic", "Community Fibre", "Vumatel", "Openserve", "Jio", "Airtel",
         "Deutsche Telekom", "Entel", "Movistar", "Rogers", "Telus", "Bell"]  # fmt: skip
_HEAT_PUMPS = ["Vaillant aroTHERM plus", "Mitsubishi Ecodan", "Daikin Altherma 3", "Samsung EHS Mono",
               "Viessmann Vitocal 250-A", "Octopus Cosy 6", "Aira heat pump", "Panasonic Aquarea"]  # fmt: skip
_DEVICES = ["Hive Active Heating 2", "Nest Learning Thermostat", "tado° Smart Thermostat X", "ecobee Premium",
            "Ring Video Doorbell 4", "Amazon Echo Show 8", "Chameleon IHD", "Zappi charger", "Ohme ePod",
            "myenergi eddi", "Wiser Home thermostat"]  # fmt: skip
_PLANTS = ["Medupi power station", "Kusile power station", "Cerro Dominador solar plant", "Bhadla solar park",
           "Kathu solar park", "Site C dam", "Pembroke power station", "Keadby 2 power station"]  # fmt: skip
_WIND = ["Hornsea 2 wind farm", "Dogger Bank wind farm", "Seagreen wind farm", "Nordsee One wind farm",
         "Jeffreys Bay wind farm", "Muppandal wind farm", "Parque Eólico Aurora", "Rivière-du-Moulin wind farm"]  # fmt: skip
_CITIES = ["Leeds", "Bristol", "Glasgow", "Leipzig", "Munich", "Johannesburg", "Cape Town", "Durban", "Pune",
           "Bengaluru", "Santiago", "Valparaíso", "Calgary", "Montréal", "Toronto"]  # fmt: skip
_TARIFFS = ["Fixed Saver", "Octopus 12M Fixed", "1 Year Fixed", "Green Fixed", "Ökostrom Fix", "Simpler Energy",
            "Flex Plus", "Tracker", "Next Drive", "Intelligent Octopus Go", "EV Drive", "Sunshine Saver"]  # fmt: skip
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]  # fmt: skip
_AUDIENCES = ["households on prepayment meters", "renters", "homeowners with solar panels", "older customers",
              "low-income households", "EV drivers", "first-time buyers", "small businesses", "students in shared houses",
              "customers in rural areas", "township households", "young professionals"]  # fmt: skip
_TOPICS = ["a smart meter", "a green tariff", "a heat pump", "rooftop solar", "a home battery", "time-of-use pricing",
           "an energy app", "a smart thermostat", "full fibre", "a social tariff", "home EV charging",
           "a prepaid electricity meter"]  # fmt: skip
_RESULTS = ["switching intention", "trust", "customer satisfaction", "loyalty", "complaints", "word of mouth",
            "willingness to pay", "retention", "net promoter scores", "perceived fairness"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values this pool's frames use, beside the common ones."""
    year = rng.randint(2019, 2025)
    month = rng.randrange(11)
    return {
        "Y3": str(year), "Y4": str(year + 1), "Y0": str(year - rng.randint(1, 4)), "yy": str(year)[2:], "wy": f"{year}/{str(year + 1)[2:]}",
        "fy": rng.choice([f"FY{year}/{str(year + 1)[2:]}", f"FY{str(year)[2:]}", f"{year}-{str(year + 1)[2:]}"]),
        "mo": _MONTHS[month], "mo2": _MONTHS[month + 1], "sup": rng.choice(_SUPPLIERS), "net": rng.choice(_NETWORKS),
        "wat": rng.choice(_WATER), "isp": rng.choice(_ISPS), "hp": rng.choice(_HEAT_PUMPS), "dev": rng.choice(_DEVICES),
        "plant": rng.choice(_PLANTS), "wind": rng.choice(_WIND), "city": rng.choice(_CITIES),
        "tariff": rng.choice(_TARIFFS), "cap": f"{rng.randint(1, 3)},{rng.randint(100, 999)}",
        "gw": f"{rng.randint(1, 19)}.{rng.randint(1, 9)}", "kw": str(rng.choice([5, 6, 7, 8, 9, 11, 12])),
        "kwh": f"{rng.randint(2, 4)},{rng.randint(100, 999)}", "kwh2": f"{rng.randint(2, 4)},{rng.randint(100, 999)}",
        "pct": str(rng.randint(3, 78)), "r": f"{rng.randint(1, 4)}.{rng.randint(10, 99)}", "n2": str(rng.randint(20, 900)),
        "n3": str(rng.randint(40, 150)), "cust": f"{rng.randint(1, 9)}.{rng.randint(1, 9)}", "stage": str(rng.randint(2, 6)),
        "tick": rng.choice(["LSE: CNA", "LSE: SSE", "ETR: EOAN", "ETR: RWE", "NSE: TATAPOWER", "JSE: TKG", "TSX: H", "TSX: FTS"]),
        "handle": rng.choice(["OctopusEnergy", "BritishGasHelp", "Eskom_SA", "TataPower_DDL", "HydroQuebec", "ThamesWater", "BTCare"]),
        "tag": rng.choice(["BigSwitch", "LoadShedding", "SwitchToGreen", "HeatPumpWeek", "SaveWater", "FibreFirst"]),
        "aud": rng.choice(_AUDIENCES), "top": rng.choice(_TOPICS), "res": rng.choice(_RESULTS),
        "reg": rng.choice(["Ofgem", "Ofwat", "Ofcom", "the Bundesnetzagentur", "NERSA", "the CERC", "the SEC", "the OEB", "the CRTC"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although their sample was drawn from one region.",
    "{N} concluded that {C}; this is directly relevant to {B}.", "{N} showed that {C}, particularly among {aud}.",
    "{N} suggests that {C}.", "{N} reported that {C} in the {yy} wave of the survey.", "{N} warns that {C}.",
    "{N} identified three barriers to adopting {top} (cost, disruption and distrust) and showed that {C}.",
    "{N} observed that {C}, which explains much of {B}'s churn.", "{N} states that {C}.",
    "{N} later confirmed that {C}.", "{N} describe how {C}.", "{N} highlight that {C}, especially for {aud}.",
    "{N} note that {C}, a point {reg} has also made.", "{N} go further and claim that {C} and that {C2}.",
    "{N} measured {res} across {n} households and found that {C}.", "{N} questioned whether {C}.",
    "{N} make a similar point: {C}.", "{N} applied the theory to {top} and found that {C}.",
    "{N} leave little doubt that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} argue, {C}.", "As {N} found, {C}.", "Following {N}, this report assumes that {C}.",
    "According to {N}, {C}.", "Echoing {N}, {C}.", "Building on {N}, it can be argued that {C}.",
    "{O}, {N} found that {C}.", "This is consistent with {N}, who found that {C}.", "{C}, as {N} point out.",
    "{C}, according to {N}.", "{C} – a view shared by {N}.", "{C}; {N} reached the same conclusion for {aud}.",
    "Research by {N} suggests that {C}.", "Data published by {N} show that {C}.",
    "For {B}, the lesson from {N} is that {C}.", "{B} seems to have followed {N}, since {C}.",
    "A survey by {N} found that {C}.", "In a study of {aud}, {N} showed that {C}.",
    "{C}, which supports the findings of {N}.", "Unlike earlier work, {N} found that {C}.",
    "Evidence from {N} suggests that, for {aud}, {C}.", "{C}, a finding {N} link to {res}.",
    "It could be argued, following {N}, that {C}.", "Applying the model of {N} to {B}, {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Using {N} framework, it is clear that {C}.", "{O}, {N} report concluded that {C}.",
    "{N} findings matter for {B} because {C}.", "This reflects {N} argument that {C}.",
    "{B} could apply {N} model, since {C}.", "According to {N} survey, {C}.", "{N} analysis suggests that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For {aud}, {C} {P}.", "This matters because {C} {P}.",
    "{B} is no exception, since {C} {P}.", "{C}, especially after the energy crisis {P}.", "It is often said that {C} {P:see}.",
    "Several studies report that {C} {P:e.g.}.", "{C} {P:see, for example,}.", "{C} {P:see also}.", "In short, {C} {P}.",
    "A key point for {B} is that {C} {P}.", "{C}. {P}", "Three factors drive switching: price, service and trust {P}.",
    "{C}, which is why {B} invests in {top} {P}.", "Recent figures confirm this – {C} {P}.",
    "{C}, as studies from several countries show {P:for example,}.", "Put simply, {C} {P}.",
    "{B}’s results suggest that {C} {P}.", "The same pattern appears in {city} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{B} has found that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "Some sources {P:e.g.} argue that {C}.", "Studies {P} agree that {C}.", "{O}, {C} {P}, so {C2}.",
    "{C} {P}: this means that {C2}.",
]  # fmt: skip
CLAIMS = [
    "{aud} are more likely to switch after a billing error than after a price rise",
    "trust in energy suppliers fell sharply during the energy crisis",
    "{aud} see {top} as a way to cut bills rather than emissions",
    "perceived price fairness predicts {res} better than the price itself",
    "green tariffs only win customers when the claim can be checked",
    "{B}'s reliance on price promotions leaves it exposed when wholesale costs rise",
    "smart meter adoption depends on trust in the supplier that installs it",
    "standing charges are seen as unfair by {aud}",
    "most households never switch unless something goes wrong",
    "inertia, not loyalty, keeps many customers with their supplier",
    "{aud} respond better to neighbours' recommendations than to advertising",
    "heat pump installers compete on reassurance as much as on price",
    "load-shedding has turned rooftop solar into a mainstream purchase",
    "customers judge a water company mainly by how it handles leaks and sewage",
    "broadband providers lose more customers at contract renewal than at any other point",
    "{top} raises {res} when the app shows savings in money rather than kWh",
    "service recovery after an outage can raise {res}",
    "green claims by utilities are often met with scepticism",
    "time-of-use tariffs reward households that can shift their demand",
    "ombudsman rulings shape how suppliers write their complaint processes",
    "vulnerable customers need more than one channel of contact",
    "early adopters of {top} are mostly older homeowners with savings",
    "EV drivers choose a charging network on reliability first and price second",
    "a clear brand purpose helps firms like {B} justify a premium",
    "regulators' league tables influence which supplier {aud} choose",
    "price comparison sites make switching easier but reward the cheapest headline price",
    "{aud} often do not understand how their bill is calculated",
    "smart home devices are bought for comfort and only later used to save energy",
    "community energy schemes build trust where national brands cannot",
    "bundling broadband with energy reduces churn",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "However", "For {B}", "In the UK", "In Germany", "In South Africa", "In India",
    "In Chile", "In Canada", "Since the energy crisis", "From a customer perspective", "In the case of {B}",
    "Nevertheless", "As a result", "In regulated markets", "Looking at {B}'s competitors", "Overall",
    "Turning to the water sector", "For broadband providers", "Within the smart-home market", "Interestingly",
]  # fmt: skip
PLAIN = [
    "This report analyses {B}'s position in the home energy market and makes recommendations.",
    "{B} sells through its own website, its app and price comparison sites.",
    "The table below compares {B} with its three main competitors on price, service and green credentials.",
    "A PESTLE analysis is included in the appendix.", "{O}, {C}.",
    "{B} offers installation, finance and an app that shows live usage.",
    "Customers can contact the company by phone, email, live chat and WhatsApp.",
    "The recommendations are costed and phased over eighteen months.",
    "Task 2 builds on this analysis by proposing a campaign for the next heating season.",
    "The main competitors are {sup} and two smaller regional firms.",
    "Interviews were held with four members of the marketing team.",
    "{B} has a large customer base but a weak reputation for service.",
    "The segmentation below uses life stage, home ownership and attitude to the environment.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one services-marketing text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{N} put it bluntly: {Q}.", "The regulator's view is that {Q} {P}.", "One study concluded that {Q} {P}.",
    "{B} appears to accept that {Q} {P}.", "In the words of {N}, {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["‘loyalty penalty’", "‘greenwashing’", "‘heat or eat’", "‘zombie suppliers’", "‘fuel poverty’",
                "‘smart’", "“100% renewable”", "‘set and forget’", "'range anxiety'", "‘bill shock’", "“free” solar",
                "‘prosumers’", "'energy justice'", "‘sludge’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} has been accused of {Q} {P}.", "Many customers still feel the {Q} {P}.", "So-called {Q} remains a concern {P}.",
    "The term {Q} is used loosely in the sector {P}.", "Critics describe this as {Q}, and {B} is not immune {P}.",
    "Campaigners call this {Q} {P}.", "{N} warned against {Q} in the sector.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your new tariff is ready’", "‘Your bill is going down from 1 April’", "“Your smart meter appointment”",
                 "‘Save up to £{n} a year with a heat pump’", "‘Switch in 5 minutes – no paperwork’",
                 "‘Your fixed deal ends soon’", "“Power cut in your area: what to do”", "‘Get paid to use less’",
                 "'Your water bill explained'", "‘Fibre is now live on your street’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} can lift open rates {P}.", "{B} used {Q} in its renewal emails {P}.",
    "Messages like {Q} work because they are specific {P}.", "The email {Q} was opened by more {aud} than any other {P}.",
    "Testing {Q} against a plainer version showed a clear winner {P}.", "{B}'s SMS {Q} cut calls to the contact centre {P}.",
]  # fmt: skip

# Text with brackets, years and figures that is no citation and must raise no problem.
NOT_CITATIONS = {
    "tariff-year": [
        "{B} moved customers whose deals ended on to its {tariff} {Y3} tariff.",
        "The most popular deal was a one-year fix ({tariff} {Y3} v{q}).",
        "Switchers were offered the {tariff} tariff ({mo} {Y3} edition).",
    ],
    "price-cap": [
        "Bills followed the price cap (Q{q} {Y3}: £{cap} a year for a typical dual-fuel home).",
        "Standing charges rose again under the new cap ({mo}–{mo2} {Y3}).",
        "{B} priced its default tariff at the cap (price cap Q{q} {Y3}).",
    ],
    "plant-opening": [
        "Power from the {plant} (first unit online {Y3}) helped to ease shortages.",
        "The {plant} (commissioned in {Y}) is due to be upgraded.",
        "{sup} points to the {plant} (opened {mo} {Y3}) in its advertising.",
    ],
    "wind-farm": [
        "The {wind} ({gw} GW, fully operational {Y3}) underpins {B}'s green tariff.",
        "{sup} buys power from the {wind} (commissioned {Y}).",
    ],
    "charging-hub": [
        "{net} opened its flagship hub in {city} (36 bays, {mo} {Y3}).",
        "The first ultra-rapid site in {city} (opened {Y3}) was run by {net}.",
        "{net} added {n} rapid chargers along the motorway ({Y3} rollout).",
    ],
    "capacity-year": [
        "Installed rooftop solar reached {gw} GW (end of {Y3}).",
        "Heat pump sales hit a record ({n},000 units in {Y3}).",
        "Battery storage on the grid grew quickly ({gw} GWh by {mo} {Y3}).",
    ],
    "kwh-figure": [
        "A typical home uses about 2,700 kWh of electricity a year (TDCV {Y3}).",
        "Prepaid customers bought less power ({n} kWh a month in {Y3}).",
        "Average consumption fell ({kwh} kWh in {Y3} against {kwh2} kWh in {Y0}).",
    ],
    "heat-pump-model": [
        "{B} installs the {hp} ({kw} kW, {Y3} model).",
        "The {hp} (launched {Y3}) runs at a flow temperature of 45°C.",
        "Installers recommended the {hp} ({kw} kW) for a three-bedroom semi.",
    ],
    "smart-meter": [
        "Most new installs are second-generation meters (SMETS2, rolled out from 2018).",
        "Older SMETS1 meters (installed 2013–2018) often lost their smart functions after a switch.",
        "{sup} fitted its {n},000th smart meter ({mo} {Y3}).",
    ],
    "device-model": [
        "The {dev} ({Y3} version) links to the supplier's app.",
        "Sales of the {dev} (released {mo} {Y3}) beat forecasts.",
        "The trial gave each home a {dev} (model year {Y3}) and an in-home display.",
    ],
    "acquisition": [
        "Octopus Energy took over Bulb's customers (deal completed December 2022).",
        "{sup} bought a heat pump installer to grow its services arm (deal announced {mo} {Y3}).",
        "Centrica bought back its stake in the business (£{n}m, {Y3}).",
        "Shell Energy's UK customers moved to Octopus Energy (acquisition agreed in 2023).",
    ],
    "merger": [
        "The asset swap between E.ON and RWE (agreed 2018, completed 2020) reshaped the German market.",
        "Virgin Media and O2 combined their UK businesses (joint venture, June 2021).",
        "Two regional suppliers merged their retail arms ({Y3} merger) to cut costs.",
    ],
    "supplier-failure": [
        "Bulb went into special administration (November 2021) with 1.7 million customers.",
        "Twenty-nine suppliers failed during the crisis (August 2021 to May 2022).",
        "Customers of failed suppliers were moved under the Supplier of Last Resort process (SoLR, {Y3}).",
        "Avro Energy and Green Supplier Ltd collapsed in the same week (September 2021).",
    ],
    "founder-year": [
        "Octopus Energy (founded by Greg Jackson in 2015) now supplies more homes than British Gas.",
        "OVO (founded by Stephen Fitzpatrick in 2009) started in a Bristol office.",
        "Good Energy (founded by Juliet Davenport, 1999) was one of the first green suppliers.",
        "Enpal (founded in Berlin, 2017) rents solar panels to homeowners.",
    ],
    "chief-executive": [
        "Chris O'Shea (chief executive since 2020) has defended the dividend.",
        "{sup}'s chief executive (appointed {Y3}) promised better service.",
        "The chief executive's pay (£{cust}m in {Y3}) angered customers.",
    ],
    "founding-year-body": [
        "Ofgem (established in 2000) regulates gas and electricity in Great Britain.",
        "NERSA (set up in 2005) approves Eskom's tariff increases.",
        "Ofwat (created in 1989 when water was privatised) sets price limits every five years.",
        "The Bundesnetzagentur (energy regulator since 2005) publishes monitoring data every year.",
        "The Ontario Energy Board (est. 1960) sets regulated prices in the province.",
    ],
    "firm-founding-year": [
        "{sup} (est. {Y}) is one of the oldest brands in its market.",
        "Eskom (founded 1923) generates most of South Africa's electricity.",
        "Hydro-Québec (created in 1944) sells some of the cheapest power in North America.",
        "Tata Power (incorporated 1919) is India's oldest private power company.",
    ],
    "campaign-year": [
        "{B}'s ‘Big Switch {Y3}’ campaign signed up {n},000 customers.",
        "The ‘Power Up’ campaign ({Y3}) used local radio and WhatsApp.",
        "Citizens Advice ran its Big Energy Saving Week (January {Y3}).",
        "The #{tag} push ({mo} {Y3}) reached {n},000 people on Instagram.",
    ],
    "price-year": [
        "A heat pump costs about £{n}00 after the grant ({Y3} prices).",
        "A home charger now costs less than £{n2} fitted ({Y3}).",
        "Eskom's tariff rose to R{r} per kWh ({wy}).",
    ],
    "percentage-year": [
        "Complaints fell by {pct}% ({Y3} against {Y0}).",
        "Trust in water companies dropped to {pct}% (summer {Y3}).",
        "Only {pct}% of households switched (twelve months to {mo} {Y3}).",
    ],
    "act-named": [
        "The Energy Prices Act 2022 also capped unit prices for businesses.",
        "The Water Industry Act 1991 still shapes how water bills are set.",
        "India's Electricity Act 2003 opened the way for open access.",
        "Canada's Telecommunications Act sets out duties for broadband providers.",
    ],
    "regulation-named": [
        "The Gebäudeenergiegesetz (GEG {Y3}) set a 65% renewable rule for new heating systems.",
        "Ofgem's Standards of Conduct (SLC 0, revised {Y3}) apply to every supplier.",
        "The Electricity (Rights of Consumers) Rules, 2020 set deadlines for new connections.",
        "Chile's net billing law (Ley 20.571, in force since 2014) lets households sell solar power.",
    ],
    "german-term": [
        "Many Stadtwerke (municipal utilities) now sell green tariffs nationwide.",
        "The Energiewende (energy transition) still enjoys wide public support.",
        "The ‘Heizungsgesetz’ (heating law, {Y3}) hurt heat pump sales.",
    ],
    "load-shedding": [
        "Eskom moved to Stage {stage} load-shedding (February {Y3}).",
        "Households use the EskomSePush app (launched 2015) to plan around cuts.",
        "Load-shedding ({Y3}: more than {n2} days) drove demand for inverters.",
    ],
    "indian-scheme": [
        "PM Surya Ghar: Muft Bijli Yojana (launched February 2024) subsidises rooftop solar.",
        "The FAME II scheme (2019–2024) subsidised electric two-wheelers.",
        "UJALA (since 2015) sold LED bulbs at a fraction of the market price.",
    ],
    "chile-term": [
        "The ‘descongelamiento’ of tariffs (unfreezing, {Y3}) raised household bills.",
        "Chile's Sistema Eléctrico Nacional (SEN, unified in 2017) links the north and the centre.",
        "Many households receive a ‘boleta’ (monthly bill, CLP {n},000 in {Y3}).",
    ],
    "canada-programme": [
        "The Canada Greener Homes Grant (up to C$5,000, 2021–2024) paid for heat pumps.",
        "Ontario's Time-of-Use pricing (since 2006) uses three price periods.",
        "Hydro-Québec's Rate D (residential rate, April {Y3}) rose by 3%.",
    ],
    "currency-conversion": [
        "The tariff is R{r}/kWh (about £0.{q}0).",
        "The rooftop system cost ₹{n},000 (roughly £{n2}).",
        "Bills average CLP {n},000 a month (about US${n3}).",
    ],
    "ticker": [
        "Centrica (LSE: CNA) returned to profit after the crisis.",
        "Tata Power (NSE: TATAPOWER) owns the EZ Charge network.",
        "{sup}'s shares ({tick}) fell {pct}% on the day.",
    ],
    "financial-year": [
        "Customer numbers grew by {pct}% ({fy}).",
        "Revenue reached £{n}m in the last financial year (FY{yy}).",
        "{sup} expects its retail arm to break even (FY{yy} guidance).",
    ],
    "results-period": [
        "Profits rose sharply (H1 {Y3} results).",
        "Customer losses slowed (Q{q} {Y3} trading update).",
        "The retail business made a loss (full year {Y3}, restated).",
    ],
    "customer-count": [
        "{sup} serves {cust} million customer accounts ({mo} {Y3}).",
        "Sign-ups passed {n},000 in one month (a record set in {Y3}).",
    ],
    "review-rating": [
        "Customers rate the app highly (App Store 4.{q}, {n}k ratings).",
        "{B} scores well on Trustpilot (4.{q}/5, {mo} {Y3}).",
        "Its Google rating (3.{q} stars, {Y3}) lags behind its rivals'.",
    ],
    "award": [
        "{B} was named a Which? Recommended Provider (awarded {mo} {Y3}).",
        "{B} won Supplier of the Year at the Uswitch awards ({Y3} awards).",
        "The installer was a finalist for Heat Pump Installer of the Year ({Y3}).",
    ],
    "own-survey": [
        "In my own survey of customers (n = {n}, {mo} {Y3}), most wanted cheaper bills.",
        "A poll of colleagues (Appendix {q}, n = {n2}) showed low awareness of social tariffs.",
    ],
    "cross-reference": [
        "The full PESTLE analysis is in the appendix (Appendix {q}).",
        "See the customer journey map (Figure {q}) for the main touchpoints.",
        "Costs are set out in the budget (Table {q}, Section 4.{q}).",
    ],
    "handle-hashtag": [
        "{B} answers complaints on X (@{handle}) within hours.",
        "The hashtag (#{tag}{Y3}) trended during the launch.",
    ],
    "helpline": [
        "Customers can call the helpline (0800 {n} {n2}, 8am–8pm) or use live chat.",
        "The national power cut number (105) works whoever the supplier is.",
    ],
    "standard-code": [
        "All installers must be MCS certified (MIS 3005, issue 5.{q}).",
        "{B} is certified for energy management (ISO 50001:2018).",
        "Heat loss was calculated to the European standard (BS EN 12831:2017).",
    ],
    "epc-rating": [
        "Landlords may have to reach EPC band C (from 2030 for all tenancies).",
        "Most homes in the sample were rated D (EPC, {Y3}).",
    ],
    "target-year": [
        "The UK aims for a clean power system by the end of the decade (Clean Power 2030).",
        "Germany's goal was 500,000 heat pumps a year (target set in 2022).",
        "India plans 500 GW of non-fossil capacity (by 2030).",
    ],
    "grant-scheme": [
        "The Boiler Upgrade Scheme (£7,500 from October 2023) makes heat pumps competitive with boilers.",
        "Low-income homes qualify for insulation under ECO4 (April 2022 to March 2026).",
        "The Warm Home Discount (£150, winter {wy}) is paid automatically.",
    ],
    "bill-support": [
        "Every household received the Energy Bills Support Scheme payment (£400, 2022–23).",
        "The Energy Price Guarantee (October 2022 to June 2023) limited unit rates.",
    ],
    "storm-outage": [
        "Storm Arwen (November 2021) left some homes without power for a week.",
        "The outage ({d} {mo} {Y3}, {n} minutes) hit {n2},000 customers.",
    ],
    "water-event": [
        "A hosepipe ban (August 2022) covered much of the South East.",
        "Sewage spills rose again ({n},000 hours in {Y3}).",
        "The price review (PR24, final determinations December 2024) allows bills to rise.",
    ],
    "fine-penalty": [
        "{wat} was fined £{n}m for sewage failures ({mo} {Y3}).",
        "{sup} paid £{n2}m into the redress fund (agreed in {Y3}).",
    ],
    "broadband-speed": [
        "Full fibre offers far faster speeds (900 Mbps FTTP, {Y3}).",
        "{isp}'s entry plan (50 Mbps, R{n2} a month) targets township households.",
    ],
    "charger-spec": [
        "Most public chargers are still slow (7 kW AC, {Y3} data).",
        "The new hubs use ultra-rapid chargers (350 kW, CCS2, from {Y3}).",
    ],
    "solar-spec": [
        "A typical install is about 4 kWp (ten panels, {Y3}).",
        "Many buyers add a battery (Tesla Powerwall 3, 13.5 kWh).",
    ],
    "app-platform": [
        "Octopus built its own billing platform (Kraken, launched 2016).",
        "The app update (version {q}.{n}, {mo} {Y3}) added half-hourly usage.",
    ],
    "inflation-rate": [
        "Energy prices drove inflation (CPI 11.1%, October 2022).",
        "Bills rose faster than wages (real pay {Y3}: -{q}.{q}%).",
    ],
    "sponsorship": [
        "{B}'s shirt sponsorship ({wy} season) raised awareness among younger fans.",
        "The brand sponsored the Cape Town Cycle Tour ({Y3} edition).",
    ],
    "course-reference": [
        "This report was written for the CIM Level 7 Postgraduate Diploma (Module 2, {Y3}).",
        "As the brief requires (Task 1, part b), the analysis covers two markets.",
    ],
    "temperature": [
        "Heat pumps work best at low flow temperatures (35–45°C).",
        "The trial homes were kept at a steady temperature (21°C, winter {wy}).",
    ],
}  # fmt: skip
