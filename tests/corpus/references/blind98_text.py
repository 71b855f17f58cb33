"""Prose for the ninety-eighth held-out pool, "blind98": frames, claims, brands and text that looks like a citation but is not.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a ninety-eighth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, trade, CRM,
digital, destination, fundraising and communications marketers at resort groups, airlines, trekking and tour
operators, tourism boards, telecoms, banks and remittance firms, noodle, tea, beer and cement makers, supermarket
chains, NGOs, development agencies and agencies in Kathmandu, Pokhara, Lalitpur, Thimphu, Paro, Phuntsholing,
Yangon, Mandalay, Naypyidaw, Malé and Hulhumalé write their CIM Level 6 and 7 reports and MBA assignments in
English: Acts with their Vikram Sambat and Gregorian years, law numbers, central-bank directives and circulars,
Vikram Sambat and Burmese-era dates beside Gregorian ones, Nepali fiscal years, rupee, ngultrum, kyat, rufiyaa and
dollar figures, Pvt. Ltd., Co., Ltd. and PLC firms, tickers, flight numbers, aircraft registrations, altitudes,
atoll codes, ages of interviewees, festival and trekking-season calendars, taglines and hashtags, films and shows
with their years, survey and census names, course codes, appendices and their own job histories.
Placeholders: {N} a narrative citation, {P} a parenthetical one ("{P:see}" puts a word inside its bracket), {Q} a
quotation, {C} and {C2} claims, {O} an opener, {B} a brand; the rest are filled by fill() and values() below.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} argued that {C}, which matters for {B} in the run-up to {FEST}.",
    "{N} reported that {C}.",
    "{N} observed that {C} among trekkers and tour operators alike.",
    "{N} made the case that {C}.",
    "{N} concluded that {C}, although the sample was drawn from {CITY} only.",
    "{N} showed that {C}.",
    "{N} pointed out that {C}; {B} should take note.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.",
    "{O}, {N} found that {C}.",
    "As {N} explained, {C}.",
    "{C}, as {N} also noted in work on {CITY}.",
    "This is in line with {N}, who argued that {C}.",
    "{B} could learn from {N}, whose study shows that {C}.",
    "A similar pattern is described by {N}: {C}.",
    "{O}, the findings of {N} suggest that {C}.",
    "Writing about the region, {N} observed that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of hoteliers in {CITY} shows that {C}.",
    "{O}, {N} framework helps explain why {C}.",
    "{N} survey of remittance senders found that {C}.",
    "Building on {N} work, this report argues that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "{C}, especially in {CITY} {P}.",
    "It is widely accepted that {C} {P}.",
    "{C} {P:see}.",
    "Research in the region confirms that {C} {P}.",
    "{C}, and this is true for {B} as much as for its rivals {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, so {C2}.",
    "Evidence from South Asia {P} suggests that {C}.",
    "{O}, {C} {P}, which is why {B} is rethinking its plan.",
    "While {C} {P}, {C2}.",
    "Studies of {A} {P:e.g.} show that {C}.",
    "{C} {P}; for {B}, this means {C2}.",
]  # fmt: skip
CLAIMS = [
    "remittance senders choose a channel mainly on trust and speed rather than on fees",
    "brand loyalty in instant noodles is built in childhood and rarely broken later",
    "mobile wallets spread fastest where merchants, not customers, are given the incentive",
    "trekkers rely on word of mouth from other trekkers more than on any official website",
    "high-value, low-volume tourism depends on a premium image that is easily damaged",
    "switching costs in prepaid telecoms are low, so churn follows every price war",
    "festival offers lift sales but also teach customers to wait for the next discount",
    "young urban consumers treat a coffee shop as a place to be seen as much as a place to drink",
    "resort guests judge value on the whole stay rather than on the room rate",
    "donors give more when they are shown one named beneficiary rather than a statistic",
    "bank customers in smaller towns still value a branch visit over a mobile app",
    "influencer posts work best when the creator already uses the product",
    "supermarket loyalty cards reward frequency but do little for basket size",
    "destination campaigns fail when local businesses are not part of the story",
    "service recovery after a flight delay shapes loyalty more than the delay itself",
    "diaspora customers are a distinct segment with their own media habits",
    "perceived risk is the main barrier to online payments among older customers",
    "a clear brand purpose helps firms recruit as well as sell",
    "price is less important than reliability for small merchants choosing a payment app",
    "honeymoon travellers book further ahead and spend more on extras than other guests",
    "social media has replaced the travel agent as the first source of ideas for many tourists",
    "customer satisfaction with telecom operators falls sharply when network quality is poor",
    "cause-related marketing builds goodwill only when the cause fits the brand",
    "returnee migrants are early adopters of digital financial services",
    "mobile data bundles are bought in small amounts and at short notice",
    "heritage cues on packaging raise willingness to pay for local tea",
    "trust in the service provider matters more than ease of use for mobile banking",
    "tourists from neighbouring countries behave differently from long-haul visitors",
    "short video now drives discovery for food and beverage brands",
    "a sustainable image can justify a price premium for eco-lodges",
]  # fmt: skip
OPENERS = [
    "In the Kathmandu Valley", "For remittance firms", "Since the pandemic", "Among Gen Z users in Yangon",
    "In Bhutan's case", "For resort groups in the Maldives", "In practice", "For a brand like {B}",
    "Outside the main cities", "In the trekking trade", "For development agencies", "In the telecoms market",
]  # fmt: skip
PLAIN = [
    "This section applies the theory to {B}.",
    "The next task looks at the customer journey in more detail.",
    "Both markets are growing, but at very different speeds.",
    "The recommendations below are costed and sequenced.",
    "{B} has a strong brand but a weak digital presence.",
    "The organisation's marketing team is small and relies on agencies.",
    "Competition is intense, especially in the capital.",
    "Customer data is held in several systems that do not talk to each other.",
    "The options are compared in the table below.",
    "A phased approach is recommended, starting with the home market.",
]  # fmt: skip

QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one author puts it, {Q} {P}.",
    "{N} described the challenge plainly: {Q}.",
    "{O}, {Q} {P}.",
    "The point is well made: {Q} {P}.",
    "{Q} {P}, which is exactly the problem {B} faces.",
    "In the words of {N}, {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["“premium”", "‘authentic’", '"digital first"', "“once in a lifetime”", "‘value for money’",
                '"local"', "“Nepali pride”", "‘happiness’", "“world class”", '"cashless"', "‘sustainable’",
                "“hidden charges”", "‘last mile’"]  # fmt: skip
SCARE_FRAMES = [
    "Many brands call themselves {Q} without saying what it means {P}.",
    "The word {Q} appears on almost every resort website {P}.",
    "{N} questioned whether {Q} means anything to customers any more.",
    "Customers are tired of {Q} claims {P}.",
    "What counts as {Q} differs between domestic and foreign tourists {P}.",
]  # fmt: skip
SUBJECT_LINES = ["“Your Dashain bonus is waiting 🎉”", "‘Send money home in 10 minutes’", '"Tashi Delek! Your Losar offer"',
                 "“Last chance: 50% off Hulhumalé stays”", "‘Your eSewa statement is ready’", '"Happy Thingyan from all of us"',
                 "“Fly home for Tihar from Rs. 4,999”", "‘We miss you – here is 1GB free’", '"Eid Mubarak: dinner on us"']  # fmt: skip
SUBJECT_FRAMES = [
    "The push notification {Q} had the best open rate of the season {P}.",
    "A message such as {Q} creates urgency {P}, but repeated too often it annoys.",
    "{N} quoted {Q} as a typical festival push message.",
    "Testing {Q} against a plainer version showed the value of a personal tone {P}.",
    "The Viber broadcast {Q} was sent to the whole base at once {P}.",
]  # fmt: skip

NOT_CITATIONS = {
    "vikram-sambat-date": [
        "The campaign ran from 1 Baisakh {BS} (mid-April) until the end of Jestha.",
        "The new outlet opened on Falgun 7, {BS} BS (19 February in the Gregorian calendar).",
        "Sales were tracked for Asar–Shrawan {BS} (July–August {YR}).",
    ],
    "nepali-fiscal-year": [
        "Deposits at {BANK} grew by {PCT} in FY {FY}, the bank's best year so far.",
        "The marketing budget for fiscal year {FY} (Q{q}) was cut by a fifth.",
        "Targets for {FY} were set before the monetary policy was announced.",
    ],
    "act-with-sambat-year": [
        "Under the Individual Privacy Act, 2075 (2018), customers must agree before their data is shared.",
        "The Consumer Protection Act, 2075 requires prices to be displayed in Nepali rupees.",
        "Digital signatures are recognised by the Electronic Transactions Act, 2063 (2008).",
    ],
    "law-number": [
        "Resorts are licensed under the Maldives Tourism Act (Law No. 2/99), which also covers guesthouses.",
        "The Electronic Transactions Law (2004) was amended in 2021 and again since.",
        "The Bhutan Information, Communications and Media Act 2018 sets rules for advertising on mobile networks.",
    ],
    "central-bank-circular": [
        "NRB Circular No. {d}/{FY} capped the monthly wallet load at Rs. 100,000.",
        "RMA Notification No. {d} ({YR}) changed the rules on foreign currency accounts.",
        "The MMA's Circular No. {q}/{YR} applies to all money remittance businesses.",
    ],
    "rupee-figure": [
        "A family pack now sells for Rs. {n} (about US$ {USD}).",
        "The average remittance transfer was about NPR 40,000 (roughly US$ 300) per month.",
        "Entry-level data packs start at Rs. 29 (1GB, 1 day).",
    ],
    "ngultrum-figure": [
        "The Sustainable Development Fee is US$100 (about Nu. 8,300) per person per night.",
        "A return fare from Paro to Bangkok costs around Nu. {n},000 (economy, {YR}).",
        "Mobile top-ups of Nu. 99 (for 3GB) are the best sellers at {TELCO}.",
    ],
    "kyat-figure": [
        "Transfers under K 50,000 (MMK 50,000) are free on weekends.",
        "A bottle of beer costs around K {n}0 (MMK) in a Yangon beer station.",
        "The SIM card price fell from K 200,000 to K 1,500 (2013–2014).",
    ],
    "rufiyaa-figure": [
        "The green tax is US$6 (MVR 92.52) per guest per night for guesthouses.",
        "A ferry ticket from Malé to Hulhumalé costs Rf {d} (MVR {d}.00).",
        "Top-up cards come in MVR 50, MVR 100 and MVR 300 (Rf 300) denominations.",
    ],
    "exchange-rate": [
        "All figures are converted at NPR 133.50 = US$1 (mid-July {YR2}).",
        "The kyat traded at K 2,100 to the dollar (official rate, {YR}).",
        "The ngultrum is pegged to the Indian rupee (Nu. 1 = INR 1).",
    ],
    "festival-dates": [
        "Dashain (Bijaya Dashami falls on {d} October this year) is the biggest sales window for {B}.",
        "Losar (Bhutanese New Year) and Tshechu (Paro, March/April) bring the most domestic trips.",
        "Thingyan (13–16 April) and Thadingyut (October) shape the retail calendar in Myanmar.",
    ],
    "national-day": [
        "Independence Day (26 July) is the busiest weekend for staycations in the Maldives.",
        "National Day (17 December) is when {BHUTAN} runs its largest promotion.",
        "Constitution Day (Asoj 3) is a public holiday in Nepal.",
    ],
    "ramadan-hours": [
        "During Ramadan (March–April {YR2}), resort restaurants open later for iftar.",
        "Eid al-Adha (three public holidays) is the peak for domestic travel in the Maldives.",
    ],
    "trekking-season": [
        "Peak season (October–November) accounts for most TIMS cards issued.",
        "Spring (March–May) is the second trekking season, when Everest expeditions also run.",
        "The monsoon (June–September) is the low season for trekking but not for Chinese tour groups.",
    ],
    "altitude": [
        "Guests fly in to Lukla (2,860 m) and walk up to Namche Bazaar (3,440 m).",
        "The hike to Tiger's Nest (Paro Taktsang, 3,120 m) is on every itinerary.",
        "Kala Patthar (5,644 m) gives the best view of Everest (8,849 m).",
    ],
    "company-suffix": [
        "Digital Money Myanmar Ltd. (Wave Money) holds a mobile financial services licence.",
        "The app is run by F1Soft International Pvt. Ltd., part of the same group as eSewa.",
        "City Mart Holding Co., Ltd. operates supermarkets, convenience stores and pharmacies.",
    ],
    "ticker-symbol": [
        "Nabil Bank (NABIL) trades on NEPSE alongside {n} other listed firms.",
        "Bank of Maldives (BML) and Dhiraagu (DHIRAAGU) are listed on the MSE.",
        "Bhutan Telecom is state-owned through DHI and is not listed on the RSEBL.",
    ],
    "flight-number": [
        "Drukair's KB 540 (Paro–Delhi) and KB 120 (Paro–Bangkok) are the busiest routes.",
        "The mountain flight (U4 101) leaves Kathmandu at 6.30 a.m.",
        "Maldivian's Q2 141 to Kadhdhoo was moved to a later slot.",
    ],
    "aircraft-registration": [
        "The ATR 72-500 (9N-ANC) was repainted in the new livery.",
        "The seaplane fleet (8Q-TMA to 8Q-TMZ) is the largest in the world.",
    ],
    "atoll-code": [
        "Guesthouses on K. Maafushi and AA. Thoddoo have doubled since {YR}.",
        "The resort is on Lh. Kanuhuraa (Lhaviyani Atoll), 40 minutes by seaplane.",
        "Ferries link B. Eydhafushi (Baa Atoll) to nearby islands twice a day.",
    ],
    "interviewee-age": [
        "Daw Tin Tin (62), who runs a tea shop in Mandalay, now takes payments by QR code.",
        "One trekking guide, Pemba (34), said most clients book through WhatsApp.",
        "A Pokhara shopkeeper (aged 41) said he preferred cash.",
    ],
    "honorific-mention": [
        "U Aung Win, the owner of a beer station in Sanchaung, stocks three brands.",
        "Ko Zaw and Ma Hnin, both store managers, ran the in-store tasting.",
        "Dasho Tshering, a retired civil servant, opened the first homestay in the valley.",
    ],
    "job-history": [
        "I worked as Brand Manager at {B} (2019–2022) before joining the agency.",
        "The author was Head of CRM at {BANK} ({YR}–{YR2}) and led the loyalty relaunch.",
        "Before this role I spent three years (2016–2019) in sales at a cement company.",
    ],
    "kpi-by-year": [
        "Facebook reach rose from 1.2 million ({YR}) to 1.9 million ({YR2}).",
        "App downloads (Android and iOS) passed {n},000 in {YR2}.",
        "Arrivals fell to 230,085 (2020) before recovering to over a million ({YR2}).",
    ],
    "market-share": [
        "{TELCO} holds about {PCT} of mobile subscriptions (by subscribers, not by revenue).",
        "Wai Wai is the market leader (roughly two thirds of the noodle market by volume).",
        "Private banks hold over half of deposits (Q{q} {YR2}).",
    ],
    "survey-sample": [
        "Our own survey (n = {n}) was carried out in Thamel and Lakeside in March {YR2}.",
        "A convenience sample of {n} respondents (Kathmandu, Lalitpur and Bhaktapur) was used.",
        "Focus groups (four groups of eight, Thimphu and Paro) were held in {YR2}.",
    ],
    "census-name": [
        "The National Population and Housing Census 2021 counted about 29 million people.",
        "The Bhutan Living Standards Survey 2022 (BLSS) asked households about internet use.",
        "The Maldives Population and Housing Census 2022 counted many foreign workers.",
    ],
    "campaign-name-year": [
        "Visit Nepal Year 2020 (VNY 2020) was cancelled after three months.",
        "The 'Dashain Dhamaka {BS}' campaign ran on TV, radio and TikTok.",
        "The “Sunny Side of Life” brand platform has been used since the 2010s.",
    ],
    "hashtag": [
        "The hashtag #VisitNepal{YR2} trended on the first day of the campaign.",
        "User posts tagged #HappinessIsAPlace and #DrukAir reached {n},000 people.",
        "The #SendLoveHome challenge on TikTok (Tihar edition) drew {n} entries.",
    ],
    "tagline": [
        "The new tagline, “Sadhai Tapainsanga” (Always with you), tested well with older customers.",
        "{B} changed its slogan to ‘Simply Better Banking’ in {YR}.",
        "The line \"Pay Nepali, Pay Smart\" was dropped after the pilot.",
    ],
    "translated-phrase": [
        "The word “bhet” (meeting, gift) is central to Tihar giving.",
        "Customers spoke of ‘ihsaan’ (a favour that must be returned) when describing loyalty.",
        "In Dzongkha, “tha dam-tshig” (loyalty, commitment) is a core social value.",
    ],
    "film-show-year": [
        "Product placement in the film 'Kabaddi 4' (2022) reached a national audience.",
        "The brand sponsored 'Nepal Idol' (Season {q}) on AP1 HD.",
        "The YouTube series “Ghar Pharka” (Episodes 1–6) was filmed in Pokhara.",
    ],
    "award-name": [
        "Sun Siyam Iru Fushi won “Maldives' Leading Resort” at the World Travel Awards {YR2}.",
        "The campaign won Gold at the Nepal Ad Festival ({YR2}) for best use of social media.",
        "The bank was named Bank of the Year (Bhutan) by The Banker in {YR}.",
    ],
    "certification": [
        "The data centre is certified to ISO/IEC 27001:2013 and PCI DSS (v3.2.1).",
        "The lodge holds a Travelife Gold certificate ({YR}–{YR2}).",
        "All outlets follow HACCP (Hazard Analysis and Critical Control Points) rules.",
    ],
    "course-module": [
        "This report answers Task 2 of the CIM Level 7 module Marketing and Digital Strategy (Unit 2).",
        "The assignment brief (MKT 601, Semester II) asks for a costed plan.",
        "As required by the MBA handbook (Section 4.3), the word count excludes appendices.",
    ],
    "appendix-reference": [
        "The full questionnaire is in Appendix {q} (pp. 18–21).",
        "See Figure {q} (below) for the customer journey map.",
        "Table {d} (Source: primary survey, {YR2}) summarises the results.",
    ],
    "word-count": [
        "(Word count: 2,9{q}0, excluding references and appendices.)",
        "Word count: 3,0{q}5 (within the 10% allowance).",
    ],
    "ussd-code": [
        "Customers dial *{n}# to check their balance (free of charge).",
        "Send SMS 'DATA' to 1415 to buy a pack (Rs. 10 service charge).",
    ],
    "registration-number": [
        "The agency is registered with the Office of the Company Registrar (Reg. No. {n}{d}/{FY}).",
        "Licence No. 24/2076 (Department of Tourism) allows it to run treks in restricted areas.",
    ],
    "sdg-reference": [
        "The project supports SDG 5 (gender equality) and SDG 8 (decent work).",
        "Financial inclusion is framed under SDG 1 (no poverty) and SDG 10.",
    ],
    "app-version": [
        "The redesign shipped in version 5.{q} (Android) and 5.{d} (iOS).",
        "The old app (v2.0, {YR}) had no dark mode and no Nepali language option.",
    ],
    "place-district": [
        "Fieldwork covered Paro Dzongkhag (district) and Haa Dzongkhag (west).",
        "Stores in Kaski (Pokhara) and Rupandehi (Butwal) were sampled.",
        "The new branch is in Hlaing Tharyar Township (Yangon Region).",
    ],
    "burmese-era-date": [
        "Thingyan marks the start of the Myanmar year 1386 ME (April {YR2}).",
        "The store opened on the full moon of Tabaung (March {YR2}).",
    ],
    "gnh-domains": [
        "Gross National Happiness (GNH) has nine domains and 33 indicators.",
        "The GNH Index counts a person as happy above a sufficiency threshold (66%).",
    ],
    "internal-document": [
        "The Marketing Plan FY {FY} (Draft v3, not published) sets the targets used here.",
        "Figures come from the company's CRM dashboard (Salesforce, exported {d} March {YR2}).",
        "The brand book (Version 2.1, internal) fixes the colours and tone of voice.",
    ],
    "agency-credit": [
        "The TV spot was produced by Outreach & Co. (Kathmandu) and aired during {FEST}.",
        "Media buying is handled by an agency in Yangon (Myanmar Ad Partners Co., Ltd.).",
    ],
    "product-variant": [
        "Wai Wai Quick (Chicken, 70 g) and Wai Wai Cup (Veg) are the top SKUs.",
        "The Ncell Unlimited 599 pack (28 days) replaced three older plans.",
        "Druk Supreme (500 ml) and Druk 11000 (650 ml) are sold in the same outlets.",
    ],
}  # fmt: skip

BRANDS = ["Wai Wai", "CG Foods", "Chaudhary Group", "Nepal Telecom", "Ncell", "Nabil Bank", "Himalayan Bank", "eSewa",
          "Khalti", "Himalayan Java", "Bhat-Bhateni", "Buddha Air", "Yeti Airlines", "Nepal Tourism Board",
          "Bhutan Telecom", "TashiCell", "Bank of Bhutan", "Drukair", "Myanmar Brewery", "Ooredoo Myanmar", "MPT",
          "KBZ Bank", "KBZPay", "Wave Money", "City Mart", "Shwe Taung Group", "Dhiraagu", "Ooredoo Maldives",
          "Bank of Maldives", "Maldivian", "Visit Maldives", "Sun Siyam Resorts", "Gorkha Brewery", "IME Pay",
          "Helvetas", "SNV"]  # fmt: skip

_FESTIVALS = ["Dashain", "Tihar", "Holi", "Losar", "Tshechu", "Thingyan", "Thadingyut", "Ramadan", "Eid",
              "Chhath", "Teej", "New Year"]  # fmt: skip
_CITIES = ["Kathmandu", "Pokhara", "Lalitpur", "Thimphu", "Paro", "Phuntsholing", "Yangon", "Mandalay", "Naypyidaw",
           "Malé", "Hulhumalé", "Butwal", "Biratnagar"]  # fmt: skip
_BANKS = ["Nabil Bank", "Himalayan Bank", "Bank of Bhutan", "KBZ Bank", "Bank of Maldives", "Global IME Bank",
          "Bhutan National Bank", "AYA Bank"]  # fmt: skip
_TELCOS = ["Nepal Telecom", "Ncell", "TashiCell", "Bhutan Telecom", "MPT", "Ooredoo", "Dhiraagu", "Ooredoo Maldives"]
_BHUTAN = ["Drukair", "Bank of Bhutan", "TashiCell", "Bhutan Telecom", "Druk Holding and Investments"]


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    year = rng.randint(2076, 2082)
    return {
        "FEST": rng.choice(_FESTIVALS),
        "CITY": rng.choice(_CITIES),
        "BANK": rng.choice(_BANKS),
        "TELCO": rng.choice(_TELCOS),
        "BHUTAN": rng.choice(_BHUTAN),
        "BS": str(year),
        "FY": f"{year}/{str(year + 1)[-2:]}",
        "PCT": f"{rng.randint(3, 68)}%",
        "USD": str(rng.randint(2, 9)),
        "YR": str(recent := rng.randint(2015, 2022)),
        "YR2": str(recent + rng.randint(1, 3)),
    }
