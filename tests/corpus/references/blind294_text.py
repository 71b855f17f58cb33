"""The blind294 pool's prose: marketers at Tuscan and Umbrian wineries, agriturismi, olive-oil mills, leather and
fashion houses, food brands, tour operators and tourism bodies writing CIM Level 6 and 7 reports and MBA assignments.

Written without reading the checker, its tests or any other pool. The candidates work in Italy, the UK, Germany and
the United States and write in English, some as Italians (Italian wine and place names, "agriturismo", Italian
slogans), some as British, German or American marketers. The text around the citations is full of vintages, DOC and
DOCG years, palios and festivals, towns and provinces with years, collections, harvests, UNESCO inscriptions, EU
rules, scores, tickers and prices in euros, none of them citations. Placeholders are those of text.py, and these of
this pool's own: {wine} a label, {vy} a vintage, {town} a comune, {prov} a province, {eur} a euro price, {pts} a
score, {Y3} a recent year, {pc} a percentage, {ch} a channel, {mkt} an export market, {fest} a festival, {cs} a case
brand named beside the sources.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Marchesi Antinori", "Frescobaldi", "Castello Banfi", "Barone Ricasoli", "Biondi-Santi", "Lungarotti",
          "Ferragamo", "Gucci", "Il Bisonte", "Scuola del Cuoio", "Laudemio", "Olio Carli", "Fattoria La Vialla",
          "Eataly", "Toscana Promozione Turistica", "Umbria Tourism", "the Consorzio Vino Chianti Classico",
          "the Consorzio del Vino Brunello di Montalcino", "Slow Food", "Agriturist", "Arnaldo Caprai",
          "Castello di Ama", "Tenuta San Guido", "Brunello Cucinelli", "Monini", "Perugina", "Rocca delle Macìe",
          "Avignonesi", "Col d'Orcia", "Antica Macelleria Cecchini", "Borgo Santo Pietro", "Castello di Potentino"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the common ones."""
    return {
        "wine": rng.choice(["Tignanello", "Sassicaia", "Ornellaia", "Solaia", "Guado al Tasso", "Cervaro della Sala",
                            "Brunello di Montalcino", "Rosso di Montalcino", "Vino Nobile di Montepulciano",
                            "Chianti Classico Gran Selezione", "Sagrantino di Montefalco", "Rubesco Riserva Vigna Monticchio",
                            "Castello di Brolio", "Mormoreto", "Poggio alle Mura", "Summus", "Tenuta Greppo Riserva"]),
        "vy": str(rng.randint(1985, 2021)), "Y3": str(rng.randint(2016, 2025)), "pc": str(rng.randint(3, 68)),
        "town": rng.choice(["Montalcino", "Greve in Chianti", "Montepulciano", "Pienza", "San Gimignano", "Montefalco",
                            "Torgiano", "Radda in Chianti", "Gaiole in Chianti", "Castellina in Chianti", "Bolgheri",
                            "Orvieto", "Spello", "Cortona", "Bevagna", "San Casciano in Val di Pesa"]),
        "prov": rng.choice(["Siena", "Perugia", "Firenze", "Arezzo", "Grosseto", "Terni", "Livorno", "Pisa", "Lucca"]),
        "eur": f"{rng.randint(6, 48)}.{rng.choice(['00', '50', '90', '95'])}", "pts": str(rng.randint(90, 100)),
        "ch": rng.choice(["Instagram", "the wine club", "email", "the estate's e-shop", "TikTok", "Google Ads",
                          "Booking.com", "Airbnb Experiences", "WhatsApp Business", "the cellar door"]),
        "mkt": rng.choice(["the UK", "Germany", "the United States", "Switzerland", "Canada", "Japan"]),
        "fest": rng.choice(["Umbria Jazz", "Eurochocolate", "Vinitaly", "Benvenuto Brunello", "Anteprima Vino Nobile",
                            "Chianti Classico Collection", "Cantine Aperte", "Pitti Uomo", "Festa dell'Olio", "Calici di Stelle"]),
        "cs": rng.choice(["Antinori", "Banfi", "Ferragamo", "Lungarotti", "Frescobaldi", "Eataly", "La Vialla"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although their sample was drawn from only one region.",
    "{N} concluded that {C}; this is directly relevant to {B}.", "{N} identified that {C}, particularly among {A}.",
    "{N} suggested that {C}, a view shared by the wineries around {prov} interviewed for this report.",
    "{N} showed that {C} in {mkt}.", "{N} makes the point that {C}.", "{N} warns that {C}.",
    "{N} observed that {C}, which helps explain why {B} invested in {ch}.",
    "{N} describe wine tourism as an experience built on place, and show that {C}.",
    "{N} report that {C} across the Italian wineries they surveyed.", "{N} questioned whether {C}.",
    "{N} went further and argued that {C} and that {C2}.", "{N} noted that {C} in Tuscany and Umbria alike.",
    "{N} states that {C}.", "{N} highlight that {C}, especially for family estates.",
]  # fmt: skip
NARRATIVE_MID = [
    "{O}, {N} found that {C}.", "This is consistent with {N}, who showed that {C}.",
    "{C}, which supports the findings of {N}.", "As {N} point out, {C}.", "According to {N}, {C}.",
    "In their study of Tuscan agriturismi, {N} found that {C}.", "{C} – a view shared by {N}.",
    "Research by {N} suggests that {C}.", "{B} is a good example: {N} showed that {C}.",
    "Data from {N} show that {C}.", "{C}; however, {N} found the opposite for {A}.",
    "Following {N}, this report treats the cellar door as a channel in its own right, because {C}.",
    "Evidence from {N} suggests that, for {A}, {C}.", "{C}, as {N} noted in their review of {T}.",
    "For a family estate such as {B}, the work of {N} matters because {C}.",
    "A survey carried out by {N} found that {C}.", "{C}, according to {N}.",
    "Not everyone agrees: {N}, for instance, maintained that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of Chianti wineries showed that {C}.", "Using {N} framework, it is clear that {C}.",
    "{O}, {N} report concluded that {C}.", "{B} could apply {N} model, since {C}.",
    "{N} findings are useful here because {C}.", "This reflects {N} argument that {C}.",
    "According to {N} survey, {C}.", "{N} segmentation of wine tourists suggests that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For {A}, {C} {P}.",
    "This matters because {C} {P}.", "{B} is no exception, since {C} {P}.", "{C}, especially in {mkt} {P}.",
    "It is often claimed that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.",
    "{C} (as shown in Figure {q}) {P}.", "In short, {C} {P}.", "{C}, which is why {B} invests in {ch} {P}.",
    "Wine tourism in Italy is worth more every year, and most of it happens in Tuscany {P}.",
    "Agritourism began as a way to keep farming families on the land {P}.", "{C}. {P}",
    "{C} {P:see also}.", "{C}, as several Italian studies show {P:for example,}.",
    "Luxury houses protect their heritage as carefully as their prices {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{B} has found that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "Some sources {P:e.g.} argue that {C}.", "{C} {P}: this means that {C2}.", "Studies {P} agree that {C}.",
    "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "wine tourists who visit a cellar door buy more of the brand at home afterwards",
    "{A} value the story of a family estate as much as the wine itself",
    "country of origin still works as a quality cue for Italian food abroad",
    "investment in {T} lifts {R} among {A} when it shows the vineyard and the people",
    "agriturismi depend on direct bookings to keep their margins",
    "online travel agencies take a large share of the revenue of small farm stays",
    "luxury leather brands lose exclusivity when they discount",
    "{A} in {mkt} see Tuscany as a lifestyle rather than only a wine region",
    "denomination labels matter less to younger wine drinkers than grape variety and price",
    "{B} relies on {ch} more than its rivals do", "sustainability claims need proof to be believed by {A}",
    "extra virgin olive oil is bought on price unless the brand tells a credible story of origin",
    "heritage is an asset only when a brand keeps it alive in its products",
    "the cost of a tasting is seen as part of the experience rather than a barrier",
    "overtourism in the Val d'Orcia threatens the very landscape that attracts visitors",
    "wine clubs turn one-off visitors into loyal customers", "{A} book experiences rather than rooms",
    "Made in Italy carries a price premium in {mkt}", "small estates struggle to be seen on Instagram without paid support",
    "the return on {T} is highest when it is tied to {R}", "Umbria is still less known abroad than Tuscany",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In Tuscany", "In Umbria",
    "For {B}'s marketing team", "Since the pandemic", "In the context of {B}", "From a visitor's perspective",
    "Nevertheless", "Consequently", "Within the wine sector", "In the luxury market", "Looking at export markets",
    "Overall", "Interestingly", "In the case of {B}",
]  # fmt: skip
PLAIN = [
    "{B} now reaches customers and visitors from {q}0 countries.",
    "This section analyses {B}'s current digital channels and makes recommendations.",
    "The table below summarises the key performance indicators for each channel.",
    "{B}'s Instagram account has over {n}k followers, but engagement is low.",
    "The recommendations are costed and phased over twelve months.", "{O}, {C}.",
    "Guests can book a tasting online, by email or at the cellar door.",
    "A SWOT analysis of {B} is included in the appendix.",
    "The estate produces red wine, extra virgin olive oil and honey, and has eleven rooms for guests.",
    "The main competitors are {B} and two smaller family estates nearby.",
    "Task 2 builds on this by proposing a content plan for the next harvest season.",
    "Most visitors arrive between April and October, with a peak at the grape harvest.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one wine marketing text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{N} put it plainly: {Q}.", "{B} appears to accept that {Q} {P}.", "One study concluded that {Q} {P}.",
    "In the words of {N}, {Q}.", "Marketers are told that {Q} {P}, which {B} should note.",
]  # fmt: skip
SCARE_QUOTES = ["‘quiet luxury’", "‘authentic’", "‘overtourism’", "‘slow travel’", "‘terroir’", "'dolce vita'",
                "“Made in Italy”", "‘wine lovers’", "‘greenwashing’", "‘experiential’", "'Instagrammable'",
                "‘Chiantishire’", "«agriturismo»", "‘heritage’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} has been accused of {Q} marketing {P}.", "So-called {Q} tourism is a growing concern in Tuscany {P}.",
    "The term {Q} is used loosely in the wine industry {P}.", "British visitors still call the area {Q} {P}.",
    "Critics describe this as {Q}, and {B} is not immune {P}.", "This trend, often called {Q}, affects {A} most {P}.",
    "{N} called the idea of {Q} a marketing device.",
]  # fmt: skip
SUBJECT_LINES = ["‘Harvest is here: book your {town} tasting’", "‘Your {wine} is waiting in the cellar’",
                 "“Last rooms for the grape harvest”", "‘Ciao! 15% off your first case’",
                 "‘The new olive oil has arrived’", "“An evening among the vines”", "'Free shipping to {mkt} this week'",
                 "‘Meet the family behind {B}’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} can lift open rates {P}.", "{B} used {Q} in its wine-club email {P}.",
    "Short, seasonal copy ({Q}, for example) works well with {A} {P}.",
    "The email {Q} was opened by more {A} than any other {P}.",
    "Testing {Q} against a plainer version showed a clear winner {P}.",
    "{N} found that lines like {Q} work because they create urgency.",
]  # fmt: skip

# Text with brackets, years or quotation marks that is no citation: nothing here belongs in the reference list.
NOT_CITATIONS = {
    "vintage-label": [
        "The estate's flagship, {wine} {vy}, now sells for over €{n} a bottle.",
        "Tignanello 2016 was the bottle most guests asked about in the shop.",
        "Sassicaia 1985 is still the vintage collectors talk about.",
    ],
    "vintage-bracketed": [
        "Brunello di Montalcino Riserva (2015) sold out within a month of release.",
        "The tasting ends with {wine} ({vy}) served with pecorino from {town}.",
        "Critics preferred the Vino Nobile (2019) to the Riserva.",
    ],
    "vintage-quoted": [
        "Importers in {mkt} were told that ‘the {vy} vintage’ would be small but excellent.",
        "The label copy simply reads “the 2019 vintage” under the family crest.",
    ],
    "docg-year": [
        "Chianti Classico DOCG (1984) has its own black rooster seal.",
        "Brunello DOCG (1980) was one of the first wines to receive the guarantee.",
        "Sagrantino di Montefalco DOCG (1992) is Umbria's best-known red.",
        "Vino Nobile di Montepulciano DOCG (1980) shares the honour with Brunello.",
    ],
    "doc-year": [
        "Bolgheri DOC (1994) finally gave the Super Tuscans a home.",
        "Orvieto DOC (1971) covers vineyards in Umbria and Lazio.",
        "Rosso di Montalcino DOC (1983) is the estate's entry-level red.",
    ],
    "igt-year": [
        "Most Super Tuscans are sold as Toscana IGT (1995) rather than DOCG.",
        "The blend is labelled Umbria IGT (1995) because it includes Merlot.",
    ],
    "pdo-oil": [
        "The estate's oil carries the Toscano IGP label (1998), which guarantees the origin of the olives.",
        "Umbria DOP (1998) oil is graded by five sub-zones.",
        "The Chianti Classico DOP (2000) label is rarely seen outside Italy.",
    ],
    "palio": [
        "Hotels in the city centre are fully booked for the race (Palio di Siena, 2 July 2023).",
        "The second race of the year (Palio dell'Assunta, 16 August {Y3}) draws even larger crowds.",
        "{B} hosted importers on the day of the Palio (2 July {Y3}).",
    ],
    "festival-year": [
        "The brand ran a pop-up bar at Umbria Jazz 2024.",
        "Sales in Perugia peak during Eurochocolate (2022) and the Christmas markets.",
        "The estate launched its new label at {fest} ({Y3}).", "{B} was one of {n} exhibitors at {fest} {Y3}.",
    ],
    "town-year": [
        "Visitor numbers rose sharply after the new cellar opened (Montalcino, 2021).",
        "The first wine-tourism survey was carried out locally (Greve in Chianti, 2019).",
        "The family's second estate made its first wine (Montepulciano, 2018).",
        "Each wine club event is held in a different village ({town}, {Y3}).",
    ],
    "province-year": [
        "Agriturismo arrivals grew fastest in two provinces (Siena, 2022; Perugia, 2020).",
        "The estate's vineyards were replanted after the hailstorm ({prov}, {Y3}).",
        "Interviews were held with owners of farm stays ({prov}, spring {Y3}).",
    ],
    "fashion-collection": [
        "The Ferragamo Vara (1978) remains the brand's best-selling shoe.",
        "The Gancini bag (2023) reworks a hardware motif from the 1960s.",
        "Gucci's Bamboo bag (1947) is still produced by hand in Florence.",
        "Il Bisonte's autumn/winter collection ({Y3}) was shown at Pitti Uomo.",
    ],
    "leather-craft": [
        "Each bag is made from vegetable-tanned leather (Pelle Conciata al Vegetale in Toscana, since 1994).",
        "Il Bisonte's first workshop opened in Via del Parione (1970) in Florence.",
    ],
    "olive-harvest": [
        "The olive harvest was poor ({Y3}: yields down {pc}%).",
        "The estate picks by hand in late October (raccolta {Y3}).",
        "Frost damaged the groves (winter 1985) and many farmers replanted.",
    ],
    "oil-price": [
        "Producer prices for extra virgin oil reached a record (€{eur}/litre, {Y3}).",
        "A 500 ml bottle of the estate oil sells for €{eur} ({Y3} price list).",
        "Prices at origin almost doubled (€9.20 per litre, 2024).",
    ],
    "unesco": [
        "The Val d'Orcia (2004) is a UNESCO World Heritage landscape.",
        "The Historic Centre of Florence (1982) was the first Italian site on the list.",
        "Assisi (2000) and Pienza (1996) are both on the UNESCO list.",
        "The historic centre of San Gimignano (1990) attracts day-trippers from Florence.",
    ],
    "eu-rule": [
        "Producers must follow the Common Market Organisation (2013) rules on labelling.",
        "Under the Wine Labelling Regulation (2021), ingredients and nutrition must now be shown.",
        "Regulation (EU) No 1308/2013 sets out the rules for protected designations.",
        "The new QR-code labels follow Regulation (EU) 2021/2117.",
    ],
    "italian-law": [
        "Farm stays are defined by national law (Legge 96/2006) and regional rules.",
        "The Testo Unico del Vino (Law 238/2016) also regulates wine tourism.",
        "Tuscany's own agritourism law (L.R. 30/2003) limits the number of beds.",
    ],
    "wine-score": [
        "The {vy} vintage earned a perfect score (100 points, 2019).",
        "Critics were generous ({pts} points, {Y3}) and sales followed.",
        "The Riserva was rated highly ({pts}/100, {Y3} tasting).",
    ],
    "award-glasses": [
        "The estate won its first top award (Tre Bicchieri, {Y3}).",
        "The wine was named in an international list of the best wines of the year (No. {q}, {Y3}).",
        "The olive oil was awarded the top prize (Leone d'Oro, {Y3}).",
    ],
    "stock-ticker": [
        "Ferragamo has been listed in Milan since 2011 (Euronext Milan: SFER).",
        "Brunello Cucinelli (BIT: BC) reports in euros.",
        "Kering (EPA: KER) owns Gucci and other luxury houses.",
    ],
    "italian-slogan": [
        "The regional campaign used the line ‘Vivi la Toscana’ in every market.",
        "{B}'s labels read “Fatto a mano in Italia” on the back.",
        "The olive oil tin carries the words ‘Raccolto e franto in giornata’.",
        "Umbria's tourism slogan, ‘Il cuore verde d'Italia’, dates from the 1950s.",
    ],
    "bottle-figures": [
        "The Riserva is made in tiny quantities (2023 bottles).", "The first release was small (1,850 bottles).",
        "Production of the cru is capped ({n}0 bottles, {vy} vintage).",
    ],
    "founding-year": [
        "The Antinori family has made wine since 1385 (twenty-six generations).",
        "The Frescobaldi family (wine since 1308) owns estates across Tuscany.",
        "The oldest cellar in the village (est. 1878) now belongs to a cooperative.", "The mill has been run by one family (since 1911).",
    ],
    "vineyard-area": [
        "The estate farms {n} hectares of vines ({Y3} figures).", "The vineyard is small (4.5 ha, planted 1998).",
        "Sangiovese covers most of the denomination (around {pc}% of plantings).",
    ],
    "tasting-price": [
        "A guided tasting costs €{eur} per person ({Y3} season).", "The premium tour (€{n} pp, lunch included) sells out in summer.",
        "Children under 12 go free (tastings from age 18).",
    ],
    "agriturismo-rating": [
        "The farm stay holds the top rating (five ears of wheat, {Y3}).",
        "Rooms are graded by the region's own scheme (three spighe, {Y3} inspection).",
    ],
    "michelin": [
        "The estate restaurant kept its star (one Michelin star, {Y3}).",
        "Enoteca Pinchiorri (three stars since 2004) is Florence's most famous restaurant.",
    ],
    "revenue-euro": [
        "Group revenue reached a new high (€{n}m, {Y3}).", "Exports grew faster than home sales ({Y3}: +{pc}%).",
        "Net profit fell ({Y3} results: €{n}m).",
    ],
    "trade-fair": [
        "The export manager met German buyers at ProWein (Düsseldorf, {Y3}).",
        "The estate shared a stand with its neighbours at Vinitaly (Verona, April {Y3}).",
        "Leather buyers from {mkt} were invited to the trade fair (Lineapelle, {Y3}).",
    ],
    "wine-scandal": [
        "The methanol scandal (1986) damaged the image of Italian wine for a decade.",
        "Brunello's reputation was tested by the investigation (Brunellopoli, 2008).",
        "The floods in Florence (4 November 1966) destroyed many artisan workshops.",
    ],
    "historic-edict": [
        "Chianti's borders were first fixed by Cosimo III (1716).",
        "The Gallo Nero emblem (since 1924) is older than the DOCG itself.",
        "Baron Bettino Ricasoli wrote down the Chianti recipe (1872).",
    ],
    "wine-route": [
        "The estate lies on the Strada del Vino Nobile (founded 1999).",
        "Walkers on the Via Francigena (a European Cultural Route since 1994) stop at the farm shop.",
        "The Strada del Sagrantino (2000) links wineries around Montefalco.",
    ],
    "abv-ageing": [
        "The Riserva is big and ripe (14.5% ABV).", "Brunello must be aged for five years (two in oak).",
        "The wine spends 24 months in barrel (60 months before release).",
    ],
    "gbp-price": [
        "In UK supermarkets the wine sells for £{q}9.99 (75cl).",
        "UK retail prices rose after Brexit (£{n} a case, duty paid).", "The oil retails at £{q}4.50 (500ml) in Waitrose.",
    ],
    "exchange-rate": [
        "Prices were converted at the average rate (€1 = £0.86, {Y3}).",
        "US prices include tariffs (€1 = $1.08, March {Y3}).",
    ],
    "visitor-figures": [
        "Tourist arrivals in the region rose again ({n},000 in {Y3}).", "Half of overnight stays were by foreign visitors ({pc}%, {Y3}).",
        "The cellar received more visitors than ever (about {n}0 a day in August {Y3}).",
    ],
    "harvest-season": [
        "Guests can join the grape harvest (vendemmia, September {Y3}).",
        "The new oil is pressed within hours of picking (frantoio, November {Y3}).",
    ],
    "altitude-location": [
        "The vineyards are high by Tuscan standards (564 m a.s.l.).",
        "The farm is a short drive from the motorway (A1, exit Valdichiana).",
        "The scenic road through Chianti (SS222, the Chiantigiana) is part of every tour.",
    ],
    "museum-opening": [
        "The Museo Salvatore Ferragamo (1995) tells the founder's story.",
        "The wine museum at the estate (opened {Y3}) is free for guests.",
        "Lungarotti's wine museum in Torgiano (MUVIT, 1974) is one of the oldest in Italy.",
    ],
    "flagship-store": [
        "Ferragamo's flagship on Via de' Tornabuoni (Palazzo Spini Feroni, since 1938) is also its headquarters.",
        "The brand opened its first London store ({Y3}) and a second in Munich.",
        "Eataly's first store (Turin, 2007) became the model for the chain.",
    ],
    "financial-period": [
        "Direct-to-consumer sales were strongest in the first half (H1 {Y3}).",
        "The budget follows the financial year (FY{Y3}).", "Online orders doubled in the last quarter (Q4 {Y3}).",
    ],
    "sample-size": [
        "Most respondents had visited a winery before (n = {n}).", "The survey of farm-stay guests ran online (n={n}, {Y3}).",
    ],
    "cross-reference": [
        "The full PESTLE analysis is in the appendix (Appendix {q}).", "See Table {q} (page {q}) for the costed plan.",
        "The customer personas (Figure {q}) are based on interviews.",
    ],
    "handle-or-address": [
        "The region posts daily on Instagram (@visittuscany).", "Bookings are made online (www.example-agriturismo.it).",
        "The hashtag (#ChiantiClassico) has been used over a million times.",
    ],
    "abbreviation": [
        "Denominazione di Origine Controllata e Garantita (DOCG) is the highest level of Italian wine classification.",
        "Key performance indicators (KPIs) include direct bookings and wine-club sign-ups.",
        "Small and medium-sized enterprises (SMEs) make up most of Italy's wine sector.",
        "Protected Designation of Origin (PDO) rules cover both wine and olive oil.",
    ],
    "size-dimensions": [
        "The classic tote is generously sized (38 × 30 × 12 cm).", "The oil also comes in a large tin (3 L, for restaurants).",
    ],
    "generation-family": [
        "The estate is run by the family's youngest generation (the 26th since 1385).",
        "Lungarotti is led by two sisters (second generation, since 1999).",
    ],
    "climate-event": [
        "The drought (summer 2022) cut yields across central Italy.",
        "Late frost (April {Y3}) damaged the buds in many vineyards.",
        "A hailstorm ({d} June {Y3}) destroyed part of the crop.",
    ],
}  # fmt: skip
