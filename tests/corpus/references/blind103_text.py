"""Prose for the hundred-and-third held-out pool, "blind103": its sentence frames, claims, brands and decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a
hundred-and-third hand, without reading the checker, its tests or the other pools' frames, decoys and works, from
how brand, trade, CRM, digital, destination and communications marketers at banks, telecoms, retail chains, food and
drink makers, pharmaceutical firms, hotel groups, airlines, tourism organisations and agencies in Belgrade, Novi Sad,
Niš, Sarajevo, Banja Luka, Mostar, Podgorica, Budva, Kotor, Skopje, Ohrid, Tirana and Durrës write CIM Level 6 and 7
reports and MBA assignments in English: laws with their Official Gazette numbers, NBS decisions, a.d., d.o.o.,
d.d., AD, DOOEL and sh.a. firms, dinar, convertible mark, euro, denar and lek figures, Slava, both Christmases and
Easters, the Bajrams, Vidovdan, Dita e Verës, Flag Day, Exit and the diaspora summer, tariffs, apps, campaigns in
local languages with their English in brackets, and the regional press named in passing.

Fill values of its own (values()): {city} a city, {cur} a sum of money in one of the region's currencies,
{fest} a festival or holiday, {yr} a recent year, {mo} a month, {pc} a percentage's number, {ch} a channel,
{reg} a regulator or statistics office, {cty} a country.
"""

# ruff: noqa: E501  (frames read best one to a line; typographic quotation marks are the point)
from __future__ import annotations

import random

