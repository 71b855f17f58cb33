"""The blind174 pool's prose (HELD OUT): a hundred-and-seventy-fourth independent pool, written without reading the
checker, its tests or any other pool. Never tune on it: report its tables, never its misses.

Marketers in metropolitan France, Monaco and their diaspora (Paris, Lyon, Marseille, Lille, Toulouse, Bordeaux,
Nantes, Strasbourg, Rennes, Nice, Montpellier; Monaco; London, Brussels, Geneva, Montréal, New York, Dakar) at banks
and fintechs, insurers and mutuelles, telecoms, retailers, food and drink makers, luxury and beauty houses, transport
operators, media and agencies write CIM Level 6 and 7 reports and MBA assignments in English. Their sentences cite in
the usual Harvard ways; around them are laws by number and nickname ("Loi n° 78-17 du 6 janvier 1978", "loi Évin",
"loi Toubon", "Code de la consommation, article L121-1", "ordonnance n° 2016-131", décrets), CNIL deliberations and
ARPP rules, euros written "1 250 000 €", "12,5 %", "M€" and "Md€", SIREN, SIRET, RCS and APE codes, départements and
postcodes, French dates, the Soldes, the Fête de la Musique, 14 juillet, Black Friday, the Cannes Lions, the Salon de
l'Agriculture, VivaTech, the Tour de France, Roland-Garros and Paris 2024, founders with their dates, executives,
interviewees, awards, rankings, tickers and ISINs, product and model names, labels, TV shows, trains and flights,
Monaco's events and Dakar's francs CFA, none of which is a citation.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} argue that {C}.",
    "{N} show that {C}, a finding that matters for {B}.",
    "{N} found that {C}.",
    "{N} observes that {C}, at least in the French market.",
    "{N} makes the point that {C}.",
    "{N} demonstrate, with data from {ville}, that {C}.",
    "{N} concludes that {C}; {B} is a case in point.",
    "{N} suggest that {C}, although their sample was small.",
    "{N} reports that {C}.",
    "{N} insists that {C}.",
    "{N} went further, showing that {C}.",
    "{N} remind us that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.",
    "As {N} explains, {C}.",
    "{O}, {N} found that {C}.",
    "In the French context, {N} showed that {C}.",
    "This is consistent with {N}, who argue that {C}.",
    "{C}, as {N} points out.",
    "{B} could learn from {N}, where it is shown that {C}.",
    "For the mutuelles, the lesson drawn by {N} is that {C}.",
    "Following {N}, this report assumes that {C}.",
    "{O}, the work of {N} suggests that {C}.",
    "Writing about {ville}, {N} note that {C}.",
    "A similar conclusion is reached by {N}: {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of Vinted sellers found that {C}.",
    "{N} model of brand attachment suggests that {C}.",
    "{O}, {N} survey of {A} shows that {C}.",
    "{N} framework helps explain why {C}.",
    "{N} analysis of the Soldes concluded that {C}.",
    "{N} findings imply that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "There is good evidence that {C} {P}.",
    "It is widely accepted in France that {C} {P}.",
    "In {ville}, {C} {P}.",
    "For {B}, {C} {P}.",
    "Recent work confirms that {C} {P}.",
    "Several studies indicate that {C} {P}.",
    "{O}, it appears that {C} {P}.",
    "The literature agrees that {C} {P}.",
    "This matters because {C} {P}.",
    "Put simply, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{C} {P}, whereas {C2}.",
    "{C} {P}; however, {C2}.",
    "{C} {P}, even if {C2}.",
    "While {C} {P}, {C2}.",
    "{O}, {C} {P}, which means that {C2}.",
    "{C} {P} and, for {B}, {C2}.",
    "{C} {P}; in other words, {C2}.",
]  # fmt: skip
CLAIMS = [
    "French consumers trust the mutuelles more than private insurers",
    "{B}'s loyalty app lifted {R} among {A}",
    "neobanks win {A} through transparent fees rather than price",
    "second-hand platforms have made resale normal among {A}",
    "the Soldes still decide when {A} buy clothing",
    "{T} works better for {B} when it is written in French rather than franglais",
    "regional pride is an asset for Breton and Basque food brands",
    "greenwashing rulings have made {A} sceptical of CSR claims",
    "{A} in Île-de-France use {T} far more than those in the regions",
    "word of mouth carries unusual weight in a market as small as Monaco",
    "luxury houses protect scarcity rather than chase volume",
    "the Nutri-Score changes what {A} put in their baskets",
    "hypermarkets are losing ground to proximity stores and the drive",
    "{B} relies on {T} more than its rivals do",
    "private labels gained share as inflation hit household budgets",
    "French audiences still watch the 20h news on linear television",
    "{A} reward brands that say where their products are made",
    "{T} raises {R} only when the brand already has trust",
    "the alcohol advertising rules push drinks brands towards owned media",
    "influencers now have to label paid partnerships clearly",
    "the diaspora in Dakar and Montréal follows French brands on social media",
    "fintechs such as {B} acquire customers at a fraction of a high-street bank's cost",
    "sports sponsorship pays off only when the brand activates it locally",
    "{A} expect a brand to answer them on WhatsApp and Instagram",
    "the cost of acquiring {A} has risen since the cookie consent rules were enforced",
]  # fmt: skip
OPENERS = [
    "However",
    "In practice",
    "For {B}",
    "By contrast",
    "In the French market",
    "At the same time",
    "More recently",
    "In the case of {B}",
    "Since the 2024 Olympics",
    "Outside Paris",
    "Even so",
    "From a CIM perspective",
]  # fmt: skip
PLAIN = [
    "{B} sells through its own app, its stores and two marketplaces.",
    "The campaign ran for six weeks on TF1, on Instagram and in the regional press.",
    "{B} has around {n} stores in France and a small presence in Monaco.",
    "The brief asks for a plan that fits the brand's values and a realistic budget.",
    "Most of {B}'s customers are in the Paris region, Lyon and Lille.",
    "The brand's owned channels matter more than its paid ones.",
    "{O}, {C}.",
    "This section applies the 7Ps to {B}.",
    "Table 2 summarises the PESTEL factors for the French market.",
    "The recommendations below are costed in euros and phased over twelve months.",
    "A SWOT analysis follows in the appendix.",
    "{B} is treated here as the client organisation.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one French textbook puts it, {Q} {P}.",
    "{N} writes that {Q}.",
    "{O}, {Q} {P}.",
    "The point is made plainly: {Q} {P}.",
    "In the words of {N}, {Q}.",
    "{Q} {P}, which is exactly {B}'s problem.",
    "Put another way, {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = [
    "« made in France »",
    "“phygital”",
    "« drive piéton »",
    "‘consom’acteurs’",
    "\"bons plans\"",
    "“French touch”",
    "« sobriété »",
    "“art de vivre”",
    "« fait maison »",
    "‘savoir-faire’",
    "« prix cassés »",
    "\"quick commerce\"",
]  # fmt: skip
SCARE_FRAMES = [
    "Brands increasingly sell {Q} as a value {P}.",
    "{N} is sceptical of the idea of {Q}.",
    "So-called {Q} is now part of the retail vocabulary {P}.",
    "The appeal of {Q} is strongest among older shoppers {P}.",
    "What marketers call {Q} is rarely defined {P}.",
    "{B} built its positioning on {Q} {P}.",
]  # fmt: skip
SUBJECT_LINES = [
    "« Les Soldes commencent : -50 % sur tout ! »",
    "“Votre colis est en route 🚚”",
    "« Dernier jour pour profiter du Black Friday »",
    "‘Bonne fête des mères 💐’",
    "\"Votre avis compte pour nous\"",
    "« On vous a manqué ? »",
    "“Nouveauté : le Livret A, c'est aussi chez nous”",
    "« Votre cadeau d'anniversaire vous attend »",
    "“Fête de la Musique : vos places à 1 €”",
    "« Bonne année {Y2} de la part de toute l'équipe »",
]  # fmt: skip
SUBJECT_FRAMES = [
    "An email headed {Q} produced the best open rate of the quarter {P}.",
    "Subject lines such as {Q} create urgency {P}.",
    "{B} tested {Q} against a plainer version {P}.",
    "A push notification reading {Q} is typical of the sector {P}.",
    "The slogan {Q} was used across the winter campaign {P}.",
    "{N} cites the message {Q} as an example of over-promising.",
]  # fmt: skip

BRANDS = ["BNP Paribas", "Société Générale", "Crédit Agricole", "Crédit Mutuel", "La Banque Postale", "BoursoBank",
          "Qonto", "Lydia", "Alan", "AXA", "MAIF", "MACIF", "Groupama", "Orange", "SFR", "Bouygues Telecom", "Free",
          "Carrefour", "E.Leclerc", "Intermarché", "Auchan", "Monoprix", "Fnac Darty", "Decathlon", "Sephora",
          "Cdiscount", "Vinted", "Veepee", "leboncoin", "Danone", "Lactalis", "Bonduelle", "Michel et Augustin",
          "Pernod Ricard", "Moët Hennessy", "Bonne Maman", "LVMH", "Kering", "Hermès", "Chanel", "L'Oréal",
          "Yves Rocher", "SNCF", "Air France", "RATP", "BlaBlaCar", "Le Monde", "Ouest-France", "TF1", "Canal+",
          "Publicis", "Havas", "BETC", "Monaco Telecom", "Société des Bains de Mer"]  # fmt: skip

_CITIES = ["Paris", "Lyon", "Marseille", "Lille", "Toulouse", "Bordeaux", "Nantes", "Strasbourg", "Rennes", "Nice",
           "Montpellier", "Monaco", "Brussels", "Geneva", "Montréal", "Dakar", "London", "New York"]  # fmt: skip
_DEPTS = [("Paris", "75"), ("Rhône", "69"), ("Bouches-du-Rhône", "13"), ("Nord", "59"), ("Haute-Garonne", "31"),
          ("Gironde", "33"), ("Loire-Atlantique", "44"), ("Bas-Rhin", "67"), ("Ille-et-Vilaine", "35"),
          ("Alpes-Maritimes", "06"), ("Hérault", "34"), ("Finistère", "29"), ("Corse-du-Sud", "2A")]  # fmt: skip
_MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
         "décembre"]  # fmt: skip
_EXECS = ["Alexandre Bompard", "Jean-Laurent Bonnafé", "Christel Heydemann", "Nicolas Hieronimus", "Thomas Buberl",
          "Michel-Édouard Leclerc", "Arthur Sadoun", "Yannick Bolloré", "Anne-Sophie Pic", "Rémi Babinet",
          "Jean-Pierre Farandou", "Catherine Guillouard", "Xavier Niel", "Frédéric Mazzella", "Delphine Arnault"]  # fmt: skip
_INTERVIEWEES = ["a brand manager at {B}", "the head of CRM at a mutuelle in Niort", "a store director in {ville}",
                 "a category manager at a hypermarket near Lille", "a community manager at an agency in Pantin",
                 "a franchisee in Nice", "the marketing director of a SCOP in Rennes"]  # fmt: skip


def _space(rng: random.Random) -> str:
    """The thousands separator and the space before "%" or "€": typed, non-breaking or narrow non-breaking."""
    return rng.choice([" ", " ", " ", "\u00a0", "\u202f"])


def _euros(rng: random.Random) -> str:
    amount = rng.randint(1, 9) * 10 ** rng.randint(3, 6) + rng.randint(0, 999) * 10 ** rng.randint(0, 2)
    sep = _space(rng)
    digits = f"{amount:,}".replace(",", sep)
    return rng.choice([f"{digits}{sep}€", f"{digits} euros", f"€{amount:,}", f"EUR {digits}"])


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use: French amounts, codes, dates, places and people."""
    sp = _space(rng)
    dept, num = rng.choice(_DEPTS)
    year = rng.randint(2015, 2024)
    return {
        "ville": rng.choice(_CITIES),
        "eur": _euros(rng),
        "pct": f"{rng.randint(1, 60)},{rng.randint(1, 9)}{sp}%",
        "meur": f"{rng.randint(12, 980)}{sp}M€",
        "mdeur": f"{rng.randint(1, 85)},{rng.randint(1, 9)}{sp}Md€",
        "siren": f"{rng.randint(300, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
        "siret": f"{rng.randint(300, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(10000, 99999)}",
        "dept": dept,
        "dnum": num,
        "cp": f"{num if num != '2A' else '20'}{rng.randint(0, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}",
        "arr": (arr := rng.randint(1, 20)) and ("1er" if arr == 1 else f"{arr}e"),
        "arrcp": f"750{arr:02d}",
        "jour": str(rng.randint(1, 28)),
        "mois": rng.choice(_MOIS),
        "an": str(year),
        "an2": str(year + rng.randint(1, 3)),
        "exec": rng.choice(_EXECS),
        "who": rng.choice(_INTERVIEWEES).replace("{B}", "the client").replace("{ville}", rng.choice(_CITIES)),
        "num": f"{year}-{rng.randint(100, 1500)}",
        "art": f"L{rng.choice([121, 122, 111, 221, 224])}-{rng.randint(1, 22)}",
        "tel": f"0{rng.randint(1, 9)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
        "k": str(rng.randint(2, 9)),
        "fcfa": f"{rng.randint(1, 99)}{sp}000 FCFA",
        "chf": f"CHF {rng.randint(5, 90)}.{rng.choice(['50', '90', '00'])}",
        "cad": f"{rng.randint(5, 90)},{rng.randint(10, 99)} $ CA",
        "price": f"{rng.randint(2, 199)},{rng.choice(['99', '90', '50', '00'])}{sp}€",
        "cac": f"{rng.randint(5800, 8200)}",
        "h": f"{rng.randint(8, 21)}h{rng.choice(['', '00', '30'])}",
    }


