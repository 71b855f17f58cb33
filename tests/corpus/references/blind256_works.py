"""The blind256 pool's works: what marketers at cybersecurity vendors, identity and fraud-prevention firms, managed
security service providers and security consultancies in the UK, Ireland, Israel and the US cite in CIM Level 6 and 7
reports and MBA assignments on B2B, channel and account-based marketing.

Textbooks (Routledge, Sage, Kogan Page, Pearson, Wiley, O'Reilly Media, Apress) and chapters, security and B2B
marketing journals with one to eight authors and DOIs, theses, conference papers (Black Hat, DEF CON, RSA Conference,
Infosecurity Europe, CyberUK, the IEEE Symposium on Security and Privacy, the Academy of Marketing), regulators and
public bodies (two works of one body in a year), trade bodies and charities, vendors' pages, annual reports and
investor decks, market research with years, the trade and national press signed and unsigned, social posts, videos,
podcasts and undated pages. Names as their owners print them: British double-barrelled names, Irish names with Ó, Ní
and Mac, Hebrew names, South Asian, Chinese, Nigerian, Polish and Ukrainian names.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "thesis", "conference", "government", "trade-body", "company", "report",
         "market-research", "news", "social", "video", "podcast", "web")  # fmt: skip

# (family, given) as the owners print them
_NAMES = [
    ("Smith", "James"), ("Jones", "Rachel"), ("Taylor", "Oliver"), ("Brown", "Hannah"), ("Walker", "Tom"),
    ("Hughes", "Megan"), ("Evans", "Rhys"), ("Clarke", "Sophie"), ("Wright", "Daniel"), ("Robinson", "Laura"),
    ("Thompson", "Mark"), ("Patel", "Priya"), ("Shah", "Nikhil"), ("Khan", "Ayesha"), ("Gupta", "Rohan"),
    ("Iyer", "Lakshmi"), ("Chatterjee", "Arjun"), ("Rahman", "Tanvir"), ("Hussain", "Imran"), ("Singh", "Harpreet"),
    ("Wang", "Lei"), ("Zhang", "Wei"), ("Li", "Xiaoyu"), ("Chen", "Jing"), ("Liu", "Yang"), ("Huang", "Mei"),
    ("Okafor", "Chinedu"), ("Adeyemi", "Folake"), ("Okonkwo", "Ngozi"), ("Balogun", "Tunde"), ("Eze", "Obinna"),
    ("Kowalski", "Piotr"), ("Nowak", "Agnieszka"), ("Wiśniewska", "Katarzyna"), ("Zieliński", "Tomasz"),
    ("Kovalenko", "Olena"), ("Shevchenko", "Andriy"), ("Bondarenko", "Iryna"), ("Tkachenko", "Dmytro"),
    ("Cohen", "Noa"), ("Levi", "Yael"), ("Ben-David", "Amit"), ("Bar-On", "Tamar"), ("Mizrahi", "Eitan"),
    ("Friedman", "Avi"), ("Shapira", "Maya"), ("Goldberg", "Ronen"), ("Peretz", "Shira"), ("Ben-Ami", "Yossi"),
    ("Ó Briain", "Siobhán"), ("Ní Bhriain", "Aoife"), ("Mac Giolla", "Cathal"), ("Ó Súilleabháin", "Donal"),
    ("Ní Dhomhnaill", "Caoimhe"), ("MacNamara", "Ciarán"), ("O'Sullivan", "Niamh"), ("Ó Conaill", "Pádraig"),
    ("McCarthy", "Seán"), ("Byrne", "Orla"), ("Murphy", "Eoin"), ("Kelly", "Róisín"), ("Doyle", "Conor"),
    ("Fox-Hamilton", "Imogen"), ("Lloyd-Jones", "Gareth"), ("Baker-Smith", "Charlotte"), ("Wynne-Davies", "Huw"),
    ("Spencer-Churchill", "Alexander"), ("Miller", "Ryan"), ("Johnson", "Ashley"), ("Garcia", "Carlos"),
    ("Anderson", "Kyle"), ("Roberts", "Ellie"), ("Novak", "Jan"),
]  # fmt: skip
_PARTICLES = [("van", "Dijk", "Thijs"), ("de", "Vries", "Sanne"), ("da", "Silva", "Ana"), ("van der", "Berg", "Lotte")]  # fmt: skip

# (name, tags, kind) of organisations as their owners print them
_GOVERNMENT = [
    ("National Cyber Security Centre", {"government"}), ("National Cyber Security Centre (NCSC)", {"government", "abbreviation"}),
    ("NCSC", {"government", "acronym"}), ("Information Commissioner's Office", {"government", "apostrophe"}),
    ("Information Commissioner's Office (ICO)", {"government", "apostrophe", "abbreviation"}),
    ("Department for Science, Innovation and Technology", {"government", "comma"}),
    ("Department for Science, Innovation & Technology (DSIT)", {"government", "comma", "ampersand", "abbreviation"}),
    ("Action Fraud", {"government"}), ("National Crime Agency", {"government"}), ("ENISA", {"government", "acronym"}),
    ("European Union Agency for Cybersecurity (ENISA)", {"government", "abbreviation"}), ("European Commission", {"government"}),
    ("National Cyber Security Centre (Ireland)", {"government"}), ("Data Protection Commission", {"government"}),
    ("Israel National Cyber Directorate", {"government"}), ("CISA", {"government", "acronym"}),
    ("Cybersecurity and Infrastructure Security Agency", {"government"}), ("NIST", {"government", "acronym"}),
    ("National Institute of Standards and Technology", {"government"}),
    ("Federal Bureau of Investigation", {"government"}), ("FBI Internet Crime Complaint Center (IC3)", {"government", "abbreviation"}),
]  # fmt: skip
_TRADE = [
    ("techUK", {"trade-body", "lowercase"}), ("UK Cyber Security Council", {"trade-body"}), ("(ISC)²", {"trade-body", "punctuation"}),
    ("ISACA", {"trade-body", "acronym"}), ("CREST", {"trade-body", "acronym"}),
    ("Chartered Institute of Information Security (CIISec)", {"trade-body", "abbreviation"}),
    ("UK Finance", {"trade-body"}), ("Cifas", {"trade-body"}), ("Get Safe Online", {"trade-body"}),
    ("The Cyber Helpline", {"trade-body"}), ("Chartered Institute of Marketing", {"trade-body"}),
    ("Business Marketing Club", {"trade-body"}), ("B2B Marketing", {"trade-body"}),
]  # fmt: skip
_COMPANIES = [
    ("Darktrace plc", {"company"}), ("Darktrace", {"company"}), ("Sophos Ltd", {"company"}), ("Sophos", {"company"}),
    ("NCC Group plc", {"company"}), ("Check Point Software Technologies Ltd.", {"company"}),
    ("CyberArk Software Ltd.", {"company"}), ("CrowdStrike Holdings, Inc.", {"company", "comma"}),
    ("CrowdStrike", {"company"}), ("Palo Alto Networks, Inc.", {"company", "comma"}), ("Okta, Inc.", {"company", "comma"}),
    ("Yubico AB", {"company"}), ("Mimecast Ltd", {"company"}), ("Smarttech247 Group plc", {"company"}),
    ("Integrity360 Ltd", {"company"}), ("Wiz", {"company"}), ("SentinelOne", {"company"}), ("Onfido", {"company"}),
    ("Featurespace", {"company"}), ("BAE Systems Digital Intelligence", {"company"}), ("BlackBerry", {"company"}),
    ("Entrust", {"company"}), ("McKinsey & Company", {"company", "ampersand"}), ("Ernst & Young LLP", {"company", "ampersand"}),
    ("Deloitte", {"company"}), ("PwC", {"company"}), ("LinkedIn", {"company"}), ("Demandbase", {"company"}),
    ("6sense", {"company"}), ("Bombora", {"company"}), ("HubSpot", {"company"}),
]  # fmt: skip
_RESEARCH = ["Gartner", "Forrester", "IDC", "Ponemon Institute", "Statista", "Omdia", "CyberEdge", "Verizon", "IBM",
             "IBM Security", "Forrester Research", "Gartner, Inc."]  # fmt: skip
_PRESS = ["Computer Weekly", "The Register", "SC Media", "Infosecurity Magazine", "Dark Reading", "BleepingComputer",
          "Wired", "Financial Times", "The Irish Times", "BBC News", "Marketing Week", "B2B Marketing", "The Drum"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Sage", "London"), ("Kogan Page", "London"), ("Pearson", "Harlow"),
               ("Wiley", "Hoboken, NJ"), ("O'Reilly Media", "Sebastopol, CA"), ("Apress", "New York"),
               ("Wiley", "Chichester"), ("Routledge", "New York")]  # fmt: skip
_JOURNALS = ["Computers & Security", "Journal of Cybersecurity", "Industrial Marketing Management",
             "Journal of Business-to-Business Marketing", "Information & Management", "MIS Quarterly",
             "Journal of Marketing Management", "Journal of Business & Industrial Marketing",
             "Journal of Personal Selling & Sales Management", "European Journal of Information Systems"]  # fmt: skip
_UNIVERSITIES = ["Royal Holloway, University of London", "Lancaster University", "University of Oxford",
                 "Cranfield University", "University College Dublin", "Tel Aviv University", "Carnegie Mellon University"]  # fmt: skip
_CONFERENCES = ["Black Hat USA", "Black Hat Europe", "DEF CON 31", "RSA Conference", "Infosecurity Europe", "CyberUK",
                "IEEE Symposium on Security and Privacy", "Academy of Marketing Conference"]  # fmt: skip
_TOPICS = ["account-based marketing", "zero trust", "ransomware", "phishing awareness", "the channel partner programme",
           "managed detection and response", "identity verification", "passwordless authentication", "buyer intent data",
           "security awareness training", "the CISO buying committee", "fear appeals in security marketing",
           "extended detection and response", "cloud security posture", "fraud prevention", "thought leadership",
           "demand generation", "the security skills gap", "cyber insurance", "supply-chain attacks",
           "the B2B buying journey", "analyst relations", "trust signals", "vendor consolidation", "deepfake fraud"]  # fmt: skip
_FIELDS = ["information security", "B2B marketing", "cyber risk", "identity", "fraud", "security operations"]


class Blind256WorkFactory(WorkFactory):
    """Works the blind256 pool cites; a subclass, so no other half's works change."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 256)
        self.organisations: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people, dates, titles
    def person(self) -> dict[str, str]:
        if self.rng.random() < 0.04:
            particle, family, given = self.rng.choice(_PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        family, given = self.rng.choice(_NAMES)
        return {"family": family, "given": given}

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1985, 2007)
        return self.rng.randint(2012, 2025)

    def accessed(self, after: int | list[int] | None = None) -> dict[str, list[list[int]]]:
        """An access date on or after the work's date (a news story is read on the day at the earliest)."""
        parts = [after] if isinstance(after, int) else list(after or [])
        low = max(2023, parts[0] if parts else 0)
        day = [self.rng.randint(low, max(low, 2025)), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        if day[: len(parts)] < parts:
            day = [*parts, 1, 1][:3]
        return {"date-parts": [day]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        cap = topic[0].upper() + topic[1:]
        forms = [f"{cap}: a guide for security vendors", f"The role of {topic} in {other}", f"{cap} and {other}",
                 f"Rethinking {topic}", f"{cap} in practice: evidence from {self.rng.choice(['the UK', 'Ireland', 'Israel', 'the US', 'Europe'])}",
                 f"How {topic} shapes {other}", f"Selling {topic} to the board", f"{cap}: what buyers want",
                 f"The state of {topic} {self.rng.randint(2019, 2025)}", f"Why {topic} fails"]  # fmt: skip
        return self.rng.choice(forms)

    def _url(self, host: str | None = None) -> str:
        host = host or self.rng.choice(["www.ncsc.gov.uk", "www.darktrace.com", "www.sophos.com", "www.crest-approved.org",
                                        "www.techuk.org", "www.computerweekly.com", "www.theregister.com", "www.gov.uk"])  # fmt: skip
        slug = "-".join(self.rng.sample(["guide", "security", "report", "trust", "ransomware", "b2b", "identity", "fraud",
                                         "channel", "insights", "2024", "cloud", "zero-trust"], 3))  # fmt: skip
        return f"https://{host}/{slug}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "thesis", "conference", "government", "trade-body", "company", "report",
             "market-research", "news", "social", "video", "podcast", "web"],
            weights=[12, 5, 20, 3, 4, 10, 6, 8, 6, 9, 9, 2, 2, 2, 5],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[35, 25, 15, 9, 6, 4, 3, 3][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if name not in people:
                people.append(name)
        return people

    def _dated(self, record: dict[str, Any], year: int | None) -> None:
        if year is not None:
            record["issued"] = {"date-parts": [[year]]}

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then one body's second work of an earlier work's year ("NCSC, 2024a" and "2024b").
        if self.organisations and "issued" in record and self.rng.random() < 0.15:
            name, tags, issued = self.rng.choice(self.organisations)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "publisher" in record:
                record["publisher"] = name.split(" (")[0]
            if "accessed" in record:
                record["accessed"] = self.accessed(record["issued"]["date-parts"][0])
        if "issued" in record:
            self.organisations.append((name, set(tags), record["issued"]))
        return super()._org_work(record, kind, name, set(tags))

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS[:4])
        start = self.rng.randint(1, 300)
        record: dict[str, Any] = {"type": "chapter", "title": self._title(), "author": self._people(3),
                                  "editor": self._people(2), "container-title": f"The {publisher} {self.rng.choice(['companion to', 'handbook of'])} {self.rng.choice(_FIELDS)}",
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
                                  "page": f"{start}-{start + self.rng.randint(10, 30)}"}  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {"type": "article-journal", "title": self._title(), "author": self._people(8),
                                  "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
                                  "volume": str(self.rng.randint(1, 130)), "issue": str(self.rng.randint(1, 8)),
                                  "page": f"{start}-{start + self.rng.randint(8, 30)}"}  # fmt: skip
        if self.rng.random() < 0.6:
            record["DOI"] = (
                f"10.{self.rng.choice(['1016', '1093', '1080', '25300', '1108'])}/{self.rng.choice(['j.cose', 'cybsec', 'j.indmarman', 'wbbm', 'j.im', 'misq', 'jmm'])}.{record['issued']['date-parts'][0][0]}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": self._people(1),
                                  "genre": self.rng.choice(["PhD thesis", "MSc dissertation", "DBA thesis", "MBA dissertation"]),
                                  "publisher": self.rng.choice(_UNIVERSITIES), "issued": {"date-parts": [[self.year()]]}}  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        year = self.year()
        event = self.rng.choice(_CONFERENCES)
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(5),
                                  "container-title": f"{event} {year}", "event-place": self.rng.choice(["Las Vegas", "London", "San Francisco", "Manchester", "Cardiff"]),
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = self._url("www.blackhat.com" if "Black" in event else None)
            record["accessed"] = self.accessed(year)
        return self._person_work(record, "conference")

    def _org_web_or_report(self, name: str, tags: set[str], kind: str, undated: float) -> Work:
        year = None if self.rng.random() < undated else self.rng.randint(2016, 2025)
        web = self.rng.random() < 0.6
        record: dict[str, Any] = {"type": "webpage" if web else "report", "title": self._title(), "URL": self._url()}
        if not web:
            record["publisher"] = name.split(" (")[0]
        self._dated(record, year)
        record["accessed"] = self.accessed(year)
        return self._org_work(record, kind, name, tags)

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        return self._org_web_or_report(name, tags, "government", 0.12)

    def _trade_body(self) -> Work:
        name, tags = self.rng.choice(_TRADE)
        return self._org_web_or_report(name, tags, "trade-body", 0.2)

    def _company(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        return self._org_web_or_report(name, tags, "company", 0.3)

    def _report(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES[:15])
        year = self.rng.randint(2018, 2025)
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice([f"Annual report and accounts {year}",
                                  f"Investor presentation: FY{year} results", f"Annual report {year}",
                                  f"Form 20-F {year}", f"Capital markets day {year}"]),
                                  "publisher": name, "issued": {"date-parts": [[year]]}}  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = self._url()
            record["accessed"] = self.accessed(year)
        return self._org_work(record, "report", name, tags)

    def _market_research(self) -> Work:
        year = self.rng.randint(2016, 2025) if self.rng.random() < 0.9 else None
        y = year or 2024
        q = self.rng.randint(1, 4)
        name, title = self.rng.choice([
            ("Department for Science, Innovation and Technology", f"Cyber security breaches survey {y}"),
            ("Verizon", f"{y} Data breach investigations report"), ("IBM", f"Cost of a data breach report {y}"),
            ("IBM Security", f"Cost of a data breach report {y}"), ("Ponemon Institute", f"The state of cybersecurity in SMBs {y}"),
            ("Forrester", f"The Forrester Wave: managed detection and response services, Q{q} {y}"),
            ("Forrester Research", f"B2B buyers' journey survey {y}"), ("Gartner", f"Forecast: information security and risk management, worldwide, {y}"),
            ("Gartner, Inc.", f"Market guide for {self.rng.choice(_TOPICS)}"), ("IDC", f"Worldwide security spending guide {y}"),
            ("Omdia", f"Cybersecurity market tracker, {q}Q{str(y)[2:]}"), ("CyberEdge", f"Cyberthreat defense report {y}"),
            ("Statista", f"Number of ransomware attempts worldwide from 2017 to {y}"),
            ("Statista", f"Cybersecurity market revenue in the United Kingdom from 2017 to {y + 4}"),
        ])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name,
                                  "URL": f"https://www.{name.split()[0].lower().strip(',')}.com/{self.rng.randint(1000, 99999)}"}  # fmt: skip
        self._dated(record, year)
        record["accessed"] = self.accessed(year)
        tags = {"market-research", "comma"} if "," in name else {"market-research"}
        return self._org_work(record, "market-research", name, tags)

    def _news(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url("www.computerweekly.com")}  # fmt: skip
        record["accessed"] = self.accessed(record["issued"]["date-parts"][0])
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})

    def _social(self) -> Work:
        year = self.year()
        year = max(year, 2015)
        record: dict[str, Any] = {"type": "post", "title": f"{self._title()} [LinkedIn post]",
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": f"https://www.linkedin.com/posts/{self.rng.randint(10000, 99999)}"}  # fmt: skip
        record["accessed"] = self.accessed(record["issued"]["date-parts"][0])
        if self.rng.random() < 0.6:
            record["author"] = self._people(1)
            return self._person_work(record, "social")
        name, tags = self.rng.choice(_COMPANIES)
        return self._org_work(record, "social", name, tags)

    def _video(self) -> Work:
        year = max(self.year(), 2012)
        record: dict[str, Any] = {"type": "motion_picture", "title": f"{self._title()} [Video]",
                                  "issued": {"date-parts": [[year]]},
                                  "URL": f"https://www.youtube.com/watch?v={self.rng.randint(100000, 999999)}",
                                  "accessed": self.accessed(year)}  # fmt: skip
        name, tags = self.rng.choice(_COMPANIES + _TRADE)
        return self._org_work(record, "video", name, tags)

    def _podcast(self) -> Work:
        year = max(self.year(), 2016)
        record: dict[str, Any] = {"type": "song", "title": f"{self._title()} [Podcast]", "author": self._people(2),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url("podcasts.apple.com"),
                                  "accessed": self.accessed(year)}  # fmt: skip
        return self._person_work(record, "podcast")

    def _web(self) -> Work:
        year = None if self.rng.random() < 0.35 else self.year()
        record: dict[str, Any] = {
            "type": "webpage",
            "title": self._title(),
            "URL": self._url(),
            "author": self._people(2),
        }
        self._dated(record, year)
        record["accessed"] = self.accessed(year)
        return self._person_work(record, "web")
