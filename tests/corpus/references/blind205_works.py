"""The blind205 pool's works: what marketers in B2B software, SaaS, fintech and deep-tech start-ups and scale-ups
(London, Dublin, Berlin, Amsterdam, Stockholm, Tel Aviv, Bangalore, Austin, Toronto) cite in CIM Level 6 and 7
reports and MBA assignments.

Textbooks and e-books, chapters, journal articles with up to eight authors (Industrial Marketing Management,
Journal of Business Research, MIS Quarterly and others, some with DOIs), arXiv and SSRN preprints, ACM and IEEE
conference papers, analyst reports (Gartner, Forrester, IDC, G2) under the firm or under the analysts, vendors'
white papers and blogs, standards (ISO/IEC, RFCs), regulators (ICO, CNIL, FTC), EU regulations under the body that
made them, company pages and investors' letters, the tech press signed and unsigned, social posts, videos, podcasts
and undated pages. Firms whose names start with a digit or a small letter (6sense, 1Password, monday.com, n8n,
dbt Labs) or hold "&" and apostrophes, and names as the region's scholars and journals print them: Irish names with
and without their fadas, German, Dutch and Swedish names, Israeli, Indian, French-Canadian and Chinese-Canadian
names, and American and British ones. Written without reading the checker, its tests or any other pool.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "ebook", "chapter", "journal", "preprint", "conference", "analyst-report", "white-paper", "blog",
         "standard", "regulator", "eu-regulation", "company-page", "investor-letter", "news", "social", "video",
         "podcast")  # fmt: skip

_LOCALES = ["en_GB", "en_GB", "en_US", "en_US", "en_IE", "de_DE", "nl_NL", "sv_SE", "en_IN", "en_CA", "fr_CA"]
# Names as the region's papers print them (family, given): Israeli, Indian, Irish, Swedish, German, Chinese-Canadian.
_NAMES = [
    ("Cohen", "Noa"), ("Levi", "Itai"), ("Mizrahi", "Yael"), ("Ben-David", "Omer"), ("Shapira", "Tamar"),
    ("Friedman", "Eyal"), ("Katz", "Shira"), ("Peretz", "Oren"), ("Goldberg", "Maya"), ("Avraham", "Yonatan"),
    ("Iyer", "Priya"), ("Krishnamurthy", "Karthik"), ("Reddy", "Ananya"), ("Venkatesh", "Viswanath"),
    ("Menon", "Deepa"), ("Nair", "Rahul"), ("Banerjee", "Aditya"), ("Subramanian", "Kavya"), ("Agarwal", "Sanjay"),
    ("Mukherjee", "Ritika"), ("Rao", "Venkata Ramana"), ("Ó Súilleabháin", "Niamh"), ("Ní Dhomhnaill", "Aoife"),
    ("O'Sullivan", "Ciarán"), ("MacCarthy", "Eoin"), ("Ó Murchú", "Seán"), ("Fitzgerald", "Orla"),
    ("Åström", "Linnea"), ("Lindqvist", "Johan"), ("Sjöberg", "Elin"), ("Nyström", "Oskar"), ("Ekström", "Karin"),
    ("Müller", "Jürgen"), ("Schäfer", "Lena"), ("Weiß", "Tobias"), ("Köhler", "Anja"), ("Groß", "Felix"),
    ("Tremblay", "Émilie"), ("Gagnon", "Mathieu"), ("Côté", "Geneviève"), ("Bélanger", "Julien"),
    ("Chen", "Kevin"), ("Wong", "Jessica"), ("Singh", "Harpreet"), ("Nguyen", "Linh"), ("Zhang", "Wei"),
    ("Li", "Ting"), ("Kim", "Daniel"), ("Okafor", "Chinedu"), ("Adeyemi", "Tolu"),
]  # fmt: skip
_PARTICLE_NAMES = [("van der", "Meer", "Sanne"), ("de", "Jong", "Bram"), ("van den", "Berg", "Lotte"),
                   ("van", "Dijk", "Thijs"), ("von", "Hoffmann", "Clara"), ("de", "Groot", "Femke"),
                   ("ter", "Horst", "Jelle"), ("van", "Leeuwen", "Daan")]  # fmt: skip
# Organisations these candidates cite as authors, with tags saying what makes the name hard.
_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("Gartner", {"analyst"}), ("Gartner, Inc.", {"analyst", "comma"}), ("Forrester", {"analyst"}),
    ("Forrester Research", {"analyst"}), ("IDC", {"analyst", "acronym"}), ("G2", {"analyst", "digit"}),
    ("McKinsey & Company", {"consultancy", "ampersand"}), ("Bain & Company", {"consultancy", "ampersand"}),
    ("Boston Consulting Group (BCG)", {"consultancy", "abbreviation"}), ("Deloitte", {"consultancy"}),
    ("PwC", {"consultancy"}), ("Ernst & Young", {"consultancy", "ampersand"}), ("Accenture", {"consultancy"}),
    ("6sense", {"company", "digit"}), ("1Password", {"company", "digit"}), ("monday.com", {"company", "lowercase"}),
    ("HubSpot", {"company"}), ("n8n", {"company", "lowercase", "digit"}), ("dbt Labs", {"company", "lowercase"}),
    ("Salesforce", {"company"}), ("Snowflake", {"company"}), ("Datadog", {"company"}), ("Stripe", {"company"}),
    ("Wise", {"company"}), ("Revolut", {"company"}), ("Klarna", {"company"}), ("Intercom", {"company"}),
    ("Atlassian", {"company"}), ("Personio", {"company"}), ("Celonis", {"company"}), ("Mollie", {"company"}),
    ("Adyen", {"company"}), ("Freshworks", {"company"}), ("Zoho Corporation", {"company"}), ("Postman", {"company"}),
    ("Shopify", {"company"}), ("Wealthsimple", {"company"}), ("Gong", {"company"}), ("Pendo", {"company"}),
    ("Check Point Software Technologies", {"company"}), ("Wix.com", {"company"}), ("Spotify", {"company"}),
    ("Andreessen Horowitz (a16z)", {"investor", "abbreviation", "digit"}), ("Atomico", {"investor"}),
    ("Index Ventures", {"investor"}), ("OpenView Partners", {"investor"}), ("Bessemer Venture Partners", {"investor"}),
    ("Sequoia Capital", {"investor"}), ("SaaS Capital", {"investor"}), ("KeyBanc Capital Markets", {"investor"}),
    ("O'Reilly Media", {"company", "apostrophe"}), ("Moody's Analytics", {"company", "apostrophe"}),
    ("Edelman & LinkedIn", {"company", "ampersand"}), ("Demand Gen Report", {"company"}),
    ("TrustRadius", {"company"}), ("Pavilion", {"company"}), ("Tech Nation", {"trade-body"}),
    ("Enterprise Ireland", {"government"}), ("Israel Innovation Authority", {"government"}),
    ("NASSCOM", {"trade-body", "acronym"}), ("Chartered Institute of Marketing (CIM)", {"trade-body", "abbreviation"}),
    ("B2B Marketing", {"press", "digit"}),
]  # fmt: skip
_ANALYSTS = ["Gartner", "Forrester", "IDC", "G2", "Gartner, Inc.", "Forrester Research", "TrustRadius"]
_REGULATORS: list[tuple[str, set[str], str]] = [
    ("Information Commissioner's Office (ICO)", {"government", "apostrophe", "abbreviation"}, "https://ico.org.uk/for-organisations/"),
    ("Information Commissioner's Office", {"government", "apostrophe"}, "https://ico.org.uk/for-organisations/"),
    ("Commission nationale de l'informatique et des libertés (CNIL)", {"government", "apostrophe", "abbreviation", "lowercase"}, "https://www.cnil.fr/en/"),
    ("CNIL", {"government", "acronym"}, "https://www.cnil.fr/en/"),
    ("Federal Trade Commission", {"government"}, "https://www.ftc.gov/business-guidance/"),
    ("Federal Trade Commission (FTC)", {"government", "abbreviation"}, "https://www.ftc.gov/business-guidance/"),
    ("European Data Protection Board", {"government"}, "https://www.edpb.europa.eu/"),
    ("Financial Conduct Authority", {"government"}, "https://www.fca.org.uk/"),
    ("Data Protection Commission", {"government"}, "https://www.dataprotection.ie/en/"),
    ("Autoriteit Persoonsgegevens", {"government"}, "https://www.autoriteitpersoonsgegevens.nl/en/"),
    ("National Cyber Security Centre (NCSC)", {"government", "abbreviation"}, "https://www.ncsc.gov.uk/"),
    ("Competition and Markets Authority", {"government"}, "https://www.gov.uk/government/organisations/"),
]  # fmt: skip
_JOURNALS = ["Industrial Marketing Management", "Journal of Business Research", "MIS Quarterly", "Journal of Marketing",
             "Journal of the Academy of Marketing Science", "Journal of Business & Industrial Marketing",
             "Information Systems Research", "Journal of Product Innovation Management",
             "Technological Forecasting and Social Change", "Journal of Service Research",
             "European Journal of Marketing", "Journal of Marketing Management", "Harvard Business Review",
             "MIT Sloan Management Review", "California Management Review", "Journal of Strategic Marketing",
             "Journal of Interactive Marketing", "Small Business Economics"]  # fmt: skip
_TOPICS = ["product-led growth", "account-based marketing", "intent data", "buying committees", "sales enablement",
           "customer success", "net revenue retention", "generative AI in content marketing", "thought leadership",
           "freemium conversion", "partner ecosystems", "developer relations", "pricing and packaging",
           "category creation", "demand generation", "churn prediction", "open-source go-to-market",
           "trust and security messaging", "B2B brand building", "digital sales rooms", "marketing attribution",
           "AI governance", "embedded finance", "community-led growth", "platform business models"]  # fmt: skip
_CONFERENCES = [("Proceedings of the 2023 CHI Conference on Human Factors in Computing Systems", "ACM"),
                ("Proceedings of the ACM Web Conference 2024", "ACM"),
                ("Proceedings of the 29th ACM SIGKDD Conference on Knowledge Discovery and Data Mining", "ACM"),
                ("2022 IEEE International Conference on Big Data", "IEEE"),
                ("2023 IEEE International Conference on Software Analysis, Evolution and Reengineering (SANER)", "IEEE"),
                ("Proceedings of the 56th Hawaii International Conference on System Sciences", "HICSS"),
                ("ECIS 2022 Research Papers", "AIS")]  # fmt: skip
_PRESS = ["TechCrunch", "Sifted", "The Information", "Financial Times", "Silicon Republic", "Tech.eu", "Calcalist",
          "The Economic Times", "BetaKit", "Business Insider", "Handelsblatt", "Breakit", "The Irish Times",
          "Forbes", "Wired", "Axios"]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Wiley", "Hoboken, NJ"), ("Kogan Page", "London"), ("Routledge", "Abingdon"),
               ("Harvard Business Review Press", "Boston, MA"), ("O'Reilly Media", "Sebastopol, CA"),
               ("Portfolio", "New York"), ("Sage", "London"), ("Palgrave Macmillan", "Cham"),
               ("McGraw Hill", "New York"), ("Penguin Business", "London"), ("HarperBusiness", "New York")]  # fmt: skip


class Blind205WorkFactory(WorkFactory):
    """Works cited by marketers in B2B software, SaaS, fintech and deep tech. A subclass, so no other pool changes."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 43 + 205205)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.dated_orgs: list[tuple[str, set[str], dict[str, Any], str]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.35:
            family, given = self.rng.choice(_NAMES)
            return {"family": family, "given": given}
        if roll < 0.42:
            particle, family, given = self.rng.choice(_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name().split("-")[0].split()[0]
        words = family.split()
        if len(words) > 1 and words[0].islower():  # "van Vliet": the particle apart, as reference managers keep it
            return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": " ".join(words[:1])}
        if self.rng.random() < 0.05:
            family = f"{family}-{self.fakers['en_GB'].last_name()}"
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.06:  # the classics: Moore, Porter, Levitt
            return self.rng.randint(1983, 2005)
        return self.rng.randint(2012, 2025)

    def _accessed_after(self, record: dict[str, Any]) -> dict[str, list[list[int]]]:
        issued = record["issued"]["date-parts"][0] if "issued" in record else [2022]
        year = self.rng.randint(max(2022, issued[0]), max(2025, issued[0]))
        month = self.rng.randint(issued[1] if year == issued[0] and len(issued) > 1 else 1, 12)
        day = self.rng.randint(issued[2] if year == issued[0] and len(issued) > 2 and month == issued[1] else 1, 28)
        return {"date-parts": [[year, month, day]]}

    def _online(self, record: dict[str, Any], url: str) -> dict[str, Any]:
        record["URL"] = url
        record["accessed"] = self._accessed_after(record)
        return record

    def _dated(self, with_day: bool = False) -> dict[str, list[list[int]]]:
        year = self.year()
        if with_day:
            return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        return {"date-parts": [[year]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]} in B2B software markets", f"The role of {topic} in SaaS scale-ups",
                 f"{topic[0].upper()}{topic[1:]} and {other}: evidence from European start-ups",
                 f"Rethinking {topic} for enterprise buyers", f"How {topic} shapes {other}",
                 f"When does {topic} pay off? A study of software firms",
                 f"{topic[0].upper()}{topic[1:]}: a systematic literature review",
                 f"From pipeline to revenue: {topic} in practice"]  # fmt: skip
        return self.rng.choice(forms)

    def _slug(self) -> str:
        return self.fakers["en_GB"].slug()

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            list(KINDS), weights=[10, 4, 4, 20, 4, 4, 8, 6, 6, 2, 4, 2, 6, 2, 8, 2, 2, 2]
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same organisation in the same year as an earlier work of its kind ("Gartner, 2023a" and
        # "2023b"); never a standard or a regulation, whose year is part of its name.
        earlier = [entry for entry in self.dated_orgs if entry[3] == kind]
        if earlier and "issued" in record and kind not in ("standard", "eu-regulation") and self.rng.random() < 0.15:
            name, tags, issued, _kind = self.rng.choice(earlier)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "publisher" in record and kind in ("white-paper", "investor-letter", "analyst-report"):
                record["publisher"] = name.split(" (")[0].split(",")[0]
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record)
        if "issued" in record:
            self.dated_orgs.append((name, tags, record["issued"], kind))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": self._dated(), "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _ebook(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(3),
                                  "issued": self._dated(), "publisher": publisher, "publisher-place": place}  # fmt: skip
        host = self.rng.choice(["https://www.perlego.com/book/", "https://learning.oreilly.com/library/view/",
                                "https://ebookcentral.proquest.com/lib/", "https://www.vlebooks.com/Product/Index/"])  # fmt: skip
        return self._person_work(self._online(record, host + str(self.rng.randint(1000, 999999))), "ebook")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 400)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": f"The Routledge companion to {self.rng.choice(_TOPICS)}"
            if self.rng.random() < 0.5 else f"Handbook of {self.rng.choice(['B2B marketing', 'digital entrepreneurship', 'technology marketing', 'platform strategy'])}",
            "issued": self._dated(), "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 35)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 1400)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": self._dated(),
            "volume": str(self.rng.randint(1, 180)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{start}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["DOI"] = (
                f"10.{self.rng.choice([1016, 25300, 1108, 1177, 1287, 1111])}/j.{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(2012, 2025)}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _preprint(self) -> Work:
        record: dict[str, Any] = {"type": "article", "title": self._title(), "author": self._people(8),
                                  "issued": self._dated()}  # fmt: skip
        if self.rng.random() < 0.5:
            number = f"{self.rng.randint(18, 25)}{self.rng.randint(1, 12):02d}.{self.rng.randint(10000, 99999)}"
            record["publisher"] = "arXiv"
            record["number"] = f"arXiv:{number}"
            url = f"https://arxiv.org/abs/{number}"
        else:
            record["publisher"] = "SSRN"
            url = f"https://papers.ssrn.com/sol3/papers.cfm?abstract_id={self.rng.randint(1000000, 4999999)}"
        return self._person_work(self._online(record, url), "preprint")

    def _conference(self) -> Work:
        container, publisher = self.rng.choice(_CONFERENCES)
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(7),
                                  "container-title": container, "publisher": publisher, "issued": self._dated(),
                                  "page": f"{start}-{start + self.rng.randint(5, 14)}"}  # fmt: skip
        if publisher in ("ACM", "IEEE"):
            record["DOI"] = (
                f"10.{1145 if publisher == 'ACM' else 1109}/{self.rng.randint(3500000, 3700000)}.{self.rng.randint(3500000, 3700000)}"
            )
        return self._person_work(record, "conference")

    def _analyst_report(self) -> Work:
        firm = self.rng.choice(_ANALYSTS)
        year = self.year() if self.rng.random() < 0.9 else 2024
        titles = [f"Magic Quadrant for {self.rng.choice(['B2B Marketing Automation Platforms', 'Sales Force Automation', 'CRM Customer Engagement Center', 'Cloud Database Management Systems'])}",
                  f"The Forrester Wave™: {self.rng.choice(['B2B Intent Data Providers', 'Revenue Marketing Platforms', 'Customer Data Platforms'])}, Q{self.rng.randint(1, 4)} {year}",
                  f"Worldwide {self.rng.choice(['public cloud services', 'SaaS applications', 'security software'])} forecast, {year}-{year + 4}",
                  f"Best software awards {year}: the top {self.rng.choice(['CRM', 'marketing', 'security', 'fintech'])} products",
                  f"Top strategic technology trends for {year}", f"The B2B buying journey: {self.rng.choice(_TOPICS)}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": firm.split(",")[0],
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        url = (
            f"https://www.{firm.split(',')[0].split()[0].lower()}.com/en/documents/{self.rng.randint(3000000, 5999999)}"
        )
        if self.rng.random() < 0.8:
            self._online(record, url)
        if self.rng.random() < 0.35:  # under the analysts who wrote it
            record["author"] = self._people(4)
            return self._person_work(record, "analyst-report")
        tags = {"analyst"} | ({"digit"} if firm == "G2" else set())
        return self._org_work(record, "analyst-report", firm, tags)

    def _white_paper(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice([
            f"The state of {self.rng.choice(_TOPICS)} {self.rng.randint(2019, 2025)}",
            f"{self.rng.choice(['State of the Cloud', 'The SaaS Benchmarks Report', 'State of European Tech', 'B2B Buyer Survey', 'Revenue Operations Report'])}",
            f"A practical guide to {self.rng.choice(_TOPICS)}", self._title()]),
            "publisher": name.split(" (")[0], "issued": self._dated()}  # fmt: skip
        if self.rng.random() < 0.85:
            self._online(record, f"https://www.{name.split()[0].lower().strip(',')}.com/resources/{self._slug()}")
        if self.rng.random() < 0.15:
            del record["issued"]
        return self._org_work(record, "white-paper", name, tags)

    def _blog(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "post-weblog", "title": self._title(), "container-title": f"{name.split(' (')[0]} Blog",
                                  "issued": self._dated(with_day=True)}  # fmt: skip
        self._online(record, f"https://www.{name.split()[0].lower().strip(',')}.com/blog/{self._slug()}")
        if self.rng.random() < 0.6:
            record["author"] = self._people(2)
            return self._person_work(record, "blog")
        if self.rng.random() < 0.25:
            del record["issued"]
            record["accessed"] = self._accessed_after(record)
        return self._org_work(record, "blog", name, tags)

    def _standard(self) -> Work:
        if self.rng.random() < 0.5:
            code, year, title = self.rng.choice([
                ("ISO/IEC 27001:2022", 2022, "Information security, cybersecurity and privacy protection: information security management systems: requirements"),
                ("ISO/IEC 27701:2019", 2019, "Security techniques: extension to ISO/IEC 27001 and ISO/IEC 27002 for privacy information management"),
                ("ISO/IEC 42001:2023", 2023, "Information technology: artificial intelligence: management system"),
                ("ISO 9001:2015", 2015, "Quality management systems: requirements")])  # fmt: skip
            name = self.rng.choice(["International Organization for Standardization", "ISO", "ISO/IEC",
                                    "International Organization for Standardization (ISO)"])  # fmt: skip
            record: dict[str, Any] = {"type": "report", "title": f"{code}. {title}", "publisher": "ISO",
                                      "publisher-place": "Geneva", "issued": {"date-parts": [[year]]}}  # fmt: skip
            if self.rng.random() < 0.5:
                self._online(record, f"https://www.iso.org/standard/{self.rng.randint(27000, 89999)}.html")
            return self._org_work(record, "standard", name, {"standard", "abbreviation"})
        number, year, title, authors = self.rng.choice([
            (8446, 2018, "The Transport Layer Security (TLS) protocol version 1.3", [("Rescorla", "Eric")]),
            (6749, 2012, "The OAuth 2.0 authorization framework", [("Hardt", "Dick")]),
            (7519, 2015, "JSON Web Token (JWT)", [("Jones", "Michael"), ("Bradley", "John"), ("Sakimura", "Nat")]),
            (9110, 2022, "HTTP semantics", [("Fielding", "Roy"), ("Nottingham", "Mark"), ("Reschke", "Julian")]),
            (7489, 2015, "Domain-based Message Authentication, Reporting, and Conformance (DMARC)", [("Kucherawy", "Murray"), ("Zwicky", "Elizabeth")]),
            (8058, 2017, "Signaling one-click functionality for list email headers", [("Levine", "John"), ("Herkula", "Tobias")])])  # fmt: skip
        record = {"type": "report", "title": title, "author": [{"family": f, "given": g} for f, g in authors],
                  "publisher": "Internet Engineering Task Force", "genre": "Request for Comments",
                  "number": f"RFC {number}", "issued": {"date-parts": [[year]]}}  # fmt: skip
        if self.rng.random() < 0.6:
            self._online(record, f"https://www.rfc-editor.org/rfc/rfc{number}")
        else:
            record["DOI"] = f"10.17487/RFC{number}"
        return self._person_work(record, "standard")

    def _regulator(self) -> Work:
        name, tags, url = self.rng.choice(_REGULATORS)
        record: dict[str, Any] = {"type": self.rng.choice(["webpage", "report"]), "title": self.rng.choice([
            f"Guidance on {self.rng.choice(['direct marketing', 'cookies and similar technologies', 'legitimate interests', 'AI and data protection', 'dark patterns', 'B2B email marketing'])}",
            f"{self.rng.choice(['Endorsement guides', 'Consent requirements', 'Anonymisation', 'Data transfers'])}: what businesses need to know",
            f"{self.rng.choice(['Enforcement action', 'Fines', 'Annual report', 'Blog'])}: {self.rng.choice(['B2B marketing', 'SaaS providers', 'AI tools', 'fintech apps'])}"]),
            "issued": self._dated()}  # fmt: skip
        if self.rng.random() < 0.2:
            del record["issued"]
        self._online(record, url + self._slug())
        return self._org_work(record, "regulator", name, tags)

    def _eu_regulation(self) -> Work:
        number, year, title = self.rng.choice([
            ("2016/679", 2016, "General Data Protection Regulation"), ("2024/1689", 2024, "Artificial Intelligence Act"),
            ("2022/2065", 2022, "Digital Services Act"), ("2022/1925", 2022, "Digital Markets Act"),
            ("2022/2554", 2022, "Digital Operational Resilience Act (DORA)")])  # fmt: skip
        name = self.rng.choice(["European Union", "European Parliament and Council of the European Union",
                                "European Commission", "EUR-Lex"])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": f"Regulation (EU) {number} of the European Parliament and of the Council ({title})",
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        self._online(record, f"https://eur-lex.europa.eu/eli/reg/{number.split('/')[0]}/{number.split('/')[1]}/oj")
        return self._org_work(record, "eu-regulation", name, {"government", "legislation"})

    def _company_page(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(
            ["Pricing", "About us", "Customer stories", "Trust center", "Plans and pricing", "Our story", "Careers",
             f"{name.split(' (')[0]} for enterprise", "Security and compliance", "Partners"]),
            "issued": self._dated()}  # fmt: skip
        if self.rng.random() < 0.55:  # most product pages carry no date
            del record["issued"]
        self._online(record, f"https://www.{name.split()[0].lower().strip(',')}.com/{self._slug()}")
        return self._org_work(record, "company-page", name, tags | ({"undated"} if "issued" not in record else set()))

    def _investor_letter(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(
            [f"Q{self.rng.randint(1, 4)} shareholder letter", "Annual letter to shareholders", "Founder's letter",
             f"FY{self.rng.randint(21, 25)} annual report", "Investor presentation"]),
            "publisher": name.split(" (")[0], "issued": self._dated()}  # fmt: skip
        if self.rng.random() < 0.7:
            self._online(record, f"https://investors.{name.split()[0].lower().strip(',')}.com/{self._slug()}")
        if self.rng.random() < 0.35:  # signed by the founder
            record["author"] = [self.person()]
            return self._person_work(record, "investor-letter")
        return self._org_work(record, "investor-letter", name, tags)

    def _news(self) -> Work:
        outlet = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self.rng.choice([
            f"{self.rng.choice(['Berlin', 'Dublin', 'Tel Aviv', 'Bangalore', 'Stockholm', 'Toronto', 'Austin', 'London'])} start-up raises ${self.rng.randint(5, 300)}m to scale {self.rng.choice(_TOPICS)}",
            f"Why {self.rng.choice(_TOPICS)} is back on the CMO agenda", self._title()]),
            "container-title": outlet, "issued": self._dated(with_day=True)}  # fmt: skip
        self._online(record, f"https://www.{outlet.lower().replace(' ', '').replace('.', '')}.com/{self._slug()}")
        if self.rng.random() < 0.7:
            record["author"] = self._people(3)
            return self._person_work(record, "news")
        return self._org_work(record, "news", outlet, {"press"})

    def _social(self) -> Work:
        platform = self.rng.choice(["LinkedIn", "X", "Threads", "Bluesky"])
        record: dict[str, Any] = {"type": "post", "title": self.rng.choice([
            f"Hot take: {self.rng.choice(_TOPICS)} is not a strategy", f"What we learned scaling {self.rng.choice(_TOPICS)}",
            f"Thread on {self.rng.choice(_TOPICS)}"]), "container-title": platform,
            "issued": self._dated(with_day=True)}  # fmt: skip
        self._online(
            record,
            f"https://www.{'linkedin.com/posts' if platform == 'LinkedIn' else 'x.com/status'}/{self.rng.randint(10**8, 10**9)}",
        )
        if self.rng.random() < 0.75:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        name, tags = self.organisation()
        return self._org_work(record, "social", name, tags)

    def _video(self) -> Work:
        record: dict[str, Any] = {"type": "motion_picture", "title": self.rng.choice([
            f"{(topic := self.rng.choice(_TOPICS))[0].upper()}{topic[1:]} masterclass",
            f"SaaStr Annual keynote: {self.rng.choice(_TOPICS)}", f"Web Summit talk: {self.rng.choice(_TOPICS)}"]),
            "container-title": "YouTube", "issued": self._dated(with_day=True)}  # fmt: skip
        self._online(record, f"https://www.youtube.com/watch?v={self.fakers['en_GB'].lexify('???????????')}")
        if self.rng.random() < 0.5:
            record["author"] = self._people(2)
            return self._person_work(record, "video")
        name, tags = self.organisation()
        return self._org_work(record, "video", name, tags)

    def _podcast(self) -> Work:
        show = self.rng.choice(["Lenny's Podcast", "The SaaS Podcast", "20VC", "Exit Five", "The B2B Growth Show",
                                "Marketing Over Coffee", "a16z Podcast", "Sifted Podcast"])  # fmt: skip
        record: dict[str, Any] = {"type": "broadcast", "title": f"Episode {self.rng.randint(12, 480)}: {self._title()}",
                                  "container-title": show, "issued": self._dated(with_day=True)}  # fmt: skip
        self._online(
            record, f"https://open.spotify.com/episode/{self.fakers['en_GB'].lexify('??????????????????????')}"
        )
        record["author"] = self._people(2)
        return self._person_work(record, "podcast")
