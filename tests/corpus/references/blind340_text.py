"""The blind340 pool's prose: marketers at airports and airport groups, duty-free and travel-retail operators, lounges
and fast-track services, parking and transfer firms and airport hotels in the UK, Ireland, the Netherlands, the UAE,
Singapore and South Africa, writing CIM Level 6 and 7 reports and MBA assignments. Written without reading the
checker or any other pool. NOT_CITATIONS holds brackets, years and quotations that are no citation.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Heathrow", "Gatwick", "Manchester Airports Group", "Edinburgh Airport", "Dublin Airport", "Schiphol",
          "Dubai Airports", "Changi Airport Group", "Airports Company South Africa", "World Duty Free", "Dufry",
          "Avolta", "Dubai Duty Free", "Lagardère Travel Retail", "DFS", "Priority Pass", "Plaza Premium",
          "Collinson", "APH", "Holiday Extras", "Purple Parking", "Uber", "Hilton Garden Inn", "YOTELAIR",
          "Aer Rianta International"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    return {
        "pc": str(rng.randint(4, 78)), "mp": f"{rng.randint(5, 80)}.{rng.randint(0, 9)}",
        "fee": rng.choice(["£5", "£6", "£7", "€3", "AED 25", "S$8", "R45"]),
        "ap": rng.choice(["Heathrow", "Gatwick", "Manchester", "Edinburgh", "Dublin", "Schiphol", "Dubai International",
                          "Changi", "O.R. Tambo", "Cape Town International"]),
        "ch": rng.choice(["the airport app", "pre-book parking", "WhatsApp", "Instagram", "paid search", "email",
                          "the loyalty scheme", "TikTok", "Google Maps"]),
        "cat": rng.choice(["fragrance", "liquor", "luxury watches", "confectionery", "skincare", "tobacco"]),
    }  # fmt: skip


_CLAIMS = [
    "non-aeronautical revenue now matters as much as landing charges to airport groups",
    "passengers who clear security quickly spend more in duty free",
    "dwell time after security is the strongest driver of travel-retail spend",
    "pre-booked parking raises yield without adding spaces",
    "lounge access builds loyalty only when the lounge is not crowded",
    "{B} could use {ch} to convert more passengers before they fly",
    "price perception keeps many passengers out of duty-free stores",
    "walk-through store layouts lift penetration but annoy hurried travellers",
    "fast-track security is sold best as part of a bundle",
    "airport hotels rely on transfer and early-departure guests",
    "digital channels let airports speak to passengers weeks before they travel",
    "passengers trust airport reviews more than airport advertising",
    "click-and-collect reduces the anxiety of shopping before a flight",
    "{cat} remains the category that travellers most expect to find cheaper at the airport",
    "Middle Eastern hubs treat retail as part of the brand rather than a concession",
    "{A} respond to personalised offers sent through {ch}",
    "loyalty schemes at airports struggle because most passengers fly rarely",
]  # fmt: skip

NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although their sample came from a single terminal.",
    "{N} concluded that {C}; this matters for {B}.", "{N} showed that {C} at {ap}.",
    "{N} suggested that {C}.", "{N} observed that {C}, which is why {B} redesigned its departure lounge.",
    "{N} noted that, since the pandemic, {C}.", "{N} warned that {C} unless prices are benchmarked against the high street.",
    "{N} identified that {C}, particularly among {A}.", "{N} reported that {C} in {pc}% of the airports studied.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} explained, {C}.", "{O}, {N} found that {C}.", "This is consistent with {N}, who found that {C}.",
    "{C}, as {N} pointed out.", "According to {N}, {C}.", "Research by {N} suggests that {C}.",
    "{B} is a good example: {N} showed that {C}.", "It could be argued, following {N}, that {C}.",
    "{C} – a view shared by {N}.", "A survey by {N} found that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {ap} found that {C}.", "{O}, {N} model suggests that {C}.",
    "{N} findings imply that {C}.", "{N} research on travel retail shows that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "There is evidence that {C} {P}.", "It is widely accepted that {C} {P}.",
    "At {ap}, {C} {P}.", "{C}, especially at hub airports {P}.", "{C} {P:see}.", "{C} {P:e.g.}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, although {C2}.", "{C} {P}; even so, {C2}.", "{C} {P}, while {C2}.", "{C} {P}, and {C2}.",
]  # fmt: skip
CLAIMS = _CLAIMS
OPENERS = ["However", "In practice", "For {B}", "At {ap}", "By contrast", "More recently", "Since the pandemic",
           "In the Gulf", "In Singapore", "Similarly"]  # fmt: skip
PLAIN = [
    "{B} sells parking, lounges and fast track through one booking engine.",
    "The departure lounge at {ap} has a walk-through duty-free store.",
    "{B} sends a pre-travel email about ten days before departure.",
    "{O}, {C}.", "Passengers can pre-order {cat} and collect it at the gate.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one textbook puts it, {Q} {P}.", "{O}, {Q} {P}.", "Put simply, {Q} {P}.",
    "The point is that {Q} {P}, and {B} has not acted on it.",
]  # fmt: skip
SCARE_QUOTES = ["‘airport as a mall’", "‘golden hour’", "‘dwell time’", "‘sense of place’", "‘seamless journey’",
                "‘retailtainment’", "‘phygital’ retail"]  # fmt: skip
SCARE_FRAMES = [
    "Airports now talk of the {Q} after security {P}.", "{B} calls its approach {Q} {P}.",
    "Marketers describe this as the {Q} {P}.", "The idea of a {Q} is now common in airport strategy {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your parking at {ap} is confirmed’", "‘Skip the queue: fast track from {fee}’",
                 "“Your lounge is waiting”", "‘Pre-order your {cat} and save {pc}%’",
                 "‘Jet off for less: parking deals inside’"]  # fmt: skip
SUBJECT_FRAMES = [
    "An email headed {Q} had the highest open rate {P}.", "{B} sent {Q} to passengers a week before departure {P}.",
    "The subject line {Q} doubled clicks {P}.", "Testing {Q} against a plainer version showed the value of urgency {P}.",
]  # fmt: skip

NOT_CITATIONS = {
    "airport-opening": ["The brand was born at Heathrow (Heathrow Terminal 5, 2008) and grew from there.",
                        "{B} borrowed the idea of a garden terminal (Changi Jewel, 2019).",
                        "The airport began as a military airfield (Schiphol, 1916)."],
    "airport-opening-gulf": ["The emirate's first airport had a sand runway (Dubai International, 1960).",
                             "Expansion continued with a new passenger terminal (Dubai International Terminal 3, 2008)."],
    "runway": ["Capacity grew again with a new strip (second runway, 1988).",
               "The planning fight over the third runway (Heathrow third runway, 2009) still shapes the brand.",
               "Dublin opened its long-delayed runway (North Runway, 2022) and night flights became a story."],
    "founder": ["Duty free was invented in Ireland (Brendan O'Regan, 1947).",
                "The low-cost idea came from a British pioneer (Freddie Laker, 1977)."],
    "executive": ["Heathrow's strategy changed under a new chief executive (John Holland-Kaye, 2014).",
                  "Colin Matthews (2012) led the airport through the Olympics.",
                  "Ryanair's style of pricing was set early (Michael O'Leary, 1994)."],
    "duty-free-first": ["The world's first duty-free shop opened in County Clare (Shannon duty free, 1947).",
                        "Dubai's retail story began in the arrivals hall (first Dubai duty-free shop, 1983)."],
    "duty-free-rule": ["Sales within Europe collapsed (intra-EU duty-free abolition, 1999).",
                       "UK shoppers lost their tax refunds (VAT-free shopping ended, 2021)."],
    "liquids-rule": ["Security queues changed overnight (liquids rule, 2006).",
                     "Travellers still talk about the bag limit (100ml limit, 2006).",
                     "New scanners will end the restriction ({ap} CT scanners, 2024)."],
    "crisis": ["Thousands were stranded for a week (volcanic ash cloud, 2010).",
               "The runway was closed for three days (Gatwick drone, 2018)."],
    "opening-chaos": ["Baggage piled up in the new building (Terminal 5 opening chaos, 2008).",
                      "Queues at Dublin made headlines (summer security queues, 2022)."],
    "pandemic": ["Traffic fell by almost three quarters (COVID-19 grounding, 2020).",
                 "Lounges closed for months (first lockdown, March 2020)."],
    "award": ["{B} won again (Skytrax World Airport Award, 2023).",
              "The airport's marketing team used its title (Best Airport in Europe, 2022) in every campaign.",
              "The service culture was recognised (ASQ Award, 2019)."],
    "ranking": ["Changi lost its crown for a year (World's Best Airport, 2021).",
                "The lounge is ranked highly (top 10 lounges, {Y})."],
    "merger": ["The two retailers combined (Dufry and Autogrill, 2023).",
               "Spanish capital arrived at BAA (Ferrovial and Heathrow, 2006).",
               "The French group bought its rival (Lagardère and Aelia, 2008)."],
    "takeover": ["Gatwick changed hands again (VINCI Airports, 2019).",
                 "World Duty Free was absorbed (Dufry takeover, 2015)."],
    "law": ["The regulator's powers were reformed (Civil Aviation Act, 2012).",
            "BAA was privatised under statute (Airports Act, 1986)."],
    "passenger-rights": ["Delayed passengers may claim compensation (EU261, 2004).",
                         "After Brexit the rules were copied into UK law (UK261, 2021)."],
    "film": ["Airport marketing has long been romanticised (Airport, 1970).",
             "Tom Hanks lived in a departure lounge (The Terminal, 2004)."],
    "tv-series": ["Reality television made check-in staff famous (Airline, 1998).",
                  "Heathrow's arrivals hall has its own famous scene (Love Actually, 2003)."],
    "documentary": ["Viewers saw behind the scenes (Airport Live, 2016).",
                    "Dublin's staff became household names (Ireland's Busiest Airport, 2019)."],
    "drop-off-fee": ["Heathrow's Terminal Drop-Off Charge is £6 a drop-off (2024).",
                     "Stansted charges £7 a drop-off (2024) for ten minutes.",
                     "At {ap} the kerb charge is {fee} a drop-off (2025)."],
    "passenger-count": ["Heathrow handled 79.2 million passengers (2023).",
                        "Dubai International served 86.9 million passengers (2023).",
                        "{ap} handled {mp} million passengers ({Y})."],
    "year-figure": ["Retail income per passenger rose sharply (2022 passengers).",
                    "Parking revenue recovered ({Y} results: £{n}m)."],
    "slogan-heathrow": ["Heathrow's purpose, ‘Making every journey better’, appears on every screen.",
                        "The line “Making every journey better” is used in staff training."],
    "saying": ["Lounges sell rest because ‘Jet lag is real’.",
               "Staff often remind passengers that “Jet lag is real” before long-haul flights."],
    "tagline": ["Changi's campaign ‘Changi Airport: Journeys that connect’ ran for two years.",
                "Dubai Duty Free's line “Shop and win” is painted in the terminal."],
    "promo-code": ["Passengers booked with the code FLY{pc} (valid {Y}).",
                   "The offer (code LOUNGE{pc}) was only shown in {ch}."],
    "price-lounge": ["A lounge visit costs about £{pc} ({Y} price).", "Fast track costs {fee} (per person, {Y})."],
    "terminal-code": ["Most of the shops are airside (Terminal 2, Gate B{pc}).",
                      "The lounge is next to the gates (Concourse A, {ap})."],
    "flight-number": ["The inaugural flight was greeted with a water arch (EK{n}, {Y}).",
                      "The delayed service (BA{n}) led to a social media storm."],
    "iata-code": ["Transfers at the hub (LHR, DXB, SIN) are growing.", "The route links two hubs (AMS–JNB, {Y})."],
    "exchange-rate": ["Prices were converted at the day's rate (£1 = AED {pc}, {Y}).",
                      "The rand weakened sharply (R{pc} to the pound, {Y})."],
    "survey-n": ["Most respondents preferred pre-booking (n = {n}).", "The passenger intercept survey ran for two weeks (n = {n}, {Y})."],
    "figure-ref": ["Dwell time is shown in the chart (Figure {q}).", "The segments are compared below (Table {q})."],
    "quarter": ["Parking revenue grew strongly (Q{q} {Y}).", "Lounge visits peaked in the summer (July–August {Y})."],
    "year-range": ["Passenger numbers recovered over the period ({Y}–{Y2}).", "The concession runs for ten years ({Y}–{Y2})."],
    "strategy-name": ["The airport's plan (Vision {Y2}) puts retail at its heart.",
                      "Schiphol's growth cap (500,000 flights, 2008) limits traffic."],
    "hotel-opening": ["The capsule hotel opened airside (YOTELAIR Gatwick, 2011).",
                      "A new hotel linked to the terminal (Hilton Garden Inn, 2018) now sells parking packages."],
    "lounge-opening": ["The first independent lounge network began with a card (Priority Pass, 1992).",
                       "The pay-per-use lounge concept spread quickly (Plaza Premium, 1998)."],
    "regulation-decision": ["The regulator capped charges (H7 decision, 2023).",
                            "Dublin's passenger cap became a political issue (32 million cap, 2007)."],
    "tax": ["Air Passenger Duty rose again (APD, 2024).", "The Dutch ticket tax tripled (vliegbelasting, 2023)."],
    "sustainability-target": ["The group aims to reach net zero (net zero by 2040).",
                              "Sustainable fuel is mandated (SAF mandate, 2025)."],
    "event": ["The Olympics brought a record day (London 2012).", "The expo boosted arrivals (Expo 2020 Dubai, 2021)."],
    "world-cup": ["South Africa's airports were upgraded (FIFA World Cup, 2010).",
                  "Transit passengers surged (Qatar World Cup, 2022)."],
    "age-group": ["Younger travellers book parking on their phones (aged 18–34).", "Older passengers prefer the desk (65+)."],
    "percent-bracket": ["Most passengers shop in the departure lounge ({pc}%).", "Pre-booking is growing quickly (up {pc}% on {Y})."],
    "brand-launch": ["{B} relaunched its app ({Y} relaunch).", "The loyalty scheme (Heathrow Rewards, 2014) replaced an older card."],
    "stock-listing": ["The retailer's shares trade in Zurich (SIX: AVOL).", "The operator was listed in 2000 (Euronext, 2000)."],
    "anniversary": ["The brand celebrated a milestone (75 years of duty free, 2022).",
                    "{B} marked its birthday (40th anniversary, {Y})."],
}  # fmt: skip