BRANDS = ["Banca Intesa", "Komercijalna banka", "UniCredit Bank Srbija", "Raiffeisen Bank BiH", "CKB", "BKT",
          "Telekom Srbija", "Yettel", "A1 Srbija", "BH Telecom", "m:tel", "Crnogorski Telekom", "Makedonski Telekom",
          "ONE Albania", "Maxi", "Idea", "Konzum", "Bingo", "Voli", "Ramstore", "Spar Albania", "Bambi", "Imlek",
          "Podravka", "Hemofarm", "Alkaloid", "Skopsko", "Plantaže", "Air Serbia", "Air Montenegro", "Knjaz Miloš",
          "Jaffa Crvenka", "Argeta", "Vispak", "Lino Ita", "Birra Korça", "Tirana Bank", "NLB Komercijalna banka"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the builder's own."""
    return {
        "city": rng.choice(["Belgrade", "Novi Sad", "Niš", "Sarajevo", "Banja Luka", "Mostar", "Podgorica", "Budva",
                            "Kotor", "Skopje", "Ohrid", "Tirana", "Durrës", "Tuzla", "Bitola"]),
        "cur": rng.choice([f"RSD {rng.randint(2, 900)} million", f"{rng.randint(90, 4900)} din.", f"BAM {rng.randint(1, 60)} million",
                           f"{rng.randint(2, 99)},{rng.randint(10, 99)} KM", f"€{rng.randint(3, 950)},000", f"EUR {rng.randint(2, 80)} million",
                           f"MKD {rng.randint(100, 9000)}", f"{rng.randint(99, 2999)} ден", f"ALL {rng.randint(200, 9000)}",
                           f"{rng.randint(1, 90)},000 lekë"]),
        "fest": rng.choice(["Exit", "Sea Dance", "the Sarajevo Film Festival", "the Ohrid Summer Festival", "Slava season",
                            "Orthodox Christmas", "Catholic Easter", "Ramazanski Bajram", "Kurban Bajram", "Vidovdan",
                            "Dita e Verës", "Flag Day", "Black Friday", "back-to-school", "the diaspora summer season"]),
        "yr": str(rng.randint(2019, 2025)), "pc": str(rng.randint(3, 87)),
        "mo": rng.choice(["January", "March", "April", "June", "July", "August", "September", "November", "December"]),
        "ch": rng.choice(["Viber communities", "Instagram", "TikTok", "the mobile app", "SMS", "YouTube pre-roll",
                          "Facebook groups", "outdoor", "in-store radio", "email"]),
        "reg": rng.choice(["RATEL", "the NBS", "RZS", "MONSTAT", "MAKSTAT", "INSTAT", "the Central Bank of Montenegro",
                           "the Bank of Albania", "AEK"]),
        "cty": rng.choice(["Serbia", "Bosnia and Herzegovina", "Montenegro", "North Macedonia", "Albania"]),
    }  # fmt: skip


CLAIMS = [
    "trust in domestic banks rises when branch staff speak the customer's dialect",
    "mobile banking adoption in the region is driven more by convenience than by price",
    "loyalty cards change where {A} shop but not how much they spend",
    "diaspora customers judge a bank by how quickly remittances arrive",
    "price promotions in discount chains train shoppers to wait for the next leaflet",
    "consumer ethnocentrism still favours domestic dairy and confectionery brands",
    "festival sponsorship builds awareness quickly but rarely builds preference on its own",
    "telecom churn falls when bundles tie mobile, internet and TV together",
    "destination image is shaped more by friends' photos than by official campaigns",
    "{T} lifts {R} among {A} when it is written in the local language",
    "younger customers expect a bank to answer on Viber within the hour",
    "country-of-origin cues matter most for food, wine and medicines",
    "hotel guests from the diaspora book later and stay longer than other visitors",
    "private-label ranges grow fastest when inflation squeezes household budgets",
    "cash on delivery remains the default for online orders outside the capitals",
    "word of mouth within the extended family outweighs paid advertising for big purchases",
    "CSR communication is believed only when it is local and visible",
    "short-form video on TikTok reaches {A} that television no longer reaches",
    "a clear privacy notice increases willingness to share data with a retailer",
    "heritage cues in beer and mineral-water advertising support a price premium",
    "service recovery after a network outage shapes loyalty more than the outage itself",
    "religious holidays concentrate food and gift spending into a few weeks",
    "contactless cards spread fastest where transport operators accept them",
    "small hoteliers depend on booking platforms for most of their foreign guests",
]  # fmt: skip

OPENERS = [
    "In the Serbian market", "For banks in the region", "Across the Western Balkans", "In {city}",
    "For a telecom operator", "In grocery retail", "For destination marketers", "Among diaspora customers",
    "During {fest}", "For {B}", "In a high-inflation year",
]  # fmt: skip

NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} argued that {C}, which matters for {B}.",
    "{N} showed that {C}, although the sample was drawn only in {city}.",
    "{N} concluded that {C}; {B}'s {ch} plan reflects this.",
    "{N} reported that {C} in {cty}.",
    "{N} suggested that {C}, a point the {fest} campaign should take into account.",
    "{N} observed that {C}.",
    "{N} measured {R} across {n} branches and stores and found that {C}.",
]  # fmt: skip

NARRATIVE_MID = [
    "As {N} pointed out, {C}.",
    "In a study of {A} in {city}, {N} found that {C}.",
    "This is consistent with {N}, who argued that {C}.",
    "For {B}, the work of {N} is relevant because {C}.",
    "The findings of {N} indicate that {C}.",
    "Research in {cty} by {N} shows that {C}.",
    "Applied to {B}, the model set out by {N} suggests that {C}.",
    "Similarly, {N} note that {C}.",
]  # fmt: skip

POSSESSIVE = [
    "{N} study of {A} found that {C}.",
    "{N} survey suggests that {C}.",
    "{N} framework is useful here, as {C}.",
    "According to {N} findings, {C}.",
    "{N} analysis of {cty} shows that {C}.",
]  # fmt: skip

PARENTHETICAL_END = [
    "{C} {P}.",
    "Evidence from {cty} suggests that {C} {P}.",
    "For {B}, it matters that {C} {P}.",
    "{O}, {C} {P}.",
    "It has been shown that {C} {P}.",
    "Studies of {A} confirm that {C} {P}.",
    "Regional evidence indicates that {C} {P}.",
    "This is important because {C} {P}.",
]  # fmt: skip

PARENTHETICAL_MID = [
    "{C} {P}, which is why {B} invests in {ch}.",
    "It is widely accepted that {C} {P}, so {B} should act before {fest}.",
    "{O}, {C} {P}, and competitors have already responded.",
    "Because {C} {P}, the plan gives {ch} a larger budget.",
    "Although {C} {P}, {B} has not yet changed its approach.",
    "{C} {P}; the recommendations below build on this.",
]  # fmt: skip

