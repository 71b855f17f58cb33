"""Works for the hundred-and-second held-out pool, "blind102": what marketers in Québec, New Brunswick and
francophone Ontario cite in CIM Level 6 and 7 reports and MBA assignments written in English.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a
hundred-and-second hand, without reading the checker, its tests or the other pools' frames, decoys and works:
co-operative banks, credit unions, insurers, telecoms, grocers, pharmacy chains, dairy and maple co-operatives,
ski resorts, tourism boards, festivals and Crown corporations; French textbooks and French titles with English
translations in square brackets, theses and mémoires, Québec and federal statutes, the French and English press,
Léger, CROP, NETendances and Statista reports, social posts and podcasts; Québécois, Acadian, Franco-Ontarian,
Haitian-, Lebanese-, Italian- and Vietnamese-Québécois and anglophone names with particles, hyphens and accents.
"""

# ruff: noqa: E501  (tables read best one to a line)
from __future__ import annotations

from typing import Any

from tests.corpus.references.records import Work, WorkFactory

_FAMILIES = [
    "Tremblay", "Gagnon", "Bouchard", "Côté", "Gauthier", "Lévesque", "Bélanger", "Roy", "Pelletier", "Morin",
    "Bergeron", "Lavoie", "Fortin", "Gélinas", "Ouellet", "Boucher", "Poirier", "Caron", "Desjardins", "Paré",
    "Dubois-Lafleur", "Saint-Pierre", "Després Bérubé", "Lemieux-Tardif", "Giroux Beaulieu", "Sainte-Marie",
    "LeBlanc", "Cormier", "Thériault", "Arsenault", "Robichaud", "Landry", "Doucet", "Goguen", "Savoie", "Comeau",
    "Des Rosiers", "Le Moyne", "Lemoyne-Vachon", "Hébert", "Généreux", "Ducharme", "Séguin", "Lalonde", "Brisebois",
    "Jean-Baptiste", "Pierre-Louis", "Joseph", "Célestin", "Dorval", "Étienne", "Saint-Fleur", "Augustin",
    "Khoury", "Haddad", "Nassar", "Abi-Saab", "Saliba", "Chahine",
    "Rizzo", "Ciccone", "DiMaio", "Lombardi", "De Luca", "Iacono",
    "Nguyễn", "Trần", "D'Amours", "L'Heureux", "Phạm", "Lê", "Nguyen", "Tran", "Vo",
    "MacDonald", "O'Neill", "Smith", "Campbell", "Reid", "Wong", "Schneider", "Müller", "Johansson",
]  # fmt: skip
_PARTICLED = [("de", "Grandpré"), ("du", "Tremblay"), ("de", "Villers"), ("de", "la Chevrotière"),
              ("de", "Repentigny"), ("de", "Champlain"), ("de", "Montigny")]  # fmt: skip
_GIVEN = [
    "Jean-François", "Marie-Ève", "Marie-Claude", "Pierre-Luc", "Marc-André", "Anne-Sophie", "Louis-Philippe",
    "Geneviève", "Mélanie", "Stéphane", "Éric", "Josée", "Hélène", "Frédéric", "Maxime", "Camille", "Émilie",
    "Sébastien", "Isabelle", "Nathalie", "Chantal", "Benoît", "Véronique", "Rémi", "Gaëlle", "Noémie", "Zoé",
    "Jacinthe", "Réjean", "Gaétan", "Yves", "Ghislain", "Wideline", "Jean-Robert", "Rose-Carline", "Farah",
    "Rania", "Karim", "Georges", "Nadine", "Giuseppe", "Francesca", "Luca", "Thi Hồng", "Minh", "Quốc Anh",
    "Sarah", "James", "Catherine", "Liam", "Kathleen", "Ingrid", "Matthias",
]  # fmt: skip
_PUBLISHERS = [("Presses de l'Université du Québec", "Québec"), ("Chenelière Éducation", "Montréal"),
               ("Presses de l'Université Laval", "Québec"), ("Éditions JFD", "Montréal"),
               ("Presses de l'Université de Montréal", "Montréal"), ("Pearson ERPI", "Montréal"),
               ("Dunod", "Paris"), ("Pearson Canada", "Toronto"), ("Nelson Education", "Toronto"),
               ("Éditions Yvon Blais", "Cowansville"), ("Les Éditions de l'Homme", "Montréal"),
               ("Éditions Perce-Neige", "Moncton"), ("University of Ottawa Press", "Ottawa"),
               ("McGill-Queen's University Press", "Montreal"), ("Routledge", "Abingdon")]  # fmt: skip
