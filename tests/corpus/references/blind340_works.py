"""The blind340 pool's works: what marketers at airports, duty-free and travel-retail operators, lounges, parking and
transfer firms and airport hotels in the UK, Ireland, the Netherlands, the UAE, Singapore and South Africa cite in
CIM Level 6 and 7 reports and MBA assignments. Written without reading the checker or any other pool.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_IE", "nl_NL", "en_GB", "zu_ZA", "en_IN"]
# Names as they are printed on papers and reports of this region (family, given, particle).
_NAMES = [
    ("Berg", "Sanne", "van den"), ("Merwe", "Pieter", "van der"), ("Vries", "Maarten", "de"), ("Dijk", "Femke", "van"),
    ("Wal", "Joost", "van der"), ("Graaf", "Lieke", "de"), ("Heerden", "Annelie", "van"), ("Plessis", "Marlize", "du"),
    ("Toit", "Riaan", "du"), ("Wyk", "Johan", "van"), ("Jong", "Bas", "de"), ("Klerk", "Elsa", "de"),
    ("Al-Maktoum", "Rashid", ""), ("Al-Hashimi", "Mariam", ""), ("El-Amin", "Khalid", ""), ("El Khoury", "Nadia", ""),
    ("Al-Shamsi", "Aisha", ""), ("bin Zayed", "Hamdan", ""), ("Al Suwaidi", "Omar", ""), ("Haddad", "Layla", ""),
    ("Tan", "Wei Ling", ""), ("Lim", "Boon Heng", ""), ("Ng", "Hui Min", ""), ("Goh", "Kian Seng", ""),
    ("Chua", "Mei Xuan", ""), ("Koh", "Jun Jie", ""), ("Rahman", "Nurul Aini", ""), ("Ismail", "Faizal", ""),
    ("Abdullah", "Siti Nurhaliza", ""), ("Subramaniam", "Kavitha", ""), ("Rajaratnam", "Arun", ""),
    ("Pillai", "Devi", ""), ("Nair", "Suresh", ""), ("McKenzie", "Thandi", ""), ("Nkosi", "Sipho", ""),
    ("Dlamini", "Lerato", ""), ("Naidoo", "Prenisha", ""), ("Mokoena", "Thabo", ""), ("O'Brien", "Siobhán", ""),
    ("O'Sullivan", "Ciarán", ""), ("MacCarthy", "Aoife", ""), ("Ó Súilleabháin", "Pádraig", ""),
    ("Ní Bhriain", "Órla", ""), ("O'Connell", "Eimear", ""), ("MacNamara", "Donal", ""), ("McGrath", "Niamh", ""),
    ("Graham", "Anne", ""), ("Halpern", "Nigel", ""), ("Smith-Jones", "Hannah", ""), ("Zürcher", "Lukas", ""),
]  # fmt: skip
_ORGANISATIONS = [
    ("Civil Aviation Authority (CAA)", {"government", "abbreviation"}), ("Civil Aviation Authority", {"government"}),
    ("CAA", {"government", "acronym"}), ("Department for Transport", {"government"}),
    ("Department for Transport (DfT)", {"government", "abbreviation"}), ("Office for National Statistics", {"government"}),
    ("ONS", {"government", "acronym"}), ("Commission for Aviation Regulation (CAR)", {"government", "abbreviation"}),
    ("Centraal Bureau voor de Statistiek (CBS)", {"government", "abbreviation"}), ("Statistics Netherlands", {"government"}),
    ("Dubai Statistics Center", {"government"}), ("Civil Aviation Authority of Singapore (CAAS)", {"government", "abbreviation"}),
    ("Singapore Department of Statistics", {"government"}), ("Statistics South Africa", {"government"}),
    ("Stats SA", {"government", "acronym"}), ("European Commission", {"government"}),
    ("International Civil Aviation Organization (ICAO)", {"government", "abbreviation"}),
    ("Heathrow Airport Holdings Ltd", {"company"}), ("Heathrow Airport Ltd", {"company"}), ("Gatwick Airport Ltd", {"company"}),
    ("Manchester Airports Group plc", {"company"}), ("MAG", {"company", "acronym"}), ("daa plc", {"company"}),
    ("Royal Schiphol Group N.V.", {"company"}), ("Avolta AG", {"company"}), ("Dufry AG", {"company"}),
    ("Changi Airport Group (Singapore) Pte Ltd", {"company", "abbreviation"}), ("Airports Company South Africa SOC Ltd", {"company"}),
    ("Collinson Group Ltd", {"company"}), ("Holiday Extras Ltd", {"company"}), ("Dubai Airports", {"company"}),
    ("Dubai Duty Free", {"company"}), ("Emirates Group", {"company"}), ("Edinburgh Airport Ltd", {"company"}),
    ("Lagardère Travel Retail", {"company"}), ("Airports Council International (ACI)", {"trade-body", "abbreviation"}),
    ("ACI World", {"trade-body"}), ("ACI Europe", {"trade-body"}), ("Airport Operators Association (AOA)", {"trade-body", "abbreviation"}),
    ("International Air Transport Association (IATA)", {"trade-body", "abbreviation"}), ("IATA", {"trade-body", "acronym"}),
    ("Duty Free World Council", {"trade-body"}), ("Tax Free World Association (TFWA)", {"trade-body", "abbreviation"}),
    ("Skytrax", {"company"}), ("Which?", {"trade-body", "punctuation"}), ("Parking & Transfer Alliance", {"trade-body", "ampersand"}),
    ("Marks & Spencer Travel", {"company", "ampersand"}), ("Travellers' Lounge Network", {"company", "apostrophe"}),
]  # fmt: skip
_PRESS = [("The Moodie Davitt Report", "press"), ("TR Business", "press"), ("Airport World", "press"),
          ("The Guardian", "press"), ("The Times", "press"), ("The Irish Times", "press"), ("NRC", "press"),
          ("Gulf News", "press"), ("The Straits Times", "press"), ("Business Day", "press")]  # fmt: skip
_MARKET_RESEARCH = ["Generation Research", "Mintel", "Statista", "Kantar", "YouGov", "Euromonitor International",
                    "Skytrax"]  # fmt: skip
_JOURNALS = ["Journal of Air Transport Management", "Journal of Airport Management", "Transport Policy",
             "Tourism Management", "Journal of Retailing and Consumer Services",
             "International Journal of Hospitality Management", "Research in Transportation Business & Management",
             "Journal of Marketing Management"]  # fmt: skip
_TOPICS = ["non-aeronautical revenue", "airport retail dwell time", "travel retail conversion", "duty-free pricing",
           "airport lounge loyalty", "fast-track security", "pre-booked parking", "airport car park yield",
           "passenger experience", "airport digital channels", "click and collect at airports", "airport hotel demand",
           "frequent flyer programmes", "walk-through duty-free stores", "airport app adoption",
           "drop-off charges", "transfer passengers' spending", "Chinese travellers' spending", "airport wayfinding",
           "the airport as a destination", "service quality at hub airports", "ancillary revenue"]  # fmt: skip
_CLASSICS = [
    ("book", "Marketing management", [("Kotler", "Philip", ""), ("Keller", "Kevin Lane", "")], 2016, "Pearson", "Harlow"),
    ("book", "Services marketing: integrating customer focus across the firm", [("Zeithaml", "Valarie A.", ""), ("Bitner", "Mary Jo", ""), ("Gremler", "Dwayne D.", "")], 2018, "McGraw-Hill", "New York"),
    ("book", "Digital marketing: strategy, implementation and practice", [("Chaffey", "Dave", ""), ("Ellis-Chadwick", "Fiona", "")], 2019, "Pearson", "Harlow"),
    ("book", "The airport business", [("Doganis", "Rigas", "")], 1992, "Routledge", "London"),
    ("book", "Managing airports: an international perspective", [("Graham", "Anne", "")], 2018, "Routledge", "Abingdon"),
    ("book", "Exploring strategy", [("Johnson", "Gerry", ""), ("Whittington", "Richard", ""), ("Scholes", "Kevan", ""), ("Angwin", "Duncan", ""), ("Regnér", "Patrick", "")], 2020, "Pearson", "Harlow"),
    ("book", "Airport retailing: a strategic view", [("Freathy", "Paul", "")], 2004, "Routledge", "London"),
]  # fmt: skip


class Blind340WorkFactory(WorkFactory):
    """Works of airports, travel retail, lounges and parking: scholars of the region, public bodies of six
    countries, airport groups and retailers with Ltd, plc, N.V., AG, SOC Ltd and Pte Ltd, trade bodies, press and
    market research, undated pages and one organisation's two works in a year."""

    KINDS = ("book", "chapter", "journal", "web", "government", "company-report", "market-research", "news",
             "classic")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 340)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.dated: list[tuple[str, set[str], dict[str, Any]]] = []

    def person(self) -> dict[str, str]:
        if self.rng.random() < 0.55:
            family, given, particle = self.rng.choice(_NAMES)
            name = {"family": family, "given": given}
            if particle:
                name["non-dropping-particle"] = particle
            return name
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        words = family.split()
        if len(words) > 1 and words[0].islower():
            return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
        if self.rng.random() < 0.05:
            family = self.rng.choice(["O'", "Mac", "Mc"]) + self.fakers["en_GB"].last_name().split("-")[0]
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1975, 1999)
        return self.rng.randint(2009, 2024)

    def accessed(self) -> dict[str, list[list[int]]]:
        return {"date-parts": [[2025, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]} at European hub airports",
                 f"Understanding {topic}: evidence from {self.rng.choice(['Heathrow', 'Dublin', 'Schiphol', 'Dubai', 'Changi', 'O.R. Tambo'])}",
                 f"{topic[0].upper()}{topic[1:]} after the pandemic", f"What drives {topic}?",
                 f"{topic[0].upper()}{topic[1:]} and passenger satisfaction",
                 f"Rethinking {topic} in a digital age", f"{topic[0].upper()}{topic[1:]}: a review"]  # fmt: skip
        return self.rng.choice(forms)

    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "organisation-web", "organisation-report", "government", "market-research",
             "news", "classic", "undated-web"],
            weights=[10, 5, 24, 14, 10, 9, 9, 10, 4, 5],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[30, 28, 18, 9, 6, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 120)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(8, 24)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.1016/j.{self.rng.choice(['jairtraman', 'tranpol', 'tourman', 'jretconser', 'ijhm', 'rtbm'])}.{self.rng.randint(2010, 2024)}.{self.rng.randint(100000, 999999)}"
            )
        return self._person_work(record, "journal")

    def _book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self._title(), "author": self._people(4),
            "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "Kogan Page", "Goodfellow", "Pearson", "Emerald", "CABI"]),
            "publisher-place": self.rng.choice(["Abingdon", "London", "Oxford", "Bingley", "Wallingford", "Harlow"]),
        }  # fmt: skip
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["The Routledge companion to air transport management",
                                                "Airport marketing", "Travel retail and the passenger",
                                                "Contemporary issues in hospitality marketing"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": "Routledge", "publisher-place": "Abingdon",
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _classic(self) -> Work:
        kind, title, authors, year, publisher, place = self.rng.choice(_CLASSICS)
        names = []
        for family, given, particle in authors:
            name = {"family": family, "given": given}
            if particle:
                name["non-dropping-particle"] = particle
            names.append(name)
        record: dict[str, Any] = {"type": kind, "title": title, "author": names, "issued": {"date-parts": [[year]]},
                                  "publisher": publisher, "publisher-place": place}  # fmt: skip
        work = self._person_work(record, "classic")
        return work

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then one organisation's second work of a year ("IATA, 2023a" and "2023b").
        if self.dated and "issued" in record and self.rng.random() < 0.14:
            name, tags, issued = self.rng.choice(self.dated)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if record.get("publisher") and kind in ("report", "company-report"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated.append((name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _url(self, name: str) -> str:
        slug = "".join(ch for ch in name.split(" (")[0].lower() if ch.isalnum())[:18] or "site"
        return f"https://www.{slug}.com/{self.fakers['en_GB'].slug()}"

    def _organisation_web(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url(name),
                                  "accessed": self.accessed(), "issued": {"date-parts": [[self.year()]]}}  # fmt: skip
        return self._org_work(record, "web", name, tags)

    def _undated_web(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url(name),
                                  "accessed": self.accessed()}  # fmt: skip
        return self._org_work(record, "web", name, tags | {"undated"})

    def _organisation_report(self) -> Work:
        name, tags = self.rng.choice([o for o in _ORGANISATIONS if "company" in o[1]])
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report and accounts {year}", f"Sustainability report {year}",
                                                        f"Capital markets day {year}", self._title()]),
            "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0],
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = self._url(name)
            record["accessed"] = self.accessed()
        return self._org_work(record, "company-report", name, set(tags))

    def _government(self) -> Work:
        name, tags = self.rng.choice([o for o in _ORGANISATIONS if "government" in o[1]])
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": self.rng.choice([f"Airport data {self.rng.randint(2015, 2024)}", "Passenger survey report",
                                      "Aviation statistics", "Travel trends", "Air passenger rights review",
                                      self._title()]),
            "issued": {"date-parts": [[self.year()]]}, "URL": self._url(name), "accessed": self.accessed(),
        }  # fmt: skip
        return self._org_work(record, "government", name, set(tags))

    def _market_research(self) -> Work:
        name = self.rng.choice(_MARKET_RESEARCH)
        year = self.year()
        market = self.rng.choice(
            [
                "travel retail",
                "airport lounges",
                "airport parking",
                "duty-free beauty",
                "airport hotels",
                "airport transfers",
                "travel insurance",
            ]
        )
        country = self.rng.choice(["UK", "Ireland", "the Netherlands", "the UAE", "Singapore", "South Africa"])
        title = self.rng.choice([f"{market.capitalize()} - {country} - {year}", f"{market.capitalize()} in {country}",
                                 f"World Airport Awards {year}: passenger survey" if name == "Skytrax" else f"{market.capitalize()}: consumer trends {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name, "URL": self._url(name),
                                  "accessed": self.accessed(), "issued": {"date-parts": [[year]]}}  # fmt: skip
        return self._org_work(record, "market-research", name, {"market-research"})

    def _news(self) -> Work:
        paper, _ = self.rng.choice(_PRESS)
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": paper,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(paper), "accessed": self.accessed(),
        }  # fmt: skip
        if self.rng.random() < 0.75:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})
