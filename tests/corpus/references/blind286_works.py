"""The blind286 pool's works: what marketers at language schools, study-abroad providers, exam boards, edtech apps,
homestay and student-accommodation firms and destination bodies in the UK, Ireland, Malta, Spain, Canada and
Australia cite in CIM Level 6 and 7 reports and MBA assignments (HELD OUT).

Books and chapters on marketing and international education, journal articles with one to eight authors (Journal of
Marketing for Higher Education, Studies in Higher Education, ELT Journal, TESOL Quarterly, System, Journal of Studies
in International Education, Computer Assisted Language Learning), reports and pages of governments and public bodies
(the British Council, English UK, the Home Office, HESA, Enterprise Ireland, Ireland's Department of Education, the
Malta Tourism Authority, NSO Malta, Languages Canada, IRCC, Australia's Department of Education, the OECD), firms'
pages and annual reports (plc, Ltd, Inc., AG, GmbH, SE, S.L.), the education and trade press, market research and the
marketing texts every candidate cites. Names as the region's scholars print them: Spanish double surnames, Irish
Ó and Ní, Maltese letters, Turkish letters, Brazilian particles, romanised Japanese, Korean and Arabic names.
Written without reading the checker, its tests or any other pool.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import copy
import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "report", "web", "company-report", "news", "market-research")

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_IE", "en_AU", "en_CA", "es_ES", "es_ES", "it_IT", "pt_BR", "tr_TR"]
# Names as they are printed on English-language papers by scholars of the candidates' countries (family, given).
_ROMANISED = [
    ("Tanaka", "Yuki"), ("Sato", "Haruka"), ("Yamamoto", "Kenji"), ("Kobayashi", "Aya"), ("Watanabe", "Takeshi"),
    ("Kim", "Minji"), ("Park", "Sungmin"), ("Lee", "Jiyeon"), ("Choi", "Hyunwoo"), ("Jung", "Soyoung"),
    ("Al-Otaibi", "Nouf"), ("Al-Harbi", "Faisal"), ("Alshehri", "Sara"), ("Al-Qahtani", "Abdullah"),
    ("Alzahrani", "Reem"), ("Yılmaz", "Elif"), ("Öztürk", "Burak"), ("Şahin", "Zeynep"), ("Çelik", "Emre"),
    ("Doğan", "Ayşe"), ("García-Pérez", "Lucía"), ("Muñoz Sánchez", "Javier"), ("Fernández-Olmos", "Marta"),
    ("López Rodríguez", "Pablo"), ("Ó Laoire", "Muiris"), ("Ní Chonaill", "Bríd"), ("Mac Gearailt", "Séamus"),
    ("O'Sullivan", "Aoife"), ("McCarthy", "Ciara"), ("Ó Ceallaigh", "Dónal"), ("Zammit", "Maria"),
    ("Borg", "Joseph"), ("Camilleri", "Rebecca"), ("Micallef", "Stephanie"), ("Ħili", "Carmen"), ("Żammit", "Ġorġ"),
    ("Xuereb", "Luke"), ("Farrugia", "Nicole"), ("Caruana", "Daniel"), ("Rossi", "Chiara"), ("Bianchi", "Luca"),
    ("Esposito", "Francesca"), ("Oliveira", "Mariana"), ("Souza", "Rafael"), ("Pereira", "Beatriz"),
]  # fmt: skip
_PARTICLE_NAMES = [("da", "Silva", "Camila"), ("dos", "Santos", "Thiago"), ("de", "Souza", "Larissa"),
                   ("de la", "Fuente", "Carmen"), ("del", "Río", "Alberto"), ("di", "Pietro", "Giulia"),
                   ("de", "Almeida", "Fernanda"), ("van der", "Meer", "Saskia")]  # fmt: skip
# Who these candidates cite when no person is named, with what makes each name hard.
_BODIES = [
    ("British Council", {"government"}), ("English UK", {"trade-body"}), ("Home Office", {"government"}),
    ("Higher Education Statistics Agency (HESA)", {"government", "abbreviation"}), ("HESA", {"government", "acronym"}),
    ("Enterprise Ireland", {"government"}), ("Department of Education", {"government"}),
    ("Department of Education and Skills", {"government"}), ("Malta Tourism Authority", {"government"}),
    ("National Statistics Office (NSO)", {"government", "abbreviation"}), ("NSO Malta", {"government", "acronym"}),
    ("Languages Canada", {"trade-body"}), ("Immigration, Refugees and Citizenship Canada", {"government", "comma"}),
    ("Immigration, Refugees and Citizenship Canada (IRCC)", {"government", "comma", "abbreviation"}),
    ("Australian Government Department of Education", {"government"}), ("OECD", {"government", "acronym"}),
    ("Department for Education", {"government"}), ("UK Council for International Student Affairs (UKCISA)", {"abbreviation"}),
    ("Marketing English in Ireland (MEI)", {"trade-body", "abbreviation"}), ("MEI", {"trade-body", "acronym"}),
    ("FELTOM", {"trade-body", "acronym"}), ("English Australia", {"trade-body"}), ("Fáilte Ireland", {"government"}),
    ("Higher Education Authority", {"government"}), ("Tourism Ireland", {"government"}),
    ("Quality and Qualifications Ireland (QQI)", {"government", "abbreviation"}),
    ("Migration Advisory Committee", {"government"}), ("Universities UK International", {"trade-body"}),
    ("Instituto de Turismo de España (Turespaña)", {"government", "abbreviation"}), ("Eaquals", {"trade-body"}),
    ("Chartered Institute of Marketing", {"trade-body"}), ("Institute of International Education", {"trade-body"}),
    ("Department of Foreign Affairs & Trade", {"government", "ampersand"}),
    ("Education & Training Boards Ireland", {"government", "ampersand"}),
]  # fmt: skip
_FIRMS = [
    ("Pearson plc", {"company"}), ("Duolingo, Inc.", {"company", "comma"}), ("Babbel GmbH", {"company"}),
    ("EF Education First Ltd", {"company"}), ("Busuu Ltd", {"company"}),
    ("Cambridge University Press & Assessment", {"company", "ampersand"}), ("IDP Education Ltd", {"company"}),
    ("Kaplan International", {"company"}), ("Bell Educational Services Ltd", {"company"}),
    ("St Giles International", {"company"}), ("Kings Education", {"company"}), ("EC English", {"company"}),
    ("Berlitz Corporation", {"company"}), ("italki HK Ltd", {"company", "lowercase"}), ("Preply Inc.", {"company"}),
    ("Trinity College London", {"company"}), ("International House World Organisation", {"company"}),
    ("Sprachcaffe Languages Plus GmbH", {"company"}), ("ESL Education AG", {"company"}),
    ("Bertelsmann SE & Co. KGaA", {"company", "ampersand"}), ("Lingua Mundi Escuela de Idiomas S.L.", {"company"}),
    ("Navitas Pty Ltd", {"company"}), ("Study Group UK Ltd", {"company"}), ("Unite Students", {"company"}),
    ("Homestay Network Ltd", {"company"}), ("King's College London", {"apostrophe"}),
    ("Malta Language Schools' Group", {"company", "apostrophe"}), ("Embassy Education Ltd", {"company"}),
]  # fmt: skip
_PRESS = ["The PIE News", "ICEF Monitor", "Times Higher Education", "EL Gazette", "University World News",
          "The Guardian", "The Irish Times", "Times of Malta", "The Globe and Mail", "Financial Times", "El País"]  # fmt: skip
_RESEARCH = ["BONARD", "Studyportals", "ICEF", "IDP Education", "Mintel", "HolonIQ", "Statista",
             "QS Quacquarelli Symonds", "StudentMarketing"]  # fmt: skip
_JOURNALS = ["Journal of Marketing for Higher Education", "Studies in Higher Education", "ELT Journal",
             "TESOL Quarterly", "System", "Journal of Studies in International Education",
             "Computer Assisted Language Learning", "International Journal of Educational Management",
             "Journal of Marketing Management", "European Journal of Marketing", "Journal of Business Research",
             "Language Learning & Technology", "Higher Education"]  # fmt: skip
_TOPICS = ["international student recruitment", "education agents", "agent commissions", "study-abroad decisions",
           "language-school branding", "app store optimisation", "gamification", "freemium pricing",
           "student word of mouth", "destination image", "push and pull factors", "homestay experiences",
           "online language learning", "exam preparation courses", "visa policy", "student satisfaction",
           "short-course demand", "digital recruitment channels", "social media advertising", "WeChat and LINE marketing",
           "junior summer programmes", "English-medium instruction", "learner retention", "influencer marketing",
           "virtual open days", "price sensitivity", "enrolment forecasting", "alumni advocacy"]  # fmt: skip
_PLACES = ["the UK", "Ireland", "Malta", "Spain", "Canada", "Australia", "Dublin", "London", "Brighton", "Cork",
           "St Julian's", "Valencia", "Toronto", "Vancouver", "Sydney", "Brisbane", "Europe", "Latin America"]  # fmt: skip
# The texts every candidate cites, as their publishers print them.
_CLASSICS: list[dict[str, Any]] = [
    {"type": "book", "title": "Marketing management", "author": [{"family": "Kotler", "given": "Philip"}, {"family": "Keller", "given": "Kevin Lane"}, {"family": "Chernev", "given": "Alexander"}], "issued": {"date-parts": [[2022]]}, "edition": "16", "publisher": "Pearson", "publisher-place": "Harlow"},
    {"type": "book", "title": "Digital marketing: strategy, implementation and practice", "author": [{"family": "Chaffey", "given": "Dave"}, {"family": "Ellis-Chadwick", "given": "Fiona"}], "issued": {"date-parts": [[2019]]}, "edition": "7", "publisher": "Pearson", "publisher-place": "Harlow"},
    {"type": "book", "title": "Principles and practice of marketing", "author": [{"family": "Jobber", "given": "David"}, {"family": "Ellis-Chadwick", "given": "Fiona"}], "issued": {"date-parts": [[2020]]}, "edition": "9", "publisher": "McGraw-Hill", "publisher-place": "London"},
    {"type": "book", "title": "How brands grow: what marketers don't know", "author": [{"family": "Sharp", "given": "Byron"}], "issued": {"date-parts": [[2010]]}, "publisher": "Oxford University Press", "publisher-place": "South Melbourne"},
    {"type": "book", "title": "Marketing higher education: theory and practice", "author": [{"family": "Maringe", "given": "Felix"}, {"family": "Gibbs", "given": "Paul"}], "issued": {"date-parts": [[2009]]}, "publisher": "Open University Press", "publisher-place": "Maidenhead"},
    {"type": "article-journal", "title": "'Push-pull' factors influencing international student destination choice", "author": [{"family": "Mazzarol", "given": "Tim"}, {"family": "Soutar", "given": "Geoffrey N."}], "container-title": "International Journal of Educational Management", "volume": "16", "issue": "2", "page": "82-90", "issued": {"date-parts": [[2002]]}, "DOI": "10.1108/09513540210418403"},
    {"type": "article-journal", "title": "Universities in a competitive global marketplace: a systematic review of the literature on higher education marketing", "author": [{"family": "Hemsley-Brown", "given": "Jane"}, {"family": "Oplatka", "given": "Izhar"}], "container-title": "International Journal of Public Sector Management", "volume": "19", "issue": "4", "page": "316-338", "issued": {"date-parts": [[2006]]}},
    {"type": "book", "title": "Competitive strategy: techniques for analyzing industries and competitors", "author": [{"family": "Porter", "given": "Michael E."}], "issued": {"date-parts": [[1980]]}, "publisher": "Free Press", "publisher-place": "New York"},
    {"type": "book", "title": "Marketing 5.0: technology for humanity", "author": [{"family": "Kotler", "given": "Philip"}, {"family": "Kartajaya", "given": "Hermawan"}, {"family": "Setiawan", "given": "Iwan"}], "issued": {"date-parts": [[2021]]}, "publisher": "Wiley", "publisher-place": "Hoboken, NJ"},
    {"type": "book", "title": "Global marketing", "author": [{"family": "Hollensen", "given": "Svend"}], "issued": {"date-parts": [[2020]]}, "edition": "8", "publisher": "Pearson", "publisher-place": "Harlow"},
    {"type": "book", "title": "Services marketing: people, technology, strategy", "author": [{"family": "Wirtz", "given": "Jochen"}, {"family": "Lovelock", "given": "Christopher"}], "issued": {"date-parts": [[2022]]}, "edition": "9", "publisher": "World Scientific", "publisher-place": "New Jersey"},
    {"type": "book", "title": "Strategic brand management: building, measuring, and managing brand equity", "author": [{"family": "Keller", "given": "Kevin Lane"}, {"family": "Swaminathan", "given": "Vanitha"}], "issued": {"date-parts": [[2020]]}, "edition": "5", "publisher": "Pearson", "publisher-place": "Harlow"},
]  # fmt: skip


class Blind286WorkFactory(WorkFactory):
    """Works for the blind286 pool: language schools, study abroad, exam boards and edtech (HELD OUT)."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 28600)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.dated: list[tuple[str, set[str], dict[str, Any], str]] = []
        self.classics: set[int] = set()

    # ------------------------------------------------------------------ people, bodies and dates
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.3:
            family, given = self.rng.choice(_ROMANISED)
            return {"family": family, "given": given}
        if roll < 0.37:
            particle, family, given = self.rng.choice(_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        locale = self.rng.choice(_LOCALES)
        fake = self.fakers[locale]
        family, given = fake.last_name(), fake.first_name().split("-")[0]
        if locale == "es_ES" and self.rng.random() < 0.5:  # both surnames, as Spanish scholars sign
            second = fake.last_name()
            family = f"{family}-{second}" if self.rng.random() < 0.4 else f"{family} {second}"
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_BODIES if self.rng.random() < 0.6 else _FIRMS)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1975, 2004)
        return self.rng.randint(2008, 2025)

    def accessed_after(self, issued: dict[str, Any] | None) -> dict[str, list[list[int]]]:
        first = issued["date-parts"][0][0] + 1 if issued else 2022
        year = self.rng.randint(max(2022, first), max(2025, first))
        return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _url(self, host: str) -> str:
        return f"https://www.{host}/{self.fakers['en_GB'].slug()}"

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        place = self.rng.choice(_PLACES)
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {place}",
            f"The role of {topic} in {self.rng.choice(_TOPICS)}",
            f"{topic[0].upper()}{topic[1:]}: evidence from {place}",
            f"Why students choose {place}: {topic} and {self.rng.choice(_TOPICS)}",
            f"Rethinking {topic} after the pandemic",
            f"{topic[0].upper()}{topic[1:]} and the English language teaching sector",
        ]
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "report", "web", "company-report", "news", "market-research", "classic"],
            weights=[10, 5, 24, 12, 12, 8, 12, 10, 7],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then one body's two works of one year ("British Council, 2023a" and "2023b").
        # Only a work of the same kind is paired, so a firm's annual report stays a firm's and a body's page a body's.
        same = [entry for entry in self.dated if entry[3] == kind]
        if same and "issued" in record and self.rng.random() < 0.14:
            name, tags, issued, _kind = self.rng.choice(same)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(record["issued"])
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated.append((name, tags, record["issued"], kind))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self._title(), "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "Palgrave Macmillan", "Multilingual Matters", "Bloomsbury",
                                          "Cambridge University Press", "Oxford University Press", "Kogan Page", "Sage"]),
            "publisher-place": self.rng.choice(["Abingdon", "London", "Bristol", "Cambridge", "Oxford", "Cham"]),
        }  # fmt: skip
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 5))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["The Routledge handbook of international student mobility",
                                                "Marketing education across borders", "English language teaching in the global market",
                                                "International student recruitment and mobility", "The study-abroad industry"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Routledge", "Springer", "Multilingual Matters"]),
            "publisher-place": self.rng.choice(["Abingdon", "Cham", "Bristol"]),
            "page": f"{(start := self.rng.randint(1, 280))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        count = self.rng.choices(range(1, 9), weights=[22, 26, 20, 12, 8, 5, 4, 3])[0]
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": [self.person() for _ in range(count)],
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(3, 80)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(10, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.55:
            record["DOI"] = (
                f"10.{self.rng.choice(['1080', '1093', '1002', '1177', '1016'])}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _classic(self) -> Work:
        unused = [index for index in range(len(_CLASSICS)) if index not in self.classics]
        if not unused:
            return self._book()
        index = self.rng.choice(unused)
        self.classics.add(index)
        record = copy.deepcopy(_CLASSICS[index])
        return self._person_work(record, "journal" if record["type"] == "article-journal" else "book")

    def _report(self) -> Work:
        name, tags = self.rng.choice(_BODIES)
        issued = {"date-parts": [[self.year()]]} if self.rng.random() < 0.9 else None
        data_year = issued["date-parts"][0][0] - 1 if issued else self.rng.randint(2015, 2024)
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([
                f"English language teaching sector statistics {data_year}",
                f"International student statistics: {self.rng.choice(['year ending June', 'academic year'])} {data_year}",
                f"Study visas and the Graduate route: {self.rng.choice(['summary', 'impact assessment', 'guidance'])}",
                f"Quality Matters {data_year}: the ELT market in {self.rng.choice(_PLACES)}",
                self._title()]),
            "publisher": name.split(" (")[0], "publisher-place": self.rng.choice(["London", "Dublin", "Valletta", "Ottawa", "Canberra", "Paris", "Manchester"]),
        }  # fmt: skip
        if issued:
            record["issued"] = issued
        if self.rng.random() < 0.75:
            record["URL"] = self._url(self.rng.choice(["gov.uk/government/publications", "britishcouncil.org/research",
                                                       "englishuk.com/research", "gov.ie/en/publication", "canada.ca/en/ircc",
                                                       "education.gov.au/international-education-data", "oecd.org/education"]))  # fmt: skip
            record["accessed"] = self.accessed_after(issued)
        if self.rng.random() < 0.2:  # a report with its analysts named
            record["author"] = self._people(3)
            return self._person_work(record, "report")
        return self._org_work(record, "report", name, tags)

    def _web(self) -> Work:
        name, tags = self.organisation()
        issued = {"date-parts": [[self.year()]]} if self.rng.random() < 0.7 else None
        record: dict[str, Any] = {
            "type": "webpage", "title": self.rng.choice([
                "About us", "Our accreditation", "Student visa guidance", "Course prices and dates",
                "Homestay and accommodation", "Agents and partners", f"Study English in {self.rng.choice(_PLACES)}",
                "How our learning method works", self._title()]),
            "URL": self._url("".join(ch for ch in name.split(" (")[0].split(",")[0].lower() if ch.isalnum()) + self.rng.choice([".com", ".org", ".ie", ".com.mt", ".ca"])),
        }  # fmt: skip
        if issued:
            record["issued"] = issued
        record["accessed"] = self.accessed_after(issued)
        if self.rng.random() < 0.15:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        return self._org_work(record, "web", name, tags | ({"undated"} if not issued else set()))

    def _company_report(self) -> Work:
        name, tags = self.rng.choice(_FIRMS)
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report {year}", f"Annual report and accounts {year}",
                                                        f"Shareholder letter Q{self.rng.randint(1, 4)} {year}",
                                                        f"Impact report {year}",
                                                        f"Language learning trends {year}"]),
            "issued": {"date-parts": [[year]]}, "publisher": name, "publisher-place": self.rng.choice(["London", "Pittsburgh, PA", "Berlin", "Lucerne", "Cambridge", "Madrid"]),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = self._url(
                self.rng.choice(
                    [
                        "pearsonplc.com/investors",
                        "investors.duolingo.com",
                        "babbel.com/press",
                        "ef.co.uk/about-us",
                        "busuu.com/en/about",
                    ]
                )
            )
            record["accessed"] = self.accessed_after(record["issued"])
        return self._org_work(record, "company-report", name, tags)

    def _news(self) -> Work:
        paper = self.rng.choice(_PRESS)
        year = self.year() if self.rng.random() < 0.8 else self.rng.randint(2016, 2025)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": paper,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(self.rng.choice(["thepienews.com/news", "monitor.icef.com", "timeshighereducation.com/news",
                                             "elgazette.com", "universityworldnews.com", "theguardian.com/education"])),
        }  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"])
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.85 else None
        market = self.rng.choice(["English language travel", "online language learning", "study abroad", "junior summer camps",
                                  "international student accommodation", "English proficiency testing", "edtech"])  # fmt: skip
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([
                f"{market[0].upper()}{market[1:]} market report {year or 2024}",
                f"Global {market} market: size and forecast to 2030",
                f"{market[0].upper()}{market[1:]} - {self.rng.choice(_PLACES)} - {self.rng.choice(['March', 'July', 'November'])} {year or 2023}",
                f"Number of {market} students by source country, 2019 to 2024",
                f"Agent barometer {year or 2023}"]),
            "publisher": name, "URL": self._url(f"{name.split()[0].lower()}.com/insights"),
        }  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self.accessed_after(record.get("issued"))
        if self.rng.random() < 0.15:
            record["author"] = self._people(2)
            return self._person_work(record, "market-research")
        return self._org_work(record, "market-research", name, {"market-research"})
