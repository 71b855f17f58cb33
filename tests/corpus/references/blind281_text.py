"""Prose of the "blind281" pool (HELD OUT): marketers at hotels and resorts, tour operators, banks and microfinance
institutions, mobile operators, brewers, coffee and consumer brands, airlines and tourism boards in Cambodia and Laos
writing CIM Level 6 and 7 reports and MBA assignments in English on tourism, financial-inclusion, mobile and consumer
marketing. Written without reading the checker, its tests or any other pool.

Placeholders as in text.py: {N} narrative citation, {P} parenthetical, {Q} quotation, {C} claim, {B} brand,
{O} opener, plus the fill values of text.py and those of ``values`` below. NOT_CITATIONS holds text with brackets,
years and figures that no tutor would look for in the reference list: temples and listings, festivals, prices in
riel, kip and dollars, exchange rates, arrivals, hotel openings, tariffs, app versions, licences, laws and prakas,
railways and roads, launches, awards, stock codes and slogans.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Raffles Hotel Le Royal", "Sofitel Angkor", "Amansara", "Rosewood Phnom Penh", "Azerai", "Exotic Voyages",
          "ACLEDA Bank", "ABA Bank", "Wing", "Prince Bank", "Smart Axiata", "Cellcard", "Metfone", "Lao Telecom",
          "Unitel", "BCEL", "Beerlao", "Cambrew", "Brown Coffee", "Lao Airlines", "Cambodia Angkor Air",
          "the Ministry of Tourism", "Angkor Beer", "Cambodia Beer", "PRASAC", "Hattha Bank", "Sathapana Bank",
          "Khmer Beverages", "Dao Coffee", "Joma Bakery Café", "Tube Coffee", "Amazon Café", "Chip Mong",
          "Bakong", "BCEL One", "Lao-China Railway", "Sokha Hotels", "Shinta Mani"]  # fmt: skip

NARRATIVE_START = [
    "{N} argue that {C}.", "{N} found that {C}, although their sample came mostly from Phnom Penh.",
    "{N} concluded that {C}.", "{N} suggests that {C}, which is highly relevant to {B}.",
    "{N} showed that {C} among rural borrowers in Takeo and Kampong Cham.", "{N} noted that {C}.",
    "{N} identified that {C}, particularly for {A}.", "{N} states that {C}.", "{N} point out that {C}.",
    "{N} observed that, in Laos, {C}.", "{N} reported that {C} in Siem Reap province.",
    "{N} recommend that marketers in the Mekong region accept that {C}.", "{N} explains that {C}.",
    "{N} also argued that {C}, and that {C2}.", "{N} warns that {C} unless trust in the riel improves.",
]  # fmt: skip
NARRATIVE_MID = [
    "In their study of Cambodian banks, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is consistent with {N}, who found that {C}.", "{C}, which supports the findings of {N}.",
    "{C} – a view shared by {N}.", "As highlighted by {N}, {C}.", "For {B}, the lesson from {N} is that {C}.",
    "Research by {N} in Luang Prabang suggests {C}.", "According to {N}, {C}.",
    "A survey carried out by {N} found that {C}.", "{C}, as {N} noted in the Cambodian context.",
    "Evidence from {N} shows that, for {A}, {C}.", "Data from {N} show that {C}.", "As {N} put it, {C}.",
    "{B} seems to follow {N}: {C}.", "{C}; however, {N} found the opposite in Vientiane.",
    "Applying the model of {N} to {B}, {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Using {N} framework, it is clear that {C}.",
    "{O}, {N} report concluded that {C}.", "{B} could apply {N} model, since {C}.",
    "{N} findings are useful here because {C}.", "According to {N} survey, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "There is evidence that {C} {P}.", "It is widely accepted that {C} {P}.",
    "In Cambodia, {C} {P}.", "In the Lao market, {C} {P}.", "{B} is a case in point: {C} {P}.",
    "Studies of the Mekong region show that {C} {P}.", "{C}, especially in the provinces {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, although {C2}.", "{C} {P}; even so, {C2}.", "{C} {P}, while {C2}.",
    "{B} has seen that {C} {P}, but {C2}.", "Since {C} {P}, {B} should act first.",
]  # fmt: skip
CLAIMS = [
    "{B} could use {T} to reach {A}", "{T} raises {R} among {A}", "trust in banks still lags behind trust in cash",
    "mobile wallets reach unbanked customers faster than branches do", "{A} compare hotel prices on Agoda before booking",
    "Chinese visitors now arrive by rail rather than by air", "heritage visitors stay longer when guides are local",
    "beer brands compete on price and promotions more than on taste", "Facebook Live drives much of Cambodian retail",
    "QR payments have made small shops part of the formal economy", "rural women value group loans for their trust",
    "over-indebtedness harms the reputation of microfinance", "luxury guests expect a sense of place",
    "young Lao consumers follow Thai trends through social media", "dollar pricing signals quality to {A}",
    "service quality predicts loyalty in Siem Reap's hotels", "{B} relies on {T} more than its rivals do",
    "data bundles sell better when bundled with TikTok or Facebook", "airlines win {A} with flexible fares",
    "community-based tourism spreads income only when villages control it", "{A} reward {T} with {R}",
    "coffee chains sell a modern urban identity as much as coffee", "brand trust rises when firms answer in Khmer",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "Similarly", "In Cambodia", "In Laos", "By contrast",
           "In the case of {B}", "More recently", "Even so", "Since the pandemic", "For a bank like {B}"]  # fmt: skip
PLAIN = [
    "{B} sells through its own app, Facebook pages and its branches in every province.",
    "Most guests at {B} arrive through Siem Reap or Phnom Penh and book through online travel agents.",
    "The campaign ran for six weeks on Facebook, TikTok and Telegram in Khmer and English.",
    "Staff interviews were held in Khmer and translated by the author.", "{O}, {C}.",
    "{B}'s marketing team has four people, and most content is produced by an agency in Phnom Penh.",
    "The questionnaire was written in Lao and English and shared through WhatsApp groups.",
    "Section 3 sets out the recommendations for {B}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one textbook puts it, {Q} {P}.", "{N} put it plainly: {Q}.", "{O}, {Q} {P}.",
    "This is summed up well: {Q} {P}.", "{Q} {P}, which is what {B} has begun to do.",
    "{N} remind marketers that {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["‘Khmer pride’", "‘bottom of the pyramid’", "‘cashless Cambodia’", "‘slow travel’",
                "‘voluntourism’", "‘phygital’", "“one village, one product”", "‘digital first’",
                "‘the new Siem Reap’", "‘same same but different’"]  # fmt: skip
SCARE_FRAMES = [
    "Marketers call this {Q} {P}.", "{B} calls its approach {Q} {P}.", "The idea of {Q} is now common {P}.",
    "So-called {Q} tourism is growing {P}.", "{N} describe this as {Q}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Happy Khmer New Year: 20% off your stay’", "‘Your Wing bonus is waiting’",
                 "“Pay with Bakong, win a trip to Kep”", "‘Sabaidee! New routes to Luang Prabang’",
                 "‘Top up $5, get 10GB free’", "“Your room at {B} is ready”", "‘Last seats for Pchum Ben’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A push message reading {Q} lifted app log-ins {P}.", "{B}'s SMS campaign, {Q}, was widely shared {P}.",
    "The email headed {Q} had the best open rate of the year {P}.", "Messages such as {Q} work well in Telegram {P}.",
]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values of this pool's frames: recent years, prices, rates and counts of the region."""
    year = rng.randint(2012, 2025)
    return {
        "yr": str(year), "yr0": str(year - 1), "yr2": str(rng.randint(2026, 2030)), "ry": str(rng.randint(2022, 2025)),
        "rate": str(rng.randint(6, 18)), "dig": str(rng.randint(1, 9)),
        "riel": f"{rng.choice([500, 1000, 2000, 2500, 3000, 4500, 6000, 12000])}",
        "kip": f"{rng.choice([5000, 10000, 15000, 20000, 25000, 40000, 60000])}",
        "usd": f"{rng.choice([1.5, 2, 2.5, 3, 5, 37, 45, 120, 350, 800])}".rstrip("0").rstrip("."),
        "khr": str(rng.randint(4000, 4150)), "lak": f"{rng.randint(8, 22)},{rng.randint(100, 999)}",
        "mil": f"{rng.randint(1, 7)}.{rng.randint(0, 9)}", "k": str(rng.randint(120, 990)),
        "rooms": str(rng.randint(12, 400)), "gb": str(rng.choice([3, 5, 10, 15, 30, 50])),
        "ver": f"{rng.randint(2, 6)}.{rng.randint(0, 9)}", "lic": f"{rng.randint(1, 9)}{rng.randint(10, 99)}",
        "pk": f"B7-0{rng.randint(10, 25)}-{rng.randint(100, 999)}", "no": str(rng.randint(1, 60)),
        "pct": str(rng.randint(3, 78)), "bn": f"{rng.randint(1, 12)}.{rng.randint(0, 9)}",
        "code": rng.choice(["ABC", "PWSA", "PAS", "GTI", "PPSP", "CGSM", "DBDE", "JSL", "MJQE", "PEPC"]),
        "lsx": rng.choice(["BCEL", "EDL-Gen", "LWPC", "PTL", "SVN"]),
    }  # fmt: skip


