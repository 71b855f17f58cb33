"""Prose for the seventy-fifth held-out pool, "blind75": how marketers in Peru, Ecuador, Bolivia, Guatemala, Costa
Rica, Panama and the Dominican Republic write their CIM and MBA reports in English.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a seventy-fifth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, trade, CRM,
digital, loyalty and communications marketers at supermarket and pharmacy chains in mining towns and capitals,
banks, cooperatives and microfinance institutions, telecoms, breweries and beverage firms, coffee, cocoa and banana
exporters, airlines, hotel groups, tourism boards and agencies in Lima, Arequipa, Quito, Guayaquil, La Paz, Santa
Cruz, Guatemala City, San José, Panama City and Santo Domingo write: British spelling learned from CIM tutors beside
American spelling from MBA programmes, Spanish words glossed in brackets, laws and regulations by number and year,
INDECOPI and SIC resolutions, soles, dólares, bolivianos, quetzales, colones and balboas, store counts, tickers,
campaign names with their years, festivals and their dates, loyalty tiers, flight numbers, USSD codes, handles,
hashtags and promo codes, certifications and coffee grades, awards and rankings, and citations at the start, middle
and end of sentences, with "see" and "e.g." inside the bracket.

Placeholders: {N} narrative citation, {P} parenthetical ({P:see} puts a word inside its bracket), {C} a claim,
{O} an opener, {Q} a quotation, {B} a brand; the common fill values ({Y}, {Y2}, {n}, {q}, {d}, {M}, {A}, {R},
{T}); and this pool's own, from values(): {city}, {country}, {cur}, {amt}, {pct}, {yr}, {mon}, {fest}, {chan},
{bank}, {tel}, {store}, {camp}, {paper}, {mine}.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Plaza Vea", "Tottus", "Wong", "Metro", "Inkafarma", "Mifarma", "Supermaxi", "Tía", "Fybeca", "Hipermaxi",
          "Pollo Campero", "Pardos Chicken", "Bembos", "Norky's", "Pilsen Callao", "Cusqueña", "Paceña", "Cerveza Gallo",
          "Presidente", "Imperial", "Inca Kola", "Café Britt", "Dos Pinos", "Yape", "Plin", "Tigo Money", "Interbank",
          "BCP", "Mibanco", "Banco Pichincha", "BancoSol", "Banreservas", "Claro", "Movistar", "Entel", "Tigo",
          "Copa Airlines", "Sky Airline", "Saga Falabella", "Ripley", "Oechsle", "Real Plaza", "La Sirena", "Gloria",
          "Rappi", "PedidosYa", "Tostaduría Bisetti", "Pollos Copacabana", "Fridolín", "Sumesa"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn from the builder's random source after the common ones."""
    return {
        "city": rng.choice(["Lima", "Arequipa", "Cusco", "Trujillo", "Cajamarca", "Cerro de Pasco", "Huancayo", "Quito",
                            "Guayaquil", "Cuenca", "La Paz", "El Alto", "Santa Cruz", "Cochabamba", "Oruro", "Potosí",
                            "Guatemala City", "Quetzaltenango", "San José", "Heredia", "Panama City", "Colón",
                            "Santo Domingo", "Santiago de los Caballeros"]),
        "country": rng.choice(["Peru", "Ecuador", "Bolivia", "Guatemala", "Costa Rica", "Panama", "the Dominican Republic"]),
        "cur": rng.choice(["S/", "US$", "Bs", "Q", "₡", "B/.", "RD$"]),
        "amt": f"{rng.randint(2, 980)}{rng.choice(['', '.90', '.50', ',000', ' million'])}",
        "pct": str(rng.randint(3, 87)),
        "yr": str(rng.randint(2017, 2025)),
        "mon": rng.choice(["January", "March", "April", "May", "June", "July", "August", "October", "November", "December"]),
        "fest": rng.choice(["Fiestas Patrias", "Día de la Madre", "Inti Raymi", "Carnaval", "Semana Santa", "Black Friday",
                            "CyberWow", "the campaña escolar", "Navidad", "Día del Padre", "Gran Poder", "Carnaval de Oruro"]),
        "chan": rng.choice(["WhatsApp Business", "TikTok", "Instagram", "Facebook", "the app", "SMS", "email",
                            "the bodega channel", "Yape", "YouTube", "LinkedIn", "the call centre"]),
        "bank": rng.choice(["BCP", "Interbank", "BBVA Perú", "Scotiabank Perú", "Banco Pichincha", "Produbanco", "BancoSol",
                            "Banco Unión", "Banrural", "Banco Industrial", "BAC Credomatic", "Banco General", "Banco Popular",
                            "Banreservas", "Mibanco", "Caja Arequipa"]),
        "tel": rng.choice(["Claro", "Movistar", "Entel", "Bitel", "Tigo", "CNT", "Kölbi", "Altice", "Viva"]),
        "store": rng.choice(["Plaza Vea", "Tottus", "Mass", "Supermaxi", "Hipermaxi", "Ketal", "La Torre", "Paiz",
                             "Automercado", "Súper 99", "Jumbo", "Sirena", "Inkafarma", "Fybeca"]),
        "camp": rng.choice(["CyberWow", "Cyber Days", "Black Friday", "la campaña escolar", "Día de la Madre",
                            "Fiestas Patrias", "the Navidad campaign", "Cyber Monday", "Hot Sale"]),
        "paper": rng.choice(["El Comercio", "Gestión", "El Universo", "Primicias", "Prensa Libre", "La Nación",
                             "Diario Libre", "Página Siete", "La Prensa"]),
        "mine": rng.choice(["Antamina", "Las Bambas", "Cerro Verde", "Yanacocha", "Toquepala", "San Cristóbal",
                            "Fruta del Norte", "Mirador", "Cobre Panamá", "Pueblo Viejo"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} argues that {C}, which is exactly what {B} saw in {city}.",
    "{N} showed that {C}.",
    "{N} reports that {C}, particularly among {A}.",
    "{N} observed that, in {country}, {C}.",
    "{N} suggests that {C}; the same pattern appears in {B}'s {fest} results.",
    "{N} makes the point that {C}.",
    "{N} noted that {C}, although the sample was limited to {city}.",
    "{N} concluded that {C}.",
    "{N} explains that {C}, and this is relevant for {B}.",
    "{N} warns that {C}.",
    "{N} identified that {C} in the Andean market.",
    "{N} claims that {C}, but the evidence from smaller towns is weaker.",
    "{N} demonstrated that {C} during {fest}.",
    "{N} highlights that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In {B}'s case, as {N} notes, {C}.",
    "According to {N}, {C}.",
    "As {N} points out, {C}.",
    "For {A} in {city}, {N} found that {C}.",
    "This is consistent with {N}, who found that {C}.",
    "Similarly, {N} found that {C}.",
    "In the banking sector, {N} established that {C}.",
    "However, {N} disagrees, arguing that {C}.",
    "Applied to {B}, the model of {N} suggests that {C}.",
    "On the other hand, {N} reported that {C}.",
    "In line with {N}, {C}.",
    "For a cooperative like ours, the work of {N} matters because {C}.",
    "Following {N}, this report assumes that {C}.",
    "Here the findings of {N} are useful: {C}.",
    "In a study of {store} shoppers, {N} showed that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {city} shoppers found that {C}.",
    "{N} framework helps explain why {C}.",
    "{N} survey suggests that {C}.",
    "According to {N} analysis, {C}.",
    "{N} findings indicate that {C}.",
    "Using {N} model, it is clear that {C}.",
    "{N} research on {country} confirms that {C}.",
    "{N} argument is that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "In {country}, {C} {P}.",
    "{C}, especially for {A} {P}.",
    "It has been argued that {C} {P}.",
    "Evidence shows that {C} {P:see}.",
    "{C} in secondary cities such as {city} {P}.",
    "{O}, it is widely accepted that {C} {P:e.g.}.",
    "For {B}, {C} {P}.",
    "Several authors agree that {C} {P}.",
    "{C}, a pattern also seen during {fest} {P}.",
    "Research in Latin America suggests {C} {P}.",
    "This matters because {C} {P}.",
    "In the mining towns, {C} {P:see}.",
    "{O}, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, which means {B} should act before {camp}.",
    "{C} {P}; therefore, {B} needs a clearer plan.",
    "While {C} {P}, the data for {city} are thinner.",
    "{C} {P}, and this is why {B} invested in {chan}.",
    "Since {C} {P}, the recommendation is to start small.",
    "{O}, {C} {P}, so the budget should follow.",
    "Because {C} {P:see}, the team changed its targeting.",
    "{C} {P}, although this may differ in {country}.",
    "Given that {C} {P}, {B} cannot rely on price alone.",
    "{C} {P:e.g.}, yet few firms in {city} measure it.",
]  # fmt: skip
CLAIMS = [
    "trust in the brand drives repeat purchase more than price",
    "{A} respond better to offers sent through {chan}",
    "loyalty programmes only work when the reward is immediate",
    "digital wallets have changed how low-income customers pay",
    "microcredit clients value the relationship with their adviser above the interest rate",
    "supermarket private labels gain share when household budgets are tight",
    "shoppers in mining towns spend more when wages are paid",
    "specialty coffee buyers are willing to pay a premium for traceability",
    "festive campaigns account for a large share of annual sales",
    "customer service failures are shared quickly on social media",
    "{T} increases {R} when it is relevant to the customer",
    "tourists choose destinations based on what they see on Instagram",
    "bank customers outside the capital still prefer agents to apps",
    "price promotions can damage brand equity over time",
    "consumers in the region are increasingly concerned about data privacy",
    "word of mouth remains the main source of information for small businesses",
    "prepaid mobile customers switch operators for small differences in data allowance",
    "cooperatives enjoy higher trust than commercial banks in rural areas",
    "brand heritage is a strong asset for beer brands in the Andes",
    "local sourcing claims improve the image of food brands",
    "the informal market limits the reach of formal retail",
    "airline loyalty depends on the route network more than on the programme",
    "consumers associate cocoa from the region with quality",
    "family influence is strong in purchase decisions for {M}",
    "emotional advertising works better than rational messages for {A}",
    "customers expect a reply within minutes on {chan}",
    "personalised offers raise {R} for {B}",
    "community-based tourism creates value for both visitors and hosts",
]  # fmt: skip
OPENERS = ["In Peru", "In practice", "For {B}", "In the context of {city}", "Nevertheless", "More importantly",
           "At the same time", "From a CRM perspective", "In the Andean context", "For the {camp} period",
           "In Central America", "Moreover"]  # fmt: skip
PLAIN = [
    "This section analyses the current situation of {B} in {city}.",
    "The following recommendations are based on the analysis above.",
    "{B} has been operating in {country} for many years and is well known among {A}.",
    "The marketing team is small, with only {q} people responsible for digital channels.",
    "The main objective is to increase {R} among {A} before {fest}.",
    "Budget is limited, so priorities must be set carefully.",
    "The company competes with both formal chains and the traditional channel.",
    "Customer data are currently held in separate systems that do not talk to each other.",
    "A pilot will be run in {city} first and then extended to other regions.",
    "The next part of the report evaluates the options available.",
    "The table below summarises the main strengths and weaknesses.",
    "Management has asked for a plan that can be measured every month.",
    "The brand is strong in the capital but weaker in the provinces.",
    "Store staff will need training before the launch.",
    "Results will be reviewed with the regional managers at the end of each quarter.",
]  # fmt: skip
QUOTE_FRAMES = [
    "As {N} put it, {Q}.",
    "{Q} {P}.",
    "One author describes the challenge clearly: {Q} {P}.",
    "{N} writes that {Q}.",
    "It has been said that {Q} {P}, and this applies to {B}.",
    "In the words of {N}, {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["“bancarización”", "‘cashback’", "“cliente de barrio”", "‘omnichannel’", "“caserito”", "‘tienda de barrio’",
                "“phygital”", "‘informalidad’", "“ticket promedio”", "‘chamba’", "\"cuponera\"", "‘yapear’",
                "“experiencia cliente”", "‘premiumisation’"]  # fmt: skip
SCARE_FRAMES = [
    "So-called {Q} is now common in {city} {P}.",
    "The idea of {Q} is discussed by {N}.",
    "What locals call {Q} has become central to retail strategy {P}.",
    "{B} talks about {Q} in its presentations, a concept explained by {N}.",
    "The term {Q} is used loosely in the sector {P}.",
]  # fmt: skip
SUBJECT_LINES = ["“¡Tu sueldo llegó! Aprovecha 20% en {store}”", "‘Last chance: {fest} deals end tonight’",
                 "“Hola 👋 tu cupón de S/ 20 vence hoy”", "‘Your {bank} points are about to expire’",
                 "“Recarga S/ 10 y llévate 5 GB”", "‘Welcome to ConnectMiles – your first 1,000 miles’",
                 "“Mamá se lo merece: envío gratis”", "‘Tu pedido está en camino 🚚’", "\"Yapea y gana\"",
                 "“Doble puntos este fin de semana”"]  # fmt: skip
SUBJECT_FRAMES = [
    "A message such as {Q} is typical of the approach recommended by {N}.",
    "{B} sent {Q} to its base, following best practice {P}.",
    "Subject lines like {Q} create urgency {P}.",
    "The WhatsApp template {Q} was tested against a plain version, as {N} suggests.",
    "A push notification reading {Q} performed best, which supports the view of {N}.",
]  # fmt: skip

NOT_CITATIONS = {
    "law-number": [
        "All campaigns must comply with Ley N.º 29733 (Ley de Protección de Datos Personales) before any data are shared.",
        "In Costa Rica, Ley 8968 governs how customer databases are registered.",
        "Panama's Ley 81 de 2019 came into force in March 2021, so consent forms had to change.",
    ],
    "regulation-number": [
        "The consent form follows D.S. N.º 003-2013-JUS, the regulation of the data protection law.",
        "Promotional SMS must respect the opt-out rules in D.S. N.º 016-2024-JUS and the operator's own policy.",
    ],
    "consumer-code": [
        "Article 58 of the Código de Protección y Defensa del Consumidor (Ley N.º 29571) bans aggressive sales methods.",
        "Under the consumer code (Ley N.º 29571, Art. 14), prices must be shown including IGV.",
    ],
    "regulator-resolution": [
        "INDECOPI fined a retailer in Resolución N.º 0258-2023/SPC-INDECOPI for misleading cyber-day discounts.",
        "The SIC's Resolución 4521 of {yr} is often mentioned by agencies in the sector.",
        "After Resolución Final N.º 145-{yr}/CC1, the brand withdrew the claim.",
    ],
    "ecuador-law": [
        "The Ley Orgánica de Protección de Datos Personales (LOPDP) of May 2021 applies to every Ecuadorian database.",
        "Since the LOPDP reglamento was issued in November 2023, Ecuadorian banks ask for explicit consent.",
    ],
    "currency-figure": [
        "A basic basket costs around {cur} {amt} per week in {city}.",
        "The average ticket rose from S/ 38.50 to S/ 44.90 between {Y} and {Y2}.",
        "Airtime top-ups start at Bs 10 (about US$ 1.45).",
        "A bag of export-grade coffee sells for Q {amt} at the cooperative gate.",
    ],
    "exchange-rate": [
        "All figures are converted at US$ 1 = S/ 3.75 (December {yr}).",
        "Colón amounts are shown in dollars at ₡ 510 per US$ (BCCR reference rate).",
        "Panama uses the balboa (B/.) at par with the US dollar.",
    ],
    "company-suffix": [
        "The distributor, Comercializadora Andina S.A.C., handles the whole southern region.",
        "Our roaster is registered as Café del Valle E.I.R.L. and exports through a cooperative.",
        "In Guatemala the franchise belongs to Inversiones Chapinas, S. de R.L.",
        "Alicorp S.A.A. and Backus y Johnston S.A.A. dominate the modern channel.",
    ],
    "stock-ticker": [
        "Credicorp trades in New York (NYSE: BAP) and Lima (BVL: BAP).",
        "Copa Holdings (NYSE: CPA) reports in US dollars.",
        "Alicorp's shares (BVL: ALICORC1) fell after the results.",
    ],
    "campaign-year": [
        "{camp} {yr} generated the highest online traffic of the year for {B}.",
        "The CyberWow {yr} edition ran for four days in {mon}.",
        "For Campaña Escolar {Y2}, the chain opened pop-up stores near schools.",
    ],
    "festival-date": [
        "Fiestas Patrias (28–29 July) is the peak for beer and chicken sales.",
        "Inti Raymi (24 June) brings thousands of visitors to Cusco.",
        "In Peru, Día de la Madre falls on the second Sunday of May; in Bolivia it is 27 May.",
        "Semana Santa (late March or April) changes shopping patterns in Guatemala and Ecuador.",
    ],
    "spanish-gloss": [
        "Most sales still happen in the bodegas (corner shops) and mercados (markets).",
        "The caserito (regular customer) relationship is hard to replicate online.",
        "Many families rely on the gratificación (the July and December bonus) for big purchases.",
    ],
    "indigenous-gloss": [
        "The campaign used the Quechua idea of ayni (reciprocity) in its messaging.",
        "In El Alto, the Alasita fair (miniatures for good luck) is held every January.",
        "The tagline borrowed the K'iche' greeting Saqarik (good morning).",
    ],
    "store-count": [
        "{store} closed the year with {n} stores (including {q} in mining towns).",
        "The chain operates 148 pharmacies (Inkafarma and Mifarma combined in the south).",
        "In {yr}, the network reached {n} agents (agentes) across {country}.",
    ],
    "socioeconomic-level": [
        "The target is NSE C and D (middle and lower-middle income households).",
        "About {pct}% of Lima households are NSE C, the largest segment.",
    ],
    "quarter-results": [
        "In Q{q} {yr}, net sales grew {pct}% year on year.",
        "The 3Q{yr} results were presented in the earnings call in {mon}.",
        "FY{yr} EBITDA margins were under pressure from the strong dollar.",
    ],
    "census-survey": [
        "According to the Censos Nacionales 2017 figures, El Alto is larger than La Paz.",
        "The ENAHO {yr} microdata show how informal most jobs still are.",
        "The 2022 Censo de Población y Vivienda in Ecuador was delayed by a year.",
    ],
    "tax-rate": [
        "Prices include IGV (18%) and, for alcohol, ISC.",
        "Ecuador raised IVA to 15% in April 2024.",
        "In the Dominican Republic, ITBIS (18%) is charged on most goods.",
    ],
    "interest-rate": [
        "The card carries a TCEA of {pct}.5% (costo efectivo anual).",
        "Deposit accounts pay a TEA of up to {q}.5% for balances above S/ 5,000.",
    ],
    "minimum-wage": [
        "The RMV (remuneración mínima vital) rose to S/ 1,130 in May 2024.",
        "Bolivia's salario mínimo nacional is set every May Day.",
    ],
    "flight-number": [
        "Copa's CM 471 (PTY–LIM) is the most popular connection for business travellers.",
        "Flight LA 2023 from Lima to Cusco leaves at 05:40.",
        "Passengers on the JetSMART route (AQP–CUZ) received a discount code.",
    ],
    "loyalty-tier": [
        "ConnectMiles members move from Silver to Gold after 25,000 qualifying miles.",
        "The Interbank Benefit programme (Millas Benefit) has three tiers.",
        "Platinum (Platino) customers receive free delivery all year.",
    ],
    "hashtag": [
        "The hashtag #CyberWow{yr} trended for two days.",
        "Posts tagged #CaféDePeru and #HechoEnBolivia got the best engagement.",
    ],
    "handle": [
        "Complaints arrive mainly through @{tel}Oficial and the brand's WhatsApp line.",
        "The brand's TikTok account (@pollitoscrocantes) reached {n}k followers.",
    ],
    "promo-code": [
        "Customers used the code MAMA{yr} at checkout for free delivery.",
        "The code YAPE20 (20% off, minimum S/ 50) was limited to the app.",
    ],
    "phone-code": [
        "Balance checks are done by dialling *515# (USSD).",
        "Customers can top up by sending RECARGA to 515 or calling *123#.",
        "The WhatsApp line is +51 999 000 {n}.",
    ],
    "tax-id": [
        "The invoice must show the company's RUC (20100055237) and address.",
        "Suppliers need a valid NIT and RTU before they can sell to the chain.",
    ],
    "address": [
        "The flagship store is on Av. Javier Prado Este 4200 (Surco).",
        "The new branch opened at Calle Comercio 1002 (Edificio Torre Azul, piso 3).",
    ],
    "coffee-grade": [
        "Only SHB (Strictly Hard Bean) and SHG lots go to the speciality line.",
        "The lot scored 87.5 (SCA protocol) and was sold at auction.",
        "Beans from Huehuetenango (1,600–2,000 masl) carry the premium label.",
    ],
    "certification": [
        "All farms hold Rainforest Alliance (2020 Standard) and Fairtrade certification.",
        "The plant is ISO 9001:2015 and BASC certified.",
        "The hotel earned its CST (Certificación para la Sostenibilidad Turística) level 5.",
    ],
    "crop-variety": [
        "Cacao Nacional (Arriba) is positioned above CCN-51 in export markets.",
        "Cavendish (Grand Naine) bananas make up almost all exports.",
        "Growers fear TR4 (Tropical Race 4) more than price falls.",
    ],
    "award": [
        "The campaign won an Effie Gold (Effie Awards Perú {yr}) in the financial services category.",
        "The ad took a bronze Lion at Cannes in {yr}.",
        "The hotel was named in the Travellers' Choice {yr} list.",
    ],
    "ranking": [
        "{B} rose to 12th place in the Merco Empresas {yr} ranking.",
        "The bank appears in the Top 10 of Great Place to Work Perú {yr}.",
    ],
    "weather-event": [
        "El Niño Costero (2017) destroyed roads and cut supply to the north for weeks.",
        "The 2023 El Niño alert (ENFEN) led to early stock-building of bottled water.",
        "Hurricane Fiona (September 2022) closed hotels in Punta Cana.",
    ],
    "historical-event": [
        "Sales in Quito dropped during the national strike (October 2019).",
        "The Panama Canal expansion (completed in 2016) changed logistics for exporters.",
        "Road blockades in the south (December 2022 to March 2023) hit tourism in Cusco and Puno.",
    ],
    "mining-context": [
        "{mine} employs thousands of contractors who shop in the nearest town on payday (día de pago).",
        "Royalties (regalías) and canon minero transfers fund most local projects.",
        "Cerro de Pasco (4,380 m) is one of the highest cities in the world.",
    ],
    "telecom-tech": [
        "{tel} launched 5G (3.5 GHz band) in Lima and Arequipa first.",
        "Coverage is still 4G LTE (Band 28) in most rural districts.",
        "The Plan Max 69.90 includes unlimited WhatsApp and 40 GB.",
    ],
    "aircraft-vehicle": [
        "The airline is replacing its fleet with the Boeing 737 MAX 9.",
        "Deliveries use motorbikes (Honda CGL 125) in the hills of Santo Domingo.",
    ],
    "transport-line": [
        "The new store is next to Línea 1 (Metro de Lima), station La Cultura.",
        "The Metro de Quito (opened December 2023) changed footfall in the centre.",
        "Mi Teleférico's Red Line (Línea Roja) connects El Alto with La Paz.",
    ],
    "airport-code": [
        "Most visitors arrive through PUJ (Punta Cana) or SDQ (Las Américas).",
        "The route LIM–CUZ–JUL is the best seller in the high season.",
    ],
    "age-bracket": [
        "The core target is young adults (18–24) who already use {chan}.",
        "Gen Z (born 1997–2012) make up {pct}% of app users.",
    ],
    "time-range": [
        "Sales were flat during the pandemic years ({Y}–{Y2}).",
        "Between 2020 and 2022 (the lockdown period), delivery apps tripled their base.",
    ],
    "cross-reference": [
        "The full survey results are in Appendix {q} (see Table {q}.2).",
        "As shown in Figure {q} above, the funnel leaks at the payment stage.",
        "The interview guide is attached (Appendix B, question 7).",
    ],
    "word-count": [
        "(Word count: 2,980, excluding tables and appendices.)",
        "Task 1 (1,500 words) and Task 2 (1,000 words) are presented below.",
    ],
    "survey-respondent": [
        "One store manager (Participant 4, female, 38, Arequipa) said that payday Saturdays are chaos.",
        "Respondent 12 (cooperative member, Cuenca) prefers to visit the branch.",
    ],
    "slogan": [
        "The new slogan, “Contigo, siempre”, replaced the old one in {mon}.",
        "The beer brand kept its famous line ‘Orgullo nacional’ for the Copa América spots.",
        "The tourism board's message “Perú, tiempo de vivirlo” is used in all markets.",
    ],
    "spanish-quote-gloss": [
        "The store greets customers with “¡Bienvenido, casero!” (‘Welcome, regular customer!’).",
        "The app's button reads “Yapear” (to pay with Yape).",
    ],
    "tv-programme": [
        "The brand sponsored “Esto es Guerra” (América TV) for three seasons.",
        "Spots ran during the Copa Libertadores {yr} final and the news at 10 p.m.",
    ],
    "sports-event": [
        "Sales of beer peak during Copa América {Y2} matches.",
        "The Lima 2019 Pan American Games left new sports facilities in the city.",
        "The World Cup 2026 qualifiers (Eliminatorias) attract the largest audiences.",
    ],
    "catalogue-campaign": [
        "Direct-selling brands plan by catalogue: Campaña {q} ({yr}) ran for three weeks.",
        "The C-{n} brochure (Yanbal) featured the new fragrance.",
    ],
    "software-version": [
        "The CRM runs on Salesforce (Spring '24 release) and SAP S/4HANA.",
        "Yape 3.0 added payments to businesses without a POS.",
    ],
    "newspaper-section": [
        "The story made the front page of {paper} on a Sunday.",
        "A full-page ad ran in {paper}'s business section (Economía) in {mon}.",
    ],
    "product-size": [
        "The 1 L returnable bottle (retornable) sells at S/ 4.50.",
        "The 620 ml bottle is the most common format in the Andes.",
        "The 250 g pack (bolsa económica) targets the bodega channel.",
    ],
    "opening-hours": [
        "The branch in {city} opens from 9 a.m. to 6 p.m. (Monday to Saturday).",
        "Delivery runs from 8:00 to 22:00 (including holidays).",
    ],
    "market-share-note": [
        "{B} holds about {pct}% of the market (value, {yr}).",
        "The top three operators share {pct}% of mobile lines (Q{q} {yr}).",
    ],
    "acronym-expansion": [
        "MYPEs (micro and small enterprises) make up most of the bank's clients.",
        "The SBS (bank regulator) supervises cajas municipales as well as banks.",
        "Many coffee growers belong to an APPC (productores' association).",
    ],
}  # fmt: skip
