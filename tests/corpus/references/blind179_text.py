"""The hundred-and-seventy-ninth independent pool, "blind179" (HELD OUT): the prose of marketers in English Canada
and its diaspora (Toronto, Ottawa, Mississauga, Brampton, Hamilton, Waterloo, London ON, Vancouver, Surrey, Victoria,
Calgary, Edmonton, Winnipeg, Regina, Saskatoon, Halifax, St. John's, Charlottetown, Whitehorse, Yellowknife, Iqaluit;
Seattle, Boston, London, Hong Kong, Manila, Chandigarh) writing CIM Level 6 and 7 reports and MBA assignments.

Written without reading the checker, its tests or any other pool. Sentence frames cite at the start, middle and
end of sentences, with "see", "e.g." and "cf." inside brackets; claims are about Canadian banks and fintechs,
telecoms, grocers, retailers, food and drink makers, airlines, media and agencies; the decoys are what such reports
carry that is not a citation: statutes with their chapter numbers ("S.C. 2000, c. 5"), bills, Law 25, regulators
and their decisions, C$, CAD and $ with M and B, fiscal years, TSX tickers, postal codes, area codes, holidays
(Canada Day, Victoria Day, Thanksgiving, the National Day for Truth and Reconciliation), the Stampede, TIFF,
Caribana, the Grey Cup and the playoffs, Treaty numbers, Nations and their languages, executives, founders,
products, loyalty programmes, slogans, campaigns, awards, polls and their margins, course codes and more.

HELD OUT: nobody tunes the checker on it until its first tables have been read; its misses are not to be read.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["RBC", "TD", "Scotiabank", "BMO", "CIBC", "National Bank", "Desjardins", "Tangerine", "Simplii Financial",
          "EQ Bank", "Wealthsimple", "Interac", "KOHO", "Manulife", "Sun Life", "Intact", "Rogers", "Bell", "Telus",
          "Freedom Mobile", "Vidéotron", "Loblaw", "Shoppers Drug Mart", "Sobeys", "Metro", "Canadian Tire",
          "Hudson's Bay", "Roots", "Lululemon", "Aritzia", "Indigo", "Dollarama", "Costco Canada", "Walmart Canada",
          "Tim Hortons", "McCain", "Maple Leaf Foods", "Saputo", "Molson Coors Canada", "Labatt", "Crown Royal",
          "Ganong", "President's Choice", "Shopify", "OpenText", "Air Canada", "WestJet", "Porter", "VIA Rail",
          "CBC", "No Frills", "PC Optimum", "Triangle Rewards", "Mark's", "SportChek", "Canada Goose", "MEC",
          "Arc'teryx", "Herschel Supply", "DavidsTea", "A&W Canada", "Harvey's", "Swiss Chalet", "Jean Coutu"]  # fmt: skip

_PROVINCES = ["ON", "BC", "AB", "QC", "MB", "SK", "NS", "NB", "NL", "PE", "YT", "NT", "NU"]
_CITIES = ["Toronto", "Ottawa", "Mississauga", "Brampton", "Hamilton", "Waterloo", "London, Ontario", "Vancouver",
           "Surrey", "Victoria", "Calgary", "Edmonton", "Winnipeg", "Regina", "Saskatoon", "Halifax", "St. John's",
           "Charlottetown", "Whitehorse", "Yellowknife", "Iqaluit", "Moncton", "Kelowna", "Markham"]  # fmt: skip

_TICKERS = ["RY", "TD", "BNS", "BMO", "CM", "NA", "L", "MRU", "CTC.A", "DOL", "ATZ", "SHOP", "OTEX", "AC", "QSR", "MFI",
            "SAP", "BCE", "T", "RCI.B", "GOOS", "IFC", "SLF", "MFC"]  # fmt: skip
_CHANNELS = ["Instagram", "TikTok", "LinkedIn", "email", "paid search", "the app", "CTV", "Spotify", "out-of-home",
             "Reddit", "YouTube", "Crave"]  # fmt: skip
_POSTAL_CODES = ["M5V 3L9", "K1A 0A6", "H3B 4W8", "V6B 1A1", "T2P 2M5", "R3C 4T3", "B3J 3R7", "A1C 5M2", "X0A 0H0",
                 "S4P 3Y2", "E1C 4M3"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn from the builder's random source after the common ones."""
    return {
        "pc": str(rng.randint(4, 88)),
        "Y3": str(rng.randint(2019, 2025)),
        "cad": f"{rng.randint(2, 95)}.{rng.randint(1, 9)}",
        "prov": rng.choice(_PROVINCES),
        "city": rng.choice(_CITIES),
        "tsx": rng.choice(_TICKERS),
        "ch": rng.choice(_CHANNELS),
        "mo": rng.choice(["January", "March", "May", "June", "July", "September", "October", "November", "December"]),
        "pcode": rng.choice(_POSTAL_CODES),
        "area": rng.choice(["416", "647", "905", "613", "604", "778", "403", "780", "204", "306", "902", "709", "867"]),
        "tr": rng.choice(["1", "3", "4", "6", "7", "8", "9", "11"]),
        "sec": str(rng.randint(3, 60)),
        "tel": f"{rng.randint(200, 999)}-{rng.randint(1000, 9999)}",
    }


