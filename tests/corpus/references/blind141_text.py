"""Frames, claims, brands and decoys of the hundred-and-forty-first independent pool (blind141), HELD OUT: never tune
the checker on it; report its tables, never its misses.

Written without reading the checker, its tests or any other pool, as marketers in Mexico and its diaspora (Mexico
City, Guadalajara, Monterrey, Puebla, Querétaro, Mérida, Tijuana, Cancún; Los Angeles, Houston, Chicago, Madrid) write
CIM Level 6 and 7 reports and MBA assignments in English: at banks and fintechs (BBVA México, Banorte, Nu México,
Mercado Pago, Klar), telecoms (Telcel, AT&T México, Izzi, Totalplay), retailers and e-commerce (Walmart de México,
OXXO, Liverpool, Coppel, Elektra, Mercado Libre), food and drink makers (Bimbo, Grupo Modelo, FEMSA, Jumex, Lala,
Sabritas), airlines (Aeroméxico, Volaris, Viva Aerobus), media houses (Televisa, TV Azteca) and agencies. The decoys
are what such reports carry that looks like a citation and is not: laws with their DOF dates, NOM standards, pesos
and MXN amounts, El Buen Fin and Hot Sale editions, Día de Muertos, 16 September and Navidad, dotted and slashed
Mexican dates, RFC codes, S.A.B. de C.V. in brackets, tickers, plans, flights, awards, founders and presidents with
their years, interviewees, and the like.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} argues that {C}, and {B} is a clear example of this in the Mexican market.",
    "{N} found that {C}, although the sample was drawn only from {A} in {city}.",
    "{N} shows that {C}; this matters for {B}'s plans for El Buen Fin.",
    "{N} noted that {C}, which helps explain why {B} moved budget from TV into TikTok.",
    "{N} suggests that {C}, a point INEGI's household data seem to support.",
    "{N} warned that {C} unless consent is handled as the LFPDPPP requires.",
    "{N} studied {n} shoppers in {city} and concluded that {C}.",
    "{N} makes the case that {C} for {A}.",
    "{N} reported a {pc}% increase in {R} once brands such as {B} introduced {T}.",
    "{N} questioned whether {C}, pointing to weak evidence among {A}.",
    "{N} were among the first to show that {C} in Latin America.",
    "{N} describes the Mexican consumer as 'aspirational but price-sensitive', and argues that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In the case of {B}, {N} argues that {C}.",
    "For {A}, as {N} points out, {C}.",
    "{O}, {N} found that {C}.",
    "This is consistent with what {N} observed in {city}, where {C}.",
    "Looking at the US Hispanic market, {N} concluded that {C}.",
    "During the pandemic, {N} noticed that {C}.",
    "On the other hand, {N} is more cautious, suggesting that {C}.",
    "As {N} explains, {C}, especially outside Mexico City.",
    "Even so, {N} stresses that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {A} in {city} showed that {C}.",
    "{O}, {N} model suggests that {C}.",
    "According to {N} analysis, {C}.",
    "{N} framework helps to explain why {B} is losing share among {A}.",
    "The weakness of {N} argument is that it assumes {C}.",
    "{C}, which supports {N} conclusion about {R}.",
    "Applying {N} segmentation to {B}'s customers gives four groups.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "In Mexico, {C} {P}.",
    "For brands like {B}, {C} {P}.",
    "{O}, {C} {P}.",
    "Among {A}, {C} {P}.",
    "It is widely accepted that {C} {P}.",
    "{C}, particularly in {city} {P}.",
    "{C}, even in the informal economy {P}.",
    "This matters because {C} {P}.",
    "Research in Latin America confirms that {C} {P}.",
    "{C}, although evidence from the diaspora is thinner {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, which is why {B} invests heavily in {T}.",
    "Since {C} {P}, {B} should rethink its approach to {A}.",
    "{O}, {C} {P}, and the same holds for {A}.",
    "Because {C} {P}, the brand should test {T} before El Buen Fin.",
    "Although {C} {P}, few Mexican SMEs act on it.",
    "{C} {P:see}, so loyalty schemes alone will not work.",
    "Given that {C} {P}, {B} needs a clearer value proposition.",
]  # fmt: skip
CLAIMS = [
    "price promotions drive trial but not loyalty",
    "Mexican consumers still prefer to pay cash at OXXO for online purchases",
    "trust in digital banks grows when fees are transparent",
    "front-of-pack warning seals reduce purchases of sugary drinks",
    "younger shoppers follow influencers more than TV presenters",
    "cash on delivery remains important outside the big cities",
    "meses sin intereses make big-ticket purchases feel affordable",
    "WhatsApp is the main customer service channel for many brands",
    "nostalgia advertising works well with the diaspora in the US",
    "brand loyalty among the middle class is weaker than it was a decade ago",
    "El Buen Fin brings purchases forward rather than creating new demand",
    "remittance customers respond to family-centred messages",
    "low-cost airlines compete mainly on ancillary fees",
    "customer reviews on Mercado Libre shape purchase intention",
    "the CRM data of most mid-sized firms is incomplete",
    "convenience stores act as a bank for the unbanked",
    "Spanish-language content outperforms English content among first-generation migrants",
    "a strong purpose message can justify a price premium",
    "telecom customers switch when number portability is easy",
    "personalised offers raise basket size in e-commerce",
]  # fmt: skip
OPENERS = ["However", "In addition", "Moreover", "On the other hand", "In this sense", "Nevertheless",
           "In the Mexican context", "For {B}", "Similarly", "At the same time", "Even so", "In practice"]  # fmt: skip
PLAIN = [
    "{B} has more than {n} branches across the Republic.",
    "The campaign ran in {city} and {city2} for six weeks.",
    "The objective is to increase {R} among {A} by {pc}% over the next twelve months.",
    "A PESTEL analysis is included in Appendix {q}.",
    "The brand's social media is managed by an agency in Polanco.",
    "Most of the budget goes to paid social and OOH along Periférico.",
    "The following section applies the 7Ps to {B}.",
    "Figure {q} shows the customer journey from search to pick-up at the store.",
    "Interviews were held in Spanish and translated by the author.",
    "Prices in this report are in Mexican pesos (MXN) unless stated otherwise.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{N} puts it simply: {Q}.",
    "As one author notes, {Q} {P}.",
    "{Q} {P}.",
    "{O}, {Q} {P}.",
    "The point is made clearly by {N}: {Q}.",
    "This is summarised well: {Q} {P}, which fits {B}'s situation.",
    "{N} writes that {Q}, and this is the core of the problem.",
]  # fmt: skip
SCARE_QUOTES = ["“aspiracional”", "“premium”", "'omnicanal'", "“phygital”", "‘glocal’", "“el cliente es primero”",
                "'customer-centric'", "“mexicanidad”", "“low cost”", "“fintech-friendly”", "'hecho en México'"]  # fmt: skip
SCARE_FRAMES = [
    "{B} positions itself as {Q} {P}.",
    "Many agencies in Mexico City sell {Q} strategies {P} without defining them.",
    "The idea of a {Q} brand is attractive to {A} {P}.",
    "What managers call {Q} is often just discounting {P}.",
    "{N} is critical of {Q} campaigns that ignore regional differences.",
]  # fmt: skip
SUBJECT_LINES = ["“¡Tu Buen Fin empieza hoy!”", "'Hasta 18 meses sin intereses'", "“Envío gratis solo por hoy”",
                 "“Your Hot Sale picks are waiting”", "‘Last chance: 2x1 en tu café’", "“Feliz Día de Muertos de parte de {B}”",
                 "'Recarga $100 y te regalamos 2 GB'"]  # fmt: skip
SUBJECT_FRAMES = [
    "The email {Q} had the highest open rate of the campaign {P}.",
    "Push notifications such as {Q} create urgency {P}, but too many annoy customers.",
    "{B} tested {Q} against a plainer version {P}.",
    "{N} cites {Q} as a typical example of scarcity messaging.",
]  # fmt: skip
NOT_CITATIONS = {
    "law-dof-date": ["The Ley Federal de Protección de Datos Personales en Posesión de los Particulares (DOF 05-07-2010) requires a privacy notice on every form.",
                     "Since the Ley Fintech (DOF 09-03-2018), platforms like {B} need authorisation from the CNBV."],
    "nom-standard": ["Packaging must comply with NOM-051-SCFI/SSA1-2010, amended in 2020, which introduced the black warning seals.",
                     "Warranty information follows NOM-024-SCFI-2013 for electronics sold by {B}."],
    "law-reform-year": ["The 2014 telecommunications reform created the IFT and opened the market to new operators.",
                        "The Ley Federal de Protección al Consumidor (1992) was reformed again in 2018 to cover online sales."],
    "buen-fin-edition": ["El Buen Fin 2023 (17-20 November) generated sales of MXN {n} billion according to the organisers' press release.",
                         "During El Buen Fin {yr}, {B} offered up to 18 meses sin intereses."],
    "hot-sale-edition": ["Hot Sale 2024 ran from 27 May to 4 June, and {B} reported its best week of the year.",
                         "Traffic to {B}'s app doubled in the Hot Sale ({yr}) compared with a normal week."],
    "dia-de-muertos": ["The Día de Muertos campaign (1-2 November) featured an ofrenda in every store.",
                       "Sales of pan de muerto peak between 28 October and 2 November every year."],
    "independence-day": ["On 16 September {yr} the brand launched a limited 'Viva México' edition.",
                         "The Grito on the night of 15 September is a key moment for beer advertising."],
    "navidad-season": ["The Navidad season, from the Guadalupe–Reyes marathon (12 December–6 January), is the key quarter for {B}.",
                       "The Día de Reyes (6 January) rosca promotion increased footfall by {pc}%."],
    "peso-amount": ["The average ticket rose to $1,250 MXN in {yr}.",
                    "The campaign budget was MXN 4.5 million (about US$250,000)."],
    "peso-parenthetical": ["Prices start at $199 (MXN) a month for the basic plan.",
                           "The annual fee of {money} (2024) is waived for the first year."],
    "exchange-rate": ["The peso traded at 17.2 MXN/USD in mid-2023, the so-called 'super peso'.",
                      "At an exchange rate of $20.10 per dollar (FIX, 2 January 2024), the price is competitive."],
    "banxico-rate": ["Banxico raised its target rate to 11.25% in March 2023.",
                     "With the interest rate at 10.5% (2024), consumer credit became expensive."],
    "inflation-figure": ["Annual inflation reached 8.7% in September 2022, the highest in two decades.",
                         "Food inflation (INPC, {yr}) hit lower-income households hardest."],
    "dotted-date": ["The survey was carried out between 03.03.2024 and 17.03.2024.",
                    "The store reopened on 15/06/2021 after the pandemic closure."],
    "spanish-date": ["The launch took place on 12 de diciembre de {yr} in the Basílica area.",
                     "The contract was signed on 5 de mayo de 2022."],
    "company-legal-form": ["The data controller is Nueva Wal-Mart de México, S. de R.L. de C.V. (a subsidiary since 1997).",
                           "The franchise is operated by Cadena Comercial OXXO, S.A. de C.V. in {city}."],
    "company-founding": ["Grupo Bimbo (founded 1945) now operates in more than 30 countries.",
                         "Liverpool (est. 1847) is one of the oldest department stores in the country."],
    "stock-ticker": ["Walmex (BMV: WALMEX) shares rose {pc}% after the results.",
                     "FEMSA trades as FEMSAUBD on the BMV and as FMX on the NYSE."],
    "rfc-code": ["Invoices are issued under RFC NWM9709244W4.",
                 "Each CFDI 4.0 invoice must show the customer's RFC and postcode."],
    "tariff-plan": ["The Telcel Plus 2023 plan includes unlimited social networks.",
                    "Izzi's 100 Megas package (2024) costs {money} per month."],
    "product-model": ["The Samsung Galaxy A54 (2023) was the best-selling phone at Coppel.",
                      "Nu's card (Nu Mastercard 2.0) has no annual fee."],
    "flight-number": ["Flight AM 58 (Mexico City–Madrid) is Aeroméxico's flagship route.",
                      "Volaris Y4 902 to Chicago O'Hare started in {yr}."],
    "award": ["The campaign won a Gold Effie Mexico (2022) for brand experience.",
              "{B} received the Premio Nacional de Calidad in {yr}."],
    "cannes-lion": ["The 'Corona Extra Sunbrew' idea won a Cannes Lion in 2023.",
                    "Mexico took {n} Lions at Cannes Lions {yr}, most of them in outdoor."],
    "historic-figure": ["Benito Juárez (1806-1872) appears on the $20 note.",
                        "The mural by Diego Rivera (1886-1957) inspired the packaging."],
    "president-term": ["Under President Andrés Manuel López Obrador (2018-2024), cash transfers expanded.",
                       "The Peña Nieto administration (2012-2018) pushed the telecoms reform."],
    "founder-years": ["Lorenzo Servitje (1918-2017), the founder of Bimbo, built the brand on freshness.",
                      "Carlos Slim (b. 1940) controls América Móvil through Inbursa."],
    "artist-year": ["Bad Bunny's concerts at the Estadio Azteca (2022) sold out in hours.",
                    "The campaign used a song by Natalia Lafourcade (Hasta la Raíz, 2015)."],
    "football": ["Club América (1916) and Chivas (1906) are the two most followed clubs.",
                 "The Liga MX Apertura {yr} final was sponsored by {B}."],
    "world-cup": ["The 2026 FIFA World Cup will open at the Estadio Azteca in Mexico City.",
                  "Brands prepared for Mexico 2026 as they had for the 1986 tournament."],
    "interviewee": ["One brand manager (Interview 3, Guadalajara, 2024) said the budget had been cut.",
                    "Respondent 7 (female, 34, Monterrey) preferred paying at OXXO."],
    "focus-group": ["The focus group in Puebla (n = 8, March 2024) disliked the new logo.",
                    "Participants (P1-P12) were recruited through Facebook groups in {city}."],
    "sample-size": ["A sample of {n} respondents (95% confidence, ±5%) was used.",
                    "The questionnaire was answered by {n} customers (2024)."],
    "nse-level": ["The target is NSE A/B and C+ under the AMAI 2022 rule.",
                  "Most Coppel customers are in the C and D levels of the AMAI scale."],
    "region-and-state": ["Sales in Nuevo León (NL) grew faster than in Jalisco (JAL).",
                         "The Bajío (Guanajuato, Querétaro, Aguascalientes) is the fastest growing region."],
    "postcode-address": ["The head office is at Paseo de la Reforma 505, C.P. 06500, Mexico City.",
                         "The pilot store is in Av. Vallarta 3959, Zapopan, Jal. 45049."],
    "metro-line": ["Billboards on Metro Line 2 (Cuatro Caminos–Tasqueña) reach millions of commuters.",
                   "The Metrorrey Line 3 opened in 2021."],
    "event-venue": ["The launch was held at the Foro Sol during the Vive Latino {yr} festival.",
                    "Expo Guadalajara hosted the FIL (Feria Internacional del Libro) in November."],
    "festival": ["The Guelaguetza (July) in Oaxaca attracts national sponsors.",
                 "Brands such as {B} sponsored the Festival Internacional Cervantino (October {yr})."],
    "telenovela": ["The telenovela 'María la del Barrio' (1995) is still used in memes.",
                   "Product placement in 'La Rosa de Guadalupe' (2008-) reaches older women."],
    "regulator-in-brackets": ["Complaints to the consumer authority (PROFECO) rose in {yr}.",
                              "The telecoms regulator (IFT) approved the merger in 2022."],
    "condusef-complaints": ["CONDUSEF received {n} thousand complaints about credit cards in 2023.",
                            "The Buró de Entidades Financieras ranks banks by complaints, and in Q{q} {yr} {B} came last."],
    "repep-register": ["Customers can register with REPEP to stop marketing calls.",
                       "The REPEP list (created 2004) had over {n} thousand numbers."],
    "usmca-treaty": ["Under the USMCA (T-MEC, 2020), tariffs on processed foods stayed at zero.",
                     "NAFTA (1994) changed what Mexican supermarkets could import."],
    "university-ranking": ["The Tec de Monterrey (QS 2024: 184th) runs the biggest MBA in the country.",
                           "UNAM (founded 1551) is the largest university in Latin America."],
    "semester-term": ["This report was written for the Spring 2025 term (Semestre Enero-Mayo).",
                      "The module (MKT-3020, Otoño 2024) assessed the same brief."],
    "phone-number": ["Customers can call 55 5340 0999 or 800 468 8722 for support.",
                     "The WhatsApp line (+52 81 1234 5678) answers in under five minutes."],
    "cdmx-abbreviation": ["The campaign ran in CDMX, GDL and MTY in Q{q} {yr}.",
                          "Ventas en AMM (Área Metropolitana de Monterrey) grew by {pc}%."],
    "percentage-bracket": ["Nu grew its deposits (+{pc}%) while Banorte was flat (2%).",
                           "Online sales (34% of total) grew faster than stores (6%)."],
    "hashtag-campaign": ["The hashtag #OrgullosamenteMexicano ({yr}) trended for two days.",
                         "#HotSale2024 had more than {n} thousand mentions."],
}  # fmt: skip
BRANDS = ["BBVA México", "Banorte", "Nu México", "Mercado Pago", "Klar", "Telcel", "AT&T México", "Izzi", "Totalplay",
          "Walmart de México", "Bodega Aurrera", "OXXO", "Liverpool", "Coppel", "Elektra", "Mercado Libre", "Bimbo",
          "Grupo Modelo", "FEMSA", "Jumex", "Lala", "Sabritas", "Aeroméxico", "Volaris", "Viva Aerobus", "Televisa",
          "TV Azteca", "Soriana", "Chedraui", "Farmacias del Ahorro", "Cinépolis", "Banco Azteca"]  # fmt: skip

_CITIES = ["Mexico City", "CDMX", "Guadalajara", "Monterrey", "Puebla", "Querétaro", "Mérida", "Tijuana", "Cancún",
           "León", "Los Angeles", "Houston", "Chicago", "Madrid", "San Antonio"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    city, city2 = rng.sample(_CITIES, 2)
    money = rng.choice([f"${rng.randint(2, 999)},{rng.randint(100, 999)} MXN", f"MXN {rng.randint(1, 90)}.{rng.randint(1, 9)} million",
                        f"{rng.randint(200, 2500)} pesos", f"${rng.randint(99, 999)}"])  # fmt: skip
    # El Buen Fin began in 2011 and Hot Sale in 2014: the decoys' years are recent ones
    return {
        "city": city,
        "city2": city2,
        "pc": str(rng.randint(3, 65)),
        "money": money,
        "yr": str(rng.randint(2015, 2024)),
    }
