"""Works cited by marketers in car retail (franchised dealer groups, used-car supermarkets, online car marketplaces,
leasing and car-subscription firms and vehicle finance brands) in the UK, Ireland, Germany, Japan, South Africa and
Mexico, writing CIM Level 6 and 7 reports and MBA assignments in English. Written for the blind354 pool (HELD OUT)
without reading the checker, its tests or any other pool.

Marketing and consumer-behaviour textbooks and their chapters, journal articles on automotive retail, omnichannel car
buying, pricing and trust (one to eight authors), motor-industry trade bodies and their data releases, regulators'
guidance on vehicle finance and advertising, government statistics, manufacturers' and dealer groups' annual reports
and press pages, market-research and automotive-data firms' reports, trade press and national news (signed and
unsigned) and undated web pages.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
import re
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

# The kinds a work is recorded as; trade bodies', regulators', government's, firms' and research firms' works are
# reports and web pages among them.
KINDS = ("book", "chapter", "journal", "report", "web", "news")

_LOCALES = ["en_GB", "en_GB", "en_IE", "de_DE", "de_DE", "es_MX", "es_MX", "zu_ZA", "ja_JP"]
# Names as scholars of these countries print them on English-language papers (family, given).
_NAMES = [
    ("Ó Súilleabháin", "Aoife"), ("Ní Mhurchú", "Siobhán"), ("MacCarthy", "Donal"), ("O'Reilly", "Ciarán"),
    ("Müller", "Jürgen"), ("Schäfer", "Katrin"), ("Weiß", "Florian"), ("Böhm", "Annika"), ("Köhler", "Matthias"),
    ("Sato", "Kenji"), ("Satō", "Haruka"), ("Takahashi", "Yuki"), ("Itō", "Daisuke"), ("Watanabe", "Mei"),
    ("Ōno", "Takeshi"), ("Kobayashi", "Ren"), ("Yamamoto", "Aya"), ("Nakamura", "Shota"),
    ("Botha", "Karin"), ("Nkosi", "Thandiwe"), ("Mokoena", "Lerato"), ("Naidoo", "Kavitha"), ("Dlamini", "Sipho"),
    ("Pillay", "Reshma"), ("Jansen van Rensburg", "Marietjie"), ("Le Roux", "Elmarie"), ("Mahlangu", "Themba"),
    ("García Hernández", "José Luis"), ("Martínez López", "María Fernanda"), ("Hernández-Sánchez", "Ana"),
    ("Ramírez Treviño", "Luis"), ("Núñez", "Mariana"), ("Sánchez Gómez", "Alejandra"), ("Cárdenas", "Emilio"),
]  # fmt: skip
_PARTICLE_NAMES = [("van der", "Merwe", "Pieter"), ("du", "Plessis", "Anri"), ("van", "Zyl", "Johan"),
                   ("von", "Bülow", "Carla"), ("de la", "Garza", "Rodrigo"), ("de", "Villiers", "Louise"),
                   ("zu", "Dohna", "Felix")]  # fmt: skip
_TEXTBOOKS = [
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Chernev", "Alexander")], "Marketing management", "Pearson", "Harlow"),
    ([("Solomon", "Michael R."), ("Askegaard", "Søren"), ("Hogg", "Margaret K."), ("Bamossy", "Gary J.")], "Consumer behaviour: a European perspective", "Pearson", "Harlow"),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow"),
    ([("Jobber", "David"), ("Ellis-Chadwick", "Fiona")], "Principles and practice of marketing", "McGraw-Hill", "London"),
    ([("Schiffman", "Leon G."), ("Wisenblit", "Joseph")], "Consumer behavior", "Pearson", "Harlow"),
    ([("Wilson", "Alan"), ("Zeithaml", "Valarie A."), ("Bitner", "Mary Jo"), ("Gremler", "Dwayne D.")], "Services marketing: integrating customer service across the firm", "McGraw-Hill", "London"),
    ([("Nagle", "Thomas T."), ("Müller", "Georg")], "The strategy and tactics of pricing", "Routledge", "New York"),
    ([("Payne", "Adrian"), ("Frow", "Pennie")], "Strategic customer management", "Cambridge University Press", "Cambridge"),
    ([("Sharp", "Byron")], "How brands grow", "Oxford University Press", "Melbourne"),
    ([("Lemon", "Katherine N."), ("Verhoef", "Peter C.")], "Customer experience management", "Routledge", "Abingdon"),
]  # fmt: skip
_TOPICS = ["omnichannel car buying", "online vehicle retailing", "price transparency in used cars", "trust in car dealers",
           "personal contract purchase", "car subscription", "agency sales models", "electric vehicle adoption",
           "dealer reviews", "test-drive booking", "part-exchange valuation", "vehicle finance disclosure",
           "click-and-collect car sales", "showroom experience", "aftersales loyalty", "used-car price guides",
           "digital retailing in the motor trade", "leasing and residual values", "customer satisfaction in dealerships",
           "brand loyalty among car buyers"]  # fmt: skip
_JOURNALS = ["Journal of Retailing and Consumer Services", "International Journal of Retail & Distribution Management",
             "Journal of Business Research", "Journal of Marketing Management", "Journal of Product & Brand Management",
             "Journal of Revenue and Pricing Management", "International Journal of Automotive Technology and Management",
             "Journal of Services Marketing", "South African Journal of Business Management", "Journal of Interactive Marketing",
             "Marketing Intelligence & Planning", "Transportation Research Part D: Transport and Environment",
             "Irish Journal of Management", "Journal of Marketing Analytics"]  # fmt: skip
_TRADE = [
    ("Society of Motor Manufacturers and Traders (SMMT)", {"abbreviation"}), ("SMMT", {"acronym"}),
    ("National Franchised Dealers Association (NFDA)", {"abbreviation"}),
    ("Society of the Irish Motor Industry (SIMI)", {"abbreviation"}),
    ("Verband der Automobilindustrie (VDA)", {"abbreviation"}),
    ("Japan Automobile Dealers Association", set()), ("Japan Automobile Manufacturers Association (JAMA)", {"abbreviation"}),
    ("naamsa", set()), ("Asociación Mexicana de Distribuidores de Automotores (AMDA)", {"abbreviation"}),
    ("Finance & Leasing Association (FLA)", {"ampersand", "abbreviation"}),
    ("British Vehicle Rental & Leasing Association", {"ampersand"}), ("BVRLA", {"acronym"}),
    ("Retail Motor Industry Organisation", set()), ("The Motor Ombudsman", set()),
]  # fmt: skip
_REGULATORS = [
    ("Financial Conduct Authority", set()), ("FCA", {"acronym"}), ("Advertising Standards Authority", set()),
    ("Committee of Advertising Practice", set()), ("Competition and Markets Authority", set()),
    ("Central Bank of Ireland", set()), ("Competition and Consumer Protection Commission", set()),
    ("BaFin", set()), ("Financial Sector Conduct Authority", set()), ("PROFECO", {"acronym"}),
    ("CONDUSEF", {"acronym"}), ("Financial Ombudsman Service", set()),
]  # fmt: skip
_GOVERNMENT = [
    "Department for Transport", "Office for National Statistics", "Office for Zero Emission Vehicles",
    "Central Statistics Office", "Statistisches Bundesamt (Destatis)", "Kraftfahrt-Bundesamt",
    "Statistics South Africa", "Instituto Nacional de Estadística y Geografía (INEGI)",
    "Ministry of Land, Infrastructure, Transport and Tourism", "Department of Trade, Industry and Competition",
    "HM Revenue & Customs", "Driver and Vehicle Licensing Agency",
]  # fmt: skip
_COMPANIES = [
    ("Inchcape plc", set()), ("Lookers plc", set()), ("Vertu Motors plc", set()), ("Pendragon PLC", set()),
    ("Arnold Clark", set()), ("Sytner Group", set()), ("Motorpoint Group PLC", set()), ("Cazoo", set()),
    ("Auto Trader Group plc", set()), ("Carwow", set()), ("cinch", set()), ("Motorpoint", set()),
    ("Carzone", set()), ("DoneDeal", set()), ("Motor Distributors Ltd", set()), ("AutoScout24 GmbH", set()),
    ("mobile.de", set()), ("Emil Frey", set()), ("FINN GmbH", set()), ("Sixt SE", set()),
    ("IDOM Inc.", set()), ("NEXTAGE Co., Ltd.", set()), ("Toyota Motor Corporation", set()), ("KINTO", set()),
    ("Motus Holdings", set()), ("WeBuyCars", set()), ("CMH Group", set()), ("Kavak", set()),
    ("Close Brothers Motor Finance", set()), ("Black Horse", set()), ("MotoNovo Finance", set()),
    ("Volkswagen Financial Services", set()), ("BMW Group", set()), ("WesBank", set()), ("Ayvens", set()),
    ("Arval UK", set()), ("Zenith", set()), ("Sainsbury's Bank", {"apostrophe"}), ("Which?", {"punctuation"}),
    ("Hendy's", {"apostrophe"}), ("Marshall & Co. Motor Holdings", {"ampersand"}),
]  # fmt: skip
_RESEARCH = ["Cox Automotive", "JATO Dynamics", "Cap HPI", "Experian", "J.D. Power", "Mintel", "Statista", "Deloitte",
             "KPMG", "McKinsey & Company", "PwC", "Ernst & Young", "GlobalData", "Dataforce", "Autovista Group",
             "Lightstone Auto", "TransUnion", "YouGov", "Kantar", "Nomura Research Institute"]  # fmt: skip
_PRESS = ["Autocar", "Car Dealer Magazine", "AM Online", "Motor Trader", "Fleet News", "Financial Times", "The Guardian",
          "BBC News", "The Irish Times", "Irish Independent", "Automobilwoche", "Handelsblatt", "Nikkei Asia",
          "The Japan Times", "BusinessTech", "Moneyweb", "El Financiero", "Expansión", "Reuters", "The Times"]  # fmt: skip
_DOMAINS = ["smmt.co.uk", "autotrader.co.uk", "carwow.co.uk", "fca.org.uk", "asa.org.uk", "simi.ie", "vda.de",
            "naamsa.net", "amda.mx", "fla.org.uk", "bvrla.co.uk", "motorpoint.co.uk", "inchcape.com", "idom-inc.com",
            "kavak.com", "webuycars.co.za", "gov.uk", "cso.ie", "destatis.de", "inegi.org.mx", "statssa.gov.za"]  # fmt: skip


class Blind354WorkFactory(WorkFactory):
    """Works car-retail marketers in six countries cite, from a seeded source of their own."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 354)
        for index, locale in enumerate(sorted(set(_LOCALES) - {"ja_JP"})):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 353 + index)
                self.fakers[locale] = fake
        self.issued_by: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.35:
            family, given = self.rng.choice(_NAMES)
            return {"family": family, "given": given}
        if roll < 0.43:
            particle, family, given = self.rng.choice(_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        locale = self.rng.choice(_LOCALES)
        if locale == "ja_JP":  # Faker writes Japanese names in kana; papers print them romanised
            family, given = self.rng.choice(_NAMES[9:18])
            return {"family": family, "given": given}
        fake = self.fakers[locale]
        family, given = fake.last_name(), fake.first_name()
        words = family.split()
        if len(words) > 1 and words[0].islower():
            return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
        if locale == "es_MX" and self.rng.random() < 0.5:  # two surnames, as Mexican authors sign
            family = f"{family} {self.fakers['es_MX'].last_name()}"
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        roll = self.rng.random()
        if roll < 0.35:
            name, tags = self.rng.choice(_COMPANIES)
            return name, tags | {"company"}
        if roll < 0.6:
            name, tags = self.rng.choice(_TRADE)
            return name, tags | {"trade-body"}
        if roll < 0.8:
            name, tags = self.rng.choice(_REGULATORS)
            return name, tags | {"regulator"}
        return self.rng.choice(_RESEARCH), {"market-research"}

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1975, 2005)
        return self.rng.randint(2010, 2025)

    def _accessed_after(self, year: int) -> dict[str, list[list[int]]]:
        accessed = self.rng.randint(max(year + 1, 2023), 2026)  # read after it appeared, and before today
        return {
            "date-parts": [[accessed, self.rng.randint(1, 11 if accessed == 2026 else 12), self.rng.randint(1, 28)]]
        }

    def _url(self, name: str | None = None) -> str:
        """A page on the author's own site when there is one ("smmt.co.uk"), else on a site these reports cite."""
        if name is None:
            domain = self.rng.choice(_DOMAINS)
        else:
            short = re.search(r"\(([^)]+)\)", name)
            words = [w for w in re.split(r"[\s,&]+", name) if w[:1].isupper() and w != "The"]
            word = short.group(1) if short else name.split()[0] if len(words) < 2 else "".join(w[0] for w in words)
            domain = re.sub(r"[^a-z0-9]", "", word.casefold()) + self.rng.choice([".com", ".com", ".org"])
        return f"https://www.{domain}/{self.fakers['en_GB'].slug()}"

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        country = self.rng.choice(["the UK", "Ireland", "Germany", "Japan", "South Africa", "Mexico", "Europe"])
        forms = [f"{topic[0].upper()}{topic[1:]} in {country}", f"{topic[0].upper()}{topic[1:]}: evidence from {country}",
                 f"Why {topic} matters to car buyers", f"Rethinking {topic}", f"{topic[0].upper()}{topic[1:]} and customer trust",
                 f"The effect of {topic} on dealer performance", f"From showroom to smartphone: {topic}",
                 f"{topic[0].upper()}{topic[1:]} and {self.rng.choice(_TOPICS)}"]  # fmt: skip
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "trade-body", "regulator", "government", "company-report", "company-web",
             "market-research", "news", "web"],
            weights=[10, 4, 22, 10, 8, 7, 8, 8, 9, 10, 4],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 28, 16, 9, 5, 3, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # One organisation's two works of a year ("SMMT, 2024a" and "2024b") now and then.
        if self.issued_by and "issued" in record and kind != "news" and self.rng.random() < 0.14:
            name, tags, issued = self.rng.choice(self.issued_by)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(issued["date-parts"][0][0])
            if re.search(r"\b(19|20)\d\d\b", str(record.get("title", ""))):  # a title's year is the work's year
                record["title"] = self._title()
            if "publisher" in record:
                record["publisher"] = name.split(" (")[0]
            if "URL" in record:
                record["URL"] = self._url(name)
        if "issued" in record:
            self.issued_by.append((name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        if self.rng.random() < 0.45:
            people, title, publisher, place = self.rng.choice(_TEXTBOOKS)
            record: dict[str, Any] = {"type": "book", "title": title, "author": [{"family": f, "given": g} for f, g in people],
                                      "issued": {"date-parts": [[self.rng.randint(2012, 2024)]]}, "publisher": publisher,
                                      "publisher-place": place, "edition": str(self.rng.randint(3, 17))}  # fmt: skip
        else:
            record = {"type": "book", "title": self._title(), "author": self._people(4),
                      "issued": {"date-parts": [[self.year()]]},
                      "publisher": (press := self.rng.choice([("Routledge", "Abingdon"), ("Kogan Page", "London"),
                                                              ("Palgrave Macmillan", "Cham"), ("Springer Gabler", "Wiesbaden"),
                                                              ("Emerald", "Bingley"), ("Juta", "Cape Town")]))[0],
                      "publisher-place": press[1]}  # fmt: skip
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["The Routledge companion to automotive marketing", "Automotive retail in transition",
                                                "Consumer behaviour in emerging markets", "The future of car distribution"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Routledge", "Springer", "Edward Elgar"]),
            "publisher-place": self.rng.choice(["Abingdon", "Cham", "Cheltenham"]),
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(4, 80)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(8, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/j.{self.fakers['en_GB'].lexify('????')}.{self.rng.randint(2010, 2025)}.{self.rng.randint(100, 9999)}"
            )
        return self._person_work(record, "journal")

    def _trade_body(self) -> Work:
        name, tags = self.rng.choice(_TRADE)
        year = self.year()
        titles = [f"New car registrations: {self.rng.choice(['January', 'March', 'September', 'December'])} {year}",
                  f"Used car sales data Q{self.rng.randint(1, 4)} {year}", f"Dealer attitude survey {year}",
                  f"Consumer finance market update {year}", f"Annual report {year}", self._title()]  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(titles),
                                  "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0],
                                  "URL": self._url(name), "accessed": self._accessed_after(year)}  # fmt: skip
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags | {"trade-body"})

    def _regulator(self) -> Work:
        name, tags = self.rng.choice(_REGULATORS)
        year = self.year()
        titles = ["Motor finance: guidance for firms", "Our work on motor finance commission arrangements",
                  "Advertising of vehicle finance and leasing", "Car dealers and pricing claims",
                  f"Consumer Duty review of motor finance {year}", "Hire purchase and PCP agreements explained",
                  "Misleading ‘from’ prices in motoring advertising", self._title()]  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(titles),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(name),
                                  "accessed": self._accessed_after(year)}  # fmt: skip
        return self._org_work(
            record, "report" if record["type"] == "report" else "web", name, tags | {"regulator", "government"}
        )

    def _government(self) -> Work:
        name = self.rng.choice(_GOVERNMENT)
        year = self.year()
        own = {"Statistisches Bundesamt (Destatis)": [f"Pkw-Bestand und Neuzulassungen {year}"],
                  "Kraftfahrt-Bundesamt": [f"Fahrzeugzulassungen im Jahr {year}", f"Neuzulassungen von Personenkraftwagen {year}"],
                  "Instituto Nacional de Estadística y Geografía (INEGI)": [f"Venta de vehículos ligeros {year}",
                                                                           f"Registro administrativo de la industria automotriz {year}"],
                  "Central Statistics Office": [f"Vehicles licensed for the first time {year}"],
                  "Statistics South Africa": [f"Motor trade sales {year}"],
                  "Ministry of Land, Infrastructure, Transport and Tourism": [f"White paper on land, infrastructure, transport and tourism in Japan {year}"],
                  }.get(name, [f"Vehicle licensing statistics: {year}", f"Household spending on motoring {year}",
                               "Zero emission vehicle mandate: consultation outcome"])  # fmt: skip
        titles = [*own, self._title()]
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(titles),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(name),
                                  "accessed": self._accessed_after(year)}  # fmt: skip
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _company_report(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report and accounts {year}", f"Integrated report {year}",
                                                        f"Sustainability report {year}", f"Interim results {year}"]),
            "issued": {"date-parts": [[year]]}, "publisher": name,
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = self._url(name)
            record["accessed"] = self._accessed_after(year)
        return self._org_work(record, "report", name, tags | {"company"})

    def _company_web(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        record: dict[str, Any] = {
            "type": "webpage", "title": self.rng.choice(["About us", "Press release: record online sales",
                                                         "How our car subscription works", "Our price promise",
                                                         "Press centre", "Electric car leasing explained", self._title()]),
            "URL": self._url(name),
        }  # fmt: skip
        if self.rng.random() < 0.75:
            year = self.year()
            record["issued"] = {"date-parts": [[year]]}
            record["accessed"] = self._accessed_after(year)
        else:
            record["accessed"] = self._accessed_after(2022)
        return self._org_work(record, "web", name, tags | {"company"} | (set() if "issued" in record else {"undated"}))

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year()
        market = self.rng.choice(
            ["used cars", "new cars", "car leasing", "car subscription", "motor finance", "electric vehicles"]
        )
        country = self.rng.choice(["UK", "Ireland", "Germany", "Japan", "South Africa", "Mexico"])
        titles = [f"{market.capitalize()} - {country} - {year}", f"{country} {market} market report {year}",
                  f"Automotive consumer study {year}", f"Used car market report Q{self.rng.randint(1, 4)} {year}",
                  f"Share of {country} car buyers who started their search online, {year}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(name),
                                  "accessed": self._accessed_after(year)}  # fmt: skip
        return self._org_work(record, "report", name, {"market-research"} | ({"ampersand"} if "&" in name else set()))

    def _news(self) -> Work:
        year = self.rng.randint(2012, 2025)  # read online, so no older than the papers' archives these reports use
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": "", "accessed": self._accessed_after(year),
        }  # fmt: skip
        record["URL"] = self._url(record["container-title"])
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})

    def _web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url(),
                                  "accessed": self._accessed_after(2022)}  # fmt: skip
        if self.rng.random() < 0.4:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        record["URL"] = self._url(name)
        return self._org_work(record, "web", name, tags | {"undated"})
