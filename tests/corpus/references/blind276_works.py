"""The blind276 pool's works: what marketers in Mongolia and its diaspora cite in CIM and MBA reports.

Written without reading the checker, its tests or any other pool. Mongolian scholars as they print their names in
English (a patronymic initial before the given name, "Batbayar, D."; hyphenated names, "Bold-Erdene, T."; Cyrillic
romanised in more than one way, "Ölziibayar" and "Ulziibayar"), with Korean, Japanese, Czech, German and Anglophone
co-authors; Mongolian public bodies and international bodies with and without their abbreviations, laws of Mongolia,
the local press, firms' pages and annual reports (LLC, JSC), market research and the marketing texts every candidate
cites; undated pages, access dates on web works and two works of one body in a year.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "report", "web", "news", "legislation", "market-research", "company-report",
         "classic")  # fmt: skip

# Family name as printed first in an English reference, and the given (or patronymic) name.
_MONGOLIAN = [
    ("Batbayar", "Dashdorj"), ("Enkhtuya", "Oyunchimeg"), ("Bold-Erdene", "Tumur"), ("Munkh-Orgil", "Gantulga"),
    ("Ölziibayar", "Sükhbaatar"), ("Ulziibayar", "Sukhbaatar"), ("Tsogtbaatar", "Nyamdorj"), ("Oyunbileg", "Byambaa"),
    ("Gantumur", "Erdenechimeg"), ("Naranbaatar", "Khishigjargal"), ("Altantsetseg", "Purevsuren"),
    ("Bayarmaa", "Ganbold"), ("Tserendorj", "Batkhuyag"), ("Erdenebileg", "Munkhzaya"), ("Dulamsuren", "Otgonbayar"),
    ("Byambasuren", "Enkhjargal"), ("Khaliun", "Davaasambuu"), ("Amarsaikhan", "Zolzaya"), ("Tögsjargal", "Bat-Ochir"),
    ("Tugsjargal", "Bat-Ochir"), ("Jargalsaikhan", "Uranchimeg"), ("Bat-Erdene", "Solongo"), ("Purevdorj", "Anudari"),
    ("Otgonbaatar", "Nomin"), ("Chuluunbaatar", "Ariunaa"), ("Davaadorj", "Tsetsegmaa"), ("Lkhagvasuren", "Undarmaa"),
    ("Sükhbat", "Oyuntsetseg"), ("Sukhbat", "Oyuntsetseg"), ("Ganzorig", "Mönkhtuya"), ("Enkh-Amgalan", "Buyan"),
    ("Nyamjav", "Saruul"), ("Tuvshintugs", "Narantsetseg"), ("Zorigt", "Bilguun"), ("Dorjsuren", "Oyun-Erdene"),
]  # fmt: skip
_ABROAD = [
    ("Kim", "Jiwoo"), ("Park", "Sungmin"), ("Lee", "Hyunjoo"), ("Choi", "Minseo"), ("Tanaka", "Hiroshi"),
    ("Sato", "Kenji"), ("Yamamoto", "Aiko"), ("Dvořák", "Petr"), ("Nováková", "Jana"), ("Procházka", "Tomáš"),
    ("Müller", "Jürgen"), ("Schäfer", "Katrin"), ("Becker", "Lukas"), ("Smith", "Rebecca"), ("Rossabi", "Morris"),
    ("Sneath", "David"), ("Bulag", "Uradyn"), ("Johnson", "Mark"), ("O'Neill", "Ciara"), ("Walsh", "Peter"),
]  # fmt: skip
_PUBLIC = [
    ("National Statistics Office of Mongolia", {"government"}), ("National Statistics Office of Mongolia (NSO)", {"government", "abbreviation"}),
    ("NSO", {"government", "acronym"}), ("Bank of Mongolia", {"government"}), ("Financial Regulatory Commission", {"government"}),
    ("Communications Regulatory Commission of Mongolia", {"government"}),
    ("Mongolian National Chamber of Commerce and Industry (MNCCI)", {"abbreviation"}),
    ("Ministry of Food, Agriculture and Light Industry", {"government", "comma"}),
    ("Ministry of Economy and Development", {"government"}), ("Mongolian Tourism Association", set()),
    ("World Bank", {"international"}), ("Asian Development Bank", {"international"}), ("ADB", {"international", "acronym"}),
    ("European Bank for Reconstruction and Development (EBRD)", {"international", "abbreviation"}),
    ("International Monetary Fund", {"international"}), ("IMF", {"international", "acronym"}),
    ("United Nations Development Programme (UNDP)", {"international", "abbreviation"}),
    ("Food and Agriculture Organization of the United Nations (FAO)", {"international", "abbreviation"}),
    ("Sustainable Fibre Alliance", set()), ("Mongolian Wool & Cashmere Association", {"ampersand"}),
]  # fmt: skip
_FIRMS = [
    ("Khan Bank", {"company"}), ("Golomt Bank", {"company"}), ("Trade and Development Bank of Mongolia (TDB)", {"company", "abbreviation"}),
    ("XacBank", {"company"}), ("LendMN NBFI JSC", {"company"}), ("Mobicom Corporation", {"company"}),
    ("Unitel LLC", {"company"}), ("Skytel LLC", {"company"}), ("Oyu Tolgoi LLC", {"company"}), ("Rio Tinto", {"company"}),
    ("Erdenes Tavan Tolgoi JSC", {"company"}), ("Gobi Cashmere", {"company"}), ("Goyo Cashmere", {"company"}),
    ("APU JSC", {"company"}), ("Nomin Holding", {"company"}), ("E-Mart Mongolia", {"company"}),
    ("MIAT Mongolian Airlines", {"company"}), ("Hunnu Air", {"company"}), ("Khan Buuz", {"company"}),
    ("Ernst & Young Mongolia", {"company", "ampersand"}), ("Deloitte Onch Audit LLC", {"company"}),
    ("Tumen's Travel", {"company", "apostrophe"}),
]  # fmt: skip
_PRESS = ["Montsame", "UB Post", "News.mn", "Ikon.mn", "Mongolia Weekly", "The Mongol Messenger", "Mongolian Economy",
          "Business Mongolia", "The Korea Herald", "Nikkei Asia"]  # fmt: skip
_RESEARCH = ["MMCG", "Kantar Mongolia", "Euromonitor International", "IRIM", "Statista", "Sant Maral Foundation",
             "Ipsos Mongolia"]  # fmt: skip
_LAWS = ["Law on Consumer Protection", "Law on Advertising", "Law on Personal Data Protection",
         "Law on Competition", "Law on Electronic Signature", "Law on Tourism", "Law on Banking",
         "Law on Value Added Tax", "Law on Public Information (Transparency)"]  # fmt: skip
_TOPICS = ["mobile banking adoption", "brand trust", "cashmere branding", "country-of-origin effects",
           "digital payments", "social media marketing", "customer loyalty", "green cashmere",
           "service quality in banking", "tourism destination image", "e-commerce", "fintech adoption",
           "Korean consumer culture", "influencer marketing", "nomadic heritage branding", "retail store choice",
           "mobile data pricing", "airline service quality", "corporate social responsibility in mining",
           "halal and organic food labels", "diaspora remittances"]  # fmt: skip
_PLACES = ["Mongolia", "Ulaanbaatar", "the Mongolian market", "Mongolian SMEs", "post-socialist Mongolia",
           "the Gobi region", "Mongolian consumers", "Erdenet and Darkhan"]  # fmt: skip
_JOURNALS = ["Mongolian Journal of Economics and Business", "Inner Asia", "Asian Journal of Business Research",
             "Journal of Asian Finance, Economics and Business", "Central Asian Survey", "Asia Pacific Journal of Marketing and Logistics",
             "Journal of Consumer Marketing", "International Journal of Bank Marketing", "Sustainability",
             "Tourism Management Perspectives", "Journal of Fashion Marketing and Management",
             "Mongolian Journal of Agricultural Sciences"]  # fmt: skip
_CLASSICS: list[tuple[list[tuple[str, str]], int, str, str]] = [
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane")], 2016, "Marketing management", "Pearson"),
    ([("Kotler", "Philip"), ("Armstrong", "Gary")], 2021, "Principles of marketing", "Pearson"),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], 2019, "Digital marketing", "Pearson"),
    ([("Jobber", "David"), ("Ellis-Chadwick", "Fiona")], 2020, "Principles and practice of marketing", "McGraw-Hill"),
    ([("Porter", "Michael E.")], 1985, "Competitive advantage", "Free Press"),
    ([("Aaker", "David A.")], 1991, "Managing brand equity", "Free Press"),
    ([("Keller", "Kevin Lane")], 2013, "Strategic brand management", "Pearson"),
    ([("Hofstede", "Geert")], 2001, "Culture's consequences", "Sage"),
    ([("Sharp", "Byron")], 2010, "How brands grow", "Oxford University Press"),
]  # fmt: skip


class Blind276WorkFactory(WorkFactory):
    """Works of Mongolian and visiting scholars, Mongolian and international bodies, laws, the press, firms and
    research houses; one seed always gives the same works."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 27600)
        self.organisations: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ names and dates
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.6:
            family, given = self.rng.choice(_MONGOLIAN)
        elif roll < 0.85:
            family, given = self.rng.choice(_ABROAD)
        else:
            return super().person()
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[35, 25, 15, 10, 6, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if all(p["family"] != person["family"] for p in people):
                people.append(person)
        return people

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1985, 2004)
        return self.rng.randint(2008, 2025)

    def accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        first = max(2023, year or 2023)
        return {
            "date-parts": [
                [self.rng.randint(first, max(first, 2025)), self.rng.randint(1, 12), self.rng.randint(1, 28)]
            ]
        }

    def _title(self) -> str:
        topic, place = self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"The role of {topic} in {place}: evidence from a survey",
                 f"Determinants of {topic} among Mongolian consumers", f"{topic[0].upper()}{topic[1:]} and brand equity: the case of {place}",
                 f"Rethinking {topic} after the pandemic: {place}", f"A study of {topic} in Ulaanbaatar"]  # fmt: skip
        return self.rng.choice(forms)

    def _url(self, host: str) -> str:
        slug = "-".join(self._title().lower().replace(":", "").split()[:5])
        return f"https://{host}/{slug}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "report", "web", "news", "legislation", "market-research", "company-report",
             "classic"],
            weights=[8, 5, 24, 14, 10, 10, 4, 8, 9, 6],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self._title(), "author": self._people(3), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Admon", "National University of Mongolia Press", "Routledge", "Palgrave Macmillan", "Springer", "Soyombo Printing"]),
            "publisher-place": self.rng.choice(["Ulaanbaatar", "London", "Singapore", "Cham"]),
        }  # fmt: skip
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["Mongolia's economy in transition", "Marketing in emerging Asia", "Business in Central Asia", "The Routledge handbook of Mongolian studies"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Routledge", "Springer", "Brill"]),
            "publisher-place": self.rng.choice(["Abingdon", "Singapore", "Leiden"]),
            "page": f"{(start := self.rng.randint(1, 280))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 40)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{(start := self.rng.randint(1, 600))}-{start + self.rng.randint(8, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = f"10.{self.rng.randint(1000, 9999)}/mjeb.{self.rng.randint(100, 99999)}"
        return self._person_work(record, "journal")

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then one body's second work of a year ("Bank of Mongolia, 2023a" and "2023b").
        if self.organisations and "issued" in record and self.rng.random() < 0.12:
            name, tags, issued = self.rng.choice(self.organisations)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(issued["date-parts"][0][0])
        if "issued" in record:
            self.organisations.append((name, tags, record["issued"]))
            issued = record["issued"]["date-parts"][0]
            if "accessed" in record and record["accessed"]["date-parts"][0] < issued:
                record["accessed"] = {"date-parts": [[issued[0], 12, 28]]}
        return self._org_work(record, kind, name, tags)

    def _report(self) -> Work:
        name, tags = self.rng.choice(_PUBLIC)
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "issued": {"date-parts": [[year]]},
            "title": self.rng.choice([f"Mongolia economic update: {self.rng.choice(['spring', 'autumn'])} {year}", f"Statistical yearbook {year}", f"Labour force survey {year}", "Financial inclusion in Mongolia", "Livestock census results", f"Monetary policy statement {year}", self._title()]),
            "publisher": name.split(" (")[0], "publisher-place": "Ulaanbaatar" if "international" not in tags else "Washington, DC",
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url(
                self.rng.choice(
                    [
                        "www.1212.mn",
                        "www.mongolbank.mn",
                        "www.worldbank.org",
                        "www.adb.org",
                        "www.ebrd.com",
                        "www.frc.mn",
                    ]
                )
            )
            record["accessed"] = self.accessed_after(year)
        return self._org(record, "report", name, tags)

    def _web(self) -> Work:
        name, tags = self.rng.choice(_PUBLIC + _FIRMS)
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url(self.rng.choice(["www.khanbank.com", "www.mobicom.mn", "www.ot.mn", "www.apu.mn", "www.miat.com", "www.1212.mn", "www.crc.gov.mn"]))}  # fmt: skip
        year = None
        if self.rng.random() < 0.75:
            year = self.year()
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self.accessed_after(year)
        if self.rng.random() < 0.25:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        return self._org(record, "web", name, tags | ({"undated"} if year is None else set()))

    def _news(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(self.rng.choice(["montsame.mn/en", "www.ubpost.mn", "news.mn", "ikon.mn", "www.mongoliaweekly.org"])),
        }  # fmt: skip
        record["accessed"] = self.accessed_after(year)
        issued = record["issued"]["date-parts"][0]
        if record["accessed"]["date-parts"][0] < issued:  # read on the day it came out, or later
            record["accessed"] = {"date-parts": [[issued[0], 12, 28]]}
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org(record, "news", record["container-title"], {"press"})

    def _legislation(self) -> Work:
        year = self.rng.choice([1992, 2002, 2005, 2010, 2013, 2015, 2017, 2019, 2021, 2022, 2023])
        record: dict[str, Any] = {
            "type": "webpage", "title": f"{self.rng.choice(_LAWS)} ({year})", "issued": {"date-parts": [[year]]},
            "URL": f"https://legalinfo.mn/en/detail?lawId={self.rng.randint(1000, 99999)}",
        }  # fmt: skip
        record["accessed"] = self.accessed_after(year)
        name = self.rng.choice(["State Great Khural of Mongolia", "Parliament of Mongolia"])
        return self._org(record, "legislation", name, {"government", "legislation"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.85 else None
        market = self.rng.choice(
            [
                "mobile banking",
                "cashmere apparel",
                "beer and spirits",
                "FMCG retail",
                "telecoms",
                "outbound travel",
                "instant noodles",
                "dairy",
            ]
        )
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"{market.capitalize()} in Mongolia", f"Mongolia {market} market report", f"Consumer lifestyles in Mongolia: {market}", f"Brand health tracker: {market}"]),
            "publisher": name, "URL": f"https://www.{name.split()[0].lower()}.com/mongolia/{market.replace(' ', '-')}",
        }  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self.accessed_after(year)
        return self._org(record, "market-research", name, {"market-research"})

    def _company_report(self) -> Work:
        name, tags = self.rng.choice(_FIRMS)
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report {year}", f"Sustainability report {year}", f"Integrated report {year}", "Investor presentation"]),
            "issued": {"date-parts": [[year]]}, "publisher": name, "publisher-place": "Ulaanbaatar",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = self._url(
                self.rng.choice(["www.golomtbank.com", "www.tdbm.mn", "www.gobi.mn", "www.nomin.mn", "www.mse.mn"])
            )
            record["accessed"] = self.accessed_after(year)
        return self._org(record, "company-report", name, tags)

    def _classic(self) -> Work:
        authors, year, title, publisher = self.rng.choice(_CLASSICS)
        year = year if self.rng.random() < 0.6 else min(2025, year + self.rng.randint(1, 6))
        record: dict[str, Any] = {
            "type": "book", "title": title, "author": [{"family": f, "given": g} for f, g in authors],
            "issued": {"date-parts": [[year]]}, "publisher": publisher, "publisher-place": self.rng.choice(["Harlow", "New York", "London"]),
        }  # fmt: skip
        if self.rng.random() < 0.4:
            record["edition"] = str(self.rng.randint(2, 17))
        return self._person_work(record, "classic")
