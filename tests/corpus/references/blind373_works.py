"""The blind373 pool's works: what marketers at pharmacy chains, private clinics, health and fitness apps, supplement
brands, opticians and hearing-care retailers and telehealth start-ups in the UK, Ireland, Malaysia, Saudi Arabia,
Mexico and Sweden cite in CIM Level 6 and 7 reports and MBA assignments written in English.

Written without reading the checker, its tests or any other pool. Healthcare-marketing, marketing and
consumer-behaviour textbooks and their chapters (and the classics still cited: the technology acceptance model, the
health belief model, SERVQUAL), journal articles on health-app adoption, pharmacy services, wellness consumers, trust
in health information and the advertising of medicines with one to eight authors, regulators and professional bodies
in their several forms (the MHRA with and without its abbreviation, the GPhC, the HPRA, the PSI, the NPRA, the SFDA,
COFEPRIS, Läkemedelsverket), governments' and the WHO's health statistics, legislation as candidates list it (from
legislation.gov.uk, the Irish Statute Book, the Attorney General's Chambers of Malaysia, the Diario Oficial de la
Federación, Sveriges riksdag), firms' annual reports and press pages (two works of one body in a year now and then),
market-research firms' reports, the pharmacy, optical and health press, national newspapers signed and unsigned, and
undated web pages with access dates. Names as the region's scholars and journals print them: Malay names ("Mohd
Suki", "Wan Ahmad", "Abdul Rahman"), Malaysian Chinese and Indian names ("Ooi", "Ramayah"), Saudi names ("Alqahtani",
"Al-Ghamdi", "AlOmari"), Mexican double surnames and particles ("Hernández Sampieri", "García-Ramírez", "de la
Garza"), Swedish names with their letters ("Söderström", "Åkesson"), Irish names with and without their fadas
("Ó Súilleabháin", "Ní Bhriain", "O'Sullivan") and British names.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_GB", "en_IE", "en_IE", "sv_SE", "sv_SE", "es_MX", "es_MX", "en_US"]
# Family and given names as English-language journals print them for authors from Malaysia, Saudi Arabia, Mexico,
# Sweden and Ireland (Malay patronymic names are printed with the whole name as the family part, as these journals do).
_REGION_NAMES = [
    ("Mohd Suki", "Norazah"), ("Wan Ahmad", "Wan Nurul"), ("Abdul Rahman", "Siti Aishah"), ("Ismail", "Nurul Huda"),
    ("Ahmad", "Noor Hazlina"), ("Mohamad", "Azizah"), ("Hashim", "Rosli"), ("Ramli", "Fazlina"), ("Ooi", "Keng Boon"),
    ("Tan", "Boon Chong"), ("Lim", "Weng Marc"), ("Teoh", "Ai Ping"), ("Ramayah", "Thurasamy"),
    ("Subramaniam", "Kavitha"), ("Krishnan", "Devi"), ("Alqahtani", "Mohammed"), ("Al-Ghamdi", "Saleh"),
    ("AlOmari", "Fahad"), ("Al-Mutairi", "Nourah"), ("Alshehri", "Abdullah"), ("Al Harbi", "Reem"),
    ("Aldossary", "Hessa"), ("Bin Saeed", "Khalid"), ("Hernández Sampieri", "Roberto"), ("García-Ramírez", "Luz María"),
    ("López Valenzuela", "Héctor"), ("Martínez-López", "Francisco J."), ("Sánchez Ruiz", "Ximena"),
    ("Peña", "Guadalupe"), ("Söderström", "Karin"), ("Åkesson", "Lars"), ("Lindqvist", "Elin"), ("Öberg", "Maja"),
    ("Ekström", "Johan"), ("Sjöberg", "Anna"), ("Ó Súilleabháin", "Seán"), ("Ní Bhriain", "Aoife"),
    ("O'Sullivan", "Siobhan"), ("Mac Lochlainn", "Ciarán"), ("Ní Chonaill", "Gráinne"), ("McCarthy", "Dervla"),
]  # fmt: skip
_PARTICLE_NAMES = [("de la", "Garza", "Rocío"), ("de", "León", "Mariana"), ("del", "Valle", "Andrés"),
                   ("de los", "Santos", "Iván"), ("af", "Klercker", "Ebba"), ("von", "Essen", "Carl")]  # fmt: skip
# Who candidates cite as authors when no person is named: regulators, professional bodies, ministries, statistics
# offices, the WHO, firms, research houses and the trade press, in the forms candidates write them.
_REGULATORS = [
    "Medicines and Healthcare products Regulatory Agency", "MHRA", "Medicines and Healthcare products Regulatory Agency (MHRA)",
    "General Pharmaceutical Council", "GPhC", "General Pharmaceutical Council (GPhC)", "Royal Pharmaceutical Society",
    "Community Pharmacy England", "Care Quality Commission", "General Optical Council", "Health & Care Professions Council",
    "Advertising Standards Authority", "Committee of Advertising Practice (CAP)", "PAGB", "Health Products Regulatory Authority",
    "HPRA", "Health Products Regulatory Authority (HPRA)", "Pharmaceutical Society of Ireland (PSI)", "Irish Pharmacy Union",
    "Health Information and Quality Authority (HIQA)", "National Pharmaceutical Regulatory Agency (NPRA)",
    "Pharmacy Board Malaysia", "Malaysian Pharmacists Society", "Saudi Food and Drug Authority", "SFDA",
    "Saudi Food & Drug Authority (SFDA)", "Saudi Pharmaceutical Society", "COFEPRIS",
    "Comisión Federal para la Protección contra Riesgos Sanitarios (COFEPRIS)", "Läkemedelsverket",
    "Swedish Medical Products Agency", "Sveriges Farmaceuter", "Inspektionen för vård och omsorg (IVO)",
]  # fmt: skip
_GOVERNMENT = [
    ("Department of Health and Social Care", "uk"), ("DHSC", "uk"), ("NHS England", "uk"), ("NHS Digital", "uk"),
    ("UK Health Security Agency", "uk"), ("Office for National Statistics", "uk"), ("ONS", "uk"),
    ("Office for Health Improvement and Disparities", "uk"), ("Department of Health", "ie"),
    ("Health Service Executive", "ie"), ("HSE", "ie"), ("Central Statistics Office", "ie"),
    ("Ministry of Health Malaysia", "my"), ("Kementerian Kesihatan Malaysia", "my"), ("Department of Statistics Malaysia", "my"),
    ("Institute for Public Health", "my"), ("Ministry of Health", "sa"), ("Saudi Ministry of Health", "sa"),
    ("General Authority for Statistics", "sa"), ("GASTAT", "sa"), ("Secretaría de Salud", "mx"), ("INEGI", "mx"),
    ("Instituto Nacional de Salud Pública", "mx"), ("Socialstyrelsen", "se"), ("Folkhälsomyndigheten", "se"),
    ("Public Health Agency of Sweden", "se"), ("Statistics Sweden", "se"), ("SCB", "se"), ("World Health Organization", "int"),
    ("WHO", "int"), ("World Health Organization (WHO)", "int"), ("OECD", "int"), ("European Commission", "int"),
]  # fmt: skip
_FIRMS = [
    "Boots UK", "Walgreens Boots Alliance", "Well Pharmacy", "LloydsPharmacy", "Superdrug", "Holland & Barrett",
    "Holland & Barrett International Ltd", "Specsavers", "Vision Express", "Hidden Hearing", "Amplifon", "Haleon plc",
    "Reckitt", "Pharmacy2U", "Numan", "Livi", "Asda Pharmacy", "Hickey's Pharmacy", "McCabes Pharmacy", "Uniphar Group",
    "Uniphar plc", "Bradley's Pharmacy", "Caring Pharmacy Group Berhad", "Guardian Health & Beauty", "Watsons Malaysia",
    "Alpro Pharmacy", "BIG Pharmacy Healthcare", "DoctorOnCall", "Nahdi Medical Company", "Al-Dawaa Medical Services",
    "Seha Virtual Hospital", "Farmacias del Ahorro", "Farmacias Similares", "Farmacias Guadalajara", "Apoteket AB",
    "Apotek Hjärtat", "Kronans Apotek", "Apotea", "Min Doktor", "Kry", "Lifesum", "Strava", "MyFitnessPal", "Fitbit",
    "Vitabiotics", "Healthspan", "Blackmores", "Myprotein", "The Hut Group", "Nuffield Health", "Bupa", "Bupa Arabia",
    "KPJ Healthcare Berhad", "Sulaiman Al Habib Medical Group", "Hims & Hers Health, Inc.",
]  # fmt: skip
_RESEARCH = ["Mintel", "Statista", "Euromonitor International", "IQVIA", "GlobalData", "Kantar", "YouGov", "Ipsos",
             "Deloitte", "PwC", "McKinsey & Company", "Grand View Research", "Mordor Intelligence", "Frost & Sullivan",
             "Nielsen", "Kantar Worldpanel", "GWI", "Ernst & Young", "KPMG", "Accenture"]  # fmt: skip
_PRESS = ["Chemist+Druggist", "The Pharmacist", "The Pharmaceutical Journal", "Optician", "Hearing Review",
          "Retail Gazette", "The Grocer", "Marketing Week", "PMLiVE", "Campaign", "BBC News", "The Guardian",
          "Financial Times", "The Irish Times", "Irish Independent", "Irish Pharmacy News", "The Star",
          "New Straits Times", "The Edge Malaysia", "Malay Mail", "CodeBlue", "Arab News", "Saudi Gazette",
          "Argaam", "El Financiero", "Expansión", "El Universal", "Dagens Nyheter", "Dagens industri",
          "Dagens Medicin", "The Local Sweden", "Sifted", "TechCrunch", "Fierce Healthcare", "MobiHealthNews"]  # fmt: skip
_JOURNALS = ["Journal of Medical Internet Research", "JMIR mHealth and uHealth", "International Journal of Pharmacy Practice",
             "Research in Social and Administrative Pharmacy", "Journal of Pharmaceutical Policy and Practice",
             "Health Marketing Quarterly", "Journal of Consumer Behaviour", "Journal of Retailing and Consumer Services",
             "International Journal of Pharmaceutical and Healthcare Marketing", "Journal of Health Communication",
             "Psychology & Marketing", "Journal of Business Research", "BMJ Open", "Telemedicine and e-Health",
             "Asia Pacific Journal of Marketing and Logistics", "Saudi Pharmaceutical Journal", "Salud Pública de México",
             "Scandinavian Journal of Public Health", "Irish Journal of Medical Science", "European Journal of Marketing",
             "Journal of Services Marketing", "Ophthalmic and Physiological Optics", "International Journal of Audiology",
             "Health Communication", "Journal of Advertising", "International Journal of Consumer Studies",
             "Malaysian Journal of Medical Sciences", "Journal of Islamic Marketing", "Journal of Healthcare Management"]  # fmt: skip
_TOPICS = ["health-app adoption", "community pharmacy services", "wellness consumption", "trust in online health information",
           "direct-to-consumer advertising of medicines", "pharmacist-led consultations", "telehealth satisfaction",
           "supplement purchase intention", "fitness-tracker continuance", "e-pharmacy use", "self-care and OTC medicines",
           "eyewear retail", "hearing-aid uptake", "health influencers on Instagram", "patient loyalty",
           "private clinic choice", "medical tourism", "halal health products", "vaccination services in pharmacies",
           "weight-loss injections", "service quality in pharmacies", "mental-health apps", "digital prescriptions",
           "health literacy"]  # fmt: skip
_MARKETS = ["community pharmacy", "vitamins and dietary supplements", "OTC analgesics", "sports nutrition",
            "eyewear and contact lenses", "hearing aids", "digital health", "telehealth", "fitness apps", "private healthcare",
            "online pharmacy", "skincare and dermocosmetics", "weight management", "sleep aids", "oral care"]  # fmt: skip
_COUNTRIES = ["UK", "Ireland", "Malaysia", "Saudi Arabia", "Mexico", "Sweden", "GCC", "Southeast Asia", "Europe"]
# Acts and regulations as candidates list them, with who they cite as the author.
_LEGISLATION = [
    ("legislation.gov.uk", "The Human Medicines Regulations 2012", 2012), ("legislation.gov.uk", "Medicines Act 1968", 1968),
    ("legislation.gov.uk", "The Medical Devices Regulations 2002", 2002), ("legislation.gov.uk", "Health and Care Act 2022", 2022),
    ("legislation.gov.uk", "The Opticians Act 1989", 1989), ("Irish Statute Book", "Pharmacy Act 2007", 2007),
    ("Irish Statute Book", "Health (Pricing and Supply of Medical Goods) Act 2013", 2013),
    ("Attorney General's Chambers of Malaysia", "Sale of Drugs Act 1952 (Act 368)", 1952),
    ("Attorney General's Chambers of Malaysia", "Medicines (Advertisement and Sale) Act 1956 (Act 290)", 1956),
    ("Attorney General's Chambers of Malaysia", "Personal Data Protection Act 2010 (Act 709)", 2010),
    ("Diario Oficial de la Federación", "Ley General de Salud", 1984),
    ("Diario Oficial de la Federación", "Reglamento de la Ley General de Salud en Materia de Publicidad", 2000),
    ("Sveriges riksdag", "Läkemedelslag (2015:315)", 2015), ("Sveriges riksdag", "Patientdatalag (2008:355)", 2008),
    ("Bureau of Experts at the Council of Ministers", "Law of Pharmaceutical Establishments and Products", 2004),
]  # fmt: skip
# The classics and textbooks these reports still cite: (authors, year, title, publisher, place, edition).
_CLASSICS: list[tuple[list[tuple[str, str]], int, str, str, str, str | None]] = [
    ([("Kotler", "Philip"), ("Shalowitz", "Joel"), ("Stevens", "Robert J.")], 2008,
     "Strategic marketing for health care organizations: building a customer-driven health system", "Jossey-Bass", "San Francisco", None),
    ([("Berkowitz", "Eric N.")], 2021, "Essentials of health care marketing", "Jones & Bartlett Learning", "Burlington, MA", "5"),
    ([("Solomon", "Michael R."), ("Askegaard", "Søren"), ("Hogg", "Margaret K."), ("Bamossy", "Gary J.")], 2019,
     "Consumer behaviour: a European perspective", "Pearson", "Harlow", "7"),
    ([("Schiffman", "Leon G."), ("Wisenblit", "Joseph L.")], 2019, "Consumer behavior", "Pearson", "Harlow", "12"),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], 2022, "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow", "8"),
    ([("Fill", "Chris"), ("Turnbull", "Sarah")], 2023, "Marketing communications: fame, fortune and fuel", "Pearson", "Harlow", "9"),
    ([("Wilson", "Alan"), ("Zeithaml", "Valarie A."), ("Bitner", "Mary Jo"), ("Gremler", "Dwayne D.")], 2020,
     "Services marketing: integrating customer service across the firm", "McGraw-Hill", "London", "4"),
    ([("Thomas", "Richard K.")], 2020, "Health services marketing: a practitioner's guide", "Springer", "Cham", "2"),
]  # fmt: skip
_CLASSIC_ARTICLES: list[tuple[list[tuple[str, str]], int, str, str, str, str, str]] = [
    ([("Davis", "Fred D.")], 1989, "Perceived usefulness, perceived ease of use, and user acceptance of information technology",
     "MIS Quarterly", "13", "3", "319-340"),
    ([("Venkatesh", "Viswanath"), ("Morris", "Michael G."), ("Davis", "Gordon B."), ("Davis", "Fred D.")], 2003,
     "User acceptance of information technology: toward a unified view", "MIS Quarterly", "27", "3", "425-478"),
    ([("Parasuraman", "A."), ("Zeithaml", "Valarie A."), ("Berry", "Leonard L.")], 1988,
     "SERVQUAL: a multiple-item scale for measuring consumer perceptions of service quality", "Journal of Retailing", "64", "1", "12-40"),
    ([("Rosenstock", "Irwin M.")], 1974, "Historical origins of the health belief model", "Health Education Monographs", "2", "4", "328-335"),
    ([("Hepler", "Charles D."), ("Strand", "Linda M.")], 1990, "Opportunities and responsibilities in pharmaceutical care",
     "American Journal of Hospital Pharmacy", "47", "3", "533-543"),
]  # fmt: skip


class Blind373WorkFactory(WorkFactory):
    """Works of pharmacy, health and wellness marketing: a subclass with a random source of its own."""

    # The kinds its works are filed under (regulators', governments', firms' and research houses' works are reports
    # and web pages; acts are listed as candidates find them online).
    KINDS = ("book", "chapter", "journal", "report", "web", "news", "legislation")

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 373 + 91)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 313 + index)
                self.fakers[locale] = fake
        self.used_classics: set[str] = set()
        self.dated_orgs: list[tuple[str, set[str], int]] = []
        self.surnames: list[str] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.36:
            family, given = self.rng.choice(_REGION_NAMES)
            name = {"family": family, "given": given}
        elif roll < 0.42:
            particle, family, given = self.rng.choice(_PARTICLE_NAMES)
            name = {"family": family, "given": given, "non-dropping-particle": particle}
        elif roll < 0.46 and self.surnames:  # two authors of one surname in a report ("Tan, B.C." and "Tan, K.")
            name = {"family": self.rng.choice(self.surnames), "given": self.fakers["en_GB"].first_name()}
        else:
            fake = self.fakers[self.rng.choice(_LOCALES)]
            family, given = fake.last_name(), fake.first_name()
            words = family.split()
            if len(words) > 1 and words[0].islower():
                name = {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
            else:
                name = {"family": family, "given": given}
                if self.rng.random() < 0.06:
                    name["family"] = f"{family}-{self.fakers['en_GB'].last_name()}"
        self.surnames.append(name["family"])
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1975, 2005)
        return self.rng.randint(2010, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        low = max(2023, issued[0]) if issued else 2023
        year = self.rng.randint(low, 2025)
        month = self.rng.randint(issued[1] if issued and len(issued) > 1 and year == issued[0] else 1, 12)
        same_month = issued and len(issued) > 2 and year == issued[0] and month == issued[1]
        day = self.rng.randint(issued[2] if same_month else 1, 28)
        return {"date-parts": [[year, month, day]]}

    def _url(self, domain: str | None = None) -> str:
        fake = self.fakers["en_GB"]
        return f"https://www.{domain}/{fake.slug()}" if domain else fake.url() + fake.uri_path()

    def _domain(self, name: str) -> str:
        letters = "".join(ch for ch in name.split(" (")[0].lower() if ch.isascii() and ch.isalnum())[:18] or "health"
        return f"{letters}.{self.rng.choice(['com', 'org', 'com', 'net'])}"

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        country = self.rng.choice(_COUNTRIES)
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {country}: a consumer perspective",
            f"Understanding {topic} among millennials in {country}",
            f"What drives {topic}? Evidence from {country}",
            f"{topic[0].upper()}{topic[1:]} and {other}",
            f"The role of trust in {topic}" if not topic.startswith("trust") else f"Rethinking {topic}",
            f"Antecedents of {topic}: an extended UTAUT2 model",
            f"{topic[0].upper()}{topic[1:]} after COVID-19",
            f"Marketing {topic} to older consumers",
        ]
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "regulator", "government", "legislation", "annual-report", "press-page",
             "market-research", "news", "web"],
            weights=[12, 5, 24, 10, 9, 3, 6, 5, 9, 10, 7],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then one body's second work of a year ("MHRA, 2023a" and "2023b").
        if self.dated_orgs and "issued" in record and kind not in ("news", "legislation") and self.rng.random() < 0.12:
            name, tags, year = self.rng.choice(self.dated_orgs)
            record["issued"] = {"date-parts": [[year]]}
            if "publisher" in record:
                record["publisher"] = name.split(" (")[0]
            if "accessed" in record:
                record["accessed"] = self._accessed_after([year])
        if "issued" in record and kind not in ("news", "legislation"):
            self.dated_orgs.append((name, tags, record["issued"]["date-parts"][0][0]))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        if self.rng.random() < 0.3:
            choices = [c for c in _CLASSICS if c[2] not in self.used_classics]
            if choices:
                authors, year, title, publisher, place, edition = self.rng.choice(choices)
                self.used_classics.add(title)
                record: dict[str, Any] = {"type": "book", "title": title, "issued": {"date-parts": [[year]]},
                                          "author": [{"family": f, "given": g} for f, g in authors],
                                          "publisher": publisher, "publisher-place": place}  # fmt: skip
                if edition:
                    record["edition"] = edition
                return self._person_work(record, "book")
        record = {
            "type": "book", "title": self._title(), "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Pearson", "Routledge", "Kogan Page", "Sage", "Oxford University Press",
                                          "Palgrave Macmillan", "Springer", "Elsevier", "Jones & Bartlett Learning"]),
            "publisher-place": self.rng.choice(["London", "Harlow", "Oxford", "Abingdon", "Cham", "New York", "Kuala Lumpur"]),
        }  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["The Routledge handbook of healthcare marketing", "Health marketing: a handbook",
                                                "Consumer behaviour in health and wellness", "Digital health: a strategic guide",
                                                "The Palgrave handbook of pharmacy practice"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Routledge", "Palgrave Macmillan", "Edward Elgar"]),
            "publisher-place": self.rng.choice(["Abingdon", "London", "Cheltenham"]),
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        if self.rng.random() < 0.12:
            choices = [c for c in _CLASSIC_ARTICLES if c[2] not in self.used_classics]
            if choices:
                authors, year, title, journal, volume, issue, pages = self.rng.choice(choices)
                self.used_classics.add(title)
                record: dict[str, Any] = {"type": "article-journal", "title": title, "container-title": journal,
                                          "author": [{"family": f, "given": g} for f, g in authors],
                                          "issued": {"date-parts": [[year]]}, "volume": volume, "issue": issue, "page": pages}  # fmt: skip
                return self._person_work(record, "journal")
        record = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.rng.randint(2010, 2025)]]},
            "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 12)),
        }  # fmt: skip
        if self.rng.random() < 0.25:  # online journals: an article number instead of pages
            record["page"] = f"e{self.rng.randint(10000, 59999)}"
        else:
            record["page"] = f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(8, 25)}"
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.choice(['2196', '1108', '1016', '1111', '1080', '1186', '1136'])}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _regulator(self) -> Work:
        name = self.rng.choice(_REGULATORS)
        title = self.rng.choice([
            "Guidance on advertising and promotion of medicines", "The Blue Guide: advertising and promotion of medicines in the UK",
            "Standards for pharmacy professionals", "Guidance for registered pharmacies providing services at a distance, including on the internet",
            "Yellow Card scheme: annual report", "Guidance on the sale of pharmacy-only medicines", "Requirements for the advertising of medicinal products",
            "Code of conduct for pharmacists", "Guidelines on advertisement of health products", "Health claims on food supplements",
            "Pharmacy regulation in numbers", "Registered pharmacies: inspection findings", "Consumer survey on buying medicines online",
        ])  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["webpage", "report"]), "title": title,
                                  "URL": self._url(self._domain(name))}  # fmt: skip
        if self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[self.rng.randint(2012, 2025)]]}
        if self.rng.random() < 0.3 and record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = self.rng.choice(
                ["London", "Dublin", "Putrajaya", "Riyadh", "Mexico City", "Uppsala"]
            )
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        tags = {"regulator"} | ({"abbreviation"} if "(" in name else set()) | ({"acronym"} if name.isupper() else set())
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _government(self) -> Work:
        name, region = self.rng.choice(_GOVERNMENT)
        year = self.rng.randint(2014, 2025)
        titles = {
            "uk": [
                f"Health survey for England {year - 1}",
                f"Pharmaceutical services statistics {year - 1}/{str(year)[2:]}",
                "Prescription cost analysis",
                "Community pharmacy contractual framework",
                "Adult smoking habits in the UK",
                "Pharmacy First: clinical pathways",
                "Sight test and hearing services in the community",
            ],
            "ie": [
                "Sláintecare implementation strategy",
                f"Healthy Ireland survey {year - 1}",
                "Irish health survey",
                "Report of the expert taskforce on community pharmacy",
            ],
            "my": [
                f"National Health and Morbidity Survey {year - 1}: key findings",
                "Health facts",
                "Malaysia digital health blueprint",
            ],
            "sa": [
                "Health Sector Transformation Program",
                f"Household health survey {year - 1}",
                "Statistical yearbook: health",
            ],
            "mx": [
                f"Encuesta Nacional de Salud y Nutrición {year - 1}",
                "Programa sectorial de salud",
                "Estadísticas de salud",
            ],
            "se": ["Statistik om läkemedel", "Folkhälsans utveckling", "National strategy for digital health"],
            "int": [
                "Global report on the use of digital health",
                "World health statistics",
                "Obesity and overweight: fact sheet",
                "Health at a glance: Europe",
                "Global strategy on digital health 2020-2025",
            ],
        }[region]
        title = self.rng.choice(titles)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(self._domain(name))}  # fmt: skip
        record["accessed"] = self._accessed_after([year])
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _legislation(self) -> Work:
        name, title, year = self.rng.choice(_LEGISLATION)
        if title in self.used_classics:
            return self._government()
        self.used_classics.add(title)
        record: dict[str, Any] = {"type": "webpage", "title": title, "issued": {"date-parts": [[year]]},
                                  "URL": self._url(self._domain(name)), "accessed": self._accessed_after([year])}  # fmt: skip
        return self._org_work(record, "legislation", name, {"legislation", "government"})

    def _annual_report(self) -> Work:
        name = self.rng.choice(_FIRMS)
        year = self.rng.randint(2015, 2025)
        title = self.rng.choice([f"Annual report and accounts {year}", f"Annual report {year - 1}/{str(year)[2:]}",
                                 f"Sustainability report {year}", f"Integrated annual report {year}", "Impact report"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0]}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url(self._domain(name))
            record["accessed"] = self._accessed_after([year])
        return self._org_work(record, "report", name, {"company"} | ({"ampersand"} if "&" in name else set()))

    def _press_page(self) -> Work:
        name = self.rng.choice(_FIRMS)
        title = self.rng.choice([
            f"{name.split(' (')[0]} launches online doctor service", "Our story", "About us", "Our pharmacists",
            "New app makes repeat prescriptions easier", "Free blood-pressure checks in store", "Sustainability at our pharmacies",
            "Our hearing test", "Eye health and your eye test", "Partnership to expand telehealth", "Careers in pharmacy",
        ])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": title, "URL": self._url(self._domain(name))}
        if self.rng.random() < 0.55:
            issued = [self.rng.randint(2016, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
            record["issued"] = {"date-parts": [issued]}
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        return self._org_work(record, "web", name, {"company"} | ({"undated"} if "issued" not in record else set()))

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        market, country = self.rng.choice(_MARKETS), self.rng.choice(_COUNTRIES)
        year = self.rng.randint(2016, 2025)
        titles = [f"{market[0].upper()}{market[1:]} - {country} - {self.rng.choice(['March', 'July', 'November'])} {year}",
                  f"{country} {market} market: size, share and forecast to {year + 6}",
                  f"Share of adults in {country} who used {market} in {year - 1}",
                  f"{market[0].upper()}{market[1:]} in {country}", f"Global consumer trends in {market}",
                  f"The future of {market} in {country}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": self._url(self._domain(name))}  # fmt: skip
        if self.rng.random() < 0.9:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        return self._org_work(record, "report", name, {"market-research"} | ({"ampersand"} if "&" in name else set()))

    def _news(self) -> Work:
        issued = [self.rng.randint(2015, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._news_title(), "container-title": paper,
            "issued": {"date-parts": [issued]}, "URL": self._url(self._domain(paper)),
        }  # fmt: skip
        record["accessed"] = self._accessed_after(issued)
        if self.rng.random() < 0.7:
            record["author"] = self._people(3)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _news_title(self) -> str:
        firm = self.rng.choice(_FIRMS).split(" (")[0]
        return self.rng.choice([
            f"{firm} to close {self.rng.randint(20, 300)} stores", f"{firm} bets on online doctor services",
            "Pharmacies warn of medicine shortages", "Weight-loss jabs drive surge in private prescriptions",
            "Why wellness brands are turning to TikTok", "Telehealth start-up raises funds to expand",
            "Opticians see demand rise for hearing tests", "Pharmacy First: what it means for patients",
            "Supplement claims under scrutiny", "Digital health apps struggle to retain users",
        ])  # fmt: skip

    def _web(self) -> Work:
        fake = self.fakers["en_GB"]
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": fake.url() + fake.uri_path()}
        if self.rng.random() < 0.45:
            record["issued"] = {"date-parts": [[self.rng.randint(2014, 2025)]]}
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        if self.rng.random() < 0.5:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name = self.rng.choice(_FIRMS + _REGULATORS[:8] + ["NHS", "NHS inform", "HSE.ie", "MySejahtera", "Sehhaty",
                                                           "1177 Vårdguiden", "Patient.info", "Healthline"])  # fmt: skip
        return self._org_work(record, "web", name, {"undated"} if "issued" not in record else set())
