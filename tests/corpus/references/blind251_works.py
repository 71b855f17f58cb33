"""The blind251 pool's works: what marketers at independent schools, school groups, tutoring companies, edtech firms,
early-years nurseries and exam boards in the UK, Ireland and the Gulf cite in CIM Level 6 and 7 reports and MBA
assignments on admissions, parent and B2B marketing.

Textbooks and chapters, education-management and higher-education-marketing journals with up to eight authors and
DOIs, theses, conference papers, inspectorates, regulators and public bodies (two works of one body in a year), trade
bodies and charities, school groups' and nursery chains' pages, annual reports and investor decks, market research
with years, the education and national press signed and unsigned, social posts, videos, podcasts and undated pages.
Names as their owners print them: British double-barrelled names, Irish names with Ó, Ní and Mac, Arabic names
(Al Mansoori, bin Rashid, Al-Hashimi), South Asian, Chinese and Nigerian names. Written without reading the checker.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "thesis", "conference", "government", "trade-body", "company", "annual-report",
         "market-research", "news", "social", "video", "podcast", "web")  # fmt: skip

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_IE", "en_IE", "en_IN", "en_US"]
# Names as their owners print them on papers and pages in the UK, Ireland and the Gulf: (particle, family, given).
_NAMED = [
    ("", "Ó Faoláin", "Siobhán"), ("", "Ó Briain", "Cathal"), ("", "Ní Chonaill", "Aoife"), ("", "Ní Dhonnchadha", "Máire"),
    ("", "Mac Aodha", "Ciarán"), ("", "Mac Giolla Phádraig", "Dónal"), ("", "Ó Súilleabháin", "Pádraig"),
    ("", "Ní Bhriain", "Gráinne"), ("", "MacNamara", "Orla"), ("", "O'Sullivan", "Niamh"), ("", "Mac Cárthaigh", "Eoin"),
    ("", "Al Mansoori", "Fatima"), ("", "Al-Hashimi", "Khalid"), ("bin", "Rashid", "Mohammed"), ("", "Al Suwaidi", "Mariam"),
    ("", "Al Marzooqi", "Hessa"), ("", "El-Khatib", "Rania"), ("", "Al-Qassimi", "Noora"), ("", "Badri", "Layla"),
    ("bint", "Saeed", "Aisha"), ("", "Al Nuaimi", "Saif"),
    ("", "Chaudhry", "Imran"), ("", "Krishnamurthy", "Lakshmi"), ("", "Bhattacharya", "Ananya"), ("", "Patel", "Priya"),
    ("", "Siddiqui", "Zainab"), ("", "Menon", "Arjun"), ("", "Gill", "Harpreet"),
    ("", "Zhang", "Wei"), ("", "Xu", "Lingling"), ("", "Chen", "Yiting"), ("", "Wong", "Ka Yan"), ("", "Liu", "Jie"),
    ("", "Adebayo", "Oluwaseun"), ("", "Okafor", "Chinedu"), ("", "Oyelaran-Oyeyinka", "Funmilayo"), ("", "Adeyemi", "Tolu"),
    ("", "Nwosu", "Ngozi"), ("", "Eze", "Chiamaka"),
    ("", "Hughes-Hallett", "Clemency"), ("", "Lane-Fox", "Hugo"), ("", "Carter-Ward", "Emma"), ("", "Bowes-Lyon", "Harriet"),
    ("", "Fforde", "Rupert"), ("", "Sebag-Montefiore", "Alice"), ("", "Lloyd-Jones", "Rhiannon"),
    ("", "Ball", "Stephen J."), ("", "Maringe", "Felix"), ("", "Foskett", "Nick"), ("", "Hemsley-Brown", "Jane"),
    ("", "Oplatka", "Izhar"), ("", "Gewirtz", "Sharon"), ("", "Bunar", "Nihad"),
]  # fmt: skip

_GOVERNMENT = [
    ("Ofsted", set()), ("Independent Schools Inspectorate (ISI)", {"abbreviation"}),
    ("Independent Schools Inspectorate", set()), ("Department for Education", set()), ("DfE", {"acronym"}),
    ("Ofqual", set()), ("Education and Skills Funding Agency", set()), ("Estyn", set()), ("Education Scotland", set()),
    ("Department of Education", set()), ("State Examinations Commission", set()),
    ("Knowledge and Human Development Authority (KHDA)", {"abbreviation"}), ("KHDA", {"acronym"}),
    ("Office for National Statistics", set()), ("ONS", {"acronym"}), ("Competition and Markets Authority", set()),
    ("HM Revenue & Customs", {"ampersand"}), ("Department for Children, Schools and Families", {"comma"}),
]  # fmt: skip
_TRADE = [
    ("Independent Schools Council (ISC)", {"abbreviation"}), ("Independent Schools Council", set()),
    ("Headmasters' and Headmistresses' Conference (HMC)", {"apostrophe", "abbreviation"}),
    ("Girls' Schools Association", {"apostrophe"}), ("Association of School and College Leaders (ASCL)", {"abbreviation"}),
    ("National Day Nurseries Association (NDNA)", {"abbreviation"}), ("Early Years Alliance", set()),
    ("The Tutors' Association", {"apostrophe"}), ("Sutton Trust", set()), ("Education Endowment Foundation", set()),
    ("Teach First", set()), ("Jisc", set()), ("BESA", {"acronym"}), ("British Educational Suppliers Association", set()),
    ("Association of Marketing & Communication in Independent Schools (AMCIS)", {"ampersand", "abbreviation"}),
    ("Parentkind", set()), ("Coram Family and Childcare", set()),
]  # fmt: skip
_COMPANIES = [
    ("GEMS Education Ltd", "gemseducation.com"), ("GEMS Education", "gemseducation.com"),
    ("Cognita Schools Ltd", "cognita.com"), ("Cognita", "cognita.com"), ("Nord Anglia Education Inc.", "nordangliaeducation.com"),
    ("Nord Anglia Education", "nordangliaeducation.com"), ("Bright Horizons Family Solutions Inc.", "brighthorizons.co.uk"),
    ("Busy Bees Nurseries Ltd", "busybeeschildcare.co.uk"), ("Busy Bees", "busybeeschildcare.co.uk"),
    ("Pearson plc", "plc.pearson.com"), ("Pearson Edexcel", "qualifications.pearson.com"),
    ("Kumon Institute of Education Co., Ltd.", "kumongroup.com"), ("Kumon UK & Ireland", "kumon.co.uk"),
    ("Explore Learning Ltd", "explorelearning.co.uk"), ("Century-Tech Ltd", "century.tech"), ("RM plc", "rm.com"),
    ("Inspired Education Group", "inspirededu.com"), ("Dulwich College Management International Ltd", "dulwich.org"),
    ("Eton College", "etoncollege.com"), ("Harrow School", "harrowschool.org.uk"), ("AQA", "aqa.org.uk"),
    ("OCR", "ocr.org.uk"), ("Cambridge University Press & Assessment", "cambridge.org"), ("Atom Learning", "atomlearning.com"),
    ("Tutor Doctor", "tutordoctor.co.uk"), ("Seneca Learning", "senecalearning.com"), ("Taaleem", "taaleem.ae"),
]  # fmt: skip
_RESEARCH = ["Statista", "YouGov", "Ipsos", "HolonIQ", "Mumsnet", "Parentkind", "Coram Family and Childcare", "Mintel",
             "LaingBuisson", "ISC Research", "Independent Schools Council"]  # fmt: skip
_PRESS = [("Tes", "tes.com"), ("Schools Week", "schoolsweek.co.uk"), ("Nursery World", "nurseryworld.co.uk"),
          ("Irish Independent", "independent.ie"), ("The Irish Times", "irishtimes.com"), ("Gulf News", "gulfnews.com"),
          ("The National", "thenationalnews.com"), ("Financial Times", "ft.com"), ("The Guardian", "theguardian.com"),
          ("BBC News", "bbc.co.uk"), ("Khaleej Times", "khaleejtimes.com"), ("Independent School Management Plus", "isbi.com")]  # fmt: skip
_JOURNALS = ["British Educational Research Journal", "Oxford Review of Education", "Journal of Education Policy",
             "Educational Management Administration & Leadership", "International Journal of Educational Management",
             "Journal of Marketing for Higher Education", "British Journal of Educational Technology",
             "Early Years", "Journal of School Choice", "Irish Educational Studies", "Comparative Education"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Sage", "London"), ("Kogan Page", "London"), ("Pearson", "Harlow"),
               ("Bloomsbury Academic", "London"), ("Open University Press", "Maidenhead"), ("Policy Press", "Bristol"),
               ("Routledge", "London"), ("Emerald", "Bingley")]  # fmt: skip
_UNIVERSITIES = ["UCL Institute of Education", "University of Cambridge (Faculty of Education)", "University of Bath",
                 "Dublin City University", "Mary Immaculate College", "The British University in Dubai"]  # fmt: skip
_CONFERENCES = [("British Educational Research Association (BERA) Annual Conference", "Manchester"),
                ("European Conference on Educational Research (ECER)", "Glasgow"), ("BETT", "London"),
                ("Academy of Marketing Conference", "Cardiff"), ("BERA Conference", "Liverpool"),
                ("ECER 2023: The Value of Diversity in Education and Educational Research", "Glasgow")]  # fmt: skip
_TOPICS = ["school choice", "parental choice", "admissions marketing", "the independent school market",
           "international schools", "fee-paying schooling", "private tutoring", "shadow education", "early years provision",
           "childcare costs", "edtech adoption", "adaptive learning platforms", "school branding", "open days",
           "word of mouth among parents", "boarding schools", "bursaries and widening access", "VAT on school fees",
           "school league tables", "inspection judgements", "international student recruitment", "grind schools",
           "nursery occupancy", "parent engagement", "alumni relations", "school websites", "marketisation",
           "academy trusts", "exam board competition", "B2B sales to schools"]  # fmt: skip
_PLACES = ["England", "the UK", "Ireland", "Dubai", "the UAE", "Scotland", "Wales", "the Gulf", "London", "Abu Dhabi"]
_PLATFORMS = ["LinkedIn", "Instagram", "X", "Facebook", "TikTok"]


class Blind251WorkFactory(WorkFactory):
    """Works that candidates marketing schools, nurseries, tutoring, edtech and exam boards cite."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 31 + 251)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 251 + index)
                self.fakers[locale] = fake
        self.dated_organisations: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.4:
            particle, family, given = self.rng.choice(_NAMED)
            name = {"family": family, "given": given}
            if particle:
                name["non-dropping-particle"] = particle
            return name
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        roll = self.rng.random()
        if roll < 0.08:
            family = f"{family}-{self.fakers['en_GB'].last_name()}"
        elif roll < 0.12:
            family = self.rng.choice(["O'", "Mc", "Mac"]) + self.fakers["en_GB"].last_name().split("-")[0]
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        roll = self.rng.random()
        if roll < 0.4:
            name, tags = self.rng.choice(_GOVERNMENT)
            return name, set(tags) | {"government"}
        if roll < 0.75:
            name, tags = self.rng.choice(_TRADE)
            return name, set(tags) | {"trade-body"}
        name, _domain = self.rng.choice(_COMPANIES)
        return name, {"company"}

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.05:  # the classics of school choice and educational marketing
            return self.rng.randint(1993, 2007)
        return self.rng.randint(2010, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        year = self.rng.randint(max(2024, issued[0] if issued else 2024), 2025)
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if issued and year == issued[0]:
            month = max(month, issued[1] if len(issued) > 1 else 1)
            day = max(day, issued[2] if len(issued) > 2 else 1)
        return {"date-parts": [[year, month, day]]}

    def _dated(self, full: bool = False) -> dict[str, Any]:
        year = self.year()
        parts = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)] if full else [year]
        return {"date-parts": [parts]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        place = self.rng.choice(_PLACES)
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {place}",
            f"Marketing {topic} to parents in {place}",
            f"{topic[0].upper()}{topic[1:]} and {other}: evidence from {place}",
            f"Choosing a school: {topic} and the middle-class parent",
            f"Rethinking {topic}",
            f"{topic[0].upper()}{topic[1:]}: a review of the evidence",
            f"Who pays? {topic} in {place}",
            f"Brand, reputation and {topic}",
            f"The business of {topic}",
            f"Parents, markets and {topic}",
        ]
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            list(KINDS), weights=[12, 5, 20, 3, 3, 10, 8, 6, 4, 7, 9, 3, 2, 2, 6],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then one body's second work of a year ("Ofsted, 2024a" and "2024b").
        if self.dated_organisations and "issued" in record and self.rng.random() < 0.15:
            name, tags, issued = self.rng.choice(self.dated_organisations)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
            if record.get("publisher") and kind in ("government", "trade-body", "annual-report"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated_organisations.append((name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": self._dated(), "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 300)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["The Routledge handbook of educational marketing", "Education markets and school choice",
                                                "The Sage handbook of early childhood policy", "Marketing schools: a reader"]),
            "issued": self._dated(), "publisher": publisher, "publisher-place": place, "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": self._dated(),
            "volume": str(self.rng.randint(10, 52)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{start}-{start + self.rng.randint(12, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.55:
            record["DOI"] = (
                f"10.{self.rng.choice(['1080', '1002', '1177', '1108'])}/{self.rng.randint(1000000, 9999999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": [self.person()], "issued": self._dated(),
            "genre": self.rng.choice(["PhD thesis", "EdD thesis", "MA dissertation", "MBA dissertation"]),
            "publisher": self.rng.choice(_UNIVERSITIES),
        }  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        event, place = self.rng.choice(_CONFERENCES)
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(3),
                                  "issued": self._dated(), "event": event, "event-place": place}  # fmt: skip
        return self._person_work(record, "conference")

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        issued = self._dated()
        year = issued["date-parts"][0][0]
        title = self.rng.choice([
            f"Independent schools: inspection outcomes {year}", "Schools, pupils and their characteristics",
            "Education inspection framework", f"Early years and childcare: {self.rng.choice(_TOPICS)}",
            f"Dubai private schools: key findings {year - 1}–{str(year)[2:]}",
            "Childcare and early years survey of parents", f"Guidance on {self.rng.choice(_TOPICS)}",
            "Applying VAT to private school fees", "Free school meals and the expansion of funded childcare",
        ])  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title, "issued": issued}
        if self.rng.random() < 0.85:
            record["URL"] = f"https://www.gov.uk/government/publications/{self.fakers['en_GB'].slug()}"
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = self.rng.choice(["London", "Dublin", "Dubai", "Cardiff", "Edinburgh"])
        return self._org_work(record, "government", name, set(tags) | {"government"})

    def _trade_body(self) -> Work:
        name, tags = self.rng.choice(_TRADE)
        title = self.rng.choice([
            "ISC Census and Annual Report", "Childcare survey", "Early years sector survey",
            f"{self.rng.choice(_TOPICS).capitalize()}: a briefing", "Parent voice report", "Private tuition polling",
            "The state of the nursery sector", f"Guide to {self.rng.choice(_TOPICS)}",
        ])  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title}
        if self.rng.random() < 0.85:
            record["issued"] = self._dated()
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = "London"
        if record["type"] == "webpage" or self.rng.random() < 0.5:
            record["URL"] = f"https://www.{self.fakers['en_GB'].domain_word()}.org.uk/{self.fakers['en_GB'].slug()}"
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        return self._org_work(record, "trade-body", name, set(tags) | {"trade-body"})

    def _company(self) -> Work:
        name, domain = self.rng.choice(_COMPANIES)
        title = self.rng.choice(["Admissions", "Our schools", "Fees and bursaries", "About us", "Our approach to learning",
                                 "Find a nursery", "Why choose us", "Parent testimonials", "Sustainability"])  # fmt: skip
        record: dict[str, Any] = {
            "type": "webpage",
            "title": title,
            "URL": f"https://www.{domain}/{self.fakers['en_GB'].slug()}",
        }
        if self.rng.random() < 0.6:
            record["issued"] = self._dated()
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        return self._org_work(record, "company", name, {"company"})

    def _annual_report(self) -> Work:
        name, domain = self.rng.choice(_COMPANIES)
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report and accounts {year}", f"Investor presentation: FY{year}",
                                                        f"Impact report {year}", "Capital markets day presentation"]),
            "issued": {"date-parts": [[year]]}, "publisher": name, "publisher-place": self.rng.choice(["London", "Dubai", "Boston, MA"]),
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = f"https://www.{domain}/investors"
            record["accessed"] = self._accessed_after([year])
        return self._org_work(record, "annual-report", name, {"company"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year()
        title = self.rng.choice([
            f"UK private tutoring market {year}", f"Parents' attitudes to independent schools {year}",
            f"Childcare Survey {year}", f"Global education market outlook {year}", f"ISC Census {year}",
            f"Number of pupils at independent schools in the UK from 2015 to {year}", f"Mumsnet survey: school fees and VAT ({year})",
            f"K-12 education in the GCC: market sizing {year}", f"Parent Voice report {year}",
        ])  # fmt: skip
        record: dict[str, Any] = {
            "type": "report",
            "title": title,
            "publisher": name,
            "issued": {"date-parts": [[year]]},
        }
        if self.rng.random() < 0.75:
            record["URL"] = f"https://www.{name.split()[0].lower()}.com/{self.fakers['en_GB'].slug()}"
            record["accessed"] = self._accessed_after([year])
        return self._org_work(record, "market-research", name, {"market-research"})

    def _news(self) -> Work:
        paper, domain = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": paper,
                                  "issued": self._dated(full=True), "URL": f"https://www.{domain}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _social(self) -> Work:
        platform = self.rng.choice(_PLATFORMS)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(["Open morning this Saturday – book now",
                                  "Results day: so proud of our students", "Why we chose a small nursery",
                                  "Our new STEM centre is open", "Thread: what parents ask on tours"]),
                                  "container-title": platform, "issued": self._dated(full=True),
                                  "URL": f"https://www.{platform.lower()}.com/{self.fakers['en_GB'].user_name()}"}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        if self.rng.random() < 0.5:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        name, _domain = self.rng.choice(_COMPANIES)
        return self._org_work(record, "social", name, {"company"})

    def _video(self) -> Work:
        name, _domain = self.rng.choice(_COMPANIES)
        record: dict[str, Any] = {"type": "motion_picture", "title": self.rng.choice(["A day in the life of a boarder",
                                  "Virtual open day", "Meet our Head", "How adaptive learning works"]),
                                  "medium": "YouTube video", "issued": self._dated(full=True),
                                  "URL": f"https://www.youtube.com/watch?v={self.fakers['en_GB'].lexify('???????????')}"}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._org_work(record, "video", name, {"company"})

    def _podcast(self) -> Work:
        record: dict[str, Any] = {"type": "broadcast", "title": f"{self.rng.choice(_TOPICS).capitalize()}",
                                  "container-title": self.rng.choice(["The Tes Podcast", "Schools Week Podcast",
                                                                      "The Marketing Schools Podcast", "Nursery World Podcast"]),
                                  "medium": "Podcast", "author": self._people(2), "issued": self._dated(full=True),
                                  "URL": f"https://podcasts.apple.com/gb/podcast/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "podcast")

    def _web(self) -> Work:
        """An undated page: a blog, a guide or an agency's advice to schools."""
        record: dict[str, Any] = {"type": "webpage", "title": self._title(),
                                  "URL": f"https://www.{self.fakers['en_GB'].domain_name()}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        record["accessed"] = self._accessed_after(None)
        if self.rng.random() < 0.5:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags | {"undated"})
