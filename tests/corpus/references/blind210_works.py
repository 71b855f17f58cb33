"""The blind210 pool's works: what marketers in Scotland's food, drink, tourism and creative industries cite.

Written without reading the checker, its tests or any other pool. Whisky distilleries, salmon and seafood firms,
VisitScotland, Edinburgh's festivals, Highland estates, island ferries and Glasgow agencies, and the Scottish
diaspora on CIM Level 6 and 7 courses and MBAs: textbooks (Edinburgh University Press, Routledge, Goodfellow),
chapters, journals (Journal of Marketing Management, Tourism Management, Scottish Affairs), theses from Scottish
universities, conference papers, public bodies, Acts of the Scottish Parliament, trade bodies, firms' pages and
annual reports, market research, the Scottish press signed and unsigned, social posts, videos, podcasts and undated
pages. Scots and Gaelic names as their scholars print them (MacLeòid, NicDhòmhnaill, Caimbeul, Mac an t-Saoir).
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import datetime
import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_IE", "en_CA", "en_AU", "en_NZ", "en_US", "pl_PL", "it_IT"]
# Scots surnames as they are printed on papers and books (family, given).
_SCOTS = [
    ("MacLeod", "Eilidh"), ("McLeod", "Graeme"), ("MacDonald", "Iain"), ("McDonald", "Kirsty"), ("Mackenzie", "Fiona"),
    ("MacKenzie", "Alasdair"), ("McKenzie", "Rhona"), ("Macpherson", "Hamish"), ("MacPherson", "Ailsa"),
    ("McIntosh", "Euan"), ("Mackintosh", "Isla"), ("MacInnes", "Calum"), ("McInnes", "Mhairi"), ("Maclean", "Lachlan"),
    ("MacLean", "Catriona"), ("McGregor", "Ewan"), ("MacGregor", "Morag"), ("McCallum", "Stuart"), ("Murray", "Shona"),
    ("Fraser", "Andrew"), ("Campbell", "Heather"), ("Stewart", "Gordon"), ("Robertson", "Karen"), ("Grant", "Douglas"),
    ("Sinclair", "Lorna"), ("Urquhart", "Neil"), ("Munro", "Gillian"), ("Gunn", "Ross"), ("Matheson", "Anne"),
    ("Ferguson", "Craig"), ("Henderson", "Alison"), ("Paterson", "Scott"), ("Drummond", "Ruth"), ("Crichton", "Keith"),
    ("Buchanan", "Elspeth"), ("Kerr", "Jamie"), ("Dalgleish", "Sheena"), ("Baird", "Callum"), ("Lindsay", "Moira"),
    ("Cruickshank", "Ian"), ("Dewar", "Fraser"), ("Tulloch", "Jean"), ("Halcrow", "Magnus"), ("Sutherland", "Kenneth"),
    ("Ogilvie", "Catherine"), ("Nardini", "Marco"), ("Sarwar", "Imran"), ("Malik", "Ayesha"), ("Wong", "Mei"),
]  # fmt: skip
# Gaelic names as Gaelic scholars and Gaelic-medium papers print them (family, given).
_GAELIC = [
    ("NicDhòmhnaill", "Mòrag"), ("MacDhòmhnaill", "Seumas"), ("Caimbeul", "Ruaraidh"), ("NicLeòid", "Catrìona"),
    ("MacLeòid", "Tormod"), ("MacAoidh", "Dòmhnall"), ("NicAoidh", "Sìne"), ("Mac an t-Saoir", "Iain"),
    ("Dòmhnallach", "Anna"), ("MacIlleathain", "Alasdair"), ("NicIlleathain", "Ealasaid"), ("Moireach", "Màiri"),
    ("MacCoinnich", "Donnchadh"), ("NicCoinnich", "Peigi"), ("Mac Gill-Eain", "Somhairle"), ("MacNèill", "Calum"),
]  # fmt: skip
_PUBLISHERS = [("Edinburgh University Press", "Edinburgh"), ("Routledge", "Abingdon"), ("Goodfellow", "Oxford"),
               ("Birlinn", "Edinburgh"), ("Luath Press", "Edinburgh"), ("Channel View Publications", "Bristol"),
               ("Pearson", "Harlow"), ("Sage", "London"), ("CABI", "Wallingford"), ("Kogan Page", "London"),
               ("Polygon", "Edinburgh"), ("Goodfellow Publishers", "Oxford")]  # fmt: skip
_JOURNALS = ["Journal of Marketing Management", "Tourism Management", "Scottish Affairs", "Scottish Geographical Journal",
             "Journal of Heritage Tourism", "Journal of Rural Studies", "British Food Journal",
             "International Journal of Wine Business Research", "Journal of Destination Marketing & Management",
             "Event Management", "Journal of Brand Management", "Northern Scotland", "Tourism Geographies",
             "International Journal of Hospitality Management", "Journal of Sustainable Tourism", "Marine Policy",
             "Annals of Tourism Research", "Scottish Gaelic Studies", "Journal of Place Management and Development"]  # fmt: skip
_UNIVERSITIES = ["University of Strathclyde", "University of Stirling", "Edinburgh Napier University",
                 "Robert Gordon University", "University of the Highlands and Islands", "University of Glasgow",
                 "Queen Margaret University", "Glasgow Caledonian University", "University of Aberdeen"]  # fmt: skip
_CONFERENCES = ["Academy of Marketing Conference", "CHME Research Conference", "Tourism Naturally Conference",
                "International Whisky Marketing Symposium", "ATLAS Annual Conference", "Scottish Food & Drink Research Forum",
                "EMAC Annual Conference"]  # fmt: skip
_GOVERNMENT = [("Scottish Government", {"government"}), ("The Scottish Government", {"government"}),
               ("VisitScotland", {"government"}), ("Scottish Enterprise", {"government"}),
               ("Highlands and Islands Enterprise", {"government"}), ("Highlands and Islands Enterprise (HIE)", {"government", "abbreviation"}),
               ("Food Standards Scotland", {"government"}), ("Historic Environment Scotland", {"government"}),
               ("Historic Environment Scotland (HES)", {"government", "abbreviation"}), ("Creative Scotland", {"government"}),
               ("NatureScot", {"government"}), ("Transport Scotland", {"government"}), ("Skills Development Scotland", {"government"}),
               ("Scottish Development International", {"government"}), ("South of Scotland Enterprise", {"government"}),
               ("National Records of Scotland", {"government"}), ("Bòrd na Gàidhlig", {"government"})]  # fmt: skip
_TRADE = [("Scotch Whisky Association", {"trade-body"}), ("The Scotch Whisky Association (SWA)", {"trade-body", "abbreviation"}),
          ("Scotland Food & Drink", {"trade-body", "ampersand"}), ("Salmon Scotland", {"trade-body"}),
          ("Seafood Scotland", {"trade-body"}), ("Scottish Tourism Alliance", {"trade-body"}),
          ("Wine & Spirit Trade Association (WSTA)", {"trade-body", "ampersand", "abbreviation"}),
          ("Edinburgh Festival Fringe Society", {"trade-body"}), ("Festivals Edinburgh", {"trade-body"}),
          ("Scottish Grocers' Federation", {"trade-body", "apostrophe"}), ("Scottish Land & Estates", {"trade-body", "ampersand"}),
          ("Scottish Licensed Trade Association", {"trade-body"}), ("The Data Lab", {"trade-body"}),
          ("Scottish Craft Distillers Association", {"trade-body"}), ("Harris Tweed Authority", {"trade-body"})]  # fmt: skip
_COMPANIES = [("William Grant & Sons", {"company", "ampersand"}), ("Diageo plc", {"company", "lowercase"}),
              ("Chivas Brothers", {"company"}), ("The Edrington Group", {"company"}), ("The Macallan", {"company"}),
              ("Isle of Harris Distillers Ltd", {"company"}), ("Mowi Scotland", {"company"}), ("Loch Duart Ltd", {"company"}),
              ("Baxters Food Group", {"company"}), ("Walkers Shortbread Ltd", {"company"}), ("Tunnock's", {"company", "apostrophe"}),
              ("Mackie's of Scotland", {"company", "apostrophe"}), ("A.G. Barr plc", {"company", "abbreviation"}),
              ("BrewDog plc", {"company"}), ("Caledonian MacBrayne", {"company"}), ("CalMac Ferries Ltd", {"company"}),
              ("Gleneagles Hotel", {"company"}), ("Johnstons of Elgin", {"company"}), ("Arbikie Distilling Ltd", {"company"}),
              ("The Leith Agency", {"company"}), ("Stand Agency", {"company"}), ("Whyte & Mackay", {"company", "ampersand"}),
              ("Atholl Estates", {"company"}), ("Highland Park", {"company"})]  # fmt: skip
_RESEARCH = ["Mintel", "Statista", "Kantar", "YouGov", "IWSR", "Euromonitor International", "Nielsen", "GlobalData"]
_PRESS = ["The Herald", "The Scotsman", "BBC Scotland", "BBC News", "The Press and Journal", "The Courier",
          "Daily Record", "The National", "The Sunday Post", "Scottish Field", "The Grocer", "The Drum"]  # fmt: skip
_TOPICS = ["whisky tourism", "Scotch whisky exports", "the Scottish salmon brand", "provenance marketing",
           "destination branding", "festival audiences", "island tourism", "Highland estates", "craft gin",
           "food and drink tourism", "the North Coast 500", "screen tourism", "Gaelic in branding", "heritage attractions",
           "seafood exports", "ferry resilience", "rural events", "ancestral tourism", "the Fringe", "minimum unit pricing",
           "responsible tourism", "premiumisation in Scotch", "Scottish provenance", "community-owned estates"]  # fmt: skip
_FORMS = ["{t}: a marketing perspective", "Rethinking {t} in Scotland", "{t} and the visitor economy",
          "Authenticity and {t}", "Marketing {t} to the diaspora", "{t}: evidence from the Highlands and Islands",
          "Place, provenance and {t}", "{t} after the pandemic", "The value of {t}", "Consumer perceptions of {t}",
          "{t} in a small nation", "Digital marketing and {t}"]  # fmt: skip


class Blind210WorkFactory(WorkFactory):
    """Works that Scottish food, drink, tourism and creative-industry marketers cite."""

    # The kinds of work the factory writes (Work.kind): public bodies', trade bodies' and research firms' reports are
    # "report", their pages and firms' pages "web".
    KINDS = ("book", "chapter", "journal", "thesis", "conference", "report", "web", "legislation", "annual-report",
             "news", "social", "video", "podcast")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 210)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.dated_organisations: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.4:
            family, given = self.rng.choice(_SCOTS)
        elif roll < 0.55:
            family, given = self.rng.choice(_GAELIC)
        else:
            fake = self.fakers[self.rng.choice(_LOCALES)]
            family, given = fake.last_name(), fake.first_name()
            if self.rng.random() < 0.06:
                family = f"{family}-{self.fakers['en_GB'].last_name()}"
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[36, 26, 15, 9, 6, 3, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if person not in people:
                people.append(person)
        return people

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.06:
            return self.rng.randint(1975, 1999)
        return self.rng.randint(2008, 2025)

    def _recent(self) -> int:
        """An organisation's or a web page's year: none of these bodies published before the 2000s."""
        return self.rng.randint(2008, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        if issued is None:
            start = datetime.date(2022, 1, 1)
        else:
            start = datetime.date(issued[0], issued[1] if len(issued) > 1 else 12, issued[2] if len(issued) > 2 else 28)
            start = max(start, datetime.date(2021, 6, 1))
        day = start + datetime.timedelta(days=self.rng.randint(1, 600))
        day = min(day, datetime.date(2026, 11, 28))
        if issued is not None and day < start:
            day = start
        return {"date-parts": [[day.year, day.month, day.day]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        title = self.rng.choice(_FORMS).format(t=topic)
        return title[0].upper() + title[1:]

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "thesis", "conference", "government", "legislation", "trade-body", "company",
             "annual-report", "market-research", "news", "social", "video", "podcast", "web"],
            weights=[12, 6, 20, 4, 3, 10, 3, 8, 6, 4, 7, 9, 2, 2, 2, 5],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then one organisation's second work of a year ("VisitScotland, 2023a" and "2023b").
        if self.dated_organisations and "issued" in record and kind in ("report", "web") and self.rng.random() < 0.12:
            name, tags, issued = self.rng.choice(self.dated_organisations)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
        if "issued" in record and kind in ("report", "web"):
            self.dated_organisations.append((name, set(tags), record["issued"]))
        return super()._org_work(record, kind, name, set(tags))

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 280)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["Tourism in Scotland", "The Routledge handbook of whisky tourism",
                                                "Food and drink tourism: principles and practice",
                                                "Festival and event management", "Marketing places and spaces",
                                                "The Highlands and Islands: a contemporary reader"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 95)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{start}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.choice(['1080', '1016', '3366', '1108'])}/{self.rng.choice(['0267257X', 'j.tourman', 'scot', 'BFJ'])}.{self.rng.randint(2008, 2025)}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": [self.person()],
            "issued": {"date-parts": [[self.year()]]}, "genre": self.rng.choice(["PhD thesis", "MSc dissertation",
                                                                                  "DBA thesis", "MPhil thesis"]),
            "publisher": self.rng.choice(_UNIVERSITIES),
        }  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": f"Proceedings of the {self.rng.choice(_CONFERENCES)}",
            "issued": {"date-parts": [[year]]},
            "publisher-place": self.rng.choice(["Glasgow", "Edinburgh", "Stirling", "Aberdeen", "Inverness", "Dundee"]),
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        slug = self.fakers["en_GB"].slug()
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]), "title": self._title() if self.rng.random() < 0.5 else
            self.rng.choice(["Scotland outlook 2030", "Scotland's national strategy for economic transformation",
                             "Visitor survey", "Regional food and drink action plan", "Islands plan review",
                             "Scotland's culture strategy", "Gaelic language plan", "Insight: key facts on tourism"]),
            "issued": {"date-parts": [[self._recent()]]},
            "URL": f"https://www.{self.rng.choice(['gov.scot', 'visitscotland.org', 'hie.co.uk', 'foodstandards.gov.scot', 'historicenvironment.scot', 'scottish-enterprise.com'])}/publications/{slug}",
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = "Edinburgh"
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _legislation(self) -> Work:
        # An Act cited under the body that made it: "Scottish Parliament (2012) Alcohol (Minimum Pricing) (Scotland) Act 2012".
        act, year = self.rng.choice([("Alcohol (Minimum Pricing) (Scotland) Act 2012", 2012),
                                     ("Islands (Scotland) Act 2018", 2018), ("Land Reform (Scotland) Act 2016", 2016),
                                     ("Visitor Levy (Scotland) Act 2024", 2024),
                                     ("Gaelic Language (Scotland) Act 2005", 2005),
                                     ("Circular Economy (Scotland) Act 2024", 2024),
                                     ("Good Food Nation (Scotland) Act 2022", 2022),
                                     ("Community Empowerment (Scotland) Act 2015", 2015),
                                     ("Food (Scotland) Act 2015", 2015), ("Tobacco and Primary Medical Services (Scotland) Act 2010", 2010)])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": act, "issued": {"date-parts": [[year]]},
                                  "publisher": "The Stationery Office", "publisher-place": "Edinburgh",
                                  "URL": f"https://www.legislation.gov.uk/asp/{year}/{self.rng.randint(1, 20)}/contents"}  # fmt: skip
        record["accessed"] = self._accessed_after([year])
        return self._org_work(record, "legislation", "Scottish Parliament", {"legislation", "government"})

    def _trade_body(self) -> Work:
        name, tags = self.rng.choice(_TRADE)
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": self.rng.choice([self._title(), f"Facts and figures {self.rng.randint(2015, 2025)}",
                                      "Economic impact report", "Membership survey", "Export statistics"]),
            "URL": f"https://www.{name.split(' (')[0].lower().replace(' ', '').replace('&', 'and').replace(chr(39), '')}.org.uk/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        if self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[self._recent()]]}
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _company(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        record: dict[str, Any] = {
            "type": "webpage", "title": self.rng.choice(["Our story", "Sustainability", "Our distillery", "Visit us",
                                                         "Provenance and quality", "Press releases", self._title()]),
            "URL": f"https://www.{self.fakers['en_GB'].domain_word()}.co.uk/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["issued"] = {"date-parts": [[self._recent()]]}
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        return self._org_work(record, "web", name, tags)

    def _annual_report(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES + _TRADE)
        year = self._recent()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report and accounts {year}",
                                                        f"Annual review {year - 1}/{str(year)[2:]}",
                                                        "Sustainability report", "Strategic report"]),
            "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0],
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = (
                f"https://www.{self.fakers['en_GB'].domain_word()}.com/investors/{self.fakers['en_GB'].slug()}"
            )
            record["accessed"] = self._accessed_after([year])
        return self._org_work(record, "annual-report", name, tags)

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self._recent() if self.rng.random() < 0.9 else None
        market = self.rng.choice(
            [
                "Scotch whisky",
                "gin",
                "premium spirits",
                "salmon and seafood",
                "staycations",
                "domestic tourism",
                "festivals and live events",
                "shortbread and biscuits",
                "craft beer",
                "outdoor holidays",
            ]
        )
        country = self.rng.choice(["UK", "Scotland", "US", "Europe"])
        record: dict[str, Any] = {
            "type": "report", "publisher": name,
            "title": self.rng.choice([f"{market.capitalize()} - {country} - {year or 2024}",
                                      f"{market.capitalize()} in the {country}: market report",
                                      f"Volume of {market} sold in the {country} from 2015 to {year or 2024}",
                                      f"{country} {market} market forecast to 2030"]),
            "URL": f"https://www.{name.split()[0].lower()}.com/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after([year] if year else None)
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        year = self.year()
        issued = [max(year, 2005), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": paper,
            "issued": {"date-parts": [issued]}, "URL": self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path(),
        }  # fmt: skip
        record["accessed"] = self._accessed_after(issued)
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _social(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT[:4] + _COMPANIES[:8] + _TRADE[:4])
        issued = [self.rng.randint(2018, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {
            "type": "post", "title": self.rng.choice(["Our new spirit of Scotland film is live", "Sailings update",
                                                      "Meet the team behind this year's release", "Fèis season starts"]),
            "container-title": self.rng.choice(["Instagram", "X (formerly Twitter)", "LinkedIn", "Facebook", "TikTok"]),
            "issued": {"date-parts": [issued]}, "URL": "",
        }  # fmt: skip
        site = {"Instagram": "instagram.com/p", "X (formerly Twitter)": "x.com/status", "LinkedIn": "linkedin.com/posts",
                "Facebook": "facebook.com/posts", "TikTok": "tiktok.com/video"}[record["container-title"]]  # fmt: skip
        record["URL"] = f"https://www.{site}/{self.fakers['en_GB'].lexify('???????????')}"
        record["accessed"] = self._accessed_after(issued)
        return self._org_work(record, "social", name, tags | {"social"})

    def _video(self) -> Work:
        name, tags = self.rng.choice(
            _GOVERNMENT[:3] + _COMPANIES[:8] + [("BBC Scotland", {"press"}), ("The Scotsman", {"press"})]
        )
        issued = [self.rng.randint(2012, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {
            "type": "webpage", "title": self.rng.choice(["Scotland is now", "Inside the distillery", "From loch to plate",
                                                         "A year on the estate", self._title()]),
            "container-title": "YouTube", "issued": {"date-parts": [issued]},
            "URL": f"https://www.youtube.com/watch?v={self.fakers['en_GB'].lexify('???????????')}",
        }  # fmt: skip
        record["accessed"] = self._accessed_after(issued)
        return self._org_work(record, "video", name, tags | {"video"})

    def _podcast(self) -> Work:
        issued = [self.rng.randint(2016, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {
            "type": "webpage", "title": f"Episode {self.rng.randint(1, 240)}: {self._title().lower()}",
            "container-title": self.rng.choice(["The Whisky Show podcast", "Scotland's Tourism Podcast",
                                                "The Food and Drink Podcast", "Fringe Talks"]),
            "issued": {"date-parts": [issued]}, "author": self._people(2),
            "URL": self.fakers["en_GB"].url() + "podcast/" + self.fakers["en_GB"].slug(),
        }  # fmt: skip
        record["accessed"] = self._accessed_after(issued)
        return self._person_work(record, "podcast")

    def _web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(),
                                  "URL": self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path()}  # fmt: skip
        if self.rng.random() < 0.5:  # undated pages, cited "n.d."
            record["accessed"] = self._accessed_after(None)
        else:
            record["issued"] = {"date-parts": [[self._recent()]]}
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        if self.rng.random() < 0.5:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.rng.choice(_GOVERNMENT + _TRADE + _COMPANIES)
        return self._org_work(record, "web", name, tags | ({"undated"} if "issued" not in record else set()))
