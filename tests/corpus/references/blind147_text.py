"""The hundred-and-forty-seventh independent pool, "blind147": HELD OUT (never tune the checker on it; report its
tables, never its misses).

Written without reading the checker, its tests or any other pool, from how marketers in Brazil and its diaspora
(São Paulo, Rio de Janeiro, Belo Horizonte, Porto Alegre, Curitiba, Recife, Salvador, Fortaleza, Manaus, Brasília;
Lisbon, Porto, Miami, Boston, Tokyo, London) write CIM Level 6 and 7 reports and MBA assignments in English about
banks and fintechs, telecoms, retailers and marketplaces, food, drink and beauty makers, airlines, media groups and
agencies: English learnt beside Portuguese, ABNT habits carried into Harvard, reais written R$ and BRL with a decimal
comma, laws by number and date ("Lei nº 13.709, de 14 de agosto de 2018"), the Banco Central, IBGE, Anatel, Procon,
CONAR and the ANPD, Carnaval, Festa Junina, Black Friday and Dia dos Namorados, B3 tickers, CNPJ numbers, CEPs and
phone numbers with their area code in brackets, telenovelas, reality shows, football and the people of the market
named with their years, none of them citations. Frames may use the builder's fill values and these of the pool's own
(see ``values``): {city} a Brazilian city, {dcity} a diaspora city, {brl} an amount in reais, {pct} a percentage
with a decimal comma, {mes} a month in Portuguese, {uf} a state's code, {ddd} an area code, {aud} an audience, {tac}
a tactic, {res} a result, {yr} a recent year, {mi} millions, {tk} a B3 ticker.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Nubank", "Itaú", "Bradesco", "Banco do Brasil", "Caixa", "Banco Inter", "PicPay", "Vivo", "Claro", "TIM",
          "Magazine Luiza", "Magalu", "Casas Bahia", "Americanas", "Mercado Livre", "Renner", "Riachuelo", "Ambev",
          "Guaraná Antarctica", "Brahma", "Skol", "JBS", "Friboi", "BRF", "Sadia", "Natura", "O Boticário",
          "quem disse, berenice?", "Havaianas", "LATAM", "GOL", "Azul", "Globo", "Record", "Folha", "Estadão", "iFood",
          "Cacau Show", "Drogasil", "Hering", "Farm Rio", "Pão de Açúcar", "Assaí", "Stone", "C6 Bank", "Localiza",
          "Granado", "Chilli Beans"]  # fmt: skip

_CITIES = ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Porto Alegre", "Curitiba", "Recife", "Salvador",
           "Fortaleza", "Manaus", "Brasília", "Campinas", "Goiânia", "Belém", "Florianópolis"]  # fmt: skip
_DIASPORA = ["Lisbon", "Porto", "Miami", "Boston", "Tokyo", "London", "Hamamatsu", "Newark", "Orlando", "Dublin"]
_MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"]  # fmt: skip
_UFS = ["SP", "RJ", "MG", "RS", "PR", "PE", "BA", "CE", "AM", "DF", "SC", "GO", "PA"]
_DDDS = ["11", "21", "31", "51", "41", "81", "71", "85", "92", "61", "48", "62", "91"]
_AUDIENCES = ["class C consumers", "the unbanked", "Gen Z shoppers in the periphery", "older customers in the interior",
              "small business owners (MEIs)", "first-time credit card holders", "mothers in the Nordeste",
              "young professionals in São Paulo", "Brazilian expatriates", "prepaid mobile users",
              "customers outside the state capitals", "heavy WhatsApp users"]  # fmt: skip
_TACTICS = ["cashback", "interest-free instalments", "WhatsApp marketing", "live commerce", "influencer partnerships",
            "Pix payments at checkout", "loyalty points", "telenovela product placement", "free shipping",
            "regional campaigns in the Nordeste", "push notifications", "retail media", "Carnaval sponsorship",
            "referral programmes"]  # fmt: skip
_RESULTS = ["app downloads", "customer retention", "NPS", "average ticket", "share of wallet", "brand recall",
            "repeat purchase", "conversion", "word of mouth", "credit card activation"]  # fmt: skip
_TICKERS = ["MGLU3", "ITUB4", "BBDC4", "BBAS3", "ABEV3", "NTCO3", "LREN3", "VIVT3", "TIMS3", "AZUL4", "GOLL4",
            "BHIA3", "AMER3", "RADL3", "JBSS3", "BRFS3"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the builder's common ones."""
    whole = rng.randint(2, 980)
    return {
        "city": rng.choice(_CITIES), "dcity": rng.choice(_DIASPORA),
        "brl": f"R$ {whole},{rng.randint(10, 99)}" if rng.random() < 0.5 else f"R$ {rng.randint(1, 99)}.{rng.randint(100, 999)},00",
        "pct": f"{rng.randint(1, 60)},{rng.randint(1, 9)}%", "mes": rng.choice(_MONTHS), "uf": rng.choice(_UFS),
        "ddd": rng.choice(_DDDS), "aud": rng.choice(_AUDIENCES), "tac": rng.choice(_TACTICS),
        "res": rng.choice(_RESULTS), "yr": str(rng.randint(2019, 2025)), "mi": str(rng.randint(3, 110)),
        "tk": rng.choice(_TICKERS),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argue that {C}.", "{N} demonstrated that {C}, at least among {aud}.", "{N} concluded that {C}.",
    "{N} highlights that {C}.", "{N} found that {C}, which is very relevant for {B}.",
    "{N} observed that {C} in {city}, although the sample was small.", "{N} points out that {C}.",
    "{N} defends that {C}.", "{N} affirm that {C}.", "{N} showed that {C}; this is confirmed by {B}'s own numbers.",
    "{N} emphasises that {C}, especially after the pandemic.", "{N} explain that {C} (for example, through {tac}).",
    "{N} call attention to the fact that {C}.", "{N} identified that {C} and that {C2}.",
    "{N} studied {B} and concluded that {C}.", "{N} suggests that {C} – something {B} has not yet understood.",
    "{N} notes that, in Brazil, {C}.", "{N} reinforce that {C}.", "{N} discusses how {C}.",
    "{N} mapped {tac} in {city} and found that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "{O}, {N} argue that {C}.", "This is in line with {N}, who found that {C}.",
    "{C}, as shown by {N}.", "{C} – a view shared by {N}.", "As {N} explains, {C}.",
    "In the Brazilian context, {N} showed that {C}.", "Research by {N} with {aud} suggests that {C}.",
    "A survey conducted by {N} revealed that {C}.", "{C}, which confirms what {N} observed in {city}.",
    "It can be argued, based on {N}, that {C}.", "{B} seems to follow {N}: {C}.",
    "{C}; on the other hand, {N} found the opposite among {aud}.", "Data from {N} show that {C}.",
    "In the words of {N}, {C}.", "{C}, according to {N}.", "For {B}, the lesson from {N} is that {C}.",
    "Unlike {B}, which still depends on {tac}, the firms studied by {N} found that {C}.",
    "Like {N}, this report considers that {C}.", "Following the framework of {N}, {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study shows that {C}.", "Applying {N} model to {B}, it is clear that {C}.",
    "{O}, {N} research indicates that {C}.", "{N} framework helps to explain why {C}.",
    "According to {N} survey, {C}.", "{N} findings matter here because {C}.",
    "This reflects {N} argument that {C}.", "{B} could use {N} segmentation, since {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Studies show that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "Among {aud}, {C} {P}.", "This is important because {C} {P}.", "In Brazil, {C} {P}.",
    "{C}, mainly on mobile {P}.", "It is often said that {C} {P:see}.", "Several authors agree that {C} {P:e.g.}.",
    "{C} (as Figure {q} shows) {P}.", "{B}’s results suggest that {C} {P}.", "In summary, {C} {P}.",
    "{C}, which explains why {B} invests in {tac} {P}.", "Basically, {C} {P}.",
    "Recent Brazilian data confirm this: {C} {P}.", "A key point for {B} is that {C} {P}.", "{C}. {P}",
    "The main drivers are price, convenience and trust {P}.", "{C} {P:see also}.", "{C} {P:cf.}.",
    "In {city}, as in the rest of the country, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{B} learned that {C} {P} – and that {C2}.",
    "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {B} must make sure that {C2}.",
    "Some authors {P:e.g.} defend that {C}.", "{C} {P}: this means that {C2}.", "Studies {P} agree that {C}.",
    "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{aud} trust recommendations on WhatsApp more than brand advertising",
    "{tac} raised {res} at {B} without cutting margins", "{B}'s dependence on {tac} leaves it exposed when the Selic rises",
    "Pix has replaced the boleto for most online purchases", "{aud} compare prices on at least three apps before buying",
    "interest-free instalments are expected even for small purchases", "brands that ignore the Nordeste lose scale",
    "Black Friday in Brazil still suffers from a reputation for fake discounts", "{tac} works best when it is tied to {res}",
    "fintechs won {aud} with no-fee accounts and a simple app", "consumers punish brands that are exposed on Reclame Aqui",
    "the LGPD forced retailers to rethink how they collect first-party data", "{aud} respond better to humour than to technical claims",
    "telenovela product placement still builds recall among older viewers", "regional accents in advertising improve {res}",
    "{B} needs to {bs} to keep up with digital-first rivals", "Carnaval and Festa Junina matter more to sales than many managers admit",
    "the cost of acquiring a customer has risen every year in the fintech market", "{tac} only drives {res} when the offer is relevant",
    "around {q} in 10 {aud} have stopped buying from a brand after a bad experience", "diversity in campaigns affects purchase intention",
    "{aud} value cashback more than loyalty points", "social commerce grows faster outside the state capitals",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In Brazil", "For {B}'s marketing team",
    "Since the pandemic", "In the case of {B}", "From the consumer's point of view", "Nevertheless", "Therefore",
    "In the Brazilian retail sector", "As a result", "Looking at {B}'s competitors", "Overall", "In the fintech market",
    "Besides that", "In {city}",
]  # fmt: skip
PLAIN = [
    "{B} was founded in {city} and today operates in all 27 federative units.",
    "This section analyses {B}'s digital channels and proposes improvements.",
    "The table below summarises the main KPIs for each channel.",
    "{B}'s Instagram profile has more than {mi} million followers, but engagement is low.",
    "The recommendations are costed in reais and phased over twelve months.", "{O}, {C}.",
    "{B} uses Google Ads, Meta and TikTok, and most of the budget goes to paid search.",
    "Customers can buy on the website, on the app or in store, and pay by Pix, card or boleto.",
    "A SWOT analysis of {B} is included in the appendix.",
    "The main competitors are {B} and two smaller regional chains.",
    "Task 2 builds on this by proposing a content calendar around the main seasonal dates.",
    "The author works in the marketing team of a bank in {city}, so some observations come from practice.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one Brazilian textbook puts it, {Q} {P}.", "This is well summarised: {Q} {P}.",
    "{N} is direct: {Q}.", "{B} seems to accept that {Q} {P}.", "In the words of the author, {Q} {P}.",
    "The point is made clearly that {Q} {P}, and {B} should take note.", "{N} writes that {Q}, which applies to {B}.",
]  # fmt: skip
SCARE_QUOTES = ["“jeitinho”", "“economia prateada”", "“bancarização”", "“consumidor omnicanal”", "“brasilidade”",
                "‘creator economy’", "“greenwashing”", "\"shrinkflation\"", "“vale-tudo” pricing", "“pejotização”",
                "'super app'", "“Black Fraude”", "‘phygital’", "“lacração”"]  # fmt: skip
