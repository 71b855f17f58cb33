"""The "blind195" pool (HELD OUT): prose, brands and decoys of marketers in Brazil and its diaspora.

A hundred-and-ninety-fifth independent pool, written without reading the checker (marker/checks), its tests or any
other pool, from how marketers in São Paulo, Rio, Belo Horizonte, Porto Alegre, Curitiba, Recife, Salvador,
Fortaleza, Brasília, Manaus, Florianópolis and Campinas, and Brazilians in Lisbon, Porto, Miami, Orlando,
Framingham, Newark, London, Hamamatsu and Luanda, write CIM Level 6 and 7 reports and MBA assignments in English
about banks and fintechs (Itaú, Bradesco, Nubank, Inter, PicPay, Pix), telecoms, retailers and platforms (Magalu,
Casas Bahia, Mercado Livre, Natura, O Boticário), food and drink makers (Ambev, Guaraná Antarctica, BRF, Cacau
Show) and others: reais written R$ with decimal commas, laws by number and date with the Diário Oficial da União,
the ANPD, Procon-SP, CONAR, Anatel and CADE, the Banco Central, IBGE and Ipea, Carnaval, São João, Dia das Mães,
Dia dos Namorados (12 June), Black Friday, Natal and the 13º salário, CNPJ and CPF numbers, legal forms, tickers,
phone numbers and postcodes, Portuguese glosses, none of them citations. HELD OUT: never tune on it; report its
tables, never its misses. Fill values of its own: see ``values``.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Itaú", "Itaú Unibanco", "Bradesco", "Banco do Brasil", "Caixa", "Santander Brasil", "Nubank", "Inter",
          "C6 Bank", "PicPay", "Mercado Pago", "Stone", "PagBank", "Vivo", "Claro", "TIM", "Oi", "Magalu",
          "Magazine Luiza", "Casas Bahia", "Americanas", "Mercado Livre", "Shopee", "Amazon Brasil", "Carrefour",
          "Atacadão", "Pão de Açúcar", "Assaí", "Renner", "Riachuelo", "C&A", "Natura", "O Boticário", "Havaianas",
          "iFood", "Rappi", "Ambev", "Brahma", "Skol", "Guaraná Antarctica", "Friboi", "Sadia", "Perdigão",
          "Nestlé Brasil", "Cacau Show", "Garoto", "Piracanjuba", "Ypê", "3 Corações", "Petrobras", "Embraer",
          "LATAM Brasil", "GOL", "Azul", "Localiza", "Globoplay", "TV Globo"]  # fmt: skip

_CITIES = ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Porto Alegre", "Curitiba", "Recife", "Salvador",
           "Fortaleza", "Brasília", "Manaus", "Florianópolis", "Campinas", "Sao Paulo", "Belém", "Goiânia"]  # fmt: skip
_DIASPORA = ["Lisbon", "Porto", "Miami", "Orlando", "Framingham", "Newark", "London", "Hamamatsu", "Luanda", "Boston",
             "Pompano Beach", "Oizumi"]  # fmt: skip
_FESTIVALS = ["Carnaval", "Carnival", "São João", "Festa Junina", "Dia das Mães", "Dia dos Namorados", "Black Friday",
              "Natal", "Dia do Cliente", "Dia das Crianças", "Dia dos Pais", "Réveillon"]  # fmt: skip
_REGULATORS = ["ANPD", "Procon-SP", "Senacon", "Anatel", "CADE", "the Banco Central", "CONAR", "Anvisa", "the CVM"]
_PRESS = ["Folha de S.Paulo", "O Globo", "Estadão", "Valor Econômico", "Exame", "Veja", "G1", "UOL", "Meio & Mensagem",
          "Propmark", "Época Negócios"]  # fmt: skip
_AGENCIES = ["AlmapBBDO", "Africa Creative DDB", "WMcCann", "Ogilvy Brasil", "Publicis Brasil", "DM9", "GUT"]
_UNIS = ["FEA-USP", "FGV EAESP", "Insper", "ESPM", "COPPEAD/UFRJ", "UFMG", "UFRGS", "PUC-Rio", "Unicamp", "Mackenzie"]
_PEOPLE = ["Luiza Helena Trajano", "Frederico Trajano", "Cristina Junqueira", "David Vélez", "Roberto Setubal",
           "Jorge Paulo Lemann", "Abilio Diniz", "Washington Olivetto", "Nizan Guanaes", "Marcos Galperin",
           "Alexandre Costa", "Silvio Santos", "Miguel Krigsner", "Rony Meisler"]  # fmt: skip
_CELEBS = ["Anitta", "Ivete Sangalo", "Gisele Bündchen", "Neymar Jr", "Xuxa", "Juliette", "Gil do Vigor",
           "Whindersson Nunes", "Virginia Fonseca", "Lázaro Ramos", "Taís Araújo", "Casimiro", "Rayssa Leal",
           "Pabllo Vittar", "Ludmilla"]  # fmt: skip
_PRODUCTS = ["Galaxy A54", "iPhone 15", "Nubank Ultravioleta", "Magalu Pay", "Brahma Duplo Malte", "Skol Beats",
             "Guaraná Antarctica Zero", "Havaianas Top", "Embraer E195-E2", "Renner Repassa", "Natura Ekos",
             "Ypê Lava-Louças", "Cacau Show Trufa", "Piracanjuba Zero Lactose", "Vivo Fibra", "Claro Flex"]  # fmt: skip
_MESES = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
          "novembro", "dezembro"]  # fmt: skip
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]  # fmt: skip
_HANDLES = ["@magalu", "@nubank", "@itau", "@vivo", "@guaranaantarctica", "@oboticario", "@ifood", "@casasbahia",
            "@naturabroficial", "@havaianas"]  # fmt: skip
_TICKERS = ["B3: MGLU3", "B3: ITUB4", "B3: BBDC4", "NYSE: NU", "B3: NTCO3", "B3: ABEV3", "B3: PETR4", "NYSE: ERJ",
            "B3: LREN3", "B3: ASAI3", "Nasdaq: MELI", "B3: VIVT3", "Nasdaq: STNE", "B3: BHIA3"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only blind195's frames use, drawn from the builder's random source after the common ones."""
    month = rng.randrange(12)
    return {
        "city": rng.choice(_CITIES), "dcity": rng.choice(_DIASPORA), "fest": rng.choice(_FESTIVALS),
        "reg": rng.choice(_REGULATORS), "press": rng.choice(_PRESS), "agency": rng.choice(_AGENCIES),
        "uni": rng.choice(_UNIS), "exec": rng.choice(_PEOPLE), "celeb": rng.choice(_CELEBS),
        "prod": rng.choice(_PRODUCTS), "handle": rng.choice(_HANDLES), "tick": rng.choice(_TICKERS),
        "Y3": str(rng.randint(2018, 2025)), "mes": _MESES[month], "mo": _MONTHS[month],
        "pc": str(rng.randint(4, 88)), "dc": f"{rng.randint(1, 99)},{rng.randint(1, 9)}",
        "brl": rng.choice([f"R$ {rng.randint(1, 9)},{rng.randint(1, 9)} milhão", f"R$ {rng.randint(2, 900)} milhões",
                           f"R$ {rng.randint(1, 40)} bi", f"R$ {rng.randint(2, 90)},{rng.randint(1, 9)} mi",
                           f"R$ {rng.randint(1, 99)}.{rng.randint(100, 999)},00", f"BRL {rng.randint(2, 60)}m",
                           f"R${rng.randint(10, 999)} mil", f"R$ {rng.randint(1, 9)},{rng.randint(10, 99)} bilhões"]),
        "price": f"R$ {rng.randint(2, 499)},{rng.choice(['90', '99', '00', '49'])}",
        "cnpj": f"{rng.randint(10, 99)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}/0001-{rng.randint(10, 99)}",
        "cep": f"{rng.randint(10000, 99999):05d}-{rng.randint(0, 999):03d}",
        "ddd": rng.choice(["11", "21", "31", "51", "41", "81", "71", "85", "61", "92", "48", "19"]),
        "ph": f"{rng.randint(3000, 4999)}-{rng.randint(1000, 9999)}",
        "tag": rng.choice(["BlackFridayMagalu", "VemSerFeliz", "DiaDasMães", "SãoJoãoDoNordeste", "Pix", "BBB24",
                           "NubankRoxinho", "AmbevNoCarnaval", "publi", "LiveDaLu"]),
        "rating": f"{rng.randint(6, 9)},{rng.randint(0, 9)}", "usd": f"{rng.randint(4, 5)},{rng.randint(10, 99)}",
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argue that {C}, which is exactly the challenge {B} faces in {city}.",
    "{N} found that {C}.",
    "{N} showed that {C}, although their sample came only from the Southeast.",
    "{N} point out that {C}; this is very relevant for a brand like {B}.",
    "{N} concluded that {C}.",
    "{N} noted that, since Pix arrived in 2020, {C}.",
    "{N} highlights that {C}, especially among {A} in the classes C and D.",
    "{N} defends the idea that {C}.",
    "{N} observed that {C} during {fest}.",
    "{N} explain that {C} (for instance, in {B}'s app).",
    "{N} suggested that {C} – a point {B}'s marketing team should take seriously.",
    "{N} carried out interviews in {city} and found that {C}.",
    "{N} states clearly that {C}.",
    "{N} warns that {C} if the LGPD is not respected.",
    "{N} identified that {C}, mainly for {A}.",
    "{N} demonstrate that {C} in the Brazilian market.",
    "{N} compared {B} with its rivals and showed that {C}.",
    "{N} was one of the first to argue that {C}.",
    "{N} reinforce that {C}.",
    "{N} brings an important point: {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.",
    "{O}, {N} argue that {C}.",
    "As {N} explain, {C}.",
    "This is in line with {N}, who found that {C}.",
    "{C}, as shown by {N}.",
    "{C} – a conclusion also reached by {N}.",
    "In the Brazilian context, {N} found that {C}.",
    "For {B}, the lesson from {N} is that {C}.",
    "Research by {N} in {city} suggests that {C}.",
    "A survey conducted by {N} revealed that {C}.",
    "{C}, which confirms what {N} described.",
    "Following {N}, it can be said that {C}.",
    "When {B} launched its {fest} campaign it seemed to apply {N}: {C}.",
    "Data from {N} indicate that {C}.",
    "{C}; however, {N} found the opposite among {A}.",
    "It is worth remembering, as {N} did, that {C}.",
    "Unlike {B}, the companies studied by {N} showed that {C}.",
    "In a study of fintech users, {N} showed that {C}.",
    "As stated by {N}, {C}.",
    "{O}, and in line with {N}, {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study shows that {C}.",
    "{O}, {N} model helps to explain why {C}.",
    "Applying {N} framework to {B}, it is clear that {C}.",
    "{N} research with {A} in {city} suggests that {C}.",
    "According to {N} report, {C}.",
    "{N} findings matter here because {C}.",
    "This reflects {N} argument that {C}.",
    "{N} typology of Brazilian consumers shows how {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "Studies show that {C} {P}.",
    "In Brazil, {C} {P}.",
    "{B} is a good example, since {C} {P}.",
    "For {A}, {C} {P}.",
    "This is important because {C} {P}.",
    "{C}, especially in the Northeast {P}.",
    "It is often said that {C} {P:see}.",
    "Several authors show that {C} {P:e.g.}.",
    "{C}, which is why {B} invests in {T} {P}.",
    "In short, {C} {P}.",
    "During {fest}, {C} {P}.",
    "Brazilian consumers are among the heaviest users of WhatsApp and Instagram in the world {P}.",
    "Pix became the most used payment method in the country in less than three years {P}.",
    "{C} {P:see also}.",
    "{C}, as Brazilian studies confirm {P:for example,}.",
    "The LGPD changed how companies like {B} collect consent for marketing {P}.",
    "{C}. {P}",
    "Instalment buying (parcelamento) is a deep habit of the Brazilian consumer {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{C} {P}, but {C2}.",
    "{C} {P}; {C2}.",
    "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.",
    "{C} {P:see}, whereas {C2}.",
    "Because {C} {P}, {B} should make sure that {C2}.",
    "Some authors {P:e.g.} defend that {C}.",
    "{O}, {C} {P}, so {C2}.",
    "Studies from Brazil {P} agree that {C}.",
]  # fmt: skip
CLAIMS = [
    "{A} in Brazil trust recommendations from friends on WhatsApp more than brand advertising",
    "Pix has reduced the use of cash and boletos among {A}",
    "{B} depends heavily on {T} to reach {A}",
    "interest-free instalments (parcelado sem juros) increase basket size in Brazilian e-commerce",
    "digital banks won {A} by removing fees and bureaucracy",
    "{T} improves {R} when it is adapted to regional differences",
    "{A} in the classes C and D are very sensitive to price and credit conditions",
    "brands that ignore the Northeast lose an important part of the market",
    "Black Friday in Brazil is still affected by the memory of fake discounts",
    "complaints on Reclame Aqui shape {R} more than the brand's own content",
    "influencers are more trusted by {A} than celebrities",
    "{B}'s loyalty programme increased {R} among {A}",
    "live commerce grew quickly in Brazil after the pandemic",
    "the LGPD forced companies to review their databases and opt-in processes",
    "marketplaces allow small sellers (MEIs) to reach national customers",
    "the 13º salário drives a peak in retail sales in December",
    "{T} works best in Brazil when it uses humour and local references",
    "Brazilian consumers expect fast answers through WhatsApp",
    "representing Black Brazilians in advertising improves {R} among {A}",
    "cashback offers attract {A} but do not always build loyalty",
    "{B} can use {T} to compete with Shopee and Mercado Livre",
    "high interest rates make credit-based promotions riskier for retailers",
    "a strong brand purpose helps firms like {B} to {bs}",
    "{A} switch operators easily when prepaid offers are better",
    "spending on {T} in Brazil has grown every year since {Y}",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In Brazil", "For {B}", "Since the pandemic",
    "In the case of {B}", "Nevertheless", "However", "Moreover", "In this sense", "Regarding the Brazilian market",
    "In {city}", "From the consumer's point of view", "After the launch of Pix", "Besides that", "Therefore",
    "In the fintech sector", "Among Brazilian retailers",
]  # fmt: skip
PLAIN = [
    "{B} was founded in Brazil and today operates in all 26 states and the Federal District.",
    "This report analyses {B}'s digital marketing and proposes improvements for the next twelve months.",
    "The table below summarises the KPIs for each channel.",
    "{B}'s Instagram profile has more than {n} thousand followers, but engagement is falling.",
    "{O}, {C}.",
    "Customers can buy through the app, the website, WhatsApp or in the stores.",
    "A SWOT analysis of {B} is in the appendix.",
    "The main competitors are {B} and two regional chains from the Northeast.",
    "Task 2 develops a communication plan for the {fest} period.",
    "The budget is presented in reais and converted to pounds at the current rate.",
    "All figures in this section are in Brazilian reais unless stated otherwise.",
    "The author works in the marketing team of a fintech in {city}.",
    "The recommendations are divided into short, medium and long term.",
    "{B} uses Meta Ads, Google Ads and TikTok, with most of the budget in paid social.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one author puts it, {Q} {P}.",
    "This is well summarised in the statement that {Q} {P}.",
    "{O}, {Q} {P}.",
    "In the words of {N}, {Q}.",
    "{B} seems to accept that {Q} {P}.",
    "The point is made directly: {Q} {P}.",
    "One Brazilian study concluded that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘jeitinho brasileiro’", "“jeitinho”", "‘bancarização’", "“Black Fraude”", "‘parcelado sem juros’",
                "“omnichannel”", "‘saudade’", "‘classe C’", "“influenciadores”", "‘social selling’", "'Pix'",
                "‘brasilidade’", "“zap”", "'crediário'", "‘cashback’", "“greenwashing”"]  # fmt: skip
