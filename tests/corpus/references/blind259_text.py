"""Prose of marketers in boating, marinas, yachting and watersports (blind259, HELD OUT).

Written without reading the checker, its tests or any other pool, from how CIM Level 6 and 7 candidates and MBA
students at boatbuilders, marinas, brokers, charter firms, sailing schools, watersports brands, marine electronics
firms and boat shows in the UK, Ireland, France, the Netherlands and New Zealand write: berth fees and charter prices
with periods, boats with launch years, boat shows and regattas with dates, maritime law with years, figures, storms,
deals, awards, tickers and job titles, none of them citations. Its own fill values: {boat} a model, {show} an event,
{marina} a marina, {ch} a channel, {pc} a percentage's number, {Y3} a recent year, {mo} a month.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Sunseeker", "Princess Yachts", "Fairline", "Oyster Yachts", "Beneteau", "Jeanneau", "Hallberg-Rassy",
          "Bavaria Yachts", "MDL Marinas", "Premier Marinas", "Boatfolk", "Sunsail", "The Moorings", "Neilson", "Musto",
          "Henri Lloyd", "Helly Hansen", "Gill Marine", "Crewsaver", "Raymarine", "B&G", "Garmin Marine",
          "the Southampton International Boat Show", "Emirates Team New Zealand", "SailGP"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    return {
        "boat": rng.choice(["Sunseeker Manhattan 68", "Princess V55", "Fairline Targa 45", "Oyster 495", "Beneteau Oceanis 46.1",
                            "Jeanneau Sun Odyssey 410", "Hallberg-Rassy 40C", "Bavaria C42", "Princess X95"]),
        "show": rng.choice(["the Southampton International Boat Show", "the Cannes Yachting Festival", "Boot Düsseldorf",
                            "the Auckland On The Water Boat Show", "the Dublin Boat Show", "the London Boat Show"]),
        "marina": rng.choice(["Port Solent", "Mercury Yacht Harbour", "Dún Laoghaire Marina", "Westhaven Marina",
                              "Swanwick Marina", "Port Hamble", "Kinsale Yacht Club marina", "La Rochelle Les Minimes"]),
        "ch": rng.choice(["Instagram", "YouTube", "email", "paid search", "the dealer network", "LinkedIn", "boat shows"]),
        "pc": str(rng.randint(4, 78)), "Y3": str(rng.randint(2019, 2024)),
        "mo": rng.choice(["January", "March", "May", "June", "July", "August", "September", "October"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although most of the owners surveyed were over fifty.",
    "{N} concluded that {C}, which is directly relevant to {B}.", "{N} noted that {C} on the south coast.",
    "{N} suggested that {C}; {B}'s dealer feedback appears to support this.", "{N} identified that {C}, particularly for {A}.",
    "{N} states that {C}.", "{N} warn that {C} unless berth prices stabilise.", "{N} describe how {C}.",
    "{N} reported that {C} across UK and Irish marinas.", "{N} questioned whether {C}.",
    "{N} showed that {C} at boat shows such as {show}.", "{N} make the case that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "{O}, {N} argued that {C}.", "This is consistent with {N}, who found that {C}.", "{C}, as {N} point out.",
    "As {N} observed, {C}.", "According to {N}, {C}.", "{C} – a view shared by {N}.",
    "In their study of New Zealand sailors, {N} found that {C}.", "{B} could learn from {N}, who showed that {C}.",
    "Research by {N} suggests that {C}.", "{C}; however, {N} found the opposite for {A}.",
    "Evidence from {N} indicates that, for {A}, {C}.", "Data from {N} show that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of marina customers found that {C}.", "{O}, {N} findings suggest that {C}.",
    "Using {N} framework, it is clear that {C}.", "{N} research on {T} shows that {C}.",
    "This reflects {N} argument that {C}.", "According to {N} survey, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For {A}, {C} {P}.", "{C}, especially in the superyacht segment {P}.",
    "It is often claimed that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.", "In short, {C} {P}.",
    "{B} is no exception, since {C} {P}.", "Put simply, {C} {P}.", "{C}, which is why {B} exhibits at {show} {P}.",
    "Owners increasingly buy on experience rather than specification {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{C} {P:see}, whereas {C2}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} are more likely to trust {T} than dealer advertising", "berth waiting lists strengthen marina pricing power",
    "{B}'s heritage is a central part of its brand equity", "first-time owners drop out within three years without a club to join",
    "charter holidays act as a trial for later boat ownership", "{T} improves {R} among {A}",
    "luxury yacht buyers expect a personal relationship with the yard", "sailing schools are the entry point to the sport",
    "boat shows still generate most qualified leads in the sector", "sustainability claims in boating are treated with scepticism",
    "marine electronics brands compete on ecosystem rather than single products",
    "{ch} now drives more enquiries than print advertising in the yachting press",
    "younger customers prefer shared ownership to buying a boat outright", "technical apparel brands rely on athlete endorsement",
    "the used-boat market moves ahead of new-boat orders",
]  # fmt: skip
OPENERS = ["Furthermore", "In addition", "However", "For {B}", "In the superyacht market", "Since the pandemic",
           "In Ireland", "In New Zealand", "From a dealer's perspective", "Nevertheless", "Within the marina sector",
           "Looking at {B}'s competitors", "Overall"]  # fmt: skip
PLAIN = [
    "{B} sells through a network of dealers in the UK, Europe and North America.", "{O}, {C}.",
    "This section analyses {B}'s current marketing mix and makes recommendations.",
    "The table below summarises the key performance indicators for each channel.",
    "A PESTLE analysis of the marine leisure market is included in the appendix.",
    "{B}'s Instagram account has over {n}k followers, mostly outside the UK.",
    "The recommendations are phased over the next two boating seasons.",
    "The {boat} is the brand's best-selling model in the UK.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one marketing text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{B} appears to accept that {Q} {P}.", "One study of boat owners concluded that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘yachtie’", "‘quiet luxury’", "‘blue health’", "‘greenwashing’", "‘boat-rich, time-poor’",
                "'weekend warriors'", "“experience economy”", "‘try before you buy’", "‘sea blindness’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} has been accused of {Q} in its hybrid advertising {P}.", "So-called {Q} owners use their boats only a few weekends a year {P}.",
    "The term {Q} is used loosely in the sector {P}.", "Critics describe this as {Q}, and {B} is not immune {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your berth renewal is due’", "‘See the {boat} at {show}’", "“Last chance: early-bird show tickets”",
                 "‘Winter storage: book now and save 10%’", "‘New season, new kit – 20% off’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} lifted open rates {P}.", "{B} used {Q} in its pre-season email {P}.",
    "Messages like {Q} work because they create urgency {P}.",
]  # fmt: skip

NOT_CITATIONS = {
    "berth-price-period": ["A berth at {marina} cost £4,200 a year (2024).", "Annual berthing rose to £{n} per metre (2023/24 season)."],
    "boat-price-year": ["The entry model was a £2.3 million Princess V55 (2023).", "A used {boat} sold for £{n},000 (2022)."],
    "charter-price-period": ["A bareboat charter in Croatia cost €6,500 a week (2022).", "Flotilla holidays started at £{n} per person (summer {Y3})."],
    "course-price": ["A dinghy course cost NZ$450 (2024).", "The RYA Day Skipper course was priced at £{n} (2023 season)."],
    "boat-model-year": ["The Sunseeker Manhattan 68 (2020) set the template for the range.", "The Oyster 495 (2021) replaced an older model."],
    "sailboat-class-year": ["Many clubs still race the Laser (1970).", "The ILCA 7 (2019) is the same hull under a new name."],
    "cruiser-model-year": ["The Beneteau Oceanis 46.1 (2019) won over charter fleets.", "Hallberg-Rassy's 40C (2016) sells mostly to Scandinavian owners."],
    "boat-show-date": ["{B} launched two models at the Southampton International Boat Show (September 2023).", "Footfall fell at the London Boat Show (January 2020)."],
    "regatta-date": ["Sponsorship peaked during Cowes Week (August 2022).", "The Fastnet Race (July 2023) drew a record entry."],
    "americas-cup": ["Emirates Team New Zealand defended the America's Cup (October 2024).", "Barcelona hosted the 37th America's Cup (2024)."],
    "sailgp-event": ["Attendance grew at the SailGP Grand Final (July 2024).", "SailGP came to Plymouth (July 2022) for the first time."],
    "merchant-shipping-act": ["Commercial charters fall under the Merchant Shipping Act 1995.", "Skippers must follow the Merchant Shipping Act 1995 (as amended)."],
    "recreational-craft-regs": ["New boats must meet the Recreational Craft Regulations 2017.", "CE and UKCA marking follow the Recreational Craft Regulations 2017 (SI 2017/737)."],
    "eu-directive": ["EU boats comply with the Recreational Craft Directive 2013/53/EU.", "Emissions limits come from Directive 2013/53/EU (2013)."],
    "colregs": ["All skippers must know COLREGs (1972).", "Lights and shapes are set by the collision regulations (COLREGs, 1972)."],
    "marine-access-act": ["Licensing of moorings falls under the Marine and Coastal Access Act 2009.", "Marine plans exist because of the Marine and Coastal Access Act 2009 (Part 3)."],
    "gdpr-date": ["{B}'s owner database was cleaned before GDPR (May 2018).", "Consent was re-collected under the UK GDPR (2021)."],
    "participation-figure": ["An estimated 3.6 million people went boating in 2023.", "Paddleboarding participation reached {n}0,000 adults ({Y3})."],
    "export-figure": ["The industry posted a £1.3 billion export total (FY2023).", "UK superyacht exports were worth £{n}m ({Y3})."],
    "orderbook-figure": ["Some 1,400 superyachts were on order (2024).", "The order book fell by {pc}% (2023)."],
    "storm-name-date": ["Storm Ciarán (November 2023) damaged pontoons along the south coast.", "Storm Eunice (February 2022) closed several marinas."],
    "lockdown-boom": ["The 2020 lockdown boom brought in many first-time buyers.", "Demand cooled after the staycation summer (2021)."],
    "brexit-vat": ["The Brexit VAT rules (January 2021) made EU cruising harder for UK owners.", "Boats lost their EU VAT status after the transition period (31 December 2020)."],
    "takeover-year": ["Brunswick's takeover of Navico (2021) expanded its electronics arm.", "Teledyne's purchase of FLIR (2021) brought Raymarine with it."],
    "sale-year": ["Sunseeker's sale to Wanda (2013) funded a new range.", "Princess was bought by L Catterton (2019)."],
    "rescue-year": ["Fairline's rescue (2023) saved jobs in Oundle.", "Oyster's administration (2018) shocked its owners."],
    "yacht-award": ["The boat was named European Yacht of the Year 2024.", "{B} won at the World Superyacht Awards 2022."],
    "trade-award": ["The marina was shortlisted at the British Marine Awards 2023.", "The Hamble yard received a Queen's Award for Enterprise (2019)."],
    "stock-ticker": ["Brunswick (NYSE: BC) reports in US dollars.", "MarineMax (NYSE: HZO) and Beneteau (EPA: BEN) both cut guidance."],
    "job-title": ["Interviews were held with the Chief Marketing Officer (CMO) and the Head of Brand.", "The dealer principal (Hamble) and a Yachtmaster skipper were also interviewed."],
    "honour": ["The founder, Robert Braithwaite CBE, built the first boat in Poole.", "Dame Ellen MacArthur DBE founded her trust after sailing round the world."],
    "chief-executive": ["The CEO (appointed 2022) reshaped the dealer network.", "Its Managing Director (since {Y3}) came from the car industry."],
    "financial-year": ["Revenue rose to £{n}m in FY2024.", "Margins improved (FY2023: {pc}%)."],
    "half-year": ["Order intake slowed in H1 2024.", "{B} reported weaker H2 2023 deliveries."],
    "quarter": ["Dealer stock peaked in Q3 2023.", "Retail sales fell in the last quarter (Q4 {Y3})."],
    "length-units": ["The yacht measures 30 metres (98 ft).", "Most berths take boats up to 12m (40 ft)."],
    "speed-range": ["The boat reaches 38 knots (WOT) with twin engines.", "Range is 300 nautical miles (at 22 knots)."],
    "rya-qualification": ["Staff hold the RYA Yachtmaster Offshore (commercially endorsed).", "The Competent Crew course (five days) is the usual start."],
    "hull-number": ["Hull no. 1 (2022) went to a UK owner.", "Only 25 units were built (hull numbers 1–25)."],
    "crown-lease": ["The seabed lease (2019–2044) is held from the Crown.", "Mooring licences are renewed every ten years (2015, 2025)."],
    "visitor-figures": ["The show welcomed {n},000 visitors (2023).", "Ticket sales rose {pc}% year on year (2022 to 2023)."],
    "campaign-date": ["The ‘Sea the Difference’ campaign ran in spring {Y3}.", "{B}'s winter offer (November–February) filled the yard."],
    "founding-year": ["Hallberg-Rassy has built boats in Ellös since 1943.", "Musto was founded by Keith Musto (1965), an Olympic medallist."],
    "olympic-year": ["Sir Ben Ainslie won his fourth gold at London 2012.", "Sailing returned to Weymouth for the Olympics (2012)."],
    "nz-dollars-period": ["A marina berth in Auckland costs NZ$12,000 a year (2024).", "Westhaven charged NZ$ {n} per night (summer {Y3})."],
    "irish-event-date": ["Volvo Cork Week (July 2024) drew boats from five countries.", "The Round Ireland Race (June 2022) started in Wicklow."],
    "french-show-date": ["Beneteau premiered its new range at the Cannes Yachting Festival (September 2023).", "Boot Düsseldorf (January 2024) remains the largest indoor show."],
    "web-address": ["Owners book lifts through the app (www.premiermarinas.com).", "Enquiries go to sales@example-yachts.co.uk (Mon–Fri, 9am–5pm)."],
    "hashtag-handle": ["The #SailGP hashtag trended during the final.", "{B} answers owners on Instagram (@sunseekerlondon) within hours."],
    "cross-reference": ["The competitor map is in Appendix 2 (Figure {q}).", "See Section 3.{q} (Table {q}) for the channel budget."],
    "sample-size": ["Most owners preferred email updates (n = {n}).", "Interviewees were dealers and skippers (n=12, {mo} {Y3})."],
}  # fmt: skip
