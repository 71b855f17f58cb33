"""The hundred-and-seventeenth independent pool, "blind117" (HELD OUT): prose of Central American marketers.

Written without reading the checker, its tests or any other pool, from how brand, trade, CRM, digital and
communications marketers at banks and cooperatives, remittance and mobile-money firms, telecoms, coffee, banana,
sugar and maquila exporters, brewers and bottlers, supermarkets, free-zone and canal logistics firms, hotels,
airlines and agencies in Guatemala City, Quetzaltenango, Tegucigalpa, San Pedro Sula, San Salvador, Managua,
San José, Panama City and Colón, and in Los Angeles, Houston, Washington DC and Madrid, write CIM Level 6 and 7
reports and MBA assignments in English: quetzales, lempiras, colones, córdobas, balboas and dollars, laws numbered
"Decreto 57-2008" and "Ley N.º 8968", Junta Monetaria and SUGEF rules, RTCA standards, DR-CAFTA and CA-4,
Semana Santa, 15 September, Día de los Muertos, Garifuna Settlement Day, Bono 14 and the aguinaldo, Maya calendar
days, kilometre addresses, PBX numbers, NIT and RTN codes, USSD codes, hurricanes and other events with their years,
honorifics and people with their dates who are no authors. HELD OUT: never tune the checker on it; report its
tables, never its misses.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} argue that {C}.",
    "{N} found that {C}, particularly in {city}.",
    "{N} shows that {C}.",
    "{N} concluded that {C}, which is relevant for {B}.",
    "{N} observed that {C} among remittance-receiving households.",
    "{N} makes the point that {C}.",
    "{N} reported that {C}; this was also the case in {city}.",
    "{N} suggest that {C}, although the sample came only from {city}.",
    "{N} highlight that {C}.",
    "{N} explains that {C} in the CA-4 markets.",
]
NARRATIVE_MID = [
    "According to {N}, {C}.",
    "{O}, {N} found that {C}.",
    "As {N} points out, {C}.",
    "This agrees with {N}, who found that {C}.",
    "{C}, as noted by {N}.",
    "For {B}, the key finding of {N} is that {C}.",
    "In the Central American context, {N} argue that {C}.",
    "A study in {city} by {N} found that {C}.",
    "Following {N}, this report assumes that {C}.",
    "{C}, a view shared by {N}.",
    "Among the diaspora in {dias}, {N} observed that {C}.",
]
POSSESSIVE = [
    "{N} study of remittance users found that {C}.",
    "{O}, {N} framework helps explain why {C}.",
    "{N} survey in {city} showed that {C}.",
    "Using {N} model, {B} can see that {C}.",
]
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "Evidence from the region shows that {C} {P}.",
    "In {city}, {C} {P}.",
    "It is generally accepted that {C} {P}.",
    "{C}, especially in the Northern Triangle {P}.",
    "Several authors agree that {C} {P}.",
    "This matters for {B} because {C} {P}.",
]
PARENTHETICAL_MID = [
    "{C} {P}, while {C2}.",
    "{C} {P}; however, {C2}.",
    "{C} {P}, and {C2}.",
    "Although {C} {P}, {C2}.",
    "{C} {P} — in other words, {C2}.",
]
CLAIMS = [
    "remittances shape the spending of {A} in rural Guatemala",
    "{B} depends heavily on customers who receive money from the United States",
    "mobile wallets have lowered the cost of sending money home from {dias}",
    "trust in banks is lower in the Northern Triangle than in Costa Rica and Panama",
    "{T} works better when it is delivered in Spanish and in K'iche'",
    "cooperatives in the western highlands win {R} through personal relationships",
    "price is still the first purchase criterion for {A} in {city}",
    "{B} gains {R} from sponsoring the 15 September celebrations",
    "speciality coffee brands earn a premium when they tell the farmer's story",
    "maquila exporters compete on speed to market since nearshoring began",
    "WhatsApp is the main service channel for {A} in Honduras",
    "regional beer brands use national pride to defend their share",
    "{T} raises {R} among {A}",
    "consumers in {city} expect brands to support local communities",
    "the diaspora buys products from home as a way of staying connected",
    "supermarket chains in the region are moving into private labels",
    "Garifuna and Afro-Caribbean communities are under-represented in advertising",
    "free-zone logistics firms sell reliability rather than price",
    "airline loyalty in the region is driven by hub connections through Panama City",
    "digital banking adoption accelerated sharply after 2020",
    "{B} could use {T} to reach {A} in the interior",
    "informal retailers (tiendas de barrio) still handle most everyday purchases",
]
OPENERS = [
    "However",
    "In Guatemala",
    "For {B}",
    "In the case of El Salvador",
    "Across the CA-4 region",
    "By contrast",
    "In practice",
    "More recently",
    "Among the diaspora in {dias}",
    "In Costa Rica and Panama",
    "Similarly",
    "Even so",
]
PLAIN = [
    "{B} operates in all six Central American countries and serves customers in {dias}.",
    "The campaign ran on Facebook, Instagram, TikTok and WhatsApp for eight weeks.",
    "Most customers in the segment are paid fortnightly and receive remittances monthly.",
    "{B} has more than {n} agents and branches across the region.",
    "The brief asks for a plan for {B} over the next twelve months.",
    "{O}, {C}.",
    "This section applies the 7Ps to {B}.",
    "The SWOT analysis below draws on interviews with staff in {city}.",
    "Prices in this report are quoted in local currency and in US dollars.",
]
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one author put it, {Q} {P}.",
    "{N} states that {Q}.",
    "{N} puts it clearly: {Q}.",
    "The point is made directly: {Q} {P}.",
    "{O}, {Q} {P}.",
    "In the words of {N}, {Q}.",
]
SCARE_QUOTES = [
    "“banca sin sucursal”",
    "‘remesero’",
    '"catracho"',
    "“chapín”",
    "'tico'",
    "“pura vida”",
    "‘nearshoring’",
    '"fintech"',
    "“el buen fin”",
    "‘made in Centroamérica’",
]
SCARE_FRAMES = [
    "{B} now describes its customers as {Q} {P}.",
    "Marketers in the region call this the {Q} effect {P}.",
    "The so-called {Q} segment is growing {P}.",
    "{N} uses the term {Q} for this group.",
    "Brands lean on {Q} identity in their advertising {P}.",
]
SUBJECT_LINES = [
    "“¡Tu remesa ya llegó! Retírala sin filas”",
    "‘Este 15 de septiembre, celébralo con {B}’",
    '"Your family in {city} can get paid today"',
    "“Aguinaldo: 0% interest for 3 months”",
    "‘Semana Santa: our branch hours’",
    '"Manda más, paga menos"',
]
SUBJECT_FRAMES = [
    "The WhatsApp message {Q} had the highest click rate {P}.",
    "{B} sent the push notification {Q} to its app users {P}.",
    "An email headed {Q} was tested against a plain version {P}.",
    "The SMS {Q} doubled redemptions in {city} {P}.",
]
BRANDS = ["Pollo Campero", "Tigo", "Tigo Money", "Claro", "Banco Industrial", "Banrural", "BAC Credomatic", "Banco Agrícola",
          "Banco Atlántida", "Banpro", "Banco General", "LAFISE", "Cerveza Gallo", "Salva Vida", "Pilsener", "Toña", "Imperial",
          "Balboa", "Copa Airlines", "Avianca", "La Colonia", "Super Selectos", "Despensa Familiar", "Paiz", "Walmart", "Café Britt",
          "Dos Pinos", "Flor de Caña", "Ron Zacapa", "Western Union", "Remitly", "Chivo Wallet", "Super 99", "Riba Smith", "Siman",
          "Diunsa", "PriceSmart", "Cemaco", "McDonald's", "Wendy's", "Pollo Rey", "Sarita", "Coopenae", "Micoope", "Ria", "Pricesmart"]  # fmt: skip

_CITIES = ["Guatemala City", "Quetzaltenango", "Tegucigalpa", "San Pedro Sula", "San Salvador", "Managua", "San José",
           "Panama City", "Colón", "Antigua Guatemala", "La Ceiba", "Santa Ana", "León", "Cobán"]  # fmt: skip
_DIASPORA = ["Los Angeles", "Houston", "Washington DC", "Madrid", "Miami", "New York", "Charlotte"]
_DEPTS = ["Alta Verapaz", "Quiché", "Sololá", "Huehuetenango", "Petén", "Olancho", "Chalatenango", "Atlántida",
          "Gracias a Dios", "Limón", "Darién", "Totonicapán"]  # fmt: skip
_HONOURS = ["Lic. Juan Carlos Orellana", "Licda. Ana Lucía Morales", "Ing. Marvin Castillo", "Dr. Héctor Facussé",
            "Dra. Ligia Chang", "Arq. Rebeca Xoj", "MSc. Wendy Bernárdez", "Don Álvaro Arzú", "Doña Carmen de León"]  # fmt: skip
_HISTORIC = ["Rigoberta Menchú (b. 1959)", "Miguel Ángel Asturias (1899–1974)", "Francisco Morazán (1792–1842)",
             "Óscar Arnulfo Romero (1917–1980)", "Rubén Darío (1867–1916)", "José Santos Zelaya (1853–1919)",
             "Omar Torrijos (1929–1981)", "Tecún Umán (d. 1524)", "Satuyé (d. 1795)"]  # fmt: skip
_LAW = ["Decreto 57-2008", "Decreto 6-2003", "Decreto 19-2002", "Ley N.º 8968", "Ley N.º 7472", "Decreto Legislativo N.º 776",
        "Decreto 24-2008", "Ley N.º 842", "Ley 81 de 2019", "Decreto 29-89"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use."""
    return {
        "city": rng.choice(_CITIES),
        "dias": rng.choice(_DIASPORA),
        "dept": rng.choice(_DEPTS),
        "hon": rng.choice(_HONOURS),
        "hist": rng.choice(_HISTORIC),
        "law": rng.choice(_LAW),
        "pct": f"{rng.randint(5, 27)}.{rng.randint(0, 9)}%",
        "km": f"{rng.randint(6, 32)}.{rng.choice([0, 5])}",
        "tel": f"{rng.randint(2200, 2499)}-{rng.randint(1000, 9999)}",
        "jm": str(rng.randint(20, 180)),
        "beer": rng.choice(["Gallo", "Salva Vida", "Pilsener", "Toña", "Imperial", "Balboa", "Atlas", "Port Royal"]),
    }