NARRATIVE_START = [
    "{N} argued that {C}.",
    "{N} found that {C}, at least among {A} in {city}.",
    "{N} concluded that {C}.",
    "{N} makes the point that {C}, which is relevant to {B}.",
    "{N} showed that {C} in the Canadian market.",
    "{N} suggests that {C}; {B}'s own results back this up.",
    "{N} noted that {C}, especially outside Québec.",
    "{N} observed that {C} in every province they studied.",
    "{N} report that {C}.",
    "{N} cautioned that {C}.",
    "{N} recommends that {B} treat {ch} as a core channel because {C}.",
    "{N} went further and argued that {C} and that {C2}.",
    "{N} questioned whether {C}.",
    "{N} explains that {C} (for instance, through {T}).",
    "{N} surveyed {n} shoppers in {city} and found that {C}.",
    "{N} identified that {C}, particularly for newcomers to Canada.",
    "{N} were among the first to argue that {C}.",
    "{N} has long maintained that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} points out, {C}.",
    "{O}, {N} found that {C}.",
    "This is consistent with {N}, who found that {C}.",
    "{C}, which supports the findings of {N}.",
    "{C} – a view shared by {N}.",
    "According to {N}, {C}.",
    "In their study of Canadian banks, {N} showed that {C}.",
    "Research by {N} suggests that {C}.",
    "A survey carried out by {N} found that {C}.",
    "{B} is a good example: {N} showed that {C}.",
    "Drawing on {N}, it could be argued that {C}.",
    "Evidence from {N} indicates that, for {A}, {C}.",
    "{C}; however, {N} found the opposite in Atlantic Canada.",
    "Data published by {N} show that {C}.",
    "When {B} rebranded in {Y3}, it seemed to follow {N}: {C}.",
    "{C}, according to {N}.",
    "As {N} put it, {C}.",
    "Unlike {B}, the firms studied by {N} found that {C}.",
    "Writing about {city}, {N} noted that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.",
    "Using {N} framework, it is clear that {C}.",
    "{O}, {N} report concluded that {C}.",
    "{B} could apply {N} model, since {C}.",
    "{N} findings matter here because {C}.",
    "This reflects {N} argument that {C}.",
    "According to {N} survey of {n} Canadians, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "Research shows that {C} {P}.",
    "For {A}, {C} {P}.",
    "{B} is no exception, since {C} {P}.",
    "This matters because {C} {P}.",
    "It is often claimed that {C} {P:see}.",
    "Several Canadian studies report that {C} {P:e.g.}.",
    "{C}, especially in {city} {P}.",
    "In short, {C} {P}.",
    "{C}, which is why {B} invests in {T} {P}.",
    "A key point for {B} is that {C} {P}.",
    "{C}. {P}",
    "Three things drive this: price, convenience and the fact that {C} {P}.",
    "{C} {P:see also}.",
    "{C}, as recent Canadian data confirm {P:for example,}.",
    "It is worth comparing this with the US, where {C} {P:cf.}.",
    "The Big Five banks compete on trust, convenience and rewards {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{C} {P}, but {C2}.",
    "{C} {P}; {C2}.",
    "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.",
    "{B} has found that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.",
    "Because {C} {P}, {B} should make sure that {C2}.",
    "Some sources {P:e.g.} argue that {C}.",
    "Studies {P} agree that {C}.",
    "{O}, {C} {P}, so {C2}.",
    "{C} {P}: this means that {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} are more likely to trust {T} than traditional advertising",
    "loyalty programmes such as PC Optimum lock shoppers into one grocer",
    "Canadians switch banks far less often than they switch phone carriers",
    "{B}'s reliance on {ch} leaves it exposed if costs rise",
    "bilingual campaigns cost more but build trust in Québec",
    "newcomers choose their first bank within weeks of arriving",
    "personalised offers increase {R} among {A}",
    "{A} in Canada now expect the same service online as in store",
    "Indigenous-led partnerships only work when communities share in the benefits",
    "grocery prices have made {A} more price-sensitive since {Y3}",
    "consent under CASL has made email lists smaller but more valuable",
    "brands that ignore {T} risk losing {A} to competitors",
    "the Big Three carriers compete on bundles rather than price",
    "money spent on {T} goes further than a TV budget but is harder to measure",
    "'Buy Canadian' messaging lifts sales only when the product is visibly local",
    "regional identity matters more in Atlantic Canada than national branding does",
    "South Asian consumers in Brampton and Surrey respond to in-language advertising",
    "firms such as {B} need to {bs} to stay competitive",
    "investment in {T} only drives {R} when the offer is relevant",
    "mobile now accounts for most Canadian e-commerce traffic",
    "around {q} in 10 {A} have unsubscribed from a brand's emails",
    "rural and Northern customers pay more for the same basket of goods",
]  # fmt: skip
OPENERS = ["Furthermore", "In addition", "On the other hand", "For example", "In Canada", "For {B}'s marketing team",
           "Since the pandemic", "In the context of {B}", "From a customer perspective", "Nevertheless",
           "Outside Québec", "In English Canada", "As a result", "Looking at {B}'s competitors", "Overall",
           "In terms of digital channels", "For newcomers", "In the Prairies", "That said"]  # fmt: skip
