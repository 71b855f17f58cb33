"""The blind134 pool's prose (HELD OUT): marketers in Romania and Moldova and their diaspora.

A hundred-and-thirty-fourth independent pool, written without reading the checker, its tests or any other pool, from
how candidates in Bucharest, Cluj-Napoca, Iași, Timișoara, Brașov, Constanța, Chișinău and Bălți, and Romanians and
Moldovans working in Madrid, Rome, Turin, London and Paris, write CIM Level 6 and 7 reports and MBA assignments in
English about banks and fintechs (Banca Transilvania, BCR, BRD, Revolut Romania, maib, Moldindconbank), telecoms
(Orange, Vodafone, Digi, Moldcell), retailers and e-commerce (eMAG, Dedeman, Altex, Kaufland, Linella), food and drink
makers (Dorna, Napolact, Ursus, Purcari, Cricova), Dacia, IT outsourcers, media houses and agencies. Its decoys are
what such reports hold that looks like a citation and is not: laws and ordinances with their numbers and years
("Legea nr. 506/2004", "OUG nr. 34/2014", "Legea nr. 133/2011"), Monitorul Oficial numbers, the BNR's exchange rates,
lei and Moldovan lei, Mărțișor, Dragobete, Orthodox Easter, 1 December and eMAG's Black Friday, Romanian dates and
decimal commas, company codes (CUI, J numbers, IDNO), tickers on the BVB, SRL and Î.M. in brackets, Dacia models,
wine vintages, awards and festivals, historical figures and sportspeople with their years, streets and counties,
professors with their titles, theses being written, and Romanian titles of novels and films with their years.

HELD OUT: never tune the checker on it; report its tables, never its misses.
"""

# ruff: noqa: E501  (frames read best one to a line; Romanian „ ” quotation marks are intended)
from __future__ import annotations

import random

