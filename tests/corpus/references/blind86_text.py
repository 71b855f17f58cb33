"""Prose for the eighty-sixth held-out pool, "blind86": sentence frames, claims, brands and decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by an eighty-sixth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, trade, CRM,
digital, export and communications marketers in Catalonia, the Basque Country, Galicia, Valencia and Navarre write:
careful English learnt at ESADE, Deusto or on a CIM course, with Spanish, Catalan, Basque and Galician words glossed
in brackets, laws and gazettes with their numbers, AEPD and Autocontrol cases, DO and DOCa rules, wine vintages and
founding years beside brand names, Sant Jordi, Diada, Aste Nagusia, San Fermín, Fallas and Apóstol calendars, euro
figures with decimal commas, INE, Idescat, Eustat, IGE and Nastat series, newspapers and trade titles by name,
football seasons and scores, course tasks, figures and appendices, hashtags and promo codes.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} showed that {C}, which is directly relevant to {B}.",
    "{N} argued that {C}.",
    "{N} concluded that {C} in the {region} market.",
    "{N} observed that {C}, although the sample was small.",
    "{N} went further and claimed that {C}.",
    "{N} reported that {C} among {A}.",
    "{N} made the point that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} explained, {C}.",
    "{O}, {N} found that {C}.",
    "This is consistent with {N}, who showed that {C}.",
    "{C}, as {N} pointed out.",
    "For {B}, the main lesson from {N} is that {C}.",
    "In the case of the {coop}, the work of {N} suggests that {C}.",
    "{O}, and following {N}, it can be said that {C}.",
    "The model proposed by {N} helps to explain why {C}.",
    "Applying the framework of {N} to {B}, {C}.",
    "Not everyone agrees: {N} warned that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {region} shoppers found that {C}.",
    "{N} framework is useful here, because {C}.",
    "According to {N} analysis, {C}.",
    "{N} findings suggest that {C}.",
    "Using {N} typology, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "It is widely accepted that {C} {P}.",
    "In the {region} market, {C} {P}.",
    "For a co-operative such as the {coop}, {C} {P}.",
    "Evidence from the sector shows that {C} {P}.",
    "{C}, especially among {A} {P}.",
    "This matters for {B} because {C} {P}.",
    "{C} ({extra}) {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{O}, {C} {P}; however, {C2}.",
    "Research {P:see} suggests that {C}.",
    "Recent studies {P} agree that {C}, but {C2}.",
    "{C} {P}, which explains why {B} invested {euro} in {T}.",
    "Several authors {P} note that {C}.",
]  # fmt: skip
CLAIMS = [
    "loyalty to a local brand is stronger when the brand uses the regional language",
    "co-operative members trust their own supermarket more than private chains",
    "cava buyers in export markets rarely distinguish between DO Cava and other sparkling wines",
    "younger customers of savings banks move to digital banks when the app is poor",
    "supermarket own brands have gained share in every region since the inflation of 2022",
    "place-of-origin labels raise the price shoppers are willing to pay for seafood",
    "{B} gains more from {T} than from television",
    "wine tourism extends the season for rural hotels",
    "football clubs can turn local identity into a global brand",
    "festival sponsorship improves recall but not always purchase intention",
    "{A} respond better to {T} than to traditional advertising",
    "price promotions during rebajas erode the perceived quality of premium brands",
    "customer experience in branches still matters for older clients",
    "performance on {R} improves when the brand tells a story rooted in its territory",
    "{region} consumers are more sensitive to sustainability claims than the Spanish average",
    "fishing co-operatives struggle to communicate traceability to urban buyers",
    "destination marketing works best when public bodies and private firms share one message",
    "social media engagement does not translate directly into {R}",
    "the co-operative model gives brands a credible story about fairness",
    "bilingual campaigns in Catalan and Spanish reach a wider audience without losing authenticity",
    "export growth for family wineries depends on distributors more than on advertising",
    "heritage brands can appeal to Generation Z if they are present on TikTok",
    "CRM data is underused by most regional retailers",
    "green claims without proof damage trust more than no claim at all",
]  # fmt: skip
OPENERS = [
    "In the Basque market",
    "For Galician exporters",
    "In the context of Catalan cava houses",
    "Looking at the Valencian retail sector",
    "In Navarre's agri-food co-operatives",
    "From a CRM perspective",
    "For a savings bank",
    "In the case of {B}",
    "During the {fest} campaign",
    "Since the pandemic",
]  # fmt: skip
PLAIN = [
    "This section analyses the current situation of {B} in its home market.",
    "The recommendations below are based on this analysis.",
    "The organisation has a strong regional identity but a weak digital presence.",
    "Three options are compared in the next section.",
    "The marketing team is small and shares resources with the commercial department.",
    "Budget constraints mean that priorities must be chosen carefully.",
    "The brand is well known in its {region} home market but almost unknown outside Spain.",
    "Members of the co-operative expect to be consulted before any change to the brand.",
    "The following table summarises the main strengths and weaknesses.",
    "These objectives follow the SMART format.",
    "Customer data is currently held in two separate systems.",
]  # fmt: skip
QUOTE_FRAMES = [
    "As one author puts it, {Q} {P}.",
    "{N} put it clearly: {Q}.",
    "The point is made directly: {Q} {P}.",
    "{Q} {P}, which is exactly the challenge {B} faces.",
    "In the words of {N}, {Q}.",
    "{N} wrote that {Q}, and this applies to the {coop} too.",
]  # fmt: skip
SCARE_QUOTES = [
    "“proximity”", "‘km 0’", '"authentic"', "“de toda la vida”", "‘premium’", '"glocal"', "“txoko spirit”",
    "‘terroir’", '"family values"', "“seny”", "‘morriña’", '"sustainable"', "“made here”",
]  # fmt: skip
SCARE_FRAMES = [
    "Many regional brands sell {Q} rather than a product {P}.",
    "{N} questioned whether {Q} still means anything to shoppers.",
    "The idea of {Q} appears in almost every campaign in the sector {P}.",
    "{B} uses the word {Q} in all its packaging, a choice criticised by {N}.",
]  # fmt: skip
SUBJECT_LINES = [
    "“Tu cava para Sant Jordi 🌹”", '"Last days of rebajas: up to 50 %"', "‘Your {fest} menu is ready’",
    "“Gure kooperatiba, zure etxea”", '"Bo Nadal from Vigo"', "“Black Friday starts now”", "‘Welcome to Laboral Kutxa’",
    '"Back to school: 3x2 on notebooks"', "“Ja ets soci? / Already a member?”",
]  # fmt: skip
SUBJECT_FRAMES = [
    "An email with the subject line {Q} had the highest open rate of the year {P}.",
    "Subject lines such as {Q} follow the advice of {N} on personalisation.",
    "The push notification {Q} was tested against a plain version, in line with {P}.",
]  # fmt: skip

NOT_CITATIONS: dict[str, list[str]] = {
    "wine-vintage": [
        "At the launch dinner {B} served Gran Coronas (2019) and Mas La Plana (2016) to key distributors.",
        "The tasting flight ended with a Priorat (2015) and a Rías Baixas albariño (2022).",
        "The gift box pairs a brut nature (2020) with a reserva (2017) from the same estate.",
    ],
    "founding-year": [
        "Codorníu (founded 1551) is often presented as the oldest family business in Spain.",
        "Damm (1876) and Hijos de Rivera (1906) both use their founding dates on the label.",
        "The co-operative (est. 1959) still has more than 2.000 members.",
    ],
    "spanish-law": [
        "Comparative advertising is regulated by Ley 34/1988, General de Publicidad, and by Ley 3/1991 de Competencia Desleal.",
        "Under Ley Orgánica 3/2018, de 5 de diciembre, the loyalty app must ask for explicit consent.",
        "Email campaigns must also respect Ley 34/2002 (LSSI), article 21.",
    ],
    "regional-law": [
        "In Catalonia, Llei 22/2010 del Codi de consum requires information for customers in Catalan.",
        "The co-operative is governed by Ley 11/2019 de Cooperativas de Euskadi rather than the state law.",
        "In Navarre the relevant text is Ley Foral 14/2006 de Cooperativas de Navarra.",
        "Llei 1/1998 de política lingüística sets minimum rules for labelling in Catalan.",
    ],
    "gazette-number": [
        "The decree was published in the BOE núm. 294 of 6 December.",
        "The order appeared in DOGC núm. 5677 on 23 July {Y}.",
        "The new rules were published in the BOPV nº 247, section I.",
    ],
    "aepd-resolution": [
        "The AEPD fined a supermarket chain in procedure PS/00001/2023 for using facial recognition.",
        "In resolution PS/00{n}/{Y2} the AEPD sanctioned a bank for sending unsolicited SMS.",
    ],
    "autocontrol-ruling": [
        "The Jurado de Autocontrol (Sección Primera) upheld the complaint against the advertisement.",
        "Autocontrol's Código de Conducta Publicitaria (article 14) covers comparative claims.",
        "The campaign was withdrawn after an Autocontrol ruling in March {Y2}.",
    ],
    "denomination": [
        "The wine is sold under DOCa Rioja (Calificada since 1991) and is aged for 24 months.",
        "Only wines from the DOQ Priorat (Denominació d'Origen Qualificada) may use the term on the label.",
        "The Consejo Regulador of the DO Rías Baixas registered a record harvest in {Y}.",
    ],
    "local-festival": [
        "Sales of books and roses peak on Sant Jordi (23 April), when {B} runs its main campaign.",
        "The Diada (11 September) is a sensitive date for any brand campaign in Catalonia.",
        "During San Fermín (6-14 July) Pamplona's hotels are fully booked.",
        "The Aste Nagusia (Semana Grande) in Bilbao is the city's biggest week for hospitality.",
    ],
    "public-holiday": [
        "Galicia celebrates the Día da Patria Galega (25 July), which coincides with the Apóstol.",
        "Las Fallas (15-19 March) attract more visitors to Valencia than any other week.",
        "La Mercè (24 September) closes the summer season in Barcelona.",
    ],
    "euro-figure": [
        "The campaign budget was 1.250.000 € ({pct} more than the previous year).",
        "Turnover reached {euro} in {Y}, of which 38,5 % came from exports.",
        "Average spend per visitor was 142,30 € (up from 128,90 €).",
    ],
    "percentage": [
        "Online sales grew by {pct} (Q{q} {Y}) compared with the same quarter the year before.",
        "The market share of own brands is now 42,7 % (a record).",
    ],
    "statistics-office": [
        "INE figures for {Y} show that Galicia had the oldest population in Spain.",
        "The Idescat series on tourism spending is updated every quarter.",
        "Eustat and Nastat publish their own household panels for the Basque Country and Navarre.",
        "The IGE survey on internet use covered 2.931 households in {Y}.",
    ],
    "research-firm-report": [
        "The Kantar Brand Footprint ranking for {Y} placed Mercadona's own brand first.",
        "GfK's consumer climate index fell for three consecutive months.",
        "The IAB Spain Estudio de Redes Sociales is published every spring.",
        "AIMC's EGM wave for {Y2} shows radio still reaches most adults.",
    ],
    "newspaper-name": [
        "The campaign was covered by La Vanguardia, El Periódico and Ara on the same day.",
        "Both El Correo and Deia published interviews with the CEO in {Y}.",
        "La Voz de Galicia and Faro de Vigo are still read daily by older customers.",
        "Expansión and Cinco Días reported the results on their front pages.",
    ],
    "trade-press": [
        "Marketing News named the campaign one of the best of the year.",
        "IPMARK publishes an annual ranking of advertisers by investment.",
    ],
    "legal-form": [
        "The group's parent company is Hijos de Rivera, S.A.U. (Estrella Galicia).",
        "Consum S. Coop. V. operates more than 900 supermarkets in eastern Spain.",
        "The bakery became an S.L.U. in {Y} after the founder retired.",
        "The agricultural transformation company (SAT) has 312 members.",
    ],
    "bank-name": [
        "Caja Laboral Popular Coop. de Crédito trades as Laboral Kutxa.",
        "Kutxabank, S.A. was created from three Basque savings banks (BBK, Kutxa and Vital).",
        "Banco de Sabadell, S.A. moved its registered office back to Catalonia.",
    ],
    "ticker": [
        "Shares in the bank (BME: SAB) rose after the results were announced.",
        "Inditex (ITX.MC) is the largest company on the IBEX 35 by market value.",
    ],
    "company-id": [
        "The co-operative is registered with NIF F-{n}2{q}5 in the Gipuzkoa register.",
        "The winery's CIF (B-{n}7{d}) appears on every invoice.",
    ],
    "language-gloss": [
        "Every village in the campaign has a txoko (gastronomic society) where members cook together.",
        "The brand's tone draws on seny (common sense) and rauxa (impulse), two Catalan values.",
        "Galicians often describe morriña (homesickness) when they live abroad.",
        "The bakery sells coca de llardons (a pork-crackling flatbread) only in February.",
    ],
    "square-gloss": [
        "The slogan reads Fet a casa nostra [Made in our home] on every bottle.",
        "The signage says Ongi etorri [Welcome] in Basque and Spanish.",
        "Posters used the Galician phrase Do noso mar [From our sea].",
    ],
    "acronym-expansion": [
        "The Instituto Nacional de Estadística (INE) and the Agencia Española de Protección de Datos (AEPD) are both relevant.",
        "The Comisión Nacional de los Mercados y la Competencia (CNMC) reviews retail mergers.",
        "The Agència Catalana de Turisme (ACT) promotes Catalonia abroad.",
    ],
    "slogan": [
        "Estrella Damm's “Mediterráneamente” summer films are the best-known example.",
        "The store uses the line ‘Tu súper de confianza’ on its bags.",
        "The tourism board's claim \"Euskadi, Basque Country\" is used in every market.",
    ],
    "campaign-year": [
        "The “Barcelona, la millor botiga del món” campaign ({Y}) targeted cruise passengers.",
        "The ‘Galicia, o bo camiño’ campaign of {Y2} won a national award.",
    ],
    "tv-programme": [
        "The chef became famous after appearing on MasterChef España (TVE) in {Y}.",
        "The Christmas advertisement (Lotería de Navidad) is the most watched of the year.",
    ],
    "sports-season": [
        "Athletic Club's shirt sponsorship for the 2023/24 season was the first in its history.",
        "FC Barcelona (Liga F champions) uses the women's team in its brand campaigns.",
        "Sales of replica shirts doubled after the Copa del Rey final (April 2024).",
    ],
    "score": [
        "The club won 2-1 (after extra time), and social mentions rose by {pct}.",
        "The derbi ended 0-0 (Anoeta, {d} March), but the sponsor still gained reach.",
    ],
    "sales-period": [
        "The rebajas de enero (from 7 January) remain the biggest sales period for fashion.",
        "Black Friday ({d} November) now starts a week earlier in most chains.",
        "The back-to-school campaign (la vuelta al cole) runs from mid-August.",
    ],
    "hashtag-promo": [
        "The campaign used #SantJordi{Y2} and the code ROSA15 for 15 % off.",
        "Followers could enter with #FallasVLC and #MascletàChallenge on TikTok.",
        "The code CAVA{q}0 gave free delivery during the Christmas season.",
    ],
    "product-spec": [
        "Estrella Galicia 0,0 (330 ml) is the fastest-growing line.",
        "The new Lager (4,6 % vol.) is sold in packs of 6 x 33 cl.",
        "The tin of bonito del norte (112 g) is the best seller abroad.",
    ],
    "course-reference": [
        "This report answers Task 2 (b) of the CIM Level 7 assignment.",
        "See Appendix 3 (customer journey map) for the detailed touchpoints.",
        "As shown in Figure {q} (below), the funnel narrows sharply at checkout.",
        "Table {q} (Section 2.{d}) lists the main competitors.",
    ],
    "course-name": [
        "The MBA (Executive, Barcelona campus) requires a consultancy project in the final term.",
        "The CIM Level 6 Diploma in Professional Marketing (Module 3) covers digital strategy.",
    ],
    "job-title": [
        "The Directora de Marketing (CMO) reports to the Consejo Rector of the co-operative.",
        "The Head of CRM (Customer Relationship Management) joined from BBVA in {Y}.",
    ],
    "date-format": [
        "The store reopened on 15/03/{Y2} after the refurbishment.",
        "The contract was signed on 5 de diciembre de {Y} in Bilbao.",
        "The pop-up was open from 01.07 to 31.08 every summer.",
    ],
    "opening-hours": [
        "Branches are open Monday to Friday (8:30-14:30) and on Thursday afternoons in winter.",
        "The wine bar opens from 19:00 to 00:30 (Friday and Saturday only).",
    ],
    "address": [
        "The flagship store is at Passeig de Gràcia 77, 08008 Barcelona.",
        "Visitors can collect their credential at Rúa do Vilar 30, 15705 Santiago de Compostela.",
    ],
    "url-email": [
        "Bookings are made at www.visitvalencia.com or by phone.",
        "Complaints go to atencion.cliente@example.es and are answered within 48 hours.",
    ],
    "eu-regulation": [
        "Regulation (EU) 2016/679 (GDPR) applies to every member of the loyalty scheme.",
        "The Green Claims Directive (proposed in March 2023) will change how brands can use the word sustainable.",
    ],
    "standards": [
        "The winery is certified to ISO 14001:2015 and UNE-EN ISO 9001.",
        "The fishing fleet holds MSC certification (fishery no. {n}).",
    ],
    "michelin": [
        "San Sebastián has more Michelin stars per square metre than almost any city, led by Arzak (three stars since 1989).",
        "The hotel restaurant gained its first star (Guía Michelin {Y2}).",
    ],
    "holy-year": [
        "The Xacobeo 2027 (Año Santo Compostelano) is already in the tourism board's planning.",
        "The last 100 km of the Camino (from Sarria) are the busiest stretch.",
    ],
    "survey-sample": [
        "The questionnaire was answered by {n} customers (n = {n}, 95 % confidence).",
        "Two focus groups (Bilbao and Vitoria-Gasteiz) were held in {Y2}.",
    ],
    "period-range": [
        "The strategic plan (2021-2024) focused on digital channels.",
        "Exports grew steadily over the period {Y}-{Y2}.",
        "The fiscal year runs from 1 July to 30 June (FY{q}).",
    ],
    "grant-programme": [
        "The project was funded by Next Generation EU (PERTE Agroalimentario).",
        "The co-operative received support from the ICEX Next programme in {Y}.",
    ],
    "person-with-brackets": [
        "Ferran Adrià (elBulli) changed how the world sees Catalan cuisine.",
        "The founder's grandson (now chairman) still signs every bottle.",
        "Amancio Ortega (Inditex) rarely gives interviews.",
    ],
    "radio-frequency": [
        "The spot ran on Cadena SER (96.9 FM) and RAC1 (87.7 FM) during the mornings.",
        "Euskadi Irratia (Basque-language radio) carried the campaign in Basque.",
    ],
    "platform-handle": [
        "The brand's TikTok account (@{hashtag}) has 120.000 followers.",
        "Replies on X (formerly Twitter) are handled by the agency.",
    ],
}  # fmt: skip

BRANDS = ["Mercadona", "Eroski", "Consum", "Laboral Kutxa", "Kutxabank", "BBVA", "Banc Sabadell", "CaixaBank",
          "Freixenet", "Codorníu", "Torres", "Estrella Damm", "Estrella Galicia", "Pescanova", "Gadisa", "Zara",
          "Inditex", "Mango", "Desigual", "Chupa Chups", "Cola Cao", "Abanca", "Caja Rural de Navarra", "Anecoop",
          "Conservas Ortiz", "Basquetour", "Visit València", "FC Barcelona", "Athletic Club", "Cooperativa Agraria de Navarra"]  # fmt: skip

_REGIONS = ["Catalan", "Basque", "Galician", "Valencian", "Navarrese", "Spanish"]
_COOPS = ["Eroski consumer co-operative", "Consum co-operative", "Mondragon group", "Cooperativa Agraria de Navarra",
          "Anecoop group", "Bermeo fishing guild"]  # fmt: skip
_FESTS = ["Sant Jordi", "Diada", "Aste Nagusia", "San Fermín", "Fallas", "Apóstol", "Black Friday", "rebajas",
          "back-to-school", "Christmas", "La Mercè"]  # fmt: skip
_EXTRA = ["in euros and in volume", "both online and in store", "for members and non-members",
          "in Catalan as well as Spanish", "outside the summer peak"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    millions = rng.randint(1, 950)
    thousands = rng.randint(100, 999)
    return {
        "region": rng.choice(_REGIONS),
        "coop": rng.choice(_COOPS),
        "fest": rng.choice(_FESTS),
        "euro": f"{millions}.{thousands}.000 €"
        if rng.random() < 0.6
        else f"{millions},{rng.randint(1, 9)} millones de euros",
        "pct": f"{rng.randint(1, 40)},{rng.randint(0, 9)} %",
        "extra": rng.choice(_EXTRA),
        "hashtag": rng.choice(["cavalovers", "gurekutxa", "galiciacalidade", "vlcfoodie", "nafarroa_eats"]),
    }
