"""The blind353 pool's works: what marketers at bus, tram, bike-share, e-scooter, ride-hailing and ticketing firms
and transport authorities in the UK, Ireland, Poland, Nigeria, Brazil and New Zealand cite in CIM Level 6 and 7
reports and MBA assignments. Written without reading the checker, its tests or any other pool. HELD OUT."""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "report", "web", "news")

# (family, given, particle) as their own scholars and journals print them
_PEOPLE = [
    ("Wójcik", "Małgorzata", ""), ("Kowalczyk", "Paweł", ""), ("Łukasiewicz", "Zofia", ""), ("Nowak", "Tomasz", ""),
    ("Woźniak", "Agnieszka", ""), ("Przybyłowski", "Adam", ""), ("Żurawski", "Michał", ""), ("Ślusarczyk", "Beata", ""),
    ("Adeyemi", "Oluwaseun", ""), ("Okafor", "Chukwuemeka", ""), ("Bello", "Aminu", ""), ("Adebayo", "Folake", ""),
    ("Nwachukwu", "Ifeoma", ""), ("Abubakar", "Hauwa", ""), ("Ogunleye", "Babatunde", ""), ("Eze", "Chidinma", ""),
    ("Silva", "Marcos", "da"), ("Santos", "Ana Paula", "dos"), ("Oliveira", "Rafael", "de"), ("Souza", "Juliana", "de"),
    ("Pereira", "Luiz Carlos", ""), ("Ferreira", "Camila", ""), ("Costa", "Thiago", "da"),
    ("Ngata", "Hēmi", ""), ("Te Whata", "Mere", ""), ("Parata", "Tāne", ""), ("Walker", "Aroha", ""),
    ("O'Mahony", "Declan", ""), ("MacCarthy", "Siobhán", ""), ("Ní Bhriain", "Aoife", ""), ("O'Sullivan", "Ciarán", ""),
    ("McNally", "Eoin", ""), ("Caulfield", "Brian", ""), ("Carroll", "Páraic", ""),
    ("Marsden", "Greg", ""), ("Docherty", "Iain", ""), ("Lyons", "Glenn", ""), ("Goodwin", "Phil", ""),
    ("White", "Peter", ""), ("Preston", "John", ""), ("Jain", "Juliet", ""), ("Mulley", "Corinne", ""),
    ("Hensher", "David A.", ""), ("Cervero", "Robert", ""), ("Shaheen", "Susan", ""), ("Fishman", "Elliot", ""),
]  # fmt: skip
_ORGS: list[tuple[str, set[str]]] = [
    ("Department for Transport", {"government"}), ("Department for Transport (DfT)", {"government", "abbreviation"}),
    ("Office of Rail and Road", {"government"}), ("Competition and Markets Authority (CMA)", {"government", "abbreviation"}),
    ("Office for National Statistics", {"government"}), ("National Transport Authority", {"government"}),
    ("Central Statistics Office (CSO)", {"government", "abbreviation"}), ("Statistics Poland (GUS)", {"government", "abbreviation"}),
    ("Urząd Transportu Kolejowego", {"government"}), ("Lagos Metropolitan Area Transport Authority (LAMATA)", {"government", "abbreviation"}),
    ("National Bureau of Statistics", {"government"}), ("Instituto Brasileiro de Geografia e Estatística (IBGE)", {"government", "abbreviation"}),
    ("Waka Kotahi NZ Transport Agency", {"government"}), ("Stats NZ", {"government"}), ("International Transport Forum", {"government"}),
    ("Stagecoach Group Ltd", {"company"}), ("FirstGroup plc", {"company"}), ("Arriva plc", {"company"}),
    ("The Go-Ahead Group plc", {"company"}), ("Mobico Group plc", {"company"}), ("Neutron Holdings, Inc.", {"company", "comma"}),
    ("Voi Technology AB", {"company"}), ("Bolt Technology OÜ", {"company"}), ("Uber Technologies, Inc.", {"company", "comma"}),
    ("Dublin Bus", {"company"}), ("Miejskie Przedsiębiorstwo Komunikacyjne S.A.", {"company"}), ("Auckland Transport", {"government"}),
    ("Confederation of Passenger Transport (CPT)", {"abbreviation"}), ("Transport Focus", set()),
    ("Campaign for Better Transport", set()), ("Urban Transport Group", set()), ("UITP", {"abbreviation"}),
    ("Izba Gospodarcza Komunikacji Miejskiej (IGKM)", {"abbreviation"}), ("Bus Users UK", set()),
    ("Micromobility Industries", set()), ("Living Streets", set()), ("Rio Ônibus", {"company"}),
    ("SPTrans", {"company"}), ("Transport for London", {"government"}), ("Transport for Greater Manchester", {"government"}),
    ("Lothian Buses Ltd", {"company"}), ("Bus Éireann", {"company"}), ("Citymapper Ltd", {"company"}),
    ("Trainline plc", {"company"}), ("Tier Mobility SE", {"company"}), ("FREE NOW", {"company"}),
    ("Snapper Services Ltd", {"company"}), ("Marks & Clerk Transport Consultants", {"ampersand", "company"}),
    ("Steer & Partners Ltd", {"ampersand", "company"}), ("Women's Transportation Seminar", {"apostrophe"}),
    ("Transdev Blazefield Ltd", {"company"}), ("Metroplan Orientação Ltda.", {"company"}), ("Transdev Dublin Light Rail DAC", {"company"}),
]  # fmt: skip
_MR = ["Mintel", "Statista", "Kantar", "YouGov", "Transport Focus", "Euromonitor International", "Ipsos"]
_PRESS = ["The Guardian", "The Times", "BBC News", "The Irish Times", "Gazeta Wyborcza", "Punch", "The Guardian Nigeria",
          "Folha de S.Paulo", "The New Zealand Herald", "Route One", "Passenger Transport"]  # fmt: skip
