"""The blind304 pool's works: what marketers at Georgian wineries, mineral-water and brandy brands, Tbilisi hotels,
ski resorts, tour operators and the national tourism body cite in CIM Level 6 and 7 reports and MBA assignments.

Books, chapters and journal articles on wine, tourism and the Caucasus with one to eight authors, the public bodies
of Georgia and the international bodies that report on it (two works of one body in a year now and then), firms'
pages and annual reports with LLC, JSC, Ltd, GmbH, plc and S.A., the Georgian, regional and international press
signed and unsigned, market research with and without years, and the marketing texts every candidate cites.
Georgian names ("-shvili", "-dze", "-ia", "-uri", "-eli"), Armenian names ("-yan"), Russian and Ukrainian names
with patronymic initials, Polish names with "ł", "ż" and "ś", Israeli Hebrew names, German and British names.
Written without reading the checker, its tests or any other pool.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "report", "web", "news")

_GEORGIAN = [
    ("Kharaishvili", "Eteri"), ("Chikhladze", "Nino"), ("Gogia", "Levan"), ("Japaridze", "Tamar"), ("Maisuradze", "Giorgi"),
    ("Tsiklauri", "Mariam"), ("Lomidze", "Davit"), ("Beridze", "Ketevan"), ("Gelashvili", "Irakli"), ("Kvaratskhelia", "Salome"),
    ("Shengelia", "Zurab"), ("Chanturia", "Lasha"), ("Tsereteli", "Nana"), ("Abashidze", "Tornike"), ("Dolidze", "Eka"),
    ("Gugushvili", "Paata"), ("Kobakhidze", "Natia"), ("Chkheidze", "Vakhtang"), ("Melikidze", "Tinatin"), ("Khachidze", "Mamuka"),
    ("Amashukeli", "Sopho"), ("Glonti", "Revaz"), ("Kekelidze", "Maia"), ("Lomouri", "Nodar"), ("Tatanashvili", "Ana"),
    ("Gvalia", "Shota"), ("Jgerenaia", "Lika"), ("Mgeladze", "Otar"), ("Kvirikashvili", "Nutsa"), ("Bakhtadze", "Ia"),
    ("Sikharulidze", "Tengiz"), ("Mamukelashvili", "Khatuna"), ("Zhvania", "Ilia"), ("Chkonia", "Tea"), ("Papava", "Vladimer"),
]  # fmt: skip
_ARMENIAN = [("Harutyunyan", "Anahit"), ("Petrosyan", "Aram"), ("Grigoryan", "Lilit"), ("Sargsyan", "Vahe"),
             ("Hovhannisyan", "Gayane"), ("Avetisyan", "Tigran"), ("Manukyan", "Narine")]  # fmt: skip
# Russian and Ukrainian names as English-language journals print them: given name and patronymic initial.
_EAST_SLAVIC = [("Ivanova", "Olga V."), ("Smirnov", "Aleksandr S."), ("Kuznetsova", "Elena A."), ("Volkov", "Dmitry I."),
                ("Kovalenko", "Andriy M."), ("Shevchuk", "Iryna P."), ("Bondarenko", "Oksana V."), ("Melnyk", "Taras O."),
                ("Sokolov", "Mikhail Y."), ("Lebedeva", "Natalia G.")]  # fmt: skip
_POLISH = [("Łukasiewicz", "Marta"), ("Żurawski", "Paweł"), ("Śliwińska", "Agnieszka"), ("Wołoszyn", "Tomasz"),
           ("Michałowska", "Joanna"), ("Kowalczyk", "Łukasz"), ("Górski", "Michał"), ("Zieliński", "Krzysztof")]  # fmt: skip
_ISRAELI = [("Ben-David", "Yael"), ("Cohen", "Avi"), ("Levi", "Noa"), ("Mizrahi", "Eitan"), ("Shapira", "Tamar"),
            ("Peretz", "Oren"), ("Ben-Ami", "Shira"), ("Friedman", "Yossi"), ("Avraham", "Michal"), ("Katz", "Ronit")]  # fmt: skip
_GERMAN_PARTICLES = [("von", "Bülow", "Katharina"), ("von der", "Heyden", "Jonas"), ("zu", "Löwenstein", "Felix")]  # fmt: skip

_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("Geostat", {"government"}), ("National Statistics Office of Georgia (Geostat)", {"government", "abbreviation"}),
    ("National Statistics Office of Georgia", {"government"}), ("National Bank of Georgia", {"government"}),
    ("Georgian National Tourism Administration", {"government"}),
    ("Georgian National Tourism Administration (GNTA)", {"government", "abbreviation"}),
    ("National Wine Agency", {"government"}), ("National Wine Agency of Georgia", {"government"}),
    ("Ministry of Environmental Protection and Agriculture of Georgia", {"government"}),
    ("Enterprise Georgia", {"government"}),
    ("European Bank for Reconstruction and Development (EBRD)", {"abbreviation"}), ("EBRD", {"acronym"}),
    ("World Bank", set()), ("OIV", {"acronym"}), ("International Organisation of Vine and Wine (OIV)", {"abbreviation"}),
    ("UNESCO", {"acronym"}), ("UNWTO", {"acronym"}), ("World Tourism Organization (UNWTO)", {"abbreviation"}),
    ("Tbilisi Wine Company LLC", {"company"}), ("Georgian Wine and Spirits Company JSC", {"company"}),
    ("IDS Borjomi Georgia JSC", {"company"}), ("TBC Bank Group PLC", {"company"}), ("Bank of Georgia Group PLC", {"company"}),
    ("Teliani Valley JSC", {"company"}), ("Schuchmann Wines Georgia GmbH", {"company"}), ("Pheasant's Tears", {"company", "apostrophe"}),
    ("Pernod Ricard S.A.", {"company"}), ("Diageo plc", {"company", "lowercase"}), ("Adjara Group Hospitality Ltd", {"company"}),
    ("Wine Club Georgia", {"company"}), ("Galt & Taggart", {"company", "ampersand", "market-research"}),
    ("Wines of Georgia & Spirits Association", {"ampersand"}), ("Georgian Restaurants' Association", {"apostrophe"}),
]  # fmt: skip
_MARKET_RESEARCH = ["IWSR", "Wine Intelligence", "Euromonitor International", "Galt & Taggart", "Statista"]
_PRESS_SIGNED = ["Civil.ge", "OC Media", "Georgia Today", "Interpressnews", "Eurasianet", "Decanter", "Wine Enthusiast",
                 "The Guardian", "Financial Times"]  # fmt: skip
_PRESS_UNSIGNED = ["Civil.ge", "OC Media", "Georgia Today", "Interpressnews", "Eurasianet"]
_JOURNALS = ["International Journal of Wine Business Research", "Journal of Wine Research", "Tourism Management",
             "Journal of Destination Marketing & Management", "Caucasus Survey", "Post-Soviet Affairs",
             "Journal of East-West Business", "British Food Journal", "Tourism Management Perspectives",
             "Journal of Vacation Marketing", "Place Branding and Public Diplomacy"]  # fmt: skip
_PLACES = ["Georgia", "Kakheti", "Tbilisi", "Imereti", "Racha-Lechkhumi", "Adjara", "Samegrelo-Zemo Svaneti",
           "Mtskheta-Mtianeti", "the South Caucasus", "Batumi", "Kutaisi", "Kartli", "the Caucasus"]  # fmt: skip
_TOPICS = ["wine tourism", "qvevri wine", "natural wine", "place branding", "destination image", "export marketing",
           "country-of-origin effects", "wine route development", "ski tourism", "mineral water exports",
           "brandy heritage", "hotel distribution", "Instagram marketing", "gastronomy tourism", "rural guesthouses",
           "the supra and hospitality", "post-Soviet branding", "EU market access", "Chinese wine imports",
           "visitor satisfaction", "cellar-door sales", "wine festivals", "tour operator networks"]  # fmt: skip
_CLASSICS: list[dict[str, Any]] = [
    {"type": "book", "title": "Marketing management", "author": [{"family": "Kotler", "given": "Philip"}, {"family": "Keller", "given": "Kevin Lane"}, {"family": "Chernev", "given": "Alexander"}], "issued": {"date-parts": [[2022]]}, "edition": "16", "publisher": "Pearson", "publisher-place": "Harlow"},
    {"type": "book", "title": "Digital marketing: strategy, implementation and practice", "author": [{"family": "Chaffey", "given": "Dave"}, {"family": "Ellis-Chadwick", "given": "Fiona"}], "issued": {"date-parts": [[2019]]}, "edition": "7", "publisher": "Pearson", "publisher-place": "Harlow"},
    {"type": "book", "title": "Marketing for hospitality and tourism", "author": [{"family": "Kotler", "given": "Philip"}, {"family": "Bowen", "given": "John T."}, {"family": "Baloglu", "given": "Seyhmus"}], "issued": {"date-parts": [[2021]]}, "edition": "8", "publisher": "Pearson", "publisher-place": "Harlow"},
    {"type": "book", "title": "Competitive identity: the new brand management for nations, cities and regions", "author": [{"family": "Anholt", "given": "Simon"}], "issued": {"date-parts": [[2007]]}, "publisher": "Palgrave Macmillan", "publisher-place": "Basingstoke"},
    {"type": "book", "title": "Strategic brand management: building, measuring, and managing brand equity", "author": [{"family": "Keller", "given": "Kevin Lane"}, {"family": "Swaminathan", "given": "Vanitha"}], "issued": {"date-parts": [[2020]]}, "edition": "5", "publisher": "Pearson", "publisher-place": "Harlow"},
    {"type": "book", "title": "Wine marketing: a practical guide", "author": [{"family": "Thach", "given": "Liz"}, {"family": "Matz", "given": "Tim"}], "issued": {"date-parts": [[2022]]}, "edition": "3", "publisher": "Routledge", "publisher-place": "Abingdon"},
    {"type": "book", "title": "Principles and practice of marketing", "author": [{"family": "Jobber", "given": "David"}, {"family": "Ellis-Chadwick", "given": "Fiona"}], "issued": {"date-parts": [[2023]]}, "edition": "10", "publisher": "McGraw-Hill", "publisher-place": "London"},
    {"type": "book", "title": "Destination brands: managing place reputation", "author": [{"family": "Morgan", "given": "Nigel"}, {"family": "Pritchard", "given": "Annette"}, {"family": "Pride", "given": "Roger"}], "issued": {"date-parts": [[2011]]}, "edition": "3", "publisher": "Butterworth-Heinemann", "publisher-place": "Oxford"},
]  # fmt: skip


class Blind304WorkFactory(WorkFactory):
    """The blind304 pool's works (see the module's docstring). A subclass, so the other halves are unchanged."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 304304)
        self.organisations: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.34:
            family, given = self.rng.choice(_GEORGIAN)
        elif roll < 0.42:
            family, given = self.rng.choice(_ARMENIAN)
        elif roll < 0.52:
            family, given = self.rng.choice(_EAST_SLAVIC)
        elif roll < 0.60:
            family, given = self.rng.choice(_POLISH)
        elif roll < 0.67:
            family, given = self.rng.choice(_ISRAELI)
        elif roll < 0.70:
            particle, family, given = self.rng.choice(_GERMAN_PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        elif roll < 0.80:
            fake = self.fakers["de_DE"]
            family, given = fake.last_name(), fake.first_name()
            if " " in family or family[:1].islower():
                family = family.split()[-1].capitalize()
        else:
            fake = self.fakers["en_GB"]
            family, given = fake.last_name(), fake.first_name()
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1990, 2005)
        return self.rng.randint(2010, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        first = issued[0] if issued else 2023
        year = self.rng.randint(max(first, 2023), max(first, 2025))
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if issued and year == first:
            low_month = issued[1] if len(issued) > 1 else 1
            month = self.rng.randint(low_month, 12)
            if len(issued) > 2 and month == low_month:
                day = self.rng.randint(issued[2], 28)
        return {"date-parts": [[year, month, day]]}

    def _title(self) -> str:
        topic, place = self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {place}: evidence from a transition economy",
            f"The role of {topic} in {place}",
            f"{topic[0].upper()}{topic[1:]} and {self.rng.choice(_TOPICS)}: the case of {place}",
            f"From Soviet volume to boutique quality: {topic} in {place}",
            f"Authenticity, heritage and {topic} in {place}",
            f"Visitors' perceptions of {topic} in {place}",
            f"{place}: {topic} after the {self.rng.choice(['2006 Russian embargo', 'DCFTA', 'pandemic', 'UNESCO listing'])}",
        ]
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "organisation-web", "organisation-report", "market-research", "press",
             "web-person", "classic"],
            weights=[9, 6, 24, 14, 14, 8, 12, 5, 8],
        )[0]  # fmt: skip
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        return work

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if all(p["family"] != person["family"] for p in people):
                people.append(person)
        return people

    def _book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self._title(), "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "Palgrave Macmillan", "Springer", "Channel View Publications",
                                          "CABI", "Goodfellow Publishers", "Tbilisi State University Press"]),
            "publisher-place": self.rng.choice(["Abingdon", "Cham", "Bristol", "Wallingford", "Oxford", "Tbilisi"]),
        }  # fmt: skip
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["Wine tourism destination management and marketing",
                                                "The Routledge handbook of wine and culture",
                                                "Tourism in the Caucasus", "Georgia after the Rose Revolution",
                                                "Wine and identity: branding, heritage, terroir"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Routledge", "Palgrave Macmillan", "Springer"]),
            "publisher-place": self.rng.choice(["Abingdon", "London", "Cham"]),
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 45)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{(start := self.rng.randint(1, 600))}-{start + self.rng.randint(10, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.choice(['1108', '1016', '1080'])}/{self.fakers['en_GB'].lexify('????').upper()}-{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then one body twice in one year (the National Wine Agency's 2023 report and its 2023 page).
        if self.organisations and "issued" in record and self.rng.random() < 0.14:
            name, tags, issued = self.rng.choice(self.organisations)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
            if kind == "report" and record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.organisations.append((name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _organisation_web(self) -> Work:
        name, tags = self.organisation()
        slug = self.fakers["en_GB"].slug()
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": f"https://www.{self.rng.choice(['geostat.ge', 'nbg.gov.ge', 'gnta.ge', 'wine.gov.ge', 'mepa.gov.ge', 'enterprisegeorgia.gov.ge', 'ebrd.com', 'worldbank.org', 'oiv.int', 'unesco.org', 'unwto.org', 'borjomi.com', 'tbcbankgroup.com', 'bankofgeorgiagroup.com'])}/{slug}"}  # fmt: skip
        if self.rng.random() < 0.78:
            record["issued"] = {"date-parts": [[self.year()]]}
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        return self._org_work(record, "web", name, tags | ({"undated"} if "issued" not in record else set()))

    def _organisation_report(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        titles = [f"Annual report {year}", f"Integrated annual report {year}", f"Wine export statistics {year}",
                  f"International visitor survey {year}", f"Georgia: country diagnostic {year}", self._title(),
                  f"Tourism in Georgia: statistical yearbook {year}", f"Financial stability report {year}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0], "publisher-place": self.rng.choice(["Tbilisi", "London", "Paris", "Washington, DC", "Madrid"])}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = f"https://www.{self.fakers['en_GB'].domain_word()}.ge/{self.fakers['en_GB'].slug()}.pdf"
            record["accessed"] = self._accessed_after([year])
        if self.rng.random() < 0.12:
            del record["issued"]
            record["title"] = record["title"].replace(f" {year}", "")
        return self._org_work(record, "report", name, tags)

    def _market_research(self) -> Work:
        name = self.rng.choice(_MARKET_RESEARCH)
        year = self.year() if self.rng.random() < 0.85 else None
        market = self.rng.choice(
            ["wine", "sparkling wine", "brandy", "bottled water", "premium spirits", "hotel", "ski holiday"]
        )
        country = self.rng.choice(["Georgia", "UK", "Poland", "Germany", "Israel", "China", "Ukraine"])
        titles = [f"{market.capitalize()} in {country.replace('UK', 'the UK')}", f"{country} {market} market: landscape report {year or 2024}",
                  f"Georgian {market} exports by destination, {year or 2023}", f"{market.capitalize()} consumers in {country}: portraits {year or 2024}",
                  f"Georgia hospitality sector review {year or 2024}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": f"https://www.{name.split()[0].lower().replace('&', 'and')}.com/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after([year] if year else None)
        return self._org_work(record, "report", name, {"market-research"})

    def _press(self) -> Work:
        year = self.rng.randint(2012, 2025)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "issued": {"date-parts": [issued]},
                                  "URL": self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path()}  # fmt: skip
        record["accessed"] = self._accessed_after(issued)
        if self.rng.random() < 0.72:
            record["container-title"] = self.rng.choice(_PRESS_SIGNED)
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        name = self.rng.choice(_PRESS_UNSIGNED)
        record["container-title"] = name
        return self._org_work(record, "news", name, {"press"})

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "URL": self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path()}  # fmt: skip
        if self.rng.random() < 0.75:
            record["issued"] = {"date-parts": [[self.year()]]}
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        return self._person_work(record, "web")

    def _classic(self) -> Work:
        record = {
            key: (value if key != "author" else [dict(a) for a in value])
            for key, value in self.rng.choice(_CLASSICS).items()
        }
        record["issued"] = {"date-parts": [list(record["issued"]["date-parts"][0])]}
        return self._person_work(record, "book")
