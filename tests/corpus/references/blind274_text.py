"""The blind274 pool's prose: marketers in Cameroon, Gabon, the Republic of the Congo and the DRC, and their diaspora
in Paris, Brussels, Lyon, Montreal and London, writing CIM Level 6 and 7 reports and MBA assignments in English at
banks and mobile money operators, breweries and food firms, telecoms, retailers and NGOs. Most learnt French first
("in the CEMAC zone", "the consumers", "actually" for "currently", "since 2019" with the present), some write as
Anglophone Cameroonians do. Decoys are the dates, tournaments, clubs, musicians, rules, prices, tariffs, USSD
codes, beers, licences, projects, slogans and figures of this region, none of them citations.

Placeholders: {N} narrative, {P} parenthetical, {Q} quotation, {C}/{C2} claims, {O} opener, {B} brand, and the
common fill values; values() adds {fc} a FCFA amount, {cdf} a Congolese-franc amount, {usd} a dollar amount,
{city} a city, {op} an operator, {bank} a bank, {pc} a percentage, {Y3} a recent year, {ch} a channel.
Written without reading the checker or any other pool.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Orange Money", "MTN MoMo", "M-Pesa", "Airtel Money", "Afriland First Bank", "Rawbank", "BGFIBank",
          "Ecobank", "UBA Cameroon", "Express Union", "Brasseries du Cameroun", "Guinness Cameroun", "Bralima",
          "Chococam", "Orange Cameroun", "MTN Cameroon", "Airtel Gabon", "Vodacom Congo", "Camtel", "Moov Africa Gabon",
          "Santa Lucia", "Carrefour Market Douala", "Casino Supermarché", "Super U Brazzaville", "CECA-GADIS",
          "Dolisie Market", "Jumia", "Glotelho", "Nestlé Cameroun", "Source du Pays", "Tangui", "Mayor", "Kadji Beer",
          "SABC", "Equity BCDC", "Wari", "YUP", "Trust Merchant Bank", "Access Bank RDC", "Plan International Cameroun"]  # fmt: skip

NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, especially in {city}.", "{N} show that {C}.",
    "{N} explain that {C}, which is the case of {B}.", "{N} noted that {C} in the CEMAC zone.",
    "{N} demonstrated that {C}; this is very relevant for {B}.", "{N} concluded that {C}.",
    "{N} insists on the fact that {C}.", "{N} observed that, since {Y}, {C}.",
    "{N} highlight that {C}, mainly for {A}.", "{N} reported that {C} in Central Africa.",
    "{N} underline that {C} and that {C2}.", "{N} recommend that {B} should check if {C}.",
    "{N} studied {n} customers in {city} and found that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In the context of Cameroon, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is in line with {N}, who showed that {C}.", "{C}, as demonstrated by {N}.",
    "According to {N}, {C}.", "As stated by {N}, {C}.", "{B} illustrates this: {N} found that {C}.",
    "A study conducted in {city} by {N} revealed that {C}.", "{C}; {N} came to the same conclusion.",
    "Following {N}, it can be said that {C}.", "For the case of {B}, the work of {N} suggests that {C}.",
    "{C}, which confirms what {N} observed in the DRC.", "In the same vein, {N} noted that {C}.",
    "Contrary to {B}, the banks studied by {N} found that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study shows that {C}.", "Using {N} model, we can say that {C}.", "{O}, {N} findings suggest that {C}.",
    "{B} could apply {N} framework, because {C}.", "{N} report indicates that {C}.",
    "This confirms {N} argument that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Studies in Central Africa show that {C} {P}.", "In Cameroon, {C} {P}.",
    "For {A}, {C} {P}.", "This is important because {C} {P}.", "{B} is a good example, since {C} {P}.",
    "It is generally admitted that {C} {P:see}.", "Several authors agree that {C} {P:e.g.}.",
    "{C}, mostly in {city} and Yaoundé {P}.", "In the CEMAC zone, {C} {P}.", "{C} (see Figure {q}) {P}.",
    "In other words, {C} {P}.", "{C}. {P}", "Actually, {C} {P}.", "{C}, above all on mobile {P:see also}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; however, {C2}.", "Although {C} {P}, {C2}.",
    "While {C} {P}, it is also true that {C2}.", "{B} knows that {C} {P}, so {C2}.",
    "Some authors {P:e.g.} consider that {C}.", "{C} {P}: this means that {C2}.",
]  # fmt: skip
CLAIMS = [
    "mobile money has become the main entry point to financial services for {A}", "{T} raises {R} among {A}",
    "trust in the agent network is more important than the tariff", "{B} depends heavily on {T} to reach {A}",
    "consumers in Douala and Kinshasa are very sensitive to price", "the informal sector remains the first channel of distribution",
    "beer brands use football sponsorship to build loyalty", "{A} prefer WhatsApp to email for customer service",
    "the banking rate in the CEMAC zone is still below {q}0%", "{T} is cheaper than TV but harder to measure",
    "brands that ignore local languages lose {A} to competitors", "the diaspora is an important segment for money transfer",
    "{A} switch operators when network quality is poor", "corporate social responsibility improves the image of {B}",
    "price promotions increase volume but damage {R}", "the market is dominated by two operators",
    "radio still reaches more people than social media outside the big cities", "{T} only drives {R} when the offer is relevant",
    "counterfeit products weaken the trust of {A}", "interoperability between wallets changes the competition",
]  # fmt: skip
OPENERS = [
    "Furthermore", "Moreover", "In addition", "However", "Nevertheless", "In Cameroon", "In the DRC",
    "For {B}", "In the case of {B}", "Concerning the competitors", "On the other hand", "Consequently",
    "Since the COVID-19 crisis", "In the CEMAC zone", "In Kinshasa", "Thus", "Indeed",
]  # fmt: skip
PLAIN = [
    "{B} is present in {city}, Yaoundé and the other regional capitals.",
    "This report analyses the marketing environment of {B} and makes recommendations.",
    "The table below presents the PESTLE analysis of the Cameroonian market.",
    "{B} has more than {n},000 followers on Facebook, its main social network.", "{O}, {C}.",
    "Customers can pay with {op}, by card or in cash at the agency.",
    "The SWOT analysis of {B} is presented in appendix {q}.",
    "The recommendations are planned over eighteen months, with a budget in FCFA.",
    "Task 2 presents the communication plan for the launch in Libreville and Port-Gentil.",
    "The main competitors of {B} are two local firms and one multinational.",
    "Interviews were conducted in French and translated by the author.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one author puts it, {Q} {P}.", "This is well summarised: {Q} {P}.",
    "{B} seems to accept that {Q} {P}.", "The point is clearly made that {Q} {P}.", "{O}, {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘débrouillardise’", "‘made in Cameroon’", "‘sapeurs’", "‘bottom of the pyramid’", "‘tontine’",
                "‘njangi’", "‘bayam-sellam’", "“le consommer local”", "'la sape'", "‘call box’", "‘nkap’",
                "‘ambiance’", "‘mbindi’", "‘wewa’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} plays on the idea of {Q} in its campaigns {P}.", "The so-called {Q} is central to consumer culture in the region {P}.",
    "Many traders rely on {Q} rather than bank credit {P}.", "Marketers often describe this as {Q} {P}.",
    "The term {Q} is used loosely by brands {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Votre transfert est arrivé’", "‘Recharge maintenant et gagne 100% de bonus’",
                 "“Happy 20 May from all of us”", "‘Your MoMo statement is ready’", "‘Bonne fête de l'indépendance !’",
                 "‘Dernière chance : {fc} FCFA offerts’", "“Yo! Ton forfait internet expire ce soir”"]  # fmt: skip
SUBJECT_FRAMES = [
    "An SMS such as {Q} increases reactivation {P}.", "{B} sent the message {Q} to inactive subscribers {P}.",
    "Short messages like {Q} create urgency {P}.", "The push notification {Q} had the best open rate {P}.",
]  # fmt: skip

NOT_CITATIONS = {
    "acronym-year": [
        "Payment services are now regulated by the CEMAC rules (GABAC {Y}).", "{B} must respect the new banking norms (UMAC instruction {Y}).",
        "Operators must register all SIM cards (MINPOSTEL {Y}).",
    ],
    "year-noun": [
        "{B} increased its sales strongly ({Y} turnover: {fc} billion FCFA).", "Subscribers grew again ({Y} figures).",
        "The bank opened twelve new agencies ({Y} annual results).",
    ],
    "noun-year": [
        "The brand was relaunched after the crisis ({Y}).", "The price increase (January {Y}) was badly received.",
        "The famous advert with the footballers ({Y}) is still remembered.",
    ],
    "figures": [
        "Most respondents preferred mobile money (n = {n}).", "The results are presented below (Table {q}).",
        "The penetration rate reached {pc}% ({Y3} estimate).",
    ],
    "national-day": [
        "Every 20 May (National Day, since 1972) brands flood social media with green, red and yellow.",
        "Campaigns around 30 June (Independence Day, 1960) are very popular in Kinshasa.",
        "The 17 August (Independence, 1960) is the biggest commercial moment in Libreville.",
        "On 15 August (Independence, 1960) Brazzaville brewers run special promotions.",
    ],
    "historical-date": [
        "The reunification of Cameroon (1 October 1961) is still a sensitive theme for advertisers.",
        "The devaluation of the CFA franc (January 1994) halved the purchasing power of households.",
        "The Congo was renamed Zaire (1971) and became the DRC again in 1997.",
    ],
    "afcon": [
        "{B} was an official sponsor of the AFCON 2021 in Cameroon (played in 2022).",
        "The 2012 AFCON in Gabon and Equatorial Guinea boosted beer sales in Libreville.",
        "The Indomitable Lions won the AFCON five times (1984, 1988, 2000, 2002 and 2017).",
        "The 2017 AFCON (hosted by Gabon) was a big opportunity for telecom brands.",
    ],
    "football-club": [
        "TP Mazembe (1939) is the most followed club in Lubumbashi.", "Coton Sport de Garoua (founded 1986) dominates the Elite One.",
        "AS Vita Club (1935) and DCMP share the Kinshasa market of supporters.", "Canon de Yaoundé (1930) still has loyal fans.",
    ],
    "footballer": [
        "Samuel Eto'o (four times African Player of the Year) appeared in many adverts.",
        "Roger Milla (World Cup 1990) remains a strong brand ambassador.",
        "Pierre-Emerick Aubameyang (born 1989) is the face of several campaigns in Gabon.",
    ],
    "music-unesco": [
        "The Congolese rumba was inscribed on UNESCO's list (2021) thanks to both Congos.",
        "Rumba congolaise (UNESCO, December 2021) is now used in tourism campaigns.",
    ],
    "music-artist": [
        "Koffi Olomide (album ‘Loi’, 1997) is still used in beer adverts.", "Makossa (Manu Dibango, ‘Soul Makossa’, 1972) is part of the national identity.",
        "Fally Ipupa (‘Tokooos’, 2017) signed a contract with a telecom operator.", "Papa Wemba (1949–2016) made la sape famous worldwide.",
    ],
    "artist-year": [
        "Locko and Charlotte Dipanda (Canal 2'Or {Y}) are popular with young people.",
        "The concert of Stanley Enow (Yaoundé, {Y}) was sponsored by {B}.",
    ],
    "cemac-rule": [
        "The CEMAC regulation on payment services (Règlement n°04/18) changed the rules for wallets.",
        "Since the exchange regulation of 2018 (CEMAC), transfers abroad need more documents.",
        "The new COBAC rule (R-2019/01) fixes the capital of microfinance institutions.",
    ],
    "ohada-act": [
        "The OHADA Uniform Act on general commercial law (2010 revision) defines the status of the trader.",
        "Under the OHADA Uniform Act on companies (revised 2014), a SARL needs only one partner.",
        "OHADA's accounting act (SYSCOHADA, revised 2017) applies since 2018.",
    ],
    "national-law": [
        "The consumer protection law (Loi n°2011/012) obliges sellers to display prices.",
        "The DRC law on payment systems (Loi n°18/019 of 2018) allowed non-banks to issue e-money.",
    ],
    "fcfa-price": [
        "A bottle of 33 Export costs around {fc} FCFA (65 cl) in Douala.", "The starter pack is sold at {fc} FCFA (all taxes included).",
        "A loaf of bread is {fc} FCFA (fixed price) in Yaoundé.",
    ],
    "cdf-price": [
        "A Primus costs about {cdf} CDF (72 cl) in Kinshasa.", "The monthly bundle is {cdf} CDF (about {usd} USD).",
    ],
    "exchange-rate": [
        "The euro is fixed at 655.957 FCFA (since 1999).", "The dollar traded at {cdf} CDF (official rate, {d} March {Y3}).",
        "Prices in Kinshasa are often given in dollars (1 USD = {cdf} CDF).",
    ],
    "momo-tariff": [
        "A transfer of 50,000 FCFA costs 500 FCFA (1% fee).", "Withdrawals are charged at {pc}% (tariff grid {Y3}).",
        "{op} removed fees on transfers under 5,000 FCFA (promotion of {Y3}).",
    ],
    "ussd-code": [
        "Customers dial #150# (Orange Money) to check their balance.", "MTN MoMo works with *126# (no internet needed).",
        "Subscribers can buy bundles with *{n}# (USSD menu).",
    ],
    "beer-launch": [
        "33 Export (launched 1978) is the leader in Cameroon.", "Primus (Bralima, since 1957) is the most popular beer in Kinshasa.",
        "Castel Beer (introduced in 1970) is positioned as the beer of celebrations.", "Régab (brewed since 1976) is the national beer of Gabon.",
    ],
    "brewery-date": [
        "Brasseries du Cameroun (founded 1948) belongs to the Castel group.", "Bralima (founded in 1923) is a subsidiary of Heineken.",
    ],
    "telecom-licence": [
        "4G was launched in Cameroon in 2015 (MTN and Orange licences).", "Vodacom obtained its licence in 2001 (first GSM network of its size).",
        "The 5G test (Libreville, {Y3}) attracted a lot of attention.",
    ],
    "mining-project": [
        "The Kribi deep-sea port (opened 2018) changed logistics for exporters.", "The Kamoa-Kakula mine (first copper in 2021) employs thousands.",
        "The Moho Nord project (TotalEnergies, 2017) is important for Pointe-Noire.", "The Lom Pangar dam (2016) supplies electricity to the East region.",
    ],
    "oil-firm": [
        "Perenco (in Gabon since 1992) sponsors local events.", "SNH (created 1980) manages oil revenues in Cameroon.",
    ],
    "camfranglais-slogan": [
        "The campaign used Camfranglais (‘On est ensemble, no be so?’) to reach young people.",
        "Young Doualais say ‘je go au mboa’ (go home) in the adverts.", "The slogan ‘Le nkap c'est le nkap’ speaks to small traders.",
    ],
    "lingala-saying": [
        "The Lingala saying ‘Mbongo ezali na makolo’ (money has legs) is used in bank adverts.",
        "The tagline ‘Tolingi yo’ (we love you) appears on every billboard in Kinshasa.",
    ],
    "french-slogan": [
        "The brand slogan ‘Le goût de la réussite’ has been used for years.", "The bank's motto, ‘Proche de vous’, is on all agencies.",
        "Orange's ‘Bienvenue chez vous’ was translated for English-speaking regions.",
    ],
    "english-slogan": [
        "MTN's ‘Everywhere you go’ slogan is still recognised.", "The ‘Made for Africa’ line supports the positioning.",
    ],
    "turnover-figure": [
        "{B} is the leader of its market (2023 turnover).", "The group remains profitable ({Y3} net result: {fc} million FCFA).",
    ],
    "market-share": [
        "{op} holds the largest share of wallets ({pc}% in {Y3}).", "The two breweries share the market (roughly {pc}% against {q}0%).",
    ],
    "subscriber-count": [
        "{op} has about {n} million subscribers (end of {Y3}).", "Active accounts reached {n},000 (30-day active).",
    ],
    "financial-year": [
        "The results for FY{Y3} (closing 31 December) will be published in April.", "The budget covers the financial year {Y3} (January to December).",
    ],
    "city-population": [
        "Douala (about 4 million inhabitants) is the economic capital.", "Kinshasa (over 17 million people) is the biggest francophone city.",
        "Port-Gentil (the oil capital) has a population of about 150,000.",
    ],
    "region-name": [
        "Sales are weaker in the Far North (Extrême-Nord) and the East.", "The two Anglophone regions (North-West and South-West) need English campaigns.",
    ],
    "ngo-campaign": [
        "The NGO's campaign (‘Zéro malaria’, {Y3}) used community radio.", "Plan International's programme (2019–2023) reached 40,000 girls.",
    ],
    "event-edition": [
        "The Promote fair (Yaoundé, {Y3} edition) gathered hundreds of exhibitors.", "The FESPAM festival (Brazzaville, 11th edition) is sponsored by brewers.",
        "The Ngondo festival (December {Y3}) is a key moment for brands in Douala.",
    ],
    "religious-feast": [
        "Sales increase during Ramadan (March–April {Y3}) in the North.", "Christmas and the New Year (24–31 December) represent a third of sales.",
    ],
    "school-calendar": [
        "The back-to-school period (la rentrée, September) is critical for retailers.", "Exams (GCE and BEPC, June) reduce spending in families.",
    ],
    "product-format": [
        "The new can (33 cl) targets young urban consumers.", "Sachets of milk (20 g) are sold to low-income households.",
        "The 1.5 L bottle (family format) is sold mainly in supermarkets.",
    ],
    "bundle-name": [
        "The ‘Maxi Pass’ bundle (7 days, 2 GB) is the best seller.", "The ‘Yamo’ offer (unlimited nights) was copied by competitors.",
    ],
    "phone-handle": [
        "Customers can contact the service client (8900) or write on WhatsApp (+237 6{n} 00 00).",
        "Complaints are received on Facebook (@ServiceClientCM) within a day.", "The website (www.example.cm) is available in French and English.",
    ],
    "diaspora-remittance": [
        "Transfers from the diaspora (Paris, Brussels, Montreal) peak in December.", "The Congolese of Brussels (Matonge) send money home every month.",
    ],
    "award": [
        "{B} won the prize of the best bank (Africa Banking Awards {Y3}).", "The campaign was awarded at the Cannes Lions ({Y3}, bronze).",
    ],
    "election-year": [
        "The presidential election (October 2018) slowed down the economy.", "The elections in the DRC (December 2023) reduced advertising spending.",
    ],
    "crisis-period": [
        "The Anglophone crisis (since 2016) affected distribution in Bamenda and Buea.", "Sales fell during the lockdown (March–June 2020).",
        "The fuel shortage (Brazzaville, {Y3}) disturbed deliveries.",
    ],
    "cross-reference": [
        "This is developed further in Task 2 (b).", "The detailed budget (Appendix {q}) is in FCFA.",
        "See section 3.{q} (page {q}) for the segmentation.",
    ],
    "iso-standard": [
        "The brewery is certified (ISO 22000:2018) for food safety.", "The bank applies the security standard (PCI DSS v4.0).",
    ],
    "tax-rate": [
        "VAT in Cameroon is 19.25% (including the communal tax).", "The excise duty on beer (25%) was increased in the finance law.",
    ],
    "opening-hours": [
        "Agencies are open from Monday to Saturday (7:30–15:30).", "The call centre is available all day (24/7).",
    ],
    "transport-route": [
        "Goods travel on the Douala–N'Djamena corridor (about 1,800 km).", "The Congo–Ocean railway (1934) links Brazzaville to Pointe-Noire.",
    ],
}  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use."""
    return {
        "fc": rng.choice(["500", "650", "1,000", "2,500", "5,000", "10,000", "25,000", "100"]),
        "cdf": rng.choice(["2,500", "3,000", "5,000", "2,750", "28,000", "10,000"]),
        "usd": rng.choice(["1", "2", "5", "10", "15"]),
        "city": rng.choice(["Douala", "Yaoundé", "Libreville", "Port-Gentil", "Brazzaville", "Pointe-Noire", "Kinshasa",
                            "Lubumbashi", "Bafoussam", "Garoua", "Bamenda"]),
        "op": rng.choice(["Orange Money", "MTN MoMo", "M-Pesa", "Airtel Money", "Moov Money"]),
        "bank": rng.choice(["Afriland First Bank", "Rawbank", "BGFIBank", "Ecobank", "Equity BCDC", "SCB Cameroun"]),
        "pc": str(rng.randint(4, 78)), "Y3": str(rng.randint(2019, 2024)),
        "ch": rng.choice(["Facebook", "WhatsApp", "radio", "SMS", "TikTok", "billboards", "the agent network"]),
    }  # fmt: skip
