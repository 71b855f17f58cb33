"""Prose for the seventy-seventh held-out pool, "blind77": reports by marketers in Portugal, Angola, Mozambique and Cape Verde.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a seventy-seventh
hand, without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, trade,
CRM, digital and communications marketers at supermarket groups, banks and insurers, telecoms and mobile-money firms,
beer, wine, coffee and water brands, energy and fuel distributors, airlines, hotel groups and tourism boards in
Lisbon, Porto, Braga, Faro, Funchal, Luanda, Benguela, Maputo, Beira and Praia write CIM Level 6 and 7 reports and
MBA assignments in English: laws and decrees by number and year, regulators' deliberations, S.A., SGPS, Lda., E.P.
and I.P. firms and bodies, INE figures, Santos Populares, Natal, Carnaval, independence days, Black Friday and
regresso às aulas campaigns, euro, kwanza, metical and escudo figures, USSD codes, short codes, tariffs, flight
numbers, hashtags, the Lusophone press and trade awards named in passing, Portuguese words glossed in brackets.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} argues that {C}, a point that holds for {B} in Luanda as much as in Lisbon.",
    "{N} shows that {C}.",
    "{N} reports that {C}, although the sample was drawn mostly from Lisbon and Porto.",
    "{N} concluded that {C}.",
    "{N} observed that {C}, especially among {A}.",
    "{N} makes the case that {C}.",
    "{N} noted that {C}, which is relevant to the {B} brief.",
    "{N} suggests that {C}.",
    "{N} went further, arguing that {C}.",
]  # fmt: skip

NARRATIVE_MID = [
    "For {B}, the evidence matters because, as {N} shows, {C}.",
    "In the Mozambican context, {N} found that {C}.",
    "This is consistent with {N}, who found that {C}.",
    "Looking at the banking sector, {N} argued that {C}.",
    "Closer to home, {N} reported that {C}.",
    "The team at {B} took the view, following {N}, that {C}.",
    "Writing about Cape Verde, {N} observed that {C}.",
    "As {N} points out, {C}.",
    "A similar pattern appears in {N}, where {C}.",
    "On the retail side, {N} concluded that {C}.",
]  # fmt: skip

POSSESSIVE = [
    "{N} study of {A} in Maputo found that {C}.",
    "{N} survey suggests that {C}.",
    "{N} work on the Portuguese market shows that {C}.",
    "{N} findings imply that {C}.",
    "According to {N} analysis, {C}.",
    "{N} model helps explain why {C}.",
]  # fmt: skip

PARENTHETICAL_END = [
    "{C} {P}.",
    "{O} {C} {P}.",
    "{C}, particularly for brands such as {B} {P}.",
    "Research on Lusophone markets suggests that {C} {P}.",
    "It is widely accepted that {C} {P}.",
    "{C}, and this is as true in Benguela as in Braga {P}.",
    "There is evidence that {C} {P}.",
    "{C} {P:see}.",
    "{O} it appears that {C} {P}.",
    "Several studies agree that {C} {P:e.g.}.",
]  # fmt: skip

PARENTHETICAL_MID = [
    "{C} {P}, which is why {B} invested in its app.",
    "{O} {C} {P}, although the picture differs in Angola.",
    "Because {C} {P}, the plan puts CRM first.",
    "{C} {P}; {B} is a clear example.",
    "While {C} {P}, price still dominates for {A}.",
    "{C} {P}, so the campaign budget was moved to digital.",
    "Given that {C} {P}, the regional team changed its targets.",
    "{C} {P} and {C2}.",
]  # fmt: skip

CLAIMS = [
    "loyalty cards raise visit frequency among {A}",
    "mobile money adoption grows fastest where bank branches are scarce",
    "trust in banks is rebuilt slowly after a public crisis",
    "price promotions train shoppers to wait for the leaflet",
    "private labels gain share when household budgets tighten",
    "heritage cues make beer brands feel more authentic",
    "wine tourists spend more when the cellar visit is booked online",
    "destination image shapes the intention to revisit",
    "WhatsApp is the first channel many customers use to complain",
    "customer satisfaction in telecoms depends more on network quality than on price",
    "green energy tariffs appeal to younger households but rarely drive switching",
    "airline ancillary revenue rises with well-timed email offers",
    "hotel guests trust online reviews more than star ratings",
    "influencer posts without clear disclosure damage brand trust",
    "diaspora customers remain loyal to home-country brands",
    "fuel forecourts are becoming convenience stores",
    "personalised offers improve {R} for {B}",
    "football sponsorship lifts brand awareness but not always preference",
    "service quality predicts loyalty in retail banking",
    "country-of-origin cues help Portuguese products abroad",
    "festival campaigns create short spikes in {R}",
    "sustainable packaging matters to shoppers only when the price is similar",
    "bancassurance works best when the bank already holds the salary account",
    "a consistent tone across channels strengthens {R}",
    "Gen Z consumers in Luanda and Maputo discover brands through TikTok and Instagram",
    "{T} works better when it is linked to the loyalty programme",
    "the cost of acquiring a new mobile customer is several times the cost of keeping one",
    "small retailers in Cape Verde depend on word of mouth more than on advertising",
]  # fmt: skip

OPENERS = [
    "In Portugal,",
    "In the Angolan market,",
    "Across Lusophone Africa,",
    "For a retailer like {B},",
    "In practice,",
    "At the same time,",
    "In tourism,",
    "Within retail banking,",
    "For Mozambican telecoms,",
    "In Cape Verde's small market,",
    "More broadly,",
]  # fmt: skip

PLAIN = [
    "This section applies the theory to {B}.",
    "The recommendations below are phased over eighteen months.",
    "The customer journey map in the appendix shows five touchpoints.",
    "Budget is the main constraint for the regional team.",
    "The brand team in Luanda reports to the group marketing director in Lisbon.",
    "Each channel is evaluated against reach, cost and fit with the brand.",
    "The following paragraphs discuss the options in turn.",
    "Results from the pilot will be reviewed before the national roll-out.",
    "The marketing plan must also reflect the reality of power cuts and patchy data coverage.",
    "Stakeholders include franchisees, distributors and the regulator.",
    "A mix of paid, owned and earned media is proposed.",
    "The KPIs are set out in the table that follows.",
]  # fmt: skip

QUOTE_FRAMES = [
    "{N} puts it plainly: {Q}.",
    "As one study of the sector notes, {Q} {P}.",
    "The point is well made: {Q} {P}.",
    "{N} writes that {Q}.",
    "The literature is clear that {Q} {P}.",
    "In the words of {N}, {Q}.",
    "One author describes the challenge as {Q} {P}.",
]  # fmt: skip

SCARE_QUOTES = [
    "premium for less",
    "always on",
    "digital first",
    "cliente para a vida",
    "omnichannel",
    "purpose-led",
    "feito em Portugal",
    "customer-centric",
    "tudo incluído",
    "phygital",
]  # fmt: skip

SCARE_FRAMES = [
    "Many retailers now describe themselves as “{Q}” {P}.",
    "The idea of being \"{Q}\" is popular with banks {P}.",
    "{N} is sceptical of brands that call themselves ‘{Q}’.",
    "Being “{Q}” has become a slogan rather than a strategy {P}.",
    "So-called '{Q}' positioning is common in tourism {P}.",
]  # fmt: skip

SUBJECT_LINES = [
    "O teu Natal começa aqui",
    "Santos Populares: sardinhas a dobrar",
    "Regresso às aulas: até 30% em cartão",
    "Your boarding pass for Praia",
    "Carregue já e ganhe 1 GB",
    "Black Friday: only 48 hours left",
    "A sua fatura de energia está disponível",
    "Kamba, o teu saldo acabou?",
]  # fmt: skip

SUBJECT_FRAMES = [
    "The push message “{Q}” lifted opening rates {P}.",
    "An email subject line such as \"{Q}\" works because it is short {P}.",
    "The SMS ‘{Q}’ was tested against a longer version {P}.",
    "{N} cites the headline “{Q}” as an example of urgency.",
]  # fmt: skip

BRANDS = ["Continente", "Pingo Doce", "MEO", "NOS", "Vodafone Portugal", "Galp", "EDP", "Millennium bcp",
          "Caixa Geral de Depósitos", "Delta Cafés", "Super Bock", "Sagres", "Mateus", "TAP Air Portugal", "Unitel",
          "BFA", "Kero", "Sonangol", "Vodacom Moçambique", "M-Pesa", "Millennium bim", "2M", "CV Telecom",
          "Cabo Verde Airlines", "Worten", "Sumol", "Água do Luso", "Pestana", "Vila Galé", "Cuca", "Movicel",
          "Tmcel", "Strela", "Fidelidade", "Shoprite Angola"]  # fmt: skip

NOT_CITATIONS = {
    "law-number-pt": [
        "Under Lei n.º 58/2019, consent records for the {B} app must be kept for as long as the customer relationship lasts.",
        "Decreto-Lei n.º 57/2008 bans bait pricing, so the Black Friday leaflet was checked by the legal team before print.",
        "The cookie banner was redesigned after the company's lawyers reviewed it against Lei n.º 41/2004.",
    ],
    "advertising-code": [
        "Comparative claims are limited by the Código da Publicidade (Decreto-Lei n.º 330/90), so the TV spot names no rival.",
        'Article 7 of the Código da Publicidade rules out the "best in Portugal" line unless it can be proved.',
    ],
    "law-number-africa": [
        "In Angola, Lei n.º 22/11 da Protecção de Dados Pessoais requires notice before customer data is shared with partners.",
        "Mozambique's Lei n.º 3/2017 das Transacções Electrónicas gives e-receipts the same value as paper ones.",
        "Cape Verde's Lei n.º 133/V/2001 governs how the loyalty database of {B} can be used in Praia.",
    ],
    "eu-regulation": [
        "Regulation (EU) 2016/679 applies to every contact in the CRM, including the diaspora list in France.",
        "Marketplace sellers now fall under the Digital Services Act (Regulation (EU) 2022/2065), which changes how reviews are moderated.",
    ],
    "regulator-deliberation": [
        "ANACOM's Deliberação n.º {dn}/{Y} on loyalty periods limits how long a MEO or NOS contract can lock customers in.",
        "The CNPD opened an inquiry (Processo n.º {n}/{Y}) into how the call centre recorded consent.",
        "INACOM's Decreto Executivo n.º {dn}/{Y} set new rules for SIM card registration in Angola.",
    ],
    "company-legal-form": [
        "Jerónimo Martins, SGPS, S.A. owns Pingo Doce in Portugal and Biedronka in Poland.",
        "The agency is a small Unipessoal, Lda. based in Braga with four staff.",
        "Sonangol E.P. remains the state fuel company, while Pumangol and Sonangol Distribuidora compete on the forecourt.",
    ],
    "stock-ticker": [
        "Galp (Euronext Lisbon: GALP) and EDP (EDP.LS) are both PSI constituents.",
        "Shares in Sonae (SON) fell {pct}% on the day the results were published.",
    ],
    "kwanza-figure": [
        "The Unitel daily bundle costs Kz {kz} (about €{eur} at the {Y} exchange rate).",
        "Average basket size at Kero rose to {kz} Kz (AOA) after the price freeze.",
    ],
    "metical-figure": [
        "M-Pesa transfers under 1 000 MT (MZN) carry no fee, which matters for market traders in Beira.",
        "A 2M crate sells for {mt} MT in Maputo, against {mt2} MT in Nampula.",
    ],
    "escudo-figure": [
        "A double room in Santa Maria costs {cve} CVE (about €{eur}) a night in low season.",
        "The CV Telecom fibre package starts at {cve} CVE per month (VAT included).",
    ],
    "euro-figure": [
        "The Continente card gives back €{eur} in cupões (vouchers) for every €100 spent on fresh produce.",
        "TAP's Lisbon-Funchal fare starts at €{eur} (Discount class, hand luggage only).",
    ],
    "ine-statistic": [
        "INE figures for {Y} put internet use among 16 to 74 year olds in Portugal at {pct}%.",
        "The latest census by INE Moçambique counted more than 27 million residents, most of them under 25.",
        "INE Cabo Verde's survey of {Y} showed tourism accounting for about a quarter of GDP.",
    ],
    "festival-dates": [
        "Santos Populares (13 June in Lisbon, 24 June in Porto) bring the year's biggest sardine and beer sales.",
        "Carnaval in Mindelo (February) fills every hotel on São Vicente.",
    ],
    "independence-day": [
        "Dia da Independência falls on 11 November in Angola, 25 June in Mozambique and 5 July in Cape Verde, so one calendar does not fit all three.",
        "The 50th anniversary of independence (1975-2025) gave {B} a reason for a national campaign.",
    ],
    "retail-calendar": [
        "Black Friday ({d} November) now runs for a full week at Worten and Fnac.",
        "Regresso às aulas (back to school) starts in mid-August, when parents compare leaflets from Continente and Pingo Doce.",
        "The Natal (Christmas) campaign goes live on 1 November, before the lights go up on Avenida da Liberdade.",
    ],
    "portuguese-gloss": [
        'Customers ask for the "cartão de fidelização" (loyalty card) at the till rather than by name.',
        'The bank\'s "conta ordenado" (salary account) is the gateway to credit cards and insurance.',
        'Many stores still accept "vales de refeição" (meal vouchers) at lunchtime.',
    ],
    "press-mention": [
        "Expresso ran the story on its front page, and Observador followed it the next morning.",
        "Jornal de Angola and Expansão both covered the launch of the {B} app in Luanda.",
        "The story was picked up by O País and Notícias in Maputo within a day.",
    ],
    "trade-award": [
        "The campaign was shortlisted at the Prémios Marketeer {Y} in the banking category.",
        "Meios & Publicidade named the agency its Agência do Ano (Agency of the Year) for {Y}.",
    ],
    "research-panel": [
        "The brand team buys Marktest's Bareme Rádio data every wave to plan the summer spots.",
        "GfK and Nielsen panels are expensive, so the Mozambican team relies on distributor sell-out data.",
    ],
    "campaign-name": [
        'The "Há Sempre Uma Razão" platform has carried {B}\'s advertising for several years.',
        "The 'Sabe Bem Pagar Tão Pouco' line is still recognised by most shoppers in Portugal.",
    ],
    "flight-number": [
        "TAP flight TP 1533 (Lisbon to Praia) is the route most diaspora customers use at Christmas.",
        "Cabo Verde Airlines (VR) resumed its Sal to Lisbon service with a Boeing 737.",
    ],
    "hotel-rating": [
        "The Pestana CR7 Funchal (4★) targets football fans rather than families.",
        "The resort moved from three to five stars (5★ Superior) after the {Y} refurbishment.",
    ],
    "tariff-plan": [
        'The Unitel "Kamba" bundle (500 MB a week) is aimed at students in Luanda and Benguela.',
        "MEO Fibra 1 Gbps (with TV and mobile) is the plan most often bundled with football channels.",
    ],
    "ussd-code": [
        "Customers check their M-Pesa balance by dialling *150# (option 6) on any handset.",
        "The Unitel Money menu is reached by dialling *409#, with no data needed.",
    ],
    "short-code": [
        "Shoppers entered the draw by sending the word NATAL to 4422 (€0.60 + VAT per SMS).",
        "Customers text SALDO to {n} to check their bundle balance.",
    ],
    "hashtag-handle": [
        "The summer posts ran under #VeraoComSagres and tagged @sagres.pt and @continente.",
        "User content was gathered with #MeuMaputo and reposted from @vodacom_mz.",
    ],
    "promo-code": [
        "The code BLACK{yy} gave 15% off for the first 1 000 online orders.",
        "Instagram followers used NATAL{yy} (valid until 24 December) at checkout.",
    ],
    "course-structure": [
        "This report answers Task 2 (Part b) of the CIM Level 7 assessment.",
        "As required by the MBA module brief (Section 3), the plan covers twelve months.",
    ],
    "appendix-reference": [
        "The full survey instrument is in Appendix C (Questions 1-{n}).",
        "Figure 4 (below) shows the journey from app download to first top-up.",
        "Table 3 (overleaf) compares the three options on cost, reach and risk.",
    ],
    "fiscal-period": [
        "Revenue for FY{Y} (January to December) grew in every region except Madeira.",
        "In Q{q} {Y}, the app overtook the branch network for new current accounts.",
    ],
    "store-count": [
        "Continente operates more than {n} stores (including the Bom Dia and Modelo formats).",
        "Kero opened {q} new hypermarkets (Luanda and Lubango) in the same year.",
    ],
    "wine-vintage": [
        "Mateus Rosé, first bottled in 1942, is still sold in its flask-shaped bottle.",
        "The Douro DOC {Y} vintage (Touriga Nacional) was the one poured at the tasting.",
    ],
    "beer-heritage": [
        "Super Bock (since 1927) and Sagres (since 1940) dominate the Portuguese beer aisle.",
        "Laurentina and 2M are both brewed by Cervejas de Moçambique (CDM), part of AB InBev.",
    ],
    "energy-tariff": [
        "ERSE sets the regulated electricity tariff each year, and the {Y} increase was passed on in January.",
        "EDP Comercial's green tariff (100% renewable) costs about €{eur} more a month for a typical flat.",
    ],
    "fuel-price": [
        "Galp's gasóleo simples (plain diesel) cost €1.{pct} a litre in week {q} of the campaign.",
        "Subsidised petrol in Angola (Kz {kz} a litre) kept forecourt margins thin.",
    ],
    "bank-product": [
        "Millennium bcp's Conta Ordenado (salary account) and the Cartão Millennium GO are sold together.",
        "BFA Net (internet banking) and BFA App were merged into one login in {Y}.",
    ],
    "interest-rate": [
        "With the 12-month Euribor at 3.{q}%, mortgage campaigns switched to fixed rates.",
        "The Banco Nacional de Angola (BNA) held its policy rate at 19.5% for most of the year.",
    ],
    "football-sponsorship": [
        "Sagres sponsors SL Benfica and Sporting CP, while Super Bock backs FC Porto.",
        "Petro de Luanda and 1.º de Agosto dominate the Girabola, so both attract bank sponsors.",
    ],
    "event-edition": [
        "The team presented the loyalty app at Web Summit (Lisbon, November) and at FILDA in Luanda.",
        "The stand at the BTL (Bolsa de Turismo de Lisboa) cost more than the whole social budget.",
    ],
    "historic-event": [
        "Expo 98 (Lisbon) and Euro 2004 (Portugal) both changed how the country markets itself abroad.",
        "The 2020-2022 pandemic (COVID-19) pushed most Angolan banks into mobile onboarding.",
    ],
    "executive-role": [
        "The bank's chief executive, Miguel Maya (Millennium bcp), presented the digital results in person.",
        "Chief executive Ana Figueiredo (Altice Portugal) described the MEO rebrand at a conference in Porto.",
    ],
    "primary-research": [
        "My own survey (n = {n}, Lisbon and Porto, March {Y}) found that most respondents use MB Way weekly.",
        "Two focus groups (Maputo, {d} May) were run with young M-Pesa users.",
    ],
    "framework-eponym": [
        "Porter's Five Forces and a PESTEL analysis are used to frame the Angolan market.",
        "The Ansoff matrix helps decide whether {B} should enter Cape Verde or deepen its position at home.",
    ],
    "agency-acronym": [
        "AICEP (Agência para o Investimento e Comércio Externo de Portugal) supports exporters with trade missions.",
        "The APAN (Associação Portuguesa de Anunciantes) code on influencers was updated after complaints.",
    ],
    "growth-bracket": [
        "Online grocery sales grew strongly (+{pct}% year on year), though from a small base.",
        "The number of mobile-money accounts (registered, not active) passed {n} thousand in Beira alone.",
    ],
    "award-ranking": [
        "Millennium bim was again named best bank in Mozambique in Global Finance's annual awards.",
        "Turismo de Portugal celebrated Portugal's World Travel Awards title as Europe's Leading Destination.",
    ],
    "rebrand-history": [
        "The MEO Arena, known as the Pavilhão Atlântico until {Y}, is now the Altice Arena.",
        "PT (Portugal Telecom) became part of Altice, and MEO became the single consumer brand.",
    ],
    "platform-metrics": [
        "The {B} Instagram account (about {n}k followers) posts three times a week.",
        "WhatsApp Business (with catalogue and quick replies) now handles most pre-sale questions.",
    ],
}

_CITIES = ["Lisbon", "Porto", "Braga", "Faro", "Funchal", "Luanda", "Benguela", "Maputo", "Beira", "Praia"]


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use: currency figures, numbers of decisions, two-digit years."""
    return {
        "kz": f"{rng.randint(1, 60)} {rng.choice(['000', '500', '250'])}",
        "eur": str(rng.randint(3, 240)),
        "mt": str(rng.randint(600, 2400)),
        "mt2": str(rng.randint(700, 2900)),
        "cve": f"{rng.randint(2, 18)} {rng.choice(['000', '500'])}",
        "pct": str(rng.randint(3, 68)),
        "dn": str(rng.randint(1, 120)),
        "yy": str(rng.randint(19, 25)),
        "city": rng.choice(_CITIES),
    }
