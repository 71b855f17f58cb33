"""The prose of the blind291 pool: marketers at Belgian chocolatiers, praline and biscuit makers, confectionery
retailers, cocoa processors and the Flemish, Walloon and Brussels food-promotion bodies, writing CIM Level 6 and 7
reports and MBA assignments in English on premium, gifting, export, retail and digital-channel marketing.

Written without reading the checker, its tests or any other pool. ``{N}`` is a narrative citation, ``{P}`` a
parenthetical one ("{P:see}" puts a word inside its bracket), ``{Q}`` a quotation, ``{C}`` a claim, ``{B}`` a brand,
``{O}`` an opener; the other placeholders are filled by ``values``. NOT_CITATIONS holds brackets, years, figures,
slogans and tickers that are no citation: praline boxes and bars with launch years, cocoa percentages and origins,
shop openings by town, provinces and municipalities, royal warrants, Easter and Sinterklaas seasons, fairs and awards,
cocoa prices, EU rules, stock tickers, Dutch and French slogans and tonnages.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Neuhaus", "Leonidas", "Godiva", "Côte d'Or", "Pierre Marcolini", "Galler", "Guylian", "Jules Destrooper",
          "Lotus Biscoff", "Delacre", "Meurisse", "Belvas", "Callebaut", "Colruyt", "Delhaize", "Neuhaus", "Leonidas",
          "Mary", "Corné Port-Royal", "Dumon", "Café-Tasse", "Jacques", "Kim's Chocolates", "Duc d'O"]  # fmt: skip

NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although the sample was drawn only from Flanders.",
    "{N} concluded that {C}.", "{N} showed that {C}, which matters for {B}.", "{N} points out that {C}.",
    "{N} suggested that {C}; {B}'s own shop data seem to confirm this.", "{N} highlight that {C}.",
    "{N} found that {C}, especially among {A}.", "{N} states that {C}.", "{N} warned that {C}.",
    "{N} went further and argued that {C} and that {C2}.", "{N} explains that {C} (for instance through {T}).",
    "{N} observed that {C} – a point {B} has not yet acted on.", "{N} questioned whether {C}.",
    "{N} stresses that {C}, particularly in the gifting season.", "{N} also noted that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "{O}, {N} found that {C}.", "As {N} explain, {C}.", "{C}, as {N} point out.",
    "This is in line with {N}, who argue that {C}.", "{B} could learn from {N}, who showed that {C}.",
    "{C}; {N} reached a similar conclusion.", "In a Belgian context, {N} found that {C}.",
    "Research by {N} shows that {C}.", "For {B}, the lesson from {N} is that {C}.",
    "{O}, as {N} noted, {C}.", "A similar view is taken by {N}, for whom {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study found that {C}.", "{O}, {N} model suggests that {C}.", "{N} framework explains why {C}.",
    "{N} findings imply that {C}.", "{N} survey of Belgian shoppers showed that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "There is evidence that {C} {P}.", "It is widely accepted that {C} {P}.",
    "{C} {P:see}.", "{C} {P:e.g.}.", "Studies of Belgian shoppers suggest that {C} {P}.", "{O}, {C} {P}.",
    "In the praline market, {C} {P}.", "Export data indicate that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, although {C2}.", "{C} {P}; even so, {C2}.", "{C} {P}, while {C2}.",
    "{O}, {C} {P}, which means that {C2}.", "{C} {P:see}, but {C2}.",
]  # fmt: skip
CLAIMS = [
    "{B} could {bs} to win {A}", "{T} raises {R} among {A}", "{A} expect premium chocolate brands to {bs}",
    "country of origin still justifies a price premium for Belgian pralines", "gifting drives most praline sales",
    "{A} trust a Belgian heritage claim more than a sustainability label", "{B} relies on {T} more than its rivals do",
    "discounters have pushed private-label chocolate into the premium tier", "{A} reward {T} with {R}",
    "seasonal peaks at Easter and Saint Nicholas hide a weak base trade", "duty-free shoppers treat pralines as a souvenir",
    "cocoa price rises are passed on to shoppers through smaller boxes", "chocolate tourism lifts sales in Brussels and Bruges",
    "ethical sourcing claims matter more to {A} than to older buyers", "the speculoos flavour travels well beyond Belgium",
    "firms that {bs} see stronger {R}", "packaging signals quality before the chocolate is tasted",
    "online shops widen the reach of small chocolatiers", "export promotion works best when regions act together",
    "the return on {T} falls as budgets grow", "corporate gifts are a steady B2B channel for chocolatiers",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "Similarly", "At the same time", "By contrast", "In the case of {B}",
           "More recently", "Even so", "In Belgium", "In export markets", "On the other hand", "For this reason"]  # fmt: skip
PLAIN = [
    "{B} sells through its own shops, supermarkets, airports and its web shop.",
    "The campaign ran for six weeks before Easter on Instagram, TikTok and in-store displays.",
    "{O}, {C}.", "{B} has boutiques in Belgium, the Netherlands, France and the UK.",
    "Most of the brand's pralines are still made in Belgium.", "The table below compares the main competitors.",
    "{B}'s price positioning sits between the discounters and the artisan chocolatiers.",
    "This section sets out the recommendations for the next three years.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one author puts it, {Q} {P}.", "{N} put it plainly: {Q}.", "{O}, {Q} {P}.",
    "This is summed up well: {Q} {P}.", "{N} writes that {Q}.", "{Q} {P}; this report agrees.",
]  # fmt: skip
SCARE_QUOTES = ["‘premiumisation’", "‘affordable luxury’", "‘Belgitude’", "‘bean to bar’", "‘made in Belgium’",
                "‘gifting moments’", "‘chocolate tourism’", "‘shrinkflation’", "‘phygital’"]  # fmt: skip
SCARE_FRAMES = [
    "Chocolatiers now talk of {Q} {P}.", "{B} calls its approach {Q} {P}.", "The trend known as {Q} continues {P}.",
    "What the trade calls {Q} is reshaping the category {P}.", "{N} describes this as {Q}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your Easter pralines are waiting’", "“Sinterklaas is coming: order before 1 December”",
                 "‘Free delivery on all ballotins this weekend’", "“A little Belgian luxury for Mother’s Day”",
                 "‘Last chance: Valentine boxes ship today’", "“Your loyalty points are about to expire”",
                 "‘New: our 70% single-origin collection’"]  # fmt: skip
SUBJECT_FRAMES = [
    "The subject line {Q} lifted open rates {P}.", "{B} sent the email {Q} to lapsed customers {P}.",
    "An email headed {Q} performed best in the A/B test {P}.", "A subject line such as {Q} creates urgency {P}.",
    "{N} cites {Q} as a typical seasonal subject line.",
]  # fmt: skip

_RANGES = ["the Ballotin", "the Manon", "the Leonidas Heritage collection", "the Neuhaus Caprice", "the Tentation box",
           "Marcolini's Grand Cru collection", "the Galler Langues de Chat", "the Guylian Seashells", "the Irrésistibles",
           "the Duc d'O Seasonal box", "the Godiva Gold collection", "the Mary Ballotin Prestige"]  # fmt: skip
_BARS = ["Côte d'Or Mignonnette", "Côte d'Or Bouchée", "Biscoff spread", "the Biscoff Sandwich", "Galler's 70% bar",
         "Jules Destrooper's Butter Crisps", "Delacre's Cigarettes Russes", "Meurisse Puur", "Belvas' Thins",
         "the Lotus Speculoos", "Côte d'Or Chokotoff", "Leonidas' Manon café"]  # fmt: skip
_ORIGINS = ["Ghana", "Ecuador", "Madagascar", "Côte d'Ivoire", "Peru", "Tanzania", "Vietnam", "Dominican Republic",
            "São Tomé", "Venezuela", "Uganda"]  # fmt: skip
_TOWNS = ["Antwerp", "Ghent", "Bruges", "Leuven", "Liège", "Namur", "Mons", "Mechelen", "Hasselt", "Kortrijk",
          "Wavre", "Knokke-Heist", "Sint-Niklaas", "Ostend", "Charleroi", "Aalst", "Genk", "Roeselare", "Arlon",
          "Maastricht", "Lille", "Amsterdam", "Cologne"]  # fmt: skip
_PROVINCES = ["Oost-Vlaanderen", "West-Vlaanderen", "Antwerpen", "Limburg", "Vlaams-Brabant", "Brabant wallon",
              "Hainaut", "Liège", "Namur", "Luxembourg", "Brussels-Capital Region"]  # fmt: skip
_MUNICIPALITIES = ["Wieze", "Lembeke", "Halle", "Vleteren", "Oostkamp", "Erembodegem", "Ixelles", "Uccle",
                   "Schaerbeek", "Zaventem", "Anderlecht", "Sint-Niklaas", "Eupen", "Verviers", "Lebbeke",
                   "Ruisbroek", "Puurs-Sint-Amands"]  # fmt: skip
_SLOGANS_NL = ["‘Puur genieten’", "‘Smaakt naar meer’", "“Lekker Belgisch”", "‘Fier op ons vakmanschap’",
               "“Samen genieten”", "‘Een klein moment van geluk’"]  # fmt: skip
_SLOGANS_FR = ["« Le goût de la Belgique »", "‘Savourez l'instant’", "“Ça se partage”", "‘Fait avec amour à Bruxelles’",
               "« Le chocolat, tout simplement »", "‘L'art du praliné’"]  # fmt: skip
_TICKERS = ["Euronext Brussels: LOTB", "SIX: BARN", "Euronext Amsterdam: AD", "Nasdaq: MDLZ", "Euronext Brussels: COLR",
            "SIX: LISN", "LSE: HOTC"]  # fmt: skip
_FAIRS = ["Salon du Chocolat", "ISM Cologne", "Chocolate Festival Bruges", "Horeca Expo Ghent", "Sweets & Snacks Expo",
          "Brussels Chocolate Weekend", "SIAL Paris", "Batibouw"]  # fmt: skip
_AWARDS = ["the International Chocolate Awards", "the Great Taste Awards", "the Academy of Chocolate Awards",
           "the Superior Taste Award", "the Gault&Millau Chocolatier of the Year title", "the Best Belgian Praline prize"]  # fmt: skip
_ATTRACTIONS = ["Chocolate Nation", "Choco-Story", "the Belgian Chocolate Village", "Chocolate World Antwerp",
                "the Callebaut Chocolate Academy", "the Choco-Story museum"]  # fmt: skip
_SEASONS = ["Sinterklaas", "Saint-Nicolas", "Pâques", "Easter", "Pasen", "Christmas", "Valentine's Day",
            "Mother's Day", "Fête des mères", "Moederdag"]  # fmt: skip
_RULES = ["the Cocoa and Chocolate Directive (2000)", "Directive 2000/36/EC (2000)", "the EU Deforestation Regulation (2023)",
          "the Food Information to Consumers Regulation (2011)", "the Packaging and Packaging Waste Regulation (2025)",
          "the CSRD (2022)", "the Green Claims proposal (2023)"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    year = rng.randint(2008, 2025)
    return {
        "RANGE": rng.choice(_RANGES), "LY": str(rng.randint(1912, 2024)), "BAR": rng.choice(_BARS),
        "PCT": rng.choice(["70%", "85%", "54.5%", "72%", "33.6%", "64%", "100%", "43%"]), "ORIGIN": rng.choice(_ORIGINS),
        "TOWN": rng.choice(_TOWNS), "PROV": rng.choice(_PROVINCES), "MUN": rng.choice(_MUNICIPALITIES),
        "SLOGNL": rng.choice(_SLOGANS_NL), "SLOGFR": rng.choice(_SLOGANS_FR), "TICK": rng.choice(_TICKERS),
        "FAIR": rng.choice(_FAIRS), "AWARD": rng.choice(_AWARDS), "ATTR": rng.choice(_ATTRACTIONS),
        "SEASON": rng.choice(_SEASONS), "RULE": rng.choice(_RULES), "YR": str(year), "YR2": str(min(year + rng.randint(1, 3), 2026)),
        "TONNES": f"{rng.randint(2, 950)},{rng.randint(100, 999)}", "USD": f"US${rng.randint(2, 11)},{rng.randint(100, 999)}",
        "EUR": f"€{rng.randint(3, 89)}.{rng.choice(['00', '50', '95', '99', '25'])}", "GR": str(rng.choice([100, 125, 200, 250, 375, 500, 750, 1000])),
        "PIECES": str(rng.choice([9, 12, 16, 24, 36, 48])), "SHOPS": str(rng.randint(8, 480)), "MIO": f"{rng.randint(1, 9)}.{rng.randint(1, 9)}",
        "SHARE": f"{rng.randint(5, 78)}%", "AGE": rng.choice(["18–24", "18–34", "25–44", "35–54", "55+", "16–29"]),
        "KBO": f"0{rng.randint(400, 899)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}", "CN": rng.choice(["1806 32", "1806 90", "1905 31", "1806 31", "1801 00"]),
        "WAVE": str(rng.randint(1, 9)), "FIG": str(rng.randint(1, 14)), "APP": str(rng.randint(1, 8)),
        "HANDLE": rng.choice(["@neuhauschocolates", "@leonidas_official", "@lotusbiscoff", "@pierremarcolini", "@galler.chocolatiers", "@cotedor_be"]),
    }  # fmt: skip


# Brackets, years, figures, slogans and tickers that are no citation.
NOT_CITATIONS = {
    "praline-range-launch-year": ["{RANGE} ({LY}) is still the best-selling box in the Belgian shops.",
                                  "Gift buyers recognise {RANGE} ({LY}) more readily than any new range.",
                                  "The relaunch of {RANGE} (first sold in {LY}) kept its original shape."],
    "ballotin-1915": ["The Ballotin (1915) was designed so that pralines would not be crushed.",
                      "Neuhaus still sells its pralines in the Ballotin (1915), a box invented in the Galerie de la Reine.",
                      "The gift box is a descendant of the Ballotin (1915)."],
    "heritage-collection-year": ["The Leonidas Heritage collection (2023) brought back recipes from the 1930s.",
                                 "Limited boxes such as the Heritage collection ({YR}) sold out before {SEASON}."],
    "bar-launch-year": ["{BAR} ({LY}) is sold in almost every Belgian supermarket.",
                        "Shoppers still buy {BAR} (launched {LY}) at the checkout.",
                        "The single-serve {BAR} ({LY}) is aimed at impulse purchases."],
    "biscoff-spread-year": ["Biscoff spread (2007) began as an entry to a Belgian television contest.",
                            "Line extensions such as Biscoff spread (2007) and Biscoff ice cream ({YR}) widened the brand."],
    "mignonnette-size": ["Côte d'Or Mignonnette ({GR} g, {PIECES} pieces) is sold by the counter in cafés.",
                         "The Mignonnette (10 g) is served with coffee in many Belgian cafés."],
    "cocoa-percent-origin-year": ["{B}'s {PCT} {ORIGIN} ({YR}) won praise from chefs.",
                                  "The new tablet, {PCT} {ORIGIN} ({YR} harvest), is sold only online.",
                                  "A {PCT} {ORIGIN} ({YR}) bar costs almost twice as much as a milk bar."],
    "single-origin-bracket": ["The single-origin range ({ORIGIN}, {PCT}) appeals to connoisseurs.",
                              "{B} lists the bean's origin on the pack ({ORIGIN}, {PCT} cocoa)."],
    "shop-opening-town-year": ["{B} opened its first shop outside Brussels ({TOWN}, {YR}).",
                               "The flagship store ({TOWN}, {YR}) doubles as a tasting room.",
                               "New boutiques followed quickly ({TOWN}, {YR}; {TOWN}, {YR2})."],
    "named-boutique-year": ["The Grand-Place boutique (Brussels, 1997) is the brand's busiest shop.",
                            "Its Galerie de la Reine shop (Brussels, 1857) is still open.",
                            "The Sablon boutique (Brussels, {YR}) hosts tastings for tourists."],
    "province-year": ["Chocolate consumption is highest in one province (Oost-Vlaanderen, 2022).",
                      "Sales grew fastest in the south ({PROV}, {YR}).",
                      "The pilot ran in a single province ({PROV}, {YR})."],
    "municipality-year": ["The factory expansion ({MUN}, {YR}) added 120 jobs.",
                          "Barry Callebaut's plant in Wieze (Oost-Vlaanderen) is the world's largest chocolate factory.",
                          "A new production line opened in Liège province (Liège, 2016)."],
    "royal-warrant-year": ["{B} became Purveyor to the Court of Belgium (1990).",
                           "The packaging carries its royal warrant (Purveyor to the Court of Belgium, {LY}).",
                           "The title of Fournisseur breveté de la Cour de Belgique ({LY}) is printed on every box."],
    "founding-year": ["{B} (est. {LY}) is still family-owned.", "The company was founded in {LY} (Brussels) as a pharmacy.",
                      "The brand's heritage (since {LY}) is central to its story."],
    "easter-season-year": ["Sales of hollow eggs peaked before Easter (Pâques 2024).",
                           "The Easter range (Pâques {YR}) was in shops by February.",
                           "Easter (Pasen {YR}) remains the second-largest season for chocolatiers."],
    "sinterklaas-season-year": ["Chocolate letters sold out early (Sinterklaas 2023).",
                                "The Saint Nicholas campaign (Saint-Nicolas {YR}) targeted parents in Wallonia.",
                                "Speculaas and chocolate figures peak every December (Sinterklaas {YR})."],
    "gifting-season-year": ["Boxes were discounted after the season ({SEASON} {YR}).",
                            "The online shop took a third of its orders in one week (Valentine's Day {YR})."],
    "chocolate-fair-year": ["{B} showed its new range at the {FAIR} {YR}.",
                            "Buyers from Japan met Belgian chocolatiers at the fair ({FAIR} {YR}).",
                            "The Salon du Chocolat 2024 in Brussels drew record crowds."],
    "award-year": ["Its dark praline won gold at {AWARD} ({YR}).",
                   "The chocolatier was named best in Belgium ({AWARD}, {YR}).",
                   "{B} prints its medal from the International Chocolate Awards (2022) on its packaging."],
    "attraction-opening-year": ["Visitors can learn about cocoa at {ATTR} ({YR}).",
                                "Chocolate Nation (2019) in Antwerp is now a major attraction.",
                                "Tourists combine a visit to {ATTR} (opened {YR}) with a workshop."],
    "cocoa-price-per-tonne": ["Cocoa futures reached a record ({USD} per tonne, {YR}).",
                              "The price of cocoa more than doubled ({USD}/t in {YR}).",
                              "Processors hedged against prices of {USD} a tonne ({YR} average)."],
    "eu-rule-year": ["Vegetable fats are allowed up to 5% under the Cocoa and Chocolate Directive (2000).",
                     "Importers must trace every bean under {RULE}.",
                     "Labels had to change after {RULE} came into force."],
    "eudr-year": ["Cocoa importers must prove their beans are deforestation-free (EUDR, 2023).",
                  "The EUDR (2023) applies to cocoa, coffee and palm oil.",
                  "Compliance with the EUDR (Regulation (EU) 2023/1115) will raise costs."],
    "stock-ticker": ["Lotus Bakeries is listed in Brussels (Euronext Brussels: LOTB).",
                     "Barry Callebaut's shares trade in Zürich (SIX: BARN).",
                     "Its parent company's shares ({TICK}) fell after the results."],
    "dutch-slogan": ["The Flemish campaign used the line {SLOGNL} on billboards.",
                     "{B}'s Dutch-language slogan, {SLOGNL}, tested well with {A}.",
                     "VLAM's slogan {SLOGNL} ran on radio in Flanders."],
    "french-slogan": ["In Wallonia the campaign ran as {SLOGFR}.", "The French-language tagline {SLOGFR} was dropped after a year.",
                      "Shoppers in Brussels remembered the slogan {SLOGFR} best."],
    "tonnes-figure": ["Exports of pralines to Japan remained small (2023 tonnes).",
                      "Output at the plant rose sharply ({TONNES} tonnes).",
                      "Exports to the UK fell after Brexit ({TONNES} tonnes in {YR})."],
    "export-share-year": ["Most Belgian chocolate is sold abroad (exports: {SHARE}, {YR}).",
                          "France remains the largest export market ({SHARE} of exports, {YR})."],
    "price-box": ["A ballotin of {GR} g costs about {EUR} in the Brussels shops.",
                  "The entry box ({EUR}, {PIECES} pralines) is aimed at tourists.",
                  "Supermarket pralines sell for far less ({EUR} for {GR} g)."],
    "box-weight-pieces": ["The Easter box ({GR} g, {PIECES} pralines) is the best seller.",
                          "Each gift box ({PIECES} pieces) is filled by hand."],
    "financial-year": ["Revenue rose by {SHARE} in the last financial year (FY{YR}).",
                       "Operating margin fell (H1 {YR}) as cocoa costs rose.",
                       "Results for the 2023/24 financial year (ending 31 August) were mixed."],
    "quarter-year": ["Online sales grew strongly (Q{q} {YR}).", "Promotions were cut back in the fourth quarter (Q4 {YR})."],
    "acquisition-year": ["Guylian has been owned by Lotte since 2008 (acquired for about €{n}m).",
                         "Côte d'Or has changed owners several times (sold in 1987 and again in 1990).",
                         "Godiva was sold to Yıldız Holding in 2007 (for US$850m)."],
    "nutri-score-year": ["Most of the range scores poorly on the label (Nutri-Score E, {YR}).",
                         "The biscuit moved up a grade after the recipe change (Nutri-Score D, {YR})."],
    "certification-year": ["The brand earned its B Corp certification ({YR}).",
                           "All its cocoa has been certified since {YR} (100% traceable beans).",
                           "The plant runs on green electricity (ISO 14001, {YR})."],
    "anniversary-year": ["The brand celebrated a milestone (150th anniversary, {YR}).",
                         "A limited tin marked the centenary (1923–2023)."],
    "sample-size": ["Most respondents preferred dark chocolate (n = {n}).",
                    "The survey was sent to customers in Flanders and Brussels (n = {n}, {YR})."],
    "figure-table-appendix": ["The competitors are compared in the perceptual map (Figure {FIG}).",
                              "The full results are in the appendix (Appendix {APP}).",
                              "The price points are summarised below (see Table {FIG})."],
    "survey-wave-year": ["Trust in Belgian brands held steady (wave {WAVE}, {YR}).",
                         "Results from the panel (wave {WAVE}, spring {YR}) are summarised below."],
    "store-count-year": ["The chain has grown quickly ({SHOPS} shops, {YR}).",
                         "{B} runs a large network of franchise shops ({SHOPS} in {YR})."],
    "visitor-figures-year": ["Brussels received a record number of visitors ({MIO} million overnight stays, {YR}).",
                             "Bruges attracts millions of day trippers ({MIO} million, {YR})."],
    "recall-event-year": ["The salmonella outbreak at the Arlon factory (April 2022) forced a large recall.",
                          "Production was halted after the contamination (Wieze, June 2022)."],
    "social-handle": ["The brand's Instagram account ({HANDLE}) has the most followers in the category.",
                      "Influencers tag the brand in their posts ({HANDLE})."],
    "vat-rate-year": ["Chocolate is taxed at the reduced rate in Belgium (VAT 6%, {YR}).",
                      "Prices include VAT (21% on non-food gifts, {YR})."],
    "tariff-code-year": ["Exports of filled chocolate (CN {CN}) rose in {YR}.",
                         "Trade data for the product group (HS 1806, {YR}) show growth in Asia."],
    "exchange-rate-year": ["Prices were converted at the average rate (€1 = £0.86, {YR}).",
                           "UK prices rose after the pound weakened (€1 = £0.85, {YR})."],
    "age-band": ["The campaign targeted younger buyers (aged {AGE}).",
                 "Gifting is most common among one group (aged {AGE}, {SHARE} of buyers)."],
    "enterprise-number": ["The company is registered in Belgium (enterprise no. BE {KBO}).",
                          "Invoices show the seller's details (KBO {KBO}, Brussels)."],
    "expo-year": ["The praline became famous at the World's Fair (Expo 58).",
                  "Belgian chocolate was showcased to the world at Expo 1958 (Heysel, Brussels)."],
    "region-year": ["Per-capita spending is highest in the north (Flanders, {YR}).",
                    "The brand gained share in the south (Wallonia, {YR}) but lost it in Brussels."],
    "campaign-year": ["The ‘Chocolate Moments’ campaign ({YR}) was aimed at {A}.",
                      "{B}'s Christmas film (Christmas {YR}) was its most watched video."],
    "price-per-kilo-year": ["Premium pralines cost far more than supermarket ones (€{n}/kg, {YR}).",
                            "The average shelf price fell (to {EUR} per kg in {YR}) as discounters grew."],
}  # fmt: skip
