"""The blind267 pool's works: what marketers in Morocco and its diaspora cite in CIM Level 6 and 7 reports and MBA
assignments written in English.

Books, chapters and journal articles by Moroccan, French, Spanish and international scholars (Moroccan names as
they are printed in French transliteration: "El Alaoui", "Ait Lahcen", "Ouazzani Touhami", "Bennani-Chraïbi",
particles such as "de la Cruz"), reports and statistics of Moroccan public bodies (HCP, Bank Al-Maghrib, ANRT,
AMDIE, Office des Changes, ONMT, CESE), laws and dahirs cited under the Kingdom, press articles signed and unsigned
(L'Economiste, Le Matin, TelQuel, Médias24, Hespress, Jeune Afrique), firms' pages and annual reports, international
bodies, market research and the global marketing texts every candidate cites; undated pages and access dates on
web works. Written without reading the checker, its tests or any other pool.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from copy import deepcopy
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# The kinds of work as the truth files them; laws are listed under the Kingdom as reports, classics as books.
KINDS = ("book", "chapter", "journal", "web", "report", "news")

# Moroccan family names as Moroccan scholars and journals print them (French transliteration), with given names.
_MOROCCAN = [
    ("El Alaoui", "Mohammed"), ("Benjelloun", "Kenza"), ("Ait Lahcen", "Brahim"), ("Ouazzani Touhami", "Ghita"),
    ("Bennani-Chraïbi", "Mounia"), ("Berrada", "Youssef"), ("Tazi", "Salma"), ("El Idrissi", "Hicham"),
    ("Chraibi", "Omar"), ("Lahlou", "Nadia"), ("Amrani", "Rachid"), ("Benkirane", "Leila"), ("El Fassi", "Driss"),
    ("Kettani", "Amine"), ("Sqalli", "Houda"), ("Ouali", "Said"), ("Bouzidi", "Imane"), ("Zniber", "Karim"),
    ("El Mansouri", "Fatima Zahra"), ("Ait Ouarab", "Lahoucine"), ("Ouchen", "Touda"), ("Akhannouch", "Mehdi"),
    ("Belghiti", "Asmae"), ("Cherkaoui", "Nabil"), ("Hajji", "Zineb"), ("El Hachimi", "Abdelilah"),
    ("Boutaleb", "Sanaa"), ("Mernissi", "Jamal"), ("Ennaji", "Moha"), ("Ben Abdallah", "Yasmine"),
    ("Ait Hammou", "Itto"), ("Oubaha", "Hassan"), ("Kabbaj", "Reda"), ("Lamrani", "Soukaina"), ("Filali", "Ilyas"),
    ("Naciri", "Khadija"), ("Raji", "Anas"), ("Sebti", "Meryem"), ("El Ouafi", "Abderrahim"), ("Bouhaddou", "Hind"),
]  # fmt: skip
# French, Spanish, Belgian, Dutch and Canadian scholars, some with particles kept apart as reference managers keep them.
_EUROPEAN = [
    ("Dubois", "Claire"), ("Lefèvre", "Julien"), ("Moreau", "Isabelle"), ("Giraud", "Pierre"), ("Roux", "Sophie"),
    ("Lambin", "Jean-Jacques"), ("Kapferer", "Jean-Noël"), ("Lendrevie", "Jacques"), ("Helfer", "Jean-Pierre"),
    ("García", "Lucía"), ("Martínez", "Javier"), ("Fernández", "Carmen"), ("López", "Alejandro"),
    ("Rodríguez", "Marta"), ("Peeters", "Ann"), ("Janssens", "Wim"), ("Bakker", "Sanne"), ("Tremblay", "Marc"),
    ("Gagnon", "Julie"), ("Smith", "John"), ("Brown", "Emma"), ("Wilson", "David"), ("Hassan", "Amira"),
    ("Kumar", "Ravi"), ("Zhang", "Wei"), ("Okafor", "Chinedu"),
]  # fmt: skip
_PARTICLED = [("de la", "Cruz", "Ana"), ("de", "Vries", "Thijs"), ("van", "Dam", "Eline"), ("de", "Gaulejac", "Vincent"),
              ("del", "Río", "Pablo"), ("Le", "Goff", "Yann"), ("van der", "Meer", "Joost")]  # fmt: skip
# Classic marketing texts every candidate cites (authors, title, publisher, place, first and last year seen).
_CLASSICS = [  # authors, title, publisher, place, (year, edition) as printed
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane")], "Marketing management", "Pearson", "Harlow", [(2016, "15"), (2022, "16")]),
    ([("Kotler", "Philip"), ("Armstrong", "Gary")], "Principles of marketing", "Pearson", "Harlow", [(2018, "17"), (2021, "18")]),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow", [(2019, "7"), (2022, "8")]),
    ([("Hofstede", "Geert")], "Culture's consequences: comparing values, behaviors, institutions and organizations across nations", "Sage", "Thousand Oaks", [(2001, "2")]),
    ([("Porter", "Michael E.")], "Competitive strategy: techniques for analyzing industries and competitors", "Free Press", "New York", [(1980, ""), (1998, "")]),
    ([("Keller", "Kevin Lane"), ("Swaminathan", "Vanitha")], "Strategic brand management: building, measuring, and managing brand equity", "Pearson", "Harlow", [(2020, "5")]),
    ([("Kotler", "Philip"), ("Kartajaya", "Hermawan"), ("Setiawan", "Iwan")], "Marketing 5.0: technology for humanity", "Wiley", "Hoboken", [(2021, "")]),
    ([("Lendrevie", "Jacques"), ("Lévy", "Julien")], "Mercator: tout le marketing à l'ère numérique", "Dunod", "Paris", [(2014, "11"), (2017, "12")]),
]  # fmt: skip
_ORGANISATIONS = [
    ("Haut-Commissariat au Plan (HCP)", {"government", "abbreviation"}), ("Haut-Commissariat au Plan", {"government"}),
    ("HCP", {"government", "acronym"}), ("Bank Al-Maghrib", {"government"}),
    ("Agence Nationale de Réglementation des Télécommunications (ANRT)", {"government", "abbreviation"}),
    ("ANRT", {"government", "acronym"}), ("AMDIE", {"government", "acronym"}),
    ("Office des Changes", {"government"}), ("Office National Marocain du Tourisme (ONMT)", {"government", "abbreviation"}),
    ("Conseil Économique, Social et Environnemental (CESE)", {"government", "comma", "abbreviation"}),
    ("Ministère du Tourisme, de l'Artisanat et de l'Économie Sociale et Solidaire", {"government", "comma", "apostrophe"}),
    ("Ministère de l'Industrie et du Commerce", {"government", "apostrophe"}),
    ("Commission Nationale de contrôle de la protection des Données à caractère Personnel (CNDP)", {"government", "abbreviation"}),
    ("OCP Group", {"company"}), ("Maroc Telecom", {"company"}), ("Attijariwafa bank", {"company", "lower-case"}),
    ("Royal Air Maroc", {"company"}), ("Marjane Group", {"company"}), ("Label'Vie", {"company", "apostrophe"}),
    ("Les Eaux Minérales d'Oulmès", {"company", "apostrophe"}), ("Cosumar", {"company"}), ("Inwi", {"company"}),
    ("Orange Maroc", {"company"}), ("Bank of Africa", {"company"}), ("CIH Bank", {"company"}),
    ("Groupe Banque Populaire", {"company"}), ("Centrale Danone", {"company"}),
    ("Coopérative Tighanimine", {"company", "cooperative"}), ("UCFA Targanine", {"company", "cooperative"}),
    ("World Bank", {"international"}), ("International Monetary Fund (IMF)", {"international", "abbreviation"}),
    ("UNCTAD", {"international", "acronym"}), ("GSMA", {"international", "acronym"}),
    ("DataReportal", {"company"}), ("Ernst & Young Maroc", {"company", "ampersand"}),
    ("McKinsey & Company", {"company", "ampersand"}), ("Deloitte Morocco", {"company"}),
    ("Fédération Nationale du Tourisme (FNT)", {"trade-body", "abbreviation"}),
    ("CGEM", {"trade-body", "acronym"}), ("Casablanca Finance City Authority", {"government"}),
]  # fmt: skip
_RESEARCH = ["Euromonitor International", "Kantar", "Ipsos Maroc", "Sunergia", "Statista", "Nielsen", "GlobalData",
             "Mordor Intelligence"]  # fmt: skip
_PRESS = ["L'Economiste", "Le Matin", "TelQuel", "Médias24", "Hespress", "Jeune Afrique", "Le360", "Finances News Hebdo",
          "La Vie Éco", "Morocco World News", "Le Monde", "Financial Times"]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Dunod", "Paris"), ("Vuibert", "Paris"),
               ("Éditions La Croisée des Chemins", "Casablanca"), ("Éditions Le Fennec", "Casablanca"),
               ("Presses Universitaires de France", "Paris"), ("Palgrave Macmillan", "Cham"), ("Sage", "London"),
               ("Economica", "Paris"), ("Springer", "Cham"), ("Emerald", "Bingley")]  # fmt: skip
_JOURNALS = ["Journal of Islamic Marketing", "Revue Française de Gestion", "Recherche et Applications en Marketing",
             "Revue Marocaine de Recherche en Management et Marketing", "Journal of Business Research",
             "International Journal of Emerging Markets", "Tourism Management", "Journal of North African Studies",
             "African Journal of Economic and Management Studies", "Décisions Marketing",
             "Revue Internationale des Sciences de Gestion", "Journal of Retailing and Consumer Services",
             "Journal of Destination Marketing & Management", "Telecommunications Policy"]  # fmt: skip
_TOPICS = ["mobile payment adoption", "halal branding", "Darija in advertising", "financial inclusion",
           "brand loyalty in telecoms", "riad tourism", "argan cooperatives", "modern retail", "country-of-origin effects",
           "Moroccan diaspora consumers", "e-commerce trust", "cash on delivery", "social media influencers",
           "Ramadan advertising", "destination image", "bancassurance", "fintech start-ups", "women's cooperatives",
           "fair trade cosmetics", "bottled water brands", "low-cost airlines", "customer satisfaction in banking",
           "omnichannel retail", "Amazigh identity in branding", "green consumption"]  # fmt: skip
_PLACES = ["Morocco", "Casablanca", "Marrakech", "the Souss-Massa region", "Tangier", "Fès", "North Africa", "the MENA region",
           "the Maghreb", "Agadir"]  # fmt: skip
_LAWS = [
    ("Loi n° 09-08 relative à la protection des personnes physiques à l'égard du traitement des données à caractère personnel", 2009),
    ("Loi n° 31-08 édictant des mesures de protection du consommateur", 2011),
    ("Loi n° 53-05 relative à l'échange électronique de données juridiques", 2007),
    ("Loi n° 104-12 relative à la liberté des prix et de la concurrence", 2014),
    ("Loi n° 43-20 relative aux services de confiance pour les transactions électroniques", 2020),
    ("Loi n° 112-12 relative aux coopératives", 2014),
    ("Dahir n° 1-09-15 portant promulgation de la loi n° 09-08", 2009),
    ("Loi n° 77-03 relative à la communication audiovisuelle", 2005),
]  # fmt: skip


class Blind267WorkFactory(WorkFactory):
    """Works that Moroccan and diaspora marketing candidates cite; a subclass, so no other pool changes."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 267)
        self.used: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.55:
            family, given = self.rng.choice(_MOROCCAN)
            return {"family": family, "given": given}
        if roll < 0.65:
            particle, family, given = self.rng.choice(_PARTICLED)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        family, given = self.rng.choice(_EUROPEAN)
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[38, 26, 16, 8, 5, 3, 2, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if all(p["family"] != person["family"] for p in people):
                people.append(person)
        return people

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    def year(self) -> int:
        return self.rng.randint(2009, 2025)

    def accessed(self) -> dict[str, list[list[int]]]:
        return {"date-parts": [[self.rng.randint(2023, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        topic, place = self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"The determinants of {topic}: evidence from {place}",
                 f"{topic[0].upper()}{topic[1:]} and consumer trust in {place}",
                 f"Understanding {topic} among young consumers in {place}",
                 f"{topic[0].upper()}{topic[1:]}: a qualitative study in {place}",
                 f"Le marketing face à {self.rng.choice(['la digitalisation', 'la jeunesse marocaine', 'la confiance', 'la diaspora'])} au Maroc"]  # fmt: skip
        return self.rng.choice(forms)

    def _url(self, domain: str) -> str:
        slug = self.fakers["fr_FR"].slug() if "fr_FR" in self.fakers else self.fakers["en_GB"].slug()
        return f"https://www.{domain}/{slug}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "organisation-web", "organisation-report", "government", "legislation",
             "market-research", "press", "web-person", "undated-web", "classic"],
            weights=[9, 5, 20, 11, 9, 10, 3, 8, 10, 4, 5, 6],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then a second work of the same organisation in the same year ("HCP, 2022a" and "2022b").
        if self.used and "issued" in record and self.rng.random() < 0.14:
            name, tags, issued = self.rng.choice(self.used)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.used.append((name, tags, record["issued"]))
        if "{YEAR}" in record.get("title", ""):  # an annual report is issued in its year or the next
            year = record["issued"]["date-parts"][0][0] - self.rng.randint(0, 1) if "issued" in record else 2022
            record["title"] = record["title"].replace("{YEAR}", str(year))
        self._accessed_after_issue(record)
        return super()._org_work(record, kind, name, tags)

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        if "{YEAR}" in record.get("title", ""):
            year = record["issued"]["date-parts"][0][0] if "issued" in record else 2024
            record["title"] = record["title"].replace("{YEAR}", str(year))
        self._accessed_after_issue(record)
        return super()._person_work(record, kind)

    @staticmethod
    def _accessed_after_issue(record: dict[str, Any]) -> None:
        """A web work is read after it was published: an access date before the issue date moves to the year's end."""
        if "accessed" in record and "issued" in record:
            issued = record["issued"]["date-parts"][0]
            accessed = record["accessed"]["date-parts"][0]
            if accessed[: len(issued)] < issued:
                record["accessed"] = {"date-parts": [[issued[0], 12, 28]]}
            record["issued"] = deepcopy(record["issued"])

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _classic(self) -> Work:
        authors, title, publisher, place, editions = self.rng.choice(_CLASSICS)
        year, edition = self.rng.choice(editions)
        record: dict[str, Any] = {"type": "book", "title": title,
                                  "author": [{"family": f, "given": g} for f, g in authors],
                                  "issued": {"date-parts": [[year]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if edition:
            record["edition"] = edition
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": f"{self.rng.choice(['Marketing in North Africa', 'Tourism in the Maghreb', 'Islamic marketing and branding', 'Le management au Maroc', 'Digital transformation in Africa'])}",
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 280))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{(start := self.rng.randint(1, 700))}-{start + self.rng.randint(8, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "issued": {"date-parts": [[self.year()]]}, "URL": self._url(self.rng.choice(["medium.com", "linkedin.com/pulse", "leseco.ma", "marketing.ma"])),
                                  "accessed": self.accessed()}  # fmt: skip
        return self._person_work(record, "web")

    def _organisation_web(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "webpage", "title": self._org_title(name),
                                  "URL": self._url(self._domain(name)), "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.8:
            record["issued"] = {"date-parts": [[self.year()]]}
        return self._org_work(record, "web", name, tags)

    def _organisation_report(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "report", "title": self._org_title(name),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": name.split(" (")[0],
                                  "publisher-place": self._place(tags)}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url(self._domain(name))
            record["accessed"] = self.accessed()
        return self._org_work(record, "report", name, tags)

    def _place(self, tags: set[str]) -> str:
        if "international" in tags:
            return self.rng.choice(["Washington, DC", "Geneva", "London"])
        return self.rng.choice(["Rabat", "Rabat", "Casablanca"])

    def _government(self) -> Work:
        name, tags = self.rng.choice([o for o in _ORGANISATIONS if "government" in o[1] or "international" in o[1]])
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._org_title(name),
                                  "issued": {"date-parts": [[self.year()]]}, "URL": self._url(self._domain(name)),
                                  "accessed": self.accessed()}  # fmt: skip
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, set(tags))

    def _legislation(self) -> Work:
        # Moroccan laws as these candidates list them: under the Kingdom, from the Bulletin Officiel.
        title, year = self.rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": "Bulletin Officiel", "publisher-place": "Rabat"}  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = "https://www.sgg.gov.ma/" + self.fakers["en_GB"].slug()
            record["accessed"] = self.accessed()
        name = self.rng.choice(["Royaume du Maroc", "Kingdom of Morocco"])
        return self._org_work(record, "report", name, {"government", "legislation"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.88 else None
        market = self.rng.choice(["bottled water", "mobile telecoms", "banking", "beauty and personal care", "grocery retail",
                                  "air travel", "dairy", "e-commerce", "hotels", "argan oil"])  # fmt: skip
        titles = [f"{market[0].upper()}{market[1:]} in Morocco", f"Morocco {market} market: size and forecast to 2030",
                  f"Baromètre {market} Maroc {year or 2024}", f"Consumer lifestyles in Morocco {year or 2023}",
                  f"Share of Moroccan adults using {market} services online, by age group"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": self._url(f"{name.split()[0].lower()}.com"), "accessed": self.accessed()}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org_work(record, "report", name, {"market-research"})

    def _press(self) -> Work:
        paper = self.rng.choice(_PRESS)
        year = self.year()
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._press_title(),
                                  "container-title": paper,
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url(self._domain(paper)), "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press", "apostrophe"} if "'" in paper else {"press"})

    def _undated_web(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "webpage", "title": self._org_title(name),
                                  "URL": self._url(self._domain(name)), "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.3:
            record["title"] = self._title()
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        return self._org_work(record, "web", name, tags | {"undated"})

    # ------------------------------------------------------------------ titles and domains
    def _org_title(self, name: str) -> str:
        """A title the body would publish; "{YEAR}" becomes the year it was issued (see _org_work)."""
        short = name.split(" (")[0]
        notes = [
            "emploi et chômage",
            "consommation des ménages",
            "tourisme",
            "inclusion financière",
            "commerce extérieur",
        ]
        if short in ("ANRT", "Agence Nationale de Réglementation des Télécommunications"):
            forms = [f"Tableau de bord du marché des télécommunications au Maroc, T{self.rng.randint(1, 4)} {{YEAR}}",
                     "Enquête de collecte des indicateurs TIC auprès des ménages et des individus {YEAR}"]  # fmt: skip
        elif short in ("HCP", "Haut-Commissariat au Plan"):
            forms = [f"Note d'information: {self.rng.choice(notes)}", "Enquête nationale sur la consommation et les dépenses des ménages",
                     "Le Maroc en chiffres {YEAR}", "Les indicateurs sociaux du Maroc"]  # fmt: skip
        elif short in ("World Bank", "International Monetary Fund", "UNCTAD", "GSMA", "DataReportal"):
            forms = [f"Morocco economic update: {self.rng.choice(['jobs', 'resilience', 'the road to recovery', 'water scarcity'])}",
                     "The mobile economy: Middle East and North Africa {YEAR}", "Digital {YEAR}: Morocco",
                     "World investment report {YEAR}", "Morocco: Article IV consultation"]  # fmt: skip
        elif "government" in {t for n, tags in _ORGANISATIONS if n == name for t in tags}:
            forms = ["Rapport annuel {YEAR}", "Rapport sur la stabilité financière", "Tourism in figures {YEAR}",
                     "Annual report on foreign trade {YEAR}", "Invest in Morocco: key sectors",
                     f"Note d'information: {self.rng.choice(notes)}", self._title()]  # fmt: skip
        else:
            forms = ["Rapport annuel {YEAR}", "Annual report {YEAR}", "Integrated report {YEAR}",
                     "Rapport ESG {YEAR}", f"About us: {self.rng.choice(['our history', 'our commitments', 'our values', 'sustainability'])}",
                     self._title()]  # fmt: skip
        return self.rng.choice(forms)

    def _press_title(self) -> str:
        forms = [f"{self.rng.choice(['Inwi', 'Maroc Telecom', 'Orange Maroc'])} mise sur la 5G avant la CAN",
                 "Le e-commerce marocain poursuit sa croissance", "Les Marocains et le paiement mobile",
                 f"{self.rng.choice(['Marjane', 'Label’Vie', 'Aswak Assalam'])} accélère dans la proximité",
                 "Royal Air Maroc unveils plan to quadruple its fleet", "Tourisme: nouveau record d'arrivées",
                 "Why Moroccan start-ups are raising more money", "Argan: les coopératives face à la concurrence",
                 self._title()]  # fmt: skip
        return self.rng.choice(forms)

    def _domain(self, name: str) -> str:
        base = "".join(ch for ch in name.split(" (")[0].lower() if ch.isascii() and ch.isalnum())[:18] or "site"
        return f"{base}.ma" if self.rng.random() < 0.6 else f"{base}.com"
