"""The blind166 pool's prose (HELD OUT): marketers in Algeria, Tunisia and their diaspora write CIM reports.

A hundred-and-sixty-sixth independent pool, written without reading the checker, its tests or any other pool:
candidates at banks and fintechs (BNA, CPA, BEA, AGB, Banque Zitouna, BIAT, Attijari, Amen Bank, D17, Flouci),
telecoms (Djezzy, Mobilis, Ooredoo, Orange Tunisie, Tunisie Telecom), food and drink makers and retailers (Cevital,
Ifri, Hamoud Boualem, Soummam, Poulina, Délice Danone, SFBT/Celtia, Monoprix, Carrefour Tunisie, Uno), airlines,
media and agencies in Alger, Oran, Constantine, Annaba, Sétif, Tizi Ouzou, Tunis, Sfax, Sousse, Bizerte and
Nabeul, and in Paris, Marseille, Lyon, Montréal, Brussels and Doha, on CIM Level 6 and 7 courses and MBAs. Its
decoys are laws and decrees with their numbers and dates, JORA and JORT issues, dinars in DA, DZD, DT and TND with
millions and milliards, Ramadan, the Eids, Yennayer and the Mouloud with their Hijri and Amazigh years, soldes,
founding years, legal forms, regulators' decisions, codes, flights, USSD codes, wilayas and postcodes, people who
are not authors, theses' defences and awards, none of them citations.

HELD OUT: never tune the checker on it; report its tables, never its misses.
"""

from __future__ import annotations

import random

BRANDS = ["Djezzy", "Mobilis", "Ooredoo Algérie", "Ooredoo Tunisie", "Orange Tunisie", "Tunisie Telecom", "Cevital",
          "Ifri", "Hamoud Boualem", "Soummam", "Poulina", "Délice Danone", "Celtia", "Monoprix Tunisie",
          "Carrefour Tunisie", "Uno", "BIAT", "Banque Zitouna", "Attijari Bank Tunisie", "Amen Bank", "the BNA",
          "the CPA", "the BEA", "AGB", "D17", "Flouci", "Air Algérie", "Tunisair", "Nouvelair", "Yassir",
          "Condor", "Jumia Algérie", "Elio", "Vitalait", "Saïda", "Lalla Khedidja"]  # fmt: skip

NARRATIVE_START = [
    "{N} argues that {C}.",
    "{N} found that {C}.",
    "{N} shows that {C}, which is exactly what {B} saw in Alger and Oran.",
    "{N} observes that {C}.",
    "{N} points out that {C}, even in the Tunisian market.",
    "{N} concludes that {C}.",
    "{N} report that {C}.",
    "{N} maintain that {C}, at least in the Maghreb.",
]
NARRATIVE_MID = [
    "According to {N}, {C}.",
    "{O}, {N} found that {C}.",
    "As explained by {N}, {C}.",
    "{C}, as {N} underlines.",
    "In the Algerian context, {N} show that {C}.",
    "This is in line with {N}, who found that {C}.",
    "{B} could learn from {N}, for whom {C}.",
    "For the Tunisian case, {N} note that {C}.",
    "{C}; {N} reached the same conclusion for Sfax and Sousse.",
]
POSSESSIVE = [
    "{N} study shows that {C}.",
    "{O}, {N} model helps to explain why {C}.",
    "{N} survey of bank customers in Tunis found that {C}.",
    "{N} framework suggests that {C}.",
]
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "It is now accepted that {C} {P}.",
    "In Algeria as in Tunisia, {C} {P}.",
    "Several authors agree that {C} {P}.",
    "{C}, especially during Ramadan {P}.",
]
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{C} {P}, whereas {C2}.",
    "{C} {P}; however, {C2}.",
    "{C} {P}, even if {C2}.",
]
CLAIMS = [
    "{B} wins young customers through Facebook more than through TV",
    "Algerian consumers trust brands that are 'made in Bladi' more than imports",
    "{T} raises {R} among {A}",
    "the diaspora in Marseille and Montréal shapes how families at home choose brands",
    "Islamic banks must prove their Sharia compliance to win trust",
    "mobile payment stays low because cash on delivery dominates",
    "promotions during Ramadan bring footfall but hurt margins",
    "{A} compare prices on Facebook groups before buying",
    "service quality drives loyalty more than price in telecoms",
    "brands that speak Darija in their adverts feel closer to {A}",
    "{B} depends on word of mouth more than its rivals do",
    "Kabyle and Chaoui customers respond to campaigns that respect Tamazight",
    "e-commerce grows slowly where card payment is rare",
    "the price war between operators has lowered ARPU",
]
OPENERS = ["However", "In practice", "For {B}", "Moreover", "In the Maghreb", "On the other hand", "In this sense",
           "Similarly", "In the case of {B}", "Since the pandemic"]  # fmt: skip
