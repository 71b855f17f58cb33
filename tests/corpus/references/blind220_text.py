"""Prose of marketers in Central America and its diaspora (blind220, HELD OUT).

Written without reading the checker, its tests or any other pool, as candidates at banks and cooperatives,
remittance firms, coffee, banana and sugar exporters, breweries, telecoms, retailers, tourism boards and agencies in
Guatemala City, Quetzaltenango, San Salvador, Tegucigalpa, San Pedro Sula, Managua, San José, Heredia, Panama City,
Colón and Belize City (and in Los Angeles, Houston, Miami, Washington DC and Madrid) write CIM Level 6 and 7 reports
and MBA assignments in English: citations at the start, middle and end of sentences, and beside them founding years,
the Canal, laws and decrees with numbers, prices and remittances in quetzales, colones, lempiras, córdobas, balboas and
dollars, harvests and coffee grades, CAFTA-DR, independence days and festivals, hurricanes, phone numbers, addresses,
tickers, awards, people's titles and fiscal years, none of them citations.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Banco Industrial", "BAC Credomatic", "Banco Agrícola", "Banistmo", "Pollo Campero", "Copa Airlines",
          "Tigo", "Claro", "Café Britt", "Cervecería Centro Americana", "Florida Ice & Farm", "Imperial", "Gallo",
          "Pilsener", "Salva Vida", "Toña", "Walmart Centroamérica", "Despensa Familiar", "La Colonia", "Dos Pinos",
          "Grupo Pantaleon", "Chiquita", "Promerica", "Banco Atlántida", "Micoope", "Xoom", "Western Union",
          "Remitly", "Pricesmart", "Super Selectos", "Tropigas", "Bantrab", "Davivienda", "Hugo", "Volaris"]  # fmt: skip

NARRATIVE_START = [
    "{N} argue that {C}.", "{N} found that {C}, although their sample came only from Guatemala City.",
    "{N} concluded that {C}.", "{N} shows that {C}, which is relevant to {B}.", "{N} note that {C} in the Northern Triangle.",
    "{N} highlighted that {C}.", "{N} explain that {C}, particularly among {A}.", "{N} suggests that {C}.",
    "{N} observed that {C} after the pandemic.", "{N} warned that {C}.", "{N} demonstrated that {C} across the isthmus.",
    "{N} state that {C}; this matches what {B} sees in its own data.", "{N} recommend that marketers in the region check whether {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "{O}, {N} found that {C}.", "In their study of Costa Rican consumers, {N} found that {C}.",
    "This agrees with {N}, who found that {C}.", "{C}, as {N} point out.", "According to {N}, {C}.",
    "As highlighted by {N}, {C}.", "{B} illustrates this well: {N} showed that {C}.", "Research by {N} suggests that {C}.",
    "A survey carried out by {N} found that {C}.", "{C}, according to {N}.", "Data from {N} show that {C}.",
    "For diaspora customers in Los Angeles and Houston, {N} found that {C}.", "{C}; however, {N} found the opposite for {A}.",
    "Following {N}, it can be argued that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Using {N} framework, it is clear that {C}.", "{O}, {N} study concluded that {C}.",
    "{B} could apply {N} model, since {C}.", "{N} findings matter here because {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "There is evidence that {C} {P}.", "It is widely accepted in the region that {C} {P}.",
    "In San Salvador and Tegucigalpa alike, {C} {P}.", "{B} is no exception: {C} {P}.", "Several studies agree that {C} {P:see}.",
    "{C}, as the Panamanian market shows {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, although {C2}.", "{C} {P}; even so, {C2}.", "{C} {P}, while {C2}.",
    "{C} {P:e.g.}, which means {C2}.",
]  # fmt: skip
CLAIMS = [
    "{B} could use {T} to win {A}", "{T} raises {R} among {A}", "{A} expect banks to offer {T}",
    "remittance senders choose a brand they already trust", "{B} relies on {T} more than its rivals do",
    "{A} reward {T} with {R}", "coffee buyers pay more for a traceable origin", "prepaid mobile users switch networks for small promotions",
    "nostalgia for home brands drives purchases among the diaspora", "{T} works best when it is tied to {R}",
    "cash still dominates small purchases in rural areas", "tourists from North America book through mobile apps",
    "{B} gains more from {T} than from television", "trust in local banks is lower than trust in cooperatives",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "Similarly", "In the case of Guatemala", "In Costa Rica", "By contrast",
           "More recently", "At the same time", "Across the isthmus"]  # fmt: skip
PLAIN = [
    "{B} sells through its own app, its website and a network of agents in small towns.",
    "The campaign ran for six weeks on Facebook, WhatsApp and local radio.",
    "{O}, {C}.", "Most of {B}'s customers in Honduras pay in cash.",
    "The brand team in San José works with an agency in Panama City.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one textbook puts it, {Q} {P}.", "{O}, {Q} {P}.", "{N} put it plainly: {Q}.",
    "This is summed up well: {Q} {P}.", "{Q} {P}, and {B} has yet to act on it.",
]  # fmt: skip
SCARE_QUOTES = ["‘chapín’ pride", "‘pura vida’", "“nostalgia market”", "‘bancarización’", "“hermano lejano”",
                "‘catracho’ identity", "‘tico’ values", "“last mile”", "‘mobile first’"]  # fmt: skip
SCARE_FRAMES = [
    "Brands in the region now talk of {Q} {P}.", "{B} calls its approach {Q} {P}.",
    "The idea of {Q} shapes much of the advertising {P}.", "{Q} is the term used by {N}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Envía dinero a casa hoy, sin comisión’", "“Your coffee club box ships this week”",
                 "‘¡Feliz Día de la Madre! 20% off’", "“Tu tarjeta BAC te espera”", "‘Last chance: double points ends tonight’"]  # fmt: skip
SUBJECT_FRAMES = [
    "The email headed {Q} had the best open rate of the year {P}.", "{B} sent {Q} to lapsed customers {P}.",
    "A subject line such as {Q} creates urgency {P}.", "Testing {Q} against a plainer version showed the value of Spanish copy {P}.",
]  # fmt: skip

# Text that looks like a citation and is not one: no tutor expects any of it in the reference list.
NOT_CITATIONS = {
    "founding-year": ["Pollo Campero (1971) began as a single restaurant in Guatemala City.",
                      "Copa Airlines (1947) is now the largest carrier based in Panama.",
                      "Cervecería Centro Americana (1886) still brews Gallo in the same city."],
    "founded-in-bracket": ["Banco Industrial (founded 1968) is the largest bank in Guatemala.",
                           "Dos Pinos (est. 1947) is a dairy cooperative owned by its farmers."],
    "canal": ["The Panama Canal (1914) made Colón a trading city.", "Traffic grew after the Canal's expansion (2016) opened wider locks."],
    "canal-handover": ["Panama took full control of the Canal (31 December 1999).", "Since the handover (1999) the Canal has been run by the ACP."],
    "decree": ["Guatemala's access-to-information law (Decreto 57-2008) obliges public bodies to publish data.",
               "Banks must follow Decreto 19-2002 when opening accounts."],
    "law-number": ["Costa Rica's data law (Ley 8968) requires consent before a database is sold.",
                   "Panama's consumer law (Ley 45 de 2007) created ACODECO's current powers."],
    "quetzal-price": ["A family meal costs about Q{q}5 at Pollo Campero.", "The basic basket reached Q3,{n} a month in the capital (July {Y})."],
    "colon-price": ["A bag of coffee sells for ₡5.000 in Heredia.", "Tico households spend around ₡{n}.000 a month on mobile data."],
    "lempira-price": ["A prepaid bundle costs L 350 a month in San Pedro Sula.", "Average remittances reached L {n} per transfer."],
    "cordoba-balboa": ["In Managua the same bundle costs C$ {n}.", "The balboa (B/.) is pegged one to one to the dollar."],
    "dollar-remittance": ["The average transfer to El Salvador was US${d}{n} in {Y}.", "Remittances sent from Houston average US$1,250 a quarter."],
    "remittance-share": ["Remittances equal about 19% of Guatemala's GDP (2023).", "Transfers to Honduras rose 7.8% (January–June 2024)."],
    "coffee-harvest": ["The 2022/23 harvest was smaller than expected.", "Exports fell during the 2020-21 harvest (October to September)."],
    "coffee-grade": ["Only SHB (strictly hard bean) lots are sold under the brand.", "Its SHG EP grade (Huehuetenango, 1,500 m) earns a premium."],
    "cup-of-excellence": ["One Huehuetenango farm won Cup of Excellence 2021 with a score of 90.5.",
                          "The lot scored 89.7 points (Cup of Excellence Honduras 2022)."],
    "cafta": ["Trade with the United States changed under CAFTA-DR (2004).", "CAFTA-DR entered into force in El Salvador (1 March 2006)."],
    "independence-day": ["Five countries celebrate independence on 15 September 1821.", "{B} ran its patriotic campaign for Independence Day (15 September)."],
    "belize-independence": ["Belize became independent on 21 September 1981.", "Panama separated from Colombia (3 November 1903)."],
    "festival": ["Sales peak during Semana Santa (April {Y}).", "{B} sponsored the Festival de la Luz 2023 in San José."],
    "feria": ["The Feria Juniana (June) is San Pedro Sula's biggest event.", "Tourism rose during the Fiestas Agostinas (1–6 August)."],
    "hurricane": ["Eta and Iota (2020) destroyed crops across Honduras.", "Many exporters never recovered from Mitch (1998)."],
    "earthquake-eruption": ["The 2001 earthquakes hit San Salvador hard.", "Fuego's eruption (3 June 2018) closed the airport."],
    "phone-number": ["Customers can call +502 2420 3000 for help.", "The helpline (+506 2295-9000) is open around the clock."],
    "whatsapp-number": ["Orders are taken on WhatsApp (+504 9876-5432).", "{B} answers on WhatsApp at +507 6123 4567."],
    "address": ["The head office is at 7a Avenida 5-10, Zona 4, Guatemala City.", "Its store on Calle Central (Avenida 2) opened in {Y}."],
    "apartado": ["Letters go to Apartado Postal 123-1000, San José.", "Write to P.O. Box 1823, Belize City."],
    "ticker": ["FIFCO shares trade on the BVC under the symbol FIFCO.", "Copa Holdings is listed in New York (NYSE: CPA)."],
    "bond-rating": ["Fitch rates the bank AA+(gtm) on its national scale.", "The sovereign's rating was cut to B- in the 2023 review."],
    "effie": ["The campaign won gold at the Effie Centroamérica 2022.", "{B} took two awards at the Effies (2023) in Panama."],
    "cannes": ["Its film won a Cannes Lions 2023 Bronze.", "The agency won Premios Cannes Lions 2023 Bronze for outdoor."],
    "local-award": ["The bank was named Best Bank in Guatemala 2024 by Euromoney.", "{B} won a Premio Ídolo (2022) for radio."],
    "title-lic": ["Lic. Ramírez approved the budget in March.", "Licda. Morales leads the brand team in Quetzaltenango."],
    "title-ing": ["Ing. Castillo runs the coffee plant in Antigua.", "The regional manager, Ing. Pérez, joined in {Y}."],
    "title-dr": ["Dr. Hernández chairs the board.", "Dra. Solís presented the results to the cooperative."],
    "title-don": ["Don Juan Bautista founded the first roastery.", "Doña Rosa's recipe (1971) is still used in the stores."],
    "fiscal-year": ["Revenue rose in FY2023/24.", "The plan covers the 2023/24 financial year."],
    "academic-year": ["The course ran in the 2023/24 academic year.", "Enrolment grew in the 2024-25 intake at INCAE."],
    "quarter": ["Mobile data revenue grew 12% (Q3 2024).", "Card spending slowed in Q{q} {Y}."],
    "sample": ["Most respondents banked online (n = {n}).", "The survey covered four cities (n = 1,200; margin ±2.8%)."],
    "figure-table": ["The results are shown below (Figure {q}).", "Prices by country are compared in the appendix (Table {q})."],
    "percentage-year": ["Mobile penetration reached 118% ({Y}).", "Unbanked adults fell to 44% (2021)."],
    "exchange-rate": ["The quetzal traded at Q7.8 to the dollar (2024 average).", "The colón strengthened to ₡505 per dollar (August 2024)."],
    "dollarisation": ["El Salvador adopted the US dollar (2001).", "Bitcoin became legal tender in September 2021 (Ley Bitcoin)."],
    "population": ["Guatemala has about 17.6 million people (2023 estimate).", "San José's metro area counts 2.2 million (census 2022)."],
    "diaspora-city": ["About 2.3 million Salvadorans live in the US, many in Los Angeles and Washington DC.",
                      "The Honduran community in Houston (est. 200,000) sends money home weekly."],
    "product-size": ["Gallo sells a 355 ml can and a 1 L bottle.", "The 12-pack (12 x 350 ml) is priced at Q{q}9."],
    "store-count": ["Walmart runs over 900 stores in the region (2024).", "{B} opened its 100th branch (October {Y})."],
    "flight-route": ["Copa flies PTY–LAX daily.", "The new route (SAL–MAD) started in {Y}."],
    "banana-box": ["Exports reached 120 million boxes (18.14 kg each).", "Banana shipments from Limón rose in 2022/23."],
    "sugar-zafra": ["The zafra 2023/24 produced less sugar than planned.", "Mills in Escuintla crushed cane from November to April (zafra)."],
    "minimum-wage": ["The minimum wage was raised (Acuerdo Gubernativo 307-2023).", "Workers earn the rural minimum of Q3,{n} a month."],
    "tourism-arrivals": ["Costa Rica received 2.4 million visitors (2023).", "Cruise arrivals in Belize City passed one million (2019)."],
    "version-app": ["The bank launched app version 3.2 (May {Y}).", "Its wallet (v2.0) added QR payments."],
    "hashtag-year": ["The #OrgulloChapín campaign ran in {Y}.", "Users shared #PuraVida2024 photos."],
    "slogan": ["Gallo's slogan, ‘Nuestra cerveza’, dates from the 1980s.", "Campero's tagline (‘Sabor que nos une’) runs in every market."],
    "zone-km": ["The plant sits at km 17.5 on the Carretera a El Salvador.", "Its outlet in Zona 10 opened in 2015."],
    "country-year": ["{G} (2024) is {B}'s fastest-growing market.", "Sales in {G} (FY{Y}) beat the plan."],
}  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use: {G}, a country of the isthmus."""
    return {"G": rng.choice(["Guatemala", "Costa Rica", "Honduras", "El Salvador", "Panama"])}