PLAIN = [
    "{B} was founded in Canada and now trades in {q}0 countries.",
    "This section analyses {B}'s current channels and makes recommendations.",
    "The table below summarises the key performance indicators for each channel.",
    "{B}'s Instagram account has over {n}k followers, but engagement is low.",
    "The recommendations are costed in Canadian dollars and phased over twelve months.",
    "{O}, {C}.",
    "All French-language assets will be adapted, not translated, for the Québec market.",
    "Customers can buy online, through the app or in store, and returns are free.",
    "A PESTLE analysis of {B} is included in the appendix.",
    "The main competitors are {B} and two smaller online-only brands.",
    "Task 2 builds on this by proposing a content plan for the next fiscal year.",
    "The brand's head office is in {city}, with a regional team in Montréal.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one Canadian marketing text puts it, {Q} {P}.",
    "This is summed up well: {Q} {P}.",
    "{N} put it bluntly: {Q}.",
    "{B} appears to accept that {Q} {P}.",
    "One review concluded that {Q} {P}, which {B} should note.",
    "Marketers are told that {Q} {P}.",
    "In the words of {N}, {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["“Canadian-made”", "“Buy Canadian”", "“shrinkflation”", "“greedflation”", "“omnichannel”",
                "‘everyday low prices’", "“price gouging”", "‘Canadian-owned’", "\"greenwashing\"",
                "“hyper-local”", "'drip pricing'", "“Product of Canada”", "“Made in Canada”", "“unlimited”"]  # fmt: skip
