"""Works for the ninety-ninth held-out pool, "blind99": what marketers in Martinique, Guadeloupe, French Guiana,
Saint-Martin and Haiti cite on CIM Level 6 and 7 courses and MBAs taught in English.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a ninety-ninth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how rum, banana, tourism,
telecoms, banking, retail and diaspora marketers in Fort-de-France, Pointe-à-Pitre, Cayenne, Marigot and
Port-au-Prince cite: regional journals with one to eight authors, French textbooks with English translations in
square brackets, theses from the Université des Antilles, the Université de Guyane, the Université d'État d'Haïti
and Quisqueya University, company, bank, telecom, tourism-board, NGO, statistics-office and government works with and
without dates or access dates, decrees and regulations by the body that issued them, the regional press signed and
unsigned, social posts and podcasts; Martinican, Guadeloupean, Béké, Haitian, Indo-Caribbean, Syrian-Lebanese,
Hmong, Chinese-Guianese and expatriate names with particles, hyphens and accents.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

_FAMILIES = ["Césaire", "Glissant", "Louis-Joseph", "Jean-Baptiste", "Sainte-Rose", "Bellance", "Hayot", "Pierre-Louis",
             "Saint-Fleur", "Dorsainvil", "Jean-Gilles", "Fils-Aimé", "Val", "Denis", "Aubéry", "Séraphin", "Éloi",
             "Rosine", "Lordinot", "Zobda", "Marie-Sainte", "Bérard", "Chérubin", "Ramassamy", "Moutoussamy",
             "Sitcharn", "Nagapin", "Hajjar", "Abdoul-Karim", "Khoury", "Najjar", "Lee-A-Fong", "Chung-Thai", "Xiong",
             "Vang", "Lo", "Thébia", "Alexis", "Étienne", "Métellus", "Lamothe", "Désir", "Joseph", "Célestin",
             "Baptiste-Ménard", "Noël", "Félicité", "Ursulet", "Pétrus", "Boisdur", "Mondésir", "Théodore",
             "Smith", "Martin", "Dubois", "Lefèvre", "García", "O'Connell", "Van Acker", "Müller", "Kowalski"]  # fmt: skip
_GIVENS = ["Marie-Claire", "Jean-Baptiste", "Jean-Marc", "Fabienne", "Ludovic", "Rose-Marie", "Widline", "Stéphanie",
           "Wilfrid", "Nathalie", "Gaëlle", "Frantz", "Ketly", "Guerline", "Mackenson", "Sonia", "Yannick", "Joëlle",
           "Rudy", "Murielle", "Teddy", "Karine", "Lionel", "Nadège", "Patrice", "Rony", "Vanessa", "Christelle",
           "Fritz", "Roseline", "Mylène", "Sylvain", "Tou", "Mai", "Wei", "Karim", "Rania", "Priya", "Anand",
           "Hélène", "Olivier", "Emma", "James", "Chloé", "Thierry", "Marie-Josée", "Jean-Robert", "Pierre-Yves"]  # fmt: skip
_PARTICLES = [("de", "Reynal"), ("de", "Lucy"), ("du", "Hautbois"), ("de", "Jaham"), ("des", "Grottes"),
              ("de", "Laguarigue"), ("de la", "Houssaye"), ("le", "Pelletier")]  # fmt: skip
_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("Spiritueux Clément SAS", {"company"}), ("Rhum Clément", {"company"}), ("Habitation Saint-Étienne", {"company"}),
    ("Rhum J.M", {"company", "abbreviation"}), ("Distillerie Damoiseau", {"company"}),
    ("Société du Rhum Barbancourt S.A.", {"company"}), ("Groupe Bernard Hayot (GBH)", {"company", "abbreviation"}),
    ("GBH", {"company", "abbreviation"}), ("Groupe Parfait", {"company"}), ("Digicel Haiti S.A.", {"company"}),
    ("Natcom", {"company"}), ("Orange Caraïbe", {"company"}), ("SFR Caraïbe", {"company"}), ("Air Caraïbes", {"company"}),
    ("Corsair", {"company"}), ("Air Antilles", {"company"}), ("BRED Banque Populaire", {"company"}),
    ("Crédit Agricole Martinique-Guyane", {"company"}),
    ("Société Générale Haïtienne de Banque S.A. (Sogebank)", {"company", "abbreviation"}), ("Sogebank", {"company"}),
    ("Unibank S.A.", {"company"}), ("Banque de la République d'Haïti (BRH)", {"government", "apostrophe", "abbreviation"}),
    ("Banque de la République d'Haïti", {"government", "apostrophe"}), ("Banamart", {"company"}),
    ("Comité Martiniquais du Tourisme", {"government"}), ("Comité du Tourisme des Îles de Guadeloupe", {"government"}),
    ("Office de Tourisme de Saint-Martin", {"government"}), ("INSEE Antilles-Guyane", {"government"}),
    ("IEDOM", {"government", "abbreviation"}), ("Institut d'émission des départements d'outre-mer (IEDOM)", {"government", "apostrophe", "abbreviation"}),
    ("Institut Haïtien de Statistique et d'Informatique (IHSI)", {"government", "apostrophe", "abbreviation"}),
    ("CNES", {"government", "abbreviation"}), ("UNICEF", {"abbreviation"}), ("World Food Programme", set()),
    ("Fonkoze", {"company"}), ("Kantar", {"market-research"}), ("Ipsos", {"market-research"}),
    ("Qualistat", {"market-research"}), ("CEROM", {"government", "abbreviation"}), ("Martinique la 1ère", {"press"}),
    ("France-Antilles", {"press"}), ("Le Nouvelliste", {"press"}), ("AyiboPost", {"press"}),
    ("Digicel Group Ltd", {"company"}), ("Western Union Company", {"company"}), ("CMA CGM", {"company", "abbreviation"}),
    ("Carrefour Martinique", {"company"}), ("Leader Price Guadeloupe SARL", {"company"}), ("Cap'tain Ti Punch EURL", {"company", "apostrophe"}),
    ("SEM Martinique Développement", {"government"}), ("GIE Rhum Agricole Martinique", {"company"}),
    ("Marks & Spencer Group plc", {"company", "ampersand"}), ("Procter & Gamble", {"company", "ampersand"}),
    ("Chartered Institute of Marketing (CIM)", {"abbreviation"}), ("Club Med", {"company"}),
]  # fmt: skip
_GOVERNMENT = ["Ministère des Outre-mer", "Collectivité Territoriale de Martinique", "Région Guadeloupe",
               "Collectivité Territoriale de Guyane", "Collectivité de Saint-Martin", "Préfecture de la Martinique",
               "Ministère du Commerce et de l'Industrie (Haïti)", "Ministère du Tourisme d'Haïti",
               "Conseil National des Télécommunications (CONATEL)", "Direction générale de la concurrence, de la consommation et de la répression des fraudes (DGCCRF)",
               "Légifrance", "Commission nationale de l'informatique et des libertés (CNIL)", "Autorité de la concurrence"]  # fmt: skip
_PRESS = ["France-Antilles", "Le Nouvelliste", "Le National", "AyiboPost", "Ouest-France", "Les Échos",
          "Martinique la 1ère", "Guadeloupe la 1ère", "RCI", "Guyane la 1ère", "Le Pélican", "Loop Haiti"]  # fmt: skip
_JOURNALS = ["Tourism Management", "Journal of Destination Marketing & Management",
             "International Journal of Wine Business Research", "Caribbean Studies", "Journal of Marketing Management",
             "Journal of Business Research", "Études caribéennes", "Revue française du marketing",
             "Décisions Marketing", "Social and Economic Studies", "Journal of Island Tourism"]  # fmt: skip
_TOPICS = ["rum tourism", "AOC Martinique rum", "banana exports", "cruise passengers", "remittances", "mobile money",
           "diaspora marketing", "Carnaval sponsorship", "hotel occupancy", "price perception", "la vie chère",
           "brand heritage", "Creole identity in advertising", "WhatsApp commerce", "loyalty cards", "car imports",
           "destination image", "local sourcing", "the rentrée season", "Black Friday in the Antilles",
           "agri-food labels", "spirits export", "bank branch closures", "MonCash adoption", "influencer marketing",
           "ecotourism in Guyane", "post-hurricane recovery", "yole racing sponsorship", "Route du Rhum visitors"]  # fmt: skip
_FRENCH = [("Le marketing du rhum agricole", "Marketing agricultural rum"),
           ("La grande distribution aux Antilles", "Mass retail in the Antilles"),
           ("Tourisme et identité créole", "Tourism and Creole identity"),
           ("Les transferts de la diaspora haïtienne", "Remittances from the Haitian diaspora"),
           ("Konsomasyon ak lavi chè an Ayiti", "Consumption and the high cost of living in Haiti"),
           ("Lakou ak mak lokal", "The lakou and local brands"),
           ("Stratégie de marque en outre-mer", "Brand strategy in the overseas territories"),
           ("Le consommateur martiniquais", "The Martinican consumer"),
           ("Banane et territoire", "Banana and territory"), ("Mobilité et télécoms en Guyane", "Mobility and telecoms in French Guiana")]  # fmt: skip


class Blind99WorkFactory(WorkFactory):
    """The blind99 pool's works (see the module docstring)."""

    KINDS = ("book", "chapter", "journal", "web-person", "organisation-web", "organisation-report", "government",
             "thesis", "news", "social", "undated-web")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 97 + 99099)
        self.used: list[tuple[str, set[str], dict[str, Any]]] = []

    def person(self) -> dict[str, str]:
        if self.rng.random() < 0.12:
            particle, family = self.rng.choice(_PARTICLES)
            return {"family": family, "given": self.rng.choice(_GIVENS), "non-dropping-particle": particle}
        return {"family": self.rng.choice(_FAMILIES), "given": self.rng.choice(_GIVENS)}

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    def year(self) -> int:
        return self.rng.randint(1998, 2025)

    def accessed_after(self, record: dict[str, Any]) -> dict[str, list[list[int]]]:
        issued = record["issued"]["date-parts"][0] if "issued" in record else [2022]
        accessed = [max(issued[0], self.rng.randint(2023, 2025)), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        if accessed[: len(issued)] < issued:  # a post of December read the same month
            accessed = [issued[0], issued[1] if len(issued) > 1 else 12, 28]
        return {"date-parts": [accessed]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        roll = self.rng.random()
        if roll < 0.2:
            french, english = self.rng.choice(_FRENCH)
            return f"{french} [{english}]"
        forms = [f"{topic[0].upper()}{topic[1:]} in Martinique and Guadeloupe", f"{topic[0].upper()}{topic[1:]}: evidence from Haiti",
                 f"Rethinking {topic} in the French Caribbean", f"{topic[0].upper()}{topic[1:]} and {self.rng.choice(_TOPICS)}",
                 f"Consumer responses to {topic} in French Guiana", f"{topic[0].upper()}{topic[1:]} on small islands, {self.rng.randint(2010, 2024)}",
                 f"Who buys local? {topic} in Saint-Martin", f"{topic[0].upper()}{topic[1:]}: a {self.rng.choice(['study', 'review', 'survey', 'case study'])} of {self.rng.choice(['Caribbean', 'Antillean', 'Haitian', 'Guianese'])} {self.rng.choice(['consumers', 'firms', 'visitors', 'households', 'SMEs'])}"]  # fmt: skip
        return self.rng.choice(forms)

    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.KINDS), weights=[10, 5, 24, 6, 12, 10, 8, 5, 9, 5, 6])[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[30, 25, 18, 10, 6, 4, 4, 3][:most])[0]
        return [self.person() for _ in range(count)]

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        if self.used and "issued" in record and self.rng.random() < 0.12:  # same body, same year: "2023a", "2023b"
            name, tags, issued = self.rng.choice(self.used)
            record["issued"] = {"date-parts": [list(p) for p in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(record)
        if "issued" in record:
            self.used.append((name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _url(self, host: str | None = None) -> str:
        host = host or self.rng.choice(["www.clement.com", "www.martinique.org", "www.guadeloupe-islands.com",
                                        "www.iedom.fr", "www.insee.fr", "www.brh.ht", "www.digicelhaiti.com",
                                        "www.gbh.fr", "www.unicef.org", "www.wfp.org", "www.ihsi.ht", "www.orange.mq"])  # fmt: skip
        return f"https://{host}/{self.rng.choice(['fr', 'en', 'actualites', 'publications', 'rapports'])}/{self.rng.randint(100, 99999)}"

    def _book(self) -> Work:
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]},
                                  "publisher": self.rng.choice(["Pearson", "Dunod", "Vuibert", "Ibis Rouge", "Karthala", "Routledge", "Éditions de l'Université d'État d'Haïti", "Presses universitaires de Rennes"]),
                                  "publisher-place": self.rng.choice(["Paris", "Matoury", "Port-au-Prince", "London", "Harlow", "Rennes", "Fort-de-France"])}  # fmt: skip
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 7))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {"type": "chapter", "title": self._title(), "author": self._people(3),
                                  "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
                                  "container-title": f"{self.rng.choice(['Marketing in the Caribbean', 'Tourisme et territoires ultramarins', 'Caribbean business handbook'])}",
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Routledge", "Karthala", "Palgrave Macmillan"]),
                                  "publisher-place": self.rng.choice(["London", "Paris", "Cham"]),
                                  "page": f"{(s := self.rng.randint(1, 300))}-{s + self.rng.randint(8, 30)}"}  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {"type": "article-journal", "title": self._title(), "author": self._people(8),
                                  "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
                                  "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 6)),
                                  "page": f"{(s := self.rng.randint(1, 900))}-{s + self.rng.randint(8, 30)}"}  # fmt: skip
        if self.rng.random() < 0.4:
            record["DOI"] = f"10.{self.rng.randint(1000, 9999)}/j.{self.rng.randint(1000, 99999)}"
        return self._person_work(record, "journal")

    def _web_person(self) -> Work:
        record: dict[str, Any] = {
            "type": "webpage",
            "title": self._title(),
            "author": self._people(2),
            "URL": self._url(),
        }
        if self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[self.year()]]}
        if self.rng.random() < 0.8:
            record["accessed"] = self.accessed_after(record)
        return self._person_work(record, "web-person")

    def _organisation_web(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url()}
        if self.rng.random() < 0.8:
            record["issued"] = {"date-parts": [[self.year()]]}
        if self.rng.random() < 0.75:
            record["accessed"] = self.accessed_after(record)
        return self._org_work(record, "organisation-web", name, tags)

    def _organisation_report(self) -> Work:
        name, tags = self.organisation()
        title = (f"{self.rng.choice(['Rapport annuel', 'Annual report', 'Bilan touristique', 'Tableau de bord', 'Note expresse'])} {self.year()}"
                 if self.rng.random() < 0.4 else self._title())  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name.split(" (")[0],
                                  "publisher-place": self.rng.choice(["Fort-de-France", "Pointe-à-Pitre", "Cayenne", "Port-au-Prince", "Paris"])}  # fmt: skip
        if self.rng.random() < 0.88:
            record["issued"] = {"date-parts": [[self.year()]]}
        if self.rng.random() < 0.5:
            record["URL"] = self._url()
            record["accessed"] = self.accessed_after(record)
        return self._org_work(record, "organisation-report", name, tags)

    def _government(self) -> Work:
        name = self.rng.choice(_GOVERNMENT)
        title = self.rng.choice([self._title(), f"Circulaire {self.rng.randint(80, 130)}-{self.rng.randint(1, 4)} [Circular {self.rng.randint(80, 130)}]",
                                 f"Décret du {self.rng.randint(1, 28)} {self.rng.choice(['mars', 'juin', 'octobre'])} {self.year()} [Decree]",
                                 "Loi n° 2017-256 de programmation relative à l'égalité réelle outre-mer",
                                 "Code de la consommation", "Plan de relance outre-mer"])  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [[self.year()]]}, "URL": self._url("www.legifrance.gouv.fr" if "Loi" in title or "Code" in title else None)}  # fmt: skip
        record["accessed"] = self.accessed_after(record)
        return self._org_work(record, "government", name, {"government"})

    def _thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "genre": self.rng.choice(["Thèse de doctorat", "MBA dissertation", "Mémoire de master"]),
                                  "publisher": self.rng.choice(["Université des Antilles", "Université de Guyane", "Université d'État d'Haïti", "Quisqueya University"]),
                                  "issued": {"date-parts": [[self.year()]]}}  # fmt: skip
        return self._person_work(record, "thesis")

    def _news(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url("www.martinique.franceantilles.fr")}  # fmt: skip
        record["accessed"] = self.accessed_after(record)
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})

    def _social(self) -> Work:
        platform = self.rng.choice(["Facebook", "Instagram", "TikTok", "WhatsApp", "Podcast"])
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "post", "title": f"{self.rng.choice(_TOPICS).capitalize()} [{platform}]",
                                  "issued": {"date-parts": [[self.rng.randint(2019, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": f"https://www.{platform.lower()}.com/{self.rng.randint(1000, 99999)}"}  # fmt: skip
        record["accessed"] = self.accessed_after(record)
        return self._org_work(record, "social", name, tags | {"social"})

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url()}
        if self.rng.random() < 0.7:
            record["accessed"] = self.accessed_after(record)
        if self.rng.random() < 0.4:
            record["author"] = self._people(2)
            return self._person_work(record, "undated-web")
        name, tags = self.organisation()
        return self._org_work(record, "undated-web", name, tags | {"undated"})