_TOPICS = [  # (French, English)
    ("la fidélisation des membres", "member loyalty"), ("l'expérience client omnicanale", "omnichannel customer experience"),
    ("le marketing coopératif", "co-operative marketing"), ("la marque employeur", "employer branding"),
    ("le marketing touristique", "tourism marketing"), ("l'achat local", "buying local"),
    ("les médias sociaux", "social media"), ("la publicité numérique", "digital advertising"),
    ("le commerce de détail alimentaire", "grocery retail"), ("la protection des renseignements personnels", "personal information protection"),
    ("la francisation des marques", "the francization of brands"), ("les festivals culturels", "cultural festivals"),
    ("la relation bancaire", "the banking relationship"), ("les programmes de fidélité", "loyalty programmes"),
    ("le marketing des destinations", "destination marketing"), ("l'engagement communautaire", "community engagement"),
    ("le commerce électronique", "e-commerce"), ("les influenceurs", "influencers"),
    ("la tarification des télécommunications", "telecoms pricing"), ("le produit de l'érable", "maple products"),
    ("la consommation responsable", "responsible consumption"), ("la communication de crise", "crisis communication"),
]  # fmt: skip
_EN_TOPICS = ["member engagement", "credit union branding", "bilingual advertising", "destination image",
              "loyalty points", "customer churn", "mobile banking adoption", "festival sponsorship", "ski resort pricing",
              "co-operative identity", "private-label grocery", "pharmacy retail", "wireless switching",
              "language law compliance", "local food provenance", "maple syrup exports", "winter tourism",
              "Acadian identity", "cause-related marketing", "consent-based email"]  # fmt: skip
_SUBJECTS = ["co-operative banks", "Québec consumers", "francophone minorities", "Acadian tourism", "grocery shoppers",
             "Montreal festivals", "telecom subscribers", "credit union members", "ski resorts", "dairy brands",
             "Generation Z in Québec", "regional tourism associations"]  # fmt: skip
_JOURNALS = ["Revue française de gestion", "Recherche et Applications en Marketing", "Canadian Journal of Administrative Sciences",
             "Journal of Consumer Behaviour", "International Journal of Research in Marketing", "Journal of Business Research",
             "Revue internationale PME", "Gestion", "Téoros", "International Journal of Bank Marketing",
             "Journal of Co-operative Organization and Management", "Tourism Management"]  # fmt: skip