SCARE_FRAMES = [
    "{B}'s marketing has been criticised as {Q} {P}.",
    "Many shoppers are tired of {Q} marketing {P}.",
    "So-called {Q} is a growing concern in Canadian grocery {P}.",
    "The term {Q} is used loosely in the industry {P}.",
    "Critics describe this as {Q}, and {B} is not immune {P}.",
    "{B} markets its plans as {Q}, yet data caps still apply {P}.",
    "Labels claiming {Q} are regulated more strictly than many brands assume {P}.",
]  # fmt: skip
SUBJECT_LINES = ["“Your PC Optimum points are about to expire”", "“Happy Canada Day – 15% off everything 🍁”",
                 "“Don't miss out: Boxing Day deals start now”", "“Eh, you forgot something in your cart”",
                 "‘Bonjour! Your order has shipped / Votre commande est expédiée’", "“Long weekend = free shipping”",
                 "“Your {M} picks are back in stock”", "\"Thanksgiving treats, delivered\"",
                 "“Game day? Grey Cup snacks are 2 for $5”", "“We miss you – here's $10 off”"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} can lift open rates {P}.",
    "{B} used {Q} in its abandoned-cart email {P}.",
    "Short, urgent copy ({Q}, for example) performs well with {A} {P}.",
    "Messages like {Q} work because they create urgency {P}.",
    "The email {Q} was opened by more {A} than any other {P}.",
    "Testing {Q} against a plainer version showed a clear winner {P}.",
]  # fmt: skip

