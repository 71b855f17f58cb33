"""Works for the blind305 pool: what marketers at Peruvian restaurants, pisco and cacao producers, superfood
exporters, Andean tour operators, alpaca-textile brands and PromPerú cite in CIM Level 6 and 7 reports and MBA
assignments written in English in Peru, the UK, Spain, Chile and the United States.

Written without reading the checker, its tests or any other pool. Authors are Peruvian and Chilean scholars with
two family names and "de", "del" and "de la" as their journals print them, Quechua, Nikkei and Chinese Peruvian
names, Spanish, American and British ones; organisations are Peru's public bodies (INEI, PromPerú, MINCETUR, BCRP,
SENASA, SUNAT, the Ministerio de Cultura), multilaterals (FAO, ILO, IDB, World Bank, UNESCO), firms with S.A.,
S.A.A., S.A.C., E.I.R.L., Ltd and Inc., the Peruvian and international press and market-research houses.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# The kinds of work the reports hold: books (the marketing texts among them), chapters, journal articles, web pages
# (firms', public bodies' and authors'), reports (public bodies', multilaterals', firms' and market research) and press.
KINDS = ("book", "chapter", "journal", "web", "report", "news")

# (given, family, particle) as Latin American journals print them: two family names, particles kept apart.
_PERUVIAN = [
    ("María Fernanda", "Rodríguez Salazar", ""), ("José Luis", "Quispe Mamani", ""), ("Rosa", "Huamán Condori", ""),
    ("Carlos", "Ugarte Ochoa", ""), ("Lucía", "Matos Mar", ""), ("Javier", "Torres Vásquez", ""),
    ("Ana Cecilia", "Castillo Núñez", ""), ("Diego", "Ñahui Ccori", ""), ("Milagros", "Pérez Cárdenas", ""),
    ("Ricardo", "Soto", "de"), ("Gabriela", "Cruz Ortiz", "de la"), ("Fernando", "Castillo Ríos", "del"),
    ("Patricia", "Piérola Ruiz", "de"), ("Alonso", "Puente Gallardo", "de la"), ("Inés", "Solar Urbina", "del"),
    ("Hugo", "Mamani Choque", ""), ("Yolanda", "Ccahuana Huillca", ""), ("Wilfredo", "Apaza Ticona", ""),
    ("Kenji", "Nakamura Higa", ""), ("Hiroshi", "Tsumura", ""), ("Akemi", "Matsufuji Kanashiro", ""),
    ("Rosa", "Yamashiro Oshiro", ""), ("Jorge", "Chang Wong", ""), ("Luis", "Chiang Lau", ""),
    ("Mei", "Lee Chu", ""), ("Andrés", "Fernández-Baca", ""), ("Mónica", "Zegarra Flórez", ""),
    ("Álvaro", "Miró Quesada", ""), ("Sofía", "Belaúnde Terry", ""), ("Tupac", "Yupanqui Sumac", ""),
]  # fmt: skip
_CHILEAN = [
    ("Francisca", "Undurraga Vicuña", ""), ("Matías", "González Errázuriz", ""), ("Catalina", "Muñoz Larraín", ""),
    ("Sebastián", "Toro", "del"), ("Valentina", "Fuente Riquelme", "de la"), ("Ignacio", "Aguirre Cerda", ""),
]  # fmt: skip
_SPANISH = [("Pilar", "Martínez-López", ""), ("Jordi", "Puig i Soler", ""), ("Carmen", "Sánchez García", ""),
            ("Íñigo", "Urkullu Etxeberria", ""), ("Elena", "Blas", "de"), ("Raúl", "Villar Camacho", "")]  # fmt: skip
_ANGLO = [("Sarah", "Whitfield", ""), ("David", "Bell", ""), ("Emma", "O'Connell", ""), ("Michael", "Hall", ""),
          ("Rebecca", "McKenzie", ""), ("Thomas", "Ashworth", ""), ("Jennifer", "Kowalski", ""),
          ("Paul", "Gibbons", ""), ("Laura", "Bennett-Jones", ""), ("Marcus", "Fielding", ""),
          ("Kathryn", "Rasmussen", ""), ("Oliver", "Pemberton", "")]  # fmt: skip

_GOVERNMENT = [
    ("Instituto Nacional de Estadística e Informática (INEI)", {"government", "abbreviation"}),
    ("INEI", {"government", "acronym"}),
    ("PromPerú", {"government"}),
    ("Comisión de Promoción del Perú para la Exportación y el Turismo (PromPerú)", {"government", "abbreviation"}),
    ("Ministerio de Comercio Exterior y Turismo (MINCETUR)", {"government", "abbreviation"}),
    ("MINCETUR", {"government", "acronym"}),
    ("Banco Central de Reserva del Perú (BCRP)", {"government", "abbreviation"}),
    ("Banco Central de Reserva del Perú", {"government"}),
    ("Servicio Nacional de Sanidad Agraria (SENASA)", {"government", "abbreviation"}),
    ("SUNAT", {"government", "acronym"}),
    ("Ministerio de Cultura", {"government"}),
    ("Ministry of Culture (Peru)", {"government"}),
    ("Ministerio de Desarrollo Agrario y Riego (MIDAGRI)", {"government", "abbreviation"}),
]  # fmt: skip
_MULTILATERAL = [
    ("Food and Agriculture Organization of the United Nations (FAO)", {"abbreviation"}), ("FAO", {"acronym"}),
    ("International Labour Organization (ILO)", {"abbreviation"}), ("ILO", {"acronym"}),
    ("Inter-American Development Bank (IDB)", {"abbreviation"}), ("Inter-American Development Bank", set()),
    ("World Bank", set()), ("UNESCO", {"acronym"}), ("UNESCO World Heritage Centre", set()),
    ("World Travel & Tourism Council (WTTC)", {"ampersand", "abbreviation"}),
    ("UN Tourism", set()), ("OECD", {"acronym"}),
]  # fmt: skip
_HOMES = {"FAO": ("Rome", "fao.org"), "ILO": ("Geneva", "ilo.org"), "Labour": ("Geneva", "ilo.org"),
          "Inter-American": ("Washington, DC", "iadb.org"), "World Bank": ("Washington, DC", "worldbank.org"),
          "UNESCO": ("Paris", "unesco.org"), "WTTC": ("London", "wttc.org"), "OECD": ("Paris", "oecd.org")}  # fmt: skip
_COMPANIES = [
    ("Alicorp S.A.A.", {"company"}), ("Gloria S.A.", {"company"}), ("Belmond Ltd.", {"company"}),
    ("Grupo Inca S.A.C.", {"company"}), ("Destilería La Caravedo S.A.C.", {"company"}),
    ("Machu Picchu Foods S.A.C.", {"company"}), ("Michell & Cía. S.A.", {"company", "ampersand"}),
    ("Inca Rail S.A.", {"company"}), ("PeruRail S.A.", {"company"}), ("Inkaterra", {"company"}),
    ("Mater Iniciativa", {"company"}), ("Bodega Queirolo S.A.C.", {"company"}),
    ("Viñas de Oro E.I.R.L.", {"company"}), ("Sol Alpaca", {"company"}), ("Kuna", {"company"}),
    ("Barsol Spirits Inc.", {"company"}), ("Grupo Acurio Restaurantes", {"company"}),
    ("LATAM Airlines Group S.A.", {"company"}), ("Rainforest Alliance", {"company"}),
    ("Asociación Peruana de Gastronomía (APEGA)", {"abbreviation"}),
    ("Sociedad de Comercio Exterior del Perú (ComexPerú)", {"abbreviation"}),
    ("Asociación de Exportadores (ADEX)", {"abbreviation"}), ("Cámara de Comercio de Lima", set()),
    ("Consejo Regulador del Pisco", set()), ("The World's 50 Best Restaurants", {"apostrophe"}),
    ("Latin America's 50 Best Restaurants", {"apostrophe"}), ("Tripadvisor", {"company", "lowercase"}),
]  # fmt: skip
_RESEARCH = ["Euromonitor International", "Mintel", "Ipsos Perú", "Kantar", "Kantar IBOPE Media", "IWSR",
             "Statista", "Statista Research Department", "Datum Internacional", "GfK Perú"]  # fmt: skip
_PRESS = ["El Comercio", "Gestión", "La República", "Perú21", "Andina", "Americas Quarterly", "Financial Times",
          "Eater", "The Guardian", "Condé Nast Traveller", "Bloomberg Línea", "The Drinks Business"]  # fmt: skip
_PRESS_ORG = ["Andina", "Redacción Gestión", "Redacción El Comercio", "Perú21", "Americas Quarterly"]  # fmt: skip
_JOURNALS = ["Journal of Travel Research", "Tourism Management", "Journal of Place Management and Development",
             "British Food Journal", "Journal of Latin American Studies", "Academia Revista Latinoamericana de Administración",
             "Journal of Fashion Marketing and Management", "Food Policy", "Annals of Tourism Research",
             "Journal of Gastronomy and Tourism", "Place Branding and Public Diplomacy", "Revista de Ciencias Sociales",
             "International Journal of Gastronomy and Food Science", "Journal of Rural Studies"]  # fmt: skip
_TOPICS = ["gastronomy tourism", "nation branding", "the Marca Perú campaign", "pisco exports", "fine-aroma cacao",
           "superfood exports", "quinoa prices", "alpaca fibre", "Andean textiles", "Machu Picchu visitor quotas",
           "culinary destination image", "Nikkei cuisine", "chef-led place branding", "geographical indications",
           "denominations of origin", "community-based tourism", "Instagram and food tourism", "luxury rail travel",
           "sustainable sourcing", "fair-trade coffee", "export promotion", "country-of-origin effects",
           "digital channels for exporters", "slow fashion", "biodiversity and menus", "heritage and authenticity"]  # fmt: skip
_PLACES = ["Peru", "Lima", "Cusco", "the Sacred Valley", "the Andes", "Latin America", "the Peruvian Amazon",
           "Arequipa", "Ica", "the Pacific Alliance"]  # fmt: skip
_TEXTBOOKS = [
    ("Kotler", "Philip", [("Keller", "Kevin Lane"), ("Chernev", "Alexander")], "Marketing management", "Pearson", "Harlow", "16"),
    ("Chaffey", "Dave", [("Ellis-Chadwick", "Fiona")], "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow", "8"),
    ("Anholt", "Simon", [], "Competitive identity: the new brand management for nations, cities and regions", "Palgrave Macmillan", "Basingstoke", ""),
    ("Kapferer", "Jean-Noël", [], "The new strategic brand management", "Kogan Page", "London", "5"),
    ("Hollensen", "Svend", [], "Global marketing", "Pearson", "Harlow", "8"),
    ("Keller", "Kevin Lane", [("Swaminathan", "Vanitha")], "Strategic brand management: building, measuring, and managing brand equity", "Pearson", "Harlow", "5"),
    ("Pine", "B. Joseph", [("Gilmore", "James H.")], "The experience economy", "Harvard Business Review Press", "Boston, MA", ""),
    ("Dinnie", "Keith", [], "Nation branding: concepts, issues, practice", "Routledge", "Abingdon", "3"),
    ("Morgan", "Nigel", [("Pritchard", "Annette"), ("Pride", "Roger")], "Destination brands: managing place reputation", "Butterworth-Heinemann", "Oxford", "3"),
    ("Porter", "Michael E.", [], "Competitive advantage: creating and sustaining superior performance", "Free Press", "New York", ""),
]  # fmt: skip


class Blind305WorkFactory(WorkFactory):
    """Works Peruvian gastronomy, pisco, cacao, superfood, Andean tourism and alpaca marketers cite."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 43 + 30501)
        self.org_years: list[tuple[str, set[str], int]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        table = _PERUVIAN if roll < 0.45 else _CHILEAN if roll < 0.55 else _SPANISH if roll < 0.65 else _ANGLO
        if roll >= 0.9:
            fake = self.fakers[self.rng.choice(["en_GB", "en_US", "es_ES"])]
            given, family, particle = fake.first_name(), fake.last_name(), ""
        else:
            given, family, particle = self.rng.choice(table)
        name = {"family": family, "given": given}
        if particle:
            name["non-dropping-particle"] = particle
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if all(p["family"] != person["family"] for p in people):
                people.append(person)
        return people

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1986, 2004)
        return self.rng.randint(2008, 2025)

    def accessed(self) -> dict[str, list[list[int]]]:
        return {"date-parts": [[self.rng.randint(2025, 2026), self.rng.randint(1, 11), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        topic, place = self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"{topic[0].upper()}{topic[1:]}: evidence from {place}",
                 f"From farm to fine dining: {topic} in {place}", f"The role of {topic} in {place}'s image abroad",
                 f"{topic[0].upper()}{topic[1:]} and {self.rng.choice(_TOPICS)}",
                 f"Rethinking {topic}: lessons from {place}", f"Who benefits from {topic}? The case of {place}"]  # fmt: skip
        return self.rng.choice(forms)

    def _url(self, host: str) -> str:
        return f"https://www.{host}/{self.fakers['es_ES'].slug()}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "government", "multilateral", "company", "press", "market-research",
             "web-person", "textbook"],
            weights=[9, 6, 24, 12, 7, 11, 11, 8, 5, 7],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self._title(), "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "Fondo Editorial PUCP", "Universidad del Pacífico", "Palgrave Macmillan",
                                          "Channel View Publications", "CABI", "Goodfellow", "Instituto de Estudios Peruanos"]),
            "publisher-place": self.rng.choice(["Abingdon", "Lima", "London", "Bristol", "Wallingford", "Oxford", "Santiago"]),
        }  # fmt: skip
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 4))
        return self._person_work(record, "book")

    def _textbook(self) -> Work:
        family, given, others, title, publisher, place, edition = self.rng.choice(_TEXTBOOKS)
        authors = [{"family": family, "given": given}] + [{"family": f, "given": g} for f, g in others]
        record: dict[str, Any] = {"type": "book", "title": title, "author": authors,
                                  "issued": {"date-parts": [[self.rng.randint(2007, 2024)]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if edition:
            record["edition"] = edition
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": self._people(2), "container-title": self.rng.choice([
                "The Routledge handbook of gastronomic tourism", "Food tourism in Latin America",
                "Tourism in the Andes: culture, heritage and development", "Nation branding in Latin America",
                "The Routledge handbook of place branding", "Sustainable fashion in Latin America"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Routledge", "CABI", "Springer"]),
            "publisher-place": self.rng.choice(["Abingdon", "Wallingford", "Cham"]),
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 110)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(9, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.choice(['1177', '1016', '1108', '1017'])}/{self.fakers['en_GB'].lexify('????').upper()}-{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "URL": self._url(self.rng.choice(["medium.com", "linkedin.com/pulse", "skift.com", "phys.org"])),
                                  "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.8:
            record["issued"] = {"date-parts": [[self.year()]]}
        return self._person_work(record, "web")

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then one organisation's second work of a year already cited: "PromPerú (2023a)", "(2023b)".
        if self.org_years and "issued" in record and self.rng.random() < 0.14:
            name, tags, year = self.rng.choice(self.org_years)
            record["issued"] = {"date-parts": [[year]]}
        if "issued" in record:
            self.org_years.append((name, set(tags), record["issued"]["date-parts"][0][0]))
        if record.get("type") == "report":
            record["publisher"] = name.split(" (")[0]
        return self._org_work(record, kind, name, set(tags))

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        titles = ["Perfil del turista extranjero", "Informe anual de turismo", "Reporte de comercio exterior",
                  "Peru: exportaciones de superalimentos", "Estadísticas de llegadas de visitantes internacionales",
                  "Plan Estratégico Nacional de Exportación", "Memoria anual", "Encuesta Nacional de Hogares: informe técnico",
                  "Reporte de inflación", "Peru travel trends", "Boletín estadístico de pisco"]  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "report", "webpage"]),
                                  "title": f"{self.rng.choice(titles)} {self.rng.randint(2015, 2024)}",
                                  "URL": self._url(self.rng.choice(["gob.pe", "inei.gob.pe", "bcrp.gob.pe", "promperu.gob.pe"])),
                                  "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.9:
            record["issued"] = {"date-parts": [[self.year()]]}
        if record["type"] == "report":
            record["publisher-place"] = "Lima"
        return self._org(record, "report" if record["type"] == "report" else "web", name, tags | {"government"})

    def _multilateral(self) -> Work:
        name, tags = self.rng.choice(_MULTILATERAL)
        place, host = next((v for k, v in _HOMES.items() if k in name), ("Madrid", "unwto.org"))
        record: dict[str, Any] = {"type": "report", "title": self._title(), "issued": {"date-parts": [[self.year()]]},
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = self._url(host)
            record["accessed"] = self.accessed()
        return self._org(record, "report", name, tags)

    def _company(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        if self.rng.random() < 0.4:
            record: dict[str, Any] = {"type": "report", "title": f"{self.rng.choice(['Memoria anual', 'Annual report', 'Sustainability report', 'Reporte de sostenibilidad'])} {self.rng.randint(2016, 2024)}",
                                      "issued": {"date-parts": [[self.year()]]}, "publisher-place": "Lima",
                                      "URL": self._url("smv.gob.pe"), "accessed": self.accessed()}  # fmt: skip
            return self._org(record, "report", name, tags)
        record = {"type": "webpage", "title": self.rng.choice(["Our story", "Nuestra historia", "Sustainability",
                                                                "About us", "Our producers", "Press room", "Our menu",
                                                                "Sostenibilidad", "The journey"]),
                  "URL": self._url(self.fakers["en_GB"].domain_name()), "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.55:
            record["issued"] = {"date-parts": [[self.year()]]}
        return self._org(record, "web", name, tags)

    def _press(self) -> Work:
        year = min(self.year(), 2024)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(self.fakers["en_GB"].domain_name()), "accessed": self.accessed(),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        name = self.rng.choice(_PRESS_ORG)
        record["container-title"] = name
        record["issued"] = {"date-parts": [[year]]}
        return self._org(record, "news", name, {"press"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        market = self.rng.choice(["Pisco", "Spirits", "Superfoods", "Chocolate confectionery", "Luxury goods",
                                  "Travel", "Foodservice", "Apparel and footwear", "Packaged food", "Coffee"])  # fmt: skip
        country = self.rng.choice(["Peru", "Chile", "the US", "the UK", "Spain", "Latin America"])
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice([
            f"{market} in {country}", f"{market} in {country}: market report {self.rng.randint(2019, 2025)}",
            f"Consumer trends in {country}: {market.lower()}", f"{market} - {country} - {self.rng.choice(['March', 'July', 'November'])} {self.rng.randint(2019, 2025)}"]),
            "URL": self._url(name.split()[0].lower() + ".com"), "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.9:
            record["issued"] = {"date-parts": [[self.year()]]}
        return self._org(record, "report", name, {"market-research"})