_JOURNALS = ["Transport Policy", "Transportation Research Part A: Policy and Practice", "Journal of Transport Geography",
             "Research in Transportation Business & Management", "Case Studies on Transport Policy",
             "Journal of Public Transportation", "Journal of Services Marketing", "Journal of Marketing Management"]  # fmt: skip
_TOPICS = ["bus fare caps", "contactless ticketing", "bus franchising", "e-scooter safety", "ride-hailing regulation",
           "real-time passenger information", "accessible buses", "bike-share adoption", "mobility as a service",
           "bus rapid transit", "tram patronage", "passenger satisfaction", "fare-free public transport",
           "app-based ticketing", "driver recruitment", "demand-responsive transport", "customer loyalty in public transport"]  # fmt: skip
_PLACES = ["Greater Manchester", "London", "Dublin", "Kraków", "Warsaw", "Lagos", "São Paulo", "Curitiba",
           "Auckland", "Wellington", "Edinburgh", "Poznań", "Wrocław", "Rio de Janeiro"]  # fmt: skip
_CLASSICS = [  # the marketing texts every candidate cites
    ("book", [("Kotler", "Philip"), ("Keller", "Kevin Lane")], "Marketing management", "Pearson", "Harlow"),
    ("book", [("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow"),
    ("book", [("Zeithaml", "Valarie A."), ("Bitner", "Mary Jo"), ("Gremler", "Dwayne D.")], "Services marketing: integrating customer focus across the firm", "McGraw-Hill", "New York"),
    ("book", [("Lovelock", "Christopher"), ("Wirtz", "Jochen")], "Services marketing: people, technology, strategy", "World Scientific", "Singapore"),
    ("book", [("Jobber", "David"), ("Ellis-Chadwick", "Fiona")], "Principles and practice of marketing", "McGraw-Hill", "London"),
    ("book", [("Vickerman", "Roger")], "International encyclopedia of transportation", "Elsevier", "Amsterdam"),
]  # fmt: skip


class Blind353WorkFactory(WorkFactory):
    """Buses and urban mobility: transport scholars from six countries, operators, authorities and campaigners."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 353)
        self._used_orgs: list[tuple[str, set[str]]] = []

    def person(self) -> dict[str, str]:
        if self.rng.random() < 0.75:
            family, given, particle = self.rng.choice(_PEOPLE)
            name = {"family": family, "given": given}
            if particle:
                name["non-dropping-particle"] = particle
            return name
        fake = self.fakers["en_GB"]
        return {"family": fake.last_name(), "given": fake.first_name()}

    def organisation(self) -> tuple[str, set[str]]:
        # now and then the same organisation again, so one body has two works in a year
        if self._used_orgs and self.rng.random() < 0.25:
            name, tags = self.rng.choice(self._used_orgs)
            return name, set(tags)
        name, tags = self.rng.choice(_ORGS)
        self._used_orgs.append((name, tags))
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.04:
            return self.rng.randint(1968, 1999)
        return self.rng.randint(2012, 2025)

    def _title(self) -> str:
        topic, place = self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"What passengers want from {topic}",
                 f"{topic[0].upper()}{topic[1:]}: evidence from {place}", f"The effect of {topic} on ridership",
                 f"Marketing {topic} to young people in {place}", f"{topic[0].upper()}{topic[1:]} and the customer experience"]  # fmt: skip
        return self.rng.choice(forms)

    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "organisation-web", "organisation-report", "market-research", "press",
             "classic", "undated-web"],
            weights=[8, 5, 26, 16, 14, 8, 10, 7, 6],
        )[0]  # fmt: skip
        work = getattr(self, "_" + kind.replace("-", "_"))()
        record = work.record
        if "accessed" in record and "issued" in record:  # a page is read after it is published
            issued = record["issued"]["date-parts"][0]
            if record["accessed"]["date-parts"][0][: len(issued)] < issued:
                year = issued[0] + 1 if issued[0] < 2025 else 2025
                record["accessed"] = {
                    "date-parts": [
                        [year, 12, 28]
                        if year == issued[0]
                        else [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
                    ]
                }
        return work

    def _journal(self) -> Work:
        work = super()._journal()
        work.record["container-title"] = self.rng.choice(_JOURNALS)
        work.record["title"] = self._title()
        return work

    def _chapter(self) -> Work:
        work = super()._chapter()
        work.record["container-title"] = self.rng.choice(
            [
                "Handbook of public transport research",
                "Urban mobility: preparing for the future",
                "The Routledge handbook of transport economics",
            ]
        )
        return work

    def _market_research(self) -> Work:
        name = self.rng.choice(_MR)
        market, country = self.rng.choice([("bus and coach travel", "UK"), ("ride-hailing", "Nigeria"),
                                           ("micromobility", "Poland"), ("urban mobility", "Brazil"),
                                           ("public transport", "Ireland"), ("taxi apps", "New Zealand")])  # fmt: skip
        year = self.year() if self.rng.random() < 0.85 else None
        titles = [f"{market[0].upper()}{market[1:]} - {country} - {year or 2024}",
                  f"{market[0].upper()}{market[1:]} in {country}: market report",
                  f"Share of adults in {country} who used {market} in the last month",
                  f"Bus Passenger Survey: {self.rng.choice(_PLACES)} results"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": f"https://www.{name.split()[0].lower()}.com/{self.fakers['en_GB'].slug()}",
                                  "accessed": self.accessed()}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org_work(record, "report", name, {"market-research"})

    def _press(self) -> Work:
        fake = self.fakers["en_GB"]
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[self.year(), self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": fake.url() + fake.uri_path(), "accessed": self.accessed(),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})

    def _classic(self) -> Work:
        kind, authors, title, publisher, place = self.rng.choice(_CLASSICS)
        record: dict[str, Any] = {
            "type": kind, "title": title, "author": [{"family": f, "given": g} for f, g in authors],
            "issued": {"date-parts": [[self.rng.randint(2016, 2024)]]}, "publisher": publisher, "publisher-place": place,
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["edition"] = str(self.rng.randint(4, 16))
        return self._person_work(record, "book")

    def _undated_web(self) -> Work:
        fake = self.fakers["en_GB"]
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": fake.url() + fake.uri_path(),
                                  "accessed": self.accessed()}  # fmt: skip
        return self._org_work(record, "web", name, tags | {"undated"})
