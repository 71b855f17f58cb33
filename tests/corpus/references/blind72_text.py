"""Prose for the seventy-second held-out pool, "blind72": sentence frames, claims, brands and decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a seventy-second
hand, without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, trade,
CRM, B2B, e-commerce and communications marketers at grocers and discounters, drugstore chains, Mittelstand machine
and tool makers, insurers, banks and Sparkassen, rail and mobility firms, breweries, chocolate and coffee makers,
watchmakers and agencies in Berlin, Hamburg, Munich, Cologne, Stuttgart, Vienna, Graz, Zurich, Basel and Geneva
write CIM Level 6 and 7 reports and English-taught MBA assignments: English learned at school and at work, German
habits in it (decimal commas, "Mio." and "Mrd.", dates as 24.12., "§" and "Abs." for laws, "ca." and "inkl."),
German terms glossed in brackets, laws with their numbers and years, court file numbers, Destatis, Statistik
Austria and BFS figures, campaign seasons (Oktoberfest, Fasching, Advent, Black Friday, Schulanfang), legal forms,
tickers, store counts, trade fairs, awards, slogans in German quotation marks, hashtags and handles, and the
company's own data (surveys with n =, appendices, internal KPIs) that cites nothing.

The placeholders are the builder's ({N}, {P}, {P:see}, {Q}, {C}, {O}, {B}, {A}, {R}, {T}, {Y}, {Y2}, {n}, {q}, {d},
{M}) and this pool's own, filled by values().
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} showed that {C}.",
    "{N} concluded that {C}.",
    "{N} observed that {C}, a point that matters for {B}.",
    "{N} reported that {C}.",
    "{N} demonstrated that {C}, especially in {city}.",
    "{N} made the case that {C}.",
    "{N} already noted that {C}.",
    "{N} came to a similar result: {C}.",
    "{N} provided evidence that {C}.",
]  # fmt: skip

NARRATIVE_MID = [
    "As {N} found, {C}.",
    "According to {N}, {C}.",
    "This is in line with {N}, who found that {C}.",
    "Building on {N}, this report assumes that {C}.",
    "{O} {C}, as {N} demonstrated.",
    "For {B}, the lesson from {N} is that {C}.",
    "Similar to the findings of {N}, {C}.",
    "The team at {B} should note that, following {N}, {C}.",
    "In the DACH context, {N} showed that {C}.",
    "Contrary to what many managers at {B} believe, {N} found that {C}.",
]  # fmt: skip

POSSESSIVE = [
    "{N} study of the DACH market found that {C}.",
    "{N} framework helps explain why {C}.",
    "{N} analysis suggests that {C}.",
    "Following {N} argument, {C}.",
    "{N} survey of retailers in {city} showed that {C}.",
    "{N} model is useful here because {C}.",
]  # fmt: skip

PARENTHETICAL_END = [
    "{C} {P}.",
    "{O} {C} {P}.",
    "{C} {P:see}.",
    "{C}, which is relevant for {B} {P}.",
    "Studies from the German-speaking countries confirm that {C} {P}.",
    "{O} it is well documented that {C} {P}.",
    "{C} {P:see e.g.}.",
    "It can be assumed that {C} {P}.",
]  # fmt: skip

PARENTHETICAL_MID = [
    "{C} {P}, which is why {B} should rethink its approach.",
    "Research {P} suggests that {C}.",
    "{O} {C} {P}; this matters for {B}.",
    "Because {C} {P}, the plan puts {T} first.",
    "{C} {P}, although this is less true for {A}.",
    "The literature {P} agrees that {C}.",
    "Even in {city}, {C} {P}, so {B} cannot ignore it.",
]  # fmt: skip

CLAIMS = [
    "discounters have won share from full-range grocers in every year since the energy crisis",
    "private labels now account for almost half of grocery spend in Germany",
    "loyalty apps trade price cuts for first-party data",
    "{A} respond more strongly to price promotions than to brand messages",
    "Mittelstand firms often leave marketing to their sales engineers",
    "hidden champions rely on trade fairs and key accounts rather than mass media",
    "Swiss consumers pay a premium for regional origin and Swiss-made labels",
    "cross-border shopping into Germany costs Swiss retailers a large share of their potential sales",
    "insurers struggle to turn a low-interest product into an emotional brand",
    "Sparkassen enjoy high trust but low relevance among {A}",
    "a flat-rate ticket shifts commuters' attention from price to reliability",
    "punctuality problems damage a rail brand more than fare increases",
    "seasonal products such as Advent calendars drive a large share of annual chocolate sales",
    "{T} lifts {R} when it is tied to the loyalty programme",
    "sustainability claims must be specific and provable to be believed",
    "cooperatives use their member structure as a brand promise",
    "German shoppers are more price-sensitive than their Austrian and Swiss neighbours",
    "B2B buyers complete most of their research before they contact a sales representative",
    "retail media has become a second source of margin for grocers",
    "strict cookie consent reduces measurable reach considerably",
    "brand heritage is a strong asset for family-owned breweries",
    "a retailer like {B} can use its store network as a media channel",
    "consumers distrust climate-neutral labels",
    "drugstore chains compete on assortment depth and in-store experience rather than on price",
    "satisfaction in insurance depends on the claims experience more than on premiums",
    "watch brands use scarcity to protect their price positioning",
    "coffee capsule systems raise switching costs",
    "employer branding is now part of the marketing brief in the Mittelstand",
    "word of mouth still outweighs online reviews for industrial tools",
    "{A} expect to switch seamlessly between app, web shop and branch",
    "price image is formed by a small number of known-value items",
    "emotional advertising works better than rational arguments for low-involvement products",
    "{T} is underused by mid-sized B2B firms",
    "trust in a brand falls sharply after a data protection scandal",
    "regional sourcing is a stronger purchase driver than organic certification for {A}",
    "shrinkflation is noticed and punished by loyal customers",
]  # fmt: skip

OPENERS = [
    "In the DACH grocery market,",
    "For a Mittelstand firm such as {B},",
    "In Switzerland,",
    "In Austria, too,",
    "In German retail banking,",
    "For rail and mobility providers,",
    "Especially in the premium segment,",
    "From a CRM perspective,",
    "In B2B markets,",
    "During the Advent season,",
    "In the insurance sector,",
    "For {B},",
]  # fmt: skip

PLAIN = [
    "This section applies these findings to {B}.",
    "The recommendations below are prioritised by cost and impact.",
    "The next part of the report turns to the customer journey.",
    "These points are summarised in the table below.",
    "The author works in the marketing team of a mid-sized firm in {city}.",
    "Budget figures are rounded and exclude VAT.",
    "The following options were discussed with the head of marketing.",
    "The analysis focuses on the German market, with notes on Austria and Switzerland.",
    "Each option is assessed against the same criteria.",
    "Implementation would start after the summer holidays.",
    "The figures were checked with the controlling team.",
    "A short pilot is proposed before a national roll-out.",
]  # fmt: skip

QUOTE_FRAMES = [
    "{N} put it bluntly: {Q}.",
    "As {N} wrote, {Q}.",
    "{Q} {P}.",
    "One study warns that {Q} {P}.",
    "For {B}, the key insight is that {Q} {P}.",
    "{N} summarised the challenge as follows: {Q}.",
    "The point is made clearly in the literature: {Q} {P}.",
    "In the words of {N}, {Q}.",
]  # fmt: skip

SCARE_QUOTES = [
    "Schnäppchenjäger", "smart shopper", "hybrid consumer", "Qualität zum Discountpreis", "Made in Germany",
    "Swissness", "value for money", "premium for less", "digital first", "Mittelstand mindset", "Heimat",
    "bio for everyone", "hidden champion", "customer centricity", "Gemütlichkeit", "Treuepunkte",
]  # fmt: skip

SCARE_FRAMES = [
    "Discounters now openly court the so-called “{Q}” {P}.",
    "Many brands in the region still lean on \"{Q}\" as a selling point {P}.",
    "The idea of „{Q}“ is central to the positioning {P}.",
    "{N} described a shift towards the ‘{Q}’ in German retail.",
    "What {N} called «{Q}» is visible in every {retailer} store.",
    "Agencies like to speak of '{Q}' {P}.",
]  # fmt: skip

SUBJECT_LINES = [
    "Nur heute: {pct} % auf alles", "Ihr Adventskalender wartet", "Jetzt Punkte sammeln und sparen",
    "Black Week bei {B}: bis zu 50 % Rabatt", "Your Oktoberfest offer inside", "Zurück in die Schule – mit {B}",
    "Ihre Police ist bereit", "Frohe Weihnachten von {B}", "Last call: Fasching-Deals", "Grüezi! Ihre persönlichen Angebote",
    "Servus, Ihr Wochenangebot ist da", "Nie wieder Stau: das Deutschlandticket", "Ihr Kaffee, Ihre Kapseln, Ihr Preis",
]  # fmt: skip

SUBJECT_FRAMES = [
    "Subject lines such as \"{Q}\" outperformed generic ones {P}.",
    "A headline like „{Q}“ works because it is concrete {P}.",
    "The push message “{Q}” was tested in {city} {P}.",
    "{N} found that copy such as ‘{Q}’ raised open rates.",
    "Even a plain line like '{Q}' can lift conversions {P}.",
]  # fmt: skip

BRANDS = ["ALDI SÜD", "Lidl", "REWE", "EDEKA", "dm", "Rossmann", "Otto", "Zalando", "Bosch", "Würth", "Allianz",
          "Deutsche Bahn", "ÖBB", "SBB", "Migros", "Coop", "Nestlé", "Lindt", "Red Bull", "Spar", "Swatch", "Tchibo",
          "Ritter Sport", "Manner", "Paulaner", "HUK-COBURG", "Sparkasse", "Raiffeisen", "Die Mobiliar", "FlixBus",
          "Miele", "Stihl", "BILLA", "Hofer", "Douglas", "MediaMarkt", "Kaufland", "Penny", "Netto", "Erste Bank",
          "Ricola", "Emmi", "Krombacher", "Festo", "Generali", "Helvetia"]  # fmt: skip

NOT_CITATIONS: dict[str, list[str]] = {
    "uwg-paragraph": [
        "Under § 7 Abs. 2 Nr. 2 UWG, {B} may not send promotional e-mails without prior consent.",
        "Comparative advertising is allowed in Germany within the limits of § 6 UWG.",
        "The mailing would have to be checked against § 5a UWG (misleading by omission) before it goes out.",
    ],
    "eu-regulation-number": [
        "Consent for the newsletter is based on Art. 6 (1) lit. a of Regulation (EU) 2016/679.",
        "From {yr2} the Digital Services Act (Regulation (EU) 2022/2065) applies to the marketplace as well.",
        "Allergen information online must follow Regulation (EU) No 1169/2011, Art. 14.",
    ],
    "court-file-number": [
        "Since the BGH decision I ZR 7/16, pre-ticked consent boxes are no longer an option for {B}.",
        "The Wettbewerbszentrale case against the influencer post was settled before it reached the OLG Köln (6 U {n}/{yy}).",
        "The Federal Supreme Court's ruling 4A_{n}/{yr} was mentioned in the legal team's briefing but did not change the plan.",
    ],
    "swiss-data-law": [
        "The revised nDSG (in force since 1 September 2023) requires {B} to update its privacy notice in all three languages.",
        "Under the Swiss FADP/nDSG 2020 there is no general consent requirement, which gives the CRM team more freedom than in Germany.",
    ],
    "ttdsg-cookie": [
        "The cookie banner was redesigned in {yr2} to comply with § 25 TTDSG (now TDDDG).",
        "Without consent under the TTDSG 2021, only technically necessary cookies may be set.",
    ],
    "austrian-dsg": [
        "In Austria, the DSG (BGBl. I Nr. 165/1999) and the GDPR apply side by side.",
        "The Austrian Datenschutzbehörde (DSB) has been stricter on cookie walls than its German counterparts.",
    ],
    "statistics-figure": [
        "According to the latest Destatis figures, retail sales fell by {pct_de} % in real terms in Q{q}.",
        "Statistik Austria puts the number of food retail outlets at ca. {stores} for {yr}.",
        "BFS/OFS data show that {pct} per cent of Swiss households shop online at least once a month.",
    ],
    "euro-figure": [
        "The Advent campaign had a budget of EUR {eur_mio} Mio. (ca. {pct} % of the annual media spend).",
        "German online retail turned over EUR {eur_mrd} Mrd. in {yr}, inkl. marketplaces.",
        "A loyalty member spends on average EUR {eur_small} per visit (non-members: EUR {eur_small2}).",
    ],
    "chf-figure": [
        "The Swiss launch is planned with CHF {chf_mio} Mio. over two years.",
        "A chocolate Advent calendar sells at CHF {chf_small} in Migros and Coop stores.",
        "Marketing spend at the Zurich office rose to CHF {chf_mio} Mio. (FY {fy}).",
    ],
    "oktoberfest": [
        "Oktoberfest {yr} (Wiesn, 16 days from mid-September) is the peak season for Bavarian breweries.",
        "During the Wiesn, the brewery sells its Festbier in {city} only in 1-litre Maß mugs.",
    ],
    "fasching": [
        "Fasching (called Karneval in Cologne and Fasnacht in Basel) starts officially on 11.11. at 11:11.",
        "The Rosenmontag promotion ran from Weiberfastnacht to Aschermittwoch.",
    ],
    "advent-christmas-market": [
        "The pop-up stand at the Christkindlmarkt in {city} (ca. {stores} visitors a day) sold out in the first week.",
        "The first Advent weekend ({d}. December) is when the Christmas campaign goes live.",
        "Advent calendar sales start in September, well before the Christmas markets open.",
    ],
    "black-friday": [
        "Black Friday and Cyber Monday (Black Week) now account for ca. {pct} % of November online sales.",
        "Many Swiss retailers joined Black Friday only after {yr}, and some still boycott it.",
    ],
    "back-to-school": [
        "The Schulanfang campaign runs from July in NRW to mid-September in Bavaria and Baden-Württemberg.",
        "Back-to-school (Schulstart) is the second-biggest season for stationery after Christmas.",
    ],
    "legal-form": [
        "The owner of {B} is organised as a GmbH & Co. KG, with the family holding all shares.",
        "The company changed its legal form from AG to SE in {yr}.",
        "As an e.V., the association cannot distribute profits to its members.",
        "Migros is a Genossenschaft (cooperative) owned by more than two million members.",
    ],
    "stock-ticker": [
        "Zalando (ZAL.DE) and HelloFresh (HFG.DE) both lost market value after the pandemic boom.",
        "Lindt & Sprüngli shares (SIX: LISN) are among the most expensive on the Swiss exchange.",
    ],
    "store-count": [
        "Today {retailer} operates ca. {stores} stores in Germany and Austria ({yr} figures from its own website).",
        "With more than {stores} branches, {retailer} is present in almost every town with over 5,000 inhabitants.",
    ],
    "own-survey": [
        "Our own online survey (n = {n}, {city}, {month} {yr}) was not representative.",
        "Of the {n} respondents in the customer panel, {pct} % said price was the main reason to switch.",
        "The internal NPS for the app rose from {nps} to {nps2} points in Q{q}.",
    ],
    "appendix-reference": [
        "The full persona set is in Appendix {app} (Table A{app}).",
        "See Appendix {app} for the media plan and Figure {fig} for the customer journey map.",
        "The SWOT analysis (Appendix {app}) summarises the internal view.",
    ],
    "figure-table-label": [
        "Table {fig}: Media budget split by channel, FY {fy} (in EUR thousand).",
        "Figure {fig} – Customer journey of a B2B buyer at {B} (own illustration).",
        "Source: own presentation based on internal CRM data.",
    ],
    "model-acronym": [
        "The AIDA model (Attention, Interest, Desire, Action) structures the campaign.",
        "The SMART objectives (Specific, Measurable, Achievable, Relevant, Time-bound) are set out below.",
        "A PESTLE analysis (Political, Economic, Social, Technological, Legal, Environmental) frames the market.",
    ],
    "job-title": [
        "The Head of CRM (DACH) and the Leiterin Marketing both signed off the brief.",
        "Interviews were held with the Key Account Manager (Food Retail) and the Vertriebsleiter Süd.",
    ],
    "address-postcode": [
        "The headquarters is at Theresienhöhe in 80339 München, next to the Oktoberfest grounds.",
        "Samples were sent from the warehouse in 8604 Volketswil (canton of Zurich).",
        "The flagship store in 1010 Wien opened on {d}.{mm}.{yr}.",
    ],
    "german-date": [
        "The campaign ran from {d}.{mm}. to {d2}.{mm2}.{yr}.",
        "Closing date for the raffle was 31.12.{yr}, 23:59 Uhr.",
    ],
    "hashtag-handle": [
        "The Instagram account @{handle} grew fastest with the hashtag #Adventskalender{yr}.",
        "User posts under #{hashtag} were reposted on the brand's XING and LinkedIn pages.",
    ],
    "tv-show": [
        "The product was pitched on Die Höhle der Löwen (VOX) and sold out within hours.",
        "Sponsorship of the Tatort broadcast on Sunday evening (ARD, 20:15 Uhr) was rejected as too expensive.",
        "The brand appeared in Wetten, dass..? (ZDF) in the 1990s and is still remembered for it.",
    ],
    "slogan-with-years": [
        "The slogan „Geiz ist geil“ (used by Saturn from 2002 to 2007) shaped a whole generation of shoppers.",
        "„Lidl lohnt sich“ has been the discounter's claim since 2014.",
        "Haribo's „macht Kinder froh“ line dates back to the 1930s.",
    ],
    "product-launch-year": [
        "Lindt's Excellence range (launched in 1989) is the benchmark for dark chocolate in the category.",
        "The Swatch (first sold in 1983) rescued the Swiss watch industry from the quartz crisis.",
        "The ICE 4 (in service since 2017) is the backbone of the long-distance fleet.",
    ],
    "certification-label": [
        "The products carry the EU organic logo, the Bio-Siegel and, since {yr2}, the Nutri-Score (A to E).",
        "The coffee is Fairtrade- and Rainforest Alliance-certified (UTZ until 2020).",
        "All fish in the range is MSC- or ASC-certified.",
    ],
    "price-point": [
        "The private label costs EUR {eur_small} instead of EUR {eur_small2} for the brand.",
        "The Deutschlandticket started at EUR 49 a month in May 2023 and now costs more.",
        "The Austrian KlimaTicket Ö (Classic) costs EUR 1.095 a year.",
    ],
    "term-gloss": [
        "The Mittelstand (small and medium-sized, often family-owned firms) employs most of the German workforce.",
        "Lebensmitteleinzelhandel (LEH, food retail) is dominated by four groups.",
        "The Vollsortimenter (full-range grocers) respond with more own brands.",
        "Hidden champions (world market leaders in niches) rarely advertise to consumers.",
    ],
    "rail-product": [
        "The SBB GA Travelcard (Generalabonnement) is held by ca. {pct} % of Swiss adults.",
        "ÖBB Nightjet connections from Vienna to Hamburg and Zurich were extended in {yr}.",
        "The BahnCard 25 and BahnCard 50 are the core of DB's loyalty proposition.",
    ],
    "insurance-product": [
        "Motor third-party liability (Kfz-Haftpflicht) is compulsory, so insurers compete on price every November.",
        "Solvency II (in force since 2016) limits how much capital can be tied up in long guarantees.",
        "The household contents policy (Hausratversicherung) is usually sold together with personal liability (Privathaftpflicht).",
    ],
    "bank-product": [
        "The Girokonto costs EUR {eur_small} a month, inkl. Girocard and online banking.",
        "The Sparkasse-Finanzgruppe (S-Finanzgruppe) markets itself as one brand across ca. 350 savings banks.",
    ],
    "trade-fair": [
        "The new range will be shown at EuroShop {yr2} in Düsseldorf and at ISM in Cologne.",
        "The stand at Hannover Messe (Hall {hall}, Stand {stand}) cost more than the whole digital budget.",
        "At dmexco (Cologne, September) the team met three retail media providers.",
    ],
    "award": [
        "The campaign won an Effie Germany (Gold) in {yr} and a Bronze Lion in Cannes.",
        "The Swiss agency was named ADC Switzerland agency of the year in {yr}.",
    ],
    "course-module-reference": [
        "This report answers Task 1 (b) of the CIM Level 7 assignment brief.",
        "As required for Module 2 (Level 6), the plan covers a 12-month period.",
        "Word count: {words} words (excluding references and appendices).",
    ],
    "software-version": [
        "The CRM runs on Salesforce Marketing Cloud (Spring '24 release) linked to SAP S/4HANA.",
        "Segmentation was done in Excel (Microsoft 365, version 2402) and Power BI.",
    ],
    "founding-history": [
        "The firm was founded in 1886 in Stuttgart and is still controlled by a foundation.",
        "Migros began in 1925 with five Ford Model T trucks selling six products in Zurich.",
        "The brewery has brewed on the same site since 1634.",
    ],
    "fiscal-year": [
        "In FY {fy}, revenue grew by {pct_de} % to EUR {eur_mrd} Mrd.",
        "The GJ {fy} (1 March to 28 February) closed with a record Christmas quarter.",
        "H1/{yr} results were presented on {d}.{mm}.{yr2} in Essen.",
    ],
    "percentage-change": [
        "Sales of the private label grew by {pct_de} % (previous year: +{pct2_de} %).",
        "The click-through rate fell to {ctr} % (−0,4 pp) after the new consent banner.",
    ],
    "exchange-rate": [
        "At EUR 1 = CHF {fx} (average {yr}), Swiss prices are ca. {pct} % above German ones.",
        "All CHF figures were converted at the {yr} average rate (CHF 1 = EUR {fx2}).",
    ],
    "generation-label": [
        "Gen Z (born 1997–2012) is the core target group of the app.",
        "Baby boomers (born 1946–1964) still hold most of the life insurance policies.",
    ],
    "iso-din-norm": [
        "The plant is certified to DIN EN ISO 9001:2015 and ISO 14001:2015.",
        "The packaging meets EN 13432 for compostability.",
    ],
    "opening-hours": [
        "Stores are open Mo–Sa 7:00–22:00 Uhr; Sunday trading is not allowed in most of Germany.",
        "In Switzerland, shops in railway stations (e.g. Zürich HB) may open on Sundays.",
    ],
    "employee-count": [
        "With ca. {staff} Mitarbeitende (FTE), the firm is a typical Mittelstand company.",
        "The marketing department has {n} employees (as of 31.12.{yr}).",
    ],
    "campaign-name": [
        "The „{campaign}“ campaign ran on TV, DOOH and Instagram in {month}.",
        "Internally, the project was called „{campaign}“ (Phase {q}).",
    ],
    "regional-label": [
        "DACH (Germany, Austria, Switzerland) is managed from the Munich office.",
        "The Romandie (French-speaking Switzerland) needs its own copy, not a translation.",
        "Nielsen area 4 (Bavaria) has the highest share of regional beer brands.",
    ],
    "kpi-quarter": [
        "Q{q}/{yr}: 1.2 Mio. app downloads, {pct} % active after 30 days.",
        "KW {kw} (calendar week) is the start of the summer promotion.",
    ],
}  # fmt: skip

_CITIES = ["Berlin", "Hamburg", "Munich", "Cologne", "Stuttgart", "Vienna", "Graz", "Zurich", "Basel", "Geneva",
           "Frankfurt", "Düsseldorf", "Linz", "Salzburg", "Bern", "Lausanne", "Lugano", "Nuremberg", "Leipzig", "Innsbruck"]  # fmt: skip
_RETAILERS = [
    "Aldi",
    "Lidl",
    "REWE",
    "EDEKA",
    "Migros",
    "Coop",
    "Spar",
    "BILLA",
    "Hofer",
    "Kaufland",
    "Denner",
    "Penny",
]
_HANDLES = ["lidl.de", "dm_deutschland", "migros", "redbull", "lindt_schweiz", "oebb", "sbbcffffs", "rewe", "tchibo_de"]
_HASHTAGS = ["Oktoberfest", "Wiesn", "Schulanfang", "BlackWeek", "Weihnachtsmarkt", "Fasching", "Grüezi", "Heimatliebe",
             "Nachhaltigkeit", "MadeInGermany", "Swissmade"]  # fmt: skip
_CAMPAIGNS = ["Heimatliebe", "Wir lieben Lebensmittel", "Gutes Leben", "Zeit für Zuhause", "Einfach mal anders",
              "Mehr Bahn für alle", "Grüezi Zukunft", "Servus Sommer", "Der Winter kann kommen", "Echt gut"]  # fmt: skip


def _de(number: float, places: int = 1) -> str:
    """A number as German writers type it: a decimal comma."""
    return f"{number:.{places}f}".replace(".", ",")


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    year = rng.randint(2016, 2024)
    return {
        "yr": str(year),
        "month": rng.choice(["January", "March", "May", "June", "September", "October", "November", "December"]),
        "yr2": str(year + 1),
        "city": rng.choice(_CITIES),
        "retailer": rng.choice(_RETAILERS),
        "pct": str(rng.randint(3, 68)),
        "pct_de": _de(rng.uniform(0.3, 14.9)),
        "pct2_de": _de(rng.uniform(0.3, 9.9)),
        "ctr": _de(rng.uniform(0.4, 4.8)),
        "eur_mio": _de(rng.uniform(0.2, 9.9)),
        "eur_mrd": _de(rng.uniform(1.1, 95.0)),
        "eur_small": _de(rng.uniform(0.49, 19.9), 2),
        "eur_small2": _de(rng.uniform(1.0, 29.9), 2),
        "chf_mio": f"{rng.uniform(0.3, 12.0):.1f}",
        "chf_small": f"{rng.randint(9, 79)}.{rng.choice(['00', '50', '90', '95'])}",
        "stores": f"{rng.randint(1, 12)},{rng.randint(100, 999)}" if rng.random() < 0.6 else str(rng.randint(120, 990)),
        "nps": str(rng.randint(-10, 30)),
        "nps2": str(rng.randint(31, 60)),
        "fy": rng.choice([f"{year - 1}/{str(year)[2:]}", str(year)]),
        "yy": f"{rng.randint(14, 24):02d}",
        "mm": f"{rng.randint(1, 12):02d}",
        "mm2": f"{rng.randint(1, 12):02d}",
        "d2": str(rng.randint(1, 28)),
        "app": str(rng.randint(1, 9)),
        "fig": str(rng.randint(1, 14)),
        "hall": str(rng.randint(2, 27)),
        "stand": f"{rng.choice('ABCDEFGH')}{rng.randint(10, 99)}",
        "words": f"{rng.randint(2, 4)},{rng.randint(100, 999)}",
        "handle": rng.choice(_HANDLES),
        "hashtag": rng.choice(_HASHTAGS),
        "fx": f"0.{rng.randint(92, 99)}",
        "fx2": f"1.0{rng.randint(1, 9)}",
        "staff": f"{rng.randint(1, 9)}.{rng.randint(100, 999)}",
        "kw": str(rng.randint(1, 52)),
        "campaign": rng.choice(_CAMPAIGNS),
    }
