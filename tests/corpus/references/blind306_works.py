"""The blind306 pool's works: what marketers at Alaskan and Yukon cruise lines, seafood brands, bush airlines,
lodges, heritage sites, outdoor-gear makers and tourism bodies cite in CIM Level 6 and 7 reports and MBA
assignments. Written without reading the checker, its tests or any other pool.

Books, chapters and journal articles with one to eight authors (tourism, polar, fisheries and marketing journals),
reports of state, federal, territorial and Canadian public bodies (with and without their abbreviation, two works
of one body in a year), firms' pages and annual reports with Inc., LLC, Corp., Corporation, Ltd and "& plc",
Alaska Native corporations, the regional and trade press signed and unsigned, market research with and without
years and undated pages; Yup'ik, Iñupiaq, Tlingit and Yukon First Nations names, Filipino American, Korean
American, Japanese, German, Canadian French, American and British names.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "report", "web", "news")

_LOCALES = ["en_US", "en_US", "en_US", "en_GB", "en_CA", "fr_CA", "de_DE"]
# (family, given) as the names are printed on papers and reports from Alaska and the Yukon.
_ALASKA_NATIVE = [
    ("Kawagley", "Angayuqaq Oscar"), ("Active", "John"), ("Napoleon", "Harold"), ("Nanalook", "Ruth"),
    ("Chythlook", "Molly"), ("Wassillie", "Peter"), ("Kameroff", "Anna"), ("Nicori", "Grace"),
    ("Ahvakana", "Ronald"), ("Okakok", "Leona"), ("Itta", "Edward"), ("Aqpik", "Sarah"), ("Ningeulook", "Tim"),
    ("Akootchook", "Isaac"), ("Kaleak", "Jeslie"), ("Dauenhauer", "Nora Marks"), ("Worl", "Rosita"),
    ("Kookesh", "Floyd"), ("Katzeek", "David"), ("Peratrovich", "Roy"), ("Twitchell", "X̱'unei Lance"),
    ("Smarch", "Dorothy"), ("Tizya-Tramm", "Dana"), ("Sidney", "Angela"), ("Johnny", "Shirley"),
    ("Demientieff", "Claudette"), ("Kugzruk", "Vera"), ("Sheakley", "Joe"),
]  # fmt: skip
_FILIPINO = [("Dela Cruz", "Maricel"), ("Bautista", "Jerome"), ("Villanueva", "Rowena"), ("Reyes", "Paolo"),
             ("Soriano", "Liza"), ("Tolentino", "Arnel"), ("Manalo", "Kristine"), ("Pangilinan", "Ramon"),
             ("Macaraeg", "Joy")]  # fmt: skip
_KOREAN = [("Kim", "Eunice"), ("Park", "Jihoon"), ("Yoon", "Grace"), ("Han", "Daniel"), ("Choi", "Minji"),
           ("Jung", "Sungwoo"), ("Kang", "Hyejin"), ("Shin", "Andrew")]  # fmt: skip
_JAPANESE = [("Takahashi", "Yuki"), ("Watanabe", "Kenji"), ("Satō", "Haruka"), ("Kobayashi", "Daisuke"),
             ("Itō", "Mai"), ("Yamamoto", "Ren"), ("Kōno", "Akiko"), ("Ōishi", "Takeshi"), ("Nakagawa", "Emi")]  # fmt: skip
_FRENCH_CANADIAN = [("Côté", "Geneviève"), ("Gagnon", "Marc-André"), ("Bélanger", "Sophie"), ("Lévesque", "Julien"),
                    ("Tremblay", "Isabelle"), ("St-Pierre", "Mathieu"), ("D'Amours", "Chantal"),
                    ("Thériault", "Luc"), ("Lapointe", "Élise")]  # fmt: skip
_GERMAN = [("Müller", "Jürgen"), ("Schröder", "Katrin"), ("Weiß", "Tobias"), ("Krüger", "Anja"),
           ("Hoffmann", "Lena"), ("Vogel", "Matthias"), ("Großmann", "Sabine")]  # fmt: skip
_PARTICLE_NAMES = [("von", "Bergen", "Felix"), ("de los", "Reyes", "Carmela"), ("van", "Dyke", "Laura"),
                   ("de", "Vries", "Pieter")]  # fmt: skip

# Organisations as these candidates cite them, with what makes each hard.
_GOVERNMENT = [
    ("Alaska Department of Fish and Game", {"government"}),
    ("Alaska Department of Fish and Game (ADF&G)", {"government", "abbreviation", "ampersand"}),
    ("NOAA Fisheries", {"government", "acronym"}),
    ("National Oceanic and Atmospheric Administration (NOAA)", {"government", "abbreviation"}),
    ("National Park Service", {"government"}), ("National Park Service (NPS)", {"government", "abbreviation"}),
    ("Alaska Travel Industry Association", {"trade-body"}),
    ("Alaska Travel Industry Association (ATIA)", {"trade-body", "abbreviation"}),
    ("Destination Canada", {"government"}), ("Statistics Canada", {"government"}),
    ("Government of Yukon", {"government"}), ("Yukon Bureau of Statistics", {"government"}),
    ("U.S. Bureau of Labor Statistics", {"government", "punctuation"}), ("Bureau of Labor Statistics", {"government"}),
    ("Marine Stewardship Council", {"trade-body"}), ("Marine Stewardship Council (MSC)", {"trade-body", "abbreviation"}),
    ("Alaska Seafood Marketing Institute (ASMI)", {"government", "abbreviation"}),
    ("Alaska Seafood Marketing Institute", {"government"}), ("State of Alaska", {"government"}),
    ("Destination British Columbia", {"government"}), ("Alaska Department of Labor and Workforce Development", {"government"}),
    ("Cruise Lines International Association (CLIA)", {"trade-body", "abbreviation"}),
    ("Tourism Industry Association of the Yukon", {"trade-body"}), ("U.S. Forest Service", {"government", "punctuation"}),
    ("Parks Canada", {"government"}), ("North Pacific Fishery Management Council", {"government"}),
]  # fmt: skip
_FIRMS = [
    ("Carnival Corporation & plc", {"company", "ampersand"}), ("Alaska Air Group, Inc.", {"company", "comma"}),
    ("Trident Seafoods Corporation", {"company"}), ("Lindblad Expeditions Holdings, Inc.", {"company", "comma"}),
    ("Holland America Line", {"company"}), ("Princess Cruises", {"company"}), ("Silver Bay Seafoods, LLC", {"company", "comma"}),
    ("Ravn Alaska", {"company"}), ("Wright Air Service, Inc.", {"company", "comma"}), ("Filson", {"company"}),
    ("XTRATUF", {"company", "acronym"}), ("Royal Caribbean Group", {"company"}),
    ("Norwegian Cruise Line Holdings Ltd.", {"company"}), ("Ocean Beauty Seafoods LLC", {"company"}),
    ("Huna Totem Corporation", {"company"}), ("Sealaska Corporation", {"company"}), ("Doyon, Limited", {"company", "comma"}),
    ("Arctic Slope Regional Corp.", {"company"}), ("Air North, Yukon's Airline", {"company", "comma", "apostrophe"}),
    ("Chena Hot Springs Resort", {"company"}), ("Alaska Railroad Corporation", {"company"}),
    ("Tourism Whistler Ltd", {"company"}), ("Rocky Mountaineer", {"company"}),
]  # fmt: skip
_PRESS = ["Anchorage Daily News", "Juneau Empire", "Yukon News", "CBC North", "Travel Weekly", "SeafoodSource",
          "National Fisherman", "Condé Nast Traveler", "Alaska Beacon", "Whitehorse Star", "Ketchikan Daily News",
          "Skift", "IntraFish", "The Globe and Mail", "The Guardian", "Alaska Public Media", "Nikkei Asia",
          "Alaska Journal of Commerce"]  # fmt: skip
_MARKET_RESEARCH = ["Mintel", "Euromonitor International", "McDowell Group", "Rain Coast Data", "Statista", "Nielsen",
                    "McKinley Research Group", "Mintel Group Ltd", "NielsenIQ", "Phocuswright"]  # fmt: skip
_JOURNALS = ["Annals of Tourism Research", "Journal of Sustainable Tourism", "Tourism Geographies", "Marine Policy",
             "Journal of Ecotourism", "Polar Geography", "Arctic", "Journal of Consumer Marketing",
             "Journal of Marketing Management", "Tourism Management", "Journal of Travel Research", "Polar Record",
             "Current Issues in Tourism", "Fisheries Research", "Scandinavian Journal of Hospitality and Tourism",
             "Journal of Destination Marketing & Management", "Ocean & Coastal Management", "Maritime Studies"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Routledge", "London"), ("Channel View Publications", "Bristol"),
               ("CABI", "Wallingford"), ("University of Alaska Press", "Fairbanks"),
               ("University of Washington Press", "Seattle"), ("Palgrave Macmillan", "Cham"), ("Springer", "Cham"),
               ("Goodfellow Publishers", "Oxford"), ("Edward Elgar", "Cheltenham"), ("UBC Press", "Vancouver"),
               ("McGill-Queen's University Press", "Montreal")]  # fmt: skip
_PLACES = ["Southeast Alaska", "the Kenai Peninsula", "Denali National Park and Preserve", "Kluane", "Dawson City",
           "Nome", "Utqiaġvik", "Whitehorse", "Bristol Bay", "Prince William Sound", "the Inside Passage", "Skagway",
           "Ketchikan", "Juneau", "Sitka", "Kodiak", "the Yukon", "Fairbanks", "the Alaska Highway", "Haida Gwaii",
           "the Mat-Su Valley", "Glacier Bay", "Icy Strait Point", "Nunavik", "Yukon–Kuskokwim Delta"]  # fmt: skip
_TOPICS = ["cruise tourism", "last-chance tourism", "aurora tourism", "wild salmon branding", "seafood provenance",
           "Indigenous tourism", "seasonality", "destination marketing", "overtourism", "community-based tourism",
           "sport fishing", "glacier tourism", "bush aviation", "wilderness lodges", "gold-rush heritage",
           "sustainable seafood labels", "eco-certification", "social media marketing", "visitor satisfaction",
           "winter tourism", "cruise passenger spending", "place branding", "Instagram travel content",
           "climate change adaptation", "shoulder-season demand", "country-of-origin effects", "brand storytelling"]  # fmt: skip
_MARKETS = ["wild salmon", "frozen seafood", "canned salmon", "expedition cruises", "aurora holidays",
            "outdoor clothing", "fishing lodges", "river cruises", "adventure travel", "pollock products",
            "rubber boots", "cruise holidays", "Alaska tours", "smoked fish"]  # fmt: skip
_COUNTRIES = ["US", "United States", "Canada", "UK", "Japan", "Germany", "North America", "Europe"]
# The marketing and tourism texts every candidate cites: (authors, title, publisher, place, first year, editions).
_CLASSICS = [
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane")], "Marketing management", "Pearson", "Harlow", [(2016, "15"), (2022, "16")]),
    ([("Kotler", "Philip"), ("Bowen", "John T."), ("Makens", "James C."), ("Baloglu", "Seyhmus")],
     "Marketing for hospitality and tourism", "Pearson", "Harlow", [(2017, "7"), (2021, "8")]),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing", "Pearson", "Harlow", [(2019, "7"), (2022, "8")]),
    ([("Morrison", "Alastair M.")], "Marketing and managing tourism destinations", "Routledge", "Abingdon", [(2019, "2"), (2023, "3")]),
    ([("Pike", "Steven")], "Destination marketing: essentials", "Routledge", "Abingdon", [(2016, "2"), (2020, None)]),
    ([("Middleton", "Victor T.C."), ("Fyall", "Alan"), ("Morgan", "Michael"), ("Ranchhod", "Ashok")],
     "Marketing in travel and tourism", "Butterworth-Heinemann", "Oxford", [(2009, "4")]),
    ([("Hall", "C. Michael"), ("Saarinen", "Jarkko")], "Tourism and change in polar regions", "Routledge", "London", [(2010, None)]),
    ([("Kapferer", "Jean-Noël")], "The new strategic brand management", "Kogan Page", "London", [(2012, "5")]),
    ([("Aaker", "David A.")], "Building strong brands", "Simon & Schuster", "London", [(2010, None)]),
    ([("Sharpley", "Richard")], "Tourism, tourists and society", "Routledge", "Abingdon", [(2018, "5")]),
    ([("Ryan", "Damian")], "Understanding digital marketing", "Kogan Page", "London", [(2020, "5"), (2023, "6")]),
]  # fmt: skip


class Blind306WorkFactory(WorkFactory):
    """Works cited by marketers in Alaska, the Yukon and British Columbia, their partners abroad and their tutors."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 306306)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.bodies: list[tuple[str, set[str], dict[str, Any]]] = []
        self.classics_used: set[int] = set()

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        table: list[tuple[str, str]] | None = None
        if roll < 0.12:
            table = _ALASKA_NATIVE
        elif roll < 0.18:
            table = _FILIPINO
        elif roll < 0.24:
            table = _KOREAN
        elif roll < 0.31:
            table = _JAPANESE
        elif roll < 0.37:
            table = _FRENCH_CANADIAN
        elif roll < 0.42:
            table = _GERMAN
        elif roll < 0.45:
            particle, family, given = self.rng.choice(_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if table is not None:
            family, given = self.rng.choice(table)
            return {"family": family, "given": given}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        if " " in family:  # "de la Fontaine": keep the names of one word, as most of these papers carry
            family = family.split()[-1]
        if self.rng.random() < 0.06:
            family = f"{family}-{self.fakers['en_US'].last_name().split()[-1]}"
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_GOVERNMENT if self.rng.random() < 0.55 else _FIRMS)
        return name, set(tags)

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.04:
            return self.rng.randint(1978, 1999)
        return self.rng.randint(2005, 2025)

    def _accessed_after(self, issued: list[int]) -> dict[str, list[list[int]]]:
        year = self.rng.randint(max(2023, issued[0]), 2025) if issued else self.rng.randint(2023, 2025)
        date = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        if issued and date[: len(issued)] < issued:
            date = [issued[0], 12, 28]
        return {"date-parts": [date]}

    def _title(self) -> str:
        topic, place = self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {place}",
            f"{topic[0].upper()}{topic[1:]} and {self.rng.choice(_TOPICS)}: evidence from {place}",
            f"Marketing {place}: {topic} and the visitor",
            f"Rethinking {topic} in the North",
            f"{topic[0].upper()}{topic[1:]} on the Last Frontier",
            f"Who benefits from {topic}? The case of {place}",
            f"{topic[0].upper()}{topic[1:]}, Indigenous voices and {place}",
            f"Seasonality and {topic} in {place}",
        ]
        return self.rng.choice(forms)

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "org-report", "person-report", "org-web", "market-research", "news",
             "web-person", "undated-web"],
            weights=[11, 6, 24, 14, 4, 12, 8, 11, 4, 6],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        free = [i for i in range(len(_CLASSICS)) if i not in self.classics_used]
        if free and self.rng.random() < 0.35:
            index = self.rng.choice(free)
            self.classics_used.add(index)
            authors, title, publisher, place, years = _CLASSICS[index]
            year, edition = self.rng.choice(years)
            record: dict[str, Any] = {
                "type": "book", "title": title, "author": [{"family": f, "given": g} for f, g in authors],
                "publisher": publisher, "publisher-place": place, "issued": {"date-parts": [[year]]},
            }  # fmt: skip
            if edition:
                record["edition"] = edition
            return self._person_work(record, "book")
        publisher, place = self.rng.choice(_PUBLISHERS)
        record = {
            "type": "book", "title": self._title(), "author": self._people(4), "publisher": publisher,
            "publisher-place": place, "issued": {"date-parts": [[self.year()]]},
        }  # fmt: skip
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        first = self.rng.randint(3, 300)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice([f"Tourism and change in {self.rng.choice(_PLACES)}",
                                                "The Routledge handbook of polar tourism",
                                                "Arctic tourism experiences: production, consumption and sustainability",
                                                "Seafood marketing: a global perspective",
                                                "Indigenous tourism movements", "Last chance tourism"]),
            "publisher": publisher, "publisher-place": place, "page": f"{first}-{first + self.rng.randint(10, 25)}",
            "issued": {"date-parts": [[self.year()]]},
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        year = self.year()
        first = self.rng.randint(1, 900)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "volume": str(self.rng.randint(10, 105)),
            "issue": str(self.rng.randint(1, 12)), "page": f"{first}-{first + self.rng.randint(8, 30)}",
            "issued": {"date-parts": [[year]]},
        }  # fmt: skip
        roll = self.rng.random()
        if roll < 0.6:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.fakers['en_US'].slug()}.{year}.{self.rng.randint(100, 9999)}"
            )
        elif roll < 0.75:
            record["URL"] = f"https://journal.example.org/{self.fakers['en_US'].slug()}"
            record["accessed"] = self._accessed_after([year])
        return self._person_work(record, "journal")

    def _body_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Two works of one body in one year now and then ("ADF&G, 2023a" and "2023b").
        if self.bodies and "issued" in record and self.rng.random() < 0.15:
            name, tags, issued = self.rng.choice(self.bodies)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        if "issued" in record:
            self.bodies.append((name, tags, record["issued"]))
        return self._org_work(record, kind, name, tags)

    def _org_report(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        slug = self.fakers["en_US"].slug()
        if "company" in tags and self.rng.random() < 0.5:
            title = self.rng.choice([f"Annual report {year}", f"{year} annual report", f"Form 10-K for the fiscal year {year}",
                                     f"Sustainability report {year}", f"{year} ESG report"])  # fmt: skip
        else:
            title = self.rng.choice([self._title(), f"Economic impact of the {self.rng.choice(_TOPICS)} industry in Alaska",
                                     f"Visitor exit survey {year}: {self.rng.choice(_PLACES)}",
                                     f"{self.rng.choice(['Commercial', 'Sport', 'Subsistence'])} salmon fisheries in {self.rng.choice(_PLACES)}"])  # fmt: skip
        record: dict[str, Any] = {
            "type": "report", "title": title, "publisher": name.split(" (")[0],
            "issued": {"date-parts": [[year]]}, "URL": f"https://www.{slug.split('-')[0]}.org/{slug}",
        }  # fmt: skip
        record["accessed"] = self._accessed_after([year])
        if self.rng.random() < 0.12:
            record.pop("issued")
        return self._body_work(record, "report", name, tags)

    def _person_report(self) -> Work:
        """A technical report by named staff ("Fishery Data Series No. 22-15"): a report with people as authors."""
        year = self.year()
        body, place = self.rng.choice([("Alaska Department of Fish and Game", "Anchorage"),
                                       ("Alaska Department of Fish and Game", "Juneau"), ("National Park Service", "Anchorage"),
                                       ("NOAA Fisheries", "Juneau"), ("Yukon Bureau of Statistics", "Whitehorse"),
                                       ("University of Alaska Anchorage", "Anchorage"), ("NOAA Fisheries", "Seattle")])  # fmt: skip
        record: dict[str, Any] = {
            "type": "report", "title": self._title(), "author": self._people(5), "publisher": body,
            "publisher-place": place,
            "issued": {"date-parts": [[year]]},
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["number"] = f"{str(year)[2:]}-{self.rng.randint(1, 40):02d}"
            record["collection-title"] = self.rng.choice(["Fishery Data Series", "Fishery Management Report",
                                                          "Natural Resource Report", "Special Publication"])  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = f"https://www.{body.split()[0].lower()}.gov/{self.fakers['en_US'].slug()}"
            record["accessed"] = self._accessed_after([year])
        return self._person_work(record, "report")

    def _org_web(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        record: dict[str, Any] = {
            "type": "webpage", "title": self._title(), "issued": {"date-parts": [[year]]},
            "URL": f"https://www.{self.fakers['en_US'].domain_word()}.com/{self.fakers['en_US'].slug()}",
        }  # fmt: skip
        record["accessed"] = self._accessed_after([year])
        return self._body_work(record, "web", name, tags)

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {
            "type": "webpage", "title": self._title(), "accessed": self._accessed_after([]),
            "URL": f"https://www.{self.fakers['en_US'].domain_word()}.com/{self.fakers['en_US'].slug()}",
        }  # fmt: skip
        if self.rng.random() < 0.3:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags | {"undated"})

    def _web_person(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "webpage", "title": self._title(), "author": self._people(2), "issued": {"date-parts": [[year]]},
            "URL": f"https://www.{self.fakers['en_US'].domain_word()}.com/blog/{self.fakers['en_US'].slug()}",
        }  # fmt: skip
        record["accessed"] = self._accessed_after([year])
        return self._person_work(record, "web")

    def _market_research(self) -> Work:
        name = self.rng.choice(_MARKET_RESEARCH)
        year = self.year() if self.rng.random() < 0.88 else None
        market, country = self.rng.choice(_MARKETS), self.rng.choice(_COUNTRIES)
        titles = [f"{market[0].upper()}{market[1:]} - {country} - {self.rng.choice(['March', 'July', 'November'])} {year or 2024}",
                  f"{market[0].upper()}{market[1:]} in {country}", f"The economic value of Alaska's {market} industry",
                  f"{country} {market} market: size and forecast to 2030",
                  f"Number of {market} buyers in the {country} from 2018 to 2024"]  # fmt: skip
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice(titles), "publisher": name,
            "URL": f"https://www.{name.split()[0].lower()}.com/{self.fakers['en_US'].slug()}",
        }  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after([year] if year else [])
        if year:
            return self._body_work(record, "report", name, {"market-research"})
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        year = min(self.year(), 2024)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.{self.fakers['en_US'].domain_word()}.com/news/{self.fakers['en_US'].slug()}",
        }  # fmt: skip
        record["accessed"] = {"date-parts": [[2025, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        if self.rng.random() < 0.75:
            record["author"] = self._people(3)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})
