"""The blind254 pool's works: what marketers at UK, Irish and Australian recruitment agencies, staffing firms, job
boards, executive-search firms and HR-software vendors cite in CIM Level 6 and 7 reports and MBA assignments.

Written without reading the checker or any other pool. Names are written as their owners print them: double-barrelled
British names, Irish names with Ó, Ní and Mac, Australian and Aboriginal names, South Asian, Chinese, Filipino and
South African names.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "thesis", "conference", "government", "trade-body", "company", "market-research",
         "news", "social", "video", "podcast", "undated-web")  # fmt: skip

_NAMES = [
    ("Ó Súilleabháin", "Niamh"), ("Ní Bhriain", "Aoife"), ("Mac Giolla Phádraig", "Cathal"), ("Ó Ceallaigh", "Pádraig"),
    ("Ní Dhomhnaill", "Siobhán"), ("MacCarthy", "Eoin"), ("O'Connell", "Gráinne"), ("Fitzgerald-Byrne", "Ciara"),
    ("Baldwin-Hughes", "Imogen"), ("Lloyd-Jones", "Rhys"), ("Wentworth-Smythe", "Harriet"), ("Ashby-Cole", "Tom"),
    ("Watson", "Irene"), ("Yunupingu", "Djawa"), ("Pearson", "Noel"), ("Anderson", "Ian"), ("Langton", "Marcia"),
    ("Marika", "Wanyubi"), ("Nguyen", "Thi Lan"), ("Tran", "Minh"), ("Kowalczyk", "Zofia"), ("Papadopoulos", "Eleni"),
    ("Krishnamurthy", "Lakshmi"), ("Chaudhary", "Rohit"), ("Banerjee", "Ananya"), ("Iyer", "Srinivasan"),
    ("Siddiqui", "Farah"), ("Patel", "Nisha"), ("Singh", "Gurpreet"), ("Ahmed", "Tanvir"), ("Chen", "Xiaowei"),
    ("Wang", "Li"), ("Zhang", "Yi"), ("Liu", "Mei"), ("Wong", "Ka Yan"), ("Santos", "Maria Cristina"),
    ("Dela Cruz", "Jose Miguel"), ("Reyes", "Angelica"), ("Bautista", "Ramon"), ("Villanueva", "Liza"),
    ("van der Merwe", "Pieter"), ("Naidoo", "Kavitha"), ("Dlamini", "Sipho"), ("Botha", "Annelie"),
    ("Mokoena", "Thabo"), ("Nkosi", "Zanele"), ("Brennan", "Sinéad"), ("Murphy", "Declan"), ("Kelly", "Róisín"),
    ("Walsh", "Seán"), ("Doherty", "Orla"), ("Thompson", "Grace"), ("Robinson", "Oliver"), ("Clarke", "Hannah"),
    ("Armstrong", "Paul"), ("Guest", "David"), ("Purcell", "John"), ("Hutchinson", "Sue"), ("Taylor", "Stephen"),
    ("Marchington", "Mick"), ("Wilkinson", "Adrian"), ("Boxall", "Peter"), ("Macky", "Keith"), ("Brewster", "Chris"),
    ("Søndergaard", "Mikael"), ("Müller", "Jörg"), ("Gómez", "Lucía"), ("Öztürk", "Ayşe"),
]  # fmt: skip
_PARTICLES = [("van der", "Merwe", "Pieter"), ("de", "Villiers", "Marius"), ("van", "Wyk", "Lindiwe"),
              ("de la", "Rosa", "Carmela")]  # fmt: skip

_BOOK_TITLES = ["Human resource management: theory and practice", "Recruitment and selection: a competency approach",
                "Employer branding for the talent economy", "Strategic human resource management",
                "Talent management: a critical review", "B2B marketing: a guidebook for the classroom",
                "The recruitment marketing handbook", "Armstrong's handbook of human resource management practice",
                "Digital HR: a guide to technology-enabled human resource management", "Marketing services: a global view",
                "Employer branding: the latest fad or the future for HR?", "Resourcing and talent planning",
                "Candidate experience: how to win the war for talent", "The talent delusion",
                "Managing the employment relationship", "Contemporary human resource management"]  # fmt: skip
_TOPICS = ["employer branding", "candidate experience", "recruitment process outsourcing", "agency work",
           "talent acquisition technology", "AI in recruitment", "job advertising", "employee value proposition",
           "flexible work", "the gig economy", "graduate recruitment", "diversity in hiring", "LinkedIn recruiting",
           "executive search", "temporary staffing", "skills shortages", "applicant tracking systems",
           "employee advocacy", "recruiter reputation", "salary transparency", "hybrid work", "onboarding"]  # fmt: skip
_JOURNALS = ["Human Resource Management Journal", "International Journal of Human Resource Management",
             "Journal of Applied Psychology", "Personnel Review", "Employee Relations", "Journal of Marketing Management",
             "Journal of Business Research", "Journal of Brand Management", "Industrial Marketing Management",
             "Asia Pacific Journal of Human Resources", "Irish Journal of Management", "Work, Employment and Society"]  # fmt: skip
_UNIVERSITIES = ["London School of Economics and Political Science", "Cranfield University", "Kingston University",
                 "University of Limerick", "University College Dublin", "University of Sydney", "Monash University"]  # fmt: skip
_CONFERENCES = ["CIPD Festival of Work", "Academy of Management Annual Meeting", "British Academy of Management Conference",
                "Academy of Marketing Conference"]  # fmt: skip
_GOVERNMENT = [("Employment Agency Standards Inspectorate (EAS)", "abbreviation"),
               ("Gangmasters and Labour Abuse Authority (GLAA)", "abbreviation"), ("Department for Business and Trade", "government"),
               ("Office for National Statistics", "government"), ("ONS", "government"), ("Acas", "government"),
               ("Information Commissioner's Office (ICO)", "apostrophe"), ("Equality and Human Rights Commission", "government"),
               ("Workplace Relations Commission (WRC)", "abbreviation"), ("Central Statistics Office (CSO)", "abbreviation"),
               ("Australian Bureau of Statistics (ABS)", "abbreviation"), ("Fair Work Ombudsman", "government"),
               ("OECD", "abbreviation"), ("International Labour Organization (ILO)", "abbreviation")]  # fmt: skip
_TRADE = [("Recruitment and Employment Confederation (REC)", "abbreviation"),
          ("Association of Professional Staffing Companies (APSCo)", "abbreviation"),
          ("National Recruitment Federation (NRF)", "abbreviation"),
          ("Recruitment, Consulting and Staffing Association (RCSA)", "abbreviation"), ("CIPD", "abbreviation"),
          ("Chartered Institute of Personnel and Development (CIPD)", "abbreviation"),
          ("Institute of Student Employers (ISE)", "abbreviation"), ("Chartered Management Institute (CMI)", "abbreviation"),
          ("Business in the Community", "charity"), ("Timewise", "charity"), ("Tech Talent Charter", "charity")]  # fmt: skip
_COMPANIES = ["Hays plc", "PageGroup plc", "Robert Walters plc", "SThree plc", "Adecco Group AG", "Randstad N.V.",
              "ManpowerGroup Inc.", "Hudson RPO", "Harvey Nash Group Ltd", "Cpl Resources Ltd", "Seek Ltd", "Workday Inc.",
              "Personio SE & Co. KG", "HiBob Ltd", "Reed", "Sigmar Recruitment", "Morgan McKinley", "Indeed",
              "LinkedIn Talent Solutions", "Totaljobs", "Employer Brand Partners"]  # fmt: skip
_RESEARCH = [("REC & KPMG", "Report on Jobs"), ("Hays", "Hays Salary Guide"), ("CIPD", "Good Work Index"),
             ("LinkedIn", "Global Talent Trends"), ("Glassdoor", "Best Places to Work"), ("YouGov", "Jobseeker tracker"),
             ("Ipsos", "Attitudes to work"), ("Statista", "Number of recruitment agencies in the United Kingdom"),
             ("Gartner", "Top priorities for HR leaders"), ("Josh Bersin Company", "Talent acquisition revolution"),
             ("Universum", "Most attractive employers"), ("Robert Walters", "Salary Survey")]  # fmt: skip
_PRESS = ["Recruiter", "Personnel Today", "People Management", "HR Magazine", "Recruitment International",
          "The Irish Times", "Australian Financial Review", "Financial Times", "The Guardian", "BBC News"]  # fmt: skip
_PLATFORMS = ["LinkedIn", "X", "Instagram", "TikTok"]


class Blind254WorkFactory(WorkFactory):
    """Works a recruitment, staffing and HR-technology marketer cites: HRM textbooks and journals, theses and
    conference papers, regulators and statistics offices of the UK, Ireland and Australia, trade bodies, agencies'
    annual reports, salary guides and surveys, the trade press, posts, videos and podcasts."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 25400)
        self._org_years: list[tuple[str, set[str], int]] = []

    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.55:
            family, given = self.rng.choice(_NAMES)
            if family.startswith(("van ", "de ")):
                particle, _, rest = family.rpartition(" ")
                return {"family": rest, "given": given, "non-dropping-particle": particle}
            return {"family": family, "given": given}
        if roll < 0.62:
            particle, family, given = self.rng.choice(_PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        fake = self.fakers[self.rng.choice(["en_GB", "en_IE", "en_IN", "en_GB", "en_US"])]
        return {"family": fake.last_name(), "given": fake.first_name()}

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1985, 2007)
        return self.rng.randint(2012, 2025)

    def accessed(self) -> dict[str, list[list[int]]]:
        return {"date-parts": [[2025, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        place = self.rng.choice(
            ["the UK", "Ireland", "Australia", "UK recruitment", "the Irish labour market", "Australian staffing"]
        )
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"The state of {topic} {self.rng.randint(2019, 2025)}",
                 f"How {topic} shapes {self.rng.choice(_TOPICS)}", f"{topic[0].upper()}{topic[1:]}: a guide for hiring managers",
                 f"Rethinking {topic} after the pandemic", f"What candidates want from {topic}",
                 f"{topic[0].upper()}{topic[1:]} and {self.rng.choice(_TOPICS)}: evidence from {place}"]  # fmt: skip
        return self.rng.choice(forms)

    def _url(self, host: str) -> str:
        return f"https://www.{host}/{self.fakers['en_GB'].slug()}"

    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "thesis", "conference", "government", "trade-body", "company",
             "market-research", "news", "social", "video", "podcast", "undated-web"],
            weights=[12, 5, 22, 3, 3, 9, 9, 9, 8, 10, 2, 2, 2, 4],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[38, 26, 15, 8, 5, 3, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def _book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self.rng.choice(_BOOK_TITLES), "author": self._people(4),
            "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "Sage", "Kogan Page", "Pearson", "CIPD Publishing", "Oxford University Press"]),
            "publisher-place": self.rng.choice(["London", "Abingdon", "Harlow", "Oxford", "Thousand Oaks, CA"]),
        }  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 16))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["The Oxford handbook of human resource management", "Employer branding: a research agenda",
                                                "The Routledge companion to talent management", "Handbook of research on recruitment"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Oxford University Press", "Routledge", "Sage"]),
            "publisher-place": "Oxford", "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(10, 110)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["DOI"] = (
                f"10.{self.rng.choice(['1111', '1080', '1037', '1108', '1016'])}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(10000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": [self.person()], "issued": {"date-parts": [[self.year()]]},
            "genre": self.rng.choice(["PhD thesis", "DBA thesis", "MSc dissertation"]), "publisher": self.rng.choice(_UNIVERSITIES),
        }  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": f"{self.rng.choice(_CONFERENCES)} {year}", "issued": {"date-parts": [[year]]},
            "publisher-place": self.rng.choice(["Manchester", "Chicago", "Dublin", "Sheffield", "Boston"]),
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _organisation_pick(self, table: list[tuple[str, str]], tag: str) -> tuple[str, set[str], int]:
        if self._org_years and self.rng.random() < 0.2:  # a second work of one organisation in one year
            return self.rng.choice(self._org_years)
        name, how = self.rng.choice(table)
        tags = {tag, how}
        if "&" in name:
            tags.add("ampersand")
        if "'" in name:
            tags.add("apostrophe")
        year = self.year()
        self._org_years.append((name, tags, year))
        return name, tags, year

    def _government(self) -> Work:
        name, tags, year = self._organisation_pick(_GOVERNMENT, "government")
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(self.rng.choice(["gov.uk", "gov.ie", "abs.gov.au", "fairwork.gov.au", "ons.gov.uk"])),
                                  "accessed": self.accessed()}  # fmt: skip
        return self._org_work(record, "government", name, tags)

    def _trade_body(self) -> Work:
        name, tags, year = self._organisation_pick(_TRADE, "trade-body")
        record: dict[str, Any] = {"type": "report", "title": self._title(), "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0], "publisher-place": self.rng.choice(["London", "Dublin", "Melbourne"])}  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = self._url(self.rng.choice(["rec.uk.com", "apsco.org", "cipd.org", "rcsa.com.au", "nrf.ie"]))
            record["accessed"] = self.accessed()
        return self._org_work(record, "trade-body", name, tags)

    def _company(self) -> Work:
        name = self.rng.choice(_COMPANIES)
        tags = {"company"} | ({"ampersand"} if "&" in name else set())
        year = self.year()
        title = self.rng.choice([f"Annual report and financial statements {year}", f"Capital markets day {year}: investor presentation",
                                 f"Sustainability report {year}", "Our history", "About us", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report" if "report" in title or "presentation" in title else "webpage",
                                  "title": title, "URL": self._url(self.fakers["en_GB"].domain_name()), "accessed": self.accessed()}  # fmt: skip
        if title not in ("Our history", "About us"):
            record["issued"] = {"date-parts": [[year]]}
        return self._org_work(record, "company", name, tags | ({"undated"} if "issued" not in record else set()))

    def _market_research(self) -> Work:
        name, title = self.rng.choice(_RESEARCH)
        year = self.year()
        record: dict[str, Any] = {"type": "report", "title": f"{title} {year}", "issued": {"date-parts": [[year]]},
                                  "URL": self._url(self.fakers["en_GB"].domain_name()), "accessed": self.accessed()}  # fmt: skip
        tags = {"market-research"} | ({"ampersand"} if "&" in name else set())
        return self._org_work(record, "market-research", name, tags)

    def _news(self) -> Work:
        year = min(self.year(), 2024)  # dated to the day: before the 2025 access dates
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(self.fakers["en_GB"].domain_name()), "accessed": self.accessed(),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})

    def _social(self) -> Work:
        year = self.rng.randint(2019, 2024)
        record: dict[str, Any] = {
            "type": "post", "title": self._title(), "container-title": self.rng.choice(_PLATFORMS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url("linkedin.com/posts"), "accessed": self.accessed(),
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        name = self.rng.choice(_COMPANIES)
        return self._org_work(record, "social", name, {"company"} | ({"ampersand"} if "&" in name else set()))

    def _video(self) -> Work:
        record: dict[str, Any] = {
            "type": "motion_picture", "title": self._title(), "container-title": "YouTube",
            "issued": {"date-parts": [[self.rng.randint(2016, 2025)]]}, "URL": self._url("youtube.com/watch"),
            "accessed": self.accessed(),
        }  # fmt: skip
        name = self.rng.choice(_COMPANIES)
        return self._org_work(record, "video", name, {"company"} | ({"ampersand"} if "&" in name else set()))

    def _podcast(self) -> Work:
        record: dict[str, Any] = {
            "type": "broadcast", "title": self._title(),
            "container-title": self.rng.choice(["The Recruitment Mentors", "Chad & Cheese", "HR Happy Hour", "The Talent Acquisition Podcast"]),
            "issued": {"date-parts": [[self.rng.randint(2018, 2025)]]}, "URL": self._url("podcasts.apple.com"),
            "accessed": self.accessed(), "author": self._people(2),
        }  # fmt: skip
        return self._person_work(record, "podcast")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url(self.fakers["en_GB"].domain_name()),
                                  "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.3:
            record["author"] = [self.person()]
            return self._person_work(record, "undated-web")
        name, how = self.rng.choice(_TRADE + [(c, "company") for c in _COMPANIES])
        tags = {how, "undated"} | ({"ampersand"} if "&" in name else set())
        return self._org_work(record, "undated-web", name, tags)