SCARE_FRAMES = [
    "Many consumers still call the event {Q} {P}.",
    "{B}'s campaign played with the idea of {Q} {P}.",
    "So-called {Q} is part of how Brazilians deal with brands {P}.",
    "Marketers describe this as {Q} {P}.",
    "The term {Q} is used loosely in the Brazilian market {P}.",
    "Critics accused the brand of {Q} {P}.",
    "{Q} became a common word in retail reports {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Seu carrinho está te esperando 🛒’", "“Só hoje: frete grátis para todo o Brasil”",
                 "‘Black Friday antecipada: até 70% OFF’", "‘Feliz Dia das Mães – 15% de desconto’",
                 "“Parcele em até 10x sem juros”", "‘Última chance: cupom {M} expira hoje’",
                 "‘Your Pix payment was received’", "“Você ganhou cashback!”",
                 "'Arraiá de ofertas: São João com até 40% off'", "‘We miss you – volta pra gente?’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} can increase open rates {P}.",
    "{B} used {Q} in its abandoned-cart email {P}.",
    "Short, urgent copy ({Q}, for example) works well with {A} {P}.",
    "Messages like {Q} work because they create urgency {P}.",
    "The email {Q} was opened by more {A} than any other {P}.",
    "Testing {Q} against a plainer version showed a clear winner {P}.",
]  # fmt: skip

