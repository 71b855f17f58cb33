"""Prose for the hundred-and-fourth held-out pool, "blind104": CIM reports written by marketers in the Philippines.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a hundred-and-fourth
hand, without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, trade,
CRM, digital, growth, employer-branding and communications marketers at banks and e-wallets, telecoms, malls and
convenience chains, FMCG and food makers, QSR groups, BPOs, airlines, resorts and agencies in Makati, BGC Taguig,
Ortigas, Quezon City, Cebu, Davao, Iloilo, Bacolod, Cagayan de Oro, Baguio and Clark write CIM Level 6 and 7
reports and MBA assignments in English: Republic Acts, BSP and NPC circulars and DTI orders with their numbers,
peso figures, ber-months, payday, 11.11 and 12.12 calendars, festivals, Taglish taglines and campaign names, store
codes, hotlines, SEC and BIR numbers, and the odd word of Filipino in brackets.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} argued that {C}, which fits what we see at {B}.",
    "{N} observed that {C} in Metro Manila and Cebu alike.",
    "{N} showed that {C}, especially outside the NCR.",
    "{N} reported that {C}.",
    "{N} makes the point that {C}.",
    "{N} noted that, during the ber months, {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} explains, {C}.",
    "For {B}, the lesson from {N} is that {C}.",
    "This is consistent with {N}, who found that {C}.",
    "In a study of Filipino consumers, {N} concluded that {C}.",
    "Our team at {B} relied on {N} to show the board that {C}.",
    "Looking at {A}, {N} suggests that {C}.",
    "The framework of {N} helps explain why {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study shows that {C}.",
    "{N} model was used to map how {C}.",
    "Following {N} argument, {C}.",
    "{N} findings confirm that {C}.",
    "Applying {N} framework to {B}, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "Research in the Philippines shows that {C} {P}.",
    "It is widely accepted that {C} {P}.",
    "For {B}, this matters because {C} {P}.",
    "Among {A}, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{O}, {C} {P}, while {C2}.",
    "Evidence suggests that {C} {P}; however, {C2}.",
    "At {B}, {C} {P}, so {C2}.",
    "Some authors {P} go further and say {C}.",
]  # fmt: skip
CLAIMS = [
    "e-wallet users respond more to cashback than to points",
    "sari-sari stores remain the main route to market for FMCG brands",
    "payday sales on the 15th and 30th lift basket size",
    "OFW families plan spending around remittance dates",
    "trust in banks rises when fees are shown upfront",
    "prepaid subscribers switch networks for better data promos",
    "mall foot traffic peaks from September to December",
    "Gen Z Filipinos discover brands on TikTok before Google",
    "Taglish copy performs better than formal English in social ads",
    "loyalty apps work when rewards can be used in small amounts",
    "BPO employees value career growth over salary increases",
    "festival tie-ins build stronger regional brand recall",
    "QR payments have spread quickly among small merchants",
    "price sensitivity is higher outside Metro Manila",
    "tingi packs keep lower-income households loyal",
    "consumers expect a brand to answer on Messenger within the hour",
    "domestic tourists book later but spend more per trip",
    "clear consent notices improve sign-up rates",
    "influencers from the provinces are trusted more than celebrities",
    "customer service in Filipino reduces complaints",
    "bundled data and streaming offers reduce churn",
    "family decision-making shapes big-ticket purchases",
    "convenience stores are replacing the corner store for younger shoppers",
    "brand purpose messages must be backed by visible action",
]  # fmt: skip
OPENERS = [
    "In the Philippine market",
    "For Filipino consumers",
    "Across Luzon, Visayas and Mindanao",
    "Since the pandemic",
    "In the banking sector",
    "For telcos in particular",
    "In fast-moving consumer goods",
    "In the BPO industry",
]  # fmt: skip
PLAIN = [
    "This section looks at {B} and its position in the market.",
    "The analysis below uses the PESTLE and 7Ps frameworks.",
    "The recommendations are costed in the appendix.",
    "Management agreed to review the plan every quarter.",
    "Our regional teams in Cebu and Davao gave useful input.",
    "The next part sets out the objectives and the KPIs.",
    "Customer insight is the starting point for the plan.",
    "This was discussed with the marketing director at {B}.",
    "The target market is {A} in urban and rural areas.",
    "These findings shape the segmentation that follows.",
]  # fmt: skip
QUOTE_FRAMES = [
    "As one study puts it, {Q} {P}.",
    "{N} writes that {Q}.",
    "{Q} {P}.",
    "The point is made clearly: {Q} {P}.",
    "According to {N}, {Q}.",
]  # fmt: skip
SCARE_QUOTES = [
    "suki", "sulit", "tipid", "bayanihan", "pasalubong", "utang", "walang forever", "hugot", "lodi", "petmalu",
    "Filipino time", "kilig", "malasakit", "diskarte", "tatak Pinoy", "ber months", "kababayan", "abot-kaya",
]  # fmt: skip
SCARE_FRAMES = [
    "Brands talk about being “{Q}” to customers {P}.",
    "The idea of '{Q}' is central to how Filipinos shop {P}.",
    "{N} links the value of “{Q}” to repeat purchase.",
    "Many campaigns lean on \"{Q}\" as an emotional hook {P}.",
]  # fmt: skip
SUBJECT_LINES = [
    "Sweldo na! Up to 50% off today only",
    "Your GCash cashback is waiting",
    "Noche Buena bundle, ready for pick-up",
    "Handa ka na ba sa 12.12?",
    "Load up and get 10GB free",
    "Welcome back, suki!",
    "Pasko na! Early bird promo inside",
    "Your bill is ready, {city}",
]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as “{Q}” raised open rates {P}.",
    "Push messages like \"{Q}\" work best on paydays {P}.",
    "{N} tested copy such as ‘{Q}’ with younger users.",
    "Taglish lines like “{Q}” feel more personal {P}.",
]  # fmt: skip

NOT_CITATIONS: dict[str, list[str]] = {
    "republic-act": [
        "All forms follow the Data Privacy Act of 2012 (Republic Act No. 10173).",
        "The promo mechanics comply with the Consumer Act of the Philippines (Republic Act No. 7394).",
        "Online sellers now fall under Republic Act No. 11967, the Internet Transactions Act of 2023.",
    ],
    "ra-short": [
        "Since RA 11934 took effect, every new prepaid SIM must be registered.",
        "Under RA 10173, customers can ask us to delete their data.",
    ],
    "bsp-circular": [
        "BSP Circular No. 1140, Series of 2022 sets the rules on IT risk for banks like {B}.",
        "The bank updated its complaints process after BSP Circular No. 1160 (Series of 2023).",
    ],
    "dti-dao": [
        "Sales promotions need a permit under DTI DAO 21-09 before launch.",
        "The raffle was registered with DTI (DAO No. 21-09, Series of 2021) in {city}.",
    ],
    "npc-circular": [
        "The consent form was redesigned in line with NPC Circular 2023-04.",
        "We filed the breach report within 72 hours, as NPC Circular No. 16-03 requires.",
    ],
    "peso-figure": [
        "The campaign budget is ₱{PHP} million for {Y2}.",
        "Average basket size rose to PHP {PHP} per visit.",
        "Each voucher is worth P{n}.00 and can be used in any branch.",
    ],
    "percent-year": [
        "Revenue grew {pct}% in {Y} (versus {Y2}).",
        "Digital sales made up {pct}% of the total (FY{Y2}).",
    ],
    "fiscal-quarter": [
        "The relaunch is planned for Q{q} {Y2} (subject to budget approval).",
        "Results for 1H {Y2} were above target.",
    ],
    "payday-dates": [
        "Flash deals run every payday (15th and 30th) until December.",
        "Push notifications go out on the 15th and 30th (the usual payday).",
    ],
    "double-date-sales": [
        "The biggest spikes came on 11.11 and 12.12 (double-digit sale days).",
        "We plan three mega sales: 9.9, 10.10 and 11.11 ({Y2}).",
    ],
    "ber-months": [
        "Christmas campaigns start in the ber months (from 1 September).",
        "The \"ber months\" effect lifts sales from September to December.",
    ],
    "festival": [
        "Activations are planned for Sinulog (January) and Dinagyang in Iloilo.",
        "The brand sponsored the Kadayawan Festival in Davao in August {Y2}.",
        "Panagbenga (the Baguio Flower Festival) draws visitors every February.",
    ],
    "religious-season": [
        "Store hours change during Holy Week (Semana Santa).",
        "Simbang Gabi (the nine dawn Masses before Christmas) brings early foot traffic.",
    ],
    "holiday-date": [
        "The promo ends on Independence Day (12 June).",
        "A special sale runs on Rizal Day (30 December).",
    ],
    "noche-buena": [
        "Noche Buena packs (ham, queso de bola and fruit cocktail) sell out by mid-December.",
        "The \"Noche Buena Bundle\" was priced at ₱{PHP}.",
    ],
    "campaign-name": [
        "The campaign was called \"Sulit Saya Pasko\" and ran on all channels.",
        "Our \"Tara, Biyahe Na!\" summer campaign targeted young travellers.",
        "The 'Kwentong Suki' series featured real store owners.",
    ],
    "tagline": [
        "The tagline \"Mas Masaya Pag Sama-Sama\" tested well with families.",
        "We kept the line 'Sarap ng Pinoy' in all print ads.",
    ],
    "taglish-translation": [
        "Customers kept saying \"sulit naman\" (it is worth it) in the focus groups.",
        "The hashtag #TipidTips (thrift tips) trended in {Y2}.",
    ],
    "bracketed-filipino": [
        "Small stores sell goods in tingi (single-serve portions).",
        "Many shoppers rely on utang (store credit) from their suki.",
    ],
    "company-legal-name": [
        "GCash is run by G-Xchange, Inc. (GXI), part of the Globe group.",
        "7-Eleven stores are operated by Philippine Seven Corporation (PSC).",
        "Smart is owned by PLDT Inc. (formerly the Philippine Long Distance Telephone Company).",
    ],
    "stock-ticker": [
        "Shares of Jollibee (PSE: JFC) rose after the results.",
        "Investors watched SM Prime (PSE: SMPH) and Ayala Land (PSE: ALI) closely.",
    ],
    "sec-registration": [
        "The agency is registered with the SEC (Reg. No. CS{Y}{n}).",
        "Our partner's SEC Company Reg. No. is {n}-{Y} (certified copy attached).",
    ],
    "bir-tin": [
        "Invoices must show the TIN (000-{n}-{n}-000) of the seller.",
        "Suppliers must submit their BIR Form 2303 (Certificate of Registration).",
    ],
    "hotline": [
        "Customers can call the hotline (02) 8{n}-{n} or text 2{n}.",
        "The 24/7 hotline is (+63) 2 8{n} 8000.",
    ],
    "store-code": [
        "Store code MNL-{n} (SM North EDSA) was the pilot branch.",
        "Branch {B} Ayala Center Cebu (CEB-{n}) had the highest uplift.",
    ],
    "sku-code": [
        "The new SKU (LM-{n}, 55g) was priced for tingi buyers.",
        "Pack size changed from 60g to 55g (Item No. {n}) in {Y2}.",
    ],
    "promo-code": [
        "The code PAYDAY{n} gave 15% off in the app.",
        "New users entered \"GIFT{Y2}\" to get ₱100 cashback.",
    ],
    "dti-permit": [
        "Per DTI Fair Trade Permit No. {n}, Series of {Y2}, the promo ran nationwide.",
        "All raffle draws are witnessed by a DTI representative (DTI-FTEB No. {n}).",
    ],
    "interest-rate": [
        "The card charges 3% per month (36% p.a.), the cap set by the BSP.",
        "Savings accounts pay 0.0625% (before 20% withholding tax).",
    ],
    "exchange-rate": [
        "All figures use an exchange rate of ₱56 to US$1 (December {Y2}).",
        "Remittances were converted at PHP 58.20/USD (average for {Y2}).",
    ],
    "population-figure": [
        "The Philippines has about 112 million people (2024 estimate), with a median age of 25.",
        "Metro Manila alone has about 14 million residents (NCR, {Y2}).",
    ],
    "award": [
        "The campaign won Gold at the Kidlat Awards {Y2} (Creative Effectiveness).",
        "{B} was named one of the Best Employers (Philippines {Y2}) in its category.",
    ],
    "certification": [
        "The plant is ISO 22000:2018 and FSSC 22000 certified.",
        "The BPO site holds PCI DSS (v4.0) and ISO 27001 certificates.",
    ],
    "app-version": [
        "Version 5.{n} of the app (released March {Y2}) added QR Ph payments.",
        "The Android app (v{q}.{n}) has over 10M downloads on Google Play.",
    ],
    "location-address": [
        "The head office is at 6750 Ayala Avenue, Makati City (Level {n}).",
        "The new hub opens in BGC (Taguig City) and IT Park, Cebu (Lahug).",
    ],
    "course-module": [
        "This report answers Task 2 (AC 3.1) of the CIM Level 6 module.",
        "The assignment covers Marketing & Digital Strategy (Level 7, Unit 2).",
    ],
    "internal-document": [
        "See the Brand Book (v3, {Y2}) for the colour codes.",
        "The Customer Charter (Revised {Y2}) sets a 24-hour response time.",
    ],
    "framework-name": [
        "The 7Ps (Product, Price, Place, Promotion, People, Process, Physical evidence) structure this section.",
        "A SOSTAC plan (Situation, Objectives, Strategy, Tactics, Action, Control) follows.",
    ],
    "acronym-expansion": [
        "The QSR (quick-service restaurant) segment is led by Jollibee and McDonald's.",
        "Sales of OTC (over-the-counter) medicines rose in the rainy season.",
        "Many OFWs (Overseas Filipino Workers) send money home through apps.",
    ],
    "regulator-body": [
        "Ads must be cleared by the Ad Standards Council (ASC) before airing.",
        "Complaints go to the National Telecommunications Commission (NTC) if unresolved.",
    ],
    "social-handle": [
        "Follow us on Instagram (@{handle}) and TikTok for updates.",
        "Most complaints came through the brand's Facebook page (facebook.com/{handle}).",
    ],
    "hashtag": [
        "The hashtag #PaskoNa{handle} reached 2M views in a week.",
        "User posts with #SinulogSaCebu{Y2} were reshared by the brand.",
    ],
    "tv-show": [
        "The ad ran during \"It's Showtime\" and \"Eat Bulaga!\" on weekdays.",
        "Product placement in 'Batang Quiapo' raised awareness among mothers.",
    ],
    "flight-route": [
        "The new route (Manila–Siargao) started in October {Y2}.",
        "Flights from Clark (CRK) to Caticlan (MPH) run daily.",
    ],
    "data-plan": [
        "The GoSURF50 (1GB, 3 days) promo was the best seller.",
        "Unli-data plans (₱{n} for 7 days) drove trial among students.",
    ],
    "survey-wave": [
        "Our own survey (n = {n}, fielded March {Y2}) asked about payment habits.",
        "Wave 3 of the brand tracker (Q{q}) showed awareness at {pct}%.",
    ],
    "kpi-target": [
        "The KPI is a 20% rise in active users (from 1.2M to 1.44M) by {Y2}.",
        "Target NPS is +45 (up from +32 in {Y}).",
    ],
    "edsa-landmark": [
        "Billboards along EDSA (Guadalupe to Ortigas) were booked for 3 months.",
        "The mall is near the MRT-3 (Shaw Boulevard station).",
    ],
    "version-date": [
        "Figures are as of 31 December {Y2} (unaudited).",
        "Data last updated 30 June {Y2} (Source: internal CRM).",
    ],
}  # fmt: skip

BRANDS = ["GCash", "Maya", "BDO", "BPI", "Metrobank", "UnionBank", "Globe", "Smart", "DITO", "SM Supermalls",
          "Ayala Malls", "Robinsons", "Puregold", "7-Eleven", "Jollibee", "Mang Inasal", "Chowking", "Max's",
          "URC", "Jack 'n Jill", "San Miguel", "Magnolia", "Nestlé", "Century Tuna", "Lucky Me!", "Concentrix",
          "Teleperformance", "Cebu Pacific", "Philippine Airlines", "Potato Corner", "Bench", "Mercury Drug"]  # fmt: skip

_HANDLES = ["GCashOfficial", "mayaofficialph", "GlobePH", "LiveSmart", "SMSupermalls", "JollibeePH", "7ElevenPH",
            "CebuPacificAir", "flyPAL", "PuregoldPH", "LuckyMePH", "BDOUnibank"]  # fmt: skip
_CITIES = ["Makati", "BGC", "Ortigas", "Quezon City", "Cebu", "Davao", "Iloilo", "Bacolod", "Cagayan de Oro", "Baguio",
           "Clark"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use, drawn from the builder's random source."""
    return {
        "PHP": f"{rng.randint(1, 999):,}" if rng.random() < 0.5 else f"{rng.randint(1, 99)}.{rng.randint(1, 9)}",
        "pct": str(rng.randint(3, 68)),
        "handle": rng.choice(_HANDLES),
        "city": rng.choice(_CITIES),
    }
