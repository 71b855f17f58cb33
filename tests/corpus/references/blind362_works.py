"""The blind362 pool's works: what marketers at crowdfunding and peer-to-peer platforms, small-business lenders,
accounting and invoicing apps and start-up accelerators in the UK, Ireland, Estonia, Israel, Kenya and Singapore cite
in CIM Level 6 and 7 reports and MBA assignments.

Marketing, entrepreneurship and financial-services marketing textbooks and their chapters, journal articles on
crowdfunding, trust, fintech adoption and small firms (one to eight authors), research reports by named authors,
trade bodies and industry associations, regulators' and governments' guidance and statistics, platforms' and
lenders' annual reports and press pages, market-research firms' reports, trade press (signed and unsigned), signed
news and undated web pages. Names as these scholars and journals print them: Irish names with Ó, Ní and Mac, Estonian
names with õ, ä and ü, romanised Israeli names, Kenyan names (Ng'ang'a, Wanjiru), Singaporean Chinese, Malay and
Tamil names. Written without reading the checker, its tests or any other pool.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_IE", "en_IE", "ga_IE", "et_EE", "en_KE", "en_US"]
# (family, given) as English-language journals print them.
_ROMANISED = [
    ("Tamm", "Kadri"), ("Saar", "Mart"), ("Mägi", "Liis"), ("Kõiv", "Tõnis"), ("Pärn", "Kristjan"), ("Sepp", "Triin"),
    ("Rebane", "Madis"), ("Õunapuu", "Helen"), ("Kask", "Jüri"), ("Lepik", "Ülle"), ("Raudsepp", "Marju"),
    ("Cohen", "Noa"), ("Levi", "Yael"), ("Mizrahi", "Eitan"), ("Ben-David", "Tamar"), ("Shalev", "Oren"),
    ("Peretz", "Avital"), ("Friedman", "Gilad"), ("Bar-On", "Michal"), ("Katz", "Yonatan"), ("Avraham", "Shira"),
    ("Kamau", "Wanjiru"), ("Otieno", "Brian"), ("Ng'ang'a", "Joseph"), ("Mwangi", "Faith"), ("Ochieng", "Kevin"),
    ("Njoroge", "Grace"), ("Wanjiku", "Mercy"), ("Kiprono", "Dennis"), ("Achieng", "Beryl"), ("Mutua", "Stephen"),
    ("Tan", "Wei Ling"), ("Lim", "Boon Hock"), ("Ng", "Siew Mei"), ("Goh", "Kian Chye"), ("Teo", "Hui Min"),
    ("Abdul Rahman", "Nurul"), ("Ramasamy", "Kavitha"), ("Chua", "Jun Jie"), ("Koh", "Li Ting"), ("Yeo", "Seng"),
    ("Ó Súilleabháin", "Siobhán"), ("Ní Bhriain", "Aoife"), ("Mac Giolla Phádraig", "Cathal"), ("O'Reilly", "Declan"),
    ("McGuinness", "Orla"), ("Ó Ceallaigh", "Pádraig"), ("Nic Aodha", "Gráinne"), ("Fitzgerald", "Ciarán"),
]  # fmt: skip
# Organisations these candidates cite as authors, with what makes each one hard.
_TRADE_BODIES = [
    ("UK Finance", {"trade-body"}), ("Innovate Finance", {"trade-body"}), ("UK Crowdfunding Association", {"trade-body"}),
    ("Federation of Small Businesses (FSB)", {"trade-body", "abbreviation"}), ("Federation of Small Businesses", {"trade-body"}),
    ("British Business Bank", {"government"}), ("The King's Trust", {"trade-body", "apostrophe"}),
    ("Women's Enterprise Scotland", {"trade-body", "apostrophe"}), ("Enterprise Ireland", {"government"}),
    ("Irish Small & Medium Enterprises Association (ISME)", {"trade-body", "ampersand", "abbreviation"}),
    ("European Crowdfunding Network", {"trade-body"}), ("Estonian Crowdfunding Association", {"trade-body"}),
    ("Singapore FinTech Association", {"trade-body"}), ("Fintech Association of Kenya (FAK)", {"trade-body", "abbreviation"}),
    ("Cambridge Centre for Alternative Finance (CCAF)", {"trade-body", "abbreviation"}),
    ("Cambridge Centre for Alternative Finance", {"trade-body"}), ("Startup Genome", {"company"}),
    ("Chartered Institute of Marketing", {"trade-body"}), ("ACCA", {"trade-body", "acronym"}),
    ("Institute of Chartered Accountants in England & Wales (ICAEW)", {"trade-body", "ampersand", "abbreviation"}),
    ("Start-up Nation Central", {"trade-body"}), ("Nesta", {"trade-body"}),
]  # fmt: skip
_REGULATORS = [
    ("Financial Conduct Authority", {"government"}), ("Financial Conduct Authority (FCA)", {"government", "abbreviation"}),
    ("FCA", {"government", "acronym"}), ("Bank of England", {"government"}), ("HM Treasury", {"government"}),
    ("Department for Business & Trade", {"government", "ampersand"}), ("Office for National Statistics", {"government"}),
    ("Central Bank of Ireland", {"government"}), ("Central Statistics Office", {"government"}),
    ("Finantsinspektsioon", {"government"}), ("Statistics Estonia", {"government"}),
    ("Israel Securities Authority", {"government"}), ("Israel Innovation Authority", {"government"}),
    ("Central Bank of Kenya", {"government"}), ("Capital Markets Authority", {"government"}),
    ("Kenya National Bureau of Statistics (KNBS)", {"government", "abbreviation"}),
    ("Monetary Authority of Singapore (MAS)", {"government", "abbreviation"}), ("Monetary Authority of Singapore", {"government"}),
    ("Enterprise Singapore", {"government"}), ("Competition and Markets Authority", {"government"}),
    ("Advertising Standards Authority", {"government"}), ("European Securities and Markets Authority (ESMA)", {"government", "abbreviation"}),
]  # fmt: skip
_FIRMS = [
    ("Funding Circle Holdings plc", {"company"}), ("Zopa Bank Limited", {"company"}), ("iwoca", {"company", "lowercase"}),
    ("Crowdcube", {"company"}), ("Seedrs", {"company"}), ("Tide", {"company"}), ("Xero Limited", {"company"}),
    ("The Sage Group plc", {"company"}), ("FreeAgent", {"company"}), ("Intuit QuickBooks", {"company"}),
    ("Wise plc", {"company"}), ("Linked Finance", {"company"}), ("Flender", {"company"}), ("Bondora AS", {"company"}),
    ("EstateGuru", {"company"}), ("Funderbeam", {"company"}), ("eToro", {"company", "lowercase"}),
    ("OurCrowd", {"company"}), ("Payoneer", {"company"}), ("Safaricom PLC", {"company"}), ("Kopo Kopo", {"company"}),
    ("Pezesha", {"company"}), ("Funding Societies", {"company"}), ("Validus Capital", {"company"}),
    ("Aspire", {"company"}), ("Entrepreneur First", {"company"}), ("Techstars", {"company"}),
    ("Barclays Eagle Labs", {"company"}), ("Allica Bank", {"company"}), ("Moody's Analytics", {"company", "apostrophe"}),
    ("Lloyds Banking Group plc", {"company"}), ("Bank of Ireland Group plc", {"company"}),
]  # fmt: skip
_RESEARCH = [("Mintel", {"market-research"}), ("Statista", {"market-research"}), ("Beauhurst", {"market-research"}),
             ("Dealroom.co", {"market-research"}), ("PitchBook", {"market-research"}), ("Crunchbase", {"market-research"}),
             ("YouGov", {"market-research"}), ("Ipsos", {"market-research"}), ("Kantar", {"market-research"}),
             ("McKinsey & Company", {"company", "ampersand"}), ("Ernst & Young", {"company", "ampersand"}),
             ("PwC", {"company"}), ("Deloitte", {"company"}), ("KPMG", {"company", "acronym"}), ("BDRC", {"market-research", "acronym"}),
             ("Juniper Research", {"market-research"})]  # fmt: skip
_PRESS = ["AltFi", "Finextra", "Sifted", "TechCrunch", "City A.M.", "Financial Times", "The Irish Times",
          "Silicon Republic", "Business Post", "ERR News", "Estonian World", "Globes", "CTech by Calcalist",
          "Business Daily Africa", "Daily Nation", "The Business Times", "The Straits Times", "Tech in Asia",
          "UKTN", "Marketing Week", "The Guardian", "BBC News", "Fintech Times", "Tech.eu"]  # fmt: skip
_TOPICS = ["equity crowdfunding", "reward-based crowdfunding", "peer-to-peer lending", "invoice finance",
           "small-business lending", "fintech adoption", "trust in digital lenders", "open banking",
           "start-up accelerators", "crowdfunding campaign success", "entrepreneurial finance", "mobile money",
           "cloud accounting", "embedded finance", "financial promotions", "investor protection", "SME credit access",
           "signalling in crowdfunding", "founder storytelling", "social capital and crowdfunding",
           "brand trust in challenger banks", "buy now, pay later for business", "women entrepreneurs' access to finance",
           "digital onboarding", "customer acquisition in fintech"]  # fmt: skip
_JOURNALS = ["Entrepreneurship Theory and Practice", "Journal of Business Venturing", "Small Business Economics",
             "International Small Business Journal", "Journal of Small Business Management", "Venture Capital",
             "Journal of Financial Services Marketing", "International Journal of Bank Marketing",
             "Technological Forecasting and Social Change", "Journal of Business Research", "Financial Innovation",
             "Electronic Commerce Research and Applications", "Strategic Entrepreneurship Journal",
             "Journal of Marketing Management", "Journal of Small Business and Enterprise Development",
             "International Journal of Entrepreneurial Behavior & Research", "Baltic Journal of Management",
             "Israel Affairs", "Irish Journal of Management", "African Journal of Economic and Management Studies"]  # fmt: skip
_PLACES = ["UK", "Ireland", "Estonia", "Israel", "Kenya", "Singapore", "Europe", "the Baltics", "East Africa",
           "South-East Asia"]  # fmt: skip


class Blind362WorkFactory(WorkFactory):
    """Works of crowdfunding, small-business finance and fintech marketing: books, chapters, journals, named
    authors' research reports, trade bodies, regulators, firms' annual reports and press pages, research firms,
    trade press and news, and undated web pages."""

    KINDS = ("book", "chapter", "journal", "report", "annual-report", "trade-body", "government", "press-release",
             "market-research", "trade-press", "news", "web")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 362)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.dated: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        if self.rng.random() < 0.45:
            family, given = self.rng.choice(_ROMANISED)
            return {"family": family, "given": given}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        if " " in given or "-" in given:
            given = given.replace("-", " ").split()[0]
        if self.rng.random() < 0.06:
            family = f"{family}-{self.fakers['en_GB'].last_name()}"
        return {"family": family, "given": given}

    def year(self) -> int:
        if self.rng.random() < 0.04:  # the classics these candidates still cite
            return self.rng.randint(1983, 2004)
        return self.rng.randint(2010, 2025)

    def accessed_after(self, year: int) -> dict[str, list[list[int]]]:
        return {"date-parts": [[self.rng.randint(max(2023, year + 1), 2026), self.rng.randint(1, 12),
                                self.rng.randint(1, 28)]]}  # fmt: skip

    def _url(self, name: str | None = None) -> str:
        fake = self.fakers["en_GB"]
        if name:
            stem = "".join(ch for ch in name.split(" (")[0].lower() if ch.isalnum())[:18]
            return f"https://www.{stem}.{self.rng.choice(['com', 'co.uk', 'ie', 'ee', 'co.il', 'co.ke', 'sg', 'org'])}/{fake.slug()}"
        return fake.url() + fake.uri_path()

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        place = self.rng.choice(_PLACES)
        other = self.rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]} and {other}: evidence from {place}",
                 f"What drives {topic}? A study of small firms in {place}",
                 f"The role of trust in {topic}", f"{topic[0].upper()}{topic[1:]} in {place}: a review",
                 f"Marketing {topic} to small businesses", f"Who backs the crowd? {topic[0].upper()}{topic[1:]} and investor behaviour",
                 f"{topic[0].upper()}{topic[1:]}: a systematic literature review",
                 f"Legitimacy, signals and {topic}", f"From {topic} to {other}: how small firms raise money"]  # fmt: skip
        return self.rng.choice(forms)

    def _dated(self, record: dict[str, Any], year: int, month: bool = False) -> None:
        parts = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)] if month else [year]
        record["issued"] = {"date-parts": [parts]}

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "report", "annual-report", "trade-body", "government", "press-release",
             "market-research", "trade-press", "news", "web"],
            weights=[11, 5, 22, 5, 6, 9, 10, 5, 7, 8, 5, 7],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then one organisation's second work of a year ("FCA, 2023a" and "2023b").
        if (
            self.dated
            and "issued" in record
            and kind != "trade-press"
            and not any(ch.isdigit() for ch in record.get("title", ""))
            and self.rng.random() < 0.14
        ):
            name, tags, issued = self.rng.choice(self.dated)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0][0])
            if record.get("publisher") and kind in ("annual-report", "government", "trade-body", "market-research"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated.append((name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        year = self.year()
        titles = ["Entrepreneurship: theory, process and practice", "Marketing financial services",
                  "Financial services marketing: an international guide to principles and practice",
                  "Entrepreneurial finance: strategy, valuation and deal structure", "Crowdfunding: a practical guide",
                  "Small business marketing management", "Fintech marketing and the trust economy",
                  "Start-up marketing: from idea to first customers", "Strategic marketing for small firms",
                  "Digital marketing: strategy, implementation and practice", "Principles of marketing",
                  "The lean startup", "Alternative finance for entrepreneurs", self._title()]  # fmt: skip
        record: dict[str, Any] = {
            "type": "book", "title": self.rng.choice(titles), "author": self._people(4),
            "publisher": self.rng.choice(["Pearson", "Routledge", "Kogan Page", "Sage", "Palgrave Macmillan",
                                          "Edward Elgar", "Bloomsbury Business", "Cambridge University Press", "Wiley"]),
            "publisher-place": self.rng.choice(["Harlow", "Abingdon", "London", "Cheltenham", "Cambridge", "Chichester", "Dublin"]),
        }  # fmt: skip
        self._dated(record, year)
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["The Palgrave handbook of crowdfunding",
                                                "Handbook of research on entrepreneurial finance",
                                                "The Routledge companion to financial services marketing",
                                                "Advances in crowdfunding: research and practice",
                                                "The Oxford handbook of small business finance",
                                                "Fintech in emerging markets"]),
            "publisher": self.rng.choice(["Palgrave Macmillan", "Edward Elgar", "Routledge", "Oxford University Press"]),
            "publisher-place": self.rng.choice(["Cham", "Cheltenham", "Abingdon", "Oxford"]),
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        self._dated(record, self.year())
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "volume": str(self.rng.randint(3, 62)),
            "issue": str(self.rng.randint(1, 8)),
            "page": f"{(start := self.rng.randint(1, 1200))}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        self._dated(record, self.year())
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(2010, 2025)}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _report(self) -> Work:
        """A research report by named authors (a centre's benchmarking study, a working paper)."""
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([self._title(), f"The {self.rng.choice(_PLACES)} alternative finance benchmarking report",
                                                        f"Small business finance markets {year}"]),
            "author": self._people(8),
            "publisher": self.rng.choice(["Cambridge Centre for Alternative Finance", "British Business Bank",
                                          "Enterprise Research Centre", "ESRI", "Bank of Israel Research Department",
                                          "FSD Kenya", "Lee Kuan Yew School of Public Policy"]),
            "publisher-place": self.rng.choice(["Cambridge", "Sheffield", "Warwick", "Dublin", "Jerusalem", "Nairobi", "Singapore"]),
        }  # fmt: skip
        self._dated(record, year)
        if self.rng.random() < 0.5:
            record["URL"] = self._url()
            record["accessed"] = self.accessed_after(year)
        return self._person_work(record, "report")

    def _annual_report(self) -> Work:
        name, tags = self.rng.choice(_FIRMS)
        year = self.rng.randint(2014, 2025)
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report and accounts {year}", f"Annual report {year}",
                                                        f"Impact report {year}", "Strategic report", "Investor presentation: full-year results"]),
            "publisher": name, "URL": self._url(name), "accessed": self.accessed_after(year),
        }  # fmt: skip
        self._dated(record, year)
        return self._org_work(record, "annual-report", name, tags)

    def _trade_body(self) -> Work:
        name, tags = self.rng.choice(_TRADE_BODIES)
        year = self.year()
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": self.rng.choice([self._title(), f"Small business index Q{self.rng.randint(1, 4)} {year}",
                                      "Crowdfunding: a guide for small businesses", f"State of the fintech sector {year}",
                                      "Access to finance: what our members told us"]),
            "URL": self._url(name), "accessed": self.accessed_after(year),
        }  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        if self.rng.random() < 0.85:
            self._dated(record, year)
        return self._org_work(record, "trade-body", name, tags)

    def _government(self) -> Work:
        name, tags = self.rng.choice(_REGULATORS)
        year = self.year()
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": self.rng.choice([
                "Financial promotions: finalised guidance", "Crowdfunding and the promotion of non-readily realisable securities",
                f"Longitudinal small business survey {year}", f"Business population estimates {year}",
                "Policy statement on high-risk investments", "Peer-to-peer lending: what you need to know",
                f"Business insights and conditions survey, wave {self.rng.randint(60, 140)}",
                "Financial inclusion survey", "FinScope MSME survey", self._title()]),
            "URL": self._url(name), "accessed": self.accessed_after(year),
        }  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        self._dated(record, year)
        return self._org_work(record, "government", name, tags)

    def _press_release(self) -> Work:
        name, tags = self.rng.choice(_FIRMS)
        year = self.rng.randint(2015, 2025)
        record: dict[str, Any] = {
            "type": "webpage",
            "title": self.rng.choice([f"{name.split()[0]} announces record lending to small businesses",
                                      "Press centre", "Our story", "New research: small firms and late payment",
                                      f"{name.split()[0]} launches in {self.rng.choice(_PLACES)}"]),
            "URL": self._url(name), "accessed": self.accessed_after(year),
        }  # fmt: skip
        if self.rng.random() < 0.75:
            self._dated(record, year, month=self.rng.random() < 0.5)
        return self._org_work(record, "press-release", name, tags)

    def _market_research(self) -> Work:
        name, tags = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2016, 2025)
        place = self.rng.choice(_PLACES)
        record: dict[str, Any] = {
            "type": "report", "publisher": name.split(" (")[0],
            "title": self.rng.choice([f"Consumer attitudes to fintech - {place} - {year}",
                                      f"The deal: equity investment in the {place} {year}",
                                      f"Number of crowdfunding platforms in {place} {year}",
                                      f"Alternative lending in {place}: market size and forecast to 2030",
                                      f"SME banking: {place} {year}"]),
            "URL": self._url(name), "accessed": self.accessed_after(year),
        }  # fmt: skip
        if self.rng.random() < 0.9:
            self._dated(record, year)
        return self._org_work(record, "market-research", name, tags)

    def _trade_press(self) -> Work:
        year = self.rng.randint(2014, 2025)
        outlet = self.rng.choice(_PRESS)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": outlet,
            "URL": self._url(outlet), "accessed": self.accessed_after(year),
        }  # fmt: skip
        self._dated(record, year, month=True)
        if self.rng.random() < 0.65:
            record["author"] = self._people(2)
            return self._person_work(record, "trade-press")
        return self._org_work(record, "trade-press", outlet, {"press"})

    def _news(self) -> Work:
        year = self.rng.randint(2012, 2025)
        outlet = self.rng.choice(
            [
                "Financial Times",
                "The Irish Times",
                "The Guardian",
                "BBC News",
                "Daily Nation",
                "The Straits Times",
                "Haaretz",
                "The Times",
                "Irish Independent",
                "Postimees",
            ]
        )
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "author": self._people(3),
            "container-title": outlet, "URL": self._url(outlet), "accessed": self.accessed_after(year),
        }  # fmt: skip
        self._dated(record, year, month=True)
        return self._person_work(record, "news")

    def _web(self) -> Work:
        """An undated web page: a platform's help page, a blog, a founder's guide."""
        record: dict[str, Any] = {
            "type": "webpage", "title": self.rng.choice([self._title(), "How equity crowdfunding works",
                                                         "Risk warning", "Business loans explained", "About us"]),
            "URL": self._url(), "accessed": self.accessed_after(2022),
        }  # fmt: skip
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.rng.choice(_FIRMS + _TRADE_BODIES)
        record["URL"] = self._url(name)
        return self._org_work(record, "web", name, tags | {"undated"})
