"""The hundred-and-twenty-fifth independent pool, "blind125" (HELD OUT): prose as marketers in Cameroon, Gabon, the
Republic of the Congo and the Democratic Republic of the Congo and their diaspora write CIM Level 6 and 7 reports
and MBA assignments in English.

Written without reading the checker (marker/checks), its tests or any other pool. The candidates work at banks and
microfinance institutions, telecoms and mobile-money operators (Orange Money, MTN MoMo, M-Pesa, Airtel Money),
breweries and bottlers, cocoa, coffee, timber, oil and mining firms, supermarkets, airlines, media houses, NGOs and
agencies in Douala, Yaoundé, Bamenda, Buea, Libreville, Port-Gentil, Brazzaville, Pointe-Noire, Kinshasa, Lubumbashi
and Goma, or in Paris, Brussels, Montréal and Johannesburg. Their reports carry FCFA, XAF and Congolese francs,
laws numbered "Loi n° 2010/012 du 21 décembre 2010" and "Ordonnance-loi n° 23/010", OHADA's Uniform Acts, the BEAC
and COBAC, the Fête nationale, 30 June, Ramadan, Christmas and the rentrée, USSD codes and short codes, and French
words in English sentences. HELD OUT: nobody tunes the checker on it until its first tables have been read.

Fill values of its own: {city} a city, {fcfa} an amount in CFA francs, {cdf} one in Congolese francs, {Y3} a recent
year, {pc} a percentage's number, {mo} a month, {op} a mobile-money service, {fete} a holiday, {uni} a university,
{reg} a regulator, {ussd} a USSD code, {pers} a person who is no author, {km} a distance.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Orange Cameroun", "MTN Cameroon", "MTN MoMo", "Orange Money", "Airtel Money", "M-Pesa", "Vodacom Congo",
          "Express Union", "Afriland First Bank", "Rawbank", "Equity BCDC", "BGFIBank", "Ecobank", "Advans Cameroun",
          "SABC", "Guinness Cameroun", "Bralima", "Brasco", "Sobraga", "Castel", "Top Pamplemousse", "Supermont",
          "Tangui", "Primus", "Regab", "33 Export", "Mützig", "Chococam", "Mambo", "Santa Lucia", "Mahima", "Dovv",
          "Kin Marché", "Prix Import", "Casino Gabon", "Camair-Co", "Congo Airways", "Afrijet", "Canal+ Afrique",
          "CRTV", "Equinoxe TV", "Top Congo FM", "Jumia", "Glotelho", "Yango", "Gozem", "Perenco", "Comilog",
          "Gécamines", "Telcar Cocoa", "Rougier", "Nestlé Central Africa", "Maggi", "Jadida", "Azur"]  # fmt: skip

NARRATIVE_START = [
    "{N} argue that {C}.",
    "{N} found that {C}, although their sample was drawn only from {city}.",
    "{N} demonstrated that {C}.",
    "{N} observed that {C}, which is very relevant for {B}.",
    "{N} contend that {C}.",
    "{N} has shown that {C} in the CEMAC zone.",
    "{N} make the point that {C}.",
    "{N} insists that {C}, especially in francophone markets.",
    "{N} underlined that {C}.",
    "{N} reported that {C} among mobile-money users in {city}.",
    "{N} stated clearly that {C}.",
    "{N} noted that, since the {Y3} tariff changes, {C}.",
    "{N} concluded that {C} and that {C2}.",
    "{N} was one of the first to show that {C}.",
    "{N} explains that {C} (for instance in {op} campaigns).",
    "{N} went further and argued that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In the Cameroonian context, {N} found that {C}.",
    "{O}, {N} argued that {C}.",
    "This is in line with {N}, who found that {C}.",
    "{C}, as underlined by {N}.",
    "{C} – a view which {N} also share.",
    "As noted by {N}, {C}.",
    "Following {N}, one can say that {C}.",
    "A study conducted in {city} by {N} shows that {C}.",
    "According to {N}, {C}.",
    "{B} is a good illustration: {N} showed that {C}.",
    "Research carried out by {N} on {op} agents suggests that {C}.",
    "{C}; nevertheless, {N} found the contrary in {city}.",
    "Data published by {N} indicate that {C}.",
    "Like {B}, the firms surveyed by {N} found that {C}.",
    "In his analysis of the Congolese market, {N} observes that {C}.",
    "For {A} in {city}, the work of {N} suggests that {C}.",
    "It can be argued, in line with {N}, that {C}.",
    "{C}, according to {N}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study in {city} shows that {C}.",
    "Using {N} framework, it is clear that {C}.",
    "{O}, {N} survey found that {C}.",
    "{B} could adopt {N} model, because {C}.",
    "{N} findings matter for {B}, since {C}.",
    "This reflects {N} argument that {C}.",
    "{N} typology of {op} users shows how {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "Studies in Central Africa show that {C} {P}.",
    "{B} is no exception, as {C} {P}.",
    "For {A}, {C} {P}.",
    "This is important because {C} {P}.",
    "In {city}, {C} {P}.",
    "{C}, especially outside Douala and Yaoundé {P}.",
    "It is often said that {C} {P:see}.",
    "Several authors confirm that {C} {P:e.g.}.",
    "{C} (as Figure {q} shows) {P}.",
    "{B}’s results suggest that {C} {P}.",
    "In a word, {C} {P}.",
    "{C}, which explains why {B} invests in {op} {P}.",
    "The same pattern holds in Kinshasa and Lubumbashi {P}.",
    "Mobile money now reaches more adults in the CEMAC zone than bank accounts do {P}.",
    "{C} {P:see also}.",
    "{C}, as many African studies show {P:for example,}.",
    "{C}. {P}",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{C} {P}, but {C2}.",
    "{C} {P}; {C2}.",
    "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.",
    "{B} has learned that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.",
    "Because {C} {P}, {B} must ensure that {C2}.",
    "Some authors {P:e.g.} consider that {C}.",
    "{C} {P}: this means that {C2}.",
    "{O}, {C} {P}, so {C2}.",
    "Agents, kiosks and call boxes {P} remain central to distribution in {city}, and {C}.",
]  # fmt: skip
CLAIMS = [
    "{A} trust {op} more than traditional banks",
    "agent networks are the real distribution channel for mobile money in rural areas",
    "beer brands in Central Africa compete mainly through sponsorship of music and football",
    "{B}'s promotions peak around the {fete} and at Christmas",
    "price remains the first purchase criterion for most households in {city}",
    "WhatsApp and Facebook are the main channels through which {A} discover new brands",
    "microfinance clients value the relationship with their loan officer above the interest rate",
    "the rentrée scolaire is the most important trading period after Christmas",
    "counterfeit products damage the image of leading brands such as {B}",
    "{T} works better when it is delivered in French and in local languages",
    "customer churn falls when operators reward loyalty with free data bundles",
    "the informal sector absorbs most of the purchasing power of {A}",
    "diaspora remittances sustain consumption in many households",
    "radio still reaches more people than television outside the big cities",
    "trust is the main barrier to digital payments in Central Africa",
    "{B} needs to {bs} to keep its market share",
    "fees of a few hundred FCFA are enough to push customers back to cash",
    "CSR communication is viewed with suspicion when it comes from oil and timber companies",
    "anglophone customers in Bamenda and Buea respond differently to national campaigns",
    "loyalty programmes are still rare in Central African retail",
    "{A} compare prices on WhatsApp groups before they visit the market",
    "{T} raises {R} among {A}",
]  # fmt: skip
OPENERS = [
    "Furthermore", "Moreover", "In addition", "However", "On the other hand", "In the case of {B}", "In Cameroon",
    "In the DRC", "In Gabon", "In the Republic of the Congo", "In the CEMAC zone", "Since the COVID-19 pandemic",
    "From the customer's point of view", "Nevertheless", "As a result", "Consequently", "In practice",
    "For {B}'s marketing department", "Within the telecoms sector", "In francophone Africa", "Overall",
]  # fmt: skip
PLAIN = [
    "{B} was created in {city} and now operates in several CEMAC countries.",
    "This section analyses {B}'s marketing environment using the PESTEL framework.",
    "The table below presents the key performance indicators for each channel.",
    "{B}'s Facebook page has more than {n},000 followers, but engagement remains low.",
    "The recommendations are budgeted in FCFA and phased over twelve months.",
    "{O}, {C}.",
    "Most customers pay with {op} or in cash on delivery.",
    "The company is a société anonyme with a board of directors, as the OHADA Uniform Act allows.",
    "A SWOT analysis of {B} is presented in the appendix.",
    "The main competitors of {B} are two multinationals and a number of informal traders.",
    "Task 2 builds on this analysis with a proposed communication plan.",
    "The author works in the marketing department of {B} in {city}.",
    "All prices are quoted in FCFA; one euro is fixed at 655.957 FCFA.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one textbook puts it, {Q} {P}.",
    "This is well summarised: {Q} {P}.",
    "{B} seems to accept that {Q} {P}.",
    "The point is made clearly that {Q} {P}, which {B} should consider.",
    "One study of Douala consumers concluded that {Q} {P}.",
    "{N} writes that {Q}.",
    "In the words of {N}, {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["‘mobile money’", "‘débrouillardise’", "‘tontine’", "‘njangi’", "‘bayam-sellam’", "‘call-box’",
                "‘article 15’", "‘sapeur’", "‘la sape’", "‘ambiance’", "“premium”", "'feymania'", "‘Made in Cameroon’",
                "‘consommons local’", "“phone-phone”", "'brouteur'", "‘Kinois’", "‘nganda’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} has been accused of exploiting the {Q} spirit {P}.",
    "Many young people in {city} are tired of so-called {Q} marketing {P}.",
    "What locals call {Q} shapes how {A} save and spend {P}.",
    "The term {Q} is used loosely by agencies {P}.",
    "Brands that ignore the {Q} culture lose touch with {A} {P}.",
    "{Q} is often presented as a brand value, yet it is hard to measure {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your MoMo bonus is waiting!’", "‘Bonne fête nationale – 20% de data en plus’",
                 "“Rentrée: school fees paid in one click”", "‘Ramadan Kareem from all of us’",
                 "‘Your {op} statement for {mo}’", "‘Last day: double bonus on top-ups’",
                 "“Merci pour votre fidélité”", "‘Christmas in {city}: free delivery this weekend’",
                 "‘Hello Carine, your loan has been approved’"]  # fmt: skip
SUBJECT_FRAMES = [
    "An SMS such as {Q} lifted the response rate {P}.",
    "{B} sent {Q} to its inactive customers {P}.",
    "Short messages ({Q}, for example) work well with {A} {P}.",
    "A message like {Q} creates urgency {P}.",
    "The SMS {Q} had the highest conversion of the quarter {P}.",
]  # fmt: skip

# Text that looks like a citation and is not one: names with years, laws, dates, codes, events, places, awards.
NOT_CITATIONS = {
    "acronym-year": [
        "Banks must report to the regulator under the new framework (COBAC {Y3}).",
        "{B} updated its tariffs after the regulator's decision (ART {Y3}).",
        "The agency audited the network last year (ARPCE {Y3} campaign).",
    ],
    "year-noun": [
        "{B}'s turnover rose sharply ({Y3} results: {fcfa} billion FCFA).",
        "The number of active wallets doubled ({Y3} figures).",
        "Marketing spend was cut by a third ({Y3}/{Y2} budget).",
    ],
    "noun-year": [
        "Sales dropped after the fuel price increase (February {Y3}).",
        "The rebranding of {B} (launched {Y3}) divided loyal customers.",
        "The brand suffered during the anglophone crisis (2016–2019) in the North-West and South-West regions.",
    ],
    "figures": [
        "Most respondents preferred {op} (n = {n}).",
        "Sales grew strongly in the third quarter (Q{q} {Y3}).",
        "The survey covered three cities (Douala, Yaoundé and Bamenda; n = {n}).",
    ],
    "cameroon-law": [
        "Advertising is governed by Law No. 2006/018 of 29 December 2006 on advertising in Cameroon.",
        "Under Loi n° 2010/012 du 21 décembre 2010, {B} must protect subscribers' data.",
        "The Framework Law (Loi-cadre n° 2011/012) protects the Cameroonian consumer.",
        "Electronic communications are regulated by Law No. 2010/013 (21 December 2010).",
    ],
    "drc-ordinance": [
        "The new Code du numérique (Ordonnance-loi n° 23/010 du 13 mars 2023) changes the rules for online advertising.",
        "Since the Ordonnance-loi n° 23/010 (March 2023), platforms must register with the authorities.",
        "Electronic money is supervised under BCC Instruction n° 24 (2011, revised).",
    ],
    "gabon-congo-law": [
        "Gabon protects personal data under Loi n° 001/2011 (25 September 2011).",
        "In Brazzaville, Law No. 29-2019 of 10 October 2019 covers customer data.",
        "The CNPDCP (created in 2011) supervises data protection in Gabon.",
    ],
    "cemac-regulation": [
        "Payment services are governed by Regulation No. 04/18/CEMAC/UMAC/COBAC (21 December 2018).",
        "Banking customers are protected by Règlement n° 01/20/CEMAC/UMAC/COBAC.",
        "The foreign-exchange rules (Règlement n° 02/18/CEMAC/UMAC/CM) limit transfers abroad.",
    ],
    "decree-arrete": [
        "SIM cards must be registered under Decree No. 2015/3759/PM of 3 September 2015.",
        "The arrêté of {d} {mo} {Y3} fixed the new price of a bottle of beer at 6{q}0 FCFA.",
        "Décret n° {Y3}/{n} du {d} {mo} {Y3} set the new minimum wage.",
    ],
    "ohada-act": [
        "{B} was converted from a SARL into an SA under the OHADA Uniform Act (revised in 2014).",
        "A GIE (groupement d'intérêt économique) is allowed by the Uniform Act of 2014.",
        "The OHADA Treaty (Port-Louis, 1993) harmonised business law in seventeen countries.",
    ],
    "legal-form": [
        "The company was registered as Kamga & Fils SARL (RCCM RC/DLA/{Y3}/B/{n}).",
        "{B} SA has a share capital of {fcfa} million FCFA (fully paid up).",
        "The agency is a SAS (société par actions simplifiée) with a single shareholder.",
    ],
    "registry-number": [
        "Its tax number (NIU M0{n}{q}{q}) appears on every invoice.",
        "The firm is registered in Kinshasa (RCCM CD/KNG/RCCM/{q}{q}-B-{n}).",
        "Each agent has an identification number (ID Nat. 01-{n}-N{q}{q}).",
    ],
    "currency-amount": [
        "A transfer of 10,000 FCFA costs about 1% (100 FCFA) with {op}.",
        "The average basket in Kinshasa is small ({cdf} FC).",
        "The price was set at 500 XAF (about €0.76).",
        "Salaries are paid in US dollars (USD 450 a month) rather than Congolese francs.",
    ],
    "exchange-rate": [
        "The CFA franc is pegged to the euro (1 EUR = 655.957 XAF).",
        "The Congolese franc lost value against the dollar ({n}0 CDF = 1 USD in {Y3}).",
        "The devaluation of the CFA franc (January 1994) halved purchasing power overnight.",
    ],
    "national-day": [
        "Sales always peak around the Fête nationale (20 May).",
        "{B} launched its campaign for Independence Day (30 June) in Kinshasa.",
        "Gabon celebrates its independence on 17 August (1960).",
        "In Brazzaville, the national holiday (15 August) is a key trading date.",
    ],
    "calendar": [
        "The rentrée scolaire (September {Y3}) is the busiest period for supermarkets.",
        "Promotions are planned around Ramadan (March–April {Y3}) and Tabaski.",
        "Christmas and New Year (25 December – 1 January) account for a large share of beer sales.",
        "The Youth Day (11 February) is important for soft-drink brands in Cameroon.",
    ],
    "person-dates": [
        "Manu Dibango (1933–2020) remains the most famous Cameroonian saxophonist.",
        "Papa Wemba (1949–2016) made la sape known to the world.",
        "The brand ambassador, Samuel Eto'o (born 1981), is still popular in Douala.",
        "Patrice Lumumba (1925–1961) is honoured on 30 June each year.",
    ],
    "artist-song": [
        "The jingle borrowed from Fally Ipupa's 'Eloko Oyo' (2017) became a hit.",
        "{B} used Koffi Olomidé's music (1990s) in its television advert.",
        "The campaign featured Locko and Charlotte Dipanda (Canal 2'Or award winners).",
    ],
    "award": [
        "{B} won the Canal d'Or (Canal 2 International, {Y3}) for its advert.",
        "Its CEO received the Africa Banker Award ({Y3}) in Marrakech.",
        "The agency was named Agency of the Year (Cameroon Digital Awards {Y3}).",
    ],
    "football": [
        "Sponsorship of the Indomitable Lions (AFCON 2017 winners) boosted {B}'s image.",
        "The brand sponsored the Africa Cup of Nations hosted in Cameroon (2021, played in 2022).",
        "TP Mazembe (five CAF Champions League titles) is a powerful brand in Lubumbashi.",
    ],
    "event-year": [
        "{B} exhibited at Promote (Yaoundé, {Y3}).",
        "The product was launched at the FIKIN (Foire Internationale de Kinshasa, {Y3}).",
        "The Ngondo festival (December {Y3}) is a key sponsorship opportunity in Douala.",
        "Many agencies attend the Salon de l'Entreprise (Brazzaville, {Y3}).",
    ],
    "festival": [
        "Beer brands compete to sponsor the Nyem-Nyem festival (Adamaoua) and the Lela festival (Bali Nyonga).",
        "The Medumba festival (Bangangté, every two years) attracts the Bamileke diaspora.",
        "FEMUA-style concerts (Kinshasa, {Y3}) attract {n},000 young people.",
    ],
    "ussd-code": [
        "Customers check their balance by dialling #150# (Orange Money) or *126# (MTN MoMo).",
        "The loan product is available by USSD ({ussd}) and through the app.",
        "Subscribers send the keyword BONUS to the short code ({q}0{q}0).",
    ],
    "phone-number": [
        "Customers can reach the call centre (+237 6{q}{q} {n} {n}) at any time.",
        "The WhatsApp line (+243 81{q} {n} {n}) is used for complaints.",
        "The hotline (8888, free of charge) is open from 7am to 10pm.",
    ],
    "product-model": [
        "The bank gives agents a point-of-sale terminal (PAX A920, {Y3} model).",
        "Most customers still use basic phones (itel 2160 or Tecno T301).",
        "The new smartphone range (Tecno Spark {q}0, {Y3}) sells well in Goma.",
    ],
    "data-bundle": [
        "The most popular bundle is a daily pass (100 FCFA for 100 MB).",
        "Operators launched night bundles (11pm–6am) to attract students.",
        "{B} offers a monthly plan (10 GB for 5,000 FCFA) to small traders.",
    ],
    "bottle-size": [
        "The returnable bottle (65 cl) remains the standard format in bars.",
        "Soft drinks are sold in small sizes (33 cl cans and 35 cl glass bottles).",
        "The new format (Castel 1 L, {Y3}) targets family gatherings.",
    ],
    "road-distance": [
        "Trucks take two days to reach Bangui from Douala (about 1,500 km).",
        "Goods travel along the National Road No. 1 (Kinshasa–Matadi, {km} km).",
        "Distribution from Pointe-Noire to Brazzaville (by the RN1, 510 km) is costly.",
    ],
    "flight-number": [
        "The daily flight (QC 301, Douala–Yaoundé) was cancelled for a week.",
        "Congo Airways serves Lubumbashi twice a day (8Z 101 and 8Z 103).",
        "Passengers complained about the delays on the Libreville route (flight {q}{q}0, {mo} {Y3}).",
    ],
    "region-code": [
        "Sales are strongest in the Littoral region (LT) and weakest in the Far North (EN).",
        "The survey covered the province of Haut-Katanga (HK) and North Kivu (NK).",
        "Gabon's nine provinces (Estuaire, Haut-Ogooué, Ogooué-Maritime...) are served by three depots.",
    ],
    "place-bracket": [
        "The flagship store is in Bonapriso (Douala) near the roundabout.",
        "A second branch opened in Bastos (Yaoundé) and another in Gombe (Kinshasa).",
        "Staff were recruited in Mvog-Ada (Yaoundé) and Akwa (Douala).",
    ],
    "neighbourhood-market": [
        "Traders at Marché Mokolo (Yaoundé) and Marché Central (Douala) were interviewed.",
        "The Zando market (Kinshasa) has more than {n}0 wholesale stalls.",
        "Mont-Bouët market (Libreville) sells mostly imported goods.",
    ],
    "university-degree": [
        "The author holds an MBA (ESSEC Douala, {Y3}) and a licence in economics.",
        "The marketing director studied at the Université de Yaoundé II (Soa campus, class of 2009) before joining {B}.",
        "Two interviewees had a master's degree (Master 2, Université Marien Ngouabi).",
    ],
    "job-title": [
        "Interviews were held with the brand manager (Douala office) and two trade marketers.",
        "The head of digital (a former journalist at CRTV) leads the project.",
        "The respondent was the directeur commercial (sales director) of {B}.",
    ],
    "interviewee": [
        "One agent in Bonabéri (Interviewee 3, {d} {mo} {Y3}) said that fees were too high.",
        "A bar owner in Matonge (personal communication, {mo} {Y3}) confirmed the trend.",
        "A trader at Marché Total (Brazzaville, interview {q}) preferred cash.",
    ],
    "organisation-bracket": [
        "The Central African Economic and Monetary Community (CEMAC, founded in 1994) has six member states.",
        "The Bank of Central African States (BEAC) sets interest rates for the zone.",
        "The Banking Commission of Central Africa (COBAC) licences microfinance institutions.",
        "GIMAC (the interbank electronic payments group) links {B} with other banks.",
    ],
    "ngo-programme": [
        "The project was funded by the Mastercard Foundation (Young Africa Works, {Y3}).",
        "UNICEF's vaccination campaign (Goma, {Y3}) used SMS reminders.",
        "The World Food Programme paid refugees through mobile money (East region, {Y3} pilot).",
    ],
    "media-programme": [
        "The advert ran during the evening news (CRTV, 8.30pm).",
        "{B} sponsored the talk show on Equinoxe TV ({Y3} season).",
        "The radio spot played on Top Congo FM (morning slot, 6–9am).",
    ],
    "hashtag-handle": [
        "The campaign hashtag (#ConsommonsCamerounais) trended for two days.",
        "Customers tag the brand on Facebook (@{B}) to ask questions.",
        "Complaints are answered by email (serviceclient@monbrand.cm) within 48 hours.",
    ],
    "percentage": [
        "Mobile-money penetration reached {pc}% of adults in {Y3}.",
        "About {pc}% of respondents (n = {n}) had used {op} in the last month.",
        "Market share fell slightly ({pc}% against {pc}% a year earlier).",
    ],
    "survey-wave": [
        "The household survey (ECAM 5, {Y3}) measures consumption in Cameroon.",
        "Results from the third wave (EDS-RDC III) show high mobile ownership.",
        "The census (RGPH {Y3}) counted the population of Libreville.",
    ],
    "tax-rate": [
        "VAT is charged at 19.25% in Cameroon (including the council surtax).",
        "The excise duty on beer (25% since 2019) raised prices.",
        "The tax on mobile-money transfers (0.2%, 2022 finance law) angered users.",
    ],
    "finance-law": [
        "The finance law (Loi de finances {Y3}) introduced a tax on electronic transfers.",
        "The Loi de finances rectificative (June {Y3}) reduced customs duties.",
        "Under the {Y3} finance law, imported rice pays a lower duty.",
    ],
    "cocoa-season": [
        "The cocoa season ({Y3}/{Y2}) opened with a farm-gate price of {n}0 FCFA per kilogram.",
        "The light crop (May to August) brings less income to farmers.",
        "Grade I beans (fermented, under 8% moisture) fetch the highest price.",
    ],
    "commodity-price": [
        "Brent crude fell sharply (below USD 40 a barrel in 2020), hurting Gabon's budget.",
        "Copper prices (USD 9,000 a tonne) support the Katanga economy.",
        "Manganese exports (Moanda, {n}0,000 tonnes) are the second source of revenue.",
    ],
    "timber-licence": [
        "The concession is certified (FSC-C{n}{q}{q}) and covers {n},000 hectares.",
        "Logs may only be exported as processed wood (ban since 2010).",
        "The forest management unit (UFA 10-{n}) lies in the East region.",
    ],
    "ramadan-hours": [
        "During Ramadan, branches in Garoua and Maroua open earlier (7am–2pm).",
        "The iftar campaign (sunset offers, {Y3}) targeted Muslim customers in the North.",
        "Sales fall during the fasting month and recover at Eid (Ramadan Bairam).",
    ],
    "election-year": [
        "Advertising spend was cut before the presidential election (October 2018).",
        "Many firms froze budgets during the elections (December 2023) in the DRC.",
        "The internet was shut down for several days (January 2019) in Kinshasa.",
    ],
    "crisis-dates": [
        "The anglophone crisis (since 2016) has affected sales in the North-West.",
        "The M23 conflict (2022–2024) disrupted supply routes around Goma.",
        "The Ebola outbreak (2018–2020) changed hygiene habits in North Kivu.",
    ],
    "brand-launch": [
        "Orange Money was launched in Cameroon (2011) before MTN Mobile Money.",
        "M-Pesa arrived in the DRC with Vodacom (2012).",
        "{B}'s app (version {q}.0, {Y3}) added bill payment.",
    ],
    "slogan": [
        "Orange's slogan ‘Le futur vous appartient’ is widely known.",
        "MTN's ‘Everywhere you go’ signature appears on every billboard.",
        "Primus' old line ‘La bière qui fait la joie’ is still quoted in bars.",
    ],
    "cross-reference": [
        "The full budget is in the appendix (Appendix {q}, Table {q}).",
        "See Task 1 (b) for the PESTEL analysis.",
        "The customer journey (Figure {q}) was drawn after twelve interviews.",
    ],
    "bible-quran": [
        "The campaign quoted a well-known verse (John 3:16) on its Christmas posters.",
        "The advert avoided images during the holy month (Surah 2:185 refers to Ramadan).",
        "A church partnership (Psalm 23) was used for the bank's funeral insurance product.",
    ],
    "time-zone-hours": [
        "The call centre works two time zones (Kinshasa UTC+1, Lubumbashi UTC+2).",
        "Shops close early on Sundays (1pm) after church services.",
        "The promotion ran on Friday nights (6pm–midnight).",
    ],
    "version-standard": [
        "The bank's data centre is certified (ISO 27001:2013).",
        "All transactions follow the PCI DSS standard (version 4.0).",
        "The brewery's quality system complies with ISO 9001 (2015 edition).",
    ],
}  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn from the builder's random source."""
    return {
        "city": rng.choice(["Douala", "Yaoundé", "Bamenda", "Buea", "Libreville", "Port-Gentil", "Brazzaville",
                            "Pointe-Noire", "Kinshasa", "Lubumbashi", "Goma", "Bafoussam", "Garoua", "Limbe"]),
        "fcfa": str(rng.randint(2, 950)), "cdf": f"{rng.randint(2, 95)},{rng.randint(100, 999)}",
        "Y3": str(rng.randint(2016, 2025)), "pc": str(rng.randint(4, 88)),
        "mo": rng.choice(["January", "February", "March", "May", "June", "August", "September", "October", "December"]),
        "op": rng.choice(["Orange Money", "MTN MoMo", "M-Pesa", "Airtel Money", "Express Union Mobile", "Afrimoney"]),
        "fete": rng.choice(["Fête nationale", "Independence Day", "rentrée", "Tabaski", "Youth Day", "Women's Day"]),
        "uni": rng.choice(["Université de Yaoundé II", "University of Buea", "Université Omar Bongo",
                           "Université Marien Ngouabi", "Université de Kinshasa"]),
        "reg": rng.choice(["BEAC", "COBAC", "ART", "ARPCE", "ARPTC", "ARCEP"]),
        "ussd": rng.choice(["*126#", "#150#", "*1122#", "*144#", "*555#"]),
        "pers": rng.choice(["Manu Dibango", "Papa Wemba", "Roger Milla", "Fally Ipupa", "Charlotte Dipanda"]),
        "km": str(rng.randint(120, 900)),
    }  # fmt: skip
