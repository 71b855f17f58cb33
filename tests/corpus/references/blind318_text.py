"""The blind318 pool's prose: how marketers at cider and perry makers, orchards, apple-juice and cider-vinegar brands,
cider bars, farm shops and rural-tourism bodies in Somerset, Herefordshire, Devon, Kent, Ireland, Normandy, Brittany,
Asturias, the Basque Country, Hesse and Quebec write CIM Level 6 and 7 reports and MBA assignments in English.

Written without reading the checker, its tests or any other pool. ``{N}``, ``{P}``, ``{Q}``, ``{C}``, ``{C2}``,
``{O}``, ``{B}`` and the common fill values mean what they mean in text.py; ``values()`` adds this pool's own:
{cb} a cider or perry brand, {ap} an apple variety, {cnty} a cider region, {pc} a percentage's number, {Yr} a recent
year, {pint} a pint price, {mo} a month.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Thatchers", "Westons", "Aspall", "Orchard Pig", "Sheppy's", "Healeys", "Burrow Hill", "Hogan's", "Magners",
          "Bulmers", "Strongbow", "Kopparberg", "Christian Drouin", "Maison Sassy", "Val de Rance", "El Gaitero",
          "Trabanco", "Zapiain", "Possmann", "Domaine Pinnacle", "Somerset Cider Brandy", "Dunkertons",
          "Cotswold Cider Company", "Biddenden Vineyards", "Tempted Cider", "Longueville House"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """This pool's own fill values, drawn after the common ones."""
    return {
        "cb": rng.choice(["Thatchers Gold", "Westons Old Rosie", "Aspall Draught", "Orchard Pig Reveller",
                          "Sheppy's Classic", "Healeys Rattler", "Magners Original", "Bulmers Original",
                          "Strongbow Dark Fruit", "Maison Sassy Brut", "Trabanco Sidra Natural", "Possmann Frei"]),
        "ap": rng.choice(["Kingston Black", "Dabinett", "Yarlington Mill", "Harry Masters Jersey", "Ashton Bitter",
                          "Bramley", "Katy", "Tremlett's Bitter", "Foxwhelp", "Michelin", "Bedan", "Frequin Rouge",
                          "Raxao", "Regona", "Blakeney Red", "Thorn"]),
        "cnty": rng.choice(["Somerset", "Herefordshire", "Devon", "Kent", "County Armagh", "Normandy", "Brittany",
                            "Asturias", "Gipuzkoa", "Hesse", "Quebec", "Worcestershire"]),
        "pc": str(rng.randint(3, 72)), "Yr": str(rng.randint(2016, 2024)),
        "pint": f"£{rng.randint(3, 7)}.{rng.choice(['00', '20', '50', '75', '90'])}",
        "mo": rng.choice(["January", "March", "May", "June", "September", "October", "November"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although their sample was drawn from {cnty} only.",
    "{N} concluded that {C}; this is directly relevant to {B}.", "{N} suggests that {C}.",
    "{N} points out that {C}, which {B} has been slow to recognise.", "{N} observed that {C} in {cnty}.",
    "{N} identified that {C}, particularly among {A}.", "{N} makes the case that {C}.",
    "{N} went further, arguing that {C} and that {C2}.", "{N} noted that, since {Yr}, {C}.",
    "{N} warns that {C} if the duty changes are passed on in full.", "{N} states that {C}.",
    "{N} questioned whether {C}.", "{N} describe how {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In their study of cider makers in {cnty}, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is consistent with {N}, who found that {C}.", "{C}, which supports the findings of {N}.",
    "{C} – a view shared by {N}.", "As highlighted by {N}, {C}.", "According to {N}, {C}.",
    "{B} is a good example: {N} showed that {C}.", "Research by {N} suggests that {C}.",
    "A survey carried out by {N} found that {C}.", "{C}, as {N} noted in their work on {cnty}.",
    "It could be argued, following {N}, that {C}.", "{C}; however, {N} found the opposite for {A}.",
    "Data from {N} show that {C}.", "{C}, according to {N}.", "Evidence from {N} suggests that, for {A}, {C}.",
    "When {B} opened its orchard shop it seemed to follow {N}: {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Using {N} framework, it is clear that {C}.",
    "{O}, {N} report concluded that {C}.", "{B} could apply {N} model, since {C}.",
    "{N} findings are useful here because {C}.", "This reflects {N} argument that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "For {A}, {C} {P}.", "This matters because {C} {P}.", "It is often claimed that {C} {P:see}.",
    "Several studies report that {C} {P:e.g.}.", "{C}, especially in {cnty} {P}.", "In short, {C} {P}.",
    "{C}, which is why {B} invests in {T} {P}.", "A key point for {B} is that {C} {P}.", "{C}. {P}",
    "{C} {P:see also}.", "Recent figures confirm this – {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{B} has found that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "Some sources {P:e.g.} argue that {C}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} will pay more for cider that names its orchard and its apple varieties",
    "provenance is the strongest cue of quality for craft cider", "the minimum juice content of cider confuses {A}",
    "duty on higher-strength cider has pushed makers towards lighter styles",
    "fruit ciders brought {A} into the category but diluted its heritage",
    "orchard tours and tastings turn visitors into loyal online customers",
    "farm shops depend on a small number of regular local buyers",
    "{T} works well for small cider makers with a strong founder story",
    "protected designations add more value in France and Spain than in England",
    "premium cider grows while mainstream draught cider declines",
    "{B}'s heritage gives it credibility with {A}", "sustainability claims about orchards must be evidenced",
    "wassails and cider festivals extend the tourist season in rural areas",
    "bag-in-box sales rose sharply when pubs were closed", "Irish drinkers associate cider with summer and ice",
    "low- and no-alcohol cider attracts {A} who are cutting down",
    "cider vinegar is now sold on health benefits rather than cooking", "supermarket own-label cider competes on price alone",
    "perry is still unknown to most {A}", "{T} raises {R} for orchard-based brands",
    "the pouring ritual of sidra natural is part of what visitors buy in Asturias",
    "Québécois ice cider depends on export markets and duty-free sales",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In the UK", "For {B}'s marketing team",
    "In the context of {B}", "From a visitor's perspective", "Nevertheless", "Consequently", "In {cnty}",
    "Within the cider category", "As a result", "Looking at {B}'s competitors", "Overall", "Since the duty reform",
]  # fmt: skip
PLAIN = [
    "{B} presses apples from around {n} acres of its own and neighbouring orchards.",
    "This section analyses {B}'s current digital channels and makes recommendations.",
    "The table below summarises the key performance indicators for each channel.",
    "{B}'s Instagram account has over {n}k followers, but engagement is low outside harvest time.",
    "The recommendations are costed and phased over twelve months.", "{O}, {C}.",
    "A SWOT analysis of {B} is included in the appendix.",
    "The farm shop, the café and the orchard tours are run as one business.",
    "The main competitors are {B} and two smaller craft makers in {cnty}.",
    "Task 2 builds on this by proposing a content plan for the next harvest.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one marketing text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{B} appears to accept that {Q} {P}.", "The point is made directly that {Q} {P}, which {B} should note.",
    "{N} put it plainly: {Q}.", "Put simply, {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘craft’", "‘real cider’", "‘premiumisation’", "'authentic'", "‘heritage’", "“terroir”",
                "‘orchard to glass’", "'naturally sparkling'", "‘farmhouse’", "‘greenwashing’", "‘apple-forward’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} describes its range as {Q} {P}.", "Many drinkers are now sceptical of {Q} claims {P}.",
    "So-called {Q} cider is hard to define in law {P}.", "The word {Q} is used loosely across the category {P}.",
    "Critics describe this as {Q}, and {B} is not immune {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘The {Yr} harvest is in – pre-order now’", "‘Wassail tickets on sale today’",
                 "“Your orchard tour is booked”", "‘Free delivery on mixed cases this weekend’",
                 "‘New: our first perry in ten years’", "“Meet the apples behind your cider”",
                 "'Last chance: Christmas cases close Friday'"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} lifted open rates {P}.", "{B} used {Q} in its abandoned-basket email {P}.",
    "Messages like {Q} work because they create urgency {P}.", "The email {Q} was opened by more {A} than any other {P}.",
]  # fmt: skip

