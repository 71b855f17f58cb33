"""The blind335 pool's works: what marketers at holiday parks, campsites, caravan and motorhome makers, glamping
operators, campervan-hire firms, outdoor brands and camping clubs in the UK, France, the Netherlands, Germany,
Portugal and Australia cite in CIM Level 6 and 7 reports and MBA assignments.

Books, chapters and tourism and marketing journals with one to eight authors, government and public bodies (with and
without their abbreviation, two works of one body in a year), firms' pages and annual reports with Ltd, plc, SAS,
B.V., GmbH, AG, SE, S.A. and Pty Ltd, trade bodies and clubs, the caravan and national press signed and unsigned,
market research with and without years, undated pages; Dutch names with "van", "van den" and "de", French names with
"de", "du" and "Le", German names with "von" and umlauts, Portuguese names with "da" and "dos", Australian and
British names. Written without reading the checker, its tests or any other pool.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_AU", "nl_NL", "de_DE", "fr_FR", "pt_PT"]
# Names as the region's scholars and journals print them: particles kept apart as reference managers store them.
_PARTICLE_NAMES = [("van", "Dijk", "Thijs"), ("van den", "Berg", "Lotte"), ("de", "Vries", "Sanne"),
                   ("van der", "Veen", "Joost"), ("de", "Jong", "Femke"), ("van", "Leeuwen", "Bram"),
                   ("de", "Grandpré", "François"), ("du", "Cluzel", "Hélène"), ("von", "Lüttwitz", "Katharina"),
                   ("von", "Bergen", "Moritz"), ("da", "Silva", "Ana"), ("dos", "Santos", "Pedro"),
                   ("da", "Costa", "Rui"), ("dos", "Reis", "Inês")]  # fmt: skip
_NAMES = [("Le Gall", "Yann"), ("Le Corre", "Maëlle"), ("Müller", "Jürgen"), ("Schröder", "Anja"),
          ("Köhler", "Lukas"), ("Weiß", "Sabine"), ("Brückner", "Jörg"), ("Gonçalves", "João"),
          ("Conceição", "Marta"), ("Simões", "Tiago"), ("Lefèvre", "Céline"), ("Dubois", "Aurélie"),
          ("Mercier", "Loïc"), ("Bakker", "Anouk"), ("Visser", "Ruud"), ("Janssen", "Eline"),
          ("O'Connell", "Siobhan"), ("McAllister", "Fraser"), ("Nguyen", "Linh"), ("Papadakis", "Nick"),
          ("Prideaux", "Bruce"), ("Caldicott", "Rachel"), ("Brooker", "Edward"), ("Hardy", "Anne"),
          ("Crompton", "John"), ("Lashley", "Conrad"), ("Wilson-Smith", "Claire"), ("Ó Súilleabháin", "Niamh")]  # fmt: skip
_JOURNALS = ["Tourism Management", "Journal of Travel Research", "Journal of Sustainable Tourism",
             "Annals of Tourism Research", "Journal of Outdoor Recreation and Tourism", "Tourism Recreation Research",
             "Journal of Hospitality and Tourism Management", "Journal of Marketing Management",
             "Current Issues in Tourism", "Journal of Vacation Marketing"]  # fmt: skip
_GOVERNMENT = [
    ("VisitBritain", {"government"}), ("VisitEngland", {"government"}),
    ("Office for National Statistics", {"government"}), ("Office for National Statistics (ONS)", {"government", "abbreviation"}),
    ("ONS", {"government", "acronym"}), ("Atout France", {"government"}),
    ("Institut national de la statistique et des études économiques (Insee)", {"government", "abbreviation"}),
    ("Insee", {"government", "acronym"}), ("Statistics Netherlands (CBS)", {"government", "abbreviation"}),
    ("CBS", {"government", "acronym"}), ("Destatis", {"government"}),
    ("Statistisches Bundesamt (Destatis)", {"government", "abbreviation"}),
    ("Instituto Nacional de Estatística (INE)", {"government", "abbreviation"}), ("INE", {"government", "acronym"}),
    ("Tourism Research Australia", {"government"}), ("European Commission", {"government"}),
    ("Visit Wales", {"government"}), ("VisitScotland", {"government"}), ("Turismo de Portugal", {"government"}),
]  # fmt: skip
_COMPANIES = [
    ("Haven Leisure Ltd", {"company"}), ("Parkdean Resorts UK Ltd", {"company"}), ("Pitchup.com Ltd", {"company"}),
    ("Huttopia SAS", {"company"}), ("Landal GreenParks B.V.", {"company"}), ("Roompot Vakanties B.V.", {"company"}),
    ("Knaus Tabbert AG", {"company"}), ("Erwin Hymer Group SE", {"company"}),
    ("Apollo Tourism & Leisure Ltd", {"company", "ampersand"}), ("Indie Campers S.A.", {"company"}),
    ("Park Holidays UK Ltd", {"company"}), ("Center Parcs (Operating Company) Ltd", {"company"}),
    ("Swift Group Ltd", {"company"}), ("Bailey of Bristol", {"company"}), ("Hoseasons", {"company"}),
    ("Eurocamp", {"company"}), ("Canvas Holidays Ltd", {"company"}), ("Yelloh! Village", {"company", "punctuation"}),
    ("Jayco Australia Pty Ltd", {"company"}), ("Goboony B.V.", {"company"}), ("Decathlon SE", {"company"}),
    ("Vango", {"company"}), ("Outwell", {"company"}), ("Thule Group", {"company"}), ("Dometic Group AB", {"company"}),
    ("Haven", {"company"}), ("Sykes Holiday Cottages", {"company"}),
]  # fmt: skip
_TRADE = [
    ("National Caravan Council (NCC)", {"trade-body", "abbreviation"}), ("National Caravan Council", {"trade-body"}),
    ("NCC", {"trade-body", "acronym"}),
    ("British Holiday & Home Parks Association (BH&HPA)", {"trade-body", "ampersand", "abbreviation"}),
    ("BH&HPA", {"trade-body", "ampersand", "acronym"}), ("Camping and Caravanning Club", {"trade-body"}),
    ("The Camping and Caravanning Club", {"trade-body"}), ("Caravan and Motorhome Club", {"trade-body"}),
    ("European Caravan Federation (ECF)", {"trade-body", "abbreviation"}),
    ("Caravan Industry Association of Australia", {"trade-body"}), ("ANWB", {"trade-body", "acronym"}),
    ("ADAC", {"trade-body", "acronym"}), ("Caravaning Industrie Verband (CIVD)", {"trade-body", "abbreviation"}),
    ("Fédération Nationale de l'Hôtellerie de Plein Air (FNHPA)", {"trade-body", "apostrophe", "abbreviation"}),
    ("Campsite Owners' Forum", {"trade-body", "apostrophe"}), ("Glamping Business Association", {"trade-body"}),
]  # fmt: skip
_RESEARCH = ["Mintel", "Statista", "Kantar", "YouGov", "GfK", "Euromonitor International",
             "UK Caravan and Camping Alliance", "Mintel", "Statista"]  # fmt: skip
_PRESS = ["Practical Caravan", "Practical Motorhome", "The Guardian", "The Times", "Le Monde", "De Volkskrant",
          "Süddeutsche Zeitung", "Público", "The Sydney Morning Herald", "Caravan Industry & Park Business",
          "Camping & Caravanning", "The Telegraph"]  # fmt: skip
_TOPICS = ["glamping", "staycations", "holiday parks", "motorhome ownership", "campervan hire", "caravan touring",
           "wild camping", "online pitch booking", "peer-to-peer motorhome rental", "holiday-home ownership",
           "eco-campsites", "outdoor recreation", "family camping", "second-home tourism", "drive tourism",
           "camping-club membership", "van life", "sustainable tourism", "rural tourism", "nature-based tourism",
           "holiday-park reviews", "dynamic pricing of pitches", "lodge sales", "off-grid camping"]  # fmt: skip
_MARKETS = ["caravan and camping holidays", "holiday parks", "glamping", "motorhomes", "campervan rental",
            "camping equipment", "static caravans", "holiday lodges", "outdoor clothing and equipment",
            "leisure vehicles", "touring caravans", "domestic holidays"]  # fmt: skip
# The marketing and tourism texts every candidate cites: (authors, year, title, edition, publisher, place).
_CLASSICS = [
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane")], 2016, "Marketing management", "15", "Pearson", "Harlow"),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], 2019, "Digital marketing", "7", "Pearson", "Harlow"),
    ([("Middleton", "Victor T.C."), ("Fyall", "Alan"), ("Morgan", "Michael"), ("Ranchhod", "Ashok")], 2009,
     "Marketing in travel and tourism", "4", "Butterworth-Heinemann", "Oxford"),
    ([("Kotler", "Philip"), ("Bowen", "John T."), ("Makens", "James C."), ("Baloglu", "Seyhmus")], 2017,
     "Marketing for hospitality and tourism", "7", "Pearson", "Boston"),
    ([("Morrison", "Alastair M.")], 2019, "Marketing and managing tourism destinations", "2", "Routledge", "Abingdon"),
    ([("Jobber", "David"), ("Ellis-Chadwick", "Fiona")], 2023, "Principles and practice of marketing", "10",
     "McGraw-Hill", "London"),
    ([("Pine", "B. Joseph"), ("Gilmore", "James H.")], 1999, "The experience economy", None, "Harvard Business School Press", "Boston"),
    ([("Urry", "John"), ("Larsen", "Jonas")], 2011, "The tourist gaze 3.0", "3", "Sage", "London"),
]  # fmt: skip
_PLACES = ["UK", "England", "France", "the Netherlands", "Germany", "Portugal", "Australia", "Europe", "Scotland",
           "Wales", "Cornwall", "Brittany", "Queensland"]  # fmt: skip


class Blind335WorkFactory(WorkFactory):
    """Works cited by holiday-park, caravan, glamping and camping marketers in six countries."""

    KINDS = ("book", "chapter", "journal", "report", "web", "news")

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 41 + 335)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.dated: list[tuple[str, set[str], dict[str, Any], str]] = []
        self.family = ""  # which table the organisation came from: works are paired only within one
        self.classics = list(range(len(_CLASSICS)))

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.16:
            particle, family, given = self.rng.choice(_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.34:
            family, given = self.rng.choice(_NAMES)
            return {"family": family, "given": given}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        words = family.split()
        if len(words) > 1 and words[0].islower():  # "van den Berg" from Faker: the particle apart
            particle = []
            while len(words) > 1 and words[0].islower():
                particle.append(words.pop(0))
            return {"family": " ".join(words), "given": given, "non-dropping-particle": " ".join(particle)}
        if self.rng.random() < 0.06:
            family = f"{family}-{self.fakers['en_GB'].last_name()}"
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        roll = self.rng.random()
        table = _GOVERNMENT if roll < 0.3 else _COMPANIES if roll < 0.65 else _TRADE
        name, tags = self.rng.choice(table)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.05:  # the classics still cited
            return self.rng.randint(1976, 1999)
        return self.rng.randint(2010, 2025)

    def accessed(self) -> dict[str, list[list[int]]]:
        return {"date-parts": [[self.rng.randint(2024, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        place = self.rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}: motivations and constraints",
                 f"Understanding {topic}: evidence from {place}", f"{topic[0].upper()}{topic[1:]} and {other}",
                 f"The marketing of {topic} after COVID-19", f"Who goes {topic}? Segmenting visitors in {place}",
                 f"Authenticity, nature and comfort in {topic}", f"Digital channels and {topic}",
                 f"{topic[0].upper()}{topic[1:]}: a review and research agenda",
                 f"Sustainability claims in {topic}", f"Trust and online reviews in {topic}"]  # fmt: skip
        return self.rng.choice(forms)

    def _url(self, name: str) -> str:
        slug = "".join(ch for ch in name.split(" (")[0].lower() if ch.isalnum())[:18] or "site"
        return f"https://www.{slug}.com/{self.fakers['en_GB'].slug()}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "government", "company", "trade", "market-research", "press", "web-person",
             "classic"],
            weights=[9, 6, 23, 12, 13, 9, 10, 10, 5, 5],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Two works of one body in one year now and then ("VisitBritain, 2023a" and "2023b").
        same = [entry for entry in self.dated if entry[3] == self.family]
        if same and "issued" in record and self.rng.random() < 0.14:
            name, tags, issued, _family = self.rng.choice(same)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if record.get("publisher") and kind == "report" and self.family != "research":
                record["publisher"] = name.split(" (")[0]
            if "URL" in record and self.family != "press":
                record["URL"] = self._url(name)
        if "issued" in record:
            self.dated.append((name, tags, record["issued"], self.family))
        self._after_issue(record)
        return super()._org_work(record, kind, name, tags)

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        self._after_issue(record)
        return super()._person_work(record, kind)

    def _after_issue(self, record: dict[str, Any]) -> None:
        """A web work is read after it appeared: one issued in 2024 or later was read in 2025."""
        if "accessed" in record and "issued" in record and record["issued"]["date-parts"][0][0] >= 2024:
            record["accessed"]["date-parts"][0][0] = 2025

    def _book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self._title(), "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "CABI", "Channel View Publications", "Goodfellow Publishers",
                                          "Pearson", "Sage", "Kogan Page", "Edward Elgar", "Springer"]),
            "publisher-place": self.rng.choice(["Abingdon", "Wallingford", "Bristol", "Oxford", "Harlow", "London", "Cham", "Cheltenham"]),
        }  # fmt: skip
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _classic(self) -> Work:
        """A textbook every candidate cites, each at most once in a report."""
        if not self.classics:
            return self._book()
        authors, year, title, edition, publisher, place = _CLASSICS[
            self.classics.pop(self.rng.randrange(len(self.classics)))
        ]
        record: dict[str, Any] = {"type": "book", "title": title, "author": [{"family": f, "given": g} for f, g in authors],
                                  "issued": {"date-parts": [[year]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if edition:
            record["edition"] = edition
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        start = self.rng.randint(1, 300)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["Caravan and camping tourism: concepts and cases",
                                                "The Routledge handbook of tourism marketing", "Glamping: new directions",
                                                "Drive tourism: trends and emerging markets", "Outdoor recreation and tourism"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Routledge", "CABI", "Channel View Publications"]),
            "publisher-place": self.rng.choice(["Abingdon", "Wallingford", "Bristol"]), "page": f"{start}-{start + self.rng.randint(10, 25)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 1400)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 105)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.choice(['1016', '1080', '1177'])}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "URL": self._url(self.rng.choice(["campingblog", "vanlifediaries", "glampingguide"])),
                                  "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.8:
            record["issued"] = {"date-parts": [[self.rng.randint(2015, 2024)]]}
        return self._person_work(record, "web")

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        place = self.rng.choice(_PLACES)
        year = self.rng.randint(2012, 2024)
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": self.rng.choice([f"Domestic tourism in {place}: {year - 1} results",
                                      f"Campsite occupancy statistics, {self.rng.choice(['summer', 'annual', 'Q3'])} {year - 1}",
                                      f"Holiday intentions tracker wave {self.rng.randint(2, 40)}",
                                      "Travel trends: overnight stays by accommodation type", self._title()]),
            "issued": {"date-parts": [[year]]}, "URL": self._url(name), "accessed": self.accessed(),
        }  # fmt: skip
        kind = "report" if record["type"] == "report" else "web"
        self.family = "government"
        if kind == "report":
            record["publisher"] = name.split(" (")[0]
        return self._org_work(record, kind, name, tags)

    def _company(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        if self.rng.random() < 0.45:
            year = self.rng.randint(2016, 2024)
            record: dict[str, Any] = {"type": "report", "title": self.rng.choice([f"Annual report and accounts {year}",
                                      f"Sustainability report {year}", f"Geschäftsbericht {year}", f"Jaarverslag {year}"]),
                                      "issued": {"date-parts": [[year]]}, "publisher": name, "URL": self._url(name),
                                      "accessed": self.accessed()}  # fmt: skip
            self.family = "company"
            return self._org_work(record, "report", name, tags)
        record = {"type": "webpage", "title": self.rng.choice(["About us", "Our story", "Our sustainability commitments",
                  "Why book with us", "Glamping pods and lodges", "Holiday homes for sale", "Motorhome hire FAQs",
                  "Press centre", self._title()]), "URL": self._url(name), "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.65:
            record["issued"] = {"date-parts": [[self.rng.randint(2016, 2024)]]}
        self.family = "company"
        return self._org_work(record, "web", name, tags)

    def _trade(self) -> Work:
        name, tags = self.rng.choice(_TRADE)
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": self.rng.choice(["Industry facts and figures", "The economic impact of the UK holiday park sector",
                                      f"Annual review {self.rng.randint(2018, 2024)}", "Touring trends survey",
                                      "European caravanning registrations", "Membership survey results", self._title()]),
            "URL": self._url(name), "accessed": self.accessed(),
        }  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        if self.rng.random() < 0.82:
            record["issued"] = {"date-parts": [[self.rng.randint(2014, 2024)]]}
        self.family = "trade"
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        market, place = self.rng.choice(_MARKETS), self.rng.choice(_PLACES)
        year = self.rng.randint(2018, 2024) if self.rng.random() < 0.88 else None
        titles = [f"{market[0].upper()}{market[1:]} - {place} - {self.rng.choice(['March', 'July', 'October'])} {year or 2024}",
                  f"{market[0].upper()}{market[1:]} in {place}: market report {year or 2023}",
                  f"Number of {market} trips in {place} from 2019 to 2024", f"{place} {market} market size forecast to 2030",
                  f"Share of adults in {place} planning a {market} break in {year or 2024}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": self._url(name), "accessed": self.accessed()}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        self.family = "research"
        return self._org_work(record, "report", name, {"market-research"})

    def _press(self) -> Work:
        year = self.rng.randint(2014, 2024)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url("news"), "accessed": self.accessed(),
        }  # fmt: skip
        if self.rng.random() < 0.75:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        self.family = "press"
        return self._org_work(record, "news", record["container-title"], {"press"})
