"""The blind330 pool's works: what marketers at rugby union and rugby league clubs, unions and leagues, stadiums,
kit and ball makers, ticketing and hospitality firms and sports broadcasters cite in CIM Level 6 and 7 reports and
MBA assignments written in English in England, Wales, Ireland, France, South Africa, New Zealand, Australia, Fiji and
Japan.

Written without reading the checker, its tests or any other pool. Books, chapters and journal articles with one to
eight authors (the sport-management journals and the marketing texts every candidate cites), reports and pages of
governments and public bodies (with and without their abbreviation), firms' pages and annual reports with Ltd, plc,
SASP, (Pty) Ltd, Limited, Pty Ltd and K.K., the national and rugby press signed and unsigned, market research with and
without years, and the names of this region as its scholars and journals print them: Welsh, Irish with "Ó", "Ní" and
"Mac", French with "de" and "Le", Afrikaans with "van der", "van" and "du" (lower case as a particle, capitalised as
South African journals print a surname with no initials before it), Māori, Fijian, Tongan, Samoan and Japanese.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "report", "web", "news", "market-research", "annual-report", "textbook")

# (family, given) as the region's scholars and journals print them; no surname here is a player or coach the
# pool's decoys name.
_NAMES: list[tuple[str, str]] = [
    # England and Wales
    ("Harrison", "Claire"), ("Whitfield", "Tom"), ("Ashworth", "Rebecca"), ("Prentice", "Mark"), ("Bellamy", "Sian"),
    ("Llewellyn", "Rhian"), ("Pryce", "Gareth"), ("Rhys", "Elin"), ("Gwynne", "Dafydd"), ("Jenkins", "Carys"),
    ("Vaughan", "Huw"), ("Morgan-Price", "Ffion"), ("Hughes", "Owain"), ("Thackeray", "Simon"), ("Kirkwood", "Helen"),
    # Ireland
    ("Ó Súilleabháin", "Seán"), ("Ó Briain", "Cathal"), ("Ní Bhriain", "Aoife"), ("Mac Giolla Phádraig", "Niamh"),
    ("Mac Aodha", "Ciarán"), ("Ní Chonaill", "Sorcha"), ("O'Mahony", "Fiona"), ("McCarthy", "Donal"),
    ("Fitzgerald", "Róisín"), ("Ó Ceallaigh", "Pádraig"),
    # France
    ("Le Goff", "Mathieu"), ("Le Bihan", "Sandrine"), ("Bodin", "Dominique"), ("Chaix", "Pierre"),
    ("Bayle", "Emmanuel"), ("Fauré", "Hélène"), ("Lefèvre", "Julien"), ("Rouvrais-Charron", "Christelle"),
    # South Africa
    ("Van der Merwe", "Johan"), ("Du Toit", "Marlize"), ("Steenkamp", "Pieter"), ("Botha", "Annelie"),
    ("Nkosi", "Thandeka"), ("Mokoena", "Sibusiso"), ("Naidoo", "Kavitha"), ("Dlamini", "Lwazi"),
    ("Van Zyl", "Riaan"), ("Coetzee", "Elmarie"),
    # New Zealand (Māori and Pākehā), Fiji, Tonga, Samoa
    ("Te Huia", "Aroha"), ("Ngata", "Hēmi"), ("Tipene", "Mere"), ("Parata", "Wiremu"), ("Ngāwati", "Tania"),
    ("Ferkins", "Lesley"), ("Shilbury", "David"), ("Ratuva", "Steven"), ("Kunatuba", "Litia"),
    ("Naivalurua", "Josefa"), ("Tuimavave", "Sina"), ("Fonua", "Siosaia"), ("Leota", "Malia"),
    # Australia
    ("Kellett", "Pamm"), ("Doyle", "Jason"), ("Hickey", "Brendan"), ("Nguyen", "Thi Mai"), ("Karg", "Adam"),
    # Japan
    ("Takahashi", "Kenji"), ("Ōno", "Haruka"), ("Kōno", "Daisuke"), ("Matsumoto", "Yui"), ("Saitō", "Ren"),
    ("Yamamoto", "Aiko"),
]  # fmt: skip
# Particles written in lower case before the surname, as British and Australian journals print them.
_PARTICLE_NAMES: list[tuple[str, str, str]] = [
    ("van der", "Westhuizen", "Lize"), ("du", "Plessis", "Morné"), ("van", "Rooyen", "Hendrik"),
    ("de", "Villiers", "Anri"), ("de", "Lacoste", "Amandine"), ("le", "Roux", "Charlotte"),
]  # fmt: skip

# (name as an author, tags)
_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("Department for Culture, Media and Sport (DCMS)", {"government", "abbreviation"}),
    ("Department for Culture, Media and Sport", {"government"}), ("Sport England", {"government"}),
    ("Sport Ireland", {"government"}), ("Sport Wales", {"government"}),
    ("Agence nationale du Sport", {"government"}), ("Sport and Recreation South Africa (SRSA)", {"government", "abbreviation"}),
    ("Sport New Zealand", {"government"}), ("Australian Sports Commission (ASC)", {"government", "abbreviation"}),
    ("Japan Sports Agency", {"government"}), ("World Rugby", {"governing-body"}),
    ("Rugby Football Union (RFU)", {"governing-body", "abbreviation"}), ("Welsh Rugby Union", {"governing-body"}),
    ("Irish Rugby Football Union (IRFU)", {"governing-body", "abbreviation"}),
    ("Fédération Française de Rugby (FFR)", {"governing-body", "abbreviation"}), ("SA Rugby", {"governing-body"}),
    ("New Zealand Rugby", {"governing-body"}), ("Rugby Australia", {"governing-body"}),
    ("Rugby Football League (RFL)", {"governing-body", "abbreviation"}),
    ("Rugby Players' Association", {"apostrophe"}), ("Women's Sport Trust", {"apostrophe"}),
    ("Sport & Recreation Alliance", {"ampersand"}), ("Sport and Recreation South Africa", {"government"}),
]  # fmt: skip
_COMPANIES: list[tuple[str, set[str]]] = [
    ("Leicester Football Club plc", {"company"}), ("Saracens Ltd", {"company"}),
    ("Stade Toulousain SASP", {"company"}), ("Western Province Rugby (Pty) Ltd", {"company"}),
    ("Sky Network Television Limited", {"company"}), ("SuperSport (Pty) Ltd", {"company"}),
    ("Gilbert Rugby Ltd", {"company"}), ("Premiership Rugby Ltd", {"company"}),
    ("Rugby Australia Pty Ltd", {"company"}), ("Canterbury of New Zealand Limited", {"company"}),
    ("Japan Rugby League One K.K.", {"company"}), ("Racing 92 SASP", {"company"}),
    ("Wigan Warriors Ltd", {"company"}), ("St. Helens R.F.C. Ltd", {"company"}),
    ("Hospitality & Events Group Ltd", {"company", "ampersand"}),
]  # fmt: skip
_RESEARCH = ["Nielsen Sports", "Deloitte", "Two Circles", "Statista", "YouGov", "Kantar"]
_PRESS = ["The Times", "The Telegraph", "The Irish Times", "Midi Olympique", "L'Équipe", "Rapport", "News24",
          "The New Zealand Herald", "Stuff", "The Sydney Morning Herald", "Rugby World", "RugbyPass"]  # fmt: skip
_JOURNALS = ["Sport Management Review", "International Journal of Sports Marketing and Sponsorship",
             "Journal of Sport Management", "European Sport Management Quarterly", "Managing Sport and Leisure",
             "Sport in Society", "Journal of Sport & Tourism", "Journal of Marketing Management"]  # fmt: skip
_TOPICS = ["season-ticket renewal", "fan identification", "sponsorship fit", "naming rights", "broadcast rights",
           "women's rugby", "matchday hospitality", "club finances", "the salary cap", "digital fan engagement",
           "stadium atmosphere", "rugby league attendance", "grassroots participation", "kit sponsorship",
           "ticket pricing", "rugby tourism", "Pasifika players", "streaming and pay television",
           "brand heritage", "community rugby", "social media and athletes", "mega-events", "franchise rugby",
           "ambush marketing", "membership schemes", "the professional era"]  # fmt: skip
_PLACES = ["England", "Wales", "Ireland", "France", "South Africa", "New Zealand", "Australia", "Fiji", "Japan",
           "the Pacific", "Aotearoa New Zealand", "the Premiership", "Super Rugby", "the NRL", "the URC"]  # fmt: skip
# The marketing and sport-marketing texts every candidate cites: (authors, title, publisher, place).
_TEXTS: list[tuple[list[tuple[str, str]], str, str, str]] = [
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Chernev", "Alexander")], "Marketing management", "Pearson", "Harlow"),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow"),
    ([("Jobber", "David"), ("Ellis-Chadwick", "Fiona")], "Principles and practice of marketing", "McGraw-Hill", "London"),
    ([("Mullin", "Bernard J."), ("Hardy", "Stephen"), ("Sutton", "William A.")], "Sport marketing", "Human Kinetics", "Champaign, IL"),
    ([("Shilbury", "David"), ("Westerbeek", "Hans"), ("Quick", "Shayne"), ("Funk", "Daniel C."), ("Karg", "Adam")], "Strategic sport marketing", "Allen & Unwin", "Crows Nest, NSW"),
    ([("Aaker", "David A.")], "Building strong brands", "Free Press", "New York"),
    ([("Keller", "Kevin Lane"), ("Swaminathan", "Vanitha")], "Strategic brand management", "Pearson", "Harlow"),
    ([("Fill", "Chris"), ("Turnbull", "Sarah")], "Marketing communications", "Pearson", "Harlow"),
    ([("Chadwick", "Simon"), ("Parnell", "Daniel"), ("Widdop", "Paul"), ("Anagnostopoulos", "Christos")], "Routledge handbook of football business and management", "Routledge", "Abingdon"),
]  # fmt: skip


_HOSTS = {
    "Department for Culture, Media and Sport (DCMS)": "gov.uk", "Department for Culture, Media and Sport": "gov.uk",
    "Sport England": "sportengland.org", "Sport Ireland": "sportireland.ie", "Sport Wales": "sport.wales",
    "Agence nationale du Sport": "agencedusport.fr", "Sport and Recreation South Africa (SRSA)": "srsa.gov.za",
    "Sport and Recreation South Africa": "srsa.gov.za", "Sport New Zealand": "sportnz.org.nz",
    "Australian Sports Commission (ASC)": "ausport.gov.au", "Japan Sports Agency": "mext.go.jp",
    "World Rugby": "world.rugby", "Rugby Football Union (RFU)": "englandrugby.com", "Welsh Rugby Union": "wru.wales",
    "Irish Rugby Football Union (IRFU)": "irishrugby.ie", "Fédération Française de Rugby (FFR)": "ffr.fr",
    "SA Rugby": "springboks.rugby", "New Zealand Rugby": "nzrugby.co.nz", "Rugby Australia": "rugby.com.au",
    "Rugby Football League (RFL)": "rugby-league.com", "Leicester Football Club plc": "leicestertigers.com",
    "Saracens Ltd": "saracens.com", "Stade Toulousain SASP": "stadetoulousain.fr",
    "Western Province Rugby (Pty) Ltd": "dhlstormers.com", "Sky Network Television Limited": "sky.co.nz",
    "SuperSport (Pty) Ltd": "supersport.com", "Gilbert Rugby Ltd": "gilbertrugby.com",
    "Premiership Rugby Ltd": "premiershiprugby.com", "Rugby Australia Pty Ltd": "rugby.com.au",
    "Racing 92 SASP": "racing92.fr", "St. Helens R.F.C. Ltd": "saintsrlfc.com", "Two Circles": "twocircles.com",
    "Nielsen Sports": "nielsensports.com", "The Times": "thetimes.com", "The Telegraph": "telegraph.co.uk",
    "The Irish Times": "irishtimes.com", "Midi Olympique": "rugbyrama.fr", "L'Équipe": "lequipe.fr",
    "Rapport": "netwerk24.com", "News24": "news24.com", "The New Zealand Herald": "nzherald.co.nz",
    "Stuff": "stuff.co.nz", "The Sydney Morning Herald": "smh.com.au", "Rugby World": "rugbyworld.com",
    "RugbyPass": "rugbypass.com",
}  # fmt: skip
_PRESSES = {"Routledge": "Abingdon", "Palgrave Macmillan": "Cham", "Bloomsbury": "London",
            "Auckland University Press": "Auckland", "Wits University Press": "Johannesburg", "Emerald": "Bingley",
            "Edward Elgar": "Cheltenham", "Bridget Williams Books": "Wellington", "Presses universitaires de Rennes": "Rennes"}  # fmt: skip
_PLACE_OF = {"Sport Ireland": "Dublin", "Irish Rugby Football Union (IRFU)": "Dublin", "Sport Wales": "Cardiff",
             "Welsh Rugby Union": "Cardiff", "Agence nationale du Sport": "Paris",
             "Fédération Française de Rugby (FFR)": "Marcoussis", "Sport and Recreation South Africa (SRSA)": "Pretoria",
             "Sport and Recreation South Africa": "Pretoria", "SA Rugby": "Cape Town", "Sport New Zealand": "Wellington",
             "New Zealand Rugby": "Wellington", "Australian Sports Commission (ASC)": "Canberra",
             "Rugby Australia": "Sydney", "Japan Sports Agency": "Tokyo", "World Rugby": "Dublin",
             "Rugby Football League (RFL)": "Manchester"}  # fmt: skip


class Blind330WorkFactory(WorkFactory):
    """Works that rugby marketers cite, from one seeded random source."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 330_017)

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        if self.rng.random() < 0.1:
            particle, family, given = self.rng.choice(_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        family, given = self.rng.choice(_NAMES)
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS if self.rng.random() < 0.6 else _COMPANIES)
        return name, set(tags)

    def year(self) -> int:
        return self.rng.randint(2010, 2025)

    def scholarly_year(self) -> int:
        if self.rng.random() < 0.06:  # the classics: the first professional years
            return self.rng.randint(1996, 2004)
        return self.year()

    def accessed(self) -> dict[str, list[list[int]]]:
        return {"date-parts": [[2025, self.rng.randint(7, 12), self.rng.randint(1, 28)]]}

    @staticmethod
    def _host(name: str) -> str:
        """A body's or a firm's own web address, from its name ("Sport Ireland" at sportireland.com)."""
        if name in _HOSTS:
            return _HOSTS[name]
        words = [
            w
            for w in name.split(" (")[0].split()
            if w not in ("Ltd", "plc", "SASP", "(Pty)", "Limited", "Pty", "K.K.", "&")
        ]
        return "".join(ch for ch in "".join(words[:3]).lower() if ch.isalnum()) + ".com"

    def _url(self, host: str) -> str:
        slug = "-".join(self.rng.choice(_TOPICS).replace("'", "").split()[:3])
        return f"https://www.{host}/{slug}-{self.rng.randint(10, 999)}"

    def _title(self) -> str:
        topic, place = self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        other = self.rng.choice([t for t in _TOPICS if t != topic])
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {place}: evidence from supporters",
            f"{topic[0].upper()}{topic[1:]} and {other} in professional rugby",
            f"Rethinking {topic}: the case of rugby union in {place}",
            f"From amateurism to business: {topic} in {place}",
            f"Understanding {topic} among rugby league fans",
            f"{topic[0].upper()}{topic[1:]}, {other} and the rugby brand",
            f"When the whistle blows: {topic} in {place}",
            f"Who pays for {topic}? Lessons from {place}",
        ]
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "report", "web", "news", "market-research", "annual-report", "textbook"],
            weights=[8, 6, 24, 10, 12, 12, 9, 7, 8],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self._title(), "author": self._people(4),
            "issued": {"date-parts": [[self.scholarly_year()]]},
            "publisher": (press := self.rng.choice(list(_PRESSES))), "publisher-place": _PRESSES[press],
        }  # fmt: skip
        if self.rng.random() < 0.2:
            record["edition"] = str(self.rng.randint(2, 4))
        return self._person_work(record, "book")

    def _textbook(self) -> Work:
        authors, title, publisher, place = self.rng.choice(_TEXTS)
        record: dict[str, Any] = {
            "type": "book", "title": title, "author": [{"family": f, "given": g} for f, g in authors],
            "issued": {"date-parts": [[self.rng.randint(2014, 2024)]]}, "publisher": publisher,
            "publisher-place": place,
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["edition"] = str(self.rng.randint(2, 16))
        work = self._person_work(record, "textbook")
        work.tags.add("textbook")
        return work

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["Routledge handbook of sport marketing", "The business of rugby",
                                                "Sport in the Pacific", "Routledge handbook of rugby league",
                                                "Women's sport: marketing and media"]),
            "issued": {"date-parts": [[self.scholarly_year()]]}, "publisher": "Routledge", "publisher-place": "Abingdon",
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(10, 25)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        count = self.rng.choices(range(1, 9), weights=[25, 25, 20, 12, 7, 5, 3, 3])[0]
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": [self.person() for _ in range(count)],
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.scholarly_year()]]},
            "volume": str(self.rng.randint(5, 40)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{(start := self.rng.randint(1, 700))}-{start + self.rng.randint(10, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.1080/{self.rng.randint(14000000, 19999999)}.{record['issued']['date-parts'][0][0]}.{self.rng.randint(1000000, 9999999)}"
            )
        return self._person_work(record, "journal")

    def _report(self) -> Work:
        name, tags = self.rng.choice(_ORGANISATIONS)
        titles = ["Active lives adult survey", "Sport and physical activity strategy", "Women in sport action plan",
                  "Participation report", "Economic impact of the Rugby World Cup", "Annual review",
                  "Strategic plan", "Rugby participation census", "Sport sponsorship guidance", "Club health check"]  # fmt: skip
        year = max(self.year(), 2008)  # the bodies' reports candidates read are recent
        title = self.rng.choice(titles)
        record: dict[str, Any] = {
            "type": "report", "title": f"{title} {year}" if self.rng.random() < 0.5 else title,
            "publisher": name.split(" (")[0], "publisher-place": _PLACE_OF.get(name, "London"),
        }  # fmt: skip
        if self.rng.random() < 0.9:
            record["issued"] = {"date-parts": [[year]]}
        if self.rng.random() < 0.7:
            record["URL"] = self._url(self._host(name))
            record["accessed"] = self.accessed()
        return self._org_work(record, "report", name, tags)

    def _web(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url(self._host(name)),
                                  "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.25:
            record["author"] = self._people(2)
            record["issued"] = {"date-parts": [[self.year()]]}
            return self._person_work(record, "web")
        if self.rng.random() < 0.75:
            record["issued"] = {"date-parts": [[self.year()]]}
        return self._org_work(record, "web", name, tags | ({"undated"} if "issued" not in record else set()))

    def _news(self) -> Work:
        paper = self.rng.choice(_PRESS)
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": paper,
            "issued": {"date-parts": [[year, self.rng.randint(1, 6 if year == 2025 else 12), self.rng.randint(1, 28)]]},
            "URL": self._url(self._host(paper)),
            "accessed": self.accessed(),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        market, place = self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        titles = [f"Rugby fan report: {place}", f"{market[0].upper()}{market[1:]} in {place}",
                  f"Sponsorship trends in rugby union, {place}", f"Rugby audiences and streaming in {place}",
                  f"Share of adults in {place} who follow rugby, by age group", "Annual review of rugby finance"]  # fmt: skip
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice(titles), "publisher": name,
            "URL": self._url(self._host(name)), "accessed": self.accessed(),
        }  # fmt: skip
        if self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[self.year()]]}
        return self._org_work(record, "market-research", name, {"market-research"})

    def _annual_report(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.year()
        if "League One" in name:  # the league's company dates from its first season
            year = max(year, 2022)
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report and accounts {year}", f"Integrated annual report {year}",
                                                         "Strategic report", "Sustainability report"]),
            "issued": {"date-parts": [[year]]}, "publisher": name,
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url(self._host(name))
            record["accessed"] = self.accessed()
        return self._org_work(record, "annual-report", name, tags)
