"""The blind212 pool's works: what marketers in UK universities' and colleges' international student recruitment,
and their agents and partners, cite in CIM Level 6 and 7 reports and MBA assignments.

Higher-education and services marketing textbooks and chapters, journal articles (Journal of Marketing for Higher
Education, Studies in Higher Education, Higher Education) with up to eight authors and DOIs, theses and conference
papers, regulators and public bodies (the Office for Students, UCAS, HESA, the Home Office, UKVI, the British
Council, QAA, Universities UK, the Migration Advisory Committee), league tables and rankings with years, universities'
annual reports and financial statements, agents' and aggregators' pages (IDP, Studyportals), market research, the
sector press signed and unsigned (Times Higher Education, University World News, The PIE News, Wonkhe), social posts,
videos, podcasts and undated pages. Names are British, Nigerian, Indian, Pakistani, Chinese and Vietnamese, as the
region's scholars and journals print them. Written without reading the checker or the other pools.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import datetime
import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_GB", "en_IN", "en_IN", "en_NG", "yo_NG", "ig_NG", "en_PK", "en_IE"]
# Names as they are printed on English-language papers: family name, given name (no hyphens in given names).
_NAMES = [
    ("Zhang", "Wei"), ("Wang", "Xiaoming"), ("Li", "Jing"), ("Liu", "Yang"), ("Chen", "Hui"), ("Huang", "Lei"),
    ("Xu", "Fang"), ("Zhou", "Yan"), ("Sun", "Qian"), ("Ma", "Lin"), ("Nguyen", "Thi Lan"), ("Tran", "Minh Duc"),
    ("Nguyễn", "Thị Hoa"), ("Trần", "Văn Nam"), ("Phạm", "Quỳnh Anh"), ("Lê", "Thu Hà"), ("Vũ", "Hải Yến"),
    ("Reddy", "Srinivas"), ("Rao", "Lakshmi"), ("Naidu", "Venkatesh"), ("Sharma", "Priya"), ("Gupta", "Anil"),
    ("Kaur", "Harpreet"), ("Singh", "Gurpreet"), ("Chaudhary", "Neha"), ("Varghese", "Anu"), ("Menon", "Deepa"),
    ("Adeyemi", "Folake"), ("Okonkwo", "Chidi"), ("Olaniyan", "Tunde"), ("Eze", "Ngozi"), ("Bello", "Aisha"),
    ("Adebayo", "Oluwaseun"), ("Okafor", "Ifeoma"), ("Ogunbiyi", "Kehinde"), ("Abubakar", "Musa"),
    ("Khan", "Ayesha"), ("Qureshi", "Imran"), ("Siddiqui", "Sana"), ("Malik", "Usman"), ("Hussain", "Bilal"),
    ("Butt", "Faisal"), ("Raza", "Hira"), ("Shah", "Zainab"), ("Iqbal", "Kamran"),
]  # fmt: skip
_PARTICLE_NAMES = [("de", "Souza", "Ryan"), ("da", "Costa", "Maria"), ("van der", "Merwe", "Pieter"),
                   ("de", "Vita", "Glauco")]  # fmt: skip
_PREFIXED = ["D'Souza", "D'Mello", "O'Brien", "O'Connor", "McCaig", "MacLeod", "Ó Súilleabháin"]
_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("Office for Students", {"government"}), ("Office for Students (OfS)", {"government", "abbreviation"}),
    ("UCAS", {"acronym"}), ("Universities and Colleges Admissions Service (UCAS)", {"abbreviation"}),
    ("HESA", {"acronym"}), ("Higher Education Statistics Agency (HESA)", {"abbreviation"}),
    ("Home Office", {"government"}), ("UK Visas and Immigration", {"government"}), ("UKVI", {"government", "acronym"}),
    ("British Council", set()), ("Quality Assurance Agency for Higher Education (QAA)", {"abbreviation"}),
    ("QAA", {"acronym"}), ("Universities UK", set()), ("Universities UK International (UUKi)", {"abbreviation"}),
    ("Migration Advisory Committee", {"government"}), ("Department for Education", {"government"}),
    ("House of Commons Library", {"government"}), ("Office for National Statistics", {"government"}),
    ("Higher Education Policy Institute (HEPI)", {"abbreviation"}), ("London Economics", {"company"}),
    ("Universities & Colleges Employers Association", {"ampersand"}), ("Kaplan International Pathways", {"company"}),
    ("INTO University Partnerships", {"company"}), ("Navitas", {"company"}), ("Study Group", {"company"}),
    ("IDP Education", {"company"}), ("IDP Connect", {"company"}), ("Studyportals", {"company"}),
    ("ApplyBoard", {"company"}), ("QS Quacquarelli Symonds", {"company"}), ("Times Higher Education", {"press"}),
    ("The Complete University Guide", {"company"}), ("Russell Group", set()),
    ("King's College London", {"apostrophe", "university"}), ("Queen Mary University of London", {"university"}),
    ("The University of Manchester", {"university"}), ("University of Birmingham", {"university"}),
    ("University of Nottingham", {"university"}), ("Nottingham Trent University", {"university"}),
    ("The University of Sheffield", {"university"}), ("Sheffield Hallam University", {"university"}),
    ("Manchester Metropolitan University", {"university"}), ("Birmingham City University", {"university"}),
    ("University of the Arts London", {"university"}), ("St Mary's University, Twickenham", {"apostrophe", "comma", "university"}),
    ("Ernst & Young LLP", {"ampersand", "company"}), ("PwC", {"company"}), ("Deloitte", {"company"}),
    ("Enroly", {"company"}), ("Sannam S4", {"company"}), ("BONARD", {"company"}), ("NISAU UK", {"acronym"}),
    ("UKCISA", {"acronym"}), ("UK Council for International Student Affairs (UKCISA)", {"abbreviation"}),
    ("Advance HE", set()), ("Jisc", set()), ("Chartered Institute of Marketing", set()),
    ("Association of Colleges", set()), ("National Union of Students", set()),
]  # fmt: skip
_GOVERNMENT = ["Office for Students", "Home Office", "UK Visas and Immigration", "Department for Education",
               "Migration Advisory Committee", "Department for Business & Trade", "HM Government",
               "House of Commons Library", "British Council", "UCAS", "HESA", "QAA", "Universities UK"]  # fmt: skip
_RESEARCH = ["IDP Connect", "QS Quacquarelli Symonds", "Studyportals", "Navitas Insights", "BONARD", "ICEF Monitor",
             "Universities UK International", "British Council", "Mintel", "Statista", "YouGov", "Keystone Education Group"]  # fmt: skip
_NEWS = ["Times Higher Education", "University World News", "The PIE News", "Wonkhe", "The Guardian",
         "Financial Times", "BBC News", "The Times", "Research Professional News", "ICEF Monitor",
         "The Hindu", "Punch", "South China Morning Post", "VnExpress International", "Dawn"]  # fmt: skip
_JOURNALS = ["Journal of Marketing for Higher Education", "Studies in Higher Education", "Higher Education",
             "Higher Education Quarterly", "Journal of Studies in International Education",
             "International Journal of Educational Management", "Journal of Higher Education Policy and Management",
             "Higher Education Research & Development", "Journal of Services Marketing",
             "Journal of International Students", "Journal of Further and Higher Education", "Compare"]  # fmt: skip
_TOPICS = ["international student recruitment", "education agents", "university branding", "student choice",
           "the Graduate Route", "transnational education", "student satisfaction", "league tables",
           "student recruitment from Nigeria", "Indian postgraduate demand", "Chinese students' destination choice",
           "offer-holder conversion", "digital open days", "WeChat marketing", "agent commission", "pathway programmes",
           "student visa policy", "the student experience", "word of mouth among students", "university reputation",
           "CRM in admissions", "employability claims", "scholarship marketing", "social media and student choice",
           "Vietnamese students' decision-making", "Pakistani students in the UK", "dependant visa rules"]  # fmt: skip
_BOOK_TITLES = ["Marketing higher education: theory and practice", "Services marketing: people, technology, strategy",
                "Strategic marketing in higher education", "International student recruitment: a practical guide",
                "Higher education marketing: a global perspective", "Services marketing: integrating customer focus across the firm",
                "The marketisation of higher education", "Branding the university", "Student recruitment and the global market",
                "Marketing management in education", "Internationalisation of higher education: strategies and issues",
                "Managing the student experience"]  # fmt: skip
_UNIVERSITIES = ["University of Nottingham", "University of Sheffield", "University of Manchester", "Aston University",
                 "University of Birmingham", "King's College London", "Sheffield Hallam University", "University of Warwick",
                 "University of Lagos", "University of Hyderabad", "Fudan University", "Lahore University of Management Sciences",
                 "Vietnam National University, Ho Chi Minh City", "Loughborough University"]  # fmt: skip
# Who posts the social posts and videos candidates cite: universities, admissions bodies, agents and the British Council.
_POSTERS = [n for n, t in _ORGANISATIONS if "university" in t or ("company" in t and "&" not in n)] + ["UCAS", "British Council", "UKCISA"]  # fmt: skip
_CONFERENCES = ["Academy of Marketing Conference", "EAIE Conference", "British Academy of Management Conference",
                "Going Global", "Academy of Marketing Science World Marketing Congress", "SRHE Annual Conference",
                "Higher Education Marketing Conference"]  # fmt: skip


class Blind212WorkFactory(WorkFactory):
    """Works for the blind212 pool: higher-education marketing and recruitment sources, with the names of the
    UK's main recruitment markets (Nigeria, India, Pakistan, China, Vietnam) as their scholars print them."""

    KINDS = ("book", "chapter", "journal", "thesis", "conference", "regulator", "ranking", "annual-report",
             "agent-web", "market-research", "news", "press-unsigned", "social", "video", "podcast", "undated-web")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 212)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 223 + index)
                self.fakers[locale] = fake
        self.organisations: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people, dates, titles
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.45:
            family, given = self.rng.choice(_NAMES)
            return {"family": family, "given": given}
        if roll < 0.5:
            particle, family, given = self.rng.choice(_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.55:
            return {"family": self.rng.choice(_PREFIXED), "given": self.fakers["en_GB"].first_name()}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name().replace("-", "")
        words = family.split()
        if len(words) > 1 and words[0].islower():
            return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
        if self.rng.random() < 0.06:
            family = f"{family}-{self.fakers['en_GB'].last_name()}"
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.04:
            return self.rng.randint(1985, 2004)  # the classics: Kotler and Fox, Maringe, Hemsley-Brown
        return self.rng.randint(2008, 2025)

    def accessed_after(self, issued: int | list[int] | None) -> dict[str, list[list[int]]]:
        """An access date on or after the work's date (and from 2022, when these candidates write)."""
        parts = issued if isinstance(issued, list) else [issued or 2022]
        first = max(datetime.date(2022, 1, 1), datetime.date(parts[0], *[*parts[1:], 1, 1][:2]))
        last = max(first, datetime.date(2025, 12, 28))
        day = datetime.date.fromordinal(self.rng.randint(first.toordinal(), last.toordinal()))
        return {"date-parts": [[day.year, day.month, day.day]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]}: evidence from UK universities",
                 f"The role of {topic} in {other}", f"{topic[0].upper()}{topic[1:]} and {other}",
                 f"Rethinking {topic} after Brexit", f"{topic[0].upper()}{topic[1:]} in a marketised sector",
                 f"How {topic} shapes {other}", f"Understanding {topic}: a mixed-methods study",
                 f"{topic[0].upper()}{topic[1:]}: what recruiters need to know"]  # fmt: skip
        return self.rng.choice(forms)

    def _url(self, domain: str | None = None) -> str:
        fake = self.fakers["en_GB"]
        return f"https://{domain}/{fake.slug()}" if domain else fake.url() + fake.uri_path()

    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            list(self.KINDS), weights=[11, 5, 20, 3, 3, 11, 5, 5, 6, 6, 7, 3, 3, 3, 2, 4]
        )[0]  # fmt: skip
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        work.kind = kind  # the kind as KINDS names it
        return work

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same organisation in the same year as an earlier work ("UCAS, 2024a" and "2024b").
        # Only an organisation of the same sort is taken, so a league table stays a ranker's and a video nobody's.
        alike = [o for o in self.organisations if o[1] == tags]
        if (
            alike
            and "issued" in record
            and kind in ("report", "web")
            and "ranking" not in tags
            and self.rng.random() < 0.15
        ):
            name, tags, issued = self.rng.choice(alike)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.organisations.append((name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    # ------------------------------------------------------------------ works
    def _book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self.rng.choice(_BOOK_TITLES) if self.rng.random() < 0.6 else self._title(),
            "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "Pearson", "Palgrave Macmillan", "Sage", "Kogan Page",
                                          "Edward Elgar", "McGraw-Hill Education", "Bloomsbury Academic"]),
            "publisher-place": self.rng.choice(["Abingdon", "Harlow", "London", "Cham", "Cheltenham", "New York"]),
        }  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        start = self.rng.randint(1, 300)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["The Routledge handbook of international higher education",
                                                "Higher education marketing", "Marketing of higher education",
                                                "Internationalisation and the student experience"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Routledge", "Palgrave Macmillan", "Springer"]),
            "publisher-place": self.rng.choice(["Abingdon", "London", "Cham"]), "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 1400)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 88)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        if self.rng.random() < 0.65:
            record["DOI"] = (
                f"10.{self.rng.choice(['1080', '1007', '1111', '1108', '1177'])}/{self.rng.randint(10000, 99999)}.{self.rng.randint(2008, 2025)}.{self.rng.randint(1000000, 9999999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": [self.person()],
            "issued": {"date-parts": [[self.year()]]}, "genre": self.rng.choice(["PhD thesis", "DBA thesis", "MPhil thesis"]),
            "publisher": self.rng.choice(_UNIVERSITIES),
        }  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": f"Proceedings of the {self.rng.choice(_CONFERENCES)} {year}",
            "issued": {"date-parts": [[year]]}, "event-place": self.rng.choice(["London", "Manchester", "Birmingham", "Nottingham", "Sheffield", "Glasgow"]),
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _regulator(self) -> Work:
        name = self.rng.choice(_GOVERNMENT)
        year = self.year()
        subject = self.rng.choice(["International student recruitment agents: good practice", "Financial sustainability of higher education providers",
                                   "Graduate Route review", "Immigration system statistics: study", "Student visa sponsor guidance",
                                   "Annual report and accounts", "End of cycle data resources", "Higher education student statistics",
                                   "The value of international students to the UK economy", "Agent quality framework",
                                   "Statement of changes in immigration rules", "Subject benchmark statement: business and management"])  # fmt: skip
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]), "title": f"{subject} {year}" if self.rng.random() < 0.3 else subject,
            "issued": {"date-parts": [[year]]}, "URL": self._url("www.gov.uk/government/publications") if name in ("Home Office", "UK Visas and Immigration", "Department for Education", "Migration Advisory Committee") else self._url(),
            "accessed": self.accessed_after(year),
        }  # fmt: skip
        tags = {"government"} if name not in ("British Council", "UCAS", "HESA", "QAA", "Universities UK") else set()
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _ranking(self) -> Work:
        name, base = self.rng.choice([("QS Quacquarelli Symonds", "QS World University Rankings"),
                                      ("Times Higher Education", "World University Rankings"),
                                      ("The Complete University Guide", "University league tables"),
                                      ("Times Higher Education", "Impact Rankings"),
                                      ("QS Quacquarelli Symonds", "QS International Trade Rankings"),
                                      ("The Guardian", "The Guardian University Guide")])  # fmt: skip
        year = self.year()
        record: dict[str, Any] = {
            "type": "webpage", "title": f"{base} {year + 1 if self.rng.random() < 0.6 else year}",
            "issued": {"date-parts": [[year]]}, "URL": self._url(), "accessed": self.accessed_after(year),
        }  # fmt: skip
        return self._org_work(record, "web", name, {"ranking"})

    def _annual_report(self) -> Work:
        name = self.rng.choice([n for n, t in _ORGANISATIONS if "university" in t])
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report and financial statements {year - 1}/{str(year)[2:]}",
                                                        f"Financial statements for the year ended 31 July {year}",
                                                        "International strategy 2030", f"Access and participation plan {year}-{year + 4}"]),
            "issued": {"date-parts": [[year]]}, "publisher": name,
            "publisher-place": next((c for c in ("Manchester", "Birmingham", "Nottingham", "Sheffield") if c in name), "London"),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = self._url()
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "report", name, {"university"})

    def _agent_web(self) -> Work:
        name = self.rng.choice(["IDP Education", "IDP Connect", "Studyportals", "ApplyBoard", "Study Group", "Kaplan International Pathways",
                                "INTO University Partnerships", "SI-UK", "AECC Global", "Leverage Edu", "Crimson Education",
                                "Edwise International", "Global Reach", "Study Abroad Nigeria", "KC Overseas Education"])  # fmt: skip
        record: dict[str, Any] = {
            "type": "webpage",
            "title": self._title(),
            "URL": self._url(),
            "accessed": self.accessed(),
        }
        if self.rng.random() < 0.7:
            year = self.year()
            record["issued"] = {"date-parts": [[year]]}
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "web", name, {"company", "agent"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"International student survey {year}", f"Emerging futures {year}",
                                                        f"Student mobility trends {year}", "Global student sentiment tracker",
                                                        f"The future of international education {year}",
                                                        f"UK higher education: market report {year}"]),
            "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0], "URL": self._url(), "accessed": self.accessed_after(year),
        }  # fmt: skip
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "author": self._people(2),
            "container-title": self.rng.choice(_NEWS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(),
        }  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "news")

    def _press_unsigned(self) -> Work:
        year = self.year()
        paper = self.rng.choice(_NEWS)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": paper,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(),
        }  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        return self._org_work(record, "news", paper, {"press"})

    def _social(self) -> Work:
        name = self.rng.choice(_POSTERS)
        year = self.rng.randint(2018, 2025)
        record: dict[str, Any] = {
            "type": "post", "title": self.rng.choice(["Applications for our January intake are now open",
                                                      "Congratulations to our graduates", "Meet us in Lagos this weekend",
                                                      "Our new scholarships for students from India", "Graduate Route explained in 60 seconds"]),
            "container-title": self.rng.choice(["LinkedIn", "X", "Instagram", "Facebook", "TikTok"]),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(),
        }  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        return self._org_work(record, "social", name, {"social"})

    def _video(self) -> Work:
        name = self.rng.choice(_POSTERS)
        year = self.rng.randint(2015, 2025)
        record: dict[str, Any] = {
            "type": "motion_picture", "title": self.rng.choice(["Virtual campus tour", "How to apply through UCAS",
                                                                "Student life in Sheffield", "Your visa journey, step by step",
                                                                "Meet the international team"]),
            "container-title": "YouTube", "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url("www.youtube.com/watch"),
        }  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        return self._org_work(record, "video", name, {"video"})

    def _podcast(self) -> Work:
        year = self.rng.randint(2017, 2025)
        record: dict[str, Any] = {
            "type": "broadcast", "title": self._title(),
            "container-title": self.rng.choice(["The Wonkhe Show", "The PIE Podcast", "THE Campus podcast", "HEPI podcast"]),
            "author": self._people(2), "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(),
        }  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "podcast")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {
            "type": "webpage",
            "title": self._title(),
            "URL": self._url(),
            "accessed": self.accessed(),
        }
        if self.rng.random() < 0.3:
            record["author"] = self._people(2)
            return self._person_work(record, "undated-web")
        name, tags = self.organisation()
        return self._org_work(record, "undated-web", name, tags | {"undated"})