NOT_CITATIONS = {
    "temple-century": ["Tour operators sell sunrise tours of Angkor Wat (12th century) to {A}.",
                       "Banteay Srei (10th century) is now part of most {B} itineraries.",
                       "Ta Prohm (late 12th century) became famous after a Hollywood film."],
    "unesco-listing": ["Luang Prabang (UNESCO, 1995) draws most of the country's long-stay visitors.",
                       "Vat Phou (2001) and the Plain of Jars (2019) are Laos's other World Heritage sites.",
                       "Angkor (UNESCO, 1992) was taken off the danger list in 2004."],
    "site-inscription": ["Sambor Prei Kuk (inscribed 2017) still receives few international visitors.",
                         "Koh Ker (inscribed 2023) is the newest World Heritage site in Cambodia."],
    "festival-year": ["Sales of {B} peak before Khmer New Year {yr} and Pchum Ben.",
                      "The Water Festival (Bon Om Touk {yr}) filled every hotel by the riverside.",
                      "Boun That Luang ({yr}) brought record crowds to Vientiane."],
    "festival-dates": ["Pi Mai Lao (14–16 April {yr}) is the busiest week for Beerlao.",
                       "Khmer New Year (13–16 April) is when most staff travel home to the provinces."],
    "riel-price": ["A glass of draught beer costs {riel} riel ({yr} price).",
                   "Street coffee in Phnom Penh sells for about {riel} riel a cup ({yr})."],
    "kip-price": ["A bowl of noodles in Vientiane cost {kip} kip in {yr}.",
                  "A large Beerlao sells for around {kip} kip ({yr} prices)."],
    "dollar-price": ["Rooms at the resort start at ${usd} a night ({yr} rack rate).",
                     "The Angkor one-day pass costs $37 (since {yr}).", "A set menu costs US${usd} (per person, {yr})."],
    "exchange-rate": ["The riel has been held near KHR {khr} to the dollar ({yr} average).",
                      "The kip fell to LAK {lak} per US dollar ({yr}), lifting imported prices."],
    "visitor-arrivals": ["Cambodia received {mil} million international visitors (2019 arrivals).",
                         "Chinese arrivals fell to {k},000 ({yr} arrivals) before recovering.",
                         "Laos recorded {mil} million visitors ({yr}), most from Thailand."],
    "arrivals-growth": ["Arrivals at Siem Reap rose by {pct}% ({yr} on {yr0}).",
                        "Visitor numbers recovered to {pct}% of the pre-pandemic level ({yr})."],
    "hotel-opening": ["Rosewood Phnom Penh (opened 2018) occupies the top of Vattanac Capital.",
                      "Azerai Can Tho and Azerai Kep ({yr}) extended the group's riverside style.",
                      "Raffles Hotel Le Royal (1929) trades on its colonial heritage."],
    "hotel-rooms": ["The new resort will have {rooms} rooms (opening {yr2}).",
                    "Sofitel Angkor has 238 rooms and suites ({ry} refurbishment)."],
    "mobile-tariff": ["Smart's bundle gives {gb}GB for $1 (7 days, {yr}).",
                      "Unitel's night package costs {kip} kip ({gb}GB, valid 30 days)."],
    "data-bundle": ["The ‘Smart@Home’ plan offers {gb}GB a month ({yr} tariff).",
                    "Cellcard's tourist SIM includes {gb}GB (2024 price: $5)."],
    "app-version": ["ABA Mobile (version {ver}) added Khmer QR payments.", "Wing app 4.0 ({ry}) was rebuilt around the wallet.",
                    "BCEL One ({ver}) now supports cross-border QR to Thailand."],
    "app-downloads": ["The app passed {mil} million downloads (Google Play, {yr}).",
                      "Ratings on the App Store average 4.{dig} ({ry}, {k} reviews)."],
    "bank-licence": ["Wing became a specialised bank (licence No. {lic}, {yr}).",
                     "PRASAC received its commercial bank licence ({yr}) from the central bank."],
    "mfi-licence": ["Hattha Kaksekar was licensed as a deposit-taking MFI (2009) before becoming a bank.",
                    "LOLC converted to a microfinance deposit-taking institution (licence {lic}, {yr})."],
    "tourism-law": ["The Law on Tourism (2009) requires every guide to hold a licence.",
                    "Under the Law on Tourism (Laos, 2013) tour operators must register their guides."],
    "prakas": ["Prakas {pk} sets the rules on interest rate caps.",
               "Banks must follow Prakas No. {no} on consumer protection ({yr}).",
               "The central bank capped microloan rates at 18% a year (2017 prakas)."],
    "sub-decree": ["Sub-Decree No. {no} ({yr}) governs e-commerce licences.",
                   "The Sub-Decree on Digital Payments ({ry}) set up the Bakong rules."],
    "lao-law": ["The Law on Commercial Banks (2018) governs BCEL's retail services.",
                "Decree No. {no}/GOV ({yr}) sets the rules for mobile money in Laos."],
    "railway": ["The Laos-China Railway (2021) cut the trip from Vientiane to Luang Prabang to two hours.",
                "Passenger numbers on the railway reached {mil} million ({ry})."],
    "road-project": ["The Phnom Penh–Sihanoukville Expressway (2022) brought Kampot within reach of weekenders.",
                     "The Vientiane–Vang Vieng Expressway (opened 2020) is a toll road."],
    "airport": ["Siem Reap Angkor International Airport (2023) replaced the old airport.",
                "Techo International Airport (due {yr2}) will serve Phnom Penh."],
    "brand-launch": ["Beerlao Dark (2008) was the brand's first premium extension.",
                     "Cambodia Beer (launched 2012) quickly became the market leader.",
                     "Cambrew launched a lager for the provinces (launch: {yr})."],
    "product-variant": ["Beerlao Gold (330ml, {yr}) is sold mainly in Thailand.",
                        "Brown Coffee's iced latte (16oz) costs $2.{dig}0."],
    "award": ["ABA Bank was named Euromoney Best Bank in Cambodia 2023.",
              "Raffles Hotel Le Royal won a World Travel Award (Cambodia's Leading Hotel {yr}).",
              "ACLEDA won The Asset Triple A award ({yr})."],
    "ranking": ["Siem Reap ranked first in TripAdvisor's Travellers' Choice ({yr}).",
                "The hotel is rated 4.{dig} on Google Reviews ({k} reviews)."],
    "stock-code": ["ACLEDA listed on the Cambodia Securities Exchange (CSX: ABC) in 2020.",
                   "BCEL's shares trade on the Lao Securities Exchange (LSX: {lsx}).",
                   "Investors can buy PPAP (CSX: PAS) through local brokers."],
    "listing-year": ["Phnom Penh Water Supply Authority (PWSA) was the first to list, in 2012 (CSX code: PWSA).",
                     "BCEL went public in 2011 (LSX listing)."],
    "slogan": ["Beerlao's strapline, ‘The Pride of Laos’, appears on every can.",
               "Smart's ‘Live. Work. Play.’ campaign ran for three years.",
               "Cellcard's ‘We Connect’ message targeted provincial youth."],
    "hashtag-campaign": ["The #VisitCambodia{yr} campaign reached {mil} million people on Facebook.",
                         "#SabaideeLaos ({ry}) was led by local influencers."],
    "deposit-figure": ["ACLEDA's deposits rose to ${bn} billion (2023 deposits).",
                       "Total deposits grew by {pct}% ({yr} figures).", "BCEL lent {rate}% more ({yr} loans)."],
    "bank-figures": ["Net profit reached ${k} million ({yr}: audited).",
                     "The bank has {k} branches (as at December {yr})."],
    "mfi-borrowers": ["Microfinance loans reached {mil} million borrowers (end {yr}).",
                      "The average microloan was $3,{k} ({yr} data)."],
    "subscriber-figures": ["Smart has {mil} million subscribers ({yr} figure).",
                           "Mobile penetration in Cambodia is over 120% (SIMs per person, {yr})."],
    "bakong-users": ["Bakong had {mil} million wallet users ({ry}).",
                     "QR transactions grew {no}-fold (KHQR, {ry})."],
    "flight-route": ["Lao Airlines flies Vientiane–Luang Prabang daily (QV101, {yr} schedule).",
                     "Cambodia Angkor Air resumed Phnom Penh–Siem Reap flights (K6 {no}{no}, {yr})."],
    "airline-fleet": ["Cambodia Angkor Air flies {dig} aircraft (ATR 72-600 and A321, {ry}).",
                      "Lao Airlines added an ATR 72-600 in {yr} (fleet: 6)."],
    "tour-package": ["The Angkor and Tonle Sap tour (4 days/3 nights, from ${k}) is the best seller.",
                     "The operator's Mekong cruise (7D6N, {yr} departures) sold out."],
    "visa-fee": ["A tourist visa on arrival costs $30 ({yr}).", "The e-visa fee rose to $36 in {ry} (including processing)."],
    "minimum-wage": ["The garment-sector minimum wage rose to $2{dig}0 a month ({ry}).",
                     "Laos raised the minimum wage to 1,600,000 kip (2023)."],
    "population-census": ["Cambodia's population was 15.6 million (2019 census).",
                          "Laos counted 6.5 million people (2015 Population and Housing Census)."],
    "economic-zone": ["Sihanoukville SEZ (2008) hosts more than 170 factories.",
                      "The Saysettha Development Zone (2010) lies outside Vientiane."],
    "coffee-origin": ["Bolaven Plateau coffee (Arabica, 1,200m) supplies {B}.",
                      "Dao Coffee's Paksong estate (founded 1991) exports to Japan."],
    "founding-year": ["ACLEDA began as an NGO (1993) before becoming a bank.", "Brown Coffee was founded in 2009 (Phnom Penh) by three friends.",
                      "Brown Coffee opened its first shop (2009) on Street 282."],
    "percentage-share": ["Beer takes {pct}% of the alcohol market (by volume, {yr}).",
                         "Mobile data accounts for {pct}% of revenue (Q{q} {yr})."],
    "financial-year": ["Results for FY{yr} show a rise in fee income.", "In H1 {yr} the brand grew by {pct}%."],
    "survey-sample": ["Questionnaires were returned by {k} guests (n = {k}, {yr}).",
                      "Focus groups were held in Vientiane (three groups, {yr})."],
    "interest-rate": ["Fixed deposits pay {no}.5% a year (12 months, {yr}).",
                      "Loan rates fell to {rate}% (KHR loans, {yr})."],
}  # fmt: skip
