"""The blind353 pool's prose: marketers at bus and coach operators, tram systems, bike-share and e-scooter schemes,
ride-hailing and taxi apps, transport authorities and ticketing apps in the UK, Ireland, Poland, Nigeria, Brazil and
New Zealand writing CIM Level 6 and 7 reports and MBA assignments. Written without reading the checker, its tests or
any other pool. HELD OUT. Frames use the common fill values and these: {op} an operator or scheme, {city} a city,
{ch} a channel, {pc} a percentage's number, {fare} a fare, {app} a ticketing or journey app."""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Stagecoach", "First Bus", "Arriva", "Go-Ahead", "National Express", "Transport for London", "TfGM",
          "Lothian Buses", "Dublin Bus", "Bus Éireann", "Luas", "Lime", "Voi", "Tier", "Bolt", "Uber", "Free Now",
          "Citymapper", "Trainline", "MPK Kraków", "Warszawski Transport Publiczny", "LAMATA", "Lagos BRT",
          "Rio Ônibus", "SPTrans", "Auckland Transport", "Metlink", "Snapper"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use."""
    return {
        "op": rng.choice(["the Bee Network", "Bee Network", "Santander Cycles", "Dublin Bikes", "Veturilo", "the Luas",
                          "Lagos BRT", "AT HOP", "Snapper", "Metlink", "the Leap card", "Bilhete Único"]),
        "city": rng.choice(["Manchester", "Leeds", "Cork", "Galway", "Kraków", "Gdańsk", "Łódź", "Lagos", "Abuja",
                            "Ibadan", "São Paulo", "Curitiba", "Belo Horizonte", "Auckland", "Christchurch", "Wellington"]),
        "ch": rng.choice(["the app", "push notifications", "TikTok", "Instagram", "email", "bus-stop posters",
                          "Google Maps listings", "WhatsApp", "paid search", "the loyalty scheme"]),
        "pc": str(rng.randint(4, 78)),
        "fare": rng.choice(["£2", "£1.50", "€2", "€1.30", "4,40 zł", "₦500", "R$5", "NZ$2"]),
        "app": rng.choice(["Citymapper", "the TfL Go app", "the Stagecoach Bus app", "First Bus app", "TFI Live",
                           "jakdojade", "LAMATA app", "Moovit", "AT Mobile", "Metlink Commuter"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although their sample was drawn from one city.",
    "{N} concluded that {C}; this is directly relevant to {B}.", "{N} showed that {C} in {city}.",
    "{N} suggested that {C}, which {B}'s marketing team should consider.", "{N} highlighted that {C}.",
    "{N} reported that {C} after the fare cap was introduced.", "{N} claimed that {C}.",
    "{N} found that {C} and that {C2}.", "{N} warned that {C} unless operators invest in {ch}.",
    "{N} observed that {C} for {A}.", "{N} noted that, since {Y}, {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In their study of {city}, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is consistent with {N}, who found that {C}.", "{C}, which supports the findings of {N}.",
    "{C} – a view shared by {N}.", "As highlighted by {N}, {C}.", "According to {N}, {C}.",
    "Research by {N} suggests {C}.", "Data from {N} show that {C}.", "{C}, according to {N}.",
    "{B} is a good example: {N} showed that {C}.", "Evidence from {N} suggests that, for {A}, {C}.",
    "{C}; however, {N} found the opposite in {city}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Using {N} framework, it is clear that {C}.",
    "{O}, {N} report concluded that {C}.", "{B} could apply {N} model, since {C}.",
    "According to {N} survey, {C}.", "{N} findings matter here because {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "For {A}, {C} {P}.", "This matters because {C} {P}.", "{C}, especially outside {city} {P}.",
    "It is often claimed that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.",
    "{C} (as shown in Figure {q}) {P}.", "In short, {C} {P}.", "{C}. {P}", "{C} {P:see also}.",
    "A key point for {B} is that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{C} {P:see}, whereas {C2}.",
    "Some sources {P:e.g.} argue that {C}.", "Studies {P} agree that {C}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "capped fares bring lapsed passengers back to the bus", "contactless payment shortens boarding times",
    "{A} judge a bus service first by its reliability", "real-time information reduces the perceived wait",
    "franchising gives the authority control over the brand", "e-scooter riders underestimate the risk of injury",
    "ride-hailing apps compete with taxis mainly on price and waiting time",
    "{A} are more likely to try {op} after a free trial", "{T} works for transport brands only when services are reliable",
    "step-free access matters to far more passengers than wheelchair users", "{ch} reaches {A} more cheaply than print",
    "fare simplicity matters more than the fare level", "bike-share use rises where there are protected cycle lanes",
    "safety concerns keep women off late-night buses", "around {pc}% of passengers plan journeys on {app}",
    "surge pricing damages trust in ride-hailing brands", "a single ticket across operators raises {R}",
    "{B}'s passengers value cleanliness as much as frequency", "ridership has not yet recovered to its {Y} level",
    "loyalty schemes do little for passengers who have no alternative",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "For example", "In the UK", "In Poland", "In Lagos", "In Brazil",
    "For {B}'s marketing team", "Since the pandemic", "From a passenger's perspective", "Nevertheless", "However",
    "In the context of {B}", "Outside London", "In terms of digital channels",
]  # fmt: skip
PLAIN = [
    "{B} runs services in {city} and several other towns.", "This report analyses {B}'s digital channels and makes recommendations.",
    "The table below summarises the key performance indicators for each channel.",
    "{B}'s app has over {n}k downloads, but ratings are low.", "{O}, {C}.",
    "Passengers can pay by contactless card, by phone or with {op}.",
    "A PESTLE analysis of the market is included in the appendix.", "Task 2 builds on this with a twelve-month plan.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one services marketing text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{B} appears to accept that {Q} {P}.", "One review concluded that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘turn up and go’", "‘first mile, last mile’", "‘mobility as a service’", "‘bus back better’",
                "‘tap on, tap off’", "'bus bunching'", "“seamless”", "‘15-minute city’", "‘ghost buses’",
                "‘clutter’", "'okada'", "‘danfo’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} has been accused of running {Q} {P}.", "Many passengers are tired of {Q} promises {P}.",
    "So-called {Q} is a growing concern for {B} {P}.", "The term {Q} is used loosely in the industry {P}.",
    "Critics describe this as {Q}, and {B} is not immune {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your weekly cap has been reached – the rest is on us’", "‘Ride for {fare} this weekend’",
                 "“Your first ride is free”", "‘Your journey has changed: check before you travel’",
                 "‘Half-price scooters until Sunday’", "‘We miss you – here’s 20% off your next trip’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A message such as {Q} can lift open rates {P}.", "{B} used {Q} in its lapsed-rider email {P}.",
    "Push notifications like {Q} work because they are timely {P}.",
    "The notification {Q} was opened by more {A} than any other {P}.",
]  # fmt: skip

# Text with brackets, years, figures or quotation marks that is not a citation: no tutor expects it in the list.
NOT_CITATIONS = {
    "noun-year": ["Patronage fell sharply after the timetable change ({Y}).", "The rebrand ({Y}) divided loyal passengers."],
    "year-noun": ["{B}'s revenue fell ({Y} annual results: £{n}m).", "Journeys recovered strongly ({Y} figures)."],
    "figures": ["Most respondents used the app (n = {n}).", "Punctuality improved (see Figure {q}).",
                "The campaign budget was modest (£{n}k over {q} months)."],
    "vehicle-launch": ["London's most famous bus (Routemaster, 1956) still shapes the capital's brand.",
                       "The New Routemaster (launched 2012) divided opinion."],
    "card-launch": ["Smartcards changed London's fares (Oyster card, 2003) long before contactless.",
                    "Dublin followed with its own smartcard (Leap card, 2011)."],
    "bike-launch": ["Cycle hire became a London icon (Boris Bike, 2010) within a year.",
                    "Warsaw's scheme grew quickly (Veturilo, 2012)."],
    "tram-launch": ["Dublin's trams returned after fifty years (Luas, 2004).", "Manchester reopened its tram network (Metrolink, 1992)."],
    "brt-launch": ["Africa's first bus rapid transit scheme opened in Nigeria (Lagos BRT, 2008).",
                   "The model came from Brazil (Curitiba BRT, 1974)."],
    "app-arrival": ["Ride-hailing arrived in Nigeria early (Uber in Lagos, 2014).", "Bolt entered the Polish market soon after (Taxify in Warsaw, 2016)."],
    "founder": ["The company grew from one bus (Brian Souter, 1980) into a FTSE firm.", "Stagecoach was founded in Perth by a brother and sister (Ann Gloag and Brian Souter, 1980)."],
    "mayor": ["The congestion charge was a mayoral gamble (Ken Livingstone, 2003).", "The fare freeze was a manifesto pledge of Sadiq Khan (2016)."],
    "planner": ["Curitiba's system was the work of a famous mayor (Jaime Lerner, 1974).", "Greater Manchester's reforms were championed by its mayor (Andy Burnham, 2017)."],
    "famous-figure": ["Buses have long been a site of protest (Rosa Parks, 1955).", "The bus driver's strike is remembered in Bristol (Paul Stephenson, 1963)."],
    "fare-cap": ["The national fare cap (£2 fare cap, 2023) was extended twice.", "The cap rose later ({fare} single, 2025)."],
    "act": ["Outside London, buses were deregulated by law (Transport Act, 1985).", "Franchising powers came later (Bus Services Act, 2017)."],
    "charge": ["Central London traffic fell (congestion charge, 2003) in the first year.", "The zone was later expanded (ULEZ, 2019)."],
    "free-fare": ["Some Brazilian cities abolished fares altogether (Tarifa Zero, 2013).", "Tallinn went fare-free for residents (free public transport, 2013)."],
    "campaign-week": ["Operators ran joint promotions (Catch the Bus Week, 2019).", "{B} took part in the national campaign (Catch the Bus Month, 2023)."],
    "car-free-day": ["Many cities closed streets for a day (Car Free Day, 2000).", "{city} joined the European event (European Mobility Week, 2002)."],
    "award": ["{B} won a national prize (UK Bus Awards, 2022).", "The team was named the best in the country (Bus Operator of the Year, 2018)."],
    "merger": ["The takeover was contested (Stagecoach and DWS, 2022).", "Bolt changed its name soon after (Bolt and Taxify, 2019)."],
    "acquisition": ["Uber bought its Middle Eastern rival (Uber and Careem, 2020).", "Arriva changed hands (Arriva and Deutsche Bahn, 2010)."],
    "first-opening": ["Bus priority has a long history (first bus lane, 1968).", "Micromobility arrived fast (first Lime scooter, 2017)."],
    "historic-tram": ["Kraków's network is one of the oldest in Poland (Kraków tram, 1882).", "Auckland ran trams long before its busway (Auckland trams, 1902)."],
    "deregulation": ["The market changed overnight (bus deregulation, 1986).", "Fares rose sharply afterwards (privatisation, 1986–1988)."],
    "subsidy-removal": ["Transport costs in Nigeria doubled (Lagos fuel subsidy removal, 2023).", "Danfo fares rose again (petrol price rise, 2024)."],
    "safety-event": ["Operators banned e-scooters on trains (e-scooter fires, 2022).", "Public trust fell (e-scooter trial accidents, 2021)."],
    "crisis": ["Fare revenue collapsed (COVID-19 ridership collapse, 2020).", "Services were cut (driver shortage, 2021–2022)."],
    "film": ["Buses appear in popular films (Speed, 1994) as a symbol of danger.", "Taxis have their own screen image (Taxi Driver, 1976)."],
    "series": ["British television made the bus comic (On the Buses, 1969).", "A spin-off followed (Holiday on the Buses, 1973)."],
    "price": ["A ticket costs {fare} a single ({Y}).", "The daily cap is £5.25 ({Y} prices)."],
    "journeys": ["Buses are still the most used public transport mode: 3.4 billion journeys (2023).", "{B} carried {n} million passengers ({Y})."],
    "boardings": ["Use grew year on year ({Y} boardings).", "The route is the busiest in {city} ({Y} ridership)."],
    "slogan": ["The Underground's warning ‘Mind the gap’ is known worldwide.", "Conductors used to call ‘Any more fares, please?’ on every deck."],
    "campaign-line": ["The industry's ‘Catch the bus’ message targeted young people.", "{B}'s line ‘Ride the change’ ran on every bus back."],
    "route-number": ["The busiest route in the UK (route 25) was cut in {Y}.", "Demand is highest on one corridor (line 8, Ikorodu–TBS)."],
    "timetable": ["Buses run every ten minutes (07:00–19:00, Mon–Sat).", "Night buses run at weekends (00:30–05:00)."],
    "fare-table": ["Adults pay full fare (under-19s half price).", "Concessions apply to older passengers (aged 60+)."],
    "abbreviation": ["The Confederation of Passenger Transport (CPT) represents operators.",
                     "Bus Service Improvement Plans (BSIPs) were due by October 2021.", "Mobility as a service (MaaS) is the next step."],
    "legislation-name": ["The Equality Act 2010 requires accessible services.", "The Public Service Vehicles Accessibility Regulations 2000 set deadlines for buses."],
    "standard": ["New buses meet the emission standard (Euro VI, 2014).", "The depot is certified (ISO 14001:2015)."],
    "quarter": ["Ridership rose in the busy season (Q{q} {Y}).", "Revenue peaked at the end of the year (Q4, {Y})."],
    "cross-reference": ["This is discussed further in Task 2 (b).", "The route map (see Appendix {q}) shows the new corridor."],
    "handle": ["{B} answers complaints on X (@BusHelpUK) within the hour.", "Passengers can report faults online (www.example-buses.co.uk)."],
    "hashtag": ["The campaign hashtag (#LoveYourBus) trended for a day.", "Riders shared photos (#ScooterSafe{Y})."],
    "pilot": ["The e-scooter trials began during the pandemic (e-scooter trials, 2020).", "Demand-responsive buses were tested in {city} (pilot, {Y}–{Y2})."],
    "anniversary": ["{B} celebrated a milestone ({n} years of service) in {Y}.", "The tram turned twenty (Luas at 20, 2024)."],
    "place-year": ["The scheme later spread to Ireland (Dublin, 2009).", "Scooters reached New Zealand soon after (Auckland, 2018)."],
    "league-table": ["{B} topped the passenger satisfaction table ({Y} rankings).", "The city ranked highly for cycling ({Y} index: {q}th)."],
    "operator-fleet": ["The fleet is mostly electric (Wrightbus StreetDeck, 2021).", "New trams entered service (Pesa Twist, 2016)."],
    "match-day": ["Extra buses ran for the final (Six Nations, 2023).", "Demand spiked during the games (Commonwealth Games, 2022)."],
    "strike": ["Services stopped for two weeks (bus strike, 2022).", "Drivers walked out again in {city} (strike, {Y})."],
    "olympics": ["London's transport plan was tested (London Olympics, 2012).", "Rio invested in BRT before the games (Rio Olympics, 2016)."],
}  # fmt: skip
