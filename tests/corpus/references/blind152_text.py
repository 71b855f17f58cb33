"""Pool "blind152", HELD OUT: the prose of CIM Level 6 and 7 reports and MBA assignments by marketers in Argentina,
Chile and their diaspora.

A hundred-and-fifty-second independent pool, written without reading the checker, its tests or any other pool, and
held out: nobody tunes the checker on it until its first tables have been read. Its writers work at banks and
fintechs (Banco Galicia, Santander, BBVA Argentina, Mercado Pago, Ualá, Banco de Chile, BancoEstado, Banco
Falabella), telecoms (Personal, Claro, Movistar, Entel, WOM), retailers (Falabella, Cencosud, Ripley, Coto, La
Anónima), food, wine and drink makers (Arcor, Quilmes, Havanna, Concha y Toro, CCU, Santa Rita), airlines
(Aerolíneas Argentinas, LATAM, JetSMART, Sky) and agencies in Buenos Aires, Córdoba, Rosario, Mendoza, Mar del
Plata, Salta, Santiago, Valparaíso, Concepción, Antofagasta and Puerto Montt, and in Madrid, Barcelona, Miami and
Sydney. They write pesos as $, ARS and CLP with dots for thousands and commas for decimals, quote the UF and the
dólar blue, name laws by number ("Ley 25.326", "Ley N° 19.628"), decretos, resoluciones and BCRA communications,
plan around Hot Sale, CyberMonday, CyberDay, Fiestas Patrias and the Día de la Independencia, and mention
founders, footballers, films, campaigns, awards, tickers, flights, CUIT and RUT numbers, none of which are
citations. ``NOT_CITATIONS`` holds those decoys, one list of frames per kind.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Mercado Pago", "Ualá", "Banco Galicia", "BBVA Argentina", "Santander", "Banco de Chile", "BancoEstado",
          "Falabella", "Cencosud", "Jumbo", "Ripley", "Coto", "La Anónima", "Personal", "Claro", "Movistar", "Entel",
          "WOM", "Arcor", "Quilmes", "Havanna", "Concha y Toro", "CCU", "Santa Rita", "Aerolíneas Argentinas",
          "LATAM", "JetSMART", "Sky Airline", "Naranja X", "Mercado Libre", "Rappi", "PedidosYa", "Lider", "Paris",
          "Cristal", "Bagley", "Tarjeta Naranja", "Brubank"]  # fmt: skip

_CITIES = ["Buenos Aires", "Córdoba", "Rosario", "Mendoza", "Mar del Plata", "Salta", "Santiago", "Valparaíso",
           "Concepción", "Antofagasta", "Puerto Montt", "Neuquén", "Temuco", "La Plata", "Viña del Mar"]  # fmt: skip
_ABROAD = ["Madrid", "Barcelona", "Miami", "Sydney", "Melbourne", "London"]
_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"]  # fmt: skip


def _dotted(number: int) -> str:
    """A number as Argentina and Chile write it: dots for thousands (1.250.000)."""
    return f"{number:,}".replace(",", ".")


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    year = rng.randint(2015, 2024)
    return {
        "ars": _dotted(rng.choice([rng.randint(1, 99) * 1000 + 999, rng.randint(12, 950) * 10000])),
        "clp": _dotted(rng.randint(1, 899) * 1000 + rng.choice([990, 0, 490])),
        "uf": _dotted(rng.randint(2, 90) * 100),
        "pct": f"{rng.randint(2, 95)},{rng.randint(0, 9)}",
        "city": rng.choice(_CITIES), "abroad": rng.choice(_ABROAD), "yr": str(year), "yr2": str(year + 1),
        "mes": rng.choice(_MONTHS), "day": str(rng.randint(1, 28)), "age": str(rng.randint(19, 64)),
        "pn": str(rng.randint(1, 24)), "cuotas": rng.choice(["3", "6", "12", "18"]),
        "blue": _dotted(rng.randint(180, 1500)), "rut": f"{rng.randint(60, 99)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}-{rng.choice('0123456789K')}",
        "cuit": f"30-{rng.randint(50000000, 71999999)}-{rng.randint(0, 9)}", "flight": rng.choice(["AR1302", "AR1140", "LA800", "LA530", "JA3071", "H2 261", "AR1680"]),
        "ticker": rng.choice(["BYMA: GGAL", "NYSE: BMA", "NASDAQ: MELI", "NYSE: GGAL", "BCS: FALABELLA", "BCS: CENCOSUD", "NYSE: CCU", "BCS: CONCHATORO"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argues that {C}.",
    "{N} found that {C}, although the sample was drawn only from {city}.",
    "{N} shows that {C}, which is very relevant for {B}.",
    "{N} concluded that {C}.",
    "{N} points out that {C}; this is something {B} has learnt the hard way.",
    "{N} observed that {C}, particularly among {A}.",
    "{N} maintains that {C}.",
    "{N} explain that {C} – especially when inflation runs above {pct}% a year.",
    "{N} suggested that {C} and that {C2}.",
    "{N} warns that {C}.",
    "{N} highlights that {C}, a point that applies equally in {abroad}.",
    "{N} demonstrated that {C} (see also the discussion in Task 2).",
    "{N} questions whether {C}.",
    "{N} states clearly that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.",
    "As {N} explains, {C}.",
    "{O}, {N} found that {C}.",
    "This is consistent with {N}, who argue that {C}.",
    "{C}, as {N} point out.",
    "In the Chilean context, {N} showed that {C}.",
    "Following {N}, this report assumes that {C}.",
    "{B} could learn from {N}, who found that {C}.",
    "A similar pattern was described by {N} for the Argentine market: {C}.",
    "Research by {N} confirms that {C}.",
    "In line with {N}, {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {A} in {city} found that {C}.",
    "{N} model explains why {C}.",
    "{O}, {N} framework suggests that {C}.",
    "{N} findings imply that {C}.",
    "Applying {N} segmentation to {B} shows that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "It is widely accepted that {C} {P}.",
    "In Argentina, {C} {P}.",
    "In Chile, {C} {P}.",
    "Several studies agree that {C} {P:see}.",
    "Evidence from the region suggests that {C} {P:e.g.}.",
    "{B} is no exception: {C} {P}.",
    "For a bank such as {B}, {C} {P}.",
    "Even with the dólar blue at ARS {blue}, {C} {P}.",
    "This matters because {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{C} {P}, although {C2}.",
    "{C} {P}; however, {C2}.",
    "{O}, {C} {P}, while {C2}.",
    "{C} {P} – yet {C2}.",
]  # fmt: skip
CLAIMS = [
    "{B} wins more loyalty from cuotas sin interés than from discounts",
    "{A} switch banks once a digital wallet pays interest daily",
    "{T} raises {R} among {A} in the interior more than in the capital",
    "high inflation makes {A} compare prices weekly",
    "fintechs such as Ualá and Mercado Pago have changed what {A} expect from a bank",
    "{B} relies on {T} more than its rivals do",
    "loyalty programmes lose value when points are priced in pesos",
    "{A} trust brands that publish prices in pesos rather than in dollars",
    "{T} works best when it is tied to a date such as Hot Sale or CyberDay",
    "regional brands in Chile gain more from {T} than national chains",
    "{A} reward {T} with {R}",
    "the return on {T} falls once the budget is spread across too many channels",
    "{B} needs to localise its tone for {A} in Santiago and in Buenos Aires separately",
    "price transparency builds {R} in markets with a history of devaluation",
    "{A} use WhatsApp to talk to brands more than email",
    "wine brands depend on {T} to reach {A} abroad",
    "{B} could {bs} to win {A}",
    "telecom customers in Chile churn when a rival such as WOM cuts prices",
]  # fmt: skip
OPENERS = ["However", "In practice", "In the case of {B}", "By contrast", "At the same time", "Even so",
           "In the Argentine market", "For Chilean consumers", "More recently", "After the 2019 social unrest",
           "Since the pandemic", "Similarly"]  # fmt: skip
PLAIN = [
    "{B} sells through its own app, its website and Mercado Libre.",
    "The campaign ran for six weeks on Instagram, TikTok and in the metro of {city}.",
    "Prices in the plan were set in pesos and reviewed every month because of inflation.",
    "{B} runs its own Hot Sale landing page and a separate one for CyberMonday.",
    "The budget for the year is ARS {ars}, about a third of it for paid social.",
    "The Chilean launch budget was CLP {clp} and a further UF {uf} for events.",
    "Most of the team works remotely between {city} and {abroad}.",
    "{O}, {C}.",
    "The brand manager in {city} signs off every post before it goes live.",
    "Customers can pay in {cuotas} cuotas sin interés with most credit cards.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one textbook puts it, {Q} {P}.",
    "{N} puts it simply: {Q}.",
    "In the words of {N}, {Q}.",
    "This is summed up well: {Q} {P}.",
    "{O}, {Q} {P}.",
    "The point is that {Q} {P}, and {B} has not yet acted on it.",
]  # fmt: skip
SCARE_QUOTES = ["‘cuotas sin interés’", "“precios cuidados”", "'dólar blue'", "‘ahorro en UF’", "“omnicanalidad”",
                "‘phygital’", "\"customer centric\"", "“el cliente primero”", "‘buy now, pay later’", "‘made in Chile’"]  # fmt: skip
SCARE_FRAMES = [
    "Banks now market {Q} as a benefit {P}.",
    "{B} calls its approach {Q} {P}.",
    "The idea of {Q} is now part of everyday shopping {P}.",
    "Retailers describe this as {Q} {P}.",
    "{N} describes the trend as {Q}.",
]  # fmt: skip
SUBJECT_LINES = ["“¡Llegó el Hot Sale! Hasta 12 cuotas sin interés”", "‘Tu carrito te espera’",
                 "\"CyberDay: 40% off solo por hoy\"", "‘Felices Fiestas Patrias: 20% en carnes’",
                 "“Your points expire on {day} {mes}”", "‘Volvé: te extrañamos’", "“Last chance: CyberMonday ends tonight”"]  # fmt: skip
SUBJECT_FRAMES = [
    "The email headed {Q} had the highest open rate of the quarter {P}.",
    "{B} sent {Q} to lapsed customers {P}.",
    "A subject line such as {Q} creates urgency {P}, but overuse leads to fatigue.",
    "Testing {Q} against a plainer line showed the value of localised Spanish {P}.",
]  # fmt: skip

NOT_CITATIONS: dict[str, list[str]] = {
    "ley-argentina-number": ["{B} updated its consent forms under Ley 25.326 de Protección de los Datos Personales (2000).",
                             "Every promotion must respect the Ley 24.240 de Defensa del Consumidor (1993)."],
    "ley-chile-number": ["Chile's privacy law, Ley N° 19.628 (1999), has been replaced by a stricter one.",
                         "The labelling law (Ley N° 20.606, in force since 2016) put black octagons on {B}'s packs."],
    "decreto-resolucion": ["The promotion was approved under Decreto 274/2019 on lealtad comercial.",
                           "ENACOM's Resolución 733/2017 changed how portability requests are handled."],
    "bcra-communication": ["Card instalments were capped after the BCRA's Comunicación A 7724 (March 2023).",
                           "The central bank (BCRA) restricted dollar purchases again in {yr}."],
    "regulator-abbreviation": ["The consumer watchdog (SERNAC) opened a collective case against the retailer in {yr}.",
                               "The telecoms regulator (SUBTEL) publishes portability figures every month."],
    "peso-amount": ["A monthly plan costs $ {ars} in Buenos Aires.", "The entry-level kit was priced at ARS {ars} (final price, IVA incluido)."],
    "clp-amount": ["In Chile the same bundle costs CLP {clp} ($ {clp}).", "Average basket at the store: $ {clp} (CLP)."],
    "uf-value": ["Mortgages are quoted in UF (UF {uf} for a two-bedroom flat in {city}).", "The sponsorship was worth UF {uf} in {yr}."],
    "dolar-blue": ["The dólar blue reached ARS {blue} in {yr}.", "Many imported goods are priced at the parallel rate (dólar blue: $ {blue})."],
    "inflation-figure": ["Annual inflation reached {pct}% (INDEC IPC, {mes} {yr}).", "Prices rose {pct}% in a single month ({mes} {yr})."],
    "exchange-rate": ["The plan assumes an official rate of USD 1 = ARS {blue} ({yr} budget).", "Costs were converted at CLP {blue} per dollar (average for {yr})."],
    "fiestas-patrias": ["Sales of meat and wine peak before Fiestas Patrias (18 and 19 September).",
                        "The Fiestas Patrias campaign ({yr}) featured cueca dancers in {city}."],
    "dia-independencia": ["Retailers run offers around the Día de la Independencia (9 de julio).",
                          "Havanna's limited box marked the bicentenary of independence (1816–2016)."],
    "hot-sale-cyber": ["Hot Sale {yr} ran for three days in May.", "CyberDay Chile ({day} {mes} {yr}) doubled online traffic for {B}."],
    "cybermonday": ["{B} sold out its stock in the first hours of CyberMonday {yr}.", "The CyberMonday ({yr}) landing page crashed twice."],
    "football": ["The campaign rode the wave of Argentina's World Cup win (Qatar 2022).",
                 "Chile's back-to-back Copa América titles (2015 and 2016) were used in many beer adverts."],
    "footballer": ["Messi (born 1987 in Rosario) appears in the bank's adverts.", "Alexis Sánchez (Tocopilla, 1988) fronted the telecom's campaign."],
    "founder": ["Mercado Libre was founded by Marcos Galperin in 1999.", "Luksic Group (founded by Andrónico Luksic Abaroa) controls Banco de Chile."],
    "president-term": ["Consumer credit fell under the Macri government (2015–2019).", "Bachelet's second term (2014–2018) brought a tax reform."],
    "historical-event": ["Trust in banks never recovered from the corralito (2001).", "The estallido social (October 2019) closed many stores in Santiago."],
    "earthquake": ["The 27F earthquake (27 February 2010) disrupted supply chains in the Biobío.",
                   "Mendoza's wineries remember the 1985 earthquake."],
    "plebiscite-election": ["Brands stayed silent during the plebiscito (4 September 2022).", "Advertising spend dipped before the 2023 elections (PASO in August)."],
    "brand-founded": ["Quilmes (est. 1888) is the country's best-known beer brand.", "Havanna (since 1947) built its name in Mar del Plata."],
    "wine-vintage": ["Don Melchor Cabernet Sauvignon 2018 scored 100 points.", "Casillero del Diablo (2021 vintage) sells in more than 140 countries."],
    "product-model": ["{B} launched the Galaxy A54 bundle for prepaid customers.", "The iPhone 15 (128 GB) costs far more in Argentina than in Miami."],
    "pack-size": ["Quilmes Clásica (1 L) and Cristal (1,2 L) compete on returnable bottles.", "The Havanna box of 12 alfajores (660 g) is a typical airport gift."],
    "flight-number": ["Flight {flight} is the route most expatriates take home.", "The {flight} service from {city} restarted in {yr}."],
    "aircraft": ["The airline received its first Airbus A321neo in {yr}.", "JetSMART flies an all-Airbus fleet (A320neo and A321neo)."],
    "stock-ticker": ["Its shares trade in New York and locally ({ticker}).", "Investors follow the stock closely ({ticker})."],
    "cuit-rut": ["The company is registered as CUIT {cuit}.", "The agency's RUT is {rut} and it is a SpA."],
    "phone-address": ["Customer service is on 0800-555-0{pn}22 or at Av. Corrientes 1{pn}50, C1043 CABA.",
                      "Complaints can be made on 600 600 22{pn} (SERNAC)."],
    "award": ["The campaign won gold at the Effie Awards Argentina ({yr}).", "The agency took two Cannes Lions ({yr}) for the same idea."],
    "campaign-slogan": ["The ‘Cuidá tu bolsillo’ campaign ({yr}) ran on TV and radio.", "The slogan \"Juntos somos más\" ({yr}) was dropped after a year."],
    "film-series": ["The bank's advert borrowed from the film Argentina, 1985 (2022).", "Pablo Larraín's No (2012) is shown in Chilean marketing classes."],
    "song-artist": ["The campaign used the chant \"Muchachos\" (2022).", "Mon Laferte (Viña del Mar, 1983) sang the jingle."],
    "writer-poet": ["The wine label quotes Neruda (1904–1973).", "Borges (1899–1986) is on the tote bags sold at the bookshop."],
    "interviewee": ["Participant {pn} (female, {age}, {city}) pays everything with a QR code.",
                    "One brand manager (Interviewee {pn}, {city}) described the budget as \"survival mode\"."],
    "sample-size": ["The survey covered CABA and GBA (n = {age}0).", "Responses were collected online (n = {pn}4, {mes} {yr})."],
    "quarter": ["Revenue grew in real terms in the second quarter (2T {yr}).", "Churn fell in Q{q} {yr}."],
    "generation": ["Centennials (born 1997–2012) are the bank's target.", "Millennials (born 1981–1996) hold most credit cards."],
    "cohort-university": ["The research was part of the MBA (UTDT, cohort {yr}–{yr2}).", "Classmates at San Andrés (class of {yr}) helped with the survey."],
    "percentage-comma": ["Mobile payments grew {pct}% year on year.", "Brand awareness reached {pct}% (top of mind)."],
    "time-of-day": ["The livestream started at 20:00 hs (hora argentina).", "Orders closed at 23:59 (hora de Chile continental)."],
    "hashtag": ["The brand trended with #HotSale{yr} for two days.", "Posts tagged #CyberDayChile rose sharply in {yr}."],
    "app-rating": ["The app has a rating of 4,7 (App Store, {mes} {yr}).", "Reviews fell to 3,1 stars (Google Play) after the update."],
    "mapuche-festival": ["We Tripantu (24 June) is now marked by some Chilean brands.", "Merchandise for the Mapuche new year (Wiñoy Tripantu) sold well in Temuco."],
    "world-heritage-place": ["Valparaíso's historic quarter was listed as World Heritage in 2003.", "The Quebrada de Humahuaca (listed 2003) is a backdrop for the ads."],
    "football-club": ["Boca Juniors (1905) and River Plate (1901) split the country's fans.", "Colo-Colo (founded 1925) is sponsored by a beer brand."],
    "instalment-plan": ["The bank offers Plan Ahora {cuotas} ({cuotas} cuotas sin interés).", "Cuota Simple ({cuotas} instalments) replaced the older plan."],
    "cv-career": ["I worked for BBVA in Madrid (2016–2018) before moving to {abroad}.", "The author's own role at {B} ({yr}–present) shaped this report."],
    "iso-standard": ["The agency is certified under ISO 20252:2019.", "Panels follow the IRAM-ISO 9001:2015 standard."],
    "trademark": ["Ualá® and Naranja X® are registered marks.", "Mercado Pago™ began in 2003 as a payment tool for Mercado Libre."],
    "tv-ratings": ["The advert ran during prime time (Telefe, 22,4 rating points).", "Canal 13's reality show led the ratings in {yr}."],
}  # fmt: skip
