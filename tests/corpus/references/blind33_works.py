"""Works for the thirty-third held-out pool, "blind33": what automotive and mobility marketers cite.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a thirty-third hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how marketers at car
makers, dealer groups, leasing and subscription firms, charging networks, micromobility and ride-hailing companies
in the UK, Germany, France, Italy, Sweden, Japan, South Korea and India cite on CIM Level 6 and Level 7 courses:
textbooks and chapters, journal articles with one to eight authors, OEM and dealer-group annual reports, trade
bodies (SMMT, ACEA, VDA), government (DfT, OZEV) and EU Regulations, market research (JD Power, Auto Trader),
motoring press (Autocar, Auto Express, Automotive News), Which? tests, YouTube reviews, podcasts, LinkedIn posts,
press releases, pages with no date and pages read online with no access date noted.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["en_GB", "en_GB", "en_GB", "de_DE", "de_DE", "fr_FR", "it_IT", "sv_SE", "en_IN", "en_IN", "de_AT"]
# Romanised East Asian names as they appear on English-language papers and press (family, given).
_ROMANISED = [
    ("Tanaka", "Hiroshi"), ("Suzuki", "Kenta"), ("Watanabe", "Yui"), ("Takahashi", "Ryo"), ("Itō", "Makoto"),
    ("Satō", "Haruka"), ("Yamamoto", "Daisuke"), ("Kobayashi", "Emi"), ("Ōno", "Takeshi"), ("Nakajima", "Sayaka"),
    ("Kim", "Jihoon"), ("Park", "Seoyeon"), ("Lee", "Minjae"), ("Choi", "Eunji"), ("Jung", "Hyunwoo"),
    ("Kang", "Daeun"), ("Yoon", "Sungmin"), ("Han", "Sooah"), ("Shin", "Donghyuk"), ("Oh", "Jiwon"),
]  # fmt: skip
_INDIAN = [
    ("Mehta", "Rohan"), ("Iyer", "Kavya"), ("Bhattacharya", "Sourav"), ("Reddy", "Anjali"), ("Kulkarni", "Aditya"),
    ("Nair", "Lakshmi"), ("Chaudhary", "Vikram"), ("Banerjee", "Ishita"), ("Deshpande", "Nikhil"), ("Srinivasan", "Meera"),
    ("Gupta", "Arjun"), ("Sen Gupta", "Ananya"), ("Pillai", "Suresh"), ("Shah", "Priyanka"),
]  # fmt: skip
_PARTICLES = [("von", "Hohenberg", "Katharina"), ("von der", "Heide", "Lukas"), ("de", "Villiers", "Camille"),
              ("du", "Pont", "Mathilde"), ("van", "Houten", "Pieter"), ("di", "Marco", "Federica"),
              ("de la", "Fontaine", "Émilie"), ("zu", "Salm", "Maximilian")]  # fmt: skip
_EUROPEAN_HARD = [("Müller-Lüdenscheidt", "Jörg"), ("Bergström", "Åsa"), ("Lindqvist", "Björn"), ("Öberg", "Linnéa"),
                  ("Fernández-Castro", "Lucía"), ("D'Alessandro", "Giulia"), ("De Luca", "Matteo"),
                  ("Lefèvre", "Hélène"), ("Dubois-Mercier", "Clément"), ("Schäfer", "Ünal"), ("Håkansson", "Sven"),
                  ("O'Sullivan", "Niamh"), ("McAllister", "Fraser"), ("Rossi-Bianchi", "Chiara"), ("Weiß", "Franziska")]  # fmt: skip

# Organisations as they are written as authors, with tags saying what makes them hard.
_ORGANISATIONS = [
    ("Society of Motor Manufacturers and Traders", {"trade-body"}), ("SMMT", {"trade-body", "acronym"}),
    ("Society of Motor Manufacturers and Traders (SMMT)", {"trade-body", "abbreviation"}),
    ("ACEA", {"trade-body", "acronym"}), ("European Automobile Manufacturers' Association", {"trade-body", "apostrophe"}),
    ("Verband der Automobilindustrie (VDA)", {"trade-body", "abbreviation"}), ("BVRLA", {"trade-body", "acronym"}),
    ("National Franchised Dealers Association", {"trade-body"}), ("RAC Foundation", {"trade-body"}),
    ("Zap-Map", {"company"}), ("ChargeUK", {"trade-body"}), ("Euro NCAP", {"trade-body"}),
    ("International Council on Clean Transportation", {"trade-body"}), ("Transport & Environment", {"trade-body", "ampersand"}),
    ("Volkswagen AG", {"company"}), ("BMW Group", {"company"}), ("Mercedes-Benz Group AG", {"company"}),
    ("Stellantis N.V.", {"company"}), ("Renault Group", {"company"}), ("Toyota Motor Corporation", {"company"}),
    ("Nissan Motor Co., Ltd.", {"company", "comma"}), ("Hyundai Motor Company", {"company"}), ("Kia Corporation", {"company"}),
    ("Tata Motors Limited", {"company"}), ("Mahindra & Mahindra Ltd", {"company", "ampersand"}),
    ("Maruti Suzuki India Limited", {"company"}), ("Volvo Cars", {"company"}), ("Polestar", {"company"}),
    ("Jaguar Land Rover", {"company"}), ("JLR", {"company", "acronym"}), ("Ferrari N.V.", {"company"}),
    ("Inchcape plc", {"company"}), ("Vertu Motors plc", {"company"}), ("Lookers Ltd", {"company"}),
    ("Pendragon PLC", {"company"}), ("Arnold Clark Automobiles Ltd", {"company"}), ("Cazoo", {"company"}),
    ("Motability Operations", {"company"}), ("Lex Autolease", {"company"}), ("Octopus Electric Vehicles", {"company"}),
    ("Onto", {"company"}), ("Ionity", {"company"}), ("Pod Point", {"company"}), ("bp pulse", {"company", "lowercase"}),
    ("Gridserve", {"company"}), ("Lime", {"company"}), ("Voi Technology", {"company"}), ("Uber", {"company"}),
    ("Bolt", {"company"}), ("Ola", {"company"}), ("Deloitte", {"company"}), ("McKinsey & Company", {"company", "ampersand"}),
    ("KPMG", {"company", "acronym"}), ("PwC", {"company"}), ("Ernst & Young", {"company", "ampersand"}),
    ("Cox Automotive", {"company"}), ("Auto Trader", {"company"}), ("Auto Trader Group plc", {"company"}),
    ("What Car?", {"press", "punctuation"}), ("Which?", {"trade-body", "punctuation"}),
    ("Honest John", {"press"}), ("carwow", {"company", "lowercase"}), ("Autocar", {"press"}),
]  # fmt: skip
_GOVERNMENT = [
    ("Department for Transport", {"government"}), ("DfT", {"government", "acronym"}),
    ("Office for Zero Emission Vehicles", {"government"}), ("OZEV", {"government", "acronym"}),
    ("Driver and Vehicle Licensing Agency", {"government"}), ("DVSA", {"government", "acronym"}),
    ("Competition and Markets Authority", {"government"}), ("HM Treasury", {"government"}),
    ("Financial Conduct Authority", {"government"}), ("Office for National Statistics", {"government"}),
    ("European Commission", {"government"}), ("European Environment Agency", {"government"}),
    ("Kraftfahrt-Bundesamt", {"government"}), ("Ministry of Heavy Industries", {"government"}),
    ("Department for Energy Security and Net Zero", {"government"}), ("Transport for London", {"government"}),
    ("Greater London Authority", {"government"}), ("Transport Scotland", {"government"}),
]  # fmt: skip
_PLACES = {"ACEA": "Brussels", "European Automobile Manufacturers' Association": "Brussels", "Transport & Environment": "Brussels",
           "Verband der Automobilindustrie (VDA)": "Berlin", "Euro NCAP": "Leuven", "International Council on Clean Transportation": "Washington, DC"}  # fmt: skip
_LEGISLATION_BODIES = ["European Parliament and Council of the European Union", "European Commission"]
_EU_REGULATIONS = [
    "Regulation (EU) 2019/631 setting CO2 emission performance standards for new passenger cars and for new light commercial vehicles",
    "Regulation (EU) 2023/851 amending Regulation (EU) 2019/631 as regards strengthening the CO2 emission performance standards",
    "Regulation (EU) 2023/1804 on the deployment of alternative fuels infrastructure",
    "Regulation (EU) 2018/858 on the approval and market surveillance of motor vehicles",
    "Commission Regulation (EU) 2017/1151 supplementing Regulation (EC) No 715/2007 on type-approval of motor vehicles",
    "Regulation (EU) 2019/2144 on type-approval requirements for motor vehicles as regards their general safety",
    "Regulation (EU) 2024/1257 on type-approval of motor vehicles with respect to their emissions (Euro 7)",
]  # fmt: skip
_UK_ACTS = ["Automated and Electric Vehicles Act 2018", "Automated Vehicles Act 2024", "Consumer Rights Act 2015",
            "Consumer Credit Act 1974", "Road Traffic Act 1988", "Electric Vehicles (Smart Charge Points) Regulations 2021",
            "Public Charge Point Regulations 2023", "Vehicle Emissions Trading Schemes Order 2023"]  # fmt: skip
_PUBLISHERS = [("Kogan Page", "London"), ("Routledge", "Abingdon"), ("Pearson", "Harlow"), ("Sage", "London"),
               ("Springer", "Wiesbaden"), ("Springer Gabler", "Wiesbaden"), ("Palgrave Macmillan", "Cham"),
               ("Wiley", "Chichester"), ("Oxford University Press", "Oxford"), ("SAE International", "Warrendale, PA"),
               ("Edward Elgar", "Cheltenham"), ("Haynes", "Yeovil"), ("Bloomsbury Business", "London")]  # fmt: skip
_JOURNALS = ["Journal of Marketing", "European Journal of Marketing", "Journal of Business Research",
             "International Journal of Automotive Technology and Management", "Transportation Research Part D: Transport and Environment",
             "Journal of Retailing and Consumer Services", "Technological Forecasting and Social Change",
             "Journal of Product & Brand Management", "Industrial Marketing Management", "Energy Policy",
             "International Journal of Sustainable Transportation", "Journal of Marketing Management",
             "Transport Policy", "Journal of Cleaner Production", "Psychology & Marketing",
             "International Journal of Research in Marketing", "World Electric Vehicle Journal"]  # fmt: skip
_PRESS = ["Autocar", "Auto Express", "Automotive News Europe", "Automotive News", "Financial Times", "The Times",
          "The Guardian", "Car Dealer Magazine", "AM-online", "Fleet News", "Motor Trader", "Electrive",
          "Handelsblatt", "The Economic Times", "Nikkei Asia", "The Korea Herald", "BBC News", "Marketing Week",
          "Campaign", "The Drum", "Top Gear", "evo"]  # fmt: skip
_RESEARCH = ["JD Power", "J.D. Power", "Auto Trader", "Cox Automotive", "Mintel", "Statista", "GlobalData",
             "S&P Global Mobility", "Kantar", "YouGov", "Ipsos", "BloombergNEF", "Dataforce", "New AutoMotive"]  # fmt: skip
_CHANNELS = ["carwow", "Autocar", "Auto Express", "What Car?", "Top Gear", "Fully Charged Show", "Electric Vehicle Man",
             "Throttle House", "Doug DeMuro", "Marques Brownlee", "Harry's garage", "Bjørn Nyland", "Motor1.com"]  # fmt: skip
_PODCASTS = ["The Autocar Podcast", "Fully Charged Podcast", "Transport Matters", "Auto Futures", "The Dealer Podcast",
             "Ride the Future", "Car Dealer Podcast", "Marketing Week Uncovered", "The Electric Drive Podcast"]  # fmt: skip

_TOPICS = ["EV adoption", "range anxiety", "the ZEV mandate", "used EV prices", "dealer agency models",
           "direct-to-consumer car sales", "car subscription", "personal contract purchase", "brand loyalty in premium cars",
           "charging infrastructure", "software-defined vehicles", "over-the-air updates", "connected car data",
           "e-scooter sharing", "ride-hailing", "mobility as a service", "battery leasing", "residual values",
           "Chinese EV brands in Europe", "greenwashing in car advertising", "WLTP range claims", "safety ratings",
           "online car retailing", "showroom experience", "fleet electrification", "salary sacrifice schemes",
           "brand heritage", "autonomous driving", "customer satisfaction in aftersales", "product recalls",
           "two-wheeler buyers in India", "Korean car brands", "kei cars", "motor shows", "influencer test drives",
           "automotive sponsorship", "hydrogen cars", "plug-in hybrids", "vehicle-to-grid", "car clubs"]  # fmt: skip
_MARKETS = ["UK new car", "UK used car", "European EV", "German premium car", "Indian passenger vehicle",
            "Japanese kei car", "Korean EV", "UK public charging", "e-scooter", "ride-hailing", "car leasing",
            "car subscription", "UK van", "Italian city car", "Swedish EV"]  # fmt: skip


class Blind33WorkFactory(WorkFactory):
    """Automotive and mobility works: a subclass, so no other pool's corpus changes."""

    KINDS = ("book", "chapter", "journal", "report", "company-report", "government", "legislation", "web",
             "news", "trade-press", "market-research", "video", "podcast", "social", "press-release", "review")  # fmt: skip
    _WEIGHTS = (10, 5, 18, 6, 8, 6, 3, 9, 6, 6, 7, 4, 2, 3, 3, 3)

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 33033)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.seen: list[tuple[str, set[str], dict[str, Any], str]] = []

    # ------------------------------------------------------------------ people, organisations, dates
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.14:
            family, given = self.rng.choice(_ROMANISED)
            return {"family": family, "given": given}
        if roll < 0.26:
            family, given = self.rng.choice(_INDIAN)
            return {"family": family, "given": given}
        if roll < 0.32:
            particle, family, given = self.rng.choice(_PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.40:
            family, given = self.rng.choice(_EUROPEAN_HARD)
            return {"family": family, "given": given}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        words = family.split()
        if len(words) > 1 and words[0].islower():
            return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
        if self.rng.random() < 0.06:
            family = f"{family}-{self.fakers['en_GB'].last_name()}"
        return {"family": family, "given": given}

    def people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def year(self) -> int:
        if self.rng.random() < 0.04:
            return self.rng.randint(1983, 2004)  # the classics still cited (Porter, Kotler, Womack)
        return self.rng.randint(2012, 2025)

    def recent(self) -> int:
        return self.rng.randint(2017, 2025)  # videos, podcasts and posts

    def dated(self, year: int, day: bool) -> dict[str, list[list[int]]]:
        if day:
            return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        return {"date-parts": [[year]]}

    def accessed_after(self, issued: dict[str, Any] | None) -> dict[str, list[list[int]]]:
        parts = issued["date-parts"][0] if issued else [2023]
        year = self.rng.randint(max(parts[0], 2023), max(parts[0], 2023) + 1)
        date = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        if date[: len(parts)] < list(parts):
            date = [parts[0] + 1, date[1], date[2]]
        return {"date-parts": [date]}

    def _url(self, domain: str | None = None) -> str:
        fake = self.fakers["en_GB"]
        host = domain or fake.domain_name()
        return f"https://www.{host}/{fake.slug()}"

    def _slugify(self, name: str) -> str:
        return "".join(ch for ch in name.lower() if ch.isalnum())[:18] or "site"

    # ------------------------------------------------------------------ titles
    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        market = self.rng.choice(_MARKETS)
        forms = [
            f"{topic[0].upper()}{topic[1:]} and {other}: evidence from the {market} market",
            f"Understanding {topic}: segmenting the {market} market",
            f"From showroom to smartphone: {topic} in the {market} market",
            f"{topic[0].upper()}{topic[1:]}: a consumer perspective",
            f"The effect of {topic} on {other}",
            f"Marketing {topic} to {self.rng.choice(['fleet buyers', 'private buyers', 'Gen Z drivers', 'urban commuters', 'older motorists', 'first-time buyers'])}",
            f"Trust, price and {topic} in the {market} market",
            f"{topic[0].upper()}{topic[1:]} in {self.rng.choice(['Germany', 'the UK', 'France', 'Italy', 'Sweden', 'Japan', 'South Korea', 'India', 'Europe'])}",
        ]
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(self.KINDS, weights=self._WEIGHTS)[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person(self, record: dict[str, Any], kind: str, tags: set[str] | None = None) -> Work:
        work = self._person_work(record, kind)
        work.tags |= tags or set()
        return work

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then an organisation already cited, in the same year ("SMMT, 2024a" and "2024b").
        same = [(n, t, i) for n, t, i, k in self.seen if k == kind]
        if same and "issued" in record and self.rng.random() < 0.12:
            name, tags, issued = self.rng.choice(same)
            record["issued"] = {"date-parts": [list(issued["date-parts"][0])]}
            if "publisher" in record:
                record["publisher"] = name.split(" (")[0]
            if "publisher-place" in record:
                record["publisher-place"] = _PLACES.get(name, "London")
            if "accessed" in record:
                record["accessed"] = self.accessed_after(record["issued"])
        if "issued" in record:
            self.seen.append((name, tags, record["issued"], kind))
        return self._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "book", "title": self.rng.choice([self._title(), f"{self.rng.choice(['Automotive marketing', 'Marketing management', 'Strategic brand management', 'Mobility marketing', 'Car retailing', 'Electric mobility', 'Services marketing'])}"
                                                      f"{self.rng.choice(['', ': a global perspective', ': concepts and cases', ' in practice', ': strategy and implementation'])}"]),
            "author": self.people(4), "issued": self.dated(self.year(), False), "publisher": publisher,
            "publisher-place": place,
        }  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 16))
        return self._person(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 380)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self.people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["The Routledge companion to automotive marketing", "Handbook of electric mobility",
                                                "The future of the automotive industry", "Sustainable mobility and consumer behaviour",
                                                "Disrupting mobility", "Brand management in the car industry"]),
            "issued": self.dated(self.year(), False), "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 34)}",
        }  # fmt: skip
        return self._person(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 2400)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self.people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": self.dated(self.year(), False),
            "volume": str(self.rng.randint(5, 140)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{start}-{start + self.rng.randint(8, 28)}",
        }  # fmt: skip
        if self.rng.random() < 0.2:
            record.pop("issue")
            record.pop("page")
            record["page"] = str(self.rng.randint(100000, 139999))  # an article number
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/j.{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(2012, 2025)}.{self.rng.randint(100, 99999)}"
            )
        return self._person(record, "journal")

    def _report(self) -> Work:
        name, tags = self.rng.choice(_ORGANISATIONS[:14])
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([
                f"{self.rng.choice(['Motor Industry Facts', 'SMMT new car market outlook', 'The automobile industry pocket guide', 'Vehicles on the road', 'EV charging: state of the nation', 'Economic and market report'])} {year}",
                self._title()]),
            "issued": self.dated(year, False), "publisher": name.split(" (")[0],
            "publisher-place": _PLACES.get(name, "London"),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = self._url()
            record["accessed"] = self.accessed_after(record["issued"])
        if self.rng.random() < 0.1:
            record.pop("issued")
        return self._org(record, "report", name, tags)

    def _company_report(self) -> Work:
        name, tags = self.rng.choice(_ORGANISATIONS[14:42])
        year = self.year()
        title = self.rng.choice([f"Annual report {year}", f"Annual Report and Accounts {year}", f"Sustainability report {year}",
                                 f"Integrated report {year}", f"Strategic report {year}/{(year + 1) % 100:02d}",
                                 f"Capital markets day {year}", f"Annual results {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": self.dated(year + self.rng.randint(0, 1), False),
                                  "publisher": name}  # fmt: skip
        if self.rng.random() < 0.75:
            record["URL"] = self._url(f"{self._slugify(name)}.com")
            record["accessed"] = self.accessed_after(record["issued"])
        return self._org(record, "company-report", name, tags | {"company"})

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        year = self.year()
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": self.rng.choice([self._title(), f"Vehicle licensing statistics: {self.rng.choice(['January to March', 'April to June', 'July to September', 'October to December'])} {year}",
                                      "Zero emission vehicle mandate: consultation outcome", "Electric vehicle charging infrastructure strategy",
                                      "Plug-in van grant: eligibility guidance", "Transport and environment statistics", "Road traffic estimates",
                                      "Decarbonising transport: a better, greener Britain"]),
            "issued": self.dated(year, self.rng.random() < 0.5),
            "URL": f"https://www.gov.uk/government/publications/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        if self.rng.random() < 0.15:
            record.pop("issued")
        record["accessed"] = self.accessed_after(record.get("issued"))
        return self._org(record, "government", name, tags)

    def _legislation(self) -> Work:
        if self.rng.random() < 0.7:
            title = self.rng.choice(_EU_REGULATIONS)
            year = int(title.split("/")[0][-4:]) if "(EU) 20" in title else 2017
            record: dict[str, Any] = {"type": "legislation", "title": title, "issued": self.dated(year, True),
                                      "URL": f"https://eur-lex.europa.eu/eli/reg/{year}/{self.rng.randint(100, 2200)}/oj"}  # fmt: skip
            record["accessed"] = self.accessed_after(record["issued"])
            work = self._org_work(
                record, "legislation", self.rng.choice(_LEGISLATION_BODIES), {"legislation", "government"}
            )
            return work
        title = self.rng.choice(_UK_ACTS)
        year = int(title[-4:])
        record = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]}, "id": self._id()}
        return Work(record, title, str(year), True, 1, "legislation", {"legislation", "organisation"})

    def _web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url()}
        if self.rng.random() < 0.8:
            record["issued"] = self.dated(self.year(), self.rng.random() < 0.4)
        if self.rng.random() < 0.85:  # now and then read online and no access date noted
            record["accessed"] = self.accessed_after(record.get("issued"))
        if self.rng.random() < 0.35:
            record["author"] = self.people(2)
            return self._person(record, "web")
        name, tags = self.rng.choice(_ORGANISATIONS + _GOVERNMENT)
        return self._org(record, "web", name, tags | ({"undated"} if "issued" not in record else set()))

    def _news(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS[4:]),
            "issued": self.dated(self.year(), True), "URL": self._url(),
        }  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"])
        if self.rng.random() < 0.8:
            record["author"] = self.people(2)
            return self._person(record, "news")
        return self._org(record, "news", record["container-title"], {"press"})

    def _trade_press(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-magazine", "title": self._title(), "container-title": self.rng.choice(_PRESS[:4] + _PRESS[7:12]),
            "issued": self.dated(self.year(), True), "URL": self._url(),
        }  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"])
        if self.rng.random() < 0.85:
            record["author"] = self.people(3)
            return self._person(record, "trade-press")
        return self._org(record, "trade-press", record["container-title"], {"press"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year()
        market = self.rng.choice(_MARKETS)
        title = self.rng.choice([f"{year} UK Vehicle Dependability Study", f"{year} Sales Satisfaction Index (SSI) Study",
                                 f"Road to Zero report: {self.rng.choice(['January', 'April', 'July', 'October'])} {year}",
                                 f"{market[0].upper()}{market[1:]} market report {year}", f"Used car market report Q{self.rng.randint(1, 4)} {year}",
                                 f"Number of battery electric cars registered in the {market} market from 2015 to {year}",
                                 f"{market[0].upper()}{market[1:]} market: size, share and forecast to 2030"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name, "issued": self.dated(year, False),
                                  "URL": self._url(f"{self._slugify(name)}.com")}  # fmt: skip
        if self.rng.random() < 0.08:
            record.pop("issued")
        record["accessed"] = self.accessed_after(record.get("issued"))
        return self._org(record, "market-research", name, {"market-research"})

    def _video(self) -> Work:
        channel = self.rng.choice(_CHANNELS)
        model = self.rng.choice(["Kia EV3", "Hyundai Ioniq 5 N", "BMW i4", "VW ID.7", "Volvo EX30", "Renault 5 E-Tech",
                                 "Tata Nexon EV", "Fiat 600e", "Polestar 4", "Toyota C-HR", "Dacia Spring", "Mercedes CLA"])  # fmt: skip
        record: dict[str, Any] = {
            "type": "motion_picture", "title": self.rng.choice([f"{model} review: {self.rng.choice(['worth the money', 'the best EV of the year', 'range tested', 'is it better than a Tesla'])}?",
                                                               f"{model} real-world range test", f"Why dealers hate this car: {model}"]),
            "medium": "YouTube", "issued": self.dated(self.recent(), True), "URL": f"https://www.youtube.com/watch?v={self.fakers['en_GB'].lexify('???????????')}",
        }  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"])
        return self._org(record, "video", channel, {"video"})

    def _podcast(self) -> Work:
        record: dict[str, Any] = {
            "type": "song", "title": f"{self.rng.choice(['Episode', 'Ep.'])} {self.rng.randint(3, 280)}: {self._title()}",
            "container-title": self.rng.choice(_PODCASTS), "medium": "Podcast", "issued": self.dated(self.recent(), True),
            "URL": self._url("podcasts.apple.com"),
        }  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"])
        record["author"] = self.people(2)
        return self._person(record, "podcast")

    def _social(self) -> Work:
        record: dict[str, Any] = {
            "type": "post", "title": self.rng.choice([f"Thoughts on {self.rng.choice(_TOPICS)} after this week's figures",
                                                      f"What {self.rng.choice(_TOPICS)} means for dealers", self._title()]),
            "container-title": "LinkedIn", "issued": self.dated(self.recent(), True), "URL": f"https://www.linkedin.com/posts/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"])
        if self.rng.random() < 0.8:
            record["author"] = self.people(1)
            return self._person(record, "social")
        name, tags = self.rng.choice(_ORGANISATIONS[16:])
        return self._org(record, "social", name, tags)

    def _press_release(self) -> Work:
        name, tags = self.rng.choice(_ORGANISATIONS)
        record: dict[str, Any] = {
            "type": "webpage", "genre": "Press release",
            "title": self.rng.choice([f"{name.split(' (')[0]} announces {self.rng.choice(_TOPICS)} programme",
                                      f"New car registrations {self.rng.choice(['rise', 'fall', 'hold steady'])} in {self.rng.choice(['March', 'September', 'December'])}",
                                      f"Record year for {self.rng.choice(_TOPICS)}", self._title()]),
            "issued": self.dated(self.year(), True), "URL": self._url(f"{self._slugify(name)}.com"),
        }  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"])
        return self._org(record, "press-release", name, tags)

    def _review(self) -> Work:
        name = self.rng.choice(["Which?", "What Car?", "Euro NCAP", "Honest John", "Parkers", "Top Gear"])
        record: dict[str, Any] = {
            "type": "webpage", "title": self.rng.choice([f"Best and worst car brands {self.year()}", "Car reliability survey results",
                                                         "Electric car running costs explained", "Safety rating explained", self._title()]),
            "URL": self._url(f"{self._slugify(name)}.co.uk"),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["issued"] = self.dated(self.year(), False)
        record["accessed"] = self.accessed_after(record.get("issued"))
        return self._org(record, "review", name, {"punctuation"} if "?" in name else set())
