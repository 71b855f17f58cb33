"""The blind226 pool's works: what marketers in Bolivia, Ecuador and Paraguay (and their diaspora) cite in CIM Level 6
and 7 reports and MBA assignments written in English.

Textbooks from Pearson Educación, McGraw-Hill Interamericana, Routledge and Sage; chapters; journal articles in
Revista Venezolana de Gerencia, Innovar, Academia Revista Latinoamericana de Administración, Journal of Business
Research and Latin American Business Review (one to eight authors, DOIs); theses from Bolivian, Ecuadorian and
Paraguayan universities; CLADEA and BALAS papers; statistics offices, central banks, regulators and ministries (two
works of one body in a year now and then); laws and decrees; company pages and annual reports; market research with
years; the press signed and unsigned; social posts, videos, podcasts and undated pages. Names as the region's
scholars print them: two surnames, particles ("de la Torre", "del Castillo"), Quechua and Aymara surnames, Guaraní
names and Kichwa spellings.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "thesis", "conference", "legislation", "company-report", "web",
         "market-research", "news", "social", "video", "podcast", "report")  # fmt: skip

_GIVEN = ["María José", "Juan Carlos", "Ana Lucía", "Luis Fernando", "Carmen Rosa", "José Luis", "Gabriela",
          "Marcelo", "Verónica", "Rodrigo", "Paola", "Álvaro", "Ximena", "Diego", "Fernanda", "Sebastián", "Daniela",
          "Andrés", "Mariela", "Jorge", "Wilma", "Freddy", "Rubén", "Lourdes", "Esteban", "Patricia", "Ramiro",
          "Soledad", "Óscar", "Inés", "Nelson", "Cristina", "Germán", "Rocío", "Hernán", "Silvia", "Mauricio"]  # fmt: skip
_SPANISH = ["Gutiérrez", "Vargas", "Rodríguez", "Fernández", "Pérez", "Sánchez", "Gómez", "Salazar", "Montaño",
            "Rivadeneira", "Ordóñez", "Zambrano", "Andrade", "Benítez", "Ríos", "Villalba", "Ayala", "Espinoza",
            "Cárdenas", "Jáuregui", "Arce", "Paz", "Romero", "Núñez", "Peñaranda", "Suárez", "Echeverría",
            "Muñoz", "Cevallos", "Valdivieso", "Franco", "Acosta", "Ibáñez", "Arévalo", "Carrasco", "Villavicencio"]  # fmt: skip
_ANDEAN = ["Mamani", "Quispe", "Condori", "Huanca", "Choque", "Apaza", "Ticona", "Chambi", "Limachi", "Cusi",
           "Huarachi", "Yupanqui", "Tupa", "Inca"]  # fmt: skip
_KICHWA = [("Tituaña", "Auki"), ("Pilataxi", "Sisa"), ("Guamán", "Nina"), ("Yumbo", "Killa"), ("Cachiguango", "Inti"),
           ("Lema", "Amaru"), ("Maldonado", "Pakari"), ("Chicaiza", "Wayra"), ("Tenesaca", "Sumak")]  # fmt: skip
_GUARANI = [("Benítez", "Arandú"), ("Ñamandú", "Mariela"), ("Yegros", "Tupã"), ("Aquino", "Yeruti"),
            ("Caballero", "Ñandutí"), ("Ortiz", "Jasy"), ("Giménez", "Porã"), ("Riquelme", "Araceli")]  # fmt: skip
_PARTICLES = [("de la", "Torre"), ("del", "Castillo"), ("de los", "Santos"), ("de", "Ugarte"), ("del", "Pozo"),
              ("de la", "Cruz"), ("de", "Mesa")]  # fmt: skip
_ENGLISH = [("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Armstrong", "Gary"), ("Solomon", "Michael"),
            ("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona"), ("Hollensen", "Svend"), ("Aaker", "David"),
            ("Smith", "Paul"), ("Jobber", "David"), ("Brennan", "Ross"), ("Kapferer", "Jean-Noël")]  # fmt: skip

_ORGANISATIONS = [
    ("Instituto Nacional de Estadística", {"government"}), ("Instituto Nacional de Estadística (INE)", {"government", "abbreviation"}),
    ("Instituto Nacional de Estadística y Censos (INEC)", {"government", "abbreviation"}), ("INEC", {"government", "acronym"}),
    ("Banco Central del Ecuador", {"government"}), ("Banco Central del Paraguay", {"government"}),
    ("Autoridad de Supervisión del Sistema Financiero (ASFI)", {"government", "abbreviation"}), ("ASFI", {"government", "acronym"}),
    ("Superintendencia de Bancos del Ecuador", {"government"}),
    ("Agencia de Regulación y Control de las Telecomunicaciones (ARCOTEL)", {"government", "abbreviation"}),
    ("Ministerio de Turismo del Ecuador", {"government"}), ("Ministerio de Culturas, Descolonización y Despatriarcalización", {"government", "comma"}),
    ("ProEcuador", {"government"}), ("Inter-American Development Bank", {"government"}), ("IDB", {"government", "acronym"}),
    ("CAF – Development Bank of Latin America and the Caribbean", {"government"}), ("CAF", {"government", "acronym"}),
    ("Comisión Económica para América Latina y el Caribe (CEPAL)", {"government", "abbreviation"}),
]  # fmt: skip
_COMPANIES = [
    ("Banco Pichincha", {"company"}), ("Banco Guayaquil", {"company"}), ("BancoSol", {"company"}),
    ("Banco Nacional de Bolivia", {"company"}), ("Tigo Bolivia", {"company"}), ("Tigo Paraguay", {"company"}),
    ("Entel Bolivia", {"company"}), ("Claro Ecuador", {"company"}), ("Cervecería Boliviana Nacional", {"company"}),
    ("Pil Andina", {"company"}), ("Corporación Favorita", {"company"}), ("Pronaca", {"company"}),
    ("Boliviana de Aviación", {"company"}), ("Itaipu Binacional", {"company"}), ("Supermercados Stock", {"company"}),
    ("Cooperativa Jesús Nazareno", {"company"}), ("Hipermaxi", {"company"}), ("Banco Itaú Paraguay", {"company"}),
    ("Tapioca & Co.", {"company", "ampersand"}), ("Pacari Chocolate", {"company"}), ("Don Pedro's Cacao", {"company", "apostrophe"}),
]  # fmt: skip
_RESEARCH = ["Kantar IBOPE Media", "Ipsos Ecuador", "Cifras & Conceptos", "Latinobarómetro", "Statista",
             "Euromonitor International", "Kantar Worldpanel", "Mercados & Muestras"]  # fmt: skip
_NEWS = ["Página Siete", "Los Tiempos", "El Deber", "El Comercio", "El Universo", "ABC Color", "Última Hora", "EFE",
         "Primicias", "La Razón", "Expreso", "Bloomberg Línea"]  # fmt: skip
_JOURNALS = ["Revista Venezolana de Gerencia", "Innovar", "Academia Revista Latinoamericana de Administración",
             "Journal of Business Research", "Latin American Business Review", "Journal of International Marketing",
             "Estudios Gerenciales", "Cuadernos de Administración", "International Marketing Review"]  # fmt: skip
_UNIVERSITIES = [("Universidad Mayor de San Andrés", "La Paz"), ("Universidad Católica Boliviana", "La Paz"),
                 ("Pontificia Universidad Católica del Ecuador", "Quito"), ("ESPOL", "Guayaquil"),
                 ("Universidad San Francisco de Quito", "Quito"), ("Universidad Nacional de Asunción", "San Lorenzo"),
                 ("Universidad Privada de Santa Cruz de la Sierra", "Santa Cruz de la Sierra")]  # fmt: skip
_TOPICS = ["mobile banking in El Alto", "brand loyalty among Paceño consumers", "remittances and digital wallets",
           "cooperatives and financial inclusion", "craft beer in Cochabamba", "quinoa exports and country of origin",
           "fine-aroma cacao branding", "shrimp exporters and certification", "banana exports to the European Union",
           "supermarket loyalty cards in Quito", "tourism marketing in the Galápagos", "the Salar de Uyuni as a destination",
           "airline choice on domestic routes", "prepaid mobile plans and churn", "WhatsApp commerce in Asunción",
           "the duty-free trade of Ciudad del Este", "coffee from Loja and Caranavi", "diaspora marketing in Madrid",
           "dairy brands and family purchase", "trust in microfinance", "Kichwa language advertising",
           "Guaraní in bilingual advertising", "social media and informal retail", "QR payments after the pandemic"]  # fmt: skip


class Blind226WorkFactory(WorkFactory):
    """Works for blind226: the Andean and Paraguayan marketer's reading list, with Spanish titles and names."""

    KINDS = KINDS  # the kinds of work this factory makes

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 226)
        self.bodies: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        given = self.rng.choice(_GIVEN)
        if roll < 0.35:  # two surnames, as Bolivian and Ecuadorian scholars print them
            return {
                "family": f"{self.rng.choice(_SPANISH + _ANDEAN)} {self.rng.choice(_SPANISH + _ANDEAN)}",
                "given": given,
            }
        if roll < 0.55:
            return {"family": self.rng.choice(_SPANISH), "given": given}
        if roll < 0.7:
            return {"family": self.rng.choice(_ANDEAN), "given": given}
        if roll < 0.78:
            family, given = self.rng.choice(_KICHWA)
            return {"family": family, "given": given}
        if roll < 0.84:
            family, given = self.rng.choice(_GUARANI)
            return {"family": family, "given": given}
        if roll < 0.91:
            particle, family = self.rng.choice(_PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        family, given = self.rng.choice(_ENGLISH)
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS + _COMPANIES)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.05:  # older classics, never a year the pool's decoys name (1973, 1984, 1996, 2000)
            return self.rng.choice([1978, 1983, 1987, 1991, 1994, 1998])
        return self.rng.randint(2008, 2025)

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]}: evidence from Bolivia", f"Marketing and {topic} in Ecuador",
                 f"{topic[0].upper()}{topic[1:]} in Paraguay",
                 f"Determinantes de {self.rng.choice(['la lealtad', 'la confianza', 'la intención de compra'])}: {topic}",
                 f"A study of {topic}", f"{topic[0].upper()}{topic[1:]} and the Andean consumer"]  # fmt: skip
        return self.rng.choice(forms)

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[30, 25, 18, 10, 7, 4, 3, 3][:most])[0]
        return [self.person() for _ in range(count)]

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "thesis", "conference", "government", "legislation", "company-report",
             "web", "market-research", "news", "social", "video", "podcast"],
            weights=[12, 5, 20, 5, 4, 10, 3, 8, 8, 7, 10, 3, 3, 2],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then one body's second work of a year ("ASFI, 2022a" and "2022b").
        if self.bodies and "issued" in record and self.rng.random() < 0.12:
            name, tags, issued = self.rng.choice(self.bodies)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if record.get("publisher") and kind in ("report", "company-report"):
                record["publisher"] = name.split(" (")[0]
            if "accessed" in record:
                record["accessed"] = self._after(record["issued"])
        if "issued" in record:
            self.bodies.append((name, set(tags), record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _after(self, issued: dict[str, Any]) -> dict[str, list[list[int]]]:
        first = max(issued["date-parts"][0][0] + 1, 2022)  # read in a later year than it appeared
        return {"date-parts": [[self.rng.randint(first, first + 1), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _dated(self, record: dict[str, Any]) -> dict[str, Any]:
        if "accessed" in record and "issued" in record:
            record["accessed"] = self._after(record["issued"])
        return record

    def _book(self) -> Work:
        publisher, place = self.rng.choice([("Pearson Educación", "México"), ("McGraw-Hill Interamericana", "México"),
                                            ("Routledge", "Abingdon"), ("Sage", "London"), ("Pearson", "Harlow"),
                                            ("Plural Editores", "La Paz"), ("Abya-Yala", "Quito")])  # fmt: skip
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 16))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["Marketing in Latin America", "The Routledge companion to Latin American business",
                                                "Gestión de marcas en los Andes", "Consumer behaviour in emerging markets"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Routledge", "Sage", "Palgrave Macmillan"]),
            "publisher-place": "London", "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 140)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.rng.choice(['rvg', 'innovar', 'arla', 'jbr', 'labr'])}.v{self.rng.randint(10, 99)}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university, place = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "genre": self.rng.choice(["MBA thesis", "Tesis de maestría", "Tesis de licenciatura", "MSc dissertation"]),
                                  "publisher": university, "publisher-place": place, "issued": {"date-parts": [[self.year()]]}}  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        year = self.year()
        meeting, place = self.rng.choice([("CLADEA Annual Assembly", "Lima"), ("BALAS Annual Conference", "Quito"),
                                          ("CLADEA Annual Assembly", "Asunción"), ("BALAS Annual Conference", "Santa Cruz de la Sierra")])  # fmt: skip
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(4),
                                  "container-title": f"Proceedings of the {meeting}", "event-place": place,
                                  "publisher-place": place, "issued": {"date-parts": [[year]]}}  # fmt: skip
        return self._person_work(record, "conference")

    def _government(self) -> Work:
        name, tags = self.rng.choice(_ORGANISATIONS)
        title = self.rng.choice(["Encuesta de hogares", "Boletín estadístico mensual", "Informe de inclusión financiera",
                                 "Estadísticas de turismo", "Indicadores de telecomunicaciones", "Remesas: informe anual",
                                 "Financial inclusion in the Andean region", "Exportaciones no petroleras"])  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": f"{title} {(year := self.year())}",
                                  "issued": {"date-parts": [[year]]},
                                  "URL": f"https://www.{self.rng.choice(['ine.gob.bo', 'ecuadorencifras.gob.ec', 'bce.fin.ec', 'bcp.gov.py', 'asfi.gob.bo', 'iadb.org', 'caf.com'])}/{self.rng.choice(['publicaciones', 'estadisticas', 'informes'])}/{self.rng.randint(100, 9999)}"}  # fmt: skip
        record["accessed"] = self._after(record["issued"])
        if self.rng.random() < 0.15:
            record.pop("issued")
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _legislation(self) -> Work:
        # A law cited by the state or assembly that passed it, as candidates list it: "Asamblea Legislativa
        # Plurinacional (2013) Ley 393 de Servicios Financieros".
        name, title, year = self.rng.choice([
            ("Asamblea Legislativa Plurinacional", "Ley 393 de Servicios Financieros", 2013),
            ("Estado Plurinacional de Bolivia", "Decreto Supremo 4218: teletrabajo", 2020),
            ("Asamblea Nacional del Ecuador", "Ley Orgánica de Protección de Datos Personales", 2021),
            ("Asamblea Nacional del Ecuador", "Ley Orgánica de Defensa del Consumidor", 2000),
            ("Congreso Nacional del Paraguay", "Ley 6534 de protección de datos personales crediticios", 2020),
            ("Asamblea Legislativa Plurinacional", "Ley 453 General de los Derechos de las Usuarias y los Usuarios", 2013),
        ])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": "Gaceta Oficial", "publisher-place": "La Paz" if "Bolivia" in name or "Plurinacional" in name else "Quito"}  # fmt: skip
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        return Work(record, name, str(year), True, 1, "legislation", {"legislation", "organisation"})

    def _company_report(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.year()
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice([f"Memoria anual {year}", f"Annual report {year}",
                                                                              f"Reporte de sostenibilidad {year}", "Investor presentation"]),
                                  "issued": {"date-parts": [[year]]}, "publisher": name}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = (
                f"https://www.{name.split()[0].lower().replace('é', 'e')}.com/{self.rng.choice(['memoria', 'investors', 'sostenibilidad'])}"
            )
            record["accessed"] = self._after(record["issued"])
        return self._org_work(record, "company-report", name, tags)

    def _web(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(["Quiénes somos", "Nuestra historia", "About us",
                                                                               "Sustainability", "Productos", "Press room", self._title()]),
                                  "URL": f"https://www.{name.split()[0].lower().replace('é', 'e')}.com/{self.rng.randint(10, 999)}"}  # fmt: skip
        if self.rng.random() < 0.7:
            record["issued"] = {"date-parts": [[self.year()]]}
            record["accessed"] = self._after(record["issued"])
        else:
            record["accessed"] = {
                "date-parts": [[self.rng.randint(2023, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]
            }
            tags = tags | {"undated"}
        if self.rng.random() < 0.25:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        return self._org_work(record, "web", name, tags)

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year()
        market = self.rng.choice(
            ["banca digital", "beer", "mobile telephony", "supermarkets", "dairy", "air travel", "cacao", "coffee"]
        )
        country = self.rng.choice(["Bolivia", "Ecuador", "Paraguay", "Andean region"])
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice([f"{market.capitalize()} in {country} {year}",
                                                                              f"Informe {name.split()[0]} {year}: {market}",
                                                                              f"{country}: {market} market report"]),
                                  "publisher": name, "issued": {"date-parts": [[year]]},
                                  "URL": f"https://www.{name.split()[0].lower()}.com/{self.rng.randint(100, 9999)}"}  # fmt: skip
        record["accessed"] = self._after(record["issued"])
        return self._org_work(record, "market-research", name, {"market-research"})

    def _news(self) -> Work:
        year = self.year()
        paper = self.rng.choice(_NEWS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": paper,
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": f"https://www.{paper.lower().replace(' ', '').replace('á', 'a').replace('ú', 'u')}.com/{self.rng.randint(1000, 99999)}"}  # fmt: skip
        record["accessed"] = self._after(record["issued"])
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _social(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.year()
        record: dict[str, Any] = {"type": "post", "title": self.rng.choice(["¡Gracias por 1 millón de seguidores!", "Nuevo lanzamiento",
                                                                            "Our new campaign is live", "Día del Mar"]),
                                  "container-title": self.rng.choice(["Instagram", "Facebook", "TikTok", "LinkedIn"]),
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": f"https://www.instagram.com/p/{self.rng.randint(10000, 99999)}"}  # fmt: skip
        record["accessed"] = self._after(record["issued"])
        return self._org_work(record, "social", name, tags)

    def _video(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        record: dict[str, Any] = {"type": "motion_picture", "title": self.rng.choice(["Spot Carnaval", "Nuestra historia", "Campaign film",
                                                                                      "Behind the brand"]) + f" {self.rng.randint(2016, 2024)}",
                                  "medium": "YouTube", "issued": {"date-parts": [[self.year()]]},
                                  "URL": f"https://www.youtube.com/watch?v={self.rng.randint(100000, 999999)}"}  # fmt: skip
        record["accessed"] = self._after(record["issued"])
        return self._org_work(record, "video", name, tags)

    def _podcast(self) -> Work:
        record: dict[str, Any] = {"type": "song", "title": f"Episode {self.rng.randint(1, 150)}: {self._title()}",
                                  "container-title": self.rng.choice(["Marketeros Andinos", "Emprende Ecuador", "Negocios en Guaraní"]),
                                  "author": self._people(2), "issued": {"date-parts": [[self.year()]]},
                                  "URL": f"https://open.spotify.com/episode/{self.rng.randint(100000, 999999)}"}  # fmt: skip
        record["accessed"] = self._after(record["issued"])
        return self._person_work(record, "podcast")
