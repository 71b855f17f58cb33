"""Works cited by marketers in Argentina, Chile and their diaspora: pool "blind152" (HELD OUT).

Written without reading the checker, its tests or any other pool. The works are what CIM Level 6 and 7 candidates
and MBA students in Buenos Aires, Córdoba, Rosario, Mendoza, Santiago, Valparaíso, Concepción and in Madrid,
Barcelona, Miami and Sydney cite: textbooks (Kotler in Spanish editions too), chapters, Latin American and
international journals, theses from the UBA, the Universidad de Chile, the PUC, the UTDT and San Andrés, congress
papers, company pages and reports (S.A., S.R.L., SpA, Ltda.), chambers and trade bodies, the BCRA, CNV, ENACOM,
INDEC, SERNAC, SUBTEL and INE, laws as "Ley 25.326" and "Ley N° 19.628", research firms, the Argentine and Chilean
press signed and unsigned, posts, videos and podcasts, and undated pages, with Spanish titles and their English in
square brackets. Names: Spanish double surnames ("González Pérez"), "de", "del", "de la" and "y", Italian-,
German-, Basque-, Croatian- and Palestinian-Argentine and Chilean names, Mapuche names, and expatriates.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# Given names as they are written in Argentina and Chile (two given names are common; none hyphenated).
_GIVEN = ["María José", "Juan Pablo", "Florencia", "Martín", "Sofía", "Matías", "Valentina", "Agustín", "Camila",
          "Ignacio", "Josefina", "Tomás", "Constanza", "Benjamín", "Catalina", "Francisca", "Gonzalo", "Rocío",
          "Nicolás", "Belén", "Joaquín", "Luciana", "Santiago", "Micaela", "Facundo", "Ximena", "Cristóbal",
          "Javiera", "Rodrigo", "Pía", "Ayelén", "Millaray", "Rayén", "Nahuel", "Lautaro", "María Eugenia",
          "Juan Ignacio", "Ana Laura", "Pilar", "Maximiliano", "Guadalupe", "Esteban", "Trinidad", "Fernanda",
          "Héctor", "Mónica", "Verónica", "Raúl", "Sebastián", "Andrés", "Carolina", "Paula Andrea", "Álvaro"]  # fmt: skip
_GIVEN_ABROAD = ["Sarah", "James", "Emily", "Daniel", "Olivia", "Michael", "Chloe", "Liam", "Jessica", "Thomas",
                 "Lucía", "Pablo", "Marta", "Jordi", "Núria", "Aitana"]  # fmt: skip
# (non-dropping particle, family): the family as it is filed, the whole of a double surname under its first.
_FAMILIES: list[tuple[str, str]] = [
    ("", "González Pérez"), ("", "Fernández de Kirchner"), ("", "Rodríguez Larreta"), ("", "García"),
    ("", "López Echagüe"), ("", "Martínez"), ("", "Sánchez Cerro"), ("", "Pérez Companc"), ("", "Gómez"),
    ("", "Díaz Vélez"), ("", "Álvarez"), ("", "Muñoz"), ("", "Rojas Soto"), ("", "Contreras"),
    ("", "Núñez Aravena"), ("", "Fuentes Valdés"), ("", "Ortega y Gasset"), ("", "Sáenz y Peña"),
    ("", "Pérez y Pérez"), ("de", "la Fuente"), ("de", "la Maza"), ("del", "Solar"), ("del", "Río Bravo"),
    ("de", "Urquiza"), ("", "De Santis"), ("", "Di Stéfano"), ("", "Lombardi"), ("", "Bianchi"), ("", "Rocca"),
    ("", "Pagani"), ("", "Sciarrotta"), ("", "Bonfiglio"), ("", "Schmidt"), ("", "Hoffmann Fuchslocher"),
    ("", "Kast Rist"), ("", "Wagner"), ("", "Echeverría Larraín"), ("", "Errázuriz"), ("", "Goicoechea"),
    ("", "Aguirre Zubizarreta"), ("", "Etchegaray"), ("", "Luksic"), ("", "Yaksic"), ("", "Kusanovic"),
    ("", "Marinovic Pavlov"), ("", "Said Handal"), ("", "Abumohor"), ("", "Hirmas"), ("", "Yarur"), ("", "Chahuán"),
    ("", "Zaror"), ("", "Huenchumilla"), ("", "Painemal"), ("", "Catrileo"), ("", "Millaleo"), ("", "Ñanculef"),
    ("", "Calfucura"), ("", "Llancaqueo"), ("", "Quilaqueo Huenchuñir"), ("", "Ibáñez"), ("", "Peña"),
    ("", "Carrasco-Muñoz"), ("", "Sáez-Godoy"), ("", "O'Higgins"), ("", "Mac-Iver"), ("", "Edwards"),
    ("", "Walsh"), ("", "Nakamura"), ("", "Kim"), ("", "Cohen"), ("", "Smith"), ("", "Lee"), ("", "Müller"),
]  # fmt: skip
_ABROAD = {"Walsh", "Nakamura", "Kim", "Cohen", "Smith", "Lee", "Müller", "Edwards"}

_TOPICS = ["fidelización de clientes", "billeteras digitales", "marketing de influencers", "comercio electrónico",
           "experiencia del cliente", "inclusión financiera", "publicidad en redes sociales", "marcas propias",
           "programas de lealtad", "compras en cuotas", "banca móvil", "omnicanalidad", "precio y inflación",
           "turismo del vino", "consumo responsable"]  # fmt: skip
_TOPICS_EN = ["customer loyalty", "digital wallets", "influencer marketing", "e-commerce", "customer experience",
              "financial inclusion", "social media advertising", "private labels", "loyalty programmes",
              "instalment buying", "mobile banking", "omnichannel retail", "pricing under inflation", "wine tourism",
              "responsible consumption", "brand trust", "fintech adoption", "Cyber Monday promotions",
              "WhatsApp commerce", "Gen Z consumers", "prepaid mobile plans", "low-cost airlines", "cause marketing"]  # fmt: skip
_PLACES = ["Argentina", "Chile", "Buenos Aires", "Santiago", "Córdoba", "Rosario", "Mendoza", "Valparaíso",
           "Concepción", "Latin America", "the Southern Cone", "Patagonia", "Antofagasta", "Mar del Plata", "Salta"]  # fmt: skip
_PLACES_ES = ["Argentina", "Chile", "el Gran Buenos Aires", "Santiago", "Córdoba", "Rosario", "Mendoza",
              "la Región de Valparaíso", "América Latina", "la Patagonia", "el Biobío"]  # fmt: skip
_GROUPS = ["millennials", "young adults", "the unbanked", "SMEs", "Gen Z shoppers", "older consumers", "students",
           "high-inflation households", "migrants"]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Pearson Educación", "Madrid"), ("Pearson Educación de Chile", "Santiago"),
               ("McGraw-Hill Interamericana", "Ciudad de México"), ("Cengage Learning", "Buenos Aires"),
               ("Ediciones Granica", "Buenos Aires"), ("Editorial Universitaria", "Santiago"), ("Routledge", "Abingdon"),
               ("Kogan Page", "London"), ("Ediciones UC", "Santiago"), ("Eudeba", "Buenos Aires"),
               ("Temas Grupo Editorial", "Buenos Aires"), ("ESIC Editorial", "Madrid"), ("Wiley", "Hoboken, NJ"),
               ("Palgrave Macmillan", "Cham")]  # fmt: skip
_JOURNALS = ["Academia Revista Latinoamericana de Administración", "Estudios Gerenciales", "Cuadernos de Administración",
             "Journal of Business Research", "Latin American Business Review", "International Journal of Bank Marketing",
             "Journal of Retailing and Consumer Services", "Revista Venezolana de Gerencia", "Contaduría y Administración",
             "Journal of International Marketing", "Revista de Ciencias Sociales", "Management Research",
             "Journal of Marketing Management", "Innovar", "Revista Española de Investigación de Marketing ESIC"]  # fmt: skip
_THESES = [("Universidad de Buenos Aires", "Buenos Aires"), ("Universidad de Chile", "Santiago"),
           ("Pontificia Universidad Católica de Chile", "Santiago"), ("Universidad Torcuato Di Tella", "Buenos Aires"),
           ("Universidad de San Andrés", "Victoria"), ("Universidad Nacional de Córdoba", "Córdoba"),
           ("Universidad Adolfo Ibáñez", "Viña del Mar"), ("Universidad Austral", "Pilar"),
           ("Universidad de Concepción", "Concepción"), ("IAE Business School", "Pilar"),
           ("Universidad Nacional de Cuyo", "Mendoza"), ("IE University", "Madrid"), ("University of Sydney", "Sydney")]  # fmt: skip
_REPOSITORIES = {"Universidad de Chile": "uchile.cl", "Pontificia Universidad Católica de Chile": "uc.cl",
                 "Universidad de San Andrés": "udesa.edu.ar", "Universidad Torcuato Di Tella": "utdt.edu",
                 "Universidad Nacional de Córdoba": "unc.edu.ar", "Universidad de Concepción": "udec.cl"}  # fmt: skip
_GENRES = ["Tesis de maestría", "Tesis de Maestría en Marketing", "Tesis de MBA", "Tesis de grado", "MBA thesis",
           "Tesis doctoral", "Memoria para optar al título de Ingeniero Comercial", "Trabajo final de especialización"]  # fmt: skip
_CONGRESSES = ["Actas del Congreso Latinoamericano de Marketing", "Actas del XXXV Encuentro Nacional de Profesores de Marketing (ENPROMKT)",
               "Actas de la Asamblea Anual del CLADEA", "Proceedings of the BALAS Annual Conference",
               "Actas de las Jornadas Nacionales de Administración", "Proceedings of the Academy of Marketing Science World Marketing Congress"]  # fmt: skip

# Organisations as candidates write them as authors: (name, tags, host for the URL).
_COMPANIES: list[tuple[str, set[str], str]] = [
    ("Banco de Galicia y Buenos Aires S.A.U.", {"company"}, "galicia.ar"), ("Banco Galicia", {"company"}, "galicia.ar"),
    ("Banco Santander Argentina S.A.", {"company"}, "santander.com.ar"), ("BBVA Argentina", {"company"}, "bbva.com.ar"),
    ("Mercado Pago", {"company"}, "mercadopago.com.ar"), ("MercadoLibre, Inc.", {"company", "comma"}, "investor.mercadolibre.com"),
    ("Ualá", {"company"}, "uala.com.ar"), ("Banco de Chile", {"company"}, "bancochile.cl"),
    ("BancoEstado", {"company"}, "bancoestado.cl"), ("Falabella S.A.", {"company"}, "investors.falabella.com"),
    ("Banco Falabella", {"company"}, "bancofalabella.cl"), ("Telecom Argentina S.A.", {"company"}, "institucional.telecom.com.ar"),
    ("Personal", {"company"}, "personal.com.ar"), ("Claro Chile SpA", {"company"}, "clarochile.cl"),
    ("Movistar Argentina", {"company"}, "movistar.com.ar"), ("Entel", {"company"}, "entel.cl"),
    ("WOM S.A.", {"company"}, "wom.cl"), ("Cencosud S.A.", {"company"}, "cencosud.com"),
    ("Ripley Corp S.A.", {"company"}, "ripley.cl"), ("Coto C.I.C.S.A.", {"company"}, "coto.com.ar"),
    ("La Anónima", {"company"}, "laanonima.com.ar"), ("Arcor S.A.I.C.", {"company"}, "arcor.com"),
    ("Cervecería y Maltería Quilmes", {"company"}, "cerveceriaymalteriaquilmes.com"), ("Havanna S.A.", {"company"}, "havanna.com.ar"),
    ("Viña Concha y Toro S.A.", {"company"}, "conchaytoro.com"), ("CCU", {"company"}, "ccu.cl"),
    ("Viña Santa Rita", {"company"}, "santarita.com"), ("Aerolíneas Argentinas", {"company"}, "aerolineas.com.ar"),
    ("LATAM Airlines Group S.A.", {"company"}, "latamairlinesgroup.net"), ("JetSMART SpA", {"company"}, "jetsmart.com"),
    ("Sky Airline", {"company"}, "skyairline.com"), ("Estudio Creativo Sur Ltda.", {"company"}, "creativosur.cl"),
    ("Nodo Digital S.R.L.", {"company"}, "nododigital.com.ar"), ("Picnic Agencia SpA", {"company"}, "picnic.cl"),
    ("Don", {"company"}, "don.agency"), ("La Comunidad", {"company"}, "lacomunidad.com"),
]  # fmt: skip
_BODIES: list[tuple[str, set[str], str]] = [
    ("Cámara Argentina de Comercio Electrónico (CACE)", {"abbreviation"}, "cace.org.ar"),
    ("Cámara Argentina de Comercio Electrónico", set(), "cace.org.ar"),
    ("Cámara de Comercio de Santiago", set(), "ccs.cl"), ("Cámara de Comercio de Santiago (CCS)", {"abbreviation"}, "ccs.cl"),
    ("Asociación Argentina de Marketing", set(), "aam-ar.com"), ("Interactive Advertising Bureau Argentina (IAB Argentina)", {"abbreviation"}, "iabargentina.com.ar"),
    ("Asociación Nacional de Avisadores de Chile (ANDA)", {"abbreviation"}, "anda.cl"),
    ("Consejo de Autorregulación y Ética Publicitaria (CONAR)", {"abbreviation"}, "conar.cl"),
    ("Wines of Argentina", set(), "winesofargentina.org"), ("Vinos de Chile", set(), "vinosdechile.cl"),
    ("Fundación Chile", set(), "fch.cl"), ("CIM Argentina Study Centre", set(), "cimstudy.com.ar"),
]  # fmt: skip
_GOVERNMENT: list[tuple[str, set[str], str]] = [
    ("Banco Central de la República Argentina (BCRA)", {"abbreviation"}, "bcra.gob.ar"),
    ("Banco Central de la República Argentina", set(), "bcra.gob.ar"), ("Comisión Nacional de Valores (CNV)", {"abbreviation"}, "argentina.gob.ar/cnv"),
    ("ENACOM", set(), "enacom.gob.ar"), ("Ente Nacional de Comunicaciones (ENACOM)", {"abbreviation"}, "enacom.gob.ar"),
    ("INDEC", set(), "indec.gob.ar"), ("Instituto Nacional de Estadística y Censos (INDEC)", {"abbreviation"}, "indec.gob.ar"),
    ("SERNAC", set(), "sernac.cl"), ("Servicio Nacional del Consumidor (SERNAC)", {"abbreviation"}, "sernac.cl"),
    ("Subsecretaría de Telecomunicaciones (SUBTEL)", {"abbreviation"}, "subtel.gob.cl"),
    ("Instituto Nacional de Estadísticas (INE)", {"abbreviation"}, "ine.gob.cl"), ("Banco Central de Chile", set(), "bcentral.cl"),
    ("Comisión para el Mercado Financiero (CMF)", {"abbreviation"}, "cmfchile.cl"),
    ("Agencia de Acceso a la Información Pública (AAIP)", {"abbreviation"}, "argentina.gob.ar/aaip"),
    ("Ministerio de Economía", set(), "argentina.gob.ar/economia"), ("Gobierno de Chile", set(), "gob.cl"),
]  # fmt: skip
_RESEARCH = [("Kantar IBOPE Media", "kantaribopemedia.com"), ("Cadem", "cadem.cl"), ("Criteria", "criteria.cl"),
             ("GfK Adimark", "gfk.com"), ("Ipsos Argentina", "ipsos.com"), ("Poliarquía Consultores", "poliarquia.com"),
             ("D'Alessio IROL", "dalessio.com.ar"), ("Moiguer", "moiguer.com.ar"), ("Statista", "statista.com"),
             ("Euromonitor International", "euromonitor.com"), ("Nielsen", "nielsen.com"), ("Kantar Worldpanel", "kantar.com")]  # fmt: skip
_PRESS = [("La Nación", "lanacion.com.ar"), ("Clarín", "clarin.com"), ("Infobae", "infobae.com"),
          ("Ámbito Financiero", "ambito.com"), ("El Cronista", "cronista.com"), ("iProfesional", "iprofesional.com"),
          ("El Mercurio", "elmercurio.com"), ("La Tercera", "latercera.com"), ("Diario Financiero", "df.cl"),
          ("BioBioChile", "biobiochile.cl"), ("Buenos Aires Times", "batimes.com.ar"), ("MercoPress", "en.mercopress.com"),
          ("El País", "elpais.com"), ("Financial Times", "ft.com"), ("Americas Quarterly", "americasquarterly.org"),
          ("Adlatina", "adlatina.com"), ("Revista Apertura", "apertura.com")]  # fmt: skip
_LAWS = [
    ("Ley 25.326 de Protección de los Datos Personales [Personal Data Protection Law]", 2000, "República Argentina"),
    ("Ley 24.240 de Defensa del Consumidor [Consumer Protection Law]", 1993, "Congreso de la Nación Argentina"),
    ("Ley 26.522 de Servicios de Comunicación Audiovisual [Audiovisual Communication Services Law]", 2009, "República Argentina"),
    ("Ley 27.078 Argentina Digital [Digital Argentina Law]", 2014, "Congreso de la Nación Argentina"),
    ("Ley N° 19.628 sobre protección de la vida privada [Law No. 19,628 on the protection of private life]", 1999, "Biblioteca del Congreso Nacional de Chile"),
    ("Ley N° 19.496 que establece normas sobre protección de los derechos de los consumidores [Consumer Rights Law]", 1997, "Biblioteca del Congreso Nacional de Chile"),
    ("Ley N° 21.398 que establece medidas para incentivar la protección de los derechos de los consumidores [Pro-Consumer Law]", 2021, "Biblioteca del Congreso Nacional de Chile"),
    ("Ley N° 20.606 sobre composición nutricional de los alimentos y su publicidad [Food labelling and advertising law]", 2012, "Ministerio de Salud"),
    ("Ley 27.642 de Promoción de la Alimentación Saludable [Healthy Eating Law]", 2021, "República Argentina"),
    ("Decreto 274/2019 sobre Lealtad Comercial [Decree 274/2019 on fair trading]", 2019, "República Argentina"),
    ("Comunicación A 7724 [Communication A 7724]", 2023, "Banco Central de la República Argentina (BCRA)"),
    ("Resolución 733/2017 [Resolution 733/2017]", 2017, "ENACOM"),
    ("Ley N° 21.719 que regula la protección y el tratamiento de los datos personales [Personal Data Law]", 2024, "Biblioteca del Congreso Nacional de Chile"),
]  # fmt: skip


def _cap(text: str) -> str:
    """The first letter in capitals and the rest as written ("Gen Z", "WhatsApp", "Cyber Monday" kept)."""
    return text[:1].upper() + text[1:]


class Blind152WorkFactory(WorkFactory):
    """Works an Argentine or Chilean CIM or MBA candidate cites, from one seeded random source."""

    DRAWN: ClassVar[dict[str, int]] = {"book": 14, "chapter": 6, "journal": 24, "thesis": 6, "conference": 4, "company": 10, "report": 7,
             "government": 8, "legislation": 4, "research": 7, "news": 8, "post": 4, "undated": 4}  # fmt: skip
    KINDS = frozenset({"book", "chapter", "journal", "thesis", "conference", "web", "report", "legislation", "news",
                       "post"})  # fmt: skip

    def __init__(self, seed: int) -> None:  # no Faker: every name and title is drawn from the tables above
        self.rng = random.Random(seed * 152 + 15201)
        self.counter = 0

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        particle, family = self.rng.choice(_FAMILIES)
        given = self.rng.choice(_GIVEN_ABROAD if family in _ABROAD and self.rng.random() < 0.7 else _GIVEN)
        if self.rng.random() < 0.05:  # written without the accents, as many databases hold it
            family = family.translate(str.maketrans("áéíóúÁÉÍÓÚñÑü", "aeiouAEIOUnNu"))
        name = {"family": family, "given": given}
        if particle:
            name["non-dropping-particle"] = particle
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[40, 25, 15, 8, 5, 3, 2, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            one = self.person()
            if all(p["family"] != one["family"] for p in people):
                people.append(one)
        return people

    def year(self) -> int:
        return self.rng.randint(2001, 2025)

    def accessed(self, after: int = 2022) -> dict[str, list[list[int]]]:
        return {
            "date-parts": [[self.rng.randint(max(after, 2022), 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]
        }

    def _slug(self) -> str:
        words = self.rng.sample(["marketing", "consumo", "informe", "datos", "clientes", "novedades", "prensa",
                                 "sostenibilidad", "inversores", "cyber", "hot-sale", "tarjetas", "cuotas"], 2)  # fmt: skip
        return f"{words[0]}/{words[1]}-{self.rng.randint(10, 9999)}"

    def _title(self) -> str:
        topic, place, group = self.rng.choice(_TOPICS_EN), self.rng.choice(_PLACES), self.rng.choice(_GROUPS)
        forms = [
            f"{_cap(topic)} among {group} in {place}",
            f"The effect of {topic} on brand trust: evidence from {place}",
            f"{_cap(topic)} in an inflationary economy: the case of {place}",
            f"Why {group} in {place} respond to {topic}",
            f"{_cap(topic)} and {self.rng.choice(_TOPICS_EN)} in {place}",
            f"Rethinking {topic} after the pandemic: lessons from {place}",
        ]
        return self.rng.choice(forms)

    def _spanish_title(self) -> str:
        index = self.rng.randrange(len(_TOPICS))
        topic, english, place = _TOPICS[index], _TOPICS_EN[index], self.rng.randrange(len(_PLACES_ES))
        forms = [
            (
                f"{_cap(topic)} en {_PLACES_ES[place]}",
                f"{_cap(english)} in {_PLACES[place] if place < 2 else _PLACES_ES[place].removeprefix('el ').removeprefix('la ')}",
            ),
            (
                f"El impacto de {topic} en los consumidores de {_PLACES_ES[place]}",
                f"The impact of {english} on consumers in {_PLACES_ES[place].removeprefix('el ').removeprefix('la ')}",
            ),
            (f"{_cap(topic)}: un estudio exploratorio", f"{_cap(english)}: an exploratory study"),
            (f"Estrategias de {topic} para pymes", f"{_cap(english)} strategies for SMEs"),
        ]
        spanish, translated = self.rng.choice(forms)
        return f"{spanish} [{translated}]"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        return getattr(self, "_" + kind)()

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, tags | {"organisation"})

    def _online(self, record: dict[str, Any], host: str) -> None:
        record["URL"] = f"https://www.{host}/{self._slug()}"
        issued = record.get("issued", {"date-parts": [[2022]]})["date-parts"][0][0]
        record["accessed"] = self.accessed(issued)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        spanish = publisher not in ("Pearson", "Routledge", "Kogan Page", "Wiley", "Palgrave Macmillan")
        title = self._spanish_title() if spanish and self.rng.random() < 0.6 else self._title()
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 16))
        if self.rng.random() < 0.15:  # an e-book read online
            record["URL"] = (
                f"https://elibro.net/es/lc/{self.rng.choice(['uba', 'uchile', 'utdt', 'udesa'])}/titulos/{self.rng.randint(10000, 250000)}"
            )
            record["accessed"] = self.accessed(record["issued"]["date-parts"][0][0])
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title() if self.rng.random() < 0.5 else self._spanish_title(),
            "author": self._people(3), "editor": self._people(2),
            "container-title": self.rng.choice(["Marketing en América Latina", "The Routledge companion to Latin American business",
                                                "Casos de marketing en Chile", "Consumer behaviour in emerging markets",
                                                "Fintech en Argentina: desafíos y oportunidades"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        journal = self.rng.choice(_JOURNALS)
        record: dict[str, Any] = {
            "type": "article-journal", "author": self._people(8), "container-title": journal,
            "title": self._spanish_title() if journal in _JOURNALS[:3] + _JOURNALS[7:9] and self.rng.random() < 0.5 else self._title(),
            "issued": {"date-parts": [[self.year()]]}, "volume": str(self.rng.randint(1, 60)),
            "issue": str(self.rng.randint(1, 6)),
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.choice(['1108', '1016', '18046', '5294', '15446'])}/{self.rng.choice(['ARLA', 'j.jbusres', 'estger', 'innovar', 'IJBM'])}-{self.rng.randint(2001, 2025)}-{self.rng.randint(100, 9999):04d}"
            )
        elif self.rng.random() < 0.3:
            record["URL"] = (
                f"https://www.scielo.cl/scielo.php?script=sci_arttext&pid=S0718-{self.rng.randint(1000, 9999)}"
            )
            record["accessed"] = self.accessed(record["issued"]["date-parts"][0][0])
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university, place = self.rng.choice(_THESES)
        record: dict[str, Any] = {
            "type": "thesis", "author": self._people(1), "genre": self.rng.choice(_GENRES),
            "title": self._spanish_title() if university not in ("IE University", "University of Sydney") else self._title(),
            "issued": {"date-parts": [[self.year()]]}, "publisher": university, "publisher-place": place,
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = (
                f"https://repositorio.{_REPOSITORIES.get(university, 'uba.ar')}/handle/{self.rng.randint(10000, 99999)}/{self.rng.randint(1000, 99999)}"
            )
            record["accessed"] = self.accessed(record["issued"]["date-parts"][0][0])
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        year = self.year()
        congress = self.rng.choice(_CONGRESSES)
        record: dict[str, Any] = {
            "type": "paper-conference", "author": self._people(4), "title": self._title(),
            "container-title": congress,
            "event-place": self.rng.choice(["Buenos Aires", "Santiago", "Córdoba", "Valparaíso", "Mendoza", "Miami"]),
            "issued": {"date-parts": [[year]]}, "publisher-place": self.rng.choice(["Buenos Aires", "Santiago"]),
        }  # fmt: skip
        if self.rng.random() < 0.4:
            record["page"] = f"{(start := self.rng.randint(1, 500))}-{start + self.rng.randint(5, 15)}"
        return self._person_work(record, "conference")

    def _company(self) -> Work:
        name, tags, host = self.rng.choice(_COMPANIES)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice([
            "Quiénes somos [About us]", "Sustentabilidad [Sustainability]", "Sala de prensa [Newsroom]",
            f"{self.rng.choice(['Hot Sale', 'CyberMonday', 'CyberDay'])}: condiciones y promociones [Terms and offers]",
            "Nuestra historia [Our history]", "Investor relations", "Press release: results for the quarter",
            f"Memoria anual {self.year()} [Annual report]", "Política de privacidad [Privacy policy]",
            "Beneficios y programa de puntos [Benefits and rewards programme]"])}  # fmt: skip
        if self.rng.random() < 0.75:
            record["issued"] = {"date-parts": [[self.year()]]}
        self._online(record, host)
        if self.rng.random() < 0.1:
            record.pop("accessed")
        return self._org_work(record, "web", name, tags)

    def _report(self) -> Work:
        if self.rng.random() < 0.3:  # a chamber's two reports of 2019: 2019a and 2019b
            name, tags, host = _BODIES[0]
            title = self.rng.choice(["Estudio anual de comercio electrónico en Argentina 2019 [Annual e-commerce study]",
                                     "Resultados del Hot Sale 2019 [Hot Sale 2019 results]",
                                     "Informe CyberMonday 2019 [CyberMonday 2019 report]"])  # fmt: skip
            year = 2019
        else:
            name, tags, host = self.rng.choice(_BODIES + _COMPANIES[:12])
            year = self.year()
            title = self.rng.choice([f"Memoria anual {year} [Annual report {year}]", f"Reporte de sostenibilidad {year} [Sustainability report]",
                                     f"Informe de tendencias del consumidor {year} [Consumer trends report]",
                                     f"Integrated report {year}", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0],
                                  "publisher-place": self.rng.choice(["Buenos Aires", "Santiago"])}  # fmt: skip
        if self.rng.random() < 0.6:
            self._online(record, host)
        return self._org_work(record, "report", name, tags)

    def _government(self) -> Work:
        name, tags, host = self.rng.choice(_GOVERNMENT)
        year = self.year()
        title = self.rng.choice([
            f"Informe de Inclusión Financiera {year} [Financial Inclusion Report]", f"Encuesta Nacional de Consumo {year} [National consumption survey]",
            f"Índice de precios al consumidor (IPC): {self.rng.choice(['enero', 'junio', 'octubre'])} de {year} [Consumer price index]",
            f"Acceso a Internet: cuarto trimestre de {year} [Internet access]", f"Ranking de reclamos {year} [Complaints ranking]",
            f"Estadísticas de telecomunicaciones {year} [Telecommunications statistics]", "Informe de Estabilidad Financiera [Financial Stability Report]",
            f"Censo Nacional de Población {self.rng.choice([2012, 2017, 2022, 2024])}: resultados [Census results]"])  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        self._online(record, host)
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags | {"government"})

    def _legislation(self) -> Work:
        title, year, author = self.rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]}}
        host = "bcn.cl/leychile" if "Chile" in author or "Salud" in author else "argentina.gob.ar/normativa"
        self._online(record, host)
        return self._org_work(record, "legislation", author, {"legislation", "government"})

    def _research(self) -> Work:
        name, host = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.9 else None
        market = self.rng.choice(["fintech", "mobile telecoms", "supermarkets", "wine", "beer", "confectionery",
                                  "airlines", "department stores", "digital wallets", "streaming"])  # fmt: skip
        country = self.rng.choice(["Argentina", "Chile", "Latin America"])
        titles = [f"{_cap(market)} in {country} {year or 2024}", f"{_cap(market)} in {country}: market report {year or 2023}",
                  f"Share of adults in {country} who used {market} from 2019 to {year or 2024}",
                  f"Radiografía del consumidor {year or 2024} [Consumer X-ray]", f"Encuesta Plaza Pública: {market} [Public Square survey]",
                  f"Consumer panel: {market} in {country}, Q{self.rng.randint(1, 4)} {year or 2023}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name}
        if year:
            record["issued"] = {"date-parts": [[year]]}
        self._online(record, host)
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        paper, host = self.rng.choice(_PRESS)
        year = self.rng.randint(2015, 2025)
        brand = self.rng.choice(["Mercado Pago", "Ualá", "Falabella", "Cencosud", "Quilmes", "Havanna", "WOM",
                                 "Aerolíneas Argentinas", "JetSMART", "Concha y Toro", "Banco Galicia", "Entel"])  # fmt: skip
        title = self.rng.choice([f"{brand} apuesta a la Generación Z [{brand} bets on Gen Z]",
                                 f"Hot Sale {year}: cuánto se vendió [how much was sold]",
                                 f"CyberDay {year} rompe récords [breaks records]", f"{brand} relaunches its loyalty programme",
                                 "El dólar blue y el consumo: qué compran los argentinos [the blue dollar and consumption]",
                                 f"How {brand} won over Chile's young shoppers", f"{brand} y la guerra de precios [and the price war]"])  # fmt: skip
        record: dict[str, Any] = {"type": "article-newspaper", "title": title, "container-title": paper,
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}}  # fmt: skip
        record["URL"] = f"https://www.{host}/{self._slug()}"
        record["accessed"] = {
            "date-parts": [
                [self.rng.randint(max(year + 1, 2022), 2026), self.rng.randint(1, 12), self.rng.randint(1, 28)]
            ]
        }
        if self.rng.random() < 0.55:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _post(self) -> Work:
        platform = self.rng.choice(["LinkedIn", "Instagram", "X", "YouTube", "Spotify", "TikTok"])
        year = self.rng.randint(2018, 2025)
        title = self.rng.choice(["Lanzamos nuestra nueva app [We launched our new app]", "Así vivimos el Hot Sale [This is how we lived Hot Sale]",
                                 "Marketing en tiempos de inflación [Marketing in times of inflation] (episode 12)",
                                 "Behind the campaign: Fiestas Patrias", "What I learned moving from Santiago to Sydney",
                                 "Cómo armar un plan de CRM [How to build a CRM plan] [Video]"])  # fmt: skip
        record: dict[str, Any] = {"type": "post", "title": title, "container-title": platform,
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": f"https://www.{platform.lower()}.com/{self._slug()}",
                                  "accessed": {"date-parts": [[self.rng.randint(max(year + 1, 2022), 2026), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}}  # fmt: skip
        if self.rng.random() < 0.5:
            record["author"] = self._people(1)
            return self._person_work(record, "post")
        name, tags, _host = self.rng.choice(_COMPANIES)
        return self._org_work(record, "post", name, tags)

    def _undated(self) -> Work:
        name, tags, host = self.rng.choice(_COMPANIES + _BODIES + _GOVERNMENT)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice([
            "Preguntas frecuentes [Frequently asked questions]", "Términos y condiciones [Terms and conditions]",
            "Programa de beneficios [Rewards programme]", "Defensa del consumidor [Consumer protection]",
            "Guía para emprendedores [Guide for entrepreneurs]", "Datos abiertos [Open data]"])}  # fmt: skip
        self._online(record, host)
        return self._org_work(record, "web", name, tags)
