"""The blind110 pool (HELD OUT): prose of marketers in the Spanish-speaking Caribbean and its diaspora.

A hundred-and-tenth independent pool, written without reading the checker, its tests or any other pool: how
brand, CRM, digital, trade and communications marketers at banks and cooperatives, telecoms, rum distillers,
breweries, retailers, FMCG makers, hotels and resorts, airlines and agencies in Puerto Rico, the Dominican Republic,
Cuba and Venezuela, and in Miami, Madrid and New York, write CIM Level 6 and 7 reports and MBA assignments in
English: Puerto Rican laws ("Ley Núm. 60 de 2019"), Dominican and Venezuelan laws, central banks and regulators,
RNC and RIF tax numbers, dollar, peso and bolívar figures, hurricane seasons, Carnaval, Three Kings' Day and the long
Puerto Rican Christmas, Spanish words with English in square brackets. HELD OUT: never tune the checker on it;
report its tables, never its misses.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Banco Popular", "Banreservas", "FirstBank", "Oriental", "Banesco", "Claro", "Liberty", "Altice", "CANTV",
          "Digitel", "Don Q", "Bacardí", "Brugal", "Barceló", "Santa Teresa", "Diplomático", "Havana Club",
          "Presidente", "Medalla Light", "Cerveza Polar", "Malta India", "Harina P.A.N.", "Goya", "Pueblo",
          "Farmatodo", "Supermercados Nacional", "Sirena", "JetBlue", "Arajet", "Copa Airlines", "Meliá",
          "Iberostar", "Grupo Puntacana", "Kola Real", "Induveca", "Cooperativa Jesús Obrero", "Mercantil",
          "Banco BHD", "Café Yaucono", "Coco López", "Farmacias Caridad", "Supermax"]  # fmt: skip

_MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
              "noviembre", "diciembre"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """This pool's own fill values, drawn after the builder's common ones."""
    year = rng.randint(2015, 2024)
    return {
        "yr": str(year), "yr2": str(year + 1), "yy": f"{(year + 1) % 100:02d}",
        "usd": f"{rng.randint(1, 950)}.{rng.randint(0, 9)}", "rdp": f"{rng.randint(2, 900):,}".replace(",", "."),
        "ves": f"{rng.randint(20, 60)},{rng.randint(10, 99)}", "pct": f"{rng.randint(2, 68)}.{rng.randint(0, 9)}",
        "mes": rng.choice(_MONTHS_ES), "day": str(rng.randint(1, 28)),
        "pr": rng.choice(["Bayamón", "Caguas", "Ponce", "Mayagüez", "Carolina", "Guaynabo", "Arecibo", "Hato Rey", "Río Piedras", "Humacao"]),
        "rd": rng.choice(["Santiago", "La Romana", "Punta Cana", "Puerto Plata", "San Pedro de Macorís", "La Vega", "Higüey", "Bávaro"]),
        "ve": rng.choice(["Maracaibo", "Valencia", "Barquisimeto", "Chacao", "Las Mercedes", "Puerto La Cruz", "Maturín"]),
        "diaspora": rng.choice(["Orlando", "the Bronx", "Washington Heights", "Doral", "Kissimmee", "Hialeah", "Madrid's Tetuán district", "Lawrence, Massachusetts"]),
        "rnc": f"1-{rng.randint(1, 32):02d}-{rng.randint(10000, 99999)}-{rng.randint(1, 9)}",
        "rif": f"J-{rng.randint(10000000, 49999999)}-{rng.randint(0, 9)}",
        "zip": f"00{rng.choice(['9', '7', '6'])}{rng.randint(10, 99)}",
        "phone": f"({rng.choice(['787', '939', '809', '829', '849'])}) {rng.randint(200, 999)}-{rng.randint(1000, 9999)}",
        "hurr": rng.choice(["Hurricane María (2017)", "Hurricane Irma (2017)", "Hurricane Fiona (2022)", "Hurricane Georges (1998)", "Hurricane Ian (2022)"]),
        "rum": rng.choice(["Don Q Gran Añejo", "Barceló Imperial", "Brugal 1888", "Santa Teresa 1796", "Diplomático Reserva Exclusiva", "Havana Club 7 Años", "Bacardí Reserva Ocho"]),
        "telco": rng.choice(["Claro", "Liberty", "Altice", "Viva", "Movistar", "Digitel", "ETECSA", "T-Mobile"]),
        "pnum": str(rng.randint(4, 310)),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although the fieldwork was limited to San Juan.",
    "{N} concluded that {C}, which is directly relevant to {B}.", "{N} showed that {C} among {A} in {pr}.",
    "{N} suggests that {C}; {B}'s own figures for {yr} point the same way.",
    "{N} found that {C}, especially after {hurr}.", "{N} states that {C}.",
    "{N} observed that {C} in both Santo Domingo and {diaspora}.",
    "{N} made the case that {C}, a point the Dominican banks have been slow to accept.",
    "{N} reported that {C} during the Christmas season, which in Puerto Rico runs until the Octavitas.",
    "{N} explains that {C} (for instance, through {T}).", "{N} warned that {C} when inflation is high.",
    "{N} identified that {C}, particularly for {A} in the diaspora.", "{N} noted that, since {Y}, {C}.",
    "{N} questioned whether {C} outside the US mainland.", "{N} highlight that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In their study of Caribbean banks, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is consistent with {N}, who found that {C}.", "{C}, which supports the findings of {N}.",
    "{C} – a view shared by {N}.", "As {N} point out, {C}.", "According to {N}, {C}.",
    "{B} is a good example: {N} showed that {C}.", "Research by {N} in {rd} suggests that {C}.",
    "A survey carried out by {N} found that {C}.", "{C}, as {N} noted in their review of the cooperative sector.",
    "Evidence from {N} suggests that, for {A}, {C}.", "{C}; however, {N} found the opposite in Venezuela.",
    "For the Puerto Rican market, {N} found that {C}.", "{C}, according to {N}.",
    "Following {N}, it could be argued that {C}.", "Unlike {B}, the firms studied by {N} found that {C}.",
    "Data from {N} show that {C}.", "Writing from Caracas, {N} argued that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study shows that {C}.", "Using {N} framework, it is clear that {C}.",
    "{O}, {N} report concluded that {C}.", "{B} could apply {N} model, since {C}.",
    "{N} findings matter for {B} because {C}.", "This reflects {N} argument that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "For {A}, {C} {P}.", "In the Dominican market, {C} {P}.", "{C}, especially on mobile {P}.",
    "It is often claimed that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.",
    "{C} (as shown in Figure {q}) {P}.", "{B}’s results suggest that {C} {P}.", "In short, {C} {P}.",
    "After {hurr}, {C} {P}.", "This matters in {pr} because {C} {P}.", "{C} {P:see also}.",
    "In Venezuela, where prices are quoted in dollars, {C} {P}.", "{C}. {P}",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{C} {P:see}, whereas {C2}.",
    "Because {C} {P}, {B} should make sure that {C2}.", "Some authors {P:e.g.} argue that {C}.",
    "{C} {P}: this means that {C2}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} are more likely to trust {T} than traditional advertising",
    "cooperativas [credit unions] keep members loyal through personal service rather than price",
    "remittances from the diaspora drive spending in the Christmas quarter",
    "{B}'s reliance on {T} leaves it exposed when the exchange rate moves",
    "bilingual campaigns outperform Spanish-only ones among {A} in {diaspora}",
    "brand loyalty to local rum is tied to national identity", "{T} improved {R} after the hurricane season",
    "the colmado [corner shop] is still the main route to market for beer and soft drinks",
    "Venezuelan consumers switched to dollar-priced brands as the bolívar lost value",
    "{A} expect banks to offer mobile payments that work during power cuts",
    "hotel guests from the US value safety and service more than price",
    "{T} only drives {R} when the offer is relevant to island life",
    "Christmas advertising in Puerto Rico starts earlier every year",
    "{B} could {bs} to win back {A}", "airlines compete on the diaspora routes to New York and Miami",
    "price promotions lose their effect when inflation is high", "{A} respond better to WhatsApp than to email",
    "social commerce through Instagram has replaced many small shopfronts",
    "firms like {B} must show their commitment to the community after a disaster",
    "around {q} in 10 {A} buy at least one product online each month",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "However", "For example", "In Puerto Rico", "In the Dominican Republic",
    "For {B}'s marketing team", "Since Hurricane María", "In the context of {B}", "In the Venezuelan market",
    "Among the diaspora", "Nevertheless", "As a result", "On the other hand", "Overall", "Looking at {B}'s rivals",
    "During the Christmas season",
]  # fmt: skip
PLAIN = [
    "{B} was founded in the Caribbean and now sells in {q}0 markets.",
    "This report analyses {B}'s marketing mix and makes recommendations for the next two years.",
    "The table below summarises the KPIs for each channel.", "{O}, {C}.",
    "{B}'s Instagram account has more than {n}k followers, most of them in Puerto Rico and Florida.",
    "A PESTLE analysis of the Dominican market is included in Appendix {q}.",
    "Customers can pay in cash, by card, through ATH Móvil or by bank transfer.",
    "The main competitors are {B} and two regional chains.",
    "The recommendations are costed in US dollars and phased over eighteen months.",
    "Task 2 builds on this analysis with a communications plan for the diaspora market.",
    "Most of the brand's sales happen between Thanksgiving and the Fiestas de la Calle San Sebastián.",
]  # fmt: skip

NOT_CITATIONS = {
    "pr-law-number": [
        "Under Ley Núm. 60 de 2019, exporters of services pay a 4% corporate tax.",
        "The cooperative is regulated under Ley Núm. 255 de 2002 and supervised by COSSEC.",
        "Act 20 (2012) and Act 22 (2012) were merged into the Incentives Code in 2019.",
    ],
    "dr-law-number": [
        "Dominican consumer law (Ley núm. 358-05) gives customers the right to clear prices.",
        "Personal data is protected under Ley 172-13, so {B} must ask for consent before sending SMS offers.",
        "Firms in the Dominican Republic register as an S.R.L. under Ley 479-08.",
    ],
    "ve-law-gazette": [
        "The Fair Prices Law (Gaceta Oficial N.º 6.156, 19 November 2014) capped margins at 30%.",
        "Advertising on TV is limited by the Ley Resorte (2004, reformed 2010).",
        "Prices had to be shown in bolívares as well as dollars (Gaceta Oficial N.º 42.339, {yr}).",
    ],
    "cuba-decree": [
        "Private businesses became legal in Cuba under Decreto-Ley 46 (2021).",
        "The Tarea Ordenamiento (1 January 2021) ended the CUC and unified the currency.",
    ],
    "us-federal-rule": [
        "Shipping costs are higher because of the Jones Act (1920).",
        "Section 936 of the Internal Revenue Code (phased out 1996–2006) drew many US firms to the island.",
        "The PROMESA law (2016) created the Fiscal Oversight Board.",
    ],
    "tax-number": [
        "The company trades as Sol Caribe Media, S.R.L. (RNC {rnc}).",
        "All invoices show the firm's tax number (RIF {rif}).",
        "{B}'s Dominican subsidiary is registered with the DGII (RNC {rnc}).",
    ],
    "peso-figure": [
        "The campaign had a budget of RD$ {rdp} million ({yr}).",
        "Average monthly spend per household was RD${rdp} ({yr} survey).",
        "Sales reached RD$ {rdp}m in {yr}, up {pct}% on the year before.",
    ],
    "bolivar-figure": [
        "A bottle of {rum} cost Bs. {ves} in Caracas ({mes} {yr}).",
        "The official rate was Bs. {ves} per dollar (tasa BCV, {day} {mes} {yr}).",
        "Most shops in {ve} price in dollars (US$ 1 = Bs. {ves}).",
    ],
    "dollar-figure": [
        "The island's rum excise cover-over returned US$ {usd} million ({yr}).",
        "Tourism spending reached US$ {usd}m in {yr} (record year).",
        "Remittances to the Dominican Republic reached US$ {usd} million in {mes} {yr}.",
    ],
    "hurricane": [
        "{B} lost two weeks of sales after {hurr}.",
        "The grid failed completely after Hurricane María (20 September 2017).",
        "Many families moved to Florida after {hurr}.",
    ],
    "hurricane-season": [
        "Bookings fall during the hurricane season (1 June to 30 November).",
        "The bank runs its preparedness campaign before the season starts (June {yr}).",
    ],
    "carnaval": [
        "{B} sponsors the Carnaval de La Vega (February {yr}).",
        "Sales of beer double during Carnaval (Ponce, {mes} {yr}).",
        "The brand built a stand at the Carnaval de Barranquilla ({yr}) to reach Colombian tourists.",
    ],
    "three-kings": [
        "Toy sales peak before Three Kings' Day (6 January).",
        "The Día de Reyes (6 de enero) campaign ran on Instagram and radio.",
        "Children leave grass for the camels on the Víspera de Reyes (5 January {yr2}).",
    ],
    "christmas-calendar": [
        "The Puerto Rican Christmas runs from Thanksgiving to the Octavitas (mid-January).",
        "The Fiestas de la Calle San Sebastián (January {yr2}) close the season in Old San Juan.",
        "Parrandas [carol parties] start in early December and go on until January.",
        "Employees receive the bono de Navidad (Christmas bonus) by 15 December.",
    ],
    "festival-event": [
        "{B} was the main sponsor of the Festival Presidente ({yr}).",
        "The Puerto Rican Day Parade (New York, June {yr}) draws over a million people.",
        "Calle Ocho (Miami, March {yr}) is the key event for the Cuban-American market.",
    ],
    "award": [
        "The campaign won a Gold Effie (Effie Awards Puerto Rico, {yr}).",
        "{B} was named Marca País at the Premios Lo Nuestro ({yr}).",
        "The agency took a Bronze Lion at Cannes ({yr}) for its hurricane relief campaign.",
    ],
    "baseball": [
        "{B} sponsors the Cangrejeros de Santurce (2023–24 champions).",
        "Ratings peak during the Serie del Caribe (February {yr2}).",
        "LIDOM's {yr}-{yy} season was broadcast on streaming for the first time.",
    ],
    "person-dates": [
        "Roberto Clemente (1934–1972) remains the island's best-known sports hero.",
        "Don Facundo Bacardí Massó founded the distillery in Santiago de Cuba (1862).",
        "Lorenzo Mendoza (CEO since 1996) has led Empresas Polar through the crisis.",
    ],
    "founding-year": [
        "{B} (founded 1893) is one of the oldest brands on the island.",
        "Banco Popular (est. 1893) began as a savings bank in San Juan.",
        "Cervecería India (fundada en 1937) brews Medalla Light in Mayagüez.",
    ],
    "rum-age-statement": [
        "{rum} (aged 8 years) is positioned against Scotch whisky.",
        "The Reserva Especial (12 años) sells mainly in duty-free shops.",
        "A limited edition (Cosecha {yr}) was released for the holiday season.",
    ],
    "product-model": [
        "{telco} launched its 5G plan (Ilimitado {yr}) with free roaming to the US.",
        "The Presidente Light (355 ml) can sells at RD$ {rdp} in colmados.",
        "The bank's Visa Infinite card (launched {yr}) offers JetBlue points.",
    ],
    "zip-and-place": [
        "The new branch is on Avenida Ponce de León in Hato Rey (PR {zip}).",
        "Head office is in Guaynabo (zip code {zip}).",
        "The store in Plaza Las Américas (San Juan, PR 00918) is the chain's busiest.",
    ],
    "phone-number": [
        "Customers can call the hotline on {phone} or write on WhatsApp.",
        "The colmado takes orders by phone ({phone}) and delivers by motorbike.",
    ],
    "spanish-date": [
        "The offer ends on el {day} de {mes} de {yr}.",
        "Prices changed on {day}/{q}/{yr} across all branches.",
        "The new store in {pr} opened on {day} de {mes} de {yr}.",
    ],
    "bracket-translation": [
        "Most beer is sold through colmados [small grocery shops] and colmadones [bars with a shop].",
        "The chinchorros [roadside food stalls] of Piñones attract families at weekends.",
        "Consumers talk about el bachaqueo [black-market reselling] since the shortages of 2015–2016.",
        "Dominican shoppers trust the guagua [minibus] adverts more than billboards.",
    ],
    "legal-form": [
        "Ron Santa Teresa is a Compañía Anónima (C.A.), as most large Venezuelan firms are.",
        "The agency registered as a Sociedad Anónima Simplificada (S.A.S.) in {yr}.",
        "{B} operates in Florida through a subsidiary LLC (formed {yr}).",
    ],
    "ticker": [
        "Popular, Inc. (NASDAQ: BPOP) reported higher profits.",
        "FirstBank's parent (NYSE: FBP) bought back shares in {yr}.",
        "OFG Bancorp (NYSE: OFG) is the third-largest bank on the island.",
    ],
    "swift-and-codes": [
        "Transfers use the bank's SWIFT code (BPOPPRSJ).",
        "The bolívar's currency code changed from VEF to VES (ISO 4217, 2018).",
        "Flights land at SJU, SDQ and PUJ, the region's busiest airports.",
    ],
    "flight-route": [
        "JetBlue flight B6 {pnum} (JFK–SJU) is the busiest diaspora route.",
        "Arajet opened the Santo Domingo–Caracas route (SDQ–CCS) in {yr}.",
        "The new route (MIA–HAV, {q} flights a week) reopened in {yr}.",
    ],
    "rating-reviews": [
        "The resort scores 4.{q}/5 on Tripadvisor ({n} reviews).",
        "The app is rated 4.{q} stars in the App Store ({n}k ratings).",
    ],
    "survey-sample": [
        "Most respondents preferred WhatsApp (n = {n}; margin of error ±{q}.{q}%).",
        "The survey was run in Spanish and English (n={n}, {mes} {yr}).",
    ],
    "fiscal-year": [
        "The cooperative's surplus grew in the fiscal year (año fiscal {yr}-{yy}).",
        "The government's budget (FY{yr2}) cut the tourism promotion fund.",
    ],
    "census": [
        "The island had 3.29 million residents at the 2020 Census.",
        "More Puerto Ricans now live on the mainland (about 5.8 million) than on the island.",
    ],
    "slogan": [
        "Medalla's slogan ‘La cerveza de Puerto Rico’ has been used for decades.",
        "{B}'s tagline, ‘Lo nuestro es tuyo’, runs on every channel.",
        "The ‘Hecho en Puerto Rico’ seal appears on more than {n} products.",
    ],
    "campaign-year": [
        "Its ‘Nadie como tú’ campaign (Navidad {yr}) was the most shared video in Puerto Rico.",
        "The ‘Juntos’ campaign ran after {hurr}.",
        "The brand's Día de las Madres advert ({mes} {yr}) used only local talent.",
    ],
    "handle-hashtag": [
        "{B} replies to complaints on X (@AyudaCliente) within an hour.",
        "The hashtag #PuertoRicoSeLevanta trended after the storm.",
        "Orders come through Instagram (@colmado.online) and WhatsApp Business.",
    ],
    "web-domain": [
        "Most bookings come through the website (www.visitpuertorico.example).",
        "The bank moved its online banking to a new domain (mi.bancoejemplo.com.do) in {yr}.",
    ],
    "cohort": [
        "The target segment is young professionals (aged 25–34).",
        "Millennials (born 1981–1996) are the largest group among the diaspora.",
        "Gen Z boricuas (born after 1997) use TikTok more than Facebook.",
    ],
    "alumni": [
        "The marketing director studied at the UPR (Río Piedras, class of {yr}).",
        "PUCMM (Santiago campus, est. 1962) trains many of the country's marketers.",
        "Both founders hold an MBA from IESA (Caracas, {yr}).",
    ],
    "module-code": [
        "This report was written for the module MKT 6140 (semester August–December {yr}).",
        "See the assignment brief (CIM 2206, Task 1) for the scenario.",
    ],
    "regulator-circular": [
        "Advertising of credit cards must follow the regulator's circular (Circular SB núm. 003/22).",
        "The BCV's exchange rules (Resolución N.° 19-09-01) allow banks to hold dollar accounts.",
        "OCIF's regulatory letter (Carta Circular {yr}-{q}) covers fintech advertising.",
    ],
    "history-period": [
        "Cuba's Special Period (1991–2000) cut imports sharply.",
        "Operation Bootstrap (Operación Manos a la Obra, 1947) industrialised the island.",
        "The Venezuelan oil boom (1973–1983) created a large middle class.",
    ],
    "remittances-total": [
        "Remittances (remesas) reached a record US$ {usd} billion ({yr}).",
        "Transfers from the US made up most of the total ({pct}% of all remesas).",
    ],
    "cross-reference": [
        "The channel plan (Appendix {q}) shows weekly activity.",
        "See Table {q} (page {pnum}) for the full costs in US dollars and pesos.",
        "The persona of ‘Yari, 29, Bayamón’ (Figure {q}) is based on five interviews.",
    ],
    "percentage-bracket": [
        "Mobile banking use grew sharply (+{pct}% interanual).",
        "Beer volumes fell in {rd} ({pct}% down on {Y}).",
        "{B}'s market share rose to {pct}% (Q{q} {yr}).",
    ],
    "time-zone": [
        "All live streams start at 8 p.m. (AST, UTC−4).",
        "Madrid is six hours ahead of San Juan (CET vs AST).",
    ],
    "price-point": [
        "A can of Malta India sells for US$ 1.{q}9 (12 oz).",
        "The combo costs RD$ {rdp} (ITBIS included).",
        "The entry plan is priced at US$ {q}9.99 a month (taxes not included).",
    ],
    "exhibition": [
        "{B} launched the new range at Expo Cibao (Santiago, {yr}).",
        "The tourism board met tour operators at FITUR (Madrid, January {yr2}).",
        "The distillery showed its aged rums at the Miami Rum Renaissance Festival ({yr}).",
    ],
    "org-bracket-year": [
        "The sector is supervised by the cooperative regulator (COSSEC, created in 2002).",
        "The largest brewer (Cervecería Nacional Dominicana, since 1929) controls most of the market.",
        "The state telecom (CANTV, nationalised 2007) still has most fixed lines.",
    ],
    "currency-history": [
        "Cuba ended the convertible peso (CUC) in 2021.",
        "The bolívar lost five zeros in the redenomination (20 August 2018).",
        "The Dominican peso (DOP) traded at RD$ {ves} per dollar in {yr}.",
    ],
}  # fmt: skip

SCARE_QUOTES = ["‘boricua pride’", "“lo nuestro”", "'hecho en casa'", "‘el jangueo’", "«la diáspora»",
                "“dollarisation”", "‘colmadón culture’", "'resiliencia'", "“Made in Puerto Rico”", "‘la brega’",
                "‘el bachaqueo’", "“all-inclusive”", "«el chinchorreo»", "'nostalgia marketing'"]  # fmt: skip
SCARE_FRAMES = [
    "{B} builds its brand on {Q} {P}.", "Many younger consumers now talk about {Q} {P}.",
    "So-called {Q} is a growing theme in Caribbean advertising {P}.",
    "The term {Q} is used loosely by the industry {P}.", "Critics describe this as {Q}, and {B} is no exception {P}.",
    "Advertisers in {diaspora} often play on {Q} {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘¡Feliz Día de Reyes! 20% de descuento hoy’", "“Your Black Friday prices start now”",
                 "‘Prepárate para la temporada de huracanes’", "'Last chance: Christmas bonus offers end tonight'",
                 "“Te extrañamos – aquí tienes 15% off”", "‘Vuela a casa por Navidad desde US$ 99’",
                 "«Tu estado de cuenta ya está disponible»", "‘Carnaval weekend: 2x1 en Presidente’",
                 "“Hola, Yari: ofertas solo para ti”"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} lifted open rates {P}.", "{B} used {Q} in its abandoned-basket email {P}.",
    "Bilingual copy ({Q}, for example) works well with {A} {P}.",
    "The email {Q} was opened by more {A} than any other {P}.",
    "Testing {Q} against a plainer version showed a clear winner {P}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one marketing text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{B} appears to accept that {Q} {P}.", "{N} put it plainly: {Q}.", "One study of the island concluded that {Q} {P}.",
    "In the words of {N}, {Q}.",
]  # fmt: skip
