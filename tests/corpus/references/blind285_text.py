"""The prose of the blind285 pool: Angola and its diaspora in Portugal and Brazil.

Written without reading the checker, its tests or the other pools, from how marketers at Angolan banks, mobile
operators, oil and energy firms, brewers, supermarkets, airlines, insurers and tourism bodies (and Angolans working in
Lisbon and São Paulo) write CIM Level 6 and 7 reports and MBA assignments in English: British spelling learnt from
CIM material beside Portuguese habits ("Kz 1.500", "n.º", "1.º trimestre"), brand, place and law names left in
Portuguese, and brackets full of prices, exchange rates, tariffs, subscribers, barrels, decrees, seasons, festivals,
songs and openings that are no citations. ``{N}`` is a narrative citation, ``{P}`` a parenthetical one, ``{C}`` a
claim, ``{B}`` a brand, ``{O}`` an opener; the frames use every fill value and those of ``values``.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Unitel", "Africell", "Movicel", "Sonangol", "BAI", "Banco BIC", "BFA", "Banco Sol", "Cuca", "Nocal",
          "Refriango", "Shoprite Angola", "Kero", "Candando", "TAAG", "ENSA", "Millennium Atlântico", "Nosso Super",
          "Unitel Money", "Multicaixa Express", "Pumangol", "Fresmart", "Ngola", "Blue"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use."""
    year = rng.randint(2010, 2025)
    return {
        "YR": str(year), "YS": f"{year - 1}/{str(year)[2:]}", "kz": rng.choice(["350", "500", "1.500", "2 000", "4.950", "12 500", "25.000", "150 000"]),
        "usd": rng.choice(["1.2", "3.5", "12", "45", "250", "700", "1,800"]), "fx": str(rng.choice([165, 250, 480, 560, 620, 830, 915])),
        "mb": rng.choice(["500 MB", "1 GB", "3 GB", "10 GB", "25 GB"]), "subs": f"{rng.randint(2, 15)}.{rng.randint(0, 9)}",
        "bpd": rng.choice(["1.1 million", "1.8 million", "1.2 million", "950,000", "1.05 million"]),
        "brent": str(rng.randint(28, 115)), "pc": str(rng.randint(3, 62)),
        "law": f"{rng.randint(1, 30)}/{rng.randint(10, 24)}", "dec": f"{rng.randint(1, 250)}/{rng.randint(15, 24)}",
        "prov": rng.choice(["Luanda", "Benguela", "Huambo", "Huíla", "Cabinda", "Namibe", "Malanje", "Uíge", "Bié", "Cuanza Sul", "Lunda Norte"]),
        "beer": rng.choice(["Cuca", "Nocal", "Eka", "Tigra", "Ngola", "N'gola Lager", "Cuca Preta"]),
        "artist": rng.choice(["Yuri da Cunha", "Anselmo Ralph", "Paulo Flores", "Bonga", "Matias Damásio", "C4 Pedro", "Titica", "Pérola", "Calema"]),
        "genre": rng.choice(["kizomba", "kuduro", "semba", "afro-house", "kilapanga"]),
        "club": rng.choice(["Petro de Luanda", "1.º de Agosto", "Sagrada Esperança", "Interclube", "Wiliete de Benguela"]),
        "mo": rng.choice(["January", "March", "April", "June", "September", "November"]),
        "telco": rng.choice(["Unitel", "Africell", "Movicel"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although the sample came only from Luanda.", "{N} concluded that {C}.",
    "{N} makes the point that {C}, which is very relevant for {B}.", "{N} highlighted that {C}.",
    "{N} identified that {C}, especially for {A}.", "{N} states that {C}.", "{N} observed that {C} in Angola as well.",
    "{N} suggested that {C}; {B}'s own results seem to confirm this.", "{N} explain that {C}.",
    "{N} defends that {C}.", "{N} went further and argued that {C} and that {C2}.",
    "{N} noted that, since the oil price fell in {YR}, {C}.", "{N} showed that {C} in the Angolan banking sector.",
    "{N} recommended that firms such as {B} test whether {C}.", "{N} questioned whether {C} outside Luanda.",
]  # fmt: skip
NARRATIVE_MID = [
    "In their study of Angolan consumers, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is in line with {N}, who found that {C}.", "{C}, which supports the findings of {N}.",
    "{C} – a view shared by {N}.", "As highlighted by {N}, {C}.", "According to {N}, {C}.",
    "{B} is a good example: {N} showed that {C}.", "Research by {N} suggests that {C}.",
    "A survey carried out by {N} in {prov} found that {C}.", "{C}, as {N} noted in their review of {T}.",
    "It can be argued, following {N}, that {C}.", "{C}; however, {N} found the opposite for {A}.",
    "Data from {N} show that {C}.", "For the diaspora in Lisbon, {N} found that {C}.", "{C}, according to {N}.",
    "Unlike {B}, the banks studied by {N} found that {C}.", "As {N} put it, {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study shows that {C}.", "Using {N} framework, it is clear that {C}.", "{O}, {N} report concluded that {C}.",
    "{B} could apply {N} model, because {C}.", "According to {N} survey, {C}.", "{N} findings are useful for {B} because {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "For {A} in Luanda, {C} {P}.", "This matters because {C} {P}.", "It is often said that {C} {P:see}.",
    "Several studies report that {C} {P:e.g.}.", "{C} (as shown in Figure {q}) {P}.", "In short, {C} {P}.",
    "{C}, which is why {B} invests in {T} {P}.", "The same is true in Portugal and Brazil, where {C} {P}.",
    "A key point for {B} is that {C} {P}.", "{C}. {P}", "{C}, particularly after the kwanza devaluation {P}.",
    "{C} {P:see also}.", "Mobile penetration in {prov} is still low, and {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{B} has found that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "Some authors {P:e.g.} argue that {C}.", "{C} {P}: this means that {C2}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} in Luanda trust word of mouth more than advertising", "{T} improved {R} by about {q}0% in one pilot",
    "{B}'s reliance on {T} leaves it exposed when the kwanza falls", "mobile money reaches {A} that banks do not",
    "most Angolans still pay in cash at the informal market", "price is the first driver of store choice in Angola",
    "brands that sponsor the Girabola gain awareness among {A}", "{A} switch operator when data bundles get dearer",
    "inflation has made {A} more price-sensitive", "local brands such as {B} benefit from national pride",
    "the diaspora in Portugal keeps buying Angolan brands", "{T} only drives {R} when the offer is relevant",
    "trust in banks remains low after the crises of 2016 and 2020", "{B} must {bs} to stay competitive",
    "destination image is shaped by safety and visa rules", "service quality drives loyalty in Angolan banking",
    "WhatsApp is the main channel between small firms and {A}", "{A} respond better to local languages in advertising",
    "oil dependence makes marketing budgets volatile", "supermarkets compete with the zunga on convenience",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In Angola", "For {B}'s marketing team",
    "Since the devaluation of the kwanza", "In the context of {B}", "From the customer's point of view",
    "Nevertheless", "As a result", "In the Angolan market", "Overall", "In Luanda", "Among the diaspora in Lisbon",
]  # fmt: skip
PLAIN = [
    "{B} was founded in Luanda and now operates in all eighteen provinces.",
    "This section analyses {B}'s current marketing mix and makes recommendations.",
    "The table below summarises the key performance indicators for each channel.",
    "{B}'s Facebook page has more than {n} thousand followers, but engagement is low.", "{O}, {C}.",
    "The recommendations are costed in kwanzas and phased over twelve months.",
    "A PESTEL and a SWOT analysis of {B} are included in the appendix.",
    "The main competitors are {B} and two smaller local firms.",
    "Most sales still happen in cash, through agents and in the informal market.",
    "Task 2 builds on this by proposing a communications plan for the next year.",
]  # fmt: skip
QUOTE_FRAMES = [  # a direct quotation; {P} carries a page locator unless the problem is planted
    "{Q} {P}.", "As one author puts it, {Q} {P}.", "It has been argued that {Q} {P}.",
    "This is summed up well: {Q} {P}.", "{N} put it simply: {Q}.", "{Q} {P}; this applies to {B} too.",
]  # fmt: skip
SCARE_QUOTES = ["‘zungueiras’", "‘kilapi’", "‘candongueiros’", "“the Angolan way”", "‘phygital’", "'bué fixe'",
                "“always connected”", "‘kumbu’", "“made in Angola”", "'desenrascar'"]  # fmt: skip
SCARE_FRAMES = [
    "Street sellers known as {Q} are a key channel for {B} {P}.", "{B} calls its approach {Q} {P}.",
    "Many customers buy on {Q}, informal credit between friends {P}.", "Marketers describe this as {Q} marketing {P}.",
    "{N} describes the {Q} attitude of young consumers.",
]  # fmt: skip
SUBJECT_LINES = ["‘Recarrega já e ganha o dobro’", "“Your {telco} bonus is waiting”", "‘Last chance: {mb} for {kz} Kz’",
                 "“Abra a sua conta em 5 minutos”", "'Free data this weekend only'", "“Obrigado por ser nosso cliente”"]  # fmt: skip
SUBJECT_FRAMES = [
    "The SMS {Q} raised top-ups that week {P}.", "An email headed {Q} performed best {P}.",
    "{B} sent the message {Q} to inactive customers {P}.", "The push notification {Q} doubled app logins {P}.",
]  # fmt: skip

# Text with brackets, years, figures or quotation marks that is no citation and must raise no problem.
NOT_CITATIONS = {
    "kwanza-price-year": ["A crate of {beer} cost about {kz} Kz in Luanda ({YR} prices).",
                          "The basic basket rose to {kz} Kz a month (Kz, {YR} prices).",
                          "{B} priced its entry product at Kz {kz} ({mo} {YR})."],
    "dollar-price-year": ["A return flight to Lisbon cost around US$ {usd}0 ({YR} fares).",
                          "Imported products were priced in dollars (US$ {usd}, {YR})."],
    "exchange-rate-year": ["The kwanza weakened sharply (AOA/USD, {YR}).", "Import costs rose with the exchange rate ({fx} AOA/USD, {YR}).",
                           "{B} reprices every quarter (USD/AOA {fx}, {mo} {YR})."],
    "mobile-tariff": ["{telco} cut its prepaid call rate (Kz {kz} per minute, {YR}).", "The new daily bundle ({mb} for {kz} Kz) sold out in a week.",
                      "Africell launched with aggressive tariffs (Kz 1 per second, {YR})."],
    "data-bundle": ["The most popular bundle is still small ({mb}, 30 days).", "Students prefer night bundles ({mb} from 00h to 06h)."],
    "subscriber-numbers": ["{telco} passed a milestone ({subs} million subscribers, {YR}).",
                           "Mobile money grew fast ({subs} million users by {mo} {YR})."],
    "year-subscribers": ["The market is concentrated ({YR} subscribers: {subs} million).", "{telco} led the market ({YR} subscribers)."],
    "oil-price-year": ["Oil revenue collapsed with the price (Brent, {YR}: US$ {brent}).", "The budget assumed a price of US$ {brent} per barrel (OGE {YR})."],
    "barrels-per-day": ["Production has fallen steadily ({bpd} barrels per day in {YR}).", "Output peaked at almost two million barrels a day (2008)."],
    "fuel-subsidy": ["The price of petrol rose to {kz} Kz a litre ({mo} {YR}).", "Fuel subsidies were cut in stages (June 2023, {mo} {YR}).",
                     "Taxi fares went up after the subsidy reform (2 June 2023)."],
    "bank-product-launch": ["{B} was one of the first with internet banking (BAI Directo (2015)).",
                            "Payments moved to phones with Multicaixa Express (2020).", "Mobile wallets such as Unitel Money (2021) and Afrimoney (2022) grew fast."],
    "bank-licence": ["The bank received its licence from the central bank in {YR} (Aviso n.º {law}).",
                     "{B} opened for business after a long process (licensed {YR})."],
    "beer-launch": ["{beer} ({YR} relaunch) is aimed at young drinkers.", "Cuca (1947) is still the best-known beer in the country.",
                    "Refriango's Blue (2005) became the leading soft drink."],
    "festival-year": ["{B} sponsored the parade at the Luanda Carnival {YR}.", "The brand was present at the Festival da Ilha ({YR}).",
                      "Ticket sales peaked during the Carnaval de Luanda ({mo} {YR})."],
    "holiday-date": ["Sales peak around independence day (11 November).", "The campaign ran until Dia do Trabalhador (1 May {YR}).",
                     "Many offers are timed for 4 February, the Liberation Struggle Day."],
    "football-season": ["{B} sponsored the league (Girabola {YS}).", "{club} won the title again (Girabola {YS}).",
                        "Attendances fell during the season ({YS})."],
    "basketball": ["Petro de Luanda (AfroBasket 2024) raised the profile of basketball.",
                   "{club} reached the BAL finals ({YR} season).", "Angola has won the AfroBasket eleven times (last in 2013)."],
    "artist-year": ["The campaign song was by {artist} ({YR}).", "Yuri da Cunha (2019) appeared in the TV advert.",
                    "{B} signed {artist} as brand ambassador ({YR})."],
    "music-genre": ["The advert used {genre} (1980s Luanda) to build nostalgia.", "Young audiences prefer kuduro (since the 1990s) to semba."],
    "stadium-opening": ["The final was held at the Estádio 11 de Novembro (2010).", "The CAN stadiums (Ombaka, Tundavala, Chiazi, 2010) are underused."],
    "airport-opening": ["The new Luanda airport (2023) will change inbound tourism.",
                        "Flights moved to the Aeroporto Internacional Dr. António Agostinho Neto ({YR})."],
    "railway-bridge": ["Cargo now moves on the Benguela Railway (Caminho de Ferro de Benguela, 1929).",
                       "The Lobito Corridor ({YR} concession) connects the port to the Copperbelt.", "Traffic grew after the Kwanza bridge opened (2009)."],
    "law-number": ["Advertising is regulated by the Lei da Publicidade (Lei n.º {law}).", "Personal data is protected by law (Lei n.º 22/11).",
                   "Consumer rights are set out in the Lei de Defesa do Consumidor (Lei n.º 15/03)."],
    "decree-number": ["The rules were changed by decree (Decreto Presidencial n.º {dec}).", "Visa exemption was granted to 98 countries (Decreto Presidencial n.º 189/23).",
                      "Import quotas were set for local goods (Decreto Executivo n.º {dec})."],
    "spectrum-auction": ["The fourth operator licence was auctioned ({YR}: US$ {usd} million).", "5G frequencies were assigned in {YR} (3.5 GHz band)."],
    "census": ["Luanda holds about a quarter of the population (Census 2014).", "Half of the population is under 16 (Censo 2014).",
               "The next count was planned for 2024 (RGPH 2024)."],
    "slogan": ["Unitel's slogan “Unidos somos mais” ({YR}) is widely known.", "Cuca's line ‘A cerveja de Angola’ has been used for decades.",
               "The tourism slogan 'Angola, the Hidden Gem' ({YR}) was criticised."],
    "independence-history": ["The country became independent (11 November 1975).", "Growth was rapid after the end of the civil war (2002).",
                             "The peace accords (Luena, 4 April 2002) changed the market."],
    "elections": ["Consumer confidence fell before the elections (August {YR}).", "Campaign spending rose ahead of the general elections (2022)."],
    "opec": ["Angola left OPEC (December 2023) over production quotas.", "Production was capped by the quota ({bpd} barrels per day, {YR})."],
    "inflation-rate": ["Prices rose fast (inflation: {pc}%, {YR}).", "Food inflation hit its peak ({pc}% in {mo} {YR})."],
    "interest-rate": ["Credit became expensive (taxa BNA: {pc}%).", "The central bank raised its rate ({pc}%, {mo} {YR})."],
    "store-opening": ["Kero opened its flagship store (Talatona, 2012).", "{B} added a new shop in {prov} ({mo} {YR}).",
                      "Candando opened its first hypermarket (2016)."],
    "flight-route": ["TAAG flies daily to Lisbon (DT 650).", "The São Paulo route restarted ({mo} {YR}, three weekly flights)."],
    "hotel-opening": ["Luxury capacity rose after the EPIC SANA Luanda (2012) opened.", "The resort was upgraded to five stars ({YR} classification)."],
    "tourist-arrivals": ["Arrivals are still low ({n} thousand visitors, {YR}).", "Most visitors come on business ({pc}% in {YR})."],
    "diaspora-figures": ["Many Angolans live in Portugal ({n} thousand in {YR}).", "Remittances from Lisbon matter to families (US$ {usd} million, {YR})."],
    "gdp-figures": ["The economy shrank for five years (GDP {YR}: -{q}.{q}%).", "Oil is a large share of exports ({pc}%, {YR})."],
    "product-size": ["The 33 cl can is the best seller (Kz {kz}).", "{beer} is sold in returnable bottles (0,33 l and 0,5 l)."],
    "mobile-money-launch": ["e-Kwanza ({YR}) was one of the first mobile wallets.", "Unitel Money (2021) now has agents in every province."],
    "iso-standard": ["{B}'s processes are certified (ISO 9001:2015).", "The bank follows the security standard (PCI DSS v{q}.0)."],
    "ranking": ["Angola ranked low for ease of doing business (177th, 2020).", "{B} was named the strongest brand ({q}.º lugar, {YR})."],
    "quarter": ["Revenue fell in the first quarter (1.º trimestre de {YR}).", "Data traffic grew again (Q{q} {YR})."],
    "sample-size": ["Most respondents agreed (n = {n}).", "The survey covered {prov} and Luanda (n = {n}, {YR})."],
    "table-figure": ["The results are summarised in a table (see Table {q}).", "The full questionnaire is attached (Appendix {q})."],
    "address": ["The head office is on the Marginal (Avenida 4 de Fevereiro, Luanda).", "The new branch is in Talatona (Rua do MAT, n.º {n})."],
    "promotion": ["The promotion ran over Christmas (two for {kz} Kz until 31 December).", "Top-ups were doubled for a month (bónus 100%, {mo} {YR})."],
    "award-year": ["{B} won a local award (Marca de Confiança {YR}).", "The campaign was shortlisted at the Loeries ({YR})."],
    "budget-plan": ["Tourism is a priority of the plan (PDN 2023-2027).", "Diversification is a stated aim (PRODESI, since 2018).",
                    "The state budget cut transfers (OGE {YR})."],
    "vat": ["Prices rose after VAT was introduced (IVA, October 2019).", "Most goods carry VAT at the standard rate (14%)."],
    "campaign-year": ["The operator's Christmas campaign ({YR}) focused on families.", "{B}'s rebrand ({mo} {YR}) divided loyal customers."],
    "founding-year": ["{B} has been trading since independence (founded 1976).", "The brewery is one of the oldest in Africa (est. 1947)."],
}  # fmt: skip
