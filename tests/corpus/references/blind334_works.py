"""Works that marketers at musical-instrument makers, music shops, music schools, venues, streaming and learning apps
and record labels cite in CIM Level 6 and 7 reports and MBA assignments (the blind334 pool, HELD OUT).

Written without reading the checker or any other pool: books, chapters and music, retailing and consumer journals
with one to eight authors, government and public bodies of the UK, Germany, Austria, Japan, Sweden and the United
States, instrument makers' and retailers' pages and annual reports (Ltd, plc, GmbH, AG, K.K., AB, Inc.), trade and
exam bodies, the music and national press, market research and the marketing texts every candidate cites. Names as
the region's scholars print them: German names with "von" and umlauts, Austrian names, Japanese names, Swedish names
with "å" and "ö", American and British names.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# The kinds of work made (Work.kind); make() also takes the kinds it draws from, named in _DRAWS.
KINDS = ("book", "chapter", "journal", "report", "web", "news")
_DRAWS = ("book", "chapter", "journal", "government", "company", "trade-body", "press", "market-research", "classic",
          "web-person")  # fmt: skip

# (family, given, particle): as the names appear on English-language papers.
_GERMAN = [("Müller", "Jürgen", ""), ("Schäfer", "Katrin", ""), ("Bülow", "Friederike", "von"), ("Weiß", "Tobias", ""),
           ("Köhler", "Anja", ""), ("Hünemörder", "Lars", ""), ("Schröder", "Matthias", ""), ("Hagen", "Klara", "von"),
           ("Lüdemann", "Sabine", ""), ("Krüger", "Felix", ""), ("Oertzen", "Hedwig", "von"), ("Wöllner", "Jan", ""),
           ("Vogel", "Henrike", ""), ("Brandt", "Stefan", ""), ("Fröhlich", "Marie", ""), ("Dörfler", "Uwe", "")]  # fmt: skip
_AUSTRIAN = [("Gruber", "Magdalena", ""), ("Huber", "Florian", ""), ("Pichler", "Verena", ""), ("Moser", "Lukas", ""),
             ("Steinbauer", "Theresa", ""), ("Hofbauer", "Andreas", ""), ("Wimmer", "Elisabeth", ""),
             ("Strauß", "Clemens", ""), ("Leitner", "Barbara", ""), ("Pöttinger", "Georg", "")]  # fmt: skip
_JAPANESE = [("Tanaka", "Yuki"), ("Suzuki", "Haruto"), ("Yamamoto", "Aiko"), ("Watanabe", "Kenji"), ("Ito", "Sakura"),
             ("Nakamura", "Takeshi"), ("Kobayashi", "Mei"), ("Sato", "Hiroshi"), ("Kato", "Naoko"),
             ("Yoshida", "Daisuke"), ("Ogawa", "Emi"), ("Matsumoto", "Ryo"), ("Inoue", "Kaori"), ("Hayashi", "Sho")]  # fmt: skip
_SWEDISH = [("Lindström", "Annika"), ("Åberg", "Erik"), ("Sjöberg", "Karin"), ("Öberg", "Johan"), ("Nyström", "Elin"),
            ("Ångström", "Mattias"), ("Björklund", "Sofia"), ("Ekström", "Oskar"), ("Holmström", "Linnea"),
            ("Söderberg", "Henrik"), ("Löfgren", "Maja"), ("Dahlström", "Gustav"), ("Lundqvist", "Ebba")]  # fmt: skip
_AMERICAN = [("Johnson", "Tyler"), ("Rodriguez", "Maria"), ("Williams", "Brandon"), ("Nguyen", "Kimberly"),
             ("Kowalski", "Derek"), ("O'Brien", "Kelly"), ("Washington", "Jamal"), ("Goldberg", "Rachel"),
             ("McCarthy", "Sean"), ("Peterson", "Ashley"), ("DeLuca", "Anthony"), ("Hughes", "Morgan")]  # fmt: skip
_BRITISH = [("Smith", "Claire"), ("Hargreaves", "Tom"), ("Patel", "Priya"), ("Evans", "Rhys"), ("MacLeod", "Eilidh"),
            ("Fitzgerald", "Ciara"), ("Ashworth-Jones", "Olivia"), ("Bennett", "James"), ("Okafor", "Chinedu"),
            ("Thompson", "Sarah"), ("Green", "Lucy"), ("Whitfield", "Harry"), ("Khan", "Imran"), ("Walsh", "Niamh")]  # fmt: skip

_JOURNALS = ["Journal of Marketing", "Popular Music", "Music Education Research", "International Journal of Music Education",
             "Journal of Retailing", "Psychology of Music", "Journal of Consumer Psychology",
             "Arts Marketing: An International Journal", "Journal of Retailing and Consumer Services",
             "Journal of Marketing Management", "International Journal of Arts Management", "Popular Music and Society"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Pearson", "Harlow"), ("Kogan Page", "London"), ("Sage", "London"),
               ("Oxford University Press", "Oxford"), ("Bloomsbury Academic", "London"), ("Springer Gabler", "Wiesbaden"),
               ("Wiley", "Hoboken, NJ"), ("Palgrave Macmillan", "Cham"), ("Hal Leonard", "Milwaukee, WI"),
               ("Backbeat Books", "San Francisco, CA"), ("Cambridge University Press", "Cambridge")]  # fmt: skip
_TOPICS = ["online instrument retail", "music lessons", "learning apps", "second-hand guitars", "vintage gear",
           "artist endorsements", "YouTube guitar teachers", "TikTok musicians", "piano sales", "music streaming",
           "vinyl revival", "music education", "brand communities", "guitar culture", "synthesiser collectors",
           "music-shop footfall", "subscription learning", "concert ticketing", "home recording",
           "instrument rental schemes", "amateur musicians", "exam boards", "record labels", "fan engagement"]  # fmt: skip
_MARKETS = ["musical instruments", "guitars and amplifiers", "digital pianos", "acoustic pianos", "music-learning apps",
            "music streaming", "pro audio", "vinyl records", "music tuition", "DJ equipment", "live music",
            "second-hand instruments"]  # fmt: skip
_COUNTRIES = ["the UK", "Germany", "Austria", "Japan", "Sweden", "the US", "Europe", "the DACH region"]

# (name, tags, a domain for its pages)
_GOVERNMENT = [
    ("Department for Culture, Media and Sport", {"government", "comma"}, "gov.uk"),
    ("Department for Culture, Media and Sport (DCMS)", {"government", "comma", "abbreviation"}, "gov.uk"),
    ("DCMS", {"government", "acronym"}, "gov.uk"), ("Arts Council England", {"government"}, "artscouncil.org.uk"),
    ("Office for National Statistics", {"government"}, "ons.gov.uk"),
    ("Office for National Statistics (ONS)", {"government", "abbreviation"}, "ons.gov.uk"),
    ("Destatis", {"government"}, "destatis.de"), ("Statistisches Bundesamt (Destatis)", {"government", "abbreviation"}, "destatis.de"),
    ("Statistik Austria", {"government"}, "statistik.at"),
    ("Ministry of Economy, Trade and Industry (METI)", {"government", "comma", "abbreviation"}, "meti.go.jp"),
    ("Statistics Sweden (SCB)", {"government", "abbreviation"}, "scb.se"), ("Statistiska centralbyrån", {"government"}, "scb.se"),
    ("U.S. Census Bureau", {"government", "punctuation"}, "census.gov"),
    ("National Endowment for the Arts (NEA)", {"government", "abbreviation"}, "arts.gov"),
    ("National Endowment for the Arts", {"government"}, "arts.gov"),
    ("Department for Education", {"government"}, "gov.uk"),
]  # fmt: skip
_COMPANIES = [
    ("Yamaha Corporation", {"company"}, "yamaha.com"), ("Roland Corporation", {"company"}, "roland.com"),
    ("Steinway Musical Instruments, Inc.", {"company", "comma"}, "steinway.com"),
    ("Fender Musical Instruments Corporation", {"company"}, "fender.com"), ("Gibson Brands, Inc.", {"company", "comma"}, "gibson.com"),
    ("Marshall Amplification plc", {"company"}, "marshall.com"), ("Musikhaus Thomann GmbH", {"company"}, "thomann.de"),
    ("Gear4music (Holdings) plc", {"company", "brackets"}, "gear4music.com"), ("Teenage Engineering AB", {"company"}, "teenage.engineering"),
    ("Spotify Technology S.A.", {"company", "punctuation"}, "spotify.com"), ("Korg Inc.", {"company"}, "korg.com"),
    ("Kawai Musical Instruments Manufacturing Co., Ltd.", {"company", "comma"}, "kawai-global.com"),
    ("C. Bechstein Pianoforte AG", {"company", "punctuation"}, "bechstein.com"),
    ("L. Bösendorfer Klavierfabrik GmbH", {"company", "punctuation"}, "boesendorfer.com"),
    ("Andertons Music Co. Ltd", {"company"}, "andertons.co.uk"), ("PMT Online Ltd", {"company"}, "pmtonline.co.uk"),
    ("Sweetwater Sound, Inc.", {"company", "comma"}, "sweetwater.com"), ("Guitar Center, Inc.", {"company", "comma"}, "guitarcenter.com"),
    ("Elektron Music Machines MAV AB", {"company"}, "elektron.se"), ("Yousician Ltd", {"company"}, "yousician.com"),
    ("Orange Music Electronic Company Ltd", {"company"}, "orangeamps.com"), ("Ernie Ball, Inc.", {"company", "comma"}, "ernieball.com"),
    ("C.F. Martin & Co.", {"company", "ampersand", "punctuation"}, "martinguitar.com"), ("PRS Guitars", {"company"}, "prsguitars.com"),
    ("Steinway & Sons", {"company", "ampersand"}, "steinway.com"), ("Roland Europe Group Ltd", {"company"}, "roland.com"),
    ("Yamaha Music Europe GmbH", {"company"}, "yamaha.com"), ("Simply Ltd", {"company"}, "hellosimply.com"),
    ("Universal Music Group N.V.", {"company", "punctuation"}, "universalmusic.com"), ("Sony Music Entertainment Japan K.K.", {"company"}, "sonymusic.co.jp"),
    ("Trinity College London", {"company"}, "trinitycollege.com"), ("Rockschool Ltd", {"company"}, "rslawards.com"),
]  # fmt: skip
_TRADE = [
    ("Music Industries Association (MIA)", {"trade-body", "abbreviation"}, "mia.org.uk"),
    ("Music Industries Association", {"trade-body"}, "mia.org.uk"), ("NAMM", {"trade-body", "acronym"}, "namm.org"),
    ("Associated Board of the Royal Schools of Music (ABRSM)", {"trade-body", "abbreviation"}, "abrsm.org"),
    ("ABRSM", {"trade-body", "acronym"}, "abrsm.org"), ("UK Music", {"trade-body"}, "ukmusic.org"),
    ("BPI", {"trade-body", "acronym"}, "bpi.co.uk"), ("IFPI", {"trade-body", "acronym"}, "ifpi.org"),
    ("Musicians' Union", {"trade-body", "apostrophe"}, "musiciansunion.org.uk"),
    ("Music Teachers' Association", {"trade-body", "apostrophe"}, "musicteachers.org.uk"),
    ("Bundesverband der Musikinstrumenten-Hersteller e.V.", {"trade-body", "punctuation"}, "musikinstrumente.de"),
    ("Music Mark", {"trade-body"}, "musicmark.org.uk"), ("Youth Music", {"trade-body"}, "youthmusic.org.uk"),
    ("Ivors Academy", {"trade-body"}, "ivorsacademy.com"), ("Independent Society of Musicians (ISM)", {"trade-body", "abbreviation"}, "ism.org"),
]  # fmt: skip
# Where a body or firm publishes, by a word of its name; London for the rest.
_PLACES = [("Destatis", "Wiesbaden"), ("Statistik Austria", "Vienna"), ("METI", "Tokyo"), ("SCB", "Stockholm"),
           ("Statistiska", "Stockholm"), ("Census", "Washington, DC"), ("Endowment", "Washington, DC"),
           ("Yamaha Music Europe", "Rellingen"), ("Yamaha", "Hamamatsu"), ("Roland Europe", "Swansea"),
           ("Roland", "Hamamatsu"), ("Kawai", "Hamamatsu"), ("Korg", "Tokyo"), ("Sony", "Tokyo"),
           ("Steinway", "New York"), ("Fender", "Scottsdale, AZ"), ("Gibson", "Nashville, TN"),
           ("Thomann", "Treppendorf"), ("Teenage", "Stockholm"), ("Elektron", "Gothenburg"), ("Spotify", "Luxembourg"),
           ("Bechstein", "Berlin"), ("Bösendorfer", "Vienna"), ("Sweetwater", "Fort Wayne, IN"),
           ("Guitar Center", "Westlake Village, CA"), ("Ernie Ball", "San Luis Obispo, CA"), ("Martin", "Nazareth, PA"),
           ("PRS", "Stevensville, MD"), ("Universal", "Hilversum"), ("NAMM", "Carlsbad, CA"), ("Yousician", "Helsinki"),
           ("Gear4music", "York"), ("Bundesverband", "Wiesbaden"), ("Andertons", "Guildford")]  # fmt: skip
_PRESS = [("Music Week", "musicweek.com"), ("MusicRadar", "musicradar.com"), ("Guitarist", "musicradar.com"),
          ("Sound On Sound", "soundonsound.com"), ("Billboard", "billboard.com"), ("Rolling Stone", "rollingstone.com"),
          ("The Guardian", "theguardian.com"), ("Frankfurter Allgemeine Zeitung", "faz.net"), ("Nikkei Asia", "asia.nikkei.com"),
          ("Dagens Nyheter", "dn.se"), ("The New York Times", "nytimes.com"), ("Music Business Worldwide", "musicbusinessworldwide.com")]  # fmt: skip
_RESEARCH = ["Mintel", "Statista", "MIDiA Research", "Kantar", "YouGov", "GfK", "Euromonitor International",
             "Statista Research Department", "Music Trades"]  # fmt: skip
# The texts every candidate cites: (authors, title, publisher, place, [(year, edition)]).
_CLASSICS = [
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane")], "Marketing management", "Pearson", "Harlow", [(2016, "15"), (2022, "16")]),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow", [(2019, "7"), (2022, "8")]),
    ([("Jobber", "David"), ("Ellis-Chadwick", "Fiona")], "Principles and practice of marketing", "McGraw-Hill", "London", [(2019, "9"), (2023, "10")]),
    ([("Kapferer", "Jean-Noël")], "The new strategic brand management", "Kogan Page", "London", [(2012, "5")]),
    ([("Solomon", "Michael R.")], "Consumer behavior: buying, having, and being", "Pearson", "Harlow", [(2020, "13")]),
    ([("Kerrigan", "Finola"), ("Fraser", "Peter"), ("Özbilgin", "Mustafa")], "Arts marketing", "Elsevier Butterworth-Heinemann", "Oxford", [(2004, None)]),
    ([("Frith", "Simon")], "Performing rites: on the value of popular music", "Oxford University Press", "Oxford", [(1996, None)]),
    ([("Wikström", "Patrik")], "The music industry: music in the cloud", "Polity Press", "Cambridge", [(2020, "3")]),
    ([("Hesmondhalgh", "David")], "Why music matters", "Wiley-Blackwell", "Chichester", [(2013, None)]),
    ([("Ryan", "Damian")], "Understanding digital marketing", "Kogan Page", "London", [(2020, "5")]),
    ([("Sharp", "Byron")], "How brands grow: what marketers don't know", "Oxford University Press", "Melbourne", [(2010, None)]),
    ([("Aaker", "David A.")], "Building strong brands", "Free Press", "New York", [(1996, None)]),
]  # fmt: skip


class Blind334WorkFactory(WorkFactory):
    """The blind334 pool's works: music-industry marketing sources, seeded so a seed always gives the same works."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 334)
        self.dated_organisations: list[tuple[str, set[str], str, dict[str, Any]]] = []
        self.surnames: list[tuple[str, str]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.2:
            family, given, particle = self.rng.choice(_GERMAN)
        elif roll < 0.3:
            family, given, particle = self.rng.choice(_AUSTRIAN)
        elif roll < 0.45:
            (family, given), particle = self.rng.choice(_JAPANESE), ""
            if self.rng.random() < 0.15:  # a Japanese name taken in the order a paper printed it, given name first
                family, given = given, family
        elif roll < 0.58:
            (family, given), particle = self.rng.choice(_SWEDISH), ""
        elif roll < 0.72:
            (family, given), particle = self.rng.choice(_AMERICAN), ""
        elif roll < 0.86:
            (family, given), particle = self.rng.choice(_BRITISH), ""
        else:
            name = super().person()
            self.surnames.append((name["family"], name["given"]))
            return name
        name = {"family": family, "given": given}
        if particle:
            name["non-dropping-particle"] = particle
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[38, 26, 15, 8, 5, 3, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            candidate = self.person()
            if all(candidate["family"] != p["family"] for p in people):
                people.append(candidate)
        return people

    # ------------------------------------------------------------------ dates and titles
    def year(self) -> int:
        if self.rng.random() < 0.06:
            return self.rng.randint(1986, 2004)
        return self.rng.randint(2008, 2025)

    def _accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        start = max(2023, year or 2023)
        return {
            "date-parts": [
                [self.rng.randint(start, max(start, 2025)), self.rng.randint(1, 12), self.rng.randint(1, 28)]
            ]
        }

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        country = self.rng.choice(["the UK", "Germany", "Austria", "Japan", "Sweden", "the United States"])
        forms = [
            f"{topic[0].upper()}{topic[1:]} and consumer engagement",
            f"The role of {topic} in {other}",
            f"{topic[0].upper()}{topic[1:]}: evidence from {country}",
            f"Rethinking {topic} after the pandemic",
            f"How {topic} changed {other}",
            f"From the shop floor to the screen: {topic} in {country}",
            f"Authenticity and {topic}",
            f"{topic[0].upper()}{topic[1:]} and brand loyalty among amateur musicians",
            f"The case for {topic}: lessons for {other}",
        ]
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(_DRAWS, weights=[10, 6, 22, 10, 13, 9, 10, 9, 6, 5])[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _classic(self) -> Work:
        authors, title, publisher, place, editions = self.rng.choice(_CLASSICS)
        year, edition = self.rng.choice(editions)
        record: dict[str, Any] = {"type": "book", "title": title,
                                  "author": [{"family": f, "given": g} for f, g in authors],
                                  "issued": {"date-parts": [[year]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if edition:
            record["edition"] = edition
        work = self._person_work(record, "book")
        work.tags.add("classic")
        return work

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS[:6])
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["The Routledge companion to arts marketing", "The Oxford handbook of music and advertising",
                                                "The Bloomsbury handbook of music production", "Music and the creative industries",
                                                "Handbook of music retail", "The Cambridge companion to the guitar"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 380))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 88)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{(start := self.rng.randint(1, 700))}-{start + self.rng.randint(10, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.choice(['1177', '1080', '1017', '1108', '1002'])}/{self.rng.randint(10000, 99999)}{self.rng.choice(['', 'X', '.2023'])}"
            )
        return self._person_work(record, "journal")

    def _web_person(self) -> Work:
        dated = self.rng.random() < 0.8
        year = self.year() if dated else None
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "URL": f"https://www.{self.rng.choice(['musicteachers.blog', 'guitarbench.co.uk', 'pianostreet.com', 'synthhistory.net'])}/{self.fakers['en_GB'].slug()}",
                                  "accessed": self._accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._person_work(record, "web")

    def _organisation(self, kind: str, table: list[tuple[str, set[str], str]], types: list[str]) -> Work:
        name, tags, domain = self.rng.choice(table)
        year: int | None = self.year() if self.rng.random() < 0.85 else None
        record: dict[str, Any] = {"type": self.rng.choice(types)}
        if record["type"] == "report" and self.rng.random() < 0.4:
            record["title"] = (
                f"{self.rng.choice(['Annual report', 'Annual report and accounts', 'Impact report', 'Integrated report', 'Music education report', 'Sustainability report'])} {year or 2023}"
            )
        else:
            record["title"] = self._title()
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = next((place for word, place in _PLACES if word in name), "London")
        if record["type"] == "webpage" or self.rng.random() < 0.6:
            record["URL"] = f"https://www.{domain}/{self.fakers['en_GB'].slug()}"
        # Now and then the same body in the same year as an earlier work ("ABRSM, 2021a" and "2021b").
        if year is not None and self.dated_organisations and self.rng.random() < 0.15:
            name, tags, domain, issued = self.rng.choice(self.dated_organisations)
            year = issued["date-parts"][0][0]
            if record["type"] == "report":
                record["publisher"] = name.split(" (")[0]
            if "URL" in record:
                record["URL"] = f"https://www.{domain}/{self.fakers['en_GB'].slug()}"
        if year is not None:
            record["issued"] = {"date-parts": [[year]]}
            self.dated_organisations.append((name, tags, domain, record["issued"]))
        if "URL" in record:
            record["accessed"] = self._accessed_after(year)
        work_kind = "report" if record["type"] == "report" else "web"
        return self._org_work(record, work_kind, name, tags | {kind})

    def _government(self) -> Work:
        return self._organisation("government", _GOVERNMENT, ["report", "report", "webpage"])

    def _company(self) -> Work:
        return self._organisation("company", _COMPANIES, ["report", "webpage", "webpage"])

    def _trade_body(self) -> Work:
        return self._organisation("trade-body", _TRADE, ["report", "webpage"])

    def _press(self) -> Work:
        paper, domain = self.rng.choice(_PRESS)
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": paper,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.{domain}/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        issued = record["issued"]["date-parts"][0]
        record["accessed"] = {"date-parts": [[max(2023, year + 1), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        assert record["accessed"]["date-parts"][0] >= issued
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year: int | None = self.rng.randint(2014, 2025) if self.rng.random() < 0.85 else None  # recent reports
        market, country = self.rng.choice(_MARKETS), self.rng.choice(_COUNTRIES)
        shown = year or 2024
        titles = [f"{market[0].upper()}{market[1:]} - {country} - {self.rng.choice(['March', 'July', 'November'])} {shown}",
                  f"{market[0].upper()}{market[1:]} in {country}: market report {shown}",
                  f"Revenue of the {market} market in {country} from 2018 to 2028",
                  f"Share of adults in {country} who play a musical instrument, by age group, {shown}",
                  f"{market[0].upper()}{market[1:]}: consumer trends and forecasts"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": f"https://www.{name.split()[0].lower()}.com/{self.fakers['en_GB'].slug()}",
                                  "accessed": self._accessed_after(year)}  # fmt: skip
        if year is not None:
            record["issued"] = {"date-parts": [[year]]}
        return self._org_work(record, "report", name, {"market-research"})
