"""The blind290 pool's works: what marketers at vending operators, micro-market and unattended-retail firms, coffee
and snack brands, payment and telemetry providers and workplace caterers in the UK, Ireland, the Netherlands,
Germany, Italy and Japan cite in CIM Level 6 and 7 reports and MBA assignments.

Books, chapters and journal articles with one to eight authors (retail, food and e-commerce journals, DOIs now and
then), the marketing texts every candidate cites, statistical offices, ministries and public bodies (two works of
one body in a year), firms' pages and annual reports (plc, Ltd, B.V., AG, GmbH, S.p.A., K.K., Co., Ltd. and Inc.),
trade and business press signed and unsigned, market research with and without a year, and undated pages. Dutch
particles kept apart, German umlauts and Italian accents kept, Japanese names family name first as their journals
print them in English (family "Tanaka", given "Hiroshi").
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_IE", "nl_NL", "de_DE", "it_IT", "en_US"]
# Japanese names as English-language journals print them: family name, then given name.
_JAPANESE = [("Tanaka", "Hiroshi"), ("Suzuki", "Yuki"), ("Takahashi", "Kenji"), ("Watanabe", "Aiko"),
             ("Itō", "Haruto"), ("Yamamoto", "Sakura"), ("Nakamura", "Takeshi"), ("Kobayashi", "Mei"),
             ("Katō", "Daiki"), ("Yoshida", "Naoko"), ("Sasaki", "Ryo"), ("Matsumoto", "Emi"), ("Inoue", "Shō"),
             ("Kimura", "Yūko"), ("Ōta", "Kazuki"), ("Saitō", "Misaki")]  # fmt: skip
_PARTICLE_NAMES = [("van", "Dijk", "Thijs"), ("van der", "Meer", "Sanne"), ("de", "Vries", "Lotte"),
                   ("van den", "Berg", "Joost"), ("ten", "Have", "Marloes"), ("von", "Hagen", "Klara"),
                   ("de", "Groot", "Bram"), ("van", "Leeuwen", "Femke")]  # fmt: skip
_NAMED = [("Müller", "Jürgen"), ("Schäfer", "Anja"), ("Weiß", "Tobias"), ("Größ", "Lena"), ("Köhler", "Stefan"),
          ("De Luca", "Chiara"), ("Esposito", "Marco"), ("Niccolò", "Sara"), ("D'Amico", "Francesca"),
          ("O'Sullivan", "Aoife"), ("Ó Briain", "Siobhán"), ("McCarthy", "Ciarán"), ("Ní Dhomhnaill", "Gráinne")]  # fmt: skip
_JOURNALS = ["Journal of Retailing and Consumer Services", "International Journal of Retail & Distribution Management",
             "Appetite", "Public Health Nutrition", "Journal of Foodservice Business Research",
             "Electronic Commerce Research and Applications", "Journal of Business Research",
             "Industrial Marketing Management", "British Food Journal"]  # fmt: skip
_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("Coca-Cola Europacific Partners plc", {"company", "hyphen"}), ("Selecta Group B.V.", {"company", "dots"}),
    ("Nayax Ltd.", {"company", "dots"}), ("DyDo Group Holdings, Inc.", {"company", "comma"}),
    ("Suntory Beverage & Food Limited", {"company", "ampersand"}), ("Lavazza Professional", {"company"}),
    ("Luigi Lavazza S.p.A.", {"company", "dots"}), ("Evoca Group", {"company"}), ("Azkoyen", {"company"}),
    ("Crane Merchandising Systems", {"company"}), ("365 Retail Markets", {"company", "digit"}),
    ("Avanti Markets", {"company"}), ("Foodles", {"company"}), ("Kaffee Partner GmbH", {"company"}),
    ("Nestlé Professional", {"company"}), ("Sielaff GmbH & Co. KG", {"company", "ampersand"}),
    ("Compass Group PLC", {"company"}), ("Sodexo UK & Ireland", {"company", "ampersand"}),
    ("ITO EN, Ltd.", {"company", "comma"}), ("Kirin Holdings Company, Limited", {"company", "comma"}),
    ("Fuji Electric Co., Ltd.", {"company", "comma"}), ("Glory Ltd.", {"company"}), ("Rhenus SE & Co. KG", {"company", "ampersand"}),
    ("Vending & Automated Retail Association (AVA)", {"trade-body", "ampersand", "abbreviation"}),
    ("European Vending & Coffee Service Association (EVA)", {"trade-body", "ampersand", "abbreviation"}),
    ("Japan Vending System Manufacturers Association (JVMA)", {"trade-body", "abbreviation"}),
    ("NAMA", {"trade-body", "acronym"}), ("Confida", {"trade-body"}), ("BDV Bundesverband der Deutschen Vending-Automatenwirtschaft", {"trade-body"}),
    ("Chartered Institute of Marketing", {"trade-body"}), ("McKinsey & Company", {"company", "ampersand"}),
    ("Deloitte", {"company"}), ("Barclays", {"company"}), ("Worldpay", {"company"}),
]  # fmt: skip
_GOVERNMENT: list[tuple[str, set[str]]] = [
    ("Office for National Statistics", {"government"}), ("Office for National Statistics (ONS)", {"government", "abbreviation"}),
    ("Food Standards Agency", {"government"}), ("Public Health England", {"government"}), ("safefood", {"government", "lowercase"}),
    ("CBS", {"government", "acronym"}), ("Centraal Bureau voor de Statistiek", {"government"}), ("Destatis", {"government"}),
    ("Statistisches Bundesamt (Destatis)", {"government", "abbreviation"}), ("ISTAT", {"government", "acronym"}),
    ("Ministry of Economy, Trade and Industry (METI)", {"government", "comma", "abbreviation"}),
    ("European Commission", {"government"}), ("World Health Organization", {"government"}),
    ("World Health Organization (WHO)", {"government", "abbreviation"}), ("HM Revenue & Customs", {"government", "ampersand"}),
    ("Department of Health and Social Care", {"government"}), ("Food Safety Authority of Ireland", {"government"}),
]  # fmt: skip
_PRESS = ["Vending International", "Automatic Merchandiser", "Vending Market Watch", "The Grocer", "Nikkei Asia",
          "Il Sole 24 Ore", "Financial Times", "The Irish Times", "Handelsblatt", "Marketing Week"]  # fmt: skip
_RESEARCH = ["Mintel", "Euromonitor International", "IBISWorld", "Statista", "Allied Market Research",
             "Vending Market Watch", "Kantar", "Mordor Intelligence"]  # fmt: skip
_TOPICS = ["vending machines", "micro-markets", "unattended retail", "cashless payment", "office coffee",
           "workplace catering", "healthy vending", "smart fridges", "telemetry", "self-checkout",
           "hybrid working", "contactless payment", "sugar reduction", "refillable cups", "B2B service contracts",
           "mobile wallets", "planogram data", "snack choice", "plant-based snacks", "loyalty apps"]  # fmt: skip
_CLASSICS = [
    ("book", [("Kotler", "Philip"), ("Keller", "Kevin Lane")], "Marketing management", "Pearson", "Harlow", "16"),
    ("book", [("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow", "8"),
    ("book", [("Porter", "Michael E.")], "Competitive advantage: creating and sustaining superior performance", "Free Press", "New York", None),
    ("book", [("Fill", "Chris"), ("Turnbull", "Sarah")], "Marketing communications: touchpoints, sharing and disruption", "Pearson", "Harlow", "8"),
    ("book", [("Brennan", "Ross"), ("Canning", "Louise"), ("McDowell", "Raymond")], "Business-to-business marketing", "Sage", "London", "5"),
    ("book", [("Jobber", "David"), ("Ellis-Chadwick", "Fiona")], "Principles and practice of marketing", "McGraw-Hill", "London", "9"),
    ("book", [("Wilson", "Alan"), ("Zeithaml", "Valarie A."), ("Bitner", "Mary Jo"), ("Gremler", "Dwayne D.")], "Services marketing: integrating customer service across the firm", "McGraw-Hill", "London", "4"),
]  # fmt: skip


class Blind290WorkFactory(WorkFactory):
    """Works cited by vending, micro-market, coffee-service and payment marketers in the UK, Ireland, the
    Netherlands, Germany, Italy and Japan. A subclass, so the other pools' factories are unchanged."""

    KINDS = ("book", "chapter", "journal", "report", "web", "news")
    _DRAWN = ("book", "chapter", "journal", "classic", "government", "company-web", "company-report", "trade-body",
              "press", "market-research", "undated-web", "web")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 290)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.dated: list[tuple[str, set[str], int]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.16:
            family, given = self.rng.choice(_JAPANESE)
            return {"family": family, "given": given}
        if roll < 0.26:
            particle, family, given = self.rng.choice(_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.36:
            family, given = self.rng.choice(_NAMED)
            return {"family": family, "given": given}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        words = family.split()
        if len(words) > 1 and words[0].islower():  # "van der Linden": the particle apart
            return {"family": " ".join(words[1:]) if len(words) == 2 else words[-1], "given": given,
                    "non-dropping-particle": " ".join(words[:-1]) if len(words) > 2 else words[0]}  # fmt: skip
        if self.rng.random() < 0.06:
            family = f"{family}-{self.fakers['en_GB'].last_name()}"
        return {"family": family, "given": given}

    def _people_up_to(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def year(self) -> int:
        if self.rng.random() < 0.04:
            return self.rng.randint(1985, 2004)
        return self.rng.randint(2010, 2025)

    def accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        start = max(2023, year or 2023)
        return {
            "date-parts": [
                [self.rng.randint(start, max(start, 2025)), self.rng.randint(1, 12), self.rng.randint(1, 28)]
            ]
        }

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        place = self.rng.choice(["the UK", "Ireland", "the Netherlands", "Germany", "Italy", "Japan", "Europe"])
        forms = [f"{topic[0].upper()}{topic[1:]} and {other}: evidence from {place}",
                 f"Why consumers choose {topic}: a study in {place}", f"The future of {topic}",
                 f"{topic[0].upper()}{topic[1:]} in the workplace after the pandemic",
                 f"Nudging healthier choices through {topic}", f"Trust, convenience and {topic}",
                 f"{topic[0].upper()}{topic[1:]} as a B2B service: operators' perspectives",
                 f"Adoption of {topic} among small operators in {place}"]  # fmt: skip
        return self.rng.choice(forms)

    def _url(self, host: str | None = None) -> str:
        fake = self.fakers["en_GB"]
        return (f"https://www.{host}/" + fake.slug()) if host else fake.url() + fake.uri_path()

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self._DRAWN), weights=[10, 5, 22, 5, 10, 9, 7, 5, 10, 9, 4, 4])[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person(self, record: dict[str, Any], kind: str) -> Work:
        return self._person_work(record, kind)

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Two works of one body in one year now and then ("Statista, 2024a" and "2024b").
        if self.dated and "issued" in record and self.rng.random() < 0.14:
            name, tags, year = self.rng.choice(self.dated)
            record["issued"] = {"date-parts": [[year]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(year)
            if kind == "report":
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated.append((name, tags, record["issued"]["date-parts"][0][0]))
        return self._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self._title(), "author": self._people_up_to(4),
            "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "Kogan Page", "Palgrave Macmillan", "Springer", "Wiley", "Sage"]),
            "publisher-place": self.rng.choice(["London", "Abingdon", "Cham", "Chichester", "Tokyo", "Amsterdam"]),
        }  # fmt: skip
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person(record, "book")

    def _classic(self) -> Work:
        _, authors, title, publisher, place, edition = self.rng.choice(_CLASSICS)
        record: dict[str, Any] = {
            "type": "book", "title": title, "author": [{"family": f, "given": g} for f, g in authors],
            "issued": {"date-parts": [[self.rng.randint(1985, 2023)]]}, "publisher": publisher, "publisher-place": place,
        }  # fmt: skip
        if edition:
            record["edition"] = edition
        return self._person(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people_up_to(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": f"The Routledge handbook of {self.rng.choice(_TOPICS)}",
            "issued": {"date-parts": [[self.year()]]}, "publisher": "Routledge", "publisher-place": "Abingdon",
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people_up_to(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(10, 190)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(8, 24)}",
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["issue"] = str(self.rng.randint(1, 12))
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.1016/j.{self.rng.choice(['jretconser', 'appet', 'elerap'])}.{self.rng.randint(2012, 2025)}.{self.rng.randint(100000, 999999)}"
            )
        return self._person(record, "journal")

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        year = self.year()
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url("gov.example.org"),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org(record, "report" if record["type"] == "report" else "web", name, set(tags))

    def _company_web(self) -> Work:
        name, tags = self.rng.choice(_ORGANISATIONS[:23])
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url()}
        year = self.year() if self.rng.random() < 0.8 else None
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self.accessed_after(year)
        return self._org(record, "web", name, set(tags))

    def _company_report(self) -> Work:
        name, tags = self.rng.choice(_ORGANISATIONS[:23])
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0],
            "title": self.rng.choice([f"Annual report {year - 1}", f"Integrated report {year - 1}",
                                      f"Sustainability report {year - 1}", self._title()]),
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url()
            record["accessed"] = self.accessed_after(year)
        return self._org(record, "report", name, set(tags))

    def _trade_body(self) -> Work:
        name, tags = self.rng.choice(_ORGANISATIONS[23:])
        year = self.year()
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice([f"Market report {year}", self._title()]),
                                  "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0],
                                  "URL": self._url(), "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org(record, "report", name, set(tags))

    def _press(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(), "accessed": self.accessed_after(year + 1),  # dated to the day: read a year on at least
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people_up_to(2)
            return self._person(record, "news")
        return self._org(record, "news", record["container-title"], {"press"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.85 else None
        market = self.rng.choice(
            [
                "Vending machines",
                "Micro markets",
                "Office coffee services",
                "Contract catering",
                "Snack foods",
                "Bottled water",
                "Unattended retail",
                "Cashless payments",
            ]
        )
        country = self.rng.choice(["UK", "Ireland", "Netherlands", "Germany", "Italy", "Japan", "Europe"])
        record: dict[str, Any] = {
            "type": "report", "publisher": name, "URL": self._url(f"{name.split()[0].lower()}.com"),
            "title": self.rng.choice([f"{market} in {country}", f"{market} - {country} - {year or 2024}",
                                      f"{country} {market.lower()} market: size and forecast to 2030",
                                      f"State of the industry {year or 2024}"]),
            "accessed": self.accessed_after(year),
        }  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org(record, "report", name, {"market-research"})

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url(),
                                  "accessed": self.accessed_after(None)}  # fmt: skip
        if self.rng.random() < 0.35:
            record["author"] = self._people_up_to(2)
            return self._person(record, "web")
        name, tags = self.rng.choice(_ORGANISATIONS)
        return self._org(record, "web", name, set(tags) | {"undated"})

    def _web(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people_up_to(2),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        return self._person(record, "web")