# Text with brackets, years or quotation marks that is no citation: nothing here belongs in a reference list.
NOT_CITATIONS = {
    "apple-variety-year": [
        "Its single-variety cider is made from an old bittersharp (Kingston Black, 1820) grown on the estate.",
        "The cooking apple that made Nottinghamshire famous (Bramley, 1809) is now used in {B}'s cloudy cider.",
        "{B}'s vintage blend leans on a Somerset bittersweet (Yarlington Mill, 1898) for its tannin.",
        "Most new bush orchards are planted with one reliable bittersweet (Dabinett, 1900).",
    ],
    "pear-variety-year": [
        "The perry is pressed from an old Gloucestershire pear (Blakeney Red, 1850) that few growers still keep.",
        "Its sparkling perry uses a single variety (Thorn, 1676) from trees over a century old.",
    ],
    "brand-launch-year": [
        "Mainstream draught cider is still dominated by one brand (Strongbow, 1960).",
        "Perry's image has never recovered from a sweet sparkling drink (Babycham, 1953).",
        "The Irish brand's summer campaign (Magners over ice, 2006) changed how the whole category was served.",
        "Thatchers' best-selling line (Thatchers Gold, 1997) now outsells its traditional ciders.",
    ],
    "brand-year-narrative": [
        "Swedish fruit ciders such as Kopparberg (1994 recipe, UK launch 2006) brought younger drinkers into the category.",
        "Rekorderlig (UK launch 2007) followed the same route into bars.",
        "The pear cider from Kopparberg (1994) was the first Swedish fruit cider that many UK drinkers tried.",
    ],
    "historic-tax": [
        "Cider makers rioted in the West Country against the excise (Cider Tax, 1763).",
        "The excise was repealed after three years of protest (Cider Tax repeal, 1766).",
    ],
    "duty-reform": [
        "Duty is now charged by strength band (alcohol duty reform, 2023).",
        "The small producer relief (SPR, August 2023) helps makers below {n},000 hectolitres.",
        "Small makers were exempt below 7,000 litres a year (the small cider maker exemption, until 2023).",
    ],
    "protected-origin": [
        "Calvados from the Pays d'Auge has its own appellation (Pays d'Auge AOP, 1996).",
        "Asturian cider gained protected status (Sidra de Asturias DOP, 2003).",
        "Three English ciders are protected names (Herefordshire Cider PGI, 1996).",
        "The Basque producers' label (Euskal Sagardoa, 2017) guarantees local apples.",
    ],
    "juice-rule": [
        "Campaigners want the legal juice content raised (minimum juice rule, 2023).",
        "UK cider may legally contain as little as a third apple juice (35% juice, HMRC rules).",
    ],
    "festival": [
        "Visitors from across the region come to the apple festival (Fête du Cidre, 2019) in Beuvron-en-Auge.",
        "Nava's summer festival (Festival de la Sidra Natural, 2022) draws thousands of visitors.",
        "{B} runs a stall at the agricultural show (Bath and West Show, 2019) every year.",
        "Frankfurt's Apfelwein festival (Apfelweinfestival, {Yr}) is a showcase for Hessian makers.",
    ],
    "custom": [
        "The farm revived the old orchard blessing (wassail, 2023) to draw winter visitors.",
        "Common Ground's celebration of orchards (Apple Day, 1990) is now held across England.",
        "In Asturias cider is poured from above the head (escanciado, a tradition since the 19th century).",
    ],
    "founder-year": [
        "The Much Marcle business was founded by a farmer (Henry Weston, 1880).",
        "Hereford's cider industry owes much to a rector's son (Percy Bulmer, 1887).",
        "The Thatcher family began making cider at Myrtle Farm (William Thatcher, 1904).",
    ],
    "historical-person": [
        "The Redstreak apple was promoted by a Herefordshire diplomat (John Scudamore, 1630).",
        "Cider was once paid to farm labourers as part of their wages (truck system, until 1887).",
    ],
    "person-year-narrative": [
        "Julian Temperley (1989) began distilling cider brandy at Burrow Hill under an old licence.",
        "Ivor Dunkerton (1980) planted some of the first organic cider orchards in Herefordshire.",
    ],
    "frost": [
        "Blossom was lost across the Three Counties (spring frost, 2017).",
        "Late frost hit Normandy's orchards hardest in one year (April frost, {Yr}).",
    ],
    "storm": [
        "Hundreds of old perry pear trees came down in one night (Storm Arwen, 2021).",
        "Several orchards lost standard trees in the gales (Storm Eunice, 2022).",
    ],
    "blight": [
        "Growers in Kent reported outbreaks of disease (fire blight, 2019).",
        "Scab and canker reduced yields in wet years (apple scab, 2012).",
    ],
    "drought": [
        "Apples were small but sweet after the dry summer (drought, 2022).",
        "The crop fell by around a quarter in the heat (2018 heatwave).",
    ],
    "award": [
        "Its bottle-fermented cider won a gold award (Great Taste, 2023).",
        "The farm's dry cider was named the best in Britain (CAMRA Champion Cider, 2019).",
        "{B}'s vintage was judged the best in its class (Royal Bath and West Gold, 2022).",
        "The perry took a top prize at the International Cider Challenge ({Yr} trophy).",
    ],
    "place-year": [
        "The cider farm has been on the same slope since the 1830s (Burrow Hill, 1830).",
        "The Herefordshire village became a cider centre (Much Marcle, 1880).",
        "Cider houses cluster in one Asturian town (Nava, 2022).",
        "Calvados with an appellation comes from one area of Normandy (Pays d'Auge, 1996).",
    ],
    "film-book-song": [
        "The brand's heritage advert borrows from a famous memoir (Cider with Rosie, 1959).",
        "The Wurzels' hit (Combine Harvester, 1976) is still sung at West Country cider festivals.",
        "The BBC series ran a whole episode on the cider farm (Countryfile, {Yr}).",
    ],
    "pint-price": [
        "Supermarket multipack cider works out at about £2.50 a pint (2023), far below pub prices.",
        "Craft cider in a London bar costs {pint} a pint ({Yr}) compared with much less in the West Country.",
    ],
    "volume": [
        "UK drinkers bought about 1.2 billion pints (2022) of cider across all channels.",
        "Its production rose to {n},000 hectolitres ({Yr}) after the new press was installed.",
    ],
    "toast-saying": [
        "Wassailers shout ‘Waes hael’ to wake the trees and scare away bad spirits.",
        "The old proverb ‘An apple a day keeps the doctor away’ is used in the vinegar brand's ads.",
        "Asturians toast with ‘¡Puxa Asturies!’ when the sidra is poured.",
    ],
    "harvest-figures": [
        "Orchard yields recovered strongly (2022 harvest).",
        "The juice was unusually high in sugar ({Yr} harvest, 1.060 specific gravity).",
    ],
    "abv": [
        "Its traditional cider is strong (7.4% ABV) and sold mainly in bag-in-box.",
        "The new lighter cider (3.4% ABV, launched {Yr}) falls in the lowest duty band.",
    ],
    "orchard-area": [
        "The estate now has {n} acres of bush orchard (planted {Yr}).",
        "Around {n} hectares of traditional standard orchard remain in the parish (survey, {Yr}).",
    ],
    "financial-year": [
        "Group revenue fell slightly (FY{Yr}: £{n}m).", "Operating profit recovered strongly (year to February {Yr}).",
        "Volumes were flat (H1 FY{Yr}).",
    ],
    "quarter": [
        "Off-trade cider sales rose ({pc}% in Q{q} {Yr}).", "Cider bar footfall dropped sharply (Q{q}, {Yr}).",
    ],
    "sample": [
        "Most visitors preferred dry cider (n = {n}).", "Respondents were recruited at the farm shop (n={n}, {mo} {Yr}).",
    ],
    "cross-reference": [
        "This is discussed further in Task 2 (b).", "The channel plan (see Appendix 3) shows monthly activity.",
        "Refer to Table {q} (page {q}) for the full costs.", "The visitor persona (Appendix 1, Figure {q}) is based on six interviews.",
    ],
    "handle-or-address": [
        "{B} replies to customers on Instagram (@orchardcider_uk) within the day.",
        "Orders come mostly through the website (www.example-cider.co.uk).",
        "The hashtag (#Wassail{Yr}) trended locally for two days.",
    ],
    "abbreviation": [
        "The National Association of Cider Makers (NACM) represents most large producers.",
        "Pure Juice Cider (PJC) is a term some craft makers use on their labels.",
        "Three Counties Cider and Perry Association (TCCPA) members must use fresh-pressed juice.",
        "Return on ad spend (ROAS) and cost per acquisition (CPA) will be tracked monthly.",
    ],
    "acquisition": [
        "The family firm was bought by a brewer (Aspall, sold to Molson Coors in 2018).",
        "The brand changed hands again (bought by C&C in {Yr}).",
    ],
    "listing": [
        "{cb} won a national supermarket listing (Tesco, {mo} {Yr}).",
        "The new perry went into a regional chain ({n} stores, {Yr}).",
    ],
    "visitor-numbers": [
        "The cider museum had a record season ({n},000 visitors in {Yr}).",
        "Orchard tours now sell out in summer ({pc}% occupancy, {Yr}).",
    ],
    "serve": [
        "Magners made drinking cider over ice the norm (serve: pint glass, ice, {Yr}).",
        "Sidra natural is poured from a height (escanciado, a few centimetres at a time).",
    ],
    "season": [
        "Most pressing happens in the autumn (October to December).",
        "Sales peak in the summer months (June–August) and at Christmas.",
    ],
    "certification": [
        "The orchards are managed organically (Soil Association certified since {Yr}).",
        "{B} became a certified B Corp (B Corp, {Yr}) after two years of preparation.",
    ],
    "tourism-scheme": [
        "The county's tourism board launched a cider trail (Somerset Cider Route, {Yr}).",
        "Normandy's signposted route (Route du Cidre, 1970s) links twenty producers.",
    ],
    "exchange-rate": [
        "Export prices were hit by the weak pound (€1.14 to £1, {Yr}).",
        "Canadian ice cider sells for around C$30 a bottle (375 ml, {Yr}).",
    ],
    "planting-grant": [
        "New orchards were part-funded by a public scheme (Countryside Stewardship, {Yr}).",
        "The tree-planting grant paid £{n} per hectare (England Woodland Creation Offer, {Yr}).",
    ],
    "trademark": [
        "The name was registered as a trade mark (UK00003{n}, {Yr}).",
        "{B}'s logo has been protected in the EU since it was filed (EUTM, {Yr}).",
    ],
    "anniversary": [
        "{B} marked a milestone with a limited edition (120 years, {Yr}).",
        "The farm celebrated its bicentenary (1823–2023) with an open weekend.",
    ],
    "style-definition": [
        "Keeving is a French way of making naturally sweet cider (cidre bouché, méthode traditionnelle).",
        "Bittersweet apples are high in tannin and low in acid (bittersweet, Long Ashton classification).",
    ],
    "package-size": [
        "Bag-in-box sales grew fastest in lockdown (20-litre boxes, {Yr}).",
        "The new cans are smaller (330 ml, 4-pack) to suit the duty bands.",
    ],
    "ranking": [
        "{B} is now one of the best-selling ciders in the off-trade (number {q}, {Yr}).",
        "The brand climbed the on-trade league table (top {q}, {Yr} ranking).",
    ],
    "slogan": [
        "Its long-running slogan ‘Made with love from fresh Somerset apples’ stresses provenance.",
        "The brand line ‘Proper cider since 1904’ appears on every can.",
    ],
    "event-date": [
        "The farm hosted its first cider and music weekend (first weekend of {mo} {Yr}).",
        "Tickets went on sale early for the wassail ({d} January, {Yr}).",
    ],
}  # fmt: skip
