"""The blind144 pool's prose, HELD OUT: marketers in francophone West Africa and its diaspora writing in English.

A hundred-and-forty-fourth independent pool, written without reading the checker (marker/checks), its tests or any
other pool: how candidates in Dakar, Thiès, Saint-Louis, Abidjan, Bouaké, Yamoussoukro, Bamako, Sikasso,
Ouagadougou, Bobo-Dioulasso, Conakry, Lomé and Cotonou, and in Paris, Lyon, Brussels, Montréal and New York, write
CIM Level 6 and 7 reports and MBA assignments in English about banks and microfinance (Ecobank, SGBCI, Coris Bank,
Wave), telecoms and mobile money (Orange Money, MTN MoMo, Moov Africa, Free Sénégal), cocoa, cashew, cotton and shea
exporters, brewers and bottlers (Solibra, Brakina), supermarkets, airlines (Air Côte d'Ivoire, Air Sénégal), media
houses and agencies. Their English carries French habits ("{N} underlines that", "It emerges from {N} that", "cf."
in the bracket, a space before the colon), their quotation marks are French guillemets as often as English ones,
and their text is full of brackets and numbers that are no citations: laws numbered "Loi n° 2013-450 du 19 juin
2013", décrets, arrêtés and OHADA's Uniform Acts, BCEAO instructions and UEMOA regulations, FCFA and XOF amounts
written with spaces, Tabaski, Korité, the Magal de Touba and Hijri dates, independence days and FESPACO, USSD codes,
RCCM, NINEA and IFU numbers, BRVM tickers, cocoa and cashew campaigns, flights, beer bottles in centilitres,
censuses and surveys, national plans, radio frequencies, TV series, awards, fairs, districts, post-office boxes and
people with their years who are not authors.

HELD OUT: never tune on it; report its tables, never its misses.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Orange Money", "Wave", "MTN MoMo", "Moov Africa", "Free Sénégal", "Ecobank", "SGBCI", "Coris Bank International",
          "Orabank", "Baobab", "Solibra", "Brakina", "SOBOA", "Air Côte d'Ivoire", "Air Sénégal", "Prosuma", "Auchan Sénégal",
          "Carrefour Playce", "Jumia", "Kirène", "Laiterie du Berger", "Patisen", "SIFCA", "Saf-Cacao", "Canal+ Afrique",
          "Djamo", "Wizall Money", "Sonatel", "Banque Atlantique", "NSIA Banque", "Yango", "Orange Côte d'Ivoire"]  # fmt: skip

_CITIES = ["Dakar", "Thiès", "Saint-Louis", "Abidjan", "Bouaké", "Yamoussoukro", "Bamako", "Sikasso", "Ouagadougou",
           "Bobo-Dioulasso", "Conakry", "Lomé", "Cotonou", "Touba", "Korhogo", "San-Pédro", "Kaolack", "Ziguinchor"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the common ones."""
    year = rng.randint(2016, 2025)
    return {
        "city": rng.choice(_CITIES), "dia": rng.choice(["Paris", "Lyon", "Brussels", "Montréal", "New York", "Milan", "Madrid"]),
        "op": rng.choice(["Orange Money", "Wave", "MTN MoMo", "Moov Money", "Free Money", "Wizall"]),
        "telco": rng.choice(["Orange", "MTN", "Moov Africa", "Free", "Expresso", "Telecel Faso"]),
        "bank": rng.choice(["Ecobank", "SGBCI", "Coris Bank", "Orabank", "BOA", "Banque Atlantique", "NSIA Banque", "SIB"]),
        "crop": rng.choice(["cocoa", "cashew", "cotton", "shea", "coffee", "rubber"]),
        "fest": rng.choice(["Tabaski", "Korité", "the Magal de Touba", "Ramadan", "Christmas", "the Maouloud", "Tamkharit"]),
        "reg": rng.choice(["ARTP", "ARTCI", "ARCEP", "BCEAO", "the CDP", "the UEMOA Commission"]),
        "treg": rng.choice(["ARTP", "ARTCI", "ARCEP Burkina", "ARCEP Bénin", "ARCEP Togo"]),
        "Y3": str(year), "Y4": str(year + 1),
        "mo": rng.choice(["January", "February", "March", "April", "June", "July", "September", "October", "November", "December"]),
        "pc": str(rng.randint(3, 87)), "fcfa": rng.choice(["500", "1 000", "2 500", "5 000", "10 000", "25 000", "50 000", "150 000"]),
        "bn": str(rng.randint(2, 95)), "hijri": str(rng.randint(1440, 1447)),
        "tel": rng.choice(["+221 77 412 38 09", "+225 07 08 45 12 33", "+226 70 21 44 56", "+223 76 54 32 10", "+228 90 11 22 33"]),
        "beer": rng.choice(["Flag", "Bock", "Ivoire", "Castel", "Brakina", "Gazelle", "33 Export", "Beaufort", "Guinness"]),
        "dist": rng.choice(["Plateau", "Cocody", "Yopougon", "Treichville", "Almadies", "Médina", "Ouakam", "Ouaga 2000",
                            "Hamdallaye", "Kaloum", "Bè", "Cadjèhoun", "Riviera 3", "Marcory"]),
        "nm": rng.choice(["Mme Koné", "M. Diop", "Mme Ouédraogo", "M. N'Guessan", "Mme Ndiaye", "M. Traoré", "Mme Kaboré",
                          "M. Hounkpatin", "Mme Sow", "M. Kouassi"]),
        "kg": rng.choice(["825", "1 000", "1 500", "1 800", "2 200", "275", "315", "425"]),
    }  # fmt: skip


