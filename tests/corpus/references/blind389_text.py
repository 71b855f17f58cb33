"""The blind389 pool's prose: how marketers at low-cost and regional airlines, airports, package-holiday and tour
operators, cruise lines, coach operators and travel agents in the UK, Ireland, Spain, Greece, Turkey, the UAE and
India write CIM Level 4 to 6 reports in English.

Written without reading the checker or any other pool. ``{N}``, ``{P}``, ``{Q}``, ``{C}``, ``{O}``, ``{B}`` mean what
they mean in text.py; the frames also use the fill values of values() below. NOT_CITATIONS holds what these
candidates put in brackets and beside years that is no source: flight numbers, routes, aircraft, seasons,
passenger numbers, load factors, fares, airport codes, alliances, loyalty tiers, deals, founding years, strikes,
regulations named in passing, chief executives and more.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Ryanair", "easyJet", "Jet2holidays", "TUI", "Wizz Air", "Aer Lingus", "Loganair", "Emirates", "flydubai",
          "Air Arabia", "IndiGo", "Air India Express", "Pegasus", "Turkish Airlines", "AJet", "Vueling", "Iberia Express",
          "Volotea", "Aegean", "Sky Express", "Manchester Airport", "Dublin Airport", "Bristol Airport",
          "Dubai Airports", "loveholidays", "On the Beach", "Hays Travel", "Trailfinders", "Barrhead Travel",
          "P&O Cruises", "Marella Cruises", "Celestyal", "National Express", "Shearings", "MakeMyTrip", "Thomas Cook India",
          "Sunvil", "Olympic Holidays", "Corendon", "Saga Holidays", "Click&Go", "Travel Department"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the common ones."""
    y3 = rng.randint(2016, 2025)
    return {
        "Y3": str(y3), "yy": str(y3)[2:], "yy1": f"{(y3 + 1) % 100:02d}",
        "fl": rng.choice(["FR", "U2", "LS", "W6", "EI", "LM", "EK", "FZ", "G9", "6E", "PC", "TK", "VY", "A3", "BY", "IX"]) + str(rng.randint(101, 9899)),
        "rt": rng.choice(["Dublin–Malaga", "Manchester–Antalya", "Glasgow–Palma", "Stansted–Chania", "Leeds Bradford–Dalaman",
                          "Cork–Faro", "Birmingham–Dubai", "Kochi–Sharjah", "Mumbai–Goa", "Athens–Mykonos", "Bristol–Tenerife South",
                          "Edinburgh–Kirkwall", "London Gatwick–Izmir", "Delhi–Abu Dhabi"]),
        "ac": rng.choice(["A321neo", "A320neo", "Boeing 737 MAX 8", "737-800", "A330-900", "ATR 72-600", "Embraer E195-E2",
                          "Boeing 777-300ER", "A380", "Saab 340", "A220-300", "Boeing 787-9"]),
        "apt": rng.choice(["LHR", "LGW", "STN", "MAN", "DUB", "ORK", "AGP", "PMI", "HER", "ATH", "AYT", "IST", "SAW", "DXB",
                           "DWC", "SHJ", "AUH", "BOM", "DEL", "GOI", "COK", "BHX", "GLA", "EDI", "BRS"]),
        "sea": rng.choice([f"Summer {y3}", f"Winter {y3}/{(y3 + 1) % 100:02d}", f"S{str(y3)[2:]}", f"W{str(y3)[2:]}/{(y3 + 1) % 100:02d}",
                           f"summer {y3}", f"peak season {y3}"]),
        "pax": f"{rng.randint(2, 199)}.{rng.randint(1, 9)}",
        "lf": str(rng.randint(78, 96)),
        "fare": f"{rng.randint(9, 249)}.99",
        "fee": str(rng.choice([6, 8, 12, 15, 18, 22, 25, 30, 36, 45, 55])),
        "pp": str(rng.randint(399, 2499)),
        "pct": str(rng.randint(4, 68)),
        "mon": rng.choice(["January", "March", "April", "May", "July", "August", "October", "December"]),
        "hh": f"{rng.randint(5, 22):02d}:{rng.choice(['05', '15', '30', '40', '50'])}",
        "gate": str(rng.randint(1, 58)),
        "pl": rng.choice(["Crete", "Rhodes", "Corfu", "Antalya", "Bodrum", "Tenerife", "Lanzarote", "Ibiza", "Goa",
                          "Kerala", "Dubai", "Ras Al Khaimah", "the Algarve", "Cork", "Donegal", "the Costa del Sol"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although the sample was mostly {A}.", "{N} concluded that {C}.",
    "{N} suggests that {C}, which is very relevant to {B}.", "{N} highlighted that {C}.", "{N} states that {C}.",
    "{N} found that {C} on short-haul routes.", "{N} explains that {C}, for example on the {rt} route.",
    "{N} identified that {C}, particularly for {A}.", "{N} noted that since {Y3} {C}.",
    "{N} points out that {C} – something {B} cannot ignore.", "{N} believes that {C}.",
    "{N} recommend that travel brands check whether {C}.", "{N} reported that {C} across Europe.",
    "{N} questioned whether {C}.", "{N} discuss how {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} explain, {C}.", "{O}, {N} found that {C}.", "According to {N}, {C}.", "As reported by {N}, {C}.",
    "Following {N}, this report assumes that {C}.", "{C}, as {N} noted.", "{C} (as {N} found).",
    "This is supported by {N}, who found that {C}.", "{C}, according to {N}.", "{C} – a view shared by {N}.",
    "Research by {N} suggests that {C}.", "Data from {N} show that {C}.", "As {N} put it, {C}.",
    "{B} is a good example: {N} showed that {C}.", "{C}; however, {N} found the opposite for {A}.",
    "In their study of tour operators in {pl}, {N} found that {C}.", "A survey by {N} found that {C}.",
    "{O}, and as reported by {N}, {C}.", "It could be argued, following {N}, that {C}.",
    "For {B}'s revenue team, the work of {N} matters because {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Using {N} framework, it is clear that {C}.", "{O}, {N} report concluded that {C}.",
    "{B} could apply {N} model, since {C}.", "According to {N} survey, {C}.", "{N} findings are useful here because {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For {A}, {C} {P}.", "This matters because {C} {P}.",
    "{B} is no exception, since {C} {P}.", "It is often claimed that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.",
    "{C}, especially on routes to {pl} {P}.", "In short, {C} {P}.", "{C}. {P}",
    "The main drivers are price, punctuality and baggage rules {P}.", "{C} {P:see also}.",
    "{C}, as several studies of airlines show {P:for example,}.", "A key point for {B} is that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{C} {P:see}, whereas {C2}.", "Some sources {P:e.g.} argue that {C}.",
    "Studies {P} agree that {C}.", "Because {C} {P}, {B} should make sure that {C2}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} book later than they did before the pandemic", "dynamic pricing can damage trust if fares change too often",
    "a well-handled complaint can leave passengers more loyal than before", "ancillary fees now make up a large share of low-cost airlines' revenue",
    "{A} compare fares on several sites before they book", "frequent-flyer schemes reward the most profitable customers rather than the most frequent ones",
    "package holidays still appeal to families because of the financial protection they offer",
    "travel agents add value when trips are complex", "online reviews shape the choice of destination more than advertising does",
    "destination marketing works best when airlines, hotels and tourist boards act together",
    "service recovery matters more after a delay than after a cancellation", "{B} competes on price rather than service",
    "drip pricing makes passengers feel misled", "regional airports depend on one or two carriers",
    "cruise passengers are getting younger", "coach holidays appeal mainly to older travellers",
    "all-inclusive packages reduce spending in local businesses", "{T} improves {R} among {A}",
    "loyalty points lose their value when they are hard to redeem", "the cost-of-living crisis has made {A} more price-sensitive",
    "sustainability claims by airlines are met with scepticism", "mobile apps now account for most airline bookings",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In the UK", "For {B}", "Since the pandemic",
    "In the context of {B}", "From a passenger's perspective", "Nevertheless", "As a result", "In the Gulf market",
    "In India", "Across the Mediterranean", "For tour operators", "Overall",
]  # fmt: skip
PLAIN = [
    "{B} flies to more than {q}0 destinations from its main base.", "This report analyses {B}'s marketing mix and makes recommendations.",
    "The table below compares {B} with its two closest competitors.", "{O}, {C}.",
    "A PESTLE analysis of the short-haul holiday market is included in the appendix.",
    "Customers can book through the app, the website, a call centre or a high-street agent.",
    "Task 2 builds on this with a customer journey map for a family holiday.",
    "The recommendations are phased over the next two seasons.", "{B}'s Instagram account posts daily offers.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one tourism marketing text puts it, {Q} {P}.", "{N} put it simply: {Q}.",
    "This is summed up well: {Q} {P}.", "{B} appears to accept that {Q} {P}.", "One review concluded that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘no-frills’", "‘drip pricing’", "‘revenge travel’", "‘overtourism’", "‘staycation’", "‘flight shame’",
                "‘bleisure’", "'workation'", "‘dynamic packaging’", "“skiplagging”", "'greenwashing'", "‘set-jetting’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} has been accused of {Q} {P}.", "The idea of {Q} travel is now common {P}.", "So-called {Q} worries destinations such as {pl} {P}.",
    "This trend, often called {Q}, affects {A} most {P}.", "{N} describe this as {Q}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your {sea} holiday is waiting’", "‘Seat sale: fares from £{fare}’", "“Don’t forget your bags – add them now”",
                 "‘{pl} for less: 48 hours only’", "‘Check in now for {fl}’", "‘£100 off every family holiday’",
                 "“Your trip to {pl} is {q} weeks away”"]  # fmt: skip
SUBJECT_FRAMES = [
    "An email headed {Q} lifted open rates {P}.", "{B} used {Q} in its abandoned-booking email {P}.",
    "Messages like {Q} work because they create urgency {P}.", "Testing {Q} against a plainer version showed a clear winner {P}.",
]  # fmt: skip

# Text with brackets, years, codes and figures that is no citation: what a tutor would never look for in the list.
NOT_CITATIONS = {
    "flight-number": ["Flight {fl} was cancelled twice in {mon} {Y3}.", "The late departure ({fl}) left {apt} at {hh}.",
                      "Passengers on {fl} ({mon} {Y3}) waited six hours for a replacement aircraft."],
    "route-year": ["{B} launched the {rt} route ({Y3}) with four flights a week.", "Demand on the {rt} route (summer {Y3}) exceeded forecasts.",
                   "The {rt} route ({Y3}–{Y2}) was dropped after two seasons."],
    "aircraft-type": ["The new aircraft (A321neo) carry 232 passengers.", "{B} operates the {ac} (delivered {Y3}) on its busiest routes.",
                      "Its fleet of Boeing 737 MAX 8s (197 seats) lowered cost per seat."],
    "season-schedule": ["Capacity grows again next season ({sea}).", "The route returns for the winter schedule (W23/24).",
                        "Bookings for {sea} opened in October."],
    "passenger-numbers": ["{B} carried {pax} million passengers ({Y3}).", "Traffic recovered to {pax}m passengers in {Y3} (up {pct}%).",
                          "Dubai International (DXB) handled 86.9 million passengers in 2023."],
    "load-factor": ["Load factor stayed high ({lf}%, FY{yy}).", "Its summer flights were almost full (load factor {lf}% in {Y3})."],
    "fare": ["Fares started at £{fare} one way ({mon} {Y3}).", "The cheapest return fare (£{fare}, {Y3}) undercut {B} on the route."],
    "ancillary-fee": ["Checked bags cost extra (£{fee} for 20kg).", "Seat selection (from £{fee}) is the fastest-growing ancillary."],
    "airport-code": ["Most passengers fly from Manchester (MAN) or Stansted (STN).", "The hub at Dubai (DXB) competes with Abu Dhabi (AUH).",
                     "{B} has a base at {apt} and flies to Heraklion (HER)."],
    "airline-designator": ["Ryanair (FR) and easyJet (U2) dominate the market.", "IndiGo (6E) and Air India (AI) compete on domestic routes.",
                           "Emirates (EK) and flydubai (FZ) share a hub."],
    "alliance-year": ["Aer Lingus left oneworld (2007) but kept codeshares.", "Turkish Airlines joined Star Alliance (2008).",
                      "Iberia is a founding member of oneworld (1999)."],
    "codeshare": ["The codeshare with Emirates (since {Y3}) feeds long-haul passengers.", "Passengers can connect via the interline agreement ({Y3})."],
    "loyalty-tier": ["Members reach Gold tier (1,500 tier points) after about twelve return flights.", "Skywards Silver (25,000 tier miles) brings lounge access.",
                     "The scheme has three tiers (Blue, Silver and Gold)."],
    "acquisition": ["IAG bought Aer Lingus (2015) for €1.4bn.", "TUI merged with First Choice (2007) to form TUI Travel.",
                    "Air India was sold to the Tata group (2022).", "Jet2 bought a fleet of new aircraft after Thomas Cook collapsed (2019)."],
    "founding-year": ["easyJet (founded 1995) started with two leased aircraft.", "Ryanair (est. 1985) began with one 15-seat aircraft.",
                      "Jet2.com (launched 2002) grew from a cargo airline.", "Hays Travel (founded 1980) is the UK's largest independent agent."],
    "strike-disruption": ["French air traffic control strikes (summer 2023) cancelled thousands of flights.", "The NATS system failure (28 August 2023) grounded UK flights.",
                          "Baggage handlers walked out at {apt} ({mon} {Y3})."],
    "regulation-named": ["Under EU261, passengers can claim up to €600.", "After Brexit the rules became UK261.",
                         "The Package Travel Regulations 2018 protect customers of package holidays.", "{B} is ATOL protected under the ATOL Regulations 2012."],
    "ceo-year": ["Michael O'Leary (chief executive since 1994) is the public face of Ryanair.", "Kenton Jarvis (CEO from 2025) succeeded Johan Lundgren at easyJet.",
                 "Under Sebastian Ebel (CEO since 2022) TUI moved further into experiences.", "Pieter Elbers (appointed 2022) leads IndiGo."],
    "licence-number": ["{B} holds an ATOL licence (ATOL 11{q}{n}).", "The agency is an ABTA member (P{n}{q}).",
                       "Every booking shows the ATOL number (ATOL 5{n})."],
    "financial-year": ["Profits rose sharply (FY{yy}).", "Revenue guidance was raised for the year (FY{yy}/{yy1}).",
                       "The results for the half year (H1 FY{yy}) beat forecasts."],
    "revenue-figures": ["Revenue reached €{n}m ({Y3}).", "Ancillary revenue rose to £{n}m in {Y3} ({pct}% of sales)."],
    "terminal-gate": ["Passengers board from Terminal 2 (T2).", "Departures moved to Gate {gate} (Pier B)."],
    "cruise-ship": ["P&O's newest ship, Arvia (2022), carries 5,200 guests.", "Marella Voyager (refitted {Y3}) sails from Corfu.",
                    "Celestyal Journey (joined the fleet in 2023) sails the Aegean."],
    "coach-route": ["National Express service 025 (London–Oxford) runs every 30 minutes.", "The coach tour (8 days, 1,200 miles) visits five cities."],
    "package-price": ["A week in {pl} costs about £{pp} per person (all-inclusive, {Y3}).", "Family packages (2 adults, 2 children) start at £{pp}."],
    "award-rating": ["{B} won Best Tour Operator (British Travel Awards {Y3}).", "The airline holds a Skytrax 4-star rating ({Y3}).",
                     "The agency was named a Which? Recommended Provider ({Y3})."],
    "on-time-performance": ["Punctuality improved (OTP {lf}%, {Y3}).", "{B} was the most punctual airline at {apt} ({mon} {Y3})."],
    "review-score": ["Customers rate the app highly (4.{q}/5, App Store).", "{B} scores 4.{q} out of 5 on Trustpilot ({n} reviews)."],
    "nps": ["Satisfaction rose after the relaunch (NPS +{pct}, Q{q} {Y3}).", "The call centre's score fell (NPS {pct} in {Y3})."],
    "cross-reference": ["The customer journey is mapped in Appendix {q} (Figure {q}).", "See Table {q} (page {q}) for the competitor analysis.",
                        "This is discussed further in Task 2 (b)."],
    "abbreviation": ["Cost per available seat kilometre (CASK) is the key measure for low-cost carriers (LCCs).",
                     "Online travel agents (OTAs) take commission from hotels.", "The Civil Aviation Authority (CAA) publishes complaints data.",
                     "The Association of British Travel Agents (ABTA) runs a code of conduct."],
    "market-share": ["{B} holds the largest share of the market ({pct}%, {Y3}).", "Low-cost carriers carried most intra-European passengers ({pct}% in {Y3})."],
    "booking-window": ["Families book early (10–12 weeks ahead).", "The average lead time fell ({q}{q} days in {Y3})."],
    "timetable": ["The first flight leaves at {hh} (local time).", "The overnight coach (departing {hh}) arrives in Glasgow at dawn."],
    "campaign-year": ["The ‘Nothing beats a Jet2 holiday’ adverts ({Y3}) became a meme.", "Its ‘Seat sale’ campaign (January {Y3}) sold 2 million seats.",
                      "Turkey's ‘Go Türkiye’ campaign (2022) replaced ‘Turkey Home’."],
    "handle-or-address": ["{B} answers questions on X (@HolidayHelpTeam) within the hour.", "Bookings are made on the website (www.example-holidays.co.uk).",
                          "The hashtag (#SummerSeatSale) trended for two days."],
    "pandemic-period": ["Flying almost stopped during the pandemic (2020–21).", "Travel corridors (July 2020) briefly reopened Greece and Spain.",
                        "Capacity was cut to a fraction of normal (March 2020 to May 2021)."],
    "distance-duration": ["The flight is short (2,350 km; 3h 15m).", "Coach transfers to {pl} take about an hour (45 km)."],
    "currency": ["A return fare costs AED 1,250 (about £270).", "Domestic fares start at ₹3,999 (around £38).",
                 "Taxis from Antalya airport cost TRY 1,500 (about £35)."],
    "visa-policy": ["The EU's ETIAS scheme (expected 2026) will add a fee for UK visitors.", "India's e-visa (introduced 2014) made trips easier to book.",
                    "The UK's ETA (from 2025) applies to most visitors."],
    "holiday-period": ["Prices peak in the school holidays (half-term, October {Y3}).", "Bookings surged in January ({mon} peaks, {Y3})."],
    "sample": ["Most respondents preferred the app (n = {n}).", "The survey ({n} passengers, {mon} {Y3}) was run at the gate."],
    "complaints": ["Complaints to the regulator rose ({n} in {Y3}).", "Refund requests peaked after cancellations ({n},000 in {Y3})."],
    "fleet-order": ["{B} ordered 150 aircraft (737 MAX 10, {Y3}).", "The fleet will reach {n} aircraft (by 2030)."],
    "sustainability-target": ["The airline aims for net zero (by 2050).", "Sustainable fuel should supply a tenth of demand (SAF mandate, 2030)."],
    "tax": ["Air Passenger Duty (£{q}3 per short-haul passenger) is added to every fare.", "Tourist taxes (€{q} per night in {Y3}) are rising."],
    "quarter": ["Bookings rose sharply (Q{q} {Y3}).", "The busiest quarter ({mon}–September) brings most of the profit."],
    "product-code": ["The Greek island-hopping tour (code GR{q}{q}) sold out.", "The fare class (Y, B, M) sets the refund rules."],
    "seat-capacity": ["Seat capacity to {pl} grew strongly ({pct}% more seats, {sea}).", "{B} added 400,000 seats ({Y3}) on UK routes."],
}  # fmt: skip