# Text with brackets, years or figures that is no citation and must raise no problem.
NOT_CITATIONS: dict[str, list[str]] = {
    "federal-statute": [
        "All commercial electronic messages must comply with Canada's Anti-Spam Legislation (CASL), S.C. 2010, c. 23.",
        "Under the Personal Information Protection and Electronic Documents Act, S.C. 2000, c. 5, consent must be meaningful.",
        "Drip pricing is now treated as deceptive under the Competition Act, R.S.C. 1985, c. C-34.",
        "{B} reviewed its app against the Accessible Canada Act (S.C. 2019, c. 10) before the relaunch.",
    ],
    "provincial-statute": [
        "Ontario's Consumer Protection Act, 2002, S.O. 2002, c. 30, Sched. A gives buyers a cooling-off period.",
        "British Columbia has its own Personal Information Protection Act (S.B.C. 2003, c. 63).",
        "Alberta's privacy law (PIPA, 2003) applies to {B}'s Calgary stores.",
        "The new Consumer Protection Act, 2023 (Ontario) had not come into force at the time of writing.",
    ],
    "bill": [
        "Bill C-27 (the Digital Charter Implementation Act, 2022) died on the order paper in January 2025.",
        "Bill C-59 (2024) gave the Competition Bureau new powers over greenwashing.",
        "Bill 96 (2022) tightened the rules on French in Québec signage.",
        "The Online News Act (Bill C-18, 2023) led Meta to block news in Canada.",
    ],
    "law-25": [
        "Québec's Law 25 (An Act to modernize legislative provisions as regards the protection of personal information) took effect in stages from September 2022.",
        "Since Law 25 (2021), {B} must name a person in charge of personal information in Québec.",
        "Privacy impact assessments are now required in Québec (Law 25, s. {sec}).",
    ],
    "regulator-decision": [
        "The CRTC's wholesale decision (Telecom Decision CRTC 2023-56) opened fibre networks to competitors.",
        "The Office of the Privacy Commissioner of Canada (OPC) found that Tim Hortons' app over-collected location data (PIPEDA Findings #2022-001).",
        "The Competition Bureau fined the company C$3 million in a consent agreement ({Y3}).",
        "Ad Standards upheld a complaint about the price claim (Case {n}, {Y3}).",
    ],
    "regulator-abbreviation": [
        "The Canadian Radio-television and Telecommunications Commission (CRTC) regulates broadcast advertising.",
        "The Financial Consumer Agency of Canada (FCAC) supervises banks' complaint handling.",
        "Statistics Canada (StatCan) publishes monthly retail trade figures.",
        "The Office of the Superintendent of Financial Institutions (OSFI) sets capital rules for the banks.",
    ],
    "code-of-advertising": [
        "The Canadian Code of Advertising Standards (the Code, Clause 1) bans misleading price claims.",
        "Influencer posts must disclose material connections (Ad Standards Disclosure Guidelines, {Y3} update).",
        "Ads for children in Québec are restricted (Consumer Protection Act, ss. 248–249).",
        "The Broadcast Code for Advertising to Children (the Children's Code) applies outside Québec.",
    ],
    "currency-cad": [
        "{B} spent C${cad}M on media last year.",
        "Revenue reached CAD {cad} billion ({Y3}).",
        "The campaign budget is modest ($250K CAD over {q} months).",
        "Rogers paid $26B for Shaw (approved 2023).",
        "Average order value rose to C${n} (up {pc}%).",
    ],
    "fiscal-year": [
        "Same-store sales grew in the last quarter (Q{q} F{Y3}).",
        "The bank's fiscal year ends on 31 October (FY{Y3}).",
        "Marketing spend was frozen for the year (FY{Y3} plan).",
        "Net income fell after the provision (Q{q} {Y3} results).",
    ],
    "ticker": [
        "{B} is listed on the Toronto Stock Exchange (TSX: {tsx}).",
        "Shares fell on the news (TSX: {tsx}, {d} {mo}).",
        "Shopify trades in Toronto and New York (TSX: SHOP; NYSE: SHOP).",
        "The company moved to the TSX from the TSX Venture Exchange (TSXV) in {Y3}.",
    ],
    "legal-form": [
        "The retailer trades through a Canadian subsidiary (Costco Wholesale Canada Ltd.).",
        "The brand is owned by an unlimited liability company (Kraft Heinz Canada ULC).",
        "Aritzia operates through a limited partnership (Aritzia LP).",
        "The co-op (Mountain Equipment Co-operative, 1971–2020) was sold to a US investor.",
        "VIA Rail is a Crown corporation (est. 1977).",
    ],
    "postal-code": [
        "The flagship store opened downtown ({city}, {prov} {pcode}).",
        "Returns go to the distribution centre (Brampton, ON L6T 5P6).",
        "Customer service is based at head office ({pcode}).",
    ],
    "phone": [
        "Customers can call the bilingual support line (1-800-{tel}) seven days a week.",
        "The store number ({area}-{tel}) is printed on every receipt.",
        "Orders can also be placed by text (text ORDER to {n}{n}).",
    ],
    "province-code": [
        "The pilot ran in three provinces (ON, BC and AB) before the national launch.",
        "Sales were strongest in the West (BC, {pc}%).",
        "Delivery is not yet offered in the territories (YT, NT, NU).",
    ],
    "statutory-holiday": [
        "The campaign launched on Canada Day (1 July {Y3}).",
        "Store hours change on Victoria Day (the Monday before 25 May).",
        "Thanksgiving (second Monday of October) is the peak weekend for turkey sales.",
        "Boxing Day (26 December) still drives the biggest in-store traffic of the year.",
        "Family Day (third Monday of February) is not a holiday in every province.",
    ],
    "truth-reconciliation": [
        "{B} closed its offices on the National Day for Truth and Reconciliation (30 September).",
        "Orange Shirt Day (30 September) has been a federal statutory holiday since 2021.",
        "Proceeds from the brand's Orange Shirt Day T-shirts went to a survivors' society ({Y3}).",
        "Call to Action 92 (issued in 2015) asks businesses to train staff in Indigenous history.",
    ],
    "festival-event": [
        "{B} sponsored a chuckwagon at the Calgary Stampede ({Y3}).",
        "The film premiered at TIFF (September {Y3}).",
        "The float at Caribana (Toronto Caribbean Carnival, {Y3}) was the brand's first.",
        "Attendance at Winterlude (Ottawa, February {Y3}) fell because of the mild weather.",
        "The pop-up ran during Nuit Blanche (Toronto, October {Y3}).",
    ],
    "sport-event": [
        "Ads during the Grey Cup ({Y3}, Vancouver) cost less than Super Bowl slots.",
        "Sales of jerseys spiked during the Stanley Cup playoffs (spring {Y3}).",
        "The Oilers' run to the final (2024) lifted bar sales across Edmonton.",
        "Hockey Night in Canada (since 1952) is still Rogers' flagship property.",
    ],
    "cultural-festival": [
        "{B} ran in-language ads for Vaisakhi (April {Y3}) in Surrey and Brampton.",
        "The Lunar New Year campaign (Year of the Dragon, 2024) targeted Markham and Richmond.",
        "Diwali (November {Y3}) is now a key retail moment in the GTA.",
        "The Filipino community celebrates Simbang Gabi (16–24 December) in Winnipeg.",
        "Fête nationale du Québec (24 June) is a separate campaign for Québec.",
    ],
    "treaty": [
        "The store sits on Treaty {tr} territory (signed in the 1870s).",
        "Edmonton is within Treaty 6 (1876) territory.",
        "The warehouse is on the traditional territory of the Mississaugas of the Credit First Nation (Treaty 13, 1805).",
        "The Nunavut Agreement (1993) created the territory in 1999.",
    ],
    "land-acknowledgement": [
        "Our Vancouver office is on the unceded territories of the xʷməθkʷəy̓əm (Musqueam), Sḵwx̱wú7mesh (Squamish) and səl̓ilw̓ətaʔɬ (Tsleil-Waututh) Nations.",
        "The Toronto team works on the land of the Anishinabeg, the Haudenosaunee and the Wendat (Tkaronto).",
        "Halifax (Kjipuktuk) is in Mi'kma'ki, the ancestral territory of the Mi'kmaq.",
    ],
    "indigenous-word": [
        "The campaign used the Cree greeting tânisi (hello) in its opening frame.",
        "Inuit staff greeted visitors with ᐊᐃ (ai, hello) in the Iqaluit store.",
        "The Ojibwe word miigwech (thank you) closed each video.",
        "The brand name draws on the Mohawk word kanata (village), from which Canada takes its name.",
    ],
    "nation-bracket": [
        "The artist behind the design, Christi Belcourt (Métis), also designs for fashion labels.",
        "The collection was created with Mohawk designer Tracey Rose (Kahnawà:ke).",
        "Elder Mary Lou Smoke (Ojibwe) opened the launch event.",
        "The campaign featured Inuk singer Susan Aglukark (Arviat, Nunavut).",
    ],
    "executive": [
        "Galen Weston (executive chairman of Loblaw) defended the grocer's margins before MPs in 2023.",
        "Dave McKay (RBC's CEO since 2014) has championed the bank's tech spending.",
        "Tobi Lütke (Shopify's co-founder, 2006) is often quoted on retail technology.",
        "{B}'s chief marketing officer (appointed {Y3}) came from Procter & Gamble.",
    ],
    "founder-date": [
        "Tim Hortons (founded in Hamilton, 1964) built its brand on hockey and coffee.",
        "Hudson's Bay (chartered 1670) was once the oldest company in North America.",
        "Lululemon (est. 1998, Vancouver) began as a yoga studio and design shop.",
        "Canadian Tire (1922) still issues its paper 'money' alongside Triangle Rewards.",
        "Ganong (St. Stephen, NB, since 1873) is Canada's oldest candy company.",
    ],
    "product-model": [
        "The Roll Up the Rim contest (now Roll Up To Win, since 2020) moved into the app.",
        "{B} launched its Infinite card (Visa Infinite, {Y3}).",
        "The Double-Double (a coffee with two creams and two sugars) is now in the Canadian Oxford Dictionary.",
        "The Align pant (launched 2015) remains the brand's bestseller.",
        "The Boeing 737 MAX 8 (grounded 2019–2021) hurt WestJet's schedule.",
    ],
    "loyalty-programme": [
        "PC Optimum (launched 2018 from PC Plus and Shoppers Optimum) has about 17 million members.",
        "Scene+ (owned by Scotiabank and Empire since 2022) replaced Air Miles at Sobeys.",
        "Aeroplan (relaunched 2020) is Air Canada's loyalty scheme.",
        "Triangle Rewards (2018) replaced the old Canadian Tire 'money' card.",
    ],
    "slogan": [
        "Tim Hortons' line “Always Fresh” was retired after decades on cups.",
        "Molson's “I Am Canadian” rant (1999) is still quoted in marketing classes.",
        "Telus's tagline, “the future is friendly”, has run since 2000.",
        "{B}'s new tagline, “{M}, made here”, appears on every channel.",
        "Roots' slogan “Made in Canada since 1973” leans on its heritage.",
    ],
    "campaign": [
        "Burger King's ‘Whopper Detour’ (2018) used geofencing around Tim Hortons stores.",
        "The ‘Shop Canadian’ push (spring 2025) followed the US tariffs.",
        "Rethink's Heinz ‘Draw Ketchup’ work (2021) won at Cannes.",
        "Zulu Alpha Kilo's ‘Say No to Spec’ video (2015) went viral in the industry.",
        "Bell Let's Talk Day (January, since 2011) raises money for mental health.",
    ],
    "award": [
        "The spot won a Gold at the Marketing Awards (Toronto, {Y3}).",
        "Cossette was named Agency of the Year at the AOY awards ({Y3}).",
        "The campaign took a Grand Prix at the Cassies ({Y3}).",
        "{B} made the list of Canada's Top 100 Employers ({Y3}).",
    ],
    "poll-margin": [
        "Most respondents said they were buying Canadian (n = {n}, margin of error ±3.1%, 19 times out of 20).",
        "Trust in banks fell to {pc}% (online panel, {d} {mo} {Y3}).",
        "Half of Ontarians support the change (online omnibus, n = 1,5{n}).",
        "Approval stood at {pc}% in the latest Angus Reid poll (fielded in {mo} {Y3}).",
    ],
    "census-figure": [
        "Brampton is {pc}% South Asian (2021 Census).",
        "Canada's population passed 41 million (Q{q} {Y3} estimate).",
        "Tagalog is among the most spoken non-official languages at home (2021 Census, Table 98-10-0216-01).",
        "Iqaluit has fewer than 8,000 residents (census subdivision 6204003).",
    ],
    "units": [
        "The store is 4,600 m² (about 50,000 sq ft).",
        "Delivery is free within 25 km (about 15 miles) of the store.",
        "Fuel costs {q}.{q}0 $/L in Nunavut (Iqaluit, {mo} {Y3}).",
        "The cans are 355 mL (12 US fl oz) rather than 330 mL.",
    ],
    "north-pricing": [
        "A four-litre jug of milk costs over $15 in some fly-in communities (Nutrition North Canada subsidy, {Y3}).",
        "The Northern Store (The North West Company, Winnipeg) is often the only grocer in town.",
        "Sealift orders close in spring (Kivalliq region, June {Y3}).",
    ],
    "telecom-plan": [
        "The new plan costs $55/month (100 GB, 5G+).",
        "Freedom Mobile added a cheaper tier ($34/month, 60 GB, 4G LTE).",
        "Rogers' Infinite plans (2019) ended overage charges.",
        "The carrier's network outage (8 July 2022) hit Interac and 911 services.",
    ],
    "interest-rate": [
        "The Bank of Canada cut its policy rate (to {q}.75%, {mo} {Y3}).",
        "EQ Bank's savings account paid more than the big banks (2.{q}0% interest, {Y3}).",
        "Mortgage renewals are a marketing moment (five-year fixed, {q}.{q}9%).",
    ],
    "tax-code": [
        "Prices shown exclude tax (13% HST in Ontario; 5% GST plus 7% PST in BC).",
        "The GST holiday (14 December 2024 – 15 February 2025) boosted restaurant sales.",
        "The TFSA limit rose again ($7,000 for {Y3}).",
        "First Home Savings Accounts (FHSA, 2023) gave banks a new product to sell.",
    ],
    "course-code": [
        "This report was written for the CIM Level 7 module (Marketing and Digital Strategy, Task {q}).",
        "The model was first taught to me in MKTG 4{n} (Schulich, winter {Y3}).",
        "The framework comes from my MBA core course (Rotman RSM 2{n}, fall {Y3}).",
    ],
    "interviewee": [
        "A branch manager in Mississauga (Interviewee 3, {d} {mo} {Y3}) confirmed this.",
        "One store owner in Saskatoon (Participant B) said prices had risen every month.",
        "The brand manager (interviewed on {d} {mo} {Y3}) shared the internal figures.",
    ],
    "cross-reference": [
        "This is discussed further in Task 2 (b).",
        "The channel plan (see Appendix {q}) shows weekly activity.",
        "Refer to Table {q} (page {n}) for the full costs in C$.",
        "See Figure {q} (Section 3.{q}) for the perceptual map.",
    ],
    "handle-hashtag": [
        "{B} answers complaints on X (@AskRBC, @TD_Canada) within the hour.",
        "The hashtag (#BellLetsTalk) trended across Canada for a day.",
        "Customers can email the team (hello@{M}shop.ca) or use live chat (9 a.m.–9 p.m. ET).",
        "The TikTok account (@timhortons) has more followers than any other Canadian QSR.",
    ],
    "time-zone": [
        "The livestream starts at 8 p.m. ET (5 p.m. PT; 9:30 p.m. in Newfoundland).",
        "Orders placed before noon (Atlantic time) ship the same day.",
        "The sale ends at midnight (11:59 p.m. EST, {d} {mo}).",
    ],
    "radio-tv-station": [
        "The ad ran on CFRB (Newstalk 1010) and CHUM (104.5) in Toronto.",
        "Local spots ran on CTV Atlantic (CJCH-DT) in Halifax.",
        "The morning show on CBC Radio One (Iqaluit, 1230 AM) carries Inuktitut segments.",
    ],
    "flight-route": [
        "Porter's new route (YTZ–YHZ, from {mo} {Y3}) competes with Air Canada.",
        "WestJet's Calgary hub (YYC) carries most of its international traffic.",
        "The ad ran on every flight to Manila (AC 7, YVR–MNL) in {mo}.",
    ],
    "diaspora-place": [
        "The Punjabi-language ads were also seen in Chandigarh (via YouTube, {Y3}).",
        "Many Canadians in Hong Kong (about 300,000) keep their Canadian bank accounts.",
        "The brand opened its first US store in Seattle (Pike Place, {Y3}).",
        "Remittances to the Philippines (about C${cad}B a year) are a key market for fintechs.",
    ],
    "bilingual-label": [
        "Packaging must carry both languages (“Best before / Meilleur avant”).",
        "The shelf tag reads “Product of Canada / Produit du Canada” (CFIA rules).",
        "The sign at the Montréal store reads “Bienvenue / Welcome” in equal type.",
    ],
    "rank-list": [
        "{B} was ranked the most trusted bank in Canada (first place in the {Y3} ranking).",
        "Canadian Tire fell in the reputation rankings (down {q} places in {Y3}).",
        "The app was number {q} in the Canadian App Store (Finance, {d} {mo}).",
    ],
    "percentage-share": [
        "Interac e-Transfer handles most person-to-person payments ({pc}% share).",
        "The Big Three carriers hold most of the wireless market (about 90%).",
        "Loblaw's share of grocery is large ({pc}% by some estimates).",
    ],
    "street-address": [
        "The flagship is at Yonge and Bloor (2 Bloor St W, Toronto).",
        "The first store opened on Granville Street (Vancouver, 1980s).",
        "Head office moved to Bay Street (Bay Adelaide Centre, {Y3}).",
    ],
    "boycott-date": [
        "The Loblaw boycott (May 2024) was organised on Reddit.",
        "US products came off shelves after the tariffs (4 March 2025).",
        "The 2022 Rogers outage (8 July) led to a CRTC inquiry.",
    ],
}  # fmt: skip
