"""The blind372 pool's prose: marketers at parcel carriers, last-mile start-ups, freight forwarders, fulfilment firms,
postal operators and delivery marketplaces in the UK, Poland, Turkey, Indonesia, Colombia and Australia, writing CIM
Level 6 and 7 reports and MBA assignments in English.

Written by another hand without reading the checker, its tests or any other pool. Frames use the common fill values
and these of its own: {car} a carrier, {city} a hub city, {svc} a delivery service, {van} a van model, {peak} a peak
season, {Y3} a recent year, {pc} a percentage's number, {k} a thousands figure, {cur} a price with its currency.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Royal Mail", "Evri", "DPD", "Yodel", "InPost", "Poczta Polska", "Allegro", "DHL Parcel Polska",
          "Yurtiçi Kargo", "Aras Kargo", "Trendyol Express", "Hepsijet", "PTT Kargo", "J&T Express", "JNE",
          "SiCepat", "Pos Indonesia", "Tokopedia", "Shopee Xpress", "Servientrega", "Coordinadora", "Rappi",
          "Interrapidísimo", "Australia Post", "StarTrack", "Sendle", "Toll", "Couriers Please", "Amazon Logistics",
          "Ocado", "GXO", "Kuehne+Nagel", "Gophr", "Stuart", "Packeta", "Zapp"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the common ones."""
    return {
        "car": rng.choice(["Evri", "DPD", "InPost", "Yurtiçi Kargo", "J&T Express", "Servientrega", "Australia Post",
                           "Royal Mail", "Aras Kargo", "SiCepat", "Coordinadora", "Sendle"]),
        "city": rng.choice(["Daventry", "Warsaw", "Łódź", "Istanbul", "Gebze", "Cikarang", "Surabaya", "Bogotá",
                            "Medellín", "Melbourne", "Sydney", "Coventry", "Kraków", "Ankara"]),
        "svc": rng.choice(["Next Day", "Tracked 48", "Paczkomat 24/7", "Kargo Express", "YES", "Same Day Pro",
                           "Express Post", "Click & Collect", "Sameday Bogotá", "Priority"]),
        "van": rng.choice(["Ford E-Transit", "Mercedes eSprinter", "Renault Master E-Tech", "Isuzu Elf",
                           "Fiat E-Ducato", "LDV eDeliver 9", "Vauxhall Vivaro Electric"]),
        "peak": rng.choice(["Black Friday", "Cyber Monday", "Harbolnas", "Ramadan", "Christmas", "Singles' Day",
                            "Día sin IVA", "Boxing Day", "Efsane Cuma", "Click Frenzy"]),
        "Y3": str(rng.randint(2019, 2025)), "pc": str(rng.randint(3, 94)), "k": str(rng.randint(12, 950)),
        "cur": rng.choice(["£3.49", "PLN 12.99", "TRY 89", "Rp 9.000", "COP 12.500", "AUD 11.95", "£1.25", "PLN 1.99"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argue that {C}.", "{N} found that {C}, although their sample was drawn only from {city}.",
    "{N} concluded that {C}, which matters for {B}.", "{N} showed that {C}.", "{N} identified that {C} for {A}.",
    "{N} suggests that {C}; this is visible in {B}'s own tracking data.", "{N} reported that {C} in {Y3}.",
    "{N} defines the last mile as the final leg of a parcel's journey and notes that {C}.",
    "{N} warned that {C} unless carriers invest in {T}.", "{N} makes the point that {C}.",
    "{N} go further, arguing that {C} and that {C2}.", "{N} observed that {C} during {peak}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "As {N} explain, {C}.", "Following {N}, {C}.", "Echoing {N}, {C}.",
    "Building on {N}, this report assumes that {C}.", "{O}, {N} found that {C}.", "{C}, as {N} point out.",
    "{C}; {N} reached a similar conclusion for {car}.", "This is consistent with {N}, who found that {C}.",
    "{C}, according to {N}.", "Research by {N} suggests that {C}.", "In their study of couriers in {city}, {N} found that {C}.",
    "Data from {N} show that {C}.", "{B} illustrates the point made by {N}: {C}.", "{C} – a view shared by {N}.",
    "As noted by {N}, {C}.", "Evidence from {N} and the wider literature suggests that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of parcel lockers found that {C}.", "{O}, {N} framework explains why {C}.",
    "{N} figures suggest that {C}.", "Applying {N} model to {B}, {C}.", "{N} report shows that {C}.",
    "{N} survey of online shoppers found that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For {B}, {C} {P}.", "{C}, especially in {city} {P}.",
    "It is widely argued that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.", "{C}. {P}",
    "This matters because {C} {P}.", "{C} (see Figure {q}) {P}.", "In short, {C} {P}.",
    "Delivery speed, price and tracking are the three things shoppers compare most {P}.",
    "{C}, as several studies of last-mile delivery show {P:for example,}.", "{C} {P:see also}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{C} {P:see}, whereas {C2}.", "Studies {P} agree that {C}.",
    "Some authors {P:e.g.} argue that {C}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} choose a carrier on tracking and delivery windows more than on price",
    "failed first-time deliveries cost carriers far more than they earn on a parcel",
    "parcel lockers cut the cost of each drop in dense cities", "{T} improves {R} among online shoppers",
    "out-of-home delivery grows fastest where lockers are within walking distance",
    "B2B shippers value reliability and account management over headline rates",
    "the last mile accounts for around half of total delivery cost",
    "customers blame the retailer, not the courier, when a parcel is late",
    "electric vans reduce emissions but raise upfront fleet costs", "cash on delivery remains common where card use is low",
    "marketplaces use delivery promises to lock in both sellers and buyers",
    "gig-economy couriers are cheaper to scale but harder to keep on brand",
    "green delivery options only sell when they cost the shopper nothing extra",
    "{B} competes on coverage rather than on speed", "real-time tracking lowers the number of calls asking where an order is",
    "{A} will wait longer for free delivery than pay for next-day", "returns are now part of the brand experience",
    "platform markets reward the carrier with the largest network", "the relationship with the seller matters more than the parcel price",
    "same-day delivery is profitable only in the largest cities", "service recovery after a lost parcel shapes loyalty more than the failure itself",
]  # fmt: skip
OPENERS = [
    "Furthermore", "However", "In Poland", "In Türkiye", "In Indonesia", "In Colombia", "In Australia", "In the UK",
    "For {B}", "In the B2B market", "At the last mile", "Since the pandemic", "From the shipper's perspective",
    "Nevertheless", "As a result", "For e-commerce sellers", "In the context of {B}",
]  # fmt: skip
PLAIN = [
    "{B} delivers to every postcode in the country and runs its own app.",
    "This report analyses {B}'s position in the parcel market and makes recommendations for its marketing.",
    "The table below compares {B} with its three main competitors on price, speed and coverage.",
    "A PESTLE analysis of the delivery market is included in the appendix.", "{O}, {C}.",
    "Most of {B}'s volume comes from a handful of large marketplace sellers.",
    "The recommendations are phased over eighteen months and costed in Appendix 3.",
    "Interviews were held with four account managers and two depot supervisors.",
    "{B}'s customers can choose home delivery, a locker or a pick-up point at checkout.",
    "Task 2 turns this analysis into a B2B communications plan.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one logistics text puts it, {Q} {P}.", "The point is made directly: {Q} {P}.",
    "{N} put it simply: {Q}.", "One study of parcel lockers concluded that {Q} {P}.", "{B} appears to accept that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘last mile’", "‘out-of-home’", "‘first-time right’", "‘where is my order’", "‘green delivery’",
                "‘Amazon effect’", "‘quick commerce’", "‘dark stores’", "'delivery anxiety'", "“free returns”",
                "‘gig couriers’", "‘white label’"]  # fmt: skip
SCARE_FRAMES = [
    "Carriers now speak of the {Q} as the battleground {P}.", "{B} calls its locker network {Q} delivery {P}.",
    "So-called {Q} has become a concern for retailers {P}.", "The term {Q} is used loosely across the industry {P}.",
    "Shoppers increasingly expect {Q} as standard {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your parcel is on its way’", "‘We missed you today – rebook in one tap’", "“Your locker code is ready”",
                 "‘Kargonuz yola çıktı’", "‘Paczka czeka w Paczkomacie’", "‘Paket Anda sedang dikirim’",
                 "‘Tu pedido llega hoy’", "‘Delivery window: 10:15–11:15’", "‘Rate your delivery’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A notification such as {Q} cuts failed deliveries {P}.", "{B} sends {Q} an hour before arrival {P}.",
    "Short, specific messages ({Q}, for example) reduce calls to the contact centre {P}.",
    "The message {Q} was opened by most recipients {P}.",
]  # fmt: skip

# Text with brackets, years, names and figures that is no citation: no tutor would look for it in the list.
NOT_CITATIONS = {
    "parcel-volume-year": ["{B} handled {k} million parcels in {Y} ({Y} volumes, company data).",
                           "Volumes fell after the peak ({k} million parcels in {Y3})."],
    "delivery-time-year": ["Average delivery time fell to {q}.{q} days ({Y3} average).",
                           "Next-day success rates reached {pc}% in {Y3} (Q{q} {Y3})."],
    "service-name-year": ["{car} launched {svc} {Y3} to compete with faster rivals.",
                          "The relaunched service ({svc} {Y3}) promises a one-hour window."],
    "depot-opening": ["The new hub in {city} (opened {Y3}) sorts {k},000 parcels an hour.",
                      "{B} opened its {city} depot in {Y3} (phase {q})."],
    "hub-capacity": ["The {city} super-hub ({k},000 m², {Y3}) is the largest in the region.",
                     "Capacity at the {city} sortation centre doubled ({Y} to {Y2})."],
    "fleet-size": ["{B}'s fleet grew to {k} vans ({Y3} fleet count).", "The electric fleet ({k} vehicles, {Y3}) is still a minority."],
    "vehicle-model": ["Drivers now use the {van} ({Y3} model) on city routes.", "{B} ordered {k} units of the {van} in {Y3}."],
    "acquisition": ["InPost's takeover of Mondial Relay (2021) gave it a French locker network.",
                    "DHL bought a stake in the regional carrier ({Y3} deal, undisclosed value).",
                    "The merger of two Colombian couriers ({Y3}) created a national rival to Servientrega."],
    "listing": ["InPost listed on Euronext Amsterdam (January 2021).", "{car} floated on the local exchange in {Y3} (IPO price {cur})."],
    "founder-year": ["InPost was founded by Rafał Brzoska in 1999.", "The company's founder (CEO until {Y3}) still owns a large stake."],
    "chief-executive": ["The new chief executive (appointed {Y3}) has promised a turnaround.",
                        "Martin Seidenberg (chief executive of IDS since 2023) announced the cuts."],
    "founding-year-body": ["The Universal Postal Union (founded 1874) sets rules for cross-border mail.",
                           "Ofcom (established 2003) took over postal regulation in 2011."],
    "founding-year-firm": ["Australia Post (est. 1809) is older than the Commonwealth itself.",
                           "Servientrega (founded 1982) began as a small courier in Bogotá."],
    "peak-season": ["Volumes tripled during {peak} {Y3}.", "The peak ({peak} {Y3}) tested every depot in the network."],
    "harbolnas": ["Orders spiked during Harbolnas 2022 (12 December).", "Indonesian marketplaces run Harbolnas every year (12.12)."],
    "price-year": ["A standard parcel now costs {cur} ({Y3} tariff).", "Prices rose again in April ({Y3} price list)."],
    "surcharge": ["A peak surcharge ({cur} per parcel, {Y3}) applies from November.",
                  "The fuel surcharge ({pc}% from {Y3}) is passed on to business customers."],
    "act-named": ["The Postal Services Act 2011 sets the universal service obligation.",
                  "Under the Consumer Rights Act 2015, the retailer remains responsible until delivery."],
    "regulation-named": ["Poland's Prawo pocztowe (Postal Law of 2012) governs licensed operators.",
                         "Türkiye's Law No. 6475 on Postal Services (2013) opened the market to private couriers."],
    "eu-regulation": ["Regulation (EU) 2018/644 on cross-border parcel delivery requires tariff transparency.",
                      "The EU Mobility Package (2020) changed drivers' rest rules."],
    "standard-iso": ["{B}'s depots are certified to ISO 14001:2015.", "Emissions are reported under ISO 14083:2023 and the GLEC Framework."],
    "emission-zone": ["London's ULEZ (expanded August 2023) pushed carriers towards electric vans.",
                      "Kraków's clean transport zone (from {Y3}) affects diesel vans."],
    "tracking-number": ["Each parcel has a tracking number (e.g. JD0002{k}GB).", "The customer quoted her reference (ORD-{Y3}-{k})."],
    "postcode-or-address": ["The hub sits on the M1 corridor (NN11 8RA).", "The pick-up point is in the mall (Jl. Sudirman No. {q}, Jakarta)."],
    "locker-count": ["InPost now runs {k},000 lockers ({Y3} network).", "Locker density is highest in Poland ({q} per 1,000 people)."],
    "market-share": ["{B} holds about {pc}% of the market ({Y3} share).", "Its share slipped ({pc}% in {Y} vs {pc}% in {Y2})."],
    "revenue-year": ["Group revenue reached {cur}bn ({Y3} results).", "Parcels now earn most of the revenue (FY{Y3}/{q})."],
    "survey-sample": ["Most respondents preferred lockers (n = {k}).", "Satisfaction was high ({q}.{q}/5, n = {k}, {Y3})."],
    "figure-table": ["The delivery options are compared in the table (Table {q}).", "The network is mapped in the appendix (Figure {q})."],
    "cross-reference": ["See Task 1 (b) for the competitor analysis.", "The Gantt chart (Appendix {q}) shows the launch in week {q}."],
    "abbreviation": ["Last-mile delivery (LMD) is the costliest stage.", "Business-to-business (B2B) shippers make up most revenue.",
                     "Out-of-home (OOH) delivery includes lockers and pick-up and drop-off points (PUDOs)."],
    "kpi": ["First-time delivery rate (FTDR) rose to {pc}%.", "Net promoter score (NPS +{q}{q}, {Y3}) lags the rivals."],
    "slogan": ["Evri's slogan ‘Love, Evri’ replaced the Hermes name.", "{B}'s tagline, ‘Delivered. Done.’, runs on every van."],
    "campaign-year": ["The ‘Lockers for All’ campaign ({Y3}) targeted small sellers.", "Its Christmas advert ({Y3}) focused on the drivers."],
    "rebrand": ["Hermes UK became Evri (March 2022).", "The rebrand ({Y3}) cost an estimated {cur}m."],
    "strike-or-dispute": ["Postal workers struck for eighteen days ({Y} dispute).", "Deliveries were delayed by the strike (autumn {Y3})."],
    "weather-or-event": ["The floods (January {Y3}) cut off two depots.", "Flights were grounded after the eruption ({Y3})."],
    "pandemic": ["Parcel volumes soared in lockdown (March–June 2020).", "The pandemic ({Y}–{Y2}) changed how people shop."],
    "award": ["{B} won Carrier of the Year ({Y3} Parcel Industry Awards).", "It was named best delivery app (Google Play, {Y3})."],
    "app-version": ["The redesigned app (version {q}.{q}, {Y3}) added live maps.", "Tracking moved to the new platform (release {Y3}.{q})."],
    "social-handle": ["Complaints are answered on X (@ParcelHelpUK).", "Its TikTok account (@parcelpeople, since {Y3}) is run in-house."],
    "website": ["Customers book collections online (www.parcelpoint.example).", "The seller portal (sellers.example.co.id) lists rates."],
    "currency-conversion": ["The fee is about £{q} (PLN {q}{q}).", "A locker parcel costs Rp 9.000 (around AUD 0.90)."],
    "time-window": ["Deliveries arrive within a one-hour slot (9:00–10:00).", "Collections run daily (Mon–Sat, 8am–6pm)."],
    "quarter-year": ["Volumes grew in the third quarter (Q3 {Y3}).", "Margins recovered ({Y3} H{q})."],
    "financial-year": ["Profits fell in the last financial year (FY{Y3}).", "The plan runs to FY{Y2} ({Y}/{Y2} budget)."],
    "contract-year": ["{B} won the Allegro contract ({Y3}, five years).", "The government mail contract (renewed {Y3}) is worth {cur}m."],
    "route-or-lane": ["The Istanbul–Ankara lane ({k} km) is served overnight.", "Trucks run the Bogotá–Medellín corridor (Route {q}{q})."],
    "warehouse-size": ["The fulfilment centre ({k},000 sq ft, {Y3}) serves three retailers.", "A second unit (phase {q}, {Y3}) is planned."],
    "ranking": ["{B} ranked {q}th in the customer survey ({Y3} league table).", "The carrier climbed to second place ({Y3} index)."],
    "headcount": ["{B} employs {k},000 people ({Y3}).", "It hired {k} seasonal drivers (peak {Y3})."],
}  # fmt: skip
