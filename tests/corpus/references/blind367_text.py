"""The blind367 pool's prose: marketers at farm shops, agricultural suppliers, agritech start-ups, dairy and meat
co-operatives, food producers selling direct and rural-tourism businesses in the UK, France, Kenya, Brazil, Canada
and Poland, writing CIM Level 6 and 7 reports and MBA assignments in English.

Written without reading the checker, its tests or any other pool. ``{N}``, ``{P}``, ``{Q}``, ``{C}`` and ``{O}``
mean what they mean in text.py; the frames may use every fill value, and these of this pool's own (see values()):
{farm} a farm shop or farm business, {breed} a breed, {variety} a variety, {crop} a crop, {scheme} a certification
scheme or label, {pdo} a protected name with its scheme, {show} a show or fair, {coop} and {coop2} co-operatives and
producers, {bname} and {byear} a body and the year it was founded, {founder} and {fyear} a founder and a year,
{fam} a farm family, {county} a county or region, {yr}, {yr2} and {ys} recent years and a season's end, {mo} a month,
{pc} a percentage's number, {pk} a price per kilo, {pl} a price per litre, {ha} hectares, {cows} a herd's size,
{h} a social handle, {census} an agricultural census, {policy} a policy or scheme, {tick} a ticker, {dis} an
outbreak with its year, {storm} a weather event, {loc} a term in its own language with its translation.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Riverford", "Abel & Cole", "Arla", "Müller", "Yeo Valley", "Daylesford", "Westmorland Family",
          "Gog Magog Hills", "Cotswold Farm Park", "Mole Valley Farmers", "Wyke Farms", "First Milk", "Dunbia",
          "Brookside Dairy", "Twiga Foods", "Apollo Agriculture", "Farmer's Choice", "Githunguri Dairy", "KCC",
          "Cooxupé", "Aurora Coop", "JBS", "BRF", "Agropur", "Gay Lea", "Saputo", "Sodiaal", "Terrena", "Lactalis",
          "Mlekovita", "Mlekpol", "Bienvenue à la ferme", "La Ruche qui dit Oui", "Openfield", "Booths"]  # fmt: skip

_FARMS = ["Hollin Farm Shop", "Chatsworth Farm Shop", "Gloucester Services farm shop", "Ferme des Trois Chênes",
          "Gospodarstwo Agroturystyczne Pod Lipami", "Sítio Boa Esperança", "Ferme Lavoie", "Kiambu Fresh Farm",
          "Hillside Dairy", "Brockhall Farm", "Old Hall Farm", "Pant Du vineyard", "Nyeri Hills Farm"]  # fmt: skip
_BREEDS = ["Aberdeen Angus", "Hereford", "Holstein Friesian", "Jersey", "Limousin", "Charolais", "Nelore", "Boran",
           "Polish Red", "Montbéliarde", "Gloucester Old Spot", "Welsh Black", "Highland", "Ayrshire", "Sahiwal"]  # fmt: skip
_VARIETIES = [("Maris Piper", "1966"), ("Cox's Orange Pippin", "1830"), ("Bramley", "1809"), ("Charlotte", "1981"),
              ("Jersey Royal", "1880"), ("Ruiru 11", "1985"), ("Batian", "2010"), ("SL28", "1931"), ("Catuaí", "1972"),
              ("Elsanta", "1981"), ("Egremont Russet", "1872")]  # fmt: skip
_CROPS = ["potatoes", "strawberries", "asparagus", "apples", "tea", "coffee", "avocados", "rapeseed", "milk", "lamb",
          "beef", "eggs"]  # fmt: skip
_SCHEMES = ["Red Tractor", "RSPCA Assured", "Soil Association Organic", "LEAF Marque", "Label Rouge",
            "Agriculture Biologique", "Rainforest Alliance", "Fairtrade", "Pasture for Life", "Canada Organic",
            "Produto Orgânico Brasil", "Jakość Tradycja", "Pasture Promise", "Bienvenue à la ferme"]  # fmt: skip
_PDO = [("Cornish clotted cream", "PDO"), ("West Country Farmhouse Cheddar", "PDO"), ("Welsh Lamb", "PGI"),
        ("Scotch Beef", "PGI"), ("Comté", "AOP"), ("Roquefort", "AOP"), ("Oscypek", "PDO"), ("Jersey Royal potatoes", "PDO"),
        ("Melton Mowbray pork pies", "PGI"), ("Café do Cerrado Mineiro", "DO"), ("Bryndza Podhalańska", "PDO"),
        ("Canastra cheese", "IP")]  # fmt: skip
_SHOWS = ["the Royal Welsh Show", "the Great Yorkshire Show", "the Royal Highland Show", "the Royal Bath & West Show",
          "the Salon International de l'Agriculture", "the Royal Agricultural Winter Fair", "Agrishow",
          "the Nairobi International Trade Fair", "Polagra Food", "Cereals", "LAMMA", "the Balmoral Show",
          "the Farm Shop & Deli Show", "Groundswell", "the Dairy Show"]  # fmt: skip
_COOPS = ["Arla Foods", "First Milk", "Milk Link", "Dairy Crest", "Müller", "Sodiaal", "Terrena", "Mlekovita",
          "Mlekpol", "KCC", "Githunguri Dairy", "Cooxupé", "Aurora Coop", "Agropur", "Gay Lea Foods", "Dunbia",
          "ABP", "Openfield", "Mole Valley Farmers", "Saputo"]  # fmt: skip
_FOUNDED = [("the NFU", "1908"), ("the Soil Association", "1946"), ("AHDB", "2008"), ("the FAO", "1945"),
            ("Arla Foods", "2000"), ("Agropur", "1938"), ("KCC", "1925"), ("Cooxupé", "1957"), ("Mlekovita", "1928"),
            ("Dairy Farmers of Canada", "1934"), ("the UPA", "1972"), ("Embrapa", "1973"), ("FNSEA", "1946"),
            ("Red Tractor", "2000"), ("the Farm Retail Association", "1979"), ("LEAF", "1991"),
            ("the Kenya Dairy Board", "1958"), ("Twiga Foods", "2014"), ("Apollo Agriculture", "2016"),
            ("Riverford", "1987"), ("Yeo Valley", "1974"), ("Mole Valley Farmers", "1960"), ("First Milk", "2002")]  # fmt: skip
_FOUNDERS = [("Guy Singh-Watson", "Riverford", "1987"), ("Carole Bamford", "Daylesford", "2002"),
             ("Roger and Mary Mead", "Yeo Valley", "1974"), ("John Dunning", "Westmorland", "1972"),
             ("Peter Njonjo and Grant Brooke", "Twiga Foods", "2014"), ("Eli Pollak and Benjamin Njenga", "Apollo Agriculture", "2016"),
             ("Keith Abel", "Abel & Cole", "1988"), ("Rich Clothier", "Wyke Farms", "1861"),
             ("Guilhem Chéron", "La Ruche qui dit Oui", "2011")]  # fmt: skip
_FAMILIES = ["the Kamau family", "the Dubois family", "the Nowak family", "the Wynne-Jones family",
             "the Pereira family", "the Tremblay family", "the Hodgson family", "the Wanjiku family"]  # fmt: skip
_COUNTIES = ["Cumbria", "Devon", "Herefordshire", "Aberdeenshire", "Ceredigion", "Normandy", "Brittany", "Kiambu",
             "Nakuru", "Minas Gerais", "Paraná", "Ontario", "Quebec", "Mazovia", "Podlasie", "County Antrim"]  # fmt: skip
_CENSUS = ["Censo Agropecuário 2017", "Powszechny Spis Rolny 2020", "the Census of Agriculture 2021",
           "the June Survey of Agriculture 2023", "the Recensement agricole 2020", "the 2019 Kenya Population and Housing Census"]  # fmt: skip
_POLICIES = ["the Sustainable Farming Incentive", "Environmental Land Management", "the Basic Payment Scheme",
             "the Common Agricultural Policy", "the Farm to Fork Strategy", "EGalim", "the Agriculture Act 2020",
             "Pronaf", "the Local Food Infrastructure Fund", "Programa de Aquisição de Alimentos",
             "rolniczy handel detaliczny rules", "Bovine TB eradication"]  # fmt: skip
_TICKERS = ["(B3: JBSS3)", "(B3: BRFS3)", "(TSX: SAP)", "(Euronext: BN)", "(LSE: CRDA)", "(NSE: KAPC)", "(WSE: KRU)"]  # fmt: skip
_OUTBREAKS = ["foot-and-mouth in 2001", "the BSE crisis of 1996", "bluetongue in 2023", "avian influenza in 2022",
              "African swine fever in Poland from 2014", "the horsemeat scandal of 2013", "the Operação Carne Fraca inquiry of 2017"]  # fmt: skip
_STORMS = ["the 2018 drought", "Storm Arwen, November 2021", "the 2022 heatwave", "the wet winter of 2023/24",
           "the 2021 frost in Minas Gerais", "the 2022 drought in Kenya"]  # fmt: skip
_LOCAL = ["circuits courts (short supply chains)", "vente directe (direct sales)", "rolniczy handel detaliczny (farm retail)",
          "agroturystyka (farm stays)", "feira livre (street market)", "agricultura familiar (family farming)",
          "terroir (a product's sense of place)", "shamba (smallholding)", "produits du terroir (local specialities)"]  # fmt: skip
_HANDLES = ["@HollinFarmShop", "@riverford", "@NFUtweets", "@brookside_ke", "@fermelavoie", "@PodLipami", "@OpenFarmSunday"]  # fmt: skip
_MONTHS = ["January", "March", "April", "May", "June", "July", "September", "October", "November"]


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use."""
    yr = rng.randint(2012, 2025)
    variety, vyear = rng.choice(_VARIETIES)
    bname, byear = rng.choice(_FOUNDED)
    founder, fbrand, fyear = rng.choice(_FOUNDERS)
    coop, coop2 = rng.sample(_COOPS, 2)
    pdo, pdos = rng.choice(_PDO)
    pk = rng.choice([f"£{rng.randint(3, 38)}.{rng.choice(['00', '50', '95', '20'])}/kg", f"€{rng.randint(4, 40)},{rng.randint(10, 99)}/kg",
                     f"KSh {rng.randint(450, 1200)} per kg", f"R$ {rng.randint(25, 90)},90/kg", f"{rng.randint(12, 80)} zł/kg",
                     f"C${rng.randint(8, 45)}.99/kg", f"£{rng.randint(4, 30)} a kilo"])  # fmt: skip
    pl = rng.choice([f"{rng.randint(28, 52)}.{rng.randint(0, 9)}p per litre", f"{rng.randint(30, 50)}ppl",
                     f"KSh {rng.randint(38, 60)} per litre", f"R$ {rng.randint(1, 3)},{rng.randint(10, 99)}/litro",
                     f"€0,{rng.randint(35, 55)}/l", f"{rng.randint(1, 3)},{rng.randint(10, 99)} zł/l",
                     f"C${rng.randint(80, 99)}.{rng.randint(10, 99)}/hl"])  # fmt: skip
    return {
        "farm": rng.choice(_FARMS), "breed": rng.choice(_BREEDS), "variety": variety, "vyear": vyear,
        "crop": rng.choice(_CROPS), "scheme": rng.choice(_SCHEMES), "pdo": f"{pdo} ({pdos})",
        "pdos": pdos, "show": rng.choice(_SHOWS), "coop": coop, "coop2": coop2, "bname": bname,
        "byear": byear, "founder": founder, "fbrand": fbrand, "fyear": fyear, "fam": rng.choice(_FAMILIES),
        "county": rng.choice(_COUNTIES), "yr": str(yr), "yr2": str(yr + 1), "ys": f"{(yr + 1) % 100:02d}",
        "mo": rng.choice(_MONTHS), "pc": str(rng.randint(3, 89)), "pk": pk, "pl": pl, "ha": str(rng.randint(12, 900)),
        "cows": str(rng.randint(40, 1200)), "h": rng.choice(_HANDLES), "census": rng.choice(_CENSUS),
        "policy": rng.choice(_POLICIES), "tick": rng.choice(_TICKERS), "dis": rng.choice(_OUTBREAKS),
        "storm": rng.choice(_STORMS), "loc": rng.choice(_LOCAL), "t": f"{rng.randint(2, 11)}.{rng.randint(0, 9)}",
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although the sample was limited to {county}.",
    "{N} concluded that {C}; this matters for {B}.", "{N} suggests that {C}.", "{N} observed that {C}.",
    "{N} showed that {C}, particularly for {crop} sold direct.", "{N} highlight that {C}.",
    "{N} makes a similar point, noting that {C}.", "{N} warned that {C} if margins keep falling.",
    "{N} interviewed farm-shop owners and reported that {C}.", "{N} questioned whether {C}.",
    "{N} claims that {C}, which is why {B} has invested in its own shop.", "{N} state that {C}.",
    "{N} identified that {C} in both Kenya and Brazil.", "{N} go further and argue that {C}.",
    "{N} reported that {C}, a trend {B} cannot ignore.", "{N} notes that, since {yr}, {C}.",
    "{N} believe that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} explain, {C}.", "{O}, {N} found that {C}.", "This is supported by {N}, who found that {C}.",
    "{C}, as {N} pointed out.", "According to {N}, {C}.", "{C}; {N} reached a similar conclusion in {county}.",
    "Research by {N} suggests that {C}.", "For {B}, the lesson from {N} is that {C}.",
    "A survey carried out by {N} found that {C}.", "In their study of farm shops, {N} found that {C}.",
    "Evidence from {N} suggests that, in rural areas, {C}.", "{C}, according to {N}.",
    "Data from {N} show that {C}.", "{C} – a view shared by {N}.", "It could be argued, following {N}, that {C}.",
    "Unlike {B}, the producers studied by {N} found that {C}.", "As highlighted by {N}, {C}.",
    "{B} seems to follow the advice of {N}: {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of short supply chains found that {C}.", "Using {N} framework, it is clear that {C}.",
    "{O}, {N} report concluded that {C}.", "{B} could apply {N} model, since {C}.",
    "According to {N} survey, {C}.", "{N} findings are relevant here because {C}.",
    "This reflects {N} argument that {C}.", "{N} figures suggest that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "For farm shops in {county}, {C} {P}.", "This matters because {C} {P}.", "{C}, especially for dairy {P}.",
    "It is often claimed that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.", "In short, {C} {P}.",
    "{C}, which is why {B} sells through its own shop {P}.", "Put simply: {C} {P}.",
    "Recent data from the sector confirm this – {C} {P}.", "A key point for {B} is that {C} {P}.", "{C}. {P}",
    "The main benefits are freshness, traceability and a fairer price for the farmer {P}.",
    "{C} {P:see also}.", "{C}, as studies in Kenya and Brazil show {P:for example,}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{B} has found that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "Some sources {P:e.g.} argue that {C}.", "Studies {P} agree that {C}.",
]  # fmt: skip
CLAIMS = [
    "consumers will pay more for {crop} when they know which farm it came from",
    "short food supply chains give farmers a larger share of the retail price",
    "farm shops compete on provenance and freshness rather than on price",
    "sustainability labels are trusted more when a third party audits them",
    "too many labels confuse shoppers and weaken each one",
    "younger shoppers discover farm shops through Instagram rather than road signs",
    "agritourism gives small farms a second income that is less exposed to commodity prices",
    "co-operatives give small dairy farmers bargaining power they would not have alone",
    "mobile money has made it easier for smallholders to sell direct to buyers",
    "smallholders adopt new technology when a trusted neighbour has tried it first",
    "direct sales take more time and marketing skill than most farmers expect",
    "{B} could use its farmers' stories to justify a premium price",
    "origin labelling matters more for meat and dairy than for dry goods",
    "the cost-of-living crisis has pushed some shoppers back to supermarkets",
    "organic sales fall when household budgets are squeezed",
    "veg box schemes lose most customers in the first three months",
    "rural tourism works best when the farm offers food, stays and events together",
    "trust in a farm brand is built through visits, tastings and personal contact",
    "agritech start-ups struggle to reach farmers without local agents",
    "public procurement can create a stable market for family farms",
    "customers of farm shops are older and more affluent than the average shopper",
    "{B} has to explain why its milk costs more than the supermarket's own label",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In the UK", "In Kenya", "In Brazil",
    "In Poland", "In France", "In Canada", "For {B}", "Since the pandemic", "In the context of {B}",
    "From the farmer's perspective", "Nevertheless", "As a result", "In rural areas", "Overall", "In the dairy sector",
]  # fmt: skip
PLAIN = [
    "{B} sells through its own farm shop, a website and two farmers' markets.",
    "This report analyses {B}'s direct-to-consumer channels and makes recommendations.",
    "The farm shop is open six days a week and has a café and a butchery counter.",
    "A PESTLE analysis of the agri-food sector is included in the appendix.", "{O}, {C}.",
    "The main competitors are the supermarkets and two other farm shops nearby.",
    "Most customers live within a short drive of the farm.",
    "Task 2 builds on this by proposing a content plan for the next season.",
    "The co-operative is owned by its member farmers, who share any surplus.",
    "{B}'s Instagram account shows the farm, the animals and the people who work there.",
    "The recommendations are costed and phased over twelve months.",
    "The table below summarises the key performance indicators for each channel.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one agri-food marketing text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{N} put it plainly: {Q}.", "{B} appears to accept that {Q} {P}.", "One review concluded that {Q} {P}.",
    "{O}, {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘farm to fork’", "‘local’", "‘regenerative’", "‘greenwashing’", "‘terroir’", "'field to fork'",
                "“authentic”", "‘food miles’", "'farm fresh'", "‘short chain’", "‘agri-tainment’", "“artisan”",
                "‘from our farm’", "'pick your own'"]  # fmt: skip
