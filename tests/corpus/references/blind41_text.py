"""Prose for the forty-first held-out pool, "blind41": e-commerce, marketplace, CRM and growth marketers at
retailers, D2C brands, delivery apps and marketplaces in Spain, Portugal, Mexico, Brazil, Colombia, Argentina and
Chile, writing in English on CIM Level 4 to Level 7 courses.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a forty-first hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how these writers write:
sale events with their years and dates (Hot Sale, Buen Fin, Black Friday, Cyber Monday, CyberDay, 11.11), GMV,
orders and basket sizes in reais, pesos and euros with conversions in brackets, marketplaces and delivery apps by
name, Pix, Bizum and MB Way, the LGPD and the GDPR with their numbers and years, CNMC, Procon, PROFECO and SERNAC
decisions, tickers, app versions, promo codes, hashtags and handles, store openings and founding years, campaign
slogans in Spanish, Portuguese, Catalan, Galician and Basque with their translations, awards, football tournaments,
holidays, internal dashboards, survey waves, tasks and appendices. Fill values only this pool uses come from
values(rng).
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} shows that {C}, which matches what the {mp} seller dashboard told us during {ev}.",
    "{N} argues that {C}; for {B} this is the difference between a good and a bad {ev}.",
    "{N} found that {C}, although the sample was drawn mainly from {A} in {city}.",
    "{N} suggests that {C}, and the growth team at {B} has started to act on it.",
    "{N} points out that {C}.",
    "{N} reports that {C}, a pattern that is even stronger on {mp}.",
    "{N} makes the case that {C}, but the evidence from Latin America is thinner.",
    "{N} notes that {C}, something our CRM data for {A} confirms.",
    "{N} describes how {C}, and the same applies to {B}'s app.",
    "{N} concluded that {C}, so the retention plan leans on it.",
    "{N} observes that {C}, particularly among {A}.",
    "{N} is clear that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} explains, {C}.",
    "In the Brazilian market, {N} found that {C}.",
    "For marketplaces such as {mp}, {N} argues that {C}.",
    "This is consistent with {N}, who showed that {C}.",
    "Looking at {ev}, {N} reports that {C}.",
    "The growth team relied on the framework set out by {N}, which holds that {C}.",
    "{O}, {N} suggests that {C}.",
    "A similar point is made by {N}: {C}.",
    "Writing about Iberian retail, {N} notes that {C}.",
    "Unlike earlier studies, {N} finds that {C}.",
    "When {B} rebuilt its loyalty programme it followed {N}, who argues that {C}.",
    "Both the CRM lead and {N} agree that {C}.",
    "For {A}, {N} shows that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {mp} sellers suggests that {C}.",
    "According to {N} analysis, {C}.",
    "{N} findings on {ev} imply that {C}.",
    "Applying {N} model to {B}, {C}.",
    "{N} survey of {A} in {city} found that {C}.",
    "{N} work on delivery apps shows that {C}.",
    "This report draws on {N} argument that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "In Mexico and Colombia, {C} {P}.",
    "{O}, {C} {P}.",
    "It is widely accepted that {C} {P}.",
    "Evidence from Brazil suggests that {C} {P}.",
    "For {B}, the point is that {C} {P}.",
    "During {ev}, {C} {P}.",
    "{C}, especially for {A} {P}.",
    "Research on Spanish and Portuguese shoppers suggests {C} {P}.",
    "{C} {P:see}.",
    "Several studies agree that {C} {P:e.g.}.",
    "On marketplaces such as {mp}, {C} {P}.",
    "There is some evidence that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, which is why {B} moved budget into CRM.",
    "Because {C} {P}, the plan puts {pay} at the centre of checkout.",
    "{C} {P}, so the team tested it before {ev}.",
    "While {C} {P}, the picture for {A} is less clear.",
    "{O}, {C} {P}, and this shaped the brief for {city}.",
    "Since {C} {P}, the recommendation is to start with {mp}.",
    "{C} {P}; however, the data for {B} tell a different story.",
    "If {C} {P}, then the loyalty scheme needs rethinking.",
    "{C} {P:see also}, and the same is true in Portugal.",
    "Given that {C} {P}, {B} should test free delivery thresholds.",
]  # fmt: skip
CLAIMS = [
    "free shipping thresholds raise basket size more than percentage discounts",
    "shoppers in Latin America still distrust paying online before delivery",
    "instant payments such as {pay} cut cart abandonment at checkout",
    "marketplace sellers with the highest ratings win most of the buy box",
    "delivery apps depend on a small share of very frequent users",
    "loyalty programmes only work when the rewards feel immediate",
    "push notifications lose their effect after the third message in a week",
    "sale events pull demand forward rather than creating new demand",
    "{A} respond better to live shopping than to banner advertising",
    "regional-language campaigns build more trust than Castilian-only ones in Catalonia and Galicia",
    "consent banners written in plain language improve opt-in rates",
    "cross-border platforms compete on price while local retailers compete on delivery speed",
    "retail media is becoming the fastest-growing line in marketplace revenue",
    "WhatsApp is the main customer service channel for small sellers in Brazil",
    "instalment payments without interest are expected by most Brazilian online shoppers",
    "returns policies matter more to fashion shoppers than delivery times",
    "customer reviews written in the shopper's own language carry more weight",
    "first-party data became more valuable once third-party cookies began to disappear",
    "the cost of acquiring a new app user has risen sharply since the pandemic",
    "personalised recommendations raise {R} for {B}",
    "brand trust, not price, decides which marketplace a shopper opens first",
    "super-apps keep users by bundling payments, delivery and credit",
    "micro-influencers convert better than celebrities in affiliate campaigns",
    "cash on delivery remains popular where card ownership is low",
    "shoppers compare prices across two or three marketplaces before buying",
    "quick commerce struggles to make a profit outside dense city centres",
    "email still drives the highest return on investment of any owned channel",
    "price promotions during sale events can damage a premium brand",
    "{T} improves {R} among {A}",
    "omnichannel shoppers spend more than those who use a single channel",
]  # fmt: skip
OPENERS = [
    "In the context of {mp}",
    "Looking at {ev}",
    "For a D2C brand like {B}",
    "In Spain and Portugal",
    "Across Latin America",
    "From a CRM point of view",
    "For the {city} launch",
    "In the Brazilian market",
    "Before the next sale event",
    "For delivery apps",
    "On the evidence available",
    "Taken together",
]  # fmt: skip
PLAIN = [
    "This section sets out the current position of the business and the options open to it.",
    "The recommendations below are prioritised by cost and by the time they would take to deliver.",
    "The marketplace channel now accounts for a growing share of online orders.",
    "The CRM team is small, so any plan has to be realistic about workload.",
    "Most customers buy through the app rather than the website.",
    "Customer service complaints peak in the week after each sale event.",
    "The brand sells in three countries but manages its customer data in one platform.",
    "These figures should be read with caution because the sample is small.",
    "A phased approach is proposed, starting with the largest market.",
    "The next part of the report looks at the customer journey from first visit to repeat purchase.",
    "Delivery times vary widely between the capital and smaller cities.",
    "The options are compared in the table in the appendix.",
    "Budget for the coming year has not yet been confirmed.",
    "Marketing, logistics and finance will need to agree the targets together.",
    "Each channel is assessed against reach, cost and fit with the brand.",
    "The current loyalty scheme has not been reviewed since it launched.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{N} puts it bluntly: {Q}.",
    "As {N} argues, {Q}.",
    "{Q} {P}.",
    "One study of Latin American marketplaces concludes that {Q} {P}.",
    "The point for {B} is that {Q} {P}.",
    "{N} warns that {Q}, which is exactly the risk before {ev}.",
    "In the words of {N}, {Q}.",
    "The literature is blunt: {Q} {P}.",
    "{N} sums it up: {Q}.",
    "It has been argued that {Q} {P}, and the CRM data support this.",
]  # fmt: skip
SCARE_QUOTES = [
    "‘frete grátis’", "“envío gratis”", "'the Amazon effect'", "‘Black November’", "“super-app”",
    "«compra ahora, paga después»", "'cashback'", "“live commerce”", "‘Hot Sale fatigue’", "'parcelado sem juros'",
    "“dark stores”", "‘omnicanalidad’", "'sellers de confianza'", "“precio justo”", "«experiencia de cliente»",
    "‘Full’ delivery", "'quick commerce'", "“desconto de verdade”",
]  # fmt: skip
SCARE_FRAMES = [
    "Many shoppers now expect {Q} as standard {P}.",
    "{N} calls this {Q}, a label the trade press has adopted.",
    "What the industry calls {Q} is in practice a discount funded by sellers {P}.",
    "So-called {Q} has changed how {A} plan their purchases {P}.",
    "The shift towards {Q} is well documented {P}.",
    "{N} questions whether {Q} is anything new.",
    "Retailers use {Q} loosely, often to mean very different things {P}.",
]  # fmt: skip
SUBJECT_LINES = [
    "“Tu carrito te está esperando 🛒”", "‘Última chamada: frete grátis até meia-noite’", "'Hot Sale: hasta 50% OFF'",
    "“Seu Pix foi confirmado!”", "‘¿Se te olvidó algo?’", "'Só hoje: 10x sem juros'", "“Buen Fin: tu descuento ya está activo”",
    "‘Black Friday começou 🔥’", "'Volvemos a tener tu talla'", "“O teu pedido está a caminho”", "‘Envío gratis en tu primer pedido’",
    "'Cupom exclusivo para você'", "“CyberDay: solo por 72 horas”",
]  # fmt: skip
SUBJECT_FRAMES = [
    "The abandoned-basket email {Q} had the highest open rate of the campaign {P}.",
    "A push notification such as {Q} works because it is short and urgent {P}.",
    "The subject line {Q} follows the urgency principle described by {N}.",
    "Copy like {Q} relies on scarcity, which can backfire {P}.",
    "{N} would classify a message such as {Q} as a reminder rather than a promotion.",
    "Testing {Q} against a plainer version showed a clear uplift {P}.",
]  # fmt: skip

# What these writers put in their text that has capitals, years, brackets or quotation marks but cites nothing.
NOT_CITATIONS = {
    "sale-event-year": [
        "Hot Sale {yr} ran from {da} to {d2} May, and orders on the app more than doubled.",
        "Buen Fin {yr} (the Mexican equivalent of Black Friday) is the key trading window for the client.",
        "The plan is built around CyberDay {yr} in Chile and Cyber Monday in Colombia.",
        "Sales during Hot Sale {yr} were {pct}% above Hot Sale {yr0}.",
    ],
    "black-friday-figures": [
        "Black Friday {yr} brought in {money} in GMV over four days.",
        "On Black Friday {yr} the site took {n} orders an hour at its peak (around 11pm).",
        "Black November {yr} (the whole month of discounts in Brazil) diluted the impact of the day itself.",
    ],
    "currency-conversion": [
        "The average order was {ticket} (roughly €{smalln}{q} at the time).",
        "The free-delivery threshold is {ticket} (close to the average basket) in the capital.",
        "The budget is MXN 2.4 million (approx. US$ {n},000) for the year.",
    ],
    "price-points": [
        "The hero product is priced at R$ 49,90, or 10x R$ 4,99 without interest.",
        "Basic plans start at €4.99 a month (IVA included).",
        "A subscription costs ARS {n}.000 a month after the {yr} devaluation.",
    ],
    "data-law-year": [
        "Since the LGPD (Lei nº 13.709/2018) came into force, every opt-in must be recorded.",
        "The GDPR (Regulation (EU) 2016/679) applies to all customers in Spain and Portugal.",
        "Colombia's data protection law (Ley 1581 de 2012) sets similar rules for consent.",
        "The LOPDGDD (Ley Orgánica 3/2018) adds Spanish rules on digital rights to the GDPR.",
    ],
    "regulator-decision": [
        "In {yr} the CNMC opened a case (expediente S/{smalln}/{yy}) into how delivery platforms set fees.",
        "The CNMC fined Glovo in {yr} over the status of its riders, which affected the brand's reputation.",
        "Procon-SP notified {mp} in {mo} {yr} over delayed deliveries after Black Friday.",
        "PROFECO published its Buen Fin {yr} price monitoring and named several retailers.",
        "SERNAC opened a collective procedure in {yr} after complaints about CyberDay delivery times.",
    ],
    "ticker": [
        "Mercado Libre (NASDAQ: MELI) reported another quarter of growth in Brazil and Mexico.",
        "Inditex (BME: ITX) remains the benchmark for fast fashion in Europe.",
        "Magalu (B3: MGLU3) has struggled to turn its marketplace into profit.",
        "Falabella (SSE: FALABELLA) restructured its online business in {yr}.",
    ],
    "app-version": [
        "The new checkout shipped in version {ver} of the app (iOS and Android).",
        "Crash rates fell after release {ver}, which fixed the Pix QR code screen.",
        "The loyalty tab was added in app version {ver} in {mo} {yr}.",
    ],
    "promo-code": [
        "The code {code} gave {pct}% off the first order.",
        "Influencers shared the code {code} (valid until {d} {mo}) with their followers.",
        "Redemption of {code} was highest among {A}.",
    ],
    "quarter-results": [
        "In Q{q} {yr} online sales grew faster than store sales for the first time.",
        "FY{yr} (ending 31 January) was the first full year after the relaunch.",
        "Revenue for H1 {yr} was {pct}% ahead of budget.",
    ],
    "payment-method": [
        "Pix (launched by the Banco Central do Brasil in November 2020) is now the most used payment method in the app.",
        "Bizum, used by more than {n} banks' customers in Spain, was added at checkout in {yr}.",
        "MB Way is the default option for Portuguese customers and OXXO Pay for Mexican ones.",
        "Boleto bancário still accounts for a small share of orders (mainly {A}).",
    ],
    "regional-language": [
        "The Catalan version of the campaign ('Compra ara, rep-ho demà') outperformed the Castilian one.",
        "In Galicia the headline ran as 'Mércao hoxe' and in the Basque Country as 'Erosi orain'.",
        "The Portuguese (PT-PT) copy was rewritten because the Brazilian version sounded foreign in Lisbon.",
        "Spanish (ES-MX) and Spanish (ES-AR) versions of the emails use different words for 'cart'.",
    ],
    "campaign-slogan": [
        "The 'Tá no {mp}?' campaign ran across TV and TikTok in {yr}.",
        "The brand's slogan, “Tu moda, tu ritmo”, was introduced with the {yr} relaunch.",
        "Rappi's “Pídelo en Rappi” line is still the most recalled in Colombia.",
    ],
    "survey-wave": [
        "The customer survey (Wave {q}, {mo} {yr}, n = {n}) was run in Spanish and Portuguese.",
        "Fieldwork for the NPS tracker took place in {mo} {yr} (n = {n}).",
        "Results from the second wave (Q{q} {yr}) are in Appendix C.",
    ],
    "internal-data": [
        "Internal GA4 data (Q{q} {yr}) show that {pct}% of sessions start on mobile.",
        "According to the company's Looker dashboard ({mo} {yr}), repeat buyers make up a third of revenue.",
        "The CRM export from Salesforce Marketing Cloud (as at {d} {mo} {yr}) holds {n},000 contacts.",
    ],
    "course-task": [
        "This report answers Task 1b of the CIM Level {lvl} assignment.",
        "As required by the brief (Task 2, part a), the plan covers twelve months.",
        "The word count (excluding appendices and references) is {n}0.",
    ],
    "figure-table": [
        "The funnel is shown in Figure {q} (see Appendix A).",
        "Table {q} compares the three marketplaces on fees, reach and delivery.",
        "The customer journey map (Figure {q}) shows where Brazilian shoppers drop out.",
    ],
    "percentage-change": [
        "Orders grew {pct}% YoY (vs. {yr0}) while the average ticket fell.",
        "App installs were up {pct}% (+{smalln} pp on the previous campaign).",
        "Conversion improved from {smalln}.{q}% to {pct}.{q}% (mobile only).",
    ],
    "date-range": [
        "The test ran from {d} {mo} to {d2} {mo} {yr} (two full weeks).",
        "Between {yr0} and {yr} the number of active sellers almost tripled.",
        "The double-digit days (11.11 and 12.12) now matter almost as much as Black Friday.",
    ],
    "acronym-definition": [
        "Gross merchandise volume (GMV) is the headline metric for marketplace teams.",
        "Average order value (AOV) and customer lifetime value (CLV) are tracked weekly.",
        "Cost per acquisition (CPA) on Meta rose sharply in Q4.",
        "The buy now, pay later (BNPL) option is offered through a partner.",
    ],
    "legal-form": [
        "Inditex (Industria de Diseño Textil, S.A.) is headquartered in Arteixo, A Coruña.",
        "The client trades as a sociedad limitada (S.L.) and has fewer than fifty staff.",
        "Magalu is the trading name of Magazine Luiza S.A.",
        "The Portuguese subsidiary (Unipessoal, Lda.) handles returns for Iberia.",
    ],
    "founded-year": [
        "Glovo was founded in Barcelona in 2015 and now operates in more than twenty countries.",
        "Mercado Libre began in Buenos Aires in 1999 as an auction site.",
        "In Brazil, iFood (founded 2011) dominates food delivery.",
        "Rappi was started in Bogotá in 2015 and expanded quickly across the region.",
    ],
    "store-location": [
        "The flagship store on Gran Vía (Madrid) doubles as a click-and-collect point.",
        "The first dark store opened in Pinheiros (São Paulo) in {mo} {yr}.",
        "A pop-up at Palermo Soho (Buenos Aires) was used to test the new range.",
        "Stores in Chiado (Lisbon) and Boavista (Porto) took part in the pilot.",
    ],
    "handle-hashtag": [
        "Posts tagged #HotSale{yr} reached {n},000 accounts on Instagram.",
        "The brand replied to complaints from @{hdl} within an hour.",
        "The hashtag #BlackFridayBrasil trended for two days in {yr}.",
    ],
    "url-mention": [
        "Orders placed on mercadolibre.com.mx are fulfilled from the Monterrey warehouse.",
        "The campaign landing page (www.{dom}/hotsale) was built in VTEX.",
        "Customers are sent to {dom}/ajuda for returns.",
    ],
    "award": [
        "The campaign won a Bronze Lion at Cannes Lions {yr} (Social & Creator).",
        "It was shortlisted for the Effie Awards México {yr} in the e-commerce category.",
        "The app was named Best Retail App at the eAwards Madrid {yr}.",
    ],
    "football-tournament": [
        "Demand for TVs peaked before the {yr} World Cup, as it does every four years.",
        "The Copa América {yr} campaign featured the national team's shirt.",
        "Delivery orders jump on nights when Boca Juniors and River Plate play.",
    ],
    "holiday": [
        "Dia das Mães (the second Sunday in May) is the second biggest date in Brazilian retail.",
        "Día de Muertos (1–2 November) is a key moment for Mexican food and gifting brands.",
        "Sant Jordi (23 April) is when Catalan bookshops and florists see their highest sales.",
        "El Día del Padre falls on 19 March in Spain but in June in Mexico and Colombia.",
    ],
    "framework-name": [
        "The plan follows the RACE framework (Reach, Act, Convert, Engage).",
        "A SOSTAC® structure is used for the rest of this report.",
        "Porter's Five Forces shows that supplier power is low for marketplace sellers.",
        "The Ansoff Matrix suggests market development into Chile.",
    ],
    "metric-brackets": [
        "The NPS stands at +{nps} (detractors mainly cite late deliveries).",
        "ROAS on Google Shopping was {smalln}.{q}x (target: 5x).",
        "CAC has risen to R$ {n} (up from R$ {smalln}{q} last year).",
    ],
    "app-store-rating": [
        "The app is rated 4.{q} on the App Store (more than {n},000 ratings).",
        "On Google Play the rating fell to 3.{q} after the {mo} update.",
    ],
    "tools-platforms": [
        "The stack combines VTEX IO, Salesforce Marketing Cloud and GA4.",
        "Push messages are sent through Braze (Canvas) and emails through Klaviyo.",
        "Shopify Plus was chosen over Magento 2 for the Portuguese store.",
    ],
    "trade-show": [
        "The team presented at VTEX Day {yr} in São Paulo.",
        "The team met logistics partners at eShow Madrid {yr}.",
        "The founder spoke at Web Summit Rio {yr} about instalment payments.",
    ],
    "product-model": [
        "The iPhone 15 and the Galaxy S24 were the best-selling items of the Buen Fin.",
        "The PlayStation 5 bundle sold out within an hour (stock was limited to {n} units).",
        "The Air Fryer XL (model AF-{n}) was the most searched product on the site.",
    ],
    "covid": [
        "During the COVID-19 lockdowns (March to June 2020) online grocery orders tripled.",
        "After the pandemic (2020–2021) some shoppers went back to physical stores.",
    ],
    "tax-and-fees": [
        "Marketplace commission is between 11% and 19% (plus a fixed fee per item).",
        "ICMS and DIFAL rules make interstate shipping in Brazil more expensive.",
        "IVA at 21% (Spain) and IVA at 23% (Portugal) is included in all prices shown.",
    ],
    "logistics-partner": [
        "Deliveries in Portugal are handled by CTT (Correios de Portugal) and in Spain by Correos Express.",
        "In Mexico the brand uses Estafeta and 99minutos for same-day orders.",
        "Mercado Envíos Full (the marketplace's own fulfilment) cut delivery times to one day.",
    ],
    "seller-tier": [
        "The client reached MercadoLíder Platinum status in {yr}.",
        "Being a 'Loja Oficial' on Mercado Livre gives the brand a badge and better placement.",
        "Sellers rated below 4.5 (out of 5) lose the Prime badge.",
    ],
    "job-title": [
        "The Head of CRM (LATAM) reports to the Chief Growth Officer in {city}.",
        "Interviews were held with the E-commerce Manager (Iberia) and the Marketplace Lead.",
        "The Brand Manager (Portugal) approved the final creative.",
    ],
    "store-count": [
        "The group runs {n} stores (and a warehouse in each country).",
        "Falabella operates department stores in Chile, Peru and Colombia.",
    ],
    "translation-gloss": [
        "The term 'frete grátis' (free shipping) appears in almost every banner.",
        "'Parcelado sem juros' (interest-free instalments) is a standard offer in Brazil.",
        "The Spanish word 'chollo' (bargain) is used in the headline.",
    ],
    "time-period": [
        "Peak hours for delivery orders are 1pm to 3pm and 8pm to 10pm (local time).",
        "Customers in Buenos Aires (GMT-3) and Madrid (CET) receive the same email at different hours.",
    ],
    "option-label": [
        "Option B (a loyalty tier with free delivery) is recommended.",
        "Of the three scenarios, Scenario 2 (moderate growth) is used for the forecast.",
        "Phase 1 (Q{q}) covers Spain; Phase 2 covers Portugal.",
    ],
    "brand-collab": [
        "The Zara x {B} capsule sold out online in under an hour.",
        "The {B} and {mp} collaboration ran for one week in {mo}.",
    ],
}  # fmt: skip

BRANDS = ["Mercado Libre", "Mercado Livre", "Amazon", "Shein", "Rappi", "Glovo", "iFood", "Magalu", "Americanas",
          "Falabella", "El Corte Inglés", "Zara", "Mango", "Pull&Bear", "Desigual", "Natura", "O Boticário",
          "Havaianas", "Renner", "Riachuelo", "Liverpool", "Coppel", "Sanborns", "Éxito", "Cencosud", "Paris",
          "Ripley", "Worten", "Continente", "Pingo Doce", "Fnac", "PcComponentes", "Wallapop", "Vinted", "Cabify",
          "Uber Eats", "DiDi Food", "Nubank", "Mercado Pago", "Hawkers", "Ecoalf", "Farm Rio", "Arezzo", "Netshoes",
          "Dafiti", "Linio", "Shopee", "Decathlon", "Bimba y Lola", "Parfois"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn from the builder's random source."""
    yr = rng.randint(2019, 2025)
    d = rng.randint(1, 20)
    return {
        "yr": str(yr), "yr0": str(yr - rng.randint(1, 3)), "yy": str(yr)[2:], "da": str(d), "d2": str(d + rng.randint(2, 8)),
        "mp": rng.choice(["Mercado Libre", "Mercado Livre", "Amazon", "Shein", "Shopee", "Magalu", "Falabella", "Rappi",
                          "iFood", "Glovo", "Americanas", "Liverpool", "El Corte Inglés", "Worten"]),
        "ev": rng.choice(["Hot Sale", "Buen Fin", "Black Friday", "Cyber Monday", "CyberDay", "Prime Day", "the 11.11 sale",
                          "Dia do Consumidor", "Cyber Wow", "the January sales"]),
        "city": rng.choice(["Madrid", "Barcelona", "Valencia", "Bilbao", "Lisbon", "Porto", "Mexico City", "Monterrey",
                            "Guadalajara", "São Paulo", "Rio de Janeiro", "Belo Horizonte", "Bogotá", "Medellín",
                            "Buenos Aires", "Córdoba", "Santiago", "Valparaíso"]),
        "pay": rng.choice(["Pix", "Bizum", "MB Way", "Mercado Pago", "OXXO Pay", "Nequi", "boleto", "Apple Pay"]),
        "money": rng.choice([f"R$ {rng.randint(2, 9)},{rng.randint(1, 9)} bilhões", f"R$ {rng.randint(40, 400)} million",
                             f"MXN {rng.randint(2, 30)}.{rng.randint(1, 9)} billion", f"€{rng.randint(2, 90)}m",
                             f"COP {rng.randint(100, 900)} mil millones", f"US$ {rng.randint(2, 40)}m"]),
        "ticket": rng.choice([f"${rng.randint(450, 1990)} MXN", f"CLP {rng.randint(20, 99)}.{rng.randint(100, 999)}",
                              f"R$ {rng.randint(90, 480)},{rng.randint(10, 99)}", f"€{rng.randint(35, 140)}",
                              f"ARS {rng.randint(20, 95)}.{rng.randint(100, 999)}"]),
        "pct": str(rng.randint(3, 68)), "smalln": str(rng.randint(2, 9)), "nps": str(rng.randint(12, 71)),
        "mo": rng.choice(["January", "March", "April", "May", "June", "September", "October", "November", "December"]),
        "ver": f"{rng.randint(3, 12)}.{rng.randint(0, 40)}.{rng.randint(0, 9)}",
        "code": rng.choice(["HOTSALE25", "BUENFIN10", "PRIMEIRA15", "FRETEGRATIS", "CYBER20", "BLACK30", "VOLVE10", "APP15"]),
        "lvl": rng.choice(["4", "6", "7"]),
        "hdl": rng.choice(["consumidora_mx", "lu.compras", "jordi_bcn", "ana.portoalegre", "clientefeliz_co", "mafe.scl"]),
        "dom": rng.choice(["lojadamaria.com.br", "tiendaverde.mx", "sabatesroca.cat", "casadoalgodao.pt", "modarapida.co"]),
    }  # fmt: skip
