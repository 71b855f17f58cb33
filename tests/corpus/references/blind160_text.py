"""The "blind160" pool's prose (HELD OUT): marketers in Colombia, Peru and their diaspora.

A hundred-and-sixtieth independent pool, written without reading the checker, its tests or any other pool, as
candidates on CIM Level 6 and 7 courses and MBAs in Bogotá, Medellín, Cali, Barranquilla, Cartagena and Bucaramanga,
in Lima, Arequipa, Trujillo, Cusco and Piura, and in Miami, Madrid, New York, Santiago and London write reports in
English on the CIM 2206 brief: at banks and fintechs (Bancolombia, Davivienda, Banco de Bogotá, Nequi, Daviplata,
BCP, Interbank, BBVA Perú, Yape, Plin), telecoms (Claro, Movistar, Tigo, Entel, Bitel), retailers (Grupo Éxito,
Falabella, Ripley, Rappi, Supermercados Peruanos, Tiendas D1, Tottus), food and drink makers (Grupo Nutresa,
Postobón, Bavaria, Juan Valdez, Alicorp, Backus, Gloria, Inca Kola), airlines (Avianca, LATAM, Sky), media (Caracol,
RCN, El Tiempo, Semana, El Comercio, RPP) and agencies. Their decoys are what such reports hold that is not a
citation: laws and decrees with their numbers and years ("Ley 1581 de 2012", "Ley N° 29733", "Decreto Supremo N°
003-2013-JUS"), SIC resolutions and Indecopi case numbers, pesos and soles ("COP 2,4 billones", "S/ 1.250
millones"), the Día sin IVA, Amor y Amistad, Fiestas Patrias, Inti Raymi, the Feria de las Flores and the Carnaval de
Barranquilla, founders' and writers' lifespans, telenovelas, films and songs with years, tickers, NIT and RUC
numbers, addresses, flights, awards, estratos and NSE levels, Quechua words, and more.

HELD OUT: nobody tunes the checker on it until its first tables have been read.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Bancolombia", "Davivienda", "Banco de Bogotá", "Nequi", "Daviplata", "BCP", "Interbank", "BBVA Perú",
          "Yape", "Plin", "Claro", "Movistar", "Tigo", "Entel", "Bitel", "Grupo Éxito", "Falabella", "Ripley",
          "Rappi", "Plaza Vea", "Tiendas D1", "Tottus", "Grupo Nutresa", "Postobón", "Bavaria", "Juan Valdez",
          "Alicorp", "Backus", "Gloria", "Inca Kola", "Avianca", "LATAM", "Sky Airline", "Caracol", "RCN",
          "El Tiempo", "El Comercio", "RPP", "Crepes & Waffles", "Frisby", "Alpina", "Colombina", "Ara", "Mibanco",
          "Wong", "Metro", "Cusqueña", "Pilsen Callao", "Arturo Calle", "Totto", "Mercado Libre", "Lulo Bank",
          "Sura", "Rímac", "Pacífico Seguros", "Movii", "Tpaga", "Kushki", "Crehana", "Platzi"]  # fmt: skip

NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} argues that {C}, which is highly relevant for {B}.",
    "{N} showed that {C} in both Bogotá and Lima.",
    "{N} reports that {C}.",
    "{N} explains that {C}, especially among {A} in estratos 2 and 3.",
    "{N} concluded that {C}.",
    "{N} points out that {C}; this is consistent with what {B} has seen since the pandemic.",
    "{N} suggest that {C}.",
    "{N} highlighted that {C}, in Lima as much as in Bogotá.",
    "{N} demonstrates that {C}, although the sample was limited to Medellín.",
    "{N} state that {C}.",
    "{N} observed that {C} during the Día sin IVA.",
    "{N} warns that {C} if brands ignore the regions outside the capital.",
    "{N} identifies that {C}.",
    "{N} mentions that {C}, a point also raised by managers at {B}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.",
    "As {N} explains, {C}.",
    "{O}, {N} found that {C}.",
    "In the Colombian context, {N} argues that {C}.",
    "For the Peruvian consumer, {N} shows that {C}.",
    "{C}, as {N} notes.",
    "This is in line with {N}, who found that {C}.",
    "Research by {N} in Lima Metropolitana shows that {C}.",
    "{B} could learn from {N}, who observed that {C}.",
    "Following {N}, {C}.",
    "{C}; {N} reached the same conclusion for the Andean region.",
    "A study from {N} confirms that {C}.",
    "In a similar way, {N} affirms that {C}.",
    "Based on {N}, it can be said that {C}.",
    "As stated by {N}, {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of digital wallet users shows that {C}.",
    "{O}, {N} model helps to explain why {C}.",
    "{N} findings suggest that {C}.",
    "{N} analysis of the Peruvian retail sector shows that {C}.",
    "Applying {N} framework to {B}, {C}.",
    "{N} survey of {A} in Medellín and Cali found that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "It has been shown that {C} {P}.",
    "In Colombia and Peru, {C} {P}.",
    "For {B}, {C} {P}.",
    "Several authors agree that {C} {P}.",
    "There is evidence that {C} {P}.",
    "{C}, particularly outside Bogotá and Lima {P}.",
    "Recent data shows that {C} {P}.",
    "It is important to mention that {C} {P}.",
    "{C} (especially after the pandemic) {P}.",
    "In the case of the Peruvian market, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{C} {P}, however {C2}.",
    "{C} {P}; at the same time, {C2}.",
    "{C} {P}, while {C2}.",
    "Although {C} {P}, {C2}.",
    "{C} {P}, which means that {C2}.",
    "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{B} must use {T} to win {A}",
    "{T} increases {R} among {A}",
    "digital wallets such as Yape and Nequi have reduced the use of cash among {A}",
    "{A} in the regions respond better to {T} than to television",
    "the Día sin IVA creates peaks in demand that {B} cannot always serve",
    "trust is the main barrier to fintech adoption among {A}",
    "{B} relies on {T} more than its competitors",
    "loyalty programmes drive {R} in Colombian supermarkets",
    "{A} compare prices on WhatsApp before buying",
    "the tiendas de barrio still account for most grocery purchases in Colombia",
    "the bodegas remain the main channel for {A} in Lima",
    "{T} works best when it is linked to local festivities",
    "Peruvian consumers reward brands that show national pride",
    "{B} could use {T} to improve {R}",
    "informality limits the reach of formal credit among {A}",
    "price promotions erode brand equity in the beer category",
    "the return on {T} is higher in Medellín than in Bogotá",
    "{A} expect brands to answer on WhatsApp within the hour",
    "the hard discounters have changed how {A} see private labels",
    "interoperability between Yape and Plin has increased {R}",
    "{B} gains {R} when it partners with local influencers",
    "social commerce is growing faster in Peru than in Colombia",
    "remittances from the diaspora in Miami and Madrid shape how {A} spend",
    "{T} lowers the cost of reaching {A} in secondary cities",
]  # fmt: skip
OPENERS = [
    "However", "In practice", "For {B}", "Similarly", "In addition", "On the other hand", "Nevertheless",
    "In the case of {B}", "Furthermore", "In Peru", "In Colombia", "After the pandemic", "For this reason",
    "Even so", "Likewise", "Moreover",
]  # fmt: skip
PLAIN = [
    "{B} sells through its own app, its website, WhatsApp and the marketplaces.",
    "The campaign ran for six weeks on Instagram, TikTok and RCN Radio.",
    "{B} has stores in Bogotá, Medellín, Cali and Barranquilla.",
    "The brand is present in Lima, Arequipa, Trujillo, Cusco and Piura.",
    "{O}, {C}.",
    "This section analyses the external environment using PESTEL.",
    "The customer journey map is shown in the appendix.",
    "{B}'s marketing team has eight people in Bogotá and two in Lima.",
    "The proposed KPIs are shown in the table below.",
    "Table 2 summarises the segments and their size.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one author puts it, {Q} {P}.",
    "{O}, {Q} {P}.",
    "In other words, {Q} {P}.",
    "{N} puts it clearly: {Q}.",
    "This idea is summarised as follows: {Q} {P}.",
    "{N} writes that {Q}.",
    "The point for {B} is that {Q} {P}.",
    "{Q} {P}, which applies directly to the Andean market.",
]  # fmt: skip
SCARE_QUOTES = ["‘bancarización’", "“phygital”", "‘la tienda de la esquina’", "“the Yape effect”", "‘rebusque’",
                "“marca país”", "‘chévere’ branding", "“orgullo peruano”", "‘made in Colombia’", "“superapp”",
                "‘cliente incógnito’", "'mystery shopper'", '"hard discount"', "‘the informal economy’"]  # fmt: skip
SCARE_FRAMES = [
    "Marketers in Lima call this {Q} {P}.",
    "{B} describes its strategy as {Q} {P}.",
    "The idea of {Q} is now common in Colombian boardrooms {P}.",
    "What the banks call {Q} has reached the regions {P}.",
    "{N} uses the term {Q} to describe this.",
    "This is often described as {Q} {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘¡Hoy es Día sin IVA! Hasta 40% dcto.’", "“Tu Yape te espera: activa tu cuenta”",
                 "‘Feliz Amor y Amistad: 2x1 solo hoy’", "“Celebra Fiestas Patrias con Inca Kola”",
                 "'Your {M} order is on its way'", "‘Últimas horas del CyberWow’", "“Black Friday: envío gratis a todo Colombia”",
                 '"Recarga y gana con Claro"', "‘Tu extracto de {M} ya está disponible’", "“Vuelve a Rappi: 50% en tu próximo pedido”"]  # fmt: skip
SUBJECT_FRAMES = [
    "The subject line {Q} had the highest open rate of the year {P}.",
    "{B}'s email headed {Q} was sent to inactive customers {P}.",
    "A push notification such as {Q} creates urgency {P}.",
    "Testing {Q} against a plainer message showed the value of personalisation {P}.",
    "{N} cites the message {Q} as an example of urgency.",
    "The WhatsApp message {Q} doubled conversions {P}.",
]  # fmt: skip

NOT_CITATIONS: dict[str, list[str]] = {
    "writer-lifespan": [
        "Gabriel García Márquez (1927–2014) remains the most recognisable Colombian name abroad.",
        "Campaigns still borrow the imagery of César Vallejo (1892–1938) and José María Arguedas (1911–1969).",
        "The brand's tone recalls Fernando Botero (1932–2023) more than any advertiser.",
    ],
    "nobel-year": [
        "Mario Vargas Llosa won the Nobel Prize in Literature (2010), and bookshops in Arequipa still sell his novels beside the till.",
        "Macondo entered popular culture after García Márquez's Nobel (1982).",
    ],
    "ley-colombia": [
        "All personal data is processed under Ley 1581 de 2012 and its habeas data rules.",
        "The consumer protection statute (Ley 1480 de 2011) applies to every promotion {B} runs.",
        "Since Ley 2300 de 2023, banks may only contact debtors at set hours.",
    ],
    "ley-peru": [
        "In Peru the Ley N° 29733 (Ley de Protección de Datos Personales) requires prior consent for marketing messages.",
        "The Ley N° 30021 of 2013 introduced the black octagons on food packaging.",
        "Claims are handled under Ley N° 29571 (Código de Protección y Defensa del Consumidor).",
    ],
    "decreto": [
        "Decreto 1377 de 2013 sets the rules for the privacy notice (aviso de privacidad).",
        "The regulation (Decreto Supremo N° 003-2013-JUS) was replaced in {yr2}.",
        "Imports were affected by Decreto 1165 de 2019 on customs.",
    ],
    "resolucion-sic": [
        "The SIC fined the company in Resolución {n}47 de {yr} for misleading advertising.",
        "The CRC set new rules for roaming (Resolución CRC 5050 de 2016).",
    ],
    "indecopi-case": [
        "Indecopi opened a case against the retailer (Expediente N° 0{n}-{yr}/CC2).",
        "The complaint was resolved by the Comisión de Protección al Consumidor N° {q} in {yr}.",
    ],
    "pesos": [
        "{B} invested {COP} in its new distribution centre in Funza.",
        "Sales on the Día sin IVA reached {COP} in a single day.",
        "The marketing budget was COL$ {n} millones ({yr}).",
    ],
    "soles": [
        "The campaign budget was {SOL} for the whole of {yr}.",
        "Yape transfers are capped at S/ 500 a day for new users (PEN 500).",
        "Average monthly spend per household is S/ {n} in Lima Metropolitana (INEI figures).",
    ],
    "exchange-rate": [
        "Figures were converted at the TRM of COP {n}0 per US$ 1 (31 December {yr}).",
        "Amounts in soles were converted at S/ 3.{d} per dollar (BCRP rate of the day).",
    ],
    "tax-rate": [
        "Prices include VAT (IVA, 19%) in Colombia and IGV (18%) in Peru.",
        "The sugary drinks tax (ISC) rose to 25% in {yr}.",
    ],
    "minimum-wage": [
        "The minimum wage (SMMLV {yr}) sets the budget of most target households.",
        "The Remuneración Mínima Vital (S/ 1.130 from {yr}) is the benchmark for segment D.",
    ],
    "dia-sin-iva": [
        "The first Día sin IVA (19 June 2020) ended in crowds at the Éxito stores.",
        "There were three VAT-free days in 2022 (Días sin IVA).",
    ],
    "fiestas-patrias": [
        "Sales peak around Fiestas Patrias (28 and 29 July).",
        "The Inca Kola campaign ran during Fiestas Patrias {yr}.",
    ],
    "amor-y-amistad": [
        "In Colombia, Amor y Amistad (September) replaces Valentine's Day for most retailers.",
        "{B}'s best month is September because of Amor y Amistad ({yr}).",
    ],
    "inti-raymi": [
        "Cusco fills with tourists for the Inti Raymi (24 June).",
        "The airline added flights for Inti Raymi {yr} (Cusco, 24 June).",
    ],
    "carnaval": [
        "The Carnaval de Barranquilla ({yr}) drew more than two million visitors.",
        "Brands fight for space at the Batalla de Flores (Carnaval {yr}).",
    ],
    "feria-flores": [
        "The Feria de las Flores (August {yr}) is Medellín's biggest event for sponsors.",
        "The silleteros' parade (Feria de las Flores, 7 August) is broadcast live.",
    ],
    "shopping-event": [
        "Online sales tripled on the CyberWow (Peru, {yr}).",
        "The Hot Sale and Black Friday ({yr}) now overlap with the Cyber Lunes in Colombia.",
        "Rappi's RappiDay ({d} November) competes directly with Black Friday.",
    ],
    "spanish-date": [
        "The law was published in the Diario Oficial on 17 de octubre de 2012.",
        "The rebrand went live on 15/03/{yr} in all stores.",
        "The data was collected between el 1 y el {d} de agosto de {yr}.",
    ],
    "ticker": [
        "Bancolombia's shares trade in Bogotá and New York (BVC: PFBCOLOM; NYSE: CIB).",
        "Alicorp (BVL: ALICORC1) reported higher margins in {yr}.",
        "Credicorp (NYSE: BAP) owns BCP and Yape.",
    ],
    "tax-id": [
        "The supplier is registered as NIT 890.903.938-8.",
        "Invoices must show the RUC 20100055237 of the company.",
    ],
    "address": [
        "The flagship store is at Carrera 7 # 71-21, Bogotá.",
        "The Lima office (Av. Javier Prado Este 4200, Surco) hosts the marketing team.",
    ],
    "phone": [
        "Customers call the Línea Amiga (01 8000 912 345) for complaints.",
        "The WhatsApp line (+51 987 654 321) answers orders in Lima.",
    ],
    "legal-form": [
        "Rappi was set up as a simplified company (S.A.S.) in Bogotá in 2015.",
        "The distributor is a small family firm (E.I.R.L.) in Piura.",
        "Most of the agencies are Ltda. or S.A.C. companies with fewer than 50 staff.",
    ],
    "org-bracket-year": [
        "The bank (Grupo Aval, since 1998) competes with Bancolombia on credit cards.",
        "Bavaria (AB InBev since 2016) dominates the beer market.",
        "Backus (founded 1879) owns Cusqueña and Pilsen Callao.",
    ],
    "founding-year": [
        "Juan Valdez Café opened its first shop in El Dorado airport (2002).",
        "Gloria started as a milk producer in Arequipa in 1941.",
        "Postobón (est. 1904) is still controlled by the Ardila Lülle family.",
    ],
    "campaign-year": [
        "The ‘Orgullo Peruano’ campaign ({yr}) focused on national pride.",
        "Nequi's launch campaign ({yr}) used only digital channels.",
        "The “Cusqueña, el sabor del Perú” spots ran from {yr} to {yr2}.",
    ],
    "slogan": [
        "The tagline “Sabe a Perú” sums up the brand.",
        "Juan Valdez's slogan ‘Lo mejor del café de Colombia’ is used on every cup.",
        "Yape's ‘Yapéalo’ became a verb in Lima.",
    ],
    "award": [
        "The campaign won a Gold Effie Colombia ({yr}).",
        "The agency took a Bronze Lion at Cannes ({yr}) for the Inca Kola work.",
        "It was named Top of Mind by Revista Dinero ({yr}).",
    ],
    "telenovela": [
        "Product placement in Yo soy Betty, la fea (1999–2001) is still studied in Colombian classrooms.",
        "Al fondo hay sitio (2009–2016) was the most watched series in Peru.",
        "Caracol's Café con aroma de mujer (2021) revived interest in coffee culture.",
    ],
    "film-music": [
        "After Disney's Encanto (2021), searches for Colombian coffee rose abroad.",
        "Karol G's Mañana será bonito (2023) reached number one in the United States.",
        "Shakira's 'Hips Don't Lie' (2006) is still used in tourism adverts.",
    ],
    "football": [
        "Sales of televisions rose before the World Cup (Russia 2018), Peru's first in 36 years.",
        "The Copa América ({yr}) brought sponsors back to the Selección Colombia.",
    ],
    "heritage": [
        "Machu Picchu (a UNESCO World Heritage Site since 1983) receives most foreign visitors.",
        "Cartagena's walled city (World Heritage Site, 1984) is the setting of the campaign.",
    ],
    "stratum": [
        "The target is households in estratos 3 and 4 (Bogotá).",
        "The segment is NSE C (APEIM {yr}) in Lima Norte.",
        "Around a third of Lima households are NSE D or E (APEIM figures for {yr}).",
    ],
    "sample": [
        "A survey of {A} was carried out in Lima and Callao (n = {n}).",
        "The focus groups (three in Medellín, two in Cali) took place in {yr}.",
    ],
    "figure-table": [
        "The results are shown below (Table {q}).",
        "The market map is in the appendix (Figure {q}, Anexo 2).",
    ],
    "percentage": [
        "Digital payments grew strongly (+{q}{d}% interanual, {yr} vs {yr0}).",
        "Nequi's user base grew ({q}{d}% in {yr}).",
    ],
    "year-range": [
        "The analysis covers the period {yr0}–{yr}.",
        "Online sales doubled between {yr0} and {yr} (2x).",
    ],
    "flight": [
        "Avianca's route AV 26 (Bogotá–Madrid) is the busiest to Europe.",
        "LATAM flight LA2047 (Lima–Cusco) sells out in June.",
    ],
    "handle": [
        "Complaints arrive through @BancolombiaAyuda and #DíaSinIVA.",
        "The brand answers on @yapeoficial and @interbank within minutes.",
    ],
    "url": [
        "More information is available at www.nequi.com.co.",
        "Sales terms are published on falabella.com.pe/terminos.",
    ],
    "quechua-word": [
        "The campaign uses the Andean idea of reciprocity (ayni) in its messages.",
        "Community work (minka) is used as a metaphor for group savings.",
        "The brand name comes from a Quechua word (‘killa’, moon).",
    ],
    "spanish-gloss": [
        "Most sales still happen in the corner shops (tiendas de barrio).",
        "Informal credit (gota a gota) is a problem for many small traders.",
        "Small grocers (bodegueros) are the main customers of Alicorp.",
    ],
    "person-role": [
        "Juan Carlos Mora (president of Bancolombia until 2025) pushed the digital strategy.",
        "The campaign was presented by the brand's CMO (María Fernanda Restrepo) in {yr}.",
        "Gianfranco Ferrari (CEO, Credicorp) spoke at the CADE conference in {yr}.",
    ],
    "conference-event": [
        "The CADE Ejecutivos ({yr}) in Paracas discussed digital inclusion.",
        "The brand presented at the Andicom congress (Cartagena, {yr}).",
    ],
    "election-politics": [
        "Consumer confidence fell before the second round (19 June 2022).",
        "Uncertainty rose after the events of December 2022 in Peru.",
    ],
    "peace-pandemic": [
        "Tourism to the regions grew after the Peace Agreement (signed 24 November 2016).",
        "The national quarantine (from 16 March 2020) closed every store for months.",
    ],
    "conpes": [
        "The national AI policy (CONPES 3975 de 2019) mentions marketing only once.",
        "The digital transformation plan (CONPES 4023) targets small firms.",
    ],
    "standard-code": [
        "The plant is certified to ISO 9001:2015 and the NTC 5801.",
        "The coffee carries the Rainforest Alliance seal (standard 2020).",
    ],
    "sanitary-code": [
        "Each product needs an INVIMA registration (RSA-00{n}-{yr}).",
        "The label shows the Registro Sanitario N° A{n}{d}N / DIGESA.",
    ],
    "geo-code": [
        "Data was filtered by district (UBIGEO 150101, Cercado de Lima).",
        "The municipality code (DIVIPOLA 05001, Medellín) is used in the DANE tables.",
    ],
    "cohort": [
        "The target is Gen Z (born 1997–2012) in Lima and Bogotá.",
        "Millennials (25–40 years) make up most of Nequi's users.",
    ],
    "app-version": [
        "The new Yape app (version 4.0) added payments to businesses.",
        "The redesign of Nequi (v.{q}.{d}) was launched in {yr}.",
    ],
    "diaspora": [
        "Around {n} thousand Colombians live in the Madrid region (Spain).",
        "Peruvians in New Jersey and Miami send remittances home every month (US$ 4.4 billion in {yr}).",
    ],
    "cim-unit": [
        "This report answers Task {q} of the CIM Level 6 brief (unit 2206, {yr}).",
        "The framework follows the CIM syllabus ({yr} edition).",
    ],
    "cross-reference": [
        "The PESTEL analysis is developed further below (see Section {q}.{d}).",
        "The full interview guide is attached (Appendix {q}).",
    ],
}

_COP = ["COP 2,4 billones", "COP 850.000 millones", "$1,2 billones", "COL$ 320 mil millones", "COP 15.000 millones",
        "$ 4.500 millones", "COP 1.8 trillion", "COL$ 90.000 millones"]  # fmt: skip
_SOL = ["S/ 1.250 millones", "S/ 45 millones", "PEN 3.2 billion", "S/ 800 mil", "S/. 12,5 millones",
        "S/ 2 mil millones", "PEN 600 million"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    year = rng.randint(2016, 2025)  # the recent years these reports' facts come from
    return {"COP": rng.choice(_COP), "SOL": rng.choice(_SOL), "yr": str(year), "yr0": str(year - rng.randint(2, 6)),
            "yr2": str(min(year + 1, 2026))}  # fmt: skip
