"""Prose for the sixtieth held-out pool, "blind60": Latin American marketers writing CIM reports in English.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a sixtieth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, trade, CRM,
e-commerce and communications marketers at retailers, banks, neobanks, beverage and beer brands, cosmetics firms,
telecoms and agencies in São Paulo, Rio de Janeiro, Mexico City, Monterrey, Bogotá, Medellín, Buenos Aires and
Santiago write on CIM Level 6 and 7 courses and MBAs taught in English: laws and rules by number and year (the LGPD,
the Código de Defesa do Consumidor, NOM-051, Ley 1581 de 2012, the Ley Federal de Protección al Consumidor), CONAR,
PROCON and Profeco decisions, IBGE, INEGI and DANE releases, Black Friday, Buen Fin, Hot Sale, Cyber Monday, Día de
Muertos and Carnaval campaigns, figures in reais, pesos and UF with both decimal habits, tickers and company forms
(S.A., S.A.B. de C.V., Ltda.), telenovelas, songs and football tournaments with their years, awards, slogans in
Portuguese and Spanish with their translations, survey fieldwork, interview codes, hashtags, handles and promo codes,
the national press named in passing. Their sources: Cite Them Right Harvard, as their schools teach it.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} argues that {C}.",
    "{N} shows that {C}, a point that holds for {B} in {city}.",
    "{N} found that {C}.",
    "{N} notes that, in Latin American retail, {C}.",
    "{N} suggests that {C}, although the evidence from {city} is thinner.",
    "{N} observes that {C} among {A}.",
    "{N} demonstrates that {C}; {B} is a good example of this.",
    "{N} reports that {C} during {event}.",
    "{N} makes the case that {C}.",
    "{N} concluded that {C}, which matters for a brand like {B}.",
    "{N} identifies a similar pattern: {C}.",
    "{N} is clear that {C}.",
    "{N} warns that {C} if the brand promise is not kept.",
    "{N} explains that {C} in markets with high inflation.",
    "{N} adds that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In the Brazilian context, {N} argues that {C}.",
    "For {B}, the most useful lens is that of {N}, who shows that {C}.",
    "As {N} points out, {C}.",
    "This is consistent with {N}, who found that {C}.",
    "Looking at {city}, {N} argues that {C}.",
    "However, {N} questions whether {C}.",
    "Following {N}, I assume that {C}.",
    "Our team at {B} agreed with {N} that {C}.",
    "A second view comes from {N}, for whom {C}.",
    "During the {event} campaign, we tested the idea of {N} that {C}.",
    "In Mexico, as {N} describes, {C}.",
    "Unlike the European studies, {N} shows that {C}.",
    "This report uses the model of {N}, where {C}.",
    "In other words, and in line with {N}, {C}.",
    "It is also worth noting that {N} found {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} framework helps to explain why {C}.",
    "{N} study of Brazilian shoppers found that {C}.",
    "Applying {N} model to {B}, {C}.",
    "{N} research on Latin American banking suggests that {C}.",
    "According to {N} findings, {C}.",
    "{N} view is that {C}.",
    "Using {N} typology, {B} sits in the second quadrant because {C}.",
    "{N} data for {city} show that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "In {city}, {C} {P}.",
    "For brands such as {B}, {C} {P}.",
    "{O} {C} {P}.",
    "Evidence from the region shows that {C} {P}.",
    "This matters because {C} {P}.",
    "Among {A}, {C} {P}.",
    "It is widely accepted that {C} {P}.",
    "During {event}, {C} {P}.",
    "In banking as in retail, {C} {P}.",
    "Research in Latin America confirms that {C} {P}.",
    "{O} it appears that {C} {P}.",
    "The literature agrees that {C} {P}.",
    "This has been debated for some time, but {C} {P:see}.",
    "Several authors make the same point: {C} {P:e.g.}.",
    "Even with inflation at {pct}, {C} {P}.",
    "On this point, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, which is why {B} invests in its app.",
    "Studies show that {C} {P}, and this is true in {city} as well.",
    "Because {C} {P}, the plan for {B} puts CRM first.",
    "{O} {C} {P}, although results vary by region.",
    "Most authors agree that {C} {P}, but few test it in {city}.",
    "It is often said that {C} {P}; our data from {event} support this.",
    "Since {C} {P}, the campaign will target {A}.",
    "While {C} {P}, the effect is smaller for {A}.",
    "The idea that {C} {P} is central to this proposal.",
    "If {C} {P}, then {B} should rethink its loyalty programme.",
    "Given that {C} {P}, we recommend a pilot in {city}.",
    "{C} {P}, so the brief asks for a test-and-learn approach.",
]  # fmt: skip
CLAIMS = [
    "loyalty programmes increase repeat purchase when the rewards are easy to redeem",
    "instant payments such as Pix lower the barrier to online purchase for unbanked consumers",
    "consumers in emerging markets trust digital banks more when fees are transparent",
    "price promotions during Black Friday can damage brand trust if discounts are inflated",
    "social commerce grows fastest where WhatsApp is the main channel of conversation",
    "beer brands build equity through music and football more than through product claims",
    "front-of-pack warning labels change what parents buy for their children",
    "cosmetics buyers reward brands that can prove sustainable sourcing",
    "convenience formats win on proximity rather than on price",
    "instalment payments (parcelamento) shape how Brazilian consumers perceive price",
    "influencers with smaller audiences generate higher engagement than celebrities",
    "personalised offers in banking apps lift product uptake among younger customers",
    "retail media is becoming a major revenue stream for marketplaces",
    "customers switch banks when the mobile experience is poor",
    "cause-related campaigns work only when the brand has a credible history in the cause",
    "free shipping thresholds change basket size more than discounts do",
    "data privacy concerns reduce willingness to share information with retailers",
    "last-mile delivery speed is now a brand attribute in its own right",
    "private labels gain share in periods of high inflation",
    "premium beer grows even when overall volumes fall",
    "brand purpose has to be visible in the supply chain, not only in advertising",
    "cash-on-delivery remains important where card penetration is low",
    "trust in a marketplace transfers to the sellers it hosts",
    "live commerce converts better in categories where demonstration matters",
    "word of mouth among family and friends outweighs paid advertising for financial products",
    "customer service on social media shapes brand reputation more than advertising",
    "regional identity is a strong driver of preference for local beer brands",
    "emotional advertising around national holidays increases recall",
    "the middle class responds strongly to credit and instalment offers",
    "gamification in apps increases the frequency of use",
]  # fmt: skip
OPENERS = [
    "In Brazil,", "In Mexico,", "Across Latin America,", "In the Colombian market,", "In Chile and Argentina,",
    "For neobanks,", "In beverages,", "In the beauty category,", "From a CRM perspective,", "Since the pandemic,",
    "In practice,", "For retailers,", "Above all,", "Put simply,", "At the same time,",
]  # fmt: skip
PLAIN = [
    "This section applies the theory to {B}.",
    "The next part of the report sets out the recommendations.",
    "I work in the CRM team at {B} in {city}, so the examples come from our own campaigns.",
    "Table 1 summarises the options, and the budget is shown in reais.",
    "The objective is to grow active customers by {pct} in the next twelve months.",
    "Three segments were chosen for the plan.",
    "The rest of this task evaluates the options against the brand's positioning.",
    "Our team presented this plan to the regional director in {city}.",
    "Costs are given in local currency and converted at the rate of the month.",
    "The recommendations are prioritised by impact and cost.",
    "A pilot will run in {city} before the national launch.",
    "This matters for {B}, which competes with global and local players.",
    "The analysis below uses our own sales data, anonymised.",
    "Each option is scored from one to five.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{N} puts it plainly: {Q}.",
    "As one study of Brazilian shoppers concludes, {Q} {P}.",
    "{N} writes that {Q}.",
    "In the words of {N}, {Q}.",
    "The point is well made in the literature: {Q} {P}.",
    "One author describes the challenge as follows: {Q} {P}.",
    "{N} argues that {Q}, which fits the case of {B}.",
    "A recent paper notes that {Q} {P}.",
    "It has been said that {Q} {P}.",
    "{N} summarises the idea: {Q}.",
]  # fmt: skip
SCARE_QUOTES = [
    "jeitinho", "cliente ouro", "consumidor consciente", "bancarizados", "nova classe média", "fiado",
    "el cliente siempre tiene la razón", "cashback", "superapp", "combo", "chamada", "tienditas", "precio justo",
    "lealtad", "black fraude", "desbancarizados", "omni", "experiencia", "premium", "saudade",
]  # fmt: skip
SCARE_FRAMES = [
    "Many Brazilian shoppers still joke about a “{Q}” every November, and trust in discounts is low {P}.",
    "The so-called \"{Q}\" consumer is central to the strategy {P}.",
    "What our team calls ‘{Q}’ is really a loyalty problem {P}.",
    "{N} shows that the idea of \"{Q}\" is changing among {A}.",
    "In Mexico, talk of \"{Q}\" still shapes distribution decisions, as {N} explains.",
    "The word “{Q}” appears in almost every brief at {B} {P}.",
    "This \"{Q}\" mindset is not unique to {city} {P}.",
]  # fmt: skip
SUBJECT_LINES = [
    "Seu Pix parcelado chegou", "Última chamada: frete grátis até meia-noite", "¡El Buen Fin empieza hoy!",
    "Hot Sale: hasta 18 MSI", "Sua fatura de {month} está fechada", "Tu ofertón de Cyber Monday",
    "Esqueceu algo no carrinho?", "Volvió tu favorito", "Black Friday {B}: até 70% off",
    "Día de Muertos: un pan para recordar", "Carnaval sem ressaca financeira", "Te extrañamos, vuelve por un 15%",
]  # fmt: skip
SUBJECT_FRAMES = [
    "The push notification \"{Q}\" had the highest open rate of the season {P}.",
    "An email with the subject line “{Q}” lifted clicks in {city} {P}.",
    "{N} reports that messages like ‘{Q}’ work best on WhatsApp.",
    "Our test of the subject line \"{Q}\" confirmed what the literature predicts {P}.",
    "A banner reading “{Q}” ran on the home page during {event} {P}.",
    "We also used the line '{Q}' in SMS, as {N} recommends.",
]  # fmt: skip

NOT_CITATIONS = {
    "brazil-law-number": [
        "Under Lei nº 13.709/2018 (LGPD), every opt-in at {B} must be specific and recorded.",
        "The Marco Civil da Internet (Lei nº 12.965/2014) also applies to the app.",
        "Since Decreto nº 7.962/2013, the checkout must show the total price before payment.",
    ],
    "consumer-code": [
        "Article 49 of the Código de Defesa do Consumidor (Lei nº 8.078/1990) gives online buyers seven days to change their minds.",
        "The CDC (1990) is still the main reference for returns in Brazil.",
        "In Argentina, Ley 24.240 (Defensa del Consumidor) sets similar rules.",
    ],
    "mexican-norm": [
        "Since the NOM-051-SCFI/SSA1-2010 update (in force from October 2020), the black octagons must appear on the front of pack.",
        'Products with the "EXCESO AZÚCARES" seal cannot use characters aimed at children under NOM-051.',
        "The Ley Federal de Protección al Consumidor (LFPC) requires prices in pesos, with taxes included.",
    ],
    "andean-law": [
        "In Colombia, Ley 1581 de 2012 and Decreto 1377 de 2013 govern consent for marketing databases.",
        "Chile's Ley 20.606 (2016) restricts advertising of foods high in sugar to children under 14.",
        "Ley 1480 de 2011 (Estatuto del Consumidor) covers misleading advertising in Colombia.",
    ],
    "regulator-ruling": [
        "PROCON-SP fined the retailer R$ {brl} million in {yr} for misleading Black Friday prices.",
        "Profeco (Procuraduría Federal del Consumidor) published its Quién es Quién en los Precios for {event}.",
        "The SIC (Superintendencia de Industria y Comercio) opened an investigation in {yr}.",
        "SERNAC filed a collective action against the airline in {yr}.",
    ],
    "self-regulation-case": [
        "CONAR's Representação nº {n}/{yy} ended with the advert being withdrawn.",
        "The case went to CONAR (Conselho Nacional de Autorregulamentação Publicitária) after a complaint from a competitor.",
        "Annex P of CONAR's Código covers alcoholic drinks, so the beer ads avoid anyone under 25.",
    ],
    "statistics-release": [
        "IBGE's PNAD Contínua (Q{q} {yr}) puts unemployment at {pct}.",
        "INEGI's ENIGH {yr} shows that food takes the largest share of household spending.",
        "DANE (Departamento Administrativo Nacional de Estadística) reports inflation of {pct} for {month} {yr}.",
        "According to the INE Chile census (2017), Santiago has over seven million inhabitants.",
    ],
    "sale-event": [
        "Black Friday {yr} fell on {day} November, and our traffic doubled in the first hour.",
        "Buen Fin {yr} (17-20 November) was our biggest weekend of the year.",
        "The Hot Sale (AMVO) ran from 27 May to 4 June this year.",
        "CyberDay Chile and Cyber Monday Argentina follow the same model.",
    ],
    "cultural-calendar": [
        "Día de Muertos (1-2 November) is the key moment for pan de muerto at Bimbo.",
        "Carnaval {yr} fell in February, so the beer campaign started in January.",
        "Dia das Mães (the second Sunday of May) is the second biggest retail date in Brazil.",
        "Fiestas Patrias (18 September) drive the barbecue season in Chile.",
    ],
    "currency-figure": [
        "The budget is R$ {brl} million (around US$ {usd} million).",
        "The campaign cost MXN {mxn} million, roughly {pct} of the annual plan.",
        "Average ticket rose to COP {cop} (about US$ 40).",
        "A basket of this kind cost ARS {ars} in {month} {yr}.",
    ],
    "uf-figure": [
        "The fine was 1.200 UF (around CLP 45 million).",
        "Rents in Las Condes are quoted in UF (Unidad de Fomento), currently about CLP 37.000.",
        "A mortgage of 3.000 UF is typical for our target segment.",
    ],
    "ticker": [
        "Magalu (B3: MGLU3) lost most of its market value between 2021 and 2023.",
        "Nu Holdings (NYSE: NU) listed in December 2021.",
        "Grupo Bimbo trades in Mexico as BIMBOA (BMV).",
        "Ambev's shares (ABEV3) and ADRs (NYSE: ABEV) are among the most traded in Brazil.",
    ],
    "company-form": [
        "The agency is registered as {firm} Comunicação Ltda. in São Paulo.",
        "Fomento Económico Mexicano, S.A.B. de C.V. (FEMSA) owns OXXO.",
        "Falabella S.A. and Cencosud S.A. compete in department stores and supermarkets.",
        "The distributor, {firm} S.A.S., operates from Medellín.",
    ],
    "fiscal-quarter": [
        "In 3T{yy} (third quarter) net revenue grew {pct} year on year.",
        "The 4Q{yy} earnings call focused on credit quality.",
        "Results for FY{yr} (January to December) will be published in February.",
    ],
    "press-in-passing": [
        "The story made the front page of Valor Econômico and was discussed in our team for weeks.",
        "A columnist in El Universal called the campaign a mistake, which the brand ignored.",
        "La Nación and Clarín both covered the launch in Buenos Aires.",
        "Exame ranked the company among the best employers of the year.",
    ],
    "telenovela": [
        "Product placement in the telenovela Avenida Brasil (2012) made the brand famous overnight.",
        "The series La Casa de las Flores (2018) used the brand's products in several scenes.",
        "Rede Globo's novela Vale Tudo (1988) is still quoted in adverts today.",
    ],
    "film-song": [
        'The campaign used "Despacito" (2017) before the rights were renegotiated.',
        "The film Roma (2018) brought new interest in Mexico City's Colonia Roma.",
        'The jingle borrowed from "Garota de Ipanema" (1962).',
        'Anitta\'s song "Envolver" (2021) became the soundtrack of the summer campaign.',
    ],
    "football-event": [
        "The FIFA World Cup 2014 in Brazil was Ambev's biggest activation.",
        "For Copa América {yr}, the brand sponsored the national team.",
        "The Libertadores final (River Plate v Boca Juniors, 2018) was moved to Madrid.",
        "Sales of Brahma peak during the Brasileirão (April to December).",
    ],
    "music-festival": [
        "Rock in Rio {yr} attracted over 700,000 people over seven days.",
        "Heineken has sponsored Lollapalooza Chile since {yr}.",
        "The Vive Latino festival (Mexico City, March) is a key moment for Corona.",
    ],
    "award": [
        "The campaign won a Grand Prix at Cannes Lions {yr}.",
        "It also won Gold at the Effie Awards Latin America ({yr}).",
        "The agency was named Agency of the Year at El Ojo de Iberoamérica {yr}.",
    ],
    "campaign-slogan": [
        'Magalu\'s slogan "Vem ser feliz" has been used for decades.',
        'Nubank\'s tagline ("Sua vida financeira na palma da mão") focuses on control.',
        'Bimbo\'s "Para que estés bien" links bread with family.',
        "The campaign line “Es tu momento” tested well in Bogotá.",
    ],
    "translated-term": [
        "Many low-income shoppers still pay with a boleto bancário (bank slip).",
        "The tianguis (open-air market) remains a strong channel in Mexico.",
        "Small stores, called tienditas or changarros in Mexico and almacenes in Argentina, sell single units.",
        "Parcelamento sem juros (interest-free instalments) is expected on most purchases.",
    ],
    "payment-system": [
        "Pix (launched November 2020) is now used by most adults in Brazil.",
        "CoDi (Cobro Digital) was launched by Banco de México in 2019 but adoption has been slow.",
        "Bre-B is the new instant payment system in Colombia.",
        "Mercado Pago and Ualá compete for the same users in Argentina.",
    ],
    "central-bank-rule": [
        "Resolução BCB nº 1/2020 created the Pix arrangement.",
        "Open Finance in Brazil (Resolução Conjunta nº 1/2020) lets customers share their data between banks.",
        "The CMF (Comisión para el Mercado Financiero) approved the Fintech Law in 2023.",
    ],
    "tax-rate": [
        "Prices include ICMS (18% in São Paulo) and PIS/COFINS.",
        "IVA in Mexico is 16% (8% in the northern border zone).",
        "The IEPS tax on sugary drinks (1 peso per litre from 2014) changed the market.",
    ],
    "survey-fieldwork": [
        "The survey ran from {day} to 28 {month} {yr} (n = {sample}).",
        "Our questionnaire (Appendix C) was sent to {sample} customers; 31% replied.",
        "Fieldwork: online panel, {city}, {month} {yr}, quotas by age and region.",
    ],
    "interview-code": [
        "One store manager (Interviewee 4, {city}, {yr}) said customers ask for Pix first.",
        "As a trade marketer told us (Participant B, Monterrey), the shelf is decided in the store.",
        "Focus group 2 (women aged 25-34, classes B and C) preferred the second concept.",
    ],
    "social-class": [
        "The target is classes B and C (Critério Brasil, ABEP).",
        "Mexican segments are described with the AMAI levels (A/B, C+, C, D).",
        "In Colombia we use estratos 2 to 4 for mass-market brands.",
    ],
    "generation-band": [
        "Gen Z (born 1997-2012) now makes up a third of our app users.",
        "Millennials (aged 28-43 in {yr}) hold most of the new credit cards.",
        "Baby boomers (60+) are the fastest-growing group on WhatsApp.",
    ],
    "hashtag-handle": [
        "The hashtag #BlackFridayMagalu trended for two days.",
        "Customers complained to @NubankBrasil on X, and the team replied within an hour.",
        "The challenge #HotSale{yy} reached 40 million views on TikTok.",
        "Follow @oxxo_mexico for the weekly coupons.",
    ],
    "promo-code": [
        "The code BUENFIN{yy} gave 15% off the first app order.",
        "Shoppers used CARNAVAL{yy} for free delivery in Rio.",
        "The voucher PRIMEIRACOMPRA (R$ 20 off) was limited to new customers.",
    ],
    "app-rating": [
        "The app is rated 4.8 (Google Play, 3 million reviews).",
        "Version 8.12 (released {month} {yr}) fixed the login problem.",
        "On Reclame Aqui the company holds the RA1000 seal (score 8.9).",
    ],
    "store-count": [
        "OXXO runs more than 22,000 stores (Mexico, Colombia, Chile and Peru).",
        "Cencosud operates in five countries (Argentina, Brazil, Chile, Colombia and Peru).",
        "The chain opened its 500th store in {city} in {yr}.",
    ],
    "figure-table": [
        "Figure 3 shows sales by region (2019-{yr}).",
        "See Table 2 (Appendix B) for the full results.",
        "Chart 4 compares the NPS of the five largest banks ({yr}).",
    ],
    "section-ref": [
        "This is discussed in Section 2.3 (Task 1b).",
        "The risks are listed in Part B (section 4) of this report.",
        "See Appendix A (Gantt chart) for the timeline.",
    ],
    "course-module": [
        "This report is submitted for CIM Level 7, Module 2 (Marketing and Digital Strategy).",
        "The brief (Task 2, AC 3.1) asks for a CRM plan.",
        "Word count: 3,480 (excluding tables and appendices).",
    ],
    "inflation-index": [
        "The IPCA closed {yr} at {pct} (IBGE).",
        "Argentina's monthly CPI (INDEC) reached 25.5% in December 2023.",
        "The INPC in Mexico was {pct} in {month}.",
    ],
    "exchange-rate": [
        "We used an exchange rate of R$ 5,05 per US$ 1 (31 December).",
        "The blue dollar (dólar blue) traded far above the official rate.",
        "At MXN 17.2 per US$ (average {yr}), the peso was unusually strong.",
    ],
    "address": [
        "The flagship store is at Avenida Paulista 1578, São Paulo.",
        "Our office moved to Av. Insurgentes Sur 1602 (CDMX).",
        "The pop-up ran at Calle 93 No. 13-24, Bogotá.",
    ],
    "framework-acronym": [
        "The plan follows SOSTAC (Situation, Objectives, Strategy, Tactics, Action, Control).",
        "We map each touchpoint with the RACE model (Reach, Act, Convert, Engage).",
        "The KPIs are set as SMART objectives (Specific, Measurable, Achievable, Relevant, Time-bound).",
    ],
    "brand-history": [
        "Grupo Bimbo was founded in Mexico City in 1945.",
        "Ambev was created in 1999 by the merger of Brahma and Antarctica.",
        "Natura (founded 1969) bought Avon in 2020.",
        "Nubank started in 2013 with a purple credit card and no annual fee.",
    ],
    "certification": [
        "Natura has been a certified B Corp since 2014.",
        "The company appears in the Great Place to Work ranking (Brazil, {yr}).",
        "Its packaging is FSC certified (licence FSC-C{n}).",
    ],
    "product-edition": [
        "The Skol Beats limited edition ({yr}) sold out in two weeks.",
        "The Galaxy S24 launched in Brazil at R$ {brl} thousand.",
        "Natura Ekos (relaunched {yr}) uses ingredients from the Amazon.",
    ],
    "loyalty-scheme": [
        "Members of Livelo (Bradesco and Banco do Brasil) earn points on every purchase.",
        "The CMR Puntos programme (Falabella) has millions of members in Chile.",
        "Club Éxito and OXXO Premia work in a similar way.",
    ],
    "telecom-plan": [
        "Claro's plan (R$ 59,99 a month) includes unlimited WhatsApp.",
        "Movistar Chile launched its 5G network in {yr}.",
        "Vivo (Telefônica Brasil) and TIM offer zero-rating for social apps.",
    ],
    "date-number-style": [
        "The live shop ran on 11/11 from 20:00 to 23:00 (BRT).",
        "The sale ended at 23h59 on 30/11/{yr}.",
        "Deliveries are promised in 24h (capitals) and 72h (other cities).",
    ],
    "percent-comparison": [
        "Sales grew {pct} (vs. {yr}) in the first quarter.",
        "Conversion was 3.2% (desktop) and 1.9% (mobile).",
        "Churn fell from 2,4% to 1,8% a month after the change.",
    ],
    "meeting-note": [
        "This option was agreed at the marketing committee (12 March, minutes item 4).",
        "The idea came from a workshop with the sales team (Monterrey, {month} {yr}).",
        "Approval from Legal (LGPD checklist v2) is still pending.",
    ],
}

BRANDS = ["Natura &Co", "Magalu", "Mercado Libre", "Nubank", "Itaú", "Grupo Bimbo", "OXXO", "Ambev", "Bancolombia",
          "Rappi", "Falabella", "Cencosud", "O Boticário", "Brahma", "Skol", "Quilmes", "Club Colombia", "Liverpool",
          "Coppel", "Bodega Aurrera", "Claro", "Vivo", "Movistar", "Nequi", "Ualá", "Mercado Pago", "Jumbo", "Éxito",
          "Havaianas", "Guaraná Antarctica", "Casas Bahia", "Lojas Renner", "iFood", "Banorte", "BBVA México",
          "Davivienda", "Ésika", "L'Bel", "Corona", "Arcos Dorados"]  # fmt: skip

_CITIES = ["São Paulo", "Rio de Janeiro", "Mexico City", "Monterrey", "Bogotá", "Medellín", "Buenos Aires", "Santiago",
           "Belo Horizonte", "Guadalajara", "Cali", "Córdoba", "Valparaíso", "Recife"]  # fmt: skip
_EVENTS = ["Black Friday", "Buen Fin", "Hot Sale", "Cyber Monday", "Día de Muertos", "Carnaval", "Dia das Mães",
           "CyberDay", "Natal", "Navidad", "Copa América", "Fiestas Patrias"]  # fmt: skip
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]  # fmt: skip
_FIRMS = ["Ponte Alta", "Cacau Norte", "Tres Ríos", "Pampa Azul", "Solar do Vale", "Brisa Andina", "Vértice",
          "Guará", "Colibrí", "Araucaria"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    year = rng.randint(2016, 2024)
    return {
        "city": rng.choice(_CITIES), "event": rng.choice(_EVENTS), "month": rng.choice(_MONTHS),
        "yr": str(year), "yy": str(year)[2:], "day": str(rng.randint(20, 29)),
        "pct": f"{rng.randint(2, 38)}{rng.choice(['', '.5', ',3', '.8'])}%", "brl": f"{rng.randint(1, 99)},{rng.randint(1, 9)}",
        "usd": str(rng.randint(1, 40)), "mxn": str(rng.randint(5, 480)), "cop": f"{rng.randint(40, 390)}.000",
        "ars": f"{rng.randint(12, 950)}.{rng.randint(100, 999)}", "sample": f"{rng.randint(1, 3)},{rng.randint(100, 999)}",
        "firm": rng.choice(_FIRMS),
    }  # fmt: skip
