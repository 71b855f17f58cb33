"""The blind226 pool's prose: marketers in Bolivia, Ecuador and Paraguay and their diaspora (La Paz, El Alto, Santa
Cruz de la Sierra, Cochabamba, Sucre, Quito, Guayaquil, Cuenca, Asunción, Ciudad del Este, Encarnación; Madrid,
Buenos Aires, São Paulo, New York, Milan) at banks and cooperatives, mobile operators, breweries, supermarkets,
cacao, coffee, quinoa, banana and shrimp exporters, airlines, tourism boards and agencies, writing CIM Level 6 and 7
reports and MBA assignments in English.

``{N}`` is a narrative citation, ``{P}`` a parenthetical one, ``{Q}`` a quotation, ``{C}`` a claim, ``{B}`` a
brand, ``{O}`` an opener; the fill values of ``values()`` ({city}, {bs}, {usd}, {pyg}, {pc}...) are this pool's own.
NOT_CITATIONS holds brackets, years and numbers that are no citation: founding years, prices and remittances, laws
and decrees, festivals and holidays, harvests and grades, export tonnages, teleférico lines, phone numbers,
addresses, tickers, awards, people's titles and academic and fiscal years.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Banco Pichincha", "Banco Guayaquil", "BancoSol", "Banco Nacional de Bolivia", "Tigo", "Entel", "Claro",
          "Cervecería Boliviana Nacional", "Paceña", "Pil Andina", "Supermaxi", "Pronaca", "BoA", "Hipermaxi",
          "Pacari", "Biggie", "Superseis", "Cerveza Pilsen", "Club", "Mr. Pollo", "Pollos Copacabana", "Sweet & Coffee",
          "Juan Valdez Ecuador", "Fybeca", "De Prati", "Personal Paraguay", "Ueno Bank", "Dinelco", "Kruger", "Tía"]  # fmt: skip

NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, especially among {A} in {city}.", "{N} concluded that {C}.",
    "{N} showed that {C}, which is directly relevant to {B}.", "{N} noted that {C}, even in dollarised Ecuador.",
    "{N} suggested that {C}; {B}'s own data point the same way.", "{N} report that {C}.",
    "{N} observed that {C} in the Andean markets they studied.", "{N} warn that {C} unless trust is rebuilt first.",
    "{N} identified that {C}, above all for {A}.", "{N} makes the point that {C}.",
    "{N} compared {city} and {city2} and found that {C}.", "{N} claim that {C}, a view {B} seems to share.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "{O}, {N} found that {C}.", "This is consistent with {N}, who found that {C}.",
    "{C}, as {N} point out.", "In their study of cooperatives in El Alto, {N} found that {C}.",
    "{B} is a useful example here: {N} showed that {C}.", "Research by {N} suggests that {C}.",
    "{C} – a finding shared by {N}.", "Data from {N} show that {C}.", "As {N} explain, {C}.",
    "For exporters in Guayaquil, the lesson from {N} is that {C}.", "{C}; however, {N} found the opposite for {A}.",
    "Following {N}, it could be argued that {C}.", "A survey carried out by {N} found that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study found that {C}.", "Using {N} framework, it is clear that {C}.", "{O}, {N} findings suggest that {C}.",
    "{B} could apply {N} model, since {C}.", "{N} survey of {A} showed that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "There is good evidence that {C} {P}.", "In {city}, {C} {P}.",
    "It is widely accepted that {C} {P}.", "{B} is no exception: {C} {P}.", "For {A}, {C} {P}.",
    "Several studies of the Andean consumer agree that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, although {C2}.", "{C} {P}; even so, {C2}.", "{C} {P}, while {C2}.",
]  # fmt: skip
CLAIMS = [
    "{B} could use {T} to win {A}", "{T} raises {R} among {A}", "{A} expect banks to explain their fees clearly",
    "trust in cooperatives depends on the branch staff as much as on the brand", "{A} reward {T} with {R}",
    "mobile wallets spread fastest where cash remittances already arrive", "{B} relies on {T} more than its rivals do",
    "country-of-origin labels lift the price premium of fine-aroma cacao", "bilingual Spanish and Guaraní advertising builds closeness",
    "prepaid customers switch operator as soon as a cheaper bundle appears", "{T} works best when it is tied to {R}",
    "small exporters gain more from trade fairs than from paid search", "the return on {T} falls as budgets grow",
    "diaspora customers in Madrid and New York buy for their families at home", "loyalty cards change where families shop but not how much",
    "tourists decide on the Salar de Uyuni long before they book a flight", "firms that answer on WhatsApp see stronger {R}",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "Similarly", "At the same time", "In Bolivia", "In Ecuador",
           "In the Paraguayan market", "By contrast", "More recently", "Even so", "Among the diaspora"]  # fmt: skip
PLAIN = [
    "{B} sells through its own app, its branches and agents in small shops.",
    "The campaign ran for eight weeks on TikTok, Facebook and local radio in {city}.",
    "{O}, {C}.", "Most of {B}'s customers in {city} top up with cash.",
    "The team in {city} reports to the regional office in Bogotá.", "{B} has changed its agency twice in five years.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one textbook puts it, {Q} {P}.", "{O}, {Q} {P}.", "Put simply, {Q} {P}.",
    "The point for {B} is that {Q} {P}.", "{Q} {P}; this report agrees.",
]  # fmt: skip
SCARE_QUOTES = ["‘bancarización’", "‘phygital’", "‘el cliente primero’", "‘from bean to bar’", "‘buen vivir’",
                "‘always on’", "‘glocal’", "‘hecho en Bolivia’"]  # fmt: skip
SCARE_FRAMES = [
    "Banks in the region now speak of {Q} {P}.", "{B} calls its approach {Q} {P}.",
    "Marketers describe this as {Q} {P}.", "The idea of {Q} is now common in Andean boardrooms {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Tu préstamo está aprobado’", "‘Last chance: double miles to Santa Cruz’",
                 "“Envía dinero a casa sin comisión”", "‘Your {M} order is on its way’",
                 "‘Carnaval is here: 20% off’", "“Gracias por estar con nosotros desde {Y}”"]  # fmt: skip
SUBJECT_FRAMES = [
    "The subject line {Q} doubled opens {P}.", "{B}'s email headed {Q} was opened by a third of lapsed customers {P}.",
    "An SMS reading {Q} performed best {P}.", "Testing {Q} against a plainer version showed the value of personalisation {P}.",
]  # fmt: skip

NOT_CITATIONS = {
    "founding-year-brewery": ["Cervecería Boliviana Nacional (1886) still brews Paceña in La Paz.",
                              "Paceña's owner, Cervecería Boliviana Nacional (1886), sponsors the Carnaval de Oruro."],
    "founding-year-bank": ["Banco Pichincha (1906) is Ecuador's largest private bank.",
                           "Older rivals such as Banco Guayaquil (1923) moved into mobile banking late."],
    "founding-year-dairy": ["Pil Andina (1996) dominates milk sales in Bolivia.",
                            "Pil Andina (1996) grew out of the state dairy plants of La Paz, Cochabamba and Santa Cruz."],
    "price-bolivianos": ["A salteña costs about Bs 8 in La Paz (Bs 10 in the Zona Sur).",
                         "The cheapest data bundle costs Bs 35 (thirty days, 5 GB)."],
    "price-dollars": ["A cup of coffee in Quito costs about US$2.50 (2024 prices).",
                      "The fare to the Galápagos is steep (US$100 park entry fee, US$20 transit card)."],
    "price-guaranies": ["A bus fare in Asunción is ₲ 3.400 (about US$0.45).",
                        "The bundle sells for ₲ 15.000 (one week, unlimited WhatsApp)."],
    "remittances": ["Remittances to Ecuador reached a record (US$5,400m in 2023).",
                    "Migrants in Madrid send home about €300 a month (roughly Bs 2.300)."],
    "dollarisation": ["Since dollarisation (2000), Ecuadorian prices have been quoted in US dollars.",
                      "Ecuador replaced the sucre with the US dollar (January 2000)."],
    "itaipu-dam": ["The Itaipu dam (1984) supplies most of Paraguay's electricity.",
                   "Paraguay sells surplus power to Brazil under the Itaipu Treaty (1973)."],
    "law-number": ["Operators must publish every tariff under Ley 164 (2011) and its rules.",
                   "Ecuador's Ley Orgánica de Comunicación (2013) limits advertising aimed at children."],
    "decree-number": ["Decreto Supremo 1793 (2013) regulates electronic signatures in Bolivia.",
                      "The rules on delivery apps (DS 4776) are still being tested."],
    "carnaval-oruro": ["The Carnaval de Oruro (UNESCO, 2001) draws thousands of visitors every February.",
                       "Beer sales peak at the Carnaval de Oruro (a Masterpiece of the Oral and Intangible Heritage, 2001)."],
    "inti-raymi": ["Otavalo fills with visitors at Inti Raymi (21 June).",
                   "Brands in Imbabura time their campaigns around Inti Raymi (June solstice)."],
    "alasitas": ["Miniature banknotes sell fast at Alasitas (24 January).",
                 "At the Alasitas fair (from 24 January) buyers ask the Ekeko for houses, cars and diplomas."],
    "fiestas-quito": ["Bars in La Mariscal are full during the Fiestas de Quito (6 December).",
                      "Sales of canelazo peak around the Fiestas de Quito (1–6 December)."],
    "independence-day": ["Paraguay celebrates the Día de la Independencia (14 May 1811) with a long weekend.",
                         "Bolivia's national day (6 August 1825) is the busiest day for flag sellers."],
    "dakar-rally": ["The Dakar Rally crossed the Salar de Uyuni for five years (2014–2018).",
                    "Hotels in Uyuni still remember the Dakar years (2014 to 2018)."],
    "cacao-grade": ["Ecuador's fine-aroma cacao (Arriba Nacional) earns a premium.",
                    "Growers in Los Ríos sell CCN-51 and Nacional (Arriba) beans separately."],
    "quinoa-year": ["Quinoa prices spiked after the International Year of Quinoa (2013).",
                    "Farmers around the Salar grow royal quinoa (Quinua Real, Altiplano Sur)."],
    "coffee-award": ["A Caranavi lot won the Cup of Excellence (Bolivia, 2022).",
                     "Loja's best lots scored above 90 points (Taza Dorada 2023)."],
    "shrimp-tonnage": ["Ecuador's shrimp exports passed a million tonnes (1.2m t in 2023).",
                       "Exporters in El Oro shipped more to China than to the US (54% of volume)."],
    "banana-tonnage": ["Banana exports fell slightly (6.3m tonnes, 380 million boxes).",
                       "Each box weighs 18.14 kg (40 lb), the standard for export."],
    "teleferico-line": ["Mi Teleférico's Red Line (2014) links El Alto with central La Paz.",
                        "The Silver Line (Línea Plateada, 2019) completed the network across El Alto."],
    "phone-bolivia": ["Customers can call the bank's line (+591 2 2153000) at any hour.",
                      "WhatsApp orders go to one number (+591 70000000)."],
    "phone-ecuador": ["The call centre in Guayaquil (+593 4 2373000) handles complaints.",
                      "Bookings are taken by phone (+593 99 123 4567) or online."],
    "phone-paraguay": ["The shop in Ciudad del Este answers on WhatsApp (+595 981 123456).",
                       "Customers in Encarnación can call the branch (+595 71 202020)."],
    "casilla": ["Written complaints go to the head office (Casilla 1234, La Paz).",
                "The cooperative's address is on every statement (Casilla de correo 5678, Cochabamba)."],
    "address": ["The flagship store opened on Avenida Arce (No. 2519, Sopocachi).",
                "The agency works from an office in Quito (Av. República de El Salvador N34-183)."],
    "ticker-bbv": ["BancoSol's bonds trade on the Bolivian exchange (BBV: BSO).",
                   "The bank listed its notes on the Bolsa Boliviana de Valores (BBV) in {Y}."],
    "ticker-bvq": ["Corporación Favorita's shares are the most traded on the Quito exchange (BVQ: SLU).",
                   "Few family firms list on the Bolsa de Valores de Quito (BVQ)."],
    "effie-award": ["The campaign won gold at the Effie Awards (Effie Ecuador 2023).",
                    "{B}'s agency took a silver (Effie Paraguay 2022) for its radio work."],
    "maya-award": ["The spot won a Premio Maya (Premios Maya 2022) for creativity.",
                   "Three Bolivian agencies were shortlisted (Premios Maya 2022, Bolivia)."],
    "title-lic": ["The marketing manager (Lic. Rodrigo Paz) approved the brief.",
                  "Interviews were held with the branch head (Lic. Carmen Mamani)."],
    "title-ing": ["The plant manager (Ing. Juan Quispe) led the factory tour.",
                  "Approval came from the operations director (Ing. Freddy Choque)."],
    "title-doctor": ["The clinic's director (Dra. Verónica Zambrano) appears in the campaign.",
                     "The agronomist who judged the lots (Dr. Andrés Salazar) is a former exporter."],
    "title-econ": ["The bank's chief economist (Econ. Paola Andrade) presented the forecast.",
                   "The brief came from legal (Abg. Sebastián Cevallos) and finance."],
    "title-don": ["The founder (Don Julio Condori) still tastes every batch.",
                  "Customers know the owner simply as Doña Rosa (Rosa Apaza)."],
    "academic-year": ["The MBA cohort (2023/24) included nine Bolivian students.",
                      "Fees rose for the new intake (academic year 2024/25)."],
    "fiscal-year": ["Net profit rose in the last fiscal year (FY 2023/24).",
                    "The budget for the coming year (2024/25) was cut by a fifth."],
    "census-round": ["The census was finally held in March (Censo de Población y Vivienda 2024).",
                     "Ecuador counted 16.9 million people (census round 2022)."],
    "flight-route": ["BoA flies the route twice a day (VVI–MAD, Boeing 767).",
                     "The new service links Guayaquil and New York (GYE–JFK, four times a week)."],
    "altitude": ["El Alto is one of the highest cities in the world (4,150 m).",
                 "Visitors to Quito (2,850 m) often feel the altitude on the first day."],
    "exchange-rate": ["The official rate has been fixed for years (Bs 6.96 per dollar).",
                      "The guaraní weakened against the dollar (₲ 7.300 per US$1)."],
    "minimum-wage": ["The minimum wage rose again (Bs 2.500 a month).",
                     "Ecuador's basic wage was raised in January (US$460 a month)."],
    "mobile-tariff": ["The prepaid plan costs little (Bs 10 for 1 GB, seven days).",
                      "The postpaid bundle is the operator's best seller (US$15, 20 GB)."],
    "store-count": ["Corporación Favorita runs many stores (Supermaxi, Megamaxi, Akí and Gran Akí).",
                    "The chain now has stores in three cities (La Paz, El Alto and Santa Cruz)."],
    "harvest-season": ["Quinoa is harvested in the dry season (April to June).",
                       "Cacao has two flowerings a year (main crop from March)."],
    "expo-fair": ["The stand at the Expocruz fair (September, Santa Cruz) cost more than a TV campaign.",
                  "Exporters met buyers at the Salon du Chocolat (Paris, October)."],
    "world-cup-qualifier": ["Beer sales peaked on match day (Bolivia v Brazil, Estadio Hernando Siles).",
                            "The operator's campaign ran during the qualifiers (Ecuador v Argentina, 2–1)."],
    "percent-sample": ["Most respondents paid by QR (n = {n}, {pc}%).",
                       "The survey covered four cities (La Paz, El Alto, Cochabamba, Santa Cruz; n = {n})."],
}  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use."""
    cities = ["La Paz", "El Alto", "Santa Cruz de la Sierra", "Cochabamba", "Sucre", "Quito", "Guayaquil", "Cuenca",
              "Asunción", "Ciudad del Este", "Encarnación", "Madrid", "Buenos Aires", "São Paulo", "New York", "Milan"]  # fmt: skip
    city, city2 = rng.sample(cities, 2)
    return {
        "city": city, "city2": city2, "pc": str(rng.randint(5, 85)),
        "A": rng.choice(["unbanked households", "young professionals in {city}".replace("{city}", city), "market traders",
                         "migrants abroad", "small farmers", "university students", "first-time borrowers", "tourists",
                         "families in El Alto", "prepaid customers"]),
        "T": rng.choice(["QR payments", "WhatsApp commerce", "loyalty cards", "agent banking", "influencer content",
                         "radio in Aymara and Quechua", "short-form video", "trade fairs", "mobile wallets"]),
        "R": rng.choice(["trust", "repeat purchase", "account openings", "word of mouth", "brand preference",
                         "retention", "price premiums", "recommendation"]),
    }  # fmt: skip
