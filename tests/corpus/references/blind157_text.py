"""The blind157 pool's prose (HELD OUT): marketers in Italy and its diaspora writing CIM reports in English.

A hundred-and-fifty-seventh independent pool, written without reading the checker, its tests or any other pool,
from how marketers in Milano, Roma, Torino, Napoli, Bologna, Firenze, Venezia, Bari, Palermo and Verona, and
Italians in London, New York, Buenos Aires, Munich and Zurich, write CIM Level 6 and 7 reports and MBA
assignments: at banks and fintechs, telecoms, fashion and luxury houses, food and drink makers, retailers and
cooperatives, carmakers, airlines and rail, media and agencies. Their sentences name laws by date and number
("Decreto legislativo 30 giugno 2003, n. 196", "D.Lgs. 196/2003"), regulators by acronym (AGCOM, AGCM, the
Garante), euros with decimal commas, founding years, fairs and festivals (Salone del Mobile, Vinitaly, Sanremo),
the saldi and Ferragosto, models, tickers and codes, none of which is a citation.

HELD OUT: nobody tunes the checker on this pool until its first tables have been read; report its tables, never
its misses. Placeholders are the builder's ({N}, {P}, {Q}, {C}, {B}, {A}, {O}...) and those values() fills.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Intesa Sanpaolo", "UniCredit", "Banco BPM", "Mediobanca", "Fineco", "Satispay", "Nexi", "TIM",
          "Vodafone Italia", "WindTre", "Iliad Italia", "Fastweb", "Gucci", "Prada", "Armani", "Ferragamo", "Moncler",
          "Luxottica", "Benetton", "Barilla", "Ferrero", "Lavazza", "illy", "Campari", "Peroni", "San Pellegrino",
          "Mutti", "Esselunga", "Coop", "Conad", "Eataly", "Ferrari", "Fiat", "Lamborghini", "Ducati", "Piaggio",
          "ITA Airways", "Trenitalia", "Italo", "RAI", "Mediaset", "Corriere della Sera", "Il Sole 24 Ore",
          "Dolce&Gabbana", "Bottega Veneta", "Kiko Milano", "Poste Italiane", "Autogrill", "OVS", "Calzedonia"]  # fmt: skip

NARRATIVE_START = [
    "{N} argue that {C}.", "{N} found that {C}, although their sample was drawn only from northern Italy.",
    "{N} demonstrates that {C}.", "{N} underline that {C}, which is very relevant for {B}.",
    "{N} observed that {C} in the Italian market.", "{N} suggests that {C}; this is confirmed by {B}'s own data.",
    "{N} pointed out that {C}.", "{N} highlights how {C}.", "{N} claims that {C}, especially among {A}.",
    "{N} shows that {C} – a point {B} should take seriously.", "{N} concluded that {C}.",
    "{N} explain that {C} (for instance through {T}).", "{N} stressed that, since the {Y} crisis, {C}.",
    "{N} defines {T} as a way to reach {A} and shows that {C}.", "{N} questions whether {C}.",
    "{N} also reports that {C} in Milano and Roma more than in the South.", "{N} agree that {C}.",
    "{N} describe how {C}, with examples from {B}.", "{N} remind us that {C}.",
    "{N} went further, arguing that {C} and that {C2}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In their study of Italian retailers, {N} found that {C}.", "{O}, {N} argue that {C}.",
    "This is in line with {N}, who found that {C}.", "{C}, which confirms the findings of {N}.",
    "{C} – a view shared by {N}.", "As underlined by {N}, {C}.", "{B} is a clear example: {N} showed that {C}.",
    "Research by {N} suggests that {C}.", "According to {N}, {C}.", "A survey by {N} found that {C}.",
    "{C}, as {N} observed in their analysis of {T}.", "Following {N}, it can be argued that {C}.",
    "Both {B} and its competitors invest in {T}, and {N} found that {C}.",
    "{C}; however, {N} found the opposite for {A}.", "When {B} launched its new app it seemed to follow {N}: {C}.",
    "Evidence from {N} indicates that, for {A}, {C}.", "Data published by {N} show that {C}.",
    "As {N} put it, {C}.", "{C}, according to {N}.", "In the words of {N}, {C}.",
    "Unlike {B}, which relies on {T}, the firms studied by {N} found that {C}.",
    "Looking at the Italian case, {N} noted that {C}.", "For the Italian diaspora in {CITY_ABROAD}, {N} found that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study shows that {C}.", "Applying {N} framework, it is clear that {C}.", "{O}, {N} report concluded that {C}.",
    "{B} could apply {N} model, since {C}.", "According to {N} survey, {C}.", "{N} findings are useful here because {C}.",
    "{N} analysis of {T} suggests that {C}.", "{N} data confirm that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "It is widely recognised that {C} {P}.", "In Italy, {C} {P}.",
    "Several studies confirm that {C} {P:see}.", "{C}, particularly in the North {P}.", "{C}, e.g. at {B} {P}.",
    "This matters because {C} {P}.", "Recent data show that {C} {P}.", "{B} is no exception: {C} {P}.",
    "For {A}, {C} {P}.", "{C} (especially during the saldi) {P}.", "It has been observed that {C} {P:cf.}.",
    "{C}, as in the case of {B} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, although {C2}.", "{C} {P}; nevertheless, {C2}.", "{C} {P}, while {C2}.",
    "{O}, {C} {P}, so {C2}.", "While {C} {P}, {C2}.", "{C} {P}, whereas for {B} {C2}.",
]  # fmt: skip
CLAIMS = [
    "{B} could use {T} to win over {A}", "{T} increases {R} among {A}", "{A} expect brands to explain where products are made",
    "the Made in Italy label justifies a price premium abroad", "family-owned brands enjoy more trust than listed ones",
    "{T} works best when it is linked to {R}", "small Italian firms gain more from {T} than large groups",
    "{T} lowers the cost of reaching {A}", "{B} depends on {T} more than its rivals do", "{A} reward {T} with {R}",
    "the return on {T} falls as budgets grow", "price promotions during the saldi erode brand equity",
    "Italian consumers are among the most loyal to their grocery chain in Europe",
    "cash is still used for most small payments in southern Italy", "heritage is the main asset of Italian luxury houses",
    "influencers are trusted more than advertising by {A}", "cooperatives compete on values as much as on price",
    "{B} has protected its {R} by avoiding deep discounts", "{A} switch mobile operator mainly because of price",
    "digital banking is now the norm for {A}", "regional pride shapes food choices more than national brands do",
    "{T} raises {R} for {B}", "sustainability claims must be proven to avoid sanctions by the AGCM",
    "television still reaches more Italians than any social platform",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "Similarly", "At the same time", "By contrast", "In the case of {B}",
           "More recently", "Even so", "In the Italian market", "On the other hand", "Moreover", "In addition",
           "Furthermore", "After the pandemic", "In {CITY}"]  # fmt: skip
PLAIN = [
    "{B} sells through its own stores, its website and its app.", "The campaign ran for six weeks on TV, radio and Instagram.",
    "{B} has a strong presence in {CITY} and in the rest of the North.", "{O}, {C}.",
    "The brand's owned channels matter more than its paid ones.", "This section analyses the macro environment using PESTLE.",
    "The recommendations below are addressed to the marketing director of {B}.",
    "Table 2 compares {B} with its two main competitors.", "The next section looks at the customer journey.",
    "I work in the marketing team of {B} in {CITY}, so the examples below come from my own experience.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one author puts it, {Q} {P}.", "In other words, {Q} {P}.", "{O}, {Q} {P}.",
    "The point is summed up well: {Q} {P}.", "{N} writes that {Q}.", "{Q} {P}, and {B} has not yet acted on this.",
    "According to {N}, {Q}.", "{Q} {P}; the evidence from Italy agrees.",
]  # fmt: skip
SCARE_QUOTES = ["“Made in Italy”", "‘dolce vita’", "“quiet luxury”", "«fare sistema»", "“omnichannel”",
                "‘km zero’", "“la bella figura”", "\"phygital\"", "“Italian sounding”", "‘sprezzatura’",
                "«saldi»", "“brand heritage”"]  # fmt: skip
SCARE_FRAMES = [
    "Many Italian brands now speak of {Q} {P}.", "{B} describes its approach as {Q} {P}.",
    "Marketers call this {Q} {P}.", "The idea of {Q} is central to the sector {P}.",
    "{N} calls this {Q}.", "So-called {Q} products are growing fast {P}.",
]  # fmt: skip
SUBJECT_LINES = ["“Saldi estivi: fino al -50% su {M}”", "‘Il tuo carrello ti aspetta’", "“Buon Natale da {B}”",
                 "‘Black Friday: 3 giorni di offerte su {M}’", "“Last chance: free delivery on {M} ends tonight”",
                 "«Solo per te: 20% di sconto»", "\"Your {M} order is on its way\"", "‘Ferragosto is coming: {M} at 30% off’"]  # fmt: skip
SUBJECT_FRAMES = [
    "One retailer's subject line, {Q}, doubled its open rate {P}.", "An email headed {Q} performed best {P}.",
    "{B} sent the message {Q} to inactive customers {P}.", "The subject line {Q} worked better than a plain one {P}.",
    "The push notification {Q} was the most opened of the year {P}.",
]  # fmt: skip

_CITIES = ["Milano", "Milan", "Roma", "Rome", "Torino", "Turin", "Napoli", "Naples", "Bologna", "Firenze", "Florence",
           "Venezia", "Bari", "Palermo", "Verona", "Parma", "Alba", "Forlì", "Bergamo", "Brescia"]  # fmt: skip
_ABROAD = ["London", "New York", "Buenos Aires", "Munich", "Zurich"]
_AUDIENCES = ["Gen Z consumers", "Italian millennials", "families in the South", "young professionals in Milano",
              "pensioners", "university students", "tourists", "high-net-worth clients", "loyal customers",
              "first-time buyers", "B2B buyers", "Italian expatriates", "commuters"]  # fmt: skip
_TACTICS = ["influencer marketing", "loyalty cards", "Instagram Reels", "TikTok videos", "email marketing",
            "in-store events", "sponsorship of Serie A", "co-branding", "personalised offers", "paid search",
            "product placement on TV", "limited editions", "cashback schemes", "WhatsApp customer service",
            "storytelling about the founders", "retail media"]  # fmt: skip
_RESULTS = ["brand trust", "repeat purchase", "footfall", "basket size", "advocacy", "retention", "conversion",
            "share of voice", "word of mouth", "willingness to pay", "app downloads", "NPS"]  # fmt: skip
_PRODUCTS = ["pasta", "espresso", "sneakers", "sunglasses", "panettone", "skincare", "handbags", "wine",
             "fibre broadband", "scooters"]  # fmt: skip
_PEOPLE = ["Chiara Ferragni", "Giorgio Armani", "Miuccia Prada", "Oscar Farinetti", "Leonardo Del Vecchio",
           "Brunello Cucinelli", "Alessandro Michele", "Renzo Rosso", "Guido Barilla", "Michele Ferrero",
           "Enzo Ferrari", "Sergio Marchionne", "Luca Cordero di Montezemolo", "Carlo Ancelotti", "Amadeus",
           "Fiorello", "Alberto Alessi", "Bernardo Caprotti", "Francesco Mutti", "Diego Della Valle"]  # fmt: skip
_MODELS = ["Fiat 500e", "Fiat Panda", "Ducati Panigale V4", "Vespa GTS 300", "Ferrari 296 GTB", "Lamborghini Revuelto",
           "Alfa Romeo Tonale", "Lancia Ypsilon", "Ray-Ban Meta", "Moka Express", "Nutella Plant-Based",
           "Bialetti Moka", "Frecciarossa 1000", "iPhone 15"]  # fmt: skip
_EVENTS = ["Milano Fashion Week", "the Salone del Mobile", "Vinitaly", "the Sanremo festival", "Cibus",
           "Pitti Uomo", "the Mille Miglia", "the Giro d'Italia", "Milano Design Week", "EICMA", "Lucca Comics"]  # fmt: skip
_LAWS = ["Decreto legislativo 30 giugno 2003, n. 196", "D.Lgs. 196/2003", "Legge 4 agosto 2017, n. 124",
         "D.Lgs. 206/2005", "Decreto legislativo 6 settembre 2005, n. 206", "L. 124/2017", "D.L. 18/2020",
         "DPCM 11 marzo 2020", "D.Lgs. 101/2018", "Legge 30 dicembre 2023, n. 213", "Regolamento (UE) 2016/679",
         "D.Lgs. 145/2007"]  # fmt: skip
_MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
           "novembre", "dicembre"]  # fmt: skip


def _euro(rng: random.Random) -> str:
    whole = rng.randint(1, 9) * 1000 + rng.randint(0, 999)
    return f"{whole // 1000}.{whole % 1000:03d},{rng.randint(0, 9)}"


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, and its own audiences, tactics, results and products."""
    year = rng.randint(2008, 2024)
    return {
        "A": rng.choice(_AUDIENCES), "T": rng.choice(_TACTICS), "R": rng.choice(_RESULTS), "M": rng.choice(_PRODUCTS),
        "CITY": rng.choice(_CITIES), "CITY_ABROAD": rng.choice(_ABROAD), "PERSON": rng.choice(_PEOPLE),
        "MODEL": rng.choice(_MODELS), "EVENT": rng.choice(_EVENTS), "LAW": rng.choice(_LAWS),
        "EUR": _euro(rng), "PCT": f"{rng.randint(1, 60)},{rng.randint(0, 9)}", "YR": str(year),
        "YR2": str(year + rng.randint(1, 3)), "DAY": str(rng.randint(1, 28)), "MESE": rng.choice(_MONTHS),
        "FOUNDED": str(rng.randint(1820, 1985)), "NUM": str(rng.randint(2, 999)), "CODE": f"{rng.randint(10, 99)}.{rng.randint(10, 99)}",
        "PIVA": "".join(str(rng.randint(0, 9)) for _ in range(11)), "CAP": f"{rng.choice(['20', '00', '10', '80', '40', '50'])}1{rng.randint(10, 99)}",
        "SEASON": f"{rng.choice(['SS', 'FW', 'AW'])}{rng.randint(19, 25)}", "TRAIN": str(rng.randint(9500, 9999)),
        "FLIGHT": f"AZ {rng.randint(100, 799)}", "SHARE": f"{rng.randint(12, 68)},{rng.randint(0, 9)}",
    }  # fmt: skip


