"""The blind339 pool's works: what marketers at bookshops and bookshop chains, online booksellers, publishers and
imprints, audiobook and e-book platforms, literary festivals and book prizes in the UK, Ireland, France, Germany,
Nigeria and Australia cite in CIM Level 6 and 7 reports and MBA assignments.

Books, chapters and publishing, retailing and consumer journals with one to eight authors; government and public
bodies (DCMS, Arts Council England, the ONS, the Arts Council of Ireland, the CNL, the Ministère de la Culture,
Destatis, the National Bureau of Statistics, the ABS, Creative Australia, the CMA) with and without their
abbreviation, two works of one body in a year; booksellers' and publishers' pages and annual reports with Ltd, plc,
SA, GmbH, AG, Pty Ltd, Inc. and Nigeria Ltd; trade bodies; the book trade and national press, signed and unsigned;
market research with and without years; the marketing texts every candidate cites; undated pages. French names with
"de", "du" and "Le", German names with "von" and umlauts, Yoruba, Igbo and Hausa names, Irish names with "O'", "Mac"
and "Ní", Australian and British names, written as their scholars and journals print them.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# (family, given, particle): names as publishing and retail journals print them.
_NAMES = [
    ("Squires", "Claire", ""), ("Thompson", "John B.", ""), ("Phillips", "Angus", ""), ("Clark", "Giles", ""),
    ("Murray", "Simone", ""), ("Baverstock", "Alison", ""), ("Bhaskar", "Michael", ""), ("Weedon", "Alexis", ""),
    ("Hall", "Frania", ""), ("Driscoll", "Beth", ""), ("Wright", "David", ""), ("Noorda", "Rachel", ""),
    ("Fitzgerald", "Siobhán", ""), ("O'Sullivan", "Niamh", ""), ("O'Brien", "Ciarán", ""), ("MacCarthy", "Eoin", ""),
    ("Mac Lochlainn", "Orla", ""), ("Ní Bhriain", "Aoife", ""), ("Ní Chonaill", "Róisín", ""), ("Ó Súilleabháin", "Pádraig", ""),
    ("Lacroix", "Élodie", "de"), ("Gaulle", "Aurélie", "de"), ("Bois", "Mathieu", "du"), ("Pont", "Camille", "du"),
    ("Bris", "Hélène", "Le"), ("Goff", "Yannick", "Le"), ("Lefèvre", "Anaïs", ""), ("Bérard", "Céline", ""),
    ("Chartier", "Roger", ""), ("Benhamou", "Françoise", ""), ("Robin", "Christian", ""), ("Legendre", "Bertrand", ""),
    ("Müller", "Jürgen", ""), ("Schäfer", "Lena", ""), ("Köhler", "Maximilian", ""), ("Weiß", "Katharina", ""),
    ("Hagen", "Klara", "von"), ("Stein", "Felix", "von"), ("Brückner", "Anja", ""), ("Grünewald", "Tobias", ""),
    ("Adébáyọ̀", "Olúwaseun", ""), ("Adeyemi", "Folake", ""), ("Ogunleye", "Tolulope", ""), ("Babalola", "Adewale", ""),
    ("Okonkwo", "Chidi", ""), ("Nwankwo", "Ngozi", ""), ("Eze", "Chiamaka", ""), ("Okafor", "Ifeanyi", ""),
    ("Bello", "Aminu", ""), ("Abubakar", "Hauwa", ""), ("Musa", "Zainab", ""), ("Ibrahim", "Sani", ""),
    ("Nguyen", "Linh", ""), ("Mitchell", "Kate", ""), ("O'Donnell", "Liam", ""), ("Papadakis", "Sophie", ""),
]  # fmt: skip
# Writers, booksellers and founders the prose names with a year (decoys): never an author of a listed work.
_DECOY_SURNAMES = {"Rowling", "Rooney", "Achebe", "Daunt", "Waterstone", "Mantel", "Joyce", "James", "Adichie",
                   "Soyinka", "Beach", "Foyle", "Hatchard", "Blackwell", "Lang", "Bezos", "Lawrence", "Gaiman",
                   "Evaristo", "Keegan", "Lane", "Smith", "Picoult", "Pullman", "Hornby", "Moran", "Florence",
                   "Binchy", "Winton", "Moriarty", "Emezi", "Okri", "Ishiguro", "Atwood", "Ernaux", "Goethe"}  # fmt: skip
_LOCALES = ["en_GB", "en_GB", "en_IE", "fr_FR", "de_DE", "yo_NG", "ig_NG", "en_AU"]
_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("Department for Culture, Media and Sport", {"government", "comma"}),
    ("Department for Culture, Media and Sport (DCMS)", {"government", "comma", "abbreviation"}),
    ("Arts Council England", {"government"}), ("Office for National Statistics", {"government"}),
    ("Office for National Statistics (ONS)", {"government", "abbreviation"}), ("ONS", {"government", "acronym"}),
    ("Arts Council of Ireland", {"government"}), ("Centre national du livre (CNL)", {"government", "abbreviation"}),
    ("Centre national du livre", {"government"}), ("Ministère de la Culture", {"government"}),
    ("Destatis", {"government"}), ("National Bureau of Statistics", {"government"}),
    ("Australian Bureau of Statistics (ABS)", {"government", "abbreviation"}),
    ("Australian Bureau of Statistics", {"government"}), ("Creative Australia", {"government"}),
    ("Competition and Markets Authority (CMA)", {"government", "abbreviation"}),
    ("Competition and Markets Authority", {"government"}),
    ("Waterstones Booksellers Ltd", {"company"}), ("WH Smith plc", {"company"}), ("Bloomsbury Publishing plc", {"company"}),
    ("Penguin Random House LLC", {"company"}), ("HarperCollins Publishers Ltd", {"company"}),
    ("Faber and Faber Ltd", {"company"}), ("Faber & Faber Ltd", {"company", "ampersand"}), ("Fnac Darty SA", {"company"}),
    ("Thalia Bücher GmbH", {"company"}), ("Dymocks Holdings Pty Ltd", {"company"}),
    ("Cassava Republic Press Ltd", {"company"}), ("Hugendubel GmbH & Co. KG", {"company", "ampersand"}),
    ("Bertelsmann SE & Co. KGaA", {"company", "ampersand"}), ("Audible, Inc.", {"company", "comma"}),
    ("Rakuten Kobo Inc.", {"company"}), ("Amazon.com, Inc.", {"company", "comma"}), ("Bookshop.org", {"company"}),
    ("Blackwell's", {"company", "apostrophe"}), ("Kennys Bookshop & Art Galleries Ltd", {"company", "ampersand"}),
    ("Easons & Son Ltd", {"company", "ampersand"}), ("Farafina Books Nigeria Ltd", {"company"}),
    ("Booksellers Association (BA)", {"trade-body", "abbreviation"}), ("Booksellers Association", {"trade-body"}),
    ("Publishers Association (PA)", {"trade-body", "abbreviation"}), ("Publishers Association", {"trade-body"}),
    ("Publishing Ireland", {"trade-body"}), ("Syndicat national de l'édition (SNE)", {"trade-body", "apostrophe", "abbreviation"}),
    ("Börsenverein des Deutschen Buchhandels", {"trade-body"}), ("Nigerian Publishers Association", {"trade-body"}),
    ("Australian Publishers Association", {"trade-body"}), ("Reading Agency", {"trade-body"}),
]  # fmt: skip
_PRESS = ["The Bookseller", "Publishers Weekly", "The Guardian", "The Times", "The Irish Times", "Le Monde",
          "Livres Hebdo", "Die Zeit", "Premium Times", "The Sydney Morning Herald", "Börsenblatt"]  # fmt: skip
_RESEARCH = ["Nielsen BookScan", "Circana", "Kantar", "Mintel", "Statista", "YouGov", "GfK", "Nielsen BookData"]
_JOURNALS = ["Publishing Research Quarterly", "Logos", "Journal of Retailing",
             "International Journal of Retail & Distribution Management", "Journal of Consumer Research", "Poetics",
             "Journal of Marketing Management", "Learned Publishing", "European Journal of Marketing",
             "Journal of Business Research"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Bloomsbury Academic", "London"), ("Polity", "Cambridge"),
               ("Palgrave Macmillan", "Cham"), ("Pearson", "Harlow"), ("Kogan Page", "London"),
               ("Cambridge University Press", "Cambridge"), ("Oxford University Press", "Oxford"),
               ("Sage", "London"), ("Manchester University Press", "Manchester"), ("Edward Elgar", "Cheltenham")]  # fmt: skip
_TOPICS = ["independent bookshops", "BookTok", "social reading", "audiobook listening", "literary prizes",
           "book festivals", "e-book pricing", "bookshop loyalty schemes", "the Net Book Agreement's legacy",
           "fixed book prices", "celebrity memoirs", "debut fiction", "online bookselling", "bookshop browsing",
           "book clubs", "prize shortlists", "Nigerian publishing", "Irish fiction in translation", "subscription audio",
           "Bookstagram", "author events", "literary influencers", "bestseller lists", "children's reading",
           "backlist sales", "romantasy", "second-hand books", "library lending", "book covers"]  # fmt: skip
_PLACES = ["the UK", "Britain", "Ireland", "France", "Germany", "Nigeria", "Australia", "Lagos", "Dublin", "Paris",
           "Berlin", "Melbourne", "the English-language market"]  # fmt: skip
_CLASSICS = [
    ("book", [("Kotler", "Philip"), ("Keller", "Kevin Lane")], "Marketing management", "Pearson", "Harlow"),
    ("book", [("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow"),
    ("book", [("Jobber", "David"), ("Ellis-Chadwick", "Fiona")], "Principles and practice of marketing", "McGraw-Hill", "London"),
    ("book", [("Sharp", "Byron")], "How brands grow: what marketers don't know", "Oxford University Press", "Melbourne"),
    ("book", [("Thompson", "John B.")], "Merchants of culture: the publishing business in the twenty-first century", "Polity", "Cambridge"),
    ("book", [("Squires", "Claire")], "Marketing literature: the making of contemporary writing in Britain", "Palgrave Macmillan", "Basingstoke"),
    ("book", [("Bourdieu", "Pierre")], "The field of cultural production", "Polity", "Cambridge"),
    ("book", [("English", "James F.")], "The economy of prestige: prizes, awards and the circulation of cultural value", "Harvard University Press", "Cambridge, MA"),
    ("book", [("Genette", "Gérard")], "Paratexts: thresholds of interpretation", "Cambridge University Press", "Cambridge"),
]  # fmt: skip


class Blind339WorkFactory(WorkFactory):
    """The blind339 pool's works, drawn from a random source of its own so no other half changes."""

    KINDS = ("book", "chapter", "journal", "report", "web", "news")

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 339)
        from faker import Faker

        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 223 + index)
                self.fakers[locale] = fake
        self.dated: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        if self.rng.random() < 0.55:
            family, given, particle = self.rng.choice(_NAMES)
            name = {"family": family, "given": given}
            if particle:
                name["non-dropping-particle"] = particle
            return name
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        while family.split()[-1] in _DECOY_SURNAMES:  # no listed author shares a surname with a decoy's writer
            family = fake.last_name()
        words = family.split()
        if len(words) > 1 and words[0].islower():
            return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
        roll = self.rng.random()
        if roll < 0.05:
            family = f"{family}-{self.fakers['en_GB'].last_name()}"
        elif roll < 0.1:
            family = self.rng.choice(["O'", "Mac"]) + self.fakers["en_IE"].last_name().split()[0].lstrip("O'")
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1984, 2003)
        return self.rng.randint(2009, 2025)

    def _accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        low = max(2023, (year or 2023) + 1) if year and year >= 2023 else 2023
        return {"date-parts": [[self.rng.randint(low, max(low, 2025)) if low <= 2025 else low, self.rng.randint(1, 12),
                                self.rng.randint(1, 28)]]}  # fmt: skip

    def _title(self) -> str:
        topic, other, place = self.rng.choice(_TOPICS), self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"{topic[0].upper()}{topic[1:]} and {other}",
                 f"Who buys books? {topic[0].upper()}{topic[1:]} in {place}", f"Rethinking {topic}",
                 f"From {topic} to {other}: the changing book trade in {place}",
                 f"The value of {topic} for publishers in {place}", f"{topic[0].upper()}{topic[1:]}: a consumer study",
                 f"How readers choose books: {topic} in {place}", f"Selling {topic} online"]  # fmt: skip
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "government", "company", "trade-body", "press", "market-research",
             "web-person", "classic"],
            weights=[12, 6, 22, 10, 12, 8, 12, 8, 5, 5],
        )[0]  # fmt: skip
        if kind == "book" and self.rng.random() < 0.2:
            kind = "classic"
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # one body's two works of a year ("Publishers Association, 2023a" and "2023b")
        if self.dated and "issued" in record and self.rng.random() < 0.15:
            name, tags, issued = self.rng.choice(self.dated)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0][0])
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated.append((name, tags, {"date-parts": [[record["issued"]["date-parts"][0][0]]]}))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.2:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _classic(self) -> Work:
        _kind, authors, title, publisher, place = self.rng.choice(_CLASSICS)
        record: dict[str, Any] = {"type": "book", "title": title, "author": [{"family": f, "given": g} for f, g in authors],
                                  "issued": {"date-parts": [[self.rng.randint(1993, 2024)]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.5:
            record["edition"] = str(self.rng.randint(2, 16))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 300)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["The Oxford handbook of publishing", "The Cambridge companion to the book",
                                                "Literary prizes and cultural value", "The book in the digital age",
                                                "Bookselling and book cultures", "Audio books and the new listening"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 700)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{start}-{start + self.rng.randint(8, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.rng.choice(['s12109', 'logo', 'jretai', 'ijrdm', 'jcr', 'poetic'])}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _web_person(self) -> Work:
        year = self.year() if self.rng.random() < 0.75 else None
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "URL": f"https://{self.fakers['en_GB'].domain_name()}/{self.fakers['en_GB'].slug()}",
                                  "accessed": self._accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._person_work(record, "web")

    def _government(self) -> Work:
        name, tags = self.rng.choice([o for o in _ORGANISATIONS if "government" in o[1]])
        year = self.year()
        kind = self.rng.choice(["report", "webpage"])
        titles = [f"Taking Part survey: reading {year}", f"Books and publishing: sector statistics {year}",
                  self._title(), f"Le secteur du livre : chiffres-clés {year}", f"Buchmarkt in Deutschland {year}",
                  f"Participation in the arts: reading and literature, {year}", f"Household spending on books and magazines {year}"]  # fmt: skip
        record: dict[str, Any] = {"type": kind, "title": self.rng.choice(titles), "issued": {"date-parts": [[year]]},
                                  "URL": f"https://www.{self.rng.choice(['gov.uk', 'artscouncil.ie', 'centrenationaldulivre.fr', 'destatis.de', 'abs.gov.au', 'nigerianstat.gov.ng'])}/{self.fakers['en_GB'].slug()}",
                                  "accessed": self._accessed_after(year)}  # fmt: skip
        if kind == "report":
            record["publisher"] = name.split(" (")[0]
        return self._org_work(record, "report" if kind == "report" else "web", name, tags)

    def _company(self) -> Work:
        name, tags = self.rng.choice([o for o in _ORGANISATIONS if "company" in o[1]])
        if self.rng.random() < 0.5:
            year = self.year()
            record: dict[str, Any] = {"type": "report", "title": self.rng.choice([f"Annual report and accounts {year}",
                                      f"Annual report {year}", f"Sustainability report {year}", "Strategic report"]),
                                      "issued": {"date-parts": [[year]]}, "publisher": name}  # fmt: skip
            if self.rng.random() < 0.6:
                record["URL"] = (
                    f"https://www.{self.fakers['en_GB'].domain_name()}/investors/{self.fakers['en_GB'].slug()}"
                )
                record["accessed"] = self._accessed_after(year)
            return self._org_work(record, "report", name, tags)
        year = self.year() if self.rng.random() < 0.7 else None
        record = {"type": "webpage", "title": self.rng.choice(["About us", "Our story", "Our bookshops", "Membership and rewards",
                                                               "Book of the month", "Our authors", self._title()]),
                  "URL": f"https://www.{self.fakers['en_GB'].domain_name()}/{self.fakers['en_GB'].slug()}",
                  "accessed": self._accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org_work(record, "web", name, tags | ({"undated"} if not year else set()))

    def _trade_body(self) -> Work:
        name, tags = self.rng.choice([o for o in _ORGANISATIONS if "trade-body" in o[1]])
        year = self.year() if self.rng.random() < 0.85 else None
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]),
                                  "title": self.rng.choice([f"Publishing in {year or 2024}: yearbook", "Bookshop numbers",
                                                            f"Consumer book sales {year or 2023}", self._title(),
                                                            "Annual review", "Members' survey"]),
                                  "URL": f"https://www.{self.fakers['en_GB'].domain_name()}/{self.fakers['en_GB'].slug()}",
                                  "accessed": self._accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _press(self) -> Work:
        year = min(self.year(), 2024)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": f"https://www.{self.fakers['en_GB'].domain_name()}/{self.fakers['en_GB'].slug()}",
                                  "accessed": {"date-parts": [[self.rng.randint(year + 1, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}}  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.85 else None
        market = self.rng.choice(["books", "audiobooks", "e-books", "children's books", "bookshops", "book buying",
                                  "reading habits", "fiction"])  # fmt: skip
        place = self.rng.choice(["UK", "Ireland", "France", "Germany", "Nigeria", "Australia"])
        record: dict[str, Any] = {"type": "report",
                                  "title": self.rng.choice([f"{market.capitalize()} - {place} - {year or 2024}",
                                                            f"{place} {market} market: consumer insights",
                                                            f"Share of adults in {place} who bought {market} in the last year",
                                                            f"{market.capitalize()} sales by channel, {place}"]),
                                  "publisher": name, "URL": f"https://www.{name.split()[0].lower()}.com/{self.fakers['en_GB'].slug()}",
                                  "accessed": self._accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org_work(record, "report", name, {"market-research"})
