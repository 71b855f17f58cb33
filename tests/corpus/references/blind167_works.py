"""Works for the hundred-and-sixty-seventh independent pool, "blind167" (HELD OUT): what marketers in Texas, the US
Gulf South and their diaspora cite in CIM Level 6 and 7 reports and MBA assignments.

Written without reading the checker, its tests or any other pool. The names are Tejano and Mexican-American ones
(particles kept apart as reference managers keep them, "de la Garza"; capitalised ones kept whole, "De León"; double
surnames with and without a hyphen, "García-Ruiz" and "García Ruiz"; accents written and dropped), Cajun and Creole
ones (Boudreaux, Thibodeaux, LeBlanc, Guidry), Vietnamese-American and Indian-American ones, with Jr., Sr., II and
III, and expatriate colleagues from Mexico City, Monterrey, London and Denver. The organisations are the region's
banks, grocers, airlines, energy firms, regulators and press, with Inc., LLC, L.P., LLP and PLLC; laws are cited with
the legislature or the state as author; titles in Spanish and Louisiana French carry English in square brackets.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# (given, family, particle): Tejano and Mexican-American names, as they sign papers.
_TEJANO = [
    ("María Elena", "Garza", "de la"), ("Jesús", "León", "de"), ("Ana Lucía", "García-Ruiz", ""), ("Rogelio", "García Ruiz", ""),
    ("Guadalupe", "De León", ""), ("Xóchitl", "Treviño", ""), ("Roberto", "Treviño", ""), ("Marisol", "Cantú", ""),
    ("Eduardo", "Cantu", ""), ("Yesenia", "Saldívar", ""), ("Arturo", "Hinojosa", ""), ("Leticia", "Villarreal", ""),
    ("Óscar", "Zúñiga", ""), ("Araceli", "Zuniga", ""), ("Juan Carlos", "Peña", ""), ("Rosalinda", "Ybarra", ""),
    ("Ignacio", "Cavazos", ""), ("Dolores", "Guerra", ""), ("Tomás", "Rivera", ""), ("Lorena", "Salinas-Ochoa", ""),
    ("Héctor", "Rodríguez Montemayor", ""), ("Beatriz", "Fuentes", ""), ("Javier", "Santos", "de los"),
    ("Carmen", "Hoyos", "de"), ("Rubén", "Hoyo", "del"), ("Nayeli", "Olvera", ""), ("Ricardo", "Elizondo", ""),
    ("Patricia", "Longoria", ""), ("Efraín", "Barrera", ""), ("Mireya", "Gonzales", ""), ("Alejandro", "González", ""),
    ("Sofía", "Mendoza Garza", ""), ("Gilberto", "Ramírez", ""), ("Isela", "Ramirez", ""), ("Manuel", "Cisneros", ""),
    ("Anabel", "Castañeda", ""), ("Luis Fernando", "Sepúlveda", ""), ("Rebeca", "Quintanilla", ""),
    ("Víctor", "Garza", "de la"), ("Citlali", "Ortiz-Benavides", ""), ("Raymond", "DeLaGarza", ""),
    ("Joe", "De La Rosa", ""), ("Elsa", "Rosa", "de la"), ("Adrián", "Solís", ""), ("Marcela", "Trejo", ""),
]  # fmt: skip
# Cajun, Creole and Louisiana names.
_CAJUN = [
    ("Rene", "Boudreaux", ""), ("Amelie", "Thibodeaux", ""), ("Claude", "LeBlanc", ""), ("Monique", "Broussard", ""),
    ("Dustin", "Guidry", ""), ("Celeste", "Fontenot", ""), ("Brennan", "Landry", ""), ("Josette", "Hébert", ""),
    ("Kyle", "Hebert", ""), ("Gabrielle", "Arceneaux", ""), ("Beau", "Breaux", ""), ("Lucille", "Doucet", ""),
    ("Andre", "Romero", ""), ("Eugenie", "Trahan", ""), ("Felix", "Melancon", ""), ("Noelle", "Theriot", ""),
    ("Marcel", "Batiste", ""), ("Simone", "Toussaint", ""), ("Pierre", "Comeaux", ""), ("Claire", "Robichaux", ""),
    ("Jules", "St. Romain", ""), ("Annette", "Lejeune", ""), ("Remy", "Gautreaux", ""), ("Odile", "Pitre", ""),
    ("Therese", "Dupré", ""), ("Laurent", "Castille", ""), ("Vivienne", "Blanc", "Le"), ("Etienne", "Savoie", ""),
]  # fmt: skip
# Vietnamese-American (Houston, New Orleans East) and Indian-American (Sugar Land, Irving, Plano) names.
_ASIAN_AMERICAN = [
    ("Thi Lan", "Nguyen", ""), ("Minh Quan", "Tran", ""), ("Bao", "Pham", ""), ("Kim-Anh", "Le", ""),
    ("Duc", "Vu", ""), ("Hoa", "Huynh", ""), ("Tuan", "Dang", ""), ("Thuy", "Ngô", ""), ("Linh", "Đặng", ""),
    ("Phuong", "Bui", ""), ("Hieu", "Võ", ""), ("Priya", "Patel", ""), ("Rohan", "Shah", ""),
    ("Ananya", "Raghavan", ""), ("Sanjay", "Venkataraman", ""), ("Neha", "Reddy", ""), ("Vikram", "Iyer", ""),
    ("Kavita", "Desai", ""), ("Arjun", "Mehta", ""), ("Deepa", "Krishnamurthy", ""), ("Rahul", "Chaudhary", ""),
    ("Meera", "Subramanian", ""), ("Anil", "Bhatt", ""), ("Sunita", "Agarwal-Jones", ""),
]  # fmt: skip
# Anglo-Texan, African-American and expatriate names (London, Denver, Mexico City, Monterrey).
_OTHER = [
    ("Bobby", "McAllister", ""), ("Carolyn", "Whitfield", ""), ("Travis", "Holloway", ""), ("Savannah", "Pruitt", ""),
    ("Darnell", "Washington", ""), ("LaToya", "Jefferson", ""), ("Keisha", "Dawkins", ""), ("Marcus", "Freeman", ""),
    ("Dwayne", "Okafor", ""), ("Hannah", "Kowalski", ""), ("Wade", "Stubblefield", ""), ("Lacey", "O'Rourke", ""),
    ("Fiona", "MacLeod", ""), ("Oliver", "Ashworth", ""), ("Siobhan", "Fitzgerald", ""), ("Gareth", "Pryce-Jones", ""),
    ("Emily", "Chen", ""), ("Kevin", "Nakamura", ""), ("Ruth", "Oyelaran", ""), ("Kurt", "Schroeder", ""),
    ("Gretchen", "Vogel", ""), ("Shiloh", "Blackwood", ""), ("Ximena", "Alcántara Lozano", ""),
    ("Rodrigo", "Garza Sada", ""), ("Paulina", "Madero", ""), ("Fernanda", "Lozano-Villalobos", ""),
]  # fmt: skip
_SUFFIXES = ["Jr.", "Jr.", "Sr.", "II", "III"]

# Organisations as authors: (name, tags).
_BANKS = [("Frost Bank", {"company"}), ("Cullen/Frost Bankers, Inc.", {"company", "punctuation"}),
          ("Comerica Incorporated", {"company"}), ("Texas Capital Bancshares, Inc.", {"company", "comma"}),
          ("Hancock Whitney Corporation", {"company"}), ("Navy Federal Credit Union", {"company"}),
          ("USAA", {"company", "acronym"}), ("Texas Credit Union League", {"trade-body"}),
          ("Independent Bankers Association of Texas (IBAT)", {"trade-body", "abbreviation"})]  # fmt: skip
_COMPANIES = [("AT&T Inc.", {"company", "ampersand"}), ("Dell Technologies", {"company"}), ("Oracle", {"company"}),
              ("Tesla, Inc.", {"company", "comma"}), ("Rackspace Technology", {"company"}),
              ("H-E-B", {"company", "hyphen"}), ("H-E-B, LP", {"company", "hyphen", "comma"}),
              ("Whataburger", {"company"}), ("Buc-ee's, Ltd.", {"company", "apostrophe", "comma"}),
              ("Academy Sports + Outdoors", {"company", "punctuation"}), ("The Kroger Co.", {"company"}),
              ("Walmart Inc.", {"company"}), ("Sally Beauty Holdings, Inc.", {"company", "comma"}),
              ("Keurig Dr Pepper", {"company"}), ("Blue Bell Creameries, L.P.", {"company", "comma"}),
              ("McIlhenny Company", {"company"}), ("Community Coffee Company, LLC", {"company", "comma"}),
              ("Spoetzl Brewery", {"company"}), ("Topo Chico", {"company"}),
              ("Southwest Airlines Co.", {"company"}), ("American Airlines Group Inc.", {"company"}),
              ("United Airlines", {"company"}), ("ExxonMobil", {"company"}), ("Shell USA, Inc.", {"company", "comma"}),
              ("Entergy Corporation", {"company"}), ("TelevisaUnivision", {"company"}), ("Telemundo", {"company"}),
              ("LatinWorks", {"company"}), ("Richards/Lerma", {"company", "punctuation"}),
              ("GSD&M", {"company", "ampersand", "acronym"}), ("Moroch Partners", {"company"}),
              ("Dieste", {"company"}), ("Bauer & Broussard, PLLC", {"company", "ampersand", "comma"}),
              ("Haynes and Boone, LLP", {"company", "comma"}), ("Vinson & Elkins LLP", {"company", "ampersand"}),
              ("Baker Botts L.L.P.", {"company"})]  # fmt: skip
_BODIES = [("Texas Retailers Association", {"trade-body"}), ("Louisiana Restaurant Association", {"trade-body"}),
           ("American Marketing Association", {"trade-body"}), ("AMA Austin", {"trade-body", "acronym"}),
           ("Greater Houston Partnership", {"trade-body"}), ("Dallas Regional Chamber", {"trade-body"}),
           ("San Antonio Hispanic Chamber of Commerce", {"trade-body"}),
           ("Houston Livestock Show and Rodeo", {"trade-body"}), ("Fiesta San Antonio Commission", {"trade-body"}),
           ("New Orleans & Company", {"trade-body", "ampersand"}), ("Visit Lafayette", {"trade-body"}),
           ("Louisiana Economic Development", {"government"}), ("Texas Economic Development Corporation", {"trade-body"}),
           ("Chartered Institute of Marketing", {"trade-body"}), ("Pew Research Center", {"trade-body"})]  # fmt: skip
_GOVERNMENT = [("Federal Trade Commission", {"government"}), ("Federal Trade Commission (FTC)", {"government", "abbreviation"}),
               ("Office of the Texas Attorney General", {"government"}),
               ("Texas Attorney General", {"government"}), ("U.S. Bureau of Labor Statistics", {"government"}),
               ("U.S. Census Bureau", {"government"}), ("Federal Reserve Bank of Dallas", {"government"}),
               ("Texas Comptroller of Public Accounts", {"government"}),
               ("Louisiana Department of Justice", {"government"}), ("Consumer Financial Protection Bureau", {"government"}),
               ("Texas Department of Agriculture", {"government"}), ("Federal Communications Commission", {"government"}),
               ("Secretaría de Economía", {"government", "spanish"}),
               ("Instituto Nacional de Estadística y Geografía (INEGI)", {"government", "spanish", "abbreviation"})]  # fmt: skip
_RESEARCH = ["Nielsen", "Statista", "Mintel", "Euromonitor International", "Kantar", "Ipsos", "IBISWorld",
             "Circana", "Forrester", "eMarketer", "Morning Consult", "J.D. Power", "Numerator"]  # fmt: skip
_PRESS = ["Houston Chronicle", "The Dallas Morning News", "Texas Tribune", "The Times-Picayune", "San Antonio Express-News",
          "Austin American-Statesman", "Fort Worth Star-Telegram", "The Advocate", "Texas Monthly", "D Magazine",
          "Houston Business Journal", "Dallas Business Journal", "The Monitor", "El Paso Times", "Corpus Christi Caller-Times",
          "NOLA.com", "Adweek", "Ad Age", "Marketing Dive", "Supermarket News", "Univision Noticias", "Telemundo 48",
          "El Norte", "Milenio"]  # fmt: skip
_PUBLISHERS = [("Pearson", "Hoboken, NJ"), ("Pearson", "Harlow"), ("McGraw Hill", "New York"), ("Cengage", "Boston, MA"),
               ("Wiley", "Hoboken, NJ"), ("Routledge", "New York"), ("Sage", "Thousand Oaks, CA"),
               ("University of Texas Press", "Austin"), ("Texas A&M University Press", "College Station"),
               ("LSU Press", "Baton Rouge"), ("University Press of Mississippi", "Jackson"),
               ("Kogan Page", "London"), ("Palgrave Macmillan", "Cham"), ("Fondo de Cultura Económica", "Ciudad de México"),
               ("Trinity University Press", "San Antonio"), ("Arte Público Press", "Houston")]  # fmt: skip
_UNIVERSITIES = [("The University of Texas at Austin, McCombs School of Business", "Austin, TX"),
                 ("Rice University, Jones Graduate School of Business", "Houston, TX"),
                 ("Texas A&M University, Mays Business School", "College Station, TX"),
                 ("Southern Methodist University, Cox School of Business", "Dallas, TX"),
                 ("Tulane University, A. B. Freeman School of Business", "New Orleans, LA"),
                 ("Louisiana State University", "Baton Rouge, LA"), ("University of Houston", "Houston, TX"),
                 ("The University of Texas Rio Grande Valley", "Edinburg, TX"),
                 ("University of Louisiana at Lafayette", "Lafayette, LA"), ("Texas Christian University", "Fort Worth, TX"),
                 ("Tecnológico de Monterrey", "Monterrey"), ("University of Denver", "Denver, CO")]  # fmt: skip
_JOURNALS = ["Journal of Marketing", "Journal of Consumer Research", "Journal of Retailing", "Journal of Advertising",
             "Journal of Business Research", "Journal of Marketing Research", "Hispanic Journal of Behavioral Sciences",
             "Journal of Services Marketing", "Journal of Consumer Marketing", "Journal of Interactive Marketing",
             "Southwestern Economic Review", "Journal of Financial Services Marketing", "Psychology & Marketing",
             "International Journal of Bank Marketing", "Louisiana History", "Southwestern Historical Quarterly",
             "Journal of Hospitality & Tourism Research", "Journal of Strategic Marketing", "Revista Mexicana de Economía y Finanzas",
             "Journal of Macromarketing", "Journal of Public Policy & Marketing"]  # fmt: skip
_CONFERENCES = [("Proceedings of the AMA Winter Academic Conference", "American Marketing Association"),
                ("Proceedings of the Society for Marketing Advances", "Society for Marketing Advances"),
                ("Southwestern Marketing Association Conference Proceedings", "Federation of Business Disciplines"),
                ("Proceedings of the Academy of Marketing Science Annual Conference", "Springer"),
                ("Academy of Marketing Conference Proceedings", "Academy of Marketing")]  # fmt: skip

_TOPICS = ["Hispanic consumers", "bilingual advertising", "loyalty programs", "grocery private labels",
           "credit union membership", "digital banking adoption", "regional brand loyalty", "Spanglish in advertising",
           "border-region retail", "hurricane preparedness marketing", "sports sponsorship", "retail media networks",
           "travel-center retail", "craft beer tourism", "heritage food brands", "multicultural marketing",
           "social commerce", "data privacy compliance", "Gen Z shoppers", "Juneteenth brand activations",
           "festival sponsorship", "Tex-Mex restaurant chains", "energy transition messaging", "influencer disclosure",
           "airline loyalty", "curbside pickup", "mobile payments", "remittance services", "Vietnamese-American shoppers",
           "Cajun food tourism", "the Texas economy", "sales-tax holidays", "Black Friday promotions"]  # fmt: skip
_ES_TITLES = [
    ("El consumidor hispano en Texas: identidad y lealtad de marca", "The Hispanic consumer in Texas: identity and brand loyalty"),
    ("Mercadotecnia bilingüe en la frontera norte", "Bilingual marketing on the northern border"),
    ("La lealtad del cliente en la banca regional de Monterrey", "Customer loyalty in Monterrey's regional banking"),
    ("Remesas y servicios financieros para migrantes mexicanos", "Remittances and financial services for Mexican migrants"),
    ("El comercio electrónico en México y el sur de Texas", "E-commerce in Mexico and South Texas"),
    ("Publicidad en español en los medios de Estados Unidos", "Spanish-language advertising in US media"),
    ("Las marcas regionales y la identidad tejana", "Regional brands and Tejano identity"),
    ("Día de Muertos como estrategia de marketing", "Day of the Dead as a marketing strategy"),
]  # fmt: skip
_FR_TITLES = [
    ("La cuisine cadienne et le tourisme en Acadiane", "Cajun cuisine and tourism in Acadiana"),
    ("Le français louisianais dans la publicité", "Louisiana French in advertising"),
    ("Mardi Gras et les marques locales", "Mardi Gras and local brands"),
    ("Les commerçants créoles de la Nouvelle-Orléans", "The Creole merchants of New Orleans"),
]  # fmt: skip
_LAWS = [
    ("Texas Legislature", "Texas Data Privacy and Security Act, Tex. Bus. & Com. Code § 541.001 et seq.", 2023),
    ("Texas Legislature", "Texas Deceptive Trade Practices-Consumer Protection Act, Tex. Bus. & Com. Code § 17.41 et seq.", 1973),
    ("State of Texas", "Securing Children Online through Parental Empowerment (SCOPE) Act, H.B. 18", 2023),
    ("State of Texas", "Tex. Bus. & Com. Code § 521.053: notification required following breach of security", 2009),
    ("Louisiana State Legislature", "Louisiana Database Security Breach Notification Law, La. R.S. 51:3071 et seq.", 2005),
    ("Louisiana State Legislature", "Louisiana Unfair Trade Practices and Consumer Protection Law, La. R.S. 51:1401", 1972),
    ("Federal Trade Commission", "Guides concerning the use of endorsements and testimonials in advertising, 16 CFR Part 255", 2023),
    ("Federal Trade Commission", "CAN-SPAM Act: a compliance guide for business", 2009),
    ("Federal Communications Commission", "Telephone Consumer Protection Act of 1991, 47 U.S.C. § 227", 1991),
    ("Texas Comptroller of Public Accounts", "Sales tax holiday: clothing, footwear, school supplies and backpacks", 2024),
]  # fmt: skip


class Blind167WorkFactory(WorkFactory):
    """Works of Texas and Gulf South marketing candidates' reference lists, from a seeded random source of its own."""

    DRAWN: ClassVar[dict[str, int]] = {"book": 12, "chapter": 6, "journal": 22, "thesis": 4, "conference": 4, "company-web": 10,
             "company-report": 7, "body": 5, "government": 6, "law": 4, "market-research": 7, "news": 8,
             "unsigned-news": 3, "social": 3, "podcast": 3, "undated-web": 4}  # fmt: skip
    KINDS: ClassVar[tuple[str, ...]] = (
        "book",
        "chapter",
        "journal",
        "thesis",
        "conference",
        "web",
        "report",
        "news",
        "social",
        "podcast",
    )

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 167 + 16701)
        self.earlier: list[tuple[str, set[str], int]] = []  # organisations already used, with their year

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        group = self.rng.choices([_TEJANO, _CAJUN, _ASIAN_AMERICAN, _OTHER], weights=[38, 20, 20, 22])[0]
        given, family, particle = self.rng.choice(group)
        name: dict[str, str] = {"family": family, "given": given}
        if particle:
            name["non-dropping-particle"] = particle
        if self.rng.random() < 0.07:
            name["suffix"] = self.rng.choice(_SUFFIXES)
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[36, 26, 16, 8, 5, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if all(p["family"] != name["family"] for p in people):
                people.append(name)
        return people

    def organisation(self) -> tuple[str, set[str]]:
        table = self.rng.choices([_BANKS, _COMPANIES, _BODIES, _GOVERNMENT], weights=[20, 45, 20, 15])[0]
        name, tags = self.rng.choice(table)
        return name, set(tags)

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1968, 1999)
        return self.rng.randint(2009, 2025)

    def accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        start = max(2023, issued[0] if issued else 2023)
        while True:
            day = [self.rng.randint(start, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
            if issued is None or day[: len(issued)] >= issued:
                return {"date-parts": [day]}

    def _id(self) -> str:
        self.counter += 1
        return f"b167w{self.counter}"

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        place = self.rng.choice(["Texas", "the Rio Grande Valley", "Houston", "Dallas-Fort Worth", "South Louisiana",
                                 "the Gulf South", "San Antonio", "Acadiana", "El Paso", "the US-Mexico border"])  # fmt: skip
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"{topic[0].upper()}{topic[1:]} and {other}",
                 f"Rethinking {topic}: evidence from {place}", f"What {topic} means for {other}",
                 f"Everything's bigger: {topic} in {place}", f"The role of {topic} in {other}",
                 f"{topic[0].upper()}{topic[1:]}: a study of {place} consumers",
                 f"Y'all means all? {topic[0].upper()}{topic[1:]} in {place}"]  # fmt: skip
        roll = self.rng.random()
        if roll < 0.12:
            spanish, english = self.rng.choice(_ES_TITLES)
            return f"{spanish} [{english}]"
        if roll < 0.17:
            french, english = self.rng.choice(_FR_TITLES)
            return f"{french} [{english}]"
        return self.rng.choice(forms)

    def _url(self, domain: str | None = None) -> str:
        domain = domain or self.rng.choice(["www.txmarketing.org", "www.gulfsouthinsights.com", "www.nola-biz.com",
                                            "www.texasretail.org", "www.bayoucitybrands.com"])  # fmt: skip
        slug = self.fakers["en_US"].slug()
        return f"https://{domain}/{slug}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _issued(self) -> dict[str, list[list[int]]]:
        return {"date-parts": [[self.year()]]}

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": self._issued(), "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 17))
        if self.rng.random() < 0.15:
            record["medium"] = "e-book"
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["The Routledge companion to Hispanic marketing",
                                                "Handbook of multicultural marketing", "Marketing the South",
                                                "Retailing in the Americas", "Latino consumers in the United States",
                                                "Food, culture and place in Louisiana"]),
            "issued": self._issued(), "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": self._issued(),
            "volume": str(self.rng.randint(1, 99)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{start}-{start + self.rng.randint(9, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.fakers['en_US'].lexify('????').lower()}.{self.rng.randint(2009, 2025)}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university, place = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": self._people(1), "issued": self._issued(),
            "genre": self.rng.choice(["PhD thesis", "MBA dissertation", "MS thesis", "DBA dissertation", "Tesis de maestría"]),
            "publisher": university, "publisher-place": place,
        }  # fmt: skip
        if self.rng.random() < 0.4:
            record["URL"] = f"https://repositories.lib.utexas.edu/handle/2152/{self.rng.randint(10000, 99999)}"
            record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        container, publisher = self.rng.choice(_CONFERENCES)
        start = self.rng.randint(1, 400)
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4), "issued": self._issued(),
            "container-title": container, "publisher": publisher,
            "event-place": self.rng.choice(["Austin, TX", "New Orleans, LA", "Houston, TX", "San Antonio, TX", "Dallas, TX"]),
            "page": f"{start}-{start + self.rng.randint(3, 12)}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same organisation in the same year as an earlier work: "Frost Bank, 2019a" and "2019b".
        if self.earlier and "issued" in record and self.rng.random() < 0.14:
            old = record["issued"]["date-parts"][0][0]
            name, tags, year = self.rng.choice(self.earlier)
            record["title"] = str(record["title"]).replace(str(old), str(year))
            record["issued"] = {"date-parts": [[year]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after([year])
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.earlier.append((name, tags, record["issued"]["date-parts"][0][0]))
        return super()._org_work(record, kind, name, tags)

    def _company_web(self) -> Work:
        name, tags = self.organisation()
        pages = [f"{self.rng.choice(['About us', 'Our story', 'Newsroom', 'Community', 'Careers', 'Sustainability'])}",
                 f"{name.split(',')[0]} announces {self.rng.choice(['new loyalty program', 'expansion into Louisiana', 'bilingual campaign', 'Juneteenth commitment', 'hurricane relief fund', 'Fiesta San Antonio partnership'])}",
                 self._title()]  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(pages), "URL": self._url()}
        if self.rng.random() < 0.8:
            record["issued"] = self._issued()
        if self.rng.random() < 0.92:
            record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        work = self._org_work(record, "web", name, tags)
        if "issued" not in record:
            work.tags.add("undated")
        return work

    def _company_report(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        title = self.rng.choice([f"{year} annual report", f"Annual report on Form 10-K for fiscal year {year}",
                                 f"Corporate responsibility report {year}", f"{year} impact report",
                                 f"Community impact report {year}", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0],
                                  "publisher-place": self.rng.choice(["Dallas, TX", "Houston, TX", "San Antonio, TX", "New Orleans, LA", "Austin, TX"])}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url()
            record["accessed"] = self.accessed_after([year])
        return self._org_work(record, "report", name, tags)

    def _body(self) -> Work:
        name, tags = self.rng.choice(_BODIES)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "issued": self._issued(), "URL": self._url()}  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, set(tags))

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        if name == "Federal Reserve Bank of Dallas" or self.rng.random() < 0.12:  # its surveys of 2019, twice
            name, tags = "Federal Reserve Bank of Dallas", {"government"}
            title = self.rng.choice(["Texas Business Outlook Surveys: retail outlook", "Texas Economic Indicators",
                                     "Southwest Economy: second quarter", "Texas Employment Forecast"])  # fmt: skip
            issued = {"date-parts": [[2019]]} if self.rng.random() < 0.6 else self._issued()
        else:
            title, issued = self._title(), self._issued()
        domains = {"Federal Trade Commission": "www.ftc.gov", "U.S. Census Bureau": "www.census.gov",
                   "U.S. Bureau of Labor Statistics": "www.bls.gov", "Federal Reserve Bank of Dallas": "www.dallasfed.org",
                   "Texas Comptroller of Public Accounts": "comptroller.texas.gov"}  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title, "issued": issued,
                                  "URL": self._url(domains.get(name.split(" (")[0], "www.texasattorneygeneral.gov"))}  # fmt: skip
        record["accessed"] = self.accessed_after(issued["date-parts"][0])
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = ("Austin, TX" if "Texas" in name else "Baton Rouge, LA" if "Louisiana" in name
                                         else "Dallas, TX" if "Dallas" in name else "Ciudad de México" if "í" in name
                                         else "Washington, DC")  # fmt: skip
        # Not through _org_work: the Dallas Fed's 2019 pair must stay 2019.
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        return Work(
            record,
            name,
            str(issued["date-parts"][0][0]),
            True,
            1,
            "report" if record["type"] == "report" else "web",
            tags | {"organisation"},
        )

    def _law(self) -> Work:
        author, title, year = self.rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": author, "publisher-place": "Austin, TX" if "Texas" in author else "Baton Rouge, LA" if "Louisiana" in author else "Washington, DC",
                                  "URL": self._url(self.rng.choice(["statutes.capitol.texas.gov", "legis.la.gov", "www.ecfr.gov", "capitol.texas.gov"])),
                                  "accessed": self.accessed_after([year]), "id": self._id(), "author": [{"literal": author}]}  # fmt: skip
        return Work(record, author, str(year), True, 1, "report", {"legislation", "government", "organisation"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year()
        market = self.rng.choice(["Hispanic grocery shoppers", "convenience stores and travel centers", "credit unions",
                                  "ice cream", "hot sauce", "sparkling mineral water", "quick-service burgers",
                                  "sporting goods", "beauty supply stores", "craft beer", "coffee", "mobile banking"])  # fmt: skip
        state, place = self.rng.choice(
            [
                ("US", "the US"),
                ("Texas", "Texas"),
                ("US South", "the South"),
                ("Louisiana", "Louisiana"),
                ("US Hispanic", "US Hispanic households"),
            ]
        )
        title = self.rng.choice([f"{market[0].upper()}{market[1:]} - {state} - {self.rng.choice(['March', 'July', 'November'])} {year}",
                                 f"{state} {market} market report {year}",
                                 f"Share of {state} adults who used {market} in {year}, by age group",
                                 f"{market[0].upper()}{market[1:]} in {place}: forecast to 2030"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]}, "publisher": name,
                                  "URL": self._url(f"www.{name.split()[0].lower().strip('.,')}.com"),
                                  "accessed": self.accessed_after([year])}  # fmt: skip
        return WorkFactory._org_work(self, record, "report", name, {"market-research"})

    def _news(self) -> Work:
        year = self.rng.randint(2009, 2025)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "author": self._people(2),
                                  "container-title": self.rng.choice(_PRESS), "issued": {"date-parts": [issued]},
                                  "URL": self._url(), "accessed": self.accessed_after(issued)}  # fmt: skip
        return self._person_work(record, "news")

    def _unsigned_news(self) -> Work:
        year = self.rng.randint(2009, 2025)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": paper,
                                  "issued": {"date-parts": [issued]}, "URL": self._url(),
                                  "accessed": self.accessed_after(issued)}  # fmt: skip
        return WorkFactory._org_work(self, record, "news", paper, {"press"})

    def _social(self) -> Work:
        name, tags = self.organisation()
        year = self.rng.randint(2016, 2025)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        text = self.rng.choice(["Happy Juneteenth from all of us", "¡Feliz Día de los Muertos! 🌼", "Laissez les bons temps rouler! Mardi Gras hours",
                                "Tax-free weekend starts Friday", "Rodeo season is here", "Fiesta forever 🎉", "Black Friday deals drop at 6 a.m.",
                                "We're hiring in McAllen", "Y'all asked, we listened"])  # fmt: skip
        record: dict[str, Any] = {"type": "post", "title": text, "container-title": self.rng.choice(["Instagram", "X", "TikTok", "Facebook", "LinkedIn"]),
                                  "issued": {"date-parts": [issued]}, "URL": self._url("www.instagram.com"),
                                  "accessed": self.accessed_after(issued)}  # fmt: skip
        if self.rng.random() < 0.3:
            record["author"] = self._people(1)
            return self._person_work(record, "social")
        return self._org_work(record, "social", name, tags)

    def _podcast(self) -> Work:
        year = self.rng.randint(2015, 2025)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        show = self.rng.choice(["Houston Matters", "Texas Standard", "The Big Biz Show", "Marketing Over Coffee",
                                "Louisiana Considered", "The Dallas Morning News Business Podcast", "Latino USA"])  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["song", "motion_picture"]), "title": self._title(),
                                  "container-title": show, "issued": {"date-parts": [issued]}, "URL": self._url(),
                                  "accessed": self.accessed_after(issued)}  # fmt: skip
        record["medium"] = "Podcast" if record["type"] == "song" else "YouTube video"
        if self.rng.random() < 0.6:
            record["author"] = self._people(2)
            return self._person_work(record, "podcast")
        name, tags = self.rng.choice([("Texas Tribune", {"press"}), ("Houston Public Media", {"press"}),
                                      ("WWNO", {"press", "acronym"}), ("KUT News", {"press"})])  # fmt: skip
        return WorkFactory._org_work(self, record, "podcast", name, set(tags))

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url()}
        if self.rng.random() < 0.9:
            record["accessed"] = self.accessed_after(None)
        if self.rng.random() < 0.4:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags | {"undated"})
