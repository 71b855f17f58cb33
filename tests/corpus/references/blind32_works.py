"""Works for the thirty-second held-out pool, "blind32": what marketing apprentices in university recruitment,
admissions and student-marketing teams, further-education colleges and training providers cite.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a thirty-second
hand, without reading the checker, its tests or the other pools' frames, decoys and works, from how CIM Level 4,
NCFE Level 3 and degree apprentices in higher and further education marketing build their reference lists:
sector bodies and regulators (UCAS, HESA, OfS, QAA, Universities UK, British Council, IfATE, Ofsted, DfE) as
authors, league-table publishers, the trade press (Wonkhe, Times Higher Education, FE Week, The PIE News),
higher-education marketing textbooks and journals, college annual reports, apprenticeship standards with their
codes, Acts read on legislation.gov.uk, YouTube videos, podcasts and TikTok posts, undated course and help pages,
and authors from China, India, Nigeria, Pakistan, Vietnam, Malaysia, Brazil, the Middle East and the UK.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references import render
from tests.corpus.references.records import Work, WorkFactory

# (family, given) as they appear on English-language papers and reading lists; no hyphen in a given name.
_PEOPLE: list[tuple[str, str]] = [
    # China and Malaysia (Chinese Malaysian), Vietnam
    ("Zhou", "Yiran"), ("Chen", "Xiaoling"), ("Wu", "Haoran"), ("Sun", "Mengyao"), ("Gao", "Jun"), ("Ma", "Lin"),
    ("Tan", "Mei Ling"), ("Lim", "Boon Keat"), ("Ong", "Siew Wei"), ("Teoh", "Kar Yan"), ("Goh", "Chee Meng"),
    ("Nguyễn", "Thị Hằng"), ("Trần", "Văn Minh"), ("Phạm", "Thu Trang"), ("Lê", "Quang Huy"), ("Đặng", "Hoài An"),
    ("Nguyen", "Thanh Tam"), ("Vu", "Ngoc Anh"),
    # Malaysia (Malay), Middle East
    ("Abdul Rahman", "Nurul"), ("Ismail", "Farah"), ("Hassan", "Aiman"), ("Yusof", "Siti Aisyah"),
    ("Al-Hashimi", "Layla"), ("El-Khoury", "Rami"), ("Haddad", "Nour"), ("Al-Qahtani", "Saud"), ("Khalil", "Dana"),
    ("Mansour", "Yara"), ("Al-Farsi", "Huda"),
    # India and Pakistan
    ("Venkataraman", "Deepa"), ("Chaudhary", "Rahul"), ("Deshpande", "Aditi"), ("Nair", "Sreeja"), ("Banerjee", "Sourav"),
    ("Reddy", "Kavya"), ("Patel", "Nikhil"), ("Sharma", "Ananya"), ("Qureshi", "Hamza"), ("Siddiqui", "Ayesha"),
    ("Malik", "Usman"), ("Butt", "Zainab"), ("Rizvi", "Fatima"),
    # Nigeria
    ("Okafor", "Chiamaka"), ("Adebayo", "Tunde"), ("Nwankwo", "Ifeoma"), ("Ogunleye", "Bisola"), ("Eze", "Emeka"),
    ("Bello", "Aminu"), ("Oyelaran-Oyeyinka", "Kehinde"), ("Adeyemi-Cole", "Funmilayo"), ("Ibekwe", "Obinna"),
    # Brazil
    ("Gonçalves", "Mariana"), ("Conceição", "Rafael"), ("Araújo", "Beatriz"), ("Ribeiro", "Thiago"), ("Loureiro", "Camila"),
    # UK and Ireland
    ("O'Donnell", "Ciara"), ("McAllister", "Fraser"), ("MacKinnon", "Eilidh"), ("Pryce-Jones", "Rhian"),
    ("Whitfield", "Helen"), ("Ashworth", "Mark"), ("Bramley", "Sophie"), ("Hargreaves", "Tom"), ("Lloyd", "Gareth"),
    ("Fenwick", "Claire"), ("Sinclair", "Ross"), ("Thornton", "Alison"), ("Evans", "Siân"), ("Ní Dhomhnaill", "Áine"),
    ("Crossley", "James"), ("Maguire", "Niamh"), ("Higgins", "Paul"), ("Barlow", "Kate"), ("Woodcock", "Daniel"),
    ("Hemsley", "Beth"), ("Ferreira", "Luís"), ("Kowalska", "Magdalena"), ("Brennan", "Orla"),
]  # fmt: skip
_PARTICLED: list[tuple[str, str, str]] = [("da", "Silva", "Larissa"), ("dos", "Santos", "Gabriel"),
                                          ("de", "Souza", "Fernanda"), ("van", "Rooyen", "Pieter"),
                                          ("de", "Oliveira", "Bruno"), ("van der", "Merwe", "Anke")]  # fmt: skip

# Organisations apprentices cite, with what makes each hard as tags.
_SECTOR_BODIES: list[tuple[str, set[str]]] = [
    ("UCAS", {"acronym"}), ("UCAS", {"acronym"}), ("UCAS", {"acronym"}),
    ("Universities and Colleges Admissions Service (UCAS)", {"abbreviation"}),
    ("HESA", {"acronym"}), ("Higher Education Statistics Agency (HESA)", {"abbreviation"}),
    ("Office for Students", {"government"}), ("Office for Students (OfS)", {"government", "abbreviation"}),
    ("Quality Assurance Agency for Higher Education", set()), ("QAA", {"acronym"}),
    ("Universities UK", set()), ("Universities UK International", set()), ("British Council", set()),
    ("QS Quacquarelli Symonds", {"company"}), ("Times Higher Education", {"press"}), ("Wonkhe", {"press"}),
    ("Advance HE", set()), ("Jisc", set()), ("Higher Education Policy Institute (HEPI)", {"abbreviation"}),
    ("Sutton Trust", set()), ("Association of Colleges", set()), ("Association of Colleges (AoC)", {"abbreviation"}),
    ("Institute for Apprenticeships & Technical Education", {"ampersand", "government"}),
    ("Institute for Apprenticeships and Technical Education (IfATE)", {"abbreviation", "government"}),
    ("City & Guilds", {"ampersand"}), ("NCFE", {"acronym"}), ("Pearson plc", {"company"}),
    ("Chartered Institute of Marketing", set()), ("The Chartered Institute of Marketing (CIM)", {"abbreviation"}),
    ("IDP Education Ltd", {"company"}), ("Tribal Group plc", {"company"}), ("Study Group", {"company"}),
    ("INTO University Partnerships", {"company"}), ("Kaplan International Pathways", {"company"}),
    ("King's College London", {"apostrophe", "university"}), ("Queen's University Belfast", {"apostrophe", "university"}),
    ("Manchester Metropolitan University", {"university"}), ("University of Wales Trinity Saint David", {"university"}),
    ("Newcastle College Group (NCG)", {"abbreviation", "college"}), ("The Sheffield College", {"college"}),
    ("City of Glasgow College", {"college"}), ("Coleg Cambria", {"college"}), ("Multiverse", {"company"}),
    ("BPP University Ltd", {"company", "university"}), ("Edge Foundation", set()), ("Prospects Luminate", {"company"}),
    ("Student Minds", set()), ("Which? University", {"punctuation"}), ("The Complete University Guide", {"press"}),
    ("HubSpot", {"company"}), ("Meta", {"company"}), ("TikTok", {"company"}), ("Ofqual", {"government"}),
    ("Ofsted", {"government"}), ("Department for Education", {"government"}),
    ("Department for Education (DfE)", {"government", "abbreviation"}),
]  # fmt: skip
_GOVERNMENT: list[str] = ["Department for Education", "Office for Students", "Ofsted", "Home Office",
                          "Education and Skills Funding Agency", "HM Government", "Scottish Funding Council",
                          "Department for Education (DfE)", "Office for Students (OfS)", "Welsh Government",
                          "House of Commons Library", "Office for National Statistics"]  # fmt: skip
_PRESS = ["Times Higher Education", "Wonkhe", "FE Week", "The PIE News", "The Guardian", "BBC News", "Tes",
          "University Business", "Marketing Week", "ICEF Monitor", "The Independent", "Campaign"]  # fmt: skip
_JOURNALS = ["Journal of Marketing for Higher Education", "Studies in Higher Education", "Higher Education Quarterly",
             "International Journal of Educational Management", "Journal of Further and Higher Education",
             "Higher Education Policy", "Journal of Vocational Education & Training", "Education + Training",
             "Perspectives: Policy and Practice in Higher Education", "Journal of Studies in International Education",
             "Journal of Marketing Management", "Higher Education, Skills and Work-Based Learning",
             "Journal of Consumer Behaviour", "Tertiary Education and Management", "Higher Education"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Palgrave Macmillan", "Cham"),
               ("Emerald Publishing", "Bingley"), ("Sage", "London"), ("Edward Elgar", "Cheltenham"),
               ("Bloomsbury Academic", "London"), ("Pearson", "Harlow"), ("Critical Publishing", "St Albans"),
               ("Open University Press", "Maidenhead")]  # fmt: skip
_TOPICS = ["student recruitment", "university branding", "clearing campaigns", "open day conversion",
           "international student recruitment", "education agents", "student personas", "the applicant journey",
           "CRM and email nurture", "prospectus design", "Gen Z social media", "league tables", "the National Student Survey",
           "the Teaching Excellence Framework", "widening participation", "degree apprenticeships",
           "further education marketing", "student voice", "graduate outcomes", "offer-holder engagement",
           "student ambassadors", "virtual open days", "TikTok for universities", "transnational education",
           "postgraduate recruitment", "mature learners", "employer engagement", "apprenticeship levy spending",
           "brand architecture in universities", "student satisfaction", "course search behaviour",
           "conversion from offer to enrolment", "WhatsApp communities for applicants", "parent influencers",
           "university rankings", "the cost-of-living crisis and students", "higher technical qualifications"]  # fmt: skip
_TITLE_FORMS = ["{Topic}: a practitioner's guide", "Rethinking {topic} in UK higher education",
                "{Topic} and {other}: evidence from English universities", "{Topic} in a marketised sector",
                "Marketing higher education: {topic} and beyond", "The role of {topic} in {other}",
                "Why {topic} matters to {audience}", "{Topic}: lessons from the {cycle} cycle",
                "{Topic} among {audience}", "From enquiry to enrolment: {topic} in practice",
                "{Topic} and the student as consumer", "Measuring {topic}: a mixed-methods study",
                "What {audience} want from {topic}", "{Topic} after the pandemic", "Understanding {topic}"]  # fmt: skip
_AUDIENCES = ["Gen Z applicants", "international postgraduates", "first-generation students", "mature applicants",
              "college leavers", "parents and carers", "apprentices and employers", "Chinese applicants",
              "Nigerian postgraduates", "Indian students", "school-leavers in Wales", "commuter students"]  # fmt: skip
_REPORT_TITLES = ["End of cycle report {y}: applicant behaviour", "Annual report and financial statements {y}",
                  "Higher education student statistics: UK, {y}", "International student recruitment data {y}",
                  "Annual report and accounts {y}", "The state of the sector {y}", "Self-assessment report {y}",
                  "Student satisfaction and outcomes {y}", "Degree apprenticeships: the employer view {y}",
                  "Clearing and results day insight report {y}", "Gen Z and higher education choices {y}",
                  "Access and participation plan {y}", "Key financial indicators {y}"]  # fmt: skip
_STANDARDS = [("Multi-channel marketer", "3", "ST0122"), ("Marketing assistant", "3", "ST0123"),
              ("Marketing executive", "4", "ST0980"), ("Marketing manager", "6", "ST0981"),
              ("Digital marketer (integrated degree)", "6", "ST0482"), ("Content creator", "3", "ST0592"),
              ("Junior content producer", "3", "ST0393"), ("Learning and skills teacher", "5", "ST0149"),
              ("Data analyst", "4", "ST0118"), ("Business administrator", "3", "ST0070")]  # fmt: skip
_ACTS = [("Higher Education and Research Act 2017", 2017), ("Skills and Post-16 Education Act 2022", 2022),
         ("Higher Education (Freedom of Speech) Act 2023", 2023), ("Apprenticeships, Skills, Children and Learning Act 2009", 2009),
         ("Equality Act 2010", 2010), ("Data Protection Act 2018", 2018), ("Consumer Rights Act 2015", 2015),
         ("Tertiary Education and Research (Wales) Act 2022", 2022)]  # fmt: skip
_CHANNELS = ["UCAS", "The Student Room", "Unibuddy", "Times Higher Education", "Wonkhe", "Chartered Institute of Marketing",
             "Advance HE", "Jisc"]  # fmt: skip
_PODCASTS = ["The Wonkhe Show", "HE Marketing Podcast", "THE Campus podcast", "FE Week Podcast",
             "The Student Recruitment Podcast", "Marketing Week Uncovered"]  # fmt: skip
_SITES = ["ucas.com", "hesa.ac.uk", "officeforstudents.org.uk", "wonkhe.com", "timeshighereducation.com",
          "britishcouncil.org", "universitiesuk.ac.uk", "qaa.ac.uk", "aoc.co.uk", "feweek.co.uk", "thepienews.com",
          "ncfe.org.uk", "cim.co.uk", "gov.uk"]  # fmt: skip
_SLUG_WORDS = ["clearing", "open-days", "applicants", "undergraduate", "international", "data", "insight",
               "apprenticeships", "students", "marketing", "results", "2024", "2025", "guide", "news", "analysis",
               "recruitment", "nss", "tef", "league-tables", "agents", "visas", "deadlines", "cycle"]  # fmt: skip


class Blind32WorkFactory(WorkFactory):
    """The thirty-second pool's works: sector bodies, regulators, universities and colleges, trade press, HE
    marketing textbooks and journals, apprenticeship standards, Acts, videos, podcasts and social posts."""

    KINDS = ("book", "chapter", "journal", "web", "org-web", "report", "government", "legislation", "news",
             "standard", "video", "podcast", "social", "dataset", "undated-web")  # fmt: skip
    _WEIGHTS = (11, 5, 20, 6, 12, 10, 7, 3, 9, 4, 3, 2, 2, 3, 5)

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 32032)
        self.dated_orgs: list[tuple[str, set[str], dict[str, Any]]] = []
        self.surnames: list[tuple[str, str]] = []

    # ------------------------------------------------------------------ people, titles, dates, places
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.07:
            particle, family, given = self.rng.choice(_PARTICLED)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.11 and self.surnames:  # a second author with a surname already in the report
            family, _ = self.rng.choice(self.surnames)
            return {"family": family, "given": self.rng.choice(_PEOPLE)[1]}
        family, given = self.rng.choice(_PEOPLE)
        self.surnames.append((family, given))
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 28, 16, 9, 5, 4, 2, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if person not in people:
                people.append(person)
        return people

    def year(self) -> int:
        if self.rng.random() < 0.05:  # the classics of services and education marketing
            return self.rng.randint(1985, 2004)
        return self.rng.randint(2012, 2025)

    def accessed_after(self, year: int) -> dict[str, list[list[int]]]:
        return {
            "date-parts": [
                [self.rng.randint(max(year + 1, 2023), 2026), self.rng.randint(1, 12), self.rng.randint(1, 28)]
            ]
        }

    def _title(self) -> str:
        topic, other = self.rng.sample(_TOPICS, 2)
        form = self.rng.choice(_TITLE_FORMS)
        cycle = f"{(y := self.rng.randint(2019, 2025))}/{str(y + 1)[2:]}"
        title = form.format(topic=topic, Topic=topic[0].upper() + topic[1:], other=other,
                            audience=self.rng.choice(_AUDIENCES), cycle=cycle)  # fmt: skip
        return title

    def _url(self, site: str | None = None) -> str:
        site = site or self.rng.choice(_SITES)
        path = "/".join(
            "-".join(self.rng.sample(_SLUG_WORDS, self.rng.randint(1, 3))) for _ in range(self.rng.randint(1, 3))
        )
        return f"https://www.{site}/{path}"

    def _id(self) -> str:
        self.counter += 1
        return f"b32w{self.counter}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(self.KINDS, weights=self._WEIGHTS)[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same body in the same year as an earlier work ("UCAS, 2024a" and "2024b").
        if (
            kind in ("org-web", "report", "dataset")
            and self.dated_orgs
            and "issued" in record
            and self.rng.random() < 0.16
        ):
            name, tags, issued = self.rng.choice(self.dated_orgs)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(issued["date-parts"][0][0])
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record and kind in ("org-web", "report", "dataset", "government"):
            self.dated_orgs.append((name, tags, record["issued"]))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, tags | {"organisation"})

    def _online(self, record: dict[str, Any], url: str, year: int | None) -> None:
        record["URL"] = url
        if self.rng.random() < 0.92:  # some apprentices forget the access date
            record["accessed"] = self.accessed_after(year or 2022)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 7))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 280)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["The Routledge handbook of higher education marketing",
                                                "Marketing the university", "Handbook of student engagement",
                                                "Apprenticeships and work-based learning", "Global student mobility"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 1400)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 88)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{start}-{start + self.rng.randint(12, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.choice([1080, 1108, 1111, 1007, 1177])}/{self.rng.randint(10000, 99999)}.{record['issued']['date-parts'][0][0]}.{self.rng.randint(100000, 999999)}"
            )
        return self._person_work(record, "journal")

    def _web(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "issued": {"date-parts": [[year]]},
                                  "container-title": self.rng.choice(["Wonkhe", "LinkedIn", "Medium", "HEPI blog",
                                                                      "Times Higher Education Campus"])}  # fmt: skip
        self._online(record, self._url(), year)
        return self._person_work(record, "web")

    def _org_web(self) -> Work:
        name, tags = self.rng.choice(_SECTOR_BODIES)
        year = self.year()
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "issued": {"date-parts": [[year]]}}
        self._online(record, self._url(), year)
        return self._org_work(record, "org-web", name, set(tags))

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice([
            "Key dates and deadlines", "How clearing works", "Apprenticeships explained", "Open days and events",
            "Entry requirements", "Student finance", "Study in the UK", "Personal statement advice",
            "Find an apprenticeship", "Tuition fees and funding", "International agents", "Marketing courses",
            self._title()])}  # fmt: skip
        self._online(record, self._url(), None)
        if self.rng.random() < 0.2:
            record["author"] = self._people(1)
            return self._person_work(record, "undated-web")
        name, tags = self.rng.choice(_SECTOR_BODIES)
        return self._org_work(record, "undated-web", name, set(tags) | {"undated"})

    def _report(self) -> Work:
        name, tags = self.rng.choice(_SECTOR_BODIES)
        year = self.year()
        title = self.rng.choice(_REPORT_TITLES).format(y=self.rng.choice([str(year), f"{year - 1}/{str(year)[2:]}"])) \
            if self.rng.random() < 0.6 else self._title()  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0], "publisher-place": self.rng.choice(["London", "Cheltenham", "Manchester", "Glasgow", "Bristol"])}  # fmt: skip
        if self.rng.random() < 0.6:
            self._online(record, self._url(), year)
        return self._org_work(record, "report", name, set(tags))

    def _government(self) -> Work:
        name = self.rng.choice(_GOVERNMENT)
        year = self.year()
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice([
            self._title(), f"Apprenticeships and traineeships: academic year {year - 1}/{str(year)[2:]}",
            "Regulatory framework for higher education in England", "Student visas: policy statement",
            f"Further education and skills inspection handbook ({year})", "Skills for jobs: lifelong learning for opportunity and growth",
            f"Condition B3: student outcomes, {year}"])}  # fmt: skip
        record["issued"] = {"date-parts": [[year]]}
        self._online(
            record, f"https://www.gov.uk/government/publications/{'-'.join(self.rng.sample(_SLUG_WORDS, 3))}", year
        )
        return self._org_work(record, "government", name, {"government"})

    def _legislation(self) -> Work:
        title, year = self.rng.choice(_ACTS)
        record: dict[str, Any] = {"type": "webpage", "title": title, "issued": {"date-parts": [[year]]}}
        self._online(record, f"https://www.legislation.gov.uk/ukpga/{year}/{self.rng.randint(1, 60)}/contents", year)
        name = self.rng.choice(["UK Parliament", "UK Government", "legislation.gov.uk", "The National Archives"])
        return self._org_work(record, "legislation", name, {"legislation", "government"})

    def _news(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
        }  # fmt: skip
        self._online(record, self._url(), year)
        if self.rng.random() < 0.8:
            record["author"] = self._people(3)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})

    def _standard(self) -> Work:
        name, level, code = self.rng.choice(_STANDARDS)
        record: dict[str, Any] = {"type": "webpage",
                                  "title": f"{name} (Level {level}) {code}: apprenticeship standard"
                                  if self.rng.random() < 0.6 else f"{code} {name.lower()} level {level}"}  # fmt: skip
        body = self.rng.choice(
            [
                "Institute for Apprenticeships and Technical Education",
                "Institute for Apprenticeships & Technical Education",
                "Institute for Apprenticeships and Technical Education (IfATE)",
                "Skills England",
            ]
        )
        year = None
        if self.rng.random() < 0.6:
            year = self.rng.randint(2017, 2025)
            record["issued"] = {"date-parts": [[year]]}
        self._online(
            record,
            f"https://www.instituteforapprenticeships.org/apprenticeship-standards/{name.split(' (')[0].lower().replace(' ', '-')}-{code.lower()}-v1-{self.rng.randint(0, 3)}",
            year,
        )
        return self._org_work(record, "standard", body, {"standard", "government"})

    def _video(self) -> Work:
        year = self.rng.randint(2016, 2025)
        record: dict[str, Any] = {"type": "webpage", "title": f"{self._title()} [Video]", "container-title": "YouTube",
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}}  # fmt: skip
        self._online(
            record,
            f"https://www.youtube.com/watch?v={''.join(self.rng.choices('abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_', k=11))}",
            year,
        )
        if self.rng.random() < 0.5:
            record["author"] = self._people(1)
            return self._person_work(record, "video")
        return self._org_work(record, "video", self.rng.choice(_CHANNELS), {"channel"})

    def _podcast(self) -> Work:
        year = self.rng.randint(2018, 2025)
        show = self.rng.choice(_PODCASTS)
        record: dict[str, Any] = {"type": "webpage", "title": f"{self._title()} [Podcast]", "container-title": show,
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}}  # fmt: skip
        self._online(
            record,
            f"https://podcasts.apple.com/gb/podcast/{'-'.join(self.rng.sample(_SLUG_WORDS, 3))}/id{self.rng.randint(1000000, 9999999)}",
            year,
        )
        if self.rng.random() < 0.6:
            record["author"] = self._people(2)
            return self._person_work(record, "podcast")
        return self._org_work(record, "podcast", show, {"podcast"})

    def _social(self) -> Work:
        year = self.rng.randint(2020, 2025)
        platform = self.rng.choice(["TikTok", "Instagram", "LinkedIn", "X"])
        record: dict[str, Any] = {"type": "webpage", "container-title": platform,
                                  "title": self.rng.choice(["POV: you got in through clearing", "Open day vlog",
                                                            "Results day reactions", "What I wish I knew before uni",
                                                            "A day in the life of a degree apprentice",
                                                            "UCAS personal statement tips", "Freshers week haul",
                                                            "Rate my uni room", "How I chose my uni"]) + f" [{platform} post]",
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}}  # fmt: skip
        self._online(
            record,
            f"https://www.{platform.lower()}.com/@{self.rng.choice(['ucas_online', 'studentlife', 'uniofmcr', 'thesheffcollege', 'multiverse'])}/{self.rng.randint(10**17, 10**18)}",
            year,
        )
        if self.rng.random() < 0.4:
            record["author"] = self._people(1)
            return self._person_work(record, "social")
        name, tags = self.rng.choice(_SECTOR_BODIES[:20])
        return self._org_work(record, "social", name, set(tags) | {"social"})

    def _dataset(self) -> Work:
        year = self.rng.randint(2015, 2025)
        name = self.rng.choice(
            [
                "HESA",
                "Higher Education Statistics Agency (HESA)",
                "UCAS",
                "Office for Students",
                "Department for Education",
                "British Council",
            ]
        )
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice([
            f"Table 1 - HE student enrolments by level of study {year - 5}/{str(year - 4)[2:]} to {year - 1}/{str(year)[2:]}",
            f"Undergraduate end of cycle data resources {year}", f"Graduate Outcomes {year - 2}/{str(year - 1)[2:]}: summary statistics",
            f"National Student Survey {year} data", f"Apprenticeship starts by level and age, {year - 1}/{str(year)[2:]}",
            f"Where do HE students come from? {year}"]), "issued": {"date-parts": [[year]]}}  # fmt: skip
        self._online(record, self._url(), year)
        return self._org_work(record, "dataset", name, {"dataset"})


def rendered_lead(work: Work) -> str:
    """How the style writes the work's first author (for checking the truth by hand)."""
    return render.cite([work.record], "author")
