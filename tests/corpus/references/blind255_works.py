"""The blind255 pool's works: what marketers in the Basque Country, Navarre and Catalonia and their diaspora cite.

Written by an independent hand without reading the checker, its tests or any other pool. Textbooks from Routledge,
Sage, Kogan Page, Pearson, ESIC Editorial, Edicions UOC and Deusto; chapters; journal articles (Journal of Business
Research, European Journal of Marketing, Revista Española de Investigación de Marketing ESIC, Cuadernos de Gestión,
Ekonomiaz) with one to eight authors and DOIs; theses from Basque, Navarrese and Catalan universities and business
schools; conference papers (AEMARK, EMAC, the Academy of Marketing, the ICA research conference); statistics offices,
governments and regulators (bodies with two works of a year); trade bodies and charities; companies' pages, annual
reports and investor decks; market research with years; news signed and unsigned; social posts, videos, podcasts and
undated pages. Names as their owners print them: Basque surnames, Catalan double surnames joined by "i", Spanish
double surnames with particles, and the diaspora's French, Argentine and American names.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["es_ES", "es_ES", "es_ES", "fr_FR", "es_AR", "es_MX", "en_US", "en_GB"]
_BASQUE = ["Etxeberria", "Goikoetxea", "Agirre", "Urkullu", "Arrizabalaga", "Aizpurua", "Larrañaga", "Otegi",
           "Zubizarreta", "Elorza", "Ibarretxe", "Garmendia", "Uribe-Etxebarria", "Aranburu", "Iturriaga", "Olabarrieta",
           "Mugika", "Azkue", "Lertxundi", "Txurruka", "Urrutia", "Zabaleta", "Egaña", "Orbegozo"]  # fmt: skip
_BASQUE_GIVEN = ["Iñaki", "Ane", "Itziar", "Koldo", "Nerea", "Unai", "Maite", "Joseba", "Amaia", "Aitor", "Leire",
                 "Gorka", "Miren", "Jon", "Irati", "Xabier", "Arantxa", "Eneko"]  # fmt: skip
_CATALAN = ["Pujol i Soley", "Puig i Cadafalch", "Garcia i Serra", "Vidal i Roca", "Casals i Ferrer", "Font i Mas",
            "Soler i Vila", "Riera i Pons", "Bosch", "Ribas", "Sabaté", "Comas", "Torrent", "Verdaguer", "Miralles",
            "Puigdemont", "Serrat", "Prats"]  # fmt: skip
_CATALAN_GIVEN = ["Jordi", "Montserrat", "Núria", "Pere", "Mireia", "Oriol", "Laia", "Joan", "Meritxell", "Arnau",
                  "Roser", "Marc", "Gemma", "Xavier", "Anna", "Queralt"]  # fmt: skip
_SPANISH_DOUBLE = ["García López", "Martínez Sánchez", "Fernández Ruiz", "Pérez-Gómez", "Ruiz Olabuénaga",
                   "Sánchez-Hernández", "González Morales", "Jiménez Castro", "Navarro Esparza", "Echeverría Lizarraga"]  # fmt: skip
_PARTICLES = [("de la", "Fuente"), ("del", "Valle"), ("de", "Miguel"), ("de las", "Heras"), ("del", "Río"),
              ("de la", "Torre"), ("de", "Castro")]  # fmt: skip
_DIASPORA = [("Laxalt", "Paul"), ("Bieter", "John"), ("Echeverria", "David"), ("Goñi", "Martín"),
             ("Larralde", "Sophie"), ("Iribarne", "Camille"), ("Ugalde", "Valeria"), ("Echenique", "Florencia"),
             ("Amestoy", "Pierre"), ("Duhalde", "Hernán"), ("Yrigoyen", "Lucas"), ("Bilbao", "Gabriela"),
             ("Arrieta", "Mariana"), ("Uranga", "Mike"), ("Zubiri", "Hélène")]  # fmt: skip
_ORGANISATIONS = [
    ("Eustat", {"government"}), ("Instituto Vasco de Estadística (Eustat)", {"government", "abbreviation"}),
    ("Idescat", {"government"}), ("Institut d'Estadística de Catalunya", {"government", "apostrophe"}),
    ("Eusko Jaurlaritza - Basque Government", {"government"}), ("Basque Government", {"government"}),
    ("Generalitat de Catalunya", {"government"}), ("Gobierno de Navarra", {"government"}),
    ("Instituto Nacional de Estadística (INE)", {"government", "abbreviation"}), ("INE", {"government", "acronym"}),
    ("Comisión Nacional de los Mercados y la Competencia (CNMC)", {"government", "abbreviation"}),
    ("CNMC", {"government", "acronym"}), ("Agencia Española de Protección de Datos", {"government"}),
    ("AEPD", {"government", "acronym"}), ("Autoritat Catalana de Protecció de Dades", {"government"}),
    ("Banco de España", {"government"}), ("European Commission", {"government"}),
    ("Confebask", {"trade-body"}), ("Foment del Treball Nacional", {"trade-body"}),
    ("Cámara de Comercio de Bilbao", {"trade-body"}), ("Cambra de Comerç de Barcelona", {"trade-body"}),
    ("Basque Culinary Center", {"trade-body"}), ("Asociación de Marketing de España", {"trade-body"}),
    ("Cáritas Española", {"charity"}), ("Òmnium Cultural", {"charity"}),
    ("Iberdrola, S.A.", {"company", "comma"}), ("Iberdrola", {"company"}),
    ("Mondragon Corporación Cooperativa", {"company"}), ("Mondragon Corporation", {"company"}),
    ("Eroski S. Coop.", {"company", "abbreviation"}), ("Kutxabank, S.A.", {"company", "comma"}),
    ("Banco Bilbao Vizcaya Argentaria, S.A.", {"company", "comma"}), ("BBVA", {"company", "acronym"}),
    ("CaixaBank, S.A.", {"company", "comma"}), ("Grifols, S.A.", {"company", "comma"}),
    ("Mango (Punto Fa, S.L.)", {"company", "abbreviation"}), ("Freixenet, S.A.", {"company", "comma"}),
    ("Damm, S.A.", {"company", "comma"}), ("Construcciones y Auxiliar de Ferrocarriles, S.A. (CAF)", {"company", "comma", "abbreviation"}),
    ("Laboral Kutxa", {"company"}), ("Banc Sabadell", {"company"}), ("Gestamp", {"company"}),
    ("Llorente & Cuenca", {"company", "ampersand"}), ("Ernst & Young España", {"company", "ampersand"}),
    ("Turisme de Barcelona", {"trade-body"}), ("Basquetour", {"government"}),
    ("Athletic Club", {"company"}), ("Real Sociedad de Fútbol", {"company"}), ("FC Barcelona", {"company", "acronym"}),
]  # fmt: skip
_RESEARCH = ["Kantar Spain", "GfK Spain", "Nielsen", "40dB", "Centro de Investigaciones Sociológicas (CIS)",
             "Euskobarómetro", "Centre d'Estudis d'Opinió (CEO)", "Statista", "Euromonitor International"]  # fmt: skip
_NEWS = ["El Correo", "Diario Vasco", "Berria", "Naiz", "La Vanguardia", "El Periódico", "Ara", "El País",
         "Expansión", "Cinco Días", "Reuters", "Financial Times"]  # fmt: skip
_JOURNALS = ["Journal of Business Research", "European Journal of Marketing",
             "Journal of Co-operative Organization and Management", "Annals of Tourism Research",
             "Revista Española de Investigación de Marketing ESIC", "Cuadernos de Gestión", "Ekonomiaz",
             "Tourism Management", "International Journal of Hospitality Management"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Sage", "London"), ("Kogan Page", "London"), ("Pearson", "Harlow"),
               ("ESIC Editorial", "Madrid"), ("Edicions UOC", "Barcelona"), ("Publicaciones de la Universidad de Deusto", "Bilbao")]  # fmt: skip
_UNIVERSITIES = ["University of Deusto (Deusto Business School)", "University of the Basque Country (UPV/EHU)",
                 "Mondragon Unibertsitatea", "Public University of Navarre (UPNA)", "ESADE Business School",
                 "IESE Business School", "Universitat Pompeu Fabra", "Universitat de Barcelona",
                 "Universitat Oberta de Catalunya (UOC)"]  # fmt: skip
_CONFERENCES = [("XXXV Congreso de Marketing AEMARK", "Bilbao"), ("EMAC Annual Conference", "Barcelona"),
                ("Academy of Marketing Conference", "London"), ("ICA Cooperative Research Conference", "Donostia-San Sebastián"),
                ("AEMARK Congress", "Pamplona")]  # fmt: skip
_TOPICS = ["cooperative identity", "regional brand equity", "place branding in Bilbao", "the Guggenheim effect",
           "gastronomic tourism in Donostia", "bilingual advertising in Catalonia", "minority-language media",
           "football club fan engagement", "cava export marketing", "pintxo culture and destination image",
           "worker-owner commitment", "cooperative banking trust", "energy transition communication",
           "fashion retail internationalisation", "Basque diaspora networks", "overtourism in Barcelona",
           "consumer ethnocentrism in Catalonia", "protected designation of origin labels", "social economy marketing",
           "industrial B2B branding", "sustainability reporting", "customer loyalty in cooperatives",
           "Euskara in brand communication", "Catalan-language social media"]  # fmt: skip
_FORMS = ["{t}: evidence from the Basque Country", "{t} and consumer trust", "Rethinking {t}",
          "{t} in Catalan firms", "The role of {t} in Navarre", "{t}: a cooperative perspective",
          "Marketing {t}", "{t} after the pandemic", "{t}: lessons from Mondragon", "Measuring {t}"]  # fmt: skip


class Blind255WorkFactory(WorkFactory):
    """Works cited by marketers in the Basque Country, Navarre, Catalonia and their diaspora."""

    KINDS = ("book", "chapter", "journal", "thesis", "conference", "web", "report", "news", "social", "video",
             "podcast")  # fmt: skip
    _DRAWN = ("book", "chapter", "journal", "thesis", "conference", "organisation-web", "organisation-report",
              "government", "market-research", "news", "social", "video", "podcast", "undated-web")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 255)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 255 + index)
                self.fakers[locale] = fake
        self.dated_orgs: list[tuple[str, set[str], dict[str, Any]]] = []

    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.25:
            return {"family": self.rng.choice(_BASQUE), "given": self.rng.choice(_BASQUE_GIVEN)}
        if roll < 0.42:
            return {"family": self.rng.choice(_CATALAN), "given": self.rng.choice(_CATALAN_GIVEN)}
        if roll < 0.52:
            return {"family": self.rng.choice(_SPANISH_DOUBLE), "given": self.fakers["es_ES"].first_name()}
        if roll < 0.59:
            particle, family = self.rng.choice(_PARTICLES)
            return {"family": family, "given": self.fakers["es_ES"].first_name(), "non-dropping-particle": particle}
        if roll < 0.67:
            family, given = self.rng.choice(_DIASPORA)
            return {"family": family, "given": given}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family = fake.last_name()
        words = family.split()
        if len(words) > 1 and words[0].islower():
            return {"family": " ".join(words[1:]), "given": fake.first_name(), "non-dropping-particle": words[0]}
        return {"family": family, "given": fake.first_name()}

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1975, 2000)
        return self.rng.randint(2010, 2025)

    def accessed(self) -> dict[str, list[list[int]]]:
        return {"date-parts": [[2025, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        title = self.rng.choice(_FORMS).format(t=topic)
        return title[0].upper() + title[1:]

    def _url(self, host: str) -> str:
        return f"https://www.{host}/{self.fakers['en_GB'].slug()}"

    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            list(self._DRAWN), weights=[11, 5, 20, 5, 5, 11, 8, 7, 7, 8, 3, 3, 2, 5],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then one body's second work of a year ("Eustat, 2023a" and "2023b").
        if self.dated_orgs and "issued" in record and self.rng.random() < 0.12:
            name, tags, issued = self.rng.choice(self.dated_orgs)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if record.get("publisher"):
                record["publisher"] = name
        if "issued" in record:
            self.dated_orgs.append((name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

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
        start = self.rng.randint(1, 280)
        record: dict[str, Any] = {"type": "chapter", "title": self._title(), "author": self._people(3),
                                  "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
                                  "container-title": f"Handbook of {self.rng.choice(_TOPICS)}",
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place, "page": f"{start}-{start + self.rng.randint(10, 30)}"}  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 600)
        record: dict[str, Any] = {"type": "article-journal", "title": self._title(), "author": self._people(8),
                                  "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
                                  "volume": str(self.rng.randint(1, 160)), "issue": str(self.rng.randint(1, 6)),
                                  "page": f"{start}-{start + self.rng.randint(10, 25)}"}  # fmt: skip
        if self.rng.random() < 0.6:
            record["DOI"] = (
                f"10.{self.rng.choice(['1016', '1108', '7200', '1387', '5295'])}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "genre": self.rng.choice(["PhD thesis", "Tesis doctoral", "MBA dissertation"]),
                                  "publisher": self.rng.choice(_UNIVERSITIES), "issued": {"date-parts": [[self.year()]]}}  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        event, place = self.rng.choice(_CONFERENCES)
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(4),
                                  "container-title": f"Proceedings of the {event}", "event-place": place,
                                  "issued": {"date-parts": [[self.year()]]}}  # fmt: skip
        return self._person_work(record, "conference")

    def _organisation_web(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url("example.eus"),
                                  "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.8:
            record["issued"] = {"date-parts": [[self.rng.randint(2015, 2024)]]}
        return self._org_work(record, "web", name, tags)

    def _organisation_report(self) -> Work:
        name, tags = self.organisation()
        year = self.rng.randint(2015, 2024)
        title = self.rng.choice([f"Annual report {year}", f"Memoria anual {year}", f"Sustainability report {year}",
                                 f"Investor presentation FY{year}", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name, "publisher-place": self.rng.choice(["Bilbao", "Barcelona", "Madrid", "Pamplona", "Vitoria-Gasteiz"])}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url("example.com")
            record["accessed"] = self.accessed()
        return self._org_work(record, "report", name, tags)

    def _government(self) -> Work:
        name, tags = self.rng.choice([o for o in _ORGANISATIONS if "government" in o[1]])
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "issued": {"date-parts": [[self.rng.randint(2012, 2024)]]},
                                  "URL": self._url("euskadi.eus"), "accessed": self.accessed()}  # fmt: skip
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, set(tags))

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2016, 2024)
        market = self.rng.choice(["cava", "beer", "fashion retail", "banking", "energy retail", "supermarkets",
                                  "gastronomic tourism", "football merchandise"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "publisher": name, "URL": self._url("example.es"),
                                  "accessed": self.accessed(), "issued": {"date-parts": [[year]]},
                                  "title": self.rng.choice([f"{market.capitalize()} in Spain {year}",
                                                            f"Barómetro de {market} {year}",
                                                            f"{market.capitalize()}: consumer panel, Catalonia and the Basque Country"])}  # fmt: skip
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        year = self.rng.randint(2015, 2024)
        paper = self.rng.choice(_NEWS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": paper,
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url("example.news"), "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _social(self) -> Work:
        name, tags = self.organisation()
        year = self.rng.randint(2019, 2024)
        record: dict[str, Any] = {"type": "post", "title": self._title(), "container-title": self.rng.choice(["Instagram", "LinkedIn", "X"]),
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url("instagram.com"), "accessed": self.accessed()}  # fmt: skip
        return self._org_work(record, "social", name, tags)

    def _video(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "motion_picture", "title": self._title(), "medium": "YouTube video",
                                  "issued": {"date-parts": [[self.rng.randint(2016, 2024)]]},
                                  "URL": self._url("youtube.com"), "accessed": self.accessed()}  # fmt: skip
        return self._org_work(record, "video", name, tags)

    def _podcast(self) -> Work:
        record: dict[str, Any] = {"type": "broadcast", "title": self._title(), "author": self._people(2),
                                  "container-title": self.rng.choice(["Marketing Kutxa", "Podcast de Marketing Online", "The Basque Table"]),
                                  "issued": {"date-parts": [[self.rng.randint(2018, 2024)]]},
                                  "URL": self._url("ivoox.com"), "accessed": self.accessed()}  # fmt: skip
        return self._person_work(record, "podcast")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url("example.cat"),
                                  "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags | {"undated"})
