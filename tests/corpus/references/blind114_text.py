"""The blind114 pool (HELD OUT): prose of marketers in Uruguay, Paraguay and Bolivia and their diaspora.

A hundred-and-fourteenth independent pool, written without reading the checker, its tests or any other pool, and
HELD OUT: nobody tunes the checker on it until its first tables have been read. Its candidates are brand, CRM,
digital, trade and communications marketers at banks and savings cooperatives, telecoms, frigoríficos and dairy
cooperatives, yerba-mate, soy and quinoa exporters, breweries, retailers, free-zone and logistics firms, hotels and
agencies in Montevideo, Punta del Este, Asunción, Ciudad del Este, La Paz, El Alto, Santa Cruz de la Sierra and
Cochabamba, and in Buenos Aires, Madrid and São Paulo, writing CIM Level 6 and 7 reports and MBA assignments in
English. Their prose carries laws numbered "Ley N.º 19.889", "Ley N.º 1334/98" and "Decreto Supremo N.º 4732",
Uruguayan decrees with a three-digit year ("Decreto N.º 414/009"), BCU circulars, BCP resolutions and ASFI
resolutions, pesos uruguayos, guaraníes and bolivianos with dots for thousands and commas for decimals, RUT, RUC and
NIT numbers, Carnaval, Semana de Turismo, Día de la Tradición, Alasita, Oruro's Carnaval and the Aymara new year,
the Chaco War and the Guerra del Agua, Mennonite and Japanese colonies with their founding years, Guaraní words with
their glottal stops written as apostrophes ("ka'a", "mba'e"), Aymara greetings, presidents and footballers with
their dates, awards, zafras, censuses and "gestión" years. Each decoy kind is text a careless reader could take for
a citation that a tutor would never expect in the reference list.
"""