PLAIN = [
    "{B} sells through its agencies, its mobile app and its Facebook page.",
    "The campaign ran in Arabic, French and Tamazight across Algeria.",
    "Most of the respondents live in Alger, Oran and Constantine.",
    "{B} has a strong presence in Tunis, Sfax and Sousse but less in the south.",
    "{O}, {C}.",
    "The interviews were held in French and in Darija, then translated.",
    "Our agency in {city} manages the brand's community on Instagram.",
]
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one author puts it, {Q} {P}.",
    "In the words of {N}, {Q}.",
    "Marketing is described as {Q} {P}.",
    "For {N}, {Q}.",
]
SCARE_QUOTES = ["'made in Algeria'", "“made in Bladi”", "‘consommer local’", "“phygital”", "'Saha Ramdankoum'",
                "“bessif”", "‘el bled’", "“debrouillardise”", "'hogra'", "“zawali”"]  # fmt: skip
SCARE_FRAMES = [
    "Many brands now sell the idea of {Q} {P}.",
    "{B} calls its approach {Q} {P}.",
    "Young people describe the diaspora's lifestyle with the word {Q} {P}.",
    "{N} discusses the slogan {Q} at length.",
]
SUBJECT_LINES = ["“Saha Ramdankoum ! -30% sur vos recharges”", "'Aïd Moubarak : vos cadeaux vous attendent'",
                 "“Yennayer Amervuh ! Offre spéciale”", "‘Les soldes d'été commencent aujourd'hui’",
                 "“Votre carte CIB est prête”", "'Rentrée scolaire : le pack famille à 999 DA'",
                 "“Flouci: envoyez 50 DT en un clic”"]  # fmt: skip
SUBJECT_FRAMES = [
    "The SMS {Q} gave the best response rate {P}.",
    "{B} sent the push notification {Q} to its dormant customers {P}.",
    "An email headed {Q} was opened by almost half of the base {P}.",
    "{N} gives the example of the message {Q}.",
]

