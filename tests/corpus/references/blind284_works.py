"""The blind284 pool's works: what marketers in Provence and on the Côte d'Azur cite in CIM and MBA reports.

Written without reading the checker, its tests or any other pool: books, chapters and wine, tourism, fashion and
French management journals with one to eight authors; reports of French public and trade bodies (Atout France,
INSEE, the CIVP, FranceAgriMer, the INAO, the Région Sud, the CCI Nice Côte d'Azur); firms' pages and annual
reports (SA, SAS, SARL, SCEA, SCA, SE and plc); French- and English-language press, signed and unsigned; market
research with and without years; the marketing texts every candidate cites; French names with particles (de, du,
d', des), hyphenated given names and double-barrelled surnames.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
import unicodedata
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "report", "web", "news", "market-research", "annual-report", "classic")

_LOCALES = ["fr_FR", "fr_FR", "fr_FR", "fr_FR", "en_GB", "en_GB", "en_GB", "it_IT", "es_ES", "en_US", "de_DE", "fr_CH"]
# French names as their scholars print them: particles kept before the surname, hyphenated given names.
_FRENCH = [
    ("de", "Montgolfier", "Anne-Sophie"), ("du", "Pont", "Jean-Baptiste"), ("d'", "Harcourt", "Marie-Claire"),
    ("des", "Rochettes", "Pierre-Henri"), ("de la", "Fontaine", "Hélène"), ("de", "Saint-Exupéry", "Louis"),
    ("du", "Castel", "Éloïse"), ("d'", "Aubigné", "François-Xavier"), ("de", "Villeneuve-Bargemon", "Amélie"),
    ("le", "Bihan", "Yannick"), ("de", "Lestrange", "Bérénice"), ("des", "Isnards", "Thibault"),
]  # fmt: skip
_DOUBLE = [("Giraud-Héraud", "Éric"), ("Couderc-Beaumont", "Sandrine"), ("Pastor-Lopez", "Inès"),
           ("Bernard-Mouret", "Clément"), ("Lévy-Garboua", "Nathalie"), ("Rouzet-Albagli", "Céline"),
           ("Ferrand-Bechmann", "Gaëlle"), ("Charters", "Steve"), ("Lockshin", "Larry"), ("Thach", "Liz"),
           ("Lecat", "Benoît"), ("Chaney", "Isabelle"), ("Viot", "Catherine"), ("Orth", "Ulrich"),
           ("Corsi", "Armando"), ("Hollebeek", "Linda"), ("Kapferer", "Jean-Noël"), ("Bastien", "Vincent"),
           ("Chevalier", "Michel"), ("Mazzalovo", "Gérald")]  # fmt: skip
_JOURNALS = ["Journal of Wine Research", "International Journal of Wine Business Research", "Annals of Tourism Research",
             "Tourism Management", "Journal of Fashion Marketing and Management", "Revue Française de Gestion",
             "Décisions Marketing", "Journal of Wine Economics", "Journal of Destination Marketing & Management",
             "Recherche et Applications en Marketing", "Journal of Brand Management", "Méditerranée"]  # fmt: skip
_TOPICS = ["rosé wine", "wine tourism", "luxury perfume", "terroir", "destination image", "the Côte d'Azur brand",
           "oenotourism", "lavender tourism", "olive oil provenance", "geographical indications", "luxury hotels",
           "festival attendance", "yacht charter", "heritage and craft", "Provence as a lifestyle brand",
           "niche fragrance", "event sponsorship", "e-commerce in luxury", "second-home tourism", "art museums",
           "Instagram and place", "the Made in Provence label", "sustainable viticulture", "overtourism in Provence"]  # fmt: skip
_PLACES = ["Provence", "the Côte d'Azur", "Provence-Alpes-Côte d'Azur", "Grasse", "Nice", "Cannes", "Saint-Tropez",
           "the Luberon", "Bandol", "Aix-en-Provence", "Monaco", "the Var", "the Alpes-Maritimes", "Menton"]  # fmt: skip
_BODIES = [
    ("Atout France", {"government"}), ("Comité Régional de Tourisme Provence-Alpes-Côte d'Azur", {"government", "apostrophe"}),
    ("INSEE", {"government", "acronym"}), ("Institut national de la statistique et des études économiques (INSEE)", {"government", "abbreviation"}),
    ("Conseil Interprofessionnel des Vins de Provence (CIVP)", {"trade-body", "abbreviation"}),
    ("Vins de Provence", {"trade-body"}), ("FranceAgriMer", {"government"}), ("Prodarom", {"trade-body"}),
    ("Institut National de l'Origine et de la Qualité (INAO)", {"government", "apostrophe", "abbreviation"}),
    ("INAO", {"government", "acronym"}), ("Région Sud", {"government"}),
    ("Chambre de commerce et d'industrie Nice Côte d'Azur", {"trade-body", "apostrophe"}),
    ("CCI Nice Côte d'Azur", {"trade-body", "apostrophe", "acronym"}), ("Business France", {"government"}),
    ("Provence Tourisme", {"government"}), ("Côte d'Azur France", {"government", "apostrophe"}),
    ("Office de Tourisme Métropolitain Nice Côte d'Azur", {"government", "apostrophe"}),
    ("Ministère de l'Agriculture et de la Souveraineté alimentaire", {"government", "apostrophe"}),
    ("Fédération de la Haute Couture et de la Mode", {"trade-body"}), ("Comité Colbert", {"trade-body"}),
    ("Organisation Internationale de la Vigne et du Vin (OIV)", {"government", "abbreviation"}),
    ("Moët Hennessy & Co.", {"company", "ampersand"}),
    ("Riviera Yachting & Co", {"company", "ampersand"}),
]  # fmt: skip
_FIRMS = ["Robertet SA", "L'Occitane International S.A.", "Château Minuty SAS", "LVMH Moët Hennessy Louis Vuitton SE",
          "Fragonard Parfumeur SAS", "Parfumerie Molinard SARL", "Galimard SAS", "SCEA Château d'Esclans",
          "Domaines Ott SA", "Château La Coste SAS", "Cave Coopérative de Cotignac SCA", "Pernod Ricard SA",
          "Hôtel du Cap-Eden-Roc", "Le Mas de Pierre", "Christian Dior SE", "Diageo plc", "Accor SA",
          "Société des Bains de Mer", "Castelas SARL", "Moulin Cornille SCA"]  # fmt: skip
_PRESS = ["Nice-Matin", "La Provence", "Le Figaro", "Les Échos", "Decanter", "Wine Spectator", "The Riviera Times",
          "Vogue Paris", "Var-Matin", "Le Monde", "Financial Times", "The Drinks Business"]  # fmt: skip
_RESEARCH = ["Kantar", "NielsenIQ", "IWSR", "Wine Intelligence", "Euromonitor International", "Xerfi", "Mintel",
             "Statista"]  # fmt: skip
_CLASSICS = [
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane")], "Marketing management", "Pearson", "Harlow"),
    ([("Kapferer", "Jean-Noël"), ("Bastien", "Vincent")], "The luxury strategy: break the rules of marketing to build luxury brands", "Kogan Page", "London"),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing", "Pearson", "Harlow"),
    ([("Porter", "Michael E.")], "Competitive strategy", "Free Press", "New York"),
    ([("Pine", "B. Joseph"), ("Gilmore", "James H.")], "The experience economy", "Harvard Business Review Press", "Boston"),
    ([("Morgan", "Nigel"), ("Pritchard", "Annette"), ("Pride", "Roger")], "Destination brands: managing place reputation", "Routledge", "Abingdon"),
    ([("Chevalier", "Michel"), ("Mazzalovo", "Gérald")], "Luxury brand management", "Wiley", "Singapore"),
    ([("Getz", "Donald"), ("Page", "Stephen J.")], "Event studies: theory, research and policy for planned events", "Routledge", "Abingdon"),
    ([("Hall", "C. Michael"), ("Sharples", "Liz"), ("Cambourne", "Brock"), ("Macionis", "Niki")], "Wine tourism around the world", "Butterworth-Heinemann", "Oxford"),
    ([("Jobber", "David"), ("Ellis-Chadwick", "Fiona")], "Principles and practice of marketing", "McGraw-Hill", "London"),
]  # fmt: skip


class Blind284WorkFactory(WorkFactory):
    """Works of the blind284 pool, drawn from a random source of its own so no other pool changes."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 28400)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 223 + index)
                self.fakers[locale] = fake
        self.dated: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people, bodies, dates
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.14:
            particle, family, given = self.rng.choice(_FRENCH)
            if particle.endswith("'"):  # elided: "d'Harcourt", written as one word
                return {"family": f"{particle}{family}", "given": given}
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.3:
            family, given = self.rng.choice(_DOUBLE)
            return {"family": family, "given": given}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        words = family.split()
        if len(words) > 1 and words[0].islower():
            return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
        if self.rng.random() < 0.06:
            family = f"{family}-{self.fakers['fr_FR'].last_name().split()[-1]}"
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_BODIES)
        return name, set(tags)

    def year(self) -> int:
        return self.rng.randint(2005, 2024)

    def accessed(self) -> dict[str, list[list[int]]]:
        return {"date-parts": [[2025, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        topic, place = self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"Marketing {topic}: evidence from {place}",
                 f"Authenticity, place and {topic}", f"Consumer perceptions of {topic} in {place}",
                 f"{topic[0].upper()}{topic[1:]} and the visitor experience", f"Why {topic} sells: the case of {place}",
                 f"Luxury, heritage and {topic}", f"Digital channels for {topic}"]  # fmt: skip
        return self.rng.choice(forms)

    def _dated_title(self, work: Work) -> Work:
        """A yearly report is titled with the year it covers: the year before it came out."""
        year = work.record.get("issued", {}).get("date-parts", [[None]])[0][0]
        title = str(work.record["title"])
        work.record["title"] = title.replace("{yr}", str(year - 1)) if year else title.replace(" {yr}", "")
        return work

    def _web_url(self, name: str) -> str:
        plain = unicodedata.normalize("NFKD", name.lower()).encode("ascii", "ignore").decode()
        slug = "".join(ch for ch in plain.split()[0] if ch.isalnum()) or "site"
        return f"https://www.{slug}.fr/{self.fakers['en_GB'].slug()}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "report", "web", "news", "market-research", "annual-report", "classic"],
            weights=[11, 6, 24, 13, 12, 12, 9, 6, 7],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same body in the same year as an earlier work (Atout France, 2023a and 2023b).
        if self.dated and "issued" in record and self.rng.random() < 0.15:
            name, tags, issued = self.rng.choice(self.dated)
            record["issued"] = {"date-parts": [list(issued["date-parts"][0][:1])]}
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated.append((name, tags, record["issued"]))
        work = super()._org_work(record, kind, name, tags)
        return work

    def _book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self._title(), "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "Dunod", "Palgrave Macmillan", "Kogan Page", "Pearson", "Vuibert", "Goodfellow Publishers"]),
            "publisher-place": self.rng.choice(["Abingdon", "Paris", "London", "Oxford", "Harlow", "Aix-en-Provence"]),
        }  # fmt: skip
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _classic(self) -> Work:
        authors, title, publisher, place = self.rng.choice(_CLASSICS)
        record: dict[str, Any] = {
            "type": "book", "title": title, "author": [{"family": f, "given": g} for f, g in authors],
            "issued": {"date-parts": [[self.rng.randint(2009, 2024)]]}, "publisher": publisher, "publisher-place": place,
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["edition"] = str(self.rng.randint(2, 16))
        return self._person_work(record, "classic")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["Wine tourism destination management and marketing", "The Routledge handbook of luxury marketing",
                                                "Handbook of research on wine marketing", "Le marketing du luxe", "Events and festivals: critical perspectives"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Routledge", "Palgrave Macmillan", "Edward Elgar", "EMS"]),
            "publisher-place": self.rng.choice(["Abingdon", "Cham", "Cheltenham", "Caen"]),
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 100)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{(start := self.rng.randint(1, 700))}-{start + self.rng.randint(10, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _report(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice(["Chiffres clés du tourisme {yr}",
                                                         "Observatoire économique des vins de Provence {yr}",
                                                         "Bilan de la saison touristique {yr}",
                                                         "Plan stratégique de marque", self._title()]),
            "publisher": name.split(" (")[0], "publisher-place": self.rng.choice(["Paris", "Marseille", "Nice", "Aix-en-Provence"]),
        }  # fmt: skip
        if self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[self.year()]]}
        if self.rng.random() < 0.7:
            record["URL"], record["accessed"] = self._web_url(name), self.accessed()
        return self._dated_title(self._org_work(record, "report", name, tags))

    def _web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "accessed": self.accessed()}
        if self.rng.random() < 0.75:
            record["issued"] = {"date-parts": [[self.year()]]}
        if self.rng.random() < 0.3:
            record["author"] = self._people(2)
            record["URL"] = self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path()
            return self._person_work(record, "web")
        if self.rng.random() < 0.5:
            name, tags = self.rng.choice(_FIRMS), {"company"}
        else:
            name, tags = self.organisation()
        record["URL"] = self._web_url(name)
        return self._org_work(record, "web", name, tags)

    def _annual_report(self) -> Work:
        name = self.rng.choice(_FIRMS)
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice(["Annual report {yr}", "Document d'enregistrement universel {yr}",
                                                         "Rapport RSE {yr}", "Sustainability report {yr}"]),
            "issued": {"date-parts": [[year]]}, "publisher": name, "publisher-place": self.rng.choice(["Grasse", "Paris", "Geneva", "Gassin", "Le Puy-Sainte-Réparade"]),
            "URL": self._web_url(name), "accessed": self.accessed(),
        }  # fmt: skip
        return self._dated_title(self._org_work(record, "annual-report", name, {"company"}))

    def _news(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "accessed": self.accessed(),
        }  # fmt: skip
        record["URL"] = (
            self._web_url(str(record["container-title"]).replace("The ", "").replace(" ", ""))
            + "/"
            + self.fakers["en_GB"].slug()
        )
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        market = self.rng.choice(
            ["Rosé wine", "Fragrances", "Luxury goods", "Olive oil", "Travel and tourism", "Wine e-commerce", "Hotels"]
        )
        country = self.rng.choice(["France", "the UK", "the US", "Europe"])
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"{market} in {country}", f"{market}: market report", f"{market} consumer trends"]),
            "publisher": name, "URL": f"https://www.{name.split()[0].lower()}.com/{self.fakers['en_GB'].slug()}",
            "accessed": self.accessed(),
        }  # fmt: skip
        if self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[self.year()]]}
        return self._org_work(record, "market-research", name, {"market-research"})
