"""Works for the blind110 pool (HELD OUT): what marketers in the Spanish-speaking Caribbean and its diaspora cite.

Candidates at banks and cooperatives, telecoms, rum distillers, breweries, retailers, FMCG makers, hotels, airlines
and agencies in Puerto Rico, the Dominican Republic, Cuba and Venezuela, and in Miami, Madrid and New York, cite
Spanish and English textbooks, chapters, journal articles, theses from the UPR, PUCMM, INTEC, UCAB and the
Universidad de La Habana, company pages and annual reports (Inc., LLC, S.A., S.R.L., S.A.S., C.A.), trade bodies,
central banks, regulators and laws as the islands number them ("Ley Núm. 60 de 2019", "Ley núm. 358-05"), research
firms, the San Juan, Santo Domingo, Caracas, Havana and Miami press, social posts, podcasts and videos. Names carry
two surnames ("Rodríguez Pérez"), particles ("de la Cruz", "del Valle"), hyphens from the US diaspora, "Jr." and
accents that are sometimes left off. Written without reading the checker or any other pool.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
import re
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

_GIVEN_F = ["María José", "Ana Lucía", "Carmen", "Yolanda", "Marisol", "Lourdes", "Yaritza", "Glorimar", "Nilda",
            "Zoraida", "Mariela", "Daniela", "Gabriela", "Yesenia", "Iris Mabel", "Xiomara", "Milagros", "Rosa Elena",
            "Beatriz", "Luz Nereida", "Isabel", "Dayana", "Yanelis", "Odalys", "Mayra", "Ivelisse", "Wanda",
            "Sofía", "Valentina", "Ángela", "Inés", "Maité"]  # fmt: skip
_GIVEN_M = ["José Luis", "Juan Carlos", "Luis Alberto", "Carlos", "Héctor", "Ramón", "Miguel Ángel", "Jesús",
            "Francisco", "Wilfredo", "Edwin", "Yamil", "Orlando", "Rafael", "Andrés", "Félix", "Ernesto", "Yunior",
            "Reinaldo", "Alejandro", "Iván", "Gustavo", "Leonel", "Darío", "Efraín", "Jorge", "Raúl", "Tomás",
            "Manuel", "Aníbal"]  # fmt: skip
_SURNAMES = ["Rodríguez", "Pérez", "González", "Rivera", "Hernández", "López", "Martínez", "Santiago", "Colón",
             "Ramos", "Ortiz", "Torres", "Vázquez", "Díaz", "Cruz", "Reyes", "Morales", "Jiménez", "Figueroa",
             "Álvarez", "Méndez", "Acevedo", "Batista", "Peña", "Castillo", "Guzmán", "Báez", "Almonte", "Tavárez",
             "Marte", "Ureña", "Fernández", "Quiñones", "Irizarry", "Maldonado", "Negrón", "Rosario", "Nieves",
             "Sánchez", "Ferrer", "Betancourt", "Suárez", "Echevarría", "Núñez", "Villalobos", "Mendoza", "Chirinos",
             "Urdaneta", "Briceño", "Montilla", "Ochoa", "Castro", "Garmendia", "Valdés", "Céspedes", "Abreu",
             "Lorenzo", "Brito", "Guerra", "Ibarra", "Arzuaga", "Muñiz", "Candelaria", "Matos", "Lugo", "Beltrán"]  # fmt: skip
# Venezuelan and Cuban surnames of Italian, Portuguese, Basque, Arab and Chinese descent
_OTHER_SURNAMES = ["De Freitas", "D'Agostino", "Capriles", "Zambrano", "Di Giacomo", "Gonçalves", "Rodrigues",
                   "Abou Hassan", "Chang", "Lam", "Urrutia", "Aristeguieta", "Azpúrua", "Mazzei", "Sosa-Chang",
                   "Ferreira", "Kattán"]  # fmt: skip
_PARTICLES = [("de la", "Cruz"), ("del", "Valle"), ("de", "León"), ("de la", "Rosa"), ("del", "Toro"),
              ("de", "Jesús"), ("de los", "Santos"), ("de", "Armas"), ("del", "Río"), ("de la", "Fuente")]  # fmt: skip
_EXPATS = [("Smith", "Rachel"), ("O'Brien", "Kevin"), ("Brennan", "Laura"), ("Goldberg", "Daniel"),
           ("Duany", "Jorge"), ("Mathews", "Claire"), ("Whitfield", "Thomas"), ("Nakamura", "Ken"),
           ("Müller", "Stefanie"), ("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Lindqvist", "Erik"),
           ("Campbell", "Fiona"), ("Okafor", "Ngozi"), ("Patel", "Anjali")]  # fmt: skip
_NOACCENT = str.maketrans("áéíóúÁÉÍÓÚñÑü", "aeiouAEIOUnNu")

_ORGS: list[tuple[str, set[str]]] = [
    ("Banco Popular de Puerto Rico", {"company"}), ("Popular, Inc.", {"company"}),
    ("FirstBank Puerto Rico", {"company"}), ("OFG Bancorp", {"company"}),
    ("Banco de Reservas de la República Dominicana (Banreservas)", {"company", "abbreviation"}),
    ("Banco Popular Dominicano, S.A.", {"company"}), ("Banco BHD, S.A.", {"company"}),
    ("Banesco Banco Universal, C.A.", {"company"}), ("Mercantil Banco Universal, C.A.", {"company"}),
    ("Cooperativa de Ahorro y Crédito Jesús Obrero", {"company", "cooperative"}),
    ("Cooperativa La Sagrada Familia", {"company", "cooperative"}),
    ("Claro Puerto Rico", {"company"}), ("Liberty Latin America Ltd.", {"company"}),
    ("Altice Dominicana, S.A.", {"company"}), ("Compañía Anónima Nacional Teléfonos de Venezuela (CANTV)", {"company", "abbreviation"}),
    ("Digitel, C.A.", {"company"}), ("Empresa de Telecomunicaciones de Cuba S.A. (ETECSA)", {"company", "abbreviation"}),
    ("Destilería Serrallés, Inc.", {"company"}), ("Bacardi Limited", {"company"}), ("Ron Barceló, S.R.L.", {"company"}),
    ("Ron Santa Teresa, C.A.", {"company"}), ("Corporación Cuba Ron S.A.", {"company"}),
    ("Cervecería Nacional Dominicana, S.A.", {"company"}), ("Cervecería India, Inc.", {"company"}),
    ("Empresas Polar", {"company"}), ("Goya Foods, Inc.", {"company"}), ("Pueblo, Inc.", {"company"}),
    ("Farmatodo, C.A.", {"company"}), ("Grupo Ramos", {"company"}), ("Centro Cuesta Nacional, S.A.S.", {"company"}),
    ("Grupo Puntacana", {"company"}), ("Meliá Hotels International, S.A.", {"company"}),
    ("JetBlue Airways", {"company"}), ("Arajet, S.A.", {"company"}), ("Copa Holdings, S.A.", {"company"}),
    ("Lopito, Ileana & Howie", {"company", "ampersand"}), ("De la Cruz & Associates", {"company", "ampersand"}),
    ("Pagés BBDO", {"company"}), ("Boricua Digital LLC", {"company"}), ("Sol Caribe Media, S.R.L.", {"company"}),
    ("Asociación de Industriales de Puerto Rico", {"trade-body"}),
    ("Centro Unido de Detallistas (CUD)", {"trade-body", "abbreviation"}),
    ("Asociación de Hoteles y Turismo de la República Dominicana (ASONAHORES)", {"trade-body", "abbreviation"}),
    ("Consejo Nacional de la Empresa Privada (CONEP)", {"trade-body", "abbreviation"}),
    ("Fedecámaras", {"trade-body"}), ("Puerto Rico Hotel & Tourism Association", {"trade-body", "ampersand"}),
    ("Discover Puerto Rico", {"trade-body"}), ("Asociación de Bancos de Puerto Rico", {"trade-body"}),
    ("Liga de Cooperativas de Puerto Rico", {"trade-body", "cooperative"}),
    ("Cámara de Comercio de Santo Domingo", {"trade-body"}),
]  # fmt: skip
_GOVERNMENT: list[tuple[str, str]] = [
    ("Banco Central de la República Dominicana", "https://www.bancentral.gov.do/a/d/"),
    ("Banco Central de Venezuela", "https://www.bcv.org.ve/estadisticas/"),
    ("Superintendencia de Bancos de la República Dominicana", "https://sb.gob.do/publicaciones/"),
    ("Oficina del Comisionado de Instituciones Financieras (OCIF)", "https://www.ocif.pr.gov/"),
    ("Corporación para la Supervisión y Seguro de Cooperativas de Puerto Rico (COSSEC)", "https://www.cossec.pr.gov/"),
    ("Departamento de Desarrollo Económico y Comercio (DDEC)", "https://www.ddec.pr.gov/"),
    ("Instituto de Estadísticas de Puerto Rico", "https://estadisticas.pr/"),
    ("Junta de Planificación de Puerto Rico", "https://jp.pr.gov/"),
    ("Oficina Nacional de Estadística (ONE)", "https://www.one.gob.do/"),
    ("Pro Consumidor", "https://proconsumidor.gob.do/"),
    ("Instituto Dominicano de las Telecomunicaciones (INDOTEL)", "https://www.indotel.gob.do/"),
    ("Dirección General de Impuestos Internos (DGII)", "https://dgii.gov.do/"),
    ("Servicio Nacional Integrado de Administración Aduanera y Tributaria (SENIAT)", "http://www.seniat.gob.ve/"),
    ("Superintendencia de las Instituciones del Sector Bancario (SUDEBAN)", "https://www.sudeban.gob.ve/"),
    ("Comisión Nacional de Telecomunicaciones (CONATEL)", "http://www.conatel.gob.ve/"),
    ("Oficina Nacional de Estadística e Información (ONEI)", "https://www.onei.gob.cu/"),
    ("Departamento de Asuntos del Consumidor (DACO)", "https://www.daco.pr.gov/"),
    ("Compañía de Turismo de Puerto Rico", "https://www.prtourism.com/"),
    ("Ministerio de Turismo de la República Dominicana (MITUR)", "https://www.mitur.gob.do/"),
    ("U.S. Census Bureau", "https://www.census.gov/library/"),
    ("Federal Reserve Bank of New York", "https://www.newyorkfed.org/research/"),
    ("Miami-Dade County", "https://www.miamidade.gov/global/economy/"),
    ("Instituto Nacional de Estadística (INE)", "https://www.ine.es/"),
]  # fmt: skip
# What each body publishes ({year} and {month} filled in); other bodies publish on the themes of _title.
_GOVERNMENT_TITLES = {
    "Banco Central de la República Dominicana": ["Informe de la economía dominicana, enero-diciembre {year}",
                                                 "Informe de política monetaria, {month} {year} [Monetary policy report]",
                                                 "Encuesta de expectativas macroeconómicas, {month} {year}"],
    "Banco Central de Venezuela": ["Índice nacional de precios al consumidor, {month} {year}",
                                   "Tipo de cambio de referencia {year} [Reference exchange rate]"],
    "Superintendencia de Bancos de la República Dominicana": ["Informe de desempeño del sistema financiero {year}",
                                                              "Encuesta nacional de protección al usuario {year}"],
    "Oficina del Comisionado de Instituciones Financieras (OCIF)": ["Informe anual {year}", "Carta circular OCIF-{year}-03"],
    "Corporación para la Supervisión y Seguro de Cooperativas de Puerto Rico (COSSEC)": [
        "Informe de estadísticas del sector cooperativo, {month} {year}", "Estados financieros consolidados {year}"],
    "Departamento de Desarrollo Económico y Comercio (DDEC)": ["Informe de incentivos {year} [Incentives report]",
                                                               "Puerto Rico economic development plan {year}"],
    "Instituto de Estadísticas de Puerto Rico": ["Perfil del migrante {year} [Migrant profile]",
                                                 "Encuesta sobre la comunidad de Puerto Rico {year}"],
    "Junta de Planificación de Puerto Rico": ["Informe económico al Gobernador {year}", "Apéndice estadístico {year}"],
    "Oficina Nacional de Estadística (ONE)": ["Encuesta nacional de hogares de propósitos múltiples (ENHOGAR) {year}",
                                              "República Dominicana en cifras {year}"],
    "Pro Consumidor": ["Informe de quejas y reclamaciones {year}", "Guía del consumidor para la Navidad {year}"],
    "Instituto Dominicano de las Telecomunicaciones (INDOTEL)": ["Indicadores de telecomunicaciones, {month} {year}"],
    "Dirección General de Impuestos Internos (DGII)": ["Boletín de recaudaciones {year}", "Guía sobre el ITBIS {year}"],
    "Servicio Nacional Integrado de Administración Aduanera y Tributaria (SENIAT)": ["Providencia sobre el IGTF {year}"],
    "Superintendencia de las Instituciones del Sector Bancario (SUDEBAN)": ["Boletín estadístico, {month} {year}"],
    "Comisión Nacional de Telecomunicaciones (CONATEL)": ["Cifras del sector telecomunicaciones {year}"],
    "Oficina Nacional de Estadística e Información (ONEI)": ["Anuario estadístico de Cuba {year}", "Turismo. Llegada de visitantes internacionales, {month} {year}"],
    "Departamento de Asuntos del Consumidor (DACO)": ["Guía de compras para la temporada de huracanes {year}", "Informe de precios de alimentos, {month} {year}"],
    "Compañía de Turismo de Puerto Rico": ["Estadísticas de turismo {year} [Tourism statistics]"],
    "Ministerio de Turismo de la República Dominicana (MITUR)": ["Estadísticas de llegadas de turistas, {month} {year}"],
    "U.S. Census Bureau": ["Puerto Rico Community Survey {year}", "Hispanic Heritage Month {year}: facts for features"],
    "Federal Reserve Bank of New York": ["An update on the economic condition of Puerto Rico ({year})"],
    "Miami-Dade County": ["Tourism and hospitality indicators {year}"],
    "Instituto Nacional de Estadística (INE)": ["Estadística de migraciones {year}"],
}  # fmt: skip
# Laws as candidates cite them: the issuing body or the law database as author, the law's number in its title.
_LAWS: list[tuple[str, str, int, str]] = [
    ("LexJuris de Puerto Rico", "Ley Núm. 60 de 2019, Código de Incentivos de Puerto Rico [Puerto Rico Incentives Code]", 2019, "https://www.lexjuris.com/lexlex/Leyes2019/lexl2019060.htm"),
    ("LexJuris de Puerto Rico", "Ley Núm. 255 de 2002, Ley de Sociedades Cooperativas de Ahorro y Crédito [Savings and Credit Cooperatives Act]", 2002, "https://www.lexjuris.com/lexlex/Leyes2002/lexl2002255.htm"),
    ("Oficina de Servicios Legislativos de Puerto Rico", "Ley Núm. 22 de 2012, Ley para Incentivar el Traslado de Individuos Inversionistas a Puerto Rico [Act 22]", 2012, "https://bvirtualogp.pr.gov/ogp/Bvirtual/leyesreferencia/PDF/22-2012.pdf"),
    ("Oficina de Servicios Legislativos de Puerto Rico", "Ley Núm. 5 de 23 de abril de 1973, Ley Orgánica del Departamento de Asuntos del Consumidor", 1973, "https://bvirtualogp.pr.gov/ogp/Bvirtual/leyesreferencia/PDF/5-1973.pdf"),
    ("Congreso Nacional de la República Dominicana", "Ley núm. 358-05 General de Protección de los Derechos del Consumidor o Usuario [General Consumer Protection Law]", 2005, "https://proconsumidor.gob.do/wp-content/uploads/ley-358-05.pdf"),
    ("Congreso Nacional de la República Dominicana", "Ley núm. 172-13 sobre protección integral de los datos personales [Personal Data Protection Law]", 2013, "https://www.consultoria.gov.do/Consulta/Home/FileManagement?documentId=172-13"),
    ("Congreso Nacional de la República Dominicana", "Ley núm. 479-08 General de las Sociedades Comerciales y Empresas Individuales de Responsabilidad Limitada", 2008, "https://www.consultoria.gov.do/Consulta/Home/FileManagement?documentId=479-08"),
    ("Asamblea Nacional Constituyente", "Ley Orgánica de Precios Justos, Gaceta Oficial N.º 6.156 Extraordinario [Fair Prices Law]", 2014, "http://www.sundde.gob.ve/ley-organica-de-precios-justos/"),
    ("Asamblea Nacional de la República Bolivariana de Venezuela", "Ley de Responsabilidad Social en Radio, Televisión y Medios Electrónicos [Social Responsibility in Radio, TV and Electronic Media Law]", 2010, "https://www.conatel.gob.ve/ley-resorte/"),
    ("Gaceta Oficial de la República de Cuba", "Decreto-Ley No. 46 sobre las micro, pequeñas y medianas empresas [Decree-Law 46 on MSMEs]", 2021, "https://www.gacetaoficial.gob.cu/es/decreto-ley-46-de-2021"),
    ("Superintendencia de Bancos de la República Dominicana", "Circular SB: núm. 003/22 sobre publicidad de productos financieros [Circular on financial advertising]", 2022, "https://sb.gob.do/normativa/circulares/circular-sb-003-22/"),
]  # fmt: skip
_RESEARCH = ["Estudios Técnicos, Inc.", "Gaither International", "Datanálisis", "Euromonitor International",
             "Kantar IBOPE Media", "NielsenIQ", "Statista", "Mintel", "Ipsos República Dominicana",
             "Inteligencia Económica (Unidad de Investigación de El Nuevo Día)"]  # fmt: skip
_PRESS = ["El Nuevo Día", "El Vocero de Puerto Rico", "Primera Hora", "Listín Diario", "Diario Libre", "El Dinero",
          "El Universal", "Banca y Negocios", "Efecto Cocuyo", "Granma", "14ymedio", "El Nuevo Herald",
          "Miami Herald", "El País", "Expansión", "News is my Business", "Caribbean Business", "Sin Comillas",
          "Noticel", "Hoy", "El Toque"]  # fmt: skip
_UNIVERSITIES = [("Universidad de Puerto Rico, Recinto de Río Piedras", "San Juan"),
                 ("University of Puerto Rico, Mayagüez Campus", "Mayagüez"),
                 ("Pontificia Universidad Católica Madre y Maestra (PUCMM)", "Santiago de los Caballeros"),
                 ("Instituto Tecnológico de Santo Domingo (INTEC)", "Santo Domingo"),
                 ("Universidad Católica Andrés Bello (UCAB)", "Caracas"), ("Universidad de La Habana", "La Habana"),
                 ("Universidad Metropolitana", "Caracas"), ("Instituto de Estudios Superiores de Administración (IESA)", "Caracas"),
                 ("Florida International University", "Miami"), ("Universidad Complutense de Madrid", "Madrid"),
                 ("Universidad del Sagrado Corazón", "San Juan"), ("Inter American University of Puerto Rico", "San Germán")]  # fmt: skip
_GENRES = ["Tesis de maestría", "MBA thesis", "Tesis doctoral", "PhD thesis", "Trabajo de grado (MBA)",
           "DBA dissertation", "Trabajo de fin de máster"]  # fmt: skip
_JOURNALS = ["Revista Latinoamericana de Administración", "Journal of Business Research", "Cuadernos de Administración",
             "Revista de Ciencias Sociales (Universidad de Puerto Rico)", "Journal of Travel Research",
             "Tourism Management", "International Journal of Bank Marketing", "Journal of Services Marketing",
             "Academia Revista Latinoamericana de Administración", "Ciencia y Sociedad", "Economía y Desarrollo",
             "Revista Venezolana de Gerencia", "Journal of International Marketing", "Caribbean Studies",
             "Journal of Consumer Marketing", "Estudios Gerenciales", "Hispanic Journal of Behavioral Sciences",
             "Journal of Hospitality and Tourism Insights", "Revista Cubana de Ciencias Económicas",
             "International Journal of Hospitality Management"]  # fmt: skip
_BOOK_PUBLISHERS = [("Pearson Educación", "Ciudad de México"), ("McGraw-Hill Interamericana", "Madrid"),
                    ("ESIC Editorial", "Madrid"), ("Editorial de la Universidad de Puerto Rico", "San Juan"),
                    ("Cengage Learning", "Boston"), ("Routledge", "Abingdon"), ("Kogan Page", "London"),
                    ("Pearson", "Harlow"), ("Editorial Funglode", "Santo Domingo"), ("Ediciones IESA", "Caracas"),
                    ("Editorial Félix Varela", "La Habana"), ("Ediciones Callejón", "San Juan"),
                    ("University of North Carolina Press", "Chapel Hill"), ("Palgrave Macmillan", "Cham")]  # fmt: skip
_TOPICS_ES = [("lealtad de marca", "brand loyalty"), ("banca cooperativa", "cooperative banking"),
              ("marketing digital", "digital marketing"), ("turismo de sol y playa", "sun-and-beach tourism"),
              ("consumo de ron premium", "premium rum consumption"), ("remesas y consumo", "remittances and consumption"),
              ("comercio electrónico", "e-commerce"), ("publicidad navideña", "Christmas advertising"),
              ("la diáspora puertorriqueña", "the Puerto Rican diaspora"), ("marcas de cerveza", "beer brands"),
              ("la hiperinflación", "hyperinflation"), ("los colmados", "neighbourhood grocery stores"),
              ("la telefonía móvil", "mobile telephony"), ("la banca móvil", "mobile banking"),
              ("el emprendimiento", "entrepreneurship"), ("la temporada de huracanes", "hurricane season"),
              ("las redes sociales", "social media"), ("la responsabilidad social empresarial", "corporate social responsibility"),
              ("el consumidor dolarizado", "the dollarised consumer"), ("las mipymes", "micro, small and medium enterprises"),
              ("los influencers", "influencers"), ("la experiencia del cliente", "customer experience")]  # fmt: skip
_PLACES = ["Puerto Rico", "la República Dominicana", "Venezuela", "Cuba", "el Caribe hispano", "Santo Domingo",
           "Caracas", "San Juan", "Miami", "Nueva York", "Santiago de los Caballeros", "La Habana"]  # fmt: skip
_PLACES_EN = {"Puerto Rico": "Puerto Rico", "la República Dominicana": "the Dominican Republic",
              "Venezuela": "Venezuela", "Cuba": "Cuba", "el Caribe hispano": "the Hispanic Caribbean",
              "Santo Domingo": "Santo Domingo", "Caracas": "Caracas", "San Juan": "San Juan", "Miami": "Miami",
              "Nueva York": "New York", "Santiago de los Caballeros": "Santiago de los Caballeros",
              "La Habana": "Havana"}  # fmt: skip
_TOPICS_EN = ["Hispanic consumers", "brand loyalty", "credit union marketing", "mobile money", "destination branding",
              "rum tourism", "disaster recovery marketing", "bilingual advertising", "remittance-driven consumption",
              "dollarisation", "customer experience in retail banking", "all-inclusive resorts", "cruise tourism",
              "social media engagement", "ethnic food brands", "loyalty programmes", "nation branding",
              "influencer marketing", "price promotions under inflation", "Latino millennials", "airline loyalty",
              "omnichannel retail"]  # fmt: skip
_MARKETS = ["rum", "beer", "mobile data", "retail banking", "all-inclusive hotels", "supermarkets", "soft drinks",
            "pharmacies", "coffee", "airline travel", "cooperatives", "fast food", "cosmetics", "pay TV"]  # fmt: skip


def _place(name: str) -> str:
    """Where an organisation publishes, from the words of its name."""
    for words, place in ((("Dominican", "Banreservas", "BHD", "Barceló", "CONEP", "ASONAHORES", "Santo Domingo", "S.R.L.", "S.A.S.", "Arajet"), "Santo Domingo"),
                         (("C.A.", "CANTV", "Polar", "Fedecámaras"), "Caracas"), (("Cuba",), "La Habana"),
                         (("Meliá",), "Palma"), (("JetBlue",), "Long Island City"), (("Goya",), "Jersey City"),
                         (("Bacardi",), "Hamilton"), (("Copa",), "Panamá"), (("Liberty Latin",), "Denver"),
                         (("Guaynabo", "Popular, Inc.", "Pueblo"), "Guaynabo")):  # fmt: skip
        if any(word in name for word in words):
            return place
    return "San Juan"


class Blind110WorkFactory(WorkFactory):
    """The blind110 pool's works: Spanish-Caribbean and diaspora names, firms, regulators, laws, theses and press."""

    DRAWN: ClassVar[dict[str, int]] = {
        "book": 11, "ebook": 3, "chapter": 6, "journal": 20, "thesis": 5, "conference": 3, "company-web": 9,
        "company-report": 7, "trade-body": 4, "government": 7, "law": 4, "market-research": 6, "news": 6,
        "news-unsigned": 3, "social": 2, "podcast": 2, "video": 2, "undated-web": 4, "web-person": 3,
    }  # fmt: skip
    KINDS = ("book", "chapter", "journal", "thesis", "conference", "web", "report", "government", "legislation",
             "market-research", "news", "social", "podcast", "video")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 110 + 11001)
        self.org_years: list[tuple[str, set[str], int, str]] = []

    # ------------------------------------------------------------------ names
    def person(self) -> dict[str, str]:
        rng = self.rng
        given = rng.choice(_GIVEN_F if rng.random() < 0.5 else _GIVEN_M)
        roll = rng.random()
        name: dict[str, str]
        if roll < 0.38:  # two surnames, as on the island: "Rodríguez Pérez"
            first, second = rng.sample(_SURNAMES, 2)
            name = {"family": f"{first} {second}", "given": given}
        elif roll < 0.50:  # the US diaspora's hyphen: "Rodríguez-Pérez"
            first, second = rng.sample(_SURNAMES, 2)
            name = {"family": f"{first}-{second}", "given": given}
        elif roll < 0.70:  # one surname, as in the US and on English-language papers
            name = {"family": rng.choice(_SURNAMES), "given": given}
        elif roll < 0.78:
            particle, family = rng.choice(_PARTICLES)
            name = {"family": family, "given": given, "non-dropping-particle": particle}
            if rng.random() < 0.3:  # "de la Cruz Rivera"
                name["family"] = f"{family} {rng.choice(_SURNAMES)}"
        elif roll < 0.86:
            name = {"family": rng.choice(_OTHER_SURNAMES), "given": given}
        elif roll < 0.90:  # "Colón, L., Jr."
            name = {
                "family": rng.choice(_SURNAMES),
                "given": rng.choice(_GIVEN_M),
                "suffix": rng.choice(["Jr.", "II", "Jr."]),
            }
        else:
            family, given = rng.choice(_EXPATS)
            name = {"family": family, "given": given}
        if rng.random() < 0.12:  # accents left off, as databases and US forms print them
            name = {k: v.translate(_NOACCENT) for k, v in name.items()}
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1972, 1994)
        return self.rng.randint(1998, 2025)

    def _accessed_after(self, record: dict[str, Any]) -> dict[str, list[list[int]]]:
        issued = record.get("issued", {"date-parts": [[2020]]})["date-parts"][0]
        year = max(issued[0], self.rng.randint(2023, 2025))
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if year == issued[0]:
            month = self.rng.randint(issued[1] if len(issued) > 1 else 6, 12)
            if len(issued) > 2 and month == issued[1]:
                day = self.rng.randint(issued[2], 28)
        return {"date-parts": [[year, month, day]]}

    def _online(self, record: dict[str, Any], url: str, access: float = 0.85) -> None:
        record["URL"] = url
        if self.rng.random() < access:
            record["accessed"] = self._accessed_after(record)

    def _slug(self, title: str) -> str:
        words = [w.strip(",.:[]()'’").lower().translate(_NOACCENT) for w in title.split()[:6]]
        return "-".join(w for w in words if w.isalnum())

    # ------------------------------------------------------------------ titles
    def _title_es(self, bracket: bool = True) -> str:
        rng = self.rng
        topic, topic_en = rng.choice(_TOPICS_ES)
        place = rng.choice(_PLACES)
        place_en = _PLACES_EN[place]
        forms = [
            (f"{topic[0].upper()}{topic[1:]} en {place}", f"{topic_en[0].upper()}{topic_en[1:]} in {place_en}"),
            (f"Factores que influyen en {topic} en {place}", f"Factors influencing {topic_en} in {place_en}"),
            (
                f"Estrategias de marketing y {topic}: el caso de {place}",
                f"Marketing strategies and {topic_en}: the case of {place_en}",
            ),
            (
                f"Impacto de {topic} en el comportamiento del consumidor",
                f"The impact of {topic_en} on consumer behaviour",
            ),
            (
                f"{topic[0].upper()}{topic[1:]} en tiempos de crisis",
                f"{topic_en[0].upper()}{topic_en[1:]} in times of crisis",
            ),
            (f"Una mirada a {topic} desde {place}", f"A look at {topic_en} from {place_en}"),
        ]
        spanish, english = rng.choice(forms)
        spanish = spanish.replace(" de el ", " del ")
        return f"{spanish} [{english}]" if bracket else spanish

    def _title_en(self) -> str:
        rng = self.rng
        topic = rng.choice(_TOPICS_EN)
        place = rng.choice(["Puerto Rico", "the Dominican Republic", "Venezuela", "Cuba", "the Caribbean",
                            "South Florida", "Latin America", "the US Hispanic market", "Spain"])  # fmt: skip
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"The role of {topic} in {place}",
                 f"{topic[0].upper()}{topic[1:]} and {rng.choice(_TOPICS_EN)}: evidence from {place}",
                 f"Rethinking {topic} after the {rng.choice(['hurricanes', 'storm', 'crisis', 'devaluation'])}",
                 f"Marketing to {rng.choice(['Puerto Ricans', 'Dominicans', 'Venezuelans', 'Cuban Americans', 'Latinos'])}: {topic}",
                 f"{topic[0].upper()}{topic[1:]}: a study of {rng.choice(_MARKETS)} brands in {place}"]  # fmt: skip
        return rng.choice(forms)

    def _title(self) -> str:
        return self._title_es(self.rng.random() < 0.8) if self.rng.random() < 0.45 else self._title_en()

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_BOOK_PUBLISHERS)
        title = self._title()
        if self.rng.random() < 0.25:
            title = self.rng.choice(["Marketing: conceptos y estrategias [Marketing: concepts and strategies]",
                                     "Fundamentos de marketing [Principles of marketing]", "Dirección de marketing",
                                     "Principles of marketing", "Marketing in the Caribbean", "Mercadeo hotelero",
                                     "Strategic brand management", "Comportamiento del consumidor [Consumer behaviour]",
                                     "Hispanic marketing: connecting with the new Latino consumer"])  # fmt: skip
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 17))
        return self._person_work(record, "book")

    def _ebook(self) -> Work:
        work = self._book()
        record = work.record
        record.pop("publisher-place", None)
        self._online(
            record,
            f"https://www.{self.rng.choice(['ebooks7-24.com', 'digitaliapublishing.com', 'amazon.com/dp', 'books.google.com/books'])}/{self._slug(record['title'])}",
            0.8,
        )
        return work

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_BOOK_PUBLISHERS)
        container = self.rng.choice(["Marketing en América Latina y el Caribe", "The Routledge handbook of Caribbean tourism",
                                     "Empresas familiares del Caribe [Family businesses of the Caribbean]",
                                     "Latino consumers in the United States", "Gerencia en tiempos de crisis",
                                     "Puerto Rico post-María: economía y sociedad", "Tourism in the Hispanic Caribbean"])  # fmt: skip
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))], "container-title": container,
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 320))}-{start + self.rng.randint(10, 34)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 80)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{(start := self.rng.randint(1, 700))}-{start + self.rng.randint(8, 28)}",
        }  # fmt: skip
        roll = self.rng.random()
        if roll < 0.45:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.rng.choice(['rla', 'jbr', 'ijbm', 'rvg', 'cys', 'eg'])}.{self.rng.randint(2005, 2025)}.{self.rng.randint(100, 99999)}"
            )
        elif roll < 0.6:
            self._online(
                record,
                f"https://revistas.{self.rng.choice(['upr.edu', 'intec.edu.do', 'ucab.edu.ve', 'uh.cu', 'pucmm.edu.do'])}/index.php/article/view/{self.rng.randint(100, 9999)}",
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university, place = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "issued": {"date-parts": [[self.rng.randint(2005, 2025)]]}, "publisher": university,
                                  "publisher-place": place, "genre": self.rng.choice(_GENRES)}  # fmt: skip
        if self.rng.random() < 0.5:
            self._online(
                record,
                f"https://repositorio.{self.rng.choice(['upr.edu', 'pucmm.edu.do', 'intec.edu.do', 'ucab.edu.ve'])}/handle/{self.rng.randint(10000, 99999)}/{self.rng.randint(100, 9999)}",
            )
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        event, place = self.rng.choice([("CLADEA", "Santo Domingo"), ("Congreso Internacional de Marketing", "Madrid"),
                                        ("Caribbean Tourism Organization Research Conference", "San Juan"),
                                        ("AMA Summer Academic Conference", "Miami"), ("Encuentro de Investigación UCAB", "Caracas"),
                                        ("Academy of Marketing Science World Marketing Congress", "La Habana")])  # fmt: skip
        year = self.year()
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(4),
                                  "container-title": f"Proceedings of the {event} {year}", "event": f"{event} {year}",
                                  "publisher-place": place, "issued": {"date-parts": [[year]]},
                                  "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(6, 14)}"}  # fmt: skip
        return self._person_work(record, "conference")

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "issued": {"date-parts": [[self.year()]]},
                                  "container-title": self.rng.choice(["LinkedIn Pulse", "Medium", "Forbes Centroamérica", "Mercado Magazine"])}  # fmt: skip
        self._online(
            record,
            f"https://www.{self.rng.choice(['linkedin.com/pulse', 'medium.com', 'forbescentroamerica.com', 'mercado.com.do'])}/{self._slug(record['title'])}",
        )
        return self._person_work(record, "web")

    # ------------------------------------------------------------------ organisations
    def _org(self, pool: list[tuple[str, set[str]]] | None = None) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(pool or _ORGS)
        return name, set(tags)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then an organisation already cited, in the same year: "Banreservas (2019a)" and "(2019b)".
        dated_title = re.search(r"\b(19|20)\d\d\b", str(record.get("title", ""))) is not None
        if (
            "issued" in record
            and self.org_years
            and kind != "legislation"
            and not dated_title
            and self.rng.random() < 0.15
        ):
            name, tags, year, host = self.rng.choice(self.org_years)
            record["issued"] = {"date-parts": [[year]]}
            if "URL" in record:
                record["URL"] = f"{host}/{self._slug(str(record.get('title', 'pagina')))}"
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record)
            if record.get("publisher") and kind == "report":
                record["publisher"] = name
        if "issued" in record:
            host = "/".join(str(record.get("URL", "https://www.example.com/x")).split("/")[:3])
            self.org_years.append((name, tags, record["issued"]["date-parts"][0][0], host))
        return super()._org_work(record, kind, name, tags)

    def _company_web(self) -> Work:
        name, tags = self._org()
        titles = ["Nuestra historia [Our history]", "Responsabilidad social", "Sostenibilidad", "About us",
                  "Programa de lealtad [Loyalty programme]", "Sala de prensa [Newsroom]", self._title(),
                  f"Campaña de Navidad {self.rng.randint(2015, 2024)}", "Quiénes somos [Who we are]",
                  "Our brands", "Investor relations"]  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(titles)}
        if self.rng.random() < 0.75:
            record["issued"] = {"date-parts": [[self.year()]]}
        self._online(
            record,
            f"https://www.{self._slug(name.split(',')[0].split(' (')[0])[:24].replace('-', '')}.com/{self._slug(record['title'])}",
        )
        return self._org_work(record, "web", name, tags)

    def _company_report(self) -> Work:
        name, tags = self._org()
        year = self.year()
        title = self.rng.choice([f"Informe anual {year} [Annual report {year}]", f"Annual report {year}",
                                 f"Memoria anual {year}", f"Informe de sostenibilidad {year} [Sustainability report]",
                                 f"Form 10-K for the fiscal year {year}", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name, "publisher-place": _place(name)}  # fmt: skip
        if self.rng.random() < 0.6:
            self._online(
                record,
                f"https://www.{self._slug(name.split(',')[0].split(' (')[0])[:24].replace('-', '')}.com/informes/{year}.pdf",
            )
        return self._org_work(record, "report", name, tags)

    def _trade_body(self) -> Work:
        name, tags = self._org([o for o in _ORGS if "trade-body" in o[1]])
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title()}
        if self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[self.year()]]}
        self._online(
            record,
            f"https://www.{self._slug(name.split(' (')[0])[:20].replace('-', '')}.org/{self._slug(record['title'])}",
        )
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _government(self) -> Work:
        name, url = self.rng.choice(_GOVERNMENT)
        year = self.year() if self.rng.random() < 0.7 else self.rng.randint(2015, 2025)
        month = self.rng.choice(["enero", "marzo", "junio", "septiembre", "diciembre"])
        own = [t.format(year=year, month=month) for t in _GOVERNMENT_TITLES.get(name, [])]
        title = self.rng.choice(own) if own and self.rng.random() < 0.75 else self._title()
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        self._online(record, url + self._slug(title), 0.85)
        tags = {"government"} | ({"abbreviation"} if "(" in name else set())
        return self._org_work(record, "government", name, tags)

    def _law(self) -> Work:
        name, title, year, url = self.rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]}}
        self._online(record, url, 0.8)
        return self._org_work(record, "legislation", name, {"government", "legislation"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2016, 2025)
        market = self.rng.choice(_MARKETS)
        place = self.rng.choice(["Puerto Rico", "Dominican Republic", "Venezuela", "Caribbean", "Cuba", "US Hispanic"])
        title = self.rng.choice([f"{market.capitalize()} in {place} {year}", f"{place} {market} market report {year}",
                                 f"Estudio de hábitos de consumo {year}: {market} [Consumer habits study]",
                                 f"Perfil del consumidor {place} {year}", f"{market.capitalize()} - {place} - {self.rng.choice(['March', 'July', 'November'])} {year}",
                                 f"Share of {place} consumers buying {market} online in {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name}
        if self.rng.random() < 0.9:
            record["issued"] = {"date-parts": [[year]]}
        self._online(
            record, f"https://www.{self._slug(name.split(' (')[0])[:18].replace('-', '')}.com/{self._slug(title)}", 0.85
        )
        return self._org_work(record, "market-research", name, {"market-research"})

    def _news_record(self) -> dict[str, Any]:
        year = self.rng.randint(2010, 2025)
        title = self._title_es(self.rng.random() < 0.6) if self.rng.random() < 0.6 else self._title_en()
        record: dict[str, Any] = {"type": "article-newspaper", "title": title, "container-title": self.rng.choice(_PRESS),
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}}  # fmt: skip
        self._online(
            record, f"https://www.{self._slug(record['container-title'])[:24].replace('-', '')}.com/{self._slug(title)}"
        )
        return record

    def _news(self) -> Work:
        record = self._news_record()
        record["author"] = self._people(2)
        return self._person_work(record, "news")

    def _news_unsigned(self) -> Work:
        record = self._news_record()
        return self._org_work(record, "news", record["container-title"], {"press"})

    def _social(self) -> Work:
        name, tags = self._org()
        year = self.rng.randint(2017, 2025)
        record: dict[str, Any] = {"type": "post", "title": self.rng.choice(["¡Feliz Día de Reyes! 👑", "Ya llegó la temporada navideña",
                                                                           "Preparados para la temporada de huracanes", "Gracias, Puerto Rico",
                                                                           "Carnaval: ¡nos vemos en La Vega!", "Nuevo lanzamiento",
                                                                           "Celebrating Hispanic Heritage Month", "Horario especial de Semana Santa"]),
                                  "container-title": self.rng.choice(["Instagram", "Facebook", "X", "LinkedIn", "TikTok"]),
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}}  # fmt: skip
        self._online(
            record, f"https://www.{record['container-title'].lower()}.com/p/{self.rng.randint(10**6, 10**7)}", 0.9
        )
        return self._org_work(record, "social", name, tags | {"social"})

    def _podcast(self) -> Work:
        show = self.rng.choice(
            [
                "Sin Comillas",
                "El Podcast de Mercadeo",
                "Negocios en el Caribe",
                "Marketing a lo Boricua",
                "Se Regalan Dudas",
            ]
        )
        record: dict[str, Any] = {"type": "song", "title": f"Episodio {self.rng.randint(1, 240)}: {self._title_es(False)} [Podcast]",
                                  "container-title": self.rng.choice(["Spotify", "Apple Podcasts"]),
                                  "issued": {"date-parts": [[self.rng.randint(2018, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}}  # fmt: skip
        self._online(record, f"https://open.spotify.com/episode/{self.rng.randint(10**8, 10**9)}")
        if self.rng.random() < 0.5:
            record["author"] = self._people(2)
            return self._person_work(record, "podcast")
        return self._org_work(record, "podcast", show, {"podcast"})

    def _video(self) -> Work:
        name, tags = self._org()
        record: dict[str, Any] = {"type": "motion_picture", "title": self.rng.choice(["Anuncio de Navidad", "Comercial Día de las Madres",
                                                                                     "Our story", "Campaña institucional", "Detrás de cámaras",
                                                                                     "Hecho en Puerto Rico", "Brand film"]) + f" {self.rng.randint(2016, 2025)}",
                                  "container-title": "YouTube",
                                  "issued": {"date-parts": [[self.rng.randint(2016, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}}  # fmt: skip
        self._online(record, f"https://www.youtube.com/watch?v={self.rng.randint(10**9, 10**10)}")
        return self._org_work(record, "video", name, tags | {"video"})

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title()}
        self._online(
            record,
            f"https://www.{self.rng.choice(['mercadeo.pr', 'gestion.com.do', 'prodavinci.com', 'cubaeconomia.com', 'latinomarketing.us'])}/{self._slug(record['title'])}",
            0.8,
        )
        if self.rng.random() < 0.45:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self._org()
        return self._org_work(record, "web", name, tags | {"undated"})
