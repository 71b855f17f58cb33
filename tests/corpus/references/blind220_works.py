"""Works cited by marketers in Central America and its diaspora (blind220, HELD OUT).

Written without reading the checker, its tests or any other pool: what candidates at banks and cooperatives,
remittance firms, coffee, banana and sugar exporters, breweries, telecoms, retailers, tourism boards and agencies in
Guatemala, El Salvador, Honduras, Nicaragua, Costa Rica, Panama and Belize (and in Los Angeles, Houston, Miami,
Washington DC and Madrid) cite in CIM Level 6 and 7 reports and MBA assignments written in English: textbooks in
Spanish and English editions, chapters, journals of the region and of the field (many authors, DOIs), theses,
CLADEA and BALAS papers, central banks, statistics institutes, regulators and tourism boards, laws and decrees under
the congress that passed them, firms' pages and annual reports, market research with years, the press signed and
unsigned, social posts, videos, podcasts and undated pages. Names as the region's scholars print them: two surnames
(García Márquez), particles (de León, del Valle), hyphens (Sánchez-Cerén), K'iche' and Kaqchikel names with
apostrophes (Tz'ul, Q'anil) and English-Creole names from Belize and the Caribbean coast.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

# The kinds of work (Work.kind) this pool's works carry: government pages, firms' pages and market research are
# "web" or "report" works.
KINDS = ("book", "chapter", "journal", "thesis", "conference", "legislation", "web", "report", "news", "social", "video",
         "podcast", "undated-web")  # fmt: skip

_SURNAMES = ["García", "Márquez", "López", "Hernández", "Martínez", "Rodríguez", "Pérez", "Morales", "Castillo",
             "Ramírez", "Aguilar", "Méndez", "Cruz", "Orellana", "Flores", "Mejía", "Chávez", "Solórzano", "Arévalo",
             "Quesada", "Vargas", "Jiménez", "Araya", "Solís", "Rojas", "Zúñiga", "Chinchilla", "Villalobos",
             "Barrientos", "Recinos", "Paiz", "Cabrera", "Escobar", "Funes", "Bukele", "Cáceres", "Zelaya", "Lacayo",
             "Chamorro", "Ortega", "Alemán", "Navarro", "Urrutia", "Samayoa", "Monzón", "Valladares", "Portillo",
             "Ayala", "Guardado", "Membreño", "Fonseca", "Brenes", "Murillo", "Sibaja", "Ulate", "Arosemena",
             "Quintero", "Batista", "Saavedra", "Ábrego"]  # fmt: skip
_GIVEN = ["María José", "Ana Lucía", "José Luis", "Carlos", "Andrea", "Luis Fernando", "Mariela", "Jorge", "Sofía",
          "Diego", "Gabriela", "Rodrigo", "Karla", "Óscar", "Lucía", "Alejandro", "Silvia", "Ernesto", "Fabiola",
          "Héctor", "Daniela", "Marvin", "Xiomara", "Wilfredo", "Ixchel", "Rigoberto", "Yesenia", "Esteban", "Mónica",
          "Francisco Javier"]  # fmt: skip
_PARTICLES = [("de", "León"), ("del", "Valle"), ("de la", "Cruz"), ("de", "Paz"), ("del", "Cid"), ("de los", "Ríos"),
              ("de", "Gracia")]  # fmt: skip
_HYPHENED = ["Sánchez-Cerén", "Herrera-Vargas", "Molina-Ugarte", "Arias-Sánchez", "Rivera-Paz", "Córdova-Macías",
             "Pérez-Brignoli"]  # fmt: skip
# K'iche', Kaqchikel, Q'eqchi' and Mam surnames as the people who carry them write them, apostrophe and all.
_MAYAN = [("Tz'ul", "Juana"), ("Q'anil", "Pedro"), ("Cutzal", "Ixchel"), ("Xicará", "Miguel"), ("Sacalxot", "Rosa"),
          ("Tuyuc", "Rosalina"), ("Ixcoy", "Tomás"), ("Cumes", "Aura"), ("Batz", "Domingo"), ("Tum", "Manuela"),
          ("Choc", "Lesbia"), ("Ajpop", "Francisco"), ("Tzoc", "Marta"), ("Sic", "Cristóbal"), ("K'oy", "Ana"),
          ("Tz'ib'", "Santiago"), ("Coc", "Imelda"), ("Boj", "Felipe")]  # fmt: skip
# English-Creole names of Belize, the Bay Islands, Bluefields and Limón.
_CREOLE = [("Garbutt", "Delroy"), ("Gillett", "Marisol"), ("Flowers", "Kenrick"), ("Usher", "Patrice"),
           ("Bodden", "Shernette"), ("Ebanks", "Travis"), ("Hodgson", "Lorraine"), ("McField", "Dwight"),
           ("Downs", "Yvette"), ("Whittingham", "Curtis"), ("Lampson", "Althea"), ("Hyde", "Ransford"),
           ("Forbes", "Joycelyn"), ("Wade", "Errol")]  # fmt: skip
_ANGLO = [("Smith", "Karen"), ("Johnson", "Mark"), ("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Brown", "Lisa"),
          ("Walker", "James"), ("Chaffey", "Dave"), ("Hollensen", "Svend"), ("Porter", "Michael"), ("Ward", "Helen")]  # fmt: skip

_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("Banco Industrial", {"company"}), ("BAC Credomatic", {"company", "acronym"}), ("Banco Agrícola", {"company"}),
    ("Banistmo", {"company"}), ("Grupo Pantaleon", {"company"}), ("Cervecería Centro Americana", {"company"}),
    ("Florida Ice & Farm Co.", {"company", "ampersand"}), ("Tigo Guatemala", {"company"}), ("Claro Centroamérica", {"company"}),
    ("Copa Airlines", {"company"}), ("Pollo Campero", {"company"}), ("Walmart México y Centroamérica", {"company"}),
    ("Café Britt", {"company"}), ("Cooperativa Micoope", {"company"}), ("Remesas & Envíos Familiares", {"company", "ampersand"}),
    ("McDonald's Panamá", {"company", "apostrophe"}), ("Domino's Pizza Guatemala", {"company", "apostrophe"}),
    ("Fyffes Honduras", {"company"}), ("Chiquita Brands International", {"company"}), ("Dos Pinos", {"company"}),
    ("Promerica", {"company"}), ("Banco Atlántida", {"company"}), ("LAFISE", {"company", "acronym"}),
    ("Asociación Nacional del Café (Anacafé)", {"trade-body", "abbreviation"}), ("Anacafé", {"trade-body"}),
    ("Instituto del Café de Costa Rica (ICAFE)", {"trade-body", "abbreviation"}),
    ("Cámara de Comercio de Guatemala", {"trade-body"}), ("AGEXPORT", {"trade-body", "acronym"}),
    ("Asociación Salvadoreña de Industriales", {"trade-body"}),
    ("Cámara de Comercio e Industrias de Tegucigalpa", {"trade-body"}),
]  # fmt: skip
_GOVERNMENT: list[tuple[str, set[str]]] = [
    ("Banco de Guatemala", {"government"}), ("Instituto Nacional de Estadística", {"government"}),
    ("Instituto Nacional de Estadística (INE)", {"government", "abbreviation"}),
    ("Superintendencia General de Entidades Financieras (SUGEF)", {"government", "abbreviation"}),
    ("Superintendencia General de Entidades Financieras", {"government"}),
    ("Autoridad de Turismo de Panamá", {"government"}), ("PROCOMER", {"government", "acronym"}),
    ("Instituto Costarricense de Turismo (ICT)", {"government", "abbreviation"}),
    ("Instituto Costarricense de Turismo", {"government"}),
    ("Comisión Económica para América Latina y el Caribe (CEPAL)", {"government", "abbreviation"}),
    ("ECLAC", {"government", "acronym"}), ("CEPAL", {"government", "acronym"}), ("SIECA", {"government", "acronym"}),
    ("Inter-American Development Bank", {"government"}), ("Inter-American Development Bank (IDB)", {"government", "abbreviation"}),
    ("Banco Central de Reserva de El Salvador", {"government"}), ("Banco Central de Honduras", {"government"}),
    ("Instituto Nacional de Estadística y Censos (INEC)", {"government", "abbreviation"}),
    ("Belize Tourism Board", {"government"}), ("Statistical Institute of Belize", {"government"}),
    ("Autoridad del Canal de Panamá", {"government"}), ("Instituto Hondureño de Turismo", {"government"}),
]  # fmt: skip
_LAWS = [
    ("Congreso de la República de Guatemala", 2008, "Decreto 57-2008: Ley de Acceso a la Información Pública"),
    ("Congreso de la República de Guatemala", 2003, "Decreto 006-2003: Ley de Protección al Consumidor y Usuario"),
    ("Asamblea Legislativa de la República de Costa Rica", 2011, "Ley 8968 de Protección de la Persona frente al Tratamiento de sus Datos Personales"),
    ("Asamblea Legislativa de la República de Costa Rica", 1994, "Ley 7472 de Promoción de la Competencia y Defensa Efectiva del Consumidor"),
    ("Asamblea Legislativa de la República de El Salvador", 2005, "Decreto Legislativo 776: Ley de Protección al Consumidor"),
    ("Asamblea Legislativa de la República de El Salvador", 2021, "Decreto 57: Ley Bitcoin"),
    ("Asamblea Nacional de Panamá", 2019, "Ley 81 de 2019 sobre Protección de Datos Personales"),
    ("Congreso Nacional de Honduras", 2008, "Decreto 24-2008: Ley de Protección al Consumidor"),
    ("Asamblea Nacional de Nicaragua", 2012, "Ley 787 de Protección de Datos Personales"),
]  # fmt: skip
_RESEARCH = ["Kantar Centroamérica", "Ipsos", "CID Gallup", "Corporación Latinobarómetro", "Latinobarómetro",
             "Nielsen Centroamérica", "Statista", "Euromonitor International", "GlobalWebIndex"]  # fmt: skip
_PRESS = ["Prensa Libre", "La Nación", "La Prensa Gráfica", "El Heraldo", "La Prensa", "EFE", "El Financiero",
          "Forbes Centroamérica", "Estrategia & Negocios", "El Diario de Hoy", "Amandala", "Confidencial",
          "Los Angeles Times", "El País"]  # fmt: skip
_JOURNALS = ["Revista de Ciencias Sociales", "Academia Revista Latinoamericana de Administración", "Journal of Business Research",
             "International Marketing Review", "Revista de Administração de Empresas", "Journal of International Marketing",
             "Latin American Business Review", "Journal of Retailing and Consumer Services", "Revista Latinoamericana de Psicología",
             "Journal of Consumer Marketing", "Cuadernos de Administración", "Estudios Gerenciales"]  # fmt: skip
_PUBLISHERS = [("Pearson Educación", "Mexico City"), ("Pearson", "Harlow"), ("McGraw-Hill Interamericana", "Mexico City"),
               ("Routledge", "Abingdon"), ("Sage", "London"), ("Cengage Learning", "Boston"), ("EUNED", "San José"),
               ("Editorial Tecnológica de Costa Rica", "Cartago"), ("Kogan Page", "London"), ("UCA Editores", "San Salvador")]  # fmt: skip
_UNIVERSITIES = ["Universidad de San Carlos de Guatemala", "INCAE Business School", "Universidad de Costa Rica",
                 "Universidad Centroamericana José Simeón Cañas", "UCA El Salvador", "Universidad Tecnológica de Panamá",
                 "Universidad Rafael Landívar", "Universidad Nacional Autónoma de Honduras", "Universidad del Valle de Guatemala",
                 "University of Belize"]  # fmt: skip
_TOPICS = ["remittance marketing", "financial inclusion", "mobile wallets", "brand loyalty in banking",
           "specialty coffee branding", "country-of-origin effects", "tourism destination image", "nostalgic brands",
           "the diaspora market", "cooperative banking", "beer brand equity", "prepaid mobile plans",
           "fast-food localisation", "sustainable banana supply chains", "sugar exports", "ecotourism",
           "WhatsApp commerce", "digital banking adoption", "consumer trust", "retail formats", "Fairtrade coffee",
           "influencer marketing", "customer experience", "social media advertising"]  # fmt: skip
_PLACES = ["Guatemala", "Central America", "Costa Rica", "El Salvador", "Honduras", "Panama", "Nicaragua", "Belize",
           "the Northern Triangle", "Latin America", "the Central American diaspora in the United States"]  # fmt: skip
_SPANISH_TITLES = ["Lealtad de marca en la banca guatemalteca", "El consumidor centroamericano: tendencias y retos",
                   "Marketing de servicios financieros en Centroamérica", "Remesas y consumo en los hogares salvadoreños",
                   "La imagen de destino de Costa Rica", "Comercio electrónico en Honduras",
                   "Cafés especiales y valor de marca", "Inclusión financiera y banca móvil en Panamá"]  # fmt: skip


class Blind220WorkFactory(WorkFactory):
    """Works as Central American marketers cite them; a subclass so that no other half's factory changes."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 220)
        fake = Faker("es_MX")
        fake.seed_instance(seed * 227 + 3)
        self.fakers["es_MX"] = fake
        self.dated: list[tuple[str, set[str], list[int]]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.38:  # two surnames, as the region prints them
            return {"family": f"{rng.choice(_SURNAMES)} {rng.choice(_SURNAMES)}", "given": rng.choice(_GIVEN)}
        if roll < 0.55:
            return {"family": rng.choice(_SURNAMES), "given": rng.choice(_GIVEN)}
        if roll < 0.63:
            particle, family = rng.choice(_PARTICLES)
            return {"family": family, "given": rng.choice(_GIVEN), "non-dropping-particle": particle}
        if roll < 0.69:
            return {"family": rng.choice(_HYPHENED), "given": rng.choice(_GIVEN)}
        if roll < 0.78:
            family, given = rng.choice(_MAYAN)
            return {"family": family, "given": given}
        if roll < 0.86:
            family, given = rng.choice(_CREOLE)
            return {"family": family, "given": given}
        if roll < 0.93:
            family, given = rng.choice(_ANGLO)
            return {"family": family, "given": given}
        fake = self.fakers["es_MX"]
        return {"family": fake.last_name(), "given": fake.first_name()}

    def organisation(self) -> tuple[str, set[str]]:
        if self.rng.random() < 0.3:
            name, tags = self.rng.choice(_GOVERNMENT)
        else:
            name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1975, 2004)
        return self.rng.randint(2008, 2024)

    def accessed(self) -> dict[str, list[list[int]]]:
        return {"date-parts": [[self.rng.randint(2025, 2026), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        rng = self.rng
        topic, place = rng.choice(_TOPICS), rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"{topic[0].upper()}{topic[1:]}: evidence from {place}",
                 f"The role of {topic} among consumers in {place}", f"Rethinking {topic} after the pandemic",
                 f"{topic[0].upper()}{topic[1:]} and {rng.choice(_TOPICS)}", rng.choice(_SPANISH_TITLES),
                 f"What drives {topic}? A study of {place}"]  # fmt: skip
        return rng.choice(forms)

    def _url(self, host: str | None = None) -> str:
        fake = self.fakers["es_MX"]
        return f"https://{host or fake.domain_name()}/{fake.slug()}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "thesis", "conference", "government", "legislation", "organisation-web",
             "organisation-report", "market-research", "news", "social", "video", "podcast", "undated-web", "web-person"],
            weights=[12, 5, 20, 4, 3, 9, 3, 9, 7, 7, 9, 2, 2, 1, 4, 3],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Two works of one organisation in a year now and then (BAC Credomatic, 2023a and 2023b).
        if self.dated and "issued" in record and kind != "legislation" and self.rng.random() < 0.14:
            name, tags, parts = self.rng.choice(self.dated)
            record["issued"] = {"date-parts": [list(parts)]}
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
            if "accessed" in record:
                record["accessed"] = {"date-parts": [[max(parts[0] + 1, 2025), 3, 14]]}
        if "issued" in record:
            self.dated.append((name, tags, record["issued"]["date-parts"][0]))
        work = super()._org_work(record, kind, name, tags)
        return work

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 16))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 300)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": f"Marketing en {self.rng.choice(['Centroamérica', 'América Latina', 'mercados emergentes'])}",
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 160)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{start}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.55:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.fakers['es_MX'].lexify('????').lower()}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": [self.person()],
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(_UNIVERSITIES),
            "genre": self.rng.choice(["MBA thesis", "Tesis de licenciatura", "Tesis de maestría", "MSc dissertation", "PhD thesis"]),
        }  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        start = self.rng.randint(1, 400)
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": self.rng.choice(["Proceedings of the CLADEA Annual Assembly", "BALAS Annual Conference Proceedings",
                                                "Memorias de la Asamblea Anual de CLADEA"]),
            "issued": {"date-parts": [[self.year()]]}, "page": f"{start}-{start + self.rng.randint(6, 14)}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        year = self.year()
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": self.rng.choice([self._title(), f"Informe de coyuntura {year}", f"Estadísticas de remesas familiares {year}",
                                      f"Anuario estadístico de turismo {year}", f"Encuesta nacional de hogares {year}"]),
            "issued": {"date-parts": [[year]]}, "URL": self._url(), "accessed": {"date-parts": [[max(year + 1, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
        }  # fmt: skip
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, set(tags))

    def _legislation(self) -> Work:
        body, year, title = self.rng.choice(_LAWS)
        record: dict[str, Any] = {
            "type": "report",
            "title": title,
            "issued": {"date-parts": [[year]]},
            "publisher": body,
        }
        return self._org_work(record, "legislation", body, {"government", "legislation"})

    def _organisation_web(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {
            "type": "webpage",
            "title": self._title(),
            "URL": self._url(),
            "accessed": self.accessed(),
        }
        if self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[self.year()]]}
        return self._org_work(record, "web", name, tags)

    def _organisation_report(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Memoria anual {year}", f"Annual report {year}",
                                                        f"Informe de sostenibilidad {year}", self._title()]),
            "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0],
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"], record["accessed"] = self._url(), self.accessed()
        return self._org_work(record, "report", name, tags)

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year()
        market, place = self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"{market[0].upper()}{market[1:]} in {place} {year}",
                                                        f"Barómetro de consumo {year}: {place}", f"Informe {year}",
                                                        f"Consumer pulse: {place}, Q{self.rng.randint(1, 4)} {year}"]),
            "publisher": name, "issued": {"date-parts": [[year]]},
            "URL": f"https://www.{name.split()[0].lower()}.com/{self.fakers['es_MX'].slug()}", "accessed": self.accessed(),
        }  # fmt: skip
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(), "accessed": self.accessed(),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})

    def _social(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {
            "type": "post", "title": self.rng.choice(["¡Ya llegó la temporada de café!", "Envía dinero a casa sin comisión este mes",
                                                       "Our new rewards card is here", "Celebramos 50 años contigo"]),
            "container-title": self.rng.choice(["Instagram", "Facebook", "LinkedIn", "TikTok", "X"]),
            "issued": {"date-parts": [[self.year(), self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url("www.instagram.com"), "accessed": self.accessed(),
        }  # fmt: skip
        return self._org_work(record, "social", name, tags | {"social"})

    def _video(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {
            "type": "motion_picture", "title": self.rng.choice([f"Campaña {self.year()}", "Del grano a la taza", "Nuestra historia",
                                                                "How we send money home"]),
            "issued": {"date-parts": [[self.year()]]}, "medium": "Video", "URL": self._url("www.youtube.com"), "accessed": self.accessed(),
        }  # fmt: skip
        return self._org_work(record, "video", name, tags | {"video"})

    def _podcast(self) -> Work:
        record: dict[str, Any] = {
            "type": "song", "title": f"Episode {self.rng.randint(1, 120)}: {self._title()}",
            "author": [self.person()], "container-title": self.rng.choice(["Marketing Chapín", "Pura Vida Business", "Remesas Hoy"]),
            "issued": {"date-parts": [[self.year()]]}, "URL": self._url(), "accessed": self.accessed(),
        }  # fmt: skip
        return self._person_work(record, "podcast")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {
            "type": "webpage",
            "title": self._title(),
            "URL": self._url(),
            "accessed": self.accessed(),
        }
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            return self._person_work(record, "undated-web")
        name, tags = self.organisation()
        return self._org_work(record, "undated-web", name, tags | {"undated"})

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "issued": {"date-parts": [[self.year()]]}, "URL": self._url(), "accessed": self.accessed()}  # fmt: skip
        return self._person_work(record, "web")