CLAIMS = [
    "mobile money has done more for financial inclusion in the UEMOA than bank branches ever did",
    "{A} in {city} compare transfer fees before they switch provider",
    "the price cuts made by {op} forced every rival to rethink its fee grid",
    "radio is still the most trusted medium outside the capital cities",
    "advertising in Wolof, Dioula or Bambara earns more trust than advertising in French",
    "Tabaski and Korité account for a large share of annual retail sales",
    "{B} depends on its network of street agents more than on its own shops",
    "customers in the diaspora want to send money home at little or no cost",
    "loyalty to a bank rests on personal relationships more than on its app",
    "{T} only works when it speaks to local values such as teranga",
    "shea cooperatives earn more when they sell under their own brand",
    "consumers judge the price of a bottle of {beer} against the price of a bag of rice",
    "WhatsApp groups spread word of mouth faster than any paid channel",
    "{crop} exporters rarely market their products to consumers at home",
    "network quality shapes subscriber loyalty more than tariffs do",
    "fees matter more to {A} than the brand behind the service",
    "{A} trust a recommendation from a relative more than any advertisement",
    "sponsoring the Africa Cup of Nations lifts awareness for a season rather than for years",
    "religious calendars shape spending far more than the Western retail calendar",
    "small neighbourhood shops still sell most consumer goods outside Abidjan and Dakar",
    "{B} could {bs} to win over {A}",
    "trust in electronic money falls quickly after a single failed transfer",
    "airlines in the region compete on punctuality and baggage more than on price",
    "young urban consumers see local brands as modern when they are well packaged",
    "{T} raises {R} among {A} when it is adapted to the local market",
]  # fmt: skip

OPENERS = ["In Dakar", "In the UEMOA context", "For {B}", "Across francophone West Africa", "Outside the capital cities",
           "During {fest}", "Since the 1994 devaluation", "In {city}", "From a diaspora perspective", "Moreover",
           "In the case of {op}", "That said", "More broadly", "In practice", "Concretely", "In the same vein",
           "On the Ivorian market", "For the Burkinabè consumer", "As far as {bank} is concerned", "Nevertheless"]  # fmt: skip

