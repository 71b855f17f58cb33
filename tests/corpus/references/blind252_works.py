"""The blind252 pool's works: what marketers in Venezuela and Uruguay and their diaspora cite in CIM Level 6 and 7
reports and MBA assignments written in English.

Textbooks from Routledge, Sage, Kogan Page, Pearson, Ediciones IESA and Ediciones de la Banda Oriental; chapters;
journal articles in the Revista Venezolana de Gerencia, Academia Revista Latinoamericana de Administración, the
Journal of Business Research, the International Journal of Emerging Markets, the BCU's Revista de Economía and the
Latin American Business Review (one to eight authors, DOIs); theses from IESA, UCAB, UCV, Unimet, Udelar, ORT,
the Universidad de Montevideo and the Universidad Católica del Uruguay; CLADEA, BALAS, Academy of Marketing and ACR
Latin America papers; central banks, regulators and statistics institutes of both countries and the IDB, CEPAL and
the IMF; trade bodies and charities; companies' pages, annual reports and investor decks; market research with
years; the press signed and unsigned; social posts, videos, podcasts and undated pages. Names are written as their
owners print them: double Spanish surnames with and without a hyphen, particles, and the Basque, Italian,
Portuguese, Lebanese and German surnames of the region's immigrants.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "thesis", "conference", "government", "body", "company", "market-research",
         "news", "social", "video", "podcast", "web")  # fmt: skip

_LOCALES = ["es_AR", "es_CO", "es_ES", "es_MX", "es_CL", "pt_BR", "it_IT", "de_DE"]
_GIVEN = ["María Alejandra", "José Gregorio", "Luis Alberto", "Ana Carolina", "Juan Pablo", "Valentina", "Martín",
          "Lucía", "Santiago", "Florencia", "Andreína", "Carlos Eduardo", "Gabriela", "Rafael", "Mariana", "Diego",
          "Daniela", "Federico", "Verónica", "Ignacio", "Yelitza", "Oriana", "Rodrigo", "Camila", "Héctor", "Natalia",
          "Gonzalo", "Carolina", "Andrés", "Soledad", "Leonardo", "Inés"]  # fmt: skip
_FAMILIES = ["González", "Rodríguez", "Pérez", "Hernández", "Martínez", "Silva", "Fernández", "López", "Sosa",
             "Méndez", "Ramírez", "Romero", "Suárez", "Díaz", "Castillo", "Pereira", "Olivera", "Acosta", "Cabrera",
             "Núñez", "Ferreira", "Techera", "Rocha", "Briceño", "Quintero", "Urdaneta", "Villegas", "Colmenares",
             "Piñango", "Barrios", "Benítez", "Viera", "Da Silva", "De Sousa"]  # fmt: skip
# Double surnames as their owners print them: with a space, with a hyphen, with a particle inside.
_DOUBLE = ["García Márquez", "Pérez-Jiménez", "Rodríguez de la Fuente", "Sosa Olivera", "Méndez Techera",
           "Fernández del Castillo", "Martínez-Acosta", "Díaz-Ferreira", "Ruiz de Azúa", "Hernández Urdaneta",
           "López Barrios", "Pereira-Núñez", "Gómez de la Vega", "Silva y Rocha"]  # fmt: skip
# Surnames of the Basque, Italian, Portuguese, Lebanese and German diaspora in both countries.
_DIASPORA = ["Echeverría", "Capriles", "Lusinchi", "Mendoza", "Vogeler", "Zuloaga", "Arocena", "Etchegaray",
             "Bonomi", "Sanguinetti", "Caputo", "Brugnoni", "Boulton", "Vollmer", "Zingg", "Saab", "Abouhamad",
             "Nassar", "Chedid", "Gonçalves", "Freitas", "Aguerrebere", "Iturriaga", "Bentancur", "Zerbino",
             "Blohm", "Garmendia", "Olaizola"]  # fmt: skip
_PARTICLE = [("de", "Armas"), ("de", "Freitas"), ("del", "Pino"), ("de la", "Torre"), ("de", "León")]
_ENGLISH = ["Kotler", "Keller", "Chaffey", "Ellis-Chadwick", "Jobber", "Sharp", "Hollensen", "Aaker", "Solomon",
            "Baines", "Fill", "Ries"]  # fmt: skip

_GOVERNMENT: list[tuple[str, set[str]]] = [
    ("Banco Central de Venezuela (BCV)", {"abbreviation"}), ("Banco Central de Venezuela", set()),
    ("Superintendencia de las Instituciones del Sector Bancario (SUDEBAN)", {"abbreviation"}),
    ("SENIAT", {"acronym"}), ("Comisión Nacional de Telecomunicaciones (CONATEL)", {"abbreviation"}),
    ("Instituto Nacional de Estadística (INE)", {"abbreviation"}), ("Banco Central del Uruguay (BCU)", {"abbreviation"}),
    ("Banco Central del Uruguay", set()), ("Instituto Nacional de Estadística Uruguay", set()), ("Uruguay XXI", set()),
    ("Ministerio de Turismo", set()), ("URSEC", {"acronym"}),
    ("Inter-American Development Bank (IDB)", {"abbreviation"}), ("CEPAL", {"acronym"}),
    ("Economic Commission for Latin America and the Caribbean (ECLAC)", {"abbreviation"}),
    ("International Monetary Fund (IMF)", {"abbreviation"}), ("IMF", {"acronym"}),
]  # fmt: skip
_BODIES: list[tuple[str, set[str]]] = [
    ("Fedecámaras", set()), ("Conindustria", set()), ("Consecomercio", set()),
    ("Cámara Venezolano-Americana de Comercio e Industria (VenAmCham)", {"abbreviation"}),
    ("Cámara de Industrias del Uruguay", set()),
    ("Cámara Uruguaya de Tecnologías de la Información (CUTI)", {"abbreviation"}),
    ("Asociación Uruguaya de Agencias de Publicidad", set()), ("Cáritas Venezuela", set()), ("UNICEF", {"acronym"}),
    ("UNICEF Uruguay", set()),
]  # fmt: skip
_COMPANIES: list[tuple[str, set[str]]] = [
    ("Empresas Polar", set()), ("Banesco Banco Universal C.A.", {"legal-form"}),
    ("Mercantil Servicios Financieros C.A.", {"legal-form"}), ("Conaprole", set()), ("dLocal Ltd.", {"lowercase"}),
    ("Mercado Libre Inc.", {"legal-form"}), ("Diplomático S.A.", {"legal-form"}),
    ("Ron Santa Teresa C.A.", {"legal-form"}), ("Antel", set()), ("Farmatodo C.A.", {"legal-form"}),
    ("Procter & Gamble de Venezuela", {"ampersand"}), ("Johnson & Johnson de Venezuela", {"ampersand"}),
    ("McDonald's Uruguay", {"apostrophe"}), ("Tienda Inglesa", set()), ("Bodega Garzón", set()),
]  # fmt: skip
_RESEARCH = ["Datanálisis", "Encovi", "Consultores 21", "Equipos Consultores", "Factum", "Cifra",
             "Opción Consultores", "Statista", "Euromonitor International", "Kantar"]  # fmt: skip
_NEWS = ["El Universal", "El Nacional", "Efecto Cocuyo", "Tal Cual", "Banca y Negocios", "El País", "El Observador",
         "Búsqueda", "Reuters", "Bloomberg Línea", "BBC Mundo"]  # fmt: skip
_JOURNALS = ["Revista Venezolana de Gerencia", "Academia Revista Latinoamericana de Administración",
             "Journal of Business Research", "International Journal of Emerging Markets", "Revista de Economía",
             "Latin American Business Review"]  # fmt: skip
_UNIVERSITIES = ["IESA", "Universidad Católica Andrés Bello (UCAB)", "Universidad Central de Venezuela (UCV)",
                 "Universidad Metropolitana", "Universidad de la República (Udelar)", "Universidad ORT Uruguay",
                 "Universidad de Montevideo", "Universidad Católica del Uruguay"]  # fmt: skip
_CONFERENCES = ["CLADEA Annual Assembly", "BALAS Annual Conference", "Academy of Marketing Conference",
                "ACR Latin America Conference"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Sage", "London"), ("Kogan Page", "London"), ("Pearson", "Harlow"),
               ("Ediciones IESA", "Caracas"), ("Ediciones de la Banda Oriental", "Montevideo")]  # fmt: skip
_TOPICS = ["dollarisation", "hyperinflation", "brand loyalty", "remittances", "mobile payments", "financial inclusion",
           "the diaspora market", "price controls", "bodegones", "private labels", "e-commerce", "WhatsApp marketing",
           "country branding", "wine tourism", "rum exports", "dairy exports", "fintech adoption", "consumer trust",
           "social media advertising", "influencer marketing", "cash and crypto payments", "premiumisation",
           "family businesses", "store loyalty", "employer branding", "nation brands", "omnichannel retail"]  # fmt: skip
_PLACES = ["Venezuela", "Uruguay", "Caracas", "Montevideo", "Latin America", "the Southern Cone", "the Andean region",
           "Maracaibo", "Punta del Este", "emerging markets"]  # fmt: skip
_PLATFORMS = [("Instagram", "social"), ("LinkedIn", "social"), ("X", "social"), ("TikTok", "social"),
              ("YouTube", "video"), ("Spotify", "podcast"), ("Apple Podcasts", "podcast")]  # fmt: skip


class Blind252WorkFactory(WorkFactory):
    """Works cited by marketers in Venezuela, Uruguay and their diaspora; a subclass so the others are unchanged."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 252)
        for index, locale in enumerate(_LOCALES):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 223 + index)
                self.fakers[locale] = fake
        self.organisations: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ names and dates
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        given = self.rng.choice(_GIVEN)
        if roll < 0.3:
            return {"family": self.rng.choice(_FAMILIES), "given": given}
        if roll < 0.5:
            return {"family": self.rng.choice(_DOUBLE), "given": given}
        if roll < 0.65:
            return {"family": self.rng.choice(_DIASPORA), "given": given}
        if roll < 0.72:
            particle, family = self.rng.choice(_PARTICLE)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.8:
            fake = self.fakers["en_GB"]
            return {"family": self.rng.choice(_ENGLISH), "given": fake.first_name()}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family = fake.last_name().split()[0]
        return {"family": family, "given": fake.first_name().split()[0]}

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1975, 2004)
        return self.rng.randint(2008, 2025)

    def _accessed_after(self, year: int) -> dict[str, list[list[int]]]:
        first = max(year + 1, 2023) if year < 2025 else 2025
        return {"date-parts": [[self.rng.randint(first, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        topic, place = self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {place}",
            f"{topic[0].upper()}{topic[1:]} and {self.rng.choice(_TOPICS)}: evidence from {place}",
            f"Marketing under {self.rng.choice(['hyperinflation', 'dollarisation', 'uncertainty', 'sanctions'])}: {topic} in {place}",
            f"The role of {topic} in {place}",
            f"{topic[0].upper()}{topic[1:]}: lessons from {place}",
            f"How {topic} shapes {self.rng.choice(_TOPICS)} in {place}",
        ]
        return self.rng.choice(forms)

    def _url(self, domain: str | None = None) -> str:
        fake = self.fakers["en_GB"]
        return f"https://www.{domain or fake.domain_name()}/{fake.slug()}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            list(KINDS), weights=[12, 5, 20, 5, 4, 9, 6, 9, 9, 9, 3, 3, 2, 4],
        )[0]  # fmt: skip
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        work.kind = kind
        return work

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then a second work of an organisation already cited, in the same year ("BCV, 2023a" and "2023b").
        if self.organisations and "issued" in record and self.rng.random() < 0.12:
            name, tags, issued = self.rng.choice(self.organisations)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0][0])
        if "issued" in record:
            self.organisations.append((name, tags, record["issued"]))
        return self._org_work(record, kind, name, set(tags))

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 300)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": f"Marketing in {self.rng.choice(['Latin America', 'emerging markets', 'Venezuela', 'Uruguay'])}",
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 80)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{start}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": [self.person()],
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(_UNIVERSITIES),
            "genre": self.rng.choice(["MBA thesis", "Trabajo de grado", "Tesis de maestría", "PhD thesis"]),
        }  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": f"Proceedings of the {self.rng.choice(_CONFERENCES)}",
            "issued": {"date-parts": [[self.year()]]},
            "publisher-place": self.rng.choice(["Caracas", "Montevideo", "Bogotá", "Santiago", "Buenos Aires", "London"]),
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        year = self.year()
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(), "accessed": self._accessed_after(year)}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        return self._org(record, "report" if record["type"] == "report" else "web", name, tags | {"government"})

    def _body(self) -> Work:
        name, tags = self.rng.choice(_BODIES)
        year = self.year()
        record: dict[str, Any] = {"type": "report", "title": self._title(), "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0], "URL": self._url(), "accessed": self._accessed_after(year)}  # fmt: skip
        return self._org(record, "report", name, tags | {"body"})

    def _company(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.year()
        title = self.rng.choice([f"Annual report {year}", f"Memoria anual {year}", f"Investor presentation Q{self.rng.randint(1, 4)} {year}",
                                 "About us", "Our history", "Sustainability report", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report" if "report" in title.lower() or "presentation" in title.lower() else "webpage",
                                  "title": title, "URL": self._url(), "accessed": self._accessed_after(year)}  # fmt: skip
        if title not in ("About us", "Our history") or self.rng.random() < 0.4:
            record["issued"] = {"date-parts": [[year]]}
        return self._org(record, "report" if record["type"] == "report" else "web", name, tags | {"company"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2015, 2025)
        place = self.rng.choice(["Venezuela", "Uruguay", "Latin America"])
        title = self.rng.choice([f"Consumer pulse {place} {year}", f"Encuesta nacional de hogares {year}",
                                 f"Retail in {place}: market report {year}", f"Share of adults in {place} using mobile payments in {year}",
                                 f"Ómnibus {self.rng.choice(['marzo', 'junio', 'octubre'])} {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name, "issued": {"date-parts": [[year]]},
                                  "URL": self._url(), "accessed": self._accessed_after(year)}  # fmt: skip
        return self._org(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        year = self.rng.randint(2014, 2024)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_NEWS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(), "accessed": self._accessed_after(year),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org(record, "news", record["container-title"], {"press"})

    def _platform_work(self, wanted: str) -> Work:
        platform = self.rng.choice([p for p, kind in _PLATFORMS if kind == wanted])
        year = self.rng.randint(2018, 2025)
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "container-title": platform,
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(), "accessed": self._accessed_after(year)}  # fmt: skip
        if self.rng.random() < 0.5:
            record["author"] = [self.person()]
            return self._person_work(record, wanted)
        name, tags = self.rng.choice(_COMPANIES + _BODIES)
        return self._org(record, wanted, name, tags)

    def _social(self) -> Work:
        return self._platform_work("social")

    def _video(self) -> Work:
        return self._platform_work("video")

    def _podcast(self) -> Work:
        return self._platform_work("podcast")

    def _web(self) -> Work:
        """An undated page, with or without a named author."""
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url(),
                                  "accessed": self._accessed_after(2024)}  # fmt: skip
        if self.rng.random() < 0.4:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.rng.choice(_COMPANIES + _BODIES + _GOVERNMENT)
        return self._org_work(record, "web", name, set(tags) | {"undated"})
