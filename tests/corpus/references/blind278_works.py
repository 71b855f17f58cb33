"""The blind278 pool's works: what marketers at golf clubs, resorts, equipment and apparel brands, golf retailers,
tour bodies and golf-tech firms in the UK, Ireland, Spain and Portugal cite in CIM Level 6 and 7 reports and MBA
assignments.

Books, chapters and sport-management journal articles with one to eight authors, the marketing texts every candidate
cites, reports of governing and public bodies (The R&A, England Golf, Golf Ireland, Sport England, Turismo de
Portugal...), firms' pages and annual reports with plc, Ltd, Inc. and S.A., the golf trade and consumer press signed
and unsigned, market research with and without years, and undated pages. Irish names with Ó, Ní, Mac and Nic,
Spanish names with two surnames, Portuguese names with da, dos and de. Written without reading the checker.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "classic", "body-report", "body-web", "firm-web", "annual-report", "press",
         "market-research", "web-person", "undated-web")  # fmt: skip

_IRISH = [("Ó Briain", "Seán"), ("Ní Bhriain", "Aoife"), ("Mac Giolla Phádraig", "Cian"), ("Ó Súilleabháin", "Pádraig"),
          ("Nic Aodha", "Siobhán"), ("O'Sullivan", "Niamh"), ("McGinley", "Ciarán"), ("Ó Conaill", "Donncha"),
          ("Ní Fhlatharta", "Gráinne"), ("Mac an tSaoi", "Eoin"), ("Kearney", "Orla"), ("Ó Loingsigh", "Tadhg")]  # fmt: skip
_SPANISH = [("García-Fernández", "Jerónimo"), ("López Carril", "Sergio"), ("Calabuig Moreno", "Ferran"),
            ("Núñez-Pomar", "Juan"), ("Crespo Hervás", "Josep"), ("Martínez Cevallos", "Daniel"),
            ("Sánchez-Sáez", "Juan Antonio"), ("Gálvez-Ruiz", "Pablo"), ("Pérez-Campos", "Cristina"),
            ("Añó Sanz", "Vicente"), ("Bernal-García", "Alfonso"), ("Fernández-Villarán", "Ana")]  # fmt: skip
_PORTUGUESE = [("da", "Silva", "Joana"), ("dos", "Santos", "Rui"), ("de", "Sousa", "Marta"), (None, "Gonçalves", "Tiago"),
               (None, "Simões", "Inês"), (None, "Conceição", "João"), (None, "Magalhães", "Beatriz"),
               ("da", "Costa", "Filipe"), (None, "Guerreiro", "Sofia"), (None, "Brandão", "Nuno")]  # fmt: skip
_BRITISH = [("Funk", "Daniel C."), ("Chadwick", "Simon"), ("Shilbury", "David"), ("Hill", "Bob"), ("Parnell", "Daniel"),
            ("Wilson", "Rob"), ("Plumley", "Daniel"), ("Ratten", "Vanessa"), ("Breuer", "Christoph"),
            ("Kennedy", "Helen"), ("Hudson", "Simon"), ("Humphreys", "Brad R."), ("Readman", "Mark"),
            ("MacIntosh", "Eric"), ("Downward", "Paul"), ("Rowe", "Kerry"), ("Doherty", "Alison"),
            ("Thwaites", "Des"), ("Biscaia", "Rui"), ("Kolyperas", "Dimitrios")]  # fmt: skip
_CLASSICS = [
    ("book", [("Kotler", "Philip"), ("Keller", "Kevin Lane")], "Marketing management", 2016, "Pearson", "Harlow", "15"),
    ("book", [("Kotler", "Philip"), ("Armstrong", "Gary")], "Principles of marketing", 2018, "Pearson", "Harlow", "17"),
    ("book", [("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing", 2022, "Pearson", "Harlow", "8"),
    ("book", [("Porter", "Michael E.")], "Competitive advantage: creating and sustaining superior performance", 1985, "Free Press", "New York", None),
    ("book", [("Keller", "Kevin Lane")], "Strategic brand management", 2013, "Pearson", "Harlow", "4"),
    ("book", [("Aaker", "David A.")], "Building strong brands", 1996, "Free Press", "New York", None),
    ("book", [("Mullin", "Bernard J."), ("Hardy", "Stephen"), ("Sutton", "William A.")], "Sport marketing", 2014, "Human Kinetics", "Champaign, IL", "4"),
    ("book", [("Zeithaml", "Valarie A."), ("Bitner", "Mary Jo"), ("Gremler", "Dwayne D.")], "Services marketing: integrating customer focus across the firm", 2018, "McGraw-Hill", "New York", "7"),
    ("book", [("Shank", "Matthew D."), ("Lyberger", "Mark R.")], "Sports marketing: a strategic perspective", 2015, "Routledge", "Abingdon", "5"),
    ("book", [("Pine", "B. Joseph"), ("Gilmore", "James H.")], "The experience economy", 1999, "Harvard Business School Press", "Boston, MA", None),
]  # fmt: skip
_JOURNALS = ["Sport Management Review", "International Journal of Sports Marketing and Sponsorship",
             "Journal of Sport Management", "European Sport Management Quarterly", "Tourism Management",
             "Journal of Sport & Tourism", "Journal of Hospitality and Tourism Research", "Leisure Studies"]  # fmt: skip
_BODIES = [("The R&A", {"ampersand"}), ("England Golf", set()), ("Golf Ireland", set()), ("Scottish Golf", set()),
           ("The Professional Golfers' Association (PGA)", {"apostrophe", "abbreviation"}), ("Sport England", set()),
           ("Sport Ireland", set()), ("VisitScotland", set()), ("Turismo de Portugal", set()),
           ("Real Federación Española de Golf (RFEG)", {"abbreviation"}), ("Wales Golf", set()),
           ("Fáilte Ireland", set()), ("Golf Tourism Scotland", set()), ("International Association of Golf Tour Operators (IAGTO)", {"abbreviation"}),
           ("DP World Tour", set()), ("Ladies European Tour (LET)", {"abbreviation"})]  # fmt: skip
_FIRMS = [("Acushnet Holdings Corp.", {"company"}), ("Topgolf Callaway Brands Corp.", {"company"}),
          ("Frasers Group plc", {"company"}), ("American Golf Ltd", {"company"}), ("Galvin Green AB", {"company"}),
          ("TaylorMade Golf Company, Inc.", {"company"}), ("Mizuno Corporation", {"company"}),
          ("Trackman A/S", {"company"}), ("Hole19 S.A.", {"company"}), ("Golf Support Ltd", {"company"}),
          ("St Andrews Links Trust", set()), ("Gleneagles Hotel Ltd", {"company"}), ("Quinta do Lago S.A.", {"company"}),
          ("Real Club Valderrama", set()), ("Adare Manor", set()), ("The Belfry Hotel & Resort", {"ampersand", "company"}),
          ("Karsten Manufacturing Corporation (PING)", {"company", "abbreviation"}), ("Clubhouse Golf Ltd", {"company"}),
          ("Golfbreaks.com Ltd", {"company"})]  # fmt: skip
_PRESS = ["Golf Monthly", "National Club Golfer", "Golf Business News", "Golf Digest", "bunkered", "Today's Golfer",
          "The Irish Times", "The Scotsman", "Golf Course Management", "The Times"]  # fmt: skip
_RESEARCH = ["Mintel", "Sports Marketing Surveys", "KPMG Golf Advisory", "Deloitte", "Statista", "GlobalData",
             "Sports Marketing Surveys Inc.", "YouGov"]  # fmt: skip
_TOPICS = ["golf club membership", "women's participation in golf", "golf tourism", "golf sponsorship",
           "junior golf", "pay-and-play golf", "golf retail", "the Topgolf effect", "lapsed golfers",
           "sustainability at golf courses", "resort golf packages", "golf club loyalty", "golf equipment branding",
           "nine-hole golf", "simulator golf", "event hospitality at The Open", "brand ambassadors in golf",
           "golf apparel", "green fee pricing", "club-fitting services", "golf-tech apps", "volunteering in golf"]  # fmt: skip
_PLACES = ["Scotland", "Ireland", "the Algarve", "the Costa del Sol", "England", "the UK", "Spain", "Portugal",
           "Northern Ireland", "Europe"]  # fmt: skip


class Blind278WorkFactory(WorkFactory):
    """Works for golf marketers in the UK, Ireland, Spain and Portugal. A subclass, so no other pool changes."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 41 + 278278)
        self.body_years: dict[str, int] = {}

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.16:
            family, given = self.rng.choice(_IRISH)
            return {"family": family, "given": given}
        if roll < 0.30:
            family, given = self.rng.choice(_SPANISH)
            return {"family": family, "given": given}
        if roll < 0.40:
            particle, family, given = self.rng.choice(_PORTUGUESE)
            name = {"family": family, "given": given}
            if particle:
                name["non-dropping-particle"] = particle
            return name
        if roll < 0.58:
            family, given = self.rng.choice(_BRITISH)
            return {"family": family, "given": given}
        fake = self.fakers[self.rng.choice(["en_GB", "en_GB", "en_IE", "es_ES", "en_US"])]
        return {"family": fake.last_name(), "given": fake.first_name()}

    def year(self) -> int:
        return self.rng.randint(2009, 2025)

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        place = self.rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"Understanding {topic}: evidence from {place}",
                 f"{topic[0].upper()}{topic[1:]} and customer value", f"Who plays golf? {topic[0].upper()}{topic[1:]} after COVID-19",
                 f"Marketing {topic}: a stakeholder perspective", f"The economics of {topic} in {place}",
                 f"{topic[0].upper()}{topic[1:]}: a review and research agenda"]  # fmt: skip
        return self.rng.choice(forms)

    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(KINDS), weights=[10, 5, 20, 8, 10, 7, 8, 5, 10, 8, 4, 5])[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _url(self, domain: str) -> str:
        return f"https://www.{domain}/{self.fakers['en_GB'].slug()}"

    # ------------------------------------------------------------------ works
    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(10, 40)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{(start := self.rng.randint(1, 700))}-{start + self.rng.randint(10, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["DOI"] = (
                f"10.{self.rng.choice(['1016', '1080', '1108', '1123'])}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(2010, 2025)}.{self.rng.randint(100, 9999)}"
            )
        return self._person_work(record, "journal")

    def _book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self._title(), "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "Sage", "Human Kinetics", "Goodfellow", "Kogan Page", "CABI"]),
            "publisher-place": self.rng.choice(["Abingdon", "London", "Champaign, IL", "Oxford", "Wallingford"]),
        }  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["Routledge handbook of sport marketing", "Golf tourism", "The business of golf",
                                                "Sport sponsorship: principles and practice", "Routledge handbook of sport and tourism"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Routledge", "Goodfellow", "CABI"]),
            "publisher-place": "Abingdon", "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(10, 25)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _classic(self) -> Work:
        kind, people, title, year, publisher, place, edition = self.rng.choice(_CLASSICS)
        record: dict[str, Any] = {"type": kind, "title": title, "issued": {"date-parts": [[year]]},
                                  "author": [{"family": f, "given": g} for f, g in people],
                                  "publisher": publisher, "publisher-place": place}  # fmt: skip
        if edition:
            record["edition"] = edition
        work = self._person_work(record, "classic")
        return work

    def _body_year(self, name: str) -> int:
        # two works of one body in a year now and then
        if name in self.body_years and self.rng.random() < 0.5:
            return self.body_years[name]
        self.body_years[name] = self.year()
        return self.body_years[name]

    def _body_report(self) -> Work:
        name, tags = self.rng.choice(_BODIES)
        year = self._body_year(name)
        record: dict[str, Any] = {
            "type": "report", "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0],
            "title": self.rng.choice([f"Golf participation report {year}", "Women and girls in golf strategy",
                                      f"Annual report and accounts {year}", "The economic impact of golf tourism",
                                      "Club membership survey: key findings", "Sustainability in golf: a roadmap"]),
            "publisher-place": self.rng.choice(["St Andrews", "Woodhall Spa", "Dublin", "Edinburgh", "London", "Lisbon", "Madrid"]),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = self._url(
                self.rng.choice(["randa.org", "englandgolf.org", "golfireland.ie", "sportengland.org"])
            )
            record["accessed"] = self._accessed_after(year)
        return self._org_work(record, "body-report", name, tags | {"body"})

    def _accessed_after(self, year: int) -> dict[str, list[list[int]]]:
        return {
            "date-parts": [[self.rng.randint(max(year, 2023), 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]
        }

    def _body_web(self) -> Work:
        name, tags = self.rng.choice(_BODIES)
        record: dict[str, Any] = {"type": "webpage", "title": self._title(),
                                  "URL": self._url(self.rng.choice(["randa.org", "visitscotland.com", "visitportugal.com", "rfegolf.es"]))}  # fmt: skip
        if self.rng.random() < 0.75:
            year = self._body_year(name)
            record["issued"] = {"date-parts": [[year]]}
            record["accessed"] = self._accessed_after(year)
        else:
            record["accessed"] = self._accessed_after(2023)
            tags = tags | {"undated"}
        return self._org_work(record, "body-web", name, tags | {"body"})

    def _firm_web(self) -> Work:
        name, tags = self.rng.choice(_FIRMS)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(["Our story", "Membership", "Sustainability", "Golf breaks and packages", "Custom fitting", "About us", "Investor relations"]),
                                  "URL": self._url(self.rng.choice(["acushnetholdingscorp.com", "topgolfcallawaybrands.com", "americangolf.co.uk", "gleneagles.com", "quintadolago.com"]))}  # fmt: skip
        if self.rng.random() < 0.6:
            year = self.year()
            record["issued"] = {"date-parts": [[year]]}
            record["accessed"] = self._accessed_after(year)
        else:
            record["accessed"] = self._accessed_after(2023)
            tags = tags | {"undated"}
        return self._org_work(record, "firm-web", name, tags)

    def _annual_report(self) -> Work:
        name, tags = self.rng.choice([f for f in _FIRMS if f[1] and "company" in f[1]])
        year = self.year()
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice([f"Annual report {year}", f"Form 10-K {year}", f"Annual report and accounts {year - 1}/{str(year)[2:]}", "Sustainability report"]),
                                  "issued": {"date-parts": [[year]]}, "publisher": name}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url("investors.example-golf.com")
            record["accessed"] = self._accessed_after(year)
        return self._org_work(record, "annual-report", name, tags)

    def _press(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-magazine", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(self.rng.choice(["golf-monthly.co.uk", "nationalclubgolfer.com", "golfbusinessnews.com", "bunkered.co.uk"])),
            "accessed": {"date-parts": [[self.rng.randint(year + 1, max(year + 1, 2025)), self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "press")
        return self._org_work(record, "press", record["container-title"], {"press"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        record: dict[str, Any] = {"type": "report", "publisher": name,
                                  "title": self.rng.choice(["Golf equipment and apparel - UK", "Golf participation in Great Britain and Ireland",
                                                            "Sports goods retailing - UK", "Golf benchmark survey: Europe, the Middle East and Africa",
                                                            "Golf tourism in Portugal and Spain", "Leisure time activities - Ireland"])}  # fmt: skip
        if self.rng.random() < 0.88:
            record["issued"] = {"date-parts": [[self.year()]]}
        else:
            record["URL"] = self._url("store.mintel.com")
            record["accessed"] = self._accessed_after(2023)
        return self._org_work(record, "market-research", name, {"market-research"})

    def _web_person(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "post-weblog", "title": self._title(), "author": self._people(2),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url("linkedin.com/pulse"),
                                  "accessed": self._accessed_after(year)}  # fmt: skip
        return self._person_work(record, "web-person")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url("golfclub-example.co.uk"),
                                  "accessed": self._accessed_after(2023)}  # fmt: skip
        if self.rng.random() < 0.3:
            record["author"] = self._people(2)
            return self._person_work(record, "undated-web")
        name, tags = self.rng.choice(_BODIES + _FIRMS)
        return self._org_work(record, "undated-web", name, tags | {"undated"})