NARRATIVE_START = [
    "{N} underlines that {C}.",
    "{N} shows that {C}, which is very relevant for {B}.",
    "{N} argues that {C}.",
    "{N} found that {C} in a survey of {n} customers in {city}.",
    "{N} puts in evidence that {C}.",
    "{N} explains that {C}; this is also the experience of {B}.",
    "{N} specifies that {C}.",
    "{N} insists on the fact that {C}.",
    "{N} observed that {C}, especially during {fest}.",
    "{N} concluded that {C} and that {C2}.",
    "{N} noted that, since the arrival of {op}, {C}.",
    "{N} recommend that managers check whether {C}.",
    "{N} demonstrate that {C}.",
    "{N} estimate that {C}, although the study is limited to {city}.",
    "{N} confirmed that {C} among {A}.",
    "{N} evokes the idea that {C}.",
    "{N} highlighted that, in the UEMOA zone, {C}.",
    "{N} reminds us that {C}.",
    "{N} studied {n} small firms in {city} and found that {C}.",
    "{N} is clear: {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.",
    "It emerges from {N} that {C}.",
    "As {N} underline it, {C}.",
    "In the same vein, {N} found that {C}.",
    "{O}, {N} showed that {C}.",
    "{C}, as {N} pointed out.",
    "This is in line with {N}, for whom {C}.",
    "{B} illustrates the point made by {N} that {C}.",
    "Following {N}, one can say that {C}.",
    "For {N}, {C}.",
    "{C}; {N} reached the same conclusion in {city}.",
    "A study carried out in {city} by {N} revealed that {C}.",
    "{C}, which confirms the findings of {N}.",
    "Contrary to what {N} suggested, {C}.",
    "The results of {N} show that, for {A}, {C}.",
    "As noted by {N}, {C}, and {B} is a good example.",
    "If we refer to {N}, {C}.",
    "{O}, the work of {N} indicates that {C}.",
    "On this point, {N} observed that {C}.",
    "Data published by {N} show that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study shows that {C}.",
    "{O}, {N} model explains why {C}.",
    "According to {N} survey, {C}.",
    "{N} analysis of the {crop} sector suggests that {C}.",
    "{B} could use {N} framework, since {C}.",
    "{N} conclusions are important here because {C}.",
    "This joins {N} argument that {C}.",
    "{N} report on {city} shows that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "It is well known that {C} {P}.",
    "For {B}, this matters because {C} {P}.",
    "Several authors agree that {C} {P:cf.}.",
    "{C}, notably in {city} {P}.",
    "Studies in the region show that {C} {P:see}.",
    "{C}, in particular among {A} {P}.",
    "This is explained by the fact that {C} {P}.",
    "In the UEMOA, {C} {P:e.g.}.",
    "{C} (see Figure {q}) {P}.",
    "Indeed, {C} {P}.",
    "{B} is no exception: {C} {P}.",
    "The literature is clear that {C} {P:see also}.",
    "{C}, which explains the success of {op} {P}.",
    "To sum up, {C} {P}.",
    "{C}. {P}",
    "Mobile money accounts now outnumber bank accounts in most UEMOA countries {P}.",
    "Outside {city}, {C} {P}.",
    "During {fest}, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{C} {P}, but {C2}.",
    "While {C} {P}, {C2}.",
    "{C} {P}; however, {C2}.",
    "Although {C} {P}, it is also true that {C2}.",
    "{C} {P} – consequently, {C2}.",
    "{C} {P:cf.}, whereas {C2}.",
    "Given that {C} {P}, {B} should make sure that {C2}.",
    "Some authors {P:e.g.} consider that {C}.",
    "{C} {P}: in other words, {C2}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "{N} affirms: {Q}.",
    "As {N} writes, {Q}.",
    "One author sums it up: {Q} {P}.",
    "{B} seems to share the view that {Q} {P}.",
    "In other words, {Q} {P}.",
    "{N} is categorical: {Q}.",
    "The point is made clearly: {Q} {P}, and {B} should take note.",
]  # fmt: skip
PLAIN = [
    "{B} has around {n} agents in {city} and its suburbs.",
    "The analysis below uses the 7Ps and a PESTEL of the Ivorian market.",
    "{O}, {C}.",
    "Fees are paid in FCFA, and most customers top up in cash at a kiosk.",
    "The brand's Facebook page has more followers than its website has visitors.",
    "The recommendations are costed and phased over eighteen months.",
    "{B}'s marketing team is based in {city}, with a small office in {dia}.",
    "A SWOT analysis is given in the appendix.",
    "Interviews were held in French and in Wolof, then translated into English.",
    "The competitive landscape is dominated by three operators.",
    "Most of the budget goes to radio, billboards and Facebook.",
    "{B} sells through supermarkets, kiosks and thousands of small boutiques.",
]  # fmt: skip