# Text that looks like a citation and is not: each kind maps to frames (at least two each).
NOT_CITATIONS = {
    "it-decreto-date-number": ["{B} had to update its consent forms under the Decreto legislativo 30 giugno 2003, n. 196 (the Privacy Code).",
                               "Returns are governed by the Decreto legislativo 6 settembre 2005, n. 206 (Codice del consumo)."],
    "it-dlgs-slash": ["The privacy notice refers to D.Lgs. 196/2003 as amended by D.Lgs. 101/2018.",
                      "Under the consumer code (D.Lgs. 206/2005), price reductions must show the previous price."],
    "it-legge-number": ["The Legge 4 agosto 2017, n. 124 (annual competition law) changed the rules for telecom contracts.",
                        "Since the Legge 30 dicembre 2023, n. 213 (budget law for 2024), the tax rules for bonuses have changed."],
    "it-dpcm-lockdown": ["Stores closed after the DPCM of 11 marzo 2020, and {B} moved its sales online.",
                         "The first lockdown (DPCM 9 marzo 2020) changed how Italians shop for groceries."],
    "eu-regulation-number": ["{B} must comply with the GDPR (Regolamento (UE) 2016/679) in every market.",
                             "The Omnibus Directive (Directive (EU) 2019/2161) was transposed in Italy in 2023."],
    "gazzetta-ufficiale": ["The decree was published in the Gazzetta Ufficiale (Serie Generale n. {NUM}) on {DAY} {MESE} {YR}.",
                           "Publication in the Gazzetta Ufficiale (GU n. {NUM} del {DAY}/{q}/{YR}) made the rules binding."],
    "regulator-decision": ["The AGCM fined {B} (provvedimento n. {NUM}, {YR}) for an unfair commercial practice.",
                           "AGCOM set new rules for influencers (Delibera n. 7/24/CONS) in January 2024."],
    "garante-measure": ["The Garante per la protezione dei dati personali blocked the chatbot (provvedimento del 30 marzo 2023).",
                        "A Garante decision (doc. web n. {PIVA}) ordered {B} to stop its telemarketing calls."],
    "bank-of-italy-circular": ["Banks follow Banca d'Italia rules (Circolare n. 285 del 17 dicembre 2013) on governance.",
                               "Consob's rules on financial promotion (Delibera n. 20307 del 15 febbraio 2018) apply to {B}'s ads."],
    "iap-code-article": ["The advert breached the IAP code (art. 12, Codice di Autodisciplina) on environmental claims.",
                         "The Giurì of the IAP ordered the spot withdrawn (pronuncia n. {NUM}/{YR})."],
    "company-founded-year": ["{B} (founded in {FOUNDED}) still tells its origin story in every campaign.",
                             "Lavazza (Torino, 1895) and illy (Trieste, 1933) dominate the premium segment."],
    "company-place-year-bracket": ["Ferrero (Alba, 1946) remains a private company.", "Barilla (Parma, 1877) is the world's largest pasta maker."],
    "founder-lifespan": ["Enzo Ferrari (1898–1988) famously said that he sold engines, not cars.",
                         "The brand still tells the story of its founder, Guccio Gucci (1881–1953)."],
    "person-not-author": ["{PERSON} ({YR}) appeared at the launch of the new collection.",
                          "The campaign featured {PERSON}, whose posts reach millions of Italians."],
    "ceo-tenure": ["Under its chief executive ({YR}–{YR2}), {B} doubled its digital sales.",
                   "The CEO (in office since {YR}) announced a new brand platform at the investor day."],
    "euro-comma-decimals": ["Revenue reached €{EUR} million in {YR} (+{PCT}%).", "The average basket at {B} was EUR {NUM},{q}0 in {YR}."],
    "euro-points-thousands": ["The campaign cost €{EUR}.000 ({YR} budget).", "{B}'s loyalty scheme saved each member €{NUM},00 a year ({YR} data)."],
    "percent-comma": ["Mobile payments grew by {PCT}% in {YR} (Osservatorio figures).", "Market share fell to {PCT}% ({YR} vs {YR2})."],
    "fiscal-year": ["Sales rose in the first half (H1 {YR}).", "The results for FY{YR} (esercizio {YR}) showed a recovery."],
    "istat-index": ["Inflation peaked at {PCT}% (ISTAT, NIC index, October 2022) and squeezed household budgets.",
                    "The ISTAT basket ({YR}) now includes plant-based drinks."],
    "vat-number": ["Pasticceria Marchetti S.n.c. (P.IVA {PIVA}) is registered in {CITY}.", "The invoice shows the seller's VAT number (P.IVA {PIVA})."],
    "postcode-address": ["The flagship store is at Via Montenapoleone 8, 20121 Milano.", "Head office: Corso Vittorio Emanuele II {NUM}, {CAP} {CITY}."],
    "ateco-code": ["The firm is classified under ATECO {CODE} (retail trade).", "Cafés fall under ATECO code 56.30 in the ISTAT classification."],
    "stock-ticker": ["Shares in Ferrari (NYSE: RACE; BIT: RACE) rose after the results.",
                     "Moncler (MONC.MI) and Prada (HKEX: 1913) both reported strong Asian sales."],
    "model-name-year": ["The {MODEL} ({YR}) was launched with a campaign on TikTok.", "Sales of the {MODEL} ({YR2} model year) beat forecasts."],
    "collection-season": ["The {SEASON} collection was shown during Milano Fashion Week.", "The {SEASON} campaign (shot in {CITY}) used no celebrities."],
    "fair-event-year": ["{B} presented its new range at {EVENT} {YR}.", "Footfall at {EVENT} ({YR}) was the highest since before the pandemic."],
    "sanremo-festival": ["The brand sponsored Sanremo {YR2} and its advert was seen by {SHARE}% of viewers.",
                         "Måneskin won Sanremo (2021) and went on to win Eurovision."],
    "tv-share-auditel": ["The final night reached a {SHARE}% share (Auditel).", "The advert aired in prime time on Rai 1 (share {SHARE}%)."],
    "italian-holiday-date": ["Sales peak before Ferragosto (15 agosto) and again at Natale.",
                             "Shops stay open on 8 dicembre (Immacolata), the start of Christmas shopping."],
    "saldi-dates": ["The summer saldi ({DAY} luglio {YR}) start on the same day in most regions.",
                    "In Lombardia the winter sales began on 5 gennaio {YR2}."],
    "italian-date-format": ["The campaign started on {DAY}/0{q}/{YR} and lasted a month.", "The survey closed on {DAY} {MESE} {YR} with {n} answers."],
    "black-friday-year": ["Black Friday {YR} was the biggest day of the year for {B}.", "Online orders doubled on Black Friday ({DAY} November {YR})."],
    "train-flight-number": ["The Frecciarossa {TRAIN} from Milano to Roma now offers free Wi-Fi.",
                            "The first ITA Airways flight ({FLIGHT}, Roma Fiumicino–New York JFK) left in October 2021."],
    "dop-igp-label": ["Parmigiano Reggiano DOP and Prosecco DOC are protected names.", "The pack shows the IGP logo (Aceto Balsamico di Modena IGP)."],
    "wine-vintage": ["A bottle of Barolo {YR} sells for about €{NUM} in Eataly.", "The Brunello di Montalcino {YR} vintage was rated highly."],
    "football-season": ["{B} sponsored the club during the {YR}/{YR2} Serie A season.", "Napoli won the Scudetto (2022/23) after 33 years."],
    "historic-event-year": ["Expo 2015 (Milano) brought food brands an international audience.",
                            "The Winter Olympics (Milano Cortina 2026) will be a showcase for Italian brands."],
    "university-course": ["I completed my degree at Bocconi (CLEAM, {YR}) before joining {B}.",
                          "The Politecnico's course (Laurea Magistrale in Management Engineering, {YR}) includes a marketing module."],
    "interviewee-code": ["One store manager (Intervistato 3, {CITY}, {YR}) said customers ask about origin first.",
                         "A respondent (R{q}, female, 34) explained why she switched to Iliad."],
    "sample-size": ["Most respondents agreed (n = {n}).", "The questionnaire (N = {n}, {CITY}, {YR}) was shared on LinkedIn."],
    "figure-table-ref": ["Sales by region are shown below (Figure {q}).", "The competitor comparison (Table {q}, {YR}) is in the appendix."],
    "award-year": ["The campaign won a Cannes Lion ({YR}) in the outdoor category.", "The design won the Compasso d'Oro ({YR})."],
    "film-song-title-year": ["The advert used the song Volare (1958) as its soundtrack.", "The brand still quotes La dolce vita (1960) in its campaigns."],
    "ranking-position": ["{B} is ranked third in the Interbrand list (Best Italian Brands {YR}).",
                         "Ferrari was named the world's strongest brand (Brand Finance, Global 500 {YR})."],
    "iso-standard": ["The plant is certified to ISO 14001:2015 and ISO 9001:2015.", "{B} obtained B Corp certification ({YR}) after two years of work."],
    "generation-label": ["Gen Z (born 1997–2012) now makes up a quarter of {B}'s customers.",
                         "Baby boomers (1946–1964) still hold most of the country's savings."],
    "social-handle-hashtag": ["The hashtag #MadeInItaly{YR} trended on Instagram.", "Follow the brand on Instagram (@esselunga_official) for the latest offers."],
    "app-rating-version": ["The app is rated 4,{q} stars (Google Play, {YR}).", "Version {q}.{q} of the app ({YR}) added Satispay payments."],
    "price-plan": ["Iliad's plan (€9,99 al mese, 150 GB) forced rivals to cut prices.", "The Fastweb offer (29,95 €/mese) includes fibre and calls."],
    "units-and-sizes": ["The bottle was reduced from 1,5 l to 1,25 l ({YR}).", "A 500 g pack (€{q},{q}9) is the best seller."],
    "company-legal-form": ["Caffè Moretti S.r.l. and its distributor Rossi & Figli S.a.s. merged in {YR}.",
                           "The start-up was set up as an S.r.l.s. (capitale sociale €1) in {YR}."],
    "union-strike-date": ["Trains were cancelled during the strike (sciopero generale, {DAY} {MESE} {YR}).",
                          "The national contract (CCNL Commercio, {YR}) sets shop workers' pay."],
    "unesco-place": ["The Langhe (UNESCO World Heritage, 2014) are a draw for food tourists.",
                     "Matera (European Capital of Culture 2019) saw visitor numbers rise."],
    "pnrr-plan": ["Funds from the PNRR (Piano Nazionale di Ripresa e Resilienza, 2021) supported digitalisation.",
                  "The Transizione 5.0 plan ({YR2}) offers tax credits for new machinery."],
    "anniversary": ["Campari celebrated its 160 years (1860–2020) with a limited edition.", "Vespa marked 75 years (1946–2021) with a special model."],
}  # fmt: skip
