"""The blind289 pool's works: what marketers in Papua New Guinea, the Solomon Islands and Vanuatu cite.

Written without reading the checker, its tests or the other pools. Books and chapters from Pacific and Australian
presses, articles in Pacific development and tourism journals with one to eight authors (Papua New Guinean,
Solomon Islander, ni-Vanuatu, Polynesian names with the ʻokina and macrons as The Contemporary Pacific prints them,
Australian and New Zealand names), central banks, statistics offices, regulators, development banks and donors (two
works of one body in a year), firms' pages and annual reports with Limited, Ltd and PLC, the region's English-language
press signed and unsigned, market research with and without years, and the marketing texts every candidate cites.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

# Melanesian names as they are printed: a given (often Christian) name and a clan or family name.
_MELANESIAN = [
    ("Kavanamur", "David"), ("Kuman", "Gibson"), ("Namaliu", "Margaret"), ("Wapi", "Kila"), ("Gumuno", "Rosa"),
    ("Yalo", "Peter"), ("Kambuou", "Eileen"), ("Tamalu", "Joel"), ("Pokawin", "Esther"), ("Warakai", "Vincent"),
    ("Kepore", "Anna"), ("Sowei", "Michael"), ("Aisi", "Robert"), ("Kalinoe", "Lawrence"), ("Morauta", "Ruth"),
    ("Wanek", "Alexander"), ("Gimbo", "Kessy"), ("Ako", "Theresa"), ("Kakarabo", "John"), ("Tawali", "Serah"),
    ("Kabutaulaka", "Tarcisius"), ("Maezama", "Jennifer"), ("Houenipwela", "Kenneth"), ("Sade", "Alice"),
    ("Tuhanuku", "Joses"), ("Fono", "Lilly"), ("Ramoni", "Derek"), ("Otoiasi", "Patricia"), ("Ha'ahoro", "Clement"),
    ("Regenvanu", "Ralph"), ("Kalsakau", "Jenny"), ("Molisa", "Grace"), ("Natapei", "Edward"), ("Tari", "Linda"),
    ("Toa", "Joe"), ("Vatu", "Florence"), ("Tabimasmas", "Charlot"), ("Bule", "Mireille"), ("Kaltongga", "Anatole"),
    ("Iautu", "Sophie"), ("Nalau", "Willie"),
]  # fmt: skip
# Polynesian and Micronesian scholars of the region, written with the ʻokina and macrons as their journals print them.
_POLYNESIAN = [("Hau‘ofa", "Epeli"), ("Māhina", "Okusitino"), ("Teaiwa", "Katerina"), ("Fa‘anunu", "Losana"),
               ("Taumoefolau", "Mele"), ("Vaʻai", "Saleimoa"), ("Kēhaulani", "Noelani"), ("Tuʻipulotu", "Sione"),
               ("Mānoa", "Pio"), ("Sāmoa", "Tavita"), ("Pōhiva", "Ana")]  # fmt: skip
_LOCALES = ["en_AU", "en_AU", "en_NZ", "en_GB", "en_US", "en_IN", "fr_FR", "en_PH"]
_ORGANISATIONS = [
    ("Bank of Papua New Guinea", {"government"}), ("Bank of Papua New Guinea (BPNG)", {"government", "abbreviation"}),
    ("National Statistical Office (NSO PNG)", {"government", "abbreviation"}),
    ("National Information and Communications Technology Authority (NICTA)", {"government", "abbreviation"}),
    ("Independent Consumer and Competition Commission (ICCC)", {"government", "abbreviation"}),
    ("Central Bank of Solomon Islands", {"government"}), ("Reserve Bank of Vanuatu", {"government"}),
    ("Vanuatu National Statistics Office", {"government"}), ("Asian Development Bank", {"government"}),
    ("ADB", {"government", "acronym"}), ("World Bank", {"government"}), ("World Bank Group", {"government"}),
    ("Pacific Islands Forum Secretariat", {"government"}), ("Pacific Community (SPC)", {"government", "abbreviation"}),
    ("Department of Foreign Affairs and Trade (DFAT)", {"government", "abbreviation"}),
    ("Papua New Guinea Tourism Promotion Authority", {"government"}),
    ("Tourism Solomons", {"government"}), ("Vanuatu Tourism Office", {"government"}),
    ("Solomon Islands National Statistics Office", {"government"}),
    ("Department of National Planning & Monitoring", {"government", "ampersand"}),
    ("Pacific Tourism Organisation (SPTO)", {"government", "abbreviation"}),
    ("Business Council of Papua New Guinea", {"trade-body"}),
    ("Papua New Guinea Chamber of Mines & Petroleum", {"trade-body", "ampersand"}),
    ("Vanuatu Chamber of Commerce & Industry", {"trade-body", "ampersand"}),
]  # fmt: skip
_FIRMS = [
    ("BSP Financial Group Limited", {"company"}), ("Kina Securities Limited", {"company"}),
    ("Digicel (PNG) Limited", {"company", "abbreviation"}), ("Air Niugini Limited", {"company"}),
    ("Santos Limited", {"company"}), ("Telikom PNG Ltd", {"company"}), ("Vodafone PNG", {"company"}),
    ("Westpac Banking Corporation", {"company"}), ("Ok Tedi Mining Limited", {"company"}),
    ("Newcrest Mining Limited", {"company"}), ("Oil Search Limited", {"company"}),
    ("SP Brewery Ltd", {"company"}), ("Coca-Cola Europacific Partners PLC", {"company"}),
    ("CPL Group", {"company"}), ("Solomon Airlines Ltd", {"company"}), ("Air Vanuatu (Operations) Limited", {"company"}),
    ("Bank South Pacific's SME Centre", {"company", "apostrophe"}), ("Goroka Coffee Roasters", {"company"}),
    ("Our Telekom", {"company"}), ("Kumul Telikom Holdings Ltd", {"company"}), ("Steamships Trading Company Ltd", {"company"}),
]  # fmt: skip
_RESEARCH = ["GSMA Intelligence", "Euromonitor International", "Tebbutt Research", "Lowy Institute", "Kantar",
             "GSMA", "DataReportal", "Pacific Trade Invest"]  # fmt: skip
_PRESS = ["The National", "Post-Courier", "Solomon Star", "Vanuatu Daily Post", "Islands Business", "RNZ Pacific",
          "ABC Pacific", "Business Advantage PNG", "Island Sun", "The Guardian"]  # fmt: skip
_JOURNALS = ["Pacific Economic Bulletin", "The Contemporary Pacific", "Development Policy Review",
             "Asia Pacific Viewpoint", "Journal of Pacific Studies", "Tourism Planning & Development",
             "Journal of Pacific History", "Pacific Affairs", "Tourism Management", "Journal of Business Research",
             "Asia Pacific Journal of Marketing and Logistics", "Journal of Destination Marketing & Management",
             "Telecommunications Policy", "Contemporary PNG Studies"]  # fmt: skip
_TOPICS = ["mobile money", "financial inclusion", "mobile data prices", "betel-nut markets", "coffee smallholders",
           "destination image", "cruise tourism", "informal markets", "wantok networks", "brand trust",
           "agent banking", "customer loyalty", "social media use", "rural mobile coverage", "remittances",
           "SME lending", "diaspora tourism", "women market vendors", "fresh produce supply chains", "airline service quality",
           "resource-sector employment", "consumer ethnocentrism", "Facebook marketing", "price sensitivity",
           "community-based tourism", "bottled water and soft drinks", "supermarket retailing", "eftpos adoption"]  # fmt: skip
_PLACES = ["Papua New Guinea", "PNG", "Port Moresby", "Lae", "the Highlands", "Honiara", "Guadalcanal",
           "Malaita", "Vanuatu", "Port Vila", "Santo", "Tanna", "Melanesia", "the Pacific", "East New Britain",
           "Bougainville", "Madang", "Mount Hagen", "Goroka", "Solomon Islands"]  # fmt: skip
_TEXTS = [
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Chernev", "Alexander")], "Marketing management", "Pearson", "Harlow", [2016, 2022]),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow", [2019, 2022]),
    ([("Jobber", "David"), ("Ellis-Chadwick", "Fiona")], "Principles and practice of marketing", "McGraw-Hill", "London", [2016, 2020]),
    ([("Kotler", "Philip"), ("Bowen", "John T."), ("Makens", "James C."), ("Baloglu", "Seyhmus")], "Marketing for hospitality and tourism", "Pearson", "Boston", [2017, 2022]),
    ([("Morrison", "Alastair M.")], "Marketing and managing tourism destinations", "Routledge", "Abingdon", [2013, 2019]),
    ([("Keller", "Kevin Lane"), ("Swaminathan", "Vanitha")], "Strategic brand management", "Pearson", "Harlow", [2020]),
    ([("Sharp", "Byron")], "How brands grow: what marketers don't know", "Oxford University Press", "South Melbourne", [2010]),
    ([("Hollensen", "Svend")], "Global marketing", "Pearson", "Harlow", [2017, 2020]),
    ([("Prahalad", "C. K.")], "The fortune at the bottom of the pyramid", "Wharton School Publishing", "Upper Saddle River", [2005]),
    ([("Solomon", "Michael R.")], "Consumer behavior: buying, having, and being", "Pearson", "Harlow", [2018, 2020]),
]  # fmt: skip


class Blind289WorkFactory(WorkFactory):
    """Works for the blind289 pool (HELD OUT): Papua New Guinea, the Solomon Islands and Vanuatu."""

    KINDS = ("book", "chapter", "journal", "report", "web", "news")

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 289)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.bodies: list[tuple[str, set[str], int]] = []

    # ------------------------------------------------------------------ people, bodies and dates
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.42:
            family, given = self.rng.choice(_MELANESIAN)
        elif roll < 0.52:
            family, given = self.rng.choice(_POLYNESIAN)
        else:
            fake = self.fakers[self.rng.choice(_LOCALES)]
            family, given = fake.last_name(), fake.first_name()
            if self.rng.random() < 0.06:
                family = f"{family}-{self.fakers['en_AU'].last_name()}"
        return {"family": family, "given": given}

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1975, 1995)
        return self.rng.randint(2005, 2025)

    def accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        low = max(2023, issued[0]) if issued else 2023
        year = self.rng.randint(low, 2025)
        month = self.rng.randint(1, 12)
        if issued and year == issued[0] and len(issued) > 1:
            month = self.rng.randint(issued[1], 12)
        day = self.rng.randint(1, 28)
        if issued and len(issued) > 2 and [year, month] == issued[:2]:
            day = self.rng.randint(issued[2], 28)
        return {"date-parts": [[year, month, day]]}

    def _title(self) -> str:
        topic, place = self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"{topic[0].upper()}{topic[1:]} and {self.rng.choice(_TOPICS)}: evidence from {place}",
                 f"Understanding {topic} in {place}", f"The {topic} challenge in {place}",
                 f"Who pays? {topic[0].upper()}{topic[1:]} in {place}", f"Marketing {self.rng.choice(['mobile data', 'savings accounts', 'tourism', 'coffee', 'soft drinks', 'air travel'])} in {place}",
                 f"{place}: {topic} since {self.rng.randint(2000, 2020)}"]  # fmt: skip
        return self.rng.choice(forms)

    def _url(self, domain: str) -> str:
        return f"https://www.{domain}/{self.fakers['en_GB'].slug()}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "text", "body", "firm", "news", "research", "web-person"],
            weights=[8, 5, 22, 8, 17, 12, 12, 9, 7],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self._title(), "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["ANU Press", "University of Hawai‘i Press", "UPNG Press", "Routledge", "Palgrave Macmillan",
                                          "Institute of Pacific Studies, USP", "Cambridge University Press"]),
            "publisher-place": self.rng.choice(["Canberra", "Honolulu", "Port Moresby", "Abingdon", "Suva", "Cambridge"]),
        }  # fmt: skip
        return self._person_work(record, "book")

    def _text(self) -> Work:
        authors, title, publisher, place, years = self.rng.choice(_TEXTS)
        record: dict[str, Any] = {
            "type": "book", "title": title, "author": [{"family": f, "given": g} for f, g in authors],
            "issued": {"date-parts": [[self.rng.choice(years)]]}, "publisher": publisher, "publisher-place": place,
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["edition"] = str(self.rng.randint(2, 17))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": f"{self.rng.choice(['Tourism in', 'Business and development in', 'Digital Melanesia:', 'Markets and livelihoods in'])} {self.rng.choice(_PLACES)}",
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["ANU Press", "Routledge", "Springer"]),
            "publisher-place": self.rng.choice(["Canberra", "Abingdon", "Singapore"]),
            "page": f"{(start := self.rng.randint(1, 280))}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 45)), "issue": str(self.rng.randint(1, 4)),
            "page": f"{(start := self.rng.randint(1, 500))}-{start + self.rng.randint(8, 28)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "URL": self._url(self.rng.choice(["devpolicy.org", "lowyinstitute.org", "pina.com.fj", "eastasiaforum.org"]))}  # fmt: skip
        if self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[self.year()]]}
        record["accessed"] = self.accessed_after(record.get("issued", {}).get("date-parts", [None])[0])
        return self._person_work(record, "web")

    def _dated_body(self, name: str, tags: set[str], record: dict[str, Any], kind: str) -> Work:
        # Now and then one body's second work of a year ("Bank of Papua New Guinea, 2023a" and "2023b").
        if self.bodies and "issued" in record and self.rng.random() < 0.15:
            name, tags, year = self.rng.choice(self.bodies)
            old = str(record["issued"]["date-parts"][0][0])
            record["issued"] = {"date-parts": [[year]]}
            record["title"] = record["title"].replace(old, str(year))
            if "publisher" in record:
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.bodies.append((name, tags, record["issued"]["date-parts"][0][0]))
        if "URL" in record:
            record["accessed"] = self.accessed_after(record.get("issued", {}).get("date-parts", [None])[0])
        return self._org_work(record, kind, name, tags)

    def _body(self) -> Work:
        name, tags = self.rng.choice(_ORGANISATIONS)
        year = self.year()
        titles = [f"Quarterly economic bulletin: {self.rng.choice(['March', 'June', 'September', 'December'])} quarter {year}",
                  f"Monetary policy statement {year}", f"Annual report {year}", f"Household income and expenditure survey {year}",
                  f"National financial inclusion strategy {year}-{year + 5}", f"Tourism sector review {year}",
                  f"ICT sector market report {year}", f"Pacific economic monitor {year}", self._title()]  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "report", "webpage"]), "title": self.rng.choice(titles),
                                  "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0],
                                  "publisher-place": self.rng.choice(["Port Moresby", "Honiara", "Port Vila", "Manila", "Washington, DC", "Suva", "Noumea", "Canberra"])}  # fmt: skip
        if record["type"] == "webpage" or self.rng.random() < 0.6:
            record["URL"] = self._url(
                self.rng.choice(
                    [
                        "bankpng.gov.pg",
                        "nso.gov.pg",
                        "nicta.gov.pg",
                        "iccc.gov.pg",
                        "cbsi.com.sb",
                        "rbv.gov.vu",
                        "adb.org",
                        "worldbank.org",
                        "forumsec.org",
                        "spc.int",
                        "dfat.gov.au",
                    ]
                )
            )
        if record["type"] == "webpage":
            del record["publisher"], record["publisher-place"]
            if self.rng.random() < 0.15:
                del record["issued"]
        return self._dated_body(name, tags, record, "report" if record["type"] == "report" else "web")

    def _firm(self) -> Work:
        name, tags = self.rng.choice(_FIRMS)
        year = self.rng.randint(2010, 2025)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]),
                                  "title": self.rng.choice([f"Annual report {year}", f"Sustainability report {year}", "About us",
                                                            "Our history", f"Half-year results {year}", "Personal banking", "Prepaid plans and data bundles",
                                                            "Community and landowner relations", "Our network"]),
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        record["URL"] = self._url(
            self.rng.choice(
                [
                    "bsp.com.pg",
                    "kinabank.com.pg",
                    "digicelpng.com",
                    "airniugini.com.pg",
                    "santos.com",
                    "oktedi.com",
                    "spbrewery.com.pg",
                ]
            )
        )
        if record["type"] == "report":
            record["publisher"], record["publisher-place"] = name, "Port Moresby"
        elif self.rng.random() < 0.3:
            del record["issued"]
        return self._dated_body(name, tags, record, "report" if record["type"] == "report" else "web")

    def _research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.85 else None
        country = self.rng.choice(
            ["Papua New Guinea", "PNG", "Solomon Islands", "Vanuatu", "the Pacific Islands", "Melanesia"]
        )
        titles = [f"The mobile economy: Pacific Islands {year or 2023}", f"Digital {year or 2024}: {country}",
                  f"Soft drinks in {country}", f"{country} consumer survey {year or 2022}", f"Lowy Institute Pacific aid map {year or 2024}",
                  f"Mobile money in {country}: market update", f"Consumer lifestyles in {country}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": self._url(name.split()[0].lower() + ".com")}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        tags = {"market-research"} | ({"undated"} if not year else set())
        return self._dated_body(name, tags, record, "report")

    def _news(self) -> Work:
        year = self.year() if self.rng.random() < 0.5 else self.rng.randint(2016, 2025)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(self.rng.choice(["thenational.com.pg", "postcourier.com.pg", "solomonstarnews.com", "dailypost.vu", "islandsbusiness.com", "rnz.co.nz", "abc.net.au"])),
        }  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        name = record["container-title"]
        return self._org_work(record, "news", name, {"press"})