from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} argue that {C}, which is exactly the challenge {B} faces in Montevideo.",
    "{N} show that {C}.",
    "{N} observed that {C} among cooperative members in the Chaco.",
    "{N} maintain that {C}; the evidence from Asunción points the same way.",
    "{N} report that {C}, a finding that holds for El Alto as much as for Santa Cruz.",
    "{N} concluded that {C}.",
    "{N} suggests that {C}, although the Bolivian data are thin.",
    "{N} highlight that {C} in Uruguay's interior.",
    "{N} demonstrated that {C} during Semana de Turismo.",
    "{N} points out that {C}.",
    "{N} emphasise that {C}, and {B} is no exception.",
]
NARRATIVE_MID = [
    "According to {N}, {C}.",
    "As {N} explain, {C}.",
    "{O}, {N} found that {C}.",
    "{C}, as {N} note.",
    "This is consistent with {N}, who argue that {C}.",
    "For {B}, the lesson from {N} is that {C}.",
    "In the Paraguayan market, {N} found that {C}.",
    "Applying the framework of {N} to {B}, {C}.",
    "{C}; {N} reach a similar conclusion for the Southern Cone.",
    "Drawing on {N}, it can be argued that {C}.",
    "A study of Bolivian consumers by {N} confirms that {C}.",
    "Following {N}, this report assumes that {C}.",
    "In contrast to the European evidence, {N} find that {C}.",
]
POSSESSIVE = [
    "{N} study of Uruguayan bank customers shows that {C}.",
    "{O}, {N} model explains why {C}.",
    "{N} analysis of the Paraguayan market suggests that {C}.",
    "Applied to {B}, {N} framework implies that {C}.",
    "{N} survey in La Paz and El Alto found that {C}.",
]
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "There is evidence that {C} {P}.",
    "In Uruguay, {C} {P}.",
    "Research in Bolivia suggests that {C} {P}.",
    "It is widely accepted in the region that {C} {P}.",
    "For a cooperative like {B}, {C} {P}.",
    "Paraguayan data support this: {C} {P}.",
    "Several studies agree that {C} {P}.",
    "{O}, it appears that {C} {P}.",
]
PARENTHETICAL_MID = [
    "{C} {P}, although {C2}.",
    "{C} {P}; however, {C2}.",
    "{C} {P}, while {C2}.",
    "Although {C} {P}, {C2}.",
    "{C} {P}, which means that {C2}.",
    "{O}, {C} {P} and {C2}.",
]
CLAIMS = [
    "{B} relies on {T} more than its Argentine and Brazilian rivals do",
    "cooperative members trust their cooperativa more than a commercial bank",
    "{A} in Montevideo reward {T} with {R}",
    "price remains the first purchase criterion for households paid in guaraníes",
    "bilingual Spanish and Guaraní advertising lifts recall in the Paraguayan interior",
    "mobile wallets such as Tigo Money reached the unbanked faster than branches ever did",
    'country-of-origin cues like "Uruguay Natural" support premium beef prices abroad',
    "Bolivian shoppers in El Alto prefer the feria to the supermarket for fresh food",
    "brand heritage matters more to beer drinkers than to buyers of soft drinks",
    "{T} raises {R} among {A}",
    "seasonal demand in Punta del Este makes year-round brand building hard",
    "free-zone firms compete on service and reliability rather than on price",
    "dairy cooperatives gain more from export branding than from domestic promotion",
    "yerba mate is bought on habit and is very hard to switch",
    "quinoa exporters depend on certification labels to justify their prices",
    "the diaspora in Buenos Aires, Madrid and São Paulo keeps buying brands from home",
    "WhatsApp is the main service channel for small firms in Asunción",
    "{A} expect brands to speak their language, including Guaraní and Aymara",
    "the return on {T} falls once the cooperative's members have been reached",
    "trust in banks recovers slowly after a financial crisis",
    "loyalty programmes work better when points can be spent at local supermarkets",
    "local brands win when they link themselves to Carnaval and football",
]
OPENERS = [
    "However",
    "In practice",
    "For {B}",
    "In the Uruguayan context",
    "By contrast",
    "At the same time",
    "In Bolivia",
    "For cooperatives in the Chaco",
    "More recently",
    "In the case of {B}",
    "Even so",
    "Across the Mercosur",
]
PLAIN = [
    "{B} sells through its own app, its stores in Montevideo and Punta del Este, and a marketplace.",
    "The campaign ran for six weeks before Carnaval on Instagram, TikTok and radio.",
    "{B} has branches in Asunción, Ciudad del Este and Encarnación.",
    "Most of the cooperative's members are farmers in the central Chaco.",
    "The team in La Paz reports to the regional office in Santa Cruz de la Sierra.",
    "Customers can pay in pesos uruguayos, in dollars or with a debit card.",
    "{O}, {C}.",
    "The brand's owned channels matter more than its paid ones.",
    "Sales are strongest in December and January, when the diaspora comes home.",
    "{B} also exports to Brazil, Chile and the Middle East.",
]
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one author puts it, {Q} {P}.",
    "{N} argue that {Q}.",
    "This is summed up well: {Q} {P}.",
    "{O}, {Q} {P}.",
    "{N} describe the market in these words: {Q}.",
    "In the words of a Uruguayan study, {Q} {P}.",
    "The point is made clearly by {N}: {Q}.",
]
SCARE_QUOTES = [
    "“Uruguay Natural”",
    "‘marca país’",
    '"tereré time"',
    "“Orgullo celeste”",
    "‘Hecho en Bolivia’",
    '"cooperativismo"',
    "“el boliche de la esquina”",
    "‘vivir bien’",
    "«la garra charrúa»",
    "“compre nacional”",
    '"jopara" copy',
    "‘Paraguay, tu lugar’",
]
SCARE_FRAMES = [
    "Brands in the region talk of {Q} as if everybody agreed on it {P}.",
    "{B} calls its approach {Q} {P}.",
    "Marketers describe this as {Q} {P}.",
    "The idea of {Q} is now common in brand briefs {P}.",
    "{N} treat {Q} as a brand asset.",
    "Much is made of {Q} in agency pitches {P}.",
]
SUBJECT_LINES = [
    "“¡Tu beneficio de Carnaval ya está activo!”",
    "‘Semana de Turismo: 20% off en tu escapada’",
    '"Mba\'éichapa! Tenés un regalo esperándote"',
    "“Jallalla Alasita: tu cuota cero te espera”",
    "‘Your {M} order is on its way to Montevideo’",
    "“Última chance: 0% de interés hasta el {d}”",
    "‘Socio, tu aguinaldo rinde más con nosotros’",
    '"Feliz Día de la Madre, mamá paraguaya"',
]
SUBJECT_FRAMES = [
    "An email headed {Q} had the highest open rate of the quarter {P}.",
    "{B} sent the message {Q} to lapsed customers {P}.",
    "The subject line {Q} doubled opens among younger members {P}.",
    "Push notifications such as {Q} work well in the region {P}.",
    "{N} cite the WhatsApp message {Q} as an example of local tone.",
]
BRANDS = ["Conaprole", "Antel", "Tigo", "Pilsen", "Paceña", "Ta-Ta", "BROU", "Banco Continental", "Superseis",
          "Hipermaxi", "PIL Andina", "Salus", "Pajarito", "Kurupí", "Biggie", "Zonamerica", "Bancard", "Abitab",
          "Farmashop", "Tienda Inglesa", "Trébol", "Huari", "Sofía", "BancoSol", "Entel", "Campesino",
          "Cervepar", "Stock", "Devoto", "La Selecta", "Ueno Bank", "Itaú Uruguay"]  # fmt: skip

