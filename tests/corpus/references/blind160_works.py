"""Works for the "blind160" pool (HELD OUT): what marketers in Colombia, Peru and their diaspora cite.

Written without reading the checker, its tests or any other pool. Candidates on CIM Level 6 and 7 courses and
MBAs in Bogotá, Medellín, Cali, Barranquilla, Lima, Arequipa and Trujillo, and in Miami, Madrid, New York,
Santiago and London, cite Spanish-language textbooks and English ones, chapters in books from Ediciones Uniandes,
the Fondo Editorial PUCP and ESAN, journals such as Cuadernos de Administración, Innovar, Estudios Gerenciales and
Journal of Business Research, theses from the Universidad de los Andes, EAFIT, the PUCP, ESAN and the Universidad del
Pacífico, conference papers (CLADEA, Balas), banks, telecoms, retailers and food makers with their legal forms
(S.A., S.A.S., S.A.A., S.A.C., E.I.R.L., Ltda.), regulators (SIC, CRC, DANE, Indecopi, INEI, SBS, BCRP), laws with
the Congress as author, research firms, the Colombian, Peruvian and international press signed and unsigned, posts,
videos, podcasts and undated pages, Spanish (and now and then Quechua) titles with English in square brackets.

Names: Spanish double surnames filed by the first ("García Márquez", "Vargas Llosa"), "de", "del" and "de la",
married women's "de" ("López de Gómez"), Quechua and Aymara surnames (Mamani, Quispe, Huamán, Condori), Japanese-,
Chinese- and Arab-Peruvian and Arab-Colombian names, names with and without accents, and expatriates and
colleagues abroad.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import datetime
import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

_GIVEN_F = ["María José", "Ana María", "Luz Marina", "Carolina", "Daniela", "Valentina", "Paola Andrea", "Juliana",
            "Catalina", "Lucía", "Rosa Elena", "Milagros", "Flor de María", "Yesenia", "Gabriela", "Mariana",
            "Claudia Patricia", "Ximena", "Sofía", "Natalia", "Diana Carolina", "Mónica", "Fiorella", "Kiara",
            "Yanet", "Nathaly", "Ángela", "Leidy Johana", "Isabel Cristina", "Andrea", "Maricielo", "Pilar"]  # fmt: skip
_GIVEN_M = ["Juan Pablo", "Juan Carlos", "Andrés Felipe", "Carlos Alberto", "Luis Fernando", "Santiago", "Sebastián",
            "Jorge Luis", "Diego", "Alejandro", "Camilo", "Julián", "Mauricio", "Óscar", "José Miguel", "Renzo",
            "Giancarlo", "Percy", "Wilber", "Edwin", "Hernán", "Álvaro", "Rodrigo", "Cristian", "Germán", "Iván",
            "Manuel", "Jhon Jairo", "Fredy", "Raúl", "Martín", "Ricardo"]  # fmt: skip
_SURNAMES = ["García", "Rodríguez", "Martínez", "López", "González", "Hernández", "Pérez", "Sánchez", "Ramírez",
             "Torres", "Flores", "Gómez", "Díaz", "Vargas", "Rojas", "Castro", "Ruiz", "Jiménez", "Moreno", "Muñoz",
             "Ortiz", "Restrepo", "Ospina", "Echeverri", "Arango", "Uribe", "Londoño", "Betancur", "Zuluaga",
             "Jaramillo", "Villegas", "Cárdenas", "Salazar", "Montoya", "Giraldo", "Aristizábal", "Cuervo",
             "Chávez", "Paredes", "Ríos", "Mendoza", "Gutiérrez", "Valdivia", "Benavides", "Zegarra", "Salcedo",
             "Alvarado", "Núñez", "Peña", "Ibáñez", "Ordóñez", "Acuña", "Pardo", "Gaviria", "Santamaría",
             "Bustamante", "Arévalo", "Cifuentes", "Barrios", "Villanueva", "Tello", "Delgado", "Espinoza"]  # fmt: skip
_INDIGENOUS = ["Mamani", "Quispe", "Huamán", "Condori", "Apaza", "Ccori", "Choque", "Ticona", "Yupanqui", "Huaman",
               "Chambi", "Cusi", "Ccahuana", "Huanca", "Pari", "Sullca", "Quispe Tito", "Inca", "Cutipa", "Limachi"]  # fmt: skip
_NIKKEI_CHINESE_ARAB = ["Higa", "Kanashiro", "Nakamura", "Tsuboyama", "Yamashiro", "Shimabukuro", "Oshiro", "Kohatsu",
                        "Chang", "Wong", "Chiang", "Lau", "Chong", "Ley", "Yong", "Chu",
                        "Saba", "Dager", "Zaidán", "Char", "Name", "Turbay", "Saab", "Abuchaibe", "Slebi",
                        "Hasbún", "Yidi", "Nassar", "Majluf", "Fayad", "Hakim"]  # fmt: skip
_NIKKEI_GIVEN = ["Kenji", "Akemi", "Hiroshi", "Midori", "Takeshi", "Yuki", "Jorge Takeshi", "Rosa Akemi", "Li", "Mei",
                 "Carlos Yong", "Nabil", "Samira", "Jamil", "Leila", "Farid", "Yamile"]  # fmt: skip
# Particles kept apart as reference managers keep them ("de la Cruz", "del Castillo"), filed under the particle as
# Cite Them Right does for a name written with a lower-case particle.
_PARTICLE = [("de la", "Cruz"), ("del", "Castillo"), ("de", "Greiff"), ("de la", "Torre"), ("del", "Solar"),
             ("de", "Zubiría"), ("de la", "Puente"), ("del", "Río"), ("de", "Bedout"), ("de", "Irigoyen"),
             ("de la", "Espriella"), ("de los", "Ríos")]  # fmt: skip
_EXPAT = [("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Smith", "Rachel"), ("O'Brien", "Siobhan"),
          ("Walker", "Tom"), ("Fischer", "Anke"), ("Dubois", "Claire"), ("Martin", "Ben"), ("Heller", "Sarah"),
          ("Murphy", "Aoife"), ("Chen", "Wei"), ("Ferreira", "João"), ("Kaplan", "Daniel"), ("MacDonald", "Iain"),
          ("Brown", "Laura"), ("Moreau", "Sophie"), ("Becker", "Jonas"), ("Nguyen", "Linh")]  # fmt: skip
_ASCII = str.maketrans("áéíóúÁÉÍÓÚñÑü", "aeiouAEIOUnNu")

_PUBLISHERS = [("Pearson Educación", "Bogotá"), ("Pearson", "Harlow"), ("McGraw-Hill Interamericana", "México D.F."),
               ("Ediciones Uniandes", "Bogotá"), ("Fondo Editorial PUCP", "Lima"), ("ESAN Ediciones", "Lima"),
               ("Editorial Universidad del Pacífico", "Lima"), ("Fondo Editorial EAFIT", "Medellín"),
               ("Ecoe Ediciones", "Bogotá"), ("Cengage Learning", "México D.F."), ("Routledge", "Abingdon"),
               ("Kogan Page", "London"), ("ESIC Editorial", "Madrid"), ("Alfaomega", "Bogotá"),
               ("Editorial Planeta", "Lima"), ("Universidad del Norte", "Barranquilla"), ("Sage", "London"),
               ("Palgrave Macmillan", "Cham"), ("Editorial Universidad Nacional de Colombia", "Bogotá")]  # fmt: skip
_JOURNALS = ["Cuadernos de Administración", "Innovar", "Estudios Gerenciales", "Revista Universidad y Empresa",
             "Journal of Business Research", "Academia Revista Latinoamericana de Administración",
             "Journal of Marketing", "Revista de Ciencias Sociales", "Pensamiento & Gestión", "Apuntes",
             "Journal of Economics, Finance and Administrative Science", "Cuadernos Latinoamericanos de Administración",
             "Revista Venezolana de Gerencia", "International Journal of Bank Marketing", "Latin American Business Review",
             "Journal of Retailing and Consumer Services", "Revista de Administração de Empresas", "Dyna",
             "Psychology & Marketing", "Journal of International Marketing", "Suma de Negocios"]  # fmt: skip
_UNIVERSITIES = [("Universidad de los Andes", "Bogotá"), ("Universidad Nacional de Colombia", "Bogotá"),
                 ("Universidad EAFIT", "Medellín"), ("Pontificia Universidad Católica del Perú", "Lima"),
                 ("Universidad ESAN", "Lima"), ("Universidad del Pacífico", "Lima"),
                 ("Pontificia Universidad Javeriana", "Bogotá"), ("Universidad del Rosario", "Bogotá"),
                 ("Universidad de Lima", "Lima"), ("Universidad Nacional de San Agustín", "Arequipa"),
                 ("Universidad Icesi", "Cali"), ("Universidad del Norte", "Barranquilla"),
                 ("Universidad de San Martín de Porres", "Lima"), ("University of Miami", "Coral Gables"),
                 ("IE University", "Madrid"), ("University of Westminster", "London")]  # fmt: skip
_GENRES = ["MBA dissertation", "Tesis de maestría", "Trabajo de grado", "Tesis de licenciatura", "PhD thesis",
           "MSc dissertation", "Tesis doctoral", "Trabajo de investigación (MBA)"]  # fmt: skip
_CONFERENCES = [("Proceedings of the CLADEA Annual Assembly", "Lima"), ("Proceedings of the BALAS Annual Conference", "Bogotá"),
                ("Memorias del Congreso Internacional de Marketing", "Medellín"),
                ("Proceedings of the Academy of Marketing Science World Marketing Congress", "Miami"),
                ("Actas del Congreso ASCOLFA", "Barranquilla"), ("Proceedings of the EMAC Annual Conference", "Madrid")]  # fmt: skip

_COMPANIES = [("Bancolombia S.A.", "bancolombia.com"), ("Grupo Bancolombia", "grupobancolombia.com"),
              ("Banco Davivienda S.A.", "davivienda.com"), ("Banco de Bogotá", "bancodebogota.com"),
              ("Nequi", "nequi.com.co"), ("Daviplata", "daviplata.com"), ("Banco de Crédito del Perú (BCP)", "viabcp.com"),
              ("Credicorp Ltd.", "grupocredicorp.com"), ("Interbank", "interbank.pe"), ("BBVA Perú", "bbva.pe"),
              ("Yape", "yape.com.pe"), ("Plin", "plin.pe"), ("Comunicación Celular S.A. Comcel", "claro.com.co"),
              ("Claro Perú", "claro.com.pe"), ("Telefónica del Perú S.A.A.", "movistar.com.pe"),
              ("Colombia Móvil S.A. E.S.P. (Tigo)", "tigo.com.co"), ("Entel Perú S.A.", "entel.pe"), ("Bitel", "bitel.com.pe"),
              ("Almacenes Éxito S.A.", "grupoexito.com.co"), ("Grupo Éxito", "grupoexito.com.co"),
              ("Falabella Perú S.A.A.", "falabella.com.pe"), ("Ripley Corp", "ripley.com"), ("Rappi", "rappi.com"),
              ("Rappi S.A.S.", "rappi.com.co"), ("Supermercados Peruanos S.A.", "plazavea.com.pe"),
              ("Koba Colombia S.A.S. (Tiendas D1)", "d1.com.co"), ("Hipermercados Tottus S.A.", "tottus.com.pe"),
              ("Grupo Nutresa S.A.", "gruponutresa.com"), ("Postobón S.A.", "postobon.com"),
              ("Bavaria & Cía S.C.A.", "bavaria.co"), ("Procafecol S.A. (Juan Valdez Café)", "juanvaldez.com"),
              ("Alicorp S.A.A.", "alicorp.com.pe"), ("Unión de Cervecerías Peruanas Backus y Johnston S.A.A.", "backus.pe"),
              ("Leche Gloria S.A.", "gloria.com.pe"), ("Corporación Lindley S.A.", "arcacontal.com"),
              ("Avianca", "avianca.com"), ("LATAM Airlines Group S.A.", "latamairlinesgroup.net"),
              ("Sky Airline", "skyairline.com"), ("Caracol Televisión S.A.", "caracoltv.com"),
              ("RCN Televisión", "canalrcn.com"), ("Grupo El Comercio", "grupoelcomercio.com.pe"),
              ("Grupo RPP", "rpp.pe"), ("Sancho BBDO", "sanchobbdo.com.co"), ("Circus Grey Perú", "circusgrey.com"),
              ("Fahrenheit DDB", "fahrenheitddb.com"), ("Inversiones Andinas E.I.R.L.", "andinas.pe"),
              ("Café Altura Ltda.", "cafealtura.co"), ("Mercado Libre", "mercadolibre.com.co"),
              ("Juan Valdez Café", "juanvaldez.com"), ("Tiendas D1", "d1.com.co")]  # fmt: skip
_BODIES = [("Superintendencia de Industria y Comercio (SIC)", "sic.gov.co"),
           ("Superintendencia de Industria y Comercio", "sic.gov.co"),
           ("Comisión de Regulación de Comunicaciones (CRC)", "crcom.gov.co"),
           ("Departamento Administrativo Nacional de Estadística (DANE)", "dane.gov.co"), ("DANE", "dane.gov.co"),
           ("Instituto Nacional de Defensa de la Competencia y de la Protección de la Propiedad Intelectual (Indecopi)", "indecopi.gob.pe"),
           ("Indecopi", "indecopi.gob.pe"), ("Instituto Nacional de Estadística e Informática (INEI)", "inei.gob.pe"),
           ("INEI", "inei.gob.pe"), ("Superintendencia de Banca, Seguros y AFP (SBS)", "sbs.gob.pe"),
           ("Banco Central de Reserva del Perú (BCRP)", "bcrp.gob.pe"), ("Banco de la República", "banrep.gov.co"),
           ("Superintendencia Financiera de Colombia", "superfinanciera.gov.co"),
           ("Ministerio de Tecnologías de la Información y las Comunicaciones (MinTIC)", "mintic.gov.co"),
           ("Ministerio de la Producción", "produce.gob.pe"), ("PROMPERÚ", "promperu.gob.pe"),
           ("ProColombia", "procolombia.co"), ("Cámara de Comercio de Bogotá", "ccb.org.co"),
           ("Cámara de Comercio de Lima (CCL)", "camaralima.org.pe"), ("Asobancaria", "asobancaria.com"),
           ("Federación Nacional de Comerciantes (Fenalco)", "fenalco.com.co"),
           ("Asociación de Bancos del Perú (ASBANC)", "asbanc.com.pe"), ("Colombia Fintech", "colombiafintech.co"),
           ("IAB Colombia", "iabcolombia.com"), ("IAB Perú", "iabperu.com"),
           ("Asociación Nacional de Anunciantes del Perú (ANDA)", "andaperu.pe"),
           ("Federación Nacional de Cafeteros de Colombia", "federaciondecafeteros.org"),
           ("Cámara Colombiana de Comercio Electrónico (CCCE)", "ccce.org.co")]  # fmt: skip
_RESEARCH = [("Ipsos Perú", "ipsos.com"), ("Kantar IBOPE Media", "kantaribopemedia.com"), ("Euromonitor International", "euromonitor.com"),
             ("Statista", "statista.com"), ("Invamer", "invamer.com.co"), ("Datum Internacional", "datum.com.pe"),
             ("Nielsen Colombia", "nielsen.com"), ("Raddar", "raddar.net"), ("Kantar", "kantar.com"),
             ("Mintel", "mintel.com"), ("GfK Perú", "gfk.com"), ("Arellano Consultoría para Crecer", "arellano.pe"),
             ("Comscore", "comscore.com"), ("YanHaas", "yanhaas.com")]  # fmt: skip
_PRESS = [("El Tiempo", "eltiempo.com"), ("Semana", "semana.com"), ("La República", "larepublica.co"),
          ("Portafolio", "portafolio.co"), ("El Espectador", "elespectador.com"), ("El Colombiano", "elcolombiano.com"),
          ("El Comercio", "elcomercio.pe"), ("Gestión", "gestion.pe"), ("RPP Noticias", "rpp.pe"),
          ("La República (Perú)", "larepublica.pe"), ("Mercado Negro", "mercadonegro.pe"), ("P&M", "revistapym.com.co"),
          ("Financial Times", "ft.com"), ("Bloomberg Línea", "bloomberglinea.com"), ("El País", "elpais.com"),
          ("Forbes Colombia", "forbes.co"), ("América Economía", "americaeconomia.com"), ("Rest of World", "restofworld.org"),
          ("Infobae", "infobae.com"), ("Dinero", "dinero.com")]  # fmt: skip
_LAWS = [  # (title, year, country); the Colombian and Peruvian Congresses pass laws, the executive decrees
    ("Ley Estatutaria 1581 de 2012, por la cual se dictan disposiciones generales para la protección de datos personales", 2012, "co"),
    ("Ley 1480 de 2011, por medio de la cual se expide el Estatuto del Consumidor", 2011, "co"),
    ("Decreto 1377 de 2013, por el cual se reglamenta parcialmente la Ley 1581 de 2012", 2013, "co"),
    ("Ley 2300 de 2023, por medio de la cual se establecen medidas que protejan el derecho a la intimidad de los consumidores", 2023, "co"),
    ("Ley 1341 de 2009 [ICT Law]", 2009, "co"),
    ("Ley 2157 de 2021 (Ley de Borrón y Cuenta Nueva)", 2021, "co"),
    ("Ley N° 29733, Ley de Protección de Datos Personales", 2011, "pe"),
    ("Decreto Supremo N° 003-2013-JUS, Reglamento de la Ley N° 29733", 2013, "pe"),
    ("Ley N° 29571, Código de Protección y Defensa del Consumidor", 2010, "pe"),
    ("Decreto Legislativo N° 1044, Ley de Represión de la Competencia Desleal", 2008, "pe"),
    ("Ley N° 30021, Ley de Promoción de la Alimentación Saludable para Niños, Niñas y Adolescentes", 2013, "pe"),
    ("Decreto Supremo N° 016-2024-JUS, nuevo Reglamento de la Ley N° 29733", 2024, "pe"),
]  # fmt: skip
_TOPICS = ["la lealtad de marca", "la banca digital", "las billeteras digitales", "el comercio electrónico",
           "los pagos inmediatos", "el marketing de influencia", "la experiencia del cliente", "la inclusión financiera",
           "el consumidor de la base de la pirámide", "el retail omnicanal", "las marcas propias", "el e-commerce",
           "la publicidad en redes sociales", "el neuromarketing", "la confianza en las fintech", "el Día sin IVA",
           "los programas de fidelización", "el valor de marca", "el marketing de contenidos", "la personalización"]  # fmt: skip
_EN_TOPICS = ["brand loyalty", "digital banking", "digital wallets", "e-commerce", "instant payments",
              "influencer marketing", "customer experience", "financial inclusion", "base-of-the-pyramid consumers",
              "omnichannel retail", "private labels", "e-commerce", "social media advertising", "neuromarketing",
              "trust in fintechs", "the VAT-free day", "loyalty programmes", "brand equity", "content marketing",
              "personalisation"]  # fmt: skip
_PLACES = ["Colombia", "el Perú", "Lima Metropolitana", "Medellín", "Bogotá", "Arequipa", "la región andina",
           "América Latina", "Cali", "la costa Caribe", "Trujillo", "Barranquilla"]  # fmt: skip
_EN_PLACES = ["Colombia", "Peru", "Metropolitan Lima", "Medellín", "Bogotá", "Arequipa", "the Andean region",
              "Latin America", "Cali", "the Caribbean coast", "Trujillo", "Barranquilla"]  # fmt: skip
_EN_TITLES = ["Mobile wallets and the unbanked: evidence from {place}", "Brand equity in {place}'s beer market",
              "Why shoppers in {place} switch: {topic} after the pandemic", "{Topic} in emerging markets",
              "Marketing management: a Latin American perspective", "Trust, {topic} and fintech adoption in {place}",
              "The Yape effect: {topic} among micro-entrepreneurs", "{Topic}: lessons from {place}",
              "Consumer behaviour in the Andean region", "Retail transformation in {place}: {topic}",
              "Coffee, identity and {topic}", "Super-apps and {topic}: the case of Rappi"]  # fmt: skip
_QUECHUA = [("Ñawpa yachaykuna", "Ancestral knowledge"), ("Allin kawsay", "Good living"),
            ("Ayni: llamkaypi yanapanakuy", "Ayni: mutual help at work"), ("Qhatu", "The market")]  # fmt: skip


class Blind160WorkFactory(WorkFactory):
    """Works of every kind a candidate in Colombia, Peru or their diaspora cites, from one seeded source."""

    KINDS = ("book", "chapter", "journal", "thesis", "conference", "web", "report", "government", "legislation",
             "market-research", "news", "social", "video", "podcast")  # fmt: skip
    DRAWN = (("book", 11), ("chapter", 5), ("journal", 20), ("thesis", 5), ("conference", 3), ("company-web", 10),
             ("company-report", 7), ("government", 8), ("legislation", 4), ("market-research", 8), ("news", 9),
             ("social", 3), ("video", 2), ("podcast", 2), ("undated-web", 3))  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 160 + 16001)
        self.paired: tuple[str, str, int] | None = None  # an organisation that may get a second work that year

    # ------------------------------------------------------------------ names
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        female = rng.random() < 0.5
        given = rng.choice(_GIVEN_F if female else _GIVEN_M)
        if roll < 0.42:  # two surnames, filed by the first ("García Márquez")
            family = f"{rng.choice(_SURNAMES)} {rng.choice(_SURNAMES + _INDIGENOUS)}"
        elif roll < 0.58:  # one surname, as many write on English-language papers
            family = rng.choice(_SURNAMES)
        elif roll < 0.68:  # Quechua and Aymara surnames, alone or beside a Spanish one
            first = rng.choice(_INDIGENOUS)
            family = first if rng.random() < 0.4 or " " in first else f"{first} {rng.choice(_SURNAMES + _INDIGENOUS)}"
        elif roll < 0.76:  # Japanese-, Chinese- and Arab-Peruvian and Arab-Colombian names
            family = rng.choice(_NIKKEI_CHINESE_ARAB)
            if rng.random() < 0.5:
                family = f"{family} {rng.choice(_SURNAMES)}"
            if rng.random() < 0.5:
                given = rng.choice(_NIKKEI_GIVEN)
        elif roll < 0.83:  # a particle kept apart: "de la Cruz", "del Castillo"
            particle, family = rng.choice(_PARTICLE)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        elif roll < 0.88:  # a married woman's "de": "López de Gómez"
            family = f"{rng.choice(_SURNAMES)} de {rng.choice(_SURNAMES)}"
            given = rng.choice(_GIVEN_F)
        elif roll < 0.93:  # a hyphen joining two surnames, as in the diaspora's passports
            family = f"{rng.choice(_SURNAMES)}-{rng.choice(_SURNAMES)}"
        else:  # expatriates and colleagues abroad
            family, given = rng.choice(_EXPAT)
        if rng.random() < 0.12:  # typed without accents
            family, given = family.translate(_ASCII), given.translate(_ASCII)
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 28, 16, 9, 5, 4, 2, 2][:most])[0]
        return [self.person() for _ in range(count)]

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1986, 2005)
        return self.rng.randint(2008, 2025)

    def accessed_after(self, issued: int | list[int] | None) -> dict[str, list[list[int]]]:
        """An access date on or after the work's date (and after 1 January 2022), never later than 2026."""
        parts = [issued] if isinstance(issued, int) else list(issued or [2022])
        start = max(datetime.date(*[*parts, 1, 1][:3]), datetime.date(2022, 1, 1))
        day = min(start + datetime.timedelta(days=self.rng.randint(3, 900)), datetime.date(2026, 3, 28))
        return {"date-parts": [[day.year, day.month, day.day]]}

    # ------------------------------------------------------------------ titles
    def _title(self) -> str:
        rng = self.rng
        i = rng.randrange(len(_TOPICS))
        j = rng.randrange(len(_PLACES))
        es, en = _TOPICS[i], _EN_TOPICS[i]
        place, en_place = _PLACES[j], _EN_PLACES[j]
        roll = rng.random()
        if roll < 0.45:  # Spanish with English in square brackets
            forms = [
                (f"Determinantes de {es} en {place}", f"Determinants of {en} in {en_place}"),
                (
                    f"{es[0].upper()}{es[1:]}: evidencia de {place}",
                    f"{en[0].upper()}{en[1:]}: evidence from {en_place}",
                ),
                (
                    f"Efecto de {es} sobre la intención de compra en {place}",
                    f"The effect of {en} on purchase intention in {en_place}",
                ),
                (f"Una mirada a {es} en {place}", f"A look at {en} in {en_place}"),
                (
                    f"{es[0].upper()}{es[1:]} y el consumidor millennial en {place}",
                    f"{en[0].upper()}{en[1:]} and the millennial consumer in {en_place}",
                ),
            ]
            spanish, english = rng.choice(forms)
            spanish = self._spanish(spanish)
            return f"{spanish} [{english}]" if rng.random() < 0.8 else spanish
        if roll < 0.5:
            quechua, english = rng.choice(_QUECHUA)
            return self._spanish(f"{quechua}: {es} en {place} [{english}: {en} in {en_place}]")
        frame = rng.choice(_EN_TITLES)
        return frame.format(place=en_place, topic=en, Topic=en[0].upper() + en[1:])

    @staticmethod
    def _spanish(title: str) -> str:
        """Spanish contracts "de el" and "a el"."""
        return title.replace(" de el ", " del ").replace(" a el ", " al ").replace("De el ", "Del ")

    def _url(self, domain: str) -> str:
        slug = "-".join(self.fakers["en_GB"].words(self.rng.randint(2, 4)))
        return f"https://www.{domain}/{self.rng.choice(['es', 'blog', 'noticias', 'sala-de-prensa', 'investigaciones', 'es-co', 'es-pe'])}/{slug}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        if kind is None:
            names, weights = zip(*self.DRAWN, strict=True)
            kind = self.rng.choices(names, weights=weights)[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _fix_access(self, record: dict[str, Any]) -> None:
        if "accessed" in record and "issued" in record:
            issued = record["issued"]["date-parts"][0]
            if record["accessed"]["date-parts"][0][: len(issued)] < issued:
                record["accessed"] = self.accessed_after(issued)

    def _pw(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        self._fix_access(record)
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _ow(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        record["id"] = self._id()
        self._fix_access(record)
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, tags | {"organisation"})

    def _body(self, choices: list[tuple[str, str]]) -> tuple[str, str, int]:
        """An organisation and a year; now and then the organisation of an earlier work, in its year (SIC 2019a, 2019b)."""
        if self.paired is not None and self.rng.random() < 0.2:
            name, domain, year = self.paired
            if (name, domain) in choices:
                return name, domain, year
        name, domain = self.rng.choice(choices)
        year = self.year()
        if self.rng.random() < 0.35:
            self.paired = (name, domain, year)
        return name, domain, year

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 17))
        if self.rng.random() < 0.2:  # an e-book read online
            record["medium"] = "e-book"
            if self.rng.random() < 0.5:
                record["URL"] = (
                    f"https://www.{self.rng.choice(['ebooks7-24.com', 'elibro.net', 'dawsonera.com', 'vlebooks.com'])}/{self.fakers['en_GB'].slug()}"
                )
                record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0][0])
        return self._pw(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["Marketing en América Latina", "Gerencia de marca en el Perú",
                                                "Retail en Colombia: casos y lecturas", "Handbook of Latin American Marketing",
                                                "Consumer culture in Latin America", "Fintech en la región andina"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 35)}",
        }  # fmt: skip
        return self._pw(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 600)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 140)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{start}-{start + self.rng.randint(8, 28)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.choice(['18046', '15446', '1016', '1108', '18800', '11144', '1177'])}/{self.rng.choice(['j.jbusres', 'cao', 'innovar', 'estger', 'IJBM', 'jefas'])}.{record['issued']['date-parts'][0][0]}.{self.rng.randint(100, 99999)}"
            )
        return self._pw(record, "journal")

    def _thesis(self) -> Work:
        university, place = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "issued": {"date-parts": [[self.year()]]}, "genre": self.rng.choice(_GENRES),
                                  "publisher": university, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = (
                f"https://repositorio.{self.rng.choice(['uniandes.edu.co', 'unal.edu.co', 'eafit.edu.co', 'pucp.edu.pe', 'esan.edu.pe', 'up.edu.pe'])}/handle/{self.rng.randint(1000, 99999)}/{self.rng.randint(100, 9999)}"
            )
            record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0][0])
        return self._pw(record, "thesis")

    def _conference(self) -> Work:
        container, place = self.rng.choice(_CONFERENCES)
        start = self.rng.randint(1, 400)
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "container-title": container,
                                  "event-place": place, "page": f"{start}-{start + self.rng.randint(6, 14)}"}  # fmt: skip
        return self._pw(record, "conference")

    def _company_web(self) -> Work:
        name, domain, year = self._body(_COMPANIES)
        year = max(year, 2012)
        short = name.split(" (")[0].replace(" S.A.A.", "").replace(" S.A.S.", "").replace(" S.A.", "")
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(
            ["Nuestra historia [Our history]", "Sostenibilidad", "Sala de prensa", "Quiénes somos [About us]",
             "Informe de gestión", "Black Friday: condiciones y restricciones", "Términos y condiciones del Día sin IVA",
             f"{short} lanza su campaña de Amor y Amistad", f"{short} celebra las Fiestas Patrias con sus clientes",
             f"Política de tratamiento de datos personales de {short}", f"{short} en cifras [{short} in figures]",
             f"Así es la nueva app de {short}", f"{short} anuncia resultados del tercer trimestre",
             f"{short} y su compromiso con Colombia", f"Conoce la historia de {short}", "Nuestras marcas [Our brands]",
             f"{short} llega a Arequipa, Cusco y Piura", "Trabaja con nosotros", "Preguntas frecuentes [FAQs]"]),
            "URL": self._url(domain)}  # fmt: skip
        if self.rng.random() < 0.88:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self.accessed_after(year)
        return self._ow(record, "web", name, {"company"})

    def _company_report(self) -> Work:
        name, domain = self.rng.choice(_COMPANIES)
        year = self.year()
        title = self.rng.choice([f"Informe integrado {year} [Integrated report {year}]", f"Memoria anual {year}",
                                 f"Informe de sostenibilidad {year}", f"Annual report {year}",
                                 f"Reporte de gestión {year} [Management report]", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0], "publisher-place": self.rng.choice(["Lima", "Lima", "Arequipa"] if ".pe" in domain else ["Bogotá", "Bogotá", "Medellín", "Barranquilla"])}  # fmt: skip
        if self.rng.random() < 0.65:
            record["URL"] = self._url(domain)
            record["accessed"] = self.accessed_after(year)
        return self._ow(record, "report", name, {"company"})

    def _government(self) -> Work:
        name, domain, year = self._body(_BODIES)
        title = self.rng.choice([
            f"Encuesta Nacional de Hogares {year}", f"Reporte de estabilidad financiera {year}",
            f"Gran Encuesta Integrada de Hogares (GEIH) {year}", f"Informe de inclusión financiera {year}",
            "Guía sobre el tratamiento de datos personales para fines de marketing y publicidad",
            f"Data y cifras del sector TIC {year} [ICT sector data]", f"Reporte anual de reclamos {year}",
            "Publicidad engañosa: lineamientos [Misleading advertising: guidelines]", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(domain),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = "Lima" if domain.endswith(".pe") else "Bogotá"
        return self._ow(record, "government" if record["type"] == "report" else "web", name, {"government"})

    def _legislation(self) -> Work:
        title, year, country = self.rng.choice(_LAWS)
        if title.startswith("Ley"):
            bodies = (
                ["Congreso de la República de Colombia", "Congreso de Colombia", "República de Colombia"]
                if country == "co"
                else ["Congreso de la República del Perú", "Congreso de la República"]
            )
        elif country == "co":
            bodies = [
                "Presidencia de la República de Colombia",
                "Ministerio de Comercio, Industria y Turismo",
                "República de Colombia",
            ]
        else:
            bodies = [
                "Ministerio de Justicia y Derechos Humanos",
                "Presidencia del Consejo de Ministros",
                "Poder Ejecutivo del Perú",
            ]
        name = self.rng.choice(bodies)
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": self.rng.choice(["Diario Oficial", "Secretaría del Senado"] if country == "co" else ["Diario Oficial El Peruano", "Editora Perú"]) if self.rng.random() < 0.6 else None,
                                  "publisher-place": "Bogotá" if country == "co" else "Lima"}  # fmt: skip
        if record["publisher"] is None:
            record.pop("publisher")
        if self.rng.random() < 0.7:
            record["URL"] = self._url("secretariasenado.gov.co" if country == "co" else "gob.pe")
            record["accessed"] = self.accessed_after(year)
        return self._ow(record, "legislation", name, {"government", "legislation"})

    def _market_research(self) -> Work:
        name, domain = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.9 else None
        y = year or 2024
        market = self.rng.choice(["banca digital", "billeteras móviles", "cerveza", "café", "snacks", "retail moderno",
                                  "telefonía móvil", "comercio electrónico", "bebidas gaseosas", "lácteos"])  # fmt: skip
        titles = [f"Perfil del consumidor digital {y} [Digital consumer profile {y}]",
                  f"{market.capitalize()} en Colombia {y}", f"{market.capitalize()} in Peru: {y} market report",
                  f"Niveles socioeconómicos {y} (Lima Metropolitana)", f"Estilos de vida de los peruanos {y}",
                  f"Share of Colombians using mobile wallets {y}, by age group", f"Radiografía del shopper {y}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": self._url(domain), "accessed": self.accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._ow(record, "market-research", name, {"market-research"})

    def _news(self) -> Work:
        paper, domain = self.rng.choice(_PRESS)
        year = self.year()
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": paper,
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url(domain), "accessed": None}  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._pw(record, "news")
        return self._ow(record, "news", paper, {"press"})

    def _social(self) -> Work:
        name, _domain = self.rng.choice(_COMPANIES)
        year = self.rng.randint(2016, 2025)
        platform = self.rng.choice(["LinkedIn", "Instagram", "X", "Facebook", "TikTok"])
        title = self.rng.choice(["¡Llegamos a 15 millones de usuarios!", "Este Amor y Amistad, regala experiencias",
                                 "Felices Fiestas Patrias, Perú", "Día sin IVA: todo lo que debes saber",
                                 "Our new campaign for Inti Raymi", "Gracias, Barranquilla, por este Carnaval"])  # fmt: skip
        record: dict[str, Any] = {"type": "post", "title": title, "container-title": platform,
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": f"https://www.{platform.lower()}.com/{self.fakers['en_GB'].slug()}",
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        if self.rng.random() < 0.35:
            record["author"] = [self.person()]
            return self._pw(record, "social")
        return self._ow(record, "social", name.split(" (")[0], {"company"})

    def _video(self) -> Work:
        name, _domain = self.rng.choice(_COMPANIES + _BODIES)
        year = self.rng.randint(2015, 2025)
        record: dict[str, Any] = {"type": "motion_picture", "title": self._title(), "medium": "YouTube video",
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": f"https://www.youtube.com/watch?v={self.fakers['en_GB'].lexify('???????????')}",
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        return self._ow(record, "video", name, {"company"})

    def _podcast(self) -> Work:
        year = self.rng.randint(2018, 2025)
        show = self.rng.choice(["Marketeros Latam", "Café con Marketing", "Mercado Negro Podcast", "El Podcast de Gestión",
                                "Fintech Andina", "La Hora del Retail"])  # fmt: skip
        record: dict[str, Any] = {"type": "broadcast", "title": f"Episodio {self.rng.randint(1, 240)}: {self._title()}",
                                  "container-title": show, "medium": "Podcast", "author": self._people(2),
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": f"https://open.spotify.com/episode/{self.fakers['en_GB'].lexify('??????????')}",
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        return self._pw(record, "podcast")

    def _undated_web(self) -> Work:
        if self.rng.random() < 0.4:
            record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                      "URL": self._url(self.rng.choice(['marketingdigital.pe', 'puromarketing.com', 'blog.hubspot.es'])),
                                      "accessed": self.accessed_after(None)}  # fmt: skip
            return self._pw(record, "web")
        name, domain = self.rng.choice(_COMPANIES + _BODIES)
        record = {
            "type": "webpage",
            "title": self._title(),
            "URL": self._url(domain),
            "accessed": self.accessed_after(None),
        }
        return self._ow(record, "web", name, {"company", "undated"})