SCARE_FRAMES = [
    "{B} has been accused of {Q} claims {P}.", "Many shoppers are now wary of {Q} marketing {P}.",
    "So-called {Q} products are a growing concern for {B} {P}.", "The word {Q} has no legal definition {P}.",
    "Critics describe this as {Q}, and {B} is not immune {P}.", "The idea of {Q} is used loosely in the sector {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Asparagus season is here!’", "‘Your veg box is on its way’", "“Meet the farmers behind your milk”",
                 "‘Last chance: Christmas turkey orders close Friday’", "'Fresh from the farm this week'",
                 "‘Pick your own strawberries – open now’", "“Lambing weekend: book your tickets”",
                 "‘Your {crop} order is ready to collect’", "'We miss you – 10% off your next box'",
                 "‘New in the farm shop: {breed} beef’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} lifted open rates {P}.", "{B} used {Q} in its seasonal email {P}.",
    "Short, seasonal messages ({Q}, for example) work well for farm shops {P}.",
    "Messages like {Q} create urgency without discounting {P}.",
    "The email {Q} was opened by more customers than any other {P}.",
    "Testing {Q} against a plainer version showed a clear winner {P}.",
]  # fmt: skip

# Text with brackets, years, prices or abbreviations that is no citation: what these candidates write about farms.
NOT_CITATIONS = {
    "harvest-year": [
        "Yields fell sharply after a wet summer (harvest {yr}).", "The {crop} crop was the smallest in a decade ({yr} harvest).",
        "Prices rose after a poor harvest in {county} ({yr}/{ys}).",
    ],
    "season": [
        "Footfall peaks during the asparagus season (April to June).", "Sales of {crop} doubled last season ({yr}/{ys} season).",
        "The pick-your-own fields were busier than ever (summer {yr}).",
    ],
    "vintage": [
        "The vineyard's sparkling wine won a gold medal (vintage {yr}).", "Its cider is made from a single orchard (harvested autumn {yr}).",
        "The English wine boom continued with a record crop (the {yr} vintage).",
    ],
    "breed": [
        "The farm keeps a pedigree herd ({breed}, {cows} cows).", "Its beef comes from native breeds ({breed} crosses).",
        "{B} switched its herd to grazing breeds ({breed}, from {yr}).",
    ],
    "variety-year": [
        "The shop sells heritage potatoes ({variety}, first bred in {vyear}).", "Growers still prefer an old variety ({variety}, introduced {vyear}).",
        "{variety} (raised in {vyear}) is still the best-known name with shoppers.",
    ],
    "product-launch": [
        "{B}'s new skyr range (launched {yr}) is aimed at younger shoppers.", "The oat drink (relaunched in {mo} {yr}) uses the farm's own oats.",
        "Its ready-meal range (trialled {yr}–{yr2}) was dropped after a year.",
    ],
    "certification-year": [
        "All of its beef is certified ({scheme} since {yr}).", "The farm shop only stocks assured meat ({scheme}).",
        "{B} became certified in {yr} ({scheme}).", "The eggs carry two logos ({scheme} and British Lion).",
    ],
    "protected-name": [
        "Regional products such as {pdo} command a premium.", "The cheese gained protected status (PDO {yr}).",
        "Its clotted cream carries a protected name (PDO since 1998).",
    ],
    "show-year": [
        "The farm's lamb was named supreme champion ({show} {yr}).", "{B} launched its new range at a trade fair ({show}, {mo} {yr}).",
        "Visitor numbers rose after the farm exhibited at a county show ({show}, {yr}).",
    ],
    "award": [
        "The shop's sausages won a Great Taste award (3-star, {yr}).", "{farm} was shortlisted for a national award (Farm Shop of the Year {yr}).",
        "{B}'s cheddar took gold at a cheese competition (World Cheese Awards {yr}).",
    ],
    "merger": [
        "First Milk was formed when two co-operatives merged (The Milk Group and Scottish Milk, 2004).",
        "{coop} grew through mergers (with {coop2} in {yr}).", "Arla's merger with Milk Link (completed in {mo} 2012) created the UK's largest dairy co-operative.",
        "The two co-operatives now trade under one name ({coop} merged into {coop2} in {yr}).",
    ],
    "founding-year": [
        "{bname} (founded in {byear}) has changed a great deal since then.", "The oldest body in the sector is {bname} (est. {byear}).",
        "{bname}, set up in {byear}, has changed its role several times.",
    ],
    "founder": [
        "{fbrand} began with a single box scheme (founder: {founder}, {fyear}).", "{fbrand} was started by {founder} in {fyear}.",
        "The brand's story (started by {founder} in {fyear}) is central to its marketing.",
    ],
    "farm-family": [
        "The farm has been run by one family for four generations ({fam}, since 1921).", "{farm} is owned by {fam} (farming here since {byear}).",
        "The shop was opened by {fam} in {yr} to sell their own beef.",
    ],
    "price-per-kilo": [
        "Its steak mince sells for more than the supermarket's ({pk}).", "Heritage pork is priced at a premium ({pk}).",
        "Farm-gate prices for {crop} vary widely ({pk} in {mo} {yr}).",
    ],
    "price-per-litre": [
        "Milk from the vending machine costs more than in a supermarket ({pl}).", "Farmers were paid less than it cost to produce milk ({pl} in {yr}).",
        "The co-operative raised its milk price ({pl} from {mo} {yr}).",
    ],
    "yield": [
        "Wheat yields were below average ({t} t/ha in {yr}).", "Tea output per bush has fallen ({t} kg per bush, {yr}).",
        "The herd's yield is high for a grazing system (over 9,000 litres per cow per year).",
    ],
    "percentage-year": [
        "Direct sales are a small share of farm income ({pc}% in {yr}).", "Organic land rose slowly ({pc}% of farmland, {yr}).",
        "Farm shop sales grew strongly last year (up {pc}% on {yr}).",
    ],
    "herd-size": [
        "The average dairy herd is much larger than it was ({cows} cows in {yr}).", "Its milk comes from a small number of farms ({n} suppliers).",
        "The farm runs a mixed herd ({cows} head of cattle and {n} ewes).",
    ],
    "land-area": [
        "The estate is large for the region ({ha} hectares).", "Most of the farm is permanent pasture (most of its {ha} hectares).",
        "The smallholders in the scheme farm very little land (under 2 acres each).",
    ],
    "policy": [
        "Payments under {policy} have changed how farmers plan.", "The shift to public money for public goods ({policy}) worries tenant farmers.",
        "Farmers protested against the reform (the CAP 2023–2027 strategic plans).",
    ],
    "subsidy": [
        "Direct payments are being phased out in England (delinked payments end in 2027).", "The farm received a grant for its shop (Farming Investment Fund, {yr}).",
        "Start-ups can apply for support (up to £{n}k per project).",
    ],
    "legislation": [
        "Under the Agriculture Act 2020, support is linked to environmental outcomes.",
        "The EGalim law of 2018 requires more local and organic food in French school meals.",
        "Raw milk can only be sold direct to consumers under the Raw Drinking Milk Regulations.",
    ],
    "census": [
        "The national farm census ({census}) was the first to ask about direct sales.",
        "Farmers were asked about on-farm retail for the first time in the last count ({census}).",
        "The next farm census is planned for 2030 (the last was {census}).",
    ],
    "outbreak": [
        "Consumer trust in beef collapsed after the crisis ({dis}).", "Exports were stopped for months ({dis}).",
        "Biosecurity rules were tightened on open farms ({dis}).",
    ],
    "weather": [
        "Grass growth and farm-shop sales both suffered that year ({storm}).", "The farm shop closed for a week ({storm}).",
        "Coffee prices rose after a poor season ({storm}).",
    ],
    "crisis": [
        "Fertiliser prices tripled (after the invasion of Ukraine, February 2022).",
        "Many farm shops did well during the pandemic (lockdowns of 2020–2021).",
        "Feed costs rose sharply ({yr}–{yr2}).",
    ],
    "event-date": [
        "Hundreds of farms open their gates each year (Open Farm Sunday, {d} June {yr}).",
        "The farm holds a lambing weekend every spring (usually in mid-March).", "The farmers' market runs monthly (every second Saturday).",
    ],
    "ticker": [
        "JBS is listed in São Paulo and New York {tick}.", "Investors reacted badly to the results {tick}.",
        "Saputo reports in Canadian dollars (TSX: SAP).",
    ],
    "registration": [
        "The co-operative is a registered society (Reg. no. IP{n}R).", "The company is registered in England (No. 0{n}4{n}).",
        "Members buy one share each (£1, non-transferable).",
    ],
    "financial-year": [
        "Turnover passed £{n}m for the first time (FY{ys}).", "Profits fell in the first half (H1 {yr}).",
        "Milk volumes grew in the third quarter (Q3 {yr}).",
    ],
    "own-survey": [
        "Most customers said they came for the meat (n = {n}, own survey, {mo} {yr}).",
        "Interviews with staff confirmed this (Interview 3, {mo} {yr}).",
        "A short questionnaire was left at the till (responses: {n}).",
    ],
    "cross-reference": [
        "The customer journey is mapped in the appendix (see Appendix 2).", "Costs are set out in full (Table {q}).",
        "See Section 3.{q} above for the competitor analysis.", "The persona (Figure {q}) is based on five interviews.",
    ],
    "handle-or-hashtag": [
        "Customers tag the shop on Instagram ({h}).", "The campaign used a single hashtag (#FarmShopFriday).",
        "The union's campaign (#BackBritishFarming) runs every September.",
    ],
    "opening-hours": [
        "The shop is open longer at weekends (8am–6pm, Saturday and Sunday).", "The café is closed in winter (November to February).",
        "Click and collect runs three days a week (Wednesday to Friday, 10am–4pm).",
    ],
    "distance": [
        "Everything in the shop is sourced locally (within 30 miles).", "Most visitors travel a long way (an average of {n} km).",
        "Deliveries are limited to nearby postcodes (a 15-mile radius).",
    ],
    "abbreviation": [
        "The Agriculture and Horticulture Development Board (AHDB) funds research through a levy.",
        "The National Farmers' Union (NFU) lobbies for fair prices.", "The Food and Agriculture Organization (FAO) publishes global food prices.",
        "Return on investment (ROI) and cost per acquisition (CPA) will be tracked monthly.",
    ],
    "translation": [
        "Producers use the local term {loc}.", "The idea of {loc} is central to the brand.",
        "This report keeps the original term where there is no English one: {loc}.",
    ],
    "grade": [
        "Only the best carcasses are used (EUROP grade R4L).", "All of the fruit is top quality (Class I).",
        "The milk meets the highest standard (Band A, somatic cell count under 150,000).",
    ],
    "standard": [
        "The packing house is certified to a food-safety standard (BRCGS Issue 9).", "The dairy meets the international standard (ISO 22000:2018).",
        "Growers must follow good practice (GLOBALG.A.P. version 6).",
    ],
    "exchange-rate": [
        "Prices are converted to sterling (€1 = £0.86, {mo} {yr}).", "All figures are in sterling (KSh 160 = £1).",
        "Brazilian prices were converted at the average rate (R$ 6.2 to the pound, {yr}).",
    ],
    "tourism-offer": [
        "The farm offers glamping pods (from £{n} a night).", "Farm tours are popular with schools ({n} visits a year).",
        "The holiday cottages are full all summer (92% occupancy, {yr}).",
    ],
    "mobile-money": [
        "Farmers are paid through M-Pesa (since 2007 in Kenya).", "Buyers pay by Pix (launched in Brazil in 2020).",
        "Most payments are digital (BLIK, {pc}% of orders).",
    ],
    "slogan": [
        "The union's ‘Back British Farming’ campaign (since 2014) is well known.",
        "{B}'s tagline, ‘From our farm to your fridge’, appears on every pack.", "The shop's motto ('Know your farmer') is painted on the barn.",
    ],
    "milestone": [
        "The farm shop opened its second site (in {yr}).", "{B} celebrated its anniversary ({q}0 years in {yr}).",
        "The co-operative reached a milestone ({n},000 members by {yr}).",
    ],
    "job-title": [
        "The plan was agreed with the shop manager (Sarah, Head of Retail).", "The farm's marketing is run by one person (the owner's daughter, since {yr}).",
        "The interview was with a senior manager (Marketing Director, {coop}).",
    ],
    "storage-shelf-life": [
        "Raw milk has a short shelf life (three to five days).", "Dry-aged beef is hung for weeks (28–35 days).",
        "Apples are kept in cold stores (at 2–4°C until spring).",
    ],
}  # fmt: skip
