"""The blind206 pool's works: what marketers in sport, music, festivals and entertainment cite.

Written without reading the checker, its tests or any other pool, from how marketers at football and rugby clubs,
leagues, record labels, promoters, streaming services, venues and esports teams in the UK, Ireland, Spain, Germany
and the United States write CIM Level 6 and 7 reports and MBA assignments in English: sport marketing, music
business and events management textbooks and their chapters; Sport Management Review, the International Journal of
Sports Marketing and Sponsorship, Popular Music and Society and their neighbours; theses and conference papers;
governing bodies and leagues (the Premier League, UEFA, FIFA, World Rugby, the FA, BPI, IFPI, PRS for Music), club
and label annual reports, Deloitte's Football Money League and other market research with years, broadcasters,
the press signed and unsigned, social posts, videos, podcasts, documentaries and undated pages. Irish names with
their fadas (Ó Súilleabháin, Ní Mhurchú, Mac Giolla Phádraig), Spanish double surnames and particles (García-Ruiz,
Fernández de la Vega, de la Fuente), German names with umlauts and particles (Müller, von Bülow), Welsh and Scots
names, and US names, Hispanic ones without their accents.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_IE", "en_IE", "es_ES", "es_ES", "de_DE", "de_DE", "en_US", "en_US"]
# Names as sport-management and popular-music journals print them (family, given).
_NAMES = [
    ("Ó Súilleabháin", "Cian"), ("Ní Mhurchú", "Aoife"), ("Mac Giolla Phádraig", "Darragh"), ("Ó Ceallaigh", "Niamh"),
    ("Ní Bhriain", "Siobhán"), ("O'Reilly", "Ciarán"), ("McGuinness", "Orla"), ("Ó Broin", "Pádraig"),
    ("García-Ruiz", "Lucía"), ("Fernández de la Vega", "Javier"), ("Sánchez Pérez", "Marta"), ("López-Cózar", "Rocío"),
    ("Martínez-Caro", "Íñigo"), ("Puig", "Jordi"), ("Gil-Lafuente", "Núria"), ("Pérez Ortega", "Álvaro"),
    ("Müller", "Jürgen"), ("Schäfer", "Katharina"), ("Größler", "Lukas"), ("Wöhler", "Sören"), ("Breuer", "Christoph"),
    ("Nüßle", "Anja"), ("Kaiser-Jovy", "Sebastian"), ("ap Gwilym", "Rhodri"), ("Llewelyn", "Ffion"),
    ("MacLeod", "Eilidh"), ("MacDonald-Smith", "Callum"), ("Garcia", "Marisol"), ("Hernandez", "Luis"),
    ("Rodriguez", "Daniela"), ("Washington", "Tamika"), ("Kowalski", "Jake"), ("Nguyen", "Kevin"), ("Kim", "Jisoo"),
    ("Okafor", "Chinedu"), ("Adebayo", "Tolu"), ("Chadwick", "Simon"), ("Funk", "Daniel C."), ("Doyle", "Jason P."),
    ("Biscaia", "Rui"), ("Kunkel", "Thilo"), ("Wong", "Mei-Ling"),
]  # fmt: skip
_PARTICLE_NAMES = [("de la", "Fuente", "Ignacio"), ("del", "Valle", "Carmen"), ("von", "Bülow", "Friederike"),
                   ("van", "Dijk", "Ruben"), ("de", "Castro", "Paula"), ("von der", "Heyde", "Moritz"),
                   ("di", "Marco", "Luca"), ("de los", "Santos", "Alejandro")]  # fmt: skip
_ORGANISATIONS = [
    ("Premier League", {"league"}), ("The Football Association", {"governing-body"}), ("The FA", {"governing-body", "acronym"}),
    ("UEFA", {"governing-body", "acronym"}), ("FIFA", {"governing-body", "acronym"}), ("World Rugby", {"governing-body"}),
    ("Rugby Football Union", {"governing-body"}), ("Premiership Rugby", {"league"}), ("LaLiga", {"league"}),
    ("DFL Deutsche Fußball Liga", {"league"}), ("English Football League (EFL)", {"league", "abbreviation"}),
    ("Football Association of Ireland (FAI)", {"governing-body", "abbreviation"}), ("Gaelic Athletic Association", {"governing-body"}),
    ("IRFU", {"governing-body", "acronym"}), ("Major League Soccer", {"league"}), ("National Football League", {"league"}),
    ("BPI", {"trade-body", "acronym"}), ("IFPI", {"trade-body", "acronym"}), ("PRS for Music", {"trade-body"}),
    ("UK Music", {"trade-body"}), ("Musicians' Union", {"trade-body", "apostrophe"}), ("Music Venue Trust", {"trade-body"}),
    ("Association of Independent Festivals (AIF)", {"trade-body", "abbreviation"}), ("RIAA", {"trade-body", "acronym"}),
    ("Women's Sport Trust", {"trade-body", "apostrophe"}), ("Sport England", {"government"}), ("Sport Ireland", {"government"}),
    ("Department for Culture, Media & Sport", {"government", "comma", "ampersand"}), ("Ofcom", {"government"}),
    ("Manchester United plc", {"club"}), ("Real Madrid C.F.", {"club", "abbreviation"}), ("FC Bayern München AG", {"club"}),
    ("Borussia Dortmund GmbH & Co. KGaA", {"club", "ampersand"}), ("Celtic plc", {"club"}), ("Leinster Rugby", {"club"}),
    ("Tottenham Hotspur", {"club"}), ("Athletic Club", {"club"}), ("Fnatic", {"esports"}), ("Riot Games", {"esports"}),
    ("Universal Music Group", {"label"}), ("Sony Music Entertainment", {"label"}), ("Warner Music Group", {"label"}),
    ("Beggars Group", {"label"}), ("Spotify", {"streaming"}), ("Live Nation Entertainment", {"promoter"}),
    ("Festival Republic", {"promoter"}), ("AEG Presents", {"promoter"}), ("CTS Eventim AG & Co. KGaA", {"promoter", "ampersand"}),
    ("Ticketmaster", {"promoter"}), ("Deloitte", {"company"}), ("Deloitte Sports Business Group", {"company"}),
    ("PwC", {"company"}), ("Ernst & Young", {"company", "ampersand"}), ("McKinsey & Company", {"company", "ampersand"}),
    ("Two Circles", {"company"}), ("Nielsen Sports", {"company"}), ("Sky Sports", {"broadcaster"}), ("DAZN", {"broadcaster"}),
    ("BBC Sport", {"broadcaster"}), ("RTÉ", {"broadcaster"}), ("Movistar Plus+", {"broadcaster", "punctuation"}),
    ("Dublin's Croke Park", {"venue", "apostrophe"}), ("The O2", {"venue"}),
]  # fmt: skip
# Research firms and the titles they publish, with years and seasons in them.
_RESEARCH = {
    "Deloitte Sports Business Group": ["Football Money League {Y}", "Annual Review of Football Finance {Y}",
                                       "Deloitte Football Money League {Y}: a new era"],
    "Mintel": ["Music Concerts and Festivals - UK - {Y}", "Spectator Sports - UK - {mo} {Y}", "Sports Fans - Ireland - {Y}"],
    "Statista": ["Revenue of the Premier League from 2016/17 to {Y0}/{Y1}", "LaLiga attendance by club, season {Y0}/{Y1}",
                 "Number of Spotify premium subscribers worldwide from Q1 2015 to Q{q} {Y}"],
    "MIDiA Research": ["Music subscriber market {Y}: the slowdown sets in", "Superfans: the next growth engine ({Y})"],
    "Luminate": ["Year-End Music Report {Y}", "Midyear Music Report {Y}"],
    "Newzoo": ["Global Esports & Live Streaming Market Report {Y}", "Global Games Market Report {Y}"],
    "Two Circles": ["Sports marketing predictions {Y}", "Women's sport: the fan base in {Y}"],
    "Nielsen Sports": ["Fans are changing the game ({Y})", "Sports fans in Germany {Y}: who watches what"],
    "PRS for Music": ["Music in the Air {Y}", "Live music in the UK {Y}"],
    "Goldman Sachs": ["Music in the Air {Y}: the show must go on"],
}  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Routledge", "London"), ("Sage", "London"), ("Kogan Page", "London"),
               ("Pearson", "Harlow"), ("Human Kinetics", "Champaign, IL"), ("Oxford University Press", "Oxford"),
               ("Goodfellow", "Oxford"), ("Focal Press", "New York"), ("Palgrave Macmillan", "Cham"),
               ("Springer Gabler", "Wiesbaden"), ("Bloomsbury", "London"), ("Edward Elgar", "Cheltenham")]  # fmt: skip
_BOOKS = [
    "Sport marketing", "Strategic sport marketing", "Sports marketing: a strategic perspective", "The business of music",
    "Music business: the key concepts", "Events management: an introduction", "Festival and special event management",
    "Managing sport business", "Sport sponsorship: principles and practices", "All you need to know about the music business",
    "Fan engagement in the digital age", "Esports business management", "Live music promotion", "Marketing live events",
    "Football business: a European perspective", "Digital music marketing", "The sports business in Europe",
]  # fmt: skip
_JOURNALS = ["Sport Management Review", "International Journal of Sports Marketing and Sponsorship",
             "Popular Music and Society", "Journal of Sport Management", "European Sport Management Quarterly",
             "Sport, Business and Management", "Event Management", "International Journal of Event and Festival Management",
             "Popular Music", "Journal of Marketing Management", "Soccer & Society", "International Journal of Arts Management",
             "Sport Marketing Quarterly", "Managing Sport and Leisure"]  # fmt: skip
_TOPICS = ["fan engagement", "shirt sponsorship", "season-ticket renewal", "ticket pricing", "naming rights",
           "supporter identity", "women's football audiences", "festival sponsorship", "music streaming playlists",
           "artist branding on TikTok", "fan tokens", "esports sponsorship", "matchday experience", "stadium naming",
           "superfans", "vinyl revivals", "secondary ticketing", "dynamic pricing", "athlete influencers",
           "club-owned media", "festival sustainability", "concert livestreams", "membership schemes",
           "rugby's global expansion", "grassroots participation", "brand activation at festivals", "the multi-club model"]  # fmt: skip
_PLACES = ["the Premier League", "LaLiga", "the Bundesliga", "the League of Ireland", "the United Rugby Championship",
           "Major League Soccer", "UK festivals", "Irish music venues", "the German live music market", "US college sport",
           "the Women's Super League", "Spanish football", "the NFL's London games", "League of Legends esports"]  # fmt: skip
_UNIVERSITIES = ["Loughborough University", "University College Dublin", "Universidad de Sevilla", "Deutsche Sporthochschule Köln",
                 "University of Liverpool", "Ulster University", "Universitat de València", "Coventry University",
                 "University of Stirling", "Technological University Dublin", "Ohio State University", "Leeds Beckett University",
                 "Universidad Europea de Madrid", "Technische Universität München"]  # fmt: skip
_CONFERENCES = ["European Association for Sport Management (EASM) Conference", "North American Society for Sport Management Conference",
                "Academy of Marketing Conference", "International Association for the Study of Popular Music (IASPM) Conference",
                "Sport Marketing Association Conference", "International Event Management Summit"]  # fmt: skip
_NEWS = ["The Athletic", "BBC Sport", "The Guardian", "The Irish Times", "Financial Times", "Music Week", "Billboard",
         "SportBusiness", "The Times", "Marca", "Kicker", "Sports Business Journal", "NME", "Campaign", "The Drum",
         "Irish Independent", "Der Spiegel", "El País (English edition)", "Pollstar", "Variety"]  # fmt: skip
_SOCIAL = ["Instagram", "X (formerly Twitter)", "TikTok", "LinkedIn", "Facebook", "Threads"]
_POSTERS = ["Manchester City", "Arsenal Women", "Glastonbury Festival", "Wrexham AFC", "Leinster Rugby", "Real Madrid C.F.",
            "Spotify UK", "Primavera Sound", "Fnatic", "BBC Radio 1", "Rock am Ring", "Ireland's Call"]  # fmt: skip
_FILMS = [("Sunderland 'Til I Die", "Netflix", "Documentary series"), ("Welcome to Wrexham", "FX", "Documentary series"),
          ("All or Nothing: Arsenal", "Amazon Prime Video", "Documentary series"), ("Full Swing", "Netflix", "Documentary series"),
          ("Glastonbury: the first 50 years", "BBC", "Documentary"), ("Six Nations: Full Contact", "Netflix", "Documentary series"),
          ("Taylor Swift: the Eras Tour", "AMC Theatres", "Concert film"), ("Drive to Survive", "Netflix", "Documentary series")]  # fmt: skip
_PODCASTS = ["The Rest is Football", "Music Business Worldwide Podcast", "The Business of Sport", "Off the Ball",
             "The Price of Football", "Switched on Pop", "The Overlap", "The Esports Business Podcast"]  # fmt: skip
_MONTHS = ["January", "March", "May", "June", "September", "November"]


class Blind206WorkFactory(WorkFactory):
    """Works for the blind206 pool, from its own random source and name lists."""

    KINDS = ("book", "chapter", "journal", "thesis", "conference", "report", "web", "news", "social", "video",
             "podcast", "film")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 206006)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.dated: list[tuple[str, str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people, organisations, dates
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.3:
            family, given = self.rng.choice(_NAMES)
            return {"family": family, "given": given}
        if roll < 0.38:
            particle, family, given = self.rng.choice(_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        locale = self.rng.choice(_LOCALES)
        fake = self.fakers[locale]
        family, given = fake.last_name(), fake.first_name()
        words = family.split()
        if len(words) > 1 and words[0].islower():  # "de la Torre" as reference managers hold it
            return {"family": " ".join(words[1:]) if len(words) == 2 else " ".join(words[-1:]), "given": given,
                    "non-dropping-particle": " ".join(words[:1] if len(words) == 2 else words[:-1])}  # fmt: skip
        if locale == "es_ES" and self.rng.random() < 0.4:  # both surnames, hyphenated as English journals print them
            second = self.fakers["es_ES"].last_name().split()[-1]
            family = f"{family}-{second}" if self.rng.random() < 0.6 else f"{family} {second}"
        elif locale == "en_IE" and self.rng.random() < 0.15:
            family = self.rng.choice(["O'", "Mc", "Mac"]) + family.split("-")[0]
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        people = super()._people(most)
        unique: list[dict[str, str]] = []
        for person in people:  # one person is never two of a work's authors
            while any(person["family"] == other["family"] and person["given"] == other["given"] for other in unique):
                person = self.person()
            unique.append(person)
        return unique

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    def year(self) -> int:
        return self.rng.randint(2010, 2025)

    def accessed_after(self, issued: list[int]) -> dict[str, list[list[int]]]:
        year = self.rng.randint(max(issued[0], 2023), 2025)
        month = self.rng.randint(1, 12)
        day = self.rng.randint(1, 28)
        if year == issued[0] and len(issued) > 1:
            month = self.rng.randint(issued[1], 12)
            if month == issued[1] and len(issued) > 2:
                day = self.rng.randint(issued[2], 28)
        return {"date-parts": [[year, month, day]]}

    def _dated(self, with_day: bool = False, classic: bool = False) -> list[int]:
        year = self.rng.randint(1978, 2004) if classic and self.rng.random() < 0.08 else self.year()  # classics
        return [year, self.rng.randint(1, 12), self.rng.randint(1, 28)] if with_day else [year]

    def _title(self) -> str:
        topic, place = self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"The role of {topic} in {place}",
                 f"{topic[0].upper()}{topic[1:]} and {self.rng.choice(_TOPICS)}: evidence from {place}",
                 f"Beyond the 90 minutes: {topic} in {place}", f"Rethinking {topic}",
                 f"What drives {topic}? A study of {place}", f"{topic[0].upper()}{topic[1:]}: a fan's-eye view"]  # fmt: skip
        return self.rng.choice(forms)

    def _url(self) -> str:
        fake = self.fakers["en_GB"]
        return fake.url() + fake.uri_path()

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "thesis", "conference", "organisation-web", "organisation-report",
             "research", "news", "social", "video", "podcast", "film", "undated-web"],
            weights=[12, 6, 22, 3, 3, 11, 8, 9, 10, 4, 3, 3, 2, 5],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Two works of one organisation in one year now and then ("UEFA, 2023a" and "2023b").
        same_kind = [entry for entry in self.dated if entry[0] == kind and "market-research" not in entry[2]]
        if "market-research" not in tags and same_kind and "issued" in record and self.rng.random() < 0.14:
            _kind, name, tags, issued = self.rng.choice(same_kind)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
            if kind == "report" and record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated.append((kind, name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        title = self.rng.choice(_BOOKS) if self.rng.random() < 0.7 else self._title()
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": {"date-parts": [self._dated(classic=True)]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 380)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["Routledge handbook of sport marketing", "The Routledge companion to the music business",
                                                "Handbook of sport management", "The Sage handbook of popular music",
                                                "Research handbook on events", "Football fandom in Europe"]),
            "issued": {"date-parts": [self._dated()]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 700)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [self._dated(classic=True)]},
            "volume": str(self.rng.randint(1, 45)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{start}-{start + self.rng.randint(10, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.choice(['1080', '1016', '1108', '3727', '1177'])}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(2010, 2025)}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": [self.person()],
            "issued": {"date-parts": [self._dated()]}, "publisher": self.rng.choice(_UNIVERSITIES),
            "genre": self.rng.choice(["PhD thesis", "MBA dissertation", "MSc dissertation", "Doctoral thesis"]),
        }  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        start = self.rng.randint(1, 400)
        year = self._dated()
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": f"Proceedings of the {year[0]} {self.rng.choice(_CONFERENCES)}",
            "issued": {"date-parts": [year]}, "publisher-place": self.rng.choice(["Seville", "Dublin", "Cologne", "Belfast", "Dallas", "Manchester"]),
            "page": f"{start}-{start + self.rng.randint(4, 14)}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _organisation_web(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "webpage", "title": self._title() if self.rng.random() < 0.4 else self.rng.choice(
            ["Our strategy", "Commercial partners", "Fan charter", "Handbook", "Season review", "Equality, diversity and inclusion",
             "About us", "Ticketing policy", "Sustainability report", "Key facts and figures"]), "URL": self._url()}  # fmt: skip
        if self.rng.random() < 0.8:
            record["issued"] = {"date-parts": [self._dated()]}
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0] if "issued" in record else [2023])
        return self._org_work(record, "web", name, tags)

    def _organisation_report(self) -> Work:
        name, tags = self.organisation()
        year = self._dated()
        title = self.rng.choice([f"Annual report {year[0]}", f"Annual report and accounts {year[0] - 1}/{str(year[0])[2:]}",
                                 f"Annual review {year[0]}", f"Impact report {year[0]}", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [year]},
                                  "publisher": name.split(" (")[0], "publisher-place": self.rng.choice(["London", "Dublin", "Madrid", "Munich", "Zurich", "Nyon", "Manchester"])}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url()
            record["accessed"] = self.accessed_after(year)
        if self.rng.random() < 0.1:
            record.pop("issued")
            record["title"] = self._title()
        return self._org_work(record, "report", name, tags)

    def _research(self) -> Work:
        name = self.rng.choice(sorted(_RESEARCH))
        year = self._dated()
        earlier = [(n, i) for k, n, t, i in self.dated if "market-research" in t and len(_RESEARCH[n]) > 1]
        paired = bool(earlier) and self.rng.random() < 0.2
        if paired:  # one firm's two reports of a year ("Mintel, 2023a" and "2023b"), on two subjects
            name, issued = self.rng.choice(earlier)
            year = list(issued["date-parts"][0])
        season = max(2017, min(2024, year[0] - 1))
        forms = _RESEARCH[name]
        if paired:
            used = {
                r
                for k, n, t, i in self.dated
                if n == name and i["date-parts"][0][0] == year[0]
                for r in t
                if r.startswith("title:")
            }
            forms = [form for form in forms if f"title:{form}" not in used] or forms
        form = self.rng.choice(forms)
        title = form.format(Y=year[0], Y0=season, Y1=str(season + 1)[2:],
                                                          mo=self.rng.choice(_MONTHS), q=self.rng.randint(1, 4))  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name, "issued": {"date-parts": [year]},
                                  "URL": f"https://www.{name.split()[0].lower()}.com/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "report", name, {"market-research", f"title:{form}"})

    def _news(self) -> Work:
        issued = self._dated(with_day=True)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_NEWS),
            "issued": {"date-parts": [issued]}, "URL": self._url(), "accessed": self.accessed_after(issued),
        }  # fmt: skip
        if self.rng.random() < 0.75:
            record["author"] = self._people(3)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})

    def _social(self) -> Work:
        issued = self._dated(with_day=True)
        issued[0] = max(issued[0], 2016)
        record: dict[str, Any] = {
            "type": "post", "title": self.rng.choice(["Sold out. See you in June", "Our new home kit is here",
                                                      "Thank you for an incredible weekend", "Season tickets on sale now",
                                                      "Line-up announcement", "Behind the scenes at training"]),
            "container-title": self.rng.choice(_SOCIAL), "issued": {"date-parts": [issued]}, "URL": self._url(),
            "accessed": self.accessed_after(issued),
        }  # fmt: skip
        if self.rng.random() < 0.3:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        name = self.rng.choice(_POSTERS)
        return self._org_work(record, "social", name, {"social"} | ({"apostrophe"} if "'" in name else set()))

    def _video(self) -> Work:
        issued = self._dated(with_day=True)
        issued[0] = max(issued[0], 2012)
        record: dict[str, Any] = {
            "type": "motion_picture", "title": self.rng.choice(["How we sold out Wembley", "Inside the matchday operation",
                                                                 "The making of the kit launch", "Why festivals need brands",
                                                                 "Fan tokens explained"]) + f" ({self.rng.choice(['full interview', 'highlights', 'explainer'])})",
            "medium": "Video", "container-title": "YouTube", "issued": {"date-parts": [issued]}, "URL": self._url(),
            "accessed": self.accessed_after(issued),
        }  # fmt: skip
        if self.rng.random() < 0.4:
            record["author"] = [self.person()]
            return self._person_work(record, "video")
        name, tags = self.organisation()
        return self._org_work(record, "video", name, tags)

    def _podcast(self) -> Work:
        issued = self._dated(with_day=True)
        issued[0] = max(issued[0], 2015)
        record: dict[str, Any] = {
            "type": "song", "title": f"Episode {self.rng.randint(1, 300)}: {self._title().lower()}", "medium": "Podcast",
            "container-title": self.rng.choice(_PODCASTS), "author": self._people(2), "issued": {"date-parts": [issued]},
            "URL": self._url(), "accessed": self.accessed_after(issued),
        }  # fmt: skip
        return self._person_work(record, "podcast")

    def _film(self) -> Work:
        title, maker, medium = self.rng.choice(_FILMS)
        year = [self.rng.randint(2018, 2024)]
        record: dict[str, Any] = {"type": "motion_picture", "title": title, "medium": medium,
                                  "issued": {"date-parts": [year]}}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url()
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "film", maker, {"broadcaster"})

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url(),
                                  "accessed": self.accessed_after([2023])}  # fmt: skip
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags | {"undated"})
