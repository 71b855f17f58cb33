"""The blind269 pool's works: what marketers at musical-instrument makers, pro-audio and music-technology firms,
music retailers and music-education providers in the UK, Ireland, the US, Germany and Japan cite in CIM Level 6 and 7
reports and MBA assignments on brand, e-commerce, artist-relations, community and education marketing.

Written without reading the checker or any other pool. Textbooks and chapters, journals (Popular Music and Society,
Journal of Marketing Management, Music Education Research, Consumption Markets & Culture...) with one to eight
authors, trade bodies and associations (the MIA, NAMM, UK Music, the BPI, the IFPI, ABRSM, the Musicians' Union,
Youth Music), firms' pages and annual reports (Yamaha Corporation, Focusrite plc, Gear4music (Holdings) plc, Fender
Musical Instruments Corporation, Steinway Musical Instruments), the trade and consumer press signed and unsigned
(Music Week, MI Pro, Guitarist, Sound On Sound, MusicRadar), market research (Mintel, Technavio, Statista), government
(the Department for Education's National Plan for Music Education) and the marketing texts every candidate cites.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_GB", "en_US", "en_US", "en_IE", "de_DE", "de_DE"]
# Japanese names as English-language journals and Japanese firms' English pages print them (family name, given name).
_JAPANESE = [("Tanaka", "Hiroshi"), ("Suzuki", "Yuki"), ("Kawakami", "Genichi"), ("Yamamoto", "Keiko"),
             ("Satō", "Kenji"), ("Itō", "Haruka"), ("Nakamura", "Takeshi"), ("Kobayashi", "Aiko"), ("Ōta", "Ryō"),
             ("Watanabe", "Mei"), ("Katō", "Shun"), ("Yoshida", "Naoko"), ("Kikuchi", "Daisuke"), ("Mori", "Emi")]  # fmt: skip
_IRISH = [("Ó Briain", "Siobhán"), ("Ní Bhriain", "Aoife"), ("Mac Giolla Phádraig", "Cathal"), ("Ó Súilleabháin", "Mícheál"),
          ("Ní Dhomhnaill", "Orla"), ("MacMathúna", "Ciarán"), ("O'Flynn", "John"), ("McCarthy", "Gráinne")]  # fmt: skip
_GERMAN = [("Müller", "Jürgen"), ("Schäfer", "Katrin"), ("Weiß", "Tobias"), ("Böhm", "Anja"), ("Krüger", "Lars"),
           ("Groß", "Sabine"), ("Thomann", "Hans"), ("Heß", "Felix"), ("Müller-Lüdenscheid", "Uwe")]  # fmt: skip
_PARTICLES = [("von", "Appen", "Kai"), ("von", "Hagen", "Klara"), ("van", "Dijk", "Thijs"), ("de", "Vries", "Sanne"),
              ("van der", "Berg", "Lotte"), ("de", "Souza", "Mariana"), ("di", "Stefano", "Marco")]  # fmt: skip
_OTHERS = [("Zhang", "Wei"), ("Chen", "Jing"), ("Kim", "Jiwoo"), ("Park", "Minjun"), ("Krishnan", "Lakshmi"),
           ("Chatterjee", "Arjun"), ("Okonkwo", "Chidi"), ("Adeyemi", "Folake"), ("Papadopoulos", "Nikos"),
           ("Fernández", "Lucía"), ("Kowalczyk", "Agnieszka"), ("Søndergaard", "Mette")]  # fmt: skip

# Organisations as these candidates cite them, with tags saying what makes each one hard.
_ORGANISATIONS: list[tuple[str, set[str], str]] = [
    ("Music Industries Association", {"trade-body"}, "https://www.mia.org.uk"),
    ("Music Industries Association (MIA)", {"trade-body", "abbreviation"}, "https://www.mia.org.uk"),
    ("NAMM Foundation", {"trade-body", "acronym"}, "https://www.nammfoundation.org"),
    ("National Association of Music Merchants (NAMM)", {"trade-body", "abbreviation"}, "https://www.namm.org"),
    ("UK Music", {"trade-body"}, "https://www.ukmusic.org"),
    ("BPI", {"trade-body", "acronym"}, "https://www.bpi.co.uk"),
    ("British Phonographic Industry (BPI)", {"trade-body", "abbreviation"}, "https://www.bpi.co.uk"),
    ("IFPI", {"trade-body", "acronym"}, "https://www.ifpi.org"),
    ("ABRSM", {"education", "acronym"}, "https://www.abrsm.org"),
    ("Musicians' Union", {"trade-body", "apostrophe"}, "https://musiciansunion.org.uk"),
    ("Youth Music", {"charity"}, "https://youthmusic.org.uk"),
    ("Music Mark", {"education"}, "https://www.musicmark.org.uk"),
    ("Incorporated Society of Musicians (ISM)", {"trade-body", "abbreviation"}, "https://www.ism.org"),
    ("Trinity College London", {"education"}, "https://www.trinitycollege.com"),
    ("Rockschool", {"education"}, "https://www.rslawards.com"),
    ("Yousician", {"company"}, "https://yousician.com"),
    ("Yamaha Corporation", {"company"}, "https://www.yamaha.com"),
    ("Roland Corporation", {"company"}, "https://www.roland.com"),
    ("Korg Inc.", {"company"}, "https://www.korg.com"),
    ("Focusrite plc", {"company"}, "https://focusriteplc.com"),
    ("Gear4music (Holdings) plc", {"company", "brackets"}, "https://www.gear4musicplc.com"),
    ("Fender Musical Instruments Corporation", {"company"}, "https://www.fender.com"),
    ("Steinway Musical Instruments", {"company"}, "https://www.steinway.com"),
    ("Steinway & Sons", {"company", "ampersand"}, "https://www.steinway.co.uk"),
    ("Gibson Brands, Inc.", {"company", "comma"}, "https://www.gibson.com"),
    ("Marshall Amplification", {"company"}, "https://www.marshall.com"),
    ("Orange Music Electronic Company Ltd", {"company"}, "https://orangeamps.com"),
    ("Native Instruments GmbH", {"company"}, "https://www.native-instruments.com"),
    ("Ableton AG", {"company"}, "https://www.ableton.com"),
    ("Thomann GmbH", {"company"}, "https://www.thomann.co.uk"),
    ("Andertons Music Co.", {"company"}, "https://www.andertons.co.uk"),
    ("Sweetwater Sound, Inc.", {"company", "comma"}, "https://www.sweetwater.com"),
    ("Reverb.com", {"company"}, "https://reverb.com"),
    ("PRS for Music", {"trade-body"}, "https://www.prsformusic.com"),
    ("Arts Council England", {"government"}, "https://www.artscouncil.org.uk"),
    ("Creative Ireland", {"government"}, "https://www.creativeireland.gov.ie"),
]  # fmt: skip
_GOVERNMENT: list[tuple[str, str, int]] = [
    ("Department for Education", "The power of music to change lives: a National Plan for Music Education", 2022),
    ("Department for Education", "Model music curriculum: key stages 1 to 3", 2021),
    ("Department for Education", "Music hubs: guidance for hub lead organisations", 2022),
    ("Department for Education", "The importance of music: a National Plan for Music Education", 2011),
    ("Department for Culture, Media and Sport", "Creative industries sector vision", 2023),
    ("Department for Culture, Media & Sport", "DCMS economic estimates: creative industries", 2024),
    ("Intellectual Property Office", "Copyright, Designs and Patents Act 1988: a guide for music businesses", 2021),
    ("Intellectual Property Office", "Music streaming: the economics of music streaming", 2022),
    ("Ofsted", "Striking the right note: the music subject report", 2023),
    ("Department of Education (Ireland)", "Music Generation: national music education programme review", 2019),
    ("House of Commons Library", "Music education in England", 2024),
]  # fmt: skip
_MARKET_RESEARCH = ["Mintel", "Technavio", "Statista", "Statista Research Department", "IBISWorld", "GlobalData",
                    "Euromonitor International", "YouGov", "MIDiA Research", "Key Note"]  # fmt: skip
_MR_MARKETS = ["musical instruments", "guitars", "digital pianos", "pro audio equipment", "music production software",
               "DJ equipment", "music lessons", "home recording", "synthesizers", "drum kits", "music streaming",
               "second-hand instruments"]  # fmt: skip
_PRESS = ["Music Week", "MI Pro", "Guitarist", "Sound On Sound", "MusicRadar", "Guitar World", "Music Teacher",
          "Billboard", "The Guardian", "Financial Times", "The Irish Times", "Marketing Week", "Retail Gazette",
          "Rolling Stone", "Premier Guitar", "Music Business Worldwide"]  # fmt: skip
_JOURNALS = ["Popular Music and Society", "Journal of Marketing Management", "Music Education Research",
             "Consumption Markets & Culture", "Journal of Business Research", "Popular Music",
             "International Journal of Music Education", "British Journal of Music Education",
             "Journal of Consumer Research", "European Journal of Marketing", "Journal of Product & Brand Management",
             "Arts and the Market", "Journal of Popular Music Studies", "Creative Industries Journal"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Routledge", "London"), ("Pearson", "Harlow"), ("Kogan Page", "London"),
               ("Sage", "London"), ("Oxford University Press", "Oxford"), ("Bloomsbury Academic", "London"),
               ("Hal Leonard", "Milwaukee, WI"), ("Backbeat Books", "San Francisco, CA"), ("Wiley", "Chichester"),
               ("Palgrave Macmillan", "Cham"), ("Focal Press", "New York"), ("Cambridge University Press", "Cambridge")]  # fmt: skip
_TOPICS = ["artist endorsement", "guitar communities", "music-tech e-commerce", "brand heritage", "vintage guitars",
           "home recording", "music education", "instrument retail", "YouTube gear demos", "synth communities",
           "online music lessons", "brand communities", "boutique pedals", "the piano market", "gamified learning",
           "signature models", "second-hand marketplaces", "dealer networks", "influencer marketing",
           "music streaming", "live music", "customer reviews", "sustainability in instrument making",
           "DTC selling", "amateur musicians", "serious leisure", "nostalgia marketing", "tonewood supply"]  # fmt: skip
# The marketing and music-business texts every candidate cites (authors, year, title, publisher, place, edition).
_CLASSICS: list[tuple[list[tuple[str, str]], int, str, str, str, str | None]] = [
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Chernev", "Alexander")], 2022, "Marketing management", "Pearson", "Harlow", "16"),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], 2022, "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow", "8"),
    ([("Keller", "Kevin Lane"), ("Swaminathan", "Vanitha")], 2020, "Strategic brand management: building, measuring, and managing brand equity", "Pearson", "Harlow", "5"),
    ([("Aaker", "David A.")], 1996, "Building strong brands", "Free Press", "New York", None),
    ([("Sharp", "Byron")], 2010, "How brands grow: what marketers don't know", "Oxford University Press", "South Melbourne", None),
    ([("Jobber", "David"), ("Ellis-Chadwick", "Fiona")], 2023, "Principles and practice of marketing", "McGraw Hill", "London", "10"),
    ([("Fill", "Chris"), ("Turnbull", "Sarah")], 2023, "Marketing communications: fame, influence and business performance", "Pearson", "Harlow", "9"),
    ([("Solomon", "Michael R."), ("Askegaard", "Søren"), ("Hogg", "Margaret K."), ("Bamossy", "Gary J.")], 2019, "Consumer behaviour: a European perspective", "Pearson", "Harlow", "7"),
    ([("Passman", "Donald S.")], 2023, "All you need to know about the music business", "Simon & Schuster", "New York", "11"),
    ([("Wikström", "Patrik")], 2020, "The music industry: music in the cloud", "Polity", "Cambridge", "3"),
    ([("Kapferer", "Jean-Noël")], 2012, "The new strategic brand management", "Kogan Page", "London", "5"),
    ([("Holt", "Douglas B.")], 2004, "How brands become icons: the principles of cultural branding", "Harvard Business School Press", "Boston, MA", None),
    ([("Théberge", "Paul")], 1997, "Any sound you can imagine: making music/consuming technology", "Wesleyan University Press", "Hanover, NH", None),
    ([("Pinch", "Trevor"), ("Trocco", "Frank")], 2002, "Analog days: the invention and impact of the Moog synthesizer", "Harvard University Press", "Cambridge, MA", None),
]  # fmt: skip
_CLASSIC_ARTICLES: list[tuple[list[tuple[str, str]], int, str, str, str, str, str]] = [
    ([("Muniz", "Albert M."), ("O'Guinn", "Thomas C.")], 2001, "Brand community", "Journal of Consumer Research", "27", "4", "412-432"),
    ([("Schau", "Hope Jensen"), ("Muñiz", "Albert M."), ("Arnould", "Eric J.")], 2009, "How brand community practices create value", "Journal of Marketing", "73", "5", "30-51"),
    ([("McAlexander", "James H."), ("Schouten", "John W."), ("Koenig", "Harold F.")], 2002, "Building brand community", "Journal of Marketing", "66", "1", "38-54"),
    ([("Ryan", "John"), ("Peterson", "Richard A.")], 2001, "The guitar as artifact and icon: identity formation in the babyboom generation", "Popular Music and Society", "25", "3-4", "1-18"),
]  # fmt: skip


class Blind269WorkFactory(WorkFactory):
    """Works for the blind269 pool. A subclass, so every other half's factory is unchanged."""

    KINDS = ("book", "chapter", "journal", "report", "web", "news")

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 26900)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            fake = Faker(locale)
            fake.seed_instance(seed * 269 + index)
            self.fakers[f"b269-{locale}"] = fake
        self.used_classics: set[str] = set()
        self.dated_orgs: list[tuple[str, set[str], str, list[int]]] = []
        self.used_titles: set[str] = set()
        self.surnames: list[str] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.1:
            family, given = self.rng.choice(_JAPANESE)
            name = {"family": family, "given": given}
        elif roll < 0.18:
            family, given = self.rng.choice(_IRISH)
            name = {"family": family, "given": given}
        elif roll < 0.26:
            family, given = self.rng.choice(_GERMAN)
            name = {"family": family, "given": given}
        elif roll < 0.31:
            particle, family, given = self.rng.choice(_PARTICLES)
            name = {"family": family, "given": given, "non-dropping-particle": particle}
        elif roll < 0.37:
            family, given = self.rng.choice(_OTHERS)
            name = {"family": family, "given": given}
        elif roll < 0.41 and self.surnames:  # "Smith, J." and "Smith, K." in one list
            name = {"family": self.rng.choice(self.surnames), "given": self.fakers["b269-en_GB"].first_name()}
        else:
            fake = self.fakers["b269-" + self.rng.choice(_LOCALES)]
            family, given = fake.last_name(), fake.first_name()
            words = family.split()
            if len(words) > 1 and words[0].islower():
                name = {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
            else:
                name = {"family": family, "given": given}
                extra = self.rng.random()
                if extra < 0.07:
                    name["family"] = f"{family}-{self.fakers['b269-en_GB'].last_name().split('-')[0]}"
                elif extra < 0.1:
                    name["family"] = (
                        self.rng.choice(["O'", "Mc", "Mac"]) + self.fakers["b269-en_GB"].last_name().split("-")[0]
                    )
        self.surnames.append(name["family"])
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[38, 26, 15, 8, 5, 3, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1979, 2005)
        return self.rng.randint(2010, 2025)

    def _web_year(self) -> int:
        return self.rng.randint(2012, 2024)

    def _accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        low = 2023 if year is None else max(year + 1, 2023)
        return {"date-parts": [[self.rng.randint(low, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        forms = [
            f"{topic[0].upper()}{topic[1:]} and {other}",
            f"Rethinking {topic}: evidence from UK music retail",
            f"The role of {topic} in {self.rng.choice(['instrument brands', 'music-tech firms', 'music education', 'guitar retail'])}",
            f"{topic[0].upper()}{topic[1:]}: a consumer perspective",
            f"From {topic} to {other}: marketing musical instruments",
            f"Can {topic} build brand loyalty among amateur musicians?",
            f"{topic[0].upper()}{topic[1:]} in the digital age",
        ]
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "classic", "org-web", "org-report", "annual-report", "government",
             "market-research", "press", "web-person"],
            weights=[10, 6, 20, 8, 12, 9, 6, 6, 8, 10, 5],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str], family: str = "org") -> Work:
        # Now and then one organisation's second work of a year ("ABRSM, 2021a" and "2021b"), of the same sort.
        same = [entry for entry in self.dated_orgs if entry[2] == family]
        if "issued" in record and same and self.rng.random() < 0.14:
            name, tags, _family, issued = self.rng.choice(same)
            record["issued"] = {"date-parts": [list(issued)]}
            if "publisher" in record:
                record["publisher"] = name.split(" (")[0]
            if "accessed" in record:
                record["accessed"] = self._accessed_after(issued[0])
        if "issued" in record:
            self.dated_orgs.append((name, tags, family, record["issued"]["date-parts"][0]))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, tags | {"organisation"})

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _classic(self) -> Work:
        if self.rng.random() < 0.3:
            authors, year, title, journal, volume, issue, pages = self.rng.choice(_CLASSIC_ARTICLES)
            if title in self.used_classics:
                return self._journal()
            self.used_classics.add(title)
            record: dict[str, Any] = {"type": "article-journal", "title": title,
                                      "author": [{"family": f, "given": g} for f, g in authors],
                                      "container-title": journal, "issued": {"date-parts": [[year]]},
                                      "volume": volume, "issue": issue, "page": pages}  # fmt: skip
            return self._person_work(record, "journal")
        authors, year, title, publisher, place, edition = self.rng.choice(_CLASSICS)
        if title in self.used_classics:
            return self._book()
        self.used_classics.add(title)
        record = {"type": "book", "title": title, "author": [{"family": f, "given": g} for f, g in authors],
                  "issued": {"date-parts": [[year]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if edition:
            record["edition"] = edition
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS[:7])
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["The Routledge companion to the business of music",
                                                "The Oxford handbook of music education", "Music and marketing",
                                                "The Routledge research companion to popular music education",
                                                "The Bloomsbury handbook of music production",
                                                "Brands and branding in the creative industries"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 700)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(5, 60)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.1080/{self.rng.randint(10000000, 19999999)}.{self.rng.randint(2010, 2025)}.{self.rng.randint(1000000, 9999999)}"
            )
        return self._person_work(record, "journal")

    def _org_web(self) -> Work:
        name, tags, site = self.rng.choice(_ORGANISATIONS)
        fake = self.fakers["b269-en_GB"]
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice([
            "About us", "Our history", "Artist relations", "Education and outreach", "Sustainability",
            "Find a dealer", "Careers", "Press releases", "Our brands", "Community guidelines", self._title()]),
            "URL": f"{site}/{fake.slug()}"}  # fmt: skip
        year = self._web_year() if self.rng.random() < 0.75 else None
        if year is not None:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after(year)
        return self._org_work(record, "web", name, tags | ({"undated"} if year is None else set()))

    def _org_report(self) -> Work:
        name, tags, site = self.rng.choice(_ORGANISATIONS[:16])
        year = self._web_year()
        titles = {
            "ABRSM": ["Making music: teaching, learning & playing in the UK", "Making music: the state of play"],
            "UK Music": ["This is music", "Music by numbers", "Music education: state of the nation"],
            "Musicians' Union": ["Music teachers' pay and conditions survey", "Musicians' census"],
            "Youth Music": ["Sound of the next generation", "Impact report"],
            "IFPI": ["Global music report", "Engaging with music"],
        }
        options = titles.get(
            name.split(" (")[0], ["Annual review", "Market report", "Insight report", "Industry census"]
        )
        title = self.rng.choice(options)
        if self.rng.random() < 0.4:
            title = f"{title} {year}"
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name.split(" (")[0],
                                  "publisher-place": "Carlsbad, CA" if "NAMM" in name else "London"}  # fmt: skip
        if self.rng.random() < 0.88:
            record["issued"] = {"date-parts": [[year]]}
        else:
            record["title"] = options[0]
        if self.rng.random() < 0.7:
            record["URL"] = f"{site}/{self.fakers['b269-en_GB'].slug()}"
            record["accessed"] = self._accessed_after(year if "issued" in record else None)
        return self._org_work(record, "report", name, tags)

    def _annual_report(self) -> Work:
        name, tags, site = self.rng.choice([o for o in _ORGANISATIONS if "company" in o[1]])
        year = self.rng.randint(2015, 2024)
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report and accounts {year}", f"Integrated report {year}",
                                                        f"Annual report {year}", "Sustainability report",
                                                        f"Interim results for the six months ended 30 September {year}"]),
            "publisher": name, "issued": {"date-parts": [[year]]},
            "URL": f"{site}/investors/{self.fakers['b269-en_GB'].slug()}", "accessed": self._accessed_after(year),
        }  # fmt: skip
        return self._org_work(record, "report", name, tags, "company")

    def _government(self) -> Work:
        name, title, year = self.rng.choice(_GOVERNMENT)
        if title in self.used_titles:
            return self._org_web()
        self.used_titles.add(title)
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]), "title": title, "issued": {"date-parts": [[year]]},
            "URL": f"https://www.gov.uk/government/publications/{self.fakers['b269-en_GB'].slug()}",
            "accessed": self._accessed_after(year),
        }  # fmt: skip
        return self._org_work(
            record, "report" if record["type"] == "report" else "web", name, {"government"}, "government"
        )

    def _market_research(self) -> Work:
        name = self.rng.choice(_MARKET_RESEARCH)
        market = self.rng.choice(_MR_MARKETS)
        year = self._web_year() if self.rng.random() < 0.9 else None
        shown = year or 2024
        title = self.rng.choice([
            f"{market[0].upper()}{market[1:]} - UK - {self.rng.choice(['March', 'July', 'November'])} {shown}",
            f"Global {market} market {shown}-{shown + 5}",
            f"{market[0].upper()}{market[1:]} market in Europe: size, share and forecast",
            f"Revenue of the {market} market in the United Kingdom from {shown - 5} to {shown + 4}",
            f"Share of UK adults who play {self.rng.choice(['the guitar', 'the piano', 'an instrument'])}, by age group",
        ])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name.split(" Research")[0],
                                  "URL": f"https://www.{name.split()[0].lower()}.com/{self.fakers['b269-en_GB'].slug()}",
                                  "accessed": self._accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org_work(record, "report", name, {"market-research"}, "market-research")

    def _press(self) -> Work:
        year = self._web_year()
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        container = self.rng.choice(_PRESS)
        record: dict[str, Any] = {
            "type": "article-newspaper" if container not in ("Guitarist", "Sound On Sound", "Guitar World", "Premier Guitar") else "article-magazine",
            "title": self._title(), "container-title": container,
            "issued": {"date-parts": [[year, month, day]]},
            "URL": f"https://www.{container.lower().replace(' ', '')}.com/{self.fakers['b269-en_GB'].slug()}",
            "accessed": self._accessed_after(year),
        }  # fmt: skip
        if self.rng.random() < 0.75:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", container, {"press"}, "press")

    def _web_person(self) -> Work:
        year = self._web_year() if self.rng.random() < 0.8 else None
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "URL": f"https://www.{self.fakers['b269-en_GB'].domain_name()}/{self.fakers['b269-en_GB'].slug()}",
                                  "accessed": self._accessed_after(year)}  # fmt: skip
        if year is not None:
            record["issued"] = {"date-parts": [[year]]}
        return self._person_work(record, "web")
