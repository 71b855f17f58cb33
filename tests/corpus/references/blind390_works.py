"""Works for blind390: what marketers of children's products (toy makers and toyshops, baby-care and nursery
brands, children's clothing and footwear, educational apps, children's books and activity clubs in the UK,
Ireland, Germany, Poland, Canada and Hong Kong) cite in CIM Level 4 to 6 reports. Written without reading the
checker or any other pool."""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "web", "report", "news", "legislation-body", "press-release")

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_IE", "de_DE", "de_DE", "pl_PL", "pl_PL", "en_CA", "fr_CA", "en_US"]
# Hong Kong and Cantonese romanisations as English-language journals print them, and Irish, German, Polish names.
_NAMES = [("Chan", "Ka Wai"), ("Wong", "Siu Ming"), ("Leung", "Mei Ling"), ("Cheung", "Wing Yan"), ("Lau", "Chi Keung"),
          ("Ng", "Hoi Yan"), ("Tsang", "Kwok Fai"), ("Ho", "Man Yee"), ("Ó Súilleabháin", "Aoife"), ("Ní Dhomhnaill", "Siobhán"),
          ("Müller", "Jürgen"), ("Schäfer", "Katrin"), ("Wiśniewska", "Agnieszka"), ("Kowalczyk", "Łukasz"),
          ("Zieliński", "Paweł"), ("Gagné", "Émilie"), ("Tremblay", "Mathieu"), ("O'Reilly", "Ciara"), ("McGrath", "Niamh")]  # fmt: skip
_PARTICLES = [("von", "Hoffmann", "Lena"), ("van", "den Berg", "Anouk"), ("de", "Souza", "Marta"), ("zu", "Salm", "Felix")]  # fmt: skip
_ORGS: list[tuple[str, set[str]]] = [
    ("Advertising Standards Authority", {"regulator"}), ("ASA", {"regulator", "acronym"}),
    ("Committee of Advertising Practice (CAP)", {"regulator", "abbreviation"}), ("CAP", {"regulator", "acronym"}),
    ("Information Commissioner's Office", {"regulator", "apostrophe"}), ("Information Commissioner's Office (ICO)", {"regulator", "apostrophe", "abbreviation"}),
    ("Ofcom", {"regulator"}), ("British Toy & Hobby Association", {"trade-body", "ampersand"}),
    ("British Toy & Hobby Association (BTHA)", {"trade-body", "ampersand", "abbreviation"}),
    ("Toy Industries of Europe", {"trade-body"}), ("Toy Industries of Europe (TIE)", {"trade-body", "abbreviation"}),
    ("Office for Product Safety and Standards", {"government"}), ("Coimisiún na Meán", {"regulator"}),
    ("Competition and Consumer Protection Commission", {"regulator"}), ("Ad Standards", {"regulator"}),
    ("Canadian Toy Association", {"trade-body"}), ("Deutscher Verband der Spielwarenindustrie (DVSI)", {"trade-body", "abbreviation"}),
    ("Urząd Ochrony Konkurencji i Konsumentów", {"regulator"}), ("Hong Kong Toys Council", {"trade-body"}),
    ("Consumer Council", {"regulator"}), ("European Commission", {"government"}), ("Department for Education", {"government"}),
    ("Circana", {"market-research"}), ("NPD Group", {"market-research"}), ("Mintel", {"market-research"}),
    ("Kantar", {"market-research"}), ("Childwise", {"market-research"}), ("Beano Brain", {"market-research"}),
    ("Dubit", {"market-research"}), ("Insight Kids", {"market-research"}),
    ("The LEGO Group", {"company"}), ("Mattel, Inc.", {"company", "comma"}), ("Hasbro", {"company"}),
    ("Mothercare plc", {"company"}), ("Smyths Toys", {"company"}), ("The Entertainer", {"company"}),
    ("Hamleys", {"company"}), ("Clarks", {"company"}), ("Mamas & Papas", {"company", "ampersand"}),
    ("JoJo Maman Bébé", {"company"}), ("Vertbaudet", {"company"}), ("Toys R Us Canada", {"company"}),
    ("Ravensburger", {"company"}), ("PLAYMOBIL", {"company"}), ("Usborne Publishing", {"company"}),
    ("Scouts", {"company"}), ("Mumsnet", {"press"}), ("Toy World Magazine", {"press"}), ("BBC News", {"press"}),
]  # fmt: skip
_PUBLISHERS = ["Pearson", "Routledge", "Kogan Page", "Sage", "Oxford University Press", "Wiley", "Palgrave Macmillan",
               "Cengage", "McGraw-Hill", "Springer"]  # fmt: skip
