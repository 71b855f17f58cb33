"""Works for the blind183 pool (HELD OUT): what marketers in Puerto Rico, the Dominican Republic, Cuba and their
diaspora cite in CIM Level 6 and 7 reports and MBA assignments written in English.

Puerto Rican, Dominican and Cuban authors with double surnames (with a space, a hyphen or "y"), "de", "del",
"de la" and "De Jesús", Nuyorican and Dominican-York names with anglicised spellings and "Jr." or "III", and the
expatriate scholars who write about the islands; textbooks and e-books, chapters, journal articles with one to
eight authors (some with DOIs), theses from the UPR, Interamericana, Sagrado Corazón, PUCMM, INTEC, UNIBE, UASD
and the Universidad de La Habana, conference papers, company pages and reports (Inc., LLC, Corp., C. por A.,
S.R.L., S.A., S.A.S. and cooperativas), trade bodies, regulators and governments, laws as the islands number them
with the legislature as author, research firms' titles with a year, the press signed and unsigned, posts,
podcasts, videos and undated pages; Spanish titles with English in square brackets.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
import unicodedata
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

_GIVEN = ["José", "Luis", "Carlos", "Juan Carlos", "José Luis", "Miguel Ángel", "María", "Carmen", "Ana", "Yolanda",
          "Yesenia", "Nitza", "Wanda", "Nilda", "Yamilet", "Yadira", "Darlenys", "Franklin", "Wilfredo", "Radhamés",
          "Leonel", "Ramón", "Héctor", "Nelson", "Ángel", "Zoraida", "Xiomara", "Maritza", "Iris", "Lizmarie",
          "Keishla", "Yariel", "Osvaldo", "Raúl", "Yoandry", "Dayamí", "Yordanis", "Liset", "Reinaldo", "Marisol",
          "Gisela", "Awilda", "Efraín", "Rafael", "Ileana", "Glorimar", "Edwin", "Félix", "Anabel", "Rosa Iris",
          "Yuleisy", "Arelis", "Nashaly", "Joel", "Frank", "Ernesto", "Odalys", "Mayra", "Wendy", "Lourdes"]  # fmt: skip
_DIASPORA_GIVEN = ["Jennifer", "Christopher", "Kevin", "Jessica", "Stephanie", "Anthony", "Michael", "Jasmine",
                   "Brian", "Ashley", "Danny", "Melissa", "Jonathan", "Vanessa", "Justin", "Natalie"]  # fmt: skip
_SURNAMES = ["Rivera", "Rodríguez", "Santiago", "Colón", "Torres", "Ortiz", "Vázquez", "Pérez", "Cruz", "Díaz",
             "Ramos", "Reyes", "Morales", "Negrón", "Figueroa", "Maldonado", "Quiñones", "Irizarry", "Rosado", "Báez",
             "Acevedo", "Pagán", "Feliciano", "Nieves", "Matos", "Almonte", "Peña", "Mejía", "Taveras", "Guzmán",
             "Jiménez", "Núñez", "Espaillat", "Marte", "Then", "Polanco", "Brito", "Castellanos", "Betancourt",
             "Céspedes", "Valdés", "Fernández", "Hernández", "Machado", "Estrada", "Labrada", "Piñeiro", "Suárez",
             "Ferré", "Montalvo", "Cintrón", "Lugo", "Oquendo", "Caraballo", "Ventura", "Abreu", "Tejada", "Durán",
             "Batista", "Gómez", "Rosario", "Sosa", "Pimentel", "Lantigua", "Ureña", "Zayas", "Arroyo", "Soto"]  # fmt: skip
_ANGLICISED = ["Rodriguez", "Martinez", "Gonzalez", "Perez", "Ramirez", "Velazquez", "Nunez", "Jimenez",
               "Sanchez", "Hernandez", "Alvarez", "Diaz", "Suarez", "Valdes"]  # fmt: skip
_CAPITAL_DE = ["De Jesús", "De León", "De la Rosa", "Del Valle", "De los Santos", "De Castro", "DeJesus", "Dela Cruz"]
_PARTICLES = [("de", "León"), ("de", "Armas"), ("del", "Toro"), ("del", "Castillo"), ("de la", "Cruz"),
              ("de la", "Fuente"), ("de los", "Reyes"), ("de", "Moya")]  # fmt: skip
# Scholars from elsewhere who write about the islands and their diaspora (given, family).
_EXPATRIATES = [("Sarah", "Whitfield"), ("Thomas", "O'Connell"), ("Rachel", "Goldberg"), ("David", "McAllister"),
                ("Emma", "Lindqvist"), ("Pierre", "Duval"), ("Hannah", "Kowalski"), ("Mark", "Thompson"),
                ("Laura", "Fernández-Villaverde"), ("Jorge", "Sánchez-Albornoz"), ("Kwame", "Boateng"),
                ("Wei", "Zhang"), ("Priya", "Raman"), ("Giulia", "Conti"), ("James", "Harrington"),
                ("Claire", "Beaumont"), ("Patrick", "Nolan"), ("Ingrid", "Maas")]  # fmt: skip

_PUBLISHERS = [("Editorial de la Universidad de Puerto Rico", "San Juan"), ("Ediciones Callejón", "San Juan"),
               ("Ediciones Huracán", "Río Piedras"), ("Editora Nacional", "Santo Domingo"),
               ("Editorial Santuario", "Santo Domingo"), ("Editorial Félix Varela", "La Habana"),
               ("Pearson Educación", "Ciudad de México"), ("McGraw-Hill Interamericana", "México, D.F."),
               ("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Palgrave Macmillan", "Cham"),
               ("University Press of Florida", "Gainesville"), ("Rutgers University Press", "New Brunswick, NJ"),
               ("Arte Público Press", "Houston"), ("ESIC Editorial", "Madrid"), ("Ediciones Pirámide", "Madrid"),
               ("Kogan Page", "London"), ("Sage", "Thousand Oaks, CA"), ("NYU Press", "New York")]  # fmt: skip
_JOURNALS = ["Journal of Business Research", "Caribbean Studies", "Ciencia y Sociedad", "Centro Journal",
             "Revista de Administración Pública", "Latin American Business Review", "Journal of International Marketing",
             "Revista Universidad y Sociedad", "Journal of Latin American and Caribbean Studies",
             "Journal of Hispanic Marketing", "Tourism Management", "International Journal of Bank Marketing",
             "Revista Cubana de Ciencias Económicas", "Fórum Empresarial", "Journal of Consumer Marketing",
             "Academia Revista Latinoamericana de Administración", "Journal of Services Marketing",
             "Cuadernos de Gestión", "Anuario de Mercadeo del Caribe", "Journal of Retailing and Consumer Services"]  # fmt: skip
_UNIVERSITIES = ["Universidad de Puerto Rico, Recinto de Río Piedras",
                 "Universidad de Puerto Rico, Recinto Universitario de Mayagüez",
                 "Universidad Interamericana de Puerto Rico, Recinto Metropolitano", "Universidad del Sagrado Corazón",
                 "Pontificia Universidad Católica Madre y Maestra (PUCMM)", "Instituto Tecnológico de Santo Domingo (INTEC)",
                 "Universidad Iberoamericana (UNIBE)", "Universidad Autónoma de Santo Domingo (UASD)",
                 "Universidad de La Habana", "Florida International University", "The City University of New York",
                 "University of Miami", "Universidad Complutense de Madrid", "Universidad Ana G. Méndez"]  # fmt: skip
_THESIS_GENRES = ["MBA thesis", "Tesis de maestría", "PhD thesis", "Tesis doctoral", "DBA dissertation",
                  "MSc dissertation", "Trabajo de grado"]  # fmt: skip
_CONFERENCES = [("Proceedings of the Academy of Marketing Science Annual Conference", "Miami"),
                ("Actas del Congreso Latinoamericano de Estrategia (SLADE)", "Santo Domingo"),
                ("Proceedings of the CLADEA Annual Assembly", "San Juan"),
                ("Caribbean Studies Association Annual Conference", "Punta Cana"),
                ("Puerto Rico Marketing Summit", "San Juan"), ("Congreso Internacional de Mercadeo (PUCMM)", "Santiago de los Caballeros"),
                ("Conferencia Científica Internacional de la Universidad de La Habana", "La Habana"),
                ("Academy of Marketing Conference", "Cardiff")]  # fmt: skip
# Organisations as candidates write them when they are authors: companies with their legal forms, trade bodies,
# regulators and governments, with and without their abbreviations.
_COMPANIES = ["Popular, Inc.", "Banco Popular de Puerto Rico", "FirstBank Puerto Rico", "OFG Bancorp",
              "Oriental Bank", "Banco de Reservas de la República Dominicana (Banreservas)", "Banreservas",
              "Banco Popular Dominicano, S.A. – Banco Múltiple", "Banco BHD, S.A.", "Scotiabank República Dominicana",
              "Evertec, Inc.", "ATH Móvil", "GCS Sistemas, S.A.S. (tPago)", "Claro Puerto Rico", "Liberty Puerto Rico",
              "Altice Dominicana, S.A.", "ETECSA", "Pueblo, Inc.", "Supermercados Econo, Inc.",
              "Centro Cuesta Nacional, S.A.S.", "Grupo Ramos, S.A.", "Goya Foods, Inc.",
              "Cervecería Nacional Dominicana, S.A.", "Brugal & Co., S.A.", "Ron Barceló, S.R.L.", "Bacardí Corporation",
              "Destilería Serrallés, Inc.", "Cervecería India, Inc.", "Induveca, S.A.", "Café Yaucono, Inc.",
              "Grupo Puntacana", "JetBlue Airways Corporation", "Arajet", "Discover Puerto Rico",
              "Boricua Brand Lab, LLC", "Marca Caribe, S.A.S.", "Agencia Merengue Digital, S.R.L.",
              "Cooperativa de Ahorro y Crédito de Arecibo (CooPACA)", "Cooperativa de Seguros Múltiples de Puerto Rico",
              "Industrias Nigua, C. por A.", "Telemundo Puerto Rico", "Univision Communications Inc."]  # fmt: skip
_TRADE_BODIES = ["Sales & Marketing Executives Association of Puerto Rico (SME)", "Asociación de Industriales de Puerto Rico",
                 "Cámara de Comercio de Puerto Rico", "Cámara Americana de Comercio de la República Dominicana (AMCHAMDR)",
                 "Asociación de Bancos Comerciales de la República Dominicana (ABA)",
                 "Asociación Nacional de Hoteles y Turismo (ASONAHORES)", "Liga de Cooperativas de Puerto Rico",
                 "Hispanic Federation", "Asociación de Agencias Publicitarias de Puerto Rico", "Centro Unido de Detallistas"]  # fmt: skip
_GOVERNMENT = ["Departamento de Asuntos del Consumidor (DACO)", "Junta de Planificación de Puerto Rico",
               "Instituto de Estadísticas de Puerto Rico", "Pro Consumidor", "Oficina Nacional de Estadística (ONE)",
               "Banco Central de la República Dominicana", "Instituto Dominicano de las Telecomunicaciones (INDOTEL)",
               "Oficina Nacional de Estadística e Información (ONEI)", "Ministerio de Turismo de la República Dominicana",
               "Compañía de Turismo de Puerto Rico", "U.S. Census Bureau", "Federal Trade Commission",
               "Oficina del Comisionado de Instituciones Financieras (OCIF)", "Superintendencia de Bancos de la República Dominicana",
               "Negociado de Telecomunicaciones de Puerto Rico", "Federal Emergency Management Agency (FEMA)"]  # fmt: skip
# What each body publishes under its own name, as candidates cite it.
_GOVERNMENT_TITLES = {
    "Departamento de Asuntos del Consumidor": ["Reglamento de Prácticas y Anuncios Engañosos", "Informe de querellas [Complaints report]"],
    "Junta de Planificación de Puerto Rico": ["Informe económico al Gobernador", "Apéndice estadístico"],
    "Instituto de Estadísticas de Puerto Rico": ["Perfil del migrante [Migrant profile]", "Indicadores socioeconómicos"],
    "Pro Consumidor": ["Guía del consumidor [Consumer guide]", "Estudio de precios de la canasta básica"],
    "Oficina Nacional de Estadística": ["Encuesta Nacional de Hogares de Propósitos Múltiples (ENHOGAR)", "X Censo Nacional de Población y Vivienda"],
    "Banco Central de la República Dominicana": ["Informe de la economía dominicana", "Estadísticas de remesas [Remittance statistics]"],
    "Instituto Dominicano de las Telecomunicaciones": ["Indicadores de telecomunicaciones", "Informe de desempeño del sector telecomunicaciones"],
    "Oficina Nacional de Estadística e Información": ["Anuario estadístico de Cuba", "Turismo: llegada de visitantes internacionales"],
    "Ministerio de Turismo de la República Dominicana": ["Indicadores del turismo [Tourism indicators]", "Perfil del visitante"],
    "Compañía de Turismo de Puerto Rico": ["Estadísticas de turismo", "Perfil del visitante"],
    "U.S. Census Bureau": ["American Community Survey: Puerto Rico", "Hispanic heritage month facts"],
    "Federal Trade Commission": ["Consumer sentinel data book", "Disclosures 101 for social media influencers"],
    "Oficina del Comisionado de Instituciones Financieras": ["Informe de la industria cooperativa", "Estadísticas de la banca"],
    "Superintendencia de Bancos de la República Dominicana": ["Informe de desempeño del sistema financiero", "Estadísticas de inclusión financiera"],
    "Negociado de Telecomunicaciones de Puerto Rico": ["Informe de la industria de telecomunicaciones"],
    "Federal Emergency Management Agency": ["Hurricane María recovery: lessons for businesses", "Ready business: hurricane toolkit"],
}  # fmt: skip
_LAW_SITES = {"Asamblea Legislativa de Puerto Rico": "bvirtualogp.pr.gov",
              "Congreso Nacional de la República Dominicana": "consultoria.gov.do",
              "Consejo de Estado de la República de Cuba": "gacetaoficial.gob.cu", "United States Congress": "congress.gov"}  # fmt: skip
_MARKET_RESEARCH = ["Nielsen", "Kantar", "Kantar IBOPE Media", "Euromonitor International", "Statista",
                    "Estudios Técnicos, Inc.", "Gaither International", "Ipsos", "Mintel", "GfK"]  # fmt: skip
_NEWS = ["El Nuevo Día", "Primera Hora", "El Vocero", "Noticel", "Listín Diario", "Diario Libre", "El Caribe", "Hoy",
         "Granma", "El Nuevo Herald", "News is my Business", "Sin Comillas", "Miami Herald", "Remezcla",
         "Caribbean Business", "Metro Puerto Rico", "The New York Times", "Adweek"]  # fmt: skip
# Laws as the islands number them, with the legislature that passed them as author: (author, title, year).
_LAWS = [
    ("Asamblea Legislativa de Puerto Rico", "Ley Núm. 81 de 2019", 2019),
    ("Asamblea Legislativa de Puerto Rico", "Ley Núm. 60 de 2019, Código de Incentivos de Puerto Rico [Puerto Rico Incentives Code]", 2019),
    ("Asamblea Legislativa de Puerto Rico", "Ley Núm. 5 de 23 de abril de 1973, Ley Orgánica del Departamento de Asuntos del Consumidor", 1973),
    ("Asamblea Legislativa de Puerto Rico", "Código de Comercio de Puerto Rico [Commercial Code of Puerto Rico]", 1932),
    ("Asamblea Legislativa de Puerto Rico", "Ley Núm. 239 de 2004, Ley General de Sociedades Cooperativas", 2004),
    ("Congreso Nacional de la República Dominicana", "Ley 172-13 sobre Protección de Datos de Carácter Personal [Law 172-13 on the Protection of Personal Data]", 2013),
    ("Congreso Nacional de la República Dominicana", "Ley 358-05 General de Protección de los Derechos del Consumidor o Usuario", 2005),
    ("Congreso Nacional de la República Dominicana", "Ley 126-02 sobre Comercio Electrónico, Documentos y Firmas Digitales", 2002),
    ("Congreso Nacional de la República Dominicana", "Ley General de Telecomunicaciones núm. 153-98", 1998),
    ("Consejo de Estado de la República de Cuba", "Decreto-Ley No. 370 sobre la informatización de la sociedad en Cuba", 2018),
    ("United States Congress", "Children's Online Privacy Protection Act of 1998", 1998),
    ("United States Congress", "Controlling the Assault of Non-Solicited Pornography And Marketing (CAN-SPAM) Act of 2003", 2003),
]  # fmt: skip

_TOPICS_EN = ["mobile payments", "remittances from the diaspora", "hurricane recovery marketing", "Nuyorican identity",
              "Spanglish advertising", "rum tourism", "all-inclusive resorts", "supermarket loyalty programmes",
              "the colmado as a retail channel", "reggaetón sponsorship", "cooperative banking", "nostalgia marketing",
              "brand trust after Hurricane María", "cruise passenger spending", "Dominican-York consumers",
              "influencer marketing", "digital banking adoption", "prepaid mobile plans",
              "beer advertising and national identity", "heritage coffee brands", "low-cost air travel",
              "cash and card use", "WhatsApp commerce", "festival sponsorship", "halo effects of Bad Bunny"]  # fmt: skip
_TITLES_ES = [("El colmado como canal de venta", "The colmado as a sales channel"),
              ("Mercadeo digital en Puerto Rico", "Digital marketing in Puerto Rico"),
              ("Confianza del consumidor tras el huracán María", "Consumer confidence after Hurricane María"),
              ("La diáspora dominicana y las remesas", "The Dominican diaspora and remittances"),
              ("Publicidad en Spanglish", "Advertising in Spanglish"),
              ("Lealtad de marca en los supermercados dominicanos", "Brand loyalty in Dominican supermarkets"),
              ("La banca móvil y el consumidor boricua", "Mobile banking and the Puerto Rican consumer"),
              ("El turismo de ron en el Caribe hispano", "Rum tourism in the Hispanic Caribbean"),
              ("Identidad nacional y publicidad cervecera", "National identity and beer advertising"),
              ("Comercio electrónico en Cuba", "E-commerce in Cuba"),
              ("Cooperativismo y mercadeo", "Cooperativism and marketing"),
              ("Las redes sociales y el consumidor dominicano", "Social media and the Dominican consumer"),
              ("Marcas patrimoniales del café puertorriqueño", "Heritage brands of Puerto Rican coffee"),
              ("Nostalgia y consumo en la diáspora", "Nostalgia and consumption in the diaspora"),
              ("El patrocinio de festivales populares", "The sponsorship of popular festivals")]  # fmt: skip


class Blind183WorkFactory(WorkFactory):
    """The blind183 pool's works: its own random source, names and organisations of the Hispanic Caribbean."""

    # How often make() draws each kind, and the kinds of work it makes (Work.kind).
    DRAWN = (("book", 12), ("chapter", 5), ("journal", 20), ("thesis", 5), ("conference", 4), ("company-web", 9),
             ("company-report", 7), ("trade-body", 4), ("government", 7), ("legislation", 4), ("market-research", 7),
             ("news-signed", 7), ("news-unsigned", 3), ("post", 3), ("podcast-video", 3), ("undated-web", 4))  # fmt: skip
    KINDS = frozenset({"book", "chapter", "journal", "thesis", "conference", "web", "report", "legislation", "news",
                       "post", "video", "podcast"})  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 183 + 18301)
        self.organisations: list[tuple[str, int, str]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        rng = self.rng
        given = rng.choice(_GIVEN)
        roll = rng.random()
        if roll < 0.32:
            name = {"family": rng.choice(_SURNAMES), "given": given}
        elif roll < 0.52:  # both surnames, as on the islands
            first, second = rng.sample(_SURNAMES, 2)
            name = {"family": f"{first} {second}", "given": given}
        elif roll < 0.62:
            first, second = rng.sample(_SURNAMES, 2)
            name = {"family": f"{first}-{second}", "given": given}
        elif roll < 0.66:
            first, second = rng.sample(_SURNAMES, 2)
            name = {"family": f"{first} y {second}", "given": given}
        elif roll < 0.72:
            particle, family = rng.choice(_PARTICLES)
            name = {"family": family, "given": given, "non-dropping-particle": particle}
        elif roll < 0.77:
            name = {"family": rng.choice(_CAPITAL_DE), "given": given}
        elif roll < 0.87:  # Nuyorican and Dominican-York: English given names, surnames without accents
            name = {"family": rng.choice(_ANGLICISED), "given": rng.choice(_DIASPORA_GIVEN + _GIVEN[:6])}
        else:
            given, family = rng.choice(_EXPATRIATES)
            name = {"family": family, "given": given}
        if rng.random() < 0.04 and "non-dropping-particle" not in name:
            name["suffix"] = rng.choice(["Jr.", "Jr.", "III", "II"])
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[36, 26, 15, 9, 5, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            candidate = self.person()
            if all(candidate["family"] != p["family"] for p in people):
                people.append(candidate)
        return people

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1975, 2000)
        return self.rng.randint(2008, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        rng = self.rng
        floor = issued[0] if issued else 2023
        year = rng.randint(min(max(2023, floor), 2025), 2025)
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        date = [year, month, day]
        if issued and date[: len(issued)] < issued:
            date = [issued[0], issued[1] if len(issued) > 1 else 12, 28]
        return {"date-parts": [date]}

    def _title(self) -> str:
        rng = self.rng
        if rng.random() < 0.35:
            spanish, english = rng.choice(_TITLES_ES)
            if rng.random() < 0.3:
                return f"{spanish}: {rng.choice(['un estudio de caso', 'retos y oportunidades', 'evidencia empírica', 'una mirada crítica'])}"
            return f"{spanish} [{english}]"
        topic = rng.choice(_TOPICS_EN)
        place = rng.choice(
            [
                "Puerto Rico",
                "the Dominican Republic",
                "Cuba",
                "the Hispanic Caribbean",
                "San Juan",
                "Santo Domingo",
                "Miami",
                "New York",
                "Orlando",
                "Santiago de los Caballeros",
            ]
        )
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"Rethinking {topic}: evidence from {place}",
                 f"{topic[0].upper()}{topic[1:]} and brand loyalty among Latino consumers",
                 f"Marketing after the storm: {topic} in {place}", f"The role of {topic} in {place}'s economy",
                 f"Between the island and the mainland: {topic}"]  # fmt: skip
        return rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        names = [k for k, _ in self.DRAWN]
        kind = kind or self.rng.choices(names, weights=[w for _, w in self.DRAWN])[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _dated(self, record: dict[str, Any], year: int | None = None) -> None:
        record["issued"] = {"date-parts": [[year or self.year()]]}

    def _online(self, record: dict[str, Any], url: str, chance: float = 0.9) -> None:
        record["URL"] = url
        if self.rng.random() < chance:
            issued = record["issued"]["date-parts"][0] if "issued" in record else None
            record["accessed"] = self._accessed_after(issued)

    def _slug(self) -> str:
        words = self.rng.sample(
            [
                "mercadeo",
                "consumidor",
                "banca",
                "turismo",
                "remesas",
                "marca",
                "digital",
                "informe",
                "estudio",
                "campana",
                "ventas",
                "lealtad",
                "datos",
                "2024",
                "diaspora",
            ],
            3,
        )
        return "-".join(words)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then an organisation already in the report again in the same year: "(Banco Central..., 2019a)".
        group = min(tags)
        earlier = [(n, y) for n, y, g in self.organisations if g == group]
        if earlier and "issued" in record and self.rng.random() < 0.2:
            name, year = self.rng.choice(earlier)
            record["issued"] = {"date-parts": [[year]]}
            if "URL" in record:
                record["URL"] = f"https://www.{self._domain(name)}/{self._slug()}"
            if "accessed" in record:
                record["accessed"] = self._accessed_after([year])
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.organisations.append((name, record["issued"]["date-parts"][0][0], group))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "publisher": publisher, "publisher-place": place}  # fmt: skip
        self._dated(record)
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        if self.rng.random() < 0.15:
            record["medium"] = "e-book"
            self._online(record, f"https://www.{publisher.split()[0].lower().strip(',')}.com/ebook/{self._slug()}")
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 280)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["Marketing in the Caribbean", "Latinos, Inc. revisited",
                                                "Mercadeo y sociedad en Puerto Rico", "The Dominican diaspora in business",
                                                "Handbook of Latin American marketing", "Turismo y desarrollo en el Caribe"]),
            "publisher": publisher, "publisher-place": place, "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        self._dated(record)
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 700)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "volume": str(self.rng.randint(1, 60)),
            "issue": str(self.rng.randint(1, 4)), "page": f"{start}-{start + self.rng.randint(8, 25)}",
        }  # fmt: skip
        self._dated(record)
        if self.rng.random() < 0.4:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.rng.choice(['jbr', 'cs', 'ijbm', 'lbr', 'rcce'])}.{self.rng.randint(2008, 2025)}.{self.rng.randint(100, 9999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": self._people(1),
                                  "genre": self.rng.choice(_THESIS_GENRES), "publisher": self.rng.choice(_UNIVERSITIES)}  # fmt: skip
        self._dated(record)
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        container, place = self.rng.choice(_CONFERENCES)
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(4),
                                  "container-title": container, "publisher-place": place}  # fmt: skip
        self._dated(record)
        return self._person_work(record, "conference")

    def _company_web(self) -> Work:
        name = self.rng.choice(_COMPANIES)
        record: dict[str, Any] = {"type": "webpage", "title": self._title() if self.rng.random() < 0.4 else self.rng.choice(
            ["Nuestra historia [Our history]", "About us", "Sostenibilidad [Sustainability]", "Newsroom", "Quiénes somos",
             "Responsabilidad social", "Our brands", "Investor relations", "Programa de lealtad", "Careers"])}  # fmt: skip
        if self.rng.random() < 0.8:
            self._dated(record)
        self._online(record, f"https://www.{self._domain(name)}/{self._slug()}")
        return self._org_work(record, "web", name, {"company"})

    def _domain(self, name: str) -> str:
        """A plausible web address: the abbreviation in brackets or the first words, and the country's ending."""
        short = name.split(" (")[1].rstrip(")") if " (" in name else name.split(",")[0]
        plain = unicodedata.normalize("NFKD", short.lower())
        word = "".join(ch for ch in plain if ch.isascii() and ch.isalnum())[:16]
        if any(mark in name for mark in ("Cuba", "ETECSA", "ONEI", "Granma")):
            return f"{word}.cu"
        if name in _GOVERNMENT and any(mark in name for mark in ("Dominican", "Pro Consumidor", "(ONE)", "INDOTEL")):
            return f"{word}.gob.do"
        if name in _GOVERNMENT and any(mark in name for mark in ("Puerto Rico", "DACO", "OCIF")):
            return f"{word}.pr.gov"
        if name in _GOVERNMENT:
            return f"{word}.gov"
        return f"{word}.{'com.do' if any(m in name for m in ('S.A', 'S.R.L.', 'C. por A.', 'Dominican', 'Listín', 'Diario')) else 'com'}"

    def _company_report(self) -> Work:
        name = self.rng.choice(_COMPANIES)
        year = self.year()
        title = (f"{self.rng.choice(['Annual report', 'Informe anual', 'Memoria anual', 'Sustainability report', 'Informe de sostenibilidad'])} {year}"
                 if self.rng.random() < 0.5 else self._title())  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name.split(" (")[0]}
        self._dated(record, year if self.rng.random() < 0.6 else min(year + 1, 2025))
        if self.rng.random() < 0.6:
            self._online(record, f"https://www.{self._domain(name)}/informes/{self._slug()}.pdf")
        return self._org_work(record, "report", name, {"company"})

    def _trade_body(self) -> Work:
        name = self.rng.choice(_TRADE_BODIES)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title()}
        self._dated(record)
        self._online(record, f"https://www.{self._domain(name)}/{self._slug()}")
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"trade-body"})

    def _government(self) -> Work:
        name = self.rng.choice(_GOVERNMENT)
        own = _GOVERNMENT_TITLES.get(name.split(" (")[0], ["Informe anual [Annual report]", "Estadísticas"])
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]),
                                  "title": self._title() if self.rng.random() < 0.4 else self.rng.choice(own)}  # fmt: skip
        self._dated(record)
        self._online(record, f"https://www.{self._domain(name)}/{self._slug()}")
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _legislation(self) -> Work:
        author, title, year = self.rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "legislation", "title": title}
        self._dated(record, year)
        if self.rng.random() < 0.6:
            self._online(
                record,
                f"https://www.{_LAW_SITES[author]}/{self._slug()}",
            )
        return WorkFactory._org_work(self, record, "legislation", author, {"legislation", "government"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_MARKET_RESEARCH)
        year = self.year() if self.rng.random() < 0.9 else None
        market = self.rng.choice(
            [
                "rum",
                "beer",
                "coffee",
                "prepaid mobile plans",
                "packaged snacks",
                "cosmetics",
                "hotel stays",
                "remittance services",
                "soft drinks",
                "malt beverages",
            ]
        )
        country, pais_es = self.rng.choice([("Puerto Rico", "Puerto Rico"), ("the Dominican Republic", "República Dominicana"),
                                         ("Cuba", "Cuba"), ("the Caribbean", "el Caribe"), ("the US Hispanic market", "el mercado hispano de EE. UU.")])  # fmt: skip
        label = year or 2024
        titles = [f"{market.capitalize()} in {country}: market report {label}", f"{market.capitalize()} - {country} - {label}",
                  f"Hábitos del consumidor {label}: {pais_es} [Consumer habits {label}: {country}]",
                  f"Share of adults in {country} who bought {market} in the last month, {label}", f"{market.capitalize()} market in {country}: forecast to 2030",
                  f"Estudio de audiencias {label} [Audience study {label}]"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name}
        if year:
            self._dated(record, year)
        self._online(record, f"https://www.{name.split()[0].lower().strip(',')}.com/{self._slug()}")
        return self._org_work(record, "report", name, {"market-research"})

    def _news_signed(self) -> Work:
        year = self.year() if self.rng.random() < 0.5 else self.rng.randint(2017, 2025)
        paper = self.rng.choice(_NEWS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "author": self._people(2),
                                  "container-title": paper,
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}}  # fmt: skip
        self._online(record, f"https://www.{self._domain(paper)}/{self._slug()}")
        return self._person_work(record, "news")

    def _news_unsigned(self) -> Work:
        paper = self.rng.choice(_NEWS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": paper,
                                  "issued": {"date-parts": [[self.rng.randint(2017, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}}  # fmt: skip
        self._online(record, f"https://www.{self._domain(paper)}/{self._slug()}")
        return self._org_work(record, "news", paper, {"press"})

    def _post(self) -> Work:
        platform = self.rng.choice(["Instagram", "X (formerly Twitter)", "TikTok", "LinkedIn", "Facebook"])
        record: dict[str, Any] = {
            "type": "post", "container-title": platform,
            "title": self.rng.choice(["¡Llegó la Navidad boricua! 🎄", "Our new campaign for Three Kings' Day",
                                      "Gracias, República Dominicana", "Celebrating the Puerto Rican Day Parade",
                                      "Pa'lante con la diáspora", "Nuevo sabor, misma tradición", "Lo nuestro es primero",
                                      "Behind the scenes at Carnaval", "¿Ya pagaste con ATH Móvil?", "Hecho en Puerto Rico"]),
            "issued": {"date-parts": [[self.rng.randint(2019, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
        }  # fmt: skip
        url = f"https://www.{platform.split()[0].lower()}.com/p/{self.rng.randint(10**6, 10**7)}"
        if self.rng.random() < 0.55:
            name = self.rng.choice(_COMPANIES + _GOVERNMENT[:3])
            self._online(record, url)
            return self._org_work(record, "post", name, {"company"})
        record["author"] = self._people(1)
        self._online(record, url)
        return self._person_work(record, "post")

    def _podcast_video(self) -> Work:
        rng = self.rng
        issued = [rng.randint(2018, 2025), rng.randint(1, 12), rng.randint(1, 28)]
        if rng.random() < 0.5:
            record: dict[str, Any] = {"type": "motion_picture", "medium": "YouTube", "title": self._title(),
                                      "issued": {"date-parts": [issued]}}  # fmt: skip
            kind, url = "video", f"https://www.youtube.com/watch?v={rng.randint(10**8, 10**9)}"
        else:
            record = {"type": "song", "title": f"Episodio {rng.randint(1, 180)}: {self._title()}",
                      "container-title": rng.choice(["Mercadeo al Día", "El Podcast de Negocios PR", "Diáspora Talks",
                                                     "Emprende RD", "Caribbean Marketing Podcast"]),
                      "issued": {"date-parts": [issued]}}  # fmt: skip
            kind, url = "podcast", f"https://open.spotify.com/episode/{rng.randint(10**8, 10**9)}"
        if rng.random() < 0.5:
            name = rng.choice(["Telemundo Puerto Rico", "WAPA-TV", "Univision", "Discover Puerto Rico", "Banco Popular de Puerto Rico",
                               "Cervecería Nacional Dominicana, S.A.", "Grupo Puntacana"])  # fmt: skip
            self._online(record, url)
            return self._org_work(record, kind, name, {"company"})
        record["author"] = self._people(2)
        self._online(record, url)
        return self._person_work(record, kind)

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title()}
        if self.rng.random() < 0.45:
            record["author"] = self._people(2)
            self._online(
                record,
                f"https://www.{self.rng.choice(['mercadeopr.com', 'blogdelmercadologo.do', 'diasporadigital.com'])}/{self._slug()}",
                0.85,
            )
            return self._person_work(record, "web")
        name = self.rng.choice(_COMPANIES + _TRADE_BODIES + _GOVERNMENT)
        self._online(record, f"https://www.{self._domain(name)}/{self._slug()}", 0.85)
        return self._org_work(record, "web", name, {"undated"})
