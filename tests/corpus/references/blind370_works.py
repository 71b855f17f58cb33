"""The blind370 pool's works: what marketers at insurers, brokers, price-comparison sites, credit unions, building
societies, fintech lenders, buy-now-pay-later firms and pension providers in the UK, Nigeria, the Philippines,
Germany, Chile and Canada cite in CIM Level 6 and 7 reports and MBA assignments written in English.

Written without reading the checker, its tests or any other pool. Textbooks on marketing, financial-services
marketing and consumer behaviour and their chapters (some of the classics candidates still cite), journal articles on
trust, financial literacy, comparison shopping, fintech adoption and vulnerable customers with one to eight authors,
regulators, ombudsmen and central banks (with and without their abbreviations, two works of one body in a year),
governments' statistics and legislation as candidates cite them (the Act under the government that passed it),
firms' annual reports, investor presentations and press pages, market research and consultancies, trade press, news
signed and unsigned, and undated pages with access dates. Names as this region's scholars and journals print them:
Yoruba, Igbo and Hausa names (with and without their tone marks), Filipino names with "dela" and "de los", German
names with "von" and umlauts, Chilean names with both surnames, Québécois and Anglo-Canadian names, British names.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "regulator", "statistics", "legislation", "annual-report", "investor",
         "press-release", "market-research", "consultancy", "trade-press", "news", "web")  # fmt: skip

# (family, given, particle) as the region's journals print them.
_NAMES = [
    # United Kingdom
    ("Harrison", "Tina", ""), ("Ennew", "Christine", ""), ("Waite", "Nigel", ""), ("Devlin", "James", ""),
    ("Farquhar", "Jillian", ""), ("Meadows", "Rachel", ""), ("Pickering", "Owen", ""), ("Ashworth", "Laura", ""),
    ("Fitzgerald-Hughes", "Ciara", ""), ("McKechnie", "Sally", ""), ("O'Loughlin", "Deirdre", ""),
    ("Atherton", "Bethan", ""), ("Wainwright", "Daniel", ""), ("Sheridan", "Kieran", ""), ("Bhatt", "Priya", ""),
    # Nigeria
    ("Adeyemi", "Olúwaseun", ""), ("Adeyemi", "Oluwaseun", ""), ("Okonkwo", "Chinedu", ""), ("Nwankwo", "Ifeoma", ""),
    ("Ogunleye", "Babatunde", ""), ("Ọlábísí", "Adébáyọ̀", ""), ("Oyelaran-Oyeyinka", "Banji", ""),
    ("Abubakar", "Hauwa", ""), ("Bello", "Aminu", ""), ("Eze", "Chukwuemeka", ""), ("Adebanjo", "Funmilayo", ""),
    ("Ibrahim", "Zainab", ""), ("Okafor", "Nnamdi", ""), ("Akinlabi", "Tolulope", ""), ("Uchenna", "Obiageli", ""),
    # the Philippines
    ("Cruz", "Maria Teresa", "dela"), ("Santos", "Rodel", "de los"), ("Reyes", "Patricia Anne", ""),
    ("Bautista", "Jerome", ""), ("Villanueva", "Kristine", ""), ("Macaraeg", "Ramon", ""), ("Tan-Torres", "Angela", ""),
    ("Dizon", "Mark Anthony", ""), ("Lim", "Joy", ""), ("Castillo", "Erwin", ""), ("Guzman", "Lorna", "de"),
    # Germany
    ("Müller", "Katrin", ""), ("Schäfer", "Jörg", ""), ("Köhler", "Sabine", ""), ("Heyde", "Friederike", "von der"),
    ("Groß", "Matthias", ""), ("Weiß", "Anja", ""), ("Hoffmann", "Lukas", ""), ("Brüggemann", "Tobias", ""),
    ("Wangenheim", "Florian", "von"), ("Meyer-Lindemann", "Svenja", ""), ("Krüger", "Henrik", ""),
    # Chile
    ("Fernández Acevedo", "Camila", ""), ("Muñoz", "Javiera", ""), ("González Rojas", "Felipe", ""),
    ("Pérez-Cotapos", "Ignacio", ""), ("Valenzuela", "Catalina", ""), ("Díaz", "Sebastián", ""),
    ("Contreras Soto", "Francisca", ""), ("Aravena", "Tomás", ""), ("Ibáñez", "Constanza", ""),
    # Canada
    ("Tremblay", "Geneviève", ""), ("Gagnon", "Marc-André", ""), ("Côté", "Isabelle", ""), ("Lévesque", "Étienne", ""),
    ("Bouchard", "Nathalie", ""), ("MacDonald", "Heather", ""), ("Singh", "Harpreet", ""), ("Nguyen", "Linh", ""),
    ("Campbell", "Graeme", ""), ("Chan", "Winnie", ""), ("Roy", "Mathieu", ""),
]  # fmt: skip
# Given names with a hyphen are rendered by citeproc-py as "M.-. André"; "Marc-André" stays whole as a family name
# would not, so it is written unhyphenated in the records below.
_NAMES = [(f, g.replace("-", " "), p) for f, g, p in _NAMES]

# Organisations as these candidates cite them, with tags saying what makes each hard.
_REGULATORS: list[tuple[str, set[str]]] = [
    ("Financial Conduct Authority", set()), ("Financial Conduct Authority (FCA)", {"abbreviation"}), ("FCA", {"acronym"}),
    ("Prudential Regulation Authority", set()), ("Bank of England", set()), ("Financial Ombudsman Service", set()),
    ("Money and Pensions Service", set()), ("The Pensions Regulator", set()), ("Financial Services Compensation Scheme (FSCS)", {"abbreviation"}),
    ("Central Bank of Nigeria", set()), ("Central Bank of Nigeria (CBN)", {"abbreviation"}), ("CBN", {"acronym"}),
    ("National Insurance Commission (NAICOM)", {"abbreviation"}), ("NAICOM", {"acronym"}),
    ("Federal Competition and Consumer Protection Commission", set()), ("National Pension Commission (PenCom)", {"abbreviation"}),
    ("Bangko Sentral ng Pilipinas", set()), ("Bangko Sentral ng Pilipinas (BSP)", {"abbreviation"}), ("BSP", {"acronym"}),
    ("Insurance Commission", set()), ("Securities and Exchange Commission Philippines", set()),
    ("Bundesanstalt für Finanzdienstleistungsaufsicht (BaFin)", {"abbreviation"}), ("BaFin", {"acronym"}),
    ("Deutsche Bundesbank", set()), ("Verbraucherzentrale Bundesverband (vzbv)", {"abbreviation", "lowercase"}),
    ("Comisión para el Mercado Financiero (CMF)", {"abbreviation"}), ("CMF", {"acronym"}), ("Banco Central de Chile", set()),
    ("Servicio Nacional del Consumidor (SERNAC)", {"abbreviation"}), ("Superintendencia de Pensiones", set()),
    ("Financial Consumer Agency of Canada", set()), ("Financial Consumer Agency of Canada (FCAC)", {"abbreviation"}),
    ("Office of the Superintendent of Financial Institutions (OSFI)", {"abbreviation"}), ("Bank of Canada", set()),
    ("Ombudsman for Banking Services and Investments (OBSI)", {"abbreviation"}), ("Autorité des marchés financiers", set()),
]  # fmt: skip
_STATISTICS: list[tuple[str, set[str]]] = [
    ("Office for National Statistics", set()), ("Office for National Statistics (ONS)", {"abbreviation"}), ("ONS", {"acronym"}),
    ("HM Treasury", set()), ("Department for Work and Pensions", set()), ("National Bureau of Statistics", set()),
    ("National Bureau of Statistics (NBS)", {"abbreviation"}), ("EFInA", {"acronym"}),
    ("Philippine Statistics Authority", set()), ("Philippine Statistics Authority (PSA)", {"abbreviation"}),
    ("Statistisches Bundesamt (Destatis)", {"abbreviation"}), ("Destatis", {"acronym"}),
    ("Instituto Nacional de Estadísticas (INE)", {"abbreviation"}), ("Statistics Canada", set()),
    ("OECD", {"acronym"}), ("World Bank", set()), ("Government of Canada", set()),
]  # fmt: skip
_FIRMS: list[tuple[str, set[str]]] = [
    ("Aviva plc", {"company"}), ("Legal & General Group plc", {"company", "ampersand"}), ("Admiral Group plc", {"company"}),
    ("Direct Line Insurance Group plc", {"company"}), ("Nationwide Building Society", {"company"}), ("Phoenix Group", {"company"}),
    ("Compare the Market", {"company"}), ("MoneySuperMarket Group", {"company"}), ("Zopa Bank", {"company"}),
    ("Klarna", {"company"}), ("Clearpay", {"company"}), ("Lloyd's", {"company", "apostrophe"}), ("Hargreaves Lansdown", {"company"}),
    ("Leadway Assurance", {"company"}), ("AIICO Insurance Plc", {"company"}), ("AXA Mansard", {"company"}),
    ("FairMoney", {"company"}), ("Carbon", {"company"}), ("Moniepoint", {"company"}), ("Stanbic IBTC Pension Managers", {"company"}),
    ("Sun Life Philippines", {"company"}), ("Pru Life UK", {"company"}), ("GCash", {"company"}), ("Maya", {"company"}),
    ("BPI AIA", {"company"}), ("Allianz SE", {"company"}), ("Munich Re", {"company"}), ("HUK-COBURG", {"company"}),
    ("CHECK24", {"company"}), ("N26", {"company"}), ("Deutsche Bank AG", {"company"}), ("BancoEstado", {"company"}),
    ("AFP Habitat", {"company"}), ("Fintual", {"company"}), ("Tenpo", {"company"}), ("Manulife", {"company"}),
    ("Desjardins Group", {"company"}), ("Intact Financial Corporation", {"company"}), ("Wealthsimple", {"company"}),
    ("Sun Life Financial", {"company"}),
]  # fmt: skip
_RESEARCH: list[tuple[str, set[str]]] = [
    ("Mintel", {"market-research"}), ("Statista", {"market-research"}), ("YouGov", {"market-research"}),
    ("Ipsos", {"market-research"}), ("J.D. Power", {"market-research"}), ("Defaqto", {"market-research"}),
    ("Which?", {"market-research"}), ("Finder UK", {"market-research"}), ("Kantar", {"market-research"}),
    ("McKinsey & Company", {"consultancy", "ampersand"}), ("Deloitte", {"consultancy"}), ("PwC", {"consultancy"}),
    ("EY", {"consultancy"}), ("KPMG", {"consultancy"}), ("Accenture", {"consultancy"}), ("Capgemini", {"consultancy"}),
    ("Bain & Company", {"consultancy", "ampersand"}), ("Boston Consulting Group", {"consultancy"}), ("Oliver Wyman", {"consultancy"}),
    ("Swiss Re Institute", {"consultancy"}), ("Association of British Insurers (ABI)", {"trade-body", "abbreviation"}),
    ("British Insurance Brokers' Association", {"trade-body", "apostrophe"}), ("Building Societies Association", {"trade-body"}),
    ("UK Finance", {"trade-body"}), ("Finance & Leasing Association", {"trade-body", "ampersand"}),
    ("Association of British Credit Unions Limited (ABCUL)", {"trade-body", "abbreviation"}),
    ("World Council of Credit Unions", {"trade-body"}), ("Gesamtverband der Deutschen Versicherungswirtschaft (GDV)", {"trade-body", "abbreviation"}),
    ("Canadian Life and Health Insurance Association", {"trade-body"}), ("Chartered Insurance Institute", {"trade-body"}),
    ("Citizens Advice", {"charity"}), ("StepChange Debt Charity", {"charity"}), ("Fair4All Finance", {"charity"}),
]  # fmt: skip
_PRESS = ["Insurance Times", "Insurance Post", "FT Adviser", "Money Marketing", "Professional Adviser", "Mortgage Strategy",
          "Financial Times", "The Guardian", "The Times", "BBC News", "This is Money", "BusinessDay", "Nairametrics",
          "TechCabal", "Punch", "BusinessWorld", "Philippine Daily Inquirer", "Rappler", "Handelsblatt",
          "Versicherungsjournal", "El Mercurio", "Diario Financiero", "The Globe and Mail", "Financial Post",
          "Canadian Underwriter", "Marketing Week", "Campaign", "Finextra", "Sifted"]  # fmt: skip
_BOOKS = [  # classics and textbooks (family names, given names, year, title, publisher, place, edition)
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Chernev", "Alexander")], 2022, "Marketing management", "Pearson", "Harlow", "16"),
    ([("Ennew", "Christine"), ("Waite", "Nigel"), ("Waite", "Roisin")], 2017, "Financial services marketing: an international guide to principles and practice", "Routledge", "Abingdon", "3"),
    ([("Estelami", "Hooman")], 2012, "Marketing financial services", "Dog Ear Publishing", "Indianapolis", "2"),
    ([("Solomon", "Michael R."), ("Askegaard", "Søren"), ("Hogg", "Margaret K."), ("Bamossy", "Gary J.")], 2019, "Consumer behaviour: a European perspective", "Pearson", "Harlow", "7"),
    ([("Thaler", "Richard H."), ("Sunstein", "Cass R.")], 2008, "Nudge: improving decisions about health, wealth, and happiness", "Yale University Press", "New Haven", ""),
    ([("Kahneman", "Daniel")], 2011, "Thinking, fast and slow", "Allen Lane", "London", ""),
    ([("Zeithaml", "Valarie A."), ("Bitner", "Mary Jo"), ("Gremler", "Dwayne D.")], 2018, "Services marketing: integrating customer focus across the firm", "McGraw-Hill", "New York", "7"),
    ([("Payne", "Adrian"), ("Frow", "Pennie")], 2013, "Strategic customer management: integrating relationship marketing and CRM", "Cambridge University Press", "Cambridge", ""),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], 2022, "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow", "8"),
]  # fmt: skip
_TOPICS = ["trust in insurers", "financial literacy", "comparison shopping", "fintech adoption", "vulnerable customers",
           "buy now, pay later", "pension engagement", "claims experience", "price walking", "open banking",
           "credit union membership", "mobile money", "microinsurance", "robo-advice", "switching behaviour",
           "the Consumer Duty", "embedded insurance", "financial inclusion", "digital lending", "customer loyalty in banking",
           "over-indebtedness", "auto-enrolment", "greenwashing in ESG funds", "chatbots in customer service"]  # fmt: skip
_JOURNALS = ["Journal of Financial Services Marketing", "International Journal of Bank Marketing",
             "Journal of Consumer Affairs", "Journal of Consumer Policy", "International Journal of Consumer Studies",
             "Journal of Risk and Insurance", "The Geneva Papers on Risk and Insurance – Issues and Practice",
             "Journal of Pension Economics and Finance", "Journal of Retailing and Consumer Services",
             "Technological Forecasting and Social Change", "Financial Innovation", "Journal of Services Marketing",
             "Journal of Marketing Management", "European Journal of Marketing", "Journal of Business Research",
             "Journal of Behavioral and Experimental Finance", "African Journal of Economic and Management Studies",
             "Philippine Management Review", "Academia Revista Latinoamericana de Administración",
             "Canadian Journal of Administrative Sciences", "Schmalenbach Journal of Business Research",
             "Zeitschrift für die gesamte Versicherungswissenschaft", "Journal of Financial Counseling and Planning"]  # fmt: skip
_MARKETS = ["motor insurance", "home insurance", "pet insurance", "life insurance", "travel insurance",
            "buy now, pay later", "personal loans", "credit cards", "workplace pensions", "savings accounts",
            "mortgages", "microinsurance", "mobile wallets", "remittances", "health insurance"]  # fmt: skip
_COUNTRIES = ["the UK", "Nigeria", "the Philippines", "Germany", "Chile", "Canada", "Europe", "Latin America", "Africa"]
_DOMAINS = {"Financial Conduct Authority": "fca.org.uk", "FCA": "fca.org.uk", "Bank of England": "bankofengland.co.uk",
            "Central Bank of Nigeria": "cbn.gov.ng", "CBN": "cbn.gov.ng", "BaFin": "bafin.de", "Statistics Canada": "statcan.gc.ca",
            "Bangko Sentral ng Pilipinas": "bsp.gov.ph", "BSP": "bsp.gov.ph", "CMF": "cmfchile.cl"}  # fmt: skip


class Blind370WorkFactory(WorkFactory):
    """Works for the blind370 pool: insurance and personal finance in six countries. A subclass, so no other
    pool's works change."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 370)
        self.last_org: dict[int, tuple[str, set[str], int]] = {}

    # ------------------------------------------------------------------ people, dates and titles
    def person(self) -> dict[str, str]:
        family, given, particle = self.rng.choice(_NAMES)
        name = {"family": family, "given": given}
        if particle:
            name["non-dropping-particle"] = particle
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if person not in people:
                people.append(person)
        return people

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1986, 2004)
        return self.rng.randint(2010, 2025)

    def accessed_after(self, year: int | None, issued: list[int] | None = None) -> dict[str, list[list[int]]]:
        first = max(2023, year or 2023)
        parts = [self.rng.randint(first, max(first, 2025)), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        if issued is not None and parts < issued:  # read online on the day it was published at the earliest
            parts = list(issued)
        return {"date-parts": [parts]}

    def _url(self, name: str = "") -> str:
        fake = self.fakers["en_GB"]
        domain = (
            _DOMAINS.get(name.split(" (")[0])
            or f"www.{fake.domain_word()}.{self.rng.choice(['co.uk', 'com', 'ng', 'ph', 'de', 'cl', 'ca'])}"
        )
        return f"https://{domain}/{fake.slug()}"

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        country = self.rng.choice(_COUNTRIES)
        forms = [f"{topic[0].upper()}{topic[1:]} and {other}: evidence from {country}",
                 f"The role of {topic} in {self.rng.choice(_MARKETS)}", f"Rethinking {topic} after the pandemic",
                 f"What drives {topic}? A study of {self.rng.choice(_MARKETS)} customers in {country}",
                 f"{topic[0].upper()}{topic[1:]}, {other} and the digital customer",
                 f"Measuring {topic}: a review and research agenda"]  # fmt: skip
        return self.rng.choice(forms)

    def _org(self, table: list[tuple[str, set[str]]], year: int | None) -> tuple[str, set[str], int | None]:
        # now and then the same body twice in one year (two FCA papers of 2023, cited 2023a and 2023b)
        last = self.last_org.get(id(table))
        if last is not None and year is not None and self.rng.random() < 0.2:
            name, tags, last_year = last
            return name, set(tags), last_year
        name, tags = self.rng.choice(table)
        if year is not None:
            self.last_org[id(table)] = (name, tags, year)
        return name, set(tags), year

    def _issued(self, record: dict[str, Any], year: int | None) -> None:
        if year is not None:
            record["issued"] = {"date-parts": [[year]]}

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "regulator", "statistics", "legislation", "annual_report", "investor",
             "press_release", "market_research", "consultancy", "trade_press", "news", "web"],
            weights=[10, 5, 24, 11, 5, 3, 5, 2, 4, 6, 5, 6, 6, 8],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        if self.rng.random() < 0.3:
            people, year, title, publisher, place, edition = self.rng.choice(_BOOKS)
            record: dict[str, Any] = {"type": "book", "title": title, "author": [{"family": f, "given": g} for f, g in people],
                                      "issued": {"date-parts": [[year]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
            if edition:
                record["edition"] = edition
            return self._person_work(record, "book")
        record = {
            "type": "book", "title": self._title(), "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "Kogan Page", "Palgrave Macmillan", "Springer", "Edward Elgar",
                                          "Pearson", "Sage", "Wiley", "Anvil Publishing", "University of Lagos Press"]),
            "publisher-place": self.rng.choice(["London", "Abingdon", "Cham", "Cheltenham", "Harlow", "Mandaluyong City", "Lagos", "Toronto"]),
        }  # fmt: skip
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        container = self.rng.choice(["The Routledge companion to financial services marketing",
                                     "Handbook of research on financial services marketing", "Financial literacy and the consumer",
                                     "Insurance marketing in emerging markets", "The Palgrave handbook of fintech and consumer behaviour"])  # fmt: skip
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": self._people(2), "container-title": container, "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "Edward Elgar", "Palgrave Macmillan", "Springer"]),
            "publisher-place": self.rng.choice(["Abingdon", "Cheltenham", "Cham", "London"]),
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 1999)}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _org_record(self, table: list[tuple[str, set[str]]], kind: str, titles: list[str], csl: str = "report",
                    undated: float = 0.0, online: float = 1.0) -> Work:  # fmt: skip
        year: int | None = None if self.rng.random() < undated else self.year()
        name, tags, year = self._org(table, year)
        record: dict[str, Any] = {"type": csl, "title": self.rng.choice(titles)}
        self._issued(record, year)
        if csl == "report":
            record["publisher"] = name.split(" (")[0]
        if self.rng.random() < online:
            record["URL"] = self._url(name)
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, kind, name, tags)

    def _regulator(self) -> Work:
        market = self.rng.choice(_MARKETS)
        titles = [f"Financial Lives {self.rng.choice(['2022', '2024'])} survey: key findings",
                  "Consumer Duty: findings from our review of fair value frameworks",
                  "General insurance pricing practices: evaluation of the remedies",
                  "Guidance for firms on the fair treatment of vulnerable customers",
                  f"Consumer protection framework for {market}", "Financial Stability Report",
                  "Annual complaints data and insight", "National Strategy for Financial Inclusion",
                  f"Market study on {market}: final report", "Regulatory framework for digital lenders",
                  "Financial literacy survey: key findings"]  # fmt: skip
        return self._org_record(_REGULATORS, "regulator", titles, self.rng.choice(["report", "webpage"]), undated=0.08)

    def _statistics(self) -> Work:
        titles = ["Household debt and wealth statistics", "Family Resources Survey: financial year 2022 to 2023",
                  "Consumer price inflation, UK", "Financial inclusion survey", "Survey of Financial Security",
                  "Labour force survey: quarterly bulletin", "Private pension statistics", "Households' access to the internet",
                  "Financial literacy of adults: OECD/INFE survey results"]  # fmt: skip
        return self._org_record(_STATISTICS, "statistics", titles, self.rng.choice(["report", "webpage"]), undated=0.1)

    def _legislation(self) -> Work:
        # Acts cited as candidates cite them, under the government or parliament that passed them.
        acts = [("UK Government", "Consumer Credit Act 1974", 1974), ("UK Government", "Data Protection Act 2018", 2018),
                ("UK Government", "Financial Services and Markets Act 2023", 2023), ("UK Government", "Pension Schemes Act 2021", 2021),
                ("Federal Republic of Nigeria", "Nigeria Data Protection Act 2023", 2023),
                ("Federal Republic of Nigeria", "Federal Competition and Consumer Protection Act 2018", 2018),
                ("Republic of the Philippines", "Financial Products and Services Consumer Protection Act (Republic Act No. 11765)", 2022),
                ("Republic of the Philippines", "Data Privacy Act of 2012 (Republic Act No. 10173)", 2012),
                ("Government of Canada", "Personal Information Protection and Electronic Documents Act (S.C. 2000, c. 5)", 2000),
                ("Biblioteca del Congreso Nacional de Chile", "Ley 21.236 sobre portabilidad financiera", 2020),
                ("Bundesministerium der Justiz", "Versicherungsvertragsgesetz (VVG)", 2008)]  # fmt: skip
        name, title, year = self.rng.choice(acts)
        record: dict[str, Any] = {"type": "webpage", "title": title, "issued": {"date-parts": [[year]]},
                                  "URL": self._url(), "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org_work(record, "legislation", name, {"government", "legislation"})

    def _annual_report(self) -> Work:
        name, tags, year = self._org(_FIRMS, self.year())
        titles = [f"Annual report and accounts {year}", f"Integrated annual report {year}", f"Annual report {year}",
                  f"Sustainability report {year}", f"Geschäftsbericht {year}", f"Memoria anual {year}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "issued": {"date-parts": [[year]]},
                                  "publisher": name}  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = self._url(name)
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "annual-report", name, tags)

    def _investor(self) -> Work:
        titles = ["Full-year results presentation", "Capital markets day presentation", "Half-year results: investor presentation",
                  "Q3 trading update", "Investor day: strategy update"]  # fmt: skip
        return self._org_record(_FIRMS, "investor", titles, "report")

    def _press_release(self) -> Work:
        market = self.rng.choice(_MARKETS)
        titles = [f"New {market} product launched for younger customers", "Customers to benefit from simpler renewals",
                  f"Record growth in {market} customers", "Our response to the Consumer Duty",
                  "Partnership to widen access to affordable credit", "Press release: results for the year"]  # fmt: skip
        return self._org_record(_FIRMS, "press-release", titles, "webpage", undated=0.25)

    def _market_research(self) -> Work:
        market, country = self.rng.choice(_MARKETS), self.rng.choice(_COUNTRIES)
        titles = [f"{market[0].upper()}{market[1:]} - {country} - {self.rng.choice(['March', 'July', 'November'])} 2024",
                  f"Share of adults in {country} using {market}, by age group", f"{market[0].upper()}{market[1:]} customer satisfaction study",
                  f"{country.removeprefix('the ')} {market} market: size and forecast to 2030", f"Consumer trust in {market} providers"]  # fmt: skip
        research = [entry for entry in _RESEARCH if entry[1] & {"market-research"}]
        return self._org_record(research, "market-research", titles, "report", undated=0.1)

    def _consultancy(self) -> Work:
        titles = ["Global insurance report", "The future of retail banking", "Embedded finance: the next wave",
                  "Closing the protection gap", "Global fintech report", "Insurance consumer survey",
                  "State of the credit union sector", "Building trust in financial advice"]  # fmt: skip
        others = [entry for entry in _RESEARCH if not entry[1] & {"market-research"}]
        return self._org_record(others, "consultancy", titles, "report", undated=0.1, online=0.8)

    def _trade_press(self) -> Work:
        return self._news(trade=True)

    def _news(self, trade: bool = False) -> Work:
        paper = self.rng.choice(
            [*_PRESS[:6], "Marketing Week", "Finextra", "Canadian Underwriter", "Versicherungsjournal"]
            if trade
            else _PRESS
        )
        year = self.year() if self.rng.random() > 0.03 else 2024
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": paper,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(),
        }  # fmt: skip
        record["accessed"] = self.accessed_after(year, record["issued"]["date-parts"][0])
        kind = "trade-press" if trade else "news"
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, kind)
        return self._org_work(record, kind, paper, {"press"})

    def _web(self) -> Work:
        market = self.rng.choice(_MARKETS)
        titles = [f"How to compare {market} quotes", f"What is {market}?", f"{market[0].upper()}{market[1:]} explained",
                  "Help if you are struggling with bills", "About us", "Our history", "How we use your data"]  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(titles), "URL": self._url(),
                                  "accessed": self.accessed_after(None)}  # fmt: skip
        if self.rng.random() < 0.3:
            record["author"] = self._people(2)
            if self.rng.random() < 0.5:
                record["issued"] = {"date-parts": [[self.year()]]}
                record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0][0])
            return self._person_work(record, "web")
        name, tags = self.rng.choice(_FIRMS + _RESEARCH)
        return self._org_work(record, "web", name, set(tags) | {"undated"})
