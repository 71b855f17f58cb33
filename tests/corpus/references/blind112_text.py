"""The prose of the hundred-and-twelfth independent pool, "blind112" (HELD OUT: never tune on it; report its tables,
never its misses).

Written without reading the checker, its tests or any other pool, from how marketers in Morocco, Algeria and Tunisia
and in the diaspora in Paris, Montréal and Brussels write CIM Level 6 and 7 reports and MBA assignments in English:
brand, trade, CRM, digital and communications staff at banks, telecoms, retailers, FMCG, dairy and olive-oil makers,
phosphate and automotive firms, hotels and riads, airlines and agencies in Casablanca, Rabat, Marrakech, Tangier,
Algiers, Oran, Tunis and Sfax. Their English carries French habits ("Indeed,", "In the Moroccan context", "As for"),
their figures are in dirhams, dinars and euros, their calendars are Ramadan, the two Eids, Yennayer and the rentrée,
and their brackets hold laws numbered "n° 09-08", dahirs, tickers, ICE and RC numbers, Hijri and Amazigh years,
festivals, plans and programmes, none of them a citation. ``values()`` gives the fill values only these frames use.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Maroc Telecom", "inwi", "Orange Maroc", "Attijariwafa bank", "Bank of Africa", "CIH Bank", "Marjane",
          "Carrefour Label'Vie", "BIM Maroc", "Centrale Danone", "Jaouda", "Lesieur Cristal", "Sidi Ali", "Oulmès",
          "Royal Air Maroc", "OCP", "Akwa Africa", "Afriquia", "Jumia", "Avito", "Glovo", "Djezzy", "Mobilis",
          "Ooredoo", "Cevital", "Soummam", "Hamoud Boualem", "Ifri", "Condor", "Yassir", "Air Algérie",
          "Tunisie Telecom", "Délice", "Vitalait", "BIAT", "Poulina", "Monoprix Tunisie", "Tunisair", "Terra Delyssa",
          "Dacia", "Renault Tanger", "Stellantis Kénitra", "La Mamounia", "Riad Kniza", "Kenzi Hotels", "Amen Bank"]  # fmt: skip

NARRATIVE_START = [
    "{N} argue that {C}.", "{N} found that {C}, although their sample was limited to {city}.",
    "{N} showed that {C}, which is very relevant for {B}.", "{N} underlines that {C}.",
    "{N} affirms that {C}; indeed, {B} is a good illustration.", "{N} demonstrated that {C} in the Moroccan context.",
    "{N} noted that {C}, especially during Ramadan.", "{N} observed that {C} among {A} in {city}.",
    "{N} highlights the fact that {C}.", "{N} concluded that {C}, and that {C2}.",
    "{N} explain how {C}.", "{N} insisted that {C}.", "{N} suggested that {C}, at least in the Maghreb.",
    "{N} reports that {C}, a result confirmed in Tunisia.", "{N} considers that {C}.",
    "{N} studied {n} clients of a bank in {city} and found that {C}.", "{N} go further and claim that {C}.",
    "{N} remind us that {C}.", "{N} was among the first to show that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In the Moroccan context, {N} found that {C}.", "{O}, {N} showed that {C}.", "As {N} explains, {C}.",
    "This is in line with {N}, who found that {C}.", "{C}, as confirmed by {N}.", "According to {N}, {C}.",
    "As for {B}, {N} showed that {C}.", "In Algeria, a study by {N} revealed that {C}.",
    "Based on the work of {N}, it can be said that {C}.", "{C}; {N} reached the same conclusion in Tunisia.",
    "Following {N}, we can argue that {C}.", "{C}, which joins the findings of {N}.",
    "It should be noted, like {N}, that {C}.", "A survey conducted by {N} in {city} found that {C}.",
    "For the diaspora in Paris and Montréal, {N} found that {C}.", "Data published by {N} show that {C}.",
    "{C} – a point also made by {N}.", "Contrary to what {N} suggested, {C}.",
    "In the case of {B}, the model of {N} suggests that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of Moroccan banks shows that {C}.", "Using {N} framework, it appears that {C}.",
    "{O}, {N} report concluded that {C}.", "{N} findings are very useful for {B} because {C}.",
    "{B} could apply {N} model, since {C}.", "This confirms {N} argument that {C}.",
    "{N} survey of {n} households in {city} shows that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Indeed, {C} {P}.", "In the Maghreb, {C} {P}.", "For {A}, {C} {P}.",
    "It is well known that {C} {P}.", "{B} is no exception since {C} {P}.", "This is important because {C} {P}.",
    "{C}, particularly in {city} {P}.", "{C} {P:see}.", "Several authors agree that {C} {P:e.g.}.",
    "{C} (see Figure {q}) {P}.", "{C}, even in rural areas {P}.", "In other words, {C} {P}.",
    "{C}, notably during Ramadan and the summer season {P}.", "{C} {P:see also}.",
    "The same is true for Algeria and Tunisia, where {C} {P}.", "{C}. {P}",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; however, {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{C} {P:see}, whereas {C2}.",
    "Because {C} {P}, {B} should make sure that {C2}.", "Some studies {P:e.g.} show that {C}.",
    "{O}, {C} {P}, so {C2}.", "{C} {P} – in addition, {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} in Morocco trust recommendations from family more than advertising",
    "cash on delivery remains the main payment method for e-commerce in the Maghreb",
    "Ramadan concentrates a large share of annual advertising spend",
    "{T} increases {R} among {A} in North Africa",
    "mixing Darija and French in advertising makes brands look closer to young people",
    "Amazigh symbols in packaging strengthen local identity",
    "the diaspora is an important segment for banks and telecoms",
    "{B} depends on {T} more than its competitors do",
    "price remains the first criterion of choice for Algerian households",
    "Tunisian olive oil is still sold mainly in bulk rather than as a brand",
    "inflation since {Y3} has pushed consumers towards promotions and smaller packs",
    "bank penetration is still low compared with Europe",
    "mobile money could reach the unbanked population faster than branches",
    "country-of-origin effects favour imported brands in cosmetics",
    "riads compete on authenticity rather than on price",
    "firms like {B} need to {bs} to stay competitive",
    "influencers on Instagram and TikTok shape the choices of {A}",
    "data protection rules are not yet well understood by SMEs",
    "customer service in French, Arabic and Darija improves {R}",
    "local dairy brands enjoy a strong halal and freshness image",
    "{T} works best when it is adapted to local culture",
]  # fmt: skip
OPENERS = [
    "Indeed", "Moreover", "In addition", "However", "On the other hand", "In the Moroccan context",
    "In the case of {B}", "As for {B}", "Nevertheless", "Furthermore", "In Algeria", "In Tunisia",
    "Since the pandemic", "During Ramadan", "For the diaspora", "From a consumer perspective", "Consequently",
    "Thus", "In the same way",
]  # fmt: skip
PLAIN = [
    "{B} is one of the leaders of its sector in {city} and employs around {n}0 people in marketing.",
    "This section analyses the digital channels of {B} and makes recommendations.",
    "The table below summarises the main KPIs for each channel.",
    "{B} communicates in French, Arabic and Darija, and more recently in Tamazight.",
    "The recommendations are costed in dirhams and planned over twelve months.", "{O}, {C}.",
    "The main competitors of {B} are presented in Appendix {q}.",
    "A PESTEL analysis of the Moroccan market is included in the appendix.",
    "Customers can order online, through the app or by phone, and pay on delivery.",
    "Task 2 builds on this analysis to propose a Ramadan campaign.",
    "The author works in the marketing department of {B} in {city}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one Moroccan author puts it, {Q} {P}.", "This is well summarised: {Q} {P}.",
    "{N} writes that {Q}.", "In the words of {N}, {Q}.", "{B} seems to accept that {Q} {P}.",
    "One study concluded that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["“made in Morocco”", "‘bled’ nostalgia", "“hchouma”", "‘Ramadan effect’", "“zellige aesthetic”",
                "‘beldi’", "“MRE”", "'bzness'", "“l'khir”", "‘glocal’", "“tbourida”", "'authentic riad'"]  # fmt: skip
SCARE_FRAMES = [
    "{B} plays on the {Q} image in its packaging {P}.", "Brands talk a lot about {Q} {P}.",
    "The so-called {Q} is well known to marketers {P}.", "{Q} is often used to sell products to the diaspora {P}.",
    "Many advertisers exploit {Q} without really understanding it {P}.", "{N} describes this as {Q}.",
]  # fmt: skip
SUBJECT_LINES = ["“Ramadan Moubarak : -20% sur tout le site”", "‘Aïd Moubarak from all of us’",
                 "“Votre colis arrive demain – paiement à la livraison”", "‘Last days: free delivery in {city}’",
                 "“Assegas Amegas : offre spéciale Yennayer”", "‘Your {M} is waiting for you’",
                 "\"Rentrée scolaire : tout à 99 DH\"", "‘Bonne fête maman 🌹 -15%’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} lifted open rates {P}.", "{B} sent {Q} to its inactive customers {P}.",
    "Messages like {Q} create urgency {P}.", "The email {Q} was the most opened of the year {P}.",
    "Testing {Q} against a French-only version showed a clear winner {P}.",
]  # fmt: skip

NOT_CITATIONS = {
    "law-number": [
        "Personal data is protected by Law n° 09-08 (2009), supervised by the CNDP.",
        "Since the consumer protection law (loi n° 31-08 of 2011), prices must be displayed.",
        "In Morocco, competition is framed by Law No. 104-12 (2014) and the Conseil de la Concurrence.",
    ],
    "dahir": [
        "The law was promulgated by Dahir n° 1-11-03 (18 February 2011).",
        "The dahir (1-09-15 of 22 safar 1430) promulgated the data protection law.",
    ],
    "algerian-law": [
        "E-commerce in Algeria is framed by Law 18-05 (10 May 2018), which requires sellers to register with the CNRC.",
        "Algerian Law n° 18-07 (June 2018) deals with personal data.",
        "Executive Decree 13-378 (2013) sets the rules for labelling in Algeria.",
    ],
    "tunisian-law": [
        "Organic Law 2004-63 (27 July 2004) created the INPDP in Tunisia.",
        "Tunisian Law n° 2015-36 (15 September 2015) reorganised competition and prices.",
        "The start-up act (Law 2018-20, April 2018) gives young firms a label.",
    ],
    "finance-law": [
        "The Finance Law for {Y3} (LF {Y3}) raised VAT on some services.",
        "Algeria's Loi de finances {Y3} (LF {Y3}) changed import duties again.",
    ],
    "central-bank-rate": [
        "Bank Al-Maghrib kept its key rate at 2.75% (March {Y3}).",
        "The Banque Centrale de Tunisie raised the TMM to 8% (January 2023).",
        "The Banque d'Algérie devalued the dinar gradually (DZD/EUR {n}, {Y3}).",
    ],
    "dirham-figure": [
        "Revenue reached MAD {mad} billion ({Y} results).",
        "The campaign budget was {mad} million dirhams (MAD, {Y3}).",
        "The average basket in hypermarkets is about 350 DH (2023 figures).",
    ],
    "dinar-figure": [
        "A litre of extra virgin olive oil now costs about TND {tnd} ({Y3} prices).",
        "Djezzy's ARPU stood at DZD {n} per month (Q{q} {Y3}).",
        "The offer costs 1,000 DA (about €{q}) for a month of data.",
    ],
    "hijri-date": [
        "The campaign ran throughout Ramadan {H} AH ({Y3}).",
        "Sales are planned around 1 Muharram {H} (Islamic New Year).",
        "The Hijri year {H} started in July {Y3}.",
    ],
    "amazigh-year": [
        "Yennayer {AM} (13 January {Y3}) is now a paid public holiday in Morocco.",
        "Brands greeted their customers for the Amazigh New Year ({AM}).",
        "In Algeria, Yennayer has been a national holiday since 2018 (year 2968).",
    ],
    "eid-date": [
        "Demand for sheep peaks before Eid al-Adha (Aïd el-Kébir, June {Y3}).",
        "Shops stay open late before Eid al-Fitr (Aïd es-Seghir, {Y3}).",
        "Mobile data usage doubles during Eid (Aïd, {d} April {Y3}).",
    ],
    "ramadan-period": [
        "During Ramadan ({d} March – {d} April {Y3}) TV viewing shifts to after ftour.",
        "Ramadan {Y3} (30 days) is the biggest season for FMCG advertisers.",
        "Prime time moves to 19h30–22h during the holy month (Ramadan {Y3}).",
    ],
    "ticker": [
        "Maroc Telecom (IAM) and Attijariwafa bank (ATW) are the two biggest stocks of the MASI.",
        "Label'Vie (LBV) and Cosumar (CSR) are listed in Casablanca.",
        "Délice Holding (DH) is listed on the Tunis stock exchange (BVMT).",
    ],
    "stock-index": [
        "The MASI index rose by {pc}% in {Y3}.",
        "The Tunindex closed the year up (+{pc}%, {Y3}).",
    ],
    "org-founded": [
        "The Groupement des Annonceurs du Maroc (GAM, founded in 1994) represents the big advertisers.",
        "Cevital (founded in 1998) is the largest private group in Algeria.",
        "Poulina Group Holding (PGH, created in 1967) started as a poultry business in Tunisia.",
    ],
    "legal-form": [
        "The company became a société anonyme (S.A.) in {Y} and later a holding.",
        "Most riads are run as small S.A.R.L. (with a capital of MAD 100,000).",
        "In Algeria, public firms are often SPA (société par actions) with the State as shareholder.",
    ],
    "registration-codes": [
        "The agency is registered in Casablanca (RC 4{n}21, ICE 00{n}000{q}8).",
        "Every invoice must show the tax number (IF 1{n}5) and the ICE.",
        "In Tunisia the firm has a matricule fiscal (MF 12{n}/A/M/000).",
    ],
    "royal-speech": [
        "In the Throne Day speech (30 July {Y3}), the King called for more social protection.",
        "The Green March speech (6 November {Y3}) insisted on the Atlantic initiative.",
    ],
    "head-of-state": [
        "Under King Mohammed VI (since 1999), large infrastructure projects multiplied.",
        "President Abdelmadjid Tebboune (elected in 2019) announced a plan to reduce imports.",
        "President Kaïs Saïed (elected 2019) changed the constitution in 2022.",
    ],
    "athlete": [
        "Achraf Hakimi (PSG, since 2021) is the face of several campaigns.",
        "Ons Jabeur (Wimbledon finalist, 2022 and 2023) is sponsored by several Tunisian brands.",
        "Riyad Mahrez (Algeria captain, 2019 AFCON winner) appears in Ooredoo adverts.",
    ],
    "football-event": [
        "Morocco's run to the semi-final (Qatar, December 2022) boosted national pride.",
        "The Africa Cup of Nations (AFCON 2025) is hosted in Morocco.",
        "The 2030 World Cup (Morocco, Spain and Portugal) is a big opportunity for sponsors.",
    ],
    "festival": [
        "Mawazine (Rabat, June {Y3}) attracts sponsors from telecoms and banks.",
        "The Gnaoua festival (Essaouira, {Y3} edition) is sponsored by several banks.",
        "The Carthage festival (July {Y3}) is a key date for Tunisian brands.",
    ],
    "trade-fair": [
        "The SIAM (Meknès, April {Y3}) is the main agricultural show in Africa.",
        "GITEX Africa (Marrakech, {Y3}) gathered many fintech start-ups.",
        "The Foire Internationale d'Alger (FIA {Y3}) is where Algerian brands show new products.",
    ],
    "award": [
        "The campaign won a Bronze Lion at Cannes Lions (2022).",
        "{B} received a Gold at the Effie MENA awards ({Y3}).",
        "The spot won the Grand Prix at the Morocco Web Awards (MWA {Y3}).",
    ],
    "car-model": [
        "The Dacia Logan (2004) and the Sandero (2008) are built in Tangier.",
        "The Peugeot 208 has been assembled in Kenitra (since 2019).",
        "The Renault Kardian (2024) was designed for emerging markets.",
    ],
    "product-size": [
        "Jaouda sells its lben in small sachets (200 ml) at MAD 3.",
        "Soummam yoghurts are sold in packs of eight (8 x 100 g).",
        "Mobile data offers start with a 'pass' of 1 GB (valid 7 days).",
    ],
    "label-origin": [
        "Argan oil has a protected geographical indication (IGP Argane, 2009).",
        "Tyout-Chiadma olive oil has an AOP label (2013) in Morocco.",
        "Deglet Nour dates from Tozeur carry an AOC (since 2010).",
    ],
    "standard": [
        "The plant is certified for halal production (NM 08.0.800, 2012 edition).",
        "The dairy is certified ISO 22000:2018 and FSSC 22000 (version 5.1).",
    ],
    "national-plan": [
        "The Plan Maroc Vert (2008–2020) modernised agriculture.",
        "Génération Green (2020–2030) follows the Plan Maroc Vert.",
        "Tourism policy followed Vision 2020 and then the roadmap (2023–2026).",
        "Digital Morocco 2030 (launched September 2024) targets 240,000 digital jobs.",
    ],
    "development-model": [
        "The New Development Model (NMD, 2021) puts the middle class at the centre.",
        "The report of the Special Commission (CSMD, April 2021) inspired many CSR strategies.",
    ],
    "census": [
        "The latest census (RGPH {Y3}) counted about 36.8 million inhabitants in Morocco.",
        "According to the population census (RGPH 2014), most households live in cities.",
        "The Tunisian census (RGPH 2024) shows an ageing population.",
    ],
    "historic-event": [
        "Since the revolution (14 January 2011), Tunisian consumers are more critical of brands.",
        "The Hirak (2019–2021) changed the way Algerian brands communicate.",
        "The Arab Spring (2011) had less effect on Moroccan consumption.",
    ],
    "natural-disaster": [
        "After the Al Haouz earthquake (8 September 2023), many brands suspended their campaigns.",
        "The drought (2022–{Y3}) raised the price of olive oil everywhere.",
    ],
    "infrastructure": [
        "Al Boraq (opened in 2018) connects Tangier and Casablanca in two hours.",
        "Tanger Med (since 2007) is now the largest port in the Mediterranean.",
        "The Algiers metro (line 1, 2011) changed commuting habits.",
    ],
    "trade-agreement": [
        "The Association Agreement with the EU (2000) opened the market to European brands.",
        "The AfCFTA (in force since 2021) could help exporters reach sub-Saharan Africa.",
        "The free trade agreement with the United States (FTA, 2006) favours American brands.",
    ],
    "diaspora-operation": [
        "Opération Marhaba (June–September {Y3}) welcomes Moroccans living abroad.",
        "Remittances from MRE reached MAD 115 billion (2023).",
        "Banks target the diaspora before the summer (Marhaba {Y3}).",
    ],
    "exchange-rate": [
        "Prices are converted at the official rate (1 EUR = 10.8 MAD, {d} March {Y3}).",
        "On the parallel market the euro is worth much more (1 EUR = {n} DZD, square Port-Saïd).",
    ],
    "phone-number": [
        "Customers can call the centre (+212 5 22 {n} {n}) or write on WhatsApp.",
        "The hotline (3030, free from a Djezzy line) is open 24/7.",
    ],
    "address": [
        "The head office is on Boulevard Zerktouni (20250 Casablanca).",
        "The flagship store is in Sidi Bou Said (2026, Tunisia).",
        "The agency moved to Hydra (Algiers 16035) in {Y3}.",
    ],
    "handle-hashtag": [
        "The hashtag #RamadanAvecInwi ({Y3}) reached millions of users.",
        "Complaints are answered on X (@MarocTelecom) within the day.",
        "The boycott campaign (#مقاطعون, April 2018) targeted three brands.",
    ],
    "website": [
        "Most orders come through the website (www.marjane.ma) or the app.",
        "Customers can check their bill online (espace-client.djezzy.dz).",
    ],
    "price-tag": [
        "The pack is sold at 9.90 DH (recommended retail price).",
        "The Ramadan offer costs 99 DH (30 days, 10 GB).",
        "A night in a riad in the medina costs from €{n} (high season).",
    ],
    "survey-figures": [
        "Most respondents preferred cash on delivery (n = {n}, {pc}%).",
        "The questionnaire was administered in Casablanca and Rabat (n = {n}).",
        "Almost half of the sample were women (47%, n = {n}).",
    ],
    "figure-table": [
        "The results are presented in the table below (Table {q}).",
        "The customer journey is shown in Appendix {q} (Figure {q}).",
        "See Section {q}.{q} (page {n}) for the budget.",
    ],
    "degree": [
        "The author holds a Bac+5 (Master, ISCAE) and the CIM Diploma.",
        "The LMD reform (2004) changed university degrees in the Maghreb.",
        "Most marketing managers have a Bac+5 (ENCG or IHEC) degree.",
    ],
    "quarter-results": [
        "Mobile subscribers increased again (Q{q} {Y3}).",
        "Net profit fell in the first half (H1 {Y3}).",
        "Revenue grew by {pc}% (9M {Y3}, year on year).",
    ],
    "flight-code": [
        "The new route (AT 205, CMN–JFK) targets the diaspora in New York.",
        "Tunisair flights (TU 712, TUN–ORY) are full in August.",
    ],
    "school-calendar": [
        "Sales of school supplies peak at the rentrée (September {Y3}).",
        "The baccalauréat results (June {Y3}) are a big moment for telecom offers.",
    ],
    "slogan": [
        "inwi's slogan ‘Dir lkhir’ ({Y3}) was widely shared.",
        "Maroc Telecom's line “Le Maroc à l'heure du digital” appears on every channel.",
        "The Ooredoo campaign 'Yalla' ({Y3}) targeted young Algerians.",
    ],
    "tv-programme": [
        "The sitcom on 2M (Ramadan {Y3}) was sponsored by a dairy brand.",
        "Brands buy space around the evening series on El Hiwar Ettounsi (Ramadan {Y3}).",
        "Ads around the news on Echorouk TV (20h) are the most expensive.",
    ],
    "business-person": [
        "Miloud Chaabi (1929–2016) built the Ynna Holding group.",
        "Issad Rebrab (founder of Cevital in 1998) is one of the richest men in Algeria.",
        "Othman Benjelloun (chairman since 1995) transformed the bank.",
    ],
    "olive-campaign": [
        "The olive oil campaign (2023/2024) was short because of the drought.",
        "Tunisia exported about 200,000 tonnes (season 2022–2023).",
    ],
    "lockdown": [
        "E-commerce grew strongly during the lockdown (20 March – 10 June 2020).",
        "The curfew during Ramadan (8 pm, 2021) hurt restaurants.",
    ],
    "salary-minimum": [
        "The minimum wage was raised (SMIG, MAD 3,111 per month in {Y3}).",
        "In Algeria the SNMG is DZD 20,000 (since 2020).",
    ],
    "vat-rate": [
        "Most products carry VAT at 20% (TVA, {Y3}).",
        "In Tunisia the standard VAT rate is 19% (since 2018).",
    ],
}  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only these frames use, drawn after the builder's own."""
    return {
        "city": rng.choice(["Casablanca", "Rabat", "Marrakech", "Tangier", "Fès", "Agadir", "Algiers", "Oran",
                            "Constantine", "Tunis", "Sfax", "Sousse", "Paris", "Montréal", "Brussels"]),
        "mad": f"{rng.randint(1, 40)}.{rng.randint(1, 9)}", "tnd": f"{rng.randint(18, 35)}.{rng.randint(100, 900)}",
        "H": str(rng.randint(1440, 1447)), "AM": str(rng.randint(2970, 2975)), "pc": str(rng.randint(3, 68)),
        "Y3": str(rng.randint(2019, 2025)),
    }  # fmt: skip
