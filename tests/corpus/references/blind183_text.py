"""The blind183 pool (HELD OUT): prose as marketers in Puerto Rico, the Dominican Republic, Cuba and their diaspora
write CIM Level 6 and 7 reports and MBA assignments in English.

Written without reading the checker, its tests or any other pool. Candidates in San Juan, Bayamón, Ponce,
Mayagüez, Caguas and Carolina, in Santo Domingo, Santiago de los Caballeros, Punta Cana, La Romana and Puerto
Plata, in Havana and Santiago de Cuba, and in Miami, Hialeah, Orlando, the Bronx, Washington Heights, Newark,
Boston and Madrid write about banks and fintechs, telecoms, supermarkets, rum, beer, coffee and malt makers,
tourism and airlines, the press and agencies. Their English carries Spanish words, glosses in brackets, prices in
$, US$, USD, RD$, DOP and CUP, laws numbered as the islands number them ("Ley Núm. 81 de 2019", "Ley 172-13"),
their regulators (DACO, Pro Consumidor, INDOTEL, the ONE and the ONEI), festivals and hurricanes as dates,
universities, media, area codes, tickers, awards, songs and albums with their years, people with nicknames in
quotation marks, none of which is a citation. HELD OUT: nobody tunes the checker on it until its first tables
have been read; its misses are not to be read.

Placeholders: {N} a narrative citation, {P} a parenthetical one, {Q} a quotation, {C} and {C2} claims, {O} an
opener, {B} a brand; the fill values of the builder ({A}, {R}, {T}, {Y}, {Y2}, {n}, {q}, {d}, {M}) and those of
values() below.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Banco Popular", "Popular", "FirstBank", "Oriental", "Banreservas", "Banco Popular Dominicano", "Banco BHD",
          "Scotiabank RD", "ATH Móvil", "tPago", "Claro", "Liberty", "Altice Dominicana", "ETECSA", "Pueblo", "Econo",
          "Supermercados Nacional", "La Sirena", "Goya", "Presidente", "Brugal", "Barceló", "Bacardí", "Don Q",
          "Medalla Light", "Café Yaucono", "Café Santo Domingo", "Induveca", "Kola Real", "Malta India",
          "Discover Puerto Rico", "Grupo Puntacana", "JetBlue", "Arajet", "El Nuevo Día", "Listín Diario",
          "Diario Libre", "Telemundo PR", "WAPA", "Univision"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """This pool's own fill values, drawn from the builder's random source after the common ones."""
    return {
        "Y3": str(rng.randint(2018, 2025)), "pc": str(rng.randint(4, 86)),
        "mo": rng.choice(["January", "February", "March", "June", "July", "September", "November", "December"]),
        "mes": rng.choice(["enero", "febrero", "marzo", "junio", "julio", "septiembre", "noviembre", "diciembre"]),
        "usd": rng.choice(["$4.2 million", "US$350,000", "USD 1.2bn", "$850k", "US$ 2.7 million", "USD 640,000"]),
        "rd": rng.choice(["RD$2,500", "DOP 18,000", "RD$ 1.5 millones", "RD$350", "DOP 4.8bn", "RD$12,000"]),
        "cup": rng.choice(["CUP 120", "CUP 3,500", "120 CUP", "CUP 2,100 a month"]),
        "city": rng.choice(["San Juan", "Bayamón", "Ponce", "Mayagüez", "Caguas", "Carolina", "Santo Domingo",
                            "Santiago de los Caballeros", "Punta Cana", "La Romana", "Puerto Plata", "Havana",
                            "Santiago de Cuba", "Miami", "Hialeah", "Orlando", "the Bronx", "Washington Heights",
                            "Newark", "Boston", "Madrid"]),
        "fest": rng.choice(["Las Fiestas de la Calle San Sebastián", "Carnaval Dominicano", "the Merengue Festival",
                            "Noche de San Juan", "the Puerto Rican Day Parade", "Semana Santa", "Three Kings' Day"]),
        "per": rng.choice(['Juan "Papo" Marte', 'Rafael "Rafa" Santos Jr.', "Lcda. Carmen Díaz Negrón",
                           "Ing. Ramón Almonte", 'María "Mari" Colón-Vega', "Don Luis Irizarry III",
                           "Dra. Yesenia Peña Mejía", 'José "Cheo" Feliciano Cruz']),
        "h": rng.choice(["@PopularPR", "@mercadeo_boricua", "@ColmadoDigitalRD", "@DiasporaEats", "@ClaroPR_Ayuda"]),
        "dom": rng.choice(["tiendaboricua.com", "colmadodigital.com.do", "sabordeaqui.pr", "diasporaeats.com"]),
        "area": rng.choice(["(787)", "(939)", "(809)", "(829)", "(849)", "(305)", "(718)", "(407)"]),
        "zip": rng.choice(["San Juan, PR 00918", "Bayamón, PR 00961", "Hialeah, FL 33012", "Orlando, FL 32822",
                           "New York, NY 10033", "Bronx, NY 10453", "Newark, NJ 07105", "Ponce, PR 00716"]),
        "uni": rng.choice(["the UPR (Río Piedras)", "the UPR (Mayagüez)", "the Universidad Interamericana",
                           "the Universidad del Sagrado Corazón", "PUCMM", "INTEC", "UNIBE", "UASD",
                           "the Universidad de La Habana"]),
        "gloss": rng.choice(["colmado (corner shop)", "guagua (bus)", "chinchorro (roadside bar)",
                             "jangueo (going out)", "pasola (scooter)", "chinchín (a little)", "bodega (corner shop)",
                             "coquito (coconut eggnog)", "lechonera (roast-pork stall)"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argues that {C}.", "{N} found that {C}, although the sample came only from {city}.",
    "{N} concluded that {C}; this is very relevant for {B}.", "{N} showed that {C}, particularly among {A}.",
    "{N} explains that {C}, which helps to understand the market in {city}.",
    "{N} pointed out that {C} after Hurricane María.", "{N} suggest that {C}.",
    "{N} reported that {C} in both Puerto Rico and the Dominican Republic.", "{N} states that {C}.",
    "{N} observed that {C}, a pattern also seen in the diaspora.",
    "{N} were among the first to show that {C}.", "{N} claims that {C}, but offers little data from the islands.",
    "{N} identified that {C} and that {C2}.", "{N} maintain that {C}.",
    "{N} recommends that brands like {B} check whether {C}.",
    "{N} notes that, since {Y}, {C}.", "{N} describe how {C}.",
    "{N} warned that {C} if the message is not adapted to Spanglish audiences.",
    "{N} goes further, arguing that {C}.", "{N} highlighted that {C} for families with relatives in {city}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In their study of Dominican consumers, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is in line with {N}, who found that {C}.", "{C}, which supports the findings of {N}.",
    "{C} – a point also made by {N}.", "As highlighted by {N}, {C}.",
    "{B} is a good example: {N} showed that {C}.", "Research by {N} suggests that {C}.",
    "According to {N}, {C}.", "A survey carried out in {city} by {N} found that {C}.",
    "{C}, as {N} noted when reviewing {T}.", "Following {N}, it could be argued that {C}.",
    "{C}; however, {N} found the opposite among {A}.", "Evidence from {N} suggests that, for {A}, {C}.",
    "Data published by {N} show that {C}.", "As {N} put it, {C}.",
    "For a brand such as {B}, the lesson from {N} is that {C}.",
    "Unlike {B}, which relies on {T}, the firms studied by {N} found that {C}.",
    "{C}, according to {N}.", "Writing about the diaspora in {city}, {N} argued that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Using {N} framework, it is clear that {C}.",
    "{O}, {N} report concluded that {C}.", "{B} could apply {N} model, since {C}.",
    "According to {N} survey, {C}.", "{N} findings are useful here because {C}.",
    "This reflects {N} argument that {C}.", "{N} analysis of the Puerto Rican market shows that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "For {A}, {C} {P}.", "This matters because {C} {P}.", "{C}, especially in {city} {P}.",
    "It is often said that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.",
    "{C} (as shown in Figure {q}) {P}.", "In short, {C} {P}.", "{C}, which is why {B} invests in {T} {P}.",
    "Since Hurricane Fiona, {C} {P}.", "Remittances matter here: {C} {P}.", "{C} {P:see also}.",
    "{C}, as several Caribbean studies show {P:for example,}.", "A key point for {B} is that {C} {P}.",
    "{C}. {P}", "The main benefits are reach, trust and lower cost {P}.",
    "On both islands, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{B} has found that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "Some authors {P:e.g.} argue that {C}.", "{C} {P}: this means that {C2}.", "Studies {P} agree that {C}.",
    "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} in Puerto Rico trust local brands more than mainland ones",
    "mobile payments such as ATH Móvil have replaced cash for many small purchases",
    "remittances from the diaspora shape spending in the Dominican Republic",
    "{B} gained trust by staying open and helping customers after the hurricane",
    "Spanglish advertising feels authentic to {A} in {city}",
    "loyalty programmes in supermarkets raise {R} among {A}",
    "nostalgia for island brands drives sales of Goya and Malta India in the diaspora",
    "{T} works better when it uses local music and humour",
    "price is still the main reason {A} switch telecom providers",
    "tourists from the US book more when airlines add direct routes",
    "{A} expect brands to speak Spanish and English on social media",
    "WhatsApp is the main channel between colmados and their customers",
    "cooperativas are trusted more than commercial banks in rural areas",
    "festival sponsorship improves {R} for beer and rum brands",
    "internet access in Cuba limits what digital marketing can do",
    "{T} improved {R} by about {pc}% in one trial",
    "influencers from the diaspora reach {A} on both sides of the water",
    "brands that ignore {T} risk losing {A} to cheaper rivals",
    "the cost of living has made {A} more price-sensitive",
    "bilingual customer service is now expected by {A} in {city}",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In Puerto Rico", "For {B}'s marketing team",
    "Since Hurricane María", "In the Dominican market", "From a customer perspective", "Nevertheless",
    "Consequently", "Within the diaspora", "As a result", "Looking at {B}'s competitors", "Overall",
    "In terms of digital channels", "In {city}",
]  # fmt: skip
PLAIN = [
    "{B} was founded on the island and now sells in {q}0 countries.",
    "This section analyses {B}'s digital channels and makes recommendations for the next year.",
    "The table below summarises the key performance indicators for each channel.",
    "{B}'s Instagram account has over {n}k followers, but engagement is low.",
    "The recommendations are costed in dollars and phased over twelve months.", "{O}, {C}.",
    "Customers can pay in cash, by card or with ATH Móvil.",
    "A PESTLE analysis of the Dominican market is included in the appendix.",
    "Most of the budget goes on Meta, Google Ads and radio.",
    "The main competitors are {B} and two smaller local brands.",
    "Task 2 builds on this by proposing a content plan for the diaspora market.",
    "{B} has a strong presence in {city}, where most of its customers live.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one marketing text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{B} appears to accept that {Q} {P}.", "{N} put it directly: {Q}.",
    "One study of the islands concluded that {Q} {P}.", "Marketers are reminded that {Q} {P}.",
    "In the words of {N}, {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["‘boricua pride’", "‘hecho en Puerto Rico’", "'lo nuestro'", "‘Dominican-York’", "‘Nuyorican’",
                "“el jangueo”", "‘Spanglish’", "‘la diáspora’", "'brand love'", "‘orgullo dominicano’", "“resiliencia”",
                "‘all-inclusive’", "‘quiet luxury’", "‘shrinkflation’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} has built its campaigns around {Q} {P}.", "Many young people in {city} are tired of {Q} marketing {P}.",
    "So-called {Q} is a growing theme in the region's advertising {P}.",
    "This trend, often called {Q}, affects {A} most {P}.", "The term {Q} is used loosely by agencies {P}.",
    "Critics describe this as {Q}, and {B} is not immune {P}.", "Brands now talk about {Q} as a value {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘¡Wepa! 20% off this weekend’", "‘Your remesa has arrived 💸’", "“Día de Reyes: gifts for everyone”",
                 "‘Pa’ la playa: free delivery today’", "‘Black Friday en {city}: up to 50% off’",
                 "‘Hola, we miss you – here’s RD$500 off’", "“Your ATH Móvil payment was received”",
                 "‘Last chance for {M} deals’", "'Llegó la Navidad: shop now'", "‘Free data for the Carnaval weekend’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} can lift open rates {P}.", "{B} used {Q} in its abandoned-basket email {P}.",
    "Short, bilingual copy ({Q}, for example) works well with {A} {P}.",
    "Messages like {Q} create urgency {P}.", "The email {Q} was opened by more {A} than any other {P}.",
    "Testing {Q} against a plainer Spanish version showed a clear winner {P}.",
]  # fmt: skip

# Text with brackets, years, numbers or quotation marks that is no citation: a tutor would expect no entry for it.
NOT_CITATIONS = {
    "pr-law-number": [
        "Tax incentives for investors are set out in the Incentives Code (Ley Núm. 60 de 2019).",
        "{B} must follow Ley Núm. 81 de 2019 when it advertises in Puerto Rico.",
        "DACO was created by law (Ley Núm. 5 de 23 de abril de 1973) to protect consumers.",
    ],
    "dr-law-dash-year": [
        "Consent for data use is required under Ley 172-13 sobre Protección de Datos de Carácter Personal.",
        "Under Ley 358-05 General de Protección de los Derechos del Consumidor, prices must include ITBIS.",
        "Digital signatures are valid in the Dominican Republic (Ley 126-02).",
    ],
    "us-federal-law": [
        "Because the app targets teenagers, the Children's Online Privacy Protection Act of 1998 applies in Puerto Rico too.",
        "Marketing emails to US customers must follow the CAN-SPAM Act (2003).",
        "The TCPA (47 U.S.C. § 227) restricts text-message campaigns sent from San Juan.",
    ],
    "commercial-code": [
        "The Código de Comercio (1932) still governs contracts between distributors.",
        "Under the Código de Comercio, {B} must keep its books in Spanish.",
    ],
    "cuban-decree": [
        "Private businesses (mipymes) were allowed in Cuba from 2021 (Decreto-Ley 46/2021).",
        "Online advertising in Cuba is shaped by Decreto-Ley 370 (2018) on the digitisation of society.",
    ],
    "regulator-founded": [
        "Complaints are handled by Pro Consumidor (created in 2006) in the Dominican Republic.",
        "The telecoms regulator (INDOTEL, since 1998) approved the new tariffs.",
        "In Puerto Rico, DACO (founded 1973) inspects supermarket prices.",
    ],
    "hurricane-date": [
        "Sales collapsed after Hurricane María (20 September 2017) and took two years to recover.",
        "Many stores closed again during Hurricane Fiona (18 September 2022).",
        "The power cuts after María (2017) pushed {B} to rethink its supply chain.",
    ],
    "festival-date": [
        "{B} sponsors Las Fiestas de la Calle San Sebastián (January {Y3}) every year.",
        "Sales of Presidente peak during Carnaval Dominicano (February).",
        "The Merengue Festival (Malecón, July {Y3}) attracts thousands of visitors.",
    ],
    "national-day": [
        "The campaign launched on the Día de la Independencia (27 February) in Santo Domingo.",
        "Toy sales are highest before Three Kings' Day (6 January), not Christmas.",
        "Many families in Puerto Rico celebrate Noche de San Juan (23 June) on the beach.",
    ],
    "parade-event": [
        "{B} had a float at the Puerto Rican Day Parade (Fifth Avenue, June {Y3}).",
        "The Dominican Day Parade (Sixth Avenue, August) is a key moment for diaspora brands.",
    ],
    "season-sale": [
        "The supermarket's Black Friday (29 November {Y3}) sales beat its Christmas week.",
        "Fish and bacalao sell best during Semana Santa ({Y3}).",
        "Back-to-school (agosto {Y3}) is the second biggest season for La Sirena.",
    ],
    "peso-amount": [
        "A basic mobile plan costs {rd} a month (about {usd}).",
        "The average remittance was US$220 (RD$12,980 at the time).",
        "Prices in the colmado rose to {rd} ({mes} {Y3}).",
    ],
    "dollar-amount": [
        "{B} spent {usd} on advertising ({Y3} budget).", "The campaign cost $85,000 (USD) over {q} months.",
        "Revenue reached US$2.7 billion (FY{Y3}).",
    ],
    "cuban-currency": [
        "A state salary in Havana is around {cup} (roughly US$20 at the informal rate).",
        "Stores selling in MLC (moneda libremente convertible) expanded in {Y3}.",
    ],
    "exchange-rate": [
        "Prices were converted at the official rate (RD$58.9 = US$1, {mo} {Y3}).",
        "The budget assumes a stable peso (DOP 60 to the dollar, 2024 average).",
    ],
    "area-code": [
        "Customers can call the helpline {area} 555-0148 seven days a week.",
        "The SMS campaign targeted numbers beginning (809), (829) and (849).",
        "{B}'s call centre serves the (787) and (939) area codes.",
    ],
    "zip-code": [
        "The new store opened at 1500 Ave. Ponce de León ({zip}).",
        "Deliveries are free within ZIP codes 00901 to 00926 (metro San Juan).",
    ],
    "nickname-person": [
        "The campaign starred local comedian {per}, who is well known on WAPA.",
        'Founder Juan "Papo" Marte opened the first store in {city} in {Y}.',
        "{per} (the brand's ambassador since {Y3}) posts twice a week.",
    ],
    "founder-dates": [
        "Bacardí was founded in Santiago de Cuba by Facundo Bacardí Massó (1814–1886).",
        "Brugal dates back to Andrés Brugal Montaner (Puerto Plata, 1888).",
        "Goya was started in New York by Prudencio Unanue (1936).",
    ],
    "album-song-year": [
        "Bad Bunny's album Un Verano Sin Ti (2022) boosted searches for Puerto Rico.",
        "‘Despacito’ (2017) is still used in tourism adverts.",
        "The jingle borrows from a classic merengue (‘El Negrito del Batey’, 1950s).",
    ],
    "artist-real-name": [
        "Bad Bunny (Benito Antonio Martínez Ocasio) appeared in the airline's campaign.",
        "Daddy Yankee (Ramón Ayala) announced his retirement tour in {Y3}.",
    ],
    "thesis-mention": [
        "The marketing manager wrote her MBA thesis at {uni} in {Y}.",
        "Two of the team studied at INTEC (Santo Domingo, class of {Y3}).",
    ],
    "university-campus": [
        "Interviews were held at {uni} and at PUCMM (Santiago).",
        "Students at the UPR (Mayagüez campus) were the first to test the app.",
    ],
    "census-count": [
        "Puerto Rico's population fell to about 3.29 million (2020 census).",
        "More Puerto Ricans live on the mainland (about 5.8 million) than on the island.",
        "The Dominican census round (X Censo Nacional, 2022) counted 10.7 million people.",
    ],
    "product-size": [
        "Medalla Light is sold in 12 oz cans (355 ml, 4.2% ABV).",
        "Presidente's jumbo bottle (650 ml) is popular in colmados.",
        "{B} launched a smaller pack (8 units, {Y3}) for single households.",
    ],
    "promo-mechanic": [
        "The supermarket ran a 2x1 offer (two for RD$150) on Kola Real.",
        "Shoppers earned double points (x2, weekends only) with the loyalty card.",
    ],
    "award-year": [
        "The campaign won gold at the Effie Awards Puerto Rico ({Y3}).",
        "{B}'s television spot was nominated at the Premios Soberano ({Y3}).",
        "The agency took a bronze Lion at Cannes (Film, {Y3}).",
    ],
    "tagline-es": [
        "{B}'s new tagline, ‘Siempre contigo’, runs across every channel.",
        "The Spanish line ‘De aquí, para ti’ tested better than the English one.",
        "The campaign slogan was 'Pa'lante, {city}' after the storm.",
    ],
    "handle-hashtag": [
        "Customers complain to the brand on X ({h}) rather than by phone.",
        "The hashtag #PuertoRicoSeLevanta trended after the hurricane.",
        "Orders come through the website (www.{dom}) and WhatsApp.",
    ],
    "flight-route": [
        "JetBlue's SJU–JFK route (up to {q}0 flights a week) carries many diaspora travellers.",
        "Arajet opened its SDQ–MIA service (route launched {Y3}) with fares from US$99.",
    ],
    "airport-code": [
        "Most visitors arrive through Punta Cana (PUJ) rather than Santo Domingo (SDQ).",
        "Flights from Havana (HAV) to Miami (MIA) resumed under new rules.",
    ],
    "law-article": [
        "Article 12 of the consumer law requires prices to be shown in pesos.",
        "Section 6 of the DACO regulation (Regla 7) covers price advertising.",
    ],
    "spanish-gloss": [
        "Most snacks are bought in the {gloss}, not in supermarkets.",
        "Younger customers talk about the {gloss} more than about brands.",
    ],
    "bracket-translation": [
        "The packaging says ‘Hecho en Puerto Rico’ [Made in Puerto Rico] on the front.",
        "The radio spot ends with ‘¡Dale!’ [Go for it!] in a Dominican accent.",
        "Staff were trained to say ‘a la orden’ [at your service] to every customer.",
    ],
    "fiscal-year": [
        "The government's tourism budget grew again (año fiscal 2022-2023).",
        "{B}'s results improved sharply (FY{Y3}, ending 30 June).",
    ],
    "quarter-results": [
        "Deposits grew in the third quarter (Q3 {Y3}: {usd}).",
        "Card spending dipped after the holidays (Q1 {Y3}).",
    ],
    "legal-form": [
        "The brewer is registered as Cervecería Nacional Dominicana, S.A. (CND).",
        "{B} trades through a local company (Industrias del Caribe, C. por A.).",
        "The agency became an S.R.L. (sociedad de responsabilidad limitada) in {Y3}.",
    ],
    "cooperative-name": [
        "Rural members prefer their cooperativa (CooPACA, in Arecibo) for loans.",
        "The Liga de Cooperativas (the sector's federation) runs a campaign every October (Mes del Cooperativismo).",
    ],
    "tv-channel": [
        "The spot ran on WAPA (Canal 4) and Telemundo (Canal 2) in prime time.",
        "In Miami the brand advertises on Univision (Channel 23).",
    ],
    "radio-frequency": [
        "The morning show on Z-93 (93.7 FM) reaches younger listeners.",
        "Older listeners still tune in to NotiUno (630 AM) for news.",
    ],
    "ticker-symbol": [
        "Popular, Inc. (NASDAQ: BPOP) is the largest bank holding company in Puerto Rico.",
        "OFG Bancorp (NYSE: OFG) owns Oriental Bank.",
        "FirstBank's parent (NYSE: FBP) reported higher digital enrolment.",
    ],
    "course-code": [
        "The brief was set for the strategic marketing module (MERC 6030, Level 7).",
        "This report is submitted for CIM Level 6 (Unit 2, {Y3} brief).",
    ],
    "app-version": [
        "The bank moved its customers onto the new app (version {q}.0, {Y3}).",
        "ATH Móvil Business (launched 2019) lets small shops accept payments.",
    ],
    "honorific-title": [
        "Lcda. Carmen Díaz (DACO) explained the new rules on radio.",
        "Dr. Rivera (the company's CEO) presented the plan to staff.",
        "Ing. Almonte (operations) oversaw the store refit in {city}.",
    ],
    "neighbourhood": [
        "Dominican bakeries cluster in Washington Heights (Upper Manhattan).",
        "Cuban cafés line Calle Ocho (Little Havana) in Miami.",
        "Santurce (San Juan) has become the city's nightlife hub.",
    ],
    "sports-team": [
        "{B} sponsors the Cangrejeros de Santurce (LBPRC) in winter ball.",
        "The Tigres del Licey (LIDOM champions, {Y3}) have millions of fans.",
        "Baseball remains the main sponsorship route (Serie del Caribe, February).",
    ],
    "time-zone": [
        "All posts are scheduled in Atlantic time (AST, UTC−4), with no daylight saving.",
        "Live streams start at 8pm (Eastern) for the diaspora audience.",
    ],
    "unit-measure": [
        "The farm covers 40 cuerdas (about 39 acres) in Yauco.",
        "Coffee is sold in 14 oz bags (397 g) and 1 lb tins.",
    ],
    "remittance-stat": [
        "Remittances to the Dominican Republic reached about US$10.7bn ({Y3}).",
        "Around {pc}% of households receive money from abroad (2023 survey).",
    ],
    "survey-sample": [
        "Most respondents used ATH Móvil weekly (n = {n}).",
        "The online survey ran in {city} for two weeks (from {d} {mo} {Y3}).",
        "Results are summarised in Figure {q} (n = {n}, Puerto Rico only).",
    ],
    "cross-reference": [
        "The channel plan (see Appendix {q}) shows weekly activity.",
        "This is discussed further in Task 2 (b).", "Costs are set out in Table {q} (p. {q}).",
    ],
    "spanish-date": [
        "The store reopened on {d} de {mes} de {Y3}.",
        "Prices were checked on {d}/{q}/{Y3} in three supermarkets.",
    ],
}  # fmt: skip
