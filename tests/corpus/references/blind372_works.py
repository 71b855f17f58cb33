"""The blind372 pool's works: what marketers at parcel carriers, last-mile start-ups, freight forwarders, fulfilment
firms, postal operators and delivery marketplaces in the UK, Poland, Turkey, Indonesia, Colombia and Australia cite.

Written by another hand without reading the checker, its tests or any other pool. Logistics-marketing and B2B
textbooks and their chapters, journal articles on last-mile delivery, delivery experience, green logistics and
platform markets (one to eight authors), regulators and postal bodies, statistics offices and ministries, carriers'
annual reports, investor presentations and press pages, consultancies' and research firms' reports, trade press,
signed and unsigned news and undated web pages. Names are written as these countries' scholars print them: Polish
and Turkish letters kept ("Wiśniewska", "Yılmaz"), Colombian double surnames ("García Restrepo"), Indonesian single
names ("Suryadi") and Australian names.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["en_GB", "en_GB", "en_GB", "pl_PL", "pl_PL", "tr_TR", "tr_TR", "id_ID", "es_CO", "es_CO", "en_AU", "en_AU"]
_POLISH = [("Wiśniewska", "Agnieszka"), ("Kowalczyk", "Paweł"), ("Łukasik", "Marta"), ("Zieliński", "Tomasz"),
           ("Szymańska", "Katarzyna"), ("Kędzierski", "Michał"), ("Grabowska", "Żaneta"), ("Wójcik", "Łukasz")]  # fmt: skip
_TURKISH = [("Yılmaz", "Elif"), ("Öztürk", "Mehmet"), ("Şahin", "Ayşe"), ("Çelik", "Burak"), ("Doğan", "Gökhan"),
            ("Aydın", "Zeynep"), ("Güneş", "İlker"), ("Kılıç", "Özge")]  # fmt: skip
_COLOMBIAN = [("García Restrepo", "Juan Camilo"), ("Rodríguez-Ospina", "María Fernanda"), ("Gómez Mejía", "Andrés"),
              ("Muñoz Vélez", "Laura Sofía"), ("Castaño Duque", "Santiago"), ("Zuluaga", "Natalia")]  # fmt: skip
_INDONESIAN = ["Suryadi", "Wibowo", "Nurhayati", "Kurniawan", "Setiawan", "Rahmawati", "Hidayat", "Pratiwi"]
_INDONESIAN_GIVEN = ["Agus", "Dewi", "Rizky", "Siti", "Budi", "Putri", "Eko", "Indah"]
_PARTICLES = [("de", "Jong", "Pieter"), ("van der", "Heijden", "Lotte"), ("de la", "Torre", "Camila"),
              ("van", "Wyk", "Karen"), ("di", "Marco", "Luca")]  # fmt: skip

# Who these candidates cite when no person is named: carriers, postal operators, regulators, statistics offices,
# consultancies, research firms and trade bodies, each with the tags that make it hard to read.
_ORGANISATIONS = [
    ("Royal Mail Group", {"company"}), ("International Distribution Services plc", {"company"}), ("Evri", {"company"}),
    ("DPD UK", {"company", "acronym"}), ("InPost S.A.", {"company", "abbreviation"}), ("InPost", {"company"}),
    ("Poczta Polska", {"company"}), ("DHL Group", {"company"}), ("DHL eCommerce UK", {"company"}),
    ("Yurtiçi Kargo", {"company"}), ("Aras Kargo", {"company"}), ("PTT A.Ş.", {"company", "abbreviation"}),
    ("Hepsiburada", {"company"}), ("Trendyol", {"company"}), ("J&T Express", {"company", "ampersand"}),
    ("PT Pos Indonesia (Persero)", {"company", "abbreviation"}), ("JNE", {"company", "acronym"}), ("SiCepat Ekspres", {"company"}),
    ("GoTo Group", {"company"}), ("Servientrega", {"company"}), ("Coordinadora Mercantil", {"company"}),
    ("Rappi", {"company"}), ("Australia Post", {"company"}), ("Sendle", {"company"}), ("Toll Group", {"company"}),
    ("Kuehne+Nagel", {"company", "punctuation"}), ("GXO Logistics", {"company"}), ("Ocado Group plc", {"company"}),
    ("Ofcom", {"government", "regulator"}), ("Universal Postal Union (UPU)", {"government", "abbreviation"}),
    ("Universal Postal Union", {"government"}), ("Competition and Markets Authority (CMA)", {"government", "abbreviation"}),
    ("Urząd Komunikacji Elektronicznej (UKE)", {"government", "abbreviation"}),
    ("Urząd Ochrony Konkurencji i Konsumentów", {"government"}), ("Rekabet Kurumu", {"government"}),
    ("Bilgi Teknolojileri ve İletişim Kurumu (BTK)", {"government", "abbreviation"}),
    ("Australian Competition & Consumer Commission", {"government", "ampersand"}), ("ACCC", {"government", "acronym"}),
    ("Komisi Pengawas Persaingan Usaha (KPPU)", {"government", "abbreviation"}),
    ("Superintendencia de Industria y Comercio", {"government"}), ("Department for Transport", {"government"}),
    ("Department for Business & Trade", {"government", "ampersand"}), ("Office for National Statistics", {"government"}),
    ("Główny Urząd Statystyczny", {"government"}), ("Statistics Poland", {"government"}),
    ("Türkiye İstatistik Kurumu (TÜİK)", {"government", "abbreviation"}), ("Badan Pusat Statistik", {"government"}),
    ("Departamento Administrativo Nacional de Estadística (DANE)", {"government", "abbreviation"}),
    ("Australian Bureau of Statistics", {"government"}), ("Bureau of Infrastructure and Transport Research Economics", {"government"}),
    ("McKinsey & Company", {"company", "ampersand"}), ("Last Mile Experts", {"company"}), ("Apex Insight", {"company"}),
    ("Transport Intelligence", {"company"}), ("Capgemini Research Institute", {"company"}), ("Effigy Consulting", {"company"}),
    ("Mintel", {"market-research"}), ("Statista", {"market-research"}), ("Euromonitor International", {"market-research"}),
    ("GlobalData", {"market-research"}), ("Kantar", {"market-research"}),
    ("Chartered Institute of Logistics and Transport (CILT)", {"trade-body", "abbreviation"}),
    ("Logistics UK", {"trade-body"}), ("Road Haulage Association", {"trade-body"}), ("IMRG", {"trade-body", "acronym"}),
    ("Chartered Institute of Marketing", {"trade-body"}), ("Women in Logistics", {"trade-body"}),
    ("Lloyd's Loading List", {"press", "apostrophe"}), ("Moore's Freight Review", {"press", "apostrophe"}),
]  # fmt: skip
# Whose annual reports, results and investor presentations candidates cite: the carriers, posts and marketplaces.
_CARRIERS = ["Royal Mail Group", "International Distribution Services plc", "Evri", "DPD UK", "InPost S.A.", "InPost",
             "Poczta Polska", "DHL Group", "DHL eCommerce UK", "Yurtiçi Kargo", "Aras Kargo", "PTT A.Ş.", "Hepsiburada",
             "Trendyol", "J&T Express", "PT Pos Indonesia (Persero)", "JNE", "SiCepat Ekspres", "GoTo Group",
             "Servientrega", "Coordinadora Mercantil", "Rappi", "Australia Post", "Sendle", "Toll Group", "Kuehne+Nagel",
             "GXO Logistics", "Ocado Group plc"]  # fmt: skip
# Regulators, postal and competition authorities and transport ministries, whose reviews and decisions are cited.
_REGULATORS = ["Ofcom", "Universal Postal Union (UPU)", "Universal Postal Union", "Competition and Markets Authority (CMA)",
               "Urząd Komunikacji Elektronicznej (UKE)", "Urząd Ochrony Konkurencji i Konsumentów", "Rekabet Kurumu",
               "Bilgi Teknolojileri ve İletişim Kurumu (BTK)", "Australian Competition & Consumer Commission", "ACCC",
               "Komisi Pengawas Persaingan Usaha (KPPU)", "Superintendencia de Industria y Comercio",
               "Department for Transport", "Department for Business & Trade"]  # fmt: skip
_PRESS = ["Parcel and Postal Technology International", "Post & Parcel", "Logistics Manager", "Motor Transport",
          "The Loadstar", "Retail Gazette", "Financial Times", "The Guardian", "Rzeczpospolita", "Puls Biznesu",
          "Hürriyet Daily News", "Daily Sabah", "The Jakarta Post", "Kontan", "El Tiempo", "Portafolio",
          "Australian Financial Review", "The Sydney Morning Herald", "Lloyd's Loading List", "Supply Chain Digital"]  # fmt: skip
_JOURNALS = ["International Journal of Physical Distribution & Logistics Management", "Transportation Research Part E",
             "Journal of Business Logistics", "Industrial Marketing Management", "Journal of Business & Industrial Marketing",
             "International Journal of Logistics Management", "Journal of Retailing and Consumer Services",
             "Supply Chain Management: An International Journal", "Journal of Marketing Management",
             "Research in Transportation Business & Management", "Sustainability", "Journal of Cleaner Production",
             "Electronic Commerce Research and Applications", "LogForum", "Academia Revista Latinoamericana de Administración"]  # fmt: skip
_TOPICS = ["last-mile delivery", "parcel lockers", "out-of-home delivery", "delivery experience", "failed deliveries",
           "green logistics", "electric delivery vans", "cargo bikes", "crowdsourced delivery", "same-day delivery",
           "returns management", "B2B relationships", "platform markets", "delivery marketplaces", "courier branding",
           "customer experience in delivery", "cross-border e-commerce", "quick commerce", "pick-up points",
           "delivery tracking", "cash on delivery", "fulfilment outsourcing", "logistics service quality",
           "carbon labelling of deliveries", "gig couriers", "service recovery", "trust in logistics providers"]  # fmt: skip
_PLACES = ["the UK", "Poland", "Türkiye", "Turkey", "Indonesia", "Colombia", "Australia", "Central and Eastern Europe",
           "Latin America", "Southeast Asia", "Jakarta", "Bogotá", "Istanbul", "Warsaw", "Melbourne"]  # fmt: skip
_BOOKS = [("Logistics and supply chain management", "Pearson", "Harlow"),
          ("Business-to-business marketing", "Palgrave Macmillan", "London"),
          ("Marketing logistics", "Routledge", "Abingdon"), ("Strategic customer service", "Kogan Page", "London"),
          ("Principles of marketing", "Pearson", "Harlow"), ("Green logistics", "Kogan Page", "London"),
          ("B2B brand management", "Springer", "Berlin"), ("Services marketing", "Wiley", "Hoboken, NJ"),
          ("The last mile", "Kogan Page", "London"), ("E-logistics", "Kogan Page", "London"),
          ("Marketing management", "Pearson", "Harlow"), ("Platform strategy", "Routledge", "Abingdon")]  # fmt: skip


class Blind372WorkFactory(WorkFactory):
    """Works of logistics and delivery marketing, with this region's names, bodies and press."""

    KINDS = ("book", "chapter", "journal", "report", "web", "news")

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 372)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 223 + index)
                self.fakers[locale] = fake
        self.dated_organisations: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.12:
            family, given = self.rng.choice(_POLISH)
        elif roll < 0.24:
            family, given = self.rng.choice(_TURKISH)
        elif roll < 0.33:
            family, given = self.rng.choice(_COLOMBIAN)
        elif roll < 0.38:  # an Indonesian single name, printed alone
            return {"family": self.rng.choice(_INDONESIAN)}
        elif roll < 0.44:
            return {"family": self.rng.choice(_INDONESIAN), "given": self.rng.choice(_INDONESIAN_GIVEN)}
        elif roll < 0.48:
            particle, family, given = self.rng.choice(_PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        else:
            fake = self.fakers[self.rng.choice(_LOCALES)]
            family, given = fake.last_name(), fake.first_name()
            if " " in family:
                family = family.split()[-1]
            if self.rng.random() < 0.06:
                family = f"{family}-{self.fakers['en_GB'].last_name().split('-')[0]}"
            elif self.rng.random() < 0.04:
                family = self.rng.choice(["O'", "Mc", "Mac"]) + self.fakers["en_GB"].last_name().split("-")[0]
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        if self.rng.random() < 0.9:
            name, tags = self.rng.choice(_ORGANISATIONS)
            return name, set(tags)
        return super().organisation()

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1985, 2004)
        return self.rng.randint(2008, 2025)

    def _accessed_after(self, issued: list[int]) -> dict[str, list[list[int]]]:
        start = max(issued[0] + (1 if len(issued) > 1 else 0), 2022)
        return {"date-parts": [[self.rng.randint(start, 2026), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _url(self) -> str:
        fake = self.fakers["en_GB"]
        return fake.url() + fake.uri_path()

    def _title(self) -> str:
        topic, other, place = self.rng.choice(_TOPICS), self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"{topic[0].upper()}{topic[1:]} and {other}: evidence from {place}",
                 f"What drives {topic}? A study of online shoppers in {place}", f"Rethinking {topic}",
                 f"{topic[0].upper()}{topic[1:]}: a systematic literature review",
                 f"The effect of {topic} on customer satisfaction and loyalty", f"{topic[0].upper()}{topic[1:]} as a B2B service",
                 f"Who wins from {topic}? Carriers, retailers and consumers in {place}"]  # fmt: skip
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "company-report", "regulator", "statistics", "research", "news", "press",
             "web"],
            weights=[11, 5, 24, 11, 9, 6, 9, 10, 6, 9],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then one organisation's second work of a year ("Ofcom, 2023a" and "2023b").
        if self.dated_organisations and "issued" in record and self.rng.random() < 0.15:
            name, tags, issued = self.rng.choice(self.dated_organisations)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated_organisations.append((name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        title, publisher, place = self.rng.choice(_BOOKS)
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.5:
            record["edition"] = str(self.rng.randint(2, 8))
        if self.rng.random() < 0.3:
            record["title"] = f"{title}: {self.rng.choice(_TOPICS)} and the customer"
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["The Routledge companion to logistics marketing",
                                                "Handbook of last-mile delivery", "City logistics: concepts, policy and practice",
                                                "Handbook of business-to-business marketing"]),
            "issued": {"date-parts": [[self.year()]]},
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        record["publisher"], record["publisher-place"] = self.rng.choice(
            [("Routledge", "Abingdon"), ("Edward Elgar", "Cheltenham"), ("Wiley", "Chichester"), ("Springer", "Cham"),
             ("Kogan Page", "London")])  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _company_report(self) -> Work:
        name = self.rng.choice(_CARRIERS)
        tags = dict(_ORGANISATIONS)[name]
        year = self.rng.randint(2012, 2025)
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report and financial statements {year}",
                                                        f"Capital markets day presentation {year}",
                                                        f"Sustainability report {year}", f"Half-year results {year}",
                                                        f"Investor presentation: {self.rng.choice(['Q1', 'Q2', 'Q3', 'FY'])} {year}",
                                                        "Press release: new out-of-home network"]),
            "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0],
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = self._url()
            record["accessed"] = self._accessed_after([year])
        return self._org_work(record, "report", name, set(tags))

    def _regulator(self) -> Work:
        name = self.rng.choice(_REGULATORS)
        year = self.rng.randint(2012, 2025)
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual monitoring update on postal services {year}",
                                                        "Review of postal users' needs", f"Parcel delivery market study {year}",
                                                        "Consumer experience of parcel deliveries",
                                                        "Decision on the universal service obligation",
                                                        f"Transport statistics {year}", "E-commerce and courier services: market review"]),
            "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0], "URL": self._url(),
        }  # fmt: skip
        record["accessed"] = self._accessed_after([year])
        return self._org_work(record, "report", name, set(dict(_ORGANISATIONS)[name]))

    def _statistics(self) -> Work:
        name = self.rng.choice(["Office for National Statistics", "Główny Urząd Statystyczny", "Statistics Poland",
                                "Türkiye İstatistik Kurumu (TÜİK)", "Badan Pusat Statistik",
                                "Departamento Administrativo Nacional de Estadística (DANE)",
                                "Australian Bureau of Statistics", "Department for Transport"])  # fmt: skip
        year = self.rng.randint(2012, 2025)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(
            ["Retail sales: internet sales as a percentage of total", "Road freight statistics", "Transport and storage in figures",
             "Statistik e-commerce", "Household use of information technology", "Courier and postal activities: quarterly data"]),
            "issued": {"date-parts": [[year]]}, "URL": self._url()}  # fmt: skip
        record["accessed"] = self._accessed_after([year])
        return self._org_work(record, "web", name, set(dict(_ORGANISATIONS)[name]))

    def _research(self) -> Work:
        name = self.rng.choice([n for n, t in _ORGANISATIONS if t & {"market-research", "company"} and n in
                                ("McKinsey & Company", "Last Mile Experts", "Apex Insight", "Transport Intelligence",
                                 "Capgemini Research Institute", "Effigy Consulting", "Mintel", "Statista",
                                 "Euromonitor International", "GlobalData", "Kantar")])  # fmt: skip
        year = self.rng.randint(2012, 2025)
        place = self.rng.choice(_PLACES)
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Out-of-home delivery in Europe {year}", f"Parcel market in {place}: forecast to 2030",
                                                        f"Courier services - {place} - {self.rng.choice(['March', 'July', 'November'])} {year}",
                                                        "The future of the last mile", f"E-commerce logistics in {place}"]),
            "issued": {"date-parts": [[year]]}, "publisher": name, "URL": self._url(),
        }  # fmt: skip
        record["accessed"] = self._accessed_after([year])
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        year = self.year()
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "author": self._people(2),
                                  "container-title": self.rng.choice(_PRESS), "issued": {"date-parts": [issued]},
                                  "URL": self._url()}  # fmt: skip
        record["accessed"] = self._accessed_after(issued)
        return self._person_work(record, "news")

    def _press(self) -> Work:
        """An unsigned news or trade-press item, cited by its paper's name."""
        year = self.year()
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        name = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": name,
                                  "issued": {"date-parts": [issued]}, "URL": self._url()}  # fmt: skip
        record["accessed"] = self._accessed_after(issued)
        return self._org_work(record, "news", name, {"press"} | ({"apostrophe"} if "'" in name else set()))

    def _web(self) -> Work:
        """A carrier's or body's web page, often undated."""
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(
            ["How parcel lockers work", "Our delivery promise", "Sustainability at the last mile", "Send a parcel",
             "About us", "Our history", "Delivery options for business customers", "Returns made simple"]) if self.rng.random() < 0.5 else self._title(),
            "URL": self._url()}  # fmt: skip
        dated = self.rng.random() < 0.45
        if dated:
            record["issued"] = {"date-parts": [[self.year()]]}
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if dated else [2022])
        if self.rng.random() < 0.25:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags | (set() if dated else {"undated"}))