SCARE_QUOTES = ["‘teranga’", "« système D »", "‘débrouillardise’", "“tontine”", "‘ndawtal’", "‘nouchi’", "« consommons local »",
                "‘coupé-décalé’", "‘boutiquier’", "“Made in Côte d'Ivoire”", "‘brouteurs’", "« Sénégal émergent »",
                "'xessal'", "‘woyofal’", "“cash is king”", "« maquis »"]  # fmt: skip
SCARE_FRAMES = [
    "{B} builds its whole brand on {Q} {P}.",
    "So-called {Q} shapes how small traders sell {P}.",
    "Marketers in {city} talk about {Q} as a selling point {P}.",
    "The idea of {Q} is often used loosely in advertising {P}.",
    "{N} describes {Q} as part of everyday consumption.",
    "Campaigns that play on {Q} reach {A} well {P}.",
    "Critics see {Q} as a risk for brands such as {B} {P}.",
]  # fmt: skip
SUBJECT_LINES = ["« Tabaski : 0 frais sur vos transferts jusqu'au {d} {mo} »", "‘Votre crédit est bas – rechargez maintenant’",
                 "“Bonne fête de l'Indépendance ! -20 % sur tout”", "‘Jërëjëf pour votre fidélité’",
                 "« Korité Mubarak : 1 Go offert »", "‘Your transfer to {city} is on its way’",
                 "“Dernière chance : bonus de 100 % ce week-end”", "‘Nouveau : payez vos factures avec {op}’",
                 "« Votre colis Jumia est arrivé »", "‘Fly to {dia} from {fcfa} FCFA’"]  # fmt: skip
SUBJECT_FRAMES = [
    "An SMS headed {Q} doubled top-ups {P}.",
    "{B} sent the message {Q} to all its subscribers {P}.",
    "Short messages such as {Q} work well with {A} {P}.",
    "The push notification {Q} had the best open rate {P}.",
    "A subject line like {Q} creates urgency {P}.",
    "{N} cites the SMS {Q} as a typical promotion.",
]  # fmt: skip