_JOURNALS = ["Young Consumers", "Journal of Consumer Behaviour", "International Journal of Advertising",
             "Journal of Children and Media", "Journal of Marketing Management", "Psychology & Marketing",
             "Journal of Public Policy & Marketing", "International Journal of Consumer Studies",
             "Journal of Family and Economic Issues", "Journal of Retailing and Consumer Services"]  # fmt: skip
_TOPICS = ["pester power", "parents as gatekeepers", "kidfluencers", "advertising to children", "toy safety",
           "unboxing videos", "gender-neutral toys", "in-app purchases", "children's data", "family decision-making",
           "collectable toys", "licensed characters", "the kidult market", "sustainable toys", "baby-care brands",
           "school-shoe fitting", "educational apps", "advergames", "loot boxes", "children's book clubs"]  # fmt: skip
_PRESS = ["Toy World Magazine", "Toy News", "Mumsnet", "The Guardian", "The Irish Times", "Financial Times",
          "Marketing Week", "Campaign", "South China Morning Post", "The Globe and Mail", "Retail Gazette",
          "Nursery Today", "Drapers", "The Bookseller"]  # fmt: skip
_CHANNEL_LEGISLATION = [("Office for Product Safety and Standards", "Toy Safety Regulations 2011: guidance for businesses"),
                        ("Information Commissioner's Office", "Age appropriate design: a code of practice for online services"),
                        ("Committee of Advertising Practice", "Children: marketing and advertising guidance"),
                        ("European Commission", "Toy Safety Directive 2009/48/EC: guidance documents"),
                        ("Ofcom", "Children and parents: media use and attitudes report")]  # fmt: skip