# ---------------------------------------------------------------------------------------------- decoys
# Text with brackets, years, numbers or names that is no citation.
NOT_CITATIONS = {
    "uy-law-number": [
        "Data collection must follow Ley N.º 18.331 of {Y}, which the URCDP enforces.",
        "The loyalty scheme had to be redesigned under Ley N.º {ley_uy} ({Y}).",
        "Ley N.º 19.210 (financial inclusion, 2014) pushed wages into bank accounts.",
    ],
    "py-law-slash": [
        "Paraguay's consumer law (Ley N.º 1334/98) still governs promotions.",
        "Credit bureaus are bound by Ley N.º 6534/2020 on personal credit data.",
        "Free-zone firms operate under Ley N.º 523/95 and its later decrees.",
    ],
    "bo-supreme-decree": [
        "The price band was fixed by Decreto Supremo N.º {ds_bo} ({Y}).",
        "Exports of quinoa were liberalised (Decreto Supremo N.º 4732, {Y}).",
        "Under D.S. N.º {ds_bo} of {d} de {mes} de {Y}, banks must publish their fees.",
    ],
    "uy-decree-three-digit-year": [
        "The VAT refund on card payments comes from Decreto N.º 203/0{yy}.",
        "Labelling follows Decreto N.º 272/018, the front-of-pack octagon rule.",
        "Decreto N.º 414/009 regulates how the data law is applied.",
    ],
    "bcu-circular": [
        "The BCU raised the requirement (Circular N.º 2.{n}) in {mes} {Y}.",
        "Banks had until el {d} de {mes} de {Y} to comply with BCU Circular N.º 2.377.",
        "The new rule (Comunicación BCU N.º {Y}/{n}) limits card fees.",
    ],
    "bcp-resolution": [
        "The BCP set the rule in Resolución N.º {q}, Acta N.º {n}, of {d}.0{q}.{Y}.",
        "Fintechs were allowed in after Resolución BCP N.º 6 (Acta N.º 18, {Y}).",
        "The BCP's monetary policy rate stood at {tasa} % in {mes} {Y}.",
    ],
    "asfi-resolution": [
        "ASFI's rule (Resolución ASFI/{n}/{Y}) caps mortgage rates for social housing.",
        "The regulator's circular ASFI/{n}/{Y} changed how fees are shown.",
        "Banks reported under ASFI/{n}/{Y2} for the first time.",
    ],
    "abbreviated-law-year": [
        "The Ley de Urgente Consideración (LUC, 2020) changed the rules for cash payments.",
        "The financial inclusion law (LIF, 2014) made debit cards universal in Uruguay.",
        "The consumer law (LDC, {Y}) protects buyers in El Alto too.",
    ],
    "currency-uyu": [
        "A family pack costs $U {uyu} (about US$ {usd}).",
        "The annual fee is UYU {uyu}, waived for members under 30.",
        "Average spend per visit rose to $ {uyu} in {Y} (pesos uruguayos).",
    ],
    "currency-pyg": [
        "The plan costs ₲ {pyg} a month.",
        "A kilo of yerba sells for Gs. {pyg} in Asunción supermarkets ({Y}).",
        "Prepaid top-ups start at PYG {pyg}.",
    ],
    "currency-bob": [
        "The boliviano has been fixed at Bs 6,96 per dollar since {Y}.",
        "A box of quinoa costs Bs {bob} in Hipermaxi ({mes} {Y}).",
        "The minimum wage rose to Bs 2.{n} in {Y}.",
    ],
    "indexed-units": [
        "Mortgages are written in Unidades Indexadas (UI {ui}).",
        "The deposit is quoted in UI ({Y}: {ui} pesos per UI).",
        "Loans in UR (Unidad Reajustable) remain common for housing.",
    ],
    "tax-ids": [
        "Invoices must show the RUT ({rutuy}).",
        "The supplier's RUC is {rucpy} (registered {Y}).",
        "Bolivian suppliers quote their NIT ({nitbo}) on every invoice.",
    ],
    "cedula-numbers": [
        "Members register with their cédula (C.I. {ci}).",
        "The promotion asks for a C.I. number (e.g. 1.234.567-8) at checkout.",
        "In Bolivia the form asks for the CI and its extension (LP, SC or CB).",
    ],
    "carnaval": [
        "The Desfile Inaugural del Carnaval ({Y}) drew record crowds on 18 de Julio.",
        "Sponsorship peaked during Carnaval {Y}, from {d} January to early March.",
        "Murgas in the Teatro de Verano (Carnaval {Y}) are sponsored by brewers.",
    ],
    "semana-de-turismo": [
        "Sales fell during Semana de Turismo ({turismo} April {Y}).",
        "Semana de Turismo (Semana Criolla in Prado) is the brand's biggest week.",
        "The campaign launched after Semana de Turismo {Y}.",
    ],
    "dia-de-la-tradicion": [
        "The store ran a gaucho theme for the Día de la Tradición ({Y}).",
        "Fiesta de la Patria Gaucha (Tacuarembó, March {Y}) is sponsored by a meat-packer.",
        "On Día de la Tradición ({d} de {mes}) the brand gave away mate gourds.",
    ],
    "alasita": [
        "Miniature products sell at Alasita (24 January) in La Paz.",
        "The bank printed miniature banknotes for Alasita {Y}.",
        "Ekeko figures (Alasita, {Y}) carried the brand's logo.",
    ],
    "oruro-carnival": [
        "The Carnaval de Oruro (UNESCO, 2001) is the brewer's flagship sponsorship.",
        "The Diablada at Oruro ({Y}) was broadcast live on Unitel.",
        "Hotel prices triple during the Carnaval de Oruro ({mes} {Y}).",
    ],
    "aymara-new-year": [
        "Willkakuti, the Aymara New Year 5533 (21 June {Y}), is now a public holiday.",
        "The brand greeted customers for the Aymara year 553{q} on 21 June.",
        "At Tiwanaku (Willkakuti {Y}) thousands wait for the first sun.",
    ],
    "guarani-apostrophe-words": [
        "The tereré brand's slogan, ka'a he'ẽ (sweet yerba), dates from {Y}.",
        "'Ñane mba'e' (what is ours) became the cooperative's tagline in {Y}.",
        "The word mba'éichapa (how are you) opens every Tigo ad.",
    ],
    "guarani-days": [
        "Paraguay celebrates the Día del Idioma Guaraní on 25 August.",
        "The Día del Folklore (22 August {Y}) gave the brand a reason to post.",
        "San Juan Ára ({d} June {Y}) features street food and fire games.",
    ],
    "independence-dates": [
        "Uruguay's Declaratoria de la Independencia (25 August 1825) is a national holiday.",
        "Paraguay celebrates 14 and 15 May (1811) with patriotic promotions.",
        "Bolivia's Día de la Patria (6 August 1825) is a peak for beer sales.",
    ],
    "historical-wars": [
        "Memories of the Chaco War (1932–1935) still shape Paraguayan nationalism.",
        "The War of the Triple Alliance (1864–1870) left Paraguay a country of women.",
        "The Guerra del Agua (Cochabamba, 2000) made utilities a political topic.",
    ],
    "crisis-years": [
        "Uruguay's banking crisis (2002) destroyed trust in dollar deposits.",
        "After the gas war (2003) Bolivian consumers became wary of foreign brands.",
        "The 2019 crisis (November 2019) halted advertising in La Paz for weeks.",
    ],
    "colony-founding": [
        "Colonia Menno (founded 1927) is home to the Chortitzer cooperative.",
        "Fernheim (1930) and Neuland (1947) run their own dairies.",
        "Colonia Okinawa (1954) in Santa Cruz grows rice and soy.",
        "La Colmena (1936) was the first Japanese colony in Paraguay.",
    ],
    "people-with-dates": [
        "José Gervasio Artigas (1764–1850) appears on the bank's new card.",
        'The brand quoted José "Pepe" Mujica (president 2010–2015) in its ad.',
        "Augusto Roa Bastos (1917–2005) lent his name to the library sponsored by {B}.",
        "The Tiwanaku-inspired logo was designed by an artist born in El Alto ({Y}).",
    ],
    "presidents-terms": [
        "Under Luis Lacalle Pou (2020–2025) the LUC was passed.",
        "Santiago Peña (from 2023) promised a digital Paraguay.",
        "Evo Morales (2006–2019) promoted quinoa as a national symbol.",
    ],
    "footballers": [
        "The beer's ambassador is Luis Suárez (Nacional, {Y}).",
        "The Maracanazo (16 July 1950) still features in Uruguayan ads.",
        "Copa América {Y} (Paraguay vs Uruguay) drove television audiences.",
    ],
    "awards-festivals": [
        "The campaign won a gold at Desachate {Y}.",
        "{B} was named Top of Mind ({Y}) by the readers of El Observador.",
        "The agency took home two Effie Awards Uruguay ({Y}) and a Cannes Lion.",
        "The cooperative received the Premio Nacional de Calidad ({Y}).",
    ],
    "org-founded-bracket": [
        "Conaprole (founded 1936) collects most of Uruguay's milk.",
        "Banco Continental S.A.E.C.A. (est. 1980) began as a finance company.",
        "Cervecería Boliviana Nacional (CBN, since 1886) brews Paceña.",
        "Tigo (Millicom, since 1992) is Paraguay's largest operator.",
    ],
    "census-survey-names": [
        "The Censo {Y} (CNPV) counted 3,4 million Uruguayans.",
        "Household data come from the Encuesta Continua de Hogares (ECH {Y}).",
        "The EPHC ({Y}, Q{q}) shows a fall in informal work.",
    ],
    "gestion-years": [
        "The Memoria Anual (gestión {Y}) reports record deposits.",
        "Profits doubled in gestión {Y} compared with gestión {Y2}.",
        "The bank's plan covers the gestiones {Y}–{Y2}.",
    ],
    "harvest-seasons": [
        "The soy harvest (zafra {zafra}) broke records.",
        "The yerba zafra runs from May to September ({Y} season).",
        "Quinoa prices collapsed after the 2014 boom (2013–2014 season).",
    ],
    "international-years": [
        "The International Year of Quinoa (2013) put Bolivia on menus abroad.",
        "The FAO's Year of Family Farming (2014) helped the cooperatives.",
        "The UN's International Year of Cooperatives (2012) inspired the campaign.",
    ],
    "unesco-places": [
        "Colonia del Sacramento (UNESCO World Heritage, 1995) attracts day-trippers.",
        "The Jesuit missions of Trinidad and Jesús de Tavarangue (1993) are on every tour.",
        "Potosí (1987) and Sucre (1991) are Bolivia's heritage cities.",
    ],
    "product-models": [
        "The Samsung Galaxy A{n} is the best-selling phone at Tigo.",
        "Pilsen 0,0 (launched {Y}) targets drivers.",
        "The Paceña Centenario (1886–1986) bottle is a collector's item.",
        "The Antel Fibra 1000 plan replaced Fibra 300 in {Y}.",
    ],
    "venue-names-years": [
        "Concerts at the Antel Arena (opened 2018) sell out in hours.",
        "The Estadio Centenario (1930) hosted the first World Cup final.",
        "The Teatro Solís (1856) is Montevideo's oldest theatre.",
    ],
    "free-zones": [
        "Zonamerica (since 1990) hosts more than 500 firms.",
        "Ciudad del Este's Zona Franca Global (ZFG) re-exports to Brazil.",
        "The Zona Franca Santa Cruz (Zofracruz) handles grain exports.",
    ],
    "iso-and-standards": [
        "The plant is certified to ISO 22000:2018 and FSSC 22000.",
        "The bank holds UNIT-ISO 9001:2015 for its call centre.",
        "IBNORCA (NB/ISO 14001:{Y}) certified the brewery.",
    ],
    "stock-exchange-codes": [
        "The bond (BVPASA: BCO{n}) paid 9 % in guaraníes.",
        "Shares trade on the Bolsa Boliviana de Valores (BBV) under BNB.",
        "The Bolsa de Valores de Montevideo (BVM) listed the issue in {Y}.",
    ],
    "trademark-registrations": [
        "The brand is registered at DINAPI (Reg. N.º {n}.{n}).",
        "The logo was filed with the DNPI in Montevideo ({Y}).",
        "SENAPI registered the quinoa mark (Reg. {n}-{Y}).",
    ],
    "percent-year": [
        "Inflation (Uruguay, {Y}: {pct} %) was within the BCU's target.",
        "Mobile penetration reached {pct} % ({Y}).",
        "Card payments grew to {pct} % of retail sales in {Y}.",
    ],
    "survey-n": [
        "The survey covered Asunción and Central (n = {n}, {mes} {Y}).",
        "Respondents in El Alto (n = {n}) preferred cash.",
        "Focus groups ({q} groups, {Y}) were held in Montevideo and Salto.",
    ],
    "figures-tables": [
        "Sales by region are in Table {q} ({Y} data).",
        "The results are summarised in Figure {q} (source: company data, {Y}).",
        "Appendix {q} ({Y}) lists the interview guide.",
    ],
    "quarters-fiscal": [
        "Deposits grew in Q{q} {Y} and in the first half of {Y2}.",
        "The cooperative's financial year (July {Y}–June {Y2}) ended with a surplus.",
        "Results for 1S{Y} were published in {mes}.",
    ],
    "route-kilometres": [
        "The plant sits on Ruta Transchaco, km {km}.",
        "The new store opened on Ruta 5 (km 1{d}) near Durazno.",
        "Trucks queue at the Puente de la Amistad (opened 1965) every morning.",
    ],
    "hashtags-handles": [
        "The campaign hashtag #Carnaval{Y} trended for two days.",
        "Customers replied to @TigoPY with the tag #Tereré{Y}.",
        "The brand's account (@conaprole, {n}k followers) posts daily.",
    ],
    "media-channels": [
        "The spot ran on Canal 10 (Saeta TV) and Telemundo 12.",
        "Unitel and Red Uno (prime time, {Y}) carried the launch.",
        "Radio Ñandutí (AM 1020) reads the ads live.",
    ],
    "spanish-dates": [
        "The promotion ran from el {d} de {mes} de {Y}.",
        "Launch date: {d}/0{q}/{Y} (dd/mm/yyyy, as in Uruguay).",
        "The cooperative's assembly met on {d}.{q}.{Y}.",
    ],
    "bracketed-translation": [
        "The slogan “Lo nuestro es mejor” [Ours is better] ran in {Y}.",
        "The app is called “Mi Cooperativa” [My cooperative].",
        "The tagline ‘Sabor que nos une’ [A taste that unites us] tested well.",
    ],
    "cooperative-registration": [
        "The Cooperativa Multiactiva (INCOOP Res. N.º {n}/{Y}) is fully licensed.",
        "Its charter (matrícula N.º {n}) dates from {Y}.",
        "The cooperative's Ley N.º 438/94 status lets it offer loans.",
    ],
    "diaspora-figures": [
        "Some 500.000 Uruguayans live abroad (about 15 % of the population).",
        "Remittances from Spain reached US$ {usd} million in {Y}.",
        "The Bolivian community in São Paulo (estimated {n}.000 in {Y}) buys Paceña.",
    ],
    "age-bands-prices": [
        "The target is young adults aged 18–34 ({Y} plan).",
        "Prices rose by 1{q} % (2022–{Y}) after the drought.",
        "The 25–44 age group (62 % of buyers) uses the app.",
    ],
    "mennonite-german": [
        "The Chortitzer Komitee (Loma Plata) publishes the 'Mennoblatt' since 1930.",
        "The Fernheim cooperative's Ausstellung ({Y}) drew visitors from Asunción.",
        "The 'Expo Trébol' fair ({Y}) is held in Loma Plata every September.",
    ],
    "beer-heritage": [
        "Pilsen (since 1912 in Paraguay) and Patricia (since 1936 in Uruguay) are legacy brands.",
        "Huari (1882) claims to be the oldest beer in Bolivia.",
        "Zillertal (1966) was relaunched in {Y}.",
    ],
}
_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "setiembre", "octubre",
           "noviembre", "diciembre"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use: laws, decrees, money, tax numbers, dates, percentages."""
    d = rng.randint(1, 24)
    year2 = rng.randint(19, 25)
    return {
        "ley_uy": f"{rng.randint(17, 20)}.{rng.randint(100, 999)}",
        "ds_bo": str(rng.randint(1200, 5200)),
        "uyu": f"{rng.randint(1, 9)}.{rng.randint(100, 999)}",
        "usd": str(rng.randint(20, 900)),
        "pyg": f"{rng.randint(5, 450)}.000",
        "bob": f"{rng.randint(12, 95)},{rng.randint(10, 90)}",
        "ui": f"{rng.randint(4, 6)},{rng.randint(1000, 9999)}",
        "rutuy": f"21 {rng.randint(100000, 999999)} 00{rng.randint(10, 19)}",
        "rucpy": f"800{rng.randint(10000, 99999)}-{rng.randint(0, 9)}",
        "nitbo": str(rng.randint(1000000000, 9999999999)),
        "ci": f"{rng.randint(1, 5)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}-{rng.randint(0, 9)}",
        "mes": rng.choice(_MONTHS),
        "turismo": f"{d}–{d + 6}",
        "yy": f"{rng.randint(10, 25)}",
        "zafra": f"20{year2 - 1:02d}/{year2:02d}",
        "pct": f"{rng.randint(2, 88)},{rng.randint(0, 9)}",
        "tasa": f"{rng.randint(4, 11)},{rng.choice(['00', '25', '50', '75'])}",
        "km": str(rng.randint(12, 460)),
    }
