"""Prose for the ninety-fourth held-out pool, "blind94": CIM Level 6 and 7 and MBA reports written in English by
marketers in Mauritius, Seychelles, Madagascar and Réunion.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a ninety-fourth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, trade, CRM,
digital, destination and communications marketers at hotel groups, airlines, tourism boards, sugar, rum and textile
groups, offshore banks and management companies, telecoms, supermarket and mall operators, vanilla and seafood
exporters and agencies in Port Louis, Ebène, Curepipe, Grand Baie, Victoria, Antananarivo, Toamasina and Saint-Denis
write: rupee, ariary and euro figures, Acts and Government Notices with their numbers, festival and season calendars,
hotel and product names with years in brackets, newspaper and survey names, French and Kreol phrases glossed in
English, and the acronyms of their groups and regulators.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["IBL", "ENL", "Rogers", "CIEL", "Beachcomber", "LUX*", "Sun Resorts", "Air Mauritius", "Air Seychelles",
          "Air Madagascar", "MCB", "SBM", "Emtel", "my.t", "Cable & Wireless Seychelles", "Telma", "Orange Madagascar",
          "Winner's", "Intermart", "Shoprite", "Omnicane", "Medine", "Alteo", "Chamarel", "New Grove", "Takamaka",
          "CMT", "Bagatelle Mall", "Phoenix Beverages", "Constance Hotels", "Attitude Hotels", "Currimjee",
          "Super U Réunion", "Star Seychelles", "Jumbo Score"]  # fmt: skip

NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} argues that {C}, which matters for {B}.",
    "{N} shows that {C}, at least in the Mauritian market.",
    "{N} reports that {C}.",
    "{N} notes that {C}; the same pattern is visible at {B}.",
    "{N} suggests that {C}, although the sample was small.",
    "{N} observed that {C} during the {season}.",
    "{N} makes the point that {C}.",
    "{N} concluded that {C}, a finding that fits {isl}.",
    "{N} describes how {C}.",
]  # fmt: skip

NARRATIVE_MID = [
    "For {B}, as {N} points out, {C}.",
    "In {isl}, {N} found that {C}.",
    "This is consistent with {N}, who argue that {C}.",
    "Looking at the {season}, {N} shows that {C}.",
    "{O} {N} adds that {C}.",
    "However, {N} warns that {C}.",
    "The brand team at {B} could draw on {N}, who found that {C}.",
    "Similarly, {N} reported that {C}.",
    "A useful lens here is {N}, where {C}.",
    "On the other hand, {N} questions whether {C}.",
]  # fmt: skip

POSSESSIVE = [
    "{N} study of {isl} found that {C}.",
    "{N} survey suggests that {C}.",
    "According to {N} framework, {C}.",
    "{N} work on island brands shows that {C}.",
    "In {N} analysis, {C}.",
    "{N} findings imply that {C} for {B}.",
]  # fmt: skip

PARENTHETICAL_END = [
    "{C} {P}.",
    "{O} {C} {P}.",
    "It is widely accepted that {C} {P}.",
    "In {isl}, {C} {P}.",
    "For a brand like {B}, {C} {P}.",
    "Research on the {season} shows that {C} {P}.",
    "Evidence from the region suggests that {C} {P}.",
    "This is why {C} {P}.",
    "There is some evidence that {C} {P}.",
    "{O} it appears that {C} {P}.",
]  # fmt: skip

PARENTHETICAL_MID = [
    "{C} {P}, so {B} should act before the {season}.",
    "Because {C} {P}, the plan puts {T} first.",
    "While {C} {P}, the {city} team sees it differently.",
    "{O} {C} {P}, which shapes the brief for {B}.",
    "Given that {C} {P}, the budget in {cur} was moved online.",
    "Although {C} {P}, few groups in {isl} act on it.",
    "If {C} {P}, then {B} has to rethink its {channel} mix.",
    "Since {C} {P}, the recommendation is a pilot in {city}.",
]  # fmt: skip

CLAIMS = [
    "repeat guests from Réunion book later but stay longer",
    "island destinations compete on service more than on price",
    "loyalty members in hypermarkets respond to personalised coupons",
    "Kreol-language advertising feels more authentic to local shoppers",
    "trust in offshore brands rests on regulation rather than on advertising",
    "WhatsApp has become the main service channel for small retailers",
    "mobile money lowers the cost of reaching rural customers",
    "rum tourism adds value to sugar estates beyond the harvest",
    "honeymoon couples rely heavily on Instagram when choosing a resort",
    "telecoms bundles are chosen for data first and price second",
    "provenance claims lift the price buyers will pay for vanilla",
    "all-inclusive packages reduce spending outside the hotel",
    "domestic tourism kept many hotels open during the pandemic",
    "festival campaigns drive a large share of annual retail sales",
    "textile exporters gain more from sustainability labels than from price cuts",
    "customers expect a reply within the hour on social media",
    "airline loyalty schemes matter less on routes with one carrier",
    "eco-labels influence European visitors more than regional ones",
    "mall footfall depends on food and leisure rather than on fashion",
    "word of mouth from the diaspora shapes the image of the island",
    "younger consumers switch operator for better streaming offers",
    "price promotions in supermarkets train shoppers to wait for deals",
    "brand heritage is a strong asset for family-owned groups",
    "small island states struggle to differentiate their destination brands",
    "service recovery matters more than service failure itself",
]  # fmt: skip

OPENERS = [
    "In the Mauritian context,",
    "Across the Indian Ocean islands,",
    "For hotel groups in particular,",
    "In the {season},",
    "Looking at {B},",
    "From a CRM point of view,",
    "In Seychelles as in Mauritius,",
    "For Malagasy exporters,",
    "On the retail side,",
    "In practice,",
]  # fmt: skip

PLAIN = [
    "The rest of this section applies these ideas to {B}.",
    "The survey was run with {n} customers in {city} over three weeks.",
    "Table 2 summarises the segments and the channels used to reach them.",
    "The marketing team agreed the objectives with the general manager.",
    "This section looks at the customer journey from booking to check-out.",
    "The findings below were shared with the board in Q{q}.",
    "A focus group was held with eight regular guests.",
    "The campaign will be measured monthly against the baseline.",
    "Budget figures are given in {cur}.",
    "The next part sets out the recommendations and their costs.",
    "Interviews were conducted in English, French and Kreol.",
    "Figure 3 shows the funnel for the {season}.",
]  # fmt: skip

QUOTE_FRAMES = [
    "As one study of island hotels puts it, {Q} {P}.",
    "{N} writes that {Q}.",
    "The point is made plainly: {Q} {P}.",
    "{N} puts it this way: {Q}.",
    "A regional review concludes that {Q} {P}.",
    "In the words of {N}, {Q}.",
    "{Q} {P}.",
    "For {B} the lesson is clear: {Q} {P}.",
]  # fmt: skip

SCARE_QUOTES = [
    "“paradise island”", "\"world-class\"", "“sun, sea and sand”", "'local'", "“premium”", "\"authentic\"",
    "“lavi ti zil”", "‘mora mora’", "“luxury for everyone”", "\"eco-friendly\"", "“made in Moris”", "“kreol”",
]  # fmt: skip

SCARE_FRAMES = [
    "Many resorts still sell the {Q} image {P}.",
    "{N} questions what {Q} means to guests.",
    "The label {Q} is used loosely in the sector {P}.",
    "Shoppers in {city} are wary of {Q} claims {P}.",
    "{N} treats {Q} as a promise that must be kept.",
    "The idea of {Q} service is hard to measure {P}.",
]  # fmt: skip

SUBJECT_LINES = [
    "“Your winter escape from Rs {price} is waiting”", "\"Divali deals end tonight\"", "“Bonne fête Cavadee from {B}”",
    "“Nou ena enn kado pou ou!”", "\"Double points this weekend at {B}\"", "“Fèt Kaf: 20% off until 20 December”",
    "“Your data bundle expires tomorrow”", "‘Independence Day specials, 12 March only’", "“Tonga ho aty Madagasikara”",
    "\"Last seats to Saint-Denis from € {price}\"",
]  # fmt: skip

SUBJECT_FRAMES = [
    "The email subject line {Q} beat the control on open rate {P}.",
    "{N} found that lines such as {Q} perform well on mobile.",
    "A push message like {Q} works best in the evening {P}.",
    "Test headlines included {Q}, following the advice of {N}.",
    "An SMS reading {Q} fits what the literature recommends {P}.",
]  # fmt: skip

NOT_CITATIONS: dict[str, list[str]] = {
    "independence-day": [
        "The main push runs around Independence Day (12 March), when flags sell out in every Winner's branch.",
        "Our National Day calendar (12 March) now includes a Kreol-language radio spot.",
    ],
    "act-number": [
        "All consent forms were rewritten under the Data Protection Act 2017 (Act No. 20 of 2017).",
        "Seychelles passed its Data Protection Act, 2023 (Act 21 of 2023), so the CRM opt-ins had to be redone.",
    ],
    "government-notice": [
        "Price display rules follow GN No. {gn} of {Y}, which the Ministry still enforces in supermarkets.",
        "The promotion was checked against Government Notice No. {gn} of {Y} before launch.",
    ],
    "malagasy-law": [
        "In Madagascar, Loi n° 2014-038 governs how {B} may store customers' phone numbers.",
        "The agency's legal review cited Loi n° 2014-038 (data protection) and the telecoms licence conditions.",
    ],
    "french-code": [
        "Réunion campaigns fall under the Code de la consommation (Article L121-1) like any in mainland France.",
        'Under the French Code de la consommation, the word "soldes" can only be used in set periods.',
    ],
    "rupee-figure": [
        "The winter package costs Rs {price} per night (MUR, half board, two sharing).",
        "Revenue reached MUR {bn}bn in FY{fy}, up from MUR {bn2}bn.",
    ],
    "ariary-figure": [
        "A 1 GB bundle in Toamasina sells for Ar {ar} (MGA), about the price of a lunch.",
        "Telma cut its prepaid rate to {ar} Ariary (MGA) for its 10 GB pass in {Y}.",
    ],
    "scr-euro-figure": [
        "Room rates on Praslin average SCR {price} (about € {eur}) in the high season.",
        "Flights from Paris to Saint-Denis were advertised at € {eur} (return, taxes included).",
    ],
    "festival": [
        "The Divali, Cavadee and Spring Festival campaigns account for a third of December–February sales.",
        "Thaipoosam Cavadee (January) and Maha Shivaratri (February–March) bring the busiest weekends in {city}.",
    ],
    "fet-kaf": [
        "Fèt Kaf (20 December) is now part of the retail calendar in Réunion and increasingly so in Mauritius.",
        "Festival Kreol (late November) draws visitors from Seychelles and Réunion to Mahé.",
    ],
    "coupe-season": [
        "The coupe (June–December) shapes the rum distillery's visitor season.",
        "During the sugar harvest (coupe {Y}), Alteo ran estate tours twice a day.",
    ],
    "vision-plan": [
        "The government's Vision 2030 and the Tourism Strategic Plan {Y}–{Y2} both target higher-spending visitors.",
        "Seychelles Vision 2033 puts sustainability ahead of arrival numbers.",
    ],
    "fiscal-year": [
        "Results are reported for FY{yy}/{yy2} (July–June), the group's financial year.",
        "The marketing budget for {fy} was approved in the March board meeting.",
    ],
    "hotel-name-year": [
        "LUX* Grand Gaube (reopened {Y}) was the flagship for the new brand story.",
        "Shandrani Beachcomber (renovated in {Y}) targets families from South Africa and Réunion.",
    ],
    "newspaper-name": [
        "Coverage in l'express, Le Mauricien and Defimedia was broadly positive.",
        "A full page in Midi Madagasikara and L'Express de Madagascar announced the new vanilla label.",
    ],
    "newspaper-headline": [
        "Clicanoo's headline \"Le rhum péi à l'honneur\" [Local rum in the spotlight] ran the day after the launch.",
        'Seychelles Nation ran the story under "Tourism arrivals pass {n},000" on its front page.',
    ],
    "survey-brand": [
        "Kantar's BrandZ and the Ipsos Island Barometer are too expensive for most local firms.",
        "The Afrobarometer Round {q} questions on mobile money were adapted for the pilot survey.",
    ],
    "acronym-gloss": [
        "The MTPA (Mauritius Tourism Promotion Authority) funds joint campaigns with the airlines.",
        "Licensees of the FSC (Financial Services Commission) must clear adverts with compliance first.",
    ],
    "company-suffix": [
        "CMT (Compagnie Mauricienne de Textile Ltée) sells under its own brands as well as for export.",
        "New Grove is made by Grays Inc. Ltd, part of the IBL group.",
    ],
    "legal-form": [
        "Telma (Telecom Malagasy S.A.) and Orange Madagascar SA share most of the mobile market.",
        "The agency was set up as a SARL in Antananarivo and a SAS in Saint-Denis.",
    ],
    "brand-asterisk": [
        "The LUX* name (with its asterisk) is written in full in all guest communications.",
        'Guests know the brand as LUX* Resorts & Hotels, while staff just say "LUX".',
    ],
    "telecom-product": [
        "The my.t home offer (fibre up to {n} Mbps) is bundled with TV and a landline.",
        "Emtel's Airbox 4G+ (launched {Y}) targets households without fibre.",
    ],
    "dated-event": [
        "Cyclone Belal (January {Y}) closed the airport for two days and cost the hotel a full week of bookings.",
        "The blackout of {d} March hit every telecoms shop in {city}.",
    ],
    "kreol-phrase": [
        'The tagline "Nou lakaz, nou zil" (our home, our island) tested best with over-35s.',
        'Staff greet guests with "Bonzour, ki manier?" before switching to English or French.',
    ],
    "malagasy-phrase": [
        'The campaign line "Vita malagasy" (made in Madagascar) appears on every vanilla pack.',
        'Shoppers in Antananarivo answered "Tsara be!" (very good) when asked about the new outlet.',
    ],
    "french-gloss": [
        'The team calls it "la clientèle locale" [the local market], meaning Mauritian residents.',
        '"Île intense" [intense island] remains the Réunion destination signature.',
    ],
    "award-year": [
        "The resort won World Travel Awards Indian Ocean's Leading Resort ({Y}) and again in {Y2}.",
        "Takamaka was named Best Rum, Indian Ocean (ISW {Y}) after a blind tasting.",
    ],
    "flight-code": [
        "Flight MK 015 (Paris–Mauritius) and HM 049 (Paris–Mahé) carry most European arrivals in winter.",
        "The new MD 050 route from Antananarivo to Saint-Denis runs three times a week.",
    ],
    "quarter-year": [
        "Arrivals in Q{q} {Y} were {n},000, the best quarter since the borders reopened.",
        "The relaunch is planned for H2 {Y2}, after the winter season (May–September).",
    ],
    "statistics-release": [
        "Statistics Mauritius publishes arrivals monthly; the latest release covers {month} {Y}.",
        "INSEE La Réunion and INSTAT Madagascar use different household definitions, so the figures are not comparable.",
    ],
    "platform-handle": [
        "The brand's Instagram (@{handle}) gained {n}k followers after the Divali reel.",
        "Customers mostly reach us on WhatsApp (+230 5{n} {d}{n}) rather than by email.",
    ],
    "hashtag": [
        "The #MyMauritius and #VisitSeychelles tags were used on every post in {Y}.",
        "We asked guests to tag #IleDeLaReunion and #{handle} when sharing their stays.",
    ],
    "course-module": [
        "This report is submitted for the CIM Level 7 module Marketing and Digital Strategy (Task 2).",
        "The MBA module MKT{n} (Brand Management) sets a word limit of 3,000 words.",
    ],
    "university-name": [
        "The questionnaire was piloted with students at the University of Mauritius (Réduit) and UTM.",
        "Focus groups took place at the Université de La Réunion (Campus du Moufia) in {month}.",
    ],
    "appendix-ref": [
        "The full questionnaire is in Appendix {q} (Table A{q}).",
        "See Appendix B (interview guide) and Figure {q} (customer journey map).",
    ],
    "exhibition-fair": [
        "The group exhibited at ITB Berlin ({month} {Y}) and IFTM Top Resa in Paris.",
        "Vanilla buyers were met at SIAL Paris (October {Y}) and Biofach in Nuremberg.",
    ],
    "standard-cert": [
        "The mill holds ISO 14001:2015 and OEKO-TEX Standard 100 certification.",
        "Two hotels gained Green Key (Mauritius) and EarthCheck status in {Y}.",
    ],
    "bank-product": [
        "The MCB Juice app (version {q}.{d}) now handles most retail transfers.",
        "SBM's Smart Saver account (launched in {Y}) targets young professionals.",
    ],
    "campaign-name": [
        "The \"Mauritius, c'est un plaisir\" campaign ({Y}) was the MTPA's first after the pandemic.",
        'Air Seychelles\' "Fly Local" push ran from {month} to December {Y}.',
    ],
    "dual-name-place": [
        "Port Louis (Porlwi) and Curepipe (Kirpip) have the highest mall density.",
        "Toamasina (Tamatave) is the port for most vanilla and seafood exports.",
    ],
    "percentage-bracket": [
        "Mobile penetration is high ({pct}% of adults) but fixed broadband is lower.",
        "Repeat visitors made up a large share of arrivals ({pct}%) in {Y}.",
    ],
    "time-range": [
        "The shop opens 08:30–20:00 (Monday to Saturday) and 09:00–13:00 on Sundays.",
        "The happy-hour offer (17:00–19:00) was extended for the Spring Festival week.",
    ],
    "phone-address": [
        "The head office is at Ebène CyberCity (Level {q}), Ebène 72201.",
        "Customers can call 8{n} (toll free) or visit any branch in {city}.",
    ],
}

_ISLANDS = ["Mauritius", "Seychelles", "Madagascar", "Réunion", "Rodrigues"]
_CITIES = ["Port Louis", "Ebène", "Curepipe", "Grand Baie", "Victoria", "Antananarivo", "Toamasina", "Saint-Denis",
           "Quatre Bornes", "Rose-Hill", "Saint-Pierre", "Mahajanga"]  # fmt: skip
_SEASONS = ["winter season", "festive season", "Divali period", "Spring Festival", "sugar harvest", "summer holidays",
            "Eid weekend", "school holidays", "Christmas rush", "low season"]  # fmt: skip
_CURRENCIES = ["rupees (MUR)", "Seychelles rupees (SCR)", "ariary (MGA)", "euros"]
_CHANNELS = ["media", "channel", "digital", "radio and outdoor", "loyalty"]
_MONTHS = ["January", "March", "May", "June", "September", "October", "November"]
_HANDLES = ["luxresorts", "beachcomberhotels", "emtelmu", "mytmauritius", "winnersmu", "takamakarum", "newgrove_rum",
            "airseychelles", "telma_mg", "reunion.ileintense"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The pool's own placeholders: places, seasons, currencies, figures and handles."""
    year = rng.randint(2015, 2025)
    return {
        "isl": rng.choice(_ISLANDS), "city": rng.choice(_CITIES), "season": rng.choice(_SEASONS),
        "cur": rng.choice(_CURRENCIES), "channel": rng.choice(_CHANNELS), "month": rng.choice(_MONTHS),
        "handle": rng.choice(_HANDLES), "price": f"{rng.randint(2, 48)},{rng.randint(0, 9)}{rng.choice(['90', '50', '00'])}",
        "bn": f"{rng.randint(1, 40)}.{rng.randint(1, 9)}", "bn2": f"{rng.randint(1, 40)}.{rng.randint(1, 9)}",
        "ar": f"{rng.randint(1, 25)} {rng.randint(0, 9)}00", "eur": str(rng.randint(350, 1900)),
        "gn": str(rng.randint(10, 290)), "yy": f"{year % 100:02d}", "yy2": f"{(year + 1) % 100:02d}",
        "pct": str(rng.randint(12, 89)), "fy": f"{year}/{(year + 1) % 100:02d}",
    }  # fmt: skip
