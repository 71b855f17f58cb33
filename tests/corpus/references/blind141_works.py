"""Works for the hundred-and-forty-first independent pool (blind141, HELD OUT): what marketers in Mexico and its
diaspora cite in CIM Level 6 and 7 reports and MBA assignments.

Mexican names with two surnames (paternal then maternal, filed by the first, sometimes hyphenated or with the
maternal one cut to an initial), compound given names, de, del and de la, Nahuatl, Maya and Lebanese-Mexican names,
and the expatriates who write about Mexico; Mexican publishers and theses from UNAM, ITAM, the Tec, the Ibero and the
UdeG; companies with S.A.B. de C.V. and S. de R.L. de C.V.; PROFECO, the IFT, Banxico, INEGI and CONDUSEF; laws with
the Congreso de la Unión as author; Mexican and US press signed and unsigned; Spanish titles with English in square
brackets.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# (family, given): family is both surnames as filed, or one; given names compound as Mexicans write them.
_PATERNAL = ["García", "Hernández", "Martínez", "López", "González", "Pérez", "Rodríguez", "Sánchez", "Ramírez",
             "Cruz", "Flores", "Gómez", "Morales", "Vázquez", "Jiménez", "Reyes", "Díaz", "Torres", "Gutiérrez",
             "Ruiz", "Mendoza", "Aguilar", "Ortiz", "Castillo", "Moreno", "Romero", "Álvarez", "Chávez", "Rivera",
             "Juárez", "Domínguez", "Medina", "Herrera", "Castañeda", "Salazar", "Espinosa", "Villarreal", "Garza",
             "Treviño", "Zamora", "Ibarra", "Núñez", "Peña", "Olvera", "Quintero", "Cervantes", "Ávila", "Elizondo"]  # fmt: skip
_GIVEN = ["María José", "José Luis", "Juan Carlos", "Ana Sofía", "Luis Fernando", "María Fernanda", "Jorge", "Guadalupe",
          "Alejandra", "Ximena", "Miguel Ángel", "Rodrigo", "Daniela", "José Antonio", "Mariana", "Francisco Javier",
          "Itzel", "Verónica", "Carlos Alberto", "Paulina", "Héctor", "Mónica", "Sofía", "Emiliano", "Regina",
          "Fernanda", "Diego", "Valeria", "Alberto", "Lucía", "Ma. Guadalupe", "Juan Pablo", "Karla", "Óscar"]  # fmt: skip
_PARTICLED = [("de la", "Garza"), ("de la", "Fuente"), ("del", "Río"), ("de", "Anda"), ("de la", "Torre"),
              ("del", "Valle"), ("de", "Alba"), ("de la", "Peña"), ("de los", "Santos"), ("del", "Castillo")]  # fmt: skip
_INDIGENOUS = [("Xochitl", "Cuauhtli"), ("Citlali", "Tecuatl"), ("Nayeli", "Canul"), ("Itzel", "Pech"),
               ("Yolotl", "Tzompantzi"), ("Wilbert", "Chan Uc"), ("Genny", "May Poot"), ("Cuauhtémoc", "Xicoténcatl"),
               ("Marisol", "Cocom"), ("Tonatiuh", "Ixtlahuac"), ("Neftalí", "Ek Chablé"), ("Yazmín", "Balam")]  # fmt: skip
_LEBANESE = [("Carlos", "Slim Helú"), ("Alfredo", "Harp Helú"), ("Nadia", "Haddad Karam"), ("Jorge", "Kuri Abud"),
             ("Salma", "Chedraui Obeso"), ("Fátima", "Nader Zaga"), ("Elías", "Ayub Kalach"), ("Lorena", "Sayeg Helú"),
             ("Antonio", "Chaya Jalil"), ("Rima", "Atallah Jaber")]  # fmt: skip
_EXPAT = [("Smith", "Rachel"), ("Thompson", "Mark"), ("O'Connell", "Siobhan"), ("Müller", "Katrin"),
          ("Dubois", "Camille"), ("Nakamura", "Kenji"), ("Walsh", "Peter"), ("Kowalski", "Anna"), ("Patel", "Ravi"),
          ("McAllister", "Fiona"), ("Lindqvist", "Erik"), ("Johnson-Ortiz", "Tamara"), ("Schwartz", "Daniel"),
          ("Mac Lochlainn", "Orla"), ("Chen", "Wei"), ("Brennan", "Liam")]  # fmt: skip
_CHICANO = [("Martinez", "Daniel"), ("Garcia", "Jessica"), ("Rodriguez", "Michael"), ("Lopez", "Ashley"),
            ("Hernandez", "Christopher"), ("Gonzales", "Victoria"), ("Ramos", "Kevin"), ("Navarro", "Stephanie")]  # fmt: skip

_PUBLISHERS = [("Pearson Educación", "Ciudad de México"), ("McGraw-Hill Interamericana", "Ciudad de México"),
               ("Cengage Learning", "Ciudad de México"), ("Grupo Editorial Patria", "Ciudad de México"),
               ("Fondo de Cultura Económica", "Ciudad de México"), ("Editorial Trillas", "Ciudad de México"),
               ("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Palgrave Macmillan", "Cham"),
               ("Editorial Digital del Tecnológico de Monterrey", "Monterrey"), ("Alfaomega", "Ciudad de México"),
               ("Universidad de Guadalajara", "Guadalajara"), ("Sage", "London"), ("Wiley", "Hoboken, NJ")]  # fmt: skip
_BOOK_TITLES = [
    ("Mercadotecnia", "Marketing"), ("Fundamentos de marketing", "Principles of marketing"),
    ("Comportamiento del consumidor mexicano", "Mexican consumer behaviour"),
    ("Marketing digital en México", "Digital marketing in Mexico"),
    ("Investigación de mercados", "Market research"), ("Dirección de marketing", "Marketing management"),
    ("Publicidad y promoción", "Advertising and promotion"), ("Branding emocional", "Emotional branding"),
    ("El consumidor de la base de la pirámide", "The consumer at the base of the pyramid"),
    ("Comercio electrónico en América Latina", "E-commerce in Latin America"),
    ("Estrategias de mercadotecnia para PyMEs", "Marketing strategies for SMEs"),
    ("Mercadotecnia social", "Social marketing"),
]  # fmt: skip
_EN_BOOKS = ["Marketing in Latin America", "Digital marketing: strategy, implementation and practice",
             "Consumer behaviour in emerging markets", "Hispanic marketing: connecting with the new Latino consumer",
             "Brand management in Latin America", "Retailing in emerging markets", "Fintech and financial inclusion",
             "Strategic brand management", "Multicultural marketing in the United States"]  # fmt: skip
_TOPICS = [
    ("la lealtad a la marca", "brand loyalty"), ("el comercio electrónico", "e-commerce"),
    ("la inclusión financiera", "financial inclusion"), ("los influencers", "influencers"),
    ("el etiquetado frontal de advertencia", "front-of-pack warning labels"), ("El Buen Fin", "El Buen Fin"),
    ("las tiendas de conveniencia", "convenience stores"), ("la banca digital", "digital banking"),
    ("el consumidor millennial", "the millennial consumer"), ("la publicidad en redes sociales", "social media advertising"),
    ("los pagos con código QR", "QR code payments"), ("la compra en línea de abarrotes", "online grocery shopping"),
    ("la portabilidad numérica", "number portability"), ("el marketing de causa", "cause marketing"),
    ("las aerolíneas de bajo costo", "low-cost airlines"), ("las remesas", "remittances"),
]  # fmt: skip
_EN_TOPICS = ["brand loyalty", "financial inclusion", "front-of-pack labelling", "e-commerce adoption",
              "mobile payments", "convenience retailing", "Hispanic consumers", "remittance marketing",
              "low-cost airline choice", "influencer credibility", "omnichannel retail", "digital banking trust",
              "nostalgia advertising", "sugar-tax responses", "cash-on-delivery", "buy now pay later"]  # fmt: skip
_PLACES = ["Mexico", "Mexico City", "Guadalajara", "Monterrey", "the Bajío", "Yucatán", "Latin America",
           "US Hispanic markets", "Los Angeles", "Puebla", "Querétaro", "Tijuana"]  # fmt: skip
_JOURNALS = ["Contaduría y Administración", "Estudios Gerenciales", "Revista Mexicana de Economía y Finanzas",
             "Innovar", "Journal of Business Research", "Academia Revista Latinoamericana de Administración",
             "International Journal of Emerging Markets", "Journal of Consumer Marketing", "Nova Scientia",
             "Latin American Business Review", "Revista de Investigación en Ciencias de la Administración",
             "Journal of International Marketing", "Mercados y Negocios", "Cuadernos de Administración"]  # fmt: skip
_UNIS = [("Universidad Nacional Autónoma de México", "Ciudad de México"), ("Instituto Tecnológico Autónomo de México", "Ciudad de México"),
         ("Tecnológico de Monterrey", "Monterrey"), ("Universidad Iberoamericana", "Ciudad de México"),
         ("Universidad de Guadalajara", "Guadalajara"), ("Universidad Autónoma de Nuevo León", "San Nicolás de los Garza"),
         ("Universidad Anáhuac", "Huixquilucan"), ("Universidad de las Américas Puebla", "San Andrés Cholula")]  # fmt: skip
_COMPANIES = [("BBVA México, S.A.", "bbva.mx"), ("Grupo Financiero Banorte, S.A.B. de C.V.", "banorte.com"),
              ("Nu México", "nu.com.mx"), ("Mercado Pago", "mercadopago.com.mx"), ("Klar", "klar.mx"),
              ("Radiomóvil Dipsa, S.A. de C.V. (Telcel)", "telcel.com"), ("AT&T México", "att.com.mx"),
              ("Izzi Telecom", "izzi.mx"), ("Totalplay", "totalplay.com.mx"),
              ("Wal-Mart de México, S.A.B. de C.V.", "walmex.mx"), ("Walmart de México", "walmex.mx"),
              ("Cadena Comercial OXXO, S.A. de C.V.", "oxxo.com"), ("El Puerto de Liverpool, S.A.B. de C.V.", "liverpool.com.mx"),
              ("Coppel", "coppel.com"), ("Grupo Elektra", "grupoelektra.com.mx"), ("Mercado Libre", "mercadolibre.com.mx"),
              ("Grupo Bimbo, S.A.B. de C.V.", "grupobimbo.com"), ("Grupo Modelo", "grupomodelo.com"),
              ("FEMSA", "femsa.com"), ("Fomento Económico Mexicano, S.A.B. de C.V.", "femsa.com"),
              ("Grupo Jumex", "jumex.com"), ("Grupo Lala", "lala.com.mx"), ("Sabritas, S. de R.L. de C.V.", "sabritas.com.mx"),
              ("Aeroméxico", "aeromexico.com"), ("Volaris", "volaris.com"), ("Viva Aerobus", "vivaaerobus.com"),
              ("Televisa", "televisa.com"), ("TV Azteca", "tvazteca.com"), ("Grupo Salinas", "gruposalinas.com"),
              ("Coca-Cola FEMSA", "coca-colafemsa.com")]  # fmt: skip
_BODIES = [("Asociación Mexicana de Venta Online (AMVO)", "amvo.org.mx"), ("Asociación de Internet MX", "asociaciondeinternet.mx"),
           ("Asociación Mexicana de Agencias de Inteligencia de Mercado y Opinión (AMAI)", "amai.org"),
           ("Asociación Nacional de Tiendas de Autoservicio y Departamentales (ANTAD)", "antad.net"),
           ("Consejo de Autorregulación y Ética Publicitaria (CONAR)", "conar.org.mx"),
           ("Cámara Nacional de Comercio de la Ciudad de México (Canaco CDMX)", "canacocdmx.com"),
           ("Asociación de Bancos de México", "abm.org.mx"), ("Asociación Fintech México", "fintechmexico.org"),
           ("Interactive Advertising Bureau México", "iabmexico.com")]  # fmt: skip
_GOV = [("Procuraduría Federal del Consumidor (PROFECO)", "gob.mx/profeco"), ("Procuraduría Federal del Consumidor", "gob.mx/profeco"),
        ("Instituto Federal de Telecomunicaciones (IFT)", "ift.org.mx"), ("Instituto Federal de Telecomunicaciones", "ift.org.mx"),
        ("Banco de México", "banxico.org.mx"), ("Banxico", "banxico.org.mx"),
        ("Instituto Nacional de Estadística y Geografía (INEGI)", "inegi.org.mx"), ("INEGI", "inegi.org.mx"),
        ("Comisión Nacional para la Protección y Defensa de los Usuarios de Servicios Financieros (CONDUSEF)", "condusef.gob.mx"),
        ("Comisión Nacional Bancaria y de Valores (CNBV)", "gob.mx/cnbv"), ("Secretaría de Economía", "gob.mx/se"),
        ("Secretaría de Turismo", "gob.mx/sectur"), ("Secretaría de Hacienda y Crédito Público (SHCP)", "gob.mx/shcp"), ("Comisión Federal para la Protección contra Riesgos Sanitarios (COFEPRIS)", "gob.mx/cofepris"),
        ]  # fmt: skip
_GOV_TITLES = [("Encuesta Nacional de Inclusión Financiera (ENIF) 2021", "National Financial Inclusion Survey"),
               ("Encuesta Nacional sobre Disponibilidad y Uso de Tecnologías de la Información en los Hogares (ENDUTIH)", "National Survey on the Availability and Use of ICT in Households"),
               ("Quién es Quién en los Precios", "Who's Who in Prices"), ("Reporte de Estabilidad Financiera", "Financial Stability Report"),
               ("Monitor de publicidad engañosa", "Misleading advertising monitor"), ("Censos Económicos", "Economic Censuses"),
               ("Buró Comercial: quejas por proveedor", "Commercial Bureau: complaints by supplier"),
               ("Anuario Estadístico del Sector Telecomunicaciones", "Telecommunications Sector Statistical Yearbook"),
               ("Resultados de la Encuesta Nacional de Consumo de Contenidos Audiovisuales", "National Audiovisual Content Consumption Survey results"),
               ("Indicadores de remesas", "Remittance indicators")]  # fmt: skip
_TWINS = [("Procuraduría Federal del Consumidor (PROFECO)", "gob.mx/profeco"), ("Banco de México", "banxico.org.mx"),
          ("Instituto Federal de Telecomunicaciones (IFT)", "ift.org.mx"), ("INEGI", "inegi.org.mx")]  # fmt: skip
_TWIN_TITLES = {
    "Procuraduría Federal del Consumidor (PROFECO)": [("Resultados del monitoreo de El Buen Fin", "El Buen Fin monitoring results"),
                                                       ("Estudio de calidad: cereales", "Quality study: cereals"),
                                                       ("Revista del Consumidor: especial Navidad", "Consumer magazine: Christmas special")],
    "Banco de México": [("Informe trimestral octubre-diciembre", "Quarterly report October-December"),
                        ("Encuesta sobre las expectativas de los especialistas", "Survey of professional forecasters"),
                        ("Sistema de Pagos Electrónicos Interbancarios (SPEI): informe anual", "SPEI annual report")],
    "Instituto Federal de Telecomunicaciones (IFT)": [("Encuesta Nacional de Consumo de Contenidos Audiovisuales", "National Audiovisual Content Consumption Survey"),
                                                      ("Banco de Información de Telecomunicaciones", "Telecommunications Information Bank"),
                                                      ("Tercera encuesta de satisfacción de usuarios de telefonía móvil", "Third mobile user satisfaction survey")],
    "INEGI": [("Encuesta Nacional de Ingresos y Gastos de los Hogares (ENIGH)", "National Household Income and Expenditure Survey"),
              ("Estadística de Comercio Electrónico", "E-commerce statistics"),
              ("Estadísticas a propósito del Día de Muertos", "Statistics for the Day of the Dead")],
}  # fmt: skip
_LAWS = [("Ley Federal de Protección de Datos Personales en Posesión de los Particulares", "DOF 05-07-2010"),
         ("Ley Federal de Protección al Consumidor", "DOF 24-12-1992"),
         ("Ley Federal de Telecomunicaciones y Radiodifusión", "DOF 14-07-2014"),
         ("Ley para Regular las Instituciones de Tecnología Financiera", "DOF 09-03-2018"),
         ("Ley Federal de Competencia Económica", "DOF 23-05-2014"),
         ("NOM-051-SCFI/SSA1-2010, Especificaciones generales de etiquetado para alimentos y bebidas no alcohólicas preenvasados", "DOF 27-03-2020"),
         ("NOM-024-SCFI-2013, Información comercial para empaques, instructivos y garantías", "DOF 12-08-2013"),
         ("Ley de Instituciones de Crédito", "DOF 18-07-1990")]  # fmt: skip
_RESEARCH = ["Kantar", "Nielsen", "Statista", "Euromonitor International", "Ipsos", "The Competitive Intelligence Unit",
             "Mintel", "GlobalData", "Comscore", "Nielsen IBOPE México"]  # fmt: skip
_NEWS = ["El Financiero", "El Economista", "Expansión", "Milenio", "Reforma", "El Universal", "Forbes México",
         "Merca2.0", "Los Angeles Times", "Reuters", "Bloomberg Línea", "Mexico News Daily", "Houston Chronicle",
         "El País", "Chicago Tribune", "La Jornada"]  # fmt: skip
_HEADLINES = [("Nu México supera los 10 millones de clientes", "Nu Mexico passes 10 million customers"),
              ("OXXO abre su tienda 22 mil", "OXXO opens its 22,000th store"),
              ("El Buen Fin deja ventas récord", "El Buen Fin brings record sales"),
              ("Hot Sale: las ventas en línea crecen", "Hot Sale: online sales grow"),
              ("Profeco exhibe publicidad engañosa de productos milagro", "Profeco exposes misleading advertising of miracle products"),
              ("Bimbo apuesta por el mercado latino en Estados Unidos", "Bimbo bets on the Latino market in the United States"),
              ("Volaris y Viva Aerobus ganan pasajeros", "Volaris and Viva Aerobus gain passengers"),
              ("Los sellos de advertencia cambian las compras", "Warning seals change purchases"),
              ("Mercado Pago busca licencia bancaria", "Mercado Pago seeks a banking licence"),
              ("Día de Muertos impulsa el consumo", "Day of the Dead boosts consumption")]  # fmt: skip
_EN_HEADLINES = ["Mexican fintechs race to sign up the unbanked", "Modelo's beers keep winning US shelf space",
                 "How OXXO became Mexico's everyday bank branch", "Latino shoppers reshape Houston grocery aisles",
                 "Telcel loses share as Bait undercuts on price", "Mexican airlines fight over US routes"]  # fmt: skip


class Blind141WorkFactory(WorkFactory):
    """Works a Mexican or diaspora candidate cites, from the pool's own seeded random source."""

    DRAWN: ClassVar[dict[str, int]] = {"book": 12, "ebook": 4, "chapter": 7, "journal": 22, "thesis": 5, "conference": 4, "company-web": 8,
             "company-report": 6, "trade-body": 5, "government": 7, "legislation": 4, "market-research": 7,
             "news-signed": 5, "news-unsigned": 4, "social": 3, "video": 3, "undated-web": 4, "twin-report": 2}  # fmt: skip
    KINDS = ("book", "chapter", "journal", "report", "web", "thesis", "paper-conference", "legislation", "news",
             "post", "video")  # fmt: skip

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 141 + 14101)
        self.fakers = {}
        self.counter = 0
        self.queued: list[Work] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.55:
            given = rng.choice(_GIVEN)
            first, second = rng.sample(_PATERNAL, 2)
            style = rng.random()
            if style < 0.55:
                family = f"{first} {second}"
            elif style < 0.7:
                family = f"{first}-{second}"
            elif style < 0.82:
                return {"family": first, "given": f"{given} {second[0]}."}  # maternal cut to an initial
            else:
                family = first
            return {"family": family, "given": given}
        if roll < 0.65:
            particle, family = rng.choice(_PARTICLED)
            if rng.random() < 0.5:
                family = f"{family} {rng.choice(_PATERNAL)}"
            return {"family": family, "given": rng.choice(_GIVEN), "non-dropping-particle": particle}
        if roll < 0.72:
            given, family = rng.choice(_INDIGENOUS)
            return {"family": family, "given": given}
        if roll < 0.79:
            given, family = rng.choice(_LEBANESE)
            return {"family": family, "given": given}
        if roll < 0.87:
            family, given = rng.choice(_CHICANO)
            return {"family": family, "given": given}
        family, given = rng.choice(_EXPAT)
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def year(self) -> int:
        return self.rng.randint(1998, 2025)

    def accessed(self, after: int = 2018) -> dict[str, list[list[int]]]:
        return {
            "date-parts": [[self.rng.randint(max(after, 2022), 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]
        }

    def _after(self, year: int) -> dict[str, list[list[int]]]:
        """An access date after anything in the given year (news carry a month and day)."""
        if year >= 2025:
            return {"date-parts": [[2025, 12, self.rng.randint(29, 31)]]}
        return {
            "date-parts": [
                [self.rng.randint(max(year + 1, 2022), 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
            ]
        }

    def _issued(self, year: int) -> dict[str, list[list[int]]]:
        return {"date-parts": [[year]]}

    def _spanish(self) -> str:
        rng = self.rng
        topic, english = rng.choice(_TOPICS)
        place = rng.choice(
            ["México", "la Ciudad de México", "Guadalajara", "Monterrey", "el sureste mexicano", "Jalisco"]
        )
        forms = [
            (
                f"El efecto de {topic} en {place}",
                f"The effect of {english} in {place.replace('la Ciudad de México', 'Mexico City').replace('el sureste mexicano', 'south-east Mexico').replace('México', 'Mexico')}",
            ),
            (f"Factores que influyen en {topic}", f"Factors that influence {english}"),
            (
                f"{topic[0].upper()}{topic[1:]} y el consumidor mexicano",
                f"{english[0].upper()}{english[1:]} and the Mexican consumer",
            ),
            (
                f"Un análisis de {topic} entre jóvenes de {place}",
                f"An analysis of {english} among young people in {place.replace('México', 'Mexico')}",
            ),
        ]
        spanish, translated = rng.choice(forms)
        spanish = spanish.replace(" de el ", " del ").replace(" en El Buen", " en El Buen")
        return f"{spanish} [{translated}]"

    def _english(self) -> str:
        rng = self.rng
        topic, other = rng.sample(_EN_TOPICS, 2)
        place = rng.choice(_PLACES)
        return rng.choice([
            f"{topic.capitalize()} in {place}: evidence from {rng.randint(120, 1400)} consumers",
            f"The role of {topic} in {other}: the case of {place}",
            f"Drivers of {topic} among millennials in {place}",
            f"{topic.capitalize()} and {other} in an emerging market",
            f"When {topic} meets {other}: lessons from {place}",
        ])  # fmt: skip

    def _title(self) -> str:
        return self._spanish() if self.rng.random() < 0.45 else self._english()

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        if kind is None and self.queued:
            return self.queued.pop()
        if kind is None:
            kind = self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        rng = self.rng
        publisher, place = rng.choice(_PUBLISHERS)
        if place == "Ciudad de México" or rng.random() < 0.3:
            spanish, english = rng.choice(_BOOK_TITLES)
            title = f"{spanish} [{english}]" if rng.random() < 0.7 else spanish
        else:
            title = rng.choice(_EN_BOOKS)
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": self._issued(self.year()), "publisher": publisher, "publisher-place": place}  # fmt: skip
        if rng.random() < 0.35:
            record["edition"] = str(rng.randint(2, 16))
        return self._person_work(record, "book")

    def _ebook(self) -> Work:
        work = self._book()
        year = int(work.year)
        work.record["medium"] = "Kindle"
        work.record["URL"] = f"https://www.amazon.com.mx/dp/{self.rng.randint(6070000000, 6079999999)}"
        work.record["accessed"] = self.accessed(year)
        return work

    def _chapter(self) -> Work:
        rng = self.rng
        publisher, place = rng.choice(_PUBLISHERS)
        spanish, english = rng.choice(_BOOK_TITLES)
        start = rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(rng.randint(1, 3))],
            "container-title": rng.choice([f"{spanish} [{english}]", f"The Routledge handbook of {rng.choice(_EN_TOPICS)}",
                                           f"Marketing in {rng.choice(_PLACES)}"]),
            "issued": self._issued(self.year()), "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + rng.randint(10, 32)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        rng = self.rng
        start = rng.randint(1, 400)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": rng.choice(_JOURNALS), "issued": self._issued(self.year()),
            "volume": str(rng.randint(1, 68)), "issue": str(rng.randint(1, 6)), "page": f"{start}-{start + rng.randint(9, 28)}",
        }  # fmt: skip
        if rng.random() < 0.45:
            record["DOI"] = (
                f"10.{rng.choice(['22201', '1016', '1108', '18046', '15446'])}/{rng.choice(['fca', 'j.jbusres', 'IJOEM', 'j.estger', 'innovar'])}.{rng.randint(2000, 2025)}.{rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        rng = self.rng
        uni, place = rng.choice(_UNIS)
        genre = rng.choice(
            [
                "Tesis de licenciatura",
                "Tesis de maestría",
                "Tesis doctoral",
                "MBA dissertation",
                "Tesis de maestría en Mercadotecnia",
            ]
        )
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "issued": self._issued(self.year()), "genre": genre, "publisher": uni, "publisher-place": place}  # fmt: skip
        if rng.random() < 0.5:
            record["URL"] = (
                f"https://repositorio.{rng.choice(['unam.mx', 'itam.mx', 'tec.mx', 'ibero.mx', 'udg.mx'])}/handle/{rng.randint(10000, 99999)}/{rng.randint(100, 9999)}"
            )
            record["accessed"] = self.accessed(int(record["issued"]["date-parts"][0][0]))
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        rng = self.rng
        year = self.year()
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4), "issued": self._issued(year),
            "container-title": rng.choice(["Memorias del XXVII Congreso Internacional de Contaduría, Administración e Informática",
                                           f"Proceedings of the {rng.choice(['BALAS', 'CLADEA', 'AMS World Marketing'])} Conference {year}",
                                           f"Congreso Internacional de Investigación Academia Journals {rng.choice(['Morelia', 'Celaya', 'Tepic'])} {year}"]),
            "publisher-place": rng.choice(["Ciudad de México", "Guadalajara", "Mérida", "Puebla", "Monterrey", "Miami"]),
        }  # fmt: skip
        start = rng.randint(1, 900)
        record["page"] = f"{start}-{start + rng.randint(6, 14)}"
        return self._person_work(record, "paper-conference")

    def _company_web(self) -> Work:
        rng = self.rng
        name, domain = rng.choice(_COMPANIES)
        record: dict[str, Any] = {"type": "webpage", "URL": f"https://www.{domain}/{rng.choice(['nosotros', 'sala-de-prensa', 'sustentabilidad', 'promociones', 'es/blog'])}/{rng.randint(10, 999)}",
                                  "title": rng.choice(["Nuestra historia [Our history]", "Sala de prensa [Press room]", "Aviso de privacidad [Privacy notice]",
                                                       "Términos y condiciones del Buen Fin [El Buen Fin terms and conditions]", "About us", "Sustainability",
                                                       f"Resultados del {rng.randint(1, 4)}T{rng.randint(19, 24)} [Q{rng.randint(1, 4)} results]", "Investor relations"])}  # fmt: skip
        if rng.random() < 0.75:
            year = self.year()
            record["issued"] = self._issued(year)
            if rng.random() < 0.85:
                record["accessed"] = self.accessed(year)
        elif rng.random() < 0.85:
            record["accessed"] = self.accessed()
        return self._org_work(record, "web", name, {"company"} | ({"ampersand"} if "&" in name else set()))

    def _company_report(self) -> Work:
        rng = self.rng
        name, domain = rng.choice(_COMPANIES)
        year = self.year()
        title = rng.choice([f"Informe anual {year} [Annual report {year}]", f"Informe integrado {year}", f"Annual report {year}",
                            f"Informe de sostenibilidad {year} [Sustainability report {year}]", "Reporte anual y de sustentabilidad"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": self._issued(year),
                                  "publisher": name.split(",")[0].split(" (")[0], "publisher-place": rng.choice(["Ciudad de México", "Monterrey", "Guadalajara"])}  # fmt: skip
        if rng.random() < 0.65:
            record["URL"] = f"https://www.{domain}/inversionistas/{year}.pdf"
            if rng.random() < 0.85:
                record["accessed"] = self.accessed(year)
        return self._org_work(record, "report", name, {"company"})

    def _twin_report(self) -> Work:
        """One organisation with two works in one year (2019a and 2019b, as the builder suffixes them): the second
        is handed out by the next draw."""
        rng = self.rng
        name, domain = rng.choice(_TWINS)
        year = rng.randint(2016, 2024)
        works = []
        for spanish, english in rng.sample(_TWIN_TITLES[name], 2):
            record: dict[str, Any] = {"type": "report", "title": f"{spanish} [{english}]", "issued": self._issued(year),
                                      "publisher": name.split(" (")[0], "publisher-place": "Ciudad de México",
                                      "URL": f"https://www.{domain}/{rng.randint(1000, 9999)}", "accessed": self._after(year)}  # fmt: skip
            works.append(
                self._org_work(
                    record, "report", name, {"government", "abbreviation"} if "(" in name else {"government"}
                )
            )
        self.queued.append(works[1])
        return works[0]

    def _trade_body(self) -> Work:
        rng = self.rng
        name, domain = rng.choice(_BODIES)
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "issued": self._issued(year),
            "title": rng.choice([f"Estudio de Venta Online {year} [Online Sales Study {year}]", f"Estudio sobre los hábitos de los usuarios de internet en México {year}",
                                 f"Reporte de resultados Hot Sale {year}", "Código de Ética Publicitaria [Advertising ethics code]", f"Estudio de inversión en publicidad digital {year}"]),
            "publisher": name.split(" (")[0], "URL": f"https://www.{domain}/estudios/{year}", "accessed": self.accessed(year),
        }  # fmt: skip
        return self._org_work(record, "report", name, {"abbreviation"} if "(" in name else set())

    def _government(self) -> Work:
        rng = self.rng
        name, domain = rng.choice(_GOV)
        spanish, english = rng.choice(_GOV_TITLES)
        record: dict[str, Any] = {"type": rng.choice(["report", "webpage"]), "title": f"{spanish} [{english}]" if rng.random() < 0.7 else spanish,
                                  "URL": f"https://www.{domain}/{rng.choice(['publicaciones', 'documentos', 'programas', 'estadisticas'])}/{rng.randint(100, 9999)}"}  # fmt: skip
        if rng.random() < 0.88:
            year = self.year()
            record["issued"] = self._issued(year)
            if rng.random() < 0.85:
                record["accessed"] = self.accessed(year)
        elif rng.random() < 0.8:
            record["accessed"] = self.accessed()
        tags = {"government"} | ({"abbreviation"} if "(" in name else set())
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _legislation(self) -> Work:
        rng = self.rng
        title, dof = rng.choice(_LAWS)
        year = int(dof[-4:]) if rng.random() < 0.6 else rng.randint(max(int(dof[-4:]), 2015), 2025)
        record: dict[str, Any] = {"type": "legislation", "title": f"{title} ({dof})", "issued": self._issued(year),
                                  "URL": f"https://www.diputados.gob.mx/LeyesBiblio/pdf/{rng.choice(['LFPDPPP', 'LFPC', 'LFTR', 'LRITF', 'LFCE', 'LIC'])}.pdf"}  # fmt: skip
        if rng.random() < 0.85:
            record["accessed"] = self.accessed(year)
        name = (
            "Secretaría de Economía"
            if title.startswith("NOM")
            else rng.choice(["Cámara de Diputados del H. Congreso de la Unión", "Congreso de la Unión"])
        )
        return self._org_work(record, "legislation", name, {"government", "legislation"})

    def _market_research(self) -> Work:
        rng = self.rng
        name = rng.choice(_RESEARCH)
        year = self.year() if rng.random() < 0.88 else None
        y = year or 2024
        market = rng.choice(["snacks", "beer", "mobile telecoms", "digital payments", "convenience stores", "bottled juice",
                             "low-cost air travel", "pay TV", "dairy", "bakery", "online marketplaces"])  # fmt: skip
        title = rng.choice([f"{market.capitalize()} in Mexico {y}", f"Mexico: {market} market report {y}",
                            f"Share of Mexican internet users who bought {market} online in {y}",
                            f"Consumo masivo en México: {market} {y} [Mass consumption in Mexico: {market} {y}]",
                            f"Hispanic consumers in the US: {market} - {rng.choice(['March', 'July', 'November'])} {y}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name,
                                  "URL": f"https://www.{name.split()[0].lower()}.com/es-mx/{rng.randint(1000, 99999)}"}  # fmt: skip
        if year:
            record["issued"] = self._issued(year)
        if rng.random() < 0.9:
            record["accessed"] = self.accessed(year or 2018)
        return self._org_work(record, "report", name, {"market-research"})

    def _news_signed(self) -> Work:
        rng = self.rng
        paper = rng.choice(_NEWS)
        year = self.year() if rng.random() < 0.5 else rng.randint(2018, 2025)
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        if (
            paper in ("Los Angeles Times", "Reuters", "Mexico News Daily", "Houston Chronicle", "Chicago Tribune")
            or rng.random() < 0.3
        ):
            title = rng.choice(_EN_HEADLINES)
        else:
            spanish, english = rng.choice(_HEADLINES)
            title = f"{spanish} [{english}]" if rng.random() < 0.75 else spanish
        record: dict[str, Any] = {"type": "article-newspaper", "title": title, "author": self._people(2),
                                  "container-title": paper, "issued": {"date-parts": [[year, month, day]]},
                                  "URL": f"https://www.{paper.lower().replace(' ', '').replace('.', '')}.com/empresas/{year}/{month:02d}/{day:02d}/{rng.randint(100, 999)}/"}  # fmt: skip
        if rng.random() < 0.85:
            record["accessed"] = self._after(year)
        return self._person_work(record, "news")

    def _news_unsigned(self) -> Work:
        rng = self.rng
        paper = rng.choice(_NEWS)
        year = rng.randint(2016, 2025)
        spanish, english = rng.choice(_HEADLINES)
        record: dict[str, Any] = {"type": "article-newspaper", "title": f"{spanish} [{english}]", "container-title": paper,
                                  "issued": {"date-parts": [[year, rng.randint(1, 12), rng.randint(1, 28)]]},
                                  "URL": f"https://www.{paper.lower().replace(' ', '').replace('.', '')}.mx/negocios/{rng.randint(100000, 999999)}"}  # fmt: skip
        if rng.random() < 0.85:
            record["accessed"] = self._after(year)
        return self._org_work(record, "news", paper, {"news"})

    def _social(self) -> Work:
        rng = self.rng
        name, _domain = rng.choice(_COMPANIES[:8] + _COMPANIES[14:26])
        platform = rng.choice(["Instagram", "LinkedIn", "TikTok", "X (formerly Twitter)", "Facebook"])
        year = rng.randint(2019, 2025)
        record: dict[str, Any] = {"type": "post", "title": rng.choice(["¡Llegó El Buen Fin! Hasta 18 MSI en toda la tienda", "Feliz Día de Muertos 🕯️",
                                                                      "¡Viva México! Este 16 de septiembre celebramos juntos", "Hot Sale: envío gratis en todo el país",
                                                                      "Navidad con sabor a tradición", "We are proud to announce our new route to Chicago"]),
                                  "container-title": platform, "issued": {"date-parts": [[year, rng.randint(1, 12), rng.randint(1, 28)]]},
                                  "URL": f"https://www.{platform.split()[0].lower()}.com/{name.split()[0].split(',')[0].lower()}/p/{rng.randint(10**6, 10**7)}",
                                  "accessed": self._after(year)}  # fmt: skip
        return self._org_work(record, "post", name.split(",")[0].split(" (")[0], {"company", "social"})

    def _video(self) -> Work:
        rng = self.rng
        year = rng.randint(2015, 2025)
        if rng.random() < 0.5:
            name, _domain = rng.choice(_COMPANIES)
            record: dict[str, Any] = {"type": "motion_picture", "title": rng.choice(["Comercial Navidad Liverpool: la magia de dar", "Anuncio Día de Muertos", "Campaña Hot Sale",
                                                                                    "Una cerveza, un país [One beer, one country]", "Historia de Bimbo"]),
                                      "medium": "YouTube", "issued": self._issued(year),
                                      "URL": f"https://www.youtube.com/watch?v={rng.randint(10**9, 10**10)}", "accessed": {"date-parts": [[2025, rng.randint(1, 12), rng.randint(1, 28)]]}}  # fmt: skip
            if year == 2025:
                record["accessed"] = {"date-parts": [[2025, 12, 1]]}
            return self._org_work(record, "video", name.split(",")[0].split(" (")[0], {"company"})
        record = {"type": "song", "title": rng.choice(["Marketing sin filtro, episodio 42", "Fintech en español: la ola de Nu", "El pódcast de Merca2.0: Buen Fin", "Latino marketing today: episode 17"]),
                  "medium": "Podcast", "author": self._people(2), "issued": self._issued(year),
                  "URL": f"https://open.spotify.com/episode/{rng.randint(10**9, 10**10)}", "accessed": {"date-parts": [[2025, 12, rng.randint(1, 28)]]}}  # fmt: skip
        return self._person_work(record, "video")

    def _undated_web(self) -> Work:
        rng = self.rng
        if rng.random() < 0.5:
            name, domain = rng.choice(_GOV + _BODIES)
            record: dict[str, Any] = {"type": "webpage", "title": rng.choice(["Preguntas frecuentes [Frequently asked questions]", "¿Qué es el Buen Fin? [What is El Buen Fin?]",
                                                                             "Registro Público para Evitar Publicidad (REPEP)", "Calendario de consumo [Consumer calendar]"]),
                                      "URL": f"https://www.{domain}/faq", "accessed": self.accessed()}  # fmt: skip
            return self._org_work(record, "web", name, {"government"} if name in dict(_GOV) else set())
        record = {"type": "webpage", "title": self._title(), "author": self._people(2),
                  "URL": f"https://www.{rng.choice(['merca20.com', 'expansion.mx', 'marketing4ecommerce.mx', 'informabtl.com'])}/{rng.randint(1000, 99999)}"}  # fmt: skip
        if rng.random() < 0.85:
            record["accessed"] = self.accessed()
        return self._person_work(record, "web")