class Blind390WorkFactory(WorkFactory):
    """Books, chapters and articles on children as consumers; regulators, trade bodies, research firms and toy
    firms as authors; trade, parenting and national press; undated pages."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 390)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.dated_orgs: list[tuple[str, set[str], int]] = []

    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.22:
            family, given = self.rng.choice(_NAMES)
            return {"family": family, "given": given}
        if roll < 0.27:
            particle, family, given = self.rng.choice(_PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family = fake.last_name().split()[-1]
        if self.rng.random() < 0.06:
            family = f"{family}-{self.fakers['en_GB'].last_name().split()[-1]}"
        return {"family": family, "given": fake.first_name()}

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1974, 2000)
        return self.rng.randint(2006, 2024)

    def accessed(self) -> dict[str, list[list[int]]]:
        return {"date-parts": [[self.rng.randint(2024, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]} and {other}", f"Rethinking {topic} in family marketing",
                 f"{topic[0].upper()}{topic[1:]}: evidence from {self.rng.choice(['the UK', 'Ireland', 'Germany', 'Poland', 'Canada', 'Hong Kong'])}",
                 f"When children ask: {topic} at the checkout", f"Parents, children and {topic}",
                 f"The {self.rng.choice(['rise', 'limits', 'ethics', 'economics'])} of {topic}",
                 f"{topic[0].upper()}{topic[1:]} in a digital childhood: {self.fakers['en_GB'].bs()}"]  # fmt: skip
        return self.rng.choice(forms)

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[35, 25, 15, 9, 6, 4, 3, 3][:most])[0]
        return [self.person() for _ in range(count)]

    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "web", "report", "news", "legislation-body", "press-release"],
            weights=[14, 6, 24, 14, 14, 12, 6, 6],
        )[0]  # fmt: skip
        return getattr(self, "_b390_" + kind.replace("-", "_"))()

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # two works of one organisation in one year now and then ("Childwise, 2023a" and "2023b")
        if self.dated_orgs and "issued" in record and self.rng.random() < 0.15:
            name, tags, year = self.rng.choice(self.dated_orgs)
            record["issued"] = {"date-parts": [[year]]}
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated_orgs.append((name, tags, record["issued"]["date-parts"][0][0]))
        return self._org_work(record, kind, name, tags)

    def _url(self) -> str:
        fake = self.fakers["en_GB"]
        return fake.url() + fake.uri_path()

    def _b390_book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self.rng.choice([self._title(), "Marketing to children", "Consumer behaviour",
                                                      "Kids as customers", "Family marketing", "Principles of marketing",
                                                      "Children, adolescents and advertising"]) + ("" if self.rng.random() < 0.5 else f": {self.rng.choice(_TOPICS)}"),
            "author": self._people(4), "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(_PUBLISHERS),
            "publisher-place": self.rng.choice(["London", "Harlow", "Abingdon", "Dublin", "Berlin", "Toronto", "Hong Kong"]),
        }  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 12))
        return self._person_work(record, "book")

    def _b390_chapter(self) -> Work:
        start = self.rng.randint(1, 300)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["The Routledge handbook of children and consumer culture",
                                                "Advertising to children: new directions", "Handbook of family marketing"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Routledge", "Sage", "Edward Elgar"]),
            "publisher-place": "London", "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _b390_journal(self) -> Work:
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{start}-{start + self.rng.randint(8, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = f"10.{self.rng.randint(1000, 9999)}/yc.{self.rng.randint(1000, 99999)}"
        return self._person_work(record, "journal")

    def _b390_web(self) -> Work:
        record: dict[str, Any] = {
            "type": "webpage",
            "title": self._title(),
            "URL": self._url(),
            "accessed": self.accessed(),
        }
        if self.rng.random() < 0.7:
            record["issued"] = {"date-parts": [[self.year()]]}
        if self.rng.random() < 0.3:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.rng.choice(_ORGS)
        return self._org(record, "web", name, set(tags))

    def _b390_report(self) -> Work:
        name, tags = self.rng.choice([o for o in _ORGS if o[1] & {"market-research", "company", "trade-body"}])
        year = self.year()
        market = self.rng.choice(["toys and games", "nursery products", "children's clothing", "children's footwear",
                                  "kids' apps", "children's books", "baby care", "after-school clubs"])  # fmt: skip
        title = self.rng.choice([f"Annual report {year}", f"{market[0].upper()}{market[1:]} - UK - {self.rng.choice(['March', 'September'])} {year}",
                                 f"Monitor report {year}: children's media use", f"{market[0].upper()}{market[1:]} market in {self.rng.choice(['Ireland', 'Germany', 'Poland', 'Canada', 'Hong Kong'])}",
                                 f"Toy market tracker {year}", f"Impact report {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name.split(" (")[0],
                                  "publisher-place": self.rng.choice(["London", "Billund", "El Segundo", "Dublin", "Toronto"])}  # fmt: skip
        if self.rng.random() < 0.9:
            record["issued"] = {"date-parts": [[year]]}
        if self.rng.random() < 0.6:
            record["URL"], record["accessed"] = self._url(), self.accessed()
        return self._org(record, "report", name, set(tags))

    def _b390_news(self) -> Work:
        year = min(self.year(), 2023)  # dated to the day, and read (accessed) from 2024 on
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(), "accessed": self.accessed(),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org(record, "news", record["container-title"], {"press"})

    def _b390_legislation_body(self) -> Work:
        name, title = self.rng.choice(_CHANNEL_LEGISLATION)
        record: dict[str, Any] = {"type": "webpage", "title": title, "URL": self._url(), "accessed": self.accessed()}
        if self.rng.random() < 0.8:
            record["issued"] = {"date-parts": [[self.year()]]}
        return self._org(record, "legislation-body", name, {"government"})

    def _b390_press_release(self) -> Work:
        name, tags = self.rng.choice([o for o in _ORGS if "company" in o[1]])
        record: dict[str, Any] = {"type": "webpage", "title": f"{name.split(' (')[0]} {self.rng.choice(['reports', 'announces', 'launches'])} {self.rng.choice(_TOPICS)} {self.rng.choice(['update', 'results', 'initiative'])}",
                                  "URL": self._url(), "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.8:
            record["issued"] = {"date-parts": [[self.year()]]}
        return self._org(record, "press-release", name, set(tags))
