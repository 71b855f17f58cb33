"""The blind252 pool's prose: marketers in Venezuela and Uruguay and their diaspora (Caracas, Maracaibo, Valencia,
Barquisimeto, Mérida, Puerto La Cruz, Montevideo, Punta del Este, Salto, Paysandú, Colonia del Sacramento; Doral,
Madrid, Bogotá, Buenos Aires, Santiago) at banks and fintechs, telecoms, food and drink makers, retailers,
e-commerce, tourism and NGOs, writing CIM Level 6 and 7 reports and MBA assignments in English.

Written without reading the checker, its tests or any other pool. Placeholders are the builder's ({N}, {P}, {C},
{C2}, {O}, {B}, {A}, {T}, {R}, {Y}, {n}, {q}, {d}, {M}, {Q}) and these of this pool's own, from ``values``: {cv} a
Venezuelan city, {cu} a Uruguayan city, {cd} a diaspora city, {pc} a percentage's number, {Yr} a recent year,
{mes} a month, {role} a job title, {chan} a channel.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Banesco", "Banco Mercantil", "BBVA Provincial", "Bancamiga", "BROU", "Itaú Uruguay", "Prex", "dLocal",
          "CANTV", "Movistar Venezuela", "Digitel", "Antel", "Claro Uruguay", "Empresas Polar", "Harina P.A.N.",
          "Cacique", "Diplomático", "Santa Teresa", "Chocolates El Rey", "Conaprole", "Pilsen", "Bodega Garzón",
          "Salus", "Farmatodo", "Tiendas Daka", "Tienda Inglesa", "Ta-Ta", "Mercado Libre", "Uruguay Natural",
          "Los Roques tour operators", "Canaima Lodge"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use."""
    return {
        "cv": rng.choice(["Caracas", "Maracaibo", "Valencia", "Barquisimeto", "Mérida", "Puerto La Cruz"]),
        "cu": rng.choice(["Montevideo", "Punta del Este", "Salto", "Paysandú", "Colonia del Sacramento"]),
        "cd": rng.choice(["Doral", "Madrid", "Bogotá", "Buenos Aires", "Santiago"]),
        "pc": str(rng.randint(4, 78)), "Yr": str(rng.randint(2019, 2024)),
        "mes": rng.choice(["January", "March", "April", "June", "August", "October", "November", "December"]),
        "role": rng.choice(["Gerente de Mercadeo", "Brand Manager", "CEO", "Presidente Ejecutivo", "Head of Growth",
                            "Gerente de Marca", "Chief Marketing Officer"]),
        "chan": rng.choice(["WhatsApp Business", "Instagram", "TikTok", "email", "the app", "paid search", "radio"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argue that {C}.", "{N} found that {C}, even in a dollarised economy.", "{N} show that {C} in {cv}.",
    "{N} concluded that {C}, which is relevant to {B}.", "{N} observed that {C} among {A} in {cu}.",
    "{N} suggests that {C}; {B}'s experience in {cv} supports this.", "{N} warned that {C} when inflation is high.",
    "{N} makes the point that {C}.", "{N} describes how {C} in Latin American markets.",
    "{N} highlighted that {C}, especially for {A}.", "{N} report that {C}, based on a survey in {cu}.",
    "{N} went further and argued that {C} and that {C2}.", "{N} noted that, since {Yr}, {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} explain, {C}.", "{O}, {N} found that {C}.", "This is consistent with {N}, who argue that {C}.",
    "{C}, as {N} point out.", "According to {N}, {C}.", "In their study of banks in {cv}, {N} found that {C}.",
    "Research by {N} suggests that {C}.", "{C}; {N} reached a similar conclusion in {cu}.",
    "{B} is a clear example: {N} showed that {C}.", "Data from {N} indicate that {C}.",
    "Following {N}, it can be argued that {C}.", "{C}, according to {N}.",
    "For the diaspora in {cd}, {N} found that {C}.", "Unlike {B}, the firms studied by {N} showed that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study shows that {C}.", "Using {N} framework, {C}.", "{O}, {N} findings suggest that {C}.",
    "{B} could apply {N} model, because {C}.", "{N} survey of {A} in {cu} found that {C}.",
    "This reflects {N} argument that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Evidence from the region shows that {C} {P}.", "For {A} in {cv}, {C} {P}.",
    "This matters for {B} because {C} {P}.", "{C}, particularly after dollarisation {P}.",
    "It is often argued that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.",
    "In Uruguay, {C} {P}.", "{B}'s results suggest that {C} {P}.", "In short, {C} {P}.",
    "{C}, which explains why {B} invests in {T} {P}.", "{C} {P:see also}.", "{C}. {P}",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; however, {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{C} {P:see}, whereas {C2}.",
    "Because {C} {P}, {B} should make sure that {C2}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} in {cv} switch brands quickly when prices are set in dollars",
    "loyalty to local brands such as {B} survives even during hyperinflation",
    "mobile payments have replaced cash for many {A}", "{T} lifts {R} when the offer is priced in dollars",
    "remittances from the diaspora shape what families in {cv} can buy",
    "Uruguayan consumers trust banks more than their neighbours do",
    "WhatsApp is the main service channel for small retailers in the region",
    "the Uruguay Natural brand helps exporters charge a premium",
    "{B} relies on {chan} more than its rivals do", "price transparency builds trust in unstable economies",
    "{A} compare prices across several apps before buying", "a strong country brand raises the value of exports",
    "nostalgia brands sell well to the diaspora in {cd}", "fintechs win {A} with low fees and fast onboarding",
    "{T} works best when it is tied to {R}", "premium rum brands grew through tourism and duty-free sales",
    "small firms in {cu} depend on word of mouth more than advertising",
]  # fmt: skip
OPENERS = [
    "However", "In Venezuela", "In Uruguay", "For {B}", "Since dollarisation", "Furthermore", "On the other hand",
    "In the case of {B}", "For the diaspora in {cd}", "In contrast", "As a result", "In practice", "Nevertheless",
]  # fmt: skip
PLAIN = [
    "{B} sells through its own app, WhatsApp and Mercado Libre.", "The campaign ran for eight weeks in {cv} and {cu}.",
    "This report analyses {B}'s marketing mix and makes recommendations.", "{O}, {C}.",
    "{B}'s Instagram account has {n}k followers, but engagement is falling.",
    "The recommendations are phased over twelve months and costed in US dollars.",
    "A PESTLE analysis of Venezuela and Uruguay is included in the appendix.",
    "The main competitors are {B} and two regional players.",
    "Task 2 proposes a content plan for the diaspora market in {cd}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one author puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{B} seems to accept that {Q} {P}.", "One study of Latin American banks concluded that {Q} {P}.",
    "The point is made clearly that {Q} {P}, which {B} should note.",
]  # fmt: skip
SCARE_QUOTES = ["‘bodegones’", "‘dolarización de facto’", "‘the Uruguayan way’", "‘pago móvil’", "‘cashback’",
                "'the diaspora economy'", "“premium local”", "‘Uruguay Natural’", "'bachaqueo'", "‘phygital’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} has moved into {Q} retail {P}.", "So-called {Q} became common after {Yr} {P}.",
    "Marketers now talk about {Q} {P}.", "The trend known as {Q} affects {A} most {P}.",
    "Critics call this {Q}, and {B} is not immune {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Tu remesa llegó: 0% comisión hoy’", "‘Last chance: 20% off in {cu}’", "“We miss you – here’s USD 5 off”",
                 "‘Your {M} order is on its way’", "‘Pago móvil now in the app’", "“Carnaval deals end tonight”"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} lifted open rates {P}.", "{B} sent {Q} to lapsed customers {P}.",
    "Short, urgent copy like {Q} performs well with {A} {P}.", "The email {Q} had the best click rate {P}.",
]  # fmt: skip

# Text that looks like a citation and is not one: what a tutor would never expect in the reference list.
NOT_CITATIONS = {
    "bolivar-rate": ["The official rate was about Bs. 36 to the dollar in 2024.",
                     "Prices were shown in bolívares (Bs. 36.5 per USD, March 2024) and in dollars."],
    "usd-price": ["A kilo of arepa flour cost USD 4.50 in 2023.", "{B} priced its bundle at USD 9.99 (2024)."],
    "uyu-price": ["An average supermarket cart cost UYU 1,200 in 2024.",
                  "A Tienda Inglesa basket (UYU 1,200, May 2024) was used as the benchmark."],
    "inflation-rate": ["Inflation reached 190% in 2023.", "Annual inflation fell sharply (190% in 2023, under 50% in 2024)."],
    "brand-launch": ["Harina P.A.N. (1960) remains the best-known brand in the country.",
                     "The Diplomático brand (launched 2002) now sells in over 100 markets.",
                     "Cacique 500 (1990s) was one of the first premium rums in Venezuela."],
    "fintech-launch": ["Prex (2015) started as a prepaid card for young Uruguayans.",
                       "{B} copied the prepaid model that Prex introduced in 2015."],
    "listing-date": ["dLocal's listing (June 2021) valued the firm at about USD 9 billion.",
                     "Since its IPO (June 2021), dLocal has reported in US dollars."],
    "carnival": ["Sales of beer peak around Carnaval 2024 (February).", "{B}'s Carnaval 2024 campaign ran on TikTok."],
    "semana-de-turismo": ["Hotels in {cu} were full during Semana de Turismo (April 2023).",
                          "Semana Santa (Semana de Turismo in Uruguay, April 2023) is the busiest week for travel."],
    "feria-chinita": ["The Feria de la Chinita (November 2023) drew large crowds in Maracaibo.",
                      "{B} sponsored stages at the Feria de la Chinita (Nov. 2023)."],
    "noche-museos": ["Footfall rose after Noche de los Museos 2022 in Montevideo.",
                     "The bank opened its gallery for Noche de los Museos (2022)."],
    "national-day": ["The brand posted a flag on Independence Day (5 July).",
                     "Uruguay's Independence Day (25 August) is a key date for local brands."],
    "dia-patrimonio": ["{B} opened its plant to visitors for Día del Patrimonio (October 2024).",
                       "Día del Patrimonio (October 2024) celebrated Uruguayan football."],
    "price-law": ["The Ley de Precios Justos (2014) capped margins at 30%.",
                  "Under the Ley Orgánica de Precios Justos, prices had to be printed on packs."],
    "inclusion-law": ["The Uruguayan Ley de Inclusión Financiera (2014) moved salaries into bank accounts.",
                      "Ley N° 19.210 pushed small shops to accept cards and debit."],
    "decree": ["Decreto 2.792 set new rules for price labelling.", "The rules changed again (Decreto 2.792, 2017)."],
    "cannabis-rules": ["The 2019 marijuana rules allowed pharmacies to sell cannabis.",
                       "Advertising cannabis is banned under the regulated market (2013 law, 2019 rules)."],
    "oil-crash": ["The 2014 oil-price crash cut imports by more than half.",
                  "After the oil-price crash (2014), many brands left the market."],
    "dollarisation": ["Informal dollarisation (2019) changed how shoppers paid.",
                      "Since dollarisation (2019), {B} prices its catalogue in USD."],
    "redenomination": ["The 2018 redenomination removed five zeros from the bolívar.",
                       "Price tags were reprinted after the redenomination (August 2018)."],
    "protests": ["The 2017 protests closed many shops in {cv} for weeks.",
                 "Footfall collapsed during the protests (April–July 2017)."],
    "water-crisis": ["During the Uruguayan water crisis (June 2023), bottled water sales tripled.",
                     "Salus ran no advertising during the water crisis (June 2023)."],
    "metro-opening": ["The Metro de Caracas (1983) is still the main way to reach the centre.",
                      "{B}'s billboards sit in Metro de Caracas stations (opened 1983)."],
    "arena-opening": ["Antel Arena (2018) hosts most big concerts in Montevideo.",
                      "Since the arena opened (November 2018), sponsors have queued for naming rights."],
    "airport-terminal": ["The Carrasco terminal (2009) was designed by Rafael Viñoly.",
                         "Arrivals rose after the new Carrasco terminal opened in 2009."],
    "tourist-arrivals": ["Uruguay welcomed 3.9 million visitors in 2023.",
                         "Tourism recovered strongly (3.9 million visitors, 2023)."],
    "export-value": ["Uruguay's exports reached USD 13.6 billion in 2023.",
                     "Beef, pulp and soy led exports (USD 13.6 billion in 2023)."],
    "job-title": ["Banesco's Gerente de Mercadeo (in post since {Yr}) leads a team of twelve.",
                  "{B}'s {role} presented the new strategy in {mes} {Yr}."],
    "ceo-quote": ["The bank's CEO (appointed {Yr}) made mobile banking the priority.",
                  "The Presidente Ejecutivo (since {Yr}) has cut the agency roster."],
    "ad-award": ["The campaign won the Premio Nacional de Publicidad 2023.",
                 "{B} took gold at the Effie Awards Uruguay 2022."],
    "campana-oro": ["The agency won a Campana de Oro (2019) for its radio spot.",
                    "Campana de Oro winners (2019) included two banks."],
    "b-corp": ["{B} gained B Corp certification (2021).", "The firm has been a certified B Corp since 2021."],
    "gptw": ["{B} was ranked in Great Place to Work 2024.", "The bank's HR team celebrated Great Place to Work (2024)."],
    "ticker": ["dLocal trades on the Nasdaq (NASDAQ: DLO).", "Mercado Libre (NASDAQ: MELI) is the region's largest marketplace.",
               "Banco Nacional de Crédito (BVC: BNC) is listed in Caracas."],
    "financial-year": ["Revenue grew by a third in FY2023.", "{B}'s results (FY2023) showed higher margins."],
    "half-year": ["Card payments rose {pc}% in H1 2024.", "Growth slowed in the first half (H1 2024)."],
    "quarter": ["Downloads peaked in Q3 2023.", "The app relaunched in the third quarter (Q3 2023)."],
    "exchange-regime": ["Exchange controls (2003–2019) made imports hard to plan.",
                        "CADIVI (created 2003) allocated dollars to importers."],
    "minimum-wage": ["The monthly minimum wage was Bs. 130 in 2024, plus bonuses.",
                     "Uruguay's national minimum wage rose to UYU 22,268 (January 2024)."],
    "survey-sample": ["The survey covered {n} households (n = {n}).", "Respondents in {cu} were mostly women (n = {n}, {pc}%)."],
    "followers": ["{B} has {n}k followers on Instagram ({mes} {Yr}).", "The TikTok account grew to {n},000 followers in {Yr}."],
    "appendix-ref": ["The customer journey map is in Appendix 2 (Figure {q}).", "See Table {q} (section 3.{q}) for the budget."],
    "founding-year": ["Empresas Polar was founded in 1941 as a brewery.", "Conaprole (founded 1935) is a co-operative of dairy farmers."],
    "heritage-date": ["Santa Teresa's hacienda (1796) is a tourist site.", "Colonia del Sacramento (founded 1680) is a UNESCO site."],
    "world-cup": ["Sales of TVs rose before the World Cup (Qatar 2022).", "{B}'s Copa América 2024 campaign featured fans in {cd}."],
    "phone-prefix": ["Orders are taken on WhatsApp (+58 412 555 0199).", "The call centre (0800 1930) answers in under a minute."],
    "handle": ["Customers complain on X (@BanescoAyuda) more than by phone.", "The hashtag (#OrgulloVinotinto) trended in {Yr}."],
    "migration-figure": ["Some 7.7 million Venezuelans lived abroad by 2023.", "The Venezuelan community in {cd} (over 400,000 people in 2023) is a key segment."],
    "pandemic": ["Delivery apps grew during the lockdown (March–June 2020).", "{B} closed branches during the pandemic (2020–2021)."],
    "election": ["Spending slowed around the July 2024 election.", "Uruguay's national election (October 2024) filled billboards with political ads."],
    "model-name": ["The plan follows SOSTAC (situation, objectives, strategy, tactics, action, control).", "The 7Ps (product, price, place, promotion, people, process, physical evidence) shape Task 1."],
}  # fmt: skip
