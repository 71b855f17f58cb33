"""The blind119 pool (HELD OUT): the prose of Angolan and Mozambican marketers' reports and their decoys.

A hundred-and-nineteenth independent pool, written without reading the checker, its tests or any other pool. Its
candidates are brand, trade, CRM, digital and communications marketers at banks, telecoms and mobile-money firms
(Unitel, Vodacom, M-Pesa, e-Mola), oil, gas and mining groups, breweries and bottlers, supermarkets, cashew, cotton
and prawn exporters, hotels, airlines and agencies in Luanda, Benguela, Lubango, Huambo, Maputo, Beira, Nampula and
Pemba, and in Lisbon, Porto, Johannesburg and São Paulo, writing CIM Level 6 and 7 reports and MBA assignments in
English. Their text carries kwanzas and meticais, laws numbered "Lei n.º 3/22" and "Decreto Presidencial n.º 124/20",
the Boletim da República, the BNA, the Banco de Moçambique, INACOM, INCM and INE, Independence Days, the Carnaval de
Luanda, Heroes' Day and the kizomba and marrabenta seasons: brackets, years and numbers that are not citations.
HELD OUT: never tune the checker on it; report its tables, never its misses.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Unitel", "Vodacom", "M-Pesa", "e-Mola", "Movitel", "Africell", "BFA", "Banco BAI", "Millennium bim",
          "BCI", "Standard Bank", "Sonangol", "Refriango", "Cuca", "Nocal", "2M", "Laurentina", "Coca-Cola Sabco",
          "Shoprite", "Kero", "Candando", "TAAG", "LAM", "Mozal", "Multicaixa Express", "Unitel Money", "Kwenda",
          "Mcel", "Tmcel", "Tigra", "Cervejas de Moçambique", "Compal", "Pão de Açúcar", "Galp", "Olam"]  # fmt: skip

NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, even outside Luanda.", "{N} concluded that {C}.",
    "{N} showed that {C}, which is very relevant for {B}.", "{N} noted that {C}, especially among {A}.",
    "{N} suggested that {C}; {B}'s own figures point the same way.", "{N} observed that {C} in Maputo and Matola.",
    "{N} was clear that {C}.", "{N} went further and argued that {C} and that {C2}.",
    "{N} explained that {C} (for example through {T}).", "{N} highlighted that {C} after the 2016 devaluation.",
    "{N} questioned whether {C}.", "{N} reminded marketers that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "{O}, {N} found that {C}.", "As pointed out by {N}, {C}.",
    "{C}, as {N} demonstrated.", "This is consistent with {N}, who found that {C}.",
    "For {B}, the lesson from {N} is that {C}.", "{C}; {N} reached a similar conclusion in Beira.",
    "In the Angolan context, {N} found that {C}.", "In line with {N}, {C}.",
    "A study by {N} in Nampula found that {C}.", "Following {N}, this report assumes that {C}.",
    "{O}, and as {N} warned, {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study found that {C}.", "{O}, {N} model helps to explain why {C}.", "{N} survey in Luanda showed that {C}.",
    "{N} framework suggests that {C}.", "Applying {N} argument to {B}, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "It is widely accepted that {C} {P}.", "Evidence from Mozambique shows that {C} {P}.",
    "In Angola, {C} {P}.", "{B} is no exception: {C} {P}.", "Several studies agree that {C} {P}.",
    "{C}, particularly for {A} {P}.", "Research in the PALOP countries suggests that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, although {C2}.", "{C} {P}; however, {C2}.", "{C} {P}, while {C2}.",
    "{O}, {C} {P}, and {C2}.", "{C} {P}, which means that {C2}.",
]  # fmt: skip
CLAIMS = [
    "{B} depends on {T} to reach {A}", "{A} trust brands that speak Portuguese and local languages",
    "mobile money has widened the market for {B}", "{T} raises {R} among {A}",
    "price remains the main driver of choice for {A} after each devaluation",
    "agents in the bairros matter more than the app for {B}", "{A} reward {T} with {R}",
    "WhatsApp groups spread word of mouth faster than paid media", "{B} could {bs} to win {A}",
    "local content rules shape how oil and gas firms communicate", "firms that invest in {T} see stronger {R}",
    "sponsorship of Girabola and Moçambola clubs builds recall among {A}",
    "national products gain when imports become expensive", "service recovery decides loyalty in banking",
    "the informal market still sets the reference price for {A}", "{T} works best when it is tied to {R}",
    "trust in banks rises when charges are disclosed clearly", "diaspora customers expect the same service in Lisbon and Luanda",
    "USSD menus still reach more customers than apps do", "brand heritage matters to older customers in Beira",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "Similarly", "In the case of {B}", "More recently",
           "In Mozambique", "In Angola", "By contrast", "At the same time", "Even so", "For this reason"]  # fmt: skip
PLAIN = [
    "{B} sells through its own agents, its app and the informal market.",
    "The campaign ran on TPA, Rádio Nacional and Facebook for six weeks.",
    "{B}'s customers in Huambo and Lubango are mostly prepaid.",
    "Most of the interviews were held in Portuguese and translated by the author.",
    "{O}, {C}.", "The brand's WhatsApp Business line answers in Portuguese, Umbundu and English.",
    "Fieldwork took place in Maputo, Matola and Beira.", "The company's head office moved to Talatona.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one author puts it, {Q} {P}.", "{N} put it plainly: {Q}.", "{O}, {Q} {P}.",
    "It has been argued that {Q} {P}.", "{Q} {P}, and {B} has not yet acted on this.",
    "In the words of {N}, {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["“kilapi”", "‘bairro’ marketing", "\"candonga\"", "“o nosso”", "‘made in Angola’",
                "\"xitique\"", "‘zungueiras’", "“dumba nengue”", "‘banca móvel’", "\"mais kumbu\""]  # fmt: skip
SCARE_FRAMES = [
    "Many customers still buy on {Q} credit {P}.", "{B} presents its range as {Q} {P}.",
    "The so-called {Q} economy keeps prices flexible {P}.", "Traders call this {Q} {P}.",
    "{N} described the idea of {Q} as central to trust.", "Savings groups known as {Q} compete with banks {P}.",
]  # fmt: skip
SUBJECT_LINES = ["“Recarrega já e ganha o dobro!”", "‘Feliz Dia da Independência: 50% de bónus’",
                 "\"O teu Natal com mais dados\"", "“Kizomba weekend: 2 for 1”", "‘Envia dinheiro sem custos’",
                 "\"Parabéns, Moçambique! 25 de Junho\"", "“Your {M} order is on its way”"]  # fmt: skip
SUBJECT_FRAMES = [
    "The SMS {Q} drove a sharp rise in top-ups {P}.", "{B}'s push notification {Q} was the most opened of the year {P}.",
    "A message such as {Q} creates urgency {P}, but overuse annoys customers.",
    "{N} tested the subject line {Q} against a plainer version.",
    "The slogan {Q} was used across billboards in Luanda {P}.",
]  # fmt: skip

_CITIES = ["Luanda", "Benguela", "Lubango", "Huambo", "Maputo", "Beira", "Nampula", "Pemba", "Matola", "Cabinda",
           "Lobito", "Quelimane", "Tete", "Lisbon", "Porto", "Johannesburg", "São Paulo"]  # fmt: skip
_PEOPLE = ["Agostinho Neto", "Samora Machel", "Eduardo Mondlane", "Rainha Nzinga", "Bonga", "Yuri da Cunha",
           "Paulo Flores", "Mingas", "Dama do Bling", "Stewart Sukuma", "Neyma", "Anselmo Ralph", "Mia Couto",
           "Pepetela", "Maria Mutola", "Eusébio", "Malangatana", "Ondjaki", "Lizha James", "C4 Pedro"]  # fmt: skip
_DATES = ["11 de Novembro", "25 de Junho", "4 de Abril", "3 de Fevereiro", "7 de Setembro", "4 de Outubro",
          "17 de Setembro", "25 de Setembro", "1 de Maio", "2 de Novembro"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values that only this pool's frames use."""
    year = rng.randint(2008, 2025)
    return {
        "city": rng.choice(_CITIES), "kz": f"{rng.randint(2, 950)} {rng.choice(['000', '500'])}",
        "mt": f"{rng.randint(10, 990)}", "yy": f"{rng.randint(2, 24):02d}", "yr": str(year),
        "yr2": str(year + rng.randint(1, 3)), "season": f"{year}/{(year + 1) % 100:02d}", "lei": str(rng.randint(1, 40)), "decr": str(rng.randint(10, 250)),
        "pct": f"{rng.randint(2, 68)},{rng.randint(0, 9)}", "pctd": f"{rng.randint(2, 68)}.{rng.randint(0, 9)}",
        "person": rng.choice(_PEOPLE), "date": rng.choice(_DATES), "num": str(rng.randint(11, 240)),
        "nuit": str(rng.randint(100000000, 999999999)), "nif": f"5{rng.randint(100000000, 999999999)}",
        "ussd": f"*{rng.choice(['150', '121', '444', '840', '130'])}#", "rate": f"{rng.randint(9, 24)},{rng.choice(['00', '25', '50', '75'])}",
        "usd": f"{rng.randint(1, 30)}", "seats": str(rng.randint(60, 290)), "edition": str(rng.randint(8, 47)),
    }  # fmt: skip


