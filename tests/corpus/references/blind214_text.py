"""The blind214 pool's prose: marketers at airlines, airports, cruise lines, rail operators, tour operators, online
travel agencies and hotel groups in the UK, Ireland, Germany, the Gulf, Singapore and the United States (loyalty,
revenue, brand and distribution teams) writing CIM Level 6 and 7 reports and MBA assignments in English.

Written by an independent hand without reading the checker, its tests or any other pool. Placeholders: {N} a
narrative citation, {P} a parenthetical one ("{P:see}" puts a word inside its bracket), {Q} a quotation, {C} and {C2}
claims, {O} an opener, {B} a brand, and the builder's fill values ({A}, {R}, {T}, {Y}, {Y2}, {n}, {q}, {d}, {M}) beside
this pool's own from values(): {yr} a recent year, {pc} a percentage's number, {fl} a flight number, {rt} a route in
airport codes, {apt} an airport code, {fare} and {fee} amounts, {pax} millions of passengers, {mo} a month, {tier} a
loyalty tier, {pts} a number of points, {sea} an IATA season, {fy} a financial year, {ac} an aircraft type, {st} a
station, {hub} a hub airport, {exec} an executive's name, {ch} a channel, {sys} a system or platform.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["British Airways", "Ryanair", "easyJet", "Jet2holidays", "Lufthansa", "Eurowings", "Condor", "Etihad",
          "flydubai", "Scoot", "Virgin Voyages", "P&O Cruises", "Cunard", "LNER", "Great Western Railway",
          "Iarnród Éireann", "Loganair", "On the Beach", "loveholidays", "Skyscanner", "Premier Inn", "Travelodge",
          "Jumeirah", "Raffles", "JetBlue", "Southwest Airlines", "Marriott Bonvoy", "Lumo", "Wizz Air",
          "Emirates Skywards", "KrisFlyer", "Miles & More", "Hoseasons", "Travel Counsellors", "Kayak",
          "Dublin Airport", "Heathrow", "Changi Airport", "Discover Airlines", "Norwegian"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn from the builder's random source after the common ones."""
    return {
        "yr": str(rng.randint(2016, 2025)), "pc": str(rng.randint(4, 92)),
        "fl": rng.choice(["BA 117", "EK 1", "EI 105", "LH 400", "SQ 322", "FR 1234", "U2 8021", "QR 8", "VS 3",
                          "AA 101", "EW 9462", "LS 811", "SQ 22"]),
        "rt": rng.choice(["LHR–JFK", "DUB–BOS", "FRA–SIN", "DXB–LHR", "MAN–DXB", "LGW–MCO", "STN–BCN", "SIN–SYD",
                          "EDI–DUB", "MUC–EWR", "BHX–ALC", "LHR–DOH"]),
        "apt": rng.choice(["LHR", "LGW", "MAN", "DUB", "FRA", "MUC", "DXB", "DOH", "SIN", "JFK", "BHX", "EDI", "STN"]),
        "fare": str(rng.randint(19, 899)), "fee": str(rng.randint(6, 75)),
        "pax": f"{rng.randint(2, 89)}.{rng.randint(1, 9)}",
        "mo": rng.choice(["January", "March", "April", "June", "July", "August", "October", "December"]),
        "tier": rng.choice(["Executive Club Gold", "Executive Club Silver", "Miles & More Senator", "Skywards Gold",
                            "KrisFlyer Elite Gold", "AerClub Concierge", "HON Circle", "Bonvoy Titanium Elite",
                            "Genius Level 3", "Etihad Guest Platinum"]),
        "pts": f"{rng.randint(1, 60) * 500:,}",
        "sea": rng.choice(["S24", "W23", "S25", "W24", "S23", "W25"]),
        "fy": rng.choice(["FY2023/24", "FY24", "FY2022/23", "FY25", "FY2024/25", "FY23"]),
        "ac": rng.choice(["Boeing 737 MAX 8", "A350-1000", "A321neo", "Boeing 787-9", "A380-800", "Boeing 777-9",
                          "A220-300", "ATR 72-600", "A321XLR"]),
        "st": rng.choice(["London Euston", "Manchester Piccadilly", "Dublin Heuston", "Frankfurt (Main) Hbf",
                          "Edinburgh Waverley", "London King's Cross", "Birmingham New Street"]),
        "hub": rng.choice(["Heathrow", "Dubai International", "Changi", "Frankfurt", "Dublin Airport", "Munich",
                           "Hamad International", "Gatwick"]),
        "exec": rng.choice(["Orla Keaveney", "Henrike Brückmann", "Tariq Farouqi", "Desmond Quah",
                            "Marisa Holloway-Kent", "Declan Ó Rathaille", "Priyanka Ramaswamy"]),
        "ch": rng.choice(["the app", "email", "paid search", "metasearch", "TikTok", "the website", "NDC", "GDS",
                          "affiliates", "the contact centre", "Instagram"]),
        "sys": rng.choice(["Amadeus", "Sabre", "Salesforce", "Braze", "PROS", "Navitaire", "Adobe Analytics"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.",
    "{N} found that {C}, although the sample was drawn only from {A}.",
    "{N} concluded that {C}; this is directly relevant to {B}'s loyalty team.",
    "{N} showed that {C}, which helps explain {B}'s recent results.",
    "{N} noted that {C} on short-haul routes in particular.",
    "{N} questioned whether {C}, pointing to weak evidence outside Europe.",
    "{N} identified three drivers of {R} – price, punctuality and the app – and showed that {C}.",
    "{N} surveyed {n} frequent flyers and reported that {C}.",
    "{N} suggests that {C}.",
    "{N} makes the case that {C}, a view {B} has only partly accepted.",
    "{N} warned that {C} once competitors match the offer.",
    "{N} compared hub carriers in the Gulf with European network airlines and found that {C}.",
    "{N} defines revenue management as selling the right seat to the right customer at the right price, and shows that {C}.",
    "{N} describe how {C}.",
    "{N} went further, arguing that {C} and that {C2}.",
    "{N} observed that {C}, which is why {B} moved budget into {ch}.",
    "{N} were among the first to argue that {C}.",
    "{N} is widely quoted on this point, having found that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} pointed out, {C}.",
    "{O}, {N} found that {C}.",
    "In line with {N}, {C}.",
    "{C}, which is consistent with the findings of {N}.",
    "For {B}, the lesson from {N} is that {C}.",
    "This mirrors what {N} found among {A}: {C}.",
    "{C} – a point that {N} also made about cruise passengers.",
    "The evidence is mixed: {N} found that {C}, whereas other studies disagree.",
    "Following {N}, this report treats {T} as part of the wider travel journey, because {C}.",
    "{O}, the study by {N} suggests that {C}.",
    "Not everyone agrees; {N}, for instance, maintained that {C}.",
    "When {B} relaunched its frequent flyer scheme in {yr}, it followed {N} closely, on the basis that {C}.",
    "{C}, so it is unsurprising that {N} called for more research on the Gulf carriers.",
    "A similar argument is put forward by {N}, who claimed that {C}.",
    "There are two reasons for this: first, {C}; second, as {N} argued, {C2}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} model of airline loyalty implies that {C}.",
    "{O}, {N} study of {A} showed that {C}.",
    "{N} argument rests on the idea that {C}.",
    "The weakness of {N} framework is that it assumes {C}.",
    "{N} survey of {n} travellers found that {C}.",
    "{C}, which supports {N} conclusion about {R}.",
    "According to {N} analysis, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, it seems that {C} {P}.",
    "Most commentators now agree that {C} {P}.",
    "{C}, especially among {A} {P}.",
    "This matters because {C} {P:see}.",
    "Several studies make the same point, namely that {C} {P:see, for example,}.",
    "{B} should therefore invest in {ch}, given that {C} {P:e.g.}.",
    "Ancillary revenue now makes up a large share of a low-cost carrier's income {P}.",
    "The travel purchase journey is no longer linear, with customers moving between metasearch, the airline's app and review sites {P}.",
    "Direct distribution through NDC lowers the cost of each booking for the airline {P}.",
    "{C}, which has implications for how {B} prices its fares {P}.",
    "Loyalty schemes have become profit centres in their own right {P:see also}.",
    "It is also worth noting that {C} {P:cf.}.",
    "Premium leisure demand recovered faster than business travel after the pandemic {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, but in practice {C2}.",
    "{C} {P}; however, {C2}.",
    "Although {C} {P}, {C2}.",
    "{O}, {C} {P} and {C2}.",
    "Three levers stand out – seat fees, bags {P} and priority boarding – and {C}.",
    "{C} {P}, whereas {C2}.",
    "Given that {C} {P:see}, it follows that {C2}.",
    "{C} {P}, which is why {C2}.",
]  # fmt: skip
CLAIMS = [
    "frequent flyers value status benefits more than the points themselves",
    "{T} only lifts {R} when it is backed by clean customer data",
    "low-cost carriers earn most of their margin from ancillary sales",
    "{A} compare fares on metasearch before booking direct",
    "a delay handled well can raise loyalty more than an on-time flight",
    "{B} relies too heavily on price promotions to fill seats",
    "cruise passengers who book early spend more on board",
    "rail passengers judge a brand mainly on punctuality and value for money",
    "dynamic pricing is seen as unfair when customers notice it",
    "hotel groups pay heavy commissions to online travel agencies",
    "co-branded credit cards now earn airlines more than ticket sales on some routes",
    "{A} expect the app to handle disruption without a call to the contact centre",
    "sustainability claims in travel advertising are met with scepticism",
    "a clear brand promise lets a carrier charge a premium over rivals",
    "personalised offers in {ch} raise conversion among {A}",
    "the Gulf hubs compete on connections rather than on price alone",
    "few airlines manage to {T} without a single customer view",
    "tour operators that own their hotels control the guest experience better",
]  # fmt: skip
OPENERS = ["In {B}'s case", "For the purposes of this report", "Taken together", "From a revenue management perspective",
           "In the airline context", "Since the pandemic", "Turning to distribution", "Put simply", "On the other hand",
           "For {A}", "Within the loyalty literature", "From a UK perspective", "In the cruise sector", "Crucially",
           "By the same token", "Looking at the Gulf carriers", "For rail operators"]  # fmt: skip
PLAIN = [
    "{B} currently flies to around {n} destinations from its main base.",
    "The rest of this section applies the 7Ps to {B}'s premium cabin.",
    "Table 2 compares the three options on cost, reach and fit with the brand.",
    "{B}'s app has grown steadily, but bookings through it are still a minority.",
    "The recommendations below are costed and phased over eighteen months.",
    "Pricing, distribution and loyalty are considered in turn.",
    "{O}, {C}.",
    "Customer service is handled through the app, live chat and a contact centre.",
    "A SWOT analysis is included in the appendices.",
    "The brand team has no documented plan for disruption messaging at present.",
    "{B} reported a {pc}% rise in direct bookings last year.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one textbook puts it, {Q} {P}.",
    "{O}, {Q} {P}.",
    "The point is summed up neatly: {Q} {P}.",
    "{N} put it bluntly: {Q}.",
    "{Q} {P}; this report agrees.",
]  # fmt: skip
SCARE_QUOTES = ["‘premiumisation’", "‘revenge travel’", "‘bleisure’", "‘flight shame’", "‘frictionless’",
                "‘seamless journey’", "‘unbundling’", "‘rebundling’", "“touchless”", "‘retailing, not selling seats’",
                "“workcation”", "‘greenwashing’", "‘Gen Z travellers’", "‘sustainable aviation’"]  # fmt: skip
SCARE_FRAMES = [
    "Carriers now promise a {Q} experience, yet check-in still takes three steps {P}.",
    "What the industry calls {Q} is often a price rise by another name {P}.",
    "The shift towards {Q} has been rapid {P}.",
    "So-called {Q} has become a theme of trade conferences {P}.",
    "{B}'s advertising leans on {Q} {P}.",
    "{N} is sceptical of {Q} as a strategy.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your trip to {hub} is nearly here’", "‘48 hours only: fares from £{fare}’",
                 "‘You're {pts} Avios away from Gold’", "‘Check in now for {fl}’", "“Your {yr} travel year in review”",
                 "‘Upgrade your seat for £{fee}’", "‘Still thinking about Dubai?’", "“Cabins are selling fast”",
                 "‘Re: your booking’", "‘Your points expire soon’"]  # fmt: skip
SUBJECT_FRAMES = [
    "The email headed {Q} had the best open rate of the quarter {P}.",
    "{B} sent {Q} to members who had not booked in a year {P}.",
    "Subject lines such as {Q} create urgency {P}, but overuse leads to fatigue.",
    "Testing {Q} against a plainer version showed the value of personalisation {P}.",
    "{N} cites {Q} as an example of a loss-framed subject line.",
]  # fmt: skip

NOT_CITATIONS = {
    "flight-number": [
        "The delay on {fl} (Heathrow to New York) was the trigger for the complaint.",
        "Customers on {fl} were rebooked onto the next departure (two hours later).",
        "The flagship service ({fl}) is flown by an {ac}.",
    ],
    "route": [
        "The {rt} route (launched in {yr}) is the most profitable in the network.",
        "Demand on {rt} fell sharply ({pc}% fewer bookings in {mo}).",
        "The London–Sydney Kangaroo Route (via Singapore) is being marketed as a premium product.",
        "Qantas's non-stop Perth–London service (first flown in 2018) changed the market.",
    ],
    "aircraft-year": [
        "The fleet is being renewed with the {ac} (first deliveries {yr}).",
        "The A380's first flight (2005) now feels like a different era.",
        "The Boeing 737 MAX 8 (grounded 2019–2020) returned to service with a new safety message.",
        "Concorde (retired in 2003) still features in British Airways' heritage advertising.",
    ],
    "ship-year": [
        "Royal Caribbean's Icon of the Seas (2024) is the largest cruise ship in service.",
        "The new ship (delivered {mo} {yr}) carries around 5,000 guests.",
        "Cunard's Queen Anne (2024) was marketed to first-time cruisers.",
        "P&O Cruises' Iona (2021) was the first British ship powered by LNG.",
    ],
    "airport-code": [
        "Most transfer traffic connects at {apt} (the carrier's main hub).",
        "Flights from {apt} (Terminal 2) were hit hardest by the outage.",
        "The survey covered passengers at three airports (LHR, MAN and DUB).",
    ],
    "terminal-year": [
        "British Airways moved into LHR T5 (2008) after a troubled opening.",
        "Changi's Jewel (opened 2019) is now part of the airport's brand.",
        "Dublin's Terminal 2 (2010) handles most long-haul departures.",
        "BER (opened in 2020, nine years late) replaced Tegel.",
    ],
    "passengers-year": [
        "Heathrow handled 83.9 million passengers in 2019 (a record at the time).",
        "Passenger numbers reached {pax} million ({yr} total).",
        "The airline carried {pax} million passengers ({fy}).",
        "Traffic fell to {pax} million in the first pandemic year (2020).",
    ],
    "slots": [
        "The carrier holds {n} slot pairs at Heathrow ({sea} schedule).",
        "Slots at congested airports are allocated twice a year (IATA Worldwide Airport Slot Guidelines).",
        "The 80/20 use-it-or-lose-it rule was suspended during the pandemic (2020–2022).",
    ],
    "loyalty-tier": [
        "Members reach {tier} after {n} tier points (membership year).",
        "The top tier (by invitation only) is not advertised.",
        "{tier} members get lounge access (one guest included).",
    ],
    "points": [
        "A return flight to Dubai costs {pts} Avios plus taxes (off-peak).",
        "Members earn 1,500 Avios (Club Europe, one way) on most routes.",
        "The welcome bonus ({pts} points) is only paid after three months.",
        "Points expire after 36 months without activity (Miles & More, {yr} rules).",
    ],
    "fare-pounds": [
        "Fares to Spain started at £{fare} return ({mo} sale).",
        "The cheapest seat sold for just £{fare} (including taxes).",
        "An Anytime Return from London to Manchester costs over £{n} (peak).",
    ],
    "fare-euros": [
        "Fares from Dublin to Paris started at €{fare} (one way).",
        "The Deutschlandticket costs €58 a month (from January 2025).",
        "Return fares from Frankfurt averaged €{fare} ({yr} figures).",
    ],
    "fare-dollars": [
        "Basic Economy from New York to Chicago was priced at $89 (no carry-on).",
        "The average domestic fare was ${fare} in the third quarter (Q3 {yr}).",
        "A premium economy return to Singapore cost US$1,{q}40 (flexible fare).",
    ],
    "fees": [
        "Seat selection costs from £{fee} (standard seats, short haul).",
        "A 20kg bag added at the airport costs £{fee} more than one booked online.",
        "The change fee (£{fee} per passenger) was scrapped during the pandemic.",
        "Resort fees (around ${fee} a night) are a common complaint in the US.",
    ],
    "passenger-rights": [
        "Delays over three hours can bring compensation under UK261 (up to £520).",
        "EU Regulation 261/2004 sets compensation of €250 to €600 per passenger.",
        "The US DOT's automatic refunds rule (2024) applies to cancelled flights.",
        "Rail passengers can claim Delay Repay (from 15 minutes on many routes).",
    ],
    "legislation": [
        "Package holidays sold in the UK are covered by the Package Travel Regulations 2018.",
        "The ATOL scheme (1973) protects holidaymakers if a tour operator fails.",
        "The Consumer Rights Act 2015 applies to hotel and rail bookings alike.",
        "The Digital Markets, Competition and Consumers Act 2024 bans drip pricing.",
        "The Railways Act 1993 created the franchising model.",
    ],
    "alliance-year": [
        "Lufthansa is a founder member of Star Alliance (1997).",
        "British Airways and American Airlines founded oneworld (1999).",
        "SkyTeam (2000) is the smallest of the three alliances.",
        "Aer Lingus left oneworld (2007) and rejoined as an IAG airline.",
    ],
    "joint-venture": [
        "The transatlantic joint business (BA, AA, Iberia and Finnair) shares revenue on North Atlantic routes.",
        "The codeshare with Qantas (renewed in {yr}) covers flights to Australia.",
        "Emirates and flydubai began codesharing in 2017 (integrated partnership).",
    ],
    "railcard": [
        "The 16-25 Railcard gives a third off most fares (£30 a year).",
        "The 26-30 Railcard was launched nationally in 2019.",
        "A Two Together Railcard (£30) suits couples who travel at weekends.",
        "The BahnCard 50 (second class) halves the flexible fare.",
    ],
    "rail-fare": [
        "An Advance Single from {st} can be as little as £{fee} (booked twelve weeks ahead).",
        "Regulated fares rose by 4.9% in England (March 2024).",
        "Off-Peak Returns (valid one month) are the most popular ticket on the line.",
    ],
    "strike-date": [
        "Cabin crew strikes (25–27 {mo} {yr}) cancelled hundreds of flights.",
        "Rail strikes in December 2022 (RMT and ASLEF) cut leisure travel before Christmas.",
        "The GDL train drivers' strike (January 2024) halted most Deutsche Bahn services.",
    ],
    "disruption": [
        "The air traffic control failure (28 August 2023) stranded thousands of passengers.",
        "The Eyjafjallajökull ash cloud (April 2010) closed most of Europe's airspace.",
        "Heathrow's substation fire (March 2025) shut the airport for a day.",
        "The CrowdStrike outage (19 July 2024) grounded flights worldwide.",
    ],
    "award": [
        "{B} won a prize at the Skytrax World Airline Awards 2023.",
        "The airline was named Best Cabin Crew in Europe (third year running).",
        "The hotel group took home three trophies at the Travel Weekly Globe Travel Awards 2024.",
        "Changi was voted the world's best airport for the twelfth time (2023).",
    ],
    "person-title": [
        "{exec} (Chief Commercial Officer) presented the new brand strategy.",
        "{exec}, CEO (2019–2023), led the turnaround.",
        "Captain {exec} (Head of Flight Operations) fronted the safety video.",
        "The CMO ({exec}) joined from a hotel group in {yr}.",
    ],
    "financial-year": [
        "Revenue reached £{n}m in the last financial year ({fy}).",
        "The group returned to profit in {fy} (after three years of losses).",
        "Guidance for the year ahead (FY26) assumes flat yields.",
        "Ryanair's financial year (ending 31 March) makes comparison with easyJet awkward.",
    ],
    "season": [
        "The new route starts in the summer schedule ({sea}).",
        "Capacity was cut for the winter season (W23) on leisure routes.",
        "Slots for the next season ({sea}) were confirmed in {mo}.",
    ],
    "schedule": [
        "There are four departures a day (07:10, 11:45, 15:30 and 19:05).",
        "The sleeper leaves {st} at 23:50 (Sunday to Friday).",
        "Flight time is about seven hours (eastbound).",
    ],
    "aircraft-order": [
        "The carrier ordered {n} {ac} aircraft (with options for more).",
        "Deliveries of the new jets are due to start in {yr} (subject to supply chain delays).",
        "The order (list price about $10bn) was announced at the Dubai Airshow.",
    ],
    "event-year": [
        "The new loyalty programme was unveiled at ITB Berlin 2024.",
        "Stands at World Travel Market (November {yr}) were fully booked.",
        "The order was announced at the Farnborough Airshow (July 2024).",
        "The Paris Olympics (2024) dampened, rather than boosted, tourism to the city.",
    ],
    "covid-period": [
        "Bookings collapsed during the first lockdown (March–June 2020).",
        "The traffic light system (2021) confused holidaymakers.",
        "Refund complaints peaked during the pandemic (2020–2021 in the survey data).",
    ],
    "tax": [
        "Air Passenger Duty on a short-haul economy ticket is £13 (2024/25 rates).",
        "Germany's aviation tax (Luftverkehrsteuer) rose in May 2024.",
        "The UK's Electronic Travel Authorisation (ETA) costs £16 per visitor.",
    ],
    "percentage": [
        "Load factors averaged {pc}% over the summer (up from the year before).",
        "Around {pc}% of bookings were made on mobile ({yr}).",
        "On-time performance was poor (only {pc}% within 15 minutes).",
        "Ancillaries contributed {pc}% of revenue (per passenger, {fy}).",
    ],
    "figures": [
        "Most respondents preferred to book direct (n = {n}).",
        "Results are shown in the chart below (Figure {q}).",
        "Yields fell in the final quarter (Q{q} {yr}).",
        "Net promoter score rose to +{pc} (NPS, {mo} {yr}).",
    ],
    "year-noun": [
        "Revenue per passenger rose again ({yr} results: £{fare}).",
        "Marketing spend was held flat ({yr} budget: £{n}m).",
        "The summer was the strongest on record ({yr} season).",
    ],
    "noun-year": [
        "Bookings dropped after the data breach (September {yr}).",
        "The brand was relaunched with a new livery ({yr}).",
        "The carrier left the market after the collapse of Thomas Cook (2019).",
        "Flybe's second failure (January 2023) left regional routes without a carrier.",
    ],
    "date": [
        "The sale ran from {d} {mo} to the end of the month ({yr}).",
        "Data was exported from {sys} on {d}/{q}/{yr}.",
        "The campaign went live on {d} {mo} {yr} and ran for six weeks.",
        "Results for the period (1 April – 30 September {yr}) are shown below.",
    ],
    "abbreviation": [
        "Revenue per available seat kilometre (RASK) is the main yield measure.",
        "New Distribution Capability (NDC) lets airlines sell richer content through agents.",
        "Average daily rate (ADR) and revenue per available room (RevPAR) are the hotel equivalents.",
        "The online travel agency (OTA) charges the hotel a commission on each stay.",
        "Global distribution systems (GDS) still carry most corporate bookings.",
    ],
    "acronym-year": [
        "Emissions reporting follows the scheme for international flights (CORSIA {yr}).",
        "The airline met the new sustainable fuel mandate (SAF 2025).",
        "Staff were trained to the new accessibility standard (PRM {yr}).",
        "Carriers must report their emissions (UK ETS {yr} compliance year).",
    ],
    "target-year": [
        "The industry has committed to net zero carbon emissions by 2050 (Fly Net Zero).",
        "The UK mandate requires 10% sustainable aviation fuel by 2030 (rising to 22% in 2040).",
        "The group aims to halve its net emissions (against a 2019 baseline) by 2030.",
    ],
    "stock-ticker": [
        "IAG's shares (LSE: IAG) rose after the results.",
        "easyJet (LSE: EZJ) is a member of the FTSE 100.",
        "Ryanair is listed in Dublin and on Nasdaq (RYAAY).",
        "Booking Holdings (NASDAQ: BKNG) owns Kayak and Agoda.",
    ],
    "cross-reference": [
        "This is discussed further in Section {q}.2 (below).",
        "The full costings are in Appendix {q} (p. {n}).",
        "See Task 2 (b) for the competitor audit.",
        "As Figure {q} (above) shows, most bookings arrive through the app.",
        "The persona developed earlier (Section 3, ‘Business Brian’) is used here.",
    ],
    "handle-or-address": [
        "Customers can message the airline on X (@example_air).",
        "Complaints go to customer.relations@example-air.co.uk (staffed 24/7).",
        "The landing page (www.example-air.com/summer{yr}) converted best.",
        "The hashtag #FlyGreen{yr} trended for two days.",
    ],
    "slogan": [
        "British Airways' ‘To Fly. To Serve.’ line returned in 2011.",
        "Ryanair's tone on social media is a long way from ‘The low fares airline’ of its early years.",
        "Emirates' ‘Fly Better’ campaign (launched 2017) ran across TV and digital.",
        "{B}'s new tagline, ‘Made for the journey’, launched in {yr}.",
    ],
    "booking-code": [
        "Customers were asked to quote their booking reference (six characters, e.g. K7QF2M).",
        "Fare class Y (fully flexible) earns the most tier points.",
        "The fare basis (YLOWGB) shows the fare's rules to agents.",
    ],
    "hotel-rating": [
        "The resort holds five stars in the Forbes Travel Guide ratings ({yr} list).",
        "Most of the portfolio is four-star (AA rated).",
        "Guest scores average 8.{q} out of 10 (Booking.com reviews).",
    ],
    "cabin-product": [
        "The new business class seat (Club Suite, introduced in 2019) has a door.",
        "Singapore Airlines' suites (A380, 2017 cabin) are sold as a luxury product.",
        "Premium economy (World Traveller Plus) is the fastest-growing cabin.",
    ],
    "distance-duration": [
        "The route is 15,300 km long (about 18 hours non-stop).",
        "Journey times between London and Edinburgh fell to four hours (on the fastest trains).",
        "Transfer time at the hub is 60 minutes (minimum connection).",
    ],
    "exchange-rate": [
        "Revenue was converted at the year's average rate (£1 = €1.{q}5).",
        "A weak pound ($1.2{q} at the time) made US holidays dearer.",
        "AED figures are shown in pounds (AED 4.6 = £1).",
    ],
    "survey-wave": [
        "The consumer tracker (wave {q}) asked about trust in airlines.",
        "The panel was surveyed twice (wave 1 and wave 2, six months apart).",
        "Respondents were frequent flyers (at least four trips a year).",
    ],
    "model-name": [
        "The 7Ps (product, price, place, promotion, people, process and physical evidence) are used to audit the service.",
        "Objectives are set as SMART targets (specific, measurable, achievable, relevant and time-bound).",
        "The PESTLE analysis (Appendix 1) covers fuel prices and regulation.",
    ],
}  # fmt: skip