_ORGS = [  # (name, tags, domain)
    ("Fédération des caisses Desjardins du Québec", {"company"}, "desjardins.com"),
    ("Mouvement Desjardins", {"company"}, "desjardins.com"),
    ("Banque Nationale du Canada", {"company"}, "bnc.ca"),
    ("UNI Coopération financière", {"company"}, "uni.ca"),
    ("iA Groupe financier", {"company"}, "ia.ca"),
    ("Industrielle Alliance, Assurance et services financiers inc.", {"company"}, "ia.ca"),
    ("Vidéotron ltée", {"company"}, "videotron.com"),
    ("Bell Canada", {"company"}, "bell.ca"),
    ("BCE Inc.", {"company", "abbreviation"}, "bce.ca"),
    ("Metro inc.", {"company"}, "metro.ca"),
    ("Alimentation Couche-Tard inc.", {"company"}, "corpo.couche-tard.com"),
    ("Le Groupe Jean Coutu (PJC) inc.", {"company", "abbreviation"}, "jeancoutu.com"),
    ("Agropur coopérative", {"company"}, "agropur.com"),
    ("Producteurs et productrices acéricoles du Québec (PPAQ)", {"abbreviation"}, "ppaq.ca"),
    ("Saputo inc.", {"company"}, "saputo.com"),
    ("Cirque du Soleil", {"company"}, "cirquedusoleil.com"),
    ("Tourisme Montréal", {"company"}, "mtl.org"),
    ("Alliance de l'industrie touristique du Québec", {"apostrophe"}, "alliancetouristique.com"),
    ("Tourisme Nouveau-Brunswick", {"government"}, "tourismenouveaubrunswick.ca"),
    ("Hydro-Québec", {"company"}, "hydroquebec.com"),
    ("Loto-Québec", {"company"}, "lotoquebec.com"),
    ("Société des alcools du Québec (SAQ)", {"abbreviation"}, "saq.com"),
    ("CBC/Radio-Canada", {"company"}, "cbc.radio-canada.ca"),
    ("Québecor Média inc.", {"company"}, "quebecor.com"),
    ("Office québécois de la langue française (OQLF)", {"government", "abbreviation"}, "oqlf.gouv.qc.ca"),
    ("Institut de la statistique du Québec (ISQ)", {"government", "abbreviation"}, "statistique.quebec.ca"),
    ("Statistics Canada", {"government"}, "www150.statcan.gc.ca"),
    ("Competition Bureau Canada", {"government"}, "competition-bureau.canada.ca"),
    ("Commission d'accès à l'information du Québec", {"government", "apostrophe"}, "cai.gouv.qc.ca"),
    ("Office de la protection du consommateur", {"government"}, "opc.gouv.qc.ca"),
    ("Canadian Radio-television and Telecommunications Commission (CRTC)", {"government", "abbreviation"}, "crtc.gc.ca"),
    ("Office of the Privacy Commissioner of Canada", {"government"}, "priv.gc.ca"),
    ("Conseil québécois de la coopération et de la mutualité", {"company"}, "cqcm.coop"),
    ("Ernst & Young LLP", {"ampersand", "company"}, "ey.com"),
    ("Raymond Chabot Grant Thornton & Cie S.E.N.C.R.L.", {"ampersand", "company"}, "rcgt.com"),
    ("Procter & Gamble Canada", {"ampersand", "company"}, "pg.ca"),
    ("Festival international de jazz de Montréal", {"company"}, "montrealjazzfest.com"),
    ("Carnaval de Québec", {"company"}, "carnaval.qc.ca"),
    ("Société Nationale de l'Acadie", {"apostrophe"}, "snacadie.org"),
    ("Académie de la transformation numérique", {"company"}, "transformation-numerique.ulaval.ca"),
    ("Ministère de l'Économie, de l'Innovation et de l'Énergie", {"government", "apostrophe"}, "economie.gouv.qc.ca"),
    ("Government of New Brunswick", {"government"}, "gnb.ca"),
]  # fmt: skip
_RESEARCH = [("Léger", "leger360.com"), ("CROP", "crop.ca"), ("Ipsos Canada", "ipsos.com"), ("Statista", "statista.com"),
             ("NielsenIQ", "nielseniq.com"), ("Académie de la transformation numérique", "transformation-numerique.ulaval.ca"),
             ("Environics Analytics", "environicsanalytics.com"), ("Angus Reid Institute", "angusreid.org")]  # fmt: skip
_PRESS = [("La Presse", "lapresse.ca"), ("Le Devoir", "ledevoir.com"), ("Le Journal de Montréal", "journaldemontreal.com"),
          ("Les Affaires", "lesaffaires.com"), ("L'actualité", "lactualite.com"), ("Acadie Nouvelle", "acadienouvelle.com"),
          ("Infopresse", "infopresse.com"), ("Grenier aux nouvelles", "grenier.qc.ca"), ("Montreal Gazette", "montrealgazette.com"),
          ("Radio-Canada Info", "ici.radio-canada.ca"), ("Le Droit", "ledroit.com")]  # fmt: skip
_SCHOOLS = ["HEC Montréal", "ESG UQAM", "Université Laval", "Université de Sherbrooke", "Concordia University",
            "McGill University", "Université de Moncton", "University of Ottawa"]  # fmt: skip
_LAWS = [  # (title, year) as a student would enter the statute in a reference manager
    ("Act to modernize legislative provisions as regards the protection of personal information", 2021),
    ("Charter of the French language", 1977), ("Consumer Protection Act", 1978), ("Official Languages Act", 2002),
    ("Act respecting French, the official and common language of Québec", 2022),
    ("Personal Information Protection and Electronic Documents Act", 2000), ("Competition Act", 1985),
    ("An Act to promote the efficiency and adaptability of the Canadian economy (Canada's Anti-Spam Legislation)", 2010),
]  # fmt: skip


