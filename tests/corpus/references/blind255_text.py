"""The blind255 pool's prose: marketers in the Basque Country, Navarre and Catalonia and their diaspora.

Written by an independent hand without reading the checker, its tests or any other pool. Candidates at co-operatives
and banks, energy and industry, food and drink, fashion and retail, tourism and football clubs and NGOs in Bilbao,
Donostia-San Sebastián, Vitoria-Gasteiz, Pamplona-Iruña, Barcelona, Girona, Lleida, Tarragona, Andorra la Vella,
Perpignan, Bayonne, Boise, Buenos Aires, Mexico City and London, writing CIM Level 6 and 7 reports and MBA
assignments in English. ``NOT_CITATIONS`` holds text with brackets, years and figures that cites nothing: prices,
launch years, festivals, laws, events, openings, tourism figures, titles, awards, tickers and financial periods.
"""

from __future__ import annotations

import random

BRANDS = ["Mondragon", "Eroski", "Laboral Kutxa", "Kutxabank", "BBVA", "CaixaBank", "Banc Sabadell", "Iberdrola",
          "CAF", "Gestamp", "Orona", "Irizar", "Fagor", "Estrella Damm", "Freixenet", "Codorníu", "Torres",
          "Txakoli Getariako", "Idiazabal", "Nocilla", "Chupa Chups", "Cola Cao", "Mango", "Desigual", "Tous",
          "Camper", "El Corte Inglés", "Athletic Club", "Real Sociedad", "FC Barcelona", "the Guggenheim Bilbao",
          "Turisme de Barcelona", "Basquetour"]  # fmt: skip

NARRATIVE_START = [
    "{N} argue that {C}.",
    "{N} found that {C}, a finding that fits {B}'s position.",
    "{N} show that {C}.",
    "{N} suggest that {C} in the Basque market.",
    "{N} report that {C} among Catalan consumers.",
    "{N} warn that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.",
    "{O}, {N} found that {C}.",
    "As {N} explain, {C}.",
    "{C}, as {N} point out.",
    "For {B}, the lesson from {N} is that {C}.",
    "This view is shared by {N}, who note that {C}.",
    "Research by {N} in Navarre suggests that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of Basque co-operatives found that {C}.",
    "{O}, {N} framework explains why {C}.",
    "{N} survey of Barcelona shoppers shows that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "There is evidence that {C} {P}.",
    "In Euskadi, {C} {P}.",
    "It is widely argued that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, although {C2}.",
    "{C} {P}; even so, {C2}.",
    "{C} {P}, while {C2}.",
]  # fmt: skip
CLAIMS = [
    "co-operative ownership raises trust among {A}",
    "{B} relies on its regional identity more than its rivals do",
    "{T} works better in Euskara and Catalan than in Spanish alone",
    "{A} reward local brands with {R}",
    "regional pride shapes how {A} judge {B}",
    "{B} could use {T} to win {A} outside Spain",
    "gastronomic tourism lifts {R} for food brands",
    "bilingual campaigns lower the cost of reaching {A}",
    "football sponsorship improves {R} for banks",
    "firms that {bs} see stronger {R}",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "By contrast", "In the Basque Country", "In Catalonia",
           "More recently", "Even so", "In the case of {B}", "Across Navarre"]  # fmt: skip
PLAIN = [
    "{B} sells through its own app, its website and its shops in Bilbao and Barcelona.",
    "The campaign ran in Spanish, Catalan and Euskara for eight weeks.",
    "{B}'s head office is in the Basque Country, but most of its customers live elsewhere.",
    "The brand's co-operative members vote on its strategy each year.",
    "{O}, {C}.",
    "The team in Donostia-San Sebastián handles social media for the whole group.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one study puts it, {Q} {P}.",
    "{O}, {Q} {P}.",
    "Put simply, {Q} {P}.",
    "{N} put it this way: {Q}.",
    "The point is that {Q} {P}, and {B} has yet to act on it.",
]  # fmt: skip
SCARE_QUOTES = ["‘auzolan’", "‘seny’", "‘rauxa’", "‘made in Euskadi’", "‘km 0’", "‘the Bilbao effect’",
                "‘cooperative DNA’", "‘premium but local’", "‘txoko culture’", "‘Barcelona brand’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} trades on {Q} in its advertising {P}.",
    "What locals call {Q} is hard to translate for export markets {P}.",
    "The idea of {Q} runs through the region's marketing {P}.",
    "{N} describe {Q} as a source of trust.",
]  # fmt: skip
SUBJECT_LINES = ["‘Kaixo! Your Eroski club offers are here’", "‘Bon dia: 20% off Sant Jordi books and roses’",
                 "‘Your tickets for San Mamés’", "‘Last chance: summer sale ends Sunday’",
                 "“Eskerrik asko for being a member since {Y}”", "‘New season at Mango: 15% off’"]  # fmt: skip
SUBJECT_FRAMES = [
    "Subject lines such as {Q} had the highest open rates {P}.",
    "{B}'s email headed {Q} was opened by a third of members {P}.",
    "A bilingual subject line like {Q} can raise engagement {P}.",
    "Testing {Q} against a plainer version showed the value of local language {P}.",
]  # fmt: skip