SCARE_FRAMES = [
    "{B} has been accused of {Q} {P}.", "Many young consumers are tired of {Q} marketing {P}.",
    "The so-called {Q} is a growing concern for {B} {P}.", "This trend, often called {Q}, affects {aud} most {P}.",
    "The term {Q} is used loosely by the market {P}.", "{N} describe this as {Q}.",
    "Critics call this {Q}, and {B} is not immune {P}.",
]  # fmt: skip
SUBJECT_LINES = ["“Seu carrinho está te esperando 🛒”", "‘Última chance: frete grátis só até meia-noite’",
                 "“Pix com 10% OFF só hoje”", "‘Feliz Dia dos Namorados: presentes a partir de R$ 49,90’",
                 "“Black Friday antecipada: até 70% OFF”", "‘Your Nubank card is on its way’",
                 "“Oi, sumido! Temos um cupom pra você”", "\"Arraiá de ofertas: tudo em 10x sem juros\"",
                 "‘Seu cashback caiu!’", "“Carnaval chegou: kit folia com 30% de desconto”"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} can lift open rates {P}.", "{B} used {Q} in its abandoned-cart email {P}.",
    "Short, urgent messages ({Q}, for example) work well with {aud} {P}.",
    "Push notifications like {Q} create urgency {P}.", "The WhatsApp message {Q} was opened by more {aud} than any other {P}.",
    "Testing {Q} against a plainer version gave a clear winner {P}.",
]  # fmt: skip