NOT_CITATIONS = {
    "kwanza-amount": [
        "A 1 GB bundle costs Kz {kz} ({yr} price list).", "The average basket in Luanda rose to AOA {kz} ({yr}).",
        "{B} cut its tariff to {kz} Kz ({yr} prices, VAT included).",
    ],
    "metical-amount": [
        "An e-Mola transfer of up to {mt} MT is free ({yr} tariff).", "A crate of 2M sells for MZN {mt} (Maputo, {yr}).",
        "Agents earn {mt},00 MT per registration ({yr} scheme).",
    ],
    "angolan-law": [
        "Personal data must be protected under Angolan law (Lei n.º 22/11, de 17 de Junho).",
        "Advertising to children is restricted (Lei n.º {lei}/{yy}).", "{B} updated its terms after Lei n.º {lei}/{yy} came into force.",
    ],
    "presidential-decree": [
        "E-commerce is regulated by Decreto Presidencial n.º 124/20 (Angola).",
        "Import quotas were tightened (Decreto Presidencial n.º {decr}/{yy}).",
        "The basket of basic goods was fixed by Presidential Decree No. {decr}/{yy}.",
    ],
    "mozambican-law": [
        "Electronic transactions are governed by Lei n.º 3/2017 (Mozambique).",
        "Consumer rights are set out in Mozambican law (Lei n.º 22/2009, de 28 de Setembro).",
        "The advertising code (Decreto n.º {lei}/{yr}) bans misleading price claims.",
    ],
    "boletim-da-republica": [
        "The regulation was published in the Boletim da República (I Série, n.º {num}, {yr}).",
        "The new tariffs appeared in the Diário da República (I Série – n.º {num}) in {yr}.",
    ],
    "central-bank-notice": [
        "Banks must disclose all charges (Aviso n.º {lei}/{yr} do BNA).",
        "Mobile wallets are capped by the Banco de Moçambique (Aviso n.º {lei}/GBM/{yr}).",
        "The BNA's Instrutivo n.º {lei}/{yr} sets the rules for agent banking.",
    ],
    "policy-rate": [
        "The BNA held its base rate at {rate}% (Comité de Política Monetária, {date} {yr}).",
        "The MIMO rate stood at {rate}% in {yr} (Banco de Moçambique).",
    ],
    "exchange-rate": [
        "The kwanza fell to Kz {kz} per US$1,000 ({yr}).", "The metical was stable at about 63,9 MT per US dollar (2021–2024).",
        "Importers paid a premium on the parallel market (the 'kinguilas', {yr}).",
    ],
    "independence-day": [
        "{B} ran its biggest promotion around Independence Day (11 de Novembro {yr}).",
        "Sales peaked on Mozambique's Independence Day (25 June {yr}).",
    ],
    "public-holiday": [
        "Traffic fell over Heroes' Day (3 de Fevereiro).", "Bank branches closed for the Dia da Paz (4 April {yr}).",
        "Footfall rose before the Dia da Família (25 de Dezembro).",
    ],
    "carnaval": [
        "{B} sponsored a group at the Carnaval de Luanda ({yr}).", "The Carnaval de Benguela ({yr}) drew record crowds.",
    ],
    "music-season": [
        "The kizomba season (November to February) suits bar promotions.",
        "Marrabenta month in Maputo (February {yr}) was sponsored by 2M.",
        "{B} booked artists for the semba nights (Luanda, {yr}).",
    ],
    "musician-with-year": [
        "The jingle borrowed from {person} ({yr} hit) for its chorus.", "{B} used a song by {person} ({yr}) in the advert.",
    ],
    "person-with-dates": [
        "The Fundação named after Agostinho Neto (1922–1979) ran the event.",
        "The airport honours Eduardo Mondlane (1920-1969).", "A mural of Samora Machel (1933–1986) stands outside the branch.",
    ],
    "writer-not-author": [
        "Customers compared the campaign to a novel by {person} (published {yr}).",
        "The slogan quotes Mia Couto (2009 edition of Terra Sonâmbula), not a source used here.",
    ],
    "football-season": [
        "{B} sponsors the Girabola ({season} season).", "Ferroviário won the Moçambola ({yr}) with a late goal.",
        "The Palancas Negras reached the AFCON quarter-finals (CAN {yr}).",
    ],
    "sports-star": [
        "Maria Mutola (Olympic gold, Sydney 2000) still fronts campaigns.", "Ads featured Eusébio (Ballon d'Or 1965) in archive footage.",
    ],
    "ine-census": [
        "Angola's population was counted in the census (Censo {yr}).", "Mozambique's IV Recenseamento Geral (RGPH 2017) counted 27.9 million people.",
    ],
    "survey-n": [
        "Most respondents preferred USSD (n = {num}).", "The sample in Nampula (n={num}, {yr}) was small.",
        "Half of the panel agreed (N = {num}).",
    ],
    "figure-table": [
        "Unitel leads the market (Figure 3).", "See the competitor map (Table {edition}).", "The results are in Appendix 2 (Tabela {edition}).",
    ],
    "percentage-comma": [
        "Mobile money penetration reached {pct}% ({yr}).", "Prepaid customers make up {pctd}% of the base (Q{q} {yr}).",
    ],
    "quarter": [
        "Data revenue grew in the quarter (Q{q} {yr}).", "Top-ups fell in the first trimester (1.º trimestre de {yr}).",
    ],
    "financial-year": [
        "Profit rose by a third (FY{yy}).", "The budget was approved for the exercício de {yr}.", "Sales grew ({yr}/{yr2} results).",
    ],
    "plan-period": [
        "The bank's strategy runs to 2027 (Plano Estratégico {yr}–{yr2}).",
        "The government's PDN {yr}-{yr2} puts agriculture first.", "Mozambique's PQG (2020–2024) targets rural credit.",
    ],
    "ussd-code": [
        "Customers check their balance by dialling {ussd} (free).", "M-Pesa's menu ({ussd}) was redesigned in {yr}.",
    ],
    "tax-number": [
        "Every agent must have a NUIT (e.g. {nuit}).", "Suppliers must quote their NIF ({nif}) on invoices.",
    ],
    "company-legal-form": [
        "The bottler is registered as a sociedade anónima (S.A.) with a board in Luanda.",
        "The agency trades as a Lda. (sociedade por quotas, founded {yr}).", "Sonangol is a state firm (E.P.) under review.",
    ],
    "sgps-holding": [
        "The group is owned by a Portuguese holding (S.G.P.S., listed {yr}).", "Control passed to a SGPS in Lisbon ({yr}).",
    ],
    "stock-exchange": [
        "BAI listed its shares on BODIVA ({yr}).", "CDM shares trade on the BVM (ticker CDM, {yr}).",
    ],
    "rating": [
        "Angola's rating was raised (B-, {yr}).", "Mozambique was downgraded to CCC+ by Fitch ({yr}).",
    ],
    "organisation-with-year": [
        "The campaign was cleared by the regulator (INACOM licence, {yr}).", "The event was organised by the trade body (CTA {yr}).",
        "The bank won a licence (BNA, {yr} round).",
    ],
    "abbreviation-expansion": [
        "The regulator (INCM) publishes quarterly data.", "Southern African trade rules (SADC) apply to the prawns.",
        "The Angolan statistics office (INE) ran the survey.", "Financial inclusion targets (ENIF {yr}-{yr2}) were missed.",
    ],
    "product-model": [
        "Most customers use an Itel A{num} or a Tecno Spark {edition}.", "The new POS terminal (Multicaixa Express, version {edition}) launched in {yr}.",
    ],
    "tariff-plan": [
        "The Unitel Net Kamba ({yr}) bundle sold well.", "Vodacom's Txuna Mega Pack (launched {yr}) targets students.",
        "e-Mola's Xitique Digital plan (2023) rewards group savers.",
    ],
    "awards": [
        "{B} won Best Brand of the Year (Prémios Marca Angola {yr}).", "The campaign took gold at the Loeries ({yr}).",
        "The hotel was named Best Hotel in Maputo (Travellers' Choice {yr}).",
    ],
    "trade-fair": [
        "{B} launched the range at FILDA ({yr}).", "Exporters met buyers at FACIM {yr} in Ricatla.",
        "The bank hosted a stand at Expo Angola ({edition}.ª edição).",
    ],
    "event-edition": [
        "The Angola Oil & Gas conference ({edition}th edition, {yr}) drew foreign buyers.",
        "Mozambique Mining & Energy Conference (MMEC {yr}) was held in Maputo.",
    ],
    "campaign-season": [
        "Cashew buying ran from October to February (campanha {yr}/{yr2}).", "The cotton campaign (campanha agrícola {yr}-{yr2}) was poor.",
        "Prawn exports fell in the closed season (veda, {yr}).",
    ],
    "prawn-cashew-volume": [
        "Cashew exports reached {num} 000 tonnes ({yr}).", "Prawn catches fell to {num} t (Sofala Bank fishery, {yr}).",
    ],
    "oil-block": [
        "TotalEnergies operates Block 17 (Angola, {yr}).", "The Rovuma LNG project (Area 4) was delayed to {yr2}.",
        "Coral Sul FLNG shipped its first cargo (November 2022).",
    ],
    "flight-number": [
        "TAAG's DT652 to Lisbon ({seats} seats) sells out in December.", "LAM's TM 301 (Maputo–Johannesburg) was cancelled in {yr}.",
    ],
    "room-prices": [
        "A standard room costs US${usd}0 a night (rack rate {yr}).", "Occupancy in Pemba fell sharply ({yr}: {pctd}%).",
    ],
    "election-year": [
        "Spending fell before the general elections (Eleições Gerais {yr}).", "Campaign posters dominated Maputo before the vote (October {yr}).",
    ],
    "conflict-period": [
        "Many families left the countryside during the civil war (1975–2002).", "Tourism in Cabo Delgado collapsed after the insurgency ({yr}).",
    ],
    "cyclone": [
        "Cyclone Idai (March 2019) destroyed much of Beira.", "Deliveries stopped after Cyclone Freddy (February 2023).",
    ],
    "currency-reform": [
        "The new metical was introduced in 2006 (MTn).", "Prices were relabelled after the kwanza reajustado (1995).",
    ],
    "postcode-address": [
        "The branch is at Avenida 4 de Fevereiro, n.º {num}, Luanda.", "Head office: Av. 24 de Julho, {num}, Maputo (Caixa Postal {edition}).",
    ],
    "phone-number": [
        "The call centre (+244 923 {num} 000) answers in Portuguese.", "Complaints go to +258 84 {num} 0000 (free from Vodacom).",
    ],
    "university-course": [
        "The author studied at the Universidade Agostinho Neto (Licenciatura, {yr}).",
        "Graduates of ISCTE (MSc Marketing, {yr}) staff the agency.",
    ],
    "honorific-title": [
        "The campaign was presented by Dr. {person} (CEO, {yr}).", "Eng.ª Ana Tembe (director since {yr}) approved the budget.",
        "Sua Excelência o Ministro opened the fair ({yr}).",
    ],
    "diaspora-place": [
        "Remittances from Lisbon and Porto rose ({yr}).", "Mozambicans in Johannesburg (Gauteng, {yr}) send money home by M-Pesa.",
    ],
    "vat-rate": [
        "VAT (IVA 14%) was introduced in Angola in 2019.", "Mozambique cut IVA to 16% ({yr} budget).",
    ],
    "time-range": [
        "The promotion ran from {date} to the end of {yr}.", "Agents work late on paydays (every 25th, {yr}).",
    ],
}  # fmt: skip
