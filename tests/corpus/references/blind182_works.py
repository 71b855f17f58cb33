"""Works for the blind182 pool (HELD OUT): what marketers in the American Midwest and its diaspora cite.

Textbooks (American editions and e-books), chapters, journal articles with one to eight authors, MBA and PhD
theses from Kellogg, Booth, Ross, Carlson, Kelley, Fisher, Olin and Mendoza, AMA and other conference papers,
company pages and reports (Inc., Corp., Co., LLC, L.L.C., LLP, P.C., N.A. and cooperatives), trade bodies,
regulators and governments (the FTC with two works of 2019), federal and state statutes as the theme numbers them
with the legislature as author, research firms with a year in the title, the Midwest press signed and unsigned,
posts, podcasts, videos and undated pages; titles in English, Spanish, Polish and Hmong with English in square
brackets. Names are German-, Scandinavian-, Polish-, Irish-, Dutch-, Czech-, Mexican-, Hmong-, Somali-, Arab- and
African-American, with Jr., Sr. and III, middle initials, hyphens, accents and particles, and expatriate scholars.
Written without reading the checker or any other pool.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# (family, given) by heritage; given names may carry a middle initial.
_GERMAN = [("Schmidt", "Karl"), ("Schneider", "Laura"), ("Hoffmann", "Eric"), ("Becker", "Janet"), ("Koch", "Matthew"),
           ("Wagner", "Heidi"), ("Schultz", "Brian"), ("Krueger", "Amy"), ("Zimmerman", "Greg"), ("Vogel", "Kristin"),
           ("Hartmann", "Dieter"), ("Meyer", "Susan"), ("Schaefer", "Tom"), ("Mueller", "Kathryn"), ("Braun", "Nicole")]  # fmt: skip
_SCANDINAVIAN = [("Olson", "Erik"), ("Larson", "Ingrid"), ("Johnson", "Kari"), ("Anderson", "Nels"), ("Peterson", "Britta"),
                 ("Nelson", "Dale"), ("Lindqvist", "Anna"), ("Halvorsen", "Sigrid"), ("Sorensen", "Lars"), ("Gustafson", "Mark"),
                 ("Swanson", "Linnea"), ("Engstrom", "Paul"), ("Ødegaard", "Kristian"), ("Sjöberg", "Maja"), ("Bjork", "Solveig"),
                 ("Lund", "Torvald")]  # fmt: skip
_POLISH = [("Kowalski", "Jan"), ("Nowak", "Agnieszka"), ("Wiśniewski", "Piotr"), ("Zieliński", "Marta"), ("Kaczmarek", "Tomasz"),
           ("Wójcik", "Ewa"), ("Lewandowski", "Krzysztof"), ("Dąbrowski", "Katarzyna"), ("Jankowski", "Stan"),
           ("Przybylski", "Dorota"), ("Grabowski", "Mike"), ("Łukasik", "Joanna")]  # fmt: skip
_IRISH = [("O'Brien", "Kathleen"), ("O'Connor", "Sean"), ("Murphy", "Colleen"), ("Sullivan", "Patrick"), ("McCarthy", "Maureen"),
          ("Gallagher", "Brendan"), ("Fitzgerald", "Siobhan"), ("O'Malley", "Kevin"), ("Doyle", "Bridget"), ("McGuire", "Dennis"),
          ("Ó Súilleabháin", "Aoife"), ("Keane", "Declan")]  # fmt: skip
_DUTCH = [("Van Dyke", "Robert"), ("VanderMeer", "Jill"), ("Vander Ploeg", "Scott"), ("De Vries", "Karen"),
          ("Hoekstra", "Pieter"), ("Kuiper", "Amanda"), ("Bosma", "Jeff"), ("Brouwer", "Elise"), ("VanderWall", "Ryan"),
          ("Van Andel", "Nancy"), ("DeVos", "Daniel")]  # fmt: skip
_CZECH = [("Novak", "Joseph"), ("Novák", "Tereza"), ("Dvořák", "Martin"), ("Svoboda", "Lenka"), ("Procházka", "Jiří"),
          ("Kučera", "Pavel"), ("Hruska", "Linda"), ("Cerny", "Frank")]  # fmt: skip
_MEXICAN = [("Hernández", "María José"), ("García", "Luis"), ("Martínez", "Alejandra"), ("López", "Juan Carlos"),
            ("Ramírez", "Guadalupe"), ("González", "Rocío"), ("Sánchez Torres", "Miguel"), ("Gutiérrez", "Daniela"),
            ("Flores", "Ricardo"), ("Castañeda", "Ximena"), ("Villarreal", "Héctor"), ("Garza", "Sofía"), ("Treviño", "Andrés")]  # fmt: skip
_HMONG = [("Vang", "Pa Houa"), ("Xiong", "Kou"), ("Yang", "Mai Nou"), ("Lee", "Tou"), ("Moua", "Pa Nhia"), ("Thao", "Chue"),
          ("Her", "Yer"), ("Lor", "Xee"), ("Vue", "Ka"), ("Khang", "Bee"), ("Cha", "Nou")]  # fmt: skip
_SOMALI = [("Mohamed", "Abdirahman"), ("Hassan", "Hodan"), ("Ali", "Fartun"), ("Abdi", "Sahra"), ("Farah", "Abdullahi"),
           ("Warsame", "Ilhan"), ("Jama", "Hamdi"), ("Osman", "Liban"), ("Yusuf", "Amina")]  # fmt: skip
_ARAB = [("Haddad", "Rana"), ("Saleh", "Ahmad"), ("Bazzi", "Zeinab"), ("Beydoun", "Khalil"), ("Jaber", "Nadia"),
         ("Al-Hajj", "Omar"), ("El-Khatib", "Layla"), ("Hamoud", "Ali"), ("Fawaz", "Mariam")]  # fmt: skip
_BLACK = [("Jackson", "Keisha"), ("Washington", "Darnell"), ("Jefferson", "Tamika"), ("Robinson", "Marcus"),
          ("Williams", "Imani"), ("Harris", "DeShawn"), ("Banks", "LaTonya"), ("Freeman", "Jamal"), ("Coleman", "Andre"),
          ("Booker", "Monique")]  # fmt: skip
_EXPAT = [("Patel", "Nikhil"), ("Gupta", "Ritu"), ("Zhang", "Wei"), ("Kim", "Jiyeon"), ("Nakamura", "Kenji"),
          ("Okafor", "Chinedu"), ("Nguyen", "Thanh"), ("Smith", "Rebecca"), ("Brown", "Alistair"), ("Walsh", "Niamh"),
          ("Müller", "Jürgen"), ("Rossi", "Giulia")]  # fmt: skip
_HERITAGES = [_GERMAN, _SCANDINAVIAN, _POLISH, _IRISH, _DUTCH, _CZECH, _MEXICAN, _HMONG, _SOMALI, _ARAB, _BLACK, _EXPAT]
_PARTICLE_NAMES = [("van den", "Berg", "Lotte"), ("van", "Dijk", "Maarten"), ("de", "Vries", "Sanne"),
                   ("de la", "Cruz", "Gabriela"), ("von", "Bismarck", "Klaus")]  # fmt: skip
_INITIALS = "ABCDEFGHJKLMNPRSTW"
_SUFFIXES = ["Jr.", "Jr.", "Sr.", "II", "III"]

# Organisations as Midwest candidates cite them, with their legal forms.
_COMPANIES = ["U.S. Bancorp", "U.S. Bank National Association", "Fifth Third Bancorp", "Fifth Third Bank, N.A.",
              "Huntington Bancshares Inc.", "KeyCorp", "Northern Trust Corporation", "Discover Financial Services",
              "State Farm Mutual Automobile Insurance Company", "The Allstate Corporation", "Progressive Casualty Insurance Co.",
              "Nationwide Mutual Insurance Company", "Principal Financial Group", "Mutual of Omaha", "Thrivent",
              "Target Corporation", "Best Buy Co., Inc.", "Kohl's, Inc.", "Menard, Inc.", "Meijer, Inc.", "Hy-Vee, Inc.",
              "The Kroger Co.", "Walgreens Boots Alliance", "Casey's General Stores, Inc.", "Culver Franchising System, LLC",
              "Jewel-Osco", "The Kraft Heinz Company", "General Mills, Inc.", "Kellanova", "Conagra Brands, Inc.",
              "Hormel Foods Corporation", "Cargill, Incorporated", "ADM", "Land O'Lakes, Inc.", "Anheuser-Busch Companies, LLC",
              "Molson Coors Beverage Company", "Procter & Gamble", "S.C. Johnson & Son, Inc.", "Mars Wrigley", "Abbott",
              "3M", "Deere & Company", "Caterpillar Inc.", "Harley-Davidson, Inc.", "Whirlpool Corporation",
              "Ford Motor Company", "General Motors", "Stellantis", "McDonald's", "Wendy's", "Portillo's Inc.",
              "Jimmy John's Franchise, LLC", "Skyline Chili", "White Castle System, Inc.", "Leo Burnett Worldwide",
              "FCB Chicago", "Ogilvy Chicago", "Colle McVoy", "Carmichael Lynch", "Commonwealth//McCann", "Doner",
              "Crowe LLP", "Plante Moran, PLLC", "Much Shelist, P.C.", "CHS Inc.", "Organic Valley", "Navy Federal Credit Union"]  # fmt: skip
_TRADE = ["American Marketing Association", "American Marketing Association (AMA)", "Association of National Advertisers (ANA)",
          "Interactive Advertising Bureau (IAB)", "Chicago Advertising Federation", "National Retail Federation",
          "Illinois Retail Merchants Association", "Minnesota Grocers Association", "Midwest Dairy",
          "Council of Better Business Bureaus", "BBB National Programs", "Detroit Regional Chamber",
          "American Association of Advertising Agencies (4A's)", "Wisconsin Cheese Marketing Board",
          "National Cooperative Business Association CLUSA International"]  # fmt: skip
_GOVERNMENT = ["Federal Trade Commission", "Federal Trade Commission (FTC)", "Federal Communications Commission",
               "Consumer Financial Protection Bureau", "Consumer Financial Protection Bureau (CFPB)",
               "Illinois Attorney General", "Office of the Minnesota Attorney General", "U.S. Census Bureau",
               "Bureau of Labor Statistics", "U.S. Bureau of Labor Statistics", "Federal Reserve Bank of Chicago",
               "Federal Reserve Bank of Minneapolis", "Federal Reserve Bank of St. Louis",
               "Michigan Economic Development Corporation", "Indiana Office of the Attorney General",
               "Ohio Department of Development", "City of Chicago", "U.S. Small Business Administration",
               "U.S. Department of Agriculture"]  # fmt: skip
_RESEARCH = ["Nielsen", "Circana", "IRI", "Kantar", "Gallup", "Pew Research Center", "Mintel", "Statista",
             "Euromonitor International", "Edison Research", "eMarketer", "Morning Consult", "Numerator"]  # fmt: skip
_PRESS = ["Chicago Tribune", "Chicago Sun-Times", "Detroit Free Press", "Star Tribune", "Milwaukee Journal Sentinel",
          "The Plain Dealer", "Crain's Chicago Business", "Crain's Detroit Business", "Advertising Age", "Ad Age",
          "The Columbus Dispatch", "The Cincinnati Enquirer", "The Indianapolis Star", "St. Louis Post-Dispatch",
          "The Kansas City Star", "Omaha World-Herald", "The Des Moines Register", "MinnPost", "Block Club Chicago",
          "Adweek", "The Wall Street Journal", "Bloomberg", "El Informador", "Gazeta Wyborcza", "Dziennik Związkowy",
          "La Raza", "The Detroit News", "Twin Cities Business"]  # fmt: skip
_STATIONS = [("WGN-TV", "WGN News"), ("WTTW", "Chicago Tonight"), ("Minnesota Public Radio", "MPR News"),
             ("WBEZ Chicago", "Nerdette"), ("Detroit Public TV", "American Black Journal"), ("WOSU Public Media", "All Sides"),
             ("Wisconsin Public Radio", "The Morning Show")]  # fmt: skip
_PUBLISHERS = [("Pearson", "Hoboken, NJ"), ("McGraw Hill", "New York"), ("Cengage Learning", "Boston, MA"),
               ("Wiley", "Hoboken, NJ"), ("Kogan Page", "London"), ("Routledge", "New York"), ("SAGE", "Thousand Oaks, CA"),
               ("University of Chicago Press", "Chicago, IL"), ("University of Minnesota Press", "Minneapolis, MN"),
               ("Wayne State University Press", "Detroit, MI"), ("Agate Publishing", "Chicago, IL"),
               ("Harvard Business Review Press", "Boston, MA"), ("Pearson", "Harlow")]  # fmt: skip
_SCHOOLS = [("Northwestern University, Kellogg School of Management", "Evanston, IL"),
            ("University of Chicago, Booth School of Business", "Chicago, IL"),
            ("University of Michigan, Ross School of Business", "Ann Arbor, MI"),
            ("University of Minnesota, Carlson School of Management", "Minneapolis, MN"),
            ("Indiana University, Kelley School of Business", "Bloomington, IN"),
            ("The Ohio State University, Fisher College of Business", "Columbus, OH"),
            ("Washington University in St. Louis, Olin Business School", "St. Louis, MO"),
            ("University of Notre Dame, Mendoza College of Business", "Notre Dame, IN"),
            ("University of Wisconsin–Madison", "Madison, WI"), ("Instituto Tecnológico de Monterrey", "Monterrey")]  # fmt: skip
_JOURNALS = ["Journal of Marketing", "Journal of Marketing Research", "Journal of Consumer Research",
             "Journal of Retailing", "Journal of Advertising", "Journal of Public Policy & Marketing",
             "Journal of Interactive Marketing", "Journal of the Academy of Marketing Science", "Marketing Science",
             "Journal of Services Marketing", "International Journal of Research in Marketing",
             "Journal of Consumer Psychology", "Hmong Studies Journal", "Journal of Business Research",
             "Marketing Management Journal", "Journal of Brand Management", "Economic Perspectives",
             "Journal of Advertising Research", "Agribusiness"]  # fmt: skip
_CONFERENCES = [("AMA Summer Academic Conference", "Chicago, IL"), ("AMA Winter Academic Conference", "St. Petersburg, FL"),
                ("Marketing Management Association Fall Educators' Conference", "Louisville, KY"),
                ("Society for Marketing Advances Annual Conference", "Columbus, OH"),
                ("Midwest Academy of Management Annual Meeting", "Grand Rapids, MI"),
                ("Association for Consumer Research North American Conference", "Minneapolis, MN")]  # fmt: skip
_TOPICS = ["brand loyalty in the Rust Belt", "Hispanic consumers in the Midwest", "retail media networks",
           "supermarket loyalty apps", "regional bank advertising", "insurance advertising humour",
           "co-op brand trust among farmers", "Super Bowl advertising", "Black Friday footfall", "drive-thru service",
           "Gen Z and craft beer", "the Hmong American market", "Somali-owned businesses in Minneapolis",
           "Arab American shoppers in Dearborn", "first-party data after cookies", "buy now, pay later in grocery",
           "frozen custard and fast casual", "electric pick-up truck launches", "private-label growth",
           "sponsorship of the Big Ten", "Polish heritage marketing", "cause marketing in the Twin Cities",
           "rural broadband and e-commerce", "BIPA and facial recognition in retail", "text-message marketing",
           "credit card rewards", "the Midwestern \"nice\" brand voice", "hometown pride campaigns"]  # fmt: skip
_TRANSLATED = [
    "Mercadotecnia para consumidores hispanos en el Medio Oeste [Marketing to Hispanic consumers in the Midwest]",
    "El consumidor mexicano en Chicago: lealtad y remesas [The Mexican consumer in Chicago: loyalty and remittances]",
    "Publicidad bilingüe en supermercados de Monterrey y Guadalajara [Bilingual advertising in supermarkets in Monterrey and Guadalajara]",
    "Polonia w Chicago: zwyczaje zakupowe drugiego pokolenia [Polonia in Chicago: the shopping habits of the second generation]",
    "Marki polonijne na rynku amerykańskim [Polish diaspora brands in the American market]",
    "Kev lag luam rau cov Hmoob hauv Minnesota [Business for Hmong people in Minnesota]",
    "Cov tub lag luam Hmoob thiab social media [Hmong entrepreneurs and social media]",
]  # fmt: skip


class Blind182WorkFactory(WorkFactory):
    """Works for blind182 from a random source of its own, so a seed always gives the same works."""

    DRAWN: ClassVar[dict[str, int]] = {"book": 12, "chapter": 5, "journal": 20, "thesis": 4, "conference": 4, "company-web": 10,
             "company-report": 6, "trade": 5, "government": 7, "ftc-pair": 2, "legislation": 4, "research": 7,
             "news": 8, "news-unsigned": 4, "social": 3, "podcast": 2, "video": 2, "undated-web": 4}  # fmt: skip
    KINDS = ("book", "chapter", "journal", "thesis", "conference", "web", "report", "legislation", "news", "social",
             "podcast", "video")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 182 + 18201)
        self.pending: list[Work] = []
        self.paired = False  # the FTC's two works of 2019 come out once per report at most

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        rng = self.rng
        if rng.random() < 0.05:
            particle, family, given = rng.choice(_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        family, given = rng.choice(rng.choice(_HERITAGES))
        roll = rng.random()
        if roll < 0.25:  # a middle initial, as Americans sign
            given = f"{given} {rng.choice(_INITIALS)}."
        elif roll < 0.29:  # a hyphened married name
            other = rng.choice(rng.choice(_HERITAGES))[0]
            if " " not in other and other != family:
                family = f"{family}-{other}"
        name = {"family": family, "given": given}
        if rng.random() < 0.07:
            name["suffix"] = rng.choice(_SUFFIXES)
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[36, 26, 16, 8, 5, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    # ------------------------------------------------------------------ dates and addresses
    def year(self) -> int:
        if self.rng.random() < 0.04:
            return self.rng.randint(1960, 1995)  # the classics
        return self.rng.randint(2005, 2025)

    def _accessed(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        low = 2023 if issued is None else max(2023, issued[0] + (1 if len(issued) > 1 else 0))
        low = min(low, 2025)
        return {"date-parts": [[self.rng.randint(low, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _slug(self) -> str:
        words = ["midwest", "loyalty", "shoppers", "2024", "insights", "report", "brand", "consumer", "trends",
                 "newsroom", "story", "press-release", "data", "privacy", "chicago", "detroit", "twin-cities"]  # fmt: skip
        return "-".join(self.rng.sample(words, self.rng.randint(2, 4)))

    def _url(self, name: str, tld: str = ".com") -> str:
        host = "".join(ch for ch in name.lower().split(",")[0].split(" (")[0] if ch.isalnum())[:18] or "site"
        return f"https://www.{host}{tld}/{self._slug()}"

    def _id(self) -> str:
        self.counter += 1
        return f"b182w{self.counter}"

    def _title(self) -> str:
        rng = self.rng
        if rng.random() < 0.08:
            return rng.choice(_TRANSLATED)
        topic = rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]}: evidence from {rng.choice(['Illinois', 'Ohio', 'Michigan', 'Minnesota', 'Wisconsin', 'Iowa', 'Indiana', 'Missouri', 'the Great Lakes states', 'the Twin Cities', 'Metro Detroit'])}",
                 f"Rethinking {topic}", f"What drives {topic}?", f"{topic[0].upper()}{topic[1:]} and customer lifetime value",
                 f"The effect of {topic} on purchase intention", f"{topic[0].upper()}{topic[1:]}: a field experiment",
                 f"When heartland values meet {topic}", f"Beyond the coasts: {topic}"]  # fmt: skip
        return rng.choice(forms)

    def _issued(self, full: bool = False) -> dict[str, list[list[int]]]:
        year = self.year()
        if full:
            year = min(year, 2024)
            return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        return {"date-parts": [[year]]}

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        if kind is None and self.pending:
            return self.pending.pop()
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, tags | {"organisation"})

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": self._issued(), "publisher": publisher, "publisher-place": place}  # fmt: skip
        roll = self.rng.random()
        if roll < 0.35:
            record["edition"] = str(self.rng.randint(2, 18))
        if self.rng.random() < 0.2:
            record["medium"] = self.rng.choice(["eBook", "Kindle edition"])
        return self._person(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 380)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["The Routledge companion to regional marketing", "Handbook of multicultural marketing",
                                                "Marketing in the heartland", "The SAGE handbook of retail branding",
                                                "Latinx consumers in the United States", "Food marketing in America"]),
            "issued": self._issued(), "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": self._issued(),
            "volume": str(self.rng.randint(1, 89)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{start}-{start + self.rng.randint(8, 28)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.choice(['1177', '1016', '1093', '1287', '1509'])}/{self.rng.choice(['jm', 'jmr', 'jcr', 'jret', 'ja'])}.{self.rng.randint(2005, 2025)}.{self.rng.randint(100, 99999)}"
            )
        return self._person(record, "journal")

    def _thesis(self) -> Work:
        school, place = self.rng.choice(_SCHOOLS)
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": [self.person()], "issued": self._issued(),
            "genre": self.rng.choice(["MBA dissertation", "PhD thesis", "DBA thesis", "MS thesis", "Tesis de maestría"]),
            "publisher": school, "publisher-place": place,
        }  # fmt: skip
        return self._person(record, "thesis")

    def _conference(self) -> Work:
        event, place = self.rng.choice(_CONFERENCES)
        start = self.rng.randint(1, 400)
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": f"Proceedings of the {event}", "event-place": place, "issued": self._issued(),
            "page": f"{start}-{start + self.rng.randint(2, 12)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["publisher"] = (
                "American Marketing Association" if "AMA" in event else "Marketing Management Association"
            )
        return self._person(record, "conference")

    def _company_web(self) -> Work:
        name = self.rng.choice(_COMPANIES)
        issued = self._issued()
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice([
            f"Our story: {self.rng.choice(['since 1902', 'a heartland brand', 'proudly Midwestern', 'from farm to table'])}",
            "Corporate responsibility", "Newsroom: press releases", "Supplier diversity", "Our brands",
            f"{self.rng.choice(['Fiscal', 'FY'])} {issued['date-parts'][0][0] - 1} fourth-quarter results",
            "Privacy notice for California and Illinois residents", "Careers in marketing"]), "URL": self._url(name)}  # fmt: skip
        if self.rng.random() < 0.8 or "results" in record["title"]:
            record["issued"] = issued
        if self.rng.random() < 0.88:
            record["accessed"] = self._accessed(record.get("issued", {}).get("date-parts", [None])[0])
        return self._org(record, "web", name, {"company"})

    def _company_report(self) -> Work:
        name = self.rng.choice(_COMPANIES)
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"{year} annual report", f"Form 10-K for the fiscal year {year}",
                                                         f"{year} corporate responsibility report", f"Impact report {year}",
                                                         f"Investor day {year}"]),
            "issued": {"date-parts": [[min(year + self.rng.randint(0, 1), 2025)]]}, "publisher": name,
            "publisher-place": self.rng.choice(["Minneapolis, MN", "Chicago, IL", "Cincinnati, OH", "Detroit, MI", "Omaha, NE"]),
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url(name)
            record["accessed"] = self._accessed(record["issued"]["date-parts"][0])
        return self._org(record, "report", name, {"company"})

    def _trade(self) -> Work:
        name = self.rng.choice(_TRADE)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "URL": self._url(name, ".org")}  # fmt: skip
        if self.rng.random() < 0.85:
            record["issued"] = self._issued()
        record["accessed"] = self._accessed(record.get("issued", {}).get("date-parts", [None])[0])
        return self._org(record, "report" if record["type"] == "report" else "web", name, {"trade-body"})

    def _government(self) -> Work:
        name = self.rng.choice(_GOVERNMENT)
        if name.startswith(("U.S. Census", "Bureau", "U.S. Bureau", "Federal Reserve")):
            place = self.rng.choice(['Minnesota', 'Cook County, Illinois', 'Wayne County, Michigan', 'Milwaukee city, Wisconsin', 'Franklin County, Ohio'])  # fmt: skip
            title = self.rng.choice([f"QuickFacts: {place}", f"American Community Survey 5-year estimates: {place}",
                                     f"Consumer expenditures in the Midwest region, {self.rng.randint(2015, 2024)}",
                                     "Consumer sentiment in the Seventh District", "Household debt and credit in the Ninth District",
                                     f"Employment situation in {place}"])  # fmt: skip
            record0: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title,
                                       "issued": self._issued(), "URL": self._url(name, ".gov")}  # fmt: skip
            record0["accessed"] = self._accessed(record0["issued"]["date-parts"][0])
            return self._org(record0, "report" if record0["type"] == "report" else "web", name, {"government"})
        titles = [self._title(), "Protecting consumers from junk fees", "Small business marketing guide",
                  "Enforcement action: deceptive advertising", "Data breach notification guidance", "Guidance on text-message marketing"]  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(titles),
                                  "issued": self._issued(), "URL": self._url(name, ".gov")}  # fmt: skip
        record["accessed"] = self._accessed(record["issued"]["date-parts"][0])
        return self._org(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _ftc_pair(self) -> Work:
        """The FTC's two works of 2019: one now, the other the next time a work is drawn."""
        if self.paired:
            return self._government()
        self.paired = True
        titles = ["Protecting older consumers 2018-2019", "Children's Online Privacy Protection Rule: a six-step compliance plan",
                  "Complying with the Made in USA standard", "Native advertising: a guide for businesses"]  # fmt: skip
        first, second = self.rng.sample(titles, 2)
        works = []
        for title in (first, second):
            record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[2019]]},
                                      "URL": f"https://www.ftc.gov/business-guidance/resources/{self._slug()}",
                                      "accessed": self._accessed([2019])}  # fmt: skip
            works.append(self._org(record, "report", "Federal Trade Commission", {"government", "pair"}))
        self.pending.append(works[1])
        return works[0]

    def _legislation(self) -> Work:
        author, title, year, url = self.rng.choice([
            ("U.S. Congress", "Children's Online Privacy Protection Act of 1998, 15 U.S.C. §§ 6501–6506", 1998, "https://www.law.cornell.edu/uscode/text/15/6501"),
            ("U.S. Congress", "Controlling the Assault of Non-Solicited Pornography and Marketing (CAN-SPAM) Act of 2003, 15 U.S.C. §§ 7701–7713", 2003, "https://www.law.cornell.edu/uscode/text/15/chapter-103"),
            ("U.S. Congress", "Telephone Consumer Protection Act of 1991, 47 U.S.C. § 227", 1991, "https://www.law.cornell.edu/uscode/text/47/227"),
            ("Illinois General Assembly", "Biometric Information Privacy Act (BIPA), 740 ILCS 14", 2008, "https://www.ilga.gov/legislation/ilcs/ilcs3.asp?ActID=3004"),
            ("Minnesota Legislature", "Minnesota Consumer Data Privacy Act, Minn. Stat. §§ 325M.10–325M.21", 2024, "https://www.revisor.mn.gov/statutes/cite/325M"),
            ("Indiana General Assembly", "Indiana Consumer Data Protection Act, Ind. Code § 24-15", 2023, "https://iga.in.gov/laws/2023/ic/titles/24#24-15"),
            ("Federal Trade Commission", "Guides Concerning the Use of Endorsements and Testimonials in Advertising, 16 C.F.R. Part 255", 2023, "https://www.ecfr.gov/current/title-16/part-255"),
            ("Federal Communications Commission", "Rules and regulations implementing the Telephone Consumer Protection Act, 47 C.F.R. § 64.1200", 2012, "https://www.ecfr.gov/current/title-47/section-64.1200"),
        ])  # fmt: skip
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]}}
        if self.rng.random() < 0.6:
            record["URL"] = url
            record["accessed"] = self._accessed([year])
        return self._org(record, "legislation", author, {"legislation", "government"})

    def _research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.92 else None
        shown = year or 2024
        titles = [f"{self.rng.choice(['Frozen food', 'Craft beer', 'Pickup trucks', 'Fast food', 'Pet food', 'Breakfast cereal', 'Banking'])} - US - {self.rng.choice(['March', 'July', 'November'])} {shown}",
                  f"The Midwest consumer {shown}", f"State of the American grocery shopper {shown}",
                  f"Total audience report: Q{self.rng.randint(1, 4)} {shown}", f"Americans' trust in banks, {shown}",
                  f"Holiday shopping outlook {shown}: Black Friday and Cyber Monday", f"The Infinite Dial {shown}",
                  f"U.S. Hispanic consumer trends {shown}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": f"https://www.{name.split()[0].lower()}.com/insights/{self._slug()}"}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed([year] if year else None)
        return self._org(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._headline(), "author": self._people(3),
                                  "container-title": paper, "issued": self._issued(full=True),
                                  "URL": self._url(paper)}  # fmt: skip
        if self.rng.random() < 0.9:
            record["accessed"] = self._accessed(record["issued"]["date-parts"][0])
        return self._person(record, "news")

    def _news_unsigned(self) -> Work:
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._headline(), "container-title": paper,
                                  "issued": self._issued(full=True), "URL": self._url(paper)}  # fmt: skip
        record["accessed"] = self._accessed(record["issued"]["date-parts"][0])
        return self._org(record, "news", paper, {"press"})

    def _headline(self) -> str:
        rng = self.rng
        brand = rng.choice(["Target", "Best Buy", "Kohl's", "Meijer", "Hy-Vee", "Culver's", "Portillo's", "Jewel-Osco",
                            "General Mills", "Kellogg's", "State Farm", "Allstate", "Progressive", "Fifth Third",
                            "Harley-Davidson", "Ford", "GM", "Menards", "Casey's", "Skyline Chili", "White Castle"])  # fmt: skip
        return rng.choice([f"{brand} bets big on the Super Bowl again", f"Why {brand} is doubling down on the Midwest",
                           f"{brand} rolls out a new loyalty program", f"{brand} faces BIPA lawsuit in Cook County",
                           f"Inside {brand}'s Black Friday playbook", f"{brand} cuts ad spending as inflation bites",
                           f"{brand} taps Leo Burnett for rebrand", f"How {brand} won over Gen Z in Chicago",
                           f"{brand} opens first store in Fargo", f"{brand} marketing chief steps down"])  # fmt: skip

    def _social(self) -> Work:
        name, handle = self.rng.choice([("Culver's", "culvers"), ("Portillo's", "portillos"), ("Target", "target"),
                                        ("Hy-Vee", "hyvee"), ("White Castle", "whitecastle"), ("Menards", "menards"),
                                        ("Wendy's", "wendys"), ("Meijer", "meijer"), ("Kohl's", "kohls")])  # fmt: skip
        platform = self.rng.choice(["Instagram", "TikTok", "X (formerly Twitter)", "Facebook", "LinkedIn"])
        record: dict[str, Any] = {"type": "post", "title": self.rng.choice([
            "Flavor of the Day is back", "Happy Fourth of July from our family to yours", "Crave Case giveaway",
            "Our Black Friday deals start now", "Proud to sponsor the Minnesota State Fair", "Italian beef season"]),
            "container-title": platform, "issued": {"date-parts": [[self.rng.randint(2016, 2024), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}, "URL": f"https://www.{platform.split()[0].lower()}.com/{handle}"}  # fmt: skip
        record["accessed"] = self._accessed(record["issued"]["date-parts"][0])
        return self._org(record, "social", name, {"company", "social"})

    def _podcast(self) -> Work:
        station, show = self.rng.choice(_STATIONS)
        record: dict[str, Any] = {"type": "broadcast", "title": self._headline(), "author": self._people(2),
                                  "container-title": show, "publisher": station, "medium": "Podcast",
                                  "issued": self._issued(full=True), "URL": self._url(station)}  # fmt: skip
        record["accessed"] = self._accessed(record["issued"]["date-parts"][0])
        return self._person(record, "podcast")

    def _video(self) -> Work:
        name = self.rng.choice(["Ad Age", "Leo Burnett Worldwide", "Ford Motor Company", "State Farm", "Kellogg School of Management",
                                "Chicago Booth Review", "WGN-TV", "Anheuser-Busch"])  # fmt: skip
        record: dict[str, Any] = {"type": "motion_picture", "title": self.rng.choice([
            "Behind the Super Bowl spot", "Like a good neighbor: fifty years of a jingle", "The Detroit Auto Show reveal",
            "Marketing to the Midwest: a panel discussion", "How the Clydesdales became a brand"]),
            "medium": "YouTube video", "issued": self._issued(full=True), "URL": f"https://www.youtube.com/watch?v={self.rng.randint(10**6, 10**7)}"}  # fmt: skip
        record["accessed"] = self._accessed(record["issued"]["date-parts"][0])
        return self._org(record, "video", name, {"video"})

    def _undated_web(self) -> Work:
        if self.rng.random() < 0.4:
            site = self.rng.choice(["Chicago Booth Review", "Kellogg Insight", "Michigan Ross News", "Fisher Insights"])
            record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                      "container-title": site, "URL": self._url(site)}  # fmt: skip
            record["accessed"] = self._accessed(None)
            return self._person(record, "web")
        name = self.rng.choice(_COMPANIES + _TRADE)
        record = {"type": "webpage", "title": self.rng.choice(["About us", "Our history", "Community giving", "Brand guidelines",
                                                                "Frequently asked questions", "Sustainability"]),
                  "URL": self._url(name), "accessed": self._accessed(None)}  # fmt: skip
        return self._org(record, "web", name, {"undated"})