# Text with brackets, years, numbers or quotation marks that is no citation and must raise no problem.
NOT_CITATIONS = {
    "lgpd-by-number": [
        "Since the LGPD (Lei nº 13.709, de 14 de agosto de 2018) came into force, {B} asks for consent at sign-up.",
        "Under Lei nº 13.709/2018 (LGPD), customers can ask {B} to delete their data.",
        "The LGPD (Law 13,709/2018) only became enforceable with sanctions in August 2021.",
    ],
    "decree-by-number": [
        "Decreto nº 7.962/2013 obliges online stores such as {B} to show their CNPJ and address.",
        "The e-commerce decree (Decreto nº 7.962, de 15 de março de 2013) sets the rules on the right of withdrawal.",
    ],
    "consumer-code": [
        "The Consumer Defence Code (Lei nº 8.078/1990, the CDC) gives online buyers seven days to regret a purchase.",
        "Article 49 of the CDC (1990) is why {B} accepts returns without questions.",
        "Misleading advertising is forbidden by the CDC (art. 37, Lei 8.078/90).",
    ],
    "central-bank-rule": [
        "Pix was created by the Central Bank (Resolução BCB nº 1/2020) and launched in November 2020.",
        "Open finance in Brazil follows a joint resolution (Resolução Conjunta nº 1/2020) of the BCB and the CMN.",
        "Instant payments grew quickly after launch (Pix, 16 November 2020).",
    ],
    "anatel-rule": [
        "Telecom operators must answer complaints within five working days (Resolução Anatel nº 632/2014).",
        "{B} changed its contracts after the new consumer rules (the RGC, in force since July 2014).",
    ],
    "conar-case": [
        "CONAR suspended the advert after a complaint (Representação nº {n}/{yr}).",
        "The ethics council ruled against the campaign by a majority (case nº {n}/{yr}, ‘alteração’).",
        "Self-regulation has existed since 1980 (CONAR code, Anexo P on sustainability added later).",
    ],
    "procon-action": [
        "Procon-SP fined {B} {brl} for abusive practices ({mes} de {yr}).",
        "Procon-{uf} notified {B} during Black Friday {yr} (notificação nº {n}).",
    ],
    "anpd-sanction": [
        "The ANPD opened its first sanctioning process in {yr} (processo nº 00261.{n}/2022-{q}1).",
        "Small firms have lighter duties under the ANPD rule for small processing agents (Resolução CD/ANPD nº 2/2022).",
    ],
    "reais-amount": [
        "The campaign cost {brl} in media alone (approximately BRL {n} thousand).",
        "Average ticket rose to {brl} ({yr} data, own CRM).",
        "Net revenue reached R$ {n},{q} bilhões (BRL {n}.{q}bn) in {yr}.",
    ],
    "decimal-comma-percent": [
        "Conversion on the app is higher than on the website ({pct} against 1,{q}%).",
        "Default rates fell in the period ({pct} a.a.).",
        "Market share in {city} is still small ({pct} in {yr}).",
    ],
    "selic-and-ipca": [
        "Credit became more expensive as the Selic rose (13,75% a.a. in {mes} de 2022).",
        "Inflation eroded the real income of class C families (IPCA {yr}: {q},6%).",
        "Card interest rates remain among the highest in the world (rotativo: over 400% a.a. in {yr}).",
    ],
    "exchange-rate": [
        "Imported cosmetics became more expensive (US$ 1 = R$ 5,{q}{q} in {mes} de {yr}).",
        "The budget is converted at a fixed rate (BRL 6.30 = GBP 1, {yr}).",
    ],
    "census-figure": [
        "Brazil has about 203 million inhabitants (the 2022 census count).",
        "More than half of the population declared itself Black or pardo in the last census (2022).",
        "The Nordeste concentrates around a quarter of the population (nine states, {yr} estimates).",
    ],
    "carnaval-dates": [
        "Sales of {B} peak during Carnaval (from Friday to Ash Wednesday, February {yr}).",
        "The brand sponsored a bloco in {city} (Carnaval {yr}).",
        "Carnaval {yr} ran from 9 to 14 February in most cities.",
    ],
    "festa-junina": [
        "The Festa Junina season (June and July, São João in Caruaru and Campina Grande) is key for {B}.",
        "{B} launched a corn-flavoured product for the arraiá (junho de {yr}).",
    ],
    "black-friday-date": [
        "Black Friday fell late that year ({d}/11/{yr}) and squeezed the Christmas campaign.",
        "{B} extended its offers into a “Black November” ({yr}).",
        "Online sales were strong on the day (Black Friday {yr}: {brl} per order on average).",
    ],
    "seasonal-retail-date": [
        "Dia dos Namorados (12 de junho) is the third biggest date for the retail sector.",
        "Mother's Day (second Sunday of May) is second only to Christmas for {B}.",
        "Dia do Consumidor (15 de março) has become a second Black Friday for e-commerce.",
        "Children's Day (12 de outubro) is also a public holiday in Brazil.",
    ],
    "brazilian-date-format": [
        "The new price list came into force on 01/0{q}/{yr} for all stores.",
        "The promotion ran from 15/03/{yr} to 31/03/{yr} on all channels.",
        "Customers received the SMS on {d}/0{q}/{yr} at 20h (Brasília time).",
    ],
    "cnpj-number": [
        "The seller is registered as a limited company (CNPJ 12.345.678/0001-{q}0).",
        "{B} appears on invoices under its legal name (CNPJ 33.{n}.167/0001-01).",
    ],
    "address-cep": [
        "The flagship store is on Avenida Paulista (nº 1.{n}, CEP 01310-100).",
        "The distribution centre is in Extrema ({uf}, CEP 37640-000).",
        "Head office: Rua Oscar Freire, {n} – Jardins, São Paulo (SP).",
    ],
    "phone-area-code": [
        "Customers can call the SAC on (11) 3003-{n}{q} or use WhatsApp.",
        "The ombudsman answers on 0800 {n} {n}{q} (free from landlines).",
        "Orders can be placed by phone ({ddd}) 4004-{n}{q} until 22h.",
    ],
    "b3-ticker": [
        "Investors reacted badly to the results ({tk} fell {pct} on the day).",
        "Its shares trade on the Novo Mercado of B3 ({tk}) and as ADRs in New York.",
        "Nubank listed in New York (NYSE: NU) in December 2021.",
    ],
    "legal-form": [
        "The agency changed its legal form (from EIRELI to Ltda. in {yr}).",
        "Small sellers on the marketplace are mostly MEIs (microempreendedores individuais) or ME firms.",
        "The holding company is Guararapes Confecções S/A (listed as GUAR3).",
    ],
    "merger-history": [
        "Itaú Unibanco was formed by a merger (Itaú + Unibanco, 2008).",
        "Ambev was born from two rival brewers (Brahma and Antarctica, 1999).",
        "Via Varejo was renamed twice (Via, 2021; Grupo Casas Bahia, 2023).",
    ],
    "founding-year": [
        "Magazine Luiza opened its first shop in Franca (founded 1957).",
        "{B} (founded in {city} in the 19{q}0s) is now a national brand.",
        "Natura (est. 1969) was one of the first B Corps among large listed companies.",
    ],
    "founder-not-author": [
        "Luiza Helena Trajano (chair of the board since 2016) is the face of Magalu's social campaigns.",
        "David Vélez (co-founder and CEO, 2013) wanted a bank without branches.",
        "Cristina Junqueira (co-founder of Nubank) often speaks about women in finance.",
    ],
    "celebrity-campaign": [
        "Anitta (born 1993) joined the board of a bank as a creative adviser.",
        "Ivete Sangalo's Carnaval partnership ({yr}) generated millions of views.",
        "Neymar Jr. (PSG, 2017–2023) was a brand ambassador for several sponsors.",
    ],
    "telenovela": [
        "Product placement in Avenida Brasil (2012) is still studied in advertising courses.",
        "The remake of Pantanal (Globo, 2022) reopened the debate on merchandising.",
        "Renascer (2024) attracted sponsors from agribusiness.",
    ],
    "reality-show": [
        "Brands paid millions to appear in BBB 24 (Big Brother Brasil).",
        "The app was promoted in challenges on BBB23 and A Fazenda {yr}.",
    ],
    "football-event": [
        "The sponsorship started with the World Cup (Brazil 2014).",
        "{B} signed with Flamengo after its Libertadores title (2019).",
        "The Seleção's shirt (Nike, since 1996) is an important licensing asset.",
    ],
    "olympics-event": [
        "The legacy of the Olympic Games (Rio 2016) is still debated.",
        "Rebeca Andrade's medals (Paris 2024) boosted the sponsors' reach.",
    ],
    "music-festival": [
        "{B} was a main sponsor of Rock in Rio ({yr}) and Lollapalooza Brasil.",
        "The Parintins Festival (last weekend of June) attracts sponsors from Manaus.",
        "The Virada Cultural (May {yr}) is free for the public in São Paulo.",
    ],
    "award-won": [
        "The campaign won a Grand Prix at Cannes Lions ({yr}).",
        "{B} was named a top brand in the Folha Top of Mind survey ({yr} edition).",
        "The agency received an Effie Awards Brasil gold ({yr}).",
    ],
    "slogan": [
        "Havaianas' slogan ‘Todas usam’ is one of the best-known in Brazil.",
        "Casas Bahia's ‘Dedicação total a você’ stayed on air for decades.",
        "Guaraná Antarctica's “O original do Brasil” line was relaunched in {yr}.",
        "Magalu's ‘Vem ser feliz’ is sung in every store.",
    ],
    "product-model": [
        "The premium card (Nubank Ultravioleta, launched 2021) offers 1% cashback.",
        "{B} sold the Galaxy A{q}4 at {brl} in twelve instalments.",
        "The Itaú Personnalité segment (income above R$ 15 mil) receives dedicated managers.",
    ],
    "flight-code": [
        "The route to Lisbon (LA 8084, GRU–LIS) was relaunched after the pandemic.",
        "Azul flies from Recife to Orlando (AD 8702) three times a week.",
        "GOL's flight G3 1{n} from Brasília was used in the campaign video.",
    ],
    "promo-code": [
        "New customers used the coupon (BEMVINDO{q}0) on their first order.",
        "The influencer's code (ANA{q}0) gave 15% off on the app.",
    ],
    "social-handle": [
        "{B} answers complaints on Instagram (@sac{q}) and X within hours.",
        "The hashtag (#BlackFriday{yr}) reached trending topics in two hours.",
        "The campaign's TikTok account (@{uf}.ofertas) was run by an agency.",
    ],
    "website-domain": [
        "Most orders come through the website (www.loja-exemplo.com.br).",
        "Complaints are public on Reclame Aqui (www.reclameaqui.com.br).",
        "The government portal (consumidor.gov.br) mediates complaints against large firms.",
    ],
    "cross-reference": [
        "The persona is described in detail (ver Anexo {q}).",
        "The budget is broken down by month (Quadro {q}).",
        "The customer journey map (Figure {q}, Section 2.{q}) is based on ten interviews.",
        "See Task 1 (b) for the competitor analysis.",
    ],
    "sample-and-respondents": [
        "The survey was answered by {n} customers (n = {n}, São Paulo and {city}).",
        "Most respondents preferred Pix to card (Question {q}, {pct}).",
        "One manager said the app changed everything (Interviewee {q}, marketing coordinator, {city}).",
    ],
    "social-class-band": [
        "Class C households (monthly income of R$ 3.000 to R$ 7.000) are the core market.",
        "The target is classes B and C (IBGE criteria, income in minimum wages).",
        "The minimum wage (R$ 1.412 in 2024) is the reference for most price points.",
    ],
    "tax-rate": [
        "The price on the shelf includes ICMS (18% in {uf}) and PIS/Cofins.",
        "International purchases above US$ 50 pay import tax (the ‘taxa das blusinhas’, 2024).",
        "IOF on international card purchases (4,38% in {yr}) made foreign sites less attractive.",
    ],
    "pandemic-period": [
        "Online sales doubled during the pandemic (março de 2020 a {mes} de 2021).",
        "The emergency aid (auxílio emergencial, 2020) brought millions into digital banking.",
    ],
    "immigration-history": [
        "Japanese immigration (Kasato Maru, 1908) shaped the Liberdade district in São Paulo.",
        "Lebanese and Syrian families (arriving from the 1880s) built the retail trade of Rua 25 de Março.",
        "German colonisation (from 1824) explains the Oktoberfest in Blumenau.",
    ],
    "diaspora-event": [
        "The Brazilian Day festival in New York (since 1984) attracts sponsors every September.",
        "Remittances from Brazilians in {dcity} grew during the crisis (around US$ {q} billion a year).",
        "Brazilian shops in {dcity} sell Guaraná Antarctica and pão de queijo to the community.",
    ],
    "history-era": [
        "The Real Plan (Plano Real, 1994) ended hyperinflation and changed how families shop.",
        "The consumer boom of the 2000s (the ‘new middle class’) faded after 2014.",
        "Many brands remember the crisis years (2015–2016) as a turning point.",
    ],
    "quarter-results": [
        "Net income grew in the quarter (4T23 against 4T22).",
        "Active customers passed {mi} million (3Q24 results).",
        "Revenue was flat in the first half (1S{yr}).",
    ],
    "time-and-units": [
        "The live commerce session started at 20h (horário de Brasília) and lasted {q} hours.",
        "The 350 ml can is sold at {brl} in the Nordeste.",
        "Delivery takes up to {q} business days to the North (Manaus, Belém).",
    ],
    "university-founding": [
        "FGV (founded 1944) trains many of the country's marketing managers.",
        "The Universidade de São Paulo (USP, 1934) runs one of the oldest business schools in Brazil.",
        "PUC-Rio's IAG (business school) offers an MBA in marketing.",
    ],
    "regulator-acronym": [
        "The National Data Protection Authority (ANPD) became an autarchy in 2022.",
        "Anatel (the telecoms regulator) publishes a ranking of complaints every month.",
        "The Senacon (National Consumer Secretariat) coordinates the Procons across the country.",
    ],
}  # fmt: skip
