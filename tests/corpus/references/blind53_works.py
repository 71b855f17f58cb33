"""Works for the fifty-third held-out pool, "blind53": what francophone marketers in France, Belgium, Romandy,
Quebec and Morocco cite in CIM Level 6 and 7 reports written in English.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a fifty-third hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how these writers build
their reference lists: French textbooks in their n-th edition (Dunod, Pearson France, Vuibert, De Boeck Supérieur,
Chenelière), Recherche et Applications en Marketing and Décisions Marketing beside English journals, Les Échos, LSA,
Stratégies, La Presse and Le Temps, Xerfi, IFOP, Kantar France and Médiamétrie studies, INSEE and Statistics Canada
tables, CNIL, ARPP, Autorité de la concurrence, OQLF and HACA texts, laws and dahirs under the body that published
them, the annual reports of SA, SE, SCA, plc and Inc. firms, and web pages with and without dates or access dates.
Names: French, Belgian, Swiss, Québécois and Moroccan (de, du, des, de la, Le, La, d', hyphenated given names,
double surnames, Ben, El, Ait, Ou).
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

_GIVEN = ["Jean-Baptiste", "Marie-Ève", "Anne-Sophie", "Pierre-Olivier", "Marc-André", "Jean-François", "Marie-Claude",
          "Louis-Philippe", "Claire", "Hélène", "Amélie", "Céline", "Élodie", "Mathilde", "Camille", "Lucie", "Chloé",
          "Thibault", "Grégoire", "Benoît", "Stéphane", "Jérôme", "François", "Noémie", "Geneviève", "Maxime",
          "Étienne", "Aurélien", "Baptiste", "Laetitia", "Sébastien", "Frédérique", "Gaëlle", "Raphaël", "Joëlle",
          "Youssef", "Fatima-Zahra", "Khadija", "Mehdi", "Salma", "Hamza", "Imane", "Othmane", "Meryem", "Karim",
          "Nadia", "Rachid", "Zineb", "Ghita", "Amine", "Loïc", "Maël", "Anaïs", "Jean-Luc", "Marie-Hélène",
          "Pieter", "Els", "Wouter", "Annelies", "Sven", "Océane", "Léa", "Nathalie", "Guillaume", "Isabelle"]  # fmt: skip
_FAMILY = ["Lefèvre", "Girard", "Moreau", "Rousseau", "Fournier", "Mercier", "Bonnet", "Lambert", "Faure", "Chevalier",
           "Gauthier", "Perrin", "Roussel", "Boucher", "Tremblay", "Gagnon", "Côté", "Lévesque", "Pelletier",
           "Ouellet", "Bélanger", "Bergeron", "Thibodeau", "Desjardins", "Peeters", "Janssens", "Mertens", "Dubois",
           "Wouters", "Claes", "Vandermeulen", "Rochat", "Favre", "Bonvin", "Zufferey", "Python", "Jaccard",
           "Chappuis", "Berrada", "Bennani", "Tazi", "Chraïbi", "Lahlou", "Alaoui", "Benjelloun", "Sqalli",
           "Fassi-Fihri", "Guessous", "Ziani", "Hérault", "Ménard", "Séguin", "Gélinas", "Bérubé", "Kerjean",
           "Lemaître", "Delacroix", "Marchetti", "Nguyen", "Haddad", "Kowalski", "Da Costa", "Dos Santos"]  # fmt: skip
# Names whose first word is cited with them and filed under it: Le, La, El, Ben, Ait, Ou, d'.
_JOINED = ["Le Goff", "Le Bihan", "Le Gall", "La Rocca", "Le Roux", "La Fontaine", "El Amrani", "El Idrissi",
           "El Ouafi", "Ben Slimane", "Ben Youssef", "Ben Ammar", "Ait Lahcen", "Ait Benali", "Ou-Ali", "Ou-Moussa",
           "d'Aubigny", "d'Almeida", "D'Amours", "D'Auteuil", "Van den Bossche", "Van Damme", "Vanden Eynde"]  # fmt: skip
_PARTICLES = [("de", "Villiers"), ("de", "Lestrange"), ("du", "Pontavice"), ("du", "Roscoät"), ("des", "Roches"),
              ("des", "Garets"), ("de la", "Tour"), ("de la", "Brosse"), ("de", "Saint-Exupère"), ("van", "Hove")]  # fmt: skip
_DOUBLE = [("Martin", "Lagardette"), ("Gagnon", "Bouchard"), ("Roy", "Desrosiers"), ("Benali", "Tazi"),
           ("Durand", "Ruel"), ("Morin", "Lessard"), ("Pérez", "Lopez"), ("Dufour", "Grenier")]  # fmt: skip

_ORGANISATIONS = [
    ("L'Oréal SA", {"company", "apostrophe"}), ("L'Oréal Groupe", {"company", "apostrophe"}),
    ("LVMH Moët Hennessy Louis Vuitton SE", {"company"}), ("Pernod Ricard SA", {"company"}), ("Danone SA", {"company"}),
    ("Carrefour SA", {"company"}), ("Kering SA", {"company"}), ("Hermès International SCA", {"company"}),
    ("Rémy Cointreau SA", {"company"}), ("Moët & Chandon", {"company", "ampersand"}), ("Groupe SEB", {"company"}),
    ("Decathlon SE", {"company"}), ("Fnac Darty SA", {"company"}), ("Publicis Groupe SA", {"company"}),
    ("Havas SA", {"company"}), ("BNP Paribas SA", {"company"}), ("Crédit Agricole SA", {"company"}),
    ("Procter & Gamble France SAS", {"company", "ampersand"}), ("Yves Rocher SAS", {"company"}),
    ("Colruyt Group", {"company"}), ("Ahold Delhaize", {"company"}), ("Proximus SA", {"company"}),
    ("Nestlé SA", {"company"}), ("The Swatch Group Ltd", {"company"}), ("Compagnie Financière Richemont SA", {"company"}),
    ("Swisscom AG", {"company"}), ("Migros-Genossenschafts-Bund", {"company"}), ("Diageo plc", {"company"}),
    ("Unilever PLC", {"company"}), ("Reckitt Benckiser Group plc", {"company"}),
    ("Desjardins Group", {"company"}), ("National Bank of Canada", {"company"}), ("Metro Inc.", {"company"}),
    ("Alimentation Couche-Tard Inc.", {"company"}), ("Loblaw Companies Limited", {"company"}),
    ("Société des alcools du Québec (SAQ)", {"company", "abbreviation"}), ("Attijariwafa bank", {"company"}),
    ("Maroc Telecom", {"company"}), ("Label'Vie SA", {"company", "apostrophe"}), ("Lesieur Cristal", {"company"}),
    ("Union des marques", {"trade-body"}), ("Fevad", {"trade-body", "acronym"}),
    ("Autorité de régulation professionnelle de la publicité (ARPP)", {"trade-body", "abbreviation"}),
    ("ARPP", {"trade-body", "acronym"}), ("Comité Champagne", {"trade-body"}), ("Vin & Société", {"trade-body", "ampersand"}),
    ("Interbev", {"trade-body"}), ("Association des agences-conseils en communication (AACC)", {"trade-body", "abbreviation"}),
    ("Conseil de la publicité (Belgique)", {"trade-body"}), ("Stratégies", {"press"}), ("LSA", {"press", "acronym"}),
    ("McKinsey & Company", {"company", "ampersand"}), ("Deloitte France", {"company"}), ("PwC Suisse", {"company"}),
    ("Boston Consulting Group", {"company"}), ("We Are Social France", {"company"}), ("Meta", {"company"}),
]  # fmt: skip
_FR_GOV = ["Tableau de bord de l'économie française {y}", "Les dépenses de consommation des ménages en {y}",
           "Rapport annuel {y}", "Guide pratique des allégations environnementales", "Les pratiques commerciales trompeuses: bilan {y}"]  # fmt: skip
# Each body with its address and the titles it publishes.
_GOVERNMENT = [
    ("INSEE", "https://www.insee.fr/fr/statistiques/", [*_FR_GOV[:2], "La consommation des ménages en {y}: le rebond se confirme", "Indicateurs du commerce de détail, {y}"]),
    ("Institut national de la statistique et des études économiques (INSEE)", "https://www.insee.fr/fr/statistiques/", [*_FR_GOV[:2], "Tableaux de l'économie française, édition {y}"]),
    ("CNIL", "https://www.cnil.fr/fr/", ["Délibération n° {y}-{k:03d} portant adoption de lignes directrices relatives aux cookies et autres traceurs", "Recommandation « cookies et autres traceurs »", "Rapport annuel {y}", "Prospection commerciale et protection des données"]),
    ("Commission nationale de l'informatique et des libertés (CNIL)", "https://www.cnil.fr/fr/", ["Rapport annuel {y}", "Les sanctions prononcées par la CNIL en {y}"]),
    ("Autorité de la concurrence", "https://www.autoritedelaconcurrence.fr/fr/", ["Décision n° {yy}-D-{k:02d} relative à des pratiques mises en œuvre dans le secteur de la distribution", "Avis n° {yy}-A-{k:02d} relatif au fonctionnement de la publicité en ligne", "Rapport annuel {y}"]),
    ("Arcom", "https://www.arcom.fr/", ["Baromètre du numérique {y}", "Les chiffres clés de l'audiovisuel {y}"]),
    ("DGCCRF", "https://www.economie.gouv.fr/dgccrf/", [*_FR_GOV[3:], "Influenceurs: le guide de bonne conduite"]),
    ("Ministère de l'Économie, des Finances et de la Souveraineté industrielle et numérique", "https://www.economie.gouv.fr/", ["Baromètre du numérique {y}", "Le commerce en France: chiffres clés {y}"]),
    ("Santé publique France", "https://www.santepubliquefrance.fr/", ["Consommation d'alcool en France: où en sont les Français?", "Évaluation de la loi Évin: bilan {y}"]),
    ("ADEME", "https://librairie.ademe.fr/", ["Guide anti-greenwashing", "Les Français et l'environnement, vague {k}"]),
    ("Statistics Canada", "https://www150.statcan.gc.ca/t1/tbl1/en/", ["Retail trade sales by province and territory (Table 20-10-0008-01)", "Household spending, Canada, regions and provinces (Table 11-10-0222-01)", "Canadian Internet Use Survey, {y}"]),
    ("Office québécois de la langue française (OQLF)", "https://www.oqlf.gouv.qc.ca/", ["Rapport annuel de gestion {y}-{y1}", "La langue de l'affichage commercial à Montréal", "Les marques de commerce et la Charte"]),
    ("Institut de la statistique du Québec", "https://statistique.quebec.ca/fr/", ["Le Québec chiffres en main, édition {y}", "Dépenses des ménages au Québec, {y}"]),
    ("Office fédéral de la statistique (OFS)", "https://www.bfs.admin.ch/bfs/fr/", ["Commerce de détail: chiffres d'affaires {y}", "Utilisation d'Internet dans les ménages en {y}"]),
    ("Statbel", "https://statbel.fgov.be/fr/", ["Enquête sur le budget des ménages {y}", "Utilisation des TIC auprès des ménages {y}"]),
    ("Haut-Commissariat au Plan (HCP)", "https://www.hcp.ma/", ["Enquête nationale sur la consommation et les dépenses des ménages {y}", "Les indicateurs sociaux du Maroc, édition {y}"]),
    ("Haute Autorité de la Communication Audiovisuelle (HACA)", "https://www.haca.ma/fr/", ["Décision n° {k:02d}-{yy} relative à la diffusion de communications commerciales", "Rapport sur le pluralisme et la publicité {y}"]),
    ("Bank Al-Maghrib", "https://www.bkam.ma/", ["Rapport annuel sur la supervision bancaire {y}", "Rapport sur l'inclusion financière {y}"]),
    ("European Commission", "https://commission.europa.eu/", ["Screening of websites for greenwashing", "Consumer Conditions Scoreboard {y}"]),
    ("Commissariat à la protection de la vie privée du Canada", "https://www.priv.gc.ca/fr/", ["Rapport annuel au Parlement {y}", "Lignes directrices sur la publicité comportementale en ligne"]),
]  # fmt: skip
# Laws as these writers list them: under the body that published them, with the law's own number and date.
_LAWS = [
    ("Légifrance", "Loi n° 91-32 du 10 janvier 1991 relative à la lutte contre le tabagisme et l'alcoolisme (loi Évin)", 1991, 1, 10),
    ("Légifrance", "Loi n° 2016-1321 du 7 octobre 2016 pour une République numérique", 2016, 10, 7),
    ("Légifrance", "Loi n° 2021-1104 du 22 août 2021 portant lutte contre le dérèglement climatique et renforcement de la résilience face à ses effets", 2021, 8, 22),
    ("Légifrance", "Décret n° 2022-539 du 13 avril 2022 relatif à la compensation carbone et aux allégations de neutralité carbone dans la publicité", 2022, 4, 13),
    ("Légifrance", "Loi n° 2023-451 du 9 juin 2023 visant à encadrer l'influence commerciale et à lutter contre les dérives des influenceurs sur les réseaux sociaux", 2023, 6, 9),
    ("Légifrance", "Loi n° 94-665 du 4 août 1994 relative à l'emploi de la langue française (loi Toubon)", 1994, 8, 4),
    ("Assemblée nationale", "Projet de loi portant lutte contre le dérèglement climatique et renforcement de la résilience face à ses effets", 2021, 2, 10),
    ("Gouvernement du Québec", "Loi sur la langue officielle et commune du Québec, le français (projet de loi n° 96)", 2022, 6, 1),
    ("National Assembly of Québec", "Bill 96, An Act respecting French, the official and common language of Québec", 2022, 5, 24),
    ("LégisQuébec", "Charte de la langue française, RLRQ c C-11", 2023, 6, 1),
    ("Royaume du Maroc", "Dahir n° 1-11-03 du 14 rabii I 1432 (18 février 2011) portant promulgation de la loi n° 31-08 édictant des mesures de protection du consommateur", 2011, 2, 18),
    ("Royaume du Maroc", "Dahir n° 1-09-15 du 22 safar 1430 (18 février 2009) portant promulgation de la loi n° 09-08 relative à la protection des personnes physiques à l'égard du traitement des données à caractère personnel", 2009, 2, 18),
    ("Confédération suisse", "Loi fédérale contre la concurrence déloyale (LCD) du 19 décembre 1986, RS 241", 1986, 12, 19),
    ("Moniteur belge", "Code de droit économique, Livre VI: pratiques du marché et protection du consommateur", 2013, 12, 28),
    ("European Union", "Regulation (EU) 2016/679 of the European Parliament and of the Council (General Data Protection Regulation)", 2016, 4, 27),
]  # fmt: skip
_LAW_SITES = {"Légifrance": "https://www.legifrance.gouv.fr/loda/id/", "Assemblée nationale": "https://www.assemblee-nationale.fr/dyn/16/textes/",
              "Gouvernement du Québec": "https://www.quebec.ca/gouvernement/", "National Assembly of Québec": "https://www.assnat.qc.ca/en/travaux-parlementaires/projets-loi/",
              "LégisQuébec": "https://www.legisquebec.gouv.qc.ca/fr/document/", "Royaume du Maroc": "https://www.sgg.gov.ma/BO/",
              "Confédération suisse": "https://www.fedlex.admin.ch/eli/cc/", "Moniteur belge": "https://www.ejustice.just.fgov.be/",
              "European Union": "https://eur-lex.europa.eu/eli/reg/"}  # fmt: skip
_RESEARCH = ["Xerfi", "IFOP", "Kantar France", "Ipsos France", "Médiamétrie", "NielsenIQ France", "Circana", "Statista",
             "Euromonitor International", "Léger", "OpinionWay", "Elabe", "BVA Xsight", "Académie de la transformation numérique",
             "Sociovision", "GfK Switzerland", "Mintel"]  # fmt: skip
_RESEARCH_PLACES = {"Statista": "Hamburg", "Euromonitor International": "London", "Mintel": "London", "Léger": "Montréal",
                    "Académie de la transformation numérique": "Québec", "GfK Switzerland": "Zurich"}  # fmt: skip
_SCHOOLS = [("Chaire Marketing & Luxe, ESSEC", "Cergy"), ("HEC Montréal", "Montréal"), ("ESCP Business School", "Paris"),
            ("Solvay Brussels School", "Bruxelles"), ("HEC Lausanne", "Lausanne"), ("ISCAE", "Casablanca"),
            ("Institut Montaigne", "Paris"), ("Fondation Jean-Jaurès", "Paris"), ("CIRANO", "Montréal")]  # fmt: skip
_MARKETS = ["les cosmétiques bio", "le marché des spiritueux premium", "la grande distribution alimentaire", "le luxe",
            "le vin sans alcool", "la banque en ligne", "le e-commerce", "la beauté masculine", "les marques de distributeur",
            "le drive", "la seconde main", "les parfums", "le champagne", "la téléphonie mobile", "le quick commerce",
            "l'assurance habitation", "la parapharmacie", "les produits du terroir"]  # fmt: skip
_PRESS = ["Les Échos", "Le Monde", "LSA", "Stratégies", "CB News", "La Presse", "Le Devoir", "Le Temps", "L'Écho",
          "Le Soir", "Le Figaro", "Challenges", "TelQuel", "Médias24", "L'Économiste", "Infopresse", "Journal du Net",
          "e-marketing.fr", "Bilan", "Trends-Tendances"]  # fmt: skip
_JOURNALS_FR = ["Recherche et Applications en Marketing", "Décisions Marketing", "Revue française de gestion",
                "Management & Avenir", "Revue Française du Marketing", "Gestion", "Revue internationale P.M.E.",
                "Question(s) de management", "Revue Marocaine de Recherche en Management et Marketing"]  # fmt: skip
_JOURNALS_EN = ["Journal of Marketing Management", "Journal of Business Research", "International Journal of Research in Marketing",
                "Journal of Retailing and Consumer Services", "International Journal of Wine Business Research",
                "Canadian Journal of Administrative Sciences", "Journal of Consumer Behaviour", "Journal of Brand Management",
                "European Journal of Marketing", "Journal of Product & Brand Management", "Psychology & Marketing"]  # fmt: skip
_TOPICS_FR = ["l'expérience client", "la fidélisation", "le marketing d'influence", "l'authenticité de la marque",
              "le luxe digital", "la RSE", "le greenwashing", "le commerce unifié", "la personnalisation",
              "la marque employeur", "le storytelling", "la consommation responsable", "le marketing sensoriel",
              "les programmes de fidélité", "la publicité en ligne", "le prix psychologique", "l'omnicanal",
              "les avis en ligne", "la co-création", "le marketing territorial"]  # fmt: skip
_TOPICS_EN = ["brand authenticity", "luxury consumption", "wine tourism", "influencer disclosure", "green claims",
              "omnichannel retail", "loyalty programmes", "cause-related marketing", "cookie consent", "private labels",
              "country-of-origin effects", "sensory marketing", "customer engagement", "price fairness",
              "bilingual advertising", "mobile banking adoption", "sustainable packaging", "online reviews"]  # fmt: skip
_BOOKS = [("Mercator: tout le marketing à l'ère digitale", "Dunod", "Paris"), ("Marketing management", "Pearson France", "Montreuil"),
          ("Le marketing du luxe", "Eyrolles", "Paris"), ("Comportement du consommateur", "Dunod", "Malakoff"),
          ("Marketing stratégique et opérationnel", "Dunod", "Malakoff"), ("Le marketing des vins et des spiritueux", "Dunod", "Paris"),
          ("Communication marketing intégrée", "Chenelière Éducation", "Montréal"), ("Marketing digital", "De Boeck Supérieur", "Louvain-la-Neuve"),
          ("Gestion de la marque", "Presses de l'Université du Québec", "Québec"), ("Marketing bancaire", "Revue Banque", "Paris"),
          ("Le marketing responsable", "Éditions EMS", "Caen"), ("Marketing des services", "Pearson France", "Montreuil"),
          ("Stratégie digitale", "Vuibert", "Paris"), ("Le retail de demain", "Dunod", "Malakoff"),
          ("Marketing international", "PPUR", "Lausanne"), ("Luxury brand management", "Wiley", "Singapore"),
          ("Strategic brand management", "Kogan Page", "London"), ("Marketing au Maroc: pratiques et défis", "La Croisée des Chemins", "Casablanca")]  # fmt: skip


def _fr(text: str) -> str:
    """French contractions after the topic is put in place: "de le" is "du", "à les" is "aux"."""
    for wrong, right in ((" de le ", " du "), (" de les ", " des "), (" à le ", " au "), (" à les ", " aux "),
                         ("De le ", "Du "), ("À le ", "Au ")):  # fmt: skip
        text = text.replace(wrong, right)
    return text


_LISTED = (" SA", " SE", " SCA", " plc", " PLC", " Inc.", " Limited", " AG", " Ltd", " Group", " Groupe")


class Blind53WorkFactory(WorkFactory):
    """The blind53 pool's works: francophone names, French-language and English titles, real organisations."""

    KINDS = ("book", "chapter", "journal", "news", "web", "report", "government", "legislation", "market-research",
             "annual-report")  # fmt: skip
    _WEIGHTS = (12, 5, 22, 12, 9, 6, 9, 5, 10, 6)

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 5353)
        self.surnames: list[str] = []
        self.dated: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ names
    def person(self) -> dict[str, str]:
        rng = self.rng
        given = rng.choice(_GIVEN)
        roll = rng.random()
        if roll < 0.1:
            particle, family = rng.choice(_PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.25:
            family = rng.choice(_JOINED)
        elif roll < 0.33:
            first, second = rng.choice(_DOUBLE)
            family = f"{first}-{second}" if rng.random() < 0.7 else f"{first} {second}"
        elif roll < 0.38 and self.surnames:  # two authors of one surname in one report
            family = rng.choice(self.surnames)
        elif roll < 0.5:
            locale = rng.choice(["fr_FR", "fr_FR", "en_GB", "nl_NL"])
            fake = self.fakers.get(locale) or self.fakers["fr_FR"]
            family = fake.last_name()
            if " " in family and family.split()[0].islower():
                words = family.split()
                return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
        else:
            family = rng.choice(_FAMILY)
        self.surnames.append(family)
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def year(self) -> int:
        if self.rng.random() < 0.06:
            return self.rng.randint(1976, 1999)
        return self.rng.randint(2008, 2025)

    def accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        start = max(2021, (year or 2020) + 1)  # read after the year it came out, whatever its month
        when = self.rng.randint(start, max(start, 2026))
        return {"date-parts": [[when, self.rng.randint(1, 11 if when >= 2026 else 12), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        rng = self.rng
        if rng.random() < 0.5:
            topic, other = rng.sample(_TOPICS_FR, 2)
            forms = [f"{topic[0].upper()}{topic[1:]}: enjeux et perspectives", f"Repenser {topic}",
                     f"L'effet de {topic} sur l'intention d'achat", f"{topic[0].upper()}{topic[1:]} à l'épreuve du digital",
                     f"Quand {topic} rencontre {other}", f"{topic[0].upper()}{topic[1:]} dans {rng.choice(_MARKETS)}",
                     f"Vers une approche renouvelée de {topic}"]  # fmt: skip
        else:
            topic, other = rng.sample(_TOPICS_EN, 2)
            forms = [f"{topic[0].upper()}{topic[1:]}: evidence from France", f"The role of {topic} in {other}",
                     f"{topic[0].upper()}{topic[1:]} in francophone markets", f"When {topic} meets {other}",
                     f"Rethinking {topic}: a Quebec perspective", f"{topic[0].upper()}{topic[1:]} and consumer trust in Morocco",
                     f"Does {topic} pay? A study of Swiss and Belgian shoppers"]  # fmt: skip
        return _fr(rng.choice(forms))

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(self.KINDS, weights=self._WEIGHTS)[0]
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        work.kind = kind
        return work

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # now and then the same body in the same year as an earlier work: "(CNIL, 2022a; 2022b)"
        if self.dated and "issued" in record and self.rng.random() < 0.12:
            name, tags, issued = self.rng.choice(self.dated)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0][0])
            if "publisher" in record and kind in ("report", "market-research", "annual-report"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated.append((name, tags, record["issued"]))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, tags | {"organisation"})

    def _online(self, record: dict[str, Any], url: str, year: int | None, keep_access: float = 0.9) -> None:
        record["URL"] = url
        if self.rng.random() < keep_access:
            record["accessed"] = self.accessed_after(year)

    def _slug(self) -> str:
        return self.fakers["fr_FR"].slug()

    def _book(self) -> Work:
        title, publisher, place = self.rng.choice(_BOOKS)
        if self.rng.random() < 0.35:
            title = self._title()
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.45:
            record["edition"] = str(self.rng.randint(2, 13))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        title, publisher, place = self.rng.choice(_BOOKS)
        start = self.rng.randint(11, 380)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))], "container-title": title,
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(12, 34)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(3, 260)
        french = self.rng.random() < 0.45
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS_FR if french else _JOURNALS_EN),
            "issued": {"date-parts": [[self.year()]]}, "volume": str(self.rng.randint(1, 45)),
            "page": f"{start}-{start + self.rng.randint(9, 28)}",
        }  # fmt: skip
        if self.rng.random() < 0.8:
            record["issue"] = str(self.rng.randint(1, 6))
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.choice(['1177', '3917', '1016', '1080', '1111'])}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _news(self) -> Work:
        year = self.year() if self.rng.random() < 0.7 else self.rng.randint(2019, 2025)
        paper = self.rng.choice(_PRESS)
        headline = self.rng.choice([
            f"{self.rng.choice(['Comment', 'Pourquoi'])} {self.rng.choice(_ORGANISATIONS)[0].split(' (')[0]} mise sur {self.rng.choice(_TOPICS_FR)}",
            f"{self.rng.choice(_MARKETS)[0].upper()}{self.rng.choice(_MARKETS)[1:]}: la grande bascule",
            f"Les annonceurs face à {self.rng.choice(_TOPICS_FR)}", self._title(),
        ])  # fmt: skip
        headline = _fr(headline)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": headline, "container-title": paper,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
        }  # fmt: skip
        self._online(record, f"https://www.{paper.lower().replace(' ', '').replace('é', 'e').replace('è', 'e').replace(chr(39), '')}.fr/{self._slug()}", year)  # fmt: skip
        if self.rng.random() < 0.8:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title()}
        year = self.year() if self.rng.random() < 0.7 else None
        if year:
            record["issued"] = {"date-parts": [[year]]}
        self._online(record, self.fakers["fr_FR"].url() + self._slug(), year, keep_access=0.85)
        if self.rng.random() < 0.45:
            record["author"] = self._people(2)
            record["container-title"] = self.rng.choice(
                ["LinkedIn", "Medium", "Blog du Modérateur", "Maddyness", "Siècle Digital"]
            )
            return self._person_work(record, "web")
        name, tags = self.rng.choice(_ORGANISATIONS)
        return self._org_work(record, "web", name, tags | ({"undated"} if not year else set()))

    def _report(self) -> Work:
        """A study or white paper with named authors, from an agency, a school or a chair."""
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self._title(), "author": self._people(3),
            "issued": {"date-parts": [[year]]},
            "publisher": (where := self.rng.choice(_SCHOOLS))[0], "publisher-place": where[1],
        }  # fmt: skip
        if self.rng.random() < 0.5:
            self._online(record, f"https://www.{self._slug()}.org/{self._slug()}.pdf", year)
        return self._person_work(record, "report")

    def _government(self) -> Work:
        name, url, titles = self.rng.choice(_GOVERNMENT)
        year = self.year() if self.rng.random() < 0.9 else None
        shown = year or 2023
        title = self.rng.choice(titles).format(
            y=shown, y1=shown + 1, yy=f"{shown % 100:02d}", k=self.rng.randint(1, 99)
        )
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title}
        if year:
            record["issued"] = {"date-parts": [[year]]}
        self._online(record, url + self._slug(), year, keep_access=0.88)
        return self._org_work(record, "government", name, {"government"})

    def _legislation(self) -> Work:
        body, title, year, month, day = self.rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "webpage", "title": title, "issued": {"date-parts": [[year]]}}
        if self.rng.random() < 0.4:
            record["issued"] = {"date-parts": [[year, month, day]]}
        self._online(record, f"{_LAW_SITES[body]}{self._slug()}", year)
        record["id"] = self._id()
        record["author"] = [{"literal": body}]
        return Work(record, body, str(year), True, 1, "legislation", {"legislation", "organisation", "government"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.88 else None
        market = self.rng.choice(_MARKETS)
        title = self.rng.choice([f"{market[0].upper()}{market[1:]} à l'horizon {(year or 2024) + 3}", f"Baromètre de {market} {year or 2024}",
                                 f"Les Français et {market}", f"{market[0].upper()}{market[1:]}: marché, acteurs et tendances",
                                 f"Audience Internet Global, {self.rng.choice(['janvier', 'mars', 'septembre', 'novembre'])} {year or 2024}",
                                 f"Observatoire de {market}: vague {self.rng.randint(2, 14)}"])  # fmt: skip
        title = _fr(title)
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name, "publisher-place": _RESEARCH_PLACES.get(name, "Paris")}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        if self.rng.random() < 0.7:
            self._online(record, f"https://www.{name.split()[0].lower().replace('é', 'e')}.com/{self._slug()}", year)
        return self._org_work(record, "market-research", name, {"market-research"})

    def _annual_report(self) -> Work:
        name, tags = self.rng.choice([o for o in _ORGANISATIONS if o[0].endswith(_LISTED)])
        year = self.rng.randint(2015, 2025)
        title = self.rng.choice([f"Document d'enregistrement universel {year}", f"Annual report {year}", f"Rapport annuel intégré {year}",
                                 f"Déclaration de performance extra-financière {year}", f"Universal registration document {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0]}  # fmt: skip
        self._online(record, f"https://www.{self._slug()}.com/{self._slug()}.pdf", year)
        return self._org_work(record, "annual-report", name, tags | {"annual-report"})
