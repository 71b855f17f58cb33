"""The blind279 pool's works: what marketers in Patagonian and southern-Andean tourism cite in English-language CIM
reports and MBA assignments.

Tourism and marketing books and chapters, tourism journals in English and Spanish (Tourism Management, Journal of
Sustainable Tourism, Annals of Tourism Research, Estudios y Perspectivas en Turismo, PASOS, Revista de Geografía
Norte Grande) with one to eight authors, Argentine and Chilean public bodies (SERNATUR, Subsecretaría de Turismo,
INPROTUR, Ministerio de Turismo y Deportes de la Nación, CONAF, Administración de Parques Nacionales, INDEC, INE
Chile, CEPAL) and the ATTA, firms' pages and annual reports (S.A., S.A.C.I., SpA, Ltda., Inc.), Spanish- and
English-language press, market research and the marketing classics. Spanish names carry two surnames, particles
("de la", "del") and accents, as Chilean and Argentine journals print them.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

_GIVEN_ES = ["María José", "Juan Pablo", "Camila", "Sebastián", "Valentina", "Matías", "Florencia", "Agustín",
             "Constanza", "Ignacio", "Martina", "Tomás", "Catalina", "Joaquín", "Francisca", "Rodrigo", "Lucía",
             "Gonzalo", "Verónica", "Andrés", "Paula", "Cristóbal", "Josefina", "Ramón", "Ximena", "Héctor"]  # fmt: skip
_FAMILY_ES = ["González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez", "Sepúlveda",
              "Morales", "Rodríguez", "López", "Fuentes", "Hernández", "Torres", "Araya", "Flores", "Espinoza",
              "Valenzuela", "Castillo", "Ramírez", "Reyes", "Gutiérrez", "Castro", "Vargas", "Álvarez", "Vásquez",
              "Tapia", "Fernández", "Sánchez", "Carrasco", "Gómez", "Cortés", "Herrera", "Núñez", "Jara", "Vergara",
              "Figueroa", "Riquelme", "Bustos", "Ibáñez", "Zúñiga", "Aguirre", "Benítez", "Acuña", "Sosa",
              "Giménez", "Romero", "Ruiz", "Quiroga", "Cárdenas", "Oyarzún", "Barría", "Mansilla", "Huenchumil",
              "Paillalef", "Coñuecar"]  # fmt: skip
# Surnames of the Welsh, Croatian, German, Italian and British settlers of Patagonia, and their hyphens.
_FAMILY_SETTLER = ["Jones", "Williams", "Roberts", "Evans", "Davies", "Hughes", "Kusanovic", "Marinovic", "Vukasovic",
                   "Brañas", "Schmidt", "Klenner", "Pozzi", "Bianchi", "Braun-Menéndez", "Fitz-Simon", "O'Higgins",
                   "MacKay", "Blanchard", "Bridges"]  # fmt: skip
_PARTICLE_ES = [("de la", "Fuente"), ("del", "Río"), ("de", "la Maza"), ("de la", "Cerda"), ("del", "Valle"),
                ("de", "Urquiza"), ("van", "Aert")]  # fmt: skip
_GIVEN_EN = ["James", "Sarah", "Tom", "Emily", "Richard", "Hannah", "David", "Claire", "Michael", "Rebecca", "Paul",
             "Laura", "Chris", "Anna", "Mark", "Jo", "Ben", "Kate", "Ruth", "Stephen"]  # fmt: skip
_FAMILY_EN = ["Buckley", "Hall", "Weaver", "Scott", "Gössling", "Higham", "Butler", "Hultman", "Pike", "Morgan",
              "Pritchard", "Beeton", "Mowforth", "Munt", "Saarinen", "Stoeckl", "Hjalager", "Font", "Sharpley",
              "Telfer", "Dwyer", "Crouch", "Ritchie", "Cooper", "Fyall", "Wanhill", "Xiang", "Gretzel", "Sigala",
              "Mkono", "Ong", "Ateljevic", "Becken", "Hall-Jones", "McKercher", "du Cros"]  # fmt: skip
_TOPICS = ["adventure tourism", "glacier tourism", "trekking", "protected-area tourism", "wine tourism",
           "destination branding", "last-chance tourism", "Antarctic gateway cities", "cruise tourism",
           "estancia tourism", "nature-based tourism", "visitor satisfaction", "destination image", "overtourism",
           "Instagram and destination image", "online reviews of lodges", "sustainable tourism certification",
           "community-based tourism", "Mapuche tourism", "ski resorts", "tourism seasonality", "OTAs and direct booking",
           "influencer marketing in travel", "carbon-neutral travel", "regenerative tourism", "low-cost airlines",
           "luxury lodges", "park concessions", "slow travel", "tourist willingness to pay"]  # fmt: skip
_PLACES = ["Patagonia", "Chilean Patagonia", "Argentine Patagonia", "Torres del Paine", "El Calafate",
           "El Chaltén", "Bariloche", "the Lake District of Chile and Argentina", "Tierra del Fuego", "Ushuaia",
           "Aysén", "Magallanes", "Mendoza", "the Andes", "Puerto Natales", "Los Glaciares National Park",
           "Nahuel Huapi", "Chile", "Argentina", "South America", "Latin America"]  # fmt: skip
_JOURNALS = [("Tourism Management", 20, 105), ("Journal of Sustainable Tourism", 1, 33),
             ("Annals of Tourism Research", 10, 108), ("Estudios y Perspectivas en Turismo", 5, 33),
             ("PASOS Revista de Turismo y Patrimonio Cultural", 1, 22), ("Revista de Geografía Norte Grande", 20, 90),
             ("Current Issues in Tourism", 1, 28), ("Journal of Travel Research", 30, 64),
             ("Journal of Destination Marketing & Management", 1, 33), ("Journal of Ecotourism", 1, 24),
             ("Tourism Recreation Research", 10, 50), ("Journal of Travel & Tourism Marketing", 10, 42),
             ("International Journal of Wine Business Research", 10, 37), ("Journal of Outdoor Recreation and Tourism", 1, 48),
             ("Cuadernos de Turismo", 1, 54), ("Magallania", 30, 53)]  # fmt: skip
_SPANISH_TITLES = ["Turismo de naturaleza en la Patagonia chilena: {x}", "La imagen del destino {p}: {x}",
                   "Áreas protegidas y desarrollo turístico en {p}", "El enoturismo en Mendoza: {x}",
                   "Turismo, territorio y comunidades mapuche en {p}",
                   "Estacionalidad de la demanda turística en {p}", "Redes sociales y promoción turística en {p}"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("CABI", "Wallingford"), ("Channel View Publications", "Bristol"),
               ("Goodfellow Publishers", "Oxford"), ("Pearson", "Harlow"), ("Sage", "London"),
               ("Edward Elgar", "Cheltenham"), ("Springer", "Cham"), ("Palgrave Macmillan", "Cham"),
               ("Ediciones Universidad de Magallanes", "Punta Arenas"), ("Editorial Universitaria", "Santiago"),
               ("Eudeba", "Buenos Aires"), ("Ediciones UC", "Santiago")]  # fmt: skip
# The marketing and tourism texts every candidate cites: authors, title, publisher, place, editions (year, edition).
_CLASSICS = [
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane")], "Marketing management", "Pearson", "Harlow", [(2016, "15"), (2022, "16")]),
    ([("Kotler", "Philip"), ("Bowen", "John T."), ("Baloglu", "Seyhmus")], "Marketing for hospitality and tourism", "Pearson", "Harlow", [(2017, "7"), (2022, "8")]),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow", [(2019, "7"), (2022, "8")]),
    ([("Morrison", "Alastair M.")], "Marketing and managing tourism destinations", "Routledge", "Abingdon", [(2019, "2"), (2023, "3")]),
    ([("Middleton", "Victor T.C."), ("Fyall", "Alan"), ("Morgan", "Michael"), ("Ranchhod", "Ashok")], "Marketing in travel and tourism", "Butterworth-Heinemann", "Oxford", [(2009, "4")]),
    ([("Buckley", "Ralf")], "Adventure tourism management", "Butterworth-Heinemann", "Oxford", [(2010, None)]),
    ([("Pine", "B. Joseph"), ("Gilmore", "James H.")], "The experience economy", "Harvard Business Review Press", "Boston, MA", [(2011, "Updated"), (2019, None)]),
    ([("Porter", "Michael E.")], "Competitive advantage: creating and sustaining superior performance", "Free Press", "New York", [(1985, None)]),
    ([("Mowforth", "Martin"), ("Munt", "Ian")], "Tourism and sustainability: development, globalisation and new tourism in the Third World", "Routledge", "Abingdon", [(2016, "4")]),
    ([("Sharp", "Byron")], "How brands grow: what marketers don't know", "Oxford University Press", "Melbourne", [(2010, None)]),
]  # fmt: skip
_GOVERNMENT = [
    ("Servicio Nacional de Turismo (SERNATUR)", "sernatur.cl", ["Anuario de turismo {y}", "Barómetro de turismo receptivo {y}", "Llegadas de turistas extranjeros a Chile {y}", "Plan de marketing turístico internacional {y}-{y2}", "Perfil del turista de naturaleza"]),
    ("SERNATUR", "sernatur.cl", ["Turismo aventura: estudio de demanda", "Informe de ocupación en establecimientos de alojamiento turístico {y}", "Cuenta pública {y}"]),
    ("Subsecretaría de Turismo de Chile", "subturismo.gob.cl", ["Estrategia nacional de turismo 2012-2020", "Plan de acción turismo sustentable {y}", "Hoja de ruta de turismo en áreas protegidas"]),
    ("Instituto Nacional de Promoción Turística (INPROTUR)", "inprotur.gob.ar", ["Plan de marketing turístico internacional {y}-{y2}", "Argentina: marca país turística", "Informe de mercados emisores {y}"]),
    ("Ministerio de Turismo y Deportes de la Nación", "argentina.gob.ar/turismoydeportes", ["Plan Federal Estratégico de Turismo Sustentable {y}", "Encuesta de Turismo Internacional {y}", "Anuario estadístico de turismo {y}", "PreViaje: informe de resultados"]),
    ("Corporación Nacional Forestal (CONAF)", "conaf.cl", ["Estadística visitantes Sistema Nacional de Áreas Silvestres Protegidas del Estado {y}", "Plan de manejo Parque Nacional Torres del Paine", "Plan de uso público Parque Nacional Torres del Paine"]),
    ("CONAF", "conaf.cl", ["Tarifas de ingreso a áreas silvestres protegidas {y}", "Reglamento de visitantes Parque Nacional Torres del Paine"]),
    ("Administración de Parques Nacionales", "argentina.gob.ar/parquesnacionales", ["Parque Nacional Los Glaciares: plan de gestión", "Visitas a parques nacionales {y}", "Plan de gestión Parque Nacional Nahuel Huapi"]),
    ("Instituto Nacional de Estadística y Censos (INDEC)", "indec.gob.ar", ["Encuesta de Ocupación Hotelera (EOH) {y}", "Encuesta de Turismo Internacional (ETI) {y}", "Estadísticas de turismo internacional"]),
    ("INDEC", "indec.gob.ar", ["Encuesta de Ocupación Hotelera: informe técnico {y}", "Turismo internacional: informe técnico {y}"]),
    ("Instituto Nacional de Estadísticas (INE)", "ine.gob.cl", ["Encuesta mensual de alojamiento turístico {y}", "Estadísticas regionales de Magallanes {y}"]),
    ("Comisión Económica para América Latina y el Caribe (CEPAL)", "cepal.org", ["Panorama social de América Latina y el Caribe {y}", "El turismo en América Latina y el Caribe tras la pandemia", "Estudio económico de América Latina y el Caribe {y}"]),
    ("Economic Commission for Latin America and the Caribbean (ECLAC)", "cepal.org/en", ["Tourism in Latin America and the Caribbean after COVID-19", "Preliminary overview of the economies of Latin America and the Caribbean {y}"]),
    ("Adventure Travel Trade Association (ATTA)", "adventuretravel.biz", ["Adventure travel industry snapshot {y}", "Adventure tourism development index {y}", "Adventure travel trends {y}"]),
    ("ATTA", "adventuretravel.biz", ["Adventure Travel World Summit {y}: Puerto Varas", "Industry snapshot: adventure travelers in Latin America"]),
    ("UN Tourism", "unwto.org", ["International tourism highlights {y}", "Tourism and the Sustainable Development Goals"]),
    ("World Travel & Tourism Council (WTTC)", "wttc.org", ["Chile: economic impact report {y}", "Argentina: economic impact report {y}", "Travel & Tourism economic impact {y}"]),
    ("Tourism Concern", "tourismconcern.org.uk", ["Why tourism matters", "The people's guide to tourism"]),
]  # fmt: skip
_FIRMS = [
    ("LATAM Airlines Group S.A.", "latamairlinesgroup.net", ["Annual report {y}", "Sustainability report {y}", "Form 20-F {y}", "Integrated report {y}"]),
    ("LATAM Airlines", "latam.com", ["Flights to Punta Arenas and Puerto Natales", "LATAM Pass: how it works", "Our sustainability strategy"]),
    ("Viña Concha y Toro S.A.", "conchaytoro.com", ["Annual report {y}", "Sustainability report {y}", "Integrated annual report {y}"]),
    ("Navimag Ferries S.A.", "navimag.com", ["Ruta Puerto Montt - Puerto Natales", "Sustainability commitments", "Fjords of Chile itinerary"]),
    ("Aerolíneas Argentinas S.A.", "aerolineas.com.ar", ["Memoria y estados contables {y}", "Corredores federales", "Annual report {y}"]),
    ("JetSMART SpA", "jetsmart.com", ["New routes to Patagonia", "About JetSMART"]),
    ("Cruceros Australis", "australis.com", ["Expedition cruises to Cape Horn and Tierra del Fuego", "Sustainability at Australis"]),
    ("Explora", "explora.com", ["Explora Patagonia: Torres del Paine", "Travesías and explorations", "Our conservation projects"]),
    ("Awasi", "awasiexperiences.com", ["Awasi Patagonia", "Relais & Châteaux partnership", "Awasi's private guide model"]),
    ("Tierra Hotels", "tierrahotels.com", ["Tierra Patagonia hotel & spa", "B Corp certification"]),
    ("Cascada Expediciones", "ecocamp.travel", ["EcoCamp Patagonia: the world's first geodesic hotel", "Our sustainability"]),
    ("Hielo y Aventura", "hieloyaventura.com", ["Minitrekking on Perito Moreno Glacier", "Big Ice"]),
    ("Estancia Cristina", "estanciacristina.com", ["History of the estancia", "Discovery excursion"]),
    ("Patagonia, Inc.", "patagonia.com", ["Our core values", "Worn Wear", "Patagonia's approach to environmental activism", "Annual benefit corporation report {y}"]),
    ("Patagonia Inc.", "patagonia.com", ["1% for the Planet", "Earth is now our only shareholder"]),
    ("The North Face", "thenorthface.com", ["Never Stop Exploring", "Explore Fund"]),
    ("Lippi Outdoor Ltda.", "lippioutdoor.com", ["Nuestra historia", "Programa Lippi Sustentable"]),
    ("Doite S.A.", "doite.cl", ["Quiénes somos", "Colección outdoor {y}"]),
    ("Bodega Catena Zapata", "catenawines.com", ["Our history", "Catena Institute of Wine", "Adrianna Vineyard"]),
    ("Viña Montes S.A.", "monteswines.com", ["Sustainability at Montes", "Montes Alpha story"]),
    ("Catedral Alta Patagonia S.A.", "catedralaltapatagonia.com", ["Temporada de invierno {y}", "Trail map and lift passes"]),
    ("Grupo Bodegas Esmeralda S.A.C.I.", "catenazapata.com", ["Estados contables {y}", "Memoria anual {y}"]),
    ("Booking.com", "booking.com", ["Sustainable travel report {y}", "Travel predictions {y}"]),
    ("Tripadvisor Inc.", "tripadvisor.com", ["Travelers' Choice awards {y}", "Annual report {y}"]),
    ("Hawkins & Brown Travel", "hawkinsbrowntravel.co.uk", ["Patagonia tailor-made tours"]),
    ("Swoop Patagonia", "swoop-patagonia.com", ["Patagonia travel guide", "Best time to visit Patagonia", "Our impact report {y}"]),
    ("Journey Latin America", "journeylatinamerica.com", ["Patagonia holidays", "Responsible travel policy"]),
    ("Bridges' Patagonia Expeditions", "bridgespatagonia.com", ["Winter in Patagonia", "Our guides"]),
]  # fmt: skip
_PRESS = [("La Nación", "lanacion.com.ar", True), ("Clarín", "clarin.com", True), ("El Mercurio", "elmercurio.com", True),
          ("La Tercera", "latercera.com", True), ("Diario Financiero", "df.cl", True), ("Río Negro", "rionegro.com.ar", True),
          ("Buenos Aires Times", "batimes.com.ar", False), ("La Prensa Austral", "laprensaaustral.cl", True),
          ("The Guardian", "theguardian.com", False), ("Financial Times", "ft.com", False),
          ("Skift", "skift.com", False), ("Travel Weekly", "travelweekly.co.uk", False),
          ("Condé Nast Traveler", "cntraveler.com", False), ("Reuters", "reuters.com", False)]  # fmt: skip
_PRESS_TITLES_ES = ["Récord de visitantes en Torres del Paine", "El Calafate espera una temporada histórica",
                    "Turismo extranjero: cómo le fue a la Patagonia en {y}", "Bariloche apuesta al turismo de invierno",
                    "Las low cost cambian el mapa del turismo en la Patagonia", "Navimag suma una nueva ruta austral",
                    "El dólar tarjeta y el turismo receptivo", "Concha y Toro acelera su estrategia digital",
                    "Parques nacionales: suben las tarifas para extranjeros", "Puerto Natales y la saturación del W"]  # fmt: skip
_PRESS_TITLES_EN = ["Why Patagonia is the world's new adventure hotspot", "Argentina's tourism boom after devaluation",
                    "Chile bets on sustainable tourism in the south", "Overtourism fears in Torres del Paine",
                    "LATAM expands Patagonia routes as demand soars", "The rise of luxury lodges in the Andes",
                    "Malbec's marketing muscle", "Patagonia (the brand) gives the company away"]  # fmt: skip
_RESEARCH = [("Euromonitor International", "euromonitor.com"), ("Mintel", "mintel.com"),
             ("Skift Research", "research.skift.com"), ("Phocuswright", "phocuswright.com"),
             ("Statista", "statista.com"), ("GlobalData", "globaldata.com")]  # fmt: skip
_RESEARCH_TITLES = ["Travel in Chile", "Travel in Argentina", "Outdoor clothing and footwear in Chile",
                    "Adventure travel - UK - {m} {y}", "Luxury travel - International", "Wine in Argentina",
                    "Latin America travel market report {y}", "The state of adventure travel {y}",
                    "South America online travel overview {y}", "Number of international tourist arrivals in Chile from 2015 to {y}"]  # fmt: skip


class Blind279WorkFactory(WorkFactory):
    """Works cited by marketers in Patagonian and southern-Andean tourism, from one seeded random source."""

    # The kinds of work made (Work.kind), and the draws that make them.
    KINDS = ("book", "chapter", "journal", "report", "web", "news")
    DRAWS = ("book", "chapter", "journal", "classic", "government", "firm", "press", "market-research", "web-person",
             "undated-web")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 279)
        self.dated_orgs: list[tuple[str, set[str], list[int]]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.5:  # a Chilean or Argentine scholar: often both surnames, as their journals print them
            given = self.rng.choice(_GIVEN_ES)
            family = self.rng.choice(_FAMILY_ES)
            if self.rng.random() < 0.55:
                family = f"{family} {self.rng.choice(_FAMILY_ES)}"
            if self.rng.random() < 0.1:
                particle, rest = self.rng.choice(_PARTICLE_ES)
                return {"family": rest, "given": given, "non-dropping-particle": particle}
            if self.rng.random() < 0.05:
                family = f"{self.rng.choice(_FAMILY_ES)}-{self.rng.choice(_FAMILY_ES)}"
            return {"family": family, "given": given}
        if roll < 0.62:
            return {"family": self.rng.choice(_FAMILY_SETTLER), "given": self.rng.choice(_GIVEN_ES + _GIVEN_EN)}
        if roll < 0.9:
            family = self.rng.choice(_FAMILY_EN)
            if family.startswith("du "):
                return {"family": family[3:], "given": self.rng.choice(_GIVEN_EN), "non-dropping-particle": "du"}
            return {"family": family, "given": self.rng.choice(_GIVEN_EN)}
        return super().person()

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[30, 28, 18, 9, 6, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.04:
            return self.rng.randint(1985, 2005)
        return self.rng.randint(2008, 2025)

    def accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        first = issued[0] if issued else 2022
        year = self.rng.randint(max(first, 2023), 2025)
        month = self.rng.randint(1, 12)
        day = self.rng.randint(1, 28)
        if issued and year == issued[0] and len(issued) > 1:
            month = self.rng.randint(issued[1], 12)
            if month == issued[1] and len(issued) > 2:
                day = self.rng.randint(issued[2], 28)
        return {"date-parts": [[year, month, day]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        place = self.rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"Marketing {topic} in {place}: a stakeholder view",
                 f"Motivations and constraints of {topic}: evidence from {place}",
                 f"{topic[0].upper()}{topic[1:]} and destination competitiveness", f"Rethinking {topic} after COVID-19",
                 f"Who visits {place}? Segmenting {topic} markets", f"The end of the world as a brand: {topic} in {place}",
                 f"{topic[0].upper()}{topic[1:]}, social media and the tourist gaze"]  # fmt: skip
        if self.rng.random() < 0.2:
            return self.rng.choice(_SPANISH_TITLES).format(x=topic, p=place)
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(self.DRAWS, weights=[11, 6, 24, 8, 13, 13, 9, 7, 5, 4])[0]
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        return work

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then a body's second work of the same year ("SERNATUR, 2023a" and "2023b").
        if self.dated_orgs and "issued" in record and self.rng.random() < 0.12:
            name, tags, issued = self.rng.choice(self.dated_orgs)
            record["issued"] = {"date-parts": [list(issued)]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(list(issued))
            if record.get("publisher"):
                record["publisher"] = name
        if "issued" in record:
            self.dated_orgs.append((name, tags, list(record["issued"]["date-parts"][0])))
        return self._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 5))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS[:9])
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["The Routledge handbook of adventure tourism", "Tourism in Latin America",
                                                "Wine and tourism", "Tourism and protected areas in South America",
                                                "Polar and mountain tourism", "The Routledge handbook of tourism marketing",
                                                "Turismo y territorio en la Patagonia"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        journal, low, high = self.rng.choice(_JOURNALS)
        start = self.rng.randint(1, 800)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8), "container-title": journal,
            "issued": {"date-parts": [[self.year()]]}, "volume": str(self.rng.randint(low, high)),
            "page": f"{start}-{start + self.rng.randint(8, 24)}",
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["issue"] = str(self.rng.randint(1, 8))
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.choice([1016, 1080, 4067, 25145, 4206])}/{self.rng.choice(['j.tourman', 'jost', 'eypt', 'pasos', 'rgng'])}.{self.rng.randint(2010, 2025)}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _classic(self) -> Work:
        authors, title, publisher, place, editions = self.rng.choice(_CLASSICS)
        year, edition = self.rng.choice(editions)
        record: dict[str, Any] = {"type": "book", "title": title,
                                  "author": [{"family": f, "given": g} for f, g in authors],
                                  "issued": {"date-parts": [[year]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if edition and edition.isdigit():
            record["edition"] = edition
        return self._person_work(record, "book")

    def _government(self) -> Work:
        name, domain, titles = self.rng.choice(_GOVERNMENT)
        year = self.year() if self.rng.random() < 0.9 else 2025
        year = max(year, 2010)
        title = self.rng.choice(titles).format(y=year - 1 if self.rng.random() < 0.5 else year, y2=year + 3)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [[year]]}, "publisher": name,
                                  "URL": f"https://www.{domain}/{'-'.join(title.lower().split()[:4])}"}  # fmt: skip
        if self.rng.random() < 0.9:
            record["accessed"] = self.accessed_after([year])
        tags = {"government"}
        if "(" in name:
            tags.add("abbreviation")
        if "&" in name:
            tags.add("ampersand")
        if self.rng.random() < 0.08 and record["type"] == "webpage":
            record.pop("issued")
            return self._org_work(record, "web", name, tags | {"undated"})
        return self._org(record, "report" if record["type"] == "report" else "web", name, tags)

    def _firm(self) -> Work:
        name, domain, titles = self.rng.choice(_FIRMS)
        year = max(self.year(), 2012)
        title = self.rng.choice(titles).format(y=year)
        is_report = title.lower().startswith(("annual", "sustainability", "integrated", "form", "memoria", "estados"))
        record: dict[str, Any] = {"type": "report" if is_report else "webpage", "title": title,
                                  "URL": f"https://www.{domain}/{'-'.join(title.lower().split()[:3])}"}  # fmt: skip
        tags = {"company"}
        if "&" in name:
            tags.add("ampersand")
        if "'" in name:
            tags.add("apostrophe")
        if is_report:
            record["publisher"] = name
        if is_report or self.rng.random() < 0.65:
            record["issued"] = {"date-parts": [[year]]}
            record["accessed"] = self.accessed_after([year])
            return self._org(record, "report" if is_report else "web", name, tags)
        record["accessed"] = self.accessed_after(None)
        return self._org_work(record, "web", name, tags | {"undated"})

    def _press(self) -> Work:
        paper, domain, spanish = self.rng.choice(_PRESS)
        year = max(self.year(), 2012)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        title = self.rng.choice(_PRESS_TITLES_ES if spanish else _PRESS_TITLES_EN).format(y=year - 1)
        record: dict[str, Any] = {"type": "article-newspaper", "title": title, "container-title": paper,
                                  "issued": {"date-parts": [issued]},
                                  "URL": f"https://www.{domain}/{'-'.join(title.lower().split()[:4])}-{self.rng.randint(100, 9999)}",
                                  "accessed": self.accessed_after(issued)}  # fmt: skip
        if self.rng.random() < 0.75:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org(record, "news", paper, {"press"})

    def _market_research(self) -> Work:
        name, domain = self.rng.choice(_RESEARCH)
        year = max(self.year(), 2015)
        title = self.rng.choice(_RESEARCH_TITLES).format(y=year, m=self.rng.choice(["March", "June", "November"]))
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name,
                                  "URL": f"https://www.{domain}/{'-'.join(title.lower().split()[:4])}"}  # fmt: skip
        if self.rng.random() < 0.88:
            record["issued"] = {"date-parts": [[year]]}
            record["accessed"] = self.accessed_after([year])
            return self._org(record, "report", name, {"market-research"})
        record["accessed"] = self.accessed_after(None)
        return self._org_work(record, "report", name, {"market-research", "undated"})

    def _web_person(self) -> Work:
        year = max(self.year(), 2012)
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "issued": {"date-parts": [[year]]},
                                  "URL": f"https://www.{self.rng.choice(['swoop-patagonia.com/blog', 'adventure.travel', 'medium.com', 'linkedin.com/pulse', 'turismoaventura.cl/blog'])}/{self.rng.randint(1000, 99999)}",
                                  "accessed": self.accessed_after([year])}  # fmt: skip
        return self._person_work(record, "web")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(),
                                  "URL": f"https://www.{self.rng.choice(['patagonia-travel.org', 'chile.travel', 'argentina.travel', 'visitpatagonia.org', 'torresdelpaine.com'])}/{self.rng.randint(100, 9999)}",
                                  "accessed": self.accessed_after(None)}  # fmt: skip
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name = self.rng.choice(["Chile Travel", "Visit Argentina", "Fundación Torres del Paine", "Turismo Chile",
                                "Parque Patagonia", "Rewilding Chile", "Tompkins Conservation",
                                "Ente Municipal de Turismo Bariloche (EMPROTUR)", "Chile Travel & SERNATUR"])  # fmt: skip
        return self._org_work(record, "web", name, {"undated"} | ({"ampersand"} if "&" in name else set()))
