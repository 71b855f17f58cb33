"""Works for the eighty-sixth held-out pool, "blind86": what marketers in Catalonia, the Basque Country, Galicia,
Valencia and Navarre cite on CIM Level 6 and 7 courses and MBAs taught in English.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by an eighty-sixth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how these writers cite:
Spanish and regional journals beside the international ones (one to eight authors), textbooks in Spanish, Catalan,
Basque and Galician with English translations in square brackets, theses from the region's universities, company,
co-operative, savings-bank, tourism-board and football-club pages and reports (S.A., S.A.U., S.L., S. Coop., Coop.,
Fundació and Fundación, "&", apostrophes, abbreviations), the Spanish and regional governments, laws with their
numbers and dates, INE, Idescat, Eustat, IGE and Nastat figures, Kantar, Nielsen, GfK, AIMC and IAB Spain reports,
the regional and business press signed and unsigned, LinkedIn, Instagram, X and TikTok posts and podcasts, pages with
and without access dates, undated works, one author's two works of a year; names with two surnames, Catalan "i",
"y", hyphens, particles (de, del, de la), d'Ors, Basque tx, tz and k, Galician forms, accents and ñ, and expatriates.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_GIVEN = {
    "cat": ["Jordi", "Montserrat", "Núria", "Pau", "Mireia", "Oriol", "Laia", "Arnau", "Meritxell", "Xavier", "Roser",
            "Marc", "Gemma", "Ferran", "Aina", "Quim", "Carme", "Pere", "Berta", "Sergi", "Anna Maria", "Joan Josep"],
    "eus": ["Iñaki", "Ane", "Unai", "Nerea", "Aitor", "Itziar", "Jon", "Maialen", "Xabier", "Garazi", "Iker", "Amaia",
            "Koldo", "Edurne", "Gorka", "Leire", "Josu", "Arantxa", "Ander", "Miren", "Eneko", "Ainhoa"],
    "gal": ["Xosé", "Uxía", "Brais", "Antía", "Xoán", "Iria", "Breixo", "Sabela", "Anxo", "Noa", "Roi", "Icía",
            "Xurxo", "Maruxa", "Fiz", "Olalla", "Xosé Manuel", "María Xosé"],
    "val": ["Vicent", "Amparo", "Empar", "Joan", "Pasqual", "Consol", "Toni", "Rosalía", "Vicenta", "Jaume",
            "Neus", "Salvador", "Inmaculada", "Batiste"],
    "esp": ["María José", "José Luis", "Juan Carlos", "Ana Belén", "Lucía", "Javier", "Carmen", "Alejandro",
            "Begoña", "Fermín", "Maite", "Íñigo", "Rocío", "Sonsoles", "Álvaro", "Pilar", "Ramón", "Estíbaliz"],
}  # fmt: skip
_FAMILY = {
    "cat": ["Puig", "Vila", "Soler", "Ferrer", "Pujol", "Roca", "Casals", "Serra", "Camps", "Riera", "Sala", "Font",
            "Bosch", "Vidal", "Coll", "Pons", "Masó", "Miralles", "Farré", "Gispert", "Bonet", "Ribas", "Cadafalch",
            "Soley", "Fàbregas", "Comas", "Torrent", "Vilaró", "Prat", "Grau"],
    "eus": ["Etxeberria", "Goikoetxea", "Agirre", "Arrizabalaga", "Aranburu", "Urkiola", "Zubizarreta", "Olazabal",
            "Ibarretxe", "Elizondo", "Larrañaga", "Mendizabal", "Garaikoetxea", "Otxoa", "Uriarte", "Aldekoa",
            "Txurruka", "Lizarazu", "Ezkurdia", "Iturriaga", "Azkue", "Bengoetxea", "Zabaleta", "Atxaga", "Unzueta"],
    "gal": ["Castelao", "Outeiriño", "Rodríguez", "Fernández", "Vázquez", "Otero", "Seoane", "Carballo", "Lois",
            "Pazos", "Castro", "Bouzas", "Mosquera", "Souto", "Lema", "Rivas", "Iglesias", "Touriño", "Fraga",
            "Regueiro", "Piñeiro", "Cendón", "Ferreiro", "Varela"],
    "val": ["Climent", "Peris", "Mollà", "Sanchis", "Ballester", "Alborch", "Cabanilles", "Gisbert", "Llorca", "Boix",
            "Ferrando", "Tormo", "Esteve", "Martí", "Bellver", "Soriano", "Requena", "Bataller"],
    "esp": ["García", "Martínez", "López", "Sánchez", "Pérez", "Gómez", "Muñoz", "Jiménez", "Ruiz", "Álvarez",
            "Navarro", "Ibáñez", "Yáñez", "Peña", "Núñez", "Ortiz", "Gil", "Irujo", "Goñi", "Arraiza", "Zabalza",
            "Esparza", "Echeverría", "Larrea", "Ezcurra", "Lacarra", "Aldaz", "Ollo"],
}  # fmt: skip
_PARTICLE_NAMES = [("de la", "Fuente"), ("del", "Río"), ("de", "Castro"), ("de la", "Torre"), ("del", "Valle"),
                   ("de", "Miguel"), ("de las", "Heras"), ("de", "Haro"), ("del", "Olmo"), ("de la", "Calle")]  # fmt: skip
_WHOLE_FAMILIES = ["d'Ors", "Pardo de Neyra", "Puig i Cadafalch", "Pujol i Soley", "Ortega y Gasset",
                   "Sánchez-Albornoz", "García-Márquez", "Ruiz de Azúa", "López de Lacalle", "Fernández de Arroyabe",
                   "Martínez de Irujo", "Sáenz de Ugarte", "Vall-llosera", "Roig-Francolí", "d'Abadal"]  # fmt: skip
_EXPAT_LOCALES = [
    "en_GB",
    "en_GB",
    "fr_FR",
    "de_DE",
    "it_IT",
    "pt_PT",
    "nl_NL",
    "en_IE",
    "es_AR",
    "es_MX",
    "pl_PL",
    "ro_RO",
]
_EXPAT_HYPHENATED = ["Jean-Marc", "Anne-Sophie", "Marie-Claire", "Jean-Baptiste", "Hans-Peter", "Karl-Heinz"]

# Authors who are organisations, with tags saying what makes them hard.
_ORGANISATIONS = [
    ("Mondragon Corporation", {"company", "cooperative"}), ("Eroski S. Coop.", {"cooperative", "legal-form"}),
    ("Caja Laboral Popular Coop. de Crédito", {"bank", "cooperative", "legal-form"}),
    ("Laboral Kutxa", {"bank", "cooperative"}), ("Kutxabank, S.A.", {"bank", "legal-form", "comma"}),
    ("Kutxabank", {"bank"}), ("BBVA", {"bank", "acronym"}), ("Banco de Sabadell, S.A.", {"bank", "legal-form", "comma"}),
    ("Banc Sabadell", {"bank"}), ("CaixaBank, S.A.", {"bank", "legal-form", "comma"}), ("CaixaBank", {"bank"}),
    ("Abanca", {"bank"}), ("Caja Rural de Navarra", {"bank", "cooperative"}), ("Fundació la Caixa", {"foundation"}),
    ("Freixenet, S.A.", {"company", "legal-form", "comma"}), ("Freixenet", {"company"}),
    ("Codorníu, S.A.", {"company", "legal-form", "comma"}), ("Miguel Torres, S.A.", {"company", "legal-form", "comma"}),
    ("Familia Torres", {"company"}), ("S.A. Damm", {"company", "legal-form"}), ("Damm", {"company"}),
    ("Mercadona, S.A.", {"company", "legal-form", "comma"}), ("Mercadona", {"company"}),
    ("Consum S. Coop. V.", {"cooperative", "legal-form"}), ("Inditex", {"company"}),
    ("Industria de Diseño Textil, S.A. (Inditex)", {"company", "legal-form", "abbreviation", "comma"}),
    ("Pescanova, S.A.", {"company", "legal-form", "comma"}), ("Hijos de Rivera, S.A.U.", {"company", "legal-form", "comma"}),
    ("Estrella Galicia", {"company"}), ("Gadisa", {"company"}), ("Cooperativa Agraria de Navarra", {"cooperative"}),
    ("Anecoop S. Coop.", {"cooperative", "legal-form"}), ("Cofradía de Pescadores de Bermeo", {"cooperative"}),
    ("Agència Catalana de Turisme", {"tourism", "public-body"}), ("Basquetour", {"tourism", "public-body"}),
    ("Turismo de Galicia", {"tourism", "public-body"}), ("Visit València", {"tourism", "public-body"}),
    ("Turisme Comunitat Valenciana", {"tourism", "public-body"}), ("Futbol Club Barcelona", {"club"}),
    ("FC Barcelona", {"club", "acronym"}), ("Athletic Club", {"club"}), ("Real Sociedad de Fútbol, S.A.D.", {"club", "legal-form", "comma"}),
    ("Kantar", {"market-research"}), ("Kantar Worldpanel", {"market-research"}), ("NielsenIQ", {"market-research"}),
    ("GfK", {"market-research"}), ("Euromonitor International", {"market-research"}),
    ("Asociación para la Investigación de Medios de Comunicación (AIMC)", {"trade-body", "abbreviation"}),
    ("IAB Spain", {"trade-body", "acronym"}), ("Autocontrol", {"trade-body"}),
    ("Asociación de Marketing de España", {"trade-body"}), ("Deloitte", {"company"}), ("PwC España", {"company"}),
    ("Ernst & Young", {"company", "ampersand"}), ("Llorente & Cuenca", {"company", "ampersand"}),
    ("Ogilvy & Mather España", {"company", "ampersand"}), ("L'Oréal España", {"company", "apostrophe"}),
    ("Bodegas d'Arrels, S.L.", {"company", "apostrophe", "legal-form", "comma"}),
    ("Celler de l'Encastell, S.L.U.", {"company", "apostrophe", "legal-form", "comma"}),
    ("Conservas Ortiz, S.A.", {"company", "legal-form", "comma"}), ("Diageo plc", {"company", "plc"}),
    ("Tesco PLC", {"company", "plc"}), ("Harrods Ltd", {"company", "ltd"}), ("Consejo Regulador DOCa Rioja", {"regulator"}),
    ("Consell Regulador DO Cava", {"regulator"}), ("Consejo Regulador DO Rías Baixas", {"regulator"}),
    ("Chartered Institute of Marketing (CIM)", {"trade-body", "abbreviation"}),
]  # fmt: skip
_GOVERNMENT = [
    "Generalitat de Catalunya", "Eusko Jaurlaritza / Gobierno Vasco", "Gobierno Vasco", "Xunta de Galicia",
    "Generalitat Valenciana", "Gobierno de Navarra", "Ministerio de Agricultura, Pesca y Alimentación",
    "Ministerio de Industria, Comercio y Turismo", "Ajuntament de Barcelona", "Concello de Vigo",
    "Diputación Foral de Gipuzkoa", "Bizkaiko Foru Aldundia", "Turespaña", "ICEX España Exportación e Inversiones",
    "Agencia Española de Protección de Datos (AEPD)", "Comisión Nacional de los Mercados y la Competencia (CNMC)",
    "Departament d'Acció Climàtica, Alimentació i Agenda Rural", "European Commission",
]  # fmt: skip
_STATISTICS = [("Instituto Nacional de Estadística (INE)", "https://www.ine.es/"), ("INE", "https://www.ine.es/"),
               ("Idescat", "https://www.idescat.cat/"), ("Institut d'Estadística de Catalunya (Idescat)", "https://www.idescat.cat/"),
               ("Eustat", "https://www.eustat.eus/"), ("Instituto Galego de Estatística (IGE)", "https://www.ige.gal/"),
               ("IGE", "https://www.ige.gal/"), ("Nastat", "https://nastat.navarra.es/"),
               ("Institut Valencià d'Estadística", "https://pegv.gva.es/")]  # fmt: skip
_STAT_TITLES = ["Encuesta de Presupuestos Familiares", "Estadística de turisme", "Enquesta de consum i pràctiques culturals",
                "Índice de Precios de Consumo", "Frontur and Egatur: international tourist arrivals", "Population by municipality",
                "Indicadores de comercio minorista", "Encuesta sobre Equipamiento y Uso de TIC en los Hogares",
                "Establecimientos hoteleros: viajeros y pernoctaciones", "Cooperatives in Euskadi: key figures"]  # fmt: skip
_LAWS = [
    ("Jefatura del Estado", "Ley Orgánica 3/2018, de 5 de diciembre, de Protección de Datos Personales y garantía de los derechos digitales", 2018, 12, 5, "Boletín Oficial del Estado", "294"),
    ("Jefatura del Estado", "Ley 34/1988, de 11 de noviembre, General de Publicidad", 1988, 11, 11, "Boletín Oficial del Estado", "274"),
    ("Jefatura del Estado", "Ley 34/2002, de 11 de julio, de servicios de la sociedad de la información y de comercio electrónico", 2002, 7, 11, "Boletín Oficial del Estado", "166"),
    ("Jefatura del Estado", "Ley 3/1991, de 10 de enero, de Competencia Desleal", 1991, 1, 10, "Boletín Oficial del Estado", "10"),
    ("Generalitat de Catalunya", "Llei 22/2010, del 20 de juliol, del Codi de consum de Catalunya", 2010, 7, 20, "Diari Oficial de la Generalitat de Catalunya", "5677"),
    ("Generalitat de Catalunya", "Llei 1/1998, de 7 de gener, de política lingüística", 1998, 1, 7, "Diari Oficial de la Generalitat de Catalunya", "2553"),
    ("Eusko Jaurlaritza / Gobierno Vasco", "Ley 11/2019, de 20 de diciembre, de Cooperativas de Euskadi", 2019, 12, 20, "Boletín Oficial del País Vasco", "247"),
    ("Gobierno de Navarra", "Ley Foral 14/2006, de 11 de diciembre, de Cooperativas de Navarra", 2006, 12, 11, "Boletín Oficial de Navarra", "149"),
    ("Xunta de Galicia", "Lei 2/2012, do 28 de marzo, galega de protección xeral das persoas consumidoras e usuarias", 2012, 3, 28, "Diario Oficial de Galicia", "69"),
    ("European Parliament and Council of the European Union", "Regulation (EU) 2016/679 (General Data Protection Regulation)", 2016, 4, 27, "Official Journal of the European Union", "L 119"),
]  # fmt: skip
_JOURNALS = ["Revista Española de Investigación de Marketing ESIC", "Cuadernos de Gestión", "Spanish Journal of Marketing - ESIC",
             "Journal of Business Research", "Journal of Wine Economics", "Tourism Management", "Universia Business Review",
             "Revista de Estudios Cooperativos (REVESCO)", "CIRIEC-España, Revista de Economía Pública, Social y Cooperativa",
             "Estudios Gerenciales", "Journal of Retailing and Consumer Services", "British Food Journal",
             "International Journal of Wine Business Research", "European Journal of Marketing", "Journal of Destination Marketing & Management",
             "Revista de Comunicación", "Profesional de la Información", "Harvard Deusto Business Review",
             "Journal of Co-operative Organization and Management", "Sport, Business and Management"]  # fmt: skip
_PUBLISHERS = [("ESIC Editorial", "Madrid"), ("Pirámide", "Madrid"), ("McGraw-Hill Interamericana", "Madrid"),
               ("Editorial UOC", "Barcelona"), ("Deusto", "Barcelona"), ("Pearson Educación", "Madrid"),
               ("Gestión 2000", "Barcelona"), ("Elkar", "Donostia"), ("Galaxia", "Vigo"), ("Xerais", "Vigo"),
               ("Publicacions de la Universitat de València", "València"), ("EUNSA", "Pamplona"),
               ("Kogan Page", "London"), ("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Eumo Editorial", "Vic")]  # fmt: skip
_TRANSLATED_TITLES = [
    ("Màrqueting de proximitat", "Proximity marketing"), ("El consumidor català", "The Catalan consumer"),
    ("Marketing cooperativo", "Co-operative marketing"), ("Kooperatiben marketina", "Co-operative marketing"),
    ("Enpresa eta komunikazioa", "Business and communication"), ("O mercado galego do viño", "The Galician wine market"),
    ("Comunicación turística en Galicia", "Tourism communication in Galicia"), ("Dirección comercial", "Sales management"),
    ("La marca territorio", "The place brand"), ("Enoturisme i territori", "Wine tourism and territory"),
    ("Banca cooperativa y clientes", "Co-operative banking and customers"), ("Marketing digital para pymes", "Digital marketing for SMEs"),
    ("Xestión da marca", "Brand management"), ("Euskal turismoa", "Basque tourism"), ("El comercio de proximidad", "Neighbourhood retail"),
    ("Comportamiento del consumidor", "Consumer behaviour"), ("La cava i els seus mercats", "Cava and its markets"),
]  # fmt: skip
_TOPICS = ["cava exports", "wine tourism", "co-operative identity", "savings-bank loyalty", "private labels",
           "supermarket own brands", "fast-fashion supply chains", "destination branding", "the Camino de Santiago",
           "gastronomic tourism", "Basque cuisine", "football club fans", "regional language advertising",
           "proximity retail", "seafood traceability", "sustainable fishing", "craft beer", "denominations of origin",
           "customer experience in banking", "mobile banking adoption", "omnichannel grocery", "social media engagement",
           "influencer marketing", "green claims", "price promotions", "loyalty cards", "place attachment",
           "festival tourism", "heritage brands", "cause-related marketing", "Generation Z shoppers", "TikTok campaigns",
           "country-of-origin effects", "export promotion", "corporate reputation", "employer branding"]  # fmt: skip
_PLACES = ["Catalonia", "the Basque Country", "Galicia", "Valencia", "Navarre", "Spain", "Barcelona", "Bilbao",
           "Vigo", "A Coruña", "Pamplona", "Alicante", "Donostia-San Sebastián", "Girona", "Tarragona", "Vitoria-Gasteiz"]  # fmt: skip
_PRESS = ["La Vanguardia", "El Periódico", "Ara", "El Correo", "Deia", "Berria", "La Voz de Galicia", "Faro de Vigo",
          "Levante-EMV", "Las Provincias", "Diario de Navarra", "Expansión", "Cinco Días", "Marketing News", "IPMARK",
          "El País", "Financial Times", "Reuters"]  # fmt: skip
_PLATFORMS = ["LinkedIn", "Instagram", "X", "TikTok", "Facebook"]
_PODCASTS = ["Marketing a la vasca", "Cava & Co.", "Retail Talks BCN", "Negocios de Galicia", "Brand Room Valencia",
             "Kooperatiba Podcast", "The Spanish Wine Podcast"]  # fmt: skip
_UNIVERSITIES = ["Universitat de Barcelona", "Universitat Autònoma de Barcelona", "Universitat Pompeu Fabra",
                 "ESADE Business School", "IESE Business School", "Universidad de Deusto", "Mondragon Unibertsitatea",
                 "Universidad del País Vasco / Euskal Herriko Unibertsitatea", "Universidade de Santiago de Compostela",
                 "Universitat de València", "Universidad de Navarra", "Universidade de Vigo"]  # fmt: skip
_MONTH = ["January", "March", "June", "September", "November"]


class Blind86WorkFactory(WorkFactory):
    """The works of blind86: Iberian and regional names, organisations, laws, statistics, press, posts and podcasts."""

    KINDS = ("book", "translated-book", "chapter", "journal", "thesis", "organisation-web", "organisation-report",
             "government", "legislation", "statistics", "market-research", "press", "web-person", "social", "podcast",
             "undated-web")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.r = random.Random(seed * 86 + 8611)
        for index, locale in enumerate(sorted(set(_EXPAT_LOCALES) | {"es_ES"})):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.previous: list[tuple[list[dict[str, str]], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        r = self.r
        culture = r.choice(["cat", "cat", "eus", "eus", "gal", "gal", "val", "esp", "esp"])
        roll = r.random()
        if roll < 0.15:  # an expatriate on the course or a foreign co-author
            fake = self.fakers[r.choice(_EXPAT_LOCALES)]
            given = r.choice(_EXPAT_HYPHENATED) if r.random() < 0.15 else fake.first_name()
            family = fake.last_name()
            if r.random() < 0.1:
                family = r.choice(["O'", "Mac", "Mc"]) + self.fakers["en_GB"].last_name().split("-")[0]
            return {"family": family, "given": given}
        given = r.choice(_GIVEN[culture])
        if roll < 0.25:
            particle, family = r.choice(_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.35:
            return {"family": r.choice(_WHOLE_FAMILIES), "given": given}
        first = r.choice(_FAMILY[culture])
        roll = r.random()
        if roll < 0.4:  # one surname, as on many English-language papers
            return {"family": first, "given": given}
        second = r.choice(_FAMILY[r.choice([culture, "esp"])])
        if second == first:
            return {"family": first, "given": given}
        if roll < 0.7:
            return {"family": f"{first} {second}", "given": given}
        if roll < 0.8 and culture in ("cat", "val"):
            return {"family": f"{first} i {second}", "given": given}
        if roll < 0.85:
            return {"family": f"{first} y {second}", "given": given}
        return {"family": f"{first}-{second}", "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        weights = [34, 24, 16, 10, 6, 4, 3, 3][:most]
        count = self.r.choices(range(1, most + 1), weights=weights)[0]
        return [self.person() for _ in range(count)]

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.r.choice(_ORGANISATIONS)
        return name, set(tags)

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.r.random() < 0.05:
            return self.r.randint(1970, 1999)
        return self.r.randint(2005, 2025)

    def accessed_after(self, issued: dict[str, Any] | None) -> dict[str, list[list[int]]]:
        parts = issued["date-parts"][0] if issued else [2022]
        first = max(parts[0], 2022)
        year = self.r.randint(first, max(first, 2025))
        month = self.r.randint(1, 12)
        day = self.r.randint(1, 28)
        if year == parts[0] and len(parts) > 1:
            month = self.r.randint(parts[1], 12)
            if month == parts[1] and len(parts) > 2:
                day = self.r.randint(parts[2], 28)
        return {"date-parts": [[year, month, day]]}

    def _dated(self, record: dict[str, Any], precision: int = 1) -> None:
        year = self.year()
        parts = [year, self.r.randint(1, 12), self.r.randint(1, 28)][:precision]
        record["issued"] = {"date-parts": [parts]}

    def _id(self) -> str:
        self.counter += 1
        return f"b86w{self.counter}"

    # ------------------------------------------------------------------ titles
    def _title(self) -> str:
        r = self.r
        topic, place = r.choice(_TOPICS), r.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"The effect of {topic} on {r.choice(_TOPICS)}",
                 f"{topic[0].upper()}{topic[1:]} and {r.choice(_TOPICS)}: evidence from {place}",
                 f"Rethinking {topic}: the case of {place}", f"What {topic} means for {place}",
                 f"{topic[0].upper()}{topic[1:]}: a study of consumers in {place}",
                 f"From {topic} to {r.choice(_TOPICS)}", f"{place} and {topic}: lessons for marketers"]  # fmt: skip
        return r.choice(forms)

    def _url(self, host: str | None = None) -> str:
        fake = self.fakers["es_ES"]
        return (host or f"https://www.{fake.domain_name()}/") + fake.slug()

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.r.choices(
            list(self.KINDS), weights=[10, 5, 5, 22, 3, 10, 7, 6, 3, 5, 6, 8, 4, 3, 2, 4],
        )[0]  # fmt: skip
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        return work

    def _person(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        if self.previous and "issued" in record and self.r.random() < 0.07:  # one author's two works of a year
            authors, issued = self.r.choice(self.previous)
            record["author"] = [dict(a) for a in authors]
            record["issued"] = {"date-parts": [list(issued["date-parts"][0][:1])]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(record["issued"])
        elif "issued" in record:
            self.previous.append((record["author"], record["issued"]))
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, tags | {"organisation"})

    def _book(self) -> Work:
        publisher, place = self.r.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "publisher": publisher, "publisher-place": place}  # fmt: skip
        self._dated(record)
        if self.r.random() < 0.3:
            record["edition"] = str(self.r.randint(2, 8))
        return self._person(record, "book")

    def _translated_book(self) -> Work:
        publisher, place = self.r.choice(_PUBLISHERS[:12])
        original, english = self.r.choice(_TRANSLATED_TITLES)
        title = (
            f"{original} [{english}]" if self.r.random() < 0.6 else f"{original}: {self.r.choice(_TOPICS)} [{english}]"
        )
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(3), "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        self._dated(record)
        return self._person(record, "translated-book")

    def _chapter(self) -> Work:
        publisher, place = self.r.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.r.randint(1, 3))],
            "container-title": f"{self.r.choice(['Marketing', 'Turismo', 'Cooperativismo', 'Comunicación', 'Retail'])} en {self.r.choice(_PLACES)}",
            "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.r.randint(1, 300))}-{start + self.r.randint(8, 30)}",
        }  # fmt: skip
        self._dated(record)
        return self._person(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.r.choice(_JOURNALS), "volume": str(self.r.randint(1, 160)),
            "issue": str(self.r.randint(1, 6)),
            "page": f"{(start := self.r.randint(1, 900))}-{start + self.r.randint(8, 30)}",
        }  # fmt: skip
        self._dated(record)
        if self.r.random() < 0.45:
            record["DOI"] = (
                f"10.{self.r.randint(1000, 9999)}/{self.fakers['en_GB'].lexify('????').lower()}.{self.r.randint(100, 99999)}"
            )
        return self._person(record, "journal")

    def _thesis(self) -> Work:
        university = self.r.choice(_UNIVERSITIES)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "publisher": university, "genre": self.r.choice(["PhD thesis", "Tesis doctoral", "MBA dissertation", "Tesi doctoral"])}  # fmt: skip
        self._dated(record)
        if self.r.random() < 0.5:
            record["URL"] = self._url("https://www.tdx.cat/handle/")
            record["accessed"] = self.accessed_after(record["issued"])
        return self._person(record, "thesis")

    def _organisation_web(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url()}
        if self.r.random() < 0.8:
            self._dated(record)
        if self.r.random() < 0.85:
            record["accessed"] = self.accessed_after(record.get("issued"))
        return self._org(record, "organisation-web", name, tags)

    def _organisation_report(self) -> Work:
        name, tags = self.organisation()
        title = self._title()
        if self.r.random() < 0.5:
            title = f"{self.r.choice(['Memoria anual', 'Annual report', 'Informe de sostenibilidad', 'Estado de información no financiera', 'Informe de gestió'])} {self.year()}"
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name.split(" (")[0],
                                  "publisher-place": self.r.choice(_PLACES[4:])}  # fmt: skip
        if self.r.random() < 0.85:
            self._dated(record)
        if self.r.random() < 0.6:
            record["URL"] = self._url()
            record["accessed"] = self.accessed_after(record.get("issued"))
        return self._org(record, "organisation-report", name, tags)

    def _government(self) -> Work:
        name = self.r.choice(_GOVERNMENT)
        record: dict[str, Any] = {"type": self.r.choice(["report", "webpage"]), "title": self._title(),
                                  "URL": self._url(self.r.choice(["https://www.gencat.cat/", "https://www.euskadi.eus/", "https://www.xunta.gal/", "https://www.gva.es/", "https://www.navarra.es/", "https://www.mapa.gob.es/"]))}  # fmt: skip
        if self.r.random() < 0.9:
            self._dated(record)
        record["accessed"] = self.accessed_after(record.get("issued"))
        return self._org(record, "government", name, {"government"})

    def _legislation(self) -> Work:
        body, title, year, month, day, gazette, number = self.r.choice(_LAWS)
        record: dict[str, Any] = {"type": "legislation", "title": title, "container-title": gazette, "issue": number,
                                  "issued": {"date-parts": [[year, month, day]]}}  # fmt: skip
        if self.r.random() < 0.7:
            record["URL"] = self._url("https://www.boe.es/eli/es/")
            record["accessed"] = self.accessed_after(record["issued"])
        return self._org(record, "legislation", body, {"government", "legislation"})

    def _statistics(self) -> Work:
        name, host = self.r.choice(_STATISTICS)
        record: dict[str, Any] = {"type": "webpage", "title": f"{self.r.choice(_STAT_TITLES)} {self.r.randint(2015, 2024)}",
                                  "URL": self._url(host)}  # fmt: skip
        if self.r.random() < 0.85:
            self._dated(record)
        record["accessed"] = self.accessed_after(record.get("issued"))
        return self._org(record, "statistics", name, {"government", "statistics"})

    def _market_research(self) -> Work:
        name = self.r.choice(["Kantar", "NielsenIQ", "GfK", "Euromonitor International", "IAB Spain",
                              "Asociación para la Investigación de Medios de Comunicación (AIMC)", "Kantar Worldpanel", "Statista"])  # fmt: skip
        year = self.r.randint(2016, 2025)
        titles = [f"Estudio de Redes Sociales {year}", f"Brand Footprint España {year}", f"Wine in Spain: {self.r.choice(_MONTH)} {year}",
                  f"Balance de la gran distribución {year}", f"Marco General de los Medios en España {year}",
                  f"Estudio de eCommerce {year}", f"Retail in Spain: country report {year}", f"Cava consumption in the UK and Germany, {year}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.r.choice(titles), "publisher": name.split(" (")[0],
                                  "URL": self._url(), "issued": {"date-parts": [[year]]}}  # fmt: skip
        if self.r.random() < 0.85:
            record["accessed"] = self.accessed_after(record["issued"])
        if self.r.random() < 0.1:
            del record["issued"]
        return self._org(record, "market-research", name, {"market-research"})

    def _press(self) -> Work:
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": self.r.choice(_PRESS),
                                  "URL": self._url()}  # fmt: skip
        self._dated(record, 3)
        record["accessed"] = self.accessed_after(record["issued"])
        if self.r.random() < 0.7:
            record["author"] = self._people(2)
            return self._person(record, "press")
        return self._org(record, "press", record["container-title"], {"press"})

    def _web_person(self) -> Work:
        record: dict[str, Any] = {
            "type": "webpage",
            "title": self._title(),
            "author": self._people(2),
            "URL": self._url(),
        }
        if self.r.random() < 0.8:
            self._dated(record)
        if self.r.random() < 0.85:
            record["accessed"] = self.accessed_after(record.get("issued"))
        return self._person(record, "web-person")

    def _social(self) -> Work:
        platform = self.r.choice(_PLATFORMS)
        record: dict[str, Any] = {"type": "post-weblog", "title": self._title(), "container-title": platform,
                                  "URL": self._url(f"https://www.{platform.lower() if platform != 'X' else 'x'}.com/")}  # fmt: skip
        self._dated(record, 3)
        record["accessed"] = self.accessed_after(record["issued"])
        if self.r.random() < 0.5:
            record["author"] = [self.person()]
            return self._person(record, "social")
        name, tags = self.organisation()
        return self._org(record, "social", name, tags)

    def _podcast(self) -> Work:
        record: dict[str, Any] = {"type": "broadcast", "title": f"Ep. {self.r.randint(1, 150)}: {self._title()}",
                                  "container-title": self.r.choice(_PODCASTS), "medium": "Podcast", "URL": self._url()}  # fmt: skip
        self._dated(record, 3)
        record["accessed"] = self.accessed_after(record["issued"])
        record["author"] = self._people(2)
        return self._person(record, "podcast")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url()}
        record["accessed"] = self.accessed_after(None)
        if self.r.random() < 0.4:
            record["author"] = self._people(2)
            return self._person(record, "undated-web")
        name, tags = self.organisation()
        return self._org(record, "undated-web", name, tags | {"undated"})
