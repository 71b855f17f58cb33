"""Works for the "blind360" pool: what marketers at mattress brands, bed-in-a-box start-ups, bed and furniture
retailers, bedding and pillow makers and sleep-tracking apps in the UK, Ireland, Spain, Turkey, Vietnam and the
United States cite in CIM Level 6 and 7 reports and MBA assignments: marketing and consumer-behaviour textbooks
and their chapters, journal articles on sleep, wellbeing, online furniture retail, trials and returns, reviews and
pricing, trade bodies and sleep charities, regulators' and governments' guidance and statistics, brands' annual
reports and press pages, market-research reports, trade press, signed and unsigned news and undated web pages.

Written without reading the checker, its tests or any other pool. Names are written as the region's scholars and
journals print them: Turkish letters ("Yılmaz", "Şahin"), Vietnamese family names first, with or without their
marks ("Nguyễn", "Nguyen"), Spanish double surnames with and without a hyphen and their particles ("de la Fuente"),
and Irish names in Irish and English ("Ó Súilleabháin", "O'Sullivan", "Ní Dhomhnaill").
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_GB", "en_IE", "en_IE", "en_US", "en_US", "en_US", "es_ES", "es_ES",
            "tr_TR", "tr_TR", "vi_VN"]  # fmt: skip
# Names as the region's journals print them (family name, given name).
_NAMES = [
    ("Yılmaz", "Ayşe"), ("Öztürk", "Mehmet"), ("Şahin", "Elif"), ("Çelik", "Burak"), ("Kaya", "Zeynep"),
    ("Demir", "Emre"), ("Aydın", "Selin"), ("Koç", "Deniz"), ("Erdoğan", "Gökhan"), ("Güneş", "İrem"),
    ("Doğan", "Cemre"), ("Karakaya", "Ozan"), ("Nguyễn", "Thị Thu Hà"), ("Nguyen", "Thi Thu Ha"),
    ("Trần", "Minh Tuấn"), ("Tran", "Quoc Bao"), ("Lê", "Văn Hùng"), ("Le", "Thi Mai"), ("Phạm", "Quỳnh Anh"),
    ("Pham", "Duc Long"), ("Hoàng", "Đức Anh"), ("Vu", "Thi Hong"), ("Đặng", "Thanh Hải"), ("Bui", "Ngoc Lan"),
    ("García-López", "María"), ("Fernández Martín", "Javier"), ("Rodríguez-Ardura", "Inmaculada"),
    ("Martínez-Ruiz", "María Pilar"), ("Sánchez Franco", "Manuel"), ("Gómez", "Lucía"), ("Ruiz-Molina", "Eugenia"),
    ("Ó Súilleabháin", "Cormac"), ("Ní Dhomhnaill", "Aoife"), ("O'Sullivan", "Niamh"), ("MacCarthy", "Ciarán"),
    ("Mac Giolla Phádraig", "Seán"), ("Ó Conaill", "Pádraig"), ("McGrath", "Sinéad"), ("Nic Gabhann", "Orla"),
    ("O'Brien", "Eoin"), ("Walsh", "Gráinne"),
]  # fmt: skip
_PARTICLE_NAMES = [("de la", "Fuente", "Carmen"), ("del", "Río", "Alberto"), ("de", "Castro", "Raquel"),
                   ("de los", "Santos", "Pablo"), ("van", "Dijk", "Thijs")]  # fmt: skip
# Who these candidates cite when no person is named.
_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("National Bed Federation", {"trade-body"}), ("National Bed Federation (NBF)", {"trade-body", "abbreviation"}),
    ("The Sleep Charity", {"charity"}), ("Sleep Council", {"charity"}), ("British Furniture Confederation", {"trade-body"}),
    ("Furniture Industry Research Association (FIRA)", {"trade-body", "abbreviation"}),
    ("The Furniture Ombudsman", {"trade-body"}), ("International Sleep Products Association (ISPA)", {"trade-body", "abbreviation"}),
    ("Better Sleep Council", {"trade-body"}), ("National Sleep Foundation", {"charity"}),
    ("American Academy of Sleep Medicine", {"charity"}), ("Mattress Recycling Council", {"trade-body"}),
    ("Asociación Española de la Industria del Descanso (ASOCAMA)", {"trade-body", "abbreviation"}),
    ("Vietnam Timber and Forest Products Association (VIFOREST)", {"trade-body", "abbreviation"}),
    ("Handicraft and Wood Industry Association of HCMC (HAWA)", {"trade-body", "abbreviation"}),
    ("Home Furnishings Association", {"trade-body"}),
    ("Office for Product Safety and Standards", {"government"}),
    ("Office for Product Safety and Standards (OPSS)", {"government", "abbreviation"}),
    ("Competition and Markets Authority", {"government"}), ("Competition and Markets Authority (CMA)", {"government", "abbreviation"}),
    ("Advertising Standards Authority", {"government"}), ("Citizens Advice", {"charity"}), ("Which?", {"punctuation"}),
    ("Office for National Statistics", {"government"}), ("NHS England", {"government"}), ("NHS", {"government", "acronym"}),
    ("Department for Business and Trade", {"government"}), ("Department of Health and Social Care", {"government"}),
    ("Competition and Consumer Protection Commission (CCPC)", {"government", "abbreviation"}),
    ("Central Statistics Office", {"government"}), ("Health Service Executive (HSE)", {"government", "abbreviation"}),
    ("U.S. Consumer Product Safety Commission", {"government", "abbreviation"}), ("Federal Trade Commission", {"government"}),
    ("Centers for Disease Control and Prevention", {"government"}), ("Instituto Nacional de Estadística (INE)", {"government", "abbreviation"}),
    ("Ministerio de Consumo", {"government"}), ("Türkiye İstatistik Kurumu (TÜİK)", {"government", "abbreviation"}),
    ("General Statistics Office of Viet Nam", {"government"}),
    ("Emma – The Sleep Company", {"company"}), ("Simba Sleep Ltd", {"company"}), ("eve Sleep plc", {"company", "lowercase"}),
    ("Silentnight Group", {"company"}), ("Dreams Ltd", {"company"}), ("Bensons for Beds", {"company"}),
    ("Tempur Sealy International", {"company"}), ("Casper Sleep Inc.", {"company"}), ("Purple Innovation, Inc.", {"company", "comma"}),
    ("Sleep Number Corporation", {"company"}), ("Hypnos Beds", {"company"}), ("Harrison Spinks", {"company"}),
    ("Dunelm Group plc", {"company"}), ("DFS Furniture plc", {"company"}), ("IKEA", {"company", "acronym"}),
    ("Wayfair Inc.", {"company"}), ("Tuft & Needle", {"company", "ampersand"}), ("Meadows & Byrne", {"company", "ampersand"}),
    ("Marks & Spencer Group plc", {"company", "ampersand"}), ("Heal's", {"company", "apostrophe"}),
    ("Macy's, Inc.", {"company", "apostrophe", "comma"}), ("Sainsbury's", {"company", "apostrophe"}),
    ("Yataş Grup", {"company"}), ("İstikbal", {"company"}), ("Doğtaş Kelebek", {"company"}), ("Pikolin", {"company"}),
    ("Vua Nệm", {"company"}), ("Everon", {"company"}), ("Saatva", {"company"}), ("Mattress Firm", {"company"}),
    ("Calm", {"company"}), ("Sleep Cycle AB", {"company"}), ("Oura Health Oy", {"company"}), ("The White Company", {"company"}),
    ("Brooklinen", {"company"}), ("Harvey Norman Ireland", {"company"}),
]  # fmt: skip
_MARKET_RESEARCH = ["Mintel", "Statista", "Euromonitor International", "GlobalData", "IBISWorld", "YouGov", "Kantar",
                    "Circana", "Grand View Research", "Technavio"]  # fmt: skip
_PRESS = ["Furniture News", "Cabinet Maker", "BedTimes", "Sleep Retailer", "Furniture Today", "Retail Gazette",
          "Marketing Week", "The Guardian", "The Irish Times", "Financial Times", "El País", "Expansión",
          "Daily Sabah", "Hürriyet Daily News", "VnExpress International", "Viet Nam News", "The New York Times",
          "The Wall Street Journal", "BBC News", "RTÉ News", "Business Post", "Campaign"]  # fmt: skip
_BOOK_TITLES = ["Principles of marketing", "Consumer behaviour", "Consumer behaviour: buying, having and being",
                "Retail marketing management", "Services marketing: people, technology, strategy",
                "Digital marketing: strategy, implementation and practice", "Strategic brand management",
                "Marketing research: an applied approach", "Customer experience management", "Marketing communications",
                "Pricing strategy: setting price levels and managing price discounts", "Marketing strategy",
                "The psychology of sleep", "Sleep, health and society", "E-commerce and the online shopper",
                "Global marketing", "International retailing", "Marketing: real people, real choices",
                "Brand management: principles and practices", "The wellbeing economy", "Influence and persuasion",
                "Omnichannel retail", "Sustainable marketing", "Behavioural economics for marketers"]  # fmt: skip
_SUBJECTS = ["free trial periods", "product returns", "online reviews", "price discounts", "reference prices",
             "bed-in-a-box mattresses", "sleep quality", "sleep tracking", "wearable sleep trackers", "wellbeing apps",
             "online furniture shopping", "showrooming", "webrooming", "delivery and assembly", "money-back guarantees",
             "perceived risk", "haptic information", "touch and feel", "subscription sleep apps", "insomnia",
             "consumer wellbeing", "price comparison", "fake reviews", "review ratings", "sleep hygiene",
             "direct-to-consumer brands", "flash sales", "drip pricing", "buy now, pay later", "mattress recycling"]  # fmt: skip
_SETTINGS = ["UK consumers", "Irish households", "Spanish shoppers", "Turkish consumers", "Vietnamese millennials",
             "US adults", "furniture e-commerce", "online mattress retail", "bedding retailers", "young adults",
             "shift workers", "older adults", "university students", "Ho Chi Minh City", "Istanbul", "Madrid"]  # fmt: skip
_MARKETS = ["mattresses", "beds and mattresses", "bedding", "pillows", "furniture retailing", "online furniture",
            "sleep aids", "sleep-tracking apps", "home textiles", "bedroom furniture"]  # fmt: skip
_COUNTRIES = ["UK", "Ireland", "Spain", "Turkey", "Türkiye", "Vietnam", "US", "Europe"]


class Blind360WorkFactory(WorkFactory):
    """The blind360 pool's works, one seeded random source of its own; a subclass so no other pool changes."""

    # The kinds of work as the truth records them; _MAKERS are the drawers that make them.
    KINDS = ("book", "chapter", "journal", "report", "web", "news", "unsigned-news", "undated-web")
    _MAKERS = ("book", "chapter", "journal", "trade-body", "government", "annual-report", "press-page",
               "market-research", "news", "unsigned-news", "web-person", "undated-web")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 360)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.dated_orgs: dict[str, list[tuple[str, set[str], int]]] = {}

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.3:
            family, given = self.rng.choice(_NAMES)
            return {"family": family, "given": given}
        if roll < 0.36:
            particle, family, given = self.rng.choice(_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        locale = self.rng.choice(_LOCALES)
        fake = self.fakers[locale]
        family, given = fake.last_name(), fake.first_name()
        words = family.split()
        if len(words) > 1 and words[0].islower():
            return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
        if locale == "es_ES" and self.rng.random() < 0.4:  # two surnames, hyphenated or not
            family = f"{family}{self.rng.choice(['-', ' '])}{self.fakers['es_ES'].last_name().split()[-1]}"
        elif self.rng.random() < 0.05:
            family = f"{family}-{self.fakers['en_GB'].last_name()}"
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.04:
            return self.rng.randint(1968, 1999)
        return self.rng.randint(2008, 2025)

    def accessed_after(self, issued: list[int]) -> dict[str, list[list[int]]]:
        year = self.rng.randint(max(2023, issued[0] + (1 if len(issued) > 1 else 0)), 2025)
        return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _url(self, host: str | None = None) -> str:
        fake = self.fakers["en_GB"]
        return f"https://www.{host}/{fake.slug()}" if host else fake.url() + fake.uri_path()

    def _title(self) -> str:
        subject = self.rng.choice(_SUBJECTS)
        other = self.rng.choice([s for s in _SUBJECTS if s != subject])
        setting = self.rng.choice(_SETTINGS)
        forms = [
            f"{subject[0].upper()}{subject[1:]} and {other}: evidence from {setting}",
            f"The effect of {subject} on {other} among {setting}",
            f"The role of {subject} in purchase intention: {setting}",
            f"{subject[0].upper()}{subject[1:]}, trust and wellbeing",
            f"When do {subject} backfire? A study of {setting}",
            f"Understanding {subject} in {setting}",
            f"{subject[0].upper()}{subject[1:]} in online retail: a systematic review",
        ]
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            list(self._MAKERS), weights=[12, 5, 22, 8, 8, 7, 5, 8, 7, 4, 5, 6],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_dated(self, name: str, tags: set[str], year: int, group: str) -> tuple[str, set[str], int]:
        """Now and then the same organisation in the same year as an earlier work (2024a and 2024b)."""
        earlier = self.dated_orgs.setdefault(group, [])  # paired only with its own kind of work
        if earlier and self.rng.random() < 0.2:
            return self.rng.choice(earlier)
        earlier.append((name, tags, year))
        return name, tags, year

    def _book(self) -> Work:
        title = self.rng.choice(_BOOK_TITLES)
        if self.rng.random() < 0.5:
            title = f"{title}: {self.rng.choice(['a European perspective', 'a global perspective', 'concepts and cases', 'theory and practice', 'an introduction'])}"
        record: dict[str, Any] = {
            "type": "book", "title": title, "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Pearson", "Routledge", "Kogan Page", "Sage", "Oxford University Press",
                                          "Wiley", "Palgrave Macmillan", "McGraw-Hill", "Cengage", "Bloomsbury"]),
            "publisher-place": self.rng.choice(["Harlow", "London", "Abingdon", "Oxford", "New York", "Hoboken, NJ", "Boston, MA", "Madrid", "Dublin"]),
        }  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 13))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": f"The Routledge handbook of {self.rng.choice(['consumer behaviour', 'retail marketing', 'sleep and society', 'wellbeing marketing', 'services marketing'])}",
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Routledge", "Sage", "Edward Elgar"]),
            "publisher-place": self.rng.choice(["Abingdon", "London", "Cheltenham"]),
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(["Journal of Retailing", "Journal of Retailing and Consumer Services",
                                                "International Journal of Retail & Distribution Management",
                                                "Sleep Health", "Journal of Sleep Research", "Sleep Medicine Reviews",
                                                "Journal of Business Research", "Psychology & Marketing",
                                                "European Journal of Marketing", "Journal of Interactive Marketing",
                                                "Journal of Consumer Behaviour", "Journal of Product & Brand Management",
                                                "Asia Pacific Journal of Marketing and Logistics",
                                                "Spanish Journal of Marketing - ESIC", "Irish Journal of Management",
                                                "International Journal of Consumer Studies", "Journal of Marketing"]),
            "issued": {"date-parts": [[self.year()]]}, "volume": str(self.rng.randint(1, 80)),
            "issue": str(self.rng.randint(1, 12)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _org_record(self, kind: str, title: str, name: str, tags: set[str], dated: bool, typ: str = "webpage",
                    host: str | None = None, group: str = "") -> Work:  # fmt: skip
        record: dict[str, Any] = {"type": typ, "title": title, "URL": self._url(host)}
        if dated:
            name, tags, year = self._org_dated(
                name, tags, self.year() if self.rng.random() < 0.5 else self.rng.randint(2016, 2025), group or kind
            )
            record["issued"] = {"date-parts": [[year]]}
            record["accessed"] = self.accessed_after([year])
        else:
            record["accessed"] = self.accessed_after([2023])
        if typ == "report":
            record["publisher"] = name.split(" (")[0]
        return self._org_work(record, kind, name, tags)

    def _trade_body(self) -> Work:
        name, tags = self.rng.choice([o for o in _ORGANISATIONS if o[1] & {"trade-body", "charity"}])
        title = self.rng.choice(["National sleep survey", "How to choose a mattress",
                                 "Buying a bed: a consumer guide", "The state of the bed industry",
                                 f"{self.rng.choice(_SUBJECTS).capitalize()}: guidance for retailers",
                                 "Annual review", "Sleep facts and tips", "Bedding market review"])  # fmt: skip
        return self._org_record(
            "report",
            title,
            name,
            set(tags),
            self.rng.random() < 0.8,
            self.rng.choice(["report", "webpage"]),
            group="trade-body",
        )

    def _government(self) -> Work:
        name, tags = self.rng.choice([o for o in _ORGANISATIONS if "government" in o[1] or o[0] == "Which?"])
        title = self.rng.choice(["Furniture and furnishings fire safety: guidance for businesses",
                                 "Consumer rights when buying online", "Health survey for England",
                                 "Sleep and mental wellbeing", "Online choice architecture",
                                 "Fake reviews and misleading prices: guidance", "Household final consumption expenditure",
                                 "Product recalls and safety notices", "Consumer protection from unfair trading",
                                 "National health survey: sleep and rest", "Retail trade statistics",
                                 "Returning goods bought online", "Mattress flammability standard"])  # fmt: skip
        return self._org_record(
            "report", title, name, set(tags), True, self.rng.choice(["report", "webpage"]), group="government"
        )

    def _annual_report(self) -> Work:
        name, tags = self.rng.choice([o for o in _ORGANISATIONS if "company" in o[1]])
        name, tags, year = self._org_dated(name, set(tags), self.rng.randint(2015, 2025), "annual-report")
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice([f"Annual report and accounts {year}", f"Annual report {year}", f"Sustainability report {year}", f"Impact report {year}", f"Form 10-K for the fiscal year {year - 1}"]),
                                  "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0]}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url()
            record["accessed"] = self.accessed_after([year])
        return self._org_work(record, "report", name, tags)

    def _press_page(self) -> Work:
        name, tags = self.rng.choice([o for o in _ORGANISATIONS if "company" in o[1]])
        title = self.rng.choice(["Our story", "About us", "Press centre", "Newsroom", "Our 100-night trial",
                                 "Sustainability", "Why choose a hybrid mattress?", "Returns policy",
                                 "Latest news", "Meet the sleep experts"])  # fmt: skip
        return self._org_record("web", title, name, set(tags), self.rng.random() < 0.6)

    def _market_research(self) -> Work:
        name = self.rng.choice(_MARKET_RESEARCH)
        market, country = self.rng.choice(_MARKETS), self.rng.choice(_COUNTRIES)
        title = self.rng.choice([f"{market.capitalize()} - {country} - {self.rng.choice(['March', 'July', 'November'])}",
                                 f"{country} {market} market: size, share and forecast to 2030",
                                 f"{market.capitalize()} in {country}", f"Share of {country} adults who bought {market} online",
                                 f"{country}: sleep habits and sleep aids survey"])  # fmt: skip
        return self._org_record(
            "report",
            title,
            name,
            {"market-research"},
            self.rng.random() < 0.9,
            "report",
            f"{name.split()[0].lower()}.com",
            group="market-research",
        )

    def _news(self) -> Work:
        year = self.rng.randint(2012, 2024)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self.rng.choice([
                f"{self.rng.choice(['Emma', 'Simba', 'Eve', 'Silentnight', 'Dreams', 'Casper', 'Purple', 'Yataş', 'Pikolin'])} {self.rng.choice(['cuts jobs as sales slow', 'bets on stores', 'raises prices', 'reports record sales', 'ends 100-night trial', 'expands into Europe'])}",
                f"Why {self.rng.choice(_SUBJECTS)} are keeping shoppers awake", f"The trouble with {self.rng.choice(_SUBJECTS)}",
                f"{self.rng.choice(_SUBJECTS).capitalize()} under scrutiny", self._title()]),
            "author": self._people(2), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(),
        }  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "news")

    def _unsigned_news(self) -> Work:
        """A news or trade-press item with no byline, cited by the paper's name as the style's author."""
        work = self._news()
        record = work.record
        del record["author"]
        self.counter -= 1  # the id is given again below
        return self._org_work(record, "unsigned-news", str(record["container-title"]), {"press"})

    def _web_person(self) -> Work:
        year = self.year() if self.rng.random() < 0.3 else self.rng.randint(2016, 2025)
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url()}  # fmt: skip
        record["accessed"] = self.accessed_after([year])
        return self._person_work(record, "web")

    def _undated_web(self) -> Work:
        if self.rng.random() < 0.35:
            record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(["How much sleep do we need?", "Best mattresses for back pain", "Mattress sizes explained", self._title()]),
                                      "author": self._people(2), "URL": self._url(), "accessed": self.accessed_after([2023])}  # fmt: skip
            work = self._person_work(record, "undated-web")
            return work
        name, tags = self.organisation()
        work = self._org_record("undated-web", self.rng.choice(["Sleep tips", "Our guarantee", "Mattress buying guide", "FAQs", "Delivery and returns", "Fire safety labels explained", "Pillow guide"]),
                                name, set(tags) | {"undated"}, False)  # fmt: skip
        return work
