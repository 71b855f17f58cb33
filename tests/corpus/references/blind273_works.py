"""The blind273 pool's works: what marketers in Haiti, the French Antilles and their diaspora cite in English-language
CIM and MBA reports. Haitian, Antillean, French, Canadian and US scholars with the hyphens, accents and particles
their names carry (Jean-Baptiste, Pierre-Louis, Saint-Fleur, Célestin, de Lépine), public bodies of Haiti, France and
its overseas regions (IHSI, BRH, INSEE, IEDOM, Collectivité Territoriale de Martinique), international bodies (World
Bank, IDB, UNDP, USAID, OECD), decrees and laws as Légifrance and Le Moniteur print them, the press signed and
unsigned (Le Nouvelliste, France-Antilles, Ayibopost, the Miami Herald), firms' pages and annual reports, market
research and the global marketing texts; two works of one body in a year, one author's two works of a year and
undated pages.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import datetime
import random
import unicodedata
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

_FAMILIES = ["Jean-Baptiste", "Pierre-Louis", "Saint-Fleur", "Dorsainvil", "Célestin", "Louis-Jeune", "Nicolas-Joseph",
             "Casimir", "Étienne", "Fils-Aimé", "Saint-Louis", "Desrosiers", "Lafortune", "Thélusma", "Jean-Charles",
             "Dorvil", "Alexis", "Péan", "Germain", "Valcin", "Noël", "Augustin", "Bellegarde-Smith", "Joseph",
             "Jean-Louis", "Théodore", "Dézius", "Mondésir", "Exantus", "Chérubin", "Ursulet", "Marie-Sainte",
             "Daninthe", "Bernabé", "Lise", "Jos", "Nicolas", "Moreau", "Lefèvre", "Girard", "Roux", "Lambin",
             "Lendrevie", "Côté", "Bélanger", "Lévesque", "Gagnon", "Tremblay", "Smith", "Johnson", "Williams",
             "Fatton", "Dupuy", "Ménard", "Crusol", "Sainton", "Zébus", "Théolade", "Pognon", "Chery"]  # fmt: skip
_GIVEN = ["Marie", "Jean", "Pierre", "Guerda", "Nadège", "Wilson", "Ketly", "Frantz", "Myrtha", "Réginald", "Lesly",
          "Michèle", "Josué", "Sabine", "Fritz", "Yolette", "Claude", "Édouard", "Nathalie", "Olivier", "Sophie",
          "Justin", "Murielle", "Kervens", "Stéphanie", "Emmanuel", "Fabienne", "Robert", "Laura", "David"]  # fmt: skip
_PARTICLED = [("de", "Lépine", "Claire"), ("de", "Lespinasse", "Gérard"), ("du", "Bois", "Laurent"),
              ("de", "Grandpré", "Évelyne"), ("de", "Reynal", "Alain"), ("des", "Rosiers", "Jacques")]  # fmt: skip
_CLASSICS = [("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Jobber", "David"), ("Chaffey", "Dave"),
             ("Ellis-Chadwick", "Fiona"), ("Hofstede", "Geert"), ("Porter", "Michael"), ("Aaker", "David"),
             ("Kapferer", "Jean-Noël"), ("de Mooij", "Marieke"), ("Keegan", "Warren"), ("Usunier", "Jean-Claude")]  # fmt: skip
# Organisations as these candidates cite them: public bodies with and without their abbreviation, international
# bodies, banks, firms with "&", "SA", "SAS" and apostrophes, press and market research.
_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("Institut Haïtien de Statistique et d'Informatique (IHSI)", {"government", "abbreviation", "apostrophe"}),
    ("Institut Haïtien de Statistique et d'Informatique", {"government", "apostrophe"}),
    ("Banque de la République d'Haïti (BRH)", {"government", "abbreviation", "apostrophe"}),
    ("Banque de la République d'Haïti", {"government", "apostrophe"}), ("INSEE", {"government", "acronym"}),
    ("Institut national de la statistique et des études économiques (INSEE)", {"government", "abbreviation"}),
    ("IEDOM", {"government", "acronym"}), ("Institut d'émission des départements d'outre-mer (IEDOM)", {"government", "abbreviation", "apostrophe"}),
    ("Collectivité Territoriale de Martinique", {"government"}), ("Région Guadeloupe", {"government"}),
    ("Comité Martiniquais du Tourisme", {"government"}), ("Comité du Tourisme des Îles de Guadeloupe", {"government"}),
    ("Ministère du Tourisme d'Haïti", {"government", "apostrophe"}), ("World Bank", {"international"}),
    ("Inter-American Development Bank (IDB)", {"international", "abbreviation"}), ("UNDP", {"international", "acronym"}),
    ("USAID", {"international", "acronym"}), ("OECD", {"international", "acronym"}),
    ("Digicel Group Ltd", {"company"}), ("GBH", {"company", "acronym"}), ("Rhum Clément", {"company"}),
    ("Spiritueux Martiniquais SAS", {"company"}), ("Sogebank", {"company"}), ("Unibank S.A.", {"company"}),
    ("Crédit Agricole Martinique-Guyane", {"company"}), ("Air Caraïbes", {"company"}),
    ("Brasserie Nationale d'Haïti S.A.", {"company", "apostrophe"}), ("Natcom", {"company"}),
    ("Orange Caraïbe", {"company"}), ("Ernst & Young", {"company", "ampersand"}),
    ("McKinsey & Company", {"company", "ampersand"}), ("Chartered Institute of Marketing (CIM)", {"abbreviation"}),
    ("Fonkoze", {"ngo"}), ("Médecins Sans Frontières", {"ngo"}),
]  # fmt: skip
_MARKET_RESEARCH = ["Euromonitor International", "Statista", "Kantar", "Nielsen", "GlobalData", "Mintel", "Ipsos"]
_PRESS = ["Le Nouvelliste", "Le Matin", "France-Antilles", "Martinique la 1ère", "Ayibopost", "Miami Herald",
          "Guadeloupe la 1ère", "Le Monde", "La Presse", "Haïti Libre", "Loop Haïti"]  # fmt: skip
_LAWS = ["Loi n° 2012-1270 du 20 novembre 2012 relative à la régulation économique outre-mer (loi Lurel)",
         "Code des douanes, article 1er", "Loi n° 2004-639 du 2 juillet 2004 relative à l'octroi de mer",
         "Décret du 28 mai 2013 relatif aux opérations de transfert d'argent", "Loi du 14 mai 2012 sur les banques et autres institutions financières",
         "Décret n° 2014-1579 relatif à l'appellation d'origine contrôlée Martinique"]  # fmt: skip
_TOPICS = ["diaspora remittances", "mobile money", "rum tourism", "brand heritage", "Creole-language advertising",
           "price sensitivity", "island retail", "airline loyalty", "social media in Haiti", "carnival sponsorship",
           "cruise tourism", "export branding", "consumer trust in banks", "food imports", "prepaid mobile plans",
           "country-of-origin effects", "bilingual marketing", "the octroi de mer", "cost of living", "ethnic marketing"]  # fmt: skip
_PLACES = ["Haiti", "Martinique", "Guadeloupe", "French Guiana", "the French Antilles", "the Caribbean", "Port-au-Prince",
           "the Haitian diaspora", "Montreal", "Miami", "the overseas departments"]  # fmt: skip
_JOURNALS = ["Journal of Marketing", "International Marketing Review", "Journal of International Marketing",
             "Tourism Management", "Journal of Haitian Studies", "Études caribéennes", "Journal of Business Research",
             "Caribbean Studies", "Revue française du marketing", "Journal of Consumer Marketing",
             "Social and Economic Studies", "Décisions Marketing"]  # fmt: skip


def _slug(name: str) -> str:
    """A web address's host from an organisation's name: its abbreviation if it has one, in plain letters."""
    if "(" in name:
        return name.split("(")[1].rstrip(")").lower()
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return "".join(ch for ch in plain if ch.isalnum())[:20]


class Blind273WorkFactory(WorkFactory):
    """Works cited by marketers in Haiti, the French Antilles and their diaspora."""

    KINDS = ("book", "chapter", "journal", "web", "report", "news", "legislation")

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 27300)
        self.used: list[tuple[str, set[str], dict[str, Any]]] = []
        self.people_years: list[tuple[dict[str, str], int]] = []

    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.08:
            particle, family, given = self.rng.choice(_PARTICLED)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.16:
            family, given = self.rng.choice(_CLASSICS)
            if family.startswith("de "):
                return {"family": family[3:], "given": given, "non-dropping-particle": "de"}
            return {"family": family, "given": given}
        return {"family": self.rng.choice(_FAMILIES), "given": self.rng.choice(_GIVEN)}

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1970, 1999)
        return self.rng.randint(2005, 2025)

    def accessed_after(self, record: dict[str, Any]) -> dict[str, list[list[int]]]:
        """An access date on or after the work's date, never after 2025."""
        parts = record["issued"]["date-parts"][0] if "issued" in record else [2022]
        start = datetime.date(max(parts[0], 2022), parts[1] if len(parts) > 1 and parts[0] >= 2022 else 1,
                              parts[2] if len(parts) > 2 and parts[0] >= 2022 else 1)  # fmt: skip
        end = datetime.date(2025, 12, 28)
        day = start + datetime.timedelta(days=self.rng.randint(0, max(0, (end - start).days)))
        return {"date-parts": [[day.year, day.month, day.day]]}

    def _title(self) -> str:
        topic, place = self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"Marketing {topic} to {place}: evidence and practice",
                 f"{topic[0].upper()}{topic[1:]} and consumer behaviour in {place}",
                 f"Understanding {topic}: the case of {place}", f"{place[0].upper()}{place[1:]} and {topic}",
                 f"Rethinking {topic} after {self.rng.choice(['the earthquake', 'the pandemic', 'Hurricane Matthew', 'the 2009 strikes'])}"]  # fmt: skip
        return self.rng.choice(forms)

    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "org-web", "org-report", "market-research", "press", "legislation", "undated-web"],
            weights=[14, 6, 22, 16, 14, 7, 12, 3, 6],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _people(self, most: int) -> list[dict[str, str]]:
        people = super()._people(most)
        return people

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        # Now and then one author's second work of the same year ("Jean-Baptiste, 2019a" and "2019b").
        if self.people_years and "issued" in record and self.rng.random() < 0.1:
            first, year = self.rng.choice(self.people_years)
            record["author"][0] = dict(first)
            record["issued"]["date-parts"][0][0] = year
            if "accessed" in record:
                record["accessed"] = self.accessed_after(record)
        elif "issued" in record:
            self.people_years.append((dict(record["author"][0]), record["issued"]["date-parts"][0][0]))
        return super()._person_work(record, kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        if self.used and "issued" in record and self.rng.random() < 0.12:  # two works of one body in a year
            name, tags, issued = self.rng.choice(self.used)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "publisher" in record and kind == "report":
                record["publisher"] = name.split(" (")[0]
                if "URL" in record:
                    record["URL"] = f"https://www.{_slug(name)}.org/{self.rng.randint(100, 9999)}"
            if "accessed" in record:
                record["accessed"] = self.accessed_after(record)
        if "issued" in record:
            self.used.append((name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self._title(), "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Pearson", "Routledge", "Karthala", "Dunod", "Presses de l'Université du Québec",
                                          "University Press of Florida", "Éditions Caraïbéennes", "Palgrave Macmillan"]),
            "publisher-place": self.rng.choice(["Harlow", "Paris", "Port-au-Prince", "Montréal", "Gainesville", "London", "Fort-de-France"]),
        }  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 17))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": f"{self.rng.choice(['Marketing in', 'Business and society in', 'Tourism in'])} {self.rng.choice(_PLACES)}",
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Routledge", "Karthala", "Palgrave Macmillan"]),
            "publisher-place": self.rng.choice(["London", "Paris", "Cham"]),
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 90)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.rng.choice(['jhs', 'imr', 'jim', 'tm', 'ec'])}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _org_web(self) -> Work:
        name, tags = self.organisation()
        slug = name.split(" (")[0].lower().replace(" ", "-").replace("'", "")
        record: dict[str, Any] = {
            "type": "webpage",
            "title": self._title(),
            "URL": f"https://www.{slug[:18]}.org/{self.rng.randint(10, 999)}",
        }
        if self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[self.year()]]}
        record["accessed"] = self.accessed_after(record)
        return self._org_work(record, "web", name, tags)

    def _org_report(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": f"{self.rng.choice(['Rapport annuel', 'Annual report', 'Bilan économique', 'Country report'])} {year}"
            if self.rng.random() < 0.4 else self._title(),
            "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0],
            "publisher-place": self.rng.choice(["Port-au-Prince", "Paris", "Fort-de-France", "Washington, DC", "Basse-Terre"]),
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = f"https://www.{_slug(name)}.org/publications/{self.rng.randint(100, 9999)}"
            record["accessed"] = self.accessed_after(record)
        work = self._org_work(record, "report", name, tags)
        if work.year != str(year) and record["title"].endswith(str(year)):  # paired with an earlier work's year
            record["title"] = record["title"][: -len(str(year))] + work.year
        return work

    def _market_research(self) -> Work:
        name = self.rng.choice(_MARKET_RESEARCH)
        record: dict[str, Any] = {
            "type": "report", "title": f"{self.rng.choice(['Alcoholic drinks', 'Mobile telecoms', 'Travel', 'Retailing', 'Soft drinks'])} in {self.rng.choice(['Haiti', 'the Caribbean', 'France', 'the Dominican Republic'])}",
            "publisher": name, "URL": f"https://www.{name.split()[0].lower()}.com/report/{self.rng.randint(1000, 99999)}",
        }  # fmt: skip
        if self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[self.rng.randint(2015, 2025)]]}
        record["accessed"] = self.accessed_after(record)
        return self._org_work(record, "report", name, {"market-research"})

    def _press(self) -> Work:
        year = self.rng.randint(2008, 2025)
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": paper,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.{paper.lower().replace(' ', '').replace('è', 'e')}.com/article/{self.rng.randint(10000, 999999)}",
        }  # fmt: skip
        record["accessed"] = self.accessed_after(record)
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _legislation(self) -> Work:
        # A law or decree as candidates cite it: from Légifrance or Le Moniteur, the body as author.
        title = self.rng.choice(_LAWS)
        body = "Légifrance" if "Loi n°" in title or "Code" in title or "2014" in title else "Le Moniteur"
        record: dict[str, Any] = {"type": "webpage", "title": title, "issued": {"date-parts": [[self.rng.randint(2004, 2024)]]},
                                  "URL": f"https://www.{'legifrance.gouv.fr' if body == 'Légifrance' else 'lemoniteur.gouv.ht'}/{self.rng.randint(1000, 99999)}"}  # fmt: skip
        record["accessed"] = self.accessed_after(record)
        work = self._org_work(record, "legislation", body, {"government", "legislation"})
        work.kind = "legislation"
        return work

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": f"https://www.{self.rng.choice(['moncash', 'digicelgroup', 'sogebank', 'clement', 'gbh', 'aircaraibes'])}.com/{self.rng.randint(10, 999)}"}  # fmt: skip
        record["accessed"] = self.accessed_after(record)
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags | {"undated"})
