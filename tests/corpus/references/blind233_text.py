"""The blind233 pool's prose: marketers at energy suppliers, renewable-energy developers, water and electricity
networks, EV-charging and heat-pump firms and energy start-ups in the UK, Ireland, Denmark, Germany, Spain and the
Netherlands writing CIM Level 6 and 7 reports and MBA assignments in English (consumer, B2B and stakeholder marketing).

Frames, claims, openers and plain sentences as these candidates write them, and text that looks like a citation and
is not one: price caps, unit rates and standing charges with their periods, wind farms, power stations and reservoirs
with their opening years, outages, storms and droughts, schemes and Acts with years, licence, MPAN and MPRN numbers,
supplier failures, charger counts and powers, EPC bands and SAP scores, emission figures and targets, tickers, awards,
post-nominals and job titles, financial years, quarters and winters. Written without reading the checker or any other
pool. ``{N}`` is a narrative citation, ``{P}`` a parenthetical one, ``{Q}`` a quotation, ``{C}`` a claim, ``{B}`` a
brand, ``{O}`` an opener; the other placeholders are filled by ``values``.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Octopus Energy", "British Gas", "Centrica", "EDF", "E.ON Next", "OVO", "SSE", "ScottishPower", "Iberdrola",
          "Ørsted", "Vattenfall", "RWE", "National Grid", "Thames Water", "Severn Trent", "Pod Point", "Ionity",
          "Bord Gáis Energy", "Electric Ireland", "Eneco", "Good Energy", "So Energy", "Ecotricity", "Dŵr Cymru Welsh Water",
          "Scottish Water", "Anglian Water", "United Utilities", "UK Power Networks", "Northern Powergrid", "Octopus EV",
          "Osprey Charging", "InstaVolt", "Fastned", "Ovo Drive", "Heat Geek", "Aira", "Boxt", "Tado", "Greencore Homes",
          "Stadtwerke München", "Endesa", "Naturgy", "Andel Energi"]  # fmt: skip

NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} argues that {C}, which matters for a supplier such as {B}.",
    "{N} showed that {C}.",
    "{N} concluded that {C}, particularly among {aud}.",
    "{N} reports that {C}.",
    "{N} suggested that {C}; {B}'s own customer data point the same way.",
    "{N} warned that {C}.",
    "{N} observed that {C} during the energy crisis.",
    "{N} identified that {C}.",
    "{N} makes the case that {C} and that {C2}.",
    "{N} describe {topic} as a trust problem before it is a price problem, and show that {C}.",
    "{N} questioned whether {C}.",
    "{N} estimated that {C}.",
    "{N} explain that {C}, for example through {T}.",
    "{N} highlights that {C} – a point {B} has been slow to act on.",
    "{N} noted that {C} in the Danish and German markets as well.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} argues, {C}.",
    "{O}, {N} found that {C}.",
    "This is consistent with {N}, who found that {C}.",
    "{C}, as {N} point out.",
    "According to {N}, {C}.",
    "Research by {N} suggests that {C}.",
    "A survey of {aud} by {N} found that {C}.",
    "{C} – a view shared by {N}.",
    "Evidence from {N} shows that, for {aud}, {C}.",
    "{B} appears to have followed {N}, who argued that {C}.",
    "It could be argued, following {N}, that {C}.",
    "In their study of the Irish retail market, {N} found that {C}.",
    "{C}; {N} reached the same conclusion for the Netherlands.",
    "Data from {N} indicate that {C}.",
    "Drawing on {N}, this report assumes that {C}.",
    "Unlike {B}, the suppliers studied by {N} found that {C}.",
    "{C}, according to {N}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} survey found that {C}.",
    "{O}, {N} analysis suggests that {C}.",
    "Using {N} segmentation, it is clear that {C}.",
    "{N} report concluded that {C}.",
    "{B} could apply {N} framework, since {C}.",
    "{N} findings are relevant here because {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "There is strong evidence that {C} {P}.",
    "It is widely accepted that {C} {P}.",
    "For {B}, {C} {P}.",
    "{C}, especially among {aud} {P}.",
    "{C} {P:see}.",
    "Several studies suggest that {C} {P:e.g.}.",
    "{O}, it has been shown that {C} {P}.",
    "This matters because {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{C} {P}, although {C2}.",
    "{C} {P}; even so, {C2}.",
    "While {C} {P}, {C2}.",
    "{O}, {C} {P}, which means {C2}.",
]  # fmt: skip
CLAIMS = [
    "customers who trust their supplier are less likely to switch when prices rise",
    "{aud} respond more to clear tariff information than to green claims",
    "smart meter data allow suppliers such as {B} to personalise advice at scale",
    "time-of-use tariffs shift demand only when the savings are easy to see",
    "heat pump uptake depends more on installer confidence than on the grant itself",
    "the cost of public charging is a bigger barrier than range for {aud}",
    "vulnerable customers are more likely to self-disconnect than to contact their supplier",
    "fixed-rate deals lost their appeal once wholesale prices began to fall",
    "a supplier's response to the energy crisis shaped its brand for years afterwards",
    "community energy schemes build local support for onshore wind",
    "water companies are judged on leaks and sewage spills more than on price",
    "bill shock erodes trust faster than a price rise that is explained in advance",
    "B2B buyers in the energy sector value reliability over headline price",
    "{T} is more effective for {B} when it is tied to {R}",
    "green tariffs persuade few customers unless the claim can be checked",
    "developers with a local benefit fund face fewer objections to new wind farms",
    "{aud} rarely read their annual energy statement",
    "customer service scores explain more of the variation in switching than price does",
    "flexibility services reward the customers who are already the most engaged",
    "EV drivers choose a home charger on the recommendation of their car dealer",
    "the price cap has made price competition between suppliers almost disappear",
    "apps that show daily usage lower consumption for a few months and then stop working",
    "net zero messages work better when they are framed around comfort and cost",
    "regulators' league tables shape what {aud} think of a supplier",
    "networks need public consent for new pylons and substations, not only planning permission",
    "installers act as the brand for heat pump makers in the eyes of householders",
    "Danish district heating shows how a utility can be trusted as a community asset",
    "German households are more willing than British ones to pay for local renewable power",
    "Spanish customers on regulated tariffs were hit hardest by the 2022 price spike",
    "{B}'s customers are more loyal than the market average",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "At the same time", "Since the energy crisis", "By contrast",
           "In the Irish market", "More recently", "Even so", "For the purposes of this report", "In Denmark",
           "Looking at the water sector", "From a stakeholder perspective", "Similarly"]  # fmt: skip
PLAIN = [
    "{B} serves households and small businesses across Great Britain.",
    "The campaign ran for eight weeks across paid social, email and the customer app.",
    "This section applies the Ansoff matrix to {B}'s heat pump proposition.",
    "{O}, {C}.",
    "The stakeholder map in Appendix 2 groups stakeholders by power and interest.",
    "Interviews were held with four members of {B}'s customer team.",
    "{B} sells its EV chargers through car dealers, its website and fleet partners.",
    "The recommendations below are costed and phased over eighteen months.",
    "A PESTLE analysis is used to frame the external environment.",
    "{B}'s brand promise is simple, fair and green energy for everyone.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one review puts it, {Q} {P}.",
    "{N} put it plainly: {Q}.",
    "{O}, {Q} {P}.",
    "The point is well made that {Q} {P}.",
    "{N} concluded that {Q}.",
    "This is summed up as follows: {Q} {P}, which {B} would do well to remember.",
    "In plain terms, {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘greenwashing’", "‘heat as a service’", "‘bill shock’", "‘prosumer’", "‘just transition’",
                "‘fair tariff’", "‘smart’", "“flexibility”", "‘treating customers fairly’", "“green premium”",
                "‘energy as a service’", "'customer-led'"]  # fmt: skip
SCARE_FRAMES = [
    "Suppliers now talk about {Q} propositions {P}.",
    "{B} describes its new offer as {Q} {P}.",
    "The idea of {Q} is contested {P}.",
    "What counts as {Q} is not yet settled {P}.",
    "Critics see much of this as {Q} {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your new tariff starts today’", "“Get paid to use less: Saving Sessions are back”",
                 "‘Good news – your Direct Debit is going down’", "‘Your heat pump survey is booked’",
                 "“Plug in, save more: off-peak charging from 7p/kWh”", "‘Important: your meter reading is due’",
                 "‘We’re sorry – and here’s what we’re doing about it’", "“Your summer water-saving kit is on its way”",
                 "'Switch to a fixed deal before {capmonth}'"]  # fmt: skip
SUBJECT_FRAMES = [
    "The email headed {Q} had the highest open rate of the winter campaign {P}.",
    "{B}'s message {Q} was sent to customers in arrears {P}.",
    "A subject line such as {Q} reassures rather than sells {P}.",
    "Testing {Q} against a plainer version showed the value of a human tone {P}.",
    "The push notification {Q} was opened by a third of app users {P}.",
]  # fmt: skip

# Text that looks like a citation and is not one: kind -> sentence frames.
NOT_CITATIONS = {
    "price-cap": [
        "The price cap for a typical dual-fuel household was set at £{cap} a year from {capdate}.",
        "When the cap rose to £{cap} ({capdate}), {B} saw calls to its debt team double.",
        "Under the cap for {capperiod} (£{cap} for typical use), fixed deals looked poor value.",
    ],
    "unit-rate": [
        "The capped unit rate for electricity was {kwh}p/kWh ({capperiod}).",
        "Off-peak charging at {offpeak}p/kWh (00:30–05:30) is the main selling point of the tariff.",
        "Gas was capped at {gaskwh}p/kWh from {capdate}, with little change expected.",
    ],
    "standing-charge": [
        "A {sc}p daily standing charge (from {capdate}) hits low users hardest.",
        "Standing charges ({sc}p a day for electricity in {capperiod}) became the most complained-about part of the bill.",
    ],
    "energy-price-guarantee": [
        "The Energy Price Guarantee (October 2022) held a typical bill at £2,500 a year.",
        "Bills were limited by the Energy Price Guarantee (1 October 2022 to 30 June 2023) rather than by the cap.",
    ],
    "bill-support": [
        "Every household received the £400 Energy Bills Support Scheme (2022) discount in six instalments.",
        "The Warm Home Discount (£150, winter {winter}) was paid automatically to eligible customers.",
        "Irish households received three €150 energy credits (2022–23) on their bills.",
    ],
    "wind-farm": [
        "Hornsea 2 (2022) was the world's largest offshore wind farm when it opened.",
        "Visitors to Whitelee (2009) can walk among its turbines on the edge of Glasgow.",
        "Walney Extension (2018) and Burbo Bank (2007) feature heavily in {developer}'s local advertising.",
        "Horns Rev 1 (2002) was the first large offshore wind farm in the North Sea.",
        "Dogger Bank A (2023) is jointly owned by SSE Renewables, Equinor and Vårgrønn.",
    ],
    "capacity-output": [
        "The farm has a capacity of {gw} GW and produced around {twh} TWh in {yr}.",
        "Offshore wind supplied {pct}% of Britain's electricity in {yr} ({twh} TWh).",
        "The battery site stores {mwh} MWh and can export {mw} MW for two hours.",
    ],
    "nuclear": [
        "Hinkley Point C (2031) is now expected to cost far more than first planned.",
        "Sizewell C (final investment decision, July 2025) will be built next to Sizewell B (1995).",
    ],
    "power-station": [
        "Drax (1974) now burns imported wood pellets in four of its six units.",
        "Ratcliffe-on-Soar (1968), the last coal power station in Britain, closed on 30 September 2024.",
        "Moneypoint (1985) in County Clare is due to stop burning coal by 2025.",
    ],
    "pumped-storage": [
        "Dinorwig (1984) can reach full output in about sixteen seconds.",
        "Cruachan (1965), the 'Hollow Mountain', is being expanded by ScottishPower.",
    ],
    "reservoir": [
        "Kielder Water (1982) is still the largest artificial lake in the UK by capacity.",
        "The Thames Tideway Tunnel (2025) was sold to customers as the answer to sewage spills.",
        "Abberton Reservoir (1939, enlarged 2014) supplies much of north Essex.",
    ],
    "outage": [
        "The 9 August 2019 power cut left around a million customers without power for up to 45 minutes.",
        "After the blackout of 28 April 2025, Iberdrola and Red Eléctrica faced weeks of questions.",
        "During the outage ({outagedate}), {B}'s app crashed under the volume of log-ins.",
    ],
    "drought": [
        "The 1976 drought is still the benchmark for water resource planning.",
        "Hosepipe bans (August 2022) were imposed by several companies during the drought.",
        "The dry summer of 2018 pushed demand to record levels in the South East.",
    ],
    "storm": [
        "Storm Arwen (2021) left some customers in the North East without power for over a week.",
        "After Storm Éowyn (January 2025), ESB Networks restored supply to 768,000 homes.",
        "Storm Babet (October 2023) flooded substations across eastern Scotland.",
    ],
    "act-year": [
        "The Energy Act 2023 created the Independent System Operator and Planner.",
        "Under the Water Industry Act 1991 companies must maintain an efficient system of sewers.",
        "The Climate Change Act 2008 set a legally binding target for emissions.",
        "Germany's Erneuerbare-Energien-Gesetz (EEG 2023) raised the target for renewables to 80% by 2030.",
    ],
    "cfd-scheme": [
        "The Contracts for Difference scheme (2014) pays generators a fixed strike price.",
        "Allocation Round 6 (AR6, 2024) secured a record 9.6 GW of new capacity.",
        "No offshore wind bids were made in Allocation Round 5 (2023) because the strike price was too low.",
    ],
    "eco-scheme": [
        "ECO4 (2022) obliges larger suppliers to insulate the homes of low-income households.",
        "The Great British Insulation Scheme (2023) runs alongside ECO4 until March 2026.",
        "{B} delivered its obligation under ECO3 (2018–2022) through a network of installers.",
    ],
    "boiler-upgrade": [
        "The Boiler Upgrade Scheme (May 2022) offers £7,500 towards an air source heat pump.",
        "The grant rose from £5,000 to £7,500 (23 October 2023), and applications rose sharply.",
        "Ireland's SEAI heat pump grant (€6,500 from February 2024) is far more generous than before.",
    ],
    "export-tariff": [
        "The Smart Export Guarantee (January 2020) replaced the Feed-in Tariff (2010–2019) for new solar customers.",
        "{B} pays {seg}p/kWh for exported electricity under its SEG tariff (from {capdate}).",
    ],
    "licence-number": [
        "{B} is registered in England and Wales (company no. {companyno}) and holds an electricity supply licence.",
        "Each supplier's licence (Standard Licence Condition 0) requires it to treat customers fairly.",
        "The installer's MCS certificate number ({mcs}) must appear on every quote.",
    ],
    "meter-number": [
        "Customers are asked to quote their MPAN ({mpan}) when they switch.",
        "The gas meter is identified by its MPRN ({mprn}), printed on the first page of the bill.",
        "The form asks for the Eircode and MPRN ({mprn}) before a quote is given.",
    ],
    "supplier-failure": [
        "Bulb's administration (November 2021) was the largest supplier failure in Britain.",
        "Igloo, Symbio and Enstroga failed within days of each other (September 2021).",
        "Twenty-nine suppliers left the market between August 2021 and May 2022.",
    ],
    "charger-power": [
        "Ionity's chargers deliver up to 350 kW, enough to add 100 miles in about five minutes.",
        "A standard home charger delivers 7 kW, against 3 kW from a domestic socket.",
        "Its rapid hubs offer {kw} kW on every bay (2024 upgrade).",
    ],
    "charger-count": [
        "The UK had around 53,000 public chargers by 2024 and aims for 300,000 by 2030.",
        "{B} operated {chargers} charge points at the end of {yr}.",
        "Only {pct}% of public chargers were in rural areas (January {yr}).",
    ],
    "epc-sap": [
        "The government wants as many homes as possible to reach EPC C by 2035.",
        "The typical pre-1919 terrace scores SAP 54 (band E) before retrofit.",
        "Landlords must reach band E (SAP 39 or above) to let a property.",
    ],
    "emission-target": [
        "The UK is committed to net zero by 2050 and to a 68% cut in emissions by 2030.",
        "Denmark's target is a 70% reduction by 2030 against 1990 levels.",
        "The sixth carbon budget (2033–2037) requires a 78% cut on 1990.",
    ],
    "carbon-figure": [
        "A gas boiler in a typical home emits about 2.5 tCO2e a year.",
        "Grid carbon intensity averaged {gco2} gCO2/kWh in {yr}.",
        "Scope 3 emissions ({mt} MtCO2e in FY{fy}) are dominated by the gas its customers burn.",
    ],
    "stock-ticker": [
        "SSE (LON: SSE) and Centrica (LON: CNA) both trade on the FTSE 100.",
        "Ørsted (CPH: ORSTED) lost more than half its market value in 2023.",
        "Iberdrola (BME: IBE) and RWE (ETR: RWE) are the largest renewable generators in Europe.",
        "Pod Point (LON: PODP) floated in November 2021.",
    ],
    "award": [
        "The team won Supplier of the Year at the Energy Awards 2023.",
        "{B} was shortlisted for Customer Service Initiative of the Year (Utility Week Awards 2022).",
        "The campaign took gold at the Drum Marketing Awards 2024.",
    ],
    "recommended-provider": [
        "{B} was named a Which? Recommended Provider for {yr}.",
        "Only two suppliers kept Which? Recommended Provider status in 2024.",
    ],
    "post-nominals": [
        "The interview was with {person}, CEng MIET, who leads the network's customer strategy.",
        "Its board includes {person} FEI and {person2} MCIM, Chartered Marketer.",
    ],
    "job-title": [
        "{person}, Head of Customer at {B}, agreed to be interviewed for this report.",
        "The proposal was signed off by the CEO and the Director of Brand and Marketing.",
        "I report to {person2}, Head of Customer Experience (Heat).",
    ],
    "financial-year": [
        "Marketing spend fell to £{spend}m in FY{fy}.",
        "{B} reported its first full-year profit (FY{fy}) after three years of losses.",
        "Customer numbers grew by {pct}% (FY{fy} against FY{fyprev}).",
    ],
    "quarter": [
        "Complaints peaked in Q{q} {yr} and then fell steadily.",
        "Sales of home chargers rose in the final quarter (Q4 {yr}).",
        "Switching resumed (Q{q} {yr}) once fixed deals returned to the market.",
    ],
    "winter": [
        "Demand for support was highest in winter 2022/23.",
        "Prices fell back over the winter ({winter}), but debt did not.",
        "The Demand Flexibility Service (winter 2022/23) paid households to use less at peak times.",
    ],
    "tariff-name": [
        "Agile Octopus (2018) was the first tariff to pass half-hourly wholesale prices to households.",
        "{B} copied the idea with its own EV tariff (launched {month} {yr}).",
        "Intelligent Octopus Go (7p/kWh overnight) is popular with EV owners.",
        "Saving Sessions (November 2022) rewarded customers for cutting use at peak times.",
    ],
    "price-control": [
        "The PR24 final determinations (December 2024) allow water bills to rise by about a fifth over five years.",
        "RIIO-ED2 (April 2023 to March 2028) sets the revenue of the electricity distribution networks.",
        "The last price review, PR19 (2020–2025), was criticised for allowing too little investment.",
    ],
    "wholesale-price": [
        "Day-ahead gas prices peaked at over 600p/therm (August 2022).",
        "Wholesale power averaged £{mwhprice}/MWh in {yr}, against £{mwhprice2}/MWh in 2019.",
        "The Dutch TTF benchmark hit €340/MWh (26 August 2022).",
    ],
    "interconnector": [
        "Viking Link (2023) connects Lincolnshire with Revsing in Denmark.",
        "North Sea Link (2021) carries Norwegian hydro power to Blyth.",
        "The Celtic Interconnector (2027) will link Ireland directly to France.",
    ],
    "smart-meter": [
        "Around four million SMETS1 (2011–2019) meters still need to be upgraded or replaced.",
        "SMETS2 meters (from 2018) keep working after a customer switches supplier.",
        "Customers with a 'dumb' meter ({metertype}) cannot use the tariff.",
    ],
    "standard-code": [
        "Installers must follow MCS MIS 3005 (2024) for the heat loss survey.",
        "Retrofit projects are assessed under PAS 2035:2023.",
        "Larger systems need G99 approval from the network before they connect.",
        "The site is certified to ISO 50001:2018.",
    ],
    "heat-pump-spec": [
        "The unit has a SCOP of {scop} at a 45°C flow temperature.",
        "The Cosy 6 (2023) is Octopus Energy's own air source heat pump.",
        "Heat pump sales reached {hp} units in {yr}, far short of the 600,000 a year the target needs.",
    ],
    "ev-model": [
        "The Nissan Leaf (2011) was the car that introduced many customers to EV tariffs.",
        "Owners of a Tesla Model 3 (2019) or a Kia EV6 (2021) were the tariff's early adopters.",
    ],
    "customer-numbers": [
        "{B} supplied about {customers} million homes ({month} {yr}).",
        "After the Bulb deal (completed 20 December 2022), the group had more than 5 million customers.",
        "Market share moved by less than a point in {yr} ({share}% against {share2}%).",
    ],
    "cop-summit": [
        "The campaign was timed to coincide with COP26 (Glasgow, 2021).",
        "Pledges made at COP28 (Dubai, 2023) included a tripling of renewable capacity by 2030.",
    ],
    "survey-sample": [
        "Most respondents to the primary survey (n = {n}, {month} {yr}) had never heard of the scheme.",
        "Two focus groups (Cardiff and Inverness, {month} {yr}) were run with customers in fuel debt.",
        "The online questionnaire (own survey, {nresp} responses) was shared on LinkedIn.",
    ],
    "cross-reference": [
        "The segmentation is set out in full in Appendix {q} (Table {q}.2).",
        "The costs of each option are compared in Section 4.2 (Figure 7).",
        "The stakeholder map (Appendix 1, Figure A{q}) shows who holds the most power.",
    ],
    "handle-hashtag": [
        "Complaints on X (@{handle}) rose sharply after the price rise.",
        "The campaign hashtag #{hashtag} trended on launch day.",
        "The brand's TikTok account (@{handle}) has {followers}k followers.",
    ],
    "water-bill": [
        "The average water and sewerage bill is £{waterbill} a year (2025/26).",
        "Sewage spills (464,001 in 2023, monitored) became a national story.",
        "Leakage fell by {pct}% between 2019/20 and 2024/25.",
    ],
    "grid-connection": [
        "Some projects were offered grid connection dates in 2036 or later.",
        "The connection queue held over 700 GW of projects (early 2025).",
    ],
    "network-region": [
        "{B} covers DNO region {dno} (the South East) and has {customers} million connections.",
        "Customers in licence area 14 (London) were the first to get the new service.",
    ],
}  # fmt: skip

_PERIODS = [("1 January 2024", "January to March 2024", "£1,928", "28.62", "53.35", "7.42"),
            ("1 April 2024", "April to June 2024", "£1,690", "24.50", "60.10", "6.04"),
            ("1 July 2024", "July to September 2024", "£1,568", "22.36", "60.12", "5.48"),
            ("1 October 2024", "October to December 2024", "£1,717", "24.50", "60.99", "6.24"),
            ("1 January 2025", "January to March 2025", "£1,738", "24.86", "60.97", "6.34"),
            ("1 April 2025", "April to June 2025", "£1,849", "27.03", "53.80", "6.99"),
            ("1 October 2023", "October to December 2023", "£1,834", "27.35", "53.35", "6.89")]  # fmt: skip
_PEOPLE = ["Sian Pritchard", "Niamh O'Connell", "Rasmus Holm", "Katrin Vogel", "Javier Morales", "Eilidh Fraser",
           "Tom Ashworth", "Priya Nair", "Aoife Byrne", "Lars Jensen", "Bethan Evans", "Mark Hutchinson"]  # fmt: skip
_AUDIENCES = ["households on prepayment meters", "older customers", "EV drivers", "landlords", "small businesses",
              "customers in fuel debt", "homeowners with solar panels", "renters", "rural customers",
              "first-time buyers", "facilities managers", "customers in Wales", "Gen Z renters"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    date, period, cap, kwh, sc, gas = rng.choice(_PERIODS)
    year = rng.randint(2019, 2024)
    fy = rng.randint(2019, 2024)
    return {
        "capdate": date, "capperiod": period, "cap": cap.lstrip("£"), "kwh": kwh, "sc": sc, "gaskwh": gas,
        "capmonth": rng.choice(["1 April", "1 July", "1 October", "1 January"]),
        "offpeak": rng.choice(["7", "7.5", "8.5", "9"]), "seg": rng.choice(["4.1", "5.5", "15", "12"]),
        "winter": rng.choice(["2022/23", "2023/24", "2024/25"]), "yr": str(year),
        "gw": rng.choice(["1.3", "1.32", "0.6", "1.2", "3.6", "0.86"]), "twh": str(rng.randint(2, 45)),
        "pct": str(rng.randint(3, 41)), "mwh": str(rng.choice([100, 200, 300, 400])), "mw": str(rng.choice([50, 100, 150, 200])),
        "developer": rng.choice(["Ørsted", "RWE", "SSE Renewables", "Vattenfall"]),
        "outagedate": rng.choice(["9 August 2019", "28 April 2025", "27 November 2021"]),
        "companyno": str(rng.randint(2000000, 15999999)).zfill(8),
        "mcs": f"NAP-{rng.randint(10000, 99999)}",
        "mpan": " ".join([f"{rng.randint(10, 23)}", f"{rng.randint(0, 9999):04d}", f"{rng.randint(0, 9999):04d}", f"{rng.randint(0, 999):03d}"]),
        "mprn": str(rng.randint(1000000, 9999999999)),
        "kw": rng.choice(["150", "300", "350", "400"]), "chargers": f"{rng.randint(2, 120)},{rng.randint(0, 999):03d}",
        "gco2": str(rng.randint(120, 260)), "mt": f"{rng.randint(5, 90)}.{rng.randint(0, 9)}",
        "fy": f"{fy}/{str(fy + 1)[2:]}", "fyprev": f"{fy - 1}/{str(fy)[2:]}",
        "person": rng.choice(_PEOPLE), "person2": rng.choice(_PEOPLE), "spend": str(rng.randint(4, 95)),
        "month": rng.choice(["January", "March", "May", "June", "September", "November"]),
        "mwhprice": str(rng.randint(70, 260)), "mwhprice2": str(rng.randint(38, 50)),
        "metertype": rng.choice(["an Economy 7 meter", "a legacy prepayment meter", "a credit meter read by hand"]),
        "scop": f"{rng.randint(3, 4)}.{rng.randint(0, 9)}", "hp": f"{rng.randint(35, 98)},{rng.randint(0, 999):03d}",
        "customers": f"{rng.randint(1, 7)}.{rng.randint(1, 9)}", "share": str(rng.randint(8, 24)),
        "share2": str(rng.randint(8, 24)), "n": str(rng.randint(60, 480)), "nresp": str(rng.randint(40, 300)),
        "handle": rng.choice(["OctopusEnergy", "BritishGas", "ovoenergy", "ThamesWater", "PodPoint", "EONNext"]),
        "hashtag": rng.choice(["SwitchToGreen", "HeatPumpReady", "SavingSessions", "PlugInAndSave", "EveryDropCounts"]),
        "followers": str(rng.randint(12, 480)), "waterbill": str(rng.randint(480, 640)), "dno": str(rng.randint(10, 23)),
        "aud": rng.choice(_AUDIENCES),
        "topic": rng.choice(["switching", "smart metering", "heat pump adoption", "EV charging", "water efficiency"]),
    }  # fmt: skip
