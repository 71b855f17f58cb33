"""The blind216 pool's works: what marketers at car makers, electric-vehicle start-ups, dealer groups, leasing and
subscription firms, charging networks, tyre and parts makers and mobility apps in the UK, Germany, France, Sweden,
China and Japan cite in CIM Level 6 and 7 reports and MBA assignments written in English.

Textbooks (Kogan Page, Routledge, Springer), chapters, journal articles with one to eight authors and DOIs, theses
(Coventry, Warwick WMG, Loughborough, Chalmers, TU München), EVS and SAE papers, public bodies and regulators, trade
bodies, makers' and retailers' pages, annual reports and investor decks, market research with years, the press signed
and unsigned, social posts, videos, podcasts and undated pages. German names with umlauts and "von", Swedish names
with å, ä and ö, Chinese and Japanese names family name first as their owners print them on English-language papers.
Written without reading the checker, its tests or any other pool.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "thesis", "conference", "government", "trade-body", "company-web",
         "company-report", "market-research", "news", "social", "video", "podcast", "web")  # fmt: skip

# (family, given): British, German, French, Swedish, Chinese and Japanese names as their owners print them.
_NAMES = [
    ("Whitfield", "Sarah"), ("Patel", "Anish"), ("Hughes", "Gareth"), ("O'Connell", "Niamh"), ("Marsden", "Tom"),
    ("Bakewell", "Claire"), ("Ashworth-Lee", "Rebecca"), ("McAllister", "Iain"), ("Okafor", "Chinedu"),
    ("Kaur", "Harpreet"), ("Fielding", "James"), ("Dunmore", "Helen"), ("Steward", "Paul"), ("Brennan", "Kate"),
    ("Müller", "Jürgen"), ("Schäfer", "Katrin"), ("Böhm", "Matthias"), ("Weiß", "Stefanie"), ("Krüger", "Lars"),
    ("Hoffmann", "Anja"), ("Schröder", "Felix"), ("Günther", "Tobias"), ("Wagner", "Lena"), ("Nüßlein", "Maximilian"),
    ("Dubois", "Camille"), ("Lefèvre", "Étienne"), ("Girard", "Hélène"), ("Moreau", "Julien"), ("Faure", "Léa"),
    ("Åberg", "Johan"), ("Söderström", "Maria"), ("Lindqvist", "Erik"), ("Öberg", "Karin"), ("Ekström", "Björn"),
    ("Håkansson", "Sofia"), ("Nyström", "Anders"), ("Sjöberg", "Linnea"), ("Wänström", "Ulrika"),
    ("Wang", "Xiaoming"), ("Li", "Jing"), ("Zhang", "Wei"), ("Chen", "Yufei"), ("Liu", "Hao"), ("Zhao", "Lin"),
    ("Xu", "Ying"), ("Huang", "Zhiqiang"), ("Sun", "Meiling"), ("Tanaka", "Hiroshi"), ("Suzuki", "Yuki"),
    ("Yamamoto", "Kenji"), ("Takahashi", "Aiko"), ("Sato", "Daisuke"), ("Fujimoto", "Takahiro"), ("Itō", "Haruka"),
    ("Ōno", "Shinji"), ("Matsumoto", "Emi"),
]  # fmt: skip
_PARTICLE_NAMES = [("von", "Hagen", "Klara"), ("von", "Weizsäcker", "Moritz"), ("van", "Dijk", "Sanne"),
                   ("de", "la Tour", "Pauline"), ("von der", "Heyde", "Lukas"), ("de", "Vries", "Pieter")]  # fmt: skip
_PUBLISHERS = [("Kogan Page", "London"), ("Routledge", "Abingdon"), ("Springer", "Cham"), ("Springer Gabler", "Wiesbaden"),
               ("Pearson", "Harlow"), ("Palgrave Macmillan", "London"), ("SAE International", "Warrendale, PA"),
               ("Emerald Publishing", "Bingley")]  # fmt: skip
_JOURNALS = ["Transportation Research Part D: Transport and Environment", "Journal of Cleaner Production",
             "International Journal of Automotive Technology and Management", "Journal of Product & Brand Management",
             "Energy Policy", "Technological Forecasting and Social Change", "Journal of Marketing Management",
             "World Electric Vehicle Journal", "Journal of Business Research", "Sustainability"]  # fmt: skip
_TOPICS = ["electric vehicle adoption", "range anxiety", "public charging", "brand loyalty in premium cars",
           "online car retailing", "the agency sales model", "car subscription", "battery leasing", "salary sacrifice",
           "used EV residual values", "over-the-air updates", "in-car subscriptions", "dealer network consolidation",
           "green advertising claims", "fleet electrification", "Chinese carmakers in Europe", "test-drive journeys",
           "home charging tariffs", "tyre labelling", "connected car data", "mobility as a service", "brand heritage"]  # fmt: skip
_THESES = [("Coventry University", "Coventry"), ("University of Warwick, WMG", "Coventry"),
           ("Loughborough University", "Loughborough"), ("Chalmers University of Technology", "Gothenburg"),
           ("Technische Universität München", "Munich")]  # fmt: skip
_CONFERENCES = [("36th International Electric Vehicle Symposium and Exhibition (EVS36)", "Sacramento, CA"),
                ("35th International Electric Vehicle Symposium and Exhibition (EVS35)", "Oslo"),
                ("WCX SAE World Congress Experience", "Detroit, MI"), ("SAE Technical Paper Series", "Warrendale, PA")]  # fmt: skip
_GOVERNMENT = [("Department for Transport", "https://www.gov.uk/government/statistics/"),
               ("Department for Transport (DfT)", "https://www.gov.uk/government/publications/"),
               ("Office for Zero Emission Vehicles", "https://www.gov.uk/government/organisations/office-for-zero-emission-vehicles/"),
               ("Driver and Vehicle Licensing Agency (DVLA)", "https://www.gov.uk/government/organisations/driver-and-vehicle-licensing-agency/"),
               ("Advertising Standards Authority", "https://www.asa.org.uk/rulings/"),
               ("ASA", "https://www.asa.org.uk/news/"), ("European Commission", "https://ec.europa.eu/"),
               ("European Environment Agency", "https://www.eea.europa.eu/publications/"),
               ("Kraftfahrt-Bundesamt", "https://www.kba.de/EN/"),
               ("Ministry of Industry and Information Technology of the People's Republic of China", "https://www.miit.gov.cn/"),
               ("Competition and Markets Authority", "https://www.gov.uk/cma-cases/")]  # fmt: skip
_TRADE_BODIES = [("Society of Motor Manufacturers and Traders", "https://www.smmt.co.uk/"),
                 ("SMMT", "https://www.smmt.co.uk/"), ("ACEA", "https://www.acea.auto/"),
                 ("European Automobile Manufacturers' Association (ACEA)", "https://www.acea.auto/"),
                 ("Verband der Automobilindustrie (VDA)", "https://www.vda.de/en/"),
                 ("International Energy Agency", "https://www.iea.org/reports/"), ("IEA", "https://www.iea.org/"),
                 ("International Council on Clean Transportation", "https://theicct.org/publication/"),
                 ("ICCT", "https://theicct.org/"), ("National Franchised Dealers Association", "https://www.nfda-uk.co.uk/"),
                 ("BVRLA", "https://www.bvrla.co.uk/"), ("ChargeUK", "https://chargeuk.org/")]  # fmt: skip
_COMPANIES = [("Volkswagen AG", "https://www.volkswagen-group.com/"), ("BMW Group", "https://www.bmwgroup.com/en/"),
              ("Mercedes-Benz Group AG", "https://group.mercedes-benz.com/"), ("Stellantis N.V.", "https://www.stellantis.com/en/"),
              ("Renault Group", "https://www.renaultgroup.com/en/"), ("Volvo Cars", "https://www.volvocars.com/intl/"),
              ("Polestar", "https://www.polestar.com/uk/"), ("Tesla, Inc.", "https://ir.tesla.com/"),
              ("BYD Company Ltd.", "https://www.byd.com/eu/"), ("Toyota Motor Corporation", "https://global.toyota/en/"),
              ("Nissan Motor Co., Ltd.", "https://global.nissannews.com/en/"), ("Nissan", "https://www.nissan.co.uk/"),
              ("Arnold Clark", "https://www.arnoldclark.com/"), ("Cazoo", "https://www.cazoo.co.uk/"),
              ("Octopus Electric Vehicles", "https://octopusev.com/"), ("Pod Point", "https://pod-point.com/"),
              ("Zapmap", "https://www.zap-map.com/"), ("Michelin", "https://www.michelin.com/en/"),
              ("Continental AG", "https://www.continental.com/en/"), ("Halfords Group plc", "https://www.halfordscompany.com/"),
              ("Lex Autolease", "https://www.lexautolease.co.uk/"), ("Onto", "https://www.onto.com/"),
              ("Marks & Clerk", "https://www.marks-clerk.com/"), ("Lookers plc", "https://www.lookers.co.uk/"),
              ("Ionity", "https://ionity.eu/en/"), ("Bolt", "https://bolt.eu/en-gb/")]  # fmt: skip
_RESEARCH = [("J.D. Power", "https://www.jdpower.com/business/press-releases/"), ("Autotrader", "https://plc.autotrader.co.uk/"),
             ("Kantar", "https://www.kantar.com/inspiration/"), ("Mintel", "https://reports.mintel.com/display/"),
             ("BloombergNEF", "https://about.bnef.com/"), ("Statista", "https://www.statista.com/statistics/"),
             ("Deloitte", "https://www2.deloitte.com/uk/en/insights/"), ("McKinsey & Company", "https://www.mckinsey.com/industries/automotive-and-assembly/our-insights/")]  # fmt: skip
_UNSIGNED = ["Electrive", "Automotive News Europe", "BBC News", "Fleet News", "Reuters", "Car Dealer Magazine"]
_PRESS = ["Autocar", "What Car?", "Electrive", "Automotive News Europe", "Financial Times", "BBC News", "Fleet News",
          "Auto Express", "Handelsblatt", "Reuters", "Nikkei Asia", "Car Dealer Magazine", "Marketing Week"]  # fmt: skip
_CHANNELS = ["Fully Charged Show", "carwow", "Electric Vehicle Man", "Autocar", "Top Gear", "Polestar", "BYD UK",
             "Bjørn Nyland", "The Car Expert"]  # fmt: skip
_PODCASTS = ["The Transport Podcast", "Autocar Podcast", "Fully Charged Podcast", "Marketing Week Podcast",
             "The Electrified Podcast"]  # fmt: skip
_SOCIAL = [("Polestar", "@PolestarCars"), ("BYD Company Ltd.", "@BYDCompany"), ("Zapmap", "@zapmap"),
           ("SMMT", "@SMMT"), ("Octopus Electric Vehicles", "@OctopusEV"), ("Volkswagen AG", "@VWGroup"),
           ("Tesla, Inc.", "@Tesla"), ("Volvo Cars", "@volvocars"), ("Pod Point", "@PodPoint"), ("Arnold Clark", "@ArnoldClark")]  # fmt: skip
_PLATFORMS = {"X": "https://x.com/{h}/status/", "LinkedIn": "https://www.linkedin.com/posts/{h}_",
              "Instagram": "https://www.instagram.com/p/", "TikTok": "https://www.tiktok.com/{h}/video/"}  # fmt: skip


class Blind216WorkFactory(WorkFactory):
    """Works from one seed: its own random source, so the other pools' factories are unchanged."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 216)
        self.dated_orgs: list[tuple[str, dict[str, Any], str]] = []

    # ---------------------------------------------------------------- people, dates and titles
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.7:
            family, given = self.rng.choice(_NAMES)
            return {"family": family, "given": given}
        if roll < 0.8:
            particle, family, given = self.rng.choice(_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        fake = self.fakers[self.rng.choice(["en_GB", "de_DE", "fr_FR", "en_GB"])]
        family = fake.last_name().split()[-1]
        return {"family": family, "given": fake.first_name()}

    def year(self) -> int:
        if self.rng.random() < 0.04:
            return self.rng.randint(1988, 2005)
        return self.rng.randint(2012, 2025)

    def accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        low = max(2022, year or 2022)
        return {
            "date-parts": [[self.rng.randint(low, max(low, 2025)), self.rng.randint(1, 12), self.rng.randint(1, 28)]]
        }

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]}: evidence from the UK market", f"Understanding {topic} among private buyers",
                 f"{topic[0].upper()}{topic[1:]} and brand trust", f"What drives {topic}? A mixed-methods study",
                 f"{topic[0].upper()}{topic[1:]} in Germany, Sweden and China", f"Rethinking {topic} after the 2035 phase-out decision",
                 f"Marketing {topic}: a consumer perspective", f"The effect of {topic} on purchase intention"]  # fmt: skip
        return self.rng.choice(forms)

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        seen: set[str] = set()
        people = []
        while len(people) < count:
            person = self.person()
            if person["family"] not in seen:
                seen.add(person["family"])
                people.append(person)
        return people

    # ---------------------------------------------------------------- the mix
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(KINDS), weights=[10, 5, 20, 4, 4, 9, 7, 8, 6, 7, 9, 2, 3, 2, 4])[0]
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        record = work.record
        if "accessed" in record and "issued" in record:  # read on or after the day it was published
            issued = record["issued"]["date-parts"][0]
            if record["accessed"]["date-parts"][0][: len(issued)] < issued:
                record["accessed"] = {"date-parts": [[issued[0], 12, 28]]}
        return work

    def _dated(self, record: dict[str, Any], undated: float = 0.0) -> int | None:
        if self.rng.random() < undated:
            return None
        year = self.year()
        record["issued"] = {"date-parts": [[year]]}
        return year

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str], base: str = "") -> Work:
        # now and then a second work of an organisation already listed, in the same year ("SMMT, 2024a" and "2024b")
        if "issued" in record and self.dated_orgs and self.rng.random() < 0.15:
            name, issued, url = self.rng.choice(self.dated_orgs)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "URL" in record:
                record["URL"] = url + self.fakers["en_GB"].slug()
            if "publisher" in record:
                record["publisher"] = name
            if "accessed" in record:
                record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0][0])
        if "issued" in record:
            base = base or record.get("URL", "https://www.example.org/").rsplit("/", 1)[0] + "/"
            self.dated_orgs.append((name, record["issued"], base))
        tags = set(tags)
        if "&" in name:
            tags.add("ampersand")
        if "'" in name:
            tags.add("apostrophe")
        if "(" in name:
            tags.add("abbreviation")
        return self._org_work(record, kind, name, tags)

    def _web_record(self, base: str, kind_type: str = "webpage", undated: float = 0.15) -> dict[str, Any]:
        record: dict[str, Any] = {"type": kind_type, "title": self._title(), "URL": base + self.fakers["en_GB"].slug()}
        year = self._dated(record, undated)
        record["accessed"] = self.accessed_after(year)
        return record

    # ---------------------------------------------------------------- scholarly works
    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "publisher": publisher, "publisher-place": place}  # fmt: skip
        self._dated(record)
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 7))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS[:4])
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["Handbook of automotive marketing", "Electric mobility: markets and policy",
                                                "Automotive brand management", "The future of the car dealership"]),
            "publisher": publisher, "publisher-place": place, "page": f"{start}-{start + self.rng.randint(12, 30)}",
        }  # fmt: skip
        self._dated(record)
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 2400)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "volume": str(self.rng.randint(3, 420)),
            "issue": str(self.rng.randint(1, 12)), "page": f"{start}-{start + self.rng.randint(9, 28)}",
        }  # fmt: skip
        self._dated(record)
        if self.rng.random() < 0.65:
            record["DOI"] = (
                f"10.{self.rng.choice(['1016', '1108', '1504', '3390'])}/{self.rng.choice(['j.trd', 'j.jclepro', 'IJATM', 'JPBM'])}.{self.rng.randint(2014, 2025)}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university, place = self.rng.choice(_THESES)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": self._people(1),
                                  "genre": self.rng.choice(["PhD thesis", "MBA dissertation", "MSc dissertation", "Dissertation (Dr.-Ing.)"]),
                                  "publisher": university, "publisher-place": place}  # fmt: skip
        self._dated(record)
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        event, place = self.rng.choice(_CONFERENCES)
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(6),
                                  "container-title": f"Proceedings of the {event}", "event-place": place,
                                  "publisher-place": place}  # fmt: skip
        self._dated(record)
        if "SAE" in event:
            record["number"] = f"{self.rng.randint(2016, 2025)}-01-{self.rng.randint(1000, 9999):04d}"
        return self._person_work(record, "conference")

    # ---------------------------------------------------------------- organisations
    def _government(self) -> Work:
        name, base = self.rng.choice(_GOVERNMENT)
        record = self._web_record(base, self.rng.choice(["webpage", "report"]), undated=0.05)
        return self._org(record, "government", name, {"government"})

    def _trade_body(self) -> Work:
        name, base = self.rng.choice(_TRADE_BODIES)
        record = self._web_record(base, self.rng.choice(["webpage", "report"]), undated=0.05)
        return self._org(record, "trade-body", name, {"trade-body"})

    def _company_web(self) -> Work:
        name, base = self.rng.choice(_COMPANIES)
        record = self._web_record(base, undated=0.3)
        return self._org(record, "company-web", name, {"company"})

    def _company_report(self) -> Work:
        name, base = self.rng.choice(_COMPANIES[:11])
        record: dict[str, Any] = {"type": "report", "publisher": name}
        year = self._dated(record)
        record["title"] = self.rng.choice([f"Annual report {year}", f"Capital Markets Day {year}: investor presentation",
                                           f"Sustainability report {year}", f"Q{self.rng.randint(1, 4)} {year} results presentation",
                                           f"Annual and Sustainability Report {year}"])  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = base + self.fakers["en_GB"].slug() + ".pdf"
            record["accessed"] = self.accessed_after(year)
        return self._org(record, "company-report", name, {"company"})

    def _market_research(self) -> Work:
        name, base = self.rng.choice(_RESEARCH)
        market = self.rng.choice(["electric cars", "used cars", "car leasing", "EV charging", "car insurance", "tyres"])
        record: dict[str, Any] = {"type": "report", "publisher": name, "URL": base + self.fakers["en_GB"].slug()}
        year = self._dated(record, undated=0.08)
        shown = year or 2024
        record["title"] = self.rng.choice([f"{market.capitalize()} - UK - {self.rng.choice(['March', 'June', 'November'])} {shown}",
                                           f"Electric Vehicle Outlook {shown}", f"UK Sales Satisfaction Index (SSI) Study {shown}",
                                           f"Retail Price Index: {market} {shown}", f"{market.capitalize()} in Germany: market report {shown}"])  # fmt: skip
        record["accessed"] = self.accessed_after(year)
        return self._org(record, "market-research", name, {"market-research"})

    # ---------------------------------------------------------------- press and media
    def _news(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self.fakers["en_GB"].url() + self.fakers["en_GB"].slug(), "accessed": self.accessed_after(year),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(3)
            return self._person_work(record, "news")
        record["container-title"] = self.rng.choice(_UNSIGNED)
        return self._org(record, "news", record["container-title"], {"press"})

    def _social(self) -> Work:
        name, handle = self.rng.choice(_SOCIAL)
        base = dict(_COMPANIES + _TRADE_BODIES).get(name, "https://www.example.org/")
        platform = self.rng.choice(list(_PLATFORMS))
        year = self.rng.randint(2019, 2025)
        post = self.rng.choice(["Our new campaign is live", "Charging made simple", "Meet the new EX30", "Range you can rely on",
                                "Thank you to every driver who switched this year", "Now open: our new hub"])  # fmt: skip
        record: dict[str, Any] = {
            "type": "post", "title": f"{post} [{platform} post] {handle}", "container-title": platform,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": _PLATFORMS[platform].format(h=handle.lstrip("@")) + str(self.rng.randint(10**9, 10**10)),
            "accessed": self.accessed_after(year),
        }  # fmt: skip
        return self._org(record, "social", name, {"company", "social"}, base)

    def _video(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "motion_picture", "title": self._title(), "medium": "YouTube",
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.youtube.com/watch?v={self.fakers['en_GB'].lexify('???????????')}", "accessed": self.accessed_after(year),
        }  # fmt: skip
        if self.rng.random() < 0.4:
            record["author"] = self._people(2)
            return self._person_work(record, "video")
        return self._org(record, "video", self.rng.choice(_CHANNELS), {"channel"})

    def _podcast(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "song", "title": f"{self._title()} [podcast]", "container-title": self.rng.choice(_PODCASTS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://podcasts.apple.com/gb/podcast/{self.fakers['en_GB'].slug()}", "accessed": self.accessed_after(year),
            "author": self._people(2),
        }  # fmt: skip
        return self._person_work(record, "podcast")

    def _web(self) -> Work:
        record = self._web_record(self.fakers["en_GB"].url(), undated=0.4)
        if self.rng.random() < 0.5:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, _base = self.rng.choice(_COMPANIES + _TRADE_BODIES)
        return self._org(record, "web", name, {"undated"} if "issued" not in record else set())
