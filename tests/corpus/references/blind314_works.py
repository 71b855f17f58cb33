"""The blind314 pool's works: what marketers at tequila and mezcal brands, agave growers, Mexican beer and food
brands, restaurant chains, hotels, banks and retailers in Mexico and the United States' Mexican-American markets cite
in CIM Level 6 and 7 reports and MBA assignments written in English.

Written without reading the checker, its tests or any other pool. Books, chapters and journal articles with one to
eight authors (wine-business, Mexican and Latin American management, Hispanic-marketing, international-marketing
and tourism journals, some titles in Spanish), the marketing texts every candidate cites, Mexican and US public bodies
and regulators (with and without their abbreviation, two works of one body in a year), firms' pages and annual
reports with S.A.B. de C.V., S.A.P.I. de C.V., LLC, Inc., plc and Limited, the Mexican, US and drinks-trade press
signed and unsigned, market research with and without years, and undated pages. Names as Mexican scholars and journals
print them: two family names unjoined ("García López") and joined ("Sánchez-Fernández"), "de", "del", "de la" and
"de los" kept as particles, accents and "ñ"; Mexican-American and Texan names with and without their accents,
Spanish and American names.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "report", "web", "news", "market-research", "company-report", "government")

_GIVEN_MX = ["José Luis", "María Fernanda", "Juan Carlos", "Ana Sofía", "Alejandro", "Guadalupe", "Jorge", "Verónica",
             "Ricardo", "Mariana", "Luis Fernando", "Gabriela", "Francisco Javier", "Claudia", "Arturo", "Rocío",
             "Héctor", "Itzel", "Xóchitl", "Citlali", "Rodrigo", "Ximena", "Óscar", "Diana", "Cuauhtémoc", "Lourdes",
             "Miguel Ángel", "Adriana", "Eduardo", "Nayeli", "Raúl", "Patricia", "Sergio", "Beatriz", "Emilio", "Yolanda"]  # fmt: skip
_FAMILY_MX = ["García", "Hernández", "Martínez", "López", "González", "Rodríguez", "Sánchez", "Ramírez", "Cruz",
              "Flores", "Gómez", "Morales", "Vázquez", "Jiménez", "Reyes", "Díaz", "Torres", "Gutiérrez", "Ruiz",
              "Mendoza", "Aguilar", "Ortiz", "Castillo", "Moreno", "Romero", "Chávez", "Rojas", "Juárez", "Domínguez",
              "Ávila", "Ibarra", "Villaseñor", "Orozco", "Macías", "Zúñiga", "Cervantes", "Nava", "Barragán",
              "Quiñones", "Arellano", "Peña", "Solís", "Zepeda", "Valenzuela", "Olvera", "Ochoa", "Carrillo", "Lozano",
              "Salazar", "Treviño", "Garza", "Cantú", "Elizondo", "Villarreal", "Muñoz", "Ángeles", "Matus", "Toledo",
              "Íñiguez", "Bautista", "Escobedo", "Magaña", "Navarrete", "Urquiza", "Aceves", "Camarena"]  # fmt: skip
# "de", "del", "de la" and "de los" stay apart from the family name, as reference managers keep them.
_PARTICLES_MX = [("de la", "Cruz"), ("de la", "Fuente"), ("del", "Valle"), ("de", "León"), ("de la", "Torre"),
                 ("del", "Castillo"), ("de los", "Santos"), ("de", "Alba"), ("de la", "Garza"), ("del", "Río")]  # fmt: skip
_GIVEN_US = ["Michael", "Jessica", "Daniel", "Monica", "Christopher", "Adriana", "David", "Vanessa", "Robert",
             "Sarah", "Kevin", "Laura", "Brian", "Emily", "Anthony", "Rebecca"]  # fmt: skip
_FAMILY_TEJANO = ["Garza", "Treviño", "Rodriguez", "Gonzalez", "Ramirez", "Hinojosa", "Cisneros", "Saldívar",
                  "Villanueva", "Guerra", "Zamora", "Cavazos", "Longoria", "Rios", "Salinas", "Olivarez"]  # fmt: skip
_FAMILY_US = ["Smith", "Johnson", "Miller", "Anderson", "Thompson", "O'Connor", "McAllister", "Kowalski", "Brennan",
              "Whitaker", "Nguyen", "Goldberg", "Fitzgerald", "Hale", "Park", "Donnelly"]  # fmt: skip
_FAMILY_ES = ["Fernández-Sánchez", "Iglesias", "Llorens", "Zabala", "Sáez-Martínez", "Ballester", "Etxeberria",
              "Castelló", "Vidal", "Pons", "Rubio-Ortega", "Garrido"]  # fmt: skip
_GIVEN_ES = ["Javier", "Carmen", "Iñaki", "Montserrat", "Pablo", "Nuria", "Àlex", "Elena"]  # fmt: skip

# Organisations candidates cite as authors: Mexican and US public bodies and regulators, drinks, food, retail,
# hospitality and banking firms with their legal forms, trade bodies, consultancies and research firms.
_GOVERNMENT = [
    ("Instituto Nacional de Estadística y Geografía (INEGI)", {"government", "abbreviation"}),
    ("INEGI", {"government", "acronym"}), ("Secretaría de Economía", {"government"}),
    ("Secretaría de Turismo (SECTUR)", {"government", "abbreviation"}), ("SECTUR", {"government", "acronym"}),
    ("Banco de México", {"government"}),
    ("Secretaría de Agricultura y Desarrollo Rural (SADER)", {"government", "abbreviation"}),
    ("SAGARPA", {"government", "acronym"}),
    ("Instituto Mexicano de la Propiedad Industrial (IMPI)", {"government", "abbreviation"}),
    ("Procuraduría Federal del Consumidor (PROFECO)", {"government", "abbreviation"}),
    ("PROFECO", {"government", "acronym"}),
    ("Consejo Regulador del Tequila (CRT)", {"trade-body", "abbreviation"}),
    ("Consejo Regulador del Tequila", {"trade-body"}), ("CRT", {"trade-body", "acronym"}),
    ("Consejo Regulador del Mezcal (CRM)", {"trade-body", "abbreviation"}),
    ("U.S. Census Bureau", {"government", "punctuation"}), ("US Census Bureau", {"government"}),
    ("USDA Foreign Agricultural Service", {"government"}),
    ("Distilled Spirits Council of the United States (DISCUS)", {"trade-body", "abbreviation"}),
    ("Distilled Spirits Council of the United States", {"trade-body"}),
    ("Cámara Nacional de la Industria Tequilera", {"trade-body"}),
    ("Cerveceros de México", {"trade-body"}), ("Asociación Mexicana de Venta Online (AMVO)", {"trade-body", "abbreviation"}),
]  # fmt: skip
_COMPANIES = [
    ("Becle, S.A.B. de C.V.", {"company", "comma"}), ("Fomento Económico Mexicano, S.A.B. de C.V.", {"company", "comma"}),
    ("Grupo Bimbo, S.A.B. de C.V.", {"company", "comma"}), ("Diageo plc", {"company", "lowercase"}),
    ("Bacardi Limited", {"company"}), ("Constellation Brands, Inc.", {"company", "comma"}),
    ("Grupo Xcaret S.A.P.I. de C.V.", {"company"}), ("Wal-Mart de México, S.A.B. de C.V.", {"company", "comma"}),
    ("El Puerto de Liverpool, S.A.B. de C.V.", {"company", "comma"}), ("MercadoLibre, Inc.", {"company", "comma"}),
    ("Grupo Modelo", {"company"}), ("Heineken México", {"company"}), ("BBVA México", {"company", "acronym"}),
    ("Grupo Financiero Banorte", {"company"}), ("Nu México", {"company"}), ("Pernod Ricard", {"company"}),
    ("Brown-Forman Corporation", {"company"}), ("Proximo Spirits, Inc.", {"company", "comma"}),
    ("Casa Sauza", {"company"}), ("Del Maguey Single Village Mezcal", {"company"}), ("Montelobos Mezcal", {"company"}),
    ("Chuy's Holdings, Inc.", {"company", "apostrophe", "comma"}), ("Rubio's Restaurants, Inc.", {"company", "apostrophe", "comma"}),
    ("McKinsey & Company", {"company", "ampersand"}), ("Ernst & Young México", {"company", "ampersand"}),
    ("Tequila Matchmaker LLC", {"company"}), ("Aeroméxico", {"company"}), ("Grupo Herdez, S.A.B. de C.V.", {"company", "comma"}),
]  # fmt: skip
_RESEARCH = ["IWSR", "IWSR Drinks Market Analysis", "Nielsen", "NielsenIQ", "Kantar Worldpanel",
             "Kantar Worldpanel México", "Euromonitor International", "Statista", "Mintel"]  # fmt: skip
_PRESS = ["El Universal", "Reforma", "Milenio", "El Financiero", "Expansión", "El Economista", "Forbes México",
          "The Spirits Business", "Los Angeles Times", "The Wall Street Journal"]  # fmt: skip
_PRESS_URL = {"El Universal": "eluniversal.com.mx", "Reforma": "reforma.com", "Milenio": "milenio.com",
              "El Financiero": "elfinanciero.com.mx", "Expansión": "expansion.mx", "El Economista": "eleconomista.com.mx",
              "Forbes México": "forbes.com.mx", "The Spirits Business": "thespiritsbusiness.com",
              "Los Angeles Times": "latimes.com", "The Wall Street Journal": "wsj.com"}  # fmt: skip
_JOURNALS = ["Journal of Wine Economics", "International Journal of Wine Business Research", "Journal of Business Research",
             "Contaduría y Administración", "Estudios Gerenciales", "Journal of Hispanic Marketing",
             "Journal of International Marketing", "Latin American Business Review", "Tourism Management"]  # fmt: skip
_SPANISH_JOURNALS = ("Contaduría y Administración", "Estudios Gerenciales")
_TOPICS = ["premiumisation", "denomination of origin", "authenticity", "export performance", "agave sustainability",
           "mezcal tourism", "craft spirits", "celebrity spirits brands", "country-of-origin effects",
           "Hispanic consumers", "bicultural advertising", "e-commerce adoption", "digital banking", "tequila tourism",
           "geographical indications", "brand heritage", "convenience retail", "food delivery apps",
           "all-inclusive resorts", "social media engagement", "ethnic food brands", "sustainable sourcing",
           "price premiums", "influencer marketing", "omnichannel retail"]  # fmt: skip
_TEMAS = ["la denominación de origen", "el consumo de mezcal", "el turismo gastronómico", "la autenticidad de marca",
          "el comercio electrónico", "las exportaciones de tequila", "la lealtad del consumidor", "la banca digital"]  # fmt: skip
_MARKETS = ["tequila", "mezcal", "beer", "premium spirits", "ready-to-drink cocktails", "bakery", "convenience stores",
            "online retail", "digital payments", "travel and tourism", "quick-service restaurants", "hard seltzer",
            "agave spirits", "packaged food"]  # fmt: skip
_PLACES = ["Mexico", "the United States", "Jalisco", "Oaxaca", "Latin America", "the US Hispanic market", "North America",
           "Mexico City", "Guadalajara", "Quintana Roo"]  # fmt: skip
# The texts every candidate cites: (authors, title, year, edition, publisher, place).
_CLASSICS = [
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane")], "Marketing management", 2016, "15", "Pearson", "Harlow"),
    ([("Kotler", "Philip"), ("Armstrong", "Gary")], "Principles of marketing", 2018, "17", "Pearson", "Harlow"),
    ([("Keller", "Kevin Lane"), ("Swaminathan", "Vanitha")], "Strategic brand management: building, measuring, and managing brand equity", 2020, "5", "Pearson", "Harlow"),
    ([("Aaker", "David A.")], "Managing brand equity", 1991, None, "Free Press", "New York"),
    ([("Porter", "Michael E.")], "Competitive advantage: creating and sustaining superior performance", 1985, None, "Free Press", "New York"),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing", 2022, "8", "Pearson", "Harlow"),
    ([("Hollensen", "Svend")], "Global marketing", 2020, "8", "Pearson", "Harlow"),
    ([("Schiffman", "Leon G."), ("Wisenblit", "Joseph L.")], "Consumer behavior", 2019, "12", "Pearson", "Harlow"),
    ([("Kapferer", "Jean Noël")], "The new strategic brand management", 2012, "5", "Kogan Page", "London"),
    ([("Pine", "B. Joseph"), ("Gilmore", "James H.")], "The experience economy", 1999, None, "Harvard Business School Press", "Boston, MA"),
    ([("Hofstede", "Geert")], "Culture's consequences", 2001, "2", "Sage", "Thousand Oaks, CA"),
    ([("Ryan", "Damian")], "Understanding digital marketing", 2020, "5", "Kogan Page", "London"),
]  # fmt: skip


def _domain(name: str) -> str:
    return name.split()[0].strip(",").lower().replace("'", "")


class Blind314WorkFactory(WorkFactory):
    """Works for the blind314 pool: tequila, mezcal, beer, food, retail, tourism and banking in Mexico and the US."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 31400)
        self.fake = Faker("es_MX")
        self.fake.seed_instance(seed * 313 + 14)
        self.organisations: list[tuple[str, set[str], dict[str, Any]]] = []
        self.classics_used: set[int] = set()

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.5:  # Mexican: one or two family names, unjoined or joined
            given = rng.choice(_GIVEN_MX)
            first, second = rng.sample(_FAMILY_MX, 2)
            shape = rng.random()
            if shape < 0.45:
                return {"family": f"{first} {second}", "given": given}
            if shape < 0.6:
                return {"family": f"{first}-{second}", "given": given}
            return {"family": first, "given": given}
        if roll < 0.62:  # "de la Cruz", "del Valle", sometimes with a second family name
            particle, family = rng.choice(_PARTICLES_MX)
            if rng.random() < 0.4:
                family = f"{family} {rng.choice(_FAMILY_MX)}"
            return {"family": family, "given": rng.choice(_GIVEN_MX), "non-dropping-particle": particle}
        if roll < 0.77:  # Mexican-American and Texan
            return {"family": rng.choice(_FAMILY_TEJANO), "given": rng.choice(_GIVEN_US + _GIVEN_MX[:8])}
        if roll < 0.9:
            return {"family": rng.choice(_FAMILY_US), "given": rng.choice(_GIVEN_US)}
        return {"family": rng.choice(_FAMILY_ES), "given": rng.choice(_GIVEN_ES)}

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_GOVERNMENT + _COMPANIES)
        return name, set(tags)

    # ------------------------------------------------------------------ dates and titles
    def year(self) -> int:
        if self.rng.random() < 0.04:
            return self.rng.randint(1990, 2004)
        return self.rng.randint(2005, 2025)

    def _after(self, issued: list[int]) -> dict[str, list[list[int]]]:
        """An access date on or after the issue date, between 2022 and 2025."""
        year = self.rng.randint(max(issued[0], 2022), max(issued[0], 2025))
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if year == issued[0]:
            month = max(month, issued[1] if len(issued) > 1 else 1)
            day = max(day, issued[2] if len(issued) > 2 else 1)
        return {"date-parts": [[year, month, day]]}

    def _title(self) -> str:
        rng = self.rng
        topic, other = rng.sample(_TOPICS, 2)
        market, place = rng.choice(_MARKETS), rng.choice(_PLACES)
        forms = [
            f"{topic[0].upper()}{topic[1:]} in the {market} industry: evidence from {place}",
            f"The role of {topic} in {market} marketing",
            f"{topic[0].upper()}{topic[1:]} and {other}: a study of {market} consumers in {place}",
            f"When {market} goes premium: {topic} and consumer choice",
            f"Does {topic} pay? {market[0].upper()}{market[1:]} brands in {place}",
            f"{topic[0].upper()}{topic[1:]}, {other} and brand equity",
            f"Selling {market} to {place}: {topic} as a strategy",
        ]
        return rng.choice(forms)

    def _titulo(self) -> str:
        tema = self.rng.choice(_TEMAS)
        forms = [f"Factores que influyen en {tema} en México", f"Un análisis de {tema} en Jalisco y Oaxaca",
                 f"{tema[0].upper()}{tema[1:]}: retos y oportunidades para las empresas mexicanas"]  # fmt: skip
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "classic", "chapter", "journal", "government", "company-web", "company-report", "news",
             "market-research", "web-person"],
            weights=[8, 6, 5, 22, 12, 11, 7, 12, 10, 5],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 28, 16, 9, 5, 3, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then one body's second work of a year: "INEGI (2023a)" and "INEGI (2023b)".
        if self.organisations and "issued" in record and self.rng.random() < 0.14:
            name, tags, issued = self.rng.choice(self.organisations)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self._after(record["issued"]["date-parts"][0])
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.organisations.append((name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self._title() if self.rng.random() < 0.8 else self._titulo(),
            "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Pearson", "Routledge", "Palgrave Macmillan", "Springer", "Kogan Page",
                                          "McGraw-Hill", "Editorial Trillas", "Universidad de Guadalajara",
                                          "Fondo de Cultura Económica", "University of Texas Press"]),
            "publisher-place": self.rng.choice(["Harlow", "Abingdon", "New York", "Cham", "London", "Mexico City",
                                                "Ciudad de México", "Guadalajara", "Austin, TX"]),
        }  # fmt: skip
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _classic(self) -> Work:
        free = [i for i in range(len(_CLASSICS)) if i not in self.classics_used]
        if not free:
            return self._book()
        index = self.rng.choice(free)
        self.classics_used.add(index)
        authors, title, year, edition, publisher, place = _CLASSICS[index]
        record: dict[str, Any] = {"type": "book", "title": title, "author": [{"family": f, "given": g} for f, g in authors],
                                  "issued": {"date-parts": [[year]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if edition:
            record["edition"] = edition
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["Tequila and mezcal: culture, markets and heritage",
                                                "The Palgrave handbook of wine and spirits marketing",
                                                "Marketing in Latin America", "Food and drink tourism in Mexico",
                                                "Hispanic marketing: connecting with the new Latino consumer"]),
            "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "Palgrave Macmillan", "Springer", "Edward Elgar"]),
            "publisher-place": self.rng.choice(["Abingdon", "Cham", "Cheltenham", "New York"]),
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        journal = self.rng.choice(_JOURNALS)
        spanish = journal in _SPANISH_JOURNALS and self.rng.random() < 0.5
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._titulo() if spanish else self._title(), "author": self._people(8),
            "container-title": journal, "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 70)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{(start := self.rng.randint(1, 600))}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.55:
            record["DOI"] = (
                f"10.{self.rng.choice(['1017', '1016', '1108', '1080', '22201', '18046'])}/{self.fake.lexify('????').lower()}.{self.rng.randint(2010, 2025)}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _web_person(self) -> Work:
        issued = [self.year(), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {
            "type": "webpage", "title": self._title(), "author": self._people(2),
            "URL": f"https://{self.rng.choice(['blog.tequilamatchmaker.com', 'mezcalistas.com', 'www.hispanicmarketadvisors.com', 'www.merca20.com', 'www.mezcalreviews.com'])}/{self.fake.slug()}",
        }  # fmt: skip
        if self.rng.random() < 0.8:
            record["issued"] = {"date-parts": [issued[:1] if self.rng.random() < 0.6 else issued]}
        record["accessed"] = self._after(record["issued"]["date-parts"][0] if "issued" in record else [2022])
        return self._person_work(record, "web")

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        issued = [self.year()]
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]), "title": self._title(),
            "URL": f"https://www.{self.rng.choice(['inegi.org.mx', 'gob.mx', 'crt.org.mx', 'census.gov', 'fas.usda.gov', 'distilledspirits.org', 'banxico.org.mx', 'impi.gob.mx'])}/{self.fake.slug()}",
        }  # fmt: skip
        if self.rng.random() < 0.88:
            record["issued"] = {"date-parts": [issued]}
        record["accessed"] = self._after(issued)
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = self.rng.choice(
                ["Aguascalientes", "Mexico City", "Ciudad de México", "Zapopan", "Washington, DC"]
            )
        kind = "report" if record["type"] == "report" else "government"
        return self._org_work(record, kind, name, tags | {"undated"} if "issued" not in record else tags)

    def _company_web(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {
            "type": "webpage", "title": self.rng.choice([f"Our {self.rng.choice(['history', 'heritage', 'agave', 'story', 'brands', 'sustainability commitments'])}",
                                                         "Sustainability", "Investor relations", "Nuestra historia",
                                                         self._title()]),
            "URL": f"https://www.{_domain(name)}.com/{self.fake.slug()}",
        }  # fmt: skip
        if self.rng.random() < 0.75:
            record["issued"] = {"date-parts": [[self.year()]]}
        record["accessed"] = self._after(record["issued"]["date-parts"][0] if "issued" in record else [2022])
        return self._org_work(record, "web", name, tags | ({"undated"} if "issued" not in record else set()))

    def _company_report(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.year()
        record: dict[str, Any] = {
            "type": "report",
            "title": self.rng.choice([f"Annual report {year - 1}", f"Integrated annual report {year - 1}",
                                      f"Informe anual {year - 1}", f"Sustainability report {year - 1}",
                                      f"Form 10-K for the fiscal year ended February {year}"]),
            "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0],
            "publisher-place": self.rng.choice(["Guadalajara", "Monterrey", "Mexico City", "London", "Victor, NY", "Hamilton, Bermuda"]),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = f"https://www.{_domain(name)}.com/investors/{self.fake.slug()}.pdf"
            record["accessed"] = self._after([year])
        return self._org_work(record, "company-report", name, tags)

    def _news(self) -> Work:
        paper = self.rng.choice(_PRESS)
        issued = [self.year(), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._news_title(paper), "container-title": paper,
            "issued": {"date-parts": [issued]}, "URL": f"https://www.{_PRESS_URL[paper]}/{self.fake.slug()}",
        }  # fmt: skip
        record["accessed"] = self._after(issued)
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _news_title(self, paper: str) -> str:
        if (
            paper
            in ("El Universal", "Reforma", "Milenio", "El Financiero", "Expansión", "El Economista", "Forbes México")
            and self.rng.random() < 0.5
        ):
            return self.rng.choice(["Exportaciones de tequila alcanzan cifra récord", "El mezcal conquista a los consumidores de Estados Unidos",
                                    "Precio del agave se desploma tras años de escasez", "OXXO abre su tienda número 20 mil",
                                    "La banca digital gana terreno entre los jóvenes", "Cancún espera temporada récord de turistas"])  # fmt: skip
        return self._title()

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.85 else None
        market, place = self.rng.choice(_MARKETS), self.rng.choice(_PLACES)
        shown = year or 2024
        titles = [f"{market[0].upper()}{market[1:]} in {place}", f"{market[0].upper()}{market[1:]} - {place} - {shown}",
                  f"Volume of {market} sold in {place} from 2015 to {shown}",
                  f"{place[0].upper()}{place[1:]} {market} market: size and forecast to 2030",
                  f"Agave spirits: global trends {shown}"]  # fmt: skip
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice(titles), "publisher": name,
            "URL": f"https://www.{name.split()[0].lower()}.com/{self.fake.slug()}",
        }  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._after([year or 2022])
        return self._org_work(record, "market-research", name, {"market-research"})
