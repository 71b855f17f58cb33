"""Works for the twenty-ninth held-out pool, "blind29": what MSc Marketing Analytics students and analysts cite.

HELD OUT: never tune the checker on this pool; report its tables, never its misses.

Written by a twenty-ninth hand, without reading the checker, its tests or the other pools: marketing analytics
textbooks in their editions, chapters in edited handbooks, Journal of Marketing Research, Marketing Science and IJRM
articles, machine-learning papers with many authors, arXiv preprints, ACM and IEEE conference papers, Kaggle
datasets, GitHub repositories, Google Analytics and Meta documentation, Nielsen, Statista, McKinsey and Gartner
reports, regulators and legislation, company reports, news and trade press, blogs, YouTube tutorials, podcasts and
LinkedIn posts, some with no date and some without an access date.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

GIVEN = ["Priya", "Tomás", "Aoife", "Kwame", "Yuki", "Søren", "Fatima", "Mateusz", "Chiara", "Olumide", "Hyun-woo",
         "Zoë", "Raj", "Eleni", "Björn", "Nkechi", "Léa", "Arjun", "Siobhán", "Jiahui", "Emre", "Ngozi", "Dafydd", "Ana"]  # fmt: skip
FAMILY = ["Gupta", "Okafor", "Lindqvist", "Chen", "Ferreira", "Kowalski", "Nguyen", "Haddad", "Rossi", "Adeyemi", "Park",
          "Müller", "Srinivasan", "Ó Briain", "Papadopoulos", "Yılmaz", "Østergaard", "Wójcik", "Tanaka", "Hughes", "Dvořák",
          "Mensah", "Şahin", "García-López", "Li", "Kim", "Abbasi", "Brennan", "Novák", "Ekström"]  # fmt: skip
PARTICLES = [("van", "Heerde", "Harald J."), ("de", "Haan", "Evert"), ("van den", "Bulte", "Christophe"), ("von", "Wangenheim", "Florian"),
             ("da", "Silva", "Lucas"), ("di", "Benedetto", "Giulia"), ("de la", "Cruz", "Marisol"), ("van der", "Lans", "Ralf"), ("le", "Roux", "Camille")]  # fmt: skip
HYPHENS = [("Smith-Adebayo", "Grace"), ("Al-Khatib", "Omar"), ("Jones-Wright", "Ffion"), ("Nakamura-Hall", "Ken"), ("Ben-David", "Noa"), ("El-Sayed", "Mariam")]  # fmt: skip
CELTIC = [("McCarthy", "Ciara"), ("O'Reilly", "Declan"), ("MacLeod", "Isla"), ("O'Donnell", "Sinéad"), ("McAllister", "Euan"), ("D'Souza", "Neil")]  # fmt: skip

TOPICS = ["customer churn", "customer lifetime value", "marketing mix modelling", "multi-touch attribution", "uplift modelling",
          "recommender systems", "price elasticity", "basket analysis", "loyalty programme engagement", "retail media",
          "A/B testing", "causal inference", "sentiment analysis", "subscription retention", "propensity scoring"]  # fmt: skip
SECTORS = ["e-commerce", "grocery delivery", "video streaming", "fintech", "mobile telecoms", "loyalty programmes",
           "retail media networks", "online fashion", "quick commerce", "neobanking"]  # fmt: skip
BOOK_TITLES = ["Marketing analytics: data-driven techniques with Microsoft Excel", "Marketing analytics: strategic models and metrics",
               "Data science for business", "Customer analytics for dummies", "Marketing metrics: the manager's guide to measuring marketing performance",
               "Predictive marketing: easy ways every marketer can use customer analytics and big data", "Causal inference: the mixtape",
               "An introduction to statistical learning: with applications in R", "Digital marketing analytics: in theory and in practice",
               "Trustworthy online controlled experiments: a practical guide to A/B testing", "Database marketing: analyzing and managing customers",
               "Marketing research: an applied orientation", "Discovering statistics using IBM SPSS Statistics", "R for data science"]  # fmt: skip
EDITED = ["Handbook of marketing analytics: methods and applications in marketing management", "The Routledge companion to marketing research",
          "Handbook of marketing decision models", "The Oxford handbook of customer analytics", "Advances in digital marketing and e-commerce"]  # fmt: skip
CHAPTERS = [
    "Modelling {t} in {s}",
    "Bayesian approaches to {t}",
    "Machine learning for {t}",
    "Field experiments in {s}",
    "Measuring {t} with panel data",
]
ARTICLES = ["Predicting {t} in {s}: a gradient boosting approach", "The effect of {t} on repeat purchase: evidence from {s}",
            "Deep learning for {t}", "When does {t} pay? A field experiment in {s}", "{T} and customer value in {s}",
            "A Bayesian model of {t} for {s}", "Heterogeneous treatment effects in {t}", "Does {t} cannibalise sales? Evidence from {s}"]  # fmt: skip
JOURNALS = [("Journal of Marketing Research", 1), ("Marketing Science", 1), ("International Journal of Research in Marketing", 1),
            ("Journal of Marketing", 1), ("Journal of Interactive Marketing", 1), ("Journal of the Academy of Marketing Science", 1),
            ("Quantitative Marketing and Economics", 1), ("Journal of Retailing", 1), ("Decision Support Systems", 1), ("Expert Systems with Applications", 1)]  # fmt: skip
PUBLISHERS = [("Wiley", "Hoboken, NJ"), ("Pearson", "Harlow"), ("SAGE", "London"), ("O'Reilly Media", "Sebastopol, CA"), ("Springer", "Cham"),
              ("Cambridge University Press", "Cambridge"), ("Edward Elgar", "Cheltenham"), ("Kogan Page", "London"), ("Yale University Press", "New Haven, CT")]  # fmt: skip
CONFERENCES = [("Proceedings of the 29th ACM SIGKDD Conference on Knowledge Discovery and Data Mining", "Long Beach, CA", "ACM"),
               ("Proceedings of the 16th ACM Conference on Recommender Systems (RecSys '22)", "Seattle, WA", "ACM"),
               ("2021 IEEE International Conference on Big Data", "Orlando, FL", "IEEE"),
               ("Proceedings of the ACM Web Conference 2023", "Austin, TX", "ACM"),
               ("Advances in Neural Information Processing Systems 36 (NeurIPS 2023)", "New Orleans, LA", "Curran Associates")]  # fmt: skip
ORGS = ["McKinsey & Company", "Gartner", "Nielsen", "Statista", "Deloitte", "PwC UK", "IAB UK", "The Data & Marketing Association",
        "Ocado Group plc", "Tesco plc", "Deliveroo plc", "Monzo Bank Ltd", "BT Group plc", "Sainsbury's", "Boots UK", "The Hut Group",
        "Netflix, Inc.", "Spotify Technology S.A.", "Google", "Meta", "Kantar", "YouGov", "dunnhumby", "WARC", "Forrester", "Accenture",
        "Marks & Spencer Group plc", "Vodafone Group Plc", "Just Eat Takeaway.com N.V.", "Adobe"]  # fmt: skip
REGULATORS = [("Information Commissioner's Office", "ico.org.uk"), ("ICO", "ico.org.uk"), ("Competition and Markets Authority", "www.gov.uk/cma"),
              ("CMA", "www.gov.uk/cma"), ("Financial Conduct Authority", "www.fca.org.uk"), ("Ofcom", "www.ofcom.org.uk"),
              ("Office for National Statistics", "www.ons.gov.uk"), ("ONS", "www.ons.gov.uk"), ("Department for Science, Innovation and Technology", "www.gov.uk/dsit"),
              ("Advertising Standards Authority", "www.asa.org.uk"), ("European Commission", "commission.europa.eu")]  # fmt: skip
ACTS = [("Data Protection Act 2018", 2018), ("Privacy and Electronic Communications (EC Directive) Regulations 2003", 2003),
        ("Consumer Rights Act 2015", 2015), ("Digital Markets, Competition and Consumers Act 2024", 2024), ("Online Safety Act 2023", 2023)]  # fmt: skip
DOCS = [("Google", "https://support.google.com/analytics/answer/", ["[GA4] Attribution models", "[GA4] Data-driven attribution", "[GA4] Predictive metrics", "[GA4] BigQuery Export"]),
        ("Meta", "https://www.facebook.com/business/help/", ["About Conversions API", "About lift studies", "About Advantage+ shopping campaigns", "Robyn: open-source marketing mix modelling"]),
        ("Microsoft", "https://learn.microsoft.com/en-us/power-bi/", ["Power BI documentation", "Create a key influencers visual"]),
        ("scikit-learn developers", "https://scikit-learn.org/stable/", ["User guide: ensemble methods", "sklearn.ensemble.GradientBoostingClassifier"]),
        ("Tableau", "https://help.tableau.com/current/", ["Get started with Tableau Desktop", "Forecasting in Tableau"])]  # fmt: skip
NEWS = [("Financial Times", "https://www.ft.com/content/"), ("The Guardian", "https://www.theguardian.com/business/"), ("BBC News", "https://www.bbc.co.uk/news/business-"),
        ("The Grocer", "https://www.thegrocer.co.uk/"), ("Marketing Week", "https://www.marketingweek.com/"), ("Campaign", "https://www.campaignlive.co.uk/article/"),
        ("TechCrunch", "https://techcrunch.com/"), ("Retail Gazette", "https://www.retailgazette.co.uk/blog/"), ("The Drum", "https://www.thedrum.com/news/")]  # fmt: skip
HEADLINES = ["{B} bets on retail media as ad revenue grows", "Why {B} is rebuilding its loyalty programme around data",
             "{B} cuts churn with machine learning", "Cookie deprecation: what it means for {B}", "{B} launches clean room for advertisers",
             "How {B} uses personalisation to drive basket size", "{B} reports rise in active subscribers"]  # fmt: skip
BRANDS = [
    "Ocado",
    "Tesco",
    "Deliveroo",
    "Monzo",
    "Netflix",
    "Spotify",
    "Boots",
    "Sainsbury's",
    "Revolut",
    "Gousto",
    "Getir",
    "Zopa",
    "Sky",
    "EE",
    "ASOS",
    "Starling",
]
CHANNELS = ["StatQuest with Josh Starmer", "Measureschool", "Analytics Mania", "Data School", "Krish Naik", "Ken Jee"]
VIDEOS = [
    "Gradient boosting explained",
    "GA4 explorations tutorial",
    "Logistic regression in R",
    "Marketing mix modelling with Robyn",
    "Survival analysis for churn",
]
PODCASTS = [
    ("Data Skeptic", "Data Skeptic"),
    ("Marketing Over Coffee", "Marketing Over Coffee"),
    ("The Measure Pod", "The Measure Pod"),
    ("Analytics Power Hour", "The Analytics Power Hour"),
]
REPOS = [
    ("facebookexperimental", "Robyn"),
    ("google", "meridian"),
    ("google", "lightweight_mmm"),
    ("uber", "causalml"),
    ("py-why", "dowhy"),
    ("CamDavidsonPilon", "lifetimes"),
]
KAGGLE = [
    "Telco customer churn",
    "Online retail II UCI",
    "Instacart market basket analysis",
    "Brazilian e-commerce public dataset by Olist",
    "Bank marketing",
    "Customer personality analysis",
]


class Blind29WorkFactory(WorkFactory):
    """The works an MSc Marketing Analytics student cites, from one seeded random source."""

    KINDS: ClassVar[dict[str, float]] = {
        "book": 12, "chapter": 5, "journal": 22, "preprint": 6, "conference": 7, "dataset": 3, "repository": 3,
        "documentation": 5, "report": 9, "company-report": 4, "government": 5, "legislation": 3, "news": 6,
        "trade-press": 3, "blog": 3, "video": 2, "podcast": 1, "social": 1,
    }  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 29 + 2900)

    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.12:
            particle, family, given = self.rng.choice(PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.2:
            family, given = self.rng.choice(HYPHENS)
            return {"family": family, "given": given}
        if roll < 0.28:
            family, given = self.rng.choice(CELTIC)
            return {"family": family, "given": given}
        return {"family": self.rng.choice(FAMILY), "given": self.rng.choice(GIVEN)}

    def people(self, low: int, high: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(low, high + 1), weights=[max(1, 8 - i) for i in range(high - low + 1)])[0]
        return [self.person() for _ in range(count)]

    def when(self, low: int = 2010, high: int = 2025, detail: str = "year") -> dict[str, Any]:
        year = self.rng.randint(low, high)
        if detail == "year":
            return {"date-parts": [[year]]}
        return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def access(self, record: dict[str, Any], url: str, chance: float = 0.85) -> None:
        record["URL"] = url
        if self.rng.random() < chance:
            parts = record.get("issued", {"date-parts": [[2023]]})["date-parts"][0]
            stamp = [max(parts[0], 2024), self.rng.randint(1, 12), self.rng.randint(1, 28)]
            if stamp[: len(parts)] < parts:
                stamp = list(parts) + [self.rng.randint(1, 28)] * (3 - len(parts))
            record["accessed"] = {"date-parts": [stamp]}

    def undated(self, record: dict[str, Any], chance: float) -> None:
        if self.rng.random() < chance:
            record.pop("issued", None)

    def slug(self, text: str) -> str:
        return "-".join("".join(ch for ch in word if ch.isalnum()) for word in text.lower().split())[:60]

    def topic(self, pattern: str) -> str:
        t, s = self.rng.choice(TOPICS), self.rng.choice(SECTORS)
        text = pattern.replace("{t}", t).replace("{T}", t[:1].upper() + t[1:]).replace("{s}", s)
        return text.replace("{B}", self.rng.choice(BRANDS))

    def person_work(self, record: dict[str, Any], kind: str) -> Work:
        return self._person_work(record, kind)

    def org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str] | None = None) -> Work:
        return self._org_work(record, kind, name, tags or set())

    def make(self, kind: str | None = None) -> Work:
        if kind is None:
            kind = self.rng.choices(list(self.KINDS), weights=list(self.KINDS.values()))[0]
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        return work

    def _book(self) -> Work:
        publisher, place = self.rng.choice(PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self.rng.choice(BOOK_TITLES), "author": self.people(1, 3),
                                  "issued": self.when(2008, 2024), "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.45:
            record["edition"] = str(self.rng.randint(2, 6))
        if self.rng.random() < 0.15:  # an e-book read online
            self.access(record, f"https://ebookcentral.proquest.com/lib/{self.rng.randint(1000, 9999)}", 0.9)
        return self.person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(PUBLISHERS)
        record: dict[str, Any] = {"type": "chapter", "title": self.topic(self.rng.choice(CHAPTERS)), "author": self.people(1, 3),
                                  "editor": self.people(1, 3), "container-title": self.rng.choice(EDITED), "issued": self.when(2012, 2024),
                                  "publisher": publisher, "publisher-place": place, "page": f"{(p := self.rng.randint(10, 300))}-{p + self.rng.randint(12, 30)}"}  # fmt: skip
        return self.person_work(record, "chapter")

    def _journal(self) -> Work:
        journal, _ = self.rng.choice(JOURNALS)
        record: dict[str, Any] = {"type": "article-journal", "title": self.topic(self.rng.choice(ARTICLES)), "author": self.people(1, 8),
                                  "container-title": journal, "issued": self.when(2005, 2025), "volume": str(self.rng.randint(20, 62)),
                                  "issue": str(self.rng.randint(1, 6)), "page": f"{(p := self.rng.randint(1, 900))}-{p + self.rng.randint(10, 25)}"}  # fmt: skip
        if self.rng.random() < 0.6:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 1200)}/{self.slug(journal)[:8]}.{self.rng.randint(2015, 2025)}.{self.rng.randint(100, 999)}"
            )
        return self.person_work(record, "journal")

    def _preprint(self) -> Work:
        record: dict[str, Any] = {"type": "article", "title": self.topic(self.rng.choice(ARTICLES)), "author": self.people(2, 8),
                                  "issued": self.when(2017, 2025), "publisher": "arXiv", "genre": "Preprint"}  # fmt: skip
        number = f"{record['issued']['date-parts'][0][0] % 100:02d}{self.rng.randint(1, 12):02d}.{self.rng.randint(10000, 19999)}"
        record["number"] = f"arXiv:{number}"
        self.access(record, f"https://arxiv.org/abs/{number}", 0.8)
        return self.person_work(record, "preprint")

    def _conference(self) -> Work:
        venue, place, publisher = self.rng.choice(CONFERENCES)
        record: dict[str, Any] = {"type": "paper-conference", "title": self.topic(self.rng.choice(ARTICLES)), "author": self.people(2, 8),
                                  "container-title": venue, "event-place": place, "publisher": publisher, "issued": self.when(2016, 2024),
                                  "page": f"{(p := self.rng.randint(100, 4000))}-{p + self.rng.randint(8, 12)}"}  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = f"10.1145/{self.rng.randint(3580000, 3589999)}.{self.rng.randint(3590000, 3599999)}"
        return self.person_work(record, "conference")

    def _dataset(self) -> Work:
        title = self.rng.choice(KAGGLE)
        record: dict[str, Any] = {
            "type": "dataset",
            "title": title,
            "issued": self.when(2016, 2024),
            "publisher": "Kaggle",
            "medium": "Dataset",
        }
        self.undated(record, 0.2)
        self.access(record, f"https://www.kaggle.com/datasets/{self.slug(title)}", 0.9)
        if self.rng.random() < 0.6:
            record["author"] = self.people(1, 2)
            return self.person_work(record, "dataset")
        return self.org_work(
            record, "dataset", self.rng.choice(["IBM", "UCI Machine Learning Repository", "Olist", "Instacart"])
        )

    def _repository(self) -> Work:
        owner, name = self.rng.choice(REPOS)
        record: dict[str, Any] = {"type": "software", "title": f"{name}", "issued": self.when(2019, 2025),
                                  "version": f"{self.rng.randint(0, 3)}.{self.rng.randint(0, 12)}.{self.rng.randint(0, 9)}", "publisher": "GitHub"}  # fmt: skip
        self.access(record, f"https://github.com/{owner}/{name}", 0.95)
        if owner == "CamDavidsonPilon":  # a one-person repository is cited by its author
            record["author"] = [{"family": "Davidson-Pilon", "given": "Cameron"}]
            return self.person_work(record, "repository")
        owners = {
            "facebookexperimental": "Meta Open Source",
            "google": "Google",
            "uber": "Uber Technologies",
            "py-why": "PyWhy",
        }
        return self.org_work(record, "repository", owners[owner])

    def _documentation(self) -> Work:
        name, base, titles = self.rng.choice(DOCS)
        title = self.rng.choice(titles)
        record: dict[str, Any] = {
            "type": "webpage",
            "title": title,
            "issued": self.when(2020, 2025),
            "container-title": f"{name} Help",
        }
        self.undated(record, 0.45)
        self.access(record, base + str(self.rng.randint(1000000, 9999999)), 0.8)
        return self.org_work(record, "documentation", name, {"documentation"})

    def _report(self) -> Work:
        name = self.rng.choice([*ORGS[:8], "Kantar", "YouGov", "dunnhumby", "WARC", "Forrester", "Accenture"])
        title = self.topic(
            self.rng.choice(
                [
                    "The state of {t} in {s}",
                    "{T}: the next frontier for {s}",
                    "Global {s} outlook",
                    "Consumer survey on {s}",
                    "Magic Quadrant for {t} platforms",
                ]
            )
        )
        record: dict[str, Any] = {
            "type": "report",
            "title": title,
            "issued": self.when(2017, 2025),
            "publisher": name,
            "publisher-place": "London",
        }
        self.undated(record, 0.1)
        self.access(
            record, f"https://www.{self.slug(name).replace('-', '')[:12]}.com/insights/{self.slug(title)}", 0.85
        )
        return self.org_work(record, "report", name, {"research"})

    def _company_report(self) -> Work:
        name = self.rng.choice(
            [
                "Ocado Group plc",
                "Tesco plc",
                "Deliveroo plc",
                "Monzo Bank Ltd",
                "BT Group plc",
                "Marks & Spencer Group plc",
                "Vodafone Group Plc",
                "Sainsbury's",
                "The Hut Group",
                "Netflix, Inc.",
                "Spotify Technology S.A.",
                "Just Eat Takeaway.com N.V.",
            ]
        )
        year = self.rng.randint(2018, 2025)
        title = self.rng.choice(
            [
                f"Annual report and accounts {year}",
                f"Annual report {year}",
                f"Q{self.rng.randint(1, 4)} {year} shareholder letter",
                f"Sustainability report {year}",
            ]
        )
        record: dict[str, Any] = {
            "type": "report",
            "title": title,
            "issued": {"date-parts": [[year]]},
            "publisher": name,
        }
        self.access(record, f"https://www.{self.slug(name).split('-')[0]}.com/investors", 0.85)
        return self.org_work(record, "company-report", name, {"company"})

    def _government(self) -> Work:
        name, site = self.rng.choice(REGULATORS)
        title = self.topic(
            self.rng.choice(
                [
                    "Guidance on {t}",
                    "Online choice architecture: how digital design can harm competition and consumers",
                    "Direct marketing and the use of personal data",
                    "Consumer Duty: findings from our review of {s}",
                    "Internet access - households and individuals",
                    "Online nation",
                    "Adtech market study",
                ]
            )
        )
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": title,
            "issued": self.when(2016, 2025),
        }
        self.access(record, f"https://{site}/{self.slug(title)}", 0.85)
        return self.org_work(record, "government", name, {"government"})

    def _legislation(self) -> Work:
        title, year = self.rng.choice(ACTS)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]}}
        self.access(record, f"https://www.legislation.gov.uk/ukpga/{year}/{self.rng.randint(1, 40)}/contents", 0.7)
        return self.org_work(record, "legislation", title)

    def _news(self) -> Work:
        paper, base = self.rng.choice(NEWS[:3] + NEWS[6:7])
        title = self.topic(self.rng.choice(HEADLINES))
        record: dict[str, Any] = {
            "type": "article-newspaper",
            "title": title,
            "container-title": paper,
            "issued": self.when(2018, 2025, "day"),
        }
        self.access(record, base + self.slug(title), 0.85)
        if self.rng.random() < 0.75:
            record["author"] = self.people(1, 2)
            return self.person_work(record, "news")
        return self.org_work(record, "news", paper)

    def _trade_press(self) -> Work:
        paper, base = self.rng.choice(NEWS[3:6] + NEWS[7:])
        title = self.topic(self.rng.choice(HEADLINES))
        record: dict[str, Any] = {
            "type": "article-magazine",
            "title": title,
            "container-title": paper,
            "issued": self.when(2018, 2025, "day"),
            "author": self.people(1, 2),
        }
        self.access(record, base + self.slug(title), 0.85)
        return self.person_work(record, "trade-press")

    def _blog(self) -> Work:
        title = self.topic(
            self.rng.choice(
                [
                    "A gentle introduction to {t}",
                    "How we measure {t} at scale",
                    "{T} in Python: a worked example",
                    "Why your {t} model is lying to you",
                ]
            )
        )
        record: dict[str, Any] = {"type": "post-weblog", "title": title, "issued": self.when(2017, 2025, "day"),
                                  "container-title": self.rng.choice(["Towards Data Science", "Netflix TechBlog", "Booking.com Data Science", "Simo Ahava's blog", "Spotify Engineering"])}  # fmt: skip
        self.undated(record, 0.25)
        self.access(record, f"https://medium.com/{self.slug(title)}", 0.8)
        if self.rng.random() < 0.3:
            return self.org_work(
                record, "blog", self.rng.choice(["Netflix Technology Blog", "Spotify R&D", "Deliveroo Engineering"])
            )
        record["author"] = self.people(1, 2)
        return self.person_work(record, "blog")

    def _video(self) -> Work:
        channel = self.rng.choice(CHANNELS)
        record: dict[str, Any] = {
            "type": "motion_picture",
            "title": self.rng.choice(VIDEOS),
            "issued": self.when(2018, 2025, "day"),
            "medium": "YouTube video",
        }
        self.access(
            record,
            f"https://www.youtube.com/watch?v={''.join(self.rng.choices('abcdefghijkLMNOPQ0123456789_-', k=11))}",
            0.95,
        )
        return self.org_work(record, "video", channel)

    def _podcast(self) -> Work:
        name, show = self.rng.choice(PODCASTS)
        record: dict[str, Any] = {"type": "broadcast", "title": self.topic(f"Episode {self.rng.randint(12, 400)}: " + "{t} in {s}"),
                                  "container-title": show, "issued": self.when(2019, 2025, "day"), "medium": "Podcast"}  # fmt: skip
        self.access(record, f"https://podcasts.apple.com/gb/podcast/{self.slug(show)}", 0.85)
        return self.org_work(record, "podcast", name)

    def _social(self) -> Work:
        record: dict[str, Any] = {"type": "post", "title": self.topic("Thread on {t} for {s} teams"), "issued": self.when(2021, 2025, "day"),
                                  "container-title": self.rng.choice(["LinkedIn", "X", "Threads"]), "author": self.people(1, 1)}  # fmt: skip
        self.access(record, f"https://www.linkedin.com/posts/{self.rng.randint(100000, 999999)}", 0.95)
        return self.person_work(record, "social")
