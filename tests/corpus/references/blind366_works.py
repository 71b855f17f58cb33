"""The blind366 pool's works: what marketers at recruitment agencies, job boards, employer-branding consultancies,
graduate schemes, HR-technology platforms and staffing firms in the UK, Ireland, the Netherlands, South Africa, India
and New Zealand cite in CIM Level 6 and 7 reports and MBA assignments.

Marketing, HR and employer-branding textbooks and their chapters, journal articles on employer branding, candidate
experience, job advertising and recruitment platforms (one to eight authors), professional and trade bodies (the
CIPD, the REC, the ISE, Ibec, the NRF, the SABPP, APSO, the ISF, the ABU, HRNZ, the RCSA), governments' labour-market
statistics and guidance, legislation as candidates list it (from legislation.gov.uk, the Irish Statute Book, the
Government Gazette, India Code, New Zealand Legislation and wetten.overheid.nl), agencies', platforms' and employers'
annual reports and press pages, market-research firms' reports, the trade press, signed and unsigned news, and
undated pages. Names as this region's scholars and journals print them: Irish names with Ó, Ní and Mac, Dutch names
with their particles apart ("van der Heijden", "van 't Hof"), Afrikaans names with theirs capitalised ("Du Plessis",
"Janse van Rensburg"), Zulu, Xhosa, Sotho and Tswana names, Indian names with several initials, Māori names with
macrons ("Rātima", "Te Huia"), and British and New Zealand names. Written without reading the checker or any other
pool.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import datetime
import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "professional-body", "government", "legislation", "company-report",
         "press-page", "market-research", "trade-press", "news", "web-person", "undated-web")  # fmt: skip

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_IE", "en_IE", "nl_NL", "en_IN", "en_NZ", "zu_ZA"]

# Names as this region's journals print them (family, given): Irish, Afrikaans, African, Indian and Māori names.
_IRISH = [("Ó Súilleabháin", "Máire"), ("Ní Bhriain", "Aoife"), ("Mac Mathúna", "Seán"), ("Ó Conchúir", "Pádraig"),
          ("Ní Dhálaigh", "Siobhán"), ("Breathnach", "Caoimhe"), ("Ó Riain", "Niamh"), ("Mac Giolla Phádraig", "Cian"),
          ("O'Callaghan", "Eimear"), ("McGrath", "Ciarán"), ("FitzGerald", "Gráinne"), ("Ní Mhurchú", "Sorcha"),
          ("Ó Dónaill", "Tadhg"), ("Nic Aodha", "Róisín")]  # fmt: skip
_AFRIKAANS = [("Du Plessis", "Yvonne"), ("Janse van Rensburg", "Ilze"), ("Van Zyl", "Hendrik"), ("Le Roux", "Marietjie"),
              ("Pretorius", "Johan"), ("Coetzee", "Annelie"), ("Steenkamp", "Riaan"), ("Botha", "Elmarie"),
              ("Van der Walt", "Francois"), ("Nel", "Lizelle"), ("De Beer", "Pieter"), ("Schlechter", "Alewyn"),
              ("Bussin", "Mark"), ("Theron", "Anri")]  # fmt: skip
_AFRICAN = [("Mokoena", "Thabo"), ("Nkosi", "Zanele"), ("Dlamini", "Sipho"), ("Ndlovu", "Nomvula"), ("Khumalo", "Bongani"),
            ("Mthembu", "Lindiwe"), ("Mahlangu", "Tshepo"), ("Sithole", "Nokuthula"), ("Molefe", "Kagiso"),
            ("Tshabalala", "Palesa"), ("Mabaso", "Lwazi"), ("Nxumalo", "Ayanda"), ("Moloi", "Refilwe"),
            ("Mofokeng", "Lerato"), ("Mathebula", "Tiyani"), ("Ngcobo", "Sibusiso"), ("Mbeki", "Unathi")]  # fmt: skip
_INDIAN = [("Sharma", "Rohit K."), ("Iyer", "Lakshmi"), ("Krishnan", "Venkatesh"), ("Banerjee", "Sudipta"),
           ("Chatterjee", "Ananya"), ("Reddy", "Srinivas"), ("Nair", "Deepa S."), ("Menon", "Arvind"),
           ("Bhattacharya", "Sayantan"), ("Gupta", "Neha"), ("Agarwal", "Pooja"), ("Deshpande", "Mandar"),
           ("Kulkarni", "Aditi"), ("Rao", "K. V. Subba"), ("Pillai", "Rekha"), ("D'Souza", "Melanie"),
           ("Sengupta", "Arijit"), ("Srivastava", "Manish"), ("Kaur", "Harpreet"), ("Singh", "Jaspreet"),
           ("Mukherjee", "Rituparna"), ("Venkataraman", "Sridhar"), ("Chaudhary", "Kavita"), ("Sethi", "Karan")]  # fmt: skip
_MAORI = [("Rātima", "Mere"), ("Te Huia", "Aroha"), ("Ngata", "Wiremu"), ("Tipene", "Hēmi"), ("Pōhatu", "Ngaio"),
          ("Ruwhiu", "Tama"), ("Te Momo", "Kiri"), ("Paewai", "Rāwiri"), ("Haenga", "Anahera"), ("Parata", "Hine")]  # fmt: skip
# Dutch names with their particles apart, as reference managers keep them (particle, family, given).
_DUTCH = [("van der", "Heijden", "Beatrice I. J. M."), ("de", "Vries", "Sanne"), ("van", "Dijk", "Thijs"),
          ("van den", "Berg", "Joost"), ("ter", "Horst", "Maarten"), ("de", "Jong", "Lieke"), ("van 't", "Hof", "Bram"),
          ("van der", "Meer", "Femke"), ("van", "Hoye", "Greet"), ("de", "Graaf", "Anouk"), ("van", "Vianen", "Annelies"),
          ("den", "Hartog", "Deanne")]  # fmt: skip

_TOPICS = ["employer branding", "the employee value proposition", "candidate experience", "job advertisements",
           "recruitment marketing", "social recruiting", "LinkedIn use", "online job boards", "graduate recruitment",
           "applicant attraction", "employer attractiveness", "talent acquisition", "employee advocacy",
           "employer review sites", "AI-enabled recruitment", "asynchronous video interviews", "gamified assessment",
           "inclusive job adverts", "skills-based hiring", "pay transparency", "remote and hybrid work",
           "temporary agency work", "the staffing industry", "recruitment chatbots", "applicant tracking systems",
           "employee referrals", "onboarding", "early-career retention", "Generation Z jobseekers",
           "person-organisation fit", "corporate reputation", "internal employer branding"]  # fmt: skip
_SETTINGS = ["South African graduates", "Indian IT services firms", "Dutch jobseekers", "the Irish technology sector",
             "New Zealand employers", "UK recruitment agencies", "business students in five countries",
             "the hospitality sector", "public-sector employers", "small and medium-sized firms",
             "the Big Four accounting firms", "frontline retail workers", "millennial and Gen Z applicants",
             "Māori and Pasifika jobseekers", "engineering graduates", "staffing firms in emerging markets"]  # fmt: skip
_JOURNALS = ["Journal of Brand Management", "Employee Relations", "Personnel Review", "Human Resource Management Journal",
             "The International Journal of Human Resource Management", "Career Development International",
             "Journal of Organizational Effectiveness: People and Performance",
             "SA Journal of Human Resource Management", "South African Journal of Business Management",
             "Irish Journal of Management", "IIMB Management Review", "Vikalpa: The Journal for Decision Makers",
             "Management Decision", "New Zealand Journal of Employment Relations",
             "Asia Pacific Journal of Human Resources", "Gedrag & Organisatie", "Journal of Marketing Management",
             "International Journal of Selection and Assessment", "Journal of Business Research",
             "Human Resource Management Review", "Journal of Product & Brand Management",
             "Corporate Reputation Review", "Global Business Review", "Acta Commercii",
             "European Management Journal", "Human Resource Development International"]  # fmt: skip
_PUBLISHERS = [("Kogan Page", "London"), ("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Sage", "London"),
               ("Oxford University Press", "Oxford"), ("CIPD", "London"), ("Juta", "Cape Town"),
               ("Van Schaik", "Pretoria"), ("Oxford University Press Southern Africa", "Cape Town"),
               ("Pearson India", "Noida"), ("McGraw Hill Education (India)", "Chennai"), ("Sage India", "New Delhi"),
               ("Noordhoff", "Groningen"), ("Gill Education", "Dublin"), ("Palgrave Macmillan", "London"),
               ("Cengage", "Andover"), ("Edward Elgar", "Cheltenham"), ("Wiley", "Chichester"),
               ("Pearson New Zealand", "Auckland")]  # fmt: skip
_BOOK_TITLES = ["Human resource management: theory and practice", "Employer branding: a practical guide",
                "Recruitment and selection: strategies for workforce planning and assessment",
                "Strategic human resource management", "Human resource management in South Africa",
                "Marketing management: an Indian perspective", "Talent acquisition excellence",
                "Employer brand management: practical lessons from the world's leading employers",
                "Recruitment marketing: attracting talent in a digital age", "The candidate experience",
                "Human resource management in Ireland", "Employment relations in New Zealand",
                "Services marketing: people, technology, strategy", "Digital marketing: strategy, implementation and practice",
                "People resourcing and talent planning", "Contemporary issues in human resource management",
                "Managing employee performance and reward", "Social media recruitment"]  # fmt: skip
_HANDBOOKS = ["The Routledge companion to employer branding", "Handbook of research on employer branding",
              "Research handbook on human resource management and digital technology",
              "The Oxford handbook of recruitment", "Human resource management in South Africa",
              "Contemporary HRM issues in India", "The Sage handbook of human resource management",
              "Managing human resources in New Zealand"]  # fmt: skip
# Real classics these reports still cite (authors, year, title, journal, volume, issue, pages).
_CLASSICS = [
    ([("Ambler", "Tim"), ("Barrow", "Simon")], 1996, "The employer brand", "Journal of Brand Management", "4", "3", "185-206"),
    ([("Backhaus", "Kristin"), ("Tikoo", "Surinder")], 2004, "Conceptualizing and researching employer branding", "Career Development International", "9", "5", "501-517"),
    ([("Berthon", "Pierre"), ("Ewing", "Michael"), ("Hah", "Li Lian")], 2005, "Captivating company: dimensions of attractiveness in employer branding", "International Journal of Advertising", "24", "2", "151-172"),
    ([("Lievens", "Filip"), ("Highhouse", "Scott")], 2003, "The relation of instrumental and symbolic attributes to a company's attractiveness as an employer", "Personnel Psychology", "56", "1", "75-102"),
    ([("Cable", "Daniel M."), ("Turban", "Daniel B.")], 2001, "Establishing the dimensions, sources and value of job seekers' employer knowledge during recruitment", "Research in Personnel and Human Resources Management", "20", "", "115-163"),
]  # fmt: skip

# Organisations as authors, with what makes them hard.
_BODIES = [
    ("Chartered Institute of Personnel and Development", {"professional-body"}), ("CIPD", {"professional-body", "acronym"}),
    ("Chartered Institute of Personnel and Development (CIPD)", {"professional-body", "abbreviation"}),
    ("Recruitment & Employment Confederation", {"professional-body", "ampersand"}),
    ("Recruitment & Employment Confederation (REC)", {"professional-body", "ampersand", "abbreviation"}),
    ("REC", {"professional-body", "acronym"}), ("Institute of Student Employers", {"professional-body"}),
    ("Institute of Student Employers (ISE)", {"professional-body", "abbreviation"}),
    ("Chartered Institute of Marketing", {"professional-body"}), ("Ibec", {"professional-body"}),
    ("National Recruitment Federation", {"professional-body"}),
    ("South African Board for People Practices (SABPP)", {"professional-body", "abbreviation"}),
    ("Association of Personnel Service Organisations (APSO)", {"professional-body", "abbreviation"}),
    ("Indian Staffing Federation", {"professional-body"}), ("nasscom", {"professional-body", "lowercase"}),
    ("Algemene Bond Uitzendondernemingen (ABU)", {"professional-body", "abbreviation"}),
    ("Human Resources Institute of New Zealand", {"professional-body"}),
    ("Recruitment, Consulting & Staffing Association", {"professional-body", "ampersand", "comma"}),
    ("Acas", {"government"}), ("Trades Union Congress", {"professional-body"}),
    ("Employers' Forum on Disability", {"professional-body", "apostrophe"}),
    ("Graduate Careers Ireland", {"professional-body"}), ("Universities South Africa", {"professional-body"}),
    ("Business Disability Forum", {"professional-body"}), ("World Employment Confederation", {"professional-body"}),
]  # fmt: skip
_GOVERNMENT = [
    ("Office for National Statistics", "uk"), ("Office for National Statistics (ONS)", "uk"), ("ONS", "uk"),
    ("Home Office", "uk"), ("Department for Business and Trade", "uk"), ("Department for Education", "uk"),
    ("GOV.UK", "uk"), ("Government Equalities Office", "uk"), ("Low Pay Commission", "uk"),
    ("Central Statistics Office", "ie"), ("Central Statistics Office (CSO)", "ie"),
    ("Department of Enterprise, Trade and Employment", "ie"), ("Workplace Relations Commission", "ie"),
    ("Statistics South Africa", "za"), ("Stats SA", "za"), ("Department of Employment and Labour", "za"),
    ("Centraal Bureau voor de Statistiek", "nl"), ("CBS", "nl"), ("UWV", "nl"),
    ("Ministry of Labour and Employment", "in"), ("Ministry of Statistics and Programme Implementation", "in"),
    ("Stats NZ", "nz"), ("Ministry of Business, Innovation and Employment", "nz"), ("Employment New Zealand", "nz"),
    ("Immigration New Zealand", "nz"),
]  # fmt: skip
_GOV_TITLES = {
    "uk": ["Labour market overview, UK: {mo} {y}", "Vacancies and jobs in the UK: {mo} {y}",
           "Employer's guide to right to work checks", "Graduate labour market statistics {y}",
           "Gender pay gap in the UK: {y}", "Employment agency standards: guidance for employers",
           "National Minimum Wage and National Living Wage rates"],
    "ie": ["Labour Force Survey quarter {q} {y}", "Monthly unemployment {mo} {y}", "Employment permits statistics {y}",
           "Guide to employment agency licensing", "Earnings and labour costs annual data {y}"],
    "za": ["Quarterly Labour Force Survey: quarter {q}, {y}", "Commission for Employment Equity annual report {y}-{y2}",
           "Youth unemployment and the labour market {y}", "Employment equity reporting guide"],
    "nl": ["Arbeidsmarkt in cijfers {y}", "Spanning op de arbeidsmarkt: kwartaal {q} {y}",
           "Dynamiek op de arbeidsmarkt {y}", "Labour participation in the Netherlands, {y}"],
    "in": ["Periodic Labour Force Survey annual report, July {y}-June {y2}", "Annual report {y}-{y2}",
           "Skill India: progress report {y}", "Employment outlook of the formal sector {y}"],
    "nz": ["Labour market statistics: {mo} {y} quarter", "Accredited Employer Work Visa: employer guide",
           "Employment agreements and fair recruitment", "Household labour force survey {y}"],
}  # fmt: skip
# Laws as candidates list them: the act's page on a government site, author the site or the state.
_LEGISLATION = [
    ("legislation.gov.uk", "Employment Rights Act 1996", 1996), ("legislation.gov.uk", "Immigration, Asylum and Nationality Act 2006", 2006),
    ("legislation.gov.uk", "Employment Agencies Act 1973", 1973),
    ("Irish Statute Book", "Employment Agency Regulation Act 1971", 1971), ("Irish Statute Book", "Protection of Employees (Temporary Agency Work) Act 2012", 2012),
    ("Republic of South Africa", "Employment Equity Act 55 of 1998", 1998), ("Republic of South Africa", "Labour Relations Act 66 of 1995", 1995),
    ("Government of India", "The Code on Social Security, 2020", 2020), ("Government of India", "The Industrial Relations Code, 2020", 2020),
    ("New Zealand Legislation", "Employment Relations Act 2000", 2000), ("New Zealand Legislation", "Human Rights Act 1993", 1993),
    ("Rijksoverheid", "Wet allocatie arbeidskrachten door intermediairs (Waadi)", 1998),
]  # fmt: skip
_LEGISLATION_URLS = {"legislation.gov.uk": "https://www.legislation.gov.uk/ukpga/", "Irish Statute Book": "https://www.irishstatutebook.ie/eli/",
                     "Republic of South Africa": "https://www.gov.za/documents/", "Government of India": "https://www.indiacode.nic.in/handle/",
                     "New Zealand Legislation": "https://www.legislation.govt.nz/act/public/", "Rijksoverheid": "https://wetten.overheid.nl/"}  # fmt: skip
_COMPANIES = [
    ("Hays plc", {"company"}), ("PageGroup", {"company"}), ("Robert Walters plc", {"company"}), ("SThree plc", {"company"}),
    ("Randstad N.V.", {"company"}), ("Randstad", {"company"}), ("The Adecco Group", {"company"}), ("ManpowerGroup", {"company"}),
    ("Recruit Holdings", {"company"}), ("LinkedIn", {"company", "platform"}), ("LinkedIn Talent Solutions", {"company", "platform"}),
    ("Indeed", {"company", "platform"}), ("Glassdoor", {"company", "platform"}), ("Reed", {"company"}),
    ("StepStone Group UK", {"company", "platform"}), ("Cpl", {"company"}), ("Sigmar Recruitment", {"company"}),
    ("Morgan McKinley", {"company"}), ("Adcorp Holdings", {"company"}), ("Workforce Holdings", {"company"}),
    ("Info Edge (India) Ltd", {"company", "abbreviation"}), ("TeamLease Services", {"company"}), ("Quess Corp", {"company"}),
    ("SEEK", {"company", "platform"}), ("Trade Me", {"company", "platform"}), ("Heidrick & Struggles", {"company", "ampersand"}),
    ("Korn Ferry", {"company"}), ("Workday", {"company", "platform"}), ("SmartRecruiters", {"company", "platform"}),
    ("HireVue", {"company", "platform"}), ("Bright Network", {"company", "platform"}), ("Prospects Luminate", {"company"}),
    ("McDonald's UK & Ireland", {"company", "apostrophe", "ampersand"}), ("Tata Consultancy Services", {"company"}),
    ("Infosys", {"company"}), ("Standard Bank Group", {"company"}), ("Heineken N.V.", {"company"}),
    ("Air New Zealand", {"company"}), ("Deloitte", {"company"}), ("Ernst & Young", {"company", "ampersand"}),
    ("Unilever", {"company"}), ("Woolworths Holdings", {"company"}), ("Bank of Ireland", {"company"}),
]  # fmt: skip
_RESEARCH = ["Universum", "Mintel", "Statista", "Gartner", "YouGov", "Kantar", "Ipsos", "IBISWorld",
             "Talent Board", "Aptitude Research", "Everest Group", "High Fliers Research", "GlobalData",
             "Forrester"]  # fmt: skip
_TRADE_PRESS = ["Recruiter", "Personnel Today", "People Management", "HR Magazine", "Recruitment International",
                "HR Grapevine", "HR Future", "HR Pulse", "People Matters", "ETHRWorld", "Silicon Republic",
                "Employment Today", "Intelligence Group"]  # fmt: skip
_NEWS = ["Financial Times", "The Guardian", "BBC News", "The Irish Times", "RTÉ News", "Business Post", "NZ Herald",
         "Stuff", "News24", "Business Day", "Daily Maverick", "The Economic Times", "Mint", "The Hindu BusinessLine",
         "Het Financieele Dagblad", "NL Times", "The Times"]  # fmt: skip
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]  # fmt: skip


class Blind366WorkFactory(WorkFactory):
    """Works for the blind366 pool: recruitment, careers and employer branding in six countries."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 366)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.organisations: list[tuple[str, set[str], dict[str, Any]]] = []
        self.classics: set[int] = set()

    # ------------------------------------------------------------------ people, dates
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.1:
            family, given = self.rng.choice(_IRISH)
        elif roll < 0.2:
            family, given = self.rng.choice(_AFRIKAANS)
        elif roll < 0.3:
            family, given = self.rng.choice(_AFRICAN)
        elif roll < 0.43:
            family, given = self.rng.choice(_INDIAN)
        elif roll < 0.49:
            family, given = self.rng.choice(_MAORI)
        elif roll < 0.57:
            particle, family, given = self.rng.choice(_DUTCH)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        else:
            fake = self.fakers[self.rng.choice(_LOCALES)]
            family, given = fake.last_name(), fake.first_name()
            words = family.split()
            if len(words) > 1 and words[0].islower():  # Faker's Dutch "van Salmen": the particle apart
                return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
            if self.rng.random() < 0.06:
                family = f"{family}-{self.fakers['en_GB'].last_name()}"
        return {"family": family, "given": given}

    def people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 28, 16, 9, 5, 4, 2, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def year(self) -> int:
        if self.rng.random() < 0.04:
            return self.rng.randint(1995, 2006)
        return self.rng.randint(2010, 2025)

    def accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        start = datetime.date(2023, 1, 1)
        if issued:
            start = max(
                start,
                datetime.date(issued[0], issued[1] if len(issued) > 1 else 1, issued[2] if len(issued) > 2 else 1),
            )
        day = max(start, min(start + datetime.timedelta(days=self.rng.randint(0, 500)), datetime.date(2026, 11, 30)))
        return {"date-parts": [[day.year, day.month, day.day]]}

    def _url(self, domain: str | None = None) -> str:
        fake = self.fakers["en_GB"]
        return f"https://{domain or fake.domain_name()}/{fake.slug()}"

    def _id(self) -> str:
        self.counter += 1
        return f"b366w{self.counter}"

    # ------------------------------------------------------------------ titles
    def _title(self) -> str:
        topic, other, setting = self.rng.choice(_TOPICS), self.rng.choice(_TOPICS), self.rng.choice(_SETTINGS)
        forms = [f"{topic[0].upper()}{topic[1:]} and {other}: evidence from {setting}",
                 f"The effect of {topic} on {other} among {setting}",
                 f"Does {topic} matter? A study of {setting}", f"{topic[0].upper()}{topic[1:]}: a systematic literature review",
                 f"Understanding {topic} in {setting}", f"From {topic} to {other}: a conceptual framework",
                 f"Rethinking {topic} for {setting}", f"{topic[0].upper()}{topic[1:]} in practice: lessons from {setting}"]  # fmt: skip
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            list(KINDS), weights=[10, 5, 22, 10, 9, 3, 7, 4, 7, 6, 6, 5, 6],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same organisation in the same year as an earlier work ("CIPD, 2023a" and "2023b").
        if self.organisations and "issued" in record and self.rng.random() < 0.14:
            name, tags, issued = self.rng.choice(self.organisations)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.organisations.append((name, tags, record["issued"]))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, tags | {"organisation"})

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self.rng.choice(_BOOK_TITLES), "author": self.people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.4:
            record["edition"] = str(self.rng.randint(2, 16))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 380)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self.people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(_HANDBOOKS), "issued": {"date-parts": [[self.year()]]},
            "publisher": publisher, "publisher-place": place, "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        fresh = [i for i in range(len(_CLASSICS)) if i not in self.classics]
        if fresh and self.rng.random() < 0.07:
            index = self.rng.choice(fresh)
            self.classics.add(index)
            names, year, title, journal, volume, issue, page = _CLASSICS[index]
            record: dict[str, Any] = {"type": "article-journal", "title": title,
                                      "author": [{"family": f, "given": g} for f, g in names],
                                      "container-title": journal, "issued": {"date-parts": [[year]]},
                                      "volume": volume, "page": page}  # fmt: skip
            if issue:
                record["issue"] = issue
            return self._person_work(record, "journal")
        start = self.rng.randint(1, 1400)
        record = {
            "type": "article-journal", "title": self._title(), "author": self.people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{start}-{start + self.rng.randint(9, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.12:  # an article number instead of pages, as SA and open-access journals print
            record["page"] = f"a{self.rng.randint(1000, 2600)}"
        if self.rng.random() < 0.55:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(2010, 2025)}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _professional_body(self) -> Work:
        name, tags = self.rng.choice(_BODIES)
        y = self.year()
        titles = [f"Resourcing and talent planning report {y}", f"Labour market outlook: {self.rng.choice(['spring', 'summer', 'autumn', 'winter'])} {y}",
                  f"Student recruitment survey {y}", f"Good work index {y}", f"Report on jobs: {self.rng.choice(_MONTHS)} {y}",
                  "Code of professional practice", "Recruitment: an introduction", f"Candidate experience guide {y}",
                  "Inclusive recruitment: guidance for employers", "Employer branding factsheet",
                  f"The state of the staffing industry {y}", f"Graduate outcomes and employer demand {y}"]  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(titles),
                                  "issued": {"date-parts": [[y]]}}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = self.rng.choice(
                ["London", "Dublin", "Johannesburg", "Amsterdam", "New Delhi", "Wellington"]
            )
        if self.rng.random() < 0.75 or record["type"] == "webpage":
            record["URL"] = self._url()
            record["accessed"] = self.accessed_after([y])
        if record["type"] == "webpage" and self.rng.random() < 0.25:  # a factsheet page with no date
            del record["issued"]
        return self._org_work(record, "professional-body", name, set(tags))

    def _government(self) -> Work:
        name, country = self.rng.choice(_GOVERNMENT)
        y = self.year()
        title = self.rng.choice(_GOV_TITLES[country]).format(
            mo=self.rng.choice(_MONTHS), y=y, y2=y + 1, q=self.rng.randint(1, 4)
        )
        domain = {"uk": "www.gov.uk", "ie": "www.cso.ie", "za": "www.statssa.gov.za", "nl": "www.cbs.nl",
                  "in": "www.mospi.gov.in", "nz": "www.stats.govt.nz"}[country]  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [[y]]}, "URL": self._url(domain),
                                  "accessed": self.accessed_after([y])}  # fmt: skip
        return self._org_work(record, "government", name, {"government"})

    def _legislation(self) -> Work:
        name, title, y = self.rng.choice(_LEGISLATION)
        record: dict[str, Any] = {"type": "webpage", "title": title, "issued": {"date-parts": [[y]]},
                                  "URL": _LEGISLATION_URLS[name] + self.fakers["en_GB"].slug(),
                                  "accessed": self.accessed_after([y])}  # fmt: skip
        tags = {"legislation", "lowercase"} if name[0].islower() else {"legislation"}
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        return Work(record, name, str(y), True, 1, "legislation", tags | {"organisation"})

    def _company_report(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        y = self.year()
        titles = [f"Annual report and accounts {y}", f"Integrated annual report {y}", f"Annual report {y}",
                  f"Sustainability report {y}", f"Gender pay gap report {y}", f"Global talent trends {y}",
                  f"Salary guide {y + 1}", f"Employer brand research {y}", f"Hiring lab: labour market outlook {y + 1}",
                  f"Workplace survey {y}", f"Future of recruiting {y}", f"What workers want {y}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "issued": {"date-parts": [[y]]},
                                  "publisher": name.split(" (")[0]}  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = self._url()
            record["accessed"] = self.accessed_after([y])
        return self._org_work(record, "company-report", name, set(tags))

    def _press_page(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        y = self.year()
        date = [y, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        titles = [f"{name.split(' (')[0]} announces results for the year to {self.rng.choice(['31 March', '30 June', '31 December'])} {y}",
                  "Launching a new careers site for early talent", "New research: what jobseekers want from employers",
                  "We are proud to be certified as a Top Employer", "Introducing AI-assisted job matching",
                  "Our graduate programme opens for applications", "Trading update", "Press release: market update"]  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(titles), "issued": {"date-parts": [date]},
                                  "URL": self._url(), "accessed": self.accessed_after(date)}  # fmt: skip
        return self._org_work(record, "press-page", name, set(tags) | {"press-page"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        y = self.year()
        country = self.rng.choice(["UK", "Ireland", "the Netherlands", "South Africa", "India", "New Zealand"])
        titles = [f"Recruitment - UK - {self.rng.choice(_MONTHS)} {y}", f"Employment and recruitment agencies in {country}",
                  f"Most attractive employers {y}: {country} business students", f"Candidate experience benchmark research {y}",
                  f"Share of jobseekers in {country} who used LinkedIn in {y}, by age group",
                  f"Online recruitment market in {country}: size and forecast to 2030",
                  f"Talent acquisition technology market report {y}", f"Top 100 graduate employers {y}",
                  f"Hiring trends in {country} {y}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": f"https://www.{name.split()[0].lower()}.com/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if self.rng.random() < 0.9:
            record["issued"] = {"date-parts": [[y]]}
            record["accessed"] = self.accessed_after([y])
        else:
            record["accessed"] = self.accessed_after(None)
        return self._org_work(record, "market-research", name, {"market-research"})

    def _trade_press(self) -> Work:
        y = self.year()
        date = [y, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "article-magazine", "title": self._title(),
                                  "container-title": self.rng.choice(_TRADE_PRESS), "issued": {"date-parts": [date]},
                                  "URL": self._url(), "accessed": self.accessed_after(date)}  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self.people(2)
            return self._person_work(record, "trade-press")
        return self._org_work(record, "trade-press", record["container-title"], {"press"})

    def _news(self) -> Work:
        y = self.year()
        date = [y, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(),
                                  "container-title": self.rng.choice(_NEWS), "issued": {"date-parts": [date]},
                                  "URL": self._url(), "accessed": self.accessed_after(date)}  # fmt: skip
        if self.rng.random() < 0.6:
            record["author"] = self.people(3)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press", "unsigned"})

    def _web_person(self) -> Work:
        y = self.year()
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self.people(2),
                                  "issued": {"date-parts": [[y]]}, "URL": self._url("www.linkedin.com/pulse"),
                                  "accessed": self.accessed_after([y])}  # fmt: skip
        if self.rng.random() < 0.3:
            record["URL"] = self._url()
        if self.rng.random() < 0.2:
            del record["issued"]
            record["accessed"] = self.accessed_after(None)
        return self._person_work(record, "web-person")

    def _undated_web(self) -> Work:
        titles = ["Graduate programme", "Our employer value proposition", "Why work with us", "Careers at a glance",
                  "Recruiter: features and pricing", "How job matching works", "Hiring with us: a guide for employers",
                  "Diversity and inclusion in recruitment", "About us", "Right to work checks explained"]  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(titles), "URL": self._url(),
                                  "accessed": self.accessed_after(None)}  # fmt: skip
        if self.rng.random() < 0.55:
            name, tags = self.rng.choice(_COMPANIES)
        else:
            name, tags = self.rng.choice(_BODIES)
        return self._org_work(record, "undated-web", name, set(tags) | {"undated"})
