"""Prose for the fifty-eighth held-out pool, "blind58": brand, export, trade-marketing and digital staff at Italian
fashion houses, eyewear and furniture makers, consortia of protected food and wine (DOP, IGP, DOCG), cooperatives,
family firms and agencies in Milan, Florence, Bologna, Parma, Turin, Verona and Naples, on CIM Level 6 and 7 courses
and Masters in Luxury and Food Marketing taught in English.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a fifty-eighth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how these writers write:
Italian laws and decrees by number and date, AGCM and IAP decisions, EU regulations on geographical indications,
trade fairs and fashion weeks with their years and editions, vintages and collections, ISTAT, Banca d'Italia and
consortium figures, company forms, prices in euro, awards and guides, quarters and tickers, and the coursework
habits of appendices, figures, interview codes and word counts.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Prada", "Gucci", "Brunello Cucinelli", "Moncler", "Ferragamo", "Max Mara", "Loro Piana", "Luxottica",
          "Ray-Ban", "Safilo", "Kartell", "Natuzzi", "B&B Italia", "Alessi", "Barilla", "Lavazza", "Ferrero",
          "Mutti", "Rana", "Parmigiano Reggiano", "Prosciutto di Parma", "Antinori", "Frescobaldi", "Masi",
          "Zonin", "Illy", "Eataly", "OVS", "Benetton", "Diesel", "Tod's", "Bottega Veneta", "Campari",
          "Martini", "Cantine Riunite", "Caviro", "Granarolo", "De Cecco", "Poltrona Frau", "Smeg"]  # fmt: skip

NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} argues that {C}, which matters for {B}.",
    "{N} shows that {C}.",
    "{N} reports that {C}, especially in {mkt}.",
    "{N} suggests that {C}; this was visible at {fair} {Y2}.",
    "{N} notes that {C}.",
    "{N} observed that {C} among Italian family firms.",
    "{N} concluded that {C}, although the sample was small.",
]  # fmt: skip

NARRATIVE_MID = [
    "{O}, {N} argues that {C}.",
    "For {B}, as {N} explains, {C}.",
    "In the {sector} sector, {N} found that {C}.",
    "This matches what {N} describes: {C}.",
    "{O}, and as {N} points out, {C}.",
    "Looking at {mkt}, {N} warns that {C}.",
    "The consortium's plan reflects the view of {N} that {C}.",
]  # fmt: skip

POSSESSIVE = [
    "{N} study of Italian exporters found that {C}.",
    "{N} framework is useful for {B}, because {C}.",
    "{N} survey of {sector} buyers shows that {C}.",
    "Following {N} model, {C}.",
    "{N} analysis confirms that {C}.",
]  # fmt: skip

PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "In {mkt}, {C} {P}.",
    "For a brand like {B}, {C} {P}.",
    "{C}, particularly for {sector} exporters {P}.",
    "It is widely accepted that {C} {P}.",
    "{C} {P:see}.",
    "{C} in the {sector} sector {P}.",
]  # fmt: skip

PARENTHETICAL_MID = [
    "{C} {P}, so {B} should act before {fair} {Y2}.",
    "{C} {P}, which explains the choice of {city} for the launch.",
    "Research {P} shows that {C}.",
    "{O}, {C} {P}, and the consortium agrees.",
    "Because {C} {P}, the export team rewrote the brief.",
    "{C} {P}; however, {C2}.",
]  # fmt: skip

CLAIMS = [
    "country of origin still adds a price premium for Italian products abroad",
    "the made in Italy label works best when it is backed by a real story of craftsmanship",
    "PDO and PGI labels are poorly understood by consumers outside the EU",
    "Italian sounding products take sales from authentic producers in North America",
    "luxury buyers in China now research brands on Xiaohongshu before visiting a store",
    "family ownership is read by consumers as a sign of quality and continuity",
    "wine tourism in Tuscany builds loyalty that lasts after the visit",
    "trade fairs remain the main route to new importers for small wineries",
    "second-hand luxury platforms do not cannibalise sales of new products",
    "heritage communication is more persuasive when it is specific and verifiable",
    "younger consumers are drinking less wine but paying more per bottle",
    "sustainability claims in fashion are met with growing scepticism",
    "design furniture buyers expect the same digital experience as fashion clients",
    "eyewear brands depend on licences more than on their own names",
    "consortia struggle to coordinate the marketing of hundreds of small members",
    "influencers at fashion weeks generate reach but rarely sales",
    "a clear geographical indication protects small producers against copies",
    "export growth to the United States has slowed since the tariffs",
    "Italian food is associated with health and conviviality in most markets",
    "price cuts damage the perceived value of luxury brands",
    "storytelling about the territory is central to wine marketing",
    "cooperatives can build strong brands if members agree on quality rules",
    "direct-to-consumer sales give brands better data but higher costs",
    "counterfeits and dupes weaken brand equity among young consumers",
    "retailers in Germany and the UK treat Prosecco as a commodity",
    "{sector} exporters rely heavily on distributors who control the customer relationship",
    "{B} could use its heritage more consistently across markets",
]  # fmt: skip

OPENERS = [
    "In the Italian context", "For export managers", "In recent years", "Since the pandemic", "At the same time",
    "From a consumer perspective", "In luxury markets", "For small family wineries", "In practice",
    "Within the consortium", "From the point of view of the brand", "On the other hand",
]  # fmt: skip

PLAIN = [
    "This section looks at the external environment of {B}.",
    "The analysis below draws on the company's own data and on interviews with the export team.",
    "Each option is assessed against cost, fit with the brand and speed of implementation.",
    "The recommendations are summarised in the action plan that follows.",
    "The brand has offices in {city} and a showroom in Milan.",
    "Interviews were held in Italian and translated by the author.",
    "Figures are in euro unless stated otherwise.",
    "The table below compares the three markets on size, growth and competition.",
    "This report is written for the marketing director of {B}.",
    "The next part discusses the target segments in more detail.",
]  # fmt: skip

QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one study puts it, {Q} {P}.",
    "{N} puts it plainly: {Q}.",
    "{O}, {Q} {P}.",
    "The point is well made: {Q} {P}.",
    "{N} writes that {Q}, and {B} should take note.",
    "{Q} {P}, which sums up the challenge for exporters.",
]  # fmt: skip

SCARE_QUOTES = [
    "“quiet luxury”", "«saper fare»", "“Italian sounding”", "‘dolce vita’", "“made in Italy”", "«sprezzatura»",
    "“heritage”", "‘authentic’", "\"premiumisation\"", "«territorio»", "“artisanal”", "‘old money’", "“slow fashion”",
]  # fmt: skip

SCARE_FRAMES = [
    "The idea of {Q} is central to how Italian brands present themselves {P}.",
    "Many exporters sell a kind of {Q} that buyers struggle to define {P}.",
    "{N} questions whether {Q} means anything to buyers outside Europe.",
    "Campaigns built on {Q} risk sounding alike {P}.",
    "The label {Q} is used loosely by importers {P}.",
]  # fmt: skip

SUBJECT_LINES = [
    "“Vendemmia {Y2}: the harvest report”", "«Ultimi giorni: saldi fino al 50%»", "‘Your invitation to Pitti Uomo’",
    "“New in: the {season} collection”", "\"Meet us at Vinitaly, Hall 9\"", "«La nuova collezione è arrivata»",
    "“A taste of Parma, delivered”", "‘Private preview in {city}’",
]  # fmt: skip

SUBJECT_FRAMES = [
    "The newsletter headed {Q} had the best open rate of the year {P}.",
    "Subject lines such as {Q} work because they feel personal {P}.",
    "{B} tested {Q} against a plainer line {P}.",
    "{N} cites {Q} as an example of urgency done well.",
    "An email called {Q} was sent to trade buyers in {mkt} {P}.",
]  # fmt: skip

NOT_CITATIONS: dict[str, list[str]] = {
    "italian-law-by-number": [
        "Labels must follow the Codice del Consumo (D.Lgs. 206/2005), in particular articles 20 to 27.",
        "Under Legge 22 aprile 1941, n. 633 the photographs of the collection are protected for the house.",
        "Penalties for wrong labels are set by the decreto legislativo n. 231/2017, which the team must know.",
    ],
    "eu-regulation": [
        "The Prosecco name is protected under Reg. (UE) 1151/2012 and, since {Y2}, under the new Regulation (EU) 2024/1143.",
        "Green claims will have to meet Directive (EU) 2024/825 by September 2026.",
        "Reg. (UE) n. 1169/2011 decides what must appear on the back label.",
    ],
    "agcm-decision": [
        "The AGCM fined the brand in case PS{n}{d} for misleading sustainability claims.",
        "The competition authority (AGCM, decision PS12{n}) ordered the influencer posts to be labelled.",
    ],
    "iap-ruling": [
        "The IAP Giurì stopped a similar advert in {Y} (ruling no. {n}/{Y}).",
        "Under article 12 of the Codice di Autodisciplina (IAP) the claim would need proof.",
    ],
    "trade-fair-year": [
        "The stand at Vinitaly {Y2} in Verona cost about €{n},000 including travel.",
        "Salone del Mobile.Milano {Y2} welcomed buyers from more than 180 countries.",
        "Pitti Uomo {pitti} (Florence, January {Y2}) is the main date for the menswear range.",
    ],
    "fashion-week-season": [
        "The show at Milano Moda Donna (February {Y2}) presented the {season} collection.",
        "The {season} line was previewed during Milan Fashion Week, not in Paris.",
    ],
    "collection-code": [
        "Sell-through for {season} reached {pct}% in the first eight weeks.",
        "The capsule (code {code}-{season}) was produced in Prato and Biella.",
    ],
    "vintage-year": [
        "The Brunello di Montalcino {Y} was released five years after the harvest.",
        "The {Y} vintage (Riserva) scored well with the Gambero Rosso panel.",
    ],
    "denomination-since": [
        "Chianti Classico has been a DOCG since 1984 and the Gallo Nero is its symbol.",
        "Parmigiano Reggiano (DOP since 1996) must be aged for at least twelve months.",
    ],
    "founded-year": [
        "The company was founded in {city} in {Y} and is still owned by the third generation.",
        "Founded in 1919 as a small laboratory, the firm became an S.p.A. in {Y2}.",
    ],
    "company-form": [
        "{B} S.p.A. Società Benefit changed its statute to include a common-benefit purpose.",
        "The cooperative (Società Cooperativa Agricola, {n} members) sells under one brand.",
        "The agency is a small S.r.l. with offices in {city} and London.",
    ],
    "istat-figure": [
        "ISTAT data for {Y2} put food and wine exports at €{n} billion (provisional).",
        "According to the latest ISTAT release (Q{q} {Y2}), household spending on clothing fell slightly.",
    ],
    "bank-of-italy": [
        "The Banca d'Italia Bollettino Economico (n. {q}/{Y2}) warned about weaker demand from Germany.",
        "Banca d'Italia expects inflation of about {q}.{d}% in {Y2}.",
    ],
    "euro-price": [
        "A bottle retails at €{eur} in Italy and at about $ {n} in New York.",
        "The bag is priced at €{eur},00 (VAT included) on the e-shop.",
    ],
    "percentage-bracket": [
        "Exports to the United States grew strongly ({pct}% in value, {q}% in volume).",
        "Online sales are still a small share of turnover (around {pct}%).",
    ],
    "consortium-numbers": [
        "The consortium counts {n} members and certified {n},000 hams last year.",
        "In {Y2} the Consorzio sold {n} million wheels, {pct}% of them abroad.",
    ],
    "award-guide": [
        "The Riserva won Tre Bicchieri in the Vini d'Italia {Y2} guide.",
        "The sofa received the Compasso d'Oro in {Y} for its modular design.",
    ],
    "ticker-exchange": [
        "Shares of Moncler (BIT: MONC) fell after the Q{q} {Y2} update.",
        "The group is listed on Euronext Milan (FTSE MIB) since {Y}.",
    ],
    "quarter-results": [
        "Revenue rose {pct}% in H1 {Y2} at constant exchange rates.",
        "In Q{q} {Y2} Asia Pacific was the weakest region for the group.",
    ],
    "appendix-reference": [
        "The full interview guide is in Appendix {q} (in Italian and English).",
        "See Appendix {q}, Table {d}, for the pricing grid.",
    ],
    "figure-table": [
        "Figure {q} (below) maps the brand against its competitors on price and heritage.",
        "Table {d} summarises the PESTLE analysis for Italy in {Y2}.",
    ],
    "interview-code": [
        "The export manager (Interview 3, {city}, March {Y2}) said distributors decide the price.",
        "One buyer (R{q}, UK importer) described Italian wine as good value.",
    ],
    "survey-fieldwork": [
        "The online survey (n = {n}) ran from 1 to {d} May {Y2}.",
        "Fieldwork was done in two waves (October {Y} and April {Y2}).",
    ],
    "word-count": [
        "(Word count: {words})",
        "Total words: {words} (excluding appendices and reference list)",
    ],
    "module-code": [
        "This assignment answers Task 2 of the CIM Level 7 module Marketing and Digital Strategy ({Y2}).",
        "Submitted for the Master in Luxury Management, Milan campus, academic year {Y}/{Y2}.",
    ],
    "hashtag-handle": [
        "The campaign used #MadeInItaly and #{code}{Y2} on Instagram and TikTok.",
        "Posts from @{code}_official reached {n},000 users in a week.",
    ],
    "product-name-quoted": [
        "The new sofa “Bellagio” comes in eight colours of bouclé.",
        "The limited edition «Sole di {city}» sold out in two days.",
        "Their best-selling frame, ‘Model {n}’, is made in Belluno.",
    ],
    "wine-name-quoted": [
        "The flagship red, “Vigna {city}”, is aged in large Slavonian oak barrels.",
        "Their Lambrusco «Rosso {Y}» is aimed at younger drinkers.",
    ],
    "italian-phrase-quoted": [
        "Italians call this «fare bella figura», and it shapes how gifts are bought.",
        "The brand line “Da generazioni, con passione” appears on every box.",
    ],
    "store-address": [
        "The flagship store is at Via Montenapoleone {d}, 20121 Milano.",
        "The new showroom (Via Tornabuoni {d}, Firenze) opened in September {Y2}.",
    ],
    "date-event": [
        "The press day is on {d} September {Y2} at 11:00.",
        "On {d}/0{q}/{Y2} the team met the importers in Düsseldorf during ProWein.",
    ],
    "exchange-rate": [
        "At an exchange rate of 1 EUR = 1.{d} USD the price gap narrows.",
        "Prices in China (RMB {n}) follow the euro list with a {pct}% uplift.",
    ],
    "incoterms-hs": [
        "Most orders are shipped EXW Parma or DAP (Incoterms 2020).",
        "Wine travels under HS code 2204.21 and the duty rose in {Y2}.",
    ],
    "certification": [
        "The leather is certified (LWG Gold, ISO 14001:2015) since {Y}.",
        "The firm holds B Corp status (score {n}.{d}) and an Equalitas certificate.",
    ],
    "michelin-unesco": [
        "The restaurant kept its two Michelin stars in the {Y2} guide.",
        "The Langhe-Roero and Monferrato vineyards became a UNESCO site in 2014.",
    ],
    "course-week": [
        "In Week {q} of the course (Session {d}) we discussed the marketing mix for luxury.",
        "The lecturer's slides (Lecture {d}, {season}) are not a source for this report.",
    ],
    "ranking-position": [
        "Italy is the top wine exporter by volume and second by value ({Y2} figures).",
        "Milan is in the Top {d} of the Global Fashion Capitals list ({Y2} edition).",
    ],
    "media-spend": [
        "The budget for {Y2} is €{n},000 (digital 60%, trade 25%, PR 15%).",
        "Media spend on Meta rose in {Y2} (from €{n}k to €{eur}k).",
    ],
    "distribution-channels": [
        "Sales split across wholesale (W), retail (R) and e-commerce (E) at roughly 50/30/20.",
        "The GDO (large-scale retail: Esselunga, Coop, Conad) takes {pct}% of volume.",
    ],
    "edition-numbered": [
        "Edition {pitti} of the fair had a smaller footprint than in {Y}.",
        "Now in its {d}0th edition, the Festa del Prosciutto di Parma returns in September {Y2}.",
    ],
    "tariff-trade": [
        "US tariffs of 25% on Italian cheese (October 2019) hit Parmigiano exports.",
        "The EU-Japan EPA (in force since February 2019) removed duties on wine.",
    ],
    "acronym-gloss": [
        "DOCG (Denominazione di Origine Controllata e Garantita) is the highest tier.",
        "GDO (Grande Distribuzione Organizzata) is the Italian term for supermarket chains.",
        "The KPI chosen is ROAS (return on ad spend) rather than CTR.",
    ],
    "population-city": [
        "Prato (about 195,000 residents, {Y2}) has one of Europe's largest Chinese communities.",
        "The province of Parma has about 450,000 inhabitants and over {n} food firms.",
    ],
}  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn from the builder's random source after the common ones."""
    year = rng.randint(20, 26)
    return {
        "city": rng.choice(
            ["Parma", "Verona", "Firenze", "Bologna", "Torino", "Napoli", "Modena", "Prato", "Alba", "Treviso"]
        ),
        "sector": rng.choice(
            ["wine", "fashion", "furniture", "eyewear", "cheese", "pasta", "olive oil", "leather goods", "coffee"]
        ),
        "mkt": rng.choice(["the US", "China", "Japan", "Germany", "the UK", "the Gulf", "South Korea", "Canada"]),
        "fair": rng.choice(
            ["Vinitaly", "Salone del Mobile", "Pitti Uomo", "Cibus", "TUTTOFOOD", "MIDO", "Milano Unica"]
        ),
        "season": rng.choice(["FW", "SS", "AW"]) + str(year),
        "pct": str(rng.randint(3, 64)),
        "eur": str(rng.randint(18, 2400)),
        "pitti": str(rng.randint(101, 108)),
        "words": f"{rng.randint(2500, 4999):,}",
        "code": rng.choice(["MM", "VT", "PR", "CC", "AB", "LP"]) + str(rng.randint(1, 99)),
    }