PLAIN = [
    "This section applies the theory to {B}.",
    "The recommendations are costed in the budget below.",
    "{B} faces strong competition from regional and international brands.",
    "The plan runs for twelve months and is reviewed each quarter.",
    "Customer research for this report was carried out in {city} over three weeks.",
    "The main target segment is urban families with two incomes.",
    "Budgets are shown in euro for comparison across the five markets.",
    "The following paragraphs discuss the implications for the brand.",
    "Internal data were shared by the marketing department with permission.",
    "Both options are assessed against the same criteria.",
]  # fmt: skip

QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one regional study puts it, {Q} {P}.",
    "{N} put it plainly: {Q}.",
    "{O}, {Q} {P}.",
    "{N} concluded that {Q}, which {B} should note.",
    "The point is made directly: {Q} {P}.",
    "One textbook summarises the issue as {Q} {P}.",
]  # fmt: skip

SCARE_QUOTES = ["‘inflation fatigue’", "“domaće”", "‘diaspora season’", "'cashback culture'", "“premium for less”",
                "‘Slava shopping’", "‘omnichannel’", "‘shrinkflation’", "'Viber marketing'", "“fast fintech”",
                "‘greenwashing’", "‘Gastarbeiter’ customers", "“digital first”"]  # fmt: skip

SCARE_FRAMES = [
    "So-called {Q} affects how {A} respond to promotions {P}.",
    "{B} has been accused of {Q} in its recent campaigns {P}.",
    "The term {Q} is used loosely by agencies in {city} {P}.",
    "{N} described this as {Q}, and {B} is not immune.",
    "Managers speak of {Q} as if it were new {P}.",
    "What some call {Q} is a growing concern for retailers {P}.",
]  # fmt: skip

SUBJECT_LINES = ["“Vaš poklon za Slavu je spreman”", "‘Black Friday: -{pc}% samo danas’", "“Dobrodošli kući!”",
                 "‘Your salary has arrived – check your offer’", "“Gëzuar festat nga ne”", "'Roaming free all summer'",
                 "‘Pakete vere për diasporën’", "“Last chance: back-to-school deals end Sunday”", "‘Srećan Bajram!’"]  # fmt: skip

SUBJECT_FRAMES = [
    "A subject line such as {Q} raised opens among {A} {P}.",
    "{B}'s push notification {Q} was sent before {fest} {P}.",
    "Messages like {Q} work because they feel personal {P}.",
    "{N} tested {Q} against a plainer version and found a clear winner.",
    "The email headed {Q} had the best click rate of the quarter {P}.",
]  # fmt: skip

