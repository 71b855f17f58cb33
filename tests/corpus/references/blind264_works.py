"""The blind264 pool's works: what marketers in the Canary Islands, Madeira and the Azores and their diaspora cite.

Written without reading the checker, its tests or any other pool. Textbooks (Routledge, Sage, Kogan Page, Pearson,
ESIC Editorial, Pirámide, Actual Editora, Edições Sílabo), chapters, tourism and regional journals with one to eight
authors and DOIs, theses from the islands' and the mainland's universities, conference papers, public bodies and
regulators, trade bodies and charities, company pages, annual reports and investor decks, market research with years,
the islands' and national press signed and unsigned, social posts, videos, podcasts and undated pages. Names as their
owners print them: Spanish double surnames with particles, Portuguese names with particles and several surnames,
Canarian surnames, and the diaspora's Venezuelan, American, Canadian and Jersey names.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# What make() draws (by method) and the kinds of work that come out (a public body's page is "web", its report "report").
_DRAWN = ("book", "chapter", "journal", "thesis", "conference", "government", "body", "company-report",
          "market-research", "news", "web", "social", "video", "podcast")  # fmt: skip
KINDS = ("book", "chapter", "journal", "thesis", "conference", "report", "web", "body", "company-report",
         "market-research", "news", "social", "video", "podcast")  # fmt: skip

# (family, given, particle): as the owners print them; the particle is kept apart, as reference managers keep it.
_SPANISH = [
    ("Pérez de la Rosa", "Carmen", ""), ("Castillo Olivares", "Juan Manuel", "del"), ("Hernández Martín", "Raúl", ""),
    ("Afonso Perdomo", "Nayra", ""), ("Bethencourt Cabrera", "Jonay", ""), ("Perdomo Suárez", "Yaiza", ""),
    ("González Hernández", "Matías", ""), ("Díaz Pérez", "Flora", ""), ("Santana Rodríguez", "Airam", ""),
    ("Quintana Navarro", "Idaira", ""), ("Padrón Marrero", "Tibisay", ""), ("Rosa", "Candelaria", "de la"),
    ("Ledesma González", "Acerina", ""), ("Hernández", "Carmelo", ""), ("Afonso", "Beneharo", ""),
    ("Bethencourt", "Ayoze", ""), ("Moreno Gil", "Sergio", ""), ("León González", "Carmelo J.", ""),
    ("Simancas Cruz", "Moisés", ""), ("Álvarez Alonso", "Nieves", ""), ("Rodríguez Díaz", "Beatriz", ""),
    ("Torres Betancor", "Ancor", ""), ("Medina Muñoz", "Diego R.", ""), ("García Falcón", "Juan M.", ""),
    ("Vera Rebollo", "José Fernando", ""), ("Cruz Martín", "Eva", "de la"), ("Aguiar Quintana", "Teresa", ""),
]  # fmt: skip
_PORTUGUESE = [
    ("Silva Pereira", "Ana Rita", "da"), ("Santos", "Duarte", "dos"), ("Freitas Gouveia", "Marta", "de"),
    ("Sousa e Melo", "Tiago", ""), ("Câmara", "Nélia", ""), ("Vieira", "Luísa", ""), ("Ornelas", "Rui", "de"),
    ("Medeiros", "Pedro", ""), ("Ponte", "João Pedro", "da"), ("Aguiar Nunes", "Filipa", ""),
    ("Gonçalves", "Inês", ""), ("Teixeira Rodrigues", "Carla", ""), ("Moniz", "Paulo", ""),
    ("Couto", "Gualter", ""), ("Tiago", "Flávio", ""), ("Oliveira", "Teresa Borges", ""), ("Pimentel", "Sara", ""),
    ("Sousa", "Bernardete", "de"), ("Castro", "Ricardo", "de"), ("Faria", "Helena", ""), ("Jardim", "Nuno", ""),
    ("Fernandes", "Ana Cristina", ""), ("Costa", "Vítor", "da"), ("Almeida", "Conceição", ""),
]  # fmt: skip
_DIASPORA = [
    ("Rodríguez", "Yusmary", ""), ("Hernández", "Oriana", ""), ("Capriles", "Gabriel", ""), ("Medina", "Yelitza", ""),
    ("Silva", "Jason", ""), ("Medeiros", "Kathleen", ""), ("Raposo", "Michael J.", ""), ("Furtado", "Stephanie", ""),
    ("Pacheco", "Daniel", ""), ("Teves", "Lisa", ""), ("Le Feuvre", "Sophie", ""), ("de Gruchy", "Paul", ""),
    ("Le Brocq", "Hannah", ""), ("Renouf", "Oliver", ""), ("Vieira", "Melissa", ""), ("Smith", "Rebecca", ""),
    ("Baldacchino", "Godfrey", ""), ("Butler", "Richard W.", ""), ("Sharpley", "Richard", ""), ("Kotler", "Philip", ""),
    ("Morgan", "Nigel", ""), ("Pritchard", "Annette", ""), ("Middleton", "Victor T.C.", ""), ("Chaffey", "Dave", ""),
    ("O'Reilly", "Ciara", ""), ("McCabe", "Scott", ""), ("Fyall", "Alan", ""), ("Pike", "Steven", ""),
]  # fmt: skip

_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("Instituto Canario de Estadística (ISTAC)", {"government", "abbreviation"}), ("ISTAC", {"government", "acronym"}),
    ("Gobierno de Canarias", {"government"}), ("Promotur Turismo de Canarias", {"government"}),
    ("Cabildo de Gran Canaria", {"government"}), ("Cabildo de Tenerife", {"government"}),
    ("Instituto Nacional de Estadística (INE)", {"government", "abbreviation"}), ("INE", {"government", "acronym"}),
    ("Comisión Nacional de los Mercados y la Competencia (CNMC)", {"government", "abbreviation"}),
    ("Agencia Española de Protección de Datos", {"government"}), ("AEPD", {"government", "acronym"}),
    ("Direção Regional de Estatística da Madeira (DREM)", {"government", "abbreviation"}),
    ("Serviço Regional de Estatística dos Açores (SREA)", {"government", "abbreviation"}),
    ("Governo Regional dos Açores", {"government"}), ("Instituto Nacional de Estatística", {"government"}),
    ("Turismo de Portugal", {"government"}), ("Banco de Portugal", {"government"}),
    ("European Commission", {"government"}), ("Eurostat", {"government"}),
]  # fmt: skip
_BODIES: list[tuple[str, set[str]]] = [
    ("Confederación Canaria de Empresarios", {"trade-body"}),
    ("Cámara de Comercio de Santa Cruz de Tenerife", {"trade-body"}), ("Ashotel", {"trade-body"}),
    ("Associação Comercial e Industrial do Funchal (ACIF)", {"trade-body", "abbreviation"}),
    ("Câmara do Comércio e Indústria dos Açores", {"trade-body"}),
    ("Instituto do Vinho, do Bordado e do Artesanato da Madeira (IVBAM)", {"trade-body", "abbreviation", "comma"}),
    ("Cáritas Diocesana de Canarias", {"charity"}), ("Fundación Canaria Main", {"charity"}),
    ("Cruz Vermelha Portuguesa", {"charity"}), ("Exceltur", {"trade-body"}),
]  # fmt: skip
_COMPANIES: list[tuple[str, set[str]]] = [
    ("Binter Canarias, S.A.", {"company", "comma"}), ("Fred. Olsen, S.A.", {"company", "comma", "period"}),
    ("Loro Parque, S.A.", {"company", "comma"}), ("Grupo Lopesan", {"company"}), ("Pestana Hotel Group", {"company"}),
    ("Compañía Cervecera de Canarias, S.A.", {"company", "comma"}), ("Arehucas, S.A.", {"company", "comma"}),
    ("Madeira Wine Company, S.A.", {"company", "comma"}),
    ("SATA Internacional – Azores Airlines, S.A.", {"company", "comma"}),
    ("Insulac – Produtos Lácteos Açorianos, S.A.", {"company", "comma"}), ("Henriques & Henriques", {"company", "ampersand"}),
    ("Blandy's", {"company", "apostrophe"}), ("Justino's Madeira Wines", {"company", "apostrophe"}),
    ("Hiperdino", {"company"}), ("Caja Siete", {"company"}), ("Millennium bcp", {"company", "lowercase"}),
]  # fmt: skip
_RESEARCH = ["Frontur-Canarias", "Exceltur", "Kantar Spain", "GfK Portugal", "Marktest", "NielsenIQ", "Statista",
             "Euromonitor International"]  # fmt: skip
_PRESS = ["Canarias7", "La Provincia", "El Día", "Diario de Avisos", "Diário de Notícias", "JM Madeira",
          "Açoriano Oriental", "Correio dos Açores", "El País", "Expresso", "Público", "Reuters", "Financial Times"]  # fmt: skip
_JOURNALS = ["Tourism Management", "Journal of Travel Research", "Annals of Tourism Research", "Island Studies Journal",
             "Tourism Economics", "Revista de Estudios Regionales", "Cuadernos de Turismo", "Revista Portuguesa de Marketing",
             "Journal of Destination Marketing & Management", "PASOS. Revista de Turismo y Patrimonio Cultural"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Sage", "London"), ("Kogan Page", "London"), ("Pearson", "Harlow"),
               ("ESIC Editorial", "Madrid"), ("Pirámide", "Madrid"), ("Actual Editora", "Lisboa"),
               ("Edições Sílabo", "Lisboa"), ("Channel View Publications", "Bristol")]  # fmt: skip
_UNIVERSITIES = ["Universidad de Las Palmas de Gran Canaria", "Universidad de La Laguna", "Universidade da Madeira",
                 "Universidade dos Açores", "Universidade de Lisboa (ISEG)", "Universidade Nova de Lisboa (Nova SBE)",
                 "Universidad Complutense de Madrid", "IE University"]  # fmt: skip
_CONFERENCES = ["XXXV Congreso Internacional de Marketing AEMARK", "Congresso Internacional de Turismo",
                "EMAC Annual Conference", "Academy of Marketing Conference", "Island Tourism Conference",
                "Islands Economic Cooperation Forum"]  # fmt: skip
_TOPICS = ["island destination image", "seasonality in island tourism", "the Canarian diaspora in Venezuela",
           "Madeira wine exports", "low-cost routes to the Azores", "local produce and tourists", "rural tourism in La Gomera",
           "whale watching in the Azores", "residents' attitudes to tourism", "hotel loyalty programmes", "brand Canarias",
           "air connectivity and demand", "Instagram and destination choice", "the Madeira Film Festival",
           "sustainable tourism certification", "the REF and local brands", "ron miel and heritage marketing",
           "cruise passengers' spending", "digital nomads in Madeira", "geothermal tea in São Miguel",
           "inter-island ferry competition", "bank branding after the crisis", "volcano tourism after the eruption"]  # fmt: skip


class Blind264WorkFactory(WorkFactory):
    """Works Canarian, Madeiran and Azorean candidates and their diaspora cite. A subclass: other pools are unchanged."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 264)
        self.used: list[tuple[str, set[str], dict[str, Any]]] = []

    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        family, given, particle = self.rng.choice(_SPANISH if roll < 0.4 else _PORTUGUESE if roll < 0.72 else _DIASPORA)
        name = {"family": family, "given": given}
        if particle:
            name["non-dropping-particle"] = particle
        return name

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(self.rng.choice([_ORGANISATIONS, _BODIES, _COMPANIES]))
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.04:
            return self.rng.randint(1975, 1999)
        return self.rng.randint(2008, 2025)

    def accessed(self) -> dict[str, list[list[int]]]:
        return {"date-parts": [[2026, self.rng.randint(1, 11), self.rng.randint(1, 28)]]}

    def _url(self, host: str) -> str:
        return f"https://www.{host}/{self.fakers['en_GB'].slug()}"

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        cap = topic[0].upper() + topic[1:]
        forms = [f"{cap}: evidence from the Canary Islands", f"{cap} in Madeira and the Azores", f"Rethinking {topic}",
                 f"{cap}: a Macaronesian perspective", f"Marketing {topic} to European visitors",
                 f"{cap} after COVID-19", f"La imagen de destino y {self.rng.choice(['el turismo rural', 'la fidelización', 'la marca Canarias'])}",
                 f"O marketing de {self.rng.choice(['destinos insulares', 'vinhos da Madeira', 'produtos açorianos'])}"]  # fmt: skip
        return self.rng.choice(forms)

    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(_DRAWN, weights=[11, 5, 20, 5, 5, 10, 7, 8, 8, 9, 6, 2, 2, 2])[0]
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        return work

    def _recent(self) -> int:  # organisations' works: none from the years the prose gives founding dates
        return self.rng.randint(2008, 2025)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then a second work of one organisation in the same year ("ISTAC, 2023a" and "2023b").
        if self.used and "issued" in record and self.rng.random() < 0.12:
            name, tags, issued = self.rng.choice(self.used)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
        if "issued" in record:
            self.used.append((name, tags, record["issued"]))
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
        start = self.rng.randint(1, 300)
        record: dict[str, Any] = {"type": "chapter", "title": self._title(), "author": self._people(3),
                                  "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
                                  "container-title": f"Island tourism and {self.rng.choice(_TOPICS)}",
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place, "page": f"{start}-{start + self.rng.randint(10, 28)}"}  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {"type": "article-journal", "title": self._title(), "author": self._people(8),
                                  "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
                                  "volume": str(self.rng.randint(1, 105)), "issue": str(self.rng.randint(1, 6)),
                                  "page": f"{start}-{start + self.rng.randint(8, 30)}"}  # fmt: skip
        if self.rng.random() < 0.6:
            record["DOI"] = (
                f"10.{self.rng.choice(['1016', '1177', '24043', '25145', '6018'])}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": self._people(1),
                                  "issued": {"date-parts": [[self.year()]]}, "genre": self.rng.choice(["PhD thesis", "MSc dissertation", "Tese de mestrado", "Tesis doctoral"]),
                                  "publisher": self.rng.choice(_UNIVERSITIES)}  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        event = self.rng.choice(_CONFERENCES)
        year = self.year()
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(4),
                                  "container-title": f"Proceedings of the {event}", "event": event,
                                  "event-place": self.rng.choice(["Las Palmas de Gran Canaria", "Funchal", "Ponta Delgada", "La Laguna", "Lisboa", "Madrid"]),
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        return self._person_work(record, "conference")

    def _government(self) -> Work:
        name, tags = self.rng.choice(_ORGANISATIONS)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "URL": self._url(self.rng.choice(["gobiernodecanarias.org", "istac.es", "ine.es", "srea.azores.gov.pt", "estatistica.madeira.gov.pt", "turismodeportugal.pt", "ec.europa.eu"])),
                                  "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.9:
            record["issued"] = {"date-parts": [[self._recent()]]}
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, set(tags))

    def _body(self) -> Work:
        name, tags = self.rng.choice(_BODIES)
        record: dict[str, Any] = {"type": "report", "title": self._title(), "publisher": name.split(" (")[0],
                                  "URL": self._url(self.rng.choice(["ccecan.org", "camaratenerife.com", "ashotel.es", "acif-ccim.pt", "ivbam.gov.pt", "caritascanarias.org", "cruzvermelha.pt"])),
                                  "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.8:
            record["issued"] = {"date-parts": [[self._recent()]]}
        return self._org_work(record, "body", name, set(tags))

    def _company_report(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self._recent()
        record: dict[str, Any] = {"type": "report", "publisher": name,
                                  "title": self.rng.choice([f"Annual report {year}", f"Informe anual {year}", f"Relatório e contas {year}", f"Investor presentation FY{year}", f"Sustainability report {year}", self._title()]),
                                  "URL": self._url(self.rng.choice(["bintercanarias.com", "fredolsen.es", "loroparque.com", "lopesan.com", "pestana.com", "ccc.es", "arehucas.es", "madeirawinecompany.com", "azoresairlines.pt", "insulac.pt"])),
                                  "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[year]]}
        return self._org_work(record, "company-report", name, set(tags))

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2015, 2025)
        record: dict[str, Any] = {"type": "report", "publisher": name, "issued": {"date-parts": [[year]]},
                                  "title": self.rng.choice([f"Encuesta sobre el Gasto Turístico {year}", f"Tourism in the Canary Islands {year}", f"Barómetro de las marcas {year}", f"Consumer panel Portugal {year}", f"Rum in Spain: market report {year}", f"Number of tourists in Madeira from 2015 to {year}"]),
                                  "URL": self._url(f"{name.split()[0].lower().replace('-', '')}.com"), "accessed": self.accessed()}  # fmt: skip
        return self._org_work(record, "market-research", name, {"market-research"})

    def _news(self) -> Work:
        year = self._recent()
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url(self.rng.choice(["canarias7.es", "laprovincia.es", "eldia.es", "dnoticias.pt", "jm-madeira.pt", "acorianooriental.pt", "elpais.com", "expresso.pt", "reuters.com"])),
                                  "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})

    def _web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url(self.rng.choice(["visitazores.com", "visitmadeira.com", "holaislascanarias.com", "hosteltur.com", "publituris.pt"])),
                                  "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.65:
            record["issued"] = {"date-parts": [[self._recent()]]}
        if self.rng.random() < 0.5:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags)

    def _platform(self, kind: str, platform: str, host: str) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": f"{self._title()} [{platform}]", "URL": self._url(host),
                                  "issued": {"date-parts": [[self.rng.randint(2016, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.4:
            record["author"] = self._people(1)
            return self._person_work(record, kind)
        name, tags = self.rng.choice(_COMPANIES + _BODIES)
        return self._org_work(record, kind, name, set(tags))

    def _social(self) -> Work:
        return self._platform("social", self.rng.choice(["Instagram", "LinkedIn", "Facebook", "X"]), "instagram.com")

    def _video(self) -> Work:
        return self._platform("video", "YouTube video", "youtube.com")

    def _podcast(self) -> Work:
        return self._platform("podcast", "Podcast", "open.spotify.com")