NOT_CITATIONS = {
    "loi-numero": [
        "Personal data in Côte d'Ivoire are protected by Loi n° 2013-450 du 19 juin 2013.",
        "In Senegal the CDP applies the data protection law (Loi n° 2008-12 of 25 January 2008).",
        "Price displays are regulated by the consumer law (Loi n° 2016-412 du 15 juin 2016).",
        "Benin's digital code (Loi n° 2017-20) covers electronic marketing.",
    ],
    "decret-arrete": [
        "The law is applied through a decree (Décret n° 2008-721 du 30 juin 2008).",
        "Microfinance institutions are supervised under a ministerial order (Arrêté n° 511/MEF/DGTCP of 2014).",
        "Opening hours during {fest} are set by prefectoral order (arrêté préfectoral, {Y3}).",
    ],
    "ohada-uniform-act": [
        "{B} is registered as an SA under OHADA's Uniform Act on commercial companies (revised in 2014).",
        "Cooperatives follow the OHADA Uniform Act on cooperative societies (known as the AUSCOOP, in force since 2011).",
        "The firm changed from a SARL to an SAS, as allowed since the 2014 reform (AUSCGIE, art. 853-1).",
    ],
    "bceao-instruction": [
        "E-money issuers must follow the central bank's rules (Instruction n° 008-05-2015 of the BCEAO).",
        "Agents may only handle cash under the BCEAO framework (Instruction n° 001-01-2024).",
        "The interest rate ceiling for microfinance is set by the BCEAO (usury rate: 24 %).",
    ],
    "uemoa-regulation": [
        "Payment systems across the eight member states follow Règlement n° 15/2002/CM/UEMOA.",
        "Competition rules are common to the union (Règlements n° 02 and 03/2002/CM/UEMOA).",
        "The common external tariff (TEC UEMOA, 2000) protects local brewers only a little.",
    ],
    "regulator-decision": [
        "{treg} fined one operator for poor service quality (Décision n° {Y3}-0{n} of {treg}).",
        "Number portability was introduced in Côte d'Ivoire by regulator decision (ARTCI, décision n° 2018-0413).",
        "The regulator capped on-net tariffs last year ({treg} decision of {d} {mo} {Y3}).",
    ],
    "fcfa-amount": [
        "A transfer of 10 000 FCFA costs 100 FCFA with Wave (1 %).",
        "A 65 cl bottle of {beer} sells for about 700 FCFA in a maquis.",
        "The monthly data bundle costs 5 000 FCFA (about 8 euros).",
        "Average spending per household during {fest} reached {fcfa} FCFA ({Y3} estimate).",
    ],
    "xof-code": [
        "All prices in this report are in XOF (ISO 4217 code 952).",
        "The franc CFA (XOF) is shared by eight countries, while Cameroon uses the XAF.",
        "Revenue reached {bn} billion XOF (approx. {n} million euros).",
    ],
    "currency-peg": [
        "The CFA franc is pegged to the euro (1 EUR = 655.957 FCFA).",
        "The peg has held since the euro was launched (1 January 1999).",
        "The reform announced in Abidjan (21 December 2019) plans to rename the currency the eco.",
    ],
    "devaluation": [
        "Imported goods doubled in price after the devaluation (January 1994).",
        "Older consumers still remember the devaluation of the CFA franc (50 %, 1994).",
    ],
    "festival-year": [
        "Sales of sheep, clothes and airtime peak just before Tabaski ({Y3}).",
        "Operators give extra data for the festival (Tabaski {Y3}).",
        "{B}'s campaign ran for three weeks (Korité {Y3}).",
        "Supermarkets extend their hours for the end of the year (Christmas and Saint-Sylvestre {Y3}).",
    ],
    "hijri-date": [
        "Millions travel to Touba for the Grand Magal (18 Safar {hijri}).",
        "The fasting month ended late in the spring (Ramadan {hijri} AH).",
        "Tamkharit is celebrated on the tenth day of the new year (10 Muharram {hijri}).",
    ],
    "independence-day": [
        "The Fête de l'Indépendance (7 August) is a key date for Ivorian retailers.",
        "Senegal's national day (4 April) is marked by a parade and by brand promotions.",
        "Burkina Faso celebrates two dates (5 August and 11 December).",
        "Mali's independence day (22 September {Y3}) fell on a weekend.",
    ],
    "fespaco-event": [
        "FESPACO ({Y3} edition) brings film-makers and sponsors to Ouagadougou.",
        "The Festival des Musiques Urbaines d'Anoumabo (FEMUA {Y3}) is sponsored by several telecom brands.",
        "The Saint-Louis Jazz Festival (May {Y3}) attracts tourists from Europe.",
    ],
    "sport-tournament": [
        "Ivorian brands spent heavily around the Africa Cup of Nations (CAN 2023, played in early 2024).",
        "Wrestling (lutte sénégalaise) draws huge TV audiences (season {Y3}–{Y4}).",
        "The national team's kit sponsor changed after the World Cup (Qatar 2022).",
    ],
    "historical-figure": [
        "Félix Houphouët-Boigny (1905–1993) is still an image used in Ivorian advertising.",
        "Léopold Sédar Senghor (1906–2001) gave his name to Dakar's airport until 2017.",
        "Thomas Sankara (1949–1987) promoted the wearing of Faso Dan Fani cloth.",
        "Modibo Keïta (1915–1977) is commemorated in street names across Bamako.",
    ],
    "religious-figure": [
        "The Mouride brotherhood was founded by Cheikh Ahmadou Bamba (1853–1927).",
        "Posters of Serigne Touba (Cheikh Ahmadou Bamba, d. 1927) hang in many Dakar shops.",
        "El Hadji Malick Sy (1855–1922) is honoured each year at the Gamou of Tivaouane.",
    ],
    "university-eponym": [
        "Université Cheikh Anta Diop (UCAD, founded 1957) trains many of Dakar's marketers.",
        "Students at the Université Félix Houphouët-Boigny (Cocody campus) were surveyed.",
        "The Université Joseph Ki-Zerbo (formerly Université de Ouagadougou, renamed 2015) hosted the focus groups.",
    ],
    "respondent-code": [
        "One Orange Money agent in {city} (Respondent {q}, female, {n} years old) said that fees were the main issue.",
        "A shopkeeper in {dist} (R{q}, interview of {d} {mo} {Y3}) explained how she buys on credit.",
        "The marketing manager of {B} ({nm}, interview in {city}) confirmed the figures.",
    ],
    "sample-size": [
        "Most respondents used two SIM cards (n = {n}).",
        "The questionnaire was given to shoppers in {city} (n = {n}, {Y3}).",
        "Three focus groups were held (FG1–FG3, {city} and {dia}).",
    ],
    "ussd-code": [
        "Customers dial #144# (Orange Money) or *133# (MTN MoMo) to check their balance.",
        "The short code (*880#) lets farmers check the {crop} price.",
        "Subscribers can activate the bundle by dialling #{n}#.",
    ],
    "phone-number": [
        "The customer service line ({tel}) is open every day until 10 pm.",
        "Agents can reach the hotline on WhatsApp ({tel}).",
    ],
    "rccm-registration": [
        "The company is registered in Abidjan (RCCM CI-ABJ-2016-B-19273).",
        "Its registration number appears on every invoice (RCCM SN-DKR-{Y3}-B-{n}).",
        "The cooperative's documents list its number (RCCM BF-OUA-2019-C-{n}).",
    ],
    "tax-id": [
        "Every supplier must show its tax number (NINEA 006123456 2G3).",
        "The SARL's Burkinabè tax identifier (IFU 00045612X) is on the contract.",
        "Ivorian firms quote a taxpayer number (NCC 1523456 A).",
    ],
    "capital-social": [
        "{B} is an SA with a share capital of {bn} billion FCFA (capital social, {Y3}).",
        "The start-up was set up as a SARL (capital: 1 000 000 FCFA).",
        "The GIE brings together {n} women processors (GIE Takku Liggeey, Thiès).",
    ],
    "brvm-ticker": [
        "Sonatel is the largest company on the regional exchange (BRVM: SNTS).",
        "Orange Côte d'Ivoire listed its shares in {mo} 2022 (BRVM: ORAC).",
        "SGBCI shares rose last year (SGBC, +{pc} % in {Y3}).",
    ],
    "brvm-index": [
        "The regional index gained ground over the year (BRVM Composite, +{pc} % in {Y3}).",
        "Bank shares led the market (BRVM-30, December {Y3}).",
    ],
    "tariff-grid": [
        "Sending {fcfa} FCFA costs 1 % of the amount (grille tarifaire {Y3}).",
        "Withdrawals are free below a threshold (tariff grid, {mo} {Y3}).",
        "The operator published new prices (tarifs en vigueur au 1er {mo} {Y3}).",
    ],
    "flight-code": [
        "Air Sénégal's daily flight to Paris (HC 403) leaves Blaise Diagne airport at night.",
        "Air Côte d'Ivoire serves Bamako twice a day (HF 520 and HF 526).",
        "The new route to {dia} (launched {mo} {Y3}) was promoted on Facebook.",
    ],
    "airport-code": [
        "Most passengers travel from Abidjan (ABJ) to Dakar (DSS) for business.",
        "Flights to Ouagadougou (OUA) and Bamako (BKO) are often full during {fest}.",
    ],
    "device-model": [
        "Most agents use a Tecno Spark 10 (2023) or an itel A70.",
        "The app is tested on entry-level phones (Android Go, 2 GB RAM).",
        "Feature phones such as the Nokia 105 (2019 model) are still common in rural areas.",
    ],
    "beer-bottle": [
        "Solibra sells its beers in large bottles (Bock and Flag, 65 cl).",
        "Brakina launched a smaller format for students (33 cl, 400 FCFA).",
        "The returnable bottle deposit rose last year (consigne: 100 FCFA).",
    ],
    "crop-campaign": [
        "The farm-gate price of cocoa was set at {kg} FCFA/kg (campagne principale {Y3}-{Y4}).",
        "Cashew exports reached a record level (campagne {Y3}).",
        "The cotton season was poor in the west of the country ({Y3}/{Y4} season).",
        "Shea nuts are collected during the rainy season (June–September).",
    ],
    "award-prize": [
        "The campaign won a prize at the national advertising awards (Prix Ebony {Y3}).",
        "{B} was named best employer in the sector (Top Employer Africa {Y3}).",
        "A young entrepreneur from {city} won the Orange prize for social entrepreneurs (POESAM {Y3}).",
    ],
    "trade-fair": [
        "The agricultural fair (SARA {Y3}) in Abidjan attracted many exporters.",
        "Artisans from twenty countries took part in the crafts fair (SIAO, Ouagadougou, {Y3}).",
        "{B} had a stand at the Dakar international fair (FIDAK, 31st edition).",
    ],
    "place-district": [
        "Orange opened flagship shops in Plateau (Abidjan) and in Almadies (Dakar).",
        "The test was run in two districts ({dist} and Yopougon).",
        "Rents are highest in Cocody (Riviera 3) and in Ouaga 2000.",
    ],
    "postal-box": [
        "Letters should be sent to the head office (01 BP 1234 Abidjan 01).",
        "The cooperative's address is a post-office box (BP 2207, Bobo-Dioulasso).",
    ],
    "company-founded": [
        "Ecobank (founded in Lomé in 1985) now operates in more than thirty countries.",
        "Wave (launched in Senegal in 2018) grew by cutting fees to 1 %.",
        "Orange Money (introduced in Côte d'Ivoire in 2008) was the first large mobile money service in the region.",
        "Solibra (created in 1955) brews under licence for Heineken.",
    ],
    "french-date": [
        "The decree was signed on 19/06/2013 and published in the Journal officiel.",
        "The offer was valid until the end of the month (jusqu'au 28/{q}/{Y3}).",
        "The launch took place in Dakar (le {d} {mo} {Y3}).",
    ],
    "school-calendar": [
        "Back-to-school spending rises sharply (rentrée scolaire, October {Y3}).",
        "BEPC and BAC results (July {Y3}) are a moment for congratulation offers.",
        "The school year was shortened by strikes (année scolaire {Y3}-{Y4}).",
    ],
    "census-survey": [
        "Senegal held its fifth census in 2023 (RGPH-5), the first carried out on tablets.",
        "Enumerators of the harmonised household survey (EHCVM, second round in 2021) visited every region.",
        "The Ivorian census (RGPH 2021) was organised by the INS with support from the UNFPA.",
    ],
    "national-plan": [
        "The government's strategy (Plan Sénégal Émergent, 2014–2035) favours digital services.",
        "Côte d'Ivoire's development plan (PND 2021–2025) targets agro-processing.",
        "The digital strategy (Sénégal Numérique 2025) aims to make payments cashless.",
    ],
    "radio-frequency": [
        "{B} advertises on RFM (94.0 FM in Dakar) and on Zik FM.",
        "Rural listeners prefer community radios (Radio Jekafo, 97.2 FM).",
        "The spot ran on Radio Nostalgie Abidjan (100.1 FM) every morning.",
    ],
    "tv-series": [
        "The series Maîtresse d'un homme marié (Marodi TV, 2019–2021) carried heavy product placement.",
        "Ivorian sitcoms such as Ma famille (RTI, 2002–2007) are still quoted by consumers.",
        "Brands advertise around the evening news (RTS 1, 8 pm).",
    ],
    "music-artist": [
        "Youssou N'Dour (born 1959) owns the Groupe Futurs Médias.",
        "Magic System's hit ‘Premier Gaou’ (1999) is still used in advertisements.",
        "The campaign featured the singer Josey (Abidjan, {Y3}).",
    ],
    "sport-star": [
        "Didier Drogba (born 1978) has been the face of several Ivorian brands.",
        "Sadio Mané (Ballon d'Or runner-up, 2022) is hugely popular with young Senegalese.",
    ],
    "order-reference": [
        "Complaints must quote the transaction reference (réf. OM{Y3}0{n}).",
        "The invoice (facture n° {Y3}/{n}) was paid by mobile money.",
    ],
    "handle-hashtag": [
        "The brand replies to customers on X (@OrangeSenegal).",
        "The hashtag #Tabaski{Y3} trended for two days in Senegal.",
        "Customers tagged the bank (@EcobankCI) to complain about the app.",
    ],
    "web-address": [
        "Customers can open an account online (www.wave.com/fr).",
        "Prices are published on the operator's site (www.orange.ci).",
    ],
    "percent-french": [
        "Smartphone penetration keeps rising (+{pc} % in {Y3}).",
        "Market share fell slightly over the year ({pc} % in {Y3}, down from the year before).",
        "Almost half of adults now hold a mobile money account ({pc} %).",
    ],
    "quarter-french": [
        "Subscriptions rose in the third quarter (T3 {Y3}).",
        "The regulator's dashboard covers the first half of the year (S1 {Y3}).",
    ],
    "exchange-rate": [
        "Diaspora transfers are worth more when the dollar is strong (1 USD ≈ 600 FCFA in {Y3}).",
        "Tickets are priced in euros for the diaspora (1 EUR = 655.957 FCFA).",
    ],
    "legal-form-gloss": [
        "Many processors work as a GIE (groupement d'intérêt économique).",
        "The women's cooperative is a SCOOPS (société coopérative simplifiée).",
        "A SARL (société à responsabilité limitée) needs only one partner under OHADA law.",
    ],
    "season-calendar": [
        "Sales of drinks rise in the dry season (November–May).",
        "The lean period before the harvest (soudure, June–August) squeezes rural budgets.",
        "Road transport is difficult during the rainy season (hivernage, July–October).",
    ],
    "table-annex": [
        "The results are given in the appendix (Annexe 2, Tableau {q}).",
        "See the questionnaire in French (Appendix {q}) for the exact wording.",
        "The perceptual map (Figure {q}) compares the five banks.",
    ],
    "price-per-unit": [
        "A sachet of bouillon costs very little (250 FCFA for ten cubes).",
        "Shea butter sells at a premium abroad (5 kg pack, 60 euros).",
        "Rice is sold by the kilo in small shops (25 kg bag, {fcfa} FCFA).",
    ],
    "license-approval": [
        "{op} operates as an e-money issuer (agrément BCEAO, {Y3}).",
        "The microfinance institution is licensed by the ministry (agrément n° {Y3}-{n}).",
    ],
    "ceremony-contribution": [
        "Guests give cash at baptisms and weddings (ndawtal, about {fcfa} FCFA each).",
        "Women save through rotating groups (tontine of {q}0 members, {fcfa} FCFA a week).",
    ],
}  # fmt: skip