NOT_CITATIONS: dict[str, list[str]] = {
    "official-gazette": [
        "The Law on Advertising (Službeni glasnik RS, br. 6/2016) bans misleading price comparisons.",
        "Under the Law on Personal Data Protection (Official Gazette of RS, No. 87/2018), consent for CRM emails must be recorded.",
        "The Law on Consumer Protection (Official Gazette of RS, No. 88/2021) gives online buyers fourteen days to withdraw.",
        "North Macedonia's Law on Personal Data Protection (Official Gazette No. 42/2020) follows the GDPR closely.",
    ],
    "numbered-law": [
        "Albanian Law No. 9887/2008 on Personal Data Protection was replaced by Law No. 124/2024.",
        "The Montenegrin Law on Electronic Commerce (Sl. list RCG, br. 80/04) still governs web shops in Podgorica.",
        "In Bosnia and Herzegovina the new Law on Protection of Personal Data (Službeni glasnik BiH 12/25) applies from {yr}.",
    ],
    "central-bank-decision": [
        "NBS Decision No. 21/2019 limits how banks may advertise loan interest rates.",
        "The Decision on Capital Adequacy of Banks (RS Official Gazette, No. 103/2016) affects how much {B} can lend.",
        "Banks must show the effective interest rate (EKS) in every advertisement under the NBS rules.",
    ],
    "company-form": [
        "{B} trades as a joint-stock company (a.d.) and its subsidiary as a d.o.o.",
        "Bingo d.o.o. Tuzla and Konzum d.d. compete for the same shoppers in Tuzla Canton.",
        "The distributor is registered as a DOOEL in Skopje and as an sh.p.k. in Tirana.",
    ],
    "money-figure": [
        "The campaign budget is {cur} (about €{n},000 at today's rate).",
        "A family Slava basket costs around {cur} in {city} this year.",
        "Average monthly spend per subscriber (ARPU) is {cur}, up {pc}% on {Y}.",
    ],
    "exchange-rate": [
        "All figures are converted at EUR 1 = RSD 117.2, the middle rate on 1 March {yr}.",
        "The convertible mark is pegged to the euro (EUR 1 = BAM 1.95583).",
        "At EUR 1 = MKD 61.5 and EUR 1 = ALL 100, the prices are broadly comparable.",
    ],
    "percentage-bracket": [
        "Online sales grew by {pc}% ({yr} on {Y}) while store sales were flat.",
        "Mobile banking users reached {pc}% of clients (up from {q}{q}% in {Y}).",
        "Roughly one in three respondents ({pc}%) had shopped across the border in the last year.",
    ],
    "own-survey": [
        "Our own survey (n = {n}, {city}, {mo} {yr}) asked about preferred payment methods.",
        "A short Google Forms questionnaire (n = {n}) was shared in two Viber groups in {mo}.",
        "Focus groups (three groups of eight, {city}, {yr}) explored attitudes to the brand.",
    ],
    "religious-calendar": [
        "Orthodox Christmas (7 January) and Catholic Christmas (25 December) give {B} two gifting peaks.",
        "Orthodox Easter and Catholic Easter fell on the same Sunday in {yr}, which simplified the plan.",
        "Sales of sweets and coffee peak before Ramazanski Bajram and Kurban Bajram.",
    ],
    "slava": [
        "Slava (the family patron saint's day) drives demand for Bambi and Imlek products in autumn.",
        "St Nicholas (Nikoljdan, 19 December) is the most widely celebrated Slava in Serbia.",
        "The ‘Slava basket’ offer runs from 1 November to 20 December.",
    ],
    "national-day": [
        "Flag Day (28 November) is the busiest day of the year for Albanian retailers.",
        "Dita e Verës (14 March) is celebrated in Elbasan with ballokume and outdoor events.",
        "Vidovdan (28 June) and Statehood Day (15 February) are public holidays in Serbia.",
        "Montenegro's Independence Day (21 May) opens the tourist season on the coast.",
    ],
    "festival-dates": [
        "Exit ({mo} {yr}, Petrovaradin Fortress) attracts over 150,000 visitors.",
        "Sea Dance (Jaz beach, Budva) was paused in {Y} and relaunched later.",
        "The Sarajevo Film Festival (August) and the Ohrid Summer Festival (July–August) draw international visitors.",
    ],
    "diaspora-season": [
        "The diaspora summer season (July to mid-August) brings families home from Germany, Austria and Switzerland.",
        "Remittances of {cur} arrive mainly in December and July, around the holidays.",
        "‘Dani dijaspore’ (Diaspora Days) in {city} are held every August.",
    ],
    "campaign-name": [
        "The ‘Dođi kući’ (Come home) campaign targeted families abroad before {fest}.",
        "{B}'s “Naše je najbolje” (Ours is the best) campaign ran on TV and {ch} in {yr}.",
        "The bank's campaign “Ti e bën më lehtë” (You make it easier) was shot in Tirana.",
    ],
    "slogan-translation": [
        "Its slogan, ‘Uvek uz vas’ (Always with you), has barely changed since {Y}.",
        "The brand line “Shije e vërtetë” (Real taste) appears on every pack.",
        "The tagline 'Zajedno smo jači' (Together we are stronger) tested well with {A}.",
    ],
    "local-term": [
        "Most purchases are planned around the 'plata' (pay day) on the fifth of the month.",
        "Customers still pay many bills at the post office (pošta) in cash.",
        "The term 'komšiluk' (neighbourhood) captures the role of the corner shop.",
    ],
    "tariff-name": [
        "Yettel's ‘Plus 2000’ tariff includes {n} GB of data for {cur} a month.",
        "The ‘Roaming EU+’ add-on (from {cur}) is aimed at diaspora visitors.",
        "m:tel's 'Max Net 5G' package was launched in {city} in {yr}.",
    ],
    "product-launch": [
        "Moja Kravica (launched 2011) is Imlek's strongest brand in children's dairy.",
        "Plazma biscuits (Bambi, since 1967) remain a symbol of childhood for {A}.",
        "Skopsko Smooth (launched {yr}) targets younger drinkers.",
    ],
    "store-count": [
        "Maxi (about 300 stores in {yr}) and Idea (over 250) dominate Serbian grocery.",
        "Voli operates more than 70 stores in Montenegro, including hypermarkets in Podgorica.",
        "Ramstore (Skopje, 10 stores) competes on quality rather than price.",
    ],
    "group-structure": [
        "Telekom Srbija Group (mts, m:tel and mtel) operates in three markets.",
        "Coca-Cola HBC (owner of Bambi since 2015) manages the brand from Belgrade.",
        "Delhaize Serbia (Ahold Delhaize) runs Maxi, Shop & Go and Tempo.",
    ],
    "regulator-acronym": [
        "RATEL (the Serbian telecoms regulator) publishes quarterly market data.",
        "AEK (Agency for Electronic Communications) licenses operators in North Macedonia.",
        "The Commissioner (Poverenik) handles data-protection complaints in Serbia.",
    ],
    "statistics-office": [
        "{reg} publishes household budget figures every year in {mo}.",
        "MONSTAT, MAKSTAT and INSTAT use slightly different age bands.",
        "The 2022 Census (Popis 2022) counted fewer households in {city} than in 2011.",
    ],
    "media-outlets": [
        "Coverage appeared in Blic, Danas and on N1 in the same week.",
        "Klix.ba and Oslobođenje both ran the story on their front pages.",
        "The launch was covered by Vijesti, Pobjeda and Top Channel.",
    ],
    "tv-programme": [
        "The brand sponsored ‘Zvezde Granda’ (Pink) in the {yr} season.",
        "‘Survivor’ on TV Nova BH pulled the highest ratings of the spring.",
        "Top Channel's ‘Big Brother VIP’ is watched across the Albanian-speaking diaspora.",
    ],
    "award": [
        "The campaign won a Gold Effie (Effie Serbia {yr}) for sustained success.",
        "{B} was named Best Bank in {cty} {yr} by Global Finance.",
        "The hotel has held a Travellers' Choice award every year since {Y}.",
    ],
    "hotel-rating": [
        "Hotel Splendid Conference & Spa Resort (5*, Bečići) leads the premium segment.",
        "The Regent Porto Montenegro (5*) attracts yacht owners rather than families.",
        "Most guesthouses in Ohrid are rated 3* or below.",
    ],
    "flight-route": [
        "Air Serbia's JU 500 (Belgrade–New York) is popular with the diaspora.",
        "Air Montenegro flies Podgorica–Belgrade (4O 150) several times a day.",
        "New low-cost routes to Tirana (TIA) doubled arrivals in {yr}.",
    ],
    "bilingual-place": [
        "Shkodër (Skadar) is a short drive from Ulcinj (Ulqin).",
        "The chain opened in Struga (Струга) and Tetovo (Tetovë) in the same month.",
        "Novi Sad (Újvidék) was European Capital of Culture in 2022.",
    ],
    "address": [
        "The flagship store is at Knez Mihailova 12, 11000 Belgrade.",
        "Visitors can collect their cards at the branch on Ferhadija (Sarajevo, 71000).",
        "The agency's office is at Rruga e Durrësit, Tirana.",
    ],
    "short-code": [
        "Customers top up by dialling *100# or sending SMS to 1234.",
        "The call centre (0800 100 100) is free from any network.",
        "Prepaid users can check their balance with *101*1#.",
    ],
    "hashtag-handle": [
        "The hashtag #MojaSrbija was used {n},000 times during {fest}.",
        "Questions are answered on Instagram (@maxi.srbija) within an hour.",
        "User posts tagged #VisitMontenegro and #Kotor were reused with permission.",
    ],
    "web-address": [
        "Bookings are made through www.serbia.travel and the partner site.",
        "The campaign microsite (www.dodjikuci.rs) collected {n} leads.",
        "Visitors to albania.al rose sharply during the summer.",
    ],
    "app-version": [
        "The mBanking app (version 4.2, released in {mo}) added Viber notifications.",
        "IPS QR payments (NBS instant payments) are built into the app.",
        "The loyalty app (iOS and Android) has {n},000 active users.",
    ],
    "date-range": [
        "The promotion runs from 15.11. to 30.11.{yr}.",
        "The Black Friday campaign (24–27 November) is followed by Cyber Monday.",
        "Back-to-school offers run from 15 August to 15 September.",
    ],
    "quarter-period": [
        "Revenue in Q{q} {yr} was ahead of plan.",
        "The second half (H2 {yr}) will focus on retention.",
        "FY{yr} results are published in April.",
    ],
    "cross-reference": [
        "The full PESTLE analysis is in Appendix {q} (Table {q}).",
        "See Section 2.{q} for the segmentation.",
        "The media plan (Figure {q}) shows weekly activity.",
    ],
    "course-module": [
        "This report is submitted for CIM Level 7 (Digital Strategy) in {mo} {yr}.",
        "The brief (Task 1, part b) asks for a situation analysis.",
        "The MBA module (MKT 702, Marketing Strategy) is assessed by this report.",
    ],
    "job-title": [
        "The Head of CRM (Retail Banking) approved the segmentation.",
        "Interviews were held with the Brand Manager (Dairy) and the Trade Marketing Lead.",
        "The CMO (appointed {yr}) reports to the Executive Board.",
    ],
    "certification": [
        "The plant is certified to ISO 22000:2018 and HACCP.",
        "All products carry the halal certificate (Agency for Halal Quality Certification, Sarajevo).",
        "Wines with the ‘Crnogorski vranac’ geographical indication command higher prices.",
    ],
    "eu-programme": [
        "The project was co-funded under IPA III (2021–2027).",
        "The Berlin Process and the Common Regional Market aim to cut roaming charges.",
        "Roaming in the Western Balkans (RLAH) has been free since July 2021.",
    ],
    "sports-event": [
        "The eternal derby (Crvena zvezda v Partizan) is the most watched match of the year.",
        "Sponsorship of EuroBasket {yr} raised awareness among {A}.",
        "Albania's run at Euro 2024 (Germany) lifted beer sales at home.",
    ],
    "car-model": [
        "The Fiat Grande Panda (made in Kragujevac since {yr}) is marketed as a local product.",
        "Dealers report that the Škoda Octavia (4th generation) is the most popular company car.",
        "The Yugo 45 (1980) still appears in nostalgic advertising.",
    ],
    "price-point": [
        "A loaf of bread costs 69 din. at Maxi and 75 din. at the corner shop.",
        "A coffee on the Sarajevo Baščaršija costs 2 KM.",
        "The menu costs 590 ден in Skopje and 650 lekë in Tirana.",
    ],
    "loyalty-scheme": [
        "The Moj Maxi programme (over one million members) is the largest in Serbia.",
        "Voli Kartica (Voli Card) gives points on every purchase.",
        "Idea's ‘Super kartica’ (Super card) rewards weekly shoppers.",
    ],
    "script-note": [
        "Packaging uses both scripts (latinica and ćirilica) in Serbia.",
        "Cyrillic names are transliterated (ж as ž, ш as š) throughout this report.",
        "Shop signs in Skopje are often bilingual (Macedonian and Albanian).",
    ],
    "time-schedule": [
        "Branches are open 08:00–20:00 on weekdays and 09:00–14:00 on Saturdays.",
        "The ferry from Kamenari to Lepetane runs every 15 minutes (24/7).",
        "Stores close early on 6 January (Badnji dan) and 31 December.",
    ],
}  # fmt: skip
