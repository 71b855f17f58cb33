"""The blind193 pool's prose (HELD OUT): how marketers in Portugal, Madeira, the Azores and the Portuguese
diaspora write CIM Level 6 and 7 reports and MBA assignments in English, with the citations, claims, brands and
the text that looks like a citation but is not.

A hundred-and-ninety-third independent pool, written without reading the checker, its tests or any other pool.
HELD OUT: nobody tunes the checker on it until its first tables have been read; report its tables, never its
misses.

The candidates work at banks and fintechs (Caixa Geral de Depósitos, Millennium bcp, Novo Banco, MB WAY/SIBS),
telecoms (MEO, NOS, Vodafone, DIGI), retailers (Continente, Pingo Doce, Worten, Parfois), food and drink makers
(Delta Cafés, Super Bock, Sagres, Licor Beirão, Sogrape), TAP, Galp, EDP, OutSystems, the press and agencies. They
write decimal commas ("€1,5 milhões", "12,4 M€", "23,4%"), laws by number and date ("Lei n.º 58/2019, de 8 de
agosto"), the feast days, 25 de Abril and the Consoada, Portuguese words glossed in brackets, and brackets full
of years that cite nothing: founders' lifespans, brand launch years, awards, censuses, tariffs, tickers and codes.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} argued that {C}, a point that applies directly to {B}.",
    "{N} showed that {C}.",
    "{N} concluded that {C} in the Portuguese market.",
    "{N} observed that {C}, even in the smaller cities such as Braga and Aveiro.",
    "{N} noted that {C}.",
    "{N} demonstrated that {C}, which the Lisbon team at {B} has started to test.",
    "{N} suggests that {C}.",
    "{N} reported that {C} among {A}.",
    "{N} warned that {C}.",
]
NARRATIVE_MID = [
    "According to {N}, {C}.",
    "{O}, {N} found that {C}.",
    "As {N} explained, {C}.",
    "{C}, as {N} pointed out.",
    "This is consistent with {N}, who found that {C}.",
    "In the Portuguese context, {N} showed that {C}.",
    "For {B}, the lesson from {N} is that {C}.",
    "A study of Lisbon and Porto shoppers by {N} found that {C}.",
    "{C}; {N} reached a similar conclusion for the Azores and Madeira.",
    "Following {N}, this report assumes that {C}.",
    "Research carried out at Nova SBE by {N} indicates that {C}.",
    "It is worth recalling that, for {N}, {C}.",
]
POSSESSIVE = [
    "{N} study of Portuguese consumers showed that {C}.",
    "{O}, {N} model explains why {C}.",
    "{N} survey of {A} in Porto found that {C}.",
    "{N} framework helps {B} to see that {C}.",
    "Applying {N} typology, {C}.",
]
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "There is evidence that {C} {P}.",
    "In Portugal, {C} {P}.",
    "It is generally accepted that {C} {P}.",
    "Several authors agree that {C} {P:see}.",
    "This matters for {B} because {C} {P}.",
    "Studies of the Lusophone markets suggest that {C} {P:e.g.}.",
    "{C}, especially outside Lisbon {P}.",
    "Recent data confirm that {C} {P}.",
]
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{C} {P}, although {C2}.",
    "{C} {P}; however, {C2}.",
    "{O}, {C} {P}, while {C2}.",
    "While {C} {P}, it is also true that {C2}.",
    "{C} {P}, so {C2}.",
]
CLAIMS = [
    "Portuguese consumers compare prices across Continente, Pingo Doce and Lidl before they commit",
    "loyalty cards such as Cartão Continente drive repeat purchase among {A}",
    "MB WAY has made mobile payments a daily habit for {A}",
    "{T} works better when it speaks to saudade and family",
    "{B} relies on {T} more than its Spanish rivals do",
    "the Portuguese trust banks less than they did before the 2014 collapse of Banco Espírito Santo",
    "{A} expect bilingual service in Portuguese and English",
    "private labels have gained share in Portuguese grocery since the troika years",
    "{T} raises {R} among {A}",
    "small brands from the interior gain more from {T} than large ones",
    "the diaspora in Paris, Toronto and Newark still buys Portuguese brands it grew up with",
    "telecoms bundles make switching costly for Portuguese households",
    "football sponsorship remains the fastest route to national awareness",
    "Christmas and the Consoada concentrate a large share of annual grocery sales",
    "summer tourists shape the Algarve's retail calendar more than residents do",
    "{B} could use {T} to win {A}",
    "price promotions train shoppers to wait for the next folheto",
    "the return on {T} falls as budgets grow",
    "heritage brands such as Licor Beirão and Vista Alegre benefit from nostalgia",
    "{A} reward {T} with {R}",
    "word of mouth matters more in the Azores than in Lisbon",
    "younger Portuguese shoppers discover brands on Instagram and TikTok first",
    "sustainability claims persuade {A} only when they are specific",
    "firms that invest in {T} see stronger {R}",
]
OPENERS = [
    "However",
    "In practice",
    "In the case of {B}",
    "By contrast",
    "In Portugal",
    "For the Madeira market",
    "At the same time",
    "More recently",
    "Even so",
    "Outside the two metropolitan areas",
    "Since the pandemic",
    "For {B}",
]
PLAIN = [
    "{B} sells through its stores, its website and its app, and most of its customers live in the Lisbon and Porto metropolitan areas.",
    "The campaign ran for six weeks on television, Instagram and outdoor sites in Lisbon, Porto and Faro.",
    "{O}, {C}.",
    "The team is small: a brand manager, two digital specialists and an agency in Lisbon.",
    "Most of the budget went to SIC, TVI and the digital editions of the national press.",
    "This section applies the theory to {B} and its customers in mainland Portugal and the islands.",
    "The recommendations below are costed in euros and phased over eighteen months.",
    "Customers in the diaspora are served by a separate e-commerce site and local distributors.",
    "{B} has not yet measured the effect of its loyalty scheme on margins.",
]
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one author put it, {Q} {P}.",
    "{N} put it plainly: {Q}.",
    "It has been argued that {Q} {P}.",
    "In the words of {N}, {Q}.",
    "{N} wrote that {Q}.",
    "The point is well made in the literature: {Q} {P}.",
    "For the Portuguese market, {Q} {P}.",
]
SCARE_QUOTES = [
    "‘desenrascanço’",
    "“saudade”",
    "‘chave na mão’",
    "“made in Portugal”",
    "'portugalidade'",
    "‘Portugal Sou Eu’",
    "“phygital”",
    "'cliente primeiro'",
    "‘o melhor do mundo’",
    "“ir às compras”",
]
SCARE_FRAMES = [
    "{B} built its autumn campaign around {Q} {P}.",
    "Portuguese marketers describe this as {Q} {P}.",
    "The agency called the idea {Q}, a word that does not translate easily {P}.",
    "{N} used the label {Q} for this approach.",
    "Managers at {B} talk about {Q} when they brief agencies {P}.",
]
SUBJECT_LINES = [
    "‘Santos Populares: sardinhas a 1,99 €/kg’",
    "“O seu cabaz de Natal está à sua espera”",
    "‘Black Friday começa já: até 50% em tecnologia’",
    "'Volte a visitar-nos: 10% no próximo pagamento com MB WAY'",
    "“Your {M} order has left Porto”",
    "‘Última oportunidade: portes grátis até domingo’",
    "“Feliz Dia da Mãe: uma surpresa para si”",
]
SUBJECT_FRAMES = [
    "The subject line {Q} lifted the open rate in the test {P}.",
    "{B} sent the email {Q} to lapsed customers {P}.",
    "An SMS headed {Q} outperformed the control {P}.",
    "{N} cited the subject line {Q} as an example of urgency.",
    "The push notification {Q} was the best performer of the year {P}.",
]
NOT_CITATIONS = {
    "gdpr-execution-law": [
        "In Portugal the GDPR is applied through Lei n.º 58/2019, de 8 de agosto, which {B} cites in its privacy notice.",
        "The consent form was rewritten to follow Lei n.º 58/2019 (DR n.º 151/2019, Série I).",
        "Lei n.º 58/2019, de 8 de agosto, gives the CNPD its powers to fine.",
    ],
    "decree-law-ecommerce": [
        "The online shop must show the information required by the Decreto-Lei n.º 7/2004, de 7 de janeiro (comércio eletrónico).",
        "Unsolicited emails are restricted by the e-commerce law (Decreto-Lei n.º 7/2004) and by Lei n.º 41/2004.",
    ],
    "advertising-code": [
        "Comparative claims are allowed only within the limits of the Código da Publicidade (Decreto-Lei n.º 330/90).",
        "The Código da Publicidade, first approved in 1990 and amended many times since, bans hidden advertising.",
    ],
    "consumer-law": [
        "Returns are governed by Lei n.º 24/96 (Lei de Defesa do Consumidor) and the distance-selling rules of 2014.",
        "Under the Lei de Defesa do Consumidor (Lei n.º 24/96, de 31 de julho) the customer has the right to clear information.",
    ],
    "eu-regulation-number": [
        "Cookie banners also have to meet the GDPR (Regulation (EU) 2016/679) and the ePrivacy Directive (2002/58/EC).",
        "The Digital Services Act (Regulation (EU) 2022/2065) applies to marketplaces such as Worten's.",
    ],
    "gazette-series": [
        "The decree was published in the Diário da República (1.ª série, n.º {n}, {d} de março de {Y}).",
        "The new rules appeared in DR n.º {n}/{Y}, Série I, and took effect thirty days later.",
    ],
    "regulator-in-brackets": [
        "The data protection authority (CNPD) received {n} complaints about marketing calls last year.",
        "Complaints can be filed with the telecoms regulator (ANACOM) or in the Livro de Reclamações.",
        "The food safety inspectors (ASAE) checked {n} restaurants during the summer of {Y}.",
    ],
    "regulator-fine-year": [
        "The Autoridade da Concorrência fined several supermarket chains in {Y} for fixing prices with suppliers.",
        "Banco de Portugal fined the bank €{fine} milhões (decision of {ry}) for misleading marketing of savings products.",
    ],
    "feast-santo-antonio": [
        "Sales of sardines and manjericos peak around Santo António (13 June) in Lisbon.",
        "{B} ran a limited edition for the Santos Populares (12–13 June) in Alfama.",
    ],
    "feast-sao-joao": [
        "In Porto the biggest night of the year is São João (23–24 June), with hammers and grilled sardines.",
        "The São João campaign ({Y}) gave away plastic hammers with every purchase in Porto stores.",
    ],
    "carnaval": [
        "Costume sales rise in the fortnight before Carnaval (Torres Vedras and Ovar, February {Y}).",
        "The brand sponsored the Carnaval parade in Funchal ({Y} edition).",
    ],
    "revolution-day": [
        "The campaign launched on 25 de Abril, the anniversary of the Carnation Revolution (1974).",
        "Red carnations were given out in stores on 25 April (2024), fifty years after the revolution.",
    ],
    "dia-de-portugal": [
        "Diaspora media carry the most advertising around Dia de Portugal (10 June).",
        "In Newark and Toronto the Portugal Day parades (June {Y}) are a key sponsorship moment.",
    ],
    "natal-consoada": [
        "Bacalhau sales peak before the Consoada (24 December), when families eat together.",
        "Bolo-rei and codfish dominate the Natal basket (December {Y}).",
    ],
    "black-friday": [
        "Worten's busiest day was Black Friday ({d} November {ry}), ahead of Christmas Eve.",
        "Online orders doubled during Black Friday week ({ry}) compared with the previous year.",
    ],
    "web-summit": [
        "The CEO spoke at Web Summit (Lisbon, November {ry}), which brought {n} start-ups to the city.",
        "Web Summit moved from Dublin to Lisbon in 2016 and has stayed there since.",
    ],
    "music-festival": [
        "The brand has sponsored Rock in Rio Lisboa since its first edition (2004).",
        "NOS Alive (Algés, July {ry}) sold out in less than a week.",
        "Super Bock Super Rock ({Y} edition) moved to Sesimbra to attract a younger audience.",
    ],
    "euro-2004": [
        "Many older customers still remember the Euro 2004 campaigns and the flags hung from balconies.",
        "National pride peaked after Euro 2016 (Paris, 10 July 2016), when Portugal beat France in the final.",
    ],
    "euro-decimal-comma": [
        "The launch budget was €1,5 milhões, of which 40% went to television.",
        "Revenue reached 12,4 M€ in {Y}, up from 10,9 M€ the year before.",
        "The average basket rose to €{eur} (EUR {eur} including VAT).",
    ],
    "percent-decimal-comma": [
        "Penetration of MB WAY among adults reached {pct} ({ry}), according to the company's own figures.",
        "The share of private labels rose to {pct} of grocery sales (Q{q} {Y}).",
    ],
    "footballer-year": [
        "Cristiano Ronaldo (born 1985 in Funchal) remains the country's most valuable endorser.",
        "The campaign featured Eusébio (1942–2014) in archive footage from the 1966 World Cup.",
    ],
    "founder-lifespan": [
        "Delta Cafés was founded by Rui Nabeiro (1931–2023) in Campo Maior in 1961.",
        "Belmiro de Azevedo (1938–2017) built Sonae into the owner of Continente.",
        "The ceramics brand takes its name from Rafael Bordallo Pinheiro (1846–1905).",
    ],
    "artist-lifespan": [
        "The advert used a song by Amália Rodrigues (1920–1999), the voice of fado.",
        "The museum collaboration celebrated Paula Rego (1935–2022) with a limited range.",
    ],
    "brand-launch-year": [
        "Mateus Rosé (launched 1942) is still sold in more than 120 countries.",
        "Licor Beirão (produced since 1929 in Lousã) is now a staple of the Portuguese bar.",
        "Pastéis de Belém have followed the same recipe since 1837.",
    ],
    "company-founded-bracket": [
        "The agency (founded {yr}, Lisbon) now employs {n} people.",
        "Worten (Sonae, opened 1996) started with a single store in Chaves.",
        "Farfetch (founded 2007 by José Neves) listed on the New York Stock Exchange in 2018.",
    ],
    "org-bracket-with-figure": [
        "The market leader (Continente, {Y} share: {pct}) was followed by Pingo Doce.",
        "The largest bank by branches (CGD, {n} branches in {Y}) has the oldest customers.",
    ],
    "product-model": [
        "The MEO Box 4K (2022 model) replaced the older set-top box.",
        "Sagres Zero (0,0%) and Super Bock Stout are the fastest-growing lines.",
        "The Vitalis 1,5 L bottle (2023 design) uses 30% recycled plastic.",
    ],
    "tariff-plan": [
        "The NOS 4 bundle (€{tariff}/month, 24-month loyalty period) is the most popular plan.",
        "DIGI entered the market in November 2024 with a 4P tariff at €{tariff}.",
    ],
    "tax-number": [
        "The invoice must show the company's NIPC (500 {n2}{n3} {n3}) and the customer's NIF.",
        "Suppliers are identified by their NIF (PT5{n2}{n3}{n2}{n3}) in the procurement system.",
    ],
    "postal-code": [
        "The flagship store is at Rua Augusta 100, {cp}.",
        "Returns are sent to the warehouse in the Azambuja logistics park (2050-306 Azambuja).",
    ],
    "phone-number": [
        "Customers can call the helpline (+351 21 {n2}{n3} {n3}{n2}) or use the chat.",
        "The campaign used a free number (800 {n2}{n3} {n3}{n2}) and a short code, 4{n3}.",
    ],
    "stock-ticker": [
        "Jerónimo Martins (Euronext Lisbon: JMT) is the largest company in the PSI index.",
        "Shares in Galp (GALP.LS) rose {pct} in the week of the results.",
    ],
    "activity-code": [
        "The company is registered under CAE 47111 (retail in non-specialised stores with food predominating).",
        "Its activity code (CAE Rev.3 73110) is that of an advertising agency.",
    ],
    "census": [
        "The Censos 2021 counted 10,3 million residents, fewer than in 2011.",
        "Lisbon's population fell between the 2011 and 2021 censuses (Censos 2011; Censos 2021).",
    ],
    "own-survey": [
        "Most respondents to the candidate's own survey agreed (n = {n}, {month} {Y}).",
        "The online questionnaire was answered by {n} customers of {B} (response rate {pct}).",
    ],
    "figure-table": [
        "The results are shown in the chart below (Figure {q}).",
        "The segments are compared in Table {q} (Quadro {q} in the Portuguese version).",
        "See Appendix {q} for the full SWOT (Anexo {q}).",
    ],
    "semester-quarter": [
        "Sales fell in the first half (1.º semestre de {Y}) and recovered in the second.",
        "Margins improved in Q{q} {Y} compared with Q{q} {Y2}.",
    ],
    "yoy-change": [
        "Digital sales grew strongly (+{pct} vs. {Y}).",
        "Footfall was still below pre-pandemic levels ({Y}: −{pct} vs. 2019).",
    ],
    "award-name-year": [
        "{B} won the Prémio Cinco Estrelas ({Y}) in its category.",
        "The brand was voted Escolha do Consumidor {Y} for the third year running.",
        "It also holds the Marca de Confiança award (given by Seleções do Reader's Digest in {Y}).",
    ],
    "advertising-award": [
        "The campaign won a Gold at the Effie Awards Portugal ({Y}) and a Bronze Lion at Cannes ({Y2}).",
        "The Clube de Criativos de Portugal gave the film its Grand Prix ({Y}).",
    ],
    "ranking-position": [
        "{B} ranked third among the most valuable Portuguese brands ({Y} ranking).",
        "Lisbon was named Europe's leading city destination (World Travel Awards, {Y}).",
    ],
    "candidate-education": [
        "The author completed an MSc in Marketing (Nova SBE, {Y}–{Y2}) before joining {B}.",
        "The brand manager studied Management at the University of Minho (Braga, {yr}–{yr2}).",
    ],
    "course-code": [
        "This assignment answers Task 1 of the CIM Level 6 Diploma (Module 2206, {Y}).",
        "The work builds on the Strategic Marketing unit (MKT {n}, Porto Business School).",
    ],
    "expo-place": [
        "The headquarters are on the former Expo 98 site (Parque das Nações, Lisbon).",
        "The pop-up store opened near the Casa da Música (Porto, 2005) for the summer.",
    ],
    "metro-transport": [
        "Posters ran on the Linha Verde (Metro de Lisboa) and on the Porto metro's Line D.",
        "The route TP1861 (Lisboa–Ponta Delgada) carries most of the diaspora traffic in August.",
    ],
    "hashtag-year": [
        "The hashtag #VamosTodos ({ry}) reached {n} thousand posts.",
        "User-generated content under #SaoJoaoPorto{ry} was reposted by the brand.",
    ],
    "app-version": [
        "The MB WAY app (version 6.{q}) added split payments between friends.",
        "The Continente app (iOS {q}.{n2}) now scans receipts for the loyalty card.",
    ],
    "diaspora-estimate": [
        "Paris has one of the largest Portuguese communities outside Portugal (about 600,000 people, {Y} estimate).",
        "Fall River and New Bedford are home to many Azorean families (around {n2} thousand residents).",
    ],
    "escudo-price": [
        "Older customers still convert prices into escudos (200$00 is about €1).",
        "A bica cost 50$00 in the 1990s (before the euro arrived in 2002).",
    ],
    "wine-vintage": [
        "Symington declared a Vintage Port (2017 declaration) for the first time in years.",
        "Barca Velha 2011 was released only in 2021, ten years after the harvest.",
    ],
    "executive-not-author": [
        "The CEO, Miguel Stilwell d'Andrade (in post since 2021), set a target for renewables.",
        "The marketing director (Maria Ferreira, since {Y}) reorganised the team.",
        "The chairman, António Mexia (2006–2020), oversaw the brand's internationalisation.",
    ],
    "tv-programme": [
        "The sponsorship of Big Brother (TVI, {Y}) increased brand searches overnight.",
        "The channel's main soap opera (SIC, prime time, {Y}) had an audience share of {pct}.",
    ],
    "lockdown-date": [
        "Stores closed when the state of emergency was declared (18 March 2020).",
        "The second lockdown (January–March 2021) moved grocery sales online.",
    ],
    "portuguese-date-format": [
        "The promotion ran from 01/12/{Y} to 06/01/{Y2}, Dia de Reis.",
        "The event took place on {d}.{q}.{Y} at the Centro de Congressos de Lisboa.",
    ],
    "word-gloss": [
        "Shoppers look for the folheto (weekly leaflet) before they go to the supermarket.",
        "The team relied on desenrascanço (improvising a way out) more than on planning.",
        "Many families still buy the cabaz de Natal (Christmas hamper) for their employees.",
    ],
    "historic-period": [
        "Household budgets were squeezed during the troika years (2011–2014).",
        "Macau was administered by Portugal until the handover (20 December 1999).",
    ],
    "multibanco-reference": [
        "Customers can pay by Multibanco reference (Entidade 21{n2}{n3}) or MB WAY.",
        "The ATM network (Multibanco, launched in 1985) is run by SIBS.",
    ],
    "legal-form-bracket": [
        "The cooperative (Crédito Agrícola, CRL) is owned by its local members.",
        "The holding (Sonae, SGPS, S.A.) controls the retail and shopping-centre businesses.",
        "The start-up was set up as a sole-shareholder company (Unipessoal Lda.) in {Y}.",
    ],
}
BRANDS = ["Continente", "Pingo Doce", "Lidl Portugal", "Worten", "Fnac Portugal", "Parfois", "Salsa", "Sport Zone",
          "Wells", "MEO", "NOS", "Vodafone Portugal", "DIGI", "Millennium bcp", "Caixa Geral de Depósitos",
          "Novo Banco", "Santander Totta", "BPI", "Crédito Agrícola", "MB WAY", "Revolut", "Delta Cafés",
          "Super Bock", "Sagres", "Sumol+Compal", "Licor Beirão", "Mateus", "Vitalis", "Luso", "Ramirez",
          "TAP Air Portugal", "Galp", "EDP", "Corticeira Amorim", "Vista Alegre", "Bordallo Pinheiro",
          "Science4you", "OutSystems", "Farfetch", "Glovo", "Bolt", "Intermarché", "Auchan", "El Corte Inglés"]  # fmt: skip

_MONTHS = ["January", "March", "May", "June", "September", "October", "November"]
_POSTCODES = ["1100-148 Lisboa", "4050-262 Porto", "4700-435 Braga", "3000-214 Coimbra", "3810-193 Aveiro",
              "8000-078 Faro", "2900-085 Setúbal", "9000-060 Funchal", "9500-150 Ponta Delgada"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Values only this pool's frames use: euros and percentages with decimal commas, years, codes, months."""
    year = rng.randint(1995, 2018)
    return {
        "eur": f"{rng.randint(1, 99)},{rng.randint(10, 99)}",
        "pct": f"{rng.randint(3, 68)},{rng.randint(1, 9)}%",
        "yr": str(year),
        "yr2": str(year + rng.randint(3, 5)),
        "n2": f"{rng.randint(10, 99)}",
        "n3": f"{rng.randint(10, 99)}",
        "ry": str(rng.randint(2016, 2024)),
        "fine": f"{rng.randint(1, 9)},{rng.randint(1, 9)}",
        "tariff": f"{rng.randint(19, 89)},99",
        "cp": rng.choice(_POSTCODES),
        "month": rng.choice(_MONTHS),
    }