class Blind102WorkFactory(WorkFactory):
    """Works cited by marketers in Québec, New Brunswick and francophone Ontario."""

    KINDS = ("book", "chapter", "journal", "report", "web", "government", "legislation", "news", "thesis", "social",
             "podcast", "market-research")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.known: list[dict[str, str]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        if self.known and self.rng.random() < 0.07:  # one author's several works, some of the same year
            return dict(self.rng.choice(self.known))
        given = self.rng.choice(_GIVEN)
        if self.rng.random() < 0.08:
            particle, family = self.rng.choice(_PARTICLED)
            name = {"family": family, "given": given, "non-dropping-particle": particle}
        else:
            name = {"family": self.rng.choice(_FAMILIES), "given": given}
        self.known.append(name)
        return name

    def _authors(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            one = self.person()
            if one not in people:
                people.append(one)
        return people

    def year(self) -> int:
        return self.rng.choice(
            [self.rng.randint(2000, 2025), self.rng.randint(2016, 2025), self.rng.randint(2019, 2024)]
        )

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        first = max(2023, (issued[0] + 1) if issued else 2023)
        return {
            "date-parts": [
                [self.rng.randint(first, max(first, 2026)), self.rng.randint(1, 12), self.rng.randint(1, 28)]
            ]
        }

    def _lead(self, first: dict[str, str]) -> str:
        return " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))

    def _people_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, self._lead(record["author"][0]), year, False, len(record["author"]), kind)

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, tags | {"organisation"})

    # ------------------------------------------------------------------ titles
    def _title(self) -> str:
        rng = self.rng
        fr, en = rng.choice(_TOPICS)
        fr2, _en2 = rng.choice(_TOPICS)
        topic, subject = rng.choice(_EN_TOPICS), rng.choice(_SUBJECTS)
        forms = [
            f"{fr[0].upper()}{fr[1:]} au Québec [{en[0].upper()}{en[1:]} in Québec]",
            f"Comprendre {fr} [Understanding {en}]",
            f"{fr[0].upper()}{fr[1:]} et {fr2} : enjeux et pratiques",
            f"{topic.capitalize()} among {subject}",
            f"{topic.capitalize()} and {rng.choice(_EN_TOPICS)}: evidence from {subject}",
            f"Why {subject} respond to {topic}",
            f"{topic.capitalize()} in a bilingual market",
            f"{fr[0].upper()}{fr[1:]} chez les {rng.choice(['jeunes adultes', 'membres', 'PME', 'aînés', 'touristes'])}",
        ]
        return rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.KINDS), weights=[12, 6, 24, 10, 12, 7, 3, 8, 5, 4, 3, 8])[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._authors(4),
                                  "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.93:
            record["issued"] = {"date-parts": [[self.year()]]}
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 7))
        return self._people_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        fr, en = self.rng.choice(_TOPICS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._authors(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": f"Manuel de {fr} [Handbook of {en}]", "issued": {"date-parts": [[self.year()]]},
            "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 280))}-{start + self.rng.randint(10, 35)}",
        }  # fmt: skip
        return self._people_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._authors(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{(start := self.rng.randint(1, 700))}-{start + self.rng.randint(9, 28)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.rng.choice(['rfg', 'ram', 'cjas', 'jcb', 'ijrm', 'jbr'])}.{self.rng.randint(1000, 99999)}"
            )
        return self._people_work(record, "journal")

    def _report(self) -> Work:
        name, tags, domain = self.rng.choice(_ORGS)
        year = self.year()
        title = self.rng.choice([f"Rapport annuel {year} [Annual report {year}]", f"Rapport de développement durable {year}",
                                 f"Annual report {year}", self._title(), f"Plan stratégique {year}-{year + 3}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name.split(" (")[0],
                                  "publisher-place": self.rng.choice(["Montréal", "Québec", "Lévis", "Moncton", "Ottawa"])}  # fmt: skip
        if self.rng.random() < 0.9:
            record["issued"] = {"date-parts": [[year]]}
        if self.rng.random() < 0.5:
            record["URL"] = f"https://www.{domain}/{self.fakers['fr_FR'].slug()}.pdf"
            record["accessed"] = self._accessed_after([year] if "issued" in record else None)
        return self._org(record, "report", name, tags)

    def _web(self) -> Work:
        name, tags, domain = self.rng.choice(_ORGS)
        record: dict[str, Any] = {
            "type": "webpage",
            "title": self._title(),
            "URL": f"https://www.{domain}/{self.fakers['fr_FR'].slug()}",
        }
        if self.rng.random() < 0.78:
            record["issued"] = {"date-parts": [[self.year()]]}
        if self.rng.random() < 0.8:
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        if self.rng.random() < 0.3:
            return self._people_work(record | {"author": self._authors(2), "container-title": name}, "web")
        return self._org(record, "web", name, tags)

    def _government(self) -> Work:
        name, tags, domain = self.rng.choice([o for o in _ORGS if "government" in o[1]])
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "URL": f"https://{domain}/{self.fakers['fr_FR'].slug()}"}  # fmt: skip
        if self.rng.random() < 0.88:
            record["issued"] = {"date-parts": [[self.year()]]}
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        return self._org(record, "government", name, tags | {"government"})

    def _legislation(self) -> Work:
        title, year = self.rng.choice(_LAWS)
        record: dict[str, Any] = {
            "type": "legislation",
            "title": title,
            "issued": {"date-parts": [[year]]},
            "id": self._id(),
        }
        return Work(record, title, str(year), True, 1, "legislation", {"legislation", "organisation"})

    def _news(self) -> Work:
        press, domain = self.rng.choice(_PRESS)
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": press,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.{domain}/{self.fakers['fr_FR'].slug()}",
        }  # fmt: skip
        if self.rng.random() < 0.85:
            record["accessed"] = self._accessed_after([year])
        if self.rng.random() < 0.2:  # unsigned
            return self._org(record, "news", press, {"press"})
        return self._people_work(record | {"author": self._authors(2)}, "news")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": self._authors(1),
            "genre": self.rng.choice(["Mémoire de maîtrise", "Thèse de doctorat", "MSc thesis", "MBA thesis"]),
            "publisher": self.rng.choice(_SCHOOLS), "issued": {"date-parts": [[self.year()]]},
        }  # fmt: skip
        return self._people_work(record, "thesis")

    def _social(self) -> Work:
        name, tags, _domain = self.rng.choice(_ORGS)
        platform = self.rng.choice(["Facebook", "Instagram", "TikTok", "LinkedIn", "YouTube"])
        year = self.rng.randint(2019, 2025)
        record: dict[str, Any] = {
            "type": "post", "title": self._title(), "container-title": platform,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.{platform.lower()}.com/{self.fakers['fr_FR'].user_name()}",
            "accessed": self._accessed_after([year]),
        }  # fmt: skip
        return self._org(record, "social", name, tags)

    def _podcast(self) -> Work:
        year = self.rng.randint(2018, 2025)
        record: dict[str, Any] = {
            "type": "song", "title": self._title(), "author": self._authors(2),
            "container-title": self.rng.choice(["Les Affaires, le balado", "Marketing Mardi", "Infopresse Balado", "On parle marketing"]),
            "issued": {"date-parts": [[year]]}, "URL": f"https://ohdio.radio-canada.ca/balados/{self.rng.randint(1000, 9999)}",
            "accessed": self._accessed_after([year]), "medium": "Podcast",
        }  # fmt: skip
        return self._people_work(record, "podcast")

    def _market_research(self) -> Work:
        name, domain = self.rng.choice(_RESEARCH)
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "publisher": name,
            "title": self.rng.choice([f"NETendances : {self.rng.choice(['le commerce électronique', 'les services bancaires en ligne', 'les médias sociaux'])} au Québec",
                                      f"Baromètre des {self.rng.choice(['marques', 'coopératives', 'détaillants'])} {year}",
                                      f"{self.rng.choice(_EN_TOPICS).capitalize()} in Canada: consumer survey", self._title()]),
            "URL": f"https://www.{domain}/{self.fakers['fr_FR'].slug()}",
        }  # fmt: skip
        if self.rng.random() < 0.88:
            record["issued"] = {"date-parts": [[year]]}
        if self.rng.random() < 0.85:
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        return self._org(record, "market-research", name, {"company"})
