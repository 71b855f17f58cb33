"""The blind277 pool's works: what marketers at laundries, dry cleaners, laundry apps, textile-care and
laundry-product brands and launderette chains in the UK, Ireland, the Netherlands and Belgium cite in CIM Level 6 and
7 reports and MBA assignments. Written without reading the checker, its tests or the other pools.

Books, chapters and journal articles with one to eight authors, the marketing texts every candidate cites, trade and
public bodies (two works of one body in a year now and then), firms' pages and annual reports with plc, Ltd, B.V.,
N.V. and NV/SA, the trade press signed and unsigned, market research with and without years, and undated pages;
Irish names with Ó, Ní and Mac, Dutch and Flemish names with van, de, van der, van den and ter.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

# the kinds of work a report lists (Work.kind), and the makers that write them
KINDS = ("book", "chapter", "journal", "web", "report", "news")
MAKERS = ("book", "classic", "chapter", "journal", "trade-body", "public-body", "firm-web", "annual-report",
          "trade-press", "market-research", "web-person", "undated-web")  # fmt: skip

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_IE", "nl_NL", "nl_BE", "fr_BE", "en_GB"]  # fmt: skip
# Names as Irish, Dutch and Flemish scholars print them on English-language papers (particle, family, given).
_REGION_NAMES = [
    ("", "Ó Súilleabháin", "Niamh"), ("", "Ní Fhlatharta", "Aoife"), ("", "Mac Giolla Phádraig", "Cian"),
    ("", "O'Sullivan", "Ciara"), ("", "McGrath", "Eoin"), ("", "Ní Bhriain", "Sorcha"), ("", "Ó Conaill", "Darragh"),
    ("van", "Dijk", "Thijs"), ("de", "Vries", "Sanne"), ("van der", "Linden", "Maarten"), ("van den", "Broeck", "Lies"),
    ("ter", "Horst", "Femke"), ("de", "Groot", "Jeroen"), ("van", "Riel", "Allard C.R."), ("", "Verhoef", "Peter C."),
    ("", "Lemon", "Katherine N."), ("", "Janssens", "Wim"), ("", "Peeters", "Annelies"), ("", "Vanhamme", "Joëlle"),
    ("", "Geuens", "Maggie"), ("de", "Ruyter", "Ko"), ("", "Wetzels", "Martin"), ("", "Lievens", "Annouk"),
    ("", "Claeys", "Pieter"), ("", "Dewitte", "Siegfried"), ("van", "Doorn", "Jenny"),
]  # fmt: skip
_JOURNALS = ["Journal of Services Marketing", "Journal of Cleaner Production", "International Journal of Consumer Studies",
             "Service Industries Journal", "Journal of Service Research", "Journal of Retailing and Consumer Services",
             "Resources, Conservation and Recycling", "Journal of Small Business and Enterprise Development",
             "Industrial Marketing Management", "Business Strategy and the Environment"]  # fmt: skip
_TOPICS = ["laundry subscriptions", "on-demand dry cleaning", "textile care", "service quality", "franchise growth",
           "sustainable laundering", "wet cleaning", "B2B linen hire", "customer retention", "app-based services",
           "eco-labelled detergents", "launderette footfall", "service recovery", "microfibre pollution",
           "pricing of convenience services", "collection and delivery", "small-business branding",
           "green claims", "servitisation", "customer reviews"]  # fmt: skip
# Who these candidates cite when no person is named: trade bodies, regulators, statistics offices, firms.
_TRADE_BODIES = [
    ("Textile Services Association (TSA)", {"trade-body", "abbreviation"}), ("Textile Services Association", {"trade-body"}),
    ("Guild of Cleaners and Launderers", {"trade-body"}), ("The Guild of Cleaners and Launderers", {"trade-body"}),
    ("WRAP", {"trade-body", "acronym"}), ("Chartered Institute of Marketing", {"trade-body"}),
    ("Federation of Small Businesses", {"trade-body"}), ("British Franchise Association", {"trade-body"}),
    ("Laundry & Dry Cleaning Association of Ireland", {"trade-body", "ampersand"}),
    ("A.I.S.E.", {"trade-body", "acronym"}), ("Cleaning & Hygiene Suppliers Association", {"trade-body", "ampersand"}),
]  # fmt: skip
_PUBLIC_BODIES = [
    ("Health and Safety Executive", {"government"}), ("HSE", {"government", "acronym"}),
    ("Environment Agency", {"government"}), ("Competition and Markets Authority", {"government"}),
    ("Competition and Markets Authority (CMA)", {"government", "abbreviation"}),
    ("Office for National Statistics", {"government"}), ("ONS", {"government", "acronym"}),
    ("Centraal Bureau voor de Statistiek (CBS)", {"government", "abbreviation"}), ("CBS", {"government", "acronym"}),
    ("Statbel", {"government"}), ("Central Statistics Office", {"government"}),
    ("Environmental Protection Agency", {"government"}), ("Department for Environment, Food & Rural Affairs", {"government", "ampersand"}),
    ("European Commission", {"government"}),
]  # fmt: skip
_FIRMS = [
    ("Johnson Service Group plc", {"company"}), ("Johnson Service Group PLC", {"company"}), ("Unilever PLC", {"company"}),
    ("Unilever", {"company"}), ("Procter & Gamble", {"company", "ampersand"}), ("P&G", {"company", "ampersand"}),
    ("Electrolux Professional AB", {"company"}), ("Miele & Cie. KG", {"company", "ampersand"}),
    ("Christeyns NV", {"company"}), ("Timpson Group", {"company"}), ("Oxwash Ltd", {"company"}),
    ("Laundryheap Ltd", {"company"}), ("Revolution Laundry", {"company"}), ("Circuit Launderette Services Ltd", {"company"}),
    ("Jeeves of Belgravia", {"company"}), ("ZIPS Dry Cleaners", {"company"}), ("Dr. Beckmann", {"company"}),
    ("Surcare", {"company"}), ("Alliance Laundry Systems", {"company"}), ("Speed Queen", {"company"}),
    ("Laundrapp", {"company"}), ("Elis", {"company"}), ("Lavans B.V.", {"company"}), ("CWS Nederland B.V.", {"company"}),
    ("Koninklijke Philips N.V.", {"company"}), ("Christeyns NV/SA", {"company"}), ("Dalli Group", {"company"}),
    ("McCaw's Dry Cleaners", {"company", "apostrophe"}), ("Henkel AG & Co. KGaA", {"company", "ampersand"}),
]  # fmt: skip
_PRESS = ["LCN", "Laundry and Cleaning News", "Professional Launderer", "Textile Care Professional", "The Grocer",
          "Marketing Week", "Campaign", "The Irish Times", "Het Financieele Dagblad", "The Guardian",
          "Financial Times", "Retail Gazette", "Franchise World"]  # fmt: skip
_RESEARCH = ["Mintel", "IBISWorld", "Statista", "GfK", "Kantar", "Euromonitor International", "YouGov", "NielsenIQ"]
_MARKETS = ["dry cleaning and laundry services", "laundry detergents", "fabric conditioners", "launderettes",
            "laundry apps", "commercial laundry", "household care", "washing machines"]  # fmt: skip
_COUNTRIES = ["UK", "Ireland", "Netherlands", "Belgium", "Europe"]
_CLASSICS = [
    ([("", "Kotler", "Philip"), ("", "Keller", "Kevin Lane")], "Marketing management", "Pearson", "Harlow"),
    ([("", "Kotler", "Philip"), ("", "Armstrong", "Gary")], "Principles of marketing", "Pearson", "Harlow"),
    ([("", "Porter", "Michael E.")], "Competitive advantage: creating and sustaining superior performance", "Free Press", "New York"),
    ([("", "Chaffey", "Dave"), ("", "Ellis-Chadwick", "Fiona")], "Digital marketing", "Pearson", "Harlow"),
    ([("", "Wilson", "Alan"), ("", "Zeithaml", "Valarie"), ("", "Bitner", "Mary Jo"), ("", "Gremler", "Dwayne")],
     "Services marketing: integrating customer focus across the firm", "McGraw-Hill Education", "London"),
    ([("", "Lovelock", "Christopher"), ("", "Wirtz", "Jochen")], "Services marketing: people, technology, strategy", "Pearson", "Harlow"),
    ([("", "Jobber", "David"), ("", "Ellis-Chadwick", "Fiona")], "Principles and practice of marketing", "McGraw-Hill", "London"),
    ([("", "Smith", "P.R.")], "SOSTAC® guide to your perfect digital marketing plan", "PR Smith", "London"),
    ([("", "Sharp", "Byron")], "How brands grow: what marketers don't know", "Oxford University Press", "Melbourne"),
    ([("", "Osterwalder", "Alexander"), ("", "Pigneur", "Yves")], "Business model generation", "Wiley", "Hoboken, NJ"),
]  # fmt: skip


class Blind277WorkFactory(WorkFactory):
    """Works for blind277, from their own random source so that no other pool's corpus changes."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 47 + 277)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 277 + index)
                self.fakers[locale] = fake
        self.dated_orgs: list[tuple[str, set[str], int]] = []
        self.used_classics: set[int] = set()

    def person(self) -> dict[str, str]:
        if self.rng.random() < 0.3:
            particle, family, given = self.rng.choice(_REGION_NAMES)
            name = {"family": family, "given": given}
            if particle:
                name["non-dropping-particle"] = particle
            return name
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        words = family.split()
        if len(words) > 1 and words[0].islower():  # "van Dam": the particle apart, as reference managers keep it
            return {
                "family": " ".join(words[1:]),
                "given": given,
                "non-dropping-particle": " ".join(words[:-1]) if len(words) > 2 else words[0],
            }
        return {"family": family, "given": given}

    def year(self) -> int:
        return self.rng.randint(2009, 2025)

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]} and {other}", f"Rethinking {topic}: evidence from the Netherlands",
                 f"The role of {topic} in customer loyalty", f"{topic[0].upper()}{topic[1:]}: a UK perspective",
                 f"Why {topic} matters for small service firms", f"{topic[0].upper()}{topic[1:]} in Ireland and Belgium",
                 f"From {topic} to {other}: a review"]  # fmt: skip
        return self.rng.choice(forms)

    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            MAKERS,
            weights=[8, 7, 5, 22, 8, 9, 9, 5, 9, 8, 4, 4],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _dates_in_order(self, record: dict[str, Any]) -> None:
        """A page is read after it is published: an access date before the issue date moves to a later day."""
        if "accessed" in record and "issued" in record:
            issued = record["issued"]["date-parts"][0]
            accessed = record["accessed"]["date-parts"][0]
            if accessed[: len(issued)] < issued:
                year = max(issued[0], 2025) if issued[0] >= 2025 else self.rng.randint(issued[0] + 1, 2025)
                record["accessed"] = {
                    "date-parts": [[year, 12, 28] if year == issued[0] else [year, accessed[1], accessed[2]]]
                }

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        self._dates_in_order(record)
        return super()._person_work(record, kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        self._dates_in_order(record)
        return super()._org_work(record, kind, name, tags)

    def _url(self) -> str:
        fake = self.fakers["en_GB"]
        return fake.url() + fake.uri_path()

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # now and then a second work of an organisation already cited that year ("WRAP, 2022a" and "2022b")
        if self.dated_orgs and "issued" in record and self.rng.random() < 0.12:
            name, tags, year = self.rng.choice(self.dated_orgs)
            record["issued"] = {"date-parts": [[year]]}
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated_orgs.append((name, tags, record["issued"]["date-parts"][0][0]))
        return self._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self._title(), "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "Kogan Page", "Sage", "Palgrave Macmillan", "Edward Elgar", "Springer"]),
            "publisher-place": self.rng.choice(["London", "Abingdon", "Cheltenham", "Cham", "Dublin"]),
        }  # fmt: skip
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 5))
        return self._person_work(record, "book")

    def _classic(self) -> Work:
        index = self.rng.randrange(len(_CLASSICS))
        if index in self.used_classics:
            return self._book()
        self.used_classics.add(index)
        people, title, publisher, place = _CLASSICS[index]
        authors = []
        for particle, family, given in people:
            authors.append(
                {"family": family, "given": given} | ({"non-dropping-particle": particle} if particle else {})
            )
        record: dict[str, Any] = {"type": "book", "title": title, "author": authors,
                                  "issued": {"date-parts": [[self.rng.randint(2012, 2024)]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.7:
            record["edition"] = str(self.rng.randint(3, 17))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": f"The Routledge handbook of {self.rng.choice(_TOPICS)}",
            "issued": {"date-parts": [[self.year()]]}, "publisher": "Routledge", "publisher-place": "Abingdon",
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(10, 25)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(20, 420)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.choice(['1108', '1016', '1111', '1080'])}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _trade_body(self) -> Work:
        name, tags = self.rng.choice(_TRADE_BODIES)
        record: dict[str, Any] = {"type": "report", "title": self._title(), "publisher": name.split(" (")[0],
                                  "publisher-place": "London", "URL": self._url(), "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[self.year()]]}
        return self._org(record, "report", name, set(tags))

    def _public_body(self) -> Work:
        name, tags = self.rng.choice(_PUBLIC_BODIES)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "issued": {"date-parts": [[self.year()]]}, "URL": self._url(),
                                  "accessed": self.accessed()}  # fmt: skip
        return self._org(record, "report" if record["type"] == "report" else "web", name, set(tags))

    def _firm_web(self) -> Work:
        name, tags = self.rng.choice(_FIRMS)
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url(),
                                  "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.75:
            record["issued"] = {"date-parts": [[self.year()]]}
        return self._org(record, "web", name, set(tags))

    def _annual_report(self) -> Work:
        name, tags = self.rng.choice(_FIRMS[:8])
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report and accounts {year}", f"Sustainability report {year}",
                                                        f"Annual report {year}", "Integrated annual report"]),
            "issued": {"date-parts": [[year]]}, "publisher": name, "URL": self._url(), "accessed": self.accessed(),
        }  # fmt: skip
        return self._org(record, "report", name, set(tags))

    def _trade_press(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[self.year(), self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(), "accessed": self.accessed(),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org(record, "news", record["container-title"], {"press"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        market, country = self.rng.choice(_MARKETS), self.rng.choice(_COUNTRIES)
        year = self.year() if self.rng.random() < 0.85 else None
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"{market[0].upper()}{market[1:]} - {country}",
                                                       f"{market[0].upper()}{market[1:]} in the {country}: market research report",
                                                       f"Revenue of the {market} market in the {country}"]),
            "publisher": name, "URL": self._url(), "accessed": self.accessed(),
        }  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org(record, "report", name, {"market-research"})

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "issued": {"date-parts": [[self.year()]]}, "URL": self._url(),
                                  "accessed": self.accessed()}  # fmt: skip
        return self._person_work(record, "web")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {
            "type": "webpage",
            "title": self._title(),
            "URL": self._url(),
            "accessed": self.accessed(),
        }
        if self.rng.random() < 0.3:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.rng.choice(_FIRMS + _TRADE_BODIES)
        return self._org_work(record, "web", name, set(tags) | {"undated"})
