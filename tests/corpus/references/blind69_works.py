"""Works for the sixty-ninth held-out pool, "blind69": what marketers in Israel and Cyprus cite.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a sixty-ninth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how product-marketing,
growth, brand, PR and communications marketers at start-ups, fintechs, cybersecurity and agritech firms, food makers,
banks, hotel groups and tourism boards in Tel Aviv, Jerusalem, Haifa, Be'er Sheva, Nicosia and Limassol cite on CIM
Level 6 and 7 courses and MBAs taught in English: journals with one to eight authors, textbooks, chapters, theses,
company and bank reports, ministries and statistics offices, laws by number and year, research firms, the Israeli and
Cypriot press, social posts and podcasts; Israeli, Arab-Israeli, Russian- and Ethiopian-Israeli, Greek- and
Turkish-Cypriot and expatriate names, transliterated several ways.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

_FAMILIES = [
    "Cohen", "Levi", "Levy", "Mizrahi", "Peretz", "Biton", "Friedman", "Shapira", "Shapiro", "Ben-David", "Bar-On",
    "Ben Ami", "HaLevi", "Cohen-Levy", "Avraham", "Katz", "Azoulay", "Dahan", "Golan", "Shalev", "Ben-Haim", "Amsalem",
    "Rosenberg", "Weiss", "Segal", "Hadad", "Ohayon", "Gabay", "Bar-Lev", "Ben-Shushan", "Tzur", "Yosef", "Alon",
    "Harel", "Navon", "Sasson", "Elbaz", "Kaplan", "Goldstein", "Ben Zvi", "Eshel", "Margalit", "Nachmias",
    # Arab-Israeli
    "Khoury", "Haddad", "Nassar", "Abu-Rabia", "Mansour", "Jabareen", "Zoabi", "Awad", "Masarwa", "Abu Ghosh",
    # Russian-Israeli
    "Kuznetsov", "Rabinovich", "Zalmanov", "Volkova", "Gurevich", "Polyakov", "Shneiderman", "Litvak",
    # Ethiopian-Israeli
    "Tekle", "Mekonen", "Avera", "Gebremariam", "Wondimu", "Tadesse",
    # Greek-Cypriot
    "Georgiou", "Papadopoulos", "Christodoulou", "Charalambous", "Constantinou", "Ioannou", "Nicolaou", "Panayiotou",
    "Stylianou", "Kyriakou", "Michael", "Hadjipavlou", "Hadjikyriacou", "Efthymiou", "Theodorou", "Andreou",
    # Turkish-Cypriot
    "Özkan", "Çelik", "Ertuğ", "Hüseyin", "Şahin", "Kıbrıslı", "Doğan", "Gürsel", "Uluçay", "Mehmet",
    # expatriates and others
    "Müller", "Dubois", "O'Connor", "Nyström", "García-López", "Smith", "Kowalski", "Rossi",
]  # fmt: skip
_GIVEN = [
    "Noa", "Yael", "Tamar", "Shira", "Maya", "Michal", "Ayelet", "Orit", "Avi", "Yossi", "Eitan", "Itai", "Omer", "Uri",
    "Nadav", "Gilad", "Yonatan", "Amit", "Liat", "Hila", "Dror", "Ronit", "Moshe", "Chaim", "Tzipi", "Rivka",
    "Sami", "Rana", "Nour", "Ahmad", "Lina", "Fadi", "Hiba", "Wael", "Ilya", "Svetlana", "Dmitri", "Anya", "Igor",
    "Yevgenia", "Tigist", "Avraham", "Almaz", "Yityish", "Meseret", "Andreas", "Eleni", "Christos", "Maria", "Nikos",
    "Stavroula", "Panayiota", "Kyriacos", "Marios", "Ayşe", "Mehmet", "Emine", "Hasan", "Zeynep", "Ömer", "Chloé",
    "Jürgen", "Siobhán", "James", "Anna", "Lars",
]  # fmt: skip
_ORGS: list[tuple[str, set[str]]] = [
    ("Wix.com Ltd.", {"company"}), ("Fiverr International Ltd.", {"company"}), ("monday.com Ltd.", {"company", "lowercase"}),
    ("Check Point Software Technologies Ltd.", {"company"}), ("Teva Pharmaceutical Industries Ltd.", {"company"}),
    ("Strauss Group Ltd.", {"company"}), ("Osem", {"company"}), ("Tnuva", {"company"}),
    ("Bank Leumi le-Israel B.M.", {"company"}), ("Bank Hapoalim B.M.", {"company"}), ("El Al Israel Airlines Ltd.", {"company"}),
    ("Israel Ministry of Tourism", {"government"}), ("Bank of Cyprus Holdings PLC", {"company"}),
    ("Cyprus Tourism Organisation", {"government"}), ("Deputy Ministry of Tourism", {"government"}),
    ("Hellenic Bank", {"company"}), ("Central Bureau of Statistics (CBS)", {"government", "abbreviation"}),
    ("Central Bureau of Statistics", {"government"}), ("Statistical Service of Cyprus (CYSTAT)", {"government", "abbreviation"}),
    ("CYSTAT", {"government", "abbreviation"}), ("Start-Up Nation Central", {"company"}), ("IVC Research Center", {"company"}),
    ("Geocartography Knowledge Group", {"company"}), ("Ifat", {"company"}), ("Kantar", {"market-research"}),
    ("Euromonitor International", {"market-research"}), ("Israel Innovation Authority", {"government"}),
    ("Bank of Israel", {"government"}), ("Central Bank of Cyprus", {"government"}),
    ("Israel Advertisers' Association", {"apostrophe"}), ("Cyprus Hotel Association", set()),
    ("Israel Hotel Association", set()), ("McKinsey & Company", {"ampersand", "company"}),
    ("Ernst & Young Israel", {"ampersand", "company"}), ("PwC Cyprus", {"company"}), ("Deloitte Israel & Co.", {"ampersand", "company"}),
    ("Consumer Protection and Fair Trade Authority", {"government"}), ("Privacy Protection Authority", {"government"}),
    ("Commissioner for Personal Data Protection", {"government"}), ("Israel Export Institute", set()),
    ("Invest Cyprus", {"government"}), ("Ben & Jerry's Israel", {"ampersand", "apostrophe", "company"}),
    ("Max's Brenner", {"apostrophe", "company"}), ("Shufersal Ltd.", {"company"}), ("Elbit Systems Ltd.", {"company"}),
    ("Netafim Ltd.", {"company"}), ("Cyta", {"company"}), ("Louis Hotels PLC", {"company"}),
]  # fmt: skip
_GOVERNMENT = ["Israel Ministry of Tourism", "Ministry of Economy and Industry", "Ministry of Agriculture and Rural Development",
               "Israel Competition Authority", "Privacy Protection Authority", "Central Bureau of Statistics",
               "Deputy Ministry of Tourism", "Statistical Service of Cyprus (CYSTAT)", "Republic of Cyprus",
               "Consumer Protection Service", "Cyprus Radio-Television Authority", "European Commission",
               "Capital Market, Insurance and Savings Authority", "Israel Securities Authority"]  # fmt: skip
_NEWS = ["Globes", "Calcalist", "Haaretz", "The Times of Israel", "The Jerusalem Post", "Cyprus Mail", "Philenews",
         "Ynetnews", "In-Cyprus", "Israel Hayom", "TheMarker", "CTech"]  # fmt: skip
_JOURNALS = ["Israel Affairs", "International Journal of Research in Marketing", "Journal of Business Research",
             "Tourism Management", "Cyprus Review", "Journal of Marketing", "Journal of Consumer Psychology",
             "Annals of Tourism Research", "Israel Journal of Health Policy Research", "Journal of Interactive Marketing",
             "European Journal of Marketing", "Journal of Destination Marketing & Management",
             "Technological Forecasting and Social Change", "Journal of Product Innovation Management",
             "Mediterranean Politics", "Journal of Strategic Marketing"]  # fmt: skip
_TOPICS = ["start-up branding", "B2B SaaS positioning", "product-led growth", "cybersecurity trust signals",
           "fintech adoption", "open banking", "kosher certification", "halal and kosher labelling", "dairy prices",
           "the cottage cheese protest", "agritech exports", "drip irrigation brands", "hotel direct booking",
           "wine tourism", "religious tourism", "MICE tourism", "diaspora marketing", "Hebrew-language SEO",
           "Arabic-language content", "Russian-speaking consumers", "reserve-duty employees", "dual-use technology",
           "defence-to-civil spin-offs", "employer branding", "freelance platforms", "no-code tools",
           "Passover promotions", "Rosh Hashanah gifting", "Christmas retail in Nicosia", "Easter travel",
           "Mediterranean diet", "plant-based dairy", "cultured meat", "digital shekel", "buy now, pay later",
           "loyalty apps", "WhatsApp commerce", "influencer disclosure", "privacy by design", "spam regulation"]  # fmt: skip
_PLACES = ["Israel", "Cyprus", "Tel Aviv", "Limassol", "Nicosia", "Haifa", "Jerusalem", "the Eastern Mediterranean",
           "Be'er Sheva", "Larnaca", "Paphos", "the Negev", "the Galilee", "Eilat"]  # fmt: skip
_HEBREW_TITLES = [
    ("Ha-tsarkhan ha-yisraeli", "The Israeli consumer"), ("Shivuk be-idan digitali", "Marketing in a digital age"),
    ("Mitgim ve-emun", "Brands and trust"), ("Ha-kalkala shel ha-hi-tek", "The economics of high-tech"),
    ("Tayarut ve-zehut", "Tourism and identity"), ("Pirsum u-tarbut", "Advertising and culture"),
    ("Medinat ha-startap", "The start-up state"), ("Mazon, mishpaha ve-hag", "Food, family and festival"),
]  # fmt: skip
_THESIS_UNIS = ["Tel Aviv University", "The Hebrew University of Jerusalem", "Technion - Israel Institute of Technology",
                "Reichman University", "University of Cyprus", "Ben-Gurion University of the Negev", "University of Haifa",
                "Cyprus University of Technology"]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"),
               ("Wiley", "Hoboken, NJ"), ("Palgrave Macmillan", "Cham"), ("Oxford University Press", "Oxford"),
               ("Magnes Press", "Jerusalem"), ("Am Oved", "Tel Aviv"), ("Yedioth Books", "Tel Aviv"),
               ("Kogan Page", "London"), ("Edward Elgar", "Cheltenham"), ("Springer", "Cham")]  # fmt: skip


class Blind69WorkFactory(WorkFactory):
    """Works as Israeli and Cypriot marketing students cite them."""

    KINDS = ("book", "chapter", "journal", "thesis", "company-report", "government", "legislation", "news",
             "market-research", "web", "social", "podcast", "hebrew-book")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.r = random.Random(seed * 6911 + 69)
        self.people: list[dict[str, str]] = []

    # ------------------------------------------------------------------ names
    def person(self) -> dict[str, str]:
        r = self.r
        if self.people and r.random() < 0.06:  # a surname already in the report
            return {"family": r.choice(self.people)["family"], "given": r.choice(_GIVEN)}
        name = {"family": r.choice(_FAMILIES), "given": r.choice(_GIVEN)}
        if r.random() < 0.15:
            name["given"] = f"{name['given']} {r.choice(_GIVEN)}"
        self.people.append(name)
        return name

    def _authors(self, most: int) -> list[dict[str, str]]:
        count = self.r.choices(range(1, most + 1), weights=[36, 26, 15, 9, 6, 4, 2, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def _year(self) -> int:
        return self.r.randint(1994, 2025)

    def _accessed(self, year: int | None, issued: dict[str, Any] | None = None) -> dict[str, list[list[int]]]:
        low = max(2023, year or 2023)
        parts = (issued or {"date-parts": [[low]]})["date-parts"][0]
        when = self.r.randint(low, 2025)
        month = self.r.randint(parts[1] if when == parts[0] and len(parts) > 1 else 1, 12)
        first = parts[2] if when == parts[0] and len(parts) > 2 and month == parts[1] else 1
        return {"date-parts": [[when, month, self.r.randint(first, 28)]]}

    def _title(self) -> str:
        r = self.r
        topic, other, place = r.choice(_TOPICS), r.choice(_TOPICS), r.choice(_PLACES)
        return r.choice([
            f"{topic[0].upper() + topic[1:]} in {place}",
            f"{topic[0].upper() + topic[1:]} and {other}: evidence from {place}",
            f"Rethinking {topic}: lessons from {place}",
            f"When {topic} meets {other}",
            f"{topic[0].upper() + topic[1:]}: a study of {r.choice(['SMEs', 'scale-ups', 'banks', 'hotel groups', 'food makers', 'consumers'])} in {place}",
            f"Beyond {topic}? {other[0].upper() + other[1:]} in {place}",
        ])  # fmt: skip

    def _slug(self) -> str:
        return "-".join(self._title().lower().replace(":", "").replace("?", "").replace("'", "").split()[:6])

    def _finish(self, record: dict[str, Any], kind: str, lead: str | None = None, tags: set[str] | None = None) -> Work:
        self.counter += 1
        record["id"] = f"b69w{self.counter}"
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        if lead is not None:
            record["author"] = [{"literal": lead}]
            return Work(record, lead, year, True, 1, kind, (tags or set()) | {"organisation"})
        first = record["author"][0]
        return Work(record, first["family"], year, False, len(record["author"]), kind, tags or set())

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.r.choices(list(self.KINDS), weights=[12, 6, 24, 4, 9, 6, 3, 8, 6, 8, 4, 2, 3])[0]
        return getattr(self, "_w_" + kind.replace("-", "_"))()

    def _w_book(self) -> Work:
        publisher, place = self.r.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._authors(4),
                                  "issued": {"date-parts": [[self._year()]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.r.random() < 0.3:
            record["edition"] = str(self.r.randint(2, 8))
        return self._finish(record, "book")

    def _w_hebrew_book(self) -> Work:
        hebrew, english = self.r.choice(_HEBREW_TITLES)
        publisher, place = self.r.choice(_PUBLISHERS[7:10])
        record: dict[str, Any] = {"type": "book", "title": f"{hebrew} [{english}]", "author": self._authors(2),
                                  "issued": {"date-parts": [[self._year()]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        return self._finish(record, "hebrew-book")

    def _w_chapter(self) -> Work:
        publisher, place = self.r.choice(_PUBLISHERS)
        start = self.r.randint(1, 320)
        record: dict[str, Any] = {"type": "chapter", "title": self._title(), "author": self._authors(3),
                                  "editor": [self.person() for _ in range(self.r.randint(1, 2))],
                                  "container-title": f"The Routledge handbook of {self.r.choice(_TOPICS)}",
                                  "issued": {"date-parts": [[self._year()]]}, "publisher": publisher,
                                  "publisher-place": place, "page": f"{start}-{start + self.r.randint(10, 28)}"}  # fmt: skip
        return self._finish(record, "chapter")

    def _w_journal(self) -> Work:
        start = self.r.randint(1, 1200)
        record: dict[str, Any] = {"type": "article-journal", "title": self._title(), "author": self._authors(8),
                                  "container-title": self.r.choice(_JOURNALS), "issued": {"date-parts": [[self._year()]]},
                                  "volume": str(self.r.randint(1, 160)), "issue": str(self.r.randint(1, 12)),
                                  "page": f"{start}-{start + self.r.randint(8, 30)}"}  # fmt: skip
        if self.r.random() < 0.45:
            prefix, journal = self.r.randint(1000, 9999), self.r.choice(["ijresmar", "jbusres", "tourman", "isaf"])
            record["DOI"] = f"10.{prefix}/{journal}.{self.r.randint(2000, 2025)}.{self.r.randint(100, 99999)}"
        return self._finish(record, "journal")

    def _w_thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "genre": self.r.choice(["MBA dissertation", "MA thesis", "PhD thesis"]),
                                  "publisher": self.r.choice(_THESIS_UNIS), "issued": {"date-parts": [[self._year()]]}}  # fmt: skip
        return self._finish(record, "thesis")

    def _w_company_report(self) -> Work:
        name, tags = self.r.choice(_ORGS)
        year = self._year()
        record: dict[str, Any] = {"type": "report", "title": self.r.choice([f"Annual report {year}", f"ESG report {year}",
                                  f"Integrated report {year}", self._title()]), "publisher": name.split(" (")[0]}  # fmt: skip
        if self.r.random() < 0.82:
            record["issued"] = {"date-parts": [[year]]}
        if self.r.random() < 0.7:
            record["URL"] = f"https://www.{name.split()[0].lower().strip('.,')}.example.com/{self._slug()}"
            record["accessed"] = self._accessed(year if "issued" in record else None)
        return self._finish(record, "company-report", name, tags)

    def _w_government(self) -> Work:
        name = self.r.choice(_GOVERNMENT)
        year = self._year()
        record: dict[str, Any] = {"type": self.r.choice(["report", "webpage"]), "title": self.r.choice([
            f"Tourism in {self.r.choice(['Israel', 'Cyprus'])} {year}", f"Household expenditure survey {year}",
            f"Statistical abstract {year} ({year + 3760})", self._title()]),
            "URL": f"https://www.{self.r.choice(['gov.il', 'cystat.gov.cy', 'cbs.gov.il', 'visitcyprus.com'])}/en/{self._slug()}"}  # fmt: skip
        if self.r.random() < 0.85:
            record["issued"] = {"date-parts": [[year]]}
        if self.r.random() < 0.75:
            record["accessed"] = self._accessed(year if "issued" in record else None)
        return self._finish(record, "government", name, {"government"})

    def _w_legislation(self) -> Work:
        # Laws are cited under the body that publishes them, as these writers' tutors ask.
        title, year, body = self.r.choice([
            ("Protection of Privacy Law, 5741-1981", 1981, "Privacy Protection Authority"),
            ("Protection of Privacy Law (Amendment No. 13), 5784-2024", 2024, "Privacy Protection Authority"),
            ("Consumer Protection Law, 5741-1981", 1981, "Consumer Protection and Fair Trade Authority"),
            ("Communications Law (Telecommunications and Broadcasting) (Amendment No. 40), 5768-2008", 2008, "Ministry of Communications"),
            ("Law 125(I)/2018 on the protection of natural persons with regard to the processing of personal data", 2018, "Commissioner for Personal Data Protection"),
            ("Regulation (EU) 2016/679 (General Data Protection Regulation)", 2016, "European Parliament and Council of the European Union"),
            ("Regulation (EU) 2022/2065 (Digital Services Act)", 2022, "European Parliament and Council of the European Union"),
        ])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]}, "publisher": body}  # fmt: skip
        if self.r.random() < 0.6:
            record["URL"] = f"https://www.gov.il/en/{self._slug()}"
            record["accessed"] = self._accessed(year)
        return self._finish(record, "legislation", body, {"legislation", "government"})

    def _w_news(self) -> Work:
        paper = self.r.choice(_NEWS)
        year = self._year() if self.r.random() < 0.9 else None
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": paper,
                                  "URL": f"https://www.{paper.lower().replace(' ', '')}.example/{self._slug()}"}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year, self.r.randint(1, 12), self.r.randint(1, 28)]]}
        if self.r.random() < 0.8:
            record["accessed"] = self._accessed(year, record.get("issued"))
        if self.r.random() < 0.65:
            record["author"] = self._authors(2)
            return self._finish(record, "news")
        return self._finish(record, "news", paper, {"news"})

    def _w_market_research(self) -> Work:
        name = self.r.choice(["Kantar", "Euromonitor International", "Geocartography Knowledge Group", "Ifat",
                              "IVC Research Center", "Start-Up Nation Central", "Statista", "Mintel"])  # fmt: skip
        year = self._year() if self.r.random() < 0.88 else None
        record: dict[str, Any] = {"type": "report", "title": f"{(t := self.r.choice(_TOPICS))[0].upper() + t[1:]} in {self.r.choice(['Israel', 'Cyprus'])}: {self.r.choice(['market report', 'consumer survey', 'annual review', 'Q3 update'])}",
                                  "publisher": name}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        if self.r.random() < 0.7:
            record["URL"] = f"https://www.{name.split()[0].lower()}.example.com/{self._slug()}"
            record["accessed"] = self._accessed(year)
        return self._finish(record, "market-research", name, {"market-research"})

    def _w_web(self) -> Work:
        year = self._year() if self.r.random() < 0.75 else None
        record: dict[str, Any] = {"type": "webpage", "title": self._title(),
                                  "URL": f"https://{self.r.choice(['blog', 'www', 'news'])}.{self.r.choice(['wix.com', 'fiverr.com', 'monday.com', 'checkpoint.com', 'visitcyprus.com', 'israel.travel'])}/{self._slug()}"}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        if self.r.random() < 0.75:
            record["accessed"] = self._accessed(year)
        if self.r.random() < 0.5:
            record["author"] = self._authors(2)
            return self._finish(record, "web")
        name, tags = self.r.choice(_ORGS)
        return self._finish(record, "web", name, tags)

    def _w_social(self) -> Work:
        platform = self.r.choice(["LinkedIn", "X", "Instagram"])
        year = self.r.randint(2019, 2025)
        record: dict[str, Any] = {"type": "post", "title": f"{self._title()} [{platform}]",
                                  "issued": {"date-parts": [[year, self.r.randint(1, 12), self.r.randint(1, 28)]]},
                                  "URL": f"https://www.{platform.lower()}.com/posts/{self.r.randint(10**6, 10**7)}",
                                  "author": [self.person()]}  # fmt: skip
        record["accessed"] = self._accessed(year, record["issued"])
        return self._finish(record, "social")

    def _w_podcast(self) -> Work:
        year = self.r.randint(2018, 2025)
        record: dict[str, Any] = {"type": "broadcast", "title": self._title(),
                                  "container-title": self.r.choice(["Israel Story", "The Start-Up Nation Podcast", "Cyprus Business Now", "Globes Tech Talk"]),
                                  "issued": {"date-parts": [[year]]}, "author": self._authors(2),
                                  "URL": f"https://podcasts.example.com/{self._slug()}", "accessed": self._accessed(year)}  # fmt: skip
        return self._finish(record, "podcast")