# Text with brackets, years, numbers or quotation marks that is no citation, as these candidates write it.
NOT_CITATIONS: dict[str, list[str]] = {
    "lei-number-year": [
        "All campaigns must comply with Lei nº 13.709/2018, the LGPD.",
        "The Lei Geral de Proteção de Dados Pessoais (Lei nº 13.709, de 14 de agosto de 2018) came into force in September 2020.",
        "Under Lei 8.078/1990 (Código de Defesa do Consumidor), misleading advertising is forbidden.",
        "The Marco Civil da Internet (Lei nº 12.965/2014) sets the rules for online platforms in Brazil.",
    ],
    "decreto-dou": [
        "The e-commerce rules are in Decreto nº 7.962/2013 (DOU de 15/3/2013).",
        "Decreto nº 7.962, de 15 de março de 2013, requires online stores to show their CNPJ and address.",
        "The decree was published in the Diário Oficial da União (DOU, Seção 1, 15 March 2013).",
    ],
    "cdc-article": [
        "The right of withdrawal lasts seven days for online purchases (art. 49 do CDC).",
        "Abusive advertising is defined in the consumer code (art. 37, § 2º).",
        "Prices must be shown clearly in the shop window (CDC, art. 31).",
    ],
    "conar-code": [
        "CONAR's code (Código Brasileiro de Autorregulamentação Publicitária, first approved in 1980) also covers influencers.",
        "Since CONAR's influencer guide came out in 2021, paid posts must carry #publi or #publicidade.",
        "The complaint was judged under Annex P of the code (beer advertising).",
    ],
    "conar-case": [
        "{B}'s advert was suspended by CONAR (Representação nº {n}/{q}{q}).",
        "The ethics council decided the case in {mo} {Y3} (Representação {n}/{Y3}) and recommended changes.",
    ],
    "anpd-resolution": [
        "Small firms have simplified duties (Resolução CD/ANPD nº 2/2022).",
        "The ANPD (created in 2019 and made autonomous in 2022) fined its first company in {Y3}.",
        "Telemarketing calls must now use the 0303 prefix, an Anatel rule in force since March 2022.",
    ],
    "bcb-rule": [
        "Pix rules are set by the Banco Central (Resolução BCB nº 1/2020).",
        "Open Finance started in phases (Resolução Conjunta nº 1/2020) from February 2021.",
        "The BCB lowered the Selic rate to {dc}% in {mo} {Y3}.",
    ],
    "cade-case": [
        "CADE approved the merger with conditions (Ato de Concentração nº 08700.00{n}/{Y3}-{q}{q}).",
        "The competition authority (CADE) investigated the exclusivity deals in {Y3}.",
    ],
    "procon-fine": [
        "Procon-SP fined {B} {brl} in {Y3} for misleading Black Friday prices.",
        "Complaints on consumidor.gov.br rose in {Y3} after the price change.",
        "The retailer was notified by Senacon ({mo} {Y3}) about its cookie banner.",
    ],
    "brl-amount": [
        "{B} invested {brl} in the campaign.",
        "The marketing budget for {fest} is {brl} (about £{n}k).",
        "Revenue reached {brl} in the last financial year.",
        "The average ticket in the app is {price} ({pc}% higher than in stores).",
    ],
    "brl-year": [
        "Online sales grew to {brl} ({Y3}).",
        "Net profit fell sharply ({Y3}: {brl}).",
        "Media spend on TV is still high (R$ {n} mi in {Y3}, {pc}% of the total).",
    ],
    "exchange-rate": [
        "Values were converted at the rate of the day (US$ 1 = R$ {usd}, {d} {mo} {Y3}).",
        "The real lost value against the dollar (R$ {usd} per US$ in {Y3}).",
        "All figures were converted at £1 = R$ 6,{q}0 ({mo} {Y3}).",
    ],
    "cnpj": [
        "The company is registered as {B} S.A. (CNPJ {cnpj}).",
        "Invoices are issued by the local subsidiary (CNPJ nº {cnpj}).",
        "The store's CNPJ ({cnpj}) must appear on every page of the website.",
    ],
    "cpf": [
        "Customers are asked for their CPF at the till (CPF na nota).",
        "The form only asks for name, e-mail and CPF (e.g. 123.456.789-09).",
        "Personal data in the screenshot was hidden (CPF ***.{n}.***-**).",
    ],
    "legal-form": [
        "The franchisee operates as a Ltda. (sociedade limitada) with two partners.",
        "The supplier is a small EIRELI, converted into an SLU in 2021.",
        "{B}'s parent company is a listed S.A. on the Novo Mercado.",
        "Cacau Show started as a one-person business and is now Cacau Show Ltda.",
    ],
    "mei-me-epp": [
        "Most sellers on the marketplace are MEIs (revenue up to R$ 81 mil per year).",
        "A microempresa (ME) can earn up to R$ 360 mil a year, and an EPP up to R$ 4,8 milhões.",
        "The agency is taxed under the Simples Nacional (Anexo III).",
    ],
    "festival-date": [
        "Dia dos Namorados is celebrated on 12 June in Brazil, not 14 February.",
        "Dia das Mães falls on the second Sunday of May (14 May 2023, 12 May 2024) and is the second biggest retail date.",
        "Dia do Cliente (15 September) has become a mini Black Friday.",
        "Dia das Crianças (12 October) is also Nossa Senhora Aparecida day.",
    ],
    "carnaval-year": [
        "The campaign was launched during Carnaval {Y3}, when millions watch the parades.",
        "Brahma sponsored the Sambódromo boxes (Carnaval {Y3}).",
        "Sales of beer peak in February (Carnaval) and December (Natal e Réveillon).",
    ],
    "sao-joao": [
        "The São João festivals in Caruaru and Campina Grande (June {Y3}) attract millions of visitors.",
        "Festa Junina products (pamonha, quentão, paçoca) sell mainly in June and July.",
        "{B}'s Arraiá campaign ran for four weeks ({d} June to {q} July).",
    ],
    "black-friday-date": [
        "Black Friday took place on {d} November {Y3}, the day after Thanksgiving.",
        "Brazilian retailers stretch it into a Black November (1–30 November).",
        "Fake discounts earned it the nickname Black Fraude in the early 2010s.",
    ],
    "thirteenth-salary": [
        "The 13º salário is paid in two instalments (by 30 November and 20 December).",
        "Workers receive a thirteenth salary (Lei nº 4.090/1962), which boosts Christmas sales.",
    ],
    "big-event-year": [
        "The brand was an official sponsor of the 2014 World Cup and the Rio 2016 Olympics.",
        "Rock in Rio ({Y3} edition) had over {n} thousand visitors per day.",
        "Sales of TVs rose before the World Cup (Qatar 2022).",
        "The Lollapalooza Brasil festival (Interlagos, {mo} {Y3}) was sponsored by {B}.",
    ],
    "founding-year": [
        "Nubank (founded in 2013) is now one of the largest digital banks in the world.",
        "Magazine Luiza was founded in Franca (SP) in 1957.",
        "Natura was created in 1969 and became Natura &Co in 2019.",
        "{B} (est. {Y}) opened its first store in {city}.",
    ],
    "person-born": [
        "Luiza Helena Trajano (born 1951) turned Magalu into a digital platform.",
        "{exec} (CEO from {Y} to {Y2}) led the digital transformation.",
        "The founder, Alexandre Costa (b. 1971), began selling chocolate eggs at Easter.",
    ],
    "celebrity": [
        "{celeb} became the face of {B}'s campaign in {Y3}.",
        "Anitta joined Nubank's board of directors in 2021.",
        "The Instagram advert starring {celeb} ({Y3}) had {n} thousand likes in one day.",
    ],
    "executive": [
        "{exec} often says in public talks that the customer is the boss.",
        "Magalu's internal motto, ‘o cliente é o chefe’, hangs in every store.",
        "{exec} (then CEO) presented the plan to investors in {mo} {Y3}.",
    ],
    "pt-date": [
        "The law was signed on 14 de agosto de 2018 and published the next day.",
        "The survey closed on {d} de {mes} de {Y3}.",
        "The results were released on {d}/{q}/{Y3} at a press conference.",
    ],
    "ibge-census": [
        "Brazil has about 203 million inhabitants (2022 Census count).",
        "According to the 2022 Census, {pc}% of the population declare themselves pardo.",
        "Unemployment fell to {dc}% (PNAD Contínua, {q}º trimestre de {Y3}).",
    ],
    "inflation-rate": [
        "Food inflation was high (IPCA {Y3}: {dc}%).",
        "The Selic rate reached 13,75% (August 2022 to August 2023).",
        "Prices rose more than wages in {Y3} (IPCA-15, {mo}).",
    ],
    "social-class": [
        "The target audience is classes B and C (household income of R$ 3 mil to R$ 10 mil).",
        "Around {pc}% of Brazilians belong to class C (criteria ABEP/Critério Brasil).",
        "The new middle class (nova classe média) grew strongly between 2003 and 2014.",
    ],
    "ticker": [
        "Magalu's shares ({tick}) fell more than {pc}% in {Y3}.",
        "Investors follow the company on the B3 ({tick}).",
        "Nu Holdings listed in New York (NYSE: NU) in December 2021.",
    ],
    "quarter-result": [
        "Results for the quarter (4T{q}{q}) showed growth in the app.",
        "Net revenue grew {pc}% year on year (3T23 versus 3T22).",
        "Guidance for the second half ({Y3}) was maintained.",
    ],
    "phone-number": [
        "Customers can call the SAC on 0800 {n} {q}{q}{q}{q} or write on WhatsApp.",
        "The call centre number in {city} is ({ddd}) {ph}.",
        "Ouvidoria (0800 7{q}{q} {q}0{q}0) handles unresolved complaints.",
    ],
    "cep-address": [
        "The flagship store is on Avenida Paulista, 1000 (CEP 01310-100).",
        "The head office moved to {city} (CEP {cep}) last year.",
    ],
    "handle-hashtag": [
        "The brand answers customers on Instagram ({handle}) within two hours.",
        "The hashtag #{tag} reached the trending topics in Brazil ({mo} {Y3}).",
        "Customers can contact the support team at contato@exemplo.com.br.",
    ],
    "product-model": [
        "The most sold phone in the campaign was the {prod}.",
        "{prod} (launched in {Y3}) was promoted with influencers.",
        "GOL renewed its fleet with the Boeing 737 MAX 8 (first delivered in 2018).",
    ],
    "slogan": [
        "Magalu's slogan ‘Vem ser feliz’ is known all over the country.",
        "Havaianas used the line “Todas usam” for years.",
        "Caixa's jingle “Vem pra Caixa você também” is still remembered.",
        "Guaraná Antarctica positions itself as ‘o original do Brasil’.",
    ],
    "award-year": [
        "The campaign by {agency} won a Grand Prix at Cannes Lions ({Y3}).",
        "{B} received the Prêmio Caboré in {Y3} as advertiser of the year.",
        "The work won gold at the Effie Awards Brasil ({Y3} edition).",
    ],
    "ranking-year": [
        "{B} appears in Interbrand's Best Brazilian Brands ({Y3}).",
        "Its Reclame Aqui score is {rating}/10 (RA1000 seal).",
        "The bank ranked first in the Banco Central complaints ranking ({q}º trimestre {Y3}).",
    ],
    "university-course": [
        "The author took an executive MBA at {uni} (class of {Y3}).",
        "The idea was tested with students at {uni} (n = {n}).",
        "This assignment is part of the CIM Level 7 Postgraduate Diploma (Unit 2, {Y3} cohort).",
    ],
    "own-survey": [
        "Most respondents pay with Pix at least once a week (n = {n}, {city}, {mes} de {Y3}).",
        "A short questionnaire was sent to customers on WhatsApp ({n} answers, {pc}% response rate).",
        "Interviewee 3 (female, 34, {city}) said she only buys with free shipping.",
    ],
    "percentage-comma": [
        "Mobile accounts for most online orders ({dc}%).",
        "Conversion rose from 1,{q}% to 2,{q}% after the redesign.",
        "{pc}% of users (n = {n}) said they had used cashback in the last month.",
    ],
    "novela-tv": [
        "Product placement in the novela Avenida Brasil (2012) is a well-known case.",
        "The Big Brother Brasil sponsorship (BBB {q}{q}) gave the brand huge visibility.",
        "The Jornal Nacional (TV Globo) still reaches millions every evening.",
    ],
    "football-club": [
        "{B} sponsors Flamengo (Série A champions in 2019 and 2020).",
        "Corinthians (founded 1910) has one of the biggest fan bases in the country.",
        "The Brasileirão ({Y3} season) was shown on Globo and streaming.",
    ],
    "diaspora-place": [
        "Framingham (Massachusetts) has had a large Brazilian community since the 1980s.",
        "About {q}{q} thousand Brazilians live in {dcity} (estimate, {Y3}).",
        "In Hamamatsu (Shizuoka), Brazilian shops sell guaraná and pão de queijo.",
        "The Ironbound district in Newark (New Jersey) has many Brazilian businesses.",
    ],
    "japanese-migration": [
        "Japanese immigration to Brazil began with the Kasato Maru (1908).",
        "Many Japanese-Brazilians (nikkei) moved to Japan as dekasegi workers in the 1990s.",
    ],
    "portuguese-gloss": [
        "Brazilians use the word ‘saudade’ (longing) in many adverts.",
        "Buying on credit through the crediário (store instalment plan) is still common.",
        "The atacarejo (a mix of atacado and varejo) format grew during the crisis.",
        "The word “zap” is slang for WhatsApp.",
    ],
    "pix-launch": [
        "Pix was launched by the Banco Central on 16 November 2020.",
        "Pix transactions passed {n} million in a single day ({d} {mo} {Y3}).",
        "Pix Automático (from June 2025) will compete with direct debit.",
    ],
    "spectrum-5g": [
        "The 5G auction (November 2021) raised more than R$ 47 bi.",
        "Anatel licensed the 3,5 GHz band for 5G in the capitals first.",
    ],
    "iso-abnt": [
        "The referencing standard in Brazilian universities is ABNT NBR 6023:2018, not Harvard.",
        "{B}'s head office is certified (ISO 14001:2015).",
        "Packaging follows the Anvisa rules (RDC nº 429/2020) on front-of-pack labels.",
    ],
    "dou-page": [
        "The decree appears in the Diário Oficial (Seção 1, p. {q}) of that day.",
        "Publication: DOU nº {n}, {d}/{q}/{Y3}, p. {q}{q}.",
    ],
    "business-hours": [
        "The chat works from 8h to 20h (horário de Brasília), Monday to Saturday.",
        "Delivery in {city} takes up to 2 working days (dias úteis).",
    ],
    "region-abbrev": [
        "The chain is strong in the interior of São Paulo (SP) and Minas Gerais (MG).",
        "{B} operates in the South (RS, SC and PR) and plans to enter the Northeast.",
        "Manaus (AM) hosts the Zona Franca, created in 1967.",
    ],
    "app-version": [
        "The new app (version {q}.{n}, {Y3}) added Pix by approximation.",
        "The super app was relaunched (v{q}.0) with a marketplace inside.",
    ],
    "lockdown-period": [
        "Stores in {city} were closed during the quarantine (March to June 2020).",
        "E-commerce grew {pc}% during the pandemic (2020–2021).",
    ],
    "media-measure": [
        "The programme reached {q}{q} audience points in Greater São Paulo (1 point = about 75 thousand households).",
        "TV still takes most of the ad spend ({pc}% of the total in {Y3}).",
    ],
    "press-name": [
        "The story was on the front page of {press} the next morning.",
        "{B}'s CEO gave an interview to {press} in {mo} {Y3}.",
        "Meio & Mensagem (the main trade paper) covered the pitch.",
    ],
}  # fmt: skip
