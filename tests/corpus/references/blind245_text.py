"""The blind245 pool's prose: marketers at dairy, meat, bakery and food-processing firms and farmer co-operatives in
the UK and Ireland (Arla Foods UK, Müller UK & Ireland, First Milk, Dairygold, Ornua, Tirlán, Lakeland Dairies, Dale
Farm, ABP, Dawn Meats, Kepak, Cranswick, Pilgrim's UK, Moy Park, Warburtons, Hovis, Allied Bakeries, Pladis, Kerry,
Glanbia and Origin Green members) writing CIM Level 6 and 7 reports and MBA assignments on export, brand and trade
marketing.

Written without reading the checker, its tests or any other pool. Placeholders are those of text.py; ``values``
adds this pool's own. The decoys are what these candidates write that looks like a citation and is not one: milk and
farm-gate prices, volumes and herds, brands and launch years, labels and schemes, laws, plants, shows, exports,
co-op payments, tickers, awards, job titles and financial periods.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Kerrygold", "Arla", "Müller", "Cravendale", "Anchor", "Lurpak", "Cathedral City", "Dairygold", "Avonmore",
          "Tirlán", "Lakeland Dairies", "Dale Farm", "Ornua", "First Milk", "ABP", "Dawn Meats", "Kepak", "Cranswick",
          "Moy Park", "Pilgrim's UK", "Warburtons", "Hovis", "Kingsmill", "Pladis", "McVitie's", "Kerry Group",
          "Glanbia", "Denny", "Galtee", "Cheestrings", "Richmond", "Yeo Valley", "Müller Corner", "Clonakilty"]  # fmt: skip

_AUDIENCES = ["retail buyers", "German shoppers", "Gen Z milk drinkers", "foodservice buyers", "Chinese importers",
              "flexitarian households", "discounter shoppers", "young families", "Irish consumers", "US retailers"]  # fmt: skip
_RESULTS = ["brand preference", "price premiums", "retailer listings", "export volumes", "repeat purchase", "share of shelf",
            "trust in farming", "rate of sale", "brand equity"]  # fmt: skip
_TECHNIQUES = ["grass-fed provenance messaging", "country-of-origin labelling", "farmer-led storytelling",
               "promotional price-cutting", "trade marketing", "sustainability reporting", "sponsorship of GAA and rugby",
               "private-label supply", "retail media", "in-store sampling", "carbon labelling"]  # fmt: skip
_PRODUCTS = ["butter", "cheddar", "fresh milk", "yoghurt", "sliced bread", "sausages", "chicken fillets", "infant formula",
             "whey protein", "Irish beef", "crumpets"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use, and its own audiences, results, techniques and products."""
    return {
        "A": rng.choice(_AUDIENCES), "R": rng.choice(_RESULTS), "T": rng.choice(_TECHNIQUES), "M": rng.choice(_PRODUCTS),
        "p": str(rng.randint(28, 48)), "c": str(rng.randint(30, 58)), "bn": f"{rng.randint(10, 16)}.{rng.randint(1, 9)}",
        "k": f"{rng.randint(3, 19)},{rng.randint(1, 9)}00", "pct": f"{rng.randint(1, 9)}.{rng.randint(0, 9)}",
        "co": rng.choice(["Dairygold", "Tirlán", "Lakeland", "Arla", "First Milk", "Kerry Dairy Ireland"]),
        "yr": str(rng.randint(2015, 2024)), "hs": str(rng.randint(85, 160)), "bw": str(rng.randint(17, 22)), "mon": rng.choice(["January", "March", "April", "June", "September", "November"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although their sample was drawn from Irish farms only.",
    "{N} concluded that {C}.", "{N} suggests that {C}, which is directly relevant to {B}.", "{N} showed that {C}.",
    "{N} noted that {C} in the UK dairy aisle.", "{N} reported that {C}, particularly among {A}.",
    "{N} makes the case that {C}.", "{N} warned that {C} unless processors invest in {T}.",
    "{N} observed that {C}; {B}'s export team has drawn the same conclusion.", "{N} questioned whether {C}.",
    "{N} found that, since {Y}, {C}.", "{N} explain that {C} (for example, through {T}).",
]  # fmt: skip
NARRATIVE_MID = [
    "In their study of Irish co-operatives, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is consistent with {N}, who found that {C}.", "{C}, which supports the findings of {N}.",
    "{C} – a view shared by {N}.", "As highlighted by {N}, {C}.", "Research by {N} suggests {C}.",
    "According to {N}, {C}.", "A survey carried out by {N} found that {C}.",
    "{B} is a good example: {N} showed that {C}.", "{C}, according to {N}.",
    "Evidence from {N} suggests that, for {A}, {C}.", "Data from {N} show that {C}.",
    "{C}; however, {N} found the opposite for {A}.", "It could be argued, following {N}, that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Using {N} framework, it is clear that {C}.", "{O}, {N} report concluded that {C}.",
    "{B} could apply {N} model, since {C}.", "According to {N} survey, {C}.", "{N} findings matter here because {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "For {A}, {C} {P}.", "This matters because {C} {P}.", "It is often claimed that {C} {P:see}.",
    "Several studies report that {C} {P:e.g.}.", "{C}, especially in export markets {P}.", "In short, {C} {P}.",
    "{C}, which is why {B} invests in {T} {P}.", "A key point for {B} is that {C} {P}.", "{C}. {P}",
    "{C} {P:see also}.", "Irish and UK evidence agrees that {C} {P:for example,}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{C} {P:see}, whereas {C2}.",
    "Because {C} {P}, {B} should make sure that {C2}.", "Some sources {P:e.g.} argue that {C}.",
    "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} will pay more for {M} when the farm of origin is named", "{T} improves {R} for co-operative brands",
    "{B}'s reliance on {T} leaves it exposed when the milk price falls",
    "grass-fed claims travel well in export markets but must be substantiated",
    "discounters have made {A} more price-sensitive", "retail buyers reward suppliers who share category data",
    "private label now takes most of the growth in {M}", "{T} is cheaper than TV but harder to measure",
    "farmer co-operatives struggle to fund brand building from thin margins",
    "{A} trust farmers more than they trust food processors", "carbon claims on pack confuse most shoppers",
    "HFSS restrictions have moved promotional spend from price to brand",
    "Brexit added cost and delay to Irish exports through Great Britain",
    "{B} needs to {bs} to protect its listings", "provenance works best when it is tied to {R}",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In the UK dairy market", "For {B}'s export team",
    "Since the 2022 input-cost spike", "In the context of {B}", "From a retail buyer's perspective", "Nevertheless",
    "Consequently", "In Irish agri-food", "As a result", "Looking at {B}'s competitors", "Overall",
]  # fmt: skip
PLAIN = [
    "{B} sells through the major multiples, the discounters and foodservice wholesalers.",
    "This section analyses {B}'s export marketing mix and makes recommendations.",
    "The table below summarises the key performance indicators for each market.",
    "A PESTLE analysis of the Irish dairy sector is included in the appendix.",
    "The recommendations are costed and phased over three years.", "{O}, {C}.",
    "{B}'s trade marketing team works with each retailer's category manager.",
    "Task 2 builds on this by proposing a brand plan for the German market.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one textbook puts it, {Q} {P}.", "Put another way, {Q} {P}.", "{O}, {Q} {P}.",
    "{N} put it plainly: {Q}.", "The point is that {Q} {P}, and {B} has not yet acted on it.",
]  # fmt: skip
SCARE_QUOTES = ["‘from grass to glass’", "‘farm to fork’", "‘premiumisation’", "‘shrinkflation’", "‘category captaincy’",
                "‘sustainably sourced’", "‘better for you’"]  # fmt: skip
SCARE_FRAMES = [
    "Processors now talk of {Q} marketing {P}.", "{B} calls its approach {Q} {P}.",
    "Retailers describe this as {Q} {P}.", "The idea of {Q} has become common in the trade press {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Meet the farmers behind your {M}’", "‘Born on the farm, made in Cork’", "“Proper bread, baked since 1876”",
                 "‘Taste the grass in every pack’", "“New: {M} with 30% less salt”"]  # fmt: skip
SUBJECT_FRAMES = [
    "The on-pack line {Q} lifted rate of sale {P}.", "{B}'s trade email headed {Q} reached every buyer {P}.",
    "A claim such as {Q} needs evidence behind it {P}.", "The strapline {Q} tested best with {A} {P}.",
]  # fmt: skip

# Text with brackets, years, figures or quotation marks that is no citation.
NOT_CITATIONS = {
    "milk-price": [
        "The farm-gate price fell to {p}p a litre in {mon} {yr}.", "{co} paid {c} cent per litre for May milk ({yr}).",
        "Suppliers were paid 38p a litre (January 2024), down from a peak of 50p.",
    ],
    "milk-price-crash": [
        "Many farmers still remember the milk price crash of 2016.", "After the price collapse (2015–2016), {co} introduced a fixed-price scheme.",
    ],
    "volume-year": [
        "UK dairy farms produced 14.9 billion litres in 2023.", "Irish milk output reached {bn} billion litres ({yr}).",
        "Poultry processing rose to {bw} million birds a week (2023 figures).",
    ],
    "herd-size": [
        "Ireland has about 1.5 million dairy cows (June {yr} census).", "The average herd size is now {hs} cows ({yr}).",
    ],
    "brand-launch": [
        "Kerrygold (1962) was created to sell Irish butter abroad.", "Cravendale (2004) proved that filtered milk could carry a premium.",
        "Müller Corner (1987) is still the brand's best-known product.", "The Warburtons Toastie (1994) became its best-selling loaf.",
    ],
    "brand-history": [
        "Anchor (1886 in New Zealand, 2012 made in the UK) changed owner more than once.",
        "Hovis (est. 1886) took its name from the Latin hominis vis.", "{B} (founded {Y}) is owned by its farmer members.",
    ],
    "label-scheme": [
        "Products carry the Red Tractor logo (launched 2000).", "Origin Green (2012) now has hundreds of member companies.",
        "{B} joined the sustainability programme (Origin Green, since {yr}) as a verified member.",
    ],
    "pgi": [
        "Irish Grass Fed Beef gained Protected Geographical Indication status (2023).",
        "The Protected Geographical Indication for Irish Grass Fed Beef (2023) supports a premium in Europe.",
    ],
    "eu-rule": [
        "Exporters must prepare for the EU Deforestation Regulation (2023).", "Packaging rules tighten under the EU's PPWR (2025).",
    ],
    "uk-law": [
        "The Agriculture Act 2020 replaced direct payments with environmental schemes.",
        "Labels must follow the Food Information Regulations 2014.", "The Fair Dealing Obligations (Milk) Regulations 2024 apply to contracts.",
    ],
    "code-year": [
        "Retailers are bound by the Groceries Supply Code of Practice (2010).", "The code (GSCOP, 2010) is enforced by the adjudicator.",
    ],
    "hfss": [
        "The HFSS rules (October 2022) stopped multibuy-style location promotions.", "Under the HFSS restrictions (from 1 October 2022), promotions on {M} lost their gondola ends.",
    ],
    "nitrates": [
        "Irish farmers rely on the Nitrates Derogation (2022) to keep stocking rates high.",
        "The derogation limit falls to 220kg N/ha (from January 2024).",
    ],
    "plant-opening": [
        "Arla's Aylesbury dairy (2014) is one of the largest in the world.", "Cranswick's Hull site (2019) processes chicken.",
        "{co}'s new plant (opened {mon} {yr}) makes cheese for export.",
    ],
    "plant-name": [
        "Lakeland's Killeshandra plant makes butter for the Chinese market.", "Most of the whey (Kerry's Listowel site) goes into nutrition products.",
    ],
    "show-date": [
        "{B} launched the range at the Royal Welsh Show 2024.", "Its stand at the Balmoral Show 2023 drew record crowds.",
        "The co-op sponsored the National Ploughing Championships (September 2023).",
    ],
    "world-day": [
        "The campaign was timed for World Milk Day (1 June).", "Posts went out on World Food Day (16 October {yr}).",
    ],
    "export-value": [
        "Irish food and drink exports reached €16.3 billion in 2023.", "Dairy exports were worth €{bn} billion ({yr}).",
        "UK cheese exports grew {q}{q}% (2023 HMRC figures).",
    ],
    "export-reach": [
        "Kerrygold is sold in 120 countries.", "{B} exports to {q}0 markets (Asia, Africa and the Middle East).",
    ],
    "co-op-members": [
        "{co} has {k} members (2023).", "The co-operative (11,500 members) is owned by its suppliers.",
    ],
    "co-op-bonus": [
        "Members received a 2% bonus in 2023.", "{co} paid a {q}% loyalty bonus ({yr} supplies).",
    ],
    "ticker": [
        "Cranswick is listed on the London Stock Exchange (LON: CWK).", "Kerry Group (ISE: KRZ) reports in euro.",
        "Glanbia's shares (ISE: GL9) rose after the results.",
    ],
    "award": [
        "The range won at the Grocer Gold Awards 2024.", "{B}'s cheddar took a gold at the World Cheese Awards 2022.",
        "Two products received stars at the Great Taste Awards 2023.", "The site was shortlisted at the Food Manufacture Excellence Awards 2024.",
    ],
    "job-title": [
        "The brand is led by its Head of Marketing (Ireland), who joined from {B}.",
        "The interview was held with the Commercial Director (UK) in {mon} {yr}.", "The Chair (since {yr}) is a dairy farmer.",
    ],
    "honour": [
        "The group's chair, appointed CBE (2021 Birthday Honours), set the export target.", "Its founder was made an OBE (2019 New Year Honours).",
    ],
    "ceo": [
        "The CEO (appointed {yr}) wants to double branded sales.", "A new CEO (from {mon} {yr}) was recruited from Unilever.",
    ],
    "financial-year": [
        "Revenue rose to £{n}m in FY2023.", "Operating profit fell (FY{yr}: €{n}m).", "{B} expects growth in FY2025 as input costs ease.",
    ],
    "half-year": [
        "Branded volumes grew in H1 2024.", "Margins recovered (H2 {yr}).",
    ],
    "quarter": [
        "Retail sales of butter rose in Q3 2023.", "Milk volumes were lower (Q{q} {yr}) after a wet spring.",
    ],
    "market-share": [
        "{B} holds a {q}{q}% share of the butter market (52 weeks to {mon} {yr}).", "Own label now takes {q}{q}% of cheddar sales (by value, {yr}).",
    ],
    "price-point": [
        "A 250g pack sells for £{q}.{p} (RRP, {yr}).", "Block butter passed £2 (December 2022) for the first time.",
    ],
    "inflation": [
        "Food inflation peaked at 19.2% (March 2023).", "Bread prices rose {q}{q}% in a year (to {mon} {yr}).",
    ],
    "weather": [
        "Grass growth was poor after the drought (summer 2018).", "The wet spring ({yr}) delayed turnout by weeks.",
    ],
    "disease": [
        "Exports were halted during the BSE crisis (1996–2006).", "Bluetongue was confirmed in England (November 2023).",
    ],
    "trade-deal": [
        "The UK–Australia trade deal (2021) worries beef farmers.", "Tariffs were avoided under the Trade and Cooperation Agreement (2020).",
        "Goods into Northern Ireland follow the Windsor Framework (2023).",
    ],
    "merger": [
        "Glanbia Ireland (renamed Tirlán in 2022) is now owned by the co-op.", "Dale Farm merged with Fane Valley's dairy arm ({yr}).",
        "MD Foods and the Swedish co-op merged (2000) to form Arla Foods.",
    ],
    "rebrand": [
        "Pilgrim's UK (formerly Tulip, renamed 2022) makes pork products.", "The business traded as Glanbia Ireland (2017–2022).",
    ],
    "campaign": [
        "The ‘Milk Your Moments’ campaign (2016) was funded by the levy.", "{B}'s Christmas advert ({yr}) featured its own farmers.",
        "The ‘We Eat Balanced’ campaign (2020–2022) defended red meat.",
    ],
    "sponsorship": [
        "Dairygold's sponsorship of Cork GAA (since 2015) builds local loyalty.", "{B} sponsored the Six Nations coverage (2024 season).",
    ],
    "pack-size": [
        "The new format (4 x 125g) is aimed at lunchboxes.", "{B} cut its loaf to 750g (previously 800g) in {yr}.",
    ],
    "percentage": [
        "Almost {q}{q}% of shoppers read the label (n = {n}).", "Grass-fed claims raised willingness to pay (+{pct}%).",
    ],
    "survey-sample": [
        "The questionnaire was completed by buyers in four retailers (n = {n}).", "Interviews were held with eight farmers (Interviewee 3, {mon} {yr}).",
    ],
    "appendix": [
        "The full SWOT analysis is in the appendix (Appendix {q}).", "Volumes by market are shown below (Table {q}).",
        "The supply chain is mapped in the diagram (see Figure {q}).",
    ],
    "abbreviation": [
        "The Agriculture and Horticulture Development Board (AHDB) funds generic promotion.",
        "Fast-moving consumer goods (FMCG) buyers want proof of rate of sale (ROS).",
        "The Sustainable Dairy Assurance Scheme (SDAS) audits every supplier farm.",
    ],
    "carbon-figure": [
        "Irish milk has a footprint of about 1.0kg CO2e per litre (2022 estimate).", "{co} aims to cut emissions by 30% (by 2030).",
    ],
    "target-year": [
        "Food Vision 2030 sets the Irish sector's strategy.", "The Net Zero by 2040 goal covers the whole supply chain.",
    ],
    "handle": [
        "Follow the brand on Instagram (@kerrygold_uk) for recipes.", "The hashtag #FarmToFork{yr} trended during the show.",
    ],
    "slogan": [
        "The tagline ‘Made with milk from grass-fed cows’ appears on every pack.", "{B}'s line ‘Proper, since {Y}’ is printed on the wrapper.",
    ],
    "currency": [
        "The pound weakened against the euro (€1.14 in {mon} {yr}).", "Sterling's fall (June 2016) hurt Irish exporters.",
    ],
    "retail-calendar": [
        "Sales of {M} peak at Christmas (weeks 50 to 52).", "Promotions ran for four weeks (period 6, {yr}).",
    ],
    "levy": [
        "The dairy levy is 0.06p per litre (2024).", "Processors pay the Bord Bia levy (€{q}.{p} per head, {yr}).",
    ],
}  # fmt: skip
