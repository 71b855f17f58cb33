"""The blind218 pool's works: what marketers at supermarkets, discounters, convenience chains, online grocers, food
and drink brands and their agencies in the UK, Ireland, Germany and Australia cite in CIM Level 6 and 7 reports and
MBA assignments. Retail and food-marketing textbooks (Kogan Page, Pearson, Routledge, Sage), chapters, journal
articles with one to eight authors and DOIs, theses, conference papers, regulators and public bodies, trade bodies and
charities, grocers' own pages and annual reports, market research with years, the grocery press signed and unsigned,
social posts, videos, podcasts and undated pages. Written without reading the checker, its tests or other pools.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import datetime
import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# What the factory is asked for (by weight) and the kinds of work it makes (Work.kind, what KINDS names).
_MAKERS = ("book", "chapter", "journal", "thesis", "conference", "government", "trade-body", "company-web",
           "annual-report", "market-research", "news", "news-unsigned", "social", "video", "podcast", "undated-web")  # fmt: skip
KINDS = ("book", "chapter", "journal", "thesis", "conference", "report", "web", "news", "social", "video", "podcast")

# Names as British, Irish, German and Australian scholars and journals print them (fadas, umlauts, Eszett, "Mac").
_PEOPLE = [
    ("Smith", "Andrew"), ("Fernie", "John"), ("Sparks", "Leigh"), ("Burt", "Steve"), ("Dawson", "John"),
    ("Hart", "Cathy"), ("Clarke", "Ian"), ("Wrigley", "Neil"), ("Davies", "Gary"), ("Hughes", "Rhian"),
    ("Ó Súilleabháin", "Aoife"), ("Ní Chonaill", "Siobhán"), ("O'Brien", "Ciarán"), ("Mac Giolla Phádraig", "Seán"),
    ("McCarthy", "Niamh"), ("Ó Fearghail", "Pádraig"), ("Keogh", "Orla"), ("Ní Bhriain", "Gráinne"),
    ("Müller", "Jürgen"), ("Schröder", "Anja"), ("Weiß", "Katharina"), ("Großmann", "Lukas"), ("Bäcker", "Jörg"),
    ("Köhler", "Sören"), ("Schäfer", "Marie"), ("Fuchs", "Tobias"), ("Hoffmann", "Lena"),
    ("Nguyen", "Thi Mai"), ("Papadopoulos", "Eleni"), ("Singh", "Harpreet"), ("Patel", "Rupa"), ("Wong", "Kevin"),
    ("Chen", "Xiaoyu"), ("Kelly", "Bronwyn"), ("Mortimer", "Gary"), ("Grimmer", "Louise"), ("Sands", "Sean"),
    ("MacLeod", "Eilidh"), ("McKechnie", "Sally"), ("Ellis-Chadwick", "Fiona"), ("Dennis", "Charles"),
    ("Jones", "Peter"), ("Comfort", "Daphne"), ("Hillier", "David"), ("Evans", "Siân"), ("Ward", "Philippa"),
]  # fmt: skip
_PARTICLES = [("van", "Herpen", "Erica"), ("de", "Kervenoael", "Ronan"), ("von", "Schlippe", "Arist"),
              ("van der", "Lans", "Ralf"), ("de", "Búrca", "Máire")]  # fmt: skip
_ORGANISATIONS: list[tuple[str, set[str], str]] = [
    # (name, tags, kind of body)
    ("Competition and Markets Authority", {"government"}, "government"),
    ("Competition and Markets Authority (CMA)", {"government", "abbreviation"}, "government"),
    ("Groceries Code Adjudicator", {"government"}, "government"),
    ("Food Standards Agency", {"government"}, "government"),
    ("Department for Environment, Food & Rural Affairs", {"government", "ampersand", "comma"}, "government"),
    ("Defra", {"government"}, "government"),
    ("Department of Health and Social Care", {"government"}, "government"),
    ("Bord Bia", {"government"}, "government"),
    ("Bundeskartellamt", {"government"}, "government"),
    ("Australian Competition and Consumer Commission (ACCC)", {"government", "abbreviation"}, "government"),
    ("IGD", {"trade-body", "acronym"}, "trade-body"),
    ("British Retail Consortium", {"trade-body"}, "trade-body"),
    ("British Retail Consortium (BRC)", {"trade-body", "abbreviation"}, "trade-body"),
    ("WRAP", {"trade-body", "acronym"}, "trade-body"),
    ("The Food Foundation", {"trade-body"}, "trade-body"),
    ("The Trussell Trust", {"trade-body"}, "trade-body"),
    ("Tesco PLC", {"company"}, "company"),
    ("J Sainsbury plc", {"company"}, "company"),
    ("Asda Stores Ltd", {"company"}, "company"),
    ("Aldi UK", {"company"}, "company"),
    ("Lidl GB", {"company"}, "company"),
    ("Ocado Group plc", {"company"}, "company"),
    ("Marks and Spencer Group plc", {"company"}, "company"),
    ("The Co-operative Group", {"company"}, "company"),
    ("Dunnes Stores", {"company"}, "company"),
    ("Musgrave", {"company"}, "company"),
    ("Woolworths Group", {"company"}, "company"),
    ("Coles Group", {"company"}, "company"),
    ("Sainsbury's", {"company", "apostrophe"}, "company"),
    ("Morrisons", {"company"}, "company"),
    ("Dunnhumby", {"company"}, "company"),
    ("Kantar Worldpanel", {"market-research"}, "research"),
    ("NielsenIQ", {"market-research"}, "research"),
    ("Circana", {"market-research"}, "research"),
    ("Mintel", {"market-research"}, "research"),
    ("Which?", {"market-research", "punctuation"}, "research"),
    ("Kantar", {"market-research"}, "research"),
]  # fmt: skip
_PUBLISHERS = [("Kogan Page", "London"), ("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Sage", "London"),
               ("Routledge", "London"), ("Pearson Education", "Harlow"), ("Kogan Page", "London")]  # fmt: skip
_JOURNALS = ["Journal of Retailing and Consumer Services", "International Journal of Retail & Distribution Management",
             "British Food Journal", "Journal of Retailing", "Journal of Marketing Management",
             "European Journal of Marketing", "Australasian Marketing Journal", "Irish Journal of Management"]  # fmt: skip
_UNIVERSITIES = ["University of Stirling", "University of Surrey", "Ulster University", "University College Dublin",
                 "Monash University"]  # fmt: skip
_CONFERENCES = [("EAERCD 2019: European Association for Education and Research in Commercial Distribution", "Edinburgh"),
                ("EAERCD 2023: European Association for Education and Research in Commercial Distribution", "Dublin"),
                ("AMA Winter Academic Conference", "Chicago"), ("AMA Summer Academic Conference", "Boston")]  # fmt: skip
_PRESS = ["The Grocer", "Retail Gazette", "Checkout", "The Irish Times", "BBC News", "Lebensmittel Zeitung",
          "Inside Retail Australia", "Marketing Week"]  # fmt: skip
_TOPICS = ["own-label ranges", "loyalty schemes", "retail media networks", "price matching", "the discounters",
           "online grocery", "rapid delivery", "HFSS promotions", "food waste", "shrinkflation", "meal deals",
           "category management", "Clubcard Prices", "Nectar Prices", "store formats", "convenience retail",
           "food inflation", "sustainable packaging", "self-checkouts", "click and collect", "supplier relations",
           "plant-based ranges", "value tiers", "shopper marketing", "in-store sampling"]  # fmt: skip
_PLATFORMS = ["LinkedIn", "X", "Instagram", "TikTok", "Facebook"]
_DOMAINS = ["tescoplc.com", "about.sainsburys.co.uk", "corporate.asda.com", "aldipresscentre.co.uk",
            "corporate.lidl.co.uk", "ocadogroup.com", "corporate.marksandspencer.com", "co-operative.coop",
            "dunnesstores.com", "musgravegroup.com", "woolworthsgroup.com.au", "colesgroup.com.au", "igd.com",
            "brc.org.uk", "wrap.org.uk", "foodfoundation.org.uk", "trusselltrust.org", "gov.uk", "bordbia.ie",
            "bundeskartellamt.de", "accc.gov.au", "kantar.com", "nielseniq.com", "circana.com", "which.co.uk"]  # fmt: skip


class Blind218WorkFactory(WorkFactory):
    """Works supermarket, grocery and food-brand marketers cite, from one seeded random source."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 218)
        self.dated_orgs: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people, bodies, dates
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.55:
            family, given = self.rng.choice(_PEOPLE)
            return {"family": family, "given": given}
        if roll < 0.62:
            particle, family, given = self.rng.choice(_PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        fake = self.fakers[self.rng.choice(["en_GB", "en_GB", "en_IE", "de_DE", "en_US"])]
        family = fake.last_name().split()[-1]
        return {"family": family, "given": fake.first_name()}

    def body(self, *kinds: str) -> tuple[str, set[str]]:
        choices = [(n, t) for n, t, k in _ORGANISATIONS if not kinds or k in kinds]
        name, tags = self.rng.choice(choices)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1984, 2005)
        return self.rng.randint(2010, 2025)

    def accessed_after(self, *issued: int) -> dict[str, list[list[int]]]:
        """An access date on or after the issue date (a year, or a year, month and day)."""
        start = datetime.date(issued[0], *[*issued[1:3], 1, 1][:2])
        accessed = datetime.date(self.rng.randint(2022, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28))
        if accessed < start:
            accessed = start + datetime.timedelta(days=self.rng.randint(0, 90))
        return {"date-parts": [[accessed.year, accessed.month, accessed.day]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]} and {other} in UK grocery", f"Rethinking {topic}: evidence from Ireland",
                 f"{topic[0].upper()}{topic[1:]} and shopper loyalty", f"{topic[0].upper()}{topic[1:]} in German food retailing",
                 f"The effect of {topic} on store choice in Australia", f"Grocery retailing and {topic}",
                 f"Shoppers, {topic} and the cost-of-living crisis", f"{topic[0].upper()}{topic[1:]}: a category view",
                 f"Understanding {topic} at the discounters", f"{topic[0].upper()}{topic[1:]} in review"]  # fmt: skip
        return self.rng.choice(forms)

    def _people_n(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[35, 25, 15, 9, 6, 4, 3, 3][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if person not in people:
                people.append(person)
        return people

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(_MAKERS, weights=[11, 5, 22, 3, 3, 9, 7, 7, 4, 8, 6, 3, 2, 2, 2, 4])[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person(self, record: dict[str, Any], kind: str) -> Work:
        return self._person_work(record, kind)

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Two works of one body in one year now and then ("IGD, 2023a" and "2023b").
        if self.dated_orgs and "issued" in record and "publisher" not in record and self.rng.random() < 0.15:
            name, tags, issued = self.rng.choice(self.dated_orgs)
            record["issued"] = {"date-parts": [list(p) for p in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(*issued["date-parts"][0])
        if "issued" in record:
            self.dated_orgs.append((name, tags, record["issued"]))
        return self._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people_n(4),
                                  "publisher": publisher, "publisher-place": place,
                                  "issued": {"date-parts": [[self.year()]]}}  # fmt: skip
        if self.rng.random() < 0.4:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        first = self.rng.randint(1, 300)
        record: dict[str, Any] = {"type": "chapter", "title": self._title(), "author": self._people_n(3),
                                  "editor": self._people_n(2), "container-title": f"Retail marketing: {self.rng.choice(_TOPICS)}",
                                  "publisher": publisher, "publisher-place": place,
                                  "page": f"{first}-{first + self.rng.randint(12, 30)}",
                                  "issued": {"date-parts": [[self.year()]]}}  # fmt: skip
        return self._person(record, "chapter")

    def _journal(self) -> Work:
        year = self.year()
        first = self.rng.randint(1, 900)
        record: dict[str, Any] = {"type": "article-journal", "title": self._title(), "author": self._people_n(8),
                                  "container-title": self.rng.choice(_JOURNALS),
                                  "volume": str(self.rng.randint(10, 80)), "issue": str(self.rng.randint(1, 12)),
                                  "page": f"{first}-{first + self.rng.randint(8, 25)}",
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        if self.rng.random() < 0.8:
            record["DOI"] = (
                f"10.{self.rng.choice(['1016', '1108', '1080', '1177'])}/{self.rng.choice(['j.jretconser', 'IJRDM', 'BFJ', 'j.jretai'])}.{year}.{self.rng.randint(100, 99999)}"
            )
        return self._person(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "genre": self.rng.choice(["PhD thesis", "DBA thesis", "MPhil thesis"]),
                                  "publisher": self.rng.choice(_UNIVERSITIES),
                                  "issued": {"date-parts": [[self.year()]]}}  # fmt: skip
        return self._person(record, "thesis")

    def _conference(self) -> Work:
        event, place = self.rng.choice(_CONFERENCES)
        first = self.rng.randint(1, 400)
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people_n(5),
                                  "container-title": event, "event-place": place, "page": f"{first}-{first + 9}",
                                  "issued": {"date-parts": [[self.year()]]}}  # fmt: skip
        return self._person(record, "conference")

    def _web_record(self, kind: str, dated: bool = True) -> dict[str, Any]:
        year = self.rng.randint(2012, 2025)
        record: dict[str, Any] = {"type": kind, "title": self._title(),
                                  "URL": f"https://www.{self.rng.choice(_DOMAINS)}/{self.fakers['en_GB'].slug()}",
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        if dated:
            record["issued"] = {"date-parts": [[year]]}
        return record

    def _government(self) -> Work:
        name, tags = self.body("government")
        record = self._web_record(self.rng.choice(["report", "webpage"]))
        return self._org(record, "report" if record["type"] == "report" else "web", name, tags)

    def _trade_body(self) -> Work:
        name, tags = self.body("trade-body")
        record = self._web_record(self.rng.choice(["report", "webpage"]), dated=self.rng.random() > 0.15)
        return self._org(record, "report" if record["type"] == "report" else "web", name, tags)

    def _company_web(self) -> Work:
        name, tags = self.body("company")
        record = self._web_record("webpage", dated=self.rng.random() > 0.3)
        return self._org(record, "web", name, tags)

    def _annual_report(self) -> Work:
        name, tags = self.body("company")
        record = self._web_record("report")
        record["title"] = self.rng.choice(["Annual report and financial statements", "Annual report",
                                           "Strategic report", "Sustainability report"]) + f" {record['issued']['date-parts'][0][0]}"  # fmt: skip
        record["publisher"] = name
        return self._org(record, "report", name, tags)

    def _market_research(self) -> Work:
        name, tags = self.body("research")
        record = self._web_record("report")
        record["publisher"] = name
        record["title"] = (
            f"{self.rng.choice(['Grocery market share', 'Supermarkets', 'Convenience stores', 'Online grocery retailing', 'Own-label food', 'Food discounters'])} – {self.rng.choice(['UK', 'Ireland', 'Germany', 'Australia'])} {record['issued']['date-parts'][0][0]}"
        )
        return self._org(record, "report", name, tags)

    def _news(self) -> Work:
        year, month, day = self.year(), self.rng.randint(1, 12), self.rng.randint(1, 28)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "author": self._people_n(2),
                                  "container-title": self.rng.choice(_PRESS),
                                  "issued": {"date-parts": [[year, month, day]]},
                                  "URL": f"https://www.{self.fakers['en_GB'].domain_name()}/{self.fakers['en_GB'].slug()}",
                                  "accessed": self.accessed_after(year, month, day)}  # fmt: skip
        return self._person(record, "news")

    def _news_unsigned(self) -> Work:
        year, month, day = self.year(), self.rng.randint(1, 12), self.rng.randint(1, 28)
        name = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": name,
                                  "issued": {"date-parts": [[year, month, day]]},
                                  "URL": f"https://www.{self.fakers['en_GB'].domain_name()}/{self.fakers['en_GB'].slug()}",
                                  "accessed": self.accessed_after(year, month, day)}  # fmt: skip
        return self._org(record, "news", name, {"press"})

    def _social(self) -> Work:
        record = self._web_record("post")
        record["container-title"] = self.rng.choice(_PLATFORMS)
        record["title"] = f"{self._title()} [{record['container-title']} post]"
        if self.rng.random() < 0.5:
            record["author"] = [self.person()]
            return self._person(record, "social")
        name, tags = self.body("company", "trade-body")
        return self._org(record, "social", name, tags)

    def _video(self) -> Work:
        record = self._web_record("motion_picture")
        record["title"] = f"{self._title()} [Video]"
        record["container-title"] = "YouTube"
        name, tags = self.body("company", "trade-body", "research")
        return self._org(record, "video", name, tags)

    def _podcast(self) -> Work:
        record = self._web_record("broadcast")
        record["container-title"] = self.rng.choice(["The Grocer Podcast", "Retail Reflections", "Checkout Chats"])
        record["title"] = f"{self._title()} [Podcast]"
        record["author"] = self._people_n(2)
        return self._person(record, "podcast")

    def _undated_web(self) -> Work:
        record = self._web_record("webpage", dated=False)
        if self.rng.random() < 0.35:
            record["author"] = [self.person()]
            return self._person(record, "web")
        name, tags = self.body()
        return self._org(record, "web", name, tags | {"undated"})
