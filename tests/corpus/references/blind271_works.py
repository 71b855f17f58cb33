"""The blind271 pool's works: what marketers at UK, Irish and Canadian insurers, brokers, price-comparison sites,
insurtechs and Lloyd's market firms cite in CIM Level 6 and 7 reports and MBA assignments.

Written without reading the checker, its tests or any other pool. Textbooks, chapters and journal articles (financial
services, insurance and marketing journals) with one to eight authors, regulators and bodies (the FCA, the PRA, the
Central Bank of Ireland, the ABI, BIBA, the Insurance Bureau of Canada, Lloyd's, the CII, the Financial Ombudsman
Service), legislation as candidates cite it from legislation.gov.uk, firms' pages and annual reports ("Admiral Group
plc", "Aviva plc", "Hastings Group Holdings plc", "... Ltd", "... Limited"), the trade press signed and unsigned,
market research with and without years, and the marketing texts every candidate cites; British, Irish (Ó, Ní, Mac)
and Canadian French (Côté, Bélanger) names as the region's journals print them.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "regulator", "body", "legislation", "firm-web", "annual-report", "press",
         "market-research", "classic", "web-person")  # fmt: skip

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_IE", "en_IE", "en_CA", "fr_CA", "en_GB", "de_DE", "nl_NL", "en_IN", "pl_PL"]
_NAMES = [  # (particle, family, given) as insurance and financial-services journals print them
    ("", "Ó Briain", "Siobhán"), ("", "Ní Bhriain", "Aoife"), ("", "Mac Aodha", "Cormac"), ("", "Ó Súilleabháin", "Pádraig"),
    ("", "O'Loughlin", "Deirdre"), ("", "McGuinness", "Orla"), ("", "MacDonald", "Eilidh"), ("", "Côté", "Geneviève"),
    ("", "Bélanger", "Mathieu"), ("", "Lévesque", "Amélie"), ("", "Gagnon", "Étienne"), ("", "Tremblay", "Josée"),
    ("", "Ennew", "Christine"), ("", "Harrison", "Tina"), ("", "Devlin", "James"), ("", "Estelami", "Hooman"),
    ("", "Gallouj", "Faïz"), ("", "Zhang", "Wei"), ("", "Chatterjee", "Arjun"), ("", "Okonkwo", "Chidi"),
    ("", "Smith-Jones", "Harriet"), ("", "Lloyd-Williams", "Rhys"), ("de", "Haan", "Evert"), ("van der", "Berg", "Lotte"),
    ("", "Müller", "Jürgen"), ("", "Eling", "Martin"), ("", "Schmeiser", "Hato"), ("", "Thomas", "Rhiannon"),
]  # fmt: skip
_REGULATORS = [
    ("Financial Conduct Authority", {"government"}), ("Financial Conduct Authority (FCA)", {"government", "abbreviation"}),
    ("FCA", {"government", "acronym"}), ("Prudential Regulation Authority", {"government"}),
    ("Bank of England", {"government"}), ("Central Bank of Ireland", {"government"}),
    ("Financial Ombudsman Service", {"government"}), ("HM Treasury", {"government"}),
    ("Competition and Markets Authority", {"government"}), ("Office of the Superintendent of Financial Institutions", {"government"}),
]  # fmt: skip
_REGULATOR_SITES = {"Financial Conduct Authority": "fca.org.uk/publications", "FCA": "fca.org.uk/publications",
                    "Prudential Regulation Authority": "bankofengland.co.uk/prudential-regulation",
                    "Bank of England": "bankofengland.co.uk/prudential-regulation", "Central Bank of Ireland": "centralbank.ie/publication",
                    "Financial Ombudsman Service": "financial-ombudsman.org.uk/data-insight",
                    "Office of the Superintendent of Financial Institutions": "osfi-bsif.gc.ca/en/guidance"}  # fmt: skip
_BODIES = [
    ("Association of British Insurers", {"trade-body"}), ("Association of British Insurers (ABI)", {"trade-body", "abbreviation"}),
    ("ABI", {"trade-body", "acronym"}), ("British Insurance Brokers' Association", {"trade-body", "apostrophe"}),
    ("British Insurance Brokers' Association (BIBA)", {"trade-body", "apostrophe", "abbreviation"}),
    ("Insurance Bureau of Canada", {"trade-body"}), ("Lloyd's of London", {"trade-body", "apostrophe"}),
    ("Lloyd's", {"trade-body", "apostrophe"}), ("Chartered Insurance Institute", {"trade-body"}),
    ("Chartered Insurance Institute (CII)", {"trade-body", "abbreviation"}), ("Insurance Ireland", {"trade-body"}),
    ("Chartered Institute of Marketing", {"trade-body"}), ("Institute of Practitioners in Advertising (IPA)", {"trade-body", "abbreviation"}),
    ("Advertising Standards Authority", {"trade-body"}), ("Money & Pensions Service", {"government", "ampersand"}),
]  # fmt: skip
_FIRMS = [
    ("Admiral Group plc", {"company"}), ("Aviva plc", {"company"}), ("Hastings Group Holdings plc", {"company"}),
    ("Direct Line Insurance Group plc", {"company"}), ("Legal & General Group plc", {"company", "ampersand"}),
    ("Royal London", {"company"}), ("Vitality", {"company"}), ("Bupa", {"company"}), ("Zurich Insurance Group", {"company"}),
    ("AXA UK", {"company"}), ("Allianz Insurance plc", {"company"}), ("LV=", {"company", "punctuation"}),
    ("Liverpool Victoria Insurance Company Limited", {"company"}), ("Lemonade, Inc.", {"company", "comma"}),
    ("Cuvva Ltd", {"company"}), ("By Miles Ltd", {"company"}), ("Marshmallow Financial Services Ltd", {"company"}),
    ("Compare the Market", {"company"}), ("Moneysupermarket.com Group PLC", {"company"}),
    ("GoCompare", {"company"}), ("Confused.com", {"company", "punctuation"}), ("FBD Holdings plc", {"company"}),
    ("Laya Healthcare Limited", {"company"}), ("Intact Financial Corporation", {"company"}),
    ("Desjardins Group", {"company"}), ("Howden Group Holdings", {"company"}), ("Beazley plc", {"company"}),
]  # fmt: skip
_PRESS = ["Insurance Times", "Insurance Post", "Post Magazine", "Insurance Age", "Financial Times", "The Irish Times",
          "The Globe and Mail", "Marketing Week", "Campaign", "The Drum", "Canadian Underwriter", "Reinsurance News"]  # fmt: skip
_RESEARCH = ["Mintel", "Consumer Intelligence", "Defaqto", "GlobalData", "McKinsey & Company", "Deloitte", "Statista",
             "YouGov", "Ipsos", "J.D. Power"]  # fmt: skip
_JOURNALS = ["Journal of Financial Services Marketing", "The Geneva Papers on Risk and Insurance - Issues and Practice",
             "International Journal of Bank Marketing", "Journal of Marketing", "Journal of Services Marketing",
             "Journal of Marketing Management", "Journal of Risk and Insurance", "Risk Management and Insurance Review",
             "European Journal of Marketing", "Irish Journal of Management"]  # fmt: skip
_TOPICS = ["customer trust in insurers", "price walking", "renewal pricing", "telematics", "pay-as-you-go motor cover",
           "price-comparison websites", "broker relationships", "embedded insurance", "claims experience",
           "fair value", "customer vulnerability", "brand switching", "insurtech adoption", "bancassurance",
           "health insurance choice", "life cover for young families", "usage-based insurance", "chatbots in claims",
           "consumer inertia", "aggregator advertising", "loyalty penalties", "SME commercial cover", "digital distribution",
           "the protection gap", "flood cover"]  # fmt: skip
_CLASSICS = [  # (authors, year, title, publisher, place, edition)
    ([("", "Kotler", "Philip"), ("", "Keller", "Kevin Lane"), ("", "Chernev", "Alexander")], 2022, "Marketing management", "Pearson", "Harlow", "16"),
    ([("", "Chaffey", "Dave"), ("", "Ellis-Chadwick", "Fiona")], 2022, "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow", "8"),
    ([("", "Sharp", "Byron")], 2010, "How brands grow: what marketers don't know", "Oxford University Press", "Melbourne", ""),
    ([("", "Binet", "Les"), ("", "Field", "Peter")], 2013, "The long and the short of it: balancing short and long-term marketing strategies", "IPA", "London", ""),
    ([("", "Keller", "Kevin Lane"), ("", "Swaminathan", "Vanitha")], 2020, "Strategic brand management: building, measuring, and managing brand equity", "Pearson", "Harlow", "5"),
    ([("", "Zeithaml", "Valarie A."), ("", "Bitner", "Mary Jo"), ("", "Gremler", "Dwayne D.")], 2018, "Services marketing: integrating customer focus across the firm", "McGraw-Hill", "New York", "7"),
    ([("", "Ennew", "Christine"), ("", "Waite", "Nigel"), ("", "Waite", "Roisin")], 2013, "Financial services marketing: an international guide to principles and practice", "Routledge", "Abingdon", "2"),
    ([("", "Porter", "Michael E.")], 1985, "Competitive advantage: creating and sustaining superior performance", "Free Press", "New York", ""),
    ([("", "Jobber", "David"), ("", "Ellis-Chadwick", "Fiona")], 2019, "Principles and practice of marketing", "McGraw-Hill", "London", "9"),
    ([("", "Harrison", "Tina"), ("", "Estelami", "Hooman")], 2015, "The Routledge companion to financial services marketing", "Routledge", "Abingdon", ""),
]  # fmt: skip


class Blind271WorkFactory(WorkFactory):
    """Works for the blind271 pool, from its own seeded random source and Faker locales."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 271)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 271 + index)
                self.fakers[locale] = fake
        self.dated: list[tuple[str, set[str], int]] = []
        self.people_years: list[tuple[list[dict[str, str]], int]] = []

    # ------------------------------------------------------------------ names, dates, titles
    def person(self) -> dict[str, str]:
        if self.rng.random() < 0.3:
            particle, family, given = self.rng.choice(_NAMES)
            name = {"family": family, "given": given}
            if particle:
                name["non-dropping-particle"] = particle
            return name
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        words = family.split()
        if len(words) > 1 and words[0].islower():
            return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
        roll = self.rng.random()
        if roll < 0.06:
            family = f"{family}-{self.fakers['en_GB'].last_name()}"
        elif roll < 0.12:
            family = self.rng.choice(["O'", "Mc", "Mac"]) + self.fakers["en_GB"].last_name().split("-")[0]
        return {"family": family, "given": given}

    def year(self) -> int:
        if self.rng.random() < 0.04:
            return self.rng.randint(1975, 1999)
        return self.rng.randint(2010, 2025)

    def accessed_after(self, year: int | None, month: int = 1, day: int = 1) -> dict[str, list[list[int]]]:
        first = max(year or 2022, 2022)
        got = self.rng.randint(first, max(first, 2025))
        if got == year:
            got_month = self.rng.randint(month, 12)
            got_day = self.rng.randint(day if got_month == month else 1, 28)
            return {"date-parts": [[got, got_month, max(got_day, day) if got_month == month else got_day]]}
        return {"date-parts": [[got, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]} and {other}: evidence from the UK", f"Rethinking {topic}",
                 f"{topic[0].upper()}{topic[1:]} in the Irish market", f"How {topic} shapes {other}",
                 f"{topic[0].upper()}{topic[1:]}: a review and research agenda", f"The role of {topic} in general insurance",
                 f"{topic[0].upper()}{topic[1:]} in Canada and the United Kingdom", f"Trust, value and {topic}"]  # fmt: skip
        return self.rng.choice(forms)

    def _url(self, domain: str) -> str:
        return f"https://www.{domain}/{self.fakers['en_GB'].slug()}"

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[35, 25, 15, 9, 6, 4, 3, 3][:most])[0]
        people = [self.person() for _ in range(count)]
        return people

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            list(KINDS), weights=[10, 5, 20, 10, 9, 3, 8, 5, 9, 8, 6, 5],
        )[0]  # fmt: skip
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        work.kind = kind
        return work

    def _with_year(self, record: dict[str, Any], year: int | None) -> None:
        if year is not None:
            record["issued"] = {"date-parts": [[year]]}

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then one organisation's second work of a year ("Financial Conduct Authority, 2022a" and "2022b").
        if self.dated and "issued" in record and self.rng.random() < 0.14:
            name, tags, year = self.rng.choice(self.dated)
            record["issued"] = {"date-parts": [[year]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(year)
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated.append((name, set(tags), record["issued"]["date-parts"][0][0]))
        return self._org_work(record, kind, name, set(tags))

    def _person(self, record: dict[str, Any], kind: str) -> Work:
        # Now and then one author's second work of a year ("Ó Briain, 2021a" and "2021b").
        if self.people_years and "issued" in record and self.rng.random() < 0.08:
            authors, year = self.rng.choice(self.people_years)
            record["author"] = [dict(a) for a in authors]
            record["issued"] = {"date-parts": [[year]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(year)
        if "issued" in record:
            self.people_years.append(([dict(a) for a in record["author"]], record["issued"]["date-parts"][0][0]))
        return self._person_work(record, kind)

    def _book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self._title(), "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "Kogan Page", "Palgrave Macmillan", "Wiley", "Witherby Publishing Group",
                                          "Oxford University Press", "Edward Elgar", "Sage", "Bloomsbury Business"]),
            "publisher-place": self.rng.choice(["London", "Abingdon", "Cheltenham", "Chichester", "Oxford", "Livingston", "Dublin", "Toronto"]),
        }  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person(record, "book")

    def _classic(self) -> Work:
        authors, year, title, publisher, place, edition = self.rng.choice(_CLASSICS)
        record: dict[str, Any] = {
            "type": "book", "title": title, "author": [{"family": f, "given": g} for _p, f, g in authors],
            "issued": {"date-parts": [[year]]}, "publisher": publisher, "publisher-place": place,
        }  # fmt: skip
        if edition:
            record["edition"] = edition
        record["id"] = self._id()
        return Work(record, authors[0][1], str(year), False, len(authors), "classic")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["The Routledge companion to financial services marketing",
                                                "Handbook of insurance", "Financial services marketing: a reader",
                                                "The Palgrave handbook of FinTech and blockchain"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Routledge", "Springer", "Palgrave Macmillan"]),
            "publisher-place": self.rng.choice(["Abingdon", "Cham", "London", "New York"]),
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(5, 89)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{(start := self.rng.randint(1, 700))}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.choice(['1057', '1108', '1177', '1111'])}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(2010, 2025)}.{self.rng.randint(10, 99999)}"
            )
        return self._person(record, "journal")

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "URL": self._url(self.rng.choice(["linkedin.com/pulse", "medium.com", "insurtechinsights.com"]))}  # fmt: skip
        year = self.year() if self.rng.random() < 0.75 else None
        self._with_year(record, year)
        record["accessed"] = self.accessed_after(year)
        return self._person(record, "web-person")

    def _regulator(self) -> Work:
        name, tags = self.rng.choice(_REGULATORS)
        year = self.year() if self.rng.random() < 0.92 else None
        title = self.rng.choice([
            f"PS{self.rng.randint(19, 24)}/{self.rng.randint(1, 16)}: general insurance pricing practices",
            "General insurance pricing practices market study: final report", "Consumer Duty: findings from our review of fair value outcomes",
            f"Review of the Consumer Protection Code {year or 2023}", "Financial Lives survey: key findings",
            f"Annual complaints data and insight {year or 2023}", "Insurance: value measures data", "Guidance on the fair treatment of vulnerable customers",
            "Motor finance and GAP insurance: our findings", "Differential pricing ban: consultation paper",
        ])  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title,
                                  "URL": self._url(_REGULATOR_SITES.get(name.split(" (")[0], "gov.uk/government/publications")),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = "Dublin" if "Ireland" in name else "London"
        self._with_year(record, year)
        return self._org(record, "regulator", name, tags)

    def _body(self) -> Work:
        name, tags = self.rng.choice(_BODIES)
        year = self.year() if self.rng.random() < 0.85 else None
        title = self.rng.choice([
            f"UK insurance and long-term savings: key facts {year or 2023}", "Broker market review", "Facts of the Property and Casualty Insurance Industry in Canada",
            "Lloyd's market bulletin: blueprint two", "Insurance Skills Report", f"Claims and fraud statistics {year or 2022}",
            "Consumer Insurance Advertising Guidance", "Future of the broker channel", "Annual market update", "Severe weather claims report",
        ])  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title,
                                  "URL": self._url(self.rng.choice(["abi.org.uk/data-and-resources", "biba.org.uk", "ibc.ca/news-insights",
                                                                    "lloyds.com/news-and-insights", "cii.co.uk/learning", "insuranceireland.eu"])),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = "Toronto" if "Canada" in name else "London"
        self._with_year(record, year)
        return self._org(record, "body", name, tags)

    def _legislation(self) -> Work:
        title, year = self.rng.choice([("Consumer Insurance (Disclosure and Representations) Act 2012", 2012),
                                       ("Insurance Act 2015", 2015), ("Financial Services and Markets Act 2000", 2000),
                                       ("Financial Services and Markets Act 2023", 2023), ("Consumer Rights Act 2015", 2015),
                                       ("Consumer Insurance Contracts Act 2019", 2019)])  # fmt: skip
        name = "Irish Statute Book" if "Contracts Act 2019" in title else "legislation.gov.uk"
        record: dict[str, Any] = {"type": "webpage", "title": title, "issued": {"date-parts": [[year]]},
                                  "URL": self._url("legislation.gov.uk/ukpga" if name == "legislation.gov.uk" else "irishstatutebook.ie/eli"),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        record["id"] = self._id()
        return Work(
            {**record, "author": [{"literal": name}]},
            name,
            str(year),
            True,
            1,
            "legislation",
            {"legislation", "organisation"},
        )

    def _firm_web(self) -> Work:
        name, tags = self.rng.choice(_FIRMS)
        year = self.year() if self.rng.random() < 0.6 else None
        title = self.rng.choice(["About us", "Our story", "Car insurance", "Home insurance", "How we use telematics",
                                 "Our brand promise", "Press release: new brand campaign launches", "Sustainability",
                                 "Investor relations", "Pet insurance", "Multi-car insurance", "Broker hub", "Careers"])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": title,
                                  "URL": f"https://www.{name.split()[0].lower().strip('=,')}.co.uk/{self.fakers['en_GB'].slug()}",
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        self._with_year(record, year)
        return self._org(record, "firm-web", name, tags)

    def _annual_report(self) -> Work:
        name, tags = self.rng.choice(
            [f for f in _FIRMS if f[0].endswith(("plc", "PLC", "Limited", "Ltd", "Corporation", "Group"))]
        )
        year = self.rng.randint(2015, 2025)
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report and accounts {year - 1}", f"Annual report {year - 1}",
                                                        f"Integrated annual report {year - 1}", "Sustainability report",
                                                        f"Half-year results {year}"]),
            "publisher": name, "publisher-place": self.rng.choice(["Cardiff", "London", "Bexhill-on-Sea", "Dublin", "Toronto", "Lévis"]),
            "issued": {"date-parts": [[year]]},
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url(name.split()[0].lower().strip("=,") + ".com/investors")
            record["accessed"] = self.accessed_after(year)
        return self._org(record, "annual-report", name, tags)

    def _press(self) -> Work:
        year = self.year()
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": paper,
            "issued": {"date-parts": [[year, month, day]]}, "URL": self._url(paper.lower().replace(" ", "") + ".co.uk"),
            "accessed": self.accessed_after(year, month, day),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "press")
        return self._org_work(record, "press", paper, {"press"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.85 else None
        market = self.rng.choice(["Car insurance", "Home insurance", "Pet insurance", "Travel insurance", "Private medical insurance",
                                  "Life insurance", "Income protection", "Insurtech", "Van insurance", "Health insurance in Ireland"])  # fmt: skip
        title = self.rng.choice([f"{market} - UK - {self.rng.choice(['March', 'July', 'November'])} {year or 2024}",
                                 f"{market}: consumer trends", f"{market} market report", f"Insurance price index: {market.lower()}",
                                 f"Star ratings: {market.lower()}", f"The future of {market.lower()} distribution"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name,
                                  "URL": self._url(name.split()[0].lower().strip(".,") + ".com/insights"),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        self._with_year(record, year)
        return self._org(
            record, "market-research", name, {"market-research"} | ({"ampersand"} if "&" in name else set())
        )
