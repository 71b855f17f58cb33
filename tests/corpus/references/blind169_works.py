"""Works for the blind169 pool (HELD OUT): what marketers from Mozambique, Cabo Verde and their diaspora cite.

Written without reading the checker, its tests or any other pool. Textbooks from Maputo, Lisbon and Harlow, chapters,
journal articles with one to eight authors (some with a DOI), theses from the Universidade Eduardo Mondlane, ISCTEM,
A Politécnica, the Universidade de Cabo Verde and ISCEE, conference papers, banks', telecoms' and brewers' pages and
reports (Lda., S.A., E.P.), trade bodies, the Banco de Moçambique (two works of 2019), the INCM, the INE, the BCV and
the ARME, laws as "Lei n.º 3/2017, de 9 de Janeiro" with the Assembleia da República or the state as author,
research firms, the press signed and unsigned, social posts, podcasts, videos and undated pages; Portuguese titles
with English in square brackets. Names: Changana, Ronga, Sena and Makhuwa surnames, Portuguese particles inside given
names, double surnames filed by the last or kept whole, Muslim coastal, Goan and Ismaili names, Cabo Verdean names,
and expatriate colleagues from Portugal, South Africa, the Netherlands and the US.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
import re
import unicodedata
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

_MZ_GIVEN = ["Celso", "Ivone", "Graça", "Aníbal", "Hélder", "Nélia", "Zacarias", "Lurdes", "Armando", "Ilda", "Dércio",
             "Sheila", "Edson", "Felismina", "Tomás", "Esperança", "Alcinda", "Benvinda", "Custódio", "Jeremias",
             "Nádia", "Samora", "Luísa", "Joaquim", "Orlanda", "Leonel", "Cátia", "Amélia", "Domingos", "Shelsea",
             "Énia", "Valdemiro", "Yolanda", "Abílio", "Judite", "Inocêncio"]  # fmt: skip
_MZ_FAMILY = ["Macuácua", "Chissano", "Guebuza", "Machel", "Nhaca", "Cossa", "Mondlane", "Muianga", "Tembe", "Sitoe",
              "Mabunda", "Cumbe", "Nhantumbo", "Langa", "Manhiça", "Chambal", "Matsinhe", "Massingue", "Mucavele",
              "Bila", "Zandamela", "Uamusse", "Chaúque", "Tivane", "Sumbana", "Maússe", "Novela", "Mazive", "Chiziane",
              "Muchanga", "Namashulua", "Nampossa", "Chemane", "Simbine", "Ngovene", "Xerinda", "Mussagy", "Cuamba"]  # fmt: skip
# Muslim coastal names (Ilha de Moçambique, Angoche, Pemba), Goan and Ismaili names as Mozambicans spell them.
_MZ_MUSLIM = [("Issufo", "Faizal"), ("Mussa", "Rachida"), ("Momade", "Anifa"), ("Abdula", "Nazira"),
              ("Assane", "Jamal"), ("Amade", "Sumaia"), ("Ussene", "Fátima"), ("Bacar", "Zainabo"),
              ("Sualehe", "Ibraimo"), ("Cassamo", "Shazia"), ("Aboobacar", "Momade"), ("Nurmamade", "Yassin"),
              ("Gulamo", "Naíma"), ("Satar", "Abdul Carimo"), ("Dauto", "Muzila"), ("Ismael", "Farida")]  # fmt: skip
_GOAN_ISMAILI = [("Noronha", "Sónia"), ("Menezes", "Clive"), ("Colaço", "Rui"), ("D'Cruz", "Neville"),
                 ("Rebelo", "Ivette"), ("Jamal", "Salim"), ("Ladha", "Nizar"), ("Virani", "Rozmina"),
                 ("Dhanani", "Karim"), ("Merali", "Shamim"), ("Karmali", "Aly"), ("Da Costa", "Anthony")]  # fmt: skip
_CV_GIVEN = ["Eurico", "Djamila", "Ulisses", "Odair", "Nilton", "Elsa", "Carla", "Edmilson", "Arlindo", "Mayra",
             "Osvaldo", "Jailson", "Janira", "Ivanilda", "Evandro", "Dulce", "Kátia", "Adilson", "Nelida", "Wilson"]  # fmt: skip
_CV_FAMILY = ["Fortes", "Lopes", "Tavares", "Delgado", "Semedo", "Monteiro", "Andrade", "Varela", "Rodrigues", "Brito",
              "Évora", "Spencer", "Lima", "Furtado", "Correia", "Barbosa", "Veiga", "Pires", "Almada", "Duarte",
              "Soares", "Lobo", "Medina", "Ramos", "Gomes", "Fonseca"]  # fmt: skip
_PARTICLES = ["da", "dos", "de", "do", "das"]
_PARTICLE_FAMILY = {"da": ["Silva", "Graça", "Veiga", "Costa", "Cruz"], "dos": ["Santos", "Reis", "Anjos"],
                    "de": ["Sousa", "Pina", "Carvalho", "Brito"], "do": ["Rosário", "Nascimento", "Carmo"],
                    "das": ["Neves", "Dores"]}  # fmt: skip
_EXPATS = [("Gonçalves", "Teresa"), ("Magalhães", "Nuno"), ("Conceição", "Rita"), ("Pretorius", "Annelie"),
           ("Botha", "Werner"), ("Naidoo", "Kershnee"), ("Dlamini", "Sipho"), ("Khumalo", "Thandiwe"),
           ("Hanlon", "Joseph"), ("Sumich", "Jason"), ("Cooper", "Eleanor"), ("Baptista", "Mariana"),
           ("Brouwer", "Maaike"), ("Pacheco", "Steven"), ("Lobban", "Richard"), ("Meintel", "Deirdre")]  # fmt: skip
_EXPAT_PARTICLES = [("van der", "Merwe", "Charl"), ("van", "Wyk", "Liesl"), ("de", "Graaf", "Femke"),
                    ("van den", "Broek", "Joost"), ("du", "Plessis", "Marike")]  # fmt: skip

_TOPICS = ["mobile money adoption", "M-Pesa agents", "brand trust in banks", "bancarização [banking the unbanked]",
           "beer brand loyalty", "diaspora remittances", "tourism promotion", "Instagram influencers",
           "WhatsApp commerce", "prepaid airtime bundles", "informal retail", "the barracas of Maputo",
           "customer service in telecoms", "financial inclusion", "price sensitivity", "local brand identity",
           "sponsorship of music festivals", "rural distribution", "cashless payments", "airline loyalty",
           "hotel reviews in Sal", "Kriolu in advertising", "radio advertising", "women entrepreneurs",
           "Islamic banking products", "cross-border shoppers", "SMS marketing", "brand heritage"]  # fmt: skip
_PT_TITLES = [
    ("A confiança do consumidor na banca móvel", "Consumer trust in mobile banking"),
    ("Marketing de serviços financeiros em Moçambique", "Marketing financial services in Mozambique"),
    ("O comportamento do consumidor moçambicano", "The behaviour of the Mozambican consumer"),
    ("Fidelização de clientes nas operadoras móveis", "Customer loyalty at mobile operators"),
    ("Comunicação de marca e identidade nacional", "Brand communication and national identity"),
    ("Turismo e imagem de destino em Cabo Verde", "Tourism and destination image in Cabo Verde"),
    ("Inclusão financeira e dinheiro móvel", "Financial inclusion and mobile money"),
    ("A publicidade nas redes sociais", "Advertising on social networks"),
    ("Estratégias de preço no retalho alimentar", "Pricing strategies in food retail"),
    ("Emigração, remessas e consumo", "Emigration, remittances and consumption"),
    ("O marketing das cervejeiras africanas", "The marketing of African brewers"),
    ("Gestão da marca em mercados emergentes", "Brand management in emerging markets"),
    ("Empreendedorismo feminino em Maputo", "Women's entrepreneurship in Maputo"),
    ("Kriolu ku publisidadi na Kabuverdi", "Kriolu and advertising in Cabo Verde"),
    ("Timhaka ta mali ya selulari", "Matters of mobile money"),
]  # fmt: skip
_JOURNALS = ["Journal of African Business", "African Journal of Economic and Management Studies",
             "International Journal of Bank Marketing", "Journal of Marketing Management", "Tourism Management",
             "Telecommunications Policy", "Information Technology for Development", "Journal of Southern African Studies",
             "Island Studies Journal", "Cadernos de Estudos Africanos", "Revista Portuguesa de Marketing",
             "Journal of Islamic Marketing", "Journal of Small Business and Enterprise Development",
             "Electronic Journal of Information Systems in Developing Countries", "Journal of Retailing and Consumer Services",
             "Journal of International Marketing"]  # fmt: skip
_PUBLISHERS = [("Escolar Editora", "Maputo"), ("Plural Editores", "Maputo"), ("Ndjira", "Maputo"),
               ("Alcance Editores", "Maputo"), ("Edições Sílabo", "Lisboa"), ("Actual Editora", "Lisboa"),
               ("Almedina", "Coimbra"), ("Pearson", "Harlow"), ("Kogan Page", "London"), ("Routledge", "Abingdon"),
               ("Juta", "Cape Town"), ("Van Schaik", "Pretoria"), ("Instituto da Biblioteca e do Livro", "Praia"),
               ("Livraria Pedro Cardoso", "Praia"), ("Oxford University Press", "Oxford")]  # fmt: skip
_UNIVERSITIES = [("Universidade Eduardo Mondlane", "Maputo"), ("ISCTEM", "Maputo"), ("A Politécnica", "Maputo"),
                 ("Universidade Católica de Moçambique", "Beira"), ("Universidade Lúrio", "Nampula"),
                 ("Universidade de Cabo Verde", "Praia"), ("ISCEE", "Mindelo"), ("ISCTE-IUL", "Lisboa"),
                 ("Universidade do Porto", "Porto"), ("University of the Witwatersrand", "Johannesburg"),
                 ("Erasmus University Rotterdam", "Rotterdam"), ("University of Massachusetts Boston", "Boston")]  # fmt: skip
_GENRES = ["Dissertação de Mestrado", "Tese de Doutoramento", "MBA dissertation", "MSc dissertation", "PhD thesis",
           "Trabalho de Licenciatura"]  # fmt: skip
# Companies as candidates cite them, with the legal forms and web addresses they use.
_COMPANIES = [("Millennium bim", "millenniumbim.co.mz"), ("BCI", "bci.co.mz"),
              ("Standard Bank Moçambique", "standardbank.co.mz"), ("Absa Moçambique", "absa.co.mz"),
              ("Caixa Económica de Cabo Verde", "caixa.cv"), ("Banco Comercial do Atlântico", "bca.cv"),
              ("Vodacom Moçambique, S.A.", "vm.co.mz"), ("Vodacom Moçambique", "vm.co.mz"), ("Movitel, S.A.", "movitel.co.mz"),
              ("Tmcel", "tmcel.mz"), ("Tmcel, E.P.", "tmcel.mz"), ("CV Movel", "cvmovel.cv"), ("Unitel T+", "unitelmais.cv"),
              ("Cervejas de Moçambique, S.A.", "cdm.co.mz"), ("CDM", "cdm.co.mz"), ("Sociedade Cabo-verdiana de Cerveja e Refrigerantes", "strela.cv"),
              ("Shoprite Moçambique", "shoprite.co.mz"), ("LAM - Linhas Aéreas de Moçambique", "lam.co.mz"),
              ("Cabo Verde Airlines", "caboverdeairlines.com"), ("Bestfly Cabo Verde", "bestfly.aero"),
              ("mKesh", "mkesh.co.mz"), ("e-Mola", "movitel.co.mz"), ("Mercearia Tembe & Filhos, Lda.", "facebook.com"),
              ("Agência Golo, Lda.", "golo.co.mz"), ("DDB Moçambique", "ddb.co.mz"), ("Moave, Lda.", "moave.co.mz")]  # fmt: skip
_TRADE = ["Confederação das Associações Económicas de Moçambique (CTA)", "Associação Moçambicana de Bancos",
          "Câmara de Comércio de Moçambique", "GSMA", "GSMA Intelligence", "Câmara de Turismo de Cabo Verde",
          "Associação Moçambicana de Profissionais de Marketing", "Câmara de Comércio de Barlavento",
          "FinMark Trust", "Associação Cabo-verdiana de Marketing"]  # fmt: skip
_GOVERNMENT = ["Banco de Moçambique", "Instituto Nacional das Comunicações de Moçambique (INCM)", "INCM",
               "Instituto Nacional de Estatística", "Instituto Nacional de Estatística de Cabo Verde", "INE",
               "Banco de Cabo Verde", "Banco de Cabo Verde (BCV)", "Agência Reguladora Multissectorial da Economia (ARME)",
               "ARME", "Governo de Cabo Verde", "Ministério da Indústria e Comércio", "Autoridade Tributária de Moçambique",
               "Instituto Nacional do Turismo", "World Bank", "UNCTAD", "International Monetary Fund"]  # fmt: skip
_LAWS = [
    ("Assembleia da República", 2017, "Lei n.º 3/2017, de 9 de Janeiro: Lei de Transacções Electrónicas [Electronic Transactions Law]", "Boletim da República, I Série, n.º 6"),
    ("Assembleia da República", 2009, "Lei n.º 22/2009, de 28 de Setembro: Lei de Defesa do Consumidor [Consumer Protection Law]", "Boletim da República, I Série, n.º 37"),
    ("Assembleia da República", 2013, "Lei n.º 10/2013, de 11 de Abril: Lei da Concorrência [Competition Law]", "Boletim da República, I Série, n.º 29"),
    ("Conselho de Ministros", 2019, "Decreto n.º 66/2019, de 1 de Agosto: Regulamento do Registo de Cartões SIM [SIM card registration regulation]", "Boletim da República, I Série, n.º 148"),
    ("República de Moçambique", 2016, "Lei n.º 20/2016, de 31 de Dezembro: Lei das Instituições de Crédito [Credit Institutions Law]", "Boletim da República, I Série, n.º 156"),
    ("República de Cabo Verde", 2001, "Lei n.º 133/V/2001, de 22 de Janeiro: Lei de Protecção de Dados Pessoais [Personal Data Protection Law]", "Boletim Oficial, I Série, n.º 2"),
    ("Assembleia Nacional", 2014, "Lei n.º 88/VIII/2015: Lei da Publicidade [Advertising Law]", "Boletim Oficial, I Série, n.º 21"),
    ("Governo de Cabo Verde", 2018, "Decreto-Lei n.º 36/2018: Regime jurídico do comércio electrónico [Legal regime of e-commerce]", "Boletim Oficial, I Série, n.º 41"),
]  # fmt: skip
_CONFERENCES = [("Actas do Congresso Luso-Moçambicano de Economia", "ISCTEM", "Maputo"),
                ("Proceedings of the African Marketing Confederation Conference", "AMC", "Johannesburg"),
                ("Actas da Conferência Internacional do ISCEE", "ISCEE", "Mindelo"),
                ("Proceedings of the Academy of African Business and Development", "AABD", "Lisboa"),
                ("Actas do Congresso da Associação Portuguesa de Marketing", "APM", "Porto")]  # fmt: skip
_RESEARCH = ["Statista", "Euromonitor International", "GeoPoll", "Kantar", "Afrobarometer", "Ipsos Moçambique",
             "DataReportal", "Consultec", "Fitch Solutions", "Nielsen"]  # fmt: skip
_PRESS = ["Notícias", "O País", "Savana", "A Semana", "Expresso das Ilhas", "STV Notícias", "Diário de Moçambique",
          "Inforpress", "Club of Mozambique", "Lusa", "Jornal de Negócios", "BusinessLIVE"]  # fmt: skip
_PLACES = ["Maputo", "Matola", "Beira", "Nampula", "Quelimane", "Pemba", "Tete", "Praia", "Mindelo", "Sal",
           "Lisbon", "Porto", "Johannesburg", "Brockton", "Rotterdam"]  # fmt: skip


class Blind169WorkFactory(WorkFactory):
    """Works of Mozambican and Cabo Verdean marketers and their diaspora, from their own seeded random source."""

    DRAWN: ClassVar[dict[str, int]] = {
        "book": 12, "chapter": 6, "journal": 20, "thesis": 6, "conference": 4, "company": 10, "report": 8, "trade": 4,
        "regulator": 8, "law": 4, "market-research": 6, "news": 7, "press": 4, "social": 3, "media": 3, "undated": 5,
    }  # fmt: skip
    KINDS: ClassVar[tuple[str, ...]] = (
        "book", "chapter", "journal", "thesis", "conference", "web", "report", "legislation", "market-research", "news",
        "social", "media",
    )  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 169 + 16901)
        self.bdm = 0  # the Banco de Moçambique's two works of 2019, handed out in turn

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.34:
            name = {"family": rng.choice(_MZ_FAMILY), "given": rng.choice(_MZ_GIVEN)}
        elif roll < 0.46:
            family, given = rng.choice(_MZ_MUSLIM)
            name = {"family": family, "given": given}
        elif roll < 0.52:
            family, given = rng.choice(_GOAN_ISMAILI)
            name = {"family": family, "given": given}
        elif roll < 0.70:
            name = {"family": rng.choice(_CV_FAMILY), "given": rng.choice(_CV_GIVEN)}
        elif roll < 0.80:  # a double surname filed by the last, the first one kept with the given names
            particle = rng.choice(_PARTICLES)
            first = rng.choice(_PARTICLE_FAMILY[particle])
            pool = _MZ_FAMILY if rng.random() < 0.5 else _CV_FAMILY
            given = rng.choice(_MZ_GIVEN + _CV_GIVEN)
            name = {
                "family": rng.choice(pool),
                "given": f"{given} {particle} {first}" if rng.random() < 0.6 else f"{given} {first}",
            }
        elif roll < 0.86:  # the particle kept before the surname, as Brazilian and diaspora reference managers hold it
            particle = rng.choice(_PARTICLES)
            name = {
                "family": rng.choice(_PARTICLE_FAMILY[particle]),
                "given": rng.choice(_MZ_GIVEN + _CV_GIVEN),
                "non-dropping-particle": particle,
            }
        elif roll < 0.90:  # a double surname kept whole ("Lopes Tavares", "Mondlane-Cossa")
            one, two = rng.sample(_CV_FAMILY if rng.random() < 0.6 else _MZ_FAMILY, 2)
            name = {"family": f"{one}{rng.choice([' ', ' ', '-'])}{two}", "given": rng.choice(_CV_GIVEN + _MZ_GIVEN)}
        elif roll < 0.97:
            family, given = rng.choice(_EXPATS)
            name = {"family": family, "given": given}
        else:
            particle, family, given = rng.choice(_EXPAT_PARTICLES)
            name = {"family": family, "given": given, "non-dropping-particle": particle}
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[38, 25, 15, 8, 5, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1975, 1999)
        return self.rng.randint(2005, 2025)

    def _dated(self, record: dict[str, Any], day: bool = False) -> dict[str, Any]:
        year = self.year() if record["type"] in ("book", "chapter", "article-journal") else self.rng.randint(2008, 2025)
        parts = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)] if day else [year]
        record["issued"] = {"date-parts": [parts]}
        return record

    def _access(self, record: dict[str, Any]) -> dict[str, Any]:
        issued = record.get("issued", {"date-parts": [[2015]]})["date-parts"][0]
        year = self.rng.randint(max(issued[0], 2021), 2025)
        month = self.rng.randint(issued[1] if year == issued[0] and len(issued) > 1 else 1, 12)
        record["accessed"] = {"date-parts": [[year, month, 28 if year == issued[0] else self.rng.randint(1, 28)]]}
        return record

    def _title(self) -> str:
        rng = self.rng
        if rng.random() < 0.35:
            pt, en = rng.choice(_PT_TITLES)
            place = rng.choice(_PLACES[:10])
            return rng.choice(
                [
                    f"{pt} [{en}]",
                    f"{pt}: o caso de {place} [{en}: the case of {place}]",
                    f"{pt} em {place} [{en} in {place}]",
                ]
            )
        topic = rng.choice(_TOPICS)
        place = rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"The role of {topic} in Mozambique",
                 f"{topic[0].upper()}{topic[1:]} and {rng.choice(_TOPICS)}: evidence from {place}",
                 f"Rethinking {topic} in lusophone Africa", f"{topic[0].upper()}{topic[1:]}: a Cabo Verdean perspective",
                 f"How {topic} shapes {rng.choice(_TOPICS)}", f"{topic[0].upper()}{topic[1:]} among the diaspora in {place}"]  # fmt: skip
        return rng.choice(forms)

    def _url(self, domain: str) -> str:
        plain = unicodedata.normalize("NFKD", self._title()).encode("ascii", "ignore").decode().lower()
        slug = "-".join(re.findall(r"[a-z0-9]+", plain)[:5])
        return f"https://www.{domain}/{slug}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person(self, record: dict[str, Any], kind: str, most: int = 4) -> Work:
        record["author"] = self._people(most)
        return self._person_work(record, kind)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record = self._dated({"type": "book", "title": self._title(), "publisher": publisher, "publisher-place": place})
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        if self.rng.random() < 0.15:  # an e-book read online
            record["medium"] = "e-book"
            self._access(record)["URL"] = self._url("books.google.co.mz")
        return self._person(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 300)
        record = self._dated({"type": "chapter", "title": self._title(), "publisher": publisher, "publisher-place": place,
                              "container-title": self.rng.choice(["Marketing em África [Marketing in Africa]",
                                                                  "Mozambique at a fork in the road",
                                                                  "The Routledge handbook of African marketing",
                                                                  "Cabo Verde: economia e sociedade [Cabo Verde: economy and society]",
                                                                  "Lusophone Africa: business and society"]),
                              "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
                              "page": f"{start}-{start + self.rng.randint(8, 30)}"})  # fmt: skip
        return self._person(record, "chapter", 3)

    def _journal(self) -> Work:
        start = self.rng.randint(1, 900)
        record = self._dated({"type": "article-journal", "title": self._title(), "container-title": self.rng.choice(_JOURNALS),
                              "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 6)),
                              "page": f"{start}-{start + self.rng.randint(8, 30)}"})  # fmt: skip
        if self.rng.random() < 0.4:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.rng.choice(['jab', 'ijbm', 'ajems', 'tp', 'isj'])}.{self.rng.randint(100, 99999)}"
            )
        return self._person(record, "journal", 8)

    def _thesis(self) -> Work:
        university, place = self.rng.choice(_UNIVERSITIES)
        genres = _GENRES[2:5] if place in ("Johannesburg", "Rotterdam", "Boston") else _GENRES
        record = self._dated({"type": "thesis", "title": self._title(), "genre": self.rng.choice(genres),
                              "publisher": university, "publisher-place": place})  # fmt: skip
        if self.rng.random() < 0.4:
            self._access(record)["URL"] = self._url(
                "repositorio.uem.mz" if "Mondlane" in university else "repositorio.unicv.edu.cv"
            )
        return self._person(record, "thesis", 1)

    def _conference(self) -> Work:
        start = self.rng.randint(1, 400)
        container, publisher, place = self.rng.choice(_CONFERENCES)
        record = self._dated({"type": "paper-conference", "title": self._title(), "container-title": container,
                              "publisher": publisher, "publisher-place": place,
                              "page": f"{start}-{start + self.rng.randint(6, 15)}"})  # fmt: skip
        return self._person(record, "conference", 4)

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        return self._org_work(record, kind, name, tags)

    def _company(self) -> Work:
        name, domain = self.rng.choice(_COMPANIES)
        title = self.rng.choice(["Sobre nós [About us]", "Tarifário [Tariffs]", "Relatório e Contas [Annual report]",
                                 "Responsabilidade social [Social responsibility]", self._title(), self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": title, "URL": self._url(domain)}
        if self.rng.random() < 0.75:
            self._dated(record)
        if self.rng.random() < 0.9:
            self._access(record)
        if title.startswith("Relatório") and "issued" in record:
            record.update(type="report", title=f"Relatório e Contas {record['issued']['date-parts'][0][0]} [Annual report]",
                          publisher=name.split(",")[0], **{"publisher-place": "Praia" if domain.endswith(".cv") else "Maputo"})  # fmt: skip
            return self._org(record, "report", name, {"company"})
        return self._org(record, "web", name, {"company"})

    def _report(self) -> Work:
        if self.rng.random() < 0.4:  # a working paper by people: the kind that can lose its title
            record = self._dated({"type": "report", "title": self._title(),
                                  "publisher": self.rng.choice(["Instituto de Estudos Sociais e Económicos (IESE)", "CMI", "UNU-WIDER", "Banco de Moçambique"]),
                                  "publisher-place": self.rng.choice(["Maputo", "Bergen", "Helsinki"]),
                                  "genre": "Working paper", "number": str(self.rng.randint(1, 140))})  # fmt: skip
            return self._person(record, "report", 3)
        name, domain = self.rng.choice(_COMPANIES)
        record = self._dated({"type": "report", "title": self._title(), "publisher": name.split(",")[0],
                              "publisher-place": "Praia" if domain.endswith(".cv") else "Maputo"})  # fmt: skip
        if self.rng.random() < 0.5:  # the report's own year in its title
            record["title"] = (
                f"Relatório de Sustentabilidade {record['issued']['date-parts'][0][0]} [Sustainability report]"
            )
        if self.rng.random() < 0.6:
            self._access(record)["URL"] = self._url(domain)
        return self._org(record, "report", name, {"company"})

    def _trade(self) -> Work:
        name = self.rng.choice(_TRADE)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "URL": self._url(self.rng.choice(["cta.org.mz", "gsma.com", "finmark.org.za", "camaraturismo.cv"]))}  # fmt: skip
        self._access(self._dated(record))
        return self._org(record, "report" if record["type"] == "report" else "web", name, {"trade-body"})

    def _regulator(self) -> Work:
        if self.rng.random() < 0.2:  # the Banco de Moçambique's two works of 2019, one after the other
            title = ["Relatório de Inclusão Financeira [Financial inclusion report]",
                     "Estratégia Nacional de Inclusão Financeira 2016-2022: relatório de progresso [National financial inclusion strategy: progress report]"][self.bdm % 2]  # fmt: skip
            self.bdm += 1
            record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[2019]]},
                                      "publisher": "Banco de Moçambique", "publisher-place": "Maputo",
                                      "URL": f"https://www.bancomoc.mz/media/{self.rng.randint(1000, 9999)}.pdf"}  # fmt: skip
            self._access(record)
            return self._org(record, "report", "Banco de Moçambique", {"government"})
        name = self.rng.choice(_GOVERNMENT)
        domain = {"Banco": "bancomoc.mz", "INCM": "incm.gov.mz", "Instituto Nacional das": "incm.gov.mz"}
        record = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                  "URL": self._url(next((d for k, d in domain.items() if name.startswith(k)), "ine.gov.mz"))}  # fmt: skip
        self._dated(record)
        if self.rng.random() < 0.9:
            self._access(record)
        return self._org(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _law(self) -> Work:
        author, year, title, gazette = self.rng.choice(_LAWS)
        record = {"type": "report", "title": title, "issued": {"date-parts": [[year]]}, "publisher": gazette,
                  "publisher-place": "Maputo" if "República" in gazette else "Praia"}  # fmt: skip
        return self._org(record, "legislation", author, {"government", "legislation"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year()
        country = self.rng.choice(["Mozambique", "Moçambique", "Cabo Verde", "Cape Verde", "Southern Africa"])
        title = self.rng.choice([f"Digital {year}: {country}", f"Mobile money in {country} {year}",
                                 f"Beer in {country}: market report {year}", f"{country} telecoms market: size and forecast to 2030",
                                 f"Share of adults in {country} who used mobile money in {year}",
                                 f"Barómetro de consumo {year} [Consumer barometer]"])  # fmt: skip
        record: dict[str, Any] = {
            "type": "report",
            "title": title,
            "issued": {"date-parts": [[year]]},
            "publisher": name,
        }
        if self.rng.random() < 0.7:
            self._access(record)["URL"] = self._url(name.split()[0].lower() + ".com")
        return self._org(record, "market-research", name, {"market-research"})

    def _news(self) -> Work:
        record = self._dated(
            {"type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS)}, day=True
        )
        if self.rng.random() < 0.8:
            self._access(record)["URL"] = self._url(
                self.rng.choice(["jornalnoticias.co.mz", "opais.co.mz", "expressodasilhas.cv", "asemana.publ.cv"])
            )
        return self._person(record, "news", 2)

    def _press(self) -> Work:  # unsigned: the paper is the author
        name = self.rng.choice(_PRESS)
        record = self._dated({"type": "article-newspaper", "title": self._title(), "container-title": name}, day=True)
        self._access(record)["URL"] = self._url("clubofmozambique.com" if name.startswith("Club") else "opais.co.mz")
        return self._org(record, "news", name, {"press"})

    def _social(self) -> Work:
        name, domain = self.rng.choice(_COMPANIES)
        platform = self.rng.choice(["Facebook", "Instagram", "LinkedIn", "X"])
        island = domain.endswith(".cv") or "Cabo Verde" in name
        posts = (
            ["Feliz 5 de Julho! 🇨🇻", "Kuma bu sta? Nova promo [How are you? New promo]"]
            if island
            else ["Feliz 25 de Junho! 🇲🇿", "Kanimambo pela preferência [Thank you for choosing us]"]
        )
        posts += [
            "Boas festas a todos os nossos clientes [Season's greetings]",
            "Já conhece o novo pacote de dados? [Have you seen the new data bundle?]",
        ]
        record = self._dated({"type": "post", "title": self.rng.choice(posts), "container-title": platform}, day=True)  # fmt: skip
        self._access(record)["URL"] = (
            f"https://www.{platform.lower()}.com/{name.split()[0].lower()}/posts/{self.rng.randint(10**6, 10**7)}"
        )
        return self._org(record, "social", name, {"company", "social"})

    def _media(self) -> Work:
        record = self._dated(
            {
                "type": "motion_picture",
                "title": self._title(),
                "medium": self.rng.choice(["YouTube video", "Podcast", "TV programme"]),
            },
            day=True,
        )
        self._access(record)["URL"] = f"https://www.youtube.com/watch?v={self.rng.randint(10**8, 10**9)}"
        if self.rng.random() < 0.5:
            return self._person(record, "media", 2)
        return self._org(
            record, "media", self.rng.choice(["STV", "RTC", "TVM", "Vodacom Moçambique", "CDM"]), {"company"}
        )

    def _undated(self) -> Work:
        name, domain = self.rng.choice(_COMPANIES + [(t, "cta.org.mz") for t in _TRADE[:3]])
        record = {"type": "webpage", "title": self._title(), "URL": self._url(domain)}
        if self.rng.random() < 0.85:
            self._access(record)
        if self.rng.random() < 0.35:
            return self._person(record, "web", 2)
        return self._org(record, "web", name, {"company", "undated"})