NOT_CITATIONS = {
    "pintxo-price": ["A pintxo in Donostia's Parte Vieja cost about {price} in 2024, well above the Bilbao average.",
                     "At €3.50 a pintxo (2024 prices), a bar crawl is now a premium experience for {A}."],
    "museum-ticket": ["A €26 Guggenheim ticket (2023) is still cheaper than many London museums' exhibitions.",
                      "The Guggenheim Bilbao raised its adult ticket to €18 (2022) before the later increase."],
    "caña-price": ["A caña cost €1.95 in 2022 in many Pamplona bars, according to the bar owners we spoke to.",
                   "With beer at €2.40 a caña (summer 2023), Estrella Damm's on-trade pricing matters."],
    "tourist-tax": ["Barcelona's tourist tax rose to €4 a night from April 2024 for many hotels.",
                    "The Basque Parliament debated a tourist tax (2024) but had not passed one."],
    "brand-launch": ["Chupa Chups (1958) began as a sweet for children and became a global brand.",
                     "Cola Cao (1946) still leads Spain's breakfast cocoa category."],
    "beer-founding": ["Estrella Damm (1876) uses its Mediterranean heritage in every summer advert.",
                      "Founded in Barcelona in 1876, Estrella Damm is older than most of its rivals."],
    "store-opening": ["Mango opened its first shop on Passeig de Gràcia (1984) and now trades in over 100 markets.",
                      "Desigual's first shop opened in Ibiza (1984) before the brand moved to Barcelona."],
    "denomination": ["Getariako Txakolina received its denomination of origin (1989) and now exports to the US.",
                     "Idiazabal cheese has had a protected designation of origin since 1987."],
    "aste-nagusia": ["Aste Nagusia (August 2023) brought record crowds to Bilbao's riverside.",
                     "Brands sponsor txosnas during Aste Nagusia (19-27 August 2023)."],
    "san-fermin": ["San Fermín (7 July 2024) is Pamplona-Iruña's biggest week for hospitality brands.",
                   "During San Fermín (6-14 July) hotel prices in Pamplona triple."],
    "sant-jordi": ["On Sant Jordi (23 April 2023) Catalan bookshops sold about 1.8 million books.",
                   "Sant Jordi (23 April) is Catalonia's busiest day for florists and booksellers."],
    "la-merce": ["La Mercè 2022 drew over a million people to Barcelona's streets.",
                 "Estrella Damm sponsored concerts at La Mercè (September 2023)."],
    "tamborrada": ["The Tamborrada (20 January) fills Donostia-San Sebastián with drummers for 24 hours.",
                   "Hotels in Donostia sell out for the Tamborrada (20 January 2024)."],
    "diada": ["The Diada (11 September) is a day many Catalan brands avoid commercial messages.",
              "The marches on the Diada (11 September 2014) drew huge crowds to Barcelona."],
    "olentzero": ["Olentzero 2023 campaigns by Basque retailers used Euskara in their headlines.",
                  "Basque supermarkets' Christmas adverts feature Olentzero (December 2022) rather than Santa Claus."],
    "statute-basque": ["The Basque Statute of Autonomy (1979) gives the region its own tax collection.",
                       "Under the Statute of Gernika (1979), the Basque Country has its own police and tax system."],
    "statute-catalan": ["The Catalan Statute (2006) was partly struck down by the Constitutional Court in 2010.",
                        "After the Estatut (2006), Catalan gained a stronger legal position in business."],
    "coop-law": ["The Ley de Cooperativas de Euskadi 11/2019 governs how Mondragon's co-operatives are run.",
                 "Law 11/2019 of 20 December on Basque Cooperatives replaced the 1993 law."],
    "language-law": ["The Catalan language law (1998) requires labelling in Catalan for many products.",
                     "Under Llei 1/1998 on language policy, Catalan firms must serve customers in Catalan."],
    "data-law": ["The Ley Orgánica 3/2018 brings the GDPR into Spanish law for email marketing.",
                 "Spain's data protection act (LOPDGDD, 2018) adds digital rights to the GDPR."],
    "lssi": ["The LSSI (2002) limits commercial emails without consent in Spain.",
             "Under Ley 34/2002 (LSSI), cookies need the user's informed consent."],
    "referendum": ["The 2017 referendum led some Catalan firms to move their registered offices.",
                   "After October 2017, CaixaBank and Banc Sabadell moved their seats to Valencia and Alicante."],
    "olympics": ["The Barcelona Olympics (1992) changed the city's image for tourists.",
                 "Since the 1992 Games, Barcelona's waterfront has been a tourist destination."],
    "guggenheim-opening": ["The Guggenheim's opening (October 1997) began Bilbao's reinvention as a destination.",
                           "Frank Gehry's museum opened in October 1997 on the Nervión."],
    "crisis": ["The 2008 crisis hit Fagor Electrodomésticos, which closed in 2013.",
               "After the 2008 crisis, the Basque savings banks BBK, Kutxa and Vital merged into one bank in 2012."],
    "tour-depart": ["The Tour de France Grand Départ in Bilbao (July 2023) reached millions of viewers.",
                    "Cycling holidays in Bizkaia were promoted around the Grand Départ (1 July 2023)."],
    "metro-opening": ["Bilbao Metro (1995) was designed by Norman Foster, and its entrances are called fosteritos.",
                      "Since the metro opened in November 1995, Bilbao's suburbs are twenty minutes from the centre."],
    "rail-line": ["The Y vasco high-speed rail line will link Bilbao, Donostia and Vitoria-Gasteiz.",
                  "Barcelona's Line 9 (2009) now reaches the airport's Terminal 1."],
    "tourism-barcelona": ["Barcelona received 12.2 million visitors in 2023, close to its 2019 record.",
                          "Hotel stays in Barcelona reached {n} thousand in August 2023."],
    "tourism-euskadi": ["About 3.6 million visitors came to Euskadi in 2023.",
                        "Overnight stays in Gipuzkoa rose by {pct} in 2023."],
    "job-title": ["The Director de Marketing at {B} reports to the CEO.",
                  "Interviews were held with a Brand Manager (Bilbao) and a presidenta of a consumer co-operative."],
    "premios-eficacia": ["The campaign won a gold at the Premios Eficacia 2023.",
                         "{B} was shortlisted at the Premios Eficacia (2022) for effectiveness."],
    "laus-awards": ["The rebrand won at the Laus awards 2022 in Barcelona.",
                    "Laus 2023 gold went to a Catalan packaging design."],
    "michelin-star": ["The restaurant earned a Michelin star (2019) two years after opening.",
                      "Arzak has held three Michelin stars since 1989, which draws food tourists to Donostia."],
    "gastronomy-prize": ["The chef received the Premio Nacional de Gastronomía 2021.",
                         "Basque chefs have won the Premio Nacional de Gastronomía (2019) several times."],
    "ticker": ["Iberdrola (BME: IBE) is the largest company on the Madrid exchange by value.",
               "Shares in BBVA (BME: BBVA) and CaixaBank (BME: CABK) rose after the results.",
               "Grifols (BME: GRF) and CAF (BME: CAF) are two of the region's listed firms."],
    "financial-year": ["Eroski returned to profit in FY2023.",
                       "In FY2022 the group's sales grew by {pct}."],
    "half-year": ["Results for H1 2024 showed higher margins in Spain.",
                  "Net interest income rose in H1 2023 as rates climbed."],
    "quarter": ["Sales of cava fell in Q3 2023 after a weak harvest.",
                "In Q{q} 2024 the bank added new digital customers."],
    "street-address": ["The flagship is at Passeig de Gràcia 65 (Barcelona).",
                       "The co-operative's office is at Paseo José María Arizmendiarrieta 2, Arrasate-Mondragón."],
    "phone-hours": ["Customer service is open 9:00-18:00 (CET), Monday to Friday.",
                    "The store opens 10:00-21:00 (Mon-Sat) in Bilbao."],
    "percent-share": ["Athletic Club (100% Basque players policy) is a rare case in European football.",
                      "Laboral Kutxa holds about {pct} of deposits in Gipuzkoa."],
    "club-founding": ["Athletic Club, founded in 1898, has never been relegated.",
                      "FC Barcelona (founded 1899) uses ‘Més que un club’ as its motto."],
    "coop-founding": ["Mondragon's first co-operative, Ulgor, was founded in 1956.",
                      "Caja Laboral opened in 1959 to finance the co-operatives."],
    "stadium": ["San Mamés (2013) holds about 53,000 spectators.",
                "The Reale Arena (Anoeta) was rebuilt between 2017 and 2019."],
    "population": ["Bilbao has about 345,000 inhabitants (2023).",
                   "Catalonia's population passed 8 million in 2023."],
    "diaspora": ["Boise's Basque Block hosts Jaialdi (every five years, last in 2025).",
                 "About 10% of Argentines claim Basque ancestry."],
    "sample-size": ["The survey had a sample of {n} respondents (n = {n}) in Bizkaia.",
                    "We interviewed 12 co-op members (6 women, 6 men) in Arrasate."],
    "edition": ["Mobile World Congress (MWC 2024) brought 88,500 visitors to Barcelona.",
                "The Basque Culinary World Prize 2023 was awarded in Donostia."],
    "exchange-rate": ["Prices were converted at €1 = £0.86 (June 2024).",
                      "Sales in Argentina were converted at the official rate (ARS 900 = €1, 2024)."],
    "vat": ["Spain's VAT rate is 21% (general) and 10% for hospitality.",
            "Food VAT was cut to 0% (2023) for basic items such as bread and milk."],
}  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Values only this pool's frames use."""
    return {
        "price": rng.choice(["€3.50", "€4", "€3.20", "€2.80"]),
        "pct": rng.choice(["4%", "6.5%", "12%", "3.2%", "9%"]),
    }
