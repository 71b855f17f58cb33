"""The blind211 pool's prose: how marketers in Canada's Prairie and Atlantic provinces and in Indigenous-owned
businesses write CIM Level 6 and 7 reports and MBA assignments in English.

Written without reading the checker, its tests or any other pool. Canadian spelling (Word set to English (Canada):
"organization", "program", "centre", "labour", "fall"), citations at the start, middle and end of sentences, and
the brackets, years, numbers and names of the region that are no citations: Acts with chapter numbers, bills,
treaties with their years, band numbers and Métis locals, postal codes, CAD amounts, NHL and CFL teams with founding
years, the Stampede and other events with years, harvests and fishing seasons, co-operatives' founding years, carbon
prices by year, TSX symbols, awards, people's titles and ages, fiscal years, lobster-season dates and place names in
Cree and Mi'kmaw beside English ones. Placeholders: {N} narrative citation, {P} parenthetical, {Q} quotation, {C}
claim, {B} brand, {O} opener; the fill values of documents.py and those of ``values`` below.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Assiniboine Credit Union", "Servus Credit Union", "Conexus", "Affinity Credit Union", "ATB Financial",
          "Steinbach Credit Union", "Co-op", "Sobeys", "Cavendish Farms", "Clearwater", "High Liner Foods",
          "Irving Oil", "Moosehead", "Pete's Frootique", "Manitobah Mukluks", "Peace Hills Trust",
          "First Nations Bank of Canada", "Wanuskewin", "Travel Manitoba", "Tourism Nova Scotia", "SaskTel",
          "Manitoba Hydro", "Emera", "Nutrien", "Richardson International", "Peak of the Market", "Old Dutch",
          "Cows Creamery", "Lawtons", "Kent", "Membertou Trade and Convention Centre", "Fogo Island Inn",
          "Lobster Council of Canada", "Canola Council of Canada", "WestJet", "Tim Hortons", "Canadian Tire",
          "Prairie Sky Credit Union", "East Coast Credit Union", "Noggins Corner Farm"]  # fmt: skip

_CITIES = ["Winnipeg", "Regina", "Saskatoon", "Calgary", "Edmonton", "Halifax", "Moncton", "St. John's",
           "Charlottetown", "Brandon", "Fredericton", "Sydney", "Prince Albert", "Lethbridge", "Dieppe"]  # fmt: skip
_PROVINCES = ["Manitoba", "Saskatchewan", "Alberta", "Nova Scotia", "New Brunswick", "PEI", "Newfoundland and Labrador"]
_NATIONS = ["Membertou First Nation", "Eskasoni First Nation", "Lennox Island First Nation", "Peguis First Nation",
            "Muskeg Lake Cree Nation", "Whitecap Dakota First Nation", "Sipekne'katik First Nation",
            "Millbrook First Nation", "Elsipogtog First Nation", "Opaskwayak Cree Nation", "Flying Dust First Nation",
            "Tsuut'ina Nation", "Enoch Cree Nation", "Miawpukek First Nation"]  # fmt: skip
_PEOPLE = ["Terrance Paul", "Mary Cardinal", "Marlene Poitras", "Leroy Denny", "Rose Ahenakew", "Bobby Cameron",
           "Darcy Bear", "Gilbert Sylliboy", "Evelyn Francis", "Norman Marshall", "Sharon Starblanket",
           "Ernie Chartrand", "Theresa Knockwood", "Lawrence Gould"]  # fmt: skip
_POSTCODES = ["R3C 4T3", "R3B 1B9", "S7K 1J5", "S4P 3Y2", "B3J 3K5", "B3H 4R2", "E1C 4M3", "A1C 5M2", "C1A 7N8",
              "T2P 2M5", "T5J 0N3", "B1S 2P6", "E1A 3E9"]  # fmt: skip
_TSX = ["TSX: RY", "TSX: NTR", "TSX: EMA", "TSX: EMP.A", "TSX: HLF", "TSX: CU", "TSX: FTS", "TSX: CVE", "TSX: SU",
        "TSX: ALA", "TSX: TD", "TSX: AQN"]  # fmt: skip
_TEAMS = ["the Winnipeg Jets (founded 1972)", "the Edmonton Oilers (est. 1972)", "the Calgary Flames (in Calgary since 1980)",
          "the Saskatchewan Roughriders (founded 1910)", "the Winnipeg Blue Bombers (1930)",
          "the Calgary Stampeders (est. 1945)", "the Edmonton Elks (founded 1949)", "the Halifax Mooseheads (1994)",
          "the Moncton Wildcats (1996)", "the Charlottetown Islanders (2013)"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the common ones."""
    year = rng.randint(2016, 2024)
    return {
        "city": rng.choice(_CITIES), "prov": rng.choice(_PROVINCES), "nation": rng.choice(_NATIONS),
        "who": rng.choice(_PEOPLE), "pcode": rng.choice(_POSTCODES), "tsx": rng.choice(_TSX), "team": rng.choice(_TEAMS),
        "cad": f"{rng.randint(2, 95)}.{rng.randint(1, 9)}", "age": str(rng.randint(58, 91)),
        "fy": f"FY{year}-{(year + 1) % 100:02d}", "yr": str(year), "yr2": str(year + 1), "lfa": str(rng.choice([23, 24, 25, 26, 27, 33, 34, 35, 36])),
        "band": str(rng.randint(18, 699)), "local": str(rng.randint(3, 180)),
        "sector": rng.choice(["credit union", "co-op", "seafood processor", "tourism operator", "farm-gate retailer",
                              "energy retailer", "grain company"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although the sample was drawn only from {prov}.",
    "{N} concluded that {C}; this is directly relevant to {B}.", "{N} showed that {C}.",
    "{N} suggest that {C}, which fits what {B} has seen in {city}.", "{N} noted that {C}.",
    "{N} makes the case that {C}, especially for a {sector}.", "{N} observed that {C} in rural Saskatchewan.",
    "{N} reported that {C} across the Atlantic provinces.", "{N} cautioned that {C} unless community partners are involved from the start.",
    "{N} found that, in Indigenous-owned firms, {C}.", "{N} describe how {C}.",
    "{N} also point out that {C}.", "{N} identified that {C} among {A}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In a study of Prairie credit unions, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is consistent with {N}, who found that {C}.", "{C}, as {N} point out.",
    "As {N} explains, {C}.", "For a co-operative like {B}, the lesson from {N} is that {C}.",
    "{C}; {N} came to much the same conclusion in {prov}.", "Research by {N} suggests that {C}.",
    "According to {N}, {C}.", "Work by {N} with Mi'kmaw businesses shows that {C}.",
    "{C} – a point also made by {N}.", "Data from {N} show that {C}.",
    "Following {N}, it could be argued that {C}.", "{B} appears to have learned from {N}: {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Using {N} framework, it is clear that {C}.",
    "{O}, {N} findings suggest that {C}.", "{B} could apply {N} model, since {C}.",
    "{N} survey of {prov} consumers found that {C}.", "This reflects {N} argument that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "In {prov}, {C} {P}.", "Research shows that {C} {P}.",
    "For {B}, {C} {P}.", "This matters because {C} {P}.", "{C}, particularly in rural communities {P}.",
    "It is often argued that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.",
    "{C}, which is why {B} invests in {T} {P}.", "Put simply, {C} {P}.", "{C} (see Figure {q}) {P}.",
    "In Atlantic Canada, {C} {P}.", "{C}, as Prairie studies also show {P:see also}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; however, {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, {C2}.", "{B} has found that {C} {P}, so {C2}.", "Studies {P} agree that {C}.",
    "{O}, {C} {P}, which means {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} in smaller centres trust local credit unions more than national banks",
    "{T} works best when it reflects the community the business belongs to",
    "Indigenous-owned brands gain credibility when their story is told by the community itself",
    "co-operatives can turn member ownership into a point of difference",
    "buy-local messaging lifts {R} for Atlantic food producers",
    "tourism operators in the Prairies depend heavily on the summer season",
    "bilingual packaging builds goodwill with francophone shoppers in New Brunswick",
    "{B} could use {T} to reach {A} outside the major cities",
    "farm-gate and farmers' market sales have grown since the pandemic",
    "seafood buyers increasingly ask for proof of traceability",
    "energy firms face scepticism when they talk about the transition",
    "{A} respond better to member stories than to rate promotions",
    "partnership with First Nations must be built on long-term relationships rather than one-off campaigns",
    "rural broadband gaps limit how far {T} can reach",
    "newcomers to the Prairies choose their first bank within weeks of arriving",
    "{T} raises {R} among {A}",
]  # fmt: skip
OPENERS = [
    "However", "In addition", "For example", "On the other hand", "In the Prairies", "In Atlantic Canada",
    "For {B}", "Since the pandemic", "From a member's point of view", "Nevertheless", "As a result",
    "Within the co-operative sector", "In the context of reconciliation", "Overall", "In {city}",
]  # fmt: skip
PLAIN = [
    "{B} has branches across {prov} and a growing mobile banking app.",
    "This report analyzes {B}'s marketing environment and makes recommendations for the next fiscal year.",
    "The table below summarizes the key performance indicators for each channel.",
    "{B}'s Facebook page has {n} thousand followers, but engagement has fallen.",
    "The recommendations are costed and phased over eighteen months.", "{O}, {C}.",
    "A PESTLE analysis of {B} is included in the appendix.",
    "Interviews were held with six members of staff in {city}.",
    "The main competitors are two national banks and a regional co-operative.",
    "Task 3 builds on this by proposing a content calendar for the fall.",
]  # fmt: skip
SCARE_QUOTES = ["“local”", "“community-owned”", "“authentic”", "‘greenwashing’", "“reconciliation washing”",
                "‘buy local’", "“Prairie nice”", "‘East Coast hospitality’", "“member first”", "'shrinkflation'",
                "“Indigenous-inspired”", "‘the Co-op difference’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} describes itself as {Q} {P}.", "Consumers are wary of {Q} claims {P}.",
    "So-called {Q} marketing is under growing scrutiny {P}.", "The word {Q} is used loosely in the sector {P}.",
    "Critics call this {Q}, and {B} is not immune {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your member dividend is here’", "“Lobster season is open – order now”",
                 "‘Last chance: early-bird Stampede deals’", "“Tansi! Your summer tour is booked”",
                 "‘Harvest sale: 20% off this weekend only’", "“Welcome to the co-op, {city}”",
                 "‘We miss you – here’s $10 off’", "“Fall rates are here”"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} lifted open rates {P}.", "{B} used {Q} in its member newsletter {P}.",
    "Short, local copy ({Q}, for example) works well with {A} {P}.",
    "The email {Q} had the highest click rate of the quarter {P}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one Canadian textbook puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{B} seems to accept that {Q} {P}.", "One study concluded that {Q} {P}.", "{O}, {Q} {P}.",
]  # fmt: skip

# Text that looks like a citation and is not: nothing here belongs in a reference list.
NOT_CITATIONS = {
    "act-chapter-number": [
        "Every message {B} sends must meet Canada's Anti-Spam Legislation (CASL, S.C. 2010, c. 23).",
        "Consent records are kept as required under PIPEDA (S.C. 2000, c. 5).",
        "Misleading price claims are reviewable under the Competition Act (R.S.C. 1985, c. C-34).",
        "The carbon levy itself comes from federal law (S.C. 2018, c. 12).",
    ],
    "bill-number-year": [
        "Streaming platforms now fund Canadian content under Bill C-11 (2023).",
        "Changes to the Competition Act passed as Bill C-56 (2023) and Bill C-59 (2024).",
        "News publishers' payments from platforms follow Bill C-18 (2023), which is why news vanished from Facebook feeds.",
    ],
    "provincial-act": [
        "Gift cards sold in Manitoba cannot expire (The Consumer Protection Act, C.C.S.M. c. C200).",
        "Direct sellers in Saskatchewan need a licence (S.S. 2013, c. C-30.2).",
        "{B}'s contest rules follow the Alberta regulation (Alta. Reg. 81/2001).",
    ],
    "treaty-number-year": [
        "{B}'s head office stands on Treaty 1 (1871) territory, the lands of the Anishinaabe and Cree.",
        "The University of Saskatchewan is on Treaty 6 (1876) territory and the homeland of the Métis.",
        "Calgary sits in Treaty 7 (1877) territory, as {B} acknowledges at the start of every event.",
        "Mi'kmaw fishing rights rest on the Peace and Friendship Treaties (1760–61).",
    ],
    "band-number": [
        "{nation} (Band No. {band}) owns the gas bar and the convenience store next to it.",
        "The joint venture is registered to {nation} (band number {band}).",
    ],
    "metis-local": [
        "The artisans belong to a Métis community group (Local #{local}).",
        "Métis Nation–Saskatchewan Local {local} (Prince Albert) hosted the launch.",
    ],
    "postal-code": [
        "The flagship branch is downtown (201 Portage Avenue, Winnipeg, MB R3C 4T3).",
        "Samples were limited to customers in one area (FSA {pcode}).",
        "Returns go to the distribution centre ({city}, {pcode}).",
    ],
    "cad-amount": [
        "The campaign had a modest budget (CAD ${cad}K over {q} months).",
        "{B}'s member dividend reached a record (C${cad} million in {Y}).",
        "Average spend per visitor rose ($ {n}.{q}0 CAD per day).",
    ],
    "nhl-team-year": [
        "{B} sponsors {team} and runs a contest at every home game.",
        "Game nights for {team} drive the busiest evenings at the downtown pub.",
    ],
    "cfl-grey-cup": [
        "The Winnipeg Blue Bombers' win (Grey Cup 2019) was the first in 28 years.",
        "Rider Nation turned out for the 105th Grey Cup (Ottawa, 2017) and again in Regina (2022).",
        "{B} ran Grey Cup (2023) watch parties in every branch.",
    ],
    "event-year": [
        "Footfall peaked during the Calgary Stampede 2019 (1.27 million visitors).",
        "{B} sponsored Festival du Voyageur (February {Y}) for the first time.",
        "Sales at the Halifax waterfront spiked during the Tall Ships Nova Scotia festival (2017).",
        "The Tintamarre in Caraquet (15 August {yr}) drew a record crowd.",
    ],
    "harvest-year": [
        "Prairie canola yields fell sharply after the drought ({yr} harvest).",
        "Farm incomes recovered with the bumper crop (2022 harvest, 55 bu/ac on average).",
        "Potato growers in PEI lost export markets after potato wart (2021–22 season).",
    ],
    "fishing-season": [
        "Landings in Lobster Fishing Area {lfa} (LFA {lfa}, {yr}–{yr2}) were close to record levels.",
        "The snow crab quota was cut ({yr} season: 34,000 t).",
        "The food, social and ceremonial fishery (FSC) became a flashpoint in southwest Nova Scotia in 2020.",
    ],
    "lobster-season-dates": [
        "The South Shore season opens on Dumping Day (last Monday of November) and runs to 31 May.",
        "{B} plans its biggest promotion for the spring opening (LFA 24, 30 April to 30 June).",
        "Prices dip in the first weeks of the season (late November {Y}).",
    ],
    "coop-founded": [
        "Federated Co-operatives Limited (founded 1928) supplies most Co-op stores in the West.",
        "The Saskatchewan Wheat Pool (1924–2007) shaped how farmers think about co-operation.",
        "The Antigonish Movement (1920s) gave Nova Scotia its first credit unions.",
        "{B} grew out of a parish credit union (est. {Y}).",
    ],
    "carbon-price-year": [
        "The federal carbon price rose to $65 per tonne (April 2023) and $80 (April 2024).",
        "Pump prices included the fuel charge (17.6¢/L in 2023–24).",
        "Households got the rebate back quarterly (about $1{q}0 a quarter in {yr}).",
    ],
    "stock-symbol": [
        "The parent company is listed in Toronto ({tsx}).",
        "Shares in the supplier ({tsx}) fell after the results.",
        "{B}'s biggest rival ({tsx}) owns three regional brands.",
    ],
    "award-year": [
        "The campaign won gold at the Canadian Marketing Association Awards 2021.",
        "{B} has been named a top regional employer (every year since {Y}).",
        "The video won a Prairie Music Award (2018) for its soundtrack.",
        "The product line was certified (CCAB Certified Aboriginal Business, {yr}).",
    ],
    "chief-title": [
        "Chief {who} ({nation}) opened the new store with a smudging ceremony.",
        "The agreement was signed by Chief {who} and the mayor in {yr}.",
        "Grand Chief {who} (AMC) welcomed the partnership.",
    ],
    "elder-age": [
        "Elder {who} ({age}) led the opening prayer at the launch.",
        "The stories on the packaging were told by Elder {who}, aged {age}.",
        "Knowledge Keeper {who} (born 1941) advised on the designs.",
    ],
    "mla-mp": [
        "The local MLA (NDP, Fort Rouge) attended the ribbon-cutting.",
        "{who}, MP for Sydney–Victoria, announced the funding in {yr}.",
        "The minister (MLA for {city}, elected {yr}) promised support for rural broadband.",
    ],
    "fiscal-year": [
        "Marketing spend was frozen ({fy}).", "{B}'s member growth slowed in the last fiscal year ({fy}).",
        "The plan covers two budget years ({fy} and FY2025-26).",
    ],
    "cree-place-name": [
        "The festival is held in Saskatoon (misâskwatôminihk) every August.",
        "Winnipeg's name comes from the Cree for murky water (Wînipêk).",
        "The Cree name of Edmonton (amiskwacîwâskahikan, Beaver Hills House) appears on the bilingual signs.",
        "{B} opened a café in Maskwacis (formerly Hobbema) in {yr}.",
    ],
    "mikmaw-place-name": [
        "The store in Halifax (Kjipuktuk) stocks Mi'kmaw-made crafts.",
        "Tourism in Cape Breton (Unama'ki) grew faster than the provincial average.",
        "Prince Edward Island (Epekwitk) markets itself as Canada's food island.",
        "Ferry traffic to Newfoundland (Ktaqmkuk) recovered after the pandemic.",
    ],
    "census-year": [
        "The long-form questionnaire went to one household in four on census day (Census 2021, 11 May).",
        "The next count (Census 2026) will be the first with the new questions on language at work.",
    ],
    "sales-tax": [
        "Prices include sales tax (HST 15% in Nova Scotia until April 2025).",
        "Shoppers in Alberta pay only the federal tax (GST 5%).",
        "Manitoba's retail sales tax was cut (RST 7%, July 2019).",
    ],
    "phone-number": [
        "Members can call the contact centre (1-800-{n}-0199) or book online.",
        "Bookings are taken by phone ((902) 555-0147) from May to October.",
    ],
    "highway-route": [
        "Most visitors arrive by car along the Yellowhead (Highway 16).",
        "The farm shop sits on the Trans-Canada (Hwy 1, exit {q}4).",
        "Confederation Bridge (opened 1997) brings most visitors to PEI.",
    ],
    "population": [
        "The trading area is small (pop. {n},000 in {yr}).",
        "Winnipeg is the province's largest market (metro population 834,678, 2021).",
    ],
    "exchange-rate": [
        "Lobster sold to US buyers earns more when the loonie is weak (US$1 = C$1.36, {yr}).",
        "Export prices are quoted in US dollars (USD/CAD 0.74).",
    ],
    "interest-rate": [
        "Mortgage renewals became harder after rate rises (Bank of Canada overnight rate 5.0%, July 2023).",
        "{B} matched the five-year fixed rate (5.49% APR) for members only.",
    ],
    "festival-since": [
        "Folklorama (since 1970) is the largest event of its kind in Winnipeg.",
        "Íslendingadagurinn in Gimli (held since 1890) draws visitors from across the Prairies.",
        "Celtic Colours International Festival (October {yr}) fills Cape Breton's inns.",
        "The Royal St. John's Regatta (first held 1816) is a civic holiday in the city.",
    ],
    "course-code": [
        "This assignment is submitted for the marketing strategy course (MKTG 4210).",
        "The case was first discussed in class (BUS 7120, Winter {yr}).",
    ],
    "airport-code": [
        "Direct flights from Toronto (YYZ–YHZ) bring most leisure visitors.",
        "WestJet's new route (YWG–YYT) began in summer {yr}.",
    ],
    "time-zone": [
        "Emails are sent at 8 a.m. local time (Atlantic Time, UTC−4).",
        "Saskatchewan does not change its clocks (CST all year).",
    ],
    "store-count-year": [
        "{B} now has {q}4 branches ({yr} figures).",
        "The grocery chain closed three stores (2019–20) but opened two new ones.",
    ],
    "member-count": [
        "{B} is owned by its members ({n},000 members at year end).",
        "Credit union membership in the province grew again (over 600,000 members, {yr}).",
    ],
    "visitor-numbers": [
        "Visitor numbers have recovered (2.{q} million in {yr}, against 2.4 million in 2019).",
        "Cruise calls at Halifax set a record ({n} ships, {yr} season).",
    ],
    "crop-and-yield": [
        "Wheat remains the main crop (CWRS, 13.5% protein).",
        "Canola prices were strong ($19.{q}0/bu, Saskatoon, fall {yr}).",
    ],
    "founding-year-brand": [
        "Tim Hortons (founded 1964 in Hamilton) remains the most-used coffee chain in Atlantic Canada.",
        "Cows Creamery (Cavendish, 1983) built its brand on Island milk.",
        "{B} (est. {Y}) started as a single storefront in {city}.",
    ],
    "survey-sample": [
        "Most respondents preferred the app (n = {n}).",
        "The member survey was small (n = {n} Manitobans, {yr}).",
        "Trust scores were high among older members (aged 55+, 62%).",
    ],
    "cross-reference": [
        "The full budget is given in the appendix (Appendix {q}).",
        "Objectives are set out above (Section 2.{q}).",
        "Competitor pricing is compared in the table (Table {q}, p. {q}).",
    ],
    "handle-or-domain": [
        "The tourism board posts daily on Instagram (@travelmanitoba).",
        "Bookings are made online (www.example-tours.ca) or at the dock.",
        "The hashtag (#ExploreNB) was used {n} times in the first week.",
    ],
    "slogan": [
        "Manitoba's brand line (“Canada's heart beats”) appears on every licence plate.",
        "The province's tourism slogan (‘Come from away’) became a musical's title.",
        "{B}'s tagline (‘Local since {Y}’) is printed on every bag.",
    ],
    "bilingual-name": [
        "The co-operative trades under both names (Co-op Atlantic / Coop Atlantique).",
        "The campaign ran in both official languages (Achetez local / Buy local) across New Brunswick.",
    ],
    "regulation-number": [
        "Front-of-pack labels follow the federal rules (SOR/2022-168).",
        "Loyalty points cannot expire under the provincial regulation (Man. Reg. 227/2006 as amended).",
    ],
    "indigenous-day": [
        "{B} closes its offices on the National Day for Truth and Reconciliation (30 September).",
        "Sales of the beadwork collection peak around National Indigenous Peoples Day (21 June).",
        "Orange Shirt Day (since 2013) is marked by staff in every branch.",
    ],
    "sport-event-year": [
        "The Brier (Regina, {yr}) filled every hotel in the city.",
        "The Canada Summer Games (Niagara, 2022) used the Co-op logo on its volunteer kit.",
        "The 2025 Canada Winter Games (Prince Edward Island) were the largest event ever hosted on the Island.",
    ],
}  # fmt: skip
