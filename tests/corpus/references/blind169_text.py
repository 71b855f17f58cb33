"""Frames, claims, brands and decoys of the blind169 pool: HELD OUT (never tune on it; report its tables only).

Written without reading the checker, its tests or any other pool, from how marketers in Mozambique and Cabo Verde
and their diaspora (Maputo, Matola, Beira, Nampula, Quelimane, Pemba, Tete; Praia, Mindelo, Sal; Lisbon, Porto,
Johannesburg, Brockton, Rotterdam) write CIM Level 6 and 7 reports and MBA assignments in English: banks and mobile
money, telecoms, brewers, retailers, airlines, media and agencies; meticais as MZN, MT and Mt, escudos as CVE and with
the cifrão, laws as "Lei n.º 3/2017, de 9 de Janeiro", the Boletim da República and the Boletim Oficial, regulators,
Independence Days, festivals, universities, Portuguese, Changana and Kriolu words with English glosses. The decoys
are text with names, years, brackets and numbers that no tutor would look for in the reference list.
"""

from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} argue that {C}.",
    "{N} found that {C}.",
    "{N} observed, in a study of Maputo and Matola households, that {C}.",
    "{N} makes the point that {C}.",
    "{N} reported that {C}, which is relevant for {B}.",
    "{N} state clearly that {C}.",
    "{N} concluded that {C} in the lusophone markets.",
]
NARRATIVE_MID = [
    "According to {N}, {C}.",
    "As {N} explains, {C}.",
    "{O}, {N} showed that {C}.",
    "{C}, as noted by {N}.",
    "This is consistent with {N}, who found that {C}.",
    "In the Cabo Verdean context, {N} suggests that {C}.",
    "{B} could learn from {N}, who argue that {C}.",
    "A similar view is given by {N}: {C}.",
]
POSSESSIVE = [
    "{N} study of mobile money agents shows that {C}.",
    "{O}, {N} model helps to explain why {C}.",
    "{N} findings in Beira and Nampula suggest that {C}.",
]
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "It is generally accepted that {C} {P}.",
    "In Mozambique, {C} {P}.",
    "{C} (see also {P:see}).",
    "Evidence from Praia and Mindelo shows that {C} {P}.",
    "{C}, especially outside Maputo {P}.",
]
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{C} {P}; however, {C2}.",
    "{C} {P:e.g.}, while {C2}.",
    "{C} {P}, although in Cabo Verde {C2}.",
]
CLAIMS = [
    "{B} could {bs} to reach {A}",
    "mobile money agents build more trust than bank branches among {A}",
    "{A} in the provinces buy airtime in small amounts every day",
    "Portuguese-language content performs better than English content on Facebook",
    "brands that use Changana or Kriolu in their adverts are seen as closer to {A}",
    "{T} can raise {R} among {A}",
    "price remains the main reason {A} switch between Vodacom, Movitel and Tmcel",
    "remittances from the diaspora drive spending in Cabo Verde around Christmas",
    "sponsorship of football and music gives beer brands a strong emotional link with {A}",
    "{A} trust recommendations from family members more than advertising",
    "the informal market still accounts for most retail sales outside the cities",
    "{B} has to balance a national identity with a modern image",
    "tourists in Sal book mainly through tour operators in Europe",
    "WhatsApp groups are now an important sales channel for small businesses",
]
OPENERS = ["However", "In practice", "For {B}", "Similarly", "In the case of {B}", "On the other hand",
           "In the Mozambican market", "Furthermore", "For the diaspora in Lisbon and Boston"]  # fmt: skip
PLAIN = [
    "{B} sells through agents, its own shops and its app.",
    "The campaign ran on STV, on Rádio Moçambique and on Facebook for six weeks.",
    "Most customers in Nampula pay with cash or M-Pesa.",
    "The brand is well known in Praia but less so in the other islands.",
    "{O}, {C}.",
    "A focus group was held with eight customers in Matola.",
    "The recommendations below are costed in meticais.",
]
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As {N} puts it, {Q}.",
    "It has been argued that {Q} {P}.",
    "{N} writes that {Q}.",
    "One study concludes: {Q} {P}.",
    "This is what the literature means when it says {Q} {P}.",
]
SCARE_QUOTES = ["“bancarização”", "'xitique'", "“morabeza”", "‘made in Mozambique’", "'chapa culture'",
                "“Orgulho Moçambicano”", "‘sodade’", "\"dumba-nengue\""]  # fmt: skip
