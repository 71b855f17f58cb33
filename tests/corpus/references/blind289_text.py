"""The blind289 pool's prose (HELD OUT): marketers in Papua New Guinea, the Solomon Islands and Vanuatu.

Written without reading the checker, its tests or the other pools, as candidates at mobile operators, banks,
airlines, miners and energy firms, coffee, betel-nut, beverage and consumer brands, supermarkets and tourism bodies
write CIM Level 6 and 7 reports and MBA assignments in English: kina, Solomon dollar and vatu prices, tariffs and
bundles, mines, LNG, coffee, shows and festivals, rugby league, flights, cyclones, censuses, Acts and slogans in Tok
Pisin and Bislama, none of them citations. Fill values of its own: {kn} a price's number, {pc} a percentage, {Y3} a
recent year, {mo} a month, {sub} a subscriber count in thousands, {gb} a data allowance.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Digicel PNG", "Vodafone PNG", "Telikom PNG", "bmobile", "BSP", "BSP Financial Group", "Kina Bank",
          "Westpac PNG", "Air Niugini", "PNG Air", "Solomon Airlines", "Air Vanuatu", "Ok Tedi Mining",
          "Newcrest's Lihir operations", "Oil Search", "SP Brewery", "Coca-Cola Amatil PNG", "Goroka Coffee",
          "CPL Group", "Stop N Shop", "the PNG Tourism Promotion Authority", "Tourism Solomons",
          "the Vanuatu Tourism Office", "Trukai Fresh", "Paradise Foods", "Lamana Hotel", "Our Telekom",
          "Bred Bank Vanuatu", "Digicel Vanuatu", "Tusker Vanuatu", "Solbrew", "Kumul Petroleum"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    return {
        "T": rng.choice(["mobile money", "SMS marketing", "Facebook advertising", "agent banking", "radio jingles",
                         "in-store promotions", "loyalty points", "data bundles", "sponsorship of the Hunters",
                         "word of mouth through wantok networks", "roadside billboards", "airtime rewards"]),
        "A": rng.choice(["rural customers", "market vendors", "settlement households", "young people in Port Moresby",
                         "Highlands coffee growers", "expatriate workers", "Australian visitors", "cruise passengers",
                         "students at UPNG", "women in the informal sector", "ni-Vanuatu families", "Honiara commuters"]),
        "R": rng.choice(["trust", "repeat top-ups", "account openings", "brand preference", "word of mouth",
                         "loyalty", "visitor spending", "share of wallet", "advocacy", "bookings"]),
        "M": rng.choice(["data", "SIM", "flight", "coffee", "soft drink", "savings account", "holiday", "rice"]),
        "kn": str(rng.randint(2, 250)), "pc": str(rng.randint(4, 86)), "Y3": str(rng.randint(2010, 2025)),
        "mo": rng.choice(["January", "March", "May", "July", "September", "November", "December"]),
        "sub": str(rng.randint(40, 3200)), "gb": str(rng.choice([1, 2, 3, 5, 10, 15, 20])),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argue that {C}.", "{N} found that {C}, especially among {A}.", "{N} concluded that {C}.",
    "{N} noted that {C}, which matters for {B}.", "{N} observed that {C} in Melanesian markets.",
    "{N} showed that {C}; the point holds for {B} too.", "{N} reported that {C}.", "{N} suggests that {C}.",
    "{N} explains that {C}, although the evidence from rural provinces is thin.", "{N} warned that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} point out, {C}.", "{O}, {N} found that {C}.", "According to {N}, {C}.",
    "{C}, as {N} observed in Port Moresby.", "This is consistent with {N}, who argue that {C}.",
    "For {B}, the lesson from {N} is that {C}.", "{C}; {N} came to a similar view.",
    "In the Pacific context, {N} argued that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {A} found that {C}.", "{O}, {N} survey suggests that {C}.", "{N} framework helps explain why {C}.",
    "{N} findings imply that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Evidence from Papua New Guinea shows that {C} {P}.",
    "It is widely accepted that {C} {P}.", "In Vanuatu and Solomon Islands, {C} {P}.",
    "{B} should note that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, although {C2}.", "{C} {P}; even so, {C2}.", "{C} {P:see}, while {C2}.",
]  # fmt: skip
CLAIMS = [
    "{T} builds {R} among {A}", "{A} respond better to {T} than to print advertising",
    "{B} depends on {T} more than its competitors do", "trust in the brand matters more than price for {A}",
    "{T} is cheaper than television for reaching {A}", "customers in the provinces value reliability over promotions",
    "{A} share recommendations within their wantok networks", "{T} lifts {R} when it is in Tok Pisin",
    "{B} could grow {R} through {T}", "poor coverage outside the towns limits {T}",
    "cash still dominates purchases by {A}", "a strong country brand raises {R} among {A}",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "In Papua New Guinea", "At the same time", "By contrast",
           "In the Solomon Islands", "In Vanuatu", "Even so", "More recently"]  # fmt: skip
PLAIN = [
    "{B} sells mostly through agents, trade stores and its own branches.", "The campaign ran on radio, Facebook and SMS for eight weeks.",
    "{O}, {C}.", "Most of {B}'s customers pay in cash or with prepaid credit.",
    "The report focuses on the Port Moresby, Lae and Mount Hagen markets.", "{B} reaches the outer islands by sea and by air freight.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one study of Melanesian consumers puts it, {Q} {P}.", "{N} put it plainly: {Q}.",
    "The point is well made: {Q} {P}.", "{Q} {P}, and {B} is no exception.",
]  # fmt: skip
SCARE_QUOTES = ["‘wantok system’", "‘kastom’", "‘buai’", "‘last mile’", "‘unbanked’", "‘PMV’", "'mobile-first'",
                "‘Land of the Unexpected’", "‘Happiest Place on Earth’", "“bottom of the pyramid”", "'kaikai'",
                "‘tok save’", "‘island time’"]  # fmt: skip
SCARE_FRAMES = [
    "Marketers in PNG speak of the {Q} as a channel in its own right {P}.", "{B} adapted its service to {Q} {P}.",
    "Tourism campaigns lean on the idea of {Q} {P}.", "{N} described the {Q} as a marketing asset.",
]  # fmt: skip
SUBJECT_LINES = ["‘Top up K{kn} and get {gb}GB free!’", "‘Yu winim bonus data! Dial *{kn}#’", "“Fly Port Moresby to Cairns from K{kn}”",
                 "‘Your BSP statement is ready’", "‘Nupela ofa: {gb}GB for K{kn}’", "“Visit Vanuatu: book now and save {pc}%”",
                 "‘Happy Independence Day from all of us!’", "‘Tenkyu tumas: your reward is here’"]  # fmt: skip
SUBJECT_FRAMES = [
    "The SMS {Q} lifted top-ups for a week {P}.", "{B} sent the message {Q} to lapsed customers {P}.",
    "A push notification reading {Q} did best {P}.", "{N} cited the offer {Q} as typical of the market.",
]  # fmt: skip

NOT_CITATIONS = {
    "kina-price-year": ["A 1kg bag of rice cost K{kn} in Lae (prices, {Y3}).", "The shelf price rose to K{kn}.{q}0 ({Y3} price list)."],
    "solomon-dollar-price": ["A return ticket to Auki cost SBD{kn}0 ({Y3} fare).", "A carton of Solbrew sold for SI${kn}0 in Honiara ({Y3})."],
    "vatu-price": ["A night at the resort cost VT{kn},000 ({Y3} rack rate).", "Kava sold for 100 VT a shell (Port Vila, {Y3})."],
    "exchange-rate": ["The kina traded at around US$0.2{q} (December {Y3}).", "The vatu held steady against the Australian dollar (AUD 1 = VT 7{q}, {Y3})."],
    "mobile-tariff": ["{B} cut the price of a {gb}GB bundle to K{kn} ({mo} {Y3}).", "Calls cost 50 toea a minute (prepaid tariff, {Y3})."],
    "data-bundle": ["The weekly bundle ({gb}GB, K{kn}) sold best in {Y3}.", "Night-time data ({gb}GB for K{q}) was launched in {Y3}."],
    "subscribers-year": ["Mobile subscriptions reached {sub},000 ({Y3}).", "{B} reported {sub},000 active SIMs (end of {Y3})."],
    "mobile-money-launch": ["CellMoni (2011) was the first mobile wallet in PNG.", "Digicel's mobile wallet (launched {Y3}) now counts {sub},000 users."],
    "bank-product": ["BSP's SME accounts (from {Y3}) require only one form of ID.", "Kina Bank's mobile app (version {q}.0, {Y3}) added bill payments."],
    "mine-opening": ["Ok Tedi (1984) shaped the economy of the Western Province.", "Lihir (1997) is one of the largest gold deposits in the world."],
    "mine-output": ["Gold output at Lihir fell to {sub},000 ounces (FY{Y3}).", "Porgera (1990) was closed for two years after its lease lapsed."],
    "lng-project": ["The PNG LNG project (2014) lifted GDP growth sharply.", "LNG exports began in {mo} 2014 (first cargo, 2014)."],
    "coffee-harvest": ["The coffee harvest fell to {sub},000 bags ({Y3} season).", "Growers were paid K{q}.{q}0 a kilo for parchment (2022 flush)."],
    "coffee-grade": ["Only a small share of the crop is graded AX (Y1 and Y2 grades are common).", "The Sigri estate's Grade A ({Y3} crop) sold at auction."],
    "festival-year": ["The Goroka Show (2023) drew visitors from across the Highlands.", "The Mount Hagen Show ({mo} {Y3}) is a fixed date in the tourism calendar."],
    "independence-day": ["Independence Day (16 September 1975) is the busiest day for SMS traffic.", "Vanuatu celebrates its independence (30 July 1980) with a week of events."],
    "cultural-festival": ["The Kenu and Kundu Festival (Alotau, {Y3}) attracts cruise passengers.", "The Fest'Napuan music festival (Port Vila, {Y3}) is sponsored by Digicel."],
    "rugby-season": ["The PNG Hunters (2014) joined the Queensland Cup in its first season.", "The Kumuls beat Fiji (Port Moresby, {Y3}) in front of a full stadium."],
    "sports-games": ["The Pacific Games 2023 in Honiara were the largest event the country has hosted.", "The 2015 Pacific Games (Port Moresby) left new venues behind."],
    "nrl-franchise": ["The new NRL club (from 2028) will be based in Port Moresby.", "The Digicel Cup ({Y3} season) is broadcast on EMTV."],
    "flight-route": ["Air Niugini flies Port Moresby to Brisbane daily (PX{kn}, {Y3} schedule).", "Solomon Airlines opened a Honiara–Nadi route ({mo} {Y3})."],
    "airline-founding": ["Air Niugini (1973) is older than the country itself.", "Air Vanuatu (1981) grounded its fleet in 2024."],
    "cyclone-year": ["Cyclone Pam (2015) destroyed much of Port Vila.", "Tourist arrivals fell after Cyclones Judy and Kevin (March 2023)."],
    "earthquake-disaster": ["The Highlands earthquake (February 2018) cut LNG output for weeks.", "The Enga landslide (May 2024) closed the Highlands Highway."],
    "census-figures": ["Port Moresby had about 364,000 people (Census 2011).", "Vanuatu's population was 300,019 (2020 Census)."],
    "survey-figures": ["Most households used mobile phones (HIES 2009-10).", "Half the respondents owned a bank account (n = {sub}, {Y3})."],
    "legislation-png": ["Operators must register every SIM under the Telecommunications Act 2009.", "The National Payments System Act 2013 governs mobile wallets."],
    "legislation-other": ["The Online Safety Act 2021 was cited in the debate on SIM registration.", "Vanuatu's Cybercrime Act No. 22 of 2021 affects online advertising."],
    "act-section": ["Misleading prices are an offence (ICCC Act 2002, s. {q}{q}).", "Consumers may claim a refund (Consumer Protection Act, Part {q})."],
    "airport-project": ["The Jacksons International Airport upgrade ({Y3}) added new gates.", "The Bauerfield runway works (2019–2024) disrupted flights."],
    "road-project": ["The Highlands Highway rehabilitation (Phase {q}, {Y3}) cut travel times.", "The Honiara road upgrade (China-funded, {Y3}) eased congestion."],
    "tok-pisin-slogan": ["Digicel's slogan (‘Yumi stap wantaim yu’) ran on every billboard.", "The bank's tagline, ‘Mani bilong yu, seif’ ({Y3}), worked well on radio."],
    "bislama-slogan": ["The tourism office used a Bislama line (‘Yumi welkam yu’) in its {Y3} campaign.", "The campaign ‘Stap long Vanuatu’ ({Y3}) targeted New Zealanders."],
    "english-slogan": ["The campaign line ‘Land of the Unexpected’ ({Y3} refresh) is still in use.", "Vanuatu's ‘Answer to Everything’ campaign ({Y3}) replaced an older line."],
    "visitor-arrivals": ["Arrivals recovered slowly (2023 visitor arrivals: {sub},000).", "Cruise calls doubled (Port Vila, {Y3} season)."],
    "gdp-growth": ["GDP grew by {q}.{q}% ({Y3} estimate).", "Inflation eased to {q}.{q}% (year to {mo} {Y3})."],
    "currency-notes": ["The K{kn} note (polymer, 2008) features the bird of paradise.", "A commemorative 50 kina note (2015 Pacific Games) was issued."],
    "election-year": ["Campaign spending peaked before polling (2022 national election).", "Advertising slowed during the Solomon Islands election (April 2024)."],
    "independence-anniversary": ["The 50th independence anniversary (PNG50, 2025) lifted souvenir sales.", "Brands ran PNG50 (16 September 2025) promotions all year."],
    "betel-nut-ban": ["The betel-nut ban in Port Moresby (2013–2015) hurt street vendors.", "Buai sold for K{q} a bunch at Gordons market ({Y3})."],
    "beverage-product": ["SP Lager (first brewed 1952) remains the market leader.", "The 330 ml can (K{q}.{q}0, {Y3} price) outsold glass bottles."],
    "supermarket-store": ["The new Stop N Shop (Waigani, {Y3}) was its largest store.", "CPL opened its tenth Stop N Shop (Lae, {Y3})."],
    "network-rollout": ["4G reached Goroka (launch, {mo} {Y3}).", "The Coral Sea Cable (2019) brought faster internet to Honiara and Port Moresby."],
    "tower-counts": ["The operator built {kn} new towers (Phase {q}, {Y3}).", "Coverage reached {pc}% of the population (end-{Y3})."],
    "company-listing": ["Kina Securities listed on the PNGX and ASX (2015).", "BSP's dual listing (PNGX: BSP; ASX: BFL) dates from 2022."],
    "ticker-code": ["Investors bought shares (ASX: KSL) after the results.", "The stock (PNGX: BSP) paid a record dividend ({Y3})."],
    "hotel-opening": ["The Hilton Port Moresby (opened 2018) changed the conference market.", "The Heritage Park Hotel (Honiara, 2013) hosts most visiting delegations."],
    "apec-event": ["APEC 2018 in Port Moresby brought new hotels and roads.", "The APEC Haus (2018) is now a venue for brand launches."],
    "public-holiday": ["Sales peak before Christmas and after the school fees payment (term {q}, {Y3}).", "Remembrance Day (23 July) is marked across PNG."],
    "figure-table": ["Market shares are shown below (Table {q}).", "The results are set out in the appendix (Figure {q}.{q})."],
    "per-year-dividend": ["BSP paid a dividend of K1.{q}0 a share (FY{Y3}).", "Kina Bank's profit rose to K{kn} million ({Y3} result)."],
}  # fmt: skip
