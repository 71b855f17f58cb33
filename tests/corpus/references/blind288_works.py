"""The blind288 pool's works: what marketers at driving schools, motoring organisations, car insurers, telematics
firms, learner apps, licensing bodies and used-car firms in the UK, Ireland, Australia and New Zealand cite in CIM
Level 6 and 7 reports and MBA assignments.

Books, chapters and journal articles (road-safety and services-marketing journals) with one to eight authors,
reports and pages of governments and public bodies (DVSA, DVLA, the Department for Transport, the Road Safety
Authority, the CSO, Transport for NSW, Waka Kotahi, the ABS, the FCA), insurers' and motoring firms' annual reports
and pages ("plc", "Ltd", "Limited", "Pty Ltd", "DAC"), motoring and trade press, market-research reports and the
marketing texts every candidate cites. Names are written as the region's scholars and journals print them: Irish
("Ó Súilleabháin", "Ní Dhomhnaill", "Mac Giolla Phádraig"), Māori ("Tāwhai", "Te Huia"), British South Asian and
Australian. Written without reading the checker or any other pool.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_IE", "en_IE", "en_AU", "en_AU", "en_NZ", "en_IN"]
# Names as the region's journals print them (family name, given name).
_NAMES = [
    ("Ó Súilleabháin", "Siobhán"), ("Ní Dhomhnaill", "Aoife"), ("Mac Giolla Phádraig", "Cian"), ("Ó Briain", "Pádraig"),
    ("Ní Chonchúir", "Máire"), ("O'Brien", "Ciarán"), ("McCarthy", "Niamh"), ("Ó Ceallaigh", "Eoin"),
    ("Tāwhai", "Hēmi"), ("Te Huia", "Aroha"), ("Ngata", "Wiremu"), ("Tipene", "Mere"), ("Pōtae", "Rāwiri"),
    ("Mātene", "Anahera"), ("Walker", "Ranginui"), ("Patel", "Priya"), ("Chaudhry", "Imran"), ("Singh", "Harpreet"),
    ("Begum", "Shazia"), ("Hussain", "Tariq"), ("Sandhu", "Gurpreet"), ("Mistry", "Rakesh"), ("Nguyen", "Thi Lan"),
    ("Watson", "Barry"), ("Senserrick", "Teresa"), ("Scott-Parker", "Bridie"), ("Mc Evoy", "Declan"),
]  # fmt: skip
_PARTICLE_NAMES = [("de", "Búrca", "Gráinne"), ("de", "Paor", "Liam"), ("van", "Schagen", "Ingrid")]
_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("Driver and Vehicle Standards Agency", {"government"}), ("DVSA", {"government", "acronym"}),
    ("Driver and Vehicle Licensing Agency (DVLA)", {"government", "abbreviation"}),
    ("Department for Transport", {"government"}), ("Road Safety Authority", {"government"}),
    ("Central Statistics Office (CSO)", {"government", "abbreviation"}), ("Transport for NSW", {"government"}),
    ("Waka Kotahi NZ Transport Agency", {"government"}), ("Australian Bureau of Statistics", {"government"}),
    ("Financial Conduct Authority", {"government"}), ("Association of British Insurers (ABI)", {"trade-body", "abbreviation"}),
    ("RoSPA", {"trade-body", "acronym"}), ("Transport Research Laboratory (TRL)", {"trade-body", "abbreviation"}),
    ("Admiral Group plc", {"company"}), ("Direct Line Insurance Group plc", {"company"}), ("AA plc", {"company"}),
    ("Insurance Australia Group Limited", {"company"}), ("Marmalade Network Ltd", {"company"}),
    ("RAC Motoring Services", {"company"}), ("NRMA Insurance Pty Ltd", {"company"}), ("FBD Insurance DAC", {"company"}),
    ("Bill Plant Driving School Ltd", {"company"}), ("Driving Instructors Association", {"trade-body"}),
    ("Halfords & Autocentres", {"company", "ampersand"}), ("Young Driver's Forum", {"trade-body", "apostrophe"}),
    ("Brake", {"trade-body"}), ("IAM RoadSmart", {"trade-body"}), ("Which?", {"trade-body", "punctuation"}),
]  # fmt: skip
_PRESS = ["Auto Express", "What Car?", "Autocar", "Insurance Times", "Fleet News", "Drive.com.au",
          "The Irish Times Motors", "Stuff", "Insurance Age", "Car Dealer Magazine"]  # fmt: skip
_RESEARCH = ["Mintel", "Consumer Intelligence", "IBISWorld", "Roy Morgan", "YouGov", "J.D. Power"]
_JOURNALS = ["Accident Analysis & Prevention", "Transportation Research Part F: Traffic Psychology and Behaviour",
             "Journal of Safety Research", "Traffic Injury Prevention", "Journal of Services Marketing",
             "Journal of Financial Services Marketing"]  # fmt: skip
_TOPICS = ["learner drivers", "young drivers", "telematics insurance", "black-box policies", "graduated driver licensing",
           "driving-test waiting times", "hazard perception", "pay-as-you-drive pricing", "novice driver risk",
           "car subscription", "online used-car retail", "instructor franchises", "learner apps", "road-safety campaigns",
           "price comparison websites", "customer retention in motor insurance", "parental supervision of learners",
           "peer passengers", "app-based driver feedback", "trust in insurers"]  # fmt: skip
_MARKETS = ["driving schools", "car insurance", "used-car retail", "car subscription", "telematics", "breakdown cover"]
_COUNTRIES = ["UK", "Ireland", "Australia", "New Zealand"]
_TEXTS = [  # the marketing texts every candidate cites
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Chernev", "Alexander")], "Marketing management", "Pearson", "Harlow"),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow"),
    ([("Wilson", "Alan"), ("Zeithaml", "Valarie A."), ("Bitner", "Mary Jo"), ("Gremler", "Dwayne D.")], "Services marketing: integrating customer service across the firm", "McGraw-Hill", "London"),
    ([("Sharp", "Byron")], "How brands grow: what marketers don't know", "Oxford University Press", "South Melbourne"),
    ([("Jobber", "David"), ("Ellis-Chadwick", "Fiona")], "Principles and practice of marketing", "McGraw-Hill", "London"),
    ([("Solomon", "Michael R.")], "Consumer behavior: buying, having, and being", "Pearson", "Harlow"),
]  # fmt: skip


def _accessed_after_issued(record: dict[str, Any]) -> None:
    """A web work is read after it was published: an access date before the issue date moves to the next year."""
    if "accessed" in record and "issued" in record:
        issued = record["issued"]["date-parts"][0]
        accessed = record["accessed"]["date-parts"][0]
        if accessed[: len(issued)] < issued:
            record["accessed"] = {"date-parts": [[issued[0] + 1, accessed[1], accessed[2]]]}


class Blind288WorkFactory(WorkFactory):
    """The blind288 pool's works: road-safety and services-marketing scholarship, public bodies, insurers and
    motoring firms of the UK, Ireland, Australia and New Zealand, motoring press and market research."""

    KINDS = ("book", "chapter", "journal", "government", "report", "web", "news", "market-research")

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 31 + 288288)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 223 + index)
                self.fakers[locale] = fake
        self.dated_orgs: list[tuple[str, set[str], dict[str, Any]]] = []

    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.3:
            family, given = self.rng.choice(_NAMES)
            return {"family": family, "given": given}
        if roll < 0.35:
            particle, family, given = self.rng.choice(_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        if self.rng.random() < 0.06:
            family = f"{family}-{self.fakers['en_GB'].last_name()}"
        return {"family": family, "given": given}

    def year(self) -> int:
        return self.rng.randint(2002, 2025) if self.rng.random() < 0.95 else self.rng.randint(1975, 2001)

    def accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        first = max(2023, year or 2023)
        return {
            "date-parts": [
                [self.rng.randint(first, max(first, 2025)), self.rng.randint(1, 12), self.rng.randint(1, 28)]
            ]
        }

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]} and {other}", f"The role of {topic} in {other}",
                 f"{topic[0].upper()}{topic[1:]}: evidence from {self.rng.choice(_COUNTRIES)}",
                 f"Understanding {topic}: a mixed-methods study", f"What drives {topic}? A survey of novice drivers",
                 f"{topic[0].upper()}{topic[1:]} in {self.rng.choice(_COUNTRIES)}"]  # fmt: skip
        return self.rng.choice(forms)

    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "government", "report", "web", "news", "market-research", "text"],
            weights=[8, 5, 24, 14, 10, 12, 11, 9, 7],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[30, 25, 18, 10, 6, 4, 4, 3][:most])[0]
        return [self.person() for _ in range(count)]

    def _book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self._title(), "author": self._people(3), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "Kogan Page", "Palgrave Macmillan", "Sage", "Elsevier", "UNSW Press", "Auckland University Press"]),
            "publisher-place": self.rng.choice(["Abingdon", "London", "Sydney", "Auckland", "Dublin", "Oxford"]),
        }  # fmt: skip
        return self._person_work(record, "book")

    def _text(self) -> Work:
        authors, title, publisher, place = self.rng.choice(_TEXTS)
        record: dict[str, Any] = {
            "type": "book", "title": title, "author": [{"family": f, "given": g} for f, g in authors],
            "issued": {"date-parts": [[self.rng.randint(2016, 2024)]]}, "publisher": publisher, "publisher-place": place,
            "edition": str(self.rng.randint(3, 16)),
        }  # fmt: skip
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["Handbook of traffic psychology", "The Routledge companion to services marketing",
                                                "Young drivers: research and policy", "Road safety in Australasia"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Academic Press", "Routledge", "Edward Elgar"]),
            "publisher-place": self.rng.choice(["London", "Abingdon", "Cheltenham"]),
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(10, 200)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(8, 20)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.1016/j.{self.fakers['en_GB'].lexify('????')}.{self.rng.randint(2005, 2025)}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # now and then a second work of one organisation in one year ("DVSA, 2023a" and "2023b")
        if self.dated_orgs and "issued" in record and self.rng.random() < 0.15:
            name, tags, issued = self.rng.choice(self.dated_orgs)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(issued["date-parts"][0][0])
        if "issued" in record:
            self.dated_orgs.append((name, tags, record["issued"]))
        _accessed_after_issued(record)
        return self._org_work(record, kind, name, tags)

    def _government(self) -> Work:
        name, tags = self.rng.choice([o for o in _ORGANISATIONS if "government" in o[1]])
        year = self.year() if self.rng.random() < 0.9 else None
        domain = self.rng.choice(
            [
                "www.gov.uk/government/publications",
                "www.rsa.ie/research",
                "www.nzta.govt.nz/resources",
                "www.transport.nsw.gov.au/data",
                "www.abs.gov.au/statistics",
                "www.cso.ie/en/releasesandpublications",
            ]
        )
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "URL": f"https://{domain}/{self.fakers['en_GB'].slug()}", "accessed": self.accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org(record, "government", name, tags)

    def _report(self) -> Work:
        name, tags = self.rng.choice([o for o in _ORGANISATIONS if "government" not in o[1]])
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report and accounts {year}", f"Annual report {year}", self._title()]),
            "issued": {"date-parts": [[year]]}, "publisher": name, "publisher-place": self.rng.choice(["Cardiff", "London", "Sydney", "Dublin", "Bristol"]),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path()
            record["accessed"] = self.accessed_after(year)
        return self._org(record, "report", name, tags)

    def _web(self) -> Work:
        name, tags = self.rng.choice(_ORGANISATIONS)
        year = self.year() if self.rng.random() < 0.75 else None
        record: dict[str, Any] = {"type": "webpage", "title": self._title(),
                                  "URL": self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path(), "accessed": self.accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        if self.rng.random() < 0.2:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        return self._org(record, "web", name, tags | ({"undated"} if year is None else set()))

    def _news(self) -> Work:
        year = self.rng.randint(2015, 2025)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path(), "accessed": self.accessed_after(year),
        }  # fmt: skip
        if record["accessed"]["date-parts"][0][0] == year:
            record["accessed"]["date-parts"][0][0] = min(year + 1, 2026)
        _accessed_after_issued(record)
        if self.rng.random() < 0.75:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org(record, "news", record["container-title"], {"press"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2016, 2025) if self.rng.random() < 0.9 else None
        market, country = self.rng.choice(_MARKETS), self.rng.choice(_COUNTRIES)
        record: dict[str, Any] = {
            "type": "report", "publisher": name, "accessed": self.accessed_after(year),
            "title": self.rng.choice([f"{market.capitalize()} - {country} - {year or 2024}", f"{market.capitalize()} in {country}: industry report",
                                      f"{country} {market} satisfaction study", f"Young drivers and {market} in {country}"]),
            "URL": f"https://www.{name.split()[0].lower().replace('.', '').replace('?', '')}.com/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org(record, "market-research", name, {"market-research"})
