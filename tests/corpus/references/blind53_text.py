"""Prose for the fifty-third held-out pool, "blind53": sentence frames, claims, brands and decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a fifty-third hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how marketing,
communication and digital staff at retailers, cosmetics and luxury houses, wine and spirits brands, banks, public
agencies, cooperatives and agencies in France, Belgium, Romandy, Quebec and Morocco write: CIM Level 6 and 7 reports
in English by francophones, with French laws and decrees by number and date, CNIL délibérations, ARPP
recommandations, Autorité de la concurrence décisions, INSEE and Statistics Canada tables, Bill 96 and the OQLF,
dahirs and HACA decisions, Médiamétrie and Xerfi figures, French quotation marks with their spaces, dates written
3 mars 2023, amounts with spaces and decimal commas, firms with SA, SAS, SCA and SE, and the odd French word.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} shows that {C}.",
    "{N} argues that {C}, which matters for {B}.",
    "{N} found that {C} in a sample of French shoppers.",
    "{N} explains that {C}; this is confirmed by our own observation at {B}.",
    "{N} demonstrates that {C}, notably among {A}.",
    "{N} underlines that {C}.",
    "{N} observe that {C} in the Quebec market.",
    "{N} suggests that {C}, even if the context of Morocco is different.",
    "{N} insists on the fact that {C}.",
    "{N} note that {C}, and {B} is a good illustration of it.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.",
    "As underlined by {N}, {C}.",
    "For {B}, the lesson from {N} is that {C}.",
    "In the French context, {N} shows that {C}.",
    "This is coherent with {N}, who found that {C}.",
    "Following {N}, we can say that {C}.",
    "On this point, {N} remarks that {C}.",
    "In line with the work of {N}, {C}.",
    "Like {N} explains, {C}.",
    "In Belgium as in France, {N} observes that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} model helps to explain why {C}.",
    "Using {N} framework, we see that {C}.",
    "{N} typology of luxury consumers fits the case of {B}.",
    "Applying {N} matrix to {B}, {C}.",
    "{N} study is often quoted in Quebec because {C}.",
    "{N} analysis of the French retail sector shows that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O} {C} {P}.",
    "{C}, especially for {A} {P}.",
    "For {B}, {C} {P}.",
    "{C} in France as in Quebec {P}.",
    "It is admitted that {C} {P}.",
    "{C}, which is a key stake for {B} {P}.",
    "{O} {C} and {C2} {P}.",
    "We can note that {C} {P}.",
    "{C} (in particular on {T}) {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, so {B} must adapt its mix.",
    "Studies show that {C} {P}, but the effect is smaller in Morocco.",
    "{C} {P}; however, {C2}.",
    "{O} {C} {P}, which justifies the recommendation below.",
    "The literature agrees that {C} {P} and that {C2}.",
    "{C} {P}, a point the direction of {B} has accepted.",
    "For the Romandy market, {C} {P}, whereas {C2}.",
]  # fmt: skip
CLAIMS = [
    "loyalty programmes increase the frequency of visits of {A}",
    "French consumers are more sensitive to the origin of products since the health crisis",
    "the perceived authenticity of a luxury house supports its premium prices",
    "influencer content works better when the commercial collaboration is clearly disclosed",
    "green claims without proof damage the trust of {A}",
    "private labels gained market share in French hypermarkets during the inflation period",
    "a bilingual label is perceived as less authentic by Quebec consumers",
    "sensory marketing in store raises the time spent and the basket size",
    "wine brands must communicate around the product and not around the lifestyle",
    "the customer experience in bank agencies remains a factor of {R}",
    "mobile payment adoption in Morocco is driven by the younger urban population",
    "cooperatives benefit from a capital of sympathy among {A}",
    "personalisation of emails improves {R} when consent is well collected",
    "the cookie banner reduces the volume of data available to advertisers",
    "heritage is the first pillar of the brand identity of French luxury houses",
    "price promotions erode brand equity on the long term",
    "omnichannel clients spend more than single-channel clients",
    "short videos on social networks generate more engagement than static posts",
    "a strong local anchoring reinforces the legitimacy of regional brands",
    "corporate social responsibility has become a criterion of choice for {A}",
    "the second-hand market cannibalises a part of new sales in fashion",
    "trust in institutional banks is lower among the 18-24 year-olds",
    "the French language is an asset of differentiation for brands in Quebec",
    "the Ramadan period concentrates a large part of the yearly advertising spend in Morocco",
]  # fmt: skip
OPENERS = [
    "In France,",
    "In the Quebec market,",
    "For French-speaking Switzerland,",
    "On the Moroccan market,",
    "In Belgium,",
    "Since the health crisis,",
    "In the luxury sector,",
    "For the wine and spirits industry,",
    "In retail banking,",
    "Concretely,",
    "Moreover,",
    "In addition,",
]  # fmt: skip
PLAIN = [
    "This part presents the recommendations for {B} in a structured way.",
    "The analysis below follows the order of the brief.",
    "We will now look at the internal environment of {B}.",
    "The objective is to propose an action plan that is realistic for the next twelve months.",
    "The marketing team of {B} validated these hypotheses during a workshop.",
    "Several limits must however be noted.",
    "The table below summarises the main indicators followed by the direction.",
    "This choice is coherent with the positioning of the brand.",
    "To conclude this section, the priority is the retention of existing clients.",
    "It is important to distinguish the French market from the Belgian and Swiss markets.",
    "The budget proposed remains in the envelope validated by the direction.",
    "Each action will be measured with precise KPIs.",
]  # fmt: skip
QUOTE_FRAMES = [  # a direct quotation; {P} carries a page locator unless the problem is planted
    "As the authors write, {Q} {P}.",
    "{N} sums it up: {Q}.",
    "{Q} {P}, which is exactly the challenge of {B}.",
    "The definition retained here is the following: {Q} {P}.",
    "{N} insists that {Q}.",
    "We retain the idea that {Q} {P}.",
    "In the words of {N}, {Q}.",
]  # fmt: skip
SCARE_QUOTES = [
    "art de vivre", "savoir-faire", "made in France", "premiumisation", "consom'acteur", "terroir", "French touch",
    "bien-être", "slow cosmetics", "drive piéton", "fait au Québec", "bio", "glocal", "phygital", "luxe accessible",
]  # fmt: skip
SCARE_FRAMES = [
    "The so-called « {Q} » is central to the offer {P}.",
    "Brands play on the « {Q} » to justify their prices {P}.",
    "The notion of “{Q}” is still vague for consumers {P}.",
    "{N} speaks of « {Q} » to describe this trend.",
    "What marketers call \"{Q}\" is above all a communication argument {P}.",
    "The «{Q}» dimension is often put forward by {B} {P}.",
]  # fmt: skip
SUBJECT_LINES = [
    "Vos soldes commencent maintenant", "Dernier jour : -30 % sur tout le site", "Votre avis compte pour nous",
    "Bienvenue dans le club", "Ramadan Moubarak de la part de toute l'équipe", "Nouveau : la collection printemps est arrivée",
    "Vous nous manquez", "Livraison offerte ce week-end", "Profitez de votre cadeau d'anniversaire",
    "Votre relevé est disponible", "Le Beaujolais nouveau est arrivé",
]  # fmt: skip
SUBJECT_FRAMES = [
    "An email with the subject « {Q} » reached an opening rate above the sector average {P}.",
    "The campaign used the slogan “{Q}”, in line with good practices {P}.",
    "A push notification such as \"{Q}\" is typical of the sector {P}.",
    "{N} cites the subject line « {Q} » as an example of urgency.",
    "The banner « {Q} » was tested in A/B on the site {P}.",
]  # fmt: skip

# Text that has capitals, years, brackets or quotation marks but cites nothing.
NOT_CITATIONS = {
    "french-law-number": [
        "The loi n° {lawno} imposes new obligations on advertisers from {Y2}.",
        "Since the loi n° 2016-1321 of 7 October 2016, consumers have a right to data portability in France.",
        "The loi Évin (1991) still frames every communication of {B} on alcohol.",
    ],
    "climate-law": [
        "La loi Climat et résilience (2021) forbids the claim « neutre en carbone » without proof.",
        "Article 12 of the loi Climat et Résilience of 22 August 2021 concerns advertising of fossil energies.",
    ],
    "decree": [
        "The décret n° {decno} specifies the conditions of display in store.",
        "According to décret n° 2022-539 of 13 April 2022, a carbon-neutrality claim needs a public report.",
    ],
    "cnil-deliberation": [
        "The CNIL délibération n° {cnil} adopted guidelines on cookies and trackers.",
        "In its délibération n° 2020-091 of 17 September 2020, the CNIL clarified the rules on consent.",
    ],
    "arpp-recommendation": [
        "The ARPP Recommandation « Développement durable » (version 3) applies to all media.",
        "{B} submitted its spot to the ARPP before broadcast, as required by the Recommandation « Communication publicitaire numérique ».",
    ],
    "competition-decision": [
        "In its décision n° {adlc}, the Autorité de la concurrence fined several suppliers for price fixing.",
        "The Autorité de la concurrence (décision n° 20-D-11 of 9 September 2020) sanctioned exclusive distribution agreements.",
    ],
    "insee-table": [
        "INSEE data (Tableau TCRED-{n}) show a slow growth of household spending.",
        "The stores are classified under the code NAF 47.11F (hypermarchés) by INSEE since {Y}.",
    ],
    "statcan-table": [
        "Statistics Canada Table 20-10-0008-01 gives the monthly retail sales by province.",
        "The figures for Montréal come from the Statistique Canada tableau 11-10-0222-01, updated each quarter.",
    ],
    "quebec-bill": [
        "Bill 96 (2022) reinforces the obligation to use French on commercial signs in Quebec.",
        "Since Bill 96 came into force on 1 June 2022, the packaging of {B} is fully in French.",
    ],
    "oqlf": [
        "The Office québécois de la langue française (OQLF) can refuse a trademark displayed only in English.",
        "After a complaint to the OQLF in {Y}, {B} translated all its in-store signage.",
    ],
    "dahir": [
        "The dahir n° 1-11-03 of 18 February 2011 promulgates the loi n° 31-08 on consumer protection in Morocco.",
        "The Moroccan law 09-08 (dahir n° 1-09-15) governs the processing of customer data by {B}.",
    ],
    "haca-decision": [
        "The HACA (décision n° {hacano}) warned a TV channel about a spot for a sweet drink.",
        "In Morocco, the HACA Cahier des charges of {Y} limits advertising during children's programmes.",
    ],
    "french-date": [
        "The campaign was launched on {dfr} in the 200 stores of the network.",
        "The tasting event took place on {d} {mois} {Y} in the cellars of the Maison.",
    ],
    "euro-amount": [
        "The media budget reaches {eur} for the year (TTC).",
        "The turnover of {B} was {meur} in {Y2}, up {pct} compared to {Y}.",
    ],
    "swiss-franc": [
        "In Geneva, the same bottle is sold CHF {chf}, against {eurp} in Lyon.",
        "The Migros Cumulus card gives 1 point per CHF 1.– spent.",
    ],
    "dirham-dollar": [
        "The basket average is {mad} in Casablanca and {cad} in Montréal.",
        "The subscription costs 99 MAD per month (TTC) for the premium offer.",
    ],
    "percent-decimal-comma": [
        "The opening rate is {pct} and the click rate {pct2} on the last newsletter.",
        "Market share of the brand: {pct} (cumul annuel mobile, P{q} {Y}).",
    ],
    "legal-form": [
        "Hermès International SCA and LVMH SE do not communicate the same way on heritage.",
        "{B} is a SAS with a capital of {eur}, RCS Lyon {siren}.",
    ],
    "survey-base": [
        "The survey was conducted online (n = {base}, 18-65 ans, méthode des quotas).",
        "Base: {base} répondants, France métropolitaine, terrain du {d} au {d2} {mois} {Y}.",
    ],
    "mediametrie-figure": [
        "The programme reached 5,4 millions de téléspectateurs (4 ans et +, part d'audience {pct}) on its first broadcast.",
        "The site counts {n} 000 visiteurs uniques per month (Médiamétrie // NetRatings panel).",
    ],
    "stock-ticker": [
        "LVMH (Euronext Paris: MC) and Kering (Euronext Paris: KER) lost value in {Y}.",
        "Alimentation Couche-Tard (TSX: ATD) and Metro (TSX: MRU) are the two local leaders.",
    ],
    "slogan-with-year": [
        "The historic slogan « Parce que je le vaux bien » (1971) is still used by the group.",
        "The signature “Nespresso. What else?” (2006) remains a reference for premium coffee.",
    ],
    "campaign-name": [
        "The campaign « {camp} » ran from {dfr} on TF1, M6 and social networks.",
        "The « {camp} » operation won a prize at the Grand Prix Stratégies {Y}.",
    ],
    "award": [
        "The agency received a Cannes Lions Silver in {Y} for this film.",
        "{B} won the Effie France (catégorie Distribution) in {Y2}.",
    ],
    "trade-show": [
        "The team met distributors at Wine Paris & Vinexpo Paris {recent}.",
        "The new range was presented at VivaTech {recent} and at the SIAL Paris.",
    ],
    "wine-vintage": [
        "The Château Margaux 2015 and the Cuvée Louise 2008 illustrate the value of the millésime.",
        "The AOC Champagne (1936) protects the name in more than 120 countries.",
    ],
    "product-model": [
        "The Peugeot 208 (2019) and the Renault 5 E-Tech (2024) target young urban drivers.",
        "The perfume N°5 (1921) is still the best seller of the house.",
    ],
    "founding-year": [
        "Founded in 1837, Hermès is still controlled by the family.",
        "{B} (fondée en {Y}) has 42 points of sale in Romandy.",
    ],
    "fiscal-year": [
        "The results of the exercice {Y}-{Y2} show a strong margin in Asia.",
        "For FY {Y}/{yy2}, the group targets a growth of {pct}.",
    ],
    "quarter": [
        "Sales fell in T{q} {Y} before a rebound in T4.",
        "In Q{q} {Y} the online share reached {pct} of the turnover.",
    ],
    "olympics-event": [
        "The Jeux Olympiques de Paris 2024 (26 July to 11 August) were a strong moment for sponsors.",
        "Expo 67 and the Jeux de Montréal (1976) are still part of Quebec's collective memory.",
    ],
    "seasonal-period": [
        "Les soldes d'hiver start on {dfr} in most departments.",
        "Ramadan {Y} (mars-avril) represents the peak of TV audience in Morocco.",
    ],
    "national-day": [
        "The Fête nationale du Québec (24 June) is a key date for local brands.",
        "Around the 14 juillet and the Fête du Trône (30 July), brands adapt their visuals.",
    ],
    "assessment-criteria": [
        "This section answers AC 2.1 and AC 2.3 of the unit (LO2).",
        "As requested in Task 2 (b), the plan covers a period of 12 months (AC 3.2).",
    ],
    "appendix-figure": [
        "See Appendix 3 (Figure 4) for the detail of the personas.",
        "The SWOT is presented in Tableau 2 (Annexe B, p. {n}).",
    ],
    "standard-label": [
        "The factory is certified ISO 14001:2015 and the range carries the Ecolabel européen.",
        "The products have the label NF Environnement and a Nutri-Score A.",
    ],
    "address-postcode": [
        "The flagship store is at 101 avenue des Champs-Élysées, 75008 Paris.",
        "The new agency opened at 1250 boulevard René-Lévesque Ouest, Montréal (Québec) H3B 4W8.",
    ],
    "company-registration": [
        "Mentions légales: {B} SAS, RCS Nanterre {siren}, TVA FR{n}{n}.",
        "In Belgium, the company is registered under BCE n° 0{n}.{n}.{n}.",
    ],
    "phone-web": [
        "Clients can call the service client at {tel} or write to contact@{dom}.",
        "All the conditions are on www.{dom} (rubrique « Mentions légales »).",
    ],
    "hashtag": [
        "The UGC campaign #FabriquéEnFrance{Y} generated many posts.",
        "The hashtag #RamadanMoubarak{Y2} trended in Morocco for a week.",
    ],
    "executive-title": [
        "Bernard Arnault (PDG de LVMH) presented the results in January.",
        "The marketing director of {B}, Claire Dumont (in post since {Y}), wants to double the digital budget.",
    ],
    "acronym-gloss": [
        "The GMS (grandes et moyennes surfaces) and the RHD (restauration hors domicile) are the two channels.",
        "The PME and TPE (very small enterprises) represent most of the clients of the bank.",
    ],
    "media-channel-time": [
        "The spot is broadcast on France 2 before the 20 h news and on RTL at 7 h 30.",
        "In Belgium, RTL-TVI and La Une (RTBF) share the audience of the evening.",
    ],
    "sports-club": [
        "The sponsoring of the Raja Club Athletic (Casablanca) and the Wydad (WAC) reaches millions of fans.",
        "{B} sponsors the Canadiens de Montréal (LNH) since {Y}.",
    ],
    "software-version": [
        "Since iOS 14.5 (2021), tracking requires the consent of the user.",
        "The site runs on Salesforce Commerce Cloud (version {q}.{n}) since {Y}.",
    ],
    "likert-scale": [
        "Each item is measured on a Likert scale in 7 points (1 = pas du tout d'accord, 7 = tout à fait d'accord).",
        "The Brand Personality Scale (5 dimensions, 15 facets) was translated in French for the questionnaire.",
    ],
    "french-title-gloss": [
        "The report « Le baromètre de la confiance » (Confidence Barometer) was presented internally.",
        "The programme Vitrines du Québec (Showcases of Quebec) helps local retailers.",
    ],
    "regional-names": [
        "The Région Auvergne-Rhône-Alpes and the Canton de Vaud finance similar programmes.",
        "The stores of Casablanca-Settat and Rabat-Salé-Kénitra bring {pct} of the turnover.",
    ],
}

BRANDS = ["L'Oréal", "Sephora", "Carrefour", "Leclerc", "Decathlon", "Hermès", "Chanel", "Moët & Chandon",
          "Pernod Ricard", "Rémy Cointreau", "Crédit Agricole", "BNP Paribas", "Société Générale", "La Poste",
          "Yves Rocher", "Nocibé", "Fnac Darty", "Monoprix", "Colruyt", "Delhaize", "Proximus", "Migros", "Coop",
          "Nestlé", "Swatch", "Desjardins", "SAQ", "Metro", "Jean Coutu", "Simons", "Cirque du Soleil", "Vidéotron",
          "Attijariwafa bank", "Maroc Telecom", "Marjane", "Label'Vie", "Inwi", "Lesieur Cristal", "Centrale Danone",
          "Biocoop", "Système U", "Intermarché", "Nicolas", "Kiehl's", "Ladurée", "Caisse d'Épargne"]  # fmt: skip

_MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
         "décembre"]  # fmt: skip
_CAMPAIGNS = ["Les Éclaireurs", "Oui à la vie", "Ensemble, c'est mieux", "Le goût du vrai", "Bonjour la planète",
              "Mon quartier, mon épicier", "Rentrée malin", "Zéro gaspi"]  # fmt: skip


def _amount(rng: random.Random, low: int, high: int) -> str:
    """A French amount: spaces between thousands, a comma before the decimals."""
    value = rng.randint(low, high)
    return f"{value:,}".replace(",", "\u202f" if rng.random() < 0.3 else " ")


def values(rng: random.Random) -> dict[str, str]:
    """Values the frames above use beside documents.fill's own."""
    year = rng.randint(2012, 2024)
    pct = f"{rng.randint(1, 68)},{rng.randint(0, 9)} %"
    return {
        "lawno": f"{year}-{rng.randint(100, 1800)}", "decno": f"{year}-{rng.randint(100, 1700)}",
        "cnil": f"{year}-{rng.randint(1, 150):03d}", "adlc": f"{year % 100:02d}-D-{rng.randint(1, 30):02d}",
        "hacano": f"{rng.randint(1, 60):02d}-{year % 100:02d}", "dfr": f"{rng.randint(1, 28)} {rng.choice(_MOIS)} {year}",
        "mois": rng.choice(_MOIS), "d2": str(rng.randint(20, 28)),
        "eur": f"{_amount(rng, 15000, 2500000)} €", "eurp": f"{rng.randint(8, 240)},{rng.choice(['00', '50', '90', '99'])} €", "meur": f"{rng.randint(2, 900)},{rng.randint(1, 9)} M€",
        "pct": pct, "pct2": f"{rng.randint(0, 9)},{rng.randint(1, 99):02d} %", "chf": f"{rng.randint(9, 320)}.{rng.choice(['50', '90', '–'])}",
        "mad": f"{_amount(rng, 150, 9000)} MAD", "cad": f"{rng.randint(20, 400)},{rng.randint(10, 99)} $",
        "siren": f"{rng.randint(300, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
        "base": _amount(rng, 500, 3000), "camp": rng.choice(_CAMPAIGNS), "yy2": f"{(year + 1) % 100:02d}",
        "recent": str(rng.randint(2020, 2025)), "tel": rng.choice(["+33 (0)1 ", "+32 2 ", "+41 21 ", "+212 5 22 ", "+1 514 "]) + " ".join(f"{rng.randint(10, 99)}" for _ in range(3)),
        "dom": rng.choice(["monmagasin.fr", "boutique-exemple.ch", "client.ma", "service.qc.ca", "marque.be"]),
    }  # fmt: skip