# Text that looks like a citation to a careless reader but is not one.
NOT_CITATIONS = {
    "fr-law-number": [
        "Consent for marketing emails is governed by the Loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés, as amended.",
        "The Loi n° 2004-575 du 21 juin 2004 (LCEN) requires prior consent for commercial emails to consumers.",
        "The Loi n° 2023-451 du 9 juin 2023 now frames what influencers may promote.",
    ],
    "loi-nickname": [
        "Under the loi Évin (1991), alcohol advertising must stay factual, which limits {B}'s creative options.",
        "The loi Toubon (1994) obliges brands to translate English slogans on French packaging.",
        "The loi Hamon of 2014 introduced class actions for consumers.",
        "The loi Egalim (2018) changed how retailers negotiate with food makers.",
    ],
    "code-article": [
        "Misleading commercial practices are defined by the Code de la consommation, article L121-1.",
        "Price reductions must follow the rules of the Code de la consommation (art. {art}).",
        "Article L. 34-5 of the Code des postes et des communications électroniques covers unsolicited emails.",
    ],
    "ordonnance": [
        "Contract law was reformed by ordonnance n° 2016-131 du 10 février 2016.",
        "The consumer code was recodified by ordonnance n° 2016-301 of 14 March 2016.",
    ],
    "decret": [
        "Environmental claims on packaging are restricted by décret n° 2022-1335 du 19 octobre 2022.",
        "The dates of the winter Soldes are fixed by décret (from the second Wednesday of January, {an}).",
        "A décret of {jour} {mois} {an} set the new rules for the display of prices.",
    ],
    "eu-regulation": [
        "Cookie banners must meet the GDPR (Regulation (EU) 2016/679) and the ePrivacy Directive (2002/58/EC).",
        "The Digital Services Act (Regulation (EU) 2022/2065) applies to marketplaces such as Vinted and leboncoin.",
        "The Unfair Commercial Practices Directive (2005/29/EC) was transposed into French law in 2008.",
    ],
    "cnil-deliberation": [
        "The CNIL's guidelines on cookies (délibération n° 2020-091 du 17 septembre 2020) changed consent banners.",
        "The CNIL fined a retailer {meur} in {an} (SAN-{an}-0{k}) for its cookie practices.",
    ],
    "arpp-rule": [
        "The ARPP's Recommandation Développement durable (version 3) governs green claims in advertising.",
        "The Jury de Déontologie Publicitaire (JDP) upheld {k} complaints against car advertising in {an}.",
    ],
    "authority-decision": [
        "The Autorité de la concurrence fined the brand in décision n° 20-D-0{k} for resale price maintenance.",
        "The ARCOM (ex-CSA, merged with Hadopi on 1 January 2022) monitors television advertising.",
        "The DGCCRF checked {n} websites during the {an} Soldes and found anomalies on {pct} of them.",
    ],
    "french-euros": [
        "The campaign budget is {eur}, spread over three waves.",
        "{B} reported a turnover of {mdeur} ({an}) and a marketing budget of {meur}.",
        "The average basket reached {price} TTC ({price} HT) last year.",
        "Margins improved to {pct} in {an}, against {pct} in {an2}.",
    ],
    "bracketed-figures": [
        "Online sales grew strongly ({an}: +{pct}).",
        "Brand awareness is high among students (n = {n}, {pct}).",
        "The results are shown below (Tableau {q}, Annexe {k}).",
        "Revenue is broken down by channel (CA {an} : {meur}).",
    ],
    "siren-rcs": [
        "{B} is registered as SIREN {siren} (RCS Paris B {siren}).",
        "The client's head office (SIRET {siret}) is in {ville}.",
    ],
    "ape-code": [
        "The company is classed under code APE/NAF 4711D (supermarkets).",
        "Agencies fall under NAF code 73.11Z (activités des agences de publicité).",
    ],
    "legal-form": [
        "The start-up is a SAS au capital de {eur}, founded in {an}.",
        "{B} operates as an SA à conseil d'administration, while its subsidiary is a SASU.",
        "The cooperative became a SCOP in {an}, and the shop is run as a SARL.",
        "The fan club is an association loi 1901 created in {an}.",
    ],
    "department-postcode": [
        "The pilot stores are in the {dept} ({dnum}), with a dark store at {cp}.",
        "Delivery is free in the {arr} arrondissement ({arrcp}) and in Lyon (69002).",
    ],
    "french-date": [
        "The new range launched on {jour} {mois} {an} in every store.",
        "The loyalty scheme closes on the 31 décembre {an} at midnight.",
        "Orders placed before {h} on {jour} {mois} arrive the next day.",
    ],
    "soldes": [
        "The summer Soldes ({an}) ran for four weeks from the last Wednesday of June.",
        "During the Soldes d'hiver {an}, traffic to the site doubled.",
    ],
    "fete-musique": [
        "The brand's street concert on 21 June (Fête de la Musique {an}) drew a large crowd.",
        "The Fête de la Musique, created in 1982, is a natural moment for {B}.",
    ],
    "quatorze-juillet": [
        "The bakery's tricolour box sold out before the 14 juillet ({an}).",
        "Sales peak around 14 July (Bastille Day) and the 15 August holiday.",
    ],
    "black-friday": [
        "Black Friday (the last Friday of November {an}) is now bigger than the Soldes for electronics.",
        "Some retailers boycotted Black Friday {an} in favour of a \"Green Friday\".",
    ],
    "cannes-lions": [
        "The campaign won a Gold Lion at the Cannes Lions {an}.",
        "French agencies took {k} Grand Prix at Cannes Lions ({an}).",
    ],
    "salon-agriculture": [
        "{B} had a stand at the Salon international de l'Agriculture (SIA {an}).",
        "The Salon de l'Agriculture (Paris, Porte de Versailles, {an}) is a key event for food brands.",
    ],
    "vivatech": [
        "The app was launched at VivaTech {an} in Paris.",
        "More than {n} start-ups exhibited at VivaTech (June {an}).",
    ],
    "tour-de-france": [
        "{B} sponsors the publicity caravan of the Tour de France ({an} edition).",
        "The yellow jersey (maillot jaune, since 1919) is worth more to its sponsor than any TV spot.",
    ],
    "roland-garros": [
        "The brand is an official partner of Roland-Garros ({an}–{an2}).",
        "Ticket sales for Roland-Garros {an} opened in March.",
    ],
    "olympics": [
        "Paris 2024 (26 July – 11 August) gave sponsors a rare audience.",
        "The JO {an} partnership programme included {k} French premium partners.",
        "Ahead of the Olympic Games (Paris, 2024), {B} redesigned its packaging.",
    ],
    "founder-lifespan": [
        "Publicis was founded by Marcel Bleustein-Blanchet (1906–1996) in 1926.",
        "Coco Chanel (1883–1971) remains central to the house's storytelling.",
        "Eugène Schueller (1881-1957) founded the company that became L'Oréal in 1909.",
    ],
    "founded-year": [
        "{B} (founded in {an}) has grown quickly in the regions.",
        "Michel et Augustin (créée en 2004) built its brand on humour.",
        "Decathlon (est. 1976, Englos) now operates in more than 60 countries.",
    ],
    "executive": [
        "{exec} (CEO since {an}) announced the new strategy in {ville}.",
        "The PDG, {exec}, presented the results on {jour} {mois} {an}.",
    ],
    "interviewee": [
        "Interview with {who} ({jour} {mois} {an}).",
        "Conversation with {who}, {ville}, {mois} {an}.",
    ],
    "award": [
        "The campaign won an Effie France ({an}, Gold) and a Grand Prix Stratégies.",
        "Bonne Maman was named Élu Produit de l'Année {an} in the dairy category.",
        "It received the Prix de l'Innovation at the Trophées LSA {an}.",
    ],
    "ranking": [
        "HEC Paris topped the Financial Times Masters in Management ranking ({an}).",
        "{B} entered the CAC 40 in {an} and left the SBF 120 later.",
        "The bank was voted Service Client de l'Année {an}.",
    ],
    "ticker-isin": [
        "Its shares trade on Euronext Paris (ticker: MC; ISIN FR0000121014).",
        "The stock rose {pct} on the day (Euronext: OR) while the CAC 40 closed at {cac} points.",
    ],
    "product-model": [
        "The Renault 5 E-Tech (2024) was launched with a retro campaign.",
        "The Freebox Pop and the Livebox 7 compete on price.",
        "The Peugeot 208 (2019–) remains France's best-selling car.",
        "The iconic Citroën 2CV (1948–1990) still features in nostalgic advertising.",
    ],
    "livret-a": [
        "The Livret A rate (3 % since February 2023) shapes how households save.",
        "The Plan d'Épargne Logement (PEL, 2,25 %) is marketed to young couples.",
    ],
    "labels": [
        "The chicken carries the Label Rouge and the AOP Bresse (since 1957).",
        "Products must be at least 50 % French to carry the Origine France Garantie label (created 2011).",
        "The Nutri-Score (A to E, adopted in 2017) is shown on the front of the pack.",
    ],
    "tv-show": [
        "{B} sponsored Koh-Lanta (TF1, since 2001) for two seasons.",
        "Le Meilleur Pâtissier (M6, season {k}) drove demand for baking products.",
    ],
    "tv-channel-time": [
        "The ad ran before the 20h news on TF1 (channel 1) and France 2.",
        "Prime time in France starts after the news, around 21h10.",
    ],
    "monaco-event": [
        "{B} hosted clients at the Grand Prix de Monaco ({an}).",
        "The Monaco Yacht Show (September {an}) attracts ultra-high-net-worth visitors.",
        "Shops close on 19 November (Fête nationale monégasque).",
    ],
    "diaspora-currency": [
        "In Dakar the same pack sells for {fcfa}, against {price} in Paris.",
        "In Geneva the price is {chf}; in Montréal it is {cad}.",
    ],
    "handle-hashtag": [
        "The hashtag #SoldesDHiver{an} trended on X, and @Carrefour replied to {n} comments.",
        "Follow the campaign on Instagram (@monoprix) and TikTok (#MadeInFrance).",
    ],
    "domain": [
        "Customers can compare offers on boursobank.com and hellobank.fr.",
        "The new site (www.decathlon.fr/seconde-vie) lists refurbished bikes.",
    ],
    "phone-number": [
        "The customer service line ({tel}) is free from a mobile.",
        "Customers can call 3639 (service gratuit + prix d'un appel).",
    ],
    "transport": [
        "The TGV INOUI Paris–Marseille (3h05) competes with the low-cost Ouigo.",
        "Air France flight AF 718 to Dakar departs from Roissy-CDG (Terminal 2E).",
        "Line 14 of the Paris métro (extended in {an}) now serves Orly.",
    ],
    "school-programme": [
        "The author is in the Grande École programme (promo {an2}) and in a Master 2 (M2) in marketing.",
        "The survey was run among L3 students at the IAE in {ville} (semestre 2, {an}).",
    ],
    "gloss-translation": [
        "The French word « fidélisation » (customer retention) has no exact English equivalent.",
        "A mutuelle (a not-for-profit health insurer) is owned by its members.",
        "Shoppers use the drive (click-and-collect for groceries) weekly.",
    ],
    "historical-event": [
        "The euro replaced the franc on 1 January 2002 (6,55957 francs per euro).",
        "The first confinement (17 March – 11 May 2020) changed grocery habits.",
        "Since mai 68, advertising has been a target of French intellectuals.",
    ],
    "quarter-trimestre": [
        "Sales fell in T{q} {an} (quarterly trading statement).",
        "The campaign will run in S1 {an2} and again in T4.",
    ],
    "arrondissement-place": [
        "The flagship store on the Champs-Élysées (8e) opened in {an}.",
        "Offices moved to La Défense (Tour First) and to Station F (opened 2017).",
    ],
    "bracketed-organisation-year": [
        "The brand is owned by a family group (Andros, since 1971) and is sold in {n} countries.",
        "The agency (Havas Paris, ex-Euro RSCG until 2012) handled the account.",
        "Leboncoin (Adevinta group since 2021) dominates classified ads.",
    ],
    "survey-sample": [
        "The questionnaire was sent to {n} customers (quota method, {jour} {mois} {an}).",
        "Respondents were aged 18 to 35 (n = {n}; France métropolitaine).",
    ],
    "century-roman": [
        "The house traces its savoir-faire to the XIXe siècle (1837).",
        "Bonne Maman's gingham lid recalls a XXe-century kitchen.",
    ],
    "energy-class": [
        "Homes rated DPE class G cannot be let since 1 January 2025.",
        "The fridge is rated A (energy label, since March 2021).",
    ],
    "vat-rates": [
        "Food is taxed at a reduced VAT rate (TVA à 5,5 %), against 20 % for most goods.",
        "Restaurants charge 10 % TVA, since the reform of {an}.",
    ],
}  # fmt: skip
