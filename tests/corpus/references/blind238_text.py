"""The blind238 pool's prose: marketers at rail, bus, tram and ferry operators, ticketing apps and transport
authorities in the UK and Ireland writing CIM Level 6 and 7 reports and MBA assignments on consumer, B2B and
behaviour-change marketing.

Written without reading the checker, its tests or any other pool. ``{N}`` is a narrative citation, ``{P}`` a
parenthetical one, ``{Q}`` a quotation, ``{C}`` a claim, ``{B}`` a brand, ``{O}`` an opener; the frames may use every
fill value, and these of their own: {op} an operator, {stn} a station, {cls} a rolling-stock class, {pc} a
percentage's number, {mo} a month, {fy} a financial year, {yr} a recent year, {rc} a railcard, {route} a ferry route, {app} a ticketing
app, {city} a city. NOT_CITATIONS holds brackets, years and figures that are no citation: fares, caps, railcards,
openings, Acts, classes, punctuality, stations, strikes, crossings, tickets, tickers, awards, titles, periods.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Avanti West Coast", "LNER", "Great Western Railway", "GWR", "ScotRail", "Transport for Wales", "Northern",
          "Southeastern", "Eurostar", "Irish Rail", "Translink", "Stagecoach", "FirstGroup", "Arriva",
          "National Express", "Go-Ahead", "Lothian Buses", "Dublin Bus", "Trainline", "Citymapper", "Stena Line",
          "Irish Ferries", "TransPennine Express", "Merseyrail", "c2c", "Metrolink", "Luas", "Bee Network",
          "Brighton & Hove Buses", "CalMac", "Chiltern Railways", "Grand Central"]  # fmt: skip

NARRATIVE_START = [
    "{N} argue that {C}.", "{N} found that {C}, although their sample was drawn from commuters only.",
    "{N} concluded that {C}.", "{N} makes the point that {C}, which is highly relevant to {B}.",
    "{N} showed that {C}; {B}'s own Delay Repay data point the same way.", "{N} highlights that {C}.",
    "{N} identified that {C}, particularly for {A}.", "{N} states that {C}.", "{N} suggests {C}.",
    "{N} recommend that operators test whether {C}.", "{N} went further, arguing that {C} and that {C2}.",
    "{N} explain that {C} (for example, on the {city} corridor).", "{N} questioned whether {C}.",
    "{N} reported that {C} across Great Britain.", "{N} noted that, since the pandemic, {C}.",
    "{N} observed that {C} – a finding {B} should not ignore.", "{N} modelled fare elasticities and found that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In their study of UK bus operators, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is consistent with {N}, who found that {C}.", "{C}, which supports the findings of {N}.",
    "{C} – a view shared by {N}.", "As highlighted by {N}, {C}.", "{B} illustrates this well: {N} showed that {C}.",
    "Research by {N} suggests that {C}.", "According to {N}, {C}.", "A survey carried out by {N} found that {C}.",
    "{C}, as {N} noted in their review of rail marketing.", "It could be argued, following {N}, that {C}.",
    "{C}; however, {N} found the opposite for {A}.", "Evidence from {N} suggests that, for {A}, {C}.",
    "Data from {N} show that {C}.", "As {N} put it, {C}.", "{C}, according to {N}.",
    "Unlike {B}, which relies on price promotions, the operators studied by {N} found that {C}.",
    "Drawing on {N}, it appears that {C}.", "Applying the findings of {N} to {B}, {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Using {N} framework, it is clear that {C}.", "{O}, {N} report concluded that {C}.",
    "{B} could apply {N} model, since {C}.", "According to {N} survey, {C}.", "{N} findings are useful here because {C}.",
    "This reflects {N} argument that {C}.", "{N} segmentation of passengers shows how {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "For {A}, {C} {P}.", "This matters because {C} {P}.", "It is often claimed that {C} {P:see}.",
    "Several studies report that {C} {P:e.g.}.", "{C} (as shown in Figure {q}) {P}.", "In short, {C} {P}.",
    "{C}, which is why {B} invests in its app {P}.", "A key point for {B} is that {C} {P}.", "{C}. {P}",
    "The main barriers are price, reliability and perceived safety {P}.", "{C} {P:see also}.",
    "{C}, as several UK studies show {P:for example,}.", "Put simply, {C} {P}.",
    "Recent data from Great Britain confirm this – {C} {P}.", "{C}, especially on rural routes {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{B} has found that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "Some sources {P:e.g.} argue that {C}.", "{C} {P}: this means that {C2}.", "Studies {P} agree that {C}.",
    "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} are more likely to switch to rail when fares are simple", "reliability matters more to commuters than price",
    "contactless pay-as-you-go has made occasional travel easier for {A}",
    "{B}'s customer satisfaction falls sharply when information during disruption is poor",
    "leisure travel has recovered faster than commuting since the pandemic",
    "perceived safety is a barrier to bus use for {A}", "fare caps raise patronage most where services are frequent",
    "behaviour-change campaigns work best when they are paired with better services",
    "flexible season tickets have not matched the value of the old weekly and monthly tickets",
    "brand trust in rail is built through everyday reliability rather than advertising",
    "ticketing apps now account for most advance-fare sales", "{A} value real-time information above Wi-Fi",
    "B2B buyers of group and corporate travel respond to account management more than to price",
    "bus operators that publish punctuality data win more trust from {A}",
    "ferry operators rely on repeat travellers for most of their revenue",
    "social marketing can shift short car trips to walking, cycling and the bus",
    "most passengers who are owed Delay Repay never claim it", "station staff shape how {A} judge an operator",
    "{B} competes with the car rather than with other operators", "integrated ticketing increases trips per passenger",
    "railcards bring in new leisure passengers rather than discounting existing ones",
    "personalised journey planning lowers car use among {A}",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In Great Britain", "For {B}'s marketing team",
    "Since the pandemic", "In the context of {B}", "From a passenger's perspective", "Nevertheless", "Consequently",
    "Within the bus sector", "As a result", "Looking at {B}'s competitors", "Overall", "In Ireland", "In Scotland",
    "For commuters", "On the ferry routes",
]  # fmt: skip
PLAIN = [
    "{B} runs services across {city} and sells most tickets through its app.",
    "This report analyses {B}'s marketing mix and recommends a plan for the next twelve months.",
    "The table below summarises the key performance indicators for each channel.",
    "{B}'s Instagram account has over {n}k followers, but engagement is low.",
    "The recommendations are costed and phased over three stages.", "{O}, {C}.",
    "{B} uses paid search, Meta and outdoor advertising at stations, with most of its budget going on search.",
    "Passengers can buy tickets online, in the app, at the station or on board.",
    "A PESTLE analysis of the rail market is included in the appendix.",
    "The main competitors are the car, coach operators and low-cost airlines.",
    "Task 2 builds on this by proposing a behaviour-change campaign.", "The segmentation uses four passenger personas.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one transport marketing text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{N} argue that {Q}.", "{B} appears to accept that {Q} {P}.", "The point is made directly that {Q} {P}.",
    "One review of rail marketing concluded that {Q} {P}.", "In the words of {N}, {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["‘turn up and go’", "‘modal shift’", "‘seamless journey’", "‘first and last mile’", "‘greenhushing’",
                "‘commuter cliff’", "'Tuesday to Thursday' commuting", "“build back better”", "‘mobility as a service’",
                "‘bus back better’", "‘leisure-led recovery’", "'fare dodging'", "‘customer-centric railway’"]  # fmt: skip
SCARE_FRAMES = [
    "Operators now talk of {Q} {P}.", "{B} calls its approach {Q} {P}.", "So-called {Q} is a growing concern for {B} {P}.",
    "This trend, often called {Q}, affects {A} most {P}.", "The term {Q} is used loosely in the industry {P}.",
    "Critics describe this as {Q}, and {B} is not immune {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your e-ticket for {city} is ready’", "‘Flash sale: advance fares from £{q}’",
                 "“Your journey today: planned engineering works”", "‘Save 1/3 with a {rc}’",
                 "‘Delay Repay: claim in two minutes’", "‘Sail to Dublin from £{n}’",
                 "“Going back to the office? Try a Flexi Season”", "‘Your train is on time’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} can lift open rates {P}.", "{B} used {Q} in its app notifications {P}.",
    "Short, practical copy ({Q}, for example) performs well with {A} {P}.",
    "Messages like {Q} work because they reduce uncertainty {P}.",
    "The email {Q} was opened by more {A} than any other {P}.",
]  # fmt: skip

# Text with brackets, years, figures and quotation marks that is no citation and must raise no problem.
NOT_CITATIONS = {
    "bus-fare-cap": ["The £3 single bus fare cap (2024) replaced the earlier scheme in England.",
                     "{B} promoted the £2 cap from January 2023 on every bus in its fleet.",
                     "Patronage rose after the £2 fare cap (1 January 2023) was introduced."],
    "railcard": ["The 16-25 Railcard (1974) is one of the oldest discount products in Great Britain.",
                 "{B} targeted students with the {rc} (one-third off) in its autumn campaign.",
                 "Sales of the Two Together Railcard (launched 2018) grew fastest among couples."],
    "fare-with-year": ["An Anytime Return from London to Manchester cost £389.50 in 2024.",
                       "The Off-Peak Return (£{n}.50 in {yr}) was the most searched fare.",
                       "Fares rose by 4.9% (March 2024) across regulated tickets."],
    "opening-date": ["The Elizabeth line (24 May 2022) changed how {A} travel across London.",
                     "The Borders Railway (2015) reconnected Galashiels with Edinburgh.",
                     "Demand at Reading rose after the Elizabeth line opened fully (May 2023)."],
    "megaproject": ["HS2 Phase 1 (2029–2033) remains the largest project in the sector.",
                    "The Northern leg of HS2 (cancelled October 2023) had shaped {B}'s long-term plans.",
                    "Crossrail (approved 2008) ran years late and over budget."],
    "timetable-collapse": ["The May 2018 timetable collapse hit Northern and Thameslink passengers hardest.",
                           "Trust fell after the timetable change (20 May 2018) went wrong.",
                           "{B} rewrote its disruption messaging after December 2022's timetable problems."],
    "public-ownership": ["The TransPennine Express return to public ownership (May 2023) made it an operator of last resort.",
                         "LNER has been run by the Department for Transport's operator of last resort (since June 2018).",
                         "ScotRail came back into public ownership (1 April 2022)."],
    "act-with-year": ["The Railways Act 1993 set up the franchising system.", "The Bus Services Act 2017 gave mayors franchising powers.",
                      "The Transport Act 1985 deregulated buses outside London.",
                      "Under the Rail Passenger Services Act (1993), the Republic's network is run differently."],
    "rolling-stock": ["The Class 390 Pendolino has run on the West Coast Main Line since 2002.",
                      "LNER's Class 800 Azuma (2019) became the face of its brand campaign.",
                      "The Class 701 Aventra fleet (South Western Railway) entered service late.",
                      "The Routemaster (1956) and the New Routemaster (2012) are both icons of London.",
                      "{B} used the {cls} in its launch video."],
    "punctuality": ["PPM of 86.1% in 2023/24 was below the target.", "Only {pc}% of trains arrived on time (Period 10 2023/24).",
                    "Cancellations peaked at 4.1% (year to March 2024)."],
    "passenger-numbers": ["There were 1.6 billion journeys in 2023 on the national network.",
                          "Bus journeys in England fell to 3.4 billion (year ending March 2023).",
                          "Luas carried 48 million passengers (2023), a record."],
    "station-year": ["King's Cross (1852) was restored in 2012.", "Glasgow Queen Street (2020 rebuild) now has a glass frontage.",
                     "Birmingham New Street (reopened 2015) is a retail destination in its own right.",
                     "{stn} (rebuilt {yr}) is {B}'s busiest station."],
    "strike-date": ["The RMT strike of 21 June 2022 was the largest in thirty years.",
                    "ASLEF drivers walked out again (1 February 2023).", "Bookings fell during the strikes (June 2022 – March 2024)."],
    "ferry-crossing": ["The Holyhead–Dublin crossing (3 hours 15 minutes) is the busiest on the Irish Sea.",
                       "Cairnryan–Belfast takes 2 hours 15 minutes.", "The {route} route (summer {yr}) ran twice a day.",
                       "Stena Line's fast craft (withdrawn 2015) was popular with foot passengers."],
    "ticketing-product": ["Oyster (2003) and contactless (2014) changed how Londoners pay.",
                          "The Leap Card (2011) is now accepted on Dublin Bus, Luas and DART.",
                          "Smart ticketing (ITSO, 2008 onwards) never took off outside a few regions.",
                          "{B} added tap-on, tap-off (pilot {yr}) to its routes."],
    "stock-ticker": ["Trainline plc (LON: TRN) publishes its results each May.", "FirstGroup (LON: FGP) sold its US business.",
                     "Mobico (LON: MCG) rebranded from National Express Group.", "Go-Ahead was taken private (LSE: GOG, delisted 2022)."],
    "award": ["{B} won at the National Rail Awards 2023.", "The campaign was shortlisted (UK Bus Awards 2022).",
              "Station staff at {stn} received Golden Whistles (2019).", "The app won Best Digital Innovation (Rail Business Awards, 2024)."],
    "job-title": ["Sarah Ní Chonaill (Managing Director, {B}) led the relaunch.",
                  "The Customer Experience Director (appointed {yr}) set new service standards.",
                  "Sir Peter Hendy (CBE) chaired Network Rail.", "The CEO (since {yr}) wants a ‘customer-first’ railway."],
    "financial-year": ["Passenger revenue grew strongly in FY2023/24.", "Ticket sales (FY2022/23) were still below 2019 levels.",
                       "Net ticket sales reached £{n}m (FY{fy})."],
    "railway-period": ["Complaints rose in Period 10 2023/24.", "Footfall at {stn} peaked (Period 13, {fy}).",
                       "The campaign ran from Period 4 to Period 6 ({fy})."],
    "quarter": ["Journeys rose 12% in Q3 2023.", "App downloads doubled (Q{q} {yr}).", "Bookings were weak in Q1 2024 (January–March)."],
    "survey-wave": ["Overall satisfaction was 83% (autumn 2019 wave).", "Satisfaction with value for money was low (spring 2020 fieldwork).",
                    "The survey sampled {n},000 passengers (Wave {q})."],
    "sample": ["Most respondents travelled weekly (n = {n}).", "The focus group (six commuters, {mo} {yr}) favoured simpler fares.",
               "Interviewees (aged 18–24) preferred the app."],
    "cross-reference": ["The campaign plan (see Appendix 2) shows weekly activity.", "Refer to Table {q} (page {q}) for the full costs.",
                        "This is discussed further in Task 2 (b).", "The persona (Appendix 1, Figure {q}) is based on five interviews."],
    "handle-or-address": ["{B} answers complaints on X (@{handle}) within the hour.",
                          "Tickets are sold on the website (www.{handle}.co.uk) and in the app.",
                          "The hashtag (#TrainTime{yr}) trended for two days."],
    "slogan": ["LNER's ‘Never Ordinary’ campaign repositioned the brand.", "Trainline's ‘Save 61%’ message appears on every channel.",
               "Avanti's ‘Avanti, you legend’ advert (2021) polarised viewers.", "The ‘See it. Say it. Sorted.’ message (2016) is heard at every station."],
    "campaign-date": ["The ‘Let's Go by Train’ campaign (spring {yr}) targeted families.",
                      "The Christmas advert ({yr}) was {B}'s most shared video.", "The Great British Rail Sale (April 2024) sold out quickly."],
    "compensation-rule": ["Delay Repay 15 (from 2016) pays out after fifteen minutes.", "Passengers are owed 50% of the fare (30–59 minutes).",
                          "Compensation is paid for delays of an hour or more (EU Regulation 1371/2007)."],
    "price-percentage": ["ScotRail scrapped peak fares in a pilot (October 2023 – September 2024).", "Advance fares were up to {pc}% cheaper (booked 12 weeks ahead).",
                         "Walk-up fares rose 5.9% (March 2023)."],
    "timetable-time": ["The first train leaves at 05:42 (Mondays to Fridays).", "Trains run every 15 minutes (07:00–19:00).",
                       "The sleeper departs Euston at 23:50 (Sunday to Friday)."],
    "line-name": ["The West Coast Main Line (WCML) carries most Anglo-Scottish traffic.",
                  "The Midland Main Line (electrified to Market Harborough, 2020) is next.",
                  "Services on the Dublin–Cork line (2 hours 30 minutes) compete with the M8."],
    "abbreviation": ["The Office of Rail and Road (ORR) regulates the railways.", "Key performance indicators (KPIs) include net promoter score (NPS).",
                     "The Department for Transport (DfT) lets most contracts.", "Public Service Obligation (PSO) funding supports Irish Rail."],
    "distance-speed": ["Journeys of under five miles (8 km) make up most car trips.", "The Azuma reaches 125 mph (201 km/h) on the East Coast.",
                       "Most bus trips are short (about 3.5 miles)."],
    "contract-period": ["The National Rail Contract (2022–2025) pays a management fee.", "The Bee Network (from September 2023) brought buses under local control.",
                        "Dublin Bus operates its PSO contract (2021–2026) on behalf of the NTA."],
    "fleet-size": ["{B} runs {n} buses (2024 fleet list).", "The new fleet (58 trains, 2019–2021) cost £{n}m.",
                   "The operator bought 193 electric buses (order placed {yr})."],
    "currency-conversion": ["A Dublin–Holyhead foot passenger fare is €{n} (about £{q}0).", "Leap fares are €2 (90 minutes, 2024)."],
    "roadmap-phase": ["Phase 1 (months 1–3) builds awareness.", "Stage 2 (Q2–Q3) focuses on conversion.",
                      "The pilot (weeks 1–6) runs on two routes."],
    "academic-year": ["Student railcard sales peak at the start of the academic year (2024/25).", "The module was delivered in 2023/24 (semester 2)."],
    "platform-number": ["Platform 9¾ (King's Cross) draws tourists rather than passengers.", "Trains leave from Platform {q} (the bay platform)."],
    "ticket-price-list": ["A weekly bus ticket costs £{q}5 (adult) and £{q}0 (child).", "Flexi Season: 8 days in 28 (£{n}.40)."],
    "route-number": ["The X43 (Manchester–Burnley) is marketed as the ‘Witch Way’.", "Route 46A (Dublin) was split under BusConnects (2020)."],
    "heritage-date": ["The Forth Bridge (1890) is a UNESCO World Heritage Site.", "The Stockton and Darlington Railway (1825) turns 200 in 2025.",
                      "The Great Western main line (opened 1841) shaped the brand's heritage story."],
    "weather-event": ["Storm Ciarán (November 2023) closed several lines.", "The heatwave (19 July 2022) led to speed restrictions."],
    "policy-programme": ["The Restoring Your Railway fund (2020) reopened the Dartmoor Line.", "Bus service improvement plans (2021–22) were drawn up by every council in England.",
                         "BusConnects (2017) is remaking Dublin's network."],
    "percentage-share": ["Rail's share of trips was small (2% of all trips in 2023).", "Rail has {pc}% of the London–Edinburgh market (air has the rest)."],
    "version-release": ["The app's redesign (version 8.2, {mo} {yr}) added live seat availability.",
                        "Citymapper's new journey planner (beta, 2023) included bus fares."],
    "founding-year": ["Stagecoach (founded in Perth, 1980) grew out of deregulation.", "Lothian Buses (municipal since 1919) is still council-owned.",
                      "Citymapper (launched 2011) began as a London-only app."],
    "carbon-figure": ["A rail journey emits far less than driving (35 g CO2e per passenger km, {yr} factors).",
                      "Electric buses cut emissions (about 1,000 tonnes a year, {fy})."],
    "accessibility-deadline": ["Every train had to meet the PRM-TSI standard (deadline 1 January 2020).",
                               "Step-free access now covers {pc}% of stations (Access for All, 2006 onwards)."],
}  # fmt: skip

_STATIONS = ["Manchester Piccadilly", "Leeds", "Glasgow Central", "Edinburgh Waverley", "Cardiff Central",
             "Dublin Heuston", "Belfast Grand Central", "York", "Bristol Temple Meads", "London Euston"]  # fmt: skip
_CLASSES = ["Class 195 Civity", "Class 755 FLIRT", "Class 385", "Class 802", "Class 22000 InterCity Railcar",
            "Class 197", "Class 810 Aurora"]  # fmt: skip
_RAILCARDS = ["16-25 Railcard", "26-30 Railcard", "Senior Railcard", "Two Together Railcard", "Family & Friends Railcard",
              "Network Railcard", "Veterans Railcard"]  # fmt: skip
_ROUTES = ["Holyhead–Dublin", "Cairnryan–Belfast", "Rosslare–Fishguard", "Pembroke–Rosslare", "Liverpool–Belfast",
           "Oban–Mull", "Dover–Calais"]  # fmt: skip
_CITIES = ["Manchester", "Leeds", "Glasgow", "Edinburgh", "Cardiff", "Dublin", "Belfast", "Newcastle", "Bristol", "Cork",
           "Birmingham", "Liverpool"]  # fmt: skip
_HANDLES = ["LNER", "ScotRail", "TfWRail", "SEtrainUK", "GWRHelp", "avantiwestcoast", "IrishRail", "Translink_NI",
            "lothianbuses", "dublinbusnews"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn from the builder's random source after the common ones."""
    return {
        "stn": rng.choice(_STATIONS), "cls": rng.choice(_CLASSES), "rc": rng.choice(_RAILCARDS),
        "route": rng.choice(_ROUTES), "city": rng.choice(_CITIES), "handle": rng.choice(_HANDLES),
        "pc": str(rng.randint(55, 95)), "mo": rng.choice(["January", "March", "May", "September", "November"]),
        "fy": rng.choice(["2022/23", "2023/24", "2024/25"]), "yr": str(rng.randint(2015, 2024)),
        "op": rng.choice(BRANDS), "app": rng.choice(["Trainline", "Citymapper", "TfW app", "Leap Top-Up", "mTicket"]),
    }  # fmt: skip