SCARE_FRAMES = [
    "Many brands now speak of {Q} in their communication {P}.",
    "{B} calls its approach {Q} {P}.",
    "The idea of {Q} is often used by marketers {P}.",
    "{N} used the term {Q}.",
]
SUBJECT_LINES = ["“Txuna o teu saldo!”", "'Ganhe 500 MT de bónus hoje'", "“Bô ê nos orgulho”",
                 "‘Oferta de Natal: dados a dobrar’", "\"Mais perto de si\"", "“Kanimambo, cliente!”"]  # fmt: skip
SUBJECT_FRAMES = [
    "The SMS {Q} had the best response rate {P}.",
    "{B} used the slogan {Q} in its Christmas campaign {P}.",
    "A push notification reading {Q} was tested on two groups {P}.",
]

NOT_CITATIONS = {
    "mz-law-number": [
        "The campaign must respect the electronic transactions law (Lei n.º 3/2017, de 9 de Janeiro).",
        "SIM registration is required (Decreto n.º 66/2019) before any promotion can start.",
    ],
    "cv-law-number": [
        "Customer data is protected in Cabo Verde (Lei n.º 133/V/2001) as in the EU.",
        "Consent rules follow the data law, Lei n.º 133/V/2001, of 22 January.",
    ],
    "gazette": [
        "The decree was published in the Boletim da República (I Série, n.º {q}) in {Y}.",
        "The rules appeared in the Boletim Oficial (BO n.º {n}, {Y}).",
    ],
    "aviso-bdm": [
        "Agents must follow the central bank's notice (Aviso n.º {q}/GBM/{Y}).",
        "Fees are capped under the notice (Aviso {q}/GBM/{Y}) for mobile wallets.",
    ],
    "meticais": [
        "The launch budget is 2.5 million meticais (MZN 2 500 000).",
        "A data bundle costs 50 MT (about £0.60) per day.",
        "Revenue reached 12 mil milhões de Mt ({Y}).",
    ],
    "escudos": [
        "The budget is 1.200.000$00 (CVE 1.2 million) for the first year.",
        "A night in Santa Maria costs 9.500$00 ({Y} prices).",
    ],
    "independence-day": [
        "Sales peak around Independence Day (25 June 1975).",
        "The campaign is timed for 5 July (Independence of Cabo Verde, 1975).",
    ],
    "women-day": [
        "A special offer runs on Dia da Mulher Moçambicana (7 April).",
        "Women customers were targeted on 7 de Abril ({Y}).",
    ],
    "festival": [
        "The brand sponsors the Festival Kriol Jazz (Praia, {Y}).",
        "Stands were booked at Carnaval do Mindelo ({Y}) and the Gravana festival.",
    ],
    "founder-dates": [
        "The mural shows Eduardo Mondlane (1920-1969), founder of FRELIMO.",
        "The airport carries the name of Amílcar Cabral (1924–1973).",
    ],
    "president-term": [
        "Trade grew under President Chissano (1986-2005).",
        "The market opened up in the Guebuza years (2005–2015).",
    ],
    "machel-speech": [
        "Samora Machel's speech of {Y} is still quoted in adverts.",
        "Graça Machel (born 1945) opened the exhibition.",
    ],
    "company-founded": [
        "Cervejas de Moçambique (founded 1995 after privatisation) owns 2M and Laurentina.",
        "Millennium bim (est. 1995) is the largest bank by branches.",
    ],
    "former-name": [
        "Tmcel (formerly mCel, until 2018) is state-owned.",
        "Absa Moçambique (Barclays until 2019) rebranded its branches.",
    ],
    "legal-form": [
        "The agency is registered as Golo, Lda. (NUIT {n}).",
        "Movitel, S.A. (70% owned by Viettel) grew fast.",
    ],
    "ticker-share": [
        "Shares of CDM trade on the BVM (ticker: CDM) at {n} MT.",
        "The stock exchange (Bolsa de Valores de Moçambique, BVM) listed new bonds in {Y}.",
    ],
    "product-model": [
        "The Vodacom Smart Kicka ({Y} model) sold for 2 999 MT.",
        "Customers used the M-Pesa app (version {q}.{d}) for payments.",
    ],
    "product-line": ["2M Lite (330 ml) was launched in Beira.", "Strela (5% ABV) is the islands' best-known beer."],
    "flight-code": [
        "LAM flight TM 101 (Maputo–Lisbon) restarted in {Y}.",
        "The TACV route VR 651 (Praia–Boston) was suspended.",
    ],
    "airport-code": [
        "Tourists arrive at SID (Sal) and BVC (Boa Vista).",
        "Flights from MPM (Maputo) to JNB take an hour.",
    ],
    "phone-code": [
        "Customers can call 84 {n} 000 (Vodacom) or dial *150#.",
        "The helpline is +238 {n} 00 00 in Praia.",
    ],
    "ussd-code": ["M-Pesa is opened with *150# and e-Mola with *898#.", "Balance is checked by dialling *{n}# (free)."],
    "province-code": [
        "Data for Cabo Delgado (province code 02) is incomplete.",
        "Sales in Sofala (region {q}) fell in {Y}.",
    ],
    "census": [
        "The population census (Censo 2017) counted about 27.9 million people.",
        "Mozambique's IV Recenseamento Geral (2017) gave new figures.",
    ],
    "cyclone": ["Cyclone Idai (March 2019) destroyed much of Beira.", "Sales fell after Cyclone Kenneth (April 2019)."],
    "insurgency": [
        "Operations in Cabo Delgado stopped (Palma, March 2021).",
        "The LNG project (Area 1, 2021) was paused.",
    ],
    "covid": [
        "Shops closed during the state of emergency (Estado de Emergência, April 2020).",
        "Remittances fell during COVID-19 (2020–2021).",
    ],
    "exchange-rate": [
        "The rate was 63.9 MZN/USD ({Y} average).",
        "The escudo is pegged to the euro (110.265 CVE = €1).",
    ],
    "survey-size": ["Most respondents agreed (n = {n}).", "The sample (N = {n}; Maputo and Matola) was small."],
    "figure-table": ["Market shares are shown below (Figure {q}).", "Prices are compared in the appendix (Table {q})."],
    "quarter": ["Subscribers grew in the quarter (Q{q} {Y}).", "Results improved (1.º trimestre de {Y})."],
    "fiscal-year": [
        "Profit rose in the year (exercício de {Y}).",
        "The marketing budget (FY2024/25) was approved in March.",
    ],
    "university-course": [
        "The author studied at ISCTEM (Licenciatura em Marketing, {Y}).",
        "A module on branding (GES {n}) is taught at A Politécnica.",
    ],
    "cim-qualification": [
        "The report is written for the CIM Level 6 Diploma ({Y} syllabus).",
        "This answers Task 1 of module 2206 (June {Y}).",
    ],
    "award": ["Vodacom won a Prémio Excelência (Maputo, {Y}).", "The agency took two Loeries (Durban, {Y})."],
    "ranking": [
        "Millennium bim was named Best Bank in Mozambique (Euromoney, {Y}).",
        "BCA ranked first for service (Prémio {Y}).",
    ],
    "executive": [
        "The CEO, Ms Nhaca (appointed {Y}), wants growth in the north.",
        "Mr Momade (Director of Marketing, {Y}–{Y2}) led the rebrand.",
    ],
    "interviewee": [
        "A store manager in Quelimane (interviewed {d} March 2024) agreed.",
        "One agent in Pemba (female, 34) said sales doubled.",
    ],
    "musician": [
        "The advert used a song by Mr Bow (2016).",
        "Cesária Évora (1941–2011) is still the islands' best-known voice.",
    ],
    "football": ["The brand sponsors the Moçambola ({Y} season).", "Tubarões Azuis fans (AFCON 2013) were targeted."],
    "street-address": [
        "The flagship store is at Av. Julius Nyerere, n.º {n} (Maputo).",
        "The office moved to Rua Lisboa, {n} (Mindelo) in {Y}.",
    ],
    "postal-box": ["Letters go to C.P. {n}, Maputo.", "The head office is at Caixa Postal {q}{n}, Praia."],
    "organisation-abbrev-year": [
        "The regulator set new fees for all operators (Resolução n.º {q}/CA/INCM/{Y}).",
        "Prices rose after the tariff review (ARME, Deliberação n.º {q}/{Y}).",
    ],
    "handle": [
        "Follow the brand on Instagram (@vodacom_mz).",
        "Customers posted with #OrgulhoMoçambicano (June 2021).",
    ],
    "url": [
        "More details are on the bank's site (www.bci.co.mz).",
        "Prices are listed online (mkesh.co.mz/tarifario).",
    ],
    "percentage-year": ["Mobile penetration reached 48% ({Y}).", "Only {q}0% of adults had a bank account in {Y}."],
    "time-period": ["The promotion runs weekdays (08h00–17h00).", "The store opens on Sundays (09:00 - 13:00)."],
    "plate-place": [
        "The chapas on the Baixa–Museu route (line {n}) carry the ads.",
        "Billboards were placed on the EN1 (km {n}) and EN6.",
    ],
    "diaspora-place": [
        "Many customers live in Brockton (Massachusetts) or Rotterdam (Netherlands).",
        "Cabo Verdeans in Lisbon (Cova da Moura, {Y}) send money home.",
    ],
    "kriolu-gloss": [
        "The slogan uses the word sodade (longing) as a hook.",
        "Customers are greeted with ‘Kanimambo’ (thank you in Changana).",
    ],
    "calendar-month": [
        "Sales rise before Natal (December) and fall in January.",
        "Tourism peaks in the high season (Nov–Apr).",
    ],
    "radio-frequency": [
        "The jingle ran on Rádio Cidade (97.3 FM) and Rádio Moçambique.",
        "In Mindelo the spots were aired on Rádio Morabeza (FM {n}.5) every morning.",
    ],
    "sports-result": [
        "Viewing peaked when the Mambas beat Guinea-Bissau (2–0, {Y}).",
        "Sales rose after the Tubarões Azuis reached the quarter-finals (AFCON 2023).",
    ],
    "writer-prize": [
        "The bank quoted Mia Couto (Camões Prize 2013) in its Christmas advert.",
        "Paulina Chiziane (Camões Prize 2021) opened the book fair it sponsored.",
    ],
    "islamic-calendar": [
        "Demand for data bundles rises before Eid (1 Shawwal 1444, April 2023) in Nampula and Pemba.",
        "Stores on Ilha de Moçambique close early in Ramadan (Ramadão {Y}).",
    ],
    "bairro-survey": [
        "Interviews were held in Polana Caniço (Maputo, {Y} survey).",
        "Kiosks in Achada Santo António (Praia) were counted in {Y}.",
    ],
    "vat-rate": ["Prices include IVA (16%) in Mozambique.", "Cabo Verde charges IVA at 15% ({Y})."],
}

BRANDS = ["Vodacom Moçambique", "Movitel", "Tmcel", "M-Pesa", "e-Mola", "mKesh", "Millennium bim", "BCI",
          "Standard Bank Moçambique", "Absa Moçambique", "Caixa Económica de Cabo Verde", "BCA", "CV Movel",
          "Unitel T+", "2M", "Laurentina", "Strela", "Ceris", "Shoprite", "Spar", "Game", "LAM", "Cabo Verde Airlines",
          "Bestfly", "Moave", "Cervejas de Moçambique", "O País", "STV"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use; drawn after the builder's own."""
    return {
        "A": rng.choice(
            [
                "young urban customers",
                "customers in Maputo",
                "rural households",
                "university students",
                "market traders",
                "the diaspora",
                "tourists",
                "small business owners",
                "women customers",
            ]
        ),
        "R": rng.choice(["repeat purchase", "brand trust", "app downloads", "wallet top-ups", "loyalty", "advocacy"]),
        "T": rng.choice(
            [
                "mobile money promotions",
                "SMS campaigns",
                "radio advertising",
                "football sponsorship",
                "influencer content on Instagram",
                "WhatsApp customer service",
                "loyalty points",
            ]
        ),
    }