NOT_CITATIONS: dict[str, list[str]] = {
    "decreto-number": ["Guatemala's access-to-information law (Decreto 57-2008) also binds state-owned banks.",
                       "Prices must be shown in quetzales under the consumer law ({law}).",
                       "The bank's disclosures follow Decreto 19-2002 (Ley de Bancos y Grupos Financieros)."],
    "ley-number": ["Costa Rica's data protection law (Ley N.º 8968, 2011) requires express consent for marketing messages.",
                   "Telemarketing in Costa Rica is restricted by Ley N.º 8968 and its regulation (Decreto Ejecutivo 37554-JP)."],
    "decreto-legislativo": ["El Salvador made bitcoin legal tender (Decreto Legislativo N.º 57, June 2021).",
                            "Complaints go to the Defensoría del Consumidor under Decreto Legislativo N.º 776 (2005)."],
    "law-de-year": ["Panama's Ley 81 de 2019 on personal data came into force in March 2021.",
                    "Ley 81 de 2019 (Panamá) obliges {B} to register its databases."],
    "quetzal-figure": ["{B} reported sales of Q{n} million ({Y}).", "A basic basket cost Q{n} per month (INE, canasta básica, {Y})."],
    "lempira-figure": ["A family receiving remittances spent L {n}0 a month on food ({Y} figures).", "Tigo Money's fee was L 25 per transfer (July {Y})."],
    "colon-figure": ["The monthly plan costs ₡{n},000 (IVA included).", "Sales reached ₡{n} million in {Y} (colones)."],
    "cordoba-balboa": ["A bottle of Toña costs C$ {n} in Managua ({Y}).", "Entry to the Miraflores visitor centre is B/. {n} (balboas, {Y})."],
    "dollar-figure": ["Remittances to Guatemala passed US${n} million in a single month (May {Y}).",
                      "The maquila sector exported US${n} million ({Y}–{Y2})."],
    "remittance-share": ["Remittances equalled {pct} of GDP in Honduras ({Y}).", "In El Salvador remittances were {pct} of GDP (BCR data, {Y})."],
    "independence-day": ["Sales peak around Independence Day (15 September {Y}).",
                         "{B} sponsored the Antorcha de la Independencia (14–15 de septiembre)."],
    "semana-santa": ["Beer sales rise sharply during Semana Santa ({d} April {Y}).",
                     "The alfombras of Antigua Guatemala (Semana Santa {Y}) drew record visitors."],
    "dia-muertos": ["The giant kites of Sumpango (1 November {Y}) featured {B}'s logo.",
                    "Fiambre sales spike before Día de los Muertos (1–2 November)."],
    "garifuna-day": ["{B} ran a campaign for Garifuna Settlement Day (19 November {Y}) in Belize and Honduras.",
                     "Honduras celebrates the Día de la Etnia Negra (12 April) in La Ceiba and Trujillo."],
    "feria": ["The Feria Juniana (San Pedro Sula, June {Y}) is the brand's biggest event.",
              "Stands at the Feria de Jocotenango (August {Y}) cost Q{n} each."],
    "maya-calendar": ["The campaign launched on Waqxaqi' B'atz' (the K'iche' new year, {d} October {Y}).",
                      "Ceremonies in Momostenango follow the 260-day calendar (8 B'atz')."],
    "bono-aguinaldo": ["Retail sales jump when Bono 14 is paid (July {Y}).", "The aguinaldo (December {Y}) funds most durable purchases."],
    "event-year": ["Hurricane Mitch (1998) reshaped the banana industry in Honduras.",
                   "Hurricanes Eta and Iota (November 2020) hit the Caribbean coast.",
                   "The Football War (1969) still colours Salvadoran-Honduran rivalry."],
    "canal-date": ["The expanded canal opened on 26 June 2016 (Neopanamax locks).",
                   "Transits were cut during the drought ({Y}–{Y2}) to {n} vessels a day."],
    "trade-agreement": ["Exports grew after DR-CAFTA (in force for Guatemala since 2006).",
                        "The CA-4 agreement (2006) lets visitors travel between the four countries with one visa."],
    "rtca-code": ["Labels must follow the Central American technical regulation (RTCA 67.01.07:10).",
                  "Food labelling is governed by RTCA 67.01.60:10 across the customs union."],
    "junta-monetaria": ["Card fees were capped by the Junta Monetaria (Resolución JM-{jm}-{Y}).",
                        "The rule on electronic money (JM-{jm}-{Y}) allowed telecoms to hold deposits."],
    "sugef-rule": ["Credit scoring must follow Acuerdo SUGEF 1-05.", "Risk rules changed under SUGEF 2-10 ({Y} update)."],
    "tax-id": ["The importer's NIT is {n}4721-K.", "{B} trades under RTN 0801{n}201456 in Honduras."],
    "legal-form-founded": ["Gallo's brewer (Cervecería Centro Americana, S.A., founded 1886) still controls distribution.",
                           "{B}'s parent (Corporación Multi Inversiones, since 1936) owns poultry, banks and restaurants."],
    "founded-year": ["Pollo Campero (founded 1971, Guatemala City) now has restaurants in {dias}.",
                     "Café Britt (established 1985) sells to cruise passengers."],
    "historic-person": ["The brand's heritage campaign featured {hist}.", "A new note carries the portrait of {hist}."],
    "honorific-person": ["{hon}, head of marketing, approved the budget in January {Y}.", "The plan was presented to {hon} (gerente general)."],
    "interview-code": ["One manager was blunt about price (Interviewee G-07, Quetzaltenango).",
                       "Agents complained about liquidity (Participant SPS-{q}, {Y})."],
    "focus-group": ["Young mothers preferred WhatsApp (focus group FG{q}, {city}, n = {n}).",
                    "Two focus groups were held in {dept} (March {Y})."],
    "sample-size": ["Most respondents used mobile banking (n = {n}; Tegucigalpa and San Pedro Sula).",
                    "The survey covered {n} households ({Y})."],
    "table-figure": ["The results are summarised below (Tabla {q}).", "Market shares are shown in Figure {q} ({Y} data)."],
    "quarter": ["Deposits grew {pct} year on year (Q{q} {Y}).", "Sales fell in the first quarter (primer trimestre {Y})."],
    "ticker": ["Copa Holdings (NYSE: CPA) reported load factors above 85%.", "FIFCO's shares (BNV: FIFCO) barely moved in {Y}."],
    "flight-number": ["The new route (CM {n}, Panama City–Los Angeles) started in June {Y}.",
                      "Avianca's morning flight (AV {n}) connects San Salvador with {dias}."],
    "ussd-code": ["Customers check their balance by dialling *{n}#.", "The wallet works without data through USSD (*{q}{q}5#)."],
    "promo-code": ["The code SEPTIEMBRE15 gave 15% off until the 15th.", "New users entered CHAPIN{Y} at checkout."],
    "hashtag-handle": ["The hashtag #OrgulloCatracho trended on 15 September.", "Posts from @tigoguate reached {n},000 followers."],
    "product-size": ["{beer} Lite (330 ml) was launched for younger drinkers.", "The returnable bottle ({beer}, 1 litre, {Y}) is cheaper."],
    "coffee-grade": ["Huehuetenango coffee is sold as SHB (Strictly Hard Bean, above 1,350 m).",
                     "Its lot won the Cup of Excellence Guatemala ({Y}) with 8{q}.{d} points."],
    "award": ["The campaign won a gold Effie Centroamérica ({Y}).", "{B} received the Premio a la Exportación (AGEXPORT, {Y})."],
    "ranking": ["{B} ranked {q} in the Merco Centroamérica ranking ({Y}).", "It was listed among the Great Place to Work Centroamérica y el Caribe ({Y})."],
    "certification": ["The farm has been Rainforest Alliance certified since {Y}.", "The plant holds ISO 9001:2015 and BASC certification."],
    "household-survey": ["Poverty data come from the national household survey (ENCOVI {Y}).",
                         "Remittance receipts are measured in the EHPM ({Y}) in El Salvador."],
    "census": ["Guatemala's population census (Censo 2018) counted 14.9 million people.",
               "The XII Censo Nacional de Población (2018) recorded language by municipality."],
    "exchange-rate": ["At the reference rate (Q7.80 = US$1, {d} March {Y}) the fee is small.",
                      "The córdoba slid against the dollar (C$36.6 per US$, {Y})."],
    "spanish-date": ["The store opened on {d} de septiembre de {Y}.", "The offer ran until viernes {d} de marzo."],
    "address-km": ["The distribution centre is at Km {km} Carretera a El Salvador.",
                   "{B}'s plant (Km {km}, Carretera al Atlántico) supplies the north."],
    "phone-number": ["Customers can call the PBX ({tel}) or write on WhatsApp.", "The call centre (+502 {tel}) is open 24 hours."],
    "zone-district": ["The flagship branch is in Zona 10 (Guatemala City).", "Offices moved to Colonia Escalón (San Salvador) in {Y}."],
    "free-zone": ["{B} ships through the Zona Libre de Colón ({n} companies).", "Its plant in ZIP Choloma employs about {n}0 people."],
    "election-year": ["Consumer confidence dipped before the elections ({Y}).", "Campaign spending was frozen during the {Y} electoral period."],
    "sports-event": ["Costa Rica's World Cup run (Brazil 2014) boosted {beer} sales.", "The Copa Centroamericana ({Y}) was sponsored by {B}."],
    "degree-credential": ["The brand manager holds an MBA (INCAE, {Y}).", "She studied marketing (Licenciatura, USAC, {Y}) before joining {B}."],
    "cim-module": ["This report answers the CIM brief (module 2206, {Y}).", "The assignment follows the 2206 template (Tasks 1 and 2)."],
    "teu-capacity": ["Neopanamax ships carry up to 14,000 TEU (2016 onward).", "The terminal in Colón handled {n},000 TEU ({Y})."],
    "language-gloss": ["Shops call it a tienda (corner shop) or a pulpería (in Honduras and Nicaragua).",
                       "In Q'eqchi' the slogan was translated as 'Chaab'il' (good)."],
}  # fmt: skip