BRANDS = ["Banca Transilvania", "BCR", "BRD", "Revolut Romania", "maib", "Moldindconbank", "Orange România",
          "Vodafone", "Digi", "Moldcell", "eMAG", "Dedeman", "Altex", "Kaufland", "Linella", "Dorna", "Napolact",
          "Ursus", "Purcari", "Cricova", "Dacia", "Fan Courier", "Bitdefender", "Endava", "Pro TV", "Catena",
          "Farmacia Tei", "Mega Image", "Profi", "Nr1 Supermarket", "Fashion Days", "Elefant.ro", "Borsec", "Aqua Carpatica",
          "Jidvei", "Zuzu", "Bergenbier", "Lidl România", "Flanco", "Bolt", "Glovo", "Tazz"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values of this pool's own, drawn after the builder's common ones."""
    year = rng.randint(2015, 2024)
    return {
        "city": rng.choice(["Bucharest", "Cluj-Napoca", "Iași", "Timișoara", "Brașov", "Constanța", "Chișinău",
                            "Bălți", "Sibiu", "Oradea", "Craiova", "Galați"]),
        "abroad": rng.choice(["Madrid", "Rome", "Turin", "London", "Paris", "Castellón", "Milan", "Dublin"]),
        "lei": f"{rng.randint(2, 950)},{rng.randint(1, 9)}", "mdl": str(rng.randint(3, 900)),
        "pc": f"{rng.randint(2, 68)},{rng.randint(0, 9)}", "Y3": str(year), "Y4": str(year + 1),
        "rate": f"4,9{rng.randint(1, 9)}{rng.randint(10, 99)}", "cui": str(rng.randint(1000000, 45999999)),
        "jno": f"J{rng.choice(['40', '12', '22', '35', '08', '13'])}/{rng.randint(100, 9999)}/{rng.randint(1991, 2023)}",
        "idno": f"100{rng.randint(1000000000, 9999999999)}", "law": str(rng.randint(11, 399)),
        "county": rng.choice(["Cluj", "Iași", "Timiș", "Brașov", "Constanța", "Suceava", "Bihor", "Argeș", "Ilfov"]),
        "month": rng.choice(["ianuarie", "martie", "mai", "iunie", "septembrie", "noiembrie", "decembrie"]),
        "wine": rng.choice(["Negru de Purcari", "Rară Neagră de Purcari", "Cricova Crisecco", "Fetească Neagră",
                            "Cricova Prestige Cabernet", "Castel Mimi Rară Neagră"]),
        "team": rng.choice(["Simona Halep", "Gheorghe Hagi", "Nadia Comăneci", "David Popovici", "Ilie Năstase",
                            "Cristian Chivu"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although the sample came only from {city}.",
    "{N} concluded that {C}, which is directly relevant to {B}.", "{N} showed that {C} in the Romanian market.",
    "{N} noted that {C}, especially after Romania joined the EU in 2007.",
    "{N} observed that {C}; the same pattern is visible in Moldova.", "{N} demonstrated that {C}.",
    "{N} states that {C}.", "{N} emphasised that {C}, and {B} seems to agree.",
    "{N} makes the point that {C} among {A} in {city}.",
    "{N} surveyed {n} respondents in {city} and {abroad} and found that {C}.",
    "{N} reported that {C}, a finding that fits {B}'s experience.",
    "{N} warned that {C} if the brand ignores the diaspora.", "{N} suggests that {C}.",
    "{N} underline that {C}.", "{N} was among the first to show that {C} in Central and Eastern Europe.",
    "{N} explain that {C}, for instance through {T}.", "{N} identified that {C}, particularly for {A}.",
    "{N} consider that {C}.", "{N} questioned whether {C} outside Bucharest.",
    "{N} compared Romania with the Republic of Moldova and found that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "In the view of {N}, {C}.", "{O}, {N} argued that {C}.",
    "This is in line with {N}, who found that {C}.", "{C}, as {N} also found.", "{C}, which confirms {N}.",
    "As {N} pointed out, {C}.", "A study of Romanian retail banking by {N} shows that {C}.",
    "{B} is a good illustration: {N} showed that {C}.", "Research carried out by {N} in {city} suggests that {C}.",
    "{C} – a conclusion also reached by {N}.", "As shown by {N}, {C}.",
    "The same idea appears in {N}, where {C}.", "For the Moldovan market, {N} found that {C}.",
    "{O}, a survey by {N} indicated that {C}.", "{C}; however, {N} found the opposite among {A}.",
    "Drawing on {N}, it can be argued that {C}.", "{C}, according to {N}.",
    "Following the approach of {N}, this report assumes that {C}.",
    "Unlike {B}, whose strategy relies on {T}, the companies analysed by {N} show that {C}.",
    "Data published by {N} show that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study confirms that {C}.", "Using {N} model, it appears that {C}.", "{O}, {N} findings show that {C}.",
    "{N} research on Romanian consumers suggests that {C}.", "{B} could apply {N} framework, since {C}.",
    "According to {N} report, {C}.", "{N} analysis of the Moldovan market shows that {C}.",
    "This reflects {N} argument that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "In Romania, {C} {P}.",
    "In the Republic of Moldova, {C} {P}.", "{B} is no exception, because {C} {P}.", "For {A}, {C} {P}.",
    "It is generally accepted that {C} {P:see}.", "Several authors agree that {C} {P:e.g.}.",
    "{C}, particularly in {city} {P}.", "{C} (see Figure {q}) {P}.", "{B}'s results suggest that {C} {P}.",
    "This is important because {C} {P}.", "The literature is clear: {C} {P}.", "{C}. {P}",
    "{C}, which explains why {B} invests in {T} {P}.", "Romanian consumers are price-sensitive and {C} {P}.",
    "After the pandemic, {C} {P:see also}.", "{C}, as several Romanian studies show {P:for example,}.",
    "The diaspora in {abroad} behaves differently, since {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; at the same time, {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{B} found that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "Some authors {P:e.g.} argue that {C}.", "{C} {P}: this means that {C2}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} in Romania trust banking apps more than branch staff", "{T} raised {R} by around {q}0% in one campaign",
    "{B}'s reliance on {T} leaves it exposed to rising media costs", "Romanian consumers prefer local brands when quality is equal",
    "cash is still widely used in rural Romania and Moldova", "the diaspora strongly influences purchases back home",
    "{A} respond better to reviews than to brand claims", "Black Friday has become the biggest sales event of the year in Romania",
    "price promotions work less well once inflation slows", "mobile traffic now dominates Romanian e-commerce",
    "brands that ignore {T} risk losing {A} to competitors", "Moldovan wine brands gain from country-of-origin cues abroad",
    "{T} only drives {R} when the offer is relevant", "personalised offers increase {R} among {A}",
    "trust in institutions remains low across the region", "a clear brand purpose helps firms like {B} to stand out",
    "GDPR and Legea nr. 190/2018 changed how brands collect first-party data",
    "younger consumers in Chișinău switch telecom operators more easily than older ones",
    "loyalty programmes increase {R} only when the rewards are immediate",
    "influencers with smaller audiences are trusted more than celebrities",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "Moreover", "On the other hand", "For example", "In Romania", "In the Republic of Moldova",
    "For {B}", "Since the pandemic", "In the context of {B}", "From the customer's point of view", "Nevertheless",
    "Consequently", "In the banking sector", "As a result", "Looking at {B}'s competitors", "Overall",
    "Among the Romanian diaspora", "In {city}",
]  # fmt: skip
PLAIN = [
    "{B} was founded in Romania and now serves customers in {q} countries.",
    "This report analyses {B}'s digital marketing and makes recommendations for the next twelve months.",
    "The table below summarises the KPIs for each channel.",
    "{B}'s Facebook page has over {n}k followers, but engagement is low.", "{O}, {C}.",
    "{B} uses Google Ads, Meta and TikTok, and most of its budget goes on search.",
    "A PESTLE and a SWOT analysis of {B} are included in the appendices.",
    "Customers can buy online, through the app or in store in {city}.",
    "The main competitors are {B} and two regional chains.",
    "Task 2 builds on this by proposing a communication plan for the Moldovan market.",
    "The author works in the marketing department of {B} in {city}.",
    "All figures are in lei unless stated otherwise.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one Romanian marketing textbook puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{N} put it plainly: {Q}.", "{B} appears to accept that {Q} {P}.", "One study concluded that {Q} {P}.",
    "In the words of {N}, {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["„omnichannel”", "„fintech”", "„cashback”", "‘brand românesc’", "“made in Moldova”", "'greenwashing'",
                "„influenceri”", "‘Black Friday fatigue’", "“phygital”", "«de la sat»", "'shrinkflation'",
                "„bio”", "“the diaspora effect”", "‘premiumisation’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} has been criticised for {Q} {P}.", "Many younger Romanians are tired of {Q} marketing {P}.",
    "So-called {Q} is now a concern for {B} {P}.", "The label {Q} is used loosely on Romanian packaging {P}.",
    "This trend, often called {Q}, affects {A} most {P}.", "Critics describe this as {Q} {P}.",
]  # fmt: skip
SUBJECT_LINES = ["„Black Friday începe acum: până la -70%”", "‘Your Mărțișor gift is waiting’", "“Ai uitat ceva în coș?”",
                 "„Reduceri de Paște doar azi”", "‘Last chance: free delivery ends at midnight’",
                 "“La mulți ani de Dragobete!”", "'Your BT Pay cashback is here'", "„Crăciun fericit! -20% la tot”",
                 "‘New in {city}: your {M} edit’", "“Oferta ta personalizată, {d} zile rămase”"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} can lift open rates {P}.", "{B} used {Q} in its abandoned-basket email {P}.",
    "Short, urgent copy ({Q}, for example) works well with {A} {P}.", "The email {Q} was opened by more {A} than any other {P}.",
    "Testing {Q} against a plainer version showed a clear winner {P}.",
]  # fmt: skip

# Text that looks like a citation and is not: every kind below is this pool's own.
NOT_CITATIONS = {
    "ro-law-number": ["Marketing emails need prior consent under Legea nr. 506/2004.",
                      "{B} updated its privacy policy to comply with Legea nr. 190/2018.",
                      "Unfair practices are banned by Legea nr. 363/2007, as amended in {Y3}."],
    "emergency-ordinance": ["OUG nr. 34/2014 gives online buyers 14 days to return goods.",
                            "The 14-day withdrawal right (OUG nr. 34/2014, art. 9) applies to every eMAG order.",
                            "The government capped energy prices by OUG nr. 27/2022."],
    "monitorul-oficial": ["The law was published in the Official Gazette (M.Of. nr. 1101/2004).",
                          "The ordinance came into force on publication (Monitorul Oficial nr. 427 din 17 iunie 2014).",
                          "The amended text appeared in M.Of. nr. {law}/{Y3}."],
    "moldovan-law": ["In Moldova, data protection follows Legea nr. 133/2011 (Republica Moldova).",
                     "Advertising in Moldova is regulated by Legea nr. 62/2022 cu privire la publicitate.",
                     "Consumer rights in Chișinău rest on Legea nr. 105/2003 privind protecția consumatorilor."],
    "government-decision": ["Recycling duties come from HG nr. 1.037/2010 on electrical waste.",
                            "The minimum wage was raised by HG nr. {law}/{Y3} from 1 January.",
                            "The tourist vouchers were extended by HG nr. 1.116/2021."],
    "eu-regulation": ["The GDPR, Regulation (EU) 2016/679, applies in both Romania and the EU diaspora.",
                      "Payment services follow Directive (EU) 2015/2366 (PSD2).",
                      "The Digital Services Act (Regulation (EU) 2022/2065) affects eMAG Marketplace."],
    "regulator-fine": ["ANPC fined the retailer after Black Friday (amendă de {lei} mii lei).",
                       "ANCOM fined an operator in {Y3} (RON {n},000) for misleading tariffs.",
                       "The Competition Council (Consiliul Concurenței) opened an investigation in {Y3}."],
    "lei-amount": ["Turnover reached {lei} million lei in {Y3}.", "The campaign budget was modest (RON {n},000 over {q} months).",
                   "{B}'s net profit rose to {lei} mil. lei ({Y3} results)."],
    "mdl-amount": ["Moldovan sales grew to MDL {mdl} million ({Y3}).", "A Moldcell bundle costs 150 lei (MDL) per month.",
                   "Remittances to Moldova exceeded {mdl} million USD in {Y3}."],
    "exchange-rate": ["All euro figures use the BNR reference rate ({rate} lei/EUR, 2 January {Y4}).",
                      "At the National Bank of Moldova's rate (19,{q}0 MDL/EUR) the offer is cheaper in Chișinău.",
                      "Prices are converted at 1 EUR = {rate} RON."],
    "decimal-comma": ["Growth was modest (+{pc}% față de {Y3}).", "The share of online sales rose to {pc}% in {Y4}.",
                      "Conversion on mobile was {pc}% (vs 3,{q}% on desktop)."],
    "martisor": ["{B} sold special Mărțișor packs (1 March {Y4}) in its {city} stores.",
                 "Around Mărțișor (1 martie), flower sales in Bucharest triple.",
                 "The Martisor campaign (1-8 March) targets men buying gifts."],
    "dragobete": ["Dragobete (24 February) is promoted as the Romanian Valentine's Day.",
                  "{B}'s Dragobete post (24.02.{Y4}) had twice the usual reach.",
                  "Brands now run both Valentine's Day and Dragobete offers in February."],
    "orthodox-easter": ["Orthodox Easter (Paște, 5 May 2024) fell five weeks after Western Easter.",
                        "Sales of lamb and cozonac peak in Holy Week (Săptămâna Mare, 28 April–4 May 2024).",
                        "Many Romanians in {abroad} travel home for Easter (Paşte)."],
    "national-day": ["The 1 December campaign (Ziua Națională a României) used the tricolour.",
                     "Moldova celebrates Independence Day on 27 August (since 1991).",
                     "Limba noastră (31 August) is a public holiday in the Republic of Moldova."],
    "black-friday-date": ["eMAG's Black Friday (17 November {Y4}) started at 7:00.",
                          "Black Friday {Y4} at eMAG took orders worth {lei} million lei in twelve hours.",
                          "Altex moved its Black Friday to 10.11.{Y3} to beat eMAG."],
    "christmas-calendar": ["Christmas (Crăciun, 25-26 December) and Saint Nicholas (6 December) drive December sales.",
                           "In Moldova, many families also celebrate Orthodox Christmas on 7 January.",
                           "The Christmas fair in {city} (Târgul de Crăciun, 24 Nov–26 Dec) attracts tourists."],
    "founding-year": ["{B} opened its first store in {city} in {Y}.", "Dacia (founded 1966, Mioveni) has belonged to Renault since 1999.",
                      "Banca Transilvania (est. 1993 in Cluj-Napoca) is now Romania's largest bank."],
    "car-model": ["The Dacia Spring (2021) was Romania's cheapest electric car.", "The Dacia Duster (second generation, 2017) sold well in Italy.",
                  "The Logan MCV ({Y3} model year) is popular with taxi firms."],
    "wine-vintage": ["The {wine} {Y} won a gold medal in London.", "{wine} (vintage {Y3}) sells for 120 lei.",
                     "Cricova's cellars store bottles from 1902 onwards."],
    "legal-form-bracket": ["The distributor (Dedeman SRL) operates more than 60 stores.", "The retailer (SC Altex România SRL) is based in Piatra Neamț.",
                           "The Moldovan chain (Î.M. „Linella” S.R.L.) runs over 100 supermarkets.",
                           "The producer ({B} S.A.) is listed in Bucharest."],
    "company-code": ["{B} is registered under CUI RO{cui} ({jno}).", "The firm's trade register number is {jno}.",
                     "Moldovan suppliers must show their IDNO ({idno}) on every invoice."],
    "bvb-ticker": ["Banca Transilvania shares trade on the Bucharest Stock Exchange (BVB: TLV).",
                   "Purcari is listed in Bucharest (BVB: WINE) since 2018.", "Digi's shares (BVB: DIGI) rose {pc}% in {Y3}."],
    "phone-shortcode": ["Customers can call the hotline (*2222) or the free number 0800 800 {n}.",
                        "Orange Moldova's service line (*{n}) is open 24/7.", "Balance checks cost nothing (send SOLD to {n})."],
    "swift-iban": ["Payments go to the account RO{q}9BTRL{cui} (BIC: BTRLRO22).",
                   "Moldovan transfers use maib's SWIFT code (AGRNMD2X).",
                   "Salary accounts at BCR (RNCBROBU) are free for students."],
    "award-year": ["{B}'s campaign won gold at the Effie Awards Romania ({Y3}).", "The app was named Bank of the Year (Gala Bankingului, {Y4}).",
                   "The agency took a Grand Prix at Internetics {Y3}."],
    "festival-event": ["{B} sponsored UNTOLD (Cluj-Napoca, August {Y3}).", "Electric Castle (Bonțida, {Y4}) sold 50,000 passes.",
                       "The National Wine Day (Ziua Națională a Vinului, October {Y3}) fills Chișinău's centre."],
    "sports-person": ["{B}'s advert featured {team} (born 19{q}0s).", "Simona Halep's Roland Garros win (2018) was used in a bank's campaign.",
                      "Nadia Comăneci scored the first perfect 10 (Montreal, 1976)."],
    "historical-figure": ["The bank's logo nods to Ștefan cel Mare (1457–1504).", "Mihai Eminescu (1850–1889) appears on the 500 lei note.",
                          "The campaign quoted Lucian Blaga (1895–1961) on Romanian villages."],
    "street-address": ["The flagship store is at Bulevardul Ștefan cel Mare și Sfânt 1, Chișinău (MD-2001).",
                       "The head office moved to Calea Dorobanților 2-4, sector 1, București (010573).",
                       "The new store on Strada Avram Iancu 15, {city}, opened in {Y4}."],
    "county-region": ["Sales are highest in {county} county (județul {county}).", "The North-East region (NUTS 2: RO21) has the lowest incomes.",
                      "The pilot ran in Ilfov and Cluj (codes IF and CJ)."],
    "university-name": ["The author studied at ASE (Academia de Studii Economice, founded 1913).",
                        "Babeș-Bolyai University (UBB, Cluj-Napoca) teaches marketing in three languages.",
                        "SNSPA's MBA (Bucharest, since 2009) is taught in English."],
    "professor-title": ["The interviews were arranged by prof. univ. dr. Ion Popescu, the author's supervisor.",
                        "Conf. dr. Maria Ionescu (ASE) gave feedback on the questionnaire.",
                        "Dr. ec. Natalia Ciobanu of ASEM chaired the round table in {Y3}."],
    "own-thesis": ["This report draws on the author's own master's dissertation (in progress, {Y4}).",
                   "The questionnaire was adapted from the author's licence thesis (Lucrare de licență, {Y}, unpublished).",
                   "The survey results (own research, {city}, {month} {Y4}; n = {n}) are in Appendix 2."],
    "survey-sample": ["Most respondents preferred mobile banking (n = {n}).", "The focus groups were held in {city} and Chișinău (N = {q}2).",
                      "Half the sample were women (51,{q}%)."],
    "periods": ["Revenue grew in the first half (S1 {Y4}) and slowed in T3.", "Results for 9M{Y3} were above target.",
                "The peak came in Q4 {Y3} (T4 in Romanian reports)."],
    "ro-date": ["The campaign ran from 01.03.{Y4} to 08.03.{Y4}.", "The store reopened on {d} {month} {Y4}.",
                "The app update (v. 4.{q}, 15.10.{Y3}) added instant payments."],
    "tv-rating": ["The final of Vocea României on Pro TV had a high rating (rating {q},{q} in urban areas).",
                  "The advert aired during the Romanian league derby (FCSB–Dinamo).",
                  "Prime-time audience shares are published by ARMA (Kantar Media panel)."],
    "product-spec": ["Napolact's UHT milk (1,5% fat) is the best seller.", "Ursus Cooler (0,0% alcohol) targets drivers.",
                     "Dorna (0,5 l, PET) is sold in every petrol station."],
    "telecom-plan": ["Orange's digital brand Yoxo (launched 2021) has no contract.", "Digi offers 5G (since 2019) at 6 euro a month.",
                     "Moldcell's Star plan (150 MDL) includes unlimited social media."],
    "fintech-product": ["George, BCR's app (launched in 2019), has over two million users.",
                        "BT Pay (version {q}.0) supports Apple Pay and Google Pay.",
                        "maib's MIA instant payments (since 2024) work between Moldovan banks."],
    "media-title-year": ["Moromeții (1955), the novel by Marin Preda, inspired a recent Kaufland ad.",
                         "The film 4 luni, 3 săptămâni și 2 zile (2007) won the Palme d'Or.",
                         "Zdob și Zdub's song (Eurovision, 2022) was used in a Moldcell ad."],
    "eu-milestone": ["Romania joined the EU (1 January 2007) and Schengen (air and sea, March 2024).",
                     "Moldova received EU candidate status (June 2022).", "Roaming fees in the EU ended in June 2017 (roam like at home)."],
    "tax-rate": ["VAT (TVA) was cut to 19% in 2017 and raised to 21% in 2025.", "Micro-enterprises pay 1% or 3% of turnover (impozit pe venit).",
                 "Moldova's standard VAT rate is 20%."],
    "minimum-wage": ["The minimum wage rose to 3.700 lei gross (1 January 2024).", "In Moldova the minimum wage reached 5.000 MDL in {Y4}.",
                     "Average net pay in {city} is about 4.{q}00 lei a month."],
    "handle-hashtag": ["On Facebook, eMAG answers complaints (@eMAG.ro) within an hour.", "The hashtag #MărțișorCuDorna trended for two days.",
                       "Orders can also be placed by email (comenzi@exemplu.ro) or WhatsApp (+373 {n} 000)."],
    "slogan": ["Dedeman's slogan „Dedicat planurilor tale” appears on every store.",
               "The „Noi suntem eMAG” campaign (2014) is still remembered.", "{B}'s tagline „Gustul copilăriei” targets nostalgic parents."],
    "cross-reference": ["The persona is shown in Appendix {q} (Anexa {q}).", "See Table {q} (p. {q}) for the full budget.",
                        "This is discussed further in Task 2 (b) below."],
    "standard-code": ["The plant is certified to SR EN ISO 9001:2015.", "{B}'s data centre meets ISO/IEC 27001:2022.",
                      "Food labelling follows SR {n}:{Y}."],
    "flight-route": ["Wizz Air's W6 3141 (Bucharest–Madrid) is full of Romanian workers in summer.",
                     "The Chișinău–{abroad} route (FlyOne, 5F 211) doubled in {Y3}.", "TAROM's RO 391 (Otopeni–London Heathrow) leaves at 7:10."],
    "diaspora-statistic": ["Over a million Romanians live in Italy, more than in any other EU country.",
                           "Moldova's population fell below 2.5 million (2024 census).",
                           "Around 40% of Moldovan households receive money from abroad."],
    "brand-anniversary": ["Banca Transilvania celebrated 30 years (1994–2024) with a TV campaign.",
                          "Cricova marked its 70th anniversary (1952–2022).", "Purcari celebrated 190 years (1827–2017) with a limited edition."],
}  # fmt: skip
