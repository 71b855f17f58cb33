"""The blind365 pool's works: what marketers at DIY retailers, builders' merchants, kitchen and bathroom showrooms,
trades-booking platforms and home-renovation brands in the UK, Ireland, Portugal, Czechia, Malaysia and Australia
cite in CIM Level 6 and 7 reports and MBA assignments written in English.

Textbooks and their chapters, journal articles on DIY, home renovation, trust in tradespeople, online reviews and
pricing (one to eight authors), trade bodies and associations, regulators' and governments' guidance and statistics,
retailers' and platforms' annual reports and press pages, market-research reports, trade press, the press signed and
unsigned, and undated web pages with access dates. Names as this region's scholars and journals print them: Irish
names in Irish, Portuguese names with their particles and accents, Czech names with their háčeks, Malaysian Malay,
Chinese and Tamil names, and Australian and British names. HELD OUT: written without reading the checker.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
import unicodedata
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_IE", "en_AU", "en_AU", "pt_PT", "pt_PT", "cs_CZ", "cs_CZ"]
# Names as the region's journals print them (family name, given name); Malay names keep the father's name as the
# family part ("Abdul Rahman, N.H."), Chinese Malaysian names their surname first in speech but last in print.
_NAMES = [
    ("Ó Súilleabháin", "Cathal"), ("Ní Mhurchú", "Aoife"), ("Mac Cárthaigh", "Dónal"), ("O'Callaghan", "Siobhán"),
    ("Ní Dhomhnaill", "Róisín"), ("Ó Briain", "Pádraig"), ("Gonçalves", "João"), ("Magalhães", "Inês"),
    ("Simões", "Beatriz"), ("Conceição", "Rui"), ("Sá", "Mariana"), ("Dvořák", "Jiří"), ("Nováková", "Kateřina"),
    ("Černý", "Tomáš"), ("Procházková", "Lenka"), ("Křížek", "Ondřej"), ("Šťastná", "Petra"), ("Vávra", "Martin"),
    ("Abdul Rahman", "Nurul Huda"), ("Mohd Yusof", "Ahmad Fauzi"), ("Ismail", "Siti Aishah"), ("Tan", "Chee Keong"),
    ("Lim", "Siew Ling"), ("Wong", "Kah Wai"), ("Ng", "Boon Hock"), ("Subramaniam", "Kavitha"), ("Ramasamy", "Suresh"),
    ("Nguyen", "Thi Mai"), ("Papadopoulos", "Eleni"), ("McKenzie", "Bronwyn"), ("Fitzgerald", "Liam"),
]  # fmt: skip
_PARTICLE_NAMES = [("da", "Costa", "Rui"), ("dos", "Santos", "Mariana"), ("de", "Sousa", "Tiago"),
                   ("da", "Silva", "Ana Rita"), ("van", "Leeuwen", "Anouk"), ("de", "Oliveira", "Pedro")]  # fmt: skip
_TRADE_BODIES = [
    ("Builders Merchants Federation (BMF)", {"abbreviation", "trade-body"}), ("Builders Merchants Federation", {"trade-body"}),
    ("Federation of Master Builders (FMB)", {"abbreviation", "trade-body"}), ("Federation of Master Builders", {"trade-body"}),
    ("Kitchen Bathroom Bedroom Specialists Association (KBSA)", {"abbreviation", "trade-body"}),
    ("British Home Enhancement Trade Association", {"trade-body"}), ("Construction Products Association", {"trade-body"}),
    ("Chartered Institute of Plumbing & Heating Engineering (CIPHE)", {"ampersand", "abbreviation", "trade-body"}),
    ("TrustMark", {"trade-body"}), ("Which?", {"punctuation", "trade-body"}), ("Construction Industry Federation", {"trade-body"}),
    ("Master Builders Australia", {"trade-body"}), ("Housing Industry Association (HIA)", {"abbreviation", "trade-body"}),
    ("Master Builders Association Malaysia (MBAM)", {"abbreviation", "trade-body"}),
    ("Associação Portuguesa dos Comerciantes de Materiais de Construção (APCMC)", {"abbreviation", "trade-body"}),
    ("Svaz podnikatelů ve stavebnictví v ČR", {"trade-body"}), ("Home Builders Federation", {"trade-body"}),
    ("Chartered Institute of Marketing", {"trade-body"}), ("Energy Saving Trust", {"trade-body"}),
]  # fmt: skip
_GOVERNMENT = [
    ("Competition and Markets Authority", {"government"}), ("Competition and Markets Authority (CMA)", {"government", "abbreviation"}),
    ("Department for Levelling Up, Housing & Communities", {"government", "comma", "ampersand"}),
    ("Ministry of Housing, Communities and Local Government", {"government", "comma"}),
    ("Office for National Statistics", {"government"}), ("Chartered Trading Standards Institute (CTSI)", {"government", "abbreviation"}),
    ("HM Government", {"government"}), ("Central Statistics Office", {"government"}),
    ("Competition and Consumer Protection Commission (CCPC)", {"government", "abbreviation"}),
    ("Department of Housing, Local Government and Heritage", {"government", "comma"}),
    ("Sustainable Energy Authority of Ireland (SEAI)", {"government", "abbreviation"}),
    ("Instituto Nacional de Estatística", {"government"}), ("Direção-Geral do Consumidor", {"government"}),
    ("Český statistický úřad", {"government"}), ("Česká obchodní inspekce", {"government"}),
    ("Department of Statistics Malaysia (DOSM)", {"government", "abbreviation"}),
    ("Ministry of Domestic Trade and Cost of Living", {"government"}),
    ("Australian Competition & Consumer Commission (ACCC)", {"government", "ampersand", "abbreviation"}),
    ("Australian Bureau of Statistics", {"government"}), ("Australian Building Codes Board", {"government"}),
    ("NSW Fair Trading", {"government"}), ("Consumer Affairs Victoria", {"government"}),
]  # fmt: skip
_STATISTICS = [
    ("Office for National Statistics", {"government"}), ("Office for National Statistics (ONS)", {"government", "abbreviation"}),
    ("Central Statistics Office", {"government"}), ("Central Statistics Office (CSO)", {"government", "abbreviation"}),
    ("Instituto Nacional de Estatística", {"government"}), ("Český statistický úřad", {"government"}),
    ("Department of Statistics Malaysia (DOSM)", {"government", "abbreviation"}), ("Australian Bureau of Statistics", {"government"}),
]  # fmt: skip
_FIRMS = [
    ("Kingfisher plc", {"company"}), ("Travis Perkins plc", {"company"}), ("Wickes Group plc", {"company"}),
    ("Howden Joinery Group Plc", {"company"}), ("Grafton Group plc", {"company"}), ("Topps Tiles Plc", {"company"}),
    ("Victorian Plumbing Group plc", {"company"}), ("Wesfarmers Limited", {"company"}), ("Bunnings Group Limited", {"company"}),
    ("Mr D.I.Y. Group (M) Berhad", {"company", "punctuation"}), ("hipages Group Holdings Ltd", {"company", "lowercase"}),
    ("Airtasker Limited", {"company"}), ("Checkatrade", {"company"}), ("Rated People", {"company"}), ("MyBuilder", {"company"}),
    ("B&Q", {"company", "ampersand"}), ("Screwfix", {"company"}), ("Woodie's", {"company", "apostrophe"}),
    ("Leroy Merlin Portugal", {"company"}), ("Hornbach Baumarkt AG", {"company"}), ("Wren Kitchens", {"company"}),
    ("Reece Group", {"company"}), ("Homebase", {"company"}), ("Saint-Gobain", {"company"}),
]  # fmt: skip
_RESEARCH = ["Mintel", "GlobalData", "Kantar", "YouGov", "Statista", "IBISWorld", "Euromonitor International", "GfK",
             "AMA Research", "Barbour ABI", "Savanta", "Ipsos", "Roy Morgan"]  # fmt: skip
_PRESS = ["DIY Week", "Builders Merchants Journal", "Kitchens & Bathrooms News", "Professional Builder", "Retail Gazette",
          "Construction News", "The Irish Times", "Business Post", "RTÉ News", "Público", "Expresso",
          "Hospodářské noviny", "The Star", "The Edge Malaysia", "Australian Financial Review", "Inside Retail Australia",
          "BBC News", "The Guardian", "ABC News", "Financial Times"]  # fmt: skip
_JOURNALS = ["Journal of Retailing and Consumer Services", "Journal of Consumer Behaviour", "Housing Studies",
             "Construction Management and Economics", "International Journal of Consumer Studies",
             "Journal of Service Research", "Journal of Business Research", "Electronic Commerce Research and Applications",
             "Journal of Product & Brand Management", "Irish Journal of Management", "Asian Journal of Business Research",
             "Australasian Marketing Journal", "E+M Ekonomie a Management", "Journal of Revenue and Pricing Management",
             "Building Research & Information", "International Journal of Retail & Distribution Management",
             "Journal of Marketing Management", "Psychology & Marketing"]  # fmt: skip
_TOPICS = ["DIY", "home renovation", "trust in tradespeople", "online reviews", "reference prices", "price promotions",
           "kitchen design", "bathroom refits", "builders' merchants", "trades-booking platforms", "rogue traders",
           "energy-efficient retrofits", "home improvement loans", "click-and-collect", "showrooming",
           "do-it-for-me services", "review manipulation", "service quality", "customer loyalty", "store brands",
           "first-time buyers' spending", "green renovation", "sharing-economy platforms", "trade credit"]  # fmt: skip
_MARKETS = ["DIY and home improvement", "builders' merchants", "kitchens", "bathrooms", "paint and wallcoverings",
            "garden and outdoor living", "power tools", "home renovation services", "flooring", "plumbing supplies"]  # fmt: skip
_PLACES = ["UK", "Ireland", "Portugal", "Czech Republic", "Malaysia", "Australia", "Europe", "Southeast Asia"]


class Blind365WorkFactory(WorkFactory):
    """Works the home-improvement and trades marketers of blind365 cite. A subclass, so no other pool changes."""

    KINDS = ("book", "chapter", "journal", "trade-body", "government", "statistics", "annual-report", "press-page",
             "market-research", "trade-press", "news", "news-unsigned", "web-undated", "web-person")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 365)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.dated: list[tuple[str, set[str], int]] = []

    # ------------------------------------------------------------------ people, organisations, dates
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.3:
            family, given = self.rng.choice(_NAMES)
            return {"family": family, "given": given}
        if roll < 0.37:
            particle, family, given = self.rng.choice(_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        words = family.split()
        if len(words) > 1 and words[0].islower():
            return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
        if self.rng.random() < 0.06:
            family = f"{family}-{self.fakers['en_GB'].last_name().split('-')[0]}"
        return {"family": family, "given": given.replace("-", " ")}

    def people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def year(self) -> int:
        if self.rng.random() < 0.05:  # the classics on pricing and services candidates still cite
            return self.rng.randint(1972, 2005)
        return self.rng.randint(2009, 2025)

    def web_year(self) -> int:
        return self.rng.randint(2012, 2024)

    def accessed_after(self, year: int, month: int = 12, day: int = 28) -> dict[str, list[list[int]]]:
        when = self.rng.randint(max(year + 1, 2022), 2025)
        return {"date-parts": [[when, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def org(self, table: list[tuple[str, set[str]]]) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(table)
        return name, set(tags)

    def url(self, name: str) -> str:
        fake = self.fakers["en_GB"]
        plain = unicodedata.normalize("NFKD", name.split(" (")[0].lower()).encode("ascii", "ignore").decode()
        stem = "".join(ch for ch in plain if ch.isalnum())[:18] or "site"
        tld = self.rng.choice([".co.uk", ".ie", ".pt", ".cz", ".com.my", ".com.au", ".com", ".org.uk", ".gov.uk"])
        return f"https://www.{stem}{tld}/{fake.slug()}"

    def _id(self) -> str:
        self.counter += 1
        return f"h{self.counter}"

    def title(self) -> str:
        topic, other = self.rng.sample(_TOPICS, 2)
        place = self.rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} and {other}: evidence from {place}",
                 f"Why homeowners trust some tradespeople: the role of {topic}",
                 f"{topic[0].upper()}{topic[1:]} in {place}'s home-improvement market",
                 f"Rethinking {topic} after the pandemic DIY boom", f"The effect of {topic} on {other}",
                 f"When do consumers renovate? {topic[0].upper()}{topic[1:]} and life events",
                 f"{topic[0].upper()}{topic[1:]}: a systematic literature review"]  # fmt: skip
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            list(self.KINDS), weights=[12, 5, 22, 8, 8, 5, 6, 4, 8, 6, 4, 2, 5, 5])[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _paired(self, record: dict[str, Any], name: str, tags: set[str]) -> tuple[str, set[str]]:
        """Now and then the same organisation in the same year as an earlier work ("Checkatrade, 2023a" and "2023b")."""
        if self.dated and "issued" in record and self.rng.random() < 0.14:
            name, tags, year = self.rng.choice(self.dated)
            record["issued"] = {"date-parts": [[year]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(year)
        if "issued" in record:
            self.dated.append((name, tags, record["issued"]["date-parts"][0][0]))
        return name, tags

    def _book(self) -> Work:
        titles = ["Retail marketing management", "Consumer behaviour: buying, having and being", "Principles of marketing",
                  "Services marketing: people, technology, strategy", "The strategy and tactics of pricing",
                  "Retailing management", "Marketing channels", "Consumer behaviour in Asia",
                  "Marketing: an introduction for Australia and New Zealand", "Strategic brand management",
                  self.title()]  # fmt: skip
        record: dict[str, Any] = {
            "type": "book", "title": self.rng.choice(titles), "author": self.people(4),
            "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Pearson", "Routledge", "Kogan Page", "Sage", "Cengage", "Wiley", "McGraw-Hill Education", "Oxford University Press"]),
            "publisher-place": self.rng.choice(["Harlow", "Abingdon", "London", "Oxford", "Melbourne", "Sydney", "Kuala Lumpur", "Dublin"]),
        }  # fmt: skip
        if self.rng.random() < 0.4:
            record["edition"] = str(self.rng.randint(2, 13))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self.title(), "author": self.people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["The Routledge companion to retail marketing", "Handbook of research on retailing",
                                                "The Routledge handbook of housing", "Consumer behaviour in the home",
                                                "Services marketing in Asia"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Routledge", "Edward Elgar", "Palgrave Macmillan", "Springer"]),
            "publisher-place": self.rng.choice(["Abingdon", "Cheltenham", "Cham", "London"]),
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self.title(), "author": self.people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 80)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(9, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(2009, 2025)}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _org_report(self, table: list[tuple[str, set[str]]], kind: str, titles: list[str], web: float) -> Work:
        name, tags = self.org(table)
        year = self.web_year()
        record: dict[str, Any] = {"type": "report" if self.rng.random() > web else "webpage",
                                  "title": self.rng.choice(titles), "issued": {"date-parts": [[year]]}}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        if record["type"] == "webpage" or self.rng.random() < 0.7:
            record["URL"] = self.url(name)
            record["accessed"] = self.accessed_after(year)
        name, tags = self._paired(record, name, tags)
        if "publisher" in record:
            record["publisher"] = name.split(" (")[0]
        return self._org_work(record, kind, name, tags)

    def _trade_body(self) -> Work:
        titles = [f"State of trade survey Q{self.rng.randint(1, 4)}", "Consumer guide to hiring a builder",
                  "Merchant sales index: annual review", "Skills and the home-improvement workforce",
                  f"{self.rng.choice(_MARKETS).capitalize()}: market outlook", "Code of practice for members",
                  "Home renovation trends report", self.title()]  # fmt: skip
        return self._org_report(_TRADE_BODIES, "trade-body", titles, 0.5)

    def _government(self) -> Work:
        work = self._org_report(_GOVERNMENT, "government", ["Guidance"], 0.5)
        lead = work.lead
        if "Malaysia" in lead or "Domestic Trade" in lead:
            titles = [
                "Household income and basic amenities survey report",
                "Consumer rights when buying home renovation services",
                "Guidelines on price display for traders",
                "Building materials price index",
            ]
        elif "Austral" in lead or "NSW" in lead or "Victoria" in lead:
            titles = [
                "Home building: your rights as a consumer",
                "Fake online reviews: guidance for businesses",
                "National Construction Code: housing provisions explained",
                "Tradies and unfair contract terms",
            ]
        elif "Ireland" in lead or lead.startswith(
            ("Central Statistics", "Competition and Consumer", "Department of Housing")
        ):
            titles = [
                "Your rights when hiring a builder",
                "Better Energy Homes: grant guidance",
                "Census of population: housing",
                "Price display and online reviews: guidance for traders",
            ]
        elif lead.startswith(("Instituto", "Direção", "Český", "Česká")):
            titles = [
                "Housing and construction statistics",
                "Consumer guarantees for goods and services: guidance",
                "Retail trade survey: methodology",
                "Consumer complaints report",
            ]
        else:
            titles = [
                "Approved Document L: conservation of fuel and power",
                "Building regulations and approvals: guidance",
                "Home improvement and repairs: consumer rights",
                "Unfair commercial practices: guidance for traders",
                "English Housing Survey: headline report",
                "Fake and misleading online reviews: guidance",
                "Price transparency: guidance for businesses",
                "Energy upgrade grants for homeowners",
            ]
        work.record["title"] = self.rng.choice([*titles, self.title()])
        return work

    def _statistics(self) -> Work:
        titles = ["Retail sales index", "Housing survey: dwelling condition and renovation", "Household expenditure survey",
                  "Construction output", "Building activity statistics", "Prices of construction materials",
                  "Consumer price index: household goods"]  # fmt: skip
        return self._org_report(_STATISTICS, "statistics", titles, 0.8)

    def _annual_report(self) -> Work:
        year = self.web_year()
        titles = [f"Annual report and accounts {year}", f"Annual report {year}", f"Integrated annual report {year}",
                  f"Sustainability report {year}", f"Half-year results {year}", f"Responsible business report {year}"]  # fmt: skip
        return self._org_report(_FIRMS, "annual-report", titles, 0.2)

    def _press_page(self) -> Work:
        titles = ["Our story", "Press release: new trade counter format", "Newsroom: results announcement",
                  "Press release: price promise extended", "Media centre: store openings", "About us",
                  "Press release: app passes one million downloads"]  # fmt: skip
        return self._org_report(_FIRMS, "press-page", titles, 1.0)

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.web_year()
        market, place = self.rng.choice(_MARKETS), self.rng.choice(_PLACES)
        titles = [f"{market.capitalize()} - {place} - {self.rng.choice(['March', 'July', 'November'])} {year}",
                  f"{place} {market} market report {year}", f"{market.capitalize()}: consumer attitudes",
                  f"Share of {place} homeowners who hired a tradesperson online in {year}",
                  f"{market.capitalize()} retailing in {place}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "issued": {"date-parts": [[year]]}, "URL": self.url(name),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        name, tags = self._paired(record, name, {"market-research"})
        record["publisher"] = name.split(" (")[0]
        return self._org_work(record, "market-research", name, tags)

    def _press(self, kind: str, signed: bool) -> Work:
        year = self.web_year()
        record: dict[str, Any] = {
            "type": "article-newspaper" if kind != "trade-press" else "article-magazine", "title": self.title(),
            "container-title": self.rng.choice(_PRESS[:6] if kind == "trade-press" else _PRESS[6:]),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self.url(self.rng.choice(_PRESS)), "accessed": self.accessed_after(year),
        }  # fmt: skip
        if signed:
            record["author"] = self.people(2)
            return self._person_work(record, kind)
        return self._org_work(record, kind, record["container-title"], {"press"})

    def _trade_press(self) -> Work:
        return self._press("trade-press", self.rng.random() < 0.7)

    def _news(self) -> Work:
        return self._press("news", True)

    def _news_unsigned(self) -> Work:
        return self._press("news-unsigned", False)

    def _web_undated(self) -> Work:
        name, tags = self.org(self.rng.choice([_FIRMS, _TRADE_BODIES, _GOVERNMENT]))
        titles = ["How to choose a kitchen fitter", "Our price promise", "Find a trusted tradesperson",
                  "Bathroom planning guide", "Delivery and click-and-collect", "How our reviews work",
                  "Do I need planning permission?", "Trade account benefits"]  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(titles), "URL": self.url(name),
                                  "accessed": self.accessed_after(2021)}  # fmt: skip
        return self._org_work(record, "web-undated", name, tags | {"undated"})

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self.title(), "author": self.people(2),
                                  "URL": self.url(self.fakers["en_GB"].last_name())}  # fmt: skip
        if self.rng.random() < 0.75:
            year = self.web_year()
            record["issued"] = {"date-parts": [[year]]}
            record["accessed"] = self.accessed_after(year)
        else:
            record["accessed"] = self.accessed_after(2021)
        return self._person_work(record, "web-person")
