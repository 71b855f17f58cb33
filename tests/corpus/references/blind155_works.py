"""Works for the blind155 pool (HELD OUT): what marketers in Spain and its diaspora cite in CIM Level 6 and 7 reports
and MBA assignments. Spanish double surnames filed by the first, "y" and Catalan "i" between surnames, Basque and
Galician names, "de", "del" and "de la", names with and without accents; companies with S.A., S.L., S.L.U. and
S.Coop.; the Banco de España, the CNMC, the INE, the AEPD and the Generalitat; laws from the BOE; theses from Spanish
universities; Spanish, Catalan, Basque and Galician titles with English in square brackets.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

_GIVEN = ["María José", "José María", "Juan Carlos", "Ana Belén", "María del Mar", "Francisco Javier", "Lucía",
          "Álvaro", "Iñaki", "Aitor", "Nerea", "Itziar", "Jordi", "Montserrat", "Núria", "Pau", "Mireia", "Xosé Manuel",
          "Uxía", "Breixo", "Raquel", "Sergio", "Begoña", "Íñigo", "Ainhoa", "Marta", "Pilar", "Rocío", "Macarena",
          "Javier", "Carmen", "Consuelo", "Gonzalo", "Elena", "Arantxa", "Joan", "Meritxell", "Ramón", "Inmaculada",
          "Maite", "Andrés", "Sofía", "Alejandro"]  # fmt: skip
_SURNAMES = ["García", "Martínez", "López", "Sánchez", "Fernández", "González", "Rodríguez", "Pérez", "Gómez", "Ruiz",
             "Jiménez", "Muñoz", "Álvarez", "Romero", "Navarro", "Torres", "Domínguez", "Gil", "Serrano", "Ortega",
             "Molina", "Castillo", "Núñez", "Iglesias", "Cabrera", "Márquez", "Ibáñez", "Peña", "Vidal", "Prieto"]  # fmt: skip
_PLAIN_SURNAMES = ["Garcia", "Martinez", "Lopez", "Sanchez", "Fernandez", "Gonzalez", "Rodriguez", "Perez", "Gomez",
                   "Jimenez", "Munoz", "Alvarez", "Dominguez", "Nunez", "Ibanez"]  # fmt: skip
_CATALAN = ["Puig", "Ferrer", "Vilaseca", "Soler", "Casals", "Roca", "Serra", "Pujol", "Cadafalch", "Mas", "Bosch",
            "Riera", "Font", "Vila", "Sala", "Comas", "Rovira", "Farré"]  # fmt: skip
_BASQUE = ["Etxeberria", "Goikoetxea", "Arrizabalaga", "Urrutia", "Agirre", "Olabarrieta", "Zubizarreta", "Iturbe",
           "Azkarate", "Elorza", "Larrañaga", "Otxoa"]  # fmt: skip
_GALICIAN = ["Castelao", "Otero", "Pazos", "Vilariño", "Rivas", "Seoane", "Fraga", "Outeiriño", "Carballo", "Lema",
             "Mosquera", "Barreiro"]  # fmt: skip
_PARTICLED = [("de la", "Fuente"), ("de la", "Torre"), ("del", "Río"), ("del", "Valle"), ("de", "Miguel"),
              ("de", "Castro"), ("de la", "Cruz"), ("del", "Pino"), ("de", "Prado"), ("de los", "Santos")]  # fmt: skip
_EXPATS = [("Hughes", "Rebecca"), ("O'Donnell", "Sinéad"), ("Dubois", "Camille"), ("Schäfer", "Jonas"),
           ("Whitfield", "Tom"), ("Lefèvre", "Hugo"), ("Bianchi", "Giulia"), ("Kowalczyk", "Anna"),
           ("Müller-Lüdenscheidt", "Katrin"), ("Hernández", "Gabriela"), ("Okafor", "Chidi"), ("Ramírez", "Daniel")]  # fmt: skip

_TOPICS_ES = [
    ("El comportamiento del consumidor digital en España", "Digital consumer behaviour in Spain"),
    ("La fidelización de clientes en la banca española", "Customer loyalty in Spanish banking"),
    ("Marketing de influencia y generación Z", "Influencer marketing and generation Z"),
    ("El pago móvil con Bizum", "Mobile payment with Bizum"),
    ("La moda rápida y la sostenibilidad", "Fast fashion and sustainability"),
    ("Publicidad y protección de datos", "Advertising and data protection"),
    ("Las marcas de distribuidor en Mercadona", "Private labels at Mercadona"),
    ("Comunicación de marca en las Rebajas", "Brand communication during the sales"),
    ("El turismo urbano en Barcelona", "Urban tourism in Barcelona"),
    ("La portabilidad en telecomunicaciones", "Number portability in telecoms"),
    ("Patrocinio deportivo y valor de marca", "Sports sponsorship and brand equity"),
    ("El comercio electrónico de alimentación", "Online grocery retailing"),
]  # fmt: skip
_TOPICS_CA = [("El màrqueting cultural a Catalunya", "Cultural marketing in Catalonia"),
              ("La Diada de Sant Jordi com a fenomen comercial", "Sant Jordi as a commercial phenomenon"),
              ("Consum i llengua catalana a les xarxes", "Consumption and the Catalan language on social networks")]  # fmt: skip
_TOPICS_EU = [("Euskal kontsumitzailearen portaera", "The behaviour of the Basque consumer"),
              ("Marka lokalak eta euskara", "Local brands and the Basque language")]  # fmt: skip
_TOPICS_GL = [("O consumo de proximidade en Galicia", "Local consumption in Galicia"),
              ("As marcas galegas e a lingua", "Galician brands and the language")]  # fmt: skip
_TOPICS_EN = ["customer loyalty", "omnichannel retailing", "fintech adoption", "brand authenticity", "fast fashion",
              "mobile payments", "sponsorship", "private labels", "social commerce", "price promotions",
              "sustainable packaging", "airline loyalty schemes", "telecom churn", "influencer disclosure",
              "retail media", "regional identity"]  # fmt: skip
_CONTEXTS = ["in Spain", "in Spanish banking", "among Spanish millennials", "in Catalonia", "in the Basque Country",
             "at Inditex", "in Spanish supermarkets", "in European telecoms", "among Madrid shoppers",
             "in the Spanish airline market", "during the Rebajas", "in Latin America and Spain"]  # fmt: skip
_JOURNALS = ["Spanish Journal of Marketing - ESIC", "Cuadernos de Gestión", "Revista Española de Investigación de Marketing ESIC",
             "Universia Business Review", "European Journal of Marketing", "Journal of Retailing and Consumer Services",
             "Harvard Deusto Business Review", "Comunicar", "Estudios sobre el Mensaje Periodístico",
             "Journal of Business Research", "International Journal of Bank Marketing", "El Profesional de la Información"]  # fmt: skip
_PUBLISHERS = [("ESIC Editorial", "Madrid"), ("Pirámide", "Madrid"), ("Pearson Educación", "Madrid"),
               ("McGraw-Hill", "Madrid"), ("Editorial UOC", "Barcelona"), ("Deusto", "Barcelona"),
               ("LID Editorial", "Madrid"), ("Pearson", "Harlow"), ("Routledge", "Abingdon"),
               ("Kogan Page", "London"), ("Eunsa", "Pamplona"), ("Tirant lo Blanch", "Valencia")]  # fmt: skip
_UNIVERSITIES = ["Universidad Complutense de Madrid", "Universitat de Barcelona", "Universitat Pompeu Fabra",
                 "ESADE Business School", "IE University", "Universidad de Navarra", "Universidad de Deusto",
                 "Universidade de Santiago de Compostela", "Universitat de València", "Universidad de Sevilla"]  # fmt: skip
_CONGRESSES = ["XXXIII Congreso Internacional de Marketing AEMARK", "Congreso Internacional de la AE-IC",
               "Jornadas Hispano-Lusas de Gestión Científica", "EMAC Annual Conference",
               "Congreso de la Asociación Científica de Economía y Dirección de la Empresa (ACEDE)"]  # fmt: skip
_COMPANIES = [("Banco Santander, S.A.", "https://www.santander.com"), ("BBVA", "https://www.bbva.com"),
              ("CaixaBank, S.A.", "https://www.caixabank.com"), ("Banco de Sabadell, S.A.", "https://www.grupbancsabadell.com"),
              ("Bankinter", "https://www.bankinter.com"), ("Bizum, S.L.", "https://bizum.es"),
              ("Telefónica, S.A.", "https://www.telefonica.com"), ("Orange España", "https://www.orange.es"),
              ("MásMóvil", "https://www.grupomasmovil.com"), ("Digi Spain Telecom, S.L.U.", "https://www.digimobil.es"),
              ("Inditex", "https://www.inditex.com"), ("Mango", "https://www.mango.com"),
              ("El Corte Inglés, S.A.", "https://www.elcorteingles.es"), ("Mercadona", "https://info.mercadona.es"),
              ("Mahou San Miguel", "https://www.mahou-sanmiguel.com"), ("Damm", "https://www.damm.com"),
              ("Campofrío Food Group", "https://www.campofrio.es"), ("Freixenet", "https://www.freixenet.es"),
              ("Iberia", "https://www.iberia.com"), ("Vueling Airlines, S.A.", "https://www.vueling.com"),
              ("Air Europa", "https://www.aireuropa.com"), ("Desigual", "https://www.desigual.com"),
              ("Consum S.Coop.", "https://www.consum.es"), ("Eroski S.Coop.", "https://www.eroski.es"),
              ("Atresmedia", "https://www.atresmedia.com"), ("RTVE", "https://www.rtve.es")]  # fmt: skip
_BODIES = [("Asociación Española de Anunciantes (AEA)", "https://www.anunciantes.com"),
           ("IAB Spain", "https://iabspain.es"), ("Autocontrol", "https://www.autocontrol.es"),
           ("Asociación de Marketing de España", "https://www.asociacionmkt.es"), ("Adigital", "https://www.adigital.org"),
           ("Asociación para la Investigación de Medios de Comunicación (AIMC)", "https://www.aimc.es"),
           ("Infoadex", "https://www.infoadex.es"), ("Cámara de Comercio de España", "https://www.camara.es")]  # fmt: skip
_GOVERNMENT = [("Banco de España", "https://www.bde.es"), ("Comisión Nacional de los Mercados y la Competencia (CNMC)", "https://www.cnmc.es"),
               ("Instituto Nacional de Estadística (INE)", "https://www.ine.es"), ("Agencia Española de Protección de Datos (AEPD)", "https://www.aepd.es"),
               ("Generalitat de Catalunya", "https://web.gencat.cat"), ("Ministerio de Consumo", "https://www.consumo.gob.es"),
               ("Eusko Jaurlaritza / Gobierno Vasco", "https://www.euskadi.eus"), ("Xunta de Galicia", "https://www.xunta.gal"),
               ("Turespaña", "https://www.tourspain.es")]  # fmt: skip
_GOV_TITLES = [("Memoria anual", "Annual report"), ("Informe de estabilidad financiera", "Financial stability report"),
               ("Encuesta sobre equipamiento y uso de TIC en los hogares", "Survey on ICT equipment and use in households"),
               ("Guía sobre el uso de las cookies", "Guide to the use of cookies"),
               ("Informe económico sectorial del comercio electrónico", "Sector report on e-commerce"),
               ("Panel de hogares", "Household panel"), ("Estadística de movimientos turísticos en fronteras (FRONTUR)", "Frontier tourism statistics")]  # fmt: skip
_LAWS = [("Ley Orgánica 3/2018, de 5 de diciembre, de Protección de Datos Personales y garantía de los derechos digitales", 2018),
         ("Real Decreto Legislativo 1/2007, de 16 de noviembre, por el que se aprueba el texto refundido de la Ley General para la Defensa de los Consumidores y Usuarios", 2007),
         ("Ley 34/1988, de 11 de noviembre, General de Publicidad", 1988),
         ("Ley 34/2002, de 11 de julio, de servicios de la sociedad de la información y de comercio electrónico", 2002),
         ("Ley 3/1991, de 10 de enero, de Competencia Desleal", 1991),
         ("Ley 7/1996, de 15 de enero, de Ordenación del Comercio Minorista", 1996),
         ("Ley 13/2022, de 7 de julio, General de Comunicación Audiovisual", 2022),
         ("Real Decreto 958/2020, de 3 de noviembre, de comunicaciones comerciales de las actividades de juego", 2020),
         ("Llei 22/2010, del 20 de juliol, del Codi de consum de Catalunya", 2010)]  # fmt: skip
_RESEARCH = ["Kantar Media", "GfK España", "NielsenIQ", "Statista", "Euromonitor International", "Ipsos España",
             "The Cocktail Analysis", "Deloitte", "PwC España", "Mintel"]  # fmt: skip
_MARKETS = [("banca digital", "digital banking"), ("moda", "fashion"), ("cerveza", "beer"), ("telefonía móvil", "mobile telephony"),
            ("alimentación", "grocery"), ("aerolíneas de bajo coste", "low-cost airlines"), ("cava", "cava")]  # fmt: skip
_PAPERS = [("El País", "elpais.com"), ("La Vanguardia", "lavanguardia.com"), ("El Mundo", "elmundo.es"),
           ("Expansión", "expansion.com"), ("Cinco Días", "cincodias.elpais.com"), ("El Confidencial", "elconfidencial.com"),
           ("ABC", "abc.es"), ("elDiario.es", "eldiario.es"), ("Marketing Directo", "marketingdirecto.com"),
           ("Reason Why", "reasonwhy.es"), ("Ara", "ara.cat"), ("La Voz de Galicia", "lavozdegalicia.es"),
           ("El Correo", "elcorreo.com"), ("Financial Times", "ft.com"), ("The Guardian", "theguardian.com")]  # fmt: skip
_HEADLINES = [("Mercadona sube sus ventas un 8 % en plena inflación", "Mercadona lifts sales by 8% amid inflation"),
              ("Bizum supera los 25 millones de usuarios", "Bizum passes 25 million users"),
              ("Zara cobrará por las devoluciones online", "Zara will charge for online returns"),
              ("La guerra de precios en el low cost móvil", "The price war in low-cost mobile"),
              ("Las Rebajas pierden fuerza frente al Black Friday", "The January sales lose ground to Black Friday"),
              ("Iberia renueva su programa de fidelización", "Iberia renews its loyalty programme"),
              ("El anuncio de Navidad de Campofrío vuelve a emocionar", "Campofrío's Christmas advert moves viewers again"),
              ("Sant Jordi bate récords de venta de libros", "Sant Jordi breaks book sales records")]  # fmt: skip
_EN_HEADLINES = ["Inditex profits soar as Zara shoppers return", "Spain's banks race to win younger customers",
                 "Why Mercadona is Spain's most loved brand", "Telefónica bets on fibre and football"]  # fmt: skip
_SOCIAL = [("Instagram", "instagram.com"), ("X", "x.com"), ("TikTok", "tiktok.com"), ("LinkedIn", "linkedin.com"),
           ("YouTube", "youtube.com")]  # fmt: skip


class Blind155WorkFactory(WorkFactory):
    """Spanish and diaspora works: one seeded random source, no Faker."""

    DRAWN: ClassVar[list[str]] = ["book", "chapter", "journal", "thesis", "conference", "company-web", "company-report", "body",
             "government", "legislation", "market-research", "news", "news-unsigned", "social", "podcast", "video",
             "undated-web", "iab"]  # fmt: skip
    WEIGHTS: ClassVar[list[int]] = [13, 7, 22, 5, 4, 7, 5, 5, 6, 4, 6, 6, 3, 2, 2, 2, 3, 3]
    KINDS: ClassVar[list[str]] = ["book", "chapter", "journal", "thesis", "conference", "web", "report", "legislation", "news", "social",
             "podcast", "video"]  # fmt: skip

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 155 + 15501)
        self.counter = 0
        self.fakers = {}

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        given = rng.choice(_GIVEN)
        if roll < 0.30:  # double surname, filed by the first
            return {"family": f"{rng.choice(_SURNAMES)} {rng.choice(_SURNAMES)}", "given": given}
        if roll < 0.42:
            return {"family": rng.choice(_SURNAMES), "given": given}
        if roll < 0.48:
            return {
                "family": f"{rng.choice(_PLAIN_SURNAMES)} {rng.choice(_PLAIN_SURNAMES)}",
                "given": given.replace("í", "i").replace("é", "e").replace("á", "a").replace("ñ", "n"),
            }
        if roll < 0.53:
            return {"family": f"{rng.choice(_SURNAMES)}-{rng.choice(_SURNAMES)}", "given": given}
        if roll < 0.57:
            return {"family": f"{rng.choice(_SURNAMES)} y {rng.choice(_SURNAMES)}", "given": given}
        if roll < 0.63:
            return {
                "family": f"{rng.choice(_CATALAN)} i {rng.choice(_CATALAN)}",
                "given": rng.choice(["Jordi", "Montserrat", "Núria", "Pau", "Mireia", "Joan", "Meritxell"]),
            }
        if roll < 0.69:
            return {
                "family": f"{rng.choice(_BASQUE)} {rng.choice(_BASQUE + _SURNAMES)}",
                "given": rng.choice(["Iñaki", "Aitor", "Nerea", "Itziar", "Ainhoa", "Arantxa", "Maite"]),
            }
        if roll < 0.74:
            return {
                "family": rng.choice(_GALICIAN),
                "given": rng.choice(["Xosé Manuel", "Uxía", "Breixo", "Carmen", "Ramón"]),
            }
        if roll < 0.84:
            particle, family = rng.choice(_PARTICLED)
            if rng.random() < 0.4:
                family = f"{family} {rng.choice(_SURNAMES)}"
            return {"family": family, "given": given, "non-dropping-particle": particle}
        family, given = rng.choice(_EXPATS)
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[36, 26, 16, 8, 5, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def year(self) -> int:
        return self.rng.randint(1996, 2025)

    def accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        low = max(2023, issued[0] if issued else 2023)
        year = self.rng.randint(low, max(low, 2025))
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if issued and year == issued[0] and len(issued) > 1:
            month = self.rng.randint(issued[1], 12)
            day = self.rng.randint(issued[2] if month == issued[1] and len(issued) > 2 else 1, 28)
        return {"date-parts": [[year, month, day]]}

    def _bilingual(self) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.45:
            title, english = rng.choice(_TOPICS_ES)
            title = f"{title}: {rng.choice(['un análisis empírico', 'retos y oportunidades', 'estudio de caso', 'una revisión', 'evidencia de ' + rng.choice(['Madrid', 'Cataluña', 'Andalucía', 'Euskadi'])])}"
            if rng.random() < 0.7:
                return f"{title} [{english}]"
            return title
        if roll < 0.55:
            title, english = rng.choice(_TOPICS_CA + _TOPICS_EU + _TOPICS_GL)
            return f"{title} [{english}]"
        topic = rng.choice(_TOPICS_EN)
        forms = [f"{topic.capitalize()} {rng.choice(_CONTEXTS)}", f"The role of {topic} {rng.choice(_CONTEXTS)}",
                 f"{topic.capitalize()} and {rng.choice(_TOPICS_EN)}: evidence {rng.choice(_CONTEXTS)}",
                 f"Rethinking {topic} {rng.choice(_CONTEXTS)}"]  # fmt: skip
        return rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(self.DRAWN, weights=self.WEIGHTS)[0]
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

    def _online(self, record: dict[str, Any], url: str, always: bool = False) -> None:
        record["URL"] = url
        if always or self.rng.random() < 0.85:
            issued = record["issued"]["date-parts"][0] if "issued" in record else None
            record["accessed"] = self.accessed_after(issued)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._bilingual(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 12))
        if self.rng.random() < 0.15:
            record["medium"] = "e-book"
            self._online(record, f"https://www.casadellibro.com/ebook/{self.rng.randint(100000, 999999)}")
        return self._person(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 350)
        record: dict[str, Any] = {"type": "chapter", "title": self._bilingual(), "author": self._people(3),
                                  "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
                                  "container-title": self.rng.choice(["Dirección de marketing en España", "Marketing en la era digital",
                                                                       "The Routledge companion to Spanish business", "Comunicación corporativa y reputación",
                                                                       "Casos de marketing ESIC"]),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
                                  "page": f"{start}-{start + self.rng.randint(8, 30)}"}  # fmt: skip
        return self._person(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 600)
        record: dict[str, Any] = {"type": "article-journal", "title": self._bilingual(), "author": self._people(8),
                                  "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
                                  "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 4)),
                                  "page": f"{start}-{start + self.rng.randint(8, 25)}"}  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.choice(['1108', '3145', '5209', '1016', '7263'])}/sjme.{self.rng.randint(2015, 2025)}.{self.rng.randint(100, 9999)}"
            )
        return self._person(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "title": self._bilingual(), "author": [self.person()],
                                  "genre": self.rng.choice(["Tesis doctoral", "PhD thesis", "Trabajo Fin de Máster", "Tesi doctoral"]),
                                  "publisher": self.rng.choice(_UNIVERSITIES), "issued": {"date-parts": [[self.year()]]}}  # fmt: skip
        if self.rng.random() < 0.5:
            self._online(record, f"https://eprints.ucm.es/id/eprint/{self.rng.randint(10000, 99999)}")
        return self._person(record, "thesis")

    def _conference(self) -> Work:
        place = self.rng.choice(["Madrid", "Sevilla", "Bilbao", "Valencia", "Zaragoza", "A Coruña", "Palma"])
        record: dict[str, Any] = {"type": "paper-conference", "title": self._bilingual(), "author": self._people(4),
                                  "container-title": self.rng.choice(_CONGRESSES), "event-place": place, "publisher-place": place,
                                  "issued": {"date-parts": [[self.year()]]}, "page": f"{(s := self.rng.randint(1, 500))}-{s + 12}"}  # fmt: skip
        return self._person(record, "conference")

    def _company_web(self) -> Work:
        name, url = self.rng.choice(_COMPANIES)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(["Nuestra historia [Our history]", "Sostenibilidad [Sustainability]",
                                   "Sala de prensa [Newsroom]", "About us", "Política de privacidad [Privacy policy]", "Our brands",
                                   f"Resultados del {self.rng.choice(['primer', 'segundo', 'tercer'])} trimestre {self.rng.randint(2019, 2024)}"])}  # fmt: skip
        if self.rng.random() < 0.75:
            record["issued"] = {"date-parts": [[self.rng.randint(2016, 2025)]]}
        self._online(
            record,
            f"{url}/{self.rng.choice(['es', 'en', 'ca'])}/{self.rng.choice(['historia', 'sostenibilidad', 'prensa', 'about'])}",
        )
        return self._org(record, "web", name, {"company"})

    def _company_report(self) -> Work:
        name, url = self.rng.choice(_COMPANIES)
        year = self.rng.randint(2015, 2025)
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice([f"Informe anual {year - 1} [Annual report {year - 1}]", f"Memoria de sostenibilidad {year - 1}",
                                   f"Estado de información no financiera {year - 1} [Non-financial information statement]", f"Integrated annual report {year - 1}"]),
                                  "issued": {"date-parts": [[year]]}, "publisher": name, "publisher-place": self.rng.choice(["Madrid", "Barcelona", "Arteixo", "Valencia", "Bilbao"])}  # fmt: skip
        if self.rng.random() < 0.6:
            self._online(record, f"{url}/informe-anual-{year - 1}.pdf")
        return self._org(record, "report", name, {"company"})

    def _body(self) -> Work:
        name, url = self.rng.choice(_BODIES)
        year = self.rng.randint(2012, 2025)
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice([f"Estudio de redes sociales {year} [Social media study {year}]",
                                   f"Estudio de inversión publicitaria en medios digitales {year}", "Código de conducta publicitaria [Advertising code of conduct]",
                                   f"Barómetro del marketing {year}", f"Estudio de eCommerce {year}"]), "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0], "publisher-place": "Madrid"}  # fmt: skip
        self._online(record, f"{url}/estudios/{year}")
        return self._org(record, "report", name, {"body"})

    def _iab(self) -> Work:  # one body with two works in 2019: 2019a and 2019b
        title = self.rng.choice(
            [
                "Estudio anual de redes sociales 2019 [Annual social media study 2019]",
                "Estudio anual de eCommerce 2019 [Annual e-commerce study 2019]",
            ]
        )
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[2019]]},
                                  "publisher": "IAB Spain", "publisher-place": "Madrid"}  # fmt: skip
        self._online(
            record, f"https://iabspain.es/estudio/{'redes-sociales' if 'redes' in title else 'ecommerce'}-2019"
        )
        return self._org(record, "report", "IAB Spain", {"body"})

    def _government(self) -> Work:
        name, url = self.rng.choice(_GOVERNMENT)
        title, english = self.rng.choice(_GOV_TITLES)
        year = self.rng.randint(2010, 2025)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": f"{title} {year} [{english} {year}]" if self.rng.random() < 0.6 else f"{title} [{english}]",
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        if record["type"] == "report":
            record["publisher"], record["publisher-place"] = name.split(" (")[0], "Madrid"
        self._online(
            record,
            f"{url}/{self.rng.choice(['publicaciones', 'estadisticas', 'guias', 'documents'])}/{self.rng.randint(1000, 9999)}",
            always=record["type"] == "webpage",
        )
        return self._org(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _legislation(self) -> Work:
        title, year = self.rng.choice(_LAWS)
        author = (
            "Generalitat de Catalunya"
            if title.startswith("Llei")
            else self.rng.choice(["España", "Jefatura del Estado", "Gobierno de España"])
        )
        record: dict[str, Any] = {"type": "webpage", "title": title, "container-title": "Boletín Oficial del Estado (BOE)" if author != "Generalitat de Catalunya" else "Diari Oficial de la Generalitat de Catalunya (DOGC)",
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        self._online(record, f"https://www.boe.es/buscar/act.php?id=BOE-A-{year}-{self.rng.randint(1000, 19999)}")
        return self._org(record, "legislation", author, {"government", "legislation"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        market, english = self.rng.choice(_MARKETS)
        year = self.rng.randint(2014, 2025)
        title = self.rng.choice([f"{english.capitalize()} in Spain {year}", f"El mercado de {market} en España {year} [The {english} market in Spain {year}]",
                                 f"Spain: {english} market report - {self.rng.choice(['March', 'June', 'November'])} {year}", f"Radiografía del consumidor {year} [Consumer x-ray {year}]"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]}, "publisher": name,
                                  "publisher-place": self.rng.choice(["Madrid", "London", "Barcelona"])}  # fmt: skip
        if self.rng.random() < 0.7:
            self._online(record, f"https://www.{name.split()[0].lower()}.com/es/{self.rng.randint(10000, 99999)}")
        return self._org(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        paper, site = self.rng.choice(_PAPERS)
        year = self.rng.randint(2015, 2025)
        if paper in ("Financial Times", "The Guardian"):
            title = self.rng.choice(_EN_HEADLINES)
        else:
            title, english = self.rng.choice(_HEADLINES)
            title = f"{title} [{english}]" if self.rng.random() < 0.7 else title
        record: dict[str, Any] = {"type": "article-newspaper", "title": title, "author": [self.person()] if self.rng.random() < 0.7 else self._people(2),
                                  "container-title": paper, "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}}  # fmt: skip
        self._online(record, f"https://www.{site}/economia/{year}/{self.rng.randint(100000, 999999)}.html")
        return self._person(record, "news")

    def _news_unsigned(self) -> Work:
        paper, site = self.rng.choice(_PAPERS)
        year = self.rng.randint(2015, 2025)
        title, english = self.rng.choice(_HEADLINES)
        record: dict[str, Any] = {"type": "article-newspaper", "title": f"{title} [{english}]", "container-title": paper,
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}}  # fmt: skip
        self._online(record, f"https://www.{site}/{year}/{self.rng.randint(100000, 999999)}")
        return self._org(record, "news", paper, {"news"})

    def _social(self) -> Work:
        platform, site = self.rng.choice(_SOCIAL[:4])
        name = self.rng.choice(
            ["Mercadona", "Zara", "Bizum", "Movistar", "Iberia", "Estrella Damm", "Cola Cao", "Desigual"]
        )
        year = self.rng.randint(2018, 2025)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(["¡Vuelven las Rebajas! 🛍️", "Feliz Sant Jordi 🌹📚", "Ya puedes pagar con Bizum",
                                   "Este verano, Mediterráneamente", "Los Reyes Magos ya están en camino", f"Black Friday {year}: hasta el 40 %"]) + f" [{platform}]",
                                  "container-title": platform, "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}}  # fmt: skip
        self._online(
            record, f"https://www.{site}/{name.lower().replace(' ', '')}/{self.rng.randint(10**8, 10**9)}", always=True
        )
        return self._org(record, "social", name, {"social"})

    def _podcast(self) -> Work:
        record: dict[str, Any] = {"type": "song", "title": self.rng.choice(["Marketing en español, episodio 112", "Cómo se construyó Mercadona [How Mercadona was built]",
                                   "La marca España a debate", "El futuro de la banca con Bizum", "Branding mediterráneo"]) + " [Podcast]",
                                  "author": [self.person()], "container-title": self.rng.choice(["Podium Podcast", "Cadena SER", "Spotify", "iVoox"]),
                                  "issued": {"date-parts": [[self.rng.randint(2018, 2025)]]}}  # fmt: skip
        self._online(record, f"https://www.ivoox.com/{self.rng.randint(10**7, 10**8)}", always=True)
        return self._person(record, "podcast")

    def _video(self) -> Work:
        name = self.rng.choice(
            ["Campofrío", "Estrella Damm", "Ruavieja", "Lotería de Navidad", "Atresmedia", "ESADE Business School"]
        )
        record: dict[str, Any] = {"type": "motion_picture", "title": self.rng.choice(["Anuncio de Navidad", "Mediterráneamente", "Tenemos que vernos más",
                                   "Detrás de la marca [Behind the brand]", "Campaña de verano"]) + f" {self.rng.randint(2012, 2024)}",
                                  "medium": "YouTube video", "issued": {"date-parts": [[self.rng.randint(2012, 2025)]]}}  # fmt: skip
        self._online(record, f"https://www.youtube.com/watch?v={self.rng.randint(10**9, 10**10)}", always=True)
        return self._org(record, "video", name, {"video"})

    def _undated_web(self) -> Work:
        roll = self.rng.random()
        if roll < 0.5:
            name, url = self.rng.choice(_COMPANIES + _BODIES)
            record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(["Preguntas frecuentes [FAQs]", "Quiénes somos [Who we are]", "Código ético",
                                       "Nuestra marca [Our brand]", "Trabaja con nosotros", "Programa de fidelización"])}  # fmt: skip
            self._online(
                record,
                f"{url}/{self.rng.choice(['faq', 'quienes-somos', 'marca', 'club'])}",
                always=self.rng.random() < 0.9,
            )
            return self._org(record, "web", name, {"undated"})
        record = {"type": "webpage", "title": self._bilingual(), "author": [self.person()]}
        self._online(
            record,
            f"https://www.{self.rng.choice(['puromarketing.com', 'marketing4ecommerce.net', 'blog.iebschool.com', 'medium.com'])}/{self.rng.randint(1000, 99999)}",
            always=True,
        )
        return self._person(record, "web")
