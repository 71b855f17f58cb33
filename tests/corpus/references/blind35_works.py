"""Works for the thirty-fifth held-out pool, "blind35": what business-development and marketing managers in law
firms, accountancy practices, consultancies, architects, recruiters and wealth managers cite on CIM Level 6 and
Professional Services Marketing Group courses in the UK, Ireland, Singapore and Australia.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a thirty-fifth hand,
without reading the checker, its tests or the other pools' frames, decoys and works: professional-services marketing
textbooks and chapters, journal articles (one to eight authors), regulators and professional bodies (SRA, Law
Society, ICAEW, ACCA, RICS, FCA, MAS), directories (Legal 500, Chambers and Partners), research firms (Thomson Reuters,
Acritas, BTI Consulting), firms' annual reviews and transparency reports (LLP, plc, "&", apostrophes), government
bodies, trade press (The Lawyer, Legal Business, Accountancy Age, Law Society Gazette, Financial Times), LinkedIn
and web pages with and without dates; Irish, Scottish, Welsh, Singaporean Chinese, Malay, Tamil, Australian and
British names with particles, hyphens and accents.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# (family, given): the names these writers meet in their firms, their reading and their clients.
_NAMES = [
    ("O'Sullivan", "Niamh"), ("Ó Murchú", "Cian"), ("Ní Dhomhnaill", "Aoife"), ("MacGiolla Phádraig", "Seán"),
    ("Fitzgerald", "Orla"), ("Breathnach", "Siobhán"), ("Kavanagh", "Declan"), ("McAteer", "Gráinne"),
    ("MacLeod", "Eilidh"), ("Mac an t-Saoir", "Ruaraidh"), ("Dalgleish", "Fiona"), ("Urquhart", "Hamish"),
    ("Lloyd-Evans", "Rhiannon"), ("ap Gwilym", "Dafydd"), ("Pritchard", "Catrin"), ("Llewelyn", "Iestyn"),
    ("Tan", "Wei Ling"), ("Lim", "Boon Keng"), ("Goh", "Mei Xuan"), ("Ng", "Jun Hao"), ("Teo", "Shu Fen"),
    ("Chua", "Kai Xiang"), ("Koh", "Hui Min"), ("Ong", "Zhi Wei"),
    ("Abdul Rahman", "Siti Aishah"), ("Ismail", "Nurul Huda"), ("Hashim", "Mohd Faizal"), ("Yusof", "Farah"),
    ("Subramaniam", "Kavitha"), ("Ramasamy", "Arun"), ("Pillai", "Lakshmi"), ("Nadarajah", "Senthil"),
    ("Thirunavukkarasu", "Priya"), ("Krishnasamy", "Vignesh"),
    ("Nguyen", "Thao"), ("Kowalski", "Matthew"), ("Papadakis", "Eleni"), ("Whitlam", "Bronwyn"),
    ("Bancroft", "Lachlan"), ("Mitchell-Hogg", "Saskia"), ("Harrington", "Giles"), ("Okafor", "Chiamaka"),
    ("Løwendahl", "Kari"), ("Brøndum", "Sigrid"), ("Østergaard", "Mette"), ("Sørensen", "Jens"),
    ("Pemberton", "Harriet"), ("Ashworth", "Oliver"), ("Thornbury", "James"), ("Bhatt", "Anjali"),
    ("Khan", "Imran"), ("Chaudhry", "Sana"), ("Fenwick", "Toby"), ("Hollis", "Jemima"),
]  # fmt: skip
_PARTICLES = [("de", "Souza", "Marissa"), ("van Rensburg", "", ""), ("de", "Búrca", "Eoin"), ("van der", "Merwe", "Anika"),
              ("de", "Silva", "Dinesh"), ("von", "Trapp", "Felix"), ("du", "Plessis", "Pieter")]  # fmt: skip

# Real organisations these writers cite, and the tags that say what makes each hard.
_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("Solicitors Regulation Authority", {"regulator"}), ("SRA", {"regulator", "acronym"}),
    ("The Law Society", {"body"}), ("Law Society of Scotland", {"body"}), ("Law Society of Ireland", {"body"}),
    ("Institute of Chartered Accountants in England and Wales (ICAEW)", {"body", "abbreviation"}),
    ("ICAEW", {"body", "acronym"}), ("ACCA", {"body", "acronym"}), ("Chartered Accountants Ireland", {"body"}),
    ("Royal Institution of Chartered Surveyors (RICS)", {"body", "abbreviation"}),
    ("Royal Institute of British Architects", {"body"}), ("Financial Conduct Authority", {"regulator"}),
    ("Legal Services Board", {"regulator"}), ("Financial Reporting Council", {"regulator"}),
    ("Thomson Reuters", {"research"}), ("Thomson Reuters Institute", {"research"}), ("Acritas", {"research"}),
    ("BTI Consulting Group", {"research"}), ("Legal 500", {"directory", "digits"}),
    ("Chambers and Partners", {"directory"}), ("Professional Services Marketing Group (PSMG)", {"body", "abbreviation"}),
    ("Chartered Institute of Marketing", {"body"}), ("Clifford Chance LLP", {"firm", "llp"}),
    ("Allen & Overy LLP", {"firm", "ampersand", "llp"}), ("Pinsent Masons LLP", {"firm", "llp"}),
    ("Mishcon de Reya LLP", {"firm", "llp", "particle"}), ("Slaughter and May", {"firm"}), ("Arthur Cox LLP", {"firm", "llp"}),
    ("Rajah & Tann Singapore LLP", {"firm", "ampersand", "llp"}), ("Herbert Smith Freehills", {"firm"}),
    ("MinterEllison", {"firm"}), ("Grant Thornton UK LLP", {"firm", "llp"}), ("BDO LLP", {"firm", "llp", "acronym"}),
    ("KPMG LLP", {"firm", "llp", "acronym"}), ("Deloitte LLP", {"firm", "llp"}), ("PwC", {"firm", "acronym"}),
    ("Ernst & Young LLP", {"firm", "ampersand", "llp"}), ("RSM UK", {"firm"}), ("Hays plc", {"firm", "plc"}),
    ("PageGroup plc", {"firm", "plc"}), ("Robert Walters plc", {"firm", "plc"}), ("St. James's Place plc", {"firm", "plc", "apostrophe"}),
    ("Rathbones Group Plc", {"firm", "plc"}), ("Foster + Partners", {"firm", "plus"}), ("McKinsey & Company", {"firm", "ampersand"}),
    ("Lloyd's of London", {"firm", "apostrophe"}), ("LinkedIn", {"platform"}), ("Harvard Business Review", {"press"}),
    ("Singapore Academy of Law", {"body"}), ("Law Council of Australia", {"body"}), ("CPA Australia", {"body"}),
]  # fmt: skip
_INVENTED_FIRMS = ["Harcourt O'Neill LLP", "Doyle Ní Bhriain Solicitors", "Carrick & Mather LLP", "Tan Ramasamy LLC",
                   "Penrose Lloyd-Evans Ltd", "Brennan McAuley Chartered Accountants", "Whitcombe & Ong Architects",
                   "Ashdown Wealth Ltd", "Kellaway Partners LLP", "Byrne O'Dwyer & Co"]  # fmt: skip
_GOVERNMENT = ["Ministry of Justice", "HM Treasury", "Department for Business and Trade", "Competition and Markets Authority",
               "Monetary Authority of Singapore", "Ministry of Law (Singapore)", "Australian Securities and Investments Commission",
               "Legal Services Regulatory Authority", "Scottish Government", "Welsh Government", "Courts Service of Ireland",
               "Office for National Statistics"]  # fmt: skip
_PRESS = ["The Lawyer", "Legal Business", "Accountancy Age", "Law Society Gazette", "Financial Times", "The Irish Times",
          "The Straits Times", "Australian Financial Review", "Lawyers Weekly", "Legal Cheek", "Economia", "Property Week"]  # fmt: skip
_JOURNALS = ["Journal of Professional Services Marketing", "Services Marketing Quarterly", "Journal of Services Marketing",
             "Industrial Marketing Management", "Journal of Service Research", "International Journal of the Legal Profession",
             "Accounting, Auditing & Accountability Journal", "Journal of Business-to-Business Marketing",
             "Journal of Marketing Management", "Harvard Business Review", "European Journal of Marketing",
             "Journal of Business & Industrial Marketing"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Bloomsbury Professional", "London"),
               ("Oxford University Press", "Oxford"), ("Edward Elgar", "Cheltenham"), ("Wiley", "Hoboken, NJ"),
               ("Globe Law and Business", "London"), ("Ark Group", "London"), ("LexisNexis", "London"),
               ("Thomson Reuters", "Sydney")]  # fmt: skip
_SUBJECTS = ["client relationship management", "key account management", "cross-selling", "thought leadership",
             "pitching and tendering", "legal project management", "alternative fee arrangements", "client listening",
             "partner-led business development", "brand positioning", "directory submissions", "LinkedIn for partners",
             "client panels", "pricing professional services", "trusted advisers", "knowledge management",
             "service quality", "client feedback programmes", "referral networks", "associate development",
             "sector teams", "content marketing", "client experience", "ESG advisory", "lateral hires",
             "professional identity", "firm mergers", "marketing technology", "podcasting", "award entries"]  # fmt: skip
_SECTORS = ["law firms", "accountancy practices", "consultancies", "architecture practices", "recruitment agencies",
            "wealth managers", "surveying firms", "mid-tier firms", "boutique practices", "Big Four firms",
            "Irish law firms", "Singapore law practices", "Australian accounting firms", "Scottish firms"]  # fmt: skip


class Blind35WorkFactory(WorkFactory):
    """Works for blind35: one seeded random source of its own, so a seed always gives the same works."""

    KINDS = ("book", "chapter", "journal", "report", "transparency", "directory", "web", "web-person", "news",
             "government", "regulator")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 353 + 35)
        self.dated_orgs: list[tuple[str, set[str], int]] = []

    # ------------------------------------------------------------------ people, titles, dates
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.08:
            particle, family, given = self.rng.choice(_PARTICLES)
            if not family:  # "van Rensburg" filed as the family name whole
                return {"family": "van Rensburg", "given": self.rng.choice(["Jacques", "Elna", "Ruan"])}
            return {"non-dropping-particle": particle, "family": family, "given": given}
        if roll < 0.8:
            family, given = self.rng.choice(_NAMES)
            return {"family": family, "given": given}
        fake = self.fakers[self.rng.choice(["en_GB", "en_IE", "en_GB"])]
        return {"family": fake.last_name(), "given": fake.first_name()}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            one = self.person()
            if one not in people:
                people.append(one)
        return people

    def year(self) -> int:
        if self.rng.random() < 0.06:  # the classics of professional-services marketing
            return self.rng.randint(1982, 2003)
        return self.rng.randint(2008, 2025)

    def accessed(self) -> dict[str, list[list[int]]]:
        return {"date-parts": [[2026, self.rng.randint(1, 11), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        subject, other = self.rng.sample(_SUBJECTS, 2)
        sector = self.rng.choice(_SECTORS)
        forms = [
            f"{subject[0].upper()}{subject[1:]} in {sector}",
            f"Beyond the billable hour: {subject} and {other}",
            f"Where {subject} goes wrong in {sector}",
            f"{subject[0].upper()}{subject[1:]}: evidence from {sector}",
            f"From technician to trusted adviser: {subject} in {sector}",
            f"The partner's dilemma: {subject} versus {other}",
            f"Winning work: {subject} for {sector}",
            f"{other[0].upper()}{other[1:]} and {subject} after the pandemic",
            f"Measuring the return on {subject}",
            f"What clients really think about {subject}",
        ]
        return self.rng.choice(forms)

    def _url(self, domain: str | None = None) -> str:
        fake = self.fakers["en_GB"]
        return f"https://{domain or fake.domain_name()}/{fake.slug()}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(self.KINDS, weights=[12, 6, 20, 9, 5, 6, 9, 6, 11, 7, 9])[0]
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        work.kind = kind
        return work

    def _organisation(self) -> tuple[str, set[str]]:
        if self.rng.random() < 0.15:
            return self.rng.choice(_INVENTED_FIRMS), {"firm", "invented"}
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    def _dated_org(self, record: dict[str, Any], kind: str, name: str, tags: set[str], dated: bool = True) -> Work:
        """An organisation's work; now and then one with the same author and year as an earlier one (2023a, 2023b)."""
        if dated:
            if self.dated_orgs and self.rng.random() < 0.12:
                name, tags, year = self.rng.choice(self.dated_orgs)
                if "publisher" in record:
                    record["publisher"] = name.split(" (")[0]
            else:
                year = self.year()
                self.dated_orgs.append((name, tags, year))
            record["issued"] = {"date-parts": [[year]]}
        return self._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 380)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": f"The Routledge companion to {self.rng.choice(_SUBJECTS)}" if self.rng.random() < 0.5
            else f"Marketing the professional service firm: {self.rng.choice(_SUBJECTS)}",
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 880)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(3, 104)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{start}-{start + self.rng.randint(9, 28)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 1999)}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(2008, 2025)}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _report(self) -> Work:
        name, tags = self._organisation()
        label = self.rng.choice(["Annual review", "Client service benchmark", "Future of professional services",
                                 "General counsel survey", "Law firm brand index", "Salary guide", "Market outlook",
                                 "State of the legal market", "Wealth report", "Audit market insights"])  # fmt: skip
        title = f"{label} {self.rng.randint(2015, 2025)}" if self.rng.random() < 0.5 else self._title()
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name.split(" (")[0],
                                  "publisher-place": self.rng.choice(["London", "Dublin", "Singapore", "Sydney", "Edinburgh"])}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url()
            record["accessed"] = self.accessed()
        return self._dated_org(record, "report", name, tags)

    def _transparency(self) -> Work:
        name = self.rng.choice([n for n, t in _ORGANISATIONS if "llp" in t or "plc" in t] + _INVENTED_FIRMS)
        tags = {"firm", "transparency"}
        year = self.rng.randint(2016, 2025)
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice([
            f"Transparency report {year}", f"Annual review {year}/{str(year + 1)[2:]}", f"Gender and ethnicity pay gap report {year}",
            f"Responsible business report {year}", f"Members' report and financial statements for the year ended 30 April {year}"]),
            "publisher": name, "URL": self._url(), "accessed": self.accessed()}  # fmt: skip
        return self._dated_org(record, "report", name, tags)

    def _directory(self) -> Work:
        name = self.rng.choice(["Legal 500", "Chambers and Partners", "Legal 500", "Chambers and Partners", "Acritas"])
        practice = self.rng.choice(["Banking and finance", "Employment", "Private client", "Real estate", "Corporate M&A",
                                    "Tax", "Dispute resolution", "Construction", "Family", "Restructuring and insolvency"])  # fmt: skip
        region = self.rng.choice(
            ["London", "Northern Ireland", "Scotland", "Ireland", "Singapore", "Australia", "Wales", "North West"]
        )
        record: dict[str, Any] = {"type": "webpage", "title": f"{practice}: {region}", "URL": self._url(
            "www.legal500.com" if name == "Legal 500" else "chambers.com"), "accessed": self.accessed()}  # fmt: skip
        return self._dated_org(record, "web", name, {"directory"}, dated=self.rng.random() < 0.75)

    def _web(self) -> Work:
        name, tags = self._organisation()
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url()}
        if self.rng.random() < 0.85:
            record["accessed"] = self.accessed()
        return self._dated_org(record, "web", name, tags, dated=self.rng.random() < 0.7)

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "URL": self._url(self.rng.choice(["www.linkedin.com", "www.psmg.co.uk", "medium.com", None])),
                                  "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.7:
            record["issued"] = {"date-parts": [[self.rng.randint(2012, 2025)]]}
        return self._person_work(record, "web")

    def _news(self) -> Work:
        year = self.rng.randint(2010, 2025)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "author": self._people(2),
            "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
        }  # fmt: skip
        if self.rng.random() < 0.8:
            record["URL"] = self._url()
            record["accessed"] = self.accessed()
        return self._person_work(record, "news")

    def _government(self) -> Work:
        name = self.rng.choice(_GOVERNMENT)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "URL": f"https://www.gov.uk/government/publications/{self.fakers['en_GB'].slug()}"
                                  if "Singapore" not in name and "Australian" not in name and "Ireland" not in name
                                  else self._url(), "accessed": self.accessed()}  # fmt: skip
        return self._dated_org(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _regulator(self) -> Work:
        name = self.rng.choice(["Solicitors Regulation Authority", "SRA", "ICAEW", "ACCA", "Financial Conduct Authority",
                                "Royal Institution of Chartered Surveyors (RICS)", "Legal Services Board", "The Law Society"])  # fmt: skip
        title = self.rng.choice(["Transparency rules: guidance for firms", "Code of conduct for firms",
                                 "Consumer duty: final rules and guidance", "Price and service transparency review",
                                 "Code of ethics", "Rules of conduct for firms", "Risk outlook",
                                 "Continuing competence: toolkit", f"Policy statement PS{self.rng.randint(18, 25)}/{self.rng.randint(1, 15)}",
                                 "Guidance on publicising your firm"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name.split(" (")[0],
                                  "URL": self._url(), "accessed": self.accessed()}  # fmt: skip
        return self._dated_org(record, "report", name, {"regulator"}, dated=self.rng.random() < 0.85)
