"""The blind222 pool's works: what marketers in fitness, wellness, sports nutrition and mass-participation sport cite.

Written without reading the checker, its tests or any other pool. The candidates work at gym chains, boutique
studios, leisure trusts, fitness apps, wearables makers, sports-nutrition brands and running and cycling events in the
UK, Ireland, the Netherlands, Australia and the United States, and write CIM Level 6 and 7 reports and MBA
assignments. They cite sport-management textbooks (Routledge, Human Kinetics, Sage, Kogan Page), chapters, journal
articles with up to eight authors and DOIs, theses, EASM, NASSM and SMAANZ papers, public bodies and regulators, trade
bodies and charities, operators' pages, annual reports and investor decks, market research with years, the trade and
national press signed and unsigned, social posts, videos, podcast episodes and undated pages. Names are British,
Irish (Ó Súilleabháin, Ní Bhriain), Dutch with their particles (van der Meer, de Jong), Australian and American.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# The kinds of work as the Work records name them, and the makers that draw them (with their weights).
KINDS = ("book", "chapter", "journal", "thesis", "conference", "report", "web", "news", "social", "video", "podcast")
_MAKERS = ("book", "chapter", "journal", "thesis", "conference", "government", "trade-body", "company", "annual-report",
           "market-research", "news", "social", "video", "podcast", "undated-web")  # fmt: skip

_BRITISH = [("Smith", "Rachel"), ("Jones", "Gareth"), ("Taylor", "Hannah"), ("Brown", "Oliver"), ("Williams", "Rhys"),
            ("Wilson", "Fiona"), ("Evans", "Sian"), ("Thomas", "Owen"), ("Roberts", "Laura"), ("Walker", "Tom"),
            ("Wright", "Emma"), ("Hughes", "Bethan"), ("Green", "Daniel"), ("Hall", "Jessica"), ("Wood", "Matthew"),
            ("Harris", "Chloe"), ("Clarke", "James"), ("Shibli", "Simon"), ("Downward", "Paul"), ("Rowe", "Nicola"),
            ("Patel", "Anjali"), ("Khan", "Imran"), ("Begum", "Nasreen"), ("Okafor", "Chiamaka"), ("Sandhu", "Harpreet"),
            ("MacLeod", "Eilidh"), ("McAllister", "Callum"), ("Fraser", "Morag"), ("Stewart", "Ailsa"),
            ("Llewellyn", "Cerys"), ("Bell", "Andrew"), ("Armstrong-Lee", "Sophie"), ("Parry-Jones", "Dafydd")]  # fmt: skip
_IRISH = [("Ó Súilleabháin", "Seán"), ("Ní Bhriain", "Aoife"), ("Ó Briain", "Cillian"), ("Mac Giolla Phádraig", "Niamh"),
          ("O'Sullivan", "Ciara"), ("O'Connor", "Pádraig"), ("Murphy", "Siobhán"), ("Byrne", "Eoin"), ("Kelly", "Orla"),
          ("Ní Dhomhnaill", "Róisín"), ("McGrath", "Darragh"), ("Ó Conchúir", "Tadhg"), ("Ryan", "Gráinne"),
          ("Breathnach", "Caoimhe"), ("Lynch", "Ronan")]  # fmt: skip
_DUTCH = [("van der", "Meer", "Sanne"), ("de", "Jong", "Thijs"), ("van den", "Berg", "Lotte"), ("van", "Dijk", "Bram"),
          ("de", "Vries", "Femke"), ("van", "Bottenburg", "Maarten"), ("ter", "Horst", "Joost"), ("van 't", "Hof", "Ilse"),
          ("de", "Haan", "Marloes"), ("van der", "Roest", "Jan-Willem")]  # fmt: skip
_DUTCH_PLAIN = [("Bakker", "Daan"), ("Janssen", "Eva"), ("Visser", "Ruben"), ("Smit", "Anouk"), ("Mulder", "Koen"),
                ("Hoekman", "Remco"), ("Scheerder", "Jeroen"), ("Breedveld", "Koen")]  # fmt: skip
_AUSTRALIAN = [("Nguyen", "Linh"), ("Tran", "Minh"), ("Papadopoulos", "Nikos"), ("Rossi", "Giulia"), ("Chen", "Jing"),
               ("Kaur", "Simran"), ("Doherty", "Alison"), ("Hoye", "Russell"), ("Nicholson", "Matthew"),
               ("Westerbeek", "Hans"), ("Funk", "Daniel"), ("Karg", "Adam"), ("Stewart", "Bob"), ("Smith", "Aaron"),
               ("O'Brien", "Danny"), ("Kennelly", "Millicent"), ("Wang", "Xiaoming"), ("Lee", "Seoyeon")]  # fmt: skip
_AMERICAN = [("Johnson", "Tyler"), ("Martínez", "Ana"), ("García", "Luis"), ("Rodríguez", "Carmen"), ("Miller", "Kyle"),
             ("Davis", "Brianna"), ("Kim", "Jiwoo"), ("Park", "Minjun"), ("Washington", "Jamal"), ("Cohen", "Rachel"),
             ("Mahony", "Daniel"), ("Cianfrone", "Beth"), ("Pedersen", "Paul"), ("Kunkel", "Thilo"), ("Hernández", "Sofía"),
             ("Schmidt", "Eric"), ("Yoshida", "Masayuki"), ("Ødegaard", "Ingrid"), ("Müller", "Jürgen")]  # fmt: skip

_ORGANISATIONS: list[tuple[str, set[str], str]] = [
    ("Sport England", set(), "public"), ("Sport Ireland", set(), "public"), ("Sportscotland", set(), "public"),
    ("sportscotland", {"lowercase"}, "public"), ("Sport Wales", set(), "public"),
    ("Department for Culture, Media and Sport", {"comma"}, "public"),
    ("Department for Culture, Media & Sport (DCMS)", {"comma", "ampersand", "abbreviation"}, "public"),
    ("Office for Health Improvement and Disparities", set(), "public"),
    ("Office for Health Improvement and Disparities (OHID)", {"abbreviation"}, "public"),
    ("Advertising Standards Authority", set(), "public"), ("Advertising Standards Authority (ASA)", {"abbreviation"}, "public"),
    ("Competition and Markets Authority", set(), "public"), ("Competition and Markets Authority (CMA)", {"abbreviation"}, "public"),
    ("Food Standards Agency", set(), "public"), ("World Health Organization", set(), "public"),
    ("World Health Organization (WHO)", {"abbreviation"}, "public"), ("Department of Health and Social Care", set(), "public"),
    ("Australian Sports Commission", set(), "public"), ("Sport Australia", set(), "public"),
    ("Centers for Disease Control and Prevention", set(), "public"), ("Rijksinstituut voor Volksgezondheid en Milieu (RIVM)", {"abbreviation"}, "public"),
    ("ukactive", {"lowercase"}, "trade"), ("UKActive", set(), "trade"),
    ("Chartered Institute for the Management of Sport and Physical Activity", set(), "trade"),
    ("Chartered Institute for the Management of Sport and Physical Activity (CIMSPA)", {"abbreviation"}, "trade"),
    ("EuropeActive", set(), "trade"), ("Health & Fitness Association", {"ampersand"}, "trade"),
    ("IHRSA", {"abbreviation"}, "trade"), ("parkrun", {"lowercase"}, "trade"), ("parkrun UK", {"lowercase"}, "trade"),
    ("Youth Sport Trust", set(), "trade"), ("Women in Sport", set(), "trade"), ("British Cycling", set(), "trade"),
    ("England Athletics", set(), "trade"), ("Ausactive", set(), "trade"), ("Activity Alliance", set(), "trade"),
    ("PureGym Group Ltd", set(), "company"), ("PureGym", set(), "company"), ("The Gym Group plc", set(), "company"),
    ("David Lloyd Leisure", set(), "company"), ("Greenwich Leisure Ltd", set(), "company"),
    ("GLL", {"abbreviation"}, "company"), ("Les Mills International", set(), "company"),
    ("Peloton Interactive, Inc.", {"comma"}, "company"), ("Strava, Inc.", {"comma"}, "company"), ("Strava", set(), "company"),
    ("WHOOP, Inc.", {"comma"}, "company"), ("Garmin Ltd.", set(), "company"), ("THG plc", set(), "company"),
    ("Huel Ltd", set(), "company"), ("Gymshark", set(), "company"), ("Myprotein", set(), "company"),
    ("Nuffield Health", set(), "company"), ("Everyone Active", set(), "company"), ("1Life", set(), "company"),
    ("Basic-Fit", set(), "company"), ("F45 Training Holdings Inc.", set(), "company"), ("Barry's", {"apostrophe"}, "company"),
    ("Third Space", set(), "company"), ("Anytime Fitness", set(), "company"), ("Fitbit", set(), "company"),
    ("Holland & Barrett", {"ampersand"}, "company"), ("Grenade", set(), "company"), ("Lucozade Sport", set(), "company"),
    ("London Marathon Events Ltd", set(), "company"), ("The Great Run Company", set(), "company"),
]  # fmt: skip
_RESEARCH = ["Leisure DB", "Mintel", "Deloitte", "Kantar", "YouGov", "Statista", "Euromonitor International", "IBISWorld",
             "Leisure Database Company", "Deloitte Sports Business Group", "Kantar Worldpanel", "Ipsos"]  # fmt: skip
_PRESS = ["Health Club Management", "Leisure Opportunities", "The Guardian", "BBC Sport", "Runner's World",
          "The Irish Times", "Sydney Morning Herald", "The New York Times", "Athletech News", "Club Industry",
          "The Grocer", "Marketing Week", "Campaign", "Cycling Weekly", "The Times", "Financial Times", "Fit Tech"]  # fmt: skip
_UNIVERSITIES = ["Loughborough University", "Leeds Beckett University", "University of Stirling", "Ulster University",
                 "Deakin University", "Victoria University", "Sheffield Hallam University", "University College Dublin",
                 "Vrije Universiteit Brussel", "Utrecht University", "Griffith University", "University of Bath"]  # fmt: skip
_CONFERENCES = [("European Association for Sport Management (EASM) Conference", ["Gothenburg", "Seville", "Innsbruck", "Budapest", "Paris", "Belfast"]),
                ("North American Society for Sport Management (NASSM) Conference", ["San Diego", "Atlanta", "Denver", "Montreal"]),
                ("Sport Management Association of Australia and New Zealand (SMAANZ) Conference", ["Melbourne", "Brisbane", "Auckland", "Gold Coast"])]  # fmt: skip
_JOURNALS = ["Sport Management Review", "Journal of Sport Management", "International Journal of Sports Marketing and Sponsorship",
             "Psychology of Sport and Exercise", "British Journal of Sports Medicine", "European Sport Management Quarterly",
             "Managing Sport and Leisure", "Sport, Business and Management: An International Journal",
             "International Journal of Sport Policy and Politics", "Journal of Physical Activity and Health",
             "International Journal of Behavioral Nutrition and Physical Activity", "Leisure Studies",
             "Journal of Marketing Management", "Journal of Retailing and Consumer Services"]  # fmt: skip
_TOPICS = ["gym membership retention", "fitness app engagement", "wearable self-tracking", "boutique fitness loyalty",
           "mass-participation running events", "parkrun volunteering", "low-cost gym business models",
           "sports nutrition branding", "protein supplement claims", "sponsorship of endurance events",
           "connected fitness subscriptions", "leisure trust management", "physical inactivity among women",
           "Strava segments and social comparison", "group exercise motivation", "influencer marketing of supplements",
           "community sport participation", "brand communities in cycling", "digital fitness after COVID-19",
           "HFSS advertising restrictions", "member churn", "service quality in fitness centres",
           "gamification in exercise apps", "corporate wellness programmes"]  # fmt: skip
_TITLE_FORMS = ["{T}: a review of the evidence", "Understanding {t} in the UK fitness sector", "{T} and member behaviour",
                "Why people quit: {t} revisited", "{T}: a mixed-methods study", "Rethinking {t}",
                "The marketing of {t}", "{T} in Ireland and the Netherlands", "{T}: lessons from Australia",
                "Measuring {t}", "{T} and the consumer journey", "From January joiners to loyal members: {t}"]  # fmt: skip
_BOOKS = [("Sport marketing", "Routledge", "Abingdon"), ("Strategic sport marketing", "Routledge", "Abingdon"),
          ("Sport management: principles and applications", "Routledge", "Abingdon"),
          ("Sport marketing", "Human Kinetics", "Champaign, IL"), ("Contemporary sport marketing", "Routledge", "London"),
          ("Managing sport and leisure facilities", "Routledge", "Abingdon"), ("Health and fitness management", "Human Kinetics", "Champaign, IL"),
          ("Sport and physical activity marketing", "Sage", "London"), ("Digital marketing for fitness brands", "Kogan Page", "London"),
          ("Consumer behaviour in sport and events", "Routledge", "Abingdon"), ("Sport sponsorship: principles and practices", "Human Kinetics", "Champaign, IL"),
          ("Understanding sport management", "Sage", "London"), ("Branding in the wellness economy", "Kogan Page", "London"),
          ("Event management for sport directors", "Human Kinetics", "Champaign, IL"), ("Marketing the leisure experience", "Sage", "London")]  # fmt: skip
_SOCIAL = [("Instagram", "instagram.com"), ("X", "x.com"), ("LinkedIn", "linkedin.com"), ("TikTok", "tiktok.com"),
           ("Facebook", "facebook.com"), ("Threads", "threads.net")]  # fmt: skip
_PODCASTS = ["The Fitness Business Podcast", "Marathon Talk", "The Running Channel Podcast", "Huberman Lab",
             "The Gym Owner's Podcast", "Leisure Matters", "The Business of Fitness", "Fuelling the Athlete"]  # fmt: skip


class Blind222WorkFactory(WorkFactory):
    """Works for the blind222 pool: sport-management scholarship and the fitness, wellness and nutrition trade."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 22222)
        self.dated: dict[str, list[tuple[str, set[str], int]]] = {}  # organisations and years used (2023a, 2023b)

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.34:
            family, given = self.rng.choice(_BRITISH)
        elif roll < 0.5:
            family, given = self.rng.choice(_IRISH)
        elif roll < 0.58:
            particle, family, given = self.rng.choice(_DUTCH)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        elif roll < 0.64:
            family, given = self.rng.choice(_DUTCH_PLAIN)
        elif roll < 0.8:
            family, given = self.rng.choice(_AUSTRALIAN)
        elif roll < 0.95:
            family, given = self.rng.choice(_AMERICAN)
        else:
            fake = self.fakers[self.rng.choice(["en_GB", "en_IE", "nl_NL", "en_US"])]
            family, given = fake.last_name(), fake.first_name()
            words = family.split()
            if len(words) > 1 and words[0].islower():
                return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if name not in people:
                people.append(name)
        return people

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1978, 2004)
        return self.rng.randint(2008, 2025)

    def accessed(self, issued: int | None = None) -> dict[str, list[list[int]]]:
        low = max(issued or 2022, 2022)
        return {
            "date-parts": [
                [self.rng.randint(low, 2025) if low < 2025 else 2025, self.rng.randint(1, 12), self.rng.randint(1, 28)]
            ]
        }

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        self._access_after_issue(record)
        return super()._person_work(record, kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        self._access_after_issue(record)
        return super()._org_work(record, kind, name, tags)

    @staticmethod
    def _access_after_issue(record: dict[str, Any]) -> None:
        """A page is read on or after the day it was put up."""
        if "accessed" in record and "issued" in record:
            issued = record["issued"]["date-parts"][0]
            if record["accessed"]["date-parts"][0][: len(issued)] < issued:
                record["accessed"] = {"date-parts": [[issued[0], 12, 28]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        form = self.rng.choice(_TITLE_FORMS)
        return form.replace("{T}", topic[0].upper() + topic[1:]).replace("{t}", topic)

    @staticmethod
    def _host(name: str, tail: str = ".com") -> str:
        return "".join(ch for ch in name.split(" (")[0].split(",")[0].lower() if ch.isalnum()) + tail

    def _url(self, host: str) -> str:
        return f"https://www.{host}/{self.fakers['en_GB'].slug()}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            list(_MAKERS), weights=[11, 5, 22, 3, 3, 9, 9, 7, 4, 8, 9, 3, 2, 2, 3]
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _dated_org(self, record: dict[str, Any], kind: str, name: str, tags: set[str], year: int | None,
                   group: str = "org", tail: str = ".com") -> Work:  # fmt: skip
        # Now and then the same organisation in the same year as an earlier work of its sort (ukactive 2023a, 2023b).
        earlier = self.dated.setdefault(group, [])
        if year is not None and earlier and self.rng.random() < 0.15:
            name, tags, year = self.rng.choice(earlier)
            if "URL" in record and group not in ("public", "social", "video"):
                record["URL"] = self._url(self._host(name, tail))
        if year is not None:
            record["issued"] = {"date-parts": [[year]]}
            earlier.append((name, tags, year))
            if "accessed" in record:
                record["accessed"] = self.accessed(year)
        record["title"] = record["title"].replace("{year}", str(year or 2024))
        if kind == "report" and "publisher" in record:
            record["publisher"] = name.split(" (")[0]
        return self._org_work(record, kind, name, set(tags))

    def _org(self, sort: str | None = None) -> tuple[str, set[str]]:
        choices = [o for o in _ORGANISATIONS if sort is None or o[2] == sort]
        name, tags, _sort = self.rng.choice(choices)
        return name, set(tags)

    def _book(self) -> Work:
        title, publisher, place = self.rng.choice(_BOOKS)
        if self.rng.random() < 0.4:
            title = self._title()
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 7))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        title, publisher, place = self.rng.choice(_BOOKS)
        start = self.rng.randint(1, 380)
        record: dict[str, Any] = {"type": "chapter", "title": self._title(), "author": self._people(3),
                                  "editor": self._people(2), "container-title": f"The Routledge handbook of {self.rng.choice(_TOPICS)}"
                                  if self.rng.random() < 0.5 else title,
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place, "page": f"{start}-{start + self.rng.randint(10, 28)}"}  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 700)
        record: dict[str, Any] = {"type": "article-journal", "title": self._title(), "author": self._people(8),
                                  "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
                                  "volume": str(self.rng.randint(3, 58)), "issue": str(self.rng.randint(1, 6)),
                                  "page": f"{start}-{start + self.rng.randint(9, 24)}"}  # fmt: skip
        if self.rng.random() < 0.6:
            record["DOI"] = (
                f"10.{self.rng.choice(['1016', '1080', '1123', '1108', '1136'])}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(2010, 2025)}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": self._people(1),
                                  "genre": self.rng.choice(["PhD thesis", "Doctoral thesis", "MPhil thesis", "Professional Doctorate thesis"]),
                                  "publisher": self.rng.choice(_UNIVERSITIES), "issued": {"date-parts": [[self.year()]]}}  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        name, cities = self.rng.choice(_CONFERENCES)
        year = self.year()
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(4),
                                  "container-title": f"{name} {year}", "event-place": self.rng.choice(cities),
                                  "issued": {"date-parts": [[year, self.rng.choice([6, 9, 11, 12]), self.rng.randint(1, 28)]]}}  # fmt: skip
        return self._person_work(record, "conference")

    def _government(self) -> Work:
        name, tags = self._org("public")
        year = self.year()
        kind = self.rng.choice(["report", "web"])
        record: dict[str, Any] = {"type": "report" if kind == "report" else "webpage", "title": self._title(),
                                  "URL": f"https://www.gov.uk/government/publications/{self.fakers['en_GB'].slug()}"
                                  if name.startswith(("Sport England", "Department", "Office", "Advertising", "Competition", "Food"))
                                  else self._url(self._host(name, ".org")),
                                  "accessed": self.accessed(year)}  # fmt: skip
        if kind == "report":
            record["publisher"] = name
        return self._dated_org(record, kind, name, tags | {"government"}, year, "public")

    def _trade_body(self) -> Work:
        name, tags = self._org("trade")
        year = self.year() if self.rng.random() < 0.85 else None
        title = self.rng.choice(
            [
                self._title(),
                f"{self.rng.choice(['State of the UK fitness industry report', 'Annual review', 'Impact report', 'Active Lives insight'])} {{year}}",
            ]
        )
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title,
                                  "URL": self._url(self._host(name, ".org")), "accessed": self.accessed(year)}  # fmt: skip
        kind = "report" if record["type"] == "report" else "web"
        if kind == "report":
            record["publisher"] = name
        return self._dated_org(record, kind, name, tags | {"trade-body"}, year, "trade", ".org")

    def _company(self) -> Work:
        name, tags = self._org("company")
        year = self.year() if self.rng.random() < 0.75 else None
        title = self.rng.choice(["About us", "Our story", "Membership options", "Sustainability", "Press centre",
                                 "Investor relations", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": title, "URL": self._url(self._host(name)),
                                  "accessed": self.accessed(year)}  # fmt: skip
        return self._dated_org(record, "web", name, tags | {"company"}, year, "company")

    def _annual_report(self) -> Work:
        name, tags = self._org("company")
        year = self.year()
        title = self.rng.choice(["Annual report and accounts {year}", "Capital markets day presentation {year}",
                                 "Interim results for the six months to 30 June {year}", "FY{year} investor presentation",
                                 "Form 10-K for the fiscal year {year}", "ESG report {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name,
                                  "URL": self._url(self._host(name, "corporate.com")), "accessed": self.accessed(year)}  # fmt: skip
        return self._dated_org(record, "report", name, tags | {"company"}, year, "annual", "corporate.com")

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.9 else None
        market = self.rng.choice(["health and fitness clubs", "sports nutrition", "fitness wearables", "home fitness equipment",
                                  "boutique fitness", "running events", "protein and performance drinks", "gyms and leisure centres"])  # fmt: skip
        country = self.rng.choice(["UK", "Ireland", "the Netherlands", "Australia", "US", "Europe"])
        title = self.rng.choice([f"{market[0].upper()}{market[1:]} - {country} - {self.rng.choice(['March', 'July', 'November'])} {{year}}",
                                 f"State of the {country} fitness industry report {{year}}",
                                 "European health & fitness market report {year}",
                                 f"{market[0].upper()}{market[1:]} market size in {country} 2019-2028",
                                 f"Share of adults in {country} who use a fitness tracker, by age"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name,
                                  "URL": self._url(self._host(name)), "accessed": self.accessed(year)}  # fmt: skip
        return self._dated_org(record, "report", name, {"market-research"}, year, "research")

    def _news(self) -> Work:
        year = self.year()
        press = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": press,
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url(press.lower().replace(" ", "").replace("'", "") + ".co.uk"),
                                  "accessed": self.accessed(year)}  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        record.pop("issued")
        return self._dated_org(record, "news", press, {"press"}, year, "press", ".co.uk")

    def _social(self) -> Work:
        platform, host = self.rng.choice(_SOCIAL)
        year = max(self.year(), 2012)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(["New year, new PB", "Our biggest ever January",
                                  "Meet the coaches behind BODYPUMP", "Free parkrun every Saturday", "Members' results are in", self._title()]),
                                  "container-title": platform, "URL": self._url(host), "medium": f"{platform} post"}  # fmt: skip
        record["accessed"] = self.accessed(year)
        if self.rng.random() < 0.5:
            record["author"] = self._people(1)
            record["issued"] = {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
            return self._person_work(record, "social")
        name, tags = self._org("company")
        return self._dated_org(record, "social", name, tags | {"company"}, year, "social")

    def _video(self) -> Work:
        year = max(self.year(), 2010)
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "container-title": "YouTube", "medium": "video",
                                  "URL": f"https://www.youtube.com/watch?v={self.fakers['en_GB'].lexify('???????????')}",
                                  "accessed": self.accessed(year)}  # fmt: skip
        if self.rng.random() < 0.5:
            record["author"] = self._people(2)
            record["issued"] = {"date-parts": [[year]]}
            return self._person_work(record, "video")
        name, tags = self._org(self.rng.choice(["company", "trade"]))
        return self._dated_org(record, "video", name, tags, year, "video")

    def _podcast(self) -> Work:
        year = max(self.year(), 2014)
        show = self.rng.choice(_PODCASTS)
        record: dict[str, Any] = {"type": "webpage", "title": f"{self._title()} [Episode {self.rng.randint(4, 420)}]",
                                  "container-title": show, "medium": "podcast",
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url("podcasts.apple.com"), "accessed": self.accessed(year)}  # fmt: skip
        record["author"] = self._people(2)
        return self._person_work(record, "podcast")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(["Membership FAQs", "How our classes work",
                                  "Frequently asked questions", "Our nutrition promise", "Get active your way", self._title()]),
                                  "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.3:
            record["author"] = self._people(1)
            record["URL"] = self._url("medium.com")
            return self._person_work(record, "web")
        name, tags = self._org(self.rng.choice(["company", "trade", "public"]))
        record["URL"] = self._url(self._host(name))
        return self._org_work(record, "web", name, tags | {"undated"})