NOT_CITATIONS = {
    "law-number-date": [
        "The e-commerce law (Loi n° 18-05 du 10 mai 2018) obliges sellers to show their prices.",
        "{B} had to review its forms after Loi n° 18-07 du 10 juin 2018 came into force.",
        "Data protection in Algeria is framed by Law 18-07 of 2018, which created the ANPDP.",
    ],
    "organic-law": [
        "Tunisia was early: the Loi organique n° 2004-63 du 27 juillet 2004 protects personal data.",
        "The Organic Law no. 2004-63 (27 July 2004) created the INPDP in Tunis.",
    ],
    "decree-number": [
        "The soldes are framed by Décret exécutif n° 21-153 du 14 avril 2021 in Algeria.",
        "Decree no. 2020-{n} (JORT n° {q}{q}) changed the rules for online promotions.",
    ],
    "official-journal": [
        "The text was published in the JORA n° {q}{d} of {yr}.",
        "See the JORT of {d} March {yr} for the full list of authorised products.",
        "The decision appeared in the Journal Officiel (JORA, {yr}, n° {d}).",
    ],
    "dinars-da": ["A Djezzy recharge of 1 000 DA ({yr} price) gave 30 GB.", "The budget was {n} millions DA ({yr})."],
    "dinars-milliards": [
        "Sales reached {n} milliards de centimes (about {n} million DZD) in {yr}.",
        "Cevital invested 2.5 milliards DA ({yr}) in the new plant in Béjaïa.",
    ],
    "dinars-tnd": [
        "The campaign cost {n} 000 DT ({yr}), paid by the head office.",
        "A Celtia pack sold at 2.300 TND in {yr} (a 10% rise).",
        "Turnover of {n} MTND ({yr}).",
    ],
    "exchange-rate": [
        "The euro was worth about 240 DA on the parallel market (Square Port Saïd, {yr}).",
        "At the official rate (1 EUR = {q}.3 TND, {yr}) the budget is small.",
    ],
    "ramadan-hijri": [
        "Sales peak during Ramadan (Ramadan 1445, March {yr}).",
        "The campaign was planned for Ramadan 1444 AH ({yr}) and ran for thirty nights.",
    ],
    "eid": [
        "Footfall doubled before Eid el-Adha ({yr}), as families bought sheep and clothes.",
        "The Aïd el-Fitr ({d} April {yr}) offers ran on all channels.",
        "{B} launched its bundle for Aïd el-Kébir {yr}.",
    ],
    "yennayer": [
        "Brands in Tizi Ouzou celebrate Yennayer (12 January, Amazigh year 2974).",
        "Since 2018 Yennayer 2968 has been a public holiday in Algeria.",
    ],
    "mouloud": [
        "Candle and firework sales rise for the Mouloud (Mawlid {yr}).",
        "The bakery's sales of assida rise for the Mouloud (12 Rabi' al-Awwal).",
    ],
    "soldes": [
        "The winter soldes (from {d} January {yr}) bring crowds to Ardis and Uno.",
        "Tunisian summer sales (soldes d'été {yr}) last six weeks.",
    ],
    "legal-form": [
        "The agency is registered as an EURL (capital: 100 000 DA, {yr}).",
        "The group became a SPA in {yr} and a SARL owns its distribution arm.",
        "The start-up is a SUARL (Tunis, {yr}) with one partner.",
    ],
    "founding-year": [
        "Hamoud Boualem (founded in 1878) is the oldest soft-drink maker in Algeria.",
        "Cevital (created in 1998 by Issad Rebrab) grew into the largest private group.",
        "SFBT, maker of Celtia since 1925, dominates Tunisian beer.",
    ],
    "org-bracket-founded": [
        "The state operator (Mobilis, launched in 2003) answered quickly.",
        "The Islamic bank (Banque Zitouna, opened in 2010) targets families.",
    ],
    "former-name": [
        "Ooredoo (formerly Nedjma, until 2013) rebranded across Algeria.",
        "Djezzy (Orascom Telecom Algérie until {yr}) is now state-owned.",
    ],
    "regulator-decision": [
        "The ARPCE decision n° {n}/SP/PC/ARPCE/{yr} set new tariffs.",
        "The BCT circular n° {yr}-{q}{d} limits consumer credit.",
    ],
    "central-bank-rate": [
        "The Banque d'Algérie kept its key rate at 3% ({yr}).",
        "The BCT raised its key rate to 8% in {yr}, and credit slowed.",
    ],
    "statistics-census": [
        "The RGPH {yr} counted the population of Sétif wilaya.",
        "According to the census figures (RGPH 2008, 2nd edition) Oran is the second city.",
    ],
    "inflation-figure": [
        "Inflation reached 9.3% in {yr} (INS figures published in January).",
        "Prices of dairy products rose by {q}.{d}% ({yr} annual average).",
    ],
    "ussd-code": ["Customers dial *{n}# to buy a Djezzy package.", "The Mobilis service (*600#) gives the balance."],
    "short-code": ["Send 'OK' to {n}{q} to subscribe.", "Call centre: 3030 (free, 24/7)."],
    "phone-number": ["Contact: +213 21 {n} {d}{q}.", "Our office in Sfax: +216 74 {n} {d}{q}."],
    "flight-number": [
        "Flight AH {n} (Alger–Marseille) was full for the summer.",
        "Tunisair TU {n} (Tunis–Montréal, {yr}) opened the diaspora route.",
    ],
    "airport-code": [
        "Most of the diaspora fly ALG–ORY or TUN–MRS in July ({yr}).",
        "Traffic at ALG and TUN rose ({yr}).",
    ],
    "wilaya-code": [
        "The agency covers wilaya 16 (Alger) and wilaya 31 (Oran).",
        "Cars registered in 15 (Tizi Ouzou) carry the code on the plate.",
    ],
    "postcode-address": [
        "The shop is at 12 rue Didouche Mourad, 16000 Alger.",
        "Head office: Avenue Habib Bourguiba, 1001 Tunis (Tunisia).",
        "The showroom (Les Berges du Lac, 1053 Tunis) opened in {yr}.",
    ],
    "ticker-bvmt": [
        "SFBT is listed on the Bourse de Tunis (ticker SFBT, {yr}).",
        "The bank's share price (BIAT, TND {n}.5) fell in {yr}.",
    ],
    "product-model": [
        "The Condor Allure M3 (2020 model) competed with Samsung.",
        "Sales of the Ifri 1.5 L (new bottle, {yr}) beat the target.",
    ],
    "vintage-product": [
        "The Hamoud Boualem Selecto (since 1952) is sold in the diaspora.",
        "Délice launched Danup 2.0 in {yr}.",
    ],
    "event-edition": [
        "The Foire Internationale d'Alger (FIA {yr}, 53rd edition) welcomed {n} exhibitors.",
        "At the SIAL Paris {yr} stand, Tunisian olive oil was promoted.",
    ],
    "award": [
        "{B} won the 'Marque de l'année' award (Trophées de la Communication {yr}).",
        "The campaign won a Dubai Lynx ({yr}) and a Crystal Festival prize.",
    ],
    "person-role": [
        "The CEO (M. Tayeb Ezzraimi, appointed in {yr}) changed the marketing team.",
        "Mme Meriem Benali (Directrice Marketing, {yr}) led the rebrand.",
    ],
    "person-lifespan": [
        "The singer Idir (1949–2020) appears in the nostalgic advert.",
        "Habib Bourguiba (1903-2000) still figures in Tunisian brand heritage.",
        "Lounès Matoub (1956–1998) is a symbol for Kabyle youth.",
    ],
    "honorific-person": [
        "El Hadj Mohamed told us that the shop opened in {yr}.",
        "Si Ahmed (the owner, 62) refuses card payment.",
    ],
    "interviewee": [
        "Interviewee 4 (female, 28, Oran) buys online every week.",
        "One respondent (R{q}, {city}, {yr}) prefers D17 to cash.",
    ],
    "sample-size": [
        "The questionnaire was answered by {n} people (n = {n}).",
        "A convenience sample (N={n}, {city}, {yr}) was used.",
    ],
    "figure-table": ["Results are shown below (Table {q}).", "The trend is clear (Figure {q}, {yr} data)."],
    "quarter": ["Data traffic rose by {q}0% (T{q} {yr}).", "Djezzy lost subscribers in Q{q} {yr}."],
    "year-range": ["The plan covers {yr}-{yr2}.", "Between {yr} and {yr2} (the Hirak years) brands stayed quiet."],
    "season-period": [
        "The Covid lockdown (March–June 2020) pushed e-commerce in Tunis.",
        "The summer season (juillet-août {yr}) is when the diaspora returns.",
    ],
    "hirak-event": [
        "The Hirak (22 February 2019) changed how brands spoke to young Algerians.",
        "After the 14 January 2011 revolution, advertising in Tunisia became freer.",
    ],
    "football": [
        "The CAN 2019 victory (Egypt, 19 July) was used by every brand.",
        "Ooredoo sponsored the Espérance de Tunis (champions {yr}).",
    ],
    "handle-hashtag": [
        "The hashtag #SahaRamdankoum{yr} trended on Instagram.",
        "Follow us on @djezzy and @OoredooTN ({yr} figures: {n}k followers).",
    ],
    "slogan": [
        "Mobilis' slogan 'Partout avec vous' ({yr} campaign) is well known.",
        "Hamoud's 'Depuis 1878' appears on every bottle.",
    ],
    "course-module": [
        "This report answers Task 2 of the CIM Level 6 module (Jan {yr}).",
        "It follows the MBA module MKT 7{q}0 (IHEC Carthage, {yr}).",
    ],
    "thesis-defence": [
        "The mémoire was defended at HEC Alger (soutenance: June {yr}).",
        "My PFE (promotion {yr}) at ESSEC Tunis dealt with the same subject.",
    ],
    "university-founding": [
        "IHEC Carthage (founded in 1942) trains many marketers.",
        "The Université d'Alger (1909) is the oldest in the country.",
    ],
    "dates-french": ["The offer ran from le 1er mars to le 30 avril {yr}.", "Delivery on 15/06/{yr} at the latest."],
    "deadline-date": ["Registration closes on {d} septembre {yr}.", "The ANPDP deadline was set for 10 August {yr}."],
    "diaspora-place": [
        "Many customers live in Barbès (Paris 18e) and in La Belle de Mai (Marseille, 13003).",
        "The community in Montréal (Petit Maghreb, Jean-Talon) sends parcels home.",
    ],
    "app-version": ["The Yassir app (version {q}.{d}, {yr}) added payments.", "BIATNet 2.0 ({yr}) was relaunched."],
    "price-point": ["A pack of Soummam yoghurts costs 120 DA (2024).", "The Ooredoo 'Hayya' offer at 5 DT (per week)."],
    "percentage-bracket": [
        "Card payments remain low (less than {q}% of transactions, {yr}).",
        "Internet penetration is high (about 7{q}%).",
    ],
    "tv-radio": [
        "The advert ran on Ennahar TV and Mosaïque FM (prime time, Ramadan {yr}).",
        "Chems TV's 'Ramadan sitcom' ({yr}) drew a huge audience.",
    ],
    "ranking": [
        "Poulina is ranked first (Top 100 Tunisian firms, {yr}).",
        "{B} appears in the Forbes Middle East list ({yr} edition).",
    ],
}

_CITIES = ["Alger", "Oran", "Constantine", "Annaba", "Sétif", "Tizi Ouzou", "Tunis", "Sfax", "Sousse", "Bizerte",
           "Nabeul", "Marseille", "Montréal"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values this pool's frames use beside the builder's own: {city} a city of the theme, {yr} a recent year
    and {yr2} one after it."""
    year = rng.randint(2012, 2024)
    return {"city": rng.choice(_CITIES), "yr": str(year), "yr2": str(year + rng.randint(1, 4))}
