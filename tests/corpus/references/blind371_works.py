"""The blind371 pool's works: what marketers at edtech platforms, tutoring agencies, language schools, private
universities and colleges, test-preparation firms and school-software vendors in the UK, India, Vietnam, the United
Arab Emirates, Spain and Kenya cite in CIM Level 6 and 7 reports and MBA assignments written in English.

Written without reading the checker, its tests or any other pool. Education-marketing, services-marketing and
general marketing textbooks and their chapters (and the classics these candidates still cite), journal articles on
student choice, higher-education branding, online learning adoption, parents as buyers and trust in edtech with one
to eight authors, ministries, regulators and inspectorates (Ofsted, the OfS, the QAA, Ofqual, the KHDA, ADEK, the
UGC, AICTE, MOET, ANECA, the CUE, KNEC) in their several forms, governments' education statistics and legislation as
candidates list it, universities' and firms' annual reports and press pages, market-research firms' and league-table
publishers' reports, the education and trade press, news signed and unsigned, and undated pages with access dates.
Names are written as this region's scholars and journals print them: Vietnamese names with and without their
diacritics ("Nguyễn", "Nguyen"), Indian names, Emirati names with "Al" and "Al-", Spanish double surnames
("Rodríguez del Bosque", "García-Madariaga") and particles ("de la Fuente"), Kenyan names (with "Ochieng'") and
British names.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_IN", "en_IN", "es_ES", "vi_VN"]

# (family, given) as English-language journals and publishers print them.
_INDIAN = [("Sharma", "Priya"), ("Iyer", "Lakshmi"), ("Banerjee", "Anirban"), ("Reddy", "Srinivas"), ("Nair", "Deepa"),
           ("Gupta", "Rahul"), ("Mukherjee", "Sohini"), ("Agarwal", "Nikhil"), ("Pillai", "Anand"),
           ("Chakraborty", "Debjani"), ("Deshpande", "Aditi"), ("Kulkarni", "Saurabh"), ("Menon", "Kavitha"),
           ("Singh", "Harpreet"), ("Rao", "Venkat"), ("Bhattacharjee", "Arindam"), ("Chaudhary", "Neha"),
           ("Subramanian", "Karthik"), ("D'Souza", "Clara"), ("Joshi", "Meera")]  # fmt: skip
_VIETNAMESE = [("Nguyễn", "Thị Lan Anh"), ("Trần", "Minh Đức"), ("Lê", "Thu Hằng"), ("Phạm", "Quốc Bảo"),
               ("Hoàng", "Văn Nam"), ("Vũ", "Thị Hương"), ("Đặng", "Hải Yến"), ("Bùi", "Thanh Tùng"),
               ("Đỗ", "Minh Châu"), ("Ngô", "Thị Mai"), ("Nguyen", "Thi Thu Trang"), ("Tran", "Quang Huy"),
               ("Le", "Hoang Anh"), ("Pham", "Thi Ngoc"), ("Nguyen", "Van Thang"), ("Dang", "Thanh Hai"),
               ("Huynh", "Bao Chau"), ("Truong", "Dinh Chien")]  # fmt: skip
_EMIRATI = [("Al Mazrouei", "Fatima"), ("Al-Hashimi", "Omar"), ("Al Suwaidi", "Mariam"), ("Al Marzooqi", "Khalid"),
            ("Al-Ali", "Hessa"), ("AlKhoori", "Saeed"), ("Badri", "Layla"), ("El-Khatib", "Rami"),
            ("Abdulla", "Noura"), ("Al Nuaimi", "Ahmed"), ("Ashour", "Sara"), ("Hamdan", "Yousef")]  # fmt: skip
_SPANISH = [("Rodríguez del Bosque", "Ignacio"), ("García-Madariaga", "Jesús"), ("Fernández López", "Javier"),
            ("Martínez-Caro", "Eva"), ("Ruiz-Mafé", "Carla"), ("Gómez", "Lucía"), ("Sánchez-García", "Isabel"),
            ("Pérez Pérez", "Alberto"), ("Iglesias", "Nuria"), ("Blasco", "María Fernanda"), ("Ortega Egea", "José")]  # fmt: skip
_SPANISH_PARTICLES = [("de la", "Fuente", "Marta"), ("del", "Río", "Pablo"), ("de", "Castro", "Ana"),
                      ("de los", "Santos", "Raúl")]  # fmt: skip
_KENYAN = [("Otieno", "Brian"), ("Wanjiru", "Grace"), ("Kamau", "Peter"), ("Mwangi", "Esther"), ("Njoroge", "Samuel"),
           ("Ochieng'", "Kevin"), ("Wambui", "Faith"), ("Kiprono", "Dennis"), ("Chebet", "Mercy"),
           ("Odhiambo", "Collins"), ("Mutua", "Joseph"), ("Wekesa", "Alice"), ("Nyambura", "Ruth"),
           ("Kariuki", "James"), ("Achieng", "Lilian")]  # fmt: skip

# The classics these candidates still cite: (authors, year, title, publisher or journal, kind).
_CLASSICS: list[tuple[list[tuple[str, str]], int, str, str, str]] = [
    ([("Kotler", "Philip"), ("Fox", "Karen F.A.")], 1995, "Strategic marketing for educational institutions", "Prentice Hall", "book"),
    ([("Maringe", "Felix"), ("Gibbs", "Paul")], 2009, "Marketing higher education: theory and practice", "Open University Press", "book"),
    ([("Davis", "Fred D.")], 1989, "Perceived usefulness, perceived ease of use, and user acceptance of information technology", "MIS Quarterly", "journal"),
    ([("Venkatesh", "Viswanath"), ("Morris", "Michael G."), ("Davis", "Gordon B."), ("Davis", "Fred D.")], 2003, "User acceptance of information technology: toward a unified view", "MIS Quarterly", "journal"),
    ([("Parasuraman", "A."), ("Zeithaml", "Valarie A."), ("Berry", "Leonard L.")], 1988, "SERVQUAL: a multiple-item scale for measuring consumer perceptions of service quality", "Journal of Retailing", "journal"),
    ([("Hemsley-Brown", "Jane"), ("Oplatka", "Izhar")], 2006, "Universities in a competitive global marketplace: a systematic review of the literature on higher education marketing", "International Journal of Public Sector Management", "journal"),
    ([("Mazzarol", "Tim"), ("Soutar", "Geoffrey N.")], 2002, "'Push-pull' factors influencing international student destination choice", "International Journal of Educational Management", "journal"),
    ([("Lovelock", "Christopher"), ("Wirtz", "Jochen")], 2016, "Services marketing: people, technology, strategy", "World Scientific", "book"),
    ([("Zeithaml", "Valarie A."), ("Bitner", "Mary Jo"), ("Gremler", "Dwayne D.")], 2018, "Services marketing: integrating customer focus across the firm", "McGraw-Hill Education", "book"),
    ([("Bray", "Mark")], 1999, "The shadow education system: private tutoring and its implications for planners", "UNESCO International Institute for Educational Planning", "book"),
]  # fmt: skip

# Organisations as candidates write them as authors, with tags saying what makes them hard.
_REGULATORS = [
    ("Ofsted", {"government", "regulator"}), ("Office for Students", {"government", "regulator"}),
    ("Office for Students (OfS)", {"government", "regulator", "abbreviation"}),
    ("Ofqual", {"government", "regulator"}), ("QAA", {"regulator", "acronym"}),
    ("Quality Assurance Agency for Higher Education (QAA)", {"regulator", "abbreviation"}),
    ("KHDA", {"government", "regulator", "acronym"}),
    ("Knowledge and Human Development Authority (KHDA)", {"government", "regulator", "abbreviation"}),
    ("Abu Dhabi Department of Education and Knowledge (ADEK)", {"government", "regulator", "abbreviation"}),
    ("Commission for Academic Accreditation", {"government", "regulator"}),
    ("University Grants Commission (UGC)", {"government", "regulator", "abbreviation"}),
    ("All India Council for Technical Education", {"government", "regulator"}),
    ("ANECA", {"regulator", "acronym"}), ("Commission for University Education (CUE)", {"government", "regulator", "abbreviation"}),
    ("Kenya National Examinations Council", {"government", "regulator"}),
    ("Competition and Markets Authority", {"government", "regulator"}), ("Advertising Standards Authority", {"regulator"}),
    ("Independent Schools Inspectorate", {"regulator"}),
]  # fmt: skip
_GOVERNMENTS = [
    ("Department for Education", {"government"}), ("DfE", {"government", "acronym"}),
    ("Ministry of Education", {"government"}), ("Ministry of Education, Government of India", {"government", "comma"}),
    ("Ministry of Education and Training", {"government"}), ("Ministry of Education and Training (MOET)", {"government", "abbreviation"}),
    ("Ministerio de Educación, Formación Profesional y Deportes", {"government", "comma"}),
    ("Ministerio de Universidades", {"government"}), ("Ministry of Education, Kenya", {"government", "comma"}),
    ("UAE Ministry of Education", {"government"}), ("Home Office", {"government"}),
]  # fmt: skip
_STATISTICS = [
    ("Higher Education Statistics Agency (HESA)", {"government", "abbreviation"}), ("HESA", {"government", "acronym"}),
    ("UCAS", {"acronym"}), ("Office for National Statistics", {"government"}), ("ONS", {"government", "acronym"}),
    ("Department for Education", {"government"}), ("Kenya National Bureau of Statistics (KNBS)", {"government", "abbreviation"}),
    ("General Statistics Office of Vietnam", {"government"}), ("Instituto Nacional de Estadística (INE)", {"government", "abbreviation"}),
    ("Dubai Statistics Center", {"government"}), ("Federal Competitiveness and Statistics Centre", {"government"}),
    ("Ministry of Statistics and Programme Implementation", {"government"}), ("UNESCO Institute for Statistics", {"government"}),
]  # fmt: skip
_LEGISLATION = [
    ("legislation.gov.uk", "Higher Education and Research Act 2017", 2017, "https://www.legislation.gov.uk/ukpga/2017/29"),
    ("legislation.gov.uk", "Children and Families Act 2014", 2014, "https://www.legislation.gov.uk/ukpga/2014/6"),
    ("legislation.gov.uk", "Higher Education (Freedom of Speech) Act 2023", 2023, "https://www.legislation.gov.uk/ukpga/2023/16"),
    ("legislation.gov.uk", "Skills and Post-16 Education Act 2022", 2022, "https://www.legislation.gov.uk/ukpga/2022/21"),
    ("Boletín Oficial del Estado", "Ley Orgánica 2/2023, de 22 de marzo, del Sistema Universitario", 2023, "https://www.boe.es/eli/es/lo/2023/03/22/2"),
    ("Boletín Oficial del Estado", "Ley Orgánica 3/2020, de 29 de diciembre, por la que se modifica la Ley Orgánica 2/2006, de Educación", 2020, "https://www.boe.es/eli/es/lo/2020/12/29/3"),
    ("Republic of Kenya", "Universities Act No. 42 of 2012", 2012, "http://kenyalaw.org/kl/fileadmin/pdfdownloads/Acts/UniversitiesAct_No42of2012.pdf"),
    ("Republic of Kenya", "Basic Education Act No. 14 of 2013", 2013, "http://kenyalaw.org/kl/fileadmin/pdfdownloads/Acts/BasicEducationActNo_14of2013.pdf"),
    ("National Assembly of Vietnam", "Law on Education No. 43/2019/QH14", 2019, "https://vanban.chinhphu.vn/?pageid=27160&docid=197500"),
    ("Ministry of Education, Government of India", "Guidelines for registration and regulation of coaching centre 2024", 2024, "https://www.education.gov.in/sites/upload_files/mhrd/files/Guideliens_Coaching_Center_en.pdf"),
    ("Ministry of Human Resource Development", "National Education Policy 2020", 2020, "https://www.education.gov.in/sites/upload_files/mhrd/files/NEP_Final_English_0.pdf"),
    ("UAE Government", "Federal Decree-Law No. 33 of 2021 regarding the regulation of labour relations", 2021, "https://u.ae/en/information-and-services/jobs/laws"),
]  # fmt: skip
_FIRMS = [
    ("Byju's", {"company", "apostrophe"}), ("Think & Learn Private Limited", {"company", "ampersand"}),
    ("upGrad", {"company"}), ("Unacademy", {"company"}), ("PhysicsWallah", {"company"}), ("Vedantu", {"company"}),
    ("Duolingo", {"company"}), ("Coursera", {"company"}), ("FutureLearn", {"company"}), ("Pearson plc", {"company"}),
    ("Pearson", {"company"}), ("Cambridge University Press & Assessment", {"company", "ampersand"}),
    ("Kaplan International", {"company"}), ("EF Education First", {"company"}), ("Kumon UK", {"company"}),
    ("Explore Learning", {"company"}), ("MyTutor", {"company"}), ("Tutorful", {"company"}), ("Atom Learning", {"company"}),
    ("Third Space Learning", {"company"}), ("Seneca Learning", {"company"}), ("Arbor Education", {"company"}),
    ("Bromcom", {"company"}), ("ParentPay", {"company"}), ("GEMS Education", {"company"}), ("Taaleem", {"company"}),
    ("Aldar Education", {"company"}), ("Topica Edtech Group", {"company"}), ("ELSA Corp", {"company"}),
    ("FPT Education", {"company"}), ("Eneza Education", {"company"}), ("Zeraki", {"company"}), ("M-Shule", {"company"}),
    ("Longhorn Publishers", {"company"}), ("Planeta Formación y Universidades", {"company"}),
    ("Kings Education", {"company"}), ("Bell Educational Services", {"company"}), ("Study Group", {"company"}),
    ("INTO University Partnerships", {"company"}), ("Navitas", {"company"}), ("IDP Education", {"company"}),
    ("British Council", {"body"}), ("Educational Testing Service (ETS)", {"company", "abbreviation"}),
    ("British Educational Suppliers Association (BESA)", {"body", "abbreviation"}), ("Sutton Trust", {"body"}),
    ("Education Policy Institute", {"body"}), ("Parentkind", {"body"}), ("Children's Commissioner for England", {"government", "apostrophe"}),
    ("Joint Council for Qualifications", {"body"}), ("Universities UK", {"body"}), ("English UK", {"body"}),
    ("Tutors' Association", {"body", "apostrophe"}), ("The Tutors' Association", {"body", "apostrophe"}),
]  # fmt: skip
_UNIVERSITIES = [
    ("The Open University", {"university"}), ("BPP University", {"university"}), ("The University of Law", {"university"}),
    ("Regent's University London", {"university", "apostrophe"}), ("King's College London", {"university", "apostrophe"}),
    ("Queen's University Belfast", {"university", "apostrophe"}), ("Heriot-Watt University Dubai", {"university"}),
    ("Middlesex University Dubai", {"university"}), ("University of Birmingham Dubai", {"university"}),
    ("RMIT University Vietnam", {"university"}), ("British University Vietnam", {"university"}),
    ("Fulbright University Vietnam", {"university"}), ("Ashoka University", {"university"}),
    ("Amity University", {"university"}), ("Manipal Academy of Higher Education", {"university"}),
    ("IE University", {"university"}), ("Universidad Europea", {"university"}),
    ("Universidad Internacional de La Rioja (UNIR)", {"university", "abbreviation"}), ("ESIC University", {"university"}),
    ("Strathmore University", {"university"}), ("United States International University-Africa", {"university"}),
    ("Mount Kenya University", {"university"}),
]  # fmt: skip
_RESEARCH = [
    ("Mintel", {"market-research"}), ("Statista", {"market-research"}), ("HolonIQ", {"market-research"}),
    ("Redseer Strategy Consultants", {"market-research"}), ("IBISWorld", {"market-research"}), ("YouGov", {"market-research"}),
    ("Ipsos", {"market-research"}), ("Technavio", {"market-research"}), ("L.E.K. Consulting", {"market-research", "periods"}),
    ("KPMG and Google", {"market-research", "two-firms"}), ("Deloitte", {"market-research"}),
    ("Ernst & Young", {"market-research", "ampersand"}), ("EY-Parthenon", {"market-research"}),
    ("Studyportals", {"market-research"}), ("Navitas Insights", {"market-research"}), ("BMI Research", {"market-research"}),
]  # fmt: skip
_LEAGUE = [("QS Quacquarelli Symonds", {"league-table"}), ("Times Higher Education", {"league-table"}),
           ("The Complete University Guide", {"league-table"}), ("Financial Times", {"league-table"}),
           ("NIRF", {"league-table", "acronym"})]  # fmt: skip
_TRADE = ["Tes", "Schools Week", "FE Week", "Wonkhe", "Times Higher Education", "The PIE News", "University World News",
          "EdSurge", "Inc42", "YourStory", "ICEF Monitor", "Entrackr", "EdTechReview"]  # fmt: skip
_NEWS = ["The Guardian", "BBC News", "Financial Times", "The Times", "The Economic Times", "Mint", "The Hindu",
         "Hindustan Times", "VnExpress International", "Tuoi Tre News", "Viet Nam News", "The National", "Gulf News",
         "Khaleej Times", "El País", "Expansión", "Business Daily Africa", "Daily Nation", "The Standard", "The Star"]  # fmt: skip
_DOMAINS = {"Ofsted": "gov.uk", "Department for Education": "gov.uk", "DfE": "gov.uk", "KHDA": "khda.gov.ae"}

_TOPICS = ["student choice", "university branding", "online learning adoption", "parents as buyers",
           "trust in edtech", "private tutoring", "test preparation", "international student recruitment",
           "English language learning apps", "school management software", "student satisfaction",
           "higher education marketing", "shadow education", "service quality in private colleges",
           "word of mouth among parents", "learning app engagement", "MOOC completion", "brand personality of universities",
           "social media recruitment", "edtech pricing", "student loyalty", "transnational education",
           "value co-creation in education", "the student as customer", "gamification in language learning"]  # fmt: skip
_PLACES = ["the UK", "India", "Vietnam", "the United Arab Emirates", "Spain", "Kenya", "Dubai", "England", "Hanoi",
           "Nairobi", "Madrid", "Ho Chi Minh City", "Bengaluru", "emerging markets", "the Gulf", "East Africa"]  # fmt: skip
_JOURNALS = ["Journal of Marketing for Higher Education", "International Journal of Educational Management",
             "Higher Education", "Studies in Higher Education", "Journal of Higher Education Policy and Management",
             "Computers & Education", "Education and Information Technologies", "British Journal of Educational Technology",
             "International Journal of Consumer Studies", "Journal of Services Marketing", "Journal of Business Research",
             "Journal of Marketing Management", "Asia Pacific Journal of Marketing and Logistics",
             "Vision: The Journal of Business Perspective", "IIMB Management Review",
             "Journal of Asian Business and Economic Studies", "VNU Journal of Science: Education Research",
             "Spanish Journal of Marketing - ESIC", "Revista Española de Pedagogía", "Africa Education Review",
             "Gulf Education and Social Policy Review", "Journal of Research in Interactive Marketing",
             "Interactive Learning Environments", "Compare: A Journal of Comparative and International Education",
             "International Journal of Educational Development", "Journal of Consumer Behaviour"]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"),
               ("Oxford University Press", "Oxford"), ("Wiley", "Chichester"), ("Palgrave Macmillan", "London"),
               ("Cengage", "Andover"), ("McGraw-Hill Education", "Maidenhead"), ("Sage Publications India", "New Delhi"),
               ("Bloomsbury Academic", "London"), ("Edward Elgar", "Cheltenham"), ("ESIC Editorial", "Madrid")]  # fmt: skip
_HANDBOOKS = ["The Routledge handbook of educational technology", "Handbook of private tutoring and shadow education",
              "Marketing higher education: theory and practice", "Research handbook on higher education marketing",
              "Services marketing in emerging economies", "Digital transformation in higher education",
              "The Palgrave handbook of international student mobility"]  # fmt: skip


class Blind371WorkFactory(WorkFactory):
    """Works cited by marketers at edtech platforms, tutoring agencies, language schools, private universities and
    test-preparation firms in the UK, India, Vietnam, the UAE, Spain and Kenya."""

    KINDS = ("book", "chapter", "journal", "regulator", "government", "statistics", "legislation", "company-report",
             "press-release", "university", "market-research", "league-table", "trade-press", "news", "web")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 371)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.dated_organisations: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.32:
            fake = self.fakers["en_GB"]
            family = fake.last_name()
            if self.rng.random() < 0.08:
                family = f"{family}-{fake.last_name()}"
            return {"family": family, "given": fake.first_name()}
        if roll < 0.46:
            family, given = self.rng.choice(_INDIAN)
        elif roll < 0.6:
            family, given = self.rng.choice(_VIETNAMESE)
        elif roll < 0.7:
            family, given = self.rng.choice(_EMIRATI)
        elif roll < 0.8:
            if self.rng.random() < 0.25:
                particle, family, given = self.rng.choice(_SPANISH_PARTICLES)
                return {"family": family, "given": given, "non-dropping-particle": particle}
            family, given = self.rng.choice(_SPANISH)
        elif roll < 0.9:
            family, given = self.rng.choice(_KENYAN)
        else:
            fake = self.fakers[self.rng.choice(["en_IN", "es_ES", "vi_VN"])]
            family, given = fake.last_name(), fake.first_name()
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 28, 16, 9, 5, 3, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if person not in people:
                people.append(person)
        return people

    def _org(self, table: list[tuple[str, set[str]]]) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(table)
        return name, set(tags)

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.04:
            return self.rng.randint(1988, 2007)
        return self.rng.randint(2010, 2024)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        first = max(2023, (issued[0] + 1) if issued else 2023)
        return {
            "date-parts": [[self.rng.randint(min(first, 2025), 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]
        }

    def _url(self, host: str | None = None) -> str:
        fake = self.fakers["en_GB"]
        host = host or fake.domain_name()
        return f"https://www.{host}/{fake.slug()}"

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        place = self.rng.choice(_PLACES)
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {place}",
            f"What drives {topic}? Evidence from {place}",
            f"{topic[0].upper()}{topic[1:]} and {self.rng.choice(_TOPICS)}: a study of {place}",
            f"Understanding {topic} among {self.rng.choice(['parents', 'undergraduates', 'international students', 'Gen Z learners', 'adult learners', 'secondary school pupils'])}",
            f"Rethinking {topic} after the pandemic",
            f"The role of {topic} in {self.rng.choice(_TOPICS)}",
            f"{topic[0].upper()}{topic[1:]}: a systematic literature review",
        ]
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "regulator", "government", "statistics", "legislation", "company-report",
             "press-release", "university", "market-research", "league-table", "trade-press", "news", "web"],
            weights=[11, 5, 24, 7, 5, 5, 3, 6, 4, 4, 7, 3, 6, 6, 6],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        work = super()._person_work(record, kind)
        work.tags.add(kind)
        return work

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then one body's second work of a year ("Ofsted, 2023a" and "2023b").
        if self.dated_organisations and "issued" in record and self.rng.random() < 0.12:
            name, tags, issued = self.rng.choice(self.dated_organisations)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated_organisations.append((name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _classic(self, kind: str) -> Work | None:
        choices = [c for c in _CLASSICS if c[4] == kind]
        if not choices or self.rng.random() > 0.1:
            return None
        authors, year, title, where, _ = self.rng.choice(choices)
        record: dict[str, Any] = {"type": "book" if kind == "book" else "article-journal", "title": title,
                                  "author": [{"family": f, "given": g} for f, g in authors],
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        if kind == "book":
            record["publisher"], record["publisher-place"] = where, "London"
        else:
            record["container-title"], record["volume"] = where, str(self.rng.randint(8, 40))
            record["issue"], record["page"] = str(self.rng.randint(1, 4)), f"{(s := self.rng.randint(1, 400))}-{s + 20}"
        return self._person_work(record, kind)

    def _book(self) -> Work:
        classic = self._classic("book")
        if classic is not None:
            return classic
        publisher, place = self.rng.choice(_PUBLISHERS)
        title = self.rng.choice([
            self._title(), f"Marketing {self.rng.choice(['higher education', 'education services', 'schools and colleges'])}",
            f"{self.rng.choice(['Services', 'Digital', 'Education', 'Strategic'])} marketing: {self.rng.choice(['concepts and cases', 'a global perspective', 'theory and practice', 'an Indian perspective'])}",
        ])  # fmt: skip
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(_HANDBOOKS), "issued": {"date-parts": [[self.year()]]},
            "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        classic = self._classic("journal")
        if classic is not None:
            return classic
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 80)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{(start := self.rng.randint(1, 1200))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(2010, 2024)}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _dated_online(self, record: dict[str, Any], undated: float) -> None:
        if self.rng.random() >= undated:
            record["issued"] = {"date-parts": [[self.year()]]}
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)

    def _regulator(self) -> Work:
        name, tags = self._org(_REGULATORS)
        title = self.rng.choice([
            f"{self.rng.choice(['School inspection handbook', 'Annual report', 'Guidance on advertising to students', 'Quality code for higher education', 'Private schools inspection report', 'Condition of registration B3: student outcomes', 'Consumer protection law for higher education providers'])}",
            f"{self.rng.choice(['Dubai private schools', 'Registered providers', 'Inspection outcomes', 'Online learning providers'])} {self.rng.choice(['2022/23', '2023-24', '2024'])}",
            self._title(),
        ])  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title,
                                  "URL": self._url(_DOMAINS.get(name, "gov.uk"))}  # fmt: skip
        self._dated_online(record, 0.1)
        return self._org_work(record, "regulator", name, tags)

    def _government(self) -> Work:
        name, tags = self._org(_GOVERNMENTS)
        title = self.rng.choice([
            self._title(), "International education strategy: 2024 update", "Skills for jobs",
            "Guidance on choosing a tutor", "Digital transformation in education", "Higher education policy statement",
            "Free education and the fee-paying sector", "National Education Sector Strategic Plan",
        ])  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title, "URL": self._url()}
        self._dated_online(record, 0.08)
        return self._org_work(record, "government", name, tags)

    def _statistics(self) -> Work:
        name, tags = self._org(_STATISTICS)
        year = self.year()
        title = self.rng.choice([
            f"Higher education student statistics: UK, {year - 1}/{str(year)[2:]}", f"Education statistics {year}",
            f"Schools, pupils and their characteristics: academic year {year - 1}/{str(year)[2:]}",
            f"End of cycle report {year}", f"Statistical abstract {year}", f"Estadística de estudiantes universitarios {year}",
            f"Where do HE students study? {year}",
        ])  # fmt: skip
        record: dict[str, Any] = {
            "type": "report",
            "title": title,
            "issued": {"date-parts": [[year]]},
            "URL": self._url(),
        }
        record["accessed"] = self._accessed_after([year])
        return self._org_work(record, "statistics", name, tags)

    def _legislation(self) -> Work:
        author, title, year, url = self.rng.choice(_LEGISLATION)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]},
                                  "URL": url, "accessed": self._accessed_after([year])}  # fmt: skip
        tags = {"legislation", "government"}
        record["id"] = self._id()
        record["author"] = [{"literal": author}]
        return Work(record, author, str(year), True, 1, "legislation", tags | {"organisation"})

    def _company_report(self) -> Work:
        name, tags = self._org(_FIRMS + _UNIVERSITIES)
        year = self.year()
        title = self.rng.choice([f"Annual report {year}", f"Annual report and accounts {year}", f"Impact report {year}",
                                 f"Integrated report {year - 1}-{str(year)[2:]}", "Investor presentation", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0], "publisher-place": self.rng.choice(["London", "Bengaluru", "Dubai", "Madrid", "Nairobi", "Hanoi"])}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url()
            record["accessed"] = self._accessed_after([year])
        return self._org_work(record, "company-report", name, tags)

    def _press_release(self) -> Work:
        name, tags = self._org(_FIRMS + _UNIVERSITIES)
        year = self.year()
        title = self.rng.choice([
            f"{name.split(' (')[0]} launches {self.rng.choice(['new app for parents', 'AI tutor', 'online MBA', 'campus in Dubai', 'IELTS preparation course', 'scholarships for Kenyan students'])}",
            f"{name.split(' (')[0]} reports record enrolments", "Our story", "Press release: partnership announced",
        ])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": title, "URL": self._url(),
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}}  # fmt: skip
        if self.rng.random() < 0.2:
            del record["issued"]
        record["accessed"] = self._accessed_after([year] if "issued" in record else None)
        return self._org_work(record, "press-release", name, tags)

    def _university(self) -> Work:
        name, tags = self._org(_UNIVERSITIES)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(["Fees and funding", "Why study with us", "Our rankings", "International students", "Accreditation", "Student outcomes"]),
                                  "URL": self._url()}  # fmt: skip
        self._dated_online(record, 0.45)
        return self._org_work(record, "university", name, tags)

    def _market_research(self) -> Work:
        name, tags = self._org(_RESEARCH)
        year = self.year()
        market = self.rng.choice(["Online education", "Private tutoring", "Test preparation", "K-12 edtech",
                                  "English language learning", "Higher education", "School management software"])  # fmt: skip
        place = self.rng.choice(["UK", "India", "Vietnam", "UAE", "Spain", "Kenya", "GCC", "Southeast Asia", "Africa"])
        title = self.rng.choice([f"{market} - {place} - {year}", f"{market} in {place}: market report {year}",
                                 f"{place} {market.lower()} market: size, share and forecast to 2030",
                                 f"Number of {market.lower()} users in {place} from 2019 to 2024"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name, "URL": self._url()}
        if self.rng.random() < 0.9:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after([year] if "issued" in record else None)
        return self._org_work(record, "market-research", name, tags)

    def _league_table(self) -> Work:
        name, tags = self._org(_LEAGUE)
        year = self.year()
        title = self.rng.choice([f"World University Rankings {year + 1}", f"University league tables {year}",
                                 f"Business school rankings {year}", f"India rankings {year}", f"Arab Region University Rankings {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": title, "issued": {"date-parts": [[year]]},
                                  "URL": self._url(), "accessed": self._accessed_after([year])}  # fmt: skip
        return self._org_work(record, "league-table", name, tags)

    def _article(self, containers: list[str], kind: str) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper" if kind == "news" else "article-magazine", "title": self._title(),
            "container-title": self.rng.choice(containers),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(), "accessed": self._accessed_after([year]),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, kind)
        return self._org_work(record, kind, record["container-title"], {"press"})

    def _trade_press(self) -> Work:
        return self._article(_TRADE, "trade-press")

    def _news(self) -> Work:
        return self._article(_NEWS, "news")

    def _web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url()}
        self._dated_online(record, 0.5)
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self._org(_FIRMS + _UNIVERSITIES + _REGULATORS)
        return self._org_work(record, "web", name, tags | ({"undated"} if "issued" not in record else set()))
