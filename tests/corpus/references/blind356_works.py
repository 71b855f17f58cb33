"""The blind356 pool's works: what marketers at leisure venues cite (HELD OUT).

Escape rooms, bowling alleys, indoor karting, trampoline and adventure parks, family entertainment centres and
competitive-socialising bars in the UK, Ireland, the Netherlands, Hungary, the Philippines and the United States,
written up as CIM Level 6 and 7 reports and MBA assignments in English. Written without reading the checker, its
tests or any other pool: textbooks on marketing, the experience economy and consumer behaviour and their
chapters, journal articles on leisure, experiential marketing, group booking and pricing, trade bodies,
regulators' and governments' guidance and statistics, operators' annual reports and press pages, market-research
reports, trade press, signed and unsigned news and undated web pages. Names are written as the region's scholars
and journals print them: Hungarian names with their accents in Western order ("Kovács, Á."), Irish names in
Irish ("Ó Briain", "Ní Mhurchú"), Dutch particles kept apart ("van der Meer"), Filipino compound surnames
("Dela Cruz", "De Guzman").
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "trade-body", "government", "annual-report", "press-release",
         "market-research", "trade-press", "news", "unsigned-news", "web")  # fmt: skip

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_US", "en_US", "en_IE", "nl_NL", "hu_HU", "en_PH"]

# Names as the region's journals print them (family, given).
_REGIONAL = [
    ("Kovács", "Ágnes"), ("Nagy", "Zoltán"), ("Szabó", "Eszter"), ("Tóth", "Gábor"), ("Horváth", "Réka"),
    ("Varga", "Balázs"), ("Kiss", "Dóra"), ("Molnár", "Péter"), ("Németh", "Krisztina"), ("Farkas", "Ildikó"),
    ("Lőrincz", "Judit"), ("Szőts", "Levente"), ("Gyimóthy", "Szilvia"), ("Michalkó", "Gábor"),
    ("Ó Briain", "Siobhán"), ("Ní Mhurchú", "Aoife"), ("O'Sullivan", "Ciarán"), ("Mac Cárthaigh", "Dónal"),
    ("Ó Ceallaigh", "Pádraig"), ("McGrath", "Orla"), ("Ní Dhomhnaill", "Róisín"), ("Fitzgerald", "Eoin"),
    ("Bakker", "Jeroen"), ("Visser", "Anouk"), ("Smit", "Bram"), ("Mulder", "Iris"), ("Jansen", "Maarten"),
    ("Dela Cruz", "Juan Paolo"), ("Reyes", "Maria Cristina"), ("Santos", "Jose Miguel"), ("Bautista", "Ma. Luisa"),
    ("Villanueva", "Rommel"), ("Del Rosario", "Angelica"), ("De Guzman", "Carlo"), ("Ocampo", "Bea"),
    ("Tan", "Jerome"), ("Lim", "Patricia"), ("Mendoza", "Ramon"), ("Aquino", "Kristine Joy"),
    ("Washington", "Darnell"), ("Nguyen", "Linh"), ("Kim", "Soo-jin"), ("Hernández", "Lucía"),
]  # fmt: skip
_DUTCH_PARTICLES = [("van", "Dijk", "Thijs"), ("van der", "Meer", "Lotte"), ("de", "Jong", "Sanne"),
                    ("van den", "Berg", "Joost"), ("ter", "Horst", "Maaike"), ("de", "Vries", "Femke"),
                    ("van", "Leeuwen", "Ruben")]  # fmt: skip

# (name, tags, kind): trade bodies, regulators and governments, operators, research firms.
_TRADE_BODIES = [
    ("IAAPA", {"acronym"}), ("International Association of Amusement Parks and Attractions (IAAPA)", {"abbreviation"}),
    ("British Association of Leisure Parks, Piers & Attractions (BALPPA)", {"ampersand", "abbreviation", "comma"}),
    ("British Tenpin Bowling Association", set()), ("International Association of Trampoline Parks (IATP)", {"abbreviation"}),
    ("Bowling Proprietors' Association of America", {"apostrophe"}), ("Association of Leading Visitor Attractions (ALVA)", {"abbreviation"}),
    ("UKHospitality", set()), ("ukactive", set()), ("Play Meets Play", set()), ("VisitBritain", set()),
    ("Fáilte Ireland", set()), ("Tourism Ireland", set()), ("NBTC Holland Marketing", {"acronym"}),
    ("Hungarian Tourism Agency", set()), ("Tourism Promotions Board Philippines", set()), ("U.S. Travel Association", {"abbreviation"}),
    ("Kartingnederland", set()), ("Motorsport UK", set()),
]  # fmt: skip
_GOVERNMENT = [
    ("Health and Safety Executive", set()), ("HSE", {"acronym"}), ("Department for Culture, Media and Sport", {"comma"}),
    ("Office for National Statistics", set()), ("Home Office", set()), ("Gambling Commission", set()),
    ("Competition and Markets Authority", set()), ("Advertising Standards Authority", set()),
    ("Health and Safety Authority", set()), ("Central Statistics Office", set()), ("CSO", {"acronym"}),
    ("Competition and Consumer Protection Commission", set()), ("Centraal Bureau voor de Statistiek", set()),
    ("CBS", {"acronym"}), ("Autoriteit Consument & Markt", {"ampersand"}), ("Rijksoverheid", set()),
    ("Hungarian Central Statistical Office", set()), ("KSH", {"acronym"}), ("Philippine Statistics Authority", set()),
    ("Department of Tourism", set()), ("Department of Trade and Industry", set()),
    ("U.S. Consumer Product Safety Commission", {"abbreviation"}), ("U.S. Bureau of Labor Statistics", {"abbreviation"}),
    ("ASTM International", set()),
]  # fmt: skip
_GOV_DOMAINS = {"Health and Safety Authority": "hsa.ie", "Central Statistics Office": "cso.ie", "CSO": "cso.ie",
               "Competition and Consumer Protection Commission": "ccpc.ie", "Centraal Bureau voor de Statistiek": "cbs.nl/en-gb",
               "CBS": "cbs.nl/en-gb", "Autoriteit Consument & Markt": "acm.nl/en", "Rijksoverheid": "government.nl/topics",
               "Hungarian Central Statistical Office": "ksh.hu/stadat", "KSH": "ksh.hu/stadat",
               "Philippine Statistics Authority": "psa.gov.ph", "Department of Tourism": "tourism.gov.ph",
               "Department of Trade and Industry": "dti.gov.ph", "U.S. Consumer Product Safety Commission": "cpsc.gov",
               "U.S. Bureau of Labor Statistics": "bls.gov", "ASTM International": "astm.org/products-services",
               "Health and Safety Executive": "hse.gov.uk", "HSE": "hse.gov.uk"}  # fmt: skip
_OPERATORS = [
    ("Hollywood Bowl Group plc", set()), ("Ten Entertainment Group plc", set()), ("Bowlero Corp.", {"abbreviation"}),
    ("Dave & Buster's Entertainment, Inc.", {"ampersand", "apostrophe", "comma"}), ("Topgolf Callaway Brands Corp.", set()),
    ("Puttshack", set()), ("Flight Club", set()), ("Gravity Active Entertainment", set()), ("TeamSport", set()),
    ("Escape Hunt plc", set()), ("XP Factory plc", set()), ("Leisureplex", set()), ("Timezone Philippines", set()),
    ("Tom's World Philippines", {"apostrophe"}), ("Enchanted Kingdom", set()), ("ParaPark", set()),
    ("Urban Air Adventure Park", set()), ("Sky Zone", set()), ("K1 Speed", set()), ("Round1 USA", set()),
]  # fmt: skip
_RESEARCH = ["Mintel", "Statista", "IBISWorld", "Euromonitor International", "CGA by NIQ", "Savills", "Knight Frank",
             "The Leisure Database Company", "Deloitte", "KPMG Ireland", "PwC Hungary", "YouGov", "GWI",
             "Kantar Public", "Market Research Future"]  # fmt: skip
_PRESS = ["Leisure Opportunities", "Attractions Management", "Blooloop", "InPark Magazine", "Bowlers Journal International",
          "Propel", "The Caterer", "Marketing Week", "Campaign", "Funworld", "Leisure Management"]  # fmt: skip
_NEWS = ["The Guardian", "The Irish Times", "Irish Independent", "NL Times", "Het Financieele Dagblad",
         "Budapest Business Journal", "Daily News Hungary", "Philippine Daily Inquirer", "BusinessWorld",
         "The Philippine Star", "Rappler", "The New York Times", "Bloomberg", "BBC News", "Evening Standard",
         "Manchester Evening News", "Financial Times"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Pearson", "Harlow"), ("Sage", "London"), ("Kogan Page", "London"),
               ("Goodfellow", "Oxford"), ("CABI", "Wallingford"), ("Channel View Publications", "Bristol"),
               ("Edward Elgar", "Cheltenham"), ("Harvard Business Review Press", "Boston, MA"),
               ("Emerald", "Bingley"), ("Wiley", "Hoboken, NJ"), ("Palgrave Macmillan", "Cham"),
               ("Akadémiai Kiadó", "Budapest"), ("Anvil Publishing", "Pasig City")]  # fmt: skip
_JOURNALS = ["Journal of Leisure Research", "Leisure Studies", "Annals of Leisure Research", "Tourism Management",
             "International Journal of Hospitality Management", "Journal of Retailing and Consumer Services",
             "Journal of Services Marketing", "Journal of Revenue and Pricing Management", "Journal of Business Research",
             "International Journal of Contemporary Hospitality Management", "Journal of Consumer Behaviour",
             "Managing Leisure", "Tourism Review", "Journal of Hospitality and Tourism Management",
             "Society and Economy", "Tourism and Hospitality Management", "Asia Pacific Journal of Marketing and Logistics",
             "Irish Journal of Management", "Journal of Marketing Management", "Event Management"]  # fmt: skip
_TOPICS = ["escape rooms", "tenpin bowling", "indoor karting", "trampoline parks", "adventure parks",
           "family entertainment centres", "competitive socialising", "mini golf", "darts bars", "axe throwing",
           "immersive experiences", "arcades", "birthday parties", "corporate team building", "group bookings",
           "dynamic pricing", "online booking", "gamification", "memorable experiences", "flow", "co-creation",
           "customer reviews", "safety signage", "repeat visits", "dwell time", "food and beverage spend",
           "experiential marketing", "leisure time", "family days out", "hen and stag parties", "leisure spending"]  # fmt: skip
_PLACES = ["the UK", "Ireland", "the Netherlands", "Hungary", "Budapest", "the Philippines", "Metro Manila",
           "the United States", "England", "Dublin", "Amsterdam", "Central Europe", "Europe"]  # fmt: skip


class Blind356WorkFactory(WorkFactory):
    """Works of leisure-venue marketers' reports: textbooks, journals, trade bodies, regulators, operators,
    research firms, trade press and news, from six countries. A subclass, so no other pool changes."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 356)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 317 + index)
                self.fakers[locale] = fake
        self.dated_organisations: list[tuple[str, set[str], str, dict[str, Any]]] = []

    # ------------------------------------------------------------------ people, dates, titles
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.35:
            family, given = self.rng.choice(_REGIONAL)
            return {"family": family, "given": given}
        if roll < 0.43:
            particle, family, given = self.rng.choice(_DUTCH_PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        words = family.split()
        if len(words) > 1 and words[0].islower():  # "van Vliet": the particle apart
            particle = []
            while len(words) > 1 and words[0].islower():
                particle.append(words.pop(0))
            return {"family": " ".join(words), "given": given, "non-dropping-particle": " ".join(particle)}
        if self.rng.random() < 0.06:
            family = f"{family}-{self.fakers['en_GB'].last_name()}"
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def year(self) -> int:
        if self.rng.random() < 0.05:  # the classics: Csikszentmihalyi's flow, Pine and Gilmore's stage
            return self.rng.randint(1975, 1999)
        return self.rng.randint(2008, 2025)

    def _after(self, issued: list[int]) -> dict[str, list[list[int]]]:
        """An access date on or after the date of issue, as a candidate reads a page while writing."""
        year = self.rng.randint(max(issued[0], 2023), 2025)
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if year == issued[0] and len(issued) > 1:
            month = self.rng.randint(issued[1], 12)
            if month == issued[1] and len(issued) > 2:
                day = self.rng.randint(issued[2], 28)
        return {"date-parts": [[year, month, day]]}

    def _title(self) -> str:
        topic, other = self.rng.sample(_TOPICS, 2)
        place = self.rng.choice(_PLACES)
        forms = [
            f"{topic.capitalize()} and {other}: evidence from {place}",
            f"Why people return: {topic} in {place}",
            f"The role of {topic} in {other}",
            f"{topic.capitalize()} as an experience: a study of {place}",
            f"Play, risk and value: {topic} and {other}",
            f"Understanding {topic}: a consumer perspective",
            f"Pricing {topic}: {other} and willingness to pay",
            f"From {topic} to {other}: the changing leisure market in {place}",
        ]
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            list(KINDS), weights=[12, 5, 20, 9, 10, 7, 4, 8, 7, 6, 3, 6],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then a second work of one organisation in the same year ("IAAPA, 2024a" and "2024b").
        # The second work is the same body's (its own page or report at its own address), never a titled year's report.
        same = [earlier for earlier in self.dated_organisations if earlier[2] == kind]
        if same and "issued" in record and kind != "annual-report" and self.rng.random() < 0.15:
            name, tags, _kind, issued = self.rng.choice(same)
            record["issued"] = {"date-parts": [list(issued["date-parts"][0][:1])]}
            if "URL" in record:
                record["URL"] = (
                    f"https://www.{_GOV_DOMAINS.get(name, 'gov.uk/government/publications' if 'government' in tags else self._domain(name))}/{self.fakers['en_GB'].slug()}"
                )
            if "accessed" in record:
                record["accessed"] = self._after(record["issued"]["date-parts"][0])
            if "publisher" in record:
                record["publisher"] = name
        if "issued" in record:
            self.dated_organisations.append((name, tags, kind, record["issued"]))
        return self._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        subject = self.rng.choice(["Marketing", "Consumer behaviour", "The experience economy", "Services marketing",
                                   "Leisure marketing", "Marketing tourism, leisure and events", "Experience design",
                                   "Pricing strategy", "Event and leisure management", "Marketing management"])  # fmt: skip
        title = self.rng.choice(
            [
                subject,
                f"{subject}: {self.rng.choice(['a global perspective', 'concepts and cases', 'an introduction', 'theory and practice', 'staging memorable experiences'])}",
                self._title(),
            ]
        )
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 12))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["The Routledge handbook of leisure studies", "Handbook of experience economy research",
                                                "Managing visitor attractions", "The Sage handbook of leisure studies",
                                                "Tourism and leisure in Central Europe", "Event and leisure experiences"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 1200)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 110)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{start}-{start + self.rng.randint(9, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(2010, 2025)}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _web_record(self, title: str, domain: str, dated: float = 0.8) -> dict[str, Any]:
        record: dict[str, Any] = {"type": "webpage", "title": title,
                                  "URL": f"https://www.{domain}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if self.rng.random() < dated:
            record["issued"] = {"date-parts": [[self.rng.randint(2016, 2025)]]}
        record["accessed"] = self._after(record["issued"]["date-parts"][0] if "issued" in record else [2023])
        return record

    @staticmethod
    def _domain(name: str) -> str:
        word = "".join(ch for ch in name.split(" (")[0].lower() if ch.isalnum())[:30]
        return f"{word}.org"

    def _trade_body(self) -> Work:
        name, tags = self.rng.choice(_TRADE_BODIES)
        title = self.rng.choice([f"{self.rng.choice(['Global attractions', 'Visitor attractions', 'Leisure', 'Bowling', 'Trampoline park'])} "
                                 f"{self.rng.choice(['industry report', 'trends report', 'safety guidance', 'code of practice', 'market update'])}",
                                 self._title(), f"Annual visitor survey {self.rng.randint(2019, 2024)}"])  # fmt: skip
        if self.rng.random() < 0.5:
            record = self._web_record(title, self._domain(name), dated=0.75)
            return self._org(record, "trade-body", name, tags | {"trade-body"})
        record = {"type": "report", "title": title, "issued": {"date-parts": [[self.rng.randint(2014, 2025)]]},
                  "publisher": name.split(" (")[0]}  # fmt: skip
        return self._org(record, "trade-body", name, tags | {"trade-body"})

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        title = self.rng.choice([
            "Managing the risks of inflatable and trampoline play", "Licensing late-night entertainment: guidance",
            "Leisure and tourism statistics", "Household spending on recreation and culture",
            "Domestic tourism survey", "Consumer protection law and online pricing", "Guidance on drip pricing",
            "Recreation and amusement services: price index", "Go-karting: health and safety guidance",
            "Young people and gaming machines in family entertainment centres", self._title(),
        ])  # fmt: skip
        record = self._web_record(title, _GOV_DOMAINS.get(name, "gov.uk/government/publications"), dated=0.85)
        record["type"] = self.rng.choice(["webpage", "report"])
        return self._org(record, "government", name, tags | {"government"})

    def _annual_report(self) -> Work:
        name, tags = self.rng.choice(_OPERATORS)
        year = self.rng.randint(2019, 2025)
        title = self.rng.choice([f"Annual report and accounts {year}", f"Annual report {year}", f"Form 10-K: fiscal year {year}" if name.endswith(("Inc.", "Corp.")) else f"Strategic report {year}",
                                 f"Sustainability report {year}", f"Interim results {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = f"https://www.{self._domain(name).split('.')[0]}.com/investors"
            record["accessed"] = self._after([year])
        return self._org(record, "annual-report", name, tags | {"company"})

    def _press_release(self) -> Work:
        name, tags = self.rng.choice(_OPERATORS)
        year = self.rng.randint(2019, 2025)
        record: dict[str, Any] = {
            "type": "webpage",
            "title": self.rng.choice([f"{name.split(' ')[0]} announces new venue", "Trading update", "Our story",
                                      "New menu and games launch", "Record summer trading", "Careers and culture",
                                      f"{name.split(' ')[0]} opens its {self.rng.choice(['first', 'tenth', 'largest', 'flagship'])} site"]),
            "URL": f"https://www.{self._domain(name).split('.')[0]}.com/news/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        if self.rng.random() < 0.75:
            record["issued"] = {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        record["accessed"] = self._after(record["issued"]["date-parts"][0] if "issued" in record else [2023])
        return self._org(record, "press-release", name, tags | {"company"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        market, place = self.rng.choice(_TOPICS[:10]), self.rng.choice(_PLACES)
        year = self.rng.randint(2017, 2025)
        title = self.rng.choice([f"{market.capitalize()} - {place} - {year}", f"{market.capitalize()} in {place}: market report",
                                 f"Leisure outlook {year}", f"Market size of {market} in {place} from 2019 to 2024",
                                 f"The competitive socialising market: {place}", f"Consumer spending on {market}, {place}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name,
                                  "URL": f"https://www.{self._domain(name).split('.')[0]}.com/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if self.rng.random() < 0.92:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._after(record["issued"]["date-parts"][0] if "issued" in record else [2023])
        return self._org(record, "market-research", name, {"market-research"})

    def _article(self, outlets: list[str], kind: str, signed: bool) -> Work:
        year = self.rng.randint(2012, 2025)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title() if self.rng.random() < 0.4 else self.rng.choice([
                f"{self.rng.choice(_TOPICS).capitalize()} boom shows no sign of slowing",
                f"Why {self.rng.choice(_TOPICS)} are winning over adults", f"The rise of {self.rng.choice(_TOPICS)}",
                f"Operators bet on {self.rng.choice(_TOPICS)} as footfall returns",
                f"Inside the {self.rng.choice(['bowling', 'karting', 'escape room', 'trampoline park', 'darts'])} revival"]),
            "container-title": self.rng.choice(outlets), "issued": {"date-parts": [issued]},
            "URL": f"https://www.{self.fakers['en_GB'].domain_name()}/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        record["accessed"] = self._after(issued)
        if signed:
            record["author"] = self._people(2)
            return self._person_work(record, kind)
        name = record["container-title"]
        return self._org_work(record, kind, name, {"press"})

    def _trade_press(self) -> Work:
        return self._article(_PRESS, "trade-press", self.rng.random() < 0.7)

    def _news(self) -> Work:
        return self._article(_NEWS, "news", True)

    def _unsigned_news(self) -> Work:
        return self._article(_NEWS + _PRESS, "unsigned-news", False)

    def _web(self) -> Work:
        title = self.rng.choice([self._title(), "Birthday party packages", "Safety rules and waivers",
                                 "Group and corporate bookings", "What is an escape room?", "Bowling for beginners",
                                 "Karting safety briefing", "Opening times and prices", "Frequently asked questions"])  # fmt: skip
        if self.rng.random() < 0.45:
            record = self._web_record(title, self.fakers["en_GB"].domain_name(), dated=0.5)
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.rng.choice(_OPERATORS + _TRADE_BODIES)
        record = self._web_record(title, self._domain(name), dated=0.3)
        return self._org(record, "web", name, tags)
