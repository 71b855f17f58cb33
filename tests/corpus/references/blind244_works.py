"""Works that marketers at UK and Irish law firms, accountancy and audit firms, tax advisers and professional-services
networks cite in CIM Level 6 and 7 reports and MBA assignments: professional-services marketing textbooks, chapters,
journal articles, theses, conference papers, regulators and public bodies, professional and trade bodies, firms'
pages, annual and transparency reports, market research, the legal and accountancy press, social posts, videos,
podcasts and undated pages. Written for the "blind244" pool without reading the checker or any other pool.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_GB", "en_IE", "en_IE", "en_IN", "en_US", "pl_PL", "de_DE"]
# Names as their owners print them: Irish names with Ó, Ní, Mac; double-barrelled British names; South Asian,
# Chinese and Nigerian names (family, given).
_NAMES = [
    ("Ó Súilleabháin", "Cian"), ("Ní Bhriain", "Aoife"), ("Ó Ceallaigh", "Seán"), ("Ní Mhurchú", "Gráinne"),
    ("Mac Giolla Phádraig", "Eoin"), ("MacCarthy", "Siobhán"), ("Ó Dónaill", "Niamh"), ("Ní Chonaill", "Orla"),
    ("McGuinness", "Ciarán"), ("O'Sullivan", "Pádraig"), ("Fitzgerald", "Róisín"), ("Mac an tSaoi", "Máire"),
    ("Lloyd-Jones", "Harriet"), ("Hamilton-Baillie", "Rupert"), ("Cavendish-Bentinck", "Imogen"),
    ("Wynne-Davies", "Gareth"), ("Fox-Pitt", "Charlotte"), ("Bowes-Lyon", "Edward"),
    ("Chaudhry", "Imran"), ("Banerjee", "Ananya"), ("Patel", "Nikesh"), ("Venkataraman", "Lakshmi"),
    ("Gunawardena", "Dilini"), ("Malhotra", "Rohit"), ("Siddiqui", "Ayesha"), ("Sandhu", "Harpreet"),
    ("Zhang", "Wei"), ("Li", "Xiaoyu"), ("Chen", "Jing"), ("Ng", "Kai Ling"), ("Lau", "Wing"), ("Wong", "Mei"),
    ("Adebayo", "Oluwaseun"), ("Nwachukwu", "Chiamaka"), ("Okonkwo", "Emeka"), ("Adeyemi", "Folake"),
    ("Olaniyan", "Tunde"), ("Eze", "Ngozi"),
    ("Maister", "David"), ("Løwendahl", "Bente"), ("Empson", "Laura"), ("Greenwood", "Royston"),
]  # fmt: skip
_BOOKS = [
    "Marketing professional services", "Business development for lawyers", "The client-centred firm",
    "Thought leadership marketing", "Key account management in professional services",
    "Managing the professional service firm", "Selling professional services", "Branding the partnership",
    "Legal marketing in practice", "Marketing the accountancy practice", "Relationship marketing for advisers",
    "Winning new clients: a guide for accountants", "Client care and the modern law firm",
    "Pricing legal services", "Content marketing for professional firms", "Digital marketing for law firms",
]  # fmt: skip
_TOPICS = [
    "thought leadership", "client listening programmes", "key account management", "cross-selling",
    "partner-led business development", "legal directories", "employer branding for trainees", "pitching and tenders",
    "client feedback", "fixed-fee pricing", "alternative business structures", "LinkedIn for partners",
    "webinars and events", "reputation after audit failures", "ESG advisory services", "the audit market",
    "tax-advice marketing", "relationship partners", "trust in professional advisers", "brand mergers",
    "client experience in legal services", "price transparency rules", "generative AI in law firms",
    "network brands", "alumni programmes",
]  # fmt: skip
_JOURNALS = [
    "Journal of Professional Services Marketing", "The Service Industries Journal", "Journal of Services Marketing",
    "Accounting, Auditing & Accountability Journal", "International Journal of the Legal Profession",
    "Industrial Marketing Management", "Journal of Marketing Management", "Journal of Business-to-Business Marketing",
    "Journal of Business & Industrial Marketing", "Accounting and Business Research", "Legal Ethics",
]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Sage", "London"), ("Kogan Page", "London"), ("Pearson", "Harlow"),
               ("Bloomsbury Professional", "London"), ("The Law Society", "London"), ("Edward Elgar", "Cheltenham"),
               ("Oxford University Press", "Oxford")]  # fmt: skip
_THESES = [
    ("Cranfield University", "Cranfield"), ("The University of Law", "London"),
    ("Queen's University Belfast", "Belfast"), ("Trinity College Dublin", "Dublin"),
    ("University of Warwick (Warwick Business School)", "Coventry"), ("Cardiff University", "Cardiff"),
]  # fmt: skip
_CONFERENCES = [
    ("Academy of Marketing Conference", "Academy of Marketing"),
    ("British Accounting and Finance Association (BAFA) Annual Conference", "BAFA"),
    ("Socio-Legal Studies Association Annual Conference", "Socio-Legal Studies Association"),
]  # fmt: skip
_REGULATORS = [
    "Solicitors Regulation Authority", "Solicitors Regulation Authority (SRA)", "Legal Services Board",
    "Financial Reporting Council", "Financial Reporting Council (FRC)", "Legal Services Regulatory Authority",
    "Law Society of Ireland", "Competition and Markets Authority", "Competition and Markets Authority (CMA)",
    "Advertising Standards Authority", "HM Revenue & Customs", "Office for National Statistics", "Ministry of Justice",
]  # fmt: skip
_TRADE_BODIES = [
    "The Law Society", "Law Society of England and Wales", "The Bar Council",
    "Institute of Chartered Accountants in England and Wales (ICAEW)", "ICAEW",
    "Association of Chartered Certified Accountants (ACCA)", "Chartered Accountants Ireland",
    "Chartered Institute of Taxation", "Professional Services Marketing Group (PM Forum)", "PM Forum", "LawCare",
    "Legal Marketing Association",
]  # fmt: skip
_FIRMS = [
    "Allen Overy Shearman Sterling LLP", "Clifford Chance LLP", "Linklaters LLP", "DLA Piper UK LLP",
    "Irwin Mitchell Holdings Ltd", "Slater and Gordon (UK) Ltd", "Arthur Cox LLP", "Deloitte LLP",
    "PricewaterhouseCoopers LLP", "Ernst & Young LLP", "KPMG LLP", "Grant Thornton UK LLP", "BDO LLP",
    "RSM UK Holdings Ltd", "Slaughter and May", "Shoosmiths LLP", "A&L Goodbody LLP", "McCann FitzGerald LLP",
    "Forvis Mazars LLP", "Moore Kingston Smith LLP",
]  # fmt: skip
_RESEARCH = ["The Lawyer", "Legal 500", "Chambers and Partners", "Accountancy Age", "Source Global Research",
             "Feedback Global", "BTI Consulting", "Statista", "YouGov"]  # fmt: skip
_RESEARCH_TITLES = {
    "The Lawyer": ["The Lawyer UK200 {y}: the annual report", "UK200 {y}: law firm rankings and financials"],
    "Legal 500": ["The Legal 500 United Kingdom {y}", "Legal 500 Ireland {y}: firm rankings"],
    "Chambers and Partners": ["Chambers UK {y}: a guide to the legal profession", "Chambers Europe {y}: Ireland"],
    "Accountancy Age": ["Top 50+50 accountancy firms {y}", "Accountancy Age Top 50+50 {y} report"],
    "Source Global Research": ["The UK professional services market in {y}", "Perceptions of audit and advisory firms {y}"],
    "Feedback Global": ["Client listening benchmark {y}", "What clients want from their law firms {y}"],
    "BTI Consulting": ["BTI Client Service A-Team {y}", "BTI brand elite {y}"],
    "Statista": ["Revenue of the leading law firms in the UK {y}", "Number of chartered accountants in the UK {y}"],
    "YouGov": ["Trust in lawyers and accountants, {y}", "How the public chooses a solicitor {y}"],
}  # fmt: skip
_PRESS = ["The Lawyer", "Legal Business", "Law Gazette", "Legal Cheek", "Accountancy Age", "Economia",
          "Financial Times", "The Times", "The Irish Times", "BBC News"]  # fmt: skip
_PLATFORMS = ["LinkedIn", "X", "YouTube", "Instagram", "TikTok"]


class Blind244WorkFactory(WorkFactory):
    """The blind244 pool's works: professional-services marketing sources with names from Ireland, Britain, South
    Asia, China and Nigeria, real firms, regulators and professional bodies (with "&", apostrophes, "LLP", "Ltd" and
    abbreviations), bodies with two works of one year, undated pages and access dates on everything read online."""

    KINDS = ("book", "chapter", "journal", "thesis", "conference", "report", "web", "news", "social", "video",
             "podcast")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 244)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 223 + index)
                self.fakers[locale] = fake
        self.dated_orgs: list[tuple[str, str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people, organisations, dates
    def person(self) -> dict[str, str]:
        if self.rng.random() < 0.45:
            family, given = self.rng.choice(_NAMES)
            return {"family": family, "given": given}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        if self.rng.random() < 0.08:
            family = f"{family}-{self.fakers['en_GB'].last_name()}"
        return {"family": family, "given": given}

    def year(self) -> int:
        if self.rng.random() < 0.05:  # Maister and the other classics
            return self.rng.randint(1982, 2000)
        return self.rng.randint(2010, 2025)

    def accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        first = max(2023, issued[0] if issued else 2023)
        accessed = [self.rng.randint(first, max(first, 2025)), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        if issued and accessed[: len(issued)] < list(issued):  # read online after it was published
            accessed = [issued[0], 12, 28]
        return {"date-parts": [accessed]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]} in UK law firms", f"{topic[0].upper()}{topic[1:]}: evidence from the Big Four",
                 f"Rethinking {topic} in professional services", f"How {topic} shapes client loyalty",
                 f"{topic[0].upper()}{topic[1:]} and the partnership model", f"The role of {topic} in Irish practices",
                 f"{topic[0].upper()}{topic[1:]}: a study of mid-tier accountancy firms"]  # fmt: skip
        return self.rng.choice(forms)

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[35, 25, 15, 9, 6, 4, 3, 3][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if person not in people:
                people.append(person)
        return people

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # one body's two works of the same year now and then ("Solicitors Regulation Authority, 2024a" and "2024b")
        group = "press" if "press" in tags else "research" if "market-research" in tags else "body"
        same = [entry for entry in self.dated_orgs if entry[0] == group]
        if same and "issued" in record and self.rng.random() < 0.14:
            _group, name, tags, issued = self.rng.choice(same)
            record["issued"] = {"date-parts": [list(issued["date-parts"][0][:1])]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
            if "publisher" in record:
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated_orgs.append((group, name, tags, record["issued"]))
        return self._org_work(record, kind, name, tags)

    def _url(self, host: str | None = None) -> str:
        fake = self.fakers["en_GB"]
        return f"https://www.{host}/{fake.slug()}" if host else fake.url() + fake.uri_path()

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "thesis", "conference", "regulator", "trade-body", "firm",
             "market-research", "news", "social", "video", "podcast", "undated-web"],
            weights=[12, 5, 22, 3, 3, 10, 9, 10, 8, 10, 3, 2, 2, 4],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        title = self.rng.choice(_BOOKS) if self.rng.random() < 0.6 else self._title()
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 300)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["The Oxford handbook of professional service firms",
                                                "The Routledge companion to the professions",
                                                "Handbook of business-to-business marketing",
                                                "Research handbook on the legal profession"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["DOI"] = (
                f"10.{self.rng.choice([1080, 1108, 1016, 1177])}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(2010, 2025)}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university, place = self.rng.choice(_THESES)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": self._people(1),
                                  "genre": self.rng.choice(["PhD thesis", "DBA thesis", "MBA dissertation", "LLM dissertation"]),
                                  "publisher": university, "publisher-place": place,
                                  "issued": {"date-parts": [[self.year()]]}}  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        event, _short = self.rng.choice(_CONFERENCES)
        year = self.year()
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(4),
                                  "container-title": f"Proceedings of the {event}", "event": event,
                                  "publisher-place": self.rng.choice(["London", "Belfast", "Cardiff", "Dublin", "Sheffield"]),
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        return self._person_work(record, "conference")

    def _regulator(self) -> Work:
        name = self.rng.choice(_REGULATORS)
        year = self.year()
        title = self.rng.choice([f"Annual report and accounts {year}", f"Price transparency review {year}",
                                 "Consumer research on legal services", "Audit market review",
                                 "First-tier complaints: what the data shows", "Developments in audit",
                                 "Legal services market study", "Guidance on marketing your firm",
                                 "Tax agents: standards for agents", "Legal Needs Survey"])  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [[year]]}, "URL": self._url("gov.uk/government/publications" if name.startswith(("HM", "Office", "Ministry", "Competition")) else None)}  # fmt: skip
        record["accessed"] = self.accessed_after([year])
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = (
                "Dublin" if name.startswith(("Law Society of Ireland", "Legal Services Regulatory")) else "London"
            )
        return self._org(
            record,
            "report" if record["type"] == "report" else "web",
            name,
            {"government"} | ({"abbreviation"} if "(" in name else set()) | ({"ampersand"} if "&" in name else set()),
        )

    def _trade_body(self) -> Work:
        name = self.rng.choice(_TRADE_BODIES)
        year = self.year()
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(
            [f"Annual review {year}", "Wellbeing in the legal profession", "The future of the accountancy profession",
             f"Marketing benchmark survey {year}", "Member insight: small practices", "Life in the law",
             "Becoming a solicitor: the SQE", "Tax and the digital economy", f"Salary survey {year}"]),
            "issued": {"date-parts": [[year]]}, "URL": self._url(), "accessed": self.accessed_after([year])}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = "Dublin" if "Ireland" in name else "London"
        tags = {"trade-body"} | ({"abbreviation"} if "(" in name else set())
        return self._org(record, "report" if record["type"] == "report" else "web", name, tags)

    def _firm(self) -> Work:
        name = self.rng.choice(_FIRMS)
        year = self.year()
        title = self.rng.choice([f"Annual review {year}", f"Transparency report {year}", "About us", "Our people",
                                 f"Global impact report {year}", "Our purpose and values", "Insights: the future of audit",
                                 f"Members' report and financial statements {year}", "Client promise"])  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(), "accessed": self.accessed_after([year])}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name
            record["publisher-place"] = "Dublin" if name.startswith(("Arthur Cox", "A&L", "McCann")) else "London"
        elif self.rng.random() < 0.25:  # a firm's page with no date
            del record["issued"]
            record["accessed"] = self.accessed_after(None)
        tags = {"company"} | ({"ampersand"} if "&" in name else set())
        return self._org(record, "report" if record["type"] == "report" else "web", name, tags)

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.92 else None
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(_RESEARCH_TITLES[name]).format(y=year or 2024),
                                  "publisher": name, "URL": self._url(), "accessed": self.accessed_after([year] if year else None)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}, "URL": self._url(),
        }  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org(record, "news", record["container-title"], {"press"})

    def _social(self) -> Work:
        platform = self.rng.choice(["LinkedIn", "X", "Instagram"])
        year = self.year()
        record: dict[str, Any] = {"type": "webpage", "title": f"{self._title()} [{platform} post]",
                                  "container-title": platform,
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url()}  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        if self.rng.random() < 0.5:
            record["author"] = self._people(1)
            return self._person_work(record, "social")
        name = self.rng.choice(_FIRMS + _TRADE_BODIES)
        return self._org(record, "social", name, {"company"})

    def _video(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "webpage", "title": f"{self._title()} [Video]", "container-title": "YouTube",
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": f"https://www.youtube.com/watch?v={self.fakers['en_GB'].lexify('???????????')}"}  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        return self._org(record, "video", self.rng.choice(_FIRMS + _TRADE_BODIES), {"company"})

    def _podcast(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "webpage",
                                  "title": f"Episode {self.rng.randint(1, 180)}: {self._title()} [Podcast]",
                                  "container-title": self.rng.choice(["The Lawyer Podcast", "Legal Cheek Podcast",
                                                                      "Accountancy Age Podcast", "PM Forum Podcast"]),
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url()}  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        record["author"] = self._people(2)
        return self._person_work(record, "podcast")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url(),
                                  "accessed": self.accessed_after(None)}  # fmt: skip
        if self.rng.random() < 0.4:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name = self.rng.choice(_FIRMS + _TRADE_BODIES + _REGULATORS)
        return self._org_work(record, "web", name, {"undated"})
