"""Works that marketers in publishing and bookselling cite (the blind359 pool, HELD OUT).

Written without reading the checker, its tests or any other pool: textbooks on marketing and media management and
their chapters, journal articles on book buying, reading, pricing, platforms and social media with one to eight
authors, trade bodies, regulators and governments, publishers' and retailers' annual reports and press pages,
market-research and sales-data firms, trade press, news signed and unsigned, and undated web pages, with the names of
the UK, Ireland, Sweden, South Africa, Malaysia and the United States as their scholars and journals print them.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_IE", "en_US", "en_US", "sv_SE", "sv_SE", "zu_ZA"]
# Names as the region's journals print them: Irish in Irish, Swedish with their letters, Afrikaans particles,
# Malay names with "bin", "binti" or their father's name, Chinese and Indian Malaysian names (family, given).
_NAMED = [
    ("Ó Ceallaigh", "Pádraig", ""), ("Ní Bhriain", "Aoife", ""), ("Mac Giolla Phádraig", "Séamus", ""),
    ("Ó Súilleabháin", "Niamh", ""), ("Ní Dhomhnaill", "Róisín", ""), ("MacCarthy", "Orla", ""),
    ("Åkesson", "Sofia", ""), ("Öberg", "Lars", ""), ("Lindström", "Ebba", ""), ("Sjöberg", "Måns", ""),
    ("Bergqvist", "Åsa", ""), ("Ekström", "Björn", ""), ("Hägg", "Linnéa", ""),
    ("Merwe", "Johan", "van der"), ("Plessis", "Anri", "du"), ("Roux", "Elmarie", "le"), ("Wyk", "Pieter", "van"),
    ("Nkosi", "Thandeka", ""), ("Mokoena", "Lerato", ""), ("Naidoo", "Kavitha", ""), ("Botha", "Marelize", ""),
    ("Abdul Rahman", "Nurul Ain", ""), ("Mohd Noor", "Nor Azila", ""), ("Ismail", "Siti Aishah", ""),
    ("Abdullah", "Mohd Faizal", ""), ("Tan", "Cheng Hooi", ""), ("Ooi", "Keng Boon", ""), ("Lim", "Mei Ling", ""),
    ("Subramaniam", "Thillai", ""), ("Ng", "Siew Imm", ""), ("Yusof", "Rosmawati", ""),
    ("García-Ruiz", "Marta", ""), ("O'Connor", "Ciarán", ""), ("Washington", "DeShawn", ""),
]  # fmt: skip
_TRADE_BODIES = [
    ("The Publishers Association", {"trade-body"}), ("Publishers Association", {"trade-body"}),
    ("Booksellers Association of the UK & Ireland", {"trade-body", "ampersand"}),
    ("Booksellers Association", {"trade-body"}), ("BookTrust", {"trade-body"}),
    ("National Literacy Trust", {"trade-body"}), ("The Reading Agency", {"trade-body"}),
    ("Society of Authors", {"trade-body"}), ("Independent Publishers Guild (IPG)", {"trade-body", "abbreviation"}),
    ("Authors' Licensing and Collecting Society (ALCS)", {"trade-body", "apostrophe", "abbreviation"}),
    ("Publishing Ireland", {"trade-body"}), ("Bookselling Ireland", {"trade-body"}), ("Children's Books Ireland", {"trade-body", "apostrophe"}),
    ("Svenska Förläggareföreningen", {"trade-body"}), ("Svenska Bokhandlareföreningen", {"trade-body"}),
    ("Publishers' Association of South Africa (PASA)", {"trade-body", "apostrophe", "abbreviation"}),
    ("South African Booksellers Association", {"trade-body"}),
    ("Malaysian Book Publishers Association (MABOPA)", {"trade-body", "abbreviation"}),
    ("Association of American Publishers", {"trade-body"}), ("AAP", {"trade-body", "acronym"}),
    ("American Booksellers Association", {"trade-body"}), ("Audio Publishers Association", {"trade-body"}),
    ("Federation of European Publishers", {"trade-body"}), ("International Publishers Association", {"trade-body"}),
]  # fmt: skip
_REGULATORS = [
    "Competition and Markets Authority", "CMA", "Intellectual Property Office", "Department for Culture, Media and Sport",
    "DCMS", "Office for National Statistics", "Arts Council England", "Creative Scotland",
    "Competition and Consumer Protection Commission", "Central Statistics Office", "The Arts Council", "Department of Tourism, Culture, Arts, Gaeltacht, Sport and Media",
    "Konkurrensverket", "Myndigheten för kulturanalys", "Statens kulturråd", "Statistiska centralbyrån",
    "Competition Commission South Africa", "Statistics South Africa", "Department of Sport, Arts and Culture",
    "Department of Statistics Malaysia", "Malaysia Competition Commission (MyCC)", "Perpustakaan Negara Malaysia",
    "Federal Trade Commission", "U.S. Copyright Office", "National Endowment for the Arts", "U.S. Census Bureau",
]  # fmt: skip
_COMPANIES = [
    ("Penguin Random House", {"company"}), ("HarperCollins Publishers", {"company"}), ("Hachette UK", {"company"}),
    ("Bloomsbury Publishing Plc", {"company"}), ("Pan Macmillan", {"company"}), ("Faber & Faber", {"company", "ampersand"}),
    ("Waterstones", {"company"}), ("WHSmith PLC", {"company"}), ("Foyles", {"company"}), ("Blackwell's", {"company", "apostrophe"}),
    ("Easons", {"company"}), ("Dubray Books", {"company"}), ("Kennys Bookshop", {"company"}),
    ("Storytel AB", {"company"}), ("Storytel", {"company"}), ("Bonnier Books", {"company"}), ("Adlibris", {"company"}),
    ("Bokus", {"company"}), ("BookBeat", {"company"}), ("Akademibokhandeln", {"company"}),
    ("Exclusive Books", {"company"}), ("NB Publishers", {"company"}), ("Jonathan Ball Publishers", {"company"}),
    ("Takealot", {"company"}), ("MPH Bookstores", {"company"}), ("Popular Holdings", {"company"}),
    ("Big Bad Wolf Books", {"company"}), ("Barnes & Noble", {"company", "ampersand"}), ("Bookshop.org", {"company"}),
    ("Audible", {"company"}), ("Rakuten Kobo", {"company"}), ("Scholastic Corporation", {"company"}),
    ("Simon & Schuster", {"company", "ampersand"}), ("Amazon", {"company"}), ("Spotify", {"company"}),
]  # fmt: skip
_RESEARCH = ["Nielsen BookData", "Circana", "Mintel", "Statista", "Kantar", "YouGov", "Euromonitor International",
             "NielsenIQ BookData", "Bokhandelsbarometern", "Edison Research"]  # fmt: skip
_PRESS = ["The Bookseller", "Publishers Weekly", "Publishing Perspectives", "Books Ireland", "Svensk Bokhandel",
          "BooksLIVE", "Shelf Awareness", "BookBrunch", "Publishers Lunch"]  # fmt: skip
_NEWS = ["The Guardian", "The Irish Times", "Financial Times", "The New York Times", "Dagens Nyheter",
         "Svenska Dagbladet", "Mail & Guardian", "Daily Maverick", "News24", "The Star", "New Straits Times",
         "Malay Mail", "BBC News", "RTÉ News", "The Times"]  # fmt: skip
_JOURNALS = ["Publishing Research Quarterly", "Logos", "Journal of Marketing Management", "Learned Publishing",
             "Journal of Retailing and Consumer Services", "International Journal of Arts Management",
             "Journal of Cultural Economics", "Poetics", "Participations", "Journal of Consumer Behaviour",
             "South African Journal of Business Management", "Asian Academy of Management Journal",
             "Scandinavian Journal of Management", "Irish Journal of Management", "Mousaion",
             "Malaysian Journal of Library & Information Science", "Journal of Media Business Studies",
             "European Journal of Marketing", "Convergence", "New Media & Society"]  # fmt: skip
_TOPICS = ["book buying", "reading for pleasure", "audiobook listening", "e-book pricing", "BookTok",
           "independent bookshops", "book subscription boxes", "library lending", "literary festivals",
           "book prizes", "bestseller lists", "print-on-demand", "subscription audiobooks", "book reviews online",
           "agency pricing", "second-hand book markets", "children's reading", "translated fiction",
           "author branding", "bookshop loyalty schemes", "Instagram book communities", "fixed book prices",
           "self-publishing", "romantasy", "young adult fiction", "book clubs", "publisher brands"]  # fmt: skip
_MARKETS = ["audiobooks", "e-books", "children's books", "adult fiction", "non-fiction", "academic books",
            "comics and manga", "second-hand books", "bookshops", "book subscriptions"]  # fmt: skip
_COUNTRIES = ["UK", "Ireland", "Sweden", "South Africa", "Malaysia", "US", "United Kingdom", "Nordics"]


class Blind359WorkFactory(WorkFactory):
    """Works cited in reports on publishers, bookshops, audiobook and e-book platforms and literary festivals."""

    KINDS = ("book", "chapter", "journal", "trade-body", "government", "annual-report", "press-page",
             "market-research", "trade-press", "news", "undated-web")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 359)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 359 + index)
                self.fakers[locale] = fake
        self.bodies: list[tuple[str, set[str], dict[str, Any], str]] = []

    # ------------------------------------------------------------------ people, bodies, dates
    def person(self) -> dict[str, str]:
        if self.rng.random() < 0.3:
            family, given, particle = self.rng.choice(_NAMED)
            name = {"family": family, "given": given}
            if particle:
                name["non-dropping-particle"] = particle
            return name
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        if self.rng.random() < 0.06:
            family = f"{family}-{self.fakers['en_GB'].last_name()}"
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        people: list[dict[str, str]] = []
        for person in super()._people(most):
            if person not in people:  # one name drawn twice is one author
                people.append(person)
        return people

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1978, 2005)
        return self.rng.randint(2010, 2025)

    def accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        low = max(2023, (year or 2022) + 1)  # after the year it was issued, whatever its month
        return {
            "date-parts": [[self.rng.randint(low, max(low, 2026)), self.rng.randint(1, 12), self.rng.randint(1, 28)]]
        }

    def _url(self, host: str) -> str:
        return f"https://www.{host}/{self.fakers['en_GB'].slug()}"

    def _host(self, name: str) -> str:
        word = "".join(ch for ch in name.split(" (")[0].lower() if ch.isalnum())[:18] or "books"
        return f"{word}.{self.rng.choice(['com', 'co.uk', 'org', 'ie', 'se', 'co.za', 'com.my', 'org.uk'])}"

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        country = self.rng.choice(_COUNTRIES)
        fake = self.fakers["en_GB"]
        forms = [
            f"{topic[0].upper()}{topic[1:]} and {other}", f"Who buys books? {topic[0].upper()}{topic[1:]} in {country}",
            f"The economics of {topic}", f"{topic[0].upper()}{topic[1:]}: evidence from {country}",
            f"From shelf to screen: {topic} and {other}", f"Rethinking {topic} after the pandemic",
            f"{fake.catch_phrase()}: {topic} in practice", f"{topic[0].upper()}{topic[1:]} and the future of {other}",
            f"Readers, platforms and {topic}", f"{topic[0].upper()}{topic[1:]} in a digital age",
            f"The value of {topic} for publishers", f"Pricing, discovery and {topic}",
        ]  # fmt: skip
        return self.rng.choice(forms)

    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.KINDS), weights=[12, 5, 20, 10, 9, 7, 5, 8, 8, 8, 6])[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then one body twice in one year ("The Publishers Association, 2023a" and "2023b").
        same = [body for body in self.bodies if body[3] == kind]
        if same and "issued" in record and kind != "annual-report" and self.rng.random() < 0.14:
            name, tags, issued, _kind = self.rng.choice(same)
            drawn, paired = str(record["issued"]["date-parts"][0][0]), str(issued["date-parts"][0][0])
            record["title"] = record["title"].replace(drawn, paired)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(issued["date-parts"][0][0])
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.bodies.append((name, tags, record["issued"], kind))
        return super()._org_work(record, kind, name, tags)

    # ------------------------------------------------------------------ works
    def _book(self) -> Work:
        year = self.year()
        titles = ["Marketing management", "Principles of marketing", "Inside book publishing", "Media management",
                  "Marketing literature", "The business of books", "Strategic marketing for publishers",
                  "Digital marketing: strategy, implementation and practice", "Consumer behaviour",
                  "Merchants of culture", "Book marketing and promotion", "Managing media firms",
                  "Retail marketing management", "Brand management: research, theory and practice"]  # fmt: skip
        title = self.rng.choice(titles) if self.rng.random() < 0.5 else self._title()
        record: dict[str, Any] = {
            "type": "book", "title": title, "author": self._people(4), "issued": {"date-parts": [[year]]},
            "publisher": self.rng.choice(["Routledge", "Pearson", "Kogan Page", "Bloomsbury Academic", "Sage",
                                          "Oxford University Press", "Polity", "Studentlitteratur", "Juta",
                                          "Van Schaik", "UiTM Press", "Palgrave Macmillan", "Cambridge University Press"]),
            "publisher-place": self.rng.choice(["London", "Harlow", "Abingdon", "Cambridge", "Lund", "Cape Town",
                                                "Pretoria", "Shah Alam", "New York", "Dublin", "Oxford"]),
        }  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 18))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        start = self.rng.randint(1, 400)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["The Oxford handbook of publishing", "The Routledge companion to media industries",
                                                "The book in the digital age", "Handbook of media management and economics",
                                                "Reading and the reader", "The Cambridge companion to the book",
                                                "Research handbook on arts marketing"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Oxford University Press", "Routledge", "Edward Elgar", "Cambridge University Press"]),
            "publisher-place": self.rng.choice(["Oxford", "Abingdon", "Cheltenham", "Cambridge", "New York"]),
            "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{start}-{start + self.rng.randint(8, 28)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.fakers['en_GB'].lexify('????')}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _trade_body(self) -> Work:
        name, tags = self.rng.choice(_TRADE_BODIES)
        year = self.year() if self.rng.random() < 0.85 else None
        forms = [f"Publishing industry statistics {year or 2023}", f"Annual bookselling report {year or 2024}",
                 f"What we read: {self.rng.choice(_TOPICS)}", f"Children and young people's reading in {year or 2024}",
                 self._title(), f"Book market report {year or 2022}"]  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(forms),
                                  "URL": self._url(self._host(name)), "accessed": self.accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        work = self._org_work(record, "trade-body", name, tags)
        work.kind = "trade-body"
        return work

    def _government(self) -> Work:
        name = self.rng.choice(_REGULATORS)
        year = self.year()
        forms = [f"{self.rng.choice(['Guidance on', 'Market study into', 'Statistics on', 'Consultation on'])} {self.rng.choice(_TOPICS)}",
                 f"Participation survey {year}", f"Copyright and artificial intelligence: {self.rng.choice(['consultation', 'response', 'report'])}",
                 f"Cultural habits survey {year}", self._title()]  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(forms),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(self._host(name)),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        work = self._org_work(record, "government", name, {"government"})
        work.kind = "government"
        return work

    def _annual_report(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report and accounts {year}", f"Annual report {year}",
                                                         f"Sustainability report {year}", f"Interim report January-June {year}"]),
            "issued": {"date-parts": [[year]]}, "publisher": name,
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = self._url(self._host(name))
            record["accessed"] = self.accessed_after(year)
        work = self._org_work(record, "annual-report", name, tags)
        work.kind = "annual-report"
        return work

    def _press_page(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.year() if self.rng.random() < 0.8 else None
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice([
            f"News: {self.rng.choice(['new store openings', 'record sales', 'a new audiobook service', 'our summer reading campaign', 'a partnership with BookTok creators'])}",
            "About us", "Our story", f"Press release: {self._title().lower()}"]),
            "URL": self._url(self._host(name)), "accessed": self.accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        work = self._org_work(record, "press-page", name, tags)
        work.kind = "press-page"
        return work

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.85 else None
        market, country = self.rng.choice(_MARKETS), self.rng.choice(_COUNTRIES)
        titles = [f"{market[0].upper()}{market[1:]} - {country} - {self.rng.choice(['March', 'July', 'November'])} {year or 2024}",
                  f"Books and reading habits in {country} {year or 2024}", f"{country} {market} market: size and forecast to 2030",
                  f"Share of adults in {country} who listened to {market} in {year or 2023}",
                  f"{market[0].upper()}{market[1:]} consumer survey"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": self._url(self._host(name)), "accessed": self.accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        work = self._org_work(record, "market-research", name, {"market-research"})
        work.kind = "market-research"
        return work

    def _trade_press(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-magazine", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(self._host("thebookseller")), "accessed": self.accessed_after(year),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "trade-press")
        work = self._org_work(record, "trade-press", record["container-title"], {"press"})
        work.kind = "trade-press"
        return work

    def _news(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_NEWS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(self._host("news")), "accessed": self.accessed_after(year),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(3)
            return self._person_work(record, "news")
        work = self._org_work(record, "news", record["container-title"], {"press", "unsigned"})
        work.kind = "news"
        return work

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "accessed": self.accessed_after(None)}
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            record["URL"] = self._url(self._host("bookblog"))
            return self._person_work(record, "undated-web")
        name, tags = self.rng.choice(_TRADE_BODIES + _COMPANIES)
        record["URL"] = self._url(self._host(name))
        work = self._org_work(record, "undated-web", name, tags | {"undated"})
        work.kind = "undated-web"
        return work
