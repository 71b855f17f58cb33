"""The works of the hundred-and-seventeenth independent pool, "blind117" (HELD OUT): what marketers in Central America
and its diaspora cite in CIM Level 6 and 7 reports and MBA assignments written in English.

Authors from Guatemala, Honduras, El Salvador, Nicaragua, Costa Rica and Panama and from the diaspora in Los Angeles,
Houston, Washington DC and Madrid: Spanish double surnames (married women's "de"), particles, Maya (K'iche',
Q'eqchi', Kaqchikel), Garifuna, Miskito and Afro-Caribbean names, Arab-Palestinian and Chinese Central American
names, names spelt with and without their accents, and the expatriates who write about the region. Banks,
cooperatives, remittance firms, telecoms, brewers, exporters and free-zone firms with S.A., S.A. de C.V., S. de R.L.
and Cía. Ltda.; superintendencias, central banks, SIECA and legislatures; laws numbered as "Decreto 57-2008" and
"Ley N.º 8968"; theses from USAC, UNAH, UCA, INCAE and the Universidad de Costa Rica; the regional press signed and
unsigned; social posts, videos and podcasts; Spanish titles with English in square brackets.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

_GIVEN = ["José Luis", "María José", "Juan Carlos", "Ana Lucía", "Luis Fernando", "Carlos Roberto", "Wendy", "Yolanda",
          "Iris", "Kevin", "Brayan", "Jennifer", "Heidy", "Dayana", "Lester", "Elmer", "Otto", "Ixchel", "Xiomara",
          "Mirna", "Karla", "Ligia", "Sonia", "Marvin", "Edwin", "Rigoberto", "Gabriela", "Andrea", "Fernando", "Oscar",
          "Álvaro", "Mónica", "Sofía", "Rebeca", "Héctor", "Ernesto", "Silvia", "Maritza", "Sergio", "Julio César",
          "Ana Gabriela", "Luis Alfonso", "Claudia", "Patricia", "Rodrigo", "Gerardo", "Emilia", "Dulce María"]  # fmt: skip
_SPANISH = ["García", "López", "Hernández", "Martínez", "Rodríguez", "Pérez", "González", "Ramírez", "Morales",
            "Castillo", "Orellana", "Mejía", "Zelaya", "Aguilar", "Ruiz", "Cabrera", "Monterroso", "Barrios",
            "Arévalo", "Chamorro", "Quesada", "Solís", "Vargas", "Jiménez", "Araya", "Mora", "Villalobos", "Alvarado",
            "Fonseca", "Guardia", "Arosemena", "Arias", "Durán", "Carías", "Funes", "Menjívar", "Escobar", "Peña",
            "Ortiz", "Cordón", "Sandoval", "Lacayo", "Pellas", "Urcuyo", "Bonilla", "Sosa", "Flores", "Umaña"]  # fmt: skip
_MAYA = ["Xoj", "Tzul", "Cutzal", "Ixcoy", "Tuyuc", "Caal", "Choc", "Coc", "Tiul", "Quej", "Sicán", "Batz", "Ajú",
         "Cojtí", "Xicay", "Sajché", "Tum", "Tzunux", "Chumil", "Cumes", "Chub", "Yat", "Pop", "Cuxil", "Ixmatá",
         "B'alam", "Sactic", "Tecún", "Ajpop", "Xitumul"]  # fmt: skip
_GARIFUNA = ["Bernárdez", "Suazo", "Arzú", "Güity", "Norales", "Palacio", "Sabio", "Ellington", "Loredo", "Lambert",
             "Nolasco", "Colón"]  # fmt: skip
_CARIBBEAN = ["Hodgson", "Downs", "Hooker", "Lampson", "Bent", "Forbes", "Bryan", "McLean", "Dixon", "Bennett",
              "Fergusson", "Mc Donald", "Spencer", "Reid", "Archibold", "Brathwaite"]  # fmt: skip
_ARAB = ["Facussé", "Kafie", "Canahuati", "Handal", "Hándal", "Kattán", "Kattan", "Larach", "Saca", "Simán", "Zablah",
         "Hasbún", "Safie", "Jaar", "Abufele", "Dabdoub", "Atala", "Nasser", "Bendeck", "Kaffati"]  # fmt: skip
_CHINESE = ["Chang", "Wong", "Chen", "Lau", "Chan", "Lee", "Chiong", "Fong", "Leung", "Chong", "Sui", "Ng"]
_EXPAT = [("Robinson", "Claire"), ("Fischer", "Annika"), ("Dieseldorff", "Klaus"), ("Hengstenberg", "Petra"),
          ("O'Connell", "Siobhan"), ("Whitfield", "Tom"), ("Nakamura", "Kenji"), ("Orozco", "Manuel"),
          ("Dubois", "Hélène"), ("Morrison", "Grant"), ("Kowalski", "Ewa"), ("Ramdin", "Priya"),
          ("Van Vleet", "Krista"), ("DeWind", "Josh"), ("Sørensen", "Mette"), ("MacKenzie", "Fiona")]  # fmt: skip
_PARTICLE = [("de", "León"), ("de la", "Cruz"), ("del", "Cid"), ("de", "Paz"), ("de la", "Roca"), ("del", "Valle"),
             ("de los", "Santos")]  # fmt: skip

# Organisations as the candidates cite them: legal forms, "&", abbreviations in brackets, Spanish and English names.
_ORGS: list[tuple[str, set[str]]] = [
    ("Banco Industrial, S.A.", {"company", "comma"}), ("Banrural", {"company"}),
    ("BAC Credomatic", {"company"}), ("Banco Agrícola, S.A.", {"company", "comma"}),
    ("Banco Atlántida, S.A.", {"company", "comma"}), ("Banco General, S.A.", {"company", "comma"}),
    ("Banco de la Producción, S.A. (Banpro)", {"company", "comma", "abbreviation"}),
    ("Banco Nacional de Costa Rica", {"company"}), ("Coopenae R.L.", {"company", "cooperative"}),
    ("FENACOAC", {"cooperative", "acronym"}), ("Cooperativa Micoope", {"cooperative"}),
    ("Comunicaciones Celulares, S.A. (Tigo Guatemala)", {"company", "comma", "abbreviation"}),
    ("Claro Centroamérica", {"company"}), ("Tigo Money Honduras", {"company"}),
    ("Cervecería Centro Americana, S.A.", {"company", "comma"}),
    ("Cervecería Hondureña, S.A. de C.V.", {"company", "comma"}),
    ("Florida Ice & Farm Co.", {"company", "ampersand"}), ("Compañía Cervecera de Nicaragua", {"company"}),
    ("Industrias La Constancia, S.A. de C.V.", {"company", "comma"}), ("Larach & Cía.", {"company", "ampersand"}),
    ("Corporación Multi Inversiones", {"company"}), ("Pollo Campero", {"company"}),
    ("Grupo Pantaleon", {"company"}), ("Café Britt Costa Rica", {"company"}),
    ("Dos Pinos R.L.", {"company", "cooperative"}), ("Copa Airlines", {"company"}),
    ("Walmart México y Centroamérica", {"company"}), ("Supermercados La Colonia, S. de R.L.", {"company", "comma"}),
    ("Distribuidora Cuscatlán Cía. Ltda.", {"company"}),
    ("Asociación Guatemalteca de Exportadores (AGEXPORT)", {"trade-body", "abbreviation"}),
    ("Asociación Nacional del Café (Anacafé)", {"trade-body", "abbreviation"}),
    ("Instituto Hondureño del Café (IHCAFE)", {"trade-body", "abbreviation"}),
    ("Asociación Hondureña de Maquiladores", {"trade-body"}), ("VESTEX", {"trade-body", "acronym"}),
    ("Cámara de Comercio de Guatemala", {"trade-body"}), ("PROCOMER", {"government", "acronym"}),
    ("Superintendencia de Bancos de Guatemala", {"government"}),
    ("Superintendencia de Bancos (SIB)", {"government", "abbreviation"}),
    ("Comisión Nacional de Bancos y Seguros (CNBS)", {"government", "abbreviation"}),
    ("Superintendencia del Sistema Financiero", {"government"}), ("SUGEF", {"government", "acronym"}),
    ("Superintendencia de Bancos de Panamá", {"government"}), ("Banco de Guatemala", {"government"}),
    ("Banco Central de Reserva de El Salvador (BCR)", {"government", "abbreviation"}),
    ("Banco Central de Honduras", {"government"}), ("Banco Central de Nicaragua", {"government"}),
    ("SIECA", {"government", "acronym"}), ("Autoridad del Canal de Panamá (ACP)", {"government", "abbreviation"}),
    ("Zona Libre de Colón", {"government"}), ("Instituto Nacional de Estadística (INE)", {"government", "abbreviation"}),
    ("Instituto Guatemalteco de Turismo (INGUAT)", {"government", "abbreviation"}),
    ("Instituto Costarricense de Turismo", {"government"}), ("INCAE Business School", {"university"}),
    ("Inter-American Development Bank", {"international"}), ("World Bank", {"international"}),
    ("CEPAL", {"international", "acronym"}), ("Inter-American Dialogue", {"international"}),
]  # fmt: skip
_RESEARCH = ["Euromonitor International", "Kantar IBOPE Media", "NielsenIQ", "Statista", "CID Gallup", "Ipsos",
             "Borge y Asociados", "Dichter & Neira", "GlobalData"]  # fmt: skip
_PRESS = ["Prensa Libre", "La Prensa Gráfica", "El Diario de Hoy", "El Faro", "La Nación", "El Heraldo",
          "La Prensa (Honduras)", "Confidencial", "La Estrella de Panamá", "Estrategia & Negocios", "Forbes Centroamérica",
          "Revista Summa", "El Financiero", "Plaza Pública", "Los Angeles Times", "Houston Chronicle", "El País",
          "La Opinión"]  # fmt: skip
_JOURNALS = ["Revista de Ciencias Económicas", "Economía y Administración", "Realidad: Revista de Ciencias Sociales y Humanidades",
             "Latin American Business Review", "Academia Revista Latinoamericana de Administración",
             "Journal of Business Research", "International Journal of Bank Marketing", "Journal of International Marketing",
             "Estudios Gerenciales", "Journal of Retailing and Consumer Services", "Revista Centroamericana de Administración Pública",
             "Journal of Latin American Studies", "Tourism Management", "International Migration Review"]  # fmt: skip
_PUBLISHERS = [("Pearson Educación", "Ciudad de México"), ("McGraw-Hill Interamericana", "Ciudad de México"),
               ("EUNED", "San José"), ("UCA Editores", "San Salvador"), ("Editorial Universitaria", "Guatemala"),
               ("FLACSO", "San José"), ("Editorial Universitaria UNAH", "Tegucigalpa"), ("Pearson", "Harlow"),
               ("Routledge", "Abingdon"), ("Palgrave Macmillan", "Cham"), ("Cengage Learning", "Boston"),
               ("Kogan Page", "London"), ("Sage", "London"), ("ESIC Editorial", "Madrid")]  # fmt: skip
_UNIVERSITIES = ["Universidad de San Carlos de Guatemala", "Universidad Nacional Autónoma de Honduras",
                 "Universidad Centroamericana José Simeón Cañas", "Universidad Centroamericana (UCA) Managua",
                 "INCAE Business School", "Universidad de Costa Rica", "Universidad Rafael Landívar",
                 "Universidad Tecnológica de Panamá", "Universidad Francisco Marroquín"]  # fmt: skip
# Spanish titles with the English a candidate puts in square brackets, and English titles.
_ES_TOPICS = [
    ("las remesas familiares", "family remittances"), ("la billetera móvil", "the mobile wallet"),
    ("la inclusión financiera", "financial inclusion"), ("la lealtad de marca", "brand loyalty"),
    ("el café de especialidad", "speciality coffee"), ("la maquila textil", "the textile maquila"),
    ("el turismo comunitario", "community tourism"), ("el comercio electrónico", "e-commerce"),
    ("las cooperativas de ahorro y crédito", "savings and credit cooperatives"),
    ("el consumidor centroamericano", "the Central American consumer"), ("la banca digital", "digital banking"),
    ("la cerveza artesanal", "craft beer"), ("las zonas francas", "free zones"),
    ("la publicidad en redes sociales", "social media advertising"), ("la diáspora", "the diaspora"),
]  # fmt: skip
_ES_FORMS = [
    ("{es}: retos y oportunidades en Centroamérica", "{en}: challenges and opportunities in Central America"),
    ("Determinantes de {es} en Guatemala", "Determinants of {en} in Guatemala"),
    ("El papel de {es} en la estrategia de marketing", "The role of {en} in marketing strategy"),
    ("Análisis de {es} en El Salvador, {y1}-{y2}", "An analysis of {en} in El Salvador, {y1}-{y2}"),
    ("Percepción de {es} entre los jóvenes de Tegucigalpa", "Young people's perceptions of {en} in Tegucigalpa"),
    ("Estrategias de mercadeo para {es} en Honduras", "Marketing strategies for {en} in Honduras"),
    ("{es} y la confianza del cliente en Costa Rica", "{en} and customer trust in Costa Rica"),
    ("Informe sobre {es} en Panamá", "Report on {en} in Panama"),
]  # fmt: skip
_EN_TOPICS = ["remittance apps", "mobile money adoption", "brand equity of regional beers", "speciality coffee exports",
              "nearshoring and the maquila", "customer experience in retail banking", "hotel distribution",
              "nostalgia brands", "loyalty programmes in supermarkets", "cooperative banking", "WhatsApp commerce",
              "airline ancillaries", "Bitcoin adoption", "canal logistics branding",
              "fair-trade certification", "sugar cane sustainability claims", "telecom churn"]  # fmt: skip
_EN_FORMS = ["{t}: evidence from Central America", "Marketing {t} to Central American migrants in the United States",
             "Rethinking {t} in the Northern Triangle", "{t} in Guatemala and Honduras: a consumer perspective",
             "The effect of trust on {t}", "{t} after DR-CAFTA", "Segmenting the market for {t}",
             "Digital transformation and {t} in Costa Rica"]  # fmt: skip
_LAWS = [
    ("Congreso de la República de Guatemala", "Decreto 57-2008: Ley de Acceso a la Información Pública", "Law on Access to Public Information", 2008),
    ("Congreso de la República de Guatemala", "Decreto 6-2003: Ley de Protección al Consumidor y Usuario", "Consumer and User Protection Law", 2003),
    ("Congreso de la República de Guatemala", "Decreto 19-2002: Ley de Bancos y Grupos Financieros", "Law on Banks and Financial Groups", 2002),
    ("Asamblea Legislativa de la República de Costa Rica", "Ley N.º 8968: Protección de la Persona frente al Tratamiento de sus Datos Personales", "Protection of the Individual in the Processing of Personal Data", 2011),
    ("Asamblea Legislativa de la República de Costa Rica", "Ley N.º 7472: Ley de Promoción de la Competencia y Defensa Efectiva del Consumidor", "Law on the Promotion of Competition and Effective Consumer Protection", 1994),
    ("Asamblea Legislativa de El Salvador", "Decreto Legislativo N.º 776: Ley de Protección al Consumidor", "Consumer Protection Law", 2005),
    ("Asamblea Legislativa de El Salvador", "Decreto Legislativo N.º 57: Ley Bitcoin", "Bitcoin Law", 2021),
    ("Congreso Nacional de Honduras", "Decreto 24-2008: Ley de Protección al Consumidor", "Consumer Protection Law", 2008),
    ("Asamblea Nacional de Nicaragua", "Ley N.º 842: Ley de Protección de los Derechos de las Personas Consumidoras y Usuarias", "Law on the Rights of Consumers and Users", 2013),
    ("Asamblea Nacional de Panamá", "Ley 81 de 2019: sobre Protección de Datos Personales", "On the Protection of Personal Data", 2019),
]  # fmt: skip
_PLATFORMS = ["Facebook", "Instagram", "LinkedIn", "X", "TikTok"]
_VIDEO = ["YouTube", "Spotify", "Apple Podcasts", "Vimeo"]
_DOMAINS = ["prensalibre.com", "laprensagrafica.com", "nacion.com", "elheraldo.hn", "estrategiaynegocios.net",
            "sieca.int", "banguat.gob.gt", "cnbs.gob.hn", "ssf.gob.sv", "sugef.fi.cr", "agexport.org.gt",
            "incae.edu", "ucr.ac.cr", "usac.edu.gt", "unah.edu.hn", "uca.edu.sv", "tigo.com.gt", "copaair.com"]  # fmt: skip
_SLUGS = ["remesas", "informe-anual", "estadisticas", "noticias", "marketing-digital", "inclusion-financiera",
          "billetera-movil", "exportaciones", "turismo", "consumidor", "publicaciones", "en/insights", "blog"]  # fmt: skip


class Blind117WorkFactory(WorkFactory):
    """The blind117 pool's works: Central American and diaspora authors, firms, regulators, laws and press."""

    DRAWN: ClassVar[dict[str, int]] = {"book": 12, "chapter": 6, "journal": 22, "thesis": 6, "conference": 4, "organisation-web": 10,
                                       "organisation-report": 9, "government": 6, "law": 4, "market-research": 6, "news": 8,
                                       "unsigned-news": 3, "social": 3, "video": 3, "undated-web": 4, "twin-report": 2}  # fmt: skip
    KINDS: ClassVar[tuple[str, ...]] = ("book", "chapter", "journal", "thesis", "conference", "web", "report", "news",
                                        "social", "video", "law")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 117 + 11701)
        self._queued: list[Work] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        rng = self.rng
        given = rng.choice(_GIVEN)
        roll = rng.random()
        if roll < 0.34:  # both surnames
            family = " ".join(rng.sample(_SPANISH, 2))
        elif roll < 0.40:  # a married woman's "de"
            family = f"{rng.choice(_SPANISH)} de {rng.choice(_SPANISH)}"
            given = rng.choice(["María Elena", "Ana María", "Rosa Amelia", "Carmen", "Lucrecia", "Marta Julia"])
        elif roll < 0.47:  # diaspora: one surname, sometimes hyphenated
            family = rng.choice(_SPANISH)
            if rng.random() < 0.4:
                family = f"{family}-{rng.choice(_SPANISH)}"
        elif roll < 0.57:  # Maya
            family = f"{rng.choice(_MAYA)} {rng.choice(_MAYA + _SPANISH)}"
            if rng.random() < 0.3:
                given = rng.choice(["Ixchel", "Pakal", "Ixmucané", "Tojil", "Aj Pop", "Nikte'", "Kab'awil"])
        elif roll < 0.63:  # Garifuna
            family = rng.choice(_GARIFUNA) + (f" {rng.choice(_GARIFUNA + _SPANISH)}" if rng.random() < 0.6 else "")
            given = rng.choice(["Mirtha", "Celeo", "Doroteo", "Nardo", "Wendy", "Luther", "Teófila", "Aurelia"])
        elif roll < 0.68:  # Miskito and Afro-Caribbean
            family = rng.choice(_CARIBBEAN) + (f" {rng.choice(_CARIBBEAN)}" if rng.random() < 0.3 else "")
            given = rng.choice(["Marcia", "Winston", "Dorothy", "Ray", "Shirley", "Errol", "Quince", "Maylin"])
        elif roll < 0.76:  # Arab-Palestinian
            family = rng.choice(_ARAB) + (f" {rng.choice(_SPANISH + _ARAB)}" if rng.random() < 0.6 else "")
            given = rng.choice(["Jorge", "Miguel", "Schafik", "Nayib", "Camilo", "Antonio", "Yamileth", "Jacobo"])
        elif roll < 0.82:  # Chinese Central American
            family = rng.choice(_CHINESE) + (f" {rng.choice(_SPANISH)}" if rng.random() < 0.7 else "")
        elif roll < 0.88:  # particles
            particle, family = rng.choice(_PARTICLE)
            if rng.random() < 0.5:
                family = f"{family} {rng.choice(_SPANISH)}"
            return {"family": family, "given": given, "non-dropping-particle": particle}
        else:  # expatriates
            family, given = rng.choice(_EXPAT)
        parts = family.split(" ")
        if len(parts) % 2 == 0 and parts[: len(parts) // 2] == parts[len(parts) // 2 :]:  # "Bent Bent" is one surname
            family = " ".join(parts[: len(parts) // 2])
        if rng.random() < 0.05 and family.isascii() is False:  # the accents dropped, as on an English journal
            family = family.translate(str.maketrans("áéíóúÁÉÍÓÚñ", "aeiouAEIOUn"))
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if all((p["family"], p.get("non-dropping-particle")) != (name["family"], name.get("non-dropping-particle"))
                   for p in people):  # fmt: skip
                people.append(name)
        return people

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGS)
        return name, set(tags)

    # ------------------------------------------------------------------ dates, titles, addresses
    def year(self) -> int:
        if self.rng.random() < 0.06:
            return self.rng.randint(1987, 2004)
        return self.rng.randint(2008, 2025)

    def accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        """An access date after the work came out: a later year, or the last days of 2025 for a work of 2025."""
        if year is not None and year >= 2025:
            return {"date-parts": [[2025, 12, self.rng.randint(28, 31)]]}
        first = max(2022, (year or 2021) + 1)
        return {"date-parts": [[self.rng.randint(first, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        rng = self.rng
        if rng.random() < 0.5:
            es, en = rng.choice(_ES_TOPICS)
            form_es, form_en = rng.choice(_ES_FORMS)
            y1 = rng.randint(2000, 2012)
            values = {"y1": str(y1), "y2": str(y1 + rng.randint(3, 6))}
            spanish = form_es.format(es=es, **values).replace(" de el ", " del ")
            english = form_en.format(en=en, **values)
            return f"{spanish[0].upper()}{spanish[1:]} [{english[0].upper()}{english[1:]}]"
        topic = rng.choice(_EN_TOPICS)
        title = rng.choice(_EN_FORMS).format(t=topic)
        return title[0].upper() + title[1:]

    def _place(self, name: str) -> str:
        """Where an organisation publishes: its country's capital, or a regional city for the regional bodies."""
        for words, place in (("Guatemal", "Guatemala"), ("Salvador", "San Salvador"), ("Hondur", "Tegucigalpa"),
                             ("Nicaragu", "Managua"), ("Costa Ric", "San José"), ("Panamá", "Panamá"), ("Colón", "Colón"),
                             ("Agrícola", "San Salvador"), ("Atlántida", "Tegucigalpa"), ("Banpro", "Managua"),
                             ("SUGEF", "San José"), ("PROCOMER", "San José"), ("INCAE", "Alajuela"), ("SIB", "Guatemala"),
                             ("CNBS", "Tegucigalpa"), ("Sistema Financiero", "San Salvador"), ("Inter-American", "Washington, DC"),
                             ("World Bank", "Washington, DC"), ("CEPAL", "Santiago"), ("Copa", "Panamá")):  # fmt: skip
            if words in name:
                return place
        return self.rng.choice(["Guatemala", "San Salvador", "Tegucigalpa", "San José", "Panamá", "Managua"])

    def _url(self) -> str:
        return f"https://www.{self.rng.choice(_DOMAINS)}/{self.rng.choice(_SLUGS)}/{self.rng.randint(1000, 99999)}"

    def _issued(self, year: int, day: bool = False) -> dict[str, list[list[int]]]:
        if day:
            return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        return {"date-parts": [[year]]}

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        if kind is None and self._queued:
            return self._queued.pop()
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        year = self.year()
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": self._issued(year), "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 16))
        if self.rng.random() < 0.2:  # an e-book read online
            record["medium"] = "e-book"
            record["URL"] = f"https://elibro.net/es/ereader/usac/{self.rng.randint(10000, 250000)}"
            record["accessed"] = self.accessed_after(year)
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        book = self.rng.choice(["Marketing en Centroamérica: casos y perspectivas [Marketing in Central America: cases and perspectives]",
                                "Migration, remittances and development in Central America",
                                "Gestión de marca en mercados emergentes [Brand management in emerging markets]",
                                "The Routledge handbook of Latin American business", "Coffee, markets and livelihoods"])  # fmt: skip
        start = self.rng.randint(3, 300)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))], "container-title": book,
            "issued": self._issued(self.year()), "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 700)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": self._issued(self.year()),
            "volume": str(self.rng.randint(1, 80)), "page": f"{start}-{start + self.rng.randint(8, 28)}",
        }  # fmt: skip
        if self.rng.random() < 0.8:
            record["issue"] = str(self.rng.randint(1, 4))
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.rng.choice(['rce', 'lab', 'ijbm', 'jbr', 'eya'])}.v{self.rng.randint(1, 60)}i{self.rng.randint(1, 4)}.{self.rng.randint(100, 9999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": self._people(1),
            "genre": self.rng.choice(["Tesis de licenciatura", "Tesis de maestría", "MBA thesis", "Tesis doctoral", "MSc dissertation"]),
            "publisher": self.rng.choice(_UNIVERSITIES), "issued": self._issued(year),
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = (
                f"https://repositorio.{self.rng.choice(['usac.edu.gt', 'unah.edu.hn', 'uca.edu.sv', 'ucr.ac.cr'])}/handle/{self.rng.randint(100, 999)}/{self.rng.randint(1000, 99999)}"
            )
            record["accessed"] = self.accessed_after(year)
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        start = self.rng.randint(1, 400)
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": self.rng.choice(["Proceedings of the CLADEA Annual Assembly", "Proceedings of the BALAS Annual Conference",
                                                "Memorias del Congreso Centroamericano de Mercadeo", "Proceedings of the Academy of International Business Latin America Chapter"]),
            "event-place": self.rng.choice(["San José", "Panama City", "Guatemala City", "San Pedro Sula", "Antigua Guatemala"]),
            "issued": self._issued(self.year()), "page": f"{start}-{start + self.rng.randint(6, 14)}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _organisation_web(self) -> Work:
        name, tags = self.organisation()
        year = self.year() if self.rng.random() < 0.85 else None
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url(),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = self._issued(year)
        return self._org_work(record, "web", name, tags)

    def _organisation_report(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        title = (f"{self.rng.choice(['Memoria anual', 'Informe de sostenibilidad', 'Annual report', 'Informe de estabilidad financiera', 'Reporte integrado'])} {year}"
                 if self.rng.random() < 0.5 else self._title())  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": self._issued(year),
                                  "publisher": name.split(" (")[0],
                                  "publisher-place": self._place(name)}  # fmt: skip
        if self.rng.random() < 0.65:
            record["URL"] = self._url()
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "report", name, tags)

    def _government(self) -> Work:
        name, tags = self.rng.choice([o for o in _ORGS if "government" in o[1]])
        year = self.year()
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]), "title": self._title(), "issued": self._issued(year),
            "URL": self._url(), "accessed": self.accessed_after(year),
        }  # fmt: skip
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, set(tags))

    def _law(self) -> Work:
        body, title, english, year = self.rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "webpage", "title": f"{title} [{english}]", "issued": self._issued(year),
                                  "URL": self._url()}  # fmt: skip
        if self.rng.random() < 0.85:
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "law", body, {"government", "legislation"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.9 else None
        y = year or 2024
        country = self.rng.choice(
            ["Guatemala", "Honduras", "El Salvador", "Nicaragua", "Costa Rica", "Panama", "Central America"]
        )
        market = self.rng.choice(
            [
                "beer",
                "carbonated soft drinks",
                "mobile money",
                "remittances",
                "coffee",
                "retail banking",
                "grocery retail",
                "fast food",
            ]
        )
        title = self.rng.choice([f"{market.capitalize()} in {country} {y}", f"{market.capitalize()} in {country}: market report, {self.rng.choice(['March', 'July', 'November'])} {y}",
                                 f"{market.capitalize()}: consumer usage in {country}, {y}", f"Estudio de consumidores de {country} {y} [{country} consumer study {y}]",
                                 f"{country} {market} market: size and forecast to 2030"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name, "URL": f"https://www.{name.split()[0].lower()}.com/{self.rng.randint(1000, 99999)}",
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = self._issued(year)
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "author": self._people(2),
            "container-title": self.rng.choice(_PRESS), "issued": self._issued(year, day=True), "URL": self._url(),
            "accessed": self.accessed_after(year),
        }  # fmt: skip
        return self._person_work(record, "news")

    def _unsigned_news(self) -> Work:
        year = self.year()
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": paper,
                                  "issued": self._issued(year, day=True), "URL": self._url(), "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org_work(record, "news", paper, {"press"})

    def _social(self) -> Work:
        year = self.rng.randint(2016, 2025)
        platform = self.rng.choice(_PLATFORMS)
        post = self.rng.choice(["¡Envía y recibe remesas sin hacer fila! [Send and receive remittances without queuing!]",
                                "Este 15 de septiembre celebramos lo nuestro [This 15 September we celebrate what is ours]",
                                "Our new route to Los Angeles starts today", "Semana Santa: horarios de agencias [Holy Week branch opening hours]",
                                "Gracias por 100 años de sabor [Thank you for 100 years of flavour]", "Día del Cooperativismo [Cooperatives Day]"])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": f"{post} [{platform}]", "container-title": platform,
                                  "issued": self._issued(year, day=True), "URL": f"https://www.{platform.lower()}.com/{self.rng.randint(10**6, 10**9)}",
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        if self.rng.random() < 0.5:  # a marketer's own post
            record["author"] = self._people(1)
            record["title"] = self.rng.choice(["Lo que aprendí lanzando una billetera móvil en Honduras [What I learnt launching a mobile wallet in Honduras]",
                                               "Five lessons from our Independence Day campaign", "Why Central American brands must speak to the diaspora",
                                               "Remesas y lealtad: un hilo [Remittances and loyalty: a thread]"]) + f" [{platform}]"  # fmt: skip
            return self._person_work(record, "social")
        name, tags = self.rng.choice([o for o in _ORGS if "company" in o[1]])
        return self._org_work(record, "social", name, set(tags))

    def _video(self) -> Work:
        year = self.rng.randint(2015, 2025)
        channel = self.rng.choice(_VIDEO)
        title = self.rng.choice(["Cómo abrir tu cuenta digital en cinco minutos [How to open your digital account in five minutes]",
                                 "Marketing para la diáspora: episodio 12 [Marketing to the diaspora: episode 12]",
                                 "Inside Central America's coffee boom", "El futuro de las remesas [The future of remittances]",
                                 "Panama Canal expansion: what it means for shippers"])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": f"{title} [{'Podcast' if channel != 'YouTube' and channel != 'Vimeo' else 'Video'}]",
                                  "container-title": channel, "issued": self._issued(year, day=True),
                                  "URL": f"https://www.{channel.split()[0].lower()}.com/{self.rng.randint(10**5, 10**8)}", "accessed": self.accessed_after(year)}  # fmt: skip
        if self.rng.random() < 0.6:
            record["author"] = self._people(2)
            return self._person_work(record, "video")
        name, tags = self.organisation()
        return self._org_work(record, "video", name, tags)

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {
            "type": "webpage",
            "title": self._title(),
            "URL": self._url(),
            "accessed": self.accessed_after(None),
        }
        if self.rng.random() < 0.3:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags | {"undated"})

    def _twin_report(self) -> Work:
        """The central bank of El Salvador's two reports of 2019 (2019a and 2019b), drawn together."""
        name = "Banco Central de Reserva de El Salvador (BCR)"
        works = []
        for title in ("Informe de remesas familiares 2019 [Family remittances report 2019]",
                      "Encuesta de inclusión financiera 2019 [Financial inclusion survey 2019]"):  # fmt: skip
            record: dict[str, Any] = {"type": "report", "title": title, "issued": self._issued(2019),
                                      "publisher": "Banco Central de Reserva de El Salvador", "publisher-place": "San Salvador",
                                      "URL": f"https://www.bcr.gob.sv/documental/{self.rng.randint(1000, 9999)}", "accessed": self.accessed_after(2019)}  # fmt: skip
            works.append(self._org_work(record, "report", name, {"government", "abbreviation"}))
        self._queued.append(works[1])
        return works[0]
